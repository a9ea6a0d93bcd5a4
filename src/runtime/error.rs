//! Runtime errors: a Lua error on its way out, with its message and traceback.

use crate::runtime::arith::NOT_ENOUGH_MEMORY;
use crate::runtime::value::Value;

/// A Lua error on its way out: the message as Lua prints it (with its position), the error
/// value when it is not that message (`error({})`, `error(42)`, `error(msg, 0)`), and a
/// traceback of the frames it passed through.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct LuaError {
    pub message: String,
    /// The value `pcall` returns; `None`: the message as a string. (It names an object only
    /// until the error is caught or reported: nothing collects in between.)
    pub value: Option<Value>,
    pub traceback: Vec<String>,
    /// Lua's memory error (`LUA_ERRMEM`): no message handler runs for it, so it never gets a
    /// traceback.
    pub memory: bool,
}

impl LuaError {
    pub fn new(message: String) -> LuaError {
        LuaError { message, value: None, traceback: Vec::new(), memory: false }
    }

    /// An error whose value is `value`, printed as `message` if nothing catches it.
    pub fn with_value(message: String, value: Value) -> LuaError {
        LuaError { value: Some(value), ..LuaError::new(message) }
    }

    /// `not enough memory`: an allocation the program asked for failed.
    pub fn out_of_memory() -> LuaError {
        LuaError { memory: true, ..LuaError::new(NOT_ENOUGH_MEMORY.to_string()) }
    }
}

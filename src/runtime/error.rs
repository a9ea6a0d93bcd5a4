//! Runtime errors: a Lua error on its way out, with its message and traceback.

use crate::runtime::arith::NOT_ENOUGH_MEMORY;

/// A Lua error on its way out: the message as Lua prints it (with its position) and a
/// traceback of the frames it passed through.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct LuaError {
    pub message: String,
    pub traceback: Vec<String>,
    /// Lua's memory error (`LUA_ERRMEM`): no message handler runs for it, so it never gets a
    /// traceback.
    pub memory: bool,
}

impl LuaError {
    pub fn new(message: String) -> LuaError {
        LuaError { message, traceback: Vec::new(), memory: false }
    }

    /// `not enough memory`: an allocation the program asked for failed.
    pub fn out_of_memory() -> LuaError {
        LuaError { memory: true, ..LuaError::new(NOT_ENOUGH_MEMORY.to_string()) }
    }
}

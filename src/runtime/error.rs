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
    /// Where the error was raised: the stack at that point, formatted into `traceback`
    /// only if the error ends the program.
    pub trace: Vec<TraceEntry>,
    /// Lua's memory error (`LUA_ERRMEM`): no message handler runs for it, so it never gets a
    /// traceback.
    pub memory: bool,
}

/// One level of a stack traceback, as recorded when an error is raised.
#[derive(Clone, Debug, PartialEq)]
pub enum TraceEntry {
    /// A builtin (a C function to Lua): its index, `None` for the host (`[C]: in ?`), and
    /// the call site (function, ip) of the Lua code that called it, if Lua code did.
    Builtin(Option<u32>, Option<(u32, u32)>),
    /// A Lua function's frame: the closure, its function, its current ip, and the call site
    /// (function, ip) of its Lua caller, if a Lua frame called it; `tail`: entered through
    /// a tail call.
    Lua { closure: Value, func: u32, ip: u32, caller: Option<(u32, u32)>, tail: bool },
    /// Levels left out of a deep stack (Lua's count).
    Skip(usize),
}

impl LuaError {
    /// The message and its traceback as `lua` prints them (`stack traceback:` and one
    /// tab-indented line per level), without a final newline.
    pub fn full_text(&self) -> String {
        let mut text = self.message.clone();
        if !self.traceback.is_empty() {
            text.push_str("\nstack traceback:");
            for t in &self.traceback {
                text.push_str("\n\t");
                text.push_str(t);
            }
        }
        text
    }

    pub fn new(message: String) -> LuaError {
        LuaError { message, value: None, traceback: Vec::new(), trace: Vec::new(), memory: false }
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

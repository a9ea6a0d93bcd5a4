//! Runtime errors: a Lua error on its way out, with its message and traceback.

use crate::runtime::arith::NOT_ENOUGH_MEMORY;
use crate::runtime::value::Value;

/// A Lua error on its way out: the message as Lua prints it (with its position), the error
/// value when it is not that message (`error({})`, `error(42)`, `error(msg, 0)`), and a
/// traceback of the frames it passed through.
///
/// Boxed ([`LuaErrorData`] behind a pointer, its fields reached through `Deref`): a
/// `Result<T, LuaError>` is then as small as `T` allows, returned in registers on the
/// paths that do not fail, which are the paths that matter.
#[derive(Clone, PartialEq, thiserror::Error)]
#[error("{}", .0.message)]
pub struct LuaError(Box<LuaErrorData>);

/// What a [`LuaError`] holds.
#[derive(Clone, Debug, PartialEq)]
pub struct LuaErrorData {
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

impl std::fmt::Debug for LuaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::ops::Deref for LuaError {
    type Target = LuaErrorData;
    #[inline]
    fn deref(&self) -> &LuaErrorData {
        &self.0
    }
}

impl std::ops::DerefMut for LuaError {
    #[inline]
    fn deref_mut(&mut self) -> &mut LuaErrorData {
        &mut self.0
    }
}

impl From<LuaErrorData> for LuaError {
    fn from(d: LuaErrorData) -> LuaError {
        LuaError(Box::new(d))
    }
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

    #[cold]
    pub fn new(message: String) -> LuaError {
        LuaError::with_trace(message, Vec::new())
    }

    /// An error raised where `trace` was recorded.
    #[cold]
    pub fn with_trace(message: String, trace: Vec<TraceEntry>) -> LuaError {
        LuaErrorData { message, value: None, traceback: Vec::new(), trace, memory: false }.into()
    }

    /// An error whose value is `value`, printed as `message` if nothing catches it.
    #[cold]
    pub fn with_value(message: String, value: Value) -> LuaError {
        let mut e = LuaError::new(message);
        e.value = Some(value);
        e
    }

    /// `not enough memory`: an allocation the program asked for failed.
    #[cold]
    pub fn out_of_memory() -> LuaError {
        let mut e = LuaError::new(NOT_ENOUGH_MEMORY.to_string());
        e.memory = true;
        e
    }

    /// The data, moved out of the box.
    pub fn into_data(self) -> LuaErrorData {
        *self.0
    }
}

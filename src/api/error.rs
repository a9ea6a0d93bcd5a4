//! The embedding API's error type.

use std::fmt;
use std::sync::Arc;

/// An error of the embedding API: what a chunk, a call or a conversion failed with.
///
/// `Send + Sync`, so it goes into `anyhow::Error` and across threads.
///
/// ```
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// match vm.load("error('boom')").set_name("=main").exec() {
///     Err(strata::Error::RuntimeError { message, .. }) => assert_eq!(message, "main:1: boom"),
///     other => panic!("expected a runtime error, got {other:?}"),
/// }
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum Error {
    /// A chunk did not compile. `incomplete_input`: the source ended inside a construct
    /// (a REPL can ask for another line).
    SyntaxError { message: String, incomplete_input: bool },
    /// Lua code raised an error: its message as Lua prints it (position included), the
    /// stack traceback (`stack traceback:` and one line per level, empty when there is none),
    /// and the error value itself (any Lua value `error` was given), which
    /// [`crate::Vm::error_value`] reads back.
    RuntimeError { message: String, traceback: String, value: Option<ErrorValue> },
    /// `not enough memory`: an allocation failed or the memory limit was reached.
    MemoryError(String),
    /// A Rust function called from Lua returned an error (`cause`, the original) or
    /// panicked; `traceback` is the Lua stack at that point.
    CallbackError { traceback: String, cause: Arc<Error> },
    /// A Lua value could not become the Rust type asked for.
    FromLuaConversionError { from: &'static str, to: &'static str, message: Option<String> },
    /// A Rust value could not become a Lua value.
    ToLuaConversionError { from: &'static str, to: &'static str, message: Option<String> },
    /// A handle of another VM was used with this one.
    MismatchedVm,
    /// A Rust function's argument that did not convert (`pos` counts from 1; a method's
    /// `self` is 1): Lua sees `bad argument #pos to 'name' (cause)`.
    BadArgument { to: Option<String>, pos: usize, name: Option<String>, cause: Arc<Error> },
    /// A userdata's value was mutably borrowed when a method wanted to read it (a method
    /// that calls back into Lua code that calls a `_mut` method of the same value).
    UserDataBorrowError,
    /// A userdata value is not of the Rust type asked for ([`crate::AnyUserData::borrow`]).
    UserDataTypeMismatch,
    /// A userdata's value was borrowed when a `_mut` method wanted to change it.
    UserDataBorrowMutError,
    /// The program called `os.exit(code)`.
    Exit(i32),
    /// The host stopped the running code ([`crate::InterruptHandle::interrupt`]).
    Interrupted,
    /// The engine asked for is not in this build.
    EngineUnavailable(&'static str),
    /// An error of the host's own, carried through Lua (see [`Error::external`]).
    ExternalError(Arc<dyn std::error::Error + Send + Sync>),
}

impl Error {
    /// Wraps any error of the host's, to return it from a Rust function called by Lua.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let parse = vm.create_function(|_, s: String| s.parse::<i64>().map_err(strata::Error::external))?;
    /// vm.globals().set("parse", parse)?;
    /// assert_eq!(vm.load("parse('42')").eval::<i64>()?, 42);
    /// let err = vm.load("parse('x')").exec().unwrap_err();
    /// assert!(err.to_string().contains("invalid digit found in string"));
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn external<E: Into<Box<dyn std::error::Error + Send + Sync>>>(err: E) -> Error {
        Error::ExternalError(Arc::from(err.into()))
    }

    /// Lua's `not enough memory`.
    pub(crate) fn memory() -> Error {
        Error::MemoryError(crate::runtime::arith::NOT_ENOUGH_MEMORY.into())
    }

    /// A [`Error::RuntimeError`] with this message and no traceback: what a Rust function
    /// returns to raise a plain Lua error.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let check = vm.create_function(|_, n: i64| {
    ///     if n < 0 { Err(strata::Error::runtime("negative")) } else { Ok(n) }
    /// })?;
    /// vm.globals().set("check", check)?;
    /// let (ok, message): (bool, String) = vm.load("pcall(check, -1)").eval()?;
    /// assert!(!ok);
    /// assert_eq!(message, "negative");
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn runtime(message: impl Into<String>) -> Error {
        Error::RuntimeError { message: message.into(), traceback: String::new(), value: None }
    }
}

/// The Lua value an error was raised with, as a [`Error::RuntimeError`] carries it: a key
/// to the value, which its VM keeps for the most recent errors (`Send + Sync`, as the error
/// is). [`crate::Vm::error_value`] gives the value back; a Rust function that returns the
/// error raises the same value again.
///
/// ```
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// let err = vm.load("error({code = 7})").exec().unwrap_err();
/// assert!(matches!(err, strata::Error::RuntimeError { value: Some(_), .. }));
/// let t = vm.error_value(&err).unwrap().try_into_table().unwrap();
/// assert_eq!(t.get::<i64>("code")?, 7);
/// // returned from a Rust function, the error raises the same table again
/// let relay = vm.create_function(move |_, ()| Err::<(), _>(err.clone()))?;
/// vm.globals().set("relay", relay)?;
/// assert_eq!(vm.load("select(2, pcall(relay)).code").eval::<i64>()?, 7);
/// # Ok::<(), strata::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorValue {
    pub(crate) vm: u64,
    pub(crate) key: u64,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::SyntaxError { message, .. } => write!(f, "syntax error: {message}"),
            Error::RuntimeError { message, traceback, .. } if traceback.is_empty() => write!(f, "{message}"),
            Error::RuntimeError { message, traceback, .. } => write!(f, "{message}\n{traceback}"),
            Error::MemoryError(m) => write!(f, "{m}"),
            Error::CallbackError { cause, .. } => write!(f, "callback error: {cause}"),
            Error::FromLuaConversionError { from, to, message } => {
                write!(f, "error converting Lua {from} to {to}")?;
                if let Some(m) = message {
                    write!(f, " ({m})")?;
                }
                Ok(())
            }
            Error::ToLuaConversionError { from, to, message } => {
                write!(f, "error converting {from} to Lua {to}")?;
                if let Some(m) = message {
                    write!(f, " ({m})")?;
                }
                Ok(())
            }
            Error::MismatchedVm => write!(f, "a handle of another VM was used"),
            Error::BadArgument { to, pos, name, cause } => {
                write!(f, "bad argument #{pos}")?;
                if let Some(n) = name {
                    write!(f, " '{n}'")?;
                }
                if let Some(t) = to {
                    write!(f, " to '{t}'")?;
                }
                write!(f, " ({cause})")
            }
            Error::UserDataBorrowError => write!(f, "userdata already mutably borrowed"),
            Error::UserDataTypeMismatch => write!(f, "userdata is not of the expected type"),
            Error::UserDataBorrowMutError => write!(f, "userdata already borrowed"),
            Error::Exit(code) => write!(f, "the program exited with code {code}"),
            Error::Interrupted => write!(f, "interrupted"),
            Error::EngineUnavailable(e) => write!(f, "engine '{e}' is not available in this build of strata"),
            Error::ExternalError(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::CallbackError { cause, .. } | Error::BadArgument { cause, .. } => Some(cause.as_ref()),
            Error::ExternalError(e) => Some(e.as_ref()),
            _ => None,
        }
    }
}

/// `Result` with the embedding API's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Turns any error into an [`Error`] (`.into_lua_err()`), for `?` in Rust functions.
///
/// ```
/// use strata::ExternalError;
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// let greet = vm.create_function(|_, name: String| {
///     if name.is_empty() {
///         return Err("empty name".into_lua_err());
///     }
///     Ok(format!("hello, {name}"))
/// })?;
/// assert_eq!(greet.call::<String>("lua")?, "hello, lua");
/// assert!(greet.call::<String>("").unwrap_err().to_string().contains("empty name"));
/// # Ok::<(), strata::Error>(())
/// ```
pub trait ExternalError {
    fn into_lua_err(self) -> Error;
}

impl<E: Into<Box<dyn std::error::Error + Send + Sync>>> ExternalError for E {
    fn into_lua_err(self) -> Error {
        Error::external(self)
    }
}

/// `.into_lua_err()` on a `Result` of any error.
///
/// ```
/// use strata::ExternalResult;
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// let parse = vm.create_function(|_, s: String| s.parse::<u8>().into_lua_err())?;
/// assert_eq!(parse.call::<u8>("200")?, 200);
/// let err = parse.call::<u8>("300").unwrap_err();
/// assert!(err.to_string().contains("number too large"));
/// # Ok::<(), strata::Error>(())
/// ```
pub trait ExternalResult<T> {
    fn into_lua_err(self) -> Result<T>;
}

impl<T, E: ExternalError> ExternalResult<T> for std::result::Result<T, E> {
    fn into_lua_err(self) -> Result<T> {
        self.map_err(|e| e.into_lua_err())
    }
}

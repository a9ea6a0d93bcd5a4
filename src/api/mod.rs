//! The embedding API: a persistent [`crate::Vm`] whose state lives across chunks, handles to its
//! values that keep them alive, conversions between Rust and Lua values, and Rust functions
//! Lua code calls. Names follow `mlua` where the concept is the same.
//!
//! ```
//! use strata::{Vm, VmConfig};
//! let vm = Vm::new(VmConfig::default());
//! vm.load("x = 40").exec().unwrap();
//! let add = vm.create_function(|_, (a, b): (i64, i64)| Ok(a + b)).unwrap();
//! vm.globals().set("add", add).unwrap();
//! assert_eq!(vm.load("return add(x, 2)").eval::<i64>().unwrap(), 42);
//! ```
//!
//! The VM runs on the thread that calls it (a `Vm` and its handles are neither `Send` nor
//! `Sync`). Handles (`Table`, `Function`, `LuaString`, `Thread`, `AnyUserData`) have no
//! lifetime parameter: each holds a root in the VM until it is dropped, and keeps the VM's
//! state alive until then.

mod conv;
mod error;
mod handles;
mod userdata;
mod vm_api;

use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::Arc;

pub use conv::{FromLua, FromLuaMulti, IntoLua, IntoLuaMulti, MultiValue, Variadic};
pub use error::{Error, ErrorValue, ExternalError, ExternalResult, Result};
pub use handles::{AnyUserData, Function, LuaString, Table, TablePairs, TableSequence, Thread, Value};
pub use userdata::{MetaMethod, UserData, UserDataFields, UserDataMethods, UserDataRegistry};
pub use vm_api::{AsChunk, Chunk};

use crate::runtime::builtins::{BuiltinError, Host};
use crate::runtime::error::LuaError;
use crate::runtime::heap::HostFn;
use crate::runtime::value::Value as Raw;
use crate::state::VmState;

/// Machine stack kept free below the guard when the VM runs on its host's thread.
const HOST_STACK_MARGIN: usize = 256 << 10;

/// How many callback errors are remembered to come back out as their original Rust error.
const CALLBACK_ERRORS_KEPT: usize = 64;

/// How many error values are kept for [`crate::Vm::error_value`] (the most recent).
const ERROR_VALUES_KEPT: usize = 64;

/// Each VM's number, which error values name.
static NEXT_VM_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The persistent state behind a [`crate::Vm`] and its handles.
pub(crate) struct Inner {
    pub(crate) config: crate::VmConfig,
    pub(crate) captured: crate::vm::SharedBuf,
    /// The embedding state, made on first use.
    state: std::cell::OnceCell<*mut VmState>,
    /// Errors Rust functions returned, by the Lua error value that stands for each (a table
    /// with a `__tostring`), held as roots while remembered.
    callback_errors: RefCell<VecDeque<(Raw, u32, Arc<Error>)>>,
    /// The metatable of those error values (its root slot), made on first use.
    error_meta: std::cell::Cell<Option<u32>>,
    /// Where [`InterruptHandle`]s write: the state's context once the state is made, cleared
    /// before it is freed.
    interrupt: Arc<InterruptTarget>,
    /// This VM's number (what its errors' [`ErrorValue`]s name).
    id: u64,
    /// The values of recent errors: key, root slot; at most [`ERROR_VALUES_KEPT`].
    error_values: RefCell<VecDeque<(u64, u32)>>,
    next_error_key: std::cell::Cell<u64>,
    /// Buffers of raw values the calls between Rust and Lua reuse (a stack: calls nest).
    scratch: RefCell<Vec<Vec<Raw>>>,
    /// What the JIT did in the last whole-program run ([`crate::Vm::jit_report`]).
    pub(crate) jit_report: RefCell<Option<crate::jit::driver::JitReport>>,
    /// The metatable of each Rust type made userdata (its root slot), made on first use.
    pub(crate) ud_types: RefCell<std::collections::HashMap<std::any::TypeId, u32>>,
}

/// The address of a VM's context (whose `interrupt` and `depth_limit` a request sets), or
/// null: behind a lock, so a handle on another thread never writes to a freed state.
#[derive(Default)]
pub(crate) struct InterruptTarget(std::sync::Mutex<usize>);

impl InterruptTarget {
    pub(crate) fn set(&self, ctx: *const crate::state::abi::JitContext) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = ctx as usize;
    }
}

/// Points an [`InterruptTarget`] back at a context (a whole-program run's end: the embedding
/// state's, or none) when dropped, before the run's state is freed.
pub(crate) struct RestoreTarget<'a>(pub(crate) &'a InterruptTarget, pub(crate) usize);

impl Drop for RestoreTarget<'_> {
    fn drop(&mut self) {
        self.0.set(self.1 as *const crate::state::abi::JitContext);
    }
}

/// Stops the Lua code a [`crate::Vm`] runs, from any thread ([`crate::Vm::interrupt_handle`]).
///
/// After [`InterruptHandle::interrupt`], the running code raises the error `interrupted!` at
/// its next function call or backward jump, in every engine (interpreted, baseline or
/// optimized code alike), or within a few thousand steps of a pattern match; the call from
/// the host then returns [`Error::Interrupted`]. The request stays in force until control
/// returns to the host, so Lua code cannot catch it and go on (every later poll raises it
/// again); a request made while no Lua code runs stops the next call at its first poll.
///
/// ```
/// use std::time::Duration;
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// let handle = vm.interrupt_handle();
/// std::thread::spawn(move || {
///     std::thread::sleep(Duration::from_millis(50));
///     handle.interrupt();
/// });
/// let r = vm.load("while true do end").exec();
/// assert!(matches!(r, Err(strata::Error::Interrupted)));
/// // The VM is usable again.
/// assert_eq!(vm.load("return 1 + 1").eval::<i64>().unwrap(), 2);
/// ```
#[derive(Clone)]
pub struct InterruptHandle(Arc<InterruptTarget>);

impl InterruptHandle {
    /// Asks the running (or the next) Lua code of the VM to stop.
    pub fn interrupt(&self) {
        let ctx = self.0.0.lock().unwrap_or_else(|e| e.into_inner());
        Self::request(*ctx);
    }

    /// [`InterruptHandle::interrupt`] for a signal handler: never blocks. Returns false
    /// (nothing asked) when the VM's state was being made or freed at that instant.
    pub fn try_interrupt(&self) -> bool {
        match self.0.0.try_lock() {
            Ok(ctx) => {
                Self::request(*ctx);
                true
            }
            Err(std::sync::TryLockError::Poisoned(e)) => {
                Self::request(*e.into_inner());
                true
            }
            Err(std::sync::TryLockError::WouldBlock) => false,
        }
    }

    fn request(ctx: usize) {
        if ctx != 0 {
            // SAFETY: the address is the live state's context: `Inner` clears it (under the
            // lock the caller holds) before freeing the state.
            unsafe { crate::state::abi::request_interrupt(ctx as *const crate::state::abi::JitContext) };
        }
    }
}

impl std::fmt::Debug for InterruptHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("InterruptHandle")
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        let Some(&state) = self.state.get() else { return };
        self.interrupt.set(std::ptr::null());
        // SAFETY: the state was boxed for this object alone; no handle is left (each holds
        // an `Rc` to this), and nothing runs.
        unsafe {
            let mut state = Box::from_raw(state);
            if !state.is_running() {
                // (Finalizers run even if an interrupt request came after the last call.)
                state.clear_interrupt();
                state.finish();
            }
            drop(state);
        }
    }
}

impl Inner {
    pub(crate) fn new(config: crate::VmConfig) -> Inner {
        Inner {
            config,
            captured: Default::default(),
            state: std::cell::OnceCell::new(),
            callback_errors: RefCell::new(VecDeque::new()),
            error_meta: std::cell::Cell::new(None),
            interrupt: Arc::default(),
            id: NEXT_VM_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            error_values: RefCell::new(VecDeque::new()),
            next_error_key: std::cell::Cell::new(1),
            scratch: RefCell::new(Vec::new()),
            jit_report: RefCell::new(None),
            ud_types: RefCell::new(std::collections::HashMap::new()),
        }
    }

    /// Makes the embedding state if it is not made yet.
    pub(crate) fn try_state(&self) -> Result<()> {
        if self.state.get().is_some() {
            return Ok(());
        }
        let made = (|| -> Result<Box<VmState>, crate::VmError> {
            let program = crate::lang::compile(b"", "=strata")?;
            let facts = crate::bytecode::verify::verify(&program)?;
            crate::vm::make_state(&self.config, self.captured.clone(), Arc::new(program), Arc::new(facts))
        })();
        match made {
            Ok(mut state) => {
                // The machine-stack guard for this thread: the only one that can call the VM
                // (a `Vm` is not `Send`).
                state.guard_host_stack(HOST_STACK_MARGIN);
                self.interrupt.set(&state.ctx);
                let _ = self.state.set(Box::into_raw(state));
                Ok(())
            }
            Err(crate::VmError::EngineUnavailable(e)) => Err(Error::EngineUnavailable(e)),
            Err(e) => Err(Error::external(e.to_string())),
        }
    }

    /// The VM's state. The API never keeps the reference across a call into Lua code
    /// (which may reenter the API through a Rust function).
    ///
    /// # Panics
    /// If the state cannot be made (see [`crate::Vm::try_new`]).
    #[allow(clippy::mut_from_ref)]
    #[inline]
    pub(crate) fn state(&self) -> &mut VmState {
        let p = match self.state.get() {
            Some(&p) => p,
            None => {
                if let Err(e) = self.try_state() {
                    panic!("strata: the VM could not start: {e}");
                }
                *self.state.get().expect("made just above")
            }
        };
        // SAFETY: the state lives as long as `self`; the VM is single-threaded (`Rc`), and
        // API operations take it one at a time.
        unsafe { &mut *p }
    }

    /// Runs `op` protected, after a collection if one is due.
    pub(crate) fn protect<T>(&self, op: impl FnOnce(&mut VmState) -> Result<T, LuaError>) -> Result<T> {
        self.gc_point();
        self.protect_no_gc(op)
    }

    /// The host's safepoint between calls: collects if a collection is due (nothing when
    /// called from inside a Rust function).
    #[inline]
    pub(crate) fn gc_point(&self) {
        let vm = self.state();
        if !vm.is_running() {
            vm.api_gc_point(false);
        }
    }

    /// [`Inner::protect`] without the collection first (the caller holds unrooted values
    /// `op` roots).
    pub(crate) fn protect_no_gc<T>(&self, op: impl FnOnce(&mut VmState) -> Result<T, LuaError>) -> Result<T> {
        let r = self.state().api_protected(op);
        let vm = self.state();
        let outermost = !vm.is_running();
        if outermost && std::mem::take(&mut vm.out_dirty) {
            let _ = vm.flush_out();
        }
        let r = r.map_err(|e| self.error_from(e));
        if outermost {
            // Back in the host: an interrupt request has done its work.
            self.state().clear_interrupt();
        }
        r
    }

    /// An empty buffer of raw values (give it back with [`Inner::put_scratch`]).
    #[inline]
    pub(crate) fn take_scratch(&self) -> Vec<Raw> {
        self.scratch.borrow_mut().pop().unwrap_or_default()
    }

    #[inline]
    pub(crate) fn put_scratch(&self, mut buf: Vec<Raw>) {
        buf.clear();
        self.scratch.borrow_mut().push(buf);
    }

    pub(crate) fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle(self.interrupt_target())
    }

    pub(crate) fn interrupt_target(&self) -> Arc<InterruptTarget> {
        Arc::clone(&self.interrupt)
    }

    /// The embedding state's context address (0 before the state is made).
    pub(crate) fn interrupt_ctx(&self) -> usize {
        self.state.get().map_or(0, |&p| {
            // SAFETY: the state lives as long as `self`.
            unsafe { &raw const (*p).ctx as usize }
        })
    }

    /// The API error for a Lua error.
    pub(crate) fn error_from(&self, e: LuaError) -> Error {
        let vm = self.state();
        // `os.exit` in an embedded VM ends the run of the chunk, not the host's process; the
        // VM stays usable.
        if let Some((code, _)) = vm.exit_request.take() {
            return Error::Exit(code);
        }
        if e.memory {
            return Error::MemoryError(e.message);
        }
        if vm.interrupt_tripped() {
            return Error::Interrupted;
        }
        let traceback = if e.traceback.is_empty() {
            String::new()
        } else {
            let mut t = String::from("stack traceback:");
            for line in &e.traceback {
                t.push_str("\n\t");
                t.push_str(line);
            }
            t
        };
        if let Some(v) = e.value
            && let Some(cause) = self.callback_error(v)
        {
            return Error::CallbackError { traceback, cause };
        }
        let value = e.value.map(|v| self.keep_error_value(v));
        Error::RuntimeError { message: e.message, traceback, value }
    }

    /// Keeps `v` (rooted) as a recent error's value; the key to it.
    fn keep_error_value(&self, v: Raw) -> ErrorValue {
        let vm = self.state();
        let key = self.next_error_key.get();
        self.next_error_key.set(key + 1);
        let slot = vm.host_ref(v);
        let mut kept = self.error_values.borrow_mut();
        if kept.len() == ERROR_VALUES_KEPT
            && let Some((_, old)) = kept.pop_front()
        {
            vm.host_unref(old);
        }
        kept.push_back((key, slot));
        ErrorValue { vm: self.id, key }
    }

    /// The value an error of this VM was raised with, if it is still kept.
    pub(crate) fn error_value(&self, e: &ErrorValue) -> Option<Raw> {
        if e.vm != self.id {
            return None;
        }
        let kept = self.error_values.borrow();
        kept.iter().find(|(k, _)| *k == e.key).map(|&(_, slot)| self.state().host_value(slot))
    }

    /// The Rust error a Lua error value stands for, if a Rust function returned it.
    fn callback_error(&self, v: Raw) -> Option<Arc<Error>> {
        self.callback_errors.borrow().iter().find(|(e, _, _)| *e == v).map(|(_, _, c)| Arc::clone(c))
    }

    /// The Lua error value for an API error a Rust function returned: the same value for a
    /// Lua error that went through Rust (so error values round-trip), otherwise a table
    /// whose `__tostring` gives the message, remembered to come back out as the original.
    fn lua_error_for(&self, err: Error) -> BuiltinError {
        let vm = self.state();
        match err {
            // (A Lua error that came through Rust is raised again with its value, or its
            // message when the value is no longer kept.)
            Error::RuntimeError { message, value, .. } => match value.and_then(|e| self.error_value(&e)) {
                Some(v) => BuiltinError::Value(v),
                None => BuiltinError::Raw(message),
            },
            Error::MemoryError(_) => BuiltinError::Memory,
            Error::CallbackError { cause, .. } => self.wrap_error(cause),
            Error::Exit(code) => vm.exit(code, true),
            Error::Interrupted => BuiltinError::Raw(crate::runtime::arith::INTERRUPTED.into()),
            // `bad argument #pos to 'name' (cause)`, named as the call site names the function.
            Error::BadArgument { pos, cause, .. } => BuiltinError::Arg { arg: pos, msg: argument_message(&cause) },
            e @ (Error::UserDataBorrowError | Error::UserDataBorrowMutError) => BuiltinError::Located(e.to_string()),
            other => self.wrap_error(Arc::new(other)),
        }
    }

    fn wrap_error(&self, cause: Arc<Error>) -> BuiltinError {
        let vm = self.state();
        let message = cause.to_string();
        let made = (|| -> Option<Raw> {
            let meta = match self.error_meta.get() {
                Some(i) => vm.host_value(i),
                None => {
                    let mt = vm.heap.alloc_table(0, 2).ok()?;
                    let tostring =
                        crate::runtime::builtins::lookup(crate::runtime::builtins::Lib::Base, "error tostring")?;
                    let f = Raw::from_native(vm.heap.try_alloc_native(tostring, Raw::NIL).ok()?);
                    let k = vm.heap.str_value(b"__tostring");
                    // SAFETY: a live table just made.
                    unsafe { (*mt).set(&mut vm.heap, k, f) }.ok()?;
                    let k = vm.heap.str_value(b"__name");
                    let name = vm.heap.str_value(b"strata.CallbackError");
                    // SAFETY: as above.
                    unsafe { (*mt).set(&mut vm.heap, k, name) }.ok()?;
                    let v = Raw::from_table(mt);
                    self.error_meta.set(Some(vm.host_ref(v)));
                    v
                }
            };
            let t = vm.heap.alloc_table(1, 0).ok()?;
            let m = vm.heap.str_value(message.as_bytes());
            // SAFETY: a live table just made.
            unsafe {
                (*t).set(&mut vm.heap, Raw::int(1), m).ok()?;
                (*t).metatable = meta.as_table_ptr();
            }
            Some(Raw::from_table(t))
        })();
        let Some(v) = made else { return BuiltinError::Memory };
        let slot = vm.host_ref(v);
        let mut kept = self.callback_errors.borrow_mut();
        if kept.len() == CALLBACK_ERRORS_KEPT
            && let Some((_, old, _)) = kept.pop_front()
        {
            vm.host_unref(old);
        }
        kept.push_back((v, slot, cause));
        BuiltinError::Value(v)
    }
}

/// What `bad argument #n to 'f' (...)` says of an argument that did not convert, in Lua's
/// words where the conversion is one of Lua's own (`number expected, got string`).
fn argument_message(cause: &Error) -> String {
    let Error::FromLuaConversionError { from, to, message } = cause else { return cause.to_string() };
    let integer = matches!(
        *to,
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128" | "usize"
    );
    let lua_type = match *to {
        _ if integer => "number",
        "f32" | "f64" => "number",
        "String" => "string",
        "Vec" | "HashMap" => "table",
        t => t,
    };
    if integer && *from == "number" {
        return if message.is_some() {
            "number out of range".into()
        } else {
            "number has no integer representation".into()
        };
    }
    if *from == lua_type {
        return cause.to_string();
    }
    format!("{lua_type} expected, got {from}")
}

/// A Rust function as Lua sees it: `f` converts the arguments, calls, and appends the
/// results to a buffer. A panic is caught here and raised as a Lua error: it never unwinds
/// through the VM.
pub(crate) struct RustFn<F> {
    pub(crate) vm: std::rc::Weak<Inner>,
    pub(crate) f: F,
}

impl<F> HostFn for RustFn<F>
where
    F: Fn(&crate::Vm, &[Raw], &mut Vec<Raw>) -> Result<Option<Raw>>,
{
    fn call(&self, h: &mut dyn Host, args: &[Raw]) -> Result<Option<Raw>, BuiltinError> {
        let Some(inner) = self.vm.upgrade() else {
            return Err(gone());
        };
        let vm = crate::Vm::from_inner_ref(&inner);
        let mut out = inner.take_scratch();
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (self.f)(vm, args, &mut out)));
        // (Each arm gives the buffer back before it makes the result, which then goes
        // straight to the caller.)
        match r {
            // All but the last result are pushed; the last is returned.
            Ok(Ok(last)) if out.is_empty() => {
                inner.put_scratch(out);
                Ok(last)
            }
            Ok(Ok(last)) => {
                let pushed = if h.room_for_results(out.len() + 1) {
                    out.iter().try_for_each(|&v| h.push_result(v))
                } else {
                    Err(BuiltinError::Located("stack overflow (too many results)".into()))
                };
                inner.put_scratch(out);
                pushed.map(|()| last)
            }
            Ok(Err(e)) => {
                inner.put_scratch(out);
                Err(inner.lua_error_for(e))
            }
            Err(panic) => {
                inner.put_scratch(out);
                Err(panic_error(&inner, panic))
            }
        }
    }

    /// A getter's call: its one result to `out`, without the buffer (a getter pushes none).
    unsafe fn call_into(&self, _: &mut dyn Host, args: &[Raw], out: *mut Raw) -> Result<(), BuiltinError> {
        let Some(inner) = self.vm.upgrade() else {
            return Err(gone());
        };
        let vm = crate::Vm::from_inner_ref(&inner);
        let mut none = Vec::new();
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (self.f)(vm, args, &mut none))) {
            Ok(Ok(last)) => {
                // SAFETY: the caller's contract.
                unsafe { *out = last.unwrap_or(Raw::NIL) };
                Ok(())
            }
            Ok(Err(e)) => Err(inner.lua_error_for(e)),
            Err(panic) => Err(panic_error(&inner, panic)),
        }
    }
}

/// A call of a Rust function whose VM was dropped (the function outlived it in a handle).
#[cold]
fn gone() -> BuiltinError {
    BuiltinError::Raw("the VM of this function is gone".into())
}

/// A panic in a Rust function, as the Lua error it becomes.
#[cold]
fn panic_error(inner: &Inner, panic: Box<dyn std::any::Any + Send>) -> BuiltinError {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".into());
    inner.lua_error_for(Error::external(format!("panic in a Rust function: {what}")))
}

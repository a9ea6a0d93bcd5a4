//! What the embedding API (`crate::api`) needs of the VM: values a host holds (roots until
//! the host lets go of them), calls from Rust at any depth, and the machine-stack guard of a
//! VM that runs on its host's thread.

use std::ptr;

use super::VmState;
use crate::runtime::builtins::BuiltinError;
use crate::runtime::error::LuaError;
use crate::runtime::value::Value;

/// Where a protected call started: what its error unwinds to.
#[derive(Clone, Copy)]
pub struct UnwindMark {
    frames: usize,
    depth: u32,
    pins: usize,
    /// Where its pending `<close>` values start.
    pub tbc: usize,
}

/// The values a host holds through handles: collector roots, in slots reused after they
/// are released.
#[derive(Default)]
pub struct HostRefs {
    values: Vec<Value>,
    free: Vec<u32>,
}

impl HostRefs {
    /// Every held value (for the collector).
    pub fn values(&self) -> &[Value] {
        &self.values
    }
}

impl VmState {
    /// The mark a protected call (`pcall`, a call from the host) unwinds to on error.
    #[inline]
    pub fn unwind_mark(&self) -> UnwindMark {
        UnwindMark { frames: self.frames.len(), depth: self.ctx.depth, pins: self.gc_pins.len(), tbc: self.tbc_len() }
    }

    /// What an error unwound since `mark`: frames (interpreted and compiled) and pins.
    #[inline]
    pub fn unwind_to(&mut self, mark: UnwindMark) {
        self.frames.truncate(mark.frames);
        self.ctx.depth = mark.depth;
        self.gc_pins.truncate(mark.pins);
    }

    /// Holds `v` for the host; returns its slot.
    pub fn host_ref(&mut self, v: Value) -> u32 {
        let refs = &mut self.host_refs;
        match refs.free.pop() {
            Some(i) => {
                refs.values[i as usize] = v;
                i
            }
            None => {
                refs.values.push(v);
                (refs.values.len() - 1) as u32
            }
        }
    }

    /// Lets go of slot `i` (its value may now be collected).
    pub fn host_unref(&mut self, i: u32) {
        self.host_refs.values[i as usize] = Value::NIL;
        self.host_refs.free.push(i);
    }

    /// The value held in slot `i`.
    #[inline]
    pub fn host_value(&self, i: u32) -> Value {
        self.host_refs.values[i as usize]
    }

    /// A safepoint of the host's, between calls (nothing of Lua's runs): collects if a
    /// collection is due, or always with `force` (before retrying an allocation that failed).
    pub fn api_gc_point(&mut self, force: bool) {
        if !self.is_running() && (force || self.heap.gc_due()) {
            let base = self.stack.base();
            self.collect_garbage(base, &[]);
        }
    }

    /// Whether Lua code or a host function is running (a call from the host is nested).
    pub fn is_running(&self) -> bool {
        !self.frames.is_empty() || !self.builtin_top.is_null() || !self.c_entries.is_empty()
    }

    /// Runs `op` (an operation of the host's: a call, an index that may run metamethods)
    /// protected: an error unwinds what it started (frames, pins; its pending `<close>`
    /// variables closed with the error) and comes back with its traceback formatted.
    #[inline(always)]
    pub fn api_protected<T>(&mut self, op: impl FnOnce(&mut VmState) -> Result<T, LuaError>) -> Result<T, LuaError> {
        let mark = self.unwind_mark();
        // (A protected call whose error someone will read: its traceback is recorded.)
        self.protected.push(true);
        let r = op(self);
        self.protected.pop();
        r.map_err(|mut e| {
            self.unwind_to(mark);
            if !e.trace.is_empty() && e.traceback.is_empty() && !e.memory {
                let trace = std::mem::take(&mut e.trace);
                e.traceback = self.format_trace(&trace);
            }
            if self.tbc_len() > mark.tbc && self.exit_request.is_none() {
                let v = match e.value {
                    Some(v) => v,
                    None => self.heap.str_value(e.message.as_bytes()),
                };
                let again = self.tbc_close_after_error(mark.tbc, v, None);
                if again != v {
                    e = LuaError::with_value(crate::runtime::builtins::error_value_message(again), again);
                }
            }
            e
        })
    }

    /// Calls `f` with `args` from Rust, appending its results to `out`, at the top level or
    /// inside a host function alike; protected as [`Self::api_protected`].
    pub fn api_call(&mut self, f: Value, args: &[Value], out: &mut Vec<Value>) -> Result<(), LuaError> {
        self.api_protected(|vm| vm.api_call_unprotected(f, args, out))
    }

    /// [`Self::api_call`] for a caller that protects the call itself, with the arguments in
    /// `buf`, which the results replace.
    #[inline]
    pub fn api_call_in(&mut self, f: Value, buf: &mut Vec<Value>) -> Result<(), LuaError> {
        let slot = self.api_call_slot(f, buf)?;
        buf.clear();
        self.take_results(slot, buf);
        Ok(())
    }

    /// Places `f` and `args` for a call from Rust and runs it; the results start at the slot
    /// returned (`ctx.nres` of them).
    #[inline]
    fn api_call_slot(&mut self, f: Value, args: &[Value]) -> Result<*mut Value, LuaError> {
        let slot = match self.rust_call_slot(args.len()) {
            Ok(s) => s,
            Err(BuiltinError::Raw(m) | BuiltinError::Located(m)) => return Err(LuaError::new(m)),
            Err(_) => return Err(LuaError::out_of_memory()),
        };
        // SAFETY: `slot` comes from `rust_call_slot`.
        unsafe { self.call_at_slot(slot, f, args, true) }?;
        Ok(slot)
    }

    /// Appends the `ctx.nres` results at `slot` to `out`.
    fn take_results(&self, slot: *mut Value, out: &mut Vec<Value>) {
        let n = self.ctx.nres as usize;
        out.reserve(n);
        for i in 0..n {
            // SAFETY: the results lie at `slot..slot + n`. (One by one: a call usually has a
            // result or two, which a `memmove` call would cost more to copy.)
            out.push(unsafe { *slot.add(i) });
        }
    }

    /// [`Self::api_call`] for a caller that protects the call itself.
    pub fn api_call_unprotected(&mut self, f: Value, args: &[Value], out: &mut Vec<Value>) -> Result<(), LuaError> {
        let slot = self.api_call_slot(f, args)?;
        self.take_results(slot, out);
        Ok(())
    }

    /// Removes the standard libraries `keep` leaves out (`VmConfig::std_libs`) from the
    /// globals and `package.loaded`, with the globals that go with them.
    pub fn leave_out_libs(&mut self, keep: crate::StdLib) -> Result<(), crate::runtime::table::TableError> {
        let globals = self.ctx.env.as_table_ptr();
        let get = |vm: &mut VmState, t: *mut crate::runtime::table::Table, name: &str| {
            let k = vm.heap.str_value(name.as_bytes());
            // SAFETY: a live table of this heap.
            unsafe { (*t).get(k) }
        };
        let package = get(self, globals, "package");
        let loaded = if package.is_table() { get(self, package.as_table_ptr(), "loaded") } else { Value::NIL };
        for (lib, name, extra) in crate::StdLib::NAMES {
            if keep.contains(lib) {
                continue;
            }
            for n in std::iter::once(&name).chain(extra.iter()) {
                let k = self.heap.str_value(n.as_bytes());
                // SAFETY: live tables of this heap.
                unsafe {
                    (*globals).set(&mut self.heap, k, Value::NIL)?;
                    if loaded.is_table() {
                        (*loaded.as_table_ptr()).set(&mut self.heap, k, Value::NIL)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Sets the machine-stack guard for a call from the host on this thread (the VM runs on
    /// its host's stack): calls fail with `stack overflow` before the thread's stack ends.
    pub fn guard_host_stack(&mut self, margin: usize) {
        if let Some(lo) = thread_stack_low() {
            self.ctx.machine_floor = lo + margin;
        }
    }
}

/// The lowest address of the running thread's stack, asked once per thread (on the main
/// thread `pthread_getattr_np` reads `/proc/self/maps`: too slow for every call from the host).
fn thread_stack_low() -> Option<usize> {
    thread_local! {
        static LOW: std::cell::Cell<Option<Option<usize>>> = const { std::cell::Cell::new(None) };
    }
    LOW.with(|low| {
        if low.get().is_none() {
            low.set(Some(query_stack_low()));
        }
        low.get().flatten()
    })
}

/// The lowest address of the running thread's stack (Linux: `pthread_getattr_np`).
fn query_stack_low() -> Option<usize> {
    #[cfg(target_os = "linux")]
    // SAFETY: plain queries of this thread's attributes into locals.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr: *mut libc::c_void = ptr::null_mut();
        let mut size: libc::size_t = 0;
        let r = libc::pthread_attr_getstack(&attr, &mut addr, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        if r != 0 { None } else { Some(addr as usize) }
    }
    #[cfg(not(target_os = "linux"))]
    None
}

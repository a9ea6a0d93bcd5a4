//! The VM state: everything a running program owns, below both the interpreter and the JIT.
//!
//! [`VmState`] holds every root the garbage collector will need (the value stack, the
//! call-info records, the global table, constants, the heap, pending errors), the program and the
//! verifier's facts, the feedback every tier records, the mixed function table and the
//! context native code runs with. The interpreter (`interp`) runs on it; the tier driver
//! (`jit::driver`) reaches it through the [`Tiering`] trait, so the interpreter never
//! imports the JIT (as Luau's VM calls its `lua_ExecutionCallbacks`).
//!
//! ```text
//!   L6  vm, main, bench
//!   L5  jit::driver (implements Tiering), jit::glue (extern "C" helpers, deopt)
//!   L4  backends
//!   L3  interp          | jit core (plan, subprogram, deopt metadata, backend trait, helpers)
//!   L2  state  <- here: VmState, the JIT ABI records (abi), feedback, stacks, Tiering
//!   L1  bytecode, lang
//!   L0  runtime
//! ```

pub mod abi;
pub mod cli;
mod close;
pub mod coroutine;
pub mod embed;
pub mod feedback;
mod gc;
pub mod stack;
mod trace;

use std::any::Any;
use std::io::Write;
use std::ptr;
use std::sync::Arc;

use crate::bytecode::program::{Constant, Program};
use crate::bytecode::verify::ProgramFacts;
use crate::runtime::builtins::{BuiltinError, Host, Libs, open_libs};
use crate::runtime::error::LuaError;
use crate::runtime::heap::{Heap, HostFn, OutOfMemory};
use crate::runtime::table::{Table, TableError};
use crate::runtime::value::Value;
use crate::state::abi::{field_hint, global_hint};
use crate::state::stack::{RetainVec, StableVec};
use abi::{EntryFn, FnEntry, Frame, JitContext};
use feedback::FunctionFeedback;
use stack::{FrameStack, StackView, ValueStack};

/// The default value-stack budget in slots (Lua's `LUAI_MAXSTACK`).
pub const DEFAULT_STACK_SLOTS: usize = 1_000_000;

/// A fatal JIT failure the tier driver reported while it ran (an internal backend error with
/// `JitConfig::internal_errors_fatal`): the run stops with this message.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct JitFailure(pub String);

/// What the interpreter asks of the tier driver. The driver is taken out of the VM while
/// one of these runs (so it may use the VM freely) and put back after; none of them runs
/// Lua code.
pub trait Tiering: Any {
    /// An interpreted function reached its call threshold (this call still runs
    /// interpreted).
    fn on_hot(&mut self, vm: &mut VmState, func: u32);
    /// A baseline-compiled function reached the next tier's call threshold.
    fn on_baseline_hot(&mut self, vm: &mut VmState, func: u32);
    /// The OSR entry for the loop at `header` (a global ip) of `func`, compiled on first
    /// request, if there is one.
    fn osr_entry(&mut self, vm: &mut VmState, func: u32, header: u32) -> Option<EntryFn>;
    /// Native code whose frame is `root` (its record on top) left with `Signal::Deopt`:
    /// counts the deopt point `ctx.deopt_id` and rebuilds the interpreter frames it
    /// describes. Returns where the interpreter resumes: the innermost frame's ip and
    /// operand-stack top. `osr` says whether the code was an OSR entry.
    ///
    /// # Safety
    /// `root` is the frame of the native function that signalled the deopt.
    unsafe fn deopt(&mut self, vm: &mut VmState, root: *mut Value, osr: bool) -> Result<(u32, *mut Value), LuaError>;
    /// Functions were added to the program (a chunk was loaded).
    fn functions_added(&mut self, vm: &mut VmState);
    /// The driver itself, for the embedding layer's reports.
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

/// The call-info records: a stack-like view of the reserved [`Frame`] array whose length is
/// `ctx.depth`, so native code can push and pop records with plain stores.
pub struct CallStack {
    /// The running thread's records.
    base: *mut Frame,
    cap: usize,
    depth: *mut u32,
}

impl CallStack {
    #[inline(always)]
    pub fn len(&self) -> usize {
        // SAFETY: `depth` points into the owning VM's context, which outlives this.
        unsafe { *self.depth as usize }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline(always)]
    pub fn last(&self) -> Option<&Frame> {
        let n = self.len();
        // SAFETY: records below `depth` are initialised.
        (n > 0).then(|| unsafe { &*self.base.add(n - 1) })
    }
    #[inline(always)]
    pub fn last_mut(&mut self) -> Option<&mut Frame> {
        let n = self.len();
        // SAFETY: records below `depth` are initialised.
        (n > 0).then(|| unsafe { &mut *self.base.add(n - 1) })
    }
    /// Pushes a record; callers check the depth limit first (the array has room for it).
    #[inline(always)]
    pub fn push(&mut self, f: Frame) {
        let n = self.len();
        debug_assert!(n < self.cap);
        // SAFETY: `n` is below the array's length (the depth limit is smaller).
        unsafe {
            *self.base.add(n) = f;
            *self.depth += 1;
        }
    }
    #[inline(always)]
    pub fn pop(&mut self) -> Option<Frame> {
        let n = self.len();
        // SAFETY: records below `depth` are initialised.
        (n > 0).then(|| unsafe {
            *self.depth -= 1;
            *self.base.add(n - 1)
        })
    }
    pub fn truncate(&mut self, n: usize) {
        if n < self.len() {
            // SAFETY: see `len`.
            unsafe { *self.depth = n as u32 };
        }
    }
    pub fn as_slice(&self) -> &[Frame] {
        // SAFETY: records below `depth` are initialised.
        unsafe { std::slice::from_raw_parts(self.base, self.len()) }
    }
    /// The raw array, for the JIT context.
    pub fn base(&self) -> *mut Frame {
        self.base
    }

    /// How many records the array holds.
    pub fn capacity(&self) -> usize {
        self.cap
    }

    /// Makes `base` (`cap` records) the array (a thread switch; `ctx.frames` and
    /// `ctx.depth` follow).
    pub(crate) fn set_array(&mut self, base: *mut Frame, cap: usize) {
        self.base = base;
        self.cap = cap;
    }
}

impl std::ops::Index<usize> for CallStack {
    type Output = Frame;
    fn index(&self, k: usize) -> &Frame {
        &self.as_slice()[k]
    }
}

/// Backward jumps of an interpreted function between two polls of the host's interrupt
/// request when no tier driver sets `osr_threshold` (a poll is a call that finds no OSR
/// entry, every this many jumps: nothing on the jump itself).
pub const INTERP_POLL_BACKEDGES: u32 = 1024;

/// The state of a running program (see the module header).
pub struct VmState {
    pub program: Arc<Program>,
    /// The start of the code the interpreter runs: a copy of `program.code` that never
    /// moves (`code_mem`), so positions into it stay valid when `load` appends a chunk.
    pub code: *const u8,
    pub code_mem: StableVec<u8>,
    pub facts: Arc<ProgramFacts>,
    /// The running thread's value stack.
    pub stack: StackView,
    pub frames: CallStack,
    /// The context native code runs with (depth, limits, table pointers, `nres`).
    pub ctx: JitContext,
    /// The standard library: the global table (`_G`) and the string library's table.
    pub libs: Libs,
    /// Inline caches of name lookups (`ctx.name_cache` points here): for each constant `k`,
    /// entry `k` is the node index where the global of that name was found last, entry
    /// `constants + k` where a field of that name (`t.name`, `o:name()`) was. Native code
    /// checks the node the entry names (masked to the node count) and the generic helpers
    /// update it; an entry starts as the name's hash, its main position. Entries of
    /// constant `k` sit at [`global_hint`]`(k)` and [`field_hint`]`(k)`.
    pub name_cache: RetainVec<u32>,
    pub constants: RetainVec<Value>,
    pub heap: Heap,
    /// Per function (boxed: baseline code keeps a pointer to its function's record).
    pub feedback: Vec<Box<FunctionFeedback>>,
    /// The mixed function table: where calls of each function go.
    pub functions: RetainVec<FnEntry>,
    pub out: Box<dyn Write + Send>,
    /// An error raised in native code, on its way to the Rust caller (`Signal::Error`).
    pub pending_error: Option<LuaError>,
    /// The tier driver, when native tiers are enabled.
    pub tiering: Option<Box<dyn Tiering>>,
    /// How builtins call back into Lua ([`Host::call`]): the interpreter's `call_at`, which
    /// the interpreter registers (this layer cannot call up into it).
    pub call_hook: Option<CallHook>,
    /// Where the running builtin's arguments end: its calls into Lua put their callee and
    /// arguments from here.
    pub builtin_top: *mut Value,
    /// Calls from builtins into Lua in progress (Lua's C-call count, for its limit).
    pub c_calls: u32,
    /// The C calls below the running thread's own (see `ThreadState::c_base`).
    pub c_base: u32,
    /// The interpreter's uniform entry (`interp::interp_entry`): the function table's entry
    /// for every function that is not compiled.
    pub interp_entry: EntryFn,
    /// A fatal JIT failure (internal backend error with `internal_errors_fatal`).
    pub pending_jit_failure: Option<JitFailure>,
    /// Words native code spills deopt state into (`ctx.spill`).
    pub spill: Vec<u64>,
    /// Backward jumps in an interpreted function before its loop is entered through OSR
    /// (and between two polls of the host's interrupt request: without a tier driver,
    /// [`INTERP_POLL_BACKEDGES`]).
    pub osr_threshold: u32,
    /// Per function, the most slots any of its frames may write from its base: its frame
    /// size, or more for native code that inlines (the collector's tops, see `state::gc`).
    pub gc_extent: Vec<u32>,
    /// Values builtins keep alive while they call back into Lua (collector roots).
    pub gc_pins: Vec<Value>,
    /// The `<close>` values registered and not closed yet, oldest first, with the stack
    /// slot of their variable (collector roots; see `state::close`; changed only through its
    /// methods, which keep `ctx.tbc_top`).
    pub(crate) tbc: Vec<(*mut Value, Value)>,
    /// The files `io` opened, by the index their values hold.
    pub files: crate::runtime::builtins::Files,
    /// `os.exit` was called with this code (and `close`): the error on its way out ends the
    /// program, and no protected call catches it.
    pub exit_request: Option<(i32, bool)>,
    /// `math.random`'s generator (seeded from the clock, as Lua's).
    pub random: crate::runtime::builtins::RandomState,
    /// The frame indices at which Rust code (a builtin, the host) called into Lua: the
    /// caller of such a frame is a C function to Lua's levels (`error(msg, 2)`).
    pub c_entries: Vec<usize>,
    /// For each of `c_entries`, the builtin that called into Lua there (`None`: the host)
    /// and whether Lua code had called that builtin.
    pub c_callers: Vec<(Option<u32>, bool)>,
    /// The builtin running now, if any (the innermost).
    pub running_builtin: Option<u32>,
    /// While `xpcall` message handlers run: the frame count when each was called and the
    /// levels where its error was raised (`debug.traceback` in a handler shows them).
    pub handler_traces: Vec<(usize, Vec<crate::runtime::error::TraceEntry>)>,
    /// The protected calls running (`pcall`: false, `xpcall`: true), innermost last. An
    /// error raised inside a `pcall` records no traceback: nothing can read it.
    pub protected: Vec<bool>,
    /// Indices of frames entered through a tail call that native code handed back
    /// (`Signal::TailCall`), while they run (tracebacks note the tail call).
    pub tail_frames: Vec<usize>,
    /// Finalizers are running (those that become due meanwhile wait).
    pub in_finalizer: bool,
    /// `warn` writes to standard error (after `warn("@on")`).
    pub warnings_on: bool,
    /// The running builtin was called by Lua code (the top frame), not from Rust.
    pub builtin_from_lua: bool,
    /// A builtin is running at the innermost level (not Lua code it called).
    pub in_builtin: bool,
    /// Per builtin: whether Lua code it calls may yield across it (Lua's continuations).
    continuable: Vec<bool>,
    /// Calls on the running thread's stack a yield cannot cross (see `ThreadState::nny`).
    pub nny: u32,
    /// The highest soft limit the running thread's value stack reached.
    pub high_water: *mut Value,
    /// The main thread's object and the running thread's (see `state::coroutine`).
    pub main_thread: *mut crate::runtime::thread::Thread,
    pub current: *mut crate::runtime::thread::Thread,
    /// Values on their way across a thread switch (collector roots).
    pub transfer: Vec<Value>,
    /// How the coroutine that switched back to its resumer stopped.
    pub co_outcome: Option<coroutine::Outcome>,
    /// The values a host holds through the embedding API's handles (roots).
    pub host_refs: embed::HostRefs,
    /// The builtin closure called last (`Host::native_upvalue`; read on entry).
    pub native_fn: *const crate::runtime::heap::NativeFn,
    /// `not enough memory`, made in advance (as Lua's `memerrmsg`): a memory error's value
    /// needs no allocation.
    pub mem_error: Value,
    /// The call depth limit (`ctx.depth_limit` when no interrupt has tripped it).
    pub depth_cap: u32,
    /// Output was written since the last flush (the host's flush after each call is free
    /// when nothing was).
    pub out_dirty: bool,
    /// Where the last host type's metatable read holds `__index` and `__newindex` (node
    /// indices: the hints of the first lookup of [`VmState::host_field`] and
    /// [`VmState::host_set_field`]).
    pub access_hints: [u32; 2],
    /// Per constant `k`: the host type's field of that name read last (entry `2k`) and
    /// written last (`2k + 1`).
    pub host_cache: Vec<HostFieldCache>,
    /// The main thread's stacks (coroutines' live in their segments). Last, so the fields
    /// native code reaches keep their places.
    main_stack: ValueStack,
    _main_frames: FrameStack,
}

/// Spill words available to deopt exits (inlined frames' saved ips; the inlining depth
/// limit keeps the need far below this).
pub const SPILL_WORDS: usize = 64;

/// The most bytes of code chunks loaded at run time may add to a VM's program (address space reserved up front, committed as used; loading more is `not
/// enough memory`). 32 MiB: modest, because a process limit on address space (`ulimit -v`)
/// counts reservations, committed or not.
const MAX_CODE_BYTES: usize = 1 << 25;

impl Host for VmState {
    fn call_getter(&mut self, g: Value, ud: Value) -> Result<Value, BuiltinError> {
        // SAFETY: getters are live builtin closures (the fields table holds them).
        match unsafe { (*g.as_native_ptr()).host.as_deref() } {
            Some(code) => code.call(self, &[ud]).map(|v| v.unwrap_or(Value::NIL)),
            None => self.call_metamethod(g, &[ud]),
        }
    }
    fn heap(&mut self) -> &mut Heap {
        &mut self.heap
    }
    fn write_out(&mut self, bytes: &[u8]) -> Result<(), BuiltinError> {
        // Like Lua's print, output errors (a closed pipe) are not Lua errors.
        self.out_dirty = true;
        let _ = self.out.write_all(bytes);
        Ok(())
    }

    fn call(&mut self, f: Value, args: &[Value]) -> Result<Value, BuiltinError> {
        self.call_value(f, args, true)
    }

    fn call_metamethod(&mut self, f: Value, args: &[Value]) -> Result<Value, BuiltinError> {
        self.call_value(f, args, false)
    }
    fn push_result(&mut self, v: Value) -> Result<(), BuiltinError> {
        if !self.room_for_results(1) {
            return Err(BuiltinError::Located("stack overflow".into()));
        }
        // SAFETY: `builtin_top` is above the running builtin's arguments, below the limit.
        unsafe {
            *self.builtin_top = v;
            self.builtin_top = self.builtin_top.add(1);
        }
        Ok(())
    }

    fn room_for_results(&mut self, n: usize) -> bool {
        // One slot stays for the result the builtin returns.
        let top = self.builtin_top;
        !top.is_null() && n < isize::MAX as usize / 16 && self.stack_fits(top.wrapping_add(n + 1))
    }

    fn pin(&mut self, v: Value) -> usize {
        self.gc_pins.push(v);
        self.gc_pins.len() - 1
    }

    fn set_pin(&mut self, i: usize, v: Value) {
        self.gc_pins[i] = v;
    }

    fn unpin_to(&mut self, n: usize) {
        self.gc_pins.truncate(n);
    }

    fn pin_count(&self) -> usize {
        self.gc_pins.len()
    }

    fn collect(&mut self) {
        self.full_gc();
    }

    fn string_metatable(&self) -> *mut Table {
        self.libs.string_meta
    }

    fn protected_call(&mut self, f: Value, args: &[Value], handler: Option<Value>) -> Result<(), BuiltinError> {
        let slot = self.rust_call_slot(args.len())?;
        let mark = self.unwind_mark();
        self.protected.push(handler.is_some());
        // SAFETY: `slot` comes from `rust_call_slot`.
        let r = unsafe { self.call_at_slot(slot, f, args, true) };
        self.protected.pop();
        match r {
            Ok(()) => {
                // `true` and the results, which the call left from `slot` on.
                let n = self.ctx.nres as usize;
                if !self.room_for_results(n + 1) {
                    return Err(BuiltinError::Located("stack overflow".into()));
                }
                // SAFETY: the results lie at `slot..slot + n`, at or above `builtin_top`
                // (where they go, after `true`), and fit (checked above).
                unsafe {
                    let to = self.builtin_top;
                    ptr::copy(slot, to.add(1), n);
                    *to = Value::bool(true);
                    self.builtin_top = to.add(n + 1);
                }
                Ok(())
            }
            Err(mut e) => {
                self.unwind_to(mark);
                if self.exit_request.is_some() {
                    return Err(BuiltinError::Lua(e));
                }
                let trace = std::mem::take(&mut e.trace);
                let mut v = self.error_value(e)?;
                if let Some(h) = handler {
                    self.handler_traces.push((self.frames.len(), trace));
                    self.nny += 1;
                    let r = self.call(h, &[v]);
                    self.nny -= 1;
                    self.handler_traces.pop();
                    v = match r {
                        Ok(v) => v,
                        Err(_) => self.heap.str_value(b"error in error handling"),
                    };
                }
                // The `<close>` values of the unwound frames, with the error.
                let v = self.tbc_close_after_error(mark.tbc, v, handler);
                self.push_result(Value::bool(false))?;
                self.push_result(v)
            }
        }
    }

    fn call_all(&mut self, f: Value, args: &[Value]) -> Result<(), BuiltinError> {
        let slot = self.rust_call_slot(args.len())?;
        // SAFETY: `slot` comes from `rust_call_slot`.
        unsafe { self.call_at_slot(slot, f, args, true) }.map_err(BuiltinError::Lua)?;
        let n = self.ctx.nres as usize;
        if !self.room_for_results(n) {
            return Err(BuiltinError::Located("stack overflow".into()));
        }
        // SAFETY: the results lie at `slot..slot + n`, at or above `builtin_top`, where
        // they go, and fit (checked above).
        unsafe {
            ptr::copy(slot, self.builtin_top, n);
            self.builtin_top = self.builtin_top.add(n);
        }
        Ok(())
    }

    fn call_n(&mut self, f: Value, args: &[Value], out: &mut [Value]) -> Result<usize, BuiltinError> {
        let slot = self.rust_call_slot(args.len())?;
        // SAFETY: `slot` comes from `rust_call_slot`.
        unsafe { self.call_at_slot(slot, f, args, true) }.map_err(BuiltinError::Lua)?;
        let n = self.ctx.nres as usize;
        for (i, o) in out.iter_mut().enumerate() {
            // SAFETY: the call left its `n` results from `slot` on.
            *o = if i < n { unsafe { *slot.add(i) } } else { Value::NIL };
        }
        Ok(n)
    }

    fn error_value(&mut self, e: LuaError) -> Result<Value, BuiltinError> {
        VmState::error_value(self, e)
    }

    fn load(&mut self, src: &[u8], source: &[u8], env: Option<Value>) -> Result<Result<Value, String>, BuiltinError> {
        let name = &crate::runtime::builtins::chunk_id(source);
        // A chunk gets an `_ENV` of its own (upvalue 0, as Lua compiles every chunk) when
        // it is given one, when the program's environment is no longer the global table,
        // or when it assigns `_ENV` itself; otherwise its globals are the VM's, on the
        // fast global paths of every tier.
        let compile = |own_env: bool| -> Result<Result<(Program, ProgramFacts), String>, BuiltinError> {
            let chunk = match crate::lang::compile_chunk(src, name, own_env) {
                Ok(p) => p,
                Err(e) => return Ok(Err(e.message)),
            };
            let facts = crate::bytecode::verify::verify(&chunk)
                .map_err(|e| BuiltinError::Raw(format!("internal compiler error: {e}")))?;
            Ok(Ok((chunk, facts)))
        };
        let mut own_env = env.is_some() || self.facts.env_assigned;
        let (mut chunk, mut facts) = match compile(own_env)? {
            Ok(c) => c,
            Err(msg) => return Ok(Err(msg)),
        };
        // The verifier's `env_assigned`: the chunk assigns `_ENV` (`SetEnv`).
        if facts.env_assigned {
            own_env = true;
            (chunk, facts) = match compile(true)? {
                Ok(c) => c,
                Err(msg) => return Ok(Err(msg)),
            };
        }
        let source = String::from_utf8_lossy(source).into_owned();
        let main = self.append_chunk(chunk, source, facts).map_err(|_| BuiltinError::Memory)?;
        let cells = if own_env {
            let env = env.unwrap_or(Value::from_table(self.libs.globals));
            vec![self.heap.try_alloc_cell(env)?]
        } else {
            Vec::new()
        };
        let f = self.heap.try_alloc_closure(main, &cells)?;
        Ok(Ok(Value::from_closure(f)))
    }

    fn warn(&mut self, msg: &[u8], single: bool) {
        if single && msg.first() == Some(&b'@') {
            match &msg[1..] {
                b"on" => self.warnings_on = true,
                b"off" => self.warnings_on = false,
                _ => {}
            }
            return;
        }
        if self.warnings_on {
            let _ = self.out.flush();
            let mut line = b"Lua warning: ".to_vec();
            line.extend_from_slice(msg);
            line.push(b'\n');
            let _ = std::io::stderr().write_all(&line);
        }
    }

    fn libs(&self) -> Libs {
        self.libs
    }

    fn traceback(&mut self, level: usize) -> Vec<String> {
        self.traceback_lines(level)
    }

    fn function_info(&mut self, f: Value, level: Option<usize>) -> crate::runtime::builtins::FrameInfo {
        let _ = level;
        VmState::function_info(self, f, None)
    }

    fn level_info(&mut self, level: usize) -> Option<crate::runtime::builtins::FrameInfo> {
        VmState::level_info(self, level)
    }

    fn flush_out(&mut self) -> Result<(), BuiltinError> {
        let _ = self.out.flush();
        Ok(())
    }

    fn exit(&mut self, code: i32, close: bool) -> BuiltinError {
        if close {
            // Lua's `lua_close`: pending `<close>` variables first, while their frames are
            // live (the finalizers run when the program ends).
            while let Some(v) = self.tbc_pop() {
                let _ = self.call_close(v, Value::NIL, false);
            }
        }
        self.exit_request = Some((code, close));
        BuiltinError::Raw("os.exit".into())
    }

    fn random_state(&mut self) -> &mut crate::runtime::builtins::RandomState {
        &mut self.random
    }

    fn interrupt_flag(&self) -> *const std::sync::atomic::AtomicU32 {
        &self.ctx.interrupt
    }

    fn string_metatable_escapes(&mut self) {
        self.ctx.strings = std::ptr::null_mut();
    }

    fn native_closure(&mut self, builtin: u32, up: Value) -> Result<Value, BuiltinError> {
        Ok(Value::from_native(self.heap.try_alloc_native(builtin, up)?))
    }

    fn native_upvalue(&self) -> Value {
        // SAFETY: read on entry of a builtin closure, whose callee slot keeps it alive.
        unsafe { (*self.native_fn).up }
    }

    fn native_function(&self) -> *const crate::runtime::heap::NativeFn {
        self.native_fn
    }

    fn files(&mut self) -> &mut crate::runtime::builtins::Files {
        &mut self.files
    }

    fn caller_position(&self) -> String {
        match self.frames.last() {
            Some(fr) if self.builtin_from_lua => self.position_of(fr),
            _ => String::new(),
        }
    }

    fn thread_create(&mut self, f: Value) -> Result<Value, BuiltinError> {
        self.create_thread(f)
    }

    fn thread_resume(&mut self, co: Value, args: &[Value], status: bool) -> Result<Result<(), Value>, BuiltinError> {
        match self.resume_thread(co, args)? {
            coroutine::Resumed::Error(e) => Ok(Err(e)),
            coroutine::Resumed::Values => self.push_transfer(status).map(Ok),
        }
    }

    fn thread_yield(&mut self, args: &[Value]) -> Result<(), BuiltinError> {
        self.yield_thread(args)?;
        self.push_transfer(false)
    }

    fn thread_status(&mut self, co: Value) -> &'static str {
        VmState::thread_status(self, co).name()
    }

    fn thread_running(&mut self) -> (Value, bool) {
        (Value::from_thread(self.current), self.current == self.main_thread)
    }

    fn thread_yieldable(&mut self, co: Option<Value>) -> bool {
        match co {
            None => self.yieldable(),
            Some(t) if t.as_thread_ptr() == self.current => self.yieldable(),
            // SAFETY: thread values point to live threads.
            Some(t) => unsafe { !(*t.as_thread_ptr()).is_main && (*t.as_thread_ptr()).state.nny == 0 },
        }
    }

    fn thread_close(&mut self, co: Value) -> Result<Option<Value>, BuiltinError> {
        self.close_thread(co)
    }

    fn thread_traceback(&mut self, co: Value, level: usize) -> Vec<String> {
        let t = co.as_thread_ptr();
        // SAFETY: thread values point to live threads; one with a segment (or the main
        // thread) has a state to look at.
        unsafe {
            if (*t).seg.is_none() && !(*t).is_main {
                return Vec::new();
            }
            self.swap_with_thread(t);
            let lines = self.traceback_lines(level);
            self.swap_with_thread(t);
            lines
        }
    }

    fn index(&mut self, obj: Value, key: Value) -> Result<Value, BuiltinError> {
        crate::runtime::meta::index(self, obj, key).map_err(|e| match e {
            crate::runtime::arith::OpError::Raised(e) => BuiltinError::Lua(*e),
            e => BuiltinError::Raw(e.message(None)),
        })
    }
}

impl VmState {
    /// Where Rust code calls a Lua value with `nargs` arguments: above every live frame
    /// (compiled ones with their inlined callees) and the running builtin's arguments and
    /// results, if one is running; checked against Lua's C-call limit (200 nested calls, three
    /// of which `lua` itself and the main chunk take) and the stack.
    #[inline]
    fn rust_call_slot(&mut self, nargs: usize) -> Result<*mut Value, BuiltinError> {
        if self.c_base + self.c_calls + C_CALLS_BEFORE_MAIN >= C_CALL_LIMIT {
            return Err(BuiltinError::Raw("C stack overflow".into()));
        }
        let slot = self.frame_extent_top().max(self.builtin_top);
        if !self.stack_fits(slot.wrapping_add(nargs + 2)) {
            return Err(BuiltinError::Located("stack overflow".into()));
        }
        Ok(slot)
    }

    /// Calls `f` with `args` from Rust; its first result. `c_entry`: the caller counts as a
    /// C function to Lua's levels (a builtin's callback), unlike a metamethod, which the
    /// operation's Lua code calls.
    fn call_value(&mut self, f: Value, args: &[Value], c_entry: bool) -> Result<Value, BuiltinError> {
        let slot = self.rust_call_slot(args.len())?;
        // SAFETY: `slot` comes from `rust_call_slot`.
        unsafe { self.call_at_slot(slot, f, args, c_entry) }.map_err(BuiltinError::Lua)?;
        // SAFETY: the first result is left in `slot`.
        Ok(unsafe { *slot })
    }

    /// Calls `f` with `args` placed at `slot`, counted as a C call (and, with `c_entry`, as a
    /// C function to Lua's levels); the results are left from `slot` on, their count in
    /// `ctx.nres`.
    ///
    /// # Safety
    /// `slot` comes from [`Self::rust_call_slot`] for `args.len()` arguments.
    #[inline]
    unsafe fn call_at_slot(
        &mut self,
        slot: *mut Value,
        f: Value,
        args: &[Value],
        c_entry: bool,
    ) -> Result<(), LuaError> {
        let hook = self.call_hook.expect("the interpreter registers its call");
        // SAFETY: `slot` is above every live frame and the running builtin's arguments, with
        // room for the callee and `args` (the caller's contract).
        unsafe {
            *slot = f;
            // (A call from Rust has a few arguments, which a `memmove` call would cost more
            // to copy.)
            match *args {
                [] => {}
                [a] => *slot.add(1) = a,
                [a, b] => {
                    *slot.add(1) = a;
                    *slot.add(2) = b;
                }
                _ => ptr::copy_nonoverlapping(args.as_ptr(), slot.add(1), args.len()),
            }
        }
        self.c_calls += 1;
        // A yield cannot cross a builtin that calls Lua without a continuation (anything but
        // `pcall`, `xpcall`, `dofile` and `pairs`), nor a metamethod a builtin triggers.
        let barrier = self.in_builtin && !self.running_builtin.is_some_and(|b| self.continuable[b as usize]);
        self.nny += barrier as u32;
        let in_builtin = std::mem::replace(&mut self.in_builtin, false);
        let outer = self.builtin_top;
        if c_entry {
            self.c_entries.push(self.frames.len());
            self.c_callers.push((self.running_builtin, self.builtin_from_lua));
        }
        // SAFETY: as above.
        let r = unsafe { hook(self, slot, args.len() as u32) };
        if c_entry {
            self.c_entries.pop();
            self.c_callers.pop();
        }
        self.in_builtin = in_builtin;
        self.nny -= barrier as u32;
        self.c_calls -= 1;
        self.builtin_top = outer;
        r
    }

    /// `chunk:line: ` where frame `fr` stands.
    fn position_of(&self, fr: &Frame) -> String {
        let line = self.program.functions[fr.func as usize].line_at(fr.ip);
        format!("{}:{line}: ", self.program.chunk_name_of(fr.func))
    }

    /// Pushes the values a thread switch brought (`transfer`, emptied) as the running
    /// builtin's results, after `true` when `status`.
    fn push_transfer(&mut self, status: bool) -> Result<(), BuiltinError> {
        let vals = std::mem::take(&mut self.transfer);
        let pushed = self.push_results(status, &vals);
        self.transfer = vals;
        self.transfer.clear();
        pushed
    }

    /// Pushes `vals` as the running builtin's results (after `true` when `status`).
    fn push_results(&mut self, status: bool, vals: &[Value]) -> Result<(), BuiltinError> {
        if !self.room_for_results(vals.len() + 1) {
            return Err(BuiltinError::Located("too many results to resume".into()));
        }
        if status {
            self.push_result(Value::TRUE)?;
        }
        for &v in vals {
            self.push_result(v)?;
        }
        Ok(())
    }

    /// The value a caught error gives `pcall`: the raised value, or its message as a string.
    pub fn error_value(&mut self, e: LuaError) -> Result<Value, BuiltinError> {
        if let Some(v) = e.value {
            return Ok(v);
        }
        if e.memory && e.message == crate::runtime::arith::NOT_ENOUGH_MEMORY {
            return Ok(self.mem_error);
        }
        let p = self.heap.try_alloc_str_with(e.message.len(), |d| d.copy_from_slice(e.message.as_bytes()))?;
        Ok(Value::from_str_ptr(p))
    }
}

/// What [`VmState::env_get`] found.
#[derive(Clone, Copy, Debug)]
pub enum EnvGet {
    Value(Value),
    /// Lua's generic lookup (`__index`, or an error) must decide.
    Meta,
}

/// What [`VmState::env_set`] did.
#[derive(Clone, Copy, Debug)]
pub enum EnvSet {
    /// Replaced a value.
    Stored,
    /// Added the key (or replaced nil): where Lua saves its pc.
    Added,
    /// Out of memory.
    Failed(TableError),
    /// Nothing: Lua's generic store (`__newindex`, or an error) must decide.
    Meta,
}

/// Lua's `LUAI_MAXCCALLS`: nested C calls (here, builtins calling back into Lua).
const C_CALL_LIMIT: u32 = 200;
/// The C calls `lua5.4` has made when the main chunk runs (its `pcall` of the chunk and the
/// call itself), counted against the limit.
pub(super) const C_CALLS_BEFORE_MAIN: u32 = 3;

/// The signature of [`VmState::call_hook`]: call the value in `slot` with the `nargs` values
/// after it, leaving the first result in `slot`.
pub type CallHook = unsafe fn(&mut VmState, *mut Value, u32) -> Result<(), LuaError>;

impl VmState {
    /// Sets up a VM for `program` (which must have passed the verifier, giving `facts`),
    /// with a value-stack budget of `stack_slots` (running past it, or past `depth_limit`
    /// frames, is `stack overflow`). `interp_entry` is the interpreter's uniform entry, the
    /// function table's entry for interpreted functions (`interp::new_state` passes it).
    /// Boxed, because native code holds pointers to its context.
    pub fn new(
        program: Arc<Program>,
        facts: Arc<ProgramFacts>,
        depth_limit: usize,
        stack_slots: usize,
        out: Box<dyn Write + Send>,
        interp_entry: EntryFn,
    ) -> std::io::Result<Box<VmState>> {
        let max_frame = program.functions.iter().map(|f| f.frame_size() as usize + 1).max().unwrap_or(1);
        let needed = depth_limit.saturating_mul(max_frame).saturating_add(1024);
        let stack = ValueStack::values(needed.min(stack_slots.max(max_frame + 1024)))?;
        let frames = FrameStack::frames(depth_limit.saturating_add(2))?;
        let depth_limit = depth_limit.min(frames.len() - 2) as u32;
        let mut heap = Heap::new();
        let libs = open_libs(&mut heap).map_err(|_| std::io::Error::from(std::io::ErrorKind::OutOfMemory))?;
        let frames_base = frames.base();
        // The soft limit (see `state::gc`) starts small and grows as frames need it.
        let stack_limit = stack.base().wrapping_add(max_frame + 4096).min(stack.limit());
        let mut vm = Box::new(VmState {
            code: ptr::null(),
            code_mem: StableVec::with_max(program.code.len() + MAX_CODE_BYTES, program.code.len() + (1 << 16))?,
            program: Arc::new(Program::default()),
            facts: Arc::new(ProgramFacts::default()),
            stack: StackView::new(stack.base(), stack.limit()),
            frames: CallStack { base: frames_base, cap: frames.len(), depth: ptr::null_mut() },
            out_dirty: false,
            access_hints: [0; 2],
            host_cache: Vec::new(),
            main_stack: stack,
            _main_frames: frames,
            ctx: JitContext {
                vm: ptr::null_mut(),
                frames: frames_base,
                depth: 0,
                depth_limit: std::sync::atomic::AtomicU32::new(depth_limit),
                stack_limit,
                nargs: 0,
                nres: 0,
                name_cache: ptr::null_mut(),
                constants: ptr::null(),
                functions: ptr::null(),
                deopt_id: 0,
                tier_threshold: u32::MAX,
                spill: ptr::null_mut(),
                machine_floor: 0,
                stress_counter: 0,
                env: Value::from_table(libs.globals),
                strings: libs.string,
                tbc_top: std::ptr::null_mut(),
                interrupt: std::sync::atomic::AtomicU32::new(0),
            },
            libs,
            name_cache: RetainVec::default(),
            constants: RetainVec::default(),
            heap,
            feedback: Vec::new(),
            functions: RetainVec::default(),
            out,
            pending_error: None,
            tiering: None,
            call_hook: None,
            builtin_top: ptr::null_mut(),
            c_calls: 0,
            c_base: 0,
            interp_entry,
            pending_jit_failure: None,
            spill: vec![0; SPILL_WORDS],
            osr_threshold: INTERP_POLL_BACKEDGES,
            gc_extent: Vec::new(),
            gc_pins: Vec::new(),
            tbc: Vec::new(),
            files: Default::default(),
            exit_request: None,
            random: {
                let mut s = [0; 4];
                let (a, b) = crate::runtime::builtins::fresh_random_seed();
                crate::runtime::builtins::seed_random(&mut s, a, b);
                s
            },
            c_entries: Vec::new(),
            c_callers: Vec::new(),
            running_builtin: None,
            native_fn: ptr::null(),
            host_refs: embed::HostRefs::default(),
            mem_error: Value::NIL,
            depth_cap: depth_limit,
            handler_traces: Vec::new(),
            tail_frames: Vec::new(),
            protected: Vec::new(),
            in_finalizer: false,
            warnings_on: false,
            builtin_from_lua: false,
            in_builtin: false,
            continuable: crate::runtime::builtins::BUILTINS
                .iter()
                .map(|b| {
                    b.lib == crate::runtime::builtins::Lib::Base
                        && matches!(b.name, "pcall" | "xpcall" | "dofile" | "pairs")
                })
                .collect(),
            nny: 1,
            high_water: ptr::null_mut(),
            main_thread: ptr::null_mut(),
            current: ptr::null_mut(),
            transfer: Vec::new(),
            co_outcome: None,
        });
        // Wire the context to the boxed VM (these addresses never change again).
        let vm_ptr: *mut VmState = &mut *vm;
        vm.ctx.vm = vm_ptr;
        vm.frames.depth = &mut vm.ctx.depth;
        vm.code = vm.code_mem.as_ptr();
        vm.add_program(program, facts).map_err(|_| std::io::Error::from(std::io::ErrorKind::OutOfMemory))?;
        vm.ctx.spill = vm.spill.as_mut_ptr();
        vm.mem_error = vm.heap.str_value(crate::runtime::arith::NOT_ENOUGH_MEMORY.as_bytes());
        vm.init_threads(depth_limit as usize).map_err(|_| std::io::Error::from(std::io::ErrorKind::OutOfMemory))?;
        Ok(vm)
    }

    /// Makes `program` (verified, giving `facts`) the VM's program and sizes every
    /// per-function and per-constant table for it.
    fn add_program(&mut self, program: Arc<Program>, facts: Arc<ProgramFacts>) -> Result<(), OutOfMemory> {
        self.program = program;
        self.facts = facts;
        self.grow_tables(0, 0, 0)
    }

    /// Appends `chunk` (compiled separately and verified, giving `facts`) to the running
    /// program, as `load` does: its functions, constants and code join the VM's tables, and
    /// the tier driver learns of them. Returns its main function. Fails (`not enough
    /// memory`) when the tables are full.
    pub fn append_chunk(&mut self, chunk: Program, source: String, facts: ProgramFacts) -> Result<u32, OutOfMemory> {
        let f0 = self.program.functions.len();
        let k0 = self.program.constants.len();
        let c0 = self.program.code.len();
        if !self.code_mem.has_room(chunk.code.len()) {
            return Err(OutOfMemory);
        }
        let main = Arc::make_mut(&mut self.program).append(chunk, source).map_err(|_| OutOfMemory)?;
        Arc::make_mut(&mut self.facts).append(facts, c0 as u32);
        self.grow_tables(f0, k0, c0)?;
        if let Some(mut t) = self.tiering.take() {
            t.functions_added(self);
            self.tiering = Some(t);
        }
        Ok(main)
    }

    /// Extends the VM's tables for the program's functions from `f0`, constants from `k0`
    /// and code from `c0` on (none of the tables moves).
    fn grow_tables(&mut self, f0: usize, k0: usize, c0: usize) -> Result<(), OutOfMemory> {
        if !self.code_mem.extend_from_slice(&self.program.code[c0..]) {
            return Err(OutOfMemory);
        }
        let program = Arc::clone(&self.program);
        for c in &program.constants[k0..] {
            let v = match c {
                Constant::Int(i) => Value::int(*i),
                Constant::Float(f) => Value::float(*f),
                Constant::Str(s) => self.heap.str_value(s),
            };
            // SAFETY: string constants point to live strings of the heap.
            let hash = if v.is_str() { unsafe { (*v.as_str_ptr()).hash() } } else { 0 };
            self.constants.push(v);
            self.name_cache.push(hash);
            self.name_cache.push(hash);
            self.host_cache.push(HostFieldCache::EMPTY);
            self.host_cache.push(HostFieldCache::EMPTY);
        }
        for f in &program.functions[f0..] {
            self.feedback.push(Box::new(FunctionFeedback::new(f.type_fb_count, f.call_fb_count)));
            let fb: &mut FunctionFeedback = self.feedback.last_mut().expect("just pushed");
            let entry = FnEntry {
                entry: self.interp_entry,
                native: 0,
                arity: f.arity,
                locals_count: f.locals_count,
                frame_size: f.frame_size(),
                type_fb: fb.types.as_mut_ptr(),
                call_fb: fb.calls.as_mut_ptr(),
                feedback: fb,
            };
            self.functions.push(entry);
            self.gc_extent.push(f.frame_size());
        }
        // The arrays may have moved (native code holding the old addresses still reads what
        // it knew from them: see `RetainVec`).
        self.ctx.name_cache = self.name_cache.as_mut_ptr();
        self.ctx.constants = self.constants.as_ptr();
        self.ctx.functions = self.functions.as_ptr();
        Ok(())
    }

    /// Installs compiled code for `func` in the mixed function table: from now on every call
    /// of `func`, from any tier, runs it.
    pub fn install(&mut self, func: u32, entry: EntryFn) {
        let e = &mut self.functions[func as usize];
        e.entry = entry;
        e.native = 1;
    }

    /// Sends `func`'s calls back to the interpreter.
    pub fn uninstall(&mut self, func: u32) {
        let e = &mut self.functions[func as usize];
        e.entry = self.interp_entry;
        e.native = 0;
    }

    /// Guards the machine stack from here on: Lua calls fail with `stack overflow` once fewer
    /// than `margin` bytes of the running thread's `size`-byte stack remain. Call it near the
    /// top of the thread that runs the VM.
    pub fn guard_machine_stack(&mut self, size: usize, margin: usize) {
        self.ctx.machine_floor = machine_sp().saturating_sub(size.saturating_sub(margin));
    }

    /// Whether a call may nest another Rust activation (see `JitContext::machine_floor`).
    #[inline(always)]
    pub fn machine_stack_left(&self) -> bool {
        machine_sp() > self.ctx.machine_floor
    }

    /// `_ENV.name` for the string constant `k` (a global read), through the name's inline
    /// cache. [`EnvGet::Meta`] when the environment is not a table, or the name is absent
    /// from one with a metatable: Lua's generic lookup decides then.
    #[inline(always)]
    pub fn env_get(&mut self, k: u32) -> EnvGet {
        let env = self.ctx.env;
        if !env.is_table() {
            return EnvGet::Meta;
        }
        // SAFETY: table values point to live tables; `k` is a verified string constant and
        // `name_cache` has one entry per constant.
        unsafe {
            let t = &*env.as_table_ptr();
            let key = *self.constants.get_unchecked(k as usize);
            let cache = self.name_cache.get_unchecked_mut(global_hint(k) as usize);
            if let Some(v) = t.cached_str_val(key.as_str_ptr(), *cache) {
                return EnvGet::Value(*v);
            }
            let v = Self::env_miss(t, key, cache);
            if v.is_nil() && !t.metatable.is_null() {
                return EnvGet::Meta;
            }
            EnvGet::Value(v)
        }
    }

    /// A read of string key `key` that its inline cache missed (a global, the `__index` of a
    /// host type's metatable): the lookup, and the cache pointed at its node.
    #[cold]
    fn env_miss(t: &Table, key: Value, cache: &mut u32) -> Value {
        if let Some(i) = t.str_node_index(key.as_str_ptr()) {
            *cache = i;
        }
        t.get(key)
    }

    /// The table a field of `obj` is looked up in without metamethods: a table's own, the
    /// string library's for a string (its metatable's `__index` in Lua); `None` otherwise.
    #[inline(always)]
    pub fn fields_of(&self, obj: Value) -> Option<*mut Table> {
        if obj.is_table() {
            Some(obj.as_table_ptr())
        } else if obj.is_str() {
            Some(self.libs.string)
        } else {
            None
        }
    }

    /// Points the field cache of string constant `k` at the node where `obj` (a table, or
    /// a string: the string library's table) holds that key, if it does (the generic path
    /// of `t.name`, `t.name = v` and `o:name()`, so native code finds it next time).
    pub fn note_field(&mut self, obj: Value, k: u32) {
        let Some(t) = self.fields_of(obj) else { return };
        let key = self.constants[k as usize];
        // SAFETY: a live table; `key` is a string constant.
        if key.is_str()
            && let Some(i) = unsafe { (*t).str_node_index(key.as_str_ptr()) }
        {
            self.name_cache[field_hint(k) as usize] = i;
        }
    }

    /// `ud.name` (string constant `k`) for a userdata of a host type that declares the name
    /// (the embedding API's fields table: a method, a constant or a getter), into `out`:
    /// the value, or the getter's result from a direct call of its Rust code (no frame).
    /// `Ok(false)` without writing when Lua's generic lookup must decide: another receiver,
    /// an undeclared name, a metatable whose `__index` is not a host type's.
    ///
    /// Two inline caches make it a few loads: the metatable's `__index` is looked for at the
    /// node `access_hints[0]` names, and the name's [`HostFieldCache`] holds what the fields
    /// table behind that `__index` gives (a fields table never changes once the type is
    /// built).
    ///
    /// # Safety
    /// `k` is a string constant; `out` is a writable value slot. The caller keeps `obj`
    /// where the collector sees it (a getter may allocate): `out` is written only when the
    /// getter has returned.
    #[inline]
    pub unsafe fn host_field(
        &mut self,
        obj: Value,
        k: u32,
        out: *mut Value,
    ) -> Result<bool, crate::runtime::arith::OpError> {
        // SAFETY: the caller's contract.
        let Some(c) = (unsafe { self.host_cache_for(obj, k, false) }) else { return Ok(false) };
        match c.code {
            // SAFETY: as above.
            Some(code) => unsafe { code.call_into(self, &[obj], out) }.map_err(crate::runtime::meta::getter_error)?,
            // SAFETY: as above.
            None => unsafe { *out = c.value },
        }
        Ok(true)
    }

    /// `ud.name = v` (string constant `k`) for a userdata of a host type that declares a
    /// setter of that name: the setter's Rust code called directly, with the errors it
    /// would raise as `__newindex`. `Ok(false)` when Lua's generic store must decide. The
    /// caches are [`VmState::host_field`]'s, for `__newindex`.
    ///
    /// # Safety
    /// `k` is a string constant; the caller keeps `obj` and `v` where the collector sees
    /// them.
    #[inline]
    pub unsafe fn host_set_field(
        &mut self,
        obj: Value,
        k: u32,
        v: Value,
    ) -> Result<bool, crate::runtime::arith::OpError> {
        // SAFETY: the caller's contract.
        let Some(c) = (unsafe { self.host_cache_for(obj, k, true) }) else { return Ok(false) };
        let Some(code) = c.code else { return Ok(false) };
        match code.call(self, &[obj, v]) {
            Ok(_) => Ok(true),
            Err(e) => {
                // SAFETY: a setter is a live builtin closure (its type's setters table holds it).
                let builtin = unsafe { (*c.value.as_native_ptr()).builtin };
                Err(crate::runtime::arith::OpError::Raised(Box::new(self.builtin_error(e, None, builtin))))
            }
        }
    }

    /// The filled cache entry of host type field `k` of `obj` (`set`: its setter), if `obj`
    /// is a userdata whose metatable's `__index` (`__newindex`) is a host type's builtin and
    /// its table declares the name.
    ///
    /// # Safety
    /// `k` is a string constant.
    #[inline(always)]
    unsafe fn host_cache_for(&mut self, obj: Value, k: u32, set: bool) -> Option<HostFieldCache> {
        if obj.tag != crate::runtime::value::tag::USERDATA {
            return None;
        }
        // SAFETY: a userdata value points to a live userdata, its metatable to a live table;
        // a filled cache entry's objects are live (every collection empties the caches).
        unsafe {
            let mt = (*obj.as_userdata_ptr()).metatable;
            if mt.is_null() {
                return None;
            }
            let event = if set { crate::runtime::heap::Event::NewIndex } else { crate::runtime::heap::Event::Index };
            let name = self.heap.event_name(event);
            let tm = cached_or_find(&*mt, name, self.access_hints.get_unchecked_mut(set as usize))?;
            let entry = 2 * k as usize + set as usize;
            let c = *self.host_cache.get_unchecked(entry);
            if c.access_fn == tm.payload && tm.tag == crate::runtime::value::tag::NATIVE {
                return Some(c);
            }
            self.fill_host_cache(tm, k, entry)
        }
    }

    /// Fills [`HostFieldCache`] `entry` of constant `k` (odd: its setter's) from the table of
    /// host type builtin `tm` (`__index`, `__newindex`), if it is one and declares the name.
    #[cold]
    #[inline(never)]
    fn fill_host_cache(&mut self, tm: Value, k: u32, entry: usize) -> Option<HostFieldCache> {
        let set = entry % 2 == 1;
        let fields = crate::runtime::meta::host_access_fields(tm, set)?;
        let key = self.constants[k as usize];
        let value = fields.get(key);
        if value.is_nil() {
            return None;
        }
        let code = if set { crate::runtime::meta::host_code(value) } else { crate::runtime::meta::getter_code(value) };
        // SAFETY: the code lives as long as its table, which lives at least until the next
        // collection (its builtin is in a live metatable), and every collection empties the
        // cache.
        let code = code.map(|code| unsafe { std::mem::transmute::<&dyn HostFn, &'static dyn HostFn>(code) });
        let c = HostFieldCache { access_fn: tm.payload, value, code };
        self.host_cache[entry] = c;
        Some(c)
    }

    /// `_ENV.name = v` for the string constant `k` (a global store), through the name's
    /// inline cache when the key holds a value; a new key is added raw unless the
    /// environment has a metatable ([`EnvSet::Meta`], as when it is not a table).
    #[inline(always)]
    pub fn env_set(&mut self, k: u32, v: Value) -> EnvSet {
        let env = self.ctx.env;
        if !env.is_table() {
            return EnvSet::Meta;
        }
        // SAFETY: as in `env_get`; a cached node's value slot is inside the live table.
        unsafe {
            let t = &mut *env.as_table_ptr();
            let key = *self.constants.get_unchecked(k as usize);
            let cache = self.name_cache.get_unchecked_mut(global_hint(k) as usize);
            if let Some(slot) = t.cached_str_val(key.as_str_ptr(), *cache)
                && !(*slot).is_nil()
            {
                *slot = v;
                return EnvSet::Stored;
            }
            let was_nil = t.get(key).is_nil();
            if was_nil && !t.metatable.is_null() {
                return EnvSet::Meta;
            }
            let r = t.set(&mut self.heap, key, v);
            if let Some(i) = t.str_node_index(key.as_str_ptr()) {
                *cache = i;
            }
            match r {
                Ok(()) if was_nil => EnvSet::Added,
                Ok(()) => EnvSet::Stored,
                Err(e) => EnvSet::Failed(e),
            }
        }
    }

    /// The first stack slot above every live frame.
    pub fn free_slot(&self) -> *mut Value {
        match self.frames.last() {
            None => self.stack.base(),
            Some(fr) => {
                let f = &self.program.functions[fr.func as usize];
                // SAFETY: within the frame's reserved size.
                unsafe { fr.base.add(f.frame_size() as usize) }
            }
        }
    }

    /// The OSR entry for the loop at `header` of `func` (compiled on first request), if the
    /// driver has one. A fatal JIT failure comes back as an error message.
    #[cold]
    #[inline(never)]
    pub fn osr_lookup(&mut self, func: u32, header: u32) -> Result<Option<EntryFn>, JitFailure> {
        self.with_tiering(|t, vm| t.osr_entry(vm, func, header)).map(Option::flatten)
    }

    /// An interpreted loop of `func` made `osr_threshold` backward jumps (the last one at
    /// `ip`, to `header`): polls the host's interrupt request (`interrupted!`), then looks
    /// for compiled code to enter the loop in.
    #[cold]
    #[inline(never)]
    pub fn backedge_poll(&mut self, func: u32, header: u32, ip: u32) -> Result<Option<EntryFn>, LuaError> {
        if self.interrupt_requested() {
            self.frames.last_mut().expect("a frame").ip = ip;
            return Err(self.interrupt_error());
        }
        self.osr_lookup(func, header).map_err(|msg| self.raise(msg.0))
    }

    /// Rebuilds the interpreter frames of native code at `root` that signalled a deopt
    /// (see [`Tiering::deopt`]).
    ///
    /// # Safety
    /// `root` is the frame of the native function that signalled the deopt.
    #[cold]
    #[inline(never)]
    pub unsafe fn deopt(&mut self, root: *mut Value, osr: bool) -> Result<(u32, *mut Value), LuaError> {
        // SAFETY: guaranteed by the caller.
        self.lend_tiering(|t, vm| unsafe { t.deopt(vm, root, osr) }).unwrap_or_else(|| {
            let func = self.frames.last().expect("the deopting function's frame").func;
            Err(LuaError::new(format!("internal error: no deopt point {} for function {func}", self.ctx.deopt_id)))
        })
    }

    /// Runs `f` with the tier driver taken out of the VM (so both can be borrowed) and puts
    /// it back; `None` when there is no driver.
    fn lend_tiering<R>(&mut self, f: impl FnOnce(&mut dyn Tiering, &mut VmState) -> R) -> Option<R> {
        let mut tiering = self.tiering.take()?;
        let r = f(&mut *tiering, self);
        self.tiering = Some(tiering);
        Some(r)
    }

    /// Runs `f` with the tier driver (none: `Ok(None)`); a fatal JIT failure it reports
    /// comes back as the error message.
    pub fn with_tiering<R>(
        &mut self,
        f: impl FnOnce(&mut dyn Tiering, &mut VmState) -> R,
    ) -> Result<Option<R>, JitFailure> {
        let Some(r) = self.lend_tiering(f) else { return Ok(None) };
        match self.pending_jit_failure.take() {
            Some(msg) => Err(msg),
            None => Ok(Some(r)),
        }
    }
}

/// An address near the machine stack pointer.
#[inline(always)]
fn machine_sp() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// An inline cache of a host type's field reads (or writes) at one name
/// ([`VmState::host_field`], [`VmState::host_set_field`]): the type's `__index` (`__newindex`)
/// builtin it was filled for (its payload; 0 for none), what that builtin's table holds at
/// the name, and the Rust code to call: a getter's (`None` for a method or a constant: the
/// value is the field), a setter's.
#[derive(Clone, Copy)]
pub struct HostFieldCache {
    access_fn: u64,
    value: Value,
    code: Option<&'static dyn HostFn>,
}

impl HostFieldCache {
    pub(crate) const EMPTY: HostFieldCache = HostFieldCache { access_fn: 0, value: Value::NIL, code: None };
}

/// The non-nil value of interned string key `s` in `t`, looked for first at the node `hint`
/// names, which a find elsewhere updates.
#[inline(always)]
fn cached_or_find(t: &Table, s: *const crate::runtime::heap::StrObj, hint: &mut u32) -> Option<Value> {
    // SAFETY: a cached node's value slot is inside the live table.
    let v = match t.cached_str_val(s, *hint) {
        Some(slot) => unsafe { *slot },
        None => VmState::env_miss(t, Value::from_str_ptr(s), hint),
    };
    (!v.is_nil()).then_some(v)
}

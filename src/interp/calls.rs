//! Calls between tiers: running the main chunk, calling any value from Rust, builtins,
//! entering native code and handling its signals (deopt resumption, OSR entry), pushing
//! frames (with the call counter that tiers a function up), and `interp_entry`, the
//! trampoline native code calls interpreted functions through.

use super::*;
use std::sync::atomic::Ordering;

/// How many `__call` links a call follows before it reports `stack overflow`.
const CALL_TM_LIMIT: usize = 2000;

impl VmState {
    /// Runs the main chunk to completion.
    pub fn run_main(&mut self) -> Result<(), LuaError> {
        // The main function's environment, if it takes it as an upvalue: the global table.
        let env = Value::from_table(self.libs.globals);
        let cells = match self.program.functions[self.program.main as usize].upvals.len() {
            0 => Vec::new(),
            _ => vec![self.heap.try_alloc_cell(env).map_err(|_| LuaError::out_of_memory())?],
        };
        let main = self.heap.try_alloc_closure(self.program.main, &cells).map_err(|_| LuaError::out_of_memory())?;
        let r = self.run_function(Value::from_closure(main), &[]).map(|_| ());
        self.finish();
        r
    }

    /// Calls `f` with `args` from the bottom of the stack (no frame is live), as the top level
    /// of a program: an error is reported as `lua` reports it (message, traceback, and the
    /// `<close>` variables it left closed). Returns how many results `f` left from the
    /// stack's base.
    pub fn run_function(&mut self, f: Value, args: &[Value]) -> Result<usize, LuaError> {
        let slot = self.stack.base();
        if !self.stack_fits(slot.wrapping_add(args.len() + 2)) {
            return Err(LuaError::new("stack overflow".into()));
        }
        // SAFETY: slot 0 of the stack, with room for the arguments (checked), no frame live.
        unsafe {
            *slot = f;
            ptr::copy_nonoverlapping(args.as_ptr(), slot.add(1), args.len());
        }
        self.c_entries.push(0);
        self.c_callers.push((None, false));
        // SAFETY: as above.
        let r = unsafe { self.call_at(slot, args.len() as u32) }.map_err(|e| match self.exit_request {
            // `os.exit` (which closed what `close` asks for).
            Some(_) => {
                self.tbc_clear();
                e
            }
            None => {
                let e = self.report_error(e);
                self.close_after_uncaught(e)
            }
        });
        self.c_entries.pop();
        self.c_callers.pop();
        r.map(|()| self.ctx.nres as usize)
    }

    /// The program is over: finalizers run (unless `os.exit` said not to close the VM), and
    /// files and output are flushed.
    pub fn finish(&mut self) {
        if self.exit_request.is_none_or(|(_, close)| close) {
            self.close_finalizers();
        }
        // Files left open are flushed (standard output's into the program's output).
        let mut files = std::mem::take(&mut self.files);
        files.flush_all(&mut |b| {
            self.out_dirty = true;
            let _ = self.out.write_all(b);
        });
        self.files = files;
        let _ = self.out.flush();
    }

    /// An error that ends the program, as `lua` reports it: an error object with a
    /// `__tostring` that gives a string is reported as that string alone (no traceback).
    fn report_error(&mut self, mut e: LuaError) -> LuaError {
        if let Some(v) = e.value
            && !v.is_str()
            && !v.is_number()
        {
            let tm = crate::runtime::meta::metamethod(self, v, crate::runtime::heap::Event::ToString);
            if !tm.is_nil()
                && let Ok(m) = crate::runtime::builtins::Host::call(self, tm, &[v])
                && m.is_str()
            {
                e.message = String::from_utf8_lossy(m.str_bytes()).into_owned();
                e.traceback.clear();
                return e;
            }
        }
        if !e.memory {
            let trace = std::mem::take(&mut e.trace);
            e.traceback = self.format_trace(&trace);
        }
        e
    }

    /// The `<close>` values the failed program left are closed, each with the error as
    /// `lua` reports it (message and traceback, its message handler's result); an error in
    /// one of them becomes the error reported.
    fn close_after_uncaught(&mut self, mut e: LuaError) -> LuaError {
        while let Some(v) = self.tbc_pop() {
            let err = self.heap.str_value(e.full_text().as_bytes());
            if let Err(again) = self.call_close(v, err, false) {
                e = self.report_error(again);
            }
        }
        e
    }

    /// Lua's `__call`: while the value in `slot` is not a function, its `__call` metamethod
    /// takes its place and the value becomes the first argument (the others move up one
    /// slot). Returns the new argument count, or `None` when a value has no `__call` (the
    /// caller raises `attempt to call`, naming the value its way).
    ///
    /// # Safety
    /// `slot` and the `nargs` slots after it lie in the value stack, above every live frame's
    /// locals, with nothing live above them.
    pub unsafe fn resolve_call(&mut self, slot: *mut Value, mut nargs: u32) -> Result<Option<u32>, LuaError> {
        // A `__call` chain that never reaches a function runs out of stack in Lua too.
        for _ in 0..CALL_TM_LIMIT {
            // SAFETY: the caller's contract.
            let callee = unsafe { *slot };
            if callee.is_function() {
                return Ok(Some(nargs));
            }
            let tm = crate::runtime::meta::metamethod(self, callee, crate::runtime::heap::Event::Call);
            if tm.is_nil() {
                return Ok(None);
            }
            if !self.stack_fits(slot.wrapping_add(nargs as usize + 2)) {
                break;
            }
            // SAFETY: checked to fit just above.
            unsafe {
                ptr::copy(slot, slot.add(1), nargs as usize + 1);
                *slot = tm;
            }
            nargs += 1;
        }
        Err(self.raise(self.with_position("stack overflow".into())))
    }

    /// Calls the value in `slot` with the `nargs` values after it; the result (nil if none)
    /// is left in `slot` and its count in `ctx.nres`. Interpreted callees run in a fresh
    /// activation of the interpreter loop, compiled ones through their entry; a tail call a
    /// compiled callee hands back (`Signal::TailCall`) is performed here, in its place.
    ///
    /// # Safety
    /// `slot` and the `nargs` slots after it must lie in this VM's value stack, above every
    /// live frame.
    pub unsafe fn call_at(&mut self, slot: *mut Value, nargs: u32) -> Result<(), LuaError> {
        // SAFETY: the caller's contract.
        unsafe { self.call_at_tail(slot, nargs, false) }
    }

    /// [`Self::call_at`]; `tail`: the call is a tail call native code handed back (for
    /// tracebacks).
    ///
    /// # Safety
    /// As [`Self::call_at`].
    pub unsafe fn call_at_tail(&mut self, slot: *mut Value, mut nargs: u32, mut tail: bool) -> Result<(), LuaError> {
        loop {
            // SAFETY: the caller owns `slot` and the argument slots after it.
            let callee = unsafe { *slot };
            match callee.tag {
                tag::CLOSURE => {
                    // SAFETY: closure values point to live closures.
                    let proto = unsafe { (*callee.as_closure_ptr()).proto };
                    let fe = self.functions[proto as usize];
                    if fe.native == 0 {
                        let frame = unsafe { slot.add(1) };
                        if !self.machine_stack_left() {
                            return Err(self.raise(self.with_position("stack overflow".into())));
                        }
                        let flags = if tail { FRAME_ENTRY | FRAME_TAIL } else { FRAME_ENTRY };
                        if let Err(m) = self.push_frame(proto, frame, nargs, flags) {
                            return Err(self.raise(self.with_position(m.to_string())));
                        }
                        return self.execute();
                    }
                    // SAFETY: the frame lies in the value stack (the callee checks its size).
                    if tail {
                        self.tail_frames.push(self.frames.len());
                    }
                    let sig = unsafe { self.enter_native(fe.entry, slot.add(1), nargs) };
                    if tail {
                        self.tail_frames.pop();
                    }
                    match sig? {
                        Signal::TailCall => {
                            nargs = self.ctx.nargs;
                            tail = true;
                        }
                        _ => return Ok(()),
                    }
                }
                // SAFETY: the arguments follow the callee.
                tag::BUILTIN | tag::NATIVE => return unsafe { self.call_builtin(slot, nargs, None) },
                // SAFETY: nothing is live above the arguments.
                _ => match unsafe { self.resolve_call(slot, nargs) }? {
                    Some(n) => nargs = n,
                    None => {
                        // (Called from Rust: Lua gives no position.)
                        let type_name = crate::runtime::meta::type_name_of(self, callee);
                        return Err(self.raise(format!("attempt to call a {type_name} value")));
                    }
                },
            }
        }
    }

    /// The builtin a builtin closure runs, its value made the one `Host::native_upvalue`
    /// gives.
    #[inline(never)]
    fn enter_native_fn(&mut self, callee: Value) -> u32 {
        // SAFETY: `NATIVE` values point to live builtin closures.
        let nf = callee.as_native_ptr();
        self.native_fn = nf;
        // SAFETY: as above.
        unsafe { (*nf).builtin }
    }

    /// Runs builtin `idx` on `args`, noting for its callbacks which builtin runs and whether
    /// Lua code called it. Out of line: `call_builtin` is inlined into the interpreter loop,
    /// whose code this bookkeeping would otherwise slow.
    #[inline(never)]
    fn run_builtin(&mut self, idx: u32, args: &[Value], from_lua: bool) -> Result<Option<Value>, BuiltinError> {
        // The host's interrupt request is polled at every call (`interrupted!` where the
        // builtin was called).
        if self.interrupt_requested() {
            return Err(BuiltinError::Located(crate::runtime::arith::INTERRUPTED.into()));
        }
        let was_from_lua = std::mem::replace(&mut self.builtin_from_lua, from_lua);
        let running = self.running_builtin.replace(idx);
        let in_builtin = std::mem::replace(&mut self.in_builtin, true);
        let r = (BUILTINS[idx as usize].func)(self, args);
        self.in_builtin = in_builtin;
        self.builtin_from_lua = was_from_lua;
        self.running_builtin = running;
        r
    }

    /// Calls the builtin (or builtin closure) in `slot` with the `nargs` values after it, leaving the result in
    /// `slot` and its count in `ctx.nres`. `callee_pos` is the callee's operand-stack position
    /// in the running frame, which names the function in `bad argument` messages.
    ///
    /// # Safety
    /// `slot` holds a builtin followed by `nargs` values.
    #[inline(always)]
    pub unsafe fn call_builtin(
        &mut self,
        slot: *mut Value,
        nargs: u32,
        callee_pos: Option<u32>,
    ) -> Result<(), LuaError> {
        // SAFETY: guaranteed by the caller.
        let (callee, args) = unsafe { (*slot, std::slice::from_raw_parts(slot.add(1), nargs as usize)) };
        let idx = if callee.tag == tag::BUILTIN { callee.payload as u32 } else { self.enter_native_fn(callee) };
        let outer = self.builtin_top;
        // SAFETY: the arguments end there.
        let args_end = unsafe { slot.add(1 + nargs as usize) };
        // A safepoint: builtins allocate (strings, tables) but never collect themselves.
        self.gc_point(args_end, &[]);
        if self.heap.finalizers_pending() {
            // SAFETY: the builtin's arguments end there, above every live value.
            unsafe { self.run_finalizers(args_end) };
        }
        self.builtin_top = args_end;
        let r = self.run_builtin(idx, args, callee_pos.is_some());
        // SAFETY: results pushed from `args_end` on.
        let pushed = unsafe { self.builtin_top.offset_from(args_end) } as usize;
        self.builtin_top = outer;
        match r {
            Ok(v) if pushed == 0 => {
                self.ctx.nres = v.is_some() as u32;
                unsafe { *slot = v.unwrap_or(Value::NIL) };
                Ok(())
            }
            Ok(v) => {
                // Several results: the pushed ones, then the returned one, where the callee was.
                // SAFETY: they fit below the stack's limit (checked as they were pushed).
                unsafe {
                    ptr::copy(args_end, slot, pushed);
                    let mut n = pushed;
                    if let Some(v) = v {
                        *slot.add(n) = v;
                        n += 1;
                    }
                    self.ctx.nres = n as u32;
                }
                Ok(())
            }
            Err(mut e) => {
                // Lua's `luaL_typeerror` names a table argument after its metatable's
                // `__name`.
                if let BuiltinError::Arg { arg, msg } = &mut e
                    && let Some(v) = args.get(arg.wrapping_sub(1))
                    && v.is_table()
                    && msg.ends_with(", got table")
                {
                    let name = crate::runtime::meta::type_name_of(self, *v);
                    if name != "table" {
                        msg.truncate(msg.len() - "table".len());
                        msg.push_str(&name);
                    }
                }
                Err(self.builtin_error(e, callee_pos, idx))
            }
        }
    }

    /// Calls compiled code (or a trampoline) through the uniform ABI; an error becomes `Err`
    /// (with `ctx.depth` restored to this call's), other signals are the caller's to handle.
    ///
    /// # Safety
    /// As [`VmState::enter_native`].
    pub unsafe fn call_native(&mut self, entry: EntryFn, frame: *mut Value, nargs: u32) -> Result<Signal, LuaError> {
        self.ctx.nargs = nargs;
        // SAFETY: guaranteed by the caller.
        unsafe { self.enter(entry, frame) }
    }

    /// [`Self::call_native`] for a callee reached through a tail call (tracebacks note it).
    ///
    /// # Safety
    /// As [`VmState::enter_native`].
    #[cold]
    #[inline(never)]
    pub unsafe fn call_native_tail(
        &mut self,
        entry: EntryFn,
        frame: *mut Value,
        nargs: u32,
    ) -> Result<Signal, LuaError> {
        self.tail_frames.push(self.frames.len());
        // SAFETY: guaranteed by the caller.
        let sig = unsafe { self.call_native(entry, frame, nargs) };
        self.tail_frames.pop();
        sig
    }

    /// Runs native code on `frame` (after the machine-stack check): an error becomes `Err`
    /// with `ctx.depth` restored to this call's, other signals are returned.
    ///
    /// # Safety
    /// `frame` is set up as `entry` expects (a call's frame, or the OSR frame).
    #[inline(always)]
    unsafe fn enter(&mut self, entry: EntryFn, frame: *mut Value) -> Result<Signal, LuaError> {
        if !self.machine_stack_left() {
            return Err(self.raise(self.with_position("stack overflow".into())));
        }
        let depth = self.ctx.depth;
        // SAFETY: the context is this VM's; the frame is set up as the ABI requires.
        let sig = Signal::from_raw(unsafe { entry(&mut self.ctx, frame) });
        if sig == Signal::Error {
            self.ctx.depth = depth;
            return Err(self.pending_error.take().unwrap_or_else(|| {
                LuaError::new("internal error: native code signalled an error without raising one".into())
            }));
        }
        Ok(sig)
    }

    /// Calls compiled code (or a trampoline) through the uniform ABI and deals with its
    /// signal: an error becomes `Err` (with `ctx.depth` restored to this call's), a deopt is
    /// resumed in the interpreter, a tail call is handed back to the caller.
    ///
    /// # Safety
    /// `frame` must be a frame in this VM's value stack with the callee at `frame[-1]` and
    /// `nargs` arguments from `frame[0]`.
    pub unsafe fn enter_native(&mut self, entry: EntryFn, frame: *mut Value, nargs: u32) -> Result<Signal, LuaError> {
        let depth = self.ctx.depth;
        self.ctx.nargs = nargs;
        // SAFETY: guaranteed by the caller.
        match unsafe { self.enter(entry, frame) }? {
            Signal::Deopt => {
                // SAFETY: `frame` is the frame of the function that deopted.
                unsafe { self.resume_after_deopt(frame) }.inspect_err(|_| self.ctx.depth = depth)?;
                Ok(Signal::Return)
            }
            sig => Ok(sig),
        }
    }

    /// Handles `Signal::Deopt` from the native function whose frame is `root` (its record
    /// on top): the tier driver rebuilds its interpreter frames, which run until the
    /// function returns, leaving its results where the native ABI does (from `root[-1]`).
    ///
    /// # Safety
    /// `root` is the frame of the function that signalled the deopt.
    pub unsafe fn resume_after_deopt(&mut self, root: *mut Value) -> Result<(), LuaError> {
        // The native function's record becomes an interpreter entry frame.
        self.frames.last_mut().expect("the deopting function's frame").flags = FRAME_ENTRY;
        // SAFETY: guaranteed by the caller.
        let (ip, sp) = unsafe { self.deopt(root, false) }?;
        self.run_from(ip as usize, sp)
    }

    /// Enters OSR code for the interpreter frame at `base` (its record on top, its state in
    /// the value stack). Returns the code's signal; an error comes back as `Err`.
    ///
    /// # Safety
    /// `entry` is an OSR entry compiled for the top frame's function at its current ip.
    #[cold]
    pub(super) unsafe fn enter_osr(&mut self, entry: EntryFn, base: *mut Value) -> Result<Signal, LuaError> {
        // SAFETY: the frame is the interpreter's own, as OSR code expects it.
        unsafe { self.enter(entry, base) }
    }

    /// Resumes `func` (running as `closure`) at `ip` with the given locals and operand stack,
    /// as deopt and OSR need: the frame is rebuilt on top of the VM stack and run until it
    /// returns. Returns the function's result (`None` if it returned no value).
    pub fn resume(
        &mut self,
        func: u32,
        closure: *const Closure,
        ip: u32,
        locals: &[Value],
        operands: &[Value],
    ) -> Result<Option<Value>, LuaError> {
        let f = &self.program.functions[func as usize];
        assert!(f.contains(ip), "resume ip {ip} is outside function {func}");
        assert_eq!(locals.len(), f.locals_count as usize, "resume needs every local");
        let depth = self.facts.functions[func as usize].depth_at(f, ip);
        assert_eq!(depth, Some(operands.len() as u32), "resume stack depth must match the verifier's");
        let slot = self.free_slot();
        // SAFETY: `free_slot` is above every live frame; the frame fits (checked below).
        unsafe {
            if !self.stack_fits(slot.add(1 + self.gc_extent[func as usize] as usize)) {
                return Err(LuaError::new("stack overflow".into()));
            }
            *slot = Value::from_closure(closure);
            let base = slot.add(1);
            ptr::copy_nonoverlapping(locals.as_ptr(), base, locals.len());
            ptr::copy_nonoverlapping(operands.as_ptr(), base.add(locals.len()), operands.len());
            self.frames.push(Frame { base, func, ip, flags: FRAME_ENTRY, vararg_shift: 0 });
            self.run_from(ip as usize, base.add(locals.len() + operands.len()))?;
            Ok((self.ctx.nres == 1).then(|| *slot))
        }
    }

    /// Pushes a frame for calling `proto` with `nargs` arguments at `base` (the callee closure
    /// at `base[-1]`); initialises the other locals to nil, counts the call and lets the tier
    /// driver compile the function once it is hot (this call still runs interpreted). The
    /// error (`stack overflow`) is returned without a position.
    ///
    /// A vararg function called with extra arguments gets its frame above them (Lua 5.4's
    /// `luaT_adjustvarargs`): the callee and the fixed parameters are copied up, the record
    /// says how far; the frame's base is returned.
    #[inline(always)]
    pub(crate) fn push_frame(
        &mut self,
        proto: u32,
        mut base: *mut Value,
        nargs: u32,
        flags: u32,
    ) -> Result<*mut Value, FrameError> {
        if self.ctx.depth >= self.ctx.depth_limit.load(Ordering::Relaxed) {
            return Err(self.depth_exceeded());
        }
        let f = &self.program.functions[proto as usize];
        let (is_vararg, frame_size, arity, locals_count, entry_point) =
            (f.is_vararg, f.frame_size(), f.arity, f.locals_count, f.entry_point);
        let mut vararg_shift = 0;
        // SAFETY: bounds are checked against the stack's end before any write.
        unsafe {
            if is_vararg {
                (base, vararg_shift) = self.move_vararg_frame(proto, base, nargs).ok_or(FrameError::StackOverflow)?;
            } else if !self.stack_fits(base.wrapping_add(frame_size as usize)) {
                return Err(FrameError::StackOverflow);
            }
            let first_nil = nargs.min(arity) as usize;
            for i in first_nil..locals_count as usize {
                *base.add(i) = Value::NIL;
            }
        }
        let fb = &mut self.feedback[proto as usize];
        fb.call_count = fb.call_count.wrapping_add(1);
        let hot = fb.call_count == self.ctx.tier_threshold;
        self.frames.push(Frame { base, func: proto, ip: entry_point, flags, vararg_shift });
        if hot {
            self.tier_up(proto)?;
        }
        Ok(base)
    }

    /// The frame of a call of vararg function `proto` at `base` with `nargs` arguments (Lua
    /// 5.4's `luaT_adjustvarargs`): with extra arguments, the callee and the fixed parameters
    /// are copied above them and the frame starts there. Returns the frame's base and how far
    /// it moved, or `None` if the frame does not fit the value stack.
    ///
    /// # Safety
    /// `base[-1..nargs]` hold the callee and the arguments, in the value stack.
    pub(crate) unsafe fn move_vararg_frame(
        &mut self,
        proto: u32,
        base: *mut Value,
        nargs: u32,
    ) -> Option<(*mut Value, u32)> {
        let f = &self.program.functions[proto as usize];
        let (moved, shift) =
            if nargs > f.arity { (base.wrapping_add(nargs as usize + 1), nargs + 1) } else { (base, 0) };
        // (Native code may use more than the frame: inlined callees.)
        if !self.stack_fits(moved.wrapping_add(self.gc_extent[proto as usize] as usize)) {
            return None;
        }
        let f = &self.program.functions[proto as usize];
        if shift > 0 {
            // SAFETY: both ranges lie in the value stack (checked above).
            unsafe {
                *moved.sub(1) = *base.sub(1);
                ptr::copy_nonoverlapping(base, moved, f.arity as usize);
            }
        }
        Some((moved, shift))
    }

    /// Leaves `n` results from `src` where the caller expects them (`dst`, nil there if there
    /// are none) and their count in `ctx.nres`.
    ///
    /// # Safety
    /// `src` holds `n` values and `dst` is at or below it, both in the value stack.
    #[inline(always)]
    pub(crate) unsafe fn set_results(&mut self, dst: *mut Value, src: *const Value, n: u32) {
        // SAFETY: guaranteed by the caller (the ranges may overlap: a memmove).
        unsafe {
            if n == 0 {
                *dst = Value::NIL;
            } else {
                ptr::copy(src, dst, n as usize);
            }
        }
        self.ctx.nres = n;
    }

    /// `AdjustPack n`: the result pack at `start` (`ctx.nres` values) becomes exactly `want`
    /// values, the missing ones nil.
    ///
    /// # Safety
    /// `start` is the pack's slot, with room for `want` values.
    #[inline(always)]
    pub(crate) unsafe fn adjust_pack(&self, start: *mut Value, want: u32) {
        for i in self.ctx.nres..want {
            // SAFETY: guaranteed by the caller.
            unsafe { *start.add(i as usize) = Value::NIL };
        }
    }

    /// `VarArg` in frame `fr` with operand-stack top `sp`: pushes its extra arguments as a
    /// result pack (nil in its slot if there are none; the count in `ctx.nres`). False if the
    /// pack does not fit the value stack.
    ///
    /// # Safety
    /// `fr` is the running frame, of a vararg function, and `sp` its stack top.
    #[inline(always)]
    pub(crate) unsafe fn push_varargs(&mut self, fr: &Frame, sp: *mut Value) -> bool {
        let arity = self.program.functions[fr.func as usize].arity;
        let n = if fr.vararg_shift > 0 { fr.vararg_shift - 1 - arity } else { 0 };
        // SAFETY: the extra arguments lie below the moved base (`push_frame`); the room for
        // the pack is checked first.
        unsafe {
            if !self.stack_fits(sp.wrapping_add(n as usize + 1)) {
                return false;
            }
            if n == 0 {
                *sp = Value::NIL;
            } else {
                ptr::copy_nonoverlapping(fr.base.sub(1 + n as usize), sp, n as usize);
            }
        }
        self.ctx.nres = n;
        true
    }

    /// Hands a hot function to the tier driver. A fatal JIT failure comes back as an error.
    #[cold]
    pub(super) fn tier_up(&mut self, func: u32) -> Result<(), JitFailure> {
        self.with_tiering(|t, vm| t.on_hot(vm, func)).map(drop).inspect_err(|_| {
            self.frames.pop();
        })
    }

    /// Runs the top frame from its current ip until an entry frame returns.
    pub fn execute(&mut self) -> Result<(), LuaError> {
        let fr = *self.frames.last().expect("a frame to run");
        let f = &self.program.functions[fr.func as usize];
        // SAFETY: the frame was pushed with room for its locals and operand stack.
        let sp = unsafe { fr.base.add(f.locals_count as usize) };
        self.run_from(fr.ip as usize, sp)
    }
}

/// A VM state for `program` (verified, giving `facts`) that runs on this interpreter, with
/// Lua's default value-stack budget.
pub fn new_state(
    program: Arc<Program>,
    facts: Arc<ProgramFacts>,
    depth_limit: usize,
    out: Box<dyn Write + Send>,
) -> std::io::Result<Box<VmState>> {
    new_state_with_stack(program, facts, depth_limit, DEFAULT_STACK_SLOTS, out)
}

/// [`new_state`] with a value-stack budget of `stack_slots`.
pub fn new_state_with_stack(
    program: Arc<Program>,
    facts: Arc<ProgramFacts>,
    depth_limit: usize,
    stack_slots: usize,
    out: Box<dyn Write + Send>,
) -> std::io::Result<Box<VmState>> {
    let mut vm = VmState::new(program, facts, depth_limit, stack_slots, out, interp_entry)?;
    vm.call_hook = Some(|vm, slot, nargs| unsafe { vm.call_at(slot, nargs) });
    Ok(vm)
}

/// The uniform entry (`jit::abi`) of every interpreted function: the mixed function table
/// holds it for functions that are not compiled, so native code calls them like any other.
/// It runs the function in a fresh interpreter activation.
///
/// # Safety
/// ABI contract: `ctx` is a live VM's context; `frame[-1]` holds a closure and `frame[0..]`
/// `ctx.nargs` arguments, in that VM's value stack.
pub unsafe extern "C" fn interp_entry(ctx: *mut JitContext, frame: *mut Value) -> u32 {
    // SAFETY: the context points to its boxed VM.
    let vm = unsafe { &mut *(*ctx).vm };
    let nargs = vm.ctx.nargs;
    // SAFETY: the callee slot holds the closure being called.
    let proto = unsafe { (*(*frame.sub(1)).as_closure_ptr()).proto };
    let pushed = if vm.machine_stack_left() {
        vm.push_frame(proto, frame, nargs, FRAME_ENTRY)
    } else {
        Err(FrameError::StackOverflow)
    };
    let r = match pushed {
        Err(m) => Err(vm.raise(vm.with_position(m.to_string()))),
        Ok(_) => vm.execute(),
    };
    match r {
        Ok(()) => Signal::Return as u32,
        Err(e) => {
            vm.pending_error = Some(e);
            Signal::Error as u32
        }
    }
}

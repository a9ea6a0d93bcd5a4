//! Error construction: positions (the saved pc Lua reports), variable names for operands
//! and callees (through `bytecode::naming`), `bad argument` messages, tracebacks and unwinding.

use super::*;
use crate::runtime::arith::INTERRUPTED;
use crate::runtime::error::TraceEntry;

impl VmState {
    /// Prefixes `msg` with the position of the current instruction of the top frame.
    pub fn with_position(&self, msg: String) -> String {
        match self.frames.last() {
            Some(fr) => self.located(fr.func, fr.ip, &msg),
            None => msg,
        }
    }

    /// `msg` at the running frame's last saved position: its recorded ip, or before any,
    /// the function's first line (`linedefined`; line 1 for the main chunk). A recorded ip at
    /// the entry point is a saved position only if the first instruction always saves it
    /// (it has run: the error comes from a later instruction); otherwise it is the value a
    /// fresh frame starts with.
    pub(super) fn at_saved_pc(&self, msg: String) -> String {
        let fr = self.frames.last().expect("a frame");
        let f = &self.program.functions[fr.func as usize];
        let entry_saves = self.program.decode(f.entry_point).is_ok_and(|i| i.op.always_saves_pc());
        let line = if fr.ip != f.entry_point || entry_saves {
            f.line_at(fr.ip)
        } else if f.line_defined == 0 {
            // A main chunk (the program's or a loaded one) starts at line 1.
            1
        } else {
            f.line_defined
        };
        format!("{}:{line}: {msg}", self.program.chunk_name_of(fr.func))
    }

    pub(super) fn located(&self, func: u32, ip: u32, msg: &str) -> String {
        let line = self.program.functions[func as usize].line_at(ip);
        format!("{}:{line}: {msg}", self.program.chunk_name_of(func))
    }

    /// The producer of operand position `pos` at `ip` of the top frame's function.
    pub(super) fn name_at(&self, ip: u32, pos: u32) -> Option<Producer> {
        let fr = self.frames.last()?;
        producer(&self.program, &self.facts, fr.func as usize, ip, pos)
    }

    /// Stack depth before `ip` in the top frame.
    pub(super) fn depth(&self, ip: u32) -> u32 {
        let fr = self.frames.last().expect("a frame");
        let f = &self.program.functions[fr.func as usize];
        self.facts.functions[fr.func as usize].depth_at(f, ip).expect("executing instructions are reachable")
    }

    /// An operator error at `ip`, with the bad operand's variable name where Lua gives one.
    #[cold]
    pub fn op_error(&mut self, ip: u32, e: OpError) -> LuaError {
        // Lua 5.4 raises integer `//` and `%` by zero without saving its pc: the error carries
        // the position of the last instruction that did (see `save_pc!`).
        if matches!(e, OpError::DivByZero | OpError::ModByZero) {
            return self.raise(self.at_saved_pc(e.message(None)));
        }
        if let OpError::Raised(e) = e {
            return *e;
        }
        self.frames.last_mut().expect("a frame").ip = ip;
        let name = e.named_operand().and_then(|k| self.operand_producer(ip, k as u32));
        let msg = e.message(name.as_ref().map(|p| p.describe()).as_deref());
        match e {
            // Raised inside the string library's metamethods: Lua gives no position.
            OpError::Unlocated(_) => LuaError::new(msg),
            OpError::Memory => LuaError::out_of_memory(),
            _ => self.raise(self.with_position(msg)),
        }
    }

    /// What produced operand `k` (0 = left) of the instruction at `ip`: a fused right
    /// operand is named by the instruction itself, the rest by the stack-producer analysis.
    pub(super) fn operand_producer(&self, ip: u32, k: u32) -> Option<Producer> {
        let fr = self.frames.last()?;
        let f = &self.program.functions[fr.func as usize];
        let ins = self.program.decode(ip).ok()?;
        let on_stack = ins.pops();
        match (k, ins.op.rhs_source()) {
            (1, RhsSource::Local) => f.local_name_at(ins.arg(0), ip).map(|n| Producer::Local(n.to_string())),
            (1, RhsSource::Const) => match &self.program.constants[ins.arg(0) as usize] {
                Constant::Str(s) => Some(Producer::Constant(String::from_utf8_lossy(s).into_owned())),
                _ => None,
            },
            _ => self.name_at(ip, self.depth(ip) - on_stack + k),
        }
    }

    /// The frame at Lua's `level` (1: the function that called the running builtin), or
    /// `None` when that level is a C function (a builtin that called Lua, or the host) or
    /// beyond the stack. `from_c`: the running builtin itself was called from Rust, so
    /// level 1 is a C function already.
    fn frame_at_level(&self, level: u32, from_c: bool) -> Option<usize> {
        let mut idx = self.frames.len().checked_sub(1)?;
        let mut left = level.checked_sub(1)?;
        if from_c {
            // Level 1 is the C caller; level 2 the frame below it.
            if left == 0 {
                return None;
            }
            left -= 1;
        }
        while left > 0 {
            if self.c_entries.contains(&idx) {
                // The caller of this frame is a C function: one level.
                left -= 1;
                if left == 0 {
                    return None;
                }
            }
            idx = idx.checked_sub(1)?;
            left -= 1;
        }
        Some(idx)
    }

    /// An error from a builtin called by the instruction at the top frame's `ip` (`None`
    /// when called from Rust), turned into Lua's message.
    #[cold]
    pub(crate) fn builtin_error(&self, e: BuiltinError, callee_pos: Option<u32>, builtin: u32) -> LuaError {
        let fr = self.frames.last();
        // A builtin called from Rust (`pcall(error, "x")`, a comparator) has no Lua caller at
        // level 1: Lua gives no position then.
        let here = |msg: &str| match fr {
            Some(fr) if callee_pos.is_some() => self.located(fr.func, fr.ip, msg),
            _ => msg.to_string(),
        };
        let mut err = match e {
            BuiltinError::Lua(e) => return e,
            BuiltinError::Memory => return LuaError::out_of_memory(),
            BuiltinError::Arg { arg, msg } => {
                let prod = fr.zip(callee_pos).and_then(|(fr, pos)| self.name_at(fr.ip, pos));
                let (name, method) = match &prod {
                    Some(Producer::Method(n)) => (n.clone(), true),
                    Some(p) => (p.name().to_string(), false),
                    None => (qualified_builtin_name(builtin), false),
                };
                let text = if method && arg == 1 {
                    format!("calling '{name}' on bad self ({msg})")
                } else {
                    format!("bad argument #{} to '{name}' ({msg})", if method { arg - 1 } else { arg })
                };
                LuaError::new(here(&text))
            }
            BuiltinError::Located(msg) => LuaError::new(here(&msg)),
            BuiltinError::Raw(msg) => LuaError::new(msg),
            BuiltinError::Value(v) => LuaError::with_value(crate::runtime::builtins::error_value_message(v), v),
            BuiltinError::AtLevel(msg, level) => match self.frame_at_level(level, callee_pos.is_none()) {
                Some(k) => {
                    let fr = &self.frames[k];
                    LuaError::new(self.located(fr.func, fr.ip, &msg))
                }
                None => LuaError::new(msg),
            },
        };
        // Raised by the builtin: it is the traceback's first level (`[C]: in function
        // 'error'`).
        err.trace = self.trace_now(Some((builtin, callee_pos.is_some())), 0);
        err
    }

    /// `attempt to call a T value (name)` for the callee at stack position `pos`.
    #[cold]
    pub fn call_error(&mut self, ip: u32, callee: Value, pos: u32) -> LuaError {
        self.frames.last_mut().expect("a frame").ip = ip;
        let name = self.name_at(ip, pos).map(|p| format!(" ({})", p.describe())).unwrap_or_default();
        let type_name = crate::runtime::meta::type_name_of(self, callee);
        self.raise(self.with_position(format!("attempt to call a {type_name} value{name}")))
    }

    /// Whether the host asked the running code to stop (`JitContext::interrupt`).
    #[inline(always)]
    pub fn interrupt_requested(&self) -> bool {
        self.ctx.interrupt.load(std::sync::atomic::Ordering::Relaxed) != 0
    }

    /// Whether an interrupt request has tripped the depth limit (the flag may not be seen
    /// yet from this thread: a limit below the real one can only be the request's).
    pub fn interrupt_tripped(&self) -> bool {
        self.interrupt_requested() || self.ctx.depth_limit.load(std::sync::atomic::Ordering::Relaxed) < self.depth_cap
    }

    /// Why a call failed the depth check: the depth limit, or an interrupt request.
    #[cold]
    pub fn depth_exceeded(&self) -> FrameError {
        if self.interrupt_tripped() { FrameError::Interrupted } else { FrameError::StackOverflow }
    }

    /// Back in the host: an interrupt request has done its work (the flag cleared, the depth
    /// limit restored).
    #[inline]
    pub fn clear_interrupt(&self) {
        use std::sync::atomic::Ordering;
        // (Stores only when there is something to clear: the host calls this after every call.)
        if self.ctx.interrupt.load(Ordering::Relaxed) != 0
            || self.ctx.depth_limit.load(Ordering::Relaxed) != self.depth_cap
        {
            self.ctx.interrupt.store(0, Ordering::Relaxed);
            self.ctx.depth_limit.store(self.depth_cap, Ordering::Relaxed);
        }
    }

    /// The error an interrupt raises at a backward jump: `interrupted!` at the position of
    /// the running function's caller, as `lua`'s `SIGINT` hook raises it (`luaL_error` at
    /// level 1: no position when a builtin or the host called the running function). (At a
    /// call, level 1 is the caller: the poll raises it at the caller's position.)
    #[cold]
    pub fn interrupt_error(&self) -> LuaError {
        let trace = self.trace_now(None, 0);
        let site = match trace.first() {
            Some(TraceEntry::Lua { caller, .. }) => *caller,
            Some(TraceEntry::Builtin(_, site)) => *site,
            _ => None,
        };
        let message = match site {
            Some((func, ip)) => self.located(func, ip, INTERRUPTED),
            None => INTERRUPTED.to_string(),
        };
        LuaError { trace, ..LuaError::new(message) }
    }

    /// A Lua error carrying the traceback of the frames live now.
    pub fn raise(&self, message: String) -> LuaError {
        LuaError { trace: self.trace_now(None, 0), ..LuaError::new(message) }
    }

    /// Unwinds this activation's frames after an error, adding the traceback of the frames
    /// the error passed through unless it already has one (raised in native code).
    pub(super) fn unwind(&mut self, mut e: LuaError, stop: usize) -> LuaError {
        if e.trace.is_empty() && !e.memory {
            e.trace = self.trace_now(None, 0);
        }
        self.frames.truncate(stop);
        e
    }

    /// `attempt to index a T value (upvalue '_ENV')`: a global access at `ip` while the
    /// environment is not a table (in Lua, `_ENV` is an upvalue of every function).
    #[cold]
    pub fn env_error(&mut self, ip: u32) -> LuaError {
        self.frames.last_mut().expect("a frame").ip = ip;
        let msg = format!("attempt to index a {} value (upvalue '_ENV')", self.ctx.env.type_name());
        self.raise(self.with_position(msg))
    }

    /// `attempt to index a T value (name)` for a method call's receiver at stack position
    /// `pos`.
    #[cold]
    pub fn index_error(&mut self, ip: u32, obj: Value, pos: u32) -> LuaError {
        self.frames.last_mut().expect("a frame").ip = ip;
        let name = self.name_at(ip, pos).map(|p| format!(" ({})", p.describe())).unwrap_or_default();
        self.raise(self.with_position(format!("attempt to index a {} value{name}", obj.type_name())))
    }
}

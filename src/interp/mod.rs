//! The reference interpreter (tier 0): runs verified bytecode with Lua 5.4's exact semantics
//! and defines what every other tier must do.
//!
//! Frames live in one VM value stack; a call pushes a [`Frame`] record on the call-info
//! stack (shared with native code, see `jit::abi`) and switches registers, so Lua calls never
//! recurse on the Rust stack:
//!
//! ```text
//!   value stack:  ... | callee | local 0 (arg 0) ... local n-1 | operand stack ... |
//!                        ^       ^ frame.base                    ^ base + locals_count
//!                        result of the call is left here
//! ```
//!
//! It records type and call feedback in per-function slots and counts calls and back-edges
//! for the tier driver. It calls compiled functions through the mixed function table and is
//! called by them through [`interp_entry`]. It can also resume a function at any ip with a
//! given frame state ([`VmState::resume`]), which deopt and OSR build on.

use std::io::Write;
use std::ptr;
use std::sync::Arc;

use crate::bytecode::naming::{Producer, producer, qualified_builtin_name};
use crate::bytecode::opcodes::{Op, RhsSource, call_flags};
use crate::bytecode::program::{Constant, Program};
use crate::bytecode::verify::ProgramFacts;
use crate::runtime::arith::{self, ArithOp, OpError};
use crate::runtime::builtins::{BUILTINS, BuiltinError};
use crate::runtime::error::LuaError;
use crate::runtime::heap::Closure;
use crate::runtime::meta;
use crate::runtime::number::{float_to_int_exact, str_to_number};
use crate::runtime::value::{Value, tag};
use crate::state::abi::{EntryFn, FRAME_ENTRY, FRAME_TAIL, Frame, JitContext, Signal};
use crate::state::feedback::{Target, bits_of};
use crate::state::{DEFAULT_STACK_SLOTS, EnvGet, EnvSet, JitFailure, VmState};

mod calls;
mod cli;
mod errors;
mod forloop;

pub use calls::{interp_entry, new_state, new_state_with_stack};
pub use forloop::for_prep;

/// Why a frame could not be pushed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FrameError {
    /// The call depth, the value stack or the machine stack is exhausted.
    #[error("stack overflow")]
    StackOverflow,
    /// The call made the function hot and the tier driver failed fatally.
    #[error("{0}")]
    Jit(#[from] JitFailure),
    /// The host asked the running code to stop (polled at every call).
    #[error("interrupted!")]
    Interrupted,
}

/// Size of a `Call`/`TailCall` instruction: where a caller resumes after a call returns.
const CALL_SIZE: u32 = Op::Call.info().size() as u32;

/// The closure a frame runs (the callee value just below its base).
///
/// # Safety
/// `fr` is a live frame.
#[inline(always)]
unsafe fn closure_of(fr: &Frame) -> *const Closure {
    unsafe { (*fr.base.sub(1)).as_closure_ptr() }
}

/// Loads a value as two 8-byte loads. Values are usually written as two 8-byte stores (tag
/// and payload); a single 16-byte load of freshly stored halves cannot be store-forwarded
/// and stalls, so the interpreter never lets the compiler merge these loads.
///
/// # Safety
/// `p` points to a live value.
#[inline(always)]
unsafe fn ld(p: *const Value) -> Value {
    unsafe {
        Value { tag: ptr::read_volatile(&raw const (*p).tag), payload: ptr::read_volatile(&raw const (*p).payload) }
    }
}

/// Reads an operand word; used inside the interpreter loop's unsafe block, where the
/// verifier's guarantee (operands lie inside the code) makes it sound.
macro_rules! rd_u32 {
    ($code:expr, $at:expr) => {
        u32::from_le(ptr::read_unaligned($code.add($at) as *const u32))
    };
}

impl VmState {
    /// The interpreter loop, starting at `ip` with operand stack top `sp` in the top frame.
    /// Returns when the bottom-most entry frame of this activation returns.
    pub fn run_from(&mut self, ip: usize, sp: *mut Value) -> Result<(), LuaError> {
        let stop = self.frames.as_slice().iter().rposition(|f| f.flags & FRAME_ENTRY != 0).expect("an entry frame");
        match self.run_inner(ip, sp) {
            Ok(()) => Ok(()),
            Err(e) => Err(self.unwind(e, stop)),
        }
    }

    #[allow(clippy::too_many_lines)]
    fn run_inner(&mut self, start: usize, mut sp: *mut Value) -> Result<(), LuaError> {
        // The position is a pointer into the code, and the code's start is read from the VM
        // where a jump or an error needs it: the values live across the whole loop (and its
        // helper calls) are then few enough for the callee-saved registers. The instruction's
        // ip is `ip!()`.
        // SAFETY: the verifier checked that `start` is an instruction of the code.
        let mut pc: *const u8 = unsafe { self.code.add(start) };
        let mut fr = *self.frames.last().expect("a frame");
        let mut base = fr.base;
        let mut types = self.feedback[fr.func as usize].types.as_mut_ptr();
        // SAFETY (whole loop): the program passed the verifier, so opcodes are valid, operands
        // are in range, stack depths never underflow or exceed max_stack (whose room was
        // reserved when the frame was pushed), and cells are where cells are expected.
        unsafe {
            // Declared before the handler macros so they can see it (macro hygiene).
            let mut op: Op;
            macro_rules! ip {
                () => {
                    pc.offset_from(self.code) as usize
                };
            }
            macro_rules! arg {
                ($k:expr) => {
                    rd_u32!(pc, 1 + 4 * $k)
                };
            }
            macro_rules! push {
                ($v:expr) => {{
                    *sp = $v;
                    sp = sp.add(1);
                }};
            }
            macro_rules! pop {
                () => {{
                    sp = sp.sub(1);
                    ld(sp)
                }};
            }
            macro_rules! top {
                () => {
                    ld(sp.sub(1))
                };
            }
            macro_rules! next {
                ($op:expr) => {{
                    pc = pc.add(const { $op.info().size() });
                    continue;
                }};
            }
            // Calls the closure in `$slot` with `$nargs` arguments after it. `$tail` is the
            // frame a tail call ended (`None` for a plain call): its caller gets the result.
            // Compiled callees run through their entry; a tail call they hand back is
            // performed here, in this loop, so bouncing between tiers grows neither stack.
            // Interpreted callees get a frame in this activation.
            macro_rules! invoke {
                ($slot:expr, $nargs:expr, $tail:expr, $proto:expr) => {{
                    let callee_slot: *mut Value = $slot;
                    let mut nargs: u32 = $nargs;
                    let tail_done: Option<Frame> = $tail;
                    let mut proto: u32 = $proto;
                    let mut returned = false;
                    let mut deopted = false;
                    // The callee was reached through a tail call (for tracebacks).
                    let mut tail = if tail_done.is_some() { FRAME_TAIL } else { 0 };
                    loop {
                        let fe = *self.ctx.functions.add(proto as usize);
                        if fe.native == 0 {
                            break;
                        }
                        let sig = if tail != 0 {
                            self.call_native_tail(fe.entry, callee_slot.add(1), nargs)
                        } else {
                            self.call_native(fe.entry, callee_slot.add(1), nargs)
                        };
                        match sig? {
                            Signal::TailCall => {
                                nargs = self.ctx.nargs;
                                proto = (*(*callee_slot).as_closure_ptr()).proto;
                                tail = FRAME_TAIL;
                            }
                            Signal::Deopt => {
                                // The callee's frames become interpreter frames of this
                                // activation (so its tail calls stay proper).
                                self.frames.last_mut().expect("the callee's frame").flags =
                                    tail_done.map_or(0, |d| d.flags) | tail;
                                let (nip, nsp) = self.deopt(callee_slot.add(1), false)?;
                                fr = *self.frames.last().expect("a frame");
                                base = fr.base;
                                types = self.feedback[fr.func as usize].types.as_mut_ptr();
                                pc = self.code.add(nip as usize);
                                sp = nsp;
                                deopted = true;
                                break;
                            }
                            _ => {
                                returned = true;
                                break;
                            }
                        }
                    }
                    if deopted {
                        continue;
                    }
                    if returned {
                        // Returned: the result is in the callee slot.
                        match tail_done {
                            Some(done) => {
                                if self.resume_caller(done, &mut fr, &mut base, &mut types, &mut pc, &mut sp) {
                                    return Ok(());
                                }
                                continue;
                            }
                            None => {
                                sp = callee_slot.add(1);
                                next!(Op::Call)
                            }
                        }
                    }
                    let flags = tail_done.map_or(0, |d| d.flags) | tail;
                    match self.push_frame(proto, callee_slot.add(1), nargs, flags) {
                        Ok(b) => base = b,
                        Err(msg) => {
                            if let Some(done) = tail_done {
                                self.frames.push(done);
                            }
                            return Err(self.raise(self.with_position(msg.to_string())));
                        }
                    }
                    fr = *self.frames.last().expect("the new frame");
                    types = self.feedback[proto as usize].types.as_mut_ptr();
                    let f = self.program.functions.get_unchecked(proto as usize);
                    sp = base.add(f.locals_count as usize);
                    pc = self.code.add(f.entry_point as usize);
                    continue;
                }};
            }
            // A backward jump: counted, and once the function is hot, the loop is entered in
            // compiled code (OSR) with the frame as it stands.
            macro_rules! backedge {
                ($target:expr) => {{
                    let t = $target as usize;
                    // Compared as pointers: the code's start is read once per jump.
                    let target = self.code.add(t);
                    if target <= pc {
                        let fb = self.feedback.get_unchecked_mut(fr.func as usize);
                        let c = fb.backedge_count.wrapping_add(1);
                        fb.backedge_count = c;
                        if c >= self.osr_threshold {
                            fb.backedge_count = 0;
                            match self.backedge_poll(fr.func, t as u32, ip!() as u32) {
                                Err(e) => return Err(e),
                                Ok(None) => {}
                                // OSR code may use more slots than the frame (inlined
                                // callees): only where the stack has them.
                                Ok(Some(_))
                                    if !self
                                        .stack_fits(base.wrapping_add(self.gc_extent[fr.func as usize] as usize)) => {}
                                Ok(Some(entry)) => {
                                    let done = *self.frames.last().expect("a frame");
                                    match self.enter_osr(entry, base)? {
                                        Signal::TailCall => {
                                            let callee_slot = done.results_slot();
                                            let proto = (*(*callee_slot).as_closure_ptr()).proto;
                                            invoke!(callee_slot, self.ctx.nargs, Some(done), proto)
                                        }
                                        Signal::Deopt => {
                                            let (nip, nsp) = self.deopt(base, true)?;
                                            fr = *self.frames.last().expect("a frame");
                                            base = fr.base;
                                            types = self.feedback[fr.func as usize].types.as_mut_ptr();
                                            pc = self.code.add(nip as usize);
                                            sp = nsp;
                                            continue;
                                        }
                                        _ => {
                                            // Returned (results in the callee slot): the
                                            // compiled code popped the record.
                                            if self
                                                .resume_caller(done, &mut fr, &mut base, &mut types, &mut pc, &mut sp)
                                            {
                                                return Ok(());
                                            }
                                            continue;
                                        }
                                    }
                                }
                            }
                        }
                    }
                    pc = target;
                    continue;
                }};
            }
            macro_rules! record_types {
                ($slot:expr, $a:expr, $b:expr) => {
                    *types.add($slot as usize) |= bits_of($a.tag) | (bits_of($b.tag) << 4)
                };
            }
            macro_rules! fail {
                ($e:expr) => {{
                    return Err($e);
                }};
            }
            // Records the running instruction in the frame where Lua 5.4's VM saves its pc
            // (calls, closures, `..`, `#`, `for` preparation, non-numeric operators, nil
            // globals, and `SavePc`, the compiler's stand-in for `OP_EQ` and `OP_CLOSE`): Lua
            // reports integer `//` and `%` by zero at the last saved pc, and strata does too.
            macro_rules! save_pc {
                () => {
                    (*self.ctx.frames.add(self.ctx.depth as usize - 1)).ip = ip!() as u32
                };
            }
            // The right operand of a binary operation: popped (S), read from a local (L) or a
            // constant (K). Returns it with the feedback slot's operand index.
            macro_rules! rhs {
                (S) => {
                    (pop!(), 0)
                };
                (L) => {
                    (ld(base.add(arg!(0) as usize)), 1)
                };
                (K) => {
                    (*self.constants.get_unchecked(arg!(0) as usize), 1)
                };
            }
            // Binary arithmetic with inline integer and float fast paths.
            macro_rules! arith_op {
                ($src:tt, $aop:expr, $int:expr, $flt:expr) => {{
                    let (b, f) = rhs!($src);
                    let a = top!();
                    record_types!(arg!(f), a, b);
                    let r = if a.tag == tag::INT && b.tag == tag::INT {
                        Value::int($int(a.as_int(), b.as_int()))
                    } else if a.tag == tag::FLOAT && b.tag == tag::FLOAT {
                        Value::float($flt(a.as_float(), b.as_float()))
                    } else {
                        if !(a.is_number() && b.is_number()) {
                            save_pc!();
                        }
                        match meta::arith(self, $aop, a, b) {
                            Ok(v) => v,
                            Err(e) => fail!(self.op_error(ip!() as u32, e)),
                        }
                    };
                    *sp.sub(1) = r;
                    pc = pc.add(op.size());
                    continue;
                }};
            }
            // `//` and `%`: integer fast path unless dividing by zero, float fast path.
            macro_rules! div_op {
                ($src:tt, $aop:expr, $int:expr, $flt:expr) => {{
                    let (b, f) = rhs!($src);
                    let a = top!();
                    record_types!(arg!(f), a, b);
                    let r = if a.tag == tag::INT && b.tag == tag::INT && b.payload != 0 {
                        Value::int($int(a.as_int(), b.as_int()).unwrap_or(0))
                    } else if a.tag == tag::FLOAT && b.tag == tag::FLOAT {
                        Value::float($flt(a.as_float(), b.as_float()))
                    } else {
                        if !(a.is_number() && b.is_number()) {
                            save_pc!();
                        }
                        match meta::arith(self, $aop, a, b) {
                            Ok(v) => v,
                            Err(e) => fail!(self.op_error(ip!() as u32, e)),
                        }
                    };
                    *sp.sub(1) = r;
                    pc = pc.add(op.size());
                    continue;
                }};
            }
            // `/`: float result; fast path for number operands.
            macro_rules! fdiv_op {
                ($src:tt) => {{
                    let (b, f) = rhs!($src);
                    let a = top!();
                    record_types!(arg!(f), a, b);
                    let r = if a.is_number() && b.is_number() {
                        Value::float(a.num_as_float() / b.num_as_float())
                    } else {
                        save_pc!();
                        match meta::arith(self, ArithOp::Div, a, b) {
                            Ok(v) => v,
                            Err(e) => fail!(self.op_error(ip!() as u32, e)),
                        }
                    };
                    *sp.sub(1) = r;
                    pc = pc.add(op.size());
                    continue;
                }};
            }
            // Arithmetic through the generic path, optionally after an integer fast path
            // (bitwise operators: floats with an integer value, strings and errors take the
            // generic path).
            macro_rules! generic_arith {
                ($src:tt, $aop:expr $(, $int:expr)?) => {{
                    let (b, f) = rhs!($src);
                    let a = top!();
                    record_types!(arg!(f), a, b);
                    $(
                        if a.tag == tag::INT && b.tag == tag::INT {
                            *sp.sub(1) = Value::int($int(a.as_int(), b.as_int()));
                            pc = pc.add(op.size());
                            continue;
                        }
                    )?
                    if !(a.is_number() && b.is_number()) {
                        save_pc!();
                    }
                    match meta::arith(self, $aop, a, b) {
                        Ok(v) => *sp.sub(1) = v,
                        Err(e) => fail!(self.op_error(ip!() as u32, e)),
                    }
                    pc = pc.add(op.size());
                    continue;
                }};
            }
            macro_rules! unary_arith {
                ($aop:expr) => {{
                    let a = top!();
                    record_types!(arg!(0), a, a);
                    if !a.is_number() {
                        save_pc!();
                    }
                    match meta::arith(self, $aop, a, a) {
                        Ok(v) => *sp.sub(1) = v,
                        Err(e) => fail!(self.op_error(ip!() as u32, e)),
                    }
                    next!(Op::Unm)
                }};
            }
            // `a op b` for an ordering comparison; `$swap` evaluates Gt/Ge as Lua does (b < a),
            // so errors name the types in Lua's order.
            macro_rules! compare {
                ($a:expr, $b:expr, $fb:expr, $cmp:tt, $le:expr, $swap:expr) => {{
                    let (a, b) = ($a, $b);
                    record_types!($fb, a, b);
                    if a.tag == tag::INT && b.tag == tag::INT {
                        a.as_int() $cmp b.as_int()
                    } else if a.tag == tag::FLOAT && b.tag == tag::FLOAT {
                        a.as_float() $cmp b.as_float()
                    } else {
                        if !(a.is_number() && b.is_number()) {
                            save_pc!();
                        }
                        let (x, y) = if $swap { (b, a) } else { (a, b) };
                        match meta::compare(self, x, y, $le) {
                            Ok(r) => r,
                            Err(e) => fail!(self.op_error(ip!() as u32, e)),
                        }
                    }
                }};
            }
            macro_rules! equal {
                ($a:expr, $b:expr, $fb:expr) => {{
                    let (a, b) = ($a, $b);
                    record_types!($fb, a, b);
                    if a.tag == b.tag && a.tag <= tag::INT {
                        a.payload == b.payload
                    } else if a.tag == b.tag
                        && (a.tag == tag::TABLE || a.tag == tag::USERDATA)
                        && a.payload != b.payload
                    {
                        // Two tables or two userdata: `__eq` may decide (Lua saves its pc for it).
                        save_pc!();
                        match meta::equal(self, a, b) {
                            Ok(r) => r,
                            Err(e) => fail!(self.op_error(ip!() as u32, e)),
                        }
                    } else {
                        a.raw_eq(b)
                    }
                }};
            }
            macro_rules! compare_op {
                ($cmp:tt, $le:expr, $swap:expr) => {{
                    let b = pop!();
                    let r = compare!(top!(), b, arg!(0), $cmp, $le, $swap);
                    *sp.sub(1) = Value::bool(r);
                    next!(Op::Lt)
                }};
            }
            // Fused compare-and-branch: jumps to the last operand when the comparison fails.
            macro_rules! branch_unless {
                ($src:tt, $test:ident $(, $cmp:tt, $le:expr, $swap:expr)?) => {{
                    let (b, f) = rhs!($src);
                    let a = pop!();
                    let ok = branch_unless!(@$test a, b, arg!(f) $(, $cmp, $le, $swap)?);
                    if !ok {
                        backedge!(arg!(f + 1))
                    }
                    pc = pc.add(op.size());
                    continue;
                }};
                (@eq $a:expr, $b:expr, $fb:expr) => { equal!($a, $b, $fb) };
                (@ne $a:expr, $b:expr, $fb:expr) => { !equal!($a, $b, $fb) };
                (@ord $a:expr, $b:expr, $fb:expr, $cmp:tt, $le:expr, $swap:expr) => {
                    compare!($a, $b, $fb, $cmp, $le, $swap)
                };
            }
            macro_rules! typed_binary {
                ($get:ident, $make:path, $f:expr) => {{
                    let b = pop!();
                    let a = top!();
                    *sp.sub(1) = $make($f(a.$get(), b.$get()));
                    next!(Op::AddInt)
                }};
            }
            macro_rules! typed_compare {
                ($get:ident, $cmp:tt) => {{
                    let b = pop!();
                    let a = top!();
                    *sp.sub(1) = Value::bool(a.$get() $cmp b.$get());
                    next!(Op::LtInt)
                }};
            }

            loop {
                op = std::mem::transmute::<u8, Op>(*pc);
                #[cfg(debug_assertions)]
                if dead_check() {
                    self.clear_dead_slots(fr, pc.offset_from(self.code) as u32);
                }
                match op {
                    Op::Nop => next!(Op::Nop),
                    Op::SavePc => {
                        save_pc!();
                        next!(Op::SavePc)
                    }
                    Op::Pop => {
                        sp = sp.sub(1);
                        next!(Op::Pop)
                    }
                    Op::Swap => {
                        let b = pop!();
                        let a = top!();
                        *sp.sub(1) = b;
                        push!(a);
                        next!(Op::Swap)
                    }
                    Op::Dup => {
                        let v = top!();
                        push!(v);
                        next!(Op::Dup)
                    }
                    Op::PushNil => {
                        push!(Value::NIL);
                        next!(Op::PushNil)
                    }
                    Op::PushTrue => {
                        push!(Value::TRUE);
                        next!(Op::PushTrue)
                    }
                    Op::PushFalse => {
                        push!(Value::FALSE);
                        next!(Op::PushFalse)
                    }
                    Op::PushInt => {
                        push!(Value::int(arg!(0) as i32 as i64));
                        next!(Op::PushInt)
                    }
                    Op::PushConst => {
                        push!(*self.constants.get_unchecked(arg!(0) as usize));
                        next!(Op::PushConst)
                    }
                    Op::GetLocal => {
                        push!(ld(base.add(arg!(0) as usize)));
                        next!(Op::GetLocal)
                    }
                    Op::SetLocal => {
                        *base.add(arg!(0) as usize) = pop!();
                        next!(Op::SetLocal)
                    }
                    Op::NewCell => {
                        self.gc_point(sp, &[]);
                        let v = pop!();
                        match self.heap.try_alloc_cell(v) {
                            Ok(c) => *base.add(arg!(0) as usize) = Value::from_cell(c),
                            Err(_) => fail!(LuaError::out_of_memory()),
                        }
                        next!(Op::NewCell)
                    }
                    Op::BoxLocal => {
                        self.gc_point(sp, &[]);
                        let slot = base.add(arg!(0) as usize);
                        match self.heap.try_alloc_cell(*slot) {
                            Ok(c) => *slot = Value::from_cell(c),
                            Err(_) => fail!(LuaError::out_of_memory()),
                        }
                        next!(Op::BoxLocal)
                    }
                    Op::GetCell => {
                        push!((*(*base.add(arg!(0) as usize)).as_cell_ptr()).value);
                        next!(Op::GetCell)
                    }
                    Op::SetCell => {
                        let v = pop!();
                        (*(*base.add(arg!(0) as usize)).as_cell_ptr()).value = v;
                        next!(Op::SetCell)
                    }
                    Op::GetUpval => {
                        push!((*(*closure_of(&fr)).upval(arg!(0) as usize)).value);
                        next!(Op::GetUpval)
                    }
                    Op::SetUpval => {
                        let v = pop!();
                        (*(*closure_of(&fr)).upval(arg!(0) as usize)).value = v;
                        next!(Op::SetUpval)
                    }
                    Op::GetGlobal | Op::SetGlobal => {
                        sp = self.name_op(op, pc, sp)?;
                        pc = pc.add(op.size());
                        continue;
                    }
                    Op::GetEnv => {
                        push!(self.ctx.env);
                        next!(Op::GetEnv)
                    }
                    Op::SetEnv => {
                        self.ctx.env = pop!();
                        next!(Op::SetEnv)
                    }
                    Op::Closure => {
                        save_pc!();
                        self.gc_point(sp, &[]);
                        let g = &self.program.functions[arg!(0) as usize];
                        let cells: Vec<_> = g
                            .upvals
                            .iter()
                            .map(|u| {
                                if u.from_local {
                                    (*base.add(u.index as usize)).as_cell_ptr()
                                } else {
                                    (*closure_of(&fr)).upval(u.index as usize)
                                }
                            })
                            .collect();
                        let Ok(c) = self.heap.try_alloc_closure(arg!(0), &cells) else {
                            fail!(LuaError::out_of_memory())
                        };
                        push!(Value::from_closure(c));
                        next!(Op::Closure)
                    }
                    Op::Add => {
                        arith_op!(S, ArithOp::Add, i64::wrapping_add, arith::fadd)
                    }
                    Op::Sub => {
                        arith_op!(S, ArithOp::Sub, i64::wrapping_sub, |x: f64, y: f64| x - y)
                    }
                    Op::Mul => {
                        arith_op!(S, ArithOp::Mul, i64::wrapping_mul, arith::fmul)
                    }
                    Op::AddL => {
                        arith_op!(L, ArithOp::Add, i64::wrapping_add, arith::fadd)
                    }
                    Op::SubL => {
                        arith_op!(L, ArithOp::Sub, i64::wrapping_sub, |x: f64, y: f64| x - y)
                    }
                    Op::MulL => {
                        arith_op!(L, ArithOp::Mul, i64::wrapping_mul, arith::fmul)
                    }
                    Op::AddK => {
                        arith_op!(K, ArithOp::Add, i64::wrapping_add, arith::fadd)
                    }
                    Op::SubK => {
                        let k = *self.constants.get_unchecked(arg!(0) as usize);
                        let a = top!();
                        if a.tag == tag::FLOAT && k.tag == tag::INT && k.payload == 0 {
                            // `x - 0` is Lua's `x + 0` (see `Program::subtracts_int_zero`).
                            record_types!(arg!(1), a, k);
                            *sp.sub(1) = Value::float(arith::fadd(a.as_float(), 0.0));
                            next!(Op::SubK)
                        }
                        arith_op!(K, ArithOp::Sub, i64::wrapping_sub, |x: f64, y: f64| x - y)
                    }
                    Op::MulK => {
                        arith_op!(K, ArithOp::Mul, i64::wrapping_mul, arith::fmul)
                    }
                    Op::Div => fdiv_op!(S),
                    Op::DivL => fdiv_op!(L),
                    Op::DivK => fdiv_op!(K),
                    Op::Mod => div_op!(S, ArithOp::Mod, arith::int_mod, arith::float_mod),
                    Op::ModL => div_op!(L, ArithOp::Mod, arith::int_mod, arith::float_mod),
                    Op::ModK => div_op!(K, ArithOp::Mod, arith::int_mod, arith::float_mod),
                    Op::IDiv => div_op!(S, ArithOp::IDiv, arith::int_idiv, arith::float_idiv),
                    Op::IDivL => div_op!(L, ArithOp::IDiv, arith::int_idiv, arith::float_idiv),
                    Op::IDivK => div_op!(K, ArithOp::IDiv, arith::int_idiv, arith::float_idiv),
                    Op::Pow => generic_arith!(S, ArithOp::Pow),
                    Op::BAnd => generic_arith!(S, ArithOp::BAnd, |a, b| a & b),
                    Op::BOr => generic_arith!(S, ArithOp::BOr, |a, b| a | b),
                    Op::BXor => generic_arith!(S, ArithOp::BXor, |a, b| a ^ b),
                    Op::Shl => generic_arith!(S, ArithOp::Shl, arith::shift_left),
                    Op::Shr => generic_arith!(S, ArithOp::Shr, |a, b: i64| arith::shift_left(a, b.wrapping_neg())),
                    Op::Unm => unary_arith!(ArithOp::Unm),
                    Op::BNot => unary_arith!(ArithOp::BNot),
                    Op::AddInt => typed_binary!(as_int, Value::int, i64::wrapping_add),
                    Op::SubInt => typed_binary!(as_int, Value::int, i64::wrapping_sub),
                    Op::MulInt => typed_binary!(as_int, Value::int, i64::wrapping_mul),
                    Op::IDivInt | Op::ModInt => {
                        let b = pop!();
                        let a = top!();
                        let r = if op == Op::IDivInt {
                            arith::int_idiv(a.as_int(), b.as_int()).ok_or(OpError::DivByZero)
                        } else {
                            arith::int_mod(a.as_int(), b.as_int()).ok_or(OpError::ModByZero)
                        };
                        match r {
                            Ok(v) => *sp.sub(1) = Value::int(v),
                            Err(e) => fail!(self.op_error(ip!() as u32, e)),
                        }
                        next!(Op::IDivInt)
                    }
                    Op::UnmInt => {
                        *sp.sub(1) = Value::int(top!().as_int().wrapping_neg());
                        next!(Op::UnmInt)
                    }
                    Op::AddFloat => typed_binary!(as_float, Value::float, arith::fadd),
                    Op::SubFloat => typed_binary!(as_float, Value::float, |x: f64, y: f64| x - y),
                    Op::MulFloat => typed_binary!(as_float, Value::float, arith::fmul),
                    Op::DivFloat => typed_binary!(as_float, Value::float, |x: f64, y: f64| x / y),
                    Op::ModFloat => typed_binary!(as_float, Value::float, arith::float_mod),
                    Op::IDivFloat => typed_binary!(as_float, Value::float, arith::float_idiv),
                    Op::PowFloat => typed_binary!(as_float, Value::float, arith::pow),
                    Op::UnmFloat => {
                        *sp.sub(1) = Value::float(-top!().as_float());
                        next!(Op::UnmFloat)
                    }
                    Op::Concat => {
                        save_pc!();
                        self.gc_point(sp, &[]);
                        let b = pop!();
                        let a = top!();
                        match meta::concat(self, a, b) {
                            Ok(v) => *sp.sub(1) = v,
                            Err(e) => fail!(self.op_error(ip!() as u32, e)),
                        }
                        next!(Op::Concat)
                    }
                    Op::Len => {
                        save_pc!();
                        match meta::len(self, top!()) {
                            Ok(v) => *sp.sub(1) = v,
                            Err(e) => fail!(self.op_error(ip!() as u32, e)),
                        }
                        next!(Op::Len)
                    }
                    Op::Not => {
                        *sp.sub(1) = Value::bool(!top!().truthy());
                        next!(Op::Not)
                    }
                    Op::Eq | Op::Ne => {
                        let b = pop!();
                        let eq = equal!(top!(), b, arg!(0));
                        *sp.sub(1) = Value::bool(eq == (op == Op::Eq));
                        next!(Op::Eq)
                    }
                    Op::JumpIfNotEq => branch_unless!(S, eq),
                    Op::JumpIfNotNe => branch_unless!(S, ne),
                    Op::JumpIfNotLt => branch_unless!(S, ord, <, false, false),
                    Op::JumpIfNotLe => branch_unless!(S, ord, <=, true, false),
                    Op::JumpIfNotGt => branch_unless!(S, ord, >, false, true),
                    Op::JumpIfNotGe => branch_unless!(S, ord, >=, true, true),
                    Op::JumpIfNotEqL => branch_unless!(L, eq),
                    Op::JumpIfNotNeL => branch_unless!(L, ne),
                    Op::JumpIfNotLtL => branch_unless!(L, ord, <, false, false),
                    Op::JumpIfNotLeL => branch_unless!(L, ord, <=, true, false),
                    Op::JumpIfNotGtL => branch_unless!(L, ord, >, false, true),
                    Op::JumpIfNotGeL => branch_unless!(L, ord, >=, true, true),
                    Op::JumpIfNotEqK => branch_unless!(K, eq),
                    Op::JumpIfNotNeK => branch_unless!(K, ne),
                    Op::JumpIfNotLtK => branch_unless!(K, ord, <, false, false),
                    Op::JumpIfNotLeK => branch_unless!(K, ord, <=, true, false),
                    Op::JumpIfNotGtK => branch_unless!(K, ord, >, false, true),
                    Op::JumpIfNotGeK => branch_unless!(K, ord, >=, true, true),
                    Op::Lt => compare_op!(<, false, false),
                    Op::Le => compare_op!(<=, true, false),
                    Op::Gt => compare_op!(>, false, true),
                    Op::Ge => compare_op!(>=, true, true),
                    Op::EqInt => {
                        typed_compare!(as_int, ==)
                    }
                    Op::NeInt => {
                        typed_compare!(as_int, !=)
                    }
                    Op::LtInt => typed_compare!(as_int, <),
                    Op::LeInt => typed_compare!(as_int, <=),
                    Op::GtInt => typed_compare!(as_int, >),
                    Op::GeInt => typed_compare!(as_int, >=),
                    Op::EqFloat => {
                        typed_compare!(as_float, ==)
                    }
                    Op::NeFloat => {
                        typed_compare!(as_float, !=)
                    }
                    Op::LtFloat => typed_compare!(as_float, <),
                    Op::LeFloat => typed_compare!(as_float, <=),
                    Op::GtFloat => typed_compare!(as_float, >),
                    Op::GeFloat => typed_compare!(as_float, >=),
                    Op::Jump => backedge!(arg!(0)),
                    Op::JumpIfFalse => {
                        if !pop!().truthy() {
                            backedge!(arg!(0))
                        }
                        next!(Op::JumpIfFalse)
                    }
                    Op::JumpIfTrue => {
                        if pop!().truthy() {
                            backedge!(arg!(0))
                        }
                        next!(Op::JumpIfTrue)
                    }
                    Op::ForPrep | Op::ForPrepInt | Op::ForPrepFloat => {
                        save_pc!();
                        let step = pop!();
                        let limit = pop!();
                        let init = pop!();
                        let b = base.add(arg!(0) as usize);
                        match for_prep(init, limit, step) {
                            Ok(Some([i, l, s])) => {
                                *b = i;
                                *b.add(1) = l;
                                *b.add(2) = s;
                                *b.add(3) = i;
                                next!(Op::ForPrep)
                            }
                            Ok(None) => {
                                pc = self.code.add(arg!(1) as usize);
                                continue;
                            }
                            Err(msg) => {
                                self.frames.last_mut().expect("a frame").ip = ip!() as u32;
                                let e = self.raise(self.with_position(msg));
                                return Err(e);
                            }
                        }
                    }
                    Op::ForLoop | Op::ForLoopInt | Op::ForLoopFloat => {
                        let b = base.add(arg!(0) as usize);
                        let step = *b.add(2);
                        if step.tag == tag::INT {
                            let count = (*b.add(1)).as_int() as u64;
                            if count > 0 {
                                *b.add(1) = Value::int((count - 1) as i64);
                                let idx = Value::int((*b).as_int().wrapping_add(step.as_int()));
                                *b = idx;
                                *b.add(3) = idx;
                                backedge!(arg!(1))
                            }
                        } else {
                            let s = step.as_float();
                            let idx = (*b).as_float() + s;
                            let lim = (*b.add(1)).as_float();
                            if if 0.0 < s { idx <= lim } else { lim <= idx } {
                                *b = Value::float(idx);
                                *b.add(3) = Value::float(idx);
                                backedge!(arg!(1))
                            }
                        }
                        next!(Op::ForLoop)
                    }
                    Op::Method => {
                        sp = self.name_op(Op::Method, pc, sp)?;
                        next!(Op::Method)
                    }
                    Op::NewTable | Op::GetField | Op::GetIndex | Op::SetField | Op::SetIndex | Op::SetList => {
                        // Out of line: the loop's hot arms keep their registers.
                        sp = self.table_op(pc, sp)?;
                        pc = pc.add(op.size());
                        continue;
                    }
                    Op::PushDeep => {
                        let v = ld(sp.sub(1 + arg!(0) as usize));
                        push!(v);
                        next!(Op::PushDeep)
                    }
                    Op::Call | Op::TailCall => {
                        let argc = arg!(0);
                        let mut nargs = call_flags::value_count(argc, arg!(1), self.ctx.nres);
                        let slot = sp.sub(argc as usize + 1);
                        let mut callee = *slot;
                        let site =
                            self.feedback.get_unchecked_mut(fr.func as usize).calls.as_mut_ptr().add(arg!(2) as usize);
                        if !callee.is_function() {
                            // `__call`: the metamethod is called with the value first. (The
                            // site records nothing: compiled code sees the value itself.)
                            self.frames.last_mut().expect("a frame").ip = ip!() as u32;
                            match self.resolve_call(slot, nargs)? {
                                Some(n) => nargs = n,
                                None => {
                                    let d = self.depth(ip!() as u32);
                                    fail!(self.call_error(ip!() as u32, callee, d - argc - 1));
                                }
                            }
                            callee = *slot;
                        } else if callee.tag == tag::CLOSURE {
                            (*site).record(Target::Function((*callee.as_closure_ptr()).proto).encode());
                        } else if callee.tag == tag::BUILTIN {
                            (*site).record(Target::Builtin(callee.payload as u32).encode());
                        }
                        if callee.tag == tag::CLOSURE {
                            let proto = (*callee.as_closure_ptr()).proto;
                            self.frames.last_mut().expect("a frame").ip = ip!() as u32;
                            // A tail call ends this frame first: the callee runs in its place
                            // (and inherits its flags).
                            let mut callee_slot = slot;
                            let mut tail_done = None;
                            if op == Op::TailCall {
                                callee_slot = fr.results_slot();
                                ptr::copy(slot, callee_slot, nargs as usize + 1);
                                tail_done = Some(self.frames.pop().expect("a frame"));
                            }
                            invoke!(callee_slot, nargs, tail_done, proto)
                        }
                        self.frames.last_mut().expect("a frame").ip = ip!() as u32;
                        let pos = (slot.offset_from(base) as u32)
                            - self.program.functions.get_unchecked(fr.func as usize).locals_count;
                        self.call_builtin(slot, nargs, Some(pos))?;
                        sp = slot.add(1);
                        if op == Op::Call {
                            next!(Op::Call)
                        }
                        // A tail call of a builtin returns its results from this frame.
                        self.set_results(fr.results_slot(), slot, self.ctx.nres);
                        if self.return_to_caller(&mut fr, &mut base, &mut types, &mut pc, &mut sp) {
                            return Ok(());
                        }
                        continue;
                    }
                    Op::Return0 | Op::Return1 => {
                        if op == Op::Return1 {
                            *base.sub(1) = top!();
                            self.ctx.nres = 1;
                        } else {
                            *base.sub(1) = Value::NIL;
                            self.ctx.nres = 0;
                        }
                        if self.return_to_caller(&mut fr, &mut base, &mut types, &mut pc, &mut sp) {
                            return Ok(());
                        }
                        continue;
                    }
                    Op::ReturnN => {
                        let argc = arg!(0);
                        let n = call_flags::value_count(argc, arg!(1), self.ctx.nres);
                        self.set_results(fr.results_slot(), sp.sub(argc as usize), n);
                        if self.return_to_caller(&mut fr, &mut base, &mut types, &mut pc, &mut sp) {
                            return Ok(());
                        }
                        continue;
                    }
                    // (Nil, the usual closing value of a generic `for`, registers nothing; a
                    // `Close` with nothing registered in its slots does nothing.)
                    Op::Tbc => {
                        let v = pop!();
                        if !v.is_nil() {
                            self.tbc_register(arg!(0), v, ip!() as u32)?;
                        }
                        next!(Op::Tbc)
                    }
                    Op::Close => {
                        if self.ctx.tbc_top >= base.add(arg!(0) as usize) {
                            let top = if arg!(1) & call_flags::MULTI_ARG != 0 {
                                sp.sub(1).add(self.ctx.nres as usize)
                            } else {
                                sp
                            };
                            self.tbc_close(arg!(0), top, ip!() as u32)?;
                        }
                        next!(Op::Close)
                    }
                    Op::VarArg => {
                        if !self.push_varargs(&fr, sp) {
                            save_pc!();
                            fail!(self.raise(self.with_position("stack overflow".into())));
                        }
                        sp = sp.add(1);
                        pc = pc.add(op.size());
                        continue;
                    }
                    Op::AdjustPack => {
                        let start = sp.sub(1);
                        self.adjust_pack(start, arg!(0));
                        sp = start.add(arg!(0) as usize);
                        pc = pc.add(op.size());
                        continue;
                    }
                }
            }
        }
    }

    /// The table opcodes (`NewTable`, `GetField`, `GetIndex`, `SetField`, `SetIndex`,
    /// `SetList`) at `pc` with operand stack top `sp`; returns the new top. Also the JIT's
    /// generic path for them (the glue calls it on the operands in the frame). Lua saves the pc
    /// when a lookup misses and when a store adds a key, and so does this.
    ///
    /// # Safety
    /// `pc` is a verified table instruction of the running frame, `sp` its stack top.
    #[inline(never)]
    pub(crate) unsafe fn table_op(&mut self, pc: *const u8, sp: *mut Value) -> Result<*mut Value, LuaError> {
        // SAFETY: the verifier's guarantees for `pc`'s operands and stack depth.
        unsafe {
            let ip = pc.offset_from(self.code) as u32;
            let arg = |k: usize| rd_u32!(pc, 1 + 4 * k);
            let op = std::mem::transmute::<u8, Op>(*pc);
            let table_of = |v: Value| if v.is_table() { Some(&*v.as_table_ptr()) } else { None };
            // A safepoint before the opcodes that allocate (a new table, a store that may
            // add a key); a result pack of `SetList` reaches above `sp`.
            match op {
                Op::NewTable | Op::SetField | Op::SetIndex => self.gc_point(sp, &[]),
                Op::SetList => {
                    let n = call_flags::value_count(arg(0), arg(2), self.ctx.nres);
                    self.gc_point(sp.sub(arg(0) as usize).add(n as usize).max(sp), &[]);
                }
                _ => {}
            }
            let (r, sp) = match op {
                Op::NewTable => match self.heap.alloc_table(arg(0) as usize, arg(1) as usize) {
                    Ok(t) => {
                        *sp = Value::from_table(t);
                        return Ok(sp.add(1));
                    }
                    Err(_) => return Err(LuaError::out_of_memory()),
                },
                Op::GetField | Op::GetIndex => {
                    let (obj, key, at) = if op == Op::GetField {
                        (ld(sp.sub(1)), *self.constants.get_unchecked(arg(0) as usize), sp.sub(1))
                    } else {
                        (ld(sp.sub(2)), ld(sp.sub(1)), sp.sub(2))
                    };
                    let v = table_of(obj).map_or(Value::NIL, |t| t.get(key));
                    if !v.is_nil() {
                        *at = v;
                        return Ok(at.add(1));
                    }
                    self.save_pc(ip);
                    if op == Op::GetField {
                        match self.host_field(obj, arg(0), at) {
                            Ok(true) => return Ok(at.add(1)),
                            Ok(false) => {}
                            Err(e) => return Err(self.op_error(ip, e)),
                        }
                    }
                    (meta::index_miss(self, obj, key).map(|v| *at = v), at.add(1))
                }
                Op::SetField | Op::SetIndex => {
                    let (obj, key, at) = if op == Op::SetField {
                        (ld(sp.sub(2)), *self.constants.get_unchecked(arg(0) as usize), sp.sub(2))
                    } else {
                        (ld(sp.sub(3)), ld(sp.sub(2)), sp.sub(3))
                    };
                    if table_of(obj).is_none_or(|t| t.get(key).is_nil()) {
                        self.save_pc(ip);
                        if op == Op::SetField {
                            match self.host_set_field(obj, arg(0), ld(sp.sub(1))) {
                                Ok(true) => return Ok(at),
                                Ok(false) => {}
                                Err(e) => return Err(self.op_error(ip, e)),
                            }
                        }
                    }
                    (meta::set_index(self, obj, key, ld(sp.sub(1))), at)
                }
                Op::GetGlobal | Op::SetGlobal | Op::Method => return self.name_op(op, pc, sp),
                Op::SetList => {
                    // The values start `argc` slots below the static top (a result pack
                    // counts as one slot there, whatever its length).
                    let n = call_flags::value_count(arg(0), arg(2), self.ctx.nres);
                    let items = sp.sub(arg(0) as usize);
                    let vals = std::slice::from_raw_parts(items, n as usize);
                    (meta::set_list(&mut self.heap, ld(items.sub(1)), arg(1) as u64, vals), items)
                }
                _ => unreachable!("not a table opcode"),
            };
            match r {
                Ok(()) => Ok(sp),
                Err(e) => Err(self.op_error(ip, e)),
            }
        }
    }

    /// The opcodes that look a constant name up: `GetGlobal k`, `SetGlobal k` (through the
    /// name's inline cache) and `Method k` (a table's field, or for a string the string
    /// library's), at `pc` with operand stack top `sp`; returns the new top. The
    /// interpreter's arms and (through `table_op`) the JIT's generic helpers. Lua saves the
    /// pc when a lookup misses, and when a store adds a key.
    ///
    /// # Safety
    /// `pc` is a verified `op` instruction of the running frame, `sp` its stack top.
    #[inline(always)]
    pub(crate) unsafe fn name_op(&mut self, op: Op, pc: *const u8, sp: *mut Value) -> Result<*mut Value, LuaError> {
        // SAFETY: the verifier's guarantees for `pc`'s operands (a string constant) and
        // stack depth.
        unsafe {
            let ip = pc.offset_from(self.code) as u32;
            let k = rd_u32!(pc, 1);
            match op {
                Op::GetGlobal => {
                    let v = match self.env_get(k) {
                        EnvGet::Value(v) => v,
                        EnvGet::Meta => {
                            // A miss in an environment with a metatable, or an environment
                            // that is not a table: Lua's generic lookup.
                            self.save_pc(ip);
                            let (env, key) = (self.ctx.env, *self.constants.get_unchecked(k as usize));
                            if meta::metatable_of(self, env).is_null() {
                                return Err(self.env_error(ip));
                            }
                            meta::index(self, env, key).map_err(|e| self.op_error(ip, e))?
                        }
                    };
                    if v.is_nil() {
                        self.save_pc(ip);
                    }
                    *sp = v;
                    Ok(sp.add(1))
                }
                Op::SetGlobal => {
                    self.gc_point(sp, &[]);
                    match self.env_set(k, ld(sp.sub(1))) {
                        EnvSet::Stored => {}
                        EnvSet::Added => self.save_pc(ip),
                        EnvSet::Failed(e) => {
                            self.save_pc(ip);
                            return Err(self.op_error(ip, e.into()));
                        }
                        EnvSet::Meta => {
                            self.save_pc(ip);
                            let (env, key) = (self.ctx.env, *self.constants.get_unchecked(k as usize));
                            if meta::metatable_of(self, env).is_null() {
                                return Err(self.env_error(ip));
                            }
                            meta::set_index(self, env, key, ld(sp.sub(1))).map_err(|e| self.op_error(ip, e))?;
                        }
                    }
                    Ok(sp.sub(1))
                }
                _ => {
                    let obj = ld(sp.sub(1));
                    let key = *self.constants.get_unchecked(k as usize);
                    // A table's own field; anything else (a string's lookup goes through
                    // its metatable in Lua) takes the slow path, which saves the pc (as
                    // does an error).
                    let own = if obj.is_table() { (*obj.as_table_ptr()).get_str(key.as_str_ptr()) } else { Value::NIL };
                    let m = if own.is_nil() {
                        self.save_pc(ip);
                        match self.host_field(obj, k, sp.sub(1)) {
                            Ok(true) => {
                                *sp = obj;
                                return Ok(sp.add(1));
                            }
                            Ok(false) => meta::index_miss(self, obj, key).map_err(|e| self.op_error(ip, e))?,
                            Err(e) => return Err(self.op_error(ip, e)),
                        }
                    } else {
                        own
                    };
                    *sp.sub(1) = m;
                    *sp = obj;
                    Ok(sp.add(1))
                }
            }
        }
    }

    /// Records `ip` as the top frame's saved position (where Lua's VM saves its pc).
    #[inline(always)]
    fn save_pc(&mut self, ip: u32) {
        // SAFETY: the running frame's record is live.
        unsafe { (*self.ctx.frames.add(self.ctx.depth as usize - 1)).ip = ip };
    }

    /// Pops the top frame (its result already in the callee slot) and reloads the caller's
    /// registers. Returns true if the popped frame was an entry frame (leave the loop).
    #[inline(always)]
    fn return_to_caller(
        &mut self,
        fr: &mut Frame,
        base: &mut *mut Value,
        types: &mut *mut u8,
        pc: &mut *const u8,
        sp: &mut *mut Value,
    ) -> bool {
        let done = self.frames.pop().expect("a frame");
        self.resume_caller(done, fr, base, types, pc, sp)
    }

    /// After frame `done` (already popped) returned: reloads the caller's registers, or
    /// returns true if `done` was an entry frame (leave the loop).
    #[inline(always)]
    fn resume_caller(
        &mut self,
        done: Frame,
        fr: &mut Frame,
        base: &mut *mut Value,
        types: &mut *mut u8,
        pc: &mut *const u8,
        sp: &mut *mut Value,
    ) -> bool {
        if done.flags & FRAME_ENTRY != 0 {
            return true;
        }
        *fr = *self.frames.last().expect("a caller frame");
        // The results start where the callee was (below a vararg frame's extra arguments).
        // SAFETY: the shift is how far the frame moved up from the callee slot.
        *sp = unsafe { done.base.sub(done.vararg_shift as usize) };
        *base = fr.base;
        *types = self.feedback[fr.func as usize].types.as_mut_ptr();
        // SAFETY: the caller's return point is an instruction of the code.
        *pc = unsafe { self.code.add((fr.ip + CALL_SIZE) as usize) };
        false
    }
}

/// Debug builds with `STRATA_DEAD_CHECK=1`: the interpreter clears every slot the compiler
/// declares dead before each instruction, so a slot range that ends too early shows up as a
/// wrong result.
#[cfg(debug_assertions)]
fn dead_check() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("STRATA_DEAD_CHECK").is_some_and(|v| v == "1"))
}

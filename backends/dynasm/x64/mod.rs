//! The x86-64 templates of the baseline compiler: one linear pass over a function's
//! bytecode, one small template per opcode, no IR.
//!
//! The frame is exactly the interpreter's: locals and the operand stack stay in the VM value
//! stack (`frame[slot]`, 16 bytes per value), so every instruction boundary is a state the
//! interpreter can resume. The only compile-time state is the operand-stack depth, which the
//! verifier already knows at every ip.
//!
//! ```text
//!   rbx  ctx (JitContext)            r14  type-feedback slots of this function
//!   r12  frame (slot 0)              r15  call-feedback sites of this function
//!   r13  this call's Frame record    [rsp .. rsp+32)  two scratch values for helper calls
//!                                    [rsp+32]  FunctionFeedback of this function
//! ```
//!
//! Templates have an inline fast path (integer and float arithmetic and comparisons behind
//! tag checks, in the order the feedback gathered so far makes likelier) and out-of-line
//! slow paths, emitted after the function body, that call the shared runtime helpers. Type
//! and call feedback are recorded as the interpreter records them, so the optimizing tier
//! gets feedback from baseline runs; call counters and back-edge counters hand hot
//! functions and loops to the next tier.

// `dynasm!` converts dynamic register operands with `.into()`, which clippy flags when they
// are already `u8`.
#![allow(clippy::useless_conversion)]

use dynasmrt::x64::X64Relocation;
use dynasmrt::{DynamicLabel, DynasmApi, DynasmLabelApi, VecAssembler, dynasm};

use crate::bytecode::Op;
use crate::bytecode::opcodes::{Compare, OperandKind, RhsSource, call_flags};
use crate::bytecode::program::{Constant, Instr, Program};
use crate::bytecode::verify::ProgramFacts;
use crate::jit::backend::BackendError;
use crate::jit::deopt::{DeoptInfo, DeoptReason, FrameState, ValueLoc};
use crate::jit::helpers::{Helper, compare_kind};
use crate::jit::plan::Plan;
use crate::runtime::arith::ArithOp;
use crate::runtime::heap::Closure;
use crate::runtime::value::{Value, tag};
use crate::state::abi::{JitContext, Signal, fn_entry_offsets, frame_offsets};
use crate::state::feedback::{CallSite, FunctionFeedback, TAG_BITS, type_bits};

type Ops = VecAssembler<X64Relocation>;

/// Register numbers (for dynamic operands).
const RSP: u8 = 4;
const R12: u8 = 12;

/// Scratch area on the machine stack: two values, then the feedback pointer.
const SCRATCH: i32 = 0;
const FEEDBACK_SLOT: i32 = 32;
/// Bytes the prologue reserves below the saved registers (keeps rsp 16-byte aligned).
const FRAME_RESERVE: i32 = 40;

/// What the templates produced for one function.
pub struct Output {
    pub code: Vec<u8>,
    /// Native offset of each instruction's template, with its global ip.
    pub pc_map: Vec<(u32, u32)>,
    pub deopts: Vec<DeoptInfo>,
}

/// A memory operand holding a value: `[base + off]` (tag) and `[base + off + 8]` (payload).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mem {
    base: u8,
    off: i32,
}

impl Mem {
    fn pay(self) -> i32 {
        self.off + 8
    }

    fn with_off(self, delta: i32) -> Mem {
        Mem { base: self.base, off: self.off + delta }
    }
}

/// The right operand of a binary template.
#[derive(Clone, Copy, Debug)]
enum Rhs {
    Mem(Mem),
    /// An integer constant.
    Int(i64),
    /// A float constant.
    Float(f64),
}

/// Where a comparison's outcome goes.
#[derive(Clone, Copy, Debug)]
enum Sink {
    /// A boolean value in this slot.
    Bool(Mem),
    /// Jump to this label when the comparison is false.
    JumpIfFalse(DynamicLabel),
}

type Cold = Box<dyn FnOnce(&mut Ops)>;

fn slot(s: u32) -> Mem {
    Mem { base: R12, off: (s as i32) * 16 }
}

const SCRATCH_A: Mem = Mem { base: RSP, off: SCRATCH };
const SCRATCH_B: Mem = Mem { base: RSP, off: SCRATCH + 16 };

macro_rules! asm {
    ($ops:expr; $($t:tt)*) => {
        dynasm!($ops ; .arch x64 ; $($t)*)
    };
}

fn call_helper(ops: &mut Ops, h: Helper) {
    asm!(ops; mov rax, QWORD h.address() as i64 ; call rax);
}

/// Copies a value word by word (tags and payloads are stored separately everywhere, and a
/// 16-byte load of two 8-byte stores would miss store forwarding).
fn copy_value(ops: &mut Ops, dst: Mem, src: Mem) {
    if dst != src {
        asm!(ops
            ; mov r10, [Rq(src.base) + src.off]
            ; mov r11, [Rq(src.base) + src.pay()]
            ; mov [Rq(dst.base) + dst.off], r10
            ; mov [Rq(dst.base) + dst.pay()], r11
        );
    }
}

fn store_const(ops: &mut Ops, dst: Mem, v: Value) {
    asm!(ops; mov QWORD [Rq(dst.base) + dst.off], v.tag as i32);
    let p = v.payload as i64;
    if p == p as i32 as i64 {
        asm!(ops; mov QWORD [Rq(dst.base) + dst.pay()], p as i32);
    } else {
        asm!(ops; mov rax, QWORD p ; mov [Rq(dst.base) + dst.pay()], rax);
    }
}

/// `or [r14 + fb], bits(lhs) | bits(rhs) << 4`, with the bits looked up from the tags.
fn record_dynamic(ops: &mut Ops, fb: u32, a: Mem, b: Option<Rhs>) {
    let table = TAG_BITS.as_ptr() as i64;
    asm!(ops
        ; mov rcx, QWORD table
        ; mov rax, [Rq(a.base) + a.off]
        ; and eax, 15
        ; movzx edx, BYTE [rcx + rax]
    );
    match b {
        Some(Rhs::Mem(m)) => asm!(ops
            ; mov rax, [Rq(m.base) + m.off]
            ; and eax, 15
            ; movzx eax, BYTE [rcx + rax]
            ; shl eax, 4
            ; or edx, eax
        ),
        Some(Rhs::Int(_)) => asm!(ops; or edx, (type_bits::INT as i32) << 4),
        Some(Rhs::Float(_)) => asm!(ops; or edx, (type_bits::FLOAT as i32) << 4),
        None => asm!(ops; mov eax, edx ; shl eax, 4 ; or edx, eax),
    }
    asm!(ops; or [r14 + fb as i32], dl);
}

/// Jumps to `truthy` unless the value is nil or false (then falls through).
fn jump_if_truthy(ops: &mut Ops, v: Mem, truthy: DynamicLabel) {
    asm!(ops
        ; mov rax, [Rq(v.base) + v.off]
        ; test rax, rax
        ; jz >falsy
        ; cmp rax, tag::BOOL as i32
        ; jne =>truthy
        ; cmp QWORD [Rq(v.base) + v.pay()], 0
        ; jne =>truthy
        ; falsy:
    );
}

/// Jumps to `miss` unless `a` and `b` both have tag `t` (a constant `b` is checked now).
/// Returns whether the code after it is reachable.
fn guard_tags(ops: &mut Ops, a: Mem, b: Rhs, t: u64, miss: DynamicLabel) -> bool {
    asm!(ops; cmp QWORD [Rq(a.base) + a.off], t as i32 ; jne =>miss);
    match b {
        Rhs::Mem(m) => asm!(ops; cmp QWORD [Rq(m.base) + m.off], t as i32 ; jne =>miss),
        Rhs::Int(_) if t == tag::INT => {}
        Rhs::Float(_) if t == tag::FLOAT => {}
        _ => {
            asm!(ops; jmp =>miss);
            return false;
        }
    }
    true
}

/// Loads the payload of a numeric right operand into `rcx` (integers) — for templates that
/// need it in a register.
fn rhs_int_to_rcx(ops: &mut Ops, b: Rhs) {
    match b {
        Rhs::Mem(m) => asm!(ops; mov rcx, [Rq(m.base) + m.pay()]),
        Rhs::Int(i) => asm!(ops; mov rcx, QWORD i),
        // Dead code: the template jumped to its slow path already.
        Rhs::Float(_) => asm!(ops; xor ecx, ecx),
    }
}

/// The right operand as an f64 in `xmm1` (its tag checked to be FLOAT already, or a
/// float constant).
fn rhs_float_to_xmm1(ops: &mut Ops, b: Rhs) {
    match b {
        Rhs::Mem(m) => asm!(ops; movsd xmm1, QWORD [Rq(m.base) + m.pay()]),
        Rhs::Float(f) => asm!(ops; mov rax, QWORD f.to_bits() as i64 ; movq xmm1, rax),
        // Dead code: the template jumped to its slow path already.
        Rhs::Int(_) => asm!(ops; xorpd xmm1, xmm1),
    }
}

/// The number at `m` as an f64 in `xmm<reg>` (an integer converts); a non-number jumps to
/// `slow`.
fn number_to_xmm(ops: &mut Ops, m: Mem, reg: u8, slow: DynamicLabel) {
    asm!(ops
        ; mov rax, [Rq(m.base) + m.off]
        ; cmp rax, tag::FLOAT as i32
        ; jne >int
        ; movsd Rx(reg), QWORD [Rq(m.base) + m.pay()]
        ; jmp >done
        ; int:
        ; cmp rax, tag::INT as i32
        ; jne =>slow
        ; cvtsi2sd Rx(reg), QWORD [Rq(m.base) + m.pay()]
        ; done:
    );
}

/// Operands `a` and `b`, numbers of either kind, as f64s in `xmm0` and `xmm1`; a non-number
/// jumps to `slow`.
fn numbers_to_xmm01(ops: &mut Ops, a: Mem, b: Rhs, slow: DynamicLabel) {
    number_to_xmm(ops, a, 0, slow);
    match b {
        Rhs::Mem(m) => number_to_xmm(ops, m, 1, slow),
        Rhs::Int(i) => asm!(ops; mov rax, QWORD (i as f64).to_bits() as i64 ; movq xmm1, rax),
        Rhs::Float(f) => asm!(ops; mov rax, QWORD f.to_bits() as i64 ; movq xmm1, rax),
    }
}

/// Puts operands `a` and `b` side by side for a helper that takes a pointer to two values:
/// in place when `b` follows `a` in the frame, else in the scratch area. Returns the pair.
fn pair(ops: &mut Ops, a: Mem, b: Rhs) -> Mem {
    if let Rhs::Mem(m) = b
        && m.base == a.base
        && m.off == a.off + 16
    {
        return a;
    }
    match b {
        Rhs::Mem(m) => copy_value(ops, SCRATCH_B, m),
        Rhs::Int(i) => store_const(ops, SCRATCH_B, Value::int(i)),
        Rhs::Float(f) => store_const(ops, SCRATCH_B, Value::float(f)),
    }
    copy_value(ops, SCRATCH_A, a);
    SCRATCH_A
}

/// Compiles `plan`'s function (its region 0: the baseline never inlines).
pub fn compile(program: &Program, facts: &ProgramFacts, plan: &Plan) -> Result<Output, BackendError> {
    let func = plan.sub.root();
    let f = &program.functions[func as usize];
    let ff = &facts.functions[func as usize];
    let frame_size = f.frame_size().max(plan.sub.frame_slots);
    if (frame_size as u64 + 1) * 16 > i32::MAX as u64 / 2 {
        return Err(BackendError::Unsupported(format!("frame of {frame_size} slots is too large")));
    }
    let instrs = plan.sub.instructions(0);
    let mut ops: Ops = VecAssembler::new(0);
    let error = ops.new_dynamic_label();
    let epilogue = ops.new_dynamic_label();
    let mut e = Emitter {
        ops,
        program,
        plan,
        func,
        locals: f.locals_count,
        labels: Vec::new(),
        cold: Vec::new(),
        error,
        epilogue,
        deopts: Vec::new(),
        pc_map: Vec::with_capacity(instrs.len()),
    };
    let code_len = plan.sub.regions[0].end as usize;
    e.labels = vec![None; code_len + 1];
    for ins in &instrs {
        if let Some(t) = ins.jump_target() {
            e.label(t);
        }
        e.label(ins.ip);
    }
    e.label(code_len as u32);

    let osr = match plan.config.osr_entry {
        None => None,
        Some(gip) => Some(
            plan.sub
                .sub_ip(0, gip)
                .ok_or_else(|| BackendError::Internal(format!("OSR header {gip} is not in function {func}")))?,
        ),
    };
    e.prologue(f.arity, frame_size, f.entry_point, osr);

    for ins in &instrs {
        let gip = plan.sub.global_ip(ins.ip).expect("mapped");
        let Some(depth) = ff.depth_at(f, gip) else {
            // Unreachable: nothing jumps here.
            continue;
        };
        let l = e.label(ins.ip);
        asm!(e.ops; =>l);
        e.pc_map.push((e.ops.offset().0 as u32, gip));
        e.instr(ins, gip, depth)?;
    }
    let end = e.label(code_len as u32);
    asm!(e.ops; =>end ; ud2);

    // Shared exits, then every slow path.
    let (error, epilogue) = (e.error, e.epilogue);
    asm!(e.ops
        ; =>error
        ; mov eax, Signal::Error as i32
        ; =>epilogue
        ; add rsp, FRAME_RESERVE
        ; pop r15
        ; pop r14
        ; pop r13
        ; pop r12
        ; pop rbx
        ; pop rbp
        ; ret
    );
    for c in std::mem::take(&mut e.cold) {
        c(&mut e.ops);
    }
    let pc_map = std::mem::take(&mut e.pc_map);
    let deopts = std::mem::take(&mut e.deopts);
    let code = e.ops.finalize().map_err(|err| BackendError::Internal(format!("dynasm: {err:?}")))?;
    Ok(Output { code, pc_map, deopts })
}

struct Emitter<'a> {
    ops: Ops,
    program: &'a Program,
    plan: &'a Plan,
    func: u32,
    locals: u32,
    /// Labels by sub ip (jump targets and instruction starts).
    labels: Vec<Option<DynamicLabel>>,
    cold: Vec<Cold>,
    error: DynamicLabel,
    epilogue: DynamicLabel,
    deopts: Vec<DeoptInfo>,
    pc_map: Vec<(u32, u32)>,
}

impl Emitter<'_> {
    fn label(&mut self, sub_ip: u32) -> DynamicLabel {
        if let Some(l) = self.labels[sub_ip as usize] {
            return l;
        }
        let l = self.ops.new_dynamic_label();
        self.labels[sub_ip as usize] = Some(l);
        l
    }

    fn cold(&mut self, f: impl FnOnce(&mut Ops) + 'static) {
        self.cold.push(Box::new(f));
    }

    fn constant(&self, k: u32) -> &Constant {
        &self.program.constants[k as usize]
    }

    /// A constant right operand: numbers as immediates, strings copied to the scratch area.
    fn const_rhs(&mut self, k: u32) -> Rhs {
        match *self.constant(k) {
            Constant::Int(i) => Rhs::Int(i),
            Constant::Float(f) => Rhs::Float(f),
            Constant::Str(_) => {
                self.load_constant(SCRATCH_B, k);
                Rhs::Mem(SCRATCH_B)
            }
        }
    }

    /// Copies program constant `k` (any kind) to `dst`.
    fn load_constant(&mut self, dst: Mem, k: u32) {
        match *self.constant(k) {
            Constant::Int(i) => store_const(&mut self.ops, dst, Value::int(i)),
            Constant::Float(f) => store_const(&mut self.ops, dst, Value::float(f)),
            Constant::Str(_) => {
                let off = (k as i32) * 16;
                asm!(self.ops; mov rax, [rbx + JitContext::OFF_CONSTANTS]);
                copy_value(&mut self.ops, dst, Mem { base: 0, off });
            }
        }
    }

    fn set_record_ip(&mut self, gip: u32) {
        asm!(self.ops; mov DWORD [r13 + frame_offsets::IP], gip as i32);
    }

    fn fail_if_nonzero(&mut self) {
        let err = self.error;
        asm!(self.ops; test eax, eax ; jnz =>err);
    }

    // -----------------------------------------------------------------------------------------
    // Entry.

    fn prologue(&mut self, arity: u32, frame_size: u32, entry_point: u32, osr: Option<u32>) {
        let func = self.func as i32;
        asm!(self.ops
            ; push rbp
            ; mov rbp, rsp
            ; push rbx
            ; push r12
            ; push r13
            ; push r14
            ; push r15
            ; sub rsp, FRAME_RESERVE
            ; mov rbx, rdi
            ; mov r12, rsi
            // The function's feedback: type slots, call sites, and the counters when this
            // code counts calls or backward jumps for the next tier.
            ; mov rax, [rbx + JitContext::OFF_FUNCTIONS]
            ; add rax, func * fn_entry_offsets::SIZE
            ; mov r14, [rax + fn_entry_offsets::TYPE_FB]
            ; mov r15, [rax + fn_entry_offsets::CALL_FB]
        );
        if self.plan.config.tier_up_calls.is_some() || self.plan.config.tier_up_backedges.is_some() {
            asm!(self.ops
                ; mov rax, [rax + fn_entry_offsets::FEEDBACK]
                ; mov [rsp + FEEDBACK_SLOT], rax
            );
        }
        if let Some(header) = osr {
            // OSR: the interpreter's frame and record are live; go straight to the loop.
            let l = self.label(header);
            asm!(self.ops
                ; mov eax, [rbx + JitContext::OFF_DEPTH]
                ; dec eax
                ; lea rax, [rax + rax * 2]
                ; mov rcx, [rbx + JitContext::OFF_FRAMES]
                ; lea r13, [rcx + rax * 8]
                ; jmp =>l
            );
            return;
        }
        let overflow = self.ops.new_dynamic_label();
        let back = self.ops.new_dynamic_label();
        let size = (frame_size as i32) * 16;
        asm!(self.ops
            ; mov eax, [rbx + JitContext::OFF_DEPTH]
            ; cmp eax, [rbx + JitContext::OFF_DEPTH_LIMIT]
            ; jae =>overflow
            ; lea rcx, [r12 + size]
            ; cmp rcx, [rbx + JitContext::OFF_STACK_LIMIT]
            ; ja =>overflow
            ; cmp rsp, [rbx + JitContext::OFF_MACHINE_FLOOR]
            ; jbe =>overflow
            // Push this call's record.
            ; lea rcx, [rax + rax * 2]
            ; mov rdx, [rbx + JitContext::OFF_FRAMES]
            ; lea r13, [rdx + rcx * 8]
            ; mov [r13 + frame_offsets::BASE], r12
            ; mov rcx, QWORD ((entry_point as u64) << 32 | self.func as u64) as i64
            ; mov [r13 + frame_offsets::FUNC], rcx
            ; inc eax
            ; mov [rbx + JitContext::OFF_DEPTH], eax
        );
        let error = self.error;
        self.cold(move |ops| {
            asm!(ops
                ; =>overflow
                ; mov rdi, rbx
                ;; call_helper(ops, Helper::StackOverflow)
                ; jmp =>error
            );
        });
        // Missing parameters and the other locals are nil.
        if arity > 0 {
            asm!(self.ops; mov eax, [rbx + JitContext::OFF_NARGS]);
        }
        for i in 0..arity {
            let s = slot(i);
            asm!(self.ops
                ; cmp eax, i as i32
                ; ja >present
                ; mov QWORD [r12 + s.off], 0
                ; mov QWORD [r12 + s.pay()], 0
                ; present:
            );
        }
        if self.locals > arity {
            asm!(self.ops; xor ecx, ecx);
            for i in arity..self.locals {
                let s = slot(i);
                asm!(self.ops; mov [r12 + s.off], rcx ; mov [r12 + s.pay()], rcx);
            }
        }
        // Hot functions go to the next tier (this call goes on here).
        if let Some(n) = self.plan.config.tier_up_calls {
            let hot = self.ops.new_dynamic_label();
            let off = std::mem::offset_of!(FunctionFeedback, call_count) as i32;
            asm!(self.ops
                ; mov rax, [rsp + FEEDBACK_SLOT]
                ; add DWORD [rax + off], 1
                ; cmp DWORD [rax + off], n as i32
                ; je =>hot
                ; =>back
            );
            self.cold(move |ops| {
                asm!(ops
                    ; =>hot
                    ; mov rdi, rbx
                    ; mov esi, func
                    ;; call_helper(ops, Helper::TierUp)
                    ; test eax, eax
                    ; jnz =>error
                    ; jmp =>back
                );
            });
        }
    }

    // -----------------------------------------------------------------------------------------
    // Instructions.

    fn instr(&mut self, ins: &Instr, gip: u32, depth: u32) -> Result<(), BackendError> {
        let op = ins.op;
        let sp = self.locals + depth; // first free slot
        let top = slot(sp.wrapping_sub(1));
        match op {
            Op::Nop | Op::Pop => {}
            Op::SavePc => self.set_record_ip(gip),
            Op::Dup => copy_value(&mut self.ops, slot(sp), top),
            Op::Swap => {
                let below = slot(sp - 2);
                copy_value(&mut self.ops, SCRATCH_A, below);
                copy_value(&mut self.ops, below, top);
                copy_value(&mut self.ops, top, SCRATCH_A);
            }
            Op::PushNil | Op::LibNil => store_const(&mut self.ops, slot(sp), Value::NIL),
            Op::PushTrue => store_const(&mut self.ops, slot(sp), Value::TRUE),
            Op::PushFalse => store_const(&mut self.ops, slot(sp), Value::FALSE),
            Op::PushInt => store_const(&mut self.ops, slot(sp), Value::int(ins.arg(0) as i32 as i64)),
            Op::PushBuiltin => store_const(&mut self.ops, slot(sp), Value::builtin(ins.arg(0))),
            Op::PushConst | Op::LibConst => self.load_constant(slot(sp), ins.arg(0)),
            Op::GetLocal => copy_value(&mut self.ops, slot(sp), slot(ins.arg(0))),
            Op::SetLocal => copy_value(&mut self.ops, slot(ins.arg(0)), top),
            Op::NewCell | Op::BoxLocal => {
                let src = if op == Op::NewCell { top } else { slot(ins.arg(0)) };
                let dst = slot(ins.arg(0));
                asm!(self.ops
                    ; mov rdi, rbx
                    ; mov rsi, [r12 + src.off]
                    ; mov rdx, [r12 + src.pay()]
                    ;; call_helper(&mut self.ops, Helper::NewCell)
                    ; mov QWORD [r12 + dst.off], tag::CELL as i32
                    ; mov [r12 + dst.pay()], rax
                );
            }
            Op::GetCell | Op::SetCell | Op::GetUpval | Op::SetUpval => {
                // rax: the cell (a local's, or the running closure's upvalue).
                if matches!(op, Op::GetCell | Op::SetCell) {
                    let cell = slot(ins.arg(0));
                    asm!(self.ops; mov rax, [r12 + cell.pay()]);
                } else {
                    let off = Closure::UPVALS_OFFSET as i32 + 8 * ins.arg(0) as i32;
                    asm!(self.ops
                        ; mov rax, [r12 - 8]
                        ; mov rax, [rax + off]
                    );
                }
                let in_cell = Mem { base: 0, off: 0 };
                if matches!(op, Op::GetCell | Op::GetUpval) {
                    copy_value(&mut self.ops, slot(sp), in_cell);
                } else {
                    copy_value(&mut self.ops, in_cell, top);
                }
            }
            Op::GetGlobal | Op::SetGlobal => {
                let g = Mem { base: 0, off: (ins.arg(0) as i32) * 16 };
                asm!(self.ops
                    ; mov rax, [rbx + JitContext::OFF_GLOBALS]
                    ; cmp QWORD [rax + g.off], 0
                    ; jne >not_nil
                    // Lua saves its pc where a global is nil.
                    ; mov DWORD [r13 + frame_offsets::IP], gip as i32
                    ; not_nil:
                );
                if op == Op::GetGlobal {
                    copy_value(&mut self.ops, slot(sp), g);
                } else {
                    copy_value(&mut self.ops, g, top);
                }
            }
            Op::Closure => {
                self.set_record_ip(gip);
                let out = slot(sp);
                asm!(self.ops
                    ; mov rdi, rbx
                    ; mov esi, ins.arg(0) as i32
                    ; mov rdx, r12
                    ; lea rcx, [r12 + out.off]
                    ;; call_helper(&mut self.ops, Helper::Closure)
                );
            }
            Op::Concat => {
                let a = slot(sp - 2);
                self.set_record_ip(gip);
                asm!(self.ops
                    ; mov rdi, rbx
                    ; lea rsi, [r12 + a.off]
                    ; mov edx, gip as i32
                    ;; call_helper(&mut self.ops, Helper::Concat)
                );
                self.fail_if_nonzero();
            }
            Op::Len => {
                self.set_record_ip(gip);
                let slow = self.ops.new_dynamic_label();
                let done = self.ops.new_dynamic_label();
                asm!(self.ops
                    ; cmp QWORD [r12 + top.off], tag::STR as i32
                    ; jne =>slow
                    ; mov rax, [r12 + top.pay()]
                    ; mov rax, [rax]
                    ; mov QWORD [r12 + top.off], tag::INT as i32
                    ; mov [r12 + top.pay()], rax
                    ; =>done
                );
                let error = self.error;
                self.cold(move |ops| {
                    asm!(ops
                        ; =>slow
                        ; mov rdi, rbx
                        ; lea rsi, [r12 + top.off]
                        ; mov edx, gip as i32
                        ;; call_helper(ops, Helper::Len)
                        ; test eax, eax
                        ; jnz =>error
                        ; jmp =>done
                    );
                });
            }
            Op::Not => {
                let truthy = self.ops.new_dynamic_label();
                asm!(self.ops; xor ecx, ecx);
                jump_if_truthy(&mut self.ops, top, truthy);
                asm!(self.ops
                    ; mov ecx, 1
                    ; =>truthy
                    ; mov QWORD [r12 + top.off], tag::BOOL as i32
                    ; mov [r12 + top.pay()], rcx
                );
            }
            Op::AddInt | Op::SubInt | Op::MulInt => {
                let a = slot(sp - 2);
                asm!(self.ops; mov rax, [r12 + a.pay()]);
                match op {
                    Op::AddInt => asm!(self.ops; add rax, [r12 + top.pay()]),
                    Op::SubInt => asm!(self.ops; sub rax, [r12 + top.pay()]),
                    _ => asm!(self.ops; imul rax, [r12 + top.pay()]),
                }
                asm!(self.ops; mov [r12 + a.pay()], rax);
            }
            Op::UnmInt => asm!(self.ops; neg QWORD [r12 + top.pay()]),
            Op::IDivInt | Op::ModInt => {
                let a = slot(sp - 2);
                let aop = if op == Op::IDivInt { ArithOp::IDiv } else { ArithOp::Mod };
                self.int_div_mod(aop, a, Rhs::Mem(top), None, gip);
            }
            Op::AddFloat | Op::SubFloat | Op::MulFloat | Op::DivFloat | Op::ModFloat | Op::IDivFloat | Op::PowFloat => {
                let a = slot(sp - 2);
                asm!(self.ops; movsd xmm0, QWORD [r12 + a.pay()] ; movsd xmm1, QWORD [r12 + top.pay()]);
                float_op_into(&mut self.ops, op.arith_op().expect("arithmetic"));
                asm!(self.ops; movsd QWORD [r12 + a.pay()], xmm0);
            }
            Op::UnmFloat => {
                asm!(self.ops
                    ; mov rax, QWORD i64::MIN
                    ; xor [r12 + top.pay()], rax
                );
            }
            _ if op.arith_op().is_some() => self.arith(ins, sp, gip),
            Op::Eq | Op::Ne | Op::Lt | Op::Le | Op::Gt | Op::Ge => {
                let cmp = op.compare().expect("a comparison");
                let a = slot(sp - 2);
                self.compare(cmp, a, Rhs::Mem(top), Some(ins.arg(0)), gip, Sink::Bool(a));
            }
            Op::EqInt | Op::NeInt | Op::LtInt | Op::LeInt | Op::GtInt | Op::GeInt => {
                let cmp = op.compare().expect("a comparison");
                let a = slot(sp - 2);
                asm!(self.ops; mov rax, [r12 + a.pay()] ; cmp rax, [r12 + top.pay()]);
                int_flags_into(&mut self.ops, cmp, Sink::Bool(a));
            }
            Op::EqFloat | Op::NeFloat | Op::LtFloat | Op::LeFloat | Op::GtFloat | Op::GeFloat => {
                let cmp = op.compare().expect("a comparison");
                let a = slot(sp - 2);
                asm!(self.ops; movsd xmm0, QWORD [r12 + a.pay()] ; movsd xmm1, QWORD [r12 + top.pay()]);
                float_compare_into(&mut self.ops, cmp, Sink::Bool(a));
            }
            Op::Jump => {
                let t = ins.arg(0);
                self.jump(t, ins.ip, depth);
            }
            Op::JumpIfFalse | Op::JumpIfTrue => {
                let t = ins.arg(0);
                let taken = self.branch_target(t, ins.ip, depth - 1);
                if op == Op::JumpIfTrue {
                    jump_if_truthy(&mut self.ops, top, taken);
                } else {
                    let next = self.label(ins.next_ip());
                    jump_if_truthy(&mut self.ops, top, next);
                    asm!(self.ops; jmp =>taken);
                }
            }
            _ if op.branch_compare().is_some() => {
                let cmp = op.branch_compare().expect("a compare");
                let src = op.rhs_source();
                let fb = fb_operand(ins);
                let target = *ins.operands().last().expect("a target");
                let (a, b) = match src {
                    RhsSource::Stack => (slot(sp - 2), Rhs::Mem(top)),
                    RhsSource::Local => (top, Rhs::Mem(slot(ins.arg(0)))),
                    RhsSource::Const => {
                        let b = self.const_rhs(ins.arg(0));
                        (top, b)
                    }
                };
                let after = depth - if src == RhsSource::Stack { 2 } else { 1 };
                let taken = self.branch_target(target, ins.ip, after);
                self.compare(cmp, a, b, fb, gip, Sink::JumpIfFalse(taken));
            }
            Op::ForPrep | Op::ForPrepInt | Op::ForPrepFloat => {
                self.set_record_ip(gip);
                let init = slot(sp - 3);
                let state = slot(ins.arg(0));
                let exit = self.label(ins.arg(1));
                let error = self.error;
                asm!(self.ops
                    ; mov rdi, rbx
                    ; lea rsi, [r12 + init.off]
                    ; lea rdx, [r12 + state.off]
                    ; mov ecx, gip as i32
                    ;; call_helper(&mut self.ops, Helper::ForPrep)
                    ; test eax, eax
                    ; jz =>exit
                    ; cmp eax, 2
                    ; je =>error
                );
            }
            Op::ForLoop | Op::ForLoopInt | Op::ForLoopFloat => self.for_loop(ins, depth),
            Op::Method | Op::MethodMissing => {
                self.set_record_ip(gip);
                let bad = self.ops.new_dynamic_label();
                asm!(self.ops
                    ; cmp QWORD [r12 + top.off], tag::STR as i32
                    ; jne =>bad
                );
                copy_value(&mut self.ops, slot(sp), top);
                let v = if op == Op::Method { Value::builtin(ins.arg(0)) } else { Value::NIL };
                store_const(&mut self.ops, top, v);
                let (error, pos) = (self.error, depth - 1);
                self.cold(move |ops| {
                    asm!(ops
                        ; =>bad
                        ; mov rdi, rbx
                        ; lea rsi, [r12 + top.off]
                        ; mov edx, pos as i32
                        ; mov ecx, gip as i32
                        ;; call_helper(ops, Helper::IndexError)
                        ; jmp =>error
                    );
                });
            }
            Op::Call | Op::TailCall => self.call(ins, gip, sp),
            Op::Return0 | Op::Return1 => {
                if op == Op::Return1 {
                    copy_value(&mut self.ops, slot(0), top);
                } else {
                    store_const(&mut self.ops, slot(0), Value::NIL);
                }
                let epilogue = self.epilogue;
                asm!(self.ops
                    ; mov DWORD [rbx + JitContext::OFF_NRES], (op == Op::Return1) as i32
                    ; sub DWORD [rbx + JitContext::OFF_DEPTH], 1
                    ; xor eax, eax
                    ; jmp =>epilogue
                );
            }
            _ => {
                return Err(BackendError::Unsupported(format!("dynasm has no template for {}", op.name())));
            }
        }
        Ok(())
    }

    // -----------------------------------------------------------------------------------------
    // Arithmetic.

    /// Whether the feedback so far says this operation sees floats rather than integers.
    fn floats_likelier(&self, fb: u32) -> bool {
        // The type feedback gathered so far.
        let bits = self.plan.sub.type_fb.get(fb as usize).copied().unwrap_or(0);
        bits & 0x22 != 0 && bits & 0x11 == 0
    }

    /// Generic arithmetic (`Add`, `AddL`, `AddK`, ..., unary operators).
    fn arith(&mut self, ins: &Instr, sp: u32, gip: u32) {
        let op = ins.op;
        let aop = op.arith_op().expect("arithmetic");
        let fb = fb_operand(ins).expect("generic arithmetic has feedback");
        let top = slot(sp - 1);
        let unary = aop.is_unary();
        let (a, b) = if unary {
            (top, Rhs::Mem(top))
        } else {
            match op.rhs_source() {
                RhsSource::Stack => (slot(sp - 2), Rhs::Mem(top)),
                RhsSource::Local => (top, Rhs::Mem(slot(ins.arg(0)))),
                RhsSource::Const => {
                    let b = self.const_rhs(ins.arg(0));
                    (top, b)
                }
            }
        };
        if self.program.subtracts_int_zero(ins) {
            return self.sub_int_zero(a, b, fb, gip);
        }
        match aop {
            ArithOp::Add | ArithOp::Sub | ArithOp::Mul => self.add_sub_mul(aop, a, b, fb, gip),
            ArithOp::Div => self.div(a, b, fb, gip),
            ArithOp::Mod | ArithOp::IDiv => self.int_div_mod(aop, a, b, Some(fb), gip),
            ArithOp::BAnd | ArithOp::BOr | ArithOp::BXor => {
                let slow = self.ops.new_dynamic_label();
                let done = self.ops.new_dynamic_label();
                guard_tags(&mut self.ops, a, b, tag::INT, slow);
                asm!(self.ops; or BYTE [r14 + fb as i32], 0x11);
                rhs_int_to_rcx(&mut self.ops, b);
                match aop {
                    ArithOp::BAnd => asm!(self.ops; and [r12 + a.pay()], rcx),
                    ArithOp::BOr => asm!(self.ops; or [r12 + a.pay()], rcx),
                    _ => asm!(self.ops; xor [r12 + a.pay()], rcx),
                }
                asm!(self.ops; =>done);
                self.arith_slow(aop, a, Some(b), Some(fb), gip, slow, done);
            }
            ArithOp::Unm => {
                let not_int = self.ops.new_dynamic_label();
                let slow = self.ops.new_dynamic_label();
                let done = self.ops.new_dynamic_label();
                asm!(self.ops
                    ; mov rax, [r12 + a.off]
                    ; cmp rax, tag::INT as i32
                    ; jne =>not_int
                    ; or BYTE [r14 + fb as i32], 0x11
                    ; neg QWORD [r12 + a.pay()]
                    ; =>done
                );
                self.cold(move |ops| {
                    asm!(ops
                        ; =>not_int
                        ; cmp rax, tag::FLOAT as i32
                        ; jne =>slow
                        ; or BYTE [r14 + fb as i32], 0x22
                        ; mov rax, QWORD i64::MIN
                        ; xor [r12 + a.pay()], rax
                        ; jmp =>done
                    );
                });
                self.arith_slow(aop, a, None, Some(fb), gip, slow, done);
            }
            ArithOp::Shl | ArithOp::Shr => self.shift(aop, a, b, fb, gip),
            ArithOp::BNot => {
                let slow = self.ops.new_dynamic_label();
                let done = self.ops.new_dynamic_label();
                asm!(self.ops
                    ; cmp QWORD [r12 + a.off], tag::INT as i32
                    ; jne =>slow
                    ; or BYTE [r14 + fb as i32], 0x11
                    ; not QWORD [r12 + a.pay()]
                    ; =>done
                );
                self.arith_slow(aop, a, None, Some(fb), gip, slow, done);
            }
            _ => {
                // `^`: the helper (after recording the operand types).
                let slow = self.ops.new_dynamic_label();
                let done = self.ops.new_dynamic_label();
                asm!(self.ops; jmp =>slow ; =>done);
                self.arith_slow(aop, a, (!unary).then_some(b), Some(fb), gip, slow, done);
            }
        }
    }

    /// The slow path of an arithmetic template: record the operand types, then the generic
    /// helper (which raises Lua's errors), result into `a`.
    #[allow(clippy::too_many_arguments)]
    fn arith_slow(
        &mut self,
        aop: ArithOp,
        a: Mem,
        b: Option<Rhs>,
        fb: Option<u32>,
        gip: u32,
        slow: DynamicLabel,
        done: DynamicLabel,
    ) {
        let error = self.error;
        self.cold(move |ops| {
            asm!(ops; =>slow);
            if let Some(fb) = fb {
                record_dynamic(ops, fb, a, b);
            }
            let p = match b {
                Some(b) => pair(ops, a, b),
                None => a,
            };
            asm!(ops
                ; mov rdi, rbx
                ; mov esi, aop as i32
                ; lea rdx, [Rq(p.base) + p.off]
                ; mov ecx, gip as i32
                ;; call_helper(ops, Helper::Arith)
                ; test eax, eax
                ; jnz =>error
            );
            copy_value(ops, a, p);
            asm!(ops; jmp =>done);
        });
    }

    /// `+`, `-`, `*`: integer and float fast paths (the likelier one inline).
    /// `a - 0` with the integer constant 0 (`b`): Lua's `a + 0` on numbers (an integer stays,
    /// a float gets `+ 0.0`: `-0.0 - 0` is `0.0`; see `Program::subtracts_int_zero`), the
    /// helper's subtraction otherwise.
    fn sub_int_zero(&mut self, a: Mem, b: Rhs, fb: u32, gip: u32) {
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        let other = self.ops.new_dynamic_label();
        let int_path = move |ops: &mut Ops, miss: DynamicLabel| {
            asm!(ops
                ; cmp QWORD [r12 + a.off], tag::INT as i32
                ; jne =>miss
                ; or BYTE [r14 + fb as i32], 0x11
            );
        };
        let float_path = move |ops: &mut Ops, miss: DynamicLabel| {
            asm!(ops
                ; cmp QWORD [r12 + a.off], tag::FLOAT as i32
                ; jne =>miss
                ; or BYTE [r14 + fb as i32], 0x12
                ; movsd xmm0, QWORD [r12 + a.pay()]
                ; xorpd xmm1, xmm1
                ; addsd xmm0, xmm1
                ; movsd QWORD [r12 + a.pay()], xmm0
            );
        };
        let floats_first = self.floats_likelier(fb);
        self.fast_paths(floats_first, int_path, float_path, [other, slow, done]);
        self.arith_slow(ArithOp::Sub, a, Some(b), Some(fb), gip, slow, done);
    }

    fn add_sub_mul(&mut self, aop: ArithOp, a: Mem, b: Rhs, fb: u32, gip: u32) {
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        let other = self.ops.new_dynamic_label();
        let int_path = move |ops: &mut Ops, miss: DynamicLabel| {
            if !guard_tags(ops, a, b, tag::INT, miss) {
                return;
            }
            asm!(ops; or BYTE [r14 + fb as i32], 0x11 ; mov rax, [r12 + a.pay()]);
            match (aop, b) {
                (ArithOp::Add, Rhs::Int(i)) if i == i as i32 as i64 => asm!(ops; add rax, i as i32),
                (ArithOp::Sub, Rhs::Int(i)) if i == i as i32 as i64 => asm!(ops; sub rax, i as i32),
                (ArithOp::Mul, Rhs::Int(i)) if i == i as i32 as i64 => asm!(ops; imul rax, rax, i as i32),
                _ => {
                    rhs_int_to_rcx(ops, b);
                    match aop {
                        ArithOp::Add => asm!(ops; add rax, rcx),
                        ArithOp::Sub => asm!(ops; sub rax, rcx),
                        _ => asm!(ops; imul rax, rcx),
                    }
                }
            }
            asm!(ops; mov [r12 + a.pay()], rax);
        };
        let float_path = move |ops: &mut Ops, miss: DynamicLabel| {
            if !guard_tags(ops, a, b, tag::FLOAT, miss) {
                return;
            }
            asm!(ops; or BYTE [r14 + fb as i32], 0x22);
            rhs_float_to_xmm1(ops, b);
            // Operand order as the interpreter's (the NaN a two-NaN operation returns: `b`'s
            // for `+`, `a`'s otherwise).
            if aop == ArithOp::Add {
                asm!(ops; addsd xmm1, QWORD [r12 + a.pay()] ; movsd QWORD [r12 + a.pay()], xmm1);
            } else {
                asm!(ops; movsd xmm0, QWORD [r12 + a.pay()]);
                float_op_into(ops, aop);
                asm!(ops; movsd QWORD [r12 + a.pay()], xmm0);
            }
        };
        let floats_first = self.floats_likelier(fb);
        let mixed = self.ops.new_dynamic_label();
        self.fast_paths(floats_first, int_path, float_path, [other, mixed, done]);
        // An integer with a float (`x * 2` on a float `x`): both as floats, still inline.
        self.cold(move |ops| {
            asm!(ops; =>mixed);
            numbers_to_xmm01(ops, a, b, slow);
            record_dynamic(ops, fb, a, Some(b));
            float_op_into(ops, aop);
            asm!(ops
                ; mov QWORD [r12 + a.off], tag::FLOAT as i32
                ; movsd QWORD [r12 + a.pay()], xmm0
                ; jmp =>done
            );
        });
        self.arith_slow(aop, a, Some(b), Some(fb), gip, slow, done);
    }

    /// `<<` and `>>` on integers: a count of 64 or more gives 0, a negative count shifts the
    /// other way (Lua's `luaV_shiftl`).
    fn shift(&mut self, aop: ArithOp, a: Mem, b: Rhs, fb: u32, gip: u32) {
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        let store = self.ops.new_dynamic_label();
        let other_way = self.ops.new_dynamic_label();
        guard_tags(&mut self.ops, a, b, tag::INT, slow);
        asm!(self.ops; or BYTE [r14 + fb as i32], 0x11 ; mov rax, [r12 + a.pay()]);
        rhs_int_to_rcx(&mut self.ops, b);
        asm!(self.ops; cmp rcx, 63 ; ja =>other_way);
        let left = aop == ArithOp::Shl;
        if left {
            asm!(self.ops; shl rax, cl);
        } else {
            asm!(self.ops; shr rax, cl);
        }
        asm!(self.ops; =>store ; mov [r12 + a.pay()], rax ; =>done);
        self.cold(move |ops| {
            // A negative count (or one of 64 and more: zero).
            asm!(ops
                ; =>other_way
                ; neg rcx
                ; cmp rcx, 63
                ; ja >zero
            );
            if left {
                asm!(ops; shr rax, cl);
            } else {
                asm!(ops; shl rax, cl);
            }
            asm!(ops
                ; jmp =>store
                ; zero:
                ; xor eax, eax
                ; jmp =>store
            );
        });
        self.arith_slow(aop, a, Some(b), Some(fb), gip, slow, done);
    }

    /// Lays out an integer and a float fast path: the likelier one inline (falling through to
    /// `done`), the other out of line (entered at `other`); each jumps to its miss label
    /// (`other`, then `slow`) when the tags differ.
    fn fast_paths(
        &mut self,
        floats_first: bool,
        int_path: impl FnOnce(&mut Ops, DynamicLabel) + 'static,
        float_path: impl FnOnce(&mut Ops, DynamicLabel) + 'static,
        [other, slow, done]: [DynamicLabel; 3],
    ) {
        if floats_first {
            float_path(&mut self.ops, other);
            asm!(self.ops; =>done);
            self.cold(move |ops| {
                asm!(ops; =>other);
                int_path(ops, slow);
                asm!(ops; jmp =>done);
            });
        } else {
            int_path(&mut self.ops, other);
            asm!(self.ops; =>done);
            self.cold(move |ops| {
                asm!(ops; =>other);
                float_path(ops, slow);
                asm!(ops; jmp =>done);
            });
        }
    }

    /// `/`: numbers of either kind divide as floats.
    fn div(&mut self, a: Mem, b: Rhs, fb: u32, gip: u32) {
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        numbers_to_xmm01(&mut self.ops, a, b, slow);
        record_dynamic(&mut self.ops, fb, a, Some(b));
        asm!(self.ops
            ; divsd xmm0, xmm1
            ; mov QWORD [r12 + a.off], tag::FLOAT as i32
            ; movsd QWORD [r12 + a.pay()], xmm0
            ; =>done
        );
        self.arith_slow(ArithOp::Div, a, Some(b), Some(fb), gip, slow, done);
    }

    /// `//` and `%`: integers inline unless the divisor is 0 or -1 (the helper raises or
    /// handles those), floats inline (`%` through the C-compatible helper).
    fn int_div_mod(&mut self, aop: ArithOp, a: Mem, b: Rhs, fb: Option<u32>, gip: u32) {
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        let not_int = self.ops.new_dynamic_label();
        let typed = fb.is_none();
        if !typed {
            guard_tags(&mut self.ops, a, b, tag::INT, not_int);
        }
        rhs_int_to_rcx(&mut self.ops, b);
        asm!(self.ops
            ; lea rdx, [rcx + 1]
            ; cmp rdx, 1
            ; jbe =>slow
        );
        if let Some(fb) = fb {
            asm!(self.ops; or BYTE [r14 + fb as i32], 0x11);
        }
        asm!(self.ops
            ; mov rax, [r12 + a.pay()]
            ; cqo
            ; idiv rcx
            // Floor: when the remainder is not zero and its sign differs from the divisor's.
            ; test rdx, rdx
            ; jz >exact
            ; mov r8, rdx
            ; xor r8, rcx
            ; jns >exact
        );
        if aop == ArithOp::IDiv {
            asm!(self.ops; dec rax ; exact: ; mov [r12 + a.pay()], rax);
        } else {
            asm!(self.ops; add rdx, rcx ; exact: ; mov [r12 + a.pay()], rdx);
        }
        asm!(self.ops; =>done);
        if let Some(fb) = fb {
            self.cold(move |ops| {
                asm!(ops; =>not_int);
                if !guard_tags(ops, a, b, tag::FLOAT, slow) {
                    return;
                }
                asm!(ops; or BYTE [r14 + fb as i32], 0x22 ; movsd xmm0, QWORD [r12 + a.pay()]);
                rhs_float_to_xmm1(ops, b);
                float_op_into(ops, aop);
                asm!(ops; movsd QWORD [r12 + a.pay()], xmm0 ; jmp =>done);
            });
            self.arith_slow(aop, a, Some(b), Some(fb), gip, slow, done);
        } else {
            // Typed integer operands: only a zero or -1 divisor gets here.
            self.cold(move |ops| asm!(ops; =>not_int ; jmp =>slow));
            self.arith_slow(aop, a, Some(b), None, gip, slow, done);
        }
    }

    // -----------------------------------------------------------------------------------------
    // Comparisons and jumps.

    /// A comparison of `a` and `b` into the sink: integer and float fast paths, equality of
    /// same-tagged small values by payload, the helpers otherwise.
    fn compare(&mut self, cmp: Compare, a: Mem, b: Rhs, fb: Option<u32>, gip: u32, sink: Sink) {
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        let other = self.ops.new_dynamic_label();
        let eq = matches!(cmp, Compare::Eq | Compare::Ne);
        let int_path = move |ops: &mut Ops, miss: DynamicLabel| {
            if !guard_tags(ops, a, b, tag::INT, miss) {
                return;
            }
            if let Some(fb) = fb {
                asm!(ops; or BYTE [r14 + fb as i32], 0x11);
            }
            asm!(ops; mov rax, [r12 + a.pay()]);
            match b {
                Rhs::Int(i) if i == i as i32 as i64 => asm!(ops; cmp rax, i as i32),
                _ => {
                    rhs_int_to_rcx(ops, b);
                    asm!(ops; cmp rax, rcx);
                }
            }
            int_flags_into(ops, cmp, sink);
        };
        let float_path = move |ops: &mut Ops, miss: DynamicLabel| {
            if !guard_tags(ops, a, b, tag::FLOAT, miss) {
                return;
            }
            if let Some(fb) = fb {
                asm!(ops; or BYTE [r14 + fb as i32], 0x22);
            }
            asm!(ops; movsd xmm0, QWORD [r12 + a.pay()]);
            rhs_float_to_xmm1(ops, b);
            float_compare_into(ops, cmp, sink);
        };
        let floats_first = fb.is_some_and(|fb| self.floats_likelier(fb));
        self.fast_paths(floats_first, int_path, float_path, [other, slow, done]);
        let error = self.error;
        self.cold(move |ops| {
            asm!(ops; =>slow);
            if let Some(fb) = fb {
                record_dynamic(ops, fb, a, Some(b));
            }
            let p = pair(ops, a, b);
            if eq {
                asm!(ops
                    ; lea rdi, [Rq(p.base) + p.off]
                    ;; call_helper(ops, Helper::Equal)
                );
                if cmp == Compare::Ne {
                    asm!(ops; xor eax, 1);
                }
            } else {
                let kind = match cmp {
                    Compare::Lt => compare_kind::LT,
                    Compare::Le => compare_kind::LE,
                    Compare::Gt => compare_kind::GT,
                    _ => compare_kind::GE,
                };
                asm!(ops
                    ; mov rdi, rbx
                    ; mov esi, kind as i32
                    ; lea rdx, [Rq(p.base) + p.off]
                    ; mov ecx, gip as i32
                    ;; call_helper(ops, Helper::Compare)
                    ; cmp eax, 2
                    ; je =>error
                );
            }
            match sink {
                Sink::Bool(d) => asm!(ops
                    ; mov QWORD [Rq(d.base) + d.off], tag::BOOL as i32
                    ; mov [Rq(d.base) + d.pay()], rax
                ),
                Sink::JumpIfFalse(l) => asm!(ops; test eax, eax ; jz =>l),
            }
            asm!(ops; jmp =>done);
        });
    }

    /// The label a branch at `sub_ip` jumps to when taken: the target itself, or for a
    /// backward branch a stub that counts the back-edge first. `depth`: the operand stack
    /// depth at the target.
    fn branch_target(&mut self, target: u32, sub_ip: u32, depth: u32) -> DynamicLabel {
        let t = self.label(target);
        let Some(code) = self.backedge_code(target, sub_ip, depth) else { return t };
        let stub = self.ops.new_dynamic_label();
        self.cold(move |ops| {
            asm!(ops; =>stub);
            code(ops);
            asm!(ops; jmp =>t);
        });
        stub
    }

    /// An unconditional jump (a back-edge is counted).
    fn jump(&mut self, target: u32, sub_ip: u32, depth: u32) {
        let t = self.label(target);
        if let Some(code) = self.backedge_code(target, sub_ip, depth) {
            code(&mut self.ops);
        }
        asm!(self.ops; jmp =>t);
    }

    /// For a jump from `sub_ip` back to the loop header `header_sub` (operand stack `depth`
    /// there), when back-edges are counted: the code it runs before jumping, the
    /// `--stress-deopt` countdown (leaving for the interpreter at the header), then the OSR
    /// counter (entering the next tier's code for this loop once it is hot).
    fn backedge_code(&mut self, header_sub: u32, sub_ip: u32, depth: u32) -> Option<impl FnOnce(&mut Ops) + 'static> {
        let counted = self.plan.config.tier_up_backedges.is_some() || self.plan.config.stress_deopt > 0;
        if header_sub > sub_ip || !counted {
            return None;
        }
        let header_gip = self.plan.sub.global_ip(header_sub).expect("mapped");
        let stress = self.plan.config.stress_deopt;
        let deopt_id = if stress > 0 {
            let f = &self.program.functions[self.func as usize];
            let frame = FrameState {
                func: self.func,
                ip: header_sub,
                base_offset: 0,
                locals: (0..f.locals_count).map(ValueLoc::Frame).collect(),
                stack: (f.locals_count..f.locals_count + depth).map(ValueLoc::Frame).collect(),
                saved_ip: None,
            };
            let id = self.plan.config.deopt_base + self.deopts.len() as u32;
            self.deopts.push(DeoptInfo { reason: DeoptReason::Stress, frames: vec![frame], rebased: false });
            Some(id)
        } else {
            None
        };
        let osr = self.plan.config.tier_up_backedges;
        let (func, error, epilogue) = (self.func, self.error, self.epilogue);
        Some(move |ops: &mut Ops| {
            if let Some(id) = deopt_id {
                asm!(ops
                    ; sub DWORD [rbx + JitContext::OFF_STRESS_COUNTER], 1
                    ; jnz >no_stress
                    ; mov DWORD [rbx + JitContext::OFF_STRESS_COUNTER], stress as i32
                    ; mov DWORD [rbx + JitContext::OFF_DEOPT_ID], id as i32
                    ; mov eax, Signal::Deopt as i32
                    ; jmp =>epilogue
                    ; no_stress:
                );
            }
            if let Some(n) = osr {
                let off = std::mem::offset_of!(FunctionFeedback, backedge_count) as i32;
                asm!(ops
                    ; mov rax, [rsp + FEEDBACK_SLOT]
                    ; add DWORD [rax + off], 1
                    ; cmp DWORD [rax + off], n as i32
                    ; jb >no_osr
                    ; mov DWORD [rax + off], 0
                    ; mov rdi, rbx
                    ; mov esi, func as i32
                    ; mov edx, header_gip as i32
                    ;; call_helper(ops, Helper::OsrEntry)
                    ; cmp rax, 1
                    ; je =>error
                    ; jb >no_osr
                    // The loop goes on in the next tier's code; its outcome is this call's.
                    ; mov rdi, rbx
                    ; mov rsi, r12
                    ; call rax
                    ; jmp =>epilogue
                    ; no_osr:
                );
            }
        })
    }

    fn for_loop(&mut self, ins: &Instr, depth: u32) {
        let base = ins.arg(0);
        let (b, lim, step, var) = (slot(base), slot(base + 1), slot(base + 2), slot(base + 3));
        let body = ins.arg(1);
        let taken = self.branch_target(body, ins.ip, depth);
        let int_loop = move |ops: &mut Ops| {
            asm!(ops
                ; mov rax, [r12 + lim.pay()]
                ; test rax, rax
                ; jz >exit
                ; dec rax
                ; mov [r12 + lim.pay()], rax
                ; mov rax, [r12 + b.pay()]
                ; add rax, [r12 + step.pay()]
                ; mov [r12 + b.pay()], rax
                ; mov QWORD [r12 + var.off], tag::INT as i32
                ; mov [r12 + var.pay()], rax
                ; jmp =>taken
                ; exit:
            );
        };
        let float_loop = move |ops: &mut Ops| {
            asm!(ops
                ; movsd xmm0, QWORD [r12 + b.pay()]
                ; movsd xmm2, QWORD [r12 + step.pay()]
                ; addsd xmm0, xmm2
                ; xorpd xmm1, xmm1
                ; ucomisd xmm2, xmm1
                ; jbe >down
                // Up: go on while idx <= limit.
                ; movsd xmm1, QWORD [r12 + lim.pay()]
                ; ucomisd xmm1, xmm0
                ; jae >more
                ; jmp >exit
                ; down:
                ; ucomisd xmm0, QWORD [r12 + lim.pay()]
                ; jb >exit
                ; more:
                ; movsd QWORD [r12 + b.pay()], xmm0
                ; mov QWORD [r12 + var.off], tag::FLOAT as i32
                ; movsd QWORD [r12 + var.pay()], xmm0
                ; jmp =>taken
                ; exit:
            );
        };
        match ins.op {
            Op::ForLoopInt => int_loop(&mut self.ops),
            Op::ForLoopFloat => float_loop(&mut self.ops),
            _ => {
                asm!(self.ops
                    ; cmp QWORD [r12 + step.off], tag::INT as i32
                    ; jne >float
                );
                int_loop(&mut self.ops);
                let next = self.label(ins.next_ip());
                asm!(self.ops; jmp =>next ; float:);
                float_loop(&mut self.ops);
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // Calls.

    fn call(&mut self, ins: &Instr, gip: u32, sp: u32) {
        let (argc, flags, site_index) = (ins.arg(0), ins.arg(1), ins.arg(2));
        let tail = ins.op == Op::TailCall;
        let c = sp - argc - 1;
        let callee = slot(c);
        let args = slot(c + 1);
        let pos = c - self.locals;
        let site = (site_index as usize * std::mem::size_of::<CallSite>()) as i32;
        let (error, epilogue) = (self.error, self.epilogue);
        if flags & call_flags::MULTI_ARG != 0 {
            asm!(self.ops
                ; mov eax, [rbx + JitContext::OFF_NRES]
                ; add eax, argc as i32 - 1
            );
        } else {
            asm!(self.ops; mov eax, argc as i32);
        }
        asm!(self.ops; mov [rbx + JitContext::OFF_NARGS], eax);
        self.set_record_ip(gip);
        let generic = self.ops.new_dynamic_label();
        let record = self.ops.new_dynamic_label();
        let recorded = self.ops.new_dynamic_label();
        asm!(self.ops
            ; cmp QWORD [r12 + callee.off], tag::CLOSURE as i32
            ; jne =>generic
            ; mov rcx, [r12 + callee.pay()]
            ; mov edx, [rcx]
            // Call feedback: the monomorphic case inline.
            ; cmp DWORD [r15 + site], 1
            ; jne =>record
            ; cmp [r15 + site + 4], edx
            ; jne =>record
            ; =>recorded
        );
        self.cold(move |ops| {
            asm!(ops
                ; =>record
                ; lea rdi, [r15 + site]
                ; mov esi, edx
                ;; call_helper(ops, Helper::RecordTarget)
                ; mov rcx, [r12 + callee.pay()]
                ; mov edx, [rcx]
                ; jmp =>recorded
            );
        });
        // The generic path: builtins, and values that cannot be called (the helper raises).
        let generic_call = move |ops: &mut Ops| {
            asm!(ops
                ; =>generic
                ; lea rdi, [r15 + site]
                ; lea rsi, [r12 + callee.off]
                ;; call_helper(ops, Helper::RecordCallee)
                ; mov rdi, rbx
                ; lea rsi, [r12 + callee.off]
                ; mov edx, [rbx + JitContext::OFF_NARGS]
                ; mov ecx, pos as i32
                ; mov r8d, gip as i32
                ;; call_helper(ops, Helper::Call)
                ; test eax, eax
                ; jnz =>error
            );
        };
        if tail {
            // A closure runs in place of this frame: callee and arguments move down to
            // frame[-1..], the record is popped and the caller performs the call.
            for k in 0..=argc {
                copy_value(&mut self.ops, slot(k).with_off(-16), slot(c + k));
            }
            asm!(self.ops
                ; sub DWORD [rbx + JitContext::OFF_DEPTH], 1
                ; mov eax, Signal::TailCall as i32
                ; jmp =>epilogue
            );
            self.cold(move |ops| {
                generic_call(ops);
                // Anything else is called here; its result is this function's.
                copy_value(ops, slot(0), args);
                asm!(ops
                    ; sub DWORD [rbx + JitContext::OFF_DEPTH], 1
                    ; xor eax, eax
                    ; jmp =>epilogue
                );
            });
            return;
        }
        let after = self.ops.new_dynamic_label();
        let returned = self.ops.new_dynamic_label();
        asm!(self.ops
            ; mov rax, [rbx + JitContext::OFF_FUNCTIONS]
            ; imul rdx, rdx, fn_entry_offsets::SIZE
            ; mov rax, [rax + rdx + fn_entry_offsets::ENTRY]
            ; mov rdi, rbx
            ; lea rsi, [r12 + args.off]
            ; call rax
            ; test eax, eax
            ; jnz =>after
            ; =>returned
        );
        copy_value(&mut self.ops, callee, args);
        self.cold(move |ops| {
            // Tail calls handed back, deopted callees, errors.
            asm!(ops
                ; =>after
                ; mov rdi, rbx
                ; mov esi, eax
                ; lea rdx, [r12 + callee.off]
                ;; call_helper(ops, Helper::AfterCall)
                ; test eax, eax
                ; jnz =>error
                ; jmp =>returned
            );
            generic_call(ops);
            asm!(ops; jmp =>returned);
        });
    }
}

/// The index of an instruction's type-feedback operand's slot.
fn fb_operand(ins: &Instr) -> Option<u32> {
    ins.op.info().operands.iter().position(|k| *k == OperandKind::TypeFb).map(|i| ins.arg(i))
}

fn float_op_into(ops: &mut Ops, aop: ArithOp) {
    match aop {
        ArithOp::Add => asm!(ops; addsd xmm1, xmm0 ; movapd xmm0, xmm1),
        ArithOp::Mul => asm!(ops; mulsd xmm0, xmm1),
        ArithOp::Sub => asm!(ops; subsd xmm0, xmm1),
        ArithOp::Div => asm!(ops; divsd xmm0, xmm1),
        ArithOp::Mod => call_helper(ops, Helper::Fmod),
        ArithOp::Pow => call_helper(ops, Helper::Pow),
        ArithOp::IDiv => call_helper(ops, Helper::FloatIDiv),
        _ => unreachable!("not a float operator"),
    }
}

fn int_flags_into(ops: &mut Ops, cmp: Compare, sink: Sink) {
    match sink {
        Sink::Bool(d) => {
            match cmp {
                Compare::Eq => asm!(ops; sete al),
                Compare::Ne => asm!(ops; setne al),
                Compare::Lt => asm!(ops; setl al),
                Compare::Le => asm!(ops; setle al),
                Compare::Gt => asm!(ops; setg al),
                Compare::Ge => asm!(ops; setge al),
            }
            asm!(ops
                ; movzx eax, al
                ; mov QWORD [Rq(d.base) + d.off], tag::BOOL as i32
                ; mov [Rq(d.base) + d.pay()], rax
            );
        }
        Sink::JumpIfFalse(l) => match cmp {
            Compare::Eq => asm!(ops; jne =>l),
            Compare::Ne => asm!(ops; je =>l),
            #[cfg(not(feature = "mutant-dynasm-lt"))]
            Compare::Lt => asm!(ops; jge =>l),
            // A deliberate off-by-one (integer `a < b` branches as `a <= b`), only to show
            // that the conformance suite catches a wrong backend (`.ci/mutation`).
            #[cfg(feature = "mutant-dynasm-lt")]
            Compare::Lt => asm!(ops; jg =>l),
            Compare::Le => asm!(ops; jg =>l),
            Compare::Gt => asm!(ops; jle =>l),
            Compare::Ge => asm!(ops; jl =>l),
        },
    }
}

/// `xmm0 cmp xmm1` into the sink. `ucomisd` sets CF/ZF/PF (all three when unordered), so
/// `a < b` is tested as `b > a` (`seta`: false when unordered), and equality needs ZF and
/// not PF.
fn float_compare_into(ops: &mut Ops, cmp: Compare, sink: Sink) {
    match cmp {
        Compare::Lt | Compare::Le => asm!(ops; ucomisd xmm1, xmm0),
        _ => asm!(ops; ucomisd xmm0, xmm1),
    }
    match sink {
        Sink::Bool(d) => {
            match cmp {
                Compare::Lt | Compare::Gt => asm!(ops; seta al),
                Compare::Le | Compare::Ge => asm!(ops; setae al),
                Compare::Eq => asm!(ops; sete al ; setnp cl ; and al, cl),
                Compare::Ne => asm!(ops; setne al ; setp cl ; or al, cl),
            }
            asm!(ops
                ; movzx eax, al
                ; mov QWORD [Rq(d.base) + d.off], tag::BOOL as i32
                ; mov [Rq(d.base) + d.pay()], rax
            );
        }
        Sink::JumpIfFalse(l) => match cmp {
            Compare::Lt | Compare::Gt => asm!(ops; jbe =>l),
            Compare::Le | Compare::Ge => asm!(ops; jb =>l),
            Compare::Eq => asm!(ops; jne =>l ; jp =>l),
            Compare::Ne => asm!(ops; jp >ne ; je =>l ; ne:),
        },
    }
}

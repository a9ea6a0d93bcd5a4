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
use crate::jit::helpers::{AbiType, Helper, compare_kind};
use crate::jit::plan::Plan;
use crate::jit::subprogram::{GlobalIp, SubIp};
use crate::runtime::arith::ArithOp;
use crate::runtime::heap::offsets;
use crate::runtime::value::{Value, tag};
use crate::state::abi::{JitContext, Signal, fn_entry_offsets, frame_offsets};
use crate::state::feedback::{CallSite, FunctionFeedback, TAG_BITS, type_bits};

type Ops = VecAssembler<X64Relocation>;

/// Register numbers (for dynamic operands).
const RAX: u8 = 0;
const RDX: u8 = 2;
const RBX: u8 = 3;
const RSP: u8 = 4;
const R12: u8 = 12;
const R15: u8 = 15;

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
    pub deopts: Vec<DeoptInfo<SubIp>>,
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

// Heap fields read at offset 0 are addressed without a displacement (`[rax]`): a named
// offset as a `dynasm!` operand is a runtime value, which costs a 32-bit displacement.
const _: () = assert!(offsets::STR_LEN == 0 && offsets::CLOSURE_PROTO == 0);

// After `asm!`, which the family modules use.
mod arith;
mod calls;
mod compare;
mod loops;
mod masm;
mod tables;
mod visitor;

use masm::*;
use visitor::fb_operand;
pub(crate) use visitor::has_template;

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
    let code_len = plan.sub.regions[0].end.0 as usize;
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
    e.prologue(f.arity, frame_size, f.entry_point, osr.map(|ip| ip.0));

    for ins in &instrs {
        let gip = plan.sub.global_ip(SubIp::of(ins)).expect("mapped");
        let Some(depth) = ff.depth_at(f, gip.0) else {
            // Unreachable: nothing jumps here.
            continue;
        };
        let l = e.label(ins.ip);
        asm!(e.ops; =>l);
        e.pc_map.push((e.ops.offset().0 as u32, gip.0));
        if ins.jump_target().is_some_and(|t| t <= ins.ip) {
            e.poll_interrupt(gip);
        }
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
    deopts: Vec<DeoptInfo<SubIp>>,
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

    fn set_record_ip(&mut self, gip: GlobalIp) {
        asm!(self.ops; mov DWORD [r13 + frame_offsets::IP], gip.0 as i32);
    }

    fn fail_if_nonzero(&mut self) {
        let err = self.error;
        asm!(self.ops; test eax, eax ; jnz =>err);
    }

    /// Polls `ctx.interrupt` before an instruction that jumps backward: when the host asked
    /// to stop, the helper raises `interrupted!` at `gip`. (Calls see the request as a
    /// tripped depth limit.)
    fn poll_interrupt(&mut self, gip: GlobalIp) {
        let (slow, error) = (self.ops.new_dynamic_label(), self.error);
        asm!(self.ops
            ; cmp DWORD [rbx + JitContext::OFF_INTERRUPT], 0
            ; jne =>slow
        );
        self.cold(move |ops| {
            asm!(ops
                ; =>slow
                ;; call(ops, Helper::Interrupt, &[Arg::Ctx, Arg::Imm(gip.0 as i32)])
                ; jmp =>error
            );
        });
    }

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
        let checked = self.ops.new_dynamic_label();
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
            ; =>checked
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
        if self.program.functions[self.func as usize].is_vararg {
            // Extra arguments stay below the frame, which moves up past them.
            let error = self.error;
            asm!(self.ops
                ;; call(&mut self.ops, Helper::VarargEnter, &[Arg::Ctx, Arg::Reg(R12)])
                ; test rax, rax
                ; jz =>error
                ; mov r12, rax
            );
        }
        let error = self.error;
        self.cold(move |ops| {
            // The helper grows the value stack's soft limit when that was all (0: go on).
            asm!(ops
                ; =>overflow
                ;; call(ops, Helper::StackOverflow, &[Arg::Ctx, Arg::Addr(Mem { base: R12, off: size })])
                ; test eax, eax
                ; jnz =>error
                ; mov eax, [rbx + JitContext::OFF_DEPTH]
                ; jmp =>checked
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
                    ;; call(ops, Helper::TierUp, &[Arg::Ctx, Arg::Imm(func)])
                    ; test eax, eax
                    ; jnz =>error
                    ; jmp =>back
                );
            });
        }
    }
}

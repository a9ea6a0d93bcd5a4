//! Bytecode to Cranelift IR, for both of the backend's modes: the translator's state, its
//! helper calls and exits here; the value model, guards, entry, the visitor and the opcode
//! families in the submodules.
//!
//! ```text
//!   entry:  depth, value-stack and machine-stack checks ─▶ push Frame record ─▶ parameters
//!           (OSR: the interpreter's frame is loaded from memory and checked, then a jump to
//!           the loop header)
//!   body:   one Cranelift block per jump target; every slot of the virtual frame (root locals
//!           and operand stack, inlined callees' frames) is three variables: tag, payload, and
//!           the payload as an f64. The plan's tag facts say which one a read uses, so a value
//!           known to be a float stays in a float register across loops, and known tags are
//!           constants.
//!   ops:    baseline: inline int/float fast paths, runtime helpers for the rest.
//!           optimizing: speculated operations guard the operands the plan names, then run
//!           the typed operation only; a failed guard spills the interpreter state of every
//!           frame (inlined ones too) and returns Signal::Deopt.
//!   calls:  inlined callees are translated in place (their frames are virtual); monomorphic
//!           self-calls use the inner ABI (unboxed arguments, results in registers); other
//!           compiled callees are entered through the function table.
//!   exits:  Return writes the result and ctx.nres and pops the record; errors return
//!           Signal::Error with the error pending in the VM.
//! ```

use std::collections::{BTreeSet, HashMap};

use cranelift::codegen::ir::{self, BlockArg, Function, StackSlot};
use cranelift::prelude::*;

use crate::bytecode::opcodes::{Compare, Flow, Op, OperandKind, RhsSource, call_flags};
use crate::bytecode::program::{Constant, Instr, Program};
use crate::bytecode::verify::ProgramFacts;
use crate::jit::backend::BackendError;
use crate::jit::deopt::{DeoptInfo, DeoptReason, FrameState, ValueLoc};
use crate::jit::helpers::{AbiType, Helper, compare_kind};
use crate::jit::plan::{BOOL, FLOAT, INT, Known, NIL, NUMBER, OpSpec, Plan, UNKNOWN, spec_result};
use crate::jit::subprogram::{GlobalIp, SubIp};
use crate::runtime::arith::ArithOp;
use crate::runtime::heap::offsets;
use crate::runtime::value::tag;
use crate::state::abi::{JitContext, Signal, fn_entry_offsets, frame_offsets};

mod arith;
mod calls;
mod compare;
mod guards;
mod loops;
mod prologue;
mod tables;
mod values;
mod visitor;
mod wrapper;

use tables::FastKey;
pub use wrapper::{entry_deopts, wrapper};
use wrapper::{helper_signature, stress_countdown};

type Cv = ir::Value;

const VALUE_SIZE: i32 = 16;

/// Values the scratch area holds (helper operands and results).
const SCRATCH_VALUES: usize = 3;

pub(crate) use visitor::has_translation;

/// Inner-ABI results at or above this tag are signals (`SIGNAL_TAG + signal`).
pub const SIGNAL_TAG: i64 = 256;

fn mem() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// What kind of function is being made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The uniform entry ABI: `(ctx, frame) -> signal`.
    Uniform,
    /// The optimizing tier's inner ABI: `(ctx, frame, closure, params...) -> (tag, payload)`,
    /// parameters unboxed as the plan says; a tag of `SIGNAL_TAG + s` is signal `s`.
    Inner,
    /// An OSR entry at a loop header (sub ip): the uniform signature, entered by the
    /// interpreter with its frame (and record) in place.
    Osr(SubIp),
}

/// What a function is translated from.
pub struct Input<'a> {
    pub program: &'a Program,
    pub facts: &'a ProgramFacts,
    pub plan: &'a Plan,
    pub mode: Mode,
    /// The function itself through the uniform ABI (baseline direct self-calls).
    pub self_ref: ir::FuncRef,
    /// The inner-ABI function (self-calls in `Mode::Inner`).
    pub inner_ref: Option<ir::FuncRef>,
    /// The uniform entry signature (indirect calls through the function table).
    pub entry_sig: Signature,
}

/// What translation produced besides the IR.
#[derive(Default)]
pub struct Output {
    /// Deopt points (sub ips, not yet rebased), in id order from the plan's base.
    pub deopts: Vec<DeoptInfo<SubIp>>,
}

/// The inner ABI's parameters for a plan's root parameters.
pub fn inner_params(params: &[Known]) -> Vec<Type> {
    let mut out = vec![types::I64, types::I64, types::I64];
    for &k in params {
        match k {
            INT => out.push(types::I64),
            FLOAT => out.push(types::F64),
            _ => {
                out.push(types::I64);
                out.push(types::I64);
            }
        }
    }
    out
}

/// Translates `input.plan` into `func`.
pub fn translate(
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    frontend: isa::TargetFrontendConfig,
    input: Input<'_>,
) -> Result<Output, BackendError> {
    let Input { program, facts, plan, mode, self_ref, inner_ref, entry_sig } = input;
    let call_conv = entry_sig.call_conv;
    let b = FunctionBuilder::new(func, fctx);
    let root = plan.sub.root();
    let f = &program.functions[root as usize];
    let mut t = Translator {
        b,
        program,
        facts,
        plan,
        mode,
        func: root,
        call_conv,
        entry_sig,
        slots: Vec::new(),
        regions: Vec::new(),
        depth: 0,
        instr_depth: 0,
        cur_ip: SubIp(0),
        blocks: HashMap::new(),
        sigs: HashMap::new(),
        ctx: None,
        frame: None,
        self_depth: None,
        record: None,
        constants: None,
        scratch: None,
        error_block: None,
        polls: 0,
        self_ref,
        inner_ref,
        known: Vec::new(),
        mem: Vec::new(),
        out: Output::default(),
        exits: HashMap::new(),
        negates: (0..plan.sub.regions.len())
            .any(|r| plan.sub.instructions(r).iter().any(|i| matches!(i.op, Op::Unm | Op::UnmFloat))),
    };
    t.slots = (0..plan.frame_slots())
        .map(|_| Slot {
            t: t.b.declare_var(types::I64),
            p: t.b.declare_var(types::I64),
            f: t.b.declare_var(types::F64),
        })
        .collect();
    t.mem = vec![Mem::Unknown; t.slots.len()];
    let _ = f;
    t.run()?;
    t.b.seal_all_blocks();
    t.b.finalize(frontend);
    Ok(t.out)
}

/// The variables of one virtual-frame slot.
#[derive(Clone, Copy)]
struct Slot {
    t: Variable,
    p: Variable,
    f: Variable,
}

/// A frame being translated: the root, or an inlined callee.
struct RegionCtx {
    func: u32,
    /// First slot of its operand stack.
    sb: u32,
    local_offset: u32,
    locals_count: u32,
    /// The running closure (a pointer).
    closure: Cv,
    /// Inlined frames: the sub ip of the call in the parent, the parent's callee slot, where
    /// the parent continues, whether it wants the result count, and the variable holding the
    /// frame's saved ip (where Lua's VM would have saved its pc).
    call_ip: SubIp,
    callee_slot: u32,
    cont: Option<Block>,
    keep_count: bool,
    saved_ip: Option<Variable>,
}

/// What a frame slot's memory holds, as far as the code translated so far knows: stores for
/// the collector before a call are skipped when memory already has what they would store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mem {
    Unknown,
    /// A non-reference of this kind (the payload may be stale: nothing reads it).
    Tag(Known),
    /// The slot's current value, stored since it was last written.
    Value,
}

/// A value: its tag if known, and whichever of its SSA forms exist.
#[derive(Clone, Copy)]
struct V {
    k: Known,
    t: Option<Cv>,
    p: Option<Cv>,
    f: Option<Cv>,
}

struct Translator<'a, 'f> {
    /// The code (with its inlined callees) negates a value somewhere: its float products then
    /// need their NaN chosen explicitly (see `float_op`).
    negates: bool,
    b: FunctionBuilder<'f>,
    program: &'a Program,
    facts: &'a ProgramFacts,
    plan: &'a Plan,
    mode: Mode,
    func: u32,
    call_conv: isa::CallConv,
    entry_sig: Signature,
    slots: Vec<Slot>,
    regions: Vec<RegionCtx>,
    depth: u32,
    /// The stack depth before the instruction being translated.
    instr_depth: u32,
    /// Sub ip of the instruction being translated.
    cur_ip: SubIp,
    blocks: HashMap<SubIp, Block>,
    sigs: HashMap<Helper, ir::SigRef>,
    ctx: Option<Cv>,
    frame: Option<Cv>,
    self_depth: Option<Cv>,
    record: Option<Cv>,
    constants: Option<Cv>,
    scratch: Option<StackSlot>,
    error_block: Option<Block>,
    /// Interrupt polls emitted so far (each reads the flag at its own address expression).
    polls: u32,
    self_ref: ir::FuncRef,
    inner_ref: Option<ir::FuncRef>,
    /// Slot tags before the instruction being translated.
    known: Vec<Known>,
    /// What each frame slot's memory is known to hold (see [`Mem`]).
    mem: Vec<Mem>,
    out: Output,
    /// Deopt exits already made, by (sub ip, reason).
    exits: HashMap<(SubIp, DeoptReason), Block>,
}

fn args(vals: &[Cv]) -> Vec<BlockArg> {
    vals.iter().map(|&v| BlockArg::Value(v)).collect()
}

impl<'a, 'f> Translator<'a, 'f> {
    fn ctx(&self) -> Cv {
        self.ctx.expect("set in the prologue")
    }

    fn frame(&self) -> Cv {
        self.frame.expect("set in the prologue")
    }

    fn rc(&self) -> &RegionCtx {
        self.regions.last().expect("a region")
    }

    fn inlined(&self) -> bool {
        self.regions.len() > 1
    }

    /// The signature of a helper, imported once per function.
    fn helper_sig(&mut self, h: Helper) -> ir::SigRef {
        if let Some(s) = self.sigs.get(&h) {
            return *s;
        }
        let s = self.b.import_signature(helper_signature(h, self.call_conv));
        self.sigs.insert(h, s);
        s
    }

    /// Calls a runtime helper (`jit::helpers`); its signature comes from the helper table. A
    /// helper that may collect garbage gets the frame in memory first ([`Self::spill_for_gc`]).
    fn call_helper(&mut self, h: Helper, vals: &[Cv]) -> Option<Cv> {
        if h.flags().may_gc && !self.regions.is_empty() {
            let top = self.rc().sb + self.depth;
            self.spill_for_gc(top);
        }
        let r = self.call_helper_spilled(h, vals);
        // (Helpers write the operand stack, never locals.)
        if !self.regions.is_empty() {
            self.forget_mem_from(self.rc().sb);
        }
        r
    }

    /// [`Self::call_helper`] where the frame has just been spilled for the collector (the
    /// caller forgets what the helper may have written, [`Self::forget_mem_from`]).
    fn call_helper_spilled(&mut self, h: Helper, vals: &[Cv]) -> Option<Cv> {
        let sigref = self.helper_sig(h);
        let callee = self.iconst(h.address() as i64);
        let inst = self.b.ins().call_indirect(sigref, callee, vals);
        self.b.inst_results(inst).first().copied()
    }

    /// Before a call that may collect garbage (a `may_gc` helper, or a call of Lua code):
    /// every slot of the virtual frame below `top` (the root's and inlined frames', which lie
    /// end to end) goes to its VM slot, so the collector sees exactly what the interpreter
    /// would hold there. A slot known not to reference an object gets its tag only (a stale
    /// reference must not stay visible there), the others their whole value.
    /// (Locals out of scope are known nil to the plan, so a reference a full collection may
    /// have cleared from the frame, and freed, is never stored back.) A slot whose memory
    /// already holds what would be stored ([`Mem`]) is skipped.
    fn spill_for_gc(&mut self, top: u32) {
        self.spill(top, false);
    }

    /// [`Self::spill_for_gc`] before a Lua call, where the stores dominate the rest of the
    /// instruction: later spills may rely on them until the slots are written again.
    fn spill_for_call(&mut self, top: u32) {
        self.spill(top, true);
    }

    fn spill(&mut self, top: u32, remember: bool) {
        let frame = self.frame();
        for s in 0..top {
            let k = self.known.get(s as usize).copied().unwrap_or(UNKNOWN);
            let off = s as i32 * VALUE_SIZE;
            let want = if non_reference(k) { Mem::Tag(k) } else { Mem::Value };
            if self.mem[s as usize] == want {
                continue;
            }
            if let Mem::Tag(k) = want {
                let t = self.iconst(k.tag().unwrap_or(tag::INT) as i64);
                self.b.ins().store(mem(), t, frame, off);
            } else {
                let v = self.read(s);
                self.store_value(v, frame, off);
            }
            if remember {
                self.mem[s as usize] = want;
            }
        }
    }

    /// Forgets what memory holds from `from` up (code outside the spills wrote there: a
    /// callee's frame, a helper's results).
    fn forget_mem_from(&mut self, from: u32) {
        for m in self.mem.iter_mut().skip(from as usize) {
            *m = Mem::Unknown;
        }
    }

    /// Returns a signal other than `Return` (an I32 value), as this function's ABI does.
    fn exit_signal(&mut self, sig: Cv) {
        if self.mode == Mode::Inner {
            let wide = self.b.ins().uextend(types::I64, sig);
            let t = self.b.ins().iadd_imm_s(wide, SIGNAL_TAG);
            let z = self.iconst(0);
            self.b.ins().return_(&[t, z]);
        } else {
            self.b.ins().return_(&[sig]);
        }
    }

    fn exit_const(&mut self, sig: Signal) {
        let s = self.b.ins().iconst(types::I32, sig as i64);
        self.exit_signal(s);
    }

    /// Branches to the shared error exit when `failed` is non-zero.
    fn error_if(&mut self, failed: Cv) {
        let err = self.error_block();
        let ok = self.b.create_block();
        self.b.ins().brif(failed, err, &[], ok, &[]);
        self.b.switch_to_block(ok);
    }

    /// The shared exit that returns `Signal::Error` (filled in when translation ends).
    fn error_block(&mut self) -> Block {
        if let Some(b) = self.error_block {
            return b;
        }
        let blk = self.b.create_block();
        self.b.set_cold_block(blk);
        self.error_block = Some(blk);
        blk
    }

    fn fill_error_block(&mut self) {
        if let Some(blk) = self.error_block {
            self.b.switch_to_block(blk);
            self.exit_const(Signal::Error);
        }
    }

    /// Emits `fast` when `cond` holds and `slow` otherwise, joining on one value. A slow path
    /// that leaves (a deopt) returns `None`.
    fn branch_value(
        &mut self,
        cond: Cv,
        fast: impl FnOnce(&mut Self) -> V,
        slow: impl FnOnce(&mut Self) -> Option<V>,
    ) -> V {
        let fast_b = self.b.create_block();
        let slow_b = self.b.create_block();
        let (join, jt, jp) = self.value_join();
        self.b.ins().brif(cond, fast_b, &[], slow_b, &[]);
        self.b.switch_to_block(fast_b);
        let v = fast(self);
        self.jump_with(join, v);
        self.cold_slow_path(slow_b, join, slow);
        self.b.switch_to_block(join);
        Self::dynamic(jt, jp)
    }

    /// A block joining paths that each bring a value (tag, payload).
    fn value_join(&mut self) -> (Block, Cv, Cv) {
        let join = self.b.create_block();
        let jt = self.b.append_block_param(join, types::I64);
        let jp = self.b.append_block_param(join, types::I64);
        (join, jt, jp)
    }

    /// Jumps to a value join with `v`.
    fn jump_with(&mut self, join: Block, v: V) {
        let (t, p) = (self.tag_of(v), self.pay_of(v));
        self.b.ins().jump(join, &args(&[t, p]));
    }

    /// Fills the cold block `slow_b` with `slow`, joining with its value unless it left.
    fn cold_slow_path(&mut self, slow_b: Block, join: Block, slow: impl FnOnce(&mut Self) -> Option<V>) {
        self.b.switch_to_block(slow_b);
        self.b.set_cold_block(slow_b);
        if let Some(v) = slow(self) {
            self.jump_with(join, v);
        }
    }
}

/// Whether values of this kind never reference a collectable object (storing their tag is
/// enough for the collector).
fn non_reference(k: Known) -> bool {
    matches!(k, Known::Nil | Known::Bool | Known::Int | Known::Float | Known::Number | Known::Builtin | Known::File)
}

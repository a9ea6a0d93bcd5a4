//! Bytecode to Cranelift IR, for both of the backend's modes.
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
use crate::runtime::arith::ArithOp;
use crate::runtime::heap::{Closure, StrObj};
use crate::runtime::value::tag;
use crate::state::abi::{JitContext, Signal, fn_entry_offsets, frame_offsets};

type Cv = ir::Value;

const VALUE_SIZE: i32 = 16;

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
    Osr(u32),
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
    pub deopts: Vec<DeoptInfo>,
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
        cur_ip: 0,
        blocks: HashMap::new(),
        sigs: HashMap::new(),
        ctx: None,
        frame: None,
        self_depth: None,
        record: None,
        globals: None,
        constants: None,
        scratch: None,
        error_block: None,
        self_ref,
        inner_ref,
        known: Vec::new(),
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
    call_ip: u32,
    callee_slot: u32,
    cont: Option<Block>,
    keep_count: bool,
    saved_ip: Option<Variable>,
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
    cur_ip: u32,
    blocks: HashMap<u32, Block>,
    sigs: HashMap<Helper, ir::SigRef>,
    ctx: Option<Cv>,
    frame: Option<Cv>,
    self_depth: Option<Cv>,
    record: Option<Cv>,
    globals: Option<Cv>,
    constants: Option<Cv>,
    scratch: Option<StackSlot>,
    error_block: Option<Block>,
    self_ref: ir::FuncRef,
    inner_ref: Option<ir::FuncRef>,
    /// Slot tags before the instruction being translated.
    known: Vec<Known>,
    out: Output,
    /// Deopt exits already made, by (sub ip, reason).
    exits: HashMap<(u32, DeoptReason), Block>,
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

    // -----------------------------------------------------------------------------------------
    // Values.

    fn iconst(&mut self, v: i64) -> Cv {
        self.b.ins().iconst(types::I64, v)
    }

    fn konst(&mut self, tg: u64, payload: u64) -> V {
        let p = self.iconst(payload as i64);
        V { k: tg as Known, t: None, p: Some(p), f: None }
    }

    fn dynamic(t: Cv, p: Cv) -> V {
        V { k: UNKNOWN, t: Some(t), p: Some(p), f: None }
    }

    fn int(&mut self, p: Cv) -> V {
        V { k: INT, t: None, p: Some(p), f: None }
    }

    fn float(&mut self, f: Cv) -> V {
        V { k: FLOAT, t: None, p: None, f: Some(f) }
    }

    fn boolean(&mut self, c: Cv) -> V {
        let p = self.b.ins().uextend(types::I64, c);
        V { k: BOOL, t: None, p: Some(p), f: None }
    }

    fn tag_of(&mut self, v: V) -> Cv {
        match v.t {
            Some(t) => t,
            None => self.iconst(v.k as i64),
        }
    }

    fn pay_of(&mut self, v: V) -> Cv {
        match (v.p, v.f) {
            (Some(p), _) => p,
            (None, Some(f)) => self.b.ins().bitcast(types::I64, MemFlagsData::new(), f),
            (None, None) => self.iconst(0),
        }
    }

    /// The payload as an f64 (meaningful for floats).
    fn f64_of(&mut self, v: V) -> Cv {
        match (v.f, v.p) {
            (Some(f), _) => f,
            (None, Some(p)) => self.b.ins().bitcast(types::F64, MemFlagsData::new(), p),
            (None, None) => self.b.ins().f64const(0.0),
        }
    }

    /// A number as an f64: integers converted.
    fn num_f64(&mut self, v: V) -> Cv {
        if v.k == INT {
            let p = self.pay_of(v);
            self.b.ins().fcvt_from_sint(types::F64, p)
        } else {
            self.f64_of(v)
        }
    }

    /// Whether `v` has tag `tg`, as an I8 (a constant when the tag is known).
    fn tag_is(&mut self, v: V, tg: u64) -> Cv {
        if v.k != UNKNOWN {
            return self.b.ins().iconst(types::I8, (v.k as u64 == tg) as i64);
        }
        let t = self.tag_of(v);
        self.b.ins().icmp_imm_s(IntCC::Equal, t, tg as i64)
    }

    fn load_value(&mut self, addr: Cv, off: i32) -> V {
        let t = self.b.ins().load(types::I64, mem(), addr, off);
        let p = self.b.ins().load(types::I64, mem(), addr, off + 8);
        Self::dynamic(t, p)
    }

    fn store_value(&mut self, v: V, addr: Cv, off: i32) {
        let t = self.tag_of(v);
        let p = self.pay_of(v);
        self.b.ins().store(mem(), t, addr, off);
        self.b.ins().store(mem(), p, addr, off + 8);
    }

    /// Reads a slot as the plan's facts before this instruction describe it.
    fn read(&mut self, s: u32) -> V {
        let k = self.known.get(s as usize).copied().unwrap_or(UNKNOWN);
        let sv = self.slots[s as usize];
        match k {
            FLOAT => {
                let f = self.b.use_var(sv.f);
                V { k, t: None, p: None, f: Some(f) }
            }
            UNKNOWN => {
                let t = self.b.use_var(sv.t);
                let p = self.b.use_var(sv.p);
                V { k, t: Some(t), p: Some(p), f: None }
            }
            NIL => self.konst(tag::NIL, 0),
            _ => {
                let p = self.b.use_var(sv.p);
                V { k, t: None, p: Some(p), f: None }
            }
        }
    }

    /// Defines a slot: every form, so any later read finds the one it needs (unused forms
    /// are dead code, which Cranelift removes).
    fn write(&mut self, s: u32, v: V) {
        let sv = self.slots[s as usize];
        let t = self.tag_of(v);
        let p = self.pay_of(v);
        let f = self.f64_of(v);
        self.b.def_var(sv.t, t);
        self.b.def_var(sv.p, p);
        self.b.def_var(sv.f, f);
    }

    fn push(&mut self, v: V) {
        let s = self.rc().sb + self.depth;
        self.write(s, v);
        self.depth += 1;
    }

    fn pop(&mut self) -> V {
        self.depth -= 1;
        let s = self.rc().sb + self.depth;
        self.read(s)
    }

    /// The value `k` positions below the top (0 = top).
    fn peek(&mut self, k: u32) -> V {
        let s = self.rc().sb + self.depth - 1 - k;
        self.read(s)
    }

    fn set_top(&mut self, v: V) {
        let s = self.rc().sb + self.depth - 1;
        self.write(s, v);
    }

    /// The VM frame address of slot `s` (root frame base + s values).
    fn slot_addr(&mut self, s: u32) -> Cv {
        let frame = self.frame();
        self.b.ins().iadd_imm_s(frame, s as i64 * VALUE_SIZE as i64)
    }

    /// The address of the native scratch area (room for three values).
    fn scratch(&mut self) -> Cv {
        let slot = self.scratch.expect("created in the prologue");
        self.b.ins().stack_addr(types::I64, slot, 0)
    }

    /// Spills values into the scratch area, returning its address.
    fn spill_scratch(&mut self, vals: &[V]) -> Cv {
        let s = self.scratch();
        for (k, v) in vals.iter().enumerate() {
            self.store_value(*v, s, k as i32 * VALUE_SIZE);
        }
        s
    }

    /// Lua truthiness (not nil, not false).
    fn truthy(&mut self, v: V) -> Cv {
        match v.k {
            NIL => return self.b.ins().iconst(types::I8, 0),
            BOOL => {
                let p = self.pay_of(v);
                return self.b.ins().icmp_imm_s(IntCC::NotEqual, p, 0);
            }
            UNKNOWN => {}
            _ => return self.b.ins().iconst(types::I8, 1),
        }
        let t = self.tag_of(v);
        let p = self.pay_of(v);
        let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, t, tag::NIL as i64);
        let is_bool = self.b.ins().icmp_imm_s(IntCC::Equal, t, tag::BOOL as i64);
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
        let is_false = self.b.ins().band(is_bool, zero);
        let falsy = self.b.ins().bor(is_nil, is_false);
        self.b.ins().bxor_imm_s(falsy, 1)
    }

    // -----------------------------------------------------------------------------------------
    // Calls of Rust helpers, exits.

    /// The signature of a helper, imported once per function.
    fn helper_sig(&mut self, h: Helper) -> ir::SigRef {
        if let Some(s) = self.sigs.get(&h) {
            return *s;
        }
        let s = self.b.import_signature(helper_signature(h, self.call_conv));
        self.sigs.insert(h, s);
        s
    }

    /// Calls a runtime helper (`jit::helpers`); its signature comes from the helper table.
    fn call_helper(&mut self, h: Helper, vals: &[Cv]) -> Option<Cv> {
        let sigref = self.helper_sig(h);
        let callee = self.iconst(h.address() as i64);
        let inst = self.b.ins().call_indirect(sigref, callee, vals);
        self.b.inst_results(inst).first().copied()
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

    // -----------------------------------------------------------------------------------------
    // Guards and deopt.

    /// Deopts (with `reason`) unless `ok` holds. Under `--stress-deopt n` every `n`th guard
    /// executed fails anyway (a deopt counted as `stress`).
    fn guard(&mut self, ok: Cv, reason: DeoptReason) {
        let cont = self.b.create_block();
        if self.plan.config.stress_deopt > 0 {
            let stress_b = self.b.create_block();
            self.exit_branch(ok, false, stress_b, reason);
            self.b.switch_to_block(stress_b);
            let fire = self.stress_fires();
            self.exit_branch(fire, true, cont, DeoptReason::Stress);
        } else {
            self.exit_branch(ok, false, cont, reason);
        }
        self.b.switch_to_block(cont);
    }

    /// Checks that `callee` is a closure of function `proto` (deopting otherwise); returns
    /// the closure pointer.
    fn guard_callee(&mut self, callee: V, proto: u32) -> Cv {
        let is_closure = self.tag_is(callee, tag::CLOSURE);
        // Only dereference a closure: check the tag first.
        let check = self.b.create_block();
        self.exit_branch(is_closure, false, check, DeoptReason::CallTarget);
        self.b.switch_to_block(check);
        let cp = self.pay_of(callee);
        let found = self.b.ins().load(types::I32, mem(), cp, 0);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, found, proto as i64);
        self.guard(same, DeoptReason::CallTarget);
        cp
    }

    /// Ends the current block with a branch: to the current instruction's deopt exit for
    /// `reason` when `cond` is `exit_when`, to `other` otherwise. The caller switches on.
    fn exit_branch(&mut self, cond: Cv, exit_when: bool, other: Block, reason: DeoptReason) {
        let (exit, fresh) = self.exit_for(reason);
        if exit_when {
            self.b.ins().brif(cond, exit, &[], other, &[]);
        } else {
            self.b.ins().brif(cond, other, &[], exit, &[]);
        }
        if fresh {
            self.fill_exit(reason);
        }
    }

    /// Counts a guard under `--stress-deopt`: whether this one must fail.
    fn stress_fires(&mut self) -> Cv {
        let ctx = self.ctx();
        stress_countdown(&mut self.b, ctx, self.plan.config.stress_deopt)
    }

    /// Leaves for the interpreter unconditionally (a slow path compiled code does not take).
    /// The current block ends.
    fn deopt_now(&mut self, reason: DeoptReason) {
        let (exit, fresh) = self.exit_for(reason);
        self.b.ins().jump(exit, &[]);
        if fresh {
            self.fill_exit(reason);
        }
    }

    /// The current instruction's deopt exit for `reason`, and whether it is new (to be
    /// filled by `fill_exit` once the current block has ended).
    fn exit_for(&mut self, reason: DeoptReason) -> (Block, bool) {
        if let Some(&b) = self.exits.get(&(self.cur_ip, reason)) {
            return (b, false);
        }
        let exit = self.b.create_block();
        self.b.set_cold_block(exit);
        self.exits.insert((self.cur_ip, reason), exit);
        (exit, true)
    }

    /// Fills the current instruction's exit for `reason`: spills every frame's state (as it
    /// was before the instruction) where the interpreter keeps it, records the deopt point,
    /// and returns `Signal::Deopt`.
    fn fill_exit(&mut self, reason: DeoptReason) {
        let exit = self.exits[&(self.cur_ip, reason)];
        self.b.switch_to_block(exit);
        let mut frames = Vec::with_capacity(self.regions.len());
        let mut spill_ips: Vec<(u32, Variable)> = Vec::new();
        let mut described = BTreeSet::new();
        for i in 0..self.regions.len() {
            let last = i + 1 == self.regions.len();
            let (ip, depth) = if last {
                (self.cur_ip, self.instr_depth)
            } else {
                let call = self.regions[i + 1].call_ip;
                (call, self.depth_at(i, call))
            };
            let r = &self.regions[i];
            let locals: Vec<ValueLoc> =
                (r.local_offset..r.local_offset + r.locals_count).map(ValueLoc::Frame).collect();
            let stack: Vec<ValueLoc> = (r.sb..r.sb + depth).map(ValueLoc::Frame).collect();
            described.extend(r.local_offset..r.local_offset + r.locals_count);
            described.extend(r.sb..r.sb + depth);
            let saved_ip = r.saved_ip.map(|v| {
                let k = spill_ips.len() as u32;
                spill_ips.push((k, v));
                k
            });
            frames.push(FrameState { func: r.func, ip, base_offset: r.local_offset, locals, stack, saved_ip });
        }
        for s in described {
            let v = self.read(s);
            let addr = self.frame();
            self.store_value(v, addr, s as i32 * VALUE_SIZE);
        }
        let ctx = self.ctx();
        if self.mode == Mode::Inner {
            // The caller of the inner ABI did not write the closure below the frame.
            let closure = self.regions[0].closure;
            let frame = self.frame();
            let t = self.iconst(tag::CLOSURE as i64);
            self.b.ins().store(mem(), t, frame, -VALUE_SIZE);
            self.b.ins().store(mem(), closure, frame, -8);
        }
        if !spill_ips.is_empty() {
            let spill = self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_SPILL);
            for (k, var) in spill_ips {
                let ip = self.b.use_var(var);
                let wide = self.b.ins().uextend(types::I64, ip);
                self.b.ins().store(mem(), wide, spill, k as i32 * 8);
            }
        }
        let id = self.plan.config.deopt_base + self.out.deopts.len() as u32;
        self.out.deopts.push(DeoptInfo { reason, frames, rebased: false });
        let idv = self.b.ins().iconst(types::I32, id as i64);
        self.b.ins().store(mem(), idv, ctx, JitContext::OFF_DEOPT_ID);
        self.exit_const(Signal::Deopt);
    }

    /// The verifier's stack depth before sub ip `ip` of the frame `regions[i]`.
    fn depth_at(&self, i: usize, ip: u32) -> u32 {
        let func = self.regions[i].func;
        let f = &self.program.functions[func as usize];
        let gip = self.plan.sub.global_ip(ip).expect("mapped");
        self.facts.functions[func as usize].depth_at(f, gip).expect("reachable")
    }

    /// `v`, checked to be of speculated kind `want` (`INT`, `FLOAT`, or `NUMBER`, which
    /// gives the value converted to a float).
    fn guard_kind(&mut self, v: V, want: Known) -> V {
        if want == UNKNOWN {
            return v;
        }
        if v.k == want || (want == NUMBER && (v.k == INT || v.k == FLOAT)) {
            return v;
        }
        let t = self.tag_of(v);
        match want {
            INT | FLOAT => {
                let ok = self.b.ins().icmp_imm_s(IntCC::Equal, t, want as i64);
                self.guard(ok, DeoptReason::TypeGuard);
                if want == INT {
                    let p = self.pay_of(v);
                    self.int(p)
                } else {
                    let f = self.f64_of(v);
                    self.float(f)
                }
            }
            _ => {
                // int or float: tags 2 and 3.
                let x = self.b.ins().band_imm_s(t, !1);
                let ok = self.b.ins().icmp_imm_s(IntCC::Equal, x, tag::INT as i64);
                self.guard(ok, DeoptReason::TypeGuard);
                let is_int = self.b.ins().icmp_imm_s(IntCC::Equal, t, tag::INT as i64);
                let p = self.pay_of(v);
                let as_int = self.b.ins().fcvt_from_sint(types::F64, p);
                let as_flt = self.f64_of(v);
                let f = self.b.ins().select(is_int, as_int, as_flt);
                self.float(f)
            }
        }
    }

    /// Records `ip` where Lua's VM saves its pc: the frame record of the root, the saved-ip
    /// variable of an inlined frame.
    fn save_pc(&mut self, gip: u32) {
        if let Some(var) = self.rc().saved_ip {
            let v = self.b.ins().iconst(types::I32, gip as i64);
            self.b.def_var(var, v);
        } else {
            self.set_record_ip(gip);
        }
    }

    /// Records the running instruction in the root's frame record (before calls, and
    /// wherever Lua's VM saves its pc).
    fn set_record_ip(&mut self, ip: u32) {
        let record = self.record.expect("prologue");
        let v = self.b.ins().iconst(types::I32, ip as i64);
        self.b.ins().store(mem(), v, record, frame_offsets::IP);
    }

    /// Saves the pc when a global is nil (Lua saves it there, see the interpreter's
    /// `save_pc!`).
    fn save_pc_if_nil(&mut self, v: V, ip: u32) {
        if v.k != UNKNOWN {
            if v.k == NIL {
                self.save_pc(ip);
            }
            return;
        }
        let is_nil = self.tag_is(v, tag::NIL);
        let save = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(save);
        self.b.ins().brif(is_nil, save, &[], done, &[]);
        self.b.switch_to_block(save);
        self.save_pc(ip);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    // -----------------------------------------------------------------------------------------
    // Prologues and the instruction walk.

    fn checks_and_record(&mut self, ctx: Cv, frame: Cv) {
        let frame_size = self.program.functions[self.func as usize].frame_size().max(self.plan.sub.frame_slots);
        // Depth, value-stack and machine-stack checks: `stack overflow` where the caller stands.
        let depth = self.b.ins().load(types::I32, mem(), ctx, JitContext::OFF_DEPTH);
        let limit = self.b.ins().load(types::I32, mem(), ctx, JitContext::OFF_DEPTH_LIMIT);
        let too_deep = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, depth, limit);
        let end = self.b.ins().iadd_imm_s(frame, frame_size as i64 * VALUE_SIZE as i64);
        let stack_limit = self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_STACK_LIMIT);
        let too_big = self.b.ins().icmp(IntCC::UnsignedGreaterThan, end, stack_limit);
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let floor = self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_MACHINE_FLOOR);
        let too_low = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, sp, floor);
        let overflow = self.b.ins().bor(too_deep, too_big);
        let overflow = self.b.ins().bor(overflow, too_low);
        let overflow_b = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(overflow_b);
        self.b.ins().brif(overflow, overflow_b, &[], ok, &[]);
        self.b.switch_to_block(overflow_b);
        let r = self.call_helper(Helper::StackOverflow, &[ctx]).expect("result");
        self.exit_signal(r);
        self.b.switch_to_block(ok);

        // Push this call's frame record.
        let frames = self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_FRAMES);
        let depth64 = self.b.ins().uextend(types::I64, depth);
        let off = self.b.ins().imul_imm_s(depth64, frame_offsets::SIZE as i64);
        let record = self.b.ins().iadd(frames, off);
        self.b.ins().store(mem(), frame, record, frame_offsets::BASE);
        let entry_ip = self.program.functions[self.func as usize].entry_point;
        let func_ip = ((entry_ip as u64) << 32 | self.func as u64) as i64;
        let both = self.iconst(func_ip);
        self.b.ins().store(mem(), both, record, frame_offsets::FUNC);
        // The record's flags are left as they are: nothing reads a native frame's flags (a
        // deopt sets them when it turns the frame into an interpreter frame).
        let next_depth = self.b.ins().iadd_imm_s(depth, 1);
        self.b.ins().store(mem(), next_depth, ctx, JitContext::OFF_DEPTH);
        self.self_depth = Some(depth);
        self.record = Some(record);
    }

    fn prologue(&mut self) {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params = self.b.block_params(entry).to_vec();
        let (ctx, frame) = (params[0], params[1]);
        self.ctx = Some(ctx);
        self.frame = Some(frame);
        self.scratch = Some(self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 48, 4)));
        let root = &self.program.functions[self.func as usize];
        let (arity, locals_count) = (root.arity, root.locals_count);
        let closure = match self.mode {
            Mode::Osr(_) => {
                let depth = self.b.ins().load(types::I32, mem(), ctx, JitContext::OFF_DEPTH);
                let self_depth = self.b.ins().iadd_imm_s(depth, -1);
                let frames = self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_FRAMES);
                let d64 = self.b.ins().uextend(types::I64, self_depth);
                let off = self.b.ins().imul_imm_s(d64, frame_offsets::SIZE as i64);
                self.record = Some(self.b.ins().iadd(frames, off));
                self.self_depth = Some(self_depth);
                self.b.ins().load(types::I64, mem(), frame, -8)
            }
            Mode::Uniform => {
                self.checks_and_record(ctx, frame);
                self.b.ins().load(types::I64, mem(), frame, -8)
            }
            Mode::Inner => {
                self.checks_and_record(ctx, frame);
                params[2]
            }
        };
        // The globals and constants arrays, loaded only by functions that use them.
        let (mut globals, mut constants) = (false, false);
        for r in 0..self.plan.sub.regions.len() {
            for ins in self.plan.sub.instructions(r) {
                globals |= matches!(ins.op, Op::GetGlobal | Op::SetGlobal);
                for (kind, &k) in ins.op.info().operands.iter().zip(ins.operands()) {
                    constants |=
                        *kind == OperandKind::Const && matches!(self.program.constants[k as usize], Constant::Str(_));
                }
            }
        }
        if globals {
            self.globals = Some(self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_GLOBALS));
        }
        if constants {
            self.constants = Some(self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_CONSTANTS));
        }
        self.regions.push(RegionCtx {
            func: self.func,
            sb: locals_count,
            local_offset: 0,
            locals_count,
            closure,
            call_ip: 0,
            callee_slot: 0,
            cont: None,
            keep_count: false,
            saved_ip: None,
        });
        match self.mode {
            Mode::Uniform => {
                // Parameters (missing ones nil), other locals nil.
                let nargs = self.b.ins().load(types::I32, mem(), ctx, JitContext::OFF_NARGS);
                let zero = self.iconst(0);
                for i in 0..locals_count {
                    let v = if i < arity {
                        let loaded = self.load_value(frame, i as i32 * VALUE_SIZE);
                        let present = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, nargs, i as i64);
                        let (lt, lp) = (self.tag_of(loaded), self.pay_of(loaded));
                        let t = self.b.ins().select(present, lt, zero);
                        let p = self.b.ins().select(present, lp, zero);
                        Self::dynamic(t, p)
                    } else {
                        self.konst(tag::NIL, 0)
                    };
                    self.write(i, v);
                }
                // Parameters the plan speculates on are checked here; a mismatch leaves
                // for the interpreter at the function's first instruction.
                let kinds = self.plan.spec.params.clone();
                if kinds.iter().any(|&k| k == INT || k == FLOAT) {
                    self.known = vec![UNKNOWN; self.slots.len()];
                    self.cur_ip = self.plan.sub.regions[0].start;
                    self.instr_depth = 0;
                    for (i, &kind) in kinds.iter().enumerate() {
                        if kind == INT || kind == FLOAT {
                            let v = self.read(i as u32);
                            let t = self.tag_of(v);
                            let ok = self.b.ins().icmp_imm_s(IntCC::Equal, t, kind as i64);
                            self.guard(ok, DeoptReason::TypeGuard);
                        }
                    }
                }
            }
            Mode::Inner => {
                let kinds = self.plan.spec.params.clone();
                let mut k = 3;
                for (i, &kind) in kinds.iter().enumerate() {
                    let v = match kind {
                        INT => {
                            k += 1;
                            self.int(params[k - 1])
                        }
                        FLOAT => {
                            k += 1;
                            self.float(params[k - 1])
                        }
                        _ => {
                            k += 2;
                            Self::dynamic(params[k - 2], params[k - 1])
                        }
                    };
                    self.write(i as u32, v);
                }
                for i in arity..locals_count {
                    let v = self.konst(tag::NIL, 0);
                    self.write(i, v);
                }
            }
            Mode::Osr(_) => {}
        }
    }

    /// The OSR entry: loads the interpreter's frame at the loop header, checks the tags the
    /// compiled loop assumes, and jumps in. A failed check leaves at once (the frame is
    /// untouched) for the interpreter to go on.
    fn osr_entry(&mut self, header: u32) -> Result<(), BackendError> {
        let root = &self.program.functions[self.func as usize];
        let locals = root.locals_count;
        let depth = self.depth_at(0, header);
        let known: Vec<Known> = self
            .plan
            .spec
            .before(header)
            .ok_or_else(|| BackendError::Internal(format!("OSR header {header} is unreachable")))?
            .to_vec();
        let frame = self.frame();
        let mut ok: Option<Cv> = None;
        for s in 0..locals + depth {
            let loaded = self.load_value(frame, s as i32 * VALUE_SIZE);
            let k = known[s as usize];
            if k != UNKNOWN {
                let t = self.tag_of(loaded);
                let c = self.b.ins().icmp_imm_s(IntCC::Equal, t, k as i64);
                ok = Some(match ok {
                    Some(o) => self.b.ins().band(o, c),
                    None => c,
                });
            }
            self.write(s, loaded);
        }
        let target = self.blocks[&header];
        if let Some(ok) = ok {
            // A failed check leaves with the state all in the frame already: described in
            // place, nothing stored.
            let fail = self.b.create_block();
            self.b.set_cold_block(fail);
            let stress = self.plan.config.stress_deopt > 0;
            let stress_fail = self.b.create_block();
            self.b.set_cold_block(stress_fail);
            if stress {
                let stress_b = self.b.create_block();
                self.b.ins().brif(ok, stress_b, &[], fail, &[]);
                self.b.switch_to_block(stress_b);
                let fire = self.stress_fires();
                self.b.ins().brif(fire, stress_fail, &[], target, &[]);
            } else {
                self.b.ins().brif(ok, target, &[], fail, &[]);
            }
            for (blk, reason) in [(fail, DeoptReason::TypeGuard), (stress_fail, DeoptReason::Stress)] {
                self.b.switch_to_block(blk);
                if reason == DeoptReason::Stress && !stress {
                    // Unused: never branched to.
                    self.exit_const(Signal::Error);
                    continue;
                }
                let frames = vec![FrameState {
                    func: self.func,
                    ip: header,
                    base_offset: 0,
                    locals: (0..locals).map(ValueLoc::Frame).collect(),
                    stack: (locals..locals + depth).map(ValueLoc::Frame).collect(),
                    saved_ip: None,
                }];
                let id = self.plan.config.deopt_base + self.out.deopts.len() as u32;
                self.out.deopts.push(DeoptInfo { reason, frames, rebased: false });
                let ctx = self.ctx();
                let idv = self.b.ins().iconst(types::I32, id as i64);
                self.b.ins().store(mem(), idv, ctx, JitContext::OFF_DEOPT_ID);
                self.exit_const(Signal::Deopt);
            }
        } else {
            self.b.ins().jump(target, &[]);
        }
        Ok(())
    }

    fn run(&mut self) -> Result<(), BackendError> {
        // Blocks: every jump target and branch fall-through, and where an inlined call
        // returns to, in every region.
        let mut starts = BTreeSet::new();
        for r in 0..self.plan.sub.regions.len() {
            for ins in self.plan.sub.instructions(r) {
                if let Some(t) = ins.jump_target() {
                    starts.insert(t);
                }
                if ins.op.info().flow == Flow::Branch || self.plan.inlined.contains_key(&ins.ip) {
                    starts.insert(ins.next_ip());
                }
                if ins.op == Op::TailCall && self.plan.direct.contains_key(&ins.ip) {
                    // Self tail calls loop back to the start.
                    starts.insert(self.plan.sub.regions[0].start);
                }
            }
        }
        self.prologue();
        for s in starts {
            let blk = self.b.create_block();
            self.blocks.insert(s, blk);
        }
        if let Mode::Osr(header) = self.mode {
            self.osr_entry(header)?;
            // The code before the header is unreachable from this entry; it is still
            // translated (Cranelift drops it) so the walk stays linear.
            let dead = self.b.create_block();
            self.b.switch_to_block(dead);
        }
        self.region_walk(0)?;
        self.fill_error_block();
        Ok(())
    }

    /// Translates region `r`'s instructions in order (inlined regions recursively, at their
    /// calls).
    fn region_walk(&mut self, r: usize) -> Result<(), BackendError> {
        let instrs = self.plan.sub.instructions(r);
        let mut terminated = false;
        for ins in &instrs {
            let gip = self
                .plan
                .sub
                .global_ip(ins.ip)
                .ok_or_else(|| BackendError::Internal(format!("sub ip {} unmapped", ins.ip)))?;
            if let Some(&blk) = self.blocks.get(&ins.ip) {
                if !terminated {
                    self.b.ins().jump(blk, &[]);
                }
                self.b.switch_to_block(blk);
            } else if terminated {
                continue;
            }
            let Some(state) = self.plan.spec.before(ins.ip) else {
                // Unreachable code: never runs (an error without a pending one if it did).
                self.exit_const(Signal::Error);
                terminated = true;
                continue;
            };
            self.known = state.to_vec();
            self.depth = self.depth_at(self.regions.len() - 1, ins.ip);
            self.instr_depth = self.depth;
            self.cur_ip = ins.ip;
            if let Some(&q) = self.plan.inlined.get(&ins.ip) {
                self.inline_call(ins, gip, q)?;
                terminated = true;
            } else {
                self.instr(ins, gip)?;
                terminated = matches!(ins.op.info().flow, Flow::Jump | Flow::Stop | Flow::Branch);
            }
        }
        if !terminated {
            return Err(BackendError::Internal("control falls off the end".into()));
        }
        Ok(())
    }

    fn block_at(&self, sub_ip: u32) -> Block {
        self.blocks[&sub_ip]
    }

    /// Compiles region `q` in place of the call `ins`: the callee's identity is guarded, its
    /// frame is virtual (its parameters are the argument slots), its returns continue after
    /// the call.
    fn inline_call(&mut self, ins: &Instr, gip: u32, q: usize) -> Result<(), BackendError> {
        let region = self.plan.sub.regions[q].clone();
        let g = region.func;
        let callee_f = &self.program.functions[g as usize];
        let (arity, locals_count, entry_point) = (callee_f.arity, callee_f.locals_count, callee_f.entry_point);
        let argc = ins.arg(0);
        let callee_slot = self.rc().sb + self.depth - argc - 1;
        let callee = self.read(callee_slot);
        let cp = self.guard_callee(callee, g);
        // The caller's saved pc is the call; the callee's is its entry until it saves one.
        self.save_pc(gip);
        for l in argc.min(arity)..locals_count {
            let v = self.konst(tag::NIL, 0);
            self.write(region.local_offset + l, v);
        }
        let saved = self.b.declare_var(types::I32);
        let e = self.b.ins().iconst(types::I32, entry_point as i64);
        self.b.def_var(saved, e);
        let cont = self.block_at(ins.next_ip());
        let sb = region.local_offset + locals_count;
        self.regions.push(RegionCtx {
            func: g,
            sb,
            local_offset: region.local_offset,
            locals_count,
            closure: cp,
            call_ip: ins.ip,
            callee_slot,
            cont: Some(cont),
            keep_count: ins.arg(1) & call_flags::KEEP_COUNT != 0,
            saved_ip: Some(saved),
        });
        let walked = self.region_walk(q);
        self.regions.pop();
        walked
    }

    // -----------------------------------------------------------------------------------------
    // Instructions.

    fn instr(&mut self, ins: &Instr, ip: u32) -> Result<(), BackendError> {
        let op = ins.op;
        let inlined = self.inlined();
        match op {
            Op::Nop => {}
            Op::SavePc => self.save_pc(ip),
            Op::Pop => {
                self.depth -= 1;
            }
            Op::Dup => {
                let v = self.peek(0);
                self.push(v);
            }
            Op::Swap => {
                let b = self.peek(0);
                let a = self.peek(1);
                let s = self.rc().sb + self.depth - 1;
                self.write(s - 1, b);
                self.write(s, a);
            }
            Op::LibConst | Op::PushConst => {
                let v = self.constant(ins.arg(0));
                self.push(v);
            }
            Op::PushNil | Op::LibNil => {
                let v = self.konst(tag::NIL, 0);
                self.push(v);
            }
            Op::PushTrue | Op::PushFalse => {
                let v = self.konst(tag::BOOL, (op == Op::PushTrue) as u64);
                self.push(v);
            }
            Op::PushInt => {
                let v = self.konst(tag::INT, ins.arg(0) as i32 as i64 as u64);
                self.push(v);
            }
            Op::PushBuiltin => {
                let v = self.konst(tag::BUILTIN, ins.arg(0) as u64);
                self.push(v);
            }
            Op::GetLocal => {
                let v = self.read(ins.arg(0));
                self.push(v);
            }
            Op::SetLocal => {
                let v = self.pop();
                self.write(ins.arg(0), v);
            }
            Op::NewCell | Op::BoxLocal => {
                let v = if op == Op::NewCell { self.pop() } else { self.read(ins.arg(0)) };
                let ctx = self.ctx();
                let (t, p) = (self.tag_of(v), self.pay_of(v));
                let cell = self.call_helper(Helper::NewCell, &[ctx, t, p]).expect("result");
                let v = V { k: tag::CELL as Known, t: None, p: Some(cell), f: None };
                self.write(ins.arg(0), v);
            }
            Op::GetCell => {
                let c = self.read(ins.arg(0));
                let cp = self.pay_of(c);
                let v = self.load_value(cp, 0);
                self.push(v);
            }
            Op::SetCell => {
                let v = self.pop();
                let c = self.read(ins.arg(0));
                let cp = self.pay_of(c);
                self.store_value(v, cp, 0);
            }
            Op::GetUpval | Op::SetUpval => {
                let closure = self.rc().closure;
                let off = Closure::UPVALS_OFFSET as i32 + 8 * ins.arg(0) as i32;
                let cell = self.b.ins().load(types::I64, mem(), closure, off);
                if op == Op::GetUpval {
                    let v = self.load_value(cell, 0);
                    self.push(v);
                } else {
                    let v = self.pop();
                    self.store_value(v, cell, 0);
                }
            }
            Op::GetGlobal => {
                let g = self.globals.expect("prologue");
                let v = self.load_value(g, ins.arg(0) as i32 * VALUE_SIZE);
                self.save_pc_if_nil(v, ip);
                self.push(v);
            }
            Op::SetGlobal => {
                let v = self.pop();
                let g = self.globals.expect("prologue");
                let old = self.b.ins().load(types::I64, mem(), g, ins.arg(0) as i32 * VALUE_SIZE);
                self.save_pc_if_nil(Self::dynamic(old, old), ip);
                self.store_value(v, g, ins.arg(0) as i32 * VALUE_SIZE);
            }
            Op::Closure => {
                self.save_pc(ip);
                self.closure_op(ins.arg(0));
            }
            Op::AddInt | Op::SubInt | Op::MulInt => {
                let b = self.pop();
                let a = self.peek(0);
                let (x, y) = (self.pay_of(a), self.pay_of(b));
                let r = match op {
                    Op::AddInt => self.b.ins().iadd(x, y),
                    Op::SubInt => self.b.ins().isub(x, y),
                    _ => self.b.ins().imul(x, y),
                };
                let v = self.int(r);
                self.set_top(v);
            }
            Op::IDivInt | Op::ModInt => {
                let b = self.pop();
                let a = self.peek(0);
                let (a, b) = (V { k: INT, ..a }, V { k: INT, ..b });
                let aop = if op == Op::IDivInt { ArithOp::IDiv } else { ArithOp::Mod };
                let v = self.arith_known(aop, a, b, ip).expect("integers");
                self.set_top(v);
            }
            Op::UnmInt => {
                let a = self.peek(0);
                let x = self.pay_of(a);
                let r = self.b.ins().ineg(x);
                let v = self.int(r);
                self.set_top(v);
            }
            Op::AddFloat | Op::SubFloat | Op::MulFloat | Op::DivFloat | Op::ModFloat | Op::IDivFloat | Op::PowFloat => {
                let b = self.pop();
                let a = self.peek(0);
                let (x, y) = (self.f64_of(a), self.f64_of(b));
                let r = self.float_op(op.arith_op().expect("arithmetic"), x, y);
                let v = self.float(r);
                self.set_top(v);
            }
            Op::UnmFloat => {
                let a = self.peek(0);
                let x = self.f64_of(a);
                let r = self.b.ins().fneg(x);
                let v = self.float(r);
                self.set_top(v);
            }
            _ if op.arith_op().is_some() => self.arith(op, ins, ip),
            Op::Concat => {
                let b = self.pop();
                let a = self.peek(0);
                let s = self.spill_scratch(&[a, b]);
                let (ctx, ipv) = (self.ctx(), self.b.ins().iconst(types::I32, ip as i64));
                let failed = self.call_helper(Helper::Concat, &[ctx, s, ipv]).expect("result");
                self.error_if(failed);
                let v = self.load_value(s, 0);
                self.set_top(v);
            }
            Op::Len => {
                self.set_record_ip(ip);
                let a = self.peek(0);
                let is_str = self.tag_is(a, tag::STR);
                let v = self.branch_value(
                    is_str,
                    |t| {
                        let p = t.pay_of(a);
                        let n = t.b.ins().load(types::I64, mem(), p, 0);
                        let _ = StrObj::DATA_OFFSET;
                        t.int(n)
                    },
                    |t| {
                        let s = t.spill_scratch(&[a]);
                        let (ctx, ipv) = (t.ctx(), t.b.ins().iconst(types::I32, ip as i64));
                        let failed = t.call_helper(Helper::Len, &[ctx, s, ipv]).expect("result");
                        t.error_if(failed);
                        Some(t.load_value(s, 0))
                    },
                );
                self.set_top(v);
            }
            Op::Not => {
                let a = self.peek(0);
                let tr = self.truthy(a);
                let f = self.b.ins().bxor_imm_s(tr, 1);
                let v = self.boolean(f);
                self.set_top(v);
            }
            Op::Eq | Op::Ne | Op::Lt | Op::Le | Op::Gt | Op::Ge => {
                let cmp = op.compare().expect("a comparison");
                let b = self.peek(0);
                let a = self.peek(1);
                let c = self.compare_op(cmp, a, b, ins.ip, ip);
                self.depth -= 1;
                let v = self.boolean(c);
                self.set_top(v);
            }
            Op::EqInt
            | Op::NeInt
            | Op::LtInt
            | Op::LeInt
            | Op::GtInt
            | Op::GeInt
            | Op::EqFloat
            | Op::NeFloat
            | Op::LtFloat
            | Op::LeFloat
            | Op::GtFloat
            | Op::GeFloat => {
                let cmp = op.compare().expect("a comparison");
                // Typed opcodes: the operand kinds are known, so `compare` emits the machine
                // comparison alone.
                let k = if op.name().ends_with("Int") { INT } else { FLOAT };
                let b = self.pop();
                let a = self.peek(0);
                let c = self.compare(cmp, V { k, ..a }, V { k, ..b }, ip);
                let v = self.boolean(c);
                self.set_top(v);
            }
            Op::Jump => {
                let blk = self.block_at(ins.arg(0));
                self.b.ins().jump(blk, &[]);
            }
            Op::JumpIfFalse | Op::JumpIfTrue => {
                let v = self.pop();
                let tr = self.truthy(v);
                let (target, next) = (self.block_at(ins.arg(0)), self.block_at(ins.next_ip()));
                if op == Op::JumpIfTrue {
                    self.b.ins().brif(tr, target, &[], next, &[]);
                } else {
                    self.b.ins().brif(tr, next, &[], target, &[]);
                }
            }
            _ if op.branch_compare().is_some() => {
                let cmp = op.branch_compare().expect("a compare");
                let b = self.rhs_peek(op, ins);
                let a = self.peek(if op.rhs_source() == RhsSource::Stack { 1 } else { 0 });
                let c = self.compare_op(cmp, a, b, ins.ip, ip);
                let target_ip = *ins.operands().last().expect("a target");
                let (target, next) = (self.block_at(target_ip), self.block_at(ins.next_ip()));
                self.b.ins().brif(c, next, &[], target, &[]);
            }
            Op::ForPrep | Op::ForPrepInt | Op::ForPrepFloat => self.for_prep(ins, ip),
            Op::ForLoop | Op::ForLoopInt | Op::ForLoopFloat => self.for_loop(ins),
            Op::Method | Op::MethodMissing => {
                self.set_record_ip(ip);
                let obj = self.peek(0);
                let is_str = self.tag_is(obj, tag::STR);
                let bad_b = self.b.create_block();
                let ok = self.b.create_block();
                self.b.set_cold_block(bad_b);
                self.b.ins().brif(is_str, ok, &[], bad_b, &[]);
                self.b.switch_to_block(bad_b);
                let s = self.spill_scratch(&[obj]);
                let ctx = self.ctx();
                let pos = self.b.ins().iconst(types::I32, (self.depth - 1) as i64);
                let ipv = self.b.ins().iconst(types::I32, ip as i64);
                self.call_helper(Helper::IndexError, &[ctx, s, pos, ipv]);
                self.exit_const(Signal::Error);
                self.b.switch_to_block(ok);
                let f = if op == Op::Method {
                    self.konst(tag::BUILTIN, ins.arg(0) as u64)
                } else {
                    self.konst(tag::NIL, 0)
                };
                self.set_top(f);
                self.push(obj);
            }
            Op::Call | Op::TailCall if inlined => {
                return Err(BackendError::Internal("a call in an inlined callee was not inlined".into()));
            }
            Op::Call => self.call_op(ins, ip, false),
            Op::TailCall => self.call_op(ins, ip, true),
            Op::Return0 | Op::Return1 => {
                let v = if op == Op::Return1 { self.pop() } else { self.konst(tag::NIL, 0) };
                if inlined {
                    let (slot, cont, keep) = {
                        let rc = self.rc();
                        (rc.callee_slot, rc.cont.expect("inlined"), rc.keep_count)
                    };
                    self.write(slot, v);
                    if keep {
                        let ctx = self.ctx();
                        let n = self.b.ins().iconst(types::I32, (op == Op::Return1) as i64);
                        self.b.ins().store(mem(), n, ctx, JitContext::OFF_NRES);
                    }
                    self.b.ins().jump(cont, &[]);
                } else {
                    self.ret(v, op == Op::Return1);
                }
            }
            _ => {
                return Err(BackendError::Unsupported(format!("cranelift has no translation for {}", op.name())));
            }
        }
        Ok(())
    }

    /// Returns `v` (the result count is `one`): pops this function's frame record.
    fn ret(&mut self, v: V, one: bool) {
        let ctx = self.ctx();
        let n = self.b.ins().iconst(types::I32, one as i64);
        self.b.ins().store(mem(), n, ctx, JitContext::OFF_NRES);
        let d = self.self_depth.expect("prologue");
        self.b.ins().store(mem(), d, ctx, JitContext::OFF_DEPTH);
        if self.mode == Mode::Inner {
            let (t, p) = (self.tag_of(v), self.pay_of(v));
            self.b.ins().return_(&[t, p]);
        } else {
            let frame = self.frame();
            self.store_value(v, frame, 0);
            let s = self.b.ins().iconst(types::I32, Signal::Return as i64);
            self.b.ins().return_(&[s]);
        }
    }

    /// Pops this function's frame record and hands a tail call to the caller.
    fn ret_tail_call(&mut self) {
        let ctx = self.ctx();
        let d = self.self_depth.expect("prologue");
        self.b.ins().store(mem(), d, ctx, JitContext::OFF_DEPTH);
        self.exit_const(Signal::TailCall);
    }

    /// A program constant: numbers as immediates, strings from the VM's constant array.
    fn constant(&mut self, k: u32) -> V {
        match &self.program.constants[k as usize] {
            Constant::Int(i) => self.konst(tag::INT, *i as u64),
            Constant::Float(f) => {
                let f = self.b.ins().f64const(*f);
                self.float(f)
            }
            Constant::Str(_) => {
                let c = self.constants.expect("prologue");
                let p = self.b.ins().load(types::I64, mem(), c, k as i32 * VALUE_SIZE + 8);
                V { k: tag::STR as Known, t: None, p: Some(p), f: None }
            }
        }
    }

    /// The right operand of a binary operation, by its source, without popping.
    fn rhs_peek(&mut self, op: Op, ins: &Instr) -> V {
        match op.rhs_source() {
            RhsSource::Stack => self.peek(0),
            RhsSource::Local => self.read(ins.arg(0)),
            RhsSource::Const => self.constant(ins.arg(0)),
        }
    }

    /// `r`, the result of a commutative float operation, unless it is a NaN: then `first` if
    /// that is a NaN, else `second` if that is one, else `r` (an invalid operation's NaN, the
    /// same whichever way round). The check is one compare and a branch not taken; the choice
    /// is made in a cold block.
    fn nan_from(&mut self, r: Cv, first: Cv, second: Cv) -> Cv {
        let is_nan = self.b.ins().fcmp(FloatCC::Unordered, r, r);
        let fix = self.b.create_block();
        let join = self.b.create_block();
        let out = self.b.append_block_param(join, types::F64);
        self.b.ins().brif(is_nan, fix, &[], join, &args(&[r]));
        self.b.switch_to_block(fix);
        self.b.set_cold_block(fix);
        let second_nan = self.b.ins().fcmp(FloatCC::Unordered, second, second);
        let t = self.b.ins().select(second_nan, second, r);
        let first_nan = self.b.ins().fcmp(FloatCC::Unordered, first, first);
        let u = self.b.ins().select(first_nan, first, t);
        self.b.ins().jump(join, &args(&[u]));
        self.b.switch_to_block(join);
        out
    }

    fn float_op(&mut self, aop: ArithOp, x: Cv, y: Cv) -> Cv {
        match aop {
            // With two NaN operands lua5.4 returns `y`'s for `x + y` and `x`'s for `x * y`
            // (the sign of a NaN is visible: `nan` or `-nan`), which x86 gives when that
            // operand is the instruction's first. Cranelift keeps the order it is given: its
            // x64 lowering swaps only to sink a load in the first operand (floats here are
            // never loaded as f64: payloads are bitcast from i64). But its mid-end rewrites
            // `-a * -b` to `a * b`, which keeps another NaN: in code that negates, a NaN
            // product picks its operand explicitly (one compare and a branch not taken).
            ArithOp::Add => self.b.ins().fadd(y, x),
            ArithOp::Sub => self.b.ins().fsub(x, y),
            ArithOp::Mul => {
                let r = self.b.ins().fmul(x, y);
                if self.negates { self.nan_from(r, x, y) } else { r }
            }
            ArithOp::Div => self.b.ins().fdiv(x, y),
            ArithOp::IDiv => {
                let q = self.b.ins().fdiv(x, y);
                self.b.ins().floor(q)
            }
            ArithOp::Mod => self.call_helper(Helper::Fmod, &[x, y]).expect("result"),
            ArithOp::Pow => self.call_helper(Helper::Pow, &[x, y]).expect("result"),
            _ => unreachable!("not a float operator"),
        }
    }

    /// The generic helper for `a op b` (the interpreter's code, raising its errors) in the
    /// root frame; in an inlined frame, a deopt, so the interpreter raises them from the
    /// right frame.
    fn arith_slow(&mut self, aop: ArithOp, a: V, b: V, ip: u32) -> Option<V> {
        if self.inlined() {
            self.deopt_now(DeoptReason::Unsupported);
            return None;
        }
        let s = self.spill_scratch(&[a, b]);
        let ctx = self.ctx();
        let opv = self.b.ins().iconst(types::I32, aop as i64);
        let ipv = self.b.ins().iconst(types::I32, ip as i64);
        let failed = self.call_helper(Helper::Arith, &[ctx, opv, s, ipv]).expect("result");
        self.error_if(failed);
        Some(self.load_value(s, 0))
    }

    /// Floor division or modulo of integers known to be valid divisors (not 0 or -1).
    fn floor_div_mod(&mut self, div: bool, x: Cv, y: Cv) -> Cv {
        let r = self.b.ins().srem(x, y);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        let signs = self.b.ins().bxor(r, y);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, signs, 0);
        let adjust = self.b.ins().band(nonzero, neg);
        if div {
            let q = self.b.ins().sdiv(x, y);
            let one = self.b.ins().uextend(types::I64, adjust);
            self.b.ins().isub(q, one)
        } else {
            let fixed = self.b.ins().iadd(r, y);
            self.b.ins().select(adjust, fixed, r)
        }
    }

    /// Lua's `a << b` (`left`) or `a >> b` on integers: logical shifts, 0 beyond 63 bits,
    /// negative counts shift the other way.
    fn shift(&mut self, left: bool, x: Cv, y: Cv) -> Cv {
        let neg = self.b.ins().ineg(y);
        let (l_amt, r_amt) = if left { (y, neg) } else { (neg, y) };
        // Shift left by l_amt when it is >= 0, else right by r_amt.
        let is_left = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, l_amt, 0);
        let amt = self.b.ins().select(is_left, l_amt, r_amt);
        let big = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, amt, 64);
        let shl = self.b.ins().ishl(x, amt);
        let shr = self.b.ins().ushr(x, amt);
        let r = self.b.ins().select(is_left, shl, shr);
        let zero = self.iconst(0);
        self.b.ins().select(big, zero, r)
    }

    /// `a op b` and unary operators, with the right operand from the stack, a local or a
    /// constant: speculated (guards, then the typed operation), known (the typed operation
    /// alone), or generic (inline fast paths, the helper otherwise).
    fn arith(&mut self, op: Op, ins: &Instr, ip: u32) {
        let aop = op.arith_op().expect("arithmetic");
        let unary = matches!(aop, ArithOp::Unm | ArithOp::BNot);
        let (a, b) = if unary {
            let a = self.peek(0);
            (a, a)
        } else {
            let b = self.rhs_peek(op, ins);
            let a = self.peek(if op.rhs_source() == RhsSource::Stack { 1 } else { 0 });
            (a, b)
        };
        let spec = self.plan.spec.op(ins.ip);
        let v = if self.program.subtracts_int_zero(ins) {
            let a = match spec {
                Some(s) => self.guard_kind(a, s.lhs),
                None => a,
            };
            self.sub_int_zero(a, b, ip)
        } else if let Some(s) = spec {
            let a = self.guard_kind(a, s.lhs);
            let b = if unary { a } else { self.guard_kind(b, s.rhs) };
            let v = self.arith_known(aop, a, b, ip).expect("speculated kinds have a typed operation");
            debug_assert_eq!(v.k, spec_result(aop, s));
            v
        } else if let Some(v) = self.arith_known(aop, a, b, ip) {
            v
        } else {
            self.arith_generic(aop, a, b, ip)
        };
        if !unary && op.rhs_source() == RhsSource::Stack {
            self.depth -= 1;
        }
        self.set_top(v);
    }

    /// `a - 0` with the integer constant 0 (`b`): Lua's `a + 0` on numbers (see
    /// `Program::subtracts_int_zero`), the helper's subtraction otherwise.
    fn sub_int_zero(&mut self, a: V, b: V, ip: u32) -> V {
        let float_path = |t: &mut Self, a: V| {
            let x = t.f64_of(a);
            let zero = t.b.ins().f64const(0.0);
            let r = t.b.ins().fadd(x, zero);
            t.float(r)
        };
        match a.k {
            INT => a,
            FLOAT => float_path(self, a),
            _ => {
                let ta = self.tag_of(a);
                let ints = self.b.ins().icmp_imm_s(IntCC::Equal, ta, tag::INT as i64);
                let floats = self.b.ins().icmp_imm_s(IntCC::Equal, ta, tag::FLOAT as i64);
                self.three_way(
                    ints,
                    floats,
                    |_| V { k: INT, t: None, ..a },
                    |t| float_path(t, V { k: FLOAT, t: None, ..a }),
                    |t| t.arith_slow(ArithOp::Sub, a, b, ip),
                )
            }
        }
    }

    /// `a op b` on operands whose tags are known numbers: the typed operation alone, or
    /// `None` when the tags do not decide it.
    fn arith_known(&mut self, aop: ArithOp, a: V, b: V, ip: u32) -> Option<V> {
        let (ka, kb) = (a.k, b.k);
        let num = |k: Known| k == INT || k == FLOAT;
        match aop {
            ArithOp::Unm if ka == INT => {
                let x = self.pay_of(a);
                let r = self.b.ins().ineg(x);
                Some(self.int(r))
            }
            ArithOp::Unm if ka == FLOAT => {
                let x = self.f64_of(a);
                let r = self.b.ins().fneg(x);
                Some(self.float(r))
            }
            ArithOp::BNot if ka == INT => {
                let x = self.pay_of(a);
                let r = self.b.ins().bnot(x);
                Some(self.int(r))
            }
            ArithOp::Unm | ArithOp::BNot => None,
            ArithOp::Add | ArithOp::Sub | ArithOp::Mul if ka == INT && kb == INT => {
                let (x, y) = (self.pay_of(a), self.pay_of(b));
                let r = match aop {
                    ArithOp::Add => self.b.ins().iadd(x, y),
                    ArithOp::Sub => self.b.ins().isub(x, y),
                    _ => self.b.ins().imul(x, y),
                };
                Some(self.int(r))
            }
            ArithOp::BAnd | ArithOp::BOr | ArithOp::BXor | ArithOp::Shl | ArithOp::Shr if ka == INT && kb == INT => {
                let (x, y) = (self.pay_of(a), self.pay_of(b));
                let r = match aop {
                    ArithOp::BAnd => self.b.ins().band(x, y),
                    ArithOp::BOr => self.b.ins().bor(x, y),
                    ArithOp::BXor => self.b.ins().bxor(x, y),
                    ArithOp::Shl => self.shift(true, x, y),
                    _ => self.shift(false, x, y),
                };
                Some(self.int(r))
            }
            ArithOp::Mod | ArithOp::IDiv if ka == INT && kb == INT => {
                let (x, y) = (self.pay_of(a), self.pay_of(b));
                let plus1 = self.b.ins().iadd_imm_s(y, 1);
                let safe = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, plus1, 1);
                let div = aop == ArithOp::IDiv;
                let v = self.branch_value(
                    safe,
                    |t| {
                        let r = t.floor_div_mod(div, x, y);
                        t.int(r)
                    },
                    |t| t.arith_slow(aop, a, b, ip),
                );
                // Integers whichever way (the helper raises or gives an integer).
                Some(V { k: INT, t: None, ..v })
            }
            ArithOp::Add | ArithOp::Sub | ArithOp::Mul | ArithOp::Div | ArithOp::Pow | ArithOp::Mod | ArithOp::IDiv
                if num(ka) && num(kb) =>
            {
                let x = self.num_f64(a);
                let y = self.num_f64(b);
                let r = self.float_op(aop, x, y);
                Some(self.float(r))
            }
            _ => None,
        }
    }

    /// `a op b` on operands of unknown tags: integer and float fast paths where Lua's result
    /// is a plain machine operation, the helper otherwise.
    fn arith_generic(&mut self, aop: ArithOp, a: V, b: V, ip: u32) -> V {
        let unary = matches!(aop, ArithOp::Unm | ArithOp::BNot);
        let (ta, tb) = (self.tag_of(a), self.tag_of(b));
        let ints = if unary {
            self.b.ins().icmp_imm_s(IntCC::Equal, ta, tag::INT as i64)
        } else {
            let x = self.b.ins().icmp_imm_s(IntCC::Equal, ta, tag::INT as i64);
            let y = self.b.ins().icmp_imm_s(IntCC::Equal, tb, tag::INT as i64);
            self.b.ins().band(x, y)
        };
        let floats = if unary {
            self.b.ins().icmp_imm_s(IntCC::Equal, ta, tag::FLOAT as i64)
        } else {
            let x = self.b.ins().icmp_imm_s(IntCC::Equal, ta, tag::FLOAT as i64);
            let y = self.b.ins().icmp_imm_s(IntCC::Equal, tb, tag::FLOAT as i64);
            self.b.ins().band(x, y)
        };
        let (ia, ib) = (V { k: INT, t: None, ..a }, V { k: INT, t: None, ..b });
        let (fa, fb) = (V { k: FLOAT, t: None, ..a }, V { k: FLOAT, t: None, ..b });
        match aop {
            ArithOp::Add | ArithOp::Sub | ArithOp::Mul | ArithOp::Mod | ArithOp::IDiv | ArithOp::Unm => self.three_way(
                ints,
                floats,
                |t| t.arith_known(aop, ia, ib, ip).expect("ints"),
                |t| t.arith_known(aop, fa, fb, ip).expect("floats"),
                |t| t.arith_slow(aop, a, b, ip),
            ),
            ArithOp::Div => {
                let nums = {
                    let x = self.b.ins().band_imm_s(ta, !1);
                    let y = self.b.ins().band_imm_s(tb, !1);
                    let ax = self.b.ins().icmp_imm_s(IntCC::Equal, x, tag::INT as i64);
                    let bx = self.b.ins().icmp_imm_s(IntCC::Equal, y, tag::INT as i64);
                    self.b.ins().band(ax, bx)
                };
                self.branch_value(
                    nums,
                    |t| {
                        let x = t.dyn_num_f64(a);
                        let y = t.dyn_num_f64(b);
                        let r = t.b.ins().fdiv(x, y);
                        t.float(r)
                    },
                    |t| t.arith_slow(aop, a, b, ip),
                )
            }
            ArithOp::BAnd | ArithOp::BOr | ArithOp::BXor | ArithOp::BNot => self.branch_value(
                ints,
                |t| t.arith_known(aop, ia, ib, ip).expect("ints"),
                |t| t.arith_slow(aop, a, b, ip),
            ),
            _ => match self.arith_slow(aop, a, b, ip) {
                Some(v) => v,
                None => {
                    // Left for the interpreter: what follows is unreachable.
                    let dead = self.b.create_block();
                    self.b.switch_to_block(dead);
                    self.konst(tag::NIL, 0)
                }
            },
        }
    }

    /// An int-or-float value (tag unknown, checked by the caller) as an f64.
    fn dyn_num_f64(&mut self, v: V) -> Cv {
        let t = self.tag_of(v);
        let is_int = self.b.ins().icmp_imm_s(IntCC::Equal, t, tag::INT as i64);
        let p = self.pay_of(v);
        let as_int = self.b.ins().fcvt_from_sint(types::F64, p);
        let as_flt = self.f64_of(v);
        self.b.ins().select(is_int, as_int, as_flt)
    }

    /// Integer path when `ints`, float path when `floats`, the slow path otherwise, joined.
    fn three_way(
        &mut self,
        ints: Cv,
        floats: Cv,
        int_path: impl FnOnce(&mut Self) -> V,
        float_path: impl FnOnce(&mut Self) -> V,
        slow: impl FnOnce(&mut Self) -> Option<V>,
    ) -> V {
        let fast_int = self.b.create_block();
        let not_int = self.b.create_block();
        let fast_flt = self.b.create_block();
        let slow_b = self.b.create_block();
        let (join, jt, jp) = self.value_join();
        self.b.ins().brif(ints, fast_int, &[], not_int, &[]);
        self.b.switch_to_block(fast_int);
        let v = int_path(self);
        self.jump_with(join, v);
        self.b.switch_to_block(not_int);
        self.b.ins().brif(floats, fast_flt, &[], slow_b, &[]);
        self.b.switch_to_block(fast_flt);
        let v = float_path(self);
        self.jump_with(join, v);
        self.cold_slow_path(slow_b, join, slow);
        self.b.switch_to_block(join);
        Self::dynamic(jt, jp)
    }

    /// A comparison of `a` and `b` as a machine boolean, speculated where the plan says.
    fn compare_op(&mut self, cmp: Compare, a: V, b: V, sub_ip: u32, ip: u32) -> Cv {
        if let Some(OpSpec { lhs, rhs }) = self.plan.spec.op(sub_ip) {
            let a = self.guard_kind(a, lhs);
            let b = self.guard_kind(b, rhs);
            return self.compare(cmp, a, b, ip);
        }
        self.compare(cmp, a, b, ip)
    }

    /// `a cmp b` as a machine boolean: typed when the tags are known, else integer and float
    /// fast paths, equality by tag and payload for nil/booleans/integers, and the helpers.
    fn compare(&mut self, cmp: Compare, a: V, b: V, ip: u32) -> Cv {
        if a.k == INT && b.k == INT {
            let (x, y) = (self.pay_of(a), self.pay_of(b));
            return self.b.ins().icmp(int_cc(cmp), x, y);
        }
        if a.k == FLOAT && b.k == FLOAT {
            let (x, y) = (self.f64_of(a), self.f64_of(b));
            return self.b.ins().fcmp(float_cc(cmp), x, y);
        }
        let (ta, tb) = (self.tag_of(a), self.tag_of(b));
        let (pa, pb) = (self.pay_of(a), self.pay_of(b));
        let fast_int = self.b.create_block();
        let not_int = self.b.create_block();
        let fast_flt = self.b.create_block();
        let slow = self.b.create_block();
        let join = self.b.create_block();
        let jr = self.b.append_block_param(join, types::I8);
        let int_ok = if matches!(cmp, Compare::Eq | Compare::Ne) {
            // Same tag, and nil/boolean/integer: payloads decide.
            let same = self.b.ins().icmp(IntCC::Equal, ta, tb);
            let small = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, ta, tag::INT as i64);
            self.b.ins().band(same, small)
        } else {
            let x = self.b.ins().icmp_imm_s(IntCC::Equal, ta, tag::INT as i64);
            let y = self.b.ins().icmp_imm_s(IntCC::Equal, tb, tag::INT as i64);
            self.b.ins().band(x, y)
        };
        let floats = {
            let x = self.b.ins().icmp_imm_s(IntCC::Equal, ta, tag::FLOAT as i64);
            let y = self.b.ins().icmp_imm_s(IntCC::Equal, tb, tag::FLOAT as i64);
            self.b.ins().band(x, y)
        };
        self.b.ins().brif(int_ok, fast_int, &[], not_int, &[]);
        self.b.switch_to_block(fast_int);
        let r = self.b.ins().icmp(int_cc(cmp), pa, pb);
        self.b.ins().jump(join, &args(&[r]));
        self.b.switch_to_block(not_int);
        self.b.ins().brif(floats, fast_flt, &[], slow, &[]);
        self.b.switch_to_block(fast_flt);
        let x = self.b.ins().bitcast(types::F64, MemFlagsData::new(), pa);
        let y = self.b.ins().bitcast(types::F64, MemFlagsData::new(), pb);
        let r = self.b.ins().fcmp(float_cc(cmp), x, y);
        self.b.ins().jump(join, &args(&[r]));
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        if matches!(cmp, Compare::Eq | Compare::Ne) {
            // Raw equality never fails: safe in any frame.
            let s = self.spill_scratch(&[a, b]);
            let eq = self.call_helper(Helper::Equal, &[s]).expect("result");
            let eq = self.b.ins().ireduce(types::I8, eq);
            let r = if cmp == Compare::Ne { self.b.ins().bxor_imm_s(eq, 1) } else { eq };
            self.b.ins().jump(join, &args(&[r]));
        } else if self.inlined() {
            self.deopt_now(DeoptReason::Unsupported);
        } else {
            let s = self.spill_scratch(&[a, b]);
            let kind = match cmp {
                Compare::Lt => compare_kind::LT,
                Compare::Le => compare_kind::LE,
                Compare::Gt => compare_kind::GT,
                _ => compare_kind::GE,
            };
            let ctx = self.ctx();
            let k = self.b.ins().iconst(types::I32, kind as i64);
            let ipv = self.b.ins().iconst(types::I32, ip as i64);
            let r = self.call_helper(Helper::Compare, &[ctx, k, s, ipv]).expect("result");
            let failed = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
            self.error_if(failed);
            let r = self.b.ins().ireduce(types::I8, r);
            self.b.ins().jump(join, &args(&[r]));
        }
        self.b.switch_to_block(join);
        jr
    }

    fn closure_op(&mut self, f: u32) {
        // The helper reads captured cells from the frame and the running closure below it:
        // put them there.
        let frame = self.frame();
        let upvals = self.program.functions[f as usize].upvals.clone();
        for u in upvals.iter().filter(|u| u.from_local) {
            let v = self.read(u.index);
            self.store_value(v, frame, u.index as i32 * VALUE_SIZE);
        }
        if self.mode == Mode::Inner {
            let closure = self.regions[0].closure;
            let t = self.iconst(tag::CLOSURE as i64);
            self.b.ins().store(mem(), t, frame, -VALUE_SIZE);
            self.b.ins().store(mem(), closure, frame, -8);
        }
        let s = self.scratch();
        let ctx = self.ctx();
        let fv = self.b.ins().iconst(types::I32, f as i64);
        self.call_helper(Helper::Closure, &[ctx, fv, frame, s]);
        let p = self.b.ins().load(types::I64, mem(), s, 8);
        let v = V { k: tag::CLOSURE as Known, t: None, p: Some(p), f: None };
        self.push(v);
    }

    /// The value of `v` if it is an integer constant.
    fn const_of(&self, v: Cv) -> Option<i64> {
        let inst = self.b.func.dfg.value_def(v).inst()?;
        match self.b.func.dfg.insts[inst] {
            ir::InstructionData::UnaryImm { opcode: ir::Opcode::Iconst, imm } => Some(imm.bits()),
            _ => None,
        }
    }

    fn for_prep(&mut self, ins: &Instr, ip: u32) {
        let base = ins.arg(0);
        let step = self.pop();
        let limit = self.pop();
        let init = self.pop();
        // Lua's `forprep` saves the pc (integer `%` and `//` by zero report it later).
        self.save_pc(ip);
        if init.k == INT && limit.k == INT && step.k == INT {
            self.for_prep_int(ins, ip, init, limit, step);
            return;
        }
        let s = self.spill_scratch(&[init, limit, step]);
        let ctx = self.ctx();
        let state = self.slot_addr(base);
        let ipv = self.b.ins().iconst(types::I32, ip as i64);
        let r = self.call_helper(Helper::ForPrep, &[ctx, s, state, ipv]).expect("result");
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
        self.error_if(failed);
        let run = self.b.create_block();
        let (exit, body) = (self.block_at(ins.arg(1)), self.block_at(ins.next_ip()));
        self.b.ins().brif(r, run, &[], exit, &[]);
        self.b.switch_to_block(run);
        for k in 0..4 {
            let v = self.load_value(state, k * VALUE_SIZE);
            self.write(base + k as u32, v);
        }
        self.b.ins().jump(body, &[]);
    }

    /// Lua's `forprep` on integers, inline: the iteration count is computed once, in
    /// unsigned arithmetic (a zero step goes to the helper, which raises the error).
    fn for_prep_int(&mut self, ins: &Instr, ip: u32, init: V, limit: V, step: V) {
        let base = ins.arg(0);
        let (i, l, st) = (self.pay_of(init), self.pay_of(limit), self.pay_of(step));
        let (exit, body) = (self.block_at(ins.arg(1)), self.block_at(ins.next_ip()));
        let count = match self.const_of(st) {
            Some(0) | None => {
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, st, 0);
                let slow = self.b.create_block();
                let fast = self.b.create_block();
                self.b.set_cold_block(slow);
                self.b.ins().brif(zero, slow, &[], fast, &[]);
                self.b.switch_to_block(slow);
                let s = self.spill_scratch(&[init, limit, step]);
                let ctx = self.ctx();
                let state = self.slot_addr(base);
                let ipv = self.b.ins().iconst(types::I32, ip as i64);
                self.call_helper(Helper::ForPrep, &[ctx, s, state, ipv]);
                let err = self.error_block();
                self.b.ins().jump(err, &[]);
                self.b.switch_to_block(fast);
                let up = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, st, 0);
                let after = self.b.ins().icmp(IntCC::SignedGreaterThan, i, l);
                let before = self.b.ins().icmp(IntCC::SignedLessThan, i, l);
                let skip = self.b.ins().select(up, after, before);
                let run = self.b.create_block();
                self.b.ins().brif(skip, exit, &[], run, &[]);
                self.b.switch_to_block(run);
                let up_span = self.b.ins().isub(l, i);
                let down_span = self.b.ins().isub(i, l);
                let span = self.b.ins().select(up, up_span, down_span);
                let neg = self.b.ins().ineg(st);
                let divisor = self.b.ins().select(up, st, neg);
                self.b.ins().udiv(span, divisor)
            }
            Some(k) => {
                let skip = if k > 0 {
                    self.b.ins().icmp(IntCC::SignedGreaterThan, i, l)
                } else {
                    self.b.ins().icmp(IntCC::SignedLessThan, i, l)
                };
                let run = self.b.create_block();
                self.b.ins().brif(skip, exit, &[], run, &[]);
                self.b.switch_to_block(run);
                let span = if k > 0 { self.b.ins().isub(l, i) } else { self.b.ins().isub(i, l) };
                match k.unsigned_abs() {
                    1 => span,
                    d => {
                        let dv = self.iconst(d as i64);
                        self.b.ins().udiv(span, dv)
                    }
                }
            }
        };
        let c = self.int(count);
        self.write(base, init);
        self.write(base + 1, c);
        self.write(base + 2, step);
        self.write(base + 3, init);
        self.b.ins().jump(body, &[]);
    }

    fn for_loop(&mut self, ins: &Instr) {
        let base = ins.arg(0);
        let (body, exit) = (self.block_at(ins.arg(1)), self.block_at(ins.next_ip()));
        let int_loop = |t: &mut Self| {
            let count = t.read(base + 1);
            let c = t.pay_of(count);
            let more = t.b.ins().icmp_imm_s(IntCC::NotEqual, c, 0);
            let again = t.b.create_block();
            t.b.ins().brif(more, again, &[], exit, &[]);
            t.b.switch_to_block(again);
            let left = t.b.ins().iadd_imm_s(c, -1);
            let cv = t.int(left);
            t.write(base + 1, cv);
            let idx = t.read(base);
            let step = t.read(base + 2);
            let (i, s) = (t.pay_of(idx), t.pay_of(step));
            let next = t.b.ins().iadd(i, s);
            let v = t.int(next);
            t.write(base, v);
            t.write(base + 3, v);
            t.b.ins().jump(body, &[]);
        };
        let float_loop = |t: &mut Self| {
            let idx = t.read(base);
            let lim = t.read(base + 1);
            let step = t.read(base + 2);
            let (i, l, s) = (t.f64_of(idx), t.f64_of(lim), t.f64_of(step));
            let next = t.b.ins().fadd(i, s);
            let zero = t.b.ins().f64const(0.0);
            let up = t.b.ins().fcmp(FloatCC::LessThan, zero, s);
            let below = t.b.ins().fcmp(FloatCC::LessThanOrEqual, next, l);
            let above = t.b.ins().fcmp(FloatCC::LessThanOrEqual, l, next);
            let cont = t.b.ins().select(up, below, above);
            let again = t.b.create_block();
            t.b.ins().brif(cont, again, &[], exit, &[]);
            t.b.switch_to_block(again);
            let v = t.float(next);
            t.write(base, v);
            t.write(base + 3, v);
            t.b.ins().jump(body, &[]);
        };
        let step_known = self.known[base as usize + 2];
        match ins.op {
            Op::ForLoopInt => int_loop(self),
            Op::ForLoopFloat => float_loop(self),
            _ if step_known == INT => int_loop(self),
            _ if step_known == FLOAT => float_loop(self),
            _ => {
                let step = self.read(base + 2);
                let is_int = self.tag_is(step, tag::INT);
                let ib = self.b.create_block();
                let fb = self.b.create_block();
                self.b.ins().brif(is_int, ib, &[], fb, &[]);
                // The loop variables' tags are not known here: read them dynamically.
                let saved = std::mem::take(&mut self.known);
                self.known = saved
                    .iter()
                    .enumerate()
                    .map(|(i, &k)| if (i as u32) < base || i as u32 > base + 3 { k } else { UNKNOWN })
                    .collect();
                self.b.switch_to_block(ib);
                int_loop(self);
                self.b.switch_to_block(fb);
                float_loop(self);
                self.known = saved;
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // Calls.

    /// `Call` and `TailCall` in the root frame.
    fn call_op(&mut self, ins: &Instr, ip: u32, tail: bool) {
        let argc = ins.arg(0);
        let flags = ins.arg(1);
        let ctx = self.ctx();
        let callee_pos = self.depth - argc - 1;
        let sb = self.rc().sb;
        let vals: Vec<V> = (callee_pos..self.depth).map(|p| self.read(sb + p)).collect();
        let direct = self.plan.direct.get(&ins.ip).copied();
        // (With a multi-value last argument, a missing value is nil in its slot: the same to
        // a Lua callee as an absent argument.)
        if !tail && direct == Some(self.func) && self.mode == Mode::Inner {
            let arity = self.program.functions[self.func as usize].arity;
            let params = self.plan.spec.params.clone();
            if (argc..arity).all(|i| params[i as usize] == UNKNOWN) {
                self.self_call_inner(&vals, &params, ip);
                return;
            }
        }
        let nargs = if flags & call_flags::MULTI_ARG != 0 {
            let nres = self.b.ins().load(types::I32, mem(), ctx, JitContext::OFF_NRES);
            self.b.ins().iadd_imm_s(nres, argc as i64 - 1)
        } else {
            self.b.ins().iconst(types::I32, argc as i64)
        };
        self.depth = callee_pos;
        if tail {
            if direct == Some(self.func) {
                self.self_tail_call(&vals, nargs, callee_pos, ip);
            } else {
                self.tail_call(&vals, nargs, callee_pos, ip);
            }
            return;
        }
        let slot = self.slot_addr(sb + callee_pos);
        for (k, v) in vals.iter().enumerate() {
            self.store_value(*v, slot, k as i32 * VALUE_SIZE);
        }
        self.set_record_ip(ip);
        let callee = vals[0];
        let done = self.b.create_block();
        let frame_arg = self.b.ins().iadd_imm_s(slot, VALUE_SIZE as i64);
        let entry_sig = self.entry_sig.clone();
        if let Some(g) = direct.filter(|&g| g != self.func || self.mode == Mode::Inner) {
            // A monomorphic site: guard the callee's identity, then enter its table entry.
            self.guard_callee(callee, g);
            self.b.ins().store(mem(), nargs, ctx, JitContext::OFF_NARGS);
            let table = self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_FUNCTIONS);
            let entry = self.b.ins().load(
                types::I64,
                mem(),
                table,
                g as i32 * fn_entry_offsets::SIZE + fn_entry_offsets::ENTRY,
            );
            let sigref = self.b.import_signature(entry_sig);
            let call = self.b.ins().call_indirect(sigref, entry, &[ctx, frame_arg]);
            let sig = self.b.inst_results(call)[0];
            self.after_call(sig, slot, done);
        } else {
            let is_closure = self.tag_is(callee, tag::CLOSURE);
            let direct_b = self.b.create_block();
            let generic = self.b.create_block();
            self.b.ins().brif(is_closure, direct_b, &[], generic, &[]);

            // Closures: this function itself by a direct call, others through their function
            // table entry (compiled code or the interpreter trampoline); then the signal
            // protocol for anything but a plain return.
            self.b.switch_to_block(direct_b);
            let cp = self.pay_of(callee);
            let proto = self.b.ins().load(types::I32, mem(), cp, 0);
            self.b.ins().store(mem(), nargs, ctx, JitContext::OFF_NARGS);
            let returned = self.b.create_block();
            let sig = self.b.append_block_param(returned, types::I32);
            if self.mode == Mode::Uniform {
                let is_self = self.b.ins().icmp_imm_s(IntCC::Equal, proto, self.func as i64);
                let self_call = self.b.create_block();
                let table_call = self.b.create_block();
                self.b.ins().brif(is_self, self_call, &[], table_call, &[]);
                self.b.switch_to_block(self_call);
                let call = self.b.ins().call(self.self_ref, &[ctx, frame_arg]);
                let r = self.b.inst_results(call)[0];
                self.b.ins().jump(returned, &args(&[r]));
                self.b.switch_to_block(table_call);
            }
            let proto64 = self.b.ins().uextend(types::I64, proto);
            let table = self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_FUNCTIONS);
            let off = self.b.ins().imul_imm_s(proto64, fn_entry_offsets::SIZE as i64);
            let fe = self.b.ins().iadd(table, off);
            let entry = self.b.ins().load(types::I64, mem(), fe, fn_entry_offsets::ENTRY);
            let sigref = self.b.import_signature(entry_sig);
            let call = self.b.ins().call_indirect(sigref, entry, &[ctx, frame_arg]);
            let r = self.b.inst_results(call)[0];
            self.b.ins().jump(returned, &args(&[r]));
            self.b.switch_to_block(returned);
            self.after_call(sig, slot, done);

            // Generic: builtins, non-callables (the helper raises the error).
            self.b.switch_to_block(generic);
            let pos = self.b.ins().iconst(types::I32, callee_pos as i64);
            let ipv = self.b.ins().iconst(types::I32, ip as i64);
            let sig = self.call_helper(Helper::Call, &[ctx, slot, nargs, pos, ipv]).expect("result");
            self.error_if(sig);
            self.b.ins().jump(done, &[]);
        }
        self.b.switch_to_block(done);
        let result = self.load_value(slot, VALUE_SIZE);
        self.push(result);
    }

    /// After a call through the uniform ABI returned `sig`: on to `done`, or through the
    /// helper that performs tail calls and resumes deopted callees.
    fn after_call(&mut self, sig: Cv, slot: Cv, done: Block) {
        let after = self.b.create_block();
        self.b.set_cold_block(after);
        self.b.ins().brif(sig, after, &[], done, &[]);
        self.b.switch_to_block(after);
        let ctx = self.ctx();
        let sig2 = self.call_helper(Helper::AfterCall, &[ctx, sig, slot]).expect("result");
        self.error_if(sig2);
        self.b.ins().jump(done, &[]);
    }

    /// A self-call through the inner ABI: arguments unboxed as the parameters are, the
    /// result in registers.
    fn self_call_inner(&mut self, vals: &[V], params: &[Known], ip: u32) {
        let ctx = self.ctx();
        let callee = vals[0];
        let argc = vals.len() as u32 - 1;
        // The callee must be this function.
        let cp = self.guard_callee(callee, self.func);
        let callee_pos = self.depth - argc - 1;
        let slot = self.slot_addr(self.rc().sb + callee_pos);
        let frame_arg = self.b.ins().iadd_imm_s(slot, VALUE_SIZE as i64);
        let mut call_args = vec![ctx, frame_arg, cp];
        for (i, &kind) in params.iter().enumerate() {
            let v = if (i as u32) < argc { vals[i + 1] } else { self.konst(tag::NIL, 0) };
            match kind {
                INT => {
                    let v = self.guard_kind(v, INT);
                    call_args.push(self.pay_of(v));
                }
                FLOAT => {
                    let v = self.guard_kind(v, FLOAT);
                    call_args.push(self.f64_of(v));
                }
                _ => {
                    let (t, p) = (self.tag_of(v), self.pay_of(v));
                    call_args.push(t);
                    call_args.push(p);
                }
            }
        }
        // (The callee's frame[-1] is written by the callee when something needs it: a deopt,
        // a closure creation, a tail call.)
        self.set_record_ip(ip);
        let inner = self.inner_ref.expect("inner mode has an inner function");
        let call = self.b.ins().call(inner, &call_args);
        let (t, p) = (self.b.inst_results(call)[0], self.b.inst_results(call)[1]);
        let is_sig = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, t, SIGNAL_TAG);
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let jt = self.b.append_block_param(done, types::I64);
        let jp = self.b.append_block_param(done, types::I64);
        self.b.set_cold_block(slow);
        self.b.ins().brif(is_sig, slow, &[], done, &args(&[t, p]));
        self.b.switch_to_block(slow);
        let s = self.b.ins().iadd_imm_s(t, -SIGNAL_TAG);
        let sig = self.b.ins().ireduce(types::I32, s);
        let sig2 = self.call_helper(Helper::AfterCall, &[ctx, sig, slot]).expect("result");
        self.error_if(sig2);
        let r = self.load_value(slot, VALUE_SIZE);
        let (rt, rp) = (self.tag_of(r), self.pay_of(r));
        self.b.ins().jump(done, &args(&[rt, rp]));
        self.b.switch_to_block(done);
        self.depth = callee_pos;
        self.push(Self::dynamic(jt, jp));
    }

    /// `return f(args)` where `f` is this very closure: the frame is reused and control goes
    /// back to the first instruction (a loop), with the parameters guarded as at entry. Any
    /// other callee takes the general path.
    fn self_tail_call(&mut self, vals: &[V], nargs: Cv, callee_pos: u32, ip: u32) {
        let root = &self.program.functions[self.func as usize];
        let (arity, locals_count, entry_point) = (root.arity, root.locals_count, root.entry_point);
        let callee = vals[0];
        let argc = vals.len() as u32 - 1;
        let is_closure = self.tag_is(callee, tag::CLOSURE);
        let cp = self.pay_of(callee);
        let current = self.regions[0].closure;
        let same = self.b.ins().icmp(IntCC::Equal, cp, current);
        let same = self.b.ins().band(is_closure, same);
        let again = self.b.create_block();
        let general = self.b.create_block();
        self.b.ins().brif(same, again, &[], general, &[]);
        self.b.switch_to_block(again);
        let kinds = self.plan.spec.params.clone();
        let mut params = Vec::with_capacity(arity as usize);
        for i in 0..arity {
            let v = if i < argc { vals[i as usize + 1] } else { self.konst(tag::NIL, 0) };
            params.push(self.guard_kind(v, kinds[i as usize]));
        }
        for (i, v) in params.into_iter().enumerate() {
            self.write(i as u32, v);
        }
        for i in arity..locals_count {
            let v = self.konst(tag::NIL, 0);
            self.write(i, v);
        }
        if self.regions[0].saved_ip.is_none() {
            // A fresh activation has saved no pc yet.
            self.set_record_ip(entry_point);
        }
        let start = self.block_at(self.plan.sub.regions[0].start);
        self.b.ins().jump(start, &[]);
        self.b.switch_to_block(general);
        self.tail_call(vals, nargs, callee_pos, ip);
    }

    /// `return f(args)`: a closure runs in place of this frame (the caller performs the call,
    /// Signal::TailCall); anything else is called here, so its errors are raised where the
    /// interpreter raises them, and its result is this function's.
    fn tail_call(&mut self, vals: &[V], nargs: Cv, callee_pos: u32, ip: u32) {
        let ctx = self.ctx();
        let callee = vals[0];
        let is_closure = self.tag_is(callee, tag::CLOSURE);
        let hand_back = self.b.create_block();
        let here = self.b.create_block();
        self.b.ins().brif(is_closure, hand_back, &[], here, &[]);
        self.b.switch_to_block(hand_back);
        let frame = self.frame();
        for (k, v) in vals.iter().enumerate() {
            self.store_value(*v, frame, (k as i32 - 1) * VALUE_SIZE);
        }
        self.b.ins().store(mem(), nargs, ctx, JitContext::OFF_NARGS);
        self.ret_tail_call();
        self.b.switch_to_block(here);
        let sb = self.rc().sb;
        let slot = self.slot_addr(sb + callee_pos);
        for (k, v) in vals.iter().enumerate() {
            self.store_value(*v, slot, k as i32 * VALUE_SIZE);
        }
        self.set_record_ip(ip);
        let pos = self.b.ins().iconst(types::I32, callee_pos as i64);
        let ipv = self.b.ins().iconst(types::I32, ip as i64);
        let sig = self.call_helper(Helper::Call, &[ctx, slot, nargs, pos, ipv]).expect("result");
        self.error_if(sig);
        // ctx.nres is the builtin's result count.
        let result = self.load_value(slot, VALUE_SIZE);
        let d = self.self_depth.expect("prologue");
        self.b.ins().store(mem(), d, ctx, JitContext::OFF_DEPTH);
        if self.mode == Mode::Inner {
            let (t, p) = (self.tag_of(result), self.pay_of(result));
            self.b.ins().return_(&[t, p]);
        } else {
            let frame = self.frame();
            self.store_value(result, frame, 0);
            let s = self.b.ins().iconst(types::I32, Signal::Return as i64);
            self.b.ins().return_(&[s]);
        }
    }
}

fn int_cc(cmp: Compare) -> IntCC {
    match cmp {
        Compare::Eq => IntCC::Equal,
        Compare::Ne => IntCC::NotEqual,
        Compare::Lt => IntCC::SignedLessThan,
        Compare::Le => IntCC::SignedLessThanOrEqual,
        Compare::Gt => IntCC::SignedGreaterThan,
        Compare::Ge => IntCC::SignedGreaterThanOrEqual,
    }
}

fn float_cc(cmp: Compare) -> FloatCC {
    match cmp {
        Compare::Eq => FloatCC::Equal,
        Compare::Ne => FloatCC::NotEqual,
        Compare::Lt => FloatCC::LessThan,
        Compare::Le => FloatCC::LessThanOrEqual,
        Compare::Gt => FloatCC::GreaterThan,
        Compare::Ge => FloatCC::GreaterThanOrEqual,
    }
}

/// The deopt points of a wrapper (entry checks failing for real, and under stress): the
/// function's frame at its first instruction, all in place.
pub fn entry_deopts(program: &Program, plan: &Plan) -> [DeoptInfo; 2] {
    let root = plan.sub.root();
    let f = &program.functions[root as usize];
    let frame = FrameState {
        func: root,
        ip: plan.sub.regions[0].start,
        base_offset: 0,
        locals: (0..f.locals_count).map(ValueLoc::Frame).collect(),
        stack: Vec::new(),
        saved_ip: None,
    };
    [DeoptReason::TypeGuard, DeoptReason::Stress].map(|reason| DeoptInfo {
        reason,
        frames: vec![frame.clone()],
        rebased: false,
    })
}

/// A helper's native signature, from the helper table.
fn helper_signature(h: Helper, call_conv: isa::CallConv) -> Signature {
    let ty = |t: AbiType| match t {
        AbiType::I32 => types::I32,
        AbiType::I64 => types::I64,
        AbiType::F64 => types::F64,
    };
    let mut sig = Signature::new(call_conv);
    sig.params.extend(h.params().iter().map(|&t| AbiParam::new(ty(t))));
    sig.returns.extend(h.result().map(|t| AbiParam::new(ty(t))));
    sig
}

/// The uniform entry wrapper of an inner-ABI function: loads the arguments (missing ones
/// nil), checks the parameters the inner code assumes (a mismatch makes the call an
/// interpreter frame at the function's entry, deopt point `entry_ids[0]`, or `[1]` when
/// `--stress-deopt` failed the check; see `strata_entry_deopt`), calls the inner function
/// and stores its result in `frame[0]`.
pub fn wrapper(
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    frontend: isa::TargetFrontendConfig,
    inner: ir::FuncRef,
    params: &[Known],
    stress_deopt: u32,
    entry_ids: [u32; 2],
) {
    let call_conv = func.signature.call_conv;
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let ctx = b.block_params(entry)[0];
    let frame = b.block_params(entry)[1];
    let nargs = b.ins().load(types::I32, mem(), ctx, JitContext::OFF_NARGS);
    let closure = b.ins().load(types::I64, mem(), frame, -8);
    let zero = b.ins().iconst(types::I64, 0);
    let mut call_args = vec![ctx, frame, closure];
    let mut ok: Option<Cv> = None;
    for (i, &kind) in params.iter().enumerate() {
        let lt = b.ins().load(types::I64, mem(), frame, i as i32 * VALUE_SIZE);
        let lp = b.ins().load(types::I64, mem(), frame, i as i32 * VALUE_SIZE + 8);
        let present = b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, nargs, i as i64);
        let t = b.ins().select(present, lt, zero);
        let p = b.ins().select(present, lp, zero);
        match kind {
            INT | FLOAT => {
                let c = b.ins().icmp_imm_s(IntCC::Equal, t, kind as i64);
                ok = Some(match ok {
                    Some(o) => b.ins().band(o, c),
                    None => c,
                });
                if kind == INT {
                    call_args.push(p);
                } else {
                    call_args.push(b.ins().bitcast(types::F64, MemFlagsData::new(), p));
                }
            }
            _ => {
                call_args.push(t);
                call_args.push(p);
            }
        }
    }
    let call_b = b.create_block();
    if let Some(ok) = ok {
        // A mismatch makes this call an interpreter frame (see `strata_entry_deopt`).
        let sigref = b.import_signature(helper_signature(Helper::EntryDeopt, call_conv));
        let mismatch = b.create_block();
        let stressed = b.create_block();
        b.set_cold_block(mismatch);
        b.set_cold_block(stressed);
        if stress_deopt > 0 {
            let stress_b = b.create_block();
            b.ins().brif(ok, stress_b, &[], mismatch, &[]);
            b.switch_to_block(stress_b);
            let fire = stress_countdown(&mut b, ctx, stress_deopt);
            b.ins().brif(fire, stressed, &[], call_b, &[]);
        } else {
            b.ins().brif(ok, call_b, &[], mismatch, &[]);
        }
        for (blk, id) in [(mismatch, entry_ids[0]), (stressed, entry_ids[1])] {
            b.switch_to_block(blk);
            let addr = b.ins().iconst(types::I64, Helper::EntryDeopt.address() as i64);
            let idv = b.ins().iconst(types::I32, id as i64);
            let call = b.ins().call_indirect(sigref, addr, &[ctx, frame, idv]);
            let r = b.inst_results(call)[0];
            b.ins().return_(&[r]);
        }
    } else {
        b.ins().jump(call_b, &[]);
    }
    b.switch_to_block(call_b);
    let call = b.ins().call(inner, &call_args);
    let (t, p) = (b.inst_results(call)[0], b.inst_results(call)[1]);
    let is_sig = b.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, t, SIGNAL_TAG);
    let sig_b = b.create_block();
    let ret_b = b.create_block();
    b.ins().brif(is_sig, sig_b, &[], ret_b, &[]);
    b.switch_to_block(sig_b);
    let s = b.ins().iadd_imm_s(t, -SIGNAL_TAG);
    let s = b.ins().ireduce(types::I32, s);
    b.ins().return_(&[s]);
    b.switch_to_block(ret_b);
    b.ins().store(mem(), t, frame, 0);
    b.ins().store(mem(), p, frame, 8);
    let r = b.ins().iconst(types::I32, Signal::Return as i64);
    b.ins().return_(&[r]);
    b.seal_all_blocks();
    b.finalize(frontend);
}

/// Counts down `ctx.stress_counter` (restarting at `period`): whether this guard must fail.
fn stress_countdown(b: &mut FunctionBuilder, ctx: Cv, period: u32) -> Cv {
    let c = b.ins().load(types::I32, mem(), ctx, JitContext::OFF_STRESS_COUNTER);
    let c1 = b.ins().iadd_imm_s(c, -1);
    let fire = b.ins().icmp_imm_s(IntCC::Equal, c1, 0);
    let period = b.ins().iconst(types::I32, period as i64);
    let next = b.ins().select(fire, period, c1);
    b.ins().store(mem(), next, ctx, JitContext::OFF_STRESS_COUNTER);
    fire
}

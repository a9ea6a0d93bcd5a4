//! Bytecode to Cranelift IR, baseline mode.
//!
//! ```text
//!   entry:  depth and stack checks ─▶ push Frame record ─▶ params from frame[0..nargs], other
//!           locals nil
//!   body:   one Cranelift block per jump target and branch fall-through; local i and operand
//!           position k are variables (tag, payload); the SSA builder joins them at merges
//!   ops:    inline fast paths (int/float), helper calls for the rest (operands spilled to a
//!           native scratch slot), calls through the mixed function table
//!   exits:  Return writes frame[0] and ctx.nres, pops the record; errors return
//!           Signal::Error with the error pending in the VM
//! ```

use std::collections::{BTreeSet, HashMap};

use cranelift::codegen::ir::{self, BlockArg, Function, StackSlot};
use cranelift::prelude::*;

use crate::bytecode::opcodes::{Compare, Flow, Op, RhsSource, call_flags};
use crate::bytecode::program::{Constant, Instr, Program};
use crate::bytecode::verify::ProgramFacts;
use crate::jit::abi::{JitContext, Signal, fn_entry_offsets, frame_offsets};
use crate::jit::backend::{BackendError, SpeculationPlan};
use crate::jit::subprogram::SubProgram;
use crate::jit::tags::{self, Known, TagFacts, TagState, UNKNOWN, constant_tag};
use crate::runtime::arith::ArithOp;
use crate::runtime::heap::{Closure, StrObj};
use crate::runtime::helpers::{self, compare_kind};
use crate::value::tag;

type Cv = ir::Value;

const VALUE_SIZE: i32 = 16;

fn mem() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// What a function is translated from.
pub struct Input<'a> {
    pub program: &'a Program,
    pub facts: &'a ProgramFacts,
    pub sub: &'a SubProgram,
    pub plan: Option<&'a SpeculationPlan>,
    /// The function being compiled, for direct calls of itself.
    pub self_ref: ir::FuncRef,
}

/// Translates the root region of `input.sub` into `func`.
pub fn translate(
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    entry_sig: Signature,
    frontend: isa::TargetFrontendConfig,
    input: Input<'_>,
) -> Result<(), BackendError> {
    let Input { program, facts, sub, plan, self_ref } = input;
    if plan.is_some_and(|p| p.types) {
        return Err(BackendError::Unsupported("type speculation needs the optimizing tier".into()));
    }
    let call_conv = entry_sig.call_conv;
    let b = FunctionBuilder::new(func, fctx);
    let root = sub.root();
    let f = &program.functions[root as usize];
    let ff = &facts.functions[root as usize];
    let mut t = Translator {
        b,
        program,
        facts,
        sub,
        func: root,
        locals_count: f.locals_count,
        arity: f.arity,
        frame_size: f.frame_size(),
        entry_ip: f.entry_point,
        call_conv,
        entry_sig,
        locals: Vec::new(),
        stack: Vec::new(),
        depth: 0,
        blocks: HashMap::new(),
        sigs: HashMap::new(),
        ctx: None,
        frame: None,
        self_depth: None,
        record: None,
        closure: None,
        globals: None,
        constants: None,
        scratch: None,
        error_block: None,
        self_ref,
        tags: tags::infer(program, sub, 0, f.arity, f.locals_count),
        known: None,
        f64_of: HashMap::new(),
    };
    t.locals = (0..f.locals_count).map(|_| (t.b.declare_var(types::I64), t.b.declare_var(types::I64))).collect();
    t.stack = (0..ff.max_stack + 1).map(|_| (t.b.declare_var(types::I64), t.b.declare_var(types::I64))).collect();
    t.run()?;
    t.b.seal_all_blocks();
    t.b.finalize(frontend);
    Ok(())
}

struct Translator<'a, 'f> {
    b: FunctionBuilder<'f>,
    program: &'a Program,
    facts: &'a ProgramFacts,
    sub: &'a SubProgram,
    func: u32,
    locals_count: u32,
    arity: u32,
    frame_size: u32,
    entry_ip: u32,
    call_conv: isa::CallConv,
    entry_sig: Signature,
    locals: Vec<(Variable, Variable)>,
    stack: Vec<(Variable, Variable)>,
    depth: u32,
    blocks: HashMap<u32, Block>,
    sigs: HashMap<(Vec<Type>, Option<Type>), ir::SigRef>,
    ctx: Option<Cv>,
    frame: Option<Cv>,
    self_depth: Option<Cv>,
    record: Option<Cv>,
    closure: Option<Cv>,
    globals: Option<Cv>,
    constants: Option<Cv>,
    scratch: Option<StackSlot>,
    error_block: Option<Block>,
    self_ref: ir::FuncRef,
    /// Tags known (not speculated) before each instruction.
    tags: TagFacts,
    /// The known tags before the instruction being translated.
    known: Option<TagState>,
    /// For payloads made from an f64 by `float`, that f64: reusing it avoids bitcasting
    /// through an integer register and back on every float operation.
    f64_of: HashMap<Cv, Cv>,
}

/// A value as two SSA words.
#[derive(Clone, Copy)]
struct V {
    t: Cv,
    p: Cv,
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

    // -----------------------------------------------------------------------------------------
    // Small builders.

    fn iconst(&mut self, v: i64) -> Cv {
        self.b.ins().iconst(types::I64, v)
    }

    fn value_const(&mut self, tg: u64, payload: u64) -> V {
        V { t: self.iconst(tg as i64), p: self.iconst(payload as i64) }
    }

    fn load_value(&mut self, addr: Cv, off: i32) -> V {
        let t = self.b.ins().load(types::I64, mem(), addr, off);
        let p = self.b.ins().load(types::I64, mem(), addr, off + 8);
        V { t, p }
    }

    fn store_value(&mut self, v: V, addr: Cv, off: i32) {
        self.b.ins().store(mem(), v.t, addr, off);
        self.b.ins().store(mem(), v.p, addr, off + 8);
    }

    fn push(&mut self, v: V) {
        let (vt, vp) = self.stack[self.depth as usize];
        self.b.def_var(vt, v.t);
        self.b.def_var(vp, v.p);
        self.depth += 1;
    }

    fn pop(&mut self) -> V {
        self.depth -= 1;
        self.at_pos(self.depth)
    }

    /// The value `k` positions below the top (0 = top).
    fn peek(&mut self, k: u32) -> V {
        let (vt, vp) = self.stack[(self.depth - 1 - k) as usize];
        V { t: self.b.use_var(vt), p: self.b.use_var(vp) }
    }

    /// The value at operand position `pos`.
    fn at_pos(&mut self, pos: u32) -> V {
        let (vt, vp) = self.stack[pos as usize];
        V { t: self.b.use_var(vt), p: self.b.use_var(vp) }
    }

    fn set_top(&mut self, v: V) {
        let (vt, vp) = self.stack[(self.depth - 1) as usize];
        self.b.def_var(vt, v.t);
        self.b.def_var(vp, v.p);
    }

    fn local(&mut self, l: u32) -> V {
        let (vt, vp) = self.locals[l as usize];
        V { t: self.b.use_var(vt), p: self.b.use_var(vp) }
    }

    fn set_local(&mut self, l: u32, v: V) {
        let (vt, vp) = self.locals[l as usize];
        self.b.def_var(vt, v.t);
        self.b.def_var(vp, v.p);
    }

    /// The VM frame slot address of operand position `pos`.
    fn slot_addr(&mut self, pos: u32) -> Cv {
        let off = ((self.locals_count + pos) as i64) * VALUE_SIZE as i64;
        let frame = self.frame();
        self.b.ins().iadd_imm_s(frame, off)
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

    fn as_f64(&mut self, bits: Cv) -> Cv {
        // Only payloads made by `float` are remembered: their f64 is defined right before
        // them, so it dominates every use of the payload.
        if let Some(&f) = self.f64_of.get(&bits) {
            return f;
        }
        self.b.ins().bitcast(types::F64, MemFlagsData::new(), bits)
    }

    fn as_bits(&mut self, f: Cv) -> Cv {
        self.b.ins().bitcast(types::I64, MemFlagsData::new(), f)
    }

    fn int(&mut self, p: Cv) -> V {
        V { t: self.iconst(tag::INT as i64), p }
    }

    fn float(&mut self, f: Cv) -> V {
        let p = self.as_bits(f);
        self.f64_of.insert(p, f);
        V { t: self.iconst(tag::FLOAT as i64), p }
    }

    fn boolean(&mut self, c: Cv) -> V {
        let p = self.b.ins().uextend(types::I64, c);
        V { t: self.iconst(tag::BOOL as i64), p }
    }

    fn is_tag(&mut self, v: Cv, tg: u64) -> Cv {
        self.b.ins().icmp_imm_s(IntCC::Equal, v, tg as i64)
    }

    fn both_tag(&mut self, a: V, b: V, tg: u64) -> Cv {
        let x = self.is_tag(a.t, tg);
        let y = self.is_tag(b.t, tg);
        self.b.ins().band(x, y)
    }

    /// Lua truthiness (not nil, not false).
    fn truthy(&mut self, v: V) -> Cv {
        let is_nil = self.is_tag(v.t, tag::NIL);
        let is_bool = self.is_tag(v.t, tag::BOOL);
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, v.p, 0);
        let is_false = self.b.ins().band(is_bool, zero);
        let falsy = self.b.ins().bor(is_nil, is_false);
        self.b.ins().bxor_imm_s(falsy, 1)
    }

    /// Calls a Rust helper by address.
    fn call(&mut self, addr: usize, params: &[Type], ret: Option<Type>, vals: &[Cv]) -> Option<Cv> {
        let key = (params.to_vec(), ret);
        let sigref = match self.sigs.get(&key) {
            Some(s) => *s,
            None => {
                let mut sig = Signature::new(self.call_conv);
                sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
                sig.returns.extend(ret.map(AbiParam::new));
                let s = self.b.import_signature(sig);
                self.sigs.insert(key, s);
                s
            }
        };
        let callee = self.iconst(addr as i64);
        let inst = self.b.ins().call_indirect(sigref, callee, vals);
        self.b.inst_results(inst).first().copied()
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
            let sig = self.b.ins().iconst(types::I32, Signal::Error as i64);
            self.b.ins().return_(&[sig]);
        }
    }

    /// Emits `then` for the fast path and `slow` otherwise, joining on one value.
    fn branch_value(&mut self, cond: Cv, fast: impl FnOnce(&mut Self) -> V, slow: impl FnOnce(&mut Self) -> V) -> V {
        let fast_b = self.b.create_block();
        let slow_b = self.b.create_block();
        let join = self.b.create_block();
        let jt = self.b.append_block_param(join, types::I64);
        let jp = self.b.append_block_param(join, types::I64);
        self.b.ins().brif(cond, fast_b, &[], slow_b, &[]);
        self.b.switch_to_block(fast_b);
        let v = fast(self);
        self.b.ins().jump(join, &args(&[v.t, v.p]));
        self.b.switch_to_block(slow_b);
        self.b.set_cold_block(slow_b);
        let v = slow(self);
        self.b.ins().jump(join, &args(&[v.t, v.p]));
        self.b.switch_to_block(join);
        V { t: jt, p: jp }
    }

    // -----------------------------------------------------------------------------------------
    // Prologue and the instruction loop.

    fn prologue(&mut self) {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let ctx = self.b.block_params(entry)[0];
        let frame = self.b.block_params(entry)[1];
        self.ctx = Some(ctx);
        self.frame = Some(frame);
        self.scratch = Some(self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 48, 4)));

        // Depth, value-stack and machine-stack checks: `stack overflow` where the caller stands.
        let depth = self.b.ins().load(types::I32, mem(), ctx, JitContext::OFF_DEPTH);
        let limit = self.b.ins().load(types::I32, mem(), ctx, JitContext::OFF_DEPTH_LIMIT);
        let too_deep = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, depth, limit);
        let end = self.b.ins().iadd_imm_s(frame, self.frame_size as i64 * VALUE_SIZE as i64);
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
        let r = self
            .call(helpers::strata_stack_overflow as *const () as usize, &[types::I64], Some(types::I32), &[ctx])
            .expect("result");
        self.b.ins().return_(&[r]);
        self.b.switch_to_block(ok);

        // Push this call's frame record.
        let frames = self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_FRAMES);
        let depth64 = self.b.ins().uextend(types::I64, depth);
        let off = self.b.ins().imul_imm_s(depth64, frame_offsets::SIZE as i64);
        let record = self.b.ins().iadd(frames, off);
        self.b.ins().store(mem(), frame, record, frame_offsets::BASE);
        let func = self.b.ins().iconst(types::I32, self.func as i64);
        self.b.ins().store(mem(), func, record, frame_offsets::FUNC);
        let ip = self.b.ins().iconst(types::I32, self.entry_ip as i64);
        self.b.ins().store(mem(), ip, record, frame_offsets::IP);
        // The record's flags are left as they are: nothing reads a native frame's flags (a
        // deopt sets them when it turns the frame into an interpreter frame).
        let next_depth = self.b.ins().iadd_imm_s(depth, 1);
        self.b.ins().store(mem(), next_depth, ctx, JitContext::OFF_DEPTH);
        self.self_depth = Some(depth);
        self.record = Some(record);

        // Parameters (missing ones nil), other locals nil.
        let nargs = self.b.ins().load(types::I32, mem(), ctx, JitContext::OFF_NARGS);
        let zero = self.iconst(0);
        for i in 0..self.locals_count {
            let v = if i < self.arity {
                let loaded = self.load_value(frame, i as i32 * VALUE_SIZE);
                let present = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, nargs, i as i64);
                V { t: self.b.ins().select(present, loaded.t, zero), p: self.b.ins().select(present, loaded.p, zero) }
            } else {
                V { t: zero, p: zero }
            };
            self.set_local(i, v);
        }
        self.closure = Some(self.b.ins().load(types::I64, mem(), frame, -8));
        self.globals = Some(self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_GLOBALS));
        self.constants = Some(self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_CONSTANTS));
    }

    fn run(&mut self) -> Result<(), BackendError> {
        let instrs = self.sub.instructions(0);
        let mut starts = BTreeSet::new();
        for ins in &instrs {
            if let Some(t) = ins.jump_target() {
                starts.insert(t);
            }
            if ins.op.info().flow == Flow::Branch {
                starts.insert(ins.next_ip());
            }
        }
        self.prologue();
        for s in starts {
            let blk = self.b.create_block();
            self.blocks.insert(s, blk);
        }
        let root = &self.program.functions[self.func as usize];
        let mut terminated = false;
        for ins in &instrs {
            let gip = self
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
            match self.facts.functions[self.func as usize].depth_at(root, gip) {
                None => {
                    // Unreachable code (reached only from unreachable jumps): never runs.
                    let sig = self.b.ins().iconst(types::I32, Signal::Error as i64);
                    self.b.ins().return_(&[sig]);
                    terminated = true;
                }
                Some(d) => {
                    self.depth = d;
                    self.known = self.tags.before(ins.ip).cloned();
                    self.instr(ins, gip)?;
                    terminated = matches!(ins.op.info().flow, Flow::Jump | Flow::Stop | Flow::Branch);
                }
            }
        }
        if !terminated {
            return Err(BackendError::Internal("control falls off the end".into()));
        }
        self.fill_error_block();
        Ok(())
    }

    fn block_at(&self, sub_ip: u32) -> Block {
        self.blocks[&sub_ip]
    }

    /// The known tag of the value `k` positions below the stack top, before this instruction.
    fn known_top(&self, k: usize) -> Known {
        self.known.as_ref().and_then(|st| st.stack.len().checked_sub(k + 1).map(|i| st.stack[i])).unwrap_or(UNKNOWN)
    }

    /// The known tags of a binary operation's left and right operands.
    fn operand_tags(&self, op: Op, ins: &Instr) -> (Known, Known) {
        match op.rhs_source() {
            RhsSource::Stack => (self.known_top(1), self.known_top(0)),
            RhsSource::Local => {
                let kb = self.known.as_ref().map_or(UNKNOWN, |st| st.locals[ins.arg(0) as usize]);
                (self.known_top(0), kb)
            }
            RhsSource::Const => (self.known_top(0), constant_tag(self.program, ins.arg(0))),
        }
    }

    /// Records `ip` in the frame record when a global is nil (Lua saves its pc there, see
    /// the interpreter's `save_pc!`).
    fn save_pc_if_nil(&mut self, tag_word: Cv, ip: u32) {
        let is_nil = self.is_tag(tag_word, tag::NIL);
        let save = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(save);
        self.b.ins().brif(is_nil, save, &[], done, &[]);
        self.b.switch_to_block(save);
        self.set_record_ip(ip);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Records the running instruction in the frame record (before calls, and wherever Lua's
    /// VM saves its pc).
    fn set_record_ip(&mut self, ip: u32) {
        let record = self.record.expect("prologue");
        let v = self.b.ins().iconst(types::I32, ip as i64);
        self.b.ins().store(mem(), v, record, frame_offsets::IP);
    }

    // -----------------------------------------------------------------------------------------
    // Instructions.

    fn instr(&mut self, ins: &Instr, ip: u32) -> Result<(), BackendError> {
        let op = ins.op;
        match op {
            Op::Nop => {}
            Op::Pop => {
                self.depth -= 1;
            }
            Op::Dup => {
                let v = self.peek(0);
                self.push(v);
            }
            Op::Swap => {
                let b = self.pop();
                let a = self.peek(0);
                self.set_top(b);
                self.push(a);
            }
            Op::LibConst => {
                let v = self.constant(ins.arg(0));
                self.push(v);
            }
            Op::PushNil | Op::LibNil => {
                let v = self.value_const(tag::NIL, 0);
                self.push(v);
            }
            Op::PushTrue | Op::PushFalse => {
                let v = self.value_const(tag::BOOL, (op == Op::PushTrue) as u64);
                self.push(v);
            }
            Op::PushInt => {
                let v = self.value_const(tag::INT, ins.arg(0) as i32 as i64 as u64);
                self.push(v);
            }
            Op::PushConst => {
                let v = self.constant(ins.arg(0));
                self.push(v);
            }
            Op::PushBuiltin => {
                let v = self.value_const(tag::BUILTIN, ins.arg(0) as u64);
                self.push(v);
            }
            Op::GetLocal => {
                let v = self.local(ins.arg(0));
                self.push(v);
            }
            Op::SetLocal => {
                let v = self.pop();
                self.set_local(ins.arg(0), v);
            }
            Op::NewCell | Op::BoxLocal => {
                let v = if op == Op::NewCell { self.pop() } else { self.local(ins.arg(0)) };
                let ctx = self.ctx();
                let cell = self
                    .call(
                        helpers::strata_new_cell as *const () as usize,
                        &[types::I64; 3],
                        Some(types::I64),
                        &[ctx, v.t, v.p],
                    )
                    .expect("result");
                let t = self.iconst(tag::CELL as i64);
                self.set_local(ins.arg(0), V { t, p: cell });
            }
            Op::GetCell => {
                let c = self.local(ins.arg(0));
                let v = self.load_value(c.p, 0);
                self.push(v);
            }
            Op::SetCell => {
                let v = self.pop();
                let c = self.local(ins.arg(0));
                self.store_value(v, c.p, 0);
            }
            Op::GetUpval | Op::SetUpval => {
                let closure = self.closure.expect("prologue");
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
                self.save_pc_if_nil(v.t, ip);
                self.push(v);
            }
            Op::SetGlobal => {
                let v = self.pop();
                let g = self.globals.expect("prologue");
                let old = self.b.ins().load(types::I64, mem(), g, ins.arg(0) as i32 * VALUE_SIZE);
                self.save_pc_if_nil(old, ip);
                self.store_value(v, g, ins.arg(0) as i32 * VALUE_SIZE);
            }
            Op::Closure => self.closure_op(ins.arg(0)),
            Op::Add | Op::Sub | Op::Mul | Op::AddL | Op::SubL | Op::MulL | Op::AddK | Op::SubK | Op::MulK => {
                self.arith(op, ins, ip)
            }
            Op::Div | Op::DivL | Op::DivK => self.arith(op, ins, ip),
            Op::Mod | Op::ModL | Op::ModK | Op::IDiv | Op::IDivL | Op::IDivK => self.arith(op, ins, ip),
            Op::Pow | Op::BAnd | Op::BOr | Op::BXor | Op::Shl | Op::Shr => self.arith(op, ins, ip),
            Op::Unm | Op::BNot => self.unary(op, ip),
            Op::AddInt | Op::SubInt | Op::MulInt => {
                let b = self.pop();
                let a = self.peek(0);
                let r = match op {
                    Op::AddInt => self.b.ins().iadd(a.p, b.p),
                    Op::SubInt => self.b.ins().isub(a.p, b.p),
                    _ => self.b.ins().imul(a.p, b.p),
                };
                let v = self.int(r);
                self.set_top(v);
            }
            Op::IDivInt | Op::ModInt => self.int_div(op == Op::IDivInt, ip),
            Op::UnmInt => {
                let a = self.peek(0);
                let r = self.b.ins().ineg(a.p);
                let v = self.int(r);
                self.set_top(v);
            }
            Op::AddFloat | Op::SubFloat | Op::MulFloat | Op::DivFloat | Op::ModFloat | Op::IDivFloat | Op::PowFloat => {
                let b = self.pop();
                let a = self.peek(0);
                let (x, y) = (self.as_f64(a.p), self.as_f64(b.p));
                let r = self.float_op(op.arith_op().expect("arithmetic"), x, y);
                let v = self.float(r);
                self.set_top(v);
            }
            Op::UnmFloat => {
                let a = self.peek(0);
                let x = self.as_f64(a.p);
                let r = self.b.ins().fneg(x);
                let v = self.float(r);
                self.set_top(v);
            }
            Op::Concat => {
                let b = self.pop();
                let a = self.peek(0);
                let s = self.spill_scratch(&[a, b]);
                let (ctx, ipv) = (self.ctx(), self.b.ins().iconst(types::I32, ip as i64));
                let failed = self
                    .call(
                        helpers::strata_concat as *const () as usize,
                        &[types::I64, types::I64, types::I32],
                        Some(types::I32),
                        &[ctx, s, ipv],
                    )
                    .expect("result");
                self.error_if(failed);
                let v = self.load_value(s, 0);
                self.set_top(v);
            }
            Op::Len => {
                self.set_record_ip(ip);
                let a = self.peek(0);
                let is_str = self.is_tag(a.t, tag::STR);
                let v = self.branch_value(
                    is_str,
                    |t| {
                        let n = t.b.ins().load(types::I64, mem(), a.p, 0);
                        let _ = StrObj::DATA_OFFSET;
                        t.int(n)
                    },
                    |t| {
                        let s = t.spill_scratch(&[a]);
                        let (ctx, ipv) = (t.ctx(), t.b.ins().iconst(types::I32, ip as i64));
                        let failed = t
                            .call(
                                helpers::strata_len as *const () as usize,
                                &[types::I64, types::I64, types::I32],
                                Some(types::I32),
                                &[ctx, s, ipv],
                            )
                            .expect("result");
                        t.error_if(failed);
                        t.load_value(s, 0)
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
                if matches!(op, Op::Eq | Op::Ne) {
                    self.set_record_ip(ip);
                }
                let b = self.pop();
                let a = self.peek(0);
                let cmp = match op {
                    Op::Eq => Compare::Eq,
                    Op::Ne => Compare::Ne,
                    Op::Lt => Compare::Lt,
                    Op::Le => Compare::Le,
                    Op::Gt => Compare::Gt,
                    _ => Compare::Ge,
                };
                let known = (self.known_top(1), self.known_top(0));
                let c = self.compare(cmp, a, b, known, ip);
                let v = self.boolean(c);
                self.set_top(v);
            }
            Op::EqInt | Op::NeInt | Op::LtInt | Op::LeInt | Op::GtInt | Op::GeInt => {
                if matches!(op, Op::EqInt | Op::NeInt) {
                    self.set_record_ip(ip);
                }
                let b = self.pop();
                let a = self.peek(0);
                let cc = match op {
                    Op::EqInt => IntCC::Equal,
                    Op::NeInt => IntCC::NotEqual,
                    Op::LtInt => IntCC::SignedLessThan,
                    Op::LeInt => IntCC::SignedLessThanOrEqual,
                    Op::GtInt => IntCC::SignedGreaterThan,
                    _ => IntCC::SignedGreaterThanOrEqual,
                };
                let c = self.b.ins().icmp(cc, a.p, b.p);
                let v = self.boolean(c);
                self.set_top(v);
            }
            Op::EqFloat | Op::NeFloat | Op::LtFloat | Op::LeFloat | Op::GtFloat | Op::GeFloat => {
                if matches!(op, Op::EqFloat | Op::NeFloat) {
                    self.set_record_ip(ip);
                }
                let b = self.pop();
                let a = self.peek(0);
                let cc = match op {
                    Op::EqFloat => FloatCC::Equal,
                    Op::NeFloat => FloatCC::NotEqual,
                    Op::LtFloat => FloatCC::LessThan,
                    Op::LeFloat => FloatCC::LessThanOrEqual,
                    Op::GtFloat => FloatCC::GreaterThan,
                    _ => FloatCC::GreaterThanOrEqual,
                };
                let (x, y) = (self.as_f64(a.p), self.as_f64(b.p));
                let c = self.b.ins().fcmp(cc, x, y);
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
                if matches!(cmp, Compare::Eq | Compare::Ne) && op.rhs_source() != RhsSource::Const {
                    self.set_record_ip(ip);
                }
                let known = self.operand_tags(op, ins);
                let b = self.rhs(op, ins);
                let a = self.pop();
                let c = self.compare(cmp, a, b, known, ip);
                let target_ip = *ins.operands().last().expect("a target");
                let (target, next) = (self.block_at(target_ip), self.block_at(ins.next_ip()));
                self.b.ins().brif(c, next, &[], target, &[]);
            }
            Op::ForPrep | Op::ForPrepInt | Op::ForPrepFloat => self.for_prep(ins, ip),
            Op::ForLoop | Op::ForLoopInt | Op::ForLoopFloat => self.for_loop(ins),
            Op::Method | Op::MethodMissing => {
                self.set_record_ip(ip);
                let obj = self.peek(0);
                let is_str = self.is_tag(obj.t, tag::STR);
                let bad = self.b.ins().bxor_imm_s(is_str, 1);
                let bad_b = self.b.create_block();
                let ok = self.b.create_block();
                self.b.set_cold_block(bad_b);
                self.b.ins().brif(bad, bad_b, &[], ok, &[]);
                self.b.switch_to_block(bad_b);
                let s = self.spill_scratch(&[obj]);
                let ctx = self.ctx();
                let pos = self.b.ins().iconst(types::I32, (self.depth - 1) as i64);
                let ipv = self.b.ins().iconst(types::I32, ip as i64);
                self.call(
                    helpers::strata_index_error as *const () as usize,
                    &[types::I64, types::I64, types::I32, types::I32],
                    Some(types::I32),
                    &[ctx, s, pos, ipv],
                );
                let err = self.b.ins().iconst(types::I32, Signal::Error as i64);
                self.b.ins().return_(&[err]);
                self.b.switch_to_block(ok);
                let f = if op == Op::Method {
                    self.value_const(tag::BUILTIN, ins.arg(0) as u64)
                } else {
                    self.value_const(tag::NIL, 0)
                };
                self.set_top(f);
                self.push(obj);
            }
            Op::Call => self.call_op(ins, ip, false),
            Op::TailCall => self.call_op(ins, ip, true),
            Op::Return0 | Op::Return1 => {
                let v = if op == Op::Return1 { self.pop() } else { self.value_const(tag::NIL, 0) };
                let frame = self.frame();
                self.store_value(v, frame, 0);
                self.ret(Signal::Return, op == Op::Return1);
            }
            _ => {
                return Err(BackendError::Unsupported(format!("cranelift has no translation for {}", op.name())));
            }
        }
        Ok(())
    }

    /// Pops this function's frame record and returns `sig`, setting `ctx.nres` for returns.
    fn ret(&mut self, sig: Signal, one: bool) {
        let ctx = self.ctx();
        if sig == Signal::Return {
            let n = self.b.ins().iconst(types::I32, one as i64);
            self.b.ins().store(mem(), n, ctx, JitContext::OFF_NRES);
        }
        let d = self.self_depth.expect("prologue");
        self.b.ins().store(mem(), d, ctx, JitContext::OFF_DEPTH);
        let s = self.b.ins().iconst(types::I32, sig as i64);
        self.b.ins().return_(&[s]);
    }

    /// A program constant: numbers as immediates, strings from the VM's constant array.
    fn constant(&mut self, k: u32) -> V {
        match &self.program.constants[k as usize] {
            Constant::Int(i) => self.value_const(tag::INT, *i as u64),
            Constant::Float(f) => self.value_const(tag::FLOAT, f.to_bits()),
            Constant::Str(_) => {
                let c = self.constants.expect("prologue");
                self.load_value(c, k as i32 * VALUE_SIZE)
            }
        }
    }

    /// The right operand of a binary operation, by its source.
    fn rhs(&mut self, op: Op, ins: &Instr) -> V {
        match op.rhs_source() {
            RhsSource::Stack => self.pop(),
            RhsSource::Local => self.local(ins.arg(0)),
            RhsSource::Const => self.constant(ins.arg(0)),
        }
    }

    fn float_op(&mut self, aop: ArithOp, x: Cv, y: Cv) -> Cv {
        match aop {
            // With two NaN operands x86 returns the destination operand's NaN; the C and Rust
            // compilers put `y` there for `x + y` and `x * y`, so Cranelift must too, or the
            // sign of such a NaN (printed as `nan` or `-nan`) would differ between tiers.
            ArithOp::Add => self.b.ins().fadd(y, x),
            ArithOp::Sub => self.b.ins().fsub(x, y),
            ArithOp::Mul => self.b.ins().fmul(y, x),
            ArithOp::Div => self.b.ins().fdiv(x, y),
            ArithOp::IDiv => {
                let q = self.b.ins().fdiv(x, y);
                self.b.ins().floor(q)
            }
            ArithOp::Mod => self
                .call(helpers::strata_fmod as *const () as usize, &[types::F64, types::F64], Some(types::F64), &[x, y])
                .expect("result"),
            ArithOp::Pow => self
                .call(helpers::strata_pow as *const () as usize, &[types::F64, types::F64], Some(types::F64), &[x, y])
                .expect("result"),
            _ => unreachable!("not a float operator"),
        }
    }

    /// The generic helper for `a op b`; the result replaces `a` on the stack.
    fn arith_slow(&mut self, aop: ArithOp, a: V, b: V, ip: u32) -> V {
        let s = self.spill_scratch(&[a, b]);
        let ctx = self.ctx();
        let opv = self.b.ins().iconst(types::I32, aop as i64);
        let ipv = self.b.ins().iconst(types::I32, ip as i64);
        let failed = self
            .call(
                helpers::strata_arith as *const () as usize,
                &[types::I64, types::I32, types::I64, types::I32],
                Some(types::I32),
                &[ctx, opv, s, ipv],
            )
            .expect("result");
        self.error_if(failed);
        self.load_value(s, 0)
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

    /// `a op b` with the right operand from the stack, a local or a constant: integer and
    /// float fast paths where Lua's result is a plain machine operation, the helper otherwise.
    fn arith(&mut self, op: Op, ins: &Instr, ip: u32) {
        let aop = op.arith_op().expect("arithmetic");
        let (ka, kb) = self.operand_tags(op, ins);
        let b = self.rhs(op, ins);
        let a = self.peek(0);
        if let Some(v) = self.arith_known(aop, a, b, ka, kb, ip) {
            self.set_top(v);
            return;
        }
        let ints = self.both_tag(a, b, tag::INT);
        let floats = self.both_tag(a, b, tag::FLOAT);
        let v = match aop {
            ArithOp::Add | ArithOp::Sub | ArithOp::Mul => {
                let fast_int = self.b.create_block();
                let not_int = self.b.create_block();
                let fast_flt = self.b.create_block();
                let slow = self.b.create_block();
                let join = self.b.create_block();
                let jt = self.b.append_block_param(join, types::I64);
                let jp = self.b.append_block_param(join, types::I64);
                self.b.ins().brif(ints, fast_int, &[], not_int, &[]);
                self.b.switch_to_block(fast_int);
                let r = match aop {
                    ArithOp::Add => self.b.ins().iadd(a.p, b.p),
                    ArithOp::Sub => self.b.ins().isub(a.p, b.p),
                    _ => self.b.ins().imul(a.p, b.p),
                };
                let t = self.iconst(tag::INT as i64);
                self.b.ins().jump(join, &args(&[t, r]));
                self.b.switch_to_block(not_int);
                self.b.ins().brif(floats, fast_flt, &[], slow, &[]);
                self.b.switch_to_block(fast_flt);
                let (x, y) = (self.as_f64(a.p), self.as_f64(b.p));
                let r = self.float_op(aop, x, y);
                let v = self.float(r);
                self.b.ins().jump(join, &args(&[v.t, v.p]));
                self.b.switch_to_block(slow);
                self.b.set_cold_block(slow);
                let v = self.arith_slow(aop, a, b, ip);
                self.b.ins().jump(join, &args(&[v.t, v.p]));
                self.b.switch_to_block(join);
                V { t: jt, p: jp }
            }
            ArithOp::Div => {
                let nums = {
                    let x = self.b.ins().band_imm_s(a.t, !1);
                    let y = self.b.ins().band_imm_s(b.t, !1);
                    let ax = self.b.ins().icmp_imm_s(IntCC::Equal, x, tag::INT as i64);
                    let bx = self.b.ins().icmp_imm_s(IntCC::Equal, y, tag::INT as i64);
                    self.b.ins().band(ax, bx)
                };
                self.branch_value(
                    nums,
                    |t| {
                        let x = t.num_to_f64(a);
                        let y = t.num_to_f64(b);
                        let r = t.b.ins().fdiv(x, y);
                        t.float(r)
                    },
                    |t| t.arith_slow(aop, a, b, ip),
                )
            }
            ArithOp::Mod | ArithOp::IDiv => {
                // Integers with a divisor that is neither 0 nor -1, or two floats.
                let plus1 = self.b.ins().iadd_imm_s(b.p, 1);
                let safe = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, plus1, 1);
                let int_ok = self.b.ins().band(ints, safe);
                let div = aop == ArithOp::IDiv;
                let fast_int = self.b.create_block();
                let not_int = self.b.create_block();
                let fast_flt = self.b.create_block();
                let slow = self.b.create_block();
                let join = self.b.create_block();
                let jt = self.b.append_block_param(join, types::I64);
                let jp = self.b.append_block_param(join, types::I64);
                self.b.ins().brif(int_ok, fast_int, &[], not_int, &[]);
                self.b.switch_to_block(fast_int);
                let r = self.floor_div_mod(div, a.p, b.p);
                let t = self.iconst(tag::INT as i64);
                self.b.ins().jump(join, &args(&[t, r]));
                self.b.switch_to_block(not_int);
                self.b.ins().brif(floats, fast_flt, &[], slow, &[]);
                self.b.switch_to_block(fast_flt);
                let (x, y) = (self.as_f64(a.p), self.as_f64(b.p));
                let r = self.float_op(aop, x, y);
                let v = self.float(r);
                self.b.ins().jump(join, &args(&[v.t, v.p]));
                self.b.switch_to_block(slow);
                self.b.set_cold_block(slow);
                let v = self.arith_slow(aop, a, b, ip);
                self.b.ins().jump(join, &args(&[v.t, v.p]));
                self.b.switch_to_block(join);
                V { t: jt, p: jp }
            }
            ArithOp::BAnd | ArithOp::BOr | ArithOp::BXor => self.branch_value(
                ints,
                |t| {
                    let r = match aop {
                        ArithOp::BAnd => t.b.ins().band(a.p, b.p),
                        ArithOp::BOr => t.b.ins().bor(a.p, b.p),
                        _ => t.b.ins().bxor(a.p, b.p),
                    };
                    t.int(r)
                },
                |t| t.arith_slow(aop, a, b, ip),
            ),
            _ => self.arith_slow(aop, a, b, ip),
        };
        self.set_top(v);
    }

    /// `a op b` when the operands' tags are known: only the fast path (no checks), or `None`
    /// when nothing is gained.
    fn arith_known(&mut self, aop: ArithOp, a: V, b: V, ka: Known, kb: Known, ip: u32) -> Option<V> {
        let int = tag::INT as Known;
        let flt = tag::FLOAT as Known;
        let num = |k: Known| k == int || k == flt;
        match aop {
            ArithOp::Add | ArithOp::Sub | ArithOp::Mul if ka == int && kb == int => {
                let r = match aop {
                    ArithOp::Add => self.b.ins().iadd(a.p, b.p),
                    ArithOp::Sub => self.b.ins().isub(a.p, b.p),
                    _ => self.b.ins().imul(a.p, b.p),
                };
                Some(self.int(r))
            }
            ArithOp::BAnd | ArithOp::BOr | ArithOp::BXor if ka == int && kb == int => {
                let r = match aop {
                    ArithOp::BAnd => self.b.ins().band(a.p, b.p),
                    ArithOp::BOr => self.b.ins().bor(a.p, b.p),
                    _ => self.b.ins().bxor(a.p, b.p),
                };
                Some(self.int(r))
            }
            ArithOp::Add | ArithOp::Sub | ArithOp::Mul | ArithOp::Div | ArithOp::Pow if num(ka) && num(kb) => {
                let x = if ka == int { self.b.ins().fcvt_from_sint(types::F64, a.p) } else { self.as_f64(a.p) };
                let y = if kb == int { self.b.ins().fcvt_from_sint(types::F64, b.p) } else { self.as_f64(b.p) };
                let r = self.float_op(aop, x, y);
                Some(self.float(r))
            }
            ArithOp::Mod | ArithOp::IDiv if ka == flt && kb == flt => {
                let (x, y) = (self.as_f64(a.p), self.as_f64(b.p));
                let r = self.float_op(aop, x, y);
                Some(self.float(r))
            }
            ArithOp::Mod | ArithOp::IDiv if ka == int && kb == int => {
                let plus1 = self.b.ins().iadd_imm_s(b.p, 1);
                let safe = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, plus1, 1);
                let div = aop == ArithOp::IDiv;
                Some(self.branch_value(
                    safe,
                    |t| {
                        let r = t.floor_div_mod(div, a.p, b.p);
                        t.int(r)
                    },
                    |t| t.arith_slow(aop, a, b, ip),
                ))
            }
            _ => None,
        }
    }

    /// An integer or float number as an f64 (the caller checked it is a number).
    fn num_to_f64(&mut self, v: V) -> Cv {
        let is_int = self.is_tag(v.t, tag::INT);
        let as_int = self.b.ins().fcvt_from_sint(types::F64, v.p);
        let as_flt = self.as_f64(v.p);
        self.b.ins().select(is_int, as_int, as_flt)
    }

    fn unary(&mut self, op: Op, ip: u32) {
        let aop = op.arith_op().expect("unary");
        let a = self.peek(0);
        let ka = self.known_top(0);
        if aop == ArithOp::Unm && ka == tag::INT as Known {
            let r = self.b.ins().ineg(a.p);
            let v = self.int(r);
            self.set_top(v);
            return;
        }
        if aop == ArithOp::Unm && ka == tag::FLOAT as Known {
            let x = self.as_f64(a.p);
            let r = self.b.ins().fneg(x);
            let v = self.float(r);
            self.set_top(v);
            return;
        }
        let is_int = self.is_tag(a.t, tag::INT);
        let v = if aop == ArithOp::Unm {
            let is_flt = self.is_tag(a.t, tag::FLOAT);
            let fast_int = self.b.create_block();
            let not_int = self.b.create_block();
            let fast_flt = self.b.create_block();
            let slow = self.b.create_block();
            let join = self.b.create_block();
            let jt = self.b.append_block_param(join, types::I64);
            let jp = self.b.append_block_param(join, types::I64);
            self.b.ins().brif(is_int, fast_int, &[], not_int, &[]);
            self.b.switch_to_block(fast_int);
            let r = self.b.ins().ineg(a.p);
            let t = self.iconst(tag::INT as i64);
            self.b.ins().jump(join, &args(&[t, r]));
            self.b.switch_to_block(not_int);
            self.b.ins().brif(is_flt, fast_flt, &[], slow, &[]);
            self.b.switch_to_block(fast_flt);
            let x = self.as_f64(a.p);
            let r = self.b.ins().fneg(x);
            let v = self.float(r);
            self.b.ins().jump(join, &args(&[v.t, v.p]));
            self.b.switch_to_block(slow);
            self.b.set_cold_block(slow);
            let v = self.arith_slow(aop, a, a, ip);
            self.b.ins().jump(join, &args(&[v.t, v.p]));
            self.b.switch_to_block(join);
            V { t: jt, p: jp }
        } else {
            self.branch_value(
                is_int,
                |t| {
                    let r = t.b.ins().bnot(a.p);
                    t.int(r)
                },
                |t| t.arith_slow(aop, a, a, ip),
            )
        };
        self.set_top(v);
    }

    /// `//` and `%` on integers (typed): the helper raises the division-by-zero error.
    fn int_div(&mut self, div: bool, ip: u32) {
        let b = self.pop();
        let a = self.peek(0);
        let plus1 = self.b.ins().iadd_imm_s(b.p, 1);
        let safe = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, plus1, 1);
        let aop = if div { ArithOp::IDiv } else { ArithOp::Mod };
        let v = self.branch_value(
            safe,
            |t| {
                let r = t.floor_div_mod(div, a.p, b.p);
                t.int(r)
            },
            |t| t.arith_slow(aop, a, b, ip),
        );
        self.set_top(v);
    }

    /// `a cmp b` as a machine boolean: integer and float fast paths, equality by tag and
    /// payload for nil/booleans/integers, the helpers otherwise.
    fn compare(&mut self, cmp: Compare, a: V, b: V, known: (Known, Known), ip: u32) -> Cv {
        let (int, flt) = (tag::INT as Known, tag::FLOAT as Known);
        let (ka, kb) = known;
        let (icc_known, fcc_known) = match cmp {
            Compare::Eq => (IntCC::Equal, FloatCC::Equal),
            Compare::Ne => (IntCC::NotEqual, FloatCC::NotEqual),
            Compare::Lt => (IntCC::SignedLessThan, FloatCC::LessThan),
            Compare::Le => (IntCC::SignedLessThanOrEqual, FloatCC::LessThanOrEqual),
            Compare::Gt => (IntCC::SignedGreaterThan, FloatCC::GreaterThan),
            Compare::Ge => (IntCC::SignedGreaterThanOrEqual, FloatCC::GreaterThanOrEqual),
        };
        if ka == int && kb == int {
            return self.b.ins().icmp(icc_known, a.p, b.p);
        }
        if ka == flt && kb == flt {
            let (x, y) = (self.as_f64(a.p), self.as_f64(b.p));
            return self.b.ins().fcmp(fcc_known, x, y);
        }
        let ints = self.both_tag(a, b, tag::INT);
        let floats = self.both_tag(a, b, tag::FLOAT);
        let (icc, fcc) = match cmp {
            Compare::Eq => (IntCC::Equal, FloatCC::Equal),
            Compare::Ne => (IntCC::NotEqual, FloatCC::NotEqual),
            Compare::Lt => (IntCC::SignedLessThan, FloatCC::LessThan),
            Compare::Le => (IntCC::SignedLessThanOrEqual, FloatCC::LessThanOrEqual),
            Compare::Gt => (IntCC::SignedGreaterThan, FloatCC::GreaterThan),
            Compare::Ge => (IntCC::SignedGreaterThanOrEqual, FloatCC::GreaterThanOrEqual),
        };
        let fast_int = self.b.create_block();
        let not_int = self.b.create_block();
        let fast_flt = self.b.create_block();
        let slow = self.b.create_block();
        let join = self.b.create_block();
        let jr = self.b.append_block_param(join, types::I8);
        let int_ok = if matches!(cmp, Compare::Eq | Compare::Ne) {
            // Same tag, and nil/boolean/integer: payloads decide.
            let same = self.b.ins().icmp(IntCC::Equal, a.t, b.t);
            let small = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, a.t, tag::INT as i64);
            self.b.ins().band(same, small)
        } else {
            ints
        };
        self.b.ins().brif(int_ok, fast_int, &[], not_int, &[]);
        self.b.switch_to_block(fast_int);
        let r = self.b.ins().icmp(icc, a.p, b.p);
        self.b.ins().jump(join, &args(&[r]));
        self.b.switch_to_block(not_int);
        self.b.ins().brif(floats, fast_flt, &[], slow, &[]);
        self.b.switch_to_block(fast_flt);
        let (x, y) = (self.as_f64(a.p), self.as_f64(b.p));
        let r = self.b.ins().fcmp(fcc, x, y);
        self.b.ins().jump(join, &args(&[r]));
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let s = self.spill_scratch(&[a, b]);
        let r = match cmp {
            Compare::Eq | Compare::Ne => {
                let eq = self
                    .call(helpers::strata_equal as *const () as usize, &[types::I64], Some(types::I32), &[s])
                    .expect("result");
                let eq = self.b.ins().ireduce(types::I8, eq);
                if cmp == Compare::Ne { self.b.ins().bxor_imm_s(eq, 1) } else { eq }
            }
            _ => {
                let kind = match cmp {
                    Compare::Lt => compare_kind::LT,
                    Compare::Le => compare_kind::LE,
                    Compare::Gt => compare_kind::GT,
                    _ => compare_kind::GE,
                };
                let ctx = self.ctx();
                let k = self.b.ins().iconst(types::I32, kind as i64);
                let ipv = self.b.ins().iconst(types::I32, ip as i64);
                let r = self
                    .call(
                        helpers::strata_compare as *const () as usize,
                        &[types::I64, types::I32, types::I64, types::I32],
                        Some(types::I32),
                        &[ctx, k, s, ipv],
                    )
                    .expect("result");
                let failed = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
                self.error_if(failed);
                self.b.ins().ireduce(types::I8, r)
            }
        };
        self.b.ins().jump(join, &args(&[r]));
        self.b.switch_to_block(join);
        jr
    }

    fn closure_op(&mut self, f: u32) {
        // The helper reads captured cells from the frame: put them there.
        let frame = self.frame();
        let upvals = self.program.functions[f as usize].upvals.clone();
        for u in upvals.iter().filter(|u| u.from_local) {
            let v = self.local(u.index);
            self.store_value(v, frame, u.index as i32 * VALUE_SIZE);
        }
        let s = self.scratch();
        let ctx = self.ctx();
        let fv = self.b.ins().iconst(types::I32, f as i64);
        self.call(
            helpers::strata_closure as *const () as usize,
            &[types::I64, types::I32, types::I64, types::I64],
            None,
            &[ctx, fv, frame, s],
        );
        let v = self.load_value(s, 0);
        self.push(v);
    }

    fn for_prep(&mut self, ins: &Instr, ip: u32) {
        let base = ins.arg(0);
        let step = self.pop();
        let limit = self.pop();
        let init = self.pop();
        let s = self.spill_scratch(&[init, limit, step]);
        let ctx = self.ctx();
        let frame = self.frame();
        let state = self.b.ins().iadd_imm_s(frame, base as i64 * VALUE_SIZE as i64);
        let ipv = self.b.ins().iconst(types::I32, ip as i64);
        let r = self
            .call(
                helpers::strata_for_prep as *const () as usize,
                &[types::I64, types::I64, types::I64, types::I32],
                Some(types::I32),
                &[ctx, s, state, ipv],
            )
            .expect("result");
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
        self.error_if(failed);
        let run = self.b.create_block();
        let (exit, body) = (self.block_at(ins.arg(1)), self.block_at(ins.next_ip()));
        self.b.ins().brif(r, run, &[], exit, &[]);
        self.b.switch_to_block(run);
        for k in 0..4 {
            let v = self.load_value(state, k * VALUE_SIZE);
            self.set_local(base + k as u32, v);
        }
        self.b.ins().jump(body, &[]);
    }

    fn for_loop(&mut self, ins: &Instr) {
        let base = ins.arg(0);
        let (body, exit) = (self.block_at(ins.arg(1)), self.block_at(ins.next_ip()));
        let int_loop = |t: &mut Self| {
            let count = t.local(base + 1);
            let more = t.b.ins().icmp_imm_s(IntCC::NotEqual, count.p, 0);
            let again = t.b.create_block();
            t.b.ins().brif(more, again, &[], exit, &[]);
            t.b.switch_to_block(again);
            let left = t.b.ins().iadd_imm_s(count.p, -1);
            let c = t.int(left);
            t.set_local(base + 1, c);
            let idx = t.local(base);
            let step = t.local(base + 2);
            let next = t.b.ins().iadd(idx.p, step.p);
            let v = t.int(next);
            t.set_local(base, v);
            t.set_local(base + 3, v);
            t.b.ins().jump(body, &[]);
        };
        let float_loop = |t: &mut Self| {
            let idx = t.local(base);
            let lim = t.local(base + 1);
            let step = t.local(base + 2);
            let (i, l, s) = (t.as_f64(idx.p), t.as_f64(lim.p), t.as_f64(step.p));
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
            t.set_local(base, v);
            t.set_local(base + 3, v);
            t.b.ins().jump(body, &[]);
        };
        let step_known = self.known.as_ref().map_or(UNKNOWN, |st| st.locals[base as usize + 2]);
        match ins.op {
            Op::ForLoopInt => int_loop(self),
            Op::ForLoopFloat => float_loop(self),
            _ if step_known == tag::INT as Known => int_loop(self),
            _ if step_known == tag::FLOAT as Known => float_loop(self),
            _ => {
                let step = self.local(base + 2);
                let is_int = self.is_tag(step.t, tag::INT);
                let ib = self.b.create_block();
                let fb = self.b.create_block();
                self.b.ins().brif(is_int, ib, &[], fb, &[]);
                self.b.switch_to_block(ib);
                int_loop(self);
                self.b.switch_to_block(fb);
                float_loop(self);
            }
        }
    }

    /// `Call` and `TailCall`: compiled callees are entered directly through the mixed
    /// function table; everything else goes through the call helper.
    fn call_op(&mut self, ins: &Instr, ip: u32, tail: bool) {
        let argc = ins.arg(0);
        let flags = ins.arg(1);
        let ctx = self.ctx();
        let nargs = if flags & call_flags::MULTI_ARG != 0 {
            let nres = self.b.ins().load(types::I32, mem(), ctx, JitContext::OFF_NRES);
            self.b.ins().iadd_imm_s(nres, argc as i64 - 1)
        } else {
            self.b.ins().iconst(types::I32, argc as i64)
        };
        let callee_pos = self.depth - argc - 1;
        let vals: Vec<V> = (callee_pos..self.depth).map(|p| self.at_pos(p)).collect();
        self.depth = callee_pos;
        if tail {
            // A closure runs in place of this frame: the caller performs the call
            // (Signal::TailCall). Anything else is called here, so its errors are raised where
            // the interpreter raises them, and its result is this function's.
            let callee = vals[0];
            let is_closure = self.is_tag(callee.t, tag::CLOSURE);
            let hand_back = self.b.create_block();
            let here = self.b.create_block();
            self.b.ins().brif(is_closure, hand_back, &[], here, &[]);
            self.b.switch_to_block(hand_back);
            let frame = self.frame();
            for (k, v) in vals.iter().enumerate() {
                self.store_value(*v, frame, (k as i32 - 1) * VALUE_SIZE);
            }
            self.b.ins().store(mem(), nargs, ctx, JitContext::OFF_NARGS);
            self.ret(Signal::TailCall, false);
            self.b.switch_to_block(here);
            let slot = self.slot_addr(callee_pos);
            for (k, v) in vals.iter().enumerate() {
                self.store_value(*v, slot, k as i32 * VALUE_SIZE);
            }
            self.set_record_ip(ip);
            let pos = self.b.ins().iconst(types::I32, callee_pos as i64);
            let ipv = self.b.ins().iconst(types::I32, ip as i64);
            let sig = self
                .call(
                    helpers::strata_call as *const () as usize,
                    &[types::I64, types::I64, types::I32, types::I32, types::I32],
                    Some(types::I32),
                    &[ctx, slot, nargs, pos, ipv],
                )
                .expect("result");
            self.error_if(sig);
            let result = self.load_value(slot, VALUE_SIZE);
            let frame = self.frame();
            self.store_value(result, frame, 0);
            // ctx.nres is the builtin's result count.
            let d = self.self_depth.expect("prologue");
            self.b.ins().store(mem(), d, ctx, JitContext::OFF_DEPTH);
            let s = self.b.ins().iconst(types::I32, Signal::Return as i64);
            self.b.ins().return_(&[s]);
            return;
        }
        let slot = self.slot_addr(callee_pos);
        for (k, v) in vals.iter().enumerate() {
            self.store_value(*v, slot, k as i32 * VALUE_SIZE);
        }
        self.set_record_ip(ip);
        let callee = vals[0];
        let is_closure = self.is_tag(callee.t, tag::CLOSURE);
        let direct = self.b.create_block();
        let generic = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(is_closure, direct, &[], generic, &[]);

        // Direct: this function itself by a direct call, others through their function table
        // entry (compiled code or the interpreter trampoline); then the signal protocol for
        // anything but a plain return.
        self.b.switch_to_block(direct);
        let proto = self.b.ins().load(types::I32, mem(), callee.p, 0);
        self.b.ins().store(mem(), nargs, ctx, JitContext::OFF_NARGS);
        let frame_arg = self.b.ins().iadd_imm_s(slot, VALUE_SIZE as i64);
        let is_self = self.b.ins().icmp_imm_s(IntCC::Equal, proto, self.func as i64);
        let self_call = self.b.create_block();
        let table_call = self.b.create_block();
        let returned = self.b.create_block();
        let sig = self.b.append_block_param(returned, types::I32);
        self.b.ins().brif(is_self, self_call, &[], table_call, &[]);
        self.b.switch_to_block(self_call);
        let call = self.b.ins().call(self.self_ref, &[ctx, frame_arg]);
        let r = self.b.inst_results(call)[0];
        self.b.ins().jump(returned, &args(&[r]));
        self.b.switch_to_block(table_call);
        let proto64 = self.b.ins().uextend(types::I64, proto);
        let table = self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_FUNCTIONS);
        let off = self.b.ins().imul_imm_s(proto64, fn_entry_offsets::SIZE as i64);
        let fe = self.b.ins().iadd(table, off);
        let entry = self.b.ins().load(types::I64, mem(), fe, fn_entry_offsets::ENTRY);
        let sigref = self.b.import_signature(self.entry_sig.clone());
        let call = self.b.ins().call_indirect(sigref, entry, &[ctx, frame_arg]);
        let r = self.b.inst_results(call)[0];
        self.b.ins().jump(returned, &args(&[r]));
        self.b.switch_to_block(returned);
        let after = self.b.create_block();
        self.b.set_cold_block(after);
        self.b.ins().brif(sig, after, &[], done, &[]);
        self.b.switch_to_block(after);
        let sig2 = self
            .call(
                helpers::strata_after_call as *const () as usize,
                &[types::I64, types::I32, types::I64],
                Some(types::I32),
                &[ctx, sig, slot],
            )
            .expect("result");
        self.error_if(sig2);
        self.b.ins().jump(done, &[]);

        // Generic: builtins, non-callables (the helper raises the error).
        self.b.switch_to_block(generic);
        let pos = self.b.ins().iconst(types::I32, callee_pos as i64);
        let ipv = self.b.ins().iconst(types::I32, ip as i64);
        let sig = self
            .call(
                helpers::strata_call as *const () as usize,
                &[types::I64, types::I64, types::I32, types::I32, types::I32],
                Some(types::I32),
                &[ctx, slot, nargs, pos, ipv],
            )
            .expect("result");
        self.error_if(sig);
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(done);
        let result = self.load_value(slot, VALUE_SIZE);
        self.push(result);
    }
}

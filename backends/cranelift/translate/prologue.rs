//! Entry: the stack and depth checks, the frame record, parameters (or an OSR entry's frame
//! load), then the walk over the plan's regions, one Cranelift block per jump target.

use super::*;

impl<'a, 'f> Translator<'a, 'f> {
    pub(super) fn checks_and_record(&mut self, ctx: Cv, frame: Cv) {
        let frame_size = self.program.functions[self.func as usize].frame_size().max(self.plan.sub.frame_slots);
        // Depth, value-stack and machine-stack checks: `stack overflow` where the caller stands
        // (and `interrupted!` there when the host's request to stop tripped the depth limit).
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
        // The helper grows the value stack's soft limit when that was all (0: go on).
        let r = self.call_helper(Helper::StackOverflow, &[ctx, end]).expect("result");
        let failed = self.b.create_block();
        self.b.set_cold_block(failed);
        self.b.ins().brif(r, failed, &[], ok, &[]);
        self.b.switch_to_block(failed);
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
        // The record's flags and vararg shift are left as they are: nothing reads them in a
        // native frame of a function without varargs (a deopt sets them when it turns the
        // frame into an interpreter frame; a vararg function's prologue sets the shift).
        let next_depth = self.b.ins().iadd_imm_s(depth, 1);
        self.b.ins().store(mem(), next_depth, ctx, JitContext::OFF_DEPTH);
        self.self_depth = Some(depth);
        self.record = Some(record);
    }

    pub(super) fn prologue(&mut self) {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params = self.b.block_params(entry).to_vec();
        let (ctx, frame) = (params[0], params[1]);
        self.ctx = Some(ctx);
        self.frame = Some(frame);
        self.scratch = Some(self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            SCRATCH_VALUES as u32 * VALUE_SIZE as u32,
            4,
        )));
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
                if root.is_vararg {
                    // Extra arguments stay below the frame, which moves up past them.
                    let moved = self.call_helper(Helper::VarargEnter, &[ctx, frame]).expect("result");
                    let failed = self.b.ins().icmp_imm_s(IntCC::Equal, moved, 0);
                    self.error_if(failed);
                    self.frame = Some(moved);
                }
                self.b.ins().load(types::I64, mem(), frame, -8)
            }
            Mode::Inner => {
                self.checks_and_record(ctx, frame);
                params[2]
            }
        };
        // The constants array, loaded only by functions that use it.
        let mut constants = false;
        for r in 0..self.plan.sub.regions.len() {
            for ins in self.plan.sub.instructions(r) {
                for (kind, &k) in ins.op.info().operands.iter().zip(ins.operands()) {
                    constants |=
                        *kind == OperandKind::Const && matches!(self.program.constants[k as usize], Constant::Str(_));
                }
            }
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
            call_ip: SubIp(0),
            callee_slot: 0,
            cont: None,
            keep_count: false,
            saved_ip: None,
        });
        match self.mode {
            Mode::Uniform => {
                // Parameters (missing ones nil), other locals nil.
                let frame = self.frame();
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
    pub(super) fn osr_entry(&mut self, header: SubIp) -> Result<(), BackendError> {
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
        // Locals out of scope at the header are nil to the plan, whatever stale value the
        // frame still holds there: nothing reads them before writing them.
        let dead = crate::jit::plan::dead_slots(self.program, &self.plan.sub, header);
        for s in 0..locals + depth {
            if dead.contains(&s) {
                let nil = self.konst(tag::NIL, 0);
                self.write(s, nil);
                continue;
            }
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
                self.out.deopts.push(DeoptInfo { reason, frames });
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

    pub(super) fn run(&mut self) -> Result<(), BackendError> {
        // Blocks: every jump target and branch fall-through, and where an inlined call
        // returns to, in every region.
        let mut starts = BTreeSet::new();
        for r in 0..self.plan.sub.regions.len() {
            for ins in self.plan.sub.instructions(r) {
                let ip = SubIp::of(&ins);
                if let Some(t) = ins.jump_target() {
                    starts.insert(SubIp(t));
                }
                if ins.op.info().flow == Flow::Branch || self.plan.inlined.contains_key(&ip) {
                    starts.insert(SubIp(ins.next_ip()));
                }
                if ins.op == Op::TailCall && self.plan.direct.contains_key(&ip) {
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
    pub(super) fn region_walk(&mut self, r: usize) -> Result<(), BackendError> {
        let instrs = self.plan.sub.instructions(r);
        let func = &self.program.functions[self.plan.sub.regions[r].func as usize];
        // Where a local's scope ends (falling through) a slot may become dead.
        let ends: BTreeSet<u32> = func.slot_ranges.iter().map(|sr| sr.end).collect();
        let mut terminated = false;
        for ins in &instrs {
            let ip = SubIp::of(ins);
            let gip = self.plan.sub.global_ip(ip).ok_or_else(|| BackendError::Internal(format!("{ip} unmapped")))?;
            if let Some(&blk) = self.blocks.get(&ip) {
                if !terminated {
                    self.b.ins().jump(blk, &[]);
                }
                self.b.switch_to_block(blk);
                // Other paths meet here: nothing is known of memory.
                self.forget_mem_from(0);
            } else if terminated {
                continue;
            }
            let Some(state) = self.plan.spec.before(ip) else {
                // Unreachable code: never runs (an error without a pending one if it did).
                self.exit_const(Signal::Error);
                terminated = true;
                continue;
            };
            self.known = state.to_vec();
            if self.blocks.contains_key(&ip) || ends.contains(&gip.0) {
                // The plan knows locals out of scope as nil from here (see `plan::run`); their
                // variables must say so too, or a merge below would carry a stale reference
                // into a slot the collector has cleared.
                for d in crate::jit::plan::dead_slots(self.program, &self.plan.sub, ip) {
                    let nil = self.konst(tag::NIL, 0);
                    self.write(d, nil);
                }
            }
            self.depth = self.depth_at(self.regions.len() - 1, ip);
            self.instr_depth = self.depth;
            self.cur_ip = ip;
            if let Some(&q) = self.plan.inlined.get(&ip) {
                self.inline_call(ins, gip, q)?;
                terminated = true;
            } else {
                // Loops poll: backward jumps, and self tail calls (which jump back to the start).
                if ins.jump_target().is_some_and(|t| t <= ip.0)
                    || (ins.op == Op::TailCall && self.plan.direct.contains_key(&ip))
                {
                    self.poll_interrupt();
                }
                self.instr(ins, gip)?;
                terminated = matches!(ins.op.info().flow, Flow::Jump | Flow::Stop | Flow::Branch);
            }
        }
        if !terminated {
            return Err(BackendError::Internal("control falls off the end".into()));
        }
        Ok(())
    }

    /// The block starting at a sub ip (a jump target or fall-through of the sub-program).
    pub(super) fn block_at(&self, sub_ip: u32) -> Block {
        self.blocks[&SubIp(sub_ip)]
    }
}

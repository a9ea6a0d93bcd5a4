//! Calls: inlined callees, direct calls behind a callee guard, the inner ABI for
//! self-recursion, tail calls, returns and closures.

use super::*;

impl<'a, 'f> Translator<'a, 'f> {
    /// Compiles region `q` in place of the call `ins`: the callee's identity is guarded, its
    /// frame is virtual (its parameters are the argument slots), its returns continue after
    /// the call.
    pub(super) fn inline_call(&mut self, ins: &Instr, gip: GlobalIp, q: usize) -> Result<(), BackendError> {
        let region = self.plan.sub.regions[q].clone();
        let g = region.func;
        let callee_f = &self.program.functions[g as usize];
        let (arity, locals_count, entry_point) = (callee_f.arity, callee_f.locals_count, callee_f.entry_point);
        let argc = ins.arg(0);
        if ins.arg(1) & call_flags::MULTI_ARG != 0 && self.pack_reaches(g, argc) {
            self.guard_pack_of_one();
        }
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
        let e = self.ip_const(GlobalIp(entry_point));
        self.b.def_var(saved, e);
        let cont = self.block_at(ins.next_ip());
        let sb = region.local_offset + locals_count;
        self.regions.push(RegionCtx {
            func: g,
            sb,
            local_offset: region.local_offset,
            locals_count,
            closure: cp,
            call_ip: SubIp::of(ins),
            callee_slot,
            cont: Some(cont),
            keep_count: ins.arg(1) & call_flags::KEEP_COUNT != 0,
            saved_ip: Some(saved),
        });
        let walked = self.region_walk(q);
        self.regions.pop();
        walked
    }

    /// Returns `v` (the result count is `one`): pops this function's frame record.
    pub(super) fn ret(&mut self, v: V, one: bool) {
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
            self.store_value(v, frame, -VALUE_SIZE);
            let s = self.b.ins().iconst(types::I32, Signal::Return as i64);
            self.b.ins().return_(&[s]);
        }
    }

    /// Pops this function's frame record and hands a tail call to the caller.
    pub(super) fn ret_tail_call(&mut self) {
        let ctx = self.ctx();
        let d = self.self_depth.expect("prologue");
        self.b.ins().store(mem(), d, ctx, JitContext::OFF_DEPTH);
        self.exit_const(Signal::TailCall);
    }

    pub(super) fn closure_op(&mut self, f: u32) {
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
        let failed = self.call_helper(Helper::Closure, &[ctx, fv, frame, s]).expect("result");
        self.error_if(failed);
        let p = self.b.ins().load(types::I64, mem(), s, 8);
        let v = V { k: Known::Closure, t: None, p: Some(p), f: None };
        self.push(v);
    }

    /// `Call` and `TailCall` in the root frame.
    pub(super) fn call_op(&mut self, ins: &Instr, ip: GlobalIp, tail: bool) {
        let argc = ins.arg(0);
        let flags = ins.arg(1);
        let ctx = self.ctx();
        let callee_pos = self.depth - argc - 1;
        let sb = self.rc().sb;
        let vals: Vec<V> = (callee_pos..self.depth).map(|p| self.read(sb + p)).collect();
        let direct = self.plan.direct.get(&SubIp::of(ins)).copied();
        // A direct call passing a call's results on speculates that they are one value, when
        // more would reach the callee (a vararg callee, or parameters beyond the pack's
        // slot); otherwise extra values are dropped and a missing one is the nil in the
        // pack's slot, as the callee's parameter would be.
        let speculated = flags & call_flags::MULTI_ARG != 0 && direct.is_some_and(|g| self.pack_reaches(g, argc));
        if speculated {
            self.guard_pack_of_one();
        }
        if !tail && direct == Some(self.func) && self.mode == Mode::Inner {
            let arity = self.program.functions[self.func as usize].arity;
            let params = self.plan.spec.params.clone();
            if (argc..arity).all(|i| params[i as usize] == UNKNOWN) {
                self.self_call_inner(&vals, &params, ip);
                return;
            }
        }
        let nargs = if flags & call_flags::MULTI_ARG != 0 && !speculated {
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
                self.tail_call(&vals, nargs, callee_pos, ip, flags & call_flags::MULTI_ARG != 0);
            }
            return;
        }
        self.spill_for_call(sb + callee_pos);
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
            let proto = self.b.ins().load(types::I32, mem(), cp, offsets::CLOSURE_PROTO);
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
            let ipv = self.ip_const(ip);
            let sig = self.call_helper_spilled(Helper::Call, &[ctx, slot, nargs, pos, ipv]).expect("result");
            self.error_if(sig);
            self.b.ins().jump(done, &[]);
        }
        self.b.switch_to_block(done);
        self.forget_mem_from(sb + callee_pos);
        let result = self.load_value(slot, 0);
        self.push(result);
    }

    /// After a call through the uniform ABI returned `sig`: on to `done`, or through the
    /// helper that performs tail calls and resumes deopted callees.
    pub(super) fn after_call(&mut self, sig: Cv, slot: Cv, done: Block) {
        let after = self.b.create_block();
        self.b.set_cold_block(after);
        self.b.ins().brif(sig, after, &[], done, &[]);
        self.b.switch_to_block(after);
        let ctx = self.ctx();
        // (The frame was spilled before the call; the callee's frame above it, which a deopt
        // may have rebuilt in memory, must stay as it is.)
        let sig2 = self.call_helper_spilled(Helper::AfterCall, &[ctx, sig, slot]).expect("result");
        self.error_if(sig2);
        self.b.ins().jump(done, &[]);
    }

    /// A self-call through the inner ABI: arguments unboxed as the parameters are, the
    /// result in registers.
    pub(super) fn self_call_inner(&mut self, vals: &[V], params: &[Known], ip: GlobalIp) {
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
        self.spill_for_call(self.rc().sb + callee_pos);
        self.set_record_ip(ip);
        let inner = self.inner_ref.expect("inner mode has an inner function");
        let call = self.b.ins().call(inner, &call_args);
        self.forget_mem_from(self.rc().sb + callee_pos);
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
        let sig2 = self.call_helper_spilled(Helper::AfterCall, &[ctx, sig, slot]).expect("result");
        self.error_if(sig2);
        let r = self.load_value(slot, 0);
        let (rt, rp) = (self.tag_of(r), self.pay_of(r));
        self.b.ins().jump(done, &args(&[rt, rp]));
        self.b.switch_to_block(done);
        self.depth = callee_pos;
        self.push(Self::dynamic(jt, jp));
    }

    /// `return f(args)` where `f` is this very closure: the frame is reused and control goes
    /// back to the first instruction (a loop), with the parameters guarded as at entry. Any
    /// other callee takes the general path.
    pub(super) fn self_tail_call(&mut self, vals: &[V], nargs: Cv, callee_pos: u32, ip: GlobalIp) {
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
            self.set_record_ip(GlobalIp(entry_point));
        }
        let start = self.block_at(self.plan.sub.regions[0].start.0);
        self.b.ins().jump(start, &[]);
        self.b.switch_to_block(general);
        self.tail_call(vals, nargs, callee_pos, ip, false);
    }

    /// `return f(args)`: a closure runs in place of this frame (the caller performs the call,
    /// Signal::TailCall); anything else is called here, so its errors are raised where the
    /// interpreter raises them, and its result is this function's.
    pub(super) fn tail_call(&mut self, vals: &[V], nargs: Cv, callee_pos: u32, ip: GlobalIp, moves_pack: bool) {
        let ctx = self.ctx();
        let callee = vals[0];
        let is_closure = self.tag_is(callee, tag::CLOSURE);
        let hand_back = self.b.create_block();
        let here = self.b.create_block();
        self.b.ins().brif(is_closure, hand_back, &[], here, &[]);
        self.b.switch_to_block(hand_back);
        let sb = self.rc().sb;
        self.b.ins().store(mem(), nargs, ctx, JitContext::OFF_NARGS);
        let slot = self.slot_addr(sb + callee_pos);
        let store_at_slot = |t: &mut Self| {
            for (k, v) in vals.iter().enumerate() {
                t.store_value(*v, slot, k as i32 * VALUE_SIZE);
            }
            t.call_helper(Helper::TailArgs, &[ctx, slot]);
        };
        if self.program.functions[self.func as usize].is_vararg {
            // A moved frame: the helper knows how far.
            store_at_slot(self);
        } else {
            // A result pack of one value (the usual `return f(g(x))`) is its static slot;
            // any other length goes through the helper.
            let moved = self.b.create_block();
            if moves_pack {
                let n = self.b.ins().load(types::I32, mem(), ctx, JitContext::OFF_NRES);
                let one = self.b.ins().icmp_imm_s(IntCC::Equal, n, 1);
                let pack = self.b.create_block();
                let inline = self.b.create_block();
                self.b.set_cold_block(pack);
                self.b.ins().brif(one, inline, &[], pack, &[]);
                self.b.switch_to_block(pack);
                store_at_slot(self);
                self.b.ins().jump(moved, &[]);
                self.b.switch_to_block(inline);
            }
            let frame = self.frame();
            for (k, v) in vals.iter().enumerate() {
                self.store_value(*v, frame, (k as i32 - 1) * VALUE_SIZE);
            }
            self.b.ins().jump(moved, &[]);
            self.b.switch_to_block(moved);
        }
        self.ret_tail_call();
        self.b.switch_to_block(here);
        let slot = self.slot_addr(sb + callee_pos);
        for (k, v) in vals.iter().enumerate() {
            self.store_value(*v, slot, k as i32 * VALUE_SIZE);
        }
        self.set_record_ip(ip);
        // A value with `__call` whose metamethod is a closure is handed back like one (the
        // helper moved it down); a builtin is called here.
        let r = self.call_helper(Helper::TailResolve, &[ctx, slot, nargs]).expect("result");
        let is_tail = self.b.ins().icmp_imm_s(IntCC::Equal, r, Signal::TailCall as i64);
        let resolved_back = self.b.create_block();
        let call_here = self.b.create_block();
        self.b.set_cold_block(resolved_back);
        self.b.ins().brif(is_tail, resolved_back, &[], call_here, &[]);
        self.b.switch_to_block(resolved_back);
        self.ret_tail_call();
        self.b.switch_to_block(call_here);
        self.error_if(r);
        let nargs = self.b.ins().load(types::I32, mem(), ctx, JitContext::OFF_NARGS);
        let pos = self.b.ins().iconst(types::I32, callee_pos as i64);
        let ipv = self.ip_const(ip);
        let sig = self.call_helper(Helper::Call, &[ctx, slot, nargs, pos, ipv]).expect("result");
        self.error_if(sig);
        // Its results (`ctx.nres` of them) are this function's.
        self.call_helper(Helper::ReturnValues, &[ctx, slot, ipv]);
        self.return_in_memory();
    }

    /// Whether values of a result pack ending a call's `argc` arguments beyond its first
    /// would reach callee `g` (its parameters go past the pack's slot, or it takes `...`).
    fn pack_reaches(&self, g: u32, argc: u32) -> bool {
        let f = &self.program.functions[g as usize];
        f.is_vararg || f.arity > argc
    }

    /// `ReturnN`: the values go where the callee was (through the helper, which knows how
    /// far a vararg frame moved), then the record is popped.
    pub(super) fn return_n(&mut self, ins: &Instr, ip: GlobalIp) {
        let mut vals: Vec<V> = (0..ins.arg(0)).map(|_| self.pop()).collect();
        vals.reverse();
        let s = self.slot_addr(self.rc().sb + self.depth);
        for (k, v) in vals.iter().enumerate() {
            self.store_value(*v, s, k as i32 * VALUE_SIZE);
        }
        let (ctx, ipv) = (self.ctx(), self.ip_const(ip));
        self.call_helper(Helper::ReturnValues, &[ctx, s, ipv]);
        self.return_in_memory();
    }

    /// Returns with the results already in memory where the callee was (`ctx.nres` set):
    /// pops the record; the inner ABI says so with the `Return` signal.
    fn return_in_memory(&mut self) {
        let ctx = self.ctx();
        let d = self.self_depth.expect("prologue");
        self.b.ins().store(mem(), d, ctx, JitContext::OFF_DEPTH);
        self.exit_const(Signal::Return);
    }
}

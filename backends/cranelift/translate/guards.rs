//! Guards and deopt exits: type and callee guards, stress failures, the exit blocks that
//! spill every frame's state, and the saved-pc bookkeeping errors rely on.

use super::*;

impl<'a, 'f> Translator<'a, 'f> {
    /// Deopts (with `reason`) unless `ok` holds. Under `--stress-deopt n` every `n`th guard
    /// executed fails anyway (a deopt counted as `stress`).
    pub(super) fn guard(&mut self, ok: Cv, reason: DeoptReason) {
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

    /// Checks that the result pack the current instruction consumes holds one value, as the
    /// plan speculates for a call that passes a call's results on (`f(g(x))`): the call
    /// then has its static argument count.
    pub(super) fn guard_pack_of_one(&mut self) {
        let ctx = self.ctx();
        let n = self.b.ins().load(types::I32, mem(), ctx, JitContext::OFF_NRES);
        let one = self.b.ins().icmp_imm_s(IntCC::Equal, n, 1);
        self.guard(one, DeoptReason::ResultCount);
    }

    /// Checks that `callee` is a closure of function `proto` (deopting otherwise); returns
    /// the closure pointer.
    pub(super) fn guard_callee(&mut self, callee: V, proto: u32) -> Cv {
        let is_closure = self.tag_is(callee, tag::CLOSURE);
        // Only dereference a closure: check the tag first.
        let check = self.b.create_block();
        self.exit_branch(is_closure, false, check, DeoptReason::CallTarget);
        self.b.switch_to_block(check);
        let cp = self.pay_of(callee);
        let found = self.b.ins().load(types::I32, mem(), cp, offsets::CLOSURE_PROTO);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, found, proto as i64);
        self.guard(same, DeoptReason::CallTarget);
        cp
    }

    /// Ends the current block with a branch: to the current instruction's deopt exit for
    /// `reason` when `cond` is `exit_when`, to `other` otherwise. The caller switches on.
    pub(super) fn exit_branch(&mut self, cond: Cv, exit_when: bool, other: Block, reason: DeoptReason) {
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
    pub(super) fn stress_fires(&mut self) -> Cv {
        let ctx = self.ctx();
        stress_countdown(&mut self.b, ctx, self.plan.config.stress_deopt)
    }

    /// Leaves for the interpreter unconditionally (a slow path compiled code does not take).
    /// The current block ends.
    pub(super) fn deopt_now(&mut self, reason: DeoptReason) {
        let (exit, fresh) = self.exit_for(reason);
        self.b.ins().jump(exit, &[]);
        if fresh {
            self.fill_exit(reason);
        }
    }

    /// The current instruction's deopt exit for `reason`, and whether it is new (to be
    /// filled by `fill_exit` once the current block has ended).
    pub(super) fn exit_for(&mut self, reason: DeoptReason) -> (Block, bool) {
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
    pub(super) fn fill_exit(&mut self, reason: DeoptReason) {
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
        self.out.deopts.push(DeoptInfo { reason, frames });
        let idv = self.b.ins().iconst(types::I32, id as i64);
        self.b.ins().store(mem(), idv, ctx, JitContext::OFF_DEOPT_ID);
        self.exit_const(Signal::Deopt);
    }

    /// The verifier's stack depth before sub ip `ip` of the frame `regions[i]`.
    pub(super) fn depth_at(&self, i: usize, ip: SubIp) -> u32 {
        let func = self.regions[i].func;
        let f = &self.program.functions[func as usize];
        let gip = self.plan.sub.global_ip(ip).expect("mapped");
        self.facts.functions[func as usize].depth_at(f, gip.0).expect("reachable")
    }

    /// `v`, checked to be of speculated kind `want` (`INT`, `FLOAT`, or `NUMBER`, which
    /// gives the value converted to a float).
    pub(super) fn guard_kind(&mut self, v: V, want: Known) -> V {
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

    /// A global ip as the 32-bit constant helpers and frame records take.
    pub(super) fn ip_const(&mut self, ip: GlobalIp) -> Cv {
        self.b.ins().iconst(types::I32, i64::from(ip.0))
    }

    /// `ctx.interrupt` (the host's request to stop, set by another thread). A plain load
    /// (an atomic one would count as a store to every memory region and cost the loop its
    /// load forwarding), at an address expression of its own (`ctx + OFF - k`, offset `k`):
    /// redundant-load elimination keys on the address value and offset, so it can never
    /// replace this read with an earlier poll's.
    pub(super) fn interrupt_flag(&mut self) -> Cv {
        let ctx = self.ctx();
        let k = 8 * i64::from(self.polls);
        self.polls += 1;
        let base = self.b.ins().iadd_imm_s(ctx, i64::from(JitContext::OFF_INTERRUPT) - k);
        self.b.ins().load(types::I32, mem(), base, k as i32)
    }

    /// Polls the host's interrupt request before an instruction that jumps backward (or a
    /// self tail call, which loops). When it is set, the code leaves for the interpreter
    /// before the instruction, and the interpreter's own poll raises `interrupted!` from the
    /// right frame. (A deopt exit, not a helper call: with a call on its cold path, a loop of
    /// floats ran twice as long, `float_series`.)
    pub(super) fn poll_interrupt(&mut self) {
        let flag = self.interrupt_flag();
        let (slow, cont) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        self.b.ins().brif(flag, slow, &[], cont, &[]);
        self.b.switch_to_block(slow);
        self.deopt_now(DeoptReason::Interrupt);
        self.b.switch_to_block(cont);
    }

    /// Records `ip` where Lua's VM saves its pc: the frame record of the root, the saved-ip
    /// variable of an inlined frame.
    pub(super) fn save_pc(&mut self, gip: GlobalIp) {
        if let Some(var) = self.rc().saved_ip {
            let v = self.ip_const(gip);
            self.b.def_var(var, v);
        } else {
            self.set_record_ip(gip);
        }
    }

    /// Records the running instruction in the root's frame record (before calls, and
    /// wherever Lua's VM saves its pc).
    pub(super) fn set_record_ip(&mut self, ip: GlobalIp) {
        let record = self.record.expect("prologue");
        let v = self.ip_const(ip);
        self.b.ins().store(mem(), v, record, frame_offsets::IP);
    }

    /// Saves the pc when a global is nil (Lua saves it there, see the interpreter's
    /// `save_pc!`).
    pub(super) fn save_pc_if_nil(&mut self, v: V, ip: GlobalIp) {
        if v.k != UNKNOWN {
            if v.k == NIL {
                self.save_pc(ip);
            }
            return;
        }
        let is_nil = self.tag_is(v, tag::NIL);
        self.save_pc_if(is_nil, ip);
    }

    /// Records `ip` as the saved position when `cond` holds (a cold branch).
    pub(super) fn save_pc_if(&mut self, cond: Cv, ip: GlobalIp) {
        let save = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(save);
        self.b.ins().brif(cond, save, &[], done, &[]);
        self.b.switch_to_block(save);
        self.save_pc(ip);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }
}

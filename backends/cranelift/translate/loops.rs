//! Numeric `for` loops: preparation (inline for integers, the helper otherwise) and the
//! loop step for integer, float and generic loops.

use super::*;

impl<'a, 'f> Translator<'a, 'f> {
    pub(super) fn for_prep(&mut self, ins: &Instr, ip: GlobalIp) {
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
        let ipv = self.ip_const(ip);
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
    pub(super) fn for_prep_int(&mut self, ins: &Instr, ip: GlobalIp, init: V, limit: V, step: V) {
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
                let ipv = self.ip_const(ip);
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

    pub(super) fn for_loop(&mut self, ins: &Instr) {
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
}

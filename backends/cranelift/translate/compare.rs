//! Comparisons: integer and float fast paths, the three-way generic helper, and the
//! condition codes.

use super::*;

impl<'a, 'f> Translator<'a, 'f> {
    /// Integer path when `ints`, float path when `floats`, the slow path otherwise, joined.
    pub(super) fn three_way(
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
    pub(super) fn compare_op(&mut self, cmp: Compare, a: V, b: V, sub_ip: SubIp, ip: GlobalIp) -> Cv {
        if let Some(OpSpec { lhs, rhs }) = self.plan.spec.op(sub_ip) {
            let a = self.guard_kind(a, lhs);
            let b = self.guard_kind(b, rhs);
            return self.compare(cmp, a, b, ip);
        }
        self.compare(cmp, a, b, ip)
    }

    /// `a cmp b` as a machine boolean: typed when the tags are known, else integer and float
    /// fast paths, equality by tag and payload for nil/booleans/integers, and the helpers.
    pub(super) fn compare(&mut self, cmp: Compare, a: V, b: V, ip: GlobalIp) -> Cv {
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
            // Raw equality never fails and is safe in any frame; two tables or two userdata
            // may call `__eq` (in an inlined frame: a deopt, so the interpreter calls it from
            // the right frame).
            let s = self.spill_scratch(&[a, b]);
            let a_tbl = self.b.ins().icmp_imm_s(IntCC::Equal, ta, tag::TABLE as i64);
            let a_ud = self.b.ins().icmp_imm_s(IntCC::Equal, ta, tag::USERDATA as i64);
            let same = self.b.ins().icmp(IntCC::Equal, ta, tb);
            let objects = self.b.ins().bor(a_tbl, a_ud);
            let tables = self.b.ins().band(objects, same);
            let raw_b = self.b.create_block();
            let meta_b = self.b.create_block();
            self.b.ins().brif(tables, meta_b, &[], raw_b, &[]);
            self.b.switch_to_block(raw_b);
            let eq = self.call_helper(Helper::Equal, &[s]).expect("result");
            let eq = self.b.ins().ireduce(types::I8, eq);
            let r = if cmp == Compare::Ne { self.b.ins().bxor_imm_s(eq, 1) } else { eq };
            self.b.ins().jump(join, &args(&[r]));
            self.b.switch_to_block(meta_b);
            self.b.set_cold_block(meta_b);
            if self.inlined() {
                self.deopt_now(DeoptReason::Unsupported);
            } else {
                let ctx = self.ctx();
                let ipv = self.ip_const(ip);
                let r = self.call_helper(Helper::EqualMeta, &[ctx, s, ipv]).expect("result");
                let failed = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
                self.error_if(failed);
                let eq = self.b.ins().ireduce(types::I8, r);
                let r = if cmp == Compare::Ne { self.b.ins().bxor_imm_s(eq, 1) } else { eq };
                self.b.ins().jump(join, &args(&[r]));
            }
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
            let ipv = self.ip_const(ip);
            let r = self.call_helper(Helper::Compare, &[ctx, k, s, ipv]).expect("result");
            let failed = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
            self.error_if(failed);
            let r = self.b.ins().ireduce(types::I8, r);
            self.b.ins().jump(join, &args(&[r]));
        }
        self.b.switch_to_block(join);
        jr
    }
}

pub(super) fn int_cc(cmp: Compare) -> IntCC {
    match cmp {
        Compare::Eq => IntCC::Equal,
        Compare::Ne => IntCC::NotEqual,
        Compare::Lt => IntCC::SignedLessThan,
        Compare::Le => IntCC::SignedLessThanOrEqual,
        Compare::Gt => IntCC::SignedGreaterThan,
        Compare::Ge => IntCC::SignedGreaterThanOrEqual,
    }
}

pub(super) fn float_cc(cmp: Compare) -> FloatCC {
    match cmp {
        Compare::Eq => FloatCC::Equal,
        Compare::Ne => FloatCC::NotEqual,
        Compare::Lt => FloatCC::LessThan,
        Compare::Le => FloatCC::LessThanOrEqual,
        Compare::Gt => FloatCC::GreaterThan,
        Compare::Ge => FloatCC::GreaterThanOrEqual,
    }
}

//! Arithmetic: speculated and known-type fast paths, float operations with Lua's NaN
//! operand order, floor division and modulo, shifts, and the generic helper path.

use super::*;

impl<'a, 'f> Translator<'a, 'f> {
    /// The right operand of a binary operation, by its source, without popping.
    pub(super) fn rhs_peek(&mut self, op: Op, ins: &Instr) -> V {
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
    pub(super) fn nan_from(&mut self, r: Cv, first: Cv, second: Cv) -> Cv {
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

    pub(super) fn float_op(&mut self, aop: ArithOp, x: Cv, y: Cv) -> Cv {
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
    pub(super) fn arith_slow(&mut self, aop: ArithOp, a: V, b: V, ip: GlobalIp) -> Option<V> {
        if self.inlined() {
            self.deopt_now(DeoptReason::Unsupported);
            return None;
        }
        let s = self.spill_scratch(&[a, b]);
        let ctx = self.ctx();
        let opv = self.b.ins().iconst(types::I32, aop as i64);
        let ipv = self.ip_const(ip);
        let failed = self.call_helper(Helper::Arith, &[ctx, opv, s, ipv]).expect("result");
        self.error_if(failed);
        Some(self.load_value(s, 0))
    }

    /// Floor division or modulo of integers known to be valid divisors (not 0 or -1).
    pub(super) fn floor_div_mod(&mut self, div: bool, x: Cv, y: Cv) -> Cv {
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
    pub(super) fn shift(&mut self, left: bool, x: Cv, y: Cv) -> Cv {
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
    pub(super) fn arith(&mut self, op: Op, ins: &Instr, ip: GlobalIp) {
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
        let spec = self.plan.spec.op(SubIp::of(ins));
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
    pub(super) fn sub_int_zero(&mut self, a: V, b: V, ip: GlobalIp) -> V {
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
    pub(super) fn arith_known(&mut self, aop: ArithOp, a: V, b: V, ip: GlobalIp) -> Option<V> {
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
    pub(super) fn arith_generic(&mut self, aop: ArithOp, a: V, b: V, ip: GlobalIp) -> V {
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
    pub(super) fn dyn_num_f64(&mut self, v: V) -> Cv {
        let t = self.tag_of(v);
        let is_int = self.b.ins().icmp_imm_s(IntCC::Equal, t, tag::INT as i64);
        let p = self.pay_of(v);
        let as_int = self.b.ins().fcvt_from_sint(types::F64, p);
        let as_flt = self.f64_of(v);
        self.b.ins().select(is_int, as_int, as_flt)
    }
}

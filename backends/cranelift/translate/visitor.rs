//! The visitor: one arm per opcode, each a few lines over the family modules
//! (`arith`, `compare`, `loops`, `calls`) and the value model.

use super::*;

/// Declares the translations once: `has_translation` (what `supports` answers preflight
/// with) and `instr` (the visitor) come from the same arms, so they cannot disagree. An
/// opcode without an arm takes its generic helper path (`Translator::generic`), or is
/// unsupported.
macro_rules! translations {
    ($this:ident, $ins:ident, $op:ident, $ip:ident, $inlined:ident;
     $( $pat:pat $(if $guard:expr)? => $body:expr, )*) => {
        /// Whether the translator has a translation for `op`.
        pub(crate) fn has_translation($op: Op) -> bool {
            match $op {
                $( $pat $(if $guard)? => true, )*
                _ => false,
            }
        }

        impl<'a, 'f> Translator<'a, 'f> {
            pub(super) fn instr(&mut $this, $ins: &Instr, $ip: GlobalIp) -> Result<(), BackendError> {
                let $op = $ins.op;
                let $inlined = $this.inlined();
                match $op {
                    $( $pat $(if $guard)? => $body, )*
                    _ => return $this.generic($ins, $ip),
                }
                Ok(())
            }
        }
    };
}

translations! {
    self, ins, op, ip, inlined;
            Op::Nop => {},
            Op::SavePc => self.save_pc(ip),
            Op::Pop => {
                self.depth -= 1;
            },
            Op::Dup => {
                let v = self.peek(0);
                self.push(v);
            },
            Op::PushDeep => {
                let v = self.peek(ins.arg(0));
                self.push(v);
            },
            Op::GetField | Op::GetIndex => self.table_get(ins, ip),
            Op::SetField | Op::SetIndex => self.table_set(ins, ip),
            Op::Swap => {
                let b = self.peek(0);
                let a = self.peek(1);
                let s = self.rc().sb + self.depth - 1;
                self.write(s - 1, b);
                self.write(s, a);
            },
            Op::PushConst => {
                let v = self.constant(ins.arg(0));
                self.push(v);
            },
            Op::PushNil => {
                let v = self.konst(tag::NIL, 0);
                self.push(v);
            },
            Op::PushTrue | Op::PushFalse => {
                let v = self.konst(tag::BOOL, (op == Op::PushTrue) as u64);
                self.push(v);
            },
            Op::PushInt => {
                let v = self.konst(tag::INT, ins.arg(0) as i32 as i64 as u64);
                self.push(v);
            },
            Op::GetLocal => {
                let v = self.read(ins.arg(0));
                self.push(v);
            },
            Op::SetLocal => {
                let v = self.pop();
                self.write(ins.arg(0), v);
            },
            Op::NewCell | Op::BoxLocal => {
                let v = if op == Op::NewCell { self.pop() } else { self.read(ins.arg(0)) };
                let ctx = self.ctx();
                let (t, p) = (self.tag_of(v), self.pay_of(v));
                let cell = self.call_helper(Helper::NewCell, &[ctx, t, p]).expect("result");
                let failed = self.b.ins().icmp_imm_s(IntCC::Equal, cell, 0);
                self.error_if(failed);
                let v = V { k: Known::Cell, t: None, p: Some(cell), f: None };
                self.write(ins.arg(0), v);
            },
            Op::GetCell => {
                let c = self.read(ins.arg(0));
                let cp = self.pay_of(c);
                let v = self.load_value(cp, offsets::CELL_VALUE);
                self.push(v);
            },
            Op::SetCell => {
                let v = self.pop();
                let c = self.read(ins.arg(0));
                let cp = self.pay_of(c);
                self.store_value(v, cp, offsets::CELL_VALUE);
            },
            Op::GetUpval | Op::SetUpval => {
                let closure = self.rc().closure;
                let off = offsets::CLOSURE_UPVALS + 8 * ins.arg(0) as i32;
                let cell = self.b.ins().load(types::I64, mem(), closure, off);
                if op == Op::GetUpval {
                    let v = self.load_value(cell, offsets::CELL_VALUE);
                    self.push(v);
                } else {
                    let v = self.pop();
                    self.store_value(v, cell, offsets::CELL_VALUE);
                }
            },
            Op::GetGlobal => self.get_global(ins, ip),
            Op::SetGlobal => self.set_global(ins, ip),
            Op::GetEnv => {
                let ctx = self.ctx();
                let v = self.load_value(ctx, JitContext::OFF_ENV);
                self.push(v);
            },
            Op::SetEnv => {
                let v = self.pop();
                let ctx = self.ctx();
                self.store_value(v, ctx, JitContext::OFF_ENV);
            },
            Op::Closure => {
                self.save_pc(ip);
                self.closure_op(ins.arg(0));
            },
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
            },
            Op::IDivInt | Op::ModInt => {
                let b = self.pop();
                let a = self.peek(0);
                let (a, b) = (V { k: INT, ..a }, V { k: INT, ..b });
                let aop = if op == Op::IDivInt { ArithOp::IDiv } else { ArithOp::Mod };
                let v = self.arith_known(aop, a, b, ip).expect("integers");
                self.set_top(v);
            },
            Op::UnmInt => {
                let a = self.peek(0);
                let x = self.pay_of(a);
                let r = self.b.ins().ineg(x);
                let v = self.int(r);
                self.set_top(v);
            },
            Op::AddFloat | Op::SubFloat | Op::MulFloat | Op::DivFloat | Op::ModFloat | Op::IDivFloat | Op::PowFloat => {
                let b = self.pop();
                let a = self.peek(0);
                let (x, y) = (self.f64_of(a), self.f64_of(b));
                let r = self.float_op(op.arith_op().expect("arithmetic"), x, y);
                let v = self.float(r);
                self.set_top(v);
            },
            Op::UnmFloat => {
                let a = self.peek(0);
                let x = self.f64_of(a);
                let r = self.b.ins().fneg(x);
                let v = self.float(r);
                self.set_top(v);
            },
            _ if op.arith_op().is_some() => self.arith(op, ins, ip),
            Op::Len => {
                if self.plan.spec.op(SubIp::of(ins)).is_some() && self.peek(0).k != Known::Str {
                    self.len_speculated(ip);
                } else {
                    self.set_record_ip(ip);
                    let a = self.peek(0);
                    let v = self.len_value(a, ip);
                    self.set_top(v);
                }
            },
            Op::Not => {
                let a = self.peek(0);
                let tr = self.truthy(a);
                let f = self.b.ins().bxor_imm_s(tr, 1);
                let v = self.boolean(f);
                self.set_top(v);
            },
            Op::Eq | Op::Ne | Op::Lt | Op::Le | Op::Gt | Op::Ge => {
                let cmp = op.compare().expect("a comparison");
                let b = self.peek(0);
                let a = self.peek(1);
                let c = self.compare_op(cmp, a, b, SubIp::of(ins), ip);
                self.depth -= 1;
                let v = self.boolean(c);
                self.set_top(v);
            },
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
            },
            Op::Jump => {
                let blk = self.block_at(ins.arg(0));
                self.b.ins().jump(blk, &[]);
            },
            Op::JumpIfFalse | Op::JumpIfTrue => {
                let v = self.pop();
                let tr = self.truthy(v);
                let (target, next) = (self.block_at(ins.arg(0)), self.block_at(ins.next_ip()));
                if op == Op::JumpIfTrue {
                    self.b.ins().brif(tr, target, &[], next, &[]);
                } else {
                    self.b.ins().brif(tr, next, &[], target, &[]);
                }
            },
            _ if op.branch_compare().is_some() => {
                let cmp = op.branch_compare().expect("a compare");
                let b = self.rhs_peek(op, ins);
                let a = self.peek(if op.rhs_source() == RhsSource::Stack { 1 } else { 0 });
                let c = self.compare_op(cmp, a, b, SubIp::of(ins), ip);
                let target_ip = *ins.operands().last().expect("a target");
                let (target, next) = (self.block_at(target_ip), self.block_at(ins.next_ip()));
                self.b.ins().brif(c, next, &[], target, &[]);
            },
            Op::ForPrep | Op::ForPrepInt | Op::ForPrepFloat => self.for_prep(ins, ip),
            Op::ForLoop | Op::ForLoopInt | Op::ForLoopFloat => self.for_loop(ins),
            Op::Method => {
                // A table's method, or a string's from the string library's table, inline;
                // anything else through the helper, on the receiver's frame slot and the one
                // above it.
                let obj = self.peek(0);
                let is_str = self.tag_is(obj, tag::STR);
                let (str_b, other_b, lookup_b, join) =
                    (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
                for _ in 0..4 {
                    self.b.append_block_param(join, types::I64);
                }
                let table = self.b.append_block_param(lookup_b, types::I64);
                self.b.ins().brif(is_str, str_b, &[], other_b, &[]);
                self.b.switch_to_block(str_b);
                // Through the string metatable in Lua: its slow path, which saves the pc.
                self.save_pc(ip);
                let ctx = self.ctx();
                let strings = self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_STRINGS);
                let helper_b = self.b.create_block();
                // (Null once the string metatable is reachable: the helper path.)
                self.b.ins().brif(strings, lookup_b, &args(&[strings]), helper_b, &[]);
                self.b.switch_to_block(other_b);
                let is_table = self.tag_is(obj, tag::TABLE);
                let tp = self.pay_of(obj);
                let next = self.b.create_block();
                self.b.ins().brif(is_table, next, &[], helper_b, &[]);
                self.b.switch_to_block(next);
                self.b.ins().jump(lookup_b, &args(&[tp]));
                self.b.switch_to_block(lookup_b);
                // The node the name's field cache names, holding a non-nil method.
                let t = Self::table(table);
                if let Some(slot) = self.fast_slot(t, FastKey::Const(ins.arg(0)), helper_b) {
                    let mt = self.b.ins().load(types::I64, mem(), slot, 0);
                    let found = self.b.create_block();
                    self.b.ins().brif(mt, found, &[], helper_b, &[]);
                    self.b.switch_to_block(found);
                    let mp = self.b.ins().load(types::I64, mem(), slot, 8);
                    let args = [mt, mp, self.tag_of(obj), self.pay_of(obj)].map(BlockArg::Value);
                    self.b.ins().jump(join, &args);
                } else {
                    self.b.ins().jump(helper_b, &[]);
                }
                self.b.switch_to_block(helper_b);
                self.b.set_cold_block(helper_b);
                let at = self.rc().sb + self.depth - 1;
                let s = self.slot_addr(at);
                self.store_value(obj, s, 0);
                let (ctx, ipv) = (self.ctx(), self.ip_const(ip));
                let failed = self.call_helper(Helper::Method, &[ctx, s, ipv]).expect("result");
                self.error_if(failed);
                let (m, o) = (self.load_value(s, 0), self.load_value(s, VALUE_SIZE));
                let args = [self.tag_of(m), self.pay_of(m), self.tag_of(o), self.pay_of(o)].map(BlockArg::Value);
                self.b.ins().jump(join, &args);
                self.b.switch_to_block(join);
                let p = self.b.block_params(join).to_vec();
                self.set_top(Self::dynamic(p[0], p[1]));
                self.push(Self::dynamic(p[2], p[3]));
            },
            // `<close>` variables: the helper only for a value that is not nil, and only when
            // a value is registered at or above the slots `Close` closes.
            Op::Tbc => {
                let v = self.peek(0);
                let is_nil = self.tag_is(v, tag::NIL);
                let (slow, done) = (self.b.create_block(), self.b.create_block());
                self.b.set_cold_block(slow);
                self.b.ins().brif(is_nil, done, &[], slow, &[]);
                self.b.switch_to_block(slow);
                self.generic(ins, ip)?;
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            },
            Op::Close => {
                let ctx = self.ctx();
                let top = self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_TBC_TOP);
                let frame = self.frame();
                let level = self.b.ins().iadd_imm_s(frame, ins.arg(0) as i64 * VALUE_SIZE as i64);
                let below = self.b.ins().icmp(IntCC::UnsignedLessThan, top, level);
                let (slow, done) = (self.b.create_block(), self.b.create_block());
                self.b.set_cold_block(slow);
                self.b.ins().brif(below, done, &[], slow, &[]);
                self.b.switch_to_block(slow);
                self.generic(ins, ip)?;
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            },
            Op::Call | Op::TailCall => {
                if inlined {
                    return Err(BackendError::Internal("a call in an inlined callee was not inlined".into()));
                }
                self.call_op(ins, ip, op == Op::TailCall)
            },
            Op::ReturnN => {
                if inlined {
                    return Err(BackendError::Internal("an inlined callee returns several values".into()));
                }
                self.return_n(ins, ip)
            },
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
            },
}

impl<'a, 'f> Translator<'a, 'f> {
    /// An opcode without a translation: its generic helper (`jit::helpers`) on the operands,
    /// stored in their slots of the VM frame (where the interpreter keeps them), which it
    /// replaces by its results.
    fn generic(&mut self, ins: &Instr, ip: GlobalIp) -> Result<(), BackendError> {
        let op = ins.op;
        let unsupported = || BackendError::Unsupported(format!("cranelift has no translation for {}", op.name()));
        let h = Helper::generic_for(op).ok_or_else(unsupported)?;
        let (pops, pushes) = (ins.pops() as usize, ins.pushes() as usize);
        if op.always_saves_pc() {
            self.set_record_ip(ip);
        }
        let mut vals: Vec<V> = (0..pops).map(|_| self.pop()).collect();
        vals.reverse();
        let first = self.rc().sb + self.depth;
        let s = self.slot_addr(first);
        for (k, v) in vals.iter().enumerate() {
            self.store_value(*v, s, k as i32 * VALUE_SIZE);
        }
        let (ctx, ipv) = (self.ctx(), self.ip_const(ip));
        let failed = self.call_helper(h, &[ctx, s, ipv]).expect("result");
        self.error_if(failed);
        for k in 0..pushes {
            let v = self.load_value(s, k as i32 * VALUE_SIZE);
            self.push(v);
        }
        Ok(())
    }
}

impl<'a, 'f> Translator<'a, 'f> {
    /// `#a`: a string's length inline, anything else through the helper (`__len` included).
    fn len_value(&mut self, a: V, ip: GlobalIp) -> V {
        let is_str = self.tag_is(a, tag::STR);
        self.branch_value(
            is_str,
            |t| {
                let p = t.pay_of(a);
                let n = t.b.ins().load(types::I64, mem(), p, offsets::STR_LEN);
                t.int(n)
            },
            |t| {
                let s = t.spill_scratch(&[a]);
                let (ctx, ipv) = (t.ctx(), t.ip_const(ip));
                let failed = t.call_helper(Helper::Len, &[ctx, s, ipv]).expect("result");
                t.error_if(failed);
                Some(t.load_value(s, 0))
            },
        )
    }

    /// `#v` speculated to need no `__len`: a string, or a table without a metatable (else a
    /// deopt before anything ran), so the result is an integer.
    fn len_speculated(&mut self, ip: GlobalIp) {
        self.set_record_ip(ip);
        let a = self.peek(0);
        let is_str = self.tag_is(a, tag::STR);
        let is_tbl = self.tag_is(a, tag::TABLE);
        let p = self.pay_of(a);
        let check_b = self.b.create_block();
        let ok_b = self.b.create_block();
        let fine = self.b.append_block_param(ok_b, types::I8);
        self.b.ins().brif(is_tbl, check_b, &[], ok_b, &args(&[is_str]));
        self.b.switch_to_block(check_b);
        let mt = self.b.ins().load(types::I64, mem(), p, offsets::TABLE_METATABLE);
        let none = self.b.ins().icmp_imm_s(IntCC::Equal, mt, 0);
        self.b.ins().jump(ok_b, &args(&[none]));
        self.b.switch_to_block(ok_b);
        self.guard(fine, DeoptReason::TypeGuard);
        let v = self.len_value(a, ip);
        let n = self.pay_of(v);
        let v = self.int(n);
        self.set_top(v);
    }
}

//! Arithmetic templates: integer and float fast paths (the likelier one inline), mixed
//! operands, division and modulo, shifts, and the generic helper's slow path.

use super::*;

impl Emitter<'_> {
    /// Whether the feedback so far says this operation sees floats rather than integers.
    pub(super) fn floats_likelier(&self, fb: u32) -> bool {
        // The type feedback gathered so far.
        let bits = self.plan.sub.type_fb.get(fb as usize).copied().unwrap_or(0);
        bits & 0x22 != 0 && bits & 0x11 == 0
    }

    /// Generic arithmetic (`Add`, `AddL`, `AddK`, ..., unary operators).
    pub(super) fn arith(&mut self, ins: &Instr, sp: u32, gip: GlobalIp) {
        let op = ins.op;
        let aop = op.arith_op().expect("arithmetic");
        let fb = fb_operand(ins).expect("generic arithmetic has feedback");
        let top = slot(sp - 1);
        let unary = aop.is_unary();
        let (a, b) = if unary {
            (top, Rhs::Mem(top))
        } else {
            match op.rhs_source() {
                RhsSource::Stack => (slot(sp - 2), Rhs::Mem(top)),
                RhsSource::Local => (top, Rhs::Mem(slot(ins.arg(0)))),
                RhsSource::Const => {
                    let b = self.const_rhs(ins.arg(0));
                    (top, b)
                }
            }
        };
        if self.program.subtracts_int_zero(ins) {
            return self.sub_int_zero(a, b, fb, gip);
        }
        match aop {
            ArithOp::Add | ArithOp::Sub | ArithOp::Mul => self.add_sub_mul(aop, a, b, fb, gip),
            ArithOp::Div => self.div(a, b, fb, gip),
            ArithOp::Mod | ArithOp::IDiv => self.int_div_mod(aop, a, b, Some(fb), gip),
            ArithOp::BAnd | ArithOp::BOr | ArithOp::BXor => {
                let slow = self.ops.new_dynamic_label();
                let done = self.ops.new_dynamic_label();
                guard_tags(&mut self.ops, a, b, tag::INT, slow);
                asm!(self.ops; or BYTE [r14 + fb as i32], 0x11);
                rhs_int_to_rcx(&mut self.ops, b);
                match aop {
                    ArithOp::BAnd => asm!(self.ops; and [r12 + a.pay()], rcx),
                    ArithOp::BOr => asm!(self.ops; or [r12 + a.pay()], rcx),
                    _ => asm!(self.ops; xor [r12 + a.pay()], rcx),
                }
                asm!(self.ops; =>done);
                self.arith_slow(aop, a, Some(b), Some(fb), gip, slow, done);
            }
            ArithOp::Unm => {
                let not_int = self.ops.new_dynamic_label();
                let slow = self.ops.new_dynamic_label();
                let done = self.ops.new_dynamic_label();
                asm!(self.ops
                    ; mov rax, [r12 + a.off]
                    ; cmp rax, tag::INT as i32
                    ; jne =>not_int
                    ; or BYTE [r14 + fb as i32], 0x11
                    ; neg QWORD [r12 + a.pay()]
                    ; =>done
                );
                self.cold(move |ops| {
                    asm!(ops
                        ; =>not_int
                        ; cmp rax, tag::FLOAT as i32
                        ; jne =>slow
                        ; or BYTE [r14 + fb as i32], 0x22
                        ; mov rax, QWORD i64::MIN
                        ; xor [r12 + a.pay()], rax
                        ; jmp =>done
                    );
                });
                self.arith_slow(aop, a, None, Some(fb), gip, slow, done);
            }
            ArithOp::Shl | ArithOp::Shr => self.shift(aop, a, b, fb, gip),
            ArithOp::BNot => {
                let slow = self.ops.new_dynamic_label();
                let done = self.ops.new_dynamic_label();
                asm!(self.ops
                    ; cmp QWORD [r12 + a.off], tag::INT as i32
                    ; jne =>slow
                    ; or BYTE [r14 + fb as i32], 0x11
                    ; not QWORD [r12 + a.pay()]
                    ; =>done
                );
                self.arith_slow(aop, a, None, Some(fb), gip, slow, done);
            }
            _ => {
                // `^`: the helper (after recording the operand types).
                let slow = self.ops.new_dynamic_label();
                let done = self.ops.new_dynamic_label();
                asm!(self.ops; jmp =>slow ; =>done);
                self.arith_slow(aop, a, (!unary).then_some(b), Some(fb), gip, slow, done);
            }
        }
    }

    /// The slow path of an arithmetic template: record the operand types, then the generic
    /// helper (which raises Lua's errors), result into `a`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn arith_slow(
        &mut self,
        aop: ArithOp,
        a: Mem,
        b: Option<Rhs>,
        fb: Option<u32>,
        gip: GlobalIp,
        slow: DynamicLabel,
        done: DynamicLabel,
    ) {
        let error = self.error;
        self.cold(move |ops| {
            asm!(ops; =>slow);
            if let Some(fb) = fb {
                record_dynamic(ops, fb, a, b);
            }
            let p = match b {
                Some(b) => pair(ops, a, b),
                None => a,
            };
            asm!(ops
                ;; call(ops, Helper::Arith, &[Arg::Ctx, Arg::Imm(aop as i32), Arg::Addr(p), Arg::Imm(gip.0 as i32)])
                ; test eax, eax
                ; jnz =>error
            );
            copy_value(ops, a, p);
            asm!(ops; jmp =>done);
        });
    }

    /// `+`, `-`, `*`: integer and float fast paths (the likelier one inline).
    /// `a - 0` with the integer constant 0 (`b`): Lua's `a + 0` on numbers (an integer stays,
    /// a float gets `+ 0.0`: `-0.0 - 0` is `0.0`; see `Program::subtracts_int_zero`), the
    /// helper's subtraction otherwise.
    pub(super) fn sub_int_zero(&mut self, a: Mem, b: Rhs, fb: u32, gip: GlobalIp) {
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        let other = self.ops.new_dynamic_label();
        let int_path = move |ops: &mut Ops, miss: DynamicLabel| {
            asm!(ops
                ; cmp QWORD [r12 + a.off], tag::INT as i32
                ; jne =>miss
                ; or BYTE [r14 + fb as i32], 0x11
            );
        };
        let float_path = move |ops: &mut Ops, miss: DynamicLabel| {
            asm!(ops
                ; cmp QWORD [r12 + a.off], tag::FLOAT as i32
                ; jne =>miss
                ; or BYTE [r14 + fb as i32], 0x12
                ; movsd xmm0, QWORD [r12 + a.pay()]
                ; xorpd xmm1, xmm1
                ; addsd xmm0, xmm1
                ; movsd QWORD [r12 + a.pay()], xmm0
            );
        };
        let floats_first = self.floats_likelier(fb);
        self.fast_paths(floats_first, int_path, float_path, [other, slow, done]);
        self.arith_slow(ArithOp::Sub, a, Some(b), Some(fb), gip, slow, done);
    }

    pub(super) fn add_sub_mul(&mut self, aop: ArithOp, a: Mem, b: Rhs, fb: u32, gip: GlobalIp) {
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        let other = self.ops.new_dynamic_label();
        let int_path = move |ops: &mut Ops, miss: DynamicLabel| {
            if !guard_tags(ops, a, b, tag::INT, miss) {
                return;
            }
            asm!(ops; or BYTE [r14 + fb as i32], 0x11 ; mov rax, [r12 + a.pay()]);
            match (aop, b) {
                (ArithOp::Add, Rhs::Int(i)) if i == i as i32 as i64 => asm!(ops; add rax, i as i32),
                (ArithOp::Sub, Rhs::Int(i)) if i == i as i32 as i64 => asm!(ops; sub rax, i as i32),
                (ArithOp::Mul, Rhs::Int(i)) if i == i as i32 as i64 => asm!(ops; imul rax, rax, i as i32),
                _ => {
                    rhs_int_to_rcx(ops, b);
                    match aop {
                        ArithOp::Add => asm!(ops; add rax, rcx),
                        ArithOp::Sub => asm!(ops; sub rax, rcx),
                        _ => asm!(ops; imul rax, rcx),
                    }
                }
            }
            asm!(ops; mov [r12 + a.pay()], rax);
        };
        let float_path = move |ops: &mut Ops, miss: DynamicLabel| {
            if !guard_tags(ops, a, b, tag::FLOAT, miss) {
                return;
            }
            asm!(ops; or BYTE [r14 + fb as i32], 0x22);
            rhs_float_to_xmm1(ops, b);
            // Operand order as the interpreter's (the NaN a two-NaN operation returns: `b`'s
            // for `+`, `a`'s otherwise).
            if aop == ArithOp::Add {
                asm!(ops; addsd xmm1, QWORD [r12 + a.pay()] ; movsd QWORD [r12 + a.pay()], xmm1);
            } else {
                asm!(ops; movsd xmm0, QWORD [r12 + a.pay()]);
                float_op_into(ops, aop);
                asm!(ops; movsd QWORD [r12 + a.pay()], xmm0);
            }
        };
        let floats_first = self.floats_likelier(fb);
        let mixed = self.ops.new_dynamic_label();
        self.fast_paths(floats_first, int_path, float_path, [other, mixed, done]);
        // An integer with a float (`x * 2` on a float `x`): both as floats, still inline.
        self.cold(move |ops| {
            asm!(ops; =>mixed);
            numbers_to_xmm01(ops, a, b, slow);
            record_dynamic(ops, fb, a, Some(b));
            float_op_into(ops, aop);
            asm!(ops
                ; mov QWORD [r12 + a.off], tag::FLOAT as i32
                ; movsd QWORD [r12 + a.pay()], xmm0
                ; jmp =>done
            );
        });
        self.arith_slow(aop, a, Some(b), Some(fb), gip, slow, done);
    }

    /// `<<` and `>>` on integers: a count of 64 or more gives 0, a negative count shifts the
    /// other way (Lua's `luaV_shiftl`).
    pub(super) fn shift(&mut self, aop: ArithOp, a: Mem, b: Rhs, fb: u32, gip: GlobalIp) {
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        let store = self.ops.new_dynamic_label();
        let other_way = self.ops.new_dynamic_label();
        guard_tags(&mut self.ops, a, b, tag::INT, slow);
        asm!(self.ops; or BYTE [r14 + fb as i32], 0x11 ; mov rax, [r12 + a.pay()]);
        rhs_int_to_rcx(&mut self.ops, b);
        asm!(self.ops; cmp rcx, 63 ; ja =>other_way);
        let left = aop == ArithOp::Shl;
        if left {
            asm!(self.ops; shl rax, cl);
        } else {
            asm!(self.ops; shr rax, cl);
        }
        asm!(self.ops; =>store ; mov [r12 + a.pay()], rax ; =>done);
        self.cold(move |ops| {
            // A negative count (or one of 64 and more: zero).
            asm!(ops
                ; =>other_way
                ; neg rcx
                ; cmp rcx, 63
                ; ja >zero
            );
            if left {
                asm!(ops; shr rax, cl);
            } else {
                asm!(ops; shl rax, cl);
            }
            asm!(ops
                ; jmp =>store
                ; zero:
                ; xor eax, eax
                ; jmp =>store
            );
        });
        self.arith_slow(aop, a, Some(b), Some(fb), gip, slow, done);
    }

    /// Lays out an integer and a float fast path: the likelier one inline (falling through to
    /// `done`), the other out of line (entered at `other`); each jumps to its miss label
    /// (`other`, then `slow`) when the tags differ.
    pub(super) fn fast_paths(
        &mut self,
        floats_first: bool,
        int_path: impl FnOnce(&mut Ops, DynamicLabel) + 'static,
        float_path: impl FnOnce(&mut Ops, DynamicLabel) + 'static,
        [other, slow, done]: [DynamicLabel; 3],
    ) {
        if floats_first {
            float_path(&mut self.ops, other);
            asm!(self.ops; =>done);
            self.cold(move |ops| {
                asm!(ops; =>other);
                int_path(ops, slow);
                asm!(ops; jmp =>done);
            });
        } else {
            int_path(&mut self.ops, other);
            asm!(self.ops; =>done);
            self.cold(move |ops| {
                asm!(ops; =>other);
                float_path(ops, slow);
                asm!(ops; jmp =>done);
            });
        }
    }

    /// `/`: numbers of either kind divide as floats.
    pub(super) fn div(&mut self, a: Mem, b: Rhs, fb: u32, gip: GlobalIp) {
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        numbers_to_xmm01(&mut self.ops, a, b, slow);
        record_dynamic(&mut self.ops, fb, a, Some(b));
        asm!(self.ops
            ; divsd xmm0, xmm1
            ; mov QWORD [r12 + a.off], tag::FLOAT as i32
            ; movsd QWORD [r12 + a.pay()], xmm0
            ; =>done
        );
        self.arith_slow(ArithOp::Div, a, Some(b), Some(fb), gip, slow, done);
    }

    /// `//` and `%`: integers inline unless the divisor is 0 or -1 (the helper raises or
    /// handles those), floats inline (`%` through the C-compatible helper).
    pub(super) fn int_div_mod(&mut self, aop: ArithOp, a: Mem, b: Rhs, fb: Option<u32>, gip: GlobalIp) {
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        let not_int = self.ops.new_dynamic_label();
        let typed = fb.is_none();
        if !typed {
            guard_tags(&mut self.ops, a, b, tag::INT, not_int);
        }
        rhs_int_to_rcx(&mut self.ops, b);
        asm!(self.ops
            ; lea rdx, [rcx + 1]
            ; cmp rdx, 1
            ; jbe =>slow
        );
        if let Some(fb) = fb {
            asm!(self.ops; or BYTE [r14 + fb as i32], 0x11);
        }
        asm!(self.ops
            ; mov rax, [r12 + a.pay()]
            ; cqo
            ; idiv rcx
            // Floor: when the remainder is not zero and its sign differs from the divisor's.
            ; test rdx, rdx
            ; jz >exact
            ; mov r8, rdx
            ; xor r8, rcx
            ; jns >exact
        );
        if aop == ArithOp::IDiv {
            asm!(self.ops; dec rax ; exact: ; mov [r12 + a.pay()], rax);
        } else {
            asm!(self.ops; add rdx, rcx ; exact: ; mov [r12 + a.pay()], rdx);
        }
        asm!(self.ops; =>done);
        if let Some(fb) = fb {
            self.cold(move |ops| {
                asm!(ops; =>not_int);
                if !guard_tags(ops, a, b, tag::FLOAT, slow) {
                    return;
                }
                asm!(ops; or BYTE [r14 + fb as i32], 0x22 ; movsd xmm0, QWORD [r12 + a.pay()]);
                rhs_float_to_xmm1(ops, b);
                float_op_into(ops, aop);
                asm!(ops; movsd QWORD [r12 + a.pay()], xmm0 ; jmp =>done);
            });
            self.arith_slow(aop, a, Some(b), Some(fb), gip, slow, done);
        } else {
            // Typed integer operands: only a zero or -1 divisor gets here.
            self.cold(move |ops| asm!(ops; =>not_int ; jmp =>slow));
            self.arith_slow(aop, a, Some(b), None, gip, slow, done);
        }
    }
}

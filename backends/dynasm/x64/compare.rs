//! Comparison templates: integer and float fast paths into a boolean or a branch, the
//! three-way helper otherwise.

use super::*;

impl Emitter<'_> {
    /// A comparison of `a` and `b` into the sink: integer and float fast paths, equality of
    /// same-tagged small values by payload, the helpers otherwise.
    pub(super) fn compare(&mut self, cmp: Compare, a: Mem, b: Rhs, fb: Option<u32>, gip: GlobalIp, sink: Sink) {
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        let other = self.ops.new_dynamic_label();
        let eq = matches!(cmp, Compare::Eq | Compare::Ne);
        let int_path = move |ops: &mut Ops, miss: DynamicLabel| {
            if !guard_tags(ops, a, b, tag::INT, miss) {
                return;
            }
            if let Some(fb) = fb {
                asm!(ops; or BYTE [r14 + fb as i32], 0x11);
            }
            asm!(ops; mov rax, [r12 + a.pay()]);
            match b {
                Rhs::Int(i) if i == i as i32 as i64 => asm!(ops; cmp rax, i as i32),
                _ => {
                    rhs_int_to_rcx(ops, b);
                    asm!(ops; cmp rax, rcx);
                }
            }
            int_flags_into(ops, cmp, sink);
        };
        let float_path = move |ops: &mut Ops, miss: DynamicLabel| {
            if !guard_tags(ops, a, b, tag::FLOAT, miss) {
                return;
            }
            if let Some(fb) = fb {
                asm!(ops; or BYTE [r14 + fb as i32], 0x22);
            }
            asm!(ops; movsd xmm0, QWORD [r12 + a.pay()]);
            rhs_float_to_xmm1(ops, b);
            float_compare_into(ops, cmp, sink);
        };
        let floats_first = fb.is_some_and(|fb| self.floats_likelier(fb));
        self.fast_paths(floats_first, int_path, float_path, [other, slow, done]);
        let error = self.error;
        self.cold(move |ops| {
            asm!(ops; =>slow);
            if let Some(fb) = fb {
                record_dynamic(ops, fb, a, Some(b));
            }
            let p = pair(ops, a, b);
            if eq {
                // (Two distinct tables may call `__eq`.)
                asm!(ops
                    ;; call(ops, Helper::EqualMeta, &[Arg::Ctx, Arg::Addr(p), Arg::Imm(gip.0 as i32)])
                    ; cmp eax, 2
                    ; je =>error
                );
                if cmp == Compare::Ne {
                    asm!(ops; xor eax, 1);
                }
            } else {
                let kind = match cmp {
                    Compare::Lt => compare_kind::LT,
                    Compare::Le => compare_kind::LE,
                    Compare::Gt => compare_kind::GT,
                    _ => compare_kind::GE,
                };
                asm!(ops
                    ;; call(ops, Helper::Compare, &[Arg::Ctx, Arg::Imm(kind as i32), Arg::Addr(p), Arg::Imm(gip.0 as i32)])
                    ; cmp eax, 2
                    ; je =>error
                );
            }
            match sink {
                Sink::Bool(d) => asm!(ops
                    ; mov QWORD [Rq(d.base) + d.off], tag::BOOL as i32
                    ; mov [Rq(d.base) + d.pay()], rax
                ),
                Sink::JumpIfFalse(l) => asm!(ops; test eax, eax ; jz =>l),
            }
            asm!(ops; jmp =>done);
        });
    }
}

//! Branches and loops: jump targets (with their OSR and stress exits), back-edge counting,
//! and the numeric `for` step.

use super::*;

impl Emitter<'_> {
    /// The label a branch at `sub_ip` jumps to when taken: the target itself, or for a
    /// backward branch a stub that counts the back-edge first. `depth`: the operand stack
    /// depth at the target.
    pub(super) fn branch_target(&mut self, target: u32, sub_ip: u32, depth: u32) -> DynamicLabel {
        let t = self.label(target);
        let Some(code) = self.backedge_code(target, sub_ip, depth) else { return t };
        let stub = self.ops.new_dynamic_label();
        self.cold(move |ops| {
            asm!(ops; =>stub);
            code(ops);
            asm!(ops; jmp =>t);
        });
        stub
    }

    /// An unconditional jump (a back-edge is counted).
    pub(super) fn jump(&mut self, target: u32, sub_ip: u32, depth: u32) {
        let t = self.label(target);
        if let Some(code) = self.backedge_code(target, sub_ip, depth) {
            code(&mut self.ops);
        }
        asm!(self.ops; jmp =>t);
    }

    /// For a jump from `sub_ip` back to the loop header `header_sub` (operand stack `depth`
    /// there), when back-edges are counted: the code it runs before jumping, the
    /// `--stress-deopt` countdown (leaving for the interpreter at the header), then the OSR
    /// counter (entering the next tier's code for this loop once it is hot).
    pub(super) fn backedge_code(
        &mut self,
        header_sub: u32,
        sub_ip: u32,
        depth: u32,
    ) -> Option<impl FnOnce(&mut Ops) + 'static> {
        let counted = self.plan.config.tier_up_backedges.is_some() || self.plan.config.stress_deopt > 0;
        if header_sub > sub_ip || !counted {
            return None;
        }
        let header_gip = self.plan.sub.global_ip(SubIp(header_sub)).expect("mapped");
        let stress = self.plan.config.stress_deopt;
        let deopt_id = if stress > 0 {
            let f = &self.program.functions[self.func as usize];
            let frame = FrameState {
                func: self.func,
                ip: SubIp(header_sub),
                base_offset: 0,
                locals: (0..f.locals_count).map(ValueLoc::Frame).collect(),
                stack: (f.locals_count..f.locals_count + depth).map(ValueLoc::Frame).collect(),
                saved_ip: None,
            };
            let id = self.plan.config.deopt_base + self.deopts.len() as u32;
            self.deopts.push(DeoptInfo { reason: DeoptReason::Stress, frames: vec![frame] });
            Some(id)
        } else {
            None
        };
        let osr = self.plan.config.tier_up_backedges;
        let (func, error, epilogue) = (self.func, self.error, self.epilogue);
        Some(move |ops: &mut Ops| {
            if let Some(id) = deopt_id {
                asm!(ops
                    ; sub DWORD [rbx + JitContext::OFF_STRESS_COUNTER], 1
                    ; jnz >no_stress
                    ; mov DWORD [rbx + JitContext::OFF_STRESS_COUNTER], stress as i32
                    ; mov DWORD [rbx + JitContext::OFF_DEOPT_ID], id as i32
                    ; mov eax, Signal::Deopt as i32
                    ; jmp =>epilogue
                    ; no_stress:
                );
            }
            if let Some(n) = osr {
                let off = std::mem::offset_of!(FunctionFeedback, backedge_count) as i32;
                asm!(ops
                    ; mov rax, [rsp + FEEDBACK_SLOT]
                    ; add DWORD [rax + off], 1
                    ; cmp DWORD [rax + off], n as i32
                    ; jb >no_osr
                    ; mov DWORD [rax + off], 0
                    ;; call(ops, Helper::OsrEntry, &[Arg::Ctx, Arg::Imm(func as i32), Arg::Imm(header_gip.0 as i32)])
                    ; cmp rax, 1
                    ; je =>error
                    ; jb >no_osr
                    // The loop goes on in the next tier's code; its outcome is this call's.
                    ; mov rdi, rbx
                    ; mov rsi, r12
                    ; call rax
                    ; jmp =>epilogue
                    ; no_osr:
                );
            }
        })
    }

    pub(super) fn for_loop(&mut self, ins: &Instr, depth: u32) {
        let base = ins.arg(0);
        let (b, lim, step, var) = (slot(base), slot(base + 1), slot(base + 2), slot(base + 3));
        let body = ins.arg(1);
        let taken = self.branch_target(body, ins.ip, depth);
        let int_loop = move |ops: &mut Ops| {
            asm!(ops
                ; mov rax, [r12 + lim.pay()]
                ; test rax, rax
                ; jz >exit
                ; dec rax
                ; mov [r12 + lim.pay()], rax
                ; mov rax, [r12 + b.pay()]
                ; add rax, [r12 + step.pay()]
                ; mov [r12 + b.pay()], rax
                ; mov QWORD [r12 + var.off], tag::INT as i32
                ; mov [r12 + var.pay()], rax
                ; jmp =>taken
                ; exit:
            );
        };
        let float_loop = move |ops: &mut Ops| {
            asm!(ops
                ; movsd xmm0, QWORD [r12 + b.pay()]
                ; movsd xmm2, QWORD [r12 + step.pay()]
                ; addsd xmm0, xmm2
                ; xorpd xmm1, xmm1
                ; ucomisd xmm2, xmm1
                ; jbe >down
                // Up: go on while idx <= limit.
                ; movsd xmm1, QWORD [r12 + lim.pay()]
                ; ucomisd xmm1, xmm0
                ; jae >more
                ; jmp >exit
                ; down:
                ; ucomisd xmm0, QWORD [r12 + lim.pay()]
                ; jb >exit
                ; more:
                ; movsd QWORD [r12 + b.pay()], xmm0
                ; mov QWORD [r12 + var.off], tag::FLOAT as i32
                ; movsd QWORD [r12 + var.pay()], xmm0
                ; jmp =>taken
                ; exit:
            );
        };
        match ins.op {
            Op::ForLoopInt => int_loop(&mut self.ops),
            Op::ForLoopFloat => float_loop(&mut self.ops),
            _ => {
                asm!(self.ops
                    ; cmp QWORD [r12 + step.off], tag::INT as i32
                    ; jne >float
                );
                int_loop(&mut self.ops);
                let next = self.label(ins.next_ip());
                asm!(self.ops; jmp =>next ; float:);
                float_loop(&mut self.ops);
            }
        }
    }
}

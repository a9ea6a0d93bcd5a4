//! The visitor: one arm per opcode, a few lines each over the emitter's families
//! (`arith`, `compare`, `loops`, `calls`, `tables`) and the shared sequences of `masm`.

use super::*;

/// Declares the templates once: `has_template` (what `supports` answers preflight with) and
/// `instr` (the visitor) come from the same arms, so they cannot disagree. An opcode without
/// an arm takes its generic helper path (`Emitter::generic`), or is unsupported.
macro_rules! templates {
    ($this:ident, $ins:ident, $op:ident, $gip:ident, $depth:ident, $sp:ident, $top:ident;
     $( $pat:pat $(if $guard:expr)? => $body:expr, )*) => {
        /// Whether the baseline has a template for `op`.
        pub(crate) fn has_template($op: Op) -> bool {
            match $op {
                $( $pat $(if $guard)? => true, )*
                _ => false,
            }
        }

        impl Emitter<'_> {
            pub(super) fn instr(&mut $this, $ins: &Instr, $gip: GlobalIp, $depth: u32) -> Result<(), BackendError> {
                let $op = $ins.op;
                let $sp = $this.locals + $depth; // first free slot
                let $top = slot($sp.wrapping_sub(1));
                match $op {
                    $( $pat $(if $guard)? => $body, )*
                    _ => return $this.generic($ins, $gip, $sp),
                }
                Ok(())
            }
        }
    };
}

templates! {
    self, ins, op, gip, depth, sp, top;
            Op::Nop | Op::Pop => {},
            Op::SavePc => self.set_record_ip(gip),
            Op::Dup => copy_value(&mut self.ops, slot(sp), top),
            Op::PushDeep => copy_value(&mut self.ops, slot(sp), slot(sp - 1 - ins.arg(0))),
            Op::GetField => self.get_field(ins, top, gip),
            Op::GetIndex => self.get_index(slot(sp - 2), top, gip),
            Op::SetField => self.set_field(ins, slot(sp - 2), top, gip),
            Op::SetIndex => self.set_index(slot(sp - 3), slot(sp - 2), top, gip),
            Op::Swap => {
                let below = slot(sp - 2);
                copy_value(&mut self.ops, SCRATCH_A, below);
                copy_value(&mut self.ops, below, top);
                copy_value(&mut self.ops, top, SCRATCH_A);
            },
            Op::PushNil => store_const(&mut self.ops, slot(sp), Value::NIL),
            Op::PushTrue => store_const(&mut self.ops, slot(sp), Value::TRUE),
            Op::PushFalse => store_const(&mut self.ops, slot(sp), Value::FALSE),
            Op::PushInt => store_const(&mut self.ops, slot(sp), Value::int(ins.arg(0) as i32 as i64)),
            Op::PushConst => self.load_constant(slot(sp), ins.arg(0)),
            Op::GetLocal => copy_value(&mut self.ops, slot(sp), slot(ins.arg(0))),
            Op::SetLocal => copy_value(&mut self.ops, slot(ins.arg(0)), top),
            Op::NewCell | Op::BoxLocal => {
                let src = if op == Op::NewCell { top } else { slot(ins.arg(0)) };
                let dst = slot(ins.arg(0));
                let error = self.error;
                asm!(self.ops
                    ;; call(&mut self.ops, Helper::NewCell, &[Arg::Ctx, Arg::Load(src), Arg::Load(src.with_off(8))])
                    ; test rax, rax
                    ; jz =>error
                    ; mov QWORD [r12 + dst.off], tag::CELL as i32
                    ; mov [r12 + dst.pay()], rax
                );
            },
            Op::GetCell | Op::SetCell | Op::GetUpval | Op::SetUpval => {
                // rax: the cell (a local's, or the running closure's upvalue).
                if matches!(op, Op::GetCell | Op::SetCell) {
                    let cell = slot(ins.arg(0));
                    asm!(self.ops; mov rax, [r12 + cell.pay()]);
                } else {
                    let off = offsets::CLOSURE_UPVALS + 8 * ins.arg(0) as i32;
                    asm!(self.ops
                        ; mov rax, [r12 - 8]
                        ; mov rax, [rax + off]
                    );
                }
                let in_cell = Mem { base: 0, off: offsets::CELL_VALUE };
                if matches!(op, Op::GetCell | Op::GetUpval) {
                    copy_value(&mut self.ops, slot(sp), in_cell);
                } else {
                    copy_value(&mut self.ops, in_cell, top);
                }
            },
            Op::GetGlobal => self.global(ins, slot(sp), gip),
            Op::SetGlobal => self.global(ins, top, gip),
            Op::GetEnv => copy_value(&mut self.ops, slot(sp), Mem { base: RBX, off: JitContext::OFF_ENV }),
            Op::SetEnv => copy_value(&mut self.ops, Mem { base: RBX, off: JitContext::OFF_ENV }, top),
            Op::Closure => {
                self.set_record_ip(gip);
                let out = slot(sp);
                let error = self.error;
                asm!(self.ops
                    ;; call(&mut self.ops, Helper::Closure, &[Arg::Ctx, Arg::Imm(ins.arg(0) as i32), Arg::Frame, Arg::Addr(out)])
                    ; test eax, eax
                    ; jnz =>error
                );
            },
            Op::Len => {
                self.set_record_ip(gip);
                let slow = self.ops.new_dynamic_label();
                let done = self.ops.new_dynamic_label();
                asm!(self.ops
                    ; cmp QWORD [r12 + top.off], tag::STR as i32
                    ; jne =>slow
                    ; mov rax, [r12 + top.pay()]
                    ; mov rax, [rax] // offsets::STR_LEN, 0 (a displacement operand would cost a disp32)
                    ; mov QWORD [r12 + top.off], tag::INT as i32
                    ; mov [r12 + top.pay()], rax
                    ; =>done
                );
                let error = self.error;
                self.cold(move |ops| {
                    asm!(ops
                        ; =>slow
                        ;; call(ops, Helper::Len, &[Arg::Ctx, Arg::Addr(top), Arg::Imm(gip.0 as i32)])
                        ; test eax, eax
                        ; jnz =>error
                        ; jmp =>done
                    );
                });
            },
            Op::Not => {
                let truthy = self.ops.new_dynamic_label();
                asm!(self.ops; xor ecx, ecx);
                jump_if_truthy(&mut self.ops, top, truthy);
                asm!(self.ops
                    ; mov ecx, 1
                    ; =>truthy
                    ; mov QWORD [r12 + top.off], tag::BOOL as i32
                    ; mov [r12 + top.pay()], rcx
                );
            },
            Op::AddInt | Op::SubInt | Op::MulInt => {
                let a = slot(sp - 2);
                asm!(self.ops; mov rax, [r12 + a.pay()]);
                match op {
                    Op::AddInt => asm!(self.ops; add rax, [r12 + top.pay()]),
                    Op::SubInt => asm!(self.ops; sub rax, [r12 + top.pay()]),
                    _ => asm!(self.ops; imul rax, [r12 + top.pay()]),
                }
                asm!(self.ops; mov [r12 + a.pay()], rax);
            },
            Op::UnmInt => asm!(self.ops; neg QWORD [r12 + top.pay()]),
            Op::IDivInt | Op::ModInt => {
                let a = slot(sp - 2);
                let aop = if op == Op::IDivInt { ArithOp::IDiv } else { ArithOp::Mod };
                self.int_div_mod(aop, a, Rhs::Mem(top), None, gip);
            },
            Op::AddFloat | Op::SubFloat | Op::MulFloat | Op::DivFloat | Op::ModFloat | Op::IDivFloat | Op::PowFloat => {
                let a = slot(sp - 2);
                asm!(self.ops; movsd xmm0, QWORD [r12 + a.pay()] ; movsd xmm1, QWORD [r12 + top.pay()]);
                float_op_into(&mut self.ops, op.arith_op().expect("arithmetic"));
                asm!(self.ops; movsd QWORD [r12 + a.pay()], xmm0);
            },
            Op::UnmFloat => {
                asm!(self.ops
                    ; mov rax, QWORD i64::MIN
                    ; xor [r12 + top.pay()], rax
                );
            },
            _ if op.arith_op().is_some() => self.arith(ins, sp, gip),
            Op::Eq | Op::Ne | Op::Lt | Op::Le | Op::Gt | Op::Ge => {
                let cmp = op.compare().expect("a comparison");
                let a = slot(sp - 2);
                self.compare(cmp, a, Rhs::Mem(top), Some(ins.arg(0)), gip, Sink::Bool(a));
            },
            Op::EqInt | Op::NeInt | Op::LtInt | Op::LeInt | Op::GtInt | Op::GeInt => {
                let cmp = op.compare().expect("a comparison");
                let a = slot(sp - 2);
                asm!(self.ops; mov rax, [r12 + a.pay()] ; cmp rax, [r12 + top.pay()]);
                int_flags_into(&mut self.ops, cmp, Sink::Bool(a));
            },
            Op::EqFloat | Op::NeFloat | Op::LtFloat | Op::LeFloat | Op::GtFloat | Op::GeFloat => {
                let cmp = op.compare().expect("a comparison");
                let a = slot(sp - 2);
                asm!(self.ops; movsd xmm0, QWORD [r12 + a.pay()] ; movsd xmm1, QWORD [r12 + top.pay()]);
                float_compare_into(&mut self.ops, cmp, Sink::Bool(a));
            },
            Op::Jump => {
                let t = ins.arg(0);
                self.jump(t, ins.ip, depth);
            },
            Op::JumpIfFalse | Op::JumpIfTrue => {
                let t = ins.arg(0);
                let taken = self.branch_target(t, ins.ip, depth - 1);
                if op == Op::JumpIfTrue {
                    jump_if_truthy(&mut self.ops, top, taken);
                } else {
                    let next = self.label(ins.next_ip());
                    jump_if_truthy(&mut self.ops, top, next);
                    asm!(self.ops; jmp =>taken);
                }
            },
            _ if op.branch_compare().is_some() => {
                let cmp = op.branch_compare().expect("a compare");
                let src = op.rhs_source();
                let fb = fb_operand(ins);
                let target = *ins.operands().last().expect("a target");
                let (a, b) = match src {
                    RhsSource::Stack => (slot(sp - 2), Rhs::Mem(top)),
                    RhsSource::Local => (top, Rhs::Mem(slot(ins.arg(0)))),
                    RhsSource::Const => {
                        let b = self.const_rhs(ins.arg(0));
                        (top, b)
                    }
                };
                let after = depth - if src == RhsSource::Stack { 2 } else { 1 };
                let taken = self.branch_target(target, ins.ip, after);
                self.compare(cmp, a, b, fb, gip, Sink::JumpIfFalse(taken));
            },
            Op::ForPrep | Op::ForPrepInt | Op::ForPrepFloat => {
                self.set_record_ip(gip);
                let init = slot(sp - 3);
                let state = slot(ins.arg(0));
                let exit = self.label(ins.arg(1));
                let error = self.error;
                asm!(self.ops
                    ;; call(&mut self.ops, Helper::ForPrep, &[Arg::Ctx, Arg::Addr(init), Arg::Addr(state), Arg::Imm(gip.0 as i32)])
                    ; test eax, eax
                    ; jz =>exit
                    ; cmp eax, 2
                    ; je =>error
                );
            },
            Op::ForLoop | Op::ForLoopInt | Op::ForLoopFloat => self.for_loop(ins, depth),
            Op::Method => {
                // A table's or a string's method inline; anything else through the helper,
                // which writes the method and the receiver in place.
                let slow = self.ops.new_dynamic_label();
                let done = self.ops.new_dynamic_label();
                self.method(top, slot(sp), ins.arg(0), gip, slow);
                asm!(self.ops; =>done);
                let error = self.error;
                self.cold(move |ops| {
                    asm!(ops
                        ; =>slow
                        ;; call(ops, Helper::Method, &[Arg::Ctx, Arg::Addr(top), Arg::Imm(gip.0 as i32)])
                        ; test eax, eax
                        ; jnz =>error
                        ; jmp =>done
                    );
                });
            },
            // `<close>` variables: the helper only for a value that is not nil, and only when
            // a value is registered at or above the slots `Close` closes.
            Op::Tbc => {
                let skip = self.ops.new_dynamic_label();
                let v = slot(sp - 1);
                asm!(self.ops
                    ; cmp QWORD [r12 + v.off], tag::NIL as i32
                    ; je =>skip
                );
                self.generic(ins, gip, sp)?;
                asm!(self.ops; =>skip);
            },
            Op::Close => {
                let skip = self.ops.new_dynamic_label();
                let level = slot(ins.arg(0));
                asm!(self.ops
                    ; mov rax, [rbx + JitContext::OFF_TBC_TOP]
                    ; lea rcx, [r12 + level.off]
                    ; cmp rax, rcx
                    ; jb =>skip
                );
                self.generic(ins, gip, sp)?;
                asm!(self.ops; =>skip);
            },
            Op::Call | Op::TailCall => self.call(ins, gip, sp),
            Op::ReturnN => {
                let epilogue = self.epilogue;
                asm!(self.ops
                    ;; call(&mut self.ops, Helper::ReturnValues, &[Arg::Ctx, Arg::Addr(slot(sp - ins.arg(0))), Arg::Imm(gip.0 as i32)])
                    ; sub DWORD [rbx + JitContext::OFF_DEPTH], 1
                    ; xor eax, eax
                    ; jmp =>epilogue
                );
            },
            Op::Return0 | Op::Return1 => {
                // The result goes where the callee was.
                let dst = slot(0).with_off(-16);
                if op == Op::Return1 {
                    copy_value(&mut self.ops, dst, top);
                } else {
                    store_const(&mut self.ops, dst, Value::NIL);
                }
                let epilogue = self.epilogue;
                asm!(self.ops
                    ; mov DWORD [rbx + JitContext::OFF_NRES], (op == Op::Return1) as i32
                    ; sub DWORD [rbx + JitContext::OFF_DEPTH], 1
                    ; xor eax, eax
                    ; jmp =>epilogue
                );
            },
}

impl Emitter<'_> {
    /// An opcode without a template: its generic helper (`jit::helpers`) on the operands in
    /// the frame, which it replaces by its results; an error leaves through the error exit.
    fn generic(&mut self, ins: &Instr, gip: GlobalIp, sp: u32) -> Result<(), BackendError> {
        let op = ins.op;
        let h = Helper::generic_for(op)
            .ok_or_else(|| BackendError::Unsupported(format!("dynasm has no template for {}", op.name())))?;
        if op.always_saves_pc() {
            self.set_record_ip(gip);
        }
        let first = slot(sp - ins.pops());
        call(&mut self.ops, h, &[Arg::Ctx, Arg::Addr(first), Arg::Imm(gip.0 as i32)]);
        self.fail_if_nonzero();
        Ok(())
    }
}

/// The index of an instruction's type-feedback operand's slot.
pub(super) fn fb_operand(ins: &Instr) -> Option<u32> {
    ins.op.info().operands.iter().position(|k| *k == OperandKind::TypeFb).map(|i| ins.arg(i))
}

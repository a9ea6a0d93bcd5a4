//! Calls: call feedback, the function table's entry for closures, builtins and the generic
//! helper, tail calls and the signals a callee returns.

use super::*;

impl Emitter<'_> {
    pub(super) fn call(&mut self, ins: &Instr, gip: GlobalIp, sp: u32) {
        let (argc, flags, site_index) = (ins.arg(0), ins.arg(1), ins.arg(2));
        let tail = ins.op == Op::TailCall;
        let c = sp - argc - 1;
        let callee = slot(c);
        let args = slot(c + 1);
        let pos = c - self.locals;
        let site = (site_index as usize * std::mem::size_of::<CallSite>()) as i32;
        let (error, epilogue) = (self.error, self.epilogue);
        if flags & call_flags::MULTI_ARG != 0 {
            asm!(self.ops
                ; mov eax, [rbx + JitContext::OFF_NRES]
                ; add eax, argc as i32 - 1
            );
        } else {
            asm!(self.ops; mov eax, argc as i32);
        }
        asm!(self.ops; mov [rbx + JitContext::OFF_NARGS], eax);
        self.set_record_ip(gip);
        let generic = self.ops.new_dynamic_label();
        let record = self.ops.new_dynamic_label();
        let recorded = self.ops.new_dynamic_label();
        asm!(self.ops
            ; cmp QWORD [r12 + callee.off], tag::CLOSURE as i32
            ; jne =>generic
            ; mov rcx, [r12 + callee.pay()]
            ; mov edx, [rcx] // offsets::CLOSURE_PROTO, 0
            // Call feedback: the monomorphic case inline.
            ; cmp DWORD [r15 + site], 1
            ; jne =>record
            ; cmp [r15 + site + 4], edx
            ; jne =>record
            ; =>recorded
        );
        self.cold(move |ops| {
            asm!(ops
                ; =>record
                ;; call(ops, Helper::RecordTarget, &[Arg::Addr(Mem { base: R15, off: site }), Arg::Reg(RDX)])
                ; mov rcx, [r12 + callee.pay()]
                ; mov edx, [rcx] // offsets::CLOSURE_PROTO, 0
                ; jmp =>recorded
            );
        });
        // The call helper on the callee and `ctx.nargs` arguments (errors to `error`).
        let call_helper = move |ops: &mut Ops| {
            asm!(ops
                ;; call(ops, Helper::Call, &[
                    Arg::Ctx,
                    Arg::Addr(callee),
                    Arg::Load(Mem { base: RBX, off: JitContext::OFF_NARGS }),
                    Arg::Imm(pos as i32),
                    Arg::Imm(gip.0 as i32),
                ])
                ; test eax, eax
                ; jnz =>error
            );
        };
        // The generic path: builtins, and values that cannot be called (the helper raises).
        let generic_call = move |ops: &mut Ops| {
            asm!(ops
                ; =>generic
                ;; call(ops, Helper::RecordCallee, &[Arg::Addr(Mem { base: R15, off: site }), Arg::Addr(callee)])
                ;; call_helper(ops)
            );
        };
        if tail {
            // A closure runs in place of this frame: callee and arguments move down to
            // frame[-1..] (further down for a vararg frame; with a result pack, however
            // many there are), the record is popped and the caller performs the call.
            if self.program.functions[self.func as usize].is_vararg {
                call(&mut self.ops, Helper::TailArgs, &[Arg::Ctx, Arg::Addr(callee)]);
            } else {
                // A pack of one value (the usual `return f(g(x))`) is its static slot.
                let moved = self.ops.new_dynamic_label();
                if flags & call_flags::MULTI_ARG != 0 {
                    let pack = self.ops.new_dynamic_label();
                    asm!(self.ops
                        ; cmp DWORD [rbx + JitContext::OFF_NRES], 1
                        ; jne =>pack
                    );
                    self.cold(move |ops| {
                        asm!(ops
                            ; =>pack
                            ;; call(ops, Helper::TailArgs, &[Arg::Ctx, Arg::Addr(callee)])
                            ; jmp =>moved
                        );
                    });
                }
                for k in 0..=argc {
                    copy_value(&mut self.ops, slot(k).with_off(-16), slot(c + k));
                }
                asm!(self.ops; =>moved);
            }
            asm!(self.ops
                ; sub DWORD [rbx + JitContext::OFF_DEPTH], 1
                ; mov eax, Signal::TailCall as i32
                ; jmp =>epilogue
            );
            self.cold(move |ops| {
                // A value with `__call` whose metamethod is a closure: handed back like one
                // (the helper moved it down); a builtin is called here, and its results are
                // this function's.
                let hand_back = ops.new_dynamic_label();
                asm!(ops
                    ; =>generic
                    ;; call(ops, Helper::RecordCallee, &[Arg::Addr(Mem { base: R15, off: site }), Arg::Addr(callee)])
                    ;; call(ops, Helper::TailResolve, &[
                        Arg::Ctx,
                        Arg::Addr(callee),
                        Arg::Load(Mem { base: RBX, off: JitContext::OFF_NARGS }),
                    ])
                    ; cmp eax, Signal::TailCall as i32
                    ; je =>hand_back
                    ; test eax, eax
                    ; jnz =>error
                    ;; call_helper(ops)
                    ;; call(ops, Helper::ReturnValues, &[Arg::Ctx, Arg::Addr(callee), Arg::Imm(gip.0 as i32)])
                    ; sub DWORD [rbx + JitContext::OFF_DEPTH], 1
                    ; xor eax, eax
                    ; jmp =>epilogue
                    ; =>hand_back
                    ; sub DWORD [rbx + JitContext::OFF_DEPTH], 1
                    ; mov eax, Signal::TailCall as i32
                    ; jmp =>epilogue
                );
            });
            return;
        }
        let after = self.ops.new_dynamic_label();
        let returned = self.ops.new_dynamic_label();
        asm!(self.ops
            ; mov rax, [rbx + JitContext::OFF_FUNCTIONS]
            ; imul rdx, rdx, fn_entry_offsets::SIZE
            ; mov rax, [rax + rdx + fn_entry_offsets::ENTRY]
            ; mov rdi, rbx
            ; lea rsi, [r12 + args.off]
            ; call rax
            ; test eax, eax
            ; jnz =>after
            ; =>returned
        );
        self.cold(move |ops| {
            // Tail calls handed back, deopted callees, errors.
            asm!(ops
                ; =>after
                ;; call(ops, Helper::AfterCall, &[Arg::Ctx, Arg::Reg(RAX), Arg::Addr(callee)])
                ; test eax, eax
                ; jnz =>error
                ; jmp =>returned
            );
            generic_call(ops);
            asm!(ops; jmp =>returned);
        });
    }
}

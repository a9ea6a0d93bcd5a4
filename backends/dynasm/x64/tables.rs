//! Table templates: reads and stores of `t.name` with a constant key looked up at the node
//! its inline cache names (`VmState::name_cache`), and of `t[i]` on the array part, inline (a store only into a present key, as
//! Lua's fast path); everything else (a miss, another receiver, a key elsewhere in
//! its chain) through the opcode's generic helper, which also saves the pc where Lua does.

use super::*;
use crate::runtime::string::MAX_SHORT_LEN;
use crate::state::abi::{field_hint, global_hint};

impl Emitter<'_> {
    /// The generic helper of `ins` on the operands starting at `first`, as the slow path of
    /// an inline fast path that ends at `done`.
    fn table_slow_path(&mut self, h: Helper, first: Mem, gip: GlobalIp, slow: DynamicLabel, done: DynamicLabel) {
        let error = self.error;
        self.cold(move |ops| {
            asm!(ops
                ; =>slow
                ;; call(ops, h, &[Arg::Ctx, Arg::Addr(first), Arg::Imm(gip.0 as i32)])
                ; test eax, eax
                ; jnz =>error
                ; jmp =>done
            );
        });
    }

    /// Whether constant `k` is a string that is interned (what `t.name` keys are), so a
    /// node holding it can be recognized by pointer.
    fn is_short_key(&self, k: u32) -> bool {
        matches!(self.constant(k), Constant::Str(s) if s.len() <= MAX_SHORT_LEN)
    }

    /// Leaves in `rdx` the node of the table `obj` that constant key `k`'s field cache
    /// names, jumping to `miss` unless `obj` is a table and that node holds the key.
    fn node_of_constant_key(&mut self, obj: Mem, k: u32, miss: DynamicLabel) {
        asm!(self.ops
            ; cmp QWORD [r12 + obj.off], tag::TABLE as i32
            ; jne =>miss
            ; mov rax, [r12 + obj.pay()]
        );
        self.load_hint(field_hint(k));
        self.node_holding_key(k, miss);
    }

    /// Loads inline-cache entry `entry` (a node index: see `VmState::name_cache`) into `r8d`.
    fn load_hint(&mut self, entry: u32) {
        asm!(self.ops
            ; mov r8, [rbx + JitContext::OFF_NAME_CACHE]
            ; mov r8d, [r8 + (entry as i32) * 4]
        );
    }

    /// Leaves in `rdx` the node of the table in `rax` at position `r8d` (masked to the node
    /// count), jumping to `miss` unless that node holds constant key `k` (an interned string,
    /// compared by pointer).
    fn node_holding_key(&mut self, k: u32, miss: DynamicLabel) {
        asm!(self.ops
            ; mov r9, [rbx + JitContext::OFF_CONSTANTS]
            ; mov r9, [r9 + (k as i32) * 16 + 8]
            ; movzx ecx, BYTE [rax + offsets::TABLE_LSIZENODE]
            ; mov edx, 1
            ; shl edx, cl
            ; sub edx, 1
            ; and edx, r8d
            ; shl rdx, 5
            ; add rdx, [rax + offsets::TABLE_NODE]
            ; cmp DWORD [rdx + offsets::NODE_KEY_TAG], tag::STR as i32
            ; jne =>miss
            ; cmp [rdx + offsets::NODE_KEY_PAYLOAD], r9
            ; jne =>miss
        );
    }

    /// `GetGlobal k` / `SetGlobal k` (`at`: the pushed value's slot, or the stored value's):
    /// the node the name's inline cache names in the environment table, when it holds the
    /// name and a non-nil value; anything else through the generic helper.
    pub(super) fn global(&mut self, ins: &Instr, at: Mem, gip: GlobalIp) {
        let k = ins.arg(0);
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        if self.is_short_key(k) {
            asm!(self.ops
                ; cmp QWORD [rbx + JitContext::OFF_ENV], tag::TABLE as i32
                ; jne =>slow
                ; mov rax, [rbx + JitContext::OFF_ENV + 8]
            );
            self.load_hint(global_hint(k));
            self.node_holding_key(k, slow);
            asm!(self.ops
                ; mov r10, [rdx + offsets::NODE_VAL]
                ; test r10, r10
                ; jz =>slow
            );
            if ins.op == Op::GetGlobal {
                asm!(self.ops
                    ; mov [r12 + at.off], r10
                    ; mov r10, [rdx + offsets::NODE_VAL + 8]
                    ; mov [r12 + at.pay()], r10
                );
            } else {
                asm!(self.ops
                    ; mov r10, [r12 + at.off]
                    ; mov [rdx + offsets::NODE_VAL], r10
                    ; mov r10, [r12 + at.pay()]
                    ; mov [rdx + offsets::NODE_VAL + 8], r10
                );
            }
            asm!(self.ops; =>done);
        } else {
            asm!(self.ops; jmp =>slow ; =>done);
        }
        let h = if ins.op == Op::GetGlobal { Helper::GetGlobal } else { Helper::SetGlobal };
        self.table_slow_path(h, at, gip, slow, done);
    }

    /// Leaves in `rcx` the address of `t[key]` in the array part of table `obj`, jumping to
    /// `miss` unless `obj` is a table, `key` an integer below the array's size hint.
    fn array_slot(&mut self, obj: Mem, key: Mem, miss: DynamicLabel) {
        asm!(self.ops
            ; cmp QWORD [r12 + obj.off], tag::TABLE as i32
            ; jne =>miss
            ; cmp QWORD [r12 + key.off], tag::INT as i32
            ; jne =>miss
            ; mov rax, [r12 + obj.pay()]
            ; mov rcx, [r12 + key.pay()]
            ; sub rcx, 1
            ; mov edx, DWORD [rax + offsets::TABLE_ALIMIT]
            ; cmp rcx, rdx
            ; jae =>miss
            ; shl rcx, 4
            ; add rcx, [rax + offsets::TABLE_ARRAY]
        );
    }

    /// `Method k` (the receiver in `obj`): the method from the node at the name's main
    /// position in the receiver (a table) or in the string library's table (a string) into
    /// `obj`, the receiver into `above`, falling through; to `miss` otherwise.
    /// (A string's lookup goes through its metatable in Lua, which saves the pc.)
    pub(super) fn method(&mut self, obj: Mem, above: Mem, k: u32, gip: GlobalIp, miss: DynamicLabel) {
        if !self.is_short_key(k) {
            asm!(self.ops; jmp =>miss);
            return;
        }
        let lookup = self.ops.new_dynamic_label();
        let not_str = self.ops.new_dynamic_label();
        asm!(self.ops
            ; cmp QWORD [r12 + obj.off], tag::STR as i32
            ; jne =>not_str
            ; mov DWORD [r13 + frame_offsets::IP], gip.0 as i32
            ; mov rax, [rbx + JitContext::OFF_STRINGS]
            ; test rax, rax
            ; jz =>miss
            ; jmp =>lookup
            ; =>not_str
            ; cmp QWORD [r12 + obj.off], tag::TABLE as i32
            ; jne =>miss
            ; mov rax, [r12 + obj.pay()]
            ; =>lookup
        );
        self.load_hint(field_hint(k));
        self.node_holding_key(k, miss);
        asm!(self.ops
            ; cmp QWORD [rdx + offsets::NODE_VAL], 0
            ; je =>miss
        );
        copy_value(&mut self.ops, above, obj);
        asm!(self.ops
            ; mov r10, [rdx + offsets::NODE_VAL]
            ; mov [r12 + obj.off], r10
            ; mov r10, [rdx + offsets::NODE_VAL + 8]
            ; mov [r12 + obj.pay()], r10
        );
    }

    /// `SetField k` into a key already present (Lua's fast store: the node holds the key
    /// and a non-nil value); adding a key takes the helper.
    pub(super) fn set_field(&mut self, ins: &Instr, obj: Mem, val: Mem, gip: GlobalIp) {
        let k = ins.arg(0);
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        if self.is_short_key(k) {
            self.node_of_constant_key(obj, k, slow);
            asm!(self.ops
                ; cmp QWORD [rdx + offsets::NODE_VAL], 0
                ; je =>slow
                ; mov r10, [r12 + val.off]
                ; mov [rdx + offsets::NODE_VAL], r10
                ; mov r10, [r12 + val.pay()]
                ; mov [rdx + offsets::NODE_VAL + 8], r10
                ; =>done
            );
        } else {
            asm!(self.ops; jmp =>slow ; =>done);
        }
        self.table_slow_path(Helper::SetField, obj, gip, slow, done);
    }

    /// `SetIndex` into a present array element (integer key below the size hint, non-nil
    /// value there).
    pub(super) fn set_index(&mut self, obj: Mem, key: Mem, val: Mem, gip: GlobalIp) {
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        self.array_slot(obj, key, slow);
        asm!(self.ops
            ; cmp QWORD [rcx], 0
            ; je =>slow
            ; mov r10, [r12 + val.off]
            ; mov [rcx], r10
            ; mov r10, [r12 + val.pay()]
            ; mov [rcx + 8], r10
            ; =>done
        );
        self.table_slow_path(Helper::SetIndex, obj, gip, slow, done);
    }

    /// `GetField k`: a table whose node the key's field cache names holds the key (an
    /// interned string, so compared by pointer) and a non-nil value.
    pub(super) fn get_field(&mut self, ins: &Instr, top: Mem, gip: GlobalIp) {
        let k = ins.arg(0);
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        if self.is_short_key(k) {
            self.node_of_constant_key(top, k, slow);
            asm!(self.ops
                ; mov r10, [rdx + offsets::NODE_VAL]
                ; test r10, r10
                ; jz =>slow
                ; mov [r12 + top.off], r10
                ; mov r10, [rdx + offsets::NODE_VAL + 8]
                ; mov [r12 + top.pay()], r10
                ; =>done
            );
        } else {
            asm!(self.ops; jmp =>slow ; =>done);
        }
        self.table_slow_path(Helper::GetField, top, gip, slow, done);
    }

    /// `GetIndex`: an integer key inside the array part's size hint (`alimit`: beyond it,
    /// Lua's lookup may move the hint, which `#` depends on) with a non-nil value.
    pub(super) fn get_index(&mut self, obj: Mem, key: Mem, gip: GlobalIp) {
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        self.array_slot(obj, key, slow);
        asm!(self.ops
            ; mov r10, [rcx]
            ; test r10, r10
            ; jz =>slow
            ; mov [r12 + obj.off], r10
            ; mov r10, [rcx + 8]
            ; mov [r12 + obj.pay()], r10
            ; =>done
        );
        self.table_slow_path(Helper::GetIndex, obj, gip, slow, done);
    }
}

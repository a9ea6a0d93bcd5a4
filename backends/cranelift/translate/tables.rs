//! Table reads and stores: `t.name` (and globals) with a constant key looked up at the node
//! its inline cache names (`VmState::name_cache`), and `t[i]` on the array part, inline (a store only into a present key, as Lua's fast path);
//! anything else (a miss, another receiver, a key elsewhere in its chain, a new key) through
//! the opcode's generic helper, which also saves the pc where Lua does.

use super::*;
use crate::runtime::string::MAX_SHORT_LEN;
use crate::state::abi::{field_hint, global_hint};

/// The key of an inline table access.
#[derive(Clone, Copy)]
pub(super) enum FastKey {
    /// Program constant `k` as a field name (`t.name`, `o:name()`), looked for where its
    /// field cache says.
    Const(u32),
    /// Program constant `k` as a global name, looked for where its global cache says.
    Cached(u32),
    /// A value on the stack (`t[i]`).
    Value(V),
}

impl FastKey {
    /// The key of a `GetField`/`SetField` (its constant) or `GetIndex`/`SetIndex`.
    fn of(ins: &Instr, key: Option<V>) -> FastKey {
        key.map_or(FastKey::Const(ins.arg(0)), FastKey::Value)
    }
}

impl<'a, 'f> Translator<'a, 'f> {
    /// Goes on in a fresh block if `ok`, else to `miss`.
    fn check_or(&mut self, ok: Cv, miss: Block) {
        let next = self.b.create_block();
        self.b.ins().brif(ok, next, &[], miss, &[]);
        self.b.switch_to_block(next);
    }

    /// The address of `obj[key]`'s value where the fast path finds it: the node at a
    /// constant string key's inline cache names, or the array element of an integer key below
    /// the size hint. Any other case jumps to `miss`; `None` when the key can never take the
    /// fast path.
    pub(super) fn fast_slot(&mut self, obj: V, key: FastKey, miss: Block) -> Option<Cv> {
        let is_table = self.tag_is(obj, tag::TABLE);
        self.check_or(is_table, miss);
        let tbl = self.pay_of(obj);
        match key {
            FastKey::Const(k) | FastKey::Cached(k) => {
                if !matches!(&self.program.constants[k as usize], Constant::Str(s) if s.len() <= MAX_SHORT_LEN) {
                    return None;
                }
                // The node the name's inline cache names, masked so any hint is in bounds.
                let entry = if let FastKey::Const(_) = key { field_hint(k) } else { global_hint(k) };
                let lsize = self.b.ins().uload8(types::I64, mem(), tbl, offsets::TABLE_LSIZENODE);
                let one = self.iconst(1);
                let size = self.b.ins().ishl(one, lsize);
                let mask = self.b.ins().iadd_imm_s(size, -1);
                let ctx = self.ctx();
                let cache = self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_NAME_CACHE);
                let hint = self.b.ins().uload32(mem(), cache, entry as i32 * 4);
                let mp = self.b.ins().band(mask, hint);
                let off = self.b.ins().ishl_imm_s(mp, 5);
                let nodes = self.b.ins().load(types::I64, mem(), tbl, offsets::TABLE_NODE);
                let node = self.b.ins().iadd(nodes, off);
                let key_tag = self.b.ins().uload32(mem(), node, offsets::NODE_KEY_TAG);
                let is_str = self.b.ins().icmp_imm_s(IntCC::Equal, key_tag, tag::STR as i64);
                self.check_or(is_str, miss);
                let have = self.b.ins().load(types::I64, mem(), node, offsets::NODE_KEY_PAYLOAD);
                let constants = self.constants.expect("prologue");
                let want = self.b.ins().load(types::I64, mem(), constants, k as i32 * VALUE_SIZE + 8);
                let same = self.b.ins().icmp(IntCC::Equal, have, want);
                self.check_or(same, miss);
                Some(self.b.ins().iadd_imm_s(node, offsets::NODE_VAL as i64))
            }
            FastKey::Value(key) => {
                let is_int = self.tag_is(key, tag::INT);
                self.check_or(is_int, miss);
                let k = self.pay_of(key);
                let k1 = self.b.ins().iadd_imm_s(k, -1);
                let alimit = self.b.ins().uload32(mem(), tbl, offsets::TABLE_ALIMIT);
                let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, k1, alimit);
                self.check_or(inside, miss);
                let array = self.b.ins().load(types::I64, mem(), tbl, offsets::TABLE_ARRAY);
                let off = self.b.ins().ishl_imm_s(k1, 4);
                Some(self.b.ins().iadd(array, off))
            }
        }
    }

    /// Jumps to `join` with `obj[key]` where the fast path finds it holding a non-nil value;
    /// to `slow_b` otherwise.
    fn fast_load(&mut self, obj: V, key: FastKey, slow_b: Block, join: Block) {
        match self.fast_slot(obj, key, slow_b) {
            Some(at) => {
                let t = self.b.ins().load(types::I64, mem(), at, 0);
                self.check_or(t, slow_b);
                let p = self.b.ins().load(types::I64, mem(), at, 8);
                self.b.ins().jump(join, &args(&[t, p]));
            }
            None => {
                self.b.ins().jump(slow_b, &[]);
            }
        }
    }

    /// Stores `val` into `obj[key]` and jumps to `done` where the fast path finds the key
    /// holding a non-nil value (Lua's fast store); to `slow_b` otherwise.
    fn fast_store(&mut self, obj: V, key: FastKey, val: V, slow_b: Block, done: Block) {
        match self.fast_slot(obj, key, slow_b) {
            Some(at) => {
                let t = self.b.ins().load(types::I64, mem(), at, 0);
                self.check_or(t, slow_b);
                self.store_value(val, at, 0);
                self.b.ins().jump(done, &[]);
            }
            None => {
                self.b.ins().jump(slow_b, &[]);
            }
        }
    }

    /// The slow path: the operands in their VM frame slots, the generic helper on them;
    /// returns the frame address of the first operand (where results are).
    fn table_helper(&mut self, ins: &Instr, operands: &[V], ip: GlobalIp) -> Cv {
        let first = self.rc().sb + self.depth - ins.pops();
        let s = self.slot_addr(first);
        for (k, v) in operands.iter().enumerate() {
            self.store_value(*v, s, k as i32 * VALUE_SIZE);
        }
        let (ctx, ipv) = (self.ctx(), self.ip_const(ip));
        let h = Helper::generic_for(ins.op).expect("table opcodes have a generic helper");
        let failed = self.call_helper(h, &[ctx, s, ipv]).expect("result");
        self.error_if(failed);
        s
    }

    /// The operands of `ins` (popped ones, deepest first) and its key operand, if on the stack.
    fn table_operands(&mut self, ins: &Instr) -> (Vec<V>, Option<V>) {
        let operands: Vec<V> = (0..ins.pops()).rev().map(|k| self.peek(k)).collect();
        let key = matches!(ins.op, Op::GetIndex | Op::SetIndex).then(|| operands[1]);
        (operands, key)
    }

    /// `GetField k` / `GetIndex`: the value when present (non-nil), else the helper.
    pub(super) fn table_get(&mut self, ins: &Instr, ip: GlobalIp) {
        let (operands, key) = self.table_operands(ins);
        let slow_b = self.b.create_block();
        let (join, jt, jp) = self.value_join();
        self.fast_load(operands[0], FastKey::of(ins, key), slow_b, join);
        self.cold_slow_path(slow_b, join, |t| {
            // The raw lookup first (no Lua code runs: nothing to store for the collector);
            // `__index`, a userdata or another non-table takes the generic helper.
            let first = t.rc().sb + t.depth - ins.pops();
            let s = t.slot_addr(first);
            for (k, v) in operands.iter().enumerate() {
                t.store_value(*v, s, k as i32 * VALUE_SIZE);
            }
            let generic_b = t.b.create_block();
            if ins.op == Op::GetField {
                // A host type's field: straight to the generic helper, which reads it.
                let raw_b = t.b.create_block();
                let is_ud = t.tag_is(operands[0], tag::USERDATA);
                t.b.ins().brif(is_ud, generic_b, &[], raw_b, &[]);
                t.b.switch_to_block(raw_b);
            }
            let (ctx, ipv) = (t.ctx(), t.ip_const(ip));
            let meta = t.call_helper(Helper::GetRaw, &[ctx, s, ipv]).expect("result");
            let got_b = t.b.create_block();
            let (vt, vp) = (t.b.append_block_param(got_b, types::I64), t.b.append_block_param(got_b, types::I64));
            let done_b = t.b.create_block();
            t.b.ins().brif(meta, generic_b, &[], done_b, &[]);
            t.b.switch_to_block(done_b);
            let v = t.load_value(s, 0);
            let (a, b) = (t.tag_of(v), t.pay_of(v));
            t.b.ins().jump(got_b, &args(&[a, b]));
            t.b.switch_to_block(generic_b);
            t.b.set_cold_block(generic_b);
            let s = t.table_helper(ins, &operands, ip);
            let v = t.load_value(s, 0);
            let (a, b) = (t.tag_of(v), t.pay_of(v));
            t.b.ins().jump(got_b, &args(&[a, b]));
            t.b.switch_to_block(got_b);
            Some(Self::dynamic(vt, vp))
        });
        self.b.switch_to_block(join);
        if key.is_some() {
            self.pop();
        }
        self.set_top(Self::dynamic(jt, jp));
    }

    /// `SetField k` / `SetIndex`: stored in place when the key is present with a non-nil
    /// value, else the helper.
    pub(super) fn table_set(&mut self, ins: &Instr, ip: GlobalIp) {
        let (operands, key) = self.table_operands(ins);
        let val = operands[operands.len() - 1];
        let slow_b = self.b.create_block();
        let done = self.b.create_block();
        self.fast_store(operands[0], FastKey::of(ins, key), val, slow_b, done);
        self.b.switch_to_block(slow_b);
        self.b.set_cold_block(slow_b);
        self.table_helper(ins, &operands, ip);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        for _ in 0..ins.pops() {
            self.pop();
        }
    }
}

impl<'a, 'f> Translator<'a, 'f> {
    /// The environment (`ctx.env`) as a table. It is the global table for good unless the
    /// program assigns `_ENV`; then it is checked, with a deopt when it is not a table (the
    /// interpreter raises Lua's error, with the frames an inlined callee lacks), or `None`
    /// where this instruction's guard failed too often and the generic helper takes over
    /// (never in an inlined callee: the driver stops inlining there).
    fn env_table(&mut self, ip: GlobalIp) -> Option<V> {
        let ctx = self.ctx();
        // A site whose guard (or metatable check) failed too often takes the generic helper.
        if self.plan.config.excluded.contains(&ip) && !self.inlined() {
            return None;
        }
        if !self.facts.env_assigned {
            let t = self.b.ins().load(types::I64, mem(), ctx, JitContext::OFF_ENV + 8);
            return Some(Self::table(t));
        }
        let env = self.load_value(ctx, JitContext::OFF_ENV);
        let is_table = self.tag_is(env, tag::TABLE);
        self.guard(is_table, DeoptReason::TypeGuard);
        Some(Self::table(self.pay_of(env)))
    }

    /// `GetGlobal k`: the value at the node the name's inline cache names, when that node
    /// holds the name and a non-nil value; else the lookup helper (and the pc saved if the
    /// global is nil, as Lua does).
    pub(super) fn get_global(&mut self, ins: &Instr, ip: GlobalIp) {
        let k = ins.arg(0);
        let Some(env) = self.env_table(ip) else {
            let s = self.slot_addr(self.rc().sb + self.depth);
            let (ctx, ipv) = (self.ctx(), self.ip_const(ip));
            let failed = self.call_helper(Helper::GetGlobal, &[ctx, s, ipv]).expect("result");
            self.error_if(failed);
            let v = self.load_value(s, 0);
            self.push(v);
            return;
        };
        let slow_b = self.b.create_block();
        let (join, jt, jp) = self.value_join();
        self.fast_load(env, FastKey::Cached(k), slow_b, join);
        self.cold_slow_path(slow_b, join, |t| {
            let s = t.slot_addr(t.rc().sb + t.depth);
            let (ctx, kv) = (t.ctx(), t.b.ins().iconst(types::I32, k as i64));
            let meta = t.call_helper(Helper::EnvGet, &[ctx, kv, s]).expect("result");
            // A miss in an environment with a metatable: the interpreter runs `__index`.
            let found = t.b.ins().icmp_imm_s(IntCC::Equal, meta, 0);
            t.guard(found, DeoptReason::Unsupported);
            let v = t.load_value(s, 0);
            t.save_pc_if_nil(v, ip);
            Some(v)
        });
        self.b.switch_to_block(join);
        self.push(Self::dynamic(jt, jp));
    }

    /// `SetGlobal k`: stored in place when the cached node holds the name and a non-nil
    /// value; else the store helper (which saves the pc when it adds the key).
    pub(super) fn set_global(&mut self, ins: &Instr, ip: GlobalIp) {
        let k = ins.arg(0);
        let val = self.peek(0);
        let Some(env) = self.env_table(ip) else {
            let s = self.slot_addr(self.rc().sb + self.depth - 1);
            self.store_value(val, s, 0);
            let (ctx, ipv) = (self.ctx(), self.ip_const(ip));
            let failed = self.call_helper(Helper::SetGlobal, &[ctx, s, ipv]).expect("result");
            self.error_if(failed);
            self.pop();
            return;
        };
        let slow_b = self.b.create_block();
        let done = self.b.create_block();
        self.fast_store(env, FastKey::Cached(k), val, slow_b, done);
        self.b.switch_to_block(slow_b);
        self.b.set_cold_block(slow_b);
        let s = self.slot_addr(self.rc().sb + self.depth - 1);
        self.store_value(val, s, 0);
        let (ctx, kv) = (self.ctx(), self.b.ins().iconst(types::I32, k as i64));
        let r = self.call_helper(Helper::EnvSet, &[ctx, kv, s]).expect("result");
        // 3: a new key in an environment with a metatable, nothing stored: the interpreter
        // runs `__newindex`.
        let plain = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 3);
        self.guard(plain, DeoptReason::Unsupported);
        // 2: an error (memory); 1: the key was added, where Lua saves its pc.
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
        self.error_if(failed);
        let added = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
        self.save_pc_if(added, ip);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        self.pop();
    }
}

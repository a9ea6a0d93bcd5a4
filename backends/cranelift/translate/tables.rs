//! Table reads: `t.name` with a constant key looked up at its main position, and `t[i]` on
//! the array part, inline; anything else (a miss, another receiver, a key elsewhere in its
//! chain) through the opcode's generic helper, which also saves the pc where Lua does.

use super::*;
use crate::runtime::string::{HASH_SEED, MAX_SHORT_LEN, hash_bytes};

impl<'a, 'f> Translator<'a, 'f> {
    /// `GetField k` / `GetIndex`.
    pub(super) fn table_get(&mut self, ins: &Instr, ip: GlobalIp) {
        let op = ins.op;
        let pops = ins.pops();
        let operands: Vec<V> = (0..pops).rev().map(|k| self.peek(k)).collect();
        let obj = operands[0];
        let slow_b = self.b.create_block();
        let (join, jt, jp) = self.value_join();
        // Each check either goes on in a fresh block or leaves for the slow path.
        let check = |t: &mut Self, ok: Cv| {
            let next = t.b.create_block();
            t.b.ins().brif(ok, next, &[], slow_b, &[]);
            t.b.switch_to_block(next);
        };
        let is_table = self.tag_is(obj, tag::TABLE);
        check(self, is_table);
        let tbl = self.pay_of(obj);
        let slot = match op {
            Op::GetField => match &self.program.constants[ins.arg(0) as usize] {
                Constant::Str(s) if s.len() <= MAX_SHORT_LEN => {
                    let hash = hash_bytes(s, HASH_SEED);
                    let lsize = self.b.ins().uload8(types::I64, mem(), tbl, offsets::TABLE_LSIZENODE);
                    let one = self.iconst(1);
                    let size = self.b.ins().ishl(one, lsize);
                    let mask = self.b.ins().iadd_imm_s(size, -1);
                    let mp = self.b.ins().band_imm_s(mask, hash as i64);
                    let off = self.b.ins().ishl_imm_s(mp, 5);
                    let nodes = self.b.ins().load(types::I64, mem(), tbl, offsets::TABLE_NODE);
                    let node = self.b.ins().iadd(nodes, off);
                    let key_tag = self.b.ins().uload32(mem(), node, offsets::NODE_KEY_TAG);
                    let is_str = self.b.ins().icmp_imm_s(IntCC::Equal, key_tag, tag::STR as i64);
                    check(self, is_str);
                    let key = self.b.ins().load(types::I64, mem(), node, offsets::NODE_KEY_PAYLOAD);
                    let constants = self.constants.expect("prologue");
                    let want = self.b.ins().load(types::I64, mem(), constants, ins.arg(0) as i32 * VALUE_SIZE + 8);
                    let same = self.b.ins().icmp(IntCC::Equal, key, want);
                    check(self, same);
                    Some(node)
                }
                _ => None,
            },
            _ => {
                let key = operands[1];
                let is_int = self.tag_is(key, tag::INT);
                check(self, is_int);
                let k = self.pay_of(key);
                let k1 = self.b.ins().iadd_imm_s(k, -1);
                let alimit = self.b.ins().uload32(mem(), tbl, offsets::TABLE_ALIMIT);
                let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, k1, alimit);
                check(self, inside);
                let array = self.b.ins().load(types::I64, mem(), tbl, offsets::TABLE_ARRAY);
                let off = self.b.ins().ishl_imm_s(k1, 4);
                Some(self.b.ins().iadd(array, off))
            }
        };
        match slot {
            Some(at) => {
                let t = self.b.ins().load(types::I64, mem(), at, 0);
                check(self, t);
                let p = self.b.ins().load(types::I64, mem(), at, 8);
                self.b.ins().jump(join, &args(&[t, p]));
            }
            None => {
                self.b.ins().jump(slow_b, &[]);
            }
        }
        self.cold_slow_path(slow_b, join, |t| {
            let first = t.rc().sb + t.depth - pops;
            let s = t.slot_addr(first);
            for (k, v) in operands.iter().enumerate() {
                t.store_value(*v, s, k as i32 * VALUE_SIZE);
            }
            let (ctx, ipv) = (t.ctx(), t.ip_const(ip));
            let h = if op == Op::GetField { Helper::GetField } else { Helper::GetIndex };
            let failed = t.call_helper(h, &[ctx, s, ipv]).expect("result");
            t.error_if(failed);
            Some(t.load_value(s, 0))
        });
        self.b.switch_to_block(join);
        if op == Op::GetIndex {
            self.pop();
        }
        self.set_top(Self::dynamic(jt, jp));
    }
}

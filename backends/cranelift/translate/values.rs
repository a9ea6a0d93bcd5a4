//! The value model: constants, tags, payloads and floats of virtual-frame slots (three
//! variables per slot), reads and writes, truthiness.

use super::*;

impl<'a, 'f> Translator<'a, 'f> {
    pub(super) fn iconst(&mut self, v: i64) -> Cv {
        self.b.ins().iconst(types::I64, v)
    }

    pub(super) fn konst(&mut self, tg: u64, payload: u64) -> V {
        let p = self.iconst(payload as i64);
        V { k: Known::of(tg), t: None, p: Some(p), f: None }
    }

    pub(super) fn dynamic(t: Cv, p: Cv) -> V {
        V { k: UNKNOWN, t: Some(t), p: Some(p), f: None }
    }

    /// A table value from its pointer (its tag known).
    pub(super) fn table(p: Cv) -> V {
        V { k: Known::of(tag::TABLE), t: None, p: Some(p), f: None }
    }

    pub(super) fn int(&mut self, p: Cv) -> V {
        V { k: INT, t: None, p: Some(p), f: None }
    }

    pub(super) fn float(&mut self, f: Cv) -> V {
        V { k: FLOAT, t: None, p: None, f: Some(f) }
    }

    pub(super) fn boolean(&mut self, c: Cv) -> V {
        let p = self.b.ins().uextend(types::I64, c);
        V { k: BOOL, t: None, p: Some(p), f: None }
    }

    pub(super) fn tag_of(&mut self, v: V) -> Cv {
        match v.t {
            Some(t) => t,
            None => self.iconst(v.k as i64),
        }
    }

    pub(super) fn pay_of(&mut self, v: V) -> Cv {
        match (v.p, v.f) {
            (Some(p), _) => p,
            (None, Some(f)) => self.b.ins().bitcast(types::I64, MemFlagsData::new(), f),
            (None, None) => self.iconst(0),
        }
    }

    /// The payload as an f64 (meaningful for floats).
    pub(super) fn f64_of(&mut self, v: V) -> Cv {
        match (v.f, v.p) {
            (Some(f), _) => f,
            (None, Some(p)) => self.b.ins().bitcast(types::F64, MemFlagsData::new(), p),
            (None, None) => self.b.ins().f64const(0.0),
        }
    }

    /// A number as an f64: integers converted.
    pub(super) fn num_f64(&mut self, v: V) -> Cv {
        if v.k == INT {
            let p = self.pay_of(v);
            self.b.ins().fcvt_from_sint(types::F64, p)
        } else {
            self.f64_of(v)
        }
    }

    /// Whether `v` has tag `tg`, as an I8 (a constant when the tag is known).
    pub(super) fn tag_is(&mut self, v: V, tg: u64) -> Cv {
        if v.k != UNKNOWN {
            return self.b.ins().iconst(types::I8, (v.k as u64 == tg) as i64);
        }
        let t = self.tag_of(v);
        self.b.ins().icmp_imm_s(IntCC::Equal, t, tg as i64)
    }

    pub(super) fn load_value(&mut self, addr: Cv, off: i32) -> V {
        let t = self.b.ins().load(types::I64, mem(), addr, off);
        let p = self.b.ins().load(types::I64, mem(), addr, off + 8);
        Self::dynamic(t, p)
    }

    pub(super) fn store_value(&mut self, v: V, addr: Cv, off: i32) {
        let t = self.tag_of(v);
        let p = self.pay_of(v);
        self.b.ins().store(mem(), t, addr, off);
        self.b.ins().store(mem(), p, addr, off + 8);
    }

    /// Reads a slot as the plan's facts before this instruction describe it.
    pub(super) fn read(&mut self, s: u32) -> V {
        let k = self.known.get(s as usize).copied().unwrap_or(UNKNOWN);
        let sv = self.slots[s as usize];
        match k {
            FLOAT => {
                let f = self.b.use_var(sv.f);
                V { k, t: None, p: None, f: Some(f) }
            }
            UNKNOWN => {
                let t = self.b.use_var(sv.t);
                let p = self.b.use_var(sv.p);
                V { k, t: Some(t), p: Some(p), f: None }
            }
            NIL => self.konst(tag::NIL, 0),
            _ => {
                let p = self.b.use_var(sv.p);
                V { k, t: None, p: Some(p), f: None }
            }
        }
    }

    /// Defines a slot: every form, so any later read finds the one it needs (unused forms
    /// are dead code, which Cranelift removes).
    pub(super) fn write(&mut self, s: u32, v: V) {
        let sv = self.slots[s as usize];
        if let Some(m) = self.mem.get_mut(s as usize) {
            // A new non-reference of the kind memory has keeps it right for the collector.
            if *m != Mem::Tag(v.k) {
                *m = Mem::Unknown;
            }
        }
        let t = self.tag_of(v);
        let p = self.pay_of(v);
        let f = self.f64_of(v);
        self.b.def_var(sv.t, t);
        self.b.def_var(sv.p, p);
        self.b.def_var(sv.f, f);
    }

    pub(super) fn push(&mut self, v: V) {
        let s = self.rc().sb + self.depth;
        self.write(s, v);
        self.depth += 1;
    }

    pub(super) fn pop(&mut self) -> V {
        self.depth -= 1;
        let s = self.rc().sb + self.depth;
        self.read(s)
    }

    /// The value `k` positions below the top (0 = top).
    pub(super) fn peek(&mut self, k: u32) -> V {
        let s = self.rc().sb + self.depth - 1 - k;
        self.read(s)
    }

    pub(super) fn set_top(&mut self, v: V) {
        let s = self.rc().sb + self.depth - 1;
        self.write(s, v);
    }

    /// The VM frame address of slot `s` (root frame base + s values).
    pub(super) fn slot_addr(&mut self, s: u32) -> Cv {
        let frame = self.frame();
        self.b.ins().iadd_imm_s(frame, s as i64 * VALUE_SIZE as i64)
    }

    /// The address of the native scratch area (room for three values).
    pub(super) fn scratch(&mut self) -> Cv {
        let slot = self.scratch.expect("created in the prologue");
        self.b.ins().stack_addr(types::I64, slot, 0)
    }

    /// Spills values into the scratch area, returning its address.
    pub(super) fn spill_scratch(&mut self, vals: &[V]) -> Cv {
        let s = self.scratch();
        for (k, v) in vals.iter().enumerate() {
            self.store_value(*v, s, k as i32 * VALUE_SIZE);
        }
        s
    }

    /// Lua truthiness (not nil, not false).
    pub(super) fn truthy(&mut self, v: V) -> Cv {
        match v.k {
            NIL => return self.b.ins().iconst(types::I8, 0),
            BOOL => {
                let p = self.pay_of(v);
                return self.b.ins().icmp_imm_s(IntCC::NotEqual, p, 0);
            }
            UNKNOWN => {}
            _ => return self.b.ins().iconst(types::I8, 1),
        }
        let t = self.tag_of(v);
        let p = self.pay_of(v);
        let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, t, tag::NIL as i64);
        let is_bool = self.b.ins().icmp_imm_s(IntCC::Equal, t, tag::BOOL as i64);
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
        let is_false = self.b.ins().band(is_bool, zero);
        let falsy = self.b.ins().bor(is_nil, is_false);
        self.b.ins().bxor_imm_s(falsy, 1)
    }

    /// A program constant: numbers as immediates, strings from the VM's constant array.
    pub(super) fn constant(&mut self, k: u32) -> V {
        match &self.program.constants[k as usize] {
            Constant::Int(i) => self.konst(tag::INT, *i as u64),
            Constant::Float(f) => {
                let f = self.b.ins().f64const(*f);
                self.float(f)
            }
            Constant::Str(_) => {
                let c = self.constants.expect("prologue");
                let p = self.b.ins().load(types::I64, mem(), c, k as i32 * VALUE_SIZE + 8);
                V { k: Known::Str, t: None, p: Some(p), f: None }
            }
        }
    }

    /// The value of `v` if it is an integer constant.
    pub(super) fn const_of(&self, v: Cv) -> Option<i64> {
        let inst = self.b.func.dfg.value_def(v).inst()?;
        match self.b.func.dfg.insts[inst] {
            ir::InstructionData::UnaryImm { opcode: ir::Opcode::Iconst, imm } => Some(imm.bits()),
            _ => None,
        }
    }
}

//! Type and call feedback, and the hotness counters the tier driver reads.
//!
//! Every function has its own feedback, sized by the compiler's slot counts:
//!
//! ```text
//!   type slot (u8):   [ rhs bits (4) | lhs bits (4) ]   bits: INT=1 FLOAT=2 STR=4 OTHER=8
//!   call slot:        CallSite { state, targets[4] }   uninitialized -> mono -> poly(<=4) -> mega
//! ```
//!
//! Recording is a single OR for types and one compare on the monomorphic fast path for calls,
//! so tier 0 and tier 1 can afford it on every operation.

use crate::runtime::value::tag;

/// Type bits of one operand.
pub mod type_bits {
    pub const INT: u8 = 1;
    pub const FLOAT: u8 = 2;
    pub const STR: u8 = 4;
    pub const OTHER: u8 = 8;
}

/// The feedback bits of a value's tag, indexed by tag.
pub const TAG_BITS: [u8; 16] = {
    let mut t = [type_bits::OTHER; 16];
    t[tag::INT as usize] = type_bits::INT;
    t[tag::FLOAT as usize] = type_bits::FLOAT;
    t[tag::STR as usize] = type_bits::STR;
    t
};

/// The bits for a value tag.
#[inline(always)]
pub fn bits_of(tag: u64) -> u8 {
    TAG_BITS[(tag & 15) as usize]
}

/// Observed operand types of one instruction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TypeFeedback(pub u8);

impl TypeFeedback {
    pub fn lhs(self) -> u8 {
        self.0 & 15
    }
    pub fn rhs(self) -> u8 {
        self.0 >> 4
    }
    /// Never executed.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// Only integers were seen on both sides.
    pub fn only_ints(self) -> bool {
        self.0 == type_bits::INT | (type_bits::INT << 4)
    }
    /// Only numbers, at least one float.
    pub fn only_numbers(self) -> bool {
        let n = type_bits::INT | type_bits::FLOAT;
        self.lhs() & !n == 0 && self.rhs() & !n == 0 && !self.is_empty()
    }
}

/// Inline-cache state of a call site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallState {
    Uninitialized,
    Monomorphic,
    Polymorphic,
    Megamorphic,
}

/// A call target: a function of the program or a builtin.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Function(u32),
    Builtin(u32),
}

impl Target {
    const BUILTIN_BIT: u32 = 1 << 31;

    pub fn encode(self) -> u32 {
        match self {
            Target::Function(f) => f,
            Target::Builtin(b) => b | Self::BUILTIN_BIT,
        }
    }

    pub fn decode(v: u32) -> Target {
        if v & Self::BUILTIN_BIT != 0 { Target::Builtin(v & !Self::BUILTIN_BIT) } else { Target::Function(v) }
    }
}

/// How many distinct targets a polymorphic site tracks before it goes megamorphic.
pub const POLY_LIMIT: usize = 4;

/// Call-site feedback.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CallSite {
    /// Distinct targets seen (0..=4), or `POLY_LIMIT + 1` once megamorphic.
    pub count: u32,
    pub targets: [u32; POLY_LIMIT],
}

impl CallSite {
    /// Records a call of the encoded target.
    #[inline(always)]
    pub fn record(&mut self, target: u32) {
        if self.count == 1 && self.targets[0] == target {
            return;
        }
        self.record_slow(target);
    }

    #[cold]
    fn record_slow(&mut self, target: u32) {
        let n = self.count as usize;
        if n > POLY_LIMIT || self.targets[..n].contains(&target) {
            return;
        }
        if n == POLY_LIMIT {
            self.count += 1;
        } else {
            self.targets[n] = target;
            self.count += 1;
        }
    }

    pub fn state(&self) -> CallState {
        match self.count as usize {
            0 => CallState::Uninitialized,
            1 => CallState::Monomorphic,
            n if n <= POLY_LIMIT => CallState::Polymorphic,
            _ => CallState::Megamorphic,
        }
    }

    /// The targets seen (empty when megamorphic).
    pub fn seen(&self) -> Vec<Target> {
        let n = self.count as usize;
        if n > POLY_LIMIT { Vec::new() } else { self.targets[..n].iter().map(|&t| Target::decode(t)).collect() }
    }

    /// Merges another site's observations into this one (used when inlined bodies' feedback
    /// is folded together).
    pub fn merge(&mut self, other: &CallSite) {
        if other.count as usize > POLY_LIMIT {
            self.count = POLY_LIMIT as u32 + 1;
            return;
        }
        for &t in &other.targets[..other.count as usize] {
            self.record(t);
        }
    }
}

/// The feedback and counters of one function.
#[derive(Clone, Debug, Default)]
pub struct FunctionFeedback {
    pub types: Vec<u8>,
    pub calls: Vec<CallSite>,
    /// Calls of this function.
    pub call_count: u32,
    /// Backward jumps taken in this function.
    pub backedge_count: u32,
}

impl FunctionFeedback {
    pub fn new(type_slots: u32, call_slots: u32) -> FunctionFeedback {
        FunctionFeedback {
            types: vec![0; type_slots as usize],
            calls: vec![CallSite::default(); call_slots as usize],
            call_count: 0,
            backedge_count: 0,
        }
    }

    pub fn type_at(&self, slot: u32) -> TypeFeedback {
        TypeFeedback(self.types[slot as usize])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn call_sites_walk_the_cache_states() {
        let mut s = CallSite::default();
        assert_eq!(s.state(), CallState::Uninitialized);
        s.record(Target::Function(3).encode());
        s.record(Target::Function(3).encode());
        assert_eq!(s.state(), CallState::Monomorphic);
        assert_eq!(s.seen(), vec![Target::Function(3)]);
        s.record(Target::Builtin(2).encode());
        assert_eq!(s.state(), CallState::Polymorphic);
        for f in 10..13 {
            s.record(Target::Function(f).encode());
        }
        assert_eq!(s.state(), CallState::Megamorphic);
        assert!(s.seen().is_empty());
    }

    #[test]
    fn type_bits_classify() {
        let ints = TypeFeedback(bits_of(tag::INT) | (bits_of(tag::INT) << 4));
        assert!(ints.only_ints());
        let mixed = TypeFeedback(bits_of(tag::INT) | (bits_of(tag::FLOAT) << 4));
        assert!(!mixed.only_ints() && mixed.only_numbers());
        let strs = TypeFeedback(bits_of(tag::STR));
        assert!(!strs.only_numbers());
    }
}

//! String hashing and the short-string intern table.
//!
//! Strings of at most [`MAX_SHORT_LEN`] bytes are interned per heap: the heap keeps one
//! object per distinct short byte string, so two short strings are equal exactly when they
//! are the same object, and a table looks a short-string key up by pointer. Longer strings
//! are never interned; their hash is computed the first time a table needs it
//! ([`crate::runtime::heap::StrObj::hash`]).
//!
//! The hash is strata's own: 8-byte words folded with a multiply-rotate step, then a 64-bit
//! finalizer, truncated to 32 bits. Programs cannot observe it except through the order
//! `next` visits string keys in, which Lua itself randomizes per run.

use crate::runtime::heap::StrObj;

/// The longest string that is interned (Lua's `LUAI_MAXSHORTLEN`).
pub const MAX_SHORT_LEN: usize = 40;

/// The seed every heap hashes with. Fixed, so runs are reproducible.
pub const HASH_SEED: u32 = 0x2545_f491;

/// The hash of `bytes` under `seed`.
pub fn hash_bytes(bytes: &[u8], seed: u32) -> u32 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    #[inline(always)]
    fn step(h: u64, w: u64) -> u64 {
        (h.rotate_left(23) ^ w).wrapping_mul(K)
    }
    let mut h = (seed as u64) ^ (bytes.len() as u64).wrapping_mul(K);
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        h = step(h, u64::from_le_bytes(w.try_into().expect("an 8-byte chunk")));
    }
    let tail = words.remainder();
    if !tail.is_empty() {
        let mut buf = [0u8; 8];
        buf[..tail.len()].copy_from_slice(tail);
        h = step(h, u64::from_le_bytes(buf));
    }
    // Spread every input bit over the low 32 bits a table indexes with.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h as u32
}

/// The set of interned short strings of one heap: open addressing with linear probing over
/// a power-of-two slot array, keyed by each string's cached hash and bytes.
pub struct StrTable {
    slots: Vec<*const StrObj>,
    count: usize,
}

impl Default for StrTable {
    fn default() -> Self {
        StrTable::new()
    }
}

impl StrTable {
    const INITIAL_SLOTS: usize = 64;

    pub fn new() -> StrTable {
        StrTable { slots: Vec::new(), count: 0 }
    }

    /// Number of interned strings.
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The interned string with these bytes (whose hash is `hash`), if there is one.
    pub fn find(&self, hash: u32, bytes: &[u8]) -> Option<*const StrObj> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            let p = self.slots[i];
            if p.is_null() {
                return None;
            }
            // SAFETY: every slot that is not null holds a live string of the heap.
            let s = unsafe { &*p };
            if s.stored_hash() == hash && s.bytes() == bytes {
                return Some(p);
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds `p`, a short string whose bytes are not interned yet, in the room
    /// [`StrTable::reserve_one`] made.
    ///
    /// # Safety
    /// `p` is a live string that stays live until it is removed; `reserve_one` returned true
    /// since the last insertion.
    pub unsafe fn insert(&mut self, p: *const StrObj) {
        debug_assert!(self.count + 2 <= self.slots.len(), "no room reserved");
        self.place(p);
        self.count += 1;
    }

    /// Makes room for one more string: the table grows when it is three quarters full. With
    /// no memory to grow, it fills further while a slot stays empty (probes get longer);
    /// false when even that is over.
    pub fn reserve_one(&mut self) -> bool {
        if (self.count + 1) * 4 <= self.slots.len() * 3 {
            return true;
        }
        self.grow() || self.count + 2 <= self.slots.len()
    }

    /// Removes `p` (for the collector's sweep); false if it was not interned.
    ///
    /// # Safety
    /// `p` is a live string (the caller frees it after removing it).
    pub unsafe fn remove(&mut self, p: *const StrObj) -> bool {
        if self.slots.is_empty() {
            return false;
        }
        let mask = self.slots.len() - 1;
        // SAFETY: the caller's contract.
        let mut i = unsafe { (*p).stored_hash() } as usize & mask;
        loop {
            let q = self.slots[i];
            if q.is_null() {
                return false;
            }
            if q == p {
                break;
            }
            i = (i + 1) & mask;
        }
        // Backward-shift deletion: move later members of the probe run into the hole when
        // their home slot does not lie strictly between the hole and themselves.
        let mut hole = i;
        let mut j = (i + 1) & mask;
        loop {
            let q = self.slots[j];
            if q.is_null() {
                break;
            }
            // SAFETY: as in `find`.
            let home = unsafe { (*q).stored_hash() } as usize & mask;
            let dist_home = j.wrapping_sub(home) & mask;
            let dist_hole = j.wrapping_sub(hole) & mask;
            if dist_home >= dist_hole {
                self.slots[hole] = q;
                hole = j;
            }
            j = (j + 1) & mask;
        }
        self.slots[hole] = std::ptr::null();
        self.count -= 1;
        true
    }

    fn place(&mut self, p: *const StrObj) {
        let mask = self.slots.len() - 1;
        // SAFETY: `p` is a live string of the heap (`insert`'s contract).
        let mut i = unsafe { (*p).stored_hash() } as usize & mask;
        while !self.slots[i].is_null() {
            i = (i + 1) & mask;
        }
        self.slots[i] = p;
    }

    /// Doubles the slots; false (the table unchanged) when the memory is not there.
    fn grow(&mut self) -> bool {
        let n = (self.slots.len() * 2).max(Self::INITIAL_SLOTS);
        let mut slots = Vec::new();
        if slots.try_reserve_exact(n).is_err() {
            return false;
        }
        slots.resize(n, std::ptr::null());
        let old = std::mem::replace(&mut self.slots, slots);
        for p in old.into_iter().filter(|p| !p.is_null()) {
            self.place(p);
        }
        true
    }
}

/// Lua's extended UTF-8 (up to 6 bytes, values up to 2^31).
pub fn utf8_encode(v: u32, out: &mut Vec<u8>) {
    if v < 0x80 {
        out.push(v as u8);
        return;
    }
    let mut buf = [0u8; 8];
    let mut n = 0;
    let mut x = v;
    let mut mfb: u32 = 0x3f; // maximum that fits in the first byte
    loop {
        buf[7 - n] = 0x80 | (x & 0x3f) as u8;
        n += 1;
        x >>= 6;
        mfb >>= 1;
        if x <= mfb {
            break;
        }
    }
    buf[7 - n] = ((!mfb << 1) | x) as u8;
    n += 1;
    out.extend_from_slice(&buf[8 - n..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_depends_on_every_byte_and_the_length() {
        let base = hash_bytes(b"abcdefghijklmnopq", HASH_SEED);
        assert_ne!(base, hash_bytes(b"abcdefghijklmnopr", HASH_SEED));
        assert_ne!(base, hash_bytes(b"bbcdefghijklmnopq", HASH_SEED));
        assert_ne!(hash_bytes(b"a", HASH_SEED), hash_bytes(b"a\0", HASH_SEED));
        assert_ne!(hash_bytes(b"", HASH_SEED), hash_bytes(b"\0", HASH_SEED));
        assert_eq!(base, hash_bytes(b"abcdefghijklmnopq", HASH_SEED));
        // Keys "k1".."k4096" spread over 4096 buckets about as well as random numbers would
        // (a random function leaves about 1/e of the buckets empty).
        let mut used = vec![false; 4096];
        for i in 0..4096 {
            used[hash_bytes(format!("k{i}").as_bytes(), HASH_SEED) as usize & 4095] = true;
        }
        let empty = used.iter().filter(|u| !**u).count();
        assert!((1300..1750).contains(&empty), "{empty} empty buckets");
    }
}

//! Lua tables: an array part for the keys `1..=asize` and a hash part of nodes.
//!
//! The algorithms are PUC Lua 5.4's (`ltable.c`) wherever a program can observe them: which
//! integer keys live in the array part (the rehash counts keys in power-of-two slices and
//! sizes the array to the largest power of two that is more than half full), the order of
//! the nodes (a chained scatter table with Brent's variation: a key takes its main position,
//! evicting a colliding key that is not in its own main position, and otherwise a free node
//! found by `lastfree` scanning down from the end), so that `next` visits keys in the same
//! order, and the border `#t` returns, including the `alimit` hint Lua 5.4 keeps and updates
//! on `#t` and on integer reads.
//!
//! ```text
//!   Table (#[repr(C)], 48 bytes)                       Node (#[repr(C)], 32 bytes)
//!    0  flags: u8       metamethod-absence cache        0  val: Value        (nil: empty)
//!    1  lsizenode: u8   log2(number of nodes)          16  key_payload: u64
//!    4  shape: u32      reserved for inline caches     24  key_tag: u32      (NIL: never used)
//!    8  array: *mut Value                              28  next: i32         (node offset, 0: end)
//!   16  asize: u32      allocated array entries
//!   20  alimit: u32     Lua's `alimit` (<= asize)
//!   24  node: *mut Node (a shared, never-written dummy node when there is no hash part)
//!   32  lastfree: u32   free-node scan position
//!   40  metatable: *mut Table
//! ```
//!
//! `alimit` stands in for Lua's pair (`alimit`, "is the real size" bit): here the real size
//! is always `asize`, and `alimit < asize` means Lua's bit is clear (then `asize` is the
//! smallest power of two not below `alimit`, as in Lua). Native code may read
//! `array[k - 1]` directly only for `k - 1 < alimit`; any other integer read must go through
//! [`Table::get_int`] (which moves `alimit` as Lua's `luaH_getint` does) for `#t` to stay
//! equal to lua5.4's.
//!
//! A key whose value was set to nil stays in its node (Lua's behaviour), so `next` can
//! continue from it while a traversal clears fields. [`DEAD_KEY`] is the key tag the
//! collector will give such keys when it frees their objects.

use crate::runtime::heap::{Heap, OutOfMemory, StrObj, offsets};
use crate::runtime::number::float_to_int_exact;
use crate::runtime::string::MAX_SHORT_LEN;
use crate::runtime::value::{Value, tag};
use std::alloc::Layout;
use std::cell::Cell;
use std::ptr::NonNull;

/// Largest `b` such that `2^b` array entries are allowed (Lua's `MAXABITS`).
pub const MAX_ABITS: u32 = 31;
/// Largest array part (Lua's `MAXASIZE` on a 64-bit machine).
pub const MAX_ASIZE: u32 = 1 << MAX_ABITS;
/// Largest `b` such that `2^b` nodes are allowed (Lua's `MAXHBITS`).
pub const MAX_HBITS: u32 = MAX_ABITS - 1;
/// Largest hash part, in nodes.
pub const MAX_HSIZE: u32 = 1 << MAX_HBITS;

/// `flags` of a new table: every cached metamethod (`__index`, `__newindex`, `__gc`,
/// `__mode`, `__len`, `__eq`: bits 0 to 5) known absent.
pub const FLAGS_ALL_ABSENT: u8 = 0x3f;

/// Key tag of a node whose (collectable) key the collector has freed: it still compares
/// equal, by identity, to the key `next` was given, and is never a live key.
pub const DEAD_KEY: u32 = 0xff;

/// A table operation's error, with Lua's message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TableError {
    #[error("table index is nil")]
    NilIndex,
    #[error("table index is NaN")]
    NanIndex,
    #[error("invalid key to 'next'")]
    InvalidNextKey,
    /// More nodes than Lua allows (`2^30`).
    #[error("table overflow")]
    Overflow,
    #[error("not enough memory")]
    OutOfMemory,
}

impl From<OutOfMemory> for TableError {
    fn from(_: OutOfMemory) -> TableError {
        TableError::OutOfMemory
    }
}

/// One slot of the hash part.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Node {
    pub val: Value,
    pub key_payload: u64,
    pub key_tag: u32,
    pub next: i32,
}

impl Node {
    const EMPTY: Node = Node { val: Value::NIL, key_payload: 0, key_tag: tag::NIL as u32, next: 0 };

    #[inline(always)]
    pub(crate) fn key(&self) -> Value {
        Value { tag: self.key_tag as u64, payload: self.key_payload }
    }
}

/// The node of every table without a hash part: never written (a key is never stored in it,
/// as inserting into a table without nodes rehashes first).
static DUMMY_NODE: Node = Node::EMPTY;

#[inline(always)]
fn dummy_node() -> *mut Node {
    std::ptr::addr_of!(DUMMY_NODE) as *mut Node
}

/// A Lua table. See the module documentation for the layout and invariants.
#[repr(C)]
pub struct Table {
    pub flags: u8,
    lsizenode: u8,
    _reserved: u16,
    pub shape: u32,
    array: *mut Value,
    asize: u32,
    alimit: Cell<u32>,
    node: *mut Node,
    lastfree: u32,
    _reserved2: u32,
    pub metatable: *mut Table,
}

const _: () = {
    use std::mem::{offset_of, size_of};
    assert!(offset_of!(Table, flags) == offsets::TABLE_FLAGS as usize);
    assert!(offset_of!(Table, lsizenode) == offsets::TABLE_LSIZENODE as usize);
    assert!(offset_of!(Table, shape) == offsets::TABLE_SHAPE as usize);
    assert!(offset_of!(Table, array) == offsets::TABLE_ARRAY as usize);
    assert!(offset_of!(Table, asize) == offsets::TABLE_ASIZE as usize);
    assert!(offset_of!(Table, alimit) == offsets::TABLE_ALIMIT as usize);
    assert!(offset_of!(Table, node) == offsets::TABLE_NODE as usize);
    assert!(offset_of!(Table, lastfree) == offsets::TABLE_LASTFREE as usize);
    assert!(offset_of!(Table, metatable) == offsets::TABLE_METATABLE as usize);
    assert!(size_of::<Table>() == 48);
    assert!(offset_of!(Node, val) == offsets::NODE_VAL as usize);
    assert!(offset_of!(Node, key_payload) == offsets::NODE_KEY_PAYLOAD as usize);
    assert!(offset_of!(Node, key_tag) == offsets::NODE_KEY_TAG as usize);
    assert!(offset_of!(Node, next) == offsets::NODE_NEXT as usize);
    assert!(size_of::<Node>() == offsets::NODE_SIZE as usize);
};

/// Where a key lives: an array entry, a node (its value may be nil: a removed key), or
/// nowhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Array(usize),
    Node(usize),
    Absent,
}

/// A hash part detached from its table (Lua's `exchangehashpart` partner during a resize).
struct HashPart {
    node: *mut Node,
    lsizenode: u8,
    lastfree: u32,
}

impl HashPart {
    /// A hash part of at least `size` nodes (rounded up to a power of two), or the dummy.
    fn new(heap: &mut Heap, size: u32) -> Result<HashPart, TableError> {
        if size == 0 {
            return Ok(HashPart { node: dummy_node(), lsizenode: 0, lastfree: 0 });
        }
        let lsize = ceil_log2(size);
        if lsize > MAX_HBITS {
            return Err(TableError::Overflow);
        }
        let n = 1usize << lsize;
        let layout = Layout::array::<Node>(n).map_err(|_| TableError::OutOfMemory)?;
        let p = heap.try_alloc_block(layout)?.as_ptr() as *mut Node;
        for i in 0..n {
            // SAFETY: `i < n`, inside the fresh block.
            unsafe { p.add(i).write(Node::EMPTY) };
        }
        Ok(HashPart { node: p, lsizenode: lsize as u8, lastfree: n as u32 })
    }

    /// Frees the nodes (nothing for the dummy).
    ///
    /// # Safety
    /// The part was made by `HashPart::new` on this heap and is not used afterwards.
    unsafe fn free(self, heap: &mut Heap) {
        if self.node != dummy_node() {
            let layout = Layout::array::<Node>(1usize << self.lsizenode).expect("an allocated node part");
            // SAFETY: the caller's contract.
            unsafe { heap.free_block(NonNull::new_unchecked(self.node as *mut u8), layout) };
        }
    }
}

/// `ceil(log2(x))` for `x >= 1` (Lua's `luaO_ceillog2`).
#[inline]
fn ceil_log2(x: u32) -> u32 {
    if x <= 1 { 0 } else { 32 - (x - 1).leading_zeros() }
}

/// The array index of integer key `k` if it may live in an array part (Lua's `arrayindex`).
#[inline]
fn array_index(k: i64) -> Option<u32> {
    if (k as u64).wrapping_sub(1) < MAX_ASIZE as u64 { Some(k as u32) } else { None }
}

/// Counts integer key `k` in its slice of `nums` if it may live in an array part.
#[inline]
fn count_int(k: i64, nums: &mut [u32; MAX_ABITS as usize + 1]) -> u32 {
    match array_index(k) {
        Some(k) => {
            nums[ceil_log2(k) as usize] += 1;
            1
        }
        None => 0,
    }
}

/// The array size for the counts `nums` (`nums[i]`: integer keys in `(2^(i-1), 2^i]`): the
/// largest power of two `n` such that more than `n/2` of the keys `1..=n` are present. `na`
/// enters as the number of integer keys and leaves as the number that go to the array.
fn compute_sizes(nums: &[u32; MAX_ABITS as usize + 1], na: &mut u32) -> u32 {
    let mut a = 0u32;
    let mut in_array = 0u32;
    let mut optimal = 0u32;
    let mut two_to_i = 1u32;
    let mut i = 0usize;
    while two_to_i > 0 && *na > two_to_i / 2 {
        a += nums[i];
        if a > two_to_i / 2 {
            optimal = two_to_i;
            in_array = a;
        }
        i += 1;
        two_to_i = two_to_i.wrapping_mul(2);
    }
    *na = in_array;
    optimal
}

/// `frexp(x)`: `(m, e)` with `x = m * 2^e` and `0.5 <= |m| < 1` (x finite and non-zero;
/// otherwise `(x, 0)`).
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE { (x * f64::from_bits(0x4350_0000_0000_0000), -54) } else { (x, 0) };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + bias)
}

/// The hash of a float key (Lua's `l_hashfloat`): non-negative, 0 for infinities.
fn hash_float(n: f64) -> u32 {
    let (m, e) = frexp(n);
    let scaled = m * 2147483648.0; // -(INT_MIN as f64)
    const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;
    if !(-TWO_POW_63..TWO_POW_63).contains(&scaled) {
        return 0; // inf, -inf (NaN never is a key)
    }
    let ni = scaled as i64; // truncation, as C's cast
    let u = (e as u32).wrapping_add(ni as u32);
    if u <= i32::MAX as u32 { u } else { !u }
}

/// Whether a value of this tag is a collected object (may become a dead key).
#[inline]
fn is_collectable(t: u64) -> bool {
    matches!(t, tag::STR | tag::CLOSURE | tag::TABLE)
}

/// Raw key equality of `k` and the key of node `n` (keys are normalized: an integer never
/// equals a float key). `dead_ok` also accepts a dead key holding `k`'s object.
#[inline]
fn equal_key(k: Value, n: &Node, dead_ok: bool) -> bool {
    if k.tag != n.key_tag as u64 {
        return dead_ok && n.key_tag == DEAD_KEY && is_collectable(k.tag) && k.payload == n.key_payload;
    }
    match k.tag {
        tag::FLOAT => k.as_float() == f64::from_bits(n.key_payload),
        // Strings: the same object, or equal contents unless both are interned.
        tag::STR => k.raw_eq(n.key()),
        _ => k.payload == n.key_payload,
    }
}

/// The key `k` as a table stores it: floats with an integer value become integers.
#[inline]
fn normalize_key(k: Value) -> Value {
    if k.is_float()
        && let Some(i) = float_to_int_exact(k.as_float())
    {
        return Value::int(i);
    }
    k
}

impl Table {
    /// An empty table (no array part, the dummy node), as `luaH_new` makes.
    pub(crate) fn new_empty() -> Table {
        Table {
            flags: FLAGS_ALL_ABSENT,
            lsizenode: 0,
            _reserved: 0,
            shape: 0,
            array: std::ptr::null_mut(),
            asize: 0,
            alimit: Cell::new(0),
            node: dummy_node(),
            lastfree: 0,
            _reserved2: 0,
            metatable: std::ptr::null_mut(),
        }
    }

    // ---- parts -------------------------------------------------------------------------

    /// The array part: the values of keys `1..=len` (nil: absent).
    #[inline]
    pub fn array(&self) -> &[Value] {
        if self.asize == 0 {
            &[]
        } else {
            // SAFETY: `array` holds `asize` initialized values.
            unsafe { std::slice::from_raw_parts(self.array, self.asize as usize) }
        }
    }

    /// The array part, writable (`OP_SETLIST` stores into it after [`Table::resize_array`]).
    #[inline]
    pub fn array_mut(&mut self) -> &mut [Value] {
        if self.asize == 0 {
            &mut []
        } else {
            // SAFETY: `array` holds `asize` initialized values.
            unsafe { std::slice::from_raw_parts_mut(self.array, self.asize as usize) }
        }
    }

    /// Number of nodes of the hash part (1 for the dummy).
    #[inline(always)]
    pub fn node_count(&self) -> usize {
        1usize << self.lsizenode
    }

    /// Whether the table has no hash part (it uses the shared dummy node).
    #[inline(always)]
    pub fn has_no_hash_part(&self) -> bool {
        self.node == dummy_node()
    }

    /// Lua's `alimit` (see the module documentation).
    #[inline(always)]
    pub fn alimit(&self) -> u32 {
        self.alimit.get()
    }

    #[inline(always)]
    fn arr(&self, i: usize) -> Value {
        debug_assert!(i < self.asize as usize);
        // SAFETY: callers index below `asize`.
        unsafe { *self.array.add(i) }
    }

    /// The hash part's nodes (none for the shared empty part), for the collector's
    /// weak-table passes.
    pub(crate) fn nodes_mut(&mut self) -> &mut [Node] {
        if self.has_no_hash_part() {
            return &mut [];
        }
        // SAFETY: `node_count` nodes live at `node`.
        unsafe { std::slice::from_raw_parts_mut(self.node, self.node_count()) }
    }

    /// Calls `f` with every value the table references for the collector: its array
    /// entries, its nodes' keys and values (a removed key stays referenced until the node
    /// is reused or the table is rehashed, so the chains `next` walks stay valid) and its
    /// metatable.
    pub(crate) fn trace(&self, mut f: impl FnMut(Value)) {
        for i in 0..self.asize as usize {
            f(self.arr(i));
        }
        if !self.has_no_hash_part() {
            for j in 0..self.node_count() {
                let n = self.nd(j);
                f(n.key());
                f(n.val);
            }
        }
        if !self.metatable.is_null() {
            f(Value::from_table(self.metatable));
        }
    }

    #[inline(always)]
    fn nd(&self, i: usize) -> &Node {
        debug_assert!(i < self.node_count());
        // SAFETY: callers index below the node count.
        unsafe { &*self.node.add(i) }
    }

    #[inline(always)]
    fn nd_mut(&mut self, i: usize) -> &mut Node {
        debug_assert!(i < self.node_count() && !self.has_no_hash_part());
        // SAFETY: callers index below the node count of a real (not dummy) hash part.
        unsafe { &mut *self.node.add(i) }
    }

    #[inline(always)]
    fn chain_next(&self, i: usize) -> Option<usize> {
        let nx = self.nd(i).next;
        if nx == 0 { None } else { Some((i as isize + nx as isize) as usize) }
    }

    // ---- hashing -----------------------------------------------------------------------

    /// `n mod ((nodes - 1) | 1)`: for keys whose hash may have many factors of two.
    #[inline(always)]
    fn hash_mod(&self, n: u64) -> usize {
        (n % (((self.node_count() - 1) | 1) as u64)) as usize
    }

    #[inline(always)]
    fn hash_pow2(&self, n: u32) -> usize {
        n as usize & (self.node_count() - 1)
    }

    /// The main position of a (normalized, non-nil) key.
    fn main_position(&self, k: Value) -> usize {
        match k.tag {
            tag::INT => self.hash_mod(k.payload),
            tag::FLOAT => self.hash_mod(hash_float(k.as_float()) as u64),
            // SAFETY: string keys point to live strings of the heap.
            tag::STR => self.hash_pow2(unsafe { (*k.as_str_ptr()).hash() }),
            tag::BOOL => self.hash_pow2(k.payload as u32),
            // Objects and light values: the low 32 bits of the pointer or payload.
            _ => self.hash_mod(k.payload & 0xffff_ffff),
        }
    }

    // ---- lookup ------------------------------------------------------------------------

    /// The node holding `k` (not an integer that may be in the array, nor an integral float).
    fn generic_slot(&self, k: Value, dead_ok: bool) -> Option<usize> {
        let mut i = self.main_position(k);
        loop {
            if equal_key(k, self.nd(i), dead_ok) {
                return Some(i);
            }
            i = self.chain_next(i)?;
        }
    }

    /// Where integer key `key` lives (Lua's `luaH_getint`, including its `alimit` update).
    fn int_slot(&self, key: i64) -> Slot {
        let k1 = (key as u64).wrapping_sub(1);
        let alimit = self.alimit.get();
        if k1 < alimit as u64 {
            return Slot::Array(k1 as usize);
        }
        if alimit != self.asize && k1 < self.asize as u64 {
            self.alimit.set(key as u32); // probably where `#t` is now
            return Slot::Array(k1 as usize);
        }
        let mut i = self.hash_mod(key as u64);
        loop {
            let n = self.nd(i);
            if n.key_tag == tag::INT as u32 && n.key_payload == key as u64 {
                return Slot::Node(i);
            }
            match self.chain_next(i) {
                Some(j) => i = j,
                None => return Slot::Absent,
            }
        }
    }

    /// Where a short (interned) string key lives: pointer comparison only.
    fn short_str_slot(&self, s: *const StrObj) -> Slot {
        // SAFETY: `s` is a live string of the heap.
        let mut i = self.hash_pow2(unsafe { (*s).stored_hash() });
        loop {
            let n = self.nd(i);
            if n.key_tag == tag::STR as u32 && n.key_payload == s as u64 {
                return Slot::Node(i);
            }
            match self.chain_next(i) {
                Some(j) => i = j,
                None => return Slot::Absent,
            }
        }
    }

    /// Where key `k` lives (Lua's `luaH_get`).
    fn slot(&self, k: Value) -> Slot {
        match k.tag {
            tag::INT => self.int_slot(k.as_int()),
            tag::NIL => Slot::Absent,
            tag::STR => {
                // SAFETY: string values point to live strings of the heap.
                if unsafe { (*k.as_str_ptr()).is_interned() } {
                    self.short_str_slot(k.as_str_ptr())
                } else {
                    self.generic_slot(k, false).map_or(Slot::Absent, Slot::Node)
                }
            }
            tag::FLOAT => match float_to_int_exact(k.as_float()) {
                Some(i) => self.int_slot(i),
                None => self.generic_slot(k, false).map_or(Slot::Absent, Slot::Node),
            },
            _ => self.generic_slot(k, false).map_or(Slot::Absent, Slot::Node),
        }
    }

    #[inline]
    fn slot_value(&self, s: Slot) -> Value {
        match s {
            Slot::Array(i) => self.arr(i),
            Slot::Node(i) => self.nd(i).val,
            Slot::Absent => Value::NIL,
        }
    }

    /// `t[k]` without metamethods (nil for an absent, nil or NaN key).
    #[inline]
    pub fn get(&self, k: Value) -> Value {
        self.slot_value(self.slot(k))
    }

    /// `t[i]`.
    #[inline]
    pub fn get_int(&self, i: i64) -> Value {
        self.slot_value(self.int_slot(i))
    }

    /// `t[s]` for a string key (the fast path for interned short strings: pointer equality).
    /// `s` is a string of the heap, like the payload of a string value.
    #[inline]
    #[allow(clippy::not_unsafe_ptr_arg_deref)] // heap strings outlive every caller, as in `Value`
    pub fn get_str(&self, s: *const StrObj) -> Value {
        // SAFETY: `s` is a live string of the heap.
        if unsafe { (*s).is_interned() } {
            self.slot_value(self.short_str_slot(s))
        } else {
            self.get(Value::from_str_ptr(s))
        }
    }

    /// The value of interned string key `s` if the node `hint` names (masked to the node
    /// count, so any hint is in bounds) holds it: the check an inline cache makes. Native code
    /// makes the same check with the same masking.
    #[inline(always)]
    pub fn cached_str_val(&self, s: *const StrObj, hint: u32) -> Option<*mut Value> {
        let i = self.hash_pow2(hint);
        let n = self.nd(i);
        (n.key_tag == tag::STR as u32 && n.key_payload == s as u64)
            // SAFETY: `i` is below the node count (masked); a node's value is inside it.
            .then(|| unsafe { std::ptr::addr_of_mut!((*self.node.add(i)).val) })
    }

    /// The node index of interned string key `s` (the hint an inline cache keeps), if present
    /// in the hash part.
    #[allow(clippy::not_unsafe_ptr_arg_deref)] // heap strings outlive every caller, as in `Value`
    pub fn str_node_index(&self, s: *const StrObj) -> Option<u32> {
        // SAFETY: `s` is a live string of the heap.
        if !unsafe { (*s).is_interned() } {
            return None;
        }
        match self.short_str_slot(s) {
            Slot::Node(i) => Some(i as u32),
            _ => None,
        }
    }

    // ---- insertion ---------------------------------------------------------------------

    /// `t[k] = v` without metamethods. Setting nil never inserts a key; setting an existing
    /// key to nil keeps the key (so `next` can continue from it).
    pub fn set(&mut self, heap: &mut Heap, k: Value, v: Value) -> Result<(), TableError> {
        match self.slot(k) {
            Slot::Array(i) => self.array_mut()[i] = v,
            Slot::Node(i) => self.nd_mut(i).val = v,
            Slot::Absent => self.new_key(heap, k, v)?,
        }
        Ok(())
    }

    /// `t[i] = v`.
    pub fn set_int(&mut self, heap: &mut Heap, i: i64, v: Value) -> Result<(), TableError> {
        match self.int_slot(i) {
            Slot::Array(j) => self.array_mut()[j] = v,
            Slot::Node(j) => self.nd_mut(j).val = v,
            Slot::Absent => self.new_key(heap, Value::int(i), v)?,
        }
        Ok(())
    }

    /// A free node (key never used), scanning down from `lastfree`.
    fn free_position(&mut self) -> Option<usize> {
        if self.has_no_hash_part() {
            return None;
        }
        while self.lastfree > 0 {
            self.lastfree -= 1;
            if self.nd(self.lastfree as usize).key_tag == tag::NIL as u32 {
                return Some(self.lastfree as usize);
            }
        }
        None
    }

    /// Inserts a key known to be absent (Lua's `luaH_newkey`).
    fn new_key(&mut self, heap: &mut Heap, k: Value, v: Value) -> Result<(), TableError> {
        let k = match k.tag {
            tag::NIL => return Err(TableError::NilIndex),
            tag::FLOAT if k.as_float().is_nan() => return Err(TableError::NanIndex),
            // A short string key is stored interned, so interned lookups find it by pointer.
            // SAFETY: string values point to live strings of the heap.
            tag::STR
                if !unsafe { (*k.as_str_ptr()).is_interned() }
                    && unsafe { (*k.as_str_ptr()).len() } <= MAX_SHORT_LEN =>
            {
                Value::from_str_ptr(heap.intern(unsafe { (*k.as_str_ptr()).bytes() })?)
            }
            _ => normalize_key(k),
        };
        if v.is_nil() {
            return Ok(());
        }
        let mut mp = self.main_position(k);
        if self.has_no_hash_part() || !self.nd(mp).val.is_nil() {
            // The main position is taken: find a free node, or grow.
            let Some(f) = self.free_position() else {
                self.rehash(heap, k)?;
                return self.set(heap, k, v);
            };
            let other = self.main_position(self.nd(mp).key());
            if other != mp {
                // The colliding key is out of its main position: move it to the free node
                // and take its place.
                let mut prev = other;
                while let Some(j) = self.chain_next(prev).filter(|&j| j != mp) {
                    prev = j;
                }
                self.nd_mut(prev).next = (f as isize - prev as isize) as i32;
                let moved = *self.nd(mp);
                *self.nd_mut(f) = moved;
                if moved.next != 0 {
                    self.nd_mut(f).next += (mp as isize - f as isize) as i32;
                    self.nd_mut(mp).next = 0;
                }
                self.nd_mut(mp).val = Value::NIL;
            } else {
                // The colliding key is in its main position: the new key goes to the free
                // node, chained right after it.
                let mp_next = self.nd(mp).next;
                if mp_next != 0 {
                    self.nd_mut(f).next = (mp as isize + mp_next as isize - f as isize) as i32;
                } else {
                    debug_assert_eq!(self.nd(f).next, 0);
                }
                self.nd_mut(mp).next = (f as isize - mp as isize) as i32;
                mp = f;
            }
        }
        let n = self.nd_mut(mp);
        n.key_tag = k.tag as u32;
        n.key_payload = k.payload;
        n.val = v;
        Ok(())
    }

    // ---- rehash ------------------------------------------------------------------------

    /// Counts the non-nil entries of the array part into `nums` by slice.
    fn num_use_array(&self, nums: &mut [u32; MAX_ABITS as usize + 1]) -> u32 {
        let asize = self.asize;
        let mut total = 0;
        let mut i = 1u32;
        let mut two_to_lg = 1u32;
        for slot in nums.iter_mut() {
            let mut lim = two_to_lg;
            if lim > asize {
                lim = asize;
                if i > lim {
                    break;
                }
            }
            let mut count = 0;
            while i <= lim {
                if !self.arr(i as usize - 1).is_nil() {
                    count += 1;
                }
                i += 1;
            }
            *slot += count;
            total += count;
            two_to_lg = two_to_lg.wrapping_mul(2);
        }
        total
    }

    /// Counts the live keys of the hash part (integer ones also into `nums` and `na`).
    fn num_use_hash(&self, nums: &mut [u32; MAX_ABITS as usize + 1], na: &mut u32) -> u32 {
        let mut total = 0;
        let mut ints = 0;
        for i in (0..self.node_count()).rev() {
            let n = self.nd(i);
            if !n.val.is_nil() {
                if n.key_tag == tag::INT as u32 {
                    ints += count_int(n.key_payload as i64, nums);
                }
                total += 1;
            }
        }
        *na += ints;
        total
    }

    /// Resizes both parts for the live keys plus `extra` (the key being inserted).
    fn rehash(&mut self, heap: &mut Heap, extra: Value) -> Result<(), TableError> {
        let mut nums = [0u32; MAX_ABITS as usize + 1];
        self.alimit.set(self.asize);
        let mut na = self.num_use_array(&mut nums);
        let mut total = na;
        total += self.num_use_hash(&mut nums, &mut na);
        if extra.is_int() {
            na += count_int(extra.as_int(), &mut nums);
        }
        total += 1;
        let asize = compute_sizes(&nums, &mut na);
        self.resize(heap, asize, total - na)
    }

    fn swap_hash(&mut self, h: &mut HashPart) {
        std::mem::swap(&mut self.node, &mut h.node);
        std::mem::swap(&mut self.lsizenode, &mut h.lsizenode);
        std::mem::swap(&mut self.lastfree, &mut h.lastfree);
    }

    /// Resizes the array part to `new_asize` entries and the hash part to `nhsize` nodes
    /// (rounded up to a power of two), moving every entry (Lua's `luaH_resize`). On an
    /// allocation failure the table is unchanged.
    pub(crate) fn resize(&mut self, heap: &mut Heap, new_asize: u32, nhsize: u32) -> Result<(), TableError> {
        let old_asize = self.asize;
        self.alimit.set(old_asize);
        let mut part = HashPart::new(heap, nhsize)?;
        if new_asize < old_asize {
            // Move the vanishing slice of the array into the new hash part, pretending the
            // array already has its new size; then put the old hash part back until the
            // array is reallocated.
            self.asize = new_asize;
            self.alimit.set(new_asize);
            self.swap_hash(&mut part);
            let mut moved = Ok(());
            for i in new_asize..old_asize {
                // SAFETY: `i < old_asize`, the allocated size.
                let v = unsafe { *self.array.add(i as usize) };
                if !v.is_nil() {
                    // Callers size the new hash part to hold these keys, so this never needs
                    // to grow it; should it fail anyway, the table is put back as it was.
                    moved = self.set_int(heap, i as i64 + 1, v);
                    if moved.is_err() {
                        break;
                    }
                }
            }
            self.asize = old_asize;
            self.alimit.set(old_asize);
            self.swap_hash(&mut part);
            if let Err(e) = moved {
                debug_assert!(false, "the new hash part holds the array's tail");
                // SAFETY: the new part is detached again.
                unsafe { part.free(heap) };
                return Err(e);
            }
        }
        let new_array = match self.realloc_array(heap, new_asize) {
            Ok(p) => p,
            Err(e) => {
                // SAFETY: the new part is not attached to the table.
                unsafe { part.free(heap) };
                return Err(e.into());
            }
        };
        self.swap_hash(&mut part); // the table has the new hash part, `part` the old one
        self.array = new_array;
        self.asize = new_asize;
        self.alimit.set(new_asize);
        for i in old_asize..new_asize {
            // SAFETY: `i < new_asize`, inside the new array.
            unsafe { self.array.add(i as usize).write(Value::NIL) };
        }
        let result = self.reinsert(heap, &part);
        // SAFETY: the old part is detached and no longer read.
        unsafe { part.free(heap) };
        result
    }

    /// Inserts every live entry of a detached hash part, in node order.
    fn reinsert(&mut self, heap: &mut Heap, old: &HashPart) -> Result<(), TableError> {
        for j in 0..1usize << old.lsizenode {
            // SAFETY: `j` is below the old part's node count.
            let n = unsafe { *old.node.add(j) };
            if !n.val.is_nil() {
                self.set(heap, n.key(), n.val)?;
            }
        }
        Ok(())
    }

    /// The array block resized to `n` values (its prefix kept, the rest uninitialized).
    fn realloc_array(&mut self, heap: &mut Heap, n: u32) -> Result<*mut Value, OutOfMemory> {
        let old = self.asize as usize;
        let n = n as usize;
        if n == old {
            return Ok(self.array);
        }
        let new_layout = Layout::array::<Value>(n).map_err(|_| OutOfMemory)?;
        let old_layout = Layout::array::<Value>(old).expect("an allocated array part");
        // SAFETY: the block, when there is one, was allocated by this heap with `old_layout`.
        unsafe {
            match (old, n) {
                (0, _) => Ok(heap.try_alloc_block(new_layout)?.as_ptr() as *mut Value),
                (_, 0) => {
                    heap.free_block(NonNull::new_unchecked(self.array as *mut u8), old_layout);
                    Ok(std::ptr::null_mut())
                }
                _ => Ok(heap
                    .try_realloc_block(NonNull::new_unchecked(self.array as *mut u8), old_layout, new_layout.size())?
                    .as_ptr() as *mut Value),
            }
        }
    }

    /// Resizes the array part to `n` entries, keeping the hash part's size (Lua's
    /// `luaH_resizearray`, for `OP_SETLIST`, which only grows it). Shrinking also works:
    /// the hash part then grows to hold the entries leaving the array.
    pub fn resize_array(&mut self, heap: &mut Heap, n: usize) -> Result<(), TableError> {
        if n > MAX_ASIZE as usize {
            return Err(TableError::OutOfMemory);
        }
        let mut nh = if self.has_no_hash_part() { 0 } else { self.node_count() as u32 };
        if n < self.asize as usize {
            let leaving = self.array()[n..].iter().filter(|v| !v.is_nil()).count() as u32;
            if leaving > 0 {
                let live = (0..self.node_count()).filter(|&i| !self.nd(i).val.is_nil()).count() as u32;
                nh = nh.max(live + leaving);
            }
        }
        self.resize(heap, n as u32, nh)
    }

    /// Frees both parts (the heap is dropping the table).
    ///
    /// # Safety
    /// The table is not used afterwards.
    pub(crate) unsafe fn free_parts(&mut self, heap: &mut Heap) {
        let part = HashPart { node: self.node, lsizenode: self.lsizenode, lastfree: 0 };
        // SAFETY: the caller's contract; the parts were allocated by this heap.
        unsafe {
            part.free(heap);
            if self.asize > 0 {
                let layout = Layout::array::<Value>(self.asize as usize).expect("an allocated array part");
                heap.free_block(NonNull::new_unchecked(self.array as *mut u8), layout);
            }
        }
        self.node = dummy_node();
        self.lsizenode = 0;
        self.array = std::ptr::null_mut();
        self.asize = 0;
        self.alimit.set(0);
    }

    // ---- length ------------------------------------------------------------------------

    /// A border in the array part between `i` (0 or present) and `j` (absent).
    fn bin_search(&self, mut i: u32, mut j: u32) -> u32 {
        while j - i > 1 {
            let m = i + (j - i) / 2;
            if self.arr(m as usize - 1).is_nil() {
                j = m;
            } else {
                i = m;
            }
        }
        i
    }

    /// A border beyond the array part, given `j` is 0 or present and `j + 1` present.
    fn hash_search(&self, mut j: u64) -> u64 {
        let mut i;
        if j == 0 {
            j += 1;
        }
        loop {
            i = j;
            if j <= i64::MAX as u64 / 2 {
                j *= 2;
            } else {
                j = i64::MAX as u64;
                if self.get_int(j as i64).is_nil() {
                    break;
                }
                return j; // max integer is present: it is a border
            }
            if self.get_int(j as i64).is_nil() {
                break;
            }
        }
        while j - i > 1 {
            let m = i + (j - i) / 2;
            if self.get_int(m as i64).is_nil() {
                j = m;
            } else {
                i = m;
            }
        }
        i
    }

    /// `#t` without metamethods: a border (Lua's `luaH_getn`, including how it moves
    /// `alimit`, so the border chosen in a table with holes is lua5.4's).
    pub fn len(&self) -> i64 {
        let asize = self.asize;
        let pow2_asize = asize & asize.wrapping_sub(1) == 0;
        let mut limit = self.alimit.get();
        if limit > 0 && self.arr(limit as usize - 1).is_nil() {
            // A border before `limit`.
            if limit >= 2 && !self.arr(limit as usize - 2).is_nil() {
                let border = limit - 1;
                if pow2_asize && border & (border - 1) != 0 {
                    self.alimit.set(border);
                }
                return border as i64;
            }
            let border = self.bin_search(0, limit);
            if pow2_asize && border > asize / 2 {
                self.alimit.set(border);
            }
            return border as i64;
        }
        if limit != asize {
            // `limit` is present and the array goes on after it.
            if self.arr(limit as usize).is_nil() {
                return limit as i64;
            }
            limit = asize;
            if self.arr(limit as usize - 1).is_nil() {
                let border = self.bin_search(self.alimit.get(), limit);
                self.alimit.set(border);
                return border as i64;
            }
        }
        // `limit` is the array size and is 0 or present: look at the hash part.
        if self.has_no_hash_part() || self.get_int(limit as i64 + 1).is_nil() {
            return limit as i64;
        }
        self.hash_search(limit as u64) as i64
    }

    /// Whether the table has no entries at all.
    pub fn is_empty(&self) -> bool {
        matches!(self.next(Value::NIL), Ok(None))
    }

    // ---- traversal ---------------------------------------------------------------------

    /// The traversal index after key `k`: array entries first, then nodes.
    fn find_index(&self, k: Value) -> Result<usize, TableError> {
        if k.is_nil() {
            return Ok(0);
        }
        let asize = self.asize as usize;
        if k.is_int()
            && let Some(i) = array_index(k.as_int())
            && i as usize <= asize
        {
            return Ok(i as usize);
        }
        let n = self.generic_slot(k, true).ok_or(TableError::InvalidNextKey)?;
        Ok(n + 1 + asize)
    }

    /// The entry after key `k` in traversal order (`next(t, k)`): `None` at the end, an
    /// error for a key that is not in the table.
    pub fn next(&self, k: Value) -> Result<Option<(Value, Value)>, TableError> {
        let asize = self.asize as usize;
        let mut i = self.find_index(k)?;
        while i < asize {
            let v = self.arr(i);
            if !v.is_nil() {
                return Ok(Some((Value::int(i as i64 + 1), v)));
            }
            i += 1;
        }
        for j in i - asize..self.node_count() {
            let n = self.nd(j);
            if !n.val.is_nil() {
                return Ok(Some((n.key(), n.val)));
            }
        }
        Ok(None)
    }

    /// Iterates the live entries in `next` order (the table must not change meanwhile).
    pub fn iter(&self) -> impl Iterator<Item = (Value, Value)> + '_ {
        let arr =
            self.array().iter().enumerate().filter(|(_, v)| !v.is_nil()).map(|(i, v)| (Value::int(i as i64 + 1), *v));
        let nodes = (0..self.node_count()).map(|j| self.nd(j)).filter(|n| !n.val.is_nil()).map(|n| (n.key(), n.val));
        arr.chain(nodes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh table of `heap` (tables live until the heap drops).
    fn table<'a>(heap: &mut Heap, narray: usize, nhash: usize) -> &'a mut Table {
        // SAFETY: the heap outlives every use in these tests.
        unsafe { &mut *heap.alloc_table(narray, nhash).expect("a small table") }
    }

    #[test]
    fn built_string_keys_find_interned_ones_and_are_stored_interned() {
        let mut heap = Heap::new();
        let t = table(&mut heap, 0, 0);
        let built = |h: &mut Heap, s: &[u8]| {
            Value::from_str_ptr(h.try_alloc_str_with(s.len(), |d| d.copy_from_slice(s)).unwrap())
        };
        let k = built(&mut heap, b"name");
        t.set(&mut heap, k, Value::int(1)).unwrap();
        // The key was interned on insertion: the constant finds it by pointer.
        let constant = heap.alloc_str(b"name");
        assert_eq!(t.get_str(constant), Value::int(1));
        assert_eq!(t.next(Value::NIL).unwrap().unwrap().0.as_str_ptr(), constant);
        // Another built copy reads and overwrites the same entry.
        let k2 = built(&mut heap, b"name");
        assert_eq!(t.get(k2), Value::int(1));
        t.set(&mut heap, k2, Value::int(2)).unwrap();
        assert_eq!(t.get_str(constant), Value::int(2));
        // Long keys are compared by contents.
        let long = [b'x'; 50];
        let lk = built(&mut heap, &long);
        t.set(&mut heap, lk, Value::int(3)).unwrap();
        assert_eq!(t.get(built(&mut heap, &long)), Value::int(3));
        assert_eq!(t.get(built(&mut heap, b"nam")), Value::NIL);
    }

    /// `t[k] = k` (or `t[k] = nil` with `None`).
    fn seti(t: &mut Table, h: &mut Heap, k: i64, v: Option<i64>) {
        t.set_int(h, k, v.map_or(Value::NIL, Value::int)).unwrap();
    }

    /// The keys in `next` order, as `for k in pairs(t) do io.write(k, ' ') end` prints them.
    fn keys(t: &Table) -> String {
        let mut out = Vec::new();
        let mut k = Value::NIL;
        while let Some((key, _)) = t.next(k).unwrap() {
            out.push(format!("{key:?}"));
            k = key;
        }
        out.join(" ")
    }

    fn fill(t: &mut Table, h: &mut Heap, keys: impl IntoIterator<Item = i64>) {
        for k in keys {
            seti(t, h, k, Some(k));
        }
    }

    // Each sequence below was run with lua5.4 (5.4.4); its output is in the comment.

    #[test]
    fn lua_sequences_length_and_order() {
        let h = &mut Heap::new();

        // t={} for i=1,10 do t[i]=i end t[5]=nil print(#t)     --> 10   1 2 3 4 6 7 8 9 10
        let t = table(h, 0, 0);
        fill(t, h, 1..=10);
        seti(t, h, 5, None);
        assert_eq!(t.len(), 10);
        assert_eq!(keys(t), "1 2 3 4 6 7 8 9 10");

        // t={} for i=10,1,-1 do t[i]=i end                     --> 10   1 2 3 4 5 6 7 8 9 10
        let t = table(h, 0, 0);
        fill(t, h, (1..=10).rev());
        assert_eq!(t.len(), 10);
        assert_eq!(keys(t), "1 2 3 4 5 6 7 8 9 10");

        // t={} for _,k in ipairs{1,2,4,8,16} do t[k]=k end     --> 4    1 2 4 8 16
        let t = table(h, 0, 0);
        fill(t, h, [1, 2, 4, 8, 16]);
        assert_eq!(t.len(), 4);
        assert_eq!(keys(t), "1 2 4 8 16");

        // t={} for i=1,10 do t[i]=i end t[10]=nil print(#t)    --> 9
        // t[9]=nil print(#t)                                   --> 8    1 2 3 4 5 6 7 8
        let t = table(h, 0, 0);
        fill(t, h, 1..=10);
        seti(t, h, 10, None);
        assert_eq!(t.len(), 9);
        seti(t, h, 9, None);
        assert_eq!(t.len(), 8);
        assert_eq!(keys(t), "1 2 3 4 5 6 7 8");

        // t={} for i=-5,5 do t[i]=i end                        --> 5    1 2 3 4 -2 -1 5 -5 -4 -3 0
        let t = table(h, 0, 0);
        fill(t, h, -5..=5);
        assert_eq!(t.len(), 5);
        assert_eq!(keys(t), "1 2 3 4 -2 -1 5 -5 -4 -3 0");

        // t={1,2,nil,4}                                        --> 4    1 2 4
        let t = table(h, 4, 0);
        t.array_mut().copy_from_slice(&[Value::int(1), Value::int(2), Value::NIL, Value::int(4)]);
        assert_eq!(t.len(), 4);
        assert_eq!(keys(t), "1 2 4");

        // t={1,2,nil,4,nil}                                    --> 4    1 2 4
        let t = table(h, 5, 0);
        t.array_mut().copy_from_slice(&[Value::int(1), Value::int(2), Value::NIL, Value::int(4), Value::NIL]);
        assert_eq!(t.len(), 4);
        assert_eq!(keys(t), "1 2 4");

        // t={} for i=1,20 do t[i]=i end for i=1,20,2 do t[i]=nil end
        //                                                      --> 20   2 4 6 8 10 12 14 16 18 20
        let t = table(h, 0, 0);
        fill(t, h, 1..=20);
        for i in (1..=20).step_by(2) {
            seti(t, h, i, None);
        }
        assert_eq!(t.len(), 20);
        assert_eq!(keys(t), "2 4 6 8 10 12 14 16 18 20");

        // t={} for i=1,8 do t[i]=i end t[8]=nil t[6]=nil print(#t)   --> 7
        // local _=t[7] print(#t)                               --> 7
        // t[8]=8 print(#t)                                     --> 8
        let t = table(h, 0, 0);
        fill(t, h, 1..=8);
        seti(t, h, 8, None);
        seti(t, h, 6, None);
        assert_eq!(t.len(), 7);
        assert_eq!(t.get_int(7), Value::int(7));
        assert_eq!(t.len(), 7);
        seti(t, h, 8, Some(8));
        assert_eq!(t.len(), 8);

        // t={} for _,k in ipairs{5,3,100,-1,7,2,64,0,1} do t[k]=true end
        //                                                      --> 7    1 2 3 5 7 -1 100 64 0
        let t = table(h, 0, 0);
        for k in [5, 3, 100, -1, 7, 2, 64, 0, 1] {
            t.set_int(h, k, Value::TRUE).unwrap();
        }
        assert_eq!(t.len(), 7);
        assert_eq!(keys(t), "1 2 3 5 7 -1 100 64 0");

        // t={} for i=20,1,-1 do t[i*3]=i end
        //     --> 0   33 3 36 6 39 9 42 12 45 15 48 18 51 21 54 24 57 27 60 30
        let t = table(h, 0, 0);
        for i in (1..=20).rev() {
            seti(t, h, i * 3, Some(i));
        }
        assert_eq!(t.len(), 0);
        assert_eq!(keys(t), "33 3 36 6 39 9 42 12 45 15 48 18 51 21 54 24 57 27 60 30");

        // t={} for i=1,17 do t[i]=i end for i=9,16 do t[i]=nil end print(#t)   --> 8
        // t[17]=nil print(#t)                                  --> 8    1 2 3 4 5 6 7 8
        let t = table(h, 0, 0);
        fill(t, h, 1..=17);
        for i in 9..=16 {
            seti(t, h, i, None);
        }
        assert_eq!(t.len(), 8);
        seti(t, h, 17, None);
        assert_eq!(t.len(), 8);
        assert_eq!(keys(t), "1 2 3 4 5 6 7 8");

        // t={} t[1]=1 t[2]=2 t[3]=3 t[4]=4 t[100]=1 t[200]=2 t[5]=5
        //                                                      --> 5    1 2 3 4 5 100 200
        let t = table(h, 0, 0);
        fill(t, h, [1, 2, 3, 4, 100, 200, 5]);
        assert_eq!(t.len(), 5);
        assert_eq!(keys(t), "1 2 3 4 5 100 200");

        // t={} for i=1,64 do t[i]=i end for i=33,64 do t[i]=nil end t[40]=40 print(#t)  --> 40
        // t[50]=nil print(#t)                                  --> 32
        let t = table(h, 0, 0);
        fill(t, h, 1..=64);
        for i in 33..=64 {
            seti(t, h, i, None);
        }
        seti(t, h, 40, Some(40));
        assert_eq!(t.len(), 40);
        seti(t, h, 50, None);
        assert_eq!(t.len(), 32);

        // t={} t[1]=1 t[2]=2 t[4]=4                            --> 4    1 2 4
        let t = table(h, 0, 0);
        fill(t, h, [1, 2, 4]);
        assert_eq!(t.len(), 4);
        assert_eq!(keys(t), "1 2 4");

        // t={} for i=1,5 do t[-i]=i t[i*i]=i end               --> 1    1 -1 16 4 9 25 -5 -4 -3 -2
        let t = table(h, 0, 0);
        for i in 1..=5 {
            seti(t, h, -i, Some(i));
            seti(t, h, i * i, Some(i));
        }
        assert_eq!(t.len(), 1);
        assert_eq!(keys(t), "1 -1 16 4 9 25 -5 -4 -3 -2");
    }

    #[test]
    fn lua_sequences_alimit_moved_by_reads_and_writes() {
        let h = &mut Heap::new();
        fn holes<'a>(h: &mut Heap) -> &'a mut Table {
            let t = table(h, 0, 0);
            fill(t, h, 1..=16);
            for i in [16, 15, 10, 12] {
                seti(t, h, i, None);
            }
            t
        }
        // t={} for i=1,16 do t[i]=i end t[16]=nil t[15]=nil t[10]=nil t[12]=nil
        // print(#t, #t)                                        --> 9 9
        // local _=t[11] print(#t)                              --> 11
        let t = holes(h);
        assert_eq!((t.len(), t.len()), (9, 9));
        assert_eq!(t.get_int(11), Value::int(11));
        assert_eq!(t.len(), 11);
        // (same table) print(#t) t[13]=nil print(#t)           --> 9  11
        let t = holes(h);
        assert_eq!(t.len(), 9);
        seti(t, h, 13, None);
        assert_eq!(t.len(), 11);
        // (same table) print(#t) t[14]=1 print(#t)             --> 9  14
        let t = holes(h);
        assert_eq!(t.len(), 9);
        t.set_int(h, 14, Value::int(1)).unwrap();
        assert_eq!(t.len(), 14);
        // t={n=1, 1,2,3} print(#t, t[3], #t)                    --> 3 3 3
        let t = table(h, 3, 1);
        t.array_mut().copy_from_slice(&[Value::int(1), Value::int(2), Value::int(3)]);
        let n = h.str_value(b"n");
        t.set(h, n, Value::int(1)).unwrap();
        assert_eq!((t.len(), t.get_int(3), t.len()), (3, Value::int(3), 3));
    }

    #[test]
    fn get_set_overwrite_delete() {
        let h = &mut Heap::new();
        let t = table(h, 0, 0);
        let long_a = h.str_value(&[b'x'; 100]);
        let long_b = h.str_value(&[b'x'; 100]);
        assert_ne!(long_a.payload, long_b.payload);
        let short = h.str_value(b"name");
        let other = Value::from_table(table(h, 0, 0));
        let keys = [
            Value::int(1),
            Value::int(-7),
            Value::int(i64::MIN),
            Value::float(0.5),
            Value::float(f64::INFINITY),
            short,
            long_a,
            Value::TRUE,
            Value::FALSE,
            other,
            Value::builtin(3),
        ];
        for (i, &k) in keys.iter().enumerate() {
            t.set(h, k, Value::int(i as i64 + 10)).unwrap();
        }
        for (i, &k) in keys.iter().enumerate() {
            assert_eq!(t.get(k), Value::int(i as i64 + 10), "{k:?}");
        }
        // A long string key is found by contents; a short one by its interned object.
        assert_eq!(t.get(long_b), Value::int(16));
        assert_eq!(t.get_str(h.alloc_str(b"name")), Value::int(15));
        assert_eq!(t.get_str(h.alloc_str(b"nome")), Value::NIL);
        assert_eq!(t.get(Value::int(2)), Value::NIL);
        // Overwrite, then delete.
        t.set(h, long_b, Value::int(99)).unwrap();
        assert_eq!(t.get(long_a), Value::int(99));
        t.set(h, short, Value::NIL).unwrap();
        t.set(h, Value::int(1), Value::NIL).unwrap();
        assert_eq!(t.get(short), Value::NIL);
        assert_eq!(t.get_int(1), Value::NIL);
        assert_eq!(t.iter().count(), keys.len() - 2);
        // Setting nil to an absent key inserts nothing.
        let e = table(h, 0, 0);
        e.set(h, Value::int(5), Value::NIL).unwrap();
        e.set(h, short, Value::NIL).unwrap();
        assert!(e.is_empty() && e.has_no_hash_part() && e.array().is_empty());
    }

    #[test]
    fn float_keys_with_integer_values_are_integer_keys() {
        let h = &mut Heap::new();
        let t = table(h, 0, 0);
        t.set(h, Value::float(1.0), Value::int(10)).unwrap();
        assert_eq!(t.get_int(1), Value::int(10));
        t.set(h, Value::float(2f64.powi(53)), Value::int(53)).unwrap();
        assert_eq!(t.get_int(9007199254740992), Value::int(53));
        t.set(h, Value::float(-0.0), Value::int(0)).unwrap();
        assert_eq!(t.get_int(0), Value::int(0));
        assert_eq!(t.get(Value::float(0.0)), Value::int(0));
        t.set(h, Value::float(1.5), Value::int(15)).unwrap();
        assert_eq!(t.get(Value::float(1.5)), Value::int(15));
        assert_eq!(t.get_int(1), Value::int(10));
        // Traversal yields the normalized keys.
        let ks: Vec<Value> = t.iter().map(|(k, _)| k).collect();
        assert_eq!(ks.iter().filter(|k| k.is_float()).count(), 1);
        assert!(ks.contains(&Value::int(9007199254740992)) && ks.contains(&Value::int(0)));
        // `next` takes the key as stored: lua5.4's next({1,2}, 1.0) is "invalid key to 'next'".
        assert_eq!(t.next(Value::float(1.5)).map(|_| ()), Ok(()));
    }

    #[test]
    fn nil_and_nan_keys() {
        let h = &mut Heap::new();
        let t = table(h, 0, 0);
        // t[nil]=1, t[nil]=nil, t[0/0]=nil: lua5.4 raises all three.
        assert_eq!(t.set(h, Value::NIL, Value::int(1)), Err(TableError::NilIndex));
        assert_eq!(t.set(h, Value::NIL, Value::NIL), Err(TableError::NilIndex));
        assert_eq!(t.set(h, Value::float(f64::NAN), Value::NIL), Err(TableError::NanIndex));
        assert_eq!(t.set(h, Value::float(f64::NAN), Value::int(1)), Err(TableError::NanIndex));
        assert_eq!(t.get(Value::NIL), Value::NIL);
        assert_eq!(t.get(Value::float(f64::NAN)), Value::NIL);
        assert_eq!(TableError::NilIndex.to_string(), "table index is nil");
        assert_eq!(TableError::NanIndex.to_string(), "table index is NaN");
        assert_eq!(TableError::InvalidNextKey.to_string(), "invalid key to 'next'");
        assert_eq!(TableError::OutOfMemory.to_string(), "not enough memory");
        // next({}, 1) and next({1,2}, 1.0): "invalid key to 'next'" in lua5.4.
        assert_eq!(t.next(Value::int(1)), Err(TableError::InvalidNextKey));
        let u = table(h, 0, 0);
        fill(u, h, 1..=2);
        assert_eq!(u.next(Value::float(1.0)), Err(TableError::InvalidNextKey));
        assert!(t.is_empty());
    }

    /// A deterministic mix of keys: integers (small, negative, huge), floats, short and long
    /// strings.
    fn mixed_keys(h: &mut Heap, n: usize) -> Vec<Value> {
        let mut x = 0x1234_5678_9abc_def0u64;
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            out.push(match i % 6 {
                0 => Value::int(i as i64),
                1 => Value::int(-(i as i64)),
                2 => Value::int((x >> 1) as i64),
                3 => Value::float(i as f64 + 0.25),
                4 => h.str_value(format!("k{i}").as_bytes()),
                _ => h.str_value(format!("a long string key that is not interned, number {i}").as_bytes()),
            });
        }
        out
    }

    #[test]
    fn rehash_keeps_every_key() {
        let h = &mut Heap::new();
        let t = table(h, 0, 0);
        let ks = mixed_keys(h, 10_000);
        for (i, &k) in ks.iter().enumerate() {
            t.set(h, k, Value::int(i as i64)).unwrap();
        }
        for (i, &k) in ks.iter().enumerate() {
            assert_eq!(t.get(k), Value::int(i as i64), "{k:?}");
        }
        for &k in ks.iter().step_by(2) {
            t.set(h, k, Value::NIL).unwrap();
        }
        // More insertions force rehashes that drop the removed keys.
        let more = mixed_keys(h, 12_000);
        for &k in &more[10_000..] {
            t.set(h, k, Value::TRUE).unwrap();
        }
        for (i, &k) in ks.iter().enumerate() {
            let want = if i % 2 == 0 { Value::NIL } else { Value::int(i as i64) };
            assert_eq!(t.get(k), want, "{k:?}");
        }
        for &k in &more[10_000..] {
            assert_eq!(t.get(k), Value::TRUE);
        }
        assert_eq!(t.iter().count(), 5_000 + 2_000);
    }

    #[test]
    fn next_visits_every_live_key_once_while_clearing() {
        let h = &mut Heap::new();
        let t = table(h, 0, 0);
        let ks = mixed_keys(h, 3_000);
        for &k in &ks {
            t.set(h, k, Value::TRUE).unwrap();
        }
        for &k in ks.iter().step_by(3) {
            t.set(h, k, Value::NIL).unwrap();
        }
        let live = ks.len() - ks.len().div_ceil(3);
        let mut seen = std::collections::HashSet::new();
        let mut k = Value::NIL;
        let mut n = 0;
        while let Some((key, v)) = t.next(k).unwrap() {
            assert_eq!(v, Value::TRUE);
            assert!(seen.insert((key.tag, key.payload)), "{key:?} twice");
            // Clear the field being visited, as `for k in pairs(t) do t[k] = nil end` does.
            t.set(h, key, Value::NIL).unwrap();
            n += 1;
            k = key;
        }
        assert_eq!(n, live);
        assert!(t.is_empty());
    }

    #[test]
    // local t={} for i=1000000,1,-1 do t[i]=i end print(#t)   --> 1000000
    fn a_million_keys_inserted_in_reverse() {
        let h = &mut Heap::new();
        let t = table(h, 0, 0);
        const N: i64 = 1_000_000;
        for i in (1..=N).rev() {
            t.set_int(h, i, Value::int(i)).unwrap();
        }
        assert_eq!(t.len(), N);
        for i in (1..=N).step_by(997) {
            assert_eq!(t.get_int(i), Value::int(i));
        }
        assert_eq!(t.get_int(N + 1), Value::NIL);
        assert_eq!(t.get_int(0), Value::NIL);
        assert_eq!(t.iter().count(), N as usize);
    }

    #[test]
    fn absurd_sizes_are_errors_not_aborts() {
        let h = &mut Heap::new();
        assert_eq!(h.alloc_table(usize::MAX / 2, 0).err(), Some(OutOfMemory));
        assert_eq!(h.alloc_table(0, usize::MAX / 2).err(), Some(OutOfMemory));
        assert_eq!(h.alloc_table(MAX_ASIZE as usize + 1, 0).err(), Some(OutOfMemory));
        let t = table(h, 0, 0);
        assert_eq!(t.resize_array(h, usize::MAX / 2), Err(TableError::OutOfMemory));
        // The table is unchanged and usable.
        t.set_int(h, 1, Value::TRUE).unwrap();
        assert_eq!(t.get_int(1), Value::TRUE);
        let mut nums = [0u32; MAX_ABITS as usize + 1];
        nums[31] = 1;
        let mut na = 1;
        assert_eq!(compute_sizes(&nums, &mut na), 0);
        assert!(matches!(HashPart::new(h, MAX_HSIZE + 1), Err(TableError::Overflow)));
    }

    #[test]
    fn parts_are_accounted_and_released() {
        let h = &mut Heap::new();
        let t = table(h, 0, 0);
        let empty = h.allocated_bytes();
        fill(t, h, 1..=1000);
        let full = h.allocated_bytes();
        assert!(full >= empty + 1000 * 16, "{empty} -> {full}");
        // SETLIST-style presizing, then shrinking the array back moves keys to the hash part.
        t.resize_array(h, 2048).unwrap();
        assert_eq!(t.array().len(), 2048);
        assert!(h.allocated_bytes() >= full + 1024 * 16);
        t.resize_array(h, 0).unwrap();
        assert!(t.array().is_empty());
        assert_eq!(t.len(), 1000);
        assert_eq!(t.get_int(500), Value::int(500));
        // A table with a hash part presizes its nodes to a power of two.
        let u = table(h, 3, 5);
        assert_eq!((u.array().len(), u.node_count()), (3, 8));
    }

    #[test]
    fn float_hash_and_frexp() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(frexp(f64::MIN_POSITIVE / 4.0), (0.5, -1023));
        assert_eq!(frexp(5e-324), (0.5, -1073));
        assert_eq!(hash_float(f64::INFINITY), 0);
        assert_eq!(hash_float(f64::NEG_INFINITY), 0);
        // 0.5 = 0.5 * 2^0: 0.5 * 2^31 + 0.
        assert_eq!(hash_float(0.5), 1 << 30);
        // -0.5: u = -2^30 as unsigned, above INT_MAX, so ~u = 2^30 - 1.
        assert_eq!(hash_float(-0.5), (1 << 30) - 1);
        assert!(hash_float(1e300) <= i32::MAX as u32);
    }

    #[test]
    fn table_values() {
        let h = &mut Heap::new();
        let p = h.alloc_table(0, 0).unwrap();
        let v = Value::from_table(p);
        assert!(v.is_table() && v.as_table_ptr() == p);
        assert_eq!(v.type_name(), "table");
        assert!(v.raw_eq(v) && !v.raw_eq(Value::from_table(h.alloc_table(0, 0).unwrap())));
        assert!(format!("{v:?}").starts_with("table: 0x"));
        // SAFETY: `p` lives as long as the heap.
        let t = unsafe { &*p };
        assert_eq!((t.flags, t.shape, t.metatable), (FLAGS_ALL_ABSENT, 0, std::ptr::null_mut()));
    }
}

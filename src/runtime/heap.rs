//! The VM heap: strings, tables, closures and upvalue cells.
//!
//! Every object is one allocation with a `#[repr(C)]` header and inline trailing data, so JIT
//! code can reach fields at fixed offsets:
//!
//! ```text
//!   StrObj:  [ len: usize | hash: u32 | interned: u8 | hashed: u8 | pad | bytes ... ]
//!   Table:   see runtime::table (header here; array and node parts are separate blocks)
//!   Closure: [ proto: u32 | nupvals: u32 | upvals: *mut Cell ... ]
//!   Cell:    [ value: Value ]
//! ```
//!
//! Strings of at most 40 bytes are interned ([`crate::runtime::string`]): the heap holds one
//! object per distinct short byte string, so short strings are equal exactly when their
//! pointers are. Long strings are never interned and hash lazily.
//!
//! Phase 1 keeps every object until the heap is dropped (the VM ends). The heap records every
//! allocation with its kind, and every place that holds values is known (VM stack, globals,
//! constants, closures' cells, tables), so a tracing, non-moving collector can be added
//! without changing layouts. A table's array and node parts are accounted in
//! [`Heap::allocated_bytes`] and freed when replaced or when the heap drops.

use crate::runtime::string::{HASH_SEED, MAX_SHORT_LEN, StrTable, hash_bytes};
use crate::runtime::table::Table;
use crate::runtime::value::Value;
use std::alloc::{Layout, alloc, dealloc, realloc};
use std::cell::Cell as Mut;
use std::ptr::NonNull;

/// An immutable byte string with a cached hash.
#[repr(C)]
pub struct StrObj {
    len: usize,
    /// Short strings: the hash. Long strings: the seed until `hashed`, then the hash.
    hash: Mut<u32>,
    /// Interned (at most `MAX_SHORT_LEN` bytes).
    interned: bool,
    /// The hash has been computed (always true for interned strings).
    hashed: Mut<bool>,
}

impl StrObj {
    /// Offset of the first byte from the object start.
    pub const DATA_OFFSET: usize = std::mem::size_of::<StrObj>();

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    #[inline(always)]
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: the allocation holds `len` bytes right after the header.
        unsafe { std::slice::from_raw_parts((self as *const StrObj as *const u8).add(Self::DATA_OFFSET), self.len) }
    }
    /// Interned: equal to another interned string exactly when it is the same object.
    /// Constants and table keys of at most `MAX_SHORT_LEN` bytes are interned; strings a
    /// program builds are not until they become a table key (there is no collector yet to
    /// keep the intern table small, so interning every temporary would cost a growing table).
    #[inline(always)]
    pub fn is_interned(&self) -> bool {
        self.interned
    }
    /// The string's hash (computed on first use for a long string).
    #[inline]
    pub fn hash(&self) -> u32 {
        if !self.hashed.get() {
            self.hash.set(hash_bytes(self.bytes(), self.hash.get()));
            self.hashed.set(true);
        }
        self.hash.get()
    }
    /// The hash field as stored (a short string's hash).
    #[inline(always)]
    pub(crate) fn stored_hash(&self) -> u32 {
        self.hash.get()
    }
}

/// A Lua closure: a function prototype plus its captured cells.
#[repr(C)]
pub struct Closure {
    /// Index of the function in the program.
    pub proto: u32,
    pub nupvals: u32,
}

impl Closure {
    pub const UPVALS_OFFSET: usize = std::mem::size_of::<Closure>();

    #[inline(always)]
    pub fn upvals(&self) -> &[*mut Cell] {
        // SAFETY: the allocation holds `nupvals` cell pointers right after the header.
        unsafe {
            std::slice::from_raw_parts(
                (self as *const Closure as *const u8).add(Self::UPVALS_OFFSET) as *const *mut Cell,
                self.nupvals as usize,
            )
        }
    }
    #[inline(always)]
    pub fn upval(&self, i: usize) -> *mut Cell {
        debug_assert!(i < self.nupvals as usize);
        // SAFETY: `i < nupvals` is guaranteed by the verifier (upvalue indices are checked
        // against the function's upvalue count).
        unsafe { *((self as *const Closure as *const u8).add(Self::UPVALS_OFFSET) as *const *mut Cell).add(i) }
    }
}

/// A captured local: the box every closure that captures the local shares.
#[repr(C)]
pub struct Cell {
    pub value: Value,
}

/// Offsets of the heap fields native code reads (in bytes from the object's start), named
/// once and asserted against the layouts (the table and node ones in `runtime::table`), as
/// `JitContext`'s are.
pub mod offsets {
    /// `StrObj::len`: a string's length (`#s`).
    pub const STR_LEN: i32 = 0;
    /// `StrObj::hash`: a short string's hash (a long string's only once `hashed`).
    pub const STR_HASH: i32 = 8;
    /// `Closure::proto`: the function a closure runs (call-target feedback and guards).
    pub const CLOSURE_PROTO: i32 = 0;
    /// The first of a closure's upvalue cell pointers (`Closure::UPVALS_OFFSET`).
    pub const CLOSURE_UPVALS: i32 = 8;
    /// `Cell::value`: the value a captured local's cell holds.
    pub const CELL_VALUE: i32 = 0;

    /// `Table::flags` (u8): the metamethod-absence cache (a set bit: that metamethod is absent).
    pub const TABLE_FLAGS: i32 = 0;
    /// `Table::lsizenode` (u8): log2 of the number of hash nodes.
    pub const TABLE_LSIZENODE: i32 = 1;
    /// `Table::shape` (u32): reserved for inline caches (0 for now).
    pub const TABLE_SHAPE: i32 = 4;
    /// `Table::array` (`*mut Value`): the array part, keys `1..=asize` (null when empty).
    pub const TABLE_ARRAY: i32 = 8;
    /// `Table::asize` (u32): the allocated size of the array part.
    pub const TABLE_ASIZE: i32 = 16;
    /// `Table::alimit` (u32): Lua's `alimit`, a hint for `#t` (`<= asize`). A fast integer
    /// get may index the array directly only below it; above it, the slow path updates it.
    pub const TABLE_ALIMIT: i32 = 20;
    /// `Table::node` (`*mut Node`): the hash part, `1 << lsizenode` nodes.
    pub const TABLE_NODE: i32 = 24;
    /// `Table::lastfree` (u32): the free-node scan position.
    pub const TABLE_LASTFREE: i32 = 32;
    /// `Table::metatable` (`*mut Table`, null for none).
    pub const TABLE_METATABLE: i32 = 40;

    /// `Node::val`: the value of a hash node (nil: empty).
    pub const NODE_VAL: i32 = 0;
    /// `Node::key_payload`: the key's payload word.
    pub const NODE_KEY_PAYLOAD: i32 = 16;
    /// `Node::key_tag` (u32): the key's tag (`tag::NIL`: never used).
    pub const NODE_KEY_TAG: i32 = 24;
    /// `Node::next` (i32): the offset, in nodes, of the next node of the chain (0: the end).
    pub const NODE_NEXT: i32 = 28;
    /// The size of a node, a power of two.
    pub const NODE_SIZE: i32 = 32;
}

const _: () = {
    assert!(std::mem::offset_of!(StrObj, len) == offsets::STR_LEN as usize);
    assert!(std::mem::offset_of!(StrObj, hash) == offsets::STR_HASH as usize);
    assert!(StrObj::DATA_OFFSET == 16);
    assert!(std::mem::offset_of!(Closure, proto) == offsets::CLOSURE_PROTO as usize);
    assert!(Closure::UPVALS_OFFSET == offsets::CLOSURE_UPVALS as usize);
    assert!(std::mem::offset_of!(Cell, value) == offsets::CELL_VALUE as usize);
};

/// A heap allocation failed: Lua's `not enough memory`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutOfMemory;

/// What a heap object is (what the collector will trace and how an object is freed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjKind {
    Str,
    Table,
    Closure,
    Cell,
}

/// Owner of every heap object of one VM.
pub struct Heap {
    /// Every object with its kind (its layout follows from the kind and its header).
    objects: Vec<(NonNull<u8>, ObjKind)>,
    bytes: usize,
    strings: StrTable,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap { objects: Vec::new(), bytes: 0, strings: StrTable::new() }
    }

    /// Bytes currently allocated (for metrics and, later, collection pacing): objects and
    /// table parts.
    pub fn allocated_bytes(&self) -> usize {
        self.bytes
    }

    /// Number of interned short strings.
    pub fn interned_strings(&self) -> usize {
        self.strings.len()
    }

    fn raw_alloc(&mut self, layout: Layout, kind: ObjKind) -> NonNull<u8> {
        self.try_raw_alloc(layout, kind).unwrap_or_else(|_| std::alloc::handle_alloc_error(layout))
    }

    fn try_raw_alloc(&mut self, layout: Layout, kind: ObjKind) -> Result<NonNull<u8>, OutOfMemory> {
        let p = self.try_alloc_block(layout)?;
        self.objects.push((p, kind));
        Ok(p)
    }

    /// Allocates a block that is not an object (a table's array or node part): accounted in
    /// `allocated_bytes`, owned and freed by the object that holds it.
    pub(crate) fn try_alloc_block(&mut self, layout: Layout) -> Result<NonNull<u8>, OutOfMemory> {
        debug_assert!(layout.size() > 0);
        // SAFETY: callers never ask for a zero-sized block.
        let p = NonNull::new(unsafe { alloc(layout) }).ok_or(OutOfMemory)?;
        self.bytes += layout.size();
        Ok(p)
    }

    /// Resizes a block from `try_alloc_block` to `new_size` bytes (same alignment), keeping
    /// its prefix. On failure the block is unchanged.
    ///
    /// # Safety
    /// `p` was allocated by this heap with `layout` and not freed.
    pub(crate) unsafe fn try_realloc_block(
        &mut self,
        p: NonNull<u8>,
        layout: Layout,
        new_size: usize,
    ) -> Result<NonNull<u8>, OutOfMemory> {
        debug_assert!(new_size > 0);
        Layout::from_size_align(new_size, layout.align()).map_err(|_| OutOfMemory)?;
        // SAFETY: the caller's contract; the new size is non-zero and fits the alignment.
        let q = NonNull::new(unsafe { realloc(p.as_ptr(), layout, new_size) }).ok_or(OutOfMemory)?;
        self.bytes = self.bytes - layout.size() + new_size;
        Ok(q)
    }

    /// Frees a block from `try_alloc_block`.
    ///
    /// # Safety
    /// `p` was allocated by this heap with `layout` and not freed.
    pub(crate) unsafe fn free_block(&mut self, p: NonNull<u8>, layout: Layout) {
        // SAFETY: the caller's contract.
        unsafe { dealloc(p.as_ptr(), layout) };
        self.bytes -= layout.size();
    }

    /// Allocates a string with the given bytes; only for strings known to be small (constants,
    /// names): an allocation failure aborts, as Rust's own collections do.
    pub fn alloc_str(&mut self, bytes: &[u8]) -> *const StrObj {
        let r = if bytes.len() <= MAX_SHORT_LEN {
            self.intern(bytes)
        } else {
            self.try_alloc_plain_str_with(bytes.len(), |dst| dst.copy_from_slice(bytes))
        };
        r.unwrap_or_else(|_| std::alloc::handle_alloc_error(Self::str_layout(bytes.len()).expect("a small string")))
    }

    fn str_layout(len: usize) -> Result<Layout, OutOfMemory> {
        let size = StrObj::DATA_OFFSET.checked_add(len).ok_or(OutOfMemory)?;
        Layout::from_size_align(size, 8).map_err(|_| OutOfMemory)
    }

    /// Allocates a string of `len` bytes and lets `fill` write them in place (not interned:
    /// see [`StrObj::is_interned`]). Strings a program builds can be as large as memory, so
    /// running out is the program's error (Lua's `not enough memory`), not the VM's end.
    pub fn try_alloc_str_with(
        &mut self,
        len: usize,
        fill: impl FnOnce(&mut [u8]),
    ) -> Result<*const StrObj, OutOfMemory> {
        self.try_alloc_plain_str_with(len, fill)
    }

    /// The interned string with these bytes (at most `MAX_SHORT_LEN` of them), made if new.
    pub(crate) fn intern(&mut self, bytes: &[u8]) -> Result<*const StrObj, OutOfMemory> {
        debug_assert!(bytes.len() <= MAX_SHORT_LEN);
        let hash = hash_bytes(bytes, HASH_SEED);
        if let Some(p) = self.strings.find(hash, bytes) {
            return Ok(p);
        }
        let len = bytes.len();
        let p = self.try_raw_alloc(Self::str_layout(len)?, ObjKind::Str)?.as_ptr();
        // SAFETY: fresh allocation of the right size.
        unsafe {
            (p as *mut StrObj).write(StrObj { len, hash: Mut::new(hash), interned: true, hashed: Mut::new(true) });
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), p.add(StrObj::DATA_OFFSET), len);
        }
        // SAFETY: the string just made lives until the heap drops.
        unsafe { self.strings.insert(p as *const StrObj) };
        Ok(p as *const StrObj)
    }

    fn try_alloc_plain_str_with(
        &mut self,
        len: usize,
        fill: impl FnOnce(&mut [u8]),
    ) -> Result<*const StrObj, OutOfMemory> {
        let p = self.try_raw_alloc(Self::str_layout(len)?, ObjKind::Str)?.as_ptr();
        // SAFETY: fresh allocation of the right size.
        unsafe {
            (p as *mut StrObj).write(StrObj {
                len,
                hash: Mut::new(HASH_SEED),
                interned: false,
                hashed: Mut::new(false),
            });
            fill(std::slice::from_raw_parts_mut(p.add(StrObj::DATA_OFFSET), len));
        }
        Ok(p as *const StrObj)
    }

    /// A string value holding `bytes`.
    pub fn str_value(&mut self, bytes: &[u8]) -> Value {
        Value::from_str_ptr(self.alloc_str(bytes))
    }

    /// Allocates an empty table whose parts are presized for `narray` array entries and
    /// `nhash` other keys, as `OP_NEWTABLE` does. A size beyond Lua's limits (2^31 array
    /// entries, 2^30 nodes) or an allocation failure is `OutOfMemory`.
    pub fn alloc_table(&mut self, narray: usize, nhash: usize) -> Result<*mut Table, OutOfMemory> {
        if narray > crate::runtime::table::MAX_ASIZE as usize || nhash > crate::runtime::table::MAX_HSIZE as usize {
            return Err(OutOfMemory);
        }
        let p = self.try_raw_alloc(Layout::new::<Table>(), ObjKind::Table)?.as_ptr() as *mut Table;
        // SAFETY: fresh allocation of the right size; the table stays valid (empty) whether
        // or not presizing succeeds.
        unsafe {
            p.write(Table::new_empty());
            if narray > 0 || nhash > 0 {
                (*p).resize(self, narray as u32, nhash as u32).map_err(|_| OutOfMemory)?;
            }
        }
        Ok(p)
    }

    /// The layout of a closure with `n` upvalues.
    fn closure_layout(n: usize) -> Layout {
        let size = Closure::UPVALS_OFFSET + n * std::mem::size_of::<*mut Cell>();
        Layout::from_size_align(size, 8).expect("closure size")
    }

    /// Allocates a closure of `proto` over `upvals`.
    pub fn alloc_closure(&mut self, proto: u32, upvals: &[*mut Cell]) -> *const Closure {
        let layout = Self::closure_layout(upvals.len());
        let p = self.raw_alloc(layout, ObjKind::Closure).as_ptr();
        // SAFETY: fresh allocation of the right size.
        unsafe {
            (p as *mut Closure).write(Closure { proto, nupvals: upvals.len() as u32 });
            std::ptr::copy_nonoverlapping(
                upvals.as_ptr(),
                p.add(Closure::UPVALS_OFFSET) as *mut *mut Cell,
                upvals.len(),
            );
        }
        p as *const Closure
    }

    /// Allocates a cell holding `value`.
    pub fn alloc_cell(&mut self, value: Value) -> *mut Cell {
        let layout = Layout::new::<Cell>();
        let p = self.raw_alloc(layout, ObjKind::Cell).as_ptr() as *mut Cell;
        // SAFETY: fresh allocation of the right size.
        unsafe { p.write(Cell { value }) };
        p
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for (p, kind) in std::mem::take(&mut self.objects) {
            // SAFETY: each entry is a live object of this kind, allocated by `try_raw_alloc`
            // with the layout its header gives back.
            unsafe {
                let layout = match kind {
                    ObjKind::Str => Self::str_layout((*(p.as_ptr() as *const StrObj)).len()).expect("allocated"),
                    ObjKind::Table => {
                        (*(p.as_ptr() as *mut Table)).free_parts(self);
                        Layout::new::<Table>()
                    }
                    ObjKind::Closure => Self::closure_layout((*(p.as_ptr() as *const Closure)).nupvals as usize),
                    ObjKind::Cell => Layout::new::<Cell>(),
                };
                dealloc(p.as_ptr(), layout);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_closures_cells_round_trip() {
        let mut heap = Heap::new();
        let s = heap.alloc_str(b"hello");
        assert_eq!(unsafe { (*s).bytes() }, b"hello");
        let e = heap.alloc_str(b"");
        assert!(unsafe { (*e).is_empty() });
        let c1 = heap.alloc_cell(Value::int(7));
        let c2 = heap.alloc_cell(Value::NIL);
        let cl = heap.alloc_closure(3, &[c1, c2]);
        unsafe {
            assert_eq!((*cl).proto, 3);
            assert_eq!((*cl).upvals(), &[c1, c2]);
            assert_eq!((*(*cl).upval(0)).value, Value::int(7));
        }
        assert!(heap.allocated_bytes() > 0);
    }

    #[test]
    fn constant_short_strings_are_interned_others_are_not() {
        let mut heap = Heap::new();
        let a = heap.alloc_str(b"hello");
        let b = heap.alloc_str(b"hello");
        assert!(a == b);
        assert_ne!(a, heap.alloc_str(b"hellp"));
        assert_eq!(heap.str_value(b"hello").as_str_ptr(), a);
        // Built strings are not interned, but equal their interned twin by contents.
        let built = heap.try_alloc_str_with(5, |d| d.copy_from_slice(b"hello")).unwrap();
        assert_ne!(built, a);
        assert!(Value::from_str_ptr(built).raw_eq(Value::from_str_ptr(a)));
        unsafe { assert!(!(*built).is_interned() && (*built).hash() == (*a).hash()) };
        // 40 bytes: interned; 41: a new object each time, equal by contents.
        let s40 = [b'a'; 40];
        let s41 = [b'a'; 41];
        assert_eq!(heap.alloc_str(&s40), heap.alloc_str(&s40));
        let l1 = heap.alloc_str(&s41);
        let l2 = heap.try_alloc_str_with(41, |d| d.fill(b'a')).unwrap();
        assert_ne!(l1, l2);
        unsafe {
            assert!((*a).is_interned() && (*heap.alloc_str(&s40)).is_interned());
            assert!(!(*l1).is_interned());
            assert_eq!((*l1).bytes(), &s41[..]);
            // A long string's hash is computed on demand, equal for equal contents.
            assert_eq!((*l1).hash(), (*l2).hash());
            assert_eq!((*a).hash(), crate::runtime::string::hash_bytes(b"hello", HASH_SEED));
        }
        let (v1, v2) = (Value::from_str_ptr(l1), Value::from_str_ptr(l2));
        assert!(v1.raw_eq(v2));
        assert!(!v1.raw_eq(Value::from_str_ptr(heap.alloc_str(&s40))));
        assert!(Value::from_str_ptr(a).raw_eq(Value::from_str_ptr(b)));
        assert!(!Value::from_str_ptr(a).raw_eq(heap.str_value(b"world")));
        assert_eq!(heap.interned_strings(), 4); // "hello", "hellp", "world", 40 × 'a'
    }

    #[test]
    fn intern_table_survives_growth_and_removal() {
        let mut heap = Heap::new();
        let ptrs: Vec<_> = (0..5000).map(|i| heap.alloc_str(format!("s{i}").as_bytes())).collect();
        for (i, &p) in ptrs.iter().enumerate() {
            assert_eq!(heap.alloc_str(format!("s{i}").as_bytes()), p);
        }
        // The collector will remove dead strings: every other one goes.
        for &p in ptrs.iter().step_by(2) {
            // SAFETY: `p` stays allocated until the heap drops.
            unsafe {
                assert!(heap.strings.remove(p));
                assert!(!heap.strings.remove(p));
            }
        }
        for (i, &p) in ptrs.iter().enumerate() {
            let h = unsafe { (*p).hash() };
            let found = heap.strings.find(h, format!("s{i}").as_bytes());
            assert_eq!(found, if i % 2 == 0 { None } else { Some(p) });
        }
        assert_eq!(heap.interned_strings(), 2500);
    }
}

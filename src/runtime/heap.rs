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
//! Each object is preceded by a 16-byte `GcHeader` (the collector's list link, the object's
//! kind and its mark), so object pointers, and the offsets native code uses, are those of the
//! objects themselves. The heap is collected by a tracing, non-moving mark-and-sweep
//! collector: the VM marks its roots ([`Heap::mark_value`]), [`Heap::propagate`] traces
//! everything reachable, and [`Heap::sweep`] frees the rest (interned strings leave the
//! intern table as they go, so it is weak). When a collection is due is the heap's
//! business too ([`Heap::gc_due`], [`GcParams`]); where one may run is the VM's (its
//! safepoints). A table's array and node parts are accounted in [`Heap::allocated_bytes`]
//! and freed with the table or when replaced.

use crate::runtime::alloc::{CHUNK_BYTES, Pool};
use crate::runtime::string::{HASH_SEED, MAX_SHORT_LEN, StrTable, hash_bytes};
use crate::runtime::table::Table;
use crate::runtime::thread::{Segment, StackPool, Thread};
use crate::runtime::value::Value;
use std::alloc::{Layout, alloc, dealloc, realloc};
use std::cell::Cell as Mut;
use std::ptr::{self, NonNull};

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

/// A builtin with a value of its own, as a C closure with one upvalue in Lua: the functions
/// `coroutine.wrap` returns, the iterators of `string.gmatch` and `io.lines`, and the Rust
/// functions a host registers. Calling it runs builtin `builtin`, which reads `up` through
/// `Host::native_upvalue` (and a host function's code through `Host::host_function`).
pub struct NativeFn {
    pub up: Value,
    /// Index in `runtime::builtins::BUILTINS`.
    pub builtin: u32,
    /// A host function's code (dropped when the function is collected).
    pub host: Option<Box<dyn HostFn>>,
}

/// The code of a function a host registers (the embedding API implements it): called with
/// the arguments, it pushes all its results but the last (`Host::push_result`) and returns
/// that one. It must not unwind: a panic is the implementation's to catch.
pub trait HostFn {
    fn call(
        &self,
        h: &mut dyn crate::runtime::builtins::Host,
        args: &[Value],
    ) -> Result<Option<Value>, crate::runtime::builtins::BuiltinError>;

    /// [`call`](HostFn::call) for a function known to give one result (a field getter),
    /// written to `out` once it returns: no result reaches the stack.
    ///
    /// # Safety
    /// `out` is writable (it may be a stack slot the collector reads during the call).
    unsafe fn call_into(
        &self,
        h: &mut dyn crate::runtime::builtins::Host,
        args: &[Value],
        out: *mut Value,
    ) -> Result<(), crate::runtime::builtins::BuiltinError> {
        let v = self.call(h, args)?.unwrap_or(Value::NIL);
        // SAFETY: the caller's contract.
        unsafe { *out = v };
        Ok(())
    }
}

/// A full userdata a host made: a Rust value of any type (the embedding API stores a
/// `RefCell` of the host's type) and the metatable its type was given. The collector marks
/// the metatable and drops the value when the userdata is collected; the value's own size is
/// charged to the heap (`charge` bytes) so a memory limit sees it.
pub struct UserData {
    /// The metatable (null for none).
    pub metatable: *mut Table,
    /// Bytes the value holds outside the heap's object, counted in the heap's size.
    pub charge: usize,
    /// `data`'s type (read without a call through its vtable).
    pub type_id: std::any::TypeId,
    pub data: Box<dyn std::any::Any>,
}

impl UserData {
    /// The value, if it is a `T`.
    #[inline]
    pub fn downcast<T: 'static>(&self) -> Option<&T> {
        // SAFETY: `type_id` is `data`'s (set from it when the userdata was made).
        (self.type_id == std::any::TypeId::of::<T>())
            .then(|| unsafe { &*(&*self.data as *const dyn std::any::Any as *const T) })
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

/// What a heap object is (what the collector traces and how an object is freed).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjKind {
    Str,
    Table,
    Closure,
    Cell,
    Thread,
    Native,
    UserData,
}

/// The collector's record of an object, just before the object in the same allocation.
#[repr(C)]
struct GcHeader {
    /// A large object: the next large object. (A free pool cell keeps its free-list link
    /// in this word.)
    next: *mut GcHeader,
    kind: ObjKind,
    marked: bool,
    /// The cell holds an object (pool cells; always true for large objects).
    live: bool,
    /// Registered for finalization (its metatable had `__gc` when it was set) and not yet
    /// handed to its finalizer.
    fin: bool,
}

/// What a coroutine's memory counts for in the heap's size.
const SEGMENT_CHARGE: usize = 12 << 10;

/// Bytes before each object (its header, padded to keep objects 16-byte aligned).
const HEADER: usize = 16;
const _: () = assert!(std::mem::size_of::<GcHeader>() <= HEADER);

/// The header of the object at `p`.
#[inline(always)]
fn header(p: *const u8) -> *mut GcHeader {
    p.wrapping_sub(HEADER) as *mut GcHeader
}

/// Lua 5.4's default pause: a collection starts when the heap has grown to this percentage
/// of what the last one left live.
pub const DEFAULT_PAUSE: u32 = 200;
/// Lua 5.4's default step multiplier (reported and settable; a collection here is always
/// a whole cycle).
pub const DEFAULT_STEPMUL: u32 = 100;
/// The least heap size at which a collection runs: small heaps are not collected over and
/// over (a Rust Lua interpreter without such a floor measured 70x slower allocation loops).
/// Half a megabyte: a larger floor bought no speed on the allocation benchmarks, only memory.
pub const GC_FLOOR: usize = 1 << 19;

/// How and when the heap is collected (`collectgarbage`'s settings) and what collections
/// have cost.
#[derive(Clone, Debug)]
pub struct GcParams {
    /// `setpause`: the next collection starts at `pause`% of the live size.
    pub pause: u32,
    /// `setstepmul`: kept for `collectgarbage`.
    pub stepmul: u32,
    /// `collectgarbage("stop")`: no automatic collections until `restart`.
    pub stopped: bool,
    /// The mode `collectgarbage` last selected (`generational` or not; generational at first,
    /// as in the `lua` program): reported back as Lua does; collections are whole cycles
    /// either way.
    pub generational: bool,
    /// `--stress-gc`: a collection at every safepoint.
    pub stress: bool,
    /// Collection work `collectgarbage("step", n)` has asked for since its last cycle.
    pub step_credit: usize,
}

impl Default for GcParams {
    fn default() -> Self {
        GcParams {
            pause: DEFAULT_PAUSE,
            stepmul: DEFAULT_STEPMUL,
            stopped: false,
            // `lua` itself switches to generational mode at startup.
            generational: true,
            stress: false,
            step_credit: 0,
        }
    }
}

/// What collections have done and cost (`STRATA_JIT_METRICS`).
#[derive(Clone, Debug, Default)]
pub struct GcStats {
    pub collections: u64,
    pub pause_total: std::time::Duration,
    pub pause_max: std::time::Duration,
    pub freed_bytes: u64,
    pub freed_objects: u64,
    /// The largest the heap has been (bytes).
    pub peak_bytes: usize,
}

/// Owner of every heap object of one VM.
pub struct Heap {
    /// Objects of at most `SMALL_MAX` bytes with their headers, swept chunk by chunk.
    small: Pool,
    /// Larger objects, linked through their headers.
    large: *mut GcHeader,
    /// Table parts of at most `SMALL_MAX` bytes.
    blocks: Pool,
    objects: usize,
    bytes: usize,
    strings: StrTable,
    /// Marked objects whose references are still to be traced.
    gray: Vec<*mut GcHeader>,
    /// A collection is due once `bytes` reaches this.
    threshold: usize,
    pub params: GcParams,
    pub stats: GcStats,
    /// The interned names of the metamethod events (`Event`), looked up in metatables.
    names: [*const StrObj; EVENT_COUNT],
    /// This cycle's weak tables: weak values, weak keys (ephemerons), both.
    weak: Vec<*mut Table>,
    ephemeron: Vec<*mut Table>,
    allweak: Vec<*mut Table>,
    /// Objects registered for finalization, oldest first.
    finobj: Vec<*mut GcHeader>,
    /// Unreachable objects whose finalizers are due, in the order they run (newest
    /// registration first); they stay alive (roots) until their finalizer has been called.
    tobefnz: std::collections::VecDeque<*const u8>,
    /// The memory coroutines run on.
    pub threads: Box<StackPool>,
    /// The most bytes the program may hold (`Vm::set_memory_limit`): a fallible allocation
    /// past it (checked when a pool needs a new chunk, and for
    /// large blocks) fails with `not enough memory`; allocations the VM cannot fail (an error
    /// message) may pass it.
    limit: usize,
    /// Marking met a full gray stack that could not grow: an object was marked but not
    /// pushed, so [`Heap::propagate`] traces every marked object again.
    gray_overflow: bool,
}

/// How a table's references are traced: `__mode` in its metatable.
/// Lua's metamethod events, in `ltm.h`'s order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Event {
    Index,
    NewIndex,
    Gc,
    Mode,
    Len,
    Eq,
    Add,
    Sub,
    Mul,
    Mod,
    Pow,
    Div,
    IDiv,
    BAnd,
    BOr,
    BXor,
    Shl,
    Shr,
    Unm,
    BNot,
    Lt,
    Le,
    Concat,
    Call,
    Close,
    ToString,
    Name,
    Metatable,
    Pairs,
}

/// How many events there are.
pub const EVENT_COUNT: usize = 29;

/// The events' names, by `Event as usize`.
pub const EVENT_NAMES: [&str; EVENT_COUNT] = [
    "__index",
    "__newindex",
    "__gc",
    "__mode",
    "__len",
    "__eq",
    "__add",
    "__sub",
    "__mul",
    "__mod",
    "__pow",
    "__div",
    "__idiv",
    "__band",
    "__bor",
    "__bxor",
    "__shl",
    "__shr",
    "__unm",
    "__bnot",
    "__lt",
    "__le",
    "__concat",
    "__call",
    "__close",
    "__tostring",
    "__name",
    "__metatable",
    "__pairs",
];

#[derive(Clone, Copy, PartialEq, Eq)]
struct Weakness {
    keys: bool,
    values: bool,
}

/// Debug builds: [`Heap::check_reference`] runs on every reference a collection meets,
/// unless `STRATA_GC_CHECK=0`.
#[cfg(debug_assertions)]
fn check_references() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("STRATA_GC_CHECK").is_none_or(|v| v != "0"))
}

/// Whether values of this tag are objects the collector may free (strings are objects,
/// but weak tables never lose them: Lua treats them as values).
#[inline]
fn collectable(v: Value) -> bool {
    use crate::runtime::value::tag;
    tag::is_object(v.tag)
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        let mut heap = Heap {
            small: Pool::new(true),
            large: std::ptr::null_mut(),
            blocks: Pool::new(false),
            objects: 0,
            bytes: 0,
            strings: StrTable::new(),
            gray: Vec::new(),
            gray_overflow: false,
            threshold: GC_FLOOR,
            limit: usize::MAX,
            params: GcParams::default(),
            stats: GcStats::default(),
            names: [std::ptr::null(); EVENT_COUNT],
            weak: Vec::new(),
            ephemeron: Vec::new(),
            allweak: Vec::new(),
            finobj: Vec::new(),
            tobefnz: std::collections::VecDeque::new(),
            threads: Box::new(StackPool::new()),
        };
        for (k, name) in EVENT_NAMES.iter().enumerate() {
            heap.names[k] = heap.alloc_str(name.as_bytes());
        }
        heap
    }

    /// The interned `__gc`.
    pub fn gc_name(&self) -> *const StrObj {
        self.names[Event::Gc as usize]
    }

    /// The interned name of a metamethod event.
    #[inline]
    pub fn event_name(&self, e: Event) -> *const StrObj {
        self.names[e as usize]
    }

    /// Registers the table `t` for finalization if its metatable `mt` has `__gc` (Lua's
    /// `luaC_checkfinalizer`, when `setmetatable` sets `mt`): an object is registered once,
    /// until its finalizer has run. Fails when the registrations cannot grow.
    ///
    /// # Safety
    /// `t` is a live table of this heap, `mt` one too or null.
    pub unsafe fn check_finalizer(&mut self, t: *mut Table, mt: *mut Table) -> Result<(), OutOfMemory> {
        // SAFETY: the caller's contract.
        unsafe {
            if mt.is_null() || (*mt).get_str(self.names[Event::Gc as usize]).is_nil() {
                return Ok(());
            }
            let h = header(t as *const u8);
            if !(*h).fin {
                if self.finobj.try_reserve(1).is_err() {
                    return Err(self.failed(OutOfMemory));
                }
                (*h).fin = true;
                self.finobj.push(h);
            }
        }
        Ok(())
    }

    /// The next object whose finalizer is due, if any (it stays alive until it is taken).
    pub fn take_finalizable(&mut self) -> Option<*const u8> {
        self.tobefnz.pop_front()
    }

    /// Whether finalizers are waiting to be called.
    #[inline(always)]
    pub fn finalizers_pending(&self) -> bool {
        !self.tobefnz.is_empty()
    }

    /// Makes the finalizers of every registered object due, newest first (the VM is ending:
    /// Lua's `lua_close`).
    pub fn finalize_all(&mut self) {
        for &h in self.finobj.iter().rev() {
            // SAFETY: registered objects are live objects of this heap.
            unsafe {
                (*h).fin = false;
                self.tobefnz.push_back((h as *const u8).add(HEADER));
            }
        }
        self.finobj.clear();
    }

    /// Marks what the collector itself keeps: the names it looks up and the objects whose
    /// finalizers are still due. Part of every collection's roots.
    pub fn mark_own_roots(&mut self) {
        for i in 0..self.names.len() {
            self.mark_object(self.names[i] as *const u8);
        }
        for i in 0..self.tobefnz.len() {
            self.mark_object(self.tobefnz[i]);
        }
    }

    /// Bytes currently allocated: objects (with their headers) and table parts.
    pub fn allocated_bytes(&self) -> usize {
        self.bytes
    }

    /// Number of live objects (since the last collection, plus those made since).
    pub fn object_count(&self) -> usize {
        self.objects
    }

    /// Whether the VM should collect at its next safepoint.
    #[inline(always)]
    pub fn gc_due(&self) -> bool {
        self.bytes >= self.threshold
    }

    /// Sets when the next collection is due from the current size (after a collection, or
    /// after `collectgarbage` changed a setting): `pause`% of it, at least [`GC_FLOOR`];
    /// never while stopped (even under stress); always under stress.
    pub fn set_threshold(&mut self) {
        self.threshold = if self.params.stopped {
            usize::MAX
        } else if self.params.stress {
            0
        } else {
            let target = (self.bytes as u128 * self.params.pause as u128 / 100).min(usize::MAX as u128) as usize;
            // Under a memory limit, a collection comes before the limit does, after at
            // least half the room left (so a heap near its limit is not collected at every
            // allocation).
            let room = self.limit.saturating_sub(self.bytes);
            target.max(GC_FLOOR).min(self.bytes + room / 2)
        };
    }

    /// Whether `collectgarbage("step", kb)` finishes a cycle now. As in Lua's incremental
    /// mode, a step of `kb` kilobytes does `kb × stepmul / 100` kilobytes of collection work
    /// and a cycle is as much work as the heap's size; a basic step (`kb <= 0`) finishes one.
    pub fn step_due(&mut self, kb: i64) -> bool {
        if kb <= 0 {
            return true;
        }
        let work = (kb as u128 * 1024 * self.params.stepmul.max(1) as u128 / 100).min(usize::MAX as u128) as usize;
        self.params.step_credit = self.params.step_credit.saturating_add(work);
        let done = self.params.step_credit >= self.bytes;
        if done {
            self.params.step_credit = 0;
        }
        done
    }

    /// Number of interned short strings.
    pub fn interned_strings(&self) -> usize {
        self.strings.len()
    }

    /// Allocates an object of `layout` behind its header: a pool cell, or for a large one
    /// a block of the system allocator linked into the large objects' list.
    #[inline]
    fn try_raw_alloc(&mut self, layout: Layout, kind: ObjKind) -> Result<NonNull<u8>, OutOfMemory> {
        let full = Self::with_header(layout)?;
        let (block, next, size) = match Pool::class_of(full.size(), full.align()) {
            Some(c) => {
                let (bytes, limit) = (&self.bytes, &self.limit);
                let cell = match self.small.alloc_within(c, || bytes.saturating_add(CHUNK_BYTES) <= *limit) {
                    Ok(cell) => cell,
                    Err(e) => return Err(self.failed(e)),
                };
                (cell.as_ptr(), std::ptr::null_mut(), Pool::cell_size(c))
            }
            None => {
                if self.over_limit(full.size()) {
                    return Err(self.failed(OutOfMemory));
                }
                // SAFETY: a non-zero size.
                let b = NonNull::new(unsafe { alloc(full) }).ok_or(OutOfMemory)?.as_ptr();
                let next = self.large;
                self.large = b as *mut GcHeader;
                (b, next, full.size())
            }
        };
        self.account(size);
        self.objects += 1;
        // SAFETY: a fresh block of `HEADER + layout.size()` bytes, aligned for the header.
        unsafe {
            (block as *mut GcHeader).write(GcHeader { next, kind, marked: false, live: true, fin: false });
            Ok(NonNull::new_unchecked(block.add(HEADER)))
        }
    }

    /// Runs `f` (an allocation the VM cannot fail, retried after it failed) with no memory
    /// limit.
    #[cold]
    fn unlimited<T>(&mut self, f: impl FnOnce(&mut Heap) -> T) -> T {
        let limit = std::mem::replace(&mut self.limit, usize::MAX);
        let r = f(self);
        self.limit = limit;
        r
    }

    /// Sets the memory limit (`usize::MAX`: none) and paces collections to come before it.
    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit;
        self.set_threshold();
    }

    /// The memory limit (`usize::MAX`: none).
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// An allocation failed (past the memory limit, or the system's memory): the next
    /// safepoint collects, as Lua collects when an allocation fails.
    #[cold]
    fn failed(&mut self, e: OutOfMemory) -> OutOfMemory {
        self.threshold = 0;
        e
    }

    /// Whether `size` more bytes would pass the limit.
    #[inline(always)]
    fn over_limit(&self, size: usize) -> bool {
        self.bytes.saturating_add(size) > self.limit
    }

    /// Counts `size` more bytes allocated.
    #[inline(always)]
    fn account(&mut self, size: usize) {
        self.bytes += size;
        if self.bytes > self.stats.peak_bytes {
            self.stats.peak_bytes = self.bytes;
        }
    }

    /// The bytes an allocation of `full` takes (a pool cell's size, or its own).
    #[inline(always)]
    fn charged(full: Layout) -> usize {
        Pool::class_of(full.size(), full.align()).map_or(full.size(), Pool::cell_size)
    }

    /// The layout of an object's allocation: its header, then the object.
    fn with_header(layout: Layout) -> Result<Layout, OutOfMemory> {
        let size = layout.size().checked_add(HEADER).ok_or(OutOfMemory)?;
        Layout::from_size_align(size, layout.align().max(16)).map_err(|_| OutOfMemory)
    }

    /// Marks the object a value references (if it references one) as reachable; tables,
    /// closures and cells are traced later by [`Heap::propagate`].
    #[inline]
    pub fn mark_value(&mut self, v: Value) {
        use crate::runtime::value::tag;
        if tag::is_object(v.tag) {
            #[cfg(debug_assertions)]
            if check_references() {
                Self::check_reference(v);
            }
            self.mark_object(v.payload as *const u8);
        }
    }

    /// Debug builds: a root or a traced reference must name a live object of its tag's kind.
    /// A frame slot that native code failed to store before a safepoint, still naming an
    /// object an earlier collection freed, fails here (the stress modes of the conformance
    /// suite run every tier into it).
    #[cfg(debug_assertions)]
    fn check_reference(v: Value) {
        use crate::runtime::value::tag;
        let want = match v.tag {
            tag::STR => ObjKind::Str,
            tag::TABLE => ObjKind::Table,
            tag::CLOSURE => ObjKind::Closure,
            tag::THREAD => ObjKind::Thread,
            tag::NATIVE => ObjKind::Native,
            tag::USERDATA => ObjKind::UserData,
            _ => ObjKind::Cell,
        };
        // SAFETY: reading the header of what the value names; for a freed pool cell the
        // memory is still the pool's (its `live` flag is clear).
        let (live, kind) = unsafe {
            let h = header(v.payload as *const u8);
            (std::ptr::read_volatile(&(*h).live), std::ptr::read_volatile(&(*h).kind as *const ObjKind as *const u8))
        };
        assert!(
            live && kind == want as u8,
            "the collector found a reference to a freed object (tag {}, {:#x})",
            v.tag,
            v.payload
        );
    }

    #[inline]
    fn mark_object(&mut self, p: *const u8) {
        let h = header(p);
        // SAFETY: `p` is a live object of this heap (roots and traced references only name
        // live objects), so its header precedes it.
        unsafe {
            if !(*h).marked {
                (*h).marked = true;
                if (*h).kind != ObjKind::Str {
                    if self.gray.len() == self.gray.capacity() {
                        self.gray_full(h);
                    } else {
                        self.gray.push(h);
                    }
                }
            }
        }
    }

    /// Pushes `h` on a full gray stack, growing it if memory allows; else leaves the object
    /// marked but untraced, for [`Heap::propagate`]'s rescan. A collection never fails for
    /// want of memory (it runs when memory is short).
    #[cold]
    fn gray_full(&mut self, h: *mut GcHeader) {
        #[cfg(test)]
        let refused = tests::GRAY_CANNOT_GROW.get();
        #[cfg(not(test))]
        let refused = false;
        if !refused && self.gray.try_reserve(self.gray.len().max(64)).is_ok() {
            self.gray.push(h);
        } else {
            self.gray_overflow = true;
        }
    }

    /// Whether the object a value references survived marking (values that reference no
    /// object always do).
    pub fn is_marked(&self, v: Value) -> bool {
        use crate::runtime::value::tag;
        // SAFETY: as in `mark_object`.
        !tag::is_object(v.tag) || unsafe { (*header(v.payload as *const u8)).marked }
    }

    /// Traces every marked object's references until everything reachable is marked.
    pub fn propagate(&mut self) {
        self.drain_gray();
        if self.gray_overflow {
            self.rescan_marked();
        }
    }

    /// Traces the objects on the gray stack until it is empty.
    fn drain_gray(&mut self) {
        while let Some(h) = self.gray.pop() {
            // SAFETY: gray objects are live objects of this heap.
            unsafe { self.trace_object(h) };
        }
    }

    /// After the gray stack overflowed: traces every marked object again (tracing twice
    /// marks nothing twice), until a pass ends without overflow. Slow, and needs no memory.
    #[cold]
    fn rescan_marked(&mut self) {
        while self.gray_overflow {
            self.gray_overflow = false;
            // The pool is taken out while its cells are visited (marking allocates nothing).
            let small = std::mem::replace(&mut self.small, Pool::new(true));
            // SAFETY: a handed-out cell holds a header; a live one, its object.
            small.for_each_handed_out(|cell| unsafe {
                let h = cell as *mut GcHeader;
                if (*h).live && (*h).marked && (*h).kind != ObjKind::Str {
                    self.trace_object(h);
                    self.drain_gray();
                }
            });
            self.small = small;
            let mut cur = self.large;
            while !cur.is_null() {
                // SAFETY: the list links live large objects.
                unsafe {
                    if (*cur).marked && (*cur).kind != ObjKind::Str {
                        self.trace_object(cur);
                        self.drain_gray();
                    }
                    cur = (*cur).next;
                }
            }
        }
    }

    /// Marks what one marked object references.
    ///
    /// # Safety
    /// `h` is the header of a live object of this heap.
    #[inline(always)]
    unsafe fn trace_object(&mut self, h: *mut GcHeader) {
        // SAFETY: the caller's contract; the object follows its header.
        unsafe {
            let p = (h as *mut u8).add(HEADER);
            match (*h).kind {
                ObjKind::Str => {}
                ObjKind::Table => {
                    let t = p as *mut Table;
                    let w = self.weakness(&*t);
                    if w.keys || w.values {
                        self.traverse_weak(t, w);
                    } else {
                        (*t).trace(|v| self.mark_value(v));
                    }
                }
                ObjKind::Closure => {
                    for &c in (*(p as *const Closure)).upvals() {
                        self.mark_object(c as *const u8);
                    }
                }
                ObjKind::Cell => self.mark_value((*(p as *const Cell)).value),
                ObjKind::Native => self.mark_value((*(p as *const NativeFn)).up),
                ObjKind::UserData => {
                    let mt = (*(p as *const UserData)).metatable;
                    if !mt.is_null() {
                        self.mark_object(mt as *const u8);
                    }
                }
                // (The running thread's state lives in the VM, which marks it; its
                // object holds an empty one.)
                ObjKind::Thread => self.trace_thread(p as *mut Thread),
            }
        }
    }

    /// Marks what a thread keeps alive (out of line: the loop over the other kinds stays
    /// small).
    ///
    /// # Safety
    /// `t` is a marked thread of this heap.
    #[cold]
    #[inline(never)]
    unsafe fn trace_thread(&mut self, t: *mut Thread) {
        // SAFETY: the caller's contract.
        unsafe { (*t).trace(|v| self.mark_value(v)) };
    }

    /// A table's `__mode` (Lua's `gfasttm(g, h->metatable, TM_MODE)`).
    fn weakness(&self, t: &Table) -> Weakness {
        let none = Weakness { keys: false, values: false };
        if t.metatable.is_null() {
            return none;
        }
        // SAFETY: a marked table's metatable is a live table.
        let mode = unsafe { (*t.metatable).get_str(self.names[Event::Mode as usize]) };
        if !mode.is_str() {
            return none;
        }
        let b = mode.str_bytes();
        Weakness { keys: b.contains(&b'k'), values: b.contains(&b'v') }
    }

    /// Traces a weak table (Lua's `traverseweakvalue`, `traverseephemeron` and the
    /// all-weak case): strong parts are marked, strings always (weak tables never lose
    /// them), a weak-keys table's values only once their keys are marked (to fixpoint, in
    /// [`Heap::finish_marking`]); removed entries lose their keys (dead keys). The table is
    /// listed for clearing.
    ///
    /// # Safety
    /// `t` is a marked, live table.
    unsafe fn traverse_weak(&mut self, t: *mut Table, w: Weakness) {
        let list = match (w.keys, w.values) {
            (true, false) => &mut self.ephemeron,
            (false, true) => &mut self.weak,
            _ => &mut self.allweak,
        };
        if list.try_reserve(1).is_err() {
            // No memory to list the table for clearing: this collection keeps all it holds.
            // SAFETY: the caller's contract.
            unsafe { (*t).trace(|v| self.mark_value(v)) };
            return;
        }
        // SAFETY: the caller's contract.
        unsafe {
            if !(*t).metatable.is_null() {
                self.mark_object((*t).metatable as *const u8);
            }
            for i in 0..(*t).array_mut().len() {
                let v = (*t).array_mut()[i];
                if !w.values || v.is_str() {
                    self.mark_value(v);
                }
            }
            for i in 0..(*t).nodes_mut().len() {
                let n = &mut (*t).nodes_mut()[i];
                let (k, v) = (n.key(), n.val);
                if v.is_nil() {
                    if collectable(k) {
                        n.key_tag = crate::runtime::table::DEAD_KEY;
                    }
                    continue;
                }
                if !w.keys || k.is_str() {
                    self.mark_value(k);
                }
                let key_alive = !collectable(k) || self.is_marked(k);
                if v.is_str() || (!w.values && key_alive) {
                    self.mark_value(v);
                }
            }
        }
        match (w.keys, w.values) {
            (true, false) => self.ephemeron.push(t),
            (false, true) => self.weak.push(t),
            _ => self.allweak.push(t),
        }
    }

    /// Marks the values of weak-keys tables whose keys are marked, until nothing new is
    /// marked (Lua's `convergeephemerons`).
    fn converge_ephemerons(&mut self) {
        loop {
            let mut changed = false;
            let mut i = 0;
            while i < self.ephemeron.len() {
                let t = self.ephemeron[i];
                // SAFETY: listed tables are marked, live tables.
                unsafe {
                    for j in 0..(*t).nodes_mut().len() {
                        let n = (*t).nodes_mut()[j];
                        let (k, v) = (n.key(), n.val);
                        if !v.is_nil() && (!collectable(k) || self.is_marked(k)) && !self.is_marked(v) {
                            self.mark_value(v);
                            changed = true;
                        }
                    }
                }
                self.propagate();
                i += 1;
            }
            if !changed {
                return;
            }
        }
    }

    /// Empties the entries of weak tables whose weak part names an unmarked object (Lua's
    /// `clearbyvalues` and `clearbykeys`): values in `weak` and `allweak` when `values`,
    /// keys in `ephemeron` and `allweak` otherwise.
    fn clear_weak(&mut self, values: bool) {
        let lists: [&Vec<*mut Table>; 2] =
            if values { [&self.weak, &self.allweak] } else { [&self.ephemeron, &self.allweak] };
        let dead = |v: Value| collectable(v) && !v.is_str() && !self.is_marked(v);
        for list in lists {
            for &t in list {
                // SAFETY: listed tables are marked, live tables.
                unsafe {
                    if values {
                        for v in (*t).array_mut() {
                            if dead(*v) {
                                *v = Value::NIL;
                            }
                        }
                    }
                    for n in (*t).nodes_mut() {
                        let gone = if values { dead(n.val) } else { dead(n.key()) };
                        if gone {
                            n.val = Value::NIL;
                        }
                        if n.val.is_nil() && collectable(n.key()) && !self.is_marked(n.key()) {
                            n.key_tag = crate::runtime::table::DEAD_KEY;
                        }
                    }
                }
            }
        }
    }

    /// Ends marking once the roots are marked and propagated (Lua's `atomic`): ephemerons
    /// converge, weak values of unreachable objects are cleared, unreachable objects with
    /// finalizers are set apart and marked again (resurrected until their finalizers run),
    /// then weak keys and the remaining weak values are cleared.
    pub fn finish_marking(&mut self) {
        self.converge_ephemerons();
        self.clear_weak(true);
        // SAFETY (the blocks below): registered objects are live objects of this heap.
        let due = self.finobj.iter().filter(|&&h| unsafe { !(*h).marked }).count();
        if self.tobefnz.try_reserve(due).is_ok() {
            // Newest first; set apart before any is marked again.
            let first = self.tobefnz.len();
            for &h in self.finobj.iter().rev() {
                unsafe {
                    if !(*h).marked {
                        (*h).fin = false;
                        self.tobefnz.push_back((h as *const u8).add(HEADER));
                    }
                }
            }
            self.finobj.retain(|&h| unsafe { (*h).fin });
            for i in first..self.tobefnz.len() {
                self.mark_object(self.tobefnz[i]);
            }
        } else {
            // No memory for the queue: the unreachable objects with finalizers live on
            // until a later collection sets them apart.
            for i in 0..self.finobj.len() {
                self.mark_object(unsafe { (self.finobj[i] as *const u8).add(HEADER) });
            }
        }
        self.propagate();
        self.converge_ephemerons();
        self.clear_weak(false);
        self.clear_weak(true);
        self.weak.clear();
        self.ephemeron.clear();
        self.allweak.clear();
    }

    /// Frees every object marking did not reach and clears the marks of the others; returns
    /// the bytes freed. Only after [`Heap::propagate`], with every root marked.
    pub fn sweep(&mut self) -> usize {
        let before = self.bytes;
        let objects = self.objects;
        // The pool cells, chunk by chunk (the pool is taken out while its cells are visited).
        let mut small = std::mem::replace(&mut self.small, Pool::new(true));
        // SAFETY: a live cell's header says whether it was reached; an unreached object is
        // released before its cell is called free.
        unsafe {
            small.sweep(|cell| {
                let h = cell as *mut GcHeader;
                if !(*h).live {
                    return true;
                }
                if (*h).marked {
                    (*h).marked = false;
                    return false;
                }
                let full = self.release(h);
                self.bytes -= Self::charged(full);
                (*h).live = false;
                true
            });
        }
        self.small = small;
        let mut prev: *mut *mut GcHeader = &mut self.large;
        // SAFETY: the list links every large object exactly once; an object is unlinked
        // before it is freed.
        unsafe {
            let mut cur = *prev;
            while !cur.is_null() {
                let next = (*cur).next;
                if (*cur).marked {
                    (*cur).marked = false;
                    prev = &mut (*cur).next;
                } else {
                    *prev = next;
                    self.free_large(cur);
                }
                cur = next;
            }
        }
        let freed = before - self.bytes;
        self.stats.freed_bytes += freed as u64;
        self.stats.freed_objects += (objects - self.objects) as u64;
        freed
    }

    /// Frees a large object (already unlinked).
    ///
    /// # Safety
    /// `h` is the header of an unreachable large object of this heap.
    unsafe fn free_large(&mut self, h: *mut GcHeader) {
        // SAFETY: the caller's contract.
        unsafe {
            let full = self.release(h);
            self.bytes -= full.size();
            dealloc(h as *mut u8, full);
        }
    }

    /// Releases what an unreachable object holds besides its own memory (table parts, its
    /// intern-table entry) and counts it gone; returns its allocation's layout.
    ///
    /// # Safety
    /// `h` is the header of an unreachable object of this heap.
    unsafe fn release(&mut self, h: *mut GcHeader) -> Layout {
        // SAFETY: the caller's contract.
        unsafe {
            let p = (h as *mut u8).add(HEADER);
            self.objects -= 1;
            // (Threads first and out of line: the common kinds keep a short path.)
            if (*h).kind == ObjKind::Thread {
                self.release_thread(p as *mut Thread);
                return Self::with_header(Layout::new::<Thread>()).expect("allocated");
            }
            let full = self.object_layout(h);
            match (*h).kind {
                ObjKind::Str => {
                    let s = &*(p as *const StrObj);
                    if s.interned {
                        self.strings.remove(s);
                    }
                }
                ObjKind::Table => (*(p as *mut Table)).free_parts(self),
                ObjKind::Native => ptr::drop_in_place(p as *mut NativeFn),
                ObjKind::UserData => {
                    self.bytes -= (*(p as *const UserData)).charge;
                    ptr::drop_in_place(p as *mut UserData);
                }
                _ => {}
            }
            full
        }
    }

    /// Releases a coroutine's stacks and drops its state (out of line: the other kinds'
    /// path stays small).
    ///
    /// # Safety
    /// `t` is an unreachable thread of this heap.
    #[cold]
    #[inline(never)]
    unsafe fn release_thread(&mut self, t: *mut Thread) {
        // SAFETY: the caller's contract: nothing runs on its stacks or points into them.
        unsafe {
            if let Some(seg) = (*t).seg.take() {
                self.release_segment(seg, (*t).state.high_water);
            }
            ptr::drop_in_place(t);
        }
    }

    /// The layout of the allocation holding the object of header `h` (header included).
    ///
    /// # Safety
    /// `h` is the header of a live object of this heap.
    unsafe fn object_layout(&self, h: *mut GcHeader) -> Layout {
        // SAFETY: the caller's contract; the layout comes back from the object's header.
        unsafe {
            let p = (h as *mut u8).add(HEADER);
            let layout = match (*h).kind {
                ObjKind::Str => Self::str_layout((*(p as *const StrObj)).len()).expect("allocated"),
                ObjKind::Table => Layout::new::<Table>(),
                ObjKind::Closure => Self::closure_layout((*(p as *const Closure)).nupvals as usize),
                ObjKind::Cell => Layout::new::<Cell>(),
                ObjKind::Thread => Layout::new::<Thread>(),
                ObjKind::Native => Layout::new::<NativeFn>(),
                ObjKind::UserData => Layout::new::<UserData>(),
            };
            Self::with_header(layout).expect("allocated")
        }
    }

    /// Allocates a block that is not an object (a table's array or node part): accounted in
    /// `allocated_bytes`, owned and freed by the object that holds it.
    pub(crate) fn try_alloc_block(&mut self, layout: Layout) -> Result<NonNull<u8>, OutOfMemory> {
        debug_assert!(layout.size() > 0);
        let p = match Pool::class_of(layout.size(), layout.align()) {
            Some(c) => {
                let (bytes, limit) = (&self.bytes, &self.limit);
                match self.blocks.alloc_within(c, || bytes.saturating_add(CHUNK_BYTES) <= *limit) {
                    Ok(p) => p,
                    Err(e) => return Err(self.failed(e)),
                }
            }
            None => {
                if self.over_limit(layout.size()) {
                    return Err(self.failed(OutOfMemory));
                }
                // SAFETY: callers never ask for a zero-sized block.
                NonNull::new(unsafe { alloc(layout) }).ok_or(OutOfMemory)?
            }
        };
        self.account(Self::charged(layout));
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
        let new_layout = Layout::from_size_align(new_size, layout.align()).map_err(|_| OutOfMemory)?;
        if new_size > layout.size() && self.over_limit(new_size - layout.size()) {
            return Err(self.failed(OutOfMemory));
        }
        let small = |l: Layout| Pool::class_of(l.size(), l.align()).is_some();
        if small(layout) || small(new_layout) {
            // A pool cell on either side: a new block, the prefix copied, the old one freed.
            let q = self.try_alloc_block(new_layout)?;
            // SAFETY: both blocks are live and at least the copied size long.
            unsafe {
                std::ptr::copy_nonoverlapping(p.as_ptr(), q.as_ptr(), layout.size().min(new_size));
                self.free_block(p, layout);
            }
            return Ok(q);
        }
        // SAFETY: the caller's contract; the new size is non-zero and fits the alignment.
        let q = NonNull::new(unsafe { realloc(p.as_ptr(), layout, new_size) }).ok_or(OutOfMemory)?;
        self.bytes -= layout.size();
        self.account(new_size);
        Ok(q)
    }

    /// Frees a block from `try_alloc_block`.
    ///
    /// # Safety
    /// `p` was allocated by this heap with `layout` and not freed.
    pub(crate) unsafe fn free_block(&mut self, p: NonNull<u8>, layout: Layout) {
        // SAFETY: the caller's contract.
        unsafe {
            match Pool::class_of(layout.size(), layout.align()) {
                Some(c) => self.blocks.free(p, c),
                None => dealloc(p.as_ptr(), layout),
            }
        }
        self.bytes -= Self::charged(layout);
    }

    /// Allocates a string with the given bytes; only for strings known to be small (constants,
    /// names): an allocation failure aborts, as Rust's own collections do.
    pub fn alloc_str(&mut self, bytes: &[u8]) -> *const StrObj {
        let make = |h: &mut Heap| {
            if bytes.len() <= MAX_SHORT_LEN {
                h.intern(bytes)
            } else {
                h.try_alloc_plain_str_with(bytes.len(), |dst| dst.copy_from_slice(bytes))
            }
        };
        let r = make(self).or_else(|_| self.unlimited(make));
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
        if !self.strings.reserve_one() {
            return Err(self.failed(OutOfMemory));
        }
        let p = self.try_raw_alloc(Self::str_layout(len)?, ObjKind::Str)?.as_ptr();
        // SAFETY: fresh allocation of the right size.
        unsafe {
            (p as *mut StrObj).write(StrObj { len, hash: Mut::new(hash), interned: true, hashed: Mut::new(true) });
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), p.add(StrObj::DATA_OFFSET), len);
        }
        // SAFETY: the string just made lives until the heap drops; room was reserved above.
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
        self.try_alloc_closure(proto, upvals)
            .or_else(|_| self.unlimited(|h| h.try_alloc_closure(proto, upvals)))
            .unwrap_or_else(|_| std::alloc::handle_alloc_error(Self::closure_layout(upvals.len())))
    }

    /// Allocates a closure of `proto` over `upvals`; running out of memory is the program's
    /// error (`not enough memory`).
    pub fn try_alloc_closure(&mut self, proto: u32, upvals: &[*mut Cell]) -> Result<*const Closure, OutOfMemory> {
        let layout = Self::closure_layout(upvals.len());
        let p = self.try_raw_alloc(layout, ObjKind::Closure)?.as_ptr();
        // SAFETY: fresh allocation of the right size.
        unsafe {
            (p as *mut Closure).write(Closure { proto, nupvals: upvals.len() as u32 });
            std::ptr::copy_nonoverlapping(
                upvals.as_ptr(),
                p.add(Closure::UPVALS_OFFSET) as *mut *mut Cell,
                upvals.len(),
            );
        }
        Ok(p as *const Closure)
    }

    /// Allocates a cell holding `value`.
    pub fn alloc_cell(&mut self, value: Value) -> *mut Cell {
        self.try_alloc_cell(value)
            .or_else(|_| self.unlimited(|h| h.try_alloc_cell(value)))
            .unwrap_or_else(|_| std::alloc::handle_alloc_error(Layout::new::<Cell>()))
    }

    /// Allocates a cell holding `value`; running out of memory is the program's error.
    pub fn try_alloc_cell(&mut self, value: Value) -> Result<*mut Cell, OutOfMemory> {
        let p = self.try_raw_alloc(Layout::new::<Cell>(), ObjKind::Cell)?.as_ptr() as *mut Cell;
        // SAFETY: fresh allocation of the right size.
        unsafe { p.write(Cell { value }) };
        Ok(p)
    }

    /// Memory for a coroutine that starts running, counted in the heap's size as the pages a
    /// small coroutine touches (so abandoned coroutines make collections come as their
    /// memory grows).
    pub fn alloc_segment(&mut self) -> Option<Segment> {
        let seg = self.threads.alloc()?;
        self.account(SEGMENT_CHARGE);
        Some(seg)
    }

    /// Takes back a coroutine's memory, written below `used` in its value stack.
    ///
    /// # Safety
    /// As [`StackPool::release`].
    pub unsafe fn release_segment(&mut self, seg: Segment, used: *mut Value) {
        // SAFETY: the caller's contract.
        unsafe { self.threads.release(seg, used) };
        self.bytes -= SEGMENT_CHARGE;
    }

    /// A builtin closure running builtin `builtin` with `up`.
    pub fn try_alloc_native(&mut self, builtin: u32, up: Value) -> Result<*const NativeFn, OutOfMemory> {
        let p = self.try_raw_alloc(Layout::new::<NativeFn>(), ObjKind::Native)?.as_ptr() as *mut NativeFn;
        // SAFETY: a fresh allocation sized and aligned for a builtin closure.
        unsafe { p.write(NativeFn { up, builtin, host: None }) };
        Ok(p)
    }

    /// A host function: a builtin closure running `code`.
    pub fn try_alloc_host_fn(&mut self, builtin: u32, code: Box<dyn HostFn>) -> Result<*const NativeFn, OutOfMemory> {
        let p = self.try_raw_alloc(Layout::new::<NativeFn>(), ObjKind::Native)?.as_ptr() as *mut NativeFn;
        // SAFETY: a fresh allocation sized and aligned for a builtin closure.
        unsafe { p.write(NativeFn { up: Value::NIL, builtin, host: Some(code) }) };
        Ok(p)
    }

    /// A userdata holding `data` (which holds `charge` bytes of its own) with metatable
    /// `metatable` (null for none). Fails, dropping `data`, past the memory limit.
    pub fn try_alloc_userdata(
        &mut self,
        metatable: *mut Table,
        data: Box<dyn std::any::Any>,
        charge: usize,
    ) -> Result<*mut UserData, OutOfMemory> {
        if charge > 0 && self.over_limit(charge) {
            return Err(self.failed(OutOfMemory));
        }
        let p = self.try_raw_alloc(Layout::new::<UserData>(), ObjKind::UserData)?.as_ptr() as *mut UserData;
        self.account(charge);
        let type_id = (*data).type_id();
        // SAFETY: a fresh allocation sized and aligned for a userdata.
        unsafe { p.write(UserData { metatable, charge, type_id, data }) };
        Ok(p)
    }

    /// A new coroutine running `func` (suspended, not started).
    pub fn try_alloc_thread(&mut self, func: Value) -> Result<*mut Thread, OutOfMemory> {
        let p = self.try_raw_alloc(Layout::new::<Thread>(), ObjKind::Thread)?.as_ptr() as *mut Thread;
        // SAFETY: a fresh allocation sized and aligned for a thread.
        unsafe { p.write(Thread::new(func)) };
        Ok(p)
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // Nothing is marked: a sweep releases every object (and its table parts, which may be
        // large blocks); the pools then give their chunks back.
        self.sweep();
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
        // "hello", "hellp", "world", 40 × 'a', and the metamethod names.
        assert_eq!(heap.interned_strings(), 4 + EVENT_COUNT);
    }

    thread_local! {
        /// Makes the gray stack refuse to grow, as it would with no memory left.
        pub(super) static GRAY_CANNOT_GROW: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    #[test]
    fn marking_survives_a_gray_stack_that_cannot_grow() {
        let mut heap = Heap::new();
        // A chain of tables, each the only path to the one made before it, through a closure
        // and its cell; garbage beside it.
        let mut head = Value::NIL;
        let mut chain = Vec::new();
        for i in 0..300 {
            let t = heap.alloc_table(1, 0).unwrap();
            let cell = heap.alloc_cell(head);
            let f = heap.alloc_closure(0, &[cell]);
            unsafe { (*t).set_int(&mut heap, 1, Value::from_closure(f)).unwrap() };
            if i % 3 == 0 {
                heap.alloc_table(2, 0).unwrap();
            }
            head = Value::from_table(t);
            chain.push(t);
        }
        let before = heap.object_count();
        GRAY_CANNOT_GROW.set(true);
        heap.mark_own_roots();
        heap.mark_value(head);
        heap.propagate();
        heap.finish_marking();
        GRAY_CANNOT_GROW.set(false);
        assert!(heap.gray.capacity() == 0 && !heap.gray_overflow);
        assert!(chain.iter().all(|&t| heap.is_marked(Value::from_table(t))));
        heap.sweep();
        assert_eq!(heap.object_count(), before - 100, "only the garbage tables go");
        // The next collection, with a stack that grows, agrees.
        heap.mark_own_roots();
        heap.mark_value(head);
        heap.propagate();
        heap.finish_marking();
        heap.sweep();
        assert_eq!(heap.object_count(), before - 100);
    }

    #[test]
    fn sweep_frees_what_marking_did_not_reach() {
        let mut heap = Heap::new();
        let kept = heap.alloc_table(4, 4).unwrap();
        let dropped = heap.alloc_table(100, 0).unwrap();
        let key = heap.str_value(b"key");
        let val = heap.str_value(b"only reachable through the kept table's value, 40+ bytes long");
        let lost = heap.str_value(b"lost");
        let cell = heap.alloc_cell(Value::from_table(dropped));
        let closure = heap.alloc_closure(0, &[cell]);
        unsafe { (*kept).set(&mut heap, key, val).unwrap() };
        let before = (heap.object_count(), heap.allocated_bytes(), heap.interned_strings());
        // Roots: the kept table only. The closure, its cell, the table the cell holds and the
        // string `lost` go; the key and the long value stay.
        heap.mark_own_roots();
        heap.mark_value(Value::from_table(kept));
        heap.propagate();
        assert!(heap.is_marked(key) && heap.is_marked(val) && !heap.is_marked(lost));
        assert!(!heap.is_marked(Value::from_closure(closure)));
        let freed = heap.sweep();
        assert_eq!(heap.object_count(), before.0 - 4);
        assert_eq!(heap.allocated_bytes(), before.1 - freed);
        assert!(freed >= 100 * 16, "the dropped table's array part is freed with it");
        assert_eq!(heap.interned_strings(), before.2 - 1, "`lost` left the intern table");
        // A string made again after its twin was collected is interned afresh, and the
        // survivors lost their marks for the next cycle.
        let again = heap.str_value(b"lost");
        assert_eq!(unsafe { (*again.as_str_ptr()).bytes() }, b"lost");
        assert!(!heap.is_marked(key));
        assert_eq!(unsafe { (*kept).get(key) }, val);
        // Nothing marked: everything goes.
        heap.sweep();
        assert_eq!((heap.object_count(), heap.allocated_bytes(), heap.interned_strings()), (0, 0, 0));
    }

    #[test]
    fn pacing_follows_pause_floor_stop_and_stress() {
        let mut heap = Heap::new();
        assert!(!heap.gc_due());
        for i in 0..40_000 {
            heap.str_value(format!("string number {i}").as_bytes());
        }
        assert!(heap.allocated_bytes() > GC_FLOOR && heap.gc_due());
        heap.set_threshold();
        assert!(!heap.gc_due(), "twice the live size is the next threshold");
        heap.params.pause = 100;
        heap.set_threshold();
        assert!(heap.gc_due());
        heap.params.stopped = true;
        heap.params.stress = true;
        heap.set_threshold();
        assert!(!heap.gc_due(), "a stopped collector stays stopped under stress");
        heap.params.stopped = false;
        heap.set_threshold();
        assert!(heap.gc_due());
        heap.params.stress = false;
        heap.params.stepmul = 100;
        let kb = heap.allocated_bytes() as i64 / 1024;
        assert!(!heap.step_due(kb / 2), "half the heap's size of work is no cycle");
        assert!(heap.step_due(kb / 2 + 2), "the heap's size of work is one");
        assert!(!heap.step_due(1), "a finished cycle starts the count again");
        assert!(heap.step_due(0));
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
        assert_eq!(heap.interned_strings(), 2500 + EVENT_COUNT, "with the metamethod names");
    }
}

//! Values: the 16-byte, `Copy` representation every tier shares.
//!
//! ```text
//!   Value (#[repr(C)], 16 bytes)
//!   +----------------+----------------------------------------------+
//!   | tag: u64       | payload: u64                                 |
//!   +----------------+----------------------------------------------+
//!     NIL      0       0
//!     BOOL     1       0 = false, 1 = true
//!     INT      2       i64 bits (two's complement, wrapping)
//!     FLOAT    3       f64 bits
//!     STR      4       *const StrObj   (heap, immutable bytes)
//!     CLOSURE  5       *const Closure  (heap)
//!     BUILTIN  6       builtin index   (runtime::builtins)
//!     CELL     7       *mut Cell       (heap; never visible to Lua code: a boxed, captured local)
//!     FILE     8       0               (the io.stdout handle `io.write` returns)
//!     TABLE    9       *mut Table      (heap; runtime::table)
//!     THREAD  10       *mut Thread     (heap; runtime::thread: a coroutine)
//!     NATIVE  11       *const NativeFn (heap: a builtin with a value of its own)
//!     USERDATA 12      *mut UserData   (heap: a host's Rust value and its metatable)
//! ```
//!
//! `INT` and `FLOAT` differ only in bit 0, so "is a number" is `tag & !1 == 2`: JIT code tests
//! it with one mask and compare. All-zero bits are `nil`, so zeroed memory is a valid stack.
//! Values carry no reference counts; heap objects live in [`crate::runtime::heap::Heap`].

use crate::runtime::heap::{Cell, Closure, StrObj};
use crate::runtime::table::Table;

/// Type tags. `u64` so that JIT code loads and compares whole words.
pub mod tag {
    pub const NIL: u64 = 0;
    pub const BOOL: u64 = 1;
    pub const INT: u64 = 2;
    pub const FLOAT: u64 = 3;
    pub const STR: u64 = 4;
    pub const CLOSURE: u64 = 5;
    pub const BUILTIN: u64 = 6;
    pub const CELL: u64 = 7;
    pub const FILE: u64 = 8;
    pub const TABLE: u64 = 9;
    pub const THREAD: u64 = 10;
    pub const NATIVE: u64 = 11;
    pub const USERDATA: u64 = 12;

    /// Whether values of tag `t` reference a heap object.
    #[inline(always)]
    pub const fn is_object(t: u64) -> bool {
        matches!(t, STR | CLOSURE | CELL | TABLE | THREAD | NATIVE | USERDATA)
    }
}

/// A Lua value. See the module documentation for the layout.
#[repr(C)]
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Value {
    pub tag: u64,
    pub payload: u64,
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::offset_of!(Value, tag) == 0);
const _: () = assert!(std::mem::offset_of!(Value, payload) == 8);

impl Value {
    pub const NIL: Value = Value { tag: tag::NIL, payload: 0 };
    pub const TRUE: Value = Value { tag: tag::BOOL, payload: 1 };
    pub const FALSE: Value = Value { tag: tag::BOOL, payload: 0 };
    pub const FILE: Value = Value { tag: tag::FILE, payload: 0 };

    #[inline(always)]
    pub fn int(i: i64) -> Value {
        Value { tag: tag::INT, payload: i as u64 }
    }
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        Value { tag: tag::FLOAT, payload: f.to_bits() }
    }
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        Value { tag: tag::BOOL, payload: b as u64 }
    }
    #[inline(always)]
    pub fn builtin(index: u32) -> Value {
        Value { tag: tag::BUILTIN, payload: index as u64 }
    }
    #[inline(always)]
    pub fn from_str_ptr(p: *const StrObj) -> Value {
        Value { tag: tag::STR, payload: p as u64 }
    }
    #[inline(always)]
    pub fn from_closure(p: *const Closure) -> Value {
        Value { tag: tag::CLOSURE, payload: p as u64 }
    }
    #[inline(always)]
    pub fn from_cell(p: *mut Cell) -> Value {
        Value { tag: tag::CELL, payload: p as u64 }
    }
    #[inline(always)]
    pub fn from_table(p: *mut Table) -> Value {
        Value { tag: tag::TABLE, payload: p as u64 }
    }

    #[inline(always)]
    pub fn from_thread(p: *mut crate::runtime::thread::Thread) -> Value {
        Value { tag: tag::THREAD, payload: p as u64 }
    }
    #[inline(always)]
    pub fn from_native(p: *const crate::runtime::heap::NativeFn) -> Value {
        Value { tag: tag::NATIVE, payload: p as u64 }
    }
    #[inline(always)]
    pub fn from_userdata(p: *mut crate::runtime::heap::UserData) -> Value {
        Value { tag: tag::USERDATA, payload: p as u64 }
    }
    /// The userdata object a `USERDATA` value points to.
    #[inline(always)]
    pub fn as_userdata_ptr(self) -> *mut crate::runtime::heap::UserData {
        debug_assert!(self.tag == tag::USERDATA);
        self.payload as *mut crate::runtime::heap::UserData
    }
    /// A full userdata: a host's value, or an open file of the `io` library.
    #[inline(always)]
    pub fn is_userdata(self) -> bool {
        matches!(self.tag, tag::USERDATA | tag::FILE)
    }
    /// The builtin closure a `NATIVE` value points to.
    #[inline(always)]
    pub fn as_native_ptr(self) -> *const crate::runtime::heap::NativeFn {
        debug_assert!(self.tag == tag::NATIVE);
        self.payload as *const crate::runtime::heap::NativeFn
    }
    #[inline(always)]
    pub fn is_thread(self) -> bool {
        self.tag == tag::THREAD
    }
    /// The coroutine a thread value points to.
    #[inline(always)]
    pub fn as_thread_ptr(self) -> *mut crate::runtime::thread::Thread {
        debug_assert!(self.is_thread());
        self.payload as *mut crate::runtime::thread::Thread
    }

    #[inline(always)]
    pub fn is_nil(self) -> bool {
        self.tag == tag::NIL
    }
    #[inline(always)]
    pub fn is_int(self) -> bool {
        self.tag == tag::INT
    }
    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.tag == tag::FLOAT
    }
    #[inline(always)]
    pub fn is_number(self) -> bool {
        self.tag & !1 == tag::INT
    }
    #[inline(always)]
    pub fn is_str(self) -> bool {
        self.tag == tag::STR
    }
    #[inline(always)]
    pub fn is_table(self) -> bool {
        self.tag == tag::TABLE
    }
    /// A Lua function or a builtin, with or without a value of its own (what `type` calls
    /// a function).
    #[inline(always)]
    pub fn is_function(self) -> bool {
        matches!(self.tag, tag::CLOSURE | tag::BUILTIN | tag::NATIVE)
    }
    /// Lua truthiness: only `nil` and `false` are falsy.
    #[inline(always)]
    pub fn truthy(self) -> bool {
        !(self.tag == tag::NIL || (self.tag == tag::BOOL && self.payload == 0))
    }
    #[inline(always)]
    pub fn as_int(self) -> i64 {
        self.payload as i64
    }
    #[inline(always)]
    pub fn as_float(self) -> f64 {
        f64::from_bits(self.payload)
    }
    /// The number as a float (integer or float value); callers check `is_number` first.
    #[inline(always)]
    pub fn num_as_float(self) -> f64 {
        if self.tag == tag::INT { self.as_int() as f64 } else { self.as_float() }
    }
    #[inline(always)]
    pub fn as_str_ptr(self) -> *const StrObj {
        self.payload as *const StrObj
    }
    #[inline(always)]
    pub fn as_closure_ptr(self) -> *const Closure {
        self.payload as *const Closure
    }
    #[inline(always)]
    pub fn as_cell_ptr(self) -> *mut Cell {
        self.payload as *mut Cell
    }
    #[inline(always)]
    pub fn as_table_ptr(self) -> *mut Table {
        self.payload as *mut Table
    }
    /// The bytes of a string value. The caller guarantees `is_str()`.
    #[inline(always)]
    pub fn str_bytes<'a>(self) -> &'a [u8] {
        debug_assert!(self.is_str());
        // SAFETY: string objects live until the heap that made them is dropped, which outlives
        // every value a running program can observe.
        unsafe { (*self.as_str_ptr()).bytes() }
    }
    /// The string bytes if this is a string.
    pub fn as_bytes<'a>(self) -> Option<&'a [u8]> {
        if self.is_str() { Some(self.str_bytes()) } else { None }
    }

    /// Lua's type name (`type(v)`).
    pub fn type_name(self) -> &'static str {
        match self.tag {
            tag::NIL => "nil",
            tag::BOOL => "boolean",
            tag::INT | tag::FLOAT => "number",
            tag::STR => "string",
            tag::CLOSURE | tag::BUILTIN | tag::NATIVE => "function",
            tag::FILE | tag::USERDATA => "userdata",
            tag::TABLE => "table",
            tag::THREAD => "thread",
            _ => "cell",
        }
    }

    /// Raw equality, as Lua's `==` without metamethods: numbers by mathematical value,
    /// strings by contents (short strings are interned, so by identity; long ones by bytes),
    /// everything else by identity.
    #[inline]
    pub fn raw_eq(self, other: Value) -> bool {
        if self.tag == other.tag {
            match self.tag {
                tag::FLOAT => self.as_float() == other.as_float(),
                tag::STR => self.payload == other.payload || str_contents_eq(self, other),
                _ => self.payload == other.payload,
            }
        } else if self.is_number() && other.is_number() {
            crate::runtime::arith::num_eq(self, other)
        } else {
            false
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.tag {
            tag::NIL => write!(f, "nil"),
            tag::BOOL => write!(f, "{}", self.payload != 0),
            tag::INT => write!(f, "{}", self.as_int()),
            tag::FLOAT => write!(f, "{:?}", self.as_float()),
            tag::STR => write!(f, "{:?}", String::from_utf8_lossy(self.str_bytes())),
            tag::CLOSURE => write!(f, "closure@{:#x}", self.payload),
            tag::BUILTIN => write!(f, "builtin#{}", self.payload),
            tag::CELL => write!(f, "cell@{:#x}", self.payload),
            tag::FILE => write!(f, "file"),
            // Lua's `tostring` text (the runtime's `tostring` falls back on this).
            tag::TABLE => write!(f, "table: {:#x}", self.payload),
            tag::THREAD => write!(f, "thread: {:#x}", self.payload),
            tag::NATIVE => write!(f, "function: {:#x}", self.payload),
            tag::USERDATA => write!(f, "userdata: {:#x}", self.payload),
            t => write!(f, "<bad tag {t}>"),
        }
    }
}

/// Whether two distinct string objects have equal contents: never for two interned ones,
/// by bytes otherwise.
#[inline]
fn str_contents_eq(a: Value, b: Value) -> bool {
    // SAFETY: string values point to live strings of the heap.
    let (x, y) = unsafe { (&*a.as_str_ptr(), &*b.as_str_ptr()) };
    !(x.is_interned() && y.is_interned()) && x.bytes() == y.bytes()
}

impl Default for Value {
    fn default() -> Self {
        Value::NIL
    }
}

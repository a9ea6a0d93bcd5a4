//! The VM heap: strings, closures and upvalue cells.
//!
//! Every object is one allocation with a `#[repr(C)]` header and inline trailing data, so JIT
//! code can reach fields at fixed offsets:
//!
//! ```text
//!   StrObj:  [ len: usize | bytes ... ]
//!   Closure: [ proto: u32 | nupvals: u32 | upvals: *mut Cell ... ]
//!   Cell:    [ value: Value ]
//! ```
//!
//! Phase 1 keeps every object until the heap is dropped (the VM ends). The heap records every
//! allocation, and every place that holds values is known (VM stack, globals, constants,
//! closures' cells), so a tracing, non-moving collector can be added without changing layouts.

use crate::runtime::value::Value;
use std::alloc::{Layout, alloc, dealloc};
use std::ptr::NonNull;

/// An immutable byte string.
#[repr(C)]
pub struct StrObj {
    len: usize,
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
/// once and asserted against the layouts below, as `JitContext`'s are.
pub mod offsets {
    /// `StrObj::len`: a string's length (`#s`).
    pub const STR_LEN: i32 = 0;
    /// `Closure::proto`: the function a closure runs (call-target feedback and guards).
    pub const CLOSURE_PROTO: i32 = 0;
    /// The first of a closure's upvalue cell pointers (`Closure::UPVALS_OFFSET`).
    pub const CLOSURE_UPVALS: i32 = 8;
    /// `Cell::value`: the value a captured local's cell holds.
    pub const CELL_VALUE: i32 = 0;
}

const _: () = {
    assert!(std::mem::offset_of!(StrObj, len) == offsets::STR_LEN as usize);
    assert!(std::mem::offset_of!(Closure, proto) == offsets::CLOSURE_PROTO as usize);
    assert!(Closure::UPVALS_OFFSET == offsets::CLOSURE_UPVALS as usize);
    assert!(std::mem::offset_of!(Cell, value) == offsets::CELL_VALUE as usize);
};

/// A heap allocation failed: Lua's `not enough memory`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutOfMemory;

/// Owner of every heap object of one VM.
#[derive(Default)]
pub struct Heap {
    objects: Vec<(NonNull<u8>, Layout)>,
    bytes: usize,
}

impl Heap {
    pub fn new() -> Heap {
        Heap::default()
    }

    /// Bytes currently allocated (for metrics and, later, collection pacing).
    pub fn allocated_bytes(&self) -> usize {
        self.bytes
    }

    fn raw_alloc(&mut self, layout: Layout) -> NonNull<u8> {
        self.try_raw_alloc(layout).unwrap_or_else(|_| std::alloc::handle_alloc_error(layout))
    }

    fn try_raw_alloc(&mut self, layout: Layout) -> Result<NonNull<u8>, OutOfMemory> {
        // SAFETY: every layout here has a non-zero size (headers are never empty).
        let p = NonNull::new(unsafe { alloc(layout) }).ok_or(OutOfMemory)?;
        self.objects.push((p, layout));
        self.bytes += layout.size();
        Ok(p)
    }

    /// Allocates a string with the given bytes; only for strings known to be small (constants,
    /// names): an allocation failure aborts, as Rust's own collections do.
    pub fn alloc_str(&mut self, bytes: &[u8]) -> *const StrObj {
        self.try_alloc_str_with(bytes.len(), |dst| dst.copy_from_slice(bytes))
            .unwrap_or_else(|_| std::alloc::handle_alloc_error(Self::str_layout(bytes.len()).expect("a small string")))
    }

    fn str_layout(len: usize) -> Result<Layout, OutOfMemory> {
        let size = StrObj::DATA_OFFSET.checked_add(len).ok_or(OutOfMemory)?;
        Layout::from_size_align(size, 8).map_err(|_| OutOfMemory)
    }

    /// Allocates a string of `len` bytes and lets `fill` write them (no intermediate buffer).
    /// Strings a program builds can be as large as memory, so running out is the program's
    /// error (Lua's `not enough memory`), not the VM's end.
    pub fn try_alloc_str_with(
        &mut self,
        len: usize,
        fill: impl FnOnce(&mut [u8]),
    ) -> Result<*const StrObj, OutOfMemory> {
        let p = self.try_raw_alloc(Self::str_layout(len)?)?.as_ptr();
        // SAFETY: fresh allocation of the right size.
        unsafe {
            (p as *mut StrObj).write(StrObj { len });
            fill(std::slice::from_raw_parts_mut(p.add(StrObj::DATA_OFFSET), len));
        }
        Ok(p as *const StrObj)
    }

    /// A string value holding `bytes`.
    pub fn str_value(&mut self, bytes: &[u8]) -> Value {
        Value::from_str_ptr(self.alloc_str(bytes))
    }

    /// Allocates a closure of `proto` over `upvals`.
    pub fn alloc_closure(&mut self, proto: u32, upvals: &[*mut Cell]) -> *const Closure {
        let size = Closure::UPVALS_OFFSET + std::mem::size_of_val(upvals);
        let layout = Layout::from_size_align(size, 8).expect("closure size");
        let p = self.raw_alloc(layout).as_ptr();
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
        let p = self.raw_alloc(layout).as_ptr() as *mut Cell;
        // SAFETY: fresh allocation of the right size.
        unsafe { p.write(Cell { value }) };
        p
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for (p, layout) in self.objects.drain(..) {
            // SAFETY: each entry was allocated by `raw_alloc` with exactly this layout.
            unsafe { dealloc(p.as_ptr(), layout) };
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
}

//! Reserved, never-moving arrays: the VM value stack and the call-info records. Each is one
//! allocation at its maximum size, made once, so native code may keep raw pointers into it.
//! The memory is reserved with `mmap` and only committed as it is touched: a stack sized for
//! the full recursion limit costs nothing until a program recurses that deep. Fresh pages are
//! zero, which is `nil` for values and an empty record for frames.

use crate::runtime::value::Value;
use crate::state::abi::Frame;

/// A zero-initialised array of `len` `T`s that never moves.
pub struct Reserved<T> {
    ptr: *mut T,
    len: usize,
}

// SAFETY: plain memory owned by one VM, used from one thread at a time.
unsafe impl<T> Send for Reserved<T> {}

/// The most virtual memory one array reserves (64 GiB): beyond it, deep recursion of huge
/// frames reports `stack overflow` instead.
const MAX_BYTES: usize = 1 << 36;

impl<T> Reserved<T> {
    /// Reserves room for `len` elements (at least 1024, at most [`MAX_BYTES`]). `T` must be
    /// valid when all-zero.
    fn new(len: usize) -> std::io::Result<Reserved<T>> {
        let size = std::mem::size_of::<T>().max(1);
        let len = len.clamp(1024, MAX_BYTES / size);
        // SAFETY: an anonymous private mapping with no fixed address.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len * size,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        Ok(Reserved { ptr: p as *mut T, len })
    }

    #[inline(always)]
    pub fn base(&self) -> *mut T {
        self.ptr
    }

    /// One past the last element.
    #[inline(always)]
    pub fn limit(&self) -> *mut T {
        // SAFETY: one past the end of the mapping.
        unsafe { self.ptr.add(self.len) }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl<T> Drop for Reserved<T> {
    fn drop(&mut self) {
        // SAFETY: the mapping was created in `new` with exactly this size.
        unsafe {
            libc::munmap(self.ptr as *mut libc::c_void, self.len * std::mem::size_of::<T>().max(1));
        }
    }
}

/// A growable array that never moves: reserved once at its largest length and committed as
/// it grows, so native code may keep pointers into it while a chunk loaded at run time
/// (`load`, `require`) appends to it.
pub struct StableVec<T> {
    mem: Reserved<T>,
    len: usize,
}

impl<T> StableVec<T> {
    /// An empty array that can grow to `max` elements (fewer when the address space is
    /// limited: the reservation halves until it succeeds, down to `min`).
    pub fn with_max(max: usize, min: usize) -> std::io::Result<StableVec<T>> {
        let mut want = max.max(min);
        loop {
            match Reserved::new(want) {
                Ok(mem) => return Ok(StableVec { mem, len: 0 }),
                Err(_) if want / 2 >= min => want /= 2,
                Err(e) => return Err(e),
            }
        }
    }

    /// Appends `v`; gives it back when the array is full.
    pub fn push(&mut self, v: T) -> Result<(), T> {
        if self.len == self.mem.len() {
            return Err(v);
        }
        // SAFETY: `len` is below the reservation, and the element there is unused.
        unsafe { self.mem.base().add(self.len).write(v) };
        self.len += 1;
        Ok(())
    }

    /// Whether `n` more elements fit.
    pub fn has_room(&self, n: usize) -> bool {
        n <= self.mem.len() - self.len
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *const T {
        self.mem.base()
    }

    #[inline(always)]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.mem.base()
    }
}

impl<T: Copy> StableVec<T> {
    /// Appends `vals`, all or none (`false` when they do not fit).
    pub fn extend_from_slice(&mut self, vals: &[T]) -> bool {
        if !self.has_room(vals.len()) {
            return false;
        }
        // SAFETY: room checked; the source is a distinct allocation.
        unsafe { std::ptr::copy_nonoverlapping(vals.as_ptr(), self.mem.base().add(self.len), vals.len()) };
        self.len += vals.len();
        true
    }
}

impl<T> std::ops::Deref for StableVec<T> {
    type Target = [T];
    #[inline(always)]
    fn deref(&self) -> &[T] {
        // SAFETY: the first `len` elements are initialised.
        unsafe { std::slice::from_raw_parts(self.mem.base(), self.len) }
    }
}

impl<T> std::ops::DerefMut for StableVec<T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [T] {
        // SAFETY: as in `deref`, and `&mut self` makes the access exclusive.
        unsafe { std::slice::from_raw_parts_mut(self.mem.base(), self.len) }
    }
}

impl<T> Drop for StableVec<T> {
    fn drop(&mut self) {
        // SAFETY: the first `len` elements are initialised and dropped once; the mapping
        // itself is released by `Reserved`'s drop.
        unsafe { std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(self.mem.base(), self.len)) };
    }
}

/// A growable array whose earlier buffers stay allocated until it is dropped: a pointer
/// taken before it grew still reads the elements it knew. For the VM's constants (which
/// never change), inline caches (hints, checked before use) and function table, which
/// native code reaches through `JitContext` pointers that the VM updates as the arrays grow.
pub struct RetainVec<T: Copy> {
    cur: Vec<T>,
    retired: Vec<Vec<T>>,
}

impl<T: Copy> Default for RetainVec<T> {
    fn default() -> Self {
        RetainVec { cur: Vec::new(), retired: Vec::new() }
    }
}

impl<T: Copy> RetainVec<T> {
    pub fn push(&mut self, v: T) {
        if self.cur.len() == self.cur.capacity() {
            let mut bigger = Vec::with_capacity((self.cur.capacity() * 2).max(64));
            bigger.extend_from_slice(&self.cur);
            self.retired.push(std::mem::replace(&mut self.cur, bigger));
        }
        self.cur.push(v);
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *const T {
        self.cur.as_ptr()
    }

    #[inline(always)]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.cur.as_mut_ptr()
    }
}

impl<T: Copy> std::ops::Deref for RetainVec<T> {
    type Target = [T];
    #[inline(always)]
    fn deref(&self) -> &[T] {
        &self.cur
    }
}

impl<T: Copy> std::ops::DerefMut for RetainVec<T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [T] {
        &mut self.cur
    }
}

/// The VM value stack (the main thread's; a coroutine's lives in its segment).
pub type ValueStack = Reserved<Value>;

/// The running thread's value stack: `[base, limit)`.
#[derive(Clone, Copy, Debug)]
pub struct StackView {
    base: *mut Value,
    limit: *mut Value,
}

impl StackView {
    pub fn new(base: *mut Value, limit: *mut Value) -> StackView {
        StackView { base, limit }
    }
    #[inline(always)]
    pub fn base(&self) -> *mut Value {
        self.base
    }
    /// One past the last slot.
    #[inline(always)]
    pub fn limit(&self) -> *mut Value {
        self.limit
    }
}

/// The call-info records of every active call.
pub type FrameStack = Reserved<Frame>;

impl ValueStack {
    pub fn values(slots: usize) -> std::io::Result<ValueStack> {
        Reserved::new(slots)
    }
}

impl FrameStack {
    pub fn frames(depth: usize) -> std::io::Result<FrameStack> {
        Reserved::new(depth)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_stack_reads_as_nil_and_is_writable() {
        let s = ValueStack::values(1 << 20).expect("mmap");
        unsafe {
            assert!((*s.base()).is_nil());
            assert!((*s.base().add((1 << 20) - 1)).is_nil());
            *s.base().add(12345) = Value::int(7);
            assert_eq!(*s.base().add(12345), Value::int(7));
        }
        assert_eq!(s.limit() as usize - s.base() as usize, (1 << 20) * 16);
        let f = FrameStack::frames(10).expect("mmap");
        let mut v: StableVec<String> = StableVec::with_max(1 << 20, 16).expect("mmap");
        let before = v.as_ptr();
        for i in 0..5000 {
            v.push(i.to_string()).expect("room");
        }
        assert_eq!(v.as_ptr(), before, "a stable array never moves");
        assert_eq!(v[4999], "4999");
        let mut r: RetainVec<u64> = RetainVec::default();
        r.push(7);
        let old = r.as_ptr();
        for i in 0..1000 {
            r.push(i);
        }
        assert_ne!(r.as_ptr(), old, "it grew elsewhere");
        assert_eq!(unsafe { *old }, 7, "and the old buffer still reads what it held");
        assert_eq!(r.len(), 1001);
        let mut w: StableVec<u32> = StableVec::with_max(1024, 16).expect("mmap");
        assert!(w.extend_from_slice(&[1, 2, 3]));
        assert!(!w.extend_from_slice(&[0; 1022]), "all or nothing");
        assert_eq!(&w[..], &[1, 2, 3]);
        assert_eq!(f.len(), 1024);
        assert!(unsafe { (*f.base()).base.is_null() });
    }
}

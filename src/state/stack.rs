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

/// The VM value stack.
pub type ValueStack = Reserved<Value>;

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
        assert_eq!(f.len(), 1024);
        assert!(unsafe { (*f.base()).base.is_null() });
    }
}

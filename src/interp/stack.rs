//! The VM value stack: one allocation at its maximum size, made once and never moved, so
//! native code may keep raw pointers into it. The memory is reserved with `mmap` and only
//! committed as it is touched, so a stack sized for the full recursion limit costs nothing
//! until a program recurses that deep. All-zero bytes are `nil`, so fresh pages are valid.

use crate::value::Value;

pub struct ValueStack {
    base: *mut Value,
    slots: usize,
}

// SAFETY: the stack is plain memory owned by one VM, used from one thread at a time.
unsafe impl Send for ValueStack {}

/// The most virtual memory one stack reserves (64 GiB): beyond it, deep recursion of huge
/// frames reports `stack overflow` instead.
const MAX_BYTES: usize = 1 << 36;

impl ValueStack {
    /// Reserves room for `slots` values (capped at [`MAX_BYTES`]).
    pub fn new(slots: usize) -> std::io::Result<ValueStack> {
        let slots = slots.clamp(1024, MAX_BYTES / std::mem::size_of::<Value>());
        let bytes = slots * std::mem::size_of::<Value>();
        // SAFETY: an anonymous private mapping with no fixed address.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                bytes,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        Ok(ValueStack {
            base: p as *mut Value,
            slots,
        })
    }

    #[inline(always)]
    pub fn base(&self) -> *mut Value {
        self.base
    }

    /// One past the last slot.
    #[inline(always)]
    pub fn limit(&self) -> *mut Value {
        // SAFETY: one past the end of the mapping.
        unsafe { self.base.add(self.slots) }
    }

    pub fn slots(&self) -> usize {
        self.slots
    }
}

impl Drop for ValueStack {
    fn drop(&mut self) {
        // SAFETY: the mapping was created in `new` with exactly this size.
        unsafe {
            libc::munmap(
                self.base as *mut libc::c_void,
                self.slots * std::mem::size_of::<Value>(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_stack_reads_as_nil_and_is_writable() {
        let s = ValueStack::new(1 << 20).expect("mmap");
        unsafe {
            assert!((*s.base()).is_nil());
            assert!((*s.base().add((1 << 20) - 1)).is_nil());
            *s.base().add(12345) = Value::int(7);
            assert_eq!(*s.base().add(12345), Value::int(7));
        }
        assert_eq!(s.limit() as usize - s.base() as usize, (1 << 20) * 16);
    }
}

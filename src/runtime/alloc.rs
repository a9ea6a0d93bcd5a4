//! Size-class pools for the heap's small allocations.
//!
//! Almost everything a Lua program allocates is small: a table header, a two-slot array
//! part, a cell, a short string. A [`Pool`] serves sizes up to [`SMALL_MAX`] bytes in
//! 16-byte classes from 64 KiB chunks, each chunk holding cells of one class, with a free
//! list per class: allocating and freeing are a few instructions, where the system allocator
//! spent a quarter of binary-trees' time. The heap keeps two pools: one for objects, which
//! the collector sweeps chunk by chunk in address order ([`Pool::sweep`], no list of
//! objects to chase), and one for table parts, which their tables free explicitly. Larger
//! sizes go to the system allocator.

use std::alloc::{Layout, alloc, alloc_zeroed, dealloc};
use std::ptr::{NonNull, null_mut};

use crate::runtime::heap::OutOfMemory;

/// Cells are multiples of this.
pub const GRANULE: usize = 16;
/// The largest size a pool serves.
pub const SMALL_MAX: usize = 256;
const CLASSES: usize = SMALL_MAX / GRANULE;
pub const CHUNK_BYTES: usize = 64 << 10;
/// Fully free chunks a sweep keeps per class (beyond them, chunks go back to the system).
const SPARE_CHUNKS: usize = 2;

/// A free cell's link (its first word).
#[repr(C)]
struct FreeCell {
    next: *mut FreeCell,
}

#[derive(Clone, Copy)]
struct Chunk {
    base: NonNull<u8>,
    class: usize,
    /// Set by a sweep that found the chunk free and beyond the spares: freed at its end.
    released: bool,
}

/// Free lists of 16-byte size classes over chunks of memory.
///
/// A class's newest chunk is handed out from its start (`fresh` up to `fresh_end`), so a page
/// of it is touched only once a cell on it is needed: a small program keeps few resident
/// pages however many classes it uses. Every older chunk has had all its cells handed out.
pub struct Pool {
    free: [*mut FreeCell; CLASSES],
    /// The next never-handed-out cell of each class's newest chunk.
    fresh: [*mut u8; CLASSES],
    /// The end of the newest chunk's cells (null before the class has a chunk).
    fresh_end: [*mut u8; CLASSES],
    chunks: Vec<Chunk>,
    /// Fresh chunks are zeroed (an object pool: a zero header reads as a free cell).
    zeroed: bool,
}

// SAFETY: the pool owns its chunks; one VM uses it from one thread at a time.
unsafe impl Send for Pool {}

fn chunk_layout() -> Layout {
    Layout::from_size_align(CHUNK_BYTES, GRANULE).expect("a chunk layout")
}

impl Pool {
    pub fn new(zeroed: bool) -> Pool {
        Pool {
            free: [null_mut(); CLASSES],
            fresh: [null_mut(); CLASSES],
            fresh_end: [null_mut(); CLASSES],
            chunks: Vec::new(),
            zeroed,
        }
    }

    /// The class serving `size` bytes (with 16-byte alignment at most), if a pool does.
    #[inline(always)]
    pub fn class_of(size: usize, align: usize) -> Option<usize> {
        (size > 0 && size <= SMALL_MAX && align <= GRANULE).then(|| (size - 1) / GRANULE)
    }

    /// The bytes a cell of `class` has.
    #[inline(always)]
    pub fn cell_size(class: usize) -> usize {
        (class + 1) * GRANULE
    }

    /// A cell of `class` (16-byte aligned).
    #[inline]
    pub fn alloc(&mut self, class: usize) -> Result<NonNull<u8>, OutOfMemory> {
        self.alloc_within(class, || true)
    }

    /// [`Pool::alloc`], asking `may_grow` first when a new chunk is needed (a memory limit:
    /// checked on this slow path only).
    #[inline(always)]
    pub fn alloc_within(&mut self, class: usize, may_grow: impl FnOnce() -> bool) -> Result<NonNull<u8>, OutOfMemory> {
        let cell = self.free[class];
        if cell.is_null() {
            return self.alloc_fresh(class, may_grow);
        }
        // SAFETY: cells on a free list are free cells of this pool's chunks.
        unsafe {
            self.free[class] = (*cell).next;
            Ok(NonNull::new_unchecked(cell as *mut u8))
        }
    }

    /// The next cell of the class's newest chunk, after a new chunk if it has none left.
    #[inline(never)]
    fn alloc_fresh(&mut self, class: usize, may_grow: impl FnOnce() -> bool) -> Result<NonNull<u8>, OutOfMemory> {
        if self.fresh[class] == self.fresh_end[class] {
            if !may_grow() {
                return Err(OutOfMemory);
            }
            self.grow(class)?;
        }
        let cell = self.fresh[class];
        // SAFETY: `fresh` is below `fresh_end`, inside the newest chunk; the cell after it is
        // at most its end.
        unsafe {
            self.fresh[class] = cell.add(Self::cell_size(class));
            Ok(NonNull::new_unchecked(cell))
        }
    }

    /// Gives a cell back.
    ///
    /// # Safety
    /// `p` came from `alloc(class)` of this pool and is not used afterwards.
    #[inline]
    pub unsafe fn free(&mut self, p: NonNull<u8>, class: usize) {
        let cell = p.as_ptr() as *mut FreeCell;
        // SAFETY: the caller's contract: the cell is ours to relink.
        unsafe { (*cell).next = self.free[class] };
        self.free[class] = cell;
    }

    /// A new chunk of `class`, to be handed out from its start.
    #[cold]
    fn grow(&mut self, class: usize) -> Result<(), OutOfMemory> {
        let layout = chunk_layout();
        // SAFETY: a non-zero-sized layout.
        let base = NonNull::new(unsafe { if self.zeroed { alloc_zeroed(layout) } else { alloc(layout) } })
            .ok_or(OutOfMemory)?;
        let size = Self::cell_size(class);
        self.fresh[class] = base.as_ptr();
        // SAFETY: the end of the chunk's whole cells.
        self.fresh_end[class] = unsafe { base.as_ptr().add(CHUNK_BYTES / size * size) };
        self.chunks.push(Chunk { base, class, released: false });
        Ok(())
    }

    /// Whether `chunk` is its class's newest, the one handed out from `fresh`.
    fn is_newest(&self, chunk: &Chunk) -> bool {
        let size = Self::cell_size(chunk.class);
        // SAFETY: the end of the chunk's whole cells.
        self.fresh_end[chunk.class] == unsafe { chunk.base.as_ptr().add(CHUNK_BYTES / size * size) }
    }

    /// The cells of `chunk` handed out so far: all of them, but in a class's newest chunk.
    fn handed_out(&self, chunk: &Chunk) -> usize {
        let size = Self::cell_size(chunk.class);
        if self.is_newest(chunk) {
            (self.fresh[chunk.class] as usize - chunk.base.as_ptr() as usize) / size
        } else {
            CHUNK_BYTES / size
        }
    }

    /// Visits every handed-out cell of every chunk; `visit` says whether the cell is free
    /// after the visit (it frees what it must). The free lists are rebuilt from
    /// the answers, chunk by chunk. Chunks left entirely free go back to the system beyond
    /// a few spares per class; a class's newest chunk kept so is handed out from its start
    /// again.
    ///
    /// # Safety
    /// Every cell `visit` calls free must stay unused until allocated again.
    pub unsafe fn sweep(&mut self, mut visit: impl FnMut(*mut u8) -> bool) {
        // (Allocates nothing: a collection runs when memory is short.)
        self.free = [null_mut(); CLASSES];
        let mut tails: [*mut FreeCell; CLASSES] = [null_mut(); CLASSES];
        let mut spares = [0usize; CLASSES];
        let mut released = false;
        for i in 0..self.chunks.len() {
            let chunk = self.chunks[i];
            let size = Self::cell_size(chunk.class);
            let n = self.handed_out(&chunk);
            let newest = self.is_newest(&chunk);
            let (mut head, mut tail): (*mut FreeCell, *mut FreeCell) = (null_mut(), null_mut());
            let mut free = 0;
            // SAFETY: the cells lie inside the chunk; free cells are relinked here only.
            unsafe {
                for k in 0..n {
                    let cell = chunk.base.as_ptr().add(k * size);
                    if visit(cell) {
                        let c = cell as *mut FreeCell;
                        (*c).next = null_mut();
                        if tail.is_null() {
                            head = c;
                        } else {
                            (*tail).next = c;
                        }
                        tail = c;
                        free += 1;
                    }
                }
                if free == n {
                    let c = chunk.class;
                    if spares[c] >= SPARE_CHUNKS {
                        if newest {
                            (self.fresh[c], self.fresh_end[c]) = (null_mut(), null_mut());
                        }
                        self.chunks[i].released = true;
                        released = true;
                        continue;
                    }
                    spares[c] += 1;
                    if newest {
                        self.fresh[c] = chunk.base.as_ptr();
                        continue;
                    }
                }
                if !head.is_null() {
                    let c = chunk.class;
                    if tails[c].is_null() {
                        self.free[c] = head;
                    } else {
                        (*tails[c]).next = head;
                    }
                    tails[c] = tail;
                }
            }
        }
        if released {
            self.chunks.retain(|chunk| {
                if chunk.released {
                    // SAFETY: every cell of the chunk is free and off the free lists.
                    unsafe { dealloc(chunk.base.as_ptr(), chunk_layout()) };
                }
                !chunk.released
            });
        }
    }

    /// Visits every handed-out cell of every chunk.
    pub fn for_each_handed_out(&self, mut visit: impl FnMut(*mut u8)) {
        for chunk in &self.chunks {
            let size = Self::cell_size(chunk.class);
            for k in 0..self.handed_out(chunk) {
                // SAFETY: inside the chunk.
                visit(unsafe { chunk.base.as_ptr().add(k * size) });
            }
        }
    }

    /// Bytes of chunk memory the pool holds.
    pub fn reserved_bytes(&self) -> usize {
        self.chunks.len() * CHUNK_BYTES
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        for chunk in self.chunks.drain(..) {
            // SAFETY: allocated by `grow` with this layout.
            unsafe { dealloc(chunk.base.as_ptr(), chunk_layout()) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_cells_and_reuse() {
        assert_eq!(Pool::class_of(1, 8), Some(0));
        assert_eq!(Pool::class_of(16, 8), Some(0));
        assert_eq!(Pool::class_of(17, 8), Some(1));
        assert_eq!(Pool::class_of(256, 16), Some(15));
        assert_eq!(Pool::class_of(257, 8), None);
        assert_eq!(Pool::class_of(0, 8), None);
        assert_eq!(Pool::class_of(32, 64), None);
        let mut pool = Pool::new(false);
        let a = pool.alloc(1).unwrap();
        let b = pool.alloc(1).unwrap();
        assert_eq!(b.as_ptr() as usize - a.as_ptr() as usize, 32, "fresh cells come in address order");
        assert_eq!(a.as_ptr() as usize % 16, 0);
        unsafe { pool.free(a, 1) };
        assert_eq!(pool.alloc(1).unwrap(), a, "a freed cell is reused first");
    }

    #[test]
    fn a_new_chunk_is_handed_out_from_its_start_and_swept_only_so_far() {
        let mut pool = Pool::new(true);
        let cells: Vec<_> = (0..3).map(|_| pool.alloc(2).unwrap()).collect();
        assert_eq!(cells[1].as_ptr() as usize - cells[0].as_ptr() as usize, 48);
        assert_eq!(cells[2].as_ptr() as usize - cells[1].as_ptr() as usize, 48);
        // Only the three handed-out cells are visited; the middle one stays in use.
        let mut visited = Vec::new();
        unsafe {
            pool.sweep(|c| {
                visited.push(c);
                c != cells[1].as_ptr()
            })
        };
        assert_eq!(visited, cells.iter().map(|c| c.as_ptr()).collect::<Vec<_>>());
        // The freed cells are reused before the chunk's untouched rest.
        assert_eq!(pool.alloc(2).unwrap(), cells[0]);
        assert_eq!(pool.alloc(2).unwrap(), cells[2]);
        let next = pool.alloc(2).unwrap();
        assert_eq!(next.as_ptr() as usize - cells[2].as_ptr() as usize, 48);
        // A newest chunk found entirely free is handed out from its start again.
        unsafe { pool.sweep(|_| true) };
        assert_eq!(pool.alloc(2).unwrap(), cells[0]);
        assert_eq!(pool.alloc(2).unwrap(), cells[1]);
        assert_eq!(pool.reserved_bytes(), CHUNK_BYTES);
    }

    #[test]
    fn sweep_rebuilds_free_lists_and_releases_empty_chunks() {
        let mut pool = Pool::new(true);
        let n = CHUNK_BYTES / 32;
        // Five chunks' worth of cells, every one in use.
        let cells: Vec<_> = (0..5 * n).map(|_| pool.alloc(1).unwrap()).collect();
        assert_eq!(pool.reserved_bytes(), 5 * CHUNK_BYTES);
        let keep = cells[3];
        unsafe { pool.sweep(|c| c != keep.as_ptr()) };
        // One chunk keeps `keep`; two empty ones stay as spares; two go back.
        assert_eq!(pool.reserved_bytes(), 3 * CHUNK_BYTES);
        let again: Vec<_> = (0..3 * n - 1).map(|_| pool.alloc(1).unwrap()).collect();
        assert!(!again.contains(&keep));
        assert_eq!(pool.reserved_bytes(), 3 * CHUNK_BYTES, "the free cells were enough");
    }
}

//! Coroutines (Lua threads): the heap object, the per-thread state the VM swaps in and out,
//! the stack memory each coroutine runs on, and the machine-stack switch.
//!
//! A coroutine is *stackful*: it runs on a machine stack of its own, so a yield is a stack
//! switch wherever it happens (interpreted code, baseline or optimized native frames with
//! inlined callees, a `pcall`, a metamethod, an iterator) and needs no cooperation from the
//! code generators. Each coroutine gets one *segment* of reserved memory:
//!
//! ```text
//!   | call-info records ->     | <- machine stack           | value stack ->           |
//!   frames                      machine_lo        machine_hi  values
//! ```
//!
//! Segments are carved from large `mmap` reservations (many segments per mapping, all pages
//! read-write, so thousands of coroutines cost a handful of address-space maps) and only the
//! pages a coroutine touches are ever committed. A dead or collected coroutine's segment
//! goes back to a free list; the value slots it wrote are cleared first (a fresh value stack
//! must read as nil), and past a thousand free segments the memory is returned to the system.
//! There are no guard pages (they would split the mappings): the machine stack is guarded by
//! the same explicit check as the main thread's (`JitContext::machine_floor`), with a margin
//! below it for Rust code that does not check.

use crate::runtime::error::TraceEntry;
use crate::runtime::value::Value;
use std::ptr;

/// What `coroutine.status` reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoStatus {
    /// Created and not started, or stopped in a yield.
    Suspended,
    Running,
    /// It resumed another coroutine and waits for it.
    Normal,
    Dead,
}

impl CoStatus {
    pub fn name(self) -> &'static str {
        match self {
            CoStatus::Suspended => "suspended",
            CoStatus::Running => "running",
            CoStatus::Normal => "normal",
            CoStatus::Dead => "dead",
        }
    }
}

/// Everything the VM keeps per thread. The running thread's lives in the VM (its fields and
/// its native context); every other thread's lives in its [`Thread`] object. A switch swaps
/// them as a whole, so the running thread's object holds an empty state.
pub struct ThreadState {
    /// The value stack: `[stack_base, stack_end)`, written up to the soft limit.
    pub stack_base: *mut Value,
    pub stack_end: *mut Value,
    pub soft_limit: *mut Value,
    /// The highest soft limit this thread reached: the slots it may have written.
    pub high_water: *mut Value,
    /// The call-info records (`state::abi::Frame`s) and how many are live.
    pub frames: *mut u8,
    pub frames_cap: usize,
    pub depth: u32,
    pub machine_floor: usize,
    pub tbc_top: *mut Value,
    /// Registered `<close>` values (see `state::close`).
    pub tbc: Vec<(*mut Value, Value)>,
    pub builtin_top: *mut Value,
    /// Nested calls from Rust into Lua (Lua's C-call count).
    pub c_calls: u32,
    /// The C calls below the thread's own (its resumer's, at the last resume).
    pub c_base: u32,
    /// Calls on this thread's stack that a yield cannot cross (Lua's `nny`): a builtin
    /// without a continuation calling Lua, a finalizer, an error handler. The main thread
    /// starts at 1: it can never yield.
    pub nny: u32,
    pub c_entries: Vec<usize>,
    pub c_callers: Vec<(Option<u32>, bool)>,
    pub running_builtin: Option<u32>,
    pub builtin_from_lua: bool,
    pub in_builtin: bool,
    pub handler_traces: Vec<(usize, Vec<TraceEntry>)>,
    pub protected: Vec<bool>,
    pub tail_frames: Vec<usize>,
    pub gc_pins: Vec<Value>,
    /// While switched out: the first slot above everything live (the collector's top).
    pub top: *mut Value,
    /// While switched out: the slots above `top` were cleared (nothing writes them until
    /// the thread runs again).
    pub cleared: bool,
}

impl Default for ThreadState {
    fn default() -> Self {
        ThreadState {
            stack_base: ptr::null_mut(),
            stack_end: ptr::null_mut(),
            soft_limit: ptr::null_mut(),
            high_water: ptr::null_mut(),
            frames: ptr::null_mut(),
            frames_cap: 0,
            depth: 0,
            machine_floor: 0,
            tbc_top: ptr::null_mut(),
            tbc: Vec::new(),
            builtin_top: ptr::null_mut(),
            c_calls: 0,
            c_base: 0,
            nny: 0,
            c_entries: Vec::new(),
            c_callers: Vec::new(),
            running_builtin: None,
            builtin_from_lua: false,
            in_builtin: false,
            handler_traces: Vec::new(),
            protected: Vec::new(),
            tail_frames: Vec::new(),
            gc_pins: Vec::new(),
            top: ptr::null_mut(),
            cleared: false,
        }
    }
}

impl ThreadState {
    /// Calls `f` on every value this (switched-out) state keeps alive, and clears the slots
    /// above its top up to its soft limit (stale values of finished calls, which a later
    /// collection could otherwise mistake for live ones: see `state::gc`).
    ///
    /// # Safety
    /// The state is a switched-out thread's: `[stack_base, soft_limit)` is its written
    /// value stack and `top` lies in it.
    pub unsafe fn trace(&mut self, mut f: impl FnMut(Value)) {
        if !self.stack_base.is_null() && !self.top.is_null() {
            // SAFETY: the caller's contract.
            unsafe {
                let live = self.top.offset_from(self.stack_base).max(0) as usize;
                for v in std::slice::from_raw_parts(self.stack_base, live) {
                    f(*v);
                }
                if self.soft_limit > self.top && !self.cleared {
                    ptr::write_bytes(self.top, 0, self.soft_limit.offset_from(self.top) as usize);
                }
                self.cleared = true;
            }
        }
        for &(_, v) in &self.tbc {
            f(v);
        }
        for &v in &self.gc_pins {
            f(v);
        }
    }
}

/// A coroutine: the heap object a `thread` value points to.
pub struct Thread {
    pub status: CoStatus,
    /// The main thread (never collected, never yields).
    pub is_main: bool,
    /// The body has started (a suspended thread that has not is resumed by calling it).
    pub started: bool,
    /// The function the coroutine runs.
    pub func: Value,
    /// Its memory (none for the main thread, whose stacks the VM owns, and for dead
    /// threads).
    pub seg: Option<Segment>,
    /// While switched out: its saved machine stack pointer.
    pub sp: *mut u8,
    /// While running or normal: the thread that resumed it.
    pub resumer: *mut Thread,
    pub state: ThreadState,
    /// Dead by an error: the error value (`coroutine.close` returns it).
    pub error: Option<Value>,
}

impl Thread {
    pub fn new(func: Value) -> Thread {
        Thread {
            status: CoStatus::Suspended,
            is_main: false,
            started: false,
            func,
            seg: None,
            sp: ptr::null_mut(),
            resumer: ptr::null_mut(),
            state: ThreadState::default(),
            error: None,
        }
    }

    /// Calls `f` on every value the thread keeps alive (see [`ThreadState::trace`]).
    ///
    /// # Safety
    /// As [`ThreadState::trace`]: a running thread's state is empty.
    pub unsafe fn trace(&mut self, mut f: impl FnMut(Value)) {
        f(self.func);
        if let Some(e) = self.error {
            f(e);
        }
        // SAFETY: the caller's contract.
        unsafe { self.state.trace(f) };
    }
}

/// One coroutine's memory (see the module header).
#[derive(Clone, Copy, Debug)]
pub struct Segment {
    pub start: *mut u8,
    pub frames: *mut u8,
    pub frames_bytes: usize,
    pub machine_lo: *mut u8,
    pub machine_hi: *mut u8,
    pub values: *mut Value,
    pub values_len: usize,
}

/// The sizes of a segment's parts, page-rounded.
#[derive(Clone, Copy, Debug)]
struct Layout {
    frames: usize,
    machine: usize,
    values: usize,
}

impl Layout {
    fn total(&self) -> usize {
        self.frames + self.machine + self.values
    }
}

const PAGE: usize = 4096;
/// Segments per reservation (halved while the system refuses one that large).
const SEGMENTS_PER_CHUNK: usize = 16;
/// Free segments kept committed for reuse; beyond these, a freed segment's pages go back to
/// the system.
const KEEP_COMMITTED: usize = 1024;
/// Cleared by writing below this many bytes, by returning the pages to the system above.
const ZERO_BY_WRITING: usize = 64 << 10;
/// The machine stack of each coroutine.
pub const MACHINE_STACK: usize = 32 << 20;
/// Bytes of machine stack left below the floor for Rust code that does not check it
/// (builtins, the collector, the compilers).
pub const MACHINE_MARGIN: usize = 2 << 20;

fn round_up(n: usize) -> usize {
    n.div_ceil(PAGE) * PAGE
}

/// The segments of every coroutine of a VM.
pub struct StackPool {
    layout: Option<Layout>,
    /// Reservations: start and length.
    chunks: Vec<(*mut u8, usize)>,
    /// The unused tail of the newest reservation.
    next: *mut u8,
    end: *mut u8,
    free: Vec<Segment>,
    /// Segments in use (for the reports).
    pub in_use: usize,
}

impl Default for StackPool {
    fn default() -> Self {
        StackPool::new()
    }
}

impl StackPool {
    pub fn new() -> StackPool {
        StackPool {
            layout: None,
            chunks: Vec::new(),
            next: ptr::null_mut(),
            end: ptr::null_mut(),
            free: Vec::new(),
            in_use: 0,
        }
    }

    /// Sizes the segments: `frame_bytes` of call-info records and `values` value slots
    /// (each coroutine gets the main thread's limits).
    pub fn configure(&mut self, frame_bytes: usize, values: usize) {
        self.layout = Some(Layout {
            frames: round_up(frame_bytes.max(PAGE)),
            machine: MACHINE_STACK,
            values: round_up(values.max(1024) * std::mem::size_of::<Value>()),
        });
    }

    /// A segment for a new coroutine: its value stack reads as nil; `None` when no memory
    /// can be reserved.
    pub fn alloc(&mut self) -> Option<Segment> {
        let layout = self.layout?;
        if let Some(s) = self.free.pop() {
            self.in_use += 1;
            return Some(s);
        }
        if self.next.is_null() || (self.end as usize - self.next as usize) < layout.total() {
            self.reserve(layout)?;
        }
        let start = self.next;
        // SAFETY: the segment lies inside the reservation (checked above).
        let seg = unsafe {
            self.next = start.add(layout.total());
            Segment {
                start,
                frames: start,
                frames_bytes: layout.frames,
                machine_lo: start.add(layout.frames),
                machine_hi: start.add(layout.frames + layout.machine),
                values: start.add(layout.frames + layout.machine) as *mut Value,
                values_len: layout.values / std::mem::size_of::<Value>(),
            }
        };
        self.in_use += 1;
        Some(seg)
    }

    fn reserve(&mut self, layout: Layout) -> Option<()> {
        let mut n = SEGMENTS_PER_CHUNK;
        loop {
            let len = n * layout.total();
            // SAFETY: an anonymous private mapping with no fixed address.
            let p = unsafe {
                libc::mmap(
                    ptr::null_mut(),
                    len,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                    -1,
                    0,
                )
            };
            if p != libc::MAP_FAILED {
                let p = p as *mut u8;
                self.chunks.push((p, len));
                self.next = p;
                // SAFETY: the end of the mapping.
                self.end = unsafe { p.add(len) };
                return Some(());
            }
            if n == 1 {
                return None;
            }
            n /= 2;
        }
    }

    /// Takes back `seg`, whose value stack was written below `used`.
    ///
    /// # Safety
    /// `seg` came from this pool, nothing runs on it any more, and nothing points into it.
    pub unsafe fn release(&mut self, seg: Segment, used: *mut Value) {
        self.in_use -= 1;
        let used = (used as usize).clamp(seg.values as usize, seg.values as usize + seg.values_len * 16);
        let bytes = used - seg.values as usize;
        // SAFETY: the range lies in the segment's value stack.
        unsafe {
            if self.free.len() >= KEEP_COMMITTED {
                // Give every page back (they read as zero when touched again).
                libc::madvise(seg.start as *mut libc::c_void, self.layout_total(), libc::MADV_DONTNEED);
            } else if bytes <= ZERO_BY_WRITING {
                ptr::write_bytes(seg.values as *mut u8, 0, bytes);
            } else {
                libc::madvise(seg.values as *mut libc::c_void, round_up(bytes), libc::MADV_DONTNEED);
            }
        }
        self.free.push(seg);
    }

    fn layout_total(&self) -> usize {
        self.layout.map_or(0, |l| l.total())
    }
}

impl Drop for StackPool {
    fn drop(&mut self) {
        for &(p, len) in &self.chunks {
            // SAFETY: each chunk was mapped by `reserve` with exactly this length.
            unsafe { libc::munmap(p as *mut libc::c_void, len) };
        }
    }
}

/// The entry of a coroutine's machine stack: called once on it with the argument given to
/// [`prepare_stack`]; it must never return (it switches away for the last time instead).
pub type StackEntry = unsafe extern "C" fn(arg: *mut u8);

#[cfg(target_arch = "x86_64")]
std::arch::global_asm!(
    // strata_coro_switch(save: *mut *mut u8, to: *mut u8): saves the callee-saved registers
    // on the running stack, stores its pointer in `*save`, and continues on `to` (a stack
    // saved by this function or made by `prepare_stack`).
    ".globl strata_coro_switch",
    ".p2align 4",
    "strata_coro_switch:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "mov [rdi], rsp",
    "mov rsp, rsi",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    // The first return of a fresh stack lands here: call the entry (r12) with its argument
    // (rbx); the entry never returns.
    ".globl strata_coro_start",
    ".p2align 4",
    "strata_coro_start:",
    "mov rdi, rbx",
    "call r12",
    "ud2",
);

#[cfg(target_arch = "x86_64")]
unsafe extern "C" {
    fn strata_coro_switch(save: *mut *mut u8, to: *mut u8);
    fn strata_coro_start();
}

/// Whether this platform runs coroutines.
pub const SUPPORTED: bool = cfg!(target_arch = "x86_64");

/// Makes the machine stack ending at `hi` (16-byte aligned) ready for its first switch,
/// which calls `entry(arg)` on it. Returns the stack pointer to switch to.
///
/// # Safety
/// `[hi - 64, hi)` is writable memory that nothing else uses.
pub unsafe fn prepare_stack(hi: *mut u8, entry: StackEntry, arg: *mut u8) -> *mut u8 {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: the caller's contract; the words are what `strata_coro_switch` pops: r15,
    // r14, r13, r12 (the entry), rbx (its argument), rbp, then the return address. After
    // the return the stack pointer is 16-byte aligned, as a `call` needs.
    unsafe {
        let top = (hi as usize & !15) as *mut usize;
        let words = [0, 0, 0, entry as usize, arg as usize, 0, strata_coro_start as *const () as usize];
        let sp = top.sub(3 + 6);
        for (k, w) in words.iter().enumerate() {
            *sp.add(k) = *w;
        }
        sp as *mut u8
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = (hi, entry, arg);
        ptr::null_mut()
    }
}

/// Saves the running machine stack in `*save` and continues on `to`; returns when another
/// switch names the saved stack.
///
/// # Safety
/// `to` was saved by this function or made by [`prepare_stack`], and is not running.
#[inline(never)]
pub unsafe fn switch(save: *mut *mut u8, to: *mut u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: the caller's contract.
    unsafe {
        strata_coro_switch(save, to)
    };
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = (save, to);
        unreachable!("coroutines need x86-64");
    }
}

#[cfg(all(test, target_arch = "x86_64"))]
mod tests {
    use super::*;

    struct Ping {
        main: *mut u8,
        co: *mut u8,
        log: Vec<u32>,
    }

    unsafe extern "C" fn body(arg: *mut u8) {
        let p = arg as *mut Ping;
        unsafe {
            for i in 0..3 {
                (*p).log.push(i);
                switch(&mut (*p).co, (*p).main);
            }
            (*p).log.push(99);
            switch(&mut (*p).co, (*p).main);
        }
        unreachable!("never resumed after the end");
    }

    #[test]
    fn switching_runs_a_body_on_its_own_stack() {
        let mut pool = StackPool::new();
        pool.configure(1 << 16, 1 << 12);
        let seg = pool.alloc().expect("a segment");
        let mut ping = Ping { main: ptr::null_mut(), co: ptr::null_mut(), log: Vec::new() };
        let p: *mut Ping = &mut ping;
        unsafe {
            (*p).co = prepare_stack(seg.machine_hi, body, p as *mut u8);
            for _ in 0..4 {
                (*p).log.push(1000);
                let to = (*p).co;
                switch(&mut (*p).main, to);
            }
            assert_eq!((*p).log, vec![1000, 0, 1000, 1, 1000, 2, 1000, 99]);
            assert!((*seg.values).is_nil());
            *seg.values.add(5) = Value::int(3);
            pool.release(seg, seg.values.add(6));
            let again = pool.alloc().expect("reused");
            assert_eq!(again.start, seg.start, "a freed segment is reused");
            assert!((*again.values.add(5)).is_nil(), "and its value stack reads as nil again");
        }
    }
}

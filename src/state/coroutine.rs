//! Coroutines: creating, resuming, yielding and closing Lua threads.
//!
//! Every thread (the main one included) has its own value stack, call-info records and
//! machine stack (`runtime::thread`). The VM's fields and native context hold the *running*
//! thread's state; a switch saves them into the thread's object, loads the other thread's
//! and moves to its machine stack. Because the machine stack goes with the thread, whatever
//! runs when a coroutine yields (interpreted frames, baseline or optimized native frames,
//! inlined callees, a `pcall`, a metamethod, an iterator) simply waits on that stack until
//! the coroutine is resumed: no tier does anything special for coroutines.
//!
//! ```text
//!   resume(co): T (running) --switch--> co (running), T normal
//!   yield:      co --switch--> T (its resumer), co suspended
//!   co's body ends (or raises): co dead, --switch--> T, for good
//! ```
//!
//! Where Lua 5.4 cannot yield (a builtin that calls Lua without a continuation: `table.sort`'s
//! comparator, `gsub`'s callback, `tostring`'s `__tostring`, a `load` reader, finalizers,
//! message handlers), the call counts in `nny` and a yield raises `attempt to yield across
//! a C-call boundary`, as Lua does. A suspended coroutine that becomes unreachable is freed
//! by the collector with its stacks; the Rust activations waiting on its machine stack own
//! no resources, so dropping them is the same as never resuming them.

use std::ptr;

use super::VmState;
use super::abi::Frame;
use crate::runtime::builtins::BuiltinError;
use crate::runtime::error::LuaError;
use crate::runtime::thread::{self, CoStatus, MACHINE_MARGIN, Thread, ThreadState};
use crate::runtime::value::Value;

/// How a coroutine stopped running, for its resumer.
pub enum Outcome {
    /// It yielded the values in `VmState::transfer`.
    Yielded,
    /// Its body returned the values in `VmState::transfer`.
    Returned,
    /// Its body raised an error.
    Failed(LuaError),
}

/// What `resume` gives back.
pub enum Resumed {
    /// The values yielded or returned (in `VmState::transfer`).
    Values,
    /// The coroutine could not run or raised an error: the error value.
    Error(Value),
}

/// Lua's `LUAI_MAXCCALLS`, which also bounds nested resumes (`C stack overflow`).
const C_CALL_LIMIT: u32 = 200;

impl VmState {
    /// Creates the main thread's object and sizes coroutines' stacks like the main thread's.
    pub(super) fn init_threads(&mut self, depth_limit: usize) -> Result<(), crate::runtime::heap::OutOfMemory> {
        let frame_bytes = (depth_limit + 2) * std::mem::size_of::<Frame>();
        let slots = self.main_stack.len();
        self.heap.threads.configure(frame_bytes, slots);
        let main = self.heap.try_alloc_thread(Value::NIL)?;
        // SAFETY: just allocated.
        unsafe {
            (*main).is_main = true;
            (*main).started = true;
            (*main).status = CoStatus::Running;
        }
        self.main_thread = main;
        self.current = main;
        Ok(())
    }

    /// Moves the running thread's state out of the VM into `t` (whose state is empty).
    fn swap_state(&mut self, t: &mut ThreadState) {
        use std::mem::swap;
        let mut view = (t.stack_base, t.stack_end);
        let mut frames = (t.frames as *mut Frame, t.frames_cap);
        // (An empty state has null stacks: the VM holds them only while between two
        // swaps of one switch.)
        let here = (self.stack.base(), self.stack.limit());
        self.stack = super::stack::StackView::new(view.0, view.1);
        view = here;
        let fr_here = (self.frames.base(), self.frames.capacity());
        self.frames.set_array(frames.0, frames.1);
        self.ctx.frames = frames.0;
        frames = fr_here;
        t.stack_base = view.0;
        t.stack_end = view.1;
        t.frames = frames.0 as *mut u8;
        t.frames_cap = frames.1;
        swap(&mut self.ctx.depth, &mut t.depth);
        swap(&mut self.ctx.stack_limit, &mut t.soft_limit);
        swap(&mut self.ctx.machine_floor, &mut t.machine_floor);
        swap(&mut self.ctx.tbc_top, &mut t.tbc_top);
        swap(&mut self.tbc, &mut t.tbc);
        swap(&mut self.builtin_top, &mut t.builtin_top);
        swap(&mut self.c_calls, &mut t.c_calls);
        swap(&mut self.c_base, &mut t.c_base);
        swap(&mut self.nny, &mut t.nny);
        swap(&mut self.c_entries, &mut t.c_entries);
        swap(&mut self.c_callers, &mut t.c_callers);
        swap(&mut self.running_builtin, &mut t.running_builtin);
        swap(&mut self.builtin_from_lua, &mut t.builtin_from_lua);
        swap(&mut self.in_builtin, &mut t.in_builtin);
        swap(&mut self.handler_traces, &mut t.handler_traces);
        swap(&mut self.protected, &mut t.protected);
        swap(&mut self.tail_frames, &mut t.tail_frames);
        swap(&mut self.gc_pins, &mut t.gc_pins);
        swap(&mut self.high_water, &mut t.high_water);
    }

    /// Switches from the running thread to `to` (its status already set): saves the running
    /// thread's state (its collector top is the running builtin's `builtin_top`), loads
    /// `to`'s and continues on its machine stack. Returns when a switch comes back.
    ///
    /// # Safety
    /// `to` is a live, switched-out thread with a machine stack, and the caller is a builtin
    /// (everything live on the running stack lies below `builtin_top`).
    unsafe fn switch_to(&mut self, to: *mut Thread) {
        let from = self.current;
        // SAFETY: both threads are live objects; `from` is running, so its state is empty
        // and `to`'s is full.
        unsafe {
            let saved = &mut (*from).state;
            self.swap_state(saved);
            saved.top = saved.builtin_top;
            saved.cleared = false;
            self.swap_state(&mut (*to).state);
            self.current = to;
            let sp = (*to).sp;
            thread::switch(&mut (*from).sp, sp);
        }
    }

    /// Exchanges the running thread's state with switched-out thread `co`'s (twice
    /// restores them), to look at its stack. Nothing may run in between.
    ///
    /// # Safety
    /// `co` is a live, switched-out thread with stacks (started and not dead, or the main
    /// thread).
    pub unsafe fn swap_with_thread(&mut self, co: *mut Thread) {
        // SAFETY: the caller's contract.
        unsafe { self.swap_state(&mut (*co).state) };
    }

    /// `coroutine.create(f)`.
    pub fn create_thread(&mut self, f: Value) -> Result<Value, BuiltinError> {
        let t = self.heap.try_alloc_thread(f).map_err(|_| BuiltinError::Memory)?;
        Ok(Value::from_thread(t))
    }

    /// `coroutine.status(co)` as seen from the running thread.
    pub fn thread_status(&self, co: Value) -> CoStatus {
        // SAFETY: thread values point to live threads.
        unsafe { (*co.as_thread_ptr()).status }
    }

    /// Whether the running thread may yield (`coroutine.isyieldable()`).
    pub fn yieldable(&self) -> bool {
        self.nny == 0
    }

    /// `coroutine.resume(co, args...)`: runs `co` until it yields, returns or fails. The
    /// values it yields or returns are left in `self.transfer`.
    pub fn resume_thread(&mut self, co: Value, args: &[Value]) -> Result<Resumed, BuiltinError> {
        let co = co.as_thread_ptr();
        // SAFETY: thread values point to live threads; the running builtin's arguments end
        // at `builtin_top`.
        unsafe {
            match (*co).status {
                CoStatus::Suspended => {}
                CoStatus::Dead => return Ok(Resumed::Error(self.heap.str_value(b"cannot resume dead coroutine"))),
                _ => return Ok(Resumed::Error(self.heap.str_value(b"cannot resume non-suspended coroutine"))),
            }
            if !thread::SUPPORTED {
                return Err(BuiltinError::Located("coroutines are not supported on this platform".into()));
            }
            if self.c_base + self.c_calls + super::C_CALLS_BEFORE_MAIN + 1 >= C_CALL_LIMIT {
                return Ok(Resumed::Error(self.heap.str_value(b"C stack overflow")));
            }
            if !(*co).started {
                self.start_thread(co)?;
            }
            // (Lua counts the resume as a C call of the coroutine, on top of its resumer's.
            // The coroutine's own count goes on from where it stopped: the calls it was
            // inside when it yielded are still there, on its machine stack.)
            (*co).state.c_base = self.c_base + self.c_calls + 1;
            self.transfer.clear();
            self.transfer.extend_from_slice(args);
            (*co).resumer = self.current;
            (*self.current).status = CoStatus::Normal;
            (*co).status = CoStatus::Running;
            self.switch_to(co);
            match self.co_outcome.take().expect("a coroutine says how it stopped") {
                Outcome::Yielded => Ok(Resumed::Values),
                Outcome::Returned => {
                    self.retire_thread(co);
                    Ok(Resumed::Values)
                }
                Outcome::Failed(e) => {
                    self.retire_thread(co);
                    if self.exit_request.is_some() {
                        // `os.exit` inside the coroutine ends the program.
                        return Err(BuiltinError::Lua(e));
                    }
                    let v = self.error_value(e)?;
                    (*co).error = Some(v);
                    Ok(Resumed::Error(v))
                }
            }
        }
    }

    /// Gives `co` its memory and a machine stack that starts in [`coroutine_entry`].
    ///
    /// # Safety
    /// `co` is a live thread that has not started.
    unsafe fn start_thread(&mut self, co: *mut Thread) -> Result<(), BuiltinError> {
        let seg = self.heap.alloc_segment().ok_or(BuiltinError::Memory)?;
        let max_frame = self.gc_extent.iter().copied().max().unwrap_or(0) as usize + 1;
        // SAFETY: the segment is fresh memory of the pool, laid out as `Segment` says.
        unsafe {
            let values_end = seg.values.add(seg.values_len);
            let soft = seg.values.add(max_frame + super::gc::CO_STACK_SLACK).min(values_end);
            let st = &mut (*co).state;
            st.stack_base = seg.values;
            st.stack_end = values_end;
            st.soft_limit = soft;
            st.high_water = soft;
            st.frames = seg.frames;
            st.frames_cap = seg.frames_bytes / std::mem::size_of::<Frame>();
            st.depth = 0;
            st.machine_floor = seg.machine_lo as usize + MACHINE_MARGIN;
            st.top = seg.values;
            // An error inside a coroutine is caught by its resume: no traceback to record.
            st.protected = vec![false];
            (*co).sp = thread::prepare_stack(seg.machine_hi, coroutine_entry, self as *mut VmState as *mut u8);
            (*co).seg = Some(seg);
            (*co).started = true;
        }
        Ok(())
    }

    /// A coroutine that ended: its memory goes back to the pool (its pending `<close>`
    /// values stay registered for `coroutine.close`).
    ///
    /// # Safety
    /// `co` is a live thread that stopped for good and is switched out.
    unsafe fn retire_thread(&mut self, co: *mut Thread) {
        // SAFETY: the caller's contract: nothing runs on the segment any more.
        unsafe {
            (*co).status = CoStatus::Dead;
            let st = &mut (*co).state;
            if let Some(seg) = (*co).seg.take() {
                self.heap.release_segment(seg, st.high_water);
            }
            st.stack_base = ptr::null_mut();
            st.stack_end = ptr::null_mut();
            st.soft_limit = ptr::null_mut();
            st.high_water = ptr::null_mut();
            st.top = ptr::null_mut();
            st.frames = ptr::null_mut();
            st.depth = 0;
            st.gc_pins.clear();
        }
    }

    /// The running coroutine's body: calls its function with the values it was first
    /// resumed with and reports the outcome.
    fn run_body(&mut self) {
        let co = self.current;
        let base = self.stack.base();
        let nargs = self.transfer.len();
        if !self.stack_fits(base.wrapping_add(nargs + 2)) {
            self.co_outcome = Some(Outcome::Failed(LuaError::new("stack overflow".into())));
            return;
        }
        // SAFETY: the bottom of the coroutine's own stack, with room (checked above).
        unsafe {
            *base = (*co).func;
            ptr::copy_nonoverlapping(self.transfer.as_ptr(), base.add(1), nargs);
        }
        self.transfer.clear();
        // (Unlike the main chunk, a coroutine's body has no C function below it in
        // tracebacks.)
        let hook = self.call_hook.expect("the interpreter registers its call");
        // SAFETY: as above.
        let r = unsafe { hook(self, base, nargs as u32) };
        self.co_outcome = Some(match r {
            Ok(()) => {
                let n = self.ctx.nres as usize;
                // SAFETY: the call left its results from `base` on.
                self.transfer.extend_from_slice(unsafe { std::slice::from_raw_parts(base, n) });
                Outcome::Returned
            }
            Err(e) => Outcome::Failed(e),
        });
        // Nothing below is live any more.
        self.builtin_top = base;
    }

    /// `coroutine.yield(args...)`: suspends the running coroutine, handing `args` to its
    /// resumer; when resumed, the values it was resumed with are in `self.transfer`.
    pub fn yield_thread(&mut self, args: &[Value]) -> Result<(), BuiltinError> {
        let co = self.current;
        // SAFETY: the running thread is a live object; its resumer too.
        unsafe {
            if (*co).is_main {
                return Err(BuiltinError::Raw("attempt to yield from outside a coroutine".into()));
            }
            if self.nny > 0 {
                return Err(BuiltinError::Raw("attempt to yield across a C-call boundary".into()));
            }
            self.transfer.clear();
            self.transfer.extend_from_slice(args);
            self.co_outcome = Some(Outcome::Yielded);
            let to = (*co).resumer;
            (*co).resumer = ptr::null_mut();
            (*co).status = CoStatus::Suspended;
            (*to).status = CoStatus::Running;
            self.switch_to(to);
        }
        Ok(())
    }

    /// `coroutine.close(co)` of a suspended or dead coroutine: its pending `<close>` values
    /// are closed (newest first, with its error, if it died of one), and it is dead. Returns
    /// the error it ends with, if any.
    pub fn close_thread(&mut self, co: Value) -> Result<Option<Value>, BuiltinError> {
        let co = co.as_thread_ptr();
        // SAFETY: thread values point to live threads; a suspended or dead one is switched
        // out. The values still to close and the error stay in the thread's object, where
        // the collector finds them.
        unsafe {
            if (*co).status == CoStatus::Suspended {
                self.retire_thread(co);
            }
            if !(*co).state.tbc.is_empty() {
                // The values are closed as the coroutine's (it is the running one for them,
                // as in Lua), and they cannot yield.
                let prev = self.current;
                (*co).resumer = prev;
                (*prev).status = CoStatus::Normal;
                (*co).status = CoStatus::Running;
                self.current = co;
                self.nny += 1;
                let mut failed = None;
                while let Some((_, v)) = (*co).state.tbc.pop() {
                    if let Err(e) = self.call_close(v, (*co).error.unwrap_or(Value::NIL), false) {
                        match self.error_value(e) {
                            Ok(v) => (*co).error = Some(v),
                            Err(e) => {
                                failed = Some(e);
                                break;
                            }
                        }
                    }
                }
                self.nny -= 1;
                self.current = prev;
                (*prev).status = CoStatus::Running;
                (*co).resumer = ptr::null_mut();
                if let Some(e) = failed {
                    (*co).status = CoStatus::Dead;
                    return Err(e);
                }
            }
            (*co).status = CoStatus::Dead;
            Ok((*co).error.take())
        }
    }
}

/// Where a coroutine's machine stack starts: runs its body, then switches back to its
/// resumer for the last time.
///
/// # Safety
/// `arg` is the VM, whose running thread is the coroutine just started.
unsafe extern "C" fn coroutine_entry(arg: *mut u8) {
    // SAFETY: the VM outlives every coroutine it runs.
    let vm = unsafe { &mut *(arg as *mut VmState) };
    vm.run_body();
    let co = vm.current;
    // SAFETY: the coroutine and its resumer are live; the body's activations are gone, so
    // nothing on this stack is needed again.
    unsafe {
        let to = (*co).resumer;
        (*co).resumer = ptr::null_mut();
        (*co).status = CoStatus::Dead;
        (*to).status = CoStatus::Running;
        vm.switch_to(to);
    }
    // A dead coroutine is never switched to again.
    std::process::abort();
}

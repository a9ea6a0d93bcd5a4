//! The collector's side of the VM: roots, safepoints and the value stack's soft limit.
//!
//! A collection runs only at a *safepoint*: an interpreter instruction that allocates
//! (before it does), the entry of a builtin call, and the JIT helpers flagged `may_gc`.
//! Each safepoint names its *top*: the first value-stack slot above everything live in the
//! innermost activation. Every frame below keeps its live values under the frame above it
//! (a callee's frame starts at its caller's call slot), so the stack's roots are exactly the
//! slots `[stack base, top)`. Tier 2 stores every slot below its top into its frame before a
//! `may_gc` call (the translator does it from the helper's flag); the interpreter and the
//! baseline keep their frames in memory anyway.
//!
//! Slots above the top may hold stale values of finished calls. The collector sets them to
//! nil up to the stack's *soft limit* (`ctx.stack_limit`), which every frame, result pack
//! and builtin push is checked against, so no slot above it was written since the last
//! collection: every slot a later collection scans holds a live object or nil, and
//! over-estimating a top can only keep garbage one cycle longer, never free a live object.
//! The soft limit grows on demand ([`VmState::grow_stack`]) up to the stack's real end
//! (past which a call is `stack overflow`), and shrinks back to what live frames need after
//! each collection.
//!
//! The other roots: constants (which name every string compiled code embeds: native code
//! loads constants from the VM, never bakes an object's address into itself), the standard
//! library's tables and the environment (`ctx.env`), and values builtins pin while they call
//! back into Lua (`gc_pins`).

use std::time::Instant;

use super::VmState;
use crate::runtime::value::Value;

/// Slots the soft limit grows by at least (and keeps above what live frames need).
const STACK_SLACK: usize = 1024;
/// The same for a coroutine: its slots above the top are cleared when it is collected
/// suspended and when it dies, so it keeps little room it does not use.
pub(super) const CO_STACK_SLACK: usize = 64;

impl VmState {
    /// A safepoint: collects if a collection is due. `top` is the first slot above every
    /// live value of the innermost activation; `extra` are live values held outside the VM
    /// (operands in registers).
    #[inline(always)]
    pub fn gc_point(&mut self, top: *mut Value, extra: &[Value]) {
        if self.heap.gc_due() {
            self.collect_garbage(top, extra);
        }
    }

    /// A safepoint inside a helper of native code that knows no exact top: the top frame's
    /// whole extent (its operand stack and, for optimized code, its inlined frames).
    pub fn gc_point_native(&mut self, extra: &[Value]) {
        if self.heap.gc_due() {
            let top = self.frame_extent_top();
            self.collect_garbage(top, extra);
        }
    }

    /// The end of the top frame's extent (the stack's base when no frame is live).
    pub fn frame_extent_top(&self) -> *mut Value {
        match self.frames.last() {
            None => self.stack.base(),
            Some(fr) => fr.base.wrapping_add(self.gc_extent[fr.func as usize] as usize),
        }
    }

    /// Raises the soft limit so that `end` (one past the last slot a frame or a push needs)
    /// fits; false when it is beyond the stack's real end (`stack overflow`).
    #[cold]
    #[inline(never)]
    pub fn grow_stack(&mut self, end: *mut Value) -> bool {
        let real = self.stack.limit();
        if end > real || end < self.stack.base() {
            return false;
        }
        let want = end.wrapping_add(self.stack_slack());
        self.ctx.stack_limit = if want > real { real } else { want };
        self.high_water = self.high_water.max(self.ctx.stack_limit);
        true
    }

    /// How far past what it needs the running thread's soft limit goes.
    fn stack_slack(&self) -> usize {
        if self.current == self.main_thread { STACK_SLACK } else { CO_STACK_SLACK }
    }

    /// Whether slots up to `end` (exclusive) may be written: within the soft limit, or the
    /// limit grown to it.
    #[inline(always)]
    pub fn stack_fits(&mut self, end: *mut Value) -> bool {
        end <= self.ctx.stack_limit || self.grow_stack(end)
    }

    /// Records that native code for `func` uses `slots` slots from its base (its frame and
    /// the frames it inlines), for the collector's over-estimated tops.
    pub fn note_native_extent(&mut self, func: u32, slots: u32) {
        let e = &mut self.gc_extent[func as usize];
        *e = (*e).max(slots);
    }

    /// A full collection with the live stack `[base, top)` and `extra` as roots.
    #[cold]
    #[inline(never)]
    pub fn collect_garbage(&mut self, top: *mut Value, extra: &[Value]) {
        let start = Instant::now();
        let base = self.stack.base();
        let soft = self.ctx.stack_limit;
        debug_assert!(top >= base && top <= soft, "a safepoint's top lies in the stack");
        let top = top.clamp(base, soft);
        // SAFETY: `[base, soft)` is the written part of the value stack: every slot below
        // `top` holds a live object or nil (see the module header), and the rest is
        // overwritten here.
        unsafe {
            let live = top.offset_from(base) as usize;
            for v in std::slice::from_raw_parts(base, live) {
                self.heap.mark_value(*v);
            }
            std::ptr::write_bytes(top, 0, soft.offset_from(top) as usize);
        }
        for &v in extra {
            self.heap.mark_value(v);
        }
        for &v in self.constants.iter() {
            self.heap.mark_value(v);
        }
        self.heap.mark_value(self.mem_error);
        for &v in self.host_refs.values() {
            self.heap.mark_value(v);
        }
        for &v in &self.gc_pins {
            self.heap.mark_value(v);
        }
        for &(_, v) in &self.tbc {
            self.heap.mark_value(v);
        }
        for &v in &self.transfer {
            self.heap.mark_value(v);
        }
        // The threads: the main one, the running one and those waiting for it (their
        // states are in their objects; the running one's is the VM's, marked above).
        let mut t = self.current;
        while !t.is_null() {
            self.heap.mark_value(Value::from_thread(t));
            // SAFETY: a running or normal thread's resumer is a live thread.
            t = unsafe { (*t).resumer };
        }
        self.heap.mark_value(Value::from_thread(self.main_thread));
        self.heap.mark_value(Value::from_table(self.libs.file_meta));
        self.heap.mark_value(Value::from_table(self.libs.globals));
        self.heap.mark_value(Value::from_table(self.libs.string));
        self.heap.mark_value(Value::from_table(self.libs.string_meta));
        self.heap.mark_value(Value::from_table(self.libs.package));
        self.heap.mark_value(Value::from_table(self.libs.loaded));
        self.heap.mark_value(self.ctx.env);
        self.heap.mark_own_roots();
        // (The caches of host types' fields point at objects this collection may free.)
        self.host_cache.fill(crate::state::HostFieldCache::EMPTY);
        self.heap.propagate();
        self.heap.finish_marking();
        self.heap.sweep();
        self.heap.set_threshold();
        // Shrink the soft limit to what live frames may still write (everything above is
        // nil now).
        let mut need = top;
        for fr in self.frames.as_slice() {
            need = need.max(fr.base.wrapping_add(self.gc_extent[fr.func as usize] as usize));
        }
        // (`need` never exceeds `soft`: every frame was checked against it.)
        self.ctx.stack_limit = soft.min(need.wrapping_add(self.stack_slack()));
        let pause = start.elapsed();
        let stats = &mut self.heap.stats;
        stats.collections += 1;
        stats.pause_total += pause;
        stats.pause_max = stats.pause_max.max(pause);
    }

    /// `collectgarbage("collect")` and the like: a full collection now, from a builtin whose
    /// arguments end at `builtin_top`, then every finalizer that became due (as Lua's full
    /// collection calls them before it returns).
    pub fn full_gc(&mut self) {
        let top = if self.builtin_top.is_null() { self.frame_extent_top() } else { self.builtin_top };
        self.clear_dead_locals();
        self.collect_garbage(top, &[]);
        // SAFETY: `top` is above everything live (the builtin's arguments end there).
        unsafe { self.run_finalizers(top) };
    }

    /// Sets to nil the local slots of every frame that hold no variable in scope at the
    /// frame's call (`Function::slot_ranges`): Lua reuses such registers at once, so after
    /// `do local t = {} end` a full collection frees `t` there, and here too. Every frame
    /// below a builtin is stopped at a call, whose ip its record holds (an optimized frame
    /// calling from an inlined callee has a callee's ip there, outside its function, and is
    /// left alone; so are functions without ranges, from bytecode text).
    fn clear_dead_locals(&mut self) {
        for k in 0..self.frames.len() {
            let fr = self.frames[k];
            self.clear_dead_slots(fr, fr.ip);
        }
    }

    /// Sets to nil the local slots of frame `fr` that are dead at `ip`
    /// (`Function::dead_slots_at`).
    pub fn clear_dead_slots(&mut self, fr: crate::state::abi::Frame, ip: u32) {
        let f = &self.program.functions[fr.func as usize];
        for slot in f.dead_slots_at(ip) {
            // SAFETY: a live frame's local slot (the verifier rejects code that reads a slot
            // where it is dead, so nothing reads it before writing it).
            unsafe { *fr.base.add(slot as usize) = Value::NIL };
        }
    }

    /// Calls the finalizers that are due (`__gc` of unreachable objects, newest registration
    /// first), each with its object, from `top` (above everything live). Errors in a
    /// finalizer are dropped, as `lua` does with its warnings off. Finalizers that become due
    /// while these run wait for the next call.
    ///
    /// # Safety
    /// `top` lies in the value stack above every live value.
    pub unsafe fn run_finalizers(&mut self, top: *mut Value) {
        if self.in_finalizer || !self.heap.finalizers_pending() {
            return;
        }
        self.in_finalizer = true;
        let hook = self.call_hook.expect("the interpreter registers its call");
        while let Some(obj) = self.heap.take_finalizable() {
            let t = obj as *mut crate::runtime::table::Table;
            // SAFETY: a due object is a live table (only tables have metatables) until it is
            // taken; from here it is on the stack, an argument of its finalizer.
            let gc = unsafe {
                let mt = (*t).metatable;
                if mt.is_null() { Value::NIL } else { (*mt).get_str(self.heap.gc_name()) }
            };
            if gc.is_nil() || !self.stack_fits(top.wrapping_add(2)) {
                continue;
            }
            let builtin_top = self.builtin_top;
            // SAFETY: `top` is above every live value, with room for the call (checked).
            let tbc = self.tbc_len();
            // SAFETY: as above.
            // (A finalizer cannot yield.)
            self.nny += 1;
            let r = unsafe {
                *top = gc;
                *top.add(1) = Value::from_table(t);
                hook(self, top, 1)
            };
            self.nny -= 1;
            if let Err(e) = r
                && let Ok(v) = self.error_value(e)
            {
                self.tbc_close_after_error(tbc, v, None);
            }
            self.builtin_top = builtin_top;
        }
        self.in_finalizer = false;
    }

    /// The VM is ending (Lua's `lua_close`): every object still registered for finalization
    /// has its finalizer called, newest first, after those already due.
    pub fn close_finalizers(&mut self) {
        self.heap.finalize_all();
        let top = self.free_slot();
        // SAFETY: the first slot above every live frame (none is live when a program ends).
        unsafe { self.run_finalizers(top) };
    }
}

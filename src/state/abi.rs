//! The JIT ABI: the context every piece of native code receives, the uniform entry signature,
//! the call-info records shared by all tiers, and the mixed function table.
//!
//! ```text
//!   extern "C" fn(ctx: *mut JitContext, frame: *mut Value) -> Signal
//!
//!   value stack:  | callee | arg 0 .. arg n-1 | (other locals) | operand stack |
//!                   frame[-1]  ^ frame (slot 0)
//! ```
//!
//! The calling convention, the same in every direction (interpreter, native, helper):
//! - the caller puts the callee value in `frame[-1]` and the arguments in `frame[0..nargs]`,
//!   sets `ctx.nargs`, and records the ip of its call instruction in its own [`Frame`];
//! - the callee checks `ctx.depth` against `ctx.depth_limit`, its frame against
//!   `ctx.stack_limit` and the machine stack pointer against `ctx.machine_floor` (`stack
//!   overflow` otherwise), pushes its `Frame`, sets its missing parameters and other locals
//!   to nil, runs, leaves its results where the callee was, from `frame[-1]` on (nil there
//!   when it returns none), their count in `ctx.nres`, pops its `Frame` and returns
//!   [`Signal::Return`]. A call that wants one value reads `frame[-1]`; one that wants them
//!   all finds them in place, as the "pack" the next instruction consumes;
//! - a vararg function called with more arguments than parameters moves its frame up past
//!   them (Lua 5.4's `luaT_adjustvarargs`): callee and parameters are copied above the
//!   arguments, the extra arguments stay below the new base, and `Frame::vararg_shift` says
//!   how far the base moved, so its results still go to the caller's `frame[-1]`;
//! - [`Signal::TailCall`]: the callee has put a new callee and arguments in `frame[-1..]`
//!   (`ctx.nargs` set) and popped its frame: the caller performs that call in its place, so
//!   tail calls never grow either stack, whichever tiers are involved;
//! - [`Signal::Error`]: the error is in the VM (`VmState::pending_error`); `ctx.depth` is
//!   restored by whoever catches it;
//! - [`Signal::Deopt`]: `ctx.deopt_id` names the deopt point; the frame holds the state the
//!   deopt metadata describes, and the driver resumes the function in the interpreter.

use crate::runtime::value::Value;
use crate::state::VmState;
use crate::state::feedback::{CallSite, FunctionFeedback};

/// How native code left a function.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    Return = 0,
    Error = 1,
    Deopt = 2,
    TailCall = 3,
}

impl Signal {
    /// Decodes the `u32` native code returns; unknown values are internal errors.
    pub fn from_raw(v: u32) -> Signal {
        match v {
            0 => Signal::Return,
            2 => Signal::Deopt,
            3 => Signal::TailCall,
            _ => Signal::Error,
        }
    }
}

/// The uniform entry signature of compiled functions and trampolines. The `u32` is a
/// [`Signal`] (returned as an integer so every backend can produce it).
pub type EntryFn = unsafe extern "C" fn(ctx: *mut JitContext, frame: *mut Value) -> u32;

/// `Frame::flags`: returning from this frame leaves the interpreter loop that runs it.
pub const FRAME_ENTRY: u32 = 1;
/// `Frame::flags`: the frame runs native code.
pub const FRAME_NATIVE: u32 = 2;
/// `Frame::flags`: the frame was entered through a tail call (its caller's frame is gone,
/// so tracebacks give it no name and note `(...tail calls...)`).
pub const FRAME_TAIL: u32 = 4;

/// One active Lua call, whatever tier runs it.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    /// Slot 0 of the frame; the callee (a closure) is at `base[-1]`.
    pub base: *mut Value,
    /// The function (program index).
    pub func: u32,
    /// The instruction the frame is at when it calls out (global ip).
    pub ip: u32,
    pub flags: u32,
    /// A vararg function called with extra arguments: how many slots its base moved up
    /// past them (its caller's frame starts that far below `base`); 0 otherwise.
    pub vararg_shift: u32,
}

impl Frame {
    /// Where this call's callee was: its results go there.
    #[inline(always)]
    pub fn results_slot(&self) -> *mut Value {
        self.base.wrapping_sub(1 + self.vararg_shift as usize)
    }
}

impl Default for Frame {
    fn default() -> Self {
        Frame { base: std::ptr::null_mut(), func: 0, ip: 0, flags: 0, vararg_shift: 0 }
    }
}

/// One function's entry in the mixed function table.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct FnEntry {
    /// Where calls go: compiled code, or the interpreter trampoline for interpreted functions.
    pub entry: EntryFn,
    /// Non-zero when `entry` is compiled code.
    pub native: u32,
    pub arity: u32,
    pub locals_count: u32,
    /// Locals plus operand stack, in slots.
    pub frame_size: u32,
    /// The function's type-feedback slots (baseline code records into them).
    pub type_fb: *mut u8,
    /// The function's call-feedback slots.
    pub call_fb: *mut CallSite,
    /// The function's feedback record (counters).
    pub feedback: *mut FunctionFeedback,
}

/// The entry of `VmState::name_cache` (`ctx.name_cache`) caching where the global named by
/// string constant `k` was found.
pub const fn global_hint(k: u32) -> u32 {
    2 * k
}

/// The entry caching where a field named by string constant `k` (`t.name`, `o:name()`)
/// was found.
pub const fn field_hint(k: u32) -> u32 {
    2 * k + 1
}

/// The context native code runs with. Fields native code touches have fixed offsets
/// (asserted below); helpers reach the rest of the VM through `vm`.
#[repr(C)]
pub struct JitContext {
    pub vm: *mut VmState,
    /// Call-info records; `frames[depth - 1]` is the running function's.
    pub frames: *mut Frame,
    pub depth: u32,
    /// Calls deeper fail with `stack overflow`. Also the interrupt's trip wire: a request to
    /// stop sets it to 0 (with `interrupt`), so every call takes the slow path of the depth
    /// check, which raises `interrupted!`; calls pay nothing for the interrupt.
    pub depth_limit: std::sync::atomic::AtomicU32,
    /// One past the last slot of the value stack.
    pub stack_limit: *mut Value,
    /// Argument count of the call being entered.
    pub nargs: u32,
    /// Result count (0 or 1) of the last call that returned.
    pub nres: u32,
    /// Inline caches of name lookups, two per constant ([`global_hint`], [`field_hint`]):
    /// the node index where the name was found last.
    pub name_cache: *mut u32,
    pub constants: *const Value,
    /// The mixed function table, indexed by function.
    pub functions: *const FnEntry,
    /// After `Signal::Deopt`: the deopt point.
    pub deopt_id: u32,
    /// Calls an interpreted function makes before the driver compiles it (`u32::MAX`: never).
    pub tier_threshold: u32,
    /// Where native code spills values a deopt point needs (unboxed numbers, registers).
    pub spill: *mut u64,
    /// The lowest machine-stack address calls may reach before they fail with `stack
    /// overflow` (0: unchecked). A recursion that alternates between tiers nests Rust
    /// activations; native code checks its stack pointer against this in its prologue.
    pub machine_floor: usize,
    /// `--stress-deopt n`: guards count this down and fail when it reaches zero (restarting
    /// at `n`).
    pub stress_counter: u32,
    /// Non-zero: the host asked the running code to stop ([`crate::api::InterruptHandle`],
    /// `SIGINT` at the command line). Polled at backward jumps in every tier and in long
    /// builtins (calls see `depth_limit` at 0); it stays set (every poll raises
    /// `interrupted!` again) until control returns to the host ([`request_interrupt`],
    /// [`crate::state::VmState::clear_interrupt`]).
    pub interrupt: std::sync::atomic::AtomicU32,
    /// The environment free names are looked up in (`_ENV`; the global table unless the
    /// program assigns `_ENV`).
    pub env: Value,
    /// The string library's table (where methods on strings are looked up); null once Lua
    /// code can reach the string metatable (`getmetatable("")`) and so change its `__index`:
    /// compiled method calls on strings then take the generic path.
    pub strings: *mut crate::runtime::table::Table,
    /// The stack slot of the newest registered `<close>` value (null: none): compiled
    /// `Close` skips its helper when this is below the slots it closes.
    pub tbc_top: *mut Value,
}

/// Asks the code running on the context at `ctx` to stop (from any thread): sets
/// `interrupt`, then trips `depth_limit`.
///
/// # Safety
/// `ctx` points to a live context.
pub unsafe fn request_interrupt(ctx: *const JitContext) {
    use std::sync::atomic::Ordering;
    // SAFETY: guaranteed by the caller; both fields are atomics.
    unsafe {
        (*ctx).interrupt.store(1, Ordering::Release);
        (*ctx).depth_limit.store(0, Ordering::Release);
    }
}

macro_rules! offsets {
    ($($field:ident => $name:ident),* $(,)?) => {
        impl JitContext {
            $(pub const $name: i32 = std::mem::offset_of!(JitContext, $field) as i32;)*
        }
    };
}

offsets! {
    vm => OFF_VM,
    frames => OFF_FRAMES,
    depth => OFF_DEPTH,
    depth_limit => OFF_DEPTH_LIMIT,
    stack_limit => OFF_STACK_LIMIT,
    nargs => OFF_NARGS,
    nres => OFF_NRES,
    name_cache => OFF_NAME_CACHE,
    constants => OFF_CONSTANTS,
    functions => OFF_FUNCTIONS,
    deopt_id => OFF_DEOPT_ID,
    tier_threshold => OFF_TIER_THRESHOLD,
    spill => OFF_SPILL,
    machine_floor => OFF_MACHINE_FLOOR,
    stress_counter => OFF_STRESS_COUNTER,
    env => OFF_ENV,
    strings => OFF_STRINGS,
    tbc_top => OFF_TBC_TOP,
    interrupt => OFF_INTERRUPT,
}

// Layouts native code depends on.
const _: () = {
    assert!(JitContext::OFF_VM == 0);
    assert!(JitContext::OFF_FRAMES == 8);
    assert!(JitContext::OFF_DEPTH == 16);
    assert!(JitContext::OFF_DEPTH_LIMIT == 20);
    assert!(JitContext::OFF_STACK_LIMIT == 24);
    assert!(JitContext::OFF_NARGS == 32);
    assert!(JitContext::OFF_NRES == 36);
    assert!(JitContext::OFF_NAME_CACHE == 40);
    assert!(JitContext::OFF_CONSTANTS == 48);
    assert!(JitContext::OFF_FUNCTIONS == 56);
    assert!(JitContext::OFF_DEOPT_ID == 64);
    assert!(JitContext::OFF_TIER_THRESHOLD == 68);
    assert!(JitContext::OFF_SPILL == 72);
    assert!(JitContext::OFF_MACHINE_FLOOR == 80);
    assert!(JitContext::OFF_STRESS_COUNTER == 88);
    // (In what was padding before `env`: the context, and the VM around it, keep their size.)
    assert!(JitContext::OFF_INTERRUPT == 92);
    assert!(JitContext::OFF_ENV == 96);
    assert!(JitContext::OFF_STRINGS == 112);
    assert!(JitContext::OFF_TBC_TOP == 120);
    assert!(std::mem::size_of::<Frame>() == 24);
    assert!(std::mem::offset_of!(Frame, base) == 0);
    assert!(std::mem::offset_of!(Frame, func) == 8);
    assert!(std::mem::offset_of!(Frame, ip) == 12);
    assert!(std::mem::offset_of!(Frame, flags) == 16);
    assert!(std::mem::offset_of!(Frame, vararg_shift) == 20);
    assert!(std::mem::size_of::<FnEntry>() == 48);
    assert!(std::mem::offset_of!(FnEntry, entry) == 0);
    assert!(std::mem::offset_of!(FnEntry, native) == 8);
    assert!(std::mem::offset_of!(FnEntry, arity) == 12);
    assert!(std::mem::offset_of!(FnEntry, locals_count) == 16);
    assert!(std::mem::offset_of!(FnEntry, frame_size) == 20);
    assert!(std::mem::offset_of!(FnEntry, type_fb) == 24);
    assert!(std::mem::offset_of!(FnEntry, call_fb) == 32);
    assert!(std::mem::offset_of!(FnEntry, feedback) == 40);
};

/// Byte offsets inside a [`Frame`], for code generators.
pub mod frame_offsets {
    pub const BASE: i32 = 0;
    pub const FUNC: i32 = 8;
    pub const IP: i32 = 12;
    pub const FLAGS: i32 = 16;
    pub const VARARG_SHIFT: i32 = 20;
    pub const SIZE: i32 = 24;
}

/// Byte offsets inside an [`FnEntry`], for code generators.
pub mod fn_entry_offsets {
    pub const ENTRY: i32 = 0;
    pub const NATIVE: i32 = 8;
    pub const TYPE_FB: i32 = 24;
    pub const CALL_FB: i32 = 32;
    pub const FEEDBACK: i32 = 40;
    pub const SIZE: i32 = 48;
}

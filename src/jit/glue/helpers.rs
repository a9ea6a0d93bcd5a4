//! The `extern "C"` helpers native code calls for everything it does not do inline: generic
//! arithmetic and comparisons, concatenation, length, calls, closures, cells, `for` loop
//! preparation and errors.
//!
//! Each helper is a thin wrapper over the same code the interpreter runs (`runtime::arith`,
//! `VmState::call_at`, the interpreter's error constructors), so every tier has the same
//! semantics and the same error messages, with the same variable names: errors are built from
//! the global bytecode ip the native code passes, exactly as the interpreter would at that
//! instruction.
//!
//! Conventions: operands are passed by pointer to consecutive values (native code spills
//! them into its frame's operand-stack slots, where the interpreter would have them); a
//! `u32` result of `1` (or `2` for three-way helpers) means an error is pending in the VM.
//!
//! Every function here is a row of the helper table (`jit::helpers`), which declares it
//! (backends take its address from there) under the same unmangled symbol; the check below
//! makes each definition's type exactly the declared one.

use crate::bytecode::opcodes::{Op, Pops, call_flags};
use crate::jit::helpers::compare_kind;
use crate::runtime::arith::{self, ArithOp};
use crate::runtime::heap::Cell;
use crate::runtime::value::Value;

/// Each definition has the type its table row declares (a mismatch does not compile).
macro_rules! check_helper_types {
    ($( $name:ident $sym:ident ( $($p:ident : $t:ty),* ) -> $r:ty [$($flag:ident),*] $(for $($gop:ident)|+)?; )*) => {
        const _: () = {
            $( let _: unsafe extern "C" fn($($t),*) -> $r = $sym; )*
        };
    };
}
crate::jit::helpers::for_each_helper!(check_helper_types);
use crate::state::VmState;
use crate::state::abi::{JitContext, Signal};
use crate::state::feedback::{CallSite, Target};

/// The VM of a context.
///
/// # Safety
/// `ctx` is the context of a live VM, running native code called by that VM.
#[inline(always)]
unsafe fn vm<'a>(ctx: *mut JitContext) -> &'a mut VmState {
    // SAFETY: every context points to its boxed VM, which outlives all native code it runs.
    unsafe { &mut *(*ctx).vm }
}

/// Records the current instruction of the running frame, for positions and tracebacks.
fn at(vm: &mut VmState, ip: u32) {
    if let Some(fr) = vm.frames.last_mut() {
        fr.ip = ip;
    }
}

/// Generic `slot[0] op slot[1]` into `slot[0]` (unary operators use `slot[0]` only).
/// Returns 0, or 1 with an error pending.
///
/// # Safety
/// ABI contract: `slot` points to two live values in the running frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_arith(ctx: *mut JitContext, op: u32, slot: *mut Value, ip: u32) -> u32 {
    let vm = unsafe { vm(ctx) };
    let aop = ArithOp::from_u8(op as u8).expect("valid operator from compiled code");
    let (a, b) = unsafe { (*slot, if aop.is_unary() { *slot } else { *slot.add(1) }) };
    if !(a.is_number() && b.is_number()) {
        // Lua's metamethod path saves the pc (numbers do not: see `VmState::op_error`).
        at(vm, ip);
    }
    let r = crate::runtime::meta::arith(vm, aop, a, b);
    unsafe { store_or_raise(vm, slot, ip, r) }
}

/// Stores an operation's result in `slot` (0), or raises its error as the interpreter does at
/// `ip` (1, the error pending).
///
/// # Safety
/// `slot` points to a live value.
unsafe fn store_or_raise(vm: &mut VmState, slot: *mut Value, ip: u32, r: Result<Value, arith::OpError>) -> u32 {
    match r {
        Ok(v) => {
            unsafe { *slot = v };
            0
        }
        Err(e) => {
            let err = vm.op_error(ip, e);
            vm.pending_error = Some(err);
            1
        }
    }
}

/// `slot[0] < slot[1]` (and `<=`, `>`, `>=`, with Lua's operand order for errors). Returns
/// 0 or 1, or 2 with an error pending.
///
/// # Safety
/// ABI contract: `slot` points to two live values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_compare(ctx: *mut JitContext, kind: u32, slot: *const Value, ip: u32) -> u32 {
    let (a, b) = unsafe { (*slot, *slot.add(1)) };
    let vm = unsafe { vm(ctx) };
    if !(a.is_number() && b.is_number()) {
        at(vm, ip);
    }
    use crate::runtime::meta::compare;
    let r = match kind {
        compare_kind::LT => compare(vm, a, b, false),
        compare_kind::LE => compare(vm, a, b, true),
        compare_kind::GT => compare(vm, b, a, false),
        _ => compare(vm, b, a, true),
    };
    match r {
        Ok(r) => r as u32,
        Err(e) => {
            let err = vm.op_error(ip, e);
            vm.pending_error = Some(err);
            2
        }
    }
}

/// `slot[0] == slot[1]` (raw equality: no errors).
///
/// # Safety
/// `slot` points to two live values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_equal(slot: *const Value) -> u32 {
    unsafe { (*slot).raw_eq(*slot.add(1)) as u32 }
}

/// `slot[0] == slot[1]` with `__eq` (two distinct tables or userdata may call it). Returns 0 or 1, or 2
/// with an error pending.
///
/// # Safety
/// ABI contract: `slot` points to two live values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_equal_meta(ctx: *mut JitContext, slot: *const Value, ip: u32) -> u32 {
    let vm = unsafe { vm(ctx) };
    let (a, b) = unsafe { (*slot, *slot.add(1)) };
    if a.tag == b.tag && (a.is_table() || a.tag == crate::runtime::value::tag::USERDATA) {
        at(vm, ip);
    }
    match crate::runtime::meta::equal(vm, a, b) {
        Ok(r) => r as u32,
        Err(e) => {
            let err = vm.op_error(ip, e);
            vm.pending_error = Some(err);
            2
        }
    }
}

/// `slot[0] .. slot[1]` into `slot[0]`.
///
/// # Safety
/// ABI contract: `slot` points to two live values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_concat(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 {
    let vm = unsafe { vm(ctx) };
    at(vm, ip);
    vm.gc_point(unsafe { slot.add(2) }, &[]);
    let (a, b) = unsafe { (*slot, *slot.add(1)) };
    let r = crate::runtime::meta::concat(vm, a, b);
    unsafe { store_or_raise(vm, slot, ip, r) }
}

/// `#slot[0]` into `slot[0]`.
///
/// # Safety
/// ABI contract: `slot` points to a live value.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_len(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 {
    let vm = unsafe { vm(ctx) };
    let v = unsafe { *slot };
    if !v.is_str() {
        // (`__len` may run Lua code; an error needs the position too.)
        at(vm, ip);
    }
    let r = crate::runtime::meta::len(vm, v);
    unsafe { store_or_raise(vm, slot, ip, r) }
}

/// `Tbc`: registers `slot[0]`, the value of a `<close>` variable (see `state::close`).
/// Returns 0, or 1 with an error pending.
///
/// # Safety
/// ABI contract: `slot` points to a live value; `ip` is a `Tbc` of the running frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_tbc(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 {
    let vm = unsafe { vm(ctx) };
    let (local, v) = unsafe { (operand(vm, ip, 0), *slot) };
    match vm.tbc_register(local, v, ip) {
        Ok(()) => 0,
        Err(e) => {
            vm.pending_error = Some(e);
            1
        }
    }
}

/// `Close`: closes the running frame's `<close>` values from its level operand on; `slot`
/// is the first slot above the operands (a result pack on top runs on above it). Returns 0,
/// or 1 with an error pending.
///
/// # Safety
/// ABI contract: `slot` is the instruction's stack top; `ip` is a `Close` of the running
/// frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_close(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 {
    let vm = unsafe { vm(ctx) };
    let (level, flags) = unsafe { (operand(vm, ip, 0), operand(vm, ip, 1)) };
    let top =
        if flags & call_flags::MULTI_ARG != 0 { slot.wrapping_sub(1).wrapping_add(vm.ctx.nres as usize) } else { slot };
    match vm.tbc_close(level, top, ip) {
        Ok(()) => 0,
        Err(e) => {
            vm.pending_error = Some(e);
            1
        }
    }
}

/// Operand `k` of the instruction at `ip` (generic helpers read their instruction's
/// operands from the code, so their signature stays `(ctx, slot, ip)`).
///
/// # Safety
/// `ip` is a verified instruction with more than `k` operands.
unsafe fn operand(vm: &VmState, ip: u32, k: usize) -> u32 {
    // SAFETY: the verifier checked the instruction's operands lie inside the code.
    unsafe { u32::from_le(std::ptr::read_unaligned(vm.code.add(ip as usize + 1 + 4 * k) as *const u32)) }
}

/// The table opcodes' generic path: the interpreter's own `VmState::table_op` on the
/// operands at `slot` (where the interpreter keeps them), which replaces them by the
/// results; it saves the pc where Lua does. Returns 0, or 1 with an error pending.
///
/// Each opcode has its own entry point (its own flags in the helper table), which names the
/// opcode it expects: a call from the wrong instruction is an internal error, not a
/// misread frame.
///
/// # Safety
/// ABI contract: `ip` is a table instruction and its popped operands lie from `slot`.
#[inline(never)]
unsafe fn table_op(ctx: *mut JitContext, slot: *mut Value, ip: u32, expected: Op) -> u32 {
    let vm = unsafe { vm(ctx) };
    // SAFETY: `ip` is a verified instruction of the code.
    let pc = unsafe { vm.code.add(ip as usize) };
    let op = vm.program.code[ip as usize];
    if op != expected as u8 {
        vm.pending_error = Some(crate::runtime::error::LuaError::new(format!(
            "internal error: {} helper called at ip {ip}",
            expected.name()
        )));
        return 1;
    }
    let pops = match Op::ALL[op as usize].info().pops {
        Pops::Fixed(n) => n,
        // SAFETY: an instruction popping by count has the count as operand 0.
        _ => Op::ALL[op as usize].pops(&[unsafe { operand(vm, ip, 0) }]),
    };
    // The receiver of a constant-name lookup, for its field cache.
    let named = matches!(Op::ALL[op as usize], Op::GetField | Op::SetField | Op::Method)
        // SAFETY: these opcodes' first operand is the name and `slot[0]` the receiver.
        .then(|| unsafe { (*slot, operand(vm, ip, 0)) });
    // SAFETY: the operands end `pops` values after `slot`.
    match unsafe { vm.table_op(pc, slot.add(pops as usize)) } {
        Ok(_) => {
            if let Some((obj, k)) = named {
                vm.note_field(obj, k);
            }
            0
        }
        Err(e) => {
            vm.pending_error = Some(e);
            1
        }
    }
}

/// The first step of a compiled `GetField k` / `GetIndex` that missed its fast path: the
/// raw lookup in a table (its field cache noted), done when the key holds a value or the
/// table has no metatable (nil then, the pc saved as Lua does on a miss). Returns 0 with the
/// result in `slot[0]`, or 1 when Lua's generic path must run (`__index`, or not a table):
/// the caller then stores its frame and calls the generic helper, which may run Lua code.
///
/// # Safety
/// ABI contract: `ip` is a `GetField` or `GetIndex`, whose operands lie from `slot`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_get_raw(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 {
    let vm = unsafe { vm(ctx) };
    let obj = unsafe { *slot };
    if !obj.is_table() {
        return 1;
    }
    let field = vm.program.code[ip as usize] == Op::GetField as u8;
    // SAFETY: a `GetField`'s first operand is a string constant; a `GetIndex`'s key follows
    // the receiver.
    let key = if field { vm.constants[unsafe { operand(vm, ip, 0) } as usize] } else { unsafe { *slot.add(1) } };
    // SAFETY: a table value points to a live table.
    let t = unsafe { &*obj.as_table_ptr() };
    let v = t.get(key);
    if v.is_nil() {
        if !t.metatable.is_null() {
            return 1;
        }
        at(vm, ip);
    } else if field {
        vm.note_field(obj, unsafe { operand(vm, ip, 0) });
    }
    unsafe { *slot = v };
    0
}

/// `GetField k`: `slot[0].name` into `slot[0]`; a host type's field straight from its
/// fields table (see `VmState::host_field`).
///
/// # Safety
/// As `table_op`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_get_field(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 {
    // SAFETY: the receiver is `slot[0]`, which the field replaces.
    let read = |vm: &mut VmState, obj, k| unsafe { vm.host_field(obj, k, slot) };
    match unsafe { host_access(ctx, slot, ip, Op::GetField, read) } {
        Some(r) => r,
        None => unsafe { table_op(ctx, slot, ip, Op::GetField) },
    }
}

/// `SetField k`: `slot[0].name = slot[1]`; a host type's field through its setter's code
/// (see `VmState::host_set_field`).
///
/// # Safety
/// As `table_op`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_set_field(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 {
    // SAFETY: the value is `slot[1]`.
    let write = |vm: &mut VmState, obj, k| unsafe { vm.host_set_field(obj, k, *slot.add(1)) };
    match unsafe { host_access(ctx, slot, ip, Op::SetField, write) } {
        Some(r) => r,
        None => unsafe { table_op(ctx, slot, ip, Op::SetField) },
    }
}

/// `Method k` on any receiver: `slot[0]` (the receiver) becomes the method, and the
/// receiver goes to `slot[1]`.
///
/// # Safety
/// As `table_op`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_method(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 {
    // SAFETY: a `Method` pushes one value above its receiver.
    unsafe { *slot.add(1) = *slot };
    // SAFETY: the receiver is `slot[0]`, which the method replaces.
    let read = |vm: &mut VmState, obj, k| unsafe { vm.host_field(obj, k, slot) };
    match unsafe { host_access(ctx, slot, ip, Op::Method, read) } {
        Some(r) => r,
        None => unsafe { table_op(ctx, slot, ip, Op::Method) },
    }
}

/// The host-type fast path of `GetField k` / `SetField k` / `Method k` at `ip` (receiver
/// in `slot[0]`): `access` on the receiver and the name's constant, for a userdata.
/// `Some(0)` done, `Some(1)` with an error pending (its position is `ip`'s), `None` for the
/// generic path.
///
/// # Safety
/// As `table_op`.
#[inline(always)]
unsafe fn host_access(
    ctx: *mut JitContext,
    slot: *mut Value,
    ip: u32,
    expected: Op,
    access: impl FnOnce(&mut VmState, Value, u32) -> Result<bool, crate::runtime::arith::OpError>,
) -> Option<u32> {
    let vm = unsafe { vm(ctx) };
    let obj = unsafe { *slot };
    // SAFETY: `ip` is an instruction of the code.
    if obj.tag != crate::runtime::value::tag::USERDATA || unsafe { *vm.code.add(ip as usize) } != expected as u8 {
        return None;
    }
    // SAFETY: the opcode's first operand is a string constant.
    let k = unsafe { operand(vm, ip, 0) };
    at(vm, ip);
    match access(vm, obj, k) {
        Ok(true) => Some(0),
        Ok(false) => None,
        Err(e) => Some(raise_op_error(vm, ip, e)),
    }
}

/// Leaves operation error `e` of the instruction at `ip` pending; 1.
#[cold]
#[inline(never)]
fn raise_op_error(vm: &mut VmState, ip: u32, e: crate::runtime::arith::OpError) -> u32 {
    let e = vm.op_error(ip, e);
    vm.pending_error = Some(e);
    1
}

/// Defines the generic helpers of the table and name opcodes: each is [`table_op`] for its
/// opcode (`# Safety`: as [`table_op`]).
macro_rules! table_helpers {
    ($( $(#[doc = $doc:literal])* $name:ident => $op:ident; )*) => {
        $(
            $(#[doc = $doc])*
            ///
            /// # Safety
            /// As `table_op`.
            #[unsafe(no_mangle)]
            pub unsafe extern "C" fn $name(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 {
                unsafe { table_op(ctx, slot, ip, Op::$op) }
            }
        )*
    };
}

table_helpers! {
    /// `NewTable n m`: a presized table into `slot[0]`.
    strata_new_table => NewTable;
    /// `GetIndex`: `slot[0][slot[1]]` into `slot[0]`.
    strata_get_index => GetIndex;
    /// `SetIndex`: `slot[0][slot[1]] = slot[2]`.
    strata_set_index => SetIndex;
    /// `SetList n start flags`: stores `slot[1..]` into the table `slot[0]` from index `start`;
    /// the table stays in `slot[0]`. With `MULTI_ARG` the last value is a call's result pack,
    /// whose count is in `ctx.nres`.
    strata_set_list => SetList;
    /// `GetGlobal k`: `_ENV.name` into `slot[0]` (raises if the environment is not a table).
    strata_get_global => GetGlobal;
    /// `SetGlobal k`: `_ENV.name = slot[0]`.
    strata_set_global => SetGlobal;
}

/// `_ENV.name` for string constant `k` into `out`, for code that has checked the
/// environment is a table and saves the pc itself (the optimizing tier, whose inlined
/// callees have no frame record of their own). Returns 0, or 1 without a value when Lua's
/// generic lookup must decide (a miss in an environment with a metatable): the caller
/// deopts, and the interpreter runs the metamethod from the right frame.
///
/// # Safety
/// ABI contract: `k` is a string constant, `out` a writable value.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_env_get(ctx: *mut JitContext, k: u32, out: *mut Value) -> u32 {
    let vm = unsafe { vm(ctx) };
    match vm.env_get(k) {
        crate::state::EnvGet::Value(v) => {
            unsafe { *out = v };
            0
        }
        crate::state::EnvGet::Meta => 1,
    }
}

/// `_ENV.name = *val` for string constant `k`, as [`strata_env_get`]: returns 0 when the
/// key held a value, 1 when the store added it or replaced nil (Lua saves the pc then), 2
/// with an error pending (memory), 3 without storing when Lua's generic store must decide
/// (a new key in an environment with a metatable: the caller deopts).
///
/// # Safety
/// ABI contract: `k` is a string constant, `val` a readable value.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_env_set(ctx: *mut JitContext, k: u32, val: *const Value) -> u32 {
    let vm = unsafe { vm(ctx) };
    let val = unsafe { *val };
    vm.gc_point_native(&[val]);
    match vm.env_set(k, val) {
        crate::state::EnvSet::Stored => 0,
        crate::state::EnvSet::Added => 1,
        crate::state::EnvSet::Failed(_) => {
            vm.pending_error = Some(crate::runtime::error::LuaError::out_of_memory());
            2
        }
        crate::state::EnvSet::Meta => 3,
    }
}

/// Calls the value in `slot` with `nargs` arguments after it, whatever it is (interpreted
/// or compiled closure, builtin), performing tail calls the callee hands back; the result is
/// left from `slot[0]` (where a direct native call leaves them), their count in `ctx.nres`.
/// Returns `Signal::Return` or `Signal::Error`.
///
/// # Safety
/// ABI contract: `slot` and the arguments lie in the running frame's operand stack.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_call(ctx: *mut JitContext, slot: *mut Value, nargs: u32, pos: u32, ip: u32) -> u32 {
    let vm = unsafe { vm(ctx) };
    at(vm, ip);
    let callee = unsafe { *slot };
    let r = match callee.tag {
        crate::runtime::value::tag::BUILTIN | crate::runtime::value::tag::NATIVE => unsafe {
            vm.call_builtin(slot, nargs, Some(pos))
        },
        crate::runtime::value::tag::CLOSURE => unsafe { vm.call_at(slot, nargs) },
        // A value with `__call` (nothing is live above the arguments).
        _ => match unsafe { vm.resolve_call(slot, nargs) } {
            Ok(Some(n)) => unsafe { vm.call_at(slot, n) },
            Ok(None) => Err(vm.call_error(ip, callee, pos)),
            Err(e) => Err(e),
        },
    };
    match r {
        Ok(()) => Signal::Return as u32,
        Err(e) => {
            vm.pending_error = Some(e);
            Signal::Error as u32
        }
    }
}

/// Finishes a direct native call that did not simply return: performs a tail call the
/// callee handed back, resumes a callee that deopted, passes errors on. The result is left
/// from `slot[0]`. Returns `Signal::Return` or `Signal::Error`.
///
/// # Safety
/// ABI contract: `slot` is the callee slot of the call that returned `sig`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_after_call(ctx: *mut JitContext, sig: u32, slot: *mut Value) -> u32 {
    let vm = unsafe { vm(ctx) };
    let r = match Signal::from_raw(sig) {
        Signal::Return => return Signal::Return as u32,
        Signal::Error => return Signal::Error as u32,
        Signal::TailCall => {
            let nargs = vm.ctx.nargs;
            unsafe { vm.call_at_tail(slot, nargs, true) }
        }
        Signal::Deopt => unsafe { vm.resume_after_deopt(slot.add(1)) },
    };
    match r {
        Ok(()) => Signal::Return as u32,
        Err(e) => {
            vm.pending_error = Some(e);
            Signal::Error as u32
        }
    }
}

/// The entry wrapper of an inner-ABI function found an argument its parameter speculation
/// does not cover (or `--stress-deopt` made the check fail): the call becomes an interpreter
/// frame at the function's first instruction, which the caller resumes as after any deopt
/// (deopt point `id`, the function's entry). Returns `Signal::Deopt`, or `Signal::Error`
/// with `stack overflow` pending.
///
/// # Safety
/// ABI contract: the uniform entry's `ctx` and `frame`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_entry_deopt(ctx: *mut JitContext, frame: *mut Value, id: u32) -> u32 {
    let vm = unsafe { vm(ctx) };
    // SAFETY: the callee slot holds the closure being called.
    let func = unsafe { (*(*frame.sub(1)).as_closure_ptr()).proto };
    let nargs = vm.ctx.nargs;
    match vm.push_frame(func, frame, nargs, 0) {
        Ok(_) => {
            vm.ctx.deopt_id = id;
            Signal::Deopt as u32
        }
        Err(msg) => {
            let err = vm.raise(vm.with_position(msg.to_string()));
            vm.pending_error = Some(err);
            Signal::Error as u32
        }
    }
}

/// A prologue's depth, value-stack or machine-stack check failed for a frame ending at
/// `end`: when only the value stack's soft limit was in the way and the stack has room, the
/// limit grows and 0 lets the function go on; otherwise `stack overflow` is raised where the
/// calling frame stands (as Lua reports it). A host's interrupt request trips the depth
/// check (`JitContext::depth_limit`): `interrupted!` is raised there instead.
///
/// # Safety
/// ABI contract.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_stack_overflow(ctx: *mut JitContext, end: *mut Value) -> u32 {
    let vm = unsafe { vm(ctx) };
    if vm.interrupt_tripped() {
        // (An interrupt request trips the depth check; raised where the caller stands, as
        // the interpreter's calls raise it.)
        let err = vm.raise(vm.with_position(crate::runtime::arith::INTERRUPTED.into()));
        vm.pending_error = Some(err);
        return Signal::Error as u32;
    }
    if vm.ctx.depth < vm.ctx.depth_limit.load(std::sync::atomic::Ordering::Relaxed)
        && vm.machine_stack_left()
        && vm.stack_fits(end)
    {
        return 0;
    }
    let err = vm.raise(vm.with_position("stack overflow".into()));
    vm.pending_error = Some(err);
    Signal::Error as u32
}

/// A backward jump's poll at `ip` found the host's interrupt request (`ctx.interrupt`) set:
/// raises `interrupted!` there (the request stays set until control returns to the host).
/// Returns 1, with the error pending.
///
/// # Safety
/// ABI contract: `ip` is an instruction of the running frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_interrupt(ctx: *mut JitContext, ip: u32) -> u32 {
    let vm = unsafe { vm(ctx) };
    at(vm, ip);
    vm.pending_error = Some(vm.interrupt_error());
    Signal::Error as u32
}

/// A new closure of `func`, capturing cells from `frame` (the running frame, whose callee
/// slot holds the running closure), written to `out`. Returns 0, or 1 with `not enough
/// memory` pending.
///
/// # Safety
/// ABI contract: the locals `func` captures hold cells in `frame`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_closure(ctx: *mut JitContext, func: u32, frame: *const Value, out: *mut Value) -> u32 {
    let vm = unsafe { vm(ctx) };
    vm.gc_point_native(&[]);
    let running = unsafe { (*frame.sub(1)).as_closure_ptr() };
    let cells: Vec<*mut Cell> = vm.program.functions[func as usize]
        .upvals
        .iter()
        .map(|u| unsafe {
            if u.from_local { (*frame.add(u.index as usize)).as_cell_ptr() } else { (*running).upval(u.index as usize) }
        })
        .collect();
    match vm.heap.try_alloc_closure(func, &cells) {
        Ok(c) => {
            unsafe { *out = Value::from_closure(c) };
            0
        }
        Err(_) => {
            vm.pending_error = Some(crate::runtime::error::LuaError::out_of_memory());
            1
        }
    }
}

/// A new cell holding `value` (null with `not enough memory` pending).
///
/// # Safety
/// ABI contract.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_new_cell(ctx: *mut JitContext, tag: u64, payload: u64) -> *mut Cell {
    let vm = unsafe { vm(ctx) };
    let v = Value { tag, payload };
    vm.gc_point_native(&[v]);
    vm.heap.try_alloc_cell(v).unwrap_or_else(|_| {
        vm.pending_error = Some(crate::runtime::error::LuaError::out_of_memory());
        std::ptr::null_mut()
    })
}

/// Lua's `forprep` on `init[0..3]` (init, limit, step), writing the loop state to
/// `state[0..4]`. Returns 0 to skip the loop, 1 to run it, 2 with an error pending.
///
/// # Safety
/// ABI contract: `init` holds three values, `state` four slots of the running frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_for_prep(ctx: *mut JitContext, init: *const Value, state: *mut Value, ip: u32) -> u32 {
    let (i, l, s) = unsafe { (*init, *init.add(1), *init.add(2)) };
    match crate::interp::for_prep(i, l, s) {
        Ok(Some([a, b, c])) => {
            unsafe {
                *state = a;
                *state.add(1) = b;
                *state.add(2) = c;
                *state.add(3) = a;
            }
            1
        }
        Ok(None) => 0,
        Err(msg) => {
            let vm = unsafe { vm(ctx) };
            at(vm, ip);
            let err = vm.raise(vm.with_position(msg));
            vm.pending_error = Some(err);
            2
        }
    }
}

/// `attempt to index a T value (name)` for the method receiver at operand position `pos`.
///
/// # Safety
/// ABI contract.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_index_error(ctx: *mut JitContext, obj: *const Value, pos: u32, ip: u32) -> u32 {
    let vm = unsafe { vm(ctx) };
    at(vm, ip);
    let err = vm.index_error(ip, unsafe { *obj }, pos);
    vm.pending_error = Some(err);
    1
}

/// C's `fmod` with Lua's sign rule (`%` on floats).
#[unsafe(no_mangle)]
pub extern "C" fn strata_fmod(a: f64, b: f64) -> f64 {
    arith::float_mod(a, b)
}

/// `a ^ b` on floats.
#[unsafe(no_mangle)]
pub extern "C" fn strata_pow(a: f64, b: f64) -> f64 {
    arith::pow(a, b)
}

/// `a // b` on floats.
#[unsafe(no_mangle)]
pub extern "C" fn strata_float_idiv(a: f64, b: f64) -> f64 {
    arith::float_idiv(a, b)
}

/// Records a call of function `target` at a call site (the baseline's slow path of the
/// monomorphic check).
///
/// # Safety
/// `site` is a live call-feedback site.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_record_target(site: *mut CallSite, target: u32) {
    unsafe { (*site).record(Target::Function(target).encode()) }
}

/// Records a call of whatever non-closure value `callee` holds (builtins are targets;
/// values that cannot be called are not recorded, as in the interpreter).
///
/// # Safety
/// `site` is a live call-feedback site, `callee` a live value.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_record_callee(site: *mut CallSite, callee: *const Value) {
    let v = unsafe { *callee };
    if v.tag == crate::runtime::value::tag::BUILTIN {
        unsafe { (*site).record(Target::Builtin(v.payload as u32).encode()) }
    }
}

/// Baseline code of `func` counted enough calls: the tier driver compiles it with the next
/// tier (this call goes on in the baseline code). Returns 0, or 1 with an error pending (a
/// fatal JIT failure).
///
/// # Safety
/// ABI contract.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_tier_up(ctx: *mut JitContext, func: u32) -> u32 {
    let vm = unsafe { vm(ctx) };
    match vm.with_tiering(|t, vm| t.on_baseline_hot(vm, func)) {
        Ok(_) => 0,
        Err(msg) => {
            let err = vm.raise(msg.0);
            vm.pending_error = Some(err);
            1
        }
    }
}

/// Baseline code of `func` counted enough backward jumps to the loop at `header` (a global
/// ip): the next tier's OSR entry for that loop (compiled on first request), 0 when there is
/// none, or 1 with an error pending (a fatal JIT failure).
///
/// # Safety
/// ABI contract.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_osr_entry(ctx: *mut JitContext, func: u32, header: u32) -> usize {
    let vm = unsafe { vm(ctx) };
    match vm.osr_lookup(func, header) {
        Ok(entry) => entry.map_or(0, |e| e as usize),
        Err(msg) => {
            let err = vm.raise(msg.0);
            vm.pending_error = Some(err);
            1
        }
    }
}

/// `VarArg`: the running vararg function's extra arguments as a result pack from `slot`.
///
/// # Safety
/// ABI contract: `slot` is the operand-stack top of the running frame, whose record is on
/// top, at a `VarArg` instruction.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_vararg(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 {
    let vm = unsafe { vm(ctx) };
    let fr = *vm.frames.last().expect("the running frame");
    if unsafe { vm.push_varargs(&fr, slot) } {
        return 0;
    }
    at(vm, ip);
    let err = vm.raise(vm.with_position("stack overflow".into()));
    vm.pending_error = Some(err);
    1
}

/// `AdjustPack n`: the result pack at `slot` becomes exactly `n` values (nil-filled).
///
/// # Safety
/// ABI contract: `slot` holds the pack the previous instruction left, with room for `n`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_adjust_pack(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 {
    let vm = unsafe { vm(ctx) };
    unsafe { vm.adjust_pack(slot, operand(vm, ip, 0)) };
    0
}

/// A return of several values: `ReturnN` (its values from `slot`) or, at a `TailCall` whose
/// callee ran here, that call's results (from `slot`, their count in `ctx.nres`). Moves them
/// where the running function's callee was and sets `ctx.nres`; the caller pops the record.
///
/// # Safety
/// ABI contract: the values lie from `slot` in the running frame, whose record is on top.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_return_values(ctx: *mut JitContext, slot: *const Value, ip: u32) {
    let vm = unsafe { vm(ctx) };
    let dst = native_results_slot(vm);
    let n = if unsafe { *vm.code.add(ip as usize) } == Op::ReturnN as u8 {
        let (argc, flags) = unsafe { (operand(vm, ip, 0), operand(vm, ip, 1)) };
        call_flags::value_count(argc, flags, vm.ctx.nres)
    } else {
        vm.ctx.nres
    };
    unsafe { vm.set_results(dst, slot, n) };
}

/// Where the running compiled function's callee was (its record is on top). Its record has
/// a vararg shift only if it is a vararg function (compiled code writes none otherwise).
fn native_results_slot(vm: &VmState) -> *mut Value {
    let fr = vm.frames.last().expect("the running frame");
    if vm.program.functions[fr.func as usize].is_vararg { fr.results_slot() } else { fr.base.wrapping_sub(1) }
}

/// A tail call handed back to the caller from a frame that moved (a vararg function) or with
/// a result pack as last argument: the callee and its `ctx.nargs` arguments, from `slot`,
/// go where the running function's callee was.
///
/// # Safety
/// ABI contract: as [`strata_return_values`], with `ctx.nargs` set.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_tail_args(ctx: *mut JitContext, slot: *const Value) {
    let vm = unsafe { vm(ctx) };
    unsafe { std::ptr::copy(slot, native_results_slot(vm), vm.ctx.nargs as usize + 1) };
}

/// `return v(args)` in compiled code where `v` is not a closure: a value with `__call` is
/// replaced by its metamethod (the value becomes the first argument, `ctx.nargs` counts it).
/// When that gives a closure, it and its arguments move where the running function's callee
/// was and the result is `Signal::TailCall`: the caller performs the call in place of this
/// frame, as Lua's tail call of a `__call` value does. Otherwise (a builtin, or a value that
/// cannot be called) `Signal::Return`: the code calls it here with `ctx.nargs` arguments.
/// `Signal::Error` with the error pending.
///
/// # Safety
/// ABI contract: as [`strata_return_values`]; `slot` holds the callee and `nargs` arguments.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_tail_resolve(ctx: *mut JitContext, slot: *mut Value, nargs: u32) -> u32 {
    let vm = unsafe { vm(ctx) };
    vm.ctx.nargs = nargs;
    match unsafe { vm.resolve_call(slot, nargs) } {
        Ok(Some(n)) => {
            vm.ctx.nargs = n;
            if unsafe { (*slot).tag } != crate::runtime::value::tag::CLOSURE {
                return Signal::Return as u32;
            }
            unsafe { std::ptr::copy(slot, native_results_slot(vm), n as usize + 1) };
            Signal::TailCall as u32
        }
        Ok(None) => Signal::Return as u32,
        Err(e) => {
            vm.pending_error = Some(e);
            Signal::Error as u32
        }
    }
}

/// The prologue of a compiled vararg function, after it pushed its record (with base
/// `frame`): called with more arguments than parameters, the frame moves up past them
/// (callee and parameters copied, the record updated), as the interpreter's `push_frame`
/// does. Returns the frame's base, or null with `stack overflow` pending (the record popped).
///
/// # Safety
/// ABI contract: the uniform entry's `frame`, with `ctx.nargs` arguments, and its record on
/// top.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn strata_vararg_enter(ctx: *mut JitContext, frame: *mut Value) -> *mut Value {
    let vm = unsafe { vm(ctx) };
    let nargs = vm.ctx.nargs;
    let func = vm.frames.last().expect("the record the prologue pushed").func;
    match unsafe { vm.move_vararg_frame(func, frame, nargs) } {
        Some((base, vararg_shift)) => {
            let fr = vm.frames.last_mut().expect("the record the prologue pushed");
            fr.base = base;
            fr.vararg_shift = vararg_shift;
            base
        }
        None => {
            vm.frames.pop();
            let err = vm.raise(vm.with_position("stack overflow".into()));
            vm.pending_error = Some(err);
            std::ptr::null_mut()
        }
    }
}

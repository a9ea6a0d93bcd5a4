//! Deopt materialization: rebuilding interpreter frames from a deopt point's metadata
//! (`jit::deopt::DeoptInfo`) when native code leaves with `Signal::Deopt`.
//!
//! The tier driver's [`crate::state::Tiering::deopt`] looks the point up and calls
//! [`materialize_frames`]; the interpreter then resumes at the innermost frame.

use crate::jit::deopt::{DeoptInfo, ValueLoc};
use crate::runtime::value::{Value, tag};
use crate::state::VmState;
use crate::state::abi::Frame;

/// Reads the values a deopt point describes (before any frame is rewritten, since sources
/// and destinations may overlap).
///
/// # Safety
/// `root` is the compiled function's frame base with every described slot live; `spill`
/// holds every spill word described.
unsafe fn read_values(info: &DeoptInfo, root: *mut Value, spill: *const u64) -> Vec<Vec<Value>> {
    let read = |loc: &ValueLoc| -> Value {
        // SAFETY: guaranteed by the caller.
        unsafe {
            match *loc {
                ValueLoc::Frame(s) => *root.add(s as usize),
                ValueLoc::Spill(k) => {
                    Value { tag: *spill.add(2 * k as usize), payload: *spill.add(2 * k as usize + 1) }
                }
                ValueLoc::Const(v) => v,
                ValueLoc::Int(k) => Value { tag: tag::INT, payload: *spill.add(k as usize) },
                ValueLoc::Float(k) => Value { tag: tag::FLOAT, payload: *spill.add(k as usize) },
            }
        }
    };
    info.frames.iter().map(|fs| fs.locals.iter().chain(&fs.stack).map(read).collect()).collect()
}

/// Rebuilds the interpreter frames of `info` for the compiled function whose frame starts
/// at `root` (its call-info record is the top one): writes every frame's values, pushes
/// records for inlined callees. Returns where the interpreter resumes: the innermost frame's
/// ip and operand-stack top.
///
/// # Safety
/// `root` is the frame of the compiled function that stopped at this deopt point.
pub unsafe fn materialize_frames(vm: &mut VmState, info: &DeoptInfo, root: *mut Value) -> (u32, *mut Value) {
    let spill = vm.ctx.spill as *const u64;
    // SAFETY: the compiled code left the described state in place.
    let values = unsafe { read_values(info, root, spill) };
    for (fs, vals) in info.frames.iter().zip(&values) {
        // SAFETY: the compiled function's frame was checked to fit the stack on entry, and
        // inlined frames lie within the slots the compiled code reserved.
        unsafe { std::ptr::copy_nonoverlapping(vals.as_ptr(), root.add(fs.base_offset as usize), vals.len()) };
    }
    // A frame with a callee above stands at its call (the interpreter continues after it
    // when the callee returns); the innermost frame keeps its saved pc: the root's record
    // as compiled code maintained it, an inlined frame's from its spill word.
    let n = info.frames.len();
    let is_vararg = vm.program.functions[info.frames[0].func as usize].is_vararg;
    let root_record = vm.frames.last_mut().expect("the deopting function's frame");
    if n > 1 {
        root_record.ip = info.frames[0].ip.0;
    }
    // Compiled code sets the shift only in vararg functions; the interpreter reads it.
    if !is_vararg {
        root_record.vararg_shift = 0;
    }
    for (k, fs) in info.frames.iter().enumerate().skip(1) {
        // SAFETY: within the compiled function's frame.
        let base = unsafe { root.add(fs.base_offset as usize) };
        let ip = match fs.saved_ip {
            // SAFETY: spill words named by the deopt point were written by its exit.
            Some(w) if k + 1 == n => (unsafe { *spill.add(w as usize) }) as u32,
            _ => fs.ip.0,
        };
        vm.frames.push(Frame { base, func: fs.func, ip, flags: 0, vararg_shift: 0 });
    }
    let inner = info.frames.last().expect("a frame");
    // SAFETY: the innermost frame's operand stack top.
    let sp = unsafe { root.add((inner.base_offset as usize) + inner.locals.len() + inner.stack.len()) };
    (inner.ip.0, sp)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::deopt::tests::{inlined_point, setup};
    use crate::state::abi::{FRAME_ENTRY, FRAME_NATIVE};
    use std::sync::Arc;

    #[test]
    fn materializing_inlined_frames_resumes_both() {
        let (p, facts, caller, add) = setup();
        let mut info = inlined_point(&p, caller, add);
        let mut vm =
            crate::interp::new_state(Arc::new(p), Arc::new(facts), 100, Box::new(std::io::sink())).expect("vm");
        // Real closures in the callee slots.
        let caller_cl = vm.heap.alloc_closure(caller, &[]);
        let add_cl = vm.heap.alloc_closure(add, &[]);
        info.frames[0].stack[0] = ValueLoc::Const(Value::from_closure(add_cl));
        // Spill area: word 0 = y (1, unboxed), word 1 = s (21, unboxed); boxed slot 1 = words 2, 3.
        let mut spill = [1u64, 21, tag::INT, 21];
        vm.ctx.spill = spill.as_mut_ptr();
        // The compiled caller's frame, as its prologue would leave it: closure below the base,
        // x in slot 0, a call-info record on top.
        let root = unsafe { vm.stack.base().add(1) };
        unsafe {
            *root.sub(1) = Value::from_closure(caller_cl);
            *root = Value::int(20);
        }
        vm.frames.push(Frame { base: root, func: caller, ip: 0, flags: FRAME_NATIVE, vararg_shift: 0 });
        // What `VmState::resume_after_deopt` does once the driver found the point.
        vm.frames.last_mut().expect("the root frame").flags = FRAME_ENTRY;
        let (ip, sp) = unsafe { materialize_frames(&mut vm, &info, root) };
        vm.run_from(ip as usize, sp).expect("resumes");
        // add returns 21 * 2 = 42 to caller, which returns 42 + y = 43.
        assert_eq!(unsafe { *root.sub(1) }, Value::int(43));
        assert!(vm.frames.is_empty(), "every materialized frame returned");
    }
}

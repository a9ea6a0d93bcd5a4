//! Deopt: leaving compiled code for the interpreter, in the middle of a function.
//!
//! Each deopt point of a compiled function has a [`DeoptInfo`]: the interpreter frames to
//! rebuild (the compiled function's, then one per inlined callee), and for each the resume
//! ip and where every local and operand-stack value is at that moment:
//!
//! ```text
//!   root frame base ─▶ | root locals | root operand stack (.. callee, args) |
//!                                               inlined frame base ─▶ | locals | stack |
//!   value locations: Frame(slot)  Spill(k)  Const(v)  Int(k)  Float(k)   (k: ctx.spill words)
//! ```
//!
//! Backends describe points with sub-program ips; [`DeoptInfo::rebase`] maps them to global
//! ips and [`DeoptInfo::verify`] checks every frame against the verifier's stack depths.
//! [`materialize`] writes the frames into the VM stack, pushes their call-info records and
//! runs the interpreter until the compiled function's frame returns.

use crate::bytecode::Op;
use crate::bytecode::program::Program;
use crate::bytecode::verify::ProgramFacts;
use crate::interp::Interp;
use crate::jit::abi::{FRAME_ENTRY, Frame};
use crate::jit::subprogram::SubProgram;
use crate::runtime::error::LuaError;
use crate::value::{Value, tag};

/// Why compiled code left for the interpreter (counted per reason in the metrics).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeoptReason {
    /// An operand type differed from the speculated one.
    TypeGuard,
    /// A call target differed from the speculated callee.
    CallTarget,
    /// `--stress-deopt` forced the guard to fail.
    Stress,
    /// The compiled code reached something it does not handle.
    Unsupported,
}

impl DeoptReason {
    pub fn name(self) -> &'static str {
        match self {
            DeoptReason::TypeGuard => "type-guard",
            DeoptReason::CallTarget => "call-target",
            DeoptReason::Stress => "stress",
            DeoptReason::Unsupported => "unsupported",
        }
    }
}

/// Where a value is when a deopt point is reached.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ValueLoc {
    /// In slot `n` counted from the compiled (root) function's frame base.
    Frame(u32),
    /// A boxed value in spill words `2k` (tag) and `2k + 1` (payload).
    Spill(u32),
    /// A known constant.
    Const(Value),
    /// An unboxed integer in spill word `k`.
    Int(u32),
    /// An unboxed float (its bits) in spill word `k`.
    Float(u32),
}

/// One interpreter frame to rebuild.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameState {
    pub func: u32,
    /// Where the interpreter resumes (a sub ip until rebased, then global). For every frame
    /// but the innermost this is the `Call` whose callee is the next frame.
    pub ip: u32,
    /// The frame's base, in slots above the root frame's base (0 for the root).
    pub base_offset: u32,
    pub locals: Vec<ValueLoc>,
    pub stack: Vec<ValueLoc>,
    /// For inlined frames: the spill word holding the global ip where Lua's VM would have
    /// saved this frame's pc (its call-info record's ip; `None`: the resume ip). The root
    /// frame keeps the ip its record already has: compiled code maintains it.
    pub saved_ip: Option<u32>,
}

/// One deopt point.
#[derive(Clone, Debug, PartialEq)]
pub struct DeoptInfo {
    pub reason: DeoptReason,
    /// The compiled function's frame first, then each inlined callee's.
    pub frames: Vec<FrameState>,
    /// Whether `frames[..].ip` are global ips yet.
    pub rebased: bool,
}

/// An inconsistent deopt point (a backend bug).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("deopt metadata: {0}")]
pub struct DeoptError(pub String);

impl DeoptInfo {
    /// Maps the frames' sub-program ips to global ips.
    pub fn rebase(&mut self, sub: &SubProgram) -> Result<(), DeoptError> {
        if self.rebased {
            return Err(DeoptError("rebased twice".into()));
        }
        for f in &mut self.frames {
            f.ip = sub.global_ip(f.ip).ok_or_else(|| DeoptError(format!("sub ip {} is not an instruction", f.ip)))?;
        }
        self.rebased = true;
        Ok(())
    }

    /// Checks every frame against the program: resume ips on instruction boundaries of their
    /// functions, every local present, the operand stack exactly as deep as the verifier says,
    /// inlined frames stacked where the interpreter would put the callee's frame, and frame
    /// slots inside the frames described.
    pub fn verify(&self, program: &Program, facts: &ProgramFacts) -> Result<(), DeoptError> {
        let bad = |m: String| Err(DeoptError(m));
        if !self.rebased {
            return bad("not rebased to global ips".into());
        }
        if self.frames.is_empty() {
            return bad("no frames".into());
        }
        if self.frames[0].base_offset != 0 {
            return bad("the root frame must start at offset 0".into());
        }
        let mut extent = 0u32;
        for (k, fs) in self.frames.iter().enumerate() {
            let Some(f) = program.functions.get(fs.func as usize) else {
                return bad(format!("frame {k}: no function {}", fs.func));
            };
            let Some(depth) = facts.functions[fs.func as usize].depth_at(f, fs.ip) else {
                return bad(format!("frame {k}: ip {} is not a reachable instruction of '{}'", fs.ip, f.name));
            };
            if fs.locals.len() != f.locals_count as usize {
                return bad(format!(
                    "frame {k}: {} locals described, '{}' has {}",
                    fs.locals.len(),
                    f.name,
                    f.locals_count
                ));
            }
            if fs.stack.len() != depth as usize {
                return bad(format!(
                    "frame {k}: stack depth {} at ip {}, the verifier says {depth}",
                    fs.stack.len(),
                    fs.ip
                ));
            }
            extent = extent.max(fs.base_offset + f.locals_count + depth);
            if let Some(next) = self.frames.get(k + 1) {
                let call = program.decode(fs.ip).map_err(|e| DeoptError(e.to_string()))?;
                if call.op != Op::Call {
                    return bad(format!(
                        "frame {k}: an inlined frame follows, but ip {} is a {}",
                        fs.ip,
                        call.op.name()
                    ));
                }
                let callee_base = fs.base_offset + f.locals_count + depth - call.arg(0);
                if next.base_offset != callee_base {
                    return bad(format!(
                        "frame {}: base offset {}, the call puts the callee frame at {callee_base}",
                        k + 1,
                        next.base_offset
                    ));
                }
            }
        }
        for fs in &self.frames {
            for loc in fs.locals.iter().chain(&fs.stack) {
                if let ValueLoc::Frame(slot) = loc
                    && *slot >= extent
                {
                    return bad(format!("frame slot {slot} lies beyond the frames ({extent} slots)"));
                }
            }
        }
        Ok(())
    }
}

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
pub unsafe fn materialize_frames(vm: &mut Interp, info: &DeoptInfo, root: *mut Value) -> (u32, *mut Value) {
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
    if n > 1 {
        vm.frames.last_mut().expect("the deopting function's frame").ip = info.frames[0].ip;
    }
    for (k, fs) in info.frames.iter().enumerate().skip(1) {
        // SAFETY: within the compiled function's frame.
        let base = unsafe { root.add(fs.base_offset as usize) };
        let ip = match fs.saved_ip {
            // SAFETY: spill words named by the deopt point were written by its exit.
            Some(w) if k + 1 == n => (unsafe { *spill.add(w as usize) }) as u32,
            _ => fs.ip,
        };
        vm.frames.push(Frame { base, func: fs.func, ip, flags: 0, _pad: 0 });
    }
    let inner = info.frames.last().expect("a frame");
    // SAFETY: the innermost frame's operand stack top.
    let sp = unsafe { root.add((inner.base_offset as usize) + inner.locals.len() + inner.stack.len()) };
    (inner.ip, sp)
}

/// Rebuilds the interpreter frames of `info` (see [`materialize_frames`]) and runs the
/// interpreter until the compiled function's frame returns. The result is left in `root[0]`,
/// as the native ABI does.
///
/// # Safety
/// `root` is the frame of the compiled function that stopped at this deopt point.
pub unsafe fn materialize(vm: &mut Interp, info: &DeoptInfo, root: *mut Value) -> Result<(), LuaError> {
    // The compiled function's record becomes an interpreter entry frame.
    vm.frames.last_mut().expect("the deopting function's frame").flags = FRAME_ENTRY;
    // SAFETY: guaranteed by the caller.
    let (ip, sp) = unsafe { materialize_frames(vm, info, root) };
    vm.run_from(ip as usize, sp)?;
    // The interpreter left the result in the callee slot; the ABI wants it in frame[0].
    // SAFETY: `root[-1]` is the compiled function's callee slot.
    unsafe { *root = *root.sub(1) };
    Ok(())
}

/// Handles `Signal::Deopt` from the compiled function whose frame is `frame`: looks up the
/// deopt point in `ctx.deopt_id`, counts it, and resumes in the interpreter.
///
/// # Safety
/// `frame` is the frame of the function that signalled the deopt (its record on top).
pub unsafe fn resume_after_deopt(vm: &mut Interp, frame: *mut Value) -> Result<(), LuaError> {
    let info = take_deopt_point(vm, false)?;
    // SAFETY: `frame` is the frame of the function that signalled the deopt.
    unsafe { materialize(vm, &info, frame) }
}

/// The deopt point `ctx.deopt_id` of the function whose record is on top, counted by the
/// driver (which may send the function back to the interpreter for recompilation). `osr`
/// says whether the code that left was an OSR entry.
pub fn take_deopt_point(vm: &mut Interp, osr: bool) -> Result<DeoptInfo, LuaError> {
    let func = vm.frames.last().expect("the deopting function's frame").func;
    let id = vm.ctx.deopt_id;
    let info = match vm.driver.take() {
        Some(mut d) => {
            let info = d.on_deopt(vm, func, id, osr);
            vm.driver = Some(d);
            info
        }
        None => None,
    };
    info.ok_or_else(|| LuaError::new(format!("internal error: no deopt point {id} for function {func}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::verify::verify;
    use std::sync::Arc;

    const SRC: &str = "
        local function add(a, b) local s = a + b return s * 2 end
        local function caller(x) local y = 1 local r = add(x, y) return r + y end
        print(caller(20))";

    fn setup() -> (Box<Interp>, u32, u32) {
        let p = crate::lang::compile(SRC.as_bytes(), "t.lua").expect("compiles");
        let facts = verify(&p).expect("verifies");
        let find = |n: &str| p.functions.iter().position(|f| f.name == n).expect("function") as u32;
        let (caller, add) = (find("caller"), find("add"));
        let vm = Interp::new(Arc::new(p), Arc::new(facts), 100, Box::new(std::io::sink())).expect("vm");
        (vm, caller, add)
    }

    fn first(p: &Program, func: u32, op: Op) -> u32 {
        p.instructions(&p.functions[func as usize]).expect("decodes").iter().find(|i| i.op == op).expect("op").ip
    }

    /// A deopt inside `add` inlined into `caller`: caller is at its call (stack: callee, x, y),
    /// add is about to compute `s * 2` with s = 21.
    fn inlined_point(vm: &Interp, caller: u32, add: u32) -> DeoptInfo {
        let p = &vm.program;
        let call_ip = first(p, caller, Op::Call);
        let mul_ip = first(p, add, Op::MulK);
        let add_closure = Value::from_closure(std::ptr::null());
        let cl = p.functions[caller as usize].locals_count;
        DeoptInfo {
            reason: DeoptReason::TypeGuard,
            frames: vec![
                FrameState {
                    func: caller,
                    ip: call_ip,
                    base_offset: 0,
                    locals: vec![ValueLoc::Const(Value::int(20)), ValueLoc::Int(0), ValueLoc::Const(Value::NIL)],
                    stack: vec![ValueLoc::Const(add_closure), ValueLoc::Frame(0), ValueLoc::Const(Value::int(1))],
                    saved_ip: None,
                },
                FrameState {
                    func: add,
                    ip: mul_ip,
                    base_offset: cl + 1,
                    locals: vec![ValueLoc::Frame(0), ValueLoc::Const(Value::int(1)), ValueLoc::Int(1)],
                    stack: vec![ValueLoc::Spill(1)],
                    saved_ip: None,
                },
            ],
            rebased: true,
        }
    }

    #[test]
    fn consistent_points_verify_and_inconsistent_ones_are_rejected() {
        let (vm, caller, add) = setup();
        let (p, facts) = (&vm.program, &vm.facts);
        let good = inlined_point(&vm, caller, add);
        assert_eq!(good.verify(p, facts), Ok(()));

        let mut wrong_depth = good.clone();
        wrong_depth.frames[1].stack.push(ValueLoc::Const(Value::NIL));
        assert!(wrong_depth.verify(p, facts).unwrap_err().0.contains("the verifier says 1"));

        let mut missing_local = good.clone();
        missing_local.frames[0].locals.pop();
        assert!(missing_local.verify(p, facts).unwrap_err().0.contains("locals described"));

        let mut mid_instruction = good.clone();
        mid_instruction.frames[1].ip += 1;
        assert!(mid_instruction.verify(p, facts).unwrap_err().0.contains("not a reachable instruction"));

        let mut misplaced = good.clone();
        misplaced.frames[1].base_offset += 1;
        assert!(misplaced.verify(p, facts).unwrap_err().0.contains("the call puts the callee frame"));

        let mut not_a_call = good.clone();
        not_a_call.frames[0].ip = vm.program.functions[caller as usize].entry_point;
        assert!(not_a_call.verify(p, facts).is_err());

        let mut far_slot = good.clone();
        far_slot.frames[1].locals[0] = ValueLoc::Frame(500);
        assert!(far_slot.verify(p, facts).unwrap_err().0.contains("beyond the frames"));

        let mut unrebased = good;
        unrebased.rebased = false;
        assert!(unrebased.verify(p, facts).is_err());
    }

    #[test]
    fn rebasing_maps_sub_ips_to_global_ips() {
        let (vm, caller, _) = setup();
        let p = &vm.program;
        let sub = SubProgram::slice(p, caller, &vm.feedback[caller as usize]).expect("slices");
        let call = sub.instructions(0).into_iter().find(|i| i.op == Op::Call).expect("a call");
        let mut info = DeoptInfo {
            reason: DeoptReason::Stress,
            frames: vec![FrameState {
                func: caller,
                ip: call.ip,
                base_offset: 0,
                locals: vec![],
                stack: vec![],
                saved_ip: None,
            }],
            rebased: false,
        };
        info.rebase(&sub).expect("rebases");
        assert_eq!(info.frames[0].ip, first(p, caller, Op::Call));
        assert!(info.rebase(&sub).is_err(), "rebasing twice is a bug");
        let mut bad = DeoptInfo { rebased: false, ..info };
        bad.frames[0].ip = 3;
        assert!(bad.rebase(&sub).is_err());
    }

    #[test]
    fn materializing_inlined_frames_resumes_both() {
        let (mut vm, caller, add) = setup();
        let mut info = inlined_point(&vm, caller, add);
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
        vm.frames.push(Frame { base: root, func: caller, ip: 0, flags: crate::jit::abi::FRAME_NATIVE, _pad: 0 });
        unsafe { materialize(&mut vm, &info, root) }.expect("resumes");
        // add returns 21 * 2 = 42 to caller, which returns 42 + y = 43.
        assert_eq!(unsafe { *root }, Value::int(43));
        assert!(vm.frames.is_empty(), "every materialized frame returned");
    }
}

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
//! Backends describe points with sub-program ips (`DeoptInfo<SubIp>`); [`DeoptInfo::rebase`]
//! maps them to global ips (`DeoptInfo<GlobalIp>`, the only kind the driver keeps and
//! [`DeoptInfo::verify`] accepts), so an unrebased point cannot reach the interpreter: the
//! types say which ip space a point is in. `verify` checks every frame against the verifier's
//! stack depths.
//! Materialization (writing the frames into the VM stack) is JIT glue: `jit::glue::deopt`.

use crate::bytecode::Op;
use crate::bytecode::program::Program;
use crate::bytecode::verify::ProgramFacts;
use crate::jit::subprogram::{GlobalIp, SubIp, SubProgram};
use crate::runtime::value::Value;

/// Why compiled code left for the interpreter (counted per reason in the metrics).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeoptReason {
    /// An operand type differed from the speculated one.
    TypeGuard,
    /// A call target differed from the speculated callee.
    CallTarget,
    /// A call's last argument, a result pack speculated to hold one value, held another
    /// number.
    ResultCount,
    /// `--stress-deopt` forced the guard to fail.
    Stress,
    /// The compiled code reached something it does not handle.
    Unsupported,
    /// The host asked the running code to stop: the interpreter raises the error.
    Interrupt,
}

impl DeoptReason {
    pub fn name(self) -> &'static str {
        match self {
            DeoptReason::TypeGuard => "type-guard",
            DeoptReason::CallTarget => "call-target",
            DeoptReason::ResultCount => "result-count",
            DeoptReason::Stress => "stress",
            DeoptReason::Unsupported => "unsupported",
            DeoptReason::Interrupt => "interrupt",
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

/// One interpreter frame to rebuild; `Ip` is the ip space it is described in.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameState<Ip = GlobalIp> {
    pub func: u32,
    /// Where the interpreter resumes. For every frame but the innermost this is the `Call`
    /// whose callee is the next frame.
    pub ip: Ip,
    /// The frame's base, in slots above the root frame's base (0 for the root).
    pub base_offset: u32,
    pub locals: Vec<ValueLoc>,
    pub stack: Vec<ValueLoc>,
    /// For inlined frames: the spill word holding the global ip where Lua's VM would have
    /// saved this frame's pc (its call-info record's ip; `None`: the resume ip). The root
    /// frame keeps the ip its record already has: compiled code maintains it.
    pub saved_ip: Option<u32>,
}

/// One deopt point: `DeoptInfo<SubIp>` as a backend describes it, `DeoptInfo` (global ips)
/// once rebased.
#[derive(Clone, Debug, PartialEq)]
pub struct DeoptInfo<Ip = GlobalIp> {
    pub reason: DeoptReason,
    /// The compiled function's frame first, then each inlined callee's.
    pub frames: Vec<FrameState<Ip>>,
}

/// An inconsistent deopt point (a backend bug).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("deopt metadata: {0}")]
pub struct DeoptError(pub String);

impl DeoptInfo<SubIp> {
    /// Maps the frames' sub-program ips to global ips.
    pub fn rebase(self, sub: &SubProgram) -> Result<DeoptInfo, DeoptError> {
        let frames = self
            .frames
            .into_iter()
            .map(|f| {
                let ip = sub.global_ip(f.ip).ok_or_else(|| DeoptError(format!("{} is not an instruction", f.ip)))?;
                Ok(FrameState {
                    func: f.func,
                    ip,
                    base_offset: f.base_offset,
                    locals: f.locals,
                    stack: f.stack,
                    saved_ip: f.saved_ip,
                })
            })
            .collect::<Result<_, DeoptError>>()?;
        Ok(DeoptInfo { reason: self.reason, frames })
    }
}

impl DeoptInfo {
    /// Checks every frame against the program: resume ips on instruction boundaries of their
    /// functions, every local present, the operand stack exactly as deep as the verifier says,
    /// inlined frames stacked where the interpreter would put the callee's frame, and frame
    /// slots inside the frames described.
    pub fn verify(&self, program: &Program, facts: &ProgramFacts) -> Result<(), DeoptError> {
        let bad = |m: String| Err(DeoptError(m));
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
            let Some(depth) = facts.functions[fs.func as usize].depth_at(f, fs.ip.0) else {
                return bad(format!("frame {k}: {} is not a reachable instruction of '{}'", fs.ip, f.name));
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
                    "frame {k}: stack depth {} at {}, the verifier says {depth}",
                    fs.stack.len(),
                    fs.ip
                ));
            }
            extent = extent.max(fs.base_offset + f.locals_count + depth);
            if let Some(next) = self.frames.get(k + 1) {
                let call = program.decode(fs.ip.0).map_err(|e| DeoptError(e.to_string()))?;
                if call.op != Op::Call {
                    return bad(format!("frame {k}: an inlined frame follows, but {} is a {}", fs.ip, call.op.name()));
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::bytecode::verify::verify;

    pub(crate) const SRC: &str = SRC_TEXT;
    const SRC_TEXT: &str = "
        local function add(a, b) local s = a + b return s * 2 end
        local function caller(x) local y = 1 local r = add(x, y) return r + y end
        print(caller(20))";

    /// The program, its facts and the functions `caller` and `add`.
    pub(crate) fn setup() -> (Program, ProgramFacts, u32, u32) {
        let p = crate::lang::compile(SRC.as_bytes(), "t.lua").expect("compiles");
        let facts = verify(&p).expect("verifies");
        let find = |n: &str| p.functions.iter().position(|f| f.name == n).expect("function") as u32;
        let (caller, add) = (find("caller"), find("add"));
        (p, facts, caller, add)
    }

    pub(crate) fn first(p: &Program, func: u32, op: Op) -> GlobalIp {
        GlobalIp(
            p.instructions(&p.functions[func as usize]).expect("decodes").iter().find(|i| i.op == op).expect("op").ip,
        )
    }

    /// A deopt inside `add` inlined into `caller`: caller is at its call (stack: callee, x, y),
    /// add is about to compute `s * 2` with s = 21.
    pub(crate) fn inlined_point(p: &Program, caller: u32, add: u32) -> DeoptInfo {
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
        }
    }

    #[test]
    fn consistent_points_verify_and_inconsistent_ones_are_rejected() {
        let (p, facts, caller, add) = setup();
        let (p, facts) = (&p, &facts);
        let good = inlined_point(p, caller, add);
        assert_eq!(good.verify(p, facts), Ok(()));

        let mut wrong_depth = good.clone();
        wrong_depth.frames[1].stack.push(ValueLoc::Const(Value::NIL));
        assert!(wrong_depth.verify(p, facts).unwrap_err().0.contains("the verifier says 1"));

        let mut missing_local = good.clone();
        missing_local.frames[0].locals.pop();
        assert!(missing_local.verify(p, facts).unwrap_err().0.contains("locals described"));

        let mut mid_instruction = good.clone();
        mid_instruction.frames[1].ip.0 += 1;
        assert!(mid_instruction.verify(p, facts).unwrap_err().0.contains("not a reachable instruction"));

        let mut misplaced = good.clone();
        misplaced.frames[1].base_offset += 1;
        assert!(misplaced.verify(p, facts).unwrap_err().0.contains("the call puts the callee frame"));

        let mut not_a_call = good.clone();
        not_a_call.frames[0].ip = GlobalIp(p.functions[caller as usize].entry_point);
        assert!(not_a_call.verify(p, facts).is_err());

        let mut far_slot = good.clone();
        far_slot.frames[1].locals[0] = ValueLoc::Frame(500);
        assert!(far_slot.verify(p, facts).unwrap_err().0.contains("beyond the frames"));
    }

    #[test]
    fn rebasing_maps_sub_ips_to_global_ips() {
        let (p, _, caller, _) = setup();
        let p = &p;
        let fb = crate::state::feedback::FunctionFeedback::new(
            p.functions[caller as usize].type_fb_count,
            p.functions[caller as usize].call_fb_count,
        );
        let sub = SubProgram::slice(p, caller, &fb).expect("slices");
        let call = sub.instructions(0).into_iter().find(|i| i.op == Op::Call).expect("a call");
        let info = DeoptInfo {
            reason: DeoptReason::Stress,
            frames: vec![FrameState {
                func: caller,
                ip: SubIp::of(&call),
                base_offset: 0,
                locals: vec![],
                stack: vec![],
                saved_ip: None,
            }],
        };
        let mut bad = info.clone();
        let rebased = info.rebase(&sub).expect("rebases");
        assert_eq!(rebased.frames[0].ip, first(p, caller, Op::Call));
        bad.frames[0].ip = SubIp(SubIp::of(&call).0 + 1);
        assert!(bad.rebase(&sub).unwrap_err().0.contains("is not an instruction"));
    }
}

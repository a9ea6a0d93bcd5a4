//! Compilation plans: what a backend compiles (the sub-program, with the callees chosen for
//! inlining) and what it may assume about every value in it (known and speculated tags).
//!
//! A plan is built once per compilation, independent of any backend:
//!
//! ```text
//!   feedback ─▶ inline decisions ─▶ SubProgram (root + inlined regions)
//!                                        │
//!   type feedback ─▶ speculation choice ─▶ tag analysis over the whole virtual frame
//!                                        │        (slot tags before every sub ip,
//!                                        ▼         operand guards, param entry tags)
//!                                   backend.define(plan)
//! ```
//!
//! **Slots.** The analysis works on the *virtual frame*: the root frame's locals and operand
//! stack, and every inlined callee's frame placed exactly where the interpreter would put it
//! (its parameters are the caller's argument slots). Local operands of inlined regions are
//! already rebased to slots; operand-stack position `k` of region `r` is slot
//! `stack_base(r) + k`.
//!
//! **Known tags** come from constants, typed opcodes and operations whose result type is
//! fixed (`a / b` is a float whenever it completes). **Speculated tags** come from type
//! feedback: an arithmetic or comparison whose operands were always integers (or always
//! floats) is compiled for them behind a guard on each operand not already known; the result
//! tag is then known. A guard on a copy of a local (`GetLocal x` then `x + 1`) also proves the
//! local's tag until it is reassigned, so one guard serves every later use. Merges keep a tag
//! only where all paths agree.
//!
//! Without speculation (`PlanConfig::baseline`) the analysis gives only facts that hold on
//! every execution, which baseline code generators use to drop tag checks.

use std::collections::{BTreeSet, HashMap};

use crate::bytecode::opcodes::{Flow, Op, OperandKind, ResultKind, RhsSource, TypedKind, call_flags};
use crate::bytecode::program::{Constant, Instr, Program};
use crate::bytecode::verify::ProgramFacts;
use crate::jit::subprogram::{GlobalIp, SubIp, SubProgram, SubProgramError};
use crate::runtime::arith::ArithOp;
use crate::runtime::value::tag;
use crate::state::feedback::{CallState, FunctionFeedback, Target, TypeFeedback, type_bits};

/// What the plan knows of a value's tag: one tag, a number of either kind (a speculation:
/// converted to a float, as `a / b` needs), or nothing. The discriminants of the tag variants
/// are the runtime's tags (`runtime::value::tag`), so `k as u64` is the tag native code
/// compares with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Known {
    Nil = tag::NIL as u8,
    Bool = tag::BOOL as u8,
    Int = tag::INT as u8,
    Float = tag::FLOAT as u8,
    Str = tag::STR as u8,
    Closure = tag::CLOSURE as u8,
    Builtin = tag::BUILTIN as u8,
    Cell = tag::CELL as u8,
    File = tag::FILE as u8,
    Table = tag::TABLE as u8,
    /// A speculated operand kind: an integer or a float, converted to a float.
    Number = 0xFE,
    /// Nothing is known about the value.
    Unknown = 0xFF,
}

impl Known {
    /// The fact "the value has tag `t`" (an unknown tag value knows nothing).
    pub const fn of(t: u64) -> Known {
        match t {
            tag::NIL => Known::Nil,
            tag::BOOL => Known::Bool,
            tag::INT => Known::Int,
            tag::FLOAT => Known::Float,
            tag::STR => Known::Str,
            tag::CLOSURE => Known::Closure,
            tag::BUILTIN => Known::Builtin,
            tag::CELL => Known::Cell,
            tag::FILE => Known::File,
            tag::TABLE => Known::Table,
            _ => Known::Unknown,
        }
    }

    /// The tag this fact is, if it is one.
    pub const fn tag(self) -> Option<u64> {
        match self {
            Known::Number | Known::Unknown => None,
            k => Some(k as u64),
        }
    }
}

/// Nothing is known about the value.
pub const UNKNOWN: Known = Known::Unknown;

/// A speculated operand kind: an integer or a float, converted to a float (`a / b`).
pub const NUMBER: Known = Known::Number;

pub const INT: Known = Known::Int;
pub const FLOAT: Known = Known::Float;
pub const NIL: Known = Known::Nil;
pub const BOOL: Known = Known::Bool;

fn is_number(k: Known) -> bool {
    k == INT || k == FLOAT
}

/// The tag of a program constant.
pub fn constant_tag(program: &Program, k: u32) -> Known {
    match program.constants[k as usize] {
        Constant::Int(_) => INT,
        Constant::Float(_) => FLOAT,
        Constant::Str(_) => Known::Str,
    }
}

/// Whether a value whose tag is known as `k` satisfies the speculated kind `want`.
pub fn satisfies(k: Known, want: Known) -> bool {
    if want == NUMBER { is_number(k) } else { k == want }
}

/// Inlining limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InlineLimits {
    /// Largest callee inlined, in bytecode instructions.
    pub max_size: usize,
    /// Deepest nesting of inlined calls.
    pub max_depth: usize,
    /// Most bytecode instructions inlined into one function.
    pub max_total: usize,
}

/// Default inlining limits: small leaf-like callees, three levels deep.
pub const INLINE_LIMITS: InlineLimits = InlineLimits { max_size: 40, max_depth: 3, max_total: 240 };

/// What a compilation may do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanConfig {
    /// Speculate on operand types from type feedback.
    pub speculate: bool,
    /// Inline monomorphic callees within `limits`.
    pub inline: bool,
    pub limits: InlineLimits,
    /// Call monomorphic callees directly, behind a callee-identity guard.
    pub direct_calls: bool,
    /// Guard numeric parameters at entry so they are known (unboxed) everywhere.
    pub unbox_params: bool,
    /// Global ips whose speculation failed too often: compiled generically.
    pub excluded: BTreeSet<GlobalIp>,
    /// Global ips of calls whose target speculation failed too often.
    pub no_inline: BTreeSet<GlobalIp>,
    /// Make every `n`th guard fail (`--stress-deopt n`; 0: off).
    pub stress_deopt: u32,
    /// Compile an OSR entry at this loop header (a global ip) instead of the normal entry.
    pub osr_entry: Option<GlobalIp>,
    /// Opcodes the backend does not compile (or that are denied): callees using them are
    /// not inlined.
    pub deny: Vec<Op>,
    /// The first deopt id this compilation may use (ids stay unique across versions).
    pub deopt_base: u32,
    /// Run the tag analysis (a template compiler does without it).
    pub analyze: bool,
    /// For a tier with a tier above it: the call count at which the compiled code hands the
    /// function to the next tier, and the backward jumps after which a hot loop enters the
    /// next tier's code (OSR).
    pub tier_up_calls: Option<u32>,
    pub tier_up_backedges: Option<u32>,
}

impl PlanConfig {
    /// No speculation, no inlining: facts that always hold.
    pub fn baseline() -> PlanConfig {
        PlanConfig {
            speculate: false,
            inline: false,
            limits: INLINE_LIMITS,
            direct_calls: false,
            unbox_params: false,
            excluded: BTreeSet::new(),
            no_inline: BTreeSet::new(),
            stress_deopt: 0,
            osr_entry: None,
            deny: Vec::new(),
            deopt_base: 0,
            analyze: true,
            tier_up_calls: None,
            tier_up_backedges: None,
        }
    }

    /// A template compiler's plan: the function's body as it is, no analysis.
    pub fn template() -> PlanConfig {
        PlanConfig { analyze: false, ..PlanConfig::baseline() }
    }

    /// Everything the optimizing tier does.
    pub fn optimizing() -> PlanConfig {
        PlanConfig { speculate: true, inline: true, direct_calls: true, unbox_params: true, ..PlanConfig::baseline() }
    }
}

/// How a speculated operation treats its operands: each is guarded to be of its kind
/// (`INT`, `FLOAT` or `NUMBER`) unless already known to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpSpec {
    pub lhs: Known,
    /// `UNKNOWN` for unary operations.
    pub rhs: Known,
}

/// The analysis of a sub-program.
#[derive(Clone, Debug, Default)]
pub struct Speculation {
    /// Known tags of every virtual-frame slot before each reachable sub ip.
    before: HashMap<SubIp, Vec<Known>>,
    /// Speculated operations, by sub ip.
    ops: HashMap<SubIp, OpSpec>,
    /// Tags the root's parameters are guarded to at entry (`UNKNOWN`: not guarded).
    pub params: Vec<Known>,
}

impl Speculation {
    /// Slot tags before the instruction at `sub_ip` (`None` if it is unreachable).
    pub fn before(&self, ip: SubIp) -> Option<&[Known]> {
        self.before.get(&ip).map(|v| v.as_slice())
    }

    /// The speculation of the operation at `sub_ip`, if it is speculated.
    pub fn op(&self, ip: SubIp) -> Option<OpSpec> {
        self.ops.get(&ip).copied()
    }

    /// How many operations are speculated.
    pub fn speculated_ops(&self) -> usize {
        self.ops.len()
    }
}

/// Why a plan could not be built: both are bugs (the verifier's facts rule them out), which
/// the driver reports as internal errors.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("{0}")]
    SubProgram(#[from] SubProgramError),
    #[error("{0}")]
    Inconsistent(String),
}

/// A compilation plan.
#[derive(Clone, Debug)]
pub struct Plan {
    pub config: PlanConfig,
    pub sub: SubProgram,
    pub spec: Speculation,
    /// Inlined calls: call sub ip to the region compiled in its place.
    pub inlined: HashMap<SubIp, usize>,
    /// Calls made directly to a known function (behind an identity guard): call sub ip to
    /// the callee.
    pub direct: HashMap<SubIp, u32>,
}

/// The index of an instruction's operand of `kind`.
fn operand_of(ins: &Instr, kind: OperandKind) -> Option<u32> {
    ins.op.info().operands.iter().position(|k| *k == kind).map(|i| ins.arg(i))
}

impl Plan {
    /// Builds the plan for compiling `func`: slices it, inlines what the feedback and the
    /// limits allow, and analyses the result.
    pub fn build(
        program: &Program,
        facts: &ProgramFacts,
        feedback: &[Box<FunctionFeedback>],
        func: u32,
        config: PlanConfig,
    ) -> Result<Plan, PlanError> {
        let mut sub = SubProgram::slice(program, func, &feedback[func as usize])?;
        let mut inlined = HashMap::new();
        let mut direct = HashMap::new();
        if config.inline || config.direct_calls {
            let mut budget = config.limits.max_total;
            let mut region = 0;
            while region < sub.regions.len() {
                let instrs = sub.instructions(region);
                for (k, ins) in instrs.iter().copied().enumerate() {
                    if ins.op != Op::Call && ins.op != Op::TailCall {
                        continue;
                    }
                    let gip = sub.global_ip(SubIp::of(&ins)).expect("mapped");
                    // A call's results as last argument are speculated to be one value
                    // (guarded); `...` as last argument passes a count only known at run
                    // time: such calls go through the function table.
                    let vararg_pack =
                        ins.arg(1) & call_flags::MULTI_ARG != 0 && k > 0 && instrs[k - 1].op == Op::VarArg;
                    if config.no_inline.contains(&gip) || vararg_pack {
                        continue;
                    }
                    let slot = operand_of(&ins, OperandKind::CallFb).expect("calls have call feedback");
                    let site = sub.call_fb[slot as usize];
                    let Some(Target::Function(g)) = (site.state() == CallState::Monomorphic).then(|| site.seen()[0])
                    else {
                        continue;
                    };
                    if ins.op == Op::TailCall {
                        // A self tail call becomes a loop in compiled code (not in a vararg
                        // function, whose extra arguments differ from call to call).
                        if config.direct_calls
                            && region == 0
                            && g == func
                            && !program.functions[func as usize].is_vararg
                        {
                            direct.insert(SubIp::of(&ins), g);
                        }
                        continue;
                    }
                    let chain = chain_of(&sub, region);
                    // Calls inside inlined callees were checked with their callee: no budget.
                    let nested = region > 0;
                    let room = if nested { usize::MAX } else { budget };
                    if config.inline
                        && let Some(size) = inlinable(program, feedback, g, &chain, &config, room)
                    {
                        let r = &sub.regions[region];
                        let f = &program.functions[r.func as usize];
                        let depth = facts.functions[r.func as usize]
                            .depth_at(f, gip.0)
                            .ok_or_else(|| PlanError::Inconsistent(format!("unreachable call at {gip}")))?;
                        let offset = r.local_offset + f.locals_count + depth - ins.arg(0);
                        let q =
                            sub.append_inline(program, region, SubIp::of(&ins), g, &feedback[g as usize], offset)?;
                        inlined.insert(SubIp::of(&ins), q);
                        if !nested {
                            budget -= size;
                        }
                    } else if config.direct_calls && !nested {
                        direct.insert(SubIp::of(&ins), g);
                    }
                }
                region += 1;
            }
            for r in 1..sub.regions.len() {
                if let Some(call) =
                    sub.instructions(r).iter().find(|i| i.op == Op::Call && !inlined.contains_key(&SubIp::of(i)))
                {
                    return Err(PlanError::Inconsistent(format!(
                        "call at sub ip {} of an inlined callee is not inlined",
                        call.ip
                    )));
                }
            }
        }
        let mut plan = Plan { config, sub, spec: Speculation::default(), inlined, direct };
        if !plan.config.analyze {
            return Ok(plan);
        }
        plan.spec = analyze(program, facts, &plan, &[])?;
        let root = &program.functions[func as usize];
        if plan.config.speculate && plan.config.unbox_params && plan.config.osr_entry.is_none() && root.arity > 0 {
            let params = param_kinds(program, facts, &plan)?;
            if params.iter().any(|&k| k != UNKNOWN) {
                plan.spec = analyze(program, facts, &plan, &params)?;
            }
        }
        Ok(plan)
    }

    /// The baseline plan of `func`: its body alone, no speculation.
    pub fn baseline(
        program: &Program,
        facts: &ProgramFacts,
        func: u32,
        feedback: &FunctionFeedback,
    ) -> Result<Plan, PlanError> {
        let sub = SubProgram::slice(program, func, feedback)?;
        let mut plan = Plan {
            config: PlanConfig::baseline(),
            sub,
            spec: Speculation::default(),
            inlined: HashMap::new(),
            direct: HashMap::new(),
        };
        plan.spec = analyze(program, facts, &plan, &[])?;
        Ok(plan)
    }

    /// The plan's decisions as text, for golden tests (`tests/golden/`): per region and
    /// instruction, the known tags of its operands, the speculation, and the calls inlined
    /// or made directly; then the parameter guards.
    pub fn describe(&self, program: &Program, facts: &ProgramFacts) -> String {
        use std::fmt::Write as _;
        let name = |k: Known| match k {
            Known::Nil => "nil",
            Known::Bool => "bool",
            Known::Int => "int",
            Known::Float => "float",
            Known::Str => "str",
            Known::Closure => "closure",
            Known::Builtin => "builtin",
            Known::Cell => "cell",
            Known::File => "file",
            Known::Table => "table",
            Known::Number => "num",
            Known::Unknown => "?",
        };
        let mut out = String::new();
        for r in 0..self.sub.regions.len() {
            let sb = self.stack_base(program, r);
            let _ = writeln!(out, "region {r} (function {}):", self.sub.regions[r].func);
            for ins in self.sub.instructions(r) {
                let ip = SubIp::of(&ins);
                let _ = write!(out, "  {:>4} {:<14}", ins.ip, ins.op.name());
                if let (Some(st), Some(depth)) = (self.spec.before(ip), depth_at(program, facts, &self.sub, ip, r)) {
                    let n = ins.pops().min(depth);
                    let tags: Vec<&str> = (0..n).map(|k| name(st[(sb + depth - n + k) as usize])).collect();
                    if !tags.is_empty() {
                        let _ = write!(out, " [{}]", tags.join(" "));
                    }
                } else {
                    out.push_str(" unreachable");
                }
                if let Some(s) = self.spec.op(ip) {
                    let _ = write!(out, " speculate {} {}", name(s.lhs), name(s.rhs));
                }
                if let Some(q) = self.inlined.get(&ip) {
                    let _ = write!(out, " inline region {q}");
                }
                if let Some(f) = self.direct.get(&ip) {
                    let _ = write!(out, " direct function {f}");
                }
                out.push('\n');
            }
        }
        let params: Vec<&str> = self.spec.params.iter().map(|&k| name(k)).collect();
        let _ = writeln!(out, "params: [{}]", params.join(" "));
        out
    }

    /// The first slot of region `r`'s operand stack.
    pub fn stack_base(&self, program: &Program, r: usize) -> u32 {
        let region = &self.sub.regions[r];
        region.local_offset + program.functions[region.func as usize].locals_count
    }

    /// Slots of the virtual frame (root frame and inlined frames), plus one spare.
    pub fn frame_slots(&self) -> u32 {
        self.sub.frame_slots + 1
    }
}

/// The functions of the inlining chain of `region` (root first).
fn chain_of(sub: &SubProgram, region: usize) -> Vec<u32> {
    let mut chain = vec![sub.regions[region].func];
    let mut r = &sub.regions[region];
    while let Some(site) = r.site {
        r = &sub.regions[site.parent];
        chain.push(r.func);
    }
    chain.reverse();
    chain
}

/// The size (in instructions) of `g` and everything it inlines, if `g` may be inlined below
/// `chain`: small enough, only inline-safe opcodes, and every call in it monomorphic to a
/// function that may be inlined in turn (an inlined body has no frame to call from).
fn inlinable(
    program: &Program,
    feedback: &[Box<FunctionFeedback>],
    g: u32,
    chain: &[u32],
    config: &PlanConfig,
    budget: usize,
) -> Option<usize> {
    let limits = config.limits;
    if chain.contains(&g) || chain.len() > limits.max_depth {
        return None;
    }
    let f = &program.functions[g as usize];
    let instrs = program.instructions(f).ok()?;
    if instrs.len() > limits.max_size || instrs.len() > budget {
        return None;
    }
    // Opcodes an inlined callee may contain (the table's `inline_safe`): everything whose slow
    // paths can leave for the interpreter (deopt) instead of raising an error from a frame
    // that does not exist, and nothing that needs the callee's frame in memory.
    if !instrs.iter().all(|i| i.op.info().inline_safe && !config.deny.contains(&i.op)) {
        return None;
    }
    if config.no_inline.iter().any(|&ip| f.contains(ip.0)) {
        return None;
    }
    let mut total = instrs.len();
    let mut inner_chain = chain.to_vec();
    inner_chain.push(g);
    for ins in instrs.iter().filter(|i| i.op == Op::Call) {
        let slot = operand_of(ins, OperandKind::CallFb)?;
        let site = feedback[g as usize].calls[slot as usize];
        if site.state() != CallState::Monomorphic {
            return None;
        }
        let Target::Function(h) = site.seen()[0] else { return None };
        total += inlinable(program, feedback, h, &inner_chain, config, budget.checked_sub(total)?)?;
    }
    Some(total)
}

/// Parameter kinds worth guarding at entry: a parameter the code guards to one numeric kind
/// wherever it is speculated on, and never reassigns.
fn param_kinds(program: &Program, facts: &ProgramFacts, plan: &Plan) -> Result<Vec<Known>, PlanError> {
    let arity = program.functions[plan.sub.root() as usize].arity as usize;
    let mut kinds: Vec<Option<Known>> = vec![None; arity];
    let mut blocked = vec![false; arity];
    let mut instrs = HashMap::new();
    for r in 0..plan.sub.regions.len() {
        for ins in plan.sub.instructions(r) {
            instrs.insert(SubIp::of(&ins), (ins, r));
        }
    }
    let mut states = HashMap::new();
    run(program, facts, plan, &[], |ip, st| {
        states.insert(ip, st.clone());
    })?;
    for (ip, st) in &states {
        let (ins, region) = &instrs[ip];
        if *region == 0
            && matches!(ins.op, Op::SetLocal | Op::NewCell | Op::BoxLocal)
            && let Some(b) = blocked.get_mut(ins.arg(0) as usize)
        {
            *b = true;
        }
        let Some(spec) = plan.spec.op(*ip) else { continue };
        let depth = depth_at(program, facts, &plan.sub, *ip, *region).unwrap_or(0);
        let sb = plan.stack_base(program, *region);
        let origin_of = |k: u32| -> Option<u32> {
            let o = st.origin[(sb + depth - 1 - k) as usize];
            (o != NO_ORIGIN).then_some(o)
        };
        let mut note = |slot: Option<u32>, want: Known| {
            if let Some(s) = slot
                && (s as usize) < arity
                && (want == INT || want == FLOAT)
            {
                let k = &mut kinds[s as usize];
                *k = match *k {
                    None => Some(want),
                    Some(old) if old == want => Some(want),
                    Some(_) => Some(UNKNOWN),
                };
            }
        };
        match ins.op.rhs_source() {
            _ if spec.rhs == UNKNOWN => note(origin_of(0), spec.lhs),
            RhsSource::Stack => {
                note(origin_of(1), spec.lhs);
                note(origin_of(0), spec.rhs);
            }
            RhsSource::Local => {
                note(origin_of(0), spec.lhs);
                note(Some(ins.arg(0)), spec.rhs);
            }
            RhsSource::Const => note(origin_of(0), spec.lhs),
        }
    }
    Ok(kinds.into_iter().zip(blocked).map(|(k, b)| if b { UNKNOWN } else { k.unwrap_or(UNKNOWN) }).collect())
}

fn depth_at(program: &Program, facts: &ProgramFacts, sub: &SubProgram, ip: SubIp, region: usize) -> Option<u32> {
    let func = sub.regions[region].func;
    let f = &program.functions[func as usize];
    facts.functions[func as usize].depth_at(f, sub.global_ip(ip)?.0)
}

const NO_ORIGIN: u32 = u32::MAX;

/// The abstract state: a tag per virtual-frame slot, and for stack slots holding a copy of
/// another slot (`GetLocal`), which one.
#[derive(Clone, Debug, PartialEq)]
struct State {
    tags: Vec<Known>,
    origin: Vec<u32>,
}

impl State {
    /// Writes slot `s` (a local or a stack slot): copies of it are copies no more.
    fn write(&mut self, s: u32, k: Known, origin: u32) {
        self.tags[s as usize] = k;
        self.origin[s as usize] = origin;
        for o in self.origin.iter_mut() {
            if *o == s {
                *o = NO_ORIGIN;
            }
        }
    }

    /// Refines both operands of a speculated binary operation (`top`: the operand stack's
    /// top slot), wherever its right operand comes from.
    fn refine_operands(&mut self, ins: &Instr, top: u32, s: OpSpec) {
        match ins.op.rhs_source() {
            RhsSource::Stack => {
                self.refine(top - 1, s.lhs);
                self.refine(top, s.rhs);
            }
            RhsSource::Local => {
                self.refine(top, s.lhs);
                self.refine(ins.arg(0), s.rhs);
            }
            RhsSource::Const => self.refine(top, s.lhs),
        }
    }

    /// A guard proved slot `s` (and what it copies) holds `k`.
    fn refine(&mut self, s: u32, k: Known) {
        if k != INT && k != FLOAT {
            return;
        }
        self.tags[s as usize] = k;
        let o = self.origin[s as usize];
        if o != NO_ORIGIN {
            self.tags[o as usize] = k;
        }
    }

    /// Merges `other` in; returns whether anything changed.
    fn merge(&mut self, other: &State) -> bool {
        let mut changed = false;
        for (a, b) in self.tags.iter_mut().zip(&other.tags) {
            if *a != *b && *a != UNKNOWN {
                *a = UNKNOWN;
                changed = true;
            }
        }
        for (a, b) in self.origin.iter_mut().zip(&other.origin) {
            if *a != *b && *a != NO_ORIGIN {
                *a = NO_ORIGIN;
                changed = true;
            }
        }
        changed
    }
}

/// The speculation for an operation with type feedback `fb`, if any.
fn choose(op: Op, fb: TypeFeedback) -> Option<OpSpec> {
    if fb.is_empty() {
        return None;
    }
    let kind = |bits: u8| match bits {
        type_bits::INT => Some(INT),
        type_bits::FLOAT => Some(FLOAT),
        b if b == type_bits::INT | type_bits::FLOAT => Some(NUMBER),
        _ => None,
    };
    if let Some(aop) = op.arith_op() {
        let lhs = kind(fb.lhs())?;
        if matches!(aop, ArithOp::Unm | ArithOp::BNot) {
            return match (aop, lhs) {
                (ArithOp::Unm, INT | FLOAT) | (ArithOp::BNot, INT) => Some(OpSpec { lhs, rhs: UNKNOWN }),
                _ => None,
            };
        }
        let rhs = kind(fb.rhs())?;
        return match aop {
            ArithOp::Div | ArithOp::Pow => Some(OpSpec { lhs, rhs }),
            ArithOp::BAnd | ArithOp::BOr | ArithOp::BXor | ArithOp::Shl | ArithOp::Shr => {
                (lhs == INT && rhs == INT).then_some(OpSpec { lhs, rhs })
            }
            _ => {
                // The result's type must be determined: both integers, or a float on a side.
                let ok = (lhs == INT && rhs == INT) || lhs == FLOAT || rhs == FLOAT;
                ok.then_some(OpSpec { lhs, rhs })
            }
        };
    }
    // Comparisons: integers with integers or floats with floats.
    let (lhs, rhs) = (kind(fb.lhs())?, kind(fb.rhs())?);
    ((lhs == INT && rhs == INT) || (lhs == FLOAT && rhs == FLOAT)).then_some(OpSpec { lhs, rhs })
}

/// The result tag of a speculated arithmetic operation.
pub fn spec_result(aop: ArithOp, spec: OpSpec) -> Known {
    match aop {
        ArithOp::Div | ArithOp::Pow => FLOAT,
        ArithOp::Unm => spec.lhs,
        ArithOp::BNot | ArithOp::BAnd | ArithOp::BOr | ArithOp::BXor | ArithOp::Shl | ArithOp::Shr => INT,
        _ if spec.lhs == INT && spec.rhs == INT => INT,
        _ => FLOAT,
    }
}

/// Result tag of integer-or-float arithmetic (`+ - * // %`) on known operands.
fn numeric_result(a: Known, b: Known) -> Known {
    if a == INT && b == INT {
        INT
    } else if is_number(a) && is_number(b) {
        FLOAT
    } else {
        UNKNOWN
    }
}

fn analyze(program: &Program, facts: &ProgramFacts, plan: &Plan, params: &[Known]) -> Result<Speculation, PlanError> {
    let mut before = HashMap::new();
    let mut ops = HashMap::new();
    run(program, facts, plan, params, |ip, st| {
        before.insert(ip, st.tags.clone());
    })?;
    // Speculated operations, decided from feedback alone (so the decision is stable).
    if plan.config.speculate {
        for r in 0..plan.sub.regions.len() {
            for ins in plan.sub.instructions(r) {
                if let Some(s) = speculation_at(plan, &ins) {
                    ops.insert(SubIp::of(&ins), s);
                }
            }
        }
    }
    let mut p = vec![UNKNOWN; program.functions[plan.sub.root() as usize].arity as usize];
    for (k, &v) in params.iter().enumerate().take(p.len()) {
        p[k] = v;
    }
    Ok(Speculation { before, ops, params: p })
}

fn speculation_at(plan: &Plan, ins: &Instr) -> Option<OpSpec> {
    if plan.config.speculate && ins.op == Op::Len {
        // `#v` is speculated to need no `__len` (a string, or a table without a metatable),
        // so its result is an integer; the guard's failures exclude the site.
        let gip = plan.sub.global_ip(SubIp::of(ins))?;
        return (!plan.config.excluded.contains(&gip)).then_some(OpSpec { lhs: UNKNOWN, rhs: UNKNOWN });
    }
    if !plan.config.speculate || ins.op.info().feedback != crate::bytecode::opcodes::FeedbackKind::Types {
        return None;
    }
    let gip = plan.sub.global_ip(SubIp::of(ins))?;
    if plan.config.excluded.contains(&gip) {
        return None;
    }
    let slot = operand_of(ins, OperandKind::TypeFb)?;
    choose(ins.op, TypeFeedback(plan.sub.type_fb[slot as usize]))
}

/// Runs the dataflow to a fixpoint and reports each reachable sub ip's entry state.
fn run(
    program: &Program,
    facts: &ProgramFacts,
    plan: &Plan,
    params: &[Known],
    mut report: impl FnMut(SubIp, &State),
) -> Result<(), PlanError> {
    let sub = &plan.sub;
    let n = plan.frame_slots() as usize;
    let mut instrs: HashMap<SubIp, (Instr, usize)> = HashMap::new();
    for r in 0..sub.regions.len() {
        for ins in sub.instructions(r) {
            instrs.insert(SubIp::of(&ins), (ins, r));
        }
    }
    let root = &program.functions[sub.root() as usize];
    let mut entry = State { tags: vec![UNKNOWN; n], origin: vec![NO_ORIGIN; n] };
    for l in 0..root.locals_count as usize {
        entry.tags[l] = if l < root.arity as usize { params.get(l).copied().unwrap_or(UNKNOWN) } else { NIL };
    }
    let mut states: HashMap<SubIp, State> = HashMap::new();
    let mut dead_at: HashMap<SubIp, Vec<u32>> = HashMap::new();
    states.insert(sub.regions[0].start, entry);
    let mut work = vec![sub.regions[0].start];
    while let Some(ip) = work.pop() {
        let (ins, region) =
            instrs.get(&ip).cloned().ok_or_else(|| PlanError::Inconsistent(format!("no instruction at {ip}")))?;
        let mut st = states[&ip].clone();
        let Some(depth) = depth_at(program, facts, sub, ip, region) else { continue };
        let sb = plan.stack_base(program, region);
        let spec = speculation_at(plan, &ins);
        let mut succs: Vec<(SubIp, State)> = Vec::with_capacity(2);
        let before_prep = matches!(ins.op, Op::ForPrep | Op::ForPrepInt | Op::ForPrepFloat).then(|| st.clone());
        if let Some(&q) = plan.inlined.get(&ip) {
            // Enter the inlined callee: its parameters are the argument slots; missing
            // arguments and its other locals are nil.
            let callee = &program.functions[sub.regions[q].func as usize];
            let off = sub.regions[q].local_offset;
            let argc = ins.arg(0);
            for l in 0..callee.locals_count {
                if l >= argc.min(callee.arity) {
                    st.write(off + l, NIL, NO_ORIGIN);
                }
            }
            succs.push((sub.regions[q].start, st));
        } else if transfer(program, &ins, &mut st, sb, depth, spec) {
            if matches!(ins.op.info().flow, Flow::Next | Flow::Branch) {
                succs.push((SubIp(ins.next_ip()), st.clone()));
            }
            if let Some(t) = ins.jump_target() {
                let mut taken = st.clone();
                if let Some(before) = &before_prep {
                    // A loop that runs zero times jumps past it without writing its control
                    // slots: they keep what they held (else an OSR entry below would check
                    // dead slots for kinds they never get, and fail forever).
                    for k in 0..4 {
                        let slot = (ins.arg(0) + k) as usize;
                        taken.tags[slot] = before.tags[slot];
                        taken.origin[slot] = before.origin[slot];
                    }
                }
                succs.push((SubIp(t), taken));
            }
        } else if matches!(ins.op, Op::Return0 | Op::Return1)
            && let Some(site) = sub.regions[region].site
        {
            // Return from an inlined callee: the result lands in the caller's callee slot.
            let (call, parent) = instrs[&site.call_ip];
            let pdepth = depth_at(program, facts, sub, site.call_ip, parent)
                .ok_or_else(|| PlanError::Inconsistent("unreachable call".into()))?;
            let callee_slot = plan.stack_base(program, parent) + pdepth - call.arg(0) - 1;
            let result = if ins.op == Op::Return1 { st.tags[(sb + depth - 1) as usize] } else { NIL };
            st.write(callee_slot, result, NO_ORIGIN);
            succs.push((SubIp(call.next_ip()), st));
        }
        for (s, mut new) in succs {
            // Locals out of scope at `s` are nil from here on: the verifier proves they are
            // written before they are read again, and a full collection may clear them in the
            // frame (so compiled code must not store a reference it still holds there).
            let dead = dead_at.entry(s).or_insert_with(|| dead_slots(program, sub, s));
            for &d in dead.iter() {
                new.write(d, NIL, NO_ORIGIN);
            }
            match states.get_mut(&s) {
                None => {
                    states.insert(s, new);
                    work.push(s);
                }
                Some(old) => {
                    if old.merge(&new) {
                        work.push(s);
                    }
                }
            }
        }
    }
    for (ip, st) in &states {
        report(*ip, st);
    }
    Ok(())
}

/// The frame slots of the region holding sub ip `ip` whose locals are out of scope there
/// (`Function::dead_slots_at`).
pub fn dead_slots(program: &Program, sub: &SubProgram, ip: SubIp) -> Vec<u32> {
    let (Some(r), Some(gip)) = (sub.region_of(ip), sub.global_ip(ip)) else { return Vec::new() };
    let region = &sub.regions[r];
    let f = &program.functions[region.func as usize];
    f.dead_slots_at(gip.0).into_iter().map(|l| region.local_offset + l).collect()
}

/// Applies one instruction to the state (stack at slots `sb..sb + depth`); returns false
/// when control does not continue past it (returns, tail calls).
fn transfer(program: &Program, ins: &Instr, st: &mut State, sb: u32, depth: u32, spec: Option<OpSpec>) -> bool {
    let op = ins.op;
    // The top of the stack (only asked of instructions that have operands there).
    let top = || sb + depth - 1;
    let rhs_tag = |st: &State| -> Known {
        match op.rhs_source() {
            RhsSource::Stack => st.tags[top() as usize],
            RhsSource::Local => st.tags[ins.arg(0) as usize],
            RhsSource::Const => constant_tag(program, ins.arg(0)),
        }
    };
    // Speculated comparisons: their guards prove the operands' kinds.
    if let (Some(_), Some(s)) = (op.compare(), spec) {
        st.refine_operands(ins, top(), s);
    }
    let pushed = match op.info().result {
        ResultKind::None | ResultKind::Unknown => UNKNOWN,
        ResultKind::Nil => NIL,
        ResultKind::Bool => BOOL,
        // `#` of a string is its length; anything else may call `__len`.
        ResultKind::Int if op == Op::Len => {
            if st.tags[top() as usize] == Known::Str || spec.is_some() {
                INT
            } else {
                UNKNOWN
            }
        }
        ResultKind::Int => INT,
        // `..` of strings and numbers is a string; anything else may call `__concat`.
        ResultKind::Str if op == Op::Concat => {
            let (a, b) = (st.tags[(top() - 1) as usize], st.tags[top() as usize]);
            let text = |k: Known| k == Known::Str || is_number(k);
            if text(a) && text(b) { Known::Str } else { UNKNOWN }
        }
        ResultKind::Str => Known::Str,
        ResultKind::Closure => Known::Closure,
        ResultKind::Table => Known::Table,
        ResultKind::Const => constant_tag(program, ins.arg(0)),
        ResultKind::Arith => {
            let aop = op.arith_op().expect("an arithmetic opcode");
            let unary = aop.is_unary();
            if let Some(s) = spec {
                // Guards prove the operands' kinds (and the slots they copy).
                if unary {
                    st.refine(top(), s.lhs);
                } else {
                    st.refine_operands(ins, top(), s);
                }
                spec_result(aop, s)
            } else if let Some(t) = op.info().typed {
                match t {
                    TypedKind::Int => INT,
                    TypedKind::Float => FLOAT,
                }
            } else {
                let b = if unary { UNKNOWN } else { rhs_tag(st) };
                let a = if unary || op.rhs_source() != RhsSource::Stack {
                    st.tags[top() as usize]
                } else {
                    st.tags[(top() - 1) as usize]
                };
                // (An operand that is not a number may have a metamethod, whose result is
                // anything.)
                let nums = is_number(a) && (unary || is_number(b));
                match aop {
                    ArithOp::Div | ArithOp::Pow if nums => FLOAT,
                    ArithOp::BAnd | ArithOp::BOr | ArithOp::BXor | ArithOp::Shl | ArithOp::Shr | ArithOp::BNot
                        if nums =>
                    {
                        INT
                    }
                    ArithOp::Div
                    | ArithOp::Pow
                    | ArithOp::BAnd
                    | ArithOp::BOr
                    | ArithOp::BXor
                    | ArithOp::Shl
                    | ArithOp::Shr
                    | ArithOp::BNot => UNKNOWN,
                    ArithOp::Unm => {
                        if is_number(a) {
                            a
                        } else {
                            UNKNOWN
                        }
                    }
                    _ => numeric_result(a, b),
                }
            }
        }
        ResultKind::Special => {
            transfer_special(ins, st, sb, depth);
            return op.info().flow != Flow::Stop;
        }
    };
    let first = sb + depth - ins.pops();
    for k in 0..ins.pushes() {
        st.write(first + k, pushed, NO_ORIGIN);
    }
    op.info().flow != Flow::Stop
}

/// The table's `Special` opcodes: stack shuffles, local stores and loop set-up.
fn transfer_special(ins: &Instr, st: &mut State, sb: u32, depth: u32) {
    // The first free slot; `next - 1` is the top of the stack when there is one.
    let next = sb + depth;
    match ins.op {
        Op::Dup => {
            let top = next as usize - 1;
            let (k, o) = (st.tags[top], st.origin[top]);
            st.write(next, k, o);
        }
        Op::Swap => {
            let (a, b) = (next as usize - 2, next as usize - 1);
            st.tags.swap(a, b);
            st.origin.swap(a, b);
        }
        Op::GetLocal => {
            let l = ins.arg(0);
            let k = st.tags[l as usize];
            st.write(next, k, l);
        }
        Op::SetLocal => {
            let k = st.tags[next as usize - 1];
            st.write(ins.arg(0), k, NO_ORIGIN);
        }
        Op::NewCell | Op::BoxLocal => st.write(ins.arg(0), Known::Cell, NO_ORIGIN),
        Op::ForPrep | Op::ForPrepInt | Op::ForPrepFloat => {
            let (init, step) = (st.tags[next as usize - 3], st.tags[next as usize - 1]);
            let t = match ins.op {
                Op::ForPrepInt => INT,
                Op::ForPrepFloat => FLOAT,
                _ if init == INT && step == INT => INT,
                _ if is_number(init) && is_number(step) => FLOAT,
                _ => UNKNOWN,
            };
            for s in 0..4 {
                st.write(ins.arg(0) + s, t, NO_ORIGIN);
            }
        }
        Op::Method => {
            // obj is replaced by the method (a table's field, or the string library's) and
            // obj.
            let top = next as usize - 1;
            let (k, o) = (st.tags[top], st.origin[top]);
            st.write(next - 1, UNKNOWN, NO_ORIGIN);
            st.write(next, k, o);
        }
        Op::PushDeep => {
            let from = (next - 1 - ins.arg(0)) as usize;
            let (k, o) = (st.tags[from], st.origin[from]);
            st.write(next, k, o);
        }
        _ => {
            // A `Special` row without an arm here: everything it pushes is unknown.
            for k in 0..ins.pushes() {
                st.write(next - ins.pops() + k, UNKNOWN, NO_ORIGIN);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::verify::verify;
    use crate::state::VmState;
    use std::sync::Arc;

    /// Compiles `src`, runs it in the interpreter (gathering feedback) and returns the VM.
    fn run(src: &str) -> Box<VmState> {
        let p = crate::lang::compile(src.as_bytes(), "t.lua").expect("compiles");
        let facts = verify(&p).expect("verifies");
        let mut vm =
            crate::interp::new_state(Arc::new(p), Arc::new(facts), 1000, Box::new(std::io::sink())).expect("vm");
        vm.run_main().expect("runs");
        vm
    }

    fn func(vm: &VmState, name: &str) -> u32 {
        vm.program.functions.iter().position(|f| f.name == name).expect("function") as u32
    }

    fn plan(vm: &VmState, f: u32, config: PlanConfig) -> Plan {
        Plan::build(&vm.program, &vm.facts, &vm.feedback, f, config).expect("plans")
    }

    fn first(plan: &Plan, region: usize, op: Op) -> Instr {
        plan.sub.instructions(region).into_iter().find(|i| i.op == op).expect("op")
    }

    #[test]
    fn float_recurrences_and_integer_loops_are_known_without_speculation() {
        let vm = run("local zr, n = 0.0, 0
             for i = 1, 10 do zr = zr * zr - 0.5 n = n + i end
             print(zr, n)");
        let p = plan(&vm, vm.program.main, PlanConfig::baseline());
        let mul = first(&p, 0, Op::MulL);
        let st = p.spec.before(SubIp::of(&mul)).expect("reachable");
        let sb = p.stack_base(&vm.program, 0) as usize;
        assert_eq!(st[sb], FLOAT, "zr is a float at the loop's multiply");
        assert_eq!(st[1], INT, "n counts in integers");
        assert_eq!(p.spec.speculated_ops(), 0);
    }

    #[test]
    fn merges_forget_disagreeing_tags() {
        let vm = run("local x = 1 if print() then x = 'a' end return x");
        let p = plan(&vm, vm.program.main, PlanConfig::baseline());
        // (The main chunk is a vararg function: it returns with ReturnN.)
        let ret = first(&p, 0, Op::ReturnN);
        let sb = p.stack_base(&vm.program, 0) as usize;
        assert_eq!(p.spec.before(SubIp::of(&ret)).expect("reachable")[sb], UNKNOWN);
    }

    #[test]
    fn integer_feedback_speculates_and_one_guard_serves_later_uses() {
        let vm = run("local function f(a, b) local c = a * 2 return c + a + b end
             for i = 1, 10 do f(i, i) end");
        let f = func(&vm, "f");
        let base = plan(&vm, f, PlanConfig::baseline());
        assert_eq!(base.spec.speculated_ops(), 0);
        let p = plan(&vm, f, PlanConfig::optimizing());
        let mul = first(&p, 0, Op::MulK);
        assert_eq!(p.spec.op(SubIp::of(&mul)), Some(OpSpec { lhs: INT, rhs: INT }));
        // Both parameters are guarded at entry (only integers seen, never reassigned).
        assert_eq!(p.spec.params, vec![INT, INT]);
        let add = first(&p, 0, Op::AddL);
        let st = p.spec.before(SubIp::of(&add)).expect("reachable");
        assert_eq!((st[0], st[2]), (INT, INT), "a and c are known integers");
        // Without parameter guards, `a` is known after the first guard on a copy of it.
        let p = plan(&vm, f, PlanConfig { unbox_params: false, ..PlanConfig::optimizing() });
        assert_eq!(p.spec.params, vec![UNKNOWN, UNKNOWN]);
        assert_eq!(p.spec.before(SubIp::of(&mul)).expect("reachable")[0], UNKNOWN);
        assert_eq!(p.spec.before(SubIp::of(&add)).expect("reachable")[0], INT);
        // An excluded site is not speculated.
        let gip = p.sub.global_ip(SubIp::of(&mul)).expect("mapped");
        let mut excluded = BTreeSet::new();
        excluded.insert(gip);
        let p = plan(&vm, f, PlanConfig { excluded, ..PlanConfig::optimizing() });
        assert_eq!(p.spec.op(SubIp::of(&mul)), None);
    }

    #[test]
    fn mixed_feedback_speculates_only_where_the_result_type_is_determined() {
        let vm = run("local function g(a, b) return (a + b) * (a / b) end
             g(1, 2) g(1.5, 2)");
        let g = func(&vm, "g");
        let p = plan(&vm, g, PlanConfig::optimizing());
        let add = first(&p, 0, Op::AddL);
        assert_eq!(p.spec.op(SubIp::of(&add)), None, "int or float plus int has no one result type");
        let div = first(&p, 0, Op::DivL);
        assert_eq!(p.spec.op(SubIp::of(&div)), Some(OpSpec { lhs: NUMBER, rhs: INT }), "a / b is a float either way");
    }

    #[test]
    fn monomorphic_small_callees_are_inlined_at_the_interpreters_frame_offset() {
        let vm = run("local function sq(x) return x * x end
             local function mk() return function() end end
             local function f(x) local y = sq(x) mk() return y + 1 end
             for i = 1, 10 do f(i) end");
        let f = func(&vm, "f");
        let p = plan(&vm, f, PlanConfig::optimizing());
        assert_eq!(p.sub.regions.len(), 2, "sq is inlined; mk makes a closure, so it is not");
        assert_eq!(p.inlined.len(), 1);
        let (&call_ip, &q) = p.inlined.iter().next().expect("one");
        assert_eq!(p.sub.regions[q].func, func(&vm, "sq"));
        let ff = &vm.program.functions[f as usize];
        let depth = vm.facts.functions[f as usize].depth_at(ff, p.sub.global_ip(call_ip).unwrap().0).unwrap();
        assert_eq!(p.sub.regions[q].local_offset, ff.locals_count + depth - 1, "the argument slot");
        // The callee's multiply is speculated with the callee's feedback.
        let mul = first(&p, q, Op::MulL);
        assert_eq!(p.spec.op(SubIp::of(&mul)), Some(OpSpec { lhs: INT, rhs: INT }));
        // The call to mk is a direct call; nothing is inlined when a site is excluded.
        assert_eq!(p.direct.len(), 1);
        let mut no_inline = BTreeSet::new();
        no_inline.insert(p.sub.global_ip(call_ip).unwrap());
        let p = plan(&vm, f, PlanConfig { no_inline, ..PlanConfig::optimizing() });
        assert_eq!(p.sub.regions.len(), 1);
    }

    #[test]
    fn recursion_is_not_inlined_but_called_directly() {
        let vm = run("local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
             fib(10)");
        let fib = func(&vm, "fib");
        let p = plan(&vm, fib, PlanConfig::optimizing());
        assert_eq!(p.sub.regions.len(), 1);
        assert_eq!(p.direct.values().filter(|&&g| g == fib).count(), 2);
        assert_eq!(p.spec.params, vec![INT]);
    }
}

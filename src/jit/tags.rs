//! Static tag inference for a sub-program region: which value tags are *known* (not
//! speculated) for every local and operand-stack position before each instruction.
//!
//! A forward dataflow over the region's control flow: constants and typed results fix tags
//! (`1.5` is a float, `a / b` is a float whenever it completes, `#s` an integer, `a < b` a
//! boolean, a numeric `for` whose start and step are integers counts in integers...);
//! merges keep a tag only where every path agrees. Baseline code generators use it to emit
//! only the fast path of an operation whose operand tags are known: no guard, no deopt, the
//! facts hold on every execution.
//!
//! ```text
//!   local zr = 0.0            zr: float
//!   for _ = 1, n do           zr at the loop header: float (entry) ⊓ float (back-edge)
//!     zr = zr * zr - c        MulL: float * float -> float, SubL: float - ? -> ?
//! ```

use std::collections::HashMap;

use crate::bytecode::opcodes::{Flow, Op, RhsSource};
use crate::bytecode::program::{Constant, Instr, Program};
use crate::jit::subprogram::SubProgram;
use crate::value::tag;

/// A known tag, or `UNKNOWN`.
pub type Known = u8;

/// Nothing is known about the value.
pub const UNKNOWN: Known = u8::MAX;

/// Known tags of every local and stack position before one instruction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TagState {
    pub locals: Vec<Known>,
    pub stack: Vec<Known>,
}

/// The facts for a region, by sub ip.
#[derive(Clone, Debug, Default)]
pub struct TagFacts {
    states: HashMap<u32, TagState>,
}

impl TagFacts {
    /// The state before the instruction at `sub_ip` (`None` if unreachable).
    pub fn before(&self, sub_ip: u32) -> Option<&TagState> {
        self.states.get(&sub_ip)
    }
}

fn known(t: u64) -> Known {
    t as Known
}

fn is_number(k: Known) -> bool {
    k == known(tag::INT) || k == known(tag::FLOAT)
}

/// The tag of a program constant.
pub fn constant_tag(program: &Program, k: u32) -> Known {
    match program.constants[k as usize] {
        Constant::Int(_) => known(tag::INT),
        Constant::Float(_) => known(tag::FLOAT),
        Constant::Str(_) => known(tag::STR),
    }
}

/// Result tag of integer-or-float arithmetic (`+ - * // %`, unary minus) on known operands.
fn numeric_result(a: Known, b: Known) -> Known {
    if a == known(tag::INT) && b == known(tag::INT) {
        known(tag::INT)
    } else if is_number(a) && is_number(b) {
        known(tag::FLOAT)
    } else {
        UNKNOWN
    }
}

/// Infers known tags for region `region` of `sub`; locals start as the function's entry
/// leaves them (parameters unknown, the rest nil).
pub fn infer(program: &Program, sub: &SubProgram, region: usize, arity: u32, locals: u32) -> TagFacts {
    let instrs = sub.instructions(region);
    let index: HashMap<u32, usize> = instrs.iter().enumerate().map(|(k, i)| (i.ip, k)).collect();
    let mut entry = TagState { locals: vec![known(tag::NIL); locals as usize], stack: Vec::new() };
    for l in entry.locals.iter_mut().take(arity as usize) {
        *l = UNKNOWN;
    }
    let mut facts = TagFacts::default();
    let Some(first) = instrs.first() else { return facts };
    facts.states.insert(first.ip, entry);
    let mut work = vec![0usize];
    while let Some(k) = work.pop() {
        let ins = &instrs[k];
        let mut st = facts.states[&ins.ip].clone();
        if !transfer(program, ins, &mut st) {
            continue;
        }
        let mut succs = Vec::with_capacity(2);
        if matches!(ins.op.info().flow, Flow::Next | Flow::Branch) {
            succs.push(ins.next_ip());
        }
        succs.extend(ins.jump_target());
        for s in succs {
            let Some(&j) = index.get(&s) else { continue };
            match facts.states.get_mut(&s) {
                None => {
                    facts.states.insert(s, st.clone());
                    work.push(j);
                }
                Some(old) => {
                    let mut changed = false;
                    for (o, n) in old.locals.iter_mut().zip(&st.locals).chain(old.stack.iter_mut().zip(&st.stack)) {
                        if *o != *n && *o != UNKNOWN {
                            *o = UNKNOWN;
                            changed = true;
                        }
                    }
                    if changed {
                        work.push(j);
                    }
                }
            }
        }
    }
    facts
}

/// Applies one instruction; returns false if control does not continue past it.
fn transfer(program: &Program, ins: &Instr, st: &mut TagState) -> bool {
    let op = ins.op;
    let pop = |st: &mut TagState| st.stack.pop().unwrap_or(UNKNOWN);
    let rhs = |st: &mut TagState| match op.rhs_source() {
        RhsSource::Stack => st.stack.pop().unwrap_or(UNKNOWN),
        RhsSource::Local => st.locals[ins.arg(0) as usize],
        RhsSource::Const => constant_tag(program, ins.arg(0)),
    };
    match op {
        Op::Nop | Op::Jump => {}
        Op::Pop => {
            pop(st);
        }
        Op::Dup => {
            let t = *st.stack.last().unwrap_or(&UNKNOWN);
            st.stack.push(t);
        }
        Op::Swap => {
            let n = st.stack.len();
            st.stack.swap(n - 1, n - 2);
        }
        Op::PushNil | Op::LibNil => st.stack.push(known(tag::NIL)),
        Op::PushTrue | Op::PushFalse => st.stack.push(known(tag::BOOL)),
        Op::PushInt => st.stack.push(known(tag::INT)),
        Op::PushConst | Op::LibConst => st.stack.push(constant_tag(program, ins.arg(0))),
        Op::PushBuiltin => st.stack.push(known(tag::BUILTIN)),
        Op::GetLocal => st.stack.push(st.locals[ins.arg(0) as usize]),
        Op::SetLocal => {
            let t = pop(st);
            st.locals[ins.arg(0) as usize] = t;
        }
        Op::NewCell => {
            pop(st);
            st.locals[ins.arg(0) as usize] = known(tag::CELL);
        }
        Op::BoxLocal => st.locals[ins.arg(0) as usize] = known(tag::CELL),
        Op::GetCell | Op::GetUpval | Op::GetGlobal => st.stack.push(UNKNOWN),
        Op::SetCell | Op::SetUpval | Op::SetGlobal => {
            pop(st);
        }
        Op::Closure => st.stack.push(known(tag::CLOSURE)),
        Op::Div | Op::DivL | Op::DivK | Op::Pow | Op::DivFloat | Op::PowFloat => {
            // `/` and `^` give floats whenever they complete.
            rhs(st);
            pop(st);
            st.stack.push(known(tag::FLOAT));
        }
        Op::BAnd | Op::BOr | Op::BXor | Op::Shl | Op::Shr => {
            pop(st);
            pop(st);
            st.stack.push(known(tag::INT));
        }
        Op::BNot | Op::Len => {
            pop(st);
            st.stack.push(known(tag::INT));
        }
        Op::Unm => {
            let a = pop(st);
            st.stack.push(if is_number(a) { a } else { UNKNOWN });
        }
        _ if op.arith_op().is_some() && !op.is_typed() => {
            let b = rhs(st);
            let a = pop(st);
            st.stack.push(numeric_result(a, b));
        }
        Op::AddInt | Op::SubInt | Op::MulInt | Op::IDivInt | Op::ModInt => {
            pop(st);
            pop(st);
            st.stack.push(known(tag::INT));
        }
        Op::UnmInt => {
            pop(st);
            st.stack.push(known(tag::INT));
        }
        Op::AddFloat | Op::SubFloat | Op::MulFloat | Op::ModFloat | Op::IDivFloat => {
            pop(st);
            pop(st);
            st.stack.push(known(tag::FLOAT));
        }
        Op::UnmFloat => {
            pop(st);
            st.stack.push(known(tag::FLOAT));
        }
        Op::Concat => {
            pop(st);
            pop(st);
            st.stack.push(known(tag::STR));
        }
        Op::Not => {
            pop(st);
            st.stack.push(known(tag::BOOL));
        }
        _ if op.branch_compare().is_some() => {
            rhs(st);
            pop(st);
        }
        Op::JumpIfFalse | Op::JumpIfTrue => {
            pop(st);
        }
        Op::ForPrep | Op::ForPrepInt | Op::ForPrepFloat => {
            let step = pop(st);
            pop(st);
            let init = pop(st);
            let t = match op {
                Op::ForPrepInt => known(tag::INT),
                Op::ForPrepFloat => known(tag::FLOAT),
                _ if init == known(tag::INT) && step == known(tag::INT) => known(tag::INT),
                _ if is_number(init) && is_number(step) => known(tag::FLOAT),
                _ => UNKNOWN,
            };
            for s in 0..4 {
                st.locals[(ins.arg(0) + s) as usize] = t;
            }
        }
        Op::ForLoop | Op::ForLoopInt | Op::ForLoopFloat => {}
        Op::Method | Op::MethodMissing => {
            pop(st);
            st.stack.push(if op == Op::Method { known(tag::BUILTIN) } else { known(tag::NIL) });
            st.stack.push(known(tag::STR));
        }
        Op::Call => {
            for _ in 0..=ins.arg(0) {
                pop(st);
            }
            st.stack.push(UNKNOWN);
        }
        Op::TailCall | Op::Return0 | Op::Return1 => return false,
        _ => {
            // Comparisons producing booleans.
            let n = ins.pops();
            for _ in 0..n {
                pop(st);
            }
            st.stack.push(known(tag::BOOL));
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::feedback::FunctionFeedback;

    fn facts_for(src: &str, func: usize) -> (Program, SubProgram, TagFacts) {
        let p = crate::lang::compile(src.as_bytes(), "t.lua").expect("compiles");
        let f = &p.functions[func];
        let sub = SubProgram::slice(&p, func as u32, &FunctionFeedback::new(f.type_fb_count, f.call_fb_count))
            .expect("slices");
        let facts = infer(&p, &sub, 0, f.arity, f.locals_count);
        (p, sub, facts)
    }

    #[test]
    fn float_recurrences_and_integer_loops_are_known() {
        let (p, sub, facts) = facts_for(
            "local zr, n = 0.0, 0
             for i = 1, 10 do zr = zr * zr - 0.5 n = n + i end
             print(zr, n)",
            0,
        );
        let mul = sub.instructions(0).into_iter().find(|i| i.op == Op::MulL).expect("zr * zr");
        let st = facts.before(mul.ip).expect("reachable");
        assert_eq!(st.stack, vec![known(tag::FLOAT)], "zr is a float at the loop's multiply");
        assert_eq!(st.locals[1], known(tag::INT), "n counts in integers");
        let _ = p;
    }

    #[test]
    fn merges_forget_disagreeing_tags() {
        let (_, sub, facts) = facts_for("local x = 1 if print() then x = 'a' end return x", 0);
        let ret = sub.instructions(0).into_iter().find(|i| i.op == Op::Return1).expect("return");
        let st = facts.before(ret.ip).expect("reachable");
        assert_eq!(st.stack, vec![UNKNOWN]);
    }

    #[test]
    fn parameters_are_unknown() {
        let (_, sub, facts) = facts_for("local function f(a) return a + 1 end", 1);
        let add = sub.instructions(0).into_iter().find(|i| i.op == Op::AddK).expect("a + 1");
        assert_eq!(facts.before(add.ip).expect("reachable").stack, vec![UNKNOWN]);
    }
}

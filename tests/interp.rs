//! The reference interpreter's contracts that later tiers build on: resuming a function at
//! any ip with a given frame state (deopt and OSR), feedback and counters, and the bytecode
//! text format's round trip.

use std::sync::Arc;

mod support;

use strata::bytecode::Op;
use strata::bytecode::program::Program;
use strata::bytecode::verify::verify;
use strata::runtime::value::Value;
use strata::state::VmState;
use strata::state::feedback::{CallState, Target, TypeFeedback, type_bits};

fn interp(src: &str) -> Box<VmState> {
    let program = strata::lang::compile(src.as_bytes(), "t.lua").expect("compiles");
    let facts = verify(&program).expect("verifies");
    strata::interp::new_state(Arc::new(program), Arc::new(facts), 1000, Box::new(std::io::sink())).expect("vm")
}

fn function(p: &Program, name: &str) -> u32 {
    p.functions.iter().position(|f| f.name == name).expect("function") as u32
}

/// The ip of the first instruction with opcode `op` in function `f`.
fn find(p: &Program, f: u32, op: Op) -> u32 {
    let func = &p.functions[f as usize];
    p.instructions(func).expect("decodes").iter().find(|i| i.op == op).expect("instruction").ip
}

const SUM: &str = "
local function sum(n)
  local s = 0
  for i = 1, n do s = s + i end
  return s
end
return sum(10)";

#[test]
fn resume_at_the_entry_point_is_a_call() {
    let mut vm = interp(SUM);
    let f = function(&vm.program, "sum");
    let entry = vm.program.functions[f as usize].entry_point;
    let closure = vm.heap.alloc_closure(f, &[]);
    let mut locals = vec![Value::NIL; 6];
    locals[0] = Value::int(10);
    assert_eq!(vm.resume(f, closure, entry, &locals, &[]).expect("runs"), Some(Value::int(55)));
}

#[test]
fn resume_mid_loop_with_frame_state() {
    let mut vm = interp(SUM);
    let f = function(&vm.program, "sum");
    let closure = vm.heap.alloc_closure(f, &[]);
    // Locals: n, s, loop index, remaining count, step, i. State after the body ran for
    // i = 1..4 (s = 10), about to take the back-edge with 6 iterations left.
    let locals = [Value::int(10), Value::int(10), Value::int(4), Value::int(6), Value::int(1), Value::int(4)];
    let at = find(&vm.program, f, Op::ForLoopInt);
    assert_eq!(vm.resume(f, closure, at, &locals, &[]).expect("runs"), Some(Value::int(55)));
}

#[test]
fn resume_mid_expression_with_operands_on_the_stack() {
    let mut vm = interp(SUM);
    let f = function(&vm.program, "sum");
    let closure = vm.heap.alloc_closure(f, &[]);
    // Inside `s = s + i` for i = 5: `s` (10) already pushed, the addition not yet done.
    let at = find(&vm.program, f, Op::AddL);
    let locals = [Value::int(10), Value::int(10), Value::int(5), Value::int(5), Value::int(1), Value::int(5)];
    assert_eq!(vm.resume(f, closure, at, &locals, &[Value::int(10)]).expect("runs"), Some(Value::int(55)));
}

#[test]
#[should_panic(expected = "stack depth must match")]
fn resume_rejects_a_frame_state_of_the_wrong_depth() {
    let mut vm = interp(SUM);
    let f = function(&vm.program, "sum");
    let closure = vm.heap.alloc_closure(f, &[]);
    let at = find(&vm.program, f, Op::AddL);
    let _ = vm.resume(f, closure, at, &[Value::NIL; 6], &[]);
}

#[test]
fn resumed_errors_carry_positions() {
    let mut vm = interp(SUM);
    let f = function(&vm.program, "sum");
    let closure = vm.heap.alloc_closure(f, &[]);
    let at = find(&vm.program, f, Op::AddL);
    let locals = [Value::int(10), Value::NIL, Value::int(5), Value::int(5), Value::int(1), Value::TRUE];
    let e = vm.resume(f, closure, at, &locals, &[Value::int(1)]).expect_err("fails");
    assert_eq!(e.message, "t.lua:4: attempt to perform arithmetic on a boolean value (local 'i')");
    assert!(vm.frames.is_empty(), "the resumed frame is unwound");
}

#[test]
fn feedback_records_types_call_targets_and_counters() {
    let mut vm = interp(
        "local function add(a, b) return a + b end
         local r = 0
         for i = 1, 100 do r = add(r, i) end
         r = add(1.5, 2)
         local t = tostring(r)",
    );
    vm.run_main().expect("runs");
    let p = vm.program.clone();
    let add = function(&p, "add") as usize;
    let fb = &vm.feedback[add];
    assert_eq!(fb.call_count, 101);
    let slot = TypeFeedback(fb.types[0]);
    assert_eq!(slot.lhs(), type_bits::INT | type_bits::FLOAT);
    assert_eq!(slot.rhs(), type_bits::INT);
    let main = &vm.feedback[p.main as usize];
    assert!(main.backedge_count >= 99, "loop back-edges counted: {}", main.backedge_count);
    let sites: Vec<_> = main.calls.iter().filter(|c| c.state() != CallState::Uninitialized).collect();
    assert_eq!(sites.len(), 3);
    assert_eq!(sites[0].state(), CallState::Monomorphic);
    assert_eq!(sites[0].seen(), vec![Target::Function(add as u32)]);
    assert!(matches!(sites[2].seen()[..], [Target::Builtin(_)]));
}

#[test]
fn text_format_round_trips_every_corpus_program() {
    let mut n = 0;
    for path in support::lua_files("conformance/programs") {
        let src = std::fs::read(&path).expect("read");
        let Ok(program) = strata::lang::compile(&src, "x.lua") else {
            continue;
        };
        let text = strata::bytecode::text::print(&program);
        let back = strata::bytecode::text::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            back == program || text == strata::bytecode::text::print(&back),
            "{} does not round-trip",
            path.display()
        );
        verify(&back).expect("the parsed program verifies");
        n += 1;
    }
    assert!(n >= 100, "only {n} programs compiled");
}

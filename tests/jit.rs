//! The JIT framework end to end: mixed native/interpreted programs (calls, tail calls, errors
//! and error levels crossing the boundary in every direction), tier-up, and the metrics.
//! Functions are kept interpreted by denying an opcode they use (`JitConfig::deny_ops`), the
//! preflight path a backend's unsupported opcode takes.

#![cfg(feature = "cranelift")]

use strata::bytecode::Op;
use strata::{Engine, Vm, VmConfig};

/// Runs `src` in the interpreter and in Cranelift (eagerly, and tiering up on the second
/// call), checks every run prints the same, and returns the eager run's VM.
fn run_all(src: &str, deny: &[Op]) -> (Vm, String) {
    let mut reference = Vm::new(VmConfig { engine: Engine::Interp, ..VmConfig::default() }.capture_output());
    let expected = match reference.run_source(src.as_bytes(), "mix.lua") {
        Ok(()) => String::new(),
        Err(e) => e.to_string(),
    };
    let want_out = reference.take_output();
    let mut eager_vm = None;
    for (eager, threshold) in [(true, 1000), (false, 2)] {
        let mut config = VmConfig { engine: Engine::Cranelift, ..VmConfig::default() }.capture_output();
        config.jit.eager = eager;
        config.jit.tier2_threshold = threshold;
        config.jit.deny_ops = deny.to_vec();
        config.jit.internal_errors_fatal = true;
        let mut vm = Vm::new(config);
        let got = match vm.run_source(src.as_bytes(), "mix.lua") {
            Ok(()) => String::new(),
            Err(e) => e.to_string(),
        };
        assert_eq!(got, expected, "error differs (eager: {eager})");
        assert_eq!(
            String::from_utf8_lossy(&vm.output()),
            String::from_utf8_lossy(&want_out),
            "output differs (eager: {eager})"
        );
        if eager {
            eager_vm = Some(vm);
        }
    }
    (eager_vm.expect("an eager run"), String::from_utf8_lossy(&want_out).into_owned())
}

fn tier(vm: &Vm, name: &str) -> Option<&'static str> {
    vm.jit_report().expect("a native engine").tier(name).unwrap_or_else(|| panic!("no function {name}"))
}

#[test]
fn calls_cross_the_boundary_in_every_direction() {
    let (vm, out) = run_all(
        r#"
        local function leaf(x) return x * 2 end                      -- native
        local function mid(x) return tostring(leaf(x)) .. "!" end     -- interpreted (uses ..)
        local function top(x) local s = mid(x + 1) return s end       -- native
        local r
        for i = 1, 5 do r = top(i) end
        print(top(20), r, mid(1))
        "#,
        &[Op::Concat],
    );
    assert_eq!(out, "42!\t12!\t2!\n");
    assert_eq!(tier(&vm, "leaf"), Some("cranelift"));
    assert_eq!(tier(&vm, "top"), Some("cranelift"));
    assert_eq!(tier(&vm, "mid"), None, "a function with a denied opcode stays interpreted");
    assert_eq!(tier(&vm, "main chunk"), Some("cranelift"));
    assert!(vm.jit_report().expect("report").metrics.unsupported >= 1);
}

#[test]
fn tail_calls_bounce_between_tiers_without_growing_either_stack() {
    let (vm, out) = run_all(
        r#"
        local ping, pong
        function ping(n) local _ = #"x" if n == 0 then return "ping done" end return pong(n - 1) end
        function pong(n) if n == 0 then return "pong done" end return ping(n - 1) end
        print(ping(1000000), pong(1000001))
        "#,
        &[Op::Len],
    );
    assert_eq!(out, "ping done\tping done\n");
    assert_eq!(tier(&vm, "ping"), None);
    assert_eq!(tier(&vm, "pong"), Some("cranelift"));
}

#[test]
fn deep_recursion_through_both_tiers() {
    let (vm, out) = run_all(
        r#"
        local a, b
        function a(n) local _ = #"x" if n == 0 then return 0 end return 1 + b(n - 1) end
        function b(n) if n == 0 then return 0 end return 1 + a(n - 1) end
        print(a(50000))
        "#,
        &[Op::Len],
    );
    assert_eq!(out, "50000\n");
    assert_eq!((tier(&vm, "a"), tier(&vm, "b")), (None, Some("cranelift")));
}

#[test]
fn errors_cross_the_boundary_with_lua_messages() {
    // Native code calling an interpreted function that fails.
    let (vm, _) = run_all(
        "local function bad(t) local _ = #'x' return t + 1 end\nlocal function call(x) return bad(x) + 1 end\nprint(call(1))\nprint(call(nil))",
        &[Op::Len],
    );
    assert_eq!(tier(&vm, "bad"), None);
    // Interpreted code calling a native function that fails, with a variable name.
    run_all(
        "local function boom(s) return s .. nil end\nlocal function caller() local _ = #'x' return (boom('a')) end\ncaller()",
        &[Op::Len],
    );
    // error() with a level pointing through a native frame into an interpreted one and back.
    run_all(
        "local function thrower() error('up two', 2) end\nlocal function native_mid() thrower() return 1 end\nlocal function top() local _ = #'x'\nreturn native_mid() end\ntop()",
        &[Op::Len],
    );
    // Calling a non-function from native code, named like the interpreter names it.
    run_all("local function f() local g = nil\ng() end\nf()", &[]);
}

#[test]
fn stack_overflow_is_a_lua_error_in_native_code() {
    let src = "local function f(n) return 1 + f(n) end\nprint('start')\nf(1)";
    let (_, out) = run_all(src, &[]);
    assert_eq!(out, "start\n");
    let mut vm = Vm::new(VmConfig { engine: Engine::Cranelift, ..VmConfig::default() }.capture_output());
    let err = vm.run_source(src.as_bytes(), "so.lua").expect_err("overflows");
    assert_eq!(err.to_string(), "so.lua:1: stack overflow");
}

#[test]
fn hot_functions_tier_up_and_metrics_count_them() {
    let mut config = VmConfig { engine: Engine::Cranelift, ..VmConfig::default() }.capture_output();
    config.jit.tier2_threshold = 10;
    let mut vm = Vm::new(config);
    vm.run_source(b"local function sq(x) return x * x end\nlocal function cold() return 1 end\nlocal s = 0\nfor i = 1, 100 do s = s + sq(i) end\nprint(s, cold())", "hot.lua")
        .expect("runs");
    assert_eq!(vm.output(), b"338350\t1\n");
    let report = vm.jit_report().expect("a report");
    assert_eq!(report.tier("sq"), Some(Some("cranelift")), "called 100 times");
    assert_eq!(report.tier("cold"), Some(None), "called once");
    assert_eq!(report.metrics.compiled.get("cranelift"), Some(&1));
    assert!(report.metrics.code_bytes["cranelift"] > 0);
    assert!(report.text.contains("functions: 3 total, 2 interpreted, 1 cranelift"), "{}", report.text);
    assert!(report.text.contains("typed ops:"));
}

#[test]
fn a_small_machine_stack_gives_stack_overflow_not_a_crash() {
    // Each call that crosses from native code into the interpreter nests Rust activations;
    // with 8 MiB of machine stack the guard must stop this long before the 200,000-frame
    // recursion limit, with Lua's error.
    let src = "local a, b\nfunction a(n) local _ = #'x' if n == 0 then return 0 end return 1 + b(n - 1) end\n\
               function b(n) if n == 0 then return 0 end return 1 + a(n - 1) end\nprint(a(150000))";
    let mut config = VmConfig { engine: Engine::Cranelift, machine_stack: Some(8 << 20), ..VmConfig::default() };
    config = config.capture_output();
    config.jit.eager = true;
    config.jit.deny_ops = vec![Op::Len];
    let mut vm = Vm::new(config);
    let err = vm.run_source(src.as_bytes(), "deep.lua").expect_err("overflows");
    let msg = err.to_string();
    assert!(msg.starts_with("deep.lua:") && msg.contains(": stack overflow"), "{msg}");
    assert_eq!(vm.output(), b"");
    // The default stack is sized for the recursion limit: the same recursion completes.
    let mut config = VmConfig { engine: Engine::Cranelift, ..VmConfig::default() }.capture_output();
    config.jit.eager = true;
    config.jit.deny_ops = vec![Op::Len];
    let mut vm = Vm::new(config);
    vm.run_source(src.as_bytes(), "deep.lua").expect("fits");
    assert_eq!(vm.output(), b"150000\n");
}

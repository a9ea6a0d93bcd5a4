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

// ---------------------------------------------------------------------------------------------
// The optimizing tier: speculation, deopt, inlining, OSR.

use strata::jit::deopt::DeoptReason;
use strata::jit::driver::JitReport;

/// Runs `src` with the optimizing tier compiling functions on their `threshold`th call and
/// loops after `osr` backward jumps; checks the output against the interpreter's and returns
/// the report.
fn run_optimized(src: &str, threshold: u32, osr: u32) -> (JitReport, String) {
    let mut reference = Vm::new(VmConfig { engine: Engine::Interp, ..VmConfig::default() }.capture_output());
    let expected = reference.run_source(src.as_bytes(), "opt.lua").map_err(|e| e.to_string());
    let want = String::from_utf8_lossy(&reference.take_output()).into_owned();
    let mut config = VmConfig { engine: Engine::Cranelift, ..VmConfig::default() }.capture_output();
    config.jit.tier2_threshold = threshold;
    config.jit.osr_threshold = osr;
    config.jit.internal_errors_fatal = true;
    let mut vm = Vm::new(config);
    let got = vm.run_source(src.as_bytes(), "opt.lua").map_err(|e| e.to_string());
    assert_eq!(got, expected, "result differs from the interpreter");
    assert_eq!(String::from_utf8_lossy(&vm.output()), want, "output differs from the interpreter");
    (vm.jit_report().expect("a report").clone(), want)
}

#[test]
fn a_type_guard_deopts_and_the_result_is_the_interpreters() {
    let (report, out) = run_optimized(
        "local function add(a, b) return a + b end
         local s = 0
         for i = 1, 50 do s = add(s, i) end      -- integers only: compiled for them
         print(s, add(1.5, 2), add(2, 0.25))      -- floats: the guards fail",
        20,
        u32::MAX,
    );
    assert_eq!(out, "1275\t3.5\t2.25\n");
    assert!(report.deopts(DeoptReason::TypeGuard) >= 2, "{}", report.text);
    assert!(report.metrics.speculated_ops >= 1);
}

#[test]
fn a_call_target_guard_deopts_when_the_callee_changes() {
    let (report, out) = run_optimized(
        "local function inc(x) return x + 1 end
         local function dec(x) return x - 1 end
         local function apply(f, x) return f(x) * 2 end
         local s = 0
         for i = 1, 40 do s = s + apply(inc, i) end   -- monomorphic: inc is inlined
         print(s, apply(dec, 10), apply(inc, 10))",
        20,
        u32::MAX,
    );
    assert_eq!(out, "1720\t18\t22\n");
    assert!(report.deopts(DeoptReason::CallTarget) >= 1, "{}", report.text);
    assert!(report.metrics.inlined_calls >= 1, "{}", report.text);
}

#[test]
fn a_guard_inside_an_inlined_callee_rebuilds_both_frames() {
    let (report, out) = run_optimized(
        "local function sq(x) return x * x end
         local function f(x) local y = sq(x) return y + 1 end
         local s = 0
         for i = 1, 40 do s = s + f(i) end            -- sq inlined into f, for integers
         print(s, f(1.5))                             -- the guard in sq fails: f and sq resume
         print(f(2))",
        20,
        u32::MAX,
    );
    assert_eq!(out, "22180\t3.25\n5\n");
    assert!(report.metrics.deopts_inlined >= 1, "{}", report.text);
    assert!(report.metrics.inlined_calls >= 1);
}

#[test]
fn errors_inside_inlined_callees_are_raised_from_the_callees_frame() {
    // The deopt hands the failing operation to the interpreter, which reports it with the
    // callee's line, variable name and a traceback through both functions.
    let (report, _) = run_optimized(
        "local function sq(x) return x * x end
         local function f(x) return sq(x) + 1 end
         for i = 1, 40 do f(i) end
         f(nil)",
        20,
        u32::MAX,
    );
    assert!(report.metrics.deopts_inlined >= 1, "{}", report.text);
}

#[test]
fn a_guard_in_an_osr_loop_deopts_back_into_the_interpreter() {
    let (report, out) = run_optimized(
        "local s = 0
         for i = 1, 20000 do
           if i == 15000 then s = s + 0.5 end   -- s turns into a float inside the compiled loop
           s = s + i
         end
         print(s)",
        1000,
        100,
    );
    assert_eq!(out, "200010000.5\n");
    assert!(report.metrics.osr_entries >= 1, "{}", report.text);
    assert!(report.metrics.deopts_osr >= 1, "{}", report.text);
}

#[test]
fn failing_speculation_is_recompiled_away_without_deopt_loops() {
    let (report, out) = run_optimized(
        "local function add(a, b) return a + b end
         local s = 0
         for i = 1, 5000 do s = add(s, i) end   -- compiled for integers
         for i = 1, 20000 do                     -- then floats half the time
           if i % 2 == 0 then s = add(s, i) else s = add(s, 0.5) end
         end
         print(s)",
        10,
        u32::MAX,
    );
    assert_eq!(out, "112517500.0\n");
    let deopts: u64 = report.metrics.deopts.values().sum();
    assert!(report.metrics.invalidations >= 1, "{}", report.text);
    assert!(deopts < 100, "deopts must not loop: {}", report.text);
    assert!(report.metrics.compiled["cranelift"] <= strata::jit::driver::MAX_VERSIONS as usize + 2, "{}", report.text);
}

#[test]
fn stress_knobs_keep_results_and_really_deopt() {
    let src = "local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
               local t = 0
               for i = 1, 300 do t = t + i * 2 end
               print(fib(20), t)";
    let mut config = VmConfig { engine: Engine::Cranelift, ..VmConfig::default() }.capture_output();
    config.jit.tier2_threshold = 5;
    config.jit.stress_deopt = 1;
    config.jit.stress_osr = true;
    config.jit.internal_errors_fatal = true;
    let mut vm = Vm::new(config);
    vm.run_source(src.as_bytes(), "stress.lua").expect("runs");
    assert_eq!(vm.output(), b"6765\t90300\n");
    let report = vm.jit_report().expect("a report");
    assert!(report.deopts(DeoptReason::Stress) > 100, "{}", report.text);
    assert!(report.metrics.osr_entries >= 1, "{}", report.text);
}

/// A numeric `for` that runs zero times leaves its control slots unwritten; a later loop's
/// OSR entry must not check them (it used to fail every time, deopt and recompile forever:
/// thousands of OSR compilations for this program).
#[test]
fn osr_below_a_skipped_for_loop_enters_once() {
    let mut config = VmConfig { engine: Engine::Cranelift, ..VmConfig::default() }.capture_output();
    config.jit.stress_osr = true;
    let mut vm = Vm::new(config);
    let src = "local function f(n)\n  for k = 2, 1 do end\n  local w = 0\n  while w < n do w = w + 1 end\n  return w\nend\nlocal s = 0\nfor i = 1, 1000 do s = s + f(8) end\nprint(s)";
    vm.run_source(src.as_bytes(), "skip.lua").expect("runs");
    assert_eq!(vm.output(), b"8000\n");
    let m = &vm.jit_report().expect("a report").metrics;
    assert!(m.osr_compiles <= 2, "{} OSR compilations", m.osr_compiles);
    assert_eq!(m.invalidations, 0);
}

/// Endless deopt and recompilation: a function whose operand kinds keep changing, called from
/// a loop that goes through OSR. Versions are capped (`MAX_VERSIONS`, then code without
/// speculation), so the machine code a run keeps stops growing: 40 phases and 400 phases
/// end with the same code size.
#[test]
fn code_memory_stays_bounded_under_endless_deopts() {
    let program = |phases: u32| {
        format!(
            "local function f(a, b) return a + b end
             local kinds = {{ 1, 0.5, 2^53, -3 }}
             local s = 0
             for phase = 1, {phases} do
               local k = kinds[phase % #kinds + 1]
               for i = 1, 300 do s = f(s, k) end
               s = s % 1000
             end
             print(s)"
        )
    };
    let code = |phases: u32| {
        let (report, _) = run_optimized(&program(phases), 10, 50);
        (report.metrics.code_bytes.values().sum::<usize>(), report.metrics.invalidations)
    };
    let (short, short_inv) = code(40);
    let (long, long_inv) = code(400);
    assert!(short_inv >= 1, "the phases must invalidate code");
    assert!(long_inv <= 2 * strata::jit::driver::MAX_VERSIONS as u64 * 2, "invalidations keep happening: {long_inv}");
    assert_eq!(short, long, "compiled code grew with the number of phases ({short_inv} vs {long_inv} invalidations)");
}

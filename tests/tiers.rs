//! The tiered engine end to end: interpreter → dynasm baseline → Cranelift, with the
//! baseline recording feedback for the optimizing tier, baseline loops entering optimized
//! code through OSR, invalidated optimized code falling back to the baseline, baseline
//! deopts, and `disasm --native`.

#![cfg(all(feature = "cranelift", feature = "dynasm", target_arch = "x86_64"))]

use strata::jit::deopt::DeoptReason;
use strata::jit::driver::JitReport;
use strata::{Engine, Vm, VmConfig};

/// Runs `src` with `engine` (configured by `tune`) and checks it prints what the interpreter
/// prints; returns the JIT report and the output.
fn run(src: &str, engine: Engine, tune: impl Fn(&mut VmConfig)) -> (JitReport, String) {
    let mut reference = Vm::new(VmConfig { engine: Engine::Interp, ..VmConfig::default() }.capture_output());
    let expected = reference.run_source(src.as_bytes(), "tiers.lua").map_err(|e| e.to_string());
    let want = String::from_utf8_lossy(&reference.take_output()).into_owned();
    let mut config = VmConfig { engine, ..VmConfig::default() }.capture_output();
    config.jit.internal_errors_fatal = true;
    tune(&mut config);
    let mut vm = Vm::new(config);
    let got = vm.run_source(src.as_bytes(), "tiers.lua").map_err(|e| e.to_string());
    assert_eq!(got, expected, "result differs from the interpreter");
    assert_eq!(String::from_utf8_lossy(&vm.output()), want, "output differs from the interpreter");
    (vm.jit_report().expect("a report").clone(), want)
}

fn compiled(r: &JitReport, backend: &str) -> usize {
    r.metrics.compiled.get(backend).copied().unwrap_or(0)
}

#[test]
fn hot_functions_climb_every_tier_on_baseline_feedback() {
    let src = r#"
        local function f(x) return x * 3 + 1 end
        local s = 0
        for i = 1, 100 do s = s + f(i) end
        print(s)
    "#;
    let (r, out) = run(src, Engine::Tiered, |c| {
        c.jit.tier1_threshold = 2;
        c.jit.tier2_threshold = 20;
        c.jit.osr_threshold = 1_000_000;
    });
    assert_eq!(out, "15250\n");
    assert_eq!(r.tier("f"), Some(Some("cranelift")));
    assert!(compiled(&r, "dynasm") >= 1 && compiled(&r, "cranelift") >= 1, "{}", r.text);
    // Calls 2..20 ran in the baseline, which recorded the types the optimizing tier
    // speculated on.
    assert!(r.metrics.speculated_ops > 0, "{}", r.text);
}

#[test]
fn baseline_code_counts_its_own_calls_when_it_started_eagerly() {
    // With --jit-eager everything starts in the baseline: the interpreter never ran `f`, so
    // both the call count and the feedback come from baseline code.
    let src = r#"
        local function f(a, b) if a < b then return a + b end return a - b end
        local s = 0
        for i = 1, 3000 do s = s + f(i, 1500) end
        print(s)
    "#;
    let (r, _) = run(src, Engine::Tiered, |c| {
        c.jit.eager = true;
        c.jit.tier2_threshold = 100;
    });
    assert_eq!(r.tier("f"), Some(Some("cranelift")), "{}", r.text);
    assert!(r.metrics.speculated_ops > 0, "{}", r.text);
}

#[test]
fn a_hot_loop_in_baseline_code_enters_optimized_code() {
    let src = r#"
        local acc = 0.0
        for i = 1, 5000 do acc = acc + i / 2 end
        print(acc)
    "#;
    let (r, out) = run(src, Engine::Tiered, |c| {
        c.jit.eager = true;
        c.jit.osr_threshold = 50;
    });
    assert_eq!(out, "6251250.0\n");
    assert_eq!(r.tier("main chunk"), Some(Some("dynasm")));
    // The loop went on in Cranelift's code (an OSR compilation, the only one).
    assert!(r.metrics.osr_entries >= 1 && r.metrics.osr_compiles == 1, "{}", r.text);
    assert_eq!(compiled(&r, "cranelift"), 1, "{}", r.text);
}

#[test]
fn invalidated_optimized_code_falls_back_to_the_baseline() {
    let src = r#"
        local function f(x) return x + 1 end
        local s = 0
        for i = 1, 2000 do s = s + f(i) end
        for i = 1, 10 do s = s + f(i + 0.5) end
        print(s)
    "#;
    let (r, out) = run(src, Engine::Tiered, |c| {
        c.jit.tier1_threshold = 2;
        c.jit.tier2_threshold = 1000;
        c.jit.osr_threshold = 1_000_000;
    });
    assert_eq!(out, "2003070.0\n");
    assert!(r.deopts(DeoptReason::TypeGuard) >= 3, "{}", r.text);
    assert!(r.metrics.invalidations >= 1, "{}", r.text);
    // Back in the baseline code (not the interpreter), counting towards a recompilation.
    assert_eq!(r.tier("f"), Some(Some("dynasm")), "{}", r.text);
    assert_eq!(compiled(&r, "dynasm"), 1, "the baseline code is reused, not recompiled: {}", r.text);
}

#[test]
fn baseline_stress_deopts_leave_for_the_interpreter_and_keep_results() {
    let src = r#"
        local function work(n)
          local s = 0
          for i = 1, n do if i % 3 == 0 then s = s + i else s = s - 1 end end
          return s
        end
        print(work(1000), work(7))
    "#;
    let (r, out) = run(src, Engine::Dynasm, |c| {
        c.jit.eager = true;
        c.jit.stress_deopt = 1;
    });
    assert_eq!(out, "166166\t4\n");
    assert!(r.deopts(DeoptReason::Stress) > 0, "{}", r.text);
}

#[test]
fn runtime_errors_in_baseline_code_are_the_interpreters() {
    for src in [
        "local function f(a, b) return a + b end\nprint(f(1, 2))\nprint(f(true, 2))",
        "local function f(a, b) return a .. b end\nprint(f('x', 1))\nprint(f('x', nil))",
        "local function f(n) return f(n + 1) + 1 end\nf(1)",
        "local x = 5\nlocal function f() return x < 'a' end\nprint(f())",
        "local function f(a) return #a end\nprint(f('abc'), f(3))",
        "local function f(a) return a // 0 end\nprint(f(3.0), f(3))",
    ] {
        for eager in [true, false] {
            let _ = run(src, Engine::Dynasm, |c| {
                c.jit.eager = eager;
                c.jit.tier1_threshold = 1;
            });
        }
    }
}

#[test]
fn disasm_native_shows_each_backends_code_next_to_the_bytecode() {
    let program =
        strata::lang::compile(b"local function f(a) return a + 1 end\nprint(f(41))", "d.lua").expect("compiles");
    let vm = Vm::new(VmConfig { engine: Engine::Tiered, ..VmConfig::default() });
    let text = vm.native_listing(program).expect("listing");
    assert!(text.contains(".function 1 \"f\""), "{text}");
    assert!(text.contains("; dynasm baseline:"), "{text}");
    assert!(text.contains("; cranelift entry:"), "{text}");
    // The baseline's pc map puts each bytecode instruction above its template.
    assert!(text.lines().any(|l| l.starts_with(';') && l.contains(": AddK")), "{text}");
    assert!(text.contains("push      rbp"), "{text}");
}

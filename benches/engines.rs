//! strata's engines against each other and against `lua5.4` on three kernels: fib(32)
//! (calls), a top-level float loop (mandelbrot 400x400, 200 iterations) and an integer loop
//! inside a function. Each program runs whole (compile + run) in strata, and as a `lua5.4`
//! process when it is installed, so all medians in a group are directly comparable.
//!
//! `cargo bench --bench engines` (add `-- fib` to run one group).

use std::path::Path;
use std::process::Command;

use criterion::{Criterion, criterion_group, criterion_main};
use strata::{Engine, Vm, VmConfig};

const PROGRAMS: &[&str] = &["fib", "mandelbrot", "intloop"];

fn lua_available() -> bool {
    Command::new("lua5.4").arg("-v").output().is_ok_and(|o| o.status.success())
}

/// The strata configurations raced: the interpreter, then each native engine compiled in,
/// with its default tier-up thresholds and with `--jit-eager`.
fn configs() -> Vec<(String, VmConfig)> {
    let mut all = vec![("strata-interp".to_string(), VmConfig { engine: Engine::Interp, ..VmConfig::default() })];
    for engine in [Engine::Dynasm, Engine::Cranelift, Engine::Tiered] {
        if !engine.available() {
            continue;
        }
        for eager in [false, true] {
            let mut config = VmConfig { engine, ..VmConfig::default() };
            config.jit.eager = eager;
            let suffix = if eager { "-eager" } else { "" };
            all.push((format!("strata-{}{suffix}", engine.name()), config));
        }
    }
    all
}

fn engines_vs_lua(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let lua = lua_available();
    for name in PROGRAMS {
        let path = dir.join(format!("{name}.lua"));
        let src = std::fs::read(&path).expect("benchmark program");
        let mut group = c.benchmark_group(*name);
        group.sample_size(10);
        for (label, config) in configs() {
            group.bench_function(label, |b| {
                b.iter(|| {
                    let mut vm = Vm::new(config.clone().capture_output());
                    vm.run_source(&src, "bench.lua").expect("runs");
                })
            });
        }
        if lua {
            group.bench_function("lua5.4", |b| {
                b.iter(|| {
                    let out = Command::new("lua5.4").arg(&path).output().expect("lua5.4 runs");
                    assert!(out.status.success());
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, engines_vs_lua);
criterion_main!(benches);

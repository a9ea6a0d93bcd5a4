//! strata's engines against each other and against `lua5.4`: each measurement is one whole run
//! of a program (parse, compile, execute) in a fresh `Vm` through the library API
//! (`Vm::new(..)` with output captured, `run_source`), and, when `lua5.4` is installed, one run
//! of `lua5.4 program.lua` as a process, so all medians of a program are directly comparable
//! (the process adds its start-up, a millisecond or so).
//!
//! Two groups, with ids `<group>/<engine>/<program>`:
//!
//! - `execute`: the race programs (`benches/programs/*.lua`, 0.1 to 5 s a run) in every engine
//!   this build has (`interp`, `dynasm`, `cranelift`, `tiered`, default thresholds) and
//!   `lua5.4`. Ten samples each (flat sampling, a short warm-up); a program slower than
//!   about 0.3 s runs once per sample, and criterion warns that it cannot complete 10 samples
//!   in the target time: expected.
//! - `execute_quick`: the quick kernels of `examples/` (fib(32), a top-level mandelbrot
//!   400x400 with 200 iterations, an integer loop in a function) in the same engines plus the
//!   native ones with `--jit-eager` (`dynasm-eager`, ...).
//!
//! `STRATA_BENCH_PROGRAMS` (a comma list of program names, such as `fib,mandelbrot`) restricts
//! both groups to those programs; by default they run all of theirs.
//!
//! ```text
//! cargo bench --bench engines                                  # everything (long)
//! cargo bench --bench engines -- execute_quick                 # the quick kernels only
//! STRATA_BENCH_PROGRAMS=fib,tak cargo bench --bench engines -- --quick execute/
//! cargo bench --bench engines -- 'execute/tiered/'             # one engine (a criterion filter)
//! ```

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use strata::{Engine, Vm, VmConfig};

mod support;
use support::{lua_files, name_of, selection};

/// The quick kernels, in `examples/`.
const QUICK: &[&str] = &["fib", "mandelbrot", "intloop"];

fn lua_available() -> bool {
    Command::new("lua5.4").arg("-v").output().is_ok_and(|o| o.status.success())
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The race programs, `(name, path)` sorted by name.
fn race_programs() -> Vec<(String, PathBuf)> {
    lua_files("benches/programs").into_iter().map(|p| (name_of(&p), p)).collect()
}

/// Whether `name` is selected.
fn selected(wanted: &Option<Vec<String>>, name: &str) -> bool {
    wanted.as_ref().is_none_or(|w| w.iter().any(|n| n == name))
}

/// The engines this build has, with default thresholds (`eager` adds the native ones with
/// `--jit-eager`), labelled by engine name.
fn configs(eager: bool) -> Vec<(String, VmConfig)> {
    let mut all = Vec::new();
    for engine in Engine::ALL.into_iter().filter(|e| e.available()) {
        let config = VmConfig { engine, ..VmConfig::default().capture_output() };
        all.push((engine.name().to_string(), config.clone()));
        if eager && engine != Engine::Interp {
            let mut config = config;
            config.jit.eager = true;
            all.push((format!("{}-eager", engine.name()), config));
        }
    }
    all
}

/// Benchmarks one program in every configuration and in `lua5.4` (if `lua`).
fn bench_program(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    path: &Path,
    configs: &[(String, VmConfig)],
    lua: bool,
) {
    let src = std::fs::read(path).expect("benchmark program");
    for (label, config) in configs {
        group.bench_function(BenchmarkId::new(label, name), |b| {
            b.iter(|| {
                let mut vm = Vm::new(config.clone());
                vm.run_source(&src, "bench.lua").expect("runs");
            })
        });
    }
    if lua {
        group.bench_function(BenchmarkId::new("lua5.4", name), |b| {
            b.iter(|| {
                let out = Command::new("lua5.4").arg(path).output().expect("lua5.4 runs");
                assert!(out.status.success(), "lua5.4 {}: {}", path.display(), String::from_utf8_lossy(&out.stderr));
            })
        });
    }
}

fn execute(c: &mut Criterion) {
    let race = race_programs();
    let mut known: Vec<&str> = race.iter().map(|(n, _)| n.as_str()).collect();
    known.extend(QUICK.iter().filter(|q| !race.iter().any(|(n, _)| n == *q)));
    let wanted = selection(&known);
    let lua = lua_available();

    let configs_race = configs(false);
    let mut group = c.benchmark_group("execute");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for (name, path) in race.iter().filter(|(n, _)| selected(&wanted, n)) {
        bench_program(&mut group, name, path, &configs_race, lua);
    }
    group.finish();

    let configs_quick = configs(true);
    let mut group = c.benchmark_group("execute_quick");
    group.sample_size(10).sampling_mode(SamplingMode::Flat).warm_up_time(Duration::from_millis(500));
    for name in QUICK.iter().filter(|n| selected(&wanted, n)) {
        let path = root().join("examples").join(format!("{name}.lua"));
        bench_program(&mut group, name, &path, &configs_quick, lua);
    }
    group.finish();
}

criterion_group!(benches, execute);
criterion_main!(benches);

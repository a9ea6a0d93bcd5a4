//! Compile speed of each backend on the same functions.
//!
//! For each set of programs and each backend (`dynasm`, `cranelift`), every function of the
//! set is planned once without feedback (outside the measurement) and then compiled by a
//! fresh backend: declare, define, finalize and entry, the backend's whole share of a
//! compilation (dropping the backend included). The sets are each race program
//! (`benches/programs/*.lua`, named by file stem), `corpus` (every program of
//! `conformance/programs` that compiles, as one aggregate) and `all` (the corpus and the race
//! programs together: the whole-set figure the README quotes). Benchmark ids are
//! `compile/<backend>/<set>` (`compile/dynasm/fib`), and each one's throughput is its number of
//! bytecode instructions, so criterion reports the time per instruction.
//!
//! Per-function time and code size cannot be criterion metrics, so before measuring the bench
//! prints a table, one row per set and backend: functions, bytecode instructions, code bytes
//! (the sum of `Compiled::code_bytes`), and from a timing of its own (the mean of a few whole
//! compiles with `std::time::Instant`) the time per compile, per function and per instruction,
//! and how many times longer Cranelift takes than dynasm. Functions a backend refuses
//! (`BackendError::Unsupported`) are left out of its row and counted as skipped.
//!
//! ```text
//! cargo bench --bench compile                        # everything
//! cargo bench --bench compile -- --quick             # shorter measurements
//! cargo bench --bench compile -- compile/dynasm/     # one backend (a criterion filter)
//! STRATA_BENCH_PROGRAMS=fib,corpus cargo bench --bench compile
//! ```
//!
//! `STRATA_BENCH_PROGRAMS` (a comma list of set names) restricts the sets, table included.

use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{BatchSize, BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use strata::backends::Backend;
use strata::bytecode::program::Program;
use strata::bytecode::verify::{ProgramFacts, verify};
use strata::jit::backend::{BackendError, CodegenBackend};
use strata::jit::plan::{Plan, PlanConfig};
use strata::state::feedback::FunctionFeedback;

mod support;
use support::{lua_files, name_of, selection};

/// A named set of compilable programs with their verifier facts.
struct Set {
    name: String,
    programs: Vec<(Program, ProgramFacts)>,
}

/// The program at `path` compiled and verified, if it compiles (corpus programs include
/// syntax errors).
fn load(path: &Path) -> Option<(Program, ProgramFacts)> {
    let src = std::fs::read(path).expect("program");
    let program = strata::lang::compile(&src, "bench.lua").ok()?;
    let facts = verify(&program).ok()?;
    Some((program, facts))
}

/// The sets `STRATA_BENCH_PROGRAMS` selects (all by default): each race program, `corpus`
/// and `all`.
fn sets() -> Vec<Set> {
    let race: Vec<(String, (Program, ProgramFacts))> = lua_files("benches/programs")
        .into_iter()
        .map(|path| {
            let name = name_of(&path);
            let loaded = load(&path).unwrap_or_else(|| panic!("{} does not compile", path.display()));
            (name, loaded)
        })
        .collect();
    let corpus: Vec<_> = lua_files("conformance/programs").iter().filter_map(|p| load(p)).collect();
    let mut names: Vec<String> = race.iter().map(|(n, _)| n.clone()).collect();
    names.extend(["corpus".to_string(), "all".to_string()]);
    let wanted = selection(&names);
    let mut all = corpus.clone();
    all.extend(race.iter().map(|(_, p)| p.clone()));
    let mut sets: Vec<Set> = race.into_iter().map(|(name, p)| Set { name, programs: vec![p] }).collect();
    sets.push(Set { name: "corpus".into(), programs: corpus });
    sets.push(Set { name: "all".into(), programs: all });
    sets.retain(|s| wanted.as_ref().is_none_or(|w| w.contains(&s.name)));
    sets
}

/// Makes a fresh backend (outside the timed part).
type MakeBackend = fn() -> Backend;

/// A set ready for one backend: the plans of every function it compiles.
struct Prepared {
    /// Per program, the plans of the functions the backend compiles.
    plans: Vec<Vec<Plan>>,
    functions: usize,
    instructions: u64,
    code_bytes: usize,
    /// Functions the backend refused.
    skipped: usize,
}

/// Plans every function of `set` for `config` (no feedback) and compiles each once with
/// `make`'s backend, keeping the ones it compiles and their code size.
fn prepare(set: &Set, config: &PlanConfig, make: MakeBackend) -> Prepared {
    let mut prepared = Prepared { plans: Vec::new(), functions: 0, instructions: 0, code_bytes: 0, skipped: 0 };
    let mut backend = make();
    for (program, facts) in &set.programs {
        let feedback: Vec<Box<FunctionFeedback>> = program
            .functions
            .iter()
            .map(|f| Box::new(FunctionFeedback::new(f.type_fb_count, f.call_fb_count)))
            .collect();
        let mut plans = Vec::new();
        for func in 0..program.functions.len() as u32 {
            let plan = Plan::build(program, facts, &feedback, func, config.clone()).expect("plan");
            match compile_one(&mut backend, program, facts, &plan) {
                Ok(bytes) => {
                    prepared.functions += 1;
                    prepared.instructions += plan.sub.instructions(0).len() as u64;
                    prepared.code_bytes += bytes;
                    plans.push(plan);
                }
                Err(BackendError::Unsupported(_)) => {
                    prepared.skipped += 1;
                    backend = make();
                }
                Err(e) => panic!("{}: function {func} of set {}: {e}", backend.name(), set.name),
            }
        }
        prepared.plans.push(plans);
    }
    prepared
}

/// One function's compilation: its code bytes.
fn compile_one(
    backend: &mut Backend,
    program: &Program,
    facts: &ProgramFacts,
    plan: &Plan,
) -> Result<usize, BackendError> {
    let func = plan.sub.root();
    backend.declare(program, func)?;
    let compiled = backend.define(program, facts, plan)?;
    backend.finalize()?;
    backend.entry(func)?;
    Ok(compiled.code_bytes)
}

/// What is measured: every planned function of the set compiled by `backend`, which is then
/// dropped.
fn compile_all(mut backend: Backend, set: &Set, prepared: &Prepared) {
    for ((program, facts), plans) in set.programs.iter().zip(&prepared.plans) {
        for plan in plans {
            compile_one(&mut backend, program, facts, plan).expect("compiles");
        }
    }
}

/// The mean time of [`compile_all`] over at least 3 runs and about 100 ms (at most 1000 runs).
fn mean_compile_time(set: &Set, prepared: &Prepared, make: MakeBackend) -> Duration {
    let mut total = Duration::ZERO;
    let mut runs = 0u32;
    while runs < 3 || (total < Duration::from_millis(100) && runs < 1000) {
        let backend = make();
        let start = Instant::now();
        compile_all(backend, set, prepared);
        total += start.elapsed();
        runs += 1;
    }
    total / runs
}

fn format_time(d: Duration) -> String {
    let us = d.as_secs_f64() * 1e6;
    if us >= 1e6 {
        format!("{:.3} s", us / 1e6)
    } else if us >= 1e3 {
        format!("{:.2} ms", us / 1e3)
    } else {
        format!("{us:.1} µs")
    }
}

fn compile_speed(c: &mut Criterion) {
    let sets = sets();
    // Each backend with its tier's plan configuration (the optimizing one speculates and
    // inlines nothing without feedback, so both compile the same functions generically).
    let backends: [(&str, PlanConfig, MakeBackend); 2] = [
        ("dynasm", PlanConfig::template(), || {
            Backend::from(strata::backends::dynasm::DynasmBackend::new().expect("backend"))
        }),
        ("cranelift", PlanConfig::optimizing(), || {
            Backend::from(strata::backends::cranelift::CraneliftBackend::new().expect("backend"))
        }),
    ];
    let prepared: Vec<Vec<Prepared>> =
        sets.iter().map(|set| backends.iter().map(|(_, config, make)| prepare(set, config, *make)).collect()).collect();

    println!("compile: each row the mean of at least 3 whole compiles of the set (std::time::Instant)");
    println!(
        "{:<14} {:<10} {:>6} {:>7} {:>10} {:>8} {:>10} {:>9} {:>9} {:>10}",
        "set", "backend", "funcs", "instrs", "code B", "B/instr", "compile", "µs/func", "ns/instr", "cl/dynasm"
    );
    for (set, prepared) in sets.iter().zip(&prepared) {
        let mut dynasm_time = None;
        for ((name, _, make), p) in backends.iter().zip(prepared) {
            let mean = mean_compile_time(set, p, *make);
            let ratio = match (*name, dynasm_time) {
                ("dynasm", _) => {
                    dynasm_time = Some(mean);
                    String::new()
                }
                (_, Some(d)) => format!("{:.1}x", mean.as_secs_f64() / d.as_secs_f64()),
                _ => String::new(),
            };
            let skipped = if p.skipped > 0 { format!("  ({} skipped)", p.skipped) } else { String::new() };
            let row = format!(
                "{:<14} {:<10} {:>6} {:>7} {:>10} {:>8.1} {:>10} {:>9.2} {:>9.1} {:>10}{skipped}",
                set.name,
                name,
                p.functions,
                p.instructions,
                p.code_bytes,
                p.code_bytes as f64 / p.instructions.max(1) as f64,
                format_time(mean),
                mean.as_secs_f64() * 1e6 / p.functions.max(1) as f64,
                mean.as_secs_f64() * 1e9 / p.instructions.max(1) as f64,
                ratio,
            );
            println!("{}", row.trim_end());
        }
    }
    println!();

    let mut group = c.benchmark_group("compile");
    group.sample_size(10).sampling_mode(SamplingMode::Flat).warm_up_time(Duration::from_secs(1));
    for (i, (name, _, make)) in backends.iter().enumerate() {
        for (set, prepared) in sets.iter().zip(&prepared) {
            let p = &prepared[i];
            group.throughput(Throughput::Elements(p.instructions));
            group.bench_function(BenchmarkId::new(*name, &set.name), |b| {
                b.iter_batched(make, |backend| compile_all(backend, set, p), BatchSize::PerIteration)
            });
        }
    }
    group.finish();
}

criterion_group!(benches, compile_speed);
criterion_main!(benches);

//! Compile speed of each backend on the same functions: every function of the corpus
//! (`conformance/programs`, the programs that compile) and of the benchmark programs,
//! planned once without feedback, then compiled by each backend (declare, define,
//! finalize, entry: the backend's whole share of a compilation). The group's throughput is
//! the number of bytecode instructions, so criterion reports the time per instruction.
//!
//! `cargo bench --bench compile`

use std::path::Path;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use strata::bytecode::program::Program;
use strata::bytecode::verify::{ProgramFacts, verify};
use strata::jit::backend::{Backend, CodegenBackend};
use strata::jit::feedback::FunctionFeedback;
use strata::jit::plan::{Plan, PlanConfig};

/// Every compilable program of the corpus and of the race, with its verifier facts.
fn programs() -> Vec<(Program, ProgramFacts)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    for dir in ["conformance/programs", "benches/programs"] {
        let mut entries: Vec<_> = std::fs::read_dir(root.join(dir))
            .expect("program directory")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "lua"))
            .collect();
        entries.sort();
        paths.extend(entries);
    }
    paths
        .into_iter()
        .filter_map(|path| {
            let src = std::fs::read(&path).expect("program");
            let program = strata::lang::compile(&src, "bench.lua").ok()?;
            let facts = verify(&program).ok()?;
            Some((program, facts))
        })
        .collect()
}

/// The plans of every function of `programs` for `config`, and their bytecode instruction
/// count.
fn plans(programs: &[(Program, ProgramFacts)], config: &PlanConfig) -> (Vec<Vec<Plan>>, u64) {
    let mut instructions = 0u64;
    let all = programs
        .iter()
        .map(|(program, facts)| {
            let feedback: Vec<FunctionFeedback> =
                program.functions.iter().map(|f| FunctionFeedback::new(f.type_fb_count, f.call_fb_count)).collect();
            (0..program.functions.len() as u32)
                .map(|func| {
                    let plan = Plan::build(program, facts, &feedback, func, config.clone()).expect("plan");
                    instructions += plan.sub.instructions(0).len() as u64;
                    plan
                })
                .collect()
        })
        .collect();
    (all, instructions)
}

/// Makes a fresh backend (outside the timed part).
type MakeBackend = fn() -> Backend;

fn compile_speed(c: &mut Criterion) {
    let programs = programs();
    let mut group = c.benchmark_group("compile");
    group.sample_size(10);
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
    for (name, config, make) in backends {
        let (plans, n) = plans(&programs, &config);
        group.throughput(Throughput::Elements(n));
        group.bench_function(name, |b| {
            b.iter_batched(
                make,
                |mut backend| {
                    for ((program, facts), plans) in programs.iter().zip(&plans) {
                        for plan in plans {
                            let func = plan.sub.root();
                            backend.declare(program, func).expect("declare");
                            backend.define(program, facts, plan).expect("define");
                            backend.finalize().expect("finalize");
                            backend.entry(func).expect("entry");
                        }
                    }
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, compile_speed);
criterion_main!(benches);

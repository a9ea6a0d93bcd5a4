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

struct Unit {
    program: Program,
    facts: ProgramFacts,
    plans: Vec<Plan>,
}

/// Every compilable program, with its functions' plans for `config`.
fn units(config: &PlanConfig) -> (Vec<Unit>, u64) {
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
    let mut units = Vec::new();
    let mut instructions = 0u64;
    for path in paths {
        let src = std::fs::read(&path).expect("program");
        let Ok(program) = strata::lang::compile(&src, "bench.lua") else { continue };
        let Ok(facts) = verify(&program) else { continue };
        let feedback: Vec<FunctionFeedback> =
            program.functions.iter().map(|f| FunctionFeedback::new(f.type_fb_count, f.call_fb_count)).collect();
        let mut plans = Vec::new();
        for func in 0..program.functions.len() as u32 {
            let plan = Plan::build(&program, &facts, &feedback, func, config.clone()).expect("plan");
            instructions += plan.sub.instructions(0).len() as u64;
            plans.push(plan);
        }
        units.push(Unit { program, facts, plans });
    }
    (units, instructions)
}

fn compile_all(backend: &mut Backend, units: &[Unit]) {
    for u in units {
        for plan in &u.plans {
            let func = plan.sub.root();
            backend.declare(&u.program, func).expect("declare");
            backend.define(&u.program, &u.facts, plan).expect("define");
            backend.finalize().expect("finalize");
            backend.entry(func).expect("entry");
        }
    }
}

fn compile_speed(c: &mut Criterion) {
    let mut group = c.benchmark_group("compile");
    group.sample_size(10);
    {
        let (units, n) = units(&PlanConfig::template());
        group.throughput(Throughput::Elements(n));
        group.bench_function("dynasm", |b| {
            b.iter_batched(
                || Backend::from(strata::backends::dynasm::DynasmBackend::new().expect("backend")),
                |mut backend| compile_all(&mut backend, &units),
                BatchSize::PerIteration,
            )
        });
    }
    {
        // The optimizing tier's configuration; without feedback nothing is speculated or
        // inlined, so this is the same functions compiled generically.
        let (units, n) = units(&PlanConfig::optimizing());
        group.throughput(Throughput::Elements(n));
        group.bench_function("cranelift", |b| {
            b.iter_batched(
                || Backend::from(strata::backends::cranelift::CraneliftBackend::new().expect("backend")),
                |mut backend| compile_all(&mut backend, &units),
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, compile_speed);
criterion_main!(benches);

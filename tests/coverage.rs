//! Every opcode is exercised: the corpus uses each one the compiler emits, and every backend
//! built into this strata compiles every function of the corpus natively (a template or
//! translation, or the opcode's generic helper path), so no corpus function stays
//! interpreted for lack of backend support.

use std::collections::BTreeSet;
mod support;

use strata::bytecode::Op;
use strata::{Engine, Vm, VmConfig};

/// The corpus programs that compile, with their names.
fn corpus() -> Vec<(String, strata::bytecode::Program)> {
    support::lua_files("conformance/programs")
        .into_iter()
        .filter_map(|p| {
            let src = std::fs::read(&p).expect("readable");
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            strata::lang::compile(&src, &name).ok().map(|prog| (name, prog))
        })
        .collect()
}

/// Opcodes the source compiler never emits (bytecode text may still use them; the verifier
/// and backends handle them like any other).
const NOT_EMITTED: &[Op] = &[Op::Nop];

#[test]
fn the_corpus_uses_every_opcode_the_compiler_emits() {
    let mut used = BTreeSet::new();
    for (_, p) in corpus() {
        for f in &p.functions {
            for ins in p.instructions(f).expect("decodes") {
                used.insert(ins.op as u8);
            }
        }
    }
    let missing: Vec<&str> = Op::ALL
        .iter()
        .filter(|op| !used.contains(&(**op as u8)) && !NOT_EMITTED.contains(op))
        .map(|op| op.name())
        .collect();
    assert!(missing.is_empty(), "opcodes no corpus program uses: {missing:?}");
}

#[test]
fn every_backend_compiles_every_corpus_function() {
    let engines: Vec<Engine> = [Engine::Dynasm, Engine::Cranelift].into_iter().filter(|e| e.available()).collect();
    let mut checked = 0;
    for (name, program) in corpus() {
        for &engine in &engines {
            let mut config = VmConfig { engine, ..VmConfig::default() };
            config.jit.internal_errors_fatal = true;
            let vm = Vm::new(config);
            let listing =
                vm.native_listing(program.clone()).unwrap_or_else(|e| panic!("{name} ({}): {e}", engine.name()));
            assert!(!listing.contains("not compiled"), "{name}: a function stays interpreted with {}", engine.name());
            checked += 1;
        }
    }
    assert!(checked >= 300 * engines.len());
}

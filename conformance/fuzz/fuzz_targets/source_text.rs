//! Arbitrary bytes as Lua source: the lexer, parser and compiler accept or refuse them with
//! an error, never a panic; what compiles also verifies, and every native backend compiles
//! it (or leaves a function interpreted) without an internal error. Nothing runs: arbitrary
//! source may loop forever.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(program) = strata::lang::compile(data, "fuzz.lua") else { return };
    if let Err(e) = strata::bytecode::verify::verify(&program) {
        panic!("the compiler made a program the verifier rejects: {e}");
    }
    if let Err(e) = common::compile_natively(program) {
        panic!("a compiled program did not go native: {e}");
    }
});

//! Arbitrary bytecode text: the text parser and the verifier reject it with an error, or the
//! program is well formed and every native backend compiles it (or leaves a function
//! interpreted) without an internal error. Never a panic or a crash. Nothing runs: verified
//! bytecode may loop forever.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(program) = strata::bytecode::text::parse(text) else { return };
    if strata::bytecode::verify::verify(&program).is_err() {
        return;
    }
    if let Err(e) = common::compile_natively(program) {
        panic!("a verified program did not go native: {e}");
    }
});

//! Source to all engines, differential: the input drives the conformance generator
//! (`conformance/luagen.rs`, the same one proptest drives) into a valid, terminating program,
//! which runs in every engine mode of this build; every mode must agree with the reference
//! interpreter (stdout, exit code, error message).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../common.rs"]
mod common;
#[path = "../../luagen.rs"]
mod luagen;

fuzz_target!(|data: &[u8]| {
    let src = luagen::program(data);
    let want = common::interp_outcome(src.as_bytes(), "gen.lua");
    if let Some((mode, got)) = common::first_divergence(src.as_bytes(), "gen.lua", &want, None) {
        panic!("{mode} differs from interp:\n{}\nprogram:\n{src}", common::describe_mismatch(&want, &got));
    }
});

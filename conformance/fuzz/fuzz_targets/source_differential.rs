//! Source to all engines, differential: the input drives the conformance generator
//! (`conformance/luagen.rs`, the same one proptest drives) into a valid, terminating program,
//! which runs in every engine mode of this build; every mode must agree with the reference
//! interpreter (stdout, exit code, error message).
#![no_main]

use libfuzzer_sys::fuzz_target;
use strata::Engine;

#[path = "../../common.rs"]
mod common;
#[path = "../../luagen.rs"]
mod luagen;

fuzz_target!(|data: &[u8]| {
    let src = luagen::program(data);
    let modes = common::modes();
    let reference = modes.iter().find(|m| m.config.engine == Engine::Interp).expect("the interpreter mode");
    let want = common::run_strata(&reference.config, src.as_bytes(), "gen.lua");
    for mode in modes.iter().filter(|m| m.name != reference.name) {
        let got = common::run_strata(&mode.config, src.as_bytes(), "gen.lua");
        if got != want {
            panic!("{} differs from interp:\n{}\nprogram:\n{src}", mode.name, common::describe_mismatch(&want, &got));
        }
    }
});

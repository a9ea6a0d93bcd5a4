//! Golden codegen tests, in the style of Cranelift's filetests: each `tests/golden/NAME.lua`
//! runs in the interpreter (gathering feedback), then `NAME.expected` pins
//! - for every function, the optimizing tier's plan (`Plan::describe`: the known tags of each
//!   instruction's operands, the speculations, inlined and direct calls, parameter guards);
//! - the baseline's machine code for every function (`strata disasm --native --engine
//!   dynasm`), with addresses, which differ from run to run, replaced by `<addr>`.
//!
//! A change in what the compilers decide shows up as a diff here. When it is meant,
//! `STRATA_BLESS=1 cargo test --test golden` rewrites the expectations.

mod support;

use std::path::Path;
use std::sync::Arc;

use strata::bytecode::verify::verify;
use strata::jit::plan::{Plan, PlanConfig};

/// Replaces every hexadecimal number of 8 digits or more (code and helper addresses).
fn normalize(listing: &str) -> String {
    let mut out = String::with_capacity(listing.len());
    let chars: Vec<char> = listing.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && chars[i].is_ascii_hexdigit() {
            i += 1;
        }
        let after_0x = start >= 2 && chars[start - 1] == 'x' && chars[start - 2] == '0';
        let boundary_before = start == 0 || !chars[start - 1].is_ascii_alphanumeric() || after_0x;
        if i - start >= 8 && boundary_before {
            out.push_str("<addr>");
            if i < chars.len() && chars[i] == 'h' {
                i += 1;
            }
        } else if i > start {
            out.extend(&chars[start..i]);
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

fn golden(path: &Path) -> String {
    let src = std::fs::read(path).expect("readable");
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let program = strata::lang::compile(&src, &name).expect("compiles");
    let facts = verify(&program).expect("verifies");
    let (program, facts) = (Arc::new(program), Arc::new(facts));
    let mut vm =
        strata::interp::new_state(program.clone(), facts.clone(), 1000, Box::new(std::io::sink())).expect("vm");
    vm.run_main().expect("runs");
    let mut out = String::new();
    for (f, func) in program.functions.iter().enumerate() {
        out.push_str(&format!("== plan of {} (optimizing)\n", func.name));
        match Plan::build(&program, &facts, &vm.feedback, f as u32, PlanConfig::optimizing()) {
            Ok(plan) => out.push_str(&plan.describe(&program, &facts)),
            Err(e) => out.push_str(&format!("no plan: {e}\n")),
        }
    }
    #[cfg(all(feature = "dynasm", target_arch = "x86_64"))]
    {
        let vm = strata::Vm::new(strata::VmConfig { engine: strata::Engine::Dynasm, ..strata::VmConfig::default() });
        let listing = vm.native_listing((*program).clone()).expect("compiles");
        out.push_str("== baseline code\n");
        out.push_str(&normalize(&listing));
    }
    out
}

#[test]
fn codegen_matches_the_golden_files() {
    if !cfg!(all(feature = "dynasm", target_arch = "x86_64")) {
        eprintln!("skipped: the expectations include the dynasm baseline's code, which this build lacks");
        return;
    }
    let files = support::lua_files("tests/golden");
    assert!(files.len() >= 3);
    let bless = std::env::var_os("STRATA_BLESS").is_some();
    let mut failures = Vec::new();
    for path in &files {
        let got = golden(path);
        let expected_path = path.with_extension("expected");
        if bless {
            std::fs::write(&expected_path, &got).expect("writable");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            let line = got.lines().zip(expected.lines()).position(|(a, b)| a != b).unwrap_or(0);
            failures.push(format!(
                "{}: differs from {} first at line {} (got {:?}); STRATA_BLESS=1 rewrites it",
                path.display(),
                expected_path.display(),
                line + 1,
                got.lines().nth(line).unwrap_or("")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn normalize_hides_addresses_only() {
    assert_eq!(
        normalize("jne 00007F5726A4D44Dh\n  e7  cmp qword ptr [r12+10h],2"),
        "jne <addr>\n  e7  cmp qword ptr [r12+10h],2"
    );
    assert_eq!(normalize("1102 bytes at 0x7f7f4e353000"), "1102 bytes at 0x<addr>");
}

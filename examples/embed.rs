//! Embedding strata: run Lua source from Rust, capture what it prints, handle errors.
//!
//! `cargo run --release --example embed`

use strata::{Engine, Vm, VmConfig, VmError};

fn main() {
    let config = VmConfig { engine: Engine::Tiered, ..VmConfig::default() }.capture_output();
    let mut vm = Vm::new(config);

    let program = br#"
        local function greet(name) return "hello, " .. name end
        print(greet("embedder"), 6 * 7, 2^0.5)
    "#;
    vm.run_source(program, "greeting.lua").expect("the program runs");
    print!("captured: {}", String::from_utf8_lossy(&vm.take_output()));

    // Errors come back as values with Lua's message; nothing panics.
    match vm.run_source(b"local t\nprint(t.x)", "broken.lua") {
        Err(VmError::Syntax(e)) => println!("refused: {e}"),
        other => println!("unexpected: {other:?}"),
    }
    match vm.run_source(b"local n\nreturn n + 1", "failing.lua") {
        Err(VmError::Runtime(e)) => println!("runtime error: {e}"),
        other => println!("unexpected: {other:?}"),
    }
}

//! Embedding strata: a persistent Lua state, Rust functions Lua calls, Lua functions Rust
//! calls, tables both ways, errors as values, a memory limit.
//!
//! `cargo run --release --example embed`

use strata::{Error, Function, Table, Vm, VmConfig};

fn main() -> Result<(), Error> {
    let vm = Vm::new(VmConfig::default().capture_output());

    // A "plugin" API the host offers its scripts: Rust functions in a table.
    let host = vm.create_table()?;
    host.set("version", "1.0")?;
    host.set(
        "log",
        vm.create_function(|_, msg: String| {
            println!("[plugin] {msg}");
            Ok(())
        })?,
    )?;
    let mut events = 0;
    host.set(
        "count_event",
        vm.create_function_mut(move |_, ()| {
            events += 1;
            Ok(events)
        })?,
    )?;
    vm.globals().set("host", host)?;

    // The plugin: loaded once; its state persists between calls.
    vm.load(
        r#"
        local seen = {}
        function on_event(name, payload)
          seen[#seen + 1] = name
          local n = host.count_event()
          host.log(string.format("event %d: %s (%d bytes)", n, name, #payload))
          return #seen
        end
        function summary() return table.concat(seen, ",") end
        "#,
    )
    .set_name("@plugin.lua")
    .exec()?;

    // The host calls into the plugin: hot enough to run compiled.
    let on_event: Function = vm.globals().get("on_event")?;
    for i in 0..3 {
        let count: i64 = on_event.call((format!("tick{i}"), "x".repeat(i * 10)))?;
        assert_eq!(count, i as i64 + 1);
    }
    let summary: String = vm.load("summary()").eval()?;
    println!("summary: {summary}");

    // Tables convert to Rust collections.
    let config: Table = vm.load("{ width = 640, height = 480, names = {'a', 'b'} }").eval()?;
    let names: Vec<String> = config.get("names")?;
    println!("config: {}x{} {:?}", config.get::<i64>("width")?, config.get::<i64>("height")?, names);

    // Errors come back with Lua's message and traceback; the VM goes on.
    match vm.load("local t = nil\nreturn t.x").set_name("@broken.lua").exec() {
        Err(Error::RuntimeError { message, traceback, .. }) => println!("runtime error: {message}\n{traceback}"),
        other => println!("unexpected: {other:?}"),
    }
    match vm.load("x = = 1").exec() {
        Err(Error::SyntaxError { message, .. }) => println!("refused: {message}"),
        other => println!("unexpected: {other:?}"),
    }

    // A memory limit: a runaway script gets Lua's `not enough memory`, catchable in Lua.
    vm.set_memory_limit(32 << 20)?;
    let (ok, err): (bool, String) =
        vm.load("return pcall(function() local t = {} while true do t[#t + 1] = {} end end)").eval()?;
    println!("runaway script: ok={ok}, error={err}");
    Ok(())
}

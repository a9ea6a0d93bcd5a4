//! A sandboxed evaluator: untrusted snippets run with a few safe libraries, a memory limit
//! and a time limit (a watchdog thread that interrupts the VM), and each failure comes back
//! as an error the host can show; the VM stays usable for the next snippet.
//!
//! `cargo run --release --example sandbox`

use std::sync::mpsc;
use std::time::Duration;

use strata::{Error, StdLib, Vm, VmConfig};

/// Evaluates `src` in `vm`, stopping it after `limit`.
fn eval_with_deadline(vm: &Vm, src: &str, limit: Duration) -> Result<String, Error> {
    let handle = vm.interrupt_handle();
    let (done, finished) = mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        // Interrupt unless the snippet finishes first.
        if finished.recv_timeout(limit).is_err() {
            handle.interrupt();
        }
    });
    let result = vm.load(src).set_name("=snippet").eval::<strata::Value>();
    let _ = done.send(());
    let _ = watchdog.join();
    let v = result?;
    // Lua's own `tostring`, so every value prints as a Lua program would show it.
    let tostring: strata::Function = vm.globals().get("tostring")?;
    tostring.call::<String>(v)
}

fn main() {
    let config = VmConfig {
        // No io, os, package, debug: no files, processes or internals; no dofile/require.
        std_libs: StdLib::TABLE | StdLib::STRING | StdLib::MATH | StdLib::UTF8 | StdLib::COROUTINE,
        ..VmConfig::default()
    };
    let vm = Vm::new(config);
    vm.set_memory_limit(32 << 20).expect("the limit is set");

    let snippets = [
        "1 + 2 * 3",
        "string.format('%d items, %.2f each', 3, 1.5)",
        "(function() local t = {} for i = 1, 10 do t[i] = i * i end return table.concat(t, ' ') end)()",
        // Endless: stopped by the watchdog.
        "(function() while true do end end)()",
        // Catching the interrupt does not help: the request holds until the host has control.
        "(function() while true do pcall(function() while true do end end) end end)()",
        // Greedy: stopped by the memory limit (a catchable error inside Lua, too).
        "(function() local t = {} for i = 1, 1e9 do t[i] = ('x'):rep(100) .. i end end)()",
        "select(2, pcall(function() local s = 'x' while true do s = s .. s end end))",
        // Not there in the sandbox.
        "io.open('/etc/passwd')",
        "os.execute('true')",
        // A syntax error.
        "1 +",
        // The VM is still fine.
        "#'still usable'",
    ];
    for src in snippets {
        match eval_with_deadline(&vm, src, Duration::from_millis(200)) {
            Ok(v) => println!("{src}\n  = {v}"),
            Err(Error::Interrupted) => println!("{src}\n  ! stopped: took too long"),
            Err(Error::MemoryError(m)) => println!("{src}\n  ! stopped: {m}"),
            Err(e) => println!("{src}\n  ! error: {}", e.to_string().lines().next().unwrap_or_default()),
        }
    }
}

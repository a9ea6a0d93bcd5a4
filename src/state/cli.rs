//! What a `lua`-style command line asks a VM to run (`Vm::run_cli`; the interpreter runs
//! the steps).

/// A `lua`-style command line's work (`Vm::run_cli`).
#[derive(Clone, Debug, Default)]
pub struct CliRun {
    /// The global `arg`: index and text (0 is the script, negative the interpreter and its
    /// options, positive the script's arguments).
    pub arg: Vec<(i64, Vec<u8>)>,
    pub steps: Vec<CliStep>,
}

/// One step of a command line, in order.
#[derive(Clone, Debug)]
pub enum CliStep {
    /// Runs a chunk: `source` is `@file`, `=(command line)`, `=stdin` or `=LUA_INIT`;
    /// `args` are its `...`.
    Chunk { src: Vec<u8>, source: String, args: Vec<Vec<u8>> },
    /// `-l global=module`: `global = require(module)`.
    Require { global: String, module: String },
    /// `-W`: warnings on.
    Warnings,
    /// The interactive prompt (`-i`, or no script on a terminal).
    Prompt,
}

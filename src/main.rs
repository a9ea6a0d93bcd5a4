//! The `strata` command line: run programs, disassemble them, race them against peers.

mod bench;
mod lua_cli;

use std::io::{Read, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use strata::{Engine, Vm, VmConfig, VmError};

#[derive(Parser)]
#[command(name = "strata", version, about = "A tiered JIT for a Lua 5.4 subset")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a Lua program (`-` reads standard input); `.sbc` files are bytecode text.
    Run {
        #[command(flatten)]
        opts: EngineOpts,
        /// The program.
        file: String,
    },
    /// Print a program's bytecode in the text format (which `run` accepts as `.sbc`).
    Disasm {
        /// Also compile every function with each native backend of the engine and show its
        /// machine code (x86-64, Intel syntax) next to the bytecode.
        #[arg(long)]
        native: bool,
        /// With --native: interp, dynasm, cranelift or tiered (every backend this build has).
        #[arg(long, default_value = "tiered")]
        engine: String,
        /// The program.
        file: String,
    },
    /// Race strata's engines against lua5.4, luajit and node on benches/programs (whole
    /// processes, interleaved runs, outputs checked); writes bench.json, bench.md, bench.svg.
    Bench(bench::BenchArgs),
}

/// The engine and its flags (`strata run`, and before the script in `lua`'s form).
#[derive(clap::Args)]
struct EngineOpts {
    /// interp, dynasm, cranelift or tiered (every tier this build has).
    #[arg(long, default_value = "tiered")]
    engine: String,
    /// The JIT's tunables (`jit::tunables`).
    #[command(flatten)]
    jit: JitArgs,
    /// Maximum Lua call depth before `stack overflow`.
    #[arg(long, default_value_t = strata::DEFAULT_RECURSION_LIMIT)]
    recursion_limit: usize,
    /// Maximum value-stack slots before `stack overflow` (Lua's LUAI_MAXSTACK).
    #[arg(long, default_value_t = strata::DEFAULT_STACK_SLOTS)]
    stack_slots: usize,
    /// Collect garbage at every safepoint (slow; for testing the collector).
    #[arg(long)]
    stress_gc: bool,
}

impl EngineOpts {
    /// The VM configuration, or the usage error's exit code for an unknown engine.
    fn config(&self) -> Result<VmConfig, ExitCode> {
        let engine = engine_arg(&self.engine)?;
        let mut config = VmConfig {
            engine,
            recursion_limit: self.recursion_limit,
            stack_slots: self.stack_slots,
            stress_gc: self.stress_gc,
            ..VmConfig::default()
        };
        self.jit.apply(&mut config.jit);
        // A threshold of 0 would never be reached by counting up: 1 is "at once".
        config.jit.tier1_threshold = config.jit.tier1_threshold.max(1);
        config.jit.tier2_threshold = config.jit.tier2_threshold.max(1);
        config.jit.osr_threshold = config.jit.osr_threshold.max(1);
        Ok(config)
    }
}

/// The engine options alone, parsed from `--name [value]` arguments.
#[derive(Parser)]
#[command(name = "strata", no_binary_name = true)]
struct EngineOnly {
    #[command(flatten)]
    opts: EngineOpts,
}

/// The JIT's flags, one per row of the tunables table.
macro_rules! jit_args {
    ($( $field:ident : $ty:ty = $default:expr, $constant:ident, $flag:literal, $doc:literal; )*) => {
        #[derive(clap::Args)]
        struct JitArgs {
            $(
                #[doc = $doc]
                #[arg(long = $flag, default_value_t = strata::jit::tunables::$constant)]
                $field: $ty,
            )*
        }

        impl JitArgs {
            fn apply(&self, config: &mut strata::jit::driver::JitConfig) {
                $( config.$field = self.$field; )*
            }
        }
    };
}
strata::for_each_tunable!(jit_args);

/// The chunk name Lua shows for a script path (`luaO_chunkid`: long paths keep their tail).
fn chunk_name(path: &str) -> String {
    if path == "-" {
        return "stdin".into();
    }
    if path.len() <= 59 {
        path.to_string()
    } else {
        let tail = &path.as_bytes()[path.len() - 56..];
        format!("...{}", String::from_utf8_lossy(tail))
    }
}

fn read_input(path: &str) -> Result<Vec<u8>, String> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| format!("cannot read stdin: {e}"))?;
        return Ok(buf);
    }
    std::fs::read(path).map_err(|_| format!("cannot open {path}"))
}

/// The exit of a run: success, `os.exit`'s code, or the error reported as `lua` reports it.
fn finish(result: Result<(), VmError>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(VmError::Exit(code)) => ExitCode::from(code as u8),
        Err(e) => {
            let text = match &e {
                VmError::Runtime(le) => le.full_text(),
                e => e.to_string(),
            };
            report(&format!("strata: {text}\n"));
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

/// Writes to stderr, ignoring failures (a closed pipe must not turn into a panic).
fn report(text: &str) {
    let _ = std::io::stderr().write_all(text.as_bytes());
}

fn fail(msg: &str, code: u8) -> ExitCode {
    report(&format!("strata: {msg}\n"));
    ExitCode::from(code)
}

/// The engine called `name`, or the usage message for an unknown name.
fn engine_named(name: &str) -> Result<Engine, String> {
    Engine::from_name(name)
        .ok_or_else(|| format!("unknown engine '{name}' (expected interp, dynasm, cranelift or tiered)"))
}

/// The `--engine` argument, or the usage error (exit code 2) for an unknown name.
fn engine_arg(name: &str) -> Result<Engine, ExitCode> {
    engine_named(name).map_err(|msg| fail(&msg, 2))
}

/// The subcommands (and clap's own options); any other first argument is `lua`'s form.
const SUBCOMMANDS: &[&str] = &["run", "disasm", "bench", "help", "--help", "--version", "-V"];

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.get(1).is_none_or(|a| !SUBCOMMANDS.iter().any(|s| a == *s)) {
        return lua_cli::main(&args);
    }
    let cli = Cli::parse();
    match cli.command {
        Command::Run { opts, file } => {
            let config = match opts.config() {
                Ok(c) => c,
                Err(code) => return code,
            };
            let src = match read_input(&file) {
                Ok(s) => s,
                Err(e) => return fail(&e, 1),
            };
            let mut vm = Vm::new(config);
            lua_cli::interrupt_on_sigint(vm.interrupt_handle());
            let result = if file.ends_with(".sbc") {
                match std::str::from_utf8(&src) {
                    Ok(text) => vm.run_bytecode_text(text),
                    Err(_) => return fail(&format!("{file}: bytecode text is not UTF-8"), 1),
                }
            } else {
                vm.run_source(&src, &chunk_name(&file))
            };
            finish(result)
        }
        Command::Bench(args) => bench::main(args),
        Command::Disasm { native, engine, file } => {
            let src = match read_input(&file) {
                Ok(s) => s,
                Err(e) => return fail(&e, 1),
            };
            let program = match strata::lang::compile(&src, &chunk_name(&file)) {
                Ok(p) => p,
                Err(e) => return fail(&e.to_string(), 1),
            };
            if !native {
                let _ = std::io::stdout().write_all(strata::bytecode::text::print(&program).as_bytes());
                return ExitCode::SUCCESS;
            }
            let engine = match engine_arg(&engine) {
                Ok(e) => e,
                Err(code) => return code,
            };
            let vm = Vm::new(VmConfig { engine, ..VmConfig::default() });
            match vm.native_listing(program) {
                Ok(text) => {
                    let _ = std::io::stdout().write_all(text.as_bytes());
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e.to_string(), e.exit_code() as u8),
            }
        }
    }
}

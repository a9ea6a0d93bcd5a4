//! `strata [options] [script [args]]`: the command line of `lua` (`-e`, `-l`, `-i`, `-v`,
//! `-E`, `-W`, `--`, `-`, `LUA_INIT`, the `arg` table), plus strata's engine flags
//! (`--engine NAME`, the JIT's `--...` flags) anywhere before the script.

use std::ffi::OsString;
use std::io::{IsTerminal, Read};
use std::os::unix::ffi::OsStrExt;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use strata::{CliRun, CliStep, Vm};

use crate::{EngineOnly, finish, report};

const USAGE: &str = "usage: strata [options] [script [args]]
Available options are:
  -e stat   execute string 'stat'
  -i        enter interactive mode after executing 'script'
  -l mod    require library 'mod' into global 'mod'
  -l g=mod  require library 'mod' into global 'g'
  -v        show version information
  -E        ignore environment variables
  -W        turn warnings on
  --        stop handling options
  -         stop handling options and execute stdin
  --engine NAME and the JIT's flags (see 'strata run --help') choose the engine
Subcommands: strata run|disasm|bench|help
";

fn version() -> String {
    format!("strata {} (Lua 5.4)  a tiered JIT for Lua", env!("CARGO_PKG_VERSION"))
}

fn usage_error(msg: &str) -> ExitCode {
    report(&format!("strata: {msg}\n{USAGE}"));
    ExitCode::from(1)
}

/// An option of `-e`/`-l` in its own word or glued (`-estat`).
fn option_value(args: &[OsString], i: &mut usize, name: &str) -> Result<Vec<u8>, ExitCode> {
    let a = args[*i].as_bytes();
    if a.len() > 2 {
        return Ok(a[2..].to_vec());
    }
    *i += 1;
    match args.get(*i) {
        Some(v) if !v.as_bytes().starts_with(b"-") => Ok(v.as_bytes().to_vec()),
        _ => Err(usage_error(&format!("'{name}' needs argument"))),
    }
}

/// The engine flags that take a value (`--engine NAME`, `--tier1-threshold N`, ...).
fn takes_value(flag: &str) -> bool {
    EngineOnly::command().get_arguments().any(|a| a.get_long() == Some(flag) && a.get_action().takes_values())
}

pub fn main(argv: &[OsString]) -> ExitCode {
    let args = &argv[1..];
    let (mut engine_args, mut steps) = (Vec::new(), Vec::new());
    let (mut interactive, mut show_version, mut ignore_env, mut ran_code) = (false, false, false, false);
    let mut i = 0;
    // Lua's `collectargs`, in order.
    while i < args.len() {
        let a = args[i].as_bytes();
        if a.starts_with(b"--") && a.len() > 2 {
            let flag = String::from_utf8_lossy(&a[2..]).into_owned();
            engine_args.push(args[i].clone());
            if !flag.contains('=') && takes_value(&flag) && i + 1 < args.len() {
                i += 1;
                engine_args.push(args[i].clone());
            }
            i += 1;
            continue;
        }
        if a.first() != Some(&b'-') {
            break;
        }
        match a {
            b"--" => {
                i += 1;
                break;
            }
            b"-" => break,
            b"-E" => ignore_env = true,
            b"-W" => steps.push(CliStep::Warnings),
            b"-i" => {
                interactive = true;
                show_version = true;
            }
            b"-v" => show_version = true,
            _ if a.starts_with(b"-e") => match option_value(args, &mut i, "-e") {
                Ok(src) => {
                    ran_code = true;
                    steps.push(CliStep::Chunk { src, source: "=(command line)".into(), args: Vec::new() });
                }
                Err(code) => return code,
            },
            _ if a.starts_with(b"-l") => match option_value(args, &mut i, "-l") {
                Ok(spec) => {
                    let spec = String::from_utf8_lossy(&spec).into_owned();
                    let (global, module) = match spec.split_once('=') {
                        Some((g, m)) => (g.to_string(), m.to_string()),
                        None => (spec.clone(), spec),
                    };
                    steps.push(CliStep::Require { global, module });
                }
                Err(code) => return code,
            },
            _ => return usage_error(&format!("unrecognized option '{}'", String::from_utf8_lossy(a))),
        }
        i += 1;
    }
    let script = (i < args.len()).then_some(i);
    let opts = match EngineOnly::try_parse_from(&engine_args) {
        Ok(o) => o.opts,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(2);
        }
    };
    let config = match opts.config() {
        Ok(c) => c,
        Err(code) => return code,
    };
    if show_version {
        println!("{}", version());
    }
    // `arg`: the script at 0, its arguments after, the interpreter and options before.
    let base = script.map_or(0, |s| s as i64 + 1);
    let mut arg = vec![(-base, b"strata".to_vec())];
    for (k, a) in args.iter().enumerate() {
        arg.push((k as i64 + 1 - base, a.as_bytes().to_vec()));
    }
    let mut run = CliRun { arg, steps: Vec::new() };
    if !ignore_env && let Some(init) = std::env::var_os("LUA_INIT_5_4").or_else(|| std::env::var_os("LUA_INIT")) {
        let init = init.as_bytes();
        let step = match init.strip_prefix(b"@") {
            Some(path) => match read_script(path) {
                Ok(src) => {
                    CliStep::Chunk { src, source: format!("@{}", String::from_utf8_lossy(path)), args: Vec::new() }
                }
                Err(msg) => {
                    report(&format!("strata: {msg}\n"));
                    return ExitCode::from(1);
                }
            },
            None => CliStep::Chunk { src: init.to_vec(), source: "=LUA_INIT".into(), args: Vec::new() },
        };
        run.steps.push(step);
    }
    run.steps.extend(steps);
    match script {
        Some(s) => {
            let name = args[s].as_bytes();
            let script_args = args[s + 1..].iter().map(|a| a.as_bytes().to_vec()).collect();
            let (src, source) = if name == b"-" {
                let mut src = Vec::new();
                let _ = std::io::stdin().read_to_end(&mut src);
                (src, "=stdin".to_string())
            } else {
                match read_script(name) {
                    Ok(src) => (src, format!("@{}", String::from_utf8_lossy(name))),
                    Err(msg) => {
                        report(&format!("strata: {msg}\n"));
                        return ExitCode::from(1);
                    }
                }
            };
            run.steps.push(CliStep::Chunk { src, source, args: script_args });
            if interactive {
                run.steps.push(CliStep::Prompt);
            }
        }
        None if interactive => run.steps.push(CliStep::Prompt),
        None if !ran_code && !show_version => {
            if std::io::stdin().is_terminal() {
                println!("{}", version());
                run.steps.push(CliStep::Prompt);
            } else {
                let mut src = Vec::new();
                let _ = std::io::stdin().read_to_end(&mut src);
                run.steps.push(CliStep::Chunk { src, source: "=stdin".into(), args: Vec::new() });
            }
        }
        None => {}
    }
    let mut vm = Vm::new(config);
    interrupt_on_sigint(vm.interrupt_handle());
    finish(vm.run_cli(run))
}

/// `lua`'s Ctrl-C: the running chunk stops with the error `interrupted!` (its traceback and
/// exit code 1, or back to the prompt) instead of the process dying. The handler asks
/// through [`strata::InterruptHandle::try_interrupt`], which never blocks (no thread, no
/// pipe: a watcher thread's malloc arena alone would take 128 MiB of address space).
pub fn interrupt_on_sigint(handle: strata::InterruptHandle) {
    static HANDLE: std::sync::OnceLock<strata::InterruptHandle> = std::sync::OnceLock::new();
    extern "C" fn on_sigint(_: libc::c_int) {
        if let Some(h) = HANDLE.get() {
            h.try_interrupt();
        }
    }
    if HANDLE.set(handle).is_ok() {
        let handler = on_sigint as extern "C" fn(libc::c_int);
        // SAFETY: the handler only reads a set `OnceLock` and makes atomic stores.
        unsafe { libc::signal(libc::SIGINT, handler as libc::sighandler_t) };
    }
}

/// A script's text (a leading `#` line and a UTF-8 byte-order mark skipped, as `lua` does),
/// or `lua`'s message for a file it cannot read.
fn read_script(path: &[u8]) -> Result<Vec<u8>, String> {
    let p = std::path::Path::new(std::ffi::OsStr::from_bytes(path));
    let mut src = std::fs::read(p).map_err(|e| {
        let reason = e.to_string();
        let reason = reason.split(" (os error").next().unwrap_or_default().to_string();
        format!("cannot open {}: {reason}", String::from_utf8_lossy(path))
    })?;
    if src.starts_with(b"\xEF\xBB\xBF") {
        src.drain(..3);
    }
    if src.first() == Some(&b'#') {
        // (The line's newline stays, so line numbers do not change.)
        let end = src.iter().position(|&c| c == b'\n').unwrap_or(src.len());
        src.drain(..end);
    }
    Ok(src)
}

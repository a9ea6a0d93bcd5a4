#![allow(dead_code)] // each test target uses its own part of this module
//! What the corpus runner, the proptest differential and the fuzz targets share: the engine
//! modes every program runs under, and what a run produced.

use std::path::Path;
use std::process::Command;

use strata::bytecode::program::Program;
use strata::{Engine, Vm, VmConfig, VmError};

/// One engine configuration the corpus runs under.
#[derive(Clone)]
pub struct Mode {
    pub name: &'static str,
    pub config: VmConfig,
}

/// Every mode this build can run; modes whose engine is not compiled in are skipped.
/// Internal JIT errors fail the run (a user would get a report and an interpreted function).
pub fn modes() -> Vec<Mode> {
    let mut base = VmConfig::default().capture_output();
    base.jit.internal_errors_fatal = true;
    base.jit.metrics = false;
    let with = |engine: Engine, eager: bool, threshold: Option<u32>| {
        let mut c = VmConfig { engine, ..base.clone() };
        c.jit.eager = eager;
        if let Some(t) = threshold {
            c.jit.tier1_threshold = t;
            c.jit.tier2_threshold = t;
        }
        c
    };
    let tiers = |mut c: VmConfig, tier1: u32, tier2: u32| {
        c.jit.tier1_threshold = tier1;
        c.jit.tier2_threshold = tier2;
        c
    };
    let gc = |mut c: VmConfig| {
        c.stress_gc = true;
        c
    };
    let stressed = |mut c: VmConfig, deopt: u32, osr: bool| {
        c.jit.stress_deopt = deopt;
        c.jit.stress_osr = osr;
        c
    };
    let all = vec![
        Mode { name: "interp", config: with(Engine::Interp, false, None) },
        Mode { name: "cranelift", config: with(Engine::Cranelift, false, None) },
        Mode { name: "cranelift-eager", config: with(Engine::Cranelift, true, None) },
        // Functions go native on their second call, while interpreted frames are live.
        Mode { name: "cranelift-hot", config: with(Engine::Cranelift, false, Some(2)) },
        // Every guard fails (the deopt path runs everywhere), with default thresholds and
        // with functions compiled on their second call (feedback-guided code).
        Mode { name: "cranelift-stress-deopt-1", config: stressed(with(Engine::Cranelift, false, None), 1, false) },
        Mode {
            name: "cranelift-hot-stress-deopt-1",
            config: stressed(with(Engine::Cranelift, false, Some(2)), 1, false),
        },
        Mode {
            name: "cranelift-eager-stress-deopt-3",
            config: stressed(with(Engine::Cranelift, true, None), 3, false),
        },
        // Loops enter compiled code at their first backward jump.
        Mode { name: "cranelift-stress-osr", config: stressed(with(Engine::Cranelift, false, None), 0, true) },
        Mode {
            name: "cranelift-hot-stress-osr-deopt-2",
            config: stressed(with(Engine::Cranelift, false, Some(2)), 2, true),
        },
        // The baseline alone: default thresholds, everything compiled up front, functions
        // compiled on their second call, and loops of the main chunk entered through OSR.
        Mode { name: "dynasm", config: with(Engine::Dynasm, false, None) },
        Mode { name: "dynasm-eager", config: with(Engine::Dynasm, true, None) },
        Mode { name: "dynasm-hot", config: with(Engine::Dynasm, false, Some(2)) },
        Mode { name: "dynasm-stress-osr", config: stressed(with(Engine::Dynasm, false, None), 0, true) },
        // Every tier: interpreter, then baseline, then optimizing.
        Mode { name: "tiered", config: with(Engine::Tiered, false, None) },
        Mode { name: "tiered-eager-stress-deopt-2", config: stressed(with(Engine::Tiered, true, None), 2, false) },
        // Baseline on the second call, optimized on the fourth; baseline loops enter
        // optimized code at their first backward jump, and every guard fails.
        Mode { name: "tiered-hot", config: tiers(with(Engine::Tiered, false, None), 2, 4) },
        Mode {
            name: "tiered-hot-stress-osr-deopt-1",
            config: stressed(tiers(with(Engine::Tiered, false, None), 2, 4), 1, true),
        },
        // A garbage collection at every safepoint, in every engine: with deopts, OSR entries
        // and functions compiled on their second call, so collections meet every kind of
        // frame (interpreted, baseline, optimized with inlined callees, rebuilt by deopt).
        Mode { name: "interp-stress-gc", config: gc(with(Engine::Interp, false, None)) },
        Mode { name: "dynasm-hot-stress-osr-gc", config: gc(stressed(with(Engine::Dynasm, false, Some(2)), 0, true)) },
        Mode {
            name: "cranelift-hot-stress-osr-deopt-2-gc",
            config: gc(stressed(with(Engine::Cranelift, false, Some(2)), 2, true)),
        },
        Mode { name: "cranelift-stress-gc", config: gc(with(Engine::Cranelift, false, None)) },
        Mode {
            name: "tiered-hot-stress-osr-deopt-1-gc",
            config: gc(stressed(tiers(with(Engine::Tiered, false, None), 2, 4), 1, true)),
        },
    ];
    all.into_iter().filter(|m| m.config.engine.available()).collect()
}

/// The modes every corpus program runs in: the reference interpreter, each engine with
/// everything compiled up front, the tier driver, its hardest stress mode, and collections at
/// every safepoint with and without the JIT. The other modes run a fixed sample of the
/// corpus ([`in_sample`]), which keeps CI's time bounded as the corpus grows.
pub const FULL_MODES: &[&str] = &[
    "interp",
    "cranelift-eager",
    "dynasm-eager",
    "tiered",
    "tiered-hot-stress-osr-deopt-1",
    "interp-stress-gc",
    "tiered-hot-stress-osr-deopt-1-gc",
];

/// Program-name prefixes of the corpus written for the JIT's corner cases (deopts, OSR,
/// collections, tiering bugs): every mode runs them.
const ALWAYS_SAMPLED: &[&str] = &["deopt_", "osr_", "gc_", "jit_", "bug_", "mix_", "calls_", "closures_"];

/// Whether a mode outside [`FULL_MODES`] runs program `name`: the prefixes above, and a
/// fifth of the rest, chosen by a hash of the program's and the mode's names (the same on
/// every run and machine; each mode draws its own fifth, so most programs meet a few of the
/// rare modes and the sample does not grow the suite's time as fast as the corpus).
pub fn in_sample(name: &str, mode: &str) -> bool {
    if ALWAYS_SAMPLED.iter().any(|p| name.starts_with(p)) {
        return true;
    }
    // FNV-1a.
    let h = name
        .bytes()
        .chain([0])
        .chain(mode.bytes())
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
    h % 5 == 0
}

/// What running a program produced.
#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub exit: i32,
    pub error: String,
    pub stdout: Vec<u8>,
}

impl Outcome {
    pub fn parse(text: &[u8]) -> Result<Outcome, String> {
        let mut parts = text.splitn(3, |&b| b == b'\n');
        let l1 = std::str::from_utf8(parts.next().unwrap_or_default()).map_err(|e| e.to_string())?;
        let l2 = std::str::from_utf8(parts.next().ok_or("missing error line")?).map_err(|e| e.to_string())?;
        let exit =
            l1.strip_prefix("exit: ").ok_or("first line must be 'exit: N'")?.parse().map_err(|_| "bad exit code")?;
        let error =
            l2.strip_prefix("error:").ok_or("second line must be 'error: ...'")?.trim_start_matches(' ').to_string();
        Ok(Outcome { exit, error, stdout: parts.next().unwrap_or_default().to_vec() })
    }

    pub fn render(&self) -> Vec<u8> {
        let mut out = format!("exit: {}\n", self.exit).into_bytes();
        if self.error.is_empty() {
            out.extend_from_slice(b"error:\n");
        } else {
            out.extend_from_slice(format!("error: {}\n", self.error).as_bytes());
        }
        out.extend_from_slice(&self.stdout);
        out
    }
}

pub fn run_strata(config: &VmConfig, src: &[u8], chunk: &str) -> Outcome {
    let mut vm = Vm::new(config.clone());
    let result = vm.run_source(src, chunk);
    let stdout = vm.take_output();
    match result {
        Ok(()) => Outcome { exit: 0, error: String::new(), stdout },
        // `os.exit(code)`: `lua` prints nothing.
        Err(VmError::Exit(code)) => Outcome { exit: code, error: String::new(), stdout },
        Err(e) => Outcome { exit: e.exit_code(), error: first_line(&e), stdout },
    }
}

pub fn first_line(e: &VmError) -> String {
    e.to_string().lines().next().unwrap_or_default().to_string()
}

pub fn run_lua(dir: &Path, file: &str) -> Result<Outcome, String> {
    let out =
        Command::new("lua5.4").arg(file).current_dir(dir).output().map_err(|e| format!("cannot run lua5.4: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let error = stderr.lines().next().unwrap_or_default();
    Ok(Outcome {
        exit: out.status.code().unwrap_or(-1),
        error: error.strip_prefix("lua5.4: ").unwrap_or(error).to_string(),
        stdout: out.stdout,
    })
}

pub fn lua_available() -> bool {
    Command::new("lua5.4").arg("-v").output().is_ok_and(|o| o.status.success())
}

pub fn describe_mismatch(want: &Outcome, got: &Outcome) -> String {
    let mut msg = String::new();
    if want.exit != got.exit {
        msg.push_str(&format!("exit code: expected {}, got {}\n", want.exit, got.exit));
    }
    if want.error != got.error {
        msg.push_str(&format!("error:\n  expected: {}\n  got:      {}\n", want.error, got.error));
    }
    if want.stdout != got.stdout {
        let w = String::from_utf8_lossy(&want.stdout);
        let g = String::from_utf8_lossy(&got.stdout);
        let line = w
            .lines()
            .zip(g.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| w.lines().count().min(g.lines().count()));
        msg.push_str(&format!(
            "stdout differs at line {}:\n  expected: {:?}\n  got:      {:?}\n",
            line + 1,
            w.lines().nth(line).unwrap_or("<end>"),
            g.lines().nth(line).unwrap_or("<end>")
        ));
    }
    msg
}

/// The reference interpreter's outcome for `src`.
pub fn interp_outcome(src: &[u8], chunk: &str) -> Outcome {
    let interp = modes().into_iter().find(|m| m.config.engine == Engine::Interp).expect("the interpreter mode");
    run_strata(&interp.config, src, chunk)
}

/// The garbage-collection stress mode the generated programs run in (the corpus runs in all
/// of them; one keeps the differential's time in check).
const DIFFERENTIAL_GC_MODE: &str = "tiered-hot-stress-osr-deopt-1-gc";

/// The first mode (the interpreter's excluded, and the collection stress modes but one; only
/// the one named `only`, if given) whose outcome for `src` differs from `want`, the
/// interpreter's, with that outcome.
pub fn first_divergence(
    src: &[u8],
    chunk: &str,
    want: &Outcome,
    only: Option<&str>,
) -> Option<(&'static str, Outcome)> {
    modes()
        .into_iter()
        .filter(|m| m.config.engine != Engine::Interp)
        .filter(|m| match only {
            Some(o) => o == m.name,
            None => !m.config.stress_gc || m.name == DIFFERENTIAL_GC_MODE,
        })
        .find_map(|m| {
            let got = run_strata(&m.config, src, chunk);
            (got != *want).then_some((m.name, got))
        })
}

/// Compiles every function of `program` with every native backend of this build (nothing
/// runs), internal JIT errors fatal: the verifier's promise to the backends, checked by the
/// bytecode tests and fuzz targets. `Ok` when no native backend is built.
pub fn compile_natively(program: Program) -> Result<(), String> {
    if !Engine::Tiered.available() {
        return Ok(());
    }
    let mut config = VmConfig { engine: Engine::Tiered, ..VmConfig::default().capture_output() };
    config.jit.internal_errors_fatal = true;
    config.jit.metrics = false;
    Vm::new(config).native_listing(program).map(drop).map_err(|e| e.to_string())
}

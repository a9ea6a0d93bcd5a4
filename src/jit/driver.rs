//! The tier driver: decides when a function is compiled and by which backend, installs the
//! code in the mixed function table, keeps the deopt metadata, and collects metrics
//! (`STRATA_JIT_METRICS=1` prints them on stderr when the program ends).
//!
//! Tunables, with their defaults (each settable from the CLI and `VmConfig::jit`):
//!
//! | tunable | default | meaning |
//! | --- | --- | --- |
//! | `tier1_threshold` | 100 | calls before the baseline tier compiles a function |
//! | `tier2_threshold` | 1000 | calls before the optimizing tier compiles a function |
//! | `eager` | off | compile every function before the program starts (`--jit-eager`) |
//!
//! An engine with one native tier uses that tier's threshold; with both, a function goes
//! interpreter → baseline → optimizing.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::{Duration, Instant};

use crate::bytecode::program::Program;
use crate::interp::Interp;
use crate::jit::backend::{Backend, BackendError, CodegenBackend, Compiled, SpeculationPlan};
use crate::jit::deopt::{DeoptInfo, DeoptReason};
use crate::jit::preflight::preflight;
use crate::jit::subprogram::SubProgram;
use crate::vm::Engine;

/// Default calls before the baseline tier compiles a function.
pub const DEFAULT_TIER1_THRESHOLD: u32 = 100;
/// Default calls before the optimizing tier compiles a function.
pub const DEFAULT_TIER2_THRESHOLD: u32 = 1000;

/// JIT settings.
#[derive(Clone, Debug)]
pub struct JitConfig {
    pub eager: bool,
    pub tier1_threshold: u32,
    pub tier2_threshold: u32,
    /// Print metrics to stderr at the end (`STRATA_JIT_METRICS=1`).
    pub metrics: bool,
    /// Turn internal backend errors into run failures (tests set this; users get a report
    /// on stderr and the function stays interpreted).
    pub internal_errors_fatal: bool,
    /// Opcodes every backend treats as unsupported, keeping the functions that use them
    /// interpreted (for testing mixed native/interpreted programs, and for debugging).
    pub deny_ops: Vec<crate::bytecode::Op>,
}

impl Default for JitConfig {
    fn default() -> Self {
        JitConfig {
            eager: false,
            tier1_threshold: DEFAULT_TIER1_THRESHOLD,
            tier2_threshold: DEFAULT_TIER2_THRESHOLD,
            metrics: std::env::var_os("STRATA_JIT_METRICS").is_some_and(|v| v == "1"),
            internal_errors_fatal: false,
            deny_ops: Vec::new(),
        }
    }
}

/// A native tier: a backend and when to use it.
struct Tier {
    backend: Backend,
    threshold: u32,
    plan: Option<SpeculationPlan>,
}

/// Where a function runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FnState {
    /// Interpreted; `tier` native tiers have been tried (0: none yet).
    Interpreted { tried: usize },
    /// Compiled by tier `tier`.
    Native { tier: usize },
}

/// Counters the metrics report shows.
#[derive(Clone, Debug, Default)]
pub struct Metrics {
    pub compiled: BTreeMap<&'static str, usize>,
    pub compile_time: BTreeMap<&'static str, Duration>,
    pub code_bytes: BTreeMap<&'static str, usize>,
    pub unsupported: usize,
    pub internal_errors: Vec<String>,
    pub deopts: BTreeMap<DeoptReason, u64>,
    pub osr_entries: u64,
}

/// What the JIT did in a run.
#[derive(Clone, Debug, Default)]
pub struct JitReport {
    /// Every function (by name) and the backend that compiled it (`None`: interpreted).
    pub tiers: Vec<(String, Option<&'static str>)>,
    pub metrics: Metrics,
    /// The `STRATA_JIT_METRICS` text.
    pub text: String,
}

impl JitReport {
    /// The tier of the first function with this name.
    pub fn tier(&self, name: &str) -> Option<Option<&'static str>> {
        self.tiers.iter().find(|(n, _)| n == name).map(|(_, t)| *t)
    }
}

/// The tier driver of one VM.
pub struct Driver {
    tiers: Vec<Tier>,
    state: Vec<FnState>,
    compiled: Vec<Option<Compiled>>,
    config: JitConfig,
    pub metrics: Metrics,
}

impl Driver {
    /// The driver for `engine`, or `None` when the engine has no native tier.
    pub fn new(engine: Engine, config: &JitConfig, program: &Program) -> Result<Option<Driver>, String> {
        #[allow(unused_mut)]
        let mut tiers = Vec::new();
        match engine {
            Engine::Interp => return Ok(None),
            Engine::Dynasm => {
                return Err("engine 'dynasm' is not available in this build of strata".into());
            }
            Engine::Cranelift | Engine::Tiered => {
                #[cfg(feature = "cranelift")]
                tiers.push(Tier {
                    backend: Backend::from(
                        crate::backends::cranelift::CraneliftBackend::new().map_err(|e| e.to_string())?,
                    ),
                    threshold: config.tier2_threshold,
                    plan: None,
                });
            }
        }
        if tiers.is_empty() {
            return if engine == Engine::Tiered {
                Ok(None)
            } else {
                Err(format!("engine '{}' is not available in this build of strata", engine.name()))
            };
        }
        let n = program.functions.len();
        Ok(Some(Driver {
            tiers,
            state: vec![FnState::Interpreted { tried: 0 }; n],
            compiled: vec![None; n],
            config: config.clone(),
            metrics: Metrics::default(),
        }))
    }

    /// Calls an interpreted function makes before `on_hot` is called for it.
    pub fn threshold(&self) -> u32 {
        if self.config.eager { u32::MAX } else { self.tiers[0].threshold }
    }

    /// Compiles every function before the program runs (`--jit-eager`).
    pub fn compile_all(&mut self, vm: &mut Interp) -> Result<(), String> {
        for func in 0..vm.program.functions.len() as u32 {
            self.compile(vm, func, self.tiers.len() - 1)?;
        }
        Ok(())
    }

    /// A function reached its call threshold: compile it with the next tier.
    pub fn on_hot(&mut self, vm: &mut Interp, func: u32) {
        if let FnState::Interpreted { tried } = self.state[func as usize]
            && tried < self.tiers.len()
            && let Err(e) = self.compile(vm, func, tried)
        {
            // Internal errors were reported; with fatal errors on, the run stops.
            vm.pending_jit_failure = Some(e);
        }
    }

    /// Compiles `func` with tier `tier`, installing the code on success. Unsupported
    /// functions stay interpreted; internal errors are reported (and fatal if configured).
    fn compile(&mut self, vm: &mut Interp, func: u32, tier: usize) -> Result<(), String> {
        let t = &mut self.tiers[tier];
        let name = t.backend.name();
        let start = Instant::now();
        let deny = &self.config.deny_ops;
        let result = (|| -> Result<Compiled, BackendError> {
            preflight(&t.backend, &vm.program, func, deny)?;
            let sub = SubProgram::slice(&vm.program, func, &vm.feedback[func as usize])
                .map_err(|e| BackendError::Internal(e.to_string()))?;
            t.backend.declare(&vm.program, func)?;
            let mut compiled = t.backend.define(&vm.program, &vm.facts, &sub, t.plan.as_ref())?;
            for d in &mut compiled.deopts {
                if !d.rebased {
                    d.rebase(&sub).map_err(|e| BackendError::Internal(e.to_string()))?;
                }
                d.verify(&vm.program, &vm.facts).map_err(|e| BackendError::Internal(e.to_string()))?;
            }
            t.backend.finalize()?;
            let entry = t.backend.entry(func)?;
            vm.install(func, entry);
            Ok(compiled)
        })();
        *self.metrics.compile_time.entry(name).or_default() += start.elapsed();
        match result {
            Ok(compiled) => {
                *self.metrics.compiled.entry(name).or_default() += 1;
                *self.metrics.code_bytes.entry(name).or_default() += compiled.code_bytes;
                self.compiled[func as usize] = Some(compiled);
                self.state[func as usize] = FnState::Native { tier };
                Ok(())
            }
            Err(BackendError::Unsupported(_)) => {
                self.metrics.unsupported += 1;
                self.state[func as usize] = FnState::Interpreted { tried: tier + 1 };
                Ok(())
            }
            Err(BackendError::Internal(msg)) => {
                let text = format!(
                    "internal JIT error ({name}) compiling function '{}': {msg}",
                    vm.program.functions[func as usize].name
                );
                eprintln!("strata: {text}");
                self.metrics.internal_errors.push(text.clone());
                self.state[func as usize] = FnState::Interpreted { tried: tier + 1 };
                if self.config.internal_errors_fatal { Err(text) } else { Ok(()) }
            }
        }
    }

    /// The metadata of deopt point `id` of `func`, counted as taken.
    pub fn take_deopt(&mut self, func: u32, id: u32) -> Option<DeoptInfo> {
        let info = self.compiled.get(func as usize)?.as_ref()?.deopts.get(id as usize)?.clone();
        *self.metrics.deopts.entry(info.reason).or_default() += 1;
        Some(info)
    }

    /// Which tier runs `func`: `None` for the interpreter, else the backend's name.
    pub fn tier_of(&self, func: u32) -> Option<&'static str> {
        match self.state[func as usize] {
            FnState::Native { tier } => Some(self.tiers[tier].backend.name()),
            FnState::Interpreted { .. } => None,
        }
    }

    /// Which tier runs each function, by name, and the metrics: what `Vm::jit_report` gives.
    pub fn summary(&self, program: &Program) -> JitReport {
        JitReport {
            tiers: program
                .functions
                .iter()
                .enumerate()
                .map(|(i, f)| (f.name.clone(), self.tier_of(i as u32)))
                .collect(),
            metrics: self.metrics.clone(),
            text: self.report(program),
        }
    }

    /// The metrics report.
    pub fn report(&self, program: &Program) -> String {
        let mut out = String::from("strata: jit metrics\n");
        let n = self.state.len();
        let interpreted = (0..n as u32).filter(|&f| self.tier_of(f).is_none()).count();
        let _ = write!(out, "  functions: {n} total, {interpreted} interpreted");
        for (name, count) in &self.metrics.compiled {
            let _ = write!(out, ", {count} {name}");
        }
        out.push('\n');
        for (name, t) in &self.metrics.compile_time {
            let bytes = self.metrics.code_bytes.get(name).copied().unwrap_or(0);
            let _ = writeln!(out, "  {name}: compile time {:.3} ms, code {bytes} bytes", t.as_secs_f64() * 1e3);
        }
        let _ = writeln!(out, "  unsupported (kept interpreted): {}", self.metrics.unsupported);
        let _ = writeln!(out, "  internal errors: {}", self.metrics.internal_errors.len());
        let deopts: u64 = self.metrics.deopts.values().sum();
        let _ = write!(out, "  deopts: {deopts}");
        for (reason, count) in &self.metrics.deopts {
            let _ = write!(out, ", {} {count}", reason.name());
        }
        out.push('\n');
        let _ = writeln!(out, "  osr entries: {}", self.metrics.osr_entries);
        let (typed, total) = typed_coverage(program);
        let pct = if total == 0 { 0.0 } else { 100.0 * typed as f64 / total as f64 };
        let _ = writeln!(out, "  typed ops: {typed} of {total} arithmetic and comparison ops ({pct:.1}%)");
        out
    }
}

/// How many arithmetic and comparison instructions are typed (statically known operand
/// types), out of all of them.
pub fn typed_coverage(program: &Program) -> (usize, usize) {
    let mut typed = 0;
    let mut total = 0;
    for f in &program.functions {
        for ins in program.instructions(f).unwrap_or_default() {
            let counts = ins.op.arith_op().is_some()
                || ins.op.branch_compare().is_some()
                || ins.op.name().starts_with("Eq")
                || ins.op.name().starts_with("Ne")
                || ins.op.name().starts_with("Lt")
                || ins.op.name().starts_with("Le")
                || ins.op.name().starts_with("Gt")
                || ins.op.name().starts_with("Ge");
            if counts {
                total += 1;
                if ins.op.is_typed() {
                    typed += 1;
                }
            }
        }
    }
    (typed, total)
}

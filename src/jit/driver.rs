//! The tier driver: decides when a function is compiled and by which backend, with which
//! plan; installs the code in the mixed function table; compiles OSR entries for hot loops;
//! keeps every version's deopt metadata; counts deopts and recompiles without a speculation
//! that keeps failing; and collects metrics (`STRATA_JIT_METRICS=1` prints them on stderr
//! when the program ends).
//!
//! Tunables (thresholds, stress modes) are declared in `jit::tunables`.
//!
//! Fixed policy: a guard whose exits reach [`DEOPT_BUDGET`] sends its function back to the
//! interpreter, to be recompiled (after `tier2_threshold` more calls, with fresh feedback)
//! without that speculation; after [`MAX_VERSIONS`] compilations a function is compiled
//! without any speculation, so deopts cannot loop and replaced code is bounded. Inlining
//! limits are `plan::INLINE_LIMITS`.
//!
//! An engine with one native tier uses that tier's threshold; with both (`tiered`), a
//! function goes interpreter → baseline (after `tier1_threshold` calls) → optimizing (when
//! its call counter, which the baseline code keeps counting, reaches `tier2_threshold`);
//! loops in baseline code enter optimized code through OSR after `osr_threshold` backward
//! jumps, as interpreted loops do. `--jit-eager` compiles every function with the first
//! native tier up front. An invalidated optimized function goes back to its baseline code.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::time::{Duration, Instant};

use crate::backends::Backend;
use crate::bytecode::Op;
use crate::bytecode::program::Program;
use crate::jit::backend::{BackendError, CodegenBackend};
use crate::jit::deopt::{DeoptError, DeoptInfo, DeoptReason};
use crate::jit::plan::{Plan, PlanConfig};
use crate::jit::preflight::preflight;
use crate::jit::subprogram::GlobalIp;
use crate::runtime::error::LuaError;
use crate::runtime::value::Value;
use crate::state::abi::EntryFn;
use crate::state::{JitFailure, Tiering, VmState};

pub use crate::jit::tunables::{DEFAULT_OSR_THRESHOLD, DEFAULT_TIER1_THRESHOLD, DEFAULT_TIER2_THRESHOLD, JitConfig};

/// Exits of one guard before its function is recompiled without that speculation.
pub const DEOPT_BUDGET: u32 = 3;
/// Compilations of one function (normal or OSR) before it is compiled without speculation.
pub const MAX_VERSIONS: u32 = 6;

/// Which execution engine runs the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// The reference interpreter only.
    Interp,
    /// The interpreter plus the dynasm baseline tier.
    Dynasm,
    /// The interpreter plus the Cranelift tier.
    Cranelift,
    /// Every tier that is built: interpreter, then baseline, then optimizing.
    Tiered,
}

impl Engine {
    pub const ALL: [Engine; 4] = [Engine::Interp, Engine::Dynasm, Engine::Cranelift, Engine::Tiered];

    pub fn name(self) -> &'static str {
        match self {
            Engine::Interp => "interp",
            Engine::Dynasm => "dynasm",
            Engine::Cranelift => "cranelift",
            Engine::Tiered => "tiered",
        }
    }

    pub fn from_name(s: &str) -> Option<Engine> {
        Engine::ALL.into_iter().find(|e| e.name() == s)
    }

    /// Whether this build can run the engine (native engines need their backend's cargo
    /// feature).
    pub fn available(self) -> bool {
        match self {
            Engine::Interp | Engine::Tiered => true,
            Engine::Cranelift => cfg!(feature = "cranelift"),
            Engine::Dynasm => cfg!(all(feature = "dynasm", target_arch = "x86_64")),
        }
    }
}

/// Why the JIT could not start, or stopped a run.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum JitError {
    #[error("engine '{0}' is not available in this build of strata")]
    EngineUnavailable(&'static str),
    /// A backend could not be set up (the host's instruction set, executable memory).
    #[error("{0}")]
    Setup(BackendError),
    /// An internal backend error, fatal with `JitConfig::internal_errors_fatal`.
    #[error("{0}")]
    Fatal(String),
    /// A native listing was asked of an engine or build without a native backend.
    #[error("{0}")]
    NoNativeBackend(&'static str),
}

/// A native tier: a backend, when to use it, and what its plans may do.
struct Tier {
    backend: Backend,
    threshold: u32,
    plan: PlanConfig,
}

/// Where a function runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FnState {
    /// Interpreted; `tried` native tiers have been tried (0: none yet).
    Interpreted { tried: usize },
    /// Compiled by tier `tier`.
    Native { tier: usize },
}

/// What the driver keeps per function.
#[derive(Clone, Debug, Default)]
struct FnInfo {
    /// Compilations so far (normal and OSR).
    versions: u32,
    /// Speculations that failed too often.
    excluded: std::collections::BTreeSet<GlobalIp>,
    no_inline: std::collections::BTreeSet<GlobalIp>,
    no_unbox: bool,
    /// Deopt points of every version, by id.
    deopts: Vec<DeoptInfo>,
    /// Exits taken per deopt id.
    exits: HashMap<u32, u32>,
    /// OSR entries by loop header (global ip); `None`: do not try again.
    osr: HashMap<u32, Option<EntryFn>>,
    /// The baseline tier's code, when a tier above it exists: where the function goes back
    /// to when its optimized code is invalidated.
    baseline: Option<EntryFn>,
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
    /// Deopts whose point lies inside an inlined callee.
    pub deopts_inlined: u64,
    /// Deopts of OSR-entered code.
    pub deopts_osr: u64,
    /// Entries of compiled code through OSR, and OSR compilations.
    pub osr_entries: u64,
    pub osr_compiles: u64,
    /// Functions sent back to the interpreter for recompilation.
    pub invalidations: u64,
    /// Speculated operations and inlined calls in all compiled code.
    pub speculated_ops: u64,
    pub inlined_calls: u64,
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

    /// Deopts counted for `reason`.
    pub fn deopts(&self, reason: DeoptReason) -> u64 {
        self.metrics.deopts.get(&reason).copied().unwrap_or(0)
    }
}

/// The tier driver of one VM.
pub struct Driver {
    tiers: Vec<Tier>,
    state: Vec<FnState>,
    info: Vec<FnInfo>,
    config: JitConfig,
    pub metrics: Metrics,
}

impl Driver {
    /// The driver for `engine`, or `None` when the engine has no native tier.
    pub fn new(engine: Engine, config: &JitConfig, program: &Program) -> Result<Option<Driver>, JitError> {
        #[allow(unused_mut)]
        let mut tiers = Vec::new();
        #[cfg(feature = "dynasm")]
        let baseline = |config: &JitConfig| -> Result<Tier, JitError> {
            Ok(Tier {
                backend: Backend::from(crate::backends::dynasm::DynasmBackend::new().map_err(JitError::Setup)?),
                threshold: config.tier1_threshold,
                plan: PlanConfig::template(),
            })
        };
        #[cfg(feature = "cranelift")]
        let optimizing = |config: &JitConfig| -> Result<Tier, JitError> {
            Ok(Tier {
                backend: Backend::from(crate::backends::cranelift::CraneliftBackend::new().map_err(JitError::Setup)?),
                threshold: config.tier2_threshold,
                plan: PlanConfig::optimizing(),
            })
        };
        match engine {
            Engine::Interp => return Ok(None),
            Engine::Dynasm => {
                #[cfg(feature = "dynasm")]
                tiers.push(baseline(config)?);
            }
            Engine::Cranelift => {
                #[cfg(feature = "cranelift")]
                tiers.push(optimizing(config)?);
            }
            Engine::Tiered => {
                #[cfg(feature = "dynasm")]
                tiers.push(baseline(config)?);
                #[cfg(feature = "cranelift")]
                tiers.push(optimizing(config)?);
            }
        }
        if tiers.is_empty() {
            return if engine == Engine::Tiered { Ok(None) } else { Err(JitError::EngineUnavailable(engine.name())) };
        }
        let n = program.functions.len();
        Ok(Some(Driver {
            tiers,
            state: vec![FnState::Interpreted { tried: 0 }; n],
            info: vec![FnInfo::default(); n],
            config: config.clone(),
            metrics: Metrics::default(),
        }))
    }

    /// Calls an interpreted function makes before `on_hot` is called for it.
    pub fn threshold(&self) -> u32 {
        if self.config.eager { u32::MAX } else { self.tiers[0].threshold }
    }

    /// Backward jumps an interpreted function makes before `osr_entry` is asked for.
    pub fn osr_threshold(&self) -> u32 {
        if self.config.stress_osr { 1 } else { self.config.osr_threshold }
    }

    /// The `--stress-deopt` period (0: off).
    pub fn stress_deopt(&self) -> u32 {
        self.config.stress_deopt
    }

    /// Compiles every function with the first native tier before the program runs
    /// (`--jit-eager`); hot functions still go up to the next tier.
    pub fn compile_all(&mut self, vm: &mut VmState) -> Result<(), JitError> {
        for func in 0..vm.program.functions.len() as u32 {
            self.compile(vm, func, 0, None)?;
        }
        Ok(())
    }

    /// The plan configuration for compiling `func` with `tier`.
    fn plan_config(&self, func: u32, tier: usize, osr: Option<u32>) -> PlanConfig {
        let t = &self.tiers[tier];
        let info = &self.info[func as usize];
        let mut config = t.plan.clone();
        if info.versions >= MAX_VERSIONS {
            config = PlanConfig { speculate: false, inline: false, direct_calls: false, unbox_params: false, ..config };
        }
        if osr.is_none()
            && let Some(next) = self.tiers.get(tier + 1)
        {
            config.tier_up_calls = Some(next.threshold);
            config.tier_up_backedges = Some(self.osr_threshold());
        }
        config.excluded = info.excluded.clone();
        config.no_inline = info.no_inline.clone();
        config.unbox_params &= !info.no_unbox;
        config.osr_entry = osr.map(GlobalIp);
        config.deopt_base = info.deopts.len() as u32;
        config.stress_deopt = self.config.stress_deopt;
        config.deny = Op::ALL.iter().copied().filter(|&op| !t.backend.supports(op)).collect();
        config.deny.extend(self.config.deny_ops.iter().copied());
        config
    }

    /// Compiles `func` with tier `tier` (an OSR entry at `osr` if given), installing normal
    /// code in the function table. Unsupported functions stay interpreted; internal errors
    /// are reported (and fatal if configured). Returns the entry.
    fn compile(
        &mut self,
        vm: &mut VmState,
        func: u32,
        tier: usize,
        osr: Option<u32>,
    ) -> Result<Option<EntryFn>, JitError> {
        let config = self.plan_config(func, tier, osr);
        let t = &mut self.tiers[tier];
        let name = t.backend.name();
        let start = Instant::now();
        let deny = &self.config.deny_ops;
        let result = (|| -> Result<(usize, Vec<DeoptInfo>, EntryFn, Plan), BackendError> {
            preflight(&t.backend, &vm.program, func, deny)?;
            let plan = Plan::build(&vm.program, &vm.facts, &vm.feedback, func, config)
                .map_err(|e| BackendError::Internal(e.to_string()))?;
            t.backend.declare(&vm.program, func)?;
            let compiled = t.backend.define(&vm.program, &vm.facts, &plan)?;
            let internal = |e: DeoptError| BackendError::Internal(e.to_string());
            let deopts = compiled
                .deopts
                .into_iter()
                .map(|d| {
                    let d = d.rebase(&plan.sub).map_err(internal)?;
                    d.verify(&vm.program, &vm.facts).map_err(internal)?;
                    Ok(d)
                })
                .collect::<Result<Vec<DeoptInfo>, BackendError>>()?;
            t.backend.finalize()?;
            let entry = t.backend.entry(func)?;
            Ok((compiled.code_bytes, deopts, entry, plan))
        })();
        *self.metrics.compile_time.entry(name).or_default() += start.elapsed();
        match result {
            Ok((code_bytes, deopts, entry, plan)) => {
                *self.metrics.compiled.entry(name).or_default() += 1;
                *self.metrics.code_bytes.entry(name).or_default() += code_bytes;
                self.metrics.speculated_ops += plan.spec.speculated_ops() as u64;
                self.metrics.inlined_calls += plan.inlined.len() as u64;
                vm.note_native_extent(func, plan.sub.frame_slots.max(vm.program.functions[func as usize].frame_size()));
                let info = &mut self.info[func as usize];
                info.versions += 1;
                info.deopts.extend(deopts);
                if osr.is_some() {
                    self.metrics.osr_compiles += 1;
                } else {
                    vm.install(func, entry);
                    self.state[func as usize] = FnState::Native { tier };
                    if tier == 0 && self.tiers.len() > 1 {
                        info.baseline = Some(entry);
                    }
                }
                Ok(Some(entry))
            }
            Err(BackendError::Unsupported(_)) => {
                self.metrics.unsupported += 1;
                if osr.is_none() && matches!(self.state[func as usize], FnState::Interpreted { .. }) {
                    self.state[func as usize] = FnState::Interpreted { tried: tier + 1 };
                }
                Ok(None)
            }
            Err(BackendError::Internal(msg)) => {
                let text = format!(
                    "internal JIT error ({name}) compiling function '{}': {msg}",
                    vm.program.functions[func as usize].name
                );
                eprintln!("strata: {text}");
                self.metrics.internal_errors.push(text.clone());
                if osr.is_none() && matches!(self.state[func as usize], FnState::Interpreted { .. }) {
                    self.state[func as usize] = FnState::Interpreted { tried: tier + 1 };
                }
                if self.config.internal_errors_fatal { Err(JitError::Fatal(text)) } else { Ok(None) }
            }
        }
    }

    /// Compiled code of `func` left through deopt point `id`: counts it, and once the guard
    /// has failed [`DEOPT_BUDGET`] times, drops its speculation and sends the function back
    /// to the interpreter for recompilation. Returns the point's metadata.
    pub fn on_deopt(&mut self, vm: &mut VmState, func: u32, id: u32, osr: bool) -> Option<DeoptInfo> {
        let info = self.info.get_mut(func as usize)?;
        let point = info.deopts.get(id as usize)?.clone();
        *self.metrics.deopts.entry(point.reason).or_default() += 1;
        if point.frames.len() > 1 {
            self.metrics.deopts_inlined += 1;
        }
        if osr {
            self.metrics.deopts_osr += 1;
        }
        if matches!(point.reason, DeoptReason::Stress | DeoptReason::Interrupt) {
            // (Not the code's fault: no reason to recompile it.)
            return Some(point);
        }
        let exits = info.exits.entry(id).or_default();
        *exits += 1;
        if *exits == DEOPT_BUDGET {
            let inner = point.frames.last().expect("a frame");
            info.excluded.insert(inner.ip);
            if point.frames.len() == 1 && inner.ip.0 == vm.program.functions[func as usize].entry_point {
                // A parameter check at entry.
                info.no_unbox = true;
            }
            if point.frames.len() > 1 || point.reason == DeoptReason::CallTarget {
                // The call site (the outermost inlined call, or the guarded call itself).
                let site = if point.frames.len() > 1 { point.frames[0].ip } else { inner.ip };
                info.no_inline.insert(site);
            }
            self.invalidate(vm, func);
        }
        Some(point)
    }

    /// Sends `func` back to the interpreter; it tiers up again after another threshold of
    /// calls, with the feedback gathered meanwhile. Its OSR entries are dropped.
    fn invalidate(&mut self, vm: &mut VmState, func: u32) {
        self.metrics.invalidations += 1;
        self.info[func as usize].osr.clear();
        if let FnState::Native { tier } = self.state[func as usize] {
            match self.info[func as usize].baseline {
                Some(entry) if tier > 0 => {
                    // Back to the baseline code, which counts its calls up to the next tier
                    // again.
                    vm.install(func, entry);
                    self.state[func as usize] = FnState::Native { tier: 0 };
                    vm.feedback[func as usize].call_count = self.tiers[0].threshold;
                }
                _ => {
                    vm.uninstall(func);
                    self.state[func as usize] = FnState::Interpreted { tried: 0 };
                    vm.feedback[func as usize].call_count = 0;
                }
            }
        }
    }

    /// Compiles every function with every tier (no feedback yet, so without speculation)
    /// and lists each one's bytecode followed by the machine code of each backend, with the
    /// bytecode instruction each stretch of code implements where the backend keeps a pc map:
    /// `strata disasm --native`.
    #[cfg(any(feature = "cranelift", feature = "dynasm"))]
    pub fn native_listing(&mut self, vm: &mut VmState) -> Result<String, JitError> {
        let mut out = String::new();
        for func in 0..vm.program.functions.len() as u32 {
            out.push_str(&crate::bytecode::text::print_function(&vm.program, func as usize));
            for tier in 0..self.tiers.len() {
                let compiled = self.compile(vm, func, tier, None)?;
                let t = &self.tiers[tier];
                let name = t.backend.name();
                if compiled.is_none() {
                    let _ = writeln!(out, "; {name}: not compiled (the function stays interpreted)");
                    continue;
                }
                for part in t.backend.native_code(func) {
                    out.push_str(&crate::jit::disasm::listing(&vm.program, name, &part));
                }
            }
            out.push('\n');
        }
        Ok(out)
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
        let m = &self.metrics;
        let mut out = String::from("strata: jit metrics\n");
        let n = self.state.len();
        let interpreted = (0..n as u32).filter(|&f| self.tier_of(f).is_none()).count();
        let _ = write!(out, "  functions: {n} total, {interpreted} interpreted");
        for (name, count) in &m.compiled {
            let _ = write!(out, ", {count} {name}");
        }
        out.push('\n');
        for (name, t) in &m.compile_time {
            let bytes = m.code_bytes.get(name).copied().unwrap_or(0);
            let _ = writeln!(out, "  {name}: compile time {:.3} ms, code {bytes} bytes", t.as_secs_f64() * 1e3);
        }
        let _ = writeln!(out, "  unsupported (kept interpreted): {}", m.unsupported);
        let _ = writeln!(out, "  internal errors: {}", m.internal_errors.len());
        let _ = writeln!(out, "  speculated ops: {}, inlined calls: {}", m.speculated_ops, m.inlined_calls);
        let deopts: u64 = m.deopts.values().sum();
        let _ = write!(out, "  deopts: {deopts}");
        for (reason, count) in &m.deopts {
            let _ = write!(out, ", {} {count}", reason.name());
        }
        let _ = writeln!(out, " (in inlined code {}, in OSR code {})", m.deopts_inlined, m.deopts_osr);
        let _ = writeln!(out, "  invalidations (recompiled later): {}", m.invalidations);
        let _ = writeln!(out, "  osr: {} entries, {} compilations", m.osr_entries, m.osr_compiles);
        let (typed, total) = typed_coverage(program);
        let pct = if total == 0 { 0.0 } else { 100.0 * typed as f64 / total as f64 };
        let _ = writeln!(out, "  typed ops: {typed} of {total} arithmetic and comparison ops ({pct:.1}%)");
        out
    }
}

impl Tiering for Driver {
    fn functions_added(&mut self, vm: &mut VmState) {
        let (old, count) = (self.state.len(), vm.program.functions.len());
        self.state.resize(count, FnState::Interpreted { tried: 0 });
        self.info.resize(count, FnInfo::default());
        // `--jit-eager` compiles a loaded chunk's functions as it compiled the program's.
        if self.config.eager {
            for func in old as u32..count as u32 {
                if let Err(e) = self.compile(vm, func, 0, None) {
                    vm.pending_jit_failure = Some(JitFailure(e.to_string()));
                }
            }
        }
    }

    /// A function reached its call threshold: compile it with the next tier.
    fn on_hot(&mut self, vm: &mut VmState, func: u32) {
        if let FnState::Interpreted { tried } = self.state[func as usize]
            && tried < self.tiers.len()
            && let Err(e) = self.compile(vm, func, tried, None)
        {
            // Internal errors were reported; with fatal errors on, the run stops.
            vm.pending_jit_failure = Some(JitFailure(e.to_string()));
        }
    }

    /// Baseline code of `func` counted its calls up to the next tier's threshold: compile it
    /// with that tier.
    fn on_baseline_hot(&mut self, vm: &mut VmState, func: u32) {
        if let FnState::Native { tier } = self.state[func as usize]
            && tier + 1 < self.tiers.len()
            && let Err(e) = self.compile(vm, func, tier + 1, None)
        {
            vm.pending_jit_failure = Some(JitFailure(e.to_string()));
        }
    }

    /// An interpreted frame of `func` is about to jump back to `header` (a global ip) and
    /// the function is hot: the OSR entry for that loop, compiled on first request.
    fn osr_entry(&mut self, vm: &mut VmState, func: u32, header: u32) -> Option<EntryFn> {
        let tier = self.tiers.len() - 1;
        if let Some(cached) = self.info[func as usize].osr.get(&header) {
            if cached.is_some() {
                self.metrics.osr_entries += 1;
            }
            return *cached;
        }
        // A function that keeps deoptimizing out of its OSR code (more versions than the
        // recompilation limit allows, twice over) keeps its loops where they run.
        if self.info[func as usize].versions >= 2 * MAX_VERSIONS {
            self.info[func as usize].osr.insert(header, None);
            return None;
        }
        let entry = match self.compile(vm, func, tier, Some(header)) {
            Ok(e) => e,
            Err(e) => {
                vm.pending_jit_failure = Some(JitFailure(e.to_string()));
                None
            }
        };
        self.info[func as usize].osr.insert(header, entry);
        if entry.is_some() {
            self.metrics.osr_entries += 1;
        }
        entry
    }

    unsafe fn deopt(&mut self, vm: &mut VmState, root: *mut Value, osr: bool) -> Result<(u32, *mut Value), LuaError> {
        let fr = *vm.frames.last().expect("the deopting function's frame");
        let func = fr.func;
        // The record has the frame's base (`root` is where the caller put the frame: a vararg
        // function's moved up past its extra arguments).
        let _ = root;
        let root = fr.base;
        let id = vm.ctx.deopt_id;
        let info = self
            .on_deopt(vm, func, id, osr)
            .ok_or_else(|| LuaError::new(format!("internal error: no deopt point {id} for function {func}")))?;
        // SAFETY: guaranteed by the caller.
        Ok(unsafe { crate::jit::glue::deopt::materialize_frames(vm, &info, root) })
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// How many arithmetic and comparison instructions are typed (statically known operand
/// types), out of all of them.
pub fn typed_coverage(program: &Program) -> (usize, usize) {
    let mut typed = 0;
    let mut total = 0;
    for f in &program.functions {
        for ins in program.instructions(f).unwrap_or_default() {
            let counts = ins.op.arith_op().is_some() || ins.op.compare().is_some();
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

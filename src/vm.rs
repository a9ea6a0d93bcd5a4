//! The library API: configure a [`Vm`], run source or bytecode, capture output.
//!
//! ```no_run
//! use strata::{Vm, VmConfig, Engine};
//! let mut vm = Vm::new(VmConfig { engine: Engine::Interp, ..VmConfig::default() }.capture_output());
//! vm.run_source(b"print(1 + 2)", "example.lua").unwrap();
//! assert_eq!(vm.output(), b"3\n");
//! ```

use std::io::Write;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use crate::api::Inner;

use crate::bytecode::program::Program;
use crate::bytecode::text::TextError;
use crate::bytecode::verify::{VerifyError, verify};
use crate::interp::new_state_with_stack;
pub use crate::jit::driver::Engine;
use crate::jit::driver::{Driver, JitConfig, JitError, JitReport};
use crate::lang::{SyntaxError, compile};
use crate::runtime::error::LuaError;

/// Where program output goes.
#[derive(Clone, Debug, Default)]
pub enum Output {
    /// The process's standard output (buffered).
    #[default]
    Stdout,
    /// Captured in memory; read it with [`Vm::output`].
    Capture,
}

/// How a [`Vm`] runs programs. `Default` gives the tiered engine, a recursion limit of
/// 200,000 frames and output to stdout.
#[derive(Clone, Debug)]
pub struct VmConfig {
    pub engine: Engine,
    /// JIT settings: eager compilation, tier thresholds, metrics (native engines).
    pub jit: JitConfig,
    /// Maximum depth of Lua calls before `stack overflow`.
    pub recursion_limit: usize,
    /// Maximum value-stack slots all active frames may use before `stack overflow` (Lua's
    /// own limit is of this kind: `LUAI_MAXSTACK`, 1,000,000 slots).
    pub stack_slots: usize,
    /// The VM thread's machine stack in bytes; `None` sizes it for the recursion limit.
    /// Recursions that alternate between interpreted and compiled functions use it (about
    /// 2 KiB per call); when it runs low, calls fail with `stack overflow`.
    pub machine_stack: Option<usize>,
    pub output: Output,
    /// Collect garbage at every safepoint (`--stress-gc`): every allocating instruction,
    /// builtin call and allocating helper of native code runs a full collection first. For
    /// testing the collector's roots; programs behave the same, only slower.
    pub stress_gc: bool,
    /// The standard libraries the VM opens ([`StdLib::ALL`] by default; a sandbox leaves
    /// out the ones that reach files, processes and the VM's internals).
    pub std_libs: StdLib,
}

/// A set of standard libraries for [`VmConfig::std_libs`]. The basic functions (`print`,
/// `pairs`, `pcall`, `load`, ...) are always there, except `dofile` and `loadfile`, which
/// read files and come with [`StdLib::IO`]; `require` comes with [`StdLib::PACKAGE`]. A
/// library left out is absent from `_G` and `package.loaded`. (Strings keep their methods,
/// `("x"):upper()`, whatever the set.)
///
/// ```
/// use strata::{StdLib, Vm, VmConfig};
/// let sandbox = VmConfig { std_libs: StdLib::ALL_SAFE - StdLib::IO - StdLib::OS, ..VmConfig::default() };
/// let vm = Vm::new(sandbox);
/// assert_eq!(vm.load("return type(io), type(os), type(dofile), type(string)").eval::<(String, String, String, String)>().unwrap(),
///     ("nil".into(), "nil".into(), "nil".into(), "table".into()));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StdLib(u32);

impl StdLib {
    pub const COROUTINE: StdLib = StdLib(1);
    pub const TABLE: StdLib = StdLib(1 << 1);
    /// `io`, with `dofile` and `loadfile`.
    pub const IO: StdLib = StdLib(1 << 2);
    pub const OS: StdLib = StdLib(1 << 3);
    pub const STRING: StdLib = StdLib(1 << 4);
    pub const UTF8: StdLib = StdLib(1 << 5);
    pub const MATH: StdLib = StdLib(1 << 6);
    /// `package`, with `require`.
    pub const PACKAGE: StdLib = StdLib(1 << 7);
    pub const DEBUG: StdLib = StdLib(1 << 8);
    /// None: the basic functions only.
    pub const NONE: StdLib = StdLib(0);
    /// Every library.
    pub const ALL: StdLib = StdLib((1 << 9) - 1);
    /// Every library but `debug` (which can reach any function's locals and upvalues), as
    /// `mlua`'s `ALL_SAFE`.
    pub const ALL_SAFE: StdLib = StdLib(Self::ALL.0 & !Self::DEBUG.0);

    /// Whether every library of `other` is in this set.
    pub fn contains(self, other: StdLib) -> bool {
        self.0 & other.0 == other.0
    }

    /// The library tables (global names) and the extra globals that go with each.
    pub(crate) const NAMES: [(StdLib, &'static str, &'static [&'static str]); 9] = [
        (StdLib::COROUTINE, "coroutine", &[]),
        (StdLib::TABLE, "table", &[]),
        (StdLib::IO, "io", &["dofile", "loadfile"]),
        (StdLib::OS, "os", &[]),
        (StdLib::STRING, "string", &[]),
        (StdLib::UTF8, "utf8", &[]),
        (StdLib::MATH, "math", &[]),
        (StdLib::PACKAGE, "package", &["require"]),
        (StdLib::DEBUG, "debug", &[]),
    ];
}

impl Default for StdLib {
    fn default() -> Self {
        StdLib::ALL
    }
}

impl std::ops::BitOr for StdLib {
    type Output = StdLib;
    fn bitor(self, rhs: StdLib) -> StdLib {
        StdLib(self.0 | rhs.0)
    }
}

impl std::ops::BitOrAssign for StdLib {
    fn bitor_assign(&mut self, rhs: StdLib) {
        self.0 |= rhs.0;
    }
}

impl std::ops::Sub for StdLib {
    type Output = StdLib;
    fn sub(self, rhs: StdLib) -> StdLib {
        StdLib(self.0 & !rhs.0)
    }
}

/// The default recursion limit (Lua 5.4 allows about 200,000 frames of a small function).
pub const DEFAULT_RECURSION_LIMIT: usize = 200_000;

/// The default value-stack budget: Lua 5.4's `LUAI_MAXSTACK`.
pub use crate::state::DEFAULT_STACK_SLOTS;
pub use crate::state::cli::{CliRun, CliStep};

impl Default for VmConfig {
    fn default() -> Self {
        VmConfig {
            engine: Engine::Tiered,
            jit: JitConfig::default(),
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            stack_slots: DEFAULT_STACK_SLOTS,
            machine_stack: None,
            output: Output::Stdout,
            stress_gc: false,
            std_libs: StdLib::ALL,
        }
    }
}

impl VmConfig {
    /// The same configuration with output captured in memory.
    pub fn capture_output(mut self) -> Self {
        self.output = Output::Capture;
        self
    }
}

/// Why a run failed.
#[derive(Debug, thiserror::Error)]
pub enum VmError {
    #[error("{0}")]
    Syntax(#[from] SyntaxError),
    #[error("{0}")]
    Text(#[from] TextError),
    #[error("{0}")]
    Verify(#[from] VerifyError),
    #[error("{0}")]
    Runtime(#[from] LuaError),
    #[error("engine '{0}' is not available in this build of strata")]
    EngineUnavailable(&'static str),
    /// A JIT failure that stops the run (internal backend errors with
    /// `JitConfig::internal_errors_fatal`).
    #[error("{0}")]
    Jit(#[from] JitError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The program called `os.exit(code)`.
    #[error("the program exited with code {0}")]
    Exit(i32),
}

impl VmError {
    /// The process exit code the CLI uses: 1 for Lua errors (like `lua5.4`), 2 for an
    /// unavailable engine (a usage problem).
    pub fn exit_code(&self) -> i32 {
        match self {
            VmError::EngineUnavailable(_) => 2,
            VmError::Exit(code) => *code,
            _ => 1,
        }
    }
}

/// What a VM thread runs on the VM it made.
type RunFn = dyn Fn(&mut crate::state::VmState) -> Result<(), LuaError> + Send + Sync;

/// A captured-output buffer shared with the VM thread.
#[derive(Clone, Default)]
pub(crate) struct SharedBuf(Arc<Mutex<Vec<u8>>>);

/// The VM's buffered standard output. A flush with nothing written since the last one does
/// nothing (the embedding API flushes after every call from the host: it must not cost a
/// lock of `stdout` each time).
struct StdoutBuf {
    out: std::io::BufWriter<std::io::Stdout>,
    dirty: bool,
}

impl Write for StdoutBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.dirty = true;
        self.out.write(buf)
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.dirty = true;
        self.out.write_all(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        if !self.dirty {
            return Ok(());
        }
        self.dirty = false;
        self.out.flush()
    }
}

impl Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().map_err(|_| std::io::Error::other("poisoned output"))?.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A strata virtual machine.
///
/// Two ways to use it:
/// - **Embedding** ([`Vm::load`], [`Vm::globals`], [`Vm::create_function`], ...): one
///   persistent Lua state, made on first use, on the thread that calls it; globals,
///   functions and tables live across chunks until the `Vm` and its last handle are
///   dropped (then finalizers run, as when Lua closes a state).
/// - **Whole programs** ([`Vm::run_source`], [`Vm::run_program`], [`Vm::run_cli`]): as the
///   `strata` command runs them, each in a fresh state on a VM thread whose machine stack
///   is sized for the recursion limit; the program ends with the run (finalizers, output
///   flushed, `os.exit` as [`VmError::Exit`]). These share nothing with the embedding state.
#[repr(transparent)]
pub struct Vm {
    pub(crate) inner: Rc<Inner>,
}

impl Vm {
    /// A VM with this configuration. The embedding state is made on first use; if it cannot
    /// be (an engine this build lacks), that first use panics: [`Vm::try_new`] reports it
    /// instead.
    pub fn new(config: VmConfig) -> Vm {
        Vm { inner: Rc::new(Inner::new(config)) }
    }

    /// A VM with this configuration, its embedding state made now: an engine this build
    /// lacks, or a JIT that cannot start on this machine, is an error here.
    pub fn try_new(config: VmConfig) -> Result<Vm, crate::api::Error> {
        let vm = Vm::new(config);
        vm.inner.try_state()?;
        Ok(vm)
    }

    /// A `Vm` on the same state (what Rust functions called from Lua receive).
    pub(crate) fn from_inner(inner: Rc<Inner>) -> Vm {
        Vm { inner }
    }

    /// The `Vm` of a state, borrowed (what the API's conversions take, without a count).
    #[inline(always)]
    pub(crate) fn from_inner_ref(inner: &Rc<Inner>) -> &Vm {
        // SAFETY: `Vm` is a transparent wrapper of `Rc<Inner>`.
        unsafe { &*(inner as *const Rc<Inner> as *const Vm) }
    }

    pub fn config(&self) -> &VmConfig {
        &self.inner.config
    }

    /// Compiles and runs Lua source. `chunk_name` is what messages call it (`prog.lua`).
    pub fn run_source(&mut self, src: &[u8], chunk_name: &str) -> Result<(), VmError> {
        self.check_engine()?;
        let program = compile(src, chunk_name)?;
        self.run_program(program)
    }

    /// Parses bytecode text, verifies it and runs it.
    pub fn run_bytecode_text(&mut self, text: &str) -> Result<(), VmError> {
        self.check_engine()?;
        let program = crate::bytecode::text::parse(text)?;
        self.run_program(program)
    }

    fn check_engine(&self) -> Result<(), VmError> {
        let engine = self.inner.config.engine;
        if engine.available() { Ok(()) } else { Err(VmError::EngineUnavailable(engine.name())) }
    }

    /// Verifies and runs a program on a VM thread sized for the recursion limit.
    pub fn run_program(&mut self, program: Program) -> Result<(), VmError> {
        self.run_with(program, Arc::new(|state: &mut crate::state::VmState| state.run_main()))
    }

    /// Runs the steps of a `lua`-style command line (`-e`, `-l`, the script with its
    /// arguments, the interactive prompt) one after another in one VM, with the global `arg`
    /// built from `run.arg`. The first error ends the run.
    pub fn run_cli(&mut self, run: CliRun) -> Result<(), VmError> {
        self.check_engine()?;
        let program = compile(b"", "=strata")?;
        let run = Arc::new(run);
        self.run_with(program, Arc::new(move |state: &mut crate::state::VmState| state.run_cli(&run)))
    }

    /// Verifies `program` and runs `what` on a VM made for it, on a VM thread sized for the
    /// recursion limit.
    fn run_with(&mut self, program: Program, what: Arc<RunFn>) -> Result<(), VmError> {
        self.check_engine()?;
        let facts = verify(&program)?;
        let config = self.inner.config.clone();
        let captured = self.inner.captured.clone();
        let limit = config.recursion_limit;
        let jit = config.jit.clone();
        let program = Arc::new(program);
        let facts = Arc::new(facts);
        // The run's state takes interrupt requests while it lives (then the embedding
        // state's again, if there is one).
        let interrupt = self.inner.interrupt_target();
        let embedded = self.inner.interrupt_ctx();
        let body = move |stack: usize| -> (Result<(), VmError>, Option<JitReport>) {
            let mut interp = match make_state(&config, captured, program, facts) {
                Ok(i) => i,
                Err(e) => return (Err(e), None),
            };
            interrupt.set(&interp.ctx);
            let _restore = crate::api::RestoreTarget(&interrupt, embedded);
            interp.guard_machine_stack(stack, STACK_MARGIN);
            if jit.eager {
                let mut tiering = interp.tiering.take();
                if let Some(driver) = tiering.as_mut().and_then(|t| t.as_any_mut().downcast_mut::<Driver>())
                    && let Err(e) = driver.compile_all(&mut interp)
                {
                    return (Err(VmError::Jit(e)), Some(driver.summary(&interp.program)));
                }
                interp.tiering = tiering;
            }
            let result = what(&mut interp).map_err(|e| match interp.exit_request {
                Some((code, _)) => VmError::Exit(code),
                None => VmError::from(e),
            });
            let report = interp
                .tiering
                .as_ref()
                .and_then(|t| t.as_any().downcast_ref::<Driver>())
                .map(|d| d.summary(&interp.program));
            if jit.metrics {
                if let Some(r) = &report {
                    eprint!("{}", r.text);
                }
                eprint!("{}", gc_report(&interp.heap.stats));
            }
            (result, report)
        };
        // A machine that cannot reserve the full stack gets a smaller one (and the stack
        // guard reports `stack overflow` earlier in recursions through both tiers).
        let mut stack = self.inner.config.machine_stack.unwrap_or_else(|| vm_thread_stack(limit)).max(MIN_VM_STACK);
        let worker = loop {
            let run = body.clone();
            match std::thread::Builder::new().name("strata-vm".into()).stack_size(stack).spawn(move || run(stack)) {
                Ok(w) => break w,
                Err(_) if stack > MIN_VM_STACK => stack = (stack / 2).max(MIN_VM_STACK),
                Err(e) => return Err(e.into()),
            }
        };
        let (result, report) =
            worker.join().unwrap_or_else(|_| (Err(VmError::Io(std::io::Error::other("the VM thread panicked"))), None));
        *self.inner.jit_report.borrow_mut() = report;
        result
    }

    /// The bytecode of every function of `program` next to the machine code each native
    /// backend of the configured engine makes for it (`strata disasm --native`). Nothing
    /// runs.
    pub fn native_listing(&self, program: Program) -> Result<String, VmError> {
        let config = &self.inner.config;
        if !config.engine.available() {
            return Err(VmError::EngineUnavailable(config.engine.name()));
        }
        let facts = verify(&program)?;
        let mut interp = new_state_with_stack(
            Arc::new(program),
            Arc::new(facts),
            config.recursion_limit,
            config.stack_slots,
            Box::new(std::io::sink()),
        )?;
        let driver = Driver::new(config.engine, &config.jit, &interp.program).map_err(VmError::Jit)?;
        let Some(mut driver) = driver else {
            return Err(JitError::NoNativeBackend("this engine has no native backend to show").into());
        };
        #[cfg(any(feature = "cranelift", feature = "dynasm"))]
        {
            driver.native_listing(&mut interp).map_err(VmError::Jit)
        }
        #[cfg(not(any(feature = "cranelift", feature = "dynasm")))]
        {
            let _ = (&mut driver, &mut interp);
            Err(JitError::NoNativeBackend("this build of strata has no native backend").into())
        }
    }

    /// What the JIT did in the last run (which tier ran each function, metrics), when the
    /// engine has native tiers.
    pub fn jit_report(&self) -> Option<JitReport> {
        self.inner.jit_report.borrow().clone()
    }

    /// Output captured so far (with [`Output::Capture`]).
    pub fn output(&self) -> Vec<u8> {
        self.inner.captured.0.lock().map(|b| b.clone()).unwrap_or_default()
    }

    /// Takes the captured output, leaving the buffer empty.
    pub fn take_output(&self) -> Vec<u8> {
        self.inner.captured.0.lock().map(|mut b| std::mem::take(&mut *b)).unwrap_or_default()
    }
}

/// A VM state for `config` running `program` (verified as `facts`), with its tier driver
/// (no code compiled yet), printing to the configured output.
pub(crate) fn make_state(
    config: &VmConfig,
    captured: SharedBuf,
    program: Arc<Program>,
    facts: Arc<crate::bytecode::verify::ProgramFacts>,
) -> Result<Box<crate::state::VmState>, VmError> {
    if !config.engine.available() {
        return Err(VmError::EngineUnavailable(config.engine.name()));
    }
    let out: Box<dyn Write + Send> = match config.output {
        Output::Stdout => {
            Box::new(StdoutBuf { out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()), dirty: false })
        }
        Output::Capture => Box::new(captured),
    };
    let mut interp = new_state_with_stack(program, facts, config.recursion_limit, config.stack_slots, out)?;
    if config.std_libs != StdLib::ALL {
        interp.leave_out_libs(config.std_libs).map_err(|_| VmError::Io(std::io::ErrorKind::OutOfMemory.into()))?;
    }
    interp.heap.params.stress = config.stress_gc;
    interp.heap.set_threshold();
    if let Some(driver) = Driver::new(config.engine, &config.jit, &interp.program)? {
        interp.ctx.tier_threshold = driver.threshold();
        interp.osr_threshold = driver.osr_threshold();
        interp.ctx.stress_counter = driver.stress_deopt();
        interp.tiering = Some(Box::new(driver));
    }
    Ok(interp)
}

/// The collector's line of `STRATA_JIT_METRICS`.
fn gc_report(s: &crate::runtime::heap::GcStats) -> String {
    format!(
        "gc: {} collections, pause total {:.3} ms, max {:.3} ms, freed {} objects ({} KiB), peak heap {} KiB\n",
        s.collections,
        s.pause_total.as_secs_f64() * 1e3,
        s.pause_max.as_secs_f64() * 1e3,
        s.freed_objects,
        s.freed_bytes / 1024,
        s.peak_bytes / 1024
    )
}

/// Machine stack kept free for builtins, error reporting and the JIT when a Lua call
/// reports `stack overflow`.
const STACK_MARGIN: usize = 1 << 20;

/// The smallest VM thread stack tried.
const MIN_VM_STACK: usize = 4 << 20;

/// Machine stack for the VM thread. The interpreter needs almost none, but a recursion that
/// alternates between interpreted and compiled functions nests Rust activations (about 2 KiB
/// per Lua call measured, in release builds and in dev builds at opt-level 1), so the stack
/// grows with the recursion limit, at twice that. The OS commits it lazily, as it is used.
fn vm_thread_stack(limit: usize) -> usize {
    (16 << 20) + limit.saturating_mul(4 << 10)
}

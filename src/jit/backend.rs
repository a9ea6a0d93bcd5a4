//! The backend trait: the only thing the tier driver knows of a code generator.
//!
//! The lifecycle mirrors Cranelift's JIT: **declare** a function (so bodies can refer to it
//! before it exists), **define** it from a plan (`jit::plan`: the sub-program, its tag facts
//! and speculations),
//! **finalize** (make the code executable, W^X), then take its **entry** (the uniform ABI of
//! `jit::abi`; a backend with a faster internal ABI emits a wrapper here).
//!
//! ```text
//!   preflight ─▶ declare ─▶ define(plan) ─▶ finalize ─▶ entry ─▶ function table (or OSR)
//! ```

use crate::bytecode::Op;
use crate::bytecode::program::Program;
use crate::bytecode::verify::ProgramFacts;
use crate::jit::deopt::DeoptInfo;
use crate::jit::plan::Plan;
use crate::jit::subprogram::SubIp;
use crate::state::abi::EntryFn;

/// Why a backend did not compile a function.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BackendError {
    /// The backend does not handle something in the function: it stays interpreted.
    #[error("unsupported: {0}")]
    Unsupported(String),
    /// A bug in the backend or the framework: reported, never ignored.
    #[error("internal backend error: {0}")]
    Internal(String),
}

/// What defining a function produced.
#[derive(Clone, Debug, Default)]
pub struct Compiled {
    /// Machine code bytes.
    pub code_bytes: usize,
    /// Deopt points, indexed by the id native code leaves in `ctx.deopt_id` (global ips).
    pub deopts: Vec<DeoptInfo<SubIp>>,
}

/// A code generator.
pub trait CodegenBackend {
    /// The backend's name (`cranelift`, `dynasm`).
    fn name(&self) -> &'static str;

    /// Whether the backend compiles this opcode (preflight's question).
    fn supports(&self, op: Op) -> bool;

    /// Names `func` before any body exists, so bodies may call it.
    fn declare(&mut self, program: &Program, func: u32) -> Result<(), BackendError>;

    /// Compiles a declared function from its plan: the sub-program (with inlined callees),
    /// the tag facts and speculations, and whether this is an OSR entry.
    fn define(&mut self, program: &Program, facts: &ProgramFacts, plan: &Plan) -> Result<Compiled, BackendError>;

    /// Makes every defined function executable.
    fn finalize(&mut self) -> Result<(), BackendError>;

    /// The uniform entry of a defined, finalized function (a wrapper around a faster internal
    /// ABI where the backend has one).
    fn entry(&self, func: u32) -> Result<EntryFn, BackendError>;

    /// The machine code of a finalized function, in parts (an inner function and its
    /// wrapper, say), each with its pc map where the backend keeps one: what
    /// `strata disasm --native` shows.
    fn native_code(&self, _func: u32) -> Vec<NativeCode<'_>> {
        Vec::new()
    }
}

/// Machine code of (part of) a compiled function, as it sits in executable memory.
pub struct NativeCode<'a> {
    pub part: &'static str,
    pub code: &'a [u8],
    /// Native offset to global bytecode ip, ascending (empty if the backend keeps none).
    pub pc_map: &'a [(u32, u32)],
}

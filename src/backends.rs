//! The code generators (layer 4), which live in the repository's `backends/` folder, each
//! compiled in as a module behind its cargo feature, and [`Backend`], the enum the tier
//! driver holds them in (static dispatch over the backends this build has).
//!
//! A backend may import the JIT core (`jit::{backend, plan, subprogram, deopt, helpers}`),
//! the state layer's ABI records, the bytecode and the runtime; never the interpreter, the
//! tier driver or the JIT glue.

use crate::bytecode::Op;
use crate::bytecode::program::Program;
use crate::bytecode::verify::ProgramFacts;
use crate::jit::backend::{BackendError, CodegenBackend, Compiled, NativeCode};
use crate::jit::plan::Plan;
use crate::state::abi::EntryFn;

#[cfg(feature = "cranelift")]
#[path = "../backends/cranelift/mod.rs"]
pub mod cranelift;

#[cfg(feature = "dynasm")]
#[path = "../backends/dynasm/mod.rs"]
pub mod dynasm;

#[cfg(feature = "cranelift")]
pub use cranelift::CraneliftBackend;
#[cfg(feature = "dynasm")]
pub use dynasm::DynasmBackend;

/// Every backend built into this strata. (A VM holds one per tier, so variant sizes do not
/// matter.)
#[allow(clippy::large_enum_variant)]
pub enum Backend {
    #[cfg(feature = "cranelift")]
    Cranelift(CraneliftBackend),
    #[cfg(feature = "dynasm")]
    Dynasm(DynasmBackend),
    /// Keeps the enum well-formed in an interpreter-only build; it can hold no value.
    None(NoBackend),
}

/// The uninhabited backend of the `Backend::None` variant.
pub enum NoBackend {}

/// Runs `$e` with `$b` bound to the backend inside `$self`.
macro_rules! dispatch {
    ($self:expr, $b:ident => $e:expr) => {
        match $self {
            #[cfg(feature = "cranelift")]
            Backend::Cranelift($b) => $e,
            #[cfg(feature = "dynasm")]
            Backend::Dynasm($b) => $e,
            Backend::None(n) => match *n {},
        }
    };
}

// In an interpreter-only build every arm is the uninhabited one.
#[cfg_attr(not(any(feature = "cranelift", feature = "dynasm")), allow(unused_variables))]
impl CodegenBackend for Backend {
    fn name(&self) -> &'static str {
        dispatch!(self, b => b.name())
    }
    fn supports(&self, op: Op) -> bool {
        dispatch!(self, b => b.supports(op))
    }
    fn declare(&mut self, program: &Program, func: u32) -> Result<(), BackendError> {
        dispatch!(self, b => b.declare(program, func))
    }
    fn define(&mut self, program: &Program, facts: &ProgramFacts, plan: &Plan) -> Result<Compiled, BackendError> {
        dispatch!(self, b => b.define(program, facts, plan))
    }
    fn finalize(&mut self) -> Result<(), BackendError> {
        dispatch!(self, b => b.finalize())
    }
    fn entry(&self, func: u32) -> Result<EntryFn, BackendError> {
        dispatch!(self, b => b.entry(func))
    }
    fn native_code(&self, func: u32) -> Vec<NativeCode<'_>> {
        dispatch!(self, b => b.native_code(func))
    }
}

#[cfg(feature = "cranelift")]
impl From<CraneliftBackend> for Backend {
    fn from(b: CraneliftBackend) -> Backend {
        Backend::Cranelift(b)
    }
}

#[cfg(feature = "dynasm")]
impl From<DynasmBackend> for Backend {
    fn from(b: DynasmBackend) -> Backend {
        Backend::Dynasm(b)
    }
}

impl Backend {
    /// The backends this build has, by name.
    pub fn available() -> &'static [&'static str] {
        &[
            #[cfg(feature = "dynasm")]
            "dynasm",
            #[cfg(feature = "cranelift")]
            "cranelift",
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every backend built answers `supports` for every opcode (an arm, or the generic
    /// helper path), and `..`, which has no arm in either, goes the generic way.
    #[test]
    fn supports_is_an_arm_or_the_generic_path() {
        /// A backend and its "has an arm for this opcode".
        type WithArms = (Backend, fn(Op) -> bool);
        #[allow(unused_mut)]
        let mut backends: Vec<WithArms> = Vec::new();
        #[cfg(feature = "cranelift")]
        backends.push((CraneliftBackend::new().expect("backend").into(), cranelift::has_arm));
        #[cfg(all(feature = "dynasm", target_arch = "x86_64"))]
        backends.push((DynasmBackend::new().expect("backend").into(), dynasm::has_arm));
        for (backend, has_arm) in &backends {
            for &op in Op::ALL {
                assert!(backend.supports(op), "{} {}", backend.name(), op.name());
            }
            assert!(!has_arm(Op::Concat) && has_arm(Op::Add) && has_arm(Op::Len), "{}", backend.name());
        }
    }
}

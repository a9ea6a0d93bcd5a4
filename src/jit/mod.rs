//! The JIT framework, shared by every backend: the ABI native code runs with, the backend
//! trait, the sub-program builder, deopt metadata and materialization, preflight, feedback,
//! and the tier driver that ties them to the interpreter.

pub mod backend;
pub mod deopt;
#[cfg(any(feature = "cranelift", feature = "dynasm"))]
pub mod disasm;
pub mod driver;
pub mod glue;
pub mod helpers;
pub mod plan;
pub mod preflight;
pub mod subprogram;
pub mod tunables;

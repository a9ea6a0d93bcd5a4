//! Preflight: can a backend compile a function? Derived from the opcode table and the
//! backend's `supports`, so a backend gets "unsupported" (the function stays interpreted)
//! for every opcode it does not implement, never a panic.

use crate::bytecode::Op;
use crate::bytecode::program::Program;
use crate::jit::backend::{BackendError, CodegenBackend};

/// Checks every instruction of `func` against `backend` (and the configured `deny` list).
pub fn preflight(backend: &impl CodegenBackend, program: &Program, func: u32, deny: &[Op]) -> Result<(), BackendError> {
    let f = &program.functions[func as usize];
    let instrs = program.instructions(f).map_err(|e| BackendError::Internal(e.to_string()))?;
    match instrs.iter().find(|i| !backend.supports(i.op) || deny.contains(&i.op)) {
        Some(i) => Err(BackendError::Unsupported(format!(
            "{} does not compile {} (function '{}', ip {})",
            backend.name(),
            i.op.name(),
            f.name,
            i.ip
        ))),
        None => Ok(()),
    }
}

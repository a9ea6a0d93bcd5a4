//! Bytecode: the opcode table, `Program`/`Function`, the text format and the verifier.

pub mod naming;
pub mod opcodes;
pub mod program;
pub mod text;
pub mod verify;

pub use opcodes::Op;
pub use program::{Constant, Function, Program};

//! strata: a tiered JIT framework for a stack-based bytecode VM running a Lua 5.4 subset.
//!
//! ```text
//! prog.lua ─▶ lang (lexer, parser, compiler) ─▶ bytecode::Program ─▶ bytecode::verify
//!                                                                         │
//!                 interp (tier 0, reference semantics, feedback) ◀────────┘
//! ```
//!
//! Start with [`Vm`]: configure an engine, run source, read the output.

pub mod backends;
pub mod bytecode;
pub mod interp;
pub mod jit;
pub mod lang;
pub mod runtime;
pub mod value;
pub mod vm;

pub use value::Value;
pub use vm::{DEFAULT_RECURSION_LIMIT, DEFAULT_STACK_SLOTS, Engine, Output, Vm, VmConfig, VmError};

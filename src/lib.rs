//! strata: a tiered JIT framework for a stack-based bytecode VM running a Lua 5.4 subset.
//!
//! ```text
//! prog.lua ─▶ lang (lexer, parser, compiler) ─▶ bytecode::Program ─▶ bytecode::verify
//!                                                                         │
//!                 interp (tier 0, reference semantics, feedback) ◀────────┘
//! ```
//!
//! The modules are layers, each importing only the layers below it (a test enforces it):
//!
//! ```text
//!   L6  vm, api (the library and embedding API), main.rs (CLI), bench
//!   L5  jit::driver (implements state::Tiering), jit::glue (extern "C" helpers, deopt)
//!   L4  backends (cranelift, dynasm)
//!   L3  interp          | jit core: plan, subprogram, deopt metadata, backend trait,
//!                       | preflight, disasm, the helper table
//!   L2  state: VmState (every root), the JIT ABI records, feedback, Tiering
//!   L1  bytecode (opcode table, program, verifier, text, variable naming), lang
//!   L0  runtime: value, heap, arith, number, format, builtins, errors
//! ```
//!
//! Start with [`Vm`]: configure an engine, run source, read the output.

pub mod api;
pub mod backends;
pub mod bytecode;
pub mod interp;
pub mod jit;
pub mod lang;
pub mod runtime;
pub mod state;
pub mod vm;

pub use api::{
    AnyUserData, AsChunk, Chunk, Error, ErrorValue, ExternalError, ExternalResult, FromLua, FromLuaMulti, Function,
    InterruptHandle, IntoLua, IntoLuaMulti, LuaString, MetaMethod, MultiValue, Result, Table, TablePairs,
    TableSequence, Thread, UserData, UserDataFields, UserDataMethods, UserDataRegistry, Value, Variadic,
};
pub use vm::{
    CliRun, CliStep, DEFAULT_RECURSION_LIMIT, DEFAULT_STACK_SLOTS, Engine, Output, StdLib, Vm, VmConfig, VmError,
};

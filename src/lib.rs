//! strata: Lua 5.4 with a tiered JIT, embeddable in Rust.
//!
//! A [`Vm`] runs Lua code in one of four engines ([`Engine`]): the reference interpreter,
//! a baseline template compiler (dynasm-rs), an optimizing compiler (Cranelift), or the
//! tiered engine (the default), which moves hot code up through them. The embedding API
//! follows `mlua`'s names: chunks ([`Vm::load`]), conversions ([`IntoLua`], [`FromLua`]),
//! handles that keep objects alive ([`Table`], [`Function`], [`Thread`], [`AnyUserData`]),
//! Rust functions ([`Vm::create_function`]), userdata ([`UserData`]), limits
//! ([`Vm::set_memory_limit`], [`InterruptHandle`]) and sandboxes ([`StdLib`]).
//!
//! ```
//! use strata::{Vm, VmConfig};
//!
//! let vm = Vm::new(VmConfig::default());
//! vm.load("function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end").exec()?;
//! let fib: strata::Function = vm.globals().get("fib")?;
//! assert_eq!(fib.call::<i64>(20)?, 6765);
//! # Ok::<(), strata::Error>(())
//! ```
//!
//! Whole programs run as the `strata` command runs them through [`Vm::run_source`] and
//! [`Vm::run_cli`].
//!
//! The modules `backends`, `bytecode`, `interp`, `jit`, `lang`, `runtime` and `state` are
//! public for the `strata` command, the test suites and the benchmarks: they are the
//! implementation, not the API, and change without notice (so these docs leave them out).
//! Their layers, each importing only the layers below it (a test enforces it):
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

#[doc(hidden)]
pub mod api;
#[doc(hidden)]
pub mod backends;
#[doc(hidden)]
pub mod bytecode;
#[doc(hidden)]
pub mod interp;
#[doc(hidden)]
pub mod jit;
#[doc(hidden)]
pub mod lang;
#[doc(hidden)]
pub mod runtime;
#[doc(hidden)]
pub mod state;
#[doc(hidden)]
pub mod vm;

pub use api::{
    AnyUserData, AsChunk, Chunk, Error, ErrorValue, ExternalError, ExternalResult, FromLua, FromLuaMulti, Function,
    InterruptHandle, IntoLua, IntoLuaMulti, LuaString, MetaMethod, MultiValue, Result, Table, TablePairs,
    TableSequence, Thread, UserData, UserDataFields, UserDataMethods, UserDataRegistry, Value, Variadic,
};
pub use bytecode::program::Program;
pub use jit::deopt::DeoptReason;
pub use jit::driver::{JitConfig, JitReport, Metrics};
pub use vm::{
    CliRun, CliStep, DEFAULT_RECURSION_LIMIT, DEFAULT_STACK_SLOTS, Engine, Output, StdLib, Vm, VmConfig, VmError,
};

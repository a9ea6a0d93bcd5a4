//! JIT glue (layer 5): the code native code calls back into, which may use the interpreter.
//!
//! - [`helpers`]: the `extern "C"` helpers for every generic operation;
//! - [`deopt`]: materializing interpreter frames from deopt metadata.

pub mod deopt;
pub mod helpers;

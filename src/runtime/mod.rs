//! The runtime shared by every tier: heap objects, generic operations, number conversion,
//! builtins and errors.

pub mod arith;
pub mod builtins;
pub mod error;
pub mod format;
pub mod heap;
pub mod number;
pub mod value;

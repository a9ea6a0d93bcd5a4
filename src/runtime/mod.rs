//! The runtime shared by every tier: heap objects (strings, tables, closures, cells),
//! generic operations, number conversion, builtins and errors.

pub mod alloc;
pub mod arith;
pub mod builtins;
pub mod error;
pub mod format;
pub mod heap;
pub mod meta;
pub mod number;
pub mod string;
pub mod table;
pub mod thread;
pub mod value;

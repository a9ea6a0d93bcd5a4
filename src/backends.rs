//! The code generators, which live in the repository's `backends/` folder, each compiled in
//! as a module behind its cargo feature (they share the crate with the `CodegenBackend`
//! trait because `enum_dispatch` needs the trait and the `Backend` enum in one crate).

#[cfg(feature = "cranelift")]
#[path = "../backends/cranelift/mod.rs"]
pub mod cranelift;

#[cfg(feature = "dynasm")]
#[path = "../backends/dynasm/mod.rs"]
pub mod dynasm;

//! The JIT framework: feedback now; the backend trait, ABI, sub-program builder, deopt,
//! preflight, mixed function table and tier driver build on it.

pub mod feedback;

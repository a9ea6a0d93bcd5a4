//! The dynasm-rs baseline backend (tier 1): a template compiler. Each function is compiled
//! in one linear pass over its bytecode, one small x86-64 template per opcode (see
//! `x64/`, the only place with `dynasm!` code, so an aarch64 sibling can be added beside
//! it).
//!
//! Lifecycle, as the trait has it: `define` assembles a function into a byte vector (its
//! code is position independent: helpers and other functions are reached through absolute
//! addresses and the function table); `finalize` copies every function defined since the
//! last finalize into one fresh mapping and makes it executable (W^X: the mapping is never
//! writable and executable at once, and code that is running is never remapped). Mappings
//! live as long as the backend, like the code Cranelift's JIT module keeps.

#[cfg(target_arch = "x86_64")]
mod x64;

/// Whether the baseline has a template for an opcode (else it takes the generic path).
#[cfg(target_arch = "x86_64")]
pub(crate) use x64::has_template as has_arm;

use std::collections::HashMap;

use crate::bytecode::Op;
use crate::bytecode::program::Program;
use crate::bytecode::verify::ProgramFacts;
use crate::jit::backend::{BackendError, CodegenBackend, Compiled, NativeCode};
use crate::jit::plan::Plan;
use crate::state::abi::EntryFn;

/// A function assembled but not yet executable.
struct Pending {
    func: u32,
    code: Vec<u8>,
    pc_map: Vec<(u32, u32)>,
}

/// Code of one function in an executable mapping.
struct Placed {
    entry: EntryFn,
    code: &'static [u8],
    pc_map: Vec<(u32, u32)>,
}

/// The dynasm baseline code generator.
pub struct DynasmBackend {
    pending: Vec<Pending>,
    placed: HashMap<u32, Placed>,
    buffers: Vec<dynasmrt::ExecutableBuffer>,
}

impl DynasmBackend {
    pub fn new() -> Result<DynasmBackend, BackendError> {
        if !cfg!(target_arch = "x86_64") {
            return Err(BackendError::Unsupported("the dynasm backend generates x86-64 code only".into()));
        }
        Ok(DynasmBackend { pending: Vec::new(), placed: HashMap::new(), buffers: Vec::new() })
    }
}

fn internal(e: impl std::fmt::Display) -> BackendError {
    BackendError::Internal(e.to_string())
}

impl CodegenBackend for DynasmBackend {
    fn name(&self) -> &'static str {
        "dynasm"
    }

    fn supports(&self, op: Op) -> bool {
        // A template, or the opcode's generic helper path.
        #[cfg(target_arch = "x86_64")]
        return has_arm(op) || crate::jit::helpers::Helper::generic_for(op).is_some();
        #[cfg(not(target_arch = "x86_64"))]
        return {
            let _ = op;
            false
        };
    }

    fn declare(&mut self, _program: &Program, _func: u32) -> Result<(), BackendError> {
        // Calls go through the function table: nothing to name ahead of time.
        Ok(())
    }

    #[cfg(target_arch = "x86_64")]
    fn define(&mut self, program: &Program, facts: &ProgramFacts, plan: &Plan) -> Result<Compiled, BackendError> {
        let out = x64::compile(program, facts, plan)?;
        let func = plan.sub.root();
        if let Some(dir) = std::env::var_os("STRATA_DUMP_CODE") {
            let _ = std::fs::write(std::path::Path::new(&dir).join(format!("f{func}_dynasm.bin")), &out.code);
        }
        let compiled = Compiled { code_bytes: out.code.len(), deopts: out.deopts };
        self.pending.push(Pending { func, code: out.code, pc_map: out.pc_map });
        Ok(compiled)
    }

    #[cfg(not(target_arch = "x86_64"))]
    fn define(&mut self, _program: &Program, _facts: &ProgramFacts, _plan: &Plan) -> Result<Compiled, BackendError> {
        Err(BackendError::Unsupported("the dynasm backend generates x86-64 code only".into()))
    }

    fn finalize(&mut self) -> Result<(), BackendError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        // Functions start 16-byte aligned.
        let mut offsets = Vec::with_capacity(self.pending.len());
        let mut size = 0usize;
        for p in &self.pending {
            offsets.push(size);
            size = (size + p.code.len()).next_multiple_of(16);
        }
        let mut buf = dynasmrt::mmap::MutableBuffer::new(size).map_err(internal)?;
        buf.set_len(size);
        buf.fill(0xcc);
        for (p, &off) in self.pending.iter().zip(&offsets) {
            buf[off..off + p.code.len()].copy_from_slice(&p.code);
        }
        let exec = buf.make_exec().map_err(internal)?;
        for (p, off) in std::mem::take(&mut self.pending).into_iter().zip(offsets) {
            let start = exec.ptr(dynasmrt::AssemblyOffset(off));
            // SAFETY: the mapping lives in `self.buffers` as long as the backend; the code
            // was assembled with the uniform entry ABI at offset 0.
            let entry = unsafe { std::mem::transmute::<*const u8, EntryFn>(start) };
            let code = unsafe { std::slice::from_raw_parts(start, p.code.len()) };
            self.placed.insert(p.func, Placed { entry, code, pc_map: p.pc_map });
        }
        self.buffers.push(exec);
        Ok(())
    }

    fn entry(&self, func: u32) -> Result<EntryFn, BackendError> {
        self.placed.get(&func).map(|p| p.entry).ok_or_else(|| internal(format!("function {func} has no code")))
    }

    fn native_code(&self, func: u32) -> Vec<NativeCode<'_>> {
        self.placed
            .get(&func)
            .map(|p| NativeCode { part: "baseline", code: p.code, pc_map: &p.pc_map })
            .into_iter()
            .collect()
    }
}

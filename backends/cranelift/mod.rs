//! The Cranelift backend: compiles sub-programs to native code through Cranelift's JIT
//! module, following its lifecycle one to one (declare, define, finalize, get the pointer).
//!
//! In baseline mode (no speculation plan) every opcode is compiled generically: values are
//! pairs of SSA words (tag, payload), locals and operand-stack positions are Cranelift
//! variables, arithmetic and comparisons have inline integer/float fast paths with runtime
//! helpers for the rest, and calls to compiled functions go straight through the mixed
//! function table. See `translate.rs`.

mod translate;

/// Whether the translator has an arm for an opcode (else it takes the generic path).
pub(crate) use translate::has_translation as has_arm;

use std::collections::HashMap;
use std::mem::ManuallyDrop;

use cranelift::prelude::*;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{FuncId, Linkage, Module, default_libcall_names};

use crate::bytecode::Op;
use crate::bytecode::program::Program;
use crate::bytecode::verify::ProgramFacts;
use crate::jit::backend::{BackendError, CodegenBackend, Compiled, NativeCode};
use crate::jit::plan::Plan;
use crate::state::abi::EntryFn;

/// The Cranelift code generator.
///
/// Cranelift's module, its instruction set and its working memory are made when the first
/// function is declared: a VM whose code never gets hot enough for this tier does not pay for
/// them (about 1 MiB of resident memory, most of it the compiler's own code pages).
pub struct CraneliftBackend {
    jit: Option<Jit>,
}

/// The Cranelift module and what compiling into it keeps.
struct Jit {
    /// Taken and freed when the backend is dropped (a `JITModule` otherwise keeps its code
    /// memory for the life of the process: a program embedding many VMs would leak it).
    module: ManuallyDrop<JITModule>,
    ctx: codegen::Context,
    fctx: FunctionBuilderContext,
    /// The latest declaration of each function (a recompilation declares a new symbol).
    ids: HashMap<u32, FuncId>,
    versions: u32,
    /// The parts of the last compilation of each function (for `disasm --native`).
    parts: HashMap<u32, Vec<(&'static str, FuncId, usize)>>,
}

impl CraneliftBackend {
    /// The backend, if Cranelift supports the host (checked now; the module is made later).
    pub fn new() -> Result<CraneliftBackend, BackendError> {
        cranelift_native::builder().map_err(|e| BackendError::Internal(format!("cranelift setup: {e}")))?;
        Ok(CraneliftBackend { jit: None })
    }

    /// The module, made on first use.
    fn jit(&mut self) -> Result<&mut Jit, BackendError> {
        Ok(match &mut self.jit {
            Some(jit) => jit,
            slot @ None => slot.insert(Jit::new()?),
        })
    }

    /// The module, once a function was declared.
    fn made(&self) -> Result<&Jit, BackendError> {
        self.jit.as_ref().ok_or_else(|| internal("no function was declared"))
    }
}

impl Jit {
    fn new() -> Result<Jit, BackendError> {
        let verify = if cfg!(debug_assertions) { "true" } else { "false" };
        let builder =
            JITBuilder::with_flags(&[("opt_level", "speed"), ("enable_verifier", verify)], default_libcall_names())
                .map_err(|e| BackendError::Internal(format!("cranelift setup: {e}")))?;
        let module = JITModule::new(builder);
        let ctx = module.make_context();
        Ok(Jit {
            module: ManuallyDrop::new(module),
            ctx,
            fctx: FunctionBuilderContext::new(),
            ids: HashMap::new(),
            versions: 0,
            parts: HashMap::new(),
        })
    }

    /// The uniform entry signature: `(ctx, frame) -> signal`.
    fn entry_signature(&self) -> Signature {
        let mut sig = self.module.make_signature();
        sig.params.push(AbiParam::new(types::I64));
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I32));
        sig
    }
}

impl Drop for Jit {
    fn drop(&mut self) {
        // SAFETY: the backend lives as long as the VM's JIT driver, which owns the function
        // table holding the entry points; it is dropped after the run, when no compiled code
        // is executing and nothing will call into it again.
        unsafe { ManuallyDrop::take(&mut self.module).free_memory() };
    }
}

fn internal(e: impl std::fmt::Display) -> BackendError {
    BackendError::Internal(e.to_string())
}

impl Jit {
    /// Compiles the function in `self.ctx` as `id`; returns its code size and keeps its text
    /// for `disasm --native`.
    fn emit(&mut self, id: FuncId, func: u32, part: &'static str) -> Result<usize, BackendError> {
        if std::env::var_os("STRATA_CLIF").is_some() {
            eprintln!("{}", self.ctx.func.display());
        }
        self.module.define_function(id, &mut self.ctx).map_err(|e| internal(format!("{e:?}")))?;
        let code_bytes = self.ctx.compiled_code().map_or(0, |c| c.code_info().total_size as usize);
        if let Some(code) = self.ctx.compiled_code() {
            if let Some(dir) = std::env::var_os("STRATA_DUMP_CODE") {
                let path = std::path::Path::new(&dir).join(format!("f{func}_{part}.bin"));
                let _ = std::fs::write(path, code.code_buffer());
            }
            let parts = self.parts.entry(func).or_default();
            if part != "wrapper" {
                // A new compilation of the function: its inner part, or its only part.
                parts.clear();
            }
            parts.push((part, id, code.code_buffer().len()));
        }
        self.module.clear_context(&mut self.ctx);
        Ok(code_bytes)
    }
}

impl CodegenBackend for CraneliftBackend {
    fn name(&self) -> &'static str {
        "cranelift"
    }

    fn supports(&self, op: Op) -> bool {
        // A translation, or the opcode's generic helper path.
        has_arm(op) || crate::jit::helpers::Helper::generic_for(op).is_some()
    }

    fn declare(&mut self, program: &Program, func: u32) -> Result<(), BackendError> {
        self.jit()?.declare(program, func)
    }

    fn define(&mut self, program: &Program, facts: &ProgramFacts, plan: &Plan) -> Result<Compiled, BackendError> {
        self.jit()?.define(program, facts, plan)
    }

    fn finalize(&mut self) -> Result<(), BackendError> {
        self.jit()?.finalize()
    }

    fn entry(&self, func: u32) -> Result<EntryFn, BackendError> {
        self.made()?.entry(func)
    }

    fn native_code(&self, func: u32) -> Vec<NativeCode<'_>> {
        self.jit.as_ref().map_or_else(Vec::new, |jit| jit.native_code(func))
    }
}

impl Jit {
    fn declare(&mut self, program: &Program, func: u32) -> Result<(), BackendError> {
        self.versions += 1;
        let name = format!("strata_f{func}_{}_v{}", sanitize(&program.functions[func as usize].name), self.versions);
        let sig = self.entry_signature();
        let id = self.module.declare_function(&name, Linkage::Local, &sig).map_err(internal)?;
        self.ids.insert(func, id);
        Ok(())
    }

    fn define(&mut self, program: &Program, facts: &ProgramFacts, plan: &Plan) -> Result<Compiled, BackendError> {
        let func = plan.sub.root();
        let id =
            *self.ids.get(&func).ok_or_else(|| internal(format!("function {func} defined before it was declared")))?;
        let frontend = self.module.target_config();
        let entry_sig = self.entry_signature();
        let osr = match plan.config.osr_entry {
            None => None,
            Some(gip) => Some(
                plan.sub
                    .sub_ip(0, gip)
                    .ok_or_else(|| internal(format!("OSR header {gip} is not in function {func}")))?,
            ),
        };
        // The optimizing tier gives a self-recursive function an inner ABI (unboxed
        // arguments, results in registers) behind the uniform entry.
        // (Not for a vararg function: the inner ABI passes the parameters only.)
        let inner = osr.is_none()
            && plan.config.speculate
            && !program.functions[func as usize].is_vararg
            && plan.direct.values().any(|&g| g == func);
        let mut code_bytes = 0;
        let mut deopts = Vec::new();
        let inner_id = if inner {
            self.versions += 1;
            let name = format!("strata_f{func}_inner_v{}", self.versions);
            let mut sig = self.module.make_signature();
            sig.params.extend(translate::inner_params(&plan.spec.params).into_iter().map(AbiParam::new));
            sig.returns.extend([AbiParam::new(types::I64), AbiParam::new(types::I64)]);
            let inner_id = self.module.declare_function(&name, Linkage::Local, &sig).map_err(internal)?;
            self.module.clear_context(&mut self.ctx);
            self.ctx.func.signature = sig;
            let self_ref = self.module.declare_func_in_func(id, &mut self.ctx.func);
            let inner_ref = self.module.declare_func_in_func(inner_id, &mut self.ctx.func);
            let input = translate::Input {
                program,
                facts,
                plan,
                mode: translate::Mode::Inner,
                self_ref,
                inner_ref: Some(inner_ref),
                entry_sig: entry_sig.clone(),
            };
            let out = translate::translate(&mut self.ctx.func, &mut self.fctx, frontend, input)?;
            deopts = out.deopts;
            code_bytes += self.emit(inner_id, func, "inner")?;
            Some(inner_id)
        } else {
            None
        };
        self.module.clear_context(&mut self.ctx);
        self.ctx.func.signature = entry_sig.clone();
        if let Some(inner_id) = inner_id {
            let inner_ref = self.module.declare_func_in_func(inner_id, &mut self.ctx.func);
            let base = plan.config.deopt_base + deopts.len() as u32;
            deopts.extend(translate::entry_deopts(program, plan));
            translate::wrapper(
                &mut self.ctx.func,
                &mut self.fctx,
                frontend,
                inner_ref,
                &plan.spec.params,
                plan.config.stress_deopt,
                [base, base + 1],
            );
        } else {
            let self_ref = self.module.declare_func_in_func(id, &mut self.ctx.func);
            let mode = match osr {
                Some(h) => translate::Mode::Osr(h),
                None => translate::Mode::Uniform,
            };
            let input = translate::Input { program, facts, plan, mode, self_ref, inner_ref: None, entry_sig };
            let out = translate::translate(&mut self.ctx.func, &mut self.fctx, frontend, input)?;
            deopts = out.deopts;
        }
        let part = match (osr.is_some(), inner_id.is_some()) {
            (true, _) => "osr",
            (false, true) => "wrapper",
            (false, false) => "entry",
        };
        code_bytes += self.emit(id, func, part)?;
        Ok(Compiled { code_bytes, deopts })
    }

    fn finalize(&mut self) -> Result<(), BackendError> {
        self.module.finalize_definitions().map_err(internal)
    }

    fn entry(&self, func: u32) -> Result<EntryFn, BackendError> {
        let id = *self.ids.get(&func).ok_or_else(|| internal(format!("function {func} was never declared")))?;
        let p = self.module.get_finalized_function(id);
        if p.is_null() {
            return Err(internal(format!("function {func} has no code")));
        }
        // SAFETY: the function was defined with the uniform entry signature.
        Ok(unsafe { std::mem::transmute::<*const u8, EntryFn>(p) })
    }

    fn native_code(&self, func: u32) -> Vec<NativeCode<'_>> {
        let Some(parts) = self.parts.get(&func) else { return Vec::new() };
        parts
            .iter()
            .map(|&(part, id, len)| {
                let p = self.module.get_finalized_function(id);
                // SAFETY: finalized code lives as long as the module.
                let code = unsafe { std::slice::from_raw_parts(p, len) };
                NativeCode { part, code, pc_map: &[] }
            })
            .collect()
    }
}

fn sanitize(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The module is made by the first declaration, not before: a VM that never compiles with
    /// this tier has none.
    #[test]
    fn the_module_is_made_on_first_declaration() {
        let mut backend = CraneliftBackend::new().expect("a supported host");
        assert!(backend.jit.is_none());
        assert!(backend.native_code(0).is_empty());
        assert!(backend.entry(0).is_err());
        let program = crate::lang::compile(b"return 1", "t.lua").expect("compiles");
        backend.declare(&program, 0).expect("declares");
        assert!(backend.jit.is_some());
    }
}

//! The uniform entry wrapper of an inner-ABI function, its entry deopt points, and the
//! helper signatures every call site shares.

use super::*;

/// The deopt points of a wrapper (entry checks failing for real, and under stress): the
/// function's frame at its first instruction, all in place.
pub fn entry_deopts(program: &Program, plan: &Plan) -> [DeoptInfo<SubIp>; 2] {
    let root = plan.sub.root();
    let f = &program.functions[root as usize];
    let frame = FrameState {
        func: root,
        ip: plan.sub.regions[0].start,
        base_offset: 0,
        locals: (0..f.locals_count).map(ValueLoc::Frame).collect(),
        stack: Vec::new(),
        saved_ip: None,
    };
    [DeoptReason::TypeGuard, DeoptReason::Stress].map(|reason| DeoptInfo { reason, frames: vec![frame.clone()] })
}

/// A helper's native signature, from the helper table.
pub(super) fn helper_signature(h: Helper, call_conv: isa::CallConv) -> Signature {
    let ty = |t: AbiType| match t {
        AbiType::I32 => types::I32,
        AbiType::I64 => types::I64,
        AbiType::F64 => types::F64,
    };
    let mut sig = Signature::new(call_conv);
    sig.params.extend(h.params().iter().map(|&t| AbiParam::new(ty(t))));
    sig.returns.extend(h.result().map(|t| AbiParam::new(ty(t))));
    sig
}

/// The uniform entry wrapper of an inner-ABI function: loads the arguments (missing ones
/// nil), checks the parameters the inner code assumes (a mismatch makes the call an
/// interpreter frame at the function's entry, deopt point `entry_ids[0]`, or `[1]` when
/// `--stress-deopt` failed the check; see `strata_entry_deopt`), calls the inner function
/// and stores its result in `frame[-1]`.
pub fn wrapper(
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    frontend: isa::TargetFrontendConfig,
    inner: ir::FuncRef,
    params: &[Known],
    stress_deopt: u32,
    entry_ids: [u32; 2],
) {
    let call_conv = func.signature.call_conv;
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let ctx = b.block_params(entry)[0];
    let frame = b.block_params(entry)[1];
    let nargs = b.ins().load(types::I32, mem(), ctx, JitContext::OFF_NARGS);
    let closure = b.ins().load(types::I64, mem(), frame, -8);
    let zero = b.ins().iconst(types::I64, 0);
    let mut call_args = vec![ctx, frame, closure];
    let mut ok: Option<Cv> = None;
    for (i, &kind) in params.iter().enumerate() {
        let lt = b.ins().load(types::I64, mem(), frame, i as i32 * VALUE_SIZE);
        let lp = b.ins().load(types::I64, mem(), frame, i as i32 * VALUE_SIZE + 8);
        let present = b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, nargs, i as i64);
        let t = b.ins().select(present, lt, zero);
        let p = b.ins().select(present, lp, zero);
        match kind {
            INT | FLOAT => {
                let c = b.ins().icmp_imm_s(IntCC::Equal, t, kind as i64);
                ok = Some(match ok {
                    Some(o) => b.ins().band(o, c),
                    None => c,
                });
                if kind == INT {
                    call_args.push(p);
                } else {
                    call_args.push(b.ins().bitcast(types::F64, MemFlagsData::new(), p));
                }
            }
            _ => {
                call_args.push(t);
                call_args.push(p);
            }
        }
    }
    let call_b = b.create_block();
    if let Some(ok) = ok {
        // A mismatch makes this call an interpreter frame (see `strata_entry_deopt`).
        let sigref = b.import_signature(helper_signature(Helper::EntryDeopt, call_conv));
        let mismatch = b.create_block();
        let stressed = b.create_block();
        b.set_cold_block(mismatch);
        b.set_cold_block(stressed);
        if stress_deopt > 0 {
            let stress_b = b.create_block();
            b.ins().brif(ok, stress_b, &[], mismatch, &[]);
            b.switch_to_block(stress_b);
            let fire = stress_countdown(&mut b, ctx, stress_deopt);
            b.ins().brif(fire, stressed, &[], call_b, &[]);
        } else {
            b.ins().brif(ok, call_b, &[], mismatch, &[]);
        }
        for (blk, id) in [(mismatch, entry_ids[0]), (stressed, entry_ids[1])] {
            b.switch_to_block(blk);
            let addr = b.ins().iconst(types::I64, Helper::EntryDeopt.address() as i64);
            let idv = b.ins().iconst(types::I32, id as i64);
            let call = b.ins().call_indirect(sigref, addr, &[ctx, frame, idv]);
            let r = b.inst_results(call)[0];
            b.ins().return_(&[r]);
        }
    } else {
        b.ins().jump(call_b, &[]);
    }
    b.switch_to_block(call_b);
    let call = b.ins().call(inner, &call_args);
    let (t, p) = (b.inst_results(call)[0], b.inst_results(call)[1]);
    let is_sig = b.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, t, SIGNAL_TAG);
    let sig_b = b.create_block();
    let ret_b = b.create_block();
    b.ins().brif(is_sig, sig_b, &[], ret_b, &[]);
    b.switch_to_block(sig_b);
    let s = b.ins().iadd_imm_s(t, -SIGNAL_TAG);
    let s = b.ins().ireduce(types::I32, s);
    b.ins().return_(&[s]);
    b.switch_to_block(ret_b);
    b.ins().store(mem(), t, frame, -VALUE_SIZE);
    b.ins().store(mem(), p, frame, -8);
    let r = b.ins().iconst(types::I32, Signal::Return as i64);
    b.ins().return_(&[r]);
    b.seal_all_blocks();
    b.finalize(frontend);
}

/// Counts down `ctx.stress_counter` (restarting at `period`): whether this guard must fail.
pub(super) fn stress_countdown(b: &mut FunctionBuilder, ctx: Cv, period: u32) -> Cv {
    let c = b.ins().load(types::I32, mem(), ctx, JitContext::OFF_STRESS_COUNTER);
    let c1 = b.ins().iadd_imm_s(c, -1);
    let fire = b.ins().icmp_imm_s(IntCC::Equal, c1, 0);
    let period = b.ins().iconst(types::I32, period as i64);
    let next = b.ins().select(fire, period, c1);
    b.ins().store(mem(), next, ctx, JitContext::OFF_STRESS_COUNTER);
    fire
}

//! The bytecode verifier: proves a program well-formed before anything runs it, and computes
//! the facts later stages build on (the operand-stack depth at every ip, `max_stack`).
//!
//! Checked per function:
//! - every instruction decodes (known opcode, operands within the function);
//! - operands in range: locals, upvalues, constants, functions, feedback
//!   slots, call flags;
//! - jump targets inside the function and on instruction boundaries;
//! - the same stack depth on every path into an instruction, no underflow, no falling off
//!   the end;
//! - local slots used consistently as plain values or as cells (captured locals), so the
//!   interpreter and JITs may dereference cells without checking;
//! - a local slot is read only where one of its declared ranges (`Function::slot_ranges`)
//!   covers it since it was last written, so clearing dead slots at a collection never
//!   changes what a program reads.
//!
//! Interpreters and backends may assume everything here holds for a verified program.

use super::opcodes::{Flow, Op, OperandKind, call_flags};
use super::program::{Constant, Function, Instr, Program};

/// A verification failure, naming the function and ip.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid bytecode in function '{function}' (#{index}){}: {message}", .ip.map(|ip| format!(" at ip {ip}")).unwrap_or_default())]
pub struct VerifyError {
    pub function: String,
    pub index: usize,
    pub ip: Option<u32>,
    pub message: String,
}

/// Facts about one verified function.
#[derive(Clone, Debug, Default)]
pub struct FunctionFacts {
    /// Operand-stack depth before each instruction, indexed by `ip - entry_point`;
    /// `None` at non-boundaries and unreachable instructions.
    pub depth: Vec<Option<u32>>,
    /// The deepest the operand stack gets.
    pub max_stack: u32,
    /// Targets of backward jumps (loop headers), ascending.
    pub loop_headers: Vec<u32>,
}

impl FunctionFacts {
    /// Stack depth before the instruction at global `ip` of function `f`.
    pub fn depth_at(&self, f: &Function, ip: u32) -> Option<u32> {
        self.depth.get(ip.checked_sub(f.entry_point)? as usize).copied().flatten()
    }
}

/// Facts about a verified program, one entry per function.
#[derive(Clone, Debug, Default)]
pub struct ProgramFacts {
    pub functions: Vec<FunctionFacts>,
    /// Some instruction assigns the environment (`SetEnv`); otherwise it stays the global
    /// table for the program's whole run, and code may rely on it being a table.
    pub env_assigned: bool,
}

impl ProgramFacts {
    /// Adds the facts of a chunk appended to the program at code offset `code_base`
    /// ([`Program::append`]).
    pub fn append(&mut self, chunk: ProgramFacts, code_base: u32) {
        self.env_assigned |= chunk.env_assigned;
        for mut f in chunk.functions {
            for h in &mut f.loop_headers {
                *h += code_base;
            }
            self.functions.push(f);
        }
    }
}

/// Verifies `program`, returning per-function facts.
pub fn verify(program: &Program) -> Result<ProgramFacts, VerifyError> {
    let err = |index: usize, ip: Option<u32>, message: String| VerifyError {
        function: program.functions.get(index).map(|f| f.name.clone()).unwrap_or_default(),
        index,
        ip,
        message,
    };
    if program.main as usize >= program.functions.len() {
        return Err(err(0, None, format!("main function #{} does not exist", program.main)));
    }
    let mut facts = ProgramFacts::default();
    for (index, f) in program.functions.iter().enumerate() {
        facts.functions.push(verify_function(program, index, f).map_err(|(ip, m)| err(index, ip, m))?);
    }
    facts.env_assigned =
        program.functions.iter().any(|f| program.instructions(f).is_ok_and(|is| is.iter().any(|i| i.op == Op::SetEnv)));
    Ok(facts)
}

type FnResult<T> = Result<T, (Option<u32>, String)>;

/// How a local slot is used at a program point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SlotState {
    Plain,
    Cell,
    /// Paths disagree: the slot must be written before it is read.
    Mixed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct State {
    depth: u32,
    slots: Vec<SlotState>,
}

fn verify_function(program: &Program, index: usize, f: &Function) -> FnResult<FunctionFacts> {
    let code_len = program.code.len() as u64;
    if f.body_length == 0 {
        return Err((None, "empty function body".into()));
    }
    if f.entry_point as u64 + f.body_length as u64 > code_len {
        return Err((None, format!("body {}..{} lies outside the code", f.entry_point, f.end())));
    }
    if f.arity > f.locals_count {
        return Err((None, format!("arity {} exceeds locals_count {}", f.arity, f.locals_count)));
    }
    // Declared sizes the code cannot use are refused before anything is sized by them (a
    // mutated `typefb=` of billions made the VM allocate 16 GB for feedback). Every feedback
    // slot belongs to one instruction, every local beyond the parameters is set by one (a
    // numeric `for` sets four), and unreferenced locals are at most Lua's 200; extra stack
    // can only come from unreachable code (checked below).
    let size = f.body_length as u64;
    let bounds = [
        ("typefb", f.type_fb_count as u64, size),
        ("callfb", f.call_fb_count as u64, size),
        ("locals_count", f.locals_count as u64, f.arity as u64 + 4 * size + 200),
    ];
    for (what, n, bound) in bounds {
        if n > bound {
            return Err((None, format!("{what} {n} is more than a body of {size} bytes can use (at most {bound})")));
        }
    }
    // A main function's only possible upvalue is its environment, which whoever makes its
    // closure sets (the VM: the global table; `load`: the environment given).
    if index as u32 == program.main && (f.upvals.len() > 1 || f.upvals.iter().any(|u| u.from_local || u.index != 0)) {
        return Err((None, "the main function can have no upvalue but its environment (upvalue 0)".into()));
    }
    // Decode, collecting instruction boundaries.
    let instrs = program.instructions(f).map_err(|e| (None, e.to_string()))?;
    let len = f.body_length as usize;
    let mut at: Vec<Option<usize>> = vec![None; len];
    for (k, ins) in instrs.iter().enumerate() {
        at[(ins.ip - f.entry_point) as usize] = Some(k);
    }
    for ins in &instrs {
        check_operands(program, f, ins, &at)?;
    }
    check_packs(f, &instrs)?;
    // Abstract interpretation: stack depth and slot states, worklist over instructions.
    let mut states: Vec<Option<State>> = vec![None; instrs.len()];
    let entry = State { depth: 0, slots: vec![SlotState::Plain; f.locals_count as usize] };
    states[0] = Some(entry);
    let mut work = vec![0usize];
    let mut max_stack = 0u32;
    let mut loop_headers = Vec::new();
    let mut dead_at: Vec<Option<Vec<u32>>> = vec![None; instrs.len()];
    while let Some(k) = work.pop() {
        let ins = &instrs[k];
        let mut st = states[k].clone().expect("queued instructions have a state");
        let pops = ins.pops();
        if pops > st.depth {
            return Err((
                Some(ins.ip),
                format!("stack underflow: {} pops {pops} with depth {}", ins.op.name(), st.depth),
            ));
        }
        if ins.op == Op::PushDeep && ins.arg(0) >= st.depth {
            return Err((
                Some(ins.ip),
                format!("PushDeep {} reaches below the stack (depth {})", ins.arg(0), st.depth),
            ));
        }
        // A slot outside every range of its variables is dead: the collector may clear it,
        // so it must be written before it is read again.
        let dead = dead_at[k].get_or_insert_with(|| f.dead_slots_at(ins.ip));
        for &s in dead.iter() {
            st.slots[s as usize] = SlotState::Mixed;
        }
        transfer_slots(program, ins, &mut st.slots)?;
        let pushes = ins.pushes();
        st.depth = (st.depth - pops).checked_add(pushes).ok_or((Some(ins.ip), "stack depth overflows".to_string()))?;
        max_stack = max_stack.max(st.depth).max(st.depth + pops - pushes);
        let mut succs: Vec<u32> = Vec::with_capacity(2);
        let flow = ins.op.info().flow;
        if matches!(flow, Flow::Next | Flow::Branch) {
            if ins.next_ip() >= f.end() {
                return Err((Some(ins.ip), "control falls off the end of the function".into()));
            }
            succs.push(ins.next_ip());
        }
        if let Some(t) = ins.jump_target() {
            if t <= ins.ip && !loop_headers.contains(&t) {
                loop_headers.push(t);
            }
            succs.push(t);
        }
        for s in succs {
            let j = at[(s - f.entry_point) as usize].expect("targets checked to be boundaries");
            match &mut states[j] {
                None => {
                    states[j] = Some(st.clone());
                    work.push(j);
                }
                Some(old) => {
                    if old.depth != st.depth {
                        return Err((
                            Some(s),
                            format!("stack depths differ where paths meet: {} and {}", old.depth, st.depth),
                        ));
                    }
                    let mut changed = false;
                    for (o, n) in old.slots.iter_mut().zip(&st.slots) {
                        if *o != *n && *o != SlotState::Mixed {
                            *o = SlotState::Mixed;
                            changed = true;
                        }
                    }
                    if changed {
                        work.push(j);
                    }
                }
            }
        }
    }
    if max_stack > f.max_stack {
        return Err((None, format!("max_stack is {} but the code needs {max_stack}", f.max_stack)));
    }
    if f.max_stack as u64 > max_stack as u64 + size {
        return Err((None, format!("max_stack {} is more than the code can use ({max_stack})", f.max_stack)));
    }
    let mut depth = vec![None; len];
    for (k, ins) in instrs.iter().enumerate() {
        depth[(ins.ip - f.entry_point) as usize] = states[k].as_ref().map(|s| s.depth);
    }
    loop_headers.sort_unstable();
    Ok(FunctionFacts { depth, max_stack, loop_headers })
}

/// Applies an instruction's effect on slot states, checking its uses. Checks are monotone
/// (states only weaken to `Mixed` as paths merge, and an instruction is re-checked whenever
/// its state changes), so checking during the fixpoint iteration is sound.
fn transfer_slots(program: &Program, ins: &Instr, slots: &mut [SlotState]) -> FnResult<()> {
    let need = |slots: &[SlotState], l: u32, want: SlotState| -> FnResult<()> {
        let have = slots[l as usize];
        if have != want {
            return Err((
                Some(ins.ip),
                format!("{} uses local {l} as a {want:?} slot but it is {have:?} here", ins.op.name()),
            ));
        }
        Ok(())
    };
    match ins.op {
        Op::GetLocal => need(slots, ins.arg(0), SlotState::Plain)?,
        Op::SetLocal => slots[ins.arg(0) as usize] = SlotState::Plain,
        Op::NewCell => slots[ins.arg(0) as usize] = SlotState::Cell,
        Op::BoxLocal => {
            need(slots, ins.arg(0), SlotState::Plain)?;
            slots[ins.arg(0) as usize] = SlotState::Cell;
        }
        Op::GetCell | Op::SetCell => need(slots, ins.arg(0), SlotState::Cell)?,
        Op::ForPrep | Op::ForPrepInt | Op::ForPrepFloat => {
            for s in 0..4 {
                slots[(ins.arg(0) + s) as usize] = SlotState::Plain;
            }
        }
        Op::ForLoop | Op::ForLoopInt | Op::ForLoopFloat => {
            for s in 0..3 {
                need(slots, ins.arg(0) + s, SlotState::Plain)?;
            }
            slots[(ins.arg(0) + 3) as usize] = SlotState::Plain;
        }
        Op::Closure => {
            let g = &program.functions[ins.arg(0) as usize];
            for d in g.upvals.iter().filter(|d| d.from_local) {
                need(slots, d.index, SlotState::Cell)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Result packs (`call_flags`): a producer (`VarArg`, `Call` keeping its count) is always
/// followed by a consumer (`AdjustPack`, or a `MULTI_ARG` call, `SetList` or `ReturnN`), and
/// a consumer is reached only from its producer (it is no jump target), so `nres` is the
/// pack's length whenever it is read and the pack is the only value above the static depth.
fn check_packs(f: &Function, instrs: &[Instr]) -> FnResult<()> {
    let targets: std::collections::HashSet<u32> = instrs.iter().filter_map(Instr::jump_target).collect();
    let flags = |i: &Instr| match i.op {
        Op::Call | Op::TailCall => i.arg(1),
        Op::SetList => i.arg(2),
        Op::ReturnN | Op::Close => i.arg(1),
        _ => 0,
    };
    // (`Close` with `MULTI_ARG` passes the pack on: a consumer and a producer.)
    let produces = |i: &Instr| {
        i.op == Op::VarArg
            || (i.op == Op::Call && flags(i) & call_flags::KEEP_COUNT != 0)
            || (i.op == Op::Close && flags(i) & call_flags::MULTI_ARG != 0)
    };
    let consumes = |i: &Instr| i.op == Op::AdjustPack || flags(i) & call_flags::MULTI_ARG != 0;
    for (k, ins) in instrs.iter().enumerate() {
        let bad = |m: &str| Err((Some(ins.ip), format!("{} {m}", ins.op.name())));
        if flags(ins) & call_flags::KEEP_COUNT != 0 && ins.op != Op::Call {
            return bad("cannot keep a result count (only Call can)");
        }
        if flags(ins) & call_flags::FOR_ITERATOR != 0 && ins.op != Op::Call {
            return bad("cannot be a for iterator's call (only Call can)");
        }
        if produces(ins) && !instrs.get(k + 1).is_some_and(&consumes) {
            return bad("leaves a result pack the next instruction does not consume");
        }
        if consumes(ins) && (k == 0 || !produces(&instrs[k - 1]) || targets.contains(&ins.ip)) {
            return bad("consumes a result pack no instruction just left");
        }
        match ins.op {
            Op::Return0 | Op::Return1 if f.is_vararg => return bad("in a vararg function (it returns with ReturnN)"),
            Op::VarArg if !f.is_vararg => return bad("outside a vararg function"),
            _ => {}
        }
    }
    Ok(())
}

/// Structural checks of one instruction's operands (ranges, jump targets, flags).
fn check_operands(program: &Program, f: &Function, ins: &Instr, at: &[Option<usize>]) -> FnResult<()> {
    let bad = |m: String| Err((Some(ins.ip), m));
    let info = ins.op.info();
    for (i, (&kind, &v)) in info.operands.iter().zip(ins.operands()).enumerate() {
        let (limit, what) = match kind {
            OperandKind::Local => (f.locals_count, "local"),
            OperandKind::Upval => (f.upvals.len() as u32, "upvalue"),
            OperandKind::Const => (program.constants.len() as u32, "constant"),
            OperandKind::Func => (program.functions.len() as u32, "function"),
            OperandKind::TypeFb => (f.type_fb_count, "type-feedback slot"),
            OperandKind::CallFb => (f.call_fb_count, "call-feedback slot"),
            OperandKind::Jump => {
                if !f.contains(v) {
                    return bad(format!("jump target {v} is outside the function ({}..{})", f.entry_point, f.end()));
                }
                if at[(v - f.entry_point) as usize].is_none() {
                    return bad(format!("jump target {v} is in the middle of an instruction"));
                }
                continue;
            }
            OperandKind::Flags => {
                if v & !call_flags::ALL != 0 {
                    return bad(format!("unknown call flags {v:#x}"));
                }
                if v & call_flags::MULTI_ARG != 0 && ins.arg(0) == 0 && ins.op != Op::Close {
                    return bad("a multi-value last argument needs at least one argument".into());
                }
                continue;
            }
            OperandKind::Count | OperandKind::Imm | OperandKind::Depth => continue,
        };
        if v >= limit {
            return bad(format!("{} operand {i} is {what} {v}, out of range (limit {limit})", info.name));
        }
    }
    match ins.op {
        Op::ForPrep | Op::ForLoop | Op::ForPrepInt | Op::ForLoopInt | Op::ForPrepFloat | Op::ForLoopFloat
            if ins.arg(0) as u64 + 4 > f.locals_count as u64 =>
        {
            return bad(format!(
                "loop state needs locals {}..{}, beyond locals_count {}",
                ins.arg(0),
                ins.arg(0) as u64 + 4,
                f.locals_count
            ));
        }
        Op::Method | Op::GetField | Op::SetField | Op::GetGlobal | Op::SetGlobal => {
            let k = ins.arg(0);
            if !matches!(program.constants[k as usize], Constant::Str(_)) {
                return bad(format!("{} names constant {k}, which is not a string", info.name));
            }
        }
        Op::Closure => {
            let g = &program.functions[ins.arg(0) as usize];
            if ins.arg(0) == program.main {
                return bad("the main function cannot be a closure".into());
            }
            for (u, d) in g.upvals.iter().enumerate() {
                let limit = if d.from_local { f.locals_count } else { f.upvals.len() as u32 };
                if d.index >= limit {
                    return bad(format!(
                        "closure of '{}' captures {} {} (upvalue {u}), out of range",
                        g.name,
                        if d.from_local { "local" } else { "upvalue" },
                        d.index
                    ));
                }
            }
        }
        _ => {}
    }
    Ok(())
}

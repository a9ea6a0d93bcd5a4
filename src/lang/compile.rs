//! The bytecode compiler: resolved AST to a [`Program`].
//!
//! Functions are laid out one after another in the program's flat code array (the main
//! chunk first, nested functions in the order they are met). Each gets local slots (params
//! first, slots reused across sibling scopes), feedback slots for every generic arithmetic,
//! comparison and call, and a line for every instruction. Captured locals live in cells
//! (`NewCell`/`GetCell`/`SetCell`), created where the local is declared so every loop
//! iteration gets a fresh one. Where operand types are known statically (integer `for`
//! counters, literals, unchanged locals initialised from them) the typed opcodes are emitted.
//! The verifier then computes every function's `max_stack`.

use std::collections::VecDeque;

mod tables;

use super::ast::*;
use super::parser::{SyntaxError, parse_chunk};
use super::types::{Ty, binary_ty, infer, leaf_ty, unary_ty};
use crate::bytecode::opcodes::{Op, call_flags};
use crate::bytecode::program::{Constant, Emitter, Function, LocalName, Program, SlotRange, UpvalDesc};
use crate::bytecode::verify::verify;

/// Stack for the front-end thread. The parser, compiler and AST recurse once per nesting
/// level: nesting is bounded at 200 as in Lua, but left-associative chains (`a + a + ...`)
/// are not, and debug builds need several KiB per level. So the
/// front-end does not trust the caller's stack. The memory is reserved, not committed.
const FRONT_END_STACK: usize = 1 << 30;
const MIN_FRONT_END_STACK: usize = 64 << 20;

/// Parses and compiles `src`, naming it `chunk_name` in messages. Runs on a thread of its
/// own with a large stack, so deeply nested input is an error, never a stack overflow.
pub fn compile(src: &[u8], chunk_name: &str) -> Result<Program, SyntaxError> {
    compile_chunk(src, chunk_name, false)
}

/// [`compile`] for a chunk loaded at run time: with `env_upvalue`, free names are fields of
/// the main function's upvalue 0 (`_ENV`), which the loader sets (see
/// [`super::parser::parse_chunk`]).
pub fn compile_chunk(src: &[u8], chunk_name: &str, env_upvalue: bool) -> Result<Program, SyntaxError> {
    // Under an address-space limit (`ulimit -v`) the full reservation can fail: halve it
    // down to a floor that still holds chains of about 150,000 operators in a release build
    // (1 GiB holds 3,000,000). Longer chains under such a limit are not guarded: the front
    // end's recursion has no stack check of its own.
    let mut stack = FRONT_END_STACK;
    std::thread::scope(|scope| {
        let worker = loop {
            match std::thread::Builder::new()
                .name("strata-compile".into())
                .stack_size(stack)
                .spawn_scoped(scope, || compile_here(src, chunk_name, env_upvalue))
            {
                Ok(w) => break w,
                Err(_) if stack > MIN_FRONT_END_STACK => stack /= 2,
                Err(e) => {
                    return Err(SyntaxError { message: format!("cannot start the compiler thread: {e}") });
                }
            }
        };
        worker.join().unwrap_or_else(|_| Err(SyntaxError { message: "internal compiler error (panic)".into() }))
    })
}

fn compile_here(src: &[u8], chunk_name: &str, env_upvalue: bool) -> Result<Program, SyntaxError> {
    let chunk = parse_chunk(src, chunk_name, env_upvalue)?;
    let mut pc = ProgramCompiler {
        em: Emitter::default(),
        globals: &chunk.globals,
        constants: Vec::new(),
        functions: Vec::new(),
        queue: VecDeque::new(),
    };
    pc.functions.push(None);
    let upvals =
        if env_upvalue { vec![UpvalDesc { from_local: false, index: 0, name: "_ENV".into() }] } else { Vec::new() };
    pc.queue.push_back(Pending { index: 0, proto: &chunk.main, upvals, name: "main chunk".into() });
    while let Some(p) = pc.queue.pop_front() {
        let f = FuncCompiler::compile(&mut pc, &p);
        pc.functions[p.index] = Some(f);
    }
    let mut program = Program {
        chunk_name: chunk_name.to_string(),
        chunks: Vec::new(),
        code: pc.em.code,
        constants: pc.constants,
        functions: pc.functions.into_iter().map(|f| f.expect("every queued function is compiled")).collect(),
        main: 0,
    };
    // The verifier computes max_stack; a program the front-end made that does not verify is
    // a compiler bug, reported as such.
    let facts = verify(&program).map_err(|e| SyntaxError { message: format!("internal compiler error: {e}") })?;
    for (f, facts) in program.functions.iter_mut().zip(&facts.functions) {
        f.max_stack = facts.max_stack;
    }
    Ok(program)
}

struct Pending<'a> {
    index: usize,
    proto: &'a FuncProto,
    upvals: Vec<UpvalDesc>,
    name: String,
}

struct ProgramCompiler<'a> {
    em: Emitter,
    /// Global names by the parser's index (`Place::Global`).
    globals: &'a [String],
    constants: Vec<Constant>,
    functions: Vec<Option<Function>>,
    queue: VecDeque<Pending<'a>>,
}

impl<'a> ProgramCompiler<'a> {
    fn constant(&mut self, c: Constant) -> u32 {
        if let Some(i) = self.constants.iter().position(|k| k.same(&c)) {
            return i as u32;
        }
        self.constants.push(c);
        (self.constants.len() - 1) as u32
    }
}

/// A forward or backward jump destination.
#[derive(Default)]
struct Label {
    pos: Option<u32>,
    patches: Vec<u32>,
}

struct FuncCompiler<'p, 'a> {
    pc: &'p mut ProgramCompiler<'a>,
    proto: &'a FuncProto,
    /// Slot of each local, once declared.
    slots: Vec<Option<u32>>,
    /// Static type of each local (see `types`).
    types: Vec<Ty>,
    next_slot: u32,
    locals_count: u32,
    type_fb: u32,
    call_fb: u32,
    local_names: Vec<LocalName>,
    /// Where each slot holds a variable (a local, named or hidden): see `Function::slot_ranges`.
    slot_ranges: Vec<SlotRange>,
    /// The open record of `slot_ranges` of each allocated slot.
    open_ranges: Vec<usize>,
    /// Open local-name records (index into `local_names`) per scope.
    scope_names: Vec<Vec<usize>>,
    /// Exit labels of the enclosing loops.
    loops: Vec<Label>,
    /// The first slot of each enclosing loop's body (its `break`s close `<close>` variables
    /// from there).
    loop_levels: Vec<u32>,
    /// Slots of the `<close>` variables in scope, oldest first.
    tbc: Vec<u32>,
    /// The slot level of each placed `goto` label (a backward `goto` closes from there).
    label_levels: std::collections::HashMap<LabelId, u32>,
    /// For labels not yet placed: the highest `<close>` slot in scope at a `goto` to them (the
    /// label closes what such a `goto` left).
    label_closes: std::collections::HashMap<LabelId, u32>,
    /// The function's `goto` labels, by id.
    labels: std::collections::HashMap<LabelId, Label>,
    /// For each enclosing loop, the line where its `break`s save the pc themselves (a
    /// `while` whose breaks leave captured locals: Lua's `OP_CLOSE` only they pass).
    break_saves: Vec<Option<u32>>,
    line: u32,
}

impl<'p, 'a> FuncCompiler<'p, 'a> {
    fn compile(pc: &'p mut ProgramCompiler<'a>, p: &Pending<'a>) -> Function {
        let proto = p.proto;
        let entry = pc.em.here();
        let lines_start = pc.em.lines.len();
        let mut fc = FuncCompiler {
            pc,
            proto,
            slots: vec![None; proto.locals.len()],
            types: infer(proto),
            next_slot: 0,
            locals_count: 0,
            type_fb: 0,
            call_fb: 0,
            local_names: Vec::new(),
            slot_ranges: Vec::new(),
            open_ranges: Vec::new(),
            scope_names: vec![Vec::new()],
            loops: Vec::new(),
            loop_levels: Vec::new(),
            tbc: Vec::new(),
            label_levels: std::collections::HashMap::new(),
            label_closes: std::collections::HashMap::new(),
            labels: std::collections::HashMap::new(),
            break_saves: Vec::new(),
            line: proto.line,
        };
        // Every parameter holds its argument from the entry, so all are in scope before the
        // first one is boxed.
        for &param in &proto.params {
            let slot = fc.alloc_slot();
            fc.slots[param as usize] = Some(slot);
            fc.name_local(param, slot);
        }
        for &param in &proto.params {
            if fc.captured(param) {
                let slot = fc.slot(param);
                fc.emit(Op::BoxLocal, &[slot]);
            }
        }
        fc.block(&proto.body);
        if !matches!(proto.body.last(), Some(Stmt::Return { .. })) {
            if fc.closes_from(0) {
                // (Lua's final return, which closes them, is at the function's `end`.)
                fc.line = proto.end_line.max(fc.last_line(&proto.body));
                fc.close_from(0, 0);
            }
            fc.line = fc.last_line(&proto.body);
            fc.return_none();
        }
        fc.close_names(0);
        let end = fc.pc.em.here();
        let lines = fc.pc.em.lines.split_off(lines_start);
        Function {
            name: p.name.clone(),
            entry_point: entry,
            body_length: end - entry,
            arity: proto.params.len() as u32,
            is_vararg: proto.is_vararg,
            locals_count: fc.locals_count,
            // An upper bound (no instruction pushes more than its size in bytes); the
            // verifier computes the real one, which replaces it.
            max_stack: end - entry,
            upvals: p.upvals.clone(),
            type_fb_count: fc.type_fb,
            call_fb_count: fc.call_fb,
            line_defined: proto.line,
            last_line: proto.end_line,
            lines,
            local_names: fc.local_names,
            slot_ranges: fc.slot_ranges,
        }
    }

    /// The line to give the implicit final return: the last statement's.
    fn last_line(&self, body: &'a Block) -> u32 {
        self.line.max(body.last().map_or(self.proto.line, stmt_line))
    }

    // -----------------------------------------------------------------------------------------
    // Emission helpers.

    fn emit(&mut self, op: Op, operands: &[u32]) -> u32 {
        self.pc.em.emit(op, operands, self.line)
    }

    fn here(&self) -> u32 {
        self.pc.em.here()
    }

    fn emit_jump(&mut self, op: Op, label: &mut Label) {
        self.emit_jump_with(op, &[], label);
    }

    /// Emits a jump whose target (its last operand) is `label`, after `operands`.
    fn emit_jump_with(&mut self, op: Op, operands: &[u32], label: &mut Label) {
        let mut all = operands.to_vec();
        all.push(label.pos.unwrap_or(0));
        let ip = self.emit(op, &all);
        if label.pos.is_none() {
            label.patches.push(ip);
        }
    }

    fn place(&mut self, label: &mut Label) {
        let here = self.here();
        label.pos = Some(here);
        for ip in label.patches.drain(..) {
            self.pc.em.patch_jump(ip, here);
        }
    }

    fn constant(&mut self, c: Constant) -> u32 {
        self.pc.constant(c)
    }

    /// The string constant naming global `g`.
    fn global_name(&mut self, g: u32) -> u32 {
        let name = self.pc.globals[g as usize].as_bytes().to_vec();
        self.constant(Constant::Str(name))
    }

    fn type_slot(&mut self) -> u32 {
        self.type_fb += 1;
        self.type_fb - 1
    }

    fn call_slot(&mut self) -> u32 {
        self.call_fb += 1;
        self.call_fb - 1
    }

    // -----------------------------------------------------------------------------------------
    // Locals and scopes.

    fn alloc_slot(&mut self) -> u32 {
        let s = self.next_slot;
        self.next_slot += 1;
        self.locals_count = self.locals_count.max(self.next_slot);
        let start = self.here();
        self.slot_ranges.push(SlotRange { slot: s, start, end: u32::MAX });
        self.open_ranges.truncate(s as usize);
        self.open_ranges.push(self.slot_ranges.len() - 1);
        s
    }

    fn captured(&self, id: LocalId) -> bool {
        self.proto.locals[id as usize].captured
    }

    fn slot(&self, id: LocalId) -> u32 {
        self.slots[id as usize].expect("locals are declared before use")
    }

    /// Starts the name record of a local that is now in scope.
    fn name_local(&mut self, id: LocalId, slot: u32) {
        let start = self.here();
        self.local_names.push(LocalName {
            slot,
            name: self.proto.locals[id as usize].name.clone(),
            start,
            end: u32::MAX,
        });
        let k = self.local_names.len() - 1;
        self.scope_names.last_mut().expect("a scope").push(k);
    }

    fn open_scope(&mut self) -> u32 {
        self.scope_names.push(Vec::new());
        self.next_slot
    }

    fn close_scope(&mut self, saved_slot: u32) {
        self.tbc.retain(|&s| s < saved_slot);
        let depth = self.scope_names.len() - 1;
        self.close_names(depth);
        self.scope_names.pop();
        let end = self.here();
        for &k in &self.open_ranges[saved_slot as usize..] {
            self.slot_ranges[k].end = end;
        }
        self.open_ranges.truncate(saved_slot as usize);
        self.next_slot = saved_slot;
    }

    fn close_names(&mut self, depth: usize) {
        let end = self.here();
        for &k in &self.scope_names[depth] {
            self.local_names[k].end = end;
        }
    }

    fn scoped_block(&mut self, b: &'a Block) {
        let saved = self.open_scope();
        self.block(b);
        if !matches!(b.last(), Some(Stmt::Return { .. } | Stmt::Break { .. } | Stmt::Goto(_))) {
            self.close_from(saved, 0);
        }
        self.close_scope(saved);
    }

    /// Whether a `<close>` variable in scope lives at `level` or above.
    fn closes_from(&self, level: u32) -> bool {
        self.tbc.last().is_some_and(|&s| s >= level)
    }

    /// `Close level` when a `<close>` variable in scope lives at `level` or above (`flags`:
    /// `MULTI_ARG` when a result pack is on top).
    fn close_from(&mut self, level: u32, flags: u32) {
        if self.closes_from(level) {
            self.emit(Op::Close, &[level, flags]);
        }
    }

    fn push_loop(&mut self) {
        self.loops.push(Label::default());
        self.loop_levels.push(self.next_slot);
    }

    fn pop_loop(&mut self) -> Label {
        self.loop_levels.pop();
        self.loops.pop().expect("loop label")
    }

    /// Stores the value on top of the stack into a newly declared local.
    fn init_local(&mut self, id: LocalId, slot: u32) {
        let op = if self.captured(id) { Op::NewCell } else { Op::SetLocal };
        self.emit(op, &[slot]);
    }

    fn store(&mut self, place: Place) {
        match place {
            Place::Local(id) => {
                let op = if self.captured(id) { Op::SetCell } else { Op::SetLocal };
                let slot = self.slot(id);
                self.emit(op, &[slot]);
            }
            Place::Upval(i) => {
                self.emit(Op::SetUpval, &[i]);
            }
            Place::Global(g) => {
                let k = self.global_name(g);
                self.emit(Op::SetGlobal, &[k]);
            }
            Place::Env => {
                self.emit(Op::SetEnv, &[]);
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // Statements.

    fn block(&mut self, b: &'a Block) {
        for s in b {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        let line = stmt_line(s);
        if line != 0 {
            self.line = line;
        }
        match s {
            Stmt::Local { targets, exprs, .. } => {
                self.push_adjusted(exprs, targets.len());
                let slots: Vec<u32> = targets.iter().map(|_| self.alloc_slot()).collect();
                for (&id, &slot) in targets.iter().zip(&slots).rev() {
                    self.init_local(id, slot);
                }
                for (&id, &slot) in targets.iter().zip(&slots) {
                    self.slots[id as usize] = Some(slot);
                    self.name_local(id, slot);
                }
                if let Some((&id, &slot)) =
                    targets.iter().zip(&slots).find(|(id, _)| self.proto.locals[**id as usize].to_close)
                {
                    let op = if self.captured(id) { Op::GetCell } else { Op::GetLocal };
                    self.emit(op, &[slot]);
                    self.emit(Op::Tbc, &[slot]);
                    self.tbc.push(slot);
                }
            }
            Stmt::LocalFunction { local, func, line } => {
                let slot = self.alloc_slot();
                self.slots[*local as usize] = Some(slot);
                self.name_local(*local, slot);
                if self.captured(*local) {
                    // The closure captures its own cell, so the cell exists first.
                    self.emit(Op::PushNil, &[]);
                    self.emit(Op::NewCell, &[slot]);
                    self.closure(func, *line);
                    self.emit(Op::SetCell, &[slot]);
                } else {
                    self.closure(func, *line);
                    self.emit(Op::SetLocal, &[slot]);
                }
            }
            Stmt::Assign { targets, exprs, line } => self.assign(targets, exprs, *line),
            Stmt::Call(e) => {
                self.expr(e);
                self.emit(Op::Pop, &[]);
            }
            Stmt::Do(b) => self.scoped_block(b),
            Stmt::SavePc { line } => self.save_pc_at(Some(*line)),
            Stmt::While { cond, body, break_close, .. } => {
                if cond.is_falsy_constant() {
                    return;
                }
                let mut top = Label::default();
                let mut test = Label::default();
                let always = cond.is_truthy_constant();
                if !always {
                    self.emit_jump(Op::Jump, &mut test);
                }
                self.place(&mut top);
                self.push_loop();
                self.break_saves.push(*break_close);
                self.scoped_block(body);
                self.break_saves.pop();
                let mut breaks = self.pop_loop();
                self.line = cond.line;
                if always {
                    self.emit_jump(Op::Jump, &mut top);
                } else {
                    self.place(&mut test);
                    self.jump_if(cond, true, &mut top);
                }
                self.place(&mut breaks);
            }
            Stmt::Repeat { body, cond, cond_close, break_close, .. } => {
                let mut top = Label::default();
                self.place(&mut top);
                self.push_loop();
                self.break_saves.push(None);
                let saved = self.open_scope();
                self.block(body);
                self.line = cond.line;
                if cond_close.is_some() || self.closes_from(saved) {
                    // Lua closes the body's upvalues (saving the pc) and `<close>` variables
                    // after the condition, before it branches.
                    self.expr(cond);
                    self.save_pc_at(*cond_close);
                    self.close_from(saved, 0);
                    self.emit_jump(Op::JumpIfFalse, &mut top);
                } else {
                    self.jump_if(cond, false, &mut top);
                }
                self.close_scope(saved);
                self.break_saves.pop();
                let mut breaks = self.pop_loop();
                self.place(&mut breaks);
                self.save_pc_at(*break_close);
            }
            Stmt::If { arms, otherwise, .. } => {
                let mut end = Label::default();
                for (k, (cond, body)) in arms.iter().enumerate() {
                    let last = k + 1 == arms.len() && otherwise.is_none();
                    let mut next = Label::default();
                    self.line = cond.line;
                    self.jump_if(cond, false, &mut next);
                    self.scoped_block(body);
                    if !last && !ends_in_jump(body) {
                        self.emit_jump(Op::Jump, &mut end);
                    }
                    self.place(&mut next);
                }
                if let Some(b) = otherwise {
                    self.scoped_block(b);
                }
                self.place(&mut end);
            }
            Stmt::NumFor { var, start, limit, step, body, line, do_line, break_close } => {
                self.break_saves.push(None);
                self.num_for(*var, (start, limit, step.as_ref()), body, *line, *do_line);
                self.break_saves.pop();
                self.save_pc_at(*break_close);
            }
            Stmt::Label(ids) => {
                let level = self.next_slot;
                let mut closes = false;
                for &id in ids {
                    let mut label = self.labels.remove(&id).unwrap_or_default();
                    self.place(&mut label);
                    self.labels.insert(id, label);
                    self.label_levels.insert(id, level);
                    closes |= self.label_closes.remove(&id).is_some_and(|s| s >= level);
                }
                if closes {
                    // A `goto` from inside a block with `<close>` variables lands here: they
                    // are closed (a no-op on the other paths).
                    self.emit(Op::Close, &[level, 0]);
                }
            }
            Stmt::Goto(g) => {
                let id = self.proto.goto_labels[*g as usize];
                let mut label = self.labels.remove(&id).unwrap_or_default();
                match (label.pos, self.tbc.last()) {
                    (Some(_), _) => {
                        let level = self.label_levels[&id];
                        self.close_from(level, 0);
                    }
                    (None, Some(&s)) => {
                        let e = self.label_closes.entry(id).or_insert(s);
                        *e = (*e).max(s);
                    }
                    (None, None) => {}
                }
                self.emit_jump(Op::Jump, &mut label);
                self.labels.insert(id, label);
            }
            Stmt::Break { .. } => {
                let close = self.break_saves.last().copied().flatten();
                self.save_pc_at(close);
                let level = *self.loop_levels.last().expect("break inside a loop (checked by the parser)");
                self.close_from(level, 0);
                let mut exit = self.loops.pop().expect("break inside a loop (checked by the parser)");
                self.emit_jump(Op::Jump, &mut exit);
                self.loops.push(exit);
            }
            Stmt::GenericFor { vars, exprs, body, line, call_line, break_close } => {
                self.break_saves.push(None);
                self.generic_for(vars, exprs, body, (*line, *call_line));
                self.break_saves.pop();
                self.save_pc_at(*break_close);
            }
            Stmt::Return { exprs, .. } if !self.tbc.is_empty() => {
                // `<close>` variables are closed after the values are computed (so no call
                // here is a tail call).
                let flags = match exprs.as_slice() {
                    [e] if e.is_call() => {
                        self.call(e, CallMode::Keep);
                        call_flags::MULTI_ARG
                    }
                    _ => self.push_list(exprs),
                };
                self.emit(Op::Close, &[0, flags]);
                match exprs.as_slice() {
                    [] => self.return_none(),
                    [e] if !e.is_multi() && !self.proto.is_vararg => {
                        self.emit(Op::Return1, &[]);
                    }
                    _ => {
                        self.emit(Op::ReturnN, &[exprs.len() as u32, flags]);
                    }
                }
            }
            Stmt::Return { exprs, .. } => match exprs.as_slice() {
                [] => self.return_none(),
                [e] if e.is_call() => self.call(e, CallMode::Tail),
                [e] if !e.is_multi() && !self.proto.is_vararg => {
                    self.expr(e);
                    self.emit(Op::Return1, &[]);
                }
                _ => {
                    let flags = self.push_list(exprs);
                    self.emit(Op::ReturnN, &[exprs.len() as u32, flags]);
                }
            },
        }
    }

    /// `return` with no values (vararg functions return only with `ReturnN`).
    fn return_none(&mut self) {
        if self.proto.is_vararg {
            self.emit(Op::ReturnN, &[0, 0]);
        } else {
            self.emit(Op::Return0, &[]);
        }
    }

    /// Pushes every value of `exprs`, a call or `...` in the last position as a result pack;
    /// returns the flags of the instruction that consumes them (`MULTI_ARG` if so).
    fn push_list(&mut self, exprs: &'a [Expr]) -> u32 {
        for (k, e) in exprs.iter().enumerate() {
            if k + 1 == exprs.len() && e.is_multi() {
                self.push_pack(e);
                return call_flags::MULTI_ARG;
            }
            self.expr(e);
        }
        0
    }

    /// Pushes all the values of a call or `...` as a result pack (its length in `nres`),
    /// for the next instruction to consume.
    fn push_pack(&mut self, e: &'a Expr) {
        if matches!(e.kind, ExprKind::Vararg) {
            self.line = e.line;
            self.emit(Op::VarArg, &[]);
        } else {
            self.call(e, CallMode::Keep);
        }
    }

    /// Pushes exactly `n` values from `exprs`: extra expressions are evaluated and dropped,
    /// missing ones are nil (or the rest of a last call's or `...`'s values).
    fn push_adjusted(&mut self, exprs: &'a [Expr], n: usize) {
        for (k, e) in exprs.iter().enumerate() {
            if k + 1 == exprs.len() && k + 1 < n && e.is_multi() {
                self.push_pack(e);
                self.emit(Op::AdjustPack, &[(n - k) as u32]);
                return;
            }
            self.expr(e);
            if k >= n {
                self.emit(Op::Pop, &[]);
            }
        }
        for _ in exprs.len()..n {
            self.emit(Op::PushNil, &[]);
        }
    }

    /// `for v1, ..., vn in explist do body end`, as Lua 5.4 runs it: the iterator, its state
    /// and the control value in three hidden locals; each round calls the iterator with the
    /// state and the control value, adjusts its results to the variables, and ends when the
    /// first is nil (which otherwise becomes the control value).
    fn generic_for(&mut self, vars: &'a [LocalId], exprs: &'a [Expr], body: &'a Block, (line, call_line): (u32, u32)) {
        let saved = self.open_scope();
        // The iterator, its state, the control value, and Lua 5.4's closing value (closed
        // like a `<close>` variable when the loop ends).
        self.push_adjusted(exprs, 4);
        let base = self.alloc_slot();
        for _ in 0..3 {
            self.alloc_slot();
        }
        for k in (0..4).rev() {
            self.emit(Op::SetLocal, &[base + k]);
        }
        self.emit(Op::GetLocal, &[base + 3]);
        self.emit(Op::Tbc, &[base + 3]);
        self.tbc.push(base + 3);
        let slots: Vec<u32> = vars.iter().map(|_| self.alloc_slot()).collect();
        let mut call = Label::default();
        self.emit_jump(Op::Jump, &mut call);
        let mut top = Label::default();
        self.place(&mut top);
        for (&id, &slot) in vars.iter().zip(&slots) {
            self.slots[id as usize] = Some(slot);
            self.name_local(id, slot);
            if self.captured(id) {
                self.emit(Op::BoxLocal, &[slot]);
            }
        }
        self.push_loop();
        self.scoped_block(body);
        let mut breaks = self.pop_loop();
        self.place(&mut call);
        self.line = call_line;
        for k in 0..3 {
            self.emit(Op::GetLocal, &[base + k]);
        }
        let fb = self.call_slot();
        self.emit(Op::Call, &[2, call_flags::KEEP_COUNT | call_flags::FOR_ITERATOR, fb]);
        self.emit(Op::AdjustPack, &[slots.len() as u32]);
        for &slot in slots.iter().rev() {
            self.emit(Op::SetLocal, &[slot]);
        }
        self.line = line;
        self.emit(Op::GetLocal, &[slots[0]]);
        self.emit(Op::SetLocal, &[base + 2]);
        self.emit(Op::GetLocal, &[base + 2]);
        self.emit(Op::PushNil, &[]);
        let tfb = self.type_slot();
        self.emit_jump_with(Op::JumpIfNotEq, &[tfb], &mut top);
        self.place(&mut breaks);
        self.close_from(base + 3, 0);
        self.close_scope(saved);
    }

    fn num_for(
        &mut self,
        var: LocalId,
        (start, limit, step): (&'a Expr, &'a Expr, Option<&'a Expr>),
        body: &'a Block,
        line: u32,
        do_line: u32,
    ) {
        let saved = self.open_scope();
        let start_ty = self.expr(start);
        self.expr(limit);
        let step_ty = match step {
            Some(s) => self.expr(s),
            None => {
                self.emit(Op::PushInt, &[1]);
                Ty::Int
            }
        };
        let base = self.alloc_slot();
        for _ in 0..3 {
            self.alloc_slot();
        }
        let var_slot = base + 3;
        let numeric = |t: Ty| matches!(t, Ty::Int | Ty::Float);
        let (prep, lp) = if start_ty == Ty::Int && step_ty == Ty::Int {
            (Op::ForPrepInt, Op::ForLoopInt)
        } else if numeric(start_ty) && numeric(step_ty) {
            (Op::ForPrepFloat, Op::ForLoopFloat)
        } else {
            (Op::ForPrep, Op::ForLoop)
        };
        self.line = do_line;
        let mut exit = Label::default();
        self.emit_jump_with(prep, &[base], &mut exit);
        let mut top = Label::default();
        self.place(&mut top);
        self.slots[var as usize] = Some(var_slot);
        self.name_local(var, var_slot);
        if self.captured(var) {
            self.emit(Op::BoxLocal, &[var_slot]);
        }
        self.push_loop();
        self.scoped_block(body);
        let mut breaks = self.pop_loop();
        self.line = line;
        self.emit_jump_with(lp, &[base], &mut top);
        self.place(&mut exit);
        self.place(&mut breaks);
        self.close_scope(saved);
    }

    // -----------------------------------------------------------------------------------------
    // Conditions.

    /// Jumps to `label` if `e`'s truthiness is `sense`, else falls through.
    fn jump_if(&mut self, e: &'a Expr, sense: bool, label: &mut Label) {
        match &e.kind {
            _ if e.is_truthy_constant() => {
                if sense {
                    self.emit_jump(Op::Jump, label);
                }
            }
            _ if e.is_falsy_constant() => {
                if !sense {
                    self.emit_jump(Op::Jump, label);
                }
            }
            ExprKind::Unary(UnOp::Not, x) => self.jump_if(x, !sense, label),
            ExprKind::Binary(BinOp::And, a, b) => {
                if sense {
                    let mut skip = Label::default();
                    self.jump_if(a, false, &mut skip);
                    self.jump_if(b, true, label);
                    self.place(&mut skip);
                } else {
                    self.jump_if(a, false, label);
                    self.jump_if(b, false, label);
                }
            }
            ExprKind::Binary(BinOp::Or, a, b) => {
                if sense {
                    self.jump_if(a, true, label);
                    self.jump_if(b, true, label);
                } else {
                    let mut skip = Label::default();
                    self.jump_if(a, true, &mut skip);
                    self.jump_if(b, false, label);
                    self.place(&mut skip);
                }
            }
            ExprKind::Binary(op @ (BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge), a, b) => {
                if sense {
                    // Fused branches jump when the comparison is false: hop over a jump.
                    let mut skip = Label::default();
                    self.compare_branch(*op, a, b, e.line, &mut skip);
                    self.emit_jump(Op::Jump, label);
                    self.place(&mut skip);
                } else {
                    self.compare_branch(*op, a, b, e.line, label);
                }
            }
            _ => {
                self.expr(e);
                self.line = e.line;
                self.emit_jump(if sense { Op::JumpIfTrue } else { Op::JumpIfFalse }, label);
            }
        }
    }

    /// Emits `a op b` as a fused compare-and-branch that jumps to `label` when it is false.
    fn compare_branch(&mut self, op: BinOp, a: &'a Expr, b: &'a Expr, line: u32, label: &mut Label) {
        let [s, l, k] = match op {
            BinOp::Eq => [Op::JumpIfNotEq, Op::JumpIfNotEqL, Op::JumpIfNotEqK],
            BinOp::Ne => [Op::JumpIfNotNe, Op::JumpIfNotNeL, Op::JumpIfNotNeK],
            BinOp::Lt => [Op::JumpIfNotLt, Op::JumpIfNotLtL, Op::JumpIfNotLtK],
            BinOp::Le => [Op::JumpIfNotLe, Op::JumpIfNotLeL, Op::JumpIfNotLeK],
            BinOp::Gt => [Op::JumpIfNotGt, Op::JumpIfNotGtL, Op::JumpIfNotGtK],
            BinOp::Ge => [Op::JumpIfNotGe, Op::JumpIfNotGeL, Op::JumpIfNotGeK],
            _ => unreachable!("compare_branch on a non-comparison"),
        };
        if self.reads_late(a, b) {
            self.push_late(a, b);
            self.line = line;
            self.eq_saves_pc(op, a, b);
            let fb = self.type_slot();
            self.emit_jump_with(s, &[fb], label);
            return;
        }
        self.expr(a);
        match self.fusable_rhs(b) {
            Some(rhs) => {
                self.line = line;
                self.eq_saves_pc(op, a, b);
                let fb = self.type_slot();
                match rhs {
                    Rhs::Local(slot) => self.emit_jump_with(l, &[slot, fb], label),
                    Rhs::Const(c) => self.emit_jump_with(k, &[c, fb], label),
                }
            }
            None => {
                self.expr(b);
                self.line = line;
                self.eq_saves_pc(op, a, b);
                let fb = self.type_slot();
                self.emit_jump_with(s, &[fb], label);
            }
        }
    }

    /// Lua's `OP_CLOSE` at `line`, if there is one: it saves the pc.
    fn save_pc_at(&mut self, line: Option<u32>) {
        if let Some(line) = line {
            self.line = line;
            self.emit(Op::SavePc, &[]);
        }
    }

    /// Lua compares with `==`/`~=` a literal constant (nil, a boolean, a number, a string) by
    /// `OP_EQK`/`OP_EQI`, and two registers by `OP_EQ`, which saves the pc: the equality
    /// instructions do not save it themselves; a `SavePc` before them stands for `OP_EQ`'s.
    fn eq_saves_pc(&mut self, op: BinOp, a: &Expr, b: &Expr) {
        let literal = |e: &Expr| e.is_truthy_constant() || e.is_falsy_constant();
        if matches!(op, BinOp::Eq | BinOp::Ne) && !literal(a) && !literal(b) {
            self.emit(Op::SavePc, &[]);
        }
    }

    /// Whether an arithmetic, bitwise or comparison operation must read its left operand `a`
    /// after its right operand: Lua reads a local left operand in its register at the
    /// operation itself, so when `b` may call a function that assigns the local (a captured
    /// one), the new value is the one used. (`..` copies its operands first.)
    fn reads_late(&self, a: &Expr, b: &Expr) -> bool {
        matches!(a.kind, ExprKind::Local(id) if self.captured(id)) && contains_call(b)
    }

    /// Pushes `a` and `b` reading `a` last (see `reads_late`), in the usual order.
    fn push_late(&mut self, a: &'a Expr, b: &'a Expr) -> (Ty, Ty) {
        let tb = self.expr(b);
        let ta = self.expr(a);
        self.emit(Op::Swap, &[]);
        (ta, tb)
    }

    /// A right operand the fused forms can read in place: a literal constant, or a local
    /// that lives in its slot (not a cell). Reading it late is safe: evaluating the left
    /// operand cannot assign a local that no closure captures.
    fn fusable_rhs(&mut self, b: &Expr) -> Option<Rhs> {
        Some(match &b.kind {
            ExprKind::Int(i) => Rhs::Const(self.constant(Constant::Int(*i))),
            ExprKind::Float(f) => Rhs::Const(self.constant(Constant::Float(*f))),
            ExprKind::Str(s) => Rhs::Const(self.constant(Constant::Str(s.clone()))),
            ExprKind::Local(id) if !self.captured(*id) => Rhs::Local(self.slot(*id)),
            _ => return None,
        })
    }

    // -----------------------------------------------------------------------------------------
    // Expressions.

    /// Pushes the value of `e` (exactly one value) and returns its static type. Types are
    /// computed bottom-up as code is emitted, so a long operator chain costs linear time.
    fn expr(&mut self, e: &'a Expr) -> Ty {
        let line = e.line;
        let ty = match &e.kind {
            ExprKind::Nil => {
                self.emit(Op::PushNil, &[]);
                Ty::Nil
            }
            ExprKind::True | ExprKind::False => {
                self.emit(if matches!(e.kind, ExprKind::True) { Op::PushTrue } else { Op::PushFalse }, &[]);
                Ty::Bool
            }
            ExprKind::Int(i) => {
                if let Ok(small) = i32::try_from(*i) {
                    self.emit(Op::PushInt, &[small as u32]);
                } else {
                    let k = self.constant(Constant::Int(*i));
                    self.emit(Op::PushConst, &[k]);
                }
                Ty::Int
            }
            ExprKind::Float(f) => {
                let k = self.constant(Constant::Float(*f));
                self.emit(Op::PushConst, &[k]);
                Ty::Float
            }
            ExprKind::Str(s) => {
                let k = self.constant(Constant::Str(s.clone()));
                self.emit(Op::PushConst, &[k]);
                Ty::Str
            }
            ExprKind::Local(id) => {
                let slot = self.slot(*id);
                let op = if self.captured(*id) { Op::GetCell } else { Op::GetLocal };
                self.emit(op, &[slot]);
                self.types[*id as usize]
            }
            ExprKind::Upval(i) => {
                self.emit(Op::GetUpval, &[*i]);
                Ty::Unknown
            }
            ExprKind::Global(g) => {
                let k = self.global_name(*g);
                self.emit(Op::GetGlobal, &[k]);
                Ty::Unknown
            }
            ExprKind::Env => {
                self.emit(Op::GetEnv, &[]);
                Ty::Unknown
            }
            ExprKind::Refused => unreachable!("refused programs are never compiled"),
            ExprKind::Vararg => {
                self.emit(Op::VarArg, &[]);
                self.emit(Op::AdjustPack, &[1]);
                Ty::Unknown
            }
            ExprKind::Call { .. } | ExprKind::Method { .. } => {
                self.call(e, CallMode::One);
                Ty::Unknown
            }
            ExprKind::Function(f) => {
                self.closure(f, line);
                Ty::Unknown
            }
            ExprKind::Table { fields, narray, nhash } => {
                self.table(fields, *narray, *nhash, line);
                Ty::Unknown
            }
            ExprKind::Index { obj, key } => {
                self.index(obj, key, line);
                Ty::Unknown
            }
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Unary(op, x) => {
                let xt = self.expr(x);
                self.line = line;
                match op {
                    UnOp::Not => self.emit(Op::Not, &[]),
                    UnOp::Len => self.emit(Op::Len, &[]),
                    UnOp::Neg if xt == Ty::Int => self.emit(Op::UnmInt, &[]),
                    UnOp::Neg if xt == Ty::Float => self.emit(Op::UnmFloat, &[]),
                    UnOp::Neg => {
                        let fb = self.type_slot();
                        self.emit(Op::Unm, &[fb])
                    }
                    UnOp::BNot => {
                        let fb = self.type_slot();
                        self.emit(Op::BNot, &[fb])
                    }
                };
                unary_ty(*op, xt)
            }
            ExprKind::Binary(op @ (BinOp::And | BinOp::Or), a, b) if let Some(c) = decided_operand(*op, a) => {
                // `(c and false) or b`, `(c or 1) and b`: the left side always hands over to
                // `b`. Lua's code generator knows it (the left is a constant with jump lists):
                // it tests `c`, lands every jump right before `b`, and so still names `b`'s
                // variable in errors. The same here: `c` as a condition, then `b`.
                let mut next = Label::default();
                self.jump_if(c, true, &mut next);
                self.place(&mut next);
                self.expr(b)
            }
            ExprKind::Binary(op @ (BinOp::And | BinOp::Or), a, b) => {
                let mut end = Label::default();
                let ta = self.expr(a);
                self.line = line;
                self.emit(Op::Dup, &[]);
                let skip = if *op == BinOp::And { Op::JumpIfFalse } else { Op::JumpIfTrue };
                self.emit_jump(skip, &mut end);
                self.emit(Op::Pop, &[]);
                let tb = self.expr(b);
                self.place(&mut end);
                binary_ty(*op, ta, tb)
            }
            ExprKind::Binary(op, a, b) if *op != BinOp::Concat && self.reads_late(a, b) => {
                let (ta, tb) = self.push_late(a, b);
                self.line = line;
                self.eq_saves_pc(*op, a, b);
                self.binary(*op, ta, tb);
                binary_ty(*op, ta, tb)
            }
            ExprKind::Binary(op, a, b) => {
                let ta = self.expr(a);
                let fused = match op {
                    BinOp::Add => Some([Op::AddL, Op::AddK]),
                    BinOp::Sub => Some([Op::SubL, Op::SubK]),
                    BinOp::Mul => Some([Op::MulL, Op::MulK]),
                    BinOp::Div => Some([Op::DivL, Op::DivK]),
                    BinOp::Mod => Some([Op::ModL, Op::ModK]),
                    BinOp::IDiv => Some([Op::IDivL, Op::IDivK]),
                    _ => None,
                };
                let tb = match fused.and_then(|ops| self.fusable_rhs(b).map(|r| (ops, r))) {
                    Some(([l, k], rhs)) => {
                        self.line = line;
                        let fb = self.type_slot();
                        match rhs {
                            Rhs::Local(slot) => self.emit(l, &[slot, fb]),
                            Rhs::Const(c) => self.emit(k, &[c, fb]),
                        };
                        leaf_ty(b, &self.types).expect("fused operands are leaves")
                    }
                    None => {
                        let tb = self.expr(b);
                        self.line = line;
                        self.eq_saves_pc(*op, a, b);
                        self.binary(*op, ta, tb);
                        tb
                    }
                };
                binary_ty(*op, ta, tb)
            }
        };
        self.line = line;
        ty
    }

    fn binary(&mut self, op: BinOp, ta: Ty, tb: Ty) {
        let both = if ta == tb { ta } else { Ty::Unknown };
        let typed = match (op, both) {
            (BinOp::Add, Ty::Int) => Some(Op::AddInt),
            (BinOp::Sub, Ty::Int) => Some(Op::SubInt),
            (BinOp::Mul, Ty::Int) => Some(Op::MulInt),
            (BinOp::IDiv, Ty::Int) => Some(Op::IDivInt),
            (BinOp::Mod, Ty::Int) => Some(Op::ModInt),
            (BinOp::Add, Ty::Float) => Some(Op::AddFloat),
            (BinOp::Sub, Ty::Float) => Some(Op::SubFloat),
            (BinOp::Mul, Ty::Float) => Some(Op::MulFloat),
            (BinOp::Div, Ty::Float) => Some(Op::DivFloat),
            (BinOp::Mod, Ty::Float) => Some(Op::ModFloat),
            (BinOp::IDiv, Ty::Float) => Some(Op::IDivFloat),
            (BinOp::Pow, Ty::Float) => Some(Op::PowFloat),
            (BinOp::Eq, Ty::Int) => Some(Op::EqInt),
            (BinOp::Ne, Ty::Int) => Some(Op::NeInt),
            (BinOp::Lt, Ty::Int) => Some(Op::LtInt),
            (BinOp::Le, Ty::Int) => Some(Op::LeInt),
            (BinOp::Gt, Ty::Int) => Some(Op::GtInt),
            (BinOp::Ge, Ty::Int) => Some(Op::GeInt),
            (BinOp::Eq, Ty::Float) => Some(Op::EqFloat),
            (BinOp::Ne, Ty::Float) => Some(Op::NeFloat),
            (BinOp::Lt, Ty::Float) => Some(Op::LtFloat),
            (BinOp::Le, Ty::Float) => Some(Op::LeFloat),
            (BinOp::Gt, Ty::Float) => Some(Op::GtFloat),
            (BinOp::Ge, Ty::Float) => Some(Op::GeFloat),
            _ => None,
        };
        if let Some(t) = typed {
            self.emit(t, &[]);
            return;
        }
        let generic = match op {
            BinOp::Add => Op::Add,
            BinOp::Sub => Op::Sub,
            BinOp::Mul => Op::Mul,
            BinOp::Div => Op::Div,
            BinOp::Mod => Op::Mod,
            BinOp::IDiv => Op::IDiv,
            BinOp::Pow => Op::Pow,
            BinOp::BAnd => Op::BAnd,
            BinOp::BOr => Op::BOr,
            BinOp::BXor => Op::BXor,
            BinOp::Shl => Op::Shl,
            BinOp::Shr => Op::Shr,
            BinOp::Eq => Op::Eq,
            BinOp::Ne => Op::Ne,
            BinOp::Lt => Op::Lt,
            BinOp::Le => Op::Le,
            BinOp::Gt => Op::Gt,
            BinOp::Ge => Op::Ge,
            BinOp::Concat => {
                self.emit(Op::Concat, &[]);
                return;
            }
            BinOp::And | BinOp::Or => unreachable!("short-circuit operators are compiled as jumps"),
        };
        let fb = self.type_slot();
        self.emit(generic, &[fb]);
    }

    /// Compiles a call: `One` leaves exactly one value, `Keep` also records the result count
    /// for an enclosing multi-value context, `Tail` is `return f(...)`.
    fn call(&mut self, e: &'a Expr, mode: CallMode) {
        let line = e.line;
        let argc = match &e.kind {
            ExprKind::Call { callee, args } => {
                self.expr(callee);
                self.args(args)
            }
            ExprKind::Method { obj, name, name_line, args } => {
                self.expr(obj);
                self.line = *name_line;
                let k = self.constant(Constant::Str(name.as_bytes().to_vec()));
                self.emit(Op::Method, &[k]);
                self.args(args) + 1
            }
            _ => unreachable!("call() on a non-call"),
        };
        let mut flags = 0;
        if let ExprKind::Call { args, .. } | ExprKind::Method { args, .. } = &e.kind
            && args.last().is_some_and(Expr::is_multi)
        {
            flags |= call_flags::MULTI_ARG;
        }
        if mode == CallMode::Keep {
            flags |= call_flags::KEEP_COUNT;
        }
        self.line = line;
        let fb = self.call_slot();
        let op = if mode == CallMode::Tail { Op::TailCall } else { Op::Call };
        self.emit(op, &[argc, flags, fb]);
    }

    /// Pushes call arguments; a call or `...` in last position gives all its values.
    fn args(&mut self, args: &'a [Expr]) -> u32 {
        self.push_list(args);
        args.len() as u32
    }

    fn closure(&mut self, f: &'a FuncProto, line: u32) {
        let index = self.pc.functions.len();
        self.pc.functions.push(None);
        let upvals = f
            .upvals
            .iter()
            .map(|u| match u.from {
                UpvalFrom::Local(id) => UpvalDesc { from_local: true, index: self.slot(id), name: u.name.clone() },
                UpvalFrom::Upval(j) => UpvalDesc { from_local: false, index: j, name: u.name.clone() },
            })
            .collect();
        let name = if f.name == "anonymous" { format!("anonymous@{line}") } else { f.name.clone() };
        self.pc.queue.push_back(Pending { index, proto: f, upvals, name });
        self.line = f.end_line;
        self.emit(Op::Closure, &[index as u32]);
    }
}

/// A right operand read in place by a fused instruction.
#[derive(Clone, Copy)]
enum Rhs {
    Local(u32),
    Const(u32),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CallMode {
    One,
    Keep,
    Tail,
}

fn stmt_line(s: &Stmt) -> u32 {
    match s {
        Stmt::Local { line, .. }
        | Stmt::LocalFunction { line, .. }
        | Stmt::Assign { line, .. }
        | Stmt::While { line, .. }
        | Stmt::Repeat { line, .. }
        | Stmt::If { line, .. }
        | Stmt::NumFor { line, .. }
        | Stmt::GenericFor { line, .. }
        | Stmt::Break { line }
        | Stmt::SavePc { line }
        | Stmt::Return { line, .. } => *line,
        Stmt::Call(e) => e.line,
        Stmt::Label(_) | Stmt::Goto(_) => 0,
        Stmt::Do(b) => b.first().map_or(0, stmt_line),
    }
}

/// Whether evaluating `e` may call a function (not counting function literals' bodies).
/// For `a or b` (`a and b`): the `c` of a left operand `c and <falsy constant>` (`c or <truthy
/// constant>`), which is always false (true), so the operator always evaluates `b`.
fn decided_operand(op: BinOp, a: &Expr) -> Option<&Expr> {
    let mut a = a;
    while let ExprKind::Paren(x) = &a.kind {
        a = x;
    }
    match (&a.kind, op) {
        (ExprKind::Binary(BinOp::And, c, k), BinOp::Or) if k.is_falsy_constant() => Some(c),
        (ExprKind::Binary(BinOp::Or, c, k), BinOp::And) if k.is_truthy_constant() => Some(c),
        _ => None,
    }
}

fn contains_call(e: &Expr) -> bool {
    let mut work = vec![e];
    while let Some(e) = work.pop() {
        match &e.kind {
            ExprKind::Call { .. } | ExprKind::Method { .. } => return true,
            ExprKind::Binary(_, a, b) => {
                work.push(a);
                work.push(b);
            }
            ExprKind::Unary(_, x) | ExprKind::Paren(x) => work.push(x),
            _ => {}
        }
    }
    false
}

fn ends_in_jump(b: &Block) -> bool {
    matches!(b.last(), Some(Stmt::Return { .. } | Stmt::Break { .. }))
}

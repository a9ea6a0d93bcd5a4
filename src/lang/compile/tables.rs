//! Tables: constructors, indexing, and assignments whose targets may be fields.

use super::*;
use crate::lang::parser::FIELDS_PER_FLUSH;

impl<'p, 'a> FuncCompiler<'p, 'a> {
    /// `{ fields }`: a presized table, then the fields in source order. Named fields are
    /// stored as they are evaluated (through a copy of the table pushed above the pending
    /// items); positional items wait on the stack and are stored in batches of
    /// [`FIELDS_PER_FLUSH`], as Lua's `SETLIST` does, so a positional item wins a key that a
    /// `[k]=` field of its batch also sets.
    pub(super) fn table(&mut self, fields: &'a [Field], narray: u32, nhash: u32, line: u32) {
        self.line = line;
        self.emit(Op::NewTable, &[narray, nhash]);
        let mut pending = 0u32;
        let mut stored = 0u32;
        for (k, f) in fields.iter().enumerate() {
            match f {
                Field::Pos(e) => {
                    if k + 1 == fields.len() && e.is_multi() {
                        self.push_pack(e);
                        self.line = line;
                        self.emit(Op::SetList, &[pending + 1, stored + 1, call_flags::MULTI_ARG]);
                        return;
                    }
                    self.expr(e);
                    pending += 1;
                    if pending as usize == FIELDS_PER_FLUSH {
                        self.line = line;
                        self.emit(Op::SetList, &[pending, stored + 1, 0]);
                        stored += pending;
                        pending = 0;
                    }
                }
                Field::Named(key, value) => {
                    self.emit(Op::PushDeep, &[pending]);
                    match &key.kind {
                        ExprKind::Str(name) => {
                            let k = self.constant(Constant::Str(name.clone()));
                            self.expr(value);
                            self.line = key.line;
                            self.emit(Op::SetField, &[k]);
                        }
                        _ => {
                            self.expr(key);
                            self.expr(value);
                            self.line = key.line;
                            self.emit(Op::SetIndex, &[]);
                        }
                    }
                }
            }
        }
        if pending > 0 {
            self.line = line;
            self.emit(Op::SetList, &[pending, stored + 1, 0]);
        }
    }

    /// `obj[key]`; a string-constant key (`obj.name`) is an operand.
    pub(super) fn index(&mut self, obj: &'a Expr, key: &'a Expr, line: u32) {
        self.expr(obj);
        match &key.kind {
            ExprKind::Str(name) => {
                let k = self.constant(Constant::Str(name.clone()));
                self.line = line;
                self.emit(Op::GetField, &[k]);
            }
            _ => {
                self.expr(key);
                self.line = line;
                self.emit(Op::GetIndex, &[]);
            }
        }
    }

    /// `t1, t2, ... = e1, e2, ...`. Lua evaluates each target's table and key (left to
    /// right), then the values, then stores them right to left. A single field target is
    /// `SetField`/`SetIndex` directly; with several targets the tables and keys wait on the
    /// stack below the values, and each store works on copies of them.
    pub(super) fn assign(&mut self, targets: &'a [Target], exprs: &'a [Expr], line: u32) {
        if let [Target::Index { obj, key }] = targets {
            self.expr(obj);
            let name = match &key.kind {
                ExprKind::Str(name) => Some(self.constant(Constant::Str(name.clone()))),
                _ => {
                    self.expr(key);
                    None
                }
            };
            self.push_adjusted(exprs, 1);
            self.line = line;
            match name {
                Some(k) => self.emit(Op::SetField, &[k]),
                None => self.emit(Op::SetIndex, &[]),
            };
            return;
        }
        // The stack position (counted from the bottom of this statement's values) of each
        // index target's table; its key is just above it.
        let mut at = Vec::with_capacity(targets.len());
        let mut held = 0u32;
        for t in targets {
            if let Target::Index { obj, key } = t {
                at.push(Some(held));
                self.expr(obj);
                self.expr(key);
                held += 2;
            } else {
                at.push(None);
            }
        }
        let n = targets.len() as u32;
        self.push_adjusted(exprs, n as usize);
        self.line = line;
        for (i, t) in targets.iter().enumerate().rev() {
            match (t, at[i]) {
                (Target::Var(place), _) => self.store(*place),
                (Target::Index { .. }, Some(pos)) => {
                    // Stack: [held pairs][values 0..=i]; the value is on top.
                    let depth = held + i as u32 + 1;
                    let from_top = |p: u32| depth - 1 - p;
                    self.emit(Op::PushDeep, &[from_top(pos)]);
                    self.emit(Op::PushDeep, &[from_top(pos + 1) + 1]);
                    self.emit(Op::PushDeep, &[2]);
                    self.emit(Op::SetIndex, &[]);
                    self.emit(Op::Pop, &[]);
                }
                (Target::Index { .. }, None) => unreachable!("every index target has a position"),
            }
        }
        for _ in 0..held {
            self.emit(Op::Pop, &[]);
        }
    }
}

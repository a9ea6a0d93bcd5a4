//! Statements and blocks: Lua's `statement`, with its scope, local, goto-free control flow and
//! function-definition rules.

use super::*;

impl Parser {
    // -----------------------------------------------------------------------------------------
    // Statements.
    pub(super) fn block_follow(&self, with_until: bool) -> bool {
        match self.tok() {
            Tok::Else | Tok::Elseif | Tok::End | Tok::Eof => true,
            Tok::Until => with_until,
            _ => false,
        }
    }

    /// Parses statements into a fresh block.
    pub(super) fn statlist(&mut self) -> PResult<Block> {
        let mut out = Vec::new();
        while !self.block_follow(true) {
            if self.tok() == &Tok::Return {
                out.extend(self.statement()?);
                break;
            }
            if let Some(s) = self.statement()? {
                out.push(s);
            }
        }
        Ok(out)
    }

    /// The main chunk's body.
    pub(super) fn block(&mut self) -> PResult<()> {
        let body = self.statlist()?;
        self.fs().proto.body = body;
        Ok(())
    }

    /// A nested block with its own scope; for a loop, also whether a `break` left captured
    /// locals.
    pub(super) fn scoped_block(&mut self, is_loop: bool) -> PResult<(Block, bool)> {
        self.open_scope(is_loop);
        let mut b = self.statlist()?;
        let (captured, break_close) = self.close_scope();
        self.close_block(&mut b, captured);
        Ok((b, break_close))
    }

    /// Ends a block whose locals a closure captured with Lua's `OP_CLOSE` position, unless
    /// the block ends in a jump (Lua's instruction would be dead code there).
    pub(super) fn close_block(&self, b: &mut Block, captured: bool) {
        if captured && !matches!(b.last(), Some(Stmt::Return { .. } | Stmt::Break { .. })) {
            b.push(Stmt::SavePc { line: self.last_line() });
        }
    }

    pub(super) fn statement(&mut self) -> PResult<Option<Stmt>> {
        let line = self.line();
        self.enter_level()?;
        let s = match self.tok().clone() {
            Tok::Semi => {
                self.next()?;
                None
            }
            Tok::If => Some(self.if_stat(line)?),
            Tok::While => {
                self.next()?;
                let cond = self.expr()?;
                self.check_next(&Tok::Do)?;
                let (body, break_close) = self.scoped_block(true)?;
                self.check_match(&Tok::End, &Tok::While, line)?;
                let break_close = break_close.then(|| self.last_line());
                Some(Stmt::While { cond, body, line, break_close })
            }
            Tok::Do => {
                self.next()?;
                let (b, _) = self.scoped_block(false)?;
                self.check_match(&Tok::End, &Tok::Do, line)?;
                Some(Stmt::Do(b))
            }
            Tok::For => Some(self.for_stat(line)?),
            Tok::Repeat => {
                self.next()?;
                // The condition sees the body's locals: one scope around both.
                self.open_scope(true);
                let body = self.statlist()?;
                self.check_match(&Tok::Until, &Tok::Repeat, line)?;
                let cond = self.expr()?;
                let (captured, break_close) = self.close_scope();
                let close = self.last_line();
                Some(Stmt::Repeat {
                    body,
                    cond,
                    line,
                    cond_close: captured.then_some(close),
                    break_close: break_close.then_some(close),
                })
            }
            Tok::Function => Some(self.func_stat(line)?),
            Tok::Local => {
                self.next()?;
                if self.test_next(&Tok::Function)? {
                    Some(self.local_func(line)?)
                } else {
                    Some(self.local_stat(line)?)
                }
            }
            Tok::DColon => {
                self.next()?;
                let name = self.check_name()?;
                Some(self.label_stat(name, line)?)
            }
            Tok::Goto => {
                self.next()?;
                let name = self.check_name()?;
                Some(self.goto_stat(name, line))
            }
            Tok::Return => {
                self.next()?;
                let exprs =
                    if self.block_follow(true) || self.tok() == &Tok::Semi { Vec::new() } else { self.expr_list()? };
                self.test_next(&Tok::Semi)?;
                Some(Stmt::Return { exprs, line })
            }
            Tok::Break => {
                self.next()?;
                let fs = self.fs();
                if !fs.scopes.iter().any(|s| s.is_loop) && fs.stray_break.is_none() {
                    fs.stray_break = Some(line);
                }
                let actives = fs.actives.len();
                fs.breaks.push(PendingBreak { actives, close: false });
                Some(Stmt::Break { line })
            }
            _ => Some(self.expr_stat()?),
        };
        self.leave_level();
        Ok(s)
    }

    /// `::name::` (Lua's `labelstat`). The void statements after it (`;` and other labels)
    /// are read first, so that a label ending its block is known as such: it then stands
    /// outside the block's locals, and a `goto` may jump to it past their declarations.
    pub(super) fn label_stat(&mut self, name: String, line: u32) -> PResult<Stmt> {
        self.check_next(&Tok::DColon)?;
        let mut ids = Vec::new();
        while matches!(self.tok(), Tok::Semi | Tok::DColon) {
            if let Some(Stmt::Label(more)) = self.statement()? {
                ids.extend(more);
            }
        }
        let fs = self.funcs.last().expect("an open function");
        if let Some(l) = fs.labels.iter().find(|l| l.name == name) {
            let msg = format!("label '{name}' already defined on line {}", l.line);
            return Err(self.sem_error(&msg));
        }
        let last = self.block_follow(false);
        let fs = self.fs();
        let scope = fs.scopes.last().expect("an open scope");
        let actives = if last { scope.active_start } else { fs.actives.len() };
        let first_goto = scope.first_goto.min(fs.gotos.len());
        let id = fs.label_count;
        fs.label_count += 1;
        fs.labels.push(LabelDesc { name: name.clone(), id, line });
        // Pending gotos of this block to this label jump here, unless that enters the scope
        // of a local declared since.
        let mut k = first_goto;
        while k < fs.gotos.len() {
            if fs.gotos[k].name != name {
                k += 1;
                continue;
            }
            let g = fs.gotos.remove(k);
            if g.actives < actives {
                let local = fs.proto.locals[fs.actives[g.actives] as usize].name.clone();
                let msg = format!("<goto {name}> at line {} jumps into the scope of local '{local}'", g.line);
                return Err(self.sem_error(&msg));
            }
            fs.proto.goto_labels[g.id as usize] = id;
        }
        ids.insert(0, id);
        Ok(Stmt::Label(ids))
    }

    /// `goto name`: to a visible label (a backward jump), or pending until the label is
    /// declared later in an enclosing block.
    pub(super) fn goto_stat(&mut self, name: String, line: u32) -> Stmt {
        let fs = self.fs();
        let id = fs.proto.goto_labels.len() as GotoId;
        match fs.labels.iter().rev().find(|l| l.name == name) {
            Some(l) => fs.proto.goto_labels.push(l.id),
            None => {
                fs.proto.goto_labels.push(LabelId::MAX);
                let actives = fs.actives.len();
                fs.gotos.push(PendingGoto { name, id, line, actives });
            }
        }
        Stmt::Goto(id)
    }

    pub(super) fn if_stat(&mut self, line: u32) -> PResult<Stmt> {
        let mut arms = Vec::new();
        // 'if' cond 'then' block { 'elseif' cond 'then' block }
        loop {
            self.next()?; // skip 'if' / 'elseif'
            let cond = self.expr()?;
            self.check_next(&Tok::Then)?;
            let (body, _) = self.scoped_block(false)?;
            arms.push((cond, body));
            if self.tok() != &Tok::Elseif {
                break;
            }
        }
        let otherwise = if self.test_next(&Tok::Else)? { Some(self.scoped_block(false)?.0) } else { None };
        self.check_match(&Tok::End, &Tok::If, line)?;
        Ok(Stmt::If { arms, otherwise, line })
    }

    pub(super) fn for_stat(&mut self, line: u32) -> PResult<Stmt> {
        self.next()?; // skip 'for'
        let name = self.check_name()?;
        match self.tok() {
            Tok::Assign => {
                // Lua declares three hidden control variables and the loop variable here.
                self.check_locals(0, 4)?;
                self.next()?;
                let start = self.expr()?;
                self.check_next(&Tok::Comma)?;
                let limit = self.expr()?;
                let step = if self.test_next(&Tok::Comma)? { Some(self.expr()?) } else { None };
                self.check_next(&Tok::Do)?;
                let do_line = self.last_line();
                self.open_scope(true);
                self.fs().scopes.last_mut().expect("the loop's scope").hidden = 3;
                let var = self.new_local(name, false);
                self.activate(&[var]);
                let mut body = self.statlist()?;
                // Lua's levels: the body's locals, then the loop variable's block.
                let body_start = self.fs().scopes.last().expect("the loop's scope").active_start + 1;
                let (captured, break_close) = self.close_scope_with(&[body_start]);
                self.close_block(&mut body, captured);
                self.check_match(&Tok::End, &Tok::For, line)?;
                let break_close = break_close.then(|| self.last_line());
                Ok(Stmt::NumFor { var, start, limit, step, body, line, do_line, break_close })
            }
            Tok::Comma | Tok::In => {
                // Lua declares four hidden control variables, then the loop's variables.
                self.check_locals(0, 5)?;
                let mut names = vec![name];
                while self.test_next(&Tok::Comma)? {
                    self.check_locals(4 + names.len(), 1)?;
                    names.push(self.check_name()?);
                }
                self.check_next(&Tok::In)?;
                let call_line = self.line();
                let exprs = self.expr_list()?;
                self.check_next(&Tok::Do)?;
                self.open_scope(true);
                self.fs().scopes.last_mut().expect("the loop's scope").hidden = 4;
                let vars: Vec<LocalId> = names.into_iter().map(|n| self.new_local(n, false)).collect();
                self.activate(&vars);
                let mut body = self.statlist()?;
                let body_start = self.fs().scopes.last().expect("the loop's scope").active_start + vars.len();
                let (captured, break_close) = self.close_scope_with(&[body_start]);
                self.close_block(&mut body, captured);
                self.check_match(&Tok::End, &Tok::For, line)?;
                let break_close = break_close.then(|| self.last_line());
                Ok(Stmt::GenericFor { vars, exprs, body, line, call_line, break_close })
            }
            _ => Err(self.syntax_error("'=' or 'in' expected")),
        }
    }

    pub(super) fn func_stat(&mut self, line: u32) -> PResult<Stmt> {
        self.next()?; // skip 'function'
        let name_line = self.line();
        let name = self.check_name()?;
        if matches!(self.tok(), Tok::Dot | Tok::Colon) {
            // `function a.b.c()` / `function a.b:m()`: a store into a field.
            let mut obj = self.name_expr(&name, name_line)?;
            let mut full = name.clone();
            loop {
                let colon = self.tok() == &Tok::Colon;
                self.next()?;
                let key_line = self.line();
                let field = self.check_name()?;
                full.push(if colon { ':' } else { '.' });
                full.push_str(&field);
                let key = Expr::new(ExprKind::Str(field.into_bytes()), key_line);
                if colon || !matches!(self.tok(), Tok::Dot | Tok::Colon) {
                    let func = self.body_of(&full, line, colon)?;
                    let target = Target::Index { obj, key };
                    let exprs = vec![Expr::new(ExprKind::Function(Box::new(func)), line)];
                    return Ok(Stmt::Assign { targets: vec![target], exprs, line });
                }
                obj = Expr::new(ExprKind::Index { obj: Box::new(obj), key: Box::new(key) }, name_line);
            }
        }
        let place = match self.single_var(&name, name_line) {
            Resolved::Place(p) => p,
            Resolved::Constant(_) => {
                return Err(self.sem_error(&format!("attempt to assign to const variable '{name}'")));
            }
            Resolved::EnvField(mut e) => {
                let ExprKind::Index { obj, key } = std::mem::replace(&mut e.kind, ExprKind::Nil) else {
                    unreachable!("an _ENV field")
                };
                let func = self.body(&name, line)?;
                let exprs = vec![Expr::new(ExprKind::Function(Box::new(func)), line)];
                return Ok(Stmt::Assign { targets: vec![Target::Index { obj: *obj, key: *key }], exprs, line });
            }
        };
        let func = self.body(&name, line)?;
        self.mark_assigned(place)?;
        Ok(Stmt::Assign {
            targets: vec![Target::Var(place)],
            exprs: vec![Expr::new(ExprKind::Function(Box::new(func)), line)],
            line,
        })
    }

    pub(super) fn local_func(&mut self, line: u32) -> PResult<Stmt> {
        let name = self.check_name()?;
        self.check_locals(0, 1)?;
        let local = self.new_local(name.clone(), false);
        self.activate(&[local]);
        let func = self.body(&name, line)?;
        Ok(Stmt::LocalFunction { local, func: Box::new(func), line })
    }

    pub(super) fn local_stat(&mut self, line: u32) -> PResult<Stmt> {
        // (name, `<const>` or `<close>`, `<close>`)
        let mut names: Vec<(String, bool, bool)> = Vec::new();
        loop {
            let name = self.check_name()?;
            self.check_locals(names.len(), 1)?;
            let (mut is_const, mut to_close) = (false, false);
            if self.test_next(&Tok::Lt)? {
                let attr = self.check_name()?;
                self.check_next(&Tok::Gt)?;
                match attr.as_str() {
                    "const" => is_const = true,
                    "close" => {
                        if names.iter().any(|n| n.2) {
                            return Err(self.sem_error("multiple to-be-closed variables in local list"));
                        }
                        (is_const, to_close) = (true, true);
                    }
                    _ => return Err(self.sem_error(&format!("unknown attribute '{attr}'"))),
                }
            }
            names.push((name, is_const, to_close));
            if !self.test_next(&Tok::Comma)? {
                break;
            }
        }
        let exprs = if self.test_next(&Tok::Assign)? { self.expr_list()? } else { Vec::new() };
        let targets: Vec<LocalId> = names
            .iter()
            .map(|(n, c, close)| {
                let id = self.new_local(n.clone(), *c);
                self.fs().proto.locals[id as usize].to_close = *close;
                id
            })
            .collect();
        // Lua's rule: when the counts match, a last `<const>` variable whose value is a
        // constant becomes a compile-time constant (never a `<close>` one).
        if names.len() == exprs.len()
            && names.last().is_some_and(|(_, c, close)| *c && !*close)
            && let Some(k) = compile_time_constant(exprs.last().expect("as many expressions as names"))
        {
            let id = *targets.last().expect("a target");
            self.fs().proto.locals[id as usize].constant = Some(k);
        }
        self.activate(&targets);
        Ok(Stmt::Local { targets, exprs, line })
    }

    pub(super) fn expr_stat(&mut self) -> PResult<Stmt> {
        let line = self.line();
        let first = self.suffixed_exp()?;
        if matches!(self.tok(), Tok::Assign | Tok::Comma) {
            let mut targets = vec![self.assign_target(first)?];
            while self.test_next(&Tok::Comma)? {
                let e = self.suffixed_exp()?;
                targets.push(self.assign_target(e)?);
            }
            self.check_next(&Tok::Assign)?;
            let exprs = self.expr_list()?;
            return Ok(Stmt::Assign { targets, exprs, line });
        }
        if !first.is_call() && !matches!(first.kind, ExprKind::Refused) {
            return Err(self.syntax_error("syntax error"));
        }
        Ok(Stmt::Call(first))
    }

    /// Checks that an expression can be assigned to, marking the variable reassigned.
    pub(super) fn assign_target(&mut self, mut e: Expr) -> PResult<Target> {
        let place = match e.kind {
            ExprKind::Local(id) => Place::Local(id),
            ExprKind::Upval(i) => Place::Upval(i),
            ExprKind::Global(g) => Place::Global(g),
            ExprKind::Env => Place::Env,
            ExprKind::Index { .. } => {
                let ExprKind::Index { obj, key } = std::mem::replace(&mut e.kind, ExprKind::Nil) else {
                    unreachable!("matched above")
                };
                return Ok(Target::Index { obj: *obj, key: *key });
            }
            // A refused construct; the program is refused anyway.
            ExprKind::Refused => return Ok(Target::Var(Place::Global(0))),
            // A compile-time constant named just before the `=` or `,`.
            _ if self.const_ref.as_ref().is_some_and(|(p, _)| *p == self.pos) => {
                let name = self.const_ref.take().map(|(_, n)| n).unwrap_or_default();
                return Err(self.sem_error(&format!("attempt to assign to const variable '{name}'")));
            }
            _ => return Err(self.syntax_error("syntax error")),
        };
        self.mark_assigned(place)?;
        Ok(Target::Var(place))
    }

    /// Function body: `(params) block end`.
    pub(super) fn body(&mut self, name: &str, line: u32) -> PResult<FuncProto> {
        self.body_of(name, line, false)
    }

    /// Function body; a method's (`function a:m()`) has the hidden first parameter `self`.
    pub(super) fn body_of(&mut self, name: &str, line: u32, is_method: bool) -> PResult<FuncProto> {
        self.open_func(name, line);
        self.check_next(&Tok::LParen)?;
        let mut params = Vec::new();
        if is_method {
            params.push(self.new_local("self".to_string(), false));
        }
        if self.tok() != &Tok::RParen {
            loop {
                match self.tok().clone() {
                    Tok::Name(n) => {
                        self.next()?;
                        self.check_locals(params.len(), 1)?;
                        params.push(self.new_local(n, false));
                    }
                    Tok::Dots => {
                        self.next()?;
                        self.fs().proto.is_vararg = true;
                        break;
                    }
                    _ => return Err(self.syntax_error("<name> or '...' expected")),
                }
                if !self.test_next(&Tok::Comma)? {
                    break;
                }
            }
        }
        self.activate(&params);
        self.fs().proto.params = params;
        self.check_next(&Tok::RParen)?;
        let body = self.statlist()?;
        self.fs().proto.body = body;
        self.check_match(&Tok::End, &Tok::Function, line)?;
        self.fs().proto.end_line = self.last_line();
        self.close_func()
    }
}

//! Expressions: Lua's precedence-climbing `subexpr`, primary and suffixed expressions, call
//! arguments, library fields, and constant folding.

use super::*;

/// Lua's `UNARY_PRIORITY`: unary operators bind tighter than every binary one but `^`.
const UNARY_PRIORITY: u8 = 12;

/// Lua's `LFIELDS_PER_FLUSH`: a constructor stores its positional items in batches this
/// large (which decides whether a positional item or a `[k]=` field wins a key both set).
pub const FIELDS_PER_FLUSH: usize = 50;

impl Parser {
    // -----------------------------------------------------------------------------------------
    // Expressions.
    /// `e1, e2, ...`: each expression but the last goes to a register as its comma is read
    /// (Lua's `explist`); the registers stay reserved until the caller's statement or call
    /// is done.
    pub(super) fn expr_list(&mut self) -> PResult<Vec<Expr>> {
        let temps = self.fs().temps;
        let mut v = vec![self.expr()?];
        while self.test_next(&Tok::Comma)? {
            self.reserve_regs(1)?;
            v.push(self.expr()?);
        }
        self.fs().temps = temps;
        Ok(v)
    }

    pub fn expr(&mut self) -> PResult<Expr> {
        self.subexpr(0)
    }

    pub(super) fn subexpr(&mut self, limit: u8) -> PResult<Expr> {
        self.enter_level()?;
        let mut left = if let Some(op) = unary_op(self.tok()) {
            let line = self.line();
            self.next()?;
            let operand = self.subexpr(UNARY_PRIORITY)?;
            fold_unary(op, operand, line)
        } else {
            self.simple_exp()?
        };
        while let Some(op) = binary_op(self.tok()) {
            let (lp, rp) = priority(op);
            if lp <= limit {
                break;
            }
            let op_line = self.line();
            self.next()?;
            let right = self.subexpr(rp)?;
            // Lua's lines: comparisons are emitted after their right operand is read (the
            // line of its last token); a `..` chain is one instruction with the line of its
            // last `..`; other operators have the operator's line.
            let line = match op {
                BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => self.last_line(),
                BinOp::Concat => concat_line(&right).unwrap_or(op_line),
                _ => op_line,
            };
            left = fold_binary(op, left, right, line);
        }
        self.leave_level();
        Ok(left)
    }

    pub(super) fn simple_exp(&mut self) -> PResult<Expr> {
        let line = self.line();
        let kind = match self.tok().clone() {
            Tok::Float(f) => ExprKind::Float(f),
            Tok::Int(i) => ExprKind::Int(i),
            Tok::Str(s) => ExprKind::Str(s),
            Tok::Nil => ExprKind::Nil,
            Tok::True => ExprKind::True,
            Tok::False => ExprKind::False,
            Tok::Dots => {
                if !self.fs().proto.is_vararg {
                    return Err(self.syntax_error("cannot use '...' outside a vararg function"));
                }
                ExprKind::Vararg
            }
            Tok::LBrace => return self.table_constructor(),
            Tok::Function => {
                self.next()?;
                let f = self.body("anonymous", line)?;
                return Ok(Expr::new(ExprKind::Function(Box::new(f)), line));
            }
            _ => return self.suffixed_exp(),
        };
        self.next()?;
        Ok(Expr::new(kind, line))
    }

    /// `{ fields }` (Lua's `constructor`). The table takes a register, and so does each
    /// positional item until its batch of [`FIELDS_PER_FLUSH`] is stored.
    pub(super) fn table_constructor(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.check_next(&Tok::LBrace)?;
        let temps = self.fs().temps;
        self.reserve_regs(1)?;
        let mut fields = Vec::new();
        let (mut narray, mut nhash, mut pending) = (0u32, 0u32, 0usize);
        while self.tok() != &Tok::RBrace {
            match self.tok() {
                Tok::Name(name) if self.tokens.get(self.pos + 1).is_some_and(|t| t.tok == Tok::Assign) => {
                    let key = Expr::new(ExprKind::Str(name.clone().into_bytes()), self.line());
                    self.next()?;
                    self.next()?;
                    let value = self.expr()?;
                    fields.push(Field::Named(key, value));
                    nhash += 1;
                }
                Tok::LBracket => {
                    self.next()?;
                    let key = self.expr()?;
                    self.check_next(&Tok::RBracket)?;
                    self.check_next(&Tok::Assign)?;
                    let value = self.expr()?;
                    fields.push(Field::Named(key, value));
                    nhash += 1;
                }
                _ => {
                    let e = self.expr()?;
                    fields.push(Field::Pos(e));
                    narray += 1;
                    pending += 1;
                    if pending == FIELDS_PER_FLUSH {
                        self.fs().temps -= pending - 1;
                        pending = 0;
                    } else {
                        self.reserve_regs(1)?;
                    }
                }
            }
            if !self.test_next(&Tok::Comma)? && !self.test_next(&Tok::Semi)? {
                break;
            }
        }
        self.check_match(&Tok::RBrace, &Tok::LBrace, line)?;
        self.fs().temps = temps;
        if matches!(fields.last(), Some(Field::Pos(e)) if e.is_multi()) {
            narray -= 1;
        }
        Ok(Expr::new(ExprKind::Table { fields, narray, nhash }, line))
    }

    pub(super) fn primary_exp(&mut self) -> PResult<Expr> {
        let line = self.line();
        match self.tok().clone() {
            Tok::Name(name) => {
                self.next()?;
                let level = self.funcs.len() - 1;
                let is_const = matches!(self.resolve_in(level, &name), Some(Resolved::Constant(_)));
                let r = self.single_var(&name, line);
                if let Some(e) = self.limit_error.take() {
                    return Err(e);
                }
                if is_const {
                    self.const_ref = Some((self.pos, name));
                }
                Ok(Self::resolved_expr(r, line))
            }
            Tok::LParen => {
                self.next()?;
                let e = self.expr()?;
                self.check_match(&Tok::RParen, &Tok::LParen, line)?;
                if matches!(e.kind, ExprKind::Int(_) | ExprKind::Float(_)) {
                    // A numeric constant stays one in parentheses (Lua's `VKINT`/`VKFLT`): it
                    // folds, and `x - (0)` is `x - 0`.
                    return Ok(e);
                }
                Ok(Expr::new(ExprKind::Paren(Box::new(e)), line))
            }
            _ => Err(self.syntax_error("unexpected symbol")),
        }
    }

    /// Refuses `lib.name` when `lib` is a global holding one of Lua's libraries and `name`
    /// is a member Lua has and strata does not yet.
    fn check_library_member(&mut self, obj: &Expr, field: &str, line: u32) {
        let ExprKind::Global(g) = obj.kind else { return };
        let lib_name = self.globals[g as usize].clone();
        let Some(lib) = library(&lib_name) else { return };
        let have = builtins::lookup(lib, field).is_some()
            || (lib == Lib::Math && builtins::MATH_CONSTANTS.contains(&field))
            || (lib == Lib::Utf8 && field == "charpattern")
            || (lib == Lib::Io && matches!(field, "stdin" | "stdout" | "stderr"));
        if !have && lua_has_member(lib, field) {
            self.refuse(line, &format!("'{lib_name}.{field}' is"));
        }
    }

    pub(super) fn suffixed_exp(&mut self) -> PResult<Expr> {
        let line = self.line();
        let mut e = self.primary_exp()?;
        loop {
            match self.tok() {
                Tok::Dot => {
                    self.next()?;
                    let key_line = self.line();
                    let name = self.check_name()?;
                    self.check_library_member(&e, &name, key_line);
                    let key = Expr::new(ExprKind::Str(name.into_bytes()), key_line);
                    e = Expr::new(ExprKind::Index { obj: Box::new(e), key: Box::new(key) }, line);
                }
                Tok::LBracket => {
                    self.next()?;
                    let key = self.expr()?;
                    self.check_next(&Tok::RBracket)?;
                    e = Expr::new(ExprKind::Index { obj: Box::new(e), key: Box::new(key) }, line);
                }
                Tok::Colon => {
                    self.next()?;
                    let name_line = self.line();
                    let name = self.check_name()?;
                    // The method and its receiver take two registers (`OP_SELF`).
                    let temps = self.fs().temps;
                    self.reserve_regs(2)?;
                    let args = self.func_args(line)?;
                    self.fs().temps = temps;
                    e = Expr::new(ExprKind::Method { obj: Box::new(e), name, name_line, args }, line);
                }
                Tok::LParen | Tok::Str(_) | Tok::LBrace => {
                    // The callee takes a register.
                    let temps = self.fs().temps;
                    self.reserve_regs(1)?;
                    let args = self.func_args(line)?;
                    self.fs().temps = temps;
                    e = Expr::new(ExprKind::Call { callee: Box::new(e), args }, line);
                }
                _ => return Ok(e),
            }
        }
    }

    pub(super) fn func_args(&mut self, line: u32) -> PResult<Vec<Expr>> {
        match self.tok().clone() {
            Tok::LParen => {
                self.next()?;
                let temps = self.fs().temps;
                let args = if self.tok() == &Tok::RParen { Vec::new() } else { self.expr_list()? };
                self.check_match(&Tok::RParen, &Tok::LParen, line)?;
                // Each argument but the last went to a register as its comma was read; the
                // last one goes now, unless it is a call (whose results stay in place).
                self.fs().temps = temps + args.len().saturating_sub(1);
                if args.last().is_some_and(|a| !a.is_call()) {
                    self.reserve_regs(1)?;
                }
                Ok(args)
            }
            Tok::Str(s) => {
                let l = self.line();
                self.next()?;
                Ok(vec![Expr::new(ExprKind::Str(s), l)])
            }
            Tok::LBrace => Ok(vec![self.table_constructor()?]),
            _ => Err(self.syntax_error("function arguments expected")),
        }
    }
}

/// The line a `..` chain reports: that of its last `..` (Lua merges a chain into one
/// instruction, which keeps the innermost operation's line).
pub(super) fn concat_line(right: &Expr) -> Option<u32> {
    match &right.kind {
        ExprKind::Binary(BinOp::Concat, ..) => Some(right.line),
        ExprKind::Paren(x) => concat_line(x),
        _ => None,
    }
}

/// The literal a `<const>` local's initialiser folds to, if it is one (Lua's
/// `luaK_exp2const`: nil, booleans, numbers, strings).
pub(super) fn compile_time_constant(e: &Expr) -> Option<ExprKind> {
    match &e.kind {
        k @ (ExprKind::Nil
        | ExprKind::True
        | ExprKind::False
        | ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)) => Some(k.clone()),
        _ => None,
    }
}

pub(super) fn unary_op(t: &Tok) -> Option<UnOp> {
    Some(match t {
        Tok::Not => UnOp::Not,
        Tok::Minus => UnOp::Neg,
        Tok::Tilde => UnOp::BNot,
        Tok::Hash => UnOp::Len,
        _ => return None,
    })
}

pub(super) fn binary_op(t: &Tok) -> Option<BinOp> {
    Some(match t {
        Tok::Plus => BinOp::Add,
        Tok::Minus => BinOp::Sub,
        Tok::Star => BinOp::Mul,
        Tok::Slash => BinOp::Div,
        Tok::Percent => BinOp::Mod,
        Tok::DSlash => BinOp::IDiv,
        Tok::Caret => BinOp::Pow,
        Tok::Amp => BinOp::BAnd,
        Tok::Pipe => BinOp::BOr,
        Tok::Tilde => BinOp::BXor,
        Tok::Shl => BinOp::Shl,
        Tok::Shr => BinOp::Shr,
        Tok::Concat => BinOp::Concat,
        Tok::Eq => BinOp::Eq,
        Tok::Ne => BinOp::Ne,
        Tok::Lt => BinOp::Lt,
        Tok::Le => BinOp::Le,
        Tok::Gt => BinOp::Gt,
        Tok::Ge => BinOp::Ge,
        Tok::And => BinOp::And,
        Tok::Or => BinOp::Or,
        _ => return None,
    })
}

/// (left, right) priorities, as in lparser.c.
pub(super) fn priority(op: BinOp) -> (u8, u8) {
    match op {
        BinOp::Or => (1, 1),
        BinOp::And => (2, 2),
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => (3, 3),
        BinOp::BOr => (4, 4),
        BinOp::BXor => (5, 5),
        BinOp::BAnd => (6, 6),
        BinOp::Shl | BinOp::Shr => (7, 7),
        BinOp::Concat => (9, 8),
        BinOp::Add | BinOp::Sub => (10, 10),
        BinOp::Mul | BinOp::Div | BinOp::IDiv | BinOp::Mod => (11, 11),
        BinOp::Pow => (14, 13),
    }
}

pub(super) fn const_num(e: &Expr) -> Option<Value> {
    match e.kind {
        ExprKind::Int(i) => Some(Value::int(i)),
        ExprKind::Float(f) => Some(Value::float(f)),
        _ => None,
    }
}

/// Folds a numeric constant result, unless it is one the fold must not produce (NaN or a
/// float zero, whose sign depends on evaluation, as Lua's `constfolding` refuses).
pub(super) fn folded(v: Value, line: u32) -> Option<Expr> {
    if v.is_int() {
        return Some(Expr::new(ExprKind::Int(v.as_int()), line));
    }
    let f = v.as_float();
    if f.is_nan() || f == 0.0 {
        return None;
    }
    Some(Expr::new(ExprKind::Float(f), line))
}

pub(super) fn arith_of(op: BinOp) -> Option<ArithOp> {
    Some(match op {
        BinOp::Add => ArithOp::Add,
        BinOp::Sub => ArithOp::Sub,
        BinOp::Mul => ArithOp::Mul,
        BinOp::Div => ArithOp::Div,
        BinOp::Mod => ArithOp::Mod,
        BinOp::IDiv => ArithOp::IDiv,
        BinOp::Pow => ArithOp::Pow,
        BinOp::BAnd => ArithOp::BAnd,
        BinOp::BOr => ArithOp::BOr,
        BinOp::BXor => ArithOp::BXor,
        BinOp::Shl => ArithOp::Shl,
        BinOp::Shr => ArithOp::Shr,
        _ => return None,
    })
}

/// Builds `l op r`, folding numeric constants where the result is exactly what the runtime
/// would compute (errors such as `1 // 0` are left to run time).
pub(super) fn fold_binary(op: BinOp, l: Expr, r: Expr, line: u32) -> Expr {
    // Lua's code generator drops a constant that decides nothing: `false or e` and `nil or e`
    // are `e`, as are `true and e` and `k and e` for a number or string constant (so `e`
    // keeps its name in error messages), truncated to one value.
    let dropped = match op {
        BinOp::Or => l.is_falsy_constant(),
        BinOp::And => l.is_truthy_constant(),
        _ => false,
    };
    if dropped {
        if r.is_call() {
            let line = r.line;
            return Expr::new(ExprKind::Paren(Box::new(r)), line);
        }
        return r;
    }
    if let (Some(aop), Some(a), Some(b)) = (arith_of(op), const_num(&l), const_num(&r))
        && let Ok(v) = arith::arith(aop, a, b)
        && let Some(e) = folded(v, line)
    {
        return e;
    }
    Expr::new(ExprKind::Binary(op, Box::new(l), Box::new(r)), line)
}

pub(super) fn fold_unary(op: UnOp, e: Expr, line: u32) -> Expr {
    let aop = match op {
        UnOp::Neg => Some(ArithOp::Unm),
        UnOp::BNot => Some(ArithOp::BNot),
        _ => None,
    };
    if op == UnOp::Not {
        // Lua folds `not` of a constant (`codenot`).
        if e.is_falsy_constant() {
            return Expr::new(ExprKind::True, line);
        }
        if e.is_truthy_constant() {
            return Expr::new(ExprKind::False, line);
        }
    }
    if let (Some(aop), Some(a)) = (aop, const_num(&e))
        && let Ok(v) = arith::arith(aop, a, a)
        && let Some(f) = folded(v, line)
    {
        return f;
    }
    Expr::new(ExprKind::Unary(op, Box::new(e)), line)
}

//! The parser: tokens to a resolved AST.
//!
//! It follows the structure of Lua 5.4's `lparser.c`, so that syntax errors come out with
//! Lua's words, lines and `near` tokens. While parsing it resolves every name (local, upvalue
//! or global), marks captured and reassigned locals, folds constant arithmetic exactly as the
//! runtime would compute it, and refuses constructs outside the phase-1 subset with an error
//! that names them.

use super::ast::*;
use super::lexer::{Tok, Token, tokenize};
use crate::runtime::arith::{self, ArithOp};
use crate::runtime::builtins::{self, Lib};
use crate::runtime::number::Num;
use crate::value::Value;

/// A compile-time error: syntax, or a construct strata does not support.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct SyntaxError {
    /// The full message as Lua prints it after the program name: `prog.lua:3: ...`.
    pub message: String,
}

/// The result of parsing: the main function and the program's global names.
pub struct ParsedChunk {
    pub main: FuncProto,
    pub globals: Vec<String>,
}

/// Lua's limit on nested syntactic levels (`LUAI_MAXCCALLS`).
const MAX_LEVELS: u32 = 200;

/// Base functions of Lua 5.4 that phase 1 does not have: using them is refused.
const UNSUPPORTED_GLOBALS: &[&str] = &[
    "collectgarbage",
    "dofile",
    "getmetatable",
    "ipairs",
    "load",
    "loadfile",
    "next",
    "pairs",
    "pcall",
    "rawequal",
    "rawget",
    "rawlen",
    "rawset",
    "require",
    "select",
    "setmetatable",
    "xpcall",
    "warn",
    "_G",
    "_ENV",
    "coroutine",
    "debug",
    "package",
    "table",
    "utf8",
    "unpack",
];

/// Members of Lua 5.4's libraries, so that a field strata lacks can be told apart from one
/// Lua lacks too (which is simply nil).
fn lua_has_member(lib: Lib, name: &str) -> bool {
    let members: &[&str] = match lib {
        Lib::Math => &[
            "abs",
            "ceil",
            "cos",
            "deg",
            "exp",
            "floor",
            "fmod",
            "huge",
            "log",
            "max",
            "maxinteger",
            "min",
            "mininteger",
            "modf",
            "pi",
            "rad",
            "random",
            "randomseed",
            "sin",
            "sqrt",
            "tan",
            "tointeger",
            "type",
            "ult",
            "asin",
            "acos",
            "atan",
        ],
        Lib::String => &[
            "byte", "char", "dump", "find", "format", "gmatch", "gsub", "len", "lower", "match",
            "pack", "packsize", "rep", "reverse", "sub", "unpack", "upper",
        ],
        Lib::Io => &[
            "close", "flush", "input", "lines", "open", "output", "popen", "read", "tmpfile",
            "type", "write", "stderr", "stdin", "stdout",
        ],
        Lib::Os => &[
            "clock",
            "date",
            "difftime",
            "execute",
            "exit",
            "getenv",
            "remove",
            "rename",
            "setlocale",
            "time",
            "tmpname",
        ],
        Lib::Base => &[],
    };
    members.contains(&name)
}

fn library(name: &str) -> Option<Lib> {
    Some(match name {
        "math" => Lib::Math,
        "string" => Lib::String,
        "io" => Lib::Io,
        "os" => Lib::Os,
        _ => return None,
    })
}

/// Parses a whole chunk.
pub fn parse(src: &[u8], chunk_name: &str) -> Result<ParsedChunk, SyntaxError> {
    let tokens = tokenize(src);
    let mut p = Parser {
        tokens,
        pos: 0,
        chunk: chunk_name.to_string(),
        funcs: Vec::new(),
        globals: Vec::new(),
        level: 1,
    };
    if let Tok::Error(msg) = p.tok() {
        return Err(p.error_at_line(p.line(), &msg.clone()));
    }
    p.open_func("main chunk", 0);
    p.block()?;
    if p.tok() != &Tok::Eof {
        return Err(p.error_expected(&Tok::Eof));
    }
    let main = p.close_func()?;
    Ok(ParsedChunk {
        main,
        globals: p.globals,
    })
}

struct Scope {
    /// Number of active locals when the block opened.
    active_start: usize,
    is_loop: bool,
}

struct FuncState {
    proto: FuncProto,
    actives: Vec<LocalId>,
    scopes: Vec<Scope>,
    /// The first `break` outside any loop; Lua reports it when the function closes.
    stray_break: Option<u32>,
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
    chunk: String,
    funcs: Vec<FuncState>,
    globals: Vec<String>,
    level: u32,
}

type PResult<T> = Result<T, SyntaxError>;

impl Parser {
    // -----------------------------------------------------------------------------------------
    // Tokens and errors.

    fn cur(&self) -> &Token {
        &self.tokens[self.pos]
    }
    fn tok(&self) -> &Tok {
        &self.cur().tok
    }
    fn line(&self) -> u32 {
        self.cur().line
    }

    fn next(&mut self) -> PResult<()> {
        if self.pos + 1 < self.tokens.len() {
            self.pos += 1;
        }
        if let Tok::Error(msg) = self.tok() {
            // Lexical errors surface when the parser reaches them, so the earliest error wins.
            let msg = msg.clone();
            return Err(self.error_at_line(self.line(), &msg));
        }
        Ok(())
    }

    fn error_at_line(&self, line: u32, msg: &str) -> SyntaxError {
        SyntaxError {
            message: format!("{}:{line}: {msg}", self.chunk),
        }
    }

    /// `msg near <current token>` at the current line.
    fn syntax_error(&self, msg: &str) -> SyntaxError {
        self.error_at_line(self.line(), &format!("{msg} near {}", self.cur().near))
    }

    /// An error without the `near` part (Lua's `luaK_semerror`).
    fn sem_error(&self, msg: &str) -> SyntaxError {
        self.error_at_line(self.line(), msg)
    }

    /// A construct outside the subset, refused where it starts.
    fn unsupported(&self, line: u32, what: &str) -> SyntaxError {
        self.error_at_line(line, &format!("{what} not supported yet"))
    }

    fn error_expected(&self, t: &Tok) -> SyntaxError {
        self.syntax_error(&format!("{} expected", t.describe()))
    }

    fn test_next(&mut self, t: &Tok) -> PResult<bool> {
        if self.tok() == t {
            self.next()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn check(&self, t: &Tok) -> PResult<()> {
        if self.tok() != t {
            Err(self.error_expected(t))
        } else {
            Ok(())
        }
    }

    fn check_next(&mut self, t: &Tok) -> PResult<()> {
        self.check(t)?;
        self.next()
    }

    fn check_match(&mut self, what: &Tok, who: &Tok, where_: u32) -> PResult<()> {
        if self.test_next(what)? {
            return Ok(());
        }
        if where_ == self.line() {
            Err(self.error_expected(what))
        } else {
            Err(self.syntax_error(&format!(
                "{} expected (to close {} at line {where_})",
                what.describe(),
                who.describe()
            )))
        }
    }

    fn check_name(&mut self) -> PResult<String> {
        match self.tok().clone() {
            Tok::Name(n) => {
                self.next()?;
                Ok(n)
            }
            _ => Err(self.syntax_error("<name> expected")),
        }
    }

    fn enter_level(&mut self) -> PResult<()> {
        self.level += 1;
        if self.level >= MAX_LEVELS {
            return Err(SyntaxError {
                message: "C stack overflow".into(),
            });
        }
        Ok(())
    }

    fn leave_level(&mut self) {
        self.level -= 1;
    }

    // -----------------------------------------------------------------------------------------
    // Functions, scopes and names.

    fn open_func(&mut self, name: &str, line: u32) {
        self.funcs.push(FuncState {
            proto: FuncProto {
                name: name.to_string(),
                line,
                params: Vec::new(),
                body: Vec::new(),
                locals: Vec::new(),
                upvals: Vec::new(),
            },
            actives: Vec::new(),
            scopes: vec![Scope {
                active_start: 0,
                is_loop: false,
            }],
            stray_break: None,
        });
    }

    fn close_func(&mut self) -> PResult<FuncProto> {
        let fs = self.funcs.pop().expect("an open function");
        if let Some(line) = fs.stray_break {
            return Err(self.sem_error(&format!("break outside loop at line {line}")));
        }
        Ok(fs.proto)
    }

    fn fs(&mut self) -> &mut FuncState {
        self.funcs.last_mut().expect("an open function")
    }

    fn open_scope(&mut self, is_loop: bool) {
        let start = self.fs().actives.len();
        self.fs().scopes.push(Scope {
            active_start: start,
            is_loop,
        });
    }

    fn close_scope(&mut self) {
        let fs = self.fs();
        let scope = fs.scopes.pop().expect("an open scope");
        fs.actives.truncate(scope.active_start);
    }

    /// Declares a local (not yet in scope).
    fn new_local(&mut self, name: String, is_const: bool) -> LocalId {
        let fs = self.fs();
        fs.proto.locals.push(LocalInfo {
            name,
            captured: false,
            reassigned: false,
            assigned_in_closure: false,
            is_const,
        });
        (fs.proto.locals.len() - 1) as LocalId
    }

    /// Brings declared locals into scope.
    fn activate(&mut self, ids: &[LocalId]) {
        self.fs().actives.extend_from_slice(ids);
    }

    fn resolve_in(&mut self, level: usize, name: &str) -> Option<Place> {
        let fs = &self.funcs[level];
        if let Some(&id) = fs
            .actives
            .iter()
            .rev()
            .find(|&&id| fs.proto.locals[id as usize].name == name)
        {
            return Some(Place::Local(id));
        }
        if level == 0 {
            return None;
        }
        let from = match self.resolve_in(level - 1, name)? {
            Place::Local(id) => {
                self.funcs[level - 1].proto.locals[id as usize].captured = true;
                UpvalFrom::Local(id)
            }
            Place::Upval(i) => UpvalFrom::Upval(i),
            Place::Global(_) => unreachable!("resolve_in finds locals and upvalues only"),
        };
        let upvals = &mut self.funcs[level].proto.upvals;
        let idx = match upvals.iter().position(|u| u.from == from) {
            Some(i) => i,
            None => {
                upvals.push(UpvalInfo {
                    name: name.to_string(),
                    from,
                });
                upvals.len() - 1
            }
        };
        Some(Place::Upval(idx as u32))
    }

    fn global_slot(&mut self, name: &str) -> u32 {
        match self.globals.iter().position(|g| g == name) {
            Some(i) => i as u32,
            None => {
                self.globals.push(name.to_string());
                (self.globals.len() - 1) as u32
            }
        }
    }

    /// Resolves a variable name; `None` for library names (`math`...), which only work
    /// with a field after them.
    fn single_var(&mut self, name: &str, line: u32) -> PResult<Place> {
        let level = self.funcs.len() - 1;
        if let Some(p) = self.resolve_in(level, name) {
            return Ok(p);
        }
        if UNSUPPORTED_GLOBALS.contains(&name) {
            return Err(self.unsupported(line, &format!("'{name}' is")));
        }
        Ok(Place::Global(self.global_slot(name)))
    }

    /// The local an assignment to `place` writes (through upvalue chains), with its function
    /// level, for the const check and the reassigned mark.
    fn mark_assigned(&mut self, place: Place) -> PResult<()> {
        let top = self.funcs.len() - 1;
        let mut level = top;
        let mut p = place;
        loop {
            match p {
                Place::Global(_) => return Ok(()),
                Place::Local(id) => {
                    let info = &mut self.funcs[level].proto.locals[id as usize];
                    if info.is_const {
                        let name = info.name.clone();
                        return Err(self
                            .sem_error(&format!("attempt to assign to const variable '{name}'")));
                    }
                    info.reassigned = true;
                    info.assigned_in_closure |= level < top;
                    return Ok(());
                }
                Place::Upval(i) => {
                    p = match self.funcs[level].proto.upvals[i as usize].from {
                        UpvalFrom::Local(id) => Place::Local(id),
                        UpvalFrom::Upval(j) => Place::Upval(j),
                    };
                    level -= 1;
                }
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // Statements.

    fn block_follow(&self, with_until: bool) -> bool {
        match self.tok() {
            Tok::Else | Tok::Elseif | Tok::End | Tok::Eof => true,
            Tok::Until => with_until,
            _ => false,
        }
    }

    /// Parses statements into the current function's body... into a fresh block.
    fn statlist(&mut self) -> PResult<Block> {
        let mut out = Vec::new();
        while !self.block_follow(true) {
            if self.tok() == &Tok::Return {
                out.push(self.statement()?.expect("return is a statement"));
                break;
            }
            if let Some(s) = self.statement()? {
                out.push(s);
            }
        }
        Ok(out)
    }

    /// The main chunk's body.
    fn block(&mut self) -> PResult<()> {
        let body = self.statlist()?;
        self.fs().proto.body = body;
        Ok(())
    }

    /// A nested block with its own scope.
    fn scoped_block(&mut self, is_loop: bool) -> PResult<Block> {
        self.open_scope(is_loop);
        let b = self.statlist()?;
        self.close_scope();
        Ok(b)
    }

    fn statement(&mut self) -> PResult<Option<Stmt>> {
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
                let body = self.scoped_block(true)?;
                self.check_match(&Tok::End, &Tok::While, line)?;
                Some(Stmt::While { cond, body, line })
            }
            Tok::Do => {
                self.next()?;
                let b = self.scoped_block(false)?;
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
                self.close_scope();
                Some(Stmt::Repeat { body, cond, line })
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
            Tok::DColon => return Err(self.unsupported(line, "labels and goto are")),
            Tok::Goto => return Err(self.unsupported(line, "goto is")),
            Tok::Return => {
                self.next()?;
                let expr = if self.block_follow(true) || self.tok() == &Tok::Semi {
                    None
                } else {
                    let e = self.expr()?;
                    if self.tok() == &Tok::Comma {
                        return Err(self.unsupported(self.line(), "multiple return values are"));
                    }
                    Some(e)
                };
                self.test_next(&Tok::Semi)?;
                Some(Stmt::Return { expr, line })
            }
            Tok::Break => {
                self.next()?;
                let fs = self.fs();
                if !fs.scopes.iter().any(|s| s.is_loop) && fs.stray_break.is_none() {
                    fs.stray_break = Some(line);
                }
                Some(Stmt::Break { line })
            }
            _ => Some(self.expr_stat()?),
        };
        self.leave_level();
        Ok(s)
    }

    fn if_stat(&mut self, line: u32) -> PResult<Stmt> {
        let mut arms = Vec::new();
        // 'if' cond 'then' block { 'elseif' cond 'then' block }
        loop {
            self.next()?; // skip 'if' / 'elseif'
            let cond = self.expr()?;
            self.check_next(&Tok::Then)?;
            let body = self.scoped_block(false)?;
            arms.push((cond, body));
            if self.tok() != &Tok::Elseif {
                break;
            }
        }
        let otherwise = if self.test_next(&Tok::Else)? {
            Some(self.scoped_block(false)?)
        } else {
            None
        };
        self.check_match(&Tok::End, &Tok::If, line)?;
        Ok(Stmt::If {
            arms,
            otherwise,
            line,
        })
    }

    fn for_stat(&mut self, line: u32) -> PResult<Stmt> {
        self.next()?; // skip 'for'
        let name = self.check_name()?;
        match self.tok() {
            Tok::Assign => {
                self.next()?;
                let start = self.expr()?;
                self.check_next(&Tok::Comma)?;
                let limit = self.expr()?;
                let step = if self.test_next(&Tok::Comma)? {
                    Some(self.expr()?)
                } else {
                    None
                };
                self.check_next(&Tok::Do)?;
                self.open_scope(true);
                let var = self.new_local(name, false);
                self.activate(&[var]);
                let body = self.statlist()?;
                self.close_scope();
                self.check_match(&Tok::End, &Tok::For, line)?;
                Ok(Stmt::NumFor {
                    var,
                    start,
                    limit,
                    step,
                    body,
                    line,
                })
            }
            Tok::Comma | Tok::In => Err(self.unsupported(line, "generic 'for' is")),
            _ => Err(self.syntax_error("'=' or 'in' expected")),
        }
    }

    fn func_stat(&mut self, line: u32) -> PResult<Stmt> {
        self.next()?; // skip 'function'
        let name_line = self.line();
        let name = self.check_name()?;
        if matches!(self.tok(), Tok::Dot | Tok::Colon) {
            return Err(self.unsupported(name_line, "field and method function definitions are"));
        }
        if library(&name).is_some() && self.resolve_in(self.funcs.len() - 1, &name).is_none() {
            return Err(self.unsupported(name_line, &format!("assigning to library '{name}' is")));
        }
        let place = self.single_var(&name, name_line)?;
        let func = self.body(&name, line)?;
        self.mark_assigned(place)?;
        Ok(Stmt::Assign {
            targets: vec![place],
            exprs: vec![Expr::new(ExprKind::Function(Box::new(func)), line)],
            line,
        })
    }

    fn local_func(&mut self, line: u32) -> PResult<Stmt> {
        let name = self.check_name()?;
        let local = self.new_local(name.clone(), false);
        self.activate(&[local]);
        let func = self.body(&name, line)?;
        Ok(Stmt::LocalFunction {
            local,
            func: Box::new(func),
            line,
        })
    }

    fn local_stat(&mut self, line: u32) -> PResult<Stmt> {
        let mut names = Vec::new();
        loop {
            let name = self.check_name()?;
            let mut is_const = false;
            if self.test_next(&Tok::Lt)? {
                let attr = self.check_name()?;
                self.check_next(&Tok::Gt)?;
                match attr.as_str() {
                    "const" => is_const = true,
                    "close" => return Err(self.unsupported(line, "to-be-closed variables are")),
                    _ => return Err(self.sem_error(&format!("unknown attribute '{attr}'"))),
                }
            }
            names.push((name, is_const));
            if !self.test_next(&Tok::Comma)? {
                break;
            }
        }
        let exprs = if self.test_next(&Tok::Assign)? {
            self.expr_list()?
        } else {
            Vec::new()
        };
        let targets: Vec<LocalId> = names
            .into_iter()
            .map(|(n, c)| self.new_local(n, c))
            .collect();
        self.activate(&targets);
        Ok(Stmt::Local {
            targets,
            exprs,
            line,
        })
    }

    fn expr_stat(&mut self) -> PResult<Stmt> {
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
            return Ok(Stmt::Assign {
                targets,
                exprs,
                line,
            });
        }
        if !first.is_call() {
            return Err(self.syntax_error("syntax error"));
        }
        Ok(Stmt::Call(first))
    }

    /// Checks that an expression can be assigned to, marking the variable reassigned.
    fn assign_target(&mut self, e: Expr) -> PResult<Place> {
        let place = match e.kind {
            ExprKind::Local(id) => Place::Local(id),
            ExprKind::Upval(i) => Place::Upval(i),
            ExprKind::Global(g) => Place::Global(g),
            ExprKind::Builtin(_) | ExprKind::LibNil(_) | ExprKind::Int(_) | ExprKind::Float(_) => {
                return Err(self.unsupported(e.line, "assigning to library fields is"));
            }
            _ => return Err(self.syntax_error("syntax error")),
        };
        self.mark_assigned(place)?;
        Ok(place)
    }

    /// Function body: `(params) block end`.
    fn body(&mut self, name: &str, line: u32) -> PResult<FuncProto> {
        self.open_func(name, line);
        self.check_next(&Tok::LParen)?;
        let mut params = Vec::new();
        if self.tok() != &Tok::RParen {
            loop {
                match self.tok().clone() {
                    Tok::Name(n) => {
                        self.next()?;
                        params.push(self.new_local(n, false));
                    }
                    Tok::Dots => return Err(self.unsupported(self.line(), "varargs are")),
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
        self.close_func()
    }

    // -----------------------------------------------------------------------------------------
    // Expressions.

    fn expr_list(&mut self) -> PResult<Vec<Expr>> {
        let mut v = vec![self.expr()?];
        while self.test_next(&Tok::Comma)? {
            v.push(self.expr()?);
        }
        Ok(v)
    }

    pub fn expr(&mut self) -> PResult<Expr> {
        self.subexpr(0)
    }

    fn subexpr(&mut self, limit: u8) -> PResult<Expr> {
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
            let line = self.line();
            self.next()?;
            let right = self.subexpr(rp)?;
            left = fold_binary(op, left, right, line);
        }
        self.leave_level();
        Ok(left)
    }

    fn simple_exp(&mut self) -> PResult<Expr> {
        let line = self.line();
        let kind = match self.tok().clone() {
            Tok::Float(f) => ExprKind::Float(f),
            Tok::Int(i) => ExprKind::Int(i),
            Tok::Str(s) => ExprKind::Str(s),
            Tok::Nil => ExprKind::Nil,
            Tok::True => ExprKind::True,
            Tok::False => ExprKind::False,
            Tok::Dots => return Err(self.unsupported(line, "varargs are")),
            Tok::LBrace => return Err(self.unsupported(line, "table constructors are")),
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

    fn primary_exp(&mut self) -> PResult<Expr> {
        let line = self.line();
        match self.tok().clone() {
            Tok::Name(name) => {
                self.next()?;
                let level = self.funcs.len() - 1;
                if self.resolve_in(level, &name).is_none()
                    && let Some(lib) = library(&name)
                {
                    return self.library_field(lib, &name, line);
                }
                Ok(Expr::new(
                    match self.single_var(&name, line)? {
                        Place::Local(id) => ExprKind::Local(id),
                        Place::Upval(i) => ExprKind::Upval(i),
                        Place::Global(g) => ExprKind::Global(g),
                    },
                    line,
                ))
            }
            Tok::LParen => {
                self.next()?;
                let e = self.expr()?;
                self.check_match(&Tok::RParen, &Tok::LParen, line)?;
                Ok(Expr::new(ExprKind::Paren(Box::new(e)), line))
            }
            _ => Err(self.syntax_error("unexpected symbol")),
        }
    }

    /// `math.floor`, `math.pi`, `io.write`... resolved statically.
    fn library_field(&mut self, lib: Lib, lib_name: &str, line: u32) -> PResult<Expr> {
        match self.tok() {
            Tok::Dot => self.next()?,
            Tok::Assign | Tok::Comma => {
                return Err(
                    self.unsupported(line, &format!("assigning to library '{lib_name}' is"))
                );
            }
            _ => {
                return Err(
                    self.unsupported(line, &format!("using library '{lib_name}' as a value is"))
                );
            }
        }
        let field = self.check_name()?;
        if self.tok() == &Tok::Assign {
            return Err(self.unsupported(line, &format!("assigning to '{lib_name}.{field}' is")));
        }
        if let Some(b) = builtins::lookup(lib, &field) {
            return Ok(Expr::new(ExprKind::Builtin(b), line));
        }
        if let Some(n) = builtins::lib_constant(lib, &field) {
            return Ok(Expr::new(num_kind(n), line));
        }
        if lua_has_member(lib, &field) {
            return Err(self.unsupported(line, &format!("'{lib_name}.{field}' is")));
        }
        Ok(Expr::new(ExprKind::LibNil(field), line))
    }

    fn suffixed_exp(&mut self) -> PResult<Expr> {
        let line = self.line();
        let mut e = self.primary_exp()?;
        loop {
            match self.tok() {
                Tok::Dot | Tok::LBracket => {
                    return Err(self.unsupported(self.line(), "indexing (tables) is"));
                }
                Tok::Colon => {
                    self.next()?;
                    let name = self.check_name()?;
                    let builtin = builtins::lookup(Lib::String, &name);
                    if builtin.is_none() && lua_has_member(Lib::String, &name) {
                        return Err(self.unsupported(line, &format!("string method '{name}' is")));
                    }
                    let args = self.func_args(line)?;
                    e = Expr::new(
                        ExprKind::Method {
                            obj: Box::new(e),
                            name,
                            builtin,
                            args,
                        },
                        line,
                    );
                }
                Tok::LParen | Tok::Str(_) | Tok::LBrace => {
                    let args = self.func_args(line)?;
                    e = Expr::new(
                        ExprKind::Call {
                            callee: Box::new(e),
                            args,
                        },
                        line,
                    );
                }
                _ => return Ok(e),
            }
        }
    }

    fn func_args(&mut self, line: u32) -> PResult<Vec<Expr>> {
        match self.tok().clone() {
            Tok::LParen => {
                self.next()?;
                let args = if self.tok() == &Tok::RParen {
                    Vec::new()
                } else {
                    self.expr_list()?
                };
                self.check_match(&Tok::RParen, &Tok::LParen, line)?;
                Ok(args)
            }
            Tok::Str(s) => {
                let l = self.line();
                self.next()?;
                Ok(vec![Expr::new(ExprKind::Str(s), l)])
            }
            Tok::LBrace => Err(self.unsupported(self.line(), "table constructors are")),
            _ => Err(self.syntax_error("function arguments expected")),
        }
    }
}

const UNARY_PRIORITY: u8 = 12;

fn unary_op(t: &Tok) -> Option<UnOp> {
    Some(match t {
        Tok::Not => UnOp::Not,
        Tok::Minus => UnOp::Neg,
        Tok::Tilde => UnOp::BNot,
        Tok::Hash => UnOp::Len,
        _ => return None,
    })
}

fn binary_op(t: &Tok) -> Option<BinOp> {
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
fn priority(op: BinOp) -> (u8, u8) {
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

fn num_kind(n: Num) -> ExprKind {
    match n {
        Num::Int(i) => ExprKind::Int(i),
        Num::Float(f) => ExprKind::Float(f),
    }
}

fn const_num(e: &Expr) -> Option<Value> {
    match e.kind {
        ExprKind::Int(i) => Some(Value::int(i)),
        ExprKind::Float(f) => Some(Value::float(f)),
        _ => None,
    }
}

/// Folds a numeric constant result, unless it is one the fold must not produce (NaN or a
/// float zero, whose sign depends on evaluation, as Lua's `constfolding` refuses).
fn folded(v: Value, line: u32) -> Option<Expr> {
    if v.is_int() {
        return Some(Expr::new(ExprKind::Int(v.as_int()), line));
    }
    let f = v.as_float();
    if f.is_nan() || f == 0.0 {
        return None;
    }
    Some(Expr::new(ExprKind::Float(f), line))
}

fn arith_of(op: BinOp) -> Option<ArithOp> {
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
fn fold_binary(op: BinOp, l: Expr, r: Expr, line: u32) -> Expr {
    if let (Some(aop), Some(a), Some(b)) = (arith_of(op), const_num(&l), const_num(&r))
        && let Ok(v) = arith::arith(aop, a, b)
        && let Some(e) = folded(v, line)
    {
        return e;
    }
    Expr::new(ExprKind::Binary(op, Box::new(l), Box::new(r)), line)
}

fn fold_unary(op: UnOp, e: Expr, line: u32) -> Expr {
    let aop = match op {
        UnOp::Neg => Some(ArithOp::Unm),
        UnOp::BNot => Some(ArithOp::BNot),
        _ => None,
    };
    if let (Some(aop), Some(a)) = (aop, const_num(&e))
        && let Ok(v) = arith::arith(aop, a, a)
        && let Some(f) = folded(v, line)
    {
        return f;
    }
    Expr::new(ExprKind::Unary(op, Box::new(e)), line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(src: &str) -> String {
        match parse(src.as_bytes(), "t.lua") {
            Ok(_) => panic!("expected an error for {src:?}"),
            Err(e) => e.message,
        }
    }

    #[test]
    fn syntax_errors_read_like_lua() {
        assert_eq!(
            err("if x then\nprint(1)\n"),
            "t.lua:3: 'end' expected (to close 'if' at line 1) near <eof>"
        );
        assert_eq!(err("x = = 1"), "t.lua:1: unexpected symbol near '='");
        assert_eq!(
            err("local function (a) end"),
            "t.lua:1: <name> expected near '('"
        );
        assert_eq!(err("function f x end"), "t.lua:1: '(' expected near 'x'");
        assert_eq!(err("end"), "t.lua:1: <eof> expected near 'end'");
        assert_eq!(err("x"), "t.lua:1: syntax error near <eof>");
        assert_eq!(err("1 + 2"), "t.lua:1: unexpected symbol near '1'");
        assert_eq!(err("local x <foo> = 1"), "t.lua:1: unknown attribute 'foo'");
        assert_eq!(
            err("print(\"a\" \"b\")"),
            "t.lua:1: ')' expected near '\"b\"'"
        );
        assert_eq!(
            err("s:upper"),
            "t.lua:1: function arguments expected near <eof>"
        );
        assert_eq!(err("for i = 1 do end"), "t.lua:1: ',' expected near 'do'");
        assert_eq!(
            err("for i do end"),
            "t.lua:1: '=' or 'in' expected near 'do'"
        );
        assert_eq!(err("f() = 1"), "t.lua:1: syntax error near '='");
        assert_eq!(
            err("print(\"never\")\nbreak"),
            "t.lua:2: break outside loop at line 2"
        );
        assert_eq!(
            err("local a <const> = 1; a = 2"),
            "t.lua:1: attempt to assign to const variable 'a'"
        );
    }

    #[test]
    fn refusals_name_the_construct() {
        assert_eq!(
            err("local t = {}"),
            "t.lua:1: table constructors are not supported yet"
        );
        assert_eq!(
            err("for k, v in pairs(t) do end"),
            "t.lua:1: generic 'for' is not supported yet"
        );
        assert_eq!(
            err("print(string.find('a', 'b'))"),
            "t.lua:1: 'string.find' is not supported yet"
        );
        assert_eq!(err("goto x"), "t.lua:1: goto is not supported yet");
        assert_eq!(
            err("local function f(...) end"),
            "t.lua:1: varargs are not supported yet"
        );
        assert_eq!(
            err("return 1, 2"),
            "t.lua:1: multiple return values are not supported yet"
        );
        assert_eq!(
            err("math = 1"),
            "t.lua:1: assigning to library 'math' is not supported yet"
        );
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = format!("x = {}1{}", "(".repeat(300), ")".repeat(300));
        assert_eq!(err(&deep), "C stack overflow");
        let ok = format!("x = {}1{}", "(".repeat(150), ")".repeat(150));
        assert!(parse(ok.as_bytes(), "t.lua").is_ok());
    }

    #[test]
    fn resolution_marks_captures() {
        let chunk = parse(
            b"local a = 1 local b = 2 local function f() return a end b = 3",
            "t.lua",
        )
        .expect("parses");
        let locals = &chunk.main.locals;
        assert!(locals[0].captured && !locals[0].reassigned);
        assert!(!locals[1].captured && locals[1].reassigned);
    }
}

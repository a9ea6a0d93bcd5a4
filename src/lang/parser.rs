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
use crate::runtime::value::Value;

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

/// Lua's limit on the active locals of a function (`MAXVARS`).
const MAX_LOCALS: usize = 200;
/// Lua's limit on the registers of a function (`MAXREGS`).
const MAX_REGS: usize = 255;
/// Lua's limit on the upvalues of a function (`MAXUPVAL`).
const MAX_UPVALUES: usize = 255;

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
            "byte", "char", "dump", "find", "format", "gmatch", "gsub", "len", "lower", "match", "pack", "packsize",
            "rep", "reverse", "sub", "unpack", "upper",
        ],
        Lib::Io => &[
            "close", "flush", "input", "lines", "open", "output", "popen", "read", "tmpfile", "type", "write",
            "stderr", "stdin", "stdout",
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
        refusal: None,
        limit_error: None,
        const_ref: None,
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
    // Constructs outside the subset are refused only once the whole chunk has parsed, so a
    // syntax error anywhere wins, as it would in Lua.
    if let Some(refusal) = p.refusal {
        return Err(refusal);
    }
    Ok(ParsedChunk { main, globals: p.globals })
}

struct Scope {
    /// Number of active locals when the block opened.
    active_start: usize,
    is_loop: bool,
    /// Lua's hidden locals of the block (a numeric `for` has three), which count against
    /// the limit of 200 locals.
    hidden: usize,
    /// The first of the function's pending `break`s that is inside this block.
    first_break: usize,
}

/// A `break` not yet resolved by its loop (Lua's pending goto).
struct PendingBreak {
    /// Active locals where it jumps from (lowered to a block's start as it leaves it).
    actives: usize,
    /// It leaves a block whose locals a closure captured (Lua's `gt->close`).
    close: bool,
}

struct FuncState {
    proto: FuncProto,
    actives: Vec<LocalId>,
    scopes: Vec<Scope>,
    /// Registers Lua would hold for pending values of the expressions being parsed (callees
    /// and call arguments; a lower bound of Lua's count), for its limit of 255.
    temps: usize,
    /// The first `break` outside any loop; Lua reports it when the function closes.
    stray_break: Option<u32>,
    breaks: Vec<PendingBreak>,
}

/// What a name refers to.
enum Resolved {
    Place(Place),
    /// A compile-time constant (`local x <const> = 5`).
    Constant(ExprKind),
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
    chunk: String,
    funcs: Vec<FuncState>,
    globals: Vec<String>,
    level: u32,
    /// The first construct outside the subset, reported after parsing.
    refusal: Option<SyntaxError>,
    /// A limit error found while resolving a name (too many upvalues), raised by the caller.
    limit_error: Option<SyntaxError>,
    /// The token position after the last name that resolved to a compile-time constant, and
    /// that name (so assigning to it can be refused with Lua's message).
    const_ref: Option<(usize, String)>,
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
    /// The line of the last token consumed (Lua's `lastline`).
    fn last_line(&self) -> u32 {
        self.tokens[self.pos.saturating_sub(1)].line
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
        SyntaxError { message: format!("{}:{line}: {msg}", self.chunk) }
    }

    /// `msg near <current token>` at the current line.
    fn syntax_error(&self, msg: &str) -> SyntaxError {
        self.error_at_line(self.line(), &format!("{msg} near {}", self.cur().near))
    }

    /// An error without the `near` part (Lua's `luaK_semerror`).
    fn sem_error(&self, msg: &str) -> SyntaxError {
        self.error_at_line(self.line(), msg)
    }

    /// Records a construct outside the subset (the first one is reported after parsing).
    fn refuse(&mut self, line: u32, what: &str) {
        if self.refusal.is_none() {
            self.refusal = Some(self.error_at_line(line, &format!("{what} not supported yet")));
        }
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
        if self.tok() != t { Err(self.error_expected(t)) } else { Ok(()) }
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
            return Err(SyntaxError { message: "C stack overflow".into() });
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
                end_line: line,
                params: Vec::new(),
                body: Vec::new(),
                locals: Vec::new(),
                upvals: Vec::new(),
            },
            actives: Vec::new(),
            scopes: vec![Scope { active_start: 0, is_loop: false, hidden: 0, first_break: 0 }],
            temps: 0,
            stray_break: None,
            breaks: Vec::new(),
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
        let first_break = self.fs().breaks.len();
        self.fs().scopes.push(Scope { active_start: start, is_loop, hidden: 0, first_break });
    }

    /// Closes the innermost scope. Returns whether a closure captured any of its locals and,
    /// for a loop, whether one of its `break`s left captured locals. Lua decides the latter
    /// block by block (`movegotosout`): a `break` that leaves a block with locals active
    /// needs a close if a closure captured one of that block's locals. The scope is one
    /// block, or several when `inner` gives the starts of nested ones, innermost first (a
    /// numeric `for`'s body inside its variable's block).
    fn close_scope_with(&mut self, inner: &[usize]) -> (bool, bool) {
        let fs = self.funcs.last_mut().expect("an open function");
        let scope = fs.scopes.pop().expect("an open scope");
        let locals = &fs.proto.locals;
        let n = fs.actives.len();
        let captured_in =
            |from: usize, to: usize| fs.actives[from.min(n)..to.min(n)].iter().any(|&id| locals[id as usize].captured);
        let captured = captured_in(scope.active_start, n);
        // Each block's locals run from its start to the start of the block inside it.
        let mut end = n;
        for start in inner.iter().copied().chain([scope.active_start]) {
            let upval = captured_in(start, end);
            for b in &mut fs.breaks[scope.first_break..] {
                if b.actives > start {
                    b.close |= upval;
                    b.actives = start;
                }
            }
            end = start;
        }
        let mut break_close = false;
        if scope.is_loop {
            break_close = fs.breaks[scope.first_break..].iter().any(|b| b.close);
            fs.breaks.truncate(scope.first_break);
        }
        fs.actives.truncate(scope.active_start);
        (captured, break_close)
    }

    fn close_scope(&mut self) -> (bool, bool) {
        self.close_scope_with(&[])
    }

    /// Lua's limits (`luaY_checklimit`): `too many local variables (limit is 200) in main
    /// function near '='`, reported where Lua declares the variable.
    fn limit_exceeded(&self, level: usize, what: &str, limit: usize) -> SyntaxError {
        let line = self.funcs[level].proto.line;
        let place = if line == 0 { "main function".to_string() } else { format!("function at line {line}") };
        self.syntax_error(&format!("too many {what} (limit is {limit}) in {place}"))
    }

    /// Checks that `new` more locals (beside `pending` ones this statement declared already)
    /// stay within Lua's 200 active locals of a function.
    fn check_locals(&self, pending: usize, new: usize) -> PResult<()> {
        let fs = self.funcs.last().expect("an open function");
        let hidden: usize = fs.scopes.iter().map(|s| s.hidden).sum();
        if fs.actives.len() + hidden + pending + new > MAX_LOCALS {
            return Err(self.limit_exceeded(self.funcs.len() - 1, "local variables", MAX_LOCALS));
        }
        Ok(())
    }

    /// Reserves `n` registers for pending values (`luaK_checkstack`): Lua refuses a function
    /// whose locals and temporaries reach 255 registers. Compile-time constants hold none;
    /// a numeric `for` holds three hidden ones.
    fn reserve_regs(&mut self, n: usize) -> PResult<()> {
        let fs = self.funcs.last_mut().expect("an open function");
        fs.temps += n;
        let locals = fs.actives.iter().filter(|&&id| fs.proto.locals[id as usize].constant.is_none()).count();
        let hidden: usize = fs.scopes.iter().map(|s| s.hidden).sum();
        if locals + hidden + fs.temps >= MAX_REGS {
            return Err(self.syntax_error("function or expression needs too many registers"));
        }
        Ok(())
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
            constant: None,
        });
        (fs.proto.locals.len() - 1) as LocalId
    }

    /// Brings declared locals into scope.
    fn activate(&mut self, ids: &[LocalId]) {
        self.fs().actives.extend_from_slice(ids);
    }

    /// Resolves `name` as seen from function `level`: a local, an upvalue (created on the
    /// way), or a compile-time constant (which creates no upvalue, as in Lua).
    fn resolve_in(&mut self, level: usize, name: &str) -> Option<Resolved> {
        let fs = &self.funcs[level];
        if let Some(&id) = fs.actives.iter().rev().find(|&&id| fs.proto.locals[id as usize].name == name) {
            let info = &fs.proto.locals[id as usize];
            return Some(match &info.constant {
                Some(k) => Resolved::Constant(k.clone()),
                None => Resolved::Place(Place::Local(id)),
            });
        }
        if level == 0 {
            return None;
        }
        let from = match self.resolve_in(level - 1, name)? {
            Resolved::Constant(k) => return Some(Resolved::Constant(k)),
            Resolved::Place(Place::Local(id)) => {
                self.funcs[level - 1].proto.locals[id as usize].captured = true;
                UpvalFrom::Local(id)
            }
            Resolved::Place(Place::Upval(i)) => UpvalFrom::Upval(i),
            Resolved::Place(Place::Global(_)) => {
                unreachable!("resolve_in finds locals and upvalues only")
            }
        };
        if self.funcs[level].proto.upvals.len() >= MAX_UPVALUES
            && !self.funcs[level].proto.upvals.iter().any(|u| u.from == from)
            && self.limit_error.is_none()
        {
            self.limit_error = Some(self.limit_exceeded(level, "upvalues", MAX_UPVALUES));
        }
        let upvals = &mut self.funcs[level].proto.upvals;
        let idx = match upvals.iter().position(|u| u.from == from) {
            Some(i) => i,
            None => {
                upvals.push(UpvalInfo { name: name.to_string(), from });
                upvals.len() - 1
            }
        };
        Some(Resolved::Place(Place::Upval(idx as u32)))
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

    /// Resolves a variable name in the current function.
    fn single_var(&mut self, name: &str, line: u32) -> Resolved {
        let level = self.funcs.len() - 1;
        if let Some(r) = self.resolve_in(level, name) {
            return r;
        }
        if UNSUPPORTED_GLOBALS.contains(&name) {
            self.refuse(line, &format!("'{name}' is"));
        }
        Resolved::Place(Place::Global(self.global_slot(name)))
    }

    /// The local an assignment to `place` writes (through upvalue chains): checks `<const>`
    /// and marks it reassigned.
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
                        return Err(self.sem_error(&format!("attempt to assign to const variable '{name}'")));
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

    /// Parses statements into a fresh block.
    fn statlist(&mut self) -> PResult<Block> {
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
    fn block(&mut self) -> PResult<()> {
        let body = self.statlist()?;
        self.fs().proto.body = body;
        Ok(())
    }

    /// A nested block with its own scope; for a loop, also whether a `break` left captured
    /// locals.
    fn scoped_block(&mut self, is_loop: bool) -> PResult<(Block, bool)> {
        self.open_scope(is_loop);
        let mut b = self.statlist()?;
        let (captured, break_close) = self.close_scope();
        self.close_block(&mut b, captured);
        Ok((b, break_close))
    }

    /// Ends a block whose locals a closure captured with Lua's `OP_CLOSE` position, unless
    /// the block ends in a jump (Lua's instruction would be dead code there).
    fn close_block(&self, b: &mut Block, captured: bool) {
        if captured && !matches!(b.last(), Some(Stmt::Return { .. } | Stmt::Break { .. })) {
            b.push(Stmt::SavePc { line: self.last_line() });
        }
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
                self.check_name()?;
                self.check_next(&Tok::DColon)?;
                self.refuse(line, "labels and goto are");
                None
            }
            Tok::Goto => {
                self.next()?;
                self.check_name()?;
                self.refuse(line, "goto is");
                None
            }
            Tok::Return => {
                self.next()?;
                let expr = if self.block_follow(true) || self.tok() == &Tok::Semi {
                    None
                } else {
                    let e = self.expr()?;
                    if self.tok() == &Tok::Comma {
                        let comma_line = self.line();
                        while self.test_next(&Tok::Comma)? {
                            self.expr()?;
                        }
                        self.refuse(comma_line, "multiple return values are");
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
                let actives = fs.actives.len();
                fs.breaks.push(PendingBreak { actives, close: false });
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

    fn for_stat(&mut self, line: u32) -> PResult<Stmt> {
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
                // Generic `for`: parsed in full (its names are locals of the body), refused.
                self.refuse(line, "generic 'for' is");
                let mut names = vec![name];
                while self.test_next(&Tok::Comma)? {
                    names.push(self.check_name()?);
                }
                self.check_next(&Tok::In)?;
                self.expr_list()?;
                self.check_next(&Tok::Do)?;
                self.open_scope(true);
                let ids: Vec<LocalId> = names.into_iter().map(|n| self.new_local(n, false)).collect();
                self.activate(&ids);
                let body = self.statlist()?;
                self.close_scope();
                self.check_match(&Tok::End, &Tok::For, line)?;
                Ok(Stmt::Do(body))
            }
            _ => Err(self.syntax_error("'=' or 'in' expected")),
        }
    }

    fn func_stat(&mut self, line: u32) -> PResult<Stmt> {
        self.next()?; // skip 'function'
        let name_line = self.line();
        let name = self.check_name()?;
        let mut is_field = false;
        while matches!(self.tok(), Tok::Dot | Tok::Colon) {
            let colon = self.tok() == &Tok::Colon;
            self.next()?;
            self.check_name()?;
            is_field = true;
            if colon {
                break;
            }
        }
        if is_field {
            self.refuse(name_line, "field and method function definitions are");
            self.body(&name, line)?;
            return Ok(Stmt::Do(Vec::new()));
        }
        let place = match self.single_var(&name, name_line) {
            Resolved::Place(p) => p,
            Resolved::Constant(_) => {
                return Err(self.sem_error(&format!("attempt to assign to const variable '{name}'")));
            }
        };
        if let Place::Global(_) = place
            && library(&name).is_some()
        {
            self.refuse(name_line, &format!("assigning to library '{name}' is"));
        }
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
        self.check_locals(0, 1)?;
        let local = self.new_local(name.clone(), false);
        self.activate(&[local]);
        let func = self.body(&name, line)?;
        Ok(Stmt::LocalFunction { local, func: Box::new(func), line })
    }

    fn local_stat(&mut self, line: u32) -> PResult<Stmt> {
        let mut names = Vec::new();
        loop {
            let name = self.check_name()?;
            self.check_locals(names.len(), 1)?;
            let mut is_const = false;
            if self.test_next(&Tok::Lt)? {
                let attr = self.check_name()?;
                self.check_next(&Tok::Gt)?;
                match attr.as_str() {
                    "const" => is_const = true,
                    "close" => self.refuse(line, "to-be-closed variables are"),
                    _ => return Err(self.sem_error(&format!("unknown attribute '{attr}'"))),
                }
            }
            names.push((name, is_const));
            if !self.test_next(&Tok::Comma)? {
                break;
            }
        }
        let exprs = if self.test_next(&Tok::Assign)? { self.expr_list()? } else { Vec::new() };
        let targets: Vec<LocalId> = names.iter().map(|(n, c)| self.new_local(n.clone(), *c)).collect();
        // Lua's rule: when the counts match, a last `<const>` variable whose value is a
        // constant becomes a compile-time constant.
        if names.len() == exprs.len()
            && names.last().is_some_and(|(_, c)| *c)
            && let Some(k) = compile_time_constant(exprs.last().expect("as many expressions as names"))
        {
            let id = *targets.last().expect("a target");
            self.fs().proto.locals[id as usize].constant = Some(k);
        }
        self.activate(&targets);
        Ok(Stmt::Local { targets, exprs, line })
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
            return Ok(Stmt::Assign { targets, exprs, line });
        }
        if !first.is_call() && !matches!(first.kind, ExprKind::Refused) {
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
            // A refused construct (an indexed target); the program is refused anyway.
            ExprKind::Refused => return Ok(Place::Global(0)),
            ExprKind::Builtin(_) | ExprKind::LibNil(_) | ExprKind::LibConst { .. } => {
                self.refuse(e.line, "assigning to library fields is");
                return Ok(Place::Global(0));
            }
            // A compile-time constant named just before the `=` or `,`.
            _ if self.const_ref.as_ref().is_some_and(|(p, _)| *p == self.pos) => {
                let name = self.const_ref.take().map(|(_, n)| n).unwrap_or_default();
                return Err(self.sem_error(&format!("attempt to assign to const variable '{name}'")));
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
                        self.check_locals(params.len(), 1)?;
                        params.push(self.new_local(n, false));
                    }
                    Tok::Dots => {
                        self.refuse(self.line(), "varargs are");
                        self.next()?;
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

    // -----------------------------------------------------------------------------------------
    // Expressions.

    /// `e1, e2, ...`: each expression but the last goes to a register as its comma is read
    /// (Lua's `explist`); the registers stay reserved until the caller's statement or call
    /// is done.
    fn expr_list(&mut self) -> PResult<Vec<Expr>> {
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

    fn simple_exp(&mut self) -> PResult<Expr> {
        let line = self.line();
        let kind = match self.tok().clone() {
            Tok::Float(f) => ExprKind::Float(f),
            Tok::Int(i) => ExprKind::Int(i),
            Tok::Str(s) => ExprKind::Str(s),
            Tok::Nil => ExprKind::Nil,
            Tok::True => ExprKind::True,
            Tok::False => ExprKind::False,
            Tok::Dots => {
                self.refuse(line, "varargs are");
                ExprKind::Refused
            }
            Tok::LBrace => {
                self.table_constructor()?;
                return Ok(Expr::new(ExprKind::Refused, line));
            }
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

    /// `{ fields }`, parsed in full and refused.
    fn table_constructor(&mut self) -> PResult<()> {
        let line = self.line();
        self.refuse(line, "table constructors are");
        self.check_next(&Tok::LBrace)?;
        while self.tok() != &Tok::RBrace {
            match self.tok() {
                Tok::Name(_) if self.tokens.get(self.pos + 1).is_some_and(|t| t.tok == Tok::Assign) => {
                    self.next()?;
                    self.next()?;
                    self.expr()?;
                }
                Tok::LBracket => {
                    self.next()?;
                    self.expr()?;
                    self.check_next(&Tok::RBracket)?;
                    self.check_next(&Tok::Assign)?;
                    self.expr()?;
                }
                _ => {
                    self.expr()?;
                }
            }
            if !self.test_next(&Tok::Comma)? && !self.test_next(&Tok::Semi)? {
                break;
            }
        }
        self.check_match(&Tok::RBrace, &Tok::LBrace, line)
    }

    fn primary_exp(&mut self) -> PResult<Expr> {
        let line = self.line();
        match self.tok().clone() {
            Tok::Name(name) => {
                self.next()?;
                let level = self.funcs.len() - 1;
                let local = self.resolve_in(level, &name);
                if let Some(e) = self.limit_error.take() {
                    return Err(e);
                }
                if local.is_none()
                    && let Some(lib) = library(&name)
                {
                    return self.library_field(lib, &name, line);
                }
                Ok(Expr::new(
                    match self.single_var(&name, line) {
                        Resolved::Constant(k) => {
                            self.const_ref = Some((self.pos, name));
                            k
                        }
                        Resolved::Place(Place::Local(id)) => ExprKind::Local(id),
                        Resolved::Place(Place::Upval(i)) => ExprKind::Upval(i),
                        Resolved::Place(Place::Global(g)) => ExprKind::Global(g),
                    },
                    line,
                ))
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

    /// `math.floor`, `math.pi`, `io.write`... resolved statically.
    fn library_field(&mut self, lib: Lib, lib_name: &str, line: u32) -> PResult<Expr> {
        match self.tok() {
            Tok::Dot => self.next()?,
            Tok::Assign | Tok::Comma => {
                self.refuse(line, &format!("assigning to library '{lib_name}' is"));
                return Ok(Expr::new(ExprKind::Refused, line));
            }
            _ => {
                self.refuse(line, &format!("using library '{lib_name}' as a value is"));
                return Ok(Expr::new(ExprKind::Refused, line));
            }
        }
        let field = self.check_name()?;
        if self.tok() == &Tok::Assign {
            self.refuse(line, &format!("assigning to '{lib_name}.{field}' is"));
            return Ok(Expr::new(ExprKind::Refused, line));
        }
        if let Some(b) = builtins::lookup(lib, &field) {
            return Ok(Expr::new(ExprKind::Builtin(b), line));
        }
        if let Some(n) = builtins::lib_constant(lib, &field) {
            let value = match n {
                Num::Int(i) => LibValue::Int(i),
                Num::Float(f) => LibValue::Float(f),
            };
            return Ok(Expr::new(ExprKind::LibConst { value, name: field }, line));
        }
        if lua_has_member(lib, &field) {
            self.refuse(line, &format!("'{lib_name}.{field}' is"));
            return Ok(Expr::new(ExprKind::Refused, line));
        }
        Ok(Expr::new(ExprKind::LibNil(field), line))
    }

    fn suffixed_exp(&mut self) -> PResult<Expr> {
        let line = self.line();
        let mut e = self.primary_exp()?;
        loop {
            match self.tok() {
                Tok::Dot => {
                    self.refuse(self.line(), "indexing (tables) is");
                    self.next()?;
                    self.check_name()?;
                    e = Expr::new(ExprKind::Refused, line);
                }
                Tok::LBracket => {
                    self.refuse(self.line(), "indexing (tables) is");
                    self.next()?;
                    self.expr()?;
                    self.check_next(&Tok::RBracket)?;
                    e = Expr::new(ExprKind::Refused, line);
                }
                Tok::Colon => {
                    self.next()?;
                    let name_line = self.line();
                    let name = self.check_name()?;
                    let builtin = builtins::lookup(Lib::String, &name);
                    if builtin.is_none() && lua_has_member(Lib::String, &name) {
                        self.refuse(line, &format!("string method '{name}' is"));
                    }
                    // The method and its receiver take two registers (`OP_SELF`).
                    let temps = self.fs().temps;
                    self.reserve_regs(2)?;
                    let args = self.func_args(line)?;
                    self.fs().temps = temps;
                    e = Expr::new(ExprKind::Method { obj: Box::new(e), name, name_line, builtin, args }, line);
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

    fn func_args(&mut self, line: u32) -> PResult<Vec<Expr>> {
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
            Tok::LBrace => {
                let l = self.line();
                self.table_constructor()?;
                Ok(vec![Expr::new(ExprKind::Refused, l)])
            }
            _ => Err(self.syntax_error("function arguments expected")),
        }
    }
}

/// The line a `..` chain reports: that of its last `..` (Lua merges a chain into one
/// instruction, which keeps the innermost operation's line).
fn concat_line(right: &Expr) -> Option<u32> {
    match &right.kind {
        ExprKind::Binary(BinOp::Concat, ..) => Some(right.line),
        ExprKind::Paren(x) => concat_line(x),
        _ => None,
    }
}

/// The literal a `<const>` local's initialiser folds to, if it is one (Lua's
/// `luaK_exp2const`: nil, booleans, numbers, strings).
fn compile_time_constant(e: &Expr) -> Option<ExprKind> {
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

fn fold_unary(op: UnOp, e: Expr, line: u32) -> Expr {
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
        assert_eq!(err("if x then\nprint(1)\n"), "t.lua:3: 'end' expected (to close 'if' at line 1) near <eof>");
        assert_eq!(err("x = = 1"), "t.lua:1: unexpected symbol near '='");
        assert_eq!(err("local function (a) end"), "t.lua:1: <name> expected near '('");
        assert_eq!(err("function f x end"), "t.lua:1: '(' expected near 'x'");
        assert_eq!(err("end"), "t.lua:1: <eof> expected near 'end'");
        assert_eq!(err("x"), "t.lua:1: syntax error near <eof>");
        assert_eq!(err("1 + 2"), "t.lua:1: unexpected symbol near '1'");
        assert_eq!(err("local x <foo> = 1"), "t.lua:1: unknown attribute 'foo'");
        assert_eq!(err("print(\"a\" \"b\")"), "t.lua:1: ')' expected near '\"b\"'");
        assert_eq!(err("s:upper"), "t.lua:1: function arguments expected near <eof>");
        assert_eq!(err("for i = 1 do end"), "t.lua:1: ',' expected near 'do'");
        assert_eq!(err("for i do end"), "t.lua:1: '=' or 'in' expected near 'do'");
        assert_eq!(err("f() = 1"), "t.lua:1: syntax error near '='");
        assert_eq!(err("print(\"never\")\nbreak"), "t.lua:2: break outside loop at line 2");
        assert_eq!(err("local a <const> = 1; a = 2"), "t.lua:1: attempt to assign to const variable 'a'");
    }

    #[test]
    fn refusals_name_the_construct() {
        assert_eq!(err("local t = {}"), "t.lua:1: table constructors are not supported yet");
        assert_eq!(err("for k, v in pairs(t) do end"), "t.lua:1: generic 'for' is not supported yet");
        assert_eq!(err("print(string.find('a', 'b'))"), "t.lua:1: 'string.find' is not supported yet");
        assert_eq!(err("goto x"), "t.lua:1: goto is not supported yet");
        assert_eq!(err("local function f(...) end"), "t.lua:1: varargs are not supported yet");
        assert_eq!(err("return 1, 2"), "t.lua:1: multiple return values are not supported yet");
        assert_eq!(err("math = 1"), "t.lua:1: assigning to library 'math' is not supported yet");
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
        let chunk = parse(b"local a = 1 local b = 2 local function f() return a end b = 3", "t.lua").expect("parses");
        let locals = &chunk.main.locals;
        assert!(locals[0].captured && !locals[0].reassigned);
        assert!(!locals[1].captured && locals[1].reassigned);
    }
}

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
use crate::runtime::value::Value;

mod expr;
mod stat;

pub use expr::FIELDS_PER_FLUSH;
use expr::compile_time_constant;

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
        Lib::Table => &["concat", "insert", "move", "pack", "remove", "sort", "unpack"],
        Lib::Utf8 => &["char", "charpattern", "codes", "codepoint", "len", "offset"],
        Lib::Debug => &[
            "debug",
            "gethook",
            "getinfo",
            "getlocal",
            "getmetatable",
            "getregistry",
            "getupvalue",
            "getuservalue",
            "sethook",
            "setlocal",
            "setmetatable",
            "setupvalue",
            "setuservalue",
            "traceback",
            "upvalueid",
            "upvaluejoin",
            "setcstacklimit",
        ],
        Lib::Coroutine => &["close", "create", "isyieldable", "resume", "running", "status", "wrap", "yield"],
        Lib::Base | Lib::Package | Lib::File => &[],
    };
    members.contains(&name)
}

/// The library a global name holds before the program changes it.
pub(super) fn library(name: &str) -> Option<Lib> {
    Some(match name {
        "math" => Lib::Math,
        "string" => Lib::String,
        "io" => Lib::Io,
        "os" => Lib::Os,
        "table" => Lib::Table,
        "coroutine" => Lib::Coroutine,
        "debug" => Lib::Debug,
        "utf8" => Lib::Utf8,
        _ => return None,
    })
}

/// Parses a whole chunk.
pub fn parse(src: &[u8], chunk_name: &str) -> Result<ParsedChunk, SyntaxError> {
    parse_chunk(src, chunk_name, false)
}

/// [`parse`], with `env_upvalue` choosing where free names go: `false`, to the VM's
/// environment (`GetGlobal`, as for the program itself); `true`, to the main function's
/// upvalue 0, `_ENV`, as Lua compiles every chunk (for chunks loaded with an environment of
/// their own).
pub fn parse_chunk(src: &[u8], chunk_name: &str, env_upvalue: bool) -> Result<ParsedChunk, SyntaxError> {
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
        implicit_env: env_upvalue,
    };
    if let Tok::Error(msg) = p.tok() {
        return Err(p.error_at_line(p.line(), &msg.clone()));
    }
    p.open_func("main chunk", 0);
    p.fs().proto.is_vararg = true;
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
    /// The first of the function's visible labels declared in this block.
    first_label: usize,
    /// The first of the function's pending gotos that is inside this block.
    first_goto: usize,
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
    /// Labels of the open blocks, in order of declaration.
    labels: Vec<LabelDesc>,
    /// Gotos not yet matched with a label (Lua's pending gotos).
    gotos: Vec<PendingGoto>,
    label_count: u32,
}

/// A visible label.
struct LabelDesc {
    name: String,
    id: LabelId,
    line: u32,
}

/// A `goto` waiting for its label.
struct PendingGoto {
    name: String,
    id: GotoId,
    line: u32,
    /// Active locals where it jumps from (lowered to a block's start as it leaves it).
    actives: usize,
}

/// What a name refers to.
enum Resolved {
    Place(Place),
    /// A compile-time constant (`local x <const> = 5`).
    Constant(ExprKind),
    /// A free name while a local `_ENV` is in scope: a field of that variable.
    EnvField(Expr),
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
    /// `_ENV` not declared in the chunk is the main function's upvalue 0 ([`parse_chunk`]).
    implicit_env: bool,
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
                goto_labels: Vec::new(),
                is_vararg: false,
            },
            actives: Vec::new(),
            scopes: vec![Scope {
                active_start: 0,
                is_loop: false,
                hidden: 0,
                first_break: 0,
                first_label: 0,
                first_goto: 0,
            }],
            temps: 0,
            stray_break: None,
            breaks: Vec::new(),
            labels: Vec::new(),
            gotos: Vec::new(),
            label_count: 0,
        });
    }

    fn close_func(&mut self) -> PResult<FuncProto> {
        let fs = self.funcs.pop().expect("an open function");
        if let Some(line) = fs.stray_break {
            return Err(self.sem_error(&format!("break outside loop at line {line}")));
        }
        if let Some(g) = fs.gotos.first() {
            return Err(self.sem_error(&format!("no visible label '{}' for <goto> at line {}", g.name, g.line)));
        }
        Ok(fs.proto)
    }

    fn fs(&mut self) -> &mut FuncState {
        self.funcs.last_mut().expect("an open function")
    }

    fn open_scope(&mut self, is_loop: bool) {
        let fs = self.fs();
        let scope = Scope {
            active_start: fs.actives.len(),
            is_loop,
            hidden: 0,
            first_break: fs.breaks.len(),
            first_label: fs.labels.len(),
            first_goto: fs.gotos.len(),
        };
        fs.scopes.push(scope);
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
        // The block's labels go out of sight; its pending gotos now leave it, so they are
        // outside its locals (Lua's `movegotosout`).
        fs.labels.truncate(scope.first_label);
        let pending = fs.gotos.len();
        for g in &mut fs.gotos[scope.first_goto.min(pending)..] {
            g.actives = g.actives.min(scope.active_start);
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
            to_close: false,
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
            return (self.implicit_env && name == "_ENV").then_some(Resolved::Place(Place::Upval(0)));
        }
        let from = match self.resolve_in(level - 1, name)? {
            Resolved::Constant(k) => return Some(Resolved::Constant(k)),
            Resolved::Place(Place::Local(id)) => {
                self.funcs[level - 1].proto.locals[id as usize].captured = true;
                UpvalFrom::Local(id)
            }
            Resolved::Place(Place::Upval(i)) => UpvalFrom::Upval(i),
            Resolved::Place(Place::Global(_) | Place::Env) | Resolved::EnvField(_) => {
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

    /// Resolves a variable name in the current function. A free name is a field of `_ENV`:
    /// of a local or upvalue `_ENV` if one is in scope, else of the chunk's environment (a
    /// global).
    fn single_var(&mut self, name: &str, line: u32) -> Resolved {
        let level = self.funcs.len() - 1;
        if let Some(r) = self.resolve_in(level, name) {
            return r;
        }
        if name == "_ENV" {
            return Resolved::Place(Place::Env);
        }
        let key = Expr::new(ExprKind::Str(name.as_bytes().to_vec()), line);
        // A free name: a field of the `_ENV` the program declares, else of the chunk's.
        let implicit = std::mem::replace(&mut self.implicit_env, false);
        let declared = self.resolve_in(level, "_ENV");
        self.implicit_env = implicit;
        let env = match declared {
            None => {
                if !implicit {
                    return Resolved::Place(Place::Global(self.global_slot(name)));
                }
                self.resolve_in(level, "_ENV")
            }
            declared => declared,
        };
        let env = match env {
            None => unreachable!("the chunk's _ENV resolves"),
            Some(Resolved::Constant(k)) => k,
            Some(Resolved::Place(Place::Local(id))) => ExprKind::Local(id),
            Some(Resolved::Place(Place::Upval(i))) => ExprKind::Upval(i),
            Some(_) => unreachable!("resolve_in finds locals and upvalues only"),
        };
        Resolved::EnvField(Expr::new(ExprKind::Index { obj: Box::new(Expr::new(env, line)), key: Box::new(key) }, line))
    }

    /// The expression a resolved name stands for.
    fn resolved_expr(r: Resolved, line: u32) -> Expr {
        match r {
            Resolved::Constant(k) => Expr::new(k, line),
            Resolved::Place(Place::Local(id)) => Expr::new(ExprKind::Local(id), line),
            Resolved::Place(Place::Upval(i)) => Expr::new(ExprKind::Upval(i), line),
            Resolved::Place(Place::Global(g)) => Expr::new(ExprKind::Global(g), line),
            Resolved::Place(Place::Env) => Expr::new(ExprKind::Env, line),
            Resolved::EnvField(e) => e,
        }
    }

    /// The expression a plain name stands for, as the head of a `function a.b()` name.
    fn name_expr(&mut self, name: &str, line: u32) -> PResult<Expr> {
        let r = self.single_var(name, line);
        if let Some(e) = self.limit_error.take() {
            return Err(e);
        }
        Ok(Self::resolved_expr(r, line))
    }

    /// The local an assignment to `place` writes (through upvalue chains): checks `<const>`
    /// and marks it reassigned.
    fn mark_assigned(&mut self, place: Place) -> PResult<()> {
        let top = self.funcs.len() - 1;
        let mut level = top;
        let mut p = place;
        loop {
            match p {
                Place::Global(_) | Place::Env => return Ok(()),
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
                // The chunk's own `_ENV` (see `parse_chunk`).
                Place::Upval(_) if level == 0 => return Ok(()),
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
        assert_eq!(err("debug.sethook(print, 'l')"), "t.lua:1: 'debug.sethook' is not supported yet");
        assert!(parse(b"x = coroutine.wrap", "t.lua").is_ok());
        assert!(parse(b"x = load", "t.lua").is_ok());
        // Library tables are real: they may be replaced and extended, and a local named like
        // a library is no library.
        assert!(parse(b"math = 1 string.trim = nil local string = {} print(string.find)", "t.lua").is_ok());
        assert!(parse(b"local _ENV = {} print(string.find)", "t.lua").is_ok());
    }

    #[test]
    fn varargs_belong_to_vararg_functions() {
        assert_eq!(
            err("local function f() return ... end"),
            "t.lua:1: cannot use '...' outside a vararg function near '...'"
        );
        assert!(parse(b"local function f(a, ...) return a, ... end return ...", "t.lua").is_ok());
        assert!(parse(b"for k, v in pairs(t) do end return 1, 2", "t.lua").is_ok());
    }

    #[test]
    fn goto_errors_read_like_lua() {
        assert_eq!(err("goto x\nlocal a"), "t.lua:2: no visible label 'x' for <goto> at line 1");
        assert_eq!(
            err("do goto l local a ::l:: print(a) end"),
            "t.lua:1: <goto l> at line 1 jumps into the scope of local 'a'"
        );
        assert_eq!(err("::a:: do ::a:: end"), "t.lua:1: label 'a' already defined on line 1");
        assert_eq!(err("do ::x:: end goto x"), "t.lua:1: no visible label 'x' for <goto> at line 1");
        // A label ending its block stands outside the block's locals.
        assert!(parse(b"do goto l local a ::l:: end", "t.lua").is_ok());
        assert!(parse(b"repeat goto c local a ::c:: until a", "t.lua").is_err());
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

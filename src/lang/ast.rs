//! The AST the parser builds and the bytecode compiler consumes. Names are already resolved:
//! every variable reference says whether it is a local (by per-function id), an upvalue (by
//! index) or a global (by program slot), and every function knows which locals its closures
//! capture.

/// A local variable, by index into its function's [`FuncProto::locals`].
pub type LocalId = u32;

#[derive(Clone, Debug)]
pub struct LocalInfo {
    pub name: String,
    /// Some closure refers to it: it lives in a cell.
    pub captured: bool,
    /// Assigned after its declaration (by this function or a closure).
    pub reassigned: bool,
    /// Assigned by a nested function (through an upvalue).
    pub assigned_in_closure: bool,
    pub is_const: bool,
    /// A to-be-closed variable (`<close>`): its value's `__close` runs when it goes out of
    /// scope (it is also read-only).
    pub to_close: bool,
    /// A `<const>` local with a constant value is a compile-time constant, as in Lua: every
    /// use is the literal itself (a nil, boolean, number or string expression).
    pub constant: Option<ExprKind>,
}

/// Where a function's upvalue comes from, in the enclosing function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UpvalFrom {
    Local(LocalId),
    Upval(u32),
}

#[derive(Clone, Debug)]
pub struct UpvalInfo {
    pub name: String,
    pub from: UpvalFrom,
}

/// One function literal (the main chunk too).
#[derive(Clone, Debug)]
pub struct FuncProto {
    pub name: String,
    pub line: u32,
    /// The line of its `end`: Lua's `CLOSURE` instruction carries it (it saves the pc, so an
    /// integer division by zero later can report it).
    pub end_line: u32,
    pub params: Vec<LocalId>,
    pub body: Block,
    pub locals: Vec<LocalInfo>,
    pub upvals: Vec<UpvalInfo>,
    /// The label each `goto` (by [`GotoId`]) jumps to.
    pub goto_labels: Vec<LabelId>,
    /// Declared with `...` (the main chunk always is).
    pub is_vararg: bool,
}

/// A label of a function (`::name::`), unique within it.
pub type LabelId = u32;
/// A `goto` of a function.
pub type GotoId = u32;

pub type Block = Vec<Stmt>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Local(LocalId),
    Upval(u32),
    /// A field of the chunk's environment: the global named by this index into
    /// `ParsedChunk::globals`.
    Global(u32),
    /// The chunk's environment itself (`_ENV` where no local `_ENV` is in scope).
    Env,
}

/// Something an assignment stores into.
#[derive(Clone, Debug)]
pub enum Target {
    Var(Place),
    /// `obj[key]` (`obj.name` has a string-constant key).
    Index {
        obj: Expr,
        key: Expr,
    },
}

/// A field of a table constructor, in source order.
#[derive(Clone, Debug)]
pub enum Field {
    /// A positional item: stored at the next array index when its batch is flushed.
    Pos(Expr),
    /// `name = e` or `[k] = e`: stored as it is evaluated.
    Named(Expr, Expr),
}

#[derive(Clone, Debug)]
pub enum Stmt {
    /// `local a, b = e1, e2`
    Local {
        targets: Vec<LocalId>,
        exprs: Vec<Expr>,
        line: u32,
    },
    /// `local function f() ... end`: `f` is in scope in its own body.
    LocalFunction {
        local: LocalId,
        func: Box<FuncProto>,
        line: u32,
    },
    /// `a, b = e1, e2` and `function name() ... end`.
    Assign {
        targets: Vec<Target>,
        exprs: Vec<Expr>,
        line: u32,
    },
    /// A call statement.
    Call(Expr),
    Do(Block),
    While {
        cond: Expr,
        body: Block,
        line: u32,
        /// Where Lua closes upvalues for its `break`s (see [`Stmt::SavePc`]): every `break`
        /// of this loop saves the pc at this line (its `end`) as it leaves.
        break_close: Option<u32>,
    },
    Repeat {
        body: Block,
        cond: Expr,
        line: u32,
        /// The body's locals are captured: Lua closes them once the condition is evaluated,
        /// on both ways out (saving the pc at the condition's last line).
        cond_close: Option<u32>,
        /// A `break` left captured locals: Lua closes upvalues at the loop's exit, which the
        /// normal way out passes too.
        break_close: Option<u32>,
    },
    If {
        arms: Vec<(Expr, Block)>,
        otherwise: Option<Block>,
        line: u32,
    },
    /// Numeric `for`: `var` is the visible loop variable.
    NumFor {
        var: LocalId,
        start: Expr,
        limit: Expr,
        step: Option<Expr>,
        body: Block,
        line: u32,
        /// The line of `do`, where Lua prepares the loop (and reports bad bounds).
        do_line: u32,
        /// A `break` left captured locals: Lua closes upvalues after the loop, where every
        /// way out (the end, a zero-trip loop, a `break`) passes.
        break_close: Option<u32>,
    },
    /// Lua's `OP_CLOSE` at the end of a block whose locals a closure captured: strata's cells
    /// need no closing, but Lua's instruction saves the pc (at `line`), which is what an
    /// integer division by zero later reports.
    SavePc {
        line: u32,
    },
    Break {
        line: u32,
    },
    /// `::name::` (and the labels right after it, which mark the same place).
    Label(Vec<LabelId>),
    Goto(GotoId),
    /// `for v1, v2 in explist do body end`: the explist is adjusted to the iterator, its
    /// state and the control value (and Lua 5.4's closing value, kept but unused).
    GenericFor {
        vars: Vec<LocalId>,
        exprs: Vec<Expr>,
        body: Block,
        line: u32,
        /// The line of the explist, where Lua reports the iterator's call.
        call_line: u32,
        break_close: Option<u32>,
    },
    Return {
        exprs: Vec<Expr>,
        line: u32,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    IDiv,
    Pow,
    BAnd,
    BOr,
    BXor,
    Shl,
    Shr,
    Concat,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    BNot,
    Not,
    Len,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub line: u32,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Nil,
    True,
    False,
    Int(i64),
    Float(f64),
    Str(Vec<u8>),
    Local(LocalId),
    Upval(u32),
    /// A global (see [`Place::Global`]).
    Global(u32),
    /// The chunk's environment (see [`Place::Env`]).
    Env,
    /// Stands in for a construct outside the subset while parsing continues (the program is
    /// refused once it has parsed, so syntax errors are reported first, as Lua would).
    Refused,
    /// `...`: every extra argument of a vararg function.
    Vararg,
    Call {
        callee: Box<Expr>,
        args: Vec<Expr>,
    },
    /// `obj:name(args)`.
    Method {
        obj: Box<Expr>,
        name: String,
        /// The line of the method name, where Lua looks the method up.
        name_line: u32,
        args: Vec<Expr>,
    },
    Function(Box<FuncProto>),
    /// `{ fields }`, with the sizes Lua presizes the table with: the positional items (the
    /// last one not counted if it is a multi-value expression) and the named fields.
    Table {
        fields: Vec<Field>,
        narray: u32,
        nhash: u32,
    },
    /// `obj[key]`, and `obj.name` (a string-constant key).
    Index {
        obj: Box<Expr>,
        key: Box<Expr>,
    },
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Unary(UnOp, Box<Expr>),
    /// `(e)`: truncates a call to one value.
    Paren(Box<Expr>),
}

impl Expr {
    pub fn new(kind: ExprKind, line: u32) -> Expr {
        Expr { kind, line }
    }

    /// Whether this is a call (whose result count can be kept for a multi-value context).
    pub fn is_call(&self) -> bool {
        matches!(self.kind, ExprKind::Call { .. } | ExprKind::Method { .. })
    }

    /// Whether it can produce several values in a multi-value position (a call; `...` later).
    /// A call or `...`: it gives all its values in the last position of a list.
    pub fn is_multi(&self) -> bool {
        self.is_call() || matches!(self.kind, ExprKind::Vararg)
    }

    /// A literal constant that is true (`true`, a number, a string: Lua's `VTRUE`, `VKINT`,
    /// `VKFLT`, `VKSTR`).
    pub fn is_truthy_constant(&self) -> bool {
        matches!(self.kind, ExprKind::True | ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_))
    }

    /// A literal constant that is false (`nil`, `false`).
    pub fn is_falsy_constant(&self) -> bool {
        matches!(self.kind, ExprKind::Nil | ExprKind::False)
    }
}

/// Long operator chains (`a + a + ... + a`) nest the AST as deep as they are long, with no
/// limit in Lua; dropping them recursively could exhaust the stack, so children are moved
/// onto a worklist first.
impl Drop for Expr {
    fn drop(&mut self) {
        let mut work = Vec::new();
        detach_children(&mut self.kind, &mut work);
        while let Some(mut e) = work.pop() {
            detach_children(&mut e.kind, &mut work);
        }
    }
}

fn detach_children(kind: &mut ExprKind, out: &mut Vec<Expr>) {
    fn take(b: &mut Box<Expr>) -> Expr {
        std::mem::replace(&mut **b, Expr::new(ExprKind::Nil, 0))
    }
    match kind {
        ExprKind::Binary(_, a, b) => {
            out.push(take(a));
            out.push(take(b));
        }
        ExprKind::Unary(_, x) | ExprKind::Paren(x) => out.push(take(x)),
        ExprKind::Call { callee, args } => {
            out.push(take(callee));
            out.append(args);
        }
        ExprKind::Method { obj, args, .. } => {
            out.push(take(obj));
            out.append(args);
        }
        ExprKind::Index { obj, key } => {
            out.push(take(obj));
            out.push(take(key));
        }
        ExprKind::Table { fields, .. } => {
            for f in fields.drain(..) {
                match f {
                    Field::Pos(e) => out.push(e),
                    Field::Named(k, v) => {
                        out.push(k);
                        out.push(v);
                    }
                }
            }
        }
        _ => {}
    }
}

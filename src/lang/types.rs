//! Static types of locals, so the compiler can emit typed opcodes (`AddInt`, `LtFloat`...)
//! that need neither tag checks nor feedback.
//!
//! Every value a local holds comes from one of its assignments (its declaration, plain
//! assignments, the numeric `for` that drives it). The inference solves
//! `type(x) ⊒ type(rhs)` for all of them, least solution first, by iteration over a small
//! lattice:
//!
//! ```text
//!            Unknown
//!     /    /   |   \    \
//!   Nil  Int Float Str  Bool
//!     \    \   |   /    /
//!            Bottom          (no assignment seen yet)
//! ```
//!
//! Parameters and locals that a nested function assigns are `Unknown`.

use super::ast::*;

/// A static type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    Bottom,
    Nil,
    Int,
    Float,
    Str,
    Bool,
    Unknown,
}

impl Ty {
    pub fn join(self, other: Ty) -> Ty {
        match (self, other) {
            (Ty::Bottom, t) | (t, Ty::Bottom) => t,
            (a, b) if a == b => a,
            _ => Ty::Unknown,
        }
    }

    fn numeric(self) -> bool {
        matches!(self, Ty::Int | Ty::Float)
    }
}

/// The type of `op x` given the type of `x`.
pub fn unary_ty(op: UnOp, x: Ty) -> Ty {
    match op {
        UnOp::Not => Ty::Bool,
        // `#` and `~` give integers whenever they do not fail.
        UnOp::Len | UnOp::BNot => Ty::Int,
        UnOp::Neg => match x {
            t @ (Ty::Int | Ty::Float | Ty::Bottom) => t,
            _ => Ty::Unknown,
        },
    }
}

/// The type of `a op b` given the operands' types.
pub fn binary_ty(op: BinOp, ta: Ty, tb: Ty) -> Ty {
    match op {
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => Ty::Bool,
        BinOp::Concat => Ty::Str,
        BinOp::BAnd | BinOp::BOr | BinOp::BXor | BinOp::Shl | BinOp::Shr => Ty::Int,
        // `/` and `^` give floats whenever they do not fail (strings coerce to numbers).
        BinOp::Div | BinOp::Pow => Ty::Float,
        BinOp::And | BinOp::Or => ta.join(tb),
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Mod | BinOp::IDiv => {
            if ta == Ty::Bottom || tb == Ty::Bottom {
                Ty::Bottom
            } else if ta == Ty::Int && tb == Ty::Int {
                Ty::Int
            } else if ta.numeric() && tb.numeric() {
                Ty::Float
            } else {
                Ty::Unknown
            }
        }
    }
}

/// The type of a leaf expression (literals and locals), without recursion.
pub fn leaf_ty(e: &Expr, locals: &[Ty]) -> Option<Ty> {
    Some(match &e.kind {
        ExprKind::Nil => Ty::Nil,
        ExprKind::Int(_) => Ty::Int,
        ExprKind::Float(_) => Ty::Float,
        ExprKind::Str(_) => Ty::Str,
        ExprKind::True | ExprKind::False => Ty::Bool,
        ExprKind::Local(id) => locals[*id as usize],
        _ => return None,
    })
}

/// The type of an expression's value, given the types of the function's locals.
pub fn expr_ty(e: &Expr, locals: &[Ty]) -> Ty {
    if let Some(t) = leaf_ty(e, locals) {
        return t;
    }
    match &e.kind {
        ExprKind::Paren(x) if !x.is_call() => expr_ty(x, locals),
        ExprKind::Unary(op, x) => unary_ty(*op, expr_ty(x, locals)),
        ExprKind::Binary(op, a, b) => binary_ty(*op, expr_ty(a, locals), expr_ty(b, locals)),
        _ => Ty::Unknown,
    }
}

/// Where an assignment's value comes from.
enum Source<'a> {
    Expr(&'a Expr),
    Fixed(Ty),
    /// A numeric `for` variable: integer loop if start and step are integers, float loop if
    /// both are numbers, else either.
    ForVar(&'a Expr, Option<&'a Expr>),
}

/// The source of target `k` of `targets = exprs`: its expression, more values of a last
/// call or `...`, or nil.
fn source_of(exprs: &[Expr], k: usize) -> Source<'_> {
    match exprs.get(k) {
        Some(e) => Source::Expr(e),
        None if exprs.last().is_some_and(Expr::is_multi) => Source::Fixed(Ty::Unknown),
        None => Source::Fixed(Ty::Nil),
    }
}

fn collect<'a>(block: &'a Block, out: &mut Vec<(LocalId, Source<'a>)>) {
    for s in block {
        match s {
            Stmt::Local { targets, exprs, .. } => {
                for (k, &t) in targets.iter().enumerate() {
                    out.push((t, source_of(exprs, k)));
                }
            }
            Stmt::LocalFunction { local, .. } => out.push((*local, Source::Fixed(Ty::Unknown))),
            Stmt::Assign { targets, exprs, .. } => {
                for (k, t) in targets.iter().enumerate() {
                    if let Target::Var(Place::Local(id)) = t {
                        out.push((*id, source_of(exprs, k)));
                    }
                }
            }
            Stmt::Do(b) => collect(b, out),
            Stmt::While { body, .. } | Stmt::Repeat { body, .. } => collect(body, out),
            Stmt::If { arms, otherwise, .. } => {
                for (_, b) in arms {
                    collect(b, out);
                }
                if let Some(b) = otherwise {
                    collect(b, out);
                }
            }
            Stmt::GenericFor { vars, body, .. } => {
                out.extend(vars.iter().map(|&v| (v, Source::Fixed(Ty::Unknown))));
                collect(body, out);
            }
            Stmt::NumFor { var, start, step, body, .. } => {
                out.push((*var, Source::ForVar(start, step.as_ref())));
                collect(body, out);
            }
            Stmt::Call(_)
            | Stmt::Break { .. }
            | Stmt::Return { .. }
            | Stmt::SavePc { .. }
            | Stmt::Label(_)
            | Stmt::Goto(_) => {}
        }
    }
}

/// The static type of every local of `proto` (indexed by `LocalId`).
pub fn infer(proto: &FuncProto) -> Vec<Ty> {
    let mut types = vec![Ty::Bottom; proto.locals.len()];
    for &p in &proto.params {
        types[p as usize] = Ty::Unknown;
    }
    for (id, info) in proto.locals.iter().enumerate() {
        if info.assigned_in_closure {
            types[id] = Ty::Unknown;
        }
    }
    let mut sources = Vec::new();
    collect(&proto.body, &mut sources);
    loop {
        let mut changed = false;
        for (id, src) in &sources {
            let t = match src {
                Source::Expr(e) => expr_ty(e, &types),
                Source::Fixed(t) => *t,
                Source::ForVar(start, step) => {
                    let (a, b) = (expr_ty(start, &types), step.map_or(Ty::Int, |s| expr_ty(s, &types)));
                    if a == Ty::Int && b == Ty::Int {
                        Ty::Int
                    } else if a.numeric() && b.numeric() {
                        Ty::Float
                    } else if a == Ty::Bottom || b == Ty::Bottom {
                        Ty::Bottom
                    } else {
                        Ty::Unknown
                    }
                }
            };
            let j = types[*id as usize].join(t);
            if j != types[*id as usize] {
                types[*id as usize] = j;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    for t in &mut types {
        if *t == Ty::Bottom {
            *t = Ty::Unknown;
        }
    }
    types
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::parser::parse;

    fn types_of(src: &str) -> Vec<(String, Ty)> {
        let chunk = parse(src.as_bytes(), "t.lua").expect("parses");
        let t = infer(&chunk.main);
        chunk.main.locals.iter().map(|l| l.name.clone()).zip(t).collect()
    }

    #[test]
    fn accumulators_and_float_recurrences_are_typed() {
        let t = types_of(
            "local acc = 0 for i = 1, 10 do acc = acc + i * 7 % 13 end
             local zr, zi = 0.0, 0.0 for k = 1, 3 do local t = zr * zr - zi * zi zi = 2.0 * zr * zi zr = t end
             local s = 0 s = s .. 'x'
             local n = nil n = 1",
        );
        let get = |n: &str| t.iter().find(|(k, _)| k == n).expect("local").1;
        assert_eq!(get("acc"), Ty::Int);
        assert_eq!(get("i"), Ty::Int);
        assert_eq!(get("zr"), Ty::Float);
        assert_eq!(get("t"), Ty::Float);
        assert_eq!(get("s"), Ty::Unknown);
        assert_eq!(get("n"), Ty::Unknown);
    }

    #[test]
    fn closure_assignments_defeat_inference() {
        let t = types_of("local x = 1 local function f() x = 'a' end f() local y = x + 1");
        assert_eq!(t[0].1, Ty::Unknown);
        assert_eq!(t[2].1, Ty::Unknown);
    }
}

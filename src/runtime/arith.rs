//! Generic operations on values with Lua 5.4's exact semantics: arithmetic (integer wrap,
//! float rules, string coercion), bitwise operations, comparisons, concatenation, length and
//! `tostring`. The interpreter uses them for every non-fast path; the JIT's `extern "C"`
//! helpers call the same functions, so every tier agrees by construction.
//!
//! Errors come back as [`OpError`], which says *which operand* was wrong; the caller turns it
//! into a message, adding the operand's variable name (`(local 'x')`) from the bytecode.

use crate::runtime::heap::{Heap, OutOfMemory};
use crate::runtime::number::{self, Num, float_to_int_exact, str_to_number};
use crate::runtime::value::{Value, tag};

/// The arithmetic and bitwise operators. The discriminants are stable (bytecode operands and
/// JIT helpers use them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum ArithOp {
    Add = 0,
    Sub,
    Mul,
    Div,
    Mod,
    IDiv,
    Pow,
    Unm,
    BAnd,
    BOr,
    BXor,
    Shl,
    Shr,
    BNot,
}

impl ArithOp {
    pub const ALL: [ArithOp; 14] = [
        ArithOp::Add,
        ArithOp::Sub,
        ArithOp::Mul,
        ArithOp::Div,
        ArithOp::Mod,
        ArithOp::IDiv,
        ArithOp::Pow,
        ArithOp::Unm,
        ArithOp::BAnd,
        ArithOp::BOr,
        ArithOp::BXor,
        ArithOp::Shl,
        ArithOp::Shr,
        ArithOp::BNot,
    ];

    pub fn from_u8(b: u8) -> Option<ArithOp> {
        ArithOp::ALL.get(b as usize).copied()
    }

    pub fn is_bitwise(self) -> bool {
        matches!(self, ArithOp::BAnd | ArithOp::BOr | ArithOp::BXor | ArithOp::Shl | ArithOp::Shr | ArithOp::BNot)
    }

    pub fn is_unary(self) -> bool {
        matches!(self, ArithOp::Unm | ArithOp::BNot)
    }

    /// The metamethod event name the string library uses in its error message.
    pub fn event(self) -> &'static str {
        match self {
            ArithOp::Add => "add",
            ArithOp::Sub => "sub",
            ArithOp::Mul => "mul",
            ArithOp::Div => "div",
            ArithOp::Mod => "mod",
            ArithOp::IDiv => "idiv",
            ArithOp::Pow => "pow",
            ArithOp::Unm => "unm",
            ArithOp::BAnd => "band",
            ArithOp::BOr => "bor",
            ArithOp::BXor => "bxor",
            ArithOp::Shl => "shl",
            ArithOp::Shr => "shr",
            ArithOp::BNot => "bnot",
        }
    }

    /// The Lua operator symbol.
    pub fn symbol(self) -> &'static str {
        match self {
            ArithOp::Add => "+",
            ArithOp::Sub | ArithOp::Unm => "-",
            ArithOp::Mul => "*",
            ArithOp::Div => "/",
            ArithOp::Mod => "%",
            ArithOp::IDiv => "//",
            ArithOp::Pow => "^",
            ArithOp::BAnd => "&",
            ArithOp::BOr => "|",
            ArithOp::BXor | ArithOp::BNot => "~",
            ArithOp::Shl => "<<",
            ArithOp::Shr => ">>",
        }
    }
}

/// Which operand an error is about (0 = left/only, 1 = right).
pub type Operand = u8;

/// A type's name in an error message: Lua's type name, or a metatable's `__name`.
pub type TypeName = std::borrow::Cow<'static, str>;

/// A failed generic operation. Messages are Lua 5.4's; `bad` operands get a variable name
/// appended by the caller where Lua gives one.
#[derive(Clone, Debug, PartialEq)]
pub enum OpError {
    /// `attempt to perform arithmetic on a T value`
    Arith { bad: Operand, type_name: TypeName },
    /// `attempt to perform bitwise operation on a T value`
    Bitwise { bad: Operand, type_name: TypeName },
    /// `number has no integer representation`
    NoIntRep { bad: Operand },
    /// The string library's coercion failure: `attempt to add a 'string' with a 'nil'`.
    StrArith { event: &'static str, t1: &'static str, t2: &'static str },
    /// `attempt to concatenate a T value`
    Concat { bad: Operand, type_name: TypeName },
    /// `attempt to compare T1 with T2` / `attempt to compare two T values`
    Compare { t1: TypeName, t2: TypeName },
    /// `attempt to get length of a T value`
    Len { type_name: TypeName },
    /// `attempt to index a T value` (reading or writing a field of a non-table)
    Index { type_name: TypeName },
    /// A table operation's own error (`table index is nil`, `table index is NaN`).
    Table(crate::runtime::table::TableError),
    /// `attempt to divide by zero`
    DivByZero,
    /// `attempt to perform 'n%0'`
    ModByZero,
    /// An error raised inside the string library's arithmetic (`"10" // "0"`): Lua reports
    /// it without a position.
    Unlocated(Box<OpError>),
    /// A string too large for memory: `not enough memory`, which Lua reports without a
    /// position or traceback.
    Memory,
    /// An error raised by a metamethod the operation called, passed on unchanged.
    Raised(Box<crate::runtime::error::LuaError>),
    /// Any other message, given the position of the running instruction (`'__index' chain
    /// too long; possible loop`).
    Located(String),
}

impl From<OutOfMemory> for OpError {
    fn from(_: OutOfMemory) -> OpError {
        OpError::Memory
    }
}

impl From<crate::runtime::table::TableError> for OpError {
    fn from(e: crate::runtime::table::TableError) -> OpError {
        match e {
            crate::runtime::table::TableError::OutOfMemory => OpError::Memory,
            e => OpError::Table(e),
        }
    }
}

impl OpError {
    /// The message, with `name` (e.g. `local 'x'`) for the bad operand where Lua shows one.
    pub fn message(&self, name: Option<&str>) -> String {
        let suffix = |n: Option<&str>| n.map(|n| format!(" ({n})")).unwrap_or_default();
        match self {
            OpError::Arith { type_name, .. } => {
                format!("attempt to perform arithmetic on a {type_name} value{}", suffix(name))
            }
            OpError::Bitwise { type_name, .. } => {
                format!("attempt to perform bitwise operation on a {type_name} value{}", suffix(name))
            }
            OpError::NoIntRep { .. } => {
                format!("number{} has no integer representation", suffix(name))
            }
            OpError::StrArith { event, t1, t2 } => {
                format!("attempt to {event} a '{t1}' with a '{t2}'")
            }
            OpError::Concat { type_name, .. } => {
                format!("attempt to concatenate a {type_name} value{}", suffix(name))
            }
            OpError::Compare { t1, t2 } => {
                if t1 == t2 {
                    format!("attempt to compare two {t1} values")
                } else {
                    format!("attempt to compare {t1} with {t2}")
                }
            }
            OpError::Len { type_name } => {
                format!("attempt to get length of a {type_name} value{}", suffix(name))
            }
            OpError::Index { type_name } => format!("attempt to index a {type_name} value{}", suffix(name)),
            OpError::Table(e) => e.to_string(),
            OpError::DivByZero => "attempt to divide by zero".to_string(),
            OpError::ModByZero => "attempt to perform 'n%0'".to_string(),
            OpError::Unlocated(e) => e.message(None),
            OpError::Memory => NOT_ENOUGH_MEMORY.to_string(),
            OpError::Raised(e) => e.message.clone(),
            OpError::Located(m) => m.clone(),
        }
    }

    /// The operand whose variable name belongs in the message, if any.
    pub fn named_operand(&self) -> Option<Operand> {
        match self {
            OpError::Arith { bad, .. }
            | OpError::Bitwise { bad, .. }
            | OpError::NoIntRep { bad }
            | OpError::Concat { bad, .. } => Some(*bad),
            OpError::Len { .. } | OpError::Index { .. } => Some(0),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Integer and float kernels (also the semantics the JIT's inline fast paths must reproduce).

/// Lua's integer floor division; `None` on division by zero.
#[inline]
pub fn int_idiv(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    if b == -1 {
        return Some(a.wrapping_neg());
    }
    let q = a / b;
    Some(if (a % b != 0) && ((a ^ b) < 0) { q - 1 } else { q })
}

/// Lua's integer floor modulo; `None` on modulo by zero.
#[inline]
pub fn int_mod(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    if b == -1 {
        return Some(0);
    }
    let r = a % b;
    Some(if r != 0 && (r ^ b) < 0 { r + b } else { r })
}

/// Lua 5.4's float modulo (`luai_nummod`): C's `fmod`, moved into the divisor's sign.
#[inline]
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if if m > 0.0 { b < 0.0 } else { m < 0.0 && b > 0.0 } { m + b } else { m }
}

/// Lua's float floor division.
#[inline]
pub fn float_idiv(a: f64, b: f64) -> f64 {
    (a / b).floor()
}

/// Lua's `x << y` on integers (negative `y` shifts right; 64 or more gives 0).
#[inline]
pub fn shift_left(x: i64, y: i64) -> i64 {
    if y <= -64 || y >= 64 {
        0
    } else if y >= 0 {
        ((x as u64) << y) as i64
    } else {
        ((x as u64) >> (-y)) as i64
    }
}

/// Integer arithmetic for the operators that stay integral. `Err` for `//`, `%` by zero.
#[inline]
pub fn int_arith(op: ArithOp, a: i64, b: i64) -> Result<i64, OpError> {
    Ok(match op {
        ArithOp::Add => a.wrapping_add(b),
        ArithOp::Sub => a.wrapping_sub(b),
        ArithOp::Mul => a.wrapping_mul(b),
        ArithOp::IDiv => int_idiv(a, b).ok_or(OpError::DivByZero)?,
        ArithOp::Mod => int_mod(a, b).ok_or(OpError::ModByZero)?,
        ArithOp::Unm => a.wrapping_neg(),
        ArithOp::BAnd => a & b,
        ArithOp::BOr => a | b,
        ArithOp::BXor => a ^ b,
        ArithOp::Shl => shift_left(a, b),
        ArithOp::Shr => shift_left(a, b.wrapping_neg()),
        ArithOp::BNot => !a,
        ArithOp::Div | ArithOp::Pow => unreachable!("float-only operator on the integer path"),
    })
}

/// `a + b` with a defined NaN: when both operands are NaN, x86 returns one of them and which
/// one depends on how a compiler ordered the operands; lua5.4 here returns `b`'s, and so does
/// every strata tier (the sign of a NaN is visible: `nan` versus `-nan`).
/// On x86-64 the instruction itself gives that rule when `b` is its destination operand.
#[inline(always)]
pub fn fadd(a: f64, b: f64) -> f64 {
    #[cfg(target_arch = "x86_64")]
    {
        let mut r = b;
        // SAFETY: a register-only SSE2 instruction (always present on x86-64).
        unsafe {
            std::arch::asm!("addsd {r}, {a}", r = inout(xmm_reg) r, a = in(xmm_reg) a, options(pure, nomem, nostack))
        };
        r
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let r = a + b;
        if b.is_nan() { b } else { a + b }
    }
}

/// `a * b` with a defined NaN: when both operands are NaN, lua5.4 returns `a`'s (the other way
/// round from [`fadd`]: gcc happened to order the operands of the two differently), and so does
/// every strata tier. On x86-64 that is the instruction's rule when `a` is its destination.
#[inline(always)]
pub fn fmul(a: f64, b: f64) -> f64 {
    #[cfg(target_arch = "x86_64")]
    {
        let mut r = a;
        // SAFETY: a register-only SSE2 instruction (always present on x86-64).
        unsafe {
            std::arch::asm!("mulsd {r}, {b}", r = inout(xmm_reg) r, b = in(xmm_reg) b, options(pure, nomem, nostack))
        };
        r
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        if a.is_nan() { a } else { a * b }
    }
}

/// Float arithmetic (the non-bitwise operators).
#[inline]
pub fn float_arith(op: ArithOp, a: f64, b: f64) -> f64 {
    match op {
        ArithOp::Add => fadd(a, b),
        ArithOp::Sub => a - b,
        ArithOp::Mul => fmul(a, b),
        ArithOp::Div => a / b,
        ArithOp::Mod => float_mod(a, b),
        ArithOp::IDiv => float_idiv(a, b),
        ArithOp::Pow => pow(a, b),
        ArithOp::Unm => -a,
        _ => unreachable!("bitwise operator on the float path"),
    }
}

/// `a ^ b` (C's `pow`, with Lua's shortcut for squares).
#[inline]
pub fn pow(a: f64, b: f64) -> f64 {
    if b == 2.0 { a * a } else { a.powf(b) }
}

/// Arithmetic on two numbers (both `is_number()`).
#[inline]
pub fn num_arith(op: ArithOp, a: Value, b: Value) -> Result<Value, OpError> {
    if a.tag == tag::INT && b.tag == tag::INT && !matches!(op, ArithOp::Div | ArithOp::Pow) {
        return int_arith(op, a.as_int(), b.as_int()).map(Value::int);
    }
    Ok(Value::float(float_arith(op, a.num_as_float(), b.num_as_float())))
}

fn to_num(v: Value) -> Option<Value> {
    match v.tag {
        tag::INT | tag::FLOAT => Some(v),
        tag::STR => str_to_number(v.str_bytes()).map(num_value),
        _ => None,
    }
}

/// A [`Num`] as a value.
pub fn num_value(n: Num) -> Value {
    match n {
        Num::Int(i) => Value::int(i),
        Num::Float(f) => Value::float(f),
    }
}

/// Integer value of a number for bitwise operators (floats must be integral).
#[inline]
fn to_bit_int(v: Value) -> Option<i64> {
    match v.tag {
        tag::INT => Some(v.as_int()),
        tag::FLOAT => float_to_int_exact(v.as_float()),
        _ => None,
    }
}

/// The generic arithmetic/bitwise operation `a op b` (for unary operators `b` is ignored and
/// Lua passes the operand twice).
pub fn arith(op: ArithOp, a: Value, b: Value) -> Result<Value, OpError> {
    let b = if op.is_unary() { a } else { b };
    if op.is_bitwise() {
        if a.is_number() && b.is_number() {
            let x = to_bit_int(a).ok_or(OpError::NoIntRep { bad: 0 })?;
            let y = to_bit_int(b).ok_or(OpError::NoIntRep { bad: 1 })?;
            return int_arith(op, x, y).map(Value::int);
        }
        let bad = if a.is_number() { 1 } else { 0 };
        let type_name = if bad == 0 { a.type_name() } else { b.type_name() };
        return Err(OpError::Bitwise { bad, type_name: type_name.into() });
    }
    if a.is_number() && b.is_number() {
        return num_arith(op, a, b);
    }
    if a.is_str() || b.is_str() {
        // The string library's arithmetic metamethods: coerce both or fail.
        return match (to_num(a), to_num(b)) {
            (Some(x), Some(y)) => num_arith(op, x, y).map_err(|e| OpError::Unlocated(Box::new(e))),
            _ => Err(OpError::StrArith { event: op.event(), t1: a.type_name(), t2: b.type_name() }),
        };
    }
    let bad = if a.is_number() { 1 } else { 0 };
    let type_name = if bad == 0 { a.type_name() } else { b.type_name() };
    Err(OpError::Arith { bad, type_name: type_name.into() })
}

// ---------------------------------------------------------------------------------------------
// Comparisons.

/// Whether an integer converts to a float exactly (magnitude at most 2^53).
#[inline]
fn fits_float(i: i64) -> bool {
    i.unsigned_abs() <= 1 << 53
}

// Mixed comparisons, after Lua's `LTintfloat` and friends: small integers compare as floats;
// otherwise the float is rounded (ceil or floor) to an integer if it fits, and a float beyond
// the integers compares by its sign. NaN compares false with everything.

fn lt_int_float(i: i64, f: f64) -> bool {
    if fits_float(i) { (i as f64) < f } else { float_to_int_exact(f.ceil()).map_or(f > 0.0, |fi| i < fi) }
}

fn le_int_float(i: i64, f: f64) -> bool {
    if fits_float(i) { (i as f64) <= f } else { float_to_int_exact(f.floor()).map_or(f > 0.0, |fi| i <= fi) }
}

fn lt_float_int(f: f64, i: i64) -> bool {
    if fits_float(i) { f < (i as f64) } else { float_to_int_exact(f.floor()).map_or(f < 0.0, |fi| fi < i) }
}

fn le_float_int(f: f64, i: i64) -> bool {
    if fits_float(i) { f <= (i as f64) } else { float_to_int_exact(f.ceil()).map_or(f < 0.0, |fi| fi <= i) }
}

/// `a < b` on two numbers.
#[inline]
pub fn num_lt(a: Value, b: Value) -> bool {
    match (a.tag, b.tag) {
        (tag::INT, tag::INT) => a.as_int() < b.as_int(),
        (tag::FLOAT, tag::FLOAT) => a.as_float() < b.as_float(),
        (tag::INT, _) => lt_int_float(a.as_int(), b.as_float()),
        _ => lt_float_int(a.as_float(), b.as_int()),
    }
}

/// `a <= b` on two numbers.
#[inline]
pub fn num_le(a: Value, b: Value) -> bool {
    match (a.tag, b.tag) {
        (tag::INT, tag::INT) => a.as_int() <= b.as_int(),
        (tag::FLOAT, tag::FLOAT) => a.as_float() <= b.as_float(),
        (tag::INT, _) => le_int_float(a.as_int(), b.as_float()),
        _ => le_float_int(a.as_float(), b.as_int()),
    }
}

/// `a == b` on two numbers of any kinds: equal mathematical values.
#[inline]
pub fn num_eq(a: Value, b: Value) -> bool {
    match (a.tag, b.tag) {
        (tag::INT, tag::INT) => a.as_int() == b.as_int(),
        (tag::FLOAT, tag::FLOAT) => a.as_float() == b.as_float(),
        (tag::INT, _) => float_to_int_exact(b.as_float()) == Some(a.as_int()),
        _ => float_to_int_exact(a.as_float()) == Some(b.as_int()),
    }
}

/// `a < b` (`le = false`) or `a <= b` (`le = true`) on any values.
pub fn compare(a: Value, b: Value, le: bool) -> Result<bool, OpError> {
    if a.is_number() && b.is_number() {
        Ok(if le { num_le(a, b) } else { num_lt(a, b) })
    } else if a.is_str() && b.is_str() {
        let (x, y) = (a.str_bytes(), b.str_bytes());
        Ok(if le { x <= y } else { x < y })
    } else {
        Err(OpError::Compare { t1: a.type_name().into(), t2: b.type_name().into() })
    }
}

// ---------------------------------------------------------------------------------------------
// Strings.

/// Appends the text `tostring` gives a number or string; `false` for other types.
#[inline]
pub fn push_str_or_num(out: &mut Vec<u8>, v: Value) -> bool {
    match v.tag {
        tag::STR => out.extend_from_slice(v.str_bytes()),
        tag::INT => out.extend_from_slice(v.as_int().to_string().as_bytes()),
        tag::FLOAT => number::push_num(out, Num::Float(v.as_float())),
        _ => return false,
    }
    true
}

/// Lua's message for an allocation that failed.
pub const NOT_ENOUGH_MEMORY: &str = "not enough memory";

/// The message of the error an interrupt raises (`lua`'s, on `SIGINT`).
pub const INTERRUPTED: &str = "interrupted!";

/// `a .. b`: one allocation of the result, whatever the operands' sizes.
pub fn concat(heap: &mut Heap, a: Value, b: Value) -> Result<Value, OpError> {
    // A number operand is formatted into a small buffer first; strings are copied once.
    fn text(v: Value, buf: &mut Vec<u8>) -> Option<&[u8]> {
        if v.is_str() { Some(v.str_bytes()) } else { push_str_or_num(buf, v).then_some(&buf[..]) }
    }
    let (mut abuf, mut bbuf) = (Vec::new(), Vec::new());
    let x = text(a, &mut abuf).ok_or(OpError::Concat { bad: 0, type_name: a.type_name().into() })?;
    let y = text(b, &mut bbuf).ok_or(OpError::Concat { bad: 1, type_name: b.type_name().into() })?;
    let len = x.len().checked_add(y.len()).ok_or(OpError::Memory)?;
    let p = heap.try_alloc_str_with(len, |dst| {
        dst[..x.len()].copy_from_slice(x);
        dst[x.len()..].copy_from_slice(y);
    })?;
    Ok(Value::from_str_ptr(p))
}

/// `#v`.
pub fn len(v: Value) -> Result<Value, OpError> {
    if v.is_str() {
        Ok(Value::int(v.str_bytes().len() as i64))
    } else if v.is_table() {
        // SAFETY: a table value points to a live table.
        Ok(Value::int(unsafe { (*v.as_table_ptr()).len() }))
    } else {
        Err(OpError::Len { type_name: v.type_name().into() })
    }
}

/// The `tostring` text of any value.
pub fn tostring_bytes(v: Value, out: &mut Vec<u8>) {
    if push_str_or_num(out, v) {
        return;
    }
    let text = match v.tag {
        tag::NIL => "nil".to_string(),
        tag::BOOL => (if v.payload != 0 { "true" } else { "false" }).to_string(),
        tag::CLOSURE | tag::NATIVE => format!("function: {:#x}", v.payload),
        tag::BUILTIN => format!("function: {:#x}", crate::runtime::builtins::address_of(v)),
        tag::FILE => format!("file ({:#x})", crate::runtime::builtins::address_of(v)),
        _ => format!("{v:?}"),
    };
    out.extend_from_slice(text.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_division_and_modulo_follow_floor_semantics() {
        assert_eq!(int_idiv(7, 2), Some(3));
        assert_eq!(int_idiv(-7, 2), Some(-4));
        assert_eq!(int_idiv(7, -2), Some(-4));
        assert_eq!(int_idiv(i64::MIN, -1), Some(i64::MIN));
        assert_eq!(int_idiv(1, 0), None);
        assert_eq!(int_mod(7, -3), Some(-2));
        assert_eq!(int_mod(-7, 3), Some(2));
        assert_eq!(int_mod(i64::MIN, -1), Some(0));
        assert_eq!(int_mod(1, 0), None);
        assert_eq!(float_mod(7.5, -2.0), -0.5);
        assert_eq!(float_mod(-7.5, -2.0), -1.5);
        // Both NaN: `+` returns the second operand's NaN, `*` the first's (as lua5.4 does),
        // whichever way the compiler ordered things.
        let (neg, pos) = (-f64::NAN, f64::NAN);
        assert!(fadd(neg, pos).is_sign_positive() && fadd(pos, neg).is_sign_negative());
        assert!(fmul(neg, pos).is_sign_negative() && fmul(pos, neg).is_sign_positive());
        assert_eq!(fadd(1.5, 2.25), 3.75);
        assert_eq!(fmul(1.5, 2.0), 3.0);
        assert_eq!(float_mod(-5.0, f64::INFINITY), f64::INFINITY);
        assert_eq!(float_mod(5.0, f64::NEG_INFINITY), f64::NEG_INFINITY);
    }

    #[test]
    fn shifts_saturate_at_64() {
        assert_eq!(shift_left(1, 64), 0);
        assert_eq!(shift_left(1, 63), i64::MIN);
        assert_eq!(shift_left(-1, -1), i64::MAX);
        assert_eq!(shift_left(1, -1), 0);
        assert_eq!(shift_left(5, i64::MIN), 0);
    }

    #[test]
    fn mixed_comparisons_are_exact() {
        let big = Value::int((1 << 53) + 1);
        let f = Value::float(9007199254740992.0);
        assert!(!num_eq(big, f));
        assert!(num_lt(f, big));
        assert!(!num_lt(big, f));
        assert!(num_le(Value::int(i64::MAX), Value::float(9.3e18)));
        assert!(!num_lt(Value::int(1), Value::float(f64::NAN)));
        assert!(num_eq(Value::int(1), Value::float(1.0)));
    }

    #[test]
    fn arith_errors_name_the_right_operand() {
        let s = Value::NIL;
        assert_eq!(arith(ArithOp::Add, s, Value::int(1)), Err(OpError::Arith { bad: 0, type_name: "nil".into() }));
        assert_eq!(arith(ArithOp::Add, Value::int(1), s), Err(OpError::Arith { bad: 1, type_name: "nil".into() }));
        assert_eq!(arith(ArithOp::BOr, Value::int(1), Value::float(2.5)), Err(OpError::NoIntRep { bad: 1 }));
        assert_eq!(arith(ArithOp::IDiv, Value::int(1), Value::int(0)), Err(OpError::DivByZero));
        assert_eq!(
            arith(ArithOp::Mod, Value::int(1), Value::int(0)).unwrap_err().message(None),
            "attempt to perform 'n%0'"
        );
    }
}

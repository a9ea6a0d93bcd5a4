//! Lua's generic operations on any value, written once for every tier: reading and writing
//! fields (`obj[key]`, `obj[key] = v`) and storing a constructor's positional items. The
//! interpreter calls these on its slow paths and the JIT's generic helpers call the same
//! functions, so there is one semantics, metatables included: a metamethod is called
//! through [`Host::call`], from whatever tier is running.

use crate::runtime::arith::{self, ArithOp, OpError, TypeName};
use crate::runtime::builtins::{BuiltinError, Host};
use crate::runtime::heap::{Event, Heap};
use crate::runtime::table::Table;
use crate::runtime::value::Value;

/// Lua's `MAXTAGLOOP`: how many `__index` / `__newindex` links a lookup follows before it
/// gives up on a loop.
const MAX_TAG_LOOP: usize = 2000;

/// The metatable of `v`: a table's own, the shared string metatable for strings; null
/// otherwise.
pub fn metatable_of<H: Host + ?Sized>(h: &H, v: Value) -> *mut Table {
    if v.is_table() {
        // SAFETY: a table value points to a live table.
        unsafe { (*v.as_table_ptr()).metatable }
    } else if v.is_str() {
        h.string_metatable()
    } else if v.tag == crate::runtime::value::tag::USERDATA {
        // SAFETY: a userdata value points to a live userdata.
        unsafe { (*v.as_userdata_ptr()).metatable }
    } else if v.tag == crate::runtime::value::tag::FILE {
        h.libs().file_meta
    } else {
        std::ptr::null_mut()
    }
}

/// The metamethod for `e` in `v`'s metatable (nil if none).
pub fn metamethod<H: Host + ?Sized>(h: &mut H, v: Value, e: Event) -> Value {
    let mt = metatable_of(h, v);
    if mt.is_null() {
        return Value::NIL;
    }
    let name = h.heap().event_name(e);
    // SAFETY: a metatable is a live table; `name` an interned string.
    unsafe { (*mt).get_str(name) }
}

/// Calls a metamethod with `args`; its first result. An error inside comes back as
/// [`OpError::Raised`].
pub fn call_metamethod<H: Host + ?Sized>(h: &mut H, f: Value, args: &[Value]) -> Result<Value, OpError> {
    h.call_metamethod(f, args).map_err(metamethod_error)
}

/// A getter's error as the field read's: as a metamethod's, but a message to show as it is
/// (a Lua error that came through Rust) is raised unchanged.
pub fn getter_error(e: BuiltinError) -> OpError {
    match e {
        BuiltinError::Raw(m) => OpError::Raised(Box::new(crate::runtime::error::LuaError::new(m))),
        e => metamethod_error(e),
    }
}

/// A metamethod's error as the operation's.
fn metamethod_error(e: BuiltinError) -> OpError {
    match e {
        BuiltinError::Lua(e) => OpError::Raised(Box::new(e)),
        BuiltinError::Memory => OpError::Memory,
        BuiltinError::Raw(m) | BuiltinError::Located(m) | BuiltinError::AtLevel(m, _) => OpError::Located(m),
        BuiltinError::Arg { msg, .. } => OpError::Located(msg),
        BuiltinError::Value(v) => OpError::Raised(Box::new(crate::runtime::error::LuaError::with_value(
            crate::runtime::builtins::error_value_message(v),
            v,
        ))),
    }
}

/// `obj[key]` with Lua's `__index` (Lua's `luaV_finishget`): a table's own value when it is
/// not nil, else its metatable's `__index`, a function called with `(obj, key)` or a value
/// indexed in turn. A value that cannot be indexed raises `attempt to index a T value`
/// (naming the variable only for `obj` itself).
pub fn index<H: Host + ?Sized>(h: &mut H, obj: Value, key: Value) -> Result<Value, OpError> {
    index_from(h, obj, key, false)
}

/// [`index`] for a table whose own lookup of `key` just missed: the lookup goes on at its
/// metatable.
pub fn index_miss<H: Host + ?Sized>(h: &mut H, obj: Value, key: Value) -> Result<Value, OpError> {
    index_from(h, obj, key, true)
}

fn index_from<H: Host + ?Sized>(h: &mut H, obj: Value, key: Value, missed: bool) -> Result<Value, OpError> {
    let mut t = obj;
    for depth in 0..MAX_TAG_LOOP {
        let tm = if t.is_table() {
            if !(missed && depth == 0) {
                // SAFETY: a table value points to a live table.
                let v = unsafe { (*t.as_table_ptr()).get(key) };
                if !v.is_nil() {
                    return Ok(v);
                }
            }
            let tm = metamethod(h, t, Event::Index);
            if tm.is_nil() {
                return Ok(Value::NIL);
            }
            tm
        } else {
            let tm = metamethod(h, t, Event::Index);
            if tm.is_nil() {
                return Err(index_error(h, t, depth));
            }
            // A host type's fields: found here, without calling its `__index`.
            if let Some(fields) = host_fields(tm, &USERDATA_INDEX) {
                match userdata_field(fields, key) {
                    Field::Value(v) => return Ok(v),
                    Field::Getter(g) => return h.call_getter(g, t).map_err(getter_error),
                    Field::Missing(fallback) if fallback.is_nil() => return Ok(Value::NIL),
                    Field::Missing(fallback) => fallback,
                }
            } else {
                tm
            }
        };
        if tm.is_function() {
            return call_metamethod(h, tm, &[t, key]);
        }
        t = tm;
    }
    Err(OpError::Located("'__index' chain too long; possible loop".into()))
}

/// `obj[key] = v` with Lua's `__newindex` (Lua's `luaV_finishset`): a table's existing key,
/// or a new key of a table without `__newindex`, is set raw; otherwise the metamethod, a
/// function called with `(obj, key, v)` or a value assigned in turn.
pub fn set_index<H: Host + ?Sized>(h: &mut H, obj: Value, key: Value, v: Value) -> Result<(), OpError> {
    let mut t = obj;
    for depth in 0..MAX_TAG_LOOP {
        let tm = if t.is_table() {
            // SAFETY: a table value points to a live table.
            let tbl = unsafe { &mut *t.as_table_ptr() };
            let tm = if tbl.metatable.is_null() || !tbl.get(key).is_nil() {
                Value::NIL
            } else {
                metamethod(h, t, Event::NewIndex)
            };
            if tm.is_nil() {
                tbl.set(h.heap(), key, v)?;
                return Ok(());
            }
            tm
        } else {
            let tm = metamethod(h, t, Event::NewIndex);
            if tm.is_nil() {
                return Err(index_error(h, t, depth));
            }
            // A host type's field setters, called without its `__newindex`.
            if let Some(setters) = host_fields(tm, &USERDATA_NEWINDEX) {
                match userdata_field(setters, key) {
                    Field::Value(f) | Field::Getter(f) => {
                        call_metamethod(h, f, &[t, v])?;
                        return Ok(());
                    }
                    Field::Missing(fallback) if fallback.is_nil() => {
                        return Err(unknown_field_error(h, t, key));
                    }
                    Field::Missing(fallback) => fallback,
                }
            } else {
                tm
            }
        };
        if tm.is_function() {
            call_metamethod(h, tm, &[t, key, v])?;
            return Ok(());
        }
        t = tm;
    }
    Err(OpError::Located("'__newindex' chain too long; possible loop".into()))
}

/// The builtins behind host types' `__index` and `__newindex` (see [`userdata_field`]).
static USERDATA_INDEX: std::sync::LazyLock<u32> = std::sync::LazyLock::new(|| {
    crate::runtime::builtins::lookup(crate::runtime::builtins::Lib::Base, "userdata index").expect("a builtin")
});
static USERDATA_NEWINDEX: std::sync::LazyLock<u32> = std::sync::LazyLock::new(|| {
    crate::runtime::builtins::lookup(crate::runtime::builtins::Lib::Base, "userdata newindex").expect("a builtin")
});
/// The builtin that marks a getter in a host type's fields table.
pub static USERDATA_GETTER: std::sync::LazyLock<u32> = std::sync::LazyLock::new(|| {
    crate::runtime::builtins::lookup(crate::runtime::builtins::Lib::Base, "host getter").expect("a builtin")
});

/// The builtin index of `USERDATA_INDEX` (`false`) or `USERDATA_NEWINDEX` (`true`).
pub fn userdata_access_builtin(set: bool) -> u32 {
    if set { *USERDATA_NEWINDEX } else { *USERDATA_INDEX }
}

/// The fields table of a host type's `__index` (`which` = [`USERDATA_INDEX`]) or
/// `__newindex` ([`USERDATA_NEWINDEX`]) metamethod `tm`, if it is one.
#[inline]
fn host_fields<'a>(tm: Value, which: &std::sync::LazyLock<u32>) -> Option<&'a Table> {
    if tm.tag != crate::runtime::value::tag::NATIVE {
        return None;
    }
    // SAFETY: a native value points to a live builtin closure.
    let nf = unsafe { &*tm.as_native_ptr() };
    // SAFETY: its value, a table, lives as long as the closure (which the metatable holds).
    (nf.builtin == **which && nf.up.is_table()).then(|| unsafe { &*nf.up.as_table_ptr() })
}

/// The fields table of a host type's `__index` metamethod `tm` (`set`: the setters table of
/// its `__newindex`), if it is one.
#[inline]
pub fn host_access_fields<'a>(tm: Value, set: bool) -> Option<&'a Table> {
    host_fields(tm, if set { &USERDATA_NEWINDEX } else { &USERDATA_INDEX })
}

/// The Rust code of host function `v`, if it is one.
#[inline]
pub fn host_code<'a>(v: Value) -> Option<&'a dyn crate::runtime::heap::HostFn> {
    if v.tag != crate::runtime::value::tag::NATIVE {
        return None;
    }
    // SAFETY: a native value points to a live builtin closure.
    unsafe { (*v.as_native_ptr()).host.as_deref() }
}

/// The Rust code of a host type's field getter `v` (a value of its fields table), if it is
/// one.
#[inline]
pub fn getter_code<'a>(v: Value) -> Option<&'a dyn crate::runtime::heap::HostFn> {
    // SAFETY: a native value points to a live builtin closure, which its fields table holds.
    host_code(v).filter(|_| unsafe { (*v.as_native_ptr()).builtin } == *USERDATA_GETTER)
}

/// What a host type's fields table holds for a key.
pub enum Field {
    /// A method or a constant: the value itself.
    Value(Value),
    /// A field getter (a host function of builtin [`USERDATA_GETTER`]), to call with the
    /// userdata.
    Getter(Value),
    /// Nothing: the type's own `__index` / `__newindex` to go on with (nil for none), which
    /// the fields table keeps at key `true`.
    Missing(Value),
}

/// Looks `key` up in a host type's fields table (the embedding API builds them: names to
/// methods, constants and getters for `__index`, names to setters for `__newindex`).
pub fn userdata_field(fields: &Table, key: Value) -> Field {
    let v = fields.get(key);
    if v.is_nil() {
        return Field::Missing(fields.get(Value::TRUE));
    }
    if v.tag == crate::runtime::value::tag::NATIVE {
        // SAFETY: as in `host_fields`.
        if unsafe { (*v.as_native_ptr()).builtin } == *USERDATA_GETTER {
            return Field::Getter(v);
        }
    }
    Field::Value(v)
}

/// `attempt to set unknown field 'k' of a T value` (a host type without a setter for `k`).
pub fn unknown_field_error<H: Host + ?Sized>(h: &mut H, ud: Value, key: Value) -> OpError {
    let mut k = Vec::new();
    arith::tostring_bytes(key, &mut k);
    let name = type_name_of(h, ud);
    OpError::Located(format!("attempt to set unknown field '{}' of a {} value", String::from_utf8_lossy(&k), &*name))
}

/// `attempt to index a T value`: named after the instruction's operand only when it is the
/// indexed value itself, not a link of a metamethod chain.
fn index_error<H: Host + ?Sized>(h: &mut H, t: Value, depth: usize) -> OpError {
    let type_name = type_name_of(h, t);
    if depth == 0 {
        OpError::Index { type_name }
    } else {
        OpError::Located(format!("attempt to index a {type_name} value"))
    }
}

/// A constructor's batch of positional items: `t[start + i] = items[i]`, straight into the
/// array part, grown at once to hold the batch (Lua's `OP_SETLIST`).
pub fn set_list(heap: &mut Heap, t: Value, start: u64, items: &[Value]) -> Result<(), OpError> {
    debug_assert!(t.is_table(), "constructors build tables");
    // SAFETY: the constructor's table is live.
    let t = unsafe { &mut *t.as_table_ptr() };
    let last = start - 1 + items.len() as u64;
    if last > t.array().len() as u64 {
        let n = usize::try_from(last).map_err(|_| OpError::Memory)?;
        t.resize_array(heap, n)?;
    }
    let array = t.array_mut();
    for (i, v) in items.iter().enumerate() {
        array[(start - 1) as usize + i] = *v;
    }
    Ok(())
}

/// Lua's `luaT_objtypename`: a table whose metatable has a string `__name` goes by that
/// name in error messages.
pub fn type_name_of<H: Host + ?Sized>(h: &mut H, v: Value) -> TypeName {
    if v.is_table() || v.is_userdata() {
        let n = metamethod(h, v, Event::Name);
        if n.is_str() {
            return TypeName::Owned(String::from_utf8_lossy(n.str_bytes()).into_owned());
        }
    }
    TypeName::Borrowed(v.type_name())
}

/// An operator's error with its operands (`a`, `b`, as the failed operation took them)
/// named after their metatables' `__name`.
fn renamed<H: Host + ?Sized>(h: &mut H, e: OpError, a: Value, b: Value) -> OpError {
    let pick = |bad: arith::Operand| if bad == 0 { a } else { b };
    match e {
        OpError::Arith { bad, .. } => OpError::Arith { bad, type_name: type_name_of(h, pick(bad)) },
        OpError::Bitwise { bad, .. } => OpError::Bitwise { bad, type_name: type_name_of(h, pick(bad)) },
        OpError::Concat { bad, .. } => OpError::Concat { bad, type_name: type_name_of(h, pick(bad)) },
        OpError::Compare { .. } => OpError::Compare { t1: type_name_of(h, a), t2: type_name_of(h, b) },
        e => e,
    }
}

/// The metamethod event of an arithmetic or bitwise operator.
pub fn arith_event(op: ArithOp) -> Event {
    match op {
        ArithOp::Add => Event::Add,
        ArithOp::Sub => Event::Sub,
        ArithOp::Mul => Event::Mul,
        ArithOp::Div => Event::Div,
        ArithOp::Mod => Event::Mod,
        ArithOp::IDiv => Event::IDiv,
        ArithOp::Pow => Event::Pow,
        ArithOp::Unm => Event::Unm,
        ArithOp::BAnd => Event::BAnd,
        ArithOp::BOr => Event::BOr,
        ArithOp::BXor => Event::BXor,
        ArithOp::Shl => Event::Shl,
        ArithOp::Shr => Event::Shr,
        ArithOp::BNot => Event::BNot,
    }
}

/// The first operand's metamethod for `e`, else the second's (Lua's `luaT_trybinTM`).
fn binary_metamethod<H: Host + ?Sized>(h: &mut H, a: Value, b: Value, e: Event) -> Value {
    let tm = metamethod(h, a, e);
    if tm.is_nil() { metamethod(h, b, e) } else { tm }
}

/// `a op b` (`op a` for unary operators, `b` ignored) with Lua's metamethods: the plain
/// operation, or when an operand is of a type it cannot take, the first operand's
/// metamethod, else the second's, called with both operands (the operand twice for unary
/// ones); without one, the plain operation's error.
pub fn arith<H: Host + ?Sized>(h: &mut H, op: ArithOp, a: Value, b: Value) -> Result<Value, OpError> {
    let b = if op.is_unary() { a } else { b };
    match arith::arith(op, a, b) {
        Err(e @ (OpError::Arith { .. } | OpError::Bitwise { .. } | OpError::StrArith { .. })) => {
            let tm = binary_metamethod(h, a, b, arith_event(op));
            if tm.is_nil() {
                return Err(renamed(h, e, a, b));
            }
            call_metamethod(h, tm, &[a, b])
        }
        r => r,
    }
}

/// `a < b` (`le` false) or `a <= b` with `__lt` / `__le` (Lua's `luaT_callorderTM`; as
/// `lua5.4` is built with 5.3 compatibility, a missing `__le` falls back to `not (b < a)`
/// through `__lt`).
pub fn compare<H: Host + ?Sized>(h: &mut H, a: Value, b: Value, le: bool) -> Result<bool, OpError> {
    match arith::compare(a, b, le) {
        Err(e @ OpError::Compare { .. }) => {
            let tm = binary_metamethod(h, a, b, if le { Event::Le } else { Event::Lt });
            if !tm.is_nil() {
                return Ok(call_metamethod(h, tm, &[a, b])?.truthy());
            }
            if le {
                let lt = binary_metamethod(h, b, a, Event::Lt);
                if !lt.is_nil() {
                    return Ok(!call_metamethod(h, lt, &[b, a])?.truthy());
                }
            }
            Err(renamed(h, e, a, b))
        }
        r => r,
    }
}

/// `a == b` with `__eq`: values of different types are different, equal raw values equal;
/// two distinct tables ask the first one's `__eq`, else the second's.
pub fn equal<H: Host + ?Sized>(h: &mut H, a: Value, b: Value) -> Result<bool, OpError> {
    if a.raw_eq(b) {
        return Ok(true);
    }
    if !(a.is_table() && b.is_table() || a.tag == crate::runtime::value::tag::USERDATA && b.tag == a.tag) {
        return Ok(false);
    }
    let tm = binary_metamethod(h, a, b, Event::Eq);
    if tm.is_nil() {
        return Ok(false);
    }
    Ok(call_metamethod(h, tm, &[a, b])?.truthy())
}

/// `a .. b` with `__concat` when an operand is neither a string nor a number.
pub fn concat<H: Host + ?Sized>(h: &mut H, a: Value, b: Value) -> Result<Value, OpError> {
    match arith::concat(h.heap(), a, b) {
        Err(e @ OpError::Concat { .. }) => {
            let tm = binary_metamethod(h, a, b, Event::Concat);
            if tm.is_nil() {
                return Err(renamed(h, e, a, b));
            }
            call_metamethod(h, tm, &[a, b])
        }
        r => r,
    }
}

/// `#v` with `__len`: a string's length, a table's `__len` (called with the table twice) or
/// its border, another value's `__len` or Lua's error.
pub fn len<H: Host + ?Sized>(h: &mut H, v: Value) -> Result<Value, OpError> {
    if v.is_str() {
        return arith::len(v);
    }
    let tm = metamethod(h, v, Event::Len);
    if tm.is_nil() {
        return arith::len(v).map_err(|e| match e {
            OpError::Len { .. } => OpError::Len { type_name: type_name_of(h, v) },
            e => e,
        });
    }
    call_metamethod(h, tm, &[v, v])
}

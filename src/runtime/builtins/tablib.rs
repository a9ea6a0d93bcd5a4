//! The `table` library (`insert remove concat move pack`), with Lua 5.4's argument checks and
//! messages. Tables with a metatable are read and written through `__index`, `__newindex`
//! and `__len` as Lua's `lua_geti`/`lua_seti`/`luaL_len` do; the others raw.

use super::*;
use crate::runtime::table::{Table, TableError};

/// A table argument. Builtins hold it as a pointer and borrow the table only for each
/// access: a comparator `sort` calls may change the very same table, and `move` may read and
/// write one table, so no reference to it may live across those.
#[derive(Clone, Copy)]
struct Tab(*mut Table);

impl Tab {
    /// No metatable: every access is raw.
    fn raw(self) -> bool {
        // SAFETY: a table value points to a live table; the borrow ends here.
        unsafe { (*self.0).metatable.is_null() }
    }
    /// `#t` with `__len` (Lua's `luaL_len`: the length must be an integer).
    fn len(self, h: &mut dyn Host) -> Result<i64, BuiltinError> {
        if self.raw() {
            // SAFETY: as in `raw`.
            return Ok(unsafe { (*self.0).len() });
        }
        let n = crate::runtime::meta::len(h, Value::from_table(self.0)).map_err(op_error)?;
        match n.tag {
            tag::INT => Ok(n.as_int()),
            tag::FLOAT => float_to_int_exact(n.as_float())
                .ok_or_else(|| BuiltinError::Located("object length is not an integer".into())),
            _ => Err(BuiltinError::Located("object length is not an integer".into())),
        }
    }
    /// `t[i]` with `__index` (Lua's `lua_geti`).
    fn get(self, h: &mut dyn Host, i: i64) -> Result<Value, BuiltinError> {
        if self.raw() {
            // SAFETY: as in `raw`.
            return Ok(unsafe { (*self.0).get_int(i) });
        }
        crate::runtime::meta::index(h, Value::from_table(self.0), Value::int(i)).map_err(op_error)
    }
}

/// A generic operation's error inside a library function.
pub(super) fn op_error(e: crate::runtime::arith::OpError) -> BuiltinError {
    match e {
        crate::runtime::arith::OpError::Raised(e) => BuiltinError::Lua(*e),
        crate::runtime::arith::OpError::Memory => BuiltinError::Memory,
        e => BuiltinError::Located(e.message(None)),
    }
}

/// Argument `i` as a table (Lua's `checktab`).
fn check_table(args: &[Value], i: usize) -> Result<Tab, BuiltinError> {
    match args.get(i) {
        Some(v) if v.is_table() => Ok(Tab(v.as_table_ptr())),
        _ => Err(type_error(args, i, "table")),
    }
}

/// `t[i] = v` with `__newindex` (Lua's `lua_seti`).
fn set(h: &mut dyn Host, t: Tab, i: i64, v: Value) -> Result<(), BuiltinError> {
    if !t.raw() {
        return crate::runtime::meta::set_index(h, Value::from_table(t.0), Value::int(i), v).map_err(op_error);
    }
    // SAFETY: a live table, borrowed for this store only.
    unsafe { (*t.0).set_int(h.heap(), i, v) }.map_err(|_| BuiltinError::Memory)
}

/// `table.insert(t, [pos,] v)`.
pub(super) fn t_insert(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let t = check_table(args, 0)?;
    let end = t.len(h)?.wrapping_add(1);
    let pos = match args.len() {
        2 => end,
        3 => {
            let pos = check_int(args, 1)?;
            // `pos` in [1, end], compared unsigned as Lua does.
            if (pos as u64).wrapping_sub(1) >= end as u64 {
                return Err(arg_error(2, "position out of bounds"));
            }
            let mut i = end;
            while i > pos {
                let v = t.get(h, i - 1)?;
                set(h, t, i, v)?;
                i -= 1;
            }
            pos
        }
        _ => return Err(BuiltinError::Located("wrong number of arguments to 'insert'".into())),
    };
    set(h, t, pos, args[args.len() - 1])?;
    Ok(None)
}

/// `table.remove(t [, pos])`: the removed value.
pub(super) fn t_remove(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let t = check_table(args, 0)?;
    let size = t.len(h)?;
    let mut pos = opt_int(args, 1, size)?;
    // `pos` in [1, size + 1] when given (Lua 5.4.4 blames argument 1).
    if pos != size && (pos as u64).wrapping_sub(1) > size as u64 {
        return Err(arg_error(1, "position out of bounds"));
    }
    let removed = t.get(h, pos)?;
    while pos < size {
        let v = t.get(h, pos + 1)?;
        set(h, t, pos, v)?;
        pos += 1;
    }
    set(h, t, pos, Value::NIL)?;
    Ok(Some(removed))
}

/// `table.concat(t [, sep [, i [, j]]])`.
pub(super) fn t_concat(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let t = check_table(args, 0)?;
    let last = t.len(h)?;
    let sep = match args.get(1) {
        None => Cow::Borrowed(&b""[..]),
        Some(v) if v.is_nil() => Cow::Borrowed(&b""[..]),
        Some(_) => check_str(args, 1)?,
    };
    let first = opt_int(args, 2, 1)?;
    let last = opt_int(args, 3, last)?;
    let mut out = Vec::new();
    let mut i = first;
    while i <= last {
        let v = t.get(h, i)?;
        if !(v.is_str() || v.is_number()) {
            return Err(BuiltinError::Located(format!(
                "invalid value ({}) at index {i} in table for 'concat'",
                v.type_name()
            )));
        }
        // Room first: a result too large for memory is Lua's memory error, not an abort.
        let item = if v.is_str() { v.str_bytes().len() } else { 64 };
        out.try_reserve(item + sep.len()).map_err(|_| BuiltinError::Memory)?;
        arith::push_str_or_num(&mut out, v);
        if i == last {
            break;
        }
        out.extend_from_slice(&sep);
        i += 1;
    }
    new_str(h, &out)
}

/// `table.move(a1, f, e, t [, a2])`: `a2[t..]` = `a1[f..e]`, in the order that survives an
/// overlap; returns the destination table.
pub(super) fn t_move(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let f = check_int(args, 1)?;
    let e = check_int(args, 2)?;
    let to = check_int(args, 3)?;
    let dest_arg = if args.get(4).is_some_and(|v| !v.is_nil()) { 4 } else { 0 };
    let src = check_table(args, 0)?;
    let dst = check_table(args, dest_arg)?;
    if e >= f {
        if !(f > 0 || e < i64::MAX.wrapping_add(f)) {
            return Err(arg_error(3, "too many elements to move"));
        }
        let n = e - f + 1;
        if to > i64::MAX - n + 1 {
            return Err(arg_error(4, "destination wrap around"));
        }
        if to > e || to <= f || !std::ptr::eq(src.0, dst.0) {
            for i in 0..n {
                let v = src.get(h, f + i)?;
                set(h, dst, to + i, v)?;
            }
        } else {
            for i in (0..n).rev() {
                let v = src.get(h, f + i)?;
                set(h, dst, to + i, v)?;
            }
        }
    }
    Ok(Some(args[dest_arg]))
}

/// `table.pack(...)`: the arguments in a table, with their count in `n`.
pub(super) fn t_pack(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let heap = h.heap();
    let t = heap.alloc_table(args.len(), 1).map_err(|_| BuiltinError::Memory)?;
    // SAFETY: freshly allocated and live.
    let tr = unsafe { &mut *t };
    for (i, v) in args.iter().enumerate() {
        tr.set_int(heap, i as i64 + 1, *v).map_err(|_| BuiltinError::Memory)?;
    }
    let n = heap.str_value(b"n");
    tr.set(heap, n, Value::int(args.len() as i64)).map_err(|_| BuiltinError::Memory)?;
    Ok(Some(Value::from_table(t)))
}

/// `a < b` as `table.sort` decides it: the comparator's verdict, or Lua's `<` (whose errors
/// carry no position: they happen inside the library function).
fn sort_less(h: &mut dyn Host, cmp: Option<Value>, a: Value, b: Value) -> Result<bool, BuiltinError> {
    match cmp {
        Some(f) => Ok(h.call(f, &[a, b])?.truthy()),
        None => crate::runtime::meta::compare(h, a, b, false).map_err(|e| match e {
            crate::runtime::arith::OpError::Raised(e) => BuiltinError::Lua(*e),
            e => BuiltinError::Raw(e.message(None)),
        }),
    }
}

/// Lua 5.4's `RANLIMIT`: below this size a partition's pivot is its middle element.
const SORT_RANDOM_LIMIT: u32 = 100;

/// Lua's `set2`: `t[i], t[j] = vi, vj`, with values read before the comparisons that
/// decided the exchange (a comparator may have changed the table since).
fn set2(h: &mut dyn Host, t: Tab, i: u32, vi: Value, j: u32, vj: Value) -> Result<(), BuiltinError> {
    set(h, t, i as i64, vi)?;
    set(h, t, j as i64, vj)
}

fn order_error() -> BuiltinError {
    BuiltinError::Located("invalid order function for sorting".into())
}

/// Values a sort holds while its comparator runs live in its three pins from `pins` on
/// (the pivot, then the pair being compared), as Lua keeps them on its stack: a comparator
/// that removes them from the table cannot get them collected.
fn hold(h: &mut dyn Host, pins: usize, k: usize, v: Value) -> Value {
    h.set_pin(pins + k, v);
    v
}

/// Lua 5.4's `partition` of `t[lo..=up]` around the pivot `p` (kept in `t[up - 1]`).
fn partition(
    h: &mut dyn Host,
    t: Tab,
    cmp: Option<Value>,
    pins: usize,
    lo: u32,
    up: u32,
    p: Value,
) -> Result<u32, BuiltinError> {
    hold(h, pins, 0, p);
    let (mut i, mut j) = (lo, up - 1);
    loop {
        // Repeat ++i while t[i] < P.
        let mut ai;
        loop {
            i += 1;
            ai = {
                let v = t.get(h, i as i64)?;
                hold(h, pins, 1, v)
            };
            if !sort_less(h, cmp, ai, p)? {
                break;
            }
            if i == up - 1 {
                return Err(order_error());
            }
        }
        // Repeat --j while P < t[j].
        let mut aj;
        loop {
            j -= 1;
            aj = {
                let v = t.get(h, j as i64)?;
                hold(h, pins, 2, v)
            };
            if !sort_less(h, cmp, p, aj)? {
                break;
            }
            if j < i {
                return Err(order_error());
            }
        }
        if j < i {
            set2(h, t, up - 1, ai, i, p)?;
            return Ok(i);
        }
        set2(h, t, i, aj, j, ai)?;
    }
}

/// Lua 5.4's `auxsort`: quicksort with a median of three, recursing into the smaller part.
/// `rnd` is 0 until a partition comes out badly unbalanced; then pivots are chosen
/// pseudo-randomly in the middle half (Lua seeds this from the clock, so its order of equal
/// elements is not reproducible there either; strata uses a fixed sequence).
fn auxsort(
    h: &mut dyn Host,
    t: Tab,
    cmp: Option<Value>,
    pins: usize,
    mut lo: u32,
    mut up: u32,
    mut rnd: u32,
) -> Result<(), BuiltinError> {
    while lo < up {
        let (alo, aup) = (
            {
                let v = t.get(h, lo as i64)?;
                hold(h, pins, 1, v)
            },
            {
                let v = t.get(h, up as i64)?;
                hold(h, pins, 2, v)
            },
        );
        if sort_less(h, cmp, aup, alo)? {
            set2(h, t, lo, aup, up, alo)?;
        }
        if up - lo == 1 {
            break;
        }
        let mut p = if up - lo < SORT_RANDOM_LIMIT || rnd == 0 {
            (lo + up) / 2
        } else {
            let r4 = (up - lo) / 4;
            rnd % (r4 * 2) + (lo + r4)
        };
        let (ap, alo) = (
            {
                let v = t.get(h, p as i64)?;
                hold(h, pins, 1, v)
            },
            {
                let v = t.get(h, lo as i64)?;
                hold(h, pins, 2, v)
            },
        );
        if sort_less(h, cmp, ap, alo)? {
            set2(h, t, p, alo, lo, ap)?;
        } else {
            let aup = {
                let v = t.get(h, up as i64)?;
                hold(h, pins, 2, v)
            };
            if sort_less(h, cmp, aup, ap)? {
                set2(h, t, p, aup, up, ap)?;
            }
        }
        if up - lo == 2 {
            break;
        }
        let pivot = t.get(h, p as i64)?;
        let below = t.get(h, (up - 1) as i64)?;
        set2(h, t, p, below, up - 1, pivot)?;
        p = partition(h, t, cmp, pins, lo, up, pivot)?;
        let n;
        if p - lo < up - p {
            auxsort(h, t, cmp, pins, lo, p - 1, rnd)?;
            n = p - lo;
            lo = p + 1;
        } else {
            auxsort(h, t, cmp, pins, p + 1, up, rnd)?;
            n = up - p;
            up = p - 1;
        }
        if (up.wrapping_sub(lo)) / 128 > n {
            rnd = rnd.wrapping_mul(1_103_515_245).wrapping_add(12_345) | 1;
        }
    }
    Ok(())
}

/// `table.sort(t [, comp])`, Lua 5.4's algorithm, so the order of equal elements and the
/// `invalid order function for sorting` cases are Lua's.
pub(super) fn t_sort(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let t = check_table(args, 0)?;
    let n = t.len(h)?;
    if n > 1 {
        if n >= i32::MAX as i64 {
            return Err(arg_error(1, "array too big"));
        }
        let cmp = match args.get(1) {
            None => None,
            Some(v) if v.is_nil() => None,
            Some(v) if v.is_function() => Some(*v),
            Some(_) => return Err(type_error(args, 1, "function")),
        };
        let pins = h.pin_count();
        for _ in 0..3 {
            h.pin(Value::NIL);
        }
        let r = auxsort(h, t, cmp, pins, 1, n as u32, 0);
        h.unpin_to(pins);
        r?;
    }
    Ok(None)
}

/// `rawget(t, k)`: `t[k]` without metamethods.
pub(super) fn b_rawget(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let t = check_table(args, 0)?;
    let k = check_any(args, 1)?;
    // SAFETY: a live table, borrowed for this read.
    Ok(Some(unsafe { (*t.0).get(k) }))
}

/// `rawset(t, k, v)`: `t[k] = v` without metamethods; returns `t`. Its key errors carry no
/// position (they are raised inside the library function).
pub(super) fn b_rawset(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let t = check_table(args, 0)?;
    let k = check_any(args, 1)?;
    let v = check_any(args, 2)?;
    // SAFETY: a live table, borrowed for this store.
    match unsafe { (*t.0).set(h.heap(), k, v) } {
        Ok(()) => Ok(Some(args[0])),
        Err(TableError::OutOfMemory) => Err(BuiltinError::Memory),
        Err(e) => Err(BuiltinError::Raw(e.to_string())),
    }
}

/// `rawlen(v)`: the length of a table or string without metamethods.
pub(super) fn b_rawlen(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    match args.first() {
        Some(v) if v.is_table() || v.is_str() => Ok(arith::len(*v).ok()),
        _ => Err(type_error(args, 0, "table or string")),
    }
}

/// `rawequal(a, b)`: primitive equality.
pub(super) fn b_rawequal(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let a = check_any(args, 0)?;
    let b = check_any(args, 1)?;
    Ok(Some(Value::bool(a.raw_eq(b))))
}

/// `table.unpack(t, i, j)`: `t[i], ..., t[j]` (by default from 1 to `#t`). Like Lua, it
/// takes any indexable value.
pub(super) fn t_unpack(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let t = args.first().copied().unwrap_or(Value::NIL);
    let i = opt_int(args, 1, 1)?;
    let e = match args.get(2) {
        Some(v) if !v.is_nil() => check_int(args, 2)?,
        _ => arith::len(t).map_err(|e| BuiltinError::Raw(e.message(None)))?.as_int(),
    };
    if i > e {
        return Ok(None);
    }
    let n = (e as u64).wrapping_sub(i as u64);
    if n >= i32::MAX as u64 || !h.room_for_results(n as usize + 1) {
        return Err(BuiltinError::Located("too many results to unpack".into()));
    }
    for k in i..e {
        let v = h.index(t, Value::int(k))?;
        h.push_result(v)?;
    }
    Ok(Some(h.index(t, Value::int(e))?))
}

/// `next(t, k)`: the entry after key `k` (the first for nil), or nil at the end.
pub(super) fn b_next(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let t = check_table(args, 0)?;
    let k = args.get(1).copied().unwrap_or(Value::NIL);
    // SAFETY: a live table, borrowed for this lookup only.
    match unsafe { (*t.0).next(k) } {
        Ok(Some((k, v))) => {
            h.push_result(k)?;
            Ok(Some(v))
        }
        Ok(None) => Ok(Some(Value::NIL)),
        Err(_) => Err(BuiltinError::Raw("invalid key to 'next'".into())),
    }
}

/// `pairs(t)`: `next, t, nil`.
pub(super) fn b_pairs(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let t = check_any(args, 0)?;
    // `__pairs(t)` gives the iterator, state and control value (its first three results).
    let tm = crate::runtime::meta::metamethod(h, t, Event::Pairs);
    if !tm.is_nil() {
        let mut three = [Value::NIL; 3];
        h.call_n(tm, &[t], &mut three)?;
        h.push_result(three[0])?;
        h.push_result(three[1])?;
        return Ok(Some(three[2]));
    }
    h.push_result(Value::builtin(lookup(Lib::Base, "next").expect("next is a builtin")))?;
    h.push_result(t)?;
    Ok(Some(Value::NIL))
}

/// `ipairs(t)`: its iterator, `t, 0`.
pub(super) fn b_ipairs(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let t = check_any(args, 0)?;
    h.push_result(Value::builtin(lookup(Lib::Base, "for iterator").expect("ipairs's iterator is a builtin")))?;
    h.push_result(t)?;
    Ok(Some(Value::int(0)))
}

/// `ipairs`'s iterator: `i + 1, t[i + 1]`, or nil when that is nil.
pub(super) fn b_ipairs_step(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let t = args.first().copied().unwrap_or(Value::NIL);
    let i = check_int(args, 1)?.wrapping_add(1);
    let v = h.index(t, Value::int(i))?;
    if v.is_nil() {
        return Ok(Some(Value::NIL));
    }
    h.push_result(Value::int(i))?;
    Ok(Some(v))
}

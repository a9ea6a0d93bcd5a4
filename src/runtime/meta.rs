//! Lua's generic operations on any value, written once for every tier: reading and writing
//! fields (`obj[key]`, `obj[key] = v`) and storing a constructor's positional items. The
//! interpreter calls these on its slow paths and the JIT's generic helpers call the same
//! functions, so there is one semantics. Metatables (`__index`, `__newindex`) plug in here.

use crate::runtime::arith::OpError;
use crate::runtime::heap::Heap;
use crate::runtime::table::Table;
use crate::runtime::value::Value;

/// `obj[key]`.
///
/// Strings index `strings`, the string library's table (what their metatable's `__index`
/// gives in Lua), so `("x").len` is `string.len`.
pub fn index(strings: &Table, obj: Value, key: Value) -> Result<Value, OpError> {
    if obj.is_table() {
        // SAFETY: a table value points to a live table.
        return Ok(unsafe { (*obj.as_table_ptr()).get(key) });
    }
    if obj.is_str() {
        return Ok(strings.get(key));
    }
    Err(OpError::Index { type_name: obj.type_name() })
}

/// `obj[key] = v`.
pub fn set_index(heap: &mut Heap, obj: Value, key: Value, v: Value) -> Result<(), OpError> {
    if obj.is_table() {
        // SAFETY: a table value points to a live table.
        unsafe { (*obj.as_table_ptr()).set(heap, key, v)? };
        return Ok(());
    }
    Err(OpError::Index { type_name: obj.type_name() })
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

//! The part of the `debug` library programs use to report errors: `traceback`, `getinfo`,
//! and `getmetatable`/`setmetatable` without `__metatable` protection.

use super::*;

/// What `debug.getinfo` knows of a function or an active level.
#[derive(Clone, Debug, Default)]
pub struct FrameInfo {
    pub func: Value,
    /// `Lua`, `main` or `C`.
    pub what: &'static str,
    /// `@file`, `=name` or the source text's chunk name, as Lua keeps it.
    pub source: String,
    pub short_src: String,
    pub line_defined: i64,
    pub last_line_defined: i64,
    /// Only for an active level (-1 otherwise, and for builtins).
    pub current_line: i64,
    pub nups: i64,
    pub nparams: i64,
    pub is_vararg: bool,
    /// `global`, `local`, `method`, `field`, `upvalue`, `metamethod` or empty.
    pub namewhat: &'static str,
    pub name: Option<String>,
    pub is_tail_call: bool,
    /// The lines with code (`L`).
    pub active_lines: Vec<u32>,
}

/// `debug.traceback([message [, level]])`.
pub(super) fn d_traceback(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    // `debug.traceback([thread,] [message [, level]])`.
    let (thread, args) = match args.first() {
        Some(t) if t.is_thread() => (Some(*t), &args[1..]),
        _ => (None, args),
    };
    let msg = args.first().copied().unwrap_or(Value::NIL);
    if !msg.is_nil() && !msg.is_str() && !msg.is_number() {
        return Ok(Some(msg));
    }
    let (running, _) = h.thread_running();
    let other = thread.filter(|&t| t != running);
    let level = opt_int(args, 1, if other.is_some() { 0 } else { 1 })?;
    let mut out = Vec::new();
    if !msg.is_nil() {
        tolstring(h, msg, &mut out)?;
        out.push(b'\n');
    }
    out.extend_from_slice(b"stack traceback:");
    let lines = match other {
        Some(t) => h.thread_traceback(t, level.max(0) as usize),
        None => h.traceback(level.max(0) as usize),
    };
    for line in lines {
        out.extend_from_slice(b"\n\t");
        out.extend_from_slice(line.as_bytes());
    }
    new_str(h, &out)
}

/// `debug.getinfo(f | level [, what])`.
pub(super) fn d_getinfo(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let target = check_any(args, 0)?;
    let what = opt_str(args, 1, b"flnSrtu")?;
    if what.first() == Some(&b'>') {
        return Err(arg_error(2, "invalid option '>'"));
    }
    if what.iter().any(|c| !b"SlnrutfL".contains(c)) {
        return Err(arg_error(2, "invalid option"));
    }
    let info = if target.is_function() {
        h.function_info(target, None)
    } else {
        let level = check_int(args, 0)?;
        if level < 0 {
            return Ok(Some(Value::NIL));
        }
        match h.level_info(level as usize) {
            Some(i) => i,
            None => return Ok(Some(Value::NIL)),
        }
    };
    let heap = h.heap();
    let t = heap.alloc_table(0, 16).map_err(|_| BuiltinError::Memory)?;
    let set = |heap: &mut Heap, k: &str, v: Value| {
        let k = heap.str_value(k.as_bytes());
        // SAFETY: a fresh live table.
        unsafe { (*t).set(heap, k, v) }.map_err(|_| BuiltinError::Memory)
    };
    for &c in what.iter() {
        match c {
            b'S' => {
                let v = heap.str_value(info.source.as_bytes());
                set(heap, "source", v)?;
                let v = heap.str_value(info.short_src.as_bytes());
                set(heap, "short_src", v)?;
                set(heap, "linedefined", Value::int(info.line_defined))?;
                set(heap, "lastlinedefined", Value::int(info.last_line_defined))?;
                let v = heap.str_value(info.what.as_bytes());
                set(heap, "what", v)?;
            }
            b'l' => set(heap, "currentline", Value::int(info.current_line))?,
            b'u' => {
                set(heap, "nups", Value::int(info.nups))?;
                set(heap, "nparams", Value::int(info.nparams))?;
                set(heap, "isvararg", Value::bool(info.is_vararg))?;
            }
            b'n' => {
                let v = heap.str_value(info.namewhat.as_bytes());
                set(heap, "namewhat", v)?;
                if let Some(n) = &info.name {
                    let v = heap.str_value(n.as_bytes());
                    set(heap, "name", v)?;
                }
            }
            b't' => set(heap, "istailcall", Value::bool(info.is_tail_call))?,
            b'f' => set(heap, "func", info.func)?,
            b'r' => {
                set(heap, "ftransfer", Value::int(0))?;
                set(heap, "ntransfer", Value::int(0))?;
            }
            b'L' if info.what != "C" => {
                let lines = heap.alloc_table(0, info.active_lines.len()).map_err(|_| BuiltinError::Memory)?;
                for &l in &info.active_lines {
                    // SAFETY: a fresh live table.
                    unsafe { (*lines).set(heap, Value::int(l as i64), Value::bool(true)) }
                        .map_err(|_| BuiltinError::Memory)?;
                }
                set(heap, "activelines", Value::from_table(lines))?;
            }
            _ => {}
        }
    }
    Ok(Some(Value::from_table(t)))
}

/// `debug.getmetatable(v)`: the metatable itself, even when `__metatable` protects it.
pub(super) fn d_getmetatable(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let v = check_any(args, 0)?;
    if v.is_str() {
        h.string_metatable_escapes();
    }
    let mt = crate::runtime::meta::metatable_of(h, v);
    Ok(Some(if mt.is_null() { Value::NIL } else { Value::from_table(mt) }))
}

/// `debug.setmetatable(v, mt)` for tables and host userdata (other types' metatables are not
/// settable yet).
pub(super) fn d_setmetatable(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let v = check_any(args, 0)?;
    let mt = args.get(1).copied().unwrap_or(Value::NIL);
    if !mt.is_nil() && !mt.is_table() {
        return Err(type_error(args, 1, "nil or table"));
    }
    let mt = if mt.is_nil() { std::ptr::null_mut() } else { mt.as_table_ptr() };
    if v.tag == crate::runtime::value::tag::USERDATA {
        // SAFETY: a userdata value points to a live userdata. (A host's Rust value is
        // dropped when collected: `__gc` is not registered for userdata.)
        unsafe { (*v.as_userdata_ptr()).metatable = mt };
        return Ok(Some(v));
    }
    if !v.is_table() {
        return Err(BuiltinError::Located("debug.setmetatable of a non-table value is not supported yet".into()));
    }
    set_table_metatable(h, v.as_table_ptr(), mt)?;
    Ok(Some(v))
}

//! The `os` library beyond `clock`: `time` (with a date table), `date`, `difftime`, `getenv`,
//! `exit`, `remove`, `rename`, `tmpname`, `execute` and `setlocale`, as Lua 5.4's `loslib.c`
//! behaves on a POSIX system in the C locale.

use super::*;

/// The conversions `strftime` accepts (Lua's `LUA_STRFTIMEOPTIONS` for C99): one-letter
/// options, then two-letter ones after each `|`.
const STRFTIME_OPTIONS: &[u8] = b"aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%||EcECExEXEyEYOdOeOHOIOmOMOSOuOUOVOwOWOy";

/// The broken-down time of `t`, in UTC or local time.
fn broken_down(t: i64, utc: bool) -> Option<libc::tm> {
    let tt = t as libc::time_t;
    // SAFETY: `tm` is plain data; the `_r` functions fill it and return null on failure.
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        let r = if utc { libc::gmtime_r(&tt, &mut tm) } else { libc::localtime_r(&tt, &mut tm) };
        (!r.is_null()).then_some(tm)
    }
}

/// Sets the date table fields of `tm` in `t` (Lua's `setallfields`).
fn set_all_fields(h: &mut dyn Host, t: Value, tm: &libc::tm) -> Result<(), BuiltinError> {
    let fields: [(&str, i64); 8] = [
        ("year", tm.tm_year as i64 + 1900),
        ("month", tm.tm_mon as i64 + 1),
        ("day", tm.tm_mday as i64),
        ("hour", tm.tm_hour as i64),
        ("min", tm.tm_min as i64),
        ("sec", tm.tm_sec as i64),
        ("yday", tm.tm_yday as i64 + 1),
        ("wday", tm.tm_wday as i64 + 1),
    ];
    for (k, v) in fields {
        let key = h.heap().str_value(k.as_bytes());
        crate::runtime::meta::set_index(h, t, key, Value::int(v)).map_err(tablib::op_error)?;
    }
    if tm.tm_isdst >= 0 {
        let key = h.heap().str_value(b"isdst");
        crate::runtime::meta::set_index(h, t, key, Value::bool(tm.tm_isdst != 0)).map_err(tablib::op_error)?;
    }
    Ok(())
}

/// A date table's field `key` minus `delta` (Lua's `getfield`): `default` when absent (an
/// error when there is none).
fn get_field(h: &mut dyn Host, t: Value, key: &str, default: Option<i64>, delta: i64) -> Result<i32, BuiltinError> {
    let k = h.heap().str_value(key.as_bytes());
    let v = h.index(t, k)?;
    let n = match v.tag {
        tag::INT => Some(v.as_int()),
        tag::FLOAT => float_to_int_exact(v.as_float()),
        tag::STR => str_to_number(v.str_bytes()).and_then(|n| match arith::num_value(n) {
            x if x.is_int() => Some(x.as_int()),
            x => float_to_int_exact(x.as_float()),
        }),
        _ => None,
    };
    let Some(n) = n else {
        if !v.is_nil() {
            return Err(BuiltinError::Located(format!("field '{key}' is not an integer")));
        }
        return default
            .map(|d| d as i32)
            .ok_or_else(|| BuiltinError::Located(format!("field '{key}' missing in date table")));
    };
    let fits = if n >= 0 { n - delta <= i32::MAX as i64 } else { i32::MIN as i64 + delta <= n };
    if !fits {
        return Err(BuiltinError::Located(format!("field '{key}' is out-of-bound")));
    }
    Ok((n - delta) as i32)
}

/// `os.time([t])`: now, or the time of date table `t` (normalized, and its fields updated).
pub(super) fn os_time(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let Some(&t) = args.first().filter(|v| !v.is_nil()) else {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
        return Ok(Some(Value::int(now)));
    };
    if !t.is_table() {
        return Err(type_error(args, 0, "table"));
    }
    // SAFETY: `tm` is plain data.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = get_field(h, t, "year", None, 1900)?;
    tm.tm_mon = get_field(h, t, "month", None, 1)?;
    tm.tm_mday = get_field(h, t, "day", None, 0)?;
    tm.tm_hour = get_field(h, t, "hour", Some(12), 0)?;
    tm.tm_min = get_field(h, t, "min", Some(0), 0)?;
    tm.tm_sec = get_field(h, t, "sec", Some(0), 0)?;
    let k = h.heap().str_value(b"isdst");
    let dst = h.index(t, k)?;
    tm.tm_isdst = if dst.is_nil() { -1 } else { dst.truthy() as i32 };
    // SAFETY: a filled `tm`.
    let r = unsafe { libc::mktime(&mut tm) };
    set_all_fields(h, t, &tm)?;
    if r == -1 {
        return Err(BuiltinError::Located("time result cannot be represented in this installation".into()));
    }
    Ok(Some(Value::int(r as i64)))
}

/// `os.date([format [, time]])`: `*t` (or `!*t`) gives a date table, anything else the
/// format's `strftime` conversions; a leading `!` means UTC.
pub(super) fn os_date(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let fmt = match args.first() {
        None => Cow::Borrowed(&b"%c"[..]),
        Some(v) if v.is_nil() => Cow::Borrowed(&b"%c"[..]),
        Some(_) => check_str(args, 0)?,
    };
    let t = match args.get(1) {
        None => None,
        Some(v) if v.is_nil() => None,
        Some(_) => Some(check_int(args, 1)?),
    };
    let t = t.unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
    });
    let (utc, mut s) = match fmt.first() {
        Some(b'!') => (true, &fmt[1..]),
        _ => (false, &fmt[..]),
    };
    let Some(tm) = broken_down(t, utc) else {
        return Err(BuiltinError::Located("date result cannot be represented in this installation".into()));
    };
    if s == b"*t" {
        let table = Value::from_table(h.heap().alloc_table(0, 9)?);
        set_all_fields(h, table, &tm)?;
        return Ok(Some(table));
    }
    let mut out = Vec::new();
    while let Some((&c, rest)) = s.split_first() {
        if c != b'%' {
            out.push(c);
            s = rest;
            continue;
        }
        let conv = rest;
        let Some(len) = conversion_length(conv) else {
            let msg = format!("invalid conversion specifier '%{}'", String::from_utf8_lossy(conv));
            return Err(arg_error(1, &msg));
        };
        let mut spec = vec![b'%'];
        spec.extend_from_slice(&conv[..len]);
        spec.push(0);
        let mut buf = [0u8; 250];
        // SAFETY: a NUL-terminated one-conversion format, a buffer of its length.
        let n = unsafe {
            libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, buf.len(), spec.as_ptr() as *const libc::c_char, &tm)
        };
        out.extend_from_slice(&buf[..n]);
        s = &conv[len..];
    }
    new_str(h, &out)
}

/// The length of the valid conversion at the start of `conv` (after its `%`).
fn conversion_length(conv: &[u8]) -> Option<usize> {
    let mut len = 1;
    let mut i = 0;
    while i < STRFTIME_OPTIONS.len() && len <= conv.len() {
        if STRFTIME_OPTIONS[i] == b'|' {
            // (As Lua's loop: the step after a `|` is the new length.)
            len += 1;
            i += len;
            continue;
        }
        if STRFTIME_OPTIONS[i..].starts_with(&conv[..len]) && i + len <= STRFTIME_OPTIONS.len() {
            return Some(len);
        }
        i += len;
    }
    None
}

/// `os.difftime(t2, t1)`: `t2 - t1` in seconds, a float.
pub(super) fn os_difftime(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let (a, b) = (check_int(args, 0)?, check_int(args, 1)?);
    Ok(Some(Value::float(a as f64 - b as f64)))
}

/// `os.getenv(name)`: the variable's value, or nil.
pub(super) fn os_getenv(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    let name = check_str(args, 0)?;
    match std::env::var_os(std::ffi::OsStr::from_bytes(&name)) {
        Some(v) => new_str(h, &v.into_vec()),
        None => Ok(Some(Value::NIL)),
    }
}

/// Lua's `luaL_fileresult`: true, or fail, the message (prefixed with `name`) and errno.
fn file_result(h: &mut dyn Host, r: std::io::Result<()>, name: Option<&[u8]>) -> Result<Option<Value>, BuiltinError> {
    match r {
        Ok(()) => Ok(Some(Value::bool(true))),
        Err(e) => {
            let mut msg = Vec::new();
            if let Some(n) = name {
                msg.extend_from_slice(n);
                msg.extend_from_slice(b": ");
            }
            msg.extend_from_slice(loadlib::os_reason(&e).as_bytes());
            h.push_result(Value::NIL)?;
            let m = new_str(h, &msg)?.expect("a string");
            h.push_result(m)?;
            Ok(Some(Value::int(e.raw_os_error().unwrap_or(0) as i64)))
        }
    }
}

fn os_path(bytes: &[u8]) -> &std::path::Path {
    use std::os::unix::ffi::OsStrExt;
    std::path::Path::new(std::ffi::OsStr::from_bytes(bytes))
}

/// `os.remove(name)`: a file or an empty directory.
pub(super) fn os_remove(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let name = check_str(args, 0)?.into_owned();
    let path = os_path(&name);
    let r = match std::fs::remove_file(path) {
        Err(e) if path.is_dir() => std::fs::remove_dir(path).map_err(|_| e),
        r => r,
    };
    file_result(h, r, Some(&name))
}

/// `os.rename(old, new)` (its message names no file, as Lua's).
pub(super) fn os_rename(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let (from, to) = (check_str(args, 0)?.into_owned(), check_str(args, 1)?.into_owned());
    let r = std::fs::rename(os_path(&from), os_path(&to));
    file_result(h, r, None)
}

/// `os.tmpname()`: the name of a new empty file (`mkstemp`, as Lua on POSIX).
pub(super) fn os_tmpname(h: &mut dyn Host, _args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let mut template = *b"/tmp/lua_XXXXXX\0";
    // SAFETY: a writable NUL-terminated template.
    let fd = unsafe { libc::mkstemp(template.as_mut_ptr() as *mut libc::c_char) };
    if fd == -1 {
        return Err(BuiltinError::Located("unable to generate a unique filename".into()));
    }
    // SAFETY: the descriptor mkstemp opened.
    unsafe { libc::close(fd) };
    new_str(h, &template[..template.len() - 1])
}

/// `os.execute([command])`: without a command, whether a shell exists; otherwise the
/// command's fate as `true|fail, "exit"|"signal", code`.
pub(super) fn os_execute(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    use std::os::unix::process::ExitStatusExt;
    let cmd = match args.first() {
        None => return Ok(Some(Value::bool(std::path::Path::new("/bin/sh").exists()))),
        Some(v) if v.is_nil() => return Ok(Some(Value::bool(std::path::Path::new("/bin/sh").exists()))),
        Some(_) => check_str(args, 0)?.into_owned(),
    };
    // What the program printed so far comes first.
    h.flush_out()?;
    use std::os::unix::ffi::OsStrExt;
    let status = std::process::Command::new("/bin/sh").arg("-c").arg(std::ffi::OsStr::from_bytes(&cmd)).status();
    let (ok, what, code) = match status {
        Ok(s) => match (s.code(), s.signal()) {
            (Some(c), _) => (c == 0, "exit", c as i64),
            (None, Some(sig)) => (false, "signal", sig as i64),
            (None, None) => (false, "exit", 1),
        },
        Err(e) => return file_result(h, Err(e), None),
    };
    h.push_result(if ok { Value::bool(true) } else { Value::NIL })?;
    let w = h.heap().str_value(what.as_bytes());
    h.push_result(w)?;
    Ok(Some(Value::int(code)))
}

/// `os.setlocale([locale [, category]])`: only the C locale exists (`""`, `"C"` and
/// `"POSIX"` select it; a query answers `"C"`); any other is fail.
pub(super) fn os_setlocale(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    const CATEGORIES: [&str; 6] = ["all", "collate", "ctype", "monetary", "numeric", "time"];
    if let Some(c) = args.get(1).filter(|v| !v.is_nil()) {
        let cat = check_str(args, 1)?;
        if !CATEGORIES.iter().any(|k| k.as_bytes() == &cat[..]) {
            let _ = c;
            let msg = format!("invalid option '{}'", String::from_utf8_lossy(&cat));
            return Err(arg_error(2, &msg));
        }
    }
    let ok = match args.first() {
        None => true,
        Some(v) if v.is_nil() => true,
        Some(_) => matches!(&check_str(args, 0)?[..], b"" | b"C" | b"POSIX"),
    };
    if ok { new_str(h, b"C") } else { Ok(Some(Value::NIL)) }
}

/// `os.exit([code [, close]])`: ends the program (`true` is success, `false` failure); with
/// `close`, the VM is closed first (pending `<close>` variables and finalizers run).
pub(super) fn os_exit(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let code = match args.first() {
        None => 0,
        Some(v) if v.is_nil() => 0,
        Some(v) if v.tag == tag::BOOL => {
            if v.truthy() {
                0
            } else {
                1
            }
        }
        Some(_) => check_int(args, 0)? as i32,
    };
    let close = args.get(1).is_some_and(|v| v.truthy());
    Err(h.exit(code, close))
}

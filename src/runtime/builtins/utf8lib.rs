//! The `utf8` library of Lua 5.4: `char`, `charpattern`, `codes`, `codepoint`, `len` and
//! `offset`, with its strict (Unicode) and lax (up to 2^31, surrogates allowed) decoding and
//! its messages.

use super::*;

/// Lua's `MAXUNICODE` and `MAXUTF`.
const MAX_UNICODE: u32 = 0x10FFFF;
const MAX_UTF: u32 = 0x7FFF_FFFF;

/// `utf8.charpattern`.
pub const CHAR_PATTERN: &[u8] = b"[\x00-\x7F\xC2-\xFD][\x80-\xBF]*";

/// Whether the byte at `i` is a continuation byte (0 past the end, as C's terminator).
fn is_cont(s: &[u8], i: usize) -> bool {
    s.get(i).is_some_and(|&c| c & 0xC0 == 0x80)
}

/// Decodes the sequence at `i`: its code point and the index after it, or `None` for an
/// invalid sequence (or, when `strict`, a code point beyond Unicode or a surrogate).
fn decode(s: &[u8], i: usize, strict: bool) -> Option<(u32, usize)> {
    const LIMITS: [u32; 6] = [u32::MAX, 0x80, 0x800, 0x10000, 0x20_0000, 0x400_0000];
    let mut c = s[i] as u32;
    let mut res: u32;
    let mut count = 0;
    if c < 0x80 {
        res = c;
    } else {
        res = 0;
        while c & 0x40 != 0 {
            count += 1;
            let cc = *s.get(i + count)? as u32;
            if cc & 0xC0 != 0x80 {
                return None;
            }
            res = (res << 6) | (cc & 0x3F);
            c <<= 1;
        }
        if count > 5 {
            return None;
        }
        res |= (c & 0x7F) << (count * 5);
        if res > MAX_UTF || res < LIMITS[count] {
            return None;
        }
    }
    if strict && (res > MAX_UNICODE || (0xD800..=0xDFFF).contains(&res)) {
        return None;
    }
    Some((res, i + count + 1))
}

/// Lua's `u_posrelat`: a position counted from the end when negative (0 before the start).
fn relative(pos: i64, len: usize) -> i64 {
    if pos >= 0 {
        pos
    } else if pos.unsigned_abs() > len as u64 {
        0
    } else {
        len as i64 + pos + 1
    }
}

/// `utf8.char(...)`: the UTF-8 sequences of the code points, concatenated.
pub(super) fn u_char(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let mut out = Vec::with_capacity(args.len());
    for i in 0..args.len() {
        let code = check_int(args, i)? as u64;
        if code > MAX_UTF as u64 {
            return Err(arg_error(i + 1, "value out of range"));
        }
        crate::runtime::string::utf8_encode(code as u32, &mut out);
    }
    new_str(h, &out)
}

/// `utf8.len(s [, i [, j [, lax]]])`: the number of characters between byte positions `i`
/// and `j`, or fail and the position of the first invalid byte.
pub(super) fn u_len(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let s = check_str(args, 0)?;
    let len = s.len() as i64;
    let mut i = relative(opt_int(args, 1, 1)?, s.len());
    let j = relative(opt_int(args, 2, -1)?, s.len());
    let lax = args.get(3).is_some_and(|v| v.truthy());
    if !(1 <= i && i - 1 <= len) {
        return Err(arg_error(2, "initial position out of bounds"));
    }
    i -= 1;
    if j > len {
        return Err(arg_error(3, "final position out of bounds"));
    }
    let mut n = 0;
    while i < j {
        match decode(&s, i as usize, !lax) {
            Some((_, next)) => i = next as i64,
            None => {
                h.push_result(Value::NIL)?;
                return Ok(Some(Value::int(i + 1)));
            }
        }
        n += 1;
    }
    Ok(Some(Value::int(n)))
}

/// `utf8.codepoint(s [, i [, j [, lax]]])`: the code points of the characters starting
/// between byte positions `i` and `j`.
pub(super) fn u_codepoint(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let s = check_str(args, 0)?;
    let i = relative(opt_int(args, 1, 1)?, s.len());
    let j = relative(opt_int(args, 2, i)?, s.len());
    let lax = args.get(3).is_some_and(|v| v.truthy());
    if i < 1 {
        return Err(arg_error(2, "out of bounds"));
    }
    if j > s.len() as i64 {
        return Err(arg_error(3, "out of bounds"));
    }
    if i > j {
        return Ok(None);
    }
    if j - i >= i32::MAX as i64 || !h.room_for_results((j - i + 1) as usize) {
        return Err(BuiltinError::Located("string slice too long".into()));
    }
    let mut at = (i - 1) as usize;
    let mut codes = Vec::new();
    while at < j as usize {
        let Some((code, next)) = decode(&s, at, !lax) else {
            return Err(BuiltinError::Located("invalid UTF-8 code".into()));
        };
        codes.push(Value::int(code as i64));
        at = next;
    }
    results(h, codes)
}

/// `utf8.offset(s, n [, i])`: the byte position where the `n`-th character (counted from
/// position `i`) starts, or fail.
pub(super) fn u_offset(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let s = check_str(args, 0)?;
    let len = s.len() as i64;
    let mut n = check_int(args, 1)?;
    let default = if n >= 0 { 1 } else { len + 1 };
    let mut i = relative(opt_int(args, 2, default)?, s.len());
    if !(1 <= i && i - 1 <= len) {
        return Err(arg_error(3, "position out of bounds"));
    }
    i -= 1;
    let cont = |k: i64| is_cont(&s, k as usize);
    if n == 0 {
        while i > 0 && cont(i) {
            i -= 1;
        }
    } else {
        if cont(i) {
            return Err(BuiltinError::Located("initial position is a continuation byte".into()));
        }
        if n < 0 {
            while n < 0 && i > 0 {
                i -= 1;
                while i > 0 && cont(i) {
                    i -= 1;
                }
                n += 1;
            }
        } else {
            n -= 1;
            while n > 0 && i < len {
                i += 1;
                while cont(i) {
                    i += 1;
                }
                n -= 1;
            }
        }
    }
    Ok(Some(if n == 0 { Value::int(i + 1) } else { Value::NIL }))
}

/// `utf8.codes(s [, lax])`: the iterator, `s` and 0.
pub(super) fn u_codes(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    check_str(args, 0)?;
    let lax = args.get(1).is_some_and(|v| v.truthy());
    let name = if lax { "codes lax step" } else { "codes step" };
    let step = lookup(Lib::Utf8, name).expect("utf8.codes's iterators are builtins");
    h.push_result(Value::builtin(step))?;
    h.push_result(args[0])?;
    Ok(Some(Value::int(0)))
}

/// The iterator of `utf8.codes`: from byte position `i` (the last character's), the next
/// character's position and code point.
fn codes_step(h: &mut dyn Host, args: &[Value], strict: bool) -> Result<Option<Value>, BuiltinError> {
    let s = check_str(args, 0)?;
    let mut n = args.get(1).and_then(|v| v.is_int().then(|| v.as_int())).unwrap_or(0) as u64;
    if n < s.len() as u64 {
        while is_cont(&s, n as usize) {
            n += 1;
        }
    }
    if n >= s.len() as u64 {
        return Ok(None);
    }
    match decode(&s, n as usize, strict) {
        // (Lua 5.4.4 does not check the byte after the sequence.)
        Some((code, _)) => {
            h.push_result(Value::int(n as i64 + 1))?;
            Ok(Some(Value::int(code as i64)))
        }
        _ => Err(BuiltinError::Located("invalid UTF-8 code".into())),
    }
}

pub(super) fn u_codes_step(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    codes_step(h, args, true)
}

pub(super) fn u_codes_lax_step(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    codes_step(h, args, false)
}

//! `string.format`, with Lua 5.4's rules for which flags each conversion accepts and glibc's
//! `printf` output for each conversion: `%d %i %u %c %x %X %o %e %E %f %F %g %G %s %q %a %A %%`.

use crate::runtime::arith::tostring_bytes;
use crate::runtime::number::{Num, float_to_int_exact, push_exp, push_g, push_nonfinite, str_to_number};
use crate::runtime::value::{Value, tag};

/// A parsed conversion specification (`%-+ #0` flags, width, precision).
#[derive(Default, Debug)]
struct Spec {
    minus: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

/// A `string.format` failure: the message, and the argument it is about (for
/// `bad argument #n to 'format' (...)`), if any.
#[derive(Debug, PartialEq)]
pub enum FormatError {
    /// `bad argument #arg to 'format' (msg)`.
    Arg { arg: usize, msg: String },
    /// A plain error message.
    Plain(String),
    /// The result does not fit in memory (`not enough memory`).
    Memory,
    /// An error raised by a `__tostring` metamethod `%s` called, passed on.
    Raised(Box<crate::runtime::builtins::BuiltinError>),
}

/// How `%s` turns a value that is neither a string nor a number into text (Lua's
/// `luaL_tolstring`, metamethods included).
pub type ToText<'a> = &'a mut dyn FnMut(Value, &mut Vec<u8>) -> Result<(), FormatError>;

/// Makes room for a `%s` or `%q` piece of `n` bytes (as large as memory) and for everything
/// the `rest` of the format string can add after it (a conversion takes at least two bytes of
/// format and writes at most about 420), or fails as Lua's allocator does; so the output
/// never grows infallibly once it is large.
fn room(out: &mut Vec<u8>, n: usize, rest: usize) -> Result<(), FormatError> {
    out.try_reserve(n.saturating_add(rest.saturating_mul(256)).saturating_add(512)).map_err(|_| FormatError::Memory)
}

/// Runs `string.format(fmt, args...)`. `args[0]` is the first value after the format string
/// (Lua's argument #2).
pub fn format(fmt: &[u8], args: &[Value], to_text: ToText) -> Result<Vec<u8>, FormatError> {
    let mut out = Vec::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let mut next_arg = 0usize;
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        if c != b'%' {
            out.push(c);
            continue;
        }
        if fmt.get(i) == Some(&b'%') {
            out.push(b'%');
            i += 1;
            continue;
        }
        // The spec: flags and digits, then the conversion letter.
        let start = i;
        while i < fmt.len() && b"-+ #0123456789.".contains(&fmt[i]) {
            i += 1;
        }
        if i - start >= 22 {
            return Err(FormatError::Plain("invalid format string to 'format'".into()));
        }
        let conv = fmt.get(i).copied().unwrap_or(0);
        let form_end = (i + 1).min(fmt.len());
        let form = || format!("%{}", String::from_utf8_lossy(&fmt[start..form_end]));
        i = form_end;
        let body = &fmt[start..form_end.saturating_sub(if conv == 0 { 0 } else { 1 })];
        // Lua checks that an argument exists before it looks at the conversion.
        let argn = next_arg + 2;
        let Some(arg) = args.get(next_arg).copied() else {
            return Err(FormatError::Arg { arg: argn, msg: "no value".into() });
        };
        next_arg += 1;
        let (allowed, precision_ok): (&[u8], bool) = match conv {
            b'c' => (b"-", false),
            b'd' | b'i' => (b"-+0 ", true),
            b'u' => (b"-0", true),
            b'o' | b'x' | b'X' => (b"-#0", true),
            b'a' | b'A' | b'f' | b'e' | b'E' | b'g' | b'G' => (b"-+ #0", true),
            b's' => (b"-", true),
            b'q' => {
                if !body.is_empty() {
                    return Err(FormatError::Plain("specifier '%q' cannot have modifiers".into()));
                }
                if arg.is_str() {
                    // At most 4 bytes per byte (`\ddd`) and the quotes.
                    room(&mut out, arg.str_bytes().len().saturating_mul(4), fmt.len() - i)?;
                }
                quote(&mut out, arg).map_err(|msg| FormatError::Arg { arg: argn, msg })?;
                continue;
            }
            _ => {
                return Err(FormatError::Plain(format!("invalid conversion '{}' to 'format'", form())));
            }
        };
        let spec = parse_spec(body, allowed, precision_ok)
            .ok_or_else(|| FormatError::Plain(format!("invalid conversion specification: '{}'", form())))?;
        match conv {
            b'c' => {
                let n = check_int(arg, argn)?;
                pad(&mut out, &spec, &[n as u8]);
            }
            b'd' | b'i' => {
                let n = check_int(arg, argn)?;
                let digits = with_precision(n.unsigned_abs().to_string(), spec.precision);
                let sign = if n < 0 {
                    "-"
                } else if spec.plus {
                    "+"
                } else if spec.space {
                    " "
                } else {
                    ""
                };
                push_number(&mut out, &spec, sign, "", &digits, spec.precision.is_none());
            }
            b'u' => {
                let n = check_int(arg, argn)? as u64;
                let digits = with_precision(n.to_string(), spec.precision);
                push_number(&mut out, &spec, "", "", &digits, spec.precision.is_none());
            }
            b'o' | b'x' | b'X' => {
                let n = check_int(arg, argn)? as u64;
                let mut digits = match conv {
                    b'o' => format!("{n:o}"),
                    b'x' => format!("{n:x}"),
                    _ => format!("{n:X}"),
                };
                digits = with_precision(digits, spec.precision);
                let prefix = match conv {
                    b'o' if spec.alt && !digits.starts_with('0') => "0",
                    b'x' if spec.alt && n != 0 => "0x",
                    b'X' if spec.alt && n != 0 => "0X",
                    _ => "",
                };
                push_number(&mut out, &spec, "", prefix, &digits, spec.precision.is_none());
            }
            b'a' | b'A' | b'f' | b'e' | b'E' | b'g' | b'G' => {
                let x = check_num(arg, argn)?;
                push_float(&mut out, &spec, conv, x);
            }
            b's' => {
                let mut buf = Vec::new();
                let s: &[u8] = if arg.is_str() {
                    arg.str_bytes()
                } else {
                    to_text(arg, &mut buf)?;
                    &buf
                };
                // With modifiers Lua formats through C's sprintf, which stops at a zero byte.
                if !body.is_empty() && s.contains(&0) {
                    return Err(FormatError::Arg { arg: argn, msg: "string contains zeros".into() });
                }
                let s = &s[..spec.precision.map_or(s.len(), |p| p.min(s.len()))];
                room(&mut out, s.len().max(spec.width), fmt.len() - i)?;
                pad(&mut out, &spec, s);
            }
            _ => unreachable!("conversion letters are matched above"),
        }
    }
    Ok(out)
}

/// Parses flags, a width of at most two digits and a precision of at most two digits; `None`
/// if the spec has flags this conversion does not take or is otherwise malformed.
fn parse_spec(body: &[u8], allowed: &[u8], precision_ok: bool) -> Option<Spec> {
    let mut s = Spec::default();
    let mut i = 0;
    while i < body.len() && allowed.contains(&body[i]) {
        match body[i] {
            b'-' => s.minus = true,
            b'+' => s.plus = true,
            b' ' => s.space = true,
            b'#' => s.alt = true,
            b'0' => s.zero = true,
            _ => unreachable!(),
        }
        i += 1;
    }
    let digits = |i: &mut usize| {
        let mut v = 0usize;
        let mut n = 0;
        while *i < body.len() && body[*i].is_ascii_digit() && n < 2 {
            v = v * 10 + (body[*i] - b'0') as usize;
            *i += 1;
            n += 1;
        }
        v
    };
    if body.get(i) != Some(&b'0') {
        s.width = digits(&mut i);
        if body.get(i) == Some(&b'.') && precision_ok {
            i += 1;
            s.precision = Some(digits(&mut i));
        }
    }
    (i == body.len()).then_some(s)
}

fn with_precision(digits: String, precision: Option<usize>) -> String {
    match precision {
        // C: precision 0 with value 0 prints no digits.
        Some(0) if digits == "0" => String::new(),
        Some(p) if digits.len() < p => format!("{}{digits}", "0".repeat(p - digits.len())),
        _ => digits,
    }
}

/// Writes sign + prefix + digits padded to the width: zeros after the sign with `0`
/// (when allowed), spaces otherwise.
fn push_number(out: &mut Vec<u8>, spec: &Spec, sign: &str, prefix: &str, digits: &str, zero_ok: bool) {
    let len = sign.len() + prefix.len() + digits.len();
    let fill = spec.width.saturating_sub(len);
    if spec.minus {
        out.extend_from_slice(sign.as_bytes());
        out.extend_from_slice(prefix.as_bytes());
        out.extend_from_slice(digits.as_bytes());
        out.extend(std::iter::repeat_n(b' ', fill));
    } else if spec.zero && zero_ok {
        out.extend_from_slice(sign.as_bytes());
        out.extend_from_slice(prefix.as_bytes());
        out.extend(std::iter::repeat_n(b'0', fill));
        out.extend_from_slice(digits.as_bytes());
    } else {
        out.extend(std::iter::repeat_n(b' ', fill));
        out.extend_from_slice(sign.as_bytes());
        out.extend_from_slice(prefix.as_bytes());
        out.extend_from_slice(digits.as_bytes());
    }
}

fn pad(out: &mut Vec<u8>, spec: &Spec, s: &[u8]) {
    let fill = spec.width.saturating_sub(s.len());
    if !spec.minus {
        out.extend(std::iter::repeat_n(b' ', fill));
    }
    out.extend_from_slice(s);
    if spec.minus {
        out.extend(std::iter::repeat_n(b' ', fill));
    }
}

fn push_float(out: &mut Vec<u8>, spec: &Spec, conv: u8, x: f64) {
    let upper = conv.is_ascii_uppercase();
    let sign = if x.is_sign_negative() {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    };
    let a = x.abs();
    let mut body = String::new();
    if !x.is_finite() {
        push_nonfinite(&mut body, a, upper);
        push_number(out, spec, sign, "", &body, false);
        return;
    }
    match conv | 0x20 {
        b'f' => {
            body = format!("{:.*}", spec.precision.unwrap_or(6), a);
            if spec.alt && !body.contains('.') {
                body.push('.');
            }
        }
        b'e' => {
            push_e(&mut body, a, spec.precision.unwrap_or(6), spec.alt);
        }
        b'g' => push_g(&mut body, a, spec.precision.unwrap_or(6), spec.alt),
        b'a' => push_hex_float(&mut body, a, spec.precision, spec.alt),
        _ => unreachable!(),
    }
    if upper {
        body.make_ascii_uppercase();
    }
    let (prefix, digits) = if conv | 0x20 == b'a' { body.split_at(2) } else { ("", body.as_str()) };
    push_number(out, spec, sign, prefix, digits, true);
}

/// `%.{prec}e` of a non-negative finite number.
fn push_e(out: &mut String, a: f64, prec: usize, alt: bool) {
    let s = format!("{:.*e}", prec, a);
    let (mant, exp) = s.split_at(s.find('e').expect("exponent"));
    out.push_str(mant);
    if alt && prec == 0 {
        out.push('.');
    }
    push_exp(out, exp[1..].parse().expect("exponent digits"), 'e');
}

/// glibc's `%a` of a non-negative finite number: `0x1.8p+1`, `0x0p+0`, subnormals as
/// `0x0.xxxp-1022`; with a precision, rounds the hex digits to nearest-even.
fn push_hex_float(out: &mut String, a: f64, precision: Option<usize>, alt: bool) {
    let bits = a.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let mut frac = bits & ((1u64 << 52) - 1);
    let (mut lead, exp) =
        if biased == 0 { if frac == 0 { (0u64, 0i64) } else { (0u64, -1022i64) } } else { (1u64, biased - 1023) };
    let mut ndigits = 13usize;
    if let Some(p) = precision {
        if p < 13 {
            let drop = 4 * (13 - p) as u32;
            let full = (lead << 52) | frac;
            let half = 1u64 << (drop - 1);
            let rem = full & ((1u64 << drop) - 1);
            let mut kept = full >> drop;
            if rem > half || (rem == half && kept & 1 == 1) {
                kept += 1;
            }
            lead = kept >> (52 - drop);
            frac = (kept << drop) & ((1u64 << 52) - 1);
        }
        ndigits = p;
    }
    let hex = format!("{frac:013x}");
    let digits: String = if precision.is_some() {
        let mut d = hex[..ndigits.min(13)].to_string();
        while d.len() < ndigits {
            d.push('0');
        }
        d
    } else {
        hex.trim_end_matches('0').to_string()
    };
    out.push_str("0x");
    out.push_str(&lead.to_string());
    if !digits.is_empty() || alt {
        out.push('.');
    }
    out.push_str(&digits);
    out.push('p');
    out.push(if exp < 0 { '-' } else { '+' });
    out.push_str(&exp.abs().to_string());
}

fn type_error(arg: usize, expected: &str, v: Value) -> FormatError {
    FormatError::Arg { arg, msg: format!("{expected} expected, got {}", v.type_name()) }
}

fn check_num(v: Value, arg: usize) -> Result<f64, FormatError> {
    if v.is_number() {
        return Ok(v.num_as_float());
    }
    match v.as_bytes().and_then(str_to_number) {
        Some(Num::Int(i)) => Ok(i as f64),
        Some(Num::Float(f)) => Ok(f),
        None => Err(type_error(arg, "number", v)),
    }
}

fn check_int(v: Value, arg: usize) -> Result<i64, FormatError> {
    let no_int = || FormatError::Arg { arg, msg: "number has no integer representation".into() };
    let n = match v.tag {
        tag::INT => return Ok(v.as_int()),
        tag::FLOAT => Num::Float(v.as_float()),
        _ => v.as_bytes().and_then(str_to_number).ok_or_else(|| type_error(arg, "number", v))?,
    };
    match n {
        Num::Int(i) => Ok(i),
        Num::Float(f) => float_to_int_exact(f).ok_or_else(no_int),
    }
}

/// `%q`: a value as a Lua literal that reads back to the same value.
fn quote(out: &mut Vec<u8>, v: Value) -> Result<(), String> {
    match v.tag {
        tag::STR => {
            let s = v.str_bytes();
            out.push(b'"');
            for (k, &c) in s.iter().enumerate() {
                match c {
                    b'"' | b'\\' => {
                        out.push(b'\\');
                        out.push(c);
                    }
                    b'\n' => out.extend_from_slice(b"\\\n"),
                    c if c.is_ascii_control() => {
                        let text = if s.get(k + 1).is_some_and(u8::is_ascii_digit) {
                            format!("\\{c:03}")
                        } else {
                            format!("\\{c}")
                        };
                        out.extend_from_slice(text.as_bytes());
                    }
                    c => out.push(c),
                }
            }
            out.push(b'"');
        }
        tag::INT => {
            let i = v.as_int();
            let text = if i == i64::MIN { format!("0x{:x}", i as u64) } else { i.to_string() };
            out.extend_from_slice(text.as_bytes());
        }
        tag::FLOAT => {
            let x = v.as_float();
            let text = if x == f64::INFINITY {
                "1e9999".to_string()
            } else if x == f64::NEG_INFINITY {
                "-1e9999".to_string()
            } else if x.is_nan() {
                "(0/0)".to_string()
            } else {
                // Finite floats are written in hex (`%a`), which reads back exactly.
                let mut s = String::new();
                if x.is_sign_negative() {
                    s.push('-');
                }
                push_hex_float(&mut s, x.abs(), None, false);
                s
            };
            out.extend_from_slice(text.as_bytes());
        }
        tag::NIL | tag::BOOL => tostring_bytes(v, out),
        _ => return Err("value has no literal form".into()),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::heap::Heap;

    /// `format` with the plain conversion for `%s`.
    fn format(f: &[u8], args: &[Value]) -> Result<Vec<u8>, FormatError> {
        super::format(f, args, &mut |v, out| {
            tostring_bytes(v, out);
            Ok(())
        })
    }

    fn fmt(_heap: &mut Heap, f: &str, args: &[Value]) -> String {
        String::from_utf8(format(f.as_bytes(), args).expect("format")).expect("utf8")
    }

    #[test]
    fn printf_conversions() {
        let mut h = Heap::new();
        let s = h.str_value(b"xyz");
        assert_eq!(
            fmt(&mut h, "%5.2f|%-5d|%x", &[Value::float(5.12345), Value::int(42), Value::int(255)]),
            " 5.12|42   |ff"
        );
        assert_eq!(
            fmt(
                &mut h,
                "%10.3e %G %i %c %o %u %%",
                &[
                    Value::float(12345.678),
                    Value::float(1e-10),
                    Value::int(7),
                    Value::int(65),
                    Value::int(8),
                    Value::int(42)
                ]
            ),
            " 1.235e+04 1E-10 7 A 10 42 %"
        );
        assert_eq!(fmt(&mut h, "%.2s|%5s|%-5s|", &[s, s, s]), "xy|  xyz|xyz  |");
        assert_eq!(
            fmt(&mut h, "%a %a %a", &[Value::float(1.0), Value::float(0.5), Value::float(0.0)]),
            "0x1p+0 0x1p-1 0x0p+0"
        );
        assert_eq!(
            fmt(
                &mut h,
                "%+05d|% d|%05.1f|%#x|%#o",
                &[Value::int(42), Value::int(7), Value::float(-2.25), Value::int(255), Value::int(8)]
            ),
            "+0042| 7|-02.2|0xff|010"
        );
        assert_eq!(
            fmt(&mut h, "%g %g %g", &[Value::float(1e20), Value::float(0.0001), Value::float(100000.0)]),
            "1e+20 0.0001 100000"
        );
        assert_eq!(
            fmt(&mut h, "%5.1f|%-8.3f|", &[Value::float(f64::INFINITY), Value::float(f64::NAN)]),
            "  inf|nan     |"
        );
        assert_eq!(fmt(&mut h, "%.3a", &[Value::float(1.0 / 3.0)]), "0x1.555p-2");
        assert_eq!(fmt(&mut h, "%d", &[Value::float(3.0)]), "3");
    }

    #[test]
    fn quoting() {
        let mut h = Heap::new();
        let s = h.str_value(b"a\nb\0\"1\x01x\x012");
        assert_eq!(fmt(&mut h, "%q", &[s]), "\"a\\\nb\\0\\\"1\\1x\\0012\"");
        assert_eq!(fmt(&mut h, "%q", &[Value::int(i64::MIN)]), "0x8000000000000000");
        assert_eq!(
            fmt(&mut h, "%q %q %q", &[Value::float(f64::INFINITY), Value::float(f64::NAN), Value::float(1.5)]),
            "1e9999 (0/0) 0x1.8p+0"
        );
    }

    #[test]
    fn errors() {
        assert_eq!(
            format(b"%d", &[Value::float(3.5)]),
            Err(FormatError::Arg { arg: 2, msg: "number has no integer representation".into() })
        );
        assert_eq!(format(b"%d", &[]), Err(FormatError::Arg { arg: 2, msg: "no value".into() }));
        assert_eq!(
            format(b"%y", &[Value::int(1)]),
            Err(FormatError::Plain("invalid conversion '%y' to 'format'".into()))
        );
        assert_eq!(
            format(b"%#d", &[Value::int(1)]),
            Err(FormatError::Plain("invalid conversion specification: '%#d'".into()))
        );
        assert_eq!(
            format(b"%123d", &[Value::int(1)]),
            Err(FormatError::Plain("invalid conversion specification: '%123d'".into()))
        );
    }
}

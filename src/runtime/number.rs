//! Number conversions with Lua 5.4's exact rules: number to string (`%.14g`, `%d`), string to
//! number (`l_str2int` / `l_str2d`: decimal, hex with wrap-around, hex floats, surrounding
//! whitespace), and float to integer conversions.

/// A number parsed from source text or a string.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Int(i64),
    Float(f64),
}

/// Formats `x` like C's `printf("%.{prec}g", x)` (glibc), without the `#` flag.
pub fn format_g(x: f64, prec: usize) -> String {
    let mut out = String::new();
    push_g(&mut out, x, prec, false);
    out
}

/// Appends `x` formatted as `%.{prec}g`; `alt` is the `#` flag (keep trailing zeros).
pub fn push_g(out: &mut String, x: f64, prec: usize, alt: bool) {
    if !x.is_finite() {
        push_nonfinite(out, x, false);
        return;
    }
    let p = if prec == 0 { 1 } else { prec };
    // The exponent %e would show with p significant digits decides between %e and %f.
    let e_form = format!("{:.*e}", p - 1, x);
    let exp: i32 = e_form[e_form.find('e').expect("exponent") + 1..].parse().expect("exp");
    if exp < -4 || exp >= p as i32 {
        let (mant, _) = e_form.split_at(e_form.find('e').expect("exponent"));
        let mant = if alt { mant.to_string() } else { strip_zeros(mant) };
        out.push_str(&mant);
        push_exp(out, exp, 'e');
    } else {
        let f_form = format!("{:.*}", (p as i32 - 1 - exp) as usize, x);
        if alt {
            out.push_str(&f_form);
            if !f_form.contains('.') {
                out.push('.');
            }
        } else {
            out.push_str(&strip_zeros(&f_form));
        }
    }
}

/// C's exponent suffix: sign and at least two digits (`e+05`, `e-123`).
pub fn push_exp(out: &mut String, exp: i32, e: char) {
    out.push(e);
    out.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&a.to_string());
}

/// `inf`, `-inf`, `nan`, `-nan` as glibc prints them (upper case for `%E %G %F %A`).
pub fn push_nonfinite(out: &mut String, x: f64, upper: bool) {
    if x.is_sign_negative() {
        out.push('-');
    }
    let s = if x.is_nan() { "nan" } else { "inf" };
    if upper { out.push_str(&s.to_ascii_uppercase()) } else { out.push_str(s) }
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        let t = s.trim_end_matches('0');
        t.strip_suffix('.').unwrap_or(t).to_string()
    } else {
        s.to_string()
    }
}

/// `tostring` of a float: `%.14g`, plus `.0` when the result looks like an integer.
pub fn float_to_string(x: f64) -> String {
    let mut s = format_g(x, 14);
    if s.bytes().all(|b| b == b'-' || b.is_ascii_digit()) {
        s.push_str(".0");
    }
    s
}

/// Appends the `tostring` text of a number to a byte buffer.
pub fn push_num(out: &mut Vec<u8>, n: Num) {
    match n {
        Num::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
        Num::Float(f) => out.extend_from_slice(float_to_string(f).as_bytes()),
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn trim(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&b| !is_space(b)).unwrap_or(s.len());
    let end = s.iter().rposition(|&b| !is_space(b)).map_or(start, |e| e + 1);
    &s[start..end]
}

fn hex_digit(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// Lua's string-to-number conversion (`lua_stringtonumber`): an integer if the text is an
/// integer numeral that fits (hex integers wrap around), else a float, else `None`.
pub fn str_to_number(s: &[u8]) -> Option<Num> {
    let t = trim(s);
    if t.is_empty() {
        return None;
    }
    if let Some(i) = str_to_int(t) {
        return Some(Num::Int(i));
    }
    str_to_float(t).map(Num::Float)
}

fn str_to_int(t: &[u8]) -> Option<i64> {
    let (neg, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut acc: u64 = 0;
    if body.len() > 2 && body[0] == b'0' && (body[1] | 0x20) == b'x' {
        for &b in &body[2..] {
            acc = acc.wrapping_mul(16).wrapping_add(hex_digit(b)? as u64);
        }
    } else {
        if body.is_empty() {
            return None;
        }
        // Decimal numerals that do not fit become floats (Lua's l_str2int rule).
        let limit = if neg { 1u64 << 63 } else { i64::MAX as u64 };
        for &b in body {
            if !b.is_ascii_digit() {
                return None;
            }
            acc = acc.checked_mul(10)?.checked_add((b - b'0') as u64)?;
            if acc > limit {
                return None;
            }
        }
    }
    Some(if neg { (acc as i64).wrapping_neg() } else { acc as i64 })
}

fn str_to_float(t: &[u8]) -> Option<f64> {
    // Lua rejects 'inf' and 'nan' spellings that strtod would accept.
    if t.iter().any(|&b| b == b'n' || b == b'N') {
        return None;
    }
    let (neg, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let v = if body.len() >= 2 && body[0] == b'0' && (body[1] | 0x20) == b'x' {
        hex_float(&body[2..])?
    } else {
        // Only characters of a decimal numeral; Rust's parser checks the shape.
        if body.is_empty()
            || !body.iter().all(|&b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
            || matches!(body[0], b'+' | b'-')
        {
            return None;
        }
        std::str::from_utf8(body).ok()?.parse::<f64>().ok()?
    };
    Some(if neg { -v } else { v })
}

/// Hex float body after `0x`: hex digits with an optional point and an optional binary
/// exponent `p[+-]ddd`.
fn hex_float(s: &[u8]) -> Option<f64> {
    let mut mant: u64 = 0;
    let mut exp: i64 = 0;
    let mut any_digit = false;
    let mut seen_point = false;
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        if b == b'.' {
            if seen_point {
                return None;
            }
            seen_point = true;
        } else if let Some(d) = hex_digit(b) {
            any_digit = true;
            if mant >> 60 == 0 {
                mant = mant * 16 + d as u64;
                if seen_point {
                    exp -= 4;
                }
            } else {
                // Too many digits to hold exactly: drop it, keep its weight.
                if d != 0 {
                    mant |= 1; // sticky bit, so rounding stays correct
                }
                if !seen_point {
                    exp += 4;
                }
            }
        } else {
            break;
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if i < s.len() {
        if s[i] | 0x20 != b'p' {
            return None;
        }
        i += 1;
        let (eneg, rest) = match s.get(i) {
            Some(b'-') => (true, &s[i + 1..]),
            Some(b'+') => (false, &s[i + 1..]),
            _ => (false, &s[i..]),
        };
        if rest.is_empty() || !rest.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let mut e: i64 = 0;
        for &b in rest {
            e = (e * 10 + (b - b'0') as i64).min(1 << 20);
        }
        exp += if eneg { -e } else { e };
    }
    Some(ldexp(mant as f64, exp))
}

/// `x * 2^e` without intermediate overflow or underflow for reasonable `e`.
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * 2f64.powi(e as i32)
}

/// 2^63: the first float above `i64::MAX` (and `-2^63` is `i64::MIN` exactly).
pub const TWO_POW_63: f64 = (1u64 << 63) as f64;

/// The integer with exactly the value of `f`, if there is one (Lua's `F2Ieq`).
#[inline]
pub fn float_to_int_exact(f: f64) -> Option<i64> {
    if (-TWO_POW_63..TWO_POW_63).contains(&f) {
        let i = f as i64;
        if i as f64 == f { Some(i) } else { None }
    } else {
        None
    }
}

/// `floor(f)` as an integer if it fits (Lua's `F2Ifloor`).
#[inline]
pub fn float_floor_to_int(f: f64) -> Option<i64> {
    float_to_int_exact(f.floor())
}

/// Parses a numeral from Lua source (the lexer hands over the exact numeral text).
pub fn parse_numeral(text: &str) -> Option<Num> {
    str_to_number(text.as_bytes())
}

/// `tonumber(s, base)` for bases 2..=36: an optional sign, then digits of the base,
/// surrounded by whitespace; wraps around like Lua.
pub fn str_to_int_base(s: &[u8], base: u32) -> Option<i64> {
    let t = trim(s);
    let (neg, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if body.is_empty() {
        return None;
    }
    let mut acc: i64 = 0;
    for &b in body {
        let d = (b as char).to_digit(36)?;
        if d >= base {
            return None;
        }
        acc = acc.wrapping_mul(base as i64).wrapping_add(d as i64);
    }
    Some(if neg { acc.wrapping_neg() } else { acc })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn g14_matches_c() {
        let cases: &[(f64, &str)] = &[
            (1e15, "1e+15"),
            (2f64.powi(53), "9.007199254741e+15"),
            (-0.0, "-0"),
            (3.0, "3"),
            (1e100, "1e+100"),
            (0.1, "0.1"),
            (1.0 / 3.0, "0.33333333333333"),
            (123456.789, "123456.789"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1e14, "1e+14"),
            (99999999999999.0, "99999999999999"),
            (2f64.powi(63), "9.2233720368548e+18"),
            (2.0 / 3.0, "0.66666666666667"),
        ];
        for &(x, want) in cases {
            assert_eq!(format_g(x, 14), want, "{x:?}");
        }
        assert_eq!(float_to_string(3.0), "3.0");
        assert_eq!(float_to_string(-0.0), "-0.0");
        assert_eq!(float_to_string(1e15), "1e+15");
        assert_eq!(float_to_string(f64::INFINITY), "inf");
        assert_eq!(float_to_string(-f64::INFINITY), "-inf");
        assert_eq!(float_to_string(-f64::NAN), "-nan");
        assert_eq!(float_to_string(f64::NAN), "nan");
    }

    #[test]
    fn string_to_number_like_lua() {
        assert_eq!(str_to_number(b"  0x1F  "), Some(Num::Int(31)));
        assert_eq!(str_to_number(b"10"), Some(Num::Int(10)));
        assert_eq!(str_to_number(b"-10"), Some(Num::Int(-10)));
        assert_eq!(str_to_number(b"1e1"), Some(Num::Float(10.0)));
        assert_eq!(str_to_number(b".5"), Some(Num::Float(0.5)));
        assert_eq!(str_to_number(b"5."), Some(Num::Float(5.0)));
        assert_eq!(str_to_number(b"0x1p-2"), Some(Num::Float(0.25)));
        assert_eq!(str_to_number(b"0x.8"), Some(Num::Float(0.5)));
        assert_eq!(str_to_number(b"0xA.8p1"), Some(Num::Float(21.0)));
        assert_eq!(str_to_number(b"0xffffffffffffffff"), Some(Num::Int(-1)));
        assert_eq!(str_to_number(b"9223372036854775807"), Some(Num::Int(i64::MAX)));
        assert_eq!(str_to_number(b"-9223372036854775808"), Some(Num::Int(i64::MIN)));
        assert_eq!(str_to_number(b"9223372036854775808"), Some(Num::Float(TWO_POW_63)));
        for bad in [&b""[..], b"0x", b" 1e ", b"abc", b"inf", b"nan", b"1e", b"--1", b"1 2", b"."] {
            assert_eq!(str_to_number(bad), None, "{:?}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn float_int_conversions() {
        assert_eq!(float_to_int_exact(3.0), Some(3));
        assert_eq!(float_to_int_exact(3.5), None);
        assert_eq!(float_to_int_exact(-TWO_POW_63), Some(i64::MIN));
        assert_eq!(float_to_int_exact(TWO_POW_63), None);
        assert_eq!(float_to_int_exact(f64::NAN), None);
        assert_eq!(float_floor_to_int(-3.5), Some(-4));
        assert_eq!(str_to_int_base(b"ff", 16), Some(255));
        assert_eq!(str_to_int_base(b"zz", 36), Some(1295));
        assert_eq!(str_to_int_base(b"8", 8), None);
        assert_eq!(str_to_int_base(b" -11 ", 2), Some(-3));
    }
}

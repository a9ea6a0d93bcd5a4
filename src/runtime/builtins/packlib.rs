//! `string.pack`, `string.unpack` and `string.packsize`: Lua 5.4's binary formats (`<`
//! `>` `=` `!n` endianness and alignment, `b B h H i[n] I[n] l L j J T f d n s[n] z x X`
//! and `c n`), with its limits and messages.

use super::*;

/// Lua's `MAXINTSIZE`, `SZINT` and the default maximum alignment (`!`).
const MAX_INT_SIZE: usize = 16;
const SZINT: usize = 8;
const MAX_ALIGN: usize = 8;
/// Lua's `MAXSIZE` for format sizes (`c` counts, total sizes).
const MAX_SIZE: usize = i32::MAX as usize;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Int,
    Uint,
    Float,
    Double,
    Char,
    Str,
    Zstr,
    Padding,
    PadAlign,
    Nop,
}

/// The format being read, and the state its options set.
struct Format<'a> {
    fmt: &'a [u8],
    pos: usize,
    little: bool,
    max_align: usize,
}

fn err(msg: String) -> BuiltinError {
    BuiltinError::Located(msg)
}

impl Format<'_> {
    fn new(fmt: &[u8]) -> Format<'_> {
        Format { fmt, pos: 0, little: cfg!(target_endian = "little"), max_align: 1 }
    }

    fn done(&self) -> bool {
        self.pos >= self.fmt.len()
    }

    /// A decimal count after an option, or `default`.
    fn num(&mut self, default: i64) -> i64 {
        if !self.fmt.get(self.pos).is_some_and(u8::is_ascii_digit) {
            return default;
        }
        let mut a: i64 = 0;
        while let Some(&c) = self.fmt.get(self.pos) {
            if !c.is_ascii_digit() || a > (MAX_SIZE as i64 - 9) / 10 {
                break;
            }
            a = a * 10 + (c - b'0') as i64;
            self.pos += 1;
        }
        a
    }

    fn num_limit(&mut self, default: usize) -> Result<usize, BuiltinError> {
        let n = self.num(default as i64);
        if n > MAX_INT_SIZE as i64 || n <= 0 {
            return Err(err(format!("integral size ({n}) out of limits [1,{MAX_INT_SIZE}]")));
        }
        Ok(n as usize)
    }

    /// The next option and its size (Lua's `getoption`).
    fn option(&mut self) -> Result<(Kind, usize), BuiltinError> {
        let opt = self.fmt[self.pos];
        self.pos += 1;
        Ok(match opt {
            b'b' => (Kind::Int, 1),
            b'B' => (Kind::Uint, 1),
            b'h' => (Kind::Int, 2),
            b'H' => (Kind::Uint, 2),
            b'l' | b'j' => (Kind::Int, 8),
            b'L' | b'J' | b'T' => (Kind::Uint, 8),
            b'f' => (Kind::Float, 4),
            b'n' | b'd' => (Kind::Double, 8),
            b'i' => (Kind::Int, self.num_limit(4)?),
            b'I' => (Kind::Uint, self.num_limit(4)?),
            b's' => (Kind::Str, self.num_limit(8)?),
            b'c' => {
                let n = self.num(-1);
                if n == -1 {
                    return Err(err("missing size for format option 'c'".into()));
                }
                (Kind::Char, n as usize)
            }
            b'z' => (Kind::Zstr, 0),
            b'x' => (Kind::Padding, 1),
            b'X' => (Kind::PadAlign, 0),
            b' ' => (Kind::Nop, 0),
            b'<' => {
                self.little = true;
                (Kind::Nop, 0)
            }
            b'>' => {
                self.little = false;
                (Kind::Nop, 0)
            }
            b'=' => {
                self.little = cfg!(target_endian = "little");
                (Kind::Nop, 0)
            }
            b'!' => {
                self.max_align = self.num_limit(MAX_ALIGN)?;
                (Kind::Nop, 0)
            }
            c => return Err(err(format!("invalid format option '{}'", c as char))),
        })
    }

    /// The next option, its size and the padding before it at offset `total` (Lua's
    /// `getdetails`).
    fn details(&mut self, total: usize) -> Result<(Kind, usize, usize), BuiltinError> {
        let (kind, size) = self.option()?;
        let mut align = size;
        if kind == Kind::PadAlign {
            let next = if self.done() { None } else { Some(self.option()?) };
            match next {
                Some((k, a)) if k != Kind::Char && a != 0 => align = a,
                _ => return Err(arg_error(1, "invalid next option for option 'X'")),
            }
        }
        let pad = if align <= 1 || kind == Kind::Char {
            0
        } else {
            let align = align.min(self.max_align);
            if !align.is_power_of_two() {
                return Err(arg_error(1, "format asks for alignment not power of 2"));
            }
            (align - (total & (align - 1))) & (align - 1)
        };
        Ok((kind, size, pad))
    }
}

/// `n` in `size` bytes (sign-extended past 8 bytes when negative).
fn pack_int(out: &mut Vec<u8>, n: u64, little: bool, size: usize, neg: bool) {
    let mut bytes = vec![0u8; size];
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = if i < SZINT {
            (n >> (8 * i)) as u8
        } else if neg {
            0xff
        } else {
            0
        };
    }
    if !little {
        bytes.reverse();
    }
    out.extend_from_slice(&bytes);
}

fn unpack_int(data: &[u8], little: bool, size: usize, signed: bool) -> Result<i64, BuiltinError> {
    let at = |i: usize| if little { data[i] } else { data[size - 1 - i] };
    let limit = size.min(SZINT);
    let mut res: u64 = 0;
    for i in (0..limit).rev() {
        res = (res << 8) | at(i) as u64;
    }
    if size < SZINT {
        if signed {
            let mask = 1u64 << (size * 8 - 1);
            res = (res ^ mask).wrapping_sub(mask);
        }
    } else if size > SZINT {
        let fill = if !signed || (res as i64) >= 0 { 0 } else { 0xff };
        if (limit..size).any(|i| at(i) != fill) {
            return Err(err(format!("{size}-byte integer does not fit into Lua Integer")));
        }
    }
    Ok(res as i64)
}

fn fixed<const N: usize>(bytes: [u8; N], little: bool) -> [u8; N] {
    let mut b = bytes;
    if little != cfg!(target_endian = "little") {
        b.reverse();
    }
    b
}

/// `string.pack(fmt, v1, v2, ...)`.
pub(super) fn s_pack(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    // (Lua pushes a nil after the arguments: the first missing one is "got nil".)
    let mut padded = Vec::with_capacity(args.len() + 1);
    padded.extend_from_slice(args);
    padded.push(Value::NIL);
    let args = &padded[..];
    let fmt = check_str(args, 0)?.into_owned();
    let mut f = Format::new(&fmt);
    let mut out = Vec::new();
    let mut arg = 0;
    while !f.done() {
        let (kind, size, pad) = f.details(out.len())?;
        out.resize(out.len() + pad, 0);
        arg += 1;
        match kind {
            Kind::Int => {
                let n = check_int(args, arg)?;
                if size < SZINT {
                    let lim = 1i64 << (size * 8 - 1);
                    if !(-lim <= n && n < lim) {
                        return Err(arg_error(arg + 1, "integer overflow"));
                    }
                }
                pack_int(&mut out, n as u64, f.little, size, n < 0);
            }
            Kind::Uint => {
                let n = check_int(args, arg)?;
                if size < SZINT && (n as u64) >= (1u64 << (size * 8)) {
                    return Err(arg_error(arg + 1, "unsigned overflow"));
                }
                pack_int(&mut out, n as u64, f.little, size, false);
            }
            Kind::Float => out.extend_from_slice(&fixed((check_float(args, arg)? as f32).to_ne_bytes(), f.little)),
            Kind::Double => out.extend_from_slice(&fixed(check_float(args, arg)?.to_ne_bytes(), f.little)),
            Kind::Char => {
                let s = check_str(args, arg)?;
                if s.len() > size {
                    return Err(arg_error(arg + 1, "string longer than given size"));
                }
                out.extend_from_slice(&s);
                out.resize(out.len() + size - s.len(), 0);
            }
            Kind::Str => {
                let s = check_str(args, arg)?;
                if size < 8 && s.len() as u64 >= 1u64 << (size * 8) {
                    return Err(arg_error(arg + 1, "string length does not fit in given size"));
                }
                pack_int(&mut out, s.len() as u64, f.little, size, false);
                out.extend_from_slice(&s);
            }
            Kind::Zstr => {
                let s = check_str(args, arg)?;
                if s.contains(&0) {
                    return Err(arg_error(arg + 1, "string contains zeros"));
                }
                out.extend_from_slice(&s);
                out.push(0);
            }
            Kind::Padding => {
                out.push(0);
                arg -= 1;
            }
            Kind::PadAlign | Kind::Nop => arg -= 1,
        }
    }
    new_str(h, &out)
}

/// `string.packsize(fmt)`: the size of what `pack` makes (no variable-size options).
pub(super) fn s_packsize(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let fmt = check_str(args, 0)?.into_owned();
    let mut f = Format::new(&fmt);
    let mut total: usize = 0;
    while !f.done() {
        let (kind, size, pad) = f.details(total)?;
        if matches!(kind, Kind::Str | Kind::Zstr) {
            return Err(arg_error(1, "variable-length format"));
        }
        let size = size + pad;
        if total > MAX_SIZE - size {
            return Err(arg_error(1, "format result too large"));
        }
        total += size;
    }
    Ok(Some(Value::int(total as i64)))
}

/// `string.unpack(fmt, s [, pos])`: the values, then the position after them.
pub(super) fn s_unpack(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let fmt = check_str(args, 0)?.into_owned();
    let data = check_str(args, 1)?.into_owned();
    let ld = data.len();
    let init = opt_int(args, 2, 1)?;
    let mut pos = if init > 0 {
        init as usize - 1
    } else if init == 0 || init.unsigned_abs() > ld as u64 {
        0
    } else {
        (ld as i64 + init) as usize
    };
    if pos > ld {
        return Err(arg_error(3, "initial position out of string"));
    }
    let mut f = Format::new(&fmt);
    let mut vals = Vec::new();
    while !f.done() {
        let (kind, size, pad) = f.details(pos)?;
        if pad + size > ld - pos {
            return Err(arg_error(2, "data string too short"));
        }
        pos += pad;
        let here = &data[pos..];
        match kind {
            Kind::Int | Kind::Uint => vals.push(Value::int(unpack_int(here, f.little, size, kind == Kind::Int)?)),
            Kind::Float => {
                let b = fixed([here[0], here[1], here[2], here[3]], f.little);
                vals.push(Value::float(f32::from_ne_bytes(b) as f64));
            }
            Kind::Double => {
                let mut b = [0u8; 8];
                b.copy_from_slice(&here[..8]);
                vals.push(Value::float(f64::from_ne_bytes(fixed(b, f.little))));
            }
            Kind::Char => vals.push(new_str(h, &here[..size])?.expect("a string")),
            Kind::Str => {
                let len = unpack_int(here, f.little, size, false)? as u64;
                if len > (ld - pos - size) as u64 {
                    return Err(arg_error(2, "data string too short"));
                }
                let len = len as usize;
                vals.push(new_str(h, &here[size..size + len])?.expect("a string"));
                pos += len;
            }
            Kind::Zstr => {
                let len = here.iter().position(|&c| c == 0).unwrap_or(here.len());
                if pos + len >= ld {
                    return Err(arg_error(2, "unfinished string for format 'z'"));
                }
                vals.push(new_str(h, &here[..len])?.expect("a string"));
                pos += len + 1;
            }
            Kind::Padding | Kind::PadAlign | Kind::Nop => {}
        }
        pos += size;
    }
    if !h.room_for_results(vals.len() + 1) {
        return Err(BuiltinError::Located("too many results".into()));
    }
    vals.push(Value::int(pos as i64 + 1));
    results(h, vals)
}

//! The bytecode text format: prints a [`Program`] and parses it back (a round trip), so
//! programs can be inspected (`strata disasm`) and tests can be written in bytecode.
//!
//! ```text
//! .chunk "fib.lua"
//! .main 0
//! .const 0 int 42                 ; int | float | str "..." (globals are named by string constants)
//! .function 1 "fib" arity=1 locals=1 stack=4 typefb=3 callfb=2 line=1   (then " vararg" for `...`)
//! .upval "fib" local 0            ; local N | upval N
//! .local 0 "n" 37 95              ; slot name start end
//! .lastline 3                    ; the line of the function's `end`
//!     37: GetLocal 0 @2           ; [ip:] Opcode operands... [@line]
//!         .bytes 0xff             ; raw bytes (for testing the verifier)
//! .end
//! ```
//!
//! Instruction ips are optional when parsing (if given they must match); `@line` is
//! optional (the previous line carries on).

use super::opcodes::Op;
use super::program::{Constant, Emitter, Function, LocalName, Program, SlotRange, UpvalDesc, decode};
use std::fmt::Write as _;

/// A text-format parse error with its line.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("bytecode text line {line}: {message}")]
pub struct TextError {
    pub line: usize,
    pub message: String,
}

fn escape(bytes: &[u8]) -> String {
    let mut s = String::from("\"");
    for &b in bytes {
        match b {
            b'"' => s.push_str("\\\""),
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\t' => s.push_str("\\t"),
            b'\r' => s.push_str("\\r"),
            0x20..=0x7e => s.push(b as char),
            _ => {
                let _ = write!(s, "\\x{b:02x}");
            }
        }
    }
    s.push('"');
    s
}

fn float_text(f: f64) -> String {
    if f.is_nan() {
        if f.is_sign_negative() { "-nan".into() } else { "nan".into() }
    } else if f.is_infinite() {
        if f < 0.0 { "-inf".into() } else { "inf".into() }
    } else {
        format!("{f:?}")
    }
}

/// Prints `program` in the text format.
pub fn print(program: &Program) -> String {
    let mut out = String::new();
    let _ = writeln!(out, ".chunk {}", escape(program.chunk_name.as_bytes()));
    let _ = writeln!(out, ".main {}", program.main);
    for (i, c) in program.constants.iter().enumerate() {
        let _ = match c {
            Constant::Int(v) => writeln!(out, ".const {i} int {v}"),
            Constant::Float(f) => writeln!(out, ".const {i} float {}", float_text(*f)),
            Constant::Str(s) => writeln!(out, ".const {i} str {}", escape(s)),
        };
    }
    let mut order: Vec<usize> = (0..program.functions.len()).collect();
    order.sort_by_key(|&i| program.functions[i].entry_point);
    for i in order {
        out.push_str(&print_function(program, i));
    }
    out
}

/// Prints one function (used by `print` and by `strata disasm`).
pub fn print_function(program: &Program, index: usize) -> String {
    let f = &program.functions[index];
    let mut out = String::new();
    let _ = writeln!(
        out,
        ".function {index} {} arity={} locals={} stack={} typefb={} callfb={} line={}{}",
        escape(f.name.as_bytes()),
        f.arity,
        f.locals_count,
        f.max_stack,
        f.type_fb_count,
        f.call_fb_count,
        f.line_defined,
        if f.is_vararg { " vararg" } else { "" }
    );
    for u in &f.upvals {
        let _ = writeln!(
            out,
            ".upval {} {} {}",
            escape(u.name.as_bytes()),
            if u.from_local { "local" } else { "upval" },
            u.index
        );
    }
    for l in &f.local_names {
        let _ = writeln!(out, ".local {} {} {} {}", l.slot, escape(l.name.as_bytes()), l.start, l.end);
    }
    for r in &f.slot_ranges {
        let _ = writeln!(out, ".slot {} {} {}", r.slot, r.start, r.end);
    }
    if f.last_line != 0 {
        let _ = writeln!(out, ".lastline {}", f.last_line);
    }
    let mut ip = f.entry_point;
    let mut last_line = None;
    while ip < f.end() {
        match decode(&program.code, ip) {
            Ok(ins) if ins.next_ip() <= f.end() => {
                let _ = write!(out, "{:>6}: {}", ip, ins.op.name());
                for (k, v) in ins.operands().iter().enumerate() {
                    if ins.op.info().operands[k] == super::opcodes::OperandKind::Imm {
                        let _ = write!(out, " {}", *v as i32);
                    } else {
                        let _ = write!(out, " {v}");
                    }
                }
                let line = f.line_at(ip);
                if last_line != Some(line) {
                    let _ = write!(out, " @{line}");
                    last_line = Some(line);
                }
                out.push('\n');
                ip = ins.next_ip();
            }
            _ => {
                // Undecodable bytes print as raw bytes, so any program round-trips.
                let _ = writeln!(out, "        .bytes {:#04x}", program.code[ip as usize]);
                ip += 1;
            }
        }
    }
    out.push_str(".end\n");
    out
}

/// Splits a line into words, keeping quoted strings (with escapes) as single words and
/// dropping `;` comments.
fn words(line: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == ';' {
            break;
        } else if c == '"' {
            let mut w = String::from('"');
            chars.next();
            loop {
                match chars.next() {
                    None => return Err("unterminated string".into()),
                    Some('\\') => {
                        w.push('\\');
                        w.push(chars.next().ok_or("unterminated escape")?);
                    }
                    Some('"') => {
                        w.push('"');
                        break;
                    }
                    Some(ch) => w.push(ch),
                }
            }
            out.push(w);
        } else {
            let mut w = String::new();
            while let Some(&ch) = chars.peek() {
                if ch.is_whitespace() || ch == ';' {
                    break;
                }
                w.push(ch);
                chars.next();
            }
            out.push(w);
        }
    }
    Ok(out)
}

fn unescape(word: &str) -> Result<Vec<u8>, String> {
    let inner = word
        .strip_prefix('"')
        .and_then(|w| w.strip_suffix('"'))
        .ok_or_else(|| format!("expected a string, got {word}"))?;
    let mut out = Vec::new();
    let b = inner.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            let e = *b.get(i + 1).ok_or("bad escape")?;
            i += 2;
            match e {
                b'n' => out.push(b'\n'),
                b't' => out.push(b'\t'),
                b'r' => out.push(b'\r'),
                b'\\' => out.push(b'\\'),
                b'"' => out.push(b'"'),
                b'x' => {
                    let hex = inner.get(i..i + 2).ok_or("bad \\x escape")?;
                    out.push(u8::from_str_radix(hex, 16).map_err(|_| "bad \\x escape")?);
                    i += 2;
                }
                _ => return Err(format!("unknown escape \\{}", e as char)),
            }
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Ok(out)
}

fn num<T: std::str::FromStr>(w: &str) -> Result<T, String> {
    w.parse::<T>().map_err(|_| format!("expected a number, got '{w}'"))
}

/// Parses a number that may be written in hex (`0x..`).
fn uint(w: &str) -> Result<u32, String> {
    if let Some(h) = w.strip_prefix("0x") {
        u32::from_str_radix(h, 16).map_err(|_| format!("bad hex number '{w}'"))
    } else {
        num(w)
    }
}

fn key_value<'a>(w: &'a str, key: &str) -> Result<&'a str, String> {
    w.strip_prefix(key).and_then(|r| r.strip_prefix('=')).ok_or_else(|| format!("expected {key}=N, got '{w}'"))
}

/// Parses the text format into a program (not verified: run the verifier on it).
pub fn parse(text: &str) -> Result<Program, TextError> {
    let mut program = Program {
        chunk_name: "?".into(),
        chunks: Vec::new(),
        code: Vec::new(),
        constants: Vec::new(),
        functions: Vec::new(),
        main: 0,
    };
    let mut em = Emitter::default();
    let mut current: Option<(usize, Function)> = None;
    let mut slots: Vec<Option<Function>> = Vec::new();
    let line_count = text.lines().count();
    for (n, raw) in text.lines().enumerate() {
        let lineno = n + 1;
        let err = |message: String| TextError { line: lineno, message };
        let w = words(raw).map_err(err)?;
        let Some(head) = w.first() else { continue };
        let arg = |k: usize| w.get(k).map(String::as_str).ok_or_else(|| err(format!("missing operand {k}")));
        match head.as_str() {
            ".chunk" => program.chunk_name = String::from_utf8_lossy(&unescape(arg(1)?).map_err(err)?).into_owned(),
            ".main" => program.main = uint(arg(1)?).map_err(err)?,
            ".const" => {
                let idx: usize = num(arg(1)?).map_err(err)?;
                if idx != program.constants.len() {
                    return Err(err(format!("constant {idx} out of order")));
                }
                let c = match arg(2)? {
                    "int" => Constant::Int(num(arg(3)?).map_err(err)?),
                    "float" => Constant::Float(match arg(3)? {
                        "nan" => f64::NAN,
                        "-nan" => -f64::NAN,
                        "inf" => f64::INFINITY,
                        "-inf" => f64::NEG_INFINITY,
                        w => num(w).map_err(err)?,
                    }),
                    "str" => Constant::Str(unescape(arg(3)?).map_err(err)?),
                    k => return Err(err(format!("unknown constant kind '{k}'"))),
                };
                program.constants.push(c);
            }
            ".function" => {
                if current.is_some() {
                    return Err(err("nested .function (missing .end)".into()));
                }
                let idx: usize = num(arg(1)?).map_err(err)?;
                // Functions are numbered densely, one `.function` line each: an index beyond
                // the text's line count names a function that cannot exist (and would size
                // the table by it).
                if idx >= line_count {
                    return Err(err(format!("function index {idx} is beyond any function this text defines")));
                }
                let name = String::from_utf8_lossy(&unescape(arg(2)?).map_err(err)?).into_owned();
                let f = Function {
                    name,
                    entry_point: em.here(),
                    body_length: 0,
                    arity: uint(key_value(arg(3)?, "arity").map_err(err)?).map_err(err)?,
                    locals_count: uint(key_value(arg(4)?, "locals").map_err(err)?).map_err(err)?,
                    max_stack: uint(key_value(arg(5)?, "stack").map_err(err)?).map_err(err)?,
                    type_fb_count: uint(key_value(arg(6)?, "typefb").map_err(err)?).map_err(err)?,
                    call_fb_count: uint(key_value(arg(7)?, "callfb").map_err(err)?).map_err(err)?,
                    line_defined: uint(key_value(arg(8)?, "line").map_err(err)?).map_err(err)?,
                    is_vararg: match arg(9) {
                        Err(_) => false,
                        Ok("vararg") => true,
                        Ok(other) => {
                            return Err(err(format!("expected 'vararg' or the end of the line, got '{other}'")));
                        }
                    },
                    last_line: 0,
                    upvals: Vec::new(),
                    lines: Vec::new(),
                    local_names: Vec::new(),
                    slot_ranges: Vec::new(),
                };
                em.lines.clear();
                current = Some((idx, f));
            }
            ".upval" => {
                let (_, f) = current.as_mut().ok_or_else(|| err(".upval outside a function".into()))?;
                let name = String::from_utf8_lossy(&unescape(arg(1)?).map_err(err)?).into_owned();
                let from_local = match arg(2)? {
                    "local" => true,
                    "upval" => false,
                    k => return Err(err(format!("expected local or upval, got '{k}'"))),
                };
                f.upvals.push(UpvalDesc { from_local, index: uint(arg(3)?).map_err(err)?, name });
            }
            ".local" => {
                let (_, f) = current.as_mut().ok_or_else(|| err(".local outside a function".into()))?;
                f.local_names.push(LocalName {
                    slot: uint(arg(1)?).map_err(err)?,
                    name: String::from_utf8_lossy(&unescape(arg(2)?).map_err(err)?).into_owned(),
                    start: uint(arg(3)?).map_err(err)?,
                    end: uint(arg(4)?).map_err(err)?,
                });
            }
            ".lastline" => {
                let (_, f) = current.as_mut().ok_or_else(|| err(".lastline outside a function".into()))?;
                f.last_line = uint(arg(1)?).map_err(err)?;
            }
            ".slot" => {
                let (_, f) = current.as_mut().ok_or_else(|| err(".slot outside a function".into()))?;
                f.slot_ranges.push(SlotRange {
                    slot: uint(arg(1)?).map_err(err)?,
                    start: uint(arg(2)?).map_err(err)?,
                    end: uint(arg(3)?).map_err(err)?,
                });
            }
            ".bytes" => {
                current.as_ref().ok_or_else(|| err(".bytes outside a function".into()))?;
                for b in &w[1..] {
                    let v = uint(b).map_err(err)?;
                    em.code.push(u8::try_from(v).map_err(|_| err(format!("byte {v} out of range")))?);
                }
            }
            ".end" => {
                let (idx, mut f) = current.take().ok_or_else(|| err(".end without .function".into()))?;
                f.body_length = em.here() - f.entry_point;
                f.lines = std::mem::take(&mut em.lines);
                if slots.len() <= idx {
                    slots.resize(idx + 1, None);
                }
                if slots[idx].is_some() {
                    return Err(err(format!("function {idx} defined twice")));
                }
                slots[idx] = Some(f);
            }
            _ => {
                let (_, f) =
                    current.as_mut().ok_or_else(|| err(format!("instruction outside a function: '{head}'")))?;
                let mut k = 0;
                if let Some(ip) = w[0].strip_suffix(':') {
                    let ip: u32 = num(ip).map_err(err)?;
                    if ip != em.here() {
                        return Err(err(format!("ip label {ip} does not match the position {}", em.here())));
                    }
                    k = 1;
                }
                let name = w.get(k).ok_or_else(|| err("missing opcode".into()))?;
                let op = Op::from_name(name).ok_or_else(|| err(format!("unknown opcode '{name}'")))?;
                let mut operands = Vec::new();
                let mut line = em.lines.last().map_or(f.line_defined, |&(_, l)| l);
                for word in &w[k + 1..] {
                    if let Some(l) = word.strip_prefix('@') {
                        line = num(l).map_err(err)?;
                    } else if let Ok(v) = word.parse::<i32>() {
                        operands.push(v as u32);
                    } else {
                        operands.push(uint(word).map_err(err)?);
                    }
                }
                if operands.len() != op.info().operands.len() {
                    return Err(err(format!(
                        "{} takes {} operands, got {}",
                        op.name(),
                        op.info().operands.len(),
                        operands.len()
                    )));
                }
                em.emit(op, &operands, line);
            }
        }
    }
    if current.is_some() {
        return Err(TextError { line: text.lines().count(), message: "missing .end".into() });
    }
    program.functions = slots
        .into_iter()
        .enumerate()
        .map(|(i, f)| f.ok_or_else(|| TextError { line: 0, message: format!("function {i} is missing") }))
        .collect::<Result<_, _>>()?;
    program.code = em.code;
    Ok(program)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiled_programs_round_trip() {
        let src = br#"
            local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
            local s = "a\n\"b\"\0"
            for i = 1, 3 do print(i, fib(i), s .. i, 2.5, -0.0, math.huge, 1 // 0.0) end
            x = function(a, b) return a < b end
        "#;
        let p = crate::lang::compile(src, "t.lua").expect("compiles");
        let text = print(&p);
        let q = parse(&text).expect("parses");
        assert_eq!(p, q);
        assert_eq!(text, print(&q));
    }
}

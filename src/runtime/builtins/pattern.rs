//! Lua 5.4's string patterns and the functions that use them: `string.find`, `match`,
//! `gmatch` and `gsub`, with Lua's semantics, limits and messages (`malformed pattern (...)`,
//! `invalid capture index %N`, `invalid pattern capture`, `unfinished capture`, `too many
//! captures`, `pattern too complex`).
//!
//! The matcher is a backtracking matcher over bytes, as Lua's: single-character classes
//! (`.`, `%a`..., sets `[...]`) with the quantifiers `* + - ?`, anchors, captures (position
//! captures `()` included), back-references `%1`-`%9`, `%b` and `%f`. Its recursion is
//! bounded by Lua's `MAXCCALLS` (200): deeper is `pattern too complex`.

use super::*;
use std::sync::atomic::{AtomicU32, Ordering};

/// Lua's `LUA_MAXCAPTURES`.
const MAX_CAPTURES: usize = 32;
/// Lua's `MAXCCALLS` for the matcher's recursion.
const MAX_DEPTH: u32 = 200;
/// Match steps between two polls of the host's interrupt request (a backtracking pattern
/// can run for ages on a short subject).
const POLL_STEPS: u32 = 1 << 14;
/// The bytes that make a pattern more than a plain string (`find` searches plainly without
/// them).
const SPECIALS: &[u8] = b"^$*+?.([%-";

/// The length of a capture still open, and the mark of a position capture.
#[derive(Clone, Copy, PartialEq, Debug)]
enum CapLen {
    Unfinished,
    Position,
    Len(usize),
}

fn err(msg: &str) -> BuiltinError {
    BuiltinError::Located(msg.to_string())
}

/// One match attempt's state (Lua's `MatchState`): positions are byte indices into `src`
/// and `pat`.
struct Matcher<'a> {
    src: &'a [u8],
    pat: &'a [u8],
    depth: u32,
    level: usize,
    caps: [(usize, CapLen); MAX_CAPTURES],
    /// The VM's interrupt word ([`Host::interrupt_flag`]), read every [`POLL_STEPS`] steps.
    interrupt: *const AtomicU32,
    steps: u32,
}

type Found = Result<Option<usize>, BuiltinError>;

/// C's `<ctype.h>` classes in the "C" locale, by Lua's class letter (lowercase).
fn class_matches(c: u8, class: u8) -> bool {
    let yes = match class.to_ascii_lowercase() {
        b'a' => c.is_ascii_alphabetic(),
        b'c' => c.is_ascii_control(),
        b'd' => c.is_ascii_digit(),
        b'g' => c.is_ascii_graphic(),
        b'l' => c.is_ascii_lowercase(),
        b'p' => c.is_ascii_punctuation(),
        b's' => matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'),
        b'u' => c.is_ascii_uppercase(),
        b'w' => c.is_ascii_alphanumeric(),
        b'x' => c.is_ascii_hexdigit(),
        // Deprecated, still in Lua 5.4: the zero byte.
        b'z' => c == 0,
        // Any other escaped character stands for itself.
        _ => return class == c,
    };
    // An uppercase class letter is the complement.
    if class.is_ascii_uppercase() { !yes } else { yes }
}

impl<'a> Matcher<'a> {
    fn new(h: &dyn Host, src: &'a [u8], pat: &'a [u8]) -> Self {
        Matcher {
            src,
            pat,
            depth: MAX_DEPTH,
            level: 0,
            caps: [(0, CapLen::Unfinished); MAX_CAPTURES],
            interrupt: h.interrupt_flag(),
            steps: POLL_STEPS,
        }
    }

    /// Ready for a new attempt (Lua's `reprepstate`).
    fn reset(&mut self) {
        self.level = 0;
        self.depth = MAX_DEPTH;
    }

    /// The pattern byte at `p`, 0 past its end (where C reads the terminating NUL).
    fn pat_at(&self, p: usize) -> u8 {
        self.pat.get(p).copied().unwrap_or(0)
    }

    /// The subject byte at `s`, 0 past its end.
    fn src_at(&self, s: usize) -> u8 {
        self.src.get(s).copied().unwrap_or(0)
    }

    /// The end of the single-character class starting at `p`.
    fn class_end(&self, mut p: usize) -> Result<usize, BuiltinError> {
        let c = self.pat[p];
        p += 1;
        match c {
            b'%' => {
                if p >= self.pat.len() {
                    return Err(err("malformed pattern (ends with '%')"));
                }
                Ok(p + 1)
            }
            b'[' => {
                if self.pat_at(p) == b'^' {
                    p += 1;
                }
                // The first character (even `]`) belongs to the set.
                loop {
                    if p >= self.pat.len() {
                        return Err(err("malformed pattern (missing ']')"));
                    }
                    let cc = self.pat[p];
                    p += 1;
                    if cc == b'%' && p < self.pat.len() {
                        p += 1;
                    }
                    if self.pat_at(p) == b']' {
                        return Ok(p + 1);
                    }
                }
            }
            _ => Ok(p),
        }
    }

    /// Whether `c` is in the set `[...]` at `p`, whose `]` is at `ec`.
    fn in_set(&self, c: u8, mut p: usize, ec: usize) -> bool {
        let mut yes = true;
        if self.pat_at(p + 1) == b'^' {
            yes = false;
            p += 1;
        }
        p += 1;
        while p < ec {
            let pc = self.pat[p];
            if pc == b'%' {
                p += 1;
                if class_matches(c, self.pat_at(p)) {
                    return yes;
                }
            } else if self.pat_at(p + 1) == b'-' && p + 2 < ec {
                if pc <= c && c <= self.pat[p + 2] {
                    return yes;
                }
                p += 2;
            } else if pc == c {
                return yes;
            }
            p += 1;
        }
        !yes
    }

    /// Whether the subject byte at `s` matches the class at `p..ep`.
    fn single(&self, s: usize, p: usize, ep: usize) -> bool {
        let Some(&c) = self.src.get(s) else { return false };
        match self.pat[p] {
            b'.' => true,
            b'%' => class_matches(c, self.pat_at(p + 1)),
            b'[' => self.in_set(c, p, ep - 1),
            pc => pc == c,
        }
    }

    /// Matches the pattern from `p` against the subject from `s`: the end of the match.
    fn do_match(&mut self, mut s: usize, mut p: usize) -> Found {
        if self.depth == 0 {
            return Err(err("pattern too complex"));
        }
        self.steps -= 1;
        if self.steps == 0 {
            self.steps = POLL_STEPS;
            // SAFETY: the VM (which owns the word) outlives every builtin call.
            if unsafe { (*self.interrupt).load(Ordering::Relaxed) } != 0 {
                return Err(err(crate::runtime::arith::INTERRUPTED));
            }
        }
        self.depth -= 1;
        let r = loop {
            if p >= self.pat.len() {
                break Some(s);
            }
            match self.pat[p] {
                b'(' => {
                    break if self.pat_at(p + 1) == b')' {
                        self.start_capture(s, p + 2, CapLen::Position)?
                    } else {
                        self.start_capture(s, p + 1, CapLen::Unfinished)?
                    };
                }
                b')' => break self.end_capture(s, p + 1)?,
                b'$' if p + 1 == self.pat.len() => break (s == self.src.len()).then_some(s),
                b'%' if self.pat_at(p + 1) == b'b' => match self.balance(s, p + 2)? {
                    Some(e) => {
                        s = e;
                        p += 4;
                    }
                    None => break None,
                },
                b'%' if self.pat_at(p + 1) == b'f' => {
                    p += 2;
                    if self.pat_at(p) != b'[' {
                        return Err(err("missing '[' after '%f' in pattern"));
                    }
                    let ep = self.class_end(p)?;
                    let prev = if s == 0 { 0 } else { self.src[s - 1] };
                    if !self.in_set(prev, p, ep - 1) && self.in_set(self.src_at(s), p, ep - 1) {
                        p = ep;
                    } else {
                        break None;
                    }
                }
                b'%' if self.pat_at(p + 1).is_ascii_digit() => match self.back_reference(s, self.pat[p + 1])? {
                    Some(e) => {
                        s = e;
                        p += 2;
                    }
                    None => break None,
                },
                _ => {
                    let ep = self.class_end(p)?;
                    let q = self.pat_at(ep);
                    if !self.single(s, p, ep) {
                        if matches!(q, b'*' | b'?' | b'-') && ep < self.pat.len() {
                            // Zero occurrences accepted.
                            p = ep + 1;
                            continue;
                        }
                        break None;
                    }
                    match q {
                        b'?' if ep < self.pat.len() => match self.do_match(s + 1, ep + 1)? {
                            Some(e) => break Some(e),
                            None => p = ep + 1,
                        },
                        b'+' if ep < self.pat.len() => break self.max_expand(s + 1, p, ep)?,
                        b'*' if ep < self.pat.len() => break self.max_expand(s, p, ep)?,
                        b'-' if ep < self.pat.len() => break self.min_expand(s, p, ep)?,
                        _ => {
                            s += 1;
                            p = ep;
                        }
                    }
                }
            }
        };
        self.depth += 1;
        Ok(r)
    }

    /// As many repetitions as possible, then fewer until the rest matches.
    fn max_expand(&mut self, s: usize, p: usize, ep: usize) -> Found {
        let mut i = 0;
        while self.single(s + i, p, ep) {
            i += 1;
        }
        loop {
            if let Some(e) = self.do_match(s + i, ep + 1)? {
                return Ok(Some(e));
            }
            if i == 0 {
                return Ok(None);
            }
            i -= 1;
        }
    }

    /// As few repetitions as possible, more until the rest matches.
    fn min_expand(&mut self, mut s: usize, p: usize, ep: usize) -> Found {
        loop {
            if let Some(e) = self.do_match(s, ep + 1)? {
                return Ok(Some(e));
            }
            if self.single(s, p, ep) {
                s += 1;
            } else {
                return Ok(None);
            }
        }
    }

    fn start_capture(&mut self, s: usize, p: usize, what: CapLen) -> Found {
        if self.level >= MAX_CAPTURES {
            return Err(err("too many captures"));
        }
        self.caps[self.level] = (s, what);
        self.level += 1;
        let r = self.do_match(s, p)?;
        if r.is_none() {
            self.level -= 1;
        }
        Ok(r)
    }

    fn end_capture(&mut self, s: usize, p: usize) -> Found {
        let Some(l) = (0..self.level).rev().find(|&l| self.caps[l].1 == CapLen::Unfinished) else {
            return Err(err("invalid pattern capture"));
        };
        self.caps[l].1 = CapLen::Len(s - self.caps[l].0);
        let r = self.do_match(s, p)?;
        if r.is_none() {
            self.caps[l].1 = CapLen::Unfinished;
        }
        Ok(r)
    }

    /// `%bxy` at `p` (`x` and `y` there).
    fn balance(&self, s: usize, p: usize) -> Found {
        if p + 1 >= self.pat.len() {
            return Err(err("malformed pattern (missing arguments to '%b')"));
        }
        let (open, close) = (self.pat[p], self.pat[p + 1]);
        if s >= self.src.len() || self.src[s] != open {
            return Ok(None);
        }
        let mut depth = 1;
        for (i, &c) in self.src.iter().enumerate().skip(s + 1) {
            if c == close {
                depth -= 1;
                if depth == 0 {
                    return Ok(Some(i + 1));
                }
            } else if c == open {
                depth += 1;
            }
        }
        Ok(None)
    }

    /// `%1`..`%9`: the text of a closed capture again.
    fn back_reference(&self, s: usize, digit: u8) -> Found {
        let l = digit as i64 - b'1' as i64;
        if l < 0 || l as usize >= self.level || self.caps[l as usize].1 == CapLen::Unfinished {
            return Err(err(&format!("invalid capture index %{}", l + 1)));
        }
        let (start, len) = self.caps[l as usize];
        match len {
            CapLen::Len(n) if self.src.len() - s >= n && self.src[start..start + n] == self.src[s..s + n] => {
                Ok(Some(s + n))
            }
            _ => Ok(None),
        }
    }

    /// Capture `i` of a match `s..e` (the whole match when the pattern has none and `i` is
    /// 0): text or a position.
    fn capture(&self, i: usize, s: usize, e: usize) -> Result<Capture, BuiltinError> {
        if i >= self.level {
            if i != 0 {
                return Err(err(&format!("invalid capture index %{}", i + 1)));
            }
            return Ok(Capture::Text(s, e));
        }
        match self.caps[i] {
            (_, CapLen::Unfinished) => Err(err("unfinished capture")),
            (start, CapLen::Position) => Ok(Capture::Position(start + 1)),
            (start, CapLen::Len(n)) => Ok(Capture::Text(start, start + n)),
        }
    }

    /// How many values a match gives: its captures, or the whole match.
    fn capture_count(&self, whole: bool) -> usize {
        if self.level == 0 && whole { 1 } else { self.level }
    }
}

#[derive(Clone, Copy)]
enum Capture {
    Text(usize, usize),
    Position(usize),
}

/// A capture as a Lua value.
fn capture_value(h: &mut dyn Host, src: &[u8], c: Capture) -> Result<Value, BuiltinError> {
    match c {
        Capture::Text(a, b) => {
            Ok(Value::from_str_ptr(h.heap().try_alloc_str_with(b - a, |d| d.copy_from_slice(&src[a..b]))?))
        }
        Capture::Position(p) => Ok(Value::int(p as i64)),
    }
}

/// The values of a match `s..e`: every capture, or the whole match when `whole` and there is
/// none.
fn captures(h: &mut dyn Host, m: &Matcher, s: usize, e: usize, whole: bool) -> Result<Vec<Value>, BuiltinError> {
    let n = m.capture_count(whole);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let c = m.capture(i, s, e)?;
        out.push(capture_value(h, m.src, c)?);
    }
    Ok(out)
}

/// Lua's `posrelatI`: a 1-based start position, negative from the end, clipped at 1.
fn start_index(pos: i64, len: usize) -> usize {
    if pos > 0 {
        pos as usize
    } else if pos == 0 || pos.unsigned_abs() > len as u64 {
        1
    } else {
        (len as i64 + pos + 1) as usize
    }
}

/// `find` (`find == true`) and `match`.
fn find_aux(h: &mut dyn Host, args: &[Value], find: bool) -> Result<Option<Value>, BuiltinError> {
    let s = check_str(args, 0)?;
    let p = check_str(args, 1)?;
    let init = start_index(opt_int(args, 2, 1)?, s.len()) - 1;
    if init > s.len() {
        return Ok(Some(Value::NIL));
    }
    let plain = args.get(3).is_some_and(|v| v.truthy());
    if find && (plain || !p.iter().any(|c| SPECIALS.contains(c))) {
        let at = if p.is_empty() { Some(0) } else { s[init..].windows(p.len()).position(|w| w == &p[..]) };
        return match at {
            Some(k) => results(h, [Value::int((init + k + 1) as i64), Value::int((init + k + p.len()) as i64)]),
            None => Ok(Some(Value::NIL)),
        };
    }
    let anchor = p.first() == Some(&b'^');
    let pat = if anchor { &p[1..] } else { &p[..] };
    let mut m = Matcher::new(h, &s, pat);
    let mut s1 = init;
    loop {
        m.reset();
        if let Some(e) = m.do_match(s1, 0)? {
            if find {
                let mut vals = vec![Value::int(s1 as i64 + 1), Value::int(e as i64)];
                vals.extend(captures(h, &m, s1, e, false)?);
                return results(h, vals);
            }
            let vals = captures(h, &m, s1, e, true)?;
            return results(h, vals);
        }
        s1 += 1;
        if anchor || s1 > s.len() {
            return Ok(Some(Value::NIL));
        }
    }
}

pub(super) fn s_find(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    find_aux(h, args, true)
}

pub(super) fn s_match(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    find_aux(h, args, false)
}

/// `gsub(s, pattern, repl [, n])`: `repl` a string (with `%0`-`%9` and `%%`), a table
/// indexed by the first capture or a function called with the captures; a nil or false
/// replacement keeps the match.
pub(super) fn s_gsub(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let src = check_str(args, 0)?;
    let p = check_str(args, 1)?;
    let repl = args.get(2).copied().unwrap_or(Value::NIL);
    if !(repl.is_str() || repl.is_number() || repl.is_table() || repl.is_function()) {
        return Err(type_error(args, 2, "string/function/table"));
    }
    let repl_text = if repl.is_str() || repl.is_number() { Some(check_str(args, 2)?) } else { None };
    let max = opt_int(args, 3, src.len() as i64 + 1)?;
    let anchor = p.first() == Some(&b'^');
    let pat = if anchor { &p[1..] } else { &p[..] };
    let mut m = Matcher::new(h, &src, pat);
    let mut out: Vec<u8> = Vec::with_capacity(src.len());
    let (mut at, mut n, mut last) = (0usize, 0i64, None);
    while n < max {
        m.reset();
        match m.do_match(at, 0)? {
            Some(e) if Some(e) != last => {
                n += 1;
                match &repl_text {
                    Some(text) => add_string(&m, &mut out, text, at, e)?,
                    None => add_value(h, &m, &mut out, repl, at, e)?,
                }
                at = e;
                last = Some(e);
            }
            _ if at < src.len() => {
                out.push(src[at]);
                at += 1;
            }
            _ => break,
        }
        if anchor {
            break;
        }
    }
    out.extend_from_slice(&src[at..]);
    let s = new_str(h, &out)?.expect("a string");
    results(h, [s, Value::int(n)])
}

/// A string replacement: `%0` the match, `%1`-`%9` captures, `%%` a `%`.
fn add_string(m: &Matcher, out: &mut Vec<u8>, text: &[u8], s: usize, e: usize) -> Result<(), BuiltinError> {
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        i += 1;
        if c != b'%' {
            out.push(c);
            continue;
        }
        let d = text.get(i).copied().unwrap_or(0);
        i += 1;
        match d {
            b'%' => out.push(b'%'),
            b'0' => out.extend_from_slice(&m.src[s..e]),
            b'1'..=b'9' => match m.capture((d - b'1') as usize, s, e)? {
                Capture::Text(a, b) => out.extend_from_slice(&m.src[a..b]),
                Capture::Position(p) => out.extend_from_slice(p.to_string().as_bytes()),
            },
            _ => return Err(err("invalid use of '%' in replacement string")),
        }
    }
    Ok(())
}

/// A table or function replacement of the match `s..e`.
fn add_value(
    h: &mut dyn Host,
    m: &Matcher,
    out: &mut Vec<u8>,
    repl: Value,
    s: usize,
    e: usize,
) -> Result<(), BuiltinError> {
    let v = if repl.is_table() {
        let key = capture_value(h, m.src, m.capture(0, s, e)?)?;
        h.index(repl, key)?
    } else {
        let caps = captures(h, m, s, e, true)?;
        h.call(repl, &caps)?
    };
    if !v.truthy() {
        out.extend_from_slice(&m.src[s..e]);
    } else if v.is_str() || v.is_number() {
        arith::push_str_or_num(out, v);
    } else {
        return Err(err(&format!("invalid replacement value (a {})", v.type_name())));
    }
    Ok(())
}

/// One step of a `gmatch` iterator whose state is the table `st`: `{s, p, pos, last}`
/// (`pos` 0-based, `last` the end of the last match or -1). Returns the next match's
/// captures, or nothing at the end.
pub(super) fn s_gmatch_step(h: &mut dyn Host, _args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let st = h.native_upvalue();
    let get = |h: &mut dyn Host, k: i64| h.index(st, Value::int(k));
    let (sv, pv) = (get(h, 1)?, get(h, 2)?);
    let (pos, last) = (get(h, 3)?.as_int(), get(h, 4)?.as_int());
    let (src, pat) = (sv.str_bytes(), pv.str_bytes());
    let mut m = Matcher::new(h, src, pat);
    let mut at = pos as usize;
    while at <= src.len() {
        m.reset();
        match m.do_match(at, 0) {
            Ok(Some(e)) if e as i64 != last => {
                // SAFETY: the state table is a live table.
                unsafe {
                    put(h, st.as_table_ptr(), 3, Value::int(e as i64))?;
                    put(h, st.as_table_ptr(), 4, Value::int(e as i64))?;
                }
                let vals = captures(h, &m, at, e, true)?;
                return results(h, vals);
            }
            Ok(_) => at += 1,
            Err(e) => return Err(e),
        }
    }
    // SAFETY: as above.
    unsafe { put(h, st.as_table_ptr(), 3, Value::int(src.len() as i64 + 1))? };
    Ok(None)
}

/// `gmatch(s, pattern [, init])`: an iterator over the matches.
pub(super) fn s_gmatch(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let s = check_str(args, 0)?.into_owned();
    let p = check_str(args, 1)?.into_owned();
    let mut init = start_index(opt_int(args, 2, 1)?, s.len()) - 1;
    if init > s.len() {
        init = s.len() + 1;
    }
    let st = h.heap().alloc_table(4, 0)?;
    let sv = new_str(h, &s)?.expect("a string");
    let pv = new_str(h, &p)?.expect("a string");
    // SAFETY: a live table just made.
    unsafe {
        put(h, st, 1, sv)?;
        put(h, st, 2, pv)?;
        put(h, st, 3, Value::int(init as i64))?;
        put(h, st, 4, Value::int(-1))?;
    }
    let step = lookup(Lib::String, "gmatch step").expect("gmatch's step is a builtin");
    h.native_closure(step, Value::from_table(st)).map(Some)
}

/// `t[k] = v` on the iterator's state table.
///
/// # Safety
/// `t` is a live table.
unsafe fn put(h: &mut dyn Host, t: *mut Table, k: i64, v: Value) -> Result<(), BuiltinError> {
    // SAFETY: the caller's contract.
    unsafe { (*t).set(h.heap(), Value::int(k), v) }.map_err(|_| BuiltinError::Memory)
}

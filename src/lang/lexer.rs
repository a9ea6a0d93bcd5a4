//! The lexer: Lua 5.4's full lexical grammar (names, keywords, decimal/hex integers and
//! floats, hex floats, short strings with every escape, long strings and comments).
//!
//! Tokens carry their line and, for error messages, the text Lua's lexer would show after
//! `near` (`'end'`, `'"abc'`, `<eof>`). A lexical error becomes an `Error` token at the point
//! of failure, so the parser reports it exactly when Lua's would (errors earlier in the
//! token stream win).

use crate::runtime::number::{Num, str_to_number};

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Str(Vec<u8>),
    Int(i64),
    Float(f64),
    // Keywords.
    And,
    Break,
    Do,
    Else,
    Elseif,
    End,
    False,
    For,
    Function,
    Goto,
    If,
    In,
    Local,
    Nil,
    Not,
    Or,
    Repeat,
    Return,
    Then,
    True,
    Until,
    While,
    // Symbols.
    Plus,
    Minus,
    Star,
    Slash,
    DSlash,
    Percent,
    Caret,
    Hash,
    Amp,
    Tilde,
    Pipe,
    Shl,
    Shr,
    Eq,
    Ne,
    Le,
    Ge,
    Lt,
    Gt,
    Assign,
    LParen,
    RParen,
    LBrace,
    RBrace,
    LBracket,
    RBracket,
    DColon,
    Semi,
    Colon,
    Comma,
    Dot,
    Concat,
    Dots,
    Eof,
    /// A byte that starts no token; the parser rejects it where it stands.
    Other(u8),
    /// A lexical error; the message is complete (without position).
    Error(String),
}

/// A token with its line and its text for error messages.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub line: u32,
    /// What Lua prints after `near` for this token.
    pub near: String,
}

const KEYWORDS: &[(&str, Tok)] = &[
    ("and", Tok::And),
    ("break", Tok::Break),
    ("do", Tok::Do),
    ("else", Tok::Else),
    ("elseif", Tok::Elseif),
    ("end", Tok::End),
    ("false", Tok::False),
    ("for", Tok::For),
    ("function", Tok::Function),
    ("goto", Tok::Goto),
    ("if", Tok::If),
    ("in", Tok::In),
    ("local", Tok::Local),
    ("nil", Tok::Nil),
    ("not", Tok::Not),
    ("or", Tok::Or),
    ("repeat", Tok::Repeat),
    ("return", Tok::Return),
    ("then", Tok::Then),
    ("true", Tok::True),
    ("until", Tok::Until),
    ("while", Tok::While),
];

impl Tok {
    /// How Lua names this token kind in "'x' expected" messages.
    pub fn describe(&self) -> String {
        let s = match self {
            Tok::Name(_) => return "<name>".into(),
            Tok::Str(_) => return "<string>".into(),
            Tok::Int(_) => return "<integer>".into(),
            Tok::Float(_) => return "<number>".into(),
            Tok::Eof => return "<eof>".into(),
            Tok::Error(_) => return "<error>".into(),
            Tok::Other(c) => return other_near(*c),
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::DSlash => "//",
            Tok::Percent => "%",
            Tok::Caret => "^",
            Tok::Hash => "#",
            Tok::Amp => "&",
            Tok::Tilde => "~",
            Tok::Pipe => "|",
            Tok::Shl => "<<",
            Tok::Shr => ">>",
            Tok::Eq => "==",
            Tok::Ne => "~=",
            Tok::Le => "<=",
            Tok::Ge => ">=",
            Tok::Lt => "<",
            Tok::Gt => ">",
            Tok::Assign => "=",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::LBracket => "[",
            Tok::RBracket => "]",
            Tok::DColon => "::",
            Tok::Semi => ";",
            Tok::Colon => ":",
            Tok::Comma => ",",
            Tok::Dot => ".",
            Tok::Concat => "..",
            Tok::Dots => "...",
            kw => KEYWORDS.iter().find(|(_, t)| t == kw).map(|(s, _)| *s).unwrap_or("?"),
        };
        format!("'{s}'")
    }
}

/// Splits `src` into tokens. The last token is `Eof` or an `Error`.
pub fn tokenize(src: &[u8]) -> Vec<Token> {
    let mut lx = Lexer { src, pos: 0, line: 1, out: Vec::new() };
    lx.run();
    lx.out
}

struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    line: u32,
    out: Vec<Token>,
}

enum LexError {
    /// Message and the `near` text.
    At(String, String),
}

impl<'a> Lexer<'a> {
    fn cur(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }
    fn peek(&self, k: usize) -> Option<u8> {
        self.src.get(self.pos + k).copied()
    }

    fn run(&mut self) {
        // A first line starting with '#' is skipped, as lua.c does.
        if self.src.first() == Some(&b'#') {
            while let Some(c) = self.cur() {
                if c == b'\n' || c == b'\r' {
                    break;
                }
                self.pos += 1;
            }
        }
        loop {
            match self.next_token() {
                Ok(Some(mut t)) => {
                    // A token's line is where it ends (Lua's `linenumber` once it is read):
                    // a long string, or a string continued with `\` newline, spans lines.
                    t.line = self.line;
                    let eof = t.tok == Tok::Eof;
                    self.out.push(t);
                    if eof {
                        return;
                    }
                }
                Ok(None) => continue,
                Err(LexError::At(msg, near)) => {
                    let line = self.line;
                    self.out.push(Token { tok: Tok::Error(format!("{msg} near {near}")), line, near });
                    return;
                }
            }
        }
    }

    /// Consumes a newline sequence (`\n`, `\r`, `\r\n`, `\n\r`) and counts the line.
    fn newline(&mut self) {
        let c = self.cur();
        self.pos += 1;
        let d = self.cur();
        if (d == Some(b'\n') || d == Some(b'\r')) && d != c {
            self.pos += 1;
        }
        self.line += 1;
    }

    fn token(&self, tok: Tok, line: u32) -> Token {
        let near = match &tok {
            Tok::Eof => "<eof>".into(),
            t => t.describe(),
        };
        Token { tok, line, near }
    }

    fn next_token(&mut self) -> Result<Option<Token>, LexError> {
        let Some(c) = self.cur() else {
            return Ok(Some(self.token(Tok::Eof, self.line)));
        };
        let line = self.line;
        let single = |lx: &mut Lexer, t: Tok| {
            lx.pos += 1;
            Ok(Some(lx.token(t, line)))
        };
        let double = |lx: &mut Lexer, t: Tok| {
            lx.pos += 2;
            Ok(Some(lx.token(t, line)))
        };
        match c {
            b'\n' | b'\r' => {
                self.newline();
                Ok(None)
            }
            b' ' | b'\t' | 0x0b | 0x0c => {
                self.pos += 1;
                Ok(None)
            }
            b'-' => {
                if self.peek(1) != Some(b'-') {
                    return single(self, Tok::Minus);
                }
                self.pos += 2;
                if self.cur() == Some(b'[')
                    && let Some(level) = self.long_bracket_level()
                {
                    self.long_string(level, true)?;
                    return Ok(None);
                }
                while let Some(c) = self.cur() {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
                Ok(None)
            }
            b'[' => match self.long_bracket_level() {
                Some(level) => {
                    let start = self.pos;
                    let s = self.long_string(level, false)?;
                    let near = format!("'{}'", String::from_utf8_lossy(&self.src[start..self.pos]));
                    Ok(Some(Token { tok: Tok::Str(s), line, near }))
                }
                None => {
                    if self.peek(1) == Some(b'=') {
                        // '[=' without a second '[': Lua's "invalid long string delimiter".
                        let mut k = 1;
                        while self.peek(k) == Some(b'=') {
                            k += 1;
                        }
                        let near = format!("'{}'", String::from_utf8_lossy(&self.src[self.pos..self.pos + k]));
                        return Err(LexError::At("invalid long string delimiter".into(), near));
                    }
                    single(self, Tok::LBracket)
                }
            },
            b'=' => {
                if self.peek(1) == Some(b'=') {
                    double(self, Tok::Eq)
                } else {
                    single(self, Tok::Assign)
                }
            }
            b'<' => match self.peek(1) {
                Some(b'=') => double(self, Tok::Le),
                Some(b'<') => double(self, Tok::Shl),
                _ => single(self, Tok::Lt),
            },
            b'>' => match self.peek(1) {
                Some(b'=') => double(self, Tok::Ge),
                Some(b'>') => double(self, Tok::Shr),
                _ => single(self, Tok::Gt),
            },
            b'/' => {
                if self.peek(1) == Some(b'/') {
                    double(self, Tok::DSlash)
                } else {
                    single(self, Tok::Slash)
                }
            }
            b'~' => {
                if self.peek(1) == Some(b'=') {
                    double(self, Tok::Ne)
                } else {
                    single(self, Tok::Tilde)
                }
            }
            b':' => {
                if self.peek(1) == Some(b':') {
                    double(self, Tok::DColon)
                } else {
                    single(self, Tok::Colon)
                }
            }
            b'"' | b'\'' => self.short_string(c).map(Some),
            b'.' => {
                if self.peek(1) == Some(b'.') {
                    if self.peek(2) == Some(b'.') {
                        self.pos += 3;
                        return Ok(Some(self.token(Tok::Dots, line)));
                    }
                    return double(self, Tok::Concat);
                }
                if self.peek(1).is_some_and(|d| d.is_ascii_digit()) {
                    return self.numeral().map(Some);
                }
                single(self, Tok::Dot)
            }
            b'0'..=b'9' => self.numeral().map(Some),
            b'+' => single(self, Tok::Plus),
            b'*' => single(self, Tok::Star),
            b'%' => single(self, Tok::Percent),
            b'^' => single(self, Tok::Caret),
            b'#' => single(self, Tok::Hash),
            b'&' => single(self, Tok::Amp),
            b'|' => single(self, Tok::Pipe),
            b'(' => single(self, Tok::LParen),
            b')' => single(self, Tok::RParen),
            b'{' => single(self, Tok::LBrace),
            b'}' => single(self, Tok::RBrace),
            b']' => single(self, Tok::RBracket),
            b';' => single(self, Tok::Semi),
            b',' => single(self, Tok::Comma),
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let start = self.pos;
                while self.cur().is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_') {
                    self.pos += 1;
                }
                let word = std::str::from_utf8(&self.src[start..self.pos]).expect("ascii name");
                if let Some((_, kw)) = KEYWORDS.iter().find(|(k, _)| *k == word) {
                    return Ok(Some(self.token(kw.clone(), line)));
                }
                Ok(Some(Token { tok: Tok::Name(word.to_string()), line, near: format!("'{word}'") }))
            }
            c => single(self, Tok::Other(c)),
        }
    }

    /// If the input is at `[`, `[[` or `[=*[`, the level (number of `=`), consuming nothing.
    fn long_bracket_level(&self) -> Option<usize> {
        let mut k = 1;
        while self.peek(k) == Some(b'=') {
            k += 1;
        }
        (self.peek(k) == Some(b'[')).then_some(k - 1)
    }

    /// Reads a long string or comment starting at the opening bracket.
    fn long_string(&mut self, level: usize, comment: bool) -> Result<Vec<u8>, LexError> {
        let start_line = self.line;
        self.pos += level + 2;
        if matches!(self.cur(), Some(b'\n') | Some(b'\r')) {
            self.newline();
        }
        let mut out = Vec::new();
        loop {
            match self.cur() {
                None => {
                    let what = if comment { "comment" } else { "string" };
                    return Err(LexError::At(
                        format!("unfinished long {what} (starting at line {start_line})"),
                        "<eof>".into(),
                    ));
                }
                Some(b']') => {
                    let mut k = 1;
                    while self.peek(k) == Some(b'=') {
                        k += 1;
                    }
                    if k - 1 == level && self.peek(k) == Some(b']') {
                        self.pos += k + 1;
                        return Ok(out);
                    }
                    out.push(b']');
                    self.pos += 1;
                }
                Some(b'\n') | Some(b'\r') => {
                    out.push(b'\n');
                    self.newline();
                }
                Some(c) => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn short_string(&mut self, delim: u8) -> Result<Token, LexError> {
        let line = self.line;
        self.pos += 1;
        let mut out = Vec::new();
        // What Lua's buffer holds so far, for `near`: the quote and the processed text.
        let near = |out: &[u8], extra: &[u8]| {
            let mut s = vec![delim];
            s.extend_from_slice(out);
            s.extend_from_slice(extra);
            format!("'{}'", String::from_utf8_lossy(&s))
        };
        loop {
            let Some(c) = self.cur() else {
                return Err(LexError::At("unfinished string".into(), "<eof>".into()));
            };
            match c {
                c if c == delim => {
                    self.pos += 1;
                    let n = near(&out, &[delim]);
                    return Ok(Token { tok: Tok::Str(out), line, near: n });
                }
                b'\n' | b'\r' => {
                    return Err(LexError::At("unfinished string".into(), near(&out, b"")));
                }
                b'\\' => {
                    self.pos += 1;
                    let Some(e) = self.cur() else {
                        return Err(LexError::At("unfinished string".into(), "<eof>".into()));
                    };
                    match e {
                        b'a' => self.esc(&mut out, 7),
                        b'b' => self.esc(&mut out, 8),
                        b'f' => self.esc(&mut out, 12),
                        b'n' => self.esc(&mut out, b'\n'),
                        b'r' => self.esc(&mut out, b'\r'),
                        b't' => self.esc(&mut out, b'\t'),
                        b'v' => self.esc(&mut out, 11),
                        b'\\' | b'"' | b'\'' => self.esc(&mut out, e),
                        b'\n' | b'\r' => {
                            self.newline();
                            out.push(b'\n');
                        }
                        b'x' => {
                            self.pos += 1;
                            let mut v = 0u32;
                            let mut seen = b"\\x".to_vec();
                            for _ in 0..2 {
                                match self.cur() {
                                    Some(h) if h.is_ascii_hexdigit() => {
                                        seen.push(h);
                                        v = v * 16 + (h as char).to_digit(16).expect("hex digit");
                                        self.pos += 1;
                                    }
                                    other => {
                                        seen.extend(other);
                                        return Err(LexError::At(
                                            "hexadecimal digit expected".into(),
                                            near(&out, &seen),
                                        ));
                                    }
                                }
                            }
                            out.push(v as u8);
                        }
                        b'z' => {
                            self.pos += 1;
                            while let Some(w) = self.cur() {
                                if w == b'\n' || w == b'\r' {
                                    self.newline();
                                } else if w.is_ascii_whitespace() || w == 0x0b {
                                    self.pos += 1;
                                } else {
                                    break;
                                }
                            }
                        }
                        b'u' => {
                            self.pos += 1;
                            let mut seen = b"\\u".to_vec();
                            if self.cur() != Some(b'{') {
                                seen.extend(self.cur());
                                return Err(LexError::At("missing '{'".into(), near(&out, &seen)));
                            }
                            seen.push(b'{');
                            self.pos += 1;
                            let mut v: u64 = 0;
                            let mut digits = 0;
                            while let Some(h) = self.cur().filter(u8::is_ascii_hexdigit) {
                                seen.push(h);
                                v = v * 16 + (h as char).to_digit(16).expect("hex digit") as u64;
                                digits += 1;
                                self.pos += 1;
                                if v > 0x7FFF_FFFF {
                                    return Err(LexError::At("UTF-8 value too large".into(), near(&out, &seen)));
                                }
                            }
                            if digits == 0 {
                                seen.extend(self.cur());
                                return Err(LexError::At("hexadecimal digit expected".into(), near(&out, &seen)));
                            }
                            if self.cur() != Some(b'}') {
                                seen.extend(self.cur());
                                return Err(LexError::At("missing '}'".into(), near(&out, &seen)));
                            }
                            self.pos += 1;
                            crate::runtime::string::utf8_encode(v as u32, &mut out);
                        }
                        d if d.is_ascii_digit() => {
                            let mut v = 0u32;
                            let mut seen = b"\\".to_vec();
                            for _ in 0..3 {
                                match self.cur() {
                                    Some(d) if d.is_ascii_digit() => {
                                        seen.push(d);
                                        v = v * 10 + (d - b'0') as u32;
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            if v > 255 {
                                seen.extend(self.cur());
                                return Err(LexError::At("decimal escape too large".into(), near(&out, &seen)));
                            }
                            out.push(v as u8);
                        }
                        other => {
                            let mut seen = b"\\".to_vec();
                            seen.push(other);
                            return Err(LexError::At("invalid escape sequence".into(), near(&out, &seen)));
                        }
                    }
                }
                c => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn esc(&mut self, out: &mut Vec<u8>, b: u8) {
        out.push(b);
        self.pos += 1;
    }

    fn numeral(&mut self) -> Result<Token, LexError> {
        let line = self.line;
        let start = self.pos;
        let first = self.cur();
        self.pos += 1;
        let mut expo: &[u8] = b"Ee";
        if first == Some(b'0') && matches!(self.cur(), Some(b'x') | Some(b'X')) {
            self.pos += 1;
            expo = b"Pp";
        }
        loop {
            match self.cur() {
                Some(c) if expo.contains(&c) => {
                    self.pos += 1;
                    if matches!(self.cur(), Some(b'+') | Some(b'-')) {
                        self.pos += 1;
                    }
                }
                Some(c) if c.is_ascii_hexdigit() || c == b'.' => self.pos += 1,
                _ => break,
            }
        }
        if self.cur().is_some_and(|c| c.is_ascii_alphabetic() || c == b'_') {
            self.pos += 1;
        }
        let text = String::from_utf8_lossy(&self.src[start..self.pos]).into_owned();
        let near = format!("'{text}'");
        match str_to_number(text.as_bytes()) {
            Some(Num::Int(i)) => Ok(Token { tok: Tok::Int(i), line, near }),
            Some(Num::Float(f)) => Ok(Token { tok: Tok::Float(f), line, near }),
            None => Err(LexError::At("malformed number".into(), near)),
        }
    }
}

/// How Lua shows a stray byte after `near`: the character, or `<\N>` for control bytes.
fn other_near(c: u8) -> String {
    if c.is_ascii_graphic() { format!("'{}'", c as char) } else { format!("'<\\{c}>'") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        tokenize(src.as_bytes()).into_iter().map(|t| t.tok).collect()
    }

    #[test]
    fn numbers_strings_and_symbols() {
        assert_eq!(
            toks("x = 0x10 + 1e2 .. 'a\\tb' // 3"),
            vec![
                Tok::Name("x".into()),
                Tok::Assign,
                Tok::Int(16),
                Tok::Plus,
                Tok::Float(100.0),
                Tok::Concat,
                Tok::Str(b"a\tb".to_vec()),
                Tok::DSlash,
                Tok::Int(3),
                Tok::Eof
            ]
        );
        assert_eq!(toks("0xffffffffffffffff"), vec![Tok::Int(-1), Tok::Eof]);
        assert_eq!(toks("9223372036854775808"), vec![Tok::Float(9.223_372_036_854_776e18), Tok::Eof]);
        assert_eq!(
            toks("0x.8 0x1p4 .5 3."),
            vec![Tok::Float(0.5), Tok::Float(16.0), Tok::Float(0.5), Tok::Float(3.0), Tok::Eof]
        );
    }

    #[test]
    fn escapes_and_long_strings() {
        assert_eq!(
            toks(
                r#""\65\x41\u{48}\z
              x\
y""#
            ),
            vec![Tok::Str(b"AAHx\ny".to_vec()), Tok::Eof]
        );
        assert_eq!(toks("[==[\nab]]c]==]"), vec![Tok::Str(b"ab]]c".to_vec()), Tok::Eof]);
        assert_eq!(toks("\"\\u{7FFFFFFF}\""), vec![Tok::Str(vec![0xfd, 0xbf, 0xbf, 0xbf, 0xbf, 0xbf]), Tok::Eof]);
        assert_eq!(
            toks("--[[ long\ncomment ]] a -- line\nb"),
            vec![Tok::Name("a".into()), Tok::Name("b".into()), Tok::Eof]
        );
    }

    #[test]
    fn errors_carry_lua_near_text() {
        let last = |s: &str| tokenize(s.as_bytes()).pop().expect("a token").tok;
        assert_eq!(last("x = 3x"), Tok::Error("malformed number near '3x'".into()));
        assert_eq!(last("x = \"abc"), Tok::Error("unfinished string near <eof>".into()));
        assert_eq!(last("x = \"abc\ny\""), Tok::Error("unfinished string near '\"abc'".into()));
        assert_eq!(last("x = \"a\\qb\""), Tok::Error("invalid escape sequence near '\"a\\q'".into()));
        assert_eq!(last("x = [[abc"), Tok::Error("unfinished long string (starting at line 1) near <eof>".into()));
        assert_eq!(last("x = \"\\300\""), Tok::Error("decimal escape too large near '\"\\300\"'".into()));
    }
}

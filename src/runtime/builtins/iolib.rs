//! The `io` library and file handles, as Lua 5.4's `liolib.c` behaves: `io.open`, `read`,
//! `write`, `lines`, `close`, `input`, `output`, `type`, `flush`, `tmpfile`, the standard
//! files, and the methods of files (`read` with `n l L a` and counts, `write`, `lines`,
//! `seek`, `setvbuf`, `flush`, `close`); failures come back as `nil, message, errno`.
//!
//! A file value (tag `FILE`) holds an index into the VM's [`Files`]: 0, 1 and 2 are the
//! standard files. Files a program leaves open are closed when the VM ends (the collector
//! does not close them earlier). Reading is buffered here (so `n` can look one byte ahead, as
//! C's `ungetc`); writes to standard output go through the VM's output.

use std::io::{Read, Seek, SeekFrom, Write};

use super::*;

/// Where a file's bytes go.
enum Handle {
    Stdin,
    Stdout,
    Stderr,
    Disk(std::fs::File),
    /// A closed file (its descriptor released).
    Closed,
}

/// An open (or closed) file.
pub struct LuaFile {
    handle: Handle,
    closed: bool,
    /// Read-ahead: bytes `rbuf[rpos..]` are read from the handle but not by the program.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Written by the program, not yet by the handle.
    wbuf: Vec<u8>,
    /// `setvbuf("no")` / `("line")`.
    unbuffered: bool,
    line_buffered: bool,
    /// What its mode allows (C's stream fails the other operation with `EBADF`).
    readable: bool,
    writable: bool,
}

impl LuaFile {
    fn new(handle: Handle) -> LuaFile {
        let (readable, writable) = match handle {
            Handle::Stdin => (true, false),
            Handle::Stdout | Handle::Stderr => (false, true),
            _ => (true, true),
        };
        LuaFile {
            handle,
            closed: false,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
            unbuffered: false,
            line_buffered: false,
            readable,
            writable,
        }
    }

    fn is_std(&self) -> bool {
        matches!(self.handle, Handle::Stdin | Handle::Stdout | Handle::Stderr)
    }

    /// Writes out buffered output (standard output's goes to `out`).
    fn flush(&mut self, out: &mut dyn FnMut(&[u8])) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        match &mut self.handle {
            Handle::Stdout => {
                out(&data);
                Ok(())
            }
            Handle::Stderr => std::io::stderr().write_all(&data),
            Handle::Disk(f) => f.write_all(&data),
            Handle::Stdin | Handle::Closed => Err(std::io::Error::from_raw_os_error(libc::EBADF)),
        }
    }

    /// Drops the read-ahead, moving the handle back to where the program is.
    fn unread(&mut self) -> std::io::Result<()> {
        let ahead = (self.rbuf.len() - self.rpos) as i64;
        self.rbuf.clear();
        self.rpos = 0;
        if ahead > 0
            && let Handle::Disk(f) = &mut self.handle
        {
            f.seek(SeekFrom::Current(-ahead))?;
        }
        Ok(())
    }

    /// Reads more from the handle; false at the end of the file.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let mut chunk = [0u8; 8192];
        let n = match &mut self.handle {
            Handle::Stdin => std::io::stdin().lock().read(&mut chunk)?,
            Handle::Disk(f) => f.read(&mut chunk)?,
            Handle::Stdout | Handle::Stderr | Handle::Closed => {
                return Err(std::io::Error::from_raw_os_error(libc::EBADF));
            }
        };
        self.rbuf.extend_from_slice(&chunk[..n]);
        Ok(n > 0)
    }

    /// The next byte without taking it (`None` at the end).
    fn peek(&mut self) -> std::io::Result<Option<u8>> {
        if self.rpos == self.rbuf.len() && !self.fill()? {
            return Ok(None);
        }
        Ok(Some(self.rbuf[self.rpos]))
    }

    /// A line (`keep`: with its newline); `None` at the end with nothing read.
    fn read_line(&mut self, keep: bool) -> std::io::Result<Option<Vec<u8>>> {
        let mut out = Vec::new();
        loop {
            if self.rpos == self.rbuf.len() && !self.fill()? {
                return Ok((!out.is_empty()).then_some(out));
            }
            let avail = &self.rbuf[self.rpos..];
            if let Some(i) = avail.iter().position(|&c| c == b'\n') {
                out.extend_from_slice(&avail[..if keep { i + 1 } else { i }]);
                self.rpos += i + 1;
                return Ok(Some(out));
            }
            out.extend_from_slice(avail);
            self.rpos = self.rbuf.len();
        }
    }

    fn read_all(&mut self) -> std::io::Result<Vec<u8>> {
        let mut out = self.rbuf.split_off(self.rpos);
        self.rbuf.clear();
        self.rpos = 0;
        match &mut self.handle {
            Handle::Stdin => {
                std::io::stdin().lock().read_to_end(&mut out)?;
            }
            Handle::Disk(f) => {
                f.read_to_end(&mut out)?;
            }
            _ => return Err(std::io::Error::from_raw_os_error(libc::EBADF)),
        }
        Ok(out)
    }

    /// Up to `n` bytes; `None` at the end with nothing read.
    fn read_chars(&mut self, n: usize) -> std::io::Result<Option<Vec<u8>>> {
        let mut out = Vec::new();
        while out.len() < n {
            if self.rpos == self.rbuf.len() && !self.fill()? {
                break;
            }
            let k = (n - out.len()).min(self.rbuf.len() - self.rpos);
            out.extend_from_slice(&self.rbuf[self.rpos..self.rpos + k]);
            self.rpos += k;
        }
        Ok((!out.is_empty()).then_some(out))
    }

    /// A numeral as Lua's `read_number` scans it (at most 200 characters), or `None`.
    fn read_number(&mut self) -> std::io::Result<Option<Value>> {
        const MAX: usize = 200;
        while self.peek()?.is_some_and(|c| c.is_ascii_whitespace() || c == 0x0b) {
            self.rpos += 1;
        }
        let mut buf = Vec::new();
        let mut ok = true;
        // Takes the next byte if it is one of `set`.
        let mut accept = |f: &mut LuaFile, buf: &mut Vec<u8>, set: &[u8]| -> std::io::Result<bool> {
            match f.peek()? {
                Some(c) if set.contains(&c) => {
                    if buf.len() >= MAX {
                        ok = false;
                        return Ok(false);
                    }
                    buf.push(c);
                    f.rpos += 1;
                    Ok(true)
                }
                _ => Ok(false),
            }
        };
        const DIGITS: &[u8] = b"0123456789";
        const HEX: &[u8] = b"0123456789abcdefABCDEF";
        accept(self, &mut buf, b"-+")?;
        let mut count = 0;
        let mut hex = false;
        if accept(self, &mut buf, b"0")? {
            if accept(self, &mut buf, b"xX")? {
                hex = true;
            } else {
                count = 1;
            }
        }
        let digits = if hex { HEX } else { DIGITS };
        while accept(self, &mut buf, digits)? {
            count += 1;
        }
        if accept(self, &mut buf, b".")? {
            while accept(self, &mut buf, digits)? {
                count += 1;
            }
        }
        if count > 0 && accept(self, &mut buf, if hex { b"pP" } else { b"eE" })? {
            accept(self, &mut buf, b"-+")?;
            while accept(self, &mut buf, DIGITS)? {}
        }
        if !ok {
            return Ok(None);
        }
        Ok(str_to_number(&buf).map(arith::num_value))
    }
}

/// The VM's files, by the index their values hold.
pub struct Files {
    slots: Vec<LuaFile>,
    /// The default input and output (`io.input()`, `io.output()`).
    pub input: u32,
    pub output: u32,
}

impl Default for Files {
    fn default() -> Self {
        Files {
            slots: vec![LuaFile::new(Handle::Stdin), LuaFile::new(Handle::Stdout), LuaFile::new(Handle::Stderr)],
            input: 0,
            output: 1,
        }
    }
}

impl Files {
    /// Flushes every file (when the VM ends), standard output's buffer into `out`.
    pub fn flush_all(&mut self, out: &mut dyn FnMut(&[u8])) {
        for f in &mut self.slots {
            let _ = f.flush(out);
        }
    }
}

/// A file value.
pub fn file_value(index: u32) -> Value {
    Value { tag: tag::FILE, payload: index as u64 }
}

/// `tostring` of a file: `file (0x...)` or `file (closed)`.
pub fn file_name(h: &mut dyn Host, v: Value) -> String {
    let closed = h.files().slots.get(v.payload as usize).is_none_or(|f| f.closed);
    if closed { "file (closed)".to_string() } else { format!("file ({:#x})", 0x5000_0000 + v.payload * 0x100) }
}

/// Lua's `luaL_fileresult` for a failure: fail, the message (prefixed with `name`) and errno.
fn fail(h: &mut dyn Host, e: &std::io::Error, name: Option<&[u8]>) -> Result<Option<Value>, BuiltinError> {
    let mut msg = Vec::new();
    if let Some(n) = name {
        msg.extend_from_slice(n);
        msg.extend_from_slice(b": ");
    }
    msg.extend_from_slice(loadlib::os_reason(e).as_bytes());
    h.push_result(Value::NIL)?;
    let m = new_str(h, &msg)?.expect("a string");
    h.push_result(m)?;
    Ok(Some(Value::int(e.raw_os_error().unwrap_or(0) as i64)))
}

/// Argument `i` as an open file (Lua's `tofile`).
fn check_file(h: &mut dyn Host, args: &[Value], i: usize) -> Result<u32, BuiltinError> {
    match args.get(i) {
        Some(v) if v.tag == tag::FILE => {
            let k = v.payload as u32;
            if h.files().slots[k as usize].closed {
                return Err(BuiltinError::Located("attempt to use a closed file".into()));
            }
            Ok(k)
        }
        _ => Err(type_error(args, i, "FILE*")),
    }
}

/// Opens `name` with a C `fopen` mode.
fn open(name: &[u8], mode: &[u8]) -> std::io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    let plus = mode.get(1) == Some(&b'+');
    match mode[0] {
        b'r' => o.read(true).write(plus),
        b'w' => o.write(true).create(true).truncate(true).read(plus),
        _ => o.append(true).create(true).read(plus),
    };
    use std::os::unix::ffi::OsStrExt;
    let mut f = o.open(std::path::Path::new(std::ffi::OsStr::from_bytes(name)))?;
    if mode[0] == b'a' && !plus {
        // (glibc's write-only append streams start at the end; `a+` reads from the start.)
        f.seek(SeekFrom::End(0))?;
    }
    Ok(f)
}

/// Lua's `l_checkmode`: `[rwa]%+?b*`.
fn valid_mode(mode: &[u8]) -> bool {
    let Some((&first, mut rest)) = mode.split_first() else { return false };
    if !b"rwa".contains(&first) {
        return false;
    }
    if rest.first() == Some(&b'+') {
        rest = &rest[1..];
    }
    rest.iter().all(|&c| c == b'b')
}

/// A new file value for `f`, opened with C mode `mode`.
fn add_file(h: &mut dyn Host, f: std::fs::File, mode: &[u8]) -> Value {
    let mut file = LuaFile::new(Handle::Disk(f));
    let plus = mode.get(1) == Some(&b'+');
    file.readable = mode[0] == b'r' || plus;
    file.writable = mode[0] != b'r' || plus;
    let files = h.files();
    files.slots.push(file);
    file_value(files.slots.len() as u32 - 1)
}

/// `io.open(name [, mode])`.
pub(super) fn io_open(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let name = check_str(args, 0)?.into_owned();
    let mode = match args.get(1) {
        None => Cow::Borrowed(&b"r"[..]),
        Some(v) if v.is_nil() => Cow::Borrowed(&b"r"[..]),
        Some(_) => check_str(args, 1)?,
    };
    if !valid_mode(&mode) {
        return Err(arg_error(2, "invalid mode"));
    }
    match open(&name, &mode) {
        Ok(f) => Ok(Some(add_file(h, f, &mode))),
        Err(e) => fail(h, &e, Some(&name)),
    }
}

/// `io.tmpfile()`: a new file opened for update, removed when closed.
pub(super) fn io_tmpfile(h: &mut dyn Host, _args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    // SAFETY: C's tmpfile gives a stream whose descriptor this takes over.
    let f = unsafe {
        let fp = libc::tmpfile();
        if fp.is_null() {
            return fail(h, &std::io::Error::last_os_error(), None);
        }
        let fd = libc::dup(libc::fileno(fp));
        libc::fclose(fp);
        <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fd)
    };
    Ok(Some(add_file(h, f, b"w+")))
}

/// Writes `args[first..]` to file `k` (numbers as Lua formats them): the file, or fail.
fn write_to(h: &mut dyn Host, k: u32, args: &[Value], first: usize) -> Result<Option<Value>, BuiltinError> {
    let mut data = Vec::new();
    let mut bad = None;
    for (i, v) in args.iter().enumerate().skip(first) {
        match v.tag {
            tag::STR => data.extend_from_slice(v.str_bytes()),
            // (`%.14g` for floats, as `fprintf` with `LUA_NUMBER_FMT`: no `.0`.)
            tag::INT => data.extend_from_slice(v.as_int().to_string().as_bytes()),
            tag::FLOAT => data.extend_from_slice(crate::runtime::number::format_g(v.as_float(), 14).as_bytes()),
            _ => {
                // What came before is written, as Lua writes argument by argument.
                bad = Some(type_error(args, i, "string"));
                break;
            }
        }
    }
    let mut out = Vec::new();
    let r = {
        let f = &mut h.files().slots[k as usize];
        let r = if f.writable {
            f.unread().map(|()| f.wbuf.extend_from_slice(&data))
        } else {
            Err(std::io::Error::from_raw_os_error(libc::EBADF))
        };
        let flush_now = f.unbuffered
            || (f.line_buffered && data.contains(&b'\n'))
            || matches!(f.handle, Handle::Stdout | Handle::Stderr)
            || f.wbuf.len() >= 8192;
        if r.is_ok() && flush_now { f.flush(&mut |b| out.extend_from_slice(b)) } else { r }
    };
    h.write_out(&out)?;
    if let Some(e) = bad {
        return Err(e);
    }
    match r {
        Ok(()) => Ok(Some(file_value(k))),
        Err(e) => fail(h, &e, None),
    }
}

/// Reads by `formats` from file `k` (Lua's `g_read`): a value per format up to the first
/// that fails (nil there); a read error as `Err`.
fn read_values(
    h: &mut dyn Host,
    k: u32,
    formats: &[Value],
    arg_base: usize,
) -> Result<std::io::Result<Vec<Value>>, BuiltinError> {
    enum Want {
        Line(bool),
        All,
        Number,
        Chars(usize),
    }
    // Each format is checked when its turn comes (what came before is read), as Lua does.
    let want_at = |i: usize| -> Result<Want, BuiltinError> {
        if formats.is_empty() {
            return Ok(Want::Line(false));
        }
        Ok(if formats[i].is_number() {
            Want::Chars(check_int(formats, i).map_err(|e| shift_arg(e, arg_base))?.max(0) as usize)
        } else {
            let s = check_str(formats, i).map_err(|e| shift_arg(e, arg_base))?;
            let s = s.strip_prefix(b"*").unwrap_or(&s);
            match s.first() {
                Some(b'n') => Want::Number,
                Some(b'l') => Want::Line(false),
                Some(b'L') => Want::Line(true),
                Some(b'a') => Want::All,
                _ => return Err(arg_error(i + 1 + arg_base, "invalid format")),
            }
        })
    };
    if !h.files().slots[k as usize].readable {
        return Ok(Err(std::io::Error::from_raw_os_error(libc::EBADF)));
    }
    let mut out = Vec::new();
    let flushed = h.files().slots[k as usize].flush(&mut |b| out.extend_from_slice(b));
    h.write_out(&out)?;
    if let Err(e) = flushed {
        return Ok(Err(e));
    }
    let mut vals = Vec::with_capacity(formats.len().max(1));
    for i in 0..formats.len().max(1) {
        let want = want_at(i)?;
        let f = &mut h.files().slots[k as usize];
        // (Strings are made outside the file's borrow.)
        let got: std::io::Result<Option<Result<Value, Vec<u8>>>> = match want {
            Want::Number => f.read_number().map(|o| o.map(Ok)),
            Want::Line(keep) => f.read_line(keep).map(|o| o.map(Err)),
            Want::All => f.read_all().map(|v| Some(Err(v))),
            Want::Chars(0) => f.peek().map(|c| c.map(|_| Err(Vec::new()))),
            Want::Chars(n) => f.read_chars(n).map(|o| o.map(Err)),
        };
        match got {
            Err(e) => return Ok(Err(e)),
            Ok(None) => {
                vals.push(Value::NIL);
                break;
            }
            Ok(Some(Ok(v))) => vals.push(v),
            Ok(Some(Err(bytes))) => vals.push(new_str(h, &bytes)?.expect("a string")),
        }
    }
    Ok(Ok(vals))
}

/// [`read_values`] as a builtin's results (fail, message, errno on a read error).
fn read_from(h: &mut dyn Host, k: u32, formats: &[Value], arg_base: usize) -> Result<Option<Value>, BuiltinError> {
    match read_values(h, k, formats, arg_base)? {
        Ok(vals) => results(h, vals),
        Err(e) => fail(h, &e, None),
    }
}

/// An argument error of a method's format list, renumbered for where the formats start.
fn shift_arg(e: BuiltinError, base: usize) -> BuiltinError {
    match e {
        BuiltinError::Arg { arg, msg } => BuiltinError::Arg { arg: arg + base, msg },
        e => e,
    }
}

/// Closes file `k`: standard files stay open (`cannot close standard file`).
fn close_file(h: &mut dyn Host, k: u32) -> Result<Option<Value>, BuiltinError> {
    let mut out = Vec::new();
    let (is_std, r) = {
        let f = &mut h.files().slots[k as usize];
        let r = f.flush(&mut |b| out.extend_from_slice(b));
        let is_std = f.is_std();
        if !is_std {
            f.closed = true;
            f.handle = Handle::Closed;
            f.rbuf = Vec::new();
        }
        (is_std, r)
    };
    h.write_out(&out)?;
    if is_std {
        h.push_result(Value::NIL)?;
        let m = new_str(h, b"cannot close standard file")?.expect("a string");
        return Ok(Some(m));
    }
    match r {
        Ok(()) => Ok(Some(Value::bool(true))),
        Err(e) => fail(h, &e, None),
    }
}

/// The default input or output, checked open.
fn default_file(h: &mut dyn Host, output: bool) -> Result<u32, BuiltinError> {
    let files = h.files();
    let k = if output { files.output } else { files.input };
    if files.slots[k as usize].closed {
        let which = if output { "output" } else { "input" };
        return Err(BuiltinError::Located(format!("default {which} file is closed")));
    }
    Ok(k)
}

/// The default input or output as `io.close` and `io.lines` check it (Lua's `tofile`).
fn open_default(h: &mut dyn Host, output: bool) -> Result<u32, BuiltinError> {
    let files = h.files();
    let k = if output { files.output } else { files.input };
    check_file(h, &[file_value(k)], 0)
}

pub(super) fn io_write(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let k = default_file(h, true)?;
    write_to(h, k, args, 0)
}

pub(super) fn io_read(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let k = default_file(h, false)?;
    read_from(h, k, args, 0)
}

pub(super) fn io_close(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let k = if args.first().is_none_or(|v| v.is_nil()) { open_default(h, true)? } else { check_file(h, args, 0)? };
    close_file(h, k)
}

pub(super) fn io_flush(h: &mut dyn Host, _args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let k = default_file(h, true)?;
    flush_file(h, k)
}

fn flush_file(h: &mut dyn Host, k: u32) -> Result<Option<Value>, BuiltinError> {
    let mut out = Vec::new();
    let r = h.files().slots[k as usize].flush(&mut |b| out.extend_from_slice(b));
    h.write_out(&out)?;
    h.flush_out()?;
    match r {
        Ok(()) => Ok(Some(Value::bool(true))),
        Err(e) => fail(h, &e, None),
    }
}

/// `io.input([file | name])` and `io.output`: sets the default (a name is opened) and
/// returns it.
fn set_default(h: &mut dyn Host, args: &[Value], output: bool) -> Result<Option<Value>, BuiltinError> {
    match args.first() {
        Some(v) if v.is_str() || v.is_number() => {
            let name = check_str(args, 0)?.into_owned();
            let f = match open(&name, if output { b"w" } else { b"r" }) {
                Ok(f) => f,
                Err(e) => {
                    let msg =
                        format!("cannot open file '{}' ({})", String::from_utf8_lossy(&name), loadlib::os_reason(&e));
                    return Err(BuiltinError::Located(msg));
                }
            };
            let v = add_file(h, f, if output { b"w" } else { b"r" });
            set_default_index(h, v.payload as u32, output);
        }
        Some(v) if !v.is_nil() => {
            let k = check_file(h, args, 0)?;
            set_default_index(h, k, output);
        }
        _ => {}
    }
    let files = h.files();
    Ok(Some(file_value(if output { files.output } else { files.input })))
}

fn set_default_index(h: &mut dyn Host, k: u32, output: bool) {
    let files = h.files();
    if output {
        files.output = k;
    } else {
        files.input = k;
    }
}

pub(super) fn io_input(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    set_default(h, args, false)
}

pub(super) fn io_output(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    set_default(h, args, true)
}

/// `io.type(v)`: `file`, `closed file` or nil.
pub(super) fn io_type(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let v = check_any(args, 0)?;
    if v.tag != tag::FILE {
        return Ok(Some(Value::NIL));
    }
    let closed = h.files().slots[v.payload as usize].closed;
    new_str(h, if closed { b"closed file" } else { b"file" })
}

/// `io.popen`: not available.
pub(super) fn io_popen(_h: &mut dyn Host, _args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    Err(BuiltinError::Located("'popen' not supported".into()))
}

/// `io.lines([name, ...])`: an iterator reading with the formats (lines by default); a named
/// file is closed at its end. Returns the iterator, nil, nil and the file to close.
pub(super) fn io_lines(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let (k, close) = match args.first() {
        None => (open_default(h, false)?, false),
        Some(v) if v.is_nil() => (open_default(h, false)?, false),
        Some(_) => {
            let name = check_str(args, 0)?.into_owned();
            match open(&name, b"r") {
                Ok(f) => (add_file(h, f, b"r").payload as u32, true),
                Err(e) => {
                    let msg =
                        format!("cannot open file '{}' ({})", String::from_utf8_lossy(&name), loadlib::os_reason(&e));
                    return Err(BuiltinError::Located(msg));
                }
            }
        }
    };
    let iter = lines_iterator(h, k, close, args.get(1..).unwrap_or(&[]))?;
    if !close {
        return Ok(Some(iter));
    }
    h.push_result(iter)?;
    h.push_result(Value::NIL)?;
    h.push_result(Value::NIL)?;
    Ok(Some(file_value(k)))
}

/// `file:lines(...)`: as `io.lines`, never closing the file.
pub(super) fn f_lines(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let k = check_file(h, args, 0)?;
    lines_iterator(h, k, false, &args[1..]).map(Some)
}

/// The iterator of `lines`: a builtin closure of `lines step` over the state table
/// `{file, close, formats...}`.
fn lines_iterator(h: &mut dyn Host, k: u32, close: bool, formats: &[Value]) -> Result<Value, BuiltinError> {
    if formats.len() > 250 {
        return Err(arg_error(252, "too many arguments"));
    }
    // (Nothing below runs Lua code or collects: the new table needs no pin.)
    let st = h.heap().alloc_table(formats.len() + 2, 0)?;
    let mut items = vec![file_value(k), Value::bool(close)];
    items.extend_from_slice(formats);
    for (i, v) in items.into_iter().enumerate() {
        // SAFETY: a live table, just made.
        unsafe { (*st).set(h.heap(), Value::int(i as i64 + 1), v) }.map_err(|_| BuiltinError::Memory)?;
    }
    let step = lookup(Lib::Io, "lines step").expect("the lines iterator is a builtin");
    h.native_closure(step, Value::from_table(st))
}

/// One step of a `lines` iterator: the values read, or nothing at the end (closing a file
/// `io.lines` opened).
pub(super) fn io_lines_step(h: &mut dyn Host, _args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let st = h.native_upvalue();
    lines_step(h, st).map_err(|e| match e {
        BuiltinError::Arg { arg, msg } => {
            BuiltinError::Located(format!("bad argument #{} to 'for iterator' ({msg})", arg + 1))
        }
        e => e,
    })
}

fn lines_step(h: &mut dyn Host, st: Value) -> Result<Option<Value>, BuiltinError> {
    // SAFETY: the iterator's state table.
    let t = unsafe { &*st.as_table_ptr() };
    let file = t.get(Value::int(1));
    let close = t.get(Value::int(2)).truthy();
    let n = t.len() as usize;
    let formats: Vec<Value> = (3..=n).map(|i| t.get(Value::int(i as i64))).collect();
    let k = file.payload as u32;
    if h.files().slots[k as usize].closed {
        return Err(BuiltinError::Located("file is already closed".into()));
    }
    let vals = match read_values(h, k, &formats, 0)? {
        Ok(vals) => vals,
        Err(e) => return Err(BuiltinError::Located(loadlib::os_reason(&e))),
    };
    if vals.first().is_some_and(|v| v.truthy()) {
        return results(h, vals);
    }
    if close {
        close_file(h, k)?;
    }
    Ok(None)
}

pub(super) fn f_read(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let k = check_file(h, args, 0)?;
    read_from(h, k, &args[1..], 1)
}

pub(super) fn f_write(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let k = check_file(h, args, 0)?;
    write_to(h, k, args, 1)
}

pub(super) fn f_close(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let k = check_file(h, args, 0)?;
    close_file(h, k)
}

pub(super) fn f_flush(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let k = check_file(h, args, 0)?;
    flush_file(h, k)
}

/// `file:seek([whence [, offset]])`: the new position from the start.
pub(super) fn f_seek(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let k = check_file(h, args, 0)?;
    let whence = match args.get(1) {
        None => Cow::Borrowed(&b"cur"[..]),
        Some(v) if v.is_nil() => Cow::Borrowed(&b"cur"[..]),
        Some(_) => check_str(args, 1)?,
    };
    let offset = opt_int(args, 2, 0)?;
    let mut out = Vec::new();
    let r = {
        let f = &mut h.files().slots[k as usize];
        let r = f.flush(&mut |b| out.extend_from_slice(b)).and_then(|()| f.unread());
        r.and_then(|()| {
            let to = match &whence[..] {
                b"set" if offset < 0 => return Err(std::io::Error::from_raw_os_error(libc::EINVAL)),
                b"set" => SeekFrom::Start(offset as u64),
                b"cur" => SeekFrom::Current(offset),
                b"end" => SeekFrom::End(offset),
                _ => return Ok(None),
            };
            match &mut f.handle {
                Handle::Disk(file) => file.seek(to).map(Some),
                _ => Err(std::io::Error::from_raw_os_error(libc::ESPIPE)),
            }
        })
    };
    h.write_out(&out)?;
    match r {
        Ok(Some(pos)) => Ok(Some(Value::int(pos as i64))),
        Ok(None) => Err(arg_error(2, &format!("invalid option '{}'", String::from_utf8_lossy(&whence)))),
        Err(e) => fail(h, &e, None),
    }
}

/// `file:setvbuf(mode [, size])`: `no`, `full` or `line`.
pub(super) fn f_setvbuf(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let k = check_file(h, args, 0)?;
    let mode = check_str(args, 1)?.into_owned();
    opt_int(args, 2, 0)?;
    let (no, line) = match &mode[..] {
        b"no" => (true, false),
        b"full" => (false, false),
        b"line" => (false, true),
        _ => return Err(arg_error(2, &format!("invalid option '{}'", String::from_utf8_lossy(&mode)))),
    };
    let f = &mut h.files().slots[k as usize];
    f.unbuffered = no;
    f.line_buffered = line;
    Ok(Some(Value::bool(true)))
}

/// `__tostring` of files.
pub(super) fn f_tostring(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let v = check_any(args, 0)?;
    let s = file_name(h, v);
    new_str(h, s.as_bytes())
}

/// `__gc`/`__close` of files: closes an open file that is not standard.
pub(super) fn f_gc(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    if let Some(v) = args.first().filter(|v| v.tag == tag::FILE) {
        let k = v.payload as u32;
        let f = &h.files().slots[k as usize];
        if !f.closed && !f.is_std() {
            close_file(h, k)?;
        }
    }
    Ok(None)
}

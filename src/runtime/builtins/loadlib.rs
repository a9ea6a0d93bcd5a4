//! Chunks and modules: `load`, `loadfile`, `dofile`, `require` and the `package` library
//! (`path`, `cpath`, `config`, `loaded`, `preload`, `searchers`, `searchpath`, `loadlib`),
//! and `warn`, with Lua 5.4's messages. Only Lua modules load: a C module that a searcher
//! finds is a clear error.

use super::*;

/// Lua's `LUA_IDSIZE`: the longest chunk name messages show, with its terminator.
const ID_SIZE: usize = 60;

/// The name messages use for a chunk called `source` (Lua's `luaO_chunkid`): `=name` is shown
/// as `name`, `@file` as `file` (its end, if long), and source text as `[string "..."]`
/// holding its first line.
pub fn chunk_id(source: &[u8]) -> String {
    let room = ID_SIZE - 1;
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    match source.first() {
        Some(b'=') => text(&source[1..source.len().min(ID_SIZE)]),
        Some(b'@') => {
            let file = &source[1..];
            if file.len() <= room { text(file) } else { format!("...{}", text(&file[file.len() - (room - 3)..])) }
        }
        _ => {
            // `[string "` + text + `..."]` in 59 bytes.
            let max = room - "[string \"".len() - "...".len() - "\"]".len();
            let line_end = source.iter().position(|&c| c == b'\n');
            if source.len() < max && line_end.is_none() {
                format!("[string \"{}\"]", text(source))
            } else {
                let n = line_end.unwrap_or(source.len()).min(max);
                format!("[string \"{}...\"]", text(&source[..n]))
            }
        }
    }
}

/// `fail`, the message: how loading reports a failure.
fn fail(h: &mut dyn Host, msg: &str) -> Result<Option<Value>, BuiltinError> {
    h.push_result(Value::NIL)?;
    new_str(h, msg.as_bytes())
}

/// The first byte of a precompiled chunk (`LUA_SIGNATURE`).
const BINARY_MARK: u8 = 0x1b;

/// Loads `src` (named `source`, before `chunk_id`) under `mode`, with `env` as its `_ENV`
/// when given: the function, or `fail` and the message.
fn load_chunk(
    h: &mut dyn Host,
    src: &[u8],
    source: &[u8],
    mode: &[u8],
    env: Option<Value>,
) -> Result<Option<Value>, BuiltinError> {
    let binary = src.first() == Some(&BINARY_MARK);
    let (kind, allowed) = if binary { ("binary", mode.contains(&b'b')) } else { ("text", mode.contains(&b't')) };
    if !allowed {
        let mode = String::from_utf8_lossy(mode);
        return fail(h, &format!("attempt to load a {kind} chunk (mode is '{mode}')"));
    }
    if binary {
        let name = chunk_id(source);
        return fail(h, &format!("{name}: bad binary format (precompiled chunks are not supported by strata)"));
    }
    match h.load(src, source, env)? {
        Ok(f) => Ok(Some(f)),
        Err(msg) => fail(h, &msg),
    }
}

/// An optional string argument.
pub(super) fn opt_str<'a>(args: &'a [Value], i: usize, default: &'a [u8]) -> Result<Cow<'a, [u8]>, BuiltinError> {
    match args.get(i) {
        None => Ok(Cow::Borrowed(default)),
        Some(v) if v.is_nil() => Ok(Cow::Borrowed(default)),
        Some(_) => check_str(args, i),
    }
}

/// `load(chunk [, chunkname [, mode [, env]]])`.
pub(super) fn b_load(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let chunk = args.first().copied().unwrap_or(Value::NIL);
    let mode = opt_str(args, 2, b"bt")?.into_owned();
    let env = args.get(3).copied();
    if chunk.is_str() || chunk.is_number() {
        let mut src = Vec::new();
        tolstring(h, chunk, &mut src)?;
        let source = opt_str(args, 1, &src)?.into_owned();
        return load_chunk(h, &src, &source, &mode, env);
    }
    if !chunk.is_function() {
        return Err(type_error(args, 0, "function"));
    }
    let source = opt_str(args, 1, b"=(load)")?.into_owned();
    // The reader's pieces, until nil or an empty string; an error in it is returned.
    let mut src = Vec::new();
    let pins = h.pin_count();
    h.pin(chunk);
    let read = loop {
        match h.call(chunk, &[]) {
            Ok(v) if v.is_nil() => break Ok(()),
            Ok(v) if v.is_str() && v.str_bytes().is_empty() => break Ok(()),
            // Numbers are pieces too, as text (`lua_isstring`).
            Ok(v) if v.is_str() || v.is_number() => tolstring(h, v, &mut src)?,
            Ok(_) => break Err(None),
            Err(BuiltinError::Lua(e)) => break Err(Some(e)),
            Err(e) => {
                h.unpin_to(pins);
                return Err(e);
            }
        }
    };
    h.unpin_to(pins);
    match read {
        Ok(()) => load_chunk(h, &src, &source, &mode, env),
        Err(None) => {
            let msg = format!("{}reader function must return a string", h.caller_position());
            fail(h, &msg)
        }
        Err(Some(e)) => {
            let v = h.error_value(e)?;
            h.push_result(Value::NIL)?;
            Ok(Some(v))
        }
    }
}

/// Reads a file as `luaL_loadfilex` does: a first line starting with `#` is dropped (its
/// newline kept, so line numbers stay), after a UTF-8 byte-order mark.
fn read_source(path: &str) -> std::io::Result<Vec<u8>> {
    let mut src = std::fs::read(path)?;
    if src.starts_with(b"\xEF\xBB\xBF") {
        src.drain(..3);
    }
    if src.first() == Some(&b'#') {
        let end = src.iter().position(|&c| c == b'\n').unwrap_or(src.len());
        src.drain(..end);
    }
    Ok(src)
}

/// The C library's text for an I/O error (`strerror`), as Lua's messages show it.
pub(super) fn os_reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    // Rust appends " (os error N)".
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// `loadfile`'s work: the function, or `fail` and the message.
fn load_file(
    h: &mut dyn Host,
    path: Option<&[u8]>,
    mode: &[u8],
    env: Option<Value>,
) -> Result<Option<Value>, BuiltinError> {
    let Some(path) = path else {
        let mut src = Vec::new();
        if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut src) {
            return fail(h, &format!("cannot read stdin: {}", os_reason(&e)));
        }
        return load_chunk(h, &src, b"=stdin", mode, env);
    };
    let name = String::from_utf8_lossy(path).into_owned();
    match read_source(&name) {
        Ok(src) => {
            let mut source = b"@".to_vec();
            source.extend_from_slice(path);
            load_chunk(h, &src, &source, mode, env)
        }
        Err(e) => fail(h, &format!("cannot open {name}: {}", os_reason(&e))),
    }
}

/// `loadfile([filename [, mode [, env]]])`.
pub(super) fn b_loadfile(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let path = opt_path(args)?;
    let mode = opt_str(args, 1, b"bt")?.into_owned();
    load_file(h, path.as_deref(), &mode, args.get(2).copied())
}

/// The optional file name of `loadfile` and `dofile` (`None`: standard input).
fn opt_path(args: &[Value]) -> Result<Option<Vec<u8>>, BuiltinError> {
    match args.first() {
        None => Ok(None),
        Some(v) if v.is_nil() => Ok(None),
        Some(_) => Ok(Some(check_str(args, 0)?.into_owned())),
    }
}

/// `dofile([filename])`: runs the file's chunk, returning all its results; a load error is
/// raised.
pub(super) fn b_dofile(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let path = opt_path(args)?;
    let f = loaded_or_raise(h, path.as_deref())?;
    h.call_all(f, &[])?;
    Ok(None)
}

/// Loads a file (all modes, the global environment) or raises the message as Lua's
/// `dofile` does (as a value, with no position).
fn loaded_or_raise(h: &mut dyn Host, path: Option<&[u8]>) -> Result<Value, BuiltinError> {
    let pins = h.pin_count();
    let first = load_file(h, path, b"bt", None)?.expect("loading gives a result");
    if first.is_function() {
        return Ok(first);
    }
    // `fail` pushed nil first; the message is the returned value.
    h.unpin_to(pins);
    Err(BuiltinError::Value(first))
}

/// `warn(msg1, ...)`: to standard error once turned on with `@on` (off at start, as in
/// the standalone `lua`).
pub(super) fn b_warn(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    check_str(args, 0)?;
    let mut msg = Vec::new();
    for i in 0..args.len() {
        msg.extend_from_slice(&check_str(args, i)?);
    }
    h.warn(&msg, args.len() == 1);
    Ok(None)
}

// ---------------------------------------------------------------------------------------------
// The package library.

/// `package.config`: directory separator, path separator, the name mark, the executable
/// directory mark and the ignore mark.
pub const PACKAGE_CONFIG: &str = "/\n;\n?\n!\n-\n";

/// Lua 5.4's default `package.path` and `package.cpath` (`LUA_PATH_DEFAULT`,
/// `LUA_CPATH_DEFAULT`), used unless `LUA_PATH_5_4`/`LUA_PATH` (`..._CPATH...`) say
/// otherwise.
pub const DEFAULT_PATH: &str = "/usr/local/share/lua/5.4/?.lua;/usr/local/share/lua/5.4/?/init.lua;\
/usr/local/lib/lua/5.4/?.lua;/usr/local/lib/lua/5.4/?/init.lua;./?.lua;./?/init.lua";
pub const DEFAULT_CPATH: &str = "/usr/local/lib/lua/5.4/?.so;/usr/local/lib/lua/5.4/loadall.so;./?.so";

/// A search path from the environment as `lua` sets it (`setpath`): the versioned variable,
/// else the plain one, else the default; `;;` in it stands for the default.
pub fn path_from_env(versioned: &str, plain: &str, default: &str) -> String {
    let Some(p) = std::env::var(versioned).ok().or_else(|| std::env::var(plain).ok()) else {
        return default.to_string();
    };
    match p.find(";;") {
        None => p,
        Some(i) => {
            let (pre, post) = (&p[..i], &p[i + 2..]);
            let mut out = String::from(pre);
            if !pre.is_empty() {
                out.push(';');
            }
            out.push_str(default);
            if !post.is_empty() {
                out.push(';');
                out.push_str(post);
            }
            out
        }
    }
}

/// Replaces every `from` in `s` by `to`.
fn replace(s: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    if from.is_empty() {
        return s.to_vec();
    }
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(s[i]);
            i += 1;
        }
    }
    out
}

/// Lua's `searchpath`: the first readable file among `path`'s templates with `?` replaced
/// by `name` (its `sep` replaced by `rep` first), or the `no file '...'` list.
fn search_path(name: &[u8], path: &[u8], sep: &[u8], rep: &[u8]) -> Result<Vec<u8>, Vec<u8>> {
    let name = if sep.is_empty() { name.to_vec() } else { replace(name, sep, rep) };
    let path = replace(path, b"?", &name);
    for template in path.split(|&c| c == b';').filter(|t| !t.is_empty()) {
        let file = String::from_utf8_lossy(template).into_owned();
        if std::fs::File::open(&file).is_ok() {
            return Ok(template.to_vec());
        }
    }
    let mut msg = b"no file '".to_vec();
    msg.extend_from_slice(&replace(&path, b";", b"'\n\tno file '"));
    msg.extend_from_slice(b"'");
    Err(msg)
}

/// `package.searchpath(name, path [, sep [, rep]])`.
pub(super) fn p_searchpath(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let name = check_str(args, 0)?;
    let path = check_str(args, 1)?;
    let sep = opt_str(args, 2, b".")?;
    let rep = opt_str(args, 3, b"/")?;
    match search_path(&name, &path, &sep, &rep) {
        Ok(file) => new_str(h, &file),
        Err(msg) => {
            h.push_result(Value::NIL)?;
            new_str(h, &msg)
        }
    }
}

/// `package.loadlib(path, funcname)`: C libraries cannot be loaded, which Lua reports as
/// `fail`, a message and `"absent"`.
pub(super) fn p_loadlib(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    check_str(args, 0)?;
    check_str(args, 1)?;
    h.push_result(Value::NIL)?;
    let msg = h.heap().str_value(b"dynamic libraries not enabled; check your Lua installation");
    h.push_result(msg)?;
    new_str(h, b"absent")
}

/// `package[field]`, read raw from the package table `require` was opened with.
fn package_field(h: &mut dyn Host, field: &str) -> Value {
    let package = h.libs().package;
    let k = h.heap().str_value(field.as_bytes());
    // SAFETY: the package table is a collector root, alive as long as the VM.
    unsafe { (*package).get(k) }
}

/// A path field of `package`, which must be a string.
fn package_path(h: &mut dyn Host, field: &str) -> Result<Vec<u8>, BuiltinError> {
    let v = package_field(h, field);
    if v.is_str() || v.is_number() {
        let mut out = Vec::new();
        tolstring(h, v, &mut out)?;
        return Ok(out);
    }
    Err(BuiltinError::Located(format!("'package.{field}' must be a string")))
}

/// The first searcher: `package.preload[name]`.
pub(super) fn searcher_preload(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let name = check_str(args, 0)?.into_owned();
    let preload = package_field(h, "preload");
    if !preload.is_table() {
        return Err(BuiltinError::Located("'package.preload' must be a table".into()));
    }
    let k = h.heap().str_value(&name);
    // SAFETY: a table value points to a live table.
    let loader = unsafe { (*preload.as_table_ptr()).get(k) };
    if loader.is_nil() {
        let msg = format!("no field package.preload['{}']", String::from_utf8_lossy(&name));
        return new_str(h, msg.as_bytes());
    }
    h.push_result(loader)?;
    new_str(h, b":preload:")
}

/// The second searcher: a Lua file along `package.path`, loaded (not run).
pub(super) fn searcher_lua(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let name = check_str(args, 0)?.into_owned();
    let path = package_path(h, "path")?;
    let file = match search_path(&name, &path, b".", b"/") {
        Ok(f) => f,
        Err(msg) => return new_str(h, &msg),
    };
    let pins = h.pin_count();
    let loaded = load_file(h, Some(&file), b"bt", None)?.expect("loading gives a result");
    if loaded.is_function() {
        h.push_result(loaded)?;
        return new_str(h, &file);
    }
    h.unpin_to(pins);
    Err(BuiltinError::Located(format!(
        "error loading module '{}' from file '{}':\n\t{}",
        String::from_utf8_lossy(&name),
        String::from_utf8_lossy(&file),
        String::from_utf8_lossy(loaded.str_bytes())
    )))
}

/// A C module found along `package.cpath` is an error: strata runs only Lua code.
fn c_module_error(name: &[u8], file: &[u8]) -> BuiltinError {
    BuiltinError::Located(format!(
        "error loading module '{}' from file '{}':\n\tC modules are not supported by strata",
        String::from_utf8_lossy(name),
        String::from_utf8_lossy(file)
    ))
}

/// The third searcher: a C library along `package.cpath`.
pub(super) fn searcher_c(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let name = check_str(args, 0)?.into_owned();
    let cpath = package_path(h, "cpath")?;
    match search_path(&name, &cpath, b".", b"/") {
        Ok(file) => Err(c_module_error(&name, &file)),
        Err(msg) => new_str(h, &msg),
    }
}

/// The fourth searcher: the C library of the name's root (`a` for `a.b.c`).
pub(super) fn searcher_croot(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let name = check_str(args, 0)?.into_owned();
    let Some(dot) = name.iter().position(|&c| c == b'.') else { return Ok(None) };
    let cpath = package_path(h, "cpath")?;
    match search_path(&name[..dot], &cpath, b".", b"/") {
        Ok(file) => Err(c_module_error(&name, &file)),
        Err(msg) => new_str(h, &msg),
    }
}

/// `require(modname)`.
pub(super) fn b_require(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let name = check_str(args, 0)?.into_owned();
    let loaded = h.libs().loaded;
    let key = h.heap().str_value(&name);
    // SAFETY (every access to `loaded`): the registry's loaded table lives as long as the VM;
    // no reference to it is held across calls into Lua.
    let have = unsafe { (*loaded).get(key) };
    if have.truthy() {
        return Ok(Some(have));
    }
    let pins = h.pin_count();
    h.pin(key);
    let (loader, data) = find_loader(h, &name)?;
    h.pin(loader);
    h.pin(data);
    let r = h.call(loader, &[key, data])?;
    if !r.is_nil() {
        set_raw(h, loaded, key, r)?;
    }
    let mut module = unsafe { (*loaded).get(key) };
    if module.is_nil() {
        module = Value::bool(true);
        set_raw(h, loaded, key, module)?;
    }
    h.unpin_to(pins);
    h.push_result(module)?;
    Ok(Some(data))
}

fn set_raw(h: &mut dyn Host, t: *mut Table, k: Value, v: Value) -> Result<(), BuiltinError> {
    // SAFETY: a live table, borrowed for this store only.
    unsafe { (*t).set(h.heap(), k, v) }.map_err(|_| BuiltinError::Memory)
}

/// Asks each of `package.searchers` for a loader of `name`: the loader and its data, or
/// `module 'name' not found:` with what each searcher said.
fn find_loader(h: &mut dyn Host, name: &[u8]) -> Result<(Value, Value), BuiltinError> {
    let searchers = package_field(h, "searchers");
    if !searchers.is_table() {
        return Err(BuiltinError::Located("'package.searchers' must be a table".into()));
    }
    let pins = h.pin_count();
    h.pin(searchers);
    let arg = h.heap().str_value(name);
    h.pin(arg);
    let mut msg = Vec::new();
    for i in 1.. {
        // SAFETY: a table value points to a live table.
        let searcher = unsafe { (*searchers.as_table_ptr()).get_int(i) };
        if searcher.is_nil() {
            break;
        }
        let (loader, data) = call_two(h, searcher, arg)?;
        if loader.is_function() {
            h.unpin_to(pins);
            return Ok((loader, data));
        }
        if loader.is_str() || loader.is_number() {
            msg.extend_from_slice(b"\n\t");
            tolstring(h, loader, &mut msg)?;
        }
    }
    h.unpin_to(pins);
    Err(BuiltinError::Located(format!(
        "module '{}' not found:{}",
        String::from_utf8_lossy(name),
        String::from_utf8_lossy(&msg)
    )))
}

/// Calls `f(arg)` keeping two results.
fn call_two(h: &mut dyn Host, f: Value, arg: Value) -> Result<(Value, Value), BuiltinError> {
    let mut two = [Value::NIL; 2];
    let n = h.call_n(f, &[arg], &mut two)?;
    let _ = n;
    Ok((two[0], two[1]))
}

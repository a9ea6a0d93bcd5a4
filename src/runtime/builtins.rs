//! Phase-1 builtins: `print io.write tostring tonumber type error assert`, the `math` and
//! `string` functions, `os.clock` and `os.time`, with Lua 5.4's argument checks and messages.
//!
//! Every builtin has the same shape, [`BuiltinFn`]: it gets the VM services it needs through
//! [`Host`] and returns zero or one value. The table [`BUILTINS`] is the single list: the
//! front-end resolves `math.floor` to its index, the verifier range-checks indices against it,
//! and JIT code calls builtins through one helper that indexes it.

use std::borrow::Cow;

mod dblib;
pub use dblib::FrameInfo;
use dblib::{d_getinfo, d_getmetatable, d_setmetatable, d_traceback};
use loadlib::opt_str;
mod loadlib;
pub use loadlib::{DEFAULT_CPATH, DEFAULT_PATH, chunk_id, path_from_env};
use loadlib::{
    b_dofile, b_load, b_loadfile, b_require, b_warn, p_loadlib, p_searchpath, searcher_c, searcher_croot, searcher_lua,
    searcher_preload,
};
mod iolib;
mod packlib;
use packlib::{s_pack, s_packsize, s_unpack};
mod mathlib;
mod oslib;
pub use iolib::{Files, file_value};
use iolib::{
    f_close, f_flush, f_gc, f_lines, f_read, f_seek, f_setvbuf, f_tostring, f_write, io_close, io_flush, io_input,
    io_lines, io_lines_step, io_open, io_output, io_popen, io_read, io_tmpfile, io_type, io_write,
};
mod corolib;
mod pattern;
mod utf8lib;
use corolib::{co_close, co_create, co_isyieldable, co_resume, co_running, co_status, co_wrap, co_wrap_step, co_yield};
pub use mathlib::{RandomState, fresh_seed as fresh_random_seed, seed as seed_random};
use mathlib::{m_deg, m_modf, m_rad, m_random, m_randomseed};
use oslib::{
    os_date, os_difftime, os_execute, os_exit, os_getenv, os_remove, os_rename, os_setlocale, os_time, os_tmpname,
};
use utf8lib::{u_char, u_codepoint, u_codes, u_codes_lax_step, u_codes_step, u_len, u_offset};
mod tablib;
use pattern::{s_find, s_gmatch, s_gmatch_step, s_gsub, s_match};
use tablib::{
    b_ipairs, b_ipairs_step, b_next, b_pairs, b_rawequal, b_rawget, b_rawlen, b_rawset, t_concat, t_insert, t_move,
    t_pack, t_remove, t_sort, t_unpack,
};

use crate::runtime::arith::{self, tostring_bytes};
use crate::runtime::format::{self, FormatError};
use crate::runtime::heap::{Event, Heap, OutOfMemory};
use crate::runtime::number::{Num, float_to_int_exact, str_to_int_base, str_to_number};
use crate::runtime::table::{Table, TableError};
use crate::runtime::value::{Value, tag};

/// What a builtin needs from the VM.
pub trait Host {
    fn heap(&mut self) -> &mut Heap;
    /// Writes program output (print, io.write).
    fn write_out(&mut self, bytes: &[u8]) -> Result<(), BuiltinError>;
    /// Calls `f` with `args` (a builtin calling back into Lua: `table.sort`'s comparator);
    /// its first result, nil if none. An error inside comes back as [`BuiltinError::Lua`].
    fn call(&mut self, f: Value, args: &[Value]) -> Result<Value, BuiltinError>;
    /// [`Host::call`] for a metamethod: the Lua code doing the operation is its caller (for
    /// `error(msg, 2)`), not a builtin.
    fn call_metamethod(&mut self, f: Value, args: &[Value]) -> Result<Value, BuiltinError> {
        self.call(f, args)
    }
    /// Runs a host type's field getter `g` (a host function of one result) on `ud`: its
    /// code is called directly, without a frame of its own (as a C function called from C
    /// in Lua), so a field read costs a Rust call. `ud` is alive (the reading code holds it).
    fn call_getter(&mut self, g: Value, ud: Value) -> Result<Value, BuiltinError>;
    /// Adds a result before the one the builtin returns (a builtin with several results
    /// pushes all but the last, which it returns). Fails with `stack overflow`.
    fn push_result(&mut self, v: Value) -> Result<(), BuiltinError>;
    /// Whether `n` more results fit (Lua's `lua_checkstack`).
    fn room_for_results(&mut self, n: usize) -> bool;
    /// Keeps `v` alive (a collector root) while the builtin runs Lua code, until
    /// [`Host::unpin_to`]; returns its pin index.
    fn pin(&mut self, v: Value) -> usize;
    /// Replaces the value of pin `i`.
    fn set_pin(&mut self, i: usize, v: Value);
    /// Drops the pins from index `n` on.
    fn unpin_to(&mut self, n: usize);
    /// The number of pins (where a builtin's own start).
    fn pin_count(&self) -> usize;
    /// A full garbage collection now (`collectgarbage("collect")`).
    fn collect(&mut self);
    /// The metatable of strings (`getmetatable("")`).
    fn string_metatable(&self) -> *mut Table;
    /// `obj[key]` as Lua code would read it.
    fn index(&mut self, obj: Value, key: Value) -> Result<Value, BuiltinError>;
    /// `pcall(f, args...)` (`handler` `None`) or `xpcall(f, handler, args...)`: calls `f`
    /// and pushes the status and what it returned, or `false` and the error value (passed
    /// through `handler` first), all as results ([`Host::push_result`]).
    fn protected_call(&mut self, f: Value, args: &[Value], handler: Option<Value>) -> Result<(), BuiltinError>;
    /// Calls `f` with `args`, pushing all its results ([`Host::push_result`]).
    fn call_all(&mut self, f: Value, args: &[Value]) -> Result<(), BuiltinError>;
    /// Calls `f` with `args`, storing its first `out.len()` results in `out` (nil where it
    /// returned fewer); returns how many it returned.
    fn call_n(&mut self, f: Value, args: &[Value], out: &mut [Value]) -> Result<usize, BuiltinError>;
    /// The value a caught error stands for (the raised value, or its message as a string).
    fn error_value(&mut self, e: crate::runtime::error::LuaError) -> Result<Value, BuiltinError>;
    /// Compiles `src` as a chunk from `source` (`@file`, `=name` or the text: messages call
    /// it by its [`chunk_id`]) and makes a function of it whose `_ENV` is `env`, or the
    /// global table when `None`. A syntax error comes back as `Ok(Err(message))`.
    fn load(&mut self, src: &[u8], source: &[u8], env: Option<Value>) -> Result<Result<Value, String>, BuiltinError>;
    /// A warning (`warn`): `msg` is the whole message; `single` when it came as one
    /// argument, so it may be a control message (`@on`, `@off`).
    fn warn(&mut self, msg: &[u8], single: bool);
    /// The standard library's tables.
    fn libs(&self) -> Libs;
    /// The traceback lines of the stack from `level` on (0: the running builtin, 1: the
    /// function that called it), as `debug.traceback` shows them.
    fn traceback(&mut self, level: usize) -> Vec<String>;
    /// `debug.getinfo` of function `f`; `level` when it is running at that level.
    fn function_info(&mut self, f: Value, level: Option<usize>) -> FrameInfo;
    /// `debug.getinfo` of stack level `level` (0: the running builtin), if there is one.
    fn level_info(&mut self, level: usize) -> Option<FrameInfo>;
    /// `chunk:line: ` of the Lua code calling the running builtin, empty when Rust called
    /// it (Lua's `luaL_where(L, 1)`), for messages a builtin returns rather than raises.
    fn caller_position(&self) -> String;
    /// The string metatable is now reachable by Lua code (`getmetatable("")`), which may
    /// change its `__index`: compiled method calls on strings stop assuming it is the
    /// `string` table.
    fn string_metatable_escapes(&mut self);
    /// Writes out what the program printed so far (before a command runs).
    fn flush_out(&mut self) -> Result<(), BuiltinError>;
    /// `os.exit(code, close)`: the error to raise, which no `pcall` catches and which ends
    /// the program with `code`.
    fn exit(&mut self, code: i32, close: bool) -> BuiltinError;
    /// The state of `math.random`'s generator.
    fn random_state(&mut self) -> &mut RandomState;
    /// The word the host sets to stop the running code (`JitContext::interrupt`): long
    /// builtins (the pattern matcher) poll it. Valid while the VM lives.
    fn interrupt_flag(&self) -> *const std::sync::atomic::AtomicU32;
    /// A builtin closure: a function running builtin `builtin` (an index in [`BUILTINS`]),
    /// which reads `up` with [`Host::native_upvalue`] (Lua's C closure with one upvalue:
    /// `coroutine.wrap`'s functions, the iterators of `gmatch` and `lines`).
    fn native_closure(&mut self, builtin: u32, up: Value) -> Result<Value, BuiltinError>;
    /// The value of the builtin closure running now; read it before anything else (a call
    /// into Lua or a thread switch may run another one).
    fn native_upvalue(&self) -> Value;
    /// The builtin closure running now (as [`Host::native_upvalue`]: read it on entry). It
    /// stays alive while it runs (its caller's stack holds it).
    fn native_function(&self) -> *const crate::runtime::heap::NativeFn;
    /// The VM's files.
    fn files(&mut self) -> &mut Files;
    /// `coroutine.create(f)`: a new suspended thread running `f`.
    fn thread_create(&mut self, f: Value) -> Result<Value, BuiltinError>;
    /// Resumes thread `co` with `args`: pushes (after `true` when `status`) the values it
    /// yielded or returned, or gives back the error that stopped it (nothing pushed).
    fn thread_resume(&mut self, co: Value, args: &[Value], status: bool) -> Result<Result<(), Value>, BuiltinError>;
    /// Suspends the running coroutine, handing `args` to its resumer; pushes the values of
    /// the resume that continues it.
    fn thread_yield(&mut self, args: &[Value]) -> Result<(), BuiltinError>;
    /// `coroutine.status`.
    fn thread_status(&mut self, co: Value) -> &'static str;
    /// The running thread and whether it is the main one.
    fn thread_running(&mut self) -> (Value, bool);
    /// Whether `co` (the running thread when `None`) may yield.
    fn thread_yieldable(&mut self, co: Option<Value>) -> bool;
    /// Closes a suspended or dead thread's pending `<close>` values (it is dead after);
    /// returns the error it ends with, if any.
    fn thread_close(&mut self, co: Value) -> Result<Option<Value>, BuiltinError>;
    /// [`Host::traceback`] of thread `co`'s stack (empty for a thread that is not running,
    /// suspended in a yield or waiting for another).
    fn thread_traceback(&mut self, co: Value, level: usize) -> Vec<String>;
}

/// Returns `vals` as the builtin's results: all but the last pushed, the last returned.
fn results(h: &mut dyn Host, vals: impl IntoIterator<Item = Value>) -> Result<Option<Value>, BuiltinError> {
    let mut last = None;
    for v in vals {
        if let Some(prev) = last.replace(v) {
            h.push_result(prev)?;
        }
    }
    Ok(last)
}

/// How a builtin failed. Position information is added by the caller, which knows the
/// calling Lua code.
#[derive(Clone, Debug, PartialEq)]
pub enum BuiltinError {
    /// `bad argument #arg to 'NAME' (msg)`: the caller knows the name the call site used for
    /// the function (`local 'f'`, method 'rep', ...) and shifts `arg` for method calls.
    Arg { arg: usize, msg: String },
    /// A `luaL_error`-style message: the caller prefixes the position of the calling Lua code.
    Located(String),
    /// A message shown exactly as is (`error("x", 0)`, `error(42)`, compare errors raised
    /// inside `math.max`).
    Raw(String),
    /// `error(msg, level)` with level >= 2: the position of the frame `level - 1` calls up.
    AtLevel(String, u32),
    /// A result too large for memory: `not enough memory`.
    Memory,
    /// An error raised by Lua code the builtin called, passed on unchanged.
    Lua(crate::runtime::error::LuaError),
    /// `error(v)` with a value raised as it is (no position added).
    Value(Value),
}

/// A builtin: its arguments in, its last result out (`None`: no result there). A builtin
/// with several results pushes the others first ([`Host::push_result`]).
pub type BuiltinFn = fn(&mut dyn Host, &[Value]) -> Result<Option<Value>, BuiltinError>;

/// The library a builtin belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lib {
    Base,
    Io,
    Os,
    Math,
    String,
    Table,
    Package,
    Debug,
    Utf8,
    Coroutine,
    /// The methods and metamethods of files (not a global library).
    File,
}

/// One builtin function.
pub struct Builtin {
    pub lib: Lib,
    /// The name in its library (`floor`), as argument errors show it.
    pub name: &'static str,
    pub func: BuiltinFn,
}

macro_rules! builtins {
    ($( $lib:ident $name:literal => $f:path; )*) => {
        /// Every builtin, in index order.
        pub static BUILTINS: &[Builtin] = &[ $( Builtin { lib: Lib::$lib, name: $name, func: $f }, )* ];
    };
}

builtins! {
    Base "print" => b_print;
    Base "type" => b_type;
    Base "tostring" => b_tostring;
    Base "tonumber" => b_tonumber;
    Base "error" => b_error;
    Base "pcall" => b_pcall;
    Base "xpcall" => b_xpcall;
    Base "assert" => b_assert;
    Base "rawget" => b_rawget;
    Base "rawset" => b_rawset;
    Base "rawlen" => b_rawlen;
    Base "rawequal" => b_rawequal;
    Base "select" => b_select;
    Base "collectgarbage" => b_collectgarbage;
    Base "setmetatable" => b_setmetatable;
    Base "getmetatable" => b_getmetatable;
    Base "next" => b_next;
    Base "pairs" => b_pairs;
    Base "ipairs" => b_ipairs;
    // `ipairs`'s iterator, reachable only as a value (its name is no identifier).
    Base "for iterator" => b_ipairs_step;
    Base "load" => b_load;
    Base "loadfile" => b_loadfile;
    Base "dofile" => b_dofile;
    Base "require" => b_require;
    Base "warn" => b_warn;
    Debug "traceback" => d_traceback;
    Debug "getinfo" => d_getinfo;
    Debug "getmetatable" => d_getmetatable;
    Debug "setmetatable" => d_setmetatable;
    Package "searchpath" => p_searchpath;
    Package "loadlib" => p_loadlib;
    // `package.searchers`, reachable only as values.
    Package "searcher preload" => searcher_preload;
    Package "searcher Lua" => searcher_lua;
    Package "searcher C" => searcher_c;
    Package "searcher Croot" => searcher_croot;
    Io "write" => io_write;
    Io "read" => io_read;
    Io "lines" => io_lines;
    Io "open" => io_open;
    Io "close" => io_close;
    Io "input" => io_input;
    Io "output" => io_output;
    Io "type" => io_type;
    Io "flush" => io_flush;
    Io "tmpfile" => io_tmpfile;
    Io "popen" => io_popen;
    // `io.lines`'s iterators call it, reachable only as a value.
    Io "lines step" => io_lines_step;
    File "read" => f_read;
    File "write" => f_write;
    File "lines" => f_lines;
    File "close" => f_close;
    File "seek" => f_seek;
    File "setvbuf" => f_setvbuf;
    File "flush" => f_flush;
    File "__tostring" => f_tostring;
    File "__gc" => f_gc;
    File "__close" => f_gc;
    Os "clock" => os_clock;
    Os "time" => os_time;
    Os "date" => os_date;
    Os "difftime" => os_difftime;
    Os "getenv" => os_getenv;
    Os "exit" => os_exit;
    Os "remove" => os_remove;
    Os "rename" => os_rename;
    Os "tmpname" => os_tmpname;
    Os "execute" => os_execute;
    Os "setlocale" => os_setlocale;
    Math "abs" => m_abs;
    Math "ceil" => m_ceil;
    Math "floor" => m_floor;
    Math "sqrt" => m_sqrt;
    Math "sin" => m_sin;
    Math "cos" => m_cos;
    Math "tan" => m_tan;
    Math "asin" => m_asin;
    Math "acos" => m_acos;
    Math "atan" => m_atan;
    Math "exp" => m_exp;
    Math "log" => m_log;
    Math "fmod" => m_fmod;
    Math "tointeger" => m_tointeger;
    Math "type" => m_type;
    Math "ult" => m_ult;
    Math "max" => m_max;
    Math "min" => m_min;
    Math "random" => m_random;
    Math "randomseed" => m_randomseed;
    Math "modf" => m_modf;
    Math "deg" => m_deg;
    Math "rad" => m_rad;
    Coroutine "create" => co_create;
    Coroutine "resume" => co_resume;
    Coroutine "yield" => co_yield;
    Coroutine "status" => co_status;
    Coroutine "running" => co_running;
    Coroutine "isyieldable" => co_isyieldable;
    Coroutine "close" => co_close;
    Coroutine "wrap" => co_wrap;
    // What `wrap`'s functions call, reachable only as a value.
    Coroutine "wrap step" => co_wrap_step;
    Base "host function" => b_host_function;
    Base "error tostring" => b_error_tostring;
    // Host types' field access (the embedding API's userdata), and the mark of a getter.
    Base "userdata index" => b_userdata_index;
    Base "userdata newindex" => b_userdata_newindex;
    Base "host getter" => b_host_function;
    Utf8 "char" => u_char;
    Utf8 "len" => u_len;
    Utf8 "codepoint" => u_codepoint;
    Utf8 "offset" => u_offset;
    Utf8 "codes" => u_codes;
    // `utf8.codes`'s iterators, reachable only as values.
    Utf8 "codes step" => u_codes_step;
    Utf8 "codes lax step" => u_codes_lax_step;
    String "len" => s_len;
    String "sub" => s_sub;
    String "upper" => s_upper;
    String "lower" => s_lower;
    String "rep" => s_rep;
    String "byte" => s_byte;
    String "char" => s_char;
    String "format" => s_format;
    String "reverse" => s_reverse;
    String "find" => s_find;
    String "match" => s_match;
    String "gmatch" => s_gmatch;
    String "gsub" => s_gsub;
    String "pack" => s_pack;
    String "unpack" => s_unpack;
    String "packsize" => s_packsize;
    String "dump" => s_dump;
    // `gmatch`'s iterators call it, reachable only as a value.
    String "gmatch step" => s_gmatch_step;
    Table "insert" => t_insert;
    Table "remove" => t_remove;
    Table "concat" => t_concat;
    Table "move" => t_move;
    Table "pack" => t_pack;
    Table "unpack" => t_unpack;
    Table "sort" => t_sort;
}

/// The builtin index of `lib.name`, if phase 1 has it.
pub fn lookup(lib: Lib, name: &str) -> Option<u32> {
    BUILTINS.iter().position(|b| b.lib == lib && b.name == name).map(|i| i as u32)
}

/// A stable address to show for builtin and file values in `tostring`.
pub fn address_of(v: Value) -> usize {
    match v.tag {
        tag::BUILTIN => &BUILTINS[v.payload as usize] as *const Builtin as usize,
        _ => &BUILTINS as *const _ as usize,
    }
}

/// The standard library as Lua sees it: the global table and the string library's table
/// (where methods on strings are looked up).
#[derive(Clone, Copy)]
pub struct Libs {
    /// `_G`: the base functions, `_G`, `_VERSION` and one table per library.
    pub globals: *mut Table,
    /// The `string` table.
    pub string: *mut Table,
    /// The metatable of strings: `{__index = string}` (what `getmetatable("")` returns).
    pub string_meta: *mut Table,
    /// The metatable of files (`__index` holds their methods, `__name` is `FILE*`).
    pub file_meta: *mut Table,
    /// The `package` table `require` was opened with.
    pub package: *mut Table,
    /// The table of loaded modules `require` uses (Lua's registry `_LOADED`; also
    /// `package.loaded`, unless the program replaces that).
    pub loaded: *mut Table,
}

impl Lib {
    /// The library's name in `_G` (`None` for the base library, whose functions are globals).
    pub fn name(self) -> Option<&'static str> {
        Some(match self {
            Lib::Base => return None,
            Lib::Io => "io",
            Lib::Os => "os",
            Lib::Math => "math",
            Lib::String => "string",
            Lib::Table => "table",
            Lib::Package => "package",
            Lib::Debug => "debug",
            Lib::Utf8 => "utf8",
            Lib::Coroutine => "coroutine",
            Lib::File => "FILE*",
        })
    }
}

/// The constants of the `math` table.
pub const MATH_CONSTANTS: [&str; 4] = ["pi", "huge", "maxinteger", "mininteger"];

/// Builds the global table and the library tables in `heap`.
pub fn open_libs(heap: &mut Heap) -> Result<Libs, TableError> {
    fn set(heap: &mut Heap, t: *mut Table, name: &str, v: Value) -> Result<(), TableError> {
        let k = heap.str_value(name.as_bytes());
        // SAFETY: `t` is a live table of `heap`.
        unsafe { (*t).set(heap, k, v) }
    }
    let globals = heap.alloc_table(0, 64)?;
    let libs =
        [Lib::Io, Lib::Os, Lib::Math, Lib::String, Lib::Table, Lib::Package, Lib::Debug, Lib::Utf8, Lib::Coroutine];
    let mut tables = [std::ptr::null_mut(); 9];
    for (lib, t) in libs.iter().zip(tables.iter_mut()) {
        *t = heap.alloc_table(0, 32)?;
        set(heap, globals, lib.name().expect("a library table"), Value::from_table(*t))?;
    }
    for (i, b) in BUILTINS.iter().enumerate() {
        // `ipairs`'s iterator has no name to be found by.
        if b.name.contains(' ') {
            continue;
        }
        if b.lib == Lib::File {
            continue;
        }
        let t = match libs.iter().position(|&l| l == b.lib) {
            Some(k) => tables[k],
            None => globals,
        };
        set(heap, t, b.name, Value::builtin(i as u32))?;
    }
    let math = tables[2];
    let values =
        [Value::float(std::f64::consts::PI), Value::float(f64::INFINITY), Value::int(i64::MAX), Value::int(i64::MIN)];
    for (name, v) in MATH_CONSTANTS.iter().zip(values) {
        set(heap, math, name, v)?;
    }
    let pattern = heap.str_value(utf8lib::CHAR_PATTERN);
    set(heap, tables[7], "charpattern", pattern)?;
    set(heap, globals, "_G", Value::from_table(globals))?;
    let version = heap.str_value(b"Lua 5.4");
    set(heap, globals, "_VERSION", version)?;
    let string_meta = heap.alloc_table(0, 1)?;
    set(heap, string_meta, "__index", Value::from_table(tables[3]))?;
    let package = tables[5];
    let loaded = heap.alloc_table(0, 16)?;
    set(heap, loaded, "_G", Value::from_table(globals))?;
    for (lib, t) in libs.iter().zip(tables) {
        set(heap, loaded, lib.name().expect("a library table"), Value::from_table(t))?;
    }
    set(heap, package, "loaded", Value::from_table(loaded))?;
    let preload = heap.alloc_table(0, 4)?;
    set(heap, package, "preload", Value::from_table(preload))?;
    let searchers = heap.alloc_table(4, 0)?;
    for (i, name) in ["searcher preload", "searcher Lua", "searcher C", "searcher Croot"].iter().enumerate() {
        let f = Value::builtin(lookup(Lib::Package, name).expect("a searcher"));
        // SAFETY: a live table of `heap`.
        unsafe { (*searchers).set(heap, Value::int(i as i64 + 1), f)? };
    }
    set(heap, package, "searchers", Value::from_table(searchers))?;
    let path = path_from_env("LUA_PATH_5_4", "LUA_PATH", DEFAULT_PATH);
    let v = heap.str_value(path.as_bytes());
    set(heap, package, "path", v)?;
    let cpath = path_from_env("LUA_CPATH_5_4", "LUA_CPATH", DEFAULT_CPATH);
    let v = heap.str_value(cpath.as_bytes());
    set(heap, package, "cpath", v)?;
    let v = heap.str_value(loadlib::PACKAGE_CONFIG.as_bytes());
    set(heap, package, "config", v)?;
    // Files: their methods, metamethods and the standard files.
    let file_meta = heap.alloc_table(0, 8)?;
    let methods = heap.alloc_table(0, 8)?;
    for (i, b) in BUILTINS.iter().enumerate().filter(|(_, b)| b.lib == Lib::File) {
        let t = if b.name.starts_with("__") { file_meta } else { methods };
        set(heap, t, b.name, Value::builtin(i as u32))?;
    }
    set(heap, file_meta, "__index", Value::from_table(methods))?;
    let name = heap.str_value(b"FILE*");
    set(heap, file_meta, "__name", name)?;
    for (k, name) in ["stdin", "stdout", "stderr"].iter().enumerate() {
        set(heap, tables[0], name, file_value(k as u32))?;
    }
    Ok(Libs { globals, string: tables[3], string_meta, file_meta, package, loaded })
}

// ---------------------------------------------------------------------------------------------
// Argument checks, after lauxlib.

fn arg_error(n: usize, msg: &str) -> BuiltinError {
    BuiltinError::Arg { arg: n, msg: msg.to_string() }
}

fn type_error(args: &[Value], i: usize, expected: &str) -> BuiltinError {
    let got = args.get(i).map_or("no value", |v| v.type_name());
    arg_error(i + 1, &format!("{expected} expected, got {got}"))
}

fn check_any(args: &[Value], i: usize) -> Result<Value, BuiltinError> {
    args.get(i).copied().ok_or_else(|| arg_error(i + 1, "value expected"))
}

/// A number argument (strings convert), as a value of tag INT or FLOAT.
fn check_num(args: &[Value], i: usize) -> Result<Value, BuiltinError> {
    match args.get(i) {
        Some(v) if v.is_number() => Ok(*v),
        Some(v) if v.is_str() => {
            str_to_number(v.str_bytes()).map(arith::num_value).ok_or_else(|| type_error(args, i, "number"))
        }
        _ => Err(type_error(args, i, "number")),
    }
}

fn check_float(args: &[Value], i: usize) -> Result<f64, BuiltinError> {
    check_num(args, i).map(Value::num_as_float)
}

fn check_int(args: &[Value], i: usize) -> Result<i64, BuiltinError> {
    let v = check_num(args, i)?;
    if v.is_int() {
        Ok(v.as_int())
    } else {
        float_to_int_exact(v.as_float()).ok_or_else(|| arg_error(i + 1, "number has no integer representation"))
    }
}

fn opt_int(args: &[Value], i: usize, default: i64) -> Result<i64, BuiltinError> {
    match args.get(i) {
        None => Ok(default),
        Some(v) if v.is_nil() => Ok(default),
        Some(_) => check_int(args, i),
    }
}

/// A string argument (numbers convert to their string form).
/// A string argument: borrowed when it is a string, converted when it is a number (no copy
/// on the common path).
fn check_str(args: &[Value], i: usize) -> Result<Cow<'_, [u8]>, BuiltinError> {
    match args.get(i) {
        Some(v) if v.is_str() => Ok(Cow::Borrowed(v.str_bytes())),
        Some(v) if v.is_number() => {
            let mut out = Vec::new();
            arith::push_str_or_num(&mut out, *v);
            Ok(Cow::Owned(out))
        }
        _ => Err(type_error(args, i, "string")),
    }
}

/// A new string result (`not enough memory` if it cannot be allocated).
fn new_str(h: &mut dyn Host, bytes: &[u8]) -> Result<Option<Value>, BuiltinError> {
    new_str_with(h, bytes.len(), |dst| dst.copy_from_slice(bytes))
}

/// A new string result of `len` bytes written by `fill`.
fn new_str_with(h: &mut dyn Host, len: usize, fill: impl FnOnce(&mut [u8])) -> Result<Option<Value>, BuiltinError> {
    Ok(Some(Value::from_str_ptr(h.heap().try_alloc_str_with(len, fill)?)))
}

impl From<OutOfMemory> for BuiltinError {
    fn from(_: OutOfMemory) -> BuiltinError {
        BuiltinError::Memory
    }
}

// ---------------------------------------------------------------------------------------------
// Base library.

fn b_print(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let mut line = Vec::with_capacity(32);
    for (k, v) in args.iter().enumerate() {
        if k > 0 {
            line.push(b'\t');
        }
        if v.is_str() && v.str_bytes().len() > 4096 {
            // A long string goes out as it is, not through a copy (it may be as large as
            // memory).
            h.write_out(&line)?;
            line.clear();
            h.write_out(v.str_bytes())?;
        } else {
            tolstring(h, *v, &mut line)?;
        }
    }
    line.push(b'\n');
    h.write_out(&line)?;
    Ok(None)
}

fn b_type(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let v = check_any(args, 0)?;
    new_str(h, v.type_name().as_bytes())
}

fn b_tostring(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let v = check_any(args, 0)?;
    let tm = crate::runtime::meta::metamethod(h, v, Event::ToString);
    if v.is_str() && tm.is_nil() {
        return Ok(Some(v));
    }
    if !tm.is_nil() {
        return tostring_metamethod(h, tm, v).map(Some);
    }
    let mut s = Vec::new();
    tolstring(h, v, &mut s)?;
    new_str(h, &s)
}

/// Calls `__tostring` on `v`; its result must be a string or a number, which becomes a
/// string (Lua's `luaL_tolstring`).
fn tostring_metamethod(h: &mut dyn Host, tm: Value, v: Value) -> Result<Value, BuiltinError> {
    let r = h.call(tm, &[v])?;
    if r.is_str() {
        return Ok(r);
    }
    if !r.is_number() {
        return Err(BuiltinError::Located("'__tostring' must return a string".into()));
    }
    let mut text = Vec::new();
    tostring_bytes(r, &mut text);
    new_str(h, &text).map(|v| v.unwrap_or(Value::NIL))
}

/// Lua's `luaL_tolstring`: `__tostring` if the value's metatable has one, `NAME: 0x...` for
/// a table whose metatable has a string `__name`, else the plain conversion.
fn tolstring(h: &mut dyn Host, v: Value, out: &mut Vec<u8>) -> Result<(), BuiltinError> {
    let tm = crate::runtime::meta::metamethod(h, v, Event::ToString);
    if !tm.is_nil() {
        let r = tostring_metamethod(h, tm, v)?;
        out.extend_from_slice(r.str_bytes());
        return Ok(());
    }
    if v.is_table() || v.tag == tag::USERDATA {
        let name = crate::runtime::meta::metamethod(h, v, Event::Name);
        if name.is_str() {
            out.extend_from_slice(name.str_bytes());
            out.extend_from_slice(format!(": {:#x}", v.payload).as_bytes());
            return Ok(());
        }
    }
    tostring_bytes(v, out);
    Ok(())
}

fn b_tonumber(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    if args.get(1).is_none_or(|b| b.is_nil()) {
        let v = check_any(args, 0)?;
        return Ok(Some(match v.tag {
            tag::INT | tag::FLOAT => v,
            tag::STR => str_to_number(v.str_bytes()).map_or(Value::NIL, arith::num_value),
            _ => Value::NIL,
        }));
    }
    let base = check_int(args, 1)?;
    let s = match args.first() {
        Some(v) if v.is_str() => v.str_bytes(),
        _ => return Err(type_error(args, 0, "string")),
    };
    if !(2..=36).contains(&base) {
        return Err(arg_error(2, "base out of range"));
    }
    Ok(Some(str_to_int_base(s, base as u32).map_or(Value::NIL, Value::int)))
}

/// The message of an error value that escapes to the top level (lua.c's `msghandler`).
pub fn error_value_message(v: Value) -> String {
    if v.is_str() || v.is_number() {
        let mut s = Vec::new();
        tostring_bytes(v, &mut s);
        String::from_utf8_lossy(&s).into_owned()
    } else {
        format!("(error object is a {} value)", v.type_name())
    }
}

fn b_error(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let v = args.first().copied().unwrap_or(Value::NIL);
    let level = opt_int(args, 1, 1)?;
    if v.is_str() && level > 0 {
        let msg = String::from_utf8_lossy(v.str_bytes()).into_owned();
        return Err(if level == 1 { BuiltinError::Located(msg) } else { BuiltinError::AtLevel(msg, level as u32) });
    }
    Err(BuiltinError::Value(v))
}

/// `pcall(f, ...)`.
fn b_pcall(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let f = check_any(args, 0)?;
    h.protected_call(f, &args[1..], None)?;
    Ok(None)
}

/// `xpcall(f, msgh, ...)`.
fn b_xpcall(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    match args.get(1) {
        Some(v) if v.is_function() => {}
        _ => return Err(type_error(args, 1, "function")),
    }
    h.protected_call(args[0], &args[2..], Some(args[1]))?;
    Ok(None)
}

/// `assert(v, ...)`: all its arguments when `v` is true.
fn b_assert(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let v = check_any(args, 0)?;
    if v.truthy() {
        return results(h, args.iter().copied());
    }
    match args.get(1) {
        None => Err(BuiltinError::Located("assertion failed!".into())),
        Some(m) if m.is_str() => Err(BuiltinError::Located(String::from_utf8_lossy(m.str_bytes()).into_owned())),
        Some(m) => Err(BuiltinError::Value(*m)),
    }
}

/// `select(n, ...)`: the arguments after the n-th (negative: from the end), or `#`: their
/// count.
fn b_select(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let n = args.len() as i64;
    if let Some(a) = args.first()
        && a.is_str()
        && a.str_bytes().first() == Some(&b'#')
    {
        return Ok(Some(Value::int(n - 1)));
    }
    let mut i = check_int(args, 0)?;
    if i < 0 {
        i += n;
    } else if i > n {
        i = n;
    }
    if i < 1 {
        return Err(arg_error(1, "index out of range"));
    }
    results(h, args[i as usize..].iter().copied())
}

/// `t.__metatable` of a metatable `mt` (null: none).
fn protected_field(h: &mut dyn Host, mt: *mut Table) -> Value {
    if mt.is_null() {
        return Value::NIL;
    }
    let name = h.heap().str_value(b"__metatable");
    // SAFETY: a live table.
    unsafe { (*mt).get(name) }
}

/// `setmetatable(t, mt)`: Lua 5.4's checks (`cannot change a protected metatable`); a
/// metatable with `__gc` registers `t` for finalization, as Lua does when the metatable is
/// set.
fn b_setmetatable(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let t = match args.first() {
        Some(v) if v.is_table() => v.as_table_ptr(),
        _ => return Err(type_error(args, 0, "table")),
    };
    let mt = match args.get(1) {
        Some(v) if v.is_nil() => std::ptr::null_mut(),
        Some(v) if v.is_table() => v.as_table_ptr(),
        _ => return Err(type_error(args, 1, "nil or table")),
    };
    // SAFETY: live tables.
    let old = unsafe { (*t).metatable };
    if !protected_field(h, old).is_nil() {
        return Err(BuiltinError::Located("cannot change a protected metatable".into()));
    }
    set_table_metatable(h, t, mt)?;
    Ok(Some(args[0]))
}

/// Gives table `t` the metatable `mt` (null: none), registering it for finalization if
/// `mt` has `__gc`.
fn set_table_metatable(h: &mut dyn Host, t: *mut Table, mt: *mut Table) -> Result<(), BuiltinError> {
    // SAFETY: a live table.
    unsafe { (*t).metatable = mt };
    // SAFETY: both are live tables (or `mt` null).
    unsafe { h.heap().check_finalizer(t, mt)? };
    Ok(())
}

/// `getmetatable(v)`: the metatable's `__metatable` field if it has one, else the metatable
/// (strings share one, whose `__index` is the `string` table), else nil.
fn b_getmetatable(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let v = check_any(args, 0)?;
    let mt = if v.is_table() {
        // SAFETY: a live table.
        unsafe { (*v.as_table_ptr()).metatable }
    } else if v.is_str() {
        h.string_metatable_escapes();
        h.string_metatable()
    } else {
        crate::runtime::meta::metatable_of(h, v)
    };
    if mt.is_null() {
        return Ok(Some(Value::NIL));
    }
    let field = protected_field(h, mt);
    Ok(Some(if field.is_nil() { Value::from_table(mt) } else { field }))
}

/// The options `collectgarbage` accepts (Lua 5.4's `luaB_collectgarbage`).
const GC_OPTIONS: &[&str] = &[
    "stop",
    "restart",
    "collect",
    "count",
    "step",
    "setpause",
    "setstepmul",
    "isrunning",
    "generational",
    "incremental",
];

/// A GC parameter as Lua 5.4 stores it (`setgcparam`: a quarter of it in a byte) and
/// reports it back (`getgcparam`).
fn gc_param(v: i64) -> u32 {
    ((v as i32 / 4) as u8) as u32 * 4
}

/// `collectgarbage([opt [, ...]])`: the collector's controls, answered as Lua 5.4 answers
/// them. strata's collections are whole cycles, so a step that runs one finishes a cycle,
/// and the two modes differ only in the name reported back.
fn b_collectgarbage(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let opt = match args.first() {
        None => Cow::Borrowed(&b"collect"[..]),
        Some(v) if v.is_nil() => Cow::Borrowed(&b"collect"[..]),
        Some(_) => check_str(args, 0)?,
    };
    let Some(&name) = GC_OPTIONS.iter().find(|o| o.as_bytes() == &opt[..]) else {
        return Err(arg_error(1, &format!("invalid option '{}'", String::from_utf8_lossy(&opt))));
    };
    let mode = |generational: bool| if generational { &b"generational"[..] } else { &b"incremental"[..] };
    let r = match name {
        "collect" => {
            h.collect();
            Value::int(0)
        }
        "count" => Value::float(h.heap().allocated_bytes() as f64 / 1024.0),
        "step" => {
            // Generational mode collects at every step and never reports the end of a cycle
            // (Lua's collector stays in its propagate state there).
            let kb = opt_int(args, 1, 0)? as i32 as i64;
            let generational = h.heap().params.generational;
            let done = generational || h.heap().step_due(kb);
            if done {
                h.collect();
            }
            Value::bool(done && !generational)
        }
        "setpause" | "setstepmul" => {
            let v = gc_param(opt_int(args, 1, 0)?);
            let params = &mut h.heap().params;
            let slot = if name == "setpause" { &mut params.pause } else { &mut params.stepmul };
            let previous = std::mem::replace(slot, v);
            h.heap().set_threshold();
            Value::int(previous as i64)
        }
        "isrunning" => Value::bool(!h.heap().params.stopped),
        "generational" | "incremental" => {
            for i in 1..if name == "generational" { 3 } else { 4 } {
                opt_int(args, i, 0)?;
            }
            let heap = h.heap();
            let previous = mode(heap.params.generational);
            if name == "incremental" {
                let (pause, stepmul) = (opt_int(args, 1, 0)?, opt_int(args, 2, 0)?);
                if pause != 0 {
                    heap.params.pause = gc_param(pause);
                }
                if stepmul != 0 {
                    heap.params.stepmul = gc_param(stepmul);
                }
            }
            heap.params.generational = name == "generational";
            heap.set_threshold();
            return new_str(h, previous);
        }
        // "stop" and "restart".
        _ => {
            let heap = h.heap();
            heap.params.stopped = name == "stop";
            heap.set_threshold();
            Value::int(0)
        }
    };
    Ok(Some(r))
}

// ---------------------------------------------------------------------------------------------
// io and os.

/// `io.write`: writes its arguments one by one, so the ones before a bad argument are out.
fn os_clock(_h: &mut dyn Host, _args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    // C's clock(): processor time of the process.
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes the timespec it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    Ok(Some(Value::float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)))
}

// ---------------------------------------------------------------------------------------------
// math.

/// Math functions keep integers only for arguments that *are* integers: strings that
/// convert take the float path (`lua_isinteger` is false for them).
fn m_abs(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    match args.first() {
        Some(v) if v.is_int() => Ok(Some(Value::int(v.as_int().wrapping_abs()))),
        _ => Ok(Some(Value::float(check_float(args, 0)?.abs()))),
    }
}

/// A float rounded by `f` as an integer if it fits, else as a float (math.floor/ceil).
fn rounded(x: f64, f: fn(f64) -> f64) -> Value {
    let r = f(x);
    float_to_int_exact(r).map_or(Value::float(r), Value::int)
}

/// `math.floor`/`math.ceil` of argument 0: an integer is its own; anything else, a numeric
/// string too, is converted to a float first (Lua's `lua_isinteger` is false for strings:
/// `math.floor("9007199254740993")` is 9007199254740992).
fn rounded_arg(args: &[Value], f: fn(f64) -> f64) -> Result<Option<Value>, BuiltinError> {
    match args.first() {
        Some(v) if v.is_int() => Ok(Some(*v)),
        _ => Ok(Some(rounded(check_float(args, 0)?, f))),
    }
}

fn m_floor(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    rounded_arg(args, f64::floor)
}

fn m_ceil(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    rounded_arg(args, f64::ceil)
}

macro_rules! float_fn {
    ($($fname:ident $f:expr;)*) => {$(
        fn $fname(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
            let x = check_float(args, 0)?;
            let f: fn(f64) -> f64 = $f;
            Ok(Some(Value::float(f(x))))
        }
    )*};
}

float_fn! {
    m_sqrt f64::sqrt;
    m_sin f64::sin;
    m_cos f64::cos;
    m_tan f64::tan;
    m_asin f64::asin;
    m_acos f64::acos;
    m_exp f64::exp;
}

fn m_atan(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let y = check_float(args, 0)?;
    let x = match args.get(1) {
        None => 1.0,
        Some(v) if v.is_nil() => 1.0,
        Some(_) => check_float(args, 1)?,
    };
    Ok(Some(Value::float(y.atan2(x))))
}

fn m_log(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let x = check_float(args, 0)?;
    let r = match args.get(1) {
        None => x.ln(),
        Some(v) if v.is_nil() => x.ln(),
        Some(_) => {
            let b = check_float(args, 1)?;
            if b == 2.0 {
                x.log2()
            } else if b == 10.0 {
                x.log10()
            } else {
                x.ln() / b.ln()
            }
        }
    };
    Ok(Some(Value::float(r)))
}

fn m_fmod(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    if let [a, b, ..] = args.get(..2).unwrap_or(args)
        && a.is_int()
        && b.is_int()
    {
        let (x, d) = (a.as_int(), b.as_int());
        return match d {
            0 => Err(arg_error(2, "zero")),
            -1 => Ok(Some(Value::int(0))),
            _ => Ok(Some(Value::int(x % d))),
        };
    }
    // lmathlib.c checks both inside one call's argument list (`fmod(luaL_checknumber(L, 1),
    // luaL_checknumber(L, 2))`), which gcc evaluates right to left: with two bad arguments
    // lua5.4 names #2.
    let d = check_float(args, 1)?;
    Ok(Some(Value::float(check_float(args, 0)? % d)))
}

fn m_tointeger(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let v = check_any(args, 0)?;
    let n = match v.tag {
        tag::INT => Some(v.as_int()),
        tag::FLOAT => float_to_int_exact(v.as_float()),
        tag::STR => match str_to_number(v.str_bytes()) {
            Some(Num::Int(i)) => Some(i),
            Some(Num::Float(f)) => float_to_int_exact(f),
            None => None,
        },
        _ => None,
    };
    Ok(Some(n.map_or(Value::NIL, Value::int)))
}

fn m_type(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let v = check_any(args, 0)?;
    match v.tag {
        tag::INT => new_str(h, b"integer"),
        tag::FLOAT => new_str(h, b"float"),
        _ => Ok(Some(Value::NIL)),
    }
}

fn m_ult(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let a = check_int(args, 0)?;
    let b = check_int(args, 1)?;
    Ok(Some(Value::bool((a as u64) < (b as u64))))
}

/// math.max / math.min: compares the raw arguments (no conversion), like `lua_compare`.
fn extremum(args: &[Value], want_max: bool) -> Result<Option<Value>, BuiltinError> {
    let mut best = check_any(args, 0)?;
    for &v in &args[1..] {
        let replace = if want_max { arith::compare(best, v, false) } else { arith::compare(v, best, false) };
        if replace.map_err(|e| BuiltinError::Raw(e.message(None)))? {
            best = v;
        }
    }
    Ok(Some(best))
}

fn m_max(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    extremum(args, true)
}

fn m_min(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    extremum(args, false)
}

// ---------------------------------------------------------------------------------------------
// string.

fn s_len(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    Ok(Some(Value::int(check_str(args, 0)?.len() as i64)))
}

/// Lua's `posrelatI`: a start position, 1-based, negative from the end, clamped at 1.
fn start_pos(pos: i64, len: usize) -> usize {
    if pos > 0 {
        pos as usize
    } else if pos == 0 || pos.unsigned_abs() > len as u64 {
        1
    } else {
        (len as i64 + pos + 1) as usize
    }
}

/// Lua's `getendpos`: an end position clamped to `0..=len`.
fn end_pos(pos: i64, len: usize) -> usize {
    if pos > len as i64 {
        len
    } else if pos >= 0 {
        pos as usize
    } else if pos.unsigned_abs() > len as u64 {
        0
    } else {
        (len as i64 + pos + 1) as usize
    }
}

fn s_sub(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let s = check_str(args, 0)?;
    let i = start_pos(check_int(args, 1)?, s.len());
    let j = end_pos(opt_int(args, 2, -1)?, s.len());
    if i > j { new_str(h, b"") } else { new_str(h, &s[i - 1..j]) }
}

/// A string the same length as `s`, each byte mapped by `f` (`upper`, `lower`).
fn map_bytes(h: &mut dyn Host, args: &[Value], f: fn(&u8) -> u8) -> Result<Option<Value>, BuiltinError> {
    let s = check_str(args, 0)?;
    new_str_with(h, s.len(), |dst| {
        for (d, c) in dst.iter_mut().zip(s.iter()) {
            *d = f(c);
        }
    })
}

fn s_upper(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    map_bytes(h, args, u8::to_ascii_uppercase)
}

fn s_lower(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    map_bytes(h, args, u8::to_ascii_lowercase)
}

/// Lua 5.4's `MAXSIZE` for `string.rep`: `INT_MAX` bytes (lstrlib.c).
const MAX_REP: u64 = i32::MAX as u64;

fn s_rep(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let s = check_str(args, 0)?;
    let n = check_int(args, 1)?;
    let sep = match args.get(2) {
        None => Cow::Borrowed(&b""[..]),
        Some(v) if v.is_nil() => Cow::Borrowed(&b""[..]),
        Some(_) => check_str(args, 2)?,
    };
    if n <= 0 || (s.is_empty() && sep.is_empty()) {
        return new_str(h, b"");
    }
    if s.len() as u64 + sep.len() as u64 > MAX_REP / n as u64 {
        return Err(BuiltinError::Located("resulting string too large".into()));
    }
    let len = s.len() * n as usize + sep.len() * (n as usize - 1);
    new_str_with(h, len, |dst| {
        let mut at = 0;
        for k in 0..n as usize {
            if k > 0 {
                dst[at..at + sep.len()].copy_from_slice(&sep);
                at += sep.len();
            }
            dst[at..at + s.len()].copy_from_slice(&s);
            at += s.len();
        }
    })
}

fn s_byte(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let s = check_str(args, 0)?;
    let pi = opt_int(args, 1, 1)?;
    let i = start_pos(pi, s.len());
    let j = end_pos(opt_int(args, 2, pi)?, s.len());
    if i > j {
        return Ok(None);
    }
    if !h.room_for_results(j - i + 1) {
        return Err(BuiltinError::Located("stack overflow (string slice too long)".into()));
    }
    results(h, s[i - 1..j].iter().map(|&b| Value::int(b as i64)))
}

fn s_char(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let mut out = Vec::with_capacity(args.len());
    for i in 0..args.len() {
        let c = check_int(args, i)?;
        if !(0..=255).contains(&c) {
            return Err(arg_error(i + 1, "value out of range"));
        }
        out.push(c as u8);
    }
    new_str(h, &out)
}

fn s_format(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let fmt = check_str(args, 0)?;
    let mut to_text = |v: Value, out: &mut Vec<u8>| tolstring(h, v, out).map_err(|e| FormatError::Raised(Box::new(e)));
    match format::format(&fmt, &args[1..], &mut to_text) {
        Ok(s) => new_str(h, &s),
        Err(FormatError::Arg { arg, msg }) => Err(arg_error(arg, &msg)),
        Err(FormatError::Plain(msg)) => Err(BuiltinError::Located(msg)),
        Err(FormatError::Memory) => Err(BuiltinError::Memory),
        Err(FormatError::Raised(e)) => Err(*e),
    }
}

/// `string.dump`: strata keeps no loadable binary form of functions.
fn s_dump(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    if !args.first().is_some_and(|v| v.is_function()) {
        return Err(type_error(args, 0, "function"));
    }
    Err(BuiltinError::Located("unable to dump given function".into()))
}

fn s_reverse(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let s = check_str(args, 0)?;
    new_str_with(h, s.len(), |dst| {
        for (d, c) in dst.iter_mut().zip(s.iter().rev()) {
            *d = *c;
        }
    })
}

/// `__tostring` of the error values that stand for a host function's errors: the message
/// (field 1).
fn b_error_tostring(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    match args.first() {
        // SAFETY: table values point to live tables.
        Some(t) if t.is_table() => Ok(Some(unsafe { (*t.as_table_ptr()).get(Value::int(1)) })),
        _ => Ok(Some(Value::NIL)),
    }
}

/// A host type's `__index` called as a function (`getmetatable(ud).__index(ud, k)`): what
/// the field access `ud[k]` finds (the generic lookup does the same without the call).
fn b_userdata_index(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    use crate::runtime::meta::{Field, userdata_field};
    let (ud, key) = (check_any(args, 0)?, args.get(1).copied().unwrap_or(Value::NIL));
    // SAFETY: the running closure is live; its value is the type's fields table.
    let fields = unsafe { (*h.native_function()).up };
    if !fields.is_table() {
        return Ok(Some(Value::NIL));
    }
    // SAFETY: the closure's value is a live table.
    let fields = unsafe { &*fields.as_table_ptr() };
    Ok(Some(match userdata_field(fields, key) {
        Field::Value(v) => v,
        Field::Getter(g) => h.call_getter(g, ud)?,
        Field::Missing(f) if f.is_nil() => Value::NIL,
        Field::Missing(f) if f.is_function() => h.call_metamethod(f, &[ud, key])?,
        Field::Missing(f) => crate::runtime::meta::index(h, f, key).map_err(tablib::op_error)?,
    }))
}

/// A host type's `__newindex` called as a function: what `ud[k] = v` does.
fn b_userdata_newindex(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    use crate::runtime::meta::{Field, userdata_field};
    let ud = check_any(args, 0)?;
    let (key, v) = (args.get(1).copied().unwrap_or(Value::NIL), args.get(2).copied().unwrap_or(Value::NIL));
    // SAFETY: as in `b_userdata_index`.
    let setters = unsafe { (*h.native_function()).up };
    if !setters.is_table() {
        return Ok(None);
    }
    // SAFETY: as above.
    match userdata_field(unsafe { &*setters.as_table_ptr() }, key) {
        Field::Value(f) | Field::Getter(f) => {
            h.call_metamethod(f, &[ud, v])?;
        }
        Field::Missing(f) if f.is_nil() => {
            return Err(tablib::op_error(crate::runtime::meta::unknown_field_error(h, ud, key)));
        }
        Field::Missing(f) if f.is_function() => {
            h.call_metamethod(f, &[ud, key, v])?;
        }
        Field::Missing(f) => crate::runtime::meta::set_index(h, f, key, v).map_err(tablib::op_error)?,
    }
    Ok(None)
}

/// What a host function (a Rust function registered through the embedding API) runs: its
/// code, on the arguments.
fn b_host_function(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let nf = h.native_function();
    // SAFETY: the running builtin closure is live while it runs; only host functions run
    // this builtin, and their code is set when they are made.
    let code = unsafe { (*nf).host.as_deref() }.expect("a host function has code");
    code.call(h, args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_positions_follow_lua() {
        assert_eq!(start_pos(-3, 5), 3);
        assert_eq!(start_pos(0, 5), 1);
        assert_eq!(start_pos(-10, 5), 1);
        assert_eq!(end_pos(-2, 5), 4);
        assert_eq!(end_pos(100, 5), 5);
        assert_eq!(end_pos(-10, 5), 0);
    }

    #[test]
    fn lookup_finds_library_functions() {
        assert!(lookup(Lib::Math, "floor").is_some());
        assert!(lookup(Lib::String, "format").is_some());
        assert!(lookup(Lib::Debug, "sethook").is_none());
        assert_eq!(lookup(Lib::Base, "print"), Some(0));
    }

    #[test]
    fn floor_and_ceil_give_integers_when_they_fit() {
        assert_eq!(rounded(3.7, f64::floor), Value::int(3));
        assert_eq!(rounded(-0.0, f64::floor), Value::int(0));
        assert!(rounded(1e30, f64::floor).is_float());
    }
}

//! The embedding methods of [`Vm`] and [`Chunk`].

use std::rc::Rc;

use super::handles::Ref;
use super::{Error, FromLuaMulti, Function, IntoLuaMulti, LuaString, Result, RustFn, Table, Value};
use crate::Vm;
use crate::runtime::builtins::{BuiltinError, Host, Lib, lookup};
use crate::runtime::value::Value as Raw;

/// The builtin every Rust function runs.
pub(crate) static HOST_FUNCTION: std::sync::LazyLock<u32> =
    std::sync::LazyLock::new(|| lookup(Lib::Base, "host function").expect("the host function builtin"));

/// Source to run, from [`Vm::load`]: give it a name, then run it or make a function of it.
///
/// ```
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// let chunk = vm.load("local a, b = ... return a .. b").set_name("=concat");
/// assert_eq!(chunk.call::<String>(("x", "y"))?, "xy");
/// # Ok::<(), strata::Error>(())
/// ```
#[must_use = "a chunk does nothing until it is run (`exec`, `eval`, `call`) or made a function"]
pub struct Chunk<'a> {
    vm: &'a Vm,
    source: Vec<u8>,
    name: Option<String>,
    env: Option<Table>,
}

/// Source a chunk is made from: `&str`, `String`, `&[u8]`, `Vec<u8>`.
///
/// ```
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// assert_eq!(vm.load("1").eval::<i64>()?, 1);
/// assert_eq!(vm.load(String::from("2")).eval::<i64>()?, 2);
/// assert_eq!(vm.load(b"3").eval::<i64>()?, 3);
/// assert_eq!(vm.load(vec![b'4']).eval::<i64>()?, 4);
/// # Ok::<(), strata::Error>(())
/// ```
pub trait AsChunk {
    fn into_source(self) -> Vec<u8>;
}

impl AsChunk for &str {
    fn into_source(self) -> Vec<u8> {
        self.as_bytes().to_vec()
    }
}
impl AsChunk for String {
    fn into_source(self) -> Vec<u8> {
        self.into_bytes()
    }
}
impl AsChunk for &String {
    fn into_source(self) -> Vec<u8> {
        self.as_bytes().to_vec()
    }
}
impl AsChunk for &[u8] {
    fn into_source(self) -> Vec<u8> {
        self.to_vec()
    }
}
impl<const N: usize> AsChunk for &[u8; N] {
    fn into_source(self) -> Vec<u8> {
        self.to_vec()
    }
}
impl AsChunk for Vec<u8> {
    fn into_source(self) -> Vec<u8> {
        self
    }
}

impl<'a> Chunk<'a> {
    /// The chunk's name as Lua's `load` takes it: `"=name"` shows as `name` in messages,
    /// `"@file.lua"` as `file.lua`, anything else as `[string "..."]`. Without a name, the
    /// source itself names the chunk (as `load(s)` does).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let err = vm.load("error('bad')").set_name("=config").exec().unwrap_err();
    /// assert!(err.to_string().starts_with("config:1: bad"));
    /// let err = vm.load("error('bad')").set_name("@init.lua").exec().unwrap_err();
    /// assert!(err.to_string().starts_with("init.lua:1: bad"));
    /// let err = vm.load("error('bad')").exec().unwrap_err();
    /// assert!(err.to_string().starts_with("[string \"error('bad')\"]:1: bad"));
    /// ```
    pub fn set_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// The chunk's `_ENV` (its globals) instead of the global table.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let env = vm.create_table()?;
    /// env.set("x", 2)?;
    /// vm.load("y = x * 21").set_environment(env.clone()).exec()?;
    /// assert_eq!(env.get::<i64>("y")?, 42);
    /// assert_eq!(vm.globals().get::<Option<i64>>("y")?, None);
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn set_environment(mut self, env: Table) -> Self {
        self.env = Some(env);
        self
    }

    /// Runs the chunk, dropping what it returns.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// vm.load("count = (count or 0) + 1").exec()?;
    /// vm.load("count = (count or 0) + 1").exec()?;
    /// assert_eq!(vm.globals().get::<i64>("count")?, 2);
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn exec(self) -> Result<()> {
        self.into_function()?.call(())
    }

    /// Runs the chunk and converts what it returns. Source that is an expression
    /// (`"1 + 2"`) is evaluated as one (`return 1 + 2`).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// assert_eq!(vm.load("1 + 2").eval::<i64>()?, 3); // an expression
    /// assert_eq!(vm.load("local x = 4 return x * x").eval::<i64>()?, 16); // a block
    /// let (n, s): (i64, String) = vm.load("10, 'ten'").eval()?;
    /// assert_eq!((n, s.as_str()), (10, "ten"));
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn eval<R: FromLuaMulti>(self) -> Result<R> {
        let mut expr = b"return ".to_vec();
        expr.extend_from_slice(&self.source);
        let name = self.name.clone().unwrap_or_else(|| String::from_utf8_lossy(&self.source).into_owned());
        let f = match self.vm.compile(&expr, name.as_bytes(), self.env.as_ref()) {
            Ok(f) => f,
            Err(Error::SyntaxError { .. }) => self.into_function()?,
            Err(e) => return Err(e),
        };
        f.call(())
    }

    /// Runs the chunk with `args` (its `...`) and converts what it returns.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let sum: i64 = vm
    ///     .load("local s = 0 for _, v in ipairs({...}) do s = s + v end return s")
    ///     .call((1, 2, 3))?;
    /// assert_eq!(sum, 6);
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn call<R: FromLuaMulti>(self, args: impl IntoLuaMulti) -> Result<R> {
        self.into_function()?.call(args)
    }

    /// Compiles the chunk into a function (nothing runs).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let f = vm.load("n = (n or 0) + 1").into_function()?;
    /// assert_eq!(vm.globals().get::<Option<i64>>("n")?, None); // nothing ran yet
    /// f.call::<()>(())?;
    /// f.call::<()>(())?;
    /// assert_eq!(vm.globals().get::<i64>("n")?, 2);
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn into_function(self) -> Result<Function> {
        let name = match &self.name {
            Some(n) => n.as_bytes().to_vec(),
            None => self.source.clone(),
        };
        self.vm.compile(&self.source, &name, self.env.as_ref())
    }
}

impl Vm {
    /// Source to run in this VM's persistent state (see [`Chunk`]).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// vm.load("greeting = 'hi'").exec().unwrap();
    /// let n: i64 = vm.load("#greeting + 40").eval().unwrap();
    /// assert_eq!(n, 42);
    /// ```
    pub fn load(&self, source: impl AsChunk) -> Chunk<'_> {
        Chunk { vm: self, source: source.into_source(), name: None, env: None }
    }

    fn compile(&self, source: &[u8], name: &[u8], env: Option<&Table>) -> Result<Function> {
        let inner = &self.inner;
        let env = match env {
            Some(t) => Some(Value::Table(t.clone()).to_raw(inner)?),
            None => None,
        };
        let state = inner.state();
        state.api_gc_point(false);
        let mut loaded = state.load(source, name, env);
        if let Err(BuiltinError::Memory) = loaded {
            // (Garbage may hold the memory: collect, and try once more.)
            state.api_gc_point(true);
            loaded = state.load(source, name, env);
        }
        match loaded {
            Ok(Ok(f)) => Ok(Function(Ref::new(inner, f))),
            Ok(Err(message)) => {
                let incomplete_input = message.ends_with("<eof>");
                Err(Error::SyntaxError { message, incomplete_input })
            }
            Err(BuiltinError::Memory) => Err(Error::memory()),
            Err(e) => Err(Error::runtime(format!("{e:?}"))),
        }
    }

    /// The global table (`_G`).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// vm.globals().set("limit", 10)?;
    /// assert_eq!(vm.load("limit * 2").eval::<i64>()?, 20);
    /// vm.load("answer = 42").exec()?;
    /// assert_eq!(vm.globals().get::<i64>("answer")?, 42);
    /// assert_eq!(vm.globals(), vm.load("_G").eval::<strata::Table>()?);
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn globals(&self) -> Table {
        let g = self.inner.state().libs.globals;
        Table(Ref::new(&self.inner, Raw::from_table(g)))
    }

    /// A new empty table.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t = vm.create_table()?;
    /// t.set("name", "strata")?;
    /// vm.globals().set("info", t)?;
    /// assert_eq!(vm.load("info.name").eval::<String>()?, "strata");
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn create_table(&self) -> Result<Table> {
        self.create_table_with_capacity(0, 0)
    }

    /// A new table with room for `narr` sequence values and `nrec` other entries.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t = vm.create_table_with_capacity(100, 0)?;
    /// assert_eq!(t.raw_len(), 0);
    /// for i in 1..=100 {
    ///     t.push(i * i)?;
    /// }
    /// assert_eq!((t.raw_len(), t.get::<i64>(10)?), (100, 100));
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn create_table_with_capacity(&self, narr: usize, nrec: usize) -> Result<Table> {
        let state = self.inner.state();
        let t = state.heap.alloc_table(narr, nrec).map_err(|_| Error::memory())?;
        Ok(Table(Ref::new(&self.inner, Raw::from_table(t))))
    }

    /// A table with the sequence `values`.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t = vm.create_sequence_from(["a", "b", "c"])?;
    /// vm.globals().set("letters", t)?;
    /// assert_eq!(vm.load("table.concat(letters, ',')").eval::<String>()?, "a,b,c");
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn create_sequence_from<V: super::IntoLua>(&self, values: impl IntoIterator<Item = V>) -> Result<Table> {
        let t = self.create_table()?;
        for (i, v) in values.into_iter().enumerate() {
            t.raw_set(i as i64 + 1, v)?;
        }
        Ok(t)
    }

    /// A Lua string of these bytes.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let s = vm.create_string(b"\x00bin\xff")?;
    /// assert_eq!(s.as_bytes(), b"\x00bin\xff");
    /// vm.globals().set("s", s)?;
    /// assert_eq!(vm.load("#s").eval::<i64>()?, 5);
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn create_string(&self, bytes: impl AsRef<[u8]>) -> Result<LuaString> {
        let state = self.inner.state();
        let bytes = bytes.as_ref();
        let s =
            state.heap.try_alloc_str_with(bytes.len(), |d| d.copy_from_slice(bytes)).map_err(|_| Error::memory())?;
        Ok(LuaString(Ref::new(&self.inner, Raw::from_str_ptr(s))))
    }

    /// A Lua function that runs `f`. Its arguments convert to `A` (a value, a tuple,
    /// [`super::Variadic`]); what it returns converts to Lua values. An `Err` becomes a Lua
    /// error (a Lua error that came through stays the same message; any other comes back
    /// out of the VM as [`Error::CallbackError`] with the original); a panic becomes a Lua
    /// error and never unwinds through the VM.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let greet = vm.create_function(|_, name: String| Ok(format!("hello, {name}"))).unwrap();
    /// vm.globals().set("greet", greet).unwrap();
    /// assert_eq!(vm.load("greet('lua')").eval::<String>().unwrap(), "hello, lua");
    /// ```
    pub fn create_function<A, R, F>(&self, f: F) -> Result<Function>
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        F: Fn(&Vm, A) -> Result<R> + 'static,
    {
        self.host_function(*HOST_FUNCTION, move |vm: &Vm, args: &[Raw], out: &mut Vec<Raw>| {
            let a = A::from_raw_args(args, 1, vm)?;
            f(vm, a)?.push_raw_split(vm, out)
        })
    }

    /// A function running builtin `builtin` (the host function one, or the mark of a
    /// userdata getter) with Rust code `f`.
    pub(crate) fn host_function<F>(&self, builtin: u32, f: F) -> Result<Function>
    where
        F: Fn(&Vm, &[Raw], &mut Vec<Raw>) -> Result<Option<Raw>> + 'static,
    {
        let code = RustFn { vm: Rc::downgrade(&self.inner), f };
        let state = self.inner.state();
        let nf = state.heap.try_alloc_host_fn(builtin, Box::new(code)).map_err(|_| Error::memory())?;
        Ok(Function(Ref::new(&self.inner, Raw::from_native(nf))))
    }

    /// [`Vm::create_function`] for a function that mutates what it captured. Called again
    /// while it runs (through Lua), it raises an error instead.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let mut last = 0;
    /// let next_id = vm.create_function_mut(move |_, ()| {
    ///     last += 1;
    ///     Ok(last)
    /// })?;
    /// vm.globals().set("next_id", next_id)?;
    /// assert_eq!(vm.load("next_id(), next_id(), next_id()").eval::<(i64, i64, i64)>()?, (1, 2, 3));
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn create_function_mut<A, R, F>(&self, f: F) -> Result<Function>
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        F: FnMut(&Vm, A) -> Result<R> + 'static,
    {
        let cell = std::cell::RefCell::new(f);
        self.create_function(move |vm, a: A| {
            let mut f = cell
                .try_borrow_mut()
                .map_err(|_| Error::runtime("a mutable Rust function was called while it was running"))?;
            f(vm, a)
        })
    }

    /// Limits the memory the VM's heap may hold to `limit` bytes (0: no limit); returns the
    /// previous limit (0 if none). An allocation past it fails with Lua's `not enough
    /// memory`, an error Lua code can catch with `pcall`; collections are paced to come
    /// before the limit. The VM stays usable. (The check is made as the heap grows, by
    /// 64 KiB chunks of small objects or by large blocks, so the heap may hold a little more
    /// than the limit in cells of chunks it already has.)
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// vm.set_memory_limit(16 << 20).unwrap();
    /// let r: (bool, String) = vm
    ///     .load("return pcall(function() local t = {} for i = 1, 1e9 do t[i] = i end end)")
    ///     .eval()
    ///     .unwrap();
    /// assert_eq!(r, (false, "not enough memory".to_string()));
    /// ```
    pub fn set_memory_limit(&self, limit: usize) -> Result<usize> {
        let heap = &mut self.inner.state().heap;
        let old = heap.limit();
        heap.set_limit(if limit == 0 { usize::MAX } else { limit });
        Ok(if old == usize::MAX { 0 } else { old })
    }

    /// A handle that stops this VM's running Lua code from any thread (see
    /// [`crate::InterruptHandle`]).
    pub fn interrupt_handle(&self) -> crate::InterruptHandle {
        self.inner.interrupt_handle()
    }

    /// The Lua value `err` was raised with, when `err` is a runtime error of this VM: the
    /// value given to `error` (a table, a number, ... as it was), or for an error raised with
    /// a message, that message. `None` for other errors. (The VM keeps the values of its 64
    /// most recent errors; an older one gives back its message.) A Rust function that returns
    /// such an error raises the same value again, so error values round-trip through Rust.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let err = vm.load("error({code = 42})").exec().unwrap_err();
    /// let t: strata::Table = vm.error_value(&err).unwrap().try_into_table().unwrap();
    /// assert_eq!(t.get::<i64>("code").unwrap(), 42);
    /// ```
    pub fn error_value(&self, err: &Error) -> Option<Value> {
        let Error::RuntimeError { message, value, .. } = err else { return None };
        match value.as_ref().and_then(|e| self.inner.error_value(e)) {
            Some(v) => Some(Value::from_raw(&self.inner, v)),
            None => self.create_string(message).ok().map(Value::String),
        }
    }

    /// A coroutine that runs `func` when first resumed (`coroutine.create(func)`).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let f: strata::Function = vm.load("function(a) local b = coroutine.yield(a + 1) return b * 2 end").eval().unwrap();
    /// let co = vm.create_thread(f).unwrap();
    /// assert_eq!(co.resume::<i64>(1).unwrap(), 2);
    /// assert_eq!(co.resume::<i64>(10).unwrap(), 20);
    /// assert_eq!(co.status(), "dead");
    /// ```
    pub fn create_thread(&self, func: Function) -> Result<super::Thread> {
        self.coroutine_builtin("create").call(func)
    }

    /// The `coroutine` library's builtin `name`, as a function handle.
    pub(crate) fn coroutine_builtin(&self, name: &str) -> Function {
        let idx = lookup(Lib::Coroutine, name).expect("a coroutine builtin");
        Function(Ref::new(&self.inner, Raw::builtin(idx)))
    }

    /// Runs a full garbage collection.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// vm.load("cache = setmetatable({}, {__mode = 'v'}) cache[1] = {}").exec()?;
    /// vm.gc_collect(); // the table in the weak cache has no other reference
    /// assert_eq!(vm.load("cache[1]").eval::<Option<strata::Table>>()?, None);
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn gc_collect(&self) {
        self.inner.state().collect();
    }

    /// Bytes the VM's heap holds now.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let before = vm.used_memory();
    /// let s = vm.create_string(vec![0u8; 1 << 20])?;
    /// assert!(vm.used_memory() >= before + (1 << 20));
    /// drop(s);
    /// vm.gc_collect();
    /// assert!(vm.used_memory() < before + (1 << 20));
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn used_memory(&self) -> usize {
        self.inner.state().heap.allocated_bytes()
    }
}

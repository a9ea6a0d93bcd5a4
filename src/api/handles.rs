//! Handles to the VM's objects and the dynamic [`Value`].

use std::fmt;
use std::rc::Rc;

use super::{Error, FromLua, FromLuaMulti, Inner, IntoLua, IntoLuaMulti, Result};
use crate::runtime::value::{Value as Raw, tag};

/// A root in the VM: keeps one object alive until dropped.
pub(crate) struct Ref {
    pub(crate) inner: Rc<Inner>,
    slot: u32,
    /// The value `slot` holds (it never changes, and the collector does not move objects):
    /// read without the state.
    raw: Raw,
}

impl Ref {
    pub(crate) fn new(inner: &Rc<Inner>, v: Raw) -> Ref {
        let slot = inner.state().host_ref(v);
        Ref { inner: Rc::clone(inner), slot, raw: v }
    }

    #[inline]
    pub(crate) fn raw(&self) -> Raw {
        debug_assert!(self.inner.state().host_value(self.slot) == self.raw);
        self.raw
    }
}

impl Clone for Ref {
    fn clone(&self) -> Ref {
        Ref::new(&self.inner, self.raw())
    }
}

impl Drop for Ref {
    fn drop(&mut self) {
        self.inner.state().host_unref(self.slot);
    }
}

impl PartialEq for Ref {
    fn eq(&self, other: &Ref) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner) && self.raw() == other.raw()
    }
}

macro_rules! handle {
    ($(#[$doc:meta])* $name:ident, $what:literal) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq)]
        pub struct $name(pub(crate) Ref);

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($what, ": {:#x}"), self.0.raw().payload)
            }
        }

        impl $name {
            /// The object's address, as `tostring` shows it (stable while it lives).
            ///
            /// ```
            /// let vm = strata::Vm::new(strata::VmConfig::default());
            /// let t = vm.create_table()?;
            /// vm.globals().set("t", &t)?;
            /// let shown: String = vm.load("tostring(t)").eval()?;
            /// assert_eq!(shown, format!("table: {:#x}", t.to_pointer()));
            /// # Ok::<(), strata::Error>(())
            /// ```
            pub fn to_pointer(&self) -> usize {
                self.0.raw().payload as usize
            }
        }
    };
}

handle!(
    /// A Lua table.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t: strata::Table = vm.load("{10, 20, 30, name = 'list'}").eval()?;
    /// assert_eq!(t.get::<String>("name")?, "list");
    /// t.push(40)?;
    /// assert_eq!(t.raw_len(), 4);
    /// # Ok::<(), strata::Error>(())
    /// ```
    Table, "table"
);
handle!(
    /// A Lua function (a Lua closure, a builtin, or a Rust function).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let f: strata::Function = vm.load("function(a, b) return a + b, a * b end").eval()?;
    /// let (sum, product): (i64, i64) = f.call((3, 4))?;
    /// assert_eq!((sum, product), (7, 12));
    /// # Ok::<(), strata::Error>(())
    /// ```
    Function, "function"
);
handle!(
    /// A Lua string: bytes, not necessarily UTF-8.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let s: strata::LuaString = vm.load("string.char(104, 105, 255)").eval()?;
    /// assert_eq!(s.as_bytes(), b"hi\xff");
    /// assert!(s.to_str().is_err()); // not UTF-8
    /// assert_eq!(s.to_string_lossy(), "hi\u{fffd}");
    /// # Ok::<(), strata::Error>(())
    /// ```
    LuaString, "string"
);
handle!(
    /// A coroutine.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let co: strata::Thread = vm
    ///     .load("coroutine.create(function(a) local b = coroutine.yield(a * 2) return a + b end)")
    ///     .eval()?;
    /// assert_eq!(co.resume::<i64>(5)?, 10);
    /// assert_eq!(co.resume::<i64>(1)?, 6);
    /// assert_eq!(co.status(), "dead");
    /// # Ok::<(), strata::Error>(())
    /// ```
    Thread, "thread"
);
handle!(
    /// A userdata value: a Rust value made by [`crate::Vm::create_userdata`] (see
    /// [`crate::UserData`]), or an open file of the `io` library.
    AnyUserData, "userdata"
);

/// A Lua value of any type.
///
/// ```
/// use strata::Value;
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// let v: strata::MultiValue = vm.load("nil, true, 1, 1.5, {}").eval()?;
/// assert_eq!(v[0], Value::Nil);
/// assert_eq!(v[1], Value::Boolean(true));
/// assert_eq!(v[2], Value::Integer(1));
/// assert_eq!(v[3], Value::Number(1.5));
/// assert!(matches!(v[4], Value::Table(_)));
/// # Ok::<(), strata::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value {
    #[default]
    Nil,
    Boolean(bool),
    Integer(i64),
    Number(f64),
    String(LuaString),
    Table(Table),
    Function(Function),
    Thread(Thread),
    UserData(AnyUserData),
}

impl Value {
    /// Lua's name of the value's type (`"nil"`, `"number"`, ...).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let v: strata::MultiValue = vm.load("nil, 1, 2.5, 'x', print").eval()?;
    /// let names: Vec<&str> = v.iter().map(|v| v.type_name()).collect();
    /// assert_eq!(names, ["nil", "number", "number", "string", "function"]);
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Nil => "nil",
            Value::Boolean(_) => "boolean",
            Value::Integer(_) | Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Table(_) => "table",
            Value::Function(_) => "function",
            Value::Thread(_) => "thread",
            Value::UserData(_) => "userdata",
        }
    }

    /// Whether the value is nil (`false` is not).
    ///
    /// ```
    /// use strata::Value;
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// assert!(vm.globals().get::<Value>("undefined")?.is_nil());
    /// assert!(!vm.globals().get::<Value>("print")?.is_nil());
    /// assert!(!Value::Boolean(false).is_nil());
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }

    /// The table, if the value is one.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let v: strata::Value = vm.load("{answer = 42}").eval()?;
    /// let t = v.try_into_table().unwrap();
    /// assert_eq!(t.get::<i64>("answer")?, 42);
    /// assert!(strata::Value::Integer(1).try_into_table().is_none());
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn try_into_table(self) -> Option<Table> {
        if let Value::Table(t) = self { Some(t) } else { None }
    }

    /// The function, if the value is one.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let v: strata::Value = vm.globals().get("tostring")?;
    /// let f = v.try_into_function().unwrap();
    /// assert_eq!(f.call::<String>(12)?, "12");
    /// assert!(strata::Value::Nil.try_into_function().is_none());
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn try_into_function(self) -> Option<Function> {
        if let Value::Function(f) = self { Some(f) } else { None }
    }

    /// The value for a raw VM value (a handle for an object).
    pub(crate) fn from_raw(inner: &Rc<Inner>, v: Raw) -> Value {
        match v.tag {
            tag::NIL => Value::Nil,
            tag::BOOL => Value::Boolean(v.payload != 0),
            tag::INT => Value::Integer(v.as_int()),
            tag::FLOAT => Value::Number(v.as_float()),
            tag::STR => Value::String(LuaString(Ref::new(inner, v))),
            tag::TABLE => Value::Table(Table(Ref::new(inner, v))),
            tag::CLOSURE | tag::BUILTIN | tag::NATIVE => Value::Function(Function(Ref::new(inner, v))),
            tag::THREAD => Value::Thread(Thread(Ref::new(inner, v))),
            _ => Value::UserData(AnyUserData(Ref::new(inner, v))),
        }
    }

    /// The VM's own value of a number, boolean, nil or string (which the conversions read
    /// in place); `None` for other objects.
    #[inline]
    pub(crate) fn peek_raw(&self) -> Option<Raw> {
        Some(match self {
            Value::Nil => Raw::NIL,
            Value::Boolean(b) => Raw::bool(*b),
            Value::Integer(i) => Raw::int(*i),
            Value::Number(n) => Raw::float(*n),
            Value::String(s) => s.0.raw(),
            _ => return None,
        })
    }

    /// The raw VM value (a handle must belong to `inner`'s VM).
    pub(crate) fn to_raw(&self, inner: &Rc<Inner>) -> Result<Raw> {
        let r = match self {
            Value::Nil => return Ok(Raw::NIL),
            Value::Boolean(b) => return Ok(Raw::bool(*b)),
            Value::Integer(i) => return Ok(Raw::int(*i)),
            Value::Number(n) => return Ok(Raw::float(*n)),
            Value::String(LuaString(r))
            | Value::Table(Table(r))
            | Value::Function(Function(r))
            | Value::Thread(Thread(r))
            | Value::UserData(AnyUserData(r)) => r,
        };
        if !Rc::ptr_eq(&r.inner, inner) {
            return Err(Error::MismatchedVm);
        }
        Ok(r.raw())
    }
}

impl LuaString {
    /// The bytes.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let s: strata::LuaString = vm.load("'a\\0b'").eval()?;
    /// assert_eq!(s.as_bytes(), b"a\0b");
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn as_bytes(&self) -> Vec<u8> {
        self.0.raw().str_bytes().to_vec()
    }

    /// The string as UTF-8, or an error if it is not.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let s: strata::LuaString = vm.load("'lua' .. 54").eval()?;
    /// assert_eq!(s.to_str()?, "lua54");
    /// let bad: strata::LuaString = vm.load("string.char(255)").eval()?;
    /// assert!(bad.to_str().is_err());
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn to_str(&self) -> Result<String> {
        String::from_utf8(self.as_bytes()).map_err(|e| Error::FromLuaConversionError {
            from: "string",
            to: "String",
            message: Some(e.to_string()),
        })
    }

    /// The string, with invalid UTF-8 replaced by U+FFFD.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let s = vm.create_string(b"ok\xff")?;
    /// assert_eq!(s.to_string_lossy(), "ok\u{fffd}");
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn to_string_lossy(&self) -> String {
        String::from_utf8_lossy(self.0.raw().str_bytes()).into_owned()
    }
}

/// A key and a value as the VM's own values; through handles when a conversion might run Lua
/// code (which could collect the key while the value converts).
fn raw_pair<K: IntoLua, V: IntoLua>(vm: &crate::Vm, key: K, value: V) -> Result<(Raw, Raw)> {
    if K::PLAIN && V::PLAIN {
        return Ok((key.into_raw(vm)?, value.into_raw(vm)?));
    }
    let (key, value) = (key.into_lua(vm)?, value.into_lua(vm)?);
    Ok((key.to_raw(&vm.inner)?, value.to_raw(&vm.inner)?))
}

/// `rawset(t, k, v)` of raw values (`t` a live table).
fn raw_store(inner: &Rc<Inner>, t: Raw, k: Raw, v: Raw) -> Result<()> {
    let state = inner.state();
    // SAFETY: the caller's table is live.
    unsafe { (*t.as_table_ptr()).set(&mut state.heap, k, v) }.map_err(|e| match e {
        crate::runtime::table::TableError::OutOfMemory => Error::memory(),
        e => Error::runtime(e.to_string()),
    })
}

/// A table operation's error as the API's.
fn op_err(e: crate::runtime::arith::OpError) -> crate::runtime::error::LuaError {
    match e {
        crate::runtime::arith::OpError::Raised(e) => *e,
        crate::runtime::arith::OpError::Memory => crate::runtime::error::LuaError::out_of_memory(),
        e => crate::runtime::error::LuaError::new(e.message(None)),
    }
}

impl Table {
    fn inner(&self) -> &Rc<Inner> {
        &self.0.inner
    }

    /// `t[key]`, as Lua code reads it (`__index` runs).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t: strata::Table =
    ///     vm.load("setmetatable({a = 1}, {__index = function(_, k) return k .. '!' end})").eval()?;
    /// assert_eq!(t.get::<i64>("a")?, 1);
    /// assert_eq!(t.get::<String>("b")?, "b!"); // from __index
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn get<V: FromLua>(&self, key: impl IntoLua) -> Result<V> {
        let inner = self.inner();
        let vm = crate::Vm::from_inner_ref(inner);
        // (A collection comes first: the key is not rooted, and nothing collects after.)
        inner.gc_point();
        let k = key.into_raw(vm)?;
        let t = self.0.raw();
        // SAFETY: a handle's table is live.
        let (v, meta) = unsafe { ((*t.as_table_ptr()).get(k), (*t.as_table_ptr()).metatable) };
        if !v.is_nil() || meta.is_null() {
            // (What Lua code would read: no `__index` runs for a present key or without a
            // metatable.)
            return V::from_raw(v, vm);
        }
        let v = inner.protect_no_gc(|state| crate::runtime::meta::index(state, t, k).map_err(op_err))?;
        V::from_raw(v, vm)
    }

    /// `t[key] = value`, as Lua code stores it (`__newindex` runs).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t: strata::Table =
    ///     vm.load("setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v * 2) end})").eval()?;
    /// t.set("x", 21)?; // through __newindex
    /// assert_eq!(t.raw_get::<i64>("x")?, 42);
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn set(&self, key: impl IntoLua, value: impl IntoLua) -> Result<()> {
        let inner = self.inner();
        let vm = crate::Vm::from_inner_ref(inner);
        // (A collection comes first: nothing collects between the conversions and the store.)
        inner.gc_point();
        let (k, v) = raw_pair(vm, key, value)?;
        let t = self.0.raw();
        // SAFETY: a handle's table is live.
        if unsafe { (*t.as_table_ptr()).metatable.is_null() } {
            return raw_store(inner, t, k, v);
        }
        inner.protect_no_gc(|state| crate::runtime::meta::set_index(state, t, k, v).map_err(op_err))
    }

    /// `rawget(t, key)`.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t: strata::Table = vm.load("setmetatable({a = 1}, {__index = function() return 0 end})").eval()?;
    /// assert_eq!(t.raw_get::<i64>("a")?, 1);
    /// assert_eq!(t.raw_get::<Option<i64>>("b")?, None); // __index does not run
    /// assert_eq!(t.get::<i64>("b")?, 0);
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn raw_get<V: FromLua>(&self, key: impl IntoLua) -> Result<V> {
        let vm = crate::Vm::from_inner(Rc::clone(self.inner()));
        let k = key.into_raw(&vm)?;
        // SAFETY: a handle's table is live.
        let v = unsafe { (*self.0.raw().as_table_ptr()).get(k) };
        V::from_raw(v, &vm)
    }

    /// `rawset(t, key, value)`.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t: strata::Table =
    ///     vm.load("setmetatable({}, {__newindex = function() error('read-only') end})").eval()?;
    /// assert!(t.set("x", 1).is_err());
    /// t.raw_set("x", 1)?; // __newindex does not run
    /// assert_eq!(t.get::<i64>("x")?, 1);
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn raw_set(&self, key: impl IntoLua, value: impl IntoLua) -> Result<()> {
        let inner = self.inner();
        let vm = crate::Vm::from_inner_ref(inner);
        let (k, v) = raw_pair(vm, key, value)?;
        raw_store(inner, self.0.raw(), k, v)
    }

    /// `#t`, as Lua code computes it (`__len` runs).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t: strata::Table = vm.load("setmetatable({1, 2}, {__len = function() return 10 end})").eval()?;
    /// assert_eq!(t.len()?, 10);
    /// assert_eq!(t.raw_len(), 2);
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn len(&self) -> Result<i64> {
        let inner = self.inner();
        let t = self.0.raw();
        let v = inner.protect(|vm| crate::runtime::meta::len(vm, t).map_err(op_err))?;
        i64::from_lua(Value::from_raw(inner, v), crate::Vm::from_inner_ref(inner))
    }

    /// `rawlen(t)`: the border of the table's sequence.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t: strata::Table = vm.load("{'a', 'b', 'c', x = 1}").eval()?;
    /// assert_eq!(t.raw_len(), 3);
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn raw_len(&self) -> usize {
        // SAFETY: a handle's table is live.
        unsafe { (*self.0.raw().as_table_ptr()).len() as usize }
    }

    /// Whether the table has no entries.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t = vm.create_table()?;
    /// assert!(t.is_empty());
    /// t.set("k", true)?;
    /// assert!(!t.is_empty());
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        // SAFETY: a handle's table is live.
        matches!(unsafe { (*self.0.raw().as_table_ptr()).next(Raw::NIL) }, Ok(None))
    }

    /// Appends `value` at `#t + 1` (raw).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t = vm.create_sequence_from(["a", "b"])?;
    /// t.push("c")?;
    /// assert_eq!(t.raw_len(), 3);
    /// assert_eq!(t.get::<String>(3)?, "c");
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn push(&self, value: impl IntoLua) -> Result<()> {
        let n = self.raw_len() as i64;
        self.raw_set(n + 1, value)
    }

    /// The metatable, if any (raw: `__metatable` is not consulted).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t: strata::Table = vm.load("setmetatable({}, {__name = 'Thing'})").eval()?;
    /// let mt = t.metatable().unwrap();
    /// assert_eq!(mt.get::<String>("__name")?, "Thing");
    /// assert!(vm.create_table()?.metatable().is_none());
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn metatable(&self) -> Option<Table> {
        // SAFETY: a handle's table is live.
        let mt = unsafe { (*self.0.raw().as_table_ptr()).metatable };
        (!mt.is_null()).then(|| Table(Ref::new(self.inner(), Raw::from_table(mt))))
    }

    /// Sets or removes the metatable (registering the table for finalization when it has
    /// `__gc`, as `setmetatable` does).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t = vm.create_table()?;
    /// let mt: strata::Table = vm.load("{__index = function(_, k) return k:upper() end}").eval()?;
    /// t.set_metatable(Some(mt))?;
    /// assert_eq!(t.get::<String>("abc")?, "ABC");
    /// t.set_metatable(None)?;
    /// assert_eq!(t.get::<Option<String>>("abc")?, None);
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn set_metatable(&self, metatable: Option<Table>) -> Result<()> {
        let inner = self.inner();
        let mt = match &metatable {
            Some(m) => Value::Table(m.clone()).to_raw(inner)?.as_table_ptr(),
            None => std::ptr::null_mut(),
        };
        let t = self.0.raw().as_table_ptr();
        let state = inner.state();
        // SAFETY: handles' tables are live.
        unsafe {
            (*t).metatable = mt;
            state.heap.check_finalizer(t, mt).map_err(|_| Error::memory())
        }
    }

    /// The key-value pairs in `next` order (raw), converted as they are read.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t: strata::Table = vm.load("{a = 1, b = 2, c = 3}").eval()?;
    /// let mut pairs = t.pairs::<String, i64>().collect::<strata::Result<Vec<_>>>()?;
    /// pairs.sort();
    /// assert_eq!(pairs, [("a".to_string(), 1), ("b".to_string(), 2), ("c".to_string(), 3)]);
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn pairs<K: FromLua, V: FromLua>(&self) -> TablePairs<K, V> {
        TablePairs { table: self.clone(), key: Some(Value::Nil), _kv: std::marker::PhantomData }
    }

    /// The values `t[1]`, `t[2]`, ... up to the first nil (raw), converted as they are read.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t: strata::Table = vm.load("{10, 20, 30, nil, 50}").eval()?;
    /// let v = t.sequence_values::<i64>().collect::<strata::Result<Vec<_>>>()?;
    /// assert_eq!(v, [10, 20, 30]); // stops at the first nil
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn sequence_values<V: FromLua>(&self) -> TableSequence<V> {
        TableSequence { table: self.clone(), index: 1, _v: std::marker::PhantomData }
    }

    /// Whether the table holds `key` (raw: its value is not nil).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let t: strata::Table = vm.load("{x = 1, y = false}").eval()?;
    /// assert!(t.contains_key("x")?);
    /// assert!(t.contains_key("y")?); // false is a value
    /// assert!(!t.contains_key("z")?);
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn contains_key(&self, key: impl IntoLua) -> Result<bool> {
        Ok(!self.raw_get::<Value>(key)?.is_nil())
    }
}

/// The iterator of [`Table::pairs`].
///
/// ```
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// let t: strata::Table = vm.load("{x = 1, y = 2, z = 'three'}").eval()?;
/// let mut sum = 0;
/// for pair in t.pairs::<String, i64>() {
///     match pair {
///         Ok((_, v)) => sum += v,
///         Err(e) => assert!(e.to_string().contains("string to i64")), // "three"
///     }
/// }
/// assert_eq!(sum, 3);
/// # Ok::<(), strata::Error>(())
/// ```
pub struct TablePairs<K, V> {
    table: Table,
    /// The last key (held: the loop body may collect).
    key: Option<Value>,
    _kv: std::marker::PhantomData<(K, V)>,
}

impl<K: FromLua, V: FromLua> Iterator for TablePairs<K, V> {
    type Item = Result<(K, V)>;

    fn next(&mut self) -> Option<Self::Item> {
        let inner = Rc::clone(self.table.inner());
        let k = match self.key.as_ref()?.to_raw(&inner) {
            Ok(k) => k,
            Err(e) => return Some(Err(e)),
        };
        // SAFETY: a handle's table is live.
        match unsafe { (*self.table.0.raw().as_table_ptr()).next(k) } {
            Ok(Some((k, v))) => {
                let key = Value::from_raw(&inner, k);
                self.key = Some(key.clone());
                let vm = crate::Vm::from_inner_ref(&inner);
                let kv = K::from_lua(key, vm).and_then(|k| Ok((k, V::from_lua(Value::from_raw(&inner, v), vm)?)));
                Some(kv)
            }
            Ok(None) => {
                self.key = None;
                None
            }
            Err(e) => {
                self.key = None;
                Some(Err(Error::runtime(e.to_string())))
            }
        }
    }
}

/// The iterator of [`Table::sequence_values`].
///
/// ```
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// let t = vm.create_sequence_from([1.5, 2.5, 3.0])?;
/// let total = t.sequence_values::<f64>().sum::<strata::Result<f64>>()?;
/// assert_eq!(total, 7.0);
/// # Ok::<(), strata::Error>(())
/// ```
pub struct TableSequence<V> {
    table: Table,
    index: i64,
    _v: std::marker::PhantomData<V>,
}

impl<V: FromLua> Iterator for TableSequence<V> {
    type Item = Result<V>;

    fn next(&mut self) -> Option<Self::Item> {
        // SAFETY: a handle's table is live.
        let v = unsafe { (*self.table.0.raw().as_table_ptr()).get(Raw::int(self.index)) };
        if v.is_nil() {
            return None;
        }
        self.index += 1;
        let inner = self.table.inner();
        Some(V::from_lua(Value::from_raw(inner, v), crate::Vm::from_inner_ref(inner)))
    }
}

impl Function {
    /// Calls the function with `args` (a value, a tuple for several, `()` for none) and
    /// converts its results to `R` (a value, a tuple, `()`, [`super::MultiValue`]).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let f: strata::Function = vm.load("function(...) return select('#', ...), ... end").eval()?;
    /// assert_eq!(f.call::<i64>(())?, 0);
    /// let all: strata::MultiValue = f.call(("a", 2))?;
    /// assert_eq!(all.len(), 3);
    /// assert_eq!(all[2], strata::Value::Integer(2));
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn call<R: FromLuaMulti>(&self, args: impl IntoLuaMulti) -> Result<R> {
        let inner = &self.0.inner;
        let vm = crate::Vm::from_inner_ref(inner);
        // (A collection comes first: the converted arguments are not roots until the call
        // has them on its stack.)
        inner.gc_point();
        // (One buffer: the arguments, then the results in their place.)
        let mut buf = inner.take_scratch();
        let f = self.0.raw();
        let r = args
            .push_raw(vm, &mut buf)
            .and_then(|()| inner.protect_no_gc(|state| state.api_call_in(f, &mut buf)))
            .and_then(|()| R::from_raw_args(&buf, 0, vm));
        inner.put_scratch(buf);
        r
    }
}

impl Thread {
    /// Resumes the coroutine with `args` (`coroutine.resume`): what it yields next, or
    /// returns, converted to `R`. An error inside it comes back as the error (the
    /// coroutine is dead after); resuming a dead coroutine is the error
    /// `cannot resume dead coroutine`.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let f: strata::Function = vm.load("function() coroutine.yield(1) end").eval()?;
    /// let co = vm.create_thread(f)?;
    /// assert_eq!(co.resume::<i64>(())?, 1);
    /// co.resume::<()>(())?; // runs to the end
    /// let err = co.resume::<()>(()).unwrap_err();
    /// assert!(err.to_string().contains("cannot resume dead coroutine"));
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn resume<R: FromLuaMulti>(&self, args: impl IntoLuaMulti) -> Result<R> {
        let inner = &self.0.inner;
        let vm = crate::Vm::from_inner_ref(inner);
        let mut all = args.into_lua_multi(vm)?;
        all.insert(0, Value::Thread(self.clone()));
        let mut out: super::MultiValue = vm.coroutine_builtin("resume").call(all)?;
        if out.first() == Some(&Value::Boolean(true)) {
            out.remove(0);
            return R::from_lua_multi(out, vm);
        }
        let v = out.get(1).cloned().unwrap_or(Value::Nil).to_raw(inner)?;
        let message = crate::runtime::builtins::error_value_message(v);
        Err(inner.error_from(crate::runtime::error::LuaError::with_value(message, v)))
    }

    /// Whether [`Thread::resume`] can run it (it is suspended).
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let co: strata::Thread = vm.load("coroutine.create(function() coroutine.yield() end)").eval()?;
    /// assert!(co.is_resumable());
    /// co.resume::<()>(())?; // suspended at the yield
    /// assert!(co.is_resumable());
    /// co.resume::<()>(())?;
    /// assert!(!co.is_resumable());
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn is_resumable(&self) -> bool {
        self.status() == "suspended"
    }

    /// `coroutine.status`: `"suspended"`, `"running"`, `"normal"` or `"dead"`.
    ///
    /// ```
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let status = vm.create_function(|_, co: strata::Thread| Ok(co.status()))?;
    /// vm.globals().set("status", status)?;
    /// let co: strata::Thread = vm.load("coroutine.create(function() return status(coroutine.running()) end)").eval()?;
    /// assert_eq!(co.status(), "suspended");
    /// assert_eq!(co.resume::<String>(())?, "running");
    /// assert_eq!(co.status(), "dead");
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn status(&self) -> &'static str {
        crate::state::VmState::thread_status(self.0.inner.state(), self.0.raw()).name()
    }
}

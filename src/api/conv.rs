//! Conversions between Rust values and Lua values.

use std::collections::HashMap;
use std::hash::Hash;

use super::{Error, Function, LuaString, Result, Table, Value};
use crate::Vm;
use crate::runtime::value::{Value as Raw, tag};

/// A Rust value that can become a Lua value.
///
/// ```
/// use strata::{IntoLua, Value, Vm, VmConfig};
///
/// struct Celsius(f64);
/// impl IntoLua for Celsius {
///     fn into_lua(self, vm: &Vm) -> strata::Result<Value> {
///         self.0.into_lua(vm)
///     }
/// }
/// let vm = Vm::new(VmConfig::default());
/// vm.globals().set("temp", Celsius(21.5))?;
/// assert_eq!(vm.load("temp + 0.5").eval::<f64>()?, 22.0);
/// # Ok::<(), strata::Error>(())
/// ```
pub trait IntoLua {
    fn into_lua(self, vm: &Vm) -> Result<Value>;

    /// The conversion runs no Lua code and cannot collect garbage (numbers, strings,
    /// handles): the fast paths may hold what it makes unrooted while the next value
    /// converts. (False for any other type, whose conversion might run Lua code.)
    #[doc(hidden)]
    const PLAIN: bool = false;

    /// The VM's own value, without a handle in between (numbers, strings and booleans skip
    /// it). Not rooted: the caller stores it where the collector sees it before anything can
    /// collect.
    #[doc(hidden)]
    fn into_raw(self, vm: &Vm) -> Result<Raw>
    where
        Self: Sized,
    {
        self.into_lua(vm)?.to_raw(&vm.inner)
    }
}

/// A Rust value that can be made from a Lua value.
///
/// ```
/// use strata::{FromLua, Table, Value, Vm, VmConfig};
///
/// #[derive(Debug, PartialEq)]
/// struct Point { x: i64, y: i64 }
/// impl FromLua for Point {
///     fn from_lua(value: Value, vm: &Vm) -> strata::Result<Point> {
///         let t = Table::from_lua(value, vm)?;
///         Ok(Point { x: t.get("x")?, y: t.get("y")? })
///     }
/// }
/// let vm = Vm::new(VmConfig::default());
/// assert_eq!(vm.load("{x = 1, y = 2}").eval::<Point>()?, Point { x: 1, y: 2 });
/// # Ok::<(), strata::Error>(())
/// ```
pub trait FromLua: Sized {
    fn from_lua(value: Value, vm: &Vm) -> Result<Self>;

    /// The conversion runs no Lua code and cannot collect garbage: the fast paths may
    /// convert a value while later ones are held unrooted. (As [`IntoLua::PLAIN`].)
    #[doc(hidden)]
    const PLAIN: bool = false;

    /// [`FromLua::from_lua`] from the VM's own value (`v` is alive), without a handle in
    /// between for values that need none.
    #[doc(hidden)]
    fn from_raw(v: Raw, vm: &Vm) -> Result<Self> {
        Self::from_lua(Value::from_raw(&vm.inner, v), vm)
    }
}

/// Several Lua values: a call's arguments or results.
///
/// ```
/// use strata::{MultiValue, Value};
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// let f: strata::Function = vm.load("function(...) return ... end").eval()?;
/// let args = MultiValue::from(vec![Value::Integer(1), Value::Nil, Value::Boolean(true)]);
/// let out: MultiValue = f.call(args)?;
/// assert_eq!(out.len(), 3); // a nil in the middle is kept
/// assert_eq!(out[2], Value::Boolean(true));
/// # Ok::<(), strata::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MultiValue(pub Vec<Value>);

impl MultiValue {
    pub fn new() -> MultiValue {
        MultiValue(Vec::new())
    }
    pub fn into_vec(self) -> Vec<Value> {
        self.0
    }
}

impl std::ops::Deref for MultiValue {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.0
    }
}

impl std::ops::DerefMut for MultiValue {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.0
    }
}

impl From<Vec<Value>> for MultiValue {
    fn from(v: Vec<Value>) -> MultiValue {
        MultiValue(v)
    }
}

impl FromIterator<Value> for MultiValue {
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> Self {
        MultiValue(iter.into_iter().collect())
    }
}

impl IntoIterator for MultiValue {
    type Item = Value;
    type IntoIter = std::vec::IntoIter<Value>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// Rust values that become several Lua values (a call's arguments, a Rust function's
/// results): one value, a tuple, `()`, [`Variadic`], [`MultiValue`].
///
/// ```
/// use strata::Variadic;
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// let count: strata::Function = vm.load("function(...) return select('#', ...) end").eval()?;
/// assert_eq!(count.call::<i64>(())?, 0);
/// assert_eq!(count.call::<i64>("one")?, 1);
/// assert_eq!(count.call::<i64>((1, "two", true))?, 3);
/// assert_eq!(count.call::<i64>(Variadic(vec![1, 2, 3, 4]))?, 4);
/// # Ok::<(), strata::Error>(())
/// ```
pub trait IntoLuaMulti {
    fn into_lua_multi(self, vm: &Vm) -> Result<MultiValue>;

    /// Appends the values to `out` as the VM's own (not rooted: see [`IntoLua::into_raw`]).
    #[doc(hidden)]
    fn push_raw(self, vm: &Vm, out: &mut Vec<Raw>) -> Result<()>
    where
        Self: Sized,
    {
        for v in self.into_lua_multi(vm)? {
            out.push(v.to_raw(&vm.inner)?);
        }
        Ok(())
    }

    /// [`IntoLuaMulti::push_raw`] but for the last value, which is returned (a Rust
    /// function's last result goes back in registers, not through memory).
    #[doc(hidden)]
    fn push_raw_split(self, vm: &Vm, out: &mut Vec<Raw>) -> Result<Option<Raw>>
    where
        Self: Sized,
    {
        self.push_raw(vm, out)?;
        Ok(out.pop())
    }
}

/// Rust values made from several Lua values (a call's results, a Rust function's
/// arguments): missing values are nil, extra ones are dropped (except by [`Variadic`] and
/// [`MultiValue`], which take them all).
///
/// ```
/// use strata::Variadic;
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// let (a, b, c): (i64, String, Option<i64>) = vm.load("1, 'two'").eval()?;
/// assert_eq!((a, b.as_str(), c), (1, "two", None)); // a missing value is nil
/// let first: i64 = vm.load("10, 20, 30").eval()?; // extra values are dropped
/// assert_eq!(first, 10);
/// let all: Variadic<i64> = vm.load("10, 20, 30").eval()?;
/// assert_eq!(all.0, [10, 20, 30]);
/// # Ok::<(), strata::Error>(())
/// ```
pub trait FromLuaMulti: Sized {
    fn from_lua_multi(values: MultiValue, vm: &Vm) -> Result<Self>;

    /// [`FromLuaMulti::from_lua_multi`] from the VM's own values (alive while this runs).
    /// A value that does not convert is a bad argument at its position (`args[0]` is at
    /// `first`, counted from 1), as a Rust function's argument (`first` 0: call results,
    /// whose errors stay as they are).
    #[doc(hidden)]
    fn from_raw_args(args: &[Raw], first: usize, vm: &Vm) -> Result<Self> {
        let _ = first;
        Self::from_lua_multi(args.iter().map(|&v| Value::from_raw(&vm.inner, v)).collect(), vm)
    }
}

/// [`IntoLuaMulti::push_raw`] for values whose conversion may run Lua code (and so collect):
/// every value is made a handle (a root) first, and only then read raw.
fn push_rooted<M: IntoLuaMulti>(values: M, vm: &Vm, out: &mut Vec<Raw>) -> Result<()> {
    for v in values.into_lua_multi(vm)? {
        out.push(v.to_raw(&vm.inner)?);
    }
    Ok(())
}

/// [`FromLuaMulti::from_raw_args`] for values whose conversion may run Lua code: every
/// value is held by a handle before the first converts.
fn from_rooted<M: FromLuaMulti>(args: &[Raw], vm: &Vm) -> Result<M> {
    M::from_lua_multi(args.iter().map(|&v| Value::from_raw(&vm.inner, v)).collect(), vm)
}

/// A Rust function's argument `pos` that did not convert: `bad argument #pos`.
fn bad_argument(pos: usize, e: Error) -> Error {
    match e {
        e @ Error::BadArgument { .. } => e,
        e => Error::BadArgument { to: None, pos, name: None, cause: std::sync::Arc::new(e) },
    }
}

/// Value `i` of `args` (nil when missing) converted; an error is a bad argument at
/// `first + i` (unless `first` is 0: results, not arguments).
#[inline]
fn arg_at<T: FromLua>(args: &[Raw], i: usize, first: usize, vm: &Vm) -> Result<T> {
    T::from_raw(args.get(i).copied().unwrap_or(Raw::NIL), vm)
        .map_err(|e| if first == 0 { e } else { bad_argument(first + i, e) })
}

/// Any number of values of one type: the rest of the arguments or results.
///
/// ```
/// use strata::Variadic;
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// let sum = vm.create_function(|_, nums: Variadic<i64>| Ok(nums.iter().sum::<i64>()))?;
/// vm.globals().set("sum", sum)?;
/// assert_eq!(vm.load("sum(1, 2, 3, 4)").eval::<i64>()?, 10);
/// let letters = vm.create_function(|_, ()| Ok(Variadic(vec!["a", "b", "c"])))?;
/// vm.globals().set("letters", letters)?;
/// assert_eq!(vm.load("select('#', letters())").eval::<i64>()?, 3);
/// # Ok::<(), strata::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Variadic<T>(pub Vec<T>);

impl<T> std::ops::Deref for Variadic<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}

impl<T> std::ops::DerefMut for Variadic<T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.0
    }
}

impl<T> FromIterator<T> for Variadic<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Variadic(iter.into_iter().collect())
    }
}

fn from_err(from: &Value, to: &'static str) -> Error {
    Error::FromLuaConversionError { from: from.type_name(), to, message: None }
}

/// [`FromLua::from_raw`] of a value read in place (a number, a string, ...); for any other,
/// the conversion error to `to`.
fn via_raw<T: FromLua>(value: Value, vm: &Vm, to: &'static str) -> Result<T> {
    match value.peek_raw() {
        Some(v) => T::from_raw(v, vm),
        None => Err(from_err(&value, to)),
    }
}

fn raw_err(from: Raw, to: &'static str) -> Error {
    Error::FromLuaConversionError { from: from.type_name(), to, message: None }
}

impl IntoLua for Value {
    const PLAIN: bool = true;
    fn into_lua(self, _: &Vm) -> Result<Value> {
        Ok(self)
    }
}

impl FromLua for Value {
    const PLAIN: bool = true;
    fn from_lua(value: Value, _: &Vm) -> Result<Value> {
        Ok(value)
    }
}

impl IntoLua for &Value {
    const PLAIN: bool = true;
    fn into_lua(self, _: &Vm) -> Result<Value> {
        Ok(self.clone())
    }
}

macro_rules! handle_conv {
    ($t:ident, $variant:ident, $name:literal) => {
        impl IntoLua for $t {
            const PLAIN: bool = true;
            fn into_lua(self, _: &Vm) -> Result<Value> {
                Ok(Value::$variant(self))
            }
        }
        impl IntoLua for &$t {
            const PLAIN: bool = true;
            fn into_lua(self, _: &Vm) -> Result<Value> {
                Ok(Value::$variant(self.clone()))
            }
        }
        impl FromLua for $t {
            const PLAIN: bool = true;
            fn from_lua(value: Value, _: &Vm) -> Result<$t> {
                match value {
                    Value::$variant(h) => Ok(h),
                    v => Err(from_err(&v, $name)),
                }
            }
        }
    };
}

handle_conv!(Table, Table, "table");
handle_conv!(Function, Function, "function");
handle_conv!(LuaString, String, "string");
handle_conv!(Thread, Thread, "thread");
handle_conv!(AnyUserData, UserData, "userdata");

use super::{AnyUserData, Thread};

impl IntoLua for bool {
    const PLAIN: bool = true;
    fn into_lua(self, _: &Vm) -> Result<Value> {
        Ok(Value::Boolean(self))
    }
    fn into_raw(self, _: &Vm) -> Result<Raw> {
        Ok(Raw::bool(self))
    }
}

impl FromLua for bool {
    const PLAIN: bool = true;
    /// Lua truthiness: only `nil` and `false` are false.
    fn from_lua(value: Value, _: &Vm) -> Result<bool> {
        Ok(!matches!(value, Value::Nil | Value::Boolean(false)))
    }
    fn from_raw(v: Raw, _: &Vm) -> Result<bool> {
        Ok(v.truthy())
    }
}

/// A number, or a string as Lua converts it to a number (`tonumber`'s rules), as `Raw`.
#[inline]
fn raw_number(v: Raw) -> Option<Raw> {
    match v.tag {
        tag::INT | tag::FLOAT => Some(v),
        tag::STR => Some(match crate::runtime::number::str_to_number(v.str_bytes())? {
            crate::runtime::number::Num::Int(i) => Raw::int(i),
            crate::runtime::number::Num::Float(f) => Raw::float(f),
        }),
        _ => None,
    }
}

macro_rules! int_conv {
    ($($t:ty),*) => {$(
        impl IntoLua for $t {
            const PLAIN: bool = true;
            fn into_lua(self, _: &Vm) -> Result<Value> {
                match i64::try_from(self) {
                    Ok(i) => Ok(Value::Integer(i)),
                    Err(_) => Ok(Value::Number(self as f64)),
                }
            }
            #[inline]
            fn into_raw(self, _: &Vm) -> Result<Raw> {
                match i64::try_from(self) {
                    Ok(i) => Ok(Raw::int(i)),
                    Err(_) => Ok(Raw::float(self as f64)),
                }
            }
        }
        impl FromLua for $t {
            const PLAIN: bool = true;
            /// An integer, a float with an exact integer value, or a string of one (as Lua's
            /// `tointeger` with string coercion); out of range is an error.
            fn from_lua(value: Value, vm: &Vm) -> Result<$t> {
                via_raw(value, vm, stringify!($t))
            }
            #[inline]
            fn from_raw(v: Raw, _: &Vm) -> Result<$t> {
                if v.tag == tag::INT && let Ok(i) = <$t>::try_from(v.as_int()) {
                    return Ok(i);
                }
                let i = match raw_number(v) {
                    Some(n) if n.tag == tag::INT => Some(n.as_int() as i128),
                    Some(n) => {
                        let f = n.as_float();
                        (f.fract() == 0.0 && f >= -(2f64.powi(63)) && f < 2f64.powi(64)).then_some(f as i128)
                    }
                    None => None,
                };
                let Some(i) = i else { return Err(raw_err(v, stringify!($t))) };
                <$t>::try_from(i).map_err(|_| Error::FromLuaConversionError {
                    from: v.type_name(),
                    to: stringify!($t),
                    message: Some("out of range".into()),
                })
            }
        }
    )*};
}

int_conv!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, i128, u128);

macro_rules! float_conv {
    ($($t:ty),*) => {$(
        impl IntoLua for $t {
            const PLAIN: bool = true;
            fn into_lua(self, _: &Vm) -> Result<Value> {
                Ok(Value::Number(self as f64))
            }
            #[inline]
            fn into_raw(self, _: &Vm) -> Result<Raw> {
                Ok(Raw::float(self as f64))
            }
        }
        impl FromLua for $t {
            const PLAIN: bool = true;
            /// A number, or a string of one.
            fn from_lua(value: Value, vm: &Vm) -> Result<$t> {
                via_raw(value, vm, stringify!($t))
            }
            #[inline]
            fn from_raw(v: Raw, _: &Vm) -> Result<$t> {
                match raw_number(v) {
                    Some(n) if n.tag == tag::INT => Ok(n.as_int() as $t),
                    Some(n) => Ok(n.as_float() as $t),
                    None => Err(raw_err(v, stringify!($t))),
                }
            }
        }
    )*};
}

float_conv!(f32, f64);

/// A new string of `bytes`, as the VM's own value.
fn raw_string(vm: &Vm, bytes: &[u8]) -> Result<Raw> {
    let heap = &mut vm.inner.state().heap;
    let s = heap.try_alloc_str_with(bytes.len(), |d| d.copy_from_slice(bytes)).map_err(|_| Error::memory())?;
    Ok(Raw::from_str_ptr(s))
}

impl IntoLua for &[u8] {
    const PLAIN: bool = true;
    fn into_lua(self, vm: &Vm) -> Result<Value> {
        vm.create_string(self).map(Value::String)
    }
    fn into_raw(self, vm: &Vm) -> Result<Raw> {
        raw_string(vm, self)
    }
}

impl IntoLua for &str {
    const PLAIN: bool = true;
    fn into_lua(self, vm: &Vm) -> Result<Value> {
        self.as_bytes().into_lua(vm)
    }
    fn into_raw(self, vm: &Vm) -> Result<Raw> {
        raw_string(vm, self.as_bytes())
    }
}

impl IntoLua for String {
    const PLAIN: bool = true;
    fn into_lua(self, vm: &Vm) -> Result<Value> {
        self.as_bytes().into_lua(vm)
    }
    fn into_raw(self, vm: &Vm) -> Result<Raw> {
        raw_string(vm, self.as_bytes())
    }
}

impl IntoLua for &String {
    const PLAIN: bool = true;
    fn into_lua(self, vm: &Vm) -> Result<Value> {
        self.as_bytes().into_lua(vm)
    }
    fn into_raw(self, vm: &Vm) -> Result<Raw> {
        raw_string(vm, self.as_bytes())
    }
}

/// The bytes of a string, or of a number as Lua writes it (`tostring`'s coercion).
fn bytes_of(value: &Value) -> Option<Vec<u8>> {
    match value {
        Value::String(s) => Some(s.as_bytes()),
        Value::Integer(i) => Some(i.to_string().into_bytes()),
        Value::Number(n) => {
            let mut out = Vec::new();
            crate::runtime::arith::tostring_bytes(crate::runtime::value::Value::float(*n), &mut out);
            Some(out)
        }
        _ => None,
    }
}

impl FromLua for String {
    const PLAIN: bool = true;
    /// A string (valid UTF-8) or a number, as Lua converts it.
    fn from_lua(value: Value, _: &Vm) -> Result<String> {
        let bytes = bytes_of(&value).ok_or_else(|| from_err(&value, "String"))?;
        utf8_string(bytes)
    }
    fn from_raw(v: Raw, _: &Vm) -> Result<String> {
        if v.is_str() {
            return match std::str::from_utf8(v.str_bytes()) {
                Ok(s) => Ok(s.to_owned()),
                Err(_) => utf8_string(v.str_bytes().to_vec()),
            };
        }
        if !v.is_number() {
            return Err(raw_err(v, "String"));
        }
        let mut out = Vec::new();
        crate::runtime::arith::tostring_bytes(v, &mut out);
        utf8_string(out)
    }
}

fn utf8_string(bytes: Vec<u8>) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| Error::FromLuaConversionError {
        from: "string",
        to: "String",
        message: Some(e.to_string()),
    })
}

impl<T: IntoLua> IntoLua for Option<T> {
    const PLAIN: bool = T::PLAIN;
    fn into_lua(self, vm: &Vm) -> Result<Value> {
        match self {
            Some(v) => v.into_lua(vm),
            None => Ok(Value::Nil),
        }
    }
    fn into_raw(self, vm: &Vm) -> Result<Raw> {
        match self {
            Some(v) => v.into_raw(vm),
            None => Ok(Raw::NIL),
        }
    }
}

impl<T: FromLua> FromLua for Option<T> {
    const PLAIN: bool = T::PLAIN;
    /// `None` for nil, otherwise the value converted.
    fn from_lua(value: Value, vm: &Vm) -> Result<Option<T>> {
        match value {
            Value::Nil => Ok(None),
            v => T::from_lua(v, vm).map(Some),
        }
    }
    fn from_raw(v: Raw, vm: &Vm) -> Result<Option<T>> {
        if v.is_nil() { Ok(None) } else { T::from_raw(v, vm).map(Some) }
    }
}

impl<T: IntoLua> IntoLua for Vec<T> {
    /// A sequence: `{v1, v2, ...}`.
    fn into_lua(self, vm: &Vm) -> Result<Value> {
        let t = vm.create_table_with_capacity(self.len(), 0)?;
        for (i, v) in self.into_iter().enumerate() {
            t.raw_set(i as i64 + 1, v)?;
        }
        Ok(Value::Table(t))
    }
}

impl<T: FromLua> FromLua for Vec<T> {
    /// The table's sequence `t[1]`, `t[2]`, ... up to the first nil.
    fn from_lua(value: Value, _: &Vm) -> Result<Vec<T>> {
        match value {
            Value::Table(t) => t.sequence_values().collect(),
            v => Err(from_err(&v, "Vec")),
        }
    }
}

impl<K: IntoLua, V: IntoLua, S> IntoLua for HashMap<K, V, S> {
    fn into_lua(self, vm: &Vm) -> Result<Value> {
        let t = vm.create_table_with_capacity(0, self.len())?;
        for (k, v) in self {
            t.raw_set(k, v)?;
        }
        Ok(Value::Table(t))
    }
}

impl<K: FromLua + Eq + Hash, V: FromLua, S: std::hash::BuildHasher + Default> FromLua for HashMap<K, V, S> {
    /// Every pair of the table.
    fn from_lua(value: Value, _: &Vm) -> Result<HashMap<K, V, S>> {
        match value {
            Value::Table(t) => t.pairs().collect(),
            v => Err(from_err(&v, "HashMap")),
        }
    }
}

impl<T: IntoLua> IntoLuaMulti for T {
    fn into_lua_multi(self, vm: &Vm) -> Result<MultiValue> {
        Ok(MultiValue(vec![self.into_lua(vm)?]))
    }
    #[inline]
    fn push_raw(self, vm: &Vm, out: &mut Vec<Raw>) -> Result<()> {
        out.push(self.into_raw(vm)?);
        Ok(())
    }
    #[inline]
    fn push_raw_split(self, vm: &Vm, _: &mut Vec<Raw>) -> Result<Option<Raw>> {
        self.into_raw(vm).map(Some)
    }
}

impl<T: FromLua> FromLuaMulti for T {
    fn from_lua_multi(values: MultiValue, vm: &Vm) -> Result<T> {
        T::from_lua(values.into_iter().next().unwrap_or(Value::Nil), vm)
    }
    #[inline]
    fn from_raw_args(args: &[Raw], first: usize, vm: &Vm) -> Result<T> {
        arg_at(args, 0, first, vm)
    }
}

impl IntoLuaMulti for MultiValue {
    fn into_lua_multi(self, _: &Vm) -> Result<MultiValue> {
        Ok(self)
    }
}

impl FromLuaMulti for MultiValue {
    fn from_lua_multi(values: MultiValue, _: &Vm) -> Result<MultiValue> {
        Ok(values)
    }
}

impl<T: IntoLua> IntoLuaMulti for Variadic<T> {
    fn into_lua_multi(self, vm: &Vm) -> Result<MultiValue> {
        self.0.into_iter().map(|v| v.into_lua(vm)).collect()
    }
    fn push_raw(self, vm: &Vm, out: &mut Vec<Raw>) -> Result<()> {
        if !T::PLAIN {
            return push_rooted(self, vm, out);
        }
        for v in self.0 {
            out.push(v.into_raw(vm)?);
        }
        Ok(())
    }
}

impl<T: FromLua> FromLuaMulti for Variadic<T> {
    fn from_lua_multi(values: MultiValue, vm: &Vm) -> Result<Variadic<T>> {
        values.into_iter().map(|v| T::from_lua(v, vm)).collect()
    }
    fn from_raw_args(args: &[Raw], first: usize, vm: &Vm) -> Result<Variadic<T>> {
        if !T::PLAIN {
            return from_rooted(args, vm);
        }
        (0..args.len()).map(|i| arg_at(args, i, first, vm)).collect()
    }
}

impl IntoLuaMulti for () {
    fn into_lua_multi(self, _: &Vm) -> Result<MultiValue> {
        Ok(MultiValue::new())
    }
    fn push_raw(self, _: &Vm, _: &mut Vec<Raw>) -> Result<()> {
        Ok(())
    }
    fn push_raw_split(self, _: &Vm, _: &mut Vec<Raw>) -> Result<Option<Raw>> {
        Ok(None)
    }
}

impl FromLuaMulti for () {
    fn from_lua_multi(_: MultiValue, _: &Vm) -> Result<()> {
        Ok(())
    }
    fn from_raw_args(_: &[Raw], _: usize, _: &Vm) -> Result<()> {
        Ok(())
    }
}

macro_rules! tuple_conv {
    ($($name:ident)+) => {
        impl<$($name: IntoLua),+> IntoLuaMulti for ($($name,)+) {
            #[allow(non_snake_case)]
            fn into_lua_multi(self, vm: &Vm) -> Result<MultiValue> {
                let ($($name,)+) = self;
                Ok(MultiValue(vec![$($name.into_lua(vm)?),+]))
            }
            #[allow(non_snake_case)]
            fn push_raw(self, vm: &Vm, out: &mut Vec<Raw>) -> Result<()> {
                if !($($name::PLAIN &&)+ true) {
                    return push_rooted(self, vm, out);
                }
                let ($($name,)+) = self;
                $(out.push($name.into_raw(vm)?);)+
                Ok(())
            }
        }
        impl<$($name: FromLua),+> FromLuaMulti for ($($name,)+) {
            #[allow(non_snake_case)]
            fn from_lua_multi(values: MultiValue, vm: &Vm) -> Result<Self> {
                let mut it = values.into_iter();
                $(let $name = $name::from_lua(it.next().unwrap_or(Value::Nil), vm)?;)+
                Ok(($($name,)+))
            }
            #[allow(non_snake_case, unused_assignments)]
            fn from_raw_args(args: &[Raw], first: usize, vm: &Vm) -> Result<Self> {
                if !($($name::PLAIN &&)+ true) {
                    return from_rooted(args, vm);
                }
                let mut i = 0;
                $(let $name = arg_at::<$name>(args, i, first, vm)?; i += 1;)+
                Ok(($($name,)+))
            }
        }
    };
}

tuple_conv!(A);
tuple_conv!(A B);
tuple_conv!(A B C);
tuple_conv!(A B C D);
tuple_conv!(A B C D E);
tuple_conv!(A B C D E F);
tuple_conv!(A B C D E F G);
tuple_conv!(A B C D E F G H);

//! Conversions between Rust values and Lua values.

use std::collections::HashMap;
use std::hash::Hash;

use super::{Error, Function, LuaString, Result, Table, Value};
use crate::Vm;

/// A Rust value that can become a Lua value.
pub trait IntoLua {
    fn into_lua(self, vm: &Vm) -> Result<Value>;
}

/// A Rust value that can be made from a Lua value.
pub trait FromLua: Sized {
    fn from_lua(value: Value, vm: &Vm) -> Result<Self>;
}

/// Several Lua values: a call's arguments or results.
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
pub trait IntoLuaMulti {
    fn into_lua_multi(self, vm: &Vm) -> Result<MultiValue>;
}

/// Rust values made from several Lua values (a call's results, a Rust function's
/// arguments): missing values are nil, extra ones are dropped (except by [`Variadic`] and
/// [`MultiValue`], which take them all).
pub trait FromLuaMulti: Sized {
    fn from_lua_multi(values: MultiValue, vm: &Vm) -> Result<Self>;
}

/// Any number of values of one type: the rest of the arguments or results.
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

impl IntoLua for Value {
    fn into_lua(self, _: &Vm) -> Result<Value> {
        Ok(self)
    }
}

impl FromLua for Value {
    fn from_lua(value: Value, _: &Vm) -> Result<Value> {
        Ok(value)
    }
}

impl IntoLua for &Value {
    fn into_lua(self, _: &Vm) -> Result<Value> {
        Ok(self.clone())
    }
}

macro_rules! handle_conv {
    ($t:ident, $variant:ident, $name:literal) => {
        impl IntoLua for $t {
            fn into_lua(self, _: &Vm) -> Result<Value> {
                Ok(Value::$variant(self))
            }
        }
        impl IntoLua for &$t {
            fn into_lua(self, _: &Vm) -> Result<Value> {
                Ok(Value::$variant(self.clone()))
            }
        }
        impl FromLua for $t {
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
    fn into_lua(self, _: &Vm) -> Result<Value> {
        Ok(Value::Boolean(self))
    }
}

impl FromLua for bool {
    /// Lua truthiness: only `nil` and `false` are false.
    fn from_lua(value: Value, _: &Vm) -> Result<bool> {
        Ok(!matches!(value, Value::Nil | Value::Boolean(false)))
    }
}

/// A string or number as Lua converts it to a number (`tonumber`'s rules for strings).
fn number_of(value: &Value) -> Option<Value> {
    match value {
        Value::Integer(_) | Value::Number(_) => Some(value.clone()),
        Value::String(s) => Some(match crate::runtime::number::str_to_number(s.0.raw().str_bytes())? {
            crate::runtime::number::Num::Int(i) => Value::Integer(i),
            crate::runtime::number::Num::Float(f) => Value::Number(f),
        }),
        _ => None,
    }
}

macro_rules! int_conv {
    ($($t:ty),*) => {$(
        impl IntoLua for $t {
            fn into_lua(self, _: &Vm) -> Result<Value> {
                match i64::try_from(self) {
                    Ok(i) => Ok(Value::Integer(i)),
                    Err(_) => Ok(Value::Number(self as f64)),
                }
            }
        }
        impl FromLua for $t {
            /// An integer, a float with an exact integer value, or a string of one (as Lua's
            /// `tointeger` with string coercion); out of range is an error.
            fn from_lua(value: Value, _: &Vm) -> Result<$t> {
                let i = match number_of(&value) {
                    Some(Value::Integer(i)) => Some(i as i128),
                    Some(Value::Number(f)) if f.fract() == 0.0 && f >= -(2f64.powi(63)) && f < 2f64.powi(64) => Some(f as i128),
                    _ => None,
                };
                let Some(i) = i else { return Err(from_err(&value, stringify!($t))) };
                <$t>::try_from(i).map_err(|_| Error::FromLuaConversionError {
                    from: value.type_name(),
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
            fn into_lua(self, _: &Vm) -> Result<Value> {
                Ok(Value::Number(self as f64))
            }
        }
        impl FromLua for $t {
            /// A number, or a string of one.
            fn from_lua(value: Value, _: &Vm) -> Result<$t> {
                match number_of(&value) {
                    Some(Value::Integer(i)) => Ok(i as $t),
                    Some(Value::Number(f)) => Ok(f as $t),
                    _ => Err(from_err(&value, stringify!($t))),
                }
            }
        }
    )*};
}

float_conv!(f32, f64);

impl IntoLua for &[u8] {
    fn into_lua(self, vm: &Vm) -> Result<Value> {
        vm.create_string(self).map(Value::String)
    }
}

impl IntoLua for &str {
    fn into_lua(self, vm: &Vm) -> Result<Value> {
        self.as_bytes().into_lua(vm)
    }
}

impl IntoLua for String {
    fn into_lua(self, vm: &Vm) -> Result<Value> {
        self.as_bytes().into_lua(vm)
    }
}

impl IntoLua for &String {
    fn into_lua(self, vm: &Vm) -> Result<Value> {
        self.as_bytes().into_lua(vm)
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
    /// A string (valid UTF-8) or a number, as Lua converts it.
    fn from_lua(value: Value, _: &Vm) -> Result<String> {
        let bytes = bytes_of(&value).ok_or_else(|| from_err(&value, "String"))?;
        String::from_utf8(bytes).map_err(|e| Error::FromLuaConversionError {
            from: "string",
            to: "String",
            message: Some(e.to_string()),
        })
    }
}

impl<T: IntoLua> IntoLua for Option<T> {
    fn into_lua(self, vm: &Vm) -> Result<Value> {
        match self {
            Some(v) => v.into_lua(vm),
            None => Ok(Value::Nil),
        }
    }
}

impl<T: FromLua> FromLua for Option<T> {
    /// `None` for nil, otherwise the value converted.
    fn from_lua(value: Value, vm: &Vm) -> Result<Option<T>> {
        match value {
            Value::Nil => Ok(None),
            v => T::from_lua(v, vm).map(Some),
        }
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
}

impl<T: FromLua> FromLuaMulti for T {
    fn from_lua_multi(values: MultiValue, vm: &Vm) -> Result<T> {
        T::from_lua(values.into_iter().next().unwrap_or(Value::Nil), vm)
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
}

impl<T: FromLua> FromLuaMulti for Variadic<T> {
    fn from_lua_multi(values: MultiValue, vm: &Vm) -> Result<Variadic<T>> {
        values.into_iter().map(|v| T::from_lua(v, vm)).collect()
    }
}

impl IntoLuaMulti for () {
    fn into_lua_multi(self, _: &Vm) -> Result<MultiValue> {
        Ok(MultiValue::new())
    }
}

impl FromLuaMulti for () {
    fn from_lua_multi(_: MultiValue, _: &Vm) -> Result<()> {
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
        }
        impl<$($name: FromLua),+> FromLuaMulti for ($($name,)+) {
            #[allow(non_snake_case)]
            fn from_lua_multi(values: MultiValue, vm: &Vm) -> Result<Self> {
                let mut it = values.into_iter();
                $(let $name = $name::from_lua(it.next().unwrap_or(Value::Nil), vm)?;)+
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

//! Userdata: Rust values that Lua code holds, with the fields, methods and metamethods their
//! type declares through [`UserData`].
//!
//! Each Rust type gets one metatable, built the first time a value of it is made. Its
//! `__index` reads fields: a methods-and-constants table when the type has no field getters
//! (Lua's own table lookup), otherwise a builtin whose fields table maps each name to a
//! method, a constant or a getter; the VM's field lookup reads that table in place, so
//! `ud.x` calls the getter directly and `ud:m()` finds the method without a call in
//! between. Setters sit behind `__newindex` the same way.

use std::any::TypeId;
use std::cell::RefCell;
use std::fmt;
use std::marker::PhantomData;
use std::rc::Rc;
use std::sync::Arc;

use super::handles::Ref;
use super::vm_api::HOST_FUNCTION;
use super::{AnyUserData, Error, FromLua, FromLuaMulti, Function, IntoLua, IntoLuaMulti, Result, Table, Value};
use crate::Vm;
use crate::runtime::value::{Value as Raw, tag};

/// A Rust type whose values Lua code can hold as userdata, with the fields and methods it
/// declares (each optional).
///
/// ```
/// use strata::{UserData, UserDataFields, UserDataMethods, Vm, VmConfig};
///
/// struct Point { x: f64, y: f64 }
///
/// impl UserData for Point {
///     fn add_fields<F: UserDataFields<Self>>(fields: &mut F) {
///         fields.add_field_method_get("x", |_, p| Ok(p.x));
///         fields.add_field_method_set("x", |_, p, v: f64| { p.x = v; Ok(()) });
///         fields.add_field_method_get("y", |_, p| Ok(p.y));
///     }
///     fn add_methods<M: UserDataMethods<Self>>(methods: &mut M) {
///         methods.add_method("length", |_, p, ()| Ok((p.x * p.x + p.y * p.y).sqrt()));
///         methods.add_method_mut("scale", |_, p, k: f64| { p.x *= k; p.y *= k; Ok(()) });
///         methods.add_meta_method("__tostring", |_, p, ()| Ok(format!("({}, {})", p.x, p.y)));
///     }
/// }
///
/// let vm = Vm::new(VmConfig::default());
/// vm.globals().set("p", Point { x: 3.0, y: 4.0 }).unwrap();
/// assert_eq!(vm.load("p:length()").eval::<f64>().unwrap(), 5.0);
/// vm.load("p:scale(2); p.x = p.x + 1").exec().unwrap();
/// assert_eq!(vm.load("tostring(p)").eval::<String>().unwrap(), "(7, 8)");
/// let p = vm.globals().get::<strata::AnyUserData>("p").unwrap();
/// assert_eq!(p.borrow::<Point>().unwrap().y, 8.0);
/// ```
pub trait UserData: Sized + 'static {
    /// Declares the type's fields (read through getters, written through setters).
    fn add_fields<F: UserDataFields<Self>>(fields: &mut F) {
        let _ = fields;
    }
    /// Declares the type's methods and metamethods.
    fn add_methods<M: UserDataMethods<Self>>(methods: &mut M) {
        let _ = methods;
    }
}

/// The fields of a [`UserData`] type. Names are Lua field names (`ud.name`).
///
/// ```
/// use strata::{UserData, UserDataFields};
///
/// struct Counter { n: i64 }
/// impl UserData for Counter {
///     fn add_fields<F: UserDataFields<Self>>(fields: &mut F) {
///         fields.add_field("kind", "counter");
///         fields.add_field_method_get("n", |_, c| Ok(c.n));
///         fields.add_field_method_set("n", |_, c, v: i64| { c.n = v; Ok(()) });
///     }
/// }
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// vm.globals().set("c", Counter { n: 1 })?;
/// assert_eq!(vm.load("c.n = c.n + 41; return c.kind .. c.n").eval::<String>()?, "counter42");
/// # Ok::<(), strata::Error>(())
/// ```
pub trait UserDataFields<T> {
    /// A field with a fixed value (read-only).
    fn add_field<V: IntoLua>(&mut self, name: impl ToString, value: V);
    /// A field read by `getter` from the value.
    fn add_field_method_get<R, F>(&mut self, name: impl ToString, getter: F)
    where
        R: IntoLua,
        F: Fn(&Vm, &T) -> Result<R> + 'static;
    /// A field written by `setter` (`ud.name = v`), which gets the value mutably.
    fn add_field_method_set<A, F>(&mut self, name: impl ToString, setter: F)
    where
        A: FromLua,
        F: FnMut(&Vm, &mut T, A) -> Result<()> + 'static;
    /// A field read by `getter` from the userdata handle itself.
    fn add_field_function_get<R, F>(&mut self, name: impl ToString, getter: F)
    where
        R: IntoLua,
        F: Fn(&Vm, AnyUserData) -> Result<R> + 'static;
    /// A field written by `setter`, given the userdata handle itself.
    fn add_field_function_set<A, F>(&mut self, name: impl ToString, setter: F)
    where
        A: FromLua,
        F: FnMut(&Vm, AnyUserData, A) -> Result<()> + 'static;
    /// A field of the metatable (`__name`, or a metamethod given as a value).
    fn add_meta_field<V: IntoLua>(&mut self, name: impl ToString, value: V);
}

/// The methods and metamethods of a [`UserData`] type. A method is called as `ud:name(...)`;
/// its first argument is the userdata (`bad argument #1` when it is not one of this type).
///
/// ```
/// use strata::{UserData, UserDataMethods};
///
/// struct Stack(Vec<i64>);
/// impl UserData for Stack {
///     fn add_methods<M: UserDataMethods<Self>>(methods: &mut M) {
///         methods.add_method_mut("push", |_, s, v: i64| { s.0.push(v); Ok(()) });
///         methods.add_method("peek", |_, s, ()| Ok(s.0.last().copied()));
///         methods.add_meta_method("__len", |_, s, ()| Ok(s.0.len()));
///     }
/// }
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// vm.globals().set("s", Stack(Vec::new()))?;
/// assert_eq!(vm.load("s:push(1); s:push(2); return s:peek(), #s").eval::<(i64, i64)>()?, (2, 2));
/// # Ok::<(), strata::Error>(())
/// ```
pub trait UserDataMethods<T> {
    /// A method that reads the value.
    fn add_method<A, R, M>(&mut self, name: impl ToString, method: M)
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        M: Fn(&Vm, &T, A) -> Result<R> + 'static;
    /// A method that changes the value. While it runs, the value cannot be borrowed again
    /// (a call back into it from Lua raises `userdata already borrowed`).
    fn add_method_mut<A, R, M>(&mut self, name: impl ToString, method: M)
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        M: FnMut(&Vm, &mut T, A) -> Result<R> + 'static;
    /// A function stored as a field (`ud.name(...)`, or `ud:name(...)` with the userdata
    /// as the first argument).
    fn add_function<A, R, F>(&mut self, name: impl ToString, function: F)
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        F: Fn(&Vm, A) -> Result<R> + 'static;
    /// [`UserDataMethods::add_function`] for a function that mutates what it captured.
    fn add_function_mut<A, R, F>(&mut self, name: impl ToString, function: F)
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        F: FnMut(&Vm, A) -> Result<R> + 'static;
    /// A metamethod (`"__add"`, [`MetaMethod::Add`], ...) whose first operand is this
    /// type's value. `__index` and `__newindex` are consulted after the declared fields and
    /// methods; `__gc` is not available (the value's `Drop` runs when it is collected).
    fn add_meta_method<A, R, M>(&mut self, name: impl ToString, method: M)
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        M: Fn(&Vm, &T, A) -> Result<R> + 'static;
    /// [`UserDataMethods::add_meta_method`] with the value mutably.
    fn add_meta_method_mut<A, R, M>(&mut self, name: impl ToString, method: M)
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        M: FnMut(&Vm, &mut T, A) -> Result<R> + 'static;
    /// A metamethod as a plain function of its operands (for operators whose userdata may
    /// be either operand: `2 * v` as well as `v * 2`).
    fn add_meta_function<A, R, F>(&mut self, name: impl ToString, function: F)
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        F: Fn(&Vm, A) -> Result<R> + 'static;
    /// [`UserDataMethods::add_meta_function`] for a function that mutates what it captured.
    fn add_meta_function_mut<A, R, F>(&mut self, name: impl ToString, function: F)
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        F: FnMut(&Vm, A) -> Result<R> + 'static;
}

/// The metamethods Lua 5.4 knows, by name (`MetaMethod::Add` is `"__add"`).
///
/// ```
/// use strata::{MetaMethod, UserData, UserDataMethods};
///
/// struct Money(i64);
/// impl UserData for Money {
///     fn add_methods<M: UserDataMethods<Self>>(methods: &mut M) {
///         methods.add_meta_method(MetaMethod::Add, |_, m, n: i64| Ok(Money(m.0 + n)));
///         methods.add_meta_method(MetaMethod::ToString, |_, m, ()| Ok(format!("${}", m.0)));
///     }
/// }
/// assert_eq!(MetaMethod::Add.name(), "__add");
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// vm.globals().set("price", Money(3))?;
/// assert_eq!(vm.load("tostring(price + 4)").eval::<String>()?, "$7");
/// # Ok::<(), strata::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetaMethod {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Unm,
    IDiv,
    BAnd,
    BOr,
    BXor,
    BNot,
    Shl,
    Shr,
    Concat,
    Len,
    Eq,
    Lt,
    Le,
    Index,
    NewIndex,
    Call,
    ToString,
    Pairs,
    Close,
}

impl MetaMethod {
    /// The metatable key (`"__add"`).
    pub const fn name(self) -> &'static str {
        match self {
            MetaMethod::Add => "__add",
            MetaMethod::Sub => "__sub",
            MetaMethod::Mul => "__mul",
            MetaMethod::Div => "__div",
            MetaMethod::Mod => "__mod",
            MetaMethod::Pow => "__pow",
            MetaMethod::Unm => "__unm",
            MetaMethod::IDiv => "__idiv",
            MetaMethod::BAnd => "__band",
            MetaMethod::BOr => "__bor",
            MetaMethod::BXor => "__bxor",
            MetaMethod::BNot => "__bnot",
            MetaMethod::Shl => "__shl",
            MetaMethod::Shr => "__shr",
            MetaMethod::Concat => "__concat",
            MetaMethod::Len => "__len",
            MetaMethod::Eq => "__eq",
            MetaMethod::Lt => "__lt",
            MetaMethod::Le => "__le",
            MetaMethod::Index => "__index",
            MetaMethod::NewIndex => "__newindex",
            MetaMethod::Call => "__call",
            MetaMethod::ToString => "__tostring",
            MetaMethod::Pairs => "__pairs",
            MetaMethod::Close => "__close",
        }
    }
}

impl fmt::Display for MetaMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What a type's declarations add up to.
enum Entry {
    /// A name `__index` finds: a method, a constant or a getter.
    Field(String, Value),
    /// A name `__newindex` stores through.
    Setter(String, Value),
    /// A metatable field.
    Meta(String, Value),
}

/// Collects a [`UserData`] type's declarations (the `F` and `M` its `add_fields` and
/// `add_methods` get).
///
/// ```
/// use strata::{UserData, UserDataMethods};
///
/// struct Handle;
/// impl UserData for Handle {
///     fn add_methods<M: UserDataMethods<Self>>(methods: &mut M) {
///         // `M` is `UserDataRegistry<Handle>`: it keeps the first declaration that fails
///         methods.add_meta_method("__gc", |_, _, ()| Ok(()));
///     }
/// }
/// let vm = strata::Vm::new(strata::VmConfig::default());
/// let err = vm.create_userdata(Handle).unwrap_err();
/// assert!(err.to_string().contains("implement Drop instead"));
/// ```
pub struct UserDataRegistry<T> {
    vm: Vm,
    entries: Vec<Entry>,
    /// The first declaration that failed (reported when the type is made).
    error: Option<Error>,
    _t: PhantomData<fn(T)>,
}

/// The last segment of a Rust type's path, without generic arguments (`Point`).
fn short_type_name<T>() -> &'static str {
    let full = std::any::type_name::<T>();
    let base = full.split('<').next().unwrap_or(full);
    base.rsplit("::").next().unwrap_or(base)
}

/// The value of a userdata of Rust type `T` (`None` for any other value).
///
/// The reference is only valid while the userdata lives: callers hold it no longer than the
/// call whose arguments keep it alive.
#[inline]
fn cell_of<'a, T: 'static>(v: Raw) -> Option<&'a RefCell<T>> {
    if v.tag != tag::USERDATA {
        return None;
    }
    // SAFETY: a userdata value points to a live userdata (the caller keeps it alive).
    unsafe { (*v.as_userdata_ptr()).downcast::<RefCell<T>>() }
}

/// A method's `self`: argument 1 as this type's value, or `bad argument #1`.
#[inline]
fn this<'a, T: 'static>(args: &[Raw]) -> Result<&'a RefCell<T>> {
    let v = args.first().copied().unwrap_or(Raw::NIL);
    cell_of::<T>(v).ok_or_else(|| bad_self(short_type_name::<T>(), v))
}

/// `bad argument #1 (T expected, got U)` for a method's `self`.
#[cold]
#[inline(never)]
fn bad_self(type_name: &str, v: Raw) -> Error {
    Error::BadArgument {
        to: None,
        pos: 1,
        name: Some("self".into()),
        cause: Arc::new(Error::runtime(format!("{type_name} expected, got {}", v.type_name()))),
    }
}

impl<T: 'static> UserDataRegistry<T> {
    fn new(vm: &Vm) -> Self {
        UserDataRegistry { vm: Vm::from_inner(Rc::clone(&vm.inner)), entries: Vec::new(), error: None, _t: PhantomData }
    }

    fn add(&mut self, entry: impl FnOnce(Value) -> Entry, value: Result<Value>) {
        match value {
            Ok(v) => self.entries.push(entry(v)),
            Err(e) => {
                self.error.get_or_insert(e);
            }
        }
    }

    fn function<F>(&self, builtin: u32, f: F) -> Result<Value>
    where
        F: Fn(&Vm, &[Raw], &mut Vec<Raw>) -> Result<Option<Raw>> + 'static,
    {
        self.vm.host_function(builtin, f).map(Value::Function)
    }

    fn method<A, R, M>(&self, method: M) -> Result<Value>
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        M: Fn(&Vm, &T, A) -> Result<R> + 'static,
    {
        self.function(*HOST_FUNCTION, move |vm, args, out| {
            let this = this::<T>(args)?.try_borrow().map_err(|_| Error::UserDataBorrowError)?;
            let a = A::from_raw_args(args.get(1..).unwrap_or(&[]), 2, vm)?;
            method(vm, &this, a)?.push_raw_split(vm, out)
        })
    }

    fn method_mut<A, R, M>(&self, method: M) -> Result<Value>
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        M: FnMut(&Vm, &mut T, A) -> Result<R> + 'static,
    {
        let method = RefCell::new(method);
        self.function(*HOST_FUNCTION, move |vm, args, out| {
            let mut this = this::<T>(args)?.try_borrow_mut().map_err(|_| Error::UserDataBorrowMutError)?;
            let a = A::from_raw_args(args.get(1..).unwrap_or(&[]), 2, vm)?;
            let mut method = method.try_borrow_mut().map_err(|_| Error::UserDataBorrowMutError)?;
            method(vm, &mut this, a)?.push_raw_split(vm, out)
        })
    }

    fn plain<A, R, F>(&self, function: F) -> Result<Value>
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        F: Fn(&Vm, A) -> Result<R> + 'static,
    {
        self.function(*HOST_FUNCTION, move |vm, args, out| {
            function(vm, A::from_raw_args(args, 1, vm)?)?.push_raw_split(vm, out)
        })
    }

    fn plain_mut<A, R, F>(&self, function: F) -> Result<Value>
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        F: FnMut(&Vm, A) -> Result<R> + 'static,
    {
        let function = RefCell::new(function);
        self.plain(move |vm, a: A| {
            let mut f = function
                .try_borrow_mut()
                .map_err(|_| Error::runtime("a mutable Rust function was called while it was running"))?;
            f(vm, a)
        })
    }
}

impl<T: 'static> UserDataFields<T> for UserDataRegistry<T> {
    fn add_field<V: IntoLua>(&mut self, name: impl ToString, value: V) {
        let v = value.into_lua(&self.vm);
        self.add(|v| Entry::Field(name.to_string(), v), v);
    }

    fn add_field_method_get<R, F>(&mut self, name: impl ToString, getter: F)
    where
        R: IntoLua,
        F: Fn(&Vm, &T) -> Result<R> + 'static,
    {
        let f = self.function(*crate::runtime::meta::USERDATA_GETTER, move |vm, args, _| {
            let this = this::<T>(args)?.try_borrow().map_err(|_| Error::UserDataBorrowError)?;
            getter(vm, &this)?.into_raw(vm).map(Some)
        });
        self.add(|v| Entry::Field(name.to_string(), v), f);
    }

    fn add_field_method_set<A, F>(&mut self, name: impl ToString, setter: F)
    where
        A: FromLua,
        F: FnMut(&Vm, &mut T, A) -> Result<()> + 'static,
    {
        let setter = RefCell::new(setter);
        let f = self.function(*HOST_FUNCTION, move |vm, args, _| {
            let mut this = this::<T>(args)?.try_borrow_mut().map_err(|_| Error::UserDataBorrowMutError)?;
            let a = A::from_raw(args.get(1).copied().unwrap_or(Raw::NIL), vm)?;
            let mut setter = setter.try_borrow_mut().map_err(|_| Error::UserDataBorrowMutError)?;
            setter(vm, &mut this, a).map(|()| None)
        });
        self.add(|v| Entry::Setter(name.to_string(), v), f);
    }

    fn add_field_function_get<R, F>(&mut self, name: impl ToString, getter: F)
    where
        R: IntoLua,
        F: Fn(&Vm, AnyUserData) -> Result<R> + 'static,
    {
        let f = self.function(*crate::runtime::meta::USERDATA_GETTER, move |vm, args, _| {
            let ud = AnyUserData::from_raw(args, 1, vm)?;
            getter(vm, ud)?.into_raw(vm).map(Some)
        });
        self.add(|v| Entry::Field(name.to_string(), v), f);
    }

    fn add_field_function_set<A, F>(&mut self, name: impl ToString, setter: F)
    where
        A: FromLua,
        F: FnMut(&Vm, AnyUserData, A) -> Result<()> + 'static,
    {
        let setter = RefCell::new(setter);
        let f = self.function(*HOST_FUNCTION, move |vm, args, _| {
            let ud = AnyUserData::from_raw(args, 1, vm)?;
            let a = A::from_raw(args.get(1).copied().unwrap_or(Raw::NIL), vm)?;
            let mut setter = setter.try_borrow_mut().map_err(|_| Error::UserDataBorrowMutError)?;
            setter(vm, ud, a).map(|()| None)
        });
        self.add(|v| Entry::Setter(name.to_string(), v), f);
    }

    fn add_meta_field<V: IntoLua>(&mut self, name: impl ToString, value: V) {
        let v = value.into_lua(&self.vm);
        self.add(|v| Entry::Meta(name.to_string(), v), v);
    }
}

impl<T: 'static> UserDataMethods<T> for UserDataRegistry<T> {
    fn add_method<A, R, M>(&mut self, name: impl ToString, method: M)
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        M: Fn(&Vm, &T, A) -> Result<R> + 'static,
    {
        let f = self.method(method);
        self.add(|v| Entry::Field(name.to_string(), v), f);
    }

    fn add_method_mut<A, R, M>(&mut self, name: impl ToString, method: M)
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        M: FnMut(&Vm, &mut T, A) -> Result<R> + 'static,
    {
        let f = self.method_mut(method);
        self.add(|v| Entry::Field(name.to_string(), v), f);
    }

    fn add_function<A, R, F>(&mut self, name: impl ToString, function: F)
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        F: Fn(&Vm, A) -> Result<R> + 'static,
    {
        let f = self.plain(function);
        self.add(|v| Entry::Field(name.to_string(), v), f);
    }

    fn add_function_mut<A, R, F>(&mut self, name: impl ToString, function: F)
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        F: FnMut(&Vm, A) -> Result<R> + 'static,
    {
        let f = self.plain_mut(function);
        self.add(|v| Entry::Field(name.to_string(), v), f);
    }

    fn add_meta_method<A, R, M>(&mut self, name: impl ToString, method: M)
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        M: Fn(&Vm, &T, A) -> Result<R> + 'static,
    {
        let f = self.method(method);
        self.add(|v| Entry::Meta(name.to_string(), v), f);
    }

    fn add_meta_method_mut<A, R, M>(&mut self, name: impl ToString, method: M)
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        M: FnMut(&Vm, &mut T, A) -> Result<R> + 'static,
    {
        let f = self.method_mut(method);
        self.add(|v| Entry::Meta(name.to_string(), v), f);
    }

    fn add_meta_function<A, R, F>(&mut self, name: impl ToString, function: F)
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        F: Fn(&Vm, A) -> Result<R> + 'static,
    {
        let f = self.plain(function);
        self.add(|v| Entry::Meta(name.to_string(), v), f);
    }

    fn add_meta_function_mut<A, R, F>(&mut self, name: impl ToString, function: F)
    where
        A: FromLuaMulti,
        R: IntoLuaMulti,
        F: FnMut(&Vm, A) -> Result<R> + 'static,
    {
        let f = self.plain_mut(function);
        self.add(|v| Entry::Meta(name.to_string(), v), f);
    }
}

impl AnyUserData {
    /// Argument `pos` (counted from 1) as a userdata handle, or `bad argument`.
    fn from_raw(args: &[Raw], pos: usize, vm: &Vm) -> Result<AnyUserData> {
        let v = args.get(pos - 1).copied().unwrap_or(Raw::NIL);
        if !v.is_userdata() {
            return Err(Error::BadArgument {
                to: None,
                pos,
                name: None,
                cause: Arc::new(Error::runtime(format!("userdata expected, got {}", v.type_name()))),
            });
        }
        Ok(AnyUserData(Ref::new(&vm.inner, v)))
    }

    /// Whether the value is a `T` made by [`Vm::create_userdata`].
    ///
    /// ```
    /// use strata::UserData;
    ///
    /// struct A;
    /// impl UserData for A {}
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let ud = vm.create_userdata(A)?;
    /// assert!(ud.is::<A>());
    /// assert!(!ud.is::<String>());
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn is<T: 'static>(&self) -> bool {
        cell_of::<T>(self.0.raw()).is_some()
    }

    /// The Rust value, borrowed (fails with [`Error::UserDataTypeMismatch`] for another
    /// type, [`Error::UserDataBorrowError`] while a `_mut` method changes it).
    ///
    /// ```
    /// use strata::{AnyUserData, UserData};
    ///
    /// struct Config { name: String }
    /// impl UserData for Config {}
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// vm.globals().set("cfg", Config { name: "prod".into() })?;
    /// let ud: AnyUserData = vm.globals().get("cfg")?;
    /// assert_eq!(ud.borrow::<Config>()?.name, "prod");
    /// assert!(matches!(ud.borrow::<String>(), Err(strata::Error::UserDataTypeMismatch)));
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn borrow<T: 'static>(&self) -> Result<std::cell::Ref<'_, T>> {
        // (The handle keeps the userdata, and so its value, alive as long as `self`.)
        let cell = cell_of::<T>(self.0.raw()).ok_or(Error::UserDataTypeMismatch)?;
        cell.try_borrow().map_err(|_| Error::UserDataBorrowError)
    }

    /// The Rust value, borrowed mutably (fails with [`Error::UserDataTypeMismatch`] for
    /// another type, [`Error::UserDataBorrowMutError`] while it is borrowed).
    ///
    /// ```
    /// use strata::UserData;
    ///
    /// struct Counter(i64);
    /// impl UserData for Counter {}
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let ud = vm.create_userdata(Counter(0))?;
    /// ud.borrow_mut::<Counter>()?.0 += 5;
    /// let held = ud.borrow::<Counter>()?;
    /// assert_eq!(held.0, 5);
    /// assert!(matches!(ud.borrow_mut::<Counter>(), Err(strata::Error::UserDataBorrowMutError)));
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn borrow_mut<T: 'static>(&self) -> Result<std::cell::RefMut<'_, T>> {
        let cell = cell_of::<T>(self.0.raw()).ok_or(Error::UserDataTypeMismatch)?;
        cell.try_borrow_mut().map_err(|_| Error::UserDataBorrowMutError)
    }

    /// The metatable (`None` for none).
    ///
    /// ```
    /// use strata::UserData;
    ///
    /// struct Point;
    /// impl UserData for Point {}
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let ud = vm.create_userdata(Point)?;
    /// let mt = ud.metatable().unwrap();
    /// assert_eq!(mt.get::<String>("__name")?, "Point");
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn metatable(&self) -> Option<Table> {
        let v = self.0.raw();
        let inner = &self.0.inner;
        let mt = crate::runtime::meta::metatable_of(inner.state(), v);
        (!mt.is_null()).then(|| Table(Ref::new(inner, Raw::from_table(mt))))
    }
}

impl<T: UserData> IntoLua for T {
    /// A new userdata holding the value ([`Vm::create_userdata`]).
    fn into_lua(self, vm: &Vm) -> Result<Value> {
        vm.create_userdata(self).map(Value::UserData)
    }
}

impl Vm {
    /// A userdata holding `data`: Lua code sees the fields, methods and metamethods `T`
    /// declares (see [`UserData`]). The value is dropped when the userdata is collected, or
    /// when the VM ends; its size counts toward the memory limit. (A value that holds handles
    /// of the VM keeps the VM alive: do not store a VM's handles in its own userdata for
    /// longer than its life, or it is never freed.)
    ///
    /// ```
    /// use strata::{UserData, UserDataMethods};
    ///
    /// struct Timer { ticks: u32 }
    /// impl UserData for Timer {
    ///     fn add_methods<M: UserDataMethods<Self>>(methods: &mut M) {
    ///         methods.add_method("ticks", |_, t, ()| Ok(t.ticks));
    ///     }
    /// }
    /// let vm = strata::Vm::new(strata::VmConfig::default());
    /// let timer = vm.create_userdata(Timer { ticks: 3 })?;
    /// vm.globals().set("timer", &timer)?;
    /// assert_eq!(vm.load("timer:ticks()").eval::<u32>()?, 3);
    /// assert_eq!(vm.load("type(timer)").eval::<String>()?, "userdata");
    /// # Ok::<(), strata::Error>(())
    /// ```
    pub fn create_userdata<T: UserData>(&self, data: T) -> Result<AnyUserData> {
        let mt = self.userdata_metatable::<T>()?;
        let state = self.inner.state();
        let charge = std::mem::size_of::<T>();
        let p = state.heap.try_alloc_userdata(mt, Box::new(RefCell::new(data)), charge).map_err(|_| Error::memory())?;
        Ok(AnyUserData(Ref::new(&self.inner, Raw::from_userdata(p))))
    }

    /// `T`'s metatable, built on first use and kept (rooted) as long as the VM.
    fn userdata_metatable<T: UserData>(&self) -> Result<*mut crate::runtime::table::Table> {
        if let Some(&slot) = self.inner.ud_types.borrow().get(&TypeId::of::<T>()) {
            return Ok(self.inner.state().host_value(slot).as_table_ptr());
        }
        let mut reg = UserDataRegistry::<T>::new(self);
        T::add_fields(&mut reg);
        T::add_methods(&mut reg);
        if let Some(e) = reg.error {
            return Err(e);
        }
        let mt = self.create_table()?;
        mt.raw_set("__name", short_type_name::<T>())?;
        let (fields, setters) = (self.create_table()?, self.create_table()?);
        let (mut index, mut newindex) = (None, None);
        for entry in reg.entries {
            match entry {
                Entry::Field(name, v) => fields.raw_set(name, v)?,
                Entry::Setter(name, v) => setters.raw_set(name, v)?,
                Entry::Meta(name, v) => match name.as_str() {
                    "__index" => index = Some(v),
                    "__newindex" => newindex = Some(v),
                    "__gc" => {
                        return Err(Error::runtime(format!(
                            "'__gc' of userdata type {}: implement Drop instead",
                            short_type_name::<T>()
                        )));
                    }
                    _ => mt.raw_set(name, v)?,
                },
            }
        }
        // `__index`: the builtin that reads the fields table (which no Lua code can reach,
        // so it never changes and the VM's field caches may keep what they read from it).
        if !fields.is_empty() || index.is_some() {
            if let Some(fallback) = index {
                fields.raw_set(true, fallback)?;
            }
            mt.raw_set("__index", self.field_access(false, &fields)?)?;
        }
        if !setters.is_empty() {
            if let Some(fallback) = newindex {
                setters.raw_set(true, fallback)?;
            }
            mt.raw_set("__newindex", self.field_access(true, &setters)?)?;
        } else if let Some(fallback) = newindex {
            mt.raw_set("__newindex", fallback)?;
        }
        let raw = mt.0.raw();
        let slot = self.inner.state().host_ref(raw);
        self.inner.ud_types.borrow_mut().insert(TypeId::of::<T>(), slot);
        Ok(raw.as_table_ptr())
    }

    /// The `__index` (`set` false) or `__newindex` builtin reading `table`.
    fn field_access(&self, set: bool, table: &Table) -> Result<Function> {
        let builtin = crate::runtime::meta::userdata_access_builtin(set);
        let state = self.inner.state();
        let f = state.heap.try_alloc_native(builtin, table.0.raw()).map_err(|_| Error::memory())?;
        Ok(Function(Ref::new(&self.inner, Raw::from_native(f))))
    }
}

//! The helper table: every `extern "C"` function native code calls, declared once (as
//! wasmtime's `foreach_builtin_function!` and LuaJIT's `IRCALLDEF`).
//!
//! One row per helper gives its [`Helper`] name, its symbol, its parameters and result with
//! their Rust types, and its flags. From the table come:
//! - the `extern "C"` declarations backends take addresses from ([`Helper::address`]), so a
//!   backend never imports the glue that defines them (`jit::glue::helpers`, which may use
//!   the interpreter);
//! - each helper's native signature ([`Helper::params`], [`Helper::result`]): Cranelift's
//!   signatures and the baseline's argument registers are derived from it;
//! - a compile-time check in the glue that every definition has exactly the declared type
//!   (`for_each_helper!` is expanded there too).
//!
//! Conventions: operands are passed by pointer to consecutive values in the frame; a `u32`
//! result of `1` (or `2` for three-way helpers) means an error is pending in the VM.

use crate::bytecode::Op;
use crate::runtime::heap::Cell;
use crate::runtime::value::Value;
use crate::state::abi::JitContext;
use crate::state::feedback::CallSite;

/// Comparison kinds of `strata_compare` (its `kind` parameter).
pub mod compare_kind {
    pub const LT: u32 = 0;
    pub const LE: u32 = 1;
    pub const GT: u32 = 2;
    pub const GE: u32 = 3;
}

/// A parameter or result type at the native calling convention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbiType {
    /// A 32-bit integer (in the low half of a 64-bit integer register).
    I32,
    /// A 64-bit integer or a pointer.
    I64,
    /// A double (in an SSE register).
    F64,
}

/// The native type of a Rust type that crosses into a helper.
pub trait AbiValue {
    const TYPE: AbiType;
}

impl AbiValue for u32 {
    const TYPE: AbiType = AbiType::I32;
}
impl AbiValue for u64 {
    const TYPE: AbiType = AbiType::I64;
}
impl AbiValue for usize {
    const TYPE: AbiType = AbiType::I64;
}
impl AbiValue for f64 {
    const TYPE: AbiType = AbiType::F64;
}
impl<T> AbiValue for *mut T {
    const TYPE: AbiType = AbiType::I64;
}
impl<T> AbiValue for *const T {
    const TYPE: AbiType = AbiType::I64;
}

/// The native result type of a helper's Rust result type (`()`: none).
pub trait AbiResult {
    const TYPE: Option<AbiType>;
}
impl AbiResult for () {
    const TYPE: Option<AbiType> = None;
}
impl<T: AbiValue> AbiResult for T {
    const TYPE: Option<AbiType> = Some(T::TYPE);
}

/// What a helper may do besides computing its result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct HelperFlags {
    /// It may allocate (a collection may run inside it: live references must be in VM slots).
    pub may_gc: bool,
    /// It may run Lua code (a call, a tier-up, a deopt resumed in the interpreter).
    pub may_call_lua: bool,
    /// It may leave an error pending in the VM (its result says so).
    pub may_raise: bool,
}

/// The table. Each row: `Name symbol(param: Type, ...) -> Result [flags] for Ops;` (`-> ()`
/// for no result). `for Op | Op` names the opcodes whose generic path the helper is: it has
/// the generic signature `(ctx, slot, ip) -> u32`, takes the instruction's popped operands
/// at `slot` (consecutive values), writes its pushed results from `slot`, records the pc
/// where Lua saves it, and returns non-zero with an error pending. A backend with no
/// template for such an opcode calls it (see [`Helper::generic_for`]), so an opcode needs no
/// backend code at all. `$m` is called with every row; this module and
/// `jit::glue::helpers` expand it.
macro_rules! for_each_helper {
    ($m:ident) => {
        $m! {
            Arith          strata_arith(ctx: *mut JitContext, op: u32, slot: *mut Value, ip: u32) -> u32 [may_gc, may_call_lua, may_raise];
            Compare        strata_compare(ctx: *mut JitContext, kind: u32, slot: *const Value, ip: u32) -> u32 [may_gc, may_call_lua, may_raise];
            Equal          strata_equal(slot: *const Value) -> u32 [];
            EqualMeta      strata_equal_meta(ctx: *mut JitContext, slot: *const Value, ip: u32) -> u32 [may_gc, may_call_lua, may_raise];
            Concat         strata_concat(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 [may_gc, may_call_lua, may_raise] for Concat;
            Len            strata_len(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 [may_gc, may_call_lua, may_raise] for Len;
            NewTable       strata_new_table(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 [may_gc, may_raise] for NewTable;
            GetField       strata_get_field(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 [may_gc, may_call_lua, may_raise] for GetField;
            GetRaw         strata_get_raw(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 [];
            GetIndex       strata_get_index(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 [may_gc, may_call_lua, may_raise] for GetIndex;
            SetField       strata_set_field(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 [may_gc, may_call_lua, may_raise] for SetField;
            SetIndex       strata_set_index(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 [may_gc, may_call_lua, may_raise] for SetIndex;
            SetList        strata_set_list(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 [may_gc, may_raise] for SetList;
            Call           strata_call(ctx: *mut JitContext, slot: *mut Value, nargs: u32, pos: u32, ip: u32) -> u32 [may_gc, may_call_lua, may_raise];
            AfterCall      strata_after_call(ctx: *mut JitContext, sig: u32, slot: *mut Value) -> u32 [may_gc, may_call_lua, may_raise];
            EntryDeopt     strata_entry_deopt(ctx: *mut JitContext, frame: *mut Value, id: u32) -> u32 [may_raise];
            StackOverflow  strata_stack_overflow(ctx: *mut JitContext, end: *mut Value) -> u32 [may_raise];
            Interrupt      strata_interrupt(ctx: *mut JitContext, ip: u32) -> u32 [may_raise];
            Closure        strata_closure(ctx: *mut JitContext, func: u32, frame: *const Value, out: *mut Value) -> u32 [may_gc, may_raise];
            NewCell        strata_new_cell(ctx: *mut JitContext, tag: u64, payload: u64) -> *mut Cell [may_gc, may_raise];
            ForPrep        strata_for_prep(ctx: *mut JitContext, init: *const Value, state: *mut Value, ip: u32) -> u32 [may_raise];
            IndexError     strata_index_error(ctx: *mut JitContext, obj: *const Value, pos: u32, ip: u32) -> u32 [may_raise];
            Method         strata_method(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 [may_gc, may_call_lua, may_raise] for Method;
            GetGlobal      strata_get_global(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 [may_gc, may_call_lua, may_raise] for GetGlobal;
            SetGlobal      strata_set_global(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 [may_gc, may_call_lua, may_raise] for SetGlobal;
            EnvGet         strata_env_get(ctx: *mut JitContext, k: u32, out: *mut Value) -> u32 [];
            EnvSet         strata_env_set(ctx: *mut JitContext, k: u32, val: *const Value) -> u32 [may_gc, may_raise];
            Fmod           strata_fmod(a: f64, b: f64) -> f64 [];
            Pow            strata_pow(a: f64, b: f64) -> f64 [];
            FloatIDiv      strata_float_idiv(a: f64, b: f64) -> f64 [];
            RecordTarget   strata_record_target(site: *mut CallSite, target: u32) -> () [];
            RecordCallee   strata_record_callee(site: *mut CallSite, callee: *const Value) -> () [];
            TierUp         strata_tier_up(ctx: *mut JitContext, func: u32) -> u32 [may_raise];
            OsrEntry       strata_osr_entry(ctx: *mut JitContext, func: u32, header: u32) -> usize [may_raise];
            Tbc            strata_tbc(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 [may_raise] for Tbc;
            Close          strata_close(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 [may_gc, may_call_lua, may_raise] for Close;
            VarArg         strata_vararg(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 [may_raise] for VarArg;
            AdjustPack     strata_adjust_pack(ctx: *mut JitContext, slot: *mut Value, ip: u32) -> u32 [] for AdjustPack;
            ReturnValues   strata_return_values(ctx: *mut JitContext, slot: *const Value, ip: u32) -> () [];
            TailArgs       strata_tail_args(ctx: *mut JitContext, slot: *const Value) -> () [];
            TailResolve    strata_tail_resolve(ctx: *mut JitContext, slot: *mut Value, nargs: u32) -> u32 [may_raise];
            VarargEnter    strata_vararg_enter(ctx: *mut JitContext, frame: *mut Value) -> *mut Value [may_raise];
        }
    };
}
pub(crate) use for_each_helper;

macro_rules! declare_helpers {
    ($( $name:ident $sym:ident ( $($p:ident : $t:ty),* ) -> $r:ty [$($flag:ident),*] $(for $($gop:ident)|+)?; )*) => {
        /// The helpers' declarations; the definitions are `jit::glue::helpers`'s
        /// `#[unsafe(no_mangle)]` functions of the same names.
        mod sys {
            use super::*;
            // Both sides are Rust: the pointers' targets need no C layout.
            #[allow(improper_ctypes)]
            unsafe extern "C" {
                $( pub fn $sym($($p: $t),*) -> $r; )*
            }
        }

        /// A helper native code calls (a row of the table).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Helper { $($name),* }

        impl Helper {
            /// Every helper, in table order.
            pub const ALL: &'static [Helper] = &[$(Helper::$name),*];

            /// The helper's symbol (`strata_arith`).
            pub fn symbol(self) -> &'static str {
                match self { $(Helper::$name => stringify!($sym)),* }
            }

            /// The address native code calls.
            pub fn address(self) -> usize {
                match self { $(Helper::$name => sys::$sym as *const () as usize),* }
            }

            /// The parameter types, in order.
            pub fn params(self) -> &'static [AbiType] {
                match self { $(Helper::$name => &[$(<$t as AbiValue>::TYPE),*]),* }
            }

            /// The result type (`None`: no result).
            pub fn result(self) -> Option<AbiType> {
                match self { $(Helper::$name => <$r as AbiResult>::TYPE),* }
            }

            /// The helper that is `op`'s generic path, if one is.
            pub fn generic_for(op: Op) -> Option<Helper> {
                $( $( if matches!(op, $(Op::$gop)|+) { return Some(Helper::$name); } )? )*
                None
            }

            pub fn flags(self) -> HelperFlags {
                match self {
                    $(Helper::$name => {
                        #[allow(unused_mut)]
                        let mut f = HelperFlags::default();
                        $(f.$flag = true;)*
                        f
                    }),*
                }
            }
        }
    };
}

for_each_helper!(declare_helpers);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_describes_the_helpers() {
        assert_eq!(Helper::Arith.symbol(), "strata_arith");
        assert_eq!(Helper::Arith.params(), &[AbiType::I64, AbiType::I32, AbiType::I64, AbiType::I32]);
        assert_eq!(Helper::Arith.result(), Some(AbiType::I32));
        assert_eq!(Helper::ReturnValues.result(), None);
        assert_eq!(Helper::Pow.params(), &[AbiType::F64, AbiType::F64]);
        assert!(Helper::Call.flags().may_call_lua && Helper::Call.flags().may_gc);
        assert_eq!(Helper::Equal.flags(), HelperFlags::default());
        let mut addrs: Vec<usize> = Helper::ALL.iter().map(|h| h.address()).collect();
        addrs.sort();
        addrs.dedup();
        assert_eq!(addrs.len(), Helper::ALL.len(), "every helper has its own address");
        assert!(addrs.iter().all(|&a| a != 0));
    }

    #[test]
    fn generic_paths_have_the_generic_signature() {
        let mut some = 0;
        for &op in Op::ALL {
            if let Some(h) = Helper::generic_for(op) {
                some += 1;
                assert_eq!(h.params(), &[AbiType::I64, AbiType::I64, AbiType::I32], "{}", h.symbol());
                assert_eq!(h.result(), Some(AbiType::I32), "{}", h.symbol());
                // (Only `AdjustPack` cannot fail; it returns 0 all the same.)
                assert!(h.flags().may_raise || h == Helper::AdjustPack, "{}", h.symbol());
            }
        }
        assert!(some >= 2);
        assert_eq!(Helper::generic_for(Op::Concat), Some(Helper::Concat));
        assert_eq!(Helper::generic_for(Op::Add), None);
    }
}

//! The opcode table: every opcode declared once, with its operands, stack effect, feedback
//! kind, control flow, the plan's result kind, the generic operation, whether it saves the pc,
//! whether it may be inlined and whether it is typed. Everything else (encoding sizes, the
//! verifier, the disassembler and text parser, stack-depth analysis, the plan's tag analysis,
//! preflight) is derived from [`Op::info`].
//!
//! Encoding: one byte of opcode followed by its operands, each a little-endian 32-bit word.
//!
//! ```text
//!   +----+----------+----------+-----
//!   | op | operand0 | operand1 | ...      size = 1 + 4 * operand count
//!   +----+----------+----------+-----
//! ```
//!
//! Instruction pointers (`ip`) are byte offsets into the program's flat code array; jump
//! operands are absolute ips.

use crate::runtime::arith::ArithOp;

/// What an operand means, which decides how the verifier checks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    /// A local slot of the current frame (`< locals_count`).
    Local,
    /// An upvalue of the current closure (`< upvalue count`).
    Upval,
    /// A program constant.
    Const,
    /// A function of the program.
    Func,
    /// An absolute jump target inside the current function.
    Jump,
    /// An argument count.
    Count,
    /// Call flags ([`call_flags`]).
    Flags,
    /// A signed 32-bit immediate.
    Imm,
    /// A type-feedback slot of the current function.
    TypeFb,
    /// A call-feedback slot of the current function.
    CallFb,
    /// A position in the operand stack counted down from the top (0: the top), below the
    /// stack's depth there.
    Depth,
}

/// Flags of `Call`, `TailCall`, `SetList` and `ReturnN`.
///
/// A *result pack* is every value a call returns (or every extra argument, `VarArg`): it
/// starts at one operand-stack slot, which the verifier counts as one value whatever the
/// pack's length, and runs on above it; its length is in the VM's `nres` register. Only
/// the next instruction may consume it (the verifier checks the pairing), so the static
/// stack depth stays exact at every other instruction. An empty pack has nil in its slot.
pub mod call_flags {
    /// The last value is a result pack: the real count is `argc - 1 + nres`.
    pub const MULTI_ARG: u32 = 1;
    /// `Call` only: keep all the results, as a pack for the next instruction.
    pub const KEEP_COUNT: u32 = 2;
    /// `Call` only: the call of a generic `for`'s iterator (named `for iterator` in errors).
    pub const FOR_ITERATOR: u32 = 4;
    pub const ALL: u32 = MULTI_ARG | KEEP_COUNT | FOR_ITERATOR;

    /// The number of values `argc` operands with `flags` stand for, `nres` being the length
    /// of the pack a `MULTI_ARG` last operand is.
    #[inline(always)]
    pub const fn value_count(argc: u32, flags: u32, nres: u32) -> u32 {
        if flags & MULTI_ARG != 0 { argc - 1 + nres } else { argc }
    }
}

/// What kind of feedback an instruction records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedbackKind {
    None,
    /// Operand types (a [`crate::state::feedback::type_bits`] byte per operand).
    Types,
    /// Call targets with an inline-cache state.
    Call,
}

/// How control leaves an instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// Falls through to the next instruction.
    Next,
    /// Always jumps to its `Jump` operand.
    Jump,
    /// Jumps to its `Jump` operand or falls through.
    Branch,
    /// Leaves the function (returns or tail-calls).
    Stop,
}

/// Number of values an instruction pops: fixed, its first operand plus one (calls pop the
/// callee and the arguments), or its first operand (`ReturnN`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pops {
    Fixed(u32),
    ArgcPlusOne,
    Argc,
}

/// Number of values an instruction pushes: fixed, or its first operand (`AdjustPack`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pushes {
    Fixed(u32),
    Argc,
}

/// Static description of one opcode.
#[derive(Debug)]
pub struct OpInfo {
    pub name: &'static str,
    pub operands: &'static [OperandKind],
    pub pops: Pops,
    pub pushes: Pushes,
    pub feedback: FeedbackKind,
    pub flow: Flow,
    /// What the plan's tag analysis knows of the values it pushes.
    pub result: ResultKind,
    /// The generic operation it performs (`a + b`, `a < b`), if it is one.
    pub sem: Sem,
    /// Executing it always records it as the frame's saved position.
    pub saves_pc: bool,
    /// It may appear in a callee the optimizing tier inlines (opt-in: an opcode whose slow
    /// path raises errors needs the callee's own frame, which an inlined callee lacks).
    pub inline_safe: bool,
    /// Its operand types are known statically (a typed opcode).
    pub typed: Option<TypedKind>,
    pub doc: &'static str,
}

/// What the plan's tag analysis knows of the values an opcode pushes. Every row names one,
/// and the analysis has no catch-all arm that could guess: `Unknown` is the safe choice for
/// a new opcode (and a `Special` row without its own arm pushes unknown values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultKind {
    /// Pushes nothing.
    None,
    Nil,
    Bool,
    Int,
    Str,
    Closure,
    Table,
    /// The tag of its constant operand.
    Const,
    /// Anything.
    Unknown,
    /// An arithmetic result: Lua's numeric rules over the operands' kinds.
    Arith,
    /// Stack shuffles, local stores and loop set-up: the analysis has an arm for each.
    Special,
}

/// The generic operation an opcode performs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sem {
    None,
    Arith(ArithOp),
    Compare(Compare),
}

/// The statically known operand kind of a typed opcode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypedKind {
    Int,
    Float,
}

impl OpInfo {
    /// Encoded size in bytes.
    pub const fn size(&self) -> usize {
        1 + 4 * self.operands.len()
    }
}

macro_rules! pops {
    (argc) => {
        Pops::ArgcPlusOne
    };
    (count) => {
        Pops::Argc
    };
    ($n:literal) => {
        Pops::Fixed($n)
    };
}

macro_rules! pushes {
    (count) => {
        Pushes::Argc
    };
    ($n:literal) => {
        Pushes::Fixed($n)
    };
}

macro_rules! sem {
    (-) => {
        Sem::None
    };
    (Eq) => {
        Sem::Compare(Compare::Eq)
    };
    (Ne) => {
        Sem::Compare(Compare::Ne)
    };
    (Lt) => {
        Sem::Compare(Compare::Lt)
    };
    (Le) => {
        Sem::Compare(Compare::Le)
    };
    (Gt) => {
        Sem::Compare(Compare::Gt)
    };
    (Ge) => {
        Sem::Compare(Compare::Ge)
    };
    ($arith:ident) => {
        Sem::Arith(ArithOp::$arith)
    };
}

/// Reads a row's flags: `inline`, `saves_pc`, `int`, `float`.
macro_rules! flag {
    ($want:ident; $($flag:ident),*) => {
        false $(|| same(stringify!($flag).as_bytes(), stringify!($want).as_bytes()))*
    };
}

/// `str` equality usable in constants.
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn typed(int: bool, float: bool) -> Option<TypedKind> {
    if int {
        Some(TypedKind::Int)
    } else if float {
        Some(TypedKind::Float)
    } else {
        None
    }
}

macro_rules! opcodes {
    ($( $name:ident [$($kind:ident),*] $pops:tt $pushes:tt $fb:ident $flow:ident $result:ident $sem:tt [$($flag:ident),*] $doc:literal; )*) => {
        /// A bytecode opcode. See the table in this module's source for each one's contract.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op { $( #[doc = $doc] $name, )* }

        /// The opcode table, indexed by `Op as u8`.
        pub const OP_INFO: &[OpInfo] = &[
            $( OpInfo {
                name: stringify!($name),
                operands: &[$(OperandKind::$kind),*],
                pops: pops!($pops),
                pushes: pushes!($pushes),
                feedback: FeedbackKind::$fb,
                flow: Flow::$flow,
                result: ResultKind::$result,
                sem: sem!($sem),
                saves_pc: flag!(saves_pc; $($flag),*),
                inline_safe: flag!(inline; $($flag),*),
                typed: typed(flag!(int; $($flag),*), flag!(float; $($flag),*)),
                doc: $doc,
            }, )*
        ];

        impl Op {
            /// Every opcode, in encoding order.
            pub const ALL: &'static [Op] = &[ $(Op::$name),* ];
        }
    };
}

opcodes! {
    // name        operands                   pops  push fb    flow   result   sem   flags                    doc
    Nop            []                         0     0   None  Next   None     -     [inline]                 "Does nothing.";
    SavePc         []                         0     0   None  Next   None     -     [inline, saves_pc]       "Records this instruction as the frame's saved position (where Lua's OP_CLOSE saves its pc: integer `//` and `%` by zero report it).";
    Pop            []                         1     0   None  Next   None     -     [inline]                 "Drops the top value.";
    Dup            []                         1     2   None  Next   Special  -     [inline]                 "Duplicates the top value.";
    Swap           []                         2     2   None  Next   Special  -     [inline]                 "Swaps the top two values.";
    PushNil        []                         0     1   None  Next   Nil      -     [inline]                 "Pushes nil.";
    PushTrue       []                         0     1   None  Next   Bool     -     [inline]                 "Pushes true.";
    PushFalse      []                         0     1   None  Next   Bool     -     [inline]                 "Pushes false.";
    PushInt        [Imm]                      0     1   None  Next   Int      -     [inline]                 "Pushes a small integer immediate.";
    PushConst      [Const]                    0     1   None  Next   Const    -     [inline]                 "Pushes a constant.";
    GetLocal       [Local]                    0     1   None  Next   Special  -     [inline]                 "Pushes a local.";
    SetLocal       [Local]                    1     0   None  Next   Special  -     [inline]                 "Pops into a local.";
    NewCell        [Local]                    1     0   None  Next   Special  -     [inline]                 "Pops a value into a fresh cell stored in a local (a captured local's declaration).";
    BoxLocal       [Local]                    0     0   None  Next   Special  -     [inline]                 "Replaces a local's value by a fresh cell holding it (captured loop variables).";
    GetCell        [Local]                    0     1   None  Next   Unknown  -     [inline]                 "Pushes the value in the cell held by a local.";
    SetCell        [Local]                    1     0   None  Next   None     -     [inline]                 "Pops into the cell held by a local.";
    GetUpval       [Upval]                    0     1   None  Next   Unknown  -     [inline]                 "Pushes an upvalue of the running closure.";
    SetUpval       [Upval]                    1     0   None  Next   None     -     [inline]                 "Pops into an upvalue of the running closure.";
    GetGlobal      [Const]                    0     1   None  Next   Unknown  -     [inline]                 "Pushes `_ENV[name]`, name a string constant (a global; _ENV here is the chunk's environment).";
    SetGlobal      [Const]                    1     0   None  Next   None     -     [inline]                 "Pops into `_ENV[name]`, name a string constant (a global).";
    GetEnv         []                         0     1   None  Next   Unknown  -     [inline]                 "Pushes the chunk's environment (_ENV where no local _ENV is in scope).";
    SetEnv         []                         1     0   None  Next   None     -     [inline]                 "Pops into the chunk's environment (_ENV = v).";
    Closure        [Func]                     0     1   None  Next   Closure  -     [saves_pc]               "Pushes a new closure of a function, capturing its upvalues from this frame.";
    Add            [TypeFb]                   2     1   Types Next   Arith    Add   [inline]                 "a + b";
    Sub            [TypeFb]                   2     1   Types Next   Arith    Sub   [inline]                 "a - b";
    Mul            [TypeFb]                   2     1   Types Next   Arith    Mul   [inline]                 "a * b";
    Div            [TypeFb]                   2     1   Types Next   Arith    Div   [inline]                 "a / b";
    Mod            [TypeFb]                   2     1   Types Next   Arith    Mod   [inline]                 "a % b";
    IDiv           [TypeFb]                   2     1   Types Next   Arith    IDiv  [inline]                 "a // b";
    Pow            [TypeFb]                   2     1   Types Next   Arith    Pow   [inline]                 "a ^ b";
    BAnd           [TypeFb]                   2     1   Types Next   Arith    BAnd  [inline]                 "a & b";
    BOr            [TypeFb]                   2     1   Types Next   Arith    BOr   [inline]                 "a | b";
    BXor           [TypeFb]                   2     1   Types Next   Arith    BXor  [inline]                 "a ~ b";
    Shl            [TypeFb]                   2     1   Types Next   Arith    Shl   [inline]                 "a << b";
    Shr            [TypeFb]                   2     1   Types Next   Arith    Shr   [inline]                 "a >> b";
    Unm            [TypeFb]                   1     1   Types Next   Arith    Unm   [inline]                 "-a";
    BNot           [TypeFb]                   1     1   Types Next   Arith    BNot  [inline]                 "~a";
    AddInt         []                         2     1   None  Next   Arith    Add   [inline, int]            "a + b on integers.";
    SubInt         []                         2     1   None  Next   Arith    Sub   [inline, int]            "a - b on integers.";
    MulInt         []                         2     1   None  Next   Arith    Mul   [inline, int]            "a * b on integers.";
    IDivInt        []                         2     1   None  Next   Arith    IDiv  [inline, int]            "a // b on integers.";
    ModInt         []                         2     1   None  Next   Arith    Mod   [inline, int]            "a % b on integers.";
    UnmInt         []                         1     1   None  Next   Arith    Unm   [inline, int]            "-a on an integer.";
    AddFloat       []                         2     1   None  Next   Arith    Add   [inline, float]          "a + b on floats.";
    SubFloat       []                         2     1   None  Next   Arith    Sub   [inline, float]          "a - b on floats.";
    MulFloat       []                         2     1   None  Next   Arith    Mul   [inline, float]          "a * b on floats.";
    DivFloat       []                         2     1   None  Next   Arith    Div   [inline, float]          "a / b on floats.";
    ModFloat       []                         2     1   None  Next   Arith    Mod   [inline, float]          "a % b on floats.";
    IDivFloat      []                         2     1   None  Next   Arith    IDiv  [inline, float]          "a // b on floats.";
    PowFloat       []                         2     1   None  Next   Arith    Pow   [inline, float]          "a ^ b on floats.";
    UnmFloat       []                         1     1   None  Next   Arith    Unm   [inline, float]          "-a on a float.";
    AddL           [Local, TypeFb]            1     1   Types Next   Arith    Add   [inline]                 "a + local (the right operand read from a local slot).";
    SubL           [Local, TypeFb]            1     1   Types Next   Arith    Sub   [inline]                 "a - local";
    MulL           [Local, TypeFb]            1     1   Types Next   Arith    Mul   [inline]                 "a * local";
    DivL           [Local, TypeFb]            1     1   Types Next   Arith    Div   [inline]                 "a / local";
    ModL           [Local, TypeFb]            1     1   Types Next   Arith    Mod   [inline]                 "a % local";
    IDivL          [Local, TypeFb]            1     1   Types Next   Arith    IDiv  [inline]                 "a // local";
    AddK           [Const, TypeFb]            1     1   Types Next   Arith    Add   [inline]                 "a + constant";
    SubK           [Const, TypeFb]            1     1   Types Next   Arith    Sub   [inline]                 "a - constant";
    MulK           [Const, TypeFb]            1     1   Types Next   Arith    Mul   [inline]                 "a * constant";
    DivK           [Const, TypeFb]            1     1   Types Next   Arith    Div   [inline]                 "a / constant";
    ModK           [Const, TypeFb]            1     1   Types Next   Arith    Mod   [inline]                 "a % constant";
    IDivK          [Const, TypeFb]            1     1   Types Next   Arith    IDiv  [inline]                 "a // constant";
    Concat         []                         2     1   None  Next   Str      -     [saves_pc]               "a .. b";
    Len            []                         1     1   None  Next   Int      -     [saves_pc]               "#a";
    Not            []                         1     1   None  Next   Bool     -     [inline]                 "not a";
    Eq             [TypeFb]                   2     1   Types Next   Bool     Eq    [inline]                 "a == b";
    Ne             [TypeFb]                   2     1   Types Next   Bool     Ne    [inline]                 "a ~= b";
    Lt             [TypeFb]                   2     1   Types Next   Bool     Lt    [inline]                 "a < b";
    Le             [TypeFb]                   2     1   Types Next   Bool     Le    [inline]                 "a <= b";
    Gt             [TypeFb]                   2     1   Types Next   Bool     Gt    [inline]                 "a > b (Lua's b < a: errors name the types swapped)";
    Ge             [TypeFb]                   2     1   Types Next   Bool     Ge    [inline]                 "a >= b (Lua's b <= a)";
    EqInt          []                         2     1   None  Next   Bool     Eq    [inline, int]            "a == b on integers.";
    NeInt          []                         2     1   None  Next   Bool     Ne    [inline, int]            "a ~= b on integers.";
    LtInt          []                         2     1   None  Next   Bool     Lt    [inline, int]            "a < b on integers.";
    LeInt          []                         2     1   None  Next   Bool     Le    [inline, int]            "a <= b on integers.";
    GtInt          []                         2     1   None  Next   Bool     Gt    [inline, int]            "a > b on integers.";
    GeInt          []                         2     1   None  Next   Bool     Ge    [inline, int]            "a >= b on integers.";
    EqFloat        []                         2     1   None  Next   Bool     Eq    [inline, float]          "a == b on floats.";
    NeFloat        []                         2     1   None  Next   Bool     Ne    [inline, float]          "a ~= b on floats.";
    LtFloat        []                         2     1   None  Next   Bool     Lt    [inline, float]          "a < b on floats.";
    LeFloat        []                         2     1   None  Next   Bool     Le    [inline, float]          "a <= b on floats.";
    GtFloat        []                         2     1   None  Next   Bool     Gt    [inline, float]          "a > b on floats.";
    GeFloat        []                         2     1   None  Next   Bool     Ge    [inline, float]          "a >= b on floats.";
    Jump           [Jump]                     0     0   None  Jump   None     -     [inline]                 "Jumps.";
    JumpIfFalse    [Jump]                     1     0   None  Branch None     -     [inline]                 "Pops; jumps if the value is falsy.";
    JumpIfTrue     [Jump]                     1     0   None  Branch None     -     [inline]                 "Pops; jumps if the value is truthy.";
    JumpIfNotEq    [TypeFb, Jump]             2     0   Types Branch None     Eq    [inline]                 "Pops b, a; jumps unless a == b.";
    JumpIfNotNe    [TypeFb, Jump]             2     0   Types Branch None     Ne    [inline]                 "Pops b, a; jumps unless a ~= b.";
    JumpIfNotLt    [TypeFb, Jump]             2     0   Types Branch None     Lt    [inline]                 "Pops b, a; jumps unless a < b.";
    JumpIfNotLe    [TypeFb, Jump]             2     0   Types Branch None     Le    [inline]                 "Pops b, a; jumps unless a <= b.";
    JumpIfNotGt    [TypeFb, Jump]             2     0   Types Branch None     Gt    [inline]                 "Pops b, a; jumps unless a > b.";
    JumpIfNotGe    [TypeFb, Jump]             2     0   Types Branch None     Ge    [inline]                 "Pops b, a; jumps unless a >= b.";
    JumpIfNotEqL   [Local, TypeFb, Jump]      1     0   Types Branch None     Eq    [inline]                 "Pops a; jumps unless a == local.";
    JumpIfNotNeL   [Local, TypeFb, Jump]      1     0   Types Branch None     Ne    [inline]                 "Pops a; jumps unless a ~= local.";
    JumpIfNotLtL   [Local, TypeFb, Jump]      1     0   Types Branch None     Lt    [inline]                 "Pops a; jumps unless a < local.";
    JumpIfNotLeL   [Local, TypeFb, Jump]      1     0   Types Branch None     Le    [inline]                 "Pops a; jumps unless a <= local.";
    JumpIfNotGtL   [Local, TypeFb, Jump]      1     0   Types Branch None     Gt    [inline]                 "Pops a; jumps unless a > local.";
    JumpIfNotGeL   [Local, TypeFb, Jump]      1     0   Types Branch None     Ge    [inline]                 "Pops a; jumps unless a >= local.";
    JumpIfNotEqK   [Const, TypeFb, Jump]      1     0   Types Branch None     Eq    [inline]                 "Pops a; jumps unless a == constant.";
    JumpIfNotNeK   [Const, TypeFb, Jump]      1     0   Types Branch None     Ne    [inline]                 "Pops a; jumps unless a ~= constant.";
    JumpIfNotLtK   [Const, TypeFb, Jump]      1     0   Types Branch None     Lt    [inline]                 "Pops a; jumps unless a < constant.";
    JumpIfNotLeK   [Const, TypeFb, Jump]      1     0   Types Branch None     Le    [inline]                 "Pops a; jumps unless a <= constant.";
    JumpIfNotGtK   [Const, TypeFb, Jump]      1     0   Types Branch None     Gt    [inline]                 "Pops a; jumps unless a > constant.";
    JumpIfNotGeK   [Const, TypeFb, Jump]      1     0   Types Branch None     Ge    [inline]                 "Pops a; jumps unless a >= constant.";
    ForPrep        [Local, Jump]              3     0   None  Branch Special  -     [saves_pc]               "Pops init, limit, step into the loop's locals base..base+2 and the visible variable base+3; jumps to the exit if the loop runs zero times.";
    ForLoop        [Local, Jump]              0     0   None  Branch None     -     []                       "Steps the loop at base; jumps back to the body while it runs (a back-edge).";
    ForPrepInt     [Local, Jump]              3     0   None  Branch Special  -     [saves_pc, int]          "ForPrep with integer init and step.";
    ForLoopInt     [Local, Jump]              0     0   None  Branch None     -     [int]                    "ForLoop of an integer loop.";
    ForPrepFloat   [Local, Jump]              3     0   None  Branch Special  -     [saves_pc, float]        "ForPrep with a float init or step (a float loop).";
    ForLoopFloat   [Local, Jump]              0     0   None  Branch None     -     [float]                  "ForLoop of a float loop.";
    Call           [Count, Flags, CallFb]     argc  1   Call  Next   Unknown  -     [inline, saves_pc]       "Calls the callee below argc arguments; leaves one result (nil if none).";
    TailCall       [Count, Flags, CallFb]     argc  0   Call  Stop   None     -     [saves_pc]               "return f(args): calls in place of this frame; f's results are this function's.";
    Method         [Const]                    1     2   None  Next   Special  -     [saves_pc]               "obj:name(...): pops obj, pushes obj.name (for a string, from the string library) and obj.";
    NewTable       [Imm, Imm]                 0     1   None  Next   Table    -     []                       "Pushes a new table presized for n array items and m named fields (Lua's OP_NEWTABLE).";
    GetField       [Const]                    1     1   None  Next   Unknown  -     []                       "Pops obj; pushes `obj[name]`, name a string constant.";
    GetIndex       []                         2     1   None  Next   Unknown  -     []                       "Pops key, obj; pushes `obj[key]`.";
    SetField       [Const]                    2     0   None  Next   None     -     []                       "Pops value, obj; `obj[name] = value`, name a string constant.";
    SetIndex       []                         3     0   None  Next   None     -     []                       "Pops value, key, obj; `obj[key] = value`.";
    SetList        [Count, Imm, Flags]        argc  1   None  Next   Table    -     []                       "Pops n values and the table below them, stores them at `t[start]`, `t[start+1]`, ... (a constructor's positional items), and pushes the table back. With MULTI_ARG the last value is a call's results.";
    PushDeep       [Depth]                    0     1   None  Next   Special  -     [inline]                 "Pushes a copy of the operand-stack value d slots below the top (0: the top).";
    Return0        []                         0     0   None  Stop   None     -     [inline]                 "Returns no value (not in vararg functions).";
    Return1        []                         1     0   None  Stop   None     -     [inline]                 "Returns the top value (not in vararg functions).";
    ReturnN        [Count, Flags]             count 0   None  Stop   None     -     []                       "Returns the top n values (with MULTI_ARG the last is a result pack); vararg functions return only with it.";
    Tbc            [Local]                    1     0   None  Next   None     -     [saves_pc]               "Pops the value just stored in a `<close>` local (its slot named here): unless it is nil or false it must have a `__close` metamethod, and it is registered to be closed.";
    Close          [Local, Flags]             0     0   None  Next   None     -     [saves_pc]               "Closes, newest first, the registered `<close>` values of this frame at slots >= the operand (calls `__close(v, nil)`); with MULTI_ARG a result pack on top is kept.";
    VarArg         []                         0     1   None  Next   Special  -     [saves_pc]               "Pushes the extra arguments of a vararg function as a result pack.";
    AdjustPack     [Count]                    1     count None Next  Special  -     []                       "Pops the result pack the previous instruction pushed and pushes exactly n values of it (nil for missing ones).";
}

impl Op {
    #[inline(always)]
    pub const fn info(self) -> &'static OpInfo {
        &OP_INFO[self as usize]
    }

    #[inline(always)]
    pub fn from_u8(b: u8) -> Option<Op> {
        Op::ALL.get(b as usize).copied()
    }

    #[inline(always)]
    pub fn size(self) -> usize {
        self.info().size()
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    pub fn from_name(name: &str) -> Option<Op> {
        Op::ALL.iter().copied().find(|op| op.name() == name)
    }

    /// Values popped, given the decoded operands.
    pub fn pops(self, operands: &[u32]) -> u32 {
        match self.info().pops {
            Pops::Fixed(n) => n,
            Pops::ArgcPlusOne => operands[0].saturating_add(1),
            Pops::Argc => operands[0],
        }
    }

    /// Values pushed, given the decoded operands.
    pub fn pushes(self, operands: &[u32]) -> u32 {
        match self.info().pushes {
            Pushes::Fixed(n) => n,
            Pushes::Argc => operands[0],
        }
    }

    /// Index of the operand holding the jump target, if any.
    pub fn jump_operand(self) -> Option<usize> {
        self.info().operands.iter().position(|k| *k == OperandKind::Jump)
    }

    /// Whether executing the instruction always records it as the frame's saved position
    /// (where Lua's VM always saves its pc: calls, closures, `..`, `#`, `for` preparation,
    /// method lookups, and `SavePc`, which stands for `OP_EQ` of two registers and for
    /// `OP_CLOSE`). Other instructions save it only in some cases (a nil global, a
    /// non-numeric operand).
    pub fn always_saves_pc(self) -> bool {
        self.info().saves_pc
    }

    /// The generic arithmetic operator an opcode performs, if it is one.
    pub fn arith_op(self) -> Option<ArithOp> {
        match self.info().sem {
            Sem::Arith(a) => Some(a),
            _ => None,
        }
    }

    /// The comparison an opcode performs, fused with a branch or not.
    pub fn compare(self) -> Option<Compare> {
        match self.info().sem {
            Sem::Compare(c) => Some(c),
            _ => None,
        }
    }

    /// Where the right operand of a binary operation comes from.
    pub fn rhs_source(self) -> RhsSource {
        match self.info().operands.first() {
            Some(OperandKind::Local) if self.info().feedback == FeedbackKind::Types => RhsSource::Local,
            Some(OperandKind::Const) if self.info().feedback == FeedbackKind::Types => RhsSource::Const,
            _ => RhsSource::Stack,
        }
    }

    /// The comparison a fused compare-and-branch performs (it jumps when it is false).
    pub fn branch_compare(self) -> Option<Compare> {
        self.compare().filter(|_| self.info().flow == Flow::Branch)
    }

    /// Whether this is a typed opcode (its operand types are known statically).
    pub fn is_typed(self) -> bool {
        self.info().typed.is_some()
    }
}

/// Where a binary operation's right operand comes from: the operand stack, a local slot
/// (`AddL`), or a constant (`AddK`). The left operand is always on the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RhsSource {
    Stack,
    Local,
    Const,
}

/// The six comparisons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compare {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        assert!(Op::ALL.len() < 256);
        for (i, op) in Op::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Op::from_u8(i as u8), Some(*op));
            assert_eq!(Op::from_name(op.name()), Some(*op));
            let info = op.info();
            let jumps = info.operands.iter().filter(|k| **k == OperandKind::Jump).count();
            match info.flow {
                Flow::Jump | Flow::Branch => assert_eq!(jumps, 1, "{}", info.name),
                Flow::Next | Flow::Stop => assert_eq!(jumps, 0, "{}", info.name),
            }
            let fb_operands =
                info.operands.iter().filter(|k| matches!(k, OperandKind::TypeFb | OperandKind::CallFb)).count();
            assert_eq!(fb_operands == 1, info.feedback != FeedbackKind::None, "{}", info.name);
            if !matches!(info.pops, Pops::Fixed(_)) || info.pushes == Pushes::Argc {
                assert_eq!(info.operands[0], OperandKind::Count, "{}", info.name);
            }
            // The plan's tag analysis relies on these.
            match info.result {
                ResultKind::None => assert_eq!(info.pushes, Pushes::Fixed(0), "{}", info.name),
                ResultKind::Special => {}
                ResultKind::Arith => assert!(op.arith_op().is_some(), "{}", info.name),
                _ => assert!(info.pushes != Pushes::Fixed(0), "{}", info.name),
            }
            if op.is_typed() {
                assert!(
                    op.arith_op().is_some() || op.compare().is_some() || info.flow == Flow::Branch,
                    "{}",
                    info.name
                );
            }
            if op.compare().is_some() {
                assert!(info.result == ResultKind::Bool || info.flow == Flow::Branch, "{}", info.name);
            }
        }
        assert_eq!(Op::from_u8(Op::ALL.len() as u8), None);
    }
}

//! The assembler layer's shared sequences: value copies and constants, tag guards, numbers
//! into SSE registers, condition codes into booleans or branches, and helper calls with their
//! argument registers derived from the helper table.

use super::*;

/// Where a helper argument comes from.
#[derive(Clone, Copy, Debug)]
pub(super) enum Arg {
    /// The context (`rbx`).
    Ctx,
    /// The frame base (`r12`).
    Frame,
    /// A constant.
    Imm(i32),
    /// The address of a value (`lea`).
    Addr(Mem),
    /// A word loaded from memory, of the parameter's width.
    Load(Mem),
    /// A register (its number) already holding the argument, of the parameter's width.
    Reg(u8),
    /// A double already in the SSE register the calling convention wants (`xmm0`, `xmm1`).
    InXmm,
}

/// The System V integer argument registers, in order: rdi, rsi, rdx, rcx, r8, r9.
const INT_ARGS: [u8; 6] = [7, 6, 2, 1, 8, 9];

/// Moves `arg` into the argument register `$q` (64-bit name) / `$d` (32-bit name). Every
/// register the code uses as a base or source is named statically, so the encoding is as
/// short as a hand-written `mov`/`lea` (a dynamic register costs a REX or SIB byte).
macro_rules! arg_into {
    ($ops:expr, $arg:expr, $wide:expr, $q:tt, $d:tt) => {
        match ($arg, $wide) {
            (Arg::Ctx, _) => asm!($ops; mov $q, rbx),
            (Arg::Frame, _) => asm!($ops; mov $q, r12),
            (Arg::Imm(v), true) => asm!($ops; mov $q, QWORD v as i64),
            (Arg::Imm(v), false) => asm!($ops; mov $d, v),
            (Arg::Addr(m), _) => match m.base {
                R12 => asm!($ops; lea $q, [r12 + m.off]),
                RSP => asm!($ops; lea $q, [rsp + m.off]),
                R15 => asm!($ops; lea $q, [r15 + m.off]),
                RBX => asm!($ops; lea $q, [rbx + m.off]),
                b => asm!($ops; lea $q, [Rq(b) + m.off]),
            },
            (Arg::Load(m), true) => match m.base {
                R12 => asm!($ops; mov $q, [r12 + m.off]),
                RBX => asm!($ops; mov $q, [rbx + m.off]),
                b => asm!($ops; mov $q, [Rq(b) + m.off]),
            },
            (Arg::Load(m), false) => match m.base {
                R12 => asm!($ops; mov $d, [r12 + m.off]),
                RBX => asm!($ops; mov $d, [rbx + m.off]),
                b => asm!($ops; mov $d, [Rq(b) + m.off]),
            },
            (Arg::Reg(RAX), true) => asm!($ops; mov $q, rax),
            (Arg::Reg(RAX), false) => asm!($ops; mov $d, eax),
            (Arg::Reg(RDX), true) => asm!($ops; mov $q, rdx),
            (Arg::Reg(RDX), false) => asm!($ops; mov $d, edx),
            (Arg::Reg(r), true) => asm!($ops; mov $q, Rq(r)),
            (Arg::Reg(r), false) => asm!($ops; mov $d, Rd(r)),
            (Arg::InXmm, _) => unreachable!("checked by the caller"),
        }
    };
}

/// Calls helper `h` (`jit::helpers`): each argument goes to the register the System V ABI
/// gives its position and type in the helper table, so no call site names a register.
/// Arguments are moved in order; a `Reg` source must not be an earlier argument's register.
pub(super) fn call(ops: &mut Ops, h: Helper, args: &[Arg]) {
    let params = h.params();
    assert_eq!(params.len(), args.len(), "{} takes {} arguments", h.symbol(), params.len());
    let (mut ints, mut floats) = (0, 0);
    for (&arg, &ty) in args.iter().zip(params) {
        if ty == AbiType::F64 {
            assert!(matches!(arg, Arg::InXmm) && floats < 2, "{}: doubles arrive in xmm0/xmm1", h.symbol());
            floats += 1;
            continue;
        }
        assert!(!matches!(arg, Arg::InXmm), "{}: an integer parameter cannot come from xmm", h.symbol());
        if let Arg::Reg(src) = arg {
            assert!(!INT_ARGS[..ints].contains(&src), "{}: argument register {src} already overwritten", h.symbol());
        }
        let wide = ty == AbiType::I64;
        match ints {
            0 => arg_into!(ops, arg, wide, rdi, edi),
            1 => arg_into!(ops, arg, wide, rsi, esi),
            2 => arg_into!(ops, arg, wide, rdx, edx),
            3 => arg_into!(ops, arg, wide, rcx, ecx),
            4 => arg_into!(ops, arg, wide, r8, r8d),
            _ => arg_into!(ops, arg, wide, r9, r9d),
        }
        ints += 1;
    }
    asm!(ops; mov rax, QWORD h.address() as i64 ; call rax);
}

/// Copies a value word by word (tags and payloads are stored separately everywhere, and a
/// 16-byte load of two 8-byte stores would miss store forwarding).
pub(super) fn copy_value(ops: &mut Ops, dst: Mem, src: Mem) {
    if dst != src {
        asm!(ops
            ; mov r10, [Rq(src.base) + src.off]
            ; mov r11, [Rq(src.base) + src.pay()]
            ; mov [Rq(dst.base) + dst.off], r10
            ; mov [Rq(dst.base) + dst.pay()], r11
        );
    }
}

pub(super) fn store_const(ops: &mut Ops, dst: Mem, v: Value) {
    asm!(ops; mov QWORD [Rq(dst.base) + dst.off], v.tag as i32);
    let p = v.payload as i64;
    if p == p as i32 as i64 {
        asm!(ops; mov QWORD [Rq(dst.base) + dst.pay()], p as i32);
    } else {
        asm!(ops; mov rax, QWORD p ; mov [Rq(dst.base) + dst.pay()], rax);
    }
}

/// `or [r14 + fb], bits(lhs) | bits(rhs) << 4`, with the bits looked up from the tags.
pub(super) fn record_dynamic(ops: &mut Ops, fb: u32, a: Mem, b: Option<Rhs>) {
    let table = TAG_BITS.as_ptr() as i64;
    asm!(ops
        ; mov rcx, QWORD table
        ; mov rax, [Rq(a.base) + a.off]
        ; and eax, 15
        ; movzx edx, BYTE [rcx + rax]
    );
    match b {
        Some(Rhs::Mem(m)) => asm!(ops
            ; mov rax, [Rq(m.base) + m.off]
            ; and eax, 15
            ; movzx eax, BYTE [rcx + rax]
            ; shl eax, 4
            ; or edx, eax
        ),
        Some(Rhs::Int(_)) => asm!(ops; or edx, (type_bits::INT as i32) << 4),
        Some(Rhs::Float(_)) => asm!(ops; or edx, (type_bits::FLOAT as i32) << 4),
        None => asm!(ops; mov eax, edx ; shl eax, 4 ; or edx, eax),
    }
    asm!(ops; or [r14 + fb as i32], dl);
}

/// Jumps to `truthy` unless the value is nil or false (then falls through).
pub(super) fn jump_if_truthy(ops: &mut Ops, v: Mem, truthy: DynamicLabel) {
    asm!(ops
        ; mov rax, [Rq(v.base) + v.off]
        ; test rax, rax
        ; jz >falsy
        ; cmp rax, tag::BOOL as i32
        ; jne =>truthy
        ; cmp QWORD [Rq(v.base) + v.pay()], 0
        ; jne =>truthy
        ; falsy:
    );
}

/// Jumps to `miss` unless `a` and `b` both have tag `t` (a constant `b` is checked now).
/// Returns whether the code after it is reachable.
pub(super) fn guard_tags(ops: &mut Ops, a: Mem, b: Rhs, t: u64, miss: DynamicLabel) -> bool {
    asm!(ops; cmp QWORD [Rq(a.base) + a.off], t as i32 ; jne =>miss);
    match b {
        Rhs::Mem(m) => asm!(ops; cmp QWORD [Rq(m.base) + m.off], t as i32 ; jne =>miss),
        Rhs::Int(_) if t == tag::INT => {}
        Rhs::Float(_) if t == tag::FLOAT => {}
        _ => {
            asm!(ops; jmp =>miss);
            return false;
        }
    }
    true
}

/// Loads the payload of a numeric right operand into `rcx` (integers) — for templates that
/// need it in a register.
pub(super) fn rhs_int_to_rcx(ops: &mut Ops, b: Rhs) {
    match b {
        Rhs::Mem(m) => asm!(ops; mov rcx, [Rq(m.base) + m.pay()]),
        Rhs::Int(i) => asm!(ops; mov rcx, QWORD i),
        // Dead code: the template jumped to its slow path already.
        Rhs::Float(_) => asm!(ops; xor ecx, ecx),
    }
}

/// The right operand as an f64 in `xmm1` (its tag checked to be FLOAT already, or a
/// float constant).
pub(super) fn rhs_float_to_xmm1(ops: &mut Ops, b: Rhs) {
    match b {
        Rhs::Mem(m) => asm!(ops; movsd xmm1, QWORD [Rq(m.base) + m.pay()]),
        Rhs::Float(f) => asm!(ops; mov rax, QWORD f.to_bits() as i64 ; movq xmm1, rax),
        // Dead code: the template jumped to its slow path already.
        Rhs::Int(_) => asm!(ops; xorpd xmm1, xmm1),
    }
}

/// The number at `m` as an f64 in `xmm<reg>` (an integer converts); a non-number jumps to
/// `slow`.
pub(super) fn number_to_xmm(ops: &mut Ops, m: Mem, reg: u8, slow: DynamicLabel) {
    asm!(ops
        ; mov rax, [Rq(m.base) + m.off]
        ; cmp rax, tag::FLOAT as i32
        ; jne >int
        ; movsd Rx(reg), QWORD [Rq(m.base) + m.pay()]
        ; jmp >done
        ; int:
        ; cmp rax, tag::INT as i32
        ; jne =>slow
        ; cvtsi2sd Rx(reg), QWORD [Rq(m.base) + m.pay()]
        ; done:
    );
}

/// Operands `a` and `b`, numbers of either kind, as f64s in `xmm0` and `xmm1`; a non-number
/// jumps to `slow`.
pub(super) fn numbers_to_xmm01(ops: &mut Ops, a: Mem, b: Rhs, slow: DynamicLabel) {
    number_to_xmm(ops, a, 0, slow);
    match b {
        Rhs::Mem(m) => number_to_xmm(ops, m, 1, slow),
        Rhs::Int(i) => asm!(ops; mov rax, QWORD (i as f64).to_bits() as i64 ; movq xmm1, rax),
        Rhs::Float(f) => asm!(ops; mov rax, QWORD f.to_bits() as i64 ; movq xmm1, rax),
    }
}

/// Puts operands `a` and `b` side by side for a helper that takes a pointer to two values:
/// in place when `b` follows `a` in the frame, else in the scratch area. Returns the pair.
pub(super) fn pair(ops: &mut Ops, a: Mem, b: Rhs) -> Mem {
    if let Rhs::Mem(m) = b
        && m.base == a.base
        && m.off == a.off + 16
    {
        return a;
    }
    match b {
        Rhs::Mem(m) => copy_value(ops, SCRATCH_B, m),
        Rhs::Int(i) => store_const(ops, SCRATCH_B, Value::int(i)),
        Rhs::Float(f) => store_const(ops, SCRATCH_B, Value::float(f)),
    }
    copy_value(ops, SCRATCH_A, a);
    SCRATCH_A
}

pub(super) fn float_op_into(ops: &mut Ops, aop: ArithOp) {
    match aop {
        ArithOp::Add => asm!(ops; addsd xmm1, xmm0 ; movapd xmm0, xmm1),
        ArithOp::Mul => asm!(ops; mulsd xmm0, xmm1),
        ArithOp::Sub => asm!(ops; subsd xmm0, xmm1),
        ArithOp::Div => asm!(ops; divsd xmm0, xmm1),
        ArithOp::Mod => call(ops, Helper::Fmod, &[Arg::InXmm, Arg::InXmm]),
        ArithOp::Pow => call(ops, Helper::Pow, &[Arg::InXmm, Arg::InXmm]),
        ArithOp::IDiv => call(ops, Helper::FloatIDiv, &[Arg::InXmm, Arg::InXmm]),
        _ => unreachable!("not a float operator"),
    }
}

pub(super) fn int_flags_into(ops: &mut Ops, cmp: Compare, sink: Sink) {
    match sink {
        Sink::Bool(d) => {
            match cmp {
                Compare::Eq => asm!(ops; sete al),
                Compare::Ne => asm!(ops; setne al),
                Compare::Lt => asm!(ops; setl al),
                Compare::Le => asm!(ops; setle al),
                Compare::Gt => asm!(ops; setg al),
                Compare::Ge => asm!(ops; setge al),
            }
            asm!(ops
                ; movzx eax, al
                ; mov QWORD [Rq(d.base) + d.off], tag::BOOL as i32
                ; mov [Rq(d.base) + d.pay()], rax
            );
        }
        Sink::JumpIfFalse(l) => match cmp {
            Compare::Eq => asm!(ops; jne =>l),
            Compare::Ne => asm!(ops; je =>l),
            #[cfg(not(feature = "mutant-dynasm-lt"))]
            Compare::Lt => asm!(ops; jge =>l),
            // A deliberate off-by-one (integer `a < b` branches as `a <= b`), only to show
            // that the conformance suite catches a wrong backend (`.ci/mutation`).
            #[cfg(feature = "mutant-dynasm-lt")]
            Compare::Lt => asm!(ops; jg =>l),
            Compare::Le => asm!(ops; jg =>l),
            Compare::Gt => asm!(ops; jle =>l),
            Compare::Ge => asm!(ops; jl =>l),
        },
    }
}

/// `xmm0 cmp xmm1` into the sink. `ucomisd` sets CF/ZF/PF (all three when unordered), so
/// `a < b` is tested as `b > a` (`seta`: false when unordered), and equality needs ZF and
/// not PF.
pub(super) fn float_compare_into(ops: &mut Ops, cmp: Compare, sink: Sink) {
    match cmp {
        Compare::Lt | Compare::Le => asm!(ops; ucomisd xmm1, xmm0),
        _ => asm!(ops; ucomisd xmm0, xmm1),
    }
    match sink {
        Sink::Bool(d) => {
            match cmp {
                Compare::Lt | Compare::Gt => asm!(ops; seta al),
                Compare::Le | Compare::Ge => asm!(ops; setae al),
                Compare::Eq => asm!(ops; sete al ; setnp cl ; and al, cl),
                Compare::Ne => asm!(ops; setne al ; setp cl ; or al, cl),
            }
            asm!(ops
                ; movzx eax, al
                ; mov QWORD [Rq(d.base) + d.off], tag::BOOL as i32
                ; mov [Rq(d.base) + d.pay()], rax
            );
        }
        Sink::JumpIfFalse(l) => match cmp {
            Compare::Lt | Compare::Gt => asm!(ops; jbe =>l),
            Compare::Le | Compare::Ge => asm!(ops; jb =>l),
            Compare::Eq => asm!(ops; jne =>l ; jp =>l),
            Compare::Ne => asm!(ops; jp >ne ; je =>l ; ne:),
        },
    }
}

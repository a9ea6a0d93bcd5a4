//! Machine-code listings for `strata disasm --native`: each compiled function's code,
//! disassembled with iced-x86 (Intel syntax), with the bytecode instruction each template
//! starts printed above it where the backend keeps a pc map, and the helper a loaded
//! address belongs to (`; strata_concat`) beside it.

use std::fmt::Write as _;

use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter, OpKind};

use crate::bytecode::opcodes::OperandKind;
use crate::bytecode::program::Program;
use crate::jit::backend::NativeCode;
use crate::jit::helpers::Helper;

/// One bytecode instruction as text (`ip: Op operands`).
fn bytecode_line(program: &Program, ip: u32) -> String {
    match program.decode(ip) {
        Ok(ins) => {
            let mut s = format!("{ip:>6}: {}", ins.op.name());
            for (k, v) in ins.operands().iter().enumerate() {
                if ins.op.info().operands[k] == OperandKind::Imm {
                    let _ = write!(s, " {}", *v as i32);
                } else {
                    let _ = write!(s, " {v}");
                }
            }
            s
        }
        Err(e) => format!("{ip:>6}: <{e}>"),
    }
}

/// The listing of one part of a function's machine code.
pub fn listing(program: &Program, backend: &str, part: &NativeCode<'_>) -> String {
    let addr = part.code.as_ptr() as u64;
    let mut out = String::new();
    let _ = writeln!(out, "; {backend} {}: {} bytes at {addr:#x}", part.part, part.code.len());
    let mut decoder = Decoder::with_ip(64, part.code, addr, DecoderOptions::NONE);
    let mut formatter = IntelFormatter::new();
    formatter.options_mut().set_first_operand_char_index(10);
    let mut ins = Instruction::default();
    let mut text = String::new();
    let mut map = part.pc_map.iter().peekable();
    let helpers: std::collections::HashMap<u64, &str> =
        Helper::ALL.iter().map(|h| (h.address() as u64, h.symbol())).collect();
    while decoder.can_decode() {
        decoder.decode_out(&mut ins);
        let off = (ins.ip() - addr) as u32;
        while let Some(&&(o, ip)) = map.peek() {
            if o > off {
                break;
            }
            let _ = writeln!(out, ";{}", bytecode_line(program, ip));
            map.next();
        }
        text.clear();
        formatter.format(&ins, &mut text);
        let helper = (0..ins.op_count())
            .find(|&i| ins.op_kind(i) == OpKind::Immediate64)
            .and_then(|_| helpers.get(&ins.immediate64()));
        match helper {
            Some(name) => {
                let _ = writeln!(out, "  {off:6x}  {text}  ; {name}");
            }
            None => {
                let _ = writeln!(out, "  {off:6x}  {text}");
            }
        }
    }
    out
}

//! Variable naming for error messages (`attempt to call a nil value (global 'f')`): Lua's
//! `getobjname`, for a stack machine.
//!
//! Given an instruction and an operand-stack position, [`producer`] walks back through
//! straight-line code to the instruction that pushed that position. It gives up at control
//! flow merges (a jump target in between), where the value could come from elsewhere; Lua
//! names no temporaries either. It runs only when an error is being reported.

use std::collections::HashMap;

use crate::bytecode::opcodes::{Flow, Op, call_flags};
use crate::bytecode::program::{Constant, Instr, Program};
use crate::bytecode::verify::ProgramFacts;
use crate::runtime::builtins::{BUILTINS, Lib};

/// What pushed a value, as far as error messages care.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Producer {
    Local(String),
    Upval(String),
    Global(String),
    /// A string constant.
    Constant(String),
    /// A library field (`math.nope`) or library function (`math.floor`).
    Field(String),
    /// `obj:name` (the function pushed by `Method`).
    Method(String),
    /// The iterator a generic `for` calls.
    ForIterator,
}

impl Producer {
    /// The parenthesised description Lua appends: `local 'x'`.
    pub fn describe(&self) -> String {
        match self {
            Producer::Local(n) => format!("local '{n}'"),
            Producer::Upval(n) => format!("upvalue '{n}'"),
            Producer::Global(n) => format!("global '{n}'"),
            Producer::Constant(n) => format!("constant '{n}'"),
            Producer::Field(n) => format!("field '{n}'"),
            Producer::Method(n) => format!("method '{n}'"),
            Producer::ForIterator => "for iterator 'for iterator'".to_string(),
        }
    }

    /// The bare name (for `bad argument #1 to 'name'`).
    pub fn name(&self) -> &str {
        match self {
            Producer::Local(n)
            | Producer::Upval(n)
            | Producer::Global(n)
            | Producer::Constant(n)
            | Producer::Field(n)
            | Producer::Method(n) => n,
            Producer::ForIterator => "for iterator",
        }
    }
}

fn const_str(program: &Program, k: u32) -> Option<String> {
    match program.constants.get(k as usize)? {
        // Lua formats the name with `%s`: a constant with a zero byte ends there.
        Constant::Str(s) => Some(String::from_utf8_lossy(s.split(|&b| b == 0).next().unwrap_or_default()).into_owned()),
        _ => None,
    }
}

/// The producer of operand-stack position `pos` (0 = bottom of the operand stack) as seen by
/// the instruction at `ip` of function `func`.
///
/// Scans backwards from `ip`. A merge point (a forward jump's target) ends the scan unless no
/// instruction of the jumps' region writes at or below `pos` (the value was pushed before
/// the region, as a callee is before an argument `(a or b)`): then the scan goes on before
/// the region. Like Lua, which gives no name to a register set inside conditional code.
pub fn producer(program: &Program, facts: &ProgramFacts, func: usize, ip: u32, mut pos: u32) -> Option<Producer> {
    let f = program.functions.get(func)?;
    let ff = facts.functions.get(func)?;
    let instrs = program.instructions(f).ok()?;
    let bottom_of = |i: &Instr| ff.depth_at(f, i.ip).map(|d| d - i.pops());
    // The jumps to each target (indices into `instrs`), found once.
    let mut sources: HashMap<u32, Vec<usize>> = HashMap::new();
    for (k, i) in instrs.iter().enumerate() {
        if let Some(t) = i.jump_target() {
            sources.entry(t).or_default().push(k);
        }
    }
    let mut j = instrs.iter().position(|i| i.ip == ip)?;
    // The callee of a generic `for`'s call is its iterator, whatever pushed it.
    let at = &instrs[j];
    if at.op == Op::Call && at.arg(1) & call_flags::FOR_ITERATOR != 0 && bottom_of(at) == Some(pos) {
        return Some(Producer::ForIterator);
    }
    while j > 0 {
        if let Some(sources) = sources.get(&instrs[j].ip) {
            // A loop header (a backward jump to here) ends the scan.
            let lo = sources.iter().copied().min()?;
            if sources.iter().any(|&k| k >= j) || instrs[lo..j].iter().any(|i| bottom_of(i).is_none_or(|b| b <= pos)) {
                return None;
            }
            j = lo;
            continue;
        }
        let p = &instrs[j - 1];
        if matches!(p.op.info().flow, Flow::Jump | Flow::Stop) {
            return None;
        }
        let bottom = bottom_of(p)?;
        let top = bottom + p.pushes();
        if pos >= bottom && pos < top {
            if p.op == Op::Swap {
                // The value came from the other of the two swapped positions.
                pos = bottom + 1 - (pos - bottom);
                j -= 1;
                continue;
            }
            let before = if j >= 2 { instrs.get(j - 2) } else { None };
            return name_of(program, f, p, before, pos - bottom);
        }
        j -= 1;
    }
    None
}

/// The name of output `output` of instruction `p`; `before` is the instruction before it
/// (what pushed a `GetIndex`'s key, if it was pushed last).
fn name_of(
    program: &Program,
    f: &crate::bytecode::program::Function,
    p: &Instr,
    before: Option<&Instr>,
    output: u32,
) -> Option<Producer> {
    Some(match p.op {
        Op::GetLocal | Op::GetCell => Producer::Local(f.local_name_at(p.arg(0), p.ip)?.to_string()),
        Op::GetUpval => Producer::Upval(f.upvals.get(p.arg(0) as usize)?.name.clone()),
        Op::GetGlobal => Producer::Global(const_str(program, p.arg(0))?),
        // The chunk's environment is its upvalue `_ENV` in Lua.
        Op::GetEnv => Producer::Upval("_ENV".to_string()),
        Op::PushConst => Producer::Constant(const_str(program, p.arg(0))?),
        Op::Method if output == 0 => Producer::Method(const_str(program, p.arg(0))?),
        // A field of a variable named `_ENV` is a global to Lua (its `isEnv`).
        Op::GetField if before.is_some_and(|b| is_env(f, b)) => Producer::Global(const_str(program, p.arg(0))?),
        Op::GetField => Producer::Field(const_str(program, p.arg(0))?),
        // Lua names a constant integer key (0 to 255, its `OP_GETI`) and no other.
        Op::GetIndex => Producer::Field(match before {
            Some(k) if k.op == Op::PushInt && (k.arg(0) as i32) >= 0 && (k.arg(0) as i32) <= 255 => {
                "integer index".to_string()
            }
            _ => "?".to_string(),
        }),
        _ => return None,
    })
}

/// Whether `p` pushes the environment: `GetEnv`, or a local or upvalue named `_ENV`.
fn is_env(f: &crate::bytecode::program::Function, p: &Instr) -> bool {
    match p.op {
        Op::GetEnv => true,
        Op::GetLocal | Op::GetCell => f.local_name_at(p.arg(0), p.ip) == Some("_ENV"),
        Op::GetUpval => f.upvals.get(p.arg(0) as usize).is_some_and(|u| u.name == "_ENV"),
        _ => false,
    }
}

/// The name Lua gives a builtin when the call site does not name it (`pushglobalfuncname`):
/// `print`, `math.floor`, `string.rep`.
pub fn qualified_builtin_name(index: u32) -> String {
    let b = &BUILTINS[index as usize];
    let lib = match b.lib {
        Lib::Base => return b.name.to_string(),
        Lib::Io => "io",
        Lib::Os => "os",
        Lib::Math => "math",
        Lib::String => "string",
        Lib::Table => "table",
        Lib::Package => "package",
        Lib::Debug => "debug",
        Lib::Utf8 => "utf8",
        Lib::Coroutine => "coroutine",
        // (Lua finds no global name for a file method.)
        Lib::File => return "?".to_string(),
    };
    format!("{lib}.{}", b.name)
}

//! `Program` and `Function`: the flat instruction array and the functions that are slices of
//! it, plus instruction decoding and an emitter used by the front-end and the text parser.
//!
//! ```text
//!   Program.code:  [ main .......... | f ....... | g ........... ]
//!                    ^entry_point      ^entry_point
//!                    <- body_length ->
//! ```

use super::opcodes::{Op, OperandKind};

/// A program constant. Strings are bytes (Lua strings need not be UTF-8).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    Int(i64),
    Float(f64),
    Str(Vec<u8>),
}

impl Constant {
    /// Equality that tells floats apart by bits (so constants dedupe exactly: `0.0`/`-0.0`).
    pub fn same(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::Float(a), Constant::Float(b)) => a.to_bits() == b.to_bits(),
            _ => self == other,
        }
    }
}

/// Where a closure's upvalue comes from when the closure is created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpvalDesc {
    /// True: the cell in the creating frame's local `index`; false: the creating closure's
    /// upvalue `index`.
    pub from_local: bool,
    pub index: u32,
    pub name: String,
}

/// A local variable's name and the ips where it is live (for error messages).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalName {
    pub slot: u32,
    pub name: String,
    /// First ip where the local is in scope.
    pub start: u32,
    /// First ip after the scope.
    pub end: u32,
}

/// Where a local slot holds a variable (named or hidden): from its allocation to the end of
/// its scope. Outside every range of its slot, a slot's value is dead (the collector clears
/// it at a full collection, as Lua's register reuse drops it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotRange {
    pub slot: u32,
    /// First ip where the slot holds the variable.
    pub start: u32,
    /// First ip after its scope.
    pub end: u32,
}

/// One function: a slice of the program's code plus its metadata.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub name: String,
    pub entry_point: u32,
    pub body_length: u32,
    pub arity: u32,
    /// Takes extra arguments (`...`): calls with more arguments than `arity` move its frame
    /// up past them, and it returns only with `ReturnN`.
    pub is_vararg: bool,
    /// Local slots (parameters first), including hidden ones such as loop state.
    pub locals_count: u32,
    /// Maximum operand-stack depth (checked by the verifier).
    pub max_stack: u32,
    pub upvals: Vec<UpvalDesc>,
    pub type_fb_count: u32,
    pub call_fb_count: u32,
    /// The source line of the `function` keyword (0 for the main chunk).
    pub line_defined: u32,
    /// The line of its `end` (0 when unknown, as for bytecode text).
    pub last_line: u32,
    /// `(ip, line)` at each change of line, sorted by ip.
    pub lines: Vec<(u32, u32)>,
    pub local_names: Vec<LocalName>,
    /// The live ranges of local slots (empty: unknown, as for bytecode text, and then no slot
    /// is treated as dead).
    pub slot_ranges: Vec<SlotRange>,
}

impl Function {
    pub fn end(&self) -> u32 {
        self.entry_point + self.body_length
    }

    pub fn contains(&self, ip: u32) -> bool {
        ip >= self.entry_point && ip < self.end()
    }

    /// The local slots known dead at `ip` (no variable of theirs in scope there), in one
    /// pass over the ranges: none when the function declares no ranges (bytecode text) or
    /// `ip` lies outside it (an optimized frame's record may hold an inlined callee's ip).
    pub fn dead_slots_at(&self, ip: u32) -> Vec<u32> {
        if self.slot_ranges.is_empty() || !self.contains(ip) {
            return Vec::new();
        }
        let mut live = vec![false; self.locals_count as usize];
        for r in &self.slot_ranges {
            if r.start <= ip
                && ip < r.end
                && let Some(l) = live.get_mut(r.slot as usize)
            {
                *l = true;
            }
        }
        (0..self.locals_count).filter(|&s| !live[s as usize]).collect()
    }

    /// Frame size in slots: locals plus the operand stack.
    pub fn frame_size(&self) -> u32 {
        self.locals_count.saturating_add(self.max_stack)
    }

    /// The source line of the instruction at `ip`.
    pub fn line_at(&self, ip: u32) -> u32 {
        match self.lines.binary_search_by_key(&ip, |&(i, _)| i) {
            Ok(k) => self.lines[k].1,
            Err(0) => self.line_defined,
            Err(k) => self.lines[k - 1].1,
        }
    }

    /// The name of the local in `slot` at `ip`, if it is a named local there.
    pub fn local_name_at(&self, slot: u32, ip: u32) -> Option<&str> {
        self.local_names.iter().rev().find(|l| l.slot == slot && l.start <= ip && ip < l.end).map(|l| l.name.as_str())
    }
}

/// A chunk appended to a program at run time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Chunk {
    /// The index of its first function.
    pub first: u32,
    /// The name its messages use (`[string "..."]`, `mod.lua`).
    pub name: String,
    /// Its source as Lua keeps it (`@mod.lua`, `=name`, or the source text itself).
    pub source: String,
}

/// A whole compiled program.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Program {
    /// The chunk name used in messages (the script path as given).
    pub chunk_name: String,
    /// Chunks appended at run time (`load`, `require`), in order. Functions before the
    /// first one's belong to the program's own chunk.
    pub chunks: Vec<Chunk>,
    pub code: Vec<u8>,
    pub constants: Vec<Constant>,
    pub functions: Vec<Function>,
    /// Index of the main chunk's function.
    pub main: u32,
}

impl Program {
    /// Whether `ins` is `x - 0` with the integer constant 0, which Lua compiles as `x + 0`
    /// (`OP_ADDI`): for a float `x` the result is `x + 0.0` (`-0.0 - 0` is `0.0`), for an
    /// integer `x` it is `x`, and anything else is subtracted as usual (strings are coerced:
    /// `"-0.0" - 0` is `-0.0`; errors name the subtraction). Every engine special-cases it.
    pub fn subtracts_int_zero(&self, ins: &Instr) -> bool {
        ins.op == Op::SubK && matches!(self.constants.get(ins.arg(0) as usize), Some(Constant::Int(0)))
    }

    /// Decodes the instruction at `ip`.
    pub fn decode(&self, ip: u32) -> Result<Instr, DecodeError> {
        decode(&self.code, ip)
    }

    /// Decodes every instruction of a function, in order.
    pub fn instructions(&self, func: &Function) -> Result<Vec<Instr>, DecodeError> {
        let mut out = Vec::new();
        let mut ip = func.entry_point;
        while ip < func.end() {
            let ins = self.decode(ip)?;
            if ins.next_ip() > func.end() {
                return Err(DecodeError::Truncated { ip });
            }
            ip = ins.next_ip();
            out.push(ins);
        }
        Ok(out)
    }

    /// The name messages use for the chunk that function `func` belongs to.
    pub fn chunk_name_of(&self, func: u32) -> &str {
        match self.chunks.iter().rposition(|c| c.first <= func) {
            Some(i) => &self.chunks[i].name,
            None => &self.chunk_name,
        }
    }

    /// The source of the chunk that function `func` belongs to, as `debug.getinfo` shows
    /// it (the program's own: `@` and its name).
    pub fn chunk_source_of(&self, func: u32) -> String {
        match self.chunks.iter().rposition(|c| c.first <= func) {
            Some(i) => self.chunks[i].source.clone(),
            None => format!("@{}", self.chunk_name),
        }
    }

    /// Appends `chunk`, a separately compiled program, as a chunk of this one: its code,
    /// constants and functions follow this program's, with every operand naming a
    /// function, a constant or a jump target (and every ip of its debug information)
    /// rebased. Returns the index its main function gets.
    pub fn append(&mut self, chunk: Program, source: String) -> Result<u32, DecodeError> {
        let f0 = self.functions.len() as u32;
        let k0 = self.constants.len() as u32;
        let c0 = self.code.len() as u32;
        let mut code = chunk.code.clone();
        for f in &chunk.functions {
            for ins in chunk.instructions(f)? {
                let kinds = ins.op.info().operands.iter().zip(ins.operands());
                for (i, (kind, &v)) in kinds.enumerate() {
                    let rebased = match kind {
                        OperandKind::Jump => v + c0,
                        OperandKind::Const => v + k0,
                        OperandKind::Func => v + f0,
                        _ => continue,
                    };
                    let at = ins.ip as usize + 1 + 4 * i;
                    code[at..at + 4].copy_from_slice(&rebased.to_le_bytes());
                }
            }
        }
        self.code.extend_from_slice(&code);
        self.constants.extend(chunk.constants);
        self.chunks.push(Chunk { first: f0, name: chunk.chunk_name, source });
        for mut f in chunk.functions {
            f.entry_point += c0;
            for l in &mut f.lines {
                l.0 += c0;
            }
            for n in &mut f.local_names {
                n.start += c0;
                n.end = n.end.saturating_add(c0);
            }
            for r in &mut f.slot_ranges {
                r.start += c0;
                r.end = r.end.saturating_add(c0);
            }
            self.functions.push(f);
        }
        Ok(f0 + chunk.main)
    }

    /// The function whose body contains `ip`.
    pub fn function_at(&self, ip: u32) -> Option<usize> {
        self.functions.iter().position(|f| f.contains(ip))
    }
}

/// A decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub ip: u32,
    pub op: Op,
    operands: [u32; 3],
}

impl Instr {
    pub fn new(ip: u32, op: Op, operands: &[u32]) -> Instr {
        let mut o = [0; 3];
        o[..operands.len()].copy_from_slice(operands);
        Instr { ip, op, operands: o }
    }
    #[inline]
    pub fn operands(&self) -> &[u32] {
        &self.operands[..self.op.info().operands.len()]
    }
    #[inline]
    pub fn arg(&self, i: usize) -> u32 {
        self.operands[i]
    }
    #[inline]
    pub fn next_ip(&self) -> u32 {
        self.ip + self.op.size() as u32
    }
    /// The jump target, for jumps and branches.
    pub fn jump_target(&self) -> Option<u32> {
        self.op.jump_operand().map(|i| self.operands[i])
    }
    /// Values this instruction pops.
    pub fn pops(&self) -> u32 {
        self.op.pops(self.operands())
    }
    /// Values this instruction pushes.
    pub fn pushes(&self) -> u32 {
        self.op.pushes(self.operands())
    }
}

/// Why bytes could not be decoded as an instruction.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("ip {ip}: unknown opcode {byte:#04x}")]
    UnknownOpcode { ip: u32, byte: u8 },
    #[error("ip {ip}: instruction runs past the end of its function")]
    Truncated { ip: u32 },
}

/// Decodes the instruction at `ip` of `code`.
pub fn decode(code: &[u8], ip: u32) -> Result<Instr, DecodeError> {
    let at = ip as usize;
    let Some(&byte) = code.get(at) else {
        return Err(DecodeError::Truncated { ip });
    };
    let op = Op::from_u8(byte).ok_or(DecodeError::UnknownOpcode { ip, byte })?;
    let n = op.info().operands.len();
    if at + op.size() > code.len() {
        return Err(DecodeError::Truncated { ip });
    }
    let mut operands = [0u32; 3];
    for (i, o) in operands.iter_mut().enumerate().take(n) {
        let p = at + 1 + 4 * i;
        *o = u32::from_le_bytes([code[p], code[p + 1], code[p + 2], code[p + 3]]);
    }
    Ok(Instr { ip, op, operands })
}

/// Appends instructions to a code array, recording source lines.
#[derive(Default)]
pub struct Emitter {
    pub code: Vec<u8>,
    pub lines: Vec<(u32, u32)>,
}

impl Emitter {
    pub fn new(code: Vec<u8>) -> Emitter {
        Emitter { code, lines: Vec::new() }
    }

    /// The ip the next instruction will get.
    pub fn here(&self) -> u32 {
        self.code.len() as u32
    }

    /// Appends `op` with its operands at source `line`, returning its ip.
    pub fn emit(&mut self, op: Op, operands: &[u32], line: u32) -> u32 {
        debug_assert_eq!(operands.len(), op.info().operands.len(), "{op:?}");
        let ip = self.here();
        if self.lines.last().is_none_or(|&(_, l)| l != line) {
            self.lines.push((ip, line));
        }
        self.code.push(op as u8);
        for o in operands {
            self.code.extend_from_slice(&o.to_le_bytes());
        }
        ip
    }

    /// Sets the jump target of the instruction at `ip`.
    pub fn patch_jump(&mut self, ip: u32, target: u32) {
        let op = Op::from_u8(self.code[ip as usize]).expect("patching an instruction");
        let k = op.jump_operand().expect("patching a jump");
        debug_assert_eq!(op.info().operands[k], OperandKind::Jump);
        let at = ip as usize + 1 + 4 * k;
        self.code[at..at + 4].copy_from_slice(&target.to_le_bytes());
    }
}

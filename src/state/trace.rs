//! Stack tracebacks in Lua's format (`luaL_traceback`): recorded cheaply when an error is
//! raised ([`VmState::trace_now`]: at most 21 levels, no text) and formatted only when
//! someone reads them ([`VmState::format_trace`]: an error that ends the program,
//! `debug.traceback`).
//!
//! ```text
//! stack traceback:
//!         [C]: in function 'error'
//!         prog.lua:2: in local 'f'          (the name the calling code used)
//!         prog.lua:5: in function 'g'       (a global function)
//!         prog.lua:7: in main chunk
//!         [C]: in ?
//! ```

use super::VmState;
use crate::bytecode::naming::{Producer, producer, qualified_builtin_name};
use crate::bytecode::opcodes::Op;
use crate::runtime::builtins::{BUILTINS, FrameInfo};
use crate::runtime::error::TraceEntry;
use crate::runtime::value::Value;
use crate::state::abi::FRAME_TAIL;

/// Lua's `LEVELS1` and `LEVELS2`: a long traceback shows the first 10 levels and the last 11.
const FIRST_LEVELS: usize = 10;
const LAST_LEVELS: usize = 11;

impl VmState {
    /// Calls `each` with the levels of the stack innermost first, from `top` (a builtin
    /// running above the top frame) down to frame `from_frame` (and the C function that
    /// called it, unless `from_frame` is a message handler's, whose caller is not shown),
    /// until it returns `false`.
    fn for_levels(&self, top: Option<(u32, bool)>, from_frame: usize, mut each: impl FnMut(TraceEntry) -> bool) {
        let frames = self.frames.as_slice();
        let site = |k: usize| k.checked_sub(1).map(|j| (frames[j].func, frames[j].ip));
        if let Some((b, from_lua)) = top
            && !each(TraceEntry::Builtin(Some(b), site(frames.len()).filter(|_| from_lua)))
        {
            return;
        }
        for k in (from_frame..frames.len()).rev() {
            let fr = &frames[k];
            // SAFETY: a frame's callee slot holds its closure while the frame is live.
            let closure = unsafe { *fr.base.sub(1) };
            let boundary = self.c_entries.iter().rposition(|&c| c == k);
            let tail = fr.flags & FRAME_TAIL != 0 || self.tail_frames.contains(&k);
            let caller = match (boundary, k.checked_sub(1)) {
                (None, Some(j)) if !tail => Some((frames[j].func, frames[j].ip)),
                _ => None,
            };
            if !each(TraceEntry::Lua { closure, func: fr.func, ip: fr.ip, caller, tail }) {
                return;
            }
            if let Some(b) = boundary
                && (k > from_frame || from_frame == 0)
                && let (builtin, from_lua) = self.c_callers.get(b).copied().unwrap_or((None, false))
                && !each(TraceEntry::Builtin(builtin, site(k).filter(|_| from_lua)))
            {
                return;
            }
        }
    }

    /// The levels of the stack, innermost first and the first `skip` left out, with `top`
    /// (a builtin running above the top frame, such as `error`) first if given; cut as Lua
    /// cuts a deep stack.
    pub fn trace_now(&self, top: Option<(u32, bool)>, skip: usize) -> Vec<TraceEntry> {
        // Caught by a `pcall`: no one will see it (an `xpcall` handler may, through
        // `debug.traceback`; an uncaught error's report does).
        if self.protected.last() == Some(&false) {
            return Vec::new();
        }
        self.trace_from(top, skip, 0)
    }

    fn trace_from(&self, top: Option<(u32, bool)>, skip: usize, from_frame: usize) -> Vec<TraceEntry> {
        let mut first = Vec::new();
        let mut last = std::collections::VecDeque::new();
        let (mut total, mut skipped) = (0usize, 0usize);
        self.for_levels(top, from_frame, |e| {
            if skipped < skip {
                skipped += 1;
                return true;
            }
            total += 1;
            if first.len() < FIRST_LEVELS {
                first.push(e);
            } else {
                if last.len() == LAST_LEVELS + 1 {
                    last.pop_front();
                }
                last.push_back(e);
            }
            true
        });
        // More than 21 levels: the first 10, a note, the last 11 (Lua's count in the note).
        let mut out = first;
        if total > FIRST_LEVELS + LAST_LEVELS + 1 {
            last.pop_front();
            out.push(TraceEntry::Skip(total - FIRST_LEVELS - LAST_LEVELS - 1));
        }
        out.extend(last);
        out
    }

    /// The running builtin and whether Lua code called it.
    fn running(&self) -> Option<(u32, bool)> {
        self.running_builtin.map(|b| (b, self.builtin_from_lua))
    }

    /// `debug.traceback`'s lines from `level` on (0: the running builtin). In a message
    /// handler, the levels where the error was raised follow the handler's own.
    pub fn traceback_lines(&mut self, level: usize) -> Vec<String> {
        let (base, raised) = match self.handler_traces.last() {
            Some((base, t)) => (*base, t.clone()),
            None => (0, Vec::new()),
        };
        let mut entries = self.trace_from(self.running(), level, base);
        entries.extend(raised);
        self.format_trace(&entries)
    }

    /// `debug.getinfo` of stack level `level` (0: the running builtin).
    pub fn level_info(&mut self, level: usize) -> Option<FrameInfo> {
        let mut found = None;
        let mut i = 0;
        self.for_levels(self.running(), 0, |e| {
            if i == level {
                found = Some(e);
                return false;
            }
            i += 1;
            true
        });
        match found? {
            TraceEntry::Builtin(b, site) => {
                let mut info = self.function_info(b.map_or(Value::NIL, Value::builtin), None);
                // Named by the Lua code that called it.
                if let Some((kind, name)) = site.and_then(|(g, at)| self.called_as(g, at)) {
                    info.namewhat = kind;
                    info.name = Some(name);
                }
                Some(info)
            }
            TraceEntry::Lua { closure, ip, caller, tail, .. } => {
                let mut info = self.function_info(closure, Some(ip));
                info.is_tail_call = tail;
                if let Some((kind, name)) = caller.and_then(|(g, at)| self.called_as(g, at)) {
                    info.namewhat = kind;
                    info.name = Some(name);
                }
                Some(info)
            }
            TraceEntry::Skip(_) => None,
        }
    }

    /// `debug.getinfo` of function `f`, running at `ip` if given.
    pub fn function_info(&mut self, f: Value, ip: Option<u32>) -> FrameInfo {
        if f.tag != crate::runtime::value::tag::CLOSURE {
            return FrameInfo {
                func: f,
                what: "C",
                source: "=[C]".into(),
                short_src: "[C]".into(),
                line_defined: -1,
                last_line_defined: -1,
                current_line: -1,
                is_vararg: true,
                ..FrameInfo::default()
            };
        }
        // SAFETY: closure values point to live closures.
        let (proto, nups) = unsafe { ((*f.as_closure_ptr()).proto, (*f.as_closure_ptr()).nupvals) };
        let p = &self.program.functions[proto as usize];
        let short_src = self.program.chunk_name_of(proto).to_string();
        let source = self.program.chunk_source_of(proto);
        let main = p.line_defined == 0;
        let mut active: Vec<u32> = p.lines.iter().map(|&(_, l)| l).collect();
        active.sort_unstable();
        active.dedup();
        let last_line = if p.last_line != 0 { p.last_line } else { active.last().copied().unwrap_or(p.line_defined) };
        // Lua counts `_ENV` among the upvalues of a function that reaches globals.
        let env = p.upvals.iter().all(|u| u.name != "_ENV") && self.uses_env(proto, 0);
        FrameInfo {
            func: f,
            what: if main { "main" } else { "Lua" },
            source,
            short_src,
            line_defined: p.line_defined as i64,
            last_line_defined: if main { 0 } else { last_line as i64 },
            current_line: ip.map_or(-1, |ip| p.line_at(ip) as i64),
            nups: if main { nups.max(1) as i64 } else { nups as i64 + env as i64 },
            nparams: p.arity as i64,
            is_vararg: p.is_vararg,
            active_lines: active,
            ..FrameInfo::default()
        }
    }

    /// The lines of a traceback (without `stack traceback:`), each as Lua prints it after
    /// its tab.
    pub fn format_trace(&mut self, trace: &[TraceEntry]) -> Vec<String> {
        trace.iter().map(|e| self.trace_line(e)).collect()
    }

    fn trace_line(&mut self, e: &TraceEntry) -> String {
        match *e {
            // A builtin no library names (an iterator, a `wrap` function): named by the call,
            // a global as Lua's search of the loaded modules finds it.
            TraceEntry::Builtin(Some(b), site) if BUILTINS[b as usize].name.contains(' ') => {
                match site.and_then(|(g, at)| self.called_as(g, at)) {
                    Some(("global", name)) => format!("[C]: in function '{name}'"),
                    Some((kind, name)) => format!("[C]: in {kind} '{name}'"),
                    None => "[C]: in ?".to_string(),
                }
            }
            TraceEntry::Builtin(Some(b), _) => format!("[C]: in function '{}'", qualified_builtin_name(b)),
            TraceEntry::Builtin(None, _) => "[C]: in ?".to_string(),
            TraceEntry::Skip(n) => format!("...\t(skipping {n} levels)"),
            TraceEntry::Lua { closure, func, ip, caller, tail } => {
                let program = std::sync::Arc::clone(&self.program);
                let f = &program.functions[func as usize];
                let place = format!("{}:{}", program.chunk_name_of(func), f.line_at(ip));
                let what = if let Some(name) = self.global_function_name(closure) {
                    format!("function '{name}'")
                } else if let Some((kind, name)) = caller.and_then(|(g, at)| self.called_as(g, at)) {
                    format!("{kind} '{name}'")
                } else if f.line_defined == 0 {
                    "main chunk".to_string()
                } else {
                    format!("function <{}:{}>", program.chunk_name_of(func), f.line_defined)
                };
                let tail = if tail { "\n\t(...tail calls...)" } else { "" };
                format!("{place}: in {what}{tail}")
            }
        }
    }

    /// Whether function `func` or one it creates reads or writes a global (and so has
    /// `_ENV` as an upvalue in Lua).
    fn uses_env(&self, func: u32, depth: u32) -> bool {
        let f = &self.program.functions[func as usize];
        let Ok(instrs) = self.program.instructions(f) else { return false };
        instrs.iter().any(|i| match i.op {
            Op::GetGlobal | Op::SetGlobal | Op::GetEnv | Op::SetEnv => true,
            Op::Closure => depth < 200 && self.uses_env(i.arg(0), depth + 1),
            _ => false,
        })
    }

    /// How the Lua code at `ip` of function `func` named the function it called there (Lua's
    /// `funcnamefromcode`): a local, upvalue, global, field or method, or the metamethod an
    /// operation called.
    fn called_as(&self, func: u32, ip: u32) -> Option<(&'static str, String)> {
        let f = &self.program.functions[func as usize];
        let ins = self.program.decode(ip).ok()?;
        if !matches!(ins.op, Op::Call | Op::TailCall) {
            let event = metamethod_event(ins.op)?;
            return Some(("metamethod", event.to_string()));
        }
        let depth = self.facts.functions[func as usize].depth_at(f, ip)?;
        let pos = depth.checked_sub(ins.arg(0) + 1)?;
        Some(match producer(&self.program, &self.facts, func as usize, ip, pos)? {
            Producer::Local(n) => ("local", n),
            Producer::Upval(n) => ("upvalue", n),
            Producer::Global(n) => ("global", n),
            Producer::Field(n) | Producer::Constant(n) => ("field", n),
            Producer::Method(n) => ("method", n),
            Producer::ForIterator => ("for iterator", "for iterator".to_string()),
        })
    }

    /// `name` or `module.name` when `f` is a field of a loaded module (Lua's
    /// `pushglobalfuncname`: globals first, as `_G.name` shows as `name`).
    fn global_function_name(&mut self, f: Value) -> Option<String> {
        let loaded = self.libs.loaded;
        let g = self.heap.str_value(b"_G");
        // SAFETY: the loaded table and the tables in it are live; nothing runs meanwhile.
        unsafe {
            let globals = (*loaded).get(g);
            if globals.is_table()
                && let Some(name) = key_of(globals, f)
            {
                return Some(name);
            }
            let mut k = Value::NIL;
            while let Ok(Some((key, module))) = (*loaded).next(k) {
                k = key;
                if key == g || !key.is_str() || !module.is_table() {
                    continue;
                }
                if let Some(name) = key_of(module, f) {
                    return Some(format!("{}.{name}", String::from_utf8_lossy(key.str_bytes())));
                }
            }
        }
        None
    }
}

/// The string key under which table `t` holds `v`.
///
/// # Safety
/// `t` is a live table value.
unsafe fn key_of(t: Value, v: Value) -> Option<String> {
    let t = t.as_table_ptr();
    let mut k = Value::NIL;
    // SAFETY: the caller's contract.
    while let Ok(Some((key, val))) = unsafe { (*t).next(k) } {
        if val == v && key.is_str() {
            return Some(String::from_utf8_lossy(key.str_bytes()).into_owned());
        }
        k = key;
    }
    None
}

/// The event of the metamethod an operation calls (`index` for `t.k`, `add` for `a + b`).
fn metamethod_event(op: Op) -> Option<&'static str> {
    let name = format!("{op:?}");
    let name = name.strip_prefix("JumpIfNot").unwrap_or(&name);
    const EVENTS: &[(&str, &str)] = &[
        ("GetField", "index"),
        ("GetIndex", "index"),
        ("GetGlobal", "index"),
        ("Method", "index"),
        ("SetField", "newindex"),
        ("SetIndex", "newindex"),
        ("SetGlobal", "newindex"),
        ("IDiv", "idiv"),
        ("Add", "add"),
        ("Sub", "sub"),
        ("Mul", "mul"),
        ("Div", "div"),
        ("Mod", "mod"),
        ("Pow", "pow"),
        ("BAnd", "band"),
        ("BOr", "bor"),
        ("BXor", "bxor"),
        ("Shl", "shl"),
        ("Shr", "shr"),
        ("Unm", "unm"),
        ("BNot", "bnot"),
        ("Concat", "concat"),
        ("Len", "len"),
        ("Eq", "eq"),
        ("Ne", "eq"),
        ("Lt", "lt"),
        ("Gt", "lt"),
        ("Le", "le"),
        ("Ge", "le"),
    ];
    EVENTS.iter().find(|(prefix, _)| name.starts_with(prefix)).map(|&(_, e)| e)
}

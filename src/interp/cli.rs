//! The steps of a `lua`-style command line on one VM ([`crate::Vm::run_cli`]): chunks given
//! with `-e`, the script and standard input, `-l` modules, `-W`, and the interactive prompt,
//! which prints what an expression line returns as `lua`'s prompt does.

use std::io::Write;

use super::*;
use crate::runtime::builtins::Host;
use crate::state::cli::{CliRun, CliStep};

/// `lua`'s prompts.
const PROMPT: &str = "> ";
const PROMPT_MORE: &str = ">> ";

impl VmState {
    /// Runs the command line's steps in order; the first error ends the run (reported as the
    /// top level reports it).
    pub fn run_cli(&mut self, run: &CliRun) -> Result<(), LuaError> {
        let r = self.cli_steps(run);
        self.finish();
        r
    }

    fn cli_steps(&mut self, run: &CliRun) -> Result<(), LuaError> {
        self.set_arg_table(&run.arg)?;
        for step in &run.steps {
            match step {
                CliStep::Chunk { src, source, args } => {
                    let f = self.load_or_error(src, source)?;
                    let mut vals = Vec::with_capacity(args.len());
                    for a in args {
                        vals.push(self.new_string(a)?);
                    }
                    self.run_function(f, &vals)?;
                }
                CliStep::Require { global, module } => {
                    let require = self.global(b"require");
                    let name = self.heap.str_value(module.as_bytes());
                    self.run_function(require, &[name])?;
                    // SAFETY: `run_function` left its result at the stack's base.
                    let v = unsafe { *self.stack.base() };
                    self.set_global(global.as_bytes(), v)?;
                }
                CliStep::Warnings => self.warn(b"@on", true),
                CliStep::Prompt => self.prompt()?,
            }
        }
        Ok(())
    }

    /// The global `arg`.
    fn set_arg_table(&mut self, arg: &[(i64, Vec<u8>)]) -> Result<(), LuaError> {
        if arg.is_empty() {
            return Ok(());
        }
        let oom = |_| LuaError::out_of_memory();
        let t = self.heap.alloc_table(arg.len(), 1).map_err(oom)?;
        for (i, text) in arg {
            let v = self.new_string(text)?;
            // SAFETY: a live table.
            unsafe { (*t).set(&mut self.heap, Value::int(*i), v) }.map_err(|_| LuaError::out_of_memory())?;
        }
        self.set_global(b"arg", Value::from_table(t))
    }

    fn new_string(&mut self, bytes: &[u8]) -> Result<Value, LuaError> {
        self.heap
            .try_alloc_str_with(bytes.len(), |d| d.copy_from_slice(bytes))
            .map(Value::from_str_ptr)
            .map_err(|_| LuaError::out_of_memory())
    }

    fn global(&mut self, name: &[u8]) -> Value {
        let k = self.heap.str_value(name);
        // SAFETY: the global table is live.
        unsafe { (*self.libs.globals).get(k) }
    }

    fn set_global(&mut self, name: &[u8], v: Value) -> Result<(), LuaError> {
        let k = self.heap.str_value(name);
        // SAFETY: the global table is live.
        unsafe { (*self.libs.globals).set(&mut self.heap, k, v) }.map_err(|_| LuaError::out_of_memory())
    }

    /// Compiles a chunk from `source` (`@file`, `=name`): its function, or the syntax error.
    fn load_or_error(&mut self, src: &[u8], source: &str) -> Result<Value, LuaError> {
        match Host::load(self, src, source.as_bytes(), None) {
            Ok(Ok(f)) => Ok(f),
            Ok(Err(msg)) => Err(LuaError::new(msg)),
            Err(_) => Err(LuaError::out_of_memory()),
        }
    }

    /// The interactive prompt: each line (continued while it is an incomplete statement)
    /// runs as a chunk named `stdin`; a line that is an expression list prints its values;
    /// errors are shown and the prompt goes on. Ends at the end of input.
    fn prompt(&mut self) -> Result<(), LuaError> {
        let Some(mut editor) = LineReader::new() else { return Ok(()) };
        loop {
            let _ = self.out.flush();
            let mut text = match editor.readline(PROMPT) {
                Ok(line) => line,
                // Ctrl-C drops the line, as `lua`'s prompt does.
                Err(Interrupted::Yes) => continue,
                Err(Interrupted::No) => break,
            };
            // An expression first (`return <line>`), else a statement, read on while the
            // statement is incomplete (its error is at `<eof>`).
            let mut expr = Vec::from(&b"return "[..]);
            expr.extend_from_slice(text.as_bytes());
            let f = match Host::load(self, &expr, b"=stdin", None) {
                Ok(Ok(f)) => Ok(f),
                _ => loop {
                    match Host::load(self, text.as_bytes(), b"=stdin", None) {
                        Ok(Ok(f)) => break Ok(f),
                        Ok(Err(msg)) if msg.ends_with("<eof>") => match editor.readline(PROMPT_MORE) {
                            Ok(more) => {
                                text.push('\n');
                                text.push_str(&more);
                            }
                            Err(_) => break Err(msg),
                        },
                        Ok(Err(msg)) => break Err(msg),
                        Err(_) => break Err("not enough memory".to_string()),
                    }
                },
            };
            editor.add_history_entry(text.as_str());
            let f = match f {
                Ok(f) => f,
                Err(msg) => {
                    self.report_line(&LuaError::new(msg));
                    continue;
                }
            };
            // A Ctrl-C that stopped the last line does not stop this one.
            self.clear_interrupt();
            match self.run_function(f, &[]) {
                Ok(0) => {}
                Ok(n) => {
                    // SAFETY: the results lie from the stack's base.
                    let vals: Vec<Value> = unsafe { std::slice::from_raw_parts(self.stack.base(), n) }.to_vec();
                    let print = self.global(b"print");
                    if let Err(e) = self.run_function(print, &vals) {
                        self.report_line(&e);
                    }
                }
                Err(e) if self.exit_request.is_some() => return Err(e),
                Err(e) => self.report_line(&e),
            }
        }
        let _ = self.out.flush();
        Ok(())
    }

    /// An error at the prompt, on standard error.
    fn report_line(&mut self, e: &LuaError) {
        let _ = self.out.flush();
        let _ = std::io::stderr().write_all(format!("strata: {}\n", e.full_text()).as_bytes());
    }
}

/// Why a line could not be read: Ctrl-C (the prompt goes on) or the end of input.
enum Interrupted {
    #[cfg_attr(not(feature = "cli"), allow(dead_code))]
    Yes,
    No,
}

/// The prompt's line reader: an editor with history (the `cli` feature), or plain lines of
/// standard input.
struct LineReader {
    #[cfg(feature = "cli")]
    editor: rustyline::DefaultEditor,
}

impl LineReader {
    fn new() -> Option<LineReader> {
        #[cfg(feature = "cli")]
        {
            rustyline::DefaultEditor::new().ok().map(|editor| LineReader { editor })
        }
        #[cfg(not(feature = "cli"))]
        {
            Some(LineReader {})
        }
    }

    fn readline(&mut self, prompt: &str) -> Result<String, Interrupted> {
        #[cfg(feature = "cli")]
        {
            match self.editor.readline(prompt) {
                Ok(line) => Ok(line),
                Err(rustyline::error::ReadlineError::Interrupted) => Err(Interrupted::Yes),
                Err(_) => Err(Interrupted::No),
            }
        }
        #[cfg(not(feature = "cli"))]
        {
            use std::io::{BufRead, Write};
            print!("{prompt}");
            let _ = std::io::stdout().flush();
            let mut line = String::new();
            match std::io::stdin().lock().read_line(&mut line) {
                Ok(0) | Err(_) => Err(Interrupted::No),
                Ok(_) => {
                    let end = line.trim_end_matches(['\n', '\r']).len();
                    line.truncate(end);
                    Ok(line)
                }
            }
        }
    }

    fn add_history_entry(&mut self, line: &str) {
        #[cfg(feature = "cli")]
        let _ = self.editor.add_history_entry(line);
        #[cfg(not(feature = "cli"))]
        let _ = line;
    }
}

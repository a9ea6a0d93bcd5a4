//! To-be-closed variables (`local x <close> = v`), as Lua 5.4 runs them.
//!
//! - `Tbc` registers the variable's value (nil and false are not registered; anything else
//!   must have a `__close` metamethod: `variable 'x' got a non-closable value`), with the
//!   stack slot of its variable.
//! - `Close level` calls `__close(v, nil)` for the values registered by the running frame
//!   at slots `>= level`, newest first: the compiler emits it where a block with such
//!   variables ends, before a `break`, a `goto` or a `return` that leaves them, and where a
//!   forward `goto` lands. A value is unregistered before its metamethod runs, so an error
//!   in it never closes the same value twice.
//! - An error unwinds frames without closing anything; the protected call that catches it
//!   (`pcall`, `xpcall`, the program's top level, a finalizer) closes every value registered
//!   since it began, with the error value as the second argument. An error inside one of
//!   those metamethods replaces the error (and the rest still run), as in Lua.
//!
//! Registrations form a stack (`VmState::tbc`): a protected call only needs its length at
//! entry. The list is the same whichever tier runs the frame: compiled code reaches both
//! opcodes through their generic helpers.

use super::VmState;
use crate::runtime::builtins::BuiltinError;
use crate::runtime::error::LuaError;
use crate::runtime::heap::Event;
use crate::runtime::meta::metamethod;
use crate::runtime::value::Value;

impl VmState {
    /// `Tbc`: registers `v`, the value just stored in local `slot` of the running frame at
    /// instruction `ip`.
    pub fn tbc_register(&mut self, slot: u32, v: Value, ip: u32) -> Result<(), LuaError> {
        if !v.truthy() {
            return Ok(());
        }
        let fr = self.frames.last_mut().expect("a running frame");
        fr.ip = ip;
        let (func, base) = (fr.func, fr.base);
        if metamethod(self, v, Event::Close).is_nil() {
            // (A generic `for`'s closing value is a hidden variable: Lua calls all four
            // `(for state)`.)
            let name = self.program.functions[func as usize].local_name_at(slot, ip).unwrap_or("(for state)");
            let msg = format!("variable '{name}' got a non-closable value");
            return Err(self.raise(self.with_position(msg)));
        }
        let at = base.wrapping_add(slot as usize);
        self.tbc.push((at, v));
        self.ctx.tbc_top = at;
        Ok(())
    }

    /// How many values are registered.
    pub fn tbc_len(&self) -> usize {
        self.tbc.len()
    }

    /// Unregisters the newest value.
    pub fn tbc_pop(&mut self) -> Option<Value> {
        let (_, v) = self.tbc.pop()?;
        self.ctx.tbc_top = self.tbc.last().map_or(std::ptr::null_mut(), |&(at, _)| at);
        Some(v)
    }

    /// Unregisters everything (the program is over).
    pub fn tbc_clear(&mut self) {
        self.tbc.clear();
        self.ctx.tbc_top = std::ptr::null_mut();
    }

    /// `Close level` at instruction `ip` of the running frame: closes its registered values
    /// at slots `>= level`, newest first. Nothing live lies at or above `top` (a result pack
    /// on top ends there); the metamethods run above it and leave `ctx.nres` as it was.
    pub fn tbc_close(&mut self, level: u32, top: *mut Value, ip: u32) -> Result<(), LuaError> {
        let fr = self.frames.last_mut().expect("a running frame");
        fr.ip = ip;
        let from = fr.base.wrapping_add(level as usize);
        if self.tbc.last().is_none_or(|&(at, _)| at < from) {
            return Ok(());
        }
        let (nres, builtin_top) = (self.ctx.nres, self.builtin_top);
        self.builtin_top = builtin_top.max(top);
        let mut r = Ok(());
        while let Some(&(at, v)) = self.tbc.last()
            && at >= from
        {
            self.tbc_pop();
            if let Err(e) = self.call_close(v, Value::NIL, true) {
                r = Err(e);
                break;
            }
        }
        self.builtin_top = builtin_top;
        self.ctx.nres = nres;
        r
    }

    /// After an error a protected call caught (its frames unwound): closes the values
    /// registered since the call began (`mark`: the list's length then), with the error
    /// value `err`. An error in a metamethod replaces the error value (through `handler`,
    /// `xpcall`'s message handler, when there is one). Returns the final error value.
    pub fn tbc_close_after_error(&mut self, mark: usize, mut err: Value, handler: Option<Value>) -> Value {
        while self.tbc.len() > mark {
            let v = self.tbc_pop().expect("more than mark");
            if let Err(e) = self.call_close(v, err, false) {
                let trace = e.trace.clone();
                err = match self.error_value(e) {
                    Ok(v) => v,
                    Err(_) => self.heap.str_value(b"not enough memory"),
                };
                if let Some(h) = handler {
                    self.handler_traces.push((self.frames.len(), trace));
                    let r = crate::runtime::builtins::Host::call(self, h, &[err]);
                    self.handler_traces.pop();
                    err = r.unwrap_or_else(|_| self.heap.str_value(b"error in error handling"));
                }
            }
        }
        err
    }

    /// Calls `v`'s `__close` metamethod (looked up now) with `v` and `err`. `in_frame`: a
    /// `Close` of the running frame calls it (a value that cannot be called is then
    /// reported at its line, as Lua names it); otherwise an error's unwinding does.
    pub(crate) fn call_close(&mut self, v: Value, err: Value, in_frame: bool) -> Result<(), LuaError> {
        let tm = metamethod(self, v, Event::Close);
        if !tm.is_function() && metamethod(self, tm, Event::Call).is_nil() {
            let msg = format!("attempt to call a {} value", crate::runtime::meta::type_name_of(self, tm));
            return Err(if in_frame {
                self.raise(self.with_position(format!("{msg} (metamethod 'close')")))
            } else {
                self.raise(msg)
            });
        }
        match self.call_value(tm, &[v, err], false) {
            Ok(_) => Ok(()),
            Err(BuiltinError::Lua(e)) => Err(e),
            Err(BuiltinError::Memory) => Err(LuaError::out_of_memory()),
            // (Running out of stack before the call.)
            Err(BuiltinError::Raw(m) | BuiltinError::Located(m) | BuiltinError::AtLevel(m, _)) => Err(self.raise(m)),
            Err(BuiltinError::Arg { msg, .. }) => Err(self.raise(msg)),
            Err(BuiltinError::Value(v)) => {
                Err(LuaError::with_value(crate::runtime::builtins::error_value_message(v), v))
            }
        }
    }
}

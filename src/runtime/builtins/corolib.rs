//! The `coroutine` library of Lua 5.4: `create`, `resume`, `yield`, `status`, `wrap`,
//! `isyieldable`, `running` and `close`, with Lua's statuses, results and messages. The
//! switching itself is the VM's (`state::coroutine`), reached through [`Host`].

use super::*;

/// The thread argument `i` (`thread expected`).
fn check_thread(args: &[Value], i: usize) -> Result<Value, BuiltinError> {
    match args.get(i) {
        Some(v) if v.is_thread() => Ok(*v),
        _ => Err(type_error(args, i, "thread")),
    }
}

fn check_function(args: &[Value], i: usize) -> Result<Value, BuiltinError> {
    match args.get(i) {
        Some(v) if v.is_function() => Ok(*v),
        _ => Err(type_error(args, i, "function")),
    }
}

/// `coroutine.create(f)`.
pub(super) fn co_create(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let f = check_function(args, 0)?;
    h.thread_create(f).map(Some)
}

/// `coroutine.resume(co, ...)`: `true` and what it yielded or returned, or `false` and the
/// error.
pub(super) fn co_resume(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let co = check_thread(args, 0)?;
    match h.thread_resume(co, &args[1..], true)? {
        Ok(()) => Ok(None),
        Err(e) => {
            h.push_result(Value::FALSE)?;
            Ok(Some(e))
        }
    }
}

/// `coroutine.yield(...)`: what the next resume passes.
pub(super) fn co_yield(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    h.thread_yield(args)?;
    Ok(None)
}

/// `coroutine.status(co)`.
pub(super) fn co_status(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let co = check_thread(args, 0)?;
    let s = h.thread_status(co);
    new_str(h, s.as_bytes())
}

/// `coroutine.running()`: the running thread and whether it is the main one.
pub(super) fn co_running(h: &mut dyn Host, _args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let (t, main) = h.thread_running();
    h.push_result(t)?;
    Ok(Some(Value::bool(main)))
}

/// `coroutine.isyieldable([co])`.
pub(super) fn co_isyieldable(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let co = if args.is_empty() { None } else { Some(check_thread(args, 0)?) };
    Ok(Some(Value::bool(h.thread_yieldable(co))))
}

/// `coroutine.close(co)`: `true`, or `false` and the error the coroutine died of (or that a
/// `__close` raised).
pub(super) fn co_close(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let co = check_thread(args, 0)?;
    match h.thread_status(co) {
        "suspended" | "dead" => {}
        s => return Err(BuiltinError::Located(format!("cannot close a {s} coroutine"))),
    }
    match h.thread_close(co)? {
        None => Ok(Some(Value::TRUE)),
        Some(e) => {
            h.push_result(Value::FALSE)?;
            Ok(Some(e))
        }
    }
}

/// `coroutine.wrap(f)`: a function that resumes a new coroutine running `f`.
pub(super) fn co_wrap(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let f = check_function(args, 0)?;
    let co = h.thread_create(f)?;
    let step = lookup(Lib::Coroutine, "wrap step").expect("the wrap step");
    h.native_closure(step, co).map(Some)
}

/// What a `wrap` function runs: resumes its coroutine with the arguments and returns what
/// it yielded or returned; an error closes the coroutine's pending `<close>` values and is
/// raised again, a string one with the caller's position in front (as Lua's `auxwrap`).
pub(super) fn co_wrap_step(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let co = h.native_upvalue();
    match h.thread_resume(co, args, false)? {
        Ok(()) => Ok(None),
        Err(mut e) => {
            // (A coroutine that died of this error has it pending: closing it runs its
            // `<close>` values, whose errors replace it.)
            if h.thread_status(co) == "dead"
                && let Some(again) = h.thread_close(co)?
            {
                e = again;
            }
            if e.is_str() {
                let mut msg = h.caller_position().into_bytes();
                if !msg.is_empty() {
                    msg.extend_from_slice(e.str_bytes());
                    e = h.heap().str_value(&msg);
                }
            }
            Err(BuiltinError::Value(e))
        }
    }
}

//! Numeric `for` preparation with Lua 5.4's rules (shared with the JIT's helper).

use super::*;

/// A `for` control value as a number: strings convert, like Lua's `forprep`.
pub(super) fn for_num(v: Value) -> Option<Value> {
    match v.tag {
        tag::INT | tag::FLOAT => Some(v),
        tag::STR => str_to_number(v.str_bytes()).map(arith::num_value),
        _ => None,
    }
}

pub(super) fn for_error(what: &str, v: Value) -> String {
    format!("bad 'for' {what} (number expected, got {})", v.type_name())
}

/// Lua 5.4's `forprep`: the loop state `[index, count-or-limit, step]`, or `None` when the
/// loop runs zero times. Integer loops precompute their iteration count.
pub fn for_prep(init: Value, limit: Value, step: Value) -> Result<Option<[Value; 3]>, String> {
    if init.is_int() && step.is_int() {
        let (i, s) = (init.as_int(), step.as_int());
        if s == 0 {
            return Err("'for' step is zero".into());
        }
        let lim = match for_limit(i, limit, s)? {
            Some(l) => l,
            None => return Ok(None),
        };
        let count = if s > 0 {
            let c = (lim as u64).wrapping_sub(i as u64);
            if s != 1 { c / s as u64 } else { c }
        } else {
            let c = (i as u64).wrapping_sub(lim as u64);
            c / ((-(s + 1)) as u64 + 1)
        };
        return Ok(Some([init, Value::int(count as i64), step]));
    }
    let l = for_num(limit).ok_or_else(|| for_error("limit", limit))?.num_as_float();
    let s = for_num(step).ok_or_else(|| for_error("step", step))?.num_as_float();
    let i = for_num(init).ok_or_else(|| for_error("initial value", init))?.num_as_float();
    if s == 0.0 {
        return Err("'for' step is zero".into());
    }
    if if 0.0 < s { l < i } else { i < l } {
        return Ok(None);
    }
    Ok(Some([Value::float(i), Value::float(l), Value::float(s)]))
}

/// Lua's `forlimit`: the integer limit, clamped; `None` if the loop must not run.
pub(super) fn for_limit(init: i64, limit: Value, step: i64) -> Result<Option<i64>, String> {
    let as_int = match for_num(limit) {
        Some(v) if v.is_int() => Some(v.as_int()),
        Some(v) => {
            let f = v.as_float();
            let r = if step < 0 { f.ceil() } else { f.floor() };
            match float_to_int_exact(r) {
                Some(i) => Some(i),
                None => {
                    // A float beyond the integers (or NaN): clamp or skip.
                    if 0.0 < f {
                        if step < 0 {
                            return Ok(None);
                        }
                        Some(i64::MAX)
                    } else {
                        if step > 0 {
                            return Ok(None);
                        }
                        Some(i64::MIN)
                    }
                }
            }
        }
        None => return Err(for_error("limit", limit)),
    };
    let lim = as_int.expect("set above");
    Ok(if if step > 0 { init > lim } else { init < lim } { None } else { Some(lim) })
}

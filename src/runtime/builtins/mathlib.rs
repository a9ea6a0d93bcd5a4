//! The rest of the `math` library: `random` and `randomseed` (Lua 5.4's xoshiro256**, so a
//! seeded program draws the numbers `lua5.4` draws), `modf`, `deg` and `rad`.

use super::*;

/// The generator's state (256 bits), one per VM.
pub type RandomState = [u64; 4];

/// One step of xoshiro256**: the next 64 random bits.
fn next_rand(s: &mut RandomState) -> u64 {
    let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
    let t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = s[3].rotate_left(45);
    result
}

/// Lua's seeding: the two seed halves, the rest fixed, and 16 values discarded.
pub fn seed(s: &mut RandomState, n1: u64, n2: u64) {
    *s = [n1, 0xff, n2, 0];
    for _ in 0..16 {
        next_rand(s);
    }
}

/// A seed for a VM nobody seeded: the time and an address, as Lua's `randseed`.
pub fn fresh_seed() -> (u64, u64) {
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
    let here = &t as *const u64 as u64;
    (t, here)
}

/// A float in [0, 1) from the top 53 bits.
fn to_float(r: u64) -> f64 {
    (r >> 11) as f64 * (0.5f64).powi(53)
}

/// A random integer in [0, n] from `r`, drawing again while it falls outside (Lua's
/// `project`: no bias).
fn project(mut r: u64, n: u64, s: &mut RandomState) -> u64 {
    if n & n.wrapping_add(1) == 0 {
        return r & n;
    }
    // The smallest 2^b - 1 not below n.
    let mut lim = n;
    for shift in [1, 2, 4, 8, 16, 32] {
        lim |= lim >> shift;
    }
    loop {
        r &= lim;
        if r <= n {
            return r;
        }
        r = next_rand(s);
    }
}

/// `math.random([m [, n]])`: a float in [0, 1), an integer in [1, m] or [m, n];
/// `random(0)` gives all 64 bits.
pub(super) fn m_random(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let r = next_rand(h.random_state());
    let (low, up) = match args.len() {
        0 => return Ok(Some(Value::float(to_float(r)))),
        1 => {
            let up = check_int(args, 0)?;
            if up == 0 {
                return Ok(Some(Value::int(r as i64)));
            }
            (1, up)
        }
        2 => (check_int(args, 0)?, check_int(args, 1)?),
        _ => return Err(BuiltinError::Located("wrong number of arguments".into())),
    };
    if low > up {
        return Err(arg_error(1, "interval is empty"));
    }
    let p = project(r, (up as u64).wrapping_sub(low as u64), h.random_state());
    Ok(Some(Value::int(p.wrapping_add(low as u64) as i64)))
}

/// `math.randomseed([x [, y]])`: seeds the generator (randomly without arguments); returns
/// the two seed halves, as Lua 5.4.4 does.
pub(super) fn m_randomseed(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let (n1, n2) =
        if args.is_empty() { fresh_seed() } else { (check_int(args, 0)? as u64, opt_int(args, 1, 0)? as u64) };
    seed(h.random_state(), n1, n2);
    h.push_result(Value::int(n1 as i64))?;
    Ok(Some(Value::int(n2 as i64)))
}

/// `math.modf(x)`: the integral part (an integer when it fits, as Lua shows it) and the
/// fractional part (a float).
pub(super) fn m_modf(h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    let v = check_num(args, 0)?;
    if v.is_int() {
        h.push_result(v)?;
        return Ok(Some(Value::float(0.0)));
    }
    let n = v.as_float();
    let ip = if n < 0.0 { n.ceil() } else { n.floor() };
    let int_part = match float_to_int_exact(ip) {
        Some(i) => Value::int(i),
        None => Value::float(ip),
    };
    h.push_result(int_part)?;
    Ok(Some(Value::float(if n == ip { 0.0 } else { n - ip })))
}

pub(super) fn m_deg(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    Ok(Some(Value::float(check_float(args, 0)? * (180.0 / std::f64::consts::PI))))
}

pub(super) fn m_rad(_h: &mut dyn Host, args: &[Value]) -> Result<Option<Value>, BuiltinError> {
    Ok(Some(Value::float(check_float(args, 0)? * (std::f64::consts::PI / 180.0))))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The numbers `lua5.4` draws after `math.randomseed(42)`: `math.random()`,
    /// `random(10)`, `random(5, 8)`, `random(0)`.
    #[test]
    fn seeded_sequence_is_lua_5_4s() {
        let mut s = [0; 4];
        seed(&mut s, 42, 0);
        let f = to_float(next_rand(&mut s));
        assert_eq!(format!("{f:.14}"), "0.93081217803957");
        let r = next_rand(&mut s);
        assert_eq!(project(r, 9, &mut s) + 1, 2);
        let r = next_rand(&mut s);
        assert_eq!(project(r, 3, &mut s) + 5, 8);
        assert_eq!(next_rand(&mut s) as i64, -3807604385970496171);
    }
}

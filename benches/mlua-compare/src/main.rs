//! The same host tasks through strata's embedding API and through mlua (Lua 5.4, or LuaJIT
//! with the `luajit` feature): each task
//! runs `ROUNDS` times per library, alternating, and the median time is reported.

use std::time::{Duration, Instant};

const N: i64 = 1_000_000;
const ROUNDS: usize = 7;

struct Task {
    name: &'static str,
    strata: Box<dyn FnMut() -> f64>,
    mlua: Box<dyn FnMut() -> f64>,
}

fn time(mut f: impl FnMut() -> f64) -> (Duration, f64) {
    let t = Instant::now();
    let r = f();
    (t.elapsed(), r)
}

struct SPoint {
    x: f64,
    y: f64,
}

impl strata::UserData for SPoint {
    fn add_fields<F: strata::UserDataFields<Self>>(f: &mut F) {
        f.add_field_method_get("x", |_, p| Ok(p.x));
        f.add_field_method_get("y", |_, p| Ok(p.y));
    }
    fn add_methods<M: strata::UserDataMethods<Self>>(m: &mut M) {
        m.add_method("len", |_, p, ()| Ok((p.x * p.x + p.y * p.y).sqrt()));
        m.add_method_mut("move", |_, p, (dx, dy): (f64, f64)| {
            p.x += dx;
            p.y += dy;
            Ok(())
        });
    }
}

struct MPoint {
    x: f64,
    y: f64,
}

impl mlua::UserData for MPoint {
    fn add_fields<F: mlua::UserDataFields<Self>>(f: &mut F) {
        f.add_field_method_get("x", |_, p| Ok(p.x));
        f.add_field_method_get("y", |_, p| Ok(p.y));
    }
    fn add_methods<M: mlua::UserDataMethods<Self>>(m: &mut M) {
        m.add_method("len", |_, p, ()| Ok((p.x * p.x + p.y * p.y).sqrt()));
        m.add_method_mut("move", |_, p, (dx, dy): (f64, f64)| {
            p.x += dx;
            p.y += dy;
            Ok(())
        });
    }
}

const FIELDS: &str = "local p = ... local s = 0 for i = 1, 1000000 do s = s + p.x + p.y end return s";
const METHODS: &str = "local p = ... local s = 0 for i = 1, 1000000 do p:move(1, 0) s = s + p:len() end return s";
const CALL_RUST: &str = "local s = 0 for i = 1, 1000000 do s = add(s, i) end return s";

fn tasks() -> Vec<Task> {
    let svm = || strata::Vm::new(strata::VmConfig { engine: std::env::var("STRATA_ENGINE").ok().and_then(|e| strata::Engine::ALL.into_iter().find(|x| x.name() == e)).unwrap_or(strata::Engine::Tiered), ..strata::VmConfig::default() });
    let mut v = Vec::new();

    // 1. Lua function called from Rust.
    {
        let vm = svm();
        let f: strata::Function = vm.load("return function(a, b) return a + b end").eval().unwrap();
        let lua = mlua::Lua::new();
        let g: mlua::Function = lua.load("return function(a, b) return a + b end").eval().unwrap();
        v.push(Task {
            name: "call a Lua function from Rust (1M calls)",
            strata: Box::new(move || {
                let mut s = 0i64;
                for i in 0..N {
                    s = f.call((s, i)).unwrap();
                }
                s as f64
            }),
            mlua: Box::new(move || {
                // (An mlua handle does not keep its `Lua` alive: the closure does.)
                let _lua = &lua;
                let mut s = 0i64;
                for i in 0..N {
                    s = g.call((s, i)).unwrap();
                }
                s as f64
            }),
        });
    }
    // 2. Rust function called from Lua.
    {
        let vm = svm();
        let add = vm.create_function(|_, (a, b): (i64, i64)| Ok(a + b)).unwrap();
        vm.globals().set("add", add).unwrap();
        let f = vm.load(CALL_RUST).into_function().unwrap();
        let lua = mlua::Lua::new();
        let add = lua.create_function(|_, (a, b): (i64, i64)| Ok(a + b)).unwrap();
        lua.globals().set("add", add).unwrap();
        let g = lua.load(CALL_RUST).into_function().unwrap();
        v.push(Task {
            name: "call a Rust function from Lua (1M calls)",
            strata: Box::new(move || f.call::<i64>(()).unwrap() as f64),
            mlua: Box::new(move || {
                let _lua = &lua;
                g.call::<i64>(()).unwrap() as f64
            }),
        });
    }
    // 3. Userdata field reads.
    {
        let vm = svm();
        let p = vm.create_userdata(SPoint { x: 1.0, y: 2.0 }).unwrap();
        let f = vm.load(FIELDS).into_function().unwrap();
        let lua = mlua::Lua::new();
        let q = lua.create_userdata(MPoint { x: 1.0, y: 2.0 }).unwrap();
        let g = lua.load(FIELDS).into_function().unwrap();
        v.push(Task {
            name: "userdata field reads (2M getters)",
            strata: Box::new(move || f.call::<f64>(p.clone()).unwrap()),
            mlua: Box::new(move || {
                let _lua = &lua;
                g.call::<f64>(q.clone()).unwrap()
            }),
        });
    }
    // 4. Userdata method calls.
    {
        let vm = svm();
        let p = vm.create_userdata(SPoint { x: 0.0, y: 0.0 }).unwrap();
        let f = vm.load(METHODS).into_function().unwrap();
        let lua = mlua::Lua::new();
        let q = lua.create_userdata(MPoint { x: 0.0, y: 0.0 }).unwrap();
        let g = lua.load(METHODS).into_function().unwrap();
        v.push(Task {
            name: "userdata method calls (2M calls)",
            strata: Box::new(move || f.call::<f64>(p.clone()).unwrap()),
            mlua: Box::new(move || {
                let _lua = &lua;
                g.call::<f64>(q.clone()).unwrap()
            }),
        });
    }
    // 5. Table fill and read from Rust.
    {
        let vm = svm();
        let lua = mlua::Lua::new();
        v.push(Task {
            name: "table fill and read from Rust (1M sets + 1M gets)",
            strata: Box::new(move || {
                let t = vm.create_table().unwrap();
                for i in 1..=N {
                    t.set(i, i).unwrap();
                }
                let mut s = 0i64;
                for i in 1..=N {
                    s += t.get::<i64>(i).unwrap();
                }
                s as f64
            }),
            mlua: Box::new(move || {
                let t = lua.create_table().unwrap();
                for i in 1..=N {
                    t.set(i, i).unwrap();
                }
                let mut s = 0i64;
                for i in 1..=N {
                    s += t.get::<i64>(i).unwrap();
                }
                s as f64
            }),
        });
    }
    v
}

fn median(mut d: Vec<Duration>) -> Duration {
    d.sort();
    d[d.len() / 2]
}

fn main() {
    let peer = if cfg!(feature = "luajit") { "mlua + LuaJIT" } else { "mlua + Lua 5.4" };
    println!("| task | strata (ms) | {peer} (ms) | mlua / strata |");
    println!("|---|---:|---:|---:|");
    // (`MLUA_COMPARE_ONLY=fill` runs the tasks whose name contains "fill", for profiling.)
    let only = std::env::var("MLUA_COMPARE_ONLY").unwrap_or_default();
    for mut t in tasks().into_iter().filter(|t| t.name.contains(only.as_str())) {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for round in 0..ROUNDS {
            // (Alternating which goes first.)
            if round % 2 == 0 {
                let (d, ra) = time(&mut t.strata);
                let (e, rb) = time(&mut t.mlua);
                assert_eq!(ra, rb, "{}: different results", t.name);
                a.push(d);
                b.push(e);
            } else {
                let (e, rb) = time(&mut t.mlua);
                let (d, ra) = time(&mut t.strata);
                assert_eq!(ra, rb, "{}: different results", t.name);
                a.push(d);
                b.push(e);
            }
        }
        let (ma, mb) = (median(a), median(b));
        println!(
            "| {} | {:.1} | {:.1} | {:.2}x |",
            t.name,
            ma.as_secs_f64() * 1e3,
            mb.as_secs_f64() * 1e3,
            mb.as_secs_f64() / ma.as_secs_f64()
        );
    }
}

//! The embedding API in every engine: a persistent state, chunks, conversions, handles,
//! Rust functions called from Lua (errors and panics included), Lua functions called from
//! Rust, and handles keeping objects alive across collections (under `--stress-gc` too).

use std::collections::HashMap;
use std::sync::Arc;

use strata::{Engine, Error, Function, MultiValue, Table, Value, Variadic, Vm, VmConfig};

/// A VM of each available engine, compiling eagerly in the native ones (so the code under
/// test is compiled code), with and without a collection at every safepoint.
fn vms() -> Vec<(String, Vm)> {
    let mut out = Vec::new();
    for engine in Engine::ALL.into_iter().filter(|e| e.available()) {
        for stress_gc in [false, true] {
            let mut config = VmConfig { engine, stress_gc, ..VmConfig::default() }.capture_output();
            config.jit.eager = true;
            let name = format!("{}{}", engine.name(), if stress_gc { " --stress-gc" } else { "" });
            out.push((name, Vm::try_new(config).expect("the VM starts")));
        }
    }
    out
}

#[test]
fn state_persists_across_chunks() {
    for (name, vm) in vms() {
        vm.load("counter = 0; function bump(n) counter = counter + n; return counter end").exec().unwrap();
        vm.load("bump(2)").exec().unwrap();
        let v: i64 = vm.load("return bump(40)").eval().unwrap();
        assert_eq!(v, 42, "{name}");
        assert_eq!(vm.globals().get::<i64>("counter").unwrap(), 42, "{name}");
        // An expression evaluates as one; statements run as a chunk.
        assert_eq!(vm.load("counter * 2").eval::<i64>().unwrap(), 84, "{name}");
        assert_eq!(vm.load("local x = 5; return x, x + 1").eval::<(i64, i64)>().unwrap(), (5, 6), "{name}");
        // Output goes where the configuration says, in order.
        vm.load("print('hello', counter)").exec().unwrap();
        assert_eq!(vm.take_output(), b"hello\t42\n", "{name}");
    }
}

#[test]
fn chunks_report_syntax_and_runtime_errors_with_lua_messages() {
    for (name, vm) in vms() {
        match vm.load("x = = 1").set_name("=bad").exec() {
            Err(Error::SyntaxError { message, incomplete_input }) => {
                assert_eq!(message, "bad:1: unexpected symbol near '='", "{name}");
                assert!(!incomplete_input);
            }
            other => panic!("{name}: {other:?}"),
        }
        match vm.load("for i = 1, 2 do").exec() {
            Err(Error::SyntaxError { incomplete_input, .. }) => assert!(incomplete_input, "{name}"),
            other => panic!("{name}: {other:?}"),
        }
        match vm.load("local t = nil\nreturn t.x").set_name("@script.lua").exec() {
            Err(Error::RuntimeError { message, traceback, .. }) => {
                assert_eq!(message, "script.lua:2: attempt to index a nil value (local 't')", "{name}");
                assert!(
                    traceback.starts_with("stack traceback:\n\tscript.lua:2: in main chunk"),
                    "{name}: {traceback}"
                );
            }
            other => panic!("{name}: {other:?}"),
        }
        // The VM stays usable after errors.
        assert_eq!(vm.load("1 + 1").eval::<i64>().unwrap(), 2, "{name}");
    }
}

#[test]
fn values_convert_both_ways() {
    for (name, vm) in vms() {
        let g = vm.globals();
        g.set("i", 7).unwrap();
        g.set("f", 2.5).unwrap();
        g.set("s", "text").unwrap();
        g.set("b", true).unwrap();
        g.set("none", None::<i64>).unwrap();
        g.set("list", vec![1, 2, 3]).unwrap();
        g.set("map", HashMap::from([("a".to_string(), 1), ("b".to_string(), 2)])).unwrap();
        let r: String = vm
            .load("return string.format('%d %.1f %s %s %s %d %d', i, f, s, b, tostring(none), #list, map.a + map.b)")
            .eval()
            .unwrap();
        assert_eq!(r, "7 2.5 text true nil 3 3", "{name}");
        // Lua's coercions: a float with an integer value and a numeric string are integers.
        assert_eq!(vm.load("4.0").eval::<i64>().unwrap(), 4, "{name}");
        assert_eq!(vm.load("'12'").eval::<i32>().unwrap(), 12, "{name}");
        assert_eq!(vm.load("12").eval::<String>().unwrap(), "12", "{name}");
        assert!(matches!(vm.load("4.5").eval::<i64>(), Err(Error::FromLuaConversionError { .. })), "{name}");
        assert!(matches!(vm.load("300").eval::<u8>(), Err(Error::FromLuaConversionError { .. })), "{name}");
        assert_eq!(vm.load("{10, 20, 30}").eval::<Vec<u32>>().unwrap(), vec![10, 20, 30], "{name}");
        let m: HashMap<String, i64> = vm.load("{x = 1, y = 2}").eval().unwrap();
        assert_eq!(m, HashMap::from([("x".into(), 1), ("y".into(), 2)]), "{name}");
        assert_eq!(vm.load("nil").eval::<Option<i64>>().unwrap(), None, "{name}");
        let v: Value = vm.load("{}").eval().unwrap();
        assert_eq!(v.type_name(), "table", "{name}");
        let all: MultiValue = vm.load("return 1, 'two', nil, false").eval().unwrap();
        assert_eq!(all.len(), 4, "{name}");
        assert_eq!(all[0], Value::Integer(1), "{name}");
        assert_eq!(all[3], Value::Boolean(false), "{name}");
        let rest: Variadic<i64> = vm.load("return 1, 2, 3").eval().unwrap();
        assert_eq!(rest.0, vec![1, 2, 3], "{name}");
    }
}

#[test]
fn tables_through_handles() {
    for (name, vm) in vms() {
        let t = vm.create_table().unwrap();
        t.set("name", "strata").unwrap();
        t.push(10).unwrap();
        t.push(20).unwrap();
        assert_eq!(t.len().unwrap(), 2, "{name}");
        assert_eq!(t.raw_len(), 2, "{name}");
        assert_eq!(t.get::<String>("name").unwrap(), "strata", "{name}");
        let seq: Vec<i64> = t.sequence_values().collect::<Result<_, _>>().unwrap();
        assert_eq!(seq, vec![10, 20], "{name}");
        let mut pairs: Vec<(Value, Value)> = t.pairs().collect::<Result<_, _>>().unwrap();
        assert_eq!(pairs.len(), 3, "{name}");
        pairs.clear();
        // Metatables: `get`/`set` run `__index`/`__newindex`; the raw forms do not.
        let mt: Table =
            vm.load("{__index = function(_, k) return k .. '!' end, __len = function() return 99 end}").eval().unwrap();
        t.set_metatable(Some(mt)).unwrap();
        assert_eq!(t.get::<String>("missing").unwrap(), "missing!", "{name}");
        assert_eq!(t.raw_get::<Option<String>>("missing").unwrap(), None, "{name}");
        assert_eq!(t.len().unwrap(), 99, "{name}");
        assert!(t.metatable().is_some(), "{name}");
        t.set_metatable(None).unwrap();
        assert_eq!(t.len().unwrap(), 2, "{name}");
        // A table made in Rust is the same object in Lua.
        vm.globals().set("shared", &t).unwrap();
        vm.load("shared.from_lua = #shared").exec().unwrap();
        assert_eq!(t.get::<i64>("from_lua").unwrap(), 2, "{name}");
        // An error in a metamethod comes back as a runtime error.
        let bad: Table = vm.load("setmetatable({}, {__index = function() error('no field') end})").eval().unwrap();
        match bad.get::<Value>("x") {
            Err(Error::RuntimeError { message, .. }) => assert!(message.ends_with("no field"), "{name}: {message}"),
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn rust_functions_called_from_lua_in_every_tier() {
    for (name, vm) in vms() {
        let add = vm.create_function(|_, (a, b): (i64, i64)| Ok(a + b)).unwrap();
        vm.globals().set("add", add).unwrap();
        let sum = vm.create_function(|_, xs: Variadic<f64>| Ok(xs.iter().sum::<f64>())).unwrap();
        vm.globals().set("sum", sum).unwrap();
        let two = vm.create_function(|_, s: String| Ok((s.len(), s.to_uppercase()))).unwrap();
        vm.globals().set("two", two).unwrap();
        // A loop hot enough to run compiled (and through OSR) calls them.
        let r: i64 = vm.load("local s = 0 for i = 1, 3000 do s = add(s, i) end return s").eval().unwrap();
        assert_eq!(r, 4_501_500, "{name}");
        assert_eq!(vm.load("sum(1, 2, 3.5)").eval::<f64>().unwrap(), 6.5, "{name}");
        assert_eq!(vm.load("return two('abc')").eval::<(i64, String)>().unwrap(), (3, "ABC".into()), "{name}");
        assert_eq!(vm.load("type(add)").eval::<String>().unwrap(), "function", "{name}");
        // A mutable closure keeps its state.
        let mut count = 0;
        let counter = vm
            .create_function_mut(move |_, ()| {
                count += 1;
                Ok(count)
            })
            .unwrap();
        vm.globals().set("counter", counter).unwrap();
        assert_eq!(vm.load("counter(); counter(); return counter()").eval::<i64>().unwrap(), 3, "{name}");
        // A Rust function that calls back into Lua.
        let apply = vm.create_function(|_, (f, x): (Function, i64)| f.call::<i64>(x * 2)).unwrap();
        vm.globals().set("apply", apply).unwrap();
        assert_eq!(vm.load("apply(function(v) return v + 1 end, 20)").eval::<i64>().unwrap(), 41, "{name}");
    }
}

#[derive(Debug)]
struct MyError(u32);

impl std::fmt::Display for MyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "my error {}", self.0)
    }
}

impl std::error::Error for MyError {}

#[test]
fn callback_errors_and_panics_become_lua_errors() {
    for (name, vm) in vms() {
        let fail =
            vm.create_function(|_, code: u32| -> strata::Result<()> { Err(Error::external(MyError(code))) }).unwrap();
        vm.globals().set("fail", fail).unwrap();
        // Lua catches it as a value whose `tostring` is the message.
        let caught: String =
            vm.load("local ok, e = pcall(fail, 7) return tostring(ok) .. ' ' .. tostring(e)").eval().unwrap();
        assert_eq!(caught, "false my error 7", "{name}");
        // Uncaught, it comes back out as the original error.
        match vm.load("fail(9)").exec() {
            Err(Error::CallbackError { cause, traceback }) => {
                match cause.as_ref() {
                    Error::ExternalError(e) => {
                        assert_eq!(e.downcast_ref::<MyError>().map(|e| e.0), Some(9), "{name}")
                    }
                    other => panic!("{name}: {other:?}"),
                }
                assert!(traceback.contains("in main chunk"), "{name}: {traceback}");
            }
            other => panic!("{name}: {other:?}"),
        }
        // A plain runtime error raised from Rust is a Lua string error.
        let raise = vm.create_function(|_, ()| -> strata::Result<()> { Err(Error::runtime("plain")) }).unwrap();
        vm.globals().set("raise", raise).unwrap();
        assert_eq!(vm.load("select(2, pcall(raise))").eval::<String>().unwrap(), "plain", "{name}");
        // Bad arguments are conversion errors.
        let need_int = vm.create_function(|_, n: i64| Ok(n)).unwrap();
        vm.globals().set("need_int", need_int).unwrap();
        assert!(vm.load("need_int({})").exec().is_err(), "{name}");
        // A panic is a Lua error, and the VM goes on.
        let boom = vm.create_function(|_, ()| -> strata::Result<()> { panic!("kaboom") }).unwrap();
        vm.globals().set("boom", boom).unwrap();
        let msg: String = vm.load("tostring(select(2, pcall(boom)))").eval().unwrap();
        assert!(msg.contains("kaboom"), "{name}: {msg}");
        assert!(matches!(vm.load("boom()").exec(), Err(Error::CallbackError { .. })), "{name}");
        assert_eq!(vm.load("1 + 2").eval::<i64>().unwrap(), 3, "{name}");
    }
}

#[test]
fn lua_functions_called_from_rust() {
    for (name, vm) in vms() {
        vm.load("function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end").exec().unwrap();
        let fib: Function = vm.globals().get("fib").unwrap();
        assert_eq!(fib.call::<i64>(20).unwrap(), 6765, "{name}");
        let mut total = 0;
        for i in 0..2000 {
            total += fib.call::<i64>(i % 10).unwrap();
        }
        assert_eq!(total, 17600, "{name}");
        let multi: Function = vm.load("return function(...) return select('#', ...), ... end").eval().unwrap();
        let (n, a, b): (i64, String, Option<i64>) = multi.call(("x", None::<i64>)).unwrap();
        assert_eq!((n, a.as_str(), b), (2, "x", None), "{name}");
        let f = vm.load("local a = ... return a * 2").into_function().unwrap();
        assert_eq!(f.call::<i64>(21).unwrap(), 42, "{name}");
        // Errors keep Lua's message; `<close>` variables of the call are closed.
        let closing: Function = vm
            .load("return function() local c <close> = setmetatable({}, {__close = function() closed = true end}) error('inner', 0) end")
            .eval()
            .unwrap();
        match closing.call::<()>(()) {
            Err(Error::RuntimeError { message, .. }) => assert_eq!(message, "inner", "{name}"),
            other => panic!("{name}: {other:?}"),
        }
        assert!(vm.globals().get::<bool>("closed").unwrap(), "{name}");
    }
}

#[test]
fn handles_keep_objects_alive_across_collections() {
    for (name, vm) in vms() {
        let t: Table = vm.load("local t = {payload = string.rep('x', 100)} return t").eval().unwrap();
        let f: Function = vm.load("local up = {n = 5} return function() return up.n end").eval().unwrap();
        let s = vm.create_string("kept").unwrap();
        for _ in 0..3 {
            vm.load("local junk = {} for i = 1, 2000 do junk[i] = {i} end collectgarbage()").exec().unwrap();
            vm.gc_collect();
        }
        assert_eq!(t.get::<String>("payload").unwrap().len(), 100, "{name}");
        assert_eq!(f.call::<i64>(()).unwrap(), 5, "{name}");
        assert_eq!(s.to_str().unwrap(), "kept", "{name}");
        // Dropped handles let their objects go: a weak table sees them collected.
        let weak: Table = vm.load("weak = setmetatable({}, {__mode = 'v'}) return weak").eval().unwrap();
        let obj = vm.create_table().unwrap();
        weak.set(1, &obj).unwrap();
        vm.gc_collect();
        assert!(weak.raw_get::<Option<Table>>(1).unwrap().is_some(), "{name}");
        drop(obj);
        vm.gc_collect();
        assert!(weak.raw_get::<Option<Table>>(1).unwrap().is_none(), "{name}");
    }
}

#[test]
fn handles_of_another_vm_are_refused_and_errors_are_send() {
    let a = Vm::new(VmConfig::default());
    let b = Vm::new(VmConfig::default());
    let t = a.create_table().unwrap();
    assert!(matches!(b.globals().set("t", t), Err(Error::MismatchedVm)));
    fn is_send_sync<T: Send + Sync>() {}
    is_send_sync::<Error>();
    let e: Arc<Error> = Arc::new(Error::runtime("x"));
    assert_eq!(e.to_string(), "x");
}

#[test]
fn memory_limit_is_a_catchable_error_and_the_vm_goes_on() {
    for (name, vm) in vms() {
        if name.contains("stress-gc") {
            continue; // (a collection at every safepoint: the loops below would take minutes)
        }
        assert_eq!(vm.set_memory_limit(8 << 20).unwrap(), 0, "{name}");
        // A table growing without end, caught in Lua.
        let r: (bool, String) =
            vm.load("return pcall(function() local t = {} for i = 1, 1e9 do t[i] = {i} end end)").eval().unwrap();
        assert_eq!(r, (false, "not enough memory".to_string()), "{name}");
        // A string growing without end, uncaught: a memory error comes out.
        match vm.load("local s = 'x' while true do s = s .. s end").exec() {
            Err(Error::MemoryError(m)) => assert_eq!(m, "not enough memory", "{name}"),
            other => panic!("{name}: {other:?}"),
        }
        // Garbage is collected before the limit: a loop that allocates a lot in total but
        // holds little runs to its end.
        let n: i64 = vm
            .load("local n = 0 for i = 1, 200000 do local t = {i, tostring(i)} n = n + #t end return n")
            .eval()
            .unwrap();
        assert_eq!(n, 400_000, "{name}");
        // (The limit is checked as the heap grows: cells of chunks it holds may be reused.)
        assert!(vm.used_memory() <= 9 << 20, "{name}: {}", vm.used_memory());
        // Lifting the limit lets the first loop's size through.
        assert_eq!(vm.set_memory_limit(0).unwrap(), 8 << 20, "{name}");
        let len: i64 = vm.load("local t = {} for i = 1, 300000 do t[i] = {i} end return #t").eval().unwrap();
        assert_eq!(len, 300_000, "{name}");
    }
}

#[test]
fn os_exit_ends_the_chunk_not_the_host() {
    for (name, vm) in vms() {
        match vm.load("print('before') os.exit(3)").exec() {
            Err(Error::Exit(code)) => assert_eq!(code, 3, "{name}"),
            other => panic!("{name}: {other:?}"),
        }
        assert_eq!(vm.take_output(), b"before\n", "{name}");
        assert_eq!(vm.load("1 + 1").eval::<i64>().unwrap(), 2, "{name}");
        assert!(matches!(vm.load("error('plain', 0)").exec(), Err(Error::RuntimeError { .. })), "{name}");
    }
}

/// The interrupt test's VMs: every engine with everything compiled up front, the tier
/// driver compiling on the second call (baseline) and fourth (optimized), and with its
/// default thresholds (loops move up the tiers through OSR while they run).
fn interrupt_vms() -> Vec<(String, Vm)> {
    let mut out = Vec::new();
    for engine in Engine::ALL.into_iter().filter(|e| e.available()) {
        let mut config = VmConfig { engine, ..VmConfig::default() }.capture_output();
        config.jit.eager = engine != Engine::Tiered;
        out.push((engine.name().to_string(), Vm::try_new(config).expect("the VM starts")));
        if engine == Engine::Tiered {
            let mut config = VmConfig { engine, ..VmConfig::default() }.capture_output();
            config.jit.tier1_threshold = 2;
            config.jit.tier2_threshold = 4;
            out.push(("tiered-hot".to_string(), Vm::try_new(config).expect("the VM starts")));
        }
    }
    out
}

/// Runs `src` (endless), interrupts it from another thread 30 ms in, and returns how long
/// after the request the call returned `Error::Interrupted`.
fn stop_after_request(vm: &Vm, src: &str, label: &str) -> std::time::Duration {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::{Duration, Instant};
    let handle = vm.interrupt_handle();
    let done = Arc::new(AtomicBool::new(false));
    let requested = Arc::new(std::sync::Mutex::new(None::<Instant>));
    let (d, r, l) = (Arc::clone(&done), Arc::clone(&requested), label.to_string());
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(30));
        *r.lock().unwrap() = Some(Instant::now());
        handle.interrupt();
        // A tier that never polls would hang the test: fail it instead.
        let start = Instant::now();
        while !d.load(Ordering::Relaxed) {
            if start.elapsed() > Duration::from_secs(10) {
                eprintln!("{l}: not stopped 10 s after the interrupt");
                std::process::exit(1);
            }
            std::thread::sleep(Duration::from_millis(1));
        }
    });
    let result = vm.load(src).exec();
    let stopped = Instant::now();
    done.store(true, Ordering::Relaxed);
    stopper.join().unwrap();
    assert!(matches!(result, Err(Error::Interrupted)), "{label}: {result:?}");
    stopped - requested.lock().unwrap().expect("requested before the loop stopped")
}

#[test]
fn interrupt_stops_endless_code_in_every_tier() {
    use std::time::Duration;
    let endless = [
        ("while", "while true do end"),
        ("repeat", "local n = 0 repeat n = n + 1 until false"),
        ("goto", "local n = 0 ::top:: n = n + 1 goto top"),
        ("numeric for", "local function f() local s = 0 for i = 1, math.maxinteger do s = s + i end end f()"),
        ("generic for", "for _ in function() return 1 end do end"),
        ("calls, no loops", "local function f(n) if n > 0 then f(n - 1) f(n - 1) end end f(200)"),
        ("tail calls", "local function f(n) return f(n + 1) end f(0)"),
        ("pcall swallowing", "while true do pcall(function() while true do end end) end"),
        ("pattern", "string.find(string.rep('a', 60), '.-.-.-.-.-.-.-.-.-.-.-b')"),
        (
            "metamethods",
            "local t = setmetatable({}, {__index = function(t, k) return k end}) while true do local _ = t[1] end",
        ),
    ];
    for (name, vm) in interrupt_vms() {
        // Warm up: the tiered VMs compile the functions they run repeatedly.
        vm.load("local function g(x) return x + 1 end for i = 1, 1000 do g(i) end").exec().unwrap();
        for (what, src) in endless {
            // The best of three tries: on a loaded machine the VM thread may wait for a core
            // after the request (a tier that never polls fails every try, after 10 s).
            let mut best = Duration::MAX;
            for _ in 0..3 {
                best = best.min(stop_after_request(&vm, src, &format!("{name}: {what}")));
                if best < Duration::from_millis(10) {
                    break;
                }
            }
            assert!(best < Duration::from_millis(10), "{name}: {what}: stopped {best:?} after the request");
            // The request ends with the call: the VM goes on.
            assert_eq!(vm.load("return 6 * 7").eval::<i64>().unwrap(), 42, "{name}: {what}");
        }
        // A request made while nothing runs stops the next call at its first poll; Lua
        // code sees the error as `interrupted!`.
        vm.interrupt_handle().interrupt();
        assert!(matches!(vm.load("while true do end").exec(), Err(Error::Interrupted)), "{name}");
        assert_eq!(vm.load("return 1").eval::<i64>().unwrap(), 1, "{name}");
    }
}

#[test]
fn std_libs_select_what_a_sandbox_opens() {
    use strata::StdLib;
    for engine in Engine::ALL.into_iter().filter(|e| e.available()) {
        let config = VmConfig {
            engine,
            std_libs: StdLib::TABLE | StdLib::STRING | StdLib::MATH,
            ..VmConfig::default().capture_output()
        };
        let vm = Vm::try_new(config).unwrap();
        let kinds: Vec<String> = vm
            .load(
                "local out = {}
                 for _, n in ipairs {'io', 'os', 'debug', 'package', 'require', 'dofile', 'loadfile',
                                     'coroutine', 'utf8', 'table', 'string', 'math', 'print', 'load'} do
                   out[#out + 1] = n .. '=' .. type(_G[n])
                 end
                 return out",
            )
            .eval()
            .unwrap();
        assert_eq!(
            kinds.join(" "),
            "io=nil os=nil debug=nil package=nil require=nil dofile=nil loadfile=nil coroutine=nil \
             utf8=nil table=table string=table math=table print=function load=function",
            "{}",
            engine.name()
        );
        assert_eq!(vm.load("('x'):rep(3)").eval::<String>().unwrap(), "xxx");
        // Whole-program runs get the same set.
        let mut config = VmConfig { engine, std_libs: StdLib::ALL_SAFE, ..VmConfig::default().capture_output() };
        config.jit.eager = true;
        let mut whole = Vm::try_new(config).unwrap();
        whole.run_source(b"print(type(debug), type(io), type(require))", "=t").unwrap();
        assert_eq!(whole.take_output(), b"nil\ttable\tfunction\n");
    }
}

/// A host type with every kind of declaration: fields read and written, a constant, methods
/// that read and change the value, metamethods, and fallbacks for other names.
#[derive(Debug)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl strata::UserData for Vec2 {
    fn add_fields<F: strata::UserDataFields<Self>>(fields: &mut F) {
        fields.add_field_method_get("x", |_, v| Ok(v.x));
        fields.add_field_method_set("x", |_, v, x: f64| {
            v.x = x;
            Ok(())
        });
        fields.add_field_method_get("y", |_, v| Ok(v.y));
        fields.add_field_method_set("y", |_, v, y: f64| {
            v.y = y;
            Ok(())
        });
        fields.add_field("dims", 2);
        fields.add_field_function_get("self", |_, ud| Ok(ud));
    }

    fn add_methods<M: strata::UserDataMethods<Self>>(methods: &mut M) {
        methods.add_method("length", |_, v, ()| Ok((v.x * v.x + v.y * v.y).sqrt()));
        methods.add_method("dot", |_, v, o: strata::AnyUserData| {
            let o = o.borrow::<Vec2>()?;
            Ok(v.x * o.x + v.y * o.y)
        });
        methods.add_method_mut("scale", |_, v, k: f64| {
            v.x *= k;
            v.y *= k;
            Ok(())
        });
        // Calls back into Lua while it holds the value mutably.
        methods.add_method_mut("with", |_, v, f: Function| {
            v.x += 0.0;
            f.call::<()>(())
        });
        methods.add_function("new", |vm, (x, y): (f64, f64)| vm.create_userdata(Vec2 { x, y }));
        methods.add_meta_function("__add", |vm, (a, b): (strata::AnyUserData, strata::AnyUserData)| {
            let (a, b) = (a.borrow::<Vec2>()?, b.borrow::<Vec2>()?);
            vm.create_userdata(Vec2 { x: a.x + b.x, y: a.y + b.y })
        });
        methods.add_meta_function("__mul", |vm, (a, b): (Value, Value)| {
            let (v, k) = match (a, b) {
                (Value::UserData(u), k) | (k, Value::UserData(u)) => (u, k),
                _ => return Err(Error::runtime("no vector")),
            };
            let k = match k {
                Value::Integer(i) => i as f64,
                Value::Number(n) => n,
                _ => return Err(Error::runtime("a vector times a number")),
            };
            let v = v.borrow::<Vec2>()?;
            vm.create_userdata(Vec2 { x: v.x * k, y: v.y * k })
        });
        methods.add_meta_method("__eq", |_, v, o: strata::AnyUserData| {
            Ok(o.borrow::<Vec2>().map(|o| o.x == v.x && o.y == v.y).unwrap_or(false))
        });
        methods.add_meta_method("__lt", |_, v, o: strata::AnyUserData| {
            let o = o.borrow::<Vec2>()?;
            Ok(v.x * v.x + v.y * v.y < o.x * o.x + o.y * o.y)
        });
        methods.add_meta_method("__len", |_, _, ()| Ok(2));
        methods.add_meta_method("__tostring", |_, v, ()| Ok(format!("Vec2({}, {})", v.x, v.y)));
        methods.add_meta_method("__concat", |_, v, o: String| Ok(format!("<{} {}>{o}", v.x, v.y)));
        methods.add_meta_method("__call", |_, v, k: f64| Ok(v.x * k));
        methods.add_meta_function("__index", |_, (_, k): (Value, String)| Ok(format!("no field {k}")));
    }
}

#[test]
fn userdata_fields_methods_and_metamethods_in_every_tier() {
    let script = r#"
        local out = {}
        local function add(s) out[#out + 1] = tostring(s) end
        local sum = 0
        for i = 1, 300 do
            local v = Vec2.new(i, 2)
            v.x = v.x + 1
            v:scale(0.5)
            sum = sum + v.x + v.y + v:length() * 0 + v.dims + #v + v(2)
            local w = v + v
            if not (w == v * 2) or not (v < w) or (v == w) then error("bad compare") end
        end
        add(sum)
        local v = Vec2.new(3, 4)
        add(type(v)); add(v.x); add(v.y); add(v:length()); add(v.dims); add(#v)
        add(tostring(v)); add(v .. "!"); add(v(10)); add(v:dot(Vec2.new(1, 1)))
        add(v.self == v); add(rawequal(v.self, v)); add(v.nothing)
        add(v + Vec2.new(1, 1)); add(2 * v); add(v * 2)
        add(getmetatable(v).__name)
        local k = setmetatable({}, {__mode = "k"})
        k[v] = "found"; add(k[v])
        return table.concat(out, "\n")
    "#;
    let expected = "\
        69675.0\nuserdata\n3.0\n4.0\n5.0\n2\n2\nVec2(3, 4)\n<3 4>!\n30.0\n7.0\ntrue\ntrue\n\
        no field nothing\nVec2(4, 5)\nVec2(6, 8)\nVec2(6, 8)\nVec2\nfound";
    for (name, vm) in vms() {
        let proto = vm.create_userdata(Vec2 { x: 0.0, y: 0.0 }).unwrap();
        vm.globals().set("Vec2", proto).unwrap();
        let got: String = vm.load(script).set_name("=ud").eval().unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(got, expected, "{name}");
        // The host reads what Lua code changed.
        vm.load("v = Vec2.new(1, 2); v:scale(3); v.y = -1").exec().unwrap();
        let v: strata::AnyUserData = vm.globals().get("v").unwrap();
        assert!(v.is::<Vec2>() && !v.is::<String>(), "{name}");
        assert_eq!((v.borrow::<Vec2>().unwrap().x, v.borrow::<Vec2>().unwrap().y), (3.0, -1.0), "{name}");
        v.borrow_mut::<Vec2>().unwrap().x = 10.0;
        assert_eq!(vm.load("v.x").eval::<f64>().unwrap(), 10.0, "{name}");
        assert!(matches!(v.borrow::<String>(), Err(Error::UserDataTypeMismatch)), "{name}");
        assert_eq!(v.metatable().unwrap().raw_get::<String>("__name").unwrap(), "Vec2", "{name}");
    }
}

#[test]
fn userdata_errors_read_as_lua_errors() {
    struct Plain;
    impl strata::UserData for Plain {}
    struct Finalized;
    impl strata::UserData for Finalized {
        fn add_methods<M: strata::UserDataMethods<Self>>(methods: &mut M) {
            methods.add_meta_method("__gc", |_, _, ()| Ok(()));
        }
    }
    let cases = [
        ("v.z = 1", "ud:1: attempt to set unknown field 'z' of a Vec2 value"),
        ("return v.length(nil)", "ud:1: bad argument #1 to 'length' (Vec2 expected, got nil)"),
        ("return v.length(p)", "ud:1: bad argument #1 to 'length' (Vec2 expected, got userdata)"),
        ("v:scale('x')", "ud:1: bad argument #1 to 'scale' (number expected, got string)"),
        ("v.x = {}", "error converting Lua table to f64"),
        ("return p.x", "ud:1: attempt to index a Plain value (global 'p')"),
        ("return #p", "ud:1: attempt to get length of a Plain value (global 'p')"),
        ("return p + 1", "ud:1: attempt to perform arithmetic on a Plain value (global 'p')"),
        ("return p < p", "ud:1: attempt to compare two Plain values"),
        ("v:with(function() v:scale(2) end)", "ud:1: userdata already borrowed"),
        ("v:with(function() return v.x end)", "ud:1: userdata already mutably borrowed"),
    ];
    for (name, vm) in vms() {
        vm.globals().set("v", Vec2 { x: 1.0, y: 2.0 }).unwrap();
        vm.globals().set("p", Plain).unwrap();
        for (src, want) in cases {
            let r: (bool, String) = vm
                .load(format!("local ok, e = pcall(function() {src} end) return ok, tostring(e)"))
                .set_name("=ud")
                .eval()
                .unwrap_or_else(|e| panic!("{name}: {src}: {e}"));
            assert_eq!(r, (false, want.to_string()), "{name}: {src}");
        }
        // (Nothing stays borrowed after the errors.)
        assert_eq!(vm.load("v:scale(2); return v.x").eval::<f64>().unwrap(), 2.0, "{name}");
        let e = vm.create_userdata(Finalized).unwrap_err();
        assert!(e.to_string().contains("implement Drop instead"), "{name}: {e}");
    }
}

#[test]
fn userdata_values_are_dropped_when_collected_and_when_the_vm_ends() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    struct Counted(Arc<AtomicUsize>, #[allow(dead_code)] [u8; 1000]);
    impl Drop for Counted {
        fn drop(&mut self) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }
    impl strata::UserData for Counted {}
    for (name, vm) in vms() {
        let drops = Arc::new(AtomicUsize::new(0));
        let d = Arc::clone(&drops);
        let make = vm.create_function(move |vm, ()| vm.create_userdata(Counted(Arc::clone(&d), [0; 1000]))).unwrap();
        vm.globals().set("make", make).unwrap();
        let before = vm.used_memory();
        vm.load("keep = make(); local t = {} for i = 1, 100 do t[i] = make() end; held = t").exec().unwrap();
        // Each value's size counts in the heap.
        assert!(vm.used_memory() >= before + 101 * 1000, "{name}");
        let handle: strata::AnyUserData = vm.load("held[1]").eval().unwrap();
        vm.load("held = nil; weak = setmetatable({}, {__mode = 'k'}); weak[make()] = true").exec().unwrap();
        vm.gc_collect();
        // All but `keep` and the one the handle holds are gone, the weak key included.
        assert_eq!(drops.load(Ordering::SeqCst), 100, "{name}");
        assert_eq!(vm.load("next(weak)").eval::<Value>().unwrap(), Value::Nil, "{name}");
        drop(handle);
        vm.gc_collect();
        assert_eq!(drops.load(Ordering::SeqCst), 101, "{name}");
        drop(vm);
        assert_eq!(drops.load(Ordering::SeqCst), 102, "{name}");
    }
}

#[test]
fn threads_resume_from_rust_in_every_tier() {
    for (name, vm) in vms() {
        let gen_fn: Function = vm
            .load("function(n) for i = 1, n do local got = coroutine.yield(i * 10) assert(got == i) end return 'done' end")
            .eval()
            .unwrap();
        let co = vm.create_thread(gen_fn).unwrap();
        assert!(co.is_resumable(), "{name}");
        assert_eq!(co.resume::<i64>(3).unwrap(), 10, "{name}");
        assert_eq!(co.resume::<i64>(1).unwrap(), 20, "{name}");
        assert_eq!(co.resume::<i64>(2).unwrap(), 30, "{name}");
        assert_eq!(co.status(), "suspended", "{name}");
        assert_eq!(co.resume::<String>(3).unwrap(), "done", "{name}");
        assert_eq!(co.status(), "dead", "{name}");
        let e = co.resume::<()>(()).unwrap_err();
        assert_eq!(e.to_string(), "cannot resume dead coroutine", "{name}");
        // An error inside ends it and comes back as the error, its value kept.
        let co: strata::Thread =
            vm.load("coroutine.create(function() coroutine.yield(1) error({reason = 'bad'}) end)").eval().unwrap();
        assert_eq!(co.resume::<i64>(()).unwrap(), 1, "{name}");
        let e = co.resume::<()>(()).unwrap_err();
        assert!(
            matches!(&e, Error::RuntimeError { message, .. } if message == "(error object is a table value)"),
            "{name}: {e}"
        );
        let v = vm.error_value(&e).and_then(Value::try_into_table).expect("the error's table");
        assert_eq!(v.get::<String>("reason").unwrap(), "bad", "{name}");
        assert!(!co.is_resumable(), "{name}");
    }
}

#[test]
fn error_values_round_trip_through_rust() {
    for (name, vm) in vms() {
        // Any value `error` raises comes out of the VM as it was.
        let e = vm.load("error({code = 42})").exec().unwrap_err();
        let t = vm.error_value(&e).and_then(Value::try_into_table).expect("a table");
        assert_eq!(t.get::<i64>("code").unwrap(), 42, "{name}");
        let e = vm.load("error(7)").exec().unwrap_err();
        assert_eq!(vm.error_value(&e), Some(Value::Integer(7)), "{name}");
        let e = vm.load("error('plain')").set_name("=c").exec().unwrap_err();
        match vm.error_value(&e) {
            Some(Value::String(s)) => assert_eq!(s.to_str().unwrap(), "c:1: plain", "{name}"),
            v => panic!("{name}: {v:?}"),
        }
        // A Rust function that passes on a Lua error raises the same value again.
        let relay = vm.create_function(|_, f: Function| f.call::<()>(())).unwrap();
        vm.globals().set("relay", relay).unwrap();
        let same: bool = vm
            .load("local t = {} local ok, e = pcall(relay, function() error(t) end) return not ok and rawequal(e, t)")
            .eval()
            .unwrap();
        assert!(same, "{name}");
        // Values of another VM's errors are not this one's.
        let other = Vm::new(VmConfig::default());
        let e = other.load("error({})").exec().unwrap_err();
        assert!(!matches!(vm.error_value(&e), Some(Value::Table(_))), "{name}");
    }
}

#[test]
fn conversions_that_run_lua_code_keep_the_other_values_alive() {
    // A conversion that collects (and allocates over what it freed) while the values
    // converted before it wait to be passed: they must still be alive.
    struct Collects;
    impl strata::IntoLua for Collects {
        fn into_lua(self, vm: &Vm) -> strata::Result<Value> {
            vm.gc_collect();
            for i in 0..2000 {
                vm.create_string(format!("filler{i:04}"))?;
            }
            Ok(Value::Integer(1))
        }
    }
    impl strata::FromLua for Collects {
        fn from_lua(_: Value, vm: &Vm) -> strata::Result<Collects> {
            vm.gc_collect();
            for i in 0..2000 {
                vm.create_string(format!("filler{i:04}"))?;
            }
            Ok(Collects)
        }
    }
    for (name, vm) in vms() {
        let f: Function = vm.load("function(s, n, t) return s .. n .. t, 0, {s} end").eval().unwrap();
        let (s, _, t): (String, Collects, Table) =
            f.call(("a fresh string".to_string(), Collects, "another")).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(s, "a fresh string1another", "{name}");
        assert_eq!(t.get::<String>(1).unwrap(), "a fresh string", "{name}");
        let table = vm.create_table().unwrap();
        table.set("a key made now".to_string(), Collects).unwrap();
        assert_eq!(table.get::<i64>("a key made now").unwrap(), 1, "{name}");
    }
}

/// Two host types that declare the same names, for the field caches' tests.
struct Left;
struct Right(i64);

impl strata::UserData for Left {
    fn add_fields<F: strata::UserDataFields<Self>>(fields: &mut F) {
        fields.add_field_method_get("x", |_, _| Ok(1.5));
        fields.add_field_method_get("broken", |_, _| Err::<i64, _>(Error::runtime("no broken field here")));
    }
    fn add_methods<M: strata::UserDataMethods<Self>>(methods: &mut M) {
        methods.add_method("m", |_, _, k: i64| Ok(format!("left {k}")));
    }
}

impl strata::UserData for Right {
    fn add_fields<F: strata::UserDataFields<Self>>(fields: &mut F) {
        fields.add_field_method_get("x", |_, r| Ok(r.0));
        fields.add_field("m", "not a method");
        fields.add_field_method_set("y", |_, r, y: i64| {
            r.0 = y;
            Ok(())
        });
    }
}

#[test]
fn userdata_field_caches_follow_types_and_metatables_in_every_tier() {
    // One read site and one method site see both types in turn, then metatables the script
    // changes under them (through the debug library); a getter's error keeps its position.
    let script = r#"
        local out = {}
        local function add(s) out[#out + 1] = tostring(s) end
        local function read(v) return v.x end
        local function call(v) return v:m(7) end
        local items = {L, R, L, R}
        local sum = 0
        for i = 1, 200 do
            local v = items[i % 4 + 1]
            sum = sum + read(v)
            if v == L then add(call(v)) end
        end
        add(sum); add(R.m); add(out[1] == out[100])
        local mt = debug.getmetatable(R)
        local builtin = mt.__index
        mt.__index = function(_, k) return "patched " .. k end
        for i = 1, 3 do add(read(R)); add(read(L)) end
        mt.__index = builtin
        add(read(R))
        local function write(v, n) v.y = n end
        for i = 1, 3 do write(R, i) end
        add(read(R))
        local setter, log = mt.__newindex, {}
        mt.__newindex = function(_, k, n) log[k] = n end
        write(R, 9); add(read(R)); add(log.y)
        mt.__newindex = setter
        write(R, 4); add(read(R))
        add(select(2, pcall(write, R, "four")))
        debug.setmetatable(L, {__index = function(_, k) return "swapped " .. k end})
        for i = 1, 3 do add(read(L)) end
        debug.setmetatable(L, getmetatable(Fresh))
        add(read(L)); add(call(L))
        local ok, e = pcall(function() return Fresh.broken end)
        add(ok); add(e)
        debug.setmetatable(L, nil)
        local ok2, e2 = pcall(read, L)
        add(ok2); add(e2)
        return table.concat(out, "\n", 99)
    "#;
    let expected = "\
        left 7\nleft 7\n350.0\nnot a method\ntrue\npatched x\n1.5\npatched x\n1.5\npatched x\n1.5\n\
        2\n3\n3\n9\n4\nerror converting Lua string to i64\nswapped x\nswapped x\nswapped x\n1.5\nleft 7\nfalse\nno broken field here\nfalse\n\
        caches:4: attempt to index a userdata value (local 'v')";
    for (name, vm) in vms() {
        vm.globals().set("L", Left).unwrap();
        vm.globals().set("R", Right(2)).unwrap();
        vm.globals().set("Fresh", Left).unwrap();
        let got: String = vm.load(script).set_name("=caches").eval().unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(got, expected, "{name}");
    }
}

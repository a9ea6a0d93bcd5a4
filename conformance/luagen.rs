//! A generator of valid, terminating Lua programs for differential testing: phase 1's
//! language plus tables (constructors, fields, `#`, methods and the table library), multiple
//! results, varargs, generic `for` (`pairs`, `ipairs`, `next`, closures as iterators) and
//! coroutines (generators, yields across `pcall` and metamethods, `close`).
//!
//! The generator is driven by a string of choice bytes (the Hypothesis way): every decision
//! reads one byte, and a missing byte (the string ran out) means choice 0, which is always the
//! simplest option (stop the block, take a small literal). So one generator serves both
//! proptest (which shrinks the byte string, removing and lowering bytes, and so shrinks the
//! program) and cargo-fuzz (whose inputs are byte strings).
//!
//! Programs terminate by construction: loops have literal bounds (or a hidden counter), the
//! only recursion is a depth-bounded function called with a literal depth, and a cost model
//! (statements executed, loops multiplying, calls adding their callee's cost) keeps every
//! program under a fixed amount of work. Strings that are stored are cut to 40 bytes so
//! concatenation in loops cannot grow without bound.
//!
//! Values change type on purpose: variables are tracked with a static class (`Int`, `Num`,
//! `Str`, ...), expressions are mostly generated for the class a context wants, but now and
//! then a value of another class is stored or passed (a float into an integer-hot function, a
//! numeric string into arithmetic, nil into a comparison), which provokes deopts and, some of
//! the time, runtime errors; both must be the same in every engine. Edge values (min/max
//! integers, -0.0, nan, inf, long strings) are among the literals.

/// The static class of a value, as far as the generator knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Int,
    Num,
    Str,
    Bool,
    /// Anything but a function (so printing it is deterministic).
    Any,
}

const VALUE_CLASSES: [Class; 5] = [Class::Int, Class::Num, Class::Str, Class::Bool, Class::Any];

#[derive(Clone, Debug)]
struct Var {
    name: String,
    class: Class,
    assignable: bool,
}

/// Something callable: a top-level function, a closure held by a local, the bounded
/// recursive function.
#[derive(Clone, Debug)]
struct Callable {
    name: String,
    params: Vec<Class>,
    ret: Option<Class>,
    /// Work units of one call.
    cost: u64,
    /// Recursive (its first parameter is the remaining depth, cost is per level).
    recursive: bool,
}

/// Work units a whole program may do (one unit is about one statement).
const PROGRAM_BUDGET: u64 = 20_000;
/// Work units one function call may do.
const FUNCTION_BUDGET: u64 = 400;
/// Stored strings are cut to this many bytes.
const STRING_CAP: u32 = 40;

/// Generates a program from `choices`.
pub fn program(choices: &[u8]) -> String {
    let mut g = Gen {
        data: choices,
        pos: 0,
        out: String::new(),
        indent: 0,
        scopes: vec![Vec::new()],
        callables: Vec::new(),
        spent: 0,
        budget: PROGRAM_BUDGET,
        mult: 1,
        loops: 0,
        fresh: 0,
        in_function: false,
        no_calls: false,
    };
    g.chunk();
    g.out
}

struct Gen<'a> {
    data: &'a [u8],
    pos: usize,
    out: String,
    indent: usize,
    scopes: Vec<Vec<Var>>,
    callables: Vec<Callable>,
    /// Work units of the function (or chunk) being generated so far.
    spent: u64,
    budget: u64,
    /// Iterations of the enclosing loops.
    mult: u64,
    loops: usize,
    fresh: usize,
    in_function: bool,
    /// No calls in the expression being generated (loop conditions run once per trip, but
    /// the cost model charges a statement once).
    no_calls: bool,
}

impl Gen<'_> {
    /// The next choice in `0..n` (0 once the choices run out).
    fn pick(&mut self, n: usize) -> usize {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        if n <= 1 { 0 } else { b as usize % n }
    }

    /// True one time in `n` (never once the choices run out).
    fn one_in(&mut self, n: usize) -> bool {
        self.pick(n) == n - 1
    }

    fn exhausted(&self) -> bool {
        self.pos >= self.data.len()
    }

    fn name(&mut self, prefix: &str) -> String {
        self.fresh += 1;
        format!("{prefix}{}", self.fresh)
    }

    fn line(&mut self, text: &str) {
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn declare(&mut self, name: &str, class: Class, assignable: bool) {
        self.scopes.last_mut().expect("a scope").push(Var { name: name.to_string(), class, assignable });
    }

    fn visible(&self) -> impl Iterator<Item = &Var> {
        self.scopes.iter().flatten()
    }

    /// Charges `units` of work in the current loop nest; false if that would go over budget.
    fn charge(&mut self, units: u64) -> bool {
        let cost = units.saturating_mul(self.mult);
        if self.spent.saturating_add(cost) > self.budget {
            return false;
        }
        self.spent += cost;
        true
    }

    // ---- the chunk ----

    fn chunk(&mut self) {
        self.line("-- generated by conformance/luagen.rs");
        // Globals of every class, so every expression has something to read.
        let inits = [
            ("G_int", Class::Int),
            ("G_num", Class::Num),
            ("G_str", Class::Str),
            ("G_bool", Class::Bool),
            ("G_any", Class::Any),
        ];
        for (name, class) in inits {
            let e = self.literal(class);
            self.line(&format!("{name} = {e}"));
            self.declare(name, class, true);
        }
        let functions = self.pick(6);
        for _ in 0..functions {
            self.function();
        }
        if self.pick(3) > 0 {
            self.recursive_function();
        }
        self.block(24, true);
        self.drive();
    }

    /// Calls every top-level function in a loop, as often as the budget allows (up to 1500
    /// times, past the default tier thresholds), then once more with arguments of any class.
    fn drive(&mut self) {
        self.line("local R");
        for i in 0..self.callables.len() {
            let c = self.callables[i].clone();
            let per_call = c.cost.saturating_mul(if c.recursive { 12 } else { 1 }).saturating_add(2);
            let trips = ((self.budget.saturating_sub(self.spent)) / per_call / 2).min(1500);
            if trips == 0 {
                continue;
            }
            let k = self.name("k");
            self.line(&format!("for {k} = 1, {trips} do"));
            self.indent += 1;
            self.scopes.push(vec![Var { name: k.clone(), class: Class::Int, assignable: false }]);
            self.mult = trips;
            if let Some(call) = self.call_of(&c, false) {
                self.line(&format!("R = {call}"));
            }
            self.mult = 1;
            self.scopes.pop();
            self.indent -= 1;
            self.line("end");
            self.line("print(R)");
            if let Some(call) = self.call_of(&c, true) {
                self.line(&format!("print({call})"));
            }
        }
    }

    /// A top-level function (global or local) with classed parameters and a return class.
    fn function(&mut self) {
        let name = self.name("f");
        let nparams = self.pick(4);
        let params: Vec<Class> = (0..nparams).map(|_| self.class()).collect();
        let ret = if self.pick(5) == 0 { None } else { Some(self.class()) };
        let global = self.pick(2) == 1;
        let pnames: Vec<String> = (0..nparams).map(|i| format!("p{i}")).collect();
        let header = if global { "function" } else { "local function" };
        self.line(&format!("{header} {name}({})", pnames.join(", ")));
        let cost = self.function_body(&pnames, &params, ret, FUNCTION_BUDGET, None);
        self.line("end");
        self.callables.push(Callable { name, params, ret, cost, recursive: false });
    }

    /// `local function rN(n, x)`: recursion bounded by its first argument, called with a literal.
    fn recursive_function(&mut self) {
        let name = self.name("r");
        let class = self.class();
        self.line(&format!("local function {name}(n, x)"));
        self.indent += 1;
        self.line("if n <= 0 then return x end");
        self.indent -= 1;
        let tail = self.pick(2) == 0;
        let cost =
            self.function_body(&["x".to_string()], &[class], Some(class), FUNCTION_BUDGET / 40, Some((&name, tail)));
        self.line("end");
        self.callables.push(Callable {
            name,
            params: vec![Class::Int, class],
            ret: Some(class),
            cost,
            recursive: true,
        });
    }

    /// The body of a function: statements and a return. Returns the cost of one call.
    fn function_body(
        &mut self,
        pnames: &[String],
        params: &[Class],
        ret: Option<Class>,
        budget: u64,
        recursive: Option<(&str, bool)>,
    ) -> u64 {
        let saved = (self.spent, self.budget, self.mult, self.loops, self.in_function);
        (self.spent, self.budget, self.mult, self.loops, self.in_function) = (1, budget, 1, 0, true);
        self.indent += 1;
        self.scopes.push(Vec::new());
        for (n, c) in pnames.iter().zip(params) {
            self.declare(n, *c, true);
        }
        self.block(8, false);
        match (recursive, ret) {
            (Some((me, true)), Some(c)) => {
                let e = self.expr(c, 2);
                self.line(&format!("return {me}(n - 1, {e})"));
            }
            (Some((me, false)), Some(c)) => {
                // A non-tail recursive call inside an expression of the function's class.
                let e = self.expr(c, 1);
                let call = format!("{me}(n - 1, {e})");
                let ret = match c {
                    // Cut like every other concatenation: a caller may pass a result back in
                    // as `x` (`v = f(9, v)` in a loop), which without the cut multiplies the
                    // length by the depth each time (a case of session 5 reached 2.9 GB).
                    Class::Str => format!("string.sub({call} .. x, -{STRING_CAP})"),
                    Class::Bool | Class::Any => format!("{call} and x"),
                    _ => format!("{call} + x"),
                };
                self.line(&format!("return {ret}"));
            }
            (_, Some(c)) => {
                let e = self.expr(c, 3);
                self.line(&format!("return {e}"));
            }
            (_, None) => {}
        }
        self.scopes.pop();
        self.indent -= 1;
        let cost = self.spent;
        (self.spent, self.budget, self.mult, self.loops, self.in_function) = saved;
        cost
    }

    fn class(&mut self) -> Class {
        VALUE_CLASSES[self.pick(VALUE_CLASSES.len())]
    }

    // ---- statements ----

    /// A block of statements; `print_vars` prints everything visible at its end (the main
    /// chunk's final state).
    fn block(&mut self, max: usize, print_vars: bool) {
        self.scopes.push(Vec::new());
        let callables = self.callables.len();
        for _ in 0..max {
            if self.pick(7) == 0 || self.exhausted() {
                break;
            }
            if !self.charge(1) {
                break;
            }
            self.statement();
        }
        if print_vars {
            let vars: Vec<String> = self.visible().map(|v| v.name.clone()).collect();
            for chunk in vars.chunks(6) {
                self.line(&format!("print({})", chunk.join(", ")));
            }
        }
        // Closures declared in the block go out of scope with it.
        self.callables.truncate(callables);
        self.scopes.pop();
    }

    fn nested_block(&mut self, max: usize) {
        self.indent += 1;
        self.block(max, false);
        self.indent -= 1;
    }

    fn statement(&mut self) {
        let depth = self.indent;
        match self.pick(20) {
            0 | 1 => self.local_statement(),
            2..=4 => self.assignment(),
            5 | 6 => self.print_statement(),
            7 if depth < 6 => self.if_statement(),
            8 if depth < 6 => self.for_statement(),
            9 if depth < 6 => self.while_statement(),
            10 if depth < 6 => self.closure_statement(),
            11 => self.call_statement(),
            12 if self.loops > 0 => {
                let c = self.expr(Class::Bool, 2);
                self.line(&format!("if {c} then break end"));
            }
            13 if depth < 6 => {
                self.line("do");
                self.nested_block(4);
                self.line("end");
            }
            14 => {
                let a = self.expr(Class::Any, 1);
                let b = self.expr(Class::Any, 1);
                let targets: Vec<String> =
                    self.visible().filter(|v| v.assignable && v.class == Class::Any).map(|v| v.name.clone()).collect();
                if targets.len() >= 2 {
                    let i = self.pick(targets.len());
                    let j = self.pick(targets.len());
                    self.line(&format!("{}, {} = {b}, {a}", targets[i], targets[j]));
                } else {
                    self.print_statement();
                }
            }
            15 => self.rare_statement(),
            16 => self.table_statement(),
            17 => match self.pick(3) {
                0 => self.meta_statement(),
                1 => self.table_statement(),
                _ => self.coroutine_statement(),
            },
            18 | 19 => self.multi_statement(),
            _ => self.assignment(),
        }
    }

    /// Multiple results and varargs: vararg functions called with varying argument counts,
    /// results adjusted by assignment, truncated by parentheses and expanded in the last
    /// position, generic `for` over the library's and a closure's iterators, and packs
    /// forwarded through tail calls, `select` and `table.unpack`.
    fn multi_statement(&mut self) {
        let (f, t, i, s) = (self.name("f"), self.name("t"), self.name("i"), self.name("s"));
        let (a, b, c) = (self.expr(Class::Any, 2), self.expr(Class::Any, 2), self.expr(Class::Any, 1));
        match self.pick(5) {
            0 => {
                self.line(&format!(
                    "do local function {f}(...) local x, y = ... return select('#', ...), y, x, ... end"
                ));
                self.indent += 1;
                self.line(&format!("print({f}({a}, {b}))"));
                self.line(&format!("print(({f}({c})), {f}())"));
                self.line(&format!("print({f}({a}, nil, {c}, nil))"));
                self.line(&format!("local {t} = {{{f}({b}, {a})}} print(#{t}, {t}[4])"));
                self.indent -= 1;
                self.line("end");
            }
            1 => {
                self.line(&format!("do local function {f}(p, q) return q, p, (p) end"));
                self.indent += 1;
                self.line(&format!("local w, x, y, z = {f}({a}, {b})"));
                self.line("print(w, x, y, z)");
                self.line(&format!("print({f}({a}, {c}), {f}({b}, {a}))"));
                self.line(&format!("local {t} = {{{f}({c}, {b}), {f}({a}, {a})}} print(#{t}, {t}[1], {t}[5])"));
                self.indent -= 1;
                self.line("end");
            }
            2 => {
                let n = 1 + self.pick(40) as u64;
                if !self.charge(n * 6) {
                    return;
                }
                let e = self.expr(Class::Int, 2);
                self.line(&format!("do local {t} = {{}} for {i} = 1, {n} do {t}[{i}] = {e} + {i} end"));
                self.indent += 1;
                self.line(&format!("local {s} = 0 for _, v in ipairs({t}) do {s} = {s} + v end"));
                self.line(&format!("local c = 0 for k, v in pairs({t}) do c = c + k end"));
                self.line(&format!("local k0, v0 = next({t}) print({s}, c, k0, v0, #{t})"));
                self.indent -= 1;
                self.line("end");
            }
            3 => {
                let n = 1 + self.pick(40) as u64;
                if !self.charge(n * 6) {
                    return;
                }
                let step = self.expr(Class::Num, 2);
                self.line(&format!(
                    "do local function {f}(n, d) local k = 0 return function() k = k + 1 if k <= n then return k, k * d end end end"
                ));
                self.indent += 1;
                self.line(&format!("local {s}, last = 0, nil"));
                self.line(&format!("for {i}, v in {f}({n}, {step}) do {s} = {s} + v last = {i} end"));
                self.line(&format!("print({s}, last)"));
                self.indent -= 1;
                self.line("end");
            }
            _ => {
                let n = self.pick(30) as u64;
                if !self.charge(n * 10 + 10) {
                    return;
                }
                self.line(&format!(
                    "do local function {s}(...) local r = 0 for k = 1, select('#', ...) do local v = select(k, ...) if math.type(v) == 'integer' then r = r + v end end return r end"
                ));
                self.indent += 1;
                self.line(&format!("local function {f}(...) return {s}(...) end"));
                self.line(&format!("local {t} = {{{a}, {b}}} for {i} = 1, {n} do {t}[#{t} + 1] = {i} end"));
                self.line(&format!(
                    "print({f}(table.unpack({t})), select('#', table.unpack({t})), select(-1, {c}, {f}()))"
                ));
                self.indent -= 1;
                self.line("end");
            }
        }
    }

    /// Tables: constructors with positional (sometimes nil) and named fields, arrays filled
    /// in a loop and then holed, objects with methods, and the table library, each printing
    /// what it built (`#t` on a holey table is part of what every engine must agree on).
    fn table_statement(&mut self) {
        let t = self.name("t");
        let i = self.name("i");
        match self.pick(5) {
            0 => {
                let items: Vec<String> = (0..self.pick(5)).map(|_| self.expr(Class::Any, 2)).collect();
                let named = self.expr(Class::Any, 2);
                let keyed = self.expr(Class::Int, 1);
                let last = self.expr(Class::Str, 2);
                let mut fields = items.clone();
                fields.push(format!("x = {named}"));
                if self.one_in(2) {
                    fields.push(format!("[\"k\"] = {keyed}"));
                }
                self.line(&format!("do local {t} = {{{}}}", fields.join(", ")));
                self.indent += 1;
                self.line(&format!("{t}[#{t} + 1] = {last}"));
                self.line(&format!("{t}.x, {t}.y = {t}.k, {t}[1]"));
                self.line(&format!("print(#{t}, {t}[1], {t}.x, {t}.y, {t}.k, {t}[#{t}])"));
                self.indent -= 1;
                self.line("end");
            }
            1 => {
                let n = 1 + self.pick(40) as u64;
                if !self.charge(n * 2) {
                    return;
                }
                let hole = 1 + self.pick(n as usize) as u64;
                let e = self.expr(Class::Int, 2);
                self.line(&format!("do local {t} = {{}}"));
                self.indent += 1;
                self.line(&format!("for {i} = 1, {n} do {t}[{i}] = {e} + {i} end"));
                self.line(&format!("print(#{t}, {t}[1], {t}[{n}])"));
                self.line(&format!("{t}[{hole}] = nil"));
                self.line(&format!("print(#{t}, {t}[{hole}], {t}[{n}])"));
                self.indent -= 1;
                self.line("end");
            }
            2 => {
                let n = 1 + self.pick(20) as u64;
                if !self.charge(n * 3) {
                    return;
                }
                let start = self.expr(Class::Int, 2);
                let d = self.expr(Class::Int, 1);
                self.line(&format!("do local {t} = {{n = {start}, log = {{}}}}"));
                self.indent += 1;
                self.line(&format!(
                    "function {t}:add(d) self.n = self.n + d; self.log[#self.log + 1] = d; return self.n end"
                ));
                self.line(&format!("for {i} = 1, {n} do {t}:add({i}) end"));
                self.line(&format!("print({t}.n, {t}:add({d}), #{t}.log, {t}.log[#{t}.log])"));
                self.indent -= 1;
                self.line("end");
            }
            3 => {
                let n = 1 + self.pick(30) as u64;
                if !self.charge(n * 4) {
                    return;
                }
                let e = if self.pick(2) == 0 { self.expr(Class::Int, 2) } else { self.expr(Class::Str, 2) };
                self.line(&format!("do local {t} = {{}}"));
                self.indent += 1;
                self.line(&format!("for {i} = 1, {n} do table.insert({t}, {e}) end"));
                if self.one_in(2) {
                    self.line(&format!("table.insert({t}, 1, #{t})"));
                }
                self.line(&format!("print(table.remove({t}, 1), table.remove({t}), #{t})"));
                self.line(&format!("print(table.concat({t}, \",\"))"));
                self.indent -= 1;
                self.line("end");
            }
            _ => {
                let n = 1 + self.pick(30) as u64;
                if !self.charge(n * 8) {
                    return;
                }
                let e = self.expr(Class::Int, 2);
                let descending = self.one_in(2);
                self.line(&format!("do local {t} = {{}}"));
                self.indent += 1;
                self.line(&format!("for {i} = 1, {n} do {t}[{i}] = ({e}) * {i} % 17 end"));
                if descending {
                    self.line(&format!("table.sort({t}, function(a, b) return a > b end)"));
                } else {
                    self.line(&format!("table.sort({t})"));
                }
                self.line(&format!("print({t}[1], {t}[#{t}], table.concat({t}, \" \"))"));
                self.indent -= 1;
                self.line("end");
            }
        }
    }

    /// Metatables and errors as values: a class with `__index` methods called in a loop,
    /// a value type with operator metamethods, proxies with `__index`/`__newindex`/`__call`
    /// functions, and `pcall`/`xpcall`/`error` around expressions that may fail.
    fn meta_statement(&mut self) {
        let (c, o, i) = (self.name("C"), self.name("o"), self.name("i"));
        let n = 1 + self.pick(40) as u64;
        if !self.charge(n * 6) {
            return;
        }
        match self.pick(4) {
            0 => {
                let v = self.expr(Class::Int, 2);
                let d = self.expr(Class::Int, 1);
                self.line(&format!("do local {c} = {{}} {c}.__index = {c}"));
                self.indent += 1;
                self.line(&format!("function {c}.new(v) return setmetatable({{v = v, n = 0}}, {c}) end"));
                self.line(&format!("function {c}:add(d) self.v = self.v + d self.n = self.n + 1 return self end"));
                self.line(&format!("local {c}2 = setmetatable({{}}, {{__index = {c}}}) {c}2.__index = {c}2"));
                self.line(&format!("function {c}2:twice() return self:add(self.v) end"));
                self.line(&format!("local {o} = setmetatable({c}.new({v}), {c}2)"));
                self.line(&format!("for {i} = 1, {n} do {o}:add({i}):add({d}) end"));
                self.line(&format!(
                    "print({o}.v, {o}.n, {o}:twice().v, rawget({o}, \"add\"), getmetatable({o}) == {c}2)"
                ));
                self.indent -= 1;
                self.line("end");
            }
            1 => {
                let (x, y) = (self.expr(Class::Int, 2), self.expr(Class::Int, 2));
                self.line(&format!("do local {c} = {{}}"));
                self.indent += 1;
                self.line(&format!("local function mk(x) return setmetatable({{x = x}}, {c}) end"));
                self.line(&format!(
                    "{c}.__add = function(a, b) return mk(a.x + (type(b) == \"table\" and b.x or b)) end"
                ));
                self.line(&format!("{c}.__sub = function(a, b) return mk(a.x - b.x) end"));
                self.line(&format!("{c}.__mul = function(a, b) if type(b) == \"number\" then return mk(a.x * b) end return a.x * b.x end"));
                self.line(&format!("{c}.__eq = function(a, b) return a.x == b.x end"));
                self.line(&format!("{c}.__lt = function(a, b) return a.x < b.x end"));
                self.line(&format!("{c}.__le = function(a, b) return a.x <= b.x end"));
                self.line(&format!("{c}.__unm = function(a) return mk(-a.x) end"));
                self.line(&format!("{c}.__len = function(a) return a.x % 7 end"));
                self.line(&format!("{c}.__concat = function(a, b) return tostring(a) .. \"|\" .. tostring(b) end"));
                self.line(&format!("{c}.__tostring = function(a) return \"<\" .. a.x .. \">\" end"));
                self.line(&format!("local a, b = mk({x}), mk({y})"));
                self.line("local acc = a");
                self.line(&format!("for {i} = 1, {n} do acc = acc + b - a + {i} end"));
                self.line("print(tostring(acc), a == b, a < b, a <= b, a > b, #a, tostring(-a), a .. b, a * 2 == a + a, a * b)");
                self.indent -= 1;
                self.line("end");
            }
            2 => {
                let k = self.expr(Class::Int, 1);
                self.line("do local store, calls = {}, 0");
                self.indent += 1;
                self.line(&format!(
                    "local {o} = setmetatable({{}}, {{__index = function(t, k) calls = calls + 1 return k * 2 end, \
                     __newindex = function(t, k, v) rawset(store, k, v) end, __call = function(self, a, b) return a + (b or 0), self end}})"
                ));
                self.line(&format!("for {i} = 1, {n} do {o}[{i}] = {o}[{i}] + {i} end"));
                self.line(&format!(
                    "print(calls, {o}[3], store[3], rawget({o}, 3), ({o}({k}, {n})), select(2, {o}(1)) == {o})"
                ));
                self.indent -= 1;
                self.line("end");
            }
            _ => {
                let a = self.expr(Class::Any, 2);
                let b = self.expr(Class::Any, 2);
                let e = self.expr(Class::Int, 1);
                self.line("do");
                self.indent += 1;
                self.line(&format!("print(pcall(function(x, y) return x + y, x .. y, x < y end, {a}, {b}))"));
                self.line(&format!("local err = {{code = {e}}}"));
                self.line("local ok, got = pcall(error, err) print(ok, got == err, got.code)");
                self.line(&format!(
                    "local n = 0 for {i} = 1, {n} do local ok, v = pcall(function() if {i} % 3 == 0 then error({i}) end return {i} end) n = n + (ok and v or -v) end print(n)"
                ));
                self.line("print(xpcall(function() error(\"boom\", 0) end, function(m) return m .. \"!\" end))");
                self.line(&format!("print(select(\"#\", pcall(function() return 1, nil, {e} end)))"));
                self.indent -= 1;
                self.line("end");
            }
        }
    }

    /// Coroutines: a generator of generated statements in a generic `for`, values passed
    /// both ways with statuses and errors as values, yields across `pcall`, a hot loop that
    /// yields now and then (compiled through OSR while suspended), yielding metamethods, and
    /// `coroutine.close` with a pending `<close>` variable.
    fn coroutine_statement(&mut self) {
        let (co, i) = (self.name("co"), self.name("i"));
        let n = 1 + self.pick(12) as u64;
        if !self.charge(n * 8) {
            return;
        }
        match self.pick(6) {
            0 => {
                self.line(&format!("do local {co} = coroutine.wrap(function() for {i} = 1, {n} do"));
                let saved = self.mult;
                self.mult = self.mult.saturating_mul(n);
                self.loops += 1;
                self.indent += 1;
                self.scopes.push(vec![Var { name: i.clone(), class: Class::Int, assignable: false }]);
                self.block(3, false);
                let e = self.expr(Class::Any, 2);
                self.line(&format!("coroutine.yield({i}, {e})"));
                self.scopes.pop();
                self.indent -= 1;
                self.loops -= 1;
                self.mult = saved;
                self.line("end end)");
                self.indent += 1;
                self.line(&format!("for k, v in {co} do print(k, v) end"));
                self.indent -= 1;
                self.line("end");
            }
            1 => {
                let (a, b) = (self.expr(Class::Int, 2), self.expr(Class::Any, 1));
                let step = self.expr(Class::Int, 1);
                self.line(&format!("do local {co} = coroutine.create(function(x, y)"));
                self.indent += 1;
                self.line(&format!(
                    "local s = x for {i} = 1, {n} do local r = coroutine.yield(s, {i}, y) s = (r or 0) + {step} end return s, \"done\""
                ));
                self.line("end)");
                self.line(&format!("print(coroutine.resume({co}, {a}, {b}))"));
                self.line(&format!(
                    "for {i} = 1, {} do print(coroutine.resume({co}, {i}), coroutine.status({co})) end",
                    n + 1
                ));
                self.indent -= 1;
                self.line("end");
            }
            2 => {
                let e = self.expr(Class::Any, 2);
                self.line(&format!("do local {co} = coroutine.wrap(function() local t = 0 for {i} = 1, {n} do"));
                self.indent += 1;
                self.line(&format!(
                    "local ok, v = pcall(function() local y = coroutine.yield({i}) return y + {e} end) t = t + (ok and 1 or 0) coroutine.yield(ok, v)"
                ));
                self.line("end return \"end\", t end)");
                self.line(&format!("for {i} = 1, {} do print({co}({i})) end", 2 * n + 1));
                self.indent -= 1;
                self.line("end");
            }
            3 => {
                if !self.charge(2500 * 3) {
                    return;
                }
                let k = 50 + self.pick(400);
                let e = self.expr(Class::Int, 1);
                self.line(&format!("do local {co} = coroutine.wrap(function(k) local acc = 0 for {i} = 1, 2500 do"));
                self.indent += 1;
                self.line(&format!("acc = acc + {i} * 3 % 7 if {i} % k == 0 then coroutine.yield(acc, {e}) end"));
                self.line("end return acc end)");
                self.line(&format!("local last for j = 0, {} do last = {co}({k}) end print(last)", 2500 / k));
                self.indent -= 1;
                self.line("end");
            }
            4 => {
                self.line("do local mt = {__index = function(t, k) return coroutine.yield(k) end, __add = function(a, b) return coroutine.yield(\"add\") end}");
                self.indent += 1;
                self.line(&format!(
                    "local {co} = coroutine.wrap(function() local o = setmetatable({{}}, mt) local s = 0 for {i} = 1, {n} do s = s + o[{i}] end return s, o + 1 end)"
                ));
                self.line(&format!("local v = {co}() for {i} = 1, {n} do v = {co}({i} * 2) end print(v, {co}(7))"));
                self.indent -= 1;
                self.line("end");
            }
            _ => {
                let e = self.expr(Class::Any, 1);
                self.line("do local log = {}");
                self.indent += 1;
                self.line(&format!(
                    "local {co} = coroutine.create(function(v) local x <close> = setmetatable({{}}, {{__close = function(_, e) log[#log + 1] = tostring(e) end}}) coroutine.yield(v) error(\"co error\", 0) end)"
                ));
                self.line(&format!("print(coroutine.resume({co}, {e}))"));
                let again = if self.one_in(2) { "print(coroutine.resume(CO))" } else { "" };
                self.line(&again.replace("CO", &co));
                self.line(&format!("print(coroutine.close({co}), coroutine.status({co}), #log, log[1])"));
                self.indent -= 1;
                self.line("end");
            }
        }
    }

    fn local_statement(&mut self) {
        let class = self.class();
        let name = self.name("v");
        let e = self.expr(class, 3);
        if self.one_in(6) && !e.contains("..") {
            self.line(&format!("local {name} <const> = {e}"));
            self.declare(&name, class, false);
        } else {
            self.line(&format!("local {name} = {e}"));
            self.declare(&name, class, true);
        }
    }

    fn assignment(&mut self) {
        let targets: Vec<(String, Class)> =
            self.visible().filter(|v| v.assignable).map(|v| (v.name.clone(), v.class)).collect();
        if targets.is_empty() {
            return self.local_statement();
        }
        let (name, class) = targets[self.pick(targets.len())].clone();
        // Now and then a value of another type that still works where the variable is used
        // (a deopt, not an error), and rarely a value of any class: the variable changes
        // type on purpose.
        let (e, changes) = if self.one_in(8) {
            (self.compatible(class), false)
        } else if self.one_in(60) {
            let c = self.class();
            (self.expr(c, 3), c != class)
        } else {
            (self.expr(class, 3), false)
        };
        self.line(&format!("{name} = {e}"));
        if changes {
            for v in self.scopes.iter_mut().flatten().filter(|v| v.name == name) {
                v.class = Class::Any;
            }
        }
    }

    fn print_statement(&mut self) {
        let n = 1 + self.pick(3);
        let args: Vec<String> = (0..n)
            .map(|_| {
                let c = self.class();
                self.expr(c, 3)
            })
            .collect();
        if self.one_in(5) {
            // io.write prints numbers with %.14g and no ".0"; strings and numbers only.
            let c = if self.pick(2) == 0 { Class::Num } else { Class::Str };
            let e = self.expr(c, 2);
            self.line(&format!("io.write({e}, \"\\n\")"));
        } else {
            self.line(&format!("print({})", args.join(", ")));
        }
    }

    fn if_statement(&mut self) {
        let c = self.expr(Class::Bool, 3);
        self.line(&format!("if {c} then"));
        self.nested_block(5);
        for _ in 0..self.pick(3) {
            let c = self.expr(Class::Bool, 2);
            self.line(&format!("elseif {c} then"));
            self.nested_block(4);
        }
        if self.pick(2) == 1 {
            self.line("else");
            self.nested_block(4);
        }
        self.line("end");
    }

    /// Numeric `for` loops of known trip counts, integer and float, with extreme bounds.
    fn for_statement(&mut self) {
        let var = self.name("i");
        let (header, trips, class) = match self.pick(8) {
            0 | 1 => {
                let start = self.pick(7) as i64 - 3;
                let count = self.pick(9) as i64;
                (format!("{start}, {}", start + count - 1), count as u64, Class::Int)
            }
            2 => {
                let start = self.pick(10) as i64;
                let step = -(1 + self.pick(3) as i64);
                (format!("{start}, 0, {step}"), (start / -step + 1) as u64, Class::Int)
            }
            3 => ("0.5, 3, 0.5".to_string(), 6, Class::Num),
            4 => match self.pick(3) {
                0 => ("math.maxinteger - 2, math.maxinteger".to_string(), 3, Class::Int),
                1 => ("math.mininteger, math.mininteger + 2".to_string(), 3, Class::Int),
                _ => ("math.mininteger + 4, math.mininteger, -2".to_string(), 3, Class::Int),
            },
            5 => ("1, 3.5".to_string(), 3, Class::Int),
            // Long enough for the loop to go to compiled code through OSR (default threshold).
            6 => ("1, 2500".to_string(), 2500, Class::Int),
            _ => ("10, 1".to_string(), 0, Class::Int),
        };
        let trips = trips.max(1);
        if self.spent.saturating_add(self.mult.saturating_mul(trips).saturating_mul(4)) > self.budget {
            return self.assignment();
        }
        self.line(&format!("for {var} = {header} do"));
        self.loop_body(&var, class, trips, 5);
        self.line("end");
    }

    /// `while` and `repeat` loops on a hidden counter.
    fn while_statement(&mut self) {
        let w = self.name("w");
        let trips = 1 + self.pick(6) as u64;
        if self.spent.saturating_add(self.mult.saturating_mul(trips).saturating_mul(4)) > self.budget {
            return self.print_statement();
        }
        self.line(&format!("local {w} = 0"));
        if self.pick(2) == 0 {
            self.no_calls = true;
            let c = self.expr(Class::Bool, 2);
            self.no_calls = false;
            self.line(&format!("while {w} < {trips} and ({c} or true) do"));
            self.indent += 1;
            self.line(&format!("{w} = {w} + 1"));
            self.indent -= 1;
            self.loop_body(&w, Class::Int, trips, 5);
            self.line("end");
        } else {
            self.line("repeat");
            self.indent += 1;
            self.line(&format!("{w} = {w} + 1"));
            // A local of the body that the condition reads.
            let l = self.name("u");
            let e = self.expr(Class::Int, 2);
            self.line(&format!("local {l} = {e}"));
            self.indent -= 1;
            self.loop_body(&w, Class::Int, trips, 4);
            self.line(&format!("until {w} >= {trips} or {l} == nil"));
        }
    }

    fn loop_body(&mut self, var: &str, class: Class, trips: u64, max: usize) {
        let saved = self.mult;
        self.mult = self.mult.saturating_mul(trips);
        self.loops += 1;
        self.indent += 1;
        self.scopes.push(vec![Var { name: var.to_string(), class, assignable: false }]);
        self.block(max, false);
        self.scopes.pop();
        self.indent -= 1;
        self.loops -= 1;
        self.mult = saved;
    }

    /// A closure over the visible locals (upvalues, shared and assigned), stored in a local.
    fn closure_statement(&mut self) {
        let name = self.name("c");
        let nparams = self.pick(3);
        let params: Vec<Class> = (0..nparams).map(|_| self.class()).collect();
        let ret = Some(self.class());
        let pnames: Vec<String> = (0..nparams).map(|i| format!("{name}_a{i}")).collect();
        self.line(&format!("local {name} = function({})", pnames.join(", ")));
        let cost = self.function_body(&pnames, &params, ret, FUNCTION_BUDGET / 4, None);
        self.line("end");
        self.callables.push(Callable { name, params, ret, cost, recursive: false });
    }

    fn call_statement(&mut self) {
        match self.call(None) {
            Some(call) => self.line(&call),
            None => self.print_statement(),
        }
    }

    fn rare_statement(&mut self) {
        match self.pick(6) {
            0 => {
                // Mostly true: a failed assertion ends the program.
                let c = self.expr(Class::Bool, 2);
                let always = if self.one_in(8) { "" } else { " or true" };
                self.line(&format!("assert({c}{always}, \"assertion {}\")", self.fresh));
            }
            1 if self.one_in(3) => {
                let e = self.expr(Class::Any, 1);
                self.line(&format!("if {e} == nil then error(\"generated error\") end"));
            }
            2 => {
                // A global function redefined: call targets change under hot callers.
                let candidates: Vec<usize> = (0..self.callables.len())
                    .filter(|&i| !self.callables[i].recursive && self.callables[i].name.starts_with('f'))
                    .collect();
                if candidates.len() >= 2 {
                    let a = candidates[self.pick(candidates.len())];
                    let b = candidates[self.pick(candidates.len())];
                    // Only to a function defined earlier (it cannot call the rebound name, so no
                    // cycle appears) and no more costly (the cost model stays an upper bound),
                    // and only from the main chunk's top level.
                    if b < a
                        && self.callables[b].cost <= self.callables[a].cost
                        && !self.in_function
                        && self.indent == 0
                    {
                        let (na, nb) = (self.callables[a].name.clone(), self.callables[b].name.clone());
                        self.line(&format!("{na} = {nb}"));
                        self.callables[a].params = self.callables[b].params.clone();
                        self.callables[a].ret = self.callables[b].ret;
                    }
                }
            }
            3 => {
                // Evaluated once (a call in it would run three times, uncharged).
                let e = self.expr(Class::Str, 2);
                self.line(&format!("do local t = {e}; print(#t, (t):upper(), string.format(\"%q\", t)) end"));
            }
            4 => {
                // Integer conversions get integers (a float without an integer value is an
                // error that would end most programs).
                let (fmt, class) = [
                    ("%d", Class::Int),
                    ("%5.2f", Class::Num),
                    ("%g", Class::Num),
                    ("%x", Class::Int),
                    ("%s", Class::Num),
                    ("%10.3e", Class::Num),
                    ("%-8d|", Class::Int),
                    ("%i", Class::Int),
                ][self.pick(8)];
                let n = self.expr(class, 2);
                self.line(&format!("print(string.format(\"{fmt}\", {n}))"));
            }
            _ => {
                let e = self.expr(Class::Any, 2);
                self.line(&format!("do local t = {e}; print(type(t), math.type(t), tostring(t)) end"));
            }
        }
    }

    // ---- expressions ----

    /// A call of something visible, if one fits the budget: `name(args)`.
    fn call(&mut self, want: Option<Class>) -> Option<String> {
        let fits: Vec<usize> = (0..self.callables.len())
            .filter(|&i| {
                let c = &self.callables[i];
                want.is_none_or(|w| c.ret == Some(w) || w == Class::Any)
            })
            .collect();
        if fits.is_empty() {
            return None;
        }
        let k = self.pick(fits.len());
        let c = self.callables[fits[k]].clone();
        self.call_of(&c, false)
    }

    /// A call of `c` if it fits the budget; `any_args` passes arguments of any class.
    fn call_of(&mut self, c: &Callable, any_args: bool) -> Option<String> {
        let depth = if c.recursive { self.pick(12) as u64 } else { 0 };
        let cost = c.cost.saturating_mul(depth + 1).saturating_add(1);
        if !self.charge(cost) {
            return None;
        }
        let mut args = Vec::new();
        for (i, class) in c.params.iter().enumerate() {
            if c.recursive && i == 0 {
                args.push(depth.to_string());
                continue;
            }
            // Now and then an argument of another type: a hot callee sees a new type.
            if any_args || self.one_in(60) {
                let c = self.class();
                args.push(self.expr(c, 2));
            } else if self.one_in(8) {
                args.push(self.compatible(*class));
            } else {
                args.push(self.expr(*class, 2));
            }
        }
        // Missing and extra arguments are fine in Lua.
        if self.one_in(10) && !args.is_empty() && !c.recursive {
            args.pop();
        } else if self.one_in(10) {
            args.push("nil".into());
        }
        Some(format!("{}({})", c.name, args.join(", ")))
    }

    /// A value of another type that behaves like `class` where the generator uses `class`:
    /// integral floats for integers (bitwise operators and `%d` take them), integers for
    /// floats, nil and numbers for booleans. Code specialized for the usual type deopts.
    fn compatible(&mut self, class: Class) -> String {
        let options: &[&str] = match class {
            Class::Int => &["2.0", "-0.0", "1e15", "2^53", "-3.0"],
            Class::Num => &["7", "-1", "0", "math.maxinteger", "math.mininteger"],
            Class::Bool => &["nil", "0", "\"\"", "1.5"],
            Class::Str => &["\"\"", "\"7\"", "string.rep(\"z\", 41)"],
            Class::Any => &["nil", "true", "1", "2.5", "\"s\""],
        };
        options[self.pick(options.len())].to_string()
    }

    fn var_of(&mut self, class: Class) -> Option<String> {
        let names: Vec<String> = self
            .visible()
            .filter(|v| match class {
                Class::Any => true,
                Class::Num => v.class == Class::Num || v.class == Class::Int,
                c => v.class == c,
            })
            .map(|v| v.name.clone())
            .collect();
        if names.is_empty() { None } else { Some(names[self.pick(names.len())].clone()) }
    }

    fn expr(&mut self, class: Class, depth: usize) -> String {
        // Now and then an operand of any class where a class was wanted: type errors and
        // coercions.
        let class = if class != Class::Any && self.one_in(150) { Class::Any } else { class };
        if depth == 0 || self.exhausted() {
            return self.atom(class);
        }
        match self.pick(6) {
            0 | 1 => self.atom(class),
            2 if !self.no_calls && self.callables.iter().any(|c| c.ret == Some(class) || class == Class::Any) => {
                self.call(Some(class)).unwrap_or_else(|| self.atom(class))
            }
            _ => self.compound(class, depth - 1),
        }
    }

    fn atom(&mut self, class: Class) -> String {
        if self.pick(3) > 0
            && let Some(v) = self.var_of(class)
        {
            return v;
        }
        self.literal(class)
    }

    fn literal(&mut self, class: Class) -> String {
        const INTS: &[&str] = &[
            "0",
            "1",
            "2",
            "3",
            "-1",
            "7",
            "10",
            "100",
            "255",
            "-7",
            "0x10",
            "math.maxinteger",
            "math.mininteger",
            "9007199254740993",
            "(1 << 62)",
            "-123456789",
        ];
        const FLOATS: &[&str] = &[
            "0.5",
            "1.5",
            "-0.0",
            "2.0",
            "-2.5",
            "0.1",
            "3.14159",
            "1e100",
            "math.huge",
            "-math.huge",
            "(0/0)",
            "2^63",
            "1e15",
            "123456.789",
            "-1e-300",
            "0x1p-3",
        ];
        const STRS: &[&str] = &[
            "\"10\"",
            "\"3.5\"",
            "\"\"",
            "\"abc\"",
            "\"0x10\"",
            "\" 7 \"",
            "\"1e2\"",
            "\"-0\"",
            "\"nan\"",
            "\"a\\0b\"",
            "'\\u{48}i\\n'",
            "[[long\nstring]]",
            "string.rep(\"xy\", 30)",
            "\"9223372036854775807\"",
        ];
        match class {
            Class::Int => INTS[self.pick(INTS.len())].to_string(),
            Class::Num => {
                if self.pick(2) == 0 {
                    INTS[self.pick(INTS.len())].to_string()
                } else {
                    FLOATS[self.pick(FLOATS.len())].to_string()
                }
            }
            Class::Str => STRS[self.pick(STRS.len())].to_string(),
            Class::Bool => ["true", "false"][self.pick(2)].to_string(),
            Class::Any => match self.pick(6) {
                0 => "nil".to_string(),
                1 => self.literal(Class::Int),
                2 => self.literal(Class::Num),
                3 => self.literal(Class::Str),
                4 => self.literal(Class::Bool),
                _ => "nil".to_string(),
            },
        }
    }

    fn compound(&mut self, class: Class, d: usize) -> String {
        match class {
            Class::Int => match self.pick(8) {
                0 => {
                    let op = ["+", "-", "*"][self.pick(3)];
                    let (a, b) = (self.expr(Class::Int, d), self.expr(Class::Int, d));
                    format!("({a} {op} {b})")
                }
                1 => {
                    let op = ["//", "%"][self.pick(2)];
                    let a = self.expr(Class::Int, d);
                    // Mostly a divisor that is not zero: division by zero ends the program.
                    let b = if self.one_in(30) {
                        self.expr(Class::Int, d)
                    } else {
                        ["3", "-7", "10", "(1 << 40)"][self.pick(4)].to_string()
                    };
                    format!("({a} {op} {b})")
                }
                2 => {
                    let op = ["&", "|", "~", "<<", ">>"][self.pick(5)];
                    let (a, b) = (self.expr(Class::Int, d), self.expr(Class::Int, d));
                    format!("({a} {op} {b})")
                }
                3 => {
                    let op = ["-", "~"][self.pick(2)];
                    let a = self.expr(Class::Int, d);
                    format!("({op} {a})")
                }
                4 => {
                    let s = self.expr(Class::Str, d);
                    format!("#{s}")
                }
                5 => {
                    let f = ["math.floor", "math.ceil", "math.tointeger", "math.abs"][self.pick(4)];
                    let a = self.expr(Class::Num, d);
                    if f == "math.tointeger" { format!("({f}({a}) or 0)") } else { format!("{f}({a})") }
                }
                6 => {
                    let f = ["math.max", "math.min"][self.pick(2)];
                    let (a, b) = (self.expr(Class::Int, d), self.expr(Class::Int, d));
                    format!("{f}({a}, {b})")
                }
                _ => {
                    let s = self.expr(Class::Str, d);
                    format!("(string.byte({s}, 1) or -1)")
                }
            },
            Class::Num => match self.pick(6) {
                0 | 1 => {
                    let op = ["+", "-", "*", "/", "//", "%", "^"][self.pick(7)];
                    let a = self.expr(Class::Num, d);
                    // Integer `//` and `%` by zero are errors: mostly a divisor that is not.
                    let b = if matches!(op, "//" | "%") && !self.one_in(30) {
                        ["3", "-2.5", "0.5", "10", "-0.0"][self.pick(5)].to_string()
                    } else {
                        self.expr(Class::Num, d)
                    };
                    format!("({a} {op} {b})")
                }
                2 => {
                    let f = ["math.sqrt", "math.sin", "math.floor", "math.abs", "math.exp", "math.log"][self.pick(6)];
                    let a = self.expr(Class::Num, d);
                    format!("{f}({a})")
                }
                3 => {
                    let a = self.expr(Class::Num, d);
                    format!("(- {a})")
                }
                4 => {
                    let s = self.expr(Class::Str, d);
                    format!("(tonumber({s}) or 0.25)")
                }
                _ => {
                    // An integer zero divisor is an error ("bad argument #2 to 'fmod' (zero)").
                    let a = self.expr(Class::Num, d);
                    let b = if self.one_in(20) {
                        self.expr(Class::Num, d)
                    } else {
                        ["3", "-2.5", "0.5", "7"][self.pick(4)].to_string()
                    };
                    format!("math.fmod({a}, {b})")
                }
            },
            Class::Str => match self.pick(6) {
                0 | 1 => {
                    let a = self.expr(Class::Str, d);
                    let b = if self.pick(2) == 0 { self.expr(Class::Num, d) } else { self.expr(Class::Str, d) };
                    // The result is cut unless both operands are literals: loops cannot grow
                    // a string (phase 1 has no collector, so even linear growth in a loop
                    // allocates quadratically).
                    if is_literal(&a) && is_literal(&b) {
                        format!("({a} .. {b})")
                    } else {
                        format!("string.sub({a} .. {b}, -{STRING_CAP})")
                    }
                }
                2 => {
                    let a = self.expr(Class::Any, d);
                    format!("tostring({a})")
                }
                3 => {
                    let s = self.expr(Class::Str, d);
                    let (i, j) = (self.pick(7) as i64 - 3, self.pick(9) as i64 - 2);
                    format!("string.sub({s}, {i}, {j})")
                }
                4 => {
                    let s = self.expr(Class::Str, d);
                    let m = [":upper()", ":lower()", ":reverse()"][self.pick(3)];
                    format!("({s}){m}")
                }
                _ => {
                    let (fmt, class) = [
                        ("%d", Class::Int),
                        ("%.3f", Class::Num),
                        ("%g", Class::Num),
                        ("%5s", Class::Num),
                        ("%x", Class::Int),
                        ("%q", Class::Num),
                    ][self.pick(6)];
                    let n = self.expr(class, d);
                    format!("string.format(\"{fmt}\", {n})")
                }
            },
            Class::Bool => match self.pick(5) {
                0 | 1 => {
                    let op = ["<", "<=", ">", ">=", "==", "~="][self.pick(6)];
                    let c = [Class::Int, Class::Num, Class::Num, Class::Str][self.pick(4)];
                    let (a, b) = (self.expr(c, d), self.expr(c, d));
                    format!("({a} {op} {b})")
                }
                2 => {
                    let op = ["and", "or"][self.pick(2)];
                    let (a, b) = (self.expr(Class::Bool, d), self.expr(Class::Bool, d));
                    format!("({a} {op} {b})")
                }
                3 => {
                    let a = self.expr(Class::Any, d);
                    format!("not {a}")
                }
                _ => {
                    let (a, b) = (self.expr(Class::Any, d), self.expr(Class::Any, d));
                    let op = ["==", "~="][self.pick(2)];
                    format!("({a} {op} {b})")
                }
            },
            Class::Any => {
                let c = [Class::Int, Class::Num, Class::Str, Class::Bool][self.pick(4)];
                if self.pick(4) == 0 {
                    // `and`/`or` return an operand, of either class.
                    let other = self.class();
                    let (a, b) = (self.expr(c, d), self.expr(other, d));
                    let op = ["and", "or"][self.pick(2)];
                    format!("({a} {op} {b})")
                } else {
                    self.expr(c, d + 1)
                }
            }
        }
    }
}

/// A literal operand (whose length is fixed).
fn is_literal(e: &str) -> bool {
    e.starts_with(['"', '\'', '['])
        || e.starts_with("string.rep(")
        || e.parse::<f64>().is_ok()
        || e.starts_with(|c: char| c.is_ascii_digit())
}

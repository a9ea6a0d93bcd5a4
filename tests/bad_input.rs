//! Bad input gets a clear error and nothing else: malformed sources (syntax errors, Lua's
//! words), constructs outside the subset (refused by name), and malformed bytecode (rejected
//! by the verifier, naming the function and ip). None of them may panic.

use strata::{Engine, Vm, VmConfig, VmError};

fn vm() -> Vm {
    Vm::new(VmConfig { engine: Engine::Interp, ..VmConfig::default() }.capture_output())
}

fn source_error(src: &str) -> String {
    match vm().run_source(src.as_bytes(), "bad.lua") {
        Err(VmError::Syntax(e)) => e.message,
        other => panic!("expected a syntax error for {src:?}, got {other:?}"),
    }
}

/// Malformed sources, each with the exact message `lua5.4` gives (checked by hand against
/// lua5.4; the corpus's `syntax_*` programs hold more, checked by the oracle).
#[test]
fn malformed_sources_give_lua_syntax_errors() {
    let cases: &[(&str, &str)] = &[
        ("if x then\nprint(1)\n", "bad.lua:3: 'end' expected (to close 'if' at line 1) near <eof>"),
        ("x = = 1", "bad.lua:1: unexpected symbol near '='"),
        ("local function (a) end", "bad.lua:1: <name> expected near '('"),
        ("function f x end", "bad.lua:1: '(' expected near 'x'"),
        ("end", "bad.lua:1: <eof> expected near 'end'"),
        ("x", "bad.lua:1: syntax error near <eof>"),
        ("1 + 2", "bad.lua:1: unexpected symbol near '1'"),
        ("f(", "bad.lua:1: unexpected symbol near <eof>"),
        ("local x <foo> = 1", "bad.lua:1: unknown attribute 'foo'"),
        ("x = (1", "bad.lua:1: ')' expected near <eof>"),
        ("return return", "bad.lua:1: unexpected symbol near 'return'"),
        ("print(\"a\" \"b\")", "bad.lua:1: ')' expected near '\"b\"'"),
        ("s:upper", "bad.lua:1: function arguments expected near <eof>"),
        ("x = 1 +", "bad.lua:1: unexpected symbol near <eof>"),
        ("local 5", "bad.lua:1: <name> expected near '5'"),
        ("for i = 1 do end", "bad.lua:1: ',' expected near 'do'"),
        ("for i do end", "bad.lua:1: '=' or 'in' expected near 'do'"),
        ("while true print(1) end", "bad.lua:1: 'do' expected near 'print'"),
        ("if x print(1) end", "bad.lua:1: 'then' expected near 'print'"),
        ("x = }", "bad.lua:1: unexpected symbol near '}'"),
        ("until x", "bad.lua:1: <eof> expected near 'until'"),
        ("else", "bad.lua:1: <eof> expected near 'else'"),
        ("print(1))", "bad.lua:1: unexpected symbol near ')'"),
        ("f() = 1", "bad.lua:1: syntax error near '='"),
        ("x = @", "bad.lua:1: unexpected symbol near '@'"),
        ("x = 3x", "bad.lua:1: malformed number near '3x'"),
        ("x = 0x", "bad.lua:1: malformed number near '0x'"),
        ("x = \"abc", "bad.lua:1: unfinished string near <eof>"),
        ("x = \"abc\ny\"", "bad.lua:1: unfinished string near '\"abc'"),
        ("x = \"a\\qb\"", "bad.lua:1: invalid escape sequence near '\"a\\q'"),
        ("x = [[abc", "bad.lua:1: unfinished long string (starting at line 1) near <eof>"),
        ("--[[ never closed", "bad.lua:1: unfinished long comment (starting at line 1) near <eof>"),
        ("x = \"\\300\"", "bad.lua:1: decimal escape too large near '\"\\300\"'"),
        ("print(\"never\")\nbreak", "bad.lua:2: break outside loop at line 2"),
        ("local a <const> = 1; a = 2", "bad.lua:1: attempt to assign to const variable 'a'"),
        ("repeat x = 1", "bad.lua:1: 'until' expected near <eof>"),
        ("local function f(a,) end", "bad.lua:1: <name> or '...' expected near ')'"),
    ];
    for (src, want) in cases {
        assert_eq!(&source_error(src), want, "source {src:?}");
    }
    assert!(cases.len() >= 30);
}

/// A syntax error anywhere wins over a refusal, as Lua would report it: constructs outside
/// the subset are parsed in full and refused only once the whole chunk has parsed.
#[test]
fn syntax_errors_take_precedence_over_refusals() {
    let cases: &[(&str, &str)] = &[
        ("local t = function() return 1, end", "bad.lua:1: unexpected symbol near 'end'"),
        ("goto = 1", "bad.lua:1: <name> expected near '='"),
        ("local t = {1, 2", "bad.lua:1: '}' expected near <eof>"),
        ("for k, v in pairs(t) do\nprint(k)", "bad.lua:2: 'end' expected (to close 'for' at line 1) near <eof>"),
        ("local t = {}\nx = = 1", "bad.lua:2: unexpected symbol near '='"),
        ("print(t.x.)", "bad.lua:1: <name> expected near ')'"),
        ("::a:: x", "bad.lua:1: syntax error near <eof>"),
        ("function a.b:c.d() end", "bad.lua:1: '(' expected near '.'"),
    ];
    for (src, want) in cases {
        assert_eq!(&source_error(src), want, "source {src:?}");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let src = format!("x = {}1{}", "(".repeat(100_000), ")".repeat(100_000));
    assert_eq!(source_error(&src), "C stack overflow");
    let src = format!("{}{}", "do ".repeat(100_000), "end ".repeat(100_000));
    assert_eq!(source_error(&src), "C stack overflow");
}

#[test]
fn constructs_outside_the_subset_are_refused_by_name() {
    let cases: &[(&str, &str)] = &[
        ("debug.sethook(print, 'l')", "'debug.sethook' is not supported yet"),
        ("print(debug.getlocal(1, 1))", "'debug.getlocal' is not supported yet"),
        ("print(debug.getupvalue(print, 1))", "'debug.getupvalue' is not supported yet"),
    ];
    for (src, want) in cases {
        let msg = source_error(src);
        assert!(msg.starts_with("bad.lua:1: ") && msg.ends_with(want), "source {src:?}: {msg}");
    }
}

/// `setmetatable` accepts every event of the manual (none is refused any more).
#[test]
fn setmetatable_accepts_every_event() {
    let mut vm = vm();
    vm.run_source(
        b"setmetatable({}, {__index = {}, __newindex = {}, __call = print, __tostring = tostring, __name = 'N'}) \
          setmetatable({}, {__add = print, __eq = print, __lt = print, __le = print, __len = print, __concat = print}) \
          setmetatable({}, {__gc = print, __mode = 'k', __metatable = 1, __pairs = next, __close = print}) print('ok')",
        "ok.lua",
    )
    .expect("runs");
    // (`print` is the finalizer: it runs when the program ends, with the table.)
    assert!(vm.take_output().starts_with(b"ok\ntable: 0x"));
}

/// A valid program to mutate: one function with a loop, a closure and a call.
const BASE: &str = r#"
.chunk "v.sbc"
.main 0
.const 0 str "print"
.function 0 "main" arity=0 locals=2 stack=3 typefb=1 callfb=1 line=0
    PushInt 1
    SetLocal 0
    GetGlobal 0
    GetLocal 0
    Call 1 0 0
    Pop
    Return0
.end
"#;

fn verify_text(text: &str) -> Result<(), String> {
    let program = strata::bytecode::text::parse(text).map_err(|e| format!("text: {e}"))?;
    strata::bytecode::verify::verify(&program).map(|_| ()).map_err(|e| e.to_string())
}

fn with_body(body: &str, header: &str) -> String {
    format!(".chunk \"v.sbc\"\n.main 0\n.const 0 str \"x\"\n.const 1 int 5\n{header}\n{body}\n.end\n")
}

const HEADER: &str = ".function 0 \"main\" arity=0 locals=6 stack=4 typefb=1 callfb=1 line=0";

#[test]
fn reads_inside_declared_slot_ranges_verify() {
    let text =
        with_body("PushInt 1\nSetLocal 0\nGetLocal 0\nPop\nGetLocal 0\nReturn1", &format!("{HEADER}\n.slot 0 0 22"));
    assert_eq!(verify_text(&text), Ok(()));
}

#[test]
fn base_program_verifies_and_runs() {
    assert_eq!(verify_text(BASE), Ok(()));
    let mut vm = vm();
    vm.run_bytecode_text(BASE).expect("runs");
    assert_eq!(vm.output(), b"1\n");
}

#[test]
fn malformed_bytecode_is_rejected_by_the_verifier() {
    let cases: Vec<(String, &str)> = vec![
        (with_body("Jump 1000\nReturn0", HEADER), "jump target 1000 is outside the function"),
        (with_body("Jump 2\nReturn0", HEADER), "in the middle of an instruction"),
        (with_body("PushInt 1\nJumpIfFalse 15\nPushInt 2\nReturn0", HEADER), "stack depths differ"),
        (with_body("Pop\nReturn0", HEADER), "stack underflow"),
        (with_body("PushInt 1\nAdd 0\nReturn0", HEADER), "stack underflow"),
        (with_body("GetLocal 6\nReturn1", HEADER), "local 6, out of range"),
        (with_body("PushConst 9\nReturn1", HEADER), "constant 9, out of range"),
        (with_body("GetGlobal 3\nReturn1", HEADER), "constant 3, out of range"),
        (with_body("GetGlobal 1\nReturn1", HEADER), "GetGlobal names constant 1, which is not a string"),
        (with_body("Closure 7\nReturn1", HEADER), "function 7, out of range"),
        (with_body("GetUpval 0\nReturn1", HEADER), "upvalue 0, out of range"),
        (with_body("PushInt 1\nPushInt 2\nAdd 3\nReturn1", HEADER), "type-feedback slot 3, out of range"),
        (with_body("PushNil\nCall 0 0 4\nReturn1", HEADER), "call-feedback slot 4, out of range"),
        (with_body("PushInt 1\nPop", HEADER), "falls off the end"),
        (with_body(".bytes 0xfe\nReturn0", HEADER), "unknown opcode"),
        (with_body("Return0\n.bytes 0x0a 0x01", HEADER), "past the end"),
        (BASE.replace(".main 0", ".main 5"), "main function #5 does not exist"),
        (with_body("Return0", ".function 0 \"main\" arity=9 locals=2 stack=4 typefb=1 callfb=1 line=0"), "arity 9 exceeds locals_count 2"),
        // Sizes the code cannot use (a bytecode mutant's typefb=3994225472 made the VM
        // allocate 16 GB and die).
        (with_body("Return0", ".function 0 \"main\" arity=0 locals=2 stack=4 typefb=3994225472 callfb=1 line=0"), "typefb 3994225472 is more than a body of 1 bytes can use (at most 1)"),
        (with_body("Return0", ".function 0 \"main\" arity=0 locals=2 stack=4 typefb=1 callfb=70000 line=0"), "callfb 70000 is more than"),
        (with_body("Return0", ".function 0 \"main\" arity=1 locals=900000000 stack=4 typefb=1 callfb=1 line=0"), "locals_count 900000000 is more than"),
        (with_body("Return0", ".function 0 \"main\" arity=0 locals=2 stack=4000000000 typefb=1 callfb=1 line=0"), "max_stack 4000000000 is more than the code can use (0)"),
        (with_body("PushInt 1\nPushInt 2\nPushInt 3\nPop\nPop\nPop\nReturn0", ".function 0 \"main\" arity=0 locals=2 stack=2 typefb=1 callfb=1 line=0"), "max_stack is 2 but the code needs 3"),
        (with_body("GetCell 0\nReturn1", HEADER), "uses local 0 as a Cell slot but it is Plain"),
        (with_body("PushInt 1\nNewCell 0\nGetLocal 0\nReturn1", HEADER), "uses local 0 as a Plain slot but it is Cell"),
        (with_body("PushInt 1\nPushInt 1\nPushInt 1\nForPrep 3 33\nForLoop 3 24\nReturn0", HEADER), "loop state needs locals 3..7"),
        (with_body("PushNil\nCall 0 8 0\nReturn1", HEADER), "unknown call flags"),
        // Declared slot ranges: a slot read after its range ends, or in a later range of the
        // same slot before it is written there (a collection may have cleared it).
        (
            with_body("PushInt 1\nSetLocal 0\nGetLocal 0\nPop\nGetLocal 0\nReturn1", &format!("{HEADER}\n.slot 0 0 16")),
            "GetLocal uses local 0 as a Plain slot but it is Mixed here",
        ),
        (
            with_body(
                "PushInt 1\nSetLocal 0\nGetLocal 0\nPop\nGetLocal 0\nReturn1",
                &format!("{HEADER}\n.slot 0 0 15\n.slot 0 16 22"),
            ),
            "GetLocal uses local 0 as a Plain slot but it is Mixed here",
        ),
        // Result packs: produced only for the next instruction, consumed only from the last.
        (with_body("PushNil\nCall 0 2 0\nReturn1", HEADER), "Call leaves a result pack the next instruction does not consume"),
        (with_body("PushNil\nPushNil\nCall 1 1 0\nReturn1", HEADER), "Call consumes a result pack no instruction just left"),
        (with_body("PushNil\nAdjustPack 1\nReturn1", HEADER), "AdjustPack consumes a result pack"),
        (with_body("PushNil\nTailCall 0 2 0", HEADER), "TailCall cannot keep a result count"),
        (with_body("VarArg\nAdjustPack 1\nReturn1", HEADER), "VarArg outside a vararg function"),
        (with_body("Return0", &format!("{HEADER} vararg")), "Return0 in a vararg function"),
        (with_body("PushNil\nCall 0 1 0\nReturn1", HEADER), "needs at least one argument"),
        (with_body("PushNil\nGetField 1\nReturn1", HEADER), "which is not a string"),
        (with_body("", HEADER), "empty function body"),
        (
            format!("{}.function 1 \"f\" arity=0 locals=1 stack=1 typefb=0 callfb=0 line=1\n.upval \"u\" local 0\n    GetUpval 0\n    Return1\n.end\n", with_body("Closure 1\nReturn1", HEADER)),
            "Closure uses local 0 as a Cell slot but it is Plain",
        ),
        (
            format!(
                "{}.function 1 \"f\" arity=0 locals=1 stack=1 typefb=0 callfb=0 line=1\n    Jump 0\n    Return0\n.end\n",
                with_body("Return0", &HEADER.replace("stack=4", "stack=0"))
            ),
            "jump target 0 is outside the function",
        ),
        (with_body("Return0", &HEADER.replace("stack=4", "stack=0")).replace(".main 0", ".main 0\n.function 1 \"g\" arity=0 locals=0 stack=0 typefb=0 callfb=0 line=0\n.upval \"u\" local 0\n    Return0\n.end").replace(".main 0", ".main 1"), "the main function can have no upvalue but its environment"),
    ];
    for (text, want) in &cases {
        match verify_text(text) {
            Ok(()) => panic!("verifier accepted a malformed program (wanted '{want}'):\n{text}"),
            Err(msg) => {
                assert!(msg.contains(want), "wanted '{want}', got '{msg}' for:\n{text}");
                assert!(msg.contains("invalid bytecode in function"), "not a verifier error: {msg}");
            }
        }
    }
    assert!(cases.len() >= 20);
}

#[test]
fn absurd_indices_in_bytecode_text_are_errors_not_allocations() {
    // A mutant's `.function 22239847712` made the text parser size its function table by it.
    let text = with_body("Return0", HEADER).replace(".function 0", ".function 22239847712");
    let msg = verify_text(&text).expect_err("an absurd function index");
    assert!(msg.contains("function index 22239847712 is beyond any function this text defines"), "{msg}");
}

#[test]
fn malformed_bytecode_through_the_vm_is_an_error_not_a_crash() {
    let text = with_body("GetLocal 6\nReturn1", HEADER);
    match vm().run_bytecode_text(&text) {
        Err(VmError::Verify(e)) => {
            assert_eq!(e.function, "main");
            assert!(e.ip.is_some());
        }
        other => panic!("expected a verify error, got {other:?}"),
    }
}

#[test]
fn cli_exit_codes() {
    let exe = env!("CARGO_BIN_EXE_strata");
    let dir = std::env::temp_dir().join(format!("strata-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let write = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).expect("write");
        p
    };
    let run = |args: &[&str]| std::process::Command::new(exe).args(args).output().expect("runs");
    let ok = write("ok.lua", "print(1 + 1)");
    let out = run(&["run", "--engine", "interp", ok.to_str().unwrap()]);
    assert_eq!((out.status.code(), out.stdout.as_slice()), (Some(0), &b"2\n"[..]));
    let syntax = write("syntax.lua", "print('x')\nx = = 1");
    let out = run(&["run", syntax.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "nothing runs before a syntax error");
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("strata: "));
    let runtime = write("rt.lua", "print('before')\nlocal t\nprint(t + 1)");
    let out = run(&["run", runtime.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(out.stdout, b"before\n");
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("rt.lua:3: attempt to perform arithmetic on a nil value (local 't')")
    );
    let out = run(&["run", "--engine", "bogus", ok.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let bad_sbc = write("bad.sbc", &with_body("Pop\nReturn0", HEADER));
    let out = run(&["run", bad_sbc.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("stack underflow"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Left-associative chains nest the AST as deep as they are long and Lua accepts any length:
/// they must compile in linear time and without exhausting the stack.
#[test]
fn long_operator_chains_compile_and_run() {
    let src = format!("local a = 1\nprint(a{})\nprint(true{})", " + a".repeat(100_000), " and a".repeat(100_000));
    let mut vm = vm();
    vm.run_source(src.as_bytes(), "chain.lua").expect("runs");
    assert_eq!(vm.output(), b"100001\n1\n");
}

/// A string larger than memory allows is Lua's `not enough memory` (no position, no
/// traceback, exit 1), in every engine and from the string library too; never an abort. The
/// process runs under `ulimit -v` so the limit is the same on every machine.
/// Millions of small objects (closures, their cells, table slots) up to the memory limit:
/// the collection that runs when memory is short must not need memory itself, and the error
/// is Lua's, caught by `pcall`; the program then goes on.
#[test]
fn running_out_of_memory_with_small_objects_is_caught() {
    let exe = env!("CARGO_BIN_EXE_strata");
    let dir = std::env::temp_dir().join(format!("strata-oom-small-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("closures.lua");
    let src = "local t = {}\n\
               local ok, err = pcall(function()\n\
                 local i = 0\n\
                 while true do i = i + 1; local x = i; t[i] = function() return x end end\n\
               end)\n\
               print(ok, err)\n\
               t = nil\n\
               collectgarbage()\n\
               print('after', collectgarbage('count') < 1024)\n";
    std::fs::write(&path, src).expect("write");
    for engine in Engine::ALL.into_iter().filter(|e| e.available()) {
        let out = std::process::Command::new("sh")
            .args(["-c", "ulimit -v 400000 && exec \"$0\" run --engine \"$1\" \"$2\""])
            .args([exe, engine.name(), path.to_str().unwrap()])
            .output()
            .expect("runs");
        let what = engine.name();
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{what}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "false\tnot enough memory\nafter\ttrue\n", "{what}");
        assert_eq!(out.status.code(), Some(0), "{what}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn running_out_of_memory_is_a_lua_error() {
    let exe = env!("CARGO_BIN_EXE_strata");
    let dir = std::env::temp_dir().join(format!("strata-oom-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let programs = [
        // Doubling without a collector reaches any limit in a few steps.
        ("concat.lua", "local s = string.rep('ab', 2^20)\nprint(#s)\nwhile true do s = s .. s end"),
        ("concat_num.lua", "local s = string.rep('ab', 2^20)\nprint(#s)\nwhile true do s = 1.5 .. s .. s .. 7 end"),
        ("rep.lua", "print(#string.rep('ab', 10))\nprint(#string.rep('x', 2^31 - 1))"),
        ("upper.lua", "local s = string.rep('ab', 2^28)\nprint(#s)\nwhile true do s = s:upper() end"),
        ("format.lua", "local s = ('ab'):rep(2^20)\nprint(#s)\nwhile true do s = string.format('%s%s', s, s) end"),
        ("quote.lua", "local s = ('ab'):rep(2^20)\nprint(#s)\nwhile true do s = string.format('%q', s) end"),
    ];
    for (name, src) in programs {
        let path = dir.join(name);
        std::fs::write(&path, src).expect("write");
        for engine in Engine::ALL.into_iter().filter(|e| e.available()) {
            let out = std::process::Command::new("sh")
                .args(["-c", "ulimit -v 1500000 && exec \"$0\" run --jit-eager --engine \"$1\" \"$2\""])
                .args([exe, engine.name(), path.to_str().unwrap()])
                .output()
                .expect("runs");
            let what = format!("{name} in {}", engine.name());
            assert_eq!(String::from_utf8_lossy(&out.stderr), "strata: not enough memory\n", "{what}");
            assert_eq!(out.status.code(), Some(1), "{what}");
            assert!(matches!(&out.stdout[..], b"2097152\n" | b"20\n" | b"536870912\n"), "{what}: {:?}", out.stdout);
        }
    }
    // Printing strings that together exceed the limit works: they are written, not copied.
    let path = dir.join("print.lua");
    std::fs::write(&path, "local s = string.rep(string.rep('x', 1024), 2^18)\nprint(s, s, s, s, s, s)").expect("write");
    let out = std::process::Command::new("sh")
        .args(["-c", "ulimit -v 1500000 && \"$0\" run --engine interp \"$1\" | wc -c"])
        .args([exe, path.to_str().unwrap()])
        .output()
        .expect("runs");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), (6 * (1u64 << 28) + 6).to_string());
    let _ = std::fs::remove_dir_all(&dir);
}

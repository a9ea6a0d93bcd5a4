//! `strata [options] [script [args]]`: the command line of `lua`, end to end through the
//! binary (standard input piped, so the prompt reads it as lines).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// A scratch directory holding `files` (name, contents).
fn scratch(tag: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("strata-cli-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

/// Runs `strata args...` in `dir` with `stdin` piped in and the Lua environment variables
/// cleared (plus `env`).
fn strata(dir: &PathBuf, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_strata"));
    cmd.current_dir(dir).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for v in ["LUA_INIT", "LUA_INIT_5_4", "LUA_PATH", "LUA_PATH_5_4"] {
        cmd.env_remove(v);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn script_arguments_and_the_arg_table() {
    let dir = scratch("args", &[("a.lua", "print(...) print(arg[-2], arg[-1], arg[0], arg[1], arg[2], #arg)")]);
    let o = strata(&dir, &["-e", "x=1", "a.lua", "p", "q"], "", &[]);
    assert_eq!(out(&o), "p\tq\n-e\tx=1\ta.lua\tp\tq\t2\n");
    assert!(o.status.success());
    // Without a script, arg[0] is the interpreter and the options follow it.
    let o = strata(&dir, &["-e", "print(arg[0], arg[1], arg[2], #arg)"], "", &[]);
    assert_eq!(out(&o), "strata\t-e\tprint(arg[0], arg[1], arg[2], #arg)\t2\n");
    // `--` ends the options; `-` runs standard input with the arguments after it.
    let o = strata(&dir, &["--", "a.lua", "z"], "", &[]);
    assert_eq!(out(&o), "z\nstrata\t--\ta.lua\tz\tnil\t1\n");
    let o = strata(&dir, &["-", "a", "b"], "print('stdin', ...)", &[]);
    assert_eq!(out(&o), "stdin\ta\tb\n");
}

#[test]
fn standard_input_runs_when_it_is_not_a_terminal() {
    let dir = scratch("stdin", &[]);
    let o = strata(&dir, &[], "print(1 + 1)", &[]);
    assert_eq!(out(&o), "2\n");
}

#[test]
fn execute_require_warnings_version() {
    let dir = scratch("opts", &[("m1.lua", "return {name = 'm1'}")]);
    let o = strata(&dir, &["-l", "m1", "-e", "print(m1.name)"], "", &[]);
    assert_eq!(out(&o), "m1\n", "{}", err(&o));
    let o = strata(&dir, &["-l", "g=m1", "-e", "print(g.name, m1)"], "", &[]);
    assert_eq!(out(&o), "m1\tnil\n");
    let o = strata(&dir, &["-W", "-e", "warn('hi')"], "", &[]);
    assert_eq!(err(&o), "Lua warning: hi\n");
    let o = strata(&dir, &["-v"], "", &[]);
    assert!(out(&o).starts_with("strata ") && out(&o).contains("Lua 5.4"), "{}", out(&o));
    // Glued option values, as `lua` accepts them.
    let o = strata(&dir, &["-eprint(7)"], "", &[]);
    assert_eq!(out(&o), "7\n");
}

#[test]
fn lua_init_and_dash_e_ignoring_it() {
    let dir = scratch("init", &[("init.lua", "print('from file')")]);
    let o = strata(&dir, &["-e", "print(2)"], "", &[("LUA_INIT", "print('init')")]);
    assert_eq!(out(&o), "init\n2\n");
    let o = strata(&dir, &["-E", "-e", "print(2)"], "", &[("LUA_INIT", "print('init')")]);
    assert_eq!(out(&o), "2\n");
    let o = strata(&dir, &["-e", "print(2)"], "", &[("LUA_INIT_5_4", "@init.lua"), ("LUA_INIT", "print('no')")]);
    assert_eq!(out(&o), "from file\n2\n");
}

#[test]
fn errors_and_exit_codes() {
    let dir = scratch("errors", &[("bad.lua", "print('before')\nerror('boom')"), ("exit.lua", "os.exit(7)")]);
    let o = strata(&dir, &["bad.lua"], "", &[]);
    assert_eq!(out(&o), "before\n");
    assert_eq!(
        err(&o),
        "strata: bad.lua:2: boom\nstack traceback:\n\t[C]: in function 'error'\n\tbad.lua:2: in main chunk\n\t[C]: in ?\n"
    );
    assert_eq!(o.status.code(), Some(1));
    let o = strata(&dir, &["exit.lua"], "", &[]);
    assert_eq!(o.status.code(), Some(7));
    let o = strata(&dir, &["nofile.lua"], "", &[]);
    assert_eq!(err(&o), "strata: cannot open nofile.lua: No such file or directory\n");
    assert_eq!(o.status.code(), Some(1));
    let o = strata(&dir, &["-e", "x ="], "", &[]);
    assert_eq!(err(&o), "strata: (command line):1: unexpected symbol near <eof>\n");
    let o = strata(&dir, &["-x"], "", &[]);
    assert!(err(&o).starts_with("strata: unrecognized option '-x'\nusage: strata [options] [script [args]]\n"));
    assert_eq!(o.status.code(), Some(1));
    let o = strata(&dir, &["-e"], "", &[]);
    assert!(err(&o).starts_with("strata: '-e' needs argument\n"));
    let o = strata(&dir, &["-l"], "", &[]);
    assert!(err(&o).starts_with("strata: '-l' needs argument\n"));
}

#[test]
fn engine_flags_before_the_script() {
    let dir = scratch("engine", &[("f.lua", "local s = 0 for i = 1, 1000 do s = s + i end print(s)")]);
    for engine in ["interp", "tiered"] {
        let o = strata(&dir, &["--engine", engine, "--jit-eager", "f.lua"], "", &[]);
        assert_eq!(out(&o), "500500\n", "{engine}: {}", err(&o));
    }
    let o = strata(&dir, &["--engine", "nope", "f.lua"], "", &[]);
    assert_eq!(o.status.code(), Some(2));
    // The subcommand keeps working.
    let o = strata(&dir, &["run", "--engine", "interp", "f.lua"], "", &[]);
    assert_eq!(out(&o), "500500\n");
}

#[test]
fn shebang_line_and_byte_order_mark() {
    let dir = scratch(
        "shebang",
        &[("s.lua", "#!/usr/bin/env lua\nprint(debug.getinfo(1).currentline)"), ("b.lua", "\u{feff}print('bom')")],
    );
    assert_eq!(out(&strata(&dir, &["s.lua"], "", &[])), "2\n");
    assert_eq!(out(&strata(&dir, &["b.lua"], "", &[])), "bom\n");
}

#[test]
fn the_prompt_prints_values_and_survives_errors() {
    let dir = scratch("prompt", &[]);
    let input = "x = 5\nx\n1, 'two'\nfunction f()\nreturn 3 end\nf()\nerror('e')\nx + 1\n";
    let o = strata(&dir, &["-i"], input, &[]);
    assert_eq!(out(&o).lines().skip(1).collect::<Vec<_>>(), ["5", "1\ttwo", "3", "6"], "{}", err(&o));
    assert!(err(&o).starts_with("strata: stdin:1: e\nstack traceback:\n"), "{}", err(&o));
    assert!(o.status.success());
    // A script first, then the prompt in its globals.
    let dir = scratch("prompt2", &[("g.lua", "g = 41")]);
    let o = strata(&dir, &["-i", "g.lua"], "g + 1\n", &[]);
    assert_eq!(out(&o).lines().last(), Some("42"));
}

#[test]
fn ctrl_c_stops_the_running_chunk_as_lua_does() {
    // `lua`'s message and traceback, in every engine: the running function's caller's
    // position, what was printed before kept, exit code 1.
    let dir = scratch(
        "sigint",
        &[("spin.lua", "local function f() local x = 0 while true do x = x + 1 end end\nprint('hi')\nf()\n")],
    );
    for engine in ["interp", "dynasm", "cranelift", "tiered"] {
        let child = Command::new(env!("CARGO_BIN_EXE_strata"))
            .current_dir(&dir)
            .args(["--engine", engine, "spin.lua"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(500));
        // SAFETY: a plain kill(2) of our own child.
        unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
        let o = child.wait_with_output().unwrap();
        assert_eq!(out(&o), "hi\n", "{engine}");
        assert_eq!(
            err(&o),
            "strata: spin.lua:3: interrupted!\nstack traceback:\n\tspin.lua:1: in local 'f'\n\tspin.lua:3: in main chunk\n\t[C]: in ?\n",
            "{engine}"
        );
        assert_eq!(o.status.code(), Some(1), "{engine}");
    }
}

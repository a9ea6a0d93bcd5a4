//! `strata bench` end to end on tiny programs directories (fast: one run, no warmup).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh scratch directory with `programs/` holding `files` (name, contents).
fn scratch(tag: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("strata-bench-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn bench(dir: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_strata"))
        .arg("bench")
        .args(["--runs", "1", "--warmup", "0", "--programs-dir"])
        .arg(dir.join("programs"))
        .arg("--out")
        .arg(dir.join("out"))
        .args(extra)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn writes_json_markdown_and_chart() {
    let dir = scratch(
        "ok",
        &[
            ("programs/two.lua", "print(1+1)\n"),
            ("programs/three.lua", "print(1+2)\n"),
            ("cold/hi.lua", "print('hi')\n"),
        ],
    );
    let out = bench(&dir, &["--no-peers", "--engine", "interp", "--cold-runs", "1", "tw"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let md = std::fs::read_to_string(dir.join("out/bench.md")).unwrap();
    assert!(md.contains("| program | interp |"), "{md}");
    assert!(md.contains("| two | "), "{md}");
    assert!(!md.contains("| three | "), "the filter picks `two` only: {md}");
    assert!(md.contains("| hi | "), "cold start table: {md}");
    assert_eq!(text(&out.stdout), md, "the Markdown is printed");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("out/bench.json")).unwrap()).unwrap();
    assert_eq!(json["baseline"], "interp");
    assert_eq!(json["programs"][0]["name"], "two");
    assert_eq!(json["programs"][0]["results"][0]["times_s"].as_array().unwrap().len(), 1);
    assert_eq!(json["disagreements"].as_array().unwrap().len(), 0);
    let svg = std::fs::read_to_string(dir.join("out/bench.svg")).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("two"), "{svg}");
    assert!(text(&out.stderr).contains("[run 1/1] two  interp"), "{}", text(&out.stderr));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_failing_runner_is_reported() {
    // The program raises an error: strata exits with status 1.
    let dir = scratch("fail", &[("programs/boom.lua", "print(1)\nerror('boom')\n")]);
    let out = bench(&dir, &["--no-peers", "--engine", "interp", "--no-cold-start"]);
    assert_eq!(out.status.code(), Some(1), "stderr: {}", text(&out.stderr));
    assert!(text(&out.stderr).contains("FAILED: race boom with interp: exit status 1"), "{}", text(&out.stderr));
    let md = std::fs::read_to_string(dir.join("out/bench.md")).unwrap();
    assert!(md.contains("| boom | FAIL |"), "{md}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_disagreeing_peer_is_reported() {
    // A peer port that prints something else; needs node or luajit.
    let installed = |cmd: &str, arg: &str| Command::new(cmd).arg(arg).output().is_ok_and(|o| o.status.success());
    let (peer, port, body) = if installed("node", "--version") {
        ("node", "peers/two.js", "console.log(3)\n")
    } else if installed("luajit", "-v") {
        ("luajit", "peers/two.luajit.lua", "print(3)\n")
    } else {
        eprintln!("neither node nor luajit is installed: skipped");
        return;
    };
    let dir = scratch("differ", &[("programs/two.lua", "print(1+1)\n"), (port, body)]);
    let out = bench(&dir, &["--peers", peer, "--engine", "interp", "--no-cold-start"]);
    assert_eq!(out.status.code(), Some(1), "stderr: {}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains(&format!("OUTPUT DIFFERS: race two with {peer} (reference interp)")), "{stderr}");
    let md = std::fs::read_to_string(dir.join("out/bench.md")).unwrap();
    assert!(md.contains("**DIFF**"), "{md}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("out/bench.json")).unwrap()).unwrap();
    assert_eq!(json["disagreements"][0]["runner"], peer);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_input_is_a_usage_error() {
    let dir = scratch("usage", &[("programs/two.lua", "print(2)\n")]);
    for (args, message) in [
        (&["--no-peers", "--program", "nope"][..], "no program 'nope'"),
        (&["--no-peers", "--engine", "jet"][..], "unknown engine 'jet'"),
        (&["--peers", "python"][..], "unknown peer 'python'"),
        (&["--no-peers", "--cold-dir", "/nonexistent/cold"][..], "cold-start directory"),
    ] {
        let out = bench(&dir, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains(message), "{args:?}: {}", text(&out.stderr));
    }
    let missing = Command::new(env!("CARGO_BIN_EXE_strata"))
        .args(["bench", "--no-peers", "--programs-dir"])
        .arg(dir.join("nope"))
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("does not exist"), "{}", text(&missing.stderr));
    let _ = std::fs::remove_dir_all(&dir);
}

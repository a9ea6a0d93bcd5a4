//! The whole standard-error text of programs that end with an error: the message and the
//! `stack traceback:` in Lua's format, in every engine, against what `lua5.4` prints (stored
//! beside each program in `conformance/tracebacks/NAME.stderr`, after its program-name
//! prefix). When `lua5.4` is installed the stored text is checked against it too.

use std::path::{Path, PathBuf};
use std::process::Command;

use strata::Engine;

fn programs(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("conformance/tracebacks exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "lua"))
        .collect();
    v.sort();
    v
}

/// Standard error of `cmd` run in `dir` on `file`, without the program-name prefix.
fn stderr_of(cmd: &mut Command, prefix: &str) -> String {
    let out = cmd.output().expect("runs");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    err.strip_prefix(prefix).map(str::to_string).unwrap_or(err)
}

#[test]
fn uncaught_errors_print_luas_traceback_in_every_engine() {
    let exe = env!("CARGO_BIN_EXE_strata");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance/tracebacks");
    let have_lua = Command::new("lua5.4").arg("-v").output().is_ok_and(|o| o.status.success());
    let mut failures = Vec::new();
    let progs = programs(&dir);
    assert!(progs.len() >= 20, "the traceback corpus is there");
    for path in progs {
        let file = path.file_name().expect("a file").to_string_lossy().into_owned();
        let want = std::fs::read_to_string(path.with_extension("stderr")).expect("an expectation beside each program");
        if have_lua {
            let oracle = stderr_of(Command::new("lua5.4").arg(&file).current_dir(&dir), "lua5.4: ");
            if oracle != want {
                failures.push(format!("{file}: the stored expectation is not what lua5.4 prints:\n{oracle}"));
            }
        }
        for engine in Engine::ALL.into_iter().filter(|e| e.available()) {
            for eager in [false, true] {
                if eager && engine == Engine::Interp {
                    continue;
                }
                let mut cmd = Command::new(exe);
                cmd.args(["run", "--engine", engine.name()]);
                if eager {
                    cmd.arg("--jit-eager");
                }
                let got = stderr_of(cmd.arg(&file).current_dir(&dir), "strata: ");
                if got != want {
                    failures.push(format!(
                        "{file} in {}{}:\n--- want\n{want}--- got\n{got}",
                        engine.name(),
                        if eager { " --jit-eager" } else { "" }
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

//! The conformance corpus runner: one trial per program × engine mode, compared with the
//! program's stored expectation (stdout byte for byte, exit code, error message core).
//!
//! - Expectations live beside each program as `NAME.expected`:
//!   ```text
//!   exit: 1
//!   error: NAME.lua:3: attempt to perform arithmetic on a nil value (local 't')
//!   <stdout, verbatim, to the end of the file>
//!   ```
//! - `oracle::NAME` trials check each expectation against what `lua5.4` prints today (run
//!   from the programs folder, so chunk names match). Without `lua5.4` they are ignored,
//!   unless `STRATA_REQUIRE_ORACLE=1` (set by CI), which makes a missing `lua5.4` a failure.
//! - Seven modes run every program (`common::FULL_MODES`); the other stress modes run a fixed
//!   sample (`common::in_sample`: the JIT-focused prefixes and a fifth of the rest, drawn per
//!   mode), unless `STRATA_ALL_MODES=1`.
//! - `STRATA_BLESS=1` rewrites expectations from the reference interpreter (then the oracle
//!   trials tell whether the interpreter still agrees with `lua5.4`).

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use strata::{Engine, VmConfig};

mod common;
use common::{FULL_MODES, Outcome, describe_mismatch, in_sample, lua_available, modes, run_lua, run_strata};

struct Program {
    name: String,
    lua: PathBuf,
    expected: PathBuf,
}

fn corpus(dir: &Path) -> Vec<Program> {
    let mut v: Vec<Program> = std::fs::read_dir(dir)
        .expect("conformance/programs exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "lua"))
        .map(|lua| Program {
            name: lua.file_stem().expect("a name").to_string_lossy().into_owned(),
            expected: lua.with_extension("expected"),
            lua,
        })
        .collect();
    v.sort_by(|a, b| a.name.cmp(&b.name));
    v
}

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance/programs");
    let programs = corpus(&dir);
    // Programs run from their own folder, as the oracle runs `lua5.4`: `require`,
    // `loadfile` and `dofile` find the modules beside them (`modules/`).
    std::env::set_current_dir(&dir).expect("conformance/programs is a folder");
    let bless = std::env::var_os("STRATA_BLESS").is_some_and(|v| v == "1");
    let require_oracle = std::env::var_os("STRATA_REQUIRE_ORACLE").is_some_and(|v| v == "1");
    let have_lua = lua_available();
    let mut trials = Vec::new();

    if bless {
        let reference = VmConfig { engine: Engine::Interp, ..VmConfig::default().capture_output() };
        for p in &programs {
            let src = std::fs::read(&p.lua).expect("readable program");
            let out = run_strata(&reference, &src, &format!("{}.lua", p.name));
            std::fs::write(&p.expected, out.render()).expect("writable expectation");
        }
    }

    // `STRATA_ALL_MODES=1` runs every program in every mode (the stress modes otherwise run a
    // fixed sample: see `common::FULL_MODES`).
    let all_modes = std::env::var_os("STRATA_ALL_MODES").is_some_and(|v| v == "1");
    for mode in modes() {
        let full = all_modes || FULL_MODES.contains(&mode.name);
        for p in programs.iter().filter(|p| full || in_sample(&p.name, mode.name)) {
            let (lua, expected, name, config) =
                (p.lua.clone(), p.expected.clone(), p.name.clone(), mode.config.clone());
            trials.push(Trial::test(format!("{}::{}", mode.name, p.name), move || {
                let src = std::fs::read(&lua).map_err(|e| Failed::from(format!("{}: {e}", lua.display())))?;
                let text =
                    std::fs::read(&expected).map_err(|e| Failed::from(format!("{}: {e}", expected.display())))?;
                let want = Outcome::parse(&text).map_err(Failed::from)?;
                let got = run_strata(&config, &src, &format!("{name}.lua"));
                if got == want { Ok(()) } else { Err(describe_mismatch(&want, &got).into()) }
            }));
        }
    }

    for p in &programs {
        let (expected, dir, file) = (p.expected.clone(), dir.clone(), format!("{}.lua", p.name));
        let trial = Trial::test(format!("oracle::{}", p.name), move || {
            if !have_lua {
                return Err("lua5.4 is not installed (STRATA_REQUIRE_ORACLE=1)".into());
            }
            let text = std::fs::read(&expected).map_err(|e| Failed::from(e.to_string()))?;
            let want = Outcome::parse(&text).map_err(Failed::from)?;
            let got = run_lua(&dir, &file).map_err(Failed::from)?;
            if got == want {
                Ok(())
            } else {
                Err(format!("the stored expectation differs from lua5.4:\n{}", describe_mismatch(&want, &got)).into())
            }
        });
        trials.push(trial.with_ignored_flag(!have_lua && !require_oracle));
    }

    libtest_mimic::run(&args, trials).exit();
}

//! What the criterion benches share: their programs and the `STRATA_BENCH_PROGRAMS` filter.
//! (A directory module, so cargo does not take it for a bench target.)

use std::path::{Path, PathBuf};

/// The `.lua` files of `dir` (relative to the crate), sorted.
pub fn lua_files(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
        .expect("program directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "lua"))
        .collect();
    paths.sort();
    paths
}

/// A program's name: its file name without `.lua`.
pub fn name_of(path: &Path) -> String {
    path.file_stem().expect("file name").to_string_lossy().into_owned()
}

/// The names listed in `STRATA_BENCH_PROGRAMS` (each checked against `known`), or `None`
/// for all.
pub fn selection<S: AsRef<str>>(known: &[S]) -> Option<Vec<String>> {
    let list = std::env::var("STRATA_BENCH_PROGRAMS").ok().filter(|v| !v.trim().is_empty())?;
    let wanted: Vec<String> = list.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
    let known: Vec<&str> = known.iter().map(AsRef::as_ref).collect();
    for name in &wanted {
        assert!(
            known.contains(&name.as_str()),
            "STRATA_BENCH_PROGRAMS: no program {name:?} (known: {})",
            known.join(",")
        );
    }
    Some(wanted)
}

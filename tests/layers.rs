//! The module layering (README, "Layout"): each module imports only the layers below it (or
//! its own), so the interpreter never reaches the JIT, backends never reach the interpreter,
//! the driver or the glue, and nothing below the library API reaches up into it.
//!
//! ```text
//!   L6  vm, api (the embedding API), main, bench
//!   L5  jit::driver, jit::glue
//!   L4  backends
//!   L3  interp  |  jit core (everything else under jit)
//!   L2  state
//!   L1  bytecode, lang
//!   L0  runtime
//! ```
//!
//! The check reads every source file, takes each `crate::a::b` path outside `#[cfg(test)]`
//! modules (tests sit above every layer) and compares the layers of the two modules.

use std::path::{Path, PathBuf};

/// A module's place: its layer, and a group for modules of one layer that must not import
/// each other (the interpreter and the JIT core share layer 3 but never meet).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Place {
    layer: u8,
    group: &'static str,
}

/// The place of a module path such as `jit::plan` or `runtime::value` (`None`: the crate
/// root's own files, which only declare modules).
fn place(path: &[&str]) -> Option<Place> {
    let p = |layer, group| Some(Place { layer, group });
    match path {
        ["runtime", ..] => p(0, "runtime"),
        ["bytecode", ..] | ["lang", ..] => p(1, "front"),
        ["state", ..] => p(2, "state"),
        ["interp", ..] => p(3, "interp"),
        ["jit", "driver", ..] | ["jit", "glue", ..] => p(5, "driver"),
        ["jit", ..] => p(3, "jit"),
        ["backends", ..] => p(4, "backends"),
        ["vm", ..] | ["api", ..] | ["main", ..] | ["bench", ..] => p(6, "api"),
        _ => None,
    }
}

/// The module path of a source file: `src/jit/plan.rs` is `jit::plan`, `backends/dynasm/x64/mod.rs`
/// is `backends::dynasm::x64`.
fn module_of(root: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(root).expect("under the root");
    let mut parts: Vec<String> = rel.with_extension("").iter().map(|c| c.to_string_lossy().into_owned()).collect();
    if parts.first().is_some_and(|p| p == "src") {
        parts.remove(0);
    }
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The file's text without its `#[cfg(test)]` modules and comments.
fn code_of(text: &str) -> String {
    let mut out = String::new();
    let mut skip_depth: Option<i32> = None;
    let mut depth = 0i32;
    let mut pending_test = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") {
            continue;
        }
        if trimmed.starts_with("#[cfg(test)]") {
            pending_test = true;
            continue;
        }
        let opens = line.matches('{').count() as i32;
        let closes = line.matches('}').count() as i32;
        if pending_test && skip_depth.is_none() {
            pending_test = false;
            if trimmed.starts_with("mod ") || trimmed.starts_with("pub mod ") || trimmed.starts_with("pub(crate) mod ")
            {
                skip_depth = Some(depth);
            }
        }
        depth += opens - closes;
        match skip_depth {
            Some(d) => {
                if depth <= d {
                    skip_depth = None;
                }
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// Every `crate::a::b` path in `code` (a `use crate::x::{..}` group counts as `crate::x`).
fn crate_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let before = rest[..i].chars().last();
        rest = &rest[i + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let path: Vec<String> = rest
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .next()
            .unwrap_or("")
            .split("::")
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if !path.is_empty() {
            out.push(path);
        }
    }
    out
}

/// Why `from` may not import `to`, if it may not.
fn violation(from: Place, to: Place) -> Option<&'static str> {
    if to.layer > from.layer {
        return Some("imports a higher layer");
    }
    if to.layer == from.layer && to.group != from.group && from.layer == 3 {
        return Some("the interpreter and the JIT core never import each other");
    }
    if from.group == "backends" && to.group == "interp" {
        return Some("backends reach the interpreter only through the ABI and the helper table");
    }
    None
}

#[test]
fn modules_import_only_lower_layers() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("backends"), &mut files);
    files.sort();
    let mut problems = Vec::new();
    let mut checked = 0;
    for file in &files {
        let module = module_of(&root, file);
        let names: Vec<&str> = module.iter().map(String::as_str).collect();
        let Some(from) = place(&names) else { continue };
        let text = std::fs::read_to_string(file).expect("readable");
        for path in crate_paths(&code_of(&text)) {
            let names: Vec<&str> = path.iter().map(String::as_str).collect();
            let Some(to) = place(&names) else { continue };
            checked += 1;
            if let Some(why) = violation(from, to) {
                problems.push(format!(
                    "{}: crate::{} ({why})",
                    file.strip_prefix(&root).unwrap().display(),
                    path.join("::")
                ));
            }
        }
    }
    assert!(checked > 150, "the check saw only {checked} imports: is it reading the sources?");
    assert!(problems.is_empty(), "layering violations:\n{}", problems.join("\n"));
}

#[test]
fn the_check_catches_violations() {
    let interp = place(&["interp"]).unwrap();
    let jit = place(&["jit", "plan"]).unwrap();
    let glue = place(&["jit", "glue", "helpers"]).unwrap();
    let backend = place(&["backends", "dynasm", "x64"]).unwrap();
    let runtime = place(&["runtime", "value"]).unwrap();
    assert!(violation(interp, jit).is_some());
    assert!(violation(jit, interp).is_some());
    assert!(violation(backend, glue).is_some());
    assert!(violation(backend, interp).is_some());
    assert!(violation(runtime, place(&["state"]).unwrap()).is_some());
    assert!(violation(glue, interp).is_none());
    assert!(violation(backend, jit).is_none());
    let code = code_of(
        "use crate::jit::plan::Plan;\n#[cfg(test)]\nmod tests {\n    use crate::interp::x;\n}\nfn f() { crate::state::abi::x() }\n",
    );
    let paths = crate_paths(&code);
    assert_eq!(paths, vec![vec!["jit", "plan", "Plan"], vec!["state", "abi", "x"]]);
}

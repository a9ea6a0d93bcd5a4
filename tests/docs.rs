//! The README's generated parts stay equal to what generates them.

#[test]
fn readme_tunables_table_matches_the_tunables() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let table = strata::jit::tunables::markdown_table();
    assert!(readme.contains(&table), "README's tunables table differs from jit::tunables; it should read:\n{table}");
}

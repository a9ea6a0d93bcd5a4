//! The race's results: `bench.json` (serde) and `bench.md`.

use std::fmt::Write;

use serde::Serialize;

use super::machine::{Machine, StrataInfo};
use super::stats::Disagreement;

#[derive(Debug, Serialize)]
pub struct Report {
    pub date: String,
    pub machine: Machine,
    pub strata: StrataInfo,
    pub settings: Settings,
    /// The runner every ratio is relative to: `lua5.4`, else `interp` (else the first runner).
    pub baseline: Option<String>,
    pub runners: Vec<String>,
    pub peers: Vec<PeerInfo>,
    pub programs: Vec<ProgramResult>,
    /// Per runner, the geometric mean over programs of the speedup over the baseline.
    pub geomean: Vec<Geomean>,
    pub cold_start: Option<ColdStart>,
    pub disagreements: Vec<Disagreement>,
    pub failures: Vec<Failure>,
    pub notes: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Settings {
    pub runs: usize,
    pub warmup: usize,
    pub programs_dir: String,
    pub peers_dir: String,
}

#[derive(Debug, Serialize)]
pub struct PeerInfo {
    pub name: String,
    pub available: bool,
    pub version: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ProgramResult {
    pub name: String,
    pub file: String,
    pub results: Vec<RunnerResult>,
}

#[derive(Debug, Serialize)]
pub struct RunnerResult {
    pub runner: String,
    /// `ok`, `disagrees` (output differs from the reference's), `failed` or `skipped`.
    pub status: &'static str,
    pub command: Option<Vec<String>>,
    pub note: Option<String>,
    /// Wall-clock seconds of each timed run (process start to exit).
    pub times_s: Vec<f64>,
    pub median_s: Option<f64>,
    pub min_s: Option<f64>,
    pub max_s: Option<f64>,
    /// This runner's median time divided by the baseline's (below 1 is faster).
    pub time_ratio_vs_baseline: Option<f64>,
    /// The baseline's median time divided by this runner's (above 1 is faster).
    pub speedup_vs_baseline: Option<f64>,
    /// The largest peak resident set size of the timed runs, in KiB.
    pub peak_rss_kb: Option<u64>,
}

#[derive(Debug, Serialize)]
pub struct Geomean {
    pub runner: String,
    pub speedup_vs_baseline: Option<f64>,
    pub programs: usize,
}

#[derive(Debug, Serialize)]
pub struct ColdStart {
    pub runs: usize,
    pub dir: String,
    pub programs: Vec<ProgramResult>,
}

#[derive(Debug, Serialize)]
pub struct Failure {
    pub suite: String,
    pub program: String,
    pub runner: String,
    pub message: String,
}

pub fn format_speedup(x: f64) -> String {
    if x >= 10.0 { format!("{x:.1}x") } else { format!("{x:.2}x") }
}

/// A table cell: median seconds with the speedup over the baseline, or why there is none.
fn race_cell(r: &RunnerResult) -> String {
    match r.status {
        "skipped" => "n/a".to_string(),
        "failed" => "FAIL".to_string(),
        _ => {
            let mut cell = match r.median_s {
                Some(m) => format!("{m:.3}"),
                None => "n/a".to_string(),
            };
            if let Some(s) = r.speedup_vs_baseline {
                write!(cell, " ({})", format_speedup(s)).unwrap();
            }
            if r.status == "disagrees" {
                cell.push_str(" **DIFF**");
            }
            cell
        }
    }
}

fn cold_cell(r: &RunnerResult) -> String {
    match (r.status, r.median_s) {
        ("skipped", _) => "n/a".to_string(),
        ("failed", _) => "FAIL".to_string(),
        (status, Some(m)) => {
            let diff = if status == "disagrees" { " **DIFF**" } else { "" };
            format!("{:.1}{diff}", m * 1000.0)
        }
        (_, None) => "n/a".to_string(),
    }
}

fn table(out: &mut String, runners: &[String], rows: &[(String, Vec<String>)]) {
    writeln!(out, "| program | {} |", runners.join(" | ")).unwrap();
    writeln!(out, "| --- |{}", " ---: |".repeat(runners.len())).unwrap();
    for (name, cells) in rows {
        writeln!(out, "| {name} | {} |", cells.join(" | ")).unwrap();
    }
}

/// `runner`'s result in `p`, if `p` has one.
fn result<'a>(p: &'a ProgramResult, runner: &str) -> Option<&'a RunnerResult> {
    p.results.iter().find(|r| r.runner == runner)
}

pub fn machine_line(r: &Report) -> String {
    let m = &r.machine;
    let commit = r.strata.git_commit.as_deref().map(|c| format!(" ({c})")).unwrap_or_default();
    let peers: Vec<String> = r.peers.iter().filter_map(|p| p.version.clone()).collect();
    let peers = if peers.is_empty() { String::new() } else { format!("; {}", peers.join(", ")) };
    format!(
        "{}, {} cores, {} {} (kernel {}); strata {}{commit}{peers}; {}",
        m.cpu, m.cores, m.os, m.arch, m.kernel, r.strata.version, r.date
    )
}

pub fn render_markdown(r: &Report) -> String {
    let mut out = String::new();
    writeln!(out, "# strata bench\n").unwrap();
    writeln!(out, "Machine: {}\n", machine_line(r)).unwrap();
    let baseline = r.baseline.as_deref().unwrap_or("none");
    writeln!(
        out,
        "Median wall-clock seconds of {} runs per program and runner (whole process, startup included; \
         {} warmup round{}, runs interleaved); in parentheses the speedup over {baseline} \
         ({baseline}'s median / the runner's; above 1 is faster).\n",
        r.settings.runs,
        r.settings.warmup,
        if r.settings.warmup == 1 { "" } else { "s" }
    )
    .unwrap();
    let rows: Vec<(String, Vec<String>)> = r
        .programs
        .iter()
        .map(|p| {
            let cells = r.runners.iter().map(|n| result(p, n).map(race_cell).unwrap_or_else(|| "n/a".into())).collect();
            (p.name.clone(), cells)
        })
        .collect();
    table(&mut out, &r.runners, &rows);
    let geo: Vec<String> = r
        .runners
        .iter()
        .map(|n| {
            let g = r.geomean.iter().find(|g| &g.runner == n).and_then(|g| g.speedup_vs_baseline);
            match g {
                Some(g) => format!("**{}**", format_speedup(g)),
                None => "n/a".to_string(),
            }
        })
        .collect();
    writeln!(out, "| geomean vs {baseline} | {} |", geo.join(" | ")).unwrap();

    writeln!(out, "\n## Peak memory\n").unwrap();
    writeln!(
        out,
        "Peak resident set size in MiB (the largest of the timed runs); in parentheses the ratio to \
         {baseline}'s (below 1 uses less).\n"
    )
    .unwrap();
    let rows: Vec<(String, Vec<String>)> = r
        .programs
        .iter()
        .map(|p| {
            let base = result(p, baseline).and_then(|b| b.peak_rss_kb);
            let cells = r
                .runners
                .iter()
                .map(|n| match result(p, n).and_then(|x| x.peak_rss_kb) {
                    Some(kb) => match base {
                        Some(b) if b > 0 => format!("{:.1} ({:.2}x)", kb as f64 / 1024.0, kb as f64 / b as f64),
                        _ => format!("{:.1}", kb as f64 / 1024.0),
                    },
                    None => "n/a".to_string(),
                })
                .collect();
            (p.name.clone(), cells)
        })
        .collect();
    table(&mut out, &r.runners, &rows);

    if let Some(cold) = &r.cold_start {
        writeln!(out, "\n## Cold start\n").unwrap();
        writeln!(
            out,
            "Median milliseconds of {} runs of small programs (`{}`) where nothing gets hot: \
             process start to exit.\n",
            cold.runs, cold.dir
        )
        .unwrap();
        let rows: Vec<(String, Vec<String>)> = cold
            .programs
            .iter()
            .map(|p| {
                let cells =
                    r.runners.iter().map(|n| result(p, n).map(cold_cell).unwrap_or_else(|| "n/a".into())).collect();
                (p.name.clone(), cells)
            })
            .collect();
        table(&mut out, &r.runners, &rows);
    }

    if !r.disagreements.is_empty() || !r.failures.is_empty() {
        writeln!(out, "\n## Problems\n").unwrap();
        for d in &r.disagreements {
            writeln!(
                out,
                "- OUTPUT DIFFERS: {} `{}` with {} (reference {}): {}",
                d.suite, d.program, d.runner, d.reference, d.detail
            )
            .unwrap();
        }
        for f in &r.failures {
            writeln!(out, "- FAILED: {} `{}` with {}: {}", f.suite, f.program, f.runner, f.message).unwrap();
        }
    }
    if !r.notes.is_empty() {
        writeln!(out, "\nNotes:\n").unwrap();
        for n in &r.notes {
            writeln!(out, "- {n}").unwrap();
        }
    }
    out
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub fn result(runner: &str, status: &'static str, median: Option<f64>, speedup: Option<f64>) -> RunnerResult {
        RunnerResult {
            runner: runner.into(),
            status,
            command: None,
            note: None,
            times_s: median.into_iter().collect(),
            median_s: median,
            min_s: median,
            max_s: median,
            time_ratio_vs_baseline: speedup.map(|s| 1.0 / s),
            speedup_vs_baseline: speedup,
            peak_rss_kb: median.map(|m| (m * 1000.0) as u64 + 2048),
        }
    }

    pub fn sample() -> Report {
        Report {
            date: "2026-11-24T03:00:00Z".into(),
            machine: Machine {
                cpu: "Test CPU".into(),
                cores: 2,
                arch: "x86_64".into(),
                os: "Linux".into(),
                kernel: "6.1".into(),
            },
            strata: StrataInfo { version: "0.1.0".into(), git_commit: Some("abc".into()), features: vec![] },
            settings: Settings { runs: 3, warmup: 1, programs_dir: "p".into(), peers_dir: "q".into() },
            baseline: Some("lua5.4".into()),
            runners: vec!["tiered".into(), "lua5.4".into(), "node".into()],
            peers: vec![PeerInfo { name: "lua5.4".into(), available: true, version: Some("Lua 5.4.4".into()) }],
            programs: vec![
                ProgramResult {
                    name: "fib".into(),
                    file: "fib.lua".into(),
                    results: vec![
                        result("tiered", "ok", Some(0.25), Some(4.0)),
                        result("lua5.4", "ok", Some(1.0), Some(1.0)),
                        result("node", "disagrees", Some(0.125), Some(8.0)),
                    ],
                },
                ProgramResult {
                    name: "tak".into(),
                    file: "tak.lua".into(),
                    results: vec![
                        result("tiered", "failed", None, None),
                        result("lua5.4", "ok", Some(2.0), Some(1.0)),
                        result("node", "skipped", None, None),
                    ],
                },
            ],
            geomean: vec![
                Geomean { runner: "tiered".into(), speedup_vs_baseline: Some(4.0), programs: 1 },
                Geomean { runner: "lua5.4".into(), speedup_vs_baseline: Some(1.0), programs: 2 },
                Geomean { runner: "node".into(), speedup_vs_baseline: Some(8.0), programs: 1 },
            ],
            cold_start: Some(ColdStart {
                runs: 20,
                dir: "cold".into(),
                programs: vec![ProgramResult {
                    name: "hello".into(),
                    file: "hello.lua".into(),
                    results: vec![
                        result("tiered", "ok", Some(0.0012), None),
                        result("lua5.4", "ok", Some(0.0009), None),
                    ],
                }],
            }),
            disagreements: vec![],
            failures: vec![],
            notes: vec![],
        }
    }

    #[test]
    fn markdown_table() {
        let md = render_markdown(&sample());
        assert!(md.contains("| program | tiered | lua5.4 | node |\n| --- | ---: | ---: | ---: |\n"), "{md}");
        assert!(md.contains("| fib | 0.250 (4.00x) | 1.000 (1.00x) | 0.125 (8.00x) **DIFF** |\n"), "{md}");
        assert!(md.contains("| tak | FAIL | 2.000 (1.00x) | n/a |\n"), "{md}");
        assert!(md.contains("| geomean vs lua5.4 | **4.00x** | **1.00x** | **8.00x** |\n"), "{md}");
        assert!(md.contains("| hello | 1.2 | 0.9 | n/a |\n"), "{md}");
        assert!(md.contains("Test CPU, 2 cores, Linux x86_64 (kernel 6.1); strata 0.1.0 (abc); Lua 5.4.4"), "{md}");
        assert_eq!(format_speedup(12.34), "12.3x");
    }
}

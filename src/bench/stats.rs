//! The pure parts of the race: summary statistics and the output-agreement check.

use serde::Serialize;

/// The median of `xs` (the mean of the two middle values for an even count); `None` if empty.
pub fn median(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    Some(if v.len() % 2 == 1 { v[mid] } else { (v[mid - 1] + v[mid]) / 2.0 })
}

pub fn min(xs: &[f64]) -> Option<f64> {
    xs.iter().copied().min_by(f64::total_cmp)
}

pub fn max(xs: &[f64]) -> Option<f64> {
    xs.iter().copied().max_by(f64::total_cmp)
}

/// The geometric mean of the positive finite values in `xs`; `None` if there are none.
pub fn geomean(xs: &[f64]) -> Option<f64> {
    let logs: Vec<f64> = xs.iter().filter(|x| x.is_finite() && **x > 0.0).map(|x| x.ln()).collect();
    if logs.is_empty() { None } else { Some((logs.iter().sum::<f64>() / logs.len() as f64).exp()) }
}

/// One runner's captured standard output for a program.
pub struct Captured<'a> {
    pub runner: &'a str,
    /// The first successful run's stdout (`None`: the runner did not run or failed).
    pub output: Option<&'a [u8]>,
    /// Whether a later run printed something else than the first.
    pub unstable: bool,
}

/// A runner whose output is not byte-identical to the reference runner's.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Disagreement {
    /// `race` or `cold-start`.
    pub suite: String,
    pub program: String,
    pub runner: String,
    pub reference: String,
    pub detail: String,
}

/// Compares every runner's output with the reference's: the runner named `preferred` (the
/// oracle, `lua5.4`) when it produced output, else the first runner that did.
pub fn check_agreement(suite: &str, program: &str, preferred: &str, captured: &[Captured]) -> Vec<Disagreement> {
    let reference = captured
        .iter()
        .find(|c| c.runner == preferred && c.output.is_some())
        .or_else(|| captured.iter().find(|c| c.output.is_some()));
    let mut found = Vec::new();
    let Some(reference) = reference else { return found };
    let expected = reference.output.unwrap_or_default();
    for c in captured {
        let make = |detail: String| Disagreement {
            suite: suite.to_string(),
            program: program.to_string(),
            runner: c.runner.to_string(),
            reference: reference.runner.to_string(),
            detail,
        };
        if c.unstable {
            found.push(make("its output changed from one run to the next".to_string()));
        }
        if let Some(out) = c.output
            && c.runner != reference.runner
            && out != expected
        {
            found.push(make(first_difference(expected, out)));
        }
    }
    found
}

/// Where two outputs first differ, as `line N: expected "...", got "..."`.
pub fn first_difference(expected: &[u8], got: &[u8]) -> String {
    let mut exp_lines = expected.split(|&b| b == b'\n');
    let mut got_lines = got.split(|&b| b == b'\n');
    let mut line = 1;
    loop {
        match (exp_lines.next(), got_lines.next()) {
            (Some(e), Some(g)) if e == g => line += 1,
            (e, g) => {
                let show = |l: Option<&[u8]>| match l {
                    None => "end of output".to_string(),
                    Some(l) => {
                        let text = String::from_utf8_lossy(l);
                        let clipped: String = text.chars().take(80).collect();
                        format!("{clipped:?}")
                    }
                };
                return format!("line {line}: expected {}, got {}", show(e), show(g));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_min_max() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0]), Some(3.0));
        assert_eq!(median(&[5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(min(&[2.0, 0.5, 9.0]), Some(0.5));
        assert_eq!(max(&[2.0, 0.5, 9.0]), Some(9.0));
    }

    #[test]
    fn geomean_of_ratios() {
        assert_eq!(geomean(&[]), None);
        let g = geomean(&[2.0, 8.0]).unwrap();
        assert!((g - 4.0).abs() < 1e-12);
        let g = geomean(&[0.5, 2.0, f64::NAN]).unwrap();
        assert!((g - 1.0).abs() < 1e-12);
    }

    #[test]
    fn agreement_prefers_the_oracle_and_reports_each_difference() {
        let cap = |runner, output: Option<&'static [u8]>| Captured { runner, output, unstable: false };
        let captured = [
            cap("interp", Some(b"1\n2\n")),
            cap("tiered", Some(b"1\n2\n")),
            cap("lua5.4", Some(b"1\n2\n")),
            cap("node", Some(b"1\n3\n")),
            cap("luajit", None),
        ];
        let found = check_agreement("race", "p", "lua5.4", &captured);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].runner, "node");
        assert_eq!(found[0].reference, "lua5.4");
        assert_eq!(found[0].detail, r#"line 2: expected "2", got "3""#);

        // Without the oracle the first runner with output is the reference.
        let found = check_agreement("race", "p", "lua5.4", &captured[..2]);
        assert!(found.is_empty());
        let captured = [cap("interp", None), cap("dynasm", Some(b"x\n")), cap("tiered", Some(b"x\ny\n"))];
        let found = check_agreement("race", "p", "lua5.4", &captured);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].reference, "dynasm");
        assert_eq!(found[0].detail, r#"line 2: expected "", got "y""#);
    }

    #[test]
    fn unstable_output_is_a_disagreement() {
        let captured = [Captured { runner: "interp", output: Some(b"1\n"), unstable: true }];
        let found = check_agreement("race", "p", "lua5.4", &captured);
        assert_eq!(found.len(), 1);
        assert!(found[0].detail.contains("changed"));
    }
}

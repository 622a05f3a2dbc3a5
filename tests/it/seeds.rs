//! The five real reports in ../shared/seeds (when present): S1 to S6 of expected.md are
//! reported, nothing listed under "Must NOT be flagged" is, and the claims it lists are read.

use crosscheck::claim::ClaimKind;
use crosscheck::cli::load_reports;
use crosscheck::engine;

use crate::support::{check_folder, shared, shipped};

/// (rule, file prefix of the primary location, words the primary location covers).
const EXPECTED: &[(&str, &str, &str)] = &[
    (
        "title-contradicts-record",
        "000",
        "former President Donald Trump",
    ), // S1
    (
        "self-contradicting-titles",
        "000",
        "former President Donald Trump",
    ), // S2
    (
        "title-contradicts-record",
        "004",
        "former US President Donald Trump",
    ), // S3
    (
        "conflicting-titles",
        "004",
        "former US President Donald Trump",
    ), // S4
    ("elapsed-contradicts-start", "004", "in its third year"), // S5
    ("elapsed-contradicts-start", "001", "in its third year"), // S6
];

#[test]
fn seeds_give_s1_to_s6_and_nothing_else() {
    let Some(shared) = shared() else {
        eprintln!("../shared is absent: the corpus tests stand in for the seeds");
        return;
    };
    let (reports, findings) = check_folder(&shared.join("seeds"));
    assert_eq!(reports.len(), 5);
    let found: Vec<(String, String, String)> = findings
        .iter()
        .map(|f| {
            let first = &f.locations[0];
            let report = &reports[first.report.0];
            let file = report.path.rsplit('/').next().unwrap_or_default()[..3].to_string();
            (
                f.rule.clone(),
                file,
                report.text[first.span.start..first.span.end].to_string(),
            )
        })
        .collect();
    let expected: Vec<(String, String, String)> = EXPECTED
        .iter()
        .map(|(r, f, t)| (r.to_string(), f.to_string(), t.to_string()))
        .collect();
    let missing: Vec<_> = expected.iter().filter(|e| !found.contains(e)).collect();
    let unexpected: Vec<_> = found.iter().filter(|f| !expected.contains(f)).collect();
    assert!(
        missing.is_empty() && unexpected.is_empty(),
        "missing: {missing:#?}\nunexpected: {unexpected:#?}"
    );
    // Every finding that rests on the record names the fact and its source: S1, S3 and S6 use
    // it directly, S2 and S4 to know who "the president" is.
    for finding in &findings {
        let file = reports[finding.locations[0].report.0].path.clone();
        let relies_on_record = finding.rule == "title-contradicts-record"
            || finding.rule.contains("titles")
            || (finding.rule == "elapsed-contradicts-start" && file.contains("001_"));
        if relies_on_record {
            let text = format!(
                "{} {}",
                finding.help.clone().unwrap_or_default(),
                finding.because.clone().unwrap_or_default()
            );
            assert!(
                text.contains("record of facts") && text.contains("source:"),
                "{}: {text}",
                finding.rule
            );
        }
    }
    // S4 points at the bare title in the other report too.
    let s4 = findings
        .iter()
        .find(|f| f.rule == "conflicting-titles")
        .unwrap();
    let other = &s4.locations[1];
    let report = &reports[other.report.0];
    assert!(report.path.ends_with("002_f55fb85806ab4473.txt"));
    assert_eq!(
        &report.text[other.span.start..other.span.end],
        "the US President"
    );
}

/// (file prefix, measure, low, high) for figures expected.md lists; `None` ends are open.
const EXPECTED_FIGURES: &[(&str, &str, Option<f64>, Option<f64>)] = &[
    ("000", "people.killed", Some(14.0), None),
    ("000", "children.killed", Some(2.0), Some(2.0)),
    ("000", "aerial-weapons.launched", Some(165.0), Some(165.0)),
    ("001", "drones.launched", Some(108.0), Some(108.0)),
    ("001", "drones.intercepted", Some(35.0), Some(35.0)),
    ("001", "drones.jammed", Some(58.0), Some(58.0)),
    ("001", "drones.intercepted", Some(8.0), Some(8.0)),
    ("002", "people.killed", Some(2.0), Some(2.0)),
    ("002", "people.injured", Some(47.0), Some(47.0)),
    ("003", "drones.launched", Some(653.0), Some(653.0)),
    ("003", "missiles.launched", Some(51.0), Some(51.0)),
    ("003", "drones.intercepted", Some(585.0), Some(585.0)),
    ("003", "missiles.intercepted", Some(30.0), Some(30.0)),
    ("003", "people.injured", Some(8.0), Some(8.0)),
    ("003", "drones.intercepted", Some(116.0), Some(116.0)),
    ("004", "drones.launched", Some(550.0), Some(550.0)),
    ("004", "missiles.launched", Some(11.0), Some(11.0)),
    ("004", "drones.breached", Some(72.0), Some(72.0)),
    ("004", "people.injured", Some(23.0), None),
];

#[test]
fn seed_figures_are_read_with_measure_and_interval() {
    let Some(shared) = shared() else {
        return;
    };
    let inputs = load_reports(&[shared.join("seeds")]);
    let extractions = engine::extract_all(&inputs.reports, shipped().context());
    let mut missing = Vec::new();
    for &(file, measure, low, high) in EXPECTED_FIGURES {
        let found = inputs
            .reports
            .iter()
            .zip(&extractions)
            .any(|(report, extraction)| {
                report
                    .path
                    .rsplit('/')
                    .next()
                    .is_some_and(|name| name.starts_with(file))
                    && extraction.claims.iter().any(|claim| match &claim.kind {
                        ClaimKind::Quantity(q) => {
                            q.measure.as_deref() == Some(measure)
                                && q.interval.low == low
                                && q.interval.high == high
                        }
                        _ => false,
                    })
            });
        if !found {
            missing.push(format!("{file}: {measure} [{low:?}, {high:?}]"));
        }
    }
    assert!(missing.is_empty(), "figures not read: {missing:#?}");
}

#[test]
fn seed_durations_are_elapsed_claims() {
    let Some(shared) = shared() else {
        return;
    };
    let inputs = load_reports(&[shared.join("seeds")]);
    let extractions = engine::extract_all(&inputs.reports, shipped().context());
    let durations: Vec<(String, f64, bool)> = extractions
        .iter()
        .flat_map(|e| &e.claims)
        .filter_map(|c| match &c.kind {
            ClaimKind::Elapsed(e) => Some((e.unit.name().to_string(), e.number, e.ordinal)),
            _ => None,
        })
        .collect();
    for expected in [
        ("hour", 2.0, false),
        ("day", 30.0, false),
        ("year", 3.0, false),
        ("year", 4.0, false),
        ("hour", 1.0, false),
        ("year", 3.0, true),
    ] {
        assert!(
            durations.iter().any(|(unit, n, ordinal)| unit == expected.0
                && *n == expected.1
                && *ordinal == expected.2),
            "{expected:?} not read; read {durations:?}"
        );
    }
}

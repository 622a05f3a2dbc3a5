//! The five real reports in ../shared/seeds (when present): nothing listed under "Must NOT be
//! flagged" in expected.md is reported, and the claims it lists are read.

use crosscheck::claim::{ClaimKind, Hedge};
use crosscheck::cli::load_reports;
use crosscheck::engine;

use crate::support::{check_folder, shared, shipped};

#[test]
fn seeds_raise_no_false_alarms() {
    let Some(shared) = shared() else {
        eprintln!("../shared is absent: the corpus tests stand in for the seeds");
        return;
    };
    let (reports, findings) = check_folder(&shared.join("seeds"));
    assert_eq!(reports.len(), 5);
    // Every figure in the seeds is consistent (N1 to N9, N12); titles may only be flagged for
    // Donald Trump (S1 to S4), never for Biden (N10) or Zelensky's spellings (N11).
    for finding in &findings {
        assert!(
            !finding.rule.contains("figure"),
            "false alarm on a seed figure: {}",
            finding.message
        );
        assert!(
            finding.message.contains("Donald Trump"),
            "unexpected seed finding: {}",
            finding.message
        );
    }
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
    let extractions = engine::extract_all(&inputs.reports, &shipped().lexicon);
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
fn seed_durations_are_modifiers_not_counts() {
    let Some(shared) = shared() else {
        return;
    };
    let inputs = load_reports(&[shared.join("seeds")]);
    let extractions = engine::extract_all(&inputs.reports, &shipped().lexicon);
    let units: Vec<(String, f64, Hedge)> = extractions
        .iter()
        .flat_map(|e| &e.claims)
        .filter_map(|c| match &c.kind {
            ClaimKind::Quantity(q) if q.measure.is_none() => {
                Some((q.unit.clone()?, q.number, q.hedge))
            }
            _ => None,
        })
        .collect();
    for expected in [("hour", 2.0), ("day", 30.0), ("year", 3.0), ("year", 4.0)] {
        assert!(
            units
                .iter()
                .any(|(unit, n, _)| unit == expected.0 && *n == expected.1),
            "{expected:?} not read; read {units:?}"
        );
    }
}

//! Figures of any metric on five probes of report pairs (tests/data/figures: levels set,
//! stakes, tariffs and rates; business, the economy, elections, disasters, health and sport;
//! a fresh probe over all of them; two probes written blind, each first measured before any
//! fix it guided), in the project's own wording. Each pair is one event; a
//! pair should be flagged when its two figures are one figure that cannot hold both values,
//! and left alone when they are different things. Prints, per probe, the pairs found and the
//! false alarms, and holds them to floors. `CROSSCHECK_FIGURES_VERBOSE=1` lists every miss
//! and false alarm.

use crosscheck::engine;

use crate::support::{PairSet, shipped};

/// Each probe, with the least pairs to find and the most false alarms it may raise.
const PROBES: &[(&str, usize, usize)] = &[
    ("levels", 35, 1),
    ("domains", 23, 0),
    ("fresh", 23, 2),
    ("blind5", 14, 0),
    ("blind6", 7, 0),
    ("blind7", 9, 1),
    ("blind8", 9, 0),
];

#[test]
fn figures_of_one_event_are_compared_and_different_things_are_not() {
    let verbose = std::env::var_os("CROSSCHECK_FIGURES_VERBOSE").is_some();
    let shipped = shipped();
    let mut failures = Vec::new();
    for &(probe, found_floor, alarms_ceiling) in PROBES {
        let path = format!(
            "{}/tests/data/figures/{probe}.toml",
            env!("CARGO_MANIFEST_DIR")
        );
        let set: PairSet = toml::from_str(&std::fs::read_to_string(&path).expect("the probe"))
            .expect("the probe parses");
        let (mut found, mut to_find, mut alarms, mut clean) = (0, 0, 0, 0);
        for pair in &set.pair {
            let reports = pair.reports();
            let fired = engine::check(&reports, shipped.context(), &shipped.rules)
                .iter()
                .any(|f| {
                    matches!(
                        f.rule.as_str(),
                        "conflicting-figures" | "self-contradicting-figures"
                    )
                });
            if pair.flag {
                to_find += 1;
                found += usize::from(fired);
            } else {
                clean += 1;
                alarms += usize::from(fired);
            }
            if verbose && fired != pair.flag {
                let what = if fired { "FALSE ALARM" } else { "MISSED" };
                println!("{what} {probe}/{}: {}", pair.name, pair.why);
            }
        }
        println!(
            "figure pairs, {probe}: {found} of {to_find} that disagree found; {alarms} of {clean} that must not be flagged flagged"
        );
        if found < found_floor || alarms > alarms_ceiling {
            failures.push(format!(
                "{probe}: found {found} (floor {found_floor}), false alarms {alarms} (ceiling {alarms_ceiling})"
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:?}");
}

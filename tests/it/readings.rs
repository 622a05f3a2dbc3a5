//! Physical readings on the project's development set of report pairs
//! (tests/data/readings/dev.toml: winds, rain, rivers, fires, quakes, tsunamis, eruptions,
//! seizures, spills, heat and snow, in the project's own wording). Each pair is one event; a
//! pair should be flagged when its two figures are one reading that cannot hold both values,
//! and left alone when they are different things sharing a unit. Prints precision and recall
//! of the pairs flagged, and holds them to floors. `CROSSCHECK_READINGS_VERBOSE=1` lists every
//! miss and false alarm.

use crosscheck::engine;

use crate::support::{PairSet, shipped};

#[test]
fn readings_of_one_event_are_compared_and_different_things_are_not() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/readings/dev.toml");
    let set: PairSet = toml::from_str(&std::fs::read_to_string(path).expect("the development set"))
        .expect("the development set parses");
    let verbose = std::env::var_os("CROSSCHECK_READINGS_VERBOSE").is_some();
    let shipped = shipped();
    let (mut flagged_right, mut flagged, mut should) = (0, 0, 0);
    for pair in &set.pair {
        let reports = pair.reports();
        let findings = engine::check(&reports, shipped.context(), &shipped.rules);
        let fired = !findings.is_empty();
        should += usize::from(pair.flag);
        flagged += usize::from(fired);
        flagged_right += usize::from(fired && pair.flag);
        if verbose && fired != pair.flag {
            let what = if fired { "FALSE ALARM" } else { "MISSED" };
            println!("{what} {}: {}", pair.name, pair.why);
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let (precision, recall) = (ratio(flagged_right, flagged), ratio(flagged_right, should));
    println!(
        "reading pairs: {}; flagged P {precision:.2} R {recall:.2} ({flagged_right} right of {flagged} flagged, {should} to flag)",
        set.pair.len()
    );
    assert!(
        precision >= PRECISION_FLOOR && recall >= RECALL_FLOOR,
        "precision {precision:.2} (floor {PRECISION_FLOOR}), recall {recall:.2} (floor {RECALL_FLOOR})"
    );
}

const PRECISION_FLOOR: f64 = 0.80;
const RECALL_FLOOR: f64 = 0.52;

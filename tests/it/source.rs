//! A draft against its source (`review --source`) on the project's development set of
//! source/draft pairs (tests/data/source/dev.toml, written for this project: half with one
//! figure, title, name or date changed, added or weakened, half faithful paraphrases with
//! rounding, reordering and hedges). Prints precision and recall of the findings, by kind of
//! change, and holds them to floors. `CROSSCHECK_SOURCE_VERBOSE=1` lists every miss and false
//! alarm.

use serde::Deserialize;
use std::collections::BTreeMap;

use crosscheck::report::Report;
use crosscheck::review::against_sources;
use crosscheck::span::Span;

use crate::support::{memory_report, shipped};

#[derive(Deserialize)]
struct DevSet {
    pair: Vec<Pair>,
}

#[derive(Deserialize)]
struct Pair {
    name: String,
    published: toml::value::Datetime,
    change: String,
    source: String,
    draft: String,
    #[serde(default)]
    expect: Vec<Expect>,
}

#[derive(Deserialize)]
struct Expect {
    finding: String,
    draft: String,
}

fn report(name: &str, outlet: &str, text: &str, published: &str) -> Report {
    memory_report(format!("{name}/{outlet}"), outlet, text, published, None)
}

/// The verdict a finding of a shipped rule stands for.
fn verdict(rule: &str) -> Option<&'static str> {
    match rule {
        "contradicts-source" => Some("contradicted"),
        "not-in-source" => Some("unsupported"),
        "weaker-than-source" => Some("weakened"),
        _ => None,
    }
}

#[test]
fn drafts_against_their_sources() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/source/dev.toml");
    let set: DevSet = toml::from_str(&std::fs::read_to_string(path).expect("the development set"))
        .expect("the development set parses");
    let verbose = std::env::var_os("CROSSCHECK_SOURCE_VERBOSE").is_some();
    let shipped = shipped();
    // By kind of change: expected findings, found, and false alarms.
    let mut by_change: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let (mut expected, mut right, mut reported) = (0, 0, 0);
    let mut faithful_clean = (0, 0);
    for pair in &set.pair {
        let day = pair.published.to_string();
        let day = day.as_str();
        let source = report(&pair.name, "Source", &pair.source, day);
        let draft = report(&pair.name, "Draft", &pair.draft, day);
        let draft_text = draft.text.clone();
        let review = against_sources(vec![draft], vec![source], shipped.context(), &shipped.rules);
        let found: Vec<(&'static str, Span)> = review
            .findings
            .iter()
            .filter_map(|f| {
                let v = verdict(&f.rule)?;
                let at = f.locations.iter().find(|l| l.report.0 == 0)?;
                Some((v, at.span))
            })
            .collect();
        let mut used = vec![false; found.len()];
        let tally = by_change.entry(pair.change.clone()).or_default();
        for e in &pair.expect {
            expected += 1;
            tally.0 += 1;
            let Some(start) = draft_text.find(&e.draft) else {
                panic!("{}: {:?} is not in the draft", pair.name, e.draft);
            };
            let end = start + e.draft.len();
            let hit = (0..found.len()).find(|&i| {
                !used[i]
                    && found[i].0 == e.finding
                    && found[i].1.start < end
                    && start < found[i].1.end
            });
            match hit {
                Some(i) => {
                    used[i] = true;
                    right += 1;
                    tally.1 += 1;
                }
                None if verbose => println!("MISSED {}: {} {:?}", pair.name, e.finding, e.draft),
                None => {}
            }
        }
        reported += found.len();
        let alarms: Vec<String> = found
            .iter()
            .zip(&used)
            .filter(|(_, u)| !**u)
            .map(|((v, span), _)| format!("{v} {:?}", &draft_text[span.start..span.end]))
            .collect();
        tally.2 += alarms.len();
        if pair.change == "none" {
            faithful_clean.1 += 1;
            faithful_clean.0 += usize::from(alarms.is_empty());
        }
        if verbose {
            for alarm in alarms {
                println!("FALSE ALARM {}: {alarm}", pair.name);
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let (precision, recall) = (ratio(right, reported), ratio(right, expected));
    println!(
        "source/draft pairs: {}; findings P {precision:.2} R {recall:.2} ({right} right of {reported} reported, {expected} expected); faithful drafts with no finding {}/{}",
        set.pair.len(),
        faithful_clean.0,
        faithful_clean.1
    );
    for (change, (e, r, alarms)) in &by_change {
        println!("  {change:<12} expected {e:>3}  found {r:>3}  false alarms {alarms:>3}");
    }
    assert!(
        set.pair.len() >= 100,
        "the development set has at least 100 pairs"
    );
    assert!(
        precision >= PRECISION_FLOOR && recall >= RECALL_FLOOR,
        "precision {precision:.2} (floor {PRECISION_FLOOR}), recall {recall:.2} (floor {RECALL_FLOOR})"
    );
}

/// Floors a little under what was measured (docs/measurements.md).
const PRECISION_FLOOR: f64 = 0.90;
const RECALL_FLOOR: f64 = 0.90;

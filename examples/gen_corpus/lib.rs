//! A generator of realistic news reports with planted inconsistencies and a ground truth, for
//! measuring crosscheck at archive scale and for checking that it finds exactly what was planted.
//!
//! Events are invented (drone and missile attacks on Ukrainian cities, missile strikes,
//! earthquakes, floods, attacks in Sudan's war); places and office holders are real, so that
//! titles and durations can be checked against the record of facts the checker ships. Each event
//! is covered by a few reports from invented outlets, written from a large space of sentence
//! shapes and background paragraphs full of numbers that must not be compared (ages, years,
//! distances, earlier attacks, running totals).
//!
//! Every figure, title, name and duration a template writes is registered with its byte span and
//! what it means. The ground truth is computed from that register: it lists each finding the
//! shipped rules should report (and the plant that causes it), and the look-alikes that must not
//! be flagged. Output depends only on the options: the same seed and size give the same bytes.

mod compose;
mod expect;
mod figures;
mod numbers;
mod plan;
mod rng;
mod templates;
mod world;

use serde::Serialize;

/// What to generate.
#[derive(Clone, Debug)]
pub struct Options {
    pub reports: usize,
    pub seed: u64,
    /// Also list every registered figure, title, name and duration in the truth.
    pub register: bool,
    /// List the look-alikes in the truth (they are many; a benchmark can do without them).
    pub look_alikes: bool,
}

/// Quoted words in one file: a byte range into the file as written, and the words.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Quote {
    pub path: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// An inconsistency written on purpose.
#[derive(Clone, Debug, Serialize)]
pub struct Plant {
    pub id: String,
    pub kind: String,
    pub description: String,
    pub locations: Vec<Quote>,
}

/// A finding the shipped rules should report: the rule, the words of every location, and the
/// plants it follows from.
#[derive(Clone, Debug, Serialize)]
pub struct ExpectedFinding {
    pub rule: String,
    pub plants: Vec<String>,
    pub locations: Vec<Quote>,
}

/// Words that look like an inconsistency but are consistent, with the reason.
#[derive(Clone, Debug, Serialize)]
pub struct LookAlike {
    pub kind: String,
    pub why: String,
    pub locations: Vec<Quote>,
}

/// The ground truth of a generated corpus.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Truth {
    pub generator: String,
    pub seed: u64,
    pub reports: usize,
    pub events: usize,
    pub bytes: u64,
    pub words: u64,
    pub findings: Vec<ExpectedFinding>,
    pub plants: Vec<Plant>,
    pub look_alikes: Vec<LookAlike>,
    /// What the generator wrote, span by span, when `Options::register` is set.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub register: Vec<Registered>,
}

/// One registered span and what it was written to mean.
#[derive(Clone, Debug, Serialize)]
pub struct Registered {
    pub path: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub meaning: String,
}

/// The version of the generator, written into the truth so that a stored corpus can be matched
/// with the code that wrote it.
pub const GENERATOR: &str = "gen-corpus 1";

/// Generates the corpus: `write(path, text)` is called once per report, in the order the
/// checker walks them (paths are relative to the output folder and sort in that order). Returns
/// the ground truth.
pub fn generate(options: &Options, mut write: impl FnMut(&str, &str)) -> Truth {
    let mut truth = Truth {
        generator: GENERATOR.to_string(),
        seed: options.seed,
        ..Truth::default()
    };
    let mut roles = expect::RoleRegister::default();
    let mut written = 0;
    let mut event_index = 0;
    while written < options.reports {
        let mut rng = rng::Rng::derive(options.seed, event_index as u64);
        let event = plan::plan_event(&mut rng, event_index, options.reports - written);
        let reports = compose::compose_event(&event, written, &mut rng);
        for report in &reports {
            write(&report.path, &report.text);
            truth.bytes += report.text.len() as u64;
            truth.words += report.text.split_whitespace().count() as u64;
        }
        expect::event_findings(&event, &reports, &mut truth);
        roles.add(&event, &reports);
        if options.register {
            for report in &reports {
                truth.register.extend(compose::register(report));
            }
        }
        if options.look_alikes {
            for report in reports {
                truth.look_alikes.extend(report.look_alikes);
            }
        }
        written += event.reports.len();
        event_index += 1;
    }
    roles.findings(&mut truth);
    truth.reports = written;
    truth.events = event_index;
    truth
        .findings
        .sort_by(|a, b| (&a.locations, &a.rule).cmp(&(&b.locations, &b.rule)));
    truth
}

/// The ground truth as pretty JSON.
pub fn truth_json(truth: &Truth) -> String {
    let mut text = serde_json::to_string_pretty(truth).expect("the truth serialises");
    text.push('\n');
    text
}

/// How many findings of each rule the truth expects, by rule id.
pub fn findings_by_rule(truth: &Truth) -> std::collections::BTreeMap<String, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for finding in &truth.findings {
        *counts.entry(finding.rule.clone()).or_insert(0) += 1;
    }
    counts
}

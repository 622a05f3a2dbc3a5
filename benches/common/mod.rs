//! What the benchmarks share: timing, and a large mixed text made from the corpus reports.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crosscheck::facts::Facts;
use crosscheck::lexicon::Lexicon;
use crosscheck::pack::Pack;
use crosscheck::report::{Meta, Published, Report};
use crosscheck::rules::RuleSet;
use crosscheck::span::Span;

/// The shipped lexicon, record of facts and rules.
pub fn shipped() -> (Lexicon, Facts, RuleSet) {
    let pack = Pack::shipped();
    let (lexicon, _) = Lexicon::load(&pack.lexicon);
    let (facts, _) = Facts::load(&pack.facts, &lexicon);
    let (rules, _) = RuleSet::load(&pack.rules, &lexicon);
    (lexicon, facts, rules)
}

/// The value of `--NAME N` on the command line, if given.
pub fn arg(name: &str) -> Option<usize> {
    std::env::args()
        .skip_while(|a| a != name)
        .nth(1)
        .and_then(|n| n.parse().ok())
}

/// Reports made from the corpus reports, repeated with their digits varied so that no two
/// copies are alike, until `limit` says there are enough (given the count and bytes so far).
/// Copies spread over 336 publication dates, 50 events and 7 outlets.
pub fn synthetic_reports(limit: impl FnMut(usize, usize) -> bool) -> Vec<Report> {
    reports_from(&corpus_bodies(), limit)
}

/// Reports made from `bodies` as [`synthetic_reports`] makes them from the corpus.
pub fn reports_from(bodies: &[String], mut limit: impl FnMut(usize, usize) -> bool) -> Vec<Report> {
    let mut reports = Vec::new();
    let mut total = 0;
    let mut copy = 0;
    while !limit(reports.len(), total) {
        for body in bodies {
            let text = vary(body, copy);
            total += text.len();
            let text: Arc<str> = Arc::from(text.as_str());
            reports.push(Report {
                path: format!("bench/{copy}-{}.md", reports.len()),
                name: None,
                body: Span::new(0, text.len()),
                text,
                origin: None,
                topics: Vec::new(),
                names: Vec::new(),
                fingerprint: Default::default(),
                meta: Meta {
                    outlet: Some(format!("Outlet {}", copy % 7)),
                    published: Some(Published {
                        date: jiff::civil::date(2025, 1 + (copy % 12) as i8, 1 + (copy % 28) as i8),
                        time: None,
                    }),
                    event: Some(format!("event-{}", copy % 50)),
                    ..Meta::default()
                },
            });
        }
        copy += 1;
    }
    reports
}

/// The fastest of `runs` timings: the least disturbed by other work on the machine.
pub fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

pub fn corpus_bodies() -> Vec<String> {
    bodies_under(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"))
}

/// The bodies of the real published reports beside the repository (`../shared/real`), or none
/// when they are absent.
#[allow(dead_code)]
pub fn real_bodies() -> Vec<String> {
    bodies_under(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/real"))
}

/// The bodies (after the front matter) of every Markdown report under `root`, in path order.
fn bodies_under(root: &std::path::Path) -> Vec<String> {
    let root = root.to_path_buf();
    let mut bodies = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "md")
                && path.file_name().is_some_and(|n| n != "README.md")
            {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                let body = text.rsplit("+++\n").next().unwrap_or(&text).to_string();
                bodies.push(body);
            }
        }
    }
    bodies
}

/// Shifts every digit by `copy` so the copies differ.
pub fn vary(text: &str, copy: usize) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_digit((d + copy as u32) % 10, 10).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// A draft of about 1,000 words: corpus reports joined until there are enough.
#[allow(dead_code)]
pub fn draft_text() -> String {
    let mut text = String::new();
    for body in corpus_bodies() {
        if text.split_whitespace().count() >= 1_000 {
            break;
        }
        text.push_str(&body);
        text.push_str("\n\n");
    }
    text
}

/// The draft as a report of one outlet, published on `date`, about `event`.
#[allow(dead_code)]
pub fn draft_report(text: &str, date: jiff::civil::Date, event: &str) -> Vec<Report> {
    let text: Arc<str> = Arc::from(text);
    vec![Report {
        path: "draft.md".into(),
        name: None,
        body: Span::new(0, text.len()),
        text,
        origin: None,
        topics: Vec::new(),
        names: Vec::new(),
        fingerprint: Default::default(),
        meta: Meta {
            outlet: Some("Draft".into()),
            published: Some(Published { date, time: None }),
            event: Some(event.into()),
            ..Meta::default()
        },
    }]
}

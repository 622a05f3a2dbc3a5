//! Throughput of claim extraction and of a whole check, beside a baseline that reads the same
//! bytes and counts words, measured in the same run so the ratio holds on a noisy machine.
//!
//! Run with `cargo bench --bench throughput` (add `-- --megabytes N` for a larger text).

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crosscheck::claim::ReportIndex;
use crosscheck::engine::{self, Context};
use crosscheck::facts::Facts;
use crosscheck::lexicon::Lexicon;
use crosscheck::pack::Pack;
use crosscheck::parse::extract;
use crosscheck::report::{Meta, Published, Report};
use crosscheck::rules::RuleSet;
use crosscheck::span::Span;

fn main() {
    let megabytes: usize = std::env::args()
        .skip_while(|a| a != "--megabytes")
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(8);

    let pack = Pack::shipped();
    let (lexicon, _) = Lexicon::load(&pack.lexicon);
    let (facts, _) = Facts::load(&pack.facts, &lexicon);
    let (rules, _) = RuleSet::load(&pack.rules, &lexicon);
    let ctx = Context {
        lexicon: &lexicon,
        facts: &facts,
    };

    // A large mixed text: the corpus reports, repeated with their numbers varied so that no
    // two copies are alike.
    let bodies = corpus_bodies();
    let mut reports = Vec::new();
    let mut total = 0;
    let mut copy = 0;
    while total < megabytes * 1_000_000 {
        for body in &bodies {
            let text = vary(body, copy);
            total += text.len();
            let text: Arc<str> = Arc::from(text.as_str());
            reports.push(Report {
                path: format!("bench/{copy}.md"),
                name: None,
                body: Span::new(0, text.len()),
                text,
                origin: None,
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
    let mb = total as f64 / 1e6;
    println!(
        "crosscheck throughput: {} reports, {mb:.1} MB of report text, one thread",
        reports.len()
    );

    let baseline = best_of(3, || {
        let words: usize = reports
            .iter()
            .map(|r| r.text.split_whitespace().count())
            .sum();
        black_box(words);
    });
    let extraction = best_of(3, || {
        let claims: usize = reports
            .iter()
            .enumerate()
            .map(|(i, r)| {
                extract(ReportIndex(i), &r.text, r.body, &lexicon)
                    .claims
                    .len()
            })
            .sum();
        black_box(claims);
    });
    let check = best_of(2, || {
        let findings = engine::check(&reports, ctx, &rules);
        black_box(findings.len());
    });

    let rate = |d: Duration| mb / d.as_secs_f64();
    println!();
    println!("| pass | time | MB/s | ratio to word count |");
    println!("|---|---|---|---|");
    for (name, d) in [
        ("count words (baseline)", baseline),
        ("extract claims", extraction),
        ("check (extract, resolve, graph, all rules)", check),
    ] {
        println!(
            "| {name} | {:.3} s | {:.2} | {:.4} |",
            d.as_secs_f64(),
            rate(d),
            rate(d) / rate(baseline)
        );
    }
}

/// The fastest of `runs` timings: the least disturbed by other work on the machine.
fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn corpus_bodies() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
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
fn vary(text: &str, copy: usize) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_digit((d + copy as u32) % 10, 10).unwrap_or(c),
            None => c,
        })
        .collect()
}

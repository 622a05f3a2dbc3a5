//! Throughput of claim extraction and of a whole check, beside a baseline that reads the same
//! bytes and counts words, measured in the same run so the ratio holds on a noisy machine.
//!
//! Run with `cargo bench --bench throughput` (add `-- --megabytes N` for a larger text).

mod common;

use std::hint::black_box;
use std::time::Duration;

use common::{best_of, synthetic_reports};

use crosscheck::claim::ReportIndex;
use crosscheck::engine::{self, Context};
use crosscheck::parse::extract;

fn main() {
    let megabytes = common::arg("--megabytes").unwrap_or(8);

    let (lexicon, facts, rules) = common::shipped();
    let ctx = Context {
        lexicon: &lexicon,
        facts: &facts,
    };

    // A large mixed text: the corpus reports, repeated with their numbers varied so that no
    // two copies are alike.
    let reports = synthetic_reports(|_, bytes| bytes >= megabytes * 1_000_000);
    let total: usize = reports.iter().map(|r| r.text.len()).sum();
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

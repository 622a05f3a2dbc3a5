//! Throughput of claim extraction and of a whole check, beside a baseline that reads the same
//! bytes and counts words, measured in the same run so the ratio holds on a noisy machine.
//!
//! Run with `cargo bench --bench throughput` (add `-- --megabytes N` for a larger text). It
//! measures the corpus reports and, when `../shared/real` is beside the repository, the real
//! published reports there, each repeated to N megabytes.

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
    println!("crosscheck throughput, beside a word count of the same bytes in the same run");

    // A large mixed text: the corpus reports, repeated with their numbers varied so that no
    // two copies are alike; then the same of the real published reports beside the
    // repository, when they are there (real prose: longer sentences, more names and titles).
    let generated = synthetic_reports(|_, bytes| bytes >= megabytes * 1_000_000);
    measure(
        "the corpus reports, repeated",
        &generated,
        &lexicon,
        ctx,
        &rules,
    );
    let real = common::real_bodies();
    if real.is_empty() {
        println!("\nreal prose: skipped, ../shared/real is absent");
    } else {
        let reports = common::reports_from(&real, |_, bytes| bytes >= megabytes * 1_000_000);
        measure(
            "real prose (../shared/real)",
            &reports,
            &lexicon,
            ctx,
            &rules,
        );
    }
}

/// Times counting words, extracting claims (one thread) and a whole check (every core) of
/// `reports`, and prints each beside the word count.
fn measure(
    name: &str,
    reports: &[crosscheck::report::Report],
    lexicon: &crosscheck::lexicon::Lexicon,
    ctx: Context<'_>,
    rules: &crosscheck::rules::RuleSet,
) {
    let total: usize = reports.iter().map(|r| r.text.len()).sum();
    let mb = total as f64 / 1e6;
    let cores = rayon::current_num_threads();
    println!();
    println!(
        "{name}: {} reports, {mb:.1} MB of report text; extraction on one thread, the check on {cores}",
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
                extract(ReportIndex(i), &r.text, r.body, lexicon)
                    .claims
                    .len()
            })
            .sum();
        black_box(claims);
    });
    let check = best_of(2, || {
        let findings = engine::check(reports, ctx, rules);
        black_box(findings.len());
    });

    let rate = |d: Duration| mb / d.as_secs_f64();
    println!();
    println!("| pass | time | MB/s | ratio to word count |");
    println!("|---|---|---|---|");
    for (name, d) in [
        ("count words (baseline, one thread)", baseline),
        ("extract claims (one thread)", extraction),
        (
            "check (extract, resolve, graph, all rules; every core)",
            check,
        ),
    ] {
        println!(
            "| {name} | {:.3} s | {:.2} | {:.4} |",
            d.as_secs_f64(),
            rate(d),
            rate(d) / rate(baseline)
        );
    }
}

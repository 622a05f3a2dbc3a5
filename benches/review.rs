//! Editorial review on every save: a draft of about 1,000 words checked against an archive of
//! 10,000 reports. Loading the archive (reading every report's claims) happens once and is timed
//! on its own; each review after it reads only the draft and the archive reports it can be
//! compared with. A baseline that counts the words of the whole archive is measured in the same
//! run, so the figures can be read as ratios on a noisy machine.
//!
//! Run with `cargo bench --bench review` (add `-- --reports N` for another archive size).

mod common;

use std::hint::black_box;
use std::time::Instant;

use common::{best_of, synthetic_reports};
use crosscheck::engine::Context;
use crosscheck::report::Report;
use crosscheck::review::Archive;

fn main() {
    let count = common::arg("--reports").unwrap_or(10_000);

    let (lexicon, facts, rules) = common::shipped();
    let ctx = Context {
        lexicon: &lexicon,
        facts: &facts,
    };

    let archive_reports = synthetic_reports(|reports, _| reports >= count);
    let bytes: usize = archive_reports.iter().map(|r| r.text.len()).sum();
    let words_baseline = best_of(3, || {
        let words: usize = archive_reports
            .iter()
            .map(|r| r.text.split_whitespace().count())
            .sum();
        black_box(words);
    });

    let start = Instant::now();
    let archive = Archive::new(archive_reports, ctx);
    let loading = start.elapsed();

    // The draft: corpus reports joined until about 1,000 words, about one of the archive's
    // events and published on one of its dates.
    let text = common::draft_text();
    let draft_words = text.split_whitespace().count();
    let draft = || common::draft_report(&text, jiff::civil::date(2025, 3, 3), "event-2");
    let mut compared = 0;
    let mut findings = 0;
    let review = best_of(10, || {
        let review = archive.review(draft(), ctx, &rules);
        compared = review.compared_with;
        findings = review.findings.len();
        black_box(review.findings.len());
    });

    // The same draft against 20 sources (`review --source`): the sources' claims are read in
    // each run, as the command does.
    let sources: Vec<Report> = synthetic_reports(|reports, _| reports >= 20);
    let source_bytes: usize = sources.iter().map(|r| r.text.len()).sum();
    let mut source_findings = 0;
    let against_sources = best_of(10, || {
        let review = crosscheck::review::against_sources(draft(), sources.clone(), ctx, &rules);
        source_findings = review.findings.len();
        black_box(review.findings.len());
    });
    let source_words_baseline = best_of(10, || {
        let words: usize = sources
            .iter()
            .map(|r| r.text.split_whitespace().count())
            .sum::<usize>()
            + text.split_whitespace().count();
        black_box(words);
    });

    println!(
        "crosscheck review: a {draft_words}-word draft against {} archived reports ({:.1} MB); \
         compared with {compared} of them, {findings} findings",
        archive.len(),
        bytes as f64 / 1e6
    );
    println!(
        "crosscheck review --source: the same draft against 20 sources ({:.2} MB): {:.1} ms \
         (best of 10), {source_findings} findings; {:.0}x counting their words",
        source_bytes as f64 / 1e6,
        against_sources.as_secs_f64() * 1e3,
        against_sources.as_secs_f64() / source_words_baseline.as_secs_f64()
    );
    println!();
    println!("| step | time | ratio to counting the archive's words |");
    println!("|---|---|---|");
    let secs = |d: std::time::Duration| d.as_secs_f64();
    for (name, d) in [
        ("count the archive's words (baseline)", words_baseline),
        (
            "load the archive (read every report's claims, once)",
            loading,
        ),
        ("review the draft (best of 10)", review),
    ] {
        println!(
            "| {name} | {:.3} s | {:.2} |",
            secs(d),
            secs(d) / secs(words_baseline)
        );
    }
}

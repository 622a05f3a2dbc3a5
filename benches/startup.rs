//! Start-up: loading the shipped pack (lexicon, record of facts with the tables of
//! office-holders, rules) before the first report is read. Measured beside the same load
//! without the office-holder tables, and beside a word count of the pack's bytes, in the same
//! run, so the figures read as ratios on a noisy machine.
//!
//! Run with `cargo bench --bench startup`.

// The shared helpers; this bench uses one of them.
#[allow(dead_code)]
mod common;

use crosscheck::facts::Facts;
use crosscheck::lexicon::Lexicon;
use crosscheck::pack::Pack;
use crosscheck::rules::RuleSet;
use std::hint::black_box;

use common::best_of;

fn load(pack: &Pack) -> (Lexicon, Facts, RuleSet) {
    let (lexicon, _) = Lexicon::load(&pack.lexicon);
    let (facts, _) = Facts::load(&pack.facts, &lexicon);
    let (rules, _) = RuleSet::load(&pack.rules, &lexicon);
    (lexicon, facts, rules)
}

fn main() {
    let pack = Pack::shipped();
    let mut without = pack.clone();
    without.facts.retain(|f| !f.path.ends_with(".tsv"));
    let table_bytes: usize = pack
        .facts
        .iter()
        .filter(|f| f.path.ends_with(".tsv"))
        .map(|f| f.text.len())
        .sum();
    let all_bytes: usize = pack
        .lexicon
        .iter()
        .chain(&pack.facts)
        .chain(&pack.rules)
        .map(|f| f.text.len())
        .sum();

    let words = best_of(5, || {
        let n: usize = pack
            .lexicon
            .iter()
            .chain(&pack.facts)
            .chain(&pack.rules)
            .map(|f| f.text.split_whitespace().count())
            .sum();
        black_box(n);
    });
    let bare = best_of(5, || {
        black_box(load(&without));
    });
    let full = best_of(5, || {
        black_box(load(&pack));
    });
    let (_, facts, _) = load(&pack);
    let record = &facts.record;

    println!(
        "pack: {:.1} KB, of which office-holder tables {:.1} KB ({} terms, {} people)",
        all_bytes as f64 / 1024.0,
        table_bytes as f64 / 1024.0,
        record.terms.len(),
        record.holders.len()
    );
    println!(
        "word count of the pack:          {:>8.2} ms",
        words.as_secs_f64() * 1e3
    );
    println!(
        "load without the tables:         {:>8.2} ms ({:.1}x the word count)",
        bare.as_secs_f64() * 1e3,
        bare.as_secs_f64() / words.as_secs_f64()
    );
    println!(
        "load with the tables:            {:>8.2} ms ({:.1}x the word count, {:.2}x without the tables)",
        full.as_secs_f64() * 1e3,
        full.as_secs_f64() / words.as_secs_f64(),
        full.as_secs_f64() / bare.as_secs_f64()
    );
}

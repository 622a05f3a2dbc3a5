//! What every fuzz target asserts, shared with `tests/it/robust.rs`, which runs the saved
//! regression inputs of `tests/fuzz-regressions/TARGET/` through the same checks on every
//! `cargo test`.

use std::sync::{Arc, OnceLock};

use crosscheck::claim::ReportIndex;
use crosscheck::facts::Facts;
use crosscheck::lexicon::{DataFile, Lexicon};
use crosscheck::pack::Pack;
use crosscheck::parse::extract;
use crosscheck::report::{FileKind, Meta, Report, load_bytes, parse_sidecar};
use crosscheck::rules::RuleSet;
use crosscheck::span::Span;

/// The checks of one fuzz target: they panic on a failure.
pub type Check = fn(&[u8]);

/// The fuzz targets, by name.
pub const TARGETS: &[(&str, Check)] = &[
    ("extract", check_extract),
    ("load_report", check_load_report),
    ("load_feed", check_load_feed),
    ("rule_file", check_rule_file),
    ("load_html", check_load_html),
    ("front_matter", check_front_matter),
];

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::load(&Pack::shipped().lexicon).0)
}

/// Claim extraction on arbitrary text: no panic, and every span inside the text on character
/// boundaries. The ASCII fast paths of segmentation split exactly where UAX #29 does.
pub fn check_extract(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    {
        use unicode_segmentation::UnicodeSegmentation;
        let sentences: Vec<(usize, &str)> = text.split_sentence_bound_indices().collect();
        assert_eq!(crosscheck::text::sentence_bounds(text), sentences);
        if text.is_ascii() {
            let words: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
            assert_eq!(
                crosscheck::text::ascii_word_bounds(text).collect::<Vec<_>>(),
                words
            );
        }
    }
    let extraction = extract(ReportIndex(0), text, Span::new(0, text.len()), lexicon());
    for claim in &extraction.claims {
        assert!(claim.span.end <= text.len());
        assert!(text.is_char_boundary(claim.span.start) && text.is_char_boundary(claim.span.end));
    }
}

/// Report loading (front matter, fixture separators) and manifests on arbitrary bytes.
pub fn check_load_report(data: &[u8]) {
    let loaded = load_bytes("fuzz.md", data, &Meta::default(), FileKind::Text);
    for report in &loaded.reports {
        assert!(report.body.end <= report.text.len());
        check_positions(report);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let text: Arc<str> = Arc::from(text);
        let _ = parse_sidecar("meta.toml", &text);
    }
}

/// Arbitrary bytes as YAML and as TOML front matter, and as a JSONL line's fields: a located
/// problem or a report, never a panic. The fuzzer runs this target with a memory limit
/// (`-rss_limit_mb`), so a reader that expands aliases or nesting without bound fails it.
pub fn check_front_matter(data: &[u8]) {
    for (open, close) in [("---\n", "\n---\n"), ("+++\n", "\n+++\n")] {
        let mut file = open.as_bytes().to_vec();
        file.extend_from_slice(data);
        file.extend_from_slice(close.as_bytes());
        file.extend_from_slice(b"Russia launched 12 drones.\n");
        let loaded = load_bytes("fuzz.md", &file, &Meta::default(), FileKind::Text);
        for report in &loaded.reports {
            assert!(report.body.end <= report.text.len());
            check_positions(report);
        }
    }
    let mut line = b"{\"text\": \"Russia launched 12 drones.\", \"x\": ".to_vec();
    line.extend_from_slice(data);
    line.extend_from_slice(b"}\n");
    let loaded = load_bytes("fuzz.jsonl", &line, &Meta::default(), FileKind::Feed);
    for report in &loaded.reports {
        check_positions(report);
    }
}

/// JSONL feeds on arbitrary bytes: every position maps into the file.
pub fn check_load_feed(data: &[u8]) {
    let loaded = load_bytes("fuzz.jsonl", data, &Meta::default(), FileKind::Feed);
    for report in &loaded.reports {
        check_positions(report);
        let _ = extract(ReportIndex(0), &report.text, report.body, lexicon());
    }
}

/// HTML pages on arbitrary bytes (with the `html` feature; without it, a located problem).
pub fn check_load_html(data: &[u8]) {
    let loaded = load_bytes("fuzz.html", data, &Meta::default(), FileKind::Html);
    for report in &loaded.reports {
        check_positions(report);
    }
}

/// A rule file and a lexicon file made of the same arbitrary text: problems, never a panic.
pub fn check_rule_file(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut pack = Pack::shipped();
    let file = |path: &str| DataFile {
        path: path.into(),
        text: Arc::from(text),
    };
    pack.add("figures/fuzz-rule.toml", file("figures/fuzz-rule.toml"));
    let mut lexicon_files = pack.lexicon.clone();
    lexicon_files.push(file("lexicon/fuzz.toml"));
    let (lexicon, _) = Lexicon::load(&lexicon_files);
    let (_, _) = Facts::load(&[file("facts/fuzz.toml")], &lexicon);
    let (_, _) = RuleSet::load(&pack.rules, &lexicon);
}

/// Every offset of the report's text maps to a position inside its file.
fn check_positions(report: &Report) {
    let file_len = report
        .origin
        .as_ref()
        .map_or(report.text.len(), |o| o.file.len());
    for offset in (0..=report.text.len()).step_by(7) {
        let position = report.file_position(offset);
        assert!(position.offset <= file_len);
        assert!(position.line >= 1 && position.column >= 1);
    }
}

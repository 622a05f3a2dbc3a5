//! Property tests: no input makes parsing panic, and spans always lie inside the text.

use std::sync::Arc;

use proptest::prelude::*;

use crosscheck::claim::ReportIndex;
use crosscheck::parse::{extract, read_numbers};
use crosscheck::report::{Meta, load_file};
use crosscheck::span::Span;

use crate::support::shipped;

/// Words that steer the parser into its deeper paths: numbers, hedges, counted nouns, actions,
/// titles, dates, punctuation.
const NEWS_WORDS: &[&str] = &[
    "at",
    "least",
    "more",
    "than",
    "nearly",
    "about",
    "up",
    "to",
    "between",
    "and",
    "of",
    "the",
    "14",
    "1,500",
    "3.7%",
    "$2.3bn",
    "forty-seven",
    "a",
    "dozen",
    "dozens",
    "half",
    "third",
    "one",
    "in",
    "five",
    "drones",
    "missiles",
    "people",
    "children",
    "were",
    "killed",
    "injured",
    "launched",
    "shot",
    "down",
    "including",
    "with",
    "others",
    "former",
    "President",
    "Donald",
    "Trump",
    "the",
    "president",
    "Ukrainian",
    "Zelensky",
    ",",
    ".",
    "-",
    "year",
    "third",
    "its",
    "war",
    "since",
    "February",
    "2022",
    "on",
    "Thursday",
    "overnight",
    "rose",
    "by",
    "fell",
    "said",
    "according",
    "Kyiv",
    "region",
    "his",
    "predecessor",
    "Joe",
    "Biden",
    "\"",
    "(",
    "'s",
    "—",
];

fn news_sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(NEWS_WORDS), 0..40).prop_map(|words| words.join(" "))
}

fn check_spans(text: &str) {
    let extraction = extract(
        ReportIndex(0),
        text,
        Span::new(0, text.len()),
        &shipped().lexicon,
    );
    for claim in &extraction.claims {
        assert!(claim.span.start <= claim.span.end && claim.span.end <= text.len());
        assert!(text.is_char_boundary(claim.span.start) && text.is_char_boundary(claim.span.end));
        assert_eq!(claim.text, &text[claim.span.start..claim.span.end]);
    }
    for number in read_numbers(text, &shipped().lexicon) {
        assert!(number.span.end <= text.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string_parses_without_panic(text in "\\PC{0,300}") {
        check_spans(&text);
    }

    #[test]
    fn news_like_word_salad_parses_without_panic(text in news_sentence()) {
        check_spans(&text);
    }

    #[test]
    fn any_bytes_load_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let loaded = load_file("p.md", &bytes, &Meta::default());
        for report in &loaded.reports {
            prop_assert!(report.body.end <= report.text.len());
        }
    }

    #[test]
    fn front_matter_variants_load_without_panic(head in "(\\+\\+\\+|---)\\n", body in "[a-z =:\"0-9\\n+-]{0,80}", tail in "(\\+\\+\\+|---)?\\n?.{0,40}") {
        let text = format!("{head}{body}{tail}");
        let loaded = load_file("p.md", text.as_bytes(), &Meta::default());
        for problem in &loaded.problems {
            if let Some(span) = problem.span {
                prop_assert!(span.end <= text.len());
            }
        }
    }
}

#[test]
fn pathological_inputs_finish() {
    let hedges = "at least ".repeat(2_000) + "5 drones";
    let digits = "9".repeat(10_000);
    let long_sentence = "drones and missiles ".repeat(5_000);
    let text: Arc<str> = Arc::from(format!("{hedges}. {digits} people. {long_sentence}").as_str());
    check_spans(&text);
}

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

#[path = "../../fuzz/checks.rs"]
#[allow(dead_code)]
mod fuzz_checks;

/// Every input the fuzzers ever crashed on (and the seeds worth keeping) is saved under
/// `tests/fuzz-regressions/TARGET/` and run through that target's checks on every test run.
#[test]
fn fuzz_regression_inputs_pass_their_checks() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut run = 0;
    for (target, check) in fuzz_checks::TARGETS {
        let Ok(entries) = std::fs::read_dir(root.join(target)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            let data = std::fs::read(&path).unwrap();
            let outcome = std::panic::catch_unwind(|| check(&data));
            assert!(outcome.is_ok(), "{target} fails on {}", path.display());
            run += 1;
        }
    }
    assert!(run > 0, "tests/fuzz-regressions holds inputs");
}

/// Makes a text from how many times its unit repeats.
type Shape = fn(usize) -> String;

/// Pathological shapes, each as a function of how many times its unit repeats.
const PATHOLOGICAL: &[(&str, Shape)] = &[
    ("repeated hedges", |n| "at least ".repeat(n) + "5 drones."),
    ("a long number", |n| {
        "9".repeat(n * 4) + " people were killed."
    }),
    ("one sentence, no punctuation", |n| {
        "russia launched 550 drones and missiles at kyiv overnight ".repeat(n)
    }),
    ("titles without end", |n| {
        "former US President ".repeat(n) + "Donald Trump"
    }),
    ("numbers without end", |n| "1, 2, 3, 4 and ".repeat(n)),
    ("ranges without end", |n| {
        "between 5 and 10 to ".repeat(n) + "people"
    }),
    ("dates without end", |n| {
        "on 24 February 2022 since ".repeat(n)
    }),
    ("parentheses and quotes", |n| "(\"550 ".repeat(n) + "drones"),
    ("many short sentences", |n| "Seven were hurt. ".repeat(n)),
    ("names after title words in one sentence", |n| {
        "chair Tarlo Brennan and ".repeat(n) + "others spoke."
    }),
    ("slips of a surname in one sentence", |n| {
        "Chair Tarlo Brennan, Brenan, ".repeat(n) + "spoke."
    }),
    ("names before saying verbs", |n| {
        "Tarlo Brennan said Ana Brel said ".repeat(n) + "so."
    }),
    ("many different names before saying verbs", |n| {
        // Every name different, all with the same initials.
        (0..n)
            .map(|i| {
                let letters: String = (0..4)
                    .map(|p| char::from(b'a' + ((i / 26usize.pow(p)) % 26) as u8))
                    .collect();
                format!("Tarlo B{letters} said the town was calm. ")
            })
            .collect()
    }),
];

/// No input makes the parser's work grow faster than the input: the steps counted for four
/// times the input stay within five times the steps for the input (linear, with slack for
/// fixed costs). Work is counted, not timed, so the test means the same on any machine.
#[test]
fn parser_work_grows_linearly() {
    let lexicon = &shipped().lexicon;
    let work = |text: &str| {
        crosscheck::text::work::take();
        let _ = extract(ReportIndex(0), text, Span::new(0, text.len()), lexicon);
        crosscheck::text::work::take()
    };
    let mut failures = Vec::new();
    for (name, make) in PATHOLOGICAL {
        let small = work(&make(500));
        let large = work(&make(2_000));
        assert!(small > 0, "{name}: no work counted");
        let ratio = large as f64 / small as f64;
        if ratio > 5.0 {
            failures.push(format!(
                "{name}: 4x the input took {ratio:.1}x the work ({small} → {large})"
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// The ASCII word splitter splits exactly where UAX #29 does.
    #[test]
    fn ascii_words_split_as_unicode_does(text in "[a-zA-Z0-9 .,;:'\"_\\-\r\n\t\x0b\x0c()!?%$&*/]{0,40}") {
        use unicode_segmentation::UnicodeSegmentation;
        let fast: Vec<(usize, &str)> = crosscheck::text::ascii_word_bounds(&text).collect();
        let unicode: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
        prop_assert_eq!(fast, unicode);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// Words of news copy (curly quotes, dashes, no-break spaces, accented letters) split
    /// without the Unicode tables exactly where UAX #29 does; other characters (a combining
    /// mark, a format character, another script) leave the text to the tables.
    #[test]
    fn news_words_split_as_unicode_does(
        mapped in "[a-zA-Z0-9 .,;:'\"_()\\-\n’‘·“”«»–—…\u{a0}\u{2007}\u{2009}\u{202f}éÉüßłŁªµ°€£×½]{0,50}",
        other in "[a-z0-9 .’']{0,20}[\u{ad}\u{300}\u{200d}\u{85}Ωאあ÷][a-z0-9 .’']{0,20}",
    ) {
        use unicode_segmentation::UnicodeSegmentation;
        for text in [mapped.clone(), format!("{mapped}{other}")] {
            let unicode: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
            prop_assert_eq!(crosscheck::text::word_bounds(&text), unicode);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// Sentences split line by line, plain ASCII lines without the Unicode tables, split
    /// exactly where UAX #29 does: on ASCII text, and on text where some lines are not.
    #[test]
    fn sentences_split_as_unicode_does(
        text in "[a-zA-Z0-9 .!?,;:'\"()\\[\\]\\-\r\n\t\x0b\x0c%$&*/]{0,60}",
        other in "[a-z .!?\"\n]{0,30}(é|“|”|—|\u{85})[a-zA-Z .!?\"\n]{0,30}",
        mapped in "[a-zA-Z0-9 .!?,;:\"'()\n’‘“”«»–—\u{a0}\u{2009}\u{202f}éÉüßÇłŁ…°€£×½]{0,60}",
        copy in "[a-zA-Z0-9 .!?,;:\"'()\n’‘“”«»–—\u{a0}\u{2009}\u{202f}éÉüßÇłŁ…°€£×½\u{ad}\u{85}\u{300}ǅƻΩ]{0,50}",
    ) {
        use unicode_segmentation::UnicodeSegmentation;
        for text in [text.clone(), format!("{text}{other}"), format!("{other}{text}"), copy.clone(), mapped.clone()] {
            let fast = crosscheck::text::sentence_bounds(&text);
            let unicode: Vec<(usize, &str)> = text.split_sentence_bound_indices().collect();
            prop_assert_eq!(fast, unicode);
        }
    }
}

//! The whole run, not just the parser, does work in proportion to its input: reading, rules,
//! and every output format. Each shape is checked at two sizes, one twice the other, and the
//! work counted (tokens, lexicon lookups, pairs of figures compared, bytes scanned for positions
//! and snippets, bytes written) must stay well under the fourfold a quadratic step would take.
//! Figures are compared in pairs up to a reach of 512 figures a group, then each new figure
//! with the first 512 only, so the ratio nears two from above as groups grow past the reach;
//! the sizes here put every group past it. Work is counted, not timed, so the test means the
//! same on any machine.

use crosscheck::engine;
use crosscheck::finding::Finding;
use crosscheck::render::{HumanOptions, github_line, render_finding, short_line};
use crosscheck::report::{Meta, Report, load_file};
use crosscheck::text::work;

use crate::support::shipped;

/// Two reports of one event, each a single long paragraph of `n` sentences, or `n` lines.
type Shape = fn(usize, u64) -> String;

const SHAPES: &[(&str, Shape)] = &[
    ("one line of differing figures", |n, seed| {
        (0..n)
            .map(|i| {
                format!(
                    "Russia launched {} drones overnight. ",
                    100 + (i as u64 * 7 + seed * 13) % 900
                )
            })
            .collect()
    }),
    ("one sentence a line", |n, seed| {
        (0..n)
            .map(|i| {
                format!(
                    "Officials said {} people were killed in {}.\n",
                    10 + (i as u64 + seed) % 50,
                    ["Kyiv", "Ukraine", "Lviv"][i % 3]
                )
            })
            .collect()
    }),
    ("many measures on one line", |n, seed| {
        const NOUNS: [&str; 2] = ["drones", "missiles"];
        (0..n)
            .map(|i| {
                format!(
                    "The army said {} {} were destroyed. ",
                    1 + (i as u64 * 3 + seed) % 97,
                    NOUNS[i % 2]
                )
            })
            .collect()
    }),
    ("appositions on one line", |n, seed| {
        (0..n)
            .map(|i| {
                format!(
                    "Volodymyr Zelensky, the president, said {} drones were shot down. ",
                    10 + (i as u64 + seed) % 80
                )
            })
            .collect()
    }),
    ("days, durations and nations in one sentence", |n, seed| {
        let mut text: String = (0..n)
            .map(|i| {
                format!(
                    "in Jamaica the tremor struck on {}, the raid took {} minutes and the country lost {} lives, ",
                    crosscheck::time::WEEKDAYS[(i + seed as usize) % 7],
                    2 + i % 9,
                    1 + (i as u64 * 3 + seed) % 40
                )
            })
            .collect();
        text.push_str("officials said. ");
        text
    }),
    ("names spelled many ways alike", |n, seed| {
        // Every surname shares one spelling key: "Bananan", "Benenon", … each a vowel apart.
        const VOWELS: [char; 5] = ['a', 'e', 'i', 'o', 'u'];
        (0..n)
            .map(|i| {
                let k = i + seed as usize;
                let surname: String = (0..6)
                    .flat_map(|p| ['n', VOWELS[(k / 5usize.pow(p)) % 5]])
                    .collect();
                format!("Governor Tarlo B{surname} said {} drones fell. ", 1 + i % 9)
            })
            .collect()
    }),
    ("open titles in one long sentence", |n, seed| {
        // Titles before and after names, bare ones, and "and" between them, all in one sentence.
        let mut text: String = (0..n)
            .map(|i| {
                let k = i + seed as usize;
                let surname: String = (0..4)
                    .map(|p| char::from(b'a' + ((k / 26usize.pow(p)) % 26) as u8))
                    .collect();
                format!(
                    "Harlow coach Tarlo V{surname}, the Harlow chief executive and the president, "
                )
            })
            .collect();
        text.push_str("met officials. ");
        text
    }),
    // Text with no full stop (a broken or hostile file): the parsers read it in pieces of at
    // most `text::MAX_SENTENCE_BYTES`, since their work on one sentence grows with the square of
    // its figures and titles. A last sentence gives the two reports a finding.
    ("bare figures with no full stop", |n, seed| {
        let text: String = (0..n)
            .map(|i| format!("the tally {} ", 1 + (i as u64 * 7 + seed) % 997))
            .collect();
        with_a_finding(text, seed)
    }),
    ("a chain of number words", |n, seed| {
        with_a_finding("twenty-".repeat(n), seed)
    }),
    ("titles and days with no full stop", |n, seed| {
        with_a_finding("Prime Minister Ana Brel said on Friday, ".repeat(n), seed)
    }),
    ("titles and elapsed time on one line", |n, _| {
        (0..n)
            .map(|i| format!("Former President Donald Trump spoke as the war in Ukraine, now in its {} year, went on. ", ["second", "fifth", "tenth"][i % 3]))
            .collect()
    }),
];

/// `text` closed by a full stop, then a sentence whose figure differs between the two
/// reports.
fn with_a_finding(text: String, seed: u64) -> String {
    format!(
        "{text}then. Russia launched {} drones overnight. ",
        500 + seed * 39
    )
}

fn reports(shape: Shape, n: usize) -> Vec<Report> {
    ["A", "B"]
        .iter()
        .enumerate()
        .flat_map(|(seed, outlet)| {
            // Each outlet in its own words, so that the two are not copies of one story.
            let said = [", officials said.", ", the army told reporters."][seed];
            let body = shape(n, seed as u64)
                .replace(". ", &format!("{said} "))
                .replace(".\n", &format!("{said}\n"));
            let text = format!(
                "+++\noutlet = \"{outlet}\"\npublished = 2025-07-04\nevent = \"e\"\n+++\n{body}"
            );
            load_file(&format!("{outlet}.md"), text.as_bytes(), &Meta::default()).reports
        })
        .collect()
}

/// The work of each stage for one input, counted on one thread.
fn work_of(reports: &[Report]) -> Vec<(&'static str, u64)> {
    let shipped = shipped();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    pool.install(|| {
        work::take();
        let findings: Vec<Finding> = engine::check(reports, shipped.context(), &shipped.rules);
        let mut stages = vec![("check", work::take())];
        let mut format = |name: &'static str, output: String| {
            stages.push((name, work::take() + output.len() as u64));
        };
        let options = HumanOptions {
            colour: false,
            width: 100,
        };
        format(
            "human",
            findings
                .iter()
                .map(|f| render_finding(reports, f, options))
                .collect(),
        );
        format(
            "short",
            findings.iter().map(|f| short_line(reports, f)).collect(),
        );
        format(
            "github",
            findings.iter().map(|f| github_line(reports, f)).collect(),
        );
        format(
            "json",
            crosscheck::render::findings_json(reports, &findings, &[], &[]).to_string(),
        );
        format(
            "sarif",
            crosscheck::render::findings_sarif(reports, &findings, &[], &shipped.rules).to_string(),
        );
        let claims: Vec<_> = engine::extract_all(reports, shipped.context())
            .into_iter()
            .flat_map(|e| e.claims)
            .collect();
        work::take();
        format(
            "claims",
            crosscheck::render::claims_json(reports, &claims).to_string(),
        );
        stages
    })
}

#[test]
fn the_whole_run_grows_linearly_in_every_format() {
    let mut failures = Vec::new();
    for (name, shape) in SHAPES {
        let small = work_of(&reports(*shape, 800));
        let large = work_of(&reports(*shape, 1_600));
        for ((stage, s), (_, l)) in small.iter().zip(&large) {
            assert!(*s > 0, "{name}, {stage}: no work counted");
            let ratio = *l as f64 / *s as f64;
            if ratio > 3.0 {
                failures.push(format!(
                    "{name}, {stage}: twice the input took {ratio:.2}x the work ({s} → {l})"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

//! A generated corpus (examples/gen-corpus.rs) with planted inconsistencies of every shipped rule
//! kind and many consistent look-alikes: the check must report exactly the findings the ground
//! truth lists, so precision and recall are both 1.0. On a difference the test prints a
//! confusion table by rule, with every miss and false alarm quoted.

use std::collections::BTreeMap;
use std::path::Path;

use crosscheck::finding::Finding;
use crosscheck::report::Report;

use crate::support::check_folder;

// The generator is an example program; its core is compiled into this test as a module. Not
// every part of its API is used here.
#[allow(dead_code)]
#[path = "../../examples/gen_corpus/lib.rs"]
mod gen_corpus;

use gen_corpus::{ExpectedFinding, Options, Quote, Truth};

/// Enough reports for every kind of plant to occur several times, small enough for a debug
/// build.
const REPORTS: usize = 400;
const SEED: u64 = 7;

#[test]
fn generated_corpus_reports_exactly_the_planted_findings() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let truth = write_corpus(folder.path(), REPORTS, SEED);
    let counts = gen_corpus::findings_by_rule(&truth);
    assert!(
        counts.len() >= 9 && counts.values().all(|&n| n >= 2),
        "the corpus plants every kind of inconsistency: {counts:?}"
    );

    let (reports, findings) = check_folder(folder.path());
    assert_eq!(reports.len(), REPORTS);
    let confusion = Confusion::new(folder.path(), &reports, &findings, &truth);
    let (precision, recall) = confusion.precision_recall();
    assert!(
        precision == 1.0 && recall == 1.0,
        "precision {precision:.4}, recall {recall:.4}\n{}",
        confusion.table()
    );
}

#[test]
fn generator_output_depends_only_on_its_options() {
    let digest = |seed: u64| {
        let mut files = Vec::new();
        let truth = gen_corpus::generate(
            &Options {
                reports: 60,
                seed,
                register: false,
                look_alikes: true,
            },
            |path, text| files.push((path.to_string(), text.to_string())),
        );
        (files, gen_corpus::truth_json(&truth))
    };
    assert_eq!(digest(3), digest(3));
    assert_ne!(digest(3).0, digest(4).0);
    // A smaller corpus is the beginning of a larger one with the same seed.
    let small = digest(3).0;
    let mut files = Vec::new();
    gen_corpus::generate(
        &Options {
            reports: 90,
            seed: 3,
            register: false,
            look_alikes: true,
        },
        |path, text| files.push((path.to_string(), text.to_string())),
    );
    let shared = small.len() - 7;
    assert_eq!(small[..shared], files[..shared]);
}

fn write_corpus(folder: &Path, reports: usize, seed: u64) -> Truth {
    gen_corpus::generate(
        &Options {
            reports,
            seed,
            register: false,
            look_alikes: true,
        },
        |path, text| {
            let file = folder.join(path);
            std::fs::create_dir_all(file.parent().expect("a folder"))
                .expect("the folder is writable");
            std::fs::write(&file, text).expect("the file is writable");
        },
    )
}

/// Expected findings against reported ones. A reported finding matches an expected one when
/// the rule is the same and each of its locations overlaps a different quoted location.
struct Confusion {
    /// For each rule: expected, reported, matched.
    by_rule: BTreeMap<String, [usize; 3]>,
    missed: Vec<String>,
    false_alarms: Vec<String>,
}

impl Confusion {
    fn new(folder: &Path, reports: &[Report], findings: &[Finding], truth: &Truth) -> Confusion {
        let relative = |report: &Report| {
            Path::new(&report.path)
                .strip_prefix(folder)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_else(|_| report.path.clone())
        };
        let located: Vec<Vec<Quote>> = findings
            .iter()
            .map(|f| {
                f.locations
                    .iter()
                    .map(|l| {
                        let report = &reports[l.report.0];
                        Quote {
                            path: relative(report),
                            start: l.span.start,
                            end: l.span.end,
                            text: report.text[l.span.start..l.span.end].to_string(),
                        }
                    })
                    .collect()
            })
            .collect();
        let mut by_rule: BTreeMap<String, [usize; 3]> = BTreeMap::new();
        let mut taken = vec![false; findings.len()];
        let mut missed = Vec::new();
        for expected in &truth.findings {
            by_rule.entry(expected.rule.clone()).or_default()[0] += 1;
            let found = (0..findings.len()).find(|&i| {
                !taken[i] && findings[i].rule == expected.rule && same_places(&located[i], expected)
            });
            match found {
                Some(i) => {
                    taken[i] = true;
                    by_rule.entry(expected.rule.clone()).or_default()[2] += 1;
                }
                None => missed.push(describe(
                    &expected.rule,
                    &expected.plants.join(", "),
                    &expected.locations,
                )),
            }
        }
        let mut false_alarms = Vec::new();
        for (i, finding) in findings.iter().enumerate() {
            by_rule.entry(finding.rule.clone()).or_default()[1] += 1;
            if !taken[i] {
                false_alarms.push(describe(&finding.rule, &finding.message, &located[i]));
            }
        }
        Confusion {
            by_rule,
            missed,
            false_alarms,
        }
    }

    fn precision_recall(&self) -> (f64, f64) {
        let [expected, reported, matched] = self.by_rule.values().fold([0; 3], |sum, row| {
            [sum[0] + row[0], sum[1] + row[1], sum[2] + row[2]]
        });
        let ratio = |n: usize, d: usize| if d == 0 { 1.0 } else { n as f64 / d as f64 };
        (ratio(matched, reported), ratio(matched, expected))
    }

    fn table(&self) -> String {
        let mut out = String::from(
            "| rule | expected | reported | matched | missed | false alarms |\n|---|---|---|---|---|---|\n",
        );
        for (rule, [expected, reported, matched]) in &self.by_rule {
            out.push_str(&format!(
                "| {rule} | {expected} | {reported} | {matched} | {} | {} |\n",
                expected - matched,
                reported - matched
            ));
        }
        for (title, list) in [
            ("missed", &self.missed),
            ("false alarms", &self.false_alarms),
        ] {
            out.push_str(&format!("\n{title} ({}):\n", list.len()));
            for line in list.iter().take(40) {
                out.push_str(line);
            }
        }
        out
    }
}

/// Whether a finding's locations cover the expected quotes: each expected quote is overlapped,
/// and each location is in a report the expected quotes name (a finding locates every mention of
/// a disagreeing figure, so a report that restates it has more than one location).
fn same_places(found: &[Quote], expected: &ExpectedFinding) -> bool {
    let overlaps = |a: &Quote, b: &Quote| a.path == b.path && a.start < b.end && b.start < a.end;
    found
        .iter()
        .all(|f| expected.locations.iter().any(|e| e.path == f.path))
        && expected
            .locations
            .iter()
            .all(|e| found.iter().any(|f| overlaps(f, e)))
}

fn describe(rule: &str, note: &str, quotes: &[Quote]) -> String {
    let mut out = format!("- {rule} ({note})\n");
    for q in quotes {
        out.push_str(&format!(
            "    {} {}..{} {:?}\n",
            q.path, q.start, q.end, q.text
        ));
    }
    out
}

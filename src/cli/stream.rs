//! A check that does not hold the reports' text: files are read, and their claims extracted, in
//! parallel, one file at a time per thread; each report's text is let go once its claims are
//! read, since the rules need only claims. The text of the few reports findings point into is
//! read again from disk for the output.
//!
//! Standard input cannot be read twice, and reports with `crosscheck-ignore` comments are
//! needed whole to apply them, so those keep their text.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rayon::prelude::*;

use crate::claim::{Claim, ReportIndex};
use crate::engine::{self, Context};
use crate::problem::Problem;
use crate::render::SkippedFile;
use crate::report::{LoadedFile, Report};

use super::inputs::{Plan, PlannedFile, load_stdin, read_file};

/// The reports of a run, with their claims; most reports' text is let go.
pub struct Streamed {
    pub reports: Vec<Report>,
    pub claims: Vec<Claim>,
    pub problems: Vec<Problem>,
    pub skipped: Vec<SkippedFile>,
    files: Vec<PlannedFile>,
    /// For each report, how to find its text again, when it was let go.
    released: Vec<Option<Released>>,
}

/// Reads the planned files and extracts their claims in parallel. Reports without a
/// publication date are dated `as_of` when given. `done` is called after each file.
pub fn read_and_extract(
    plan: Plan,
    as_of: Option<jiff::civil::Date>,
    ctx: Context<'_>,
    done: &(dyn Fn() + Sync),
) -> Streamed {
    let mut streamed = Streamed {
        reports: Vec::new(),
        claims: Vec::new(),
        problems: plan.problems,
        skipped: plan.skipped,
        files: Vec::new(),
        released: Vec::new(),
    };
    if let Some(bytes) = &plan.stdin {
        // Standard input cannot be read again: it keeps its text.
        let read = extract_file(load_stdin(bytes, &plan.stdin_info), None, as_of, ctx);
        streamed.add(read);
    }
    // Files are collected in their planned order, so the output is the same whatever the
    // number of threads.
    let read: Vec<ReadFile> = plan
        .files
        .par_iter()
        .enumerate()
        .map(|(index, file)| {
            let read = extract_file(read_file(file), Some(index), as_of, ctx);
            done();
            read
        })
        .collect();
    // Sized up front, so that gathering the claims does not hold twice their memory.
    let claims: usize = read
        .iter()
        .flat_map(|file| file.reports.iter().map(|(_, claims, _)| claims.len()))
        .sum();
    streamed.claims.reserve_exact(claims);
    for file in read {
        streamed.add(file);
    }
    streamed.files = plan.files;
    streamed
}

impl Streamed {
    /// Reads again the text of the given reports, when it was let go. A file that changed
    /// since it was checked is a problem, and its reports are left without text: see
    /// [`Streamed::has_text`].
    pub fn restore(&mut self, needed: impl IntoIterator<Item = ReportIndex>) {
        let mut wanted: Vec<usize> = needed
            .into_iter()
            .map(|r| r.0)
            .filter(|&r| self.released.get(r).is_some_and(Option::is_some))
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        // One read per file, however many of its reports are wanted.
        let mut at = 0;
        while at < wanted.len() {
            let file = self.released[wanted[at]].as_ref().map_or(0, |r| r.file);
            let end = wanted[at..]
                .iter()
                .position(|&r| self.released[r].as_ref().map(|x| x.file) != Some(file))
                .map_or(wanted.len(), |n| at + n);
            let reread = read_file(&self.files[file]);
            let mut changed = false;
            for &report in &wanted[at..end] {
                let Some(released) = self.released[report].take() else {
                    continue;
                };
                match reread.reports.get(released.ordinal) {
                    Some(again) if text_hash(&again.text) == released.hash => {
                        self.reports[report].text = Arc::clone(&again.text);
                        self.reports[report].origin = again.origin.clone();
                    }
                    _ => {
                        // One problem for the file, however many of its reports changed.
                        if !changed {
                            self.problems.push(
                                Problem::new(
                                    &self.files[file].display,
                                    "the file changed while it was being checked; its findings are not shown",
                                )
                                .with_help("check it again"),
                            );
                            changed = true;
                        }
                        self.released[report] = Some(released);
                    }
                }
            }
            at = end;
        }
    }

    /// Whether the report's text is at hand (not let go, or read again).
    pub fn has_text(&self, report: ReportIndex) -> bool {
        self.released.get(report.0).is_none_or(Option::is_none)
    }

    fn add(&mut self, read: ReadFile) {
        let first = self.reports.len();
        self.problems.extend(read.problems);
        for (offset, (report, claims, released)) in read.reports.into_iter().enumerate() {
            let index = ReportIndex(first + offset);
            self.reports.push(report);
            self.released.push(released);
            self.claims.extend(claims.into_iter().map(|mut claim| {
                claim.report = index;
                claim
            }));
        }
    }
}

/// One file's reports, each with its claims and how to find its text again.
struct ReadFile {
    reports: Vec<(Report, Vec<Claim>, Option<Released>)>,
    problems: Vec<Problem>,
}

/// Where a let-go text was, and a hash to tell whether the file changed since.
#[derive(Clone, Copy, Debug)]
struct Released {
    /// The file's index in the plan.
    file: usize,
    /// The report's place among the file's reports.
    ordinal: usize,
    hash: u64,
}

/// Extracts the claims of one file's reports, in parallel for files of many (feeds), and lets
/// each text go when `file` says where to find it again.
fn extract_file(
    loaded: LoadedFile,
    file: Option<usize>,
    as_of: Option<jiff::civil::Date>,
    ctx: Context<'_>,
) -> ReadFile {
    let read: Vec<Result<_, Problem>> = loaded
        .reports
        .into_par_iter()
        .enumerate()
        .map(|(ordinal, mut report)| {
            super::date_undated(std::slice::from_mut(&mut report), as_of);
            // The report's index is set when the file's reports join the run. A fault of the
            // parser on one report (a bug) leaves that report unchecked, said so, and the run
            // goes on with the others.
            let extraction = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                #[cfg(test)]
                assert!(
                    !report.text.contains(tests::FAULT),
                    "a fault made by a test"
                );
                engine::extract_report(ReportIndex(0), &report, ctx)
            }))
            .map_err(|_| {
                Problem::new(
                    report.display_path(),
                    "crosscheck failed while reading this report (a bug); not checked",
                )
                .with_help("please report it with the file; the other reports were checked")
            })?;
            report.topics = extraction.topics;
            report.names = extraction.names;
            report.fingerprint = extraction.fingerprint;
            let claims = extraction.claims;
            let keep_text = report.text.contains(crate::suppress::IGNORE_MARKER);
            let released = match file {
                Some(file) if !keep_text => {
                    let released = Released {
                        file,
                        ordinal,
                        hash: text_hash(&report.text),
                    };
                    report.text = Arc::from("");
                    report.origin = None;
                    Some(released)
                }
                _ => None,
            };
            Ok((report, claims, released))
        })
        .collect();
    let mut problems = loaded.problems;
    let mut reports = Vec::with_capacity(read.len());
    for report in read {
        match report {
            Ok(report) => reports.push(report),
            Err(problem) => problems.push(problem),
        }
    }
    ReadFile { reports, problems }
}

fn text_hash(text: &str) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Facts;
    use crate::lexicon::Lexicon;
    use crate::pack::Pack;

    const REPORT: &str = "---\noutlet: Test\npublished: 2025-07-04\n---\nRussia launched 550 drones overnight, officials said.\n";

    /// Words that make the parser fail on a report, in tests only.
    pub(super) const FAULT: &str = "[a fault for a test]";

    #[test]
    fn a_report_the_parser_fails_on_is_a_problem_and_the_others_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.md"), REPORT).unwrap();
        std::fs::write(dir.path().join("b.md"), format!("{REPORT}{FAULT}\n")).unwrap();
        let streamed = check_folder(dir.path());
        assert_eq!(streamed.reports.len(), 1);
        assert!(!streamed.claims.is_empty());
        assert_eq!(streamed.problems.len(), 1, "{:?}", streamed.problems);
        let problem = &streamed.problems[0];
        assert!(problem.path.ends_with("b.md"), "{problem:?}");
        assert!(problem.message.contains("not checked"), "{problem:?}");
    }

    fn check_folder(dir: &std::path::Path) -> Streamed {
        let pack = Pack::shipped();
        let (lexicon, _) = Lexicon::load(&pack.lexicon);
        let (facts, _) = Facts::load(&pack.facts, &lexicon);
        let ctx = Context {
            lexicon: &lexicon,
            facts: &facts,
        };
        let plan =
            super::super::inputs::plan_reports_with(&[dir.to_path_buf()], Default::default());
        read_and_extract(plan, None, ctx, &|| {})
    }

    #[test]
    fn texts_are_let_go_and_read_again() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.md"), REPORT).unwrap();
        let ignored = format!("{REPORT}\n<!-- crosscheck-ignore sources-disagree: checked -->\n");
        std::fs::write(dir.path().join("b.md"), &ignored).unwrap();
        let mut streamed = check_folder(dir.path());
        assert_eq!(streamed.reports.len(), 2);
        assert!(!streamed.claims.is_empty());
        // The claims were read before the text was let go; a report with a suppression keeps
        // its text, since suppressions are applied after the rules.
        assert_eq!(&*streamed.reports[0].text, "");
        assert!(!streamed.has_text(ReportIndex(0)));
        assert_eq!(&*streamed.reports[1].text, ignored);
        assert!(streamed.claims.iter().any(|c| c.report == ReportIndex(1)));
        streamed.restore([ReportIndex(0), ReportIndex(1), ReportIndex(0)]);
        assert_eq!(&*streamed.reports[0].text, REPORT);
        assert!(streamed.has_text(ReportIndex(0)));
        assert!(streamed.problems.is_empty(), "{:?}", streamed.problems);
    }

    #[test]
    fn a_file_changed_during_the_check_is_a_problem() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        std::fs::write(&path, REPORT).unwrap();
        let mut streamed = check_folder(dir.path());
        std::fs::write(&path, REPORT.replace("550", "5,550")).unwrap();
        streamed.restore([ReportIndex(0)]);
        assert!(!streamed.has_text(ReportIndex(0)));
        assert_eq!(streamed.problems.len(), 1);
        assert!(
            streamed.problems[0]
                .message
                .contains("changed while it was being checked"),
            "{:?}",
            streamed.problems[0]
        );
    }

    #[test]
    fn a_feed_changed_during_the_check_is_one_problem() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        let line = |id: &str, n: u32| {
            format!(
                "{{\"id\":\"{id}\",\"published\":\"2025-07-04\",\"text\":\"Russia launched {n} drones overnight.\"}}\n"
            )
        };
        std::fs::write(&path, line("a", 550) + &line("b", 539)).unwrap();
        let mut streamed = check_folder(dir.path());
        assert_eq!(streamed.reports.len(), 2);
        std::fs::write(&path, line("a", 551) + &line("b", 538)).unwrap();
        streamed.restore([ReportIndex(0), ReportIndex(1)]);
        assert!(!streamed.has_text(ReportIndex(0)) && !streamed.has_text(ReportIndex(1)));
        assert_eq!(streamed.problems.len(), 1, "{:?}", streamed.problems);
    }
}

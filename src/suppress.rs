//! Accepted findings: inline suppressions in reports and baseline files.
//!
//! An inline suppression is an HTML comment, `<!-- crosscheck-ignore RULE: reason -->`, that
//! silences the rules it names (comma-separated) for the paragraph it opens or, written inside a
//! paragraph, for the rest of that paragraph. A baseline is a file of findings accepted earlier,
//! matched by a fingerprint of their content (rule, report and quoted words), never by line, so
//! it survives edits elsewhere in the report.
//!
//! Both report what they did not use: a suppression or a baseline entry that matches nothing is
//! stale and is said to be, so they do not pile up unseen.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::claim::ReportIndex;
use crate::finding::{Finding, Location, Severity};
use crate::problem::Problem;
use crate::report::Report;
use crate::rules::RuleSet;
use crate::span::Span;

/// The rule id of findings about suppressions that match nothing.
pub const UNUSED_SUPPRESSION: &str = "unused-suppression";

/// What opens a suppression comment: `<!-- crosscheck-ignore RULE: reason -->`.
pub const IGNORE_MARKER: &str = "crosscheck-ignore";

/// What an unused suppression finding says, for rule listings (SARIF) that describe it.
pub const UNUSED_SUPPRESSION_SUMMARY: &str =
    "An inline `crosscheck-ignore` comment silences nothing: the finding it was for is gone.";

/// One `<!-- crosscheck-ignore … -->` comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppression {
    pub report: ReportIndex,
    /// The rule ids named.
    pub rules: Vec<String>,
    pub reason: Option<String>,
    /// The comment itself.
    pub comment: Span,
    /// The text it silences findings in.
    pub scope: Span,
}

/// The findings left after inline suppressions, with a finding for each suppression that
/// silenced nothing and a problem for each that names an unknown rule.
pub fn apply_inline(
    reports: &[Report],
    rules: &RuleSet,
    findings: Vec<Finding>,
) -> (Vec<Finding>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut suppressions = Vec::new();
    for (index, report) in reports.iter().enumerate() {
        for suppression in find_suppressions(ReportIndex(index), &report.text, report.body) {
            let unknown: Vec<&String> = suppression
                .rules
                .iter()
                .filter(|id| rules.get(id).is_none() && id.as_str() != UNUSED_SUPPRESSION)
                .collect();
            if !unknown.is_empty() {
                let ids = unknown
                    .iter()
                    .map(|id| format!("`{id}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let suggestion = match unknown.as_slice() {
                    [id] => crate::problem::did_you_mean(
                        id,
                        rules
                            .iter()
                            .map(|r| r.id.as_str())
                            .chain([UNUSED_SUPPRESSION]),
                    ),
                    _ => String::new(),
                };
                problems.push(
                    Problem::new(
                        report.display_path(),
                        format!("the suppression names no known rule: {ids}{suggestion}"),
                    )
                    .at(&report.text, suppression.comment)
                    .with_help("`crosscheck rules list` shows the rule ids"),
                );
            }
            suppressions.push(suppression);
        }
    }
    if suppressions.is_empty() {
        return (findings, problems);
    }
    let mut used = vec![false; suppressions.len()];
    let mut kept: Vec<Finding> = findings
        .into_iter()
        .filter(|finding| {
            let mut silenced = false;
            for (i, suppression) in suppressions.iter().enumerate() {
                if suppression.silences(finding) {
                    used[i] = true;
                    silenced = true;
                }
            }
            !silenced
        })
        .collect();
    for (suppression, used) in suppressions.iter().zip(used) {
        if used {
            continue;
        }
        let rules = suppression.rules.join(", ");
        kept.push(Finding {
            rule: UNUSED_SUPPRESSION.into(),
            severity: Severity::Warning,
            message: format!("this suppression of {rules} silences nothing"),
            help: Some(
                "the finding it was written for is gone; remove the comment, or fix the rule id"
                    .into(),
            ),
            because: None,
            locations: vec![Location {
                report: suppression.report,
                span: suppression.comment,
                value: format!("crosscheck-ignore {rules}"),
            }],
            fix: Some(crate::finding::Fix {
                message: "remove the suppression".into(),
                edits: vec![crate::finding::Edit {
                    report: suppression.report,
                    span: suppression.comment,
                    replacement: String::new(),
                }],
            }),
        });
    }
    crate::engine::sort_findings(reports, &mut kept);
    (kept, problems)
}

impl Suppression {
    fn silences(&self, finding: &Finding) -> bool {
        self.rules.contains(&finding.rule)
            && finding
                .locations
                .iter()
                .any(|l| l.report == self.report && self.scope.contains(l.span))
    }
}

/// The suppression comments in a report's body, in order.
pub fn find_suppressions(report: ReportIndex, text: &str, body: Span) -> Vec<Suppression> {
    const OPEN: &str = "<!--";
    let mut found = Vec::new();
    // A report whose text was let go after extraction had no suppression (those keep their
    // text).
    if text.get(body.start..body.end).is_none() {
        return found;
    }
    let mut from = body.start;
    while let Some(open) = text[from..body.end].find(OPEN).map(|i| from + i) {
        // The close after the opening's own dashes ("<!--->" is not closed), as comments are
        // masked before extraction (`parse::mask_comments`).
        let Some(close) = text[open + OPEN.len()..body.end]
            .find("-->")
            .map(|i| open + OPEN.len() + i + 3)
        else {
            break;
        };
        from = close;
        let inner = text[open + OPEN.len()..close - 3].trim();
        let Some(rest) = inner.strip_prefix(IGNORE_MARKER) else {
            continue;
        };
        if !rest.starts_with(char::is_whitespace) {
            continue;
        }
        let (ids, reason) = match rest.split_once(':') {
            Some((ids, reason)) => (ids, Some(reason.trim().to_string())),
            None => (rest, None),
        };
        let rules: Vec<String> = ids
            .split([',', ' '])
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .map(str::to_string)
            .collect();
        if rules.is_empty() {
            continue;
        }
        found.push(Suppression {
            report,
            rules,
            reason: reason.filter(|r| !r.is_empty()),
            comment: Span::new(open, close),
            scope: Span::new(close, paragraph_end(text, close, body.end)),
        });
    }
    found
}

/// The end of the paragraph that starts at or after `from`: blank space first is skipped, then
/// the paragraph runs to the next blank line.
fn paragraph_end(text: &str, from: usize, end: usize) -> usize {
    let rest = &text[from..end];
    let start = from + (rest.len() - rest.trim_start().len());
    text[start..end]
        .find("\n\n")
        .or_else(|| text[start..end].find("\n\r\n"))
        .map_or(end, |i| start + i)
}

/// A finding's content, independent of where in its files it stands: the rule, and for each
/// report involved its file name (with the report id in a fixture or feed) and the quoted
/// words. Printed as 16 hex digits.
pub fn fingerprint(reports: &[Report], finding: &Finding) -> String {
    let mut parts: BTreeSet<String> = BTreeSet::new();
    for location in &finding.locations {
        let report = &reports[location.report.0];
        let file = std::path::Path::new(&report.path)
            .file_name()
            .map_or_else(|| report.path.clone(), |n| n.to_string_lossy().to_string());
        let name = report.name.as_deref().unwrap_or("");
        let words = report
            .text
            .get(location.span.start..location.span.end)
            .unwrap_or("");
        let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
        parts.insert(format!("{file}#{name}\u{1f}{words}"));
    }
    let mut hash = Fnv::new();
    hash.write(finding.rule.as_bytes());
    for part in parts {
        hash.write(&[0x1e]);
        hash.write(part.as_bytes());
    }
    format!("{:016x}", hash.0)
}

/// A baseline file: findings accepted as they are.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<BaselineEntry>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct BaselineEntry {
    pub rule: String,
    pub fingerprint: String,
    /// What the finding said when it was accepted, for people reading the file.
    #[serde(default)]
    pub message: String,
    /// The files involved, for people reading the file.
    #[serde(default)]
    pub files: Vec<String>,
}

impl Baseline {
    /// A baseline accepting every one of `findings`.
    pub fn of(reports: &[Report], findings: &[Finding]) -> Baseline {
        let mut entries: Vec<BaselineEntry> = findings
            .iter()
            .filter(|f| f.rule != UNUSED_SUPPRESSION)
            .map(|f| {
                let mut files: Vec<String> = f
                    .locations
                    .iter()
                    .map(|l| reports[l.report.0].display_path())
                    .collect();
                files.dedup();
                BaselineEntry {
                    rule: f.rule.clone(),
                    fingerprint: fingerprint(reports, f),
                    message: f.message.clone(),
                    files,
                }
            })
            .collect();
        entries.sort_by(|a, b| (&a.rule, &a.fingerprint).cmp(&(&b.rule, &b.fingerprint)));
        entries.dedup_by(|a, b| a.rule == b.rule && a.fingerprint == b.fingerprint);
        Baseline {
            version: 1,
            findings: entries,
        }
    }

    /// Reads a baseline file's text; the error says where it is broken.
    pub fn parse(path: &str, text: &str) -> Result<Baseline, Problem> {
        serde_json::from_str(text).map_err(|error| {
            let offset = crate::span::offset_of(text, error.line().max(1), error.column().max(1));
            Problem::new(path, format!("not a crosscheck baseline: {error}"))
                .at(&std::sync::Arc::from(text), Span::new(offset, offset))
                .with_help("write one with `crosscheck check PATHS --write-baseline FILE`")
        })
    }

    /// The findings the baseline does not accept, and the entries that matched no finding.
    pub fn filter(
        &self,
        reports: &[Report],
        findings: Vec<Finding>,
    ) -> (Vec<Finding>, Vec<BaselineEntry>) {
        let accepted: BTreeSet<(&str, &str)> = self
            .findings
            .iter()
            .map(|e| (e.rule.as_str(), e.fingerprint.as_str()))
            .collect();
        let mut matched: BTreeSet<(String, String)> = BTreeSet::new();
        let kept = findings
            .into_iter()
            .filter(|finding| {
                let print = fingerprint(reports, finding);
                if accepted.contains(&(finding.rule.as_str(), print.as_str())) {
                    matched.insert((finding.rule.clone(), print));
                    false
                } else {
                    true
                }
            })
            .collect();
        let stale = self
            .findings
            .iter()
            .filter(|e| !matched.contains(&(e.rule.clone(), e.fingerprint.clone())))
            .cloned()
            .collect();
        (kept, stale)
    }
}

/// FNV-1a, 64 bits: stable across versions and platforms, unlike the standard hasher.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_suppression_comments() {
        let text = "One.\n\n<!-- crosscheck-ignore conflicting-figures, self-contradicting-figures: wire copy -->\nTwo 550.\nStill two.\n\nThree.\n<!-- a note --> <!-- crosscheck-ignore x -->";
        let found = find_suppressions(ReportIndex(0), text, Span::new(0, text.len()));
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[0].rules,
            vec!["conflicting-figures", "self-contradicting-figures"]
        );
        assert_eq!(found[0].reason.as_deref(), Some("wire copy"));
        assert_eq!(
            &text[found[0].scope.start..found[0].scope.end].trim(),
            &"Two 550.\nStill two."
        );
        assert_eq!(found[1].rules, vec!["x"]);
        assert_eq!(found[1].reason, None);
    }

    #[test]
    fn not_a_suppression() {
        let text =
            "<!-- crosscheck-ignored -->\n<!-- crosscheck-ignore -->\n<!-- crosscheck-ignore a";
        assert!(find_suppressions(ReportIndex(0), text, Span::new(0, text.len())).is_empty());
    }

    #[test]
    fn a_comment_closed_by_its_own_dashes_is_not_closed() {
        for text in ["<!--->", "<!-->", "x <!--->\n<!-- crosscheck-ignore a -->"] {
            let found = find_suppressions(ReportIndex(0), text, Span::new(0, text.len()));
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        let text = "<!---->";
        assert!(find_suppressions(ReportIndex(0), text, Span::new(0, text.len())).is_empty());
    }

    #[test]
    fn fnv_is_stable() {
        let mut hash = Fnv::new();
        hash.write(b"a");
        assert_eq!(hash.0, 0xaf63_dc4c_8601_ec8c);
    }
}

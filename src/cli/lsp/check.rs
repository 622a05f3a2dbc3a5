//! What the language server knows of a document: its review against the archive, and the
//! diagnostics, hover text and code actions made from it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use lsp_types::{
    CodeAction, CodeActionKind, CodeDescription, Diagnostic, DiagnosticRelatedInformation,
    DiagnosticSeverity, Location, NumberOrString, Range, TextEdit, Uri, WorkspaceEdit,
};

use super::convert::{path_to_uri, position, range};
use crate::claim::ClaimKind;
use crate::finding::{Finding, Severity};
use crate::problem::Problem;
use crate::report::{FileKind, Meta, load_bytes};
use crate::review::{Archive, Review};

/// Where drafts are checked against: folders read once and watched, an index read per check,
/// or nothing (a draft is then checked alone and against the record of facts).
pub enum Source {
    None,
    Folders {
        roots: Vec<PathBuf>,
        /// What the archive's files were when read: (path, size, modification time).
        snapshot: Vec<(PathBuf, u64, std::time::SystemTime)>,
        archive: Archive,
    },
    #[cfg(feature = "index")]
    Index(PathBuf),
}

/// The files under `roots` with their size and modification time, in walk order.
pub fn snapshot(roots: &[PathBuf]) -> Vec<(PathBuf, u64, std::time::SystemTime)> {
    let plan = super::super::inputs::plan_reports_with(roots, Default::default());
    plan.files
        .into_iter()
        .filter_map(|f| {
            let meta = std::fs::metadata(&f.path).ok()?;
            Some((f.path, meta.len(), meta.modified().ok()?))
        })
        .collect()
}

impl Source {
    /// The archive folders read now.
    pub fn folders(roots: Vec<PathBuf>, loaded: &super::super::Loaded) -> Source {
        let snapshot = snapshot(&roots);
        let inputs = super::super::load_reports(&roots);
        // The client shows a server's standard error in its log: archive files that could not
        // be read are said there, not silently left out.
        for problem in &inputs.problems {
            eprintln!(
                "crosscheck lsp: archive not read in full: {}: {}",
                problem.location_prefix(),
                problem.message
            );
        }
        let archive = Archive::new(inputs.reports, loaded.context());
        Source::Folders {
            roots,
            snapshot,
            archive,
        }
    }

    /// Reads the archive folders again when a file was added, changed or removed; true when
    /// it did.
    pub fn refresh(&mut self, loaded: &super::super::Loaded) -> bool {
        let Source::Folders {
            roots,
            snapshot: before,
            ..
        } = self
        else {
            return false;
        };
        if snapshot(roots) == *before {
            return false;
        }
        *self = Source::folders(roots.clone(), loaded);
        true
    }
}

/// A document checked: the review's reports (the drafts first), findings and claims.
pub struct Checked {
    pub drafts: usize,
    pub review: Review,
    pub findings: Vec<Finding>,
    pub problems: Vec<Problem>,
}

/// Checks a document's text as drafts of the file `path`.
pub fn check(
    path: &Path,
    text: &str,
    source: &Source,
    loaded: &super::super::Loaded,
) -> Result<Checked, Problem> {
    let display = path.display().to_string();
    let mut file = load_bytes(
        &display,
        text.as_bytes(),
        &Meta::default(),
        FileKind::of(&display),
    );
    super::super::date_undated(&mut file.reports, loaded.config.as_of);
    let drafts = file.reports.len();
    let review = match source {
        Source::None => Archive::from_read(Vec::new(), Vec::new()).review(
            file.reports,
            loaded.context(),
            &loaded.rules,
        ),
        Source::Folders { archive, .. } => {
            // A draft saved in the archive is not compared with itself.
            let archive_without = archive.without_file(path);
            match &archive_without {
                Some(other) => other.review(file.reports, loaded.context(), &loaded.rules),
                None => archive.review(file.reports, loaded.context(), &loaded.rules),
            }
        }
        #[cfg(feature = "index")]
        Source::Index(db) => {
            let index = super::super::index_cmd::open_for_review(db, loaded)?;
            let events = file
                .reports
                .iter()
                .filter_map(|r| r.meta.event.clone())
                .collect();
            let dates = file
                .reports
                .iter()
                .filter_map(|r| r.meta.published.map(|p| p.date))
                .collect();
            let excluded: Vec<String> = std::fs::canonicalize(path)
                .map(|p| vec![p.display().to_string()])
                .unwrap_or_default();
            let (reports, claims): (Vec<crate::report::Report>, Vec<_>) = index
                .related(&events, &dates, &excluded)?
                .into_iter()
                .map(|(report, stored)| (report, stored.claims))
                .unzip();
            Archive::from_read(reports, claims).review(
                file.reports,
                loaded.context(),
                &loaded.rules,
            )
        }
    };
    let (findings, mut problems) =
        crate::suppress::apply_inline(&review.reports, &loaded.rules, review.findings.clone());
    problems.extend(file.problems);
    Ok(Checked {
        drafts,
        review,
        findings,
        problems,
    })
}

/// Where a rule's page is: the repository's generated page when it is on disk, else the rule
/// file of a user's pack.
fn rule_page(loaded: &super::super::Loaded, rule: &str) -> Option<Uri> {
    let page = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/rules")
        .join(format!("{rule}.md"));
    if page.is_file() {
        return path_to_uri(&page);
    }
    let file = &loaded.rules.rules.get(rule)?.path;
    Path::new(file)
        .is_file()
        .then(|| path_to_uri(Path::new(file)))?
}

fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

impl Checked {
    /// The location of a finding in the document: its first location in a draft.
    fn in_draft<'a>(&self, finding: &'a Finding) -> Option<&'a crate::finding::Location> {
        finding.locations.iter().find(|l| l.report.0 < self.drafts)
    }

    /// One diagnostic per finding, at its words in the document, with the other reports'
    /// words as related information; and one per problem of reading the document.
    pub fn diagnostics(&self, loaded: &super::super::Loaded) -> Vec<Diagnostic> {
        let reports = &self.review.reports;
        let mut diagnostics = Vec::new();
        for finding in &self.findings {
            let Some(at) = self.in_draft(finding) else {
                continue;
            };
            let related: Vec<DiagnosticRelatedInformation> = finding
                .locations
                .iter()
                .filter(|l| !std::ptr::eq(*l, at))
                .filter_map(|l| {
                    let report = &reports[l.report.0];
                    Some(DiagnosticRelatedInformation {
                        location: Location {
                            uri: path_to_uri(Path::new(&report.path))?,
                            range: range(report, l.span),
                        },
                        // The value names its report already ("Wire A: 550 drones launched").
                        message: l.value.clone(),
                    })
                })
                .collect();
            let mut message = finding.message.clone();
            if let Some(because) = &finding.because {
                message.push_str(&format!("\n{because}"));
            }
            diagnostics.push(Diagnostic {
                range: range(&reports[at.report.0], at.span),
                severity: Some(severity(finding.severity)),
                code: Some(NumberOrString::String(finding.rule.clone())),
                code_description: rule_page(loaded, &finding.rule)
                    .map(|href| CodeDescription { href }),
                source: Some("crosscheck".into()),
                message,
                related_information: (!related.is_empty()).then_some(related),
                tags: None,
                data: None,
            });
        }
        for problem in &self.problems {
            let at = match (&problem.text, problem.span) {
                (Some(text), Some(span)) => Range {
                    start: position(text, span.start),
                    end: position(text, span.end),
                },
                _ => Range::default(),
            };
            diagnostics.push(Diagnostic {
                range: at,
                severity: Some(DiagnosticSeverity::ERROR),
                source: Some("crosscheck".into()),
                message: match &problem.help {
                    Some(help) => format!("{}\n{help}", problem.message),
                    None => problem.message.clone(),
                },
                ..Diagnostic::default()
            });
        }
        diagnostics
    }

    /// The claim under a byte offset of the document, as read, and what the other reports
    /// compared with it give for the same measure or person.
    pub fn hover(&self, offset: usize) -> Option<(String, Range)> {
        let reports = &self.review.reports;
        let claim = self
            .review
            .claims
            .iter()
            .filter(|c| c.report.0 < self.drafts)
            .filter(|c| c.span.start <= offset && offset <= c.span.end)
            .min_by_key(|c| c.span.len())?;
        let report = &reports[claim.report.0];
        let published = report.meta.published.map(|p| p.date);
        let mut text = format!(
            "**{}** `{}`\n\n{}",
            claim.kind.name(),
            claim.text,
            super::super::describe_claim(claim, published)
        );
        let others: Vec<String> = self
            .review
            .claims
            .iter()
            .filter(|c| c.report.0 >= self.drafts)
            .filter(|c| same_subject(&claim.kind, &c.kind))
            .map(|c| {
                let other = &reports[c.report.0];
                let date = other
                    .meta
                    .published
                    .map_or_else(String::new, |p| format!(", {}", p.date));
                format!("- {} ({}{date}): `{}`", other.label(), other.path, c.text)
            })
            .collect();
        if !others.is_empty() {
            text.push_str("\n\nOther reports compared with this one:\n");
            text.push_str(&others.join("\n"));
        }
        Some((text, range(report, claim.span)))
    }

    /// Code actions for the findings at a range of the document: the finding's fix, and an
    /// inline suppression at the head of its paragraph.
    pub fn code_actions(&self, uri: &Uri, at: Range, text: &str) -> Vec<CodeAction> {
        let reports = &self.review.reports;
        let mut actions = Vec::new();
        for finding in &self.findings {
            let Some(location) = self.in_draft(finding) else {
                continue;
            };
            let finding_range = range(&reports[location.report.0], location.span);
            if finding_range.end < at.start || at.end < finding_range.start {
                continue;
            }
            if let Some(fix) = &finding.fix {
                let edits: Vec<TextEdit> = fix
                    .edits
                    .iter()
                    .filter(|e| e.report.0 < self.drafts)
                    .map(|e| TextEdit {
                        range: range(&reports[e.report.0], e.span),
                        new_text: e.replacement.clone(),
                    })
                    .collect();
                if !edits.is_empty() {
                    actions.push(CodeAction {
                        title: format!("crosscheck: {}", fix.message),
                        kind: Some(CodeActionKind::QUICKFIX),
                        is_preferred: Some(true),
                        edit: Some(workspace_edit(uri, edits)),
                        ..CodeAction::default()
                    });
                }
            }
            let file_offset = match &reports[location.report.0].origin {
                Some(origin) => origin.file_offset(location.span.start),
                None => location.span.start,
            };
            let head = paragraph_start(text, file_offset);
            let insert = position(text, head);
            actions.push(CodeAction {
                title: format!("crosscheck: accept this {} finding here", finding.rule),
                kind: Some(CodeActionKind::QUICKFIX),
                edit: Some(workspace_edit(
                    uri,
                    vec![TextEdit {
                        range: Range {
                            start: insert,
                            end: insert,
                        },
                        new_text: format!(
                            "<!-- {} {}: reason -->\n",
                            crate::suppress::IGNORE_MARKER,
                            finding.rule
                        ),
                    }],
                )),
                ..CodeAction::default()
            });
        }
        actions
    }
}

fn workspace_edit(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..WorkspaceEdit::default()
    }
}

/// Whether two claims speak of the same thing: quantities of one measure, titles of one
/// person, dates and durations of one subject.
fn same_subject(a: &ClaimKind, b: &ClaimKind) -> bool {
    match (a, b) {
        (ClaimKind::Quantity(a), ClaimKind::Quantity(b)) => {
            a.measure.is_some() && a.measure == b.measure
        }
        (ClaimKind::Role(a), ClaimKind::Role(b)) => a.person == b.person,
        (ClaimKind::Name(a), ClaimKind::Name(b)) => a.person == b.person,
        (ClaimKind::Elapsed(a), ClaimKind::Elapsed(b)) => {
            a.subject.is_some() && a.subject == b.subject
        }
        (ClaimKind::Date(a), ClaimKind::Date(b)) => {
            a.is_start && b.is_start && a.subject == b.subject
        }
        _ => false,
    }
}

/// Where the paragraph holding `offset` begins: after the last blank line before it.
fn paragraph_start(text: &str, offset: usize) -> usize {
    let before = &text[..offset.min(text.len())];
    let mut start = 0;
    let mut search = before;
    while let Some(i) = search.rfind('\n') {
        let line_start = search[..i].rfind('\n').map_or(0, |j| j + 1);
        if search[line_start..i].trim().is_empty() {
            start = i + 1;
            break;
        }
        search = &search[..i];
    }
    start
}

#[cfg(test)]
mod tests {
    use super::paragraph_start;

    #[test]
    fn a_paragraph_starts_after_the_last_blank_line() {
        let text = "Title\n\nFirst line\nsecond 550 line\n\nNext.";
        assert_eq!(paragraph_start(text, text.find("550").unwrap()), 7);
        assert_eq!(paragraph_start(text, 2), 0);
        assert_eq!(
            paragraph_start(text, text.find("Next").unwrap()),
            text.find("Next").unwrap()
        );
    }
}

//! Output: findings and claims as people and other tools read them.
//!
//! `human` renders miette diagnostics whose snippets come from every report involved, each under
//! its own file header; `short` prints `path:line:col: severity rule: message`; `json` follows
//! the versioned schema in docs/json.md; `sarif` is SARIF 2.1.0; `github` prints GitHub Actions
//! workflow commands, which show as annotations on a pull request.

mod html;
mod human;
mod json;
mod sarif;

pub use html::findings_html;
pub use human::{HumanOptions, quiet_drawing_panics, render_finding, render_problem};
pub use json::{SkippedFile, claims_json, findings_json};
pub use sarif::{INFORMATION_URI, SARIF_SCHEMA, findings_sarif, uri as file_uri};

use crate::problem::Problem;

use crate::finding::Finding;
use crate::report::Report;

/// `path:line:col: severity rule: message` for one finding, at its first location.
pub fn short_line(reports: &[Report], finding: &Finding) -> String {
    match finding.locations.first() {
        Some(location) => {
            let report = &reports[location.report.0];
            let at = report.file_position(location.span.start);
            format!(
                "{}:{}:{}: {} {}: {}",
                report.path, at.line, at.column, finding.severity, finding.rule, finding.message
            )
        }
        None => format!("{} {}: {}", finding.severity, finding.rule, finding.message),
    }
}

/// A GitHub Actions workflow command for one finding, at its first location; the other reports
/// involved are named in the message, since an annotation has one place.
pub fn github_line(reports: &[Report], finding: &Finding) -> String {
    let command = match finding.severity {
        crate::finding::Severity::Info => "notice",
        crate::finding::Severity::Warning => "warning",
        crate::finding::Severity::Error => "error",
    };
    let mut message = finding.message.clone();
    let others: Vec<String> = finding
        .locations
        .iter()
        .skip(1)
        .map(|l| {
            let report = &reports[l.report.0];
            let at = report.file_position(l.span.start);
            format!("{}:{}:{}", report.path, at.line, at.column)
        })
        .collect();
    if !others.is_empty() {
        message.push_str(&format!(" (see also {})", others.join(", ")));
    }
    if let Some(because) = &finding.because {
        message.push_str(&format!("\n{because}"));
    }
    let title = format!("crosscheck {}", finding.rule);
    match finding.locations.first() {
        Some(location) => {
            let report = &reports[location.report.0];
            let start = report.file_position(location.span.start);
            let end = report.file_position(location.span.end);
            format!(
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                escape_property(&report.path),
                start.line,
                start.column,
                end.line,
                end.column,
                escape_property(&title),
                escape_data(&message)
            )
        }
        None => format!(
            "::{command} title={}::{}",
            escape_property(&title),
            escape_data(&message)
        ),
    }
}

/// A GitHub Actions error command for an input problem.
pub fn github_problem_line(problem: &Problem) -> String {
    let mut properties = format!("file={}", escape_property(&problem.path));
    if let Some(at) = problem.position() {
        properties.push_str(&format!(",line={},col={}", at.line, at.column));
    }
    format!(
        "::error {properties},title=crosscheck input problem::{}",
        escape_data(&problem.message)
    )
}

fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

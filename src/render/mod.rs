//! Output: findings and claims as people and other tools read them.
//!
//! `human` renders miette diagnostics whose snippets come from every report involved, each under
//! its own file header; `short` prints `path:line:col: severity rule: message`; `json` follows
//! the versioned schema in docs/json.md.

mod human;
mod json;

pub use human::{HumanOptions, render_finding, render_problem};
pub use json::{SkippedFile, claims_json, findings_json};

use crate::finding::Finding;
use crate::report::Report;
use crate::span::line_column;

/// `path:line:col: severity rule: message` for one finding, at its first location.
pub fn short_line(reports: &[Report], finding: &Finding) -> String {
    match finding.locations.first() {
        Some(location) => {
            let report = &reports[location.report.0];
            let at = line_column(&report.text, location.span.start);
            format!(
                "{}:{}:{}: {} {}: {}",
                report.path, at.line, at.column, finding.severity, finding.rule, finding.message
            )
        }
        None => format!("{} {}: {}", finding.severity, finding.rule, finding.message),
    }
}

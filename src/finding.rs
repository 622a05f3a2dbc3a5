//! Findings: what rules report. Plain data; rendering lives in `render`.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::claim::ReportIndex;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub const NAMES: &'static [&'static str] = &["info", "warning", "error"];

    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl FromStr for Severity {
    type Err = String;

    fn from_str(s: &str) -> Result<Severity, String> {
        match s {
            "info" => Ok(Severity::Info),
            "warning" => Ok(Severity::Warning),
            "error" => Ok(Severity::Error),
            _ => Err(format!(
                "unknown severity `{s}`; valid: info, warning, error"
            )),
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One inconsistency: the rule that found it and the words of every report involved.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    /// Why the claims were compared ("same event `kyiv-attack-2025-07-04`").
    pub because: Option<String>,
    /// The first location is the primary one.
    pub locations: Vec<Location>,
    /// A change to the words that would resolve the finding, when there is one sure change
    /// ("former President" for a sitting president: drop "former").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
}

/// A change to a report's words that resolves a finding.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fix {
    /// What the change does, for a person choosing it: "write `President`".
    pub message: String,
    pub edits: Vec<Edit>,
}

/// One replacement: the words of `span` in `report` become `replacement` (an empty span
/// inserts, an empty replacement deletes).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Edit {
    pub report: ReportIndex,
    pub span: Span,
    pub replacement: String,
}

/// A claim involved in a finding.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Location {
    pub report: ReportIndex,
    pub span: Span,
    /// The value this report gives, as a reader would say it: "550 drones launched".
    pub value: String,
}

//! Located problems with input: reports, rule files, lexicon and facts files.
//!
//! A problem never stops a run: the file it names is skipped (or the part of it that is wrong),
//! the rest is checked, and the exit code says that something was not checked.

use std::fmt;
use std::sync::Arc;

use miette::{Diagnostic, LabeledSpan, NamedSource, SourceCode};
use serde::Serialize;

use crate::span::{LineColumn, Span, line_column_of};

/// Something in an input file that could not be read or used.
#[derive(Clone, Debug)]
pub struct Problem {
    /// The file, as given on the command line (or the shipped pack's path for built-in data).
    pub path: String,
    pub message: String,
    /// Where in the file, when known.
    pub span: Option<Span>,
    /// What to do about it.
    pub help: Option<String>,
    /// The file's text, for rendering the location; absent for files that are not text.
    pub text: Option<Arc<str>>,
    /// True for problems that leave the input usable but incomplete (a `published` that is not
    /// a date); false when the file, or a part of it, was skipped.
    pub degraded: bool,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            message: message.into(),
            span: None,
            help: None,
            text: None,
            degraded: false,
        }
    }

    pub fn at(mut self, text: &Arc<str>, span: Span) -> Problem {
        let end = span.end.min(text.len());
        let start = span.start.min(end);
        self.span = Some(Span::new(start, end));
        self.text = Some(text.clone());
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Problem {
        self.help = Some(help.into());
        self
    }

    pub fn degraded(mut self) -> Problem {
        self.degraded = true;
        self
    }

    /// The 1-based line and column of the problem, when it has a location.
    pub fn position(&self) -> Option<LineColumn> {
        match (&self.text, self.span) {
            (Some(text), Some(span)) => Some(line_column_of(text, span.start)),
            _ => None,
        }
    }

    /// The problem as plain data for JSON output.
    pub fn to_json(&self) -> ProblemJson {
        let position = self.position();
        ProblemJson {
            path: self.path.clone(),
            message: self.message.clone(),
            line: position.map(|p| p.line),
            column: position.map(|p| p.column),
            help: self.help.clone(),
        }
    }

    /// The `path:line:col` prefix used by short output.
    pub fn location_prefix(&self) -> String {
        match self.position() {
            Some(p) => format!("{}:{}:{}", self.path, p.line, p.column),
            None => self.path.clone(),
        }
    }

    /// A miette diagnostic that renders the problem with its source snippet.
    pub fn diagnostic(&self) -> ProblemDiagnostic {
        ProblemDiagnostic {
            message: format!("{}: {}", self.path, self.message),
            help: self.help.clone(),
            source: self
                .text
                .as_ref()
                .map(|text| NamedSource::new(self.path.clone(), text.to_string())),
            span: self.span,
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct ProblemJson {
    pub path: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

/// A rendered form of [`Problem`]; kept separate so `Problem` stays plain data.
#[derive(Debug)]
pub struct ProblemDiagnostic {
    message: String,
    help: Option<String>,
    source: Option<NamedSource<String>>,
    span: Option<Span>,
}

impl fmt::Display for ProblemDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ProblemDiagnostic {}

impl Diagnostic for ProblemDiagnostic {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Error)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let (span, _) = (self.span?, self.source.as_ref()?);
        Some(Box::new(std::iter::once(LabeledSpan::new(
            Some("here".into()),
            span.start,
            span.len(),
        ))))
    }
}

/// Turns a TOML parse or deserialisation error into a located problem.
pub fn from_toml_error(
    path: &str,
    text: &Arc<str>,
    error: &toml::de::Error,
    offset: usize,
) -> Problem {
    let message = error.message().trim().to_string();
    let problem = Problem::new(path, message);
    match error.span() {
        Some(span) => problem.at(text, Span::new(span.start + offset, span.end + offset)),
        None => problem,
    }
}

/// The candidate nearest to a mistyped word, when one is close enough to be the word meant:
/// Jaro-Winkler similarity of at least 0.8, or an edit distance of at most a third of the
/// word's length. Ties go to the first candidate.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    const SIMILAR: f64 = 0.8;
    let mut best: Option<(&str, f64)> = None;
    for candidate in candidates {
        let similarity = strsim::jaro_winkler(word, candidate);
        let close = similarity >= SIMILAR
            || strsim::levenshtein(word, candidate) * 3 <= word.chars().count().max(1);
        if close && best.is_none_or(|(_, s)| similarity > s) {
            best = Some((candidate, similarity));
        }
    }
    best.map(|(candidate, _)| candidate)
}

/// "; did you mean `x`?" for the candidate nearest to a mistyped word, else nothing.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    nearest(word, candidates)
        .map(|candidate| format!("; did you mean `{candidate}`?"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::nearest;

    #[test]
    fn nearest_suggests_only_close_ids() {
        let ids = ["toll-rose", "conflicting-figures", "sources-disagree"];
        assert_eq!(nearest("toll-rise", ids), Some("toll-rose"));
        assert_eq!(
            nearest("conflicting-figure", ids),
            Some("conflicting-figures")
        );
        assert_eq!(nearest("sources-disagre", ids), Some("sources-disagree"));
        assert_eq!(nearest("zebra", ids), None);
        assert_eq!(nearest("", ids), None);
    }
}

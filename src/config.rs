//! `crosscheck.toml`: a project's settings, found upward from the working directory.
//!
//! ```toml
//! rules = ["checks/newsroom"]               # rule packs, relative to this file
//! disable = ["inconsistent-name-spelling"]  # rules not to run
//! select = []                               # when not empty, only these rules run
//! severity = { conflicting-figures = "error" }
//! fail-on = "warning"                       # info, warning, error or never
//! as-of = 2025-07-04                        # publication date of undated reports
//! archive = ["published"]                   # what `crosscheck lsp` checks drafts against
//! index = "archive.db"                      # or an archive index, for `crosscheck lsp`
//! ```
//!
//! Parsing is pure; the CLI finds and reads the file. Flags given on the command line win.

use std::collections::BTreeMap;
use std::sync::Arc;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::finding::Severity;
use crate::problem::{Problem, did_you_mean, from_toml_error};
use crate::rules::RuleSet;
use crate::span::Span;

/// The name of the configuration file.
pub const CONFIG_FILE: &str = "crosscheck.toml";

/// A parsed configuration, with spans kept for located errors.
#[derive(Debug, Default)]
pub struct Config {
    pub path: String,
    pub text: Option<Arc<str>>,
    /// Rule packs, relative to the file.
    pub rules: Vec<Spanned<String>>,
    pub disable: Vec<Spanned<String>>,
    pub select: Vec<Spanned<String>>,
    pub severity: BTreeMap<String, Spanned<String>>,
    /// Where each `severity` key is, for an unknown rule id.
    pub severity_keys: BTreeMap<String, std::ops::Range<usize>>,
    pub fail_on: Option<Spanned<String>>,
    pub as_of: Option<jiff::civil::Date>,
    /// Folders and files of published reports the language server checks drafts against,
    /// relative to the file.
    pub archive: Vec<Spanned<String>>,
    /// An archive index for the language server, relative to the file.
    pub index: Option<Spanned<String>>,
}

/// The keys a configuration file may have.
pub const KEYS: &[&str] = &[
    "rules", "disable", "select", "severity", "fail-on", "as-of", "archive", "index",
];

/// The values `fail-on` takes.
pub const FAIL_ON: &[&str] = &["info", "warning", "error", "never"];

impl Config {
    /// Parses a configuration file's text. Every error is reported, each where it is: syntax
    /// errors (as many as the parser can recover from), unknown keys, values of the wrong
    /// type, unknown severities, fail-on values and dates. A configuration with any problem
    /// must not be used (the CLI stops).
    pub fn parse(path: &str, text: &Arc<str>) -> (Config, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut config = Config {
            path: path.to_string(),
            text: Some(text.clone()),
            ..Config::default()
        };
        let (document, errors) = DeTable::parse_recoverable(text);
        for error in &errors {
            problems.push(from_toml_error(path, text, error, 0));
        }
        let located = |span: std::ops::Range<usize>, message: String| {
            Problem::new(path, message).at(text, Span::new(span.start, span.end))
        };
        for (key, value) in document.get_ref() {
            let name: &str = key.get_ref();
            let span = value.span();
            match (name, value.get_ref()) {
                ("rules" | "disable" | "select" | "archive", DeValue::Array(items)) => {
                    let mut strings = Vec::new();
                    for item in items {
                        match item.get_ref() {
                            DeValue::String(s) => {
                                strings.push(Spanned::new(item.span(), s.to_string()));
                            }
                            other => problems.push(located(
                                item.span(),
                                format!(
                                    "`{name}` takes {} (strings), not {}",
                                    if matches!(name, "rules" | "archive") {
                                        "folders"
                                    } else {
                                        "rule ids"
                                    },
                                    shown(other)
                                ),
                            )),
                        }
                    }
                    match name {
                        "rules" => config.rules = strings,
                        "archive" => config.archive = strings,
                        "disable" => config.disable = strings,
                        _ => config.select = strings,
                    }
                }
                ("severity", DeValue::Table(table)) => {
                    for (id, severity) in table {
                        let id_text: &str = id.get_ref();
                        config.severity_keys.insert(id_text.to_string(), id.span());
                        match severity.get_ref() {
                            DeValue::String(s) if s.parse::<Severity>().is_ok() => {
                                config.severity.insert(
                                    id_text.to_string(),
                                    Spanned::new(severity.span(), s.to_string()),
                                );
                            }
                            other => problems.push(
                                located(
                                    severity.span(),
                                    match other {
                                        DeValue::String(s) => format!("unknown severity `{s}`"),
                                        other => {
                                            format!("a severity is a string, not {}", shown(other))
                                        }
                                    },
                                )
                                .with_help("valid: info, warning, error"),
                            ),
                        }
                    }
                }
                ("fail-on", DeValue::String(s)) if FAIL_ON.contains(&s.as_ref()) => {
                    config.fail_on = Some(Spanned::new(span, s.to_string()));
                }
                ("fail-on", other) => problems.push(
                    located(
                        span,
                        match other {
                            DeValue::String(s) => format!("unknown fail-on `{s}`"),
                            other => format!("`fail-on` is a string, not {}", shown(other)),
                        },
                    )
                    .with_help(format!("valid: {}", FAIL_ON.join(", "))),
                ),
                ("as-of", value) => {
                    let date = match value {
                        DeValue::Datetime(d) if d.time.is_none() && d.offset.is_none() => {
                            d.date.and_then(|x| {
                                jiff::civil::Date::new(x.year as i16, x.month as i8, x.day as i8)
                                    .ok()
                            })
                        }
                        _ => None,
                    };
                    if date.is_none() {
                        problems.push(
                            located(span, "`as-of` is not a date".into())
                                .with_help("write a date without quotes, such as 2025-07-04"),
                        );
                    }
                    config.as_of = date;
                }
                ("index", DeValue::String(s)) => {
                    config.index = Some(Spanned::new(span, s.to_string()));
                }
                ("index", other) => problems.push(
                    located(
                        span,
                        format!("`index` is a file name (a string), not {}", shown(other)),
                    )
                    .with_help("write index = \"archive.db\""),
                ),
                ("rules" | "disable" | "select" | "archive", other) => problems.push(
                    located(
                        span,
                        format!("`{name}` is an array of strings, not {}", shown(other)),
                    )
                    .with_help(format!("write {name} = [\"…\"]")),
                ),
                ("severity", other) => problems.push(
                    located(span, format!("`severity` is a table, not {}", shown(other)))
                        .with_help("write severity = { rule-id = \"error\" }"),
                ),
                (unknown, _) => problems.push(
                    located(
                        key.span(),
                        format!(
                            "unknown key `{unknown}`{}",
                            did_you_mean(unknown, KEYS.iter().copied())
                        ),
                    )
                    .with_help(format!("keys: {} (see docs/cli.md)", KEYS.join(", "))),
                ),
            }
        }
        (config, problems)
    }

    /// Applies `select`, `disable` and `severity` to the loaded rules. A rule id the rules do not
    /// have is a located problem, with the nearest known id: a typo would otherwise silently
    /// turn nothing off.
    pub fn apply(&self, rules: &mut RuleSet) -> Vec<Problem> {
        let mut problems = Vec::new();
        let Some(text) = &self.text else {
            return problems;
        };
        let known: Vec<String> = rules.iter().map(|r| r.id.clone()).collect();
        let unknown = |id: &str, span: std::ops::Range<usize>| {
            Problem::new(
                &self.path,
                format!(
                    "unknown rule id `{id}`{}",
                    did_you_mean(id, known.iter().map(String::as_str))
                ),
            )
            .at(text, Span::new(span.start, span.end))
            .with_help(format!("rules: {}", known.join(", ")))
        };
        for id in self.disable.iter().chain(&self.select) {
            if !known.contains(id.get_ref()) {
                problems.push(unknown(id.get_ref(), id.span()));
            }
        }
        for (id, span) in &self.severity_keys {
            if !known.contains(id) {
                problems.push(unknown(id, span.clone()));
            }
        }
        for (id, severity) in &self.severity {
            if let Some(rule) = rules.rules.get_mut(id)
                && let Ok(severity) = severity.get_ref().parse::<Severity>()
            {
                rule.severity = severity;
            }
        }
        if !self.select.is_empty() {
            let selected: Vec<&String> = self.select.iter().map(|s| s.get_ref()).collect();
            rules.rules.retain(|id, _| selected.contains(&id));
        }
        for id in &self.disable {
            rules.rules.remove(id.get_ref());
        }
        problems
    }
}

/// A TOML value as an error message names it.
fn shown(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(s) => format!("\"{s}\""),
        DeValue::Integer(i) => i.as_str().to_string(),
        DeValue::Float(f) => f.as_str().to_string(),
        DeValue::Boolean(b) => b.to_string(),
        DeValue::Datetime(d) => d.to_string(),
        DeValue::Array(_) => "an array".into(),
        DeValue::Table(_) => "a table".into(),
    }
}

//! `crosscheck.toml`: a project's settings, found upward from the working directory.
//!
//! ```toml
//! rules = ["checks/newsroom"]               # rule packs, relative to this file
//! disable = ["inconsistent-name-spelling"]  # rules not to run
//! select = []                               # when not empty, only these rules run
//! severity = { conflicting-figures = "error" }
//! fail-on = "warning"                       # info, warning, error or never
//! as-of = 2025-07-04                        # publication date of undated reports
//! ```
//!
//! Parsing is pure; the CLI finds and reads the file. Flags given on the command line win.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use crate::finding::Severity;
use crate::problem::{Problem, from_toml_error};
use crate::rules::RuleSet;
use crate::span::Span;

/// The name of the configuration file.
pub const CONFIG_FILE: &str = "crosscheck.toml";

/// A parsed configuration, with spans kept for located errors.
#[derive(Debug, Default)]
pub struct Config {
    pub path: String,
    pub text: Option<Arc<str>>,
    pub rules: Vec<String>,
    pub disable: Vec<Spanned<String>>,
    pub select: Vec<Spanned<String>>,
    pub severity: BTreeMap<String, Spanned<String>>,
    pub fail_on: Option<Spanned<String>>,
    pub as_of: Option<jiff::civil::Date>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigFile {
    #[serde(default)]
    rules: Vec<String>,
    #[serde(default)]
    disable: Vec<Spanned<String>>,
    #[serde(default)]
    select: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<String, Spanned<String>>,
    fail_on: Option<Spanned<String>>,
    as_of: Option<Spanned<toml::value::Datetime>>,
}

/// The values `fail-on` takes.
pub const FAIL_ON: &[&str] = &["info", "warning", "error", "never"];

impl Config {
    /// Parses a configuration file's text.
    pub fn parse(path: &str, text: &Arc<str>) -> (Config, Vec<Problem>) {
        let mut problems = Vec::new();
        let file: ConfigFile = match toml::from_str(text) {
            Ok(file) => file,
            Err(error) => {
                problems.push(from_toml_error(path, text, &error, 0).with_help(
                    "keys: rules, disable, select, severity, fail-on, as-of (see docs/cli.md)",
                ));
                return (
                    Config {
                        path: path.to_string(),
                        text: Some(text.clone()),
                        ..Config::default()
                    },
                    problems,
                );
            }
        };
        let located = |span: std::ops::Range<usize>, message: String| {
            Problem::new(path, message).at(text, Span::new(span.start, span.end))
        };
        if let Some(fail_on) = &file.fail_on
            && !FAIL_ON.contains(&fail_on.get_ref().as_str())
        {
            problems.push(
                located(
                    fail_on.span(),
                    format!("unknown fail-on `{}`", fail_on.get_ref()),
                )
                .with_help(format!("valid: {}", FAIL_ON.join(", "))),
            );
        }
        for severity in file.severity.values() {
            if severity.get_ref().parse::<Severity>().is_err() {
                problems.push(
                    located(
                        severity.span(),
                        format!("unknown severity `{}`", severity.get_ref()),
                    )
                    .with_help("valid: info, warning, error"),
                );
            }
        }
        let as_of = file.as_of.and_then(|d| {
            let date = d.get_ref().date.and_then(|x| {
                jiff::civil::Date::new(x.year as i16, x.month as i8, x.day as i8).ok()
            });
            if date.is_none() {
                problems.push(
                    located(d.span(), "`as-of` is not a date".into())
                        .with_help("write a date such as 2025-07-04"),
                );
            }
            date
        });
        (
            Config {
                path: path.to_string(),
                text: Some(text.clone()),
                rules: file.rules,
                disable: file.disable,
                select: file.select,
                severity: file.severity,
                fail_on: file.fail_on,
                as_of,
            },
            problems,
        )
    }

    /// Applies `select`, `disable` and `severity` to the loaded rules. A rule id the rules do not
    /// have is a located problem: a typo would otherwise silently turn nothing off.
    pub fn apply(&self, rules: &mut RuleSet) -> Vec<Problem> {
        let mut problems = Vec::new();
        let Some(text) = &self.text else {
            return problems;
        };
        let known: Vec<String> = rules.iter().map(|r| r.id.clone()).collect();
        let unknown = |id: &str, span: std::ops::Range<usize>| {
            Problem::new(&self.path, format!("unknown rule id `{id}`"))
                .at(text, Span::new(span.start, span.end))
                .with_help(format!("rules: {}", known.join(", ")))
        };
        for id in self.disable.iter().chain(&self.select) {
            if !known.contains(id.get_ref()) {
                problems.push(unknown(id.get_ref(), id.span()));
            }
        }
        for (id, severity) in &self.severity {
            match rules.rules.get_mut(id) {
                Some(rule) => {
                    if let Ok(severity) = severity.get_ref().parse::<Severity>() {
                        rule.severity = severity;
                    }
                }
                None => problems.push(unknown(id, severity.span())),
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

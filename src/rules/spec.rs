//! The rule file format and its compilation.

use std::sync::Arc;

use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

use super::kinds::{KINDS, KindInput};
use super::template::placeholders;
use super::{Rule, rule_id};
use crate::finding::Severity;
use crate::lexicon::{DataFile, Lexicon};
use crate::problem::{Problem, from_toml_error};
use crate::report::{Meta, Published};
use crate::span::Span;

/// A crosscheck rule file: one rule, whose id is the file's stem. `check` is read by the rule's
/// kind.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "crosscheck rule file")]
struct RuleFileSpec {
    /// The rule kind: the check this rule configures.
    #[schemars(with = "String")]
    kind: Spanned<String>,
    /// info, warning (the default) or error.
    #[schemars(with = "Option<String>")]
    severity: Option<Spanned<String>>,
    /// One line on what the rule flags.
    summary: String,
    /// The finding's message, with the kind's {placeholders}.
    #[schemars(with = "String")]
    message: Spanned<String>,
    /// What would settle it.
    help: Option<String>,
    /// The kind's settings.
    #[allow(dead_code)]
    #[schemars(with = "Option<serde_json::Map<String, serde_json::Value>>")]
    check: Option<toml::Value>,
    /// The rule's own tests.
    #[serde(default)]
    example: Vec<ExampleSpec>,
}

/// One of the rule's tests: reports, and whether the rule must fire on them.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct ExampleSpec {
    name: Option<String>,
    fires: bool,
    message: Option<String>,
    #[serde(default)]
    report: Vec<ExampleReportSpec>,
}

/// A report of an example.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct ExampleReportSpec {
    id: Option<String>,
    outlet: Option<String>,
    title: Option<String>,
    /// A date (2025-07-04) or date-time.
    #[schemars(with = "Option<String>")]
    published: Option<Spanned<toml::Value>>,
    event: Option<String>,
    /// For rules that check drafts against their sources: "draft" or "source".
    #[serde(default)]
    role: crate::report::ReportRole,
    text: String,
}

/// One of a rule's own tests: reports, and whether the rule must fire on them.
#[derive(Clone, Debug)]
pub struct Example {
    pub name: String,
    pub fires: bool,
    /// When given, a finding's message must contain this text.
    pub message: Option<String>,
    pub reports: Vec<ExampleReport>,
}

#[derive(Clone, Debug)]
pub struct ExampleReport {
    pub id: String,
    pub meta: Meta,
    pub text: String,
}

pub(super) fn compile(file: &DataFile, lexicon: &Lexicon) -> Result<Rule, Vec<Problem>> {
    let text = &file.text;
    let path = file.path.as_str();
    let spec: RuleFileSpec = toml::from_str(text).map_err(|error| {
        vec![from_toml_error(path, text, &error, 0).with_help(
            "a rule file has kind, severity, summary, message, help, [check] and [[example]] tables; see docs/rule-format.md",
        )]
    })?;
    let mut problems = Vec::new();

    let kind_name = spec.kind.get_ref();
    let Some(kind) = KINDS.iter().find(|k| k.name == kind_name) else {
        let valid: Vec<&str> = KINDS.iter().map(|k| k.name).collect();
        return Err(vec![
            located(
                file,
                spec.kind.span(),
                format!(
                    "unknown rule kind `{kind_name}`{}",
                    crate::problem::did_you_mean(kind_name, valid.iter().copied())
                ),
            )
            .with_help(format!("valid kinds: {}", valid.join(", "))),
        ]);
    };

    let severity = match &spec.severity {
        None => Severity::Warning,
        Some(s) => match s.get_ref().parse::<Severity>() {
            Ok(severity) => severity,
            Err(_) => {
                problems.push(
                    located(
                        file,
                        s.span(),
                        format!("unknown severity `{}`", s.get_ref()),
                    )
                    .with_help(format!("valid severities: {}", Severity::NAMES.join(", "))),
                );
                Severity::Warning
            }
        },
    };

    for name in placeholders(spec.message.get_ref()) {
        if !kind.placeholders.contains(&name.as_str()) {
            problems.push(
                located(
                    file,
                    spec.message.span(),
                    format!("unknown placeholder `{{{name}}}` in message"),
                )
                .with_help(format!(
                    "{} rules provide: {}",
                    kind.name,
                    kind.placeholders
                        .iter()
                        .map(|p| format!("{{{p}}}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            );
        }
    }

    let check = (kind.compile)(&KindInput { file, lexicon });
    let check = match check {
        Ok(check) => Some(check),
        Err(mut errors) => {
            problems.append(&mut errors);
            None
        }
    };

    let mut examples = Vec::new();
    for (index, example) in spec.example.into_iter().enumerate() {
        let mut reports = Vec::new();
        for (report_index, report) in example.report.into_iter().enumerate() {
            let published = match &report.published {
                None => None,
                Some(value) => {
                    let written = match value.get_ref() {
                        toml::Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    let parsed = Published::parse(&written);
                    if parsed.is_none() {
                        problems.push(
                            located(
                                file,
                                value.span(),
                                format!("`published` is not a date: `{written}`"),
                            )
                            .with_help("write a date such as 2025-07-04"),
                        );
                    }
                    parsed
                }
            };
            reports.push(ExampleReport {
                id: report
                    .id
                    .unwrap_or_else(|| ((b'a' + (report_index % 26) as u8) as char).to_string()),
                meta: Meta {
                    title: report.title,
                    outlet: report.outlet,
                    published,
                    url: None,
                    event: report.event,
                    lang: None,
                    role: report.role,
                },
                text: report.text,
            });
        }
        examples.push(Example {
            name: example
                .name
                .unwrap_or_else(|| format!("example {}", index + 1)),
            fires: example.fires,
            message: example.message,
            reports,
        });
    }

    match check {
        Some(check) if problems.is_empty() => Ok(Rule {
            id: rule_id(path),
            path: path.to_string(),
            text: Arc::clone(text),
            kind,
            severity,
            summary: spec.summary,
            message: spec.message.into_inner(),
            help: spec.help,
            check,
            examples,
        }),
        _ => Err(problems),
    }
}

pub(super) fn located(file: &DataFile, span: std::ops::Range<usize>, message: String) -> Problem {
    Problem::new(&file.path, message).at(&file.text, Span::new(span.start, span.end))
}

/// The JSON Schema of rule files: the common keys from the file type, `kind` and `severity`
/// as their closed sets, and each kind's `[check]` keys from that kind's settings type.
pub fn rule_file_schema() -> serde_json::Value {
    use serde_json::{Value, json};
    let mut root = serde_json::to_value(schemars::schema_for!(RuleFileSpec)).unwrap_or(Value::Null);
    root["properties"]["kind"] = json!({
        "description": "The rule kind: the check this rule configures.",
        "enum": KINDS.iter().map(|k| k.name).collect::<Vec<_>>(),
    });
    root["properties"]["severity"] = json!({
        "description": "info, warning (the default) or error.",
        "enum": Severity::NAMES,
    });
    let mut cases = Vec::new();
    for kind in KINDS {
        let mut check = serde_json::to_value((kind.check_schema)()).unwrap_or(Value::Null);
        if let Some(defs) = check
            .as_object_mut()
            .and_then(|o| o.remove("$defs"))
            .and_then(|d| d.as_object().cloned())
        {
            for (name, def) in defs {
                root["$defs"][name] = def;
            }
        }
        if let Some(object) = check.as_object_mut() {
            object.remove("$schema");
            object.remove("title");
        }
        cases.push(json!({
            "if": {"properties": {"kind": {"const": kind.name}}, "required": ["kind"]},
            "then": {"properties": {"check": check}},
        }));
    }
    root["allOf"] = Value::Array(cases);
    root
}

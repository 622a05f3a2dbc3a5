//! SARIF 2.1.0, for code-scanning dashboards and editors that read static-analysis results.
//!
//! One run; the tool's rules are those of the run, with their summary, their page as help and
//! their default level. A cross-report finding's first location is the result's location and
//! the other reports are `relatedLocations`. Regions give lines, Unicode-character columns and
//! byte offsets into the files on disk. Each result carries a content fingerprint (the one
//! baselines use), so dashboards follow it across edits.

use serde_json::{Value, json};

use crate::finding::{Finding, Fix, Location, Severity};
use crate::problem::Problem;
use crate::report::Report;
use crate::rules::RuleSet;
use crate::suppress::{UNUSED_SUPPRESSION, UNUSED_SUPPRESSION_SUMMARY, fingerprint};

/// The schema address SARIF files name.
pub const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Where users read about the tool, for SARIF's `informationUri`: the package's `homepage`,
/// else its `repository` (Cargo.toml), else none.
pub const INFORMATION_URI: Option<&str> = match (
    env!("CARGO_PKG_HOMEPAGE").as_bytes(),
    env!("CARGO_PKG_REPOSITORY").as_bytes(),
) {
    ([], []) => None,
    ([], _) => Some(env!("CARGO_PKG_REPOSITORY")),
    _ => Some(env!("CARGO_PKG_HOMEPAGE")),
};

/// SARIF's `tool.driver`: the tool's name, version, address and rules.
fn driver(information_uri: Option<&str>, rules: Vec<Value>) -> Value {
    let mut driver = json!({
        "name": "crosscheck",
        "version": env!("CARGO_PKG_VERSION"),
        "rules": rules,
    });
    if let Some(uri) = information_uri {
        driver["informationUri"] = json!(uri);
    }
    driver
}

/// The whole SARIF log of one run.
pub fn findings_sarif(
    reports: &[Report],
    findings: &[Finding],
    problems: &[Problem],
    rules: &RuleSet,
) -> Value {
    let mut descriptors: Vec<Value> = rules
        .iter()
        .map(|rule| {
            json!({
                "id": rule.id,
                "shortDescription": { "text": rule.summary },
                "fullDescription": { "text": rule.summary },
                "help": {
                    "text": rule.help.clone().unwrap_or_else(|| rule.summary.clone()),
                    "markdown": crate::rules::docs::rule_page(rule),
                },
                "defaultConfiguration": { "level": level(rule.severity) },
                "properties": { "kind": rule.kind.name },
            })
        })
        .collect();
    let mut ids: Vec<String> = rules.iter().map(|r| r.id.clone()).collect();
    if findings.iter().any(|f| f.rule == UNUSED_SUPPRESSION) {
        descriptors.push(json!({
            "id": UNUSED_SUPPRESSION,
            "shortDescription": { "text": UNUSED_SUPPRESSION_SUMMARY },
            "defaultConfiguration": { "level": "warning" },
        }));
        ids.push(UNUSED_SUPPRESSION.into());
    }

    let results: Vec<Value> = findings
        .iter()
        .map(|finding| {
            let mut result = json!({
                "ruleId": finding.rule,
                "level": level(finding.severity),
                "message": { "text": message_text(finding) },
                "partialFingerprints": { "crosscheck/v1": fingerprint(reports, finding) },
            });
            if let Some(index) = ids.iter().position(|id| *id == finding.rule) {
                result["ruleIndex"] = json!(index);
            }
            let mut locations = finding.locations.iter();
            if let Some(primary) = locations.next() {
                result["locations"] = json!([location(reports, primary, None)]);
            }
            let related: Vec<Value> = locations
                .enumerate()
                .map(|(i, l)| location(reports, l, Some(i + 1)))
                .collect();
            if !related.is_empty() {
                result["relatedLocations"] = json!(related);
            }
            if let Some(fix) = &finding.fix {
                result["fixes"] = json!([sarif_fix(reports, fix)]);
            }
            result
        })
        .collect();

    let notifications: Vec<Value> = problems
        .iter()
        .map(|problem| {
            let mut notification = json!({
                "level": "error",
                "message": { "text": problem.message },
            });
            let mut physical = json!({ "artifactLocation": { "uri": uri(&problem.path) } });
            if let Some(at) = problem.position() {
                physical["region"] = json!({ "startLine": at.line, "startColumn": at.column });
            }
            notification["locations"] = json!([{ "physicalLocation": physical }]);
            notification
        })
        .collect();

    json!({
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": driver(INFORMATION_URI, descriptors),
            },
            "invocations": [{
                "executionSuccessful": problems.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}

/// The message, with why the claims were compared, since SARIF viewers show only the message.
fn message_text(finding: &Finding) -> String {
    match &finding.because {
        Some(because) => format!("{} ({because})", finding.message),
        None => finding.message.clone(),
    }
}

/// A fix as SARIF writes it: the changes to each file, each a deleted region and the text
/// inserted in its place.
fn sarif_fix(reports: &[Report], fix: &Fix) -> Value {
    let mut changes: Vec<(usize, Vec<Value>)> = Vec::new();
    for edit in &fix.edits {
        let replacement = json!({
            "deletedRegion": region(&reports[edit.report.0], edit.span),
            "insertedContent": { "text": edit.replacement },
        });
        match changes.iter_mut().find(|(r, _)| *r == edit.report.0) {
            Some((_, replacements)) => replacements.push(replacement),
            None => changes.push((edit.report.0, vec![replacement])),
        }
    }
    let changes: Vec<Value> = changes
        .into_iter()
        .map(|(report, replacements)| {
            json!({
                "artifactLocation": { "uri": uri(&reports[report].path) },
                "replacements": replacements,
            })
        })
        .collect();
    json!({
        "description": { "text": fix.message },
        "artifactChanges": changes,
    })
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "note",
        Severity::Warning => "warning",
        Severity::Error => "error",
    }
}

/// A SARIF region: lines, Unicode-character columns and byte offsets into the file on disk.
fn region(report: &Report, span: crate::span::Span) -> Value {
    let start = report.file_position(span.start);
    let end = report.file_position(span.end);
    json!({
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
        "byteOffset": start.offset,
        "byteLength": end.offset.saturating_sub(start.offset),
    })
}

fn location(reports: &[Report], location: &Location, id: Option<usize>) -> Value {
    let report = &reports[location.report.0];
    let snippet = report
        .text
        .get(location.span.start..location.span.end)
        .unwrap_or("");
    let mut region = region(report, location.span);
    region["snippet"] = json!({ "text": snippet });
    let mut value = json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri(&report.path) },
            "region": region,
        },
        "message": { "text": location.value },
    });
    if let Some(id) = id {
        value["id"] = json!(id);
    }
    value
}

/// A relative URI reference for a path as given: forward slashes, and everything but
/// unreserved characters and `/` percent-encoded. Absolute paths become `file://` URIs.
pub fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let (prefix, rest) = match path.strip_prefix('/') {
        Some(rest) => ("file:///", rest),
        None => ("", path.strip_prefix("./").unwrap_or(&path)),
    };
    let mut out = String::from(prefix);
    for byte in rest.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris() {
        assert_eq!(uri("corpus/a b.md"), "corpus/a%20b.md");
        assert_eq!(uri("./x.md"), "x.md");
        assert_eq!(uri("/tmp/x.md"), "file:///tmp/x.md");
        assert_eq!(uri("<stdin>"), "%3Cstdin%3E");
        assert_eq!(uri("é.md"), "%C3%A9.md");
    }

    #[test]
    fn the_driver_names_where_to_read_about_the_tool() {
        let named = driver(Some("https://example.org/crosscheck"), Vec::new());
        assert_eq!(named["informationUri"], "https://example.org/crosscheck");
        let log = findings_sarif(&[], &[], &[], &RuleSet::default());
        assert_eq!(
            log["runs"][0]["tool"]["driver"]["informationUri"].as_str(),
            INFORMATION_URI
        );
    }
}

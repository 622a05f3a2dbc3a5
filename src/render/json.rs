//! JSON output, version 1. Other tools read it: fields are only ever added, never changed.

use serde::Serialize;
use serde_json::{Value, json};

use crate::claim::{Claim, ClaimKind};
use crate::finding::Finding;
use crate::problem::Problem;
use crate::report::Report;

/// `{"version":1,"findings":[…],"reports":N,"errors":[…]}`
pub fn findings_json(
    reports: &[Report],
    findings: &[Finding],
    problems: &[Problem],
    skipped: &[SkippedFile],
) -> Value {
    let findings: Vec<Value> = findings
        .iter()
        .map(|f| {
            let locations: Vec<Value> = f
                .locations
                .iter()
                .map(|l| {
                    let report = &reports[l.report.0];
                    let at = report.file_position(l.span.start);
                    let end = report.file_position(l.span.end);
                    let mut location = json!({
                        "path": report.path,
                        "line": at.line,
                        "column": at.column,
                        "start": at.offset,
                        "end": end.offset,
                        "text": &report.text[l.span.start..l.span.end],
                        "value": l.value,
                    });
                    if let Some(name) = &report.name {
                        location["report"] = json!(name);
                    }
                    if let Some(outlet) = &report.meta.outlet {
                        location["outlet"] = json!(outlet);
                    }
                    location
                })
                .collect();
            let mut finding = json!({
                "rule": f.rule,
                "severity": f.severity,
                "message": f.message,
                "help": f.help,
                "because": f.because,
                "locations": locations,
            });
            if let Some(fix) = &f.fix {
                let edits: Vec<Value> = fix
                    .edits
                    .iter()
                    .map(|e| {
                        let report = &reports[e.report.0];
                        let at = report.file_position(e.span.start);
                        let end = report.file_position(e.span.end);
                        json!({
                            "path": report.path,
                            "line": at.line,
                            "column": at.column,
                            "start": at.offset,
                            "end": end.offset,
                            "replacement": e.replacement,
                        })
                    })
                    .collect();
                finding["fix"] = json!({ "message": fix.message, "edits": edits });
            }
            finding
        })
        .collect();
    json!({
        "version": 1,
        "findings": findings,
        "reports": reports.len(),
        "errors": problems.iter().map(Problem::to_json).collect::<Vec<_>>(),
        "skipped": skipped,
    })
}

/// A file that was seen but not read as a report, and why.
#[derive(Clone, Debug, Serialize)]
pub struct SkippedFile {
    pub path: String,
    pub reason: String,
}

/// `{"version":1,"claims":[{"kind","path","start","end","text",…fields}]}`
pub fn claims_json(reports: &[Report], claims: &[Claim]) -> Value {
    let claims: Vec<Value> = claims
        .iter()
        .map(|c| {
            let report = &reports[c.report.0];
            let at = report.file_position(c.span.start);
            let end = report.file_position(c.span.end);
            let mut value = serde_json::to_value(&c.kind).unwrap_or(Value::Null);
            if let Value::Object(map) = &mut value {
                map.insert("path".into(), json!(report.path));
                if let Some(name) = &report.name {
                    map.insert("report".into(), json!(name));
                }
                map.insert("line".into(), json!(at.line));
                map.insert("column".into(), json!(at.column));
                map.insert("start".into(), json!(at.offset));
                map.insert("end".into(), json!(end.offset));
                map.insert("text".into(), json!(c.text));
                if let ClaimKind::Quantity(q) = &c.kind {
                    map.insert("interval".into(), interval_json(q.interval));
                    map.insert("inclusive".into(), json!(q.interval.inclusive));
                    // `when`: the words, and the days they mean at the publication date.
                    let when = q.when.map(|w| {
                        let range = report
                            .meta
                            .published
                            .and_then(|p| crate::time::resolve(w.expr, p.date));
                        json!({
                            "text": &report.text[w.span.start..w.span.end],
                            "from": range.map(|r| r.first.to_string()),
                            "to": range.map(|r| r.last.to_string()),
                        })
                    });
                    map.insert("when".into(), json!(when));
                }
            }
            value
        })
        .collect();
    json!({ "version": 1, "claims": claims })
}

/// Intervals as `[low, high]` with `null` for an open end, and `inclusive` beside them.
fn interval_json(interval: crate::claim::Interval) -> Value {
    json!([interval.low, interval.high])
}

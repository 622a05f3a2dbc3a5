//! `--format html`: one self-contained page people read. The page's data (findings, reports
//! with their claims, events with their tolls and claim graphs) is JSON inside the page; its
//! script (page.js) draws everything from it lazily: findings a hundred at a time as the list
//! scrolls, an event's reports, timeline and graph when the event is opened. No network: the
//! style and script are inline.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::claim::{Claim, ClaimKind, ReportIndex};
use crate::finding::Finding;
use crate::graph::ClaimGraph;
use crate::problem::Problem;
use crate::report::Report;

const STYLE: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// The page: findings of a run, the reports they were read from and their claims.
pub fn findings_html(
    reports: &[Report],
    findings: &[Finding],
    claims: &[Claim],
    problems: &[Problem],
) -> String {
    let data = page_data(reports, findings, claims, problems);
    // Inside a <script> element only "</" can end it early.
    let data = serde_json::to_string(&data)
        .unwrap_or_default()
        .replace("</", "<\\/");
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>crosscheck report</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <header><h1>crosscheck</h1><p id=\"summary\"></p>\n\
         <nav id=\"filters\" aria-label=\"Filter findings\"></nav></header>\n\
         <main>\n<section id=\"findings\" aria-label=\"Findings\"><h2>Findings</h2><ol id=\"finding-list\"></ol>\
         <div id=\"more\"></div></section>\n\
         <section id=\"events\" aria-label=\"Events\"><h2>Reports by event</h2></section>\n\
         <section id=\"problems\" aria-label=\"Inputs not checked\"></section>\n</main>\n\
         <script type=\"application/json\" id=\"data\">{data}</script>\n<script>\n{SCRIPT}</script>\n\
         </body>\n</html>\n"
    )
}

/// Byte offsets of `text` as UTF-16 offsets (what the page's script indexes strings by), for
/// offsets given in any order.
fn utf16_offsets(text: &str, offsets: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut out = vec![0; offsets.len()];
    let (mut byte, mut units) = (0, 0);
    let mut chars = text.char_indices().peekable();
    for i in order {
        let target = offsets[i].min(text.len());
        while byte < target {
            match chars.next() {
                Some((at, c)) if at < target => {
                    units += c.len_utf16();
                    byte = at + c.len_utf8();
                }
                _ => break,
            }
        }
        out[i] = units;
    }
    out
}

/// A claim's fields, as the page shows them on hover.
fn claim_fields(claim: &Claim) -> Value {
    match &claim.kind {
        ClaimKind::Quantity(q) => json!({
            "measure": q.measure,
            "value": q.interval.notation(),
            "hedge": q.hedge,
            "unit": q.unit,
            "source": q.source,
            "place": q.place,
            "role": q.role,
        }),
        ClaimKind::Role(r) => json!({
            "person": r.person,
            "office": r.office,
            "qualifier": r.qualifier.name(),
            "jurisdiction": r.jurisdiction,
        }),
        ClaimKind::Name(n) => json!({ "person": n.person }),
        ClaimKind::Elapsed(e) => json!({
            "interval": e.interval.notation(),
            "unit": e.unit.name(),
            "subject": e.subject,
        }),
        ClaimKind::Date(d) => json!({
            "date": d.expr.describe(),
            "start of": d.is_start.then(|| d.subject.clone()).flatten(),
        }),
    }
}

fn page_data(
    reports: &[Report],
    findings: &[Finding],
    claims: &[Claim],
    problems: &[Problem],
) -> Value {
    let graph = ClaimGraph::build(reports, claims.to_vec());
    let event_label = |report: ReportIndex| graph.event_of_report(report).to_string();

    let mut by_report: Vec<Vec<&Claim>> = vec![Vec::new(); reports.len()];
    for claim in claims {
        if let Some(list) = by_report.get_mut(claim.report.0) {
            list.push(claim);
        }
    }
    let report_data: Vec<Value> = reports
        .iter()
        .enumerate()
        .map(|(i, report)| {
            let mut list = by_report[i].clone();
            list.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
            let offsets: Vec<usize> = list
                .iter()
                .flat_map(|c| [c.span.start, c.span.end])
                .collect();
            let units = utf16_offsets(&report.text, &offsets);
            let claim_data: Vec<Value> = list
                .iter()
                .enumerate()
                .map(|(k, claim)| {
                    json!({
                        "start": units[2 * k],
                        "end": units[2 * k + 1],
                        "at": claim.span.start,
                        "kind": claim.kind.name(),
                        "fields": claim_fields(claim),
                    })
                })
                .collect();
            json!({
                "path": report.display_path(),
                "label": report.label(),
                "published": report.meta.published.map(|p| p.date.to_string()),
                "time": report.meta.published.and_then(|p| p.time).map(|t| t.to_string()),
                "event": event_label(ReportIndex(i)),
                "text": &*report.text,
                "claims": claim_data,
            })
        })
        .collect();

    let finding_data: Vec<Value> = findings
        .iter()
        .map(|f| {
            let locations: Vec<Value> = f
                .locations
                .iter()
                .map(|l| {
                    let report = &reports[l.report.0];
                    let at = report.file_position(l.span.start);
                    json!({
                        "report": l.report.0,
                        "at": l.span.start,
                        "path": report.display_path(),
                        "line": at.line,
                        "column": at.column,
                        "text": report.text.get(l.span.start..l.span.end).unwrap_or(""),
                        "value": l.value,
                    })
                })
                .collect();
            json!({
                "rule": f.rule,
                "severity": f.severity,
                "message": f.message,
                "because": f.because,
                "event": f.locations.first().map(|l| event_label(l.report)),
                "fix": f.fix.as_ref().map(|fix| fix.message.clone()),
                "locations": locations,
            })
        })
        .collect();

    json!({
        "findings": finding_data,
        "reports": report_data,
        "events": events(&graph, reports, findings),
        "problems": problems.iter().map(Problem::to_json).collect::<Vec<_>>(),
    })
}

/// Each event: its reports, the tolls that changed between reports (a timeline each), and its
/// claim graph (reports, figures by measure, and the disagreements the findings name).
fn events(graph: &ClaimGraph<'_>, reports: &[Report], findings: &[Finding]) -> Vec<Value> {
    let mut members: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for i in 0..reports.len() {
        members
            .entry(graph.event_of_report(ReportIndex(i)).to_string())
            .or_default()
            .push(i);
    }
    members
        .into_iter()
        .map(|(label, in_event)| {
            // Figures of each measure, by report, in publication order.
            let mut measures: BTreeMap<String, Vec<Value>> = BTreeMap::new();
            let mut nodes = Vec::new();
            let mut edges = Vec::new();
            for &r in &in_event {
                nodes.push(json!({ "id": format!("r{r}"), "type": "report", "label": reports[r].label() }));
                for id in graph.claims_in(ReportIndex(r)) {
                    let claim = graph.claim(id);
                    let Some(q) = graph.quantity(id) else {
                        continue;
                    };
                    let Some(measure) = &q.measure else {
                        continue;
                    };
                    let published = reports[r].meta.published;
                    measures.entry(measure.to_string()).or_default().push(json!({
                        "report": r,
                        "label": reports[r].label(),
                        "date": published.map(|p| p.date.to_string()),
                        "time": published.and_then(|p| p.time).map(|t| t.to_string()),
                        "low": q.interval.low,
                        "high": q.interval.high,
                        "text": claim.text,
                    }));
                    let node = format!("c{r}-{}", claim.span.start);
                    nodes.push(json!({ "id": node, "type": "claim", "label": claim.text, "measure": measure }));
                    edges.push(json!({ "from": node, "to": format!("r{r}"), "label": "in" }));
                }
            }
            for finding in findings {
                let in_this: Vec<String> = finding
                    .locations
                    .iter()
                    .filter(|l| in_event.contains(&l.report.0))
                    .map(|l| format!("c{}-{}", l.report.0, l.span.start))
                    .collect();
                for pair in in_this.windows(2) {
                    edges.push(json!({ "from": pair[0], "to": pair[1], "label": finding.rule }));
                }
            }
            let tolls: Vec<Value> = measures
                .into_iter()
                .filter(|(_, points)| {
                    let values: std::collections::BTreeSet<String> =
                        points.iter().map(|p| p["low"].to_string()).collect();
                    let days: std::collections::BTreeSet<String> = points
                        .iter()
                        .map(|p| format!("{}{}", p["date"], p["time"]))
                        .collect();
                    values.len() > 1 && days.len() > 1
                })
                .map(|(measure, points)| json!({ "measure": measure, "points": points }))
                .collect();
            json!({
                "label": label,
                "reports": in_event,
                "tolls": tolls,
                "graph": { "nodes": nodes, "edges": edges },
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::utf16_offsets;

    #[test]
    fn byte_offsets_become_utf16_offsets_in_any_order() {
        let text = "é 𝄞 550";
        let at = text.find("550").unwrap();
        assert_eq!(utf16_offsets(text, &[at, 0, 2]), vec![5, 0, 1]);
        assert_eq!(utf16_offsets(text, &[text.len() + 5]), vec![8]);
    }
}

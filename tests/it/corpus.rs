//! The corpus: every planted inconsistency in corpus/README.md is reported, nothing else is,
//! and what the user sees for each event is snapshotted.

use std::path::Path;

use crosscheck::finding::Finding;
use crosscheck::report::Report;

use crate::support::{check_folder, render_all};

/// A planted inconsistency, as corpus/README.md lists it.
#[derive(Debug)]
struct Planted {
    id: String,
    kind: String,
    /// (file path, quoted words) for each side.
    sides: Vec<(String, String)>,
}

fn planted_items() -> Vec<Planted> {
    let readme = std::fs::read_to_string("corpus/README.md").expect("corpus/README.md exists");
    let mut event = String::new();
    let mut items = Vec::new();
    for line in readme.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            // The folder name is the heading's first word: "## myanmar-… (no `event` key)".
            event = heading
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string();
            continue;
        }
        if !line.starts_with("| P") {
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let (id, kind, files, quotes) = (cells[1], cells[2], cells[3], cells[4]);
        let files: Vec<&str> = files.split(" / ").map(str::trim).collect();
        let quotes: Vec<String> = quotes
            .split("\" / \"")
            .map(|q| q.trim().trim_matches('"').to_string())
            .collect();
        let sides = quotes
            .iter()
            .enumerate()
            .map(|(i, quote)| {
                let file = files
                    .get(i)
                    .or(files.last())
                    .expect("a planted row names its files");
                (format!("corpus/{event}/{file}"), quote.clone())
            })
            .collect();
        items.push(Planted {
            id: id.to_string(),
            kind: kind.to_string(),
            sides,
        });
    }
    items
}

/// True when the finding points at every side's quoted words.
fn matches(planted: &Planted, reports: &[Report], finding: &Finding) -> bool {
    let kind = crate::support::shipped()
        .rules
        .get(&finding.rule)
        .map_or("", |rule| rule.kind.name);
    let rule_kind_ok = !kind.is_empty() && planted.kind.starts_with(kind);
    rule_kind_ok
        && planted.sides.iter().all(|(path, quote)| {
            finding.locations.iter().any(|location| {
                let report = &reports[location.report.0];
                if report.path != *path {
                    return false;
                }
                let Some(at) = report.text.find(quote.as_str()) else {
                    panic!("{}: quote {quote:?} is not in {path}", planted.id);
                };
                let quote_span = (at, at + quote.len());
                location.span.start < quote_span.1 && quote_span.0 < location.span.end
            })
        })
}

/// Expected against reported, per kind: planted items found and missed, findings that match no
/// planted item (false alarms), with precision and recall over the whole corpus.
fn confusion_table(
    planted: &[Planted],
    missing: &[String],
    findings: &[Finding],
    matched: &[bool],
) -> String {
    let kind_of_rule = |rule: &str| {
        crate::support::shipped()
            .rules
            .get(rule)
            .map_or("unknown", |r| r.kind.name)
            .to_string()
    };
    let mut rows: std::collections::BTreeMap<String, [usize; 3]> = Default::default();
    for item in planted {
        let kind = item.kind.split([' ', '(']).next().unwrap_or("").to_string();
        let row = rows.entry(kind).or_default();
        if missing.contains(&item.id) {
            row[1] += 1;
        } else {
            row[0] += 1;
        }
    }
    for (finding, matched) in findings.iter().zip(matched) {
        if !matched {
            rows.entry(kind_of_rule(&finding.rule)).or_default()[2] += 1;
        }
    }
    let mut out = String::from(
        "| kind | planted, found | planted, missed | false alarms |\n|---|---|---|---|\n",
    );
    let mut totals = [0; 3];
    for (kind, row) in &rows {
        out.push_str(&format!(
            "| {kind} | {} | {} | {} |\n",
            row[0], row[1], row[2]
        ));
        for i in 0..3 {
            totals[i] += row[i];
        }
    }
    let found_findings = matched.iter().filter(|m| **m).count();
    let precision = found_findings as f64 / findings.len().max(1) as f64;
    let recall = totals[0] as f64 / planted.len().max(1) as f64;
    out.push_str(&format!(
        "| all | {} | {} | {} |\n\nfindings: {}, matching a planted item: {found_findings}; precision {precision:.3}, recall {recall:.3}",
        totals[0],
        totals[1],
        totals[2],
        findings.len()
    ));
    out
}

#[test]
fn corpus_reports_exactly_the_planted_inconsistencies() {
    let planted = planted_items();
    assert!(
        planted.len() >= 8,
        "corpus/README.md lists its planted inconsistencies"
    );
    let (reports, findings) = check_folder(Path::new("corpus"));
    let mut missing = Vec::new();
    let mut matched = vec![false; findings.len()];
    for item in &planted {
        match findings.iter().position(|f| matches(item, &reports, f)) {
            Some(index) => matched[index] = true,
            None => missing.push(item.id.clone()),
        }
    }
    let unexpected: Vec<String> = findings
        .iter()
        .zip(&matched)
        .filter(|(_, m)| !**m)
        .map(|(f, _)| format!("{}: {}", f.rule, f.message))
        .collect();
    println!(
        "{}",
        confusion_table(&planted, &missing, &findings, &matched)
    );
    assert!(
        missing.is_empty() && unexpected.is_empty(),
        "missing planted: {missing:?}\nfalse alarms: {unexpected:#?}"
    );
}

#[test]
fn corpus_findings_per_event() {
    let mut events: Vec<_> = std::fs::read_dir("corpus")
        .expect("corpus/ exists")
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.path())
        .collect();
    events.sort();
    assert!(events.len() >= 3);
    for event in events {
        let (reports, findings) = check_folder(&event);
        assert!(
            reports.len() >= 3,
            "{} has at least three reports",
            event.display()
        );
        let name = event.file_name().unwrap().to_string_lossy().to_string();
        insta::assert_snapshot!(format!("corpus-{name}"), render_all(&reports, &findings));
    }
}

#[test]
fn output_is_deterministic() {
    let (reports, first) = check_folder(Path::new("corpus"));
    let (_, second) = check_folder(Path::new("corpus"));
    assert_eq!(render_all(&reports, &first), render_all(&reports, &second));
}

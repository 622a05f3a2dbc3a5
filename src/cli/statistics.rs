//! `--statistics`: how many findings each rule made, most first, instead of the findings.

use std::io::Write;

use serde::Serialize;

use crate::finding::{Finding, Severity};
use crate::rules::RuleSet;

/// The findings of one rule.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct RuleCount {
    pub rule: String,
    pub severity: Severity,
    pub count: usize,
    /// The rule's one-line summary.
    pub summary: String,
}

/// Findings per rule and severity, most first, then by rule id. A rule whose findings differ
/// in severity (a `--severity` flag cannot do that, a suppression cannot either, but a pack
/// could) gets one row per severity.
pub fn count(findings: &[Finding], rules: &RuleSet) -> Vec<RuleCount> {
    let mut counts: std::collections::BTreeMap<(&str, Severity), usize> = Default::default();
    for finding in findings {
        *counts
            .entry((finding.rule.as_str(), finding.severity))
            .or_default() += 1;
    }
    let mut rows: Vec<RuleCount> = counts
        .into_iter()
        .map(|((rule, severity), count)| RuleCount {
            rule: rule.to_string(),
            severity,
            count,
            summary: rules
                .rules
                .get(rule)
                .map(|r| r.summary.clone())
                .unwrap_or_default(),
        })
        .collect();
    rows.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.rule.cmp(&b.rule)));
    rows
}

/// The table, one rule a line: count, rule id, severity, summary; then the total.
pub fn write_table(out: &mut dyn Write, rows: &[RuleCount]) -> std::io::Result<()> {
    let count_width = rows
        .iter()
        .map(|r| r.count.to_string().len())
        .max()
        .unwrap_or(1);
    let rule_width = rows.iter().map(|r| r.rule.len()).max().unwrap_or(0);
    for row in rows {
        writeln!(
            out,
            "{:>count_width$}  {:<rule_width$}  {:<7}  {}",
            row.count,
            row.rule,
            row.severity.name(),
            row.summary
        )?;
    }
    let total: usize = rows.iter().map(|r| r.count).sum();
    writeln!(
        out,
        "{total} finding{} from {} rule{}",
        if total == 1 { "" } else { "s" },
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Location;

    fn finding(rule: &str, severity: Severity) -> Finding {
        Finding {
            rule: rule.into(),
            severity,
            message: String::new(),
            help: None,
            because: None,
            locations: Vec::<Location>::new(),
            fix: None,
        }
    }

    #[test]
    fn rules_are_counted_most_first_then_by_id() {
        let findings = [
            finding("b-rule", Severity::Warning),
            finding("a-rule", Severity::Error),
            finding("b-rule", Severity::Warning),
            finding("c-rule", Severity::Info),
        ];
        let rows = count(&findings, &RuleSet::default());
        let order: Vec<(&str, usize)> = rows.iter().map(|r| (r.rule.as_str(), r.count)).collect();
        assert_eq!(order, [("b-rule", 2), ("a-rule", 1), ("c-rule", 1)]);
        let mut table = Vec::new();
        write_table(&mut table, &rows).unwrap();
        let table = String::from_utf8(table).unwrap();
        assert!(table.starts_with("2  b-rule  warning"), "{table}");
        assert!(table.ends_with("4 findings from 3 rules\n"), "{table}");
    }
}

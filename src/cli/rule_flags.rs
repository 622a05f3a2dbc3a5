//! `--select`, `--ignore` and `--severity`: which rules run, and how loud, for one run. They
//! are applied after the configuration file and win over it, as in Ruff: `--select` replaces
//! the configuration's `select` (and runs a rule even when the configuration disables it),
//! `--ignore` adds to its `disable`, `--severity` overrides its `severity` table.

use crate::finding::Severity;
use crate::problem::did_you_mean;
use crate::rules::RuleSet;

/// Parses `RULE=LEVEL` for `--severity`.
pub fn parse_severity(value: &str) -> Result<(String, Severity), String> {
    let Some((rule, level)) = value.split_once('=') else {
        return Err(format!(
            "`{value}` is not RULE=LEVEL (for example conflicting-figures=error)"
        ));
    };
    let rule = rule.trim();
    if rule.is_empty() {
        return Err("the rule id before `=` is empty".into());
    }
    let severity = level.trim().parse::<Severity>()?;
    Ok((rule.to_string(), severity))
}

/// The rule flags of one run.
#[derive(Debug, Default)]
pub struct RuleFlags<'a> {
    pub select: &'a [String],
    pub ignore: &'a [String],
    pub severity: &'a [(String, Severity)],
}

impl RuleFlags<'_> {
    /// Checks every id against the rules known before the configuration filtered them, then
    /// applies the flags. An unknown id is an error naming the flag and the nearest known id:
    /// a typo would otherwise silently turn nothing off.
    pub fn apply(&self, rules: &mut RuleSet, known: &[String]) -> Result<(), String> {
        let mut errors = Vec::new();
        let flagged = self
            .select
            .iter()
            .map(|id| ("--select", id))
            .chain(self.ignore.iter().map(|id| ("--ignore", id)))
            .chain(self.severity.iter().map(|(id, _)| ("--severity", id)));
        for (flag, id) in flagged {
            if !known.contains(id) {
                errors.push(format!(
                    "unknown rule id `{id}` given to {flag}{}",
                    did_you_mean(id, known.iter().map(String::as_str))
                ));
            }
        }
        if !errors.is_empty() {
            return Err(errors.join("\n"));
        }
        for (id, severity) in self.severity {
            if let Some(rule) = rules.rules.get_mut(id) {
                rule.severity = *severity;
            }
        }
        if !self.select.is_empty() {
            rules.rules.retain(|id, _| self.select.contains(id));
        }
        for id in self.ignore {
            rules.rules.remove(id);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severity_pairs_parse_and_bad_ones_say_why() {
        assert_eq!(
            parse_severity("conflicting-figures=error"),
            Ok(("conflicting-figures".into(), Severity::Error))
        );
        assert_eq!(
            parse_severity(" role-holder = info "),
            Ok(("role-holder".into(), Severity::Info))
        );
        assert!(
            parse_severity("conflicting-figures")
                .unwrap_err()
                .contains("RULE=LEVEL")
        );
        assert!(parse_severity("=error").unwrap_err().contains("empty"));
        assert!(
            parse_severity("x=loud")
                .unwrap_err()
                .contains("unknown severity")
        );
    }
}

//! Running a rule's own examples: a named verdict for each, and the rendered diagnostics that
//! the rule's snapshot holds.
//!
//! Verdicts follow ast-grep's: an example that should fire and does not is Missing, one that
//! must not fire and does is Noisy, one that fires with another message than it names is
//! Wrong. A snapshot that differs from what the rule now shows is also Wrong.

use std::fmt;

use serde::Serialize;

use super::{Example, Rule};
use crate::engine::{Context, run_example};
use crate::render::{HumanOptions, render_finding};

/// What became of one example.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Passed,
    /// It should have fired and did not.
    Missing,
    /// It fired on a case where it must not.
    Noisy,
    /// It fired, but not with the message the example names.
    Wrong,
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Verdict::Passed => "passed",
            Verdict::Missing => "Missing",
            Verdict::Noisy => "Noisy",
            Verdict::Wrong => "Wrong",
        })
    }
}

/// One example's outcome.
#[derive(Clone, Debug, Serialize)]
pub struct ExampleOutcome {
    pub name: String,
    pub fires: bool,
    pub verdict: Verdict,
    /// Why, for a verdict other than passed, in words a rule author reads.
    pub reason: Option<String>,
    /// The messages of the findings it produced.
    pub messages: Vec<String>,
}

/// A rule's outcome: its examples, and everything they show, as the snapshot holds it.
#[derive(Clone, Debug)]
pub struct RuleOutcome {
    pub examples: Vec<ExampleOutcome>,
    pub shown: String,
}

impl RuleOutcome {
    pub fn passed(&self) -> bool {
        self.examples.iter().all(|e| e.verdict == Verdict::Passed)
    }
}

/// Runs every example of a rule.
pub fn test_rule(rule: &Rule, ctx: Context<'_>) -> RuleOutcome {
    let options = HumanOptions {
        colour: false,
        width: 100,
    };
    let mut examples = Vec::new();
    let mut shown = String::new();
    for (index, example) in rule.examples.iter().enumerate() {
        let (reports, findings) = run_example(rule, index, example, ctx);
        shown.push_str(&format!(
            "── {} ({}) ──\n",
            example.name,
            if example.fires {
                "fires"
            } else {
                "must not fire"
            }
        ));
        for finding in &findings {
            shown.push_str(&render_finding(&reports, finding, options));
            shown.push('\n');
        }
        if findings.is_empty() {
            shown.push_str("(no findings)\n");
        }
        let messages: Vec<String> = findings.iter().map(|f| f.message.clone()).collect();
        let (verdict, reason) = verdict(example, &messages);
        examples.push(ExampleOutcome {
            name: example.name.clone(),
            fires: example.fires,
            verdict,
            reason,
            messages,
        });
    }
    RuleOutcome { examples, shown }
}

fn verdict(example: &Example, messages: &[String]) -> (Verdict, Option<String>) {
    match (example.fires, messages.is_empty()) {
        (true, true) => (
            Verdict::Missing,
            Some("the rule should have fired on this example and did not".into()),
        ),
        (false, false) => (
            Verdict::Noisy,
            Some(format!(
                "the rule fired where it must not: {}",
                messages.join(" | ")
            )),
        ),
        (true, false) => match &example.message {
            Some(expected) if !messages.iter().any(|m| m.contains(expected.as_str())) => (
                Verdict::Wrong,
                Some(format!(
                    "the rule fired, but no message contains \"{expected}\"; it said: {}",
                    messages.join(" | ")
                )),
            ),
            _ => (Verdict::Passed, None),
        },
        (false, true) => (Verdict::Passed, None),
    }
}

/// A snapshot file in insta's format, so `cargo insta review` can review it.
pub fn snapshot_file(rule_id: &str, shown: &str) -> String {
    format!("---\nsource: crosscheck rules test\nexpression: {rule_id}\n---\n{shown}")
}

/// The contents of an insta snapshot file: everything after its header.
pub fn snapshot_contents(file: &str) -> &str {
    let Some(rest) = file.strip_prefix("---\n") else {
        return file;
    };
    match rest.find("\n---\n") {
        Some(end) => &rest[end + 5..],
        None => rest,
    }
}

/// Whether a snapshot's contents equal what the rule shows now, as insta compares them
/// (line endings and trailing white space aside).
pub fn snapshot_matches(file: &str, shown: &str) -> bool {
    let normalise = |s: &str| s.replace("\r\n", "\n").trim_end().to_string();
    normalise(snapshot_contents(file)) == normalise(shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshot_round_trip() {
        let file = snapshot_file("x", "── a (fires) ──\nbody\n");
        assert_eq!(snapshot_contents(&file), "── a (fires) ──\nbody\n");
        assert!(snapshot_matches(&file, "── a (fires) ──\nbody"));
        assert!(!snapshot_matches(&file, "── a (fires) ──\nother"));
    }
}

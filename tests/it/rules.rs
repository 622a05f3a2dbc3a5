//! Every shipped rule: its examples pass, it has examples both ways, and what it shows the user
//! is snapshotted.

use crosscheck::engine::run_example;

use crate::support::{render_all, shipped};

#[test]
fn every_rule_example_behaves_as_declared() {
    let shipped = shipped();
    let mut failures = Vec::new();
    for rule in shipped.rules.iter() {
        for (index, example) in rule.examples.iter().enumerate() {
            let (_, findings) = run_example(rule, index, example, shipped.context());
            let verdict = match (example.fires, findings.is_empty()) {
                (true, true) => Some("Missing: should have fired"),
                (false, false) => Some("Noisy: fired on a clean case"),
                (true, false) => match &example.message {
                    Some(expected)
                        if !findings
                            .iter()
                            .any(|f| f.message.contains(expected.as_str())) =>
                    {
                        Some("Wrong: fired with another message")
                    }
                    _ => None,
                },
                (false, true) => None,
            };
            if let Some(verdict) = verdict {
                let messages: Vec<&str> = findings.iter().map(|f| f.message.as_str()).collect();
                failures.push(format!(
                    "{} / {}: {verdict} {messages:?}",
                    rule.id, example.name
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_rule_has_examples_both_ways_and_a_summary() {
    for rule in shipped().rules.iter() {
        assert!(
            rule.examples.iter().any(|e| e.fires),
            "{} has no example that fires",
            rule.id
        );
        assert!(
            rule.examples.iter().any(|e| !e.fires),
            "{} has no example that must not fire",
            rule.id
        );
        assert!(
            !rule.summary.trim().is_empty(),
            "{} has no summary",
            rule.id
        );
        assert!(
            rule.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{}: rule ids are lower-case words joined by hyphens",
            rule.id
        );
    }
}

#[test]
fn rule_snapshots() {
    let shipped = shipped();
    for rule in shipped.rules.iter() {
        let mut shown = String::new();
        for (index, example) in rule.examples.iter().enumerate() {
            let (reports, findings) = run_example(rule, index, example, shipped.context());
            shown.push_str(&format!(
                "── {} ({}) ──\n",
                example.name,
                if example.fires {
                    "fires"
                } else {
                    "must not fire"
                }
            ));
            shown.push_str(&render_all(&reports, &findings));
        }
        insta::assert_snapshot!(format!("rule-{}", rule.id), shown);
    }
}

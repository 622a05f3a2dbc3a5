//! Every shipped rule: its examples pass, it has examples both ways, and what it shows the user
//! is snapshotted.

use std::sync::Arc;

use crosscheck::lexicon::DataFile;
use crosscheck::rules::docs::rule_page;
use crosscheck::rules::testing::{Verdict, test_rule};
use crosscheck::rules::{KINDS, RuleSet};

use crate::support::shipped;

#[test]
fn every_rule_example_behaves_as_declared() {
    let shipped = shipped();
    let mut failures = Vec::new();
    for rule in shipped.rules.iter() {
        for example in test_rule(rule, shipped.context()).examples {
            if example.verdict != Verdict::Passed {
                failures.push(format!(
                    "{} / {}: {} {}",
                    rule.id,
                    example.name,
                    example.verdict,
                    example.reason.unwrap_or_default()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// What `crosscheck rules new` writes is a valid rule whose two examples pass.
#[test]
fn every_kind_template_is_a_passing_rule() {
    let shipped = shipped();
    for kind in KINDS {
        let file = DataFile {
            path: format!("scaffold/{}-example.toml", kind.name),
            text: Arc::from(kind.template),
        };
        let (rules, problems) = RuleSet::load(&[file], &shipped.lexicon);
        assert!(problems.is_empty(), "{}: {problems:#?}", kind.name);
        let rule = rules.iter().next().expect("one rule");
        assert_eq!(rule.examples.len(), 2, "{}", kind.name);
        let outcome = test_rule(rule, shipped.context());
        assert!(outcome.passed(), "{}: {:#?}", kind.name, outcome.examples);
    }
}

/// docs/rules/<id>.md is generated from the rule file (`crosscheck rules docs`).
#[test]
fn rule_pages_are_fresh() {
    let mut stale = Vec::new();
    for rule in shipped().rules.iter() {
        let path = format!("docs/rules/{}.md", rule.id);
        let expected = rule_page(rule);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(expected.as_str()) {
            stale.push(path);
        }
    }
    assert!(
        stale.is_empty(),
        "stale or missing (run `cargo run -- rules docs`): {stale:?}"
    );
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

/// Each shipped rule's snapshot lives beside its file, in `__snapshots__/<id>.snap`, where
/// `crosscheck rules test` keeps it too; both compare the same contents.
#[test]
fn rule_snapshots() {
    let shipped = shipped();
    for rule in shipped.rules.iter() {
        let outcome = crosscheck::rules::testing::test_rule(rule, shipped.context());
        let dir = std::path::Path::new(&rule.path)
            .parent()
            .expect("rule files live in a folder");
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(
            std::path::Path::new("../..")
                .join(dir)
                .join("__snapshots__"),
        );
        settings.set_prepend_module_to_snapshot(false);
        settings.bind(|| insta::assert_snapshot!(rule.id.as_str(), outcome.shown));
    }
}

/// docs/rule.schema.json is generated from the rule file types (`crosscheck rules schema`), and
/// every shipped rule's `[check]` keys are ones its kind's schema knows.
#[test]
fn rule_schema_is_fresh_and_covers_the_shipped_rules() {
    let schema = crosscheck::rules::rule_file_schema();
    let expected = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    let committed = std::fs::read_to_string("docs/rule.schema.json").unwrap_or_default();
    assert!(
        committed == expected,
        "docs/rule.schema.json is stale: run `cargo run -- rules schema > docs/rule.schema.json`"
    );
    for rule in shipped().rules.iter() {
        let file: toml::Table = toml::from_str(&rule.text).unwrap();
        let Some(check) = file.get("check").and_then(|c| c.as_table()) else {
            continue;
        };
        let case = schema["allOf"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["if"]["properties"]["kind"]["const"] == rule.kind.name)
            .expect("a schema case per kind");
        let known = case["then"]["properties"]["check"]["properties"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        for key in check.keys() {
            assert!(
                known.contains_key(key),
                "{}: `{key}` is not in the {} schema",
                rule.id,
                rule.kind.name
            );
        }
    }
}

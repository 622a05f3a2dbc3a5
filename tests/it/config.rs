//! Configuration and rule authoring: every error at once, located, with the nearest id; an
//! invalid configuration stops the run; `rules test` writes its pending snapshots.

use crate::support::{crosscheck, crosscheck_in, stderr, stdout, write};

const A: &str = "+++\noutlet = \"A\"\npublished = 2025-07-04\nevent = \"e\"\n+++\nRussia launched 550 drones overnight.\n";
const B: &str = "+++\noutlet = \"B\"\npublished = 2025-07-04\nevent = \"e\"\n+++\nRussia launched 539 drones overnight.\n";

#[test]
fn config_reports_every_error_at_once_with_its_location() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "reports/a.md", A);
    write(
        dir.path(),
        "crosscheck.toml",
        "disabel = [\"toll-rose\"]\n\
         disable = [\"toll-rise\", 7]\n\
         severity = { conflicting-figure = \"error\", toll-rose = \"loud\" }\n\
         fail-on = \"sometimes\"\n\
         as-of = \"yesterday\"\n\
         rules = [\"no-such-pack\"]\n",
    );
    let output = crosscheck_in(dir.path(), &["check", "reports", "--format", "short"]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    for expected in [
        "crosscheck.toml:1:1: error: unknown key `disabel`; did you mean `disable`?",
        "crosscheck.toml:2:12: error: unknown rule id `toll-rise`; did you mean `toll-rose`?",
        "crosscheck.toml:2:25: error: `disable` takes rule ids (strings), not 7",
        "crosscheck.toml:3:14: error: unknown rule id `conflicting-figure`; did you mean `conflicting-figures`?",
        "crosscheck.toml:3:56: error: unknown severity `loud`",
        "crosscheck.toml:4:11: error: unknown fail-on `sometimes`",
        "crosscheck.toml:5:9: error: `as-of` is not a date",
        "crosscheck.toml:6:10: error: rule pack folder not found: no-such-pack",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in\n{err}");
    }
}

#[test]
fn config_syntax_errors_are_all_reported() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "reports/a.md", A);
    write(
        dir.path(),
        "crosscheck.toml",
        "disable = [\"toll-rose\"\nfail-on = \"error\"\nselect = \n",
    );
    let output = crosscheck_in(dir.path(), &["check", "reports", "--format", "short"]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    let located = err.matches("crosscheck.toml:").count();
    assert!(located >= 2, "{err}");
}

#[test]
fn an_invalid_config_is_never_half_applied() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "reports/a.md", A);
    write(dir.path(), "reports/b.md", B);
    // The rule it disables must not run again because another line is wrong; and the run
    // must not go on without the line that is wrong.
    for config in [
        "disable = [\"conflicting-figures\"]\nfail-on = \"sometimes\"\n",
        "disable = [\"conflicting-figures\"]\ncolour = true\n",
        "disable = [\"conflicting-figures\"\n",
        "select = [\"toll-rose\", \"conflicting-figure\"]\n",
    ] {
        write(dir.path(), "crosscheck.toml", config);
        for format in ["short", "human", "json"] {
            let output = crosscheck_in(dir.path(), &["check", "reports", "--format", format]);
            assert_eq!(output.status.code(), Some(2), "{config}");
            let out = stdout(&output);
            if format == "json" {
                let json: serde_json::Value = serde_json::from_str(&out).unwrap();
                assert_eq!(json["findings"], serde_json::json!([]), "{config}");
                assert!(!json["errors"].as_array().unwrap().is_empty());
            } else {
                assert!(out.is_empty(), "{config}\n{out}");
            }
            assert!(
                stderr(&output).contains("the configuration has errors; nothing was checked"),
                "{config}\n{}",
                stderr(&output)
            );
        }
    }
    write(dir.path(), "crosscheck.toml", "fail-on = \"sometimes\"\n");
    let output = crosscheck_in(dir.path(), &["claims", "reports"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).is_empty(), "{}", stdout(&output));
}

#[test]
fn unknown_rule_ids_get_the_nearest_id() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.md",
        "<!-- crosscheck-ignore conflicting-figure: checked by the desk -->\nRussia launched 550 drones overnight.\n",
    );
    let output = crosscheck(&["check", dir.path().to_str().unwrap(), "--format", "short"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains(
            "the suppression names no known rule: `conflicting-figure`; did you mean `conflicting-figures`?"
        ),
        "{}",
        stderr(&output)
    );
    let output = crosscheck(&["rules", "explain", "toll-rise"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("error: no rule `toll-rise`; did you mean `toll-rose`?"),
        "{}",
        stderr(&output)
    );
    let output = crosscheck(&["rules", "new", "x-exceeds-y", "--kind", "part-hole"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("did you mean `part-whole`?"),
        "{}",
        stderr(&output)
    );
    // Far from every id: no guess.
    let output = crosscheck(&["rules", "explain", "zebra"]);
    assert!(!stderr(&output).contains("did you mean"));
}

#[test]
fn rules_test_creates_the_snapshot_folder() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let new = crosscheck(&[
        "rules",
        "new",
        "released-exceeds-held",
        "--kind",
        "part-whole",
        "--dir",
        d,
    ]);
    assert_eq!(new.status.code(), Some(0), "{}", stderr(&new));
    let rule = dir.path().join("released-exceeds-held.toml");
    let output = crosscheck(&["rules", "test", rule.to_str().unwrap()]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "a new snapshot fails the run"
    );
    let pending = dir
        .path()
        .join("__snapshots__/released-exceeds-held.snap.new");
    assert!(
        stdout(&output).contains(&pending.display().to_string()),
        "{}",
        stdout(&output)
    );
    assert!(pending.is_file(), "{} was not written", pending.display());
    let output = crosscheck(&["rules", "test", rule.to_str().unwrap(), "--update"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(!pending.exists());
    assert!(
        dir.path()
            .join("__snapshots__/released-exceeds-held.snap")
            .is_file()
    );
}

#[test]
fn rules_commands_refuse_an_invalid_config_too() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "crosscheck.toml",
        "disable = [\"toll-rose\"]\nfail-on = \"sometimes\"\n",
    );
    for args in [
        &["rules", "list"][..],
        &["rules", "explain", "toll-rose"],
        &["rules", "test"],
    ] {
        let output = crosscheck_in(dir.path(), args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stdout(&output).is_empty(), "{args:?}: {}", stdout(&output));
        assert!(
            stderr(&output).contains("the configuration has errors; nothing was checked"),
            "{args:?}"
        );
    }
}

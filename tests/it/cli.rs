//! The command line as users run it: exit codes, formats, broken inputs.

use crate::support::{crosscheck, crosscheck_in, stderr, stdout, write};

const CLEAN: &str = "+++\noutlet = \"A\"\npublished = 2025-07-04\nevent = \"e\"\n+++\nRussia launched 550 drones overnight.\n";
const CONFLICT: &str = "+++\noutlet = \"B\"\npublished = 2025-07-04\nevent = \"e\"\n+++\nRussia launched 539 drones overnight.\n";

#[test]
fn exit_zero_without_findings() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", CLEAN.as_bytes());
    let output = crosscheck(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("no findings in 1 report"));
}

#[test]
fn exit_one_with_findings_and_short_format() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", CLEAN.as_bytes());
    write(dir.path(), "b.md", CONFLICT.as_bytes());
    let root = dir.path().to_str().unwrap();
    let output = crosscheck(&["check", root, "--format", "short"]);
    assert_eq!(output.status.code(), Some(1));
    let expected = format!(
        "{root}/a.md:6:17: warning conflicting-figures: reports of the same event disagree on drones launched: 550 (A), 539 (B)\n"
    );
    assert_eq!(stdout(&output), expected);
    // --fail-on error lets warnings pass.
    let output = crosscheck(&["check", root, "--fail-on", "error"]);
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn json_format_follows_the_schema() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", CLEAN.as_bytes());
    write(dir.path(), "b.md", CONFLICT.as_bytes());
    let output = crosscheck(&["check", dir.path().to_str().unwrap(), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["reports"], 2);
    let finding = &json["findings"][0];
    assert_eq!(finding["rule"], "conflicting-figures");
    assert_eq!(finding["severity"], "warning");
    let location = &finding["locations"][0];
    for key in ["path", "line", "column", "start", "end", "text", "value"] {
        assert!(!location[key].is_null(), "location has {key}");
    }
    assert_eq!(location["text"], "550 drones");
    assert_eq!(location["start"], 72);
    assert_eq!(location["end"], 82);
    assert!(json["errors"].as_array().unwrap().is_empty());
}

#[test]
fn claims_json_has_spans_and_fields() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.md",
        b"At least 17 people died in the blast, including three children.\n",
    );
    let output = crosscheck(&[
        "claims",
        dir.path().join("a.md").to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let first = &json["claims"][0];
    assert_eq!(first["kind"], "quantity");
    assert_eq!(first["measure"], "people.killed");
    assert_eq!(first["interval"], serde_json::json!([17.0, null]));
    assert_eq!(first["start"], 0);
    assert_eq!(first["text"], "At least 17 people died");
    assert_eq!(json["claims"][1]["measure"], "children.killed");
}

#[test]
fn broken_reports_are_located_and_the_rest_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", CLEAN.as_bytes());
    write(dir.path(), "b.md", CONFLICT.as_bytes());
    write(dir.path(), "bad-utf8.md", b"fine line\nbroken \xff here\n");
    write(dir.path(), "binary.txt", b"\0\x01\x02");
    write(dir.path(), "empty.md", b"");
    write(dir.path(), "unclosed.md", b"+++\ntitle = \"x\"\nno end\n");
    write(
        dir.path(),
        "bad-date.md",
        b"---\npublished: 2025-02-31\n---\nText.\n",
    );
    let root = dir.path().to_str().unwrap();
    let output = crosscheck(&["check", root, "--format", "short"]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "input problems make the exit code 2"
    );
    // The good reports were still checked.
    assert!(stdout(&output).contains("conflicting-figures"));
    let err = stderr(&output);
    assert!(
        err.contains(&format!("{root}/bad-utf8.md:2:8: error: invalid UTF-8")),
        "{err}"
    );
    assert!(
        err.contains(&format!("{root}/binary.txt: error: binary file")),
        "{err}"
    );
    assert!(
        err.contains(&format!("{root}/empty.md: error: empty file")),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{root}/unclosed.md:1:1: error: front matter opened with `+++` is never closed"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{root}/bad-date.md:2:12: error: `published` is not a date"
        )),
        "{err}"
    );
}

#[test]
fn malformed_rule_file_is_located_and_other_rules_run() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "reports/a.md", CLEAN.as_bytes());
    write(dir.path(), "reports/b.md", CONFLICT.as_bytes());
    write(
        dir.path(),
        "pack/broken.toml",
        b"kind = \"figure-agreement\"\nseverity = \"loud\"\nsummary = \"x\"\nmessage = \"y\"\n",
    );
    let output = crosscheck(&[
        "check",
        dir.path().join("reports").to_str().unwrap(),
        "--rules",
        dir.path().join("pack").to_str().unwrap(),
        "--format",
        "short",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("broken.toml:2:12: error: unknown severity `loud`"),
        "{err}"
    );
    assert!(stdout(&output).contains("conflicting-figures"));
}

#[test]
fn human_output_names_every_file() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", CLEAN.as_bytes());
    write(dir.path(), "b.md", CONFLICT.as_bytes());
    let root = dir.path().to_str().unwrap();
    let output = crosscheck(&["check", root]);
    let out = stdout(&output);
    assert!(out.contains(&format!("[{root}/a.md:6:17]")), "{out}");
    assert!(out.contains(&format!("[{root}/b.md:6:17]")), "{out}");
    assert!(out.contains("A: 550 drones launched"));
    assert!(out.contains("1 warning in 2 reports"));
}

#[test]
fn usage_errors_exit_two() {
    assert_eq!(crosscheck(&["check"]).status.code(), Some(2));
    assert_eq!(
        crosscheck(&["check", "--format", "xml", "x"]).status.code(),
        Some(2)
    );
    assert_eq!(
        crosscheck(&["check", "/no/such/folder"]).status.code(),
        Some(2)
    );
}

#[test]
fn manifest_supplies_metadata_and_limits_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "one.txt",
        b"Russia launched 550 drones overnight.\n",
    );
    write(
        dir.path(),
        "two.txt",
        b"Russia launched 539 drones overnight.\n",
    );
    write(dir.path(), "notes.md", b"Russia launched 12 drones.\n");
    write(
        dir.path(),
        "meta.toml",
        b"[[report]]\nfile = \"one.txt\"\noutlet = \"A\"\npublished = \"2025-07-04\"\n\n[[report]]\nfile = \"two.txt\"\noutlet = \"B\"\npublished = \"2025-07-04\"\n",
    );
    let output = crosscheck(&["check", dir.path().to_str().unwrap(), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["reports"], 2);
    assert!(
        json["skipped"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("not listed")
    );
    assert!(
        json["findings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("550 (A), 539 (B)")
    );
}

#[test]
fn fixture_files_hold_several_reports() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "fixture.md",
        b"<!-- report: a outlet=\"A\" published=2025-07-04 event=e -->\nFormer President Donald Trump spoke.\n<!-- report: b outlet=\"B\" published=2025-07-04 event=e -->\nPresident Donald Trump spoke.\n",
    );
    let output = crosscheck(&["check", dir.path().to_str().unwrap(), "--format", "short"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stdout(&output).contains("conflicting-titles"));
}

#[test]
fn users_extend_the_lexicon_and_the_record() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "reports/a.md",
        b"+++\noutlet = \"A\"\npublished = 2031-03-01\n+++\nFormer Mayor Jane Example opened the bridge.\n",
    );
    write(
        dir.path(),
        "pack/lexicon/people.toml",
        b"[[person]]\nid = \"jane-example\"\nname = \"Jane Example\"\naliases = [\"Example\"]\n",
    );
    write(
        dir.path(),
        "pack/facts/mayors.toml",
        b"[[term]]\nperson = \"jane-example\"\noffice = \"mayor\"\njurisdiction = \"KYIV\"\nfrom = 2030-01-01\nsource = \"city charter register\"\n",
    );
    let output = crosscheck(&[
        "check",
        dir.path().join("reports").to_str().unwrap(),
        "--rules",
        dir.path().join("pack").to_str().unwrap(),
        "--format",
        "short",
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("title-contradicts-record"),
        "{}",
        stdout(&output)
    );
    assert!(stdout(&output).contains("Jane Example has been Mayor of Kyiv since 2030-01-01"));
}

#[test]
fn malformed_facts_file_is_located() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "reports/a.md", CLEAN.as_bytes());
    write(
        dir.path(),
        "pack/facts/bad.toml",
        b"[[term]]\nperson = \"nobody-known\"\noffice = \"president\"\njurisdiction = \"US\"\nfrom = 2020-01-01\nsource = \"x\"\n",
    );
    let output = crosscheck(&[
        "check",
        dir.path().join("reports").to_str().unwrap(),
        "--rules",
        dir.path().join("pack").to_str().unwrap(),
        "--format",
        "short",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("bad.toml:2:10: error: unknown person `nobody-known`"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn rules_list_json_names_every_shipped_rule() {
    let output = crosscheck(&["rules", "list", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let ids: Vec<&str> = json["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    for id in [
        "conflicting-figures",
        "title-contradicts-record",
        "elapsed-contradicts-start",
        "drones-downed-exceed-launched",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
}

/// A new user's walk: a measure of their own, a scaffolded rule, a wrong example (Missing), the
/// fix, a snapshot, a check of the corpus.
#[test]
fn rule_authoring_walkthrough() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    write(
        &pack,
        "lexicon/hostages.toml",
        b"[[class]]\nid = \"hostages\"\nunit = \"hostage\"\nnouns = [\"hostages\"]\nactions = [\"released\", \"held\"]\n\n[[action]]\nid = \"released\"\nforms = [\"released\", \"freed\"]\n\n[[action]]\nid = \"held\"\nforms = [\"held\", \"holds\", \"still holds\"]\n",
    );
    let pack_arg = pack.to_str().unwrap();
    let new = crosscheck(&[
        "rules",
        "new",
        "released-exceeds-held",
        "--kind",
        "part-whole",
        "--dir",
        pack_arg,
    ]);
    assert_eq!(new.status.code(), Some(0), "{}", stderr(&new));
    let rule_path = pack.join("released-exceeds-held.toml");
    let template = std::fs::read_to_string(&rule_path).unwrap();
    // The author sets the measures but writes a first example that cannot fire.
    let edited = template
        .replace(
            "parts = [\"children.killed\"]",
            "parts = [\"hostages.released\"]",
        )
        .replace("whole = \"people.killed\"", "whole = \"hostages.held\"")
        .replace(
            "Eight people were killed in the strike. Officials said twelve children were killed.",
            "The group still holds 59 hostages. Under the deal, 33 hostages will be freed.",
        )
        .replace(
            "At least 14 people died, among them two children.",
            "The group still holds 59 hostages. Under the deal, 33 hostages will be freed.",
        );
    std::fs::write(&rule_path, &edited).unwrap();
    let missing = crosscheck(&["rules", "test", pack_arg]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        stdout(&missing).contains("Missing  a part larger than its whole"),
        "{}",
        stdout(&missing)
    );
    // Fixed: more released than held in the example that must fire.
    let fixed = edited.replacen("still holds 59 hostages", "still holds 20 hostages", 1);
    std::fs::write(&rule_path, fixed).unwrap();
    let update = crosscheck(&["rules", "test", pack_arg, "--update"]);
    assert_eq!(update.status.code(), Some(0), "{}", stdout(&update));
    assert!(
        pack.join("__snapshots__/released-exceeds-held.snap")
            .is_file()
    );
    let again = crosscheck(&["rules", "test", pack_arg]);
    assert_eq!(again.status.code(), Some(0));
    assert!(stdout(&again).contains("snapshot matches"));
    let check = crosscheck(&["check", "corpus", "--rules", pack_arg, "--format", "short"]);
    assert_eq!(
        check.status.code(),
        Some(1),
        "the corpus has its planted findings: {}",
        stderr(&check)
    );
    let explain = crosscheck(&[
        "rules",
        "explain",
        "released-exceeds-held",
        "--rules",
        pack_arg,
    ]);
    assert!(stdout(&explain).contains("part-whole"));
}

#[test]
fn rules_new_rejects_unknown_kinds_and_bad_ids() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let unknown = crosscheck(&[
        "rules",
        "new",
        "x-y",
        "--kind",
        "figure-agrement",
        "--dir",
        d,
    ]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("valid kinds: figure-agreement"));
    let bad = crosscheck(&["rules", "new", "Bad Id", "--kind", "part-whole", "--dir", d]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn configuration_file_adds_packs_disables_rules_and_sets_severity() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "reports/a.md", CLEAN.as_bytes());
    write(dir.path(), "reports/b.md", CONFLICT.as_bytes());
    write(
        dir.path(),
        "reports/c.md",
        b"+++\noutlet = \"C\"\npublished = 2025-07-04\nevent = \"e\"\n+++\nFormer President Donald Trump spoke.\n",
    );
    write(
        dir.path(),
        "checks/lexicon/extra.toml",
        b"[[person]]\nid = \"jane-example\"\nname = \"Jane Example\"\n",
    );
    write(
        dir.path(),
        "crosscheck.toml",
        b"rules = [\"checks\"]\ndisable = [\"conflicting-figures\"]\nseverity = { title-contradicts-record = \"error\" }\nfail-on = \"error\"\n",
    );
    let output = crosscheck_in(dir.path(), &["check", "reports", "--format", "short"]);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{out}{}", stderr(&output));
    assert!(!out.contains("conflicting-figures"), "{out}");
    assert!(out.contains("error title-contradicts-record"), "{out}");
    // Flags win over the file; --no-config ignores it.
    let output = crosscheck_in(
        dir.path(),
        &[
            "check",
            "reports",
            "--format",
            "short",
            "--fail-on",
            "never",
        ],
    );
    assert_eq!(output.status.code(), Some(0));
    let output = crosscheck_in(
        dir.path(),
        &["check", "reports", "--format", "short", "--no-config"],
    );
    assert!(stdout(&output).contains("conflicting-figures"));
}

#[test]
fn configuration_errors_are_located() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "reports/a.md", CLEAN.as_bytes());
    write(
        dir.path(),
        "crosscheck.toml",
        b"disable = [\"conflicting-figure\"]\nfail-on = \"sometimes\"\n",
    );
    let output = crosscheck_in(dir.path(), &["check", "reports", "--format", "short"]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("crosscheck.toml:1:12: error: unknown rule id `conflicting-figure`"),
        "{err}"
    );
    assert!(
        err.contains("crosscheck.toml:2:11: error: unknown fail-on `sometimes`"),
        "{err}"
    );
    write(dir.path(), "crosscheck.toml", b"colour = true\n");
    let output = crosscheck_in(dir.path(), &["check", "reports", "--format", "short"]);
    assert!(
        stderr(&output).contains("crosscheck.toml:1:1: error: unknown key `colour`"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn figures_left_uncompared_are_counted_not_called_checked() {
    let dir = tempfile::tempdir().unwrap();
    // Figures with no measure (nothing the lexicon counts), and one report alone on its event.
    write(
        dir.path(),
        "a.md",
        "+++\noutlet = \"A\"\npublished = 2025-07-04\nevent = \"a\"\n+++\nThe city planted 300 trees and opened 12 libraries.\n",
    );
    write(
        dir.path(),
        "b.md",
        "+++\noutlet = \"B\"\npublished = 2025-07-04\nevent = \"b\"\n+++\nRussia launched 550 drones overnight.\n",
    );
    let output = crosscheck_in(dir.path(), &["check", "a.md", "b.md"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        "no findings in 2 reports; 3 figures read, 0 compared (2 have no measure, 1 has no other report of its event)\n"
    );
    let short = crosscheck_in(dir.path(), &["check", "a.md", "b.md", "--format", "short"]);
    assert!(
        stderr(&short).contains(
            "3 figures read, 0 compared (2 have no measure, 1 has no other report of its event)"
        ),
        "{}",
        stderr(&short)
    );
    let json = crosscheck_in(dir.path(), &["check", "a.md", "b.md", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(
        json["figures"],
        serde_json::json!({"read": 3, "compared": 0, "uncompared": 3, "no_measure": 2, "no_other_report": 1, "nothing_to_compare": 0})
    );
}

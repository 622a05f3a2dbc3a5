//! The command-line conventions of Ruff, Vale and textlint: rule flags, `--output`, `--quiet`,
//! `--statistics`, text piped from a CMS, `init`, completions and manual pages kept fresh,
//! fixes in JSON and SARIF, and the pre-commit and GitHub Actions definitions in the docs.

use std::io::Write;
use std::path::Path;

use clap::Parser;
use crosscheck::cli::Cli;

use crate::support::{crosscheck, crosscheck_in, stderr, stdout, write};

const CLEAN: &str = "+++\noutlet = \"A\"\npublished = 2025-07-04\nevent = \"e\"\n+++\nRussia launched 550 drones overnight.\n";
const CONFLICT: &str = "+++\noutlet = \"B\"\npublished = 2025-07-04\nevent = \"e\"\n+++\nRussia launched 539 drones overnight.\n";

fn two_reports() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", CLEAN);
    write(dir.path(), "b.md", CONFLICT);
    dir
}

/// Runs the binary in `dir` with `input` on standard input.
fn crosscheck_piped(dir: &Path, args: &[&str], input: &str) -> std::process::Output {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn select_ignore_and_severity_flags_choose_the_rules() {
    let dir = two_reports();
    let root = dir.path();
    let ignored = crosscheck_in(root, &["check", ".", "--ignore", "conflicting-figures"]);
    assert_eq!(ignored.status.code(), Some(0), "{}", stderr(&ignored));
    assert!(stdout(&ignored).contains("no findings"));

    let selected = crosscheck_in(
        root,
        &[
            "check",
            ".",
            "--select",
            "toll-rose,conflicting-figures",
            "--severity",
            "conflicting-figures=error",
            "--format",
            "short",
        ],
    );
    assert_eq!(selected.status.code(), Some(1));
    assert!(
        stdout(&selected).starts_with("./a.md:6:17: error conflicting-figures:"),
        "{}",
        stdout(&selected)
    );

    // The command line's --select runs a rule the configuration disables.
    write(
        root,
        "crosscheck.toml",
        "disable = [\"conflicting-figures\"]\n",
    );
    let disabled = crosscheck_in(root, &["check", ".", "--format", "short"]);
    assert_eq!(stdout(&disabled), "");
    let reselected = crosscheck_in(
        root,
        &[
            "check",
            ".",
            "--format",
            "short",
            "--select",
            "conflicting-figures",
        ],
    );
    assert!(stdout(&reselected).contains("conflicting-figures"));

    let typo = crosscheck_in(root, &["check", ".", "--ignore", "conflicting-figure"]);
    assert_eq!(typo.status.code(), Some(2));
    assert!(
        stderr(&typo).contains(
            "unknown rule id `conflicting-figure` given to --ignore; did you mean `conflicting-figures`?"
        ),
        "{}",
        stderr(&typo)
    );
    assert_eq!(stdout(&typo), "", "nothing is checked");
    let level = crosscheck_in(root, &["check", ".", "--severity", "toll-rose=loud"]);
    assert_eq!(level.status.code(), Some(2));
    assert!(stderr(&level).contains("unknown severity `loud`"));
}

#[test]
fn output_file_quiet_and_statistics() {
    let dir = two_reports();
    let root = dir.path();
    // Written outside the folder checked, which would read a .txt file as a report.
    let elsewhere = tempfile::tempdir().unwrap();
    let out = elsewhere.path().join("out.txt");
    let out_arg = out.to_str().unwrap();
    let written = crosscheck_in(
        root,
        &["check", ".", "--format", "short", "--output", out_arg],
    );
    assert_eq!(written.status.code(), Some(1), "the exit code still tells");
    assert_eq!(stdout(&written), "");
    let file = std::fs::read_to_string(&out).unwrap();
    assert!(
        file.starts_with("./a.md:6:17: warning conflicting-figures"),
        "{file}"
    );

    let human = crosscheck_in(root, &["check", ".", "-o", out_arg]);
    assert_eq!(human.status.code(), Some(1));
    let file = std::fs::read_to_string(&out).unwrap();
    assert!(!file.contains('\u{1b}'), "no colour codes in a file");
    assert!(file.contains("1 warning in 2 reports"), "{file}");

    let loud = crosscheck_in(root, &["check", ".", "--format", "short"]);
    assert!(stderr(&loud).contains("1 warning in 2 reports"));
    let quiet = crosscheck_in(root, &["check", ".", "--format", "short", "--quiet"]);
    assert_eq!(stderr(&quiet), "", "no summary line");
    assert_eq!(stdout(&quiet), stdout(&loud));
    let quiet_human = crosscheck_in(root, &["check", ".", "-q"]);
    assert!(!stdout(&quiet_human).contains("in 2 reports"));
    assert!(stdout(&quiet_human).contains("conflicting-figures"));

    let table = crosscheck_in(root, &["check", ".", "--statistics"]);
    assert_eq!(table.status.code(), Some(1));
    assert!(
        stdout(&table).starts_with("1  conflicting-figures  warning  Reports of the same event"),
        "{}",
        stdout(&table)
    );
    assert!(stdout(&table).ends_with("1 finding from 1 rule\n"));
    let json = crosscheck_in(root, &["check", ".", "--statistics", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json["statistics"][0]["rule"], "conflicting-figures");
    assert_eq!(json["statistics"][0]["count"], 1);
    let sarif = crosscheck_in(root, &["check", ".", "--statistics", "--format", "sarif"]);
    assert_eq!(sarif.status.code(), Some(2));
}

#[test]
fn text_piped_from_a_cms_has_its_name_and_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Former US President Donald Trump spoke to reporters.\n";
    let output = crosscheck_piped(
        dir.path(),
        &[
            "check",
            "-",
            "--stdin-filename",
            "cms/draft-17.md",
            "--stdin-meta",
            "published = 2025-06-10\noutlet = \"The Desk\"",
            "--format",
            "short",
        ],
        text,
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("cms/draft-17.md:1:1: warning title-contradicts-record"),
        "{}",
        stdout(&output)
    );

    // Undated, the same text cannot be checked against the record.
    let undated = crosscheck_piped(dir.path(), &["check", "-", "--format", "short"], text);
    assert_eq!(stdout(&undated), "");

    // A metadata file, and a key that is not one.
    write(dir.path(), "meta.toml", "publishd = 2025-06-10\n");
    let typo = crosscheck_piped(
        dir.path(),
        &[
            "check",
            "-",
            "--stdin-meta",
            "meta.toml",
            "--format",
            "short",
        ],
        text,
    );
    assert_eq!(typo.status.code(), Some(2));
    assert!(
        stderr(&typo).contains("unknown key `publishd` in --stdin-meta; did you mean `published`?"),
        "{}",
        stderr(&typo)
    );
    // The name's extension tells the kind: a JSON Lines feed.
    let feed =
        "{\"text\": \"Former US President Donald Trump spoke.\", \"published\": \"2025-06-10\"}\n";
    let output = crosscheck_piped(
        dir.path(),
        &["claims", "-", "--stdin-filename", "wire.jsonl"],
        feed,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("wire.jsonl"),
        "{}",
        stdout(&output)
    );
    assert!(stdout(&output).contains("qualifier=former"));
}

#[test]
fn init_writes_a_configuration_that_loads_and_keeps_an_existing_one() {
    let dir = tempfile::tempdir().unwrap();
    let output = crosscheck_in(dir.path(), &["init"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let path = dir.path().join("crosscheck.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let (_, problems) =
        crosscheck::config::Config::parse("crosscheck.toml", &std::sync::Arc::from(text.as_str()));
    assert!(problems.is_empty(), "{problems:?}");
    for key in crosscheck::config::KEYS {
        assert!(text.contains(&format!("{key} =")), "{key} is shown");
    }
    assert!(text.contains("conflicting-figures"), "the rules are listed");
    // A check with it runs.
    write(dir.path(), "a.md", CLEAN);
    let check = crosscheck_in(dir.path(), &["check", "."]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));

    std::fs::write(&path, "fail-on = \"never\"\n").unwrap();
    let again = crosscheck_in(dir.path(), &["init"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("--force"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "fail-on = \"never\"\n"
    );
    let forced = crosscheck_in(dir.path(), &["init", "--force"]);
    assert_eq!(forced.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn completions_and_manual_pages_are_fresh() {
    let mut stale = Vec::new();
    let files = crosscheck::cli::generated_docs().unwrap();
    for (path, bytes) in &files {
        if std::fs::read(path).ok().as_deref() != Some(bytes.as_slice()) {
            stale.push(path.display().to_string());
        }
    }
    for dir in ["docs/completions", "docs/man"] {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            if !files.iter().any(|(p, _)| *p == entry.path()) {
                stale.push(format!("{} (no longer made)", entry.path().display()));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale or missing (run `cargo run -- completions --out docs/completions` and \
         `cargo run -- manpages --out docs/man`): {stale:?}"
    );
    let names: Vec<String> = files.iter().map(|(p, _)| p.display().to_string()).collect();
    for expected in [
        "docs/man/crosscheck.1",
        "docs/man/crosscheck-check.1",
        "docs/man/crosscheck-rules-test.1",
        "docs/completions/crosscheck.bash",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} in {names:?}"
        );
    }
    let bash = crosscheck(&["completions", "bash"]);
    assert!(stdout(&bash).contains("--stdin-filename"));
}

#[test]
fn fixes_in_json_and_sarif_correct_the_title() {
    let dir = tempfile::tempdir().unwrap();
    let report =
        "+++\npublished = 2025-06-10\n+++\nOn Monday former US President Donald Trump spoke.\n";
    write(dir.path(), "a.md", report);
    let json = crosscheck_in(dir.path(), &["check", "a.md", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let finding = &json["findings"][0];
    assert_eq!(finding["rule"], "title-contradicts-record");
    assert_eq!(finding["fix"]["message"], "drop `former`");
    let edit = &finding["fix"]["edits"][0];
    let (start, end) = (
        edit["start"].as_u64().unwrap() as usize,
        edit["end"].as_u64().unwrap() as usize,
    );
    let mut fixed = report.to_string();
    fixed.replace_range(start..end, edit["replacement"].as_str().unwrap());
    assert!(
        fixed.ends_with("On Monday US President Donald Trump spoke.\n"),
        "{fixed}"
    );
    write(dir.path(), "a.md", &fixed);
    let again = crosscheck_in(dir.path(), &["check", "a.md", "--format", "short"]);
    assert_eq!(stdout(&again), "", "the fixed report has no finding");

    write(dir.path(), "a.md", report);
    let sarif = crosscheck_in(dir.path(), &["check", "a.md", "--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_slice(&sarif.stdout).unwrap();
    let fix = &sarif["runs"][0]["results"][0]["fixes"][0];
    assert_eq!(fix["description"]["text"], "drop `former`");
    let change = &fix["artifactChanges"][0];
    assert_eq!(change["artifactLocation"]["uri"], "a.md");
    let region = &change["replacements"][0]["deletedRegion"];
    assert_eq!(region["startLine"], 4);
    assert_eq!(region["startColumn"], 11);
    assert_eq!(region["byteLength"], 7);
    let log: serde_sarif::sarif::Sarif = serde_json::from_value(sarif).unwrap();
    assert_eq!(log.runs.len(), 1);
}

/// The `crosscheck` command lines of a YAML file's strings: hook entries and `run:` steps.
fn command_lines(value: &serde_json::Value, found: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => {
            for line in s.lines() {
                if line.trim_start().starts_with("crosscheck ") {
                    found.push(line.trim().to_string());
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| command_lines(v, found)),
        serde_json::Value::Object(map) => map.values().for_each(|v| command_lines(v, found)),
        _ => {}
    }
}

/// Parses a command line as the program does (words split on spaces; no quoting is used).
fn parses(line: &str, extra: &[&str]) -> Result<(), String> {
    let mut words: Vec<&str> = line.split_whitespace().collect();
    words.extend_from_slice(extra);
    Cli::try_parse_from(&words)
        .map(|_| ())
        .map_err(|e| format!("`{line}`: {e}"))
}

#[test]
fn pre_commit_hooks_name_real_commands() {
    let text = std::fs::read_to_string(".pre-commit-hooks.yaml").unwrap();
    let hooks: Vec<serde_json::Value> = serde_saphyr::from_str(&text).unwrap();
    assert!(!hooks.is_empty());
    for hook in &hooks {
        for key in ["id", "name", "entry", "language"] {
            assert!(hook[key].is_string(), "a hook has `{key}`: {hook}");
        }
        assert_eq!(hook["language"], "rust", "built with cargo by pre-commit");
        let entry = hook["entry"].as_str().unwrap();
        // pre-commit appends the changed files.
        parses(entry, &["drafts/a.md", "drafts/b.md"]).unwrap();
    }
}

#[test]
fn the_github_actions_example_is_a_workflow_of_real_commands() {
    let doc = std::fs::read_to_string("docs/integrations.md").unwrap();
    let mut workflows = Vec::new();
    let mut open: Option<String> = None;
    for line in doc.lines() {
        match (&mut open, line.trim_start().strip_prefix("```")) {
            (None, Some("yaml")) => open = Some(String::new()),
            (Some(block), Some(_)) => {
                workflows.push(std::mem::take(block));
                open = None;
            }
            (Some(block), None) => {
                block.push_str(line);
                block.push('\n');
            }
            _ => {}
        }
    }
    let workflow: serde_json::Value = workflows
        .iter()
        .filter(|b| b.contains("jobs:"))
        .map(|b| serde_saphyr::from_str(b).unwrap())
        .next()
        .expect("docs/integrations.md has a workflow");
    assert!(workflow.get("on").is_some(), "{workflow}");
    let jobs = workflow["jobs"].as_object().expect("jobs");
    let mut commands = Vec::new();
    for job in jobs.values() {
        assert!(job["runs-on"].is_string());
        for step in job["steps"].as_array().expect("steps") {
            assert!(
                step["uses"].is_string() || step["run"].is_string(),
                "a step uses an action or runs a command: {step}"
            );
        }
        command_lines(job, &mut commands);
    }
    assert!(commands.len() >= 2, "{commands:?}");
    for command in &commands {
        parses(command, &[]).unwrap();
    }
    // The SARIF file the workflow writes is the one it uploads.
    let upload = jobs["check"]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.contains("upload-sarif"))
        })
        .expect("an upload step");
    let file = upload["with"]["sarif_file"].as_str().unwrap();
    assert!(
        commands
            .iter()
            .any(|c| c.contains(&format!("--output {file}")))
    );
}

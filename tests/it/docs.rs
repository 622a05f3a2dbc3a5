//! Every TOML and shell example in the documentation runs, so that the docs cannot drift from
//! what the program accepts.
//!
//! - ```` ```toml ```` blocks are loaded with the shipped pack as what they are: a rule file (it
//!   has `kind`; its examples must pass), a facts file (`[[term]]` or `[[event]]`), a
//!   configuration (only configuration keys) or else a lexicon file. None may have a problem.
//!   Another program's TOML (an editor's settings) is marked ```` ```toml no-run ```` and only
//!   shown.
//! - ```` ```sh ```` blocks run as one `sh -e` script in a scratch folder that links to the
//!   repository's top-level files and folders, with standard input empty. `crosscheck` is the
//!   binary under test and `cargo run [options] -- ARGS` runs it with ARGS; it must exit 0 or
//!   1 (findings), never 2 (an input or usage error) or worse. `cargo test` lines are this test
//!   suite and are skipped; any other `cargo` command is an error. Blocks that need a network,
//!   a nightly toolchain or a long time (`cargo fuzz`, `cargo install`, benchmarks) are marked
//!   ```` ```sh no-run ```` and are only shown.
//!
//! The convention is described in CONTRIBUTING.md.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crosscheck::config::{self, Config};
use crosscheck::facts::Facts;
use crosscheck::lexicon::{DataFile, Lexicon};
use crosscheck::pack::Pack;
use crosscheck::rules::RuleSet;
use crosscheck::rules::testing::test_rule;

use crate::support::shipped;

/// A fenced code block of a Markdown file.
#[derive(Debug)]
struct Block {
    file: String,
    /// The line of the opening fence, 1-based.
    line: usize,
    /// The words after the fence: the language, then any markers (`no-run`).
    info: Vec<String>,
    text: String,
}

impl Block {
    fn place(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
}

/// The Markdown files whose examples are checked: the README, the contributors' guides and the
/// docs. Rule pages (docs/rules/) are not: they are made from the shipped rule files, which load
/// with every test, and `rule_pages_are_fresh` keeps them so.
fn documents() -> Vec<PathBuf> {
    let mut files = vec![
        PathBuf::from("README.md"),
        PathBuf::from("CONTRIBUTING.md"),
        PathBuf::from("ARCHITECTURE.md"),
    ];
    let mut pending = vec![PathBuf::from("docs")];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() && path != Path::new("docs/rules") {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn blocks(path: &Path) -> Vec<Block> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut found = Vec::new();
    let mut open: Option<Block> = None;
    for (index, line) in text.lines().enumerate() {
        let Some(rest) = line.trim_start().strip_prefix("```") else {
            if let Some(block) = &mut open {
                block.text.push_str(line);
                block.text.push('\n');
            }
            continue;
        };
        match open.take() {
            Some(block) => found.push(block),
            None => {
                open = Some(Block {
                    file: path.display().to_string(),
                    line: index + 1,
                    info: rest.split_whitespace().map(str::to_string).collect(),
                    text: String::new(),
                })
            }
        }
    }
    assert!(
        open.is_none(),
        "{}: a code block is never closed",
        path.display()
    );
    found
}

fn blocks_of(language: &str) -> Vec<Block> {
    documents()
        .iter()
        .flat_map(|path| blocks(path))
        .filter(|b| b.info.first().is_some_and(|l| l == language))
        .collect()
}

/// What a TOML example is, by its keys.
#[derive(Debug, PartialEq)]
enum TomlKind {
    Rule,
    Facts,
    Config,
    Lexicon,
}

fn toml_kind(table: &toml::Table) -> TomlKind {
    if table.contains_key("kind") {
        TomlKind::Rule
    } else if table.contains_key("term") || table.contains_key("event") {
        TomlKind::Facts
    } else if !table.is_empty() && table.keys().all(|k| config::KEYS.contains(&k.as_str())) {
        TomlKind::Config
    } else {
        TomlKind::Lexicon
    }
}

/// The problems of one TOML example, loaded with the shipped pack.
fn toml_problems(block: &Block) -> Vec<String> {
    let place = block.place();
    let table: toml::Table = match toml::from_str(&block.text) {
        Ok(table) => table,
        Err(error) => return vec![format!("not TOML: {error}")],
    };
    let text: Arc<str> = Arc::from(block.text.as_str());
    let file = |name: &str| DataFile {
        path: format!("{place}/{name}"),
        text: text.clone(),
    };
    let shipped = shipped();
    let pack = Pack::shipped();
    let show = |problems: Vec<crosscheck::problem::Problem>| -> Vec<String> {
        problems
            .iter()
            .map(|p| format!("{}: {}", p.location_prefix(), p.message))
            .collect()
    };
    match toml_kind(&table) {
        TomlKind::Rule => {
            let (rules, problems) = RuleSet::load(&[file("doc-example.toml")], &shipped.lexicon);
            let mut shown = show(problems);
            if let Some(rule) = rules.get("doc-example") {
                let outcome = test_rule(rule, shipped.context());
                for example in outcome.examples.iter().filter(|e| e.reason.is_some()) {
                    shown.push(format!(
                        "example `{}`: {} ({})",
                        example.name,
                        example.verdict,
                        example.reason.clone().unwrap_or_default()
                    ));
                }
            }
            shown
        }
        TomlKind::Facts => {
            let (_, problems) = Facts::load(&[file("facts/doc-example.toml")], &shipped.lexicon);
            show(problems)
        }
        TomlKind::Config => {
            let (config, mut problems) = Config::parse(&format!("{place}/crosscheck.toml"), &text);
            let (mut rules, _) = RuleSet::load(&pack.rules, &shipped.lexicon);
            problems.append(&mut config.apply(&mut rules));
            show(problems)
        }
        TomlKind::Lexicon => {
            let mut files = pack.lexicon.clone();
            files.push(file("lexicon/doc-example.toml"));
            let (_, problems) = Lexicon::load(&files);
            show(problems)
        }
    }
}

#[test]
fn toml_examples_in_the_docs_load() {
    // Another program's TOML (an editor's configuration) is marked `no-run` and only shown.
    let blocks: Vec<Block> = blocks_of("toml")
        .into_iter()
        .filter(|b| !b.info.iter().any(|marker| marker == "no-run"))
        .collect();
    assert!(
        blocks.len() >= 4,
        "found only {} TOML examples",
        blocks.len()
    );
    let mut failures = Vec::new();
    for block in &blocks {
        for problem in toml_problems(block) {
            failures.push(format!("{}: {problem}", block.place()));
        }
    }
    assert!(
        failures.is_empty(),
        "TOML examples in the docs that do not load as written:\n{}",
        failures.join("\n")
    );
}

#[test]
fn toml_examples_are_told_apart() {
    let kind = |text: &str| toml_kind(&toml::from_str(text).unwrap());
    assert_eq!(kind("kind = \"part-whole\"\n"), TomlKind::Rule);
    assert_eq!(kind("[[term]]\nperson = \"x\"\n"), TomlKind::Facts);
    assert_eq!(
        kind("disable = []\nfail-on = \"error\"\n"),
        TomlKind::Config
    );
    assert_eq!(kind("[[class]]\nid = \"x\"\n"), TomlKind::Lexicon);
}

/// What the scratch folder's shell knows: `crosscheck` is the binary under test and writes down
/// every run that exits 2 or worse; `cargo run … -- ARGS` is `crosscheck ARGS`.
const PRELUDE: &str = r#"
crosscheck() {
    code=0
    "$CROSSCHECK_BIN" "$@" || code=$?
    if [ "$code" -gt 1 ]; then
        echo "crosscheck $* exited $code" >> "$FAILURES"
    fi
    return 0
}
cargo() {
    case "$1" in
        run)
            while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do shift; done
            [ "$#" -gt 0 ] && shift
            crosscheck "$@"
            ;;
        test) ;;
        *) echo "cargo $* cannot run here: mark the block \`\`\`sh no-run" >> "$FAILURES" ;;
    esac
}
"#;

/// Runs a shell example; the failures it wrote down, and its own exit status.
fn run_shell(block: &Block) -> Vec<String> {
    let repo = std::env::current_dir().unwrap();
    let scratch = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(&repo).unwrap().flatten() {
        let name = entry.file_name();
        if name == "target" || name == ".git" {
            continue;
        }
        std::os::unix::fs::symlink(entry.path(), scratch.path().join(&name)).unwrap();
    }
    let failures = scratch.path().join(".failures");
    std::fs::write(&failures, "").unwrap();
    let script = format!("{PRELUDE}\n{}", block.text);
    let output = std::process::Command::new("sh")
        .arg("-ec")
        .arg(&script)
        .current_dir(scratch.path())
        .env("CROSSCHECK_BIN", env!("CARGO_BIN_EXE_crosscheck"))
        .env("FAILURES", &failures)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("sh runs");
    let mut found: Vec<String> = std::fs::read_to_string(&failures)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    if !output.status.success() {
        found.push(format!(
            "the block exited with {:?}: {}",
            output.status.code(),
            String::from_utf8_lossy(&output.stderr)
                .lines()
                .last()
                .unwrap_or("")
        ));
    }
    if !found.is_empty() {
        found.push(format!(
            "standard error:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    found
}

#[test]
fn shell_examples_in_the_docs_run() {
    let blocks = blocks_of("sh");
    assert!(
        blocks.len() >= 3,
        "found only {} shell examples",
        blocks.len()
    );
    let mut failures = Vec::new();
    let mut ran = 0;
    for block in &blocks {
        if block.info.iter().any(|m| m == "no-run") {
            continue;
        }
        ran += 1;
        for failure in run_shell(block) {
            failures.push(format!("{}: {failure}", block.place()));
        }
    }
    assert!(ran >= 2, "only {ran} shell examples ran");
    assert!(
        failures.is_empty(),
        "shell examples in the docs that do not run as written:\n{}",
        failures.join("\n")
    );
}

#[test]
fn shell_examples_fail_when_crosscheck_fails() {
    let block = |text: &str| Block {
        file: "test".into(),
        line: 1,
        info: vec!["sh".into()],
        text: text.into(),
    };
    assert!(run_shell(&block("crosscheck check corpus/ --format short\n")).is_empty());
    assert!(!run_shell(&block("crosscheck check no-such-folder/\n")).is_empty());
    assert!(!run_shell(&block("cargo run -- check no-such-folder/\n")).is_empty());
    assert!(!run_shell(&block("cargo +nightly fuzz run extract\n")).is_empty());
    assert!(run_shell(&block("cargo test --all-features\n")).is_empty());
}

//! `crosscheck rules …`: list, explain, scaffold, test and document rules.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::Subcommand;
use serde_json::json;

use super::{EXIT_FINDINGS, EXIT_INPUT_ERROR, Loaded, PackArgs, human_options, load_packs};
use crate::lexicon::DataFile;
use crate::pack::Pack;
use crate::render;
use crate::rules::docs::rule_page;
use crate::rules::testing::{Verdict, snapshot_file, snapshot_matches, test_rule};
use crate::rules::{KINDS, Rule, rule_id};

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List the rules: id, kind, severity, summary.
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Human)]
        format: ListFormat,
        #[command(flatten)]
        pack: PackArgs,
    },
    /// Explain a rule: what it flags, its settings, what it relies on, its examples.
    Explain {
        id: String,
        #[command(flatten)]
        pack: PackArgs,
    },
    /// Write a new rule file of a kind, with one example that fires and one that must not.
    New {
        /// The rule id: lower-case words joined by hyphens, naming the inconsistency.
        id: String,
        #[arg(long)]
        kind: String,
        /// The folder to write `ID.toml` in.
        #[arg(long, default_value = ".")]
        dir: PathBuf,
    },
    /// Run rules' examples and compare what they show with their snapshots.
    Test {
        /// Rule files or rule packs (folders); all rules when none is given.
        paths: Vec<PathBuf>,
        /// Accept what the rules show now as their snapshots.
        #[arg(long)]
        update: bool,
        #[arg(long, value_enum, default_value_t = ListFormat::Human)]
        format: ListFormat,
        #[command(flatten)]
        pack: PackArgs,
    },
    /// Print the JSON Schema of rule files (for editors: completion and validation).
    Schema,
    /// Write each rule's reference page (`ID.md`) into a folder.
    Docs {
        #[arg(long, default_value = "docs/rules")]
        out: PathBuf,
        #[command(flatten)]
        pack: PackArgs,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Human,
    Json,
}

pub fn run(command: RulesCommand) -> ExitCode {
    match command {
        RulesCommand::List { format, pack } => list(format, &pack),
        RulesCommand::Explain { id, pack } => explain(&id, &pack),
        RulesCommand::New { id, kind, dir } => new(&id, &kind, &dir),
        RulesCommand::Test {
            paths,
            update,
            format,
            pack,
        } => test(&paths, update, format, &pack),
        RulesCommand::Docs { out, pack } => docs(&out, &pack),
        RulesCommand::Schema => {
            println!(
                "{}",
                serde_json::to_string_pretty(&crate::rules::rule_file_schema()).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
    }
}

/// Prints the problems of loading; true when there were any.
fn report_problems(loaded: &Loaded) -> bool {
    let mut err = std::io::stderr().lock();
    for problem in &loaded.problems {
        let _ = write!(err, "{}", render::render_problem(problem, human_options()));
    }
    !loaded.problems.is_empty()
}

fn list(format: ListFormat, pack: &PackArgs) -> ExitCode {
    let loaded = load_packs(pack);
    if let Some(code) = super::refuse_invalid_config(&loaded, super::Format::Human) {
        return code;
    }
    let broken = report_problems(&loaded);
    let mut out = std::io::stdout().lock();
    let result = match format {
        ListFormat::Json => {
            let rules: Vec<_> = loaded
                .rules
                .iter()
                .map(|r| json!({"id": r.id, "kind": r.kind.name, "severity": r.severity, "summary": r.summary, "path": r.path}))
                .collect();
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&json!({"version": 1, "rules": rules}))
                    .unwrap_or_default()
            )
        }
        ListFormat::Human => {
            let width = loaded.rules.iter().map(|r| r.id.len()).max().unwrap_or(0);
            let mut result = Ok(());
            for rule in loaded.rules.iter() {
                result = result.and(writeln!(
                    out,
                    "{:<width$}  {:<16}  {:<7}  {}",
                    rule.id,
                    rule.kind.name,
                    rule.severity.name(),
                    rule.summary
                ));
            }
            result
        }
    };
    if broken || result.is_err() {
        ExitCode::from(EXIT_INPUT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

fn explain(id: &str, pack: &PackArgs) -> ExitCode {
    let loaded = load_packs(pack);
    if let Some(code) = super::refuse_invalid_config(&loaded, super::Format::Human) {
        return code;
    }
    report_problems(&loaded);
    let Some(rule) = loaded.rules.get(id) else {
        let known: Vec<&str> = loaded.rules.iter().map(|r| r.id.as_str()).collect();
        eprintln!(
            "error: no rule `{id}`{}\n  help: rules: {}",
            crate::problem::did_you_mean(id, known.iter().copied()),
            known.join(", ")
        );
        return ExitCode::from(EXIT_INPUT_ERROR);
    };
    let mut out = std::io::stdout().lock();
    let text = rule_page(rule);
    if write!(out, "{text}").is_err() {
        return ExitCode::from(EXIT_INPUT_ERROR);
    }
    let _ = writeln!(
        out,
        "## Message placeholders\n\n{}\n",
        rule.kind
            .placeholders
            .iter()
            .map(|p| format!("`{{{p}}}`"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    ExitCode::SUCCESS
}

fn new(id: &str, kind: &str, dir: &Path) -> ExitCode {
    let well_named = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
        && !id.ends_with('-');
    if !well_named {
        eprintln!(
            "error: `{id}` is not a rule id\n  help: use lower-case words joined by hyphens that name the inconsistency, such as released-exceeds-held"
        );
        return ExitCode::from(EXIT_INPUT_ERROR);
    }
    let Some(def) = KINDS.iter().find(|k| k.name == kind) else {
        let valid: Vec<&str> = KINDS.iter().map(|k| k.name).collect();
        eprintln!(
            "error: unknown rule kind `{kind}`{}\n  help: valid kinds: {}",
            crate::problem::did_you_mean(kind, valid.iter().copied()),
            valid.join(", ")
        );
        return ExitCode::from(EXIT_INPUT_ERROR);
    };
    let path = dir.join(format!("{id}.toml"));
    if path.exists() {
        eprintln!("error: {} exists already; not overwritten", path.display());
        return ExitCode::from(EXIT_INPUT_ERROR);
    }
    if let Err(error) =
        std::fs::create_dir_all(dir).and_then(|_| std::fs::write(&path, def.template))
    {
        eprintln!("error: could not write {}: {error}", path.display());
        return ExitCode::from(EXIT_INPUT_ERROR);
    }
    println!(
        "wrote {} ({} rule with two examples)",
        path.display(),
        def.name
    );
    println!(
        "next: edit it, then run `crosscheck rules test {}`",
        path.display()
    );
    ExitCode::SUCCESS
}

/// The rules to test: those in the given files and folders, else every loaded rule.
fn test_targets(paths: &[PathBuf], pack: &PackArgs) -> (Loaded, Vec<String>) {
    if paths.is_empty() {
        let loaded = load_packs(pack);
        let ids = loaded.rules.iter().map(|r| r.id.clone()).collect();
        return (loaded, ids);
    }
    let mut extra = Pack::default();
    let mut ids = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if path.is_dir() {
            let folder = super::load_pack(path, &mut problems);
            ids.extend(folder.rules.iter().map(|f| rule_id(&f.path)));
            extra.extend(folder);
        } else {
            // A rule file: its pack (the folder above it with lexicon/ or facts/) comes along.
            if let Some(root) = path
                .ancestors()
                .skip(1)
                .take(3)
                .find(|a| a.join("lexicon").is_dir() || a.join("facts").is_dir())
            {
                let mut folder = super::load_pack(root, &mut problems);
                folder.rules.clear();
                extra.extend(folder);
            }
            match std::fs::read_to_string(path) {
                Ok(text) => {
                    ids.push(rule_id(&path.to_string_lossy()));
                    extra.rules.push(DataFile {
                        path: path.display().to_string(),
                        text: Arc::from(text),
                    });
                }
                Err(error) => problems.push(crate::problem::Problem::new(
                    path.display().to_string(),
                    format!("could not read the rule file: {error}"),
                )),
            }
        }
    }
    let mut loaded = super::load_packs_with(pack, extra, &[]);
    loaded.problems.splice(0..0, problems);
    (loaded, ids)
}

fn snapshot_path(rule: &Rule) -> Option<PathBuf> {
    let path = Path::new(&rule.path);
    if !path.is_file() {
        return None;
    }
    Some(
        path.parent()?
            .join("__snapshots__")
            .join(format!("{}.snap", rule.id)),
    )
}

fn test(paths: &[PathBuf], update: bool, format: ListFormat, pack: &PackArgs) -> ExitCode {
    let (loaded, ids) = test_targets(paths, pack);
    if let Some(code) = super::refuse_invalid_config(&loaded, super::Format::Human) {
        return code;
    }
    let broken = report_problems(&loaded);
    let ctx = loaded.context();
    let mut out = std::io::stdout().lock();
    let (mut failed, mut counts) = (0, [0usize; 4]);
    let mut json_rules = Vec::new();
    for id in &ids {
        let Some(rule) = loaded.rules.get(id) else {
            continue;
        };
        let outcome = test_rule(rule, ctx);
        for example in &outcome.examples {
            counts[example.verdict as usize] += 1;
        }
        let snapshot = snapshot_path(rule).map(|path| {
            let current = std::fs::read_to_string(&path).ok();
            let pending = path.with_extension("snap.new");
            match (&current, update) {
                (Some(file), _) if snapshot_matches(file, &outcome.shown) => {
                    let _ = std::fs::remove_file(&pending);
                    "matches".to_string()
                }
                (_, true) => {
                    let written = path.parent().map(std::fs::create_dir_all).unwrap_or(Ok(()))
                        .and_then(|_| std::fs::write(&path, snapshot_file(&rule.id, &outcome.shown)));
                    let _ = std::fs::remove_file(&pending);
                    match written {
                        Ok(()) => format!("written to {}", path.display()),
                        Err(error) => format!("could not be written: {error}"),
                    }
                }
                (previous, false) => {
                    let written = pending
                        .parent()
                        .map(std::fs::create_dir_all)
                        .unwrap_or(Ok(()))
                        .and_then(|_| std::fs::write(&pending, snapshot_file(&rule.id, &outcome.shown)));
                    if let Err(error) = written {
                        return format!("the new snapshot could not be written to {}: {error}", pending.display());
                    }
                    match previous {
                        Some(file) => format!(
                            "Wrong: differs from {} (new one in {}; accept with --update or cargo insta review)\n{}",
                            path.display(),
                            pending.display(),
                            diff(crate::rules::testing::snapshot_contents(file), &outcome.shown)
                        ),
                        None => format!("new: written to {} (accept with --update or cargo insta review)", pending.display()),
                    }
                }
            }
        });
        let snapshot_failed = snapshot
            .as_deref()
            .is_some_and(|s| !s.starts_with("matches") && !s.starts_with("written"));
        let rule_failed = !outcome.passed() || snapshot_failed;
        if rule_failed {
            failed += 1;
        }
        match format {
            ListFormat::Human => {
                let _ = writeln!(out, "{} ({})", rule.id, rule.path);
                for example in &outcome.examples {
                    let _ = writeln!(out, "  {:<8} {}", example.verdict.to_string(), example.name);
                    if let Some(reason) = &example.reason {
                        let _ = writeln!(out, "           {reason}");
                    }
                }
                if let Some(state) = &snapshot {
                    let _ = writeln!(out, "  snapshot {state}");
                }
            }
            ListFormat::Json => json_rules.push(json!({
                "id": rule.id,
                "path": rule.path,
                "passed": !rule_failed,
                "examples": outcome.examples,
                "snapshot": snapshot,
            })),
        }
    }
    let tested = ids
        .iter()
        .filter(|id| loaded.rules.get(id).is_some())
        .count();
    match format {
        ListFormat::Human => {
            let _ = writeln!(
                out,
                "{tested} rule{}: {} passed, {failed} failed; examples: {} passed, {} Missing, {} Noisy, {} Wrong",
                if tested == 1 { "" } else { "s" },
                tested - failed,
                counts[Verdict::Passed as usize],
                counts[Verdict::Missing as usize],
                counts[Verdict::Noisy as usize],
                counts[Verdict::Wrong as usize],
            );
        }
        ListFormat::Json => {
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&json!({"version": 1, "rules": json_rules}))
                    .unwrap_or_default()
            );
        }
    }
    if broken {
        ExitCode::from(EXIT_INPUT_ERROR)
    } else if failed > 0 {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    }
}

/// The lines that changed between two snapshots, as a unified diff.
fn diff(old: &str, new: &str) -> String {
    let diff = similar::TextDiff::from_lines(old, new);
    diff.unified_diff()
        .context_radius(1)
        .header("snapshot", "now")
        .to_string()
}

fn docs(out_dir: &Path, pack: &PackArgs) -> ExitCode {
    let loaded = load_packs(pack);
    if let Some(code) = super::refuse_invalid_config(&loaded, super::Format::Human) {
        return code;
    }
    let broken = report_problems(&loaded);
    if let Err(error) = std::fs::create_dir_all(out_dir) {
        eprintln!("error: could not create {}: {error}", out_dir.display());
        return ExitCode::from(EXIT_INPUT_ERROR);
    }
    for rule in loaded.rules.iter() {
        let path = out_dir.join(format!("{}.md", rule.id));
        if let Err(error) = std::fs::write(&path, rule_page(rule)) {
            eprintln!("error: could not write {}: {error}", path.display());
            return ExitCode::from(EXIT_INPUT_ERROR);
        }
    }
    println!(
        "wrote {} pages to {}",
        loaded.rules.iter().count(),
        out_dir.display()
    );
    if broken {
        ExitCode::from(EXIT_INPUT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

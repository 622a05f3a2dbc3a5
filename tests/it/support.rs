//! Shared helpers: the shipped pack, loading folders, rendering findings as users see them.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crosscheck::cli::load_reports;
use crosscheck::engine::{self, Context};
use crosscheck::facts::Facts;
use crosscheck::finding::Finding;
use crosscheck::lexicon::Lexicon;
use crosscheck::pack::Pack;
use crosscheck::render::{HumanOptions, render_finding};
use crosscheck::report::Report;
use crosscheck::rules::RuleSet;

pub struct Shipped {
    pub lexicon: Lexicon,
    pub facts: Facts,
    pub rules: RuleSet,
}

impl Shipped {
    pub fn context(&self) -> Context<'_> {
        Context {
            lexicon: &self.lexicon,
            facts: &self.facts,
        }
    }
}

/// The shipped pack, compiled once; panics if any of its files has a problem, since the
/// shipped files must always load cleanly.
pub fn shipped() -> &'static Shipped {
    static SHIPPED: OnceLock<Shipped> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        let pack = Pack::shipped();
        let (lexicon, problems) = Lexicon::load(&pack.lexicon);
        assert!(
            problems.is_empty(),
            "shipped lexicon has problems: {problems:#?}"
        );
        let (rules, problems) = RuleSet::load(&pack.rules, &lexicon);
        assert!(
            problems.is_empty(),
            "shipped rules have problems: {problems:#?}"
        );
        let (facts, problems) = Facts::load(&pack.facts, &lexicon);
        assert!(
            problems.is_empty(),
            "shipped facts have problems: {problems:#?}"
        );
        Shipped {
            lexicon,
            facts,
            rules,
        }
    })
}

/// A report held in memory, with its text, outlet, publication day and event (if any): what the
/// development sets of report pairs are made of.
pub fn memory_report(
    path: String,
    outlet: &str,
    text: &str,
    published: &str,
    event: Option<&str>,
) -> Report {
    let text: std::sync::Arc<str> = std::sync::Arc::from(text.trim());
    Report {
        path,
        name: None,
        body: crosscheck::span::Span::new(0, text.len()),
        text,
        meta: crosscheck::report::Meta {
            outlet: Some(outlet.to_string()),
            published: crosscheck::report::Published::parse(published),
            event: event.map(str::to_string),
            ..crosscheck::report::Meta::default()
        },
        origin: None,
        topics: Vec::new(),
        names: Vec::new(),
        fingerprint: Default::default(),
    }
}

/// Loads a folder and checks it with the shipped pack.
pub fn check_folder(path: &Path) -> (Vec<Report>, Vec<Finding>) {
    let inputs = load_reports(&[path.to_path_buf()]);
    assert!(
        inputs.problems.is_empty(),
        "problems loading {}: {:#?}",
        path.display(),
        inputs.problems
    );
    let shipped = shipped();
    let findings = engine::check(&inputs.reports, shipped.context(), &shipped.rules);
    (inputs.reports, findings)
}

/// Every finding rendered as a user sees it, without colour, at a fixed width.
pub fn render_all(reports: &[Report], findings: &[Finding]) -> String {
    let options = HumanOptions {
        colour: false,
        width: 100,
    };
    let mut out = String::new();
    for finding in findings {
        out.push_str(&render_finding(reports, finding, options));
        out.push('\n');
    }
    if findings.is_empty() {
        out.push_str("(no findings)\n");
    }
    out
}

/// The folder holding shared material (seeds, data sets) beside the repository, if present.
pub fn shared() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    path.is_dir().then_some(path)
}

/// Runs the binary with `args`, without colour.
pub fn crosscheck(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

/// Runs the binary in `dir`, so that paths in the output are relative and exact.
pub fn crosscheck_in(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

/// Writes a file under `dir`, making its folders.
pub fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, contents).unwrap();
}

pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).to_string()
}

pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).to_string()
}

/// A set of report pairs (tests/data/readings, tests/data/figures): each pair is one event,
/// to be flagged (`flag`) or left alone, and says why.
#[derive(serde::Deserialize)]
pub struct PairSet {
    pub pair: Vec<Pair>,
}

#[derive(serde::Deserialize)]
pub struct Pair {
    pub name: String,
    pub flag: bool,
    pub why: String,
    pub report: Vec<PairReport>,
}

#[derive(serde::Deserialize)]
pub struct PairReport {
    pub outlet: String,
    pub published: toml::value::Datetime,
    pub text: String,
}

impl Pair {
    /// The pair's reports, of one event named by the pair.
    pub fn reports(&self) -> Vec<Report> {
        self.report
            .iter()
            .map(|r| {
                memory_report(
                    format!("{}/{}", self.name, r.outlet),
                    &r.outlet,
                    &r.text,
                    &r.published.to_string(),
                    Some(&self.name),
                )
            })
            .collect()
    }
}

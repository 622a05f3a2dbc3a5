//! The command line: `crosscheck check`, `crosscheck claims`.

mod inputs;
mod rules_cmd;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

pub use inputs::{IGNORE_FILE, Inputs, load_pack, load_reports};

use std::path::Path;
use std::sync::Arc;

use crate::claim::{Claim, ClaimKind};
use crate::config::Config;
use crate::engine::{self, Context};
use crate::facts::Facts;
use crate::finding::{Finding, Severity};
use crate::lexicon::Lexicon;
use crate::pack::Pack;
use crate::parse::Extraction;
use crate::problem::Problem;
use crate::render::{self, HumanOptions};
use crate::report::Report;
use crate::rules::RuleSet;
use crate::span::line_column;

#[derive(Debug, Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Flags claims in news reports that cannot all be true."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check reports for figures and titles that cannot all be true.
    Check(CheckArgs),
    /// Print every claim read from the reports (the parser's debug view).
    Claims(ClaimsArgs),
    /// List, explain, scaffold, test and document rules.
    #[command(subcommand)]
    Rules(rules_cmd::RulesCommand),
}

#[derive(Debug, Default, clap::Args)]
pub struct PackArgs {
    /// A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with
    /// the id of a shipped rule replaces it.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// The configuration file; by default `crosscheck.toml` in the working folder or the nearest
    /// folder above it.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Read no configuration file.
    #[arg(long)]
    pub no_config: bool,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Report files or folders (walked recursively, honouring .gitignore and .crosscheckignore).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// The lowest severity that makes the exit code 1.
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Publication date for reports that have none (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<jiff::civil::Date>,
    #[command(flatten)]
    pub pack: PackArgs,
}

#[derive(Debug, clap::Args)]
pub struct ClaimsArgs {
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Human)]
    pub format: ClaimsFormat,
    /// Also list numbers that were seen but not read as claims, and why.
    #[arg(long)]
    pub skipped: bool,
    #[command(flatten)]
    pub pack: PackArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Short,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ClaimsFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Info,
    Warning,
    Error,
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Info => Some(Severity::Info),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Error => Some(Severity::Error),
            FailOn::Never => None,
        }
    }
}

/// Exit codes: 0 nothing at or above `--fail-on`, 1 findings, 2 usage or input error.
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_INPUT_ERROR: u8 = 2;

/// Runs the command line and returns the exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() {
                EXIT_INPUT_ERROR
            } else {
                0
            });
        }
    };
    match cli.command {
        Command::Check(args) => run_check(args),
        Command::Claims(args) => run_claims(args),
        Command::Rules(command) => rules_cmd::run(command),
    }
}

/// The lexicon and rules of a run, with the problems found loading them.
struct Loaded {
    lexicon: Lexicon,
    facts: Facts,
    rules: RuleSet,
    problems: Vec<Problem>,
    config: Config,
}

impl Loaded {
    fn context(&self) -> Context<'_> {
        Context {
            lexicon: &self.lexicon,
            facts: &self.facts,
        }
    }
}

fn load_packs(args: &PackArgs) -> Loaded {
    load_packs_with(args, Pack::default())
}

/// The shipped pack, the packs given with `--rules`, then `extra`.
/// The configuration file: the one given, else `crosscheck.toml` here or above.
fn find_config(args: &PackArgs) -> Option<PathBuf> {
    if args.no_config {
        return None;
    }
    if let Some(path) = &args.config {
        return Some(path.clone());
    }
    let here = std::env::current_dir().ok()?;
    here.ancestors()
        .map(|dir| dir.join(crate::config::CONFIG_FILE))
        .find(|path| path.is_file())
}

fn load_packs_with(args: &PackArgs, extra: Pack) -> Loaded {
    let mut problems = Vec::new();
    let config = find_config(args).map(|path| {
        let display = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let (config, mut config_problems) = Config::parse(&display, &Arc::from(text));
                problems.append(&mut config_problems);
                (path, config)
            }
            Err(error) => {
                problems.push(Problem::new(
                    &display,
                    format!("could not read the configuration: {error}"),
                ));
                (path, Config::default())
            }
        }
    });
    let mut pack = Pack::shipped();
    if let Some((path, config)) = &config {
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        for dir in &config.rules {
            pack.extend(load_pack(&base.join(dir), &mut problems));
        }
    }
    for dir in &args.rules {
        pack.extend(load_pack(dir, &mut problems));
    }
    pack.extend(extra);
    let (lexicon, mut lexicon_problems) = Lexicon::load(&pack.lexicon);
    problems.append(&mut lexicon_problems);
    let (facts, mut fact_problems) = Facts::load(&pack.facts, &lexicon);
    problems.append(&mut fact_problems);
    let (mut rules, mut rule_problems) = RuleSet::load(&pack.rules, &lexicon);
    problems.append(&mut rule_problems);
    let config = config.map(|(_, config)| config).unwrap_or_default();
    problems.append(&mut config.apply(&mut rules));
    Loaded {
        lexicon,
        facts,
        rules,
        problems,
        config,
    }
}

fn human_options() -> HumanOptions {
    let colour = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    HumanOptions { colour, width: 100 }
}

fn run_check(args: CheckArgs) -> ExitCode {
    let mut loaded = load_packs(&args.pack);
    let mut inputs = load_reports(&args.paths);
    if let Some(as_of) = args.as_of.or(loaded.config.as_of) {
        for report in &mut inputs.reports {
            if report.meta.published.is_none() {
                report.meta.published = Some(crate::report::Published {
                    date: as_of,
                    time: None,
                });
            }
        }
    }
    let mut problems = std::mem::take(&mut loaded.problems);
    problems.append(&mut inputs.problems);
    let findings = engine::check(&inputs.reports, loaded.context(), &loaded.rules);

    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    let result = match args.format {
        Format::Json => {
            let json =
                render::findings_json(&inputs.reports, &findings, &problems, &inputs.skipped);
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&json).unwrap_or_default()
            )
        }
        Format::Short => write_short(&mut out, &mut err, &inputs, &findings, &problems),
        Format::Human => write_human(&mut out, &mut err, &inputs, &findings, &problems),
    };
    if result.is_err() {
        // Output closed early (a pipe into `head`): nothing more to say.
        return ExitCode::from(EXIT_INPUT_ERROR);
    }
    let fail_on = args.fail_on.unwrap_or_else(|| {
        match loaded.config.fail_on.as_ref().map(|f| f.get_ref().as_str()) {
            Some("info") => FailOn::Info,
            Some("error") => FailOn::Error,
            Some("never") => FailOn::Never,
            _ => FailOn::Warning,
        }
    });
    exit_code(&findings, &problems, fail_on)
}

fn exit_code(findings: &[Finding], problems: &[Problem], fail_on: FailOn) -> ExitCode {
    if !problems.is_empty() {
        return ExitCode::from(EXIT_INPUT_ERROR);
    }
    let failing = fail_on
        .threshold()
        .is_some_and(|threshold| findings.iter().any(|f| f.severity >= threshold));
    if failing {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    }
}

fn write_short(
    out: &mut impl Write,
    err: &mut impl Write,
    inputs: &Inputs,
    findings: &[Finding],
    problems: &[Problem],
) -> std::io::Result<()> {
    for finding in findings {
        writeln!(out, "{}", render::short_line(&inputs.reports, finding))?;
    }
    for problem in problems {
        writeln!(
            err,
            "{}: error: {}",
            problem.location_prefix(),
            problem.message
        )?;
    }
    Ok(())
}

fn write_human(
    out: &mut impl Write,
    err: &mut impl Write,
    inputs: &Inputs,
    findings: &[Finding],
    problems: &[Problem],
) -> std::io::Result<()> {
    let options = human_options();
    for finding in findings {
        write!(
            out,
            "{}",
            render::render_finding(&inputs.reports, finding, options)
        )?;
        writeln!(out)?;
    }
    for problem in problems {
        write!(err, "{}", render::render_problem(problem, options))?;
        writeln!(err)?;
    }
    if !inputs.skipped.is_empty() {
        writeln!(err, "note: {} file(s) not read:", inputs.skipped.len())?;
        for skipped in &inputs.skipped {
            writeln!(err, "  {} ({})", skipped.path, skipped.reason)?;
        }
    }
    writeln!(out, "{}", summary(inputs.reports.len(), findings, problems))
}

/// "2 warnings, 1 error in 14 reports; 1 input problem"
pub fn summary(reports: usize, findings: &[Finding], problems: &[Problem]) -> String {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let mut parts = Vec::new();
    for (severity, one, many) in [
        (Severity::Error, "error", "errors"),
        (Severity::Warning, "warning", "warnings"),
        (Severity::Info, "note", "notes"),
    ] {
        let n = count(severity);
        if n > 0 {
            parts.push(format!("{n} {}", if n == 1 { one } else { many }));
        }
    }
    let found = if parts.is_empty() {
        "no findings".to_string()
    } else {
        parts.join(", ")
    };
    let mut line = format!(
        "{found} in {reports} report{}",
        if reports == 1 { "" } else { "s" }
    );
    if !problems.is_empty() {
        line.push_str(&format!(
            "; {} input problem{} (see above): not everything was checked",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        ));
    }
    line
}

fn run_claims(args: ClaimsArgs) -> ExitCode {
    let mut loaded = load_packs(&args.pack);
    let inputs = load_reports(&args.paths);
    let mut problems = std::mem::take(&mut loaded.problems);
    problems.extend(inputs.problems);
    let extractions = engine::extract_all(&inputs.reports, loaded.context());
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let result = match args.format {
        ClaimsFormat::Json => {
            let claims: Vec<Claim> = extractions.iter().flat_map(|e| e.claims.clone()).collect();
            let json = render::claims_json(&inputs.reports, &claims);
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&json).unwrap_or_default()
            )
        }
        ClaimsFormat::Human => write_claims(&mut out, &inputs.reports, &extractions, args.skipped),
    };
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for problem in &problems {
        let _ = write!(err, "{}", render::render_problem(problem, human_options()));
    }
    if result.is_err() || !problems.is_empty() {
        return ExitCode::from(EXIT_INPUT_ERROR);
    }
    ExitCode::SUCCESS
}

fn write_claims(
    out: &mut impl Write,
    reports: &[Report],
    extractions: &[Extraction],
    skipped: bool,
) -> std::io::Result<()> {
    for (report, extraction) in reports.iter().zip(extractions) {
        let published = report
            .meta
            .published
            .map_or_else(|| "undated".to_string(), |p| p.date.to_string());
        writeln!(
            out,
            "{} ({}, {published})",
            report.display_path(),
            report.label()
        )?;
        for claim in &extraction.claims {
            let at = line_column(&report.text, claim.span.start);
            writeln!(
                out,
                "  {}:{}  {:<8} {:?}",
                at.line,
                at.column,
                claim.kind.name(),
                claim.text
            )?;
            writeln!(out, "      {}", describe_claim(claim))?;
        }
        if skipped {
            for s in &extraction.skipped {
                let at = line_column(&report.text, s.span.start);
                writeln!(
                    out,
                    "  {}:{}  skipped  {:?}: {}",
                    at.line,
                    at.column,
                    &report.text[s.span.start..s.span.end],
                    s.reason
                )?;
            }
        }
    }
    Ok(())
}

fn describe_claim(claim: &Claim) -> String {
    match &claim.kind {
        ClaimKind::Quantity(q) => {
            let mut fields = vec![
                format!("value={}", q.interval.notation()),
                format!(
                    "hedge={}",
                    serde_json::to_value(q.hedge)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default()
                ),
            ];
            if let Some(m) = &q.measure {
                fields.push(format!("measure={m}"));
            }
            if let Some(u) = &q.unit {
                fields.push(format!("unit={u}"));
            }
            if let Some(c) = &q.counted {
                fields.push(format!(
                    "counted={c:?}{}",
                    if q.counted_inherited {
                        " (inherited)"
                    } else {
                        ""
                    }
                ));
            }
            if let Some(a) = &q.action {
                fields.push(format!("action={a}"));
            }
            fields.push(format!(
                "role={}",
                serde_json::to_value(q.role)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            ));
            if let Some(o) = &q.owner {
                fields.push(format!("owner={o}"));
            }
            if let Some(a) = &q.actor {
                fields.push(format!("actor={a}"));
            }
            if let Some(o) = &q.occasion {
                fields.push(format!("occasion={o:?}"));
            }
            if let Some(p) = &q.place {
                fields.push(format!("place={p:?}"));
            }
            if q.cumulative {
                fields.push("cumulative".into());
            }
            fields.join(" ")
        }
        ClaimKind::Name(n) => format!("person={} written={:?}", n.person, n.written),
        ClaimKind::Elapsed(e) => {
            let mut fields = vec![
                format!(
                    "{} {}{}",
                    crate::claim::format_number(e.number),
                    e.unit.name(),
                    if e.ordinal { " (ordinal)" } else { "" }
                ),
                format!("interval={}", e.interval.notation()),
            ];
            if let Some(subject) = &e.subject {
                fields.push(format!("subject={subject:?}"));
            }
            fields.join(" ")
        }
        ClaimKind::Date(d) => {
            let mut fields = vec![format!("{:?}", d.expr)];
            if d.is_start {
                fields.push(format!(
                    "start of {}",
                    d.subject.as_deref().unwrap_or("something")
                ));
            }
            fields.join(" ")
        }
        ClaimKind::Role(r) => {
            let mut fields = vec![
                format!("form={:?}", r.form).to_lowercase(),
                format!("person={}", r.person),
                format!("office={}", r.office),
                format!("qualifier={}", r.qualifier.name()),
            ];
            if let Some(j) = &r.jurisdiction {
                fields.push(format!("jurisdiction={j}"));
            }
            fields.join(" ")
        }
    }
}

//! The command line: `crosscheck check`, `crosscheck claims`.

mod facts_cmd;
mod generate;
mod index_cmd;
mod inputs;
mod lsp;
mod rule_flags;
mod rules_cmd;
mod statistics;
mod stream;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

pub use generate::{generated_docs, starter_config};
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

#[derive(Debug, Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Flags claims in news reports that cannot all be true."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Threads for reading reports (default: one per core). Output is the same whatever the
    /// number.
    #[arg(long, short = 'j', global = true, value_name = "N")]
    pub threads: Option<usize>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check reports for figures and titles that cannot all be true.
    Check(CheckArgs),
    /// Check a draft against published reports: only findings that involve the draft.
    Review(ReviewArgs),
    /// Print every claim read from the reports (the parser's debug view).
    Claims(ClaimsArgs),
    /// Print the claim graph: reports, events, persons and claims, and why they are related.
    Graph(GraphArgs),
    /// List, explain, scaffold, test and document rules.
    #[command(subcommand)]
    Rules(rules_cmd::RulesCommand),
    /// Ask the record of office-holders: who held an office on a day, what a person held.
    #[command(subcommand)]
    Facts(facts_cmd::FactsCommand),
    /// Keep an archive's reports and claims in an index file, for `review --index` and
    /// `check --index` (built with the `index` feature).
    #[command(subcommand)]
    Index(index_cmd::IndexCommand),
    /// A language server over standard input and output: open drafts checked as you write,
    /// against the archive `crosscheck.toml` names.
    Lsp(lsp::LspArgs),
    /// Write a commented `crosscheck.toml` in the working folder.
    Init(generate::InitArgs),
    /// Print a shell completion script: `crosscheck completions bash > ~/.local/share/bash-completion/completions/crosscheck`.
    Completions(generate::CompletionsArgs),
    /// Write the manual pages (crosscheck.1 and one per command) into a folder.
    Manpages(generate::ManpagesArgs),
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
    /// Report files or folders (walked recursively, honouring .gitignore and .crosscheckignore);
    /// `-` reads standard input (a report, a JSONL feed or an HTML page).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub stdin: StdinArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Accept the findings listed in this baseline file; entries that match nothing are listed.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Write every finding to this baseline file, to accept them from now on.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Check the reports as drafts against these sources, as `review --source` does.
    #[arg(long, value_name = "SOURCE", num_args = 1.., conflicts_with_all = ["baseline", "write_baseline"])]
    pub source: Vec<PathBuf>,
    /// Check the reports as new ones against an archive index (`crosscheck index build`): only
    /// findings that involve them, as `review --index` does.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["baseline", "write_baseline", "source"])]
    pub index: Option<PathBuf>,
    #[command(flatten)]
    pub pack: PackArgs,
}

#[derive(Debug, clap::Args)]
pub struct ReviewArgs {
    /// The draft report(s) to review.
    #[arg(required = true, value_name = "DRAFT")]
    pub drafts: Vec<PathBuf>,
    /// Published reports to check the draft against: files or folders (repeatable).
    #[arg(long, value_name = "ARCHIVE", num_args = 1.., required_unless_present_any = ["source", "index"])]
    pub against: Vec<PathBuf>,
    /// An archive index to check the draft against (`crosscheck index build`): only the
    /// reports the draft can be compared with are read from it.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["against", "source"])]
    pub index: Option<PathBuf>,
    /// The reports the draft is based on (wire copy, a source it summarises or translates):
    /// every figure, title, name and date of the draft must be supported by one of them.
    #[arg(long, value_name = "SOURCE", num_args = 1.., conflicts_with = "against")]
    pub source: Vec<PathBuf>,
    #[command(flatten)]
    pub stdin: StdinArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub pack: PackArgs,
}

/// How findings are printed and what makes the exit code 1.
#[derive(Debug, clap::Args)]
pub struct OutputArgs {
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// The lowest severity that makes the exit code 1.
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Publication date for reports that have none (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<jiff::civil::Date>,
    /// After each finding, the chain of decisions that made its claims comparable: how each
    /// claim was read, which event it was put under and why (human and JSON formats).
    #[arg(long)]
    pub explain: bool,
    /// Run only these rules (comma-separated or repeated); replaces the configuration's
    /// `select`.
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub select: Vec<String>,
    /// Do not run these rules (comma-separated or repeated), besides the configuration's
    /// `disable`.
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// A rule's severity for this run: `--severity conflicting-figures=error` (repeatable; wins
    /// over the configuration).
    #[arg(long, value_name = "RULE=LEVEL", value_parser = rule_flags::parse_severity)]
    pub severity: Vec<(String, Severity)>,
    /// Write the output to this file instead of standard output (human output without colour).
    #[arg(long = "output", short = 'o', value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Print only findings and errors: no summary line, no notes.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Print how many findings each rule made instead of the findings (human, short and JSON
    /// formats).
    #[arg(long)]
    pub statistics: bool,
}

/// What to call standard input (`-`), and what is known of it.
#[derive(Debug, Default, clap::Args)]
pub struct StdinArgs {
    /// The file name standard input goes by in messages and output; its extension tells what
    /// it is (`draft.md`, `feed.jsonl`, `page.html`).
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// The metadata of the report on standard input, as TOML: a file, or the TOML itself
    /// (`--stdin-meta 'published = 2025-07-04'`), with the keys of front matter (title,
    /// outlet, published, url, event, lang).
    #[arg(long, value_name = "TOML")]
    pub stdin_meta: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct GraphArgs {
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
    pub format: GraphFormat,
    #[command(flatten)]
    pub pack: PackArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// Graphviz DOT: `crosscheck graph corpus | dot -Tsvg > graph.svg`.
    Dot,
    /// Nodes and labelled edges as JSON.
    Json,
}

#[derive(Debug, clap::Args)]
pub struct ClaimsArgs {
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub stdin: StdinArgs,
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
    /// Diagnostics with the words of every report involved.
    Human,
    /// One `path:line:col: severity rule: message` line per finding.
    Short,
    /// The versioned JSON document of docs/json.md.
    Json,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow commands (annotations on pull requests).
    Github,
    /// One self-contained HTML page: findings with filters, the reports of each event side by
    /// side with their claims marked, tolls over time and claim graphs (use with --output).
    Html,
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
    render::quiet_drawing_panics();
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
    if let Some(threads) = cli.threads {
        // Only fails when a pool was already built, which `main` never does before this.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(threads.max(1))
            .build_global();
    }
    match cli.command {
        Command::Check(args) => run_check(args),
        Command::Review(args) => run_review(args),
        Command::Claims(args) => run_claims(args),
        Command::Graph(args) => run_graph(args),
        Command::Rules(command) => rules_cmd::run(command),
        Command::Facts(command) => facts_cmd::run(command),
        Command::Index(command) => index_cmd::run(command),
        Command::Lsp(args) => lsp::run(args),
        Command::Init(args) => generate::run_init(args),
        Command::Completions(args) => generate::run_completions(args),
        Command::Manpages(args) => generate::run_manpages(args),
    }
}

/// The lexicon and rules of a run, with the problems found loading them.
struct Loaded {
    lexicon: Lexicon,
    facts: Facts,
    rules: RuleSet,
    problems: Vec<Problem>,
    config: Config,
    /// The configuration has problems: the run must not go on with part of it.
    config_invalid: bool,
    /// Every rule id loaded, before the configuration selected and disabled rules.
    known_rules: Vec<String>,
    /// The lexicon and facts files, for the stamp of an archive index (`Loaded::stamp`):
    /// hashed only by the commands that use an index, not at every start.
    #[cfg(feature = "index")]
    stamped: Vec<crate::lexicon::DataFile>,
}

impl Loaded {
    /// What claims read with this program and pack depend on (`crate::index::stamp`).
    #[cfg(feature = "index")]
    fn stamp(&self) -> String {
        crate::index::stamp(&self.stamped)
    }

    fn context(&self) -> Context<'_> {
        Context {
            lexicon: &self.lexicon,
            facts: &self.facts,
        }
    }
}

fn load_packs(args: &PackArgs) -> Loaded {
    load_packs_with(args, Pack::default(), &[])
}

/// The packs of a `check` or `review`, with the rule flags of the command line applied after
/// the configuration. An unknown rule id in a flag is a usage error: printed, exit code 2.
fn load_packs_for_run(args: &PackArgs, output: &OutputArgs) -> Result<Loaded, ExitCode> {
    let mut loaded = load_packs_with(args, Pack::default(), &output.select);
    if let Some(code) = refuse_invalid_config(&loaded, output.format) {
        return Err(code);
    }
    let flags = rule_flags::RuleFlags {
        select: &output.select,
        ignore: &output.ignore,
        severity: &output.severity,
    };
    if let Err(message) = flags.apply(&mut loaded.rules, &loaded.known_rules) {
        eprintln!(
            "error: {message}\nnothing was checked (`crosscheck rules list` lists the rules)"
        );
        return Err(ExitCode::from(EXIT_INPUT_ERROR));
    }
    Ok(loaded)
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

/// `select` is the command line's `--select`: when given, it replaces the configuration's
/// `select`, and the configuration does not disable the rules it names.
fn load_packs_with(args: &PackArgs, extra: Pack, select: &[String]) -> Loaded {
    let mut problems = Vec::new();
    // Problems with the configuration, kept apart: a configuration with any is not used.
    let mut config_problems = Vec::new();
    let config = find_config(args).map(|path| {
        let display = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let (config, mut found) = Config::parse(&display, &Arc::from(text));
                config_problems.append(&mut found);
                (path, config)
            }
            Err(error) => {
                config_problems.push(Problem::new(
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
            let folder = base.join(dir.get_ref());
            if folder.is_dir() {
                pack.extend(load_pack(&folder, &mut problems));
            } else if let Some(text) = &config.text {
                let span = dir.span();
                config_problems.push(
                    Problem::new(
                        &config.path,
                        format!("rule pack folder not found: {}", dir.get_ref()),
                    )
                    .at(text, crate::span::Span::new(span.start, span.end))
                    .with_help("folders are relative to the configuration file"),
                );
            }
        }
    }
    for dir in &args.rules {
        pack.extend(load_pack(dir, &mut problems));
    }
    pack.extend(extra);
    #[cfg(feature = "index")]
    let stamped: Vec<crate::lexicon::DataFile> =
        pack.lexicon.iter().chain(&pack.facts).cloned().collect();
    let (lexicon, mut lexicon_problems) = Lexicon::load(&pack.lexicon);
    problems.append(&mut lexicon_problems);
    let (facts, mut fact_problems) = Facts::load(&pack.facts, &lexicon);
    problems.append(&mut fact_problems);
    let (mut rules, mut rule_problems) = RuleSet::load(&pack.rules, &lexicon);
    problems.append(&mut rule_problems);
    let mut config = config.map(|(_, config)| config).unwrap_or_default();
    if !select.is_empty() {
        config.select.clear();
        config.disable.retain(|id| !select.contains(id.get_ref()));
    }
    let known_rules: Vec<String> = rules.rules.keys().cloned().collect();
    config_problems.append(&mut config.apply(&mut rules));
    config_problems.sort_by_key(|p| p.span.map(|s| s.start));
    let config_invalid = !config_problems.is_empty();
    config_problems.append(&mut problems);
    Loaded {
        lexicon,
        facts,
        rules,
        problems: config_problems,
        config,
        config_invalid,
        known_rules,
        #[cfg(feature = "index")]
        stamped,
    }
}

/// When the configuration has errors, prints every problem of loading (in the output format
/// asked for) and says that nothing was checked: running with part of a configuration would
/// run rules it disables, or hide what it selects. The exit code is 2.
fn refuse_invalid_config(loaded: &Loaded, format: Format) -> Option<ExitCode> {
    if !loaded.config_invalid {
        return None;
    }
    let problems = &loaded.problems;
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    let _ = match format {
        Format::Json => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&render::findings_json(&[], &[], problems, &[]))
                .unwrap_or_default()
        ),
        Format::Sarif => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&render::findings_sarif(
                &[],
                &[],
                problems,
                &loaded.rules
            ))
            .unwrap_or_default()
        ),
        Format::Github => problems
            .iter()
            .try_for_each(|p| writeln!(out, "{}", render::github_problem_line(p))),
        Format::Short => problems
            .iter()
            .try_for_each(|p| writeln!(err, "{}: error: {}", p.location_prefix(), p.message)),
        Format::Human | Format::Html => problems.iter().try_for_each(|p| {
            write!(err, "{}", render::render_problem(p, human_options()))?;
            writeln!(err)
        }),
    };
    let _ = writeln!(
        err,
        "error: the configuration has errors; nothing was checked (fix them, or run with --no-config)"
    );
    Some(ExitCode::from(EXIT_INPUT_ERROR))
}

fn human_options() -> HumanOptions {
    let colour = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    // The terminal's width when writing to one; a fixed width otherwise, so that output saved
    // to a file or compared in a test is the same everywhere.
    let width = if std::io::stdout().is_terminal() {
        terminal_size::terminal_size_of(std::io::stdout())
            .map_or(100, |(w, _)| usize::from(w.0).clamp(40, 200))
    } else {
        100
    };
    HumanOptions { colour, width }
}

/// Standard input's name and metadata from `--stdin-filename` and `--stdin-meta`.
fn stdin_of(args: &StdinArgs) -> (inputs::Stdin, Vec<Problem>) {
    inputs::Stdin::from_flags(args.stdin_filename.as_deref(), args.stdin_meta.as_deref())
}

/// Gives undated reports the `--as-of` date (or the configuration's).
fn date_undated(reports: &mut [Report], as_of: Option<jiff::civil::Date>) {
    if let Some(as_of) = as_of {
        for report in reports {
            if report.meta.published.is_none() {
                report.meta.published = Some(crate::report::Published {
                    date: as_of,
                    time: None,
                });
            }
        }
    }
}

/// A progress bar on standard error for runs long enough to want one; hidden when standard
/// error is not a terminal.
fn progress_bar(files: usize) -> indicatif::ProgressBar {
    const SHOWN_FROM: usize = 500;
    if files < SHOWN_FROM || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(files as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} reading claims {pos}/{len} files {wide_bar} {eta}",
    ) {
        bar.set_style(style);
    }
    bar
}

fn run_check(args: CheckArgs) -> ExitCode {
    if !args.source.is_empty() || args.index.is_some() {
        return run_review(ReviewArgs {
            drafts: args.paths,
            against: Vec::new(),
            index: args.index,
            source: args.source,
            stdin: args.stdin,
            output: args.output,
            pack: args.pack,
        });
    }
    let loaded = match load_packs_for_run(&args.pack, &args.output) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let (stdin, stdin_problems) = stdin_of(&args.stdin);
    let mut plan = inputs::plan_reports_with(&args.paths, stdin);
    plan.problems.extend(stdin_problems);
    let bar = progress_bar(plan.files.len());
    // Reports are read and their claims extracted file by file; their text is let go, since
    // the rules need only claims.
    let mut streamed = stream::read_and_extract(
        plan,
        args.output.as_of.or(loaded.config.as_of),
        loaded.context(),
        &|| bar.inc(1),
    );
    bar.finish_and_clear();
    let claims = std::mem::take(&mut streamed.claims);
    let html = args.output.format == Format::Html;
    let kept_claims = if args.output.explain || html {
        claims.clone()
    } else {
        Vec::new()
    };
    let (findings, figures) = engine::check_claims_with_coverage(
        &streamed.reports,
        claims,
        loaded.context(),
        loaded.rules.iter(),
        |_| true,
    );
    // The output quotes the words of each finding: the text of the reports they point into is
    // read again.
    // The HTML page shows every report's words.
    let every_report: Vec<crate::claim::ReportIndex> = if html {
        (0..streamed.reports.len())
            .map(crate::claim::ReportIndex)
            .collect()
    } else {
        Vec::new()
    };
    streamed.restore(
        findings
            .iter()
            .flat_map(|f| f.locations.iter().map(|l| l.report))
            .chain(every_report),
    );
    // Suppressions are applied before findings in files changed meanwhile are dropped, so
    // that a suppression of such a finding is not reported as silencing nothing.
    let (findings, mut suppression_problems) =
        crate::suppress::apply_inline(&streamed.reports, &loaded.rules, findings);
    let mut findings: Vec<Finding> = findings
        .into_iter()
        .filter(|f| f.locations.iter().all(|l| streamed.has_text(l.report)))
        .collect();
    let mut problems = loaded.problems.clone();
    problems.append(&mut streamed.problems);
    problems.append(&mut suppression_problems);

    if let Some(path) = &args.write_baseline {
        let baseline = crate::suppress::Baseline::of(&streamed.reports, &findings);
        let text = serde_json::to_string_pretty(&baseline).unwrap_or_default() + "\n";
        if let Err(error) = std::fs::write(path, text) {
            eprintln!(
                "error: could not write the baseline {}: {error}",
                path.display()
            );
            return ExitCode::from(EXIT_INPUT_ERROR);
        }
        eprintln!(
            "wrote {} accepted finding(s) to {}",
            baseline.findings.len(),
            path.display()
        );
        return if problems.is_empty() {
            ExitCode::SUCCESS
        } else {
            for problem in &problems {
                eprintln!("{}: error: {}", problem.location_prefix(), problem.message);
            }
            ExitCode::from(EXIT_INPUT_ERROR)
        };
    }
    let mut stale = Vec::new();
    if let Some(path) = &args.baseline {
        let display = path.display().to_string();
        match std::fs::read_to_string(path) {
            Ok(text) => match crate::suppress::Baseline::parse(&display, &text) {
                Ok(baseline) => {
                    (findings, stale) = baseline.filter(&streamed.reports, findings);
                }
                Err(problem) => problems.push(problem),
            },
            Err(error) => problems.push(Problem::new(
                display,
                format!("could not read the baseline: {error}"),
            )),
        }
    }
    let run = Run {
        reports: &streamed.reports,
        findings: &findings,
        problems: &problems,
        skipped: &streamed.skipped,
        rules: &loaded.rules,
        stale: &stale,
        compared_with: None,
        left_out: 0,
        figures,
        claims: &kept_claims,
    };
    let code = finish(&run, &args.output, &loaded.config);
    // The process ends here: its memory goes back to the system at once, and freeing the
    // lexicon, the record and every claim one allocation at a time would only cost time (a
    // tenth of a small run).
    std::mem::forget((loaded, streamed, findings, kept_claims));
    code
}

fn run_review(args: ReviewArgs) -> ExitCode {
    let mut loaded = match load_packs_for_run(&args.pack, &args.output) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let as_of = args.output.as_of.or(loaded.config.as_of);
    if !args.source.is_empty() {
        return run_source_review(args, loaded, as_of);
    }
    if let Some(db) = args.index.clone() {
        return run_index_review(args, &db, loaded, as_of);
    }
    let (stdin, stdin_problems) = stdin_of(&args.stdin);
    let mut drafts = inputs::load_reports_with(&args.drafts, stdin);
    drafts.problems.extend(stdin_problems);
    let mut archive = load_reports(&args.against);
    date_undated(&mut drafts.reports, as_of);
    date_undated(&mut archive.reports, as_of);
    // A draft saved inside the archive folder is not compared with itself.
    let draft_files: Vec<PathBuf> = drafts
        .reports
        .iter()
        .filter_map(|r| std::fs::canonicalize(&r.path).ok())
        .collect();
    archive.reports.retain(|r| {
        std::fs::canonicalize(&r.path).map_or(true, |path| !draft_files.contains(&path))
    });
    let mut problems = std::mem::take(&mut loaded.problems);
    problems.append(&mut drafts.problems);
    problems.append(&mut archive.problems);
    let archive_skipped = std::mem::take(&mut archive.skipped);

    let archive = crate::review::Archive::new(archive.reports, loaded.context());
    let review = archive.review(drafts.reports, loaded.context(), &loaded.rules);
    let mut skipped = drafts.skipped;
    skipped.extend(archive_skipped);
    let code = finish_review(
        review,
        archive.len(),
        problems,
        skipped,
        &loaded,
        &args.output,
    );
    // As at the end of a check: the process ends, and its memory goes back to the system at
    // once rather than one allocation at a time.
    std::mem::forget((loaded, archive));
    code
}

/// Applies inline suppressions to a review's findings and prints them.
fn finish_review(
    review: crate::review::Review,
    archive: usize,
    mut problems: Vec<Problem>,
    skipped: Vec<crate::render::SkippedFile>,
    loaded: &Loaded,
    output: &OutputArgs,
) -> ExitCode {
    let (findings, mut suppression_problems) =
        crate::suppress::apply_inline(&review.reports, &loaded.rules, review.findings);
    problems.append(&mut suppression_problems);
    let run = Run {
        reports: &review.reports,
        findings: &findings,
        problems: &problems,
        skipped: &skipped,
        rules: &loaded.rules,
        stale: &[],
        compared_with: Some((archive, review.compared_with)),
        left_out: review.left_out,
        figures: review.figures,
        claims: &review.claims,
    };
    finish(&run, output, &loaded.config)
}

/// `review DRAFT --index FILE` and `check NEW... --index FILE`: drafts against the reports of
/// an archive index they can be compared with.
#[cfg(feature = "index")]
fn run_index_review(
    args: ReviewArgs,
    db: &Path,
    mut loaded: Loaded,
    as_of: Option<jiff::civil::Date>,
) -> ExitCode {
    let index = match index_cmd::open_for_review(db, &loaded) {
        Ok(index) => index,
        Err(problem) => {
            eprint!("{}", render::render_problem(&problem, human_options()));
            eprintln!("error: nothing was checked");
            return ExitCode::from(EXIT_INPUT_ERROR);
        }
    };
    let (stdin, stdin_problems) = stdin_of(&args.stdin);
    let mut drafts = inputs::load_reports_with(&args.drafts, stdin);
    drafts.problems.extend(stdin_problems);
    date_undated(&mut drafts.reports, as_of);
    let mut problems = std::mem::take(&mut loaded.problems);
    problems.append(&mut drafts.problems);
    let events = drafts
        .reports
        .iter()
        .filter_map(|r| r.meta.event.clone())
        .collect();
    let dates = drafts
        .reports
        .iter()
        .filter_map(|r| r.meta.published.map(|p| p.date))
        .collect();
    // A draft saved inside the indexed archive is not compared with itself.
    let excluded: Vec<String> = drafts
        .reports
        .iter()
        .filter_map(|r| std::fs::canonicalize(&r.path).ok())
        .map(|p| p.display().to_string())
        .collect();
    let (related, size) = match index
        .related(&events, &dates, &excluded)
        .and_then(|related| Ok((related, index.counts()?.0)))
    {
        Ok(found) => found,
        Err(problem) => {
            eprint!("{}", render::render_problem(&problem, human_options()));
            eprintln!("error: nothing was checked");
            return ExitCode::from(EXIT_INPUT_ERROR);
        }
    };
    let (reports, claims): (Vec<Report>, Vec<Vec<Claim>>) = related
        .into_iter()
        .map(|(report, stored)| (report, stored.claims))
        .unzip();
    let archive = crate::review::Archive::from_read(reports, claims);
    let review = archive.review(drafts.reports, loaded.context(), &loaded.rules);
    finish_review(
        review,
        size,
        problems,
        drafts.skipped,
        &loaded,
        &args.output,
    )
}

#[cfg(not(feature = "index"))]
fn run_index_review(_: ReviewArgs, _: &Path, _: Loaded, _: Option<jiff::civil::Date>) -> ExitCode {
    eprintln!(
        "error: this crosscheck was built without the archive index; install it with `cargo install --path . --features index`"
    );
    ExitCode::from(EXIT_INPUT_ERROR)
}

/// `review DRAFT --source SOURCE...`: drafts against the reports they are based on.
fn run_source_review(
    args: ReviewArgs,
    mut loaded: Loaded,
    as_of: Option<jiff::civil::Date>,
) -> ExitCode {
    let (stdin, stdin_problems) = stdin_of(&args.stdin);
    let mut drafts = inputs::load_reports_with(&args.drafts, stdin);
    drafts.problems.extend(stdin_problems);
    let mut sources = load_reports(&args.source);
    date_undated(&mut drafts.reports, as_of);
    date_undated(&mut sources.reports, as_of);
    let mut problems = std::mem::take(&mut loaded.problems);
    problems.append(&mut drafts.problems);
    problems.append(&mut sources.problems);
    let mut skipped = drafts.skipped;
    skipped.extend(sources.skipped);
    let review = crate::review::against_sources(
        drafts.reports,
        sources.reports,
        loaded.context(),
        &loaded.rules,
    );
    let sources = review.compared_with;
    finish_review(review, sources, problems, skipped, &loaded, &args.output)
}

/// Everything a run prints.
struct Run<'a> {
    reports: &'a [Report],
    findings: &'a [Finding],
    problems: &'a [Problem],
    skipped: &'a [crate::render::SkippedFile],
    rules: &'a RuleSet,
    /// Baseline entries that matched no finding.
    stale: &'a [crate::suppress::BaselineEntry],
    /// For reviews: the archive's size, and how many of its reports were compared.
    compared_with: Option<(usize, usize)>,
    /// For reviews: findings left out because the archive already has the same disagreement.
    left_out: usize,
    /// What became of the figures read (the drafts' in a review).
    figures: crate::graph::FigureCoverage,
    /// With `--explain`: every claim of the run, to say how each finding's claims were read.
    claims: &'a [Claim],
}

/// Prints a run's findings in the chosen format and returns the exit code.
fn finish(run: &Run<'_>, output: &OutputArgs, config: &Config) -> ExitCode {
    if output.statistics && matches!(output.format, Format::Sarif | Format::Github | Format::Html) {
        eprintln!(
            "error: --statistics prints a table or JSON; give it with --format human, short or json"
        );
        return ExitCode::from(EXIT_INPUT_ERROR);
    }
    let mut out: Box<dyn Write> = match &output.output_file {
        Some(path) => match std::fs::File::create(path) {
            Ok(file) => Box::new(std::io::BufWriter::new(file)),
            Err(error) => {
                eprintln!("error: could not write {}: {error}", path.display());
                return ExitCode::from(EXIT_INPUT_ERROR);
            }
        },
        None => Box::new(std::io::stdout().lock()),
    };
    // Written to a file, human output has no colour and a fixed width, as when piped.
    let options = if output.output_file.is_some() {
        HumanOptions {
            colour: false,
            width: 100,
        }
    } else {
        human_options()
    };
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    let result = if output.statistics {
        write_statistics(&mut out, &mut err, run, output, options)
    } else {
        match output.format {
            Format::Json => writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&run_json(run, output.explain)).unwrap_or_default()
            ),
            Format::Sarif => {
                let sarif =
                    render::findings_sarif(run.reports, run.findings, run.problems, run.rules);
                writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&sarif).unwrap_or_default()
                )
            }
            Format::Github => write_github(&mut out, run),
            Format::Html => write!(
                out,
                "{}",
                render::findings_html(run.reports, run.findings, run.claims, run.problems)
            ),
            Format::Short => write_short(&mut out, &mut err, run, output.quiet),
            Format::Human => write_human(&mut out, &mut err, run, output, options),
        }
    };
    let result = result.and_then(|()| out.flush());
    if result.is_err() {
        // Output closed early (a pipe into `head`): nothing more to say.
        return ExitCode::from(EXIT_INPUT_ERROR);
    }
    let fail_on = output.fail_on.unwrap_or_else(|| {
        match config.fail_on.as_ref().map(|f| f.get_ref().as_str()) {
            Some("info") => FailOn::Info,
            Some("error") => FailOn::Error,
            Some("never") => FailOn::Never,
            _ => FailOn::Warning,
        }
    });
    exit_code(run.findings, run.problems, fail_on)
}

/// The JSON document of a run (docs/json.md).
fn run_json(run: &Run<'_>, explain: bool) -> serde_json::Value {
    let mut json = render::findings_json(run.reports, run.findings, run.problems, run.skipped);
    if explain {
        let explanations = explanations(run);
        if let Some(findings) = json["findings"].as_array_mut() {
            for (finding, lines) in findings.iter_mut().zip(explanations) {
                finding["explain"] = serde_json::json!(lines);
            }
        }
    }
    if !run.stale.is_empty() {
        json["stale_baseline"] = serde_json::json!(run.stale);
    }
    json["uncompared"] = serde_json::json!(uncompared(run.reports));
    if run.compared_with.is_some() {
        json["left_out"] = serde_json::json!(run.left_out);
    }
    json["figures"] = serde_json::json!(run.figures);
    json
}

/// `--statistics`: findings per rule, as a table or JSON; input problems as usual.
fn write_statistics(
    out: &mut dyn Write,
    err: &mut dyn Write,
    run: &Run<'_>,
    output: &OutputArgs,
    options: HumanOptions,
) -> std::io::Result<()> {
    let rows = statistics::count(run.findings, run.rules);
    if output.format == Format::Json {
        let json = serde_json::json!({
            "version": 1,
            "statistics": rows,
            "reports": run.reports.len(),
            "errors": run.problems.iter().map(Problem::to_json).collect::<Vec<_>>(),
            "skipped": run.skipped,
        });
        return writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&json).unwrap_or_default()
        );
    }
    statistics::write_table(out, &rows)?;
    for problem in run.problems {
        match output.format {
            Format::Human => write!(err, "{}", render::render_problem(problem, options))?,
            _ => writeln!(
                err,
                "{}: error: {}",
                problem.location_prefix(),
                problem.message
            )?,
        }
    }
    if !output.quiet {
        writeln!(err, "{}", summary_line(run))?;
    }
    Ok(())
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

fn write_github(out: &mut impl Write, run: &Run<'_>) -> std::io::Result<()> {
    for finding in run.findings {
        writeln!(out, "{}", render::github_line(run.reports, finding))?;
    }
    for problem in run.problems {
        writeln!(out, "{}", render::github_problem_line(problem))?;
    }
    Ok(())
}

fn write_short(
    out: &mut impl Write,
    err: &mut impl Write,
    run: &Run<'_>,
    quiet: bool,
) -> std::io::Result<()> {
    for finding in run.findings {
        writeln!(out, "{}", render::short_line(run.reports, finding))?;
    }
    for problem in run.problems {
        writeln!(
            err,
            "{}: error: {}",
            problem.location_prefix(),
            problem.message
        )?;
    }
    for entry in run.stale {
        writeln!(
            err,
            "baseline: stale entry {} {} ({})",
            entry.rule, entry.fingerprint, entry.message
        )?;
    }
    if quiet {
        return Ok(());
    }
    // On standard error, so that standard output stays one line per finding.
    writeln!(err, "{}", summary_line(run))
}

fn write_human(
    out: &mut impl Write,
    err: &mut impl Write,
    run: &Run<'_>,
    output: &OutputArgs,
    options: HumanOptions,
) -> std::io::Result<()> {
    let explanations = if output.explain {
        explanations(run)
    } else {
        Vec::new()
    };
    for (index, finding) in run.findings.iter().enumerate() {
        write!(
            out,
            "{}",
            render::render_finding(run.reports, finding, options)
        )?;
        if let Some(lines) = explanations.get(index) {
            writeln!(out, "  why these claims were compared:")?;
            for line in lines {
                writeln!(out, "    {line}")?;
            }
        }
        writeln!(out)?;
    }
    for problem in run.problems {
        write!(err, "{}", render::render_problem(problem, options))?;
        writeln!(err)?;
    }
    if output.quiet {
        return Ok(());
    }
    if !run.skipped.is_empty() {
        writeln!(err, "note: {} file(s) not read:", run.skipped.len())?;
        for skipped in run.skipped {
            writeln!(err, "  {} ({})", skipped.path, skipped.reason)?;
        }
    }
    if !run.stale.is_empty() {
        writeln!(
            err,
            "note: {} baseline entr{} matched no finding (the findings are gone; write the baseline again to drop them):",
            run.stale.len(),
            if run.stale.len() == 1 { "y" } else { "ies" }
        )?;
        for entry in run.stale {
            writeln!(
                err,
                "  {} {}: {}",
                entry.rule, entry.fingerprint, entry.message
            )?;
        }
    }
    writeln!(out, "{}", summary_line(run))
}

/// The last line of human output: findings, reports, problems, what was not compared.
fn summary_line(run: &Run<'_>) -> String {
    let mut line = summary(run.reports.len(), run.findings, run.problems, &run.figures);
    let alone = uncompared(run.reports);
    if alone > 0 {
        line.push_str(&format!(
            "; {alone} report{} without a date or an event, compared only with {}",
            if alone == 1 { "" } else { "s" },
            if alone == 1 { "itself" } else { "themselves" }
        ));
    }
    let sources = run
        .reports
        .iter()
        .filter(|r| r.meta.role == crate::report::ReportRole::Source)
        .count();
    if sources > 0 {
        line.push_str(&format!(
            " (checked against {sources} source{})",
            if sources == 1 { "" } else { "s" }
        ));
    } else if let Some((archive, compared)) = run.compared_with {
        line.push_str(&format!(
            " (the draft was compared with {compared} of {archive} archived reports)"
        ));
    }
    if run.left_out > 0 {
        line.push_str(&format!(
            "; {} finding{} left out: the archive already has the same disagreement, which the draft only repeats",
            run.left_out,
            if run.left_out == 1 { "" } else { "s" }
        ));
    }
    line
}

/// "; 14 figures read, 2 compared (10 have no measure, 2 have no other report of their event)",
/// or nothing when no figure was read.
fn figures_summary(figures: &crate::graph::FigureCoverage) -> String {
    if figures.read == 0 {
        return String::new();
    }
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut line = format!(
        "; {}, {} compared",
        plural(figures.read, "figure read", "figures read"),
        figures.compared
    );
    let reasons: Vec<String> = [
        (figures.no_measure, "has no measure", "have no measure"),
        (
            figures.no_other_report,
            "has no other report of its event",
            "have no other report of their event",
        ),
        (
            figures.nothing_to_compare,
            "has no figure of its measure in the other reports of its event",
            "have no figure of their measure in the other reports of their event",
        ),
    ]
    .into_iter()
    .filter(|(n, _, _)| *n > 0)
    .map(|(n, one, many)| plural(n, one, many))
    .collect();
    if !reasons.is_empty() {
        line.push_str(&format!(" ({})", reasons.join(", ")));
    }
    line
}

/// How many reports of a run of several could not be compared with the others: they have
/// neither a publication date nor an event (`--as-of` or front matter would give them one), and
/// name too little of what another report names to join its story.
fn uncompared(reports: &[Report]) -> usize {
    if reports.len() < 2 {
        return 0;
    }
    crate::graph::event_keys(reports)
        .iter()
        .filter(|key| matches!(key, crate::graph::EventKey::Report(_)))
        .count()
}

/// For each finding, the decisions that made its claims comparable: how each claim was read,
/// the event it was put under and why, then the rule's reason.
fn explanations(run: &Run<'_>) -> Vec<Vec<String>> {
    let graph = crate::graph::ClaimGraph::build(run.reports, run.claims.to_vec());
    run.findings
        .iter()
        .map(|finding| {
            let mut lines = Vec::new();
            for (index, location) in finding.locations.iter().enumerate() {
                let report = &run.reports[location.report.0];
                let at = report.file_position(location.span.start);
                let words = report
                    .text
                    .get(location.span.start..location.span.end)
                    .unwrap_or("");
                let head = format!(
                    "{}. {}:{}:{} {words:?}",
                    index + 1,
                    report.display_path(),
                    at.line,
                    at.column
                );
                match graph.claim_at(location.report, location.span) {
                    Some(id) => {
                        let claim = graph.claim(id);
                        lines.push(format!(
                            "{head}: read as {} ({})",
                            claim.kind.name(),
                            describe_claim(claim, report.meta.published.map(|p| p.date))
                        ));
                        lines.push(format!(
                            "   under {}: {}",
                            graph.event_of(id),
                            graph.event_reason(id)
                        ));
                    }
                    None => lines.push(head),
                }
            }
            if let Some(because) = &finding.because {
                lines.push(format!("=> {because}"));
            }
            lines
        })
        .collect()
}

/// "2 warnings, 1 error in 14 reports; 120 figures read, 80 compared (40 have no measure);
/// 1 input problem (see above): not everything was checked"
pub fn summary(
    reports: usize,
    findings: &[Finding],
    problems: &[Problem],
    figures: &crate::graph::FigureCoverage,
) -> String {
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
    line.push_str(&figures_summary(figures));
    if !problems.is_empty() {
        line.push_str(&format!(
            "; {} input problem{} (see above): not everything was checked",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        ));
    }
    line
}

fn run_graph(args: GraphArgs) -> ExitCode {
    let mut loaded = load_packs(&args.pack);
    if let Some(code) = refuse_invalid_config(&loaded, Format::Human) {
        return code;
    }
    let mut inputs = load_reports(&args.paths);
    let mut problems = std::mem::take(&mut loaded.problems);
    problems.append(&mut inputs.problems);
    let claims = engine::read_claims(&mut inputs.reports, loaded.context());
    let graph = crate::graph::ClaimGraph::build(&inputs.reports, claims);
    let text = match args.format {
        GraphFormat::Dot => graph.to_dot(),
        GraphFormat::Json => {
            serde_json::to_string_pretty(&graph.to_json()).unwrap_or_default() + "\n"
        }
    };
    let written = std::io::stdout().lock().write_all(text.as_bytes());
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for problem in &problems {
        let _ = write!(err, "{}", render::render_problem(problem, human_options()));
    }
    if written.is_err() || !problems.is_empty() {
        return ExitCode::from(EXIT_INPUT_ERROR);
    }
    ExitCode::SUCCESS
}

fn run_claims(args: ClaimsArgs) -> ExitCode {
    let mut loaded = load_packs(&args.pack);
    if let Some(code) = refuse_invalid_config(&loaded, Format::Human) {
        return code;
    }
    let (stdin, mut problems) = stdin_of(&args.stdin);
    let inputs = inputs::load_reports_with(&args.paths, stdin);
    problems.append(&mut loaded.problems);
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
            let at = report.file_position(claim.span.start);
            writeln!(
                out,
                "  {}:{}  {:<8} {:?}",
                at.line,
                at.column,
                claim.kind.name(),
                claim.text
            )?;
            let published = report.meta.published.map(|p| p.date);
            writeln!(out, "      {}", describe_claim(claim, published))?;
        }
        if skipped {
            for s in &extraction.skipped {
                let at = report.file_position(s.span.start);
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

/// A claim's fields in words; relative dates are resolved against the publication date.
fn describe_claim(claim: &Claim, published: Option<jiff::civil::Date>) -> String {
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
            if let Some(source) = &q.source {
                fields.push(format!("source={source:?}"));
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
            let mut said = d.expr.describe();
            if !d.expr.is_absolute()
                && let Some(range) = published.and_then(|p| crate::time::resolve(d.expr, p))
            {
                said.push_str(&format!(" → {}", range.describe()));
            }
            let mut fields = vec![said];
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
                format!("form={}", r.form.name()),
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

//! The engine: claims from reports, the claim graph, rules over it, findings in a stable order.
//!
//! Pure: it takes loaded reports, the lexicon, the record of facts and compiled rules, and
//! returns values.

use std::collections::HashMap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::claim::{Claim, ReportIndex};
use crate::facts::Facts;
use crate::finding::Finding;
use crate::graph::{ClaimGraph, FigureCoverage};
use crate::lexicon::Lexicon;
use crate::parse::{self, Extraction};
use crate::report::Report;
use crate::rules::{Example, RawFinding, Rule, RuleSet, render_template};
use crate::span::Span;

/// What rules and resolution know besides the reports: the lexicon and the record of facts.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub lexicon: &'a Lexicon,
    pub facts: &'a Facts,
}

/// Reads the claims of every report, and resolves what needs the report's date and the record
/// (bare titles, predecessors).
pub fn extract_all(reports: &[Report], ctx: Context<'_>) -> Vec<Extraction> {
    // Reports are independent: they are read in parallel, and collected in their order, so
    // the output is the same whatever the number of threads.
    reports
        .par_iter()
        .enumerate()
        .map(|(index, report)| extract_report(ReportIndex(index), report, ctx))
        .collect()
}

/// Reads the claims of every report, resolves them, and keeps on each report the places and
/// kinds of event it mentions (what reports of one day are grouped by, in the claim graph).
pub fn read_claims(reports: &mut [Report], ctx: Context<'_>) -> Vec<Claim> {
    let extractions = extract_all(reports, ctx);
    let mut claims = Vec::with_capacity(extractions.iter().map(|e| e.claims.len()).sum());
    for (report, extraction) in reports.iter_mut().zip(extractions) {
        report.topics = extraction.topics;
        report.names = extraction.names;
        report.fingerprint = extraction.fingerprint;
        claims.extend(extraction.claims);
    }
    claims
}

/// Reads the claims of one report and resolves them.
pub fn extract_report(index: ReportIndex, report: &Report, ctx: Context<'_>) -> Extraction {
    let mut extraction = parse::extract(index, &report.text, report.body, ctx.lexicon);
    // The title says what the report is about as much as its body does.
    let title = report
        .meta
        .title
        .as_deref()
        .map(|t| crate::text::tokens(t, 0));
    if let Some(title) = &title {
        let mut topics: std::collections::BTreeSet<_> =
            std::mem::take(&mut extraction.topics).into_iter().collect();
        parse::topics_in(title, ctx.lexicon, &mut topics);
        extraction.topics = topics.into_iter().collect();
    }
    extraction.names = parse::names::kept(std::mem::take(&mut extraction.names), title.as_deref());
    extraction.fingerprint =
        crate::duplicates::Fingerprint::of(&report.text[report.body.start..report.body.end]);
    crate::resolve::resolve_report(
        &mut extraction.claims,
        report.meta.published.map(|p| p.date),
        &report.text,
        report.body,
        ctx.lexicon,
        ctx.facts,
        &mut extraction.skipped,
    );
    extraction
}

/// Runs every rule over the reports.
pub fn check(reports: &[Report], ctx: Context<'_>, rules: &RuleSet) -> Vec<Finding> {
    // A copy (texts are shared) to keep what each report mentions on it.
    let mut reports = reports.to_vec();
    let claims = read_claims(&mut reports, ctx);
    check_claims(&reports, claims, ctx, rules.iter())
}

/// Runs the given rules over already extracted claims.
pub fn check_claims<'a>(
    reports: &[Report],
    claims: Vec<Claim>,
    ctx: Context<'_>,
    rules: impl Iterator<Item = &'a Rule>,
) -> Vec<Finding> {
    let (claims, also) = without_copies(reports, claims);
    let graph = ClaimGraph::build(reports, claims);
    let mut findings = run_rules(&graph, reports, ctx, rules);
    note_copies(reports, &also, &mut findings);
    findings
}

/// Runs the given rules over already extracted claims, and says what became of the figures of
/// the reports `counted` names: read, compared, left uncompared and why.
pub fn check_claims_with_coverage<'a>(
    reports: &[Report],
    claims: Vec<Claim>,
    ctx: Context<'_>,
    rules: impl Iterator<Item = &'a Rule>,
    counted: impl Fn(ReportIndex) -> bool,
) -> (Vec<Finding>, FigureCoverage) {
    let (claims, also) = without_copies(reports, claims);
    let graph = ClaimGraph::build(reports, claims);
    let mut findings = run_rules(&graph, reports, ctx, rules);
    note_copies(reports, &also, &mut findings);
    (findings, graph.figure_coverage(counted))
}

/// The claims of reports that are not copies of an earlier report's story, and for each
/// story's first report the places its copies were published.
fn without_copies(
    reports: &[Report],
    mut claims: Vec<Claim>,
) -> (Vec<Claim>, HashMap<ReportIndex, crate::duplicates::Copies>) {
    let first_of = crate::duplicates::copies(reports);
    if first_of.iter().all(Option::is_none) {
        return (claims, HashMap::new());
    }
    claims.retain(|claim| first_of.get(claim.report.0).is_none_or(Option::is_none));
    (
        claims,
        crate::duplicates::published_also(reports, &first_of),
    )
}

/// Names, in each finding on a story that was published more than once, the other places it
/// was published: the story was compared once, and the reader should know where else it ran.
fn note_copies(
    reports: &[Report],
    also: &HashMap<ReportIndex, crate::duplicates::Copies>,
    findings: &mut [Finding],
) {
    if also.is_empty() {
        return;
    }
    for finding in findings {
        let mut seen = Vec::new();
        for location in &finding.locations {
            let Some(copies) = also.get(&location.report) else {
                continue;
            };
            if seen.contains(&location.report) {
                continue;
            }
            seen.push(location.report);
            let note = copies.describe(&reports[location.report.0].label());
            finding.because = Some(match finding.because.take() {
                Some(because) => format!("{because}\n{note}"),
                None => note,
            });
        }
    }
}

fn run_rules<'a>(
    graph: &ClaimGraph<'_>,
    reports: &[Report],
    ctx: Context<'_>,
    rules: impl Iterator<Item = &'a Rule>,
) -> Vec<Finding> {
    // Rules are independent readers of the graph: they run in parallel, and their findings
    // are gathered in rule order, then sorted, so the output is the same whatever the number
    // of threads.
    let rules: Vec<&Rule> = rules.collect();
    let found: Vec<Vec<RawFinding>> = rules
        .par_iter()
        .map(|rule| rule.check.run(graph, ctx))
        .collect();
    let mut findings = Vec::new();
    for (rule, raws) in rules.into_iter().zip(found) {
        for raw in raws {
            let help = match (&rule.help, &raw.note) {
                (Some(help), Some(note)) => Some(format!("{note}\n{help}")),
                (Some(help), None) => Some(help.clone()),
                (None, note) => note.clone(),
            };
            findings.push(Finding {
                rule: rule.id.clone(),
                severity: rule.severity,
                message: render_template(&rule.message, &raw.values),
                help,
                because: Some(raw.because),
                locations: raw.locations,
                fix: raw.fix,
            });
        }
    }
    sort_findings(reports, &mut findings);
    findings
}

/// Orders findings by the file and position of their first location, then rule and message,
/// so that output is the same whatever order the rules ran in.
pub fn sort_findings(reports: &[Report], findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let key = |f: &Finding| {
            let first = f.locations.first();
            (
                first.map(|l| reports[l.report.0].path.clone()),
                first.map(|l| l.span.start),
                f.rule.clone(),
                f.message.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
}

/// The reports of one rule example, as if each were a file of its own.
pub fn example_reports(rule: &Rule, index: usize, example: &Example) -> Vec<Report> {
    example
        .reports
        .iter()
        .map(|r| {
            let text: Arc<str> = Arc::from(r.text.as_str());
            Report {
                path: format!("{}/example-{}/{}", rule.id, index + 1, r.id),
                name: None,
                body: Span::new(0, text.len()),
                text,
                meta: r.meta.clone(),
                origin: None,
                topics: Vec::new(),
                names: Vec::new(),
                fingerprint: Default::default(),
            }
        })
        .collect()
}

/// Runs one rule on one of its examples.
pub fn run_example(
    rule: &Rule,
    index: usize,
    example: &Example,
    ctx: Context<'_>,
) -> (Vec<Report>, Vec<Finding>) {
    let mut reports = example_reports(rule, index, example);
    let claims = read_claims(&mut reports, ctx);
    let findings = check_claims(&reports, claims, ctx, std::iter::once(rule));
    (reports, findings)
}

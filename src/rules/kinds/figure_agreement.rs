//! `figure-agreement`: one measure of one event, given as values that cannot all be true.
//!
//! Figures are intervals (a hedge widens them: "at least 14" is [14, ∞)); two figures conflict
//! when their intervals, widened by the rule's tolerance, do not meet. Only totals are compared:
//! parts, subsets, increments and modifiers are other quantities. Figures that a noun phrase
//! scopes differently (Russian vs Ukrainian drones, Kyiv vs Kharkiv) are compared only when the
//! scope leaves no doubt, and figures whose sentences are dated to days that do not meet are
//! not compared at all.
//!
//! Which disagreements a rule reports is its kind's mode. Each pair of disagreeing figures is
//! one of three things, and exactly one kind reports it:
//!
//! - **attributed** (`attributed-disagreement`): two different named sources ("Klitschko said",
//!   "the State Emergency Service said") give different figures. The outlets are not at fault.
//! - **moments** (`figure-update`): a rolling toll (the lexicon marks `killed` and `injured`)
//!   given at different publication times. A later higher figure is an update; a later lower
//!   one without a correction is reported by the rules that look `down`.
//! - **contradiction** (`figure-agreement`): anything else, the same moment and the same source
//!   or none. Where other figures of the event explain the gap ("823 = 810 drones + 13
//!   missiles"), the finding says so.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use toml::Spanned;

use crate::engine::Context;

use super::{KindDef, KindInput, RawFinding, RuleKind, Scope, read_check};
use crate::claim::{Hedge, Interval, Quantity, format_number};
use crate::finding::Location;
use crate::graph::{ClaimGraph, ClaimId, FigureGroup};
use crate::lexicon::Lexicon;
use crate::problem::Problem;
use crate::span::Span;

pub(super) const ATTRIBUTED_KIND: KindDef = KindDef {
    name: "attributed-disagreement",
    summary: "Two named sources give figures for one measure of one event that cannot both be true.",
    placeholders: &[
        "measure", "values", "event", "count", "a.outlet", "a.value", "a.source", "b.outlet",
        "b.value", "b.source",
    ],
    relies_on: "what figure-agreement relies on, and the lexicon's attribution verbs, prefixes and generic sources",
    template: include_str!("templates/attributed-disagreement.toml"),
    check_schema,
    compile: compile_attributed,
};

pub(super) const UPDATE_KIND: KindDef = KindDef {
    name: "figure-update",
    summary: "A rolling toll that changes between reports published at different times.",
    placeholders: &[
        "measure", "values", "event", "count", "a.outlet", "a.value", "a.time", "b.outlet",
        "b.value", "b.time",
    ],
    relies_on: "what figure-agreement relies on, the lexicon's rolling actions and correction markers, and publication times",
    template: include_str!("templates/figure-update.toml"),
    check_schema: update_schema,
    compile: compile_update,
};

pub(super) const KIND: KindDef = KindDef {
    name: "figure-agreement",
    summary: "The same measure of the same event, given as figures that cannot all be true.",
    placeholders: &[
        "measure", "values", "event", "count", "a.outlet", "a.value", "b.outlet", "b.value",
    ],
    relies_on: "the lexicon's counted classes and actions (measures), hedges and their widths, units, and the markers of subsets, increments, running totals and other occasions",
    template: include_str!("templates/figure-agreement.toml"),
    check_schema,
    compile,
};

/// Which disagreements a rule reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Contradiction,
    Attributed,
    Update(Direction),
}

/// Which way a rolling toll moved between an earlier and a later report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
enum Direction {
    /// The later figure is higher: an update.
    #[default]
    Up,
    /// The later figure is lower, and its sentence says nothing of a correction.
    Down,
    /// A count that moves both ways ("people missing", as people are found): any change.
    Changed,
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct UpdateParams {
    /// `up` for later higher figures, `down` for later lower ones.
    #[serde(default)]
    direction: Direction,
    #[serde(default)]
    tolerance: Tolerance,
    /// Only these measures; all rolling measures when empty.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    measures: Vec<Spanned<String>>,
}

fn update_schema() -> schemars::Schema {
    schemars::schema_for!(UpdateParams)
}

fn compile_attributed(input: &KindInput<'_>) -> Result<Box<dyn RuleKind>, Vec<Problem>> {
    let mut rule = compile_agreement(input)?;
    rule.mode = Mode::Attributed;
    rule.scope = Scope::AcrossReports;
    Ok(Box::new(rule))
}

fn compile_update(input: &KindInput<'_>) -> Result<Box<dyn RuleKind>, Vec<Problem>> {
    let params: UpdateParams = read_check(input)?;
    let problems = check_measures(input, &params.measures, params.tolerance);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Box::new(FigureAgreement {
        scope: Scope::AcrossReports,
        tolerance: params.tolerance,
        measures: params
            .measures
            .into_iter()
            .map(Spanned::into_inner)
            .collect(),
        mode: Mode::Update(params.direction),
    }))
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Params {
    #[serde(default)]
    scope: Scope,
    #[serde(default)]
    tolerance: Tolerance,
    /// Only these measures; all when empty.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    measures: Vec<Spanned<String>>,
}

/// How far apart two figures may be before they conflict.
#[derive(Clone, Copy, Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Tolerance {
    #[serde(default)]
    relative: f64,
    #[serde(default)]
    absolute: f64,
}

struct FigureAgreement {
    scope: Scope,
    tolerance: Tolerance,
    measures: BTreeSet<String>,
    mode: Mode,
}

fn compile(input: &KindInput<'_>) -> Result<Box<dyn RuleKind>, Vec<Problem>> {
    Ok(Box::new(compile_agreement(input)?))
}

fn compile_agreement(input: &KindInput<'_>) -> Result<FigureAgreement, Vec<Problem>> {
    let params: Params = read_check(input)?;
    let problems = check_measures(input, &params.measures, params.tolerance);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(FigureAgreement {
        scope: params.scope,
        tolerance: params.tolerance,
        measures: params
            .measures
            .into_iter()
            .map(Spanned::into_inner)
            .collect(),
        mode: Mode::Contradiction,
    })
}

/// Problems with the measures and tolerance of a rule's `[check]` table.
fn check_measures(
    input: &KindInput<'_>,
    measures: &[Spanned<String>],
    t: Tolerance,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    for measure in measures {
        if !input.lexicon.has_measure(measure.get_ref()) {
            let known: Vec<&str> = input.lexicon.measure_ids().collect();
            problems.push(
                Problem::new(
                    &input.file.path,
                    format!("unknown measure `{}`", measure.get_ref()),
                )
                .at(
                    &input.file.text,
                    Span::new(measure.span().start, measure.span().end),
                )
                .with_help(format!(
                    "measures the lexicon declares: {}",
                    known.join(", ")
                )),
            );
        }
    }
    if !(t.relative >= 0.0 && t.absolute >= 0.0 && t.relative.is_finite() && t.absolute.is_finite())
    {
        problems.push(
            Problem::new(&input.file.path, "tolerance must be zero or positive")
                .with_help("write tolerance = { relative = 0.05 } for 5%"),
        );
    }
    problems
}

impl RuleKind for FigureAgreement {
    fn run(&self, graph: &ClaimGraph<'_>, ctx: Context<'_>) -> Vec<RawFinding> {
        let lexicon = ctx.lexicon;
        let mut findings = Vec::new();
        for group in graph.figure_groups() {
            if !self.measures.is_empty() && !self.measures.contains(&group.measure) {
                continue;
            }
            if matches!(self.mode, Mode::Update(_)) && !lexicon.is_rolling(&group.measure) {
                continue;
            }
            match self.scope {
                Scope::WithinReport => {
                    let mut by_report: BTreeMap<_, Vec<ClaimId>> = BTreeMap::new();
                    for &id in &group.claims {
                        by_report
                            .entry(graph.claim(id).report)
                            .or_default()
                            .push(id);
                    }
                    for claims in by_report.values() {
                        findings.extend(self.conflict(graph, lexicon, group, claims, false));
                    }
                }
                Scope::AcrossReports => {
                    findings.extend(self.conflict(graph, lexicon, group, &group.claims, true));
                }
            }
        }
        findings
    }
}

/// Figures linked by reported pairs: the sets they make (union-find), each with the first pair
/// that linked into it, in the order pairs were found.
struct Linked {
    parent: Vec<usize>,
    /// For each figure that opened a pair, the pair and when it was found.
    opened: Vec<Option<(usize, usize, usize)>>,
    paired: Vec<bool>,
    found: usize,
}

impl Linked {
    fn new(len: usize) -> Linked {
        Linked {
            parent: (0..len).collect(),
            opened: vec![None; len],
            paired: vec![false; len],
            found: 0,
        }
    }

    fn root(&mut self, mut at: usize) -> usize {
        while self.parent[at] != at {
            self.parent[at] = self.parent[self.parent[at]];
            at = self.parent[at];
        }
        at
    }

    fn join(&mut self, a: usize, b: usize) {
        self.paired[a] = true;
        self.paired[b] = true;
        let (a, b) = (self.root(a), self.root(b));
        if a != b {
            self.parent[a.max(b)] = a.min(b);
        }
    }

    /// A reported pair, `first` as the mode names it first.
    fn pair(&mut self, first: usize, second: usize) {
        if self.opened[first].is_none() {
            self.opened[first] = Some((self.found, first, second));
        }
        self.found += 1;
        self.join(first, second);
    }

    fn paired(&self, index: usize) -> bool {
        self.paired[index]
    }

    fn any(&self) -> bool {
        self.found > 0
    }

    /// Each set of linked figures with its first pair, sets in the order of their first pair.
    fn sets(&mut self) -> Vec<((usize, usize), Vec<usize>)> {
        let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for index in 0..self.parent.len() {
            if self.paired[index] {
                let root = self.root(index);
                members.entry(root).or_default().push(index);
            }
        }
        let mut first: BTreeMap<usize, (usize, usize, usize)> = BTreeMap::new();
        for index in 0..self.opened.len() {
            if let Some(pair) = self.opened[index] {
                let root = self.root(index);
                let best = first.entry(root).or_insert(pair);
                if pair.0 < best.0 {
                    *best = pair;
                }
            }
        }
        let mut sets: Vec<((usize, usize, usize), Vec<usize>)> = members
            .into_iter()
            .filter_map(|(root, members)| Some((*first.get(&root)?, members)))
            .collect();
        sets.sort_by_key(|(pair, _)| pair.0);
        sets.into_iter()
            .map(|((_, a, b), members)| ((a, b), members))
            .collect()
    }
}

/// How many figures of a group each figure is compared with, at most. Real reports give a
/// measure a handful of times; an archive's event a few thousand. Past this, a figure is compared
/// with the group's first `PAIR_REACH` figures only, so that a hostile file of a million figures
/// costs linear time (docs/reliability.md).
pub const PAIR_REACH: usize = 512;

/// The most figures a message names; the finding's locations still hold every one.
const MAX_LISTED: usize = 24;

/// The figures of a message, joined, with a count of those left unnamed past `MAX_LISTED`.
fn list_values(listed: &[String], separator: &str) -> String {
    let mut text = listed[..listed.len().min(MAX_LISTED)].join(separator);
    if listed.len() > MAX_LISTED {
        text.push_str(&format!(
            "{separator}… ({} more)",
            listed.len() - MAX_LISTED
        ));
    }
    text
}

impl FigureAgreement {
    /// The findings for a set of comparable claims: one for each set of figures linked by
    /// disagreements in the way this rule's mode reports (the toll in Jamaica and the toll in
    /// Haiti are two findings, each listing its own figures).
    fn conflict(
        &self,
        graph: &ClaimGraph<'_>,
        lexicon: &Lexicon,
        group: &FigureGroup,
        claims: &[ClaimId],
        across: bool,
    ) -> Vec<RawFinding> {
        // One report's readings of a storm, a river or a fire are its story told in moments
        // ("winds of 185 mph at landfall", "winds of 115 mph" as it weakened): only reports
        // of one day are held to one reading.
        let reading = lexicon.reading_dimension(&group.measure).is_some();
        if reading && !across {
            return Vec::new();
        }
        let mut quantities: Vec<(ClaimId, &Quantity)> = claims
            .iter()
            .filter_map(|&id| graph.quantity(id).map(|q| (id, q)))
            .collect();
        if across {
            // A headline's rounded figure ("Hundreds Dead") sums up its own report: where the
            // body gives the measure, the body's figure speaks for the report.
            let stated_in_body: BTreeSet<crate::claim::ReportIndex> = quantities
                .iter()
                .filter(|(_, q)| !q.headline)
                .map(|&(id, _)| graph.claim(id).report)
                .collect();
            quantities.retain(|&(id, q)| {
                !(q.headline
                    && q.hedge != Hedge::Exact
                    && stated_in_body.contains(&graph.claim(id).report))
            });
        }
        let places: BTreeSet<&str> = quantities
            .iter()
            .filter_map(|(_, q)| q.place.as_deref())
            .collect();
        let sides: BTreeSet<&str> = quantities
            .iter()
            .filter_map(|(_, q)| side(lexicon, q))
            .collect();
        // What every pair needs, read once per figure: its named source and its days.
        let sources: Vec<Option<BTreeSet<String>>> = quantities
            .iter()
            .map(|(_, q)| {
                q.source
                    .as_deref()
                    .and_then(|s| source_words(lexicon, s, q.source_opens_sentence))
            })
            .collect();
        // A measure that names its month ("inflation.percentage.october") dates its figures:
        // "in the year to October" and "in October" are one month's.
        let month_named = lexicon.measure_names_month(&group.measure);
        // A length given once (a prison term, a contract's) is no day's: "jailed on Friday
        // for seven years" and "a nine-year sentence" are one term.
        let given_once = crate::parse::TERM_MEASURES
            .iter()
            .any(|term| group.measure.starts_with(term));
        let days: Vec<FigureDays> = quantities
            .iter()
            .map(|&(id, _)| {
                if month_named || given_once {
                    return FigureDays {
                        dated: false,
                        days: None,
                    };
                }
                // A count of one day is dated as a reading is: "on Monday" is Monday's.
                let daily = reading || lexicon.is_daily(&group.measure);
                figure_days(graph, id, lexicon.is_rolling(&group.measure), daily)
            })
            .collect();
        // Inside one report, a sentence that gives the measure more than once is a list of
        // parts, places or moments ("30 from Bogo, 22 from San Remigio"), not a restatement.
        let mut per_sentence: BTreeMap<(crate::claim::ReportIndex, usize), usize> = BTreeMap::new();
        if !across {
            for &(id, _) in &quantities {
                let claim = graph.claim(id);
                *per_sentence
                    .entry((claim.report, claim.sentence.start))
                    .or_default() += 1;
            }
        }
        let listed_in_sentence = |id: ClaimId| {
            let claim = graph.claim(id);
            per_sentence
                .get(&(claim.report, claim.sentence.start))
                .is_some_and(|&n| n > 1)
        };
        // How many figures of the group each report gives.
        let mut per_report: BTreeMap<crate::claim::ReportIndex, usize> = BTreeMap::new();
        for &(id, _) in &quantities {
            *per_report.entry(graph.claim(id).report).or_default() += 1;
        }
        let alone_in_report = |id: ClaimId| per_report.get(&graph.claim(id).report) == Some(&1);
        // A toll builds up over an area, and reports give it for parts of the area: only a
        // count of one thing in one place ("items stolen") is its report's whole account.
        let rolling = lexicon.is_rolling(&group.measure);
        // Readings compare in their dimension's base unit; between two units, a conversion's
        // rounding is no disagreement ("185 mph (295 km/h)").
        let widened: Vec<Interval> = quantities
            .iter()
            .map(|(_, q)| self.widen(comparable_interval(lexicon, q, reading)))
            .collect();
        let converted: Vec<Interval> = if reading {
            quantities
                .iter()
                .zip(&widened)
                .map(|((_, q), &i)| conversion_allowance(lexicon, q, i))
                .collect()
        } else {
            Vec::new()
        };
        let disjoint = |i: usize, j: usize| {
            if reading && quantities[i].1.unit != quantities[j].1.unit {
                converted[i].is_disjoint(&converted[j])
            } else {
                widened[i].is_disjoint(&widened[j])
            }
        };

        // Pairs in the order the mode reads them: earlier before later for updates. Only the
        // sets of linked figures and the first pair of each are kept, so memory stays linear;
        // each figure is compared with the first `PAIR_REACH` figures of the group at most, so
        // time does too.
        let mut linked = Linked::new(quantities.len());
        for (i, &(a, qa)) in quantities.iter().enumerate().take(PAIR_REACH) {
            crate::text::work::add((quantities.len() - i) as u64);
            for (j, &(b, qb)) in quantities.iter().enumerate().skip(i + 1) {
                let different_reports = graph.claim(a).report != graph.claim(b).report;
                if across != different_reports {
                    continue;
                }
                // The cheap test first: most pairs of a large group agree.
                if !disjoint(i, j)
                    || !same_side(lexicon, qa, qb, sides.len())
                    || actors_differ(qa, qb)
                    || !same_scope(
                        qa,
                        qb,
                        places.len(),
                        across,
                        rolling,
                        !rolling && alone_in_report(a) && alone_in_report(b),
                    )
                    || qa.occasion_key() != qb.occasion_key()
                    || !days[i].meet(&days[j])
                    || (across && rolling && (qa.vague || qb.vague) && !same_day(graph, a, b))
                {
                    continue;
                }
                let sources_differ = match (&sources[i], &sources[j]) {
                    (Some(x), Some(y)) => x.is_disjoint(y),
                    _ => false,
                };
                // Inside one report, a figure listed with others of its measure is a part.
                if !across && (listed_in_sentence(a) || listed_in_sentence(b)) {
                    continue;
                }
                if let Some((x, _)) =
                    self.reported_pair(graph, lexicon, &group.measure, a, b, sources_differ)
                {
                    // The pair comes back in the mode's order (earlier first), as a or b.
                    let (first, second) = if x == a { (i, j) } else { (j, i) };
                    linked.pair(first, second);
                }
            }
        }
        if !linked.any() {
            return Vec::new();
        }
        // Every mention: a restatement of a disagreeing figure in the same report (the same
        // value, place and occasion) is located too. One lookup per figure keeps it linear.
        // A restatement: the same value and occasion in the same report, for the same place or
        // with a place on one side only ("21 killed" and "the toll in the city rose to 21").
        let restatement = |id: ClaimId, q: &Quantity| {
            let bits = |end: Option<f64>| end.map(f64::to_bits);
            (
                graph.claim(id).report,
                bits(q.interval.low),
                bits(q.interval.high),
                q.interval.inclusive,
                q.occasion_key().map(str::to_string),
            )
        };
        let mut stated: BTreeMap<_, Vec<(Option<&str>, usize)>> = BTreeMap::new();
        for (index, &(id, q)) in quantities.iter().enumerate() {
            if linked.paired(index) {
                let places = stated.entry(restatement(id, q)).or_default();
                if !places.iter().any(|(place, _)| *place == q.place.as_deref()) {
                    places.push((q.place.as_deref(), index));
                }
            }
        }
        for (index, &(id, q)) in quantities.iter().enumerate() {
            if linked.paired(index) {
                continue;
            }
            let same = stated.get(&restatement(id, q)).and_then(|places| {
                places.iter().find(|(place, _)| {
                    place.is_none() || q.place.is_none() || *place == q.place.as_deref()
                })
            });
            if let Some(&(_, paired)) = same {
                linked.join(index, paired);
            }
        }

        linked
            .sets()
            .into_iter()
            .map(|(first, members)| {
                let mut involved: Vec<ClaimId> =
                    members.iter().map(|&index| quantities[index].0).collect();
                // Every claim of the set, in time order for updates, else in report order.
                match self.mode {
                    Mode::Update(_) => involved
                        .sort_by_key(|&id| (published_at(graph, id), graph.claim(id).report)),
                    _ => involved
                        .sort_by_key(|&id| (graph.claim(id).report, graph.claim(id).span.start)),
                }
                let first = (quantities[first.0].0, quantities[first.1].0);
                self.finding(graph, lexicon, group, first, &involved, across)
            })
            .collect()
    }

    /// The finding for one set of linked figures, named by the first pair that linked them.
    fn finding(
        &self,
        graph: &ClaimGraph<'_>,
        lexicon: &Lexicon,
        group: &FigureGroup,
        (first_a, first_b): (ClaimId, ClaimId),
        involved: &[ClaimId],
        across: bool,
    ) -> RawFinding {
        let measure = lexicon.measure_label(&group.measure);
        let mut values = BTreeMap::new();
        let in_units = ReadingUnits::of(graph, lexicon, &group.measure, involved);
        let describe = |id: ClaimId| {
            let q = graph.quantity(id).expect("figure groups hold quantities");
            let who = graph.report(graph.claim(id).report).label();
            let money = q
                .unit
                .as_deref()
                .is_some_and(|u| crate::parse::units::is_money(lexicon, u));
            let percent = q.unit.as_deref() == Some("percentage");
            let value = match &in_units {
                Some(units) => units.value(lexicon, q),
                None if money => in_scale_words(q),
                // "61.3%": a percentage keeps its sign.
                None if percent => format!("{}%", stated_value(q)),
                None => stated_value(q),
            };
            (who, value)
        };
        let annotate = |id: ClaimId| {
            let (who, value) = describe(id);
            match self.mode {
                Mode::Attributed => format!("{value} ({}, in {who})", source_of(graph, id)),
                Mode::Update(_) => format!("{value} ({who}, {})", time_of(graph, id)),
                Mode::Contradiction if across => format!("{value} ({who})"),
                Mode::Contradiction => value,
            }
        };
        let separator = if matches!(self.mode, Mode::Update(_)) {
            " → "
        } else {
            ", "
        };
        let listed: Vec<String> = if matches!(self.mode, Mode::Update(_)) {
            // In time order, a figure repeated by later reports is named once, with the first
            // report that gave it: "2 (A, 06:00, and 2 later reports) → 3 (D, 12:00)".
            let mut runs: Vec<(ClaimId, String, usize)> = Vec::new();
            for &id in involved {
                let (_, value) = describe(id);
                match runs.last_mut() {
                    Some((_, last, more)) if *last == value => *more += 1,
                    _ => runs.push((id, value, 0)),
                }
            }
            runs.into_iter()
                .map(|(id, value, more)| {
                    let (who, _) = describe(id);
                    let time = time_of(graph, id);
                    match more {
                        0 => format!("{value} ({who}, {time})"),
                        1 => format!("{value} ({who}, {time}, and 1 later report)"),
                        n => format!("{value} ({who}, {time}, and {n} later reports)"),
                    }
                })
                .collect()
        } else {
            // Every mention is located; each value of each report is named once.
            let mut seen = BTreeSet::new();
            involved
                .iter()
                .filter(|&&id| seen.insert((graph.claim(id).report, describe(id).1)))
                .map(|&id| annotate(id))
                .collect()
        };
        let (a_outlet, a_value) = describe(first_a);
        let (b_outlet, b_value) = describe(first_b);
        values.insert("measure", measure.clone());
        values.insert("values", list_values(&listed, separator));
        values.insert("event", group.event.to_string());
        values.insert("count", involved.len().to_string());
        values.insert("a.outlet", a_outlet);
        values.insert("a.value", a_value);
        values.insert("b.outlet", b_outlet);
        values.insert("b.value", b_value);
        values.insert("a.source", source_of(graph, first_a));
        values.insert("b.source", source_of(graph, first_b));
        values.insert("a.time", time_of(graph, first_a));
        values.insert("b.time", time_of(graph, first_b));

        let locations = involved
            .iter()
            .map(|&id| {
                let claim = graph.claim(id);
                let (who, value) = describe(id);
                Location {
                    report: claim.report,
                    span: claim.span,
                    value: match self.mode {
                        Mode::Attributed => {
                            format!("{who}: {value} {measure}, per {}", source_of(graph, id))
                        }
                        Mode::Update(_) => {
                            format!("{who}: {value} {measure} at {}", time_of(graph, id))
                        }
                        Mode::Contradiction if across => format!("{who}: {value} {measure}"),
                        Mode::Contradiction => format!("{value} {measure}"),
                    },
                }
            })
            .collect();
        let because = match self.mode {
            Mode::Attributed => format!(
                "compared because they are {} and count {measure}; each figure is attributed to a different source",
                group.event
            ),
            Mode::Update(_) => format!(
                "compared because they are {} and count {measure}, a toll that changes as counts come in; the reports were published at different times",
                group.event
            ),
            Mode::Contradiction if across => format!(
                "compared because they are {} and count {measure}",
                group.event
            ),
            Mode::Contradiction => {
                format!("compared because one report gives both as {measure}")
            }
        };
        let note = match self.mode {
            Mode::Contradiction if across => explain_gap(graph, lexicon, group, first_a, first_b),
            _ => None,
        };
        RawFinding {
            locations,
            values,
            because,
            note,
            fix: None,
        }
    }

    /// The pair as this rule reports it (earlier first for updates), or `None` when the
    /// disagreement belongs to another mode, or to none.
    fn reported_pair(
        &self,
        graph: &ClaimGraph<'_>,
        lexicon: &Lexicon,
        measure: &str,
        a: ClaimId,
        b: ClaimId,
        sources_differ: bool,
    ) -> Option<(ClaimId, ClaimId)> {
        let across = graph.claim(a).report != graph.claim(b).report;
        let (ta, tb) = (published_at(graph, a), published_at(graph, b));
        // Reports of different days are apart even without times; of one day, only with both
        // times.
        let timed_apart = ta.0.is_some()
            && tb.0.is_some()
            && (ta.0 != tb.0 || (ta.1.is_some() && tb.1.is_some() && ta.1 != tb.1));
        if across && timed_apart && lexicon.is_rolling(measure) {
            let (earlier, later) = if ta < tb { (a, b) } else { (b, a) };
            let (qe, ql) = (graph.quantity(earlier)?, graph.quantity(later)?);
            let rose = match (qe.interval.high, ql.interval.low) {
                (Some(high), Some(low)) => low >= high,
                _ => false,
            };
            // A toll that rose is an update whoever gave it; one that fell is a stale figure,
            // unless another source gave it or the report says it was corrected.
            let reported = if lexicon.falls(measure) {
                Mode::Update(Direction::Changed)
            } else if rose {
                Mode::Update(Direction::Up)
            } else if sources_differ {
                Mode::Attributed
            } else if ql.revises {
                return None;
            } else {
                Mode::Update(Direction::Down)
            };
            return (self.mode == reported).then_some((earlier, later));
        }
        if sources_differ {
            // Two sources disagreeing is not an outlet's error; inside one report it is the
            // report doing its job.
            return (self.mode == Mode::Attributed && across).then_some((a, b));
        }
        (self.mode == Mode::Contradiction).then_some((a, b))
    }

    fn widen(&self, interval: Interval) -> Interval {
        let t = self.tolerance;
        Interval {
            low: interval.low.map(|v| v - v.abs() * t.relative - t.absolute),
            high: interval.high.map(|v| v + v.abs() * t.relative + t.absolute),
            inclusive: interval.inclusive,
        }
    }
}

/// How a finding states the figures of a physical reading: with their units as written, and,
/// where the figures are in several units, each converted to the first one's ("more than 1 foot
/// (12 inches)").
struct ReadingUnits<'g> {
    /// The first figure's unit and the words it is written with.
    unit: &'g str,
    words: &'g str,
}

impl<'g> ReadingUnits<'g> {
    fn of(
        graph: &'g ClaimGraph<'_>,
        lexicon: &Lexicon,
        measure: &str,
        involved: &[ClaimId],
    ) -> Option<ReadingUnits<'g>> {
        lexicon.reading_dimension(measure)?;
        let quantities: Vec<&Quantity> = involved
            .iter()
            .filter_map(|&id| graph.quantity(id))
            .collect();
        let unit = quantities.first()?.unit.as_deref()?;
        // The unit's words from a figure other than one ("inches", not "inch").
        let words = quantities
            .iter()
            .filter(|q| q.unit.as_deref() == Some(unit))
            .max_by_key(|q| q.number != 1.0)
            .and_then(|q| q.counted.as_deref())
            .unwrap_or(unit);
        Some(ReadingUnits { unit, words })
    }

    fn value(&self, lexicon: &Lexicon, q: &Quantity) -> String {
        let stated = match q.hedge {
            Hedge::LessThan => format!("less than {}", format_number(q.number)),
            _ => stated_value(q),
        };
        let written = match q.counted.as_deref() {
            Some(words) => format!("{stated} {words}"),
            None => stated,
        };
        let Some(unit) = q.unit.as_deref().filter(|&u| u != self.unit) else {
            return written;
        };
        let converted = crate::parse::units::convert(lexicon, unit, self.unit, q.number);
        // Whole numbers from ten up, a tenth below: "270 km/h (168 mph)", "10 inches (0.8 foot)".
        let rounded = |v: f64| {
            if v.abs() >= 10.0 {
                v.round()
            } else {
                (v * 10.0).round() / 10.0
            }
        };
        match converted {
            Some(v) => format!("{written} ({} {})", format_number(rounded(v)), self.words),
            None => written,
        }
    }
}

/// How far a figure converted from another unit may stray by its rounding: "295 km/h" for 185
/// mph (183.3) and "8 km" for 5 miles (4.97) are the same reading.
const CONVERSION_ROUNDING: f64 = 0.02;

/// A reading's values in the base unit as another unit's figure may round them: 2% either side,
/// and for an exact figure half a step of its last written digit ("1 metre" allows 0.5 to 1.5
/// m, so "3 feet" is the same; "4C" allows 3.5 to 4.5 °C, so "40F" is too).
pub(crate) fn conversion_allowance(lexicon: &Lexicon, q: &Quantity, base: Interval) -> Interval {
    let relative = widen_by(base, CONVERSION_ROUNDING);
    let unit = q.unit.as_deref().unwrap_or_default();
    if q.hedge != Hedge::Exact {
        return relative;
    }
    let half = super::source_support::rounding_step(q.number) / 2.0;
    let to_base = |v: f64| crate::parse::units::to_base(lexicon, unit, v);
    match (to_base(q.number - half), to_base(q.number + half)) {
        (Some(low), Some(high)) => Interval {
            low: Some(low.min(relative.low.unwrap_or(low))),
            high: Some(high.max(relative.high.unwrap_or(high))),
            inclusive: [true, true],
        },
        _ => relative,
    }
}

fn widen_by(interval: Interval, relative: f64) -> Interval {
    Interval {
        low: interval.low.map(|v| v - v.abs() * relative),
        high: interval.high.map(|v| v + v.abs() * relative),
        inclusive: interval.inclusive,
    }
}

/// The values a figure allows, in its dimension's base unit when it is a physical reading
/// ("a foot" and "12 inches" are both 0.3048 m), else as stated.
pub(crate) fn comparable_interval(lexicon: &Lexicon, q: &Quantity, reading: bool) -> Interval {
    let Some(unit) = q.unit.as_deref().filter(|_| reading) else {
        return q.interval;
    };
    let base = |v: f64| crate::parse::units::to_base(lexicon, unit, v);
    if base(1.0).is_none() {
        return q.interval;
    }
    Interval {
        low: q.interval.low.and_then(base),
        high: q.interval.high.and_then(base),
        inclusive: q.interval.inclusive,
    }
}

/// A named source as a set of words, for telling sources apart, or `None` for a source that
/// names no one in particular. A source is named when it has a proper name besides a country
/// ("Kyiv Mayor Vitali Klitschko", "the State Emergency Service", "Russia's Defence Ministry");
/// "officials", "the military", "the regional administration" and "Ukraine's air force" may be
/// what another report calls by another name, so they are not told apart. Two named sources are
/// one when they share a word ("Klitschko" and "Kyiv Mayor Vitali Klitschko").
/// When `opens_sentence`, the first word's capital is the sentence's, not a name's.
fn source_words(lexicon: &Lexicon, source: &str, opens_sentence: bool) -> Option<BTreeSet<String>> {
    let raw: Vec<&str> = source
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let named = raw.iter().enumerate().any(|(i, word)| {
        let bare = crate::lexicon::strip_possessive(word);
        let capitalised = bare.starts_with(char::is_uppercase) && !(i == 0 && opens_sentence);
        let article = i == 0 && matches!(bare, "The" | "A" | "An");
        if !capitalised || article {
            return false;
        }
        let tokens = crate::text::tokens(bare, 0);
        let country = lexicon
            .jurisdiction_forms
            .longest_at(&tokens, 0)
            .is_some_and(|m| m.len == tokens.len())
            || lexicon.place_named(bare).is_some();
        !country
    });
    if !named {
        return None;
    }
    let words: BTreeSet<String> = raw
        .iter()
        .map(|w| crate::lexicon::strip_possessive(&w.to_lowercase()).to_string())
        .filter(|w| !matches!(w.as_str(), "the" | "a" | "an" | "of" | "and" | "in" | "for"))
        .filter(|w| !lexicon.generic_sources.iter().any(|g| g == w))
        .collect();
    (!words.is_empty()).then_some(words)
}

/// The source a figure's sentence names, as written, or "no source named".
fn source_of(graph: &ClaimGraph<'_>, id: ClaimId) -> String {
    graph
        .quantity(id)
        .and_then(|q| q.source.clone())
        .unwrap_or_else(|| "no source named".into())
        .to_string()
        .to_string()
}

/// When a figure's report was published: the date, and the time when it is known.
pub(crate) fn published_at(
    graph: &ClaimGraph<'_>,
    id: ClaimId,
) -> (Option<jiff::civil::Date>, Option<jiff::civil::DateTime>) {
    let published = graph.report(graph.claim(id).report).meta.published;
    (published.map(|p| p.date), published.and_then(|p| p.time))
}

/// A report's publication time as people write it: "2025-09-07 05:40".
fn time_of(graph: &ClaimGraph<'_>, id: ClaimId) -> String {
    match published_at(graph, id) {
        (_, Some(time)) => time.strftime("%Y-%m-%d %H:%M UTC").to_string(),
        (Some(date), None) => date.to_string(),
        (None, None) => "an unknown time".into(),
    }
}

/// Whether two figures' reports were published on the same known day. A running total in
/// words of rough size ("dozens missing") is compared only with figures of its own day: over
/// days, the toll it sizes moves.
fn same_day(graph: &ClaimGraph<'_>, a: ClaimId, b: ClaimId) -> bool {
    let (day_a, day_b) = (published_at(graph, a).0, published_at(graph, b).0);
    day_a.is_some() && day_a == day_b
}

/// How many days before its publication an undated figure may speak of: a report's own news is
/// of the last few days.
const RECENT_DAYS: i64 = 3;

/// Whether the days two figures speak of can meet. A figure's days are those its sentence's
/// date words mean, and a day either side; without any, the few days up to its report's
/// publication. Figures of
/// undated reports are taken to meet anything.
pub(crate) fn dates_meet(graph: &ClaimGraph<'_>, a: ClaimId, b: ClaimId) -> bool {
    figure_days(graph, a, false, false).meet(&figure_days(graph, b, false, false))
}

/// The days a figure speaks of, and whether its sentence has date words.
struct FigureDays {
    dated: bool,
    days: Option<(jiff::civil::Date, jiff::civil::Date)>,
}

impl FigureDays {
    fn meet(&self, other: &FigureDays) -> bool {
        // Two figures without date words are about the reports' news, whatever the days
        // between the reports: the event already ties them together.
        if !self.dated && !other.dated {
            return true;
        }
        match (self.days, other.days) {
            (Some(x), Some(y)) => x.0 <= y.1 && y.0 <= x.1,
            _ => true,
        }
    }
}

/// How many days before its publication an undated physical reading may speak of: a storm's
/// winds, a river's level and a fire's acres move within a day, so a reading without date
/// words is its report's day's (or the day before, for a report of the night).
const READING_DAYS: i64 = 1;

/// The days a figure is about. A running total dated to its report's own day ("on Friday" in
/// Friday's report, "as of Tuesday, October 7" on 7 October) says no more than the report's
/// date does: it is the report's news, as an undated figure is. A physical reading is of the
/// report's day even without date words.
fn figure_days(graph: &ClaimGraph<'_>, id: ClaimId, rolling: bool, reading: bool) -> FigureDays {
    let when = graph.quantity(id).and_then(|q| q.when);
    let Some(published) = graph.report(graph.claim(id).report).meta.published else {
        return FigureDays {
            dated: when.is_some(),
            days: None,
        };
    };
    // A day either side: an overnight attack spans two days, and a toll given "by Thursday"
    // may be one the day before gave as of Wednesday.
    let widen = |day: jiff::civil::Date, by: i64| {
        day.checked_add(jiff::Span::new().days(by)).unwrap_or(day)
    };
    let resolved = when.and_then(|when| crate::time::resolve(when.expr, published.date));
    let own_day = resolved.is_some_and(|d| d.first == published.date && d.last == published.date);
    let before = if reading { READING_DAYS } else { RECENT_DAYS };
    let recent = (widen(published.date, -before), published.date);
    // (A count of one day, read as a reading is, stays that day's.)
    if rolling && own_day && !reading {
        return FigureDays {
            dated: false,
            days: Some(recent),
        };
    }
    // A reading is of the day its words give, not the day either side: winds "on Monday"
    // and "on Tuesday" are two readings.
    let either_side = if reading { 0 } else { 1 };
    FigureDays {
        dated: when.is_some() || reading,
        days: Some(
            resolved
                .map(|d| (widen(d.first, -either_side), widen(d.last, either_side)))
                .unwrap_or(recent),
        ),
    }
}

/// Why two exact figures may differ, when other figures of the event account for the gap: the
/// difference is a figure of another class with the same action ("823 = 810 drones + 13
/// missiles"), or the larger figure is what a class counting both gives.
fn explain_gap(
    graph: &ClaimGraph<'_>,
    lexicon: &Lexicon,
    group: &FigureGroup,
    a: ClaimId,
    b: ClaimId,
) -> Option<String> {
    let (qa, qb) = (graph.quantity(a)?, graph.quantity(b)?);
    if qa.hedge != Hedge::Exact || qb.hedge != Hedge::Exact {
        return None;
    }
    let (low, high) = if qa.number <= qb.number {
        (qa.number, qb.number)
    } else {
        (qb.number, qa.number)
    };
    let gap = high - low;
    let (class, action) = group.measure.split_once('.')?;
    // A class's label, or an open measure's own noun ("passengers" of "passengers.aboard").
    let class_label = |measure: &str| match measure.split_once('.') {
        Some((class, _)) => lexicon
            .class_index(class)
            .map_or_else(|| class.to_string(), |i| lexicon.classes[i].label.clone()),
        None => measure.to_string(),
    };
    let event_claims = graph.measured_in_event(&group.event);
    for id in event_claims {
        let Some(q) = graph.quantity(id) else {
            continue;
        };
        let Some(measure) = q.measure.as_deref() else {
            continue;
        };
        let Some((other_class, other_action)) = measure.split_once('.') else {
            continue;
        };
        if other_action != action || other_class == class || q.hedge != Hedge::Exact {
            continue;
        }
        if q.number == gap {
            return Some(format!(
                "{} = {} {} + {} {}: one report may count {} as {}",
                format_number(high),
                format_number(low),
                class_label(&group.measure),
                format_number(gap),
                class_label(measure),
                class_label(measure),
                class_label(&group.measure),
            ));
        }
    }
    None
}

/// Whose things a figure counts: the nationality in its noun phrase ("Ukrainian drones"), else
/// the actor of an action whose actor owns what it counts ("Russia launched 550 drones"), or
/// the holder of an amount of money ("Venn Corp's profit").
pub(crate) fn side<'q>(lexicon: &Lexicon, q: &'q Quantity) -> Option<&'q str> {
    q.owner.as_deref().or_else(|| {
        let actor_owns = q
            .action
            .as_deref()
            .and_then(|a| lexicon.action_index(a))
            .is_some_and(|a| lexicon.actions[a].actor_owns);
        let money = q
            .unit
            .as_deref()
            .is_some_and(|u| crate::parse::units::is_money(lexicon, u));
        if actor_owns || money {
            q.actor.as_deref()
        } else {
            None
        }
    })
}

/// Whether two figures are the doings of two named actors: "Tarlo Foods will cut 1,200 jobs"
/// and "Venn Corp is cutting 900" count two firms' cuts, whatever their measure says. Names
/// that share a word are one actor written two ways ("Venn Corp", "Venn Corporation";
/// "Tropical Storm Cara", "Hurricane Cara").
fn actors_differ(a: &Quantity, b: &Quantity) -> bool {
    match (a.actor.as_deref(), b.actor.as_deref()) {
        (Some(x), Some(y)) => !x
            .split('-')
            .any(|word| y.split('-').any(|other| other == word)),
        _ => false,
    }
}

/// Whether two figures count the same side's things. A nationality written in the noun phrase
/// is never matched against a figure without one: "drones" and "Ukrainian drones" may be the two
/// sides of one night. A side known only from the actor is, when the group has only that side.
pub(crate) fn same_side(
    lexicon: &Lexicon,
    a: &Quantity,
    b: &Quantity,
    distinct_in_group: usize,
) -> bool {
    match (side(lexicon, a), side(lexicon, b)) {
        (Some(x), Some(y)) => x == y,
        (None, None) => true,
        _ => {
            let written = a.owner.is_some() || b.owner.is_some();
            !written && distinct_in_group <= 1
        }
    }
}

/// Whether two scope values (owner or place) allow comparison. Equal values do; an unscoped
/// figure is compared with a scoped one only when the group has a single scope, since then the
/// unscoped figure can only mean that one.
/// Whether two figures are for the same place. Two places must be the same place. A placed
/// figure and an unplaced one are compared only across reports, when the group names no
/// other place. Inside one report an unplaced figure beside a placed one is the whole beside
/// its part ("72 killed", then "30 from Bogo City").
/// Whether two figures count in the same place. A placed figure and an unplaced one are
/// compared only across reports, and only when the group names one place at most, or when each
/// is the one figure of a measure that does not build up over an area that its report gives
/// (the report's account of the event: "eight items stolen in Paris" against "nine items were
/// stolen"). A toll at a site (a camp, a hospital, an unnamed village) is never compared with
/// an unplaced one: it is not the toll of the event's area.
fn same_scope(
    a: &Quantity,
    b: &Quantity,
    distinct_in_group: usize,
    across: bool,
    rolling: bool,
    both_alone: bool,
) -> bool {
    match (a.place.as_deref(), b.place.as_deref()) {
        (Some(x), Some(y)) => x == y,
        (None, None) => true,
        // A toll at a site ("missing from Camp Mystic", "killed in a village") is not the toll
        // of the event's area.
        (Some(place), None) | (None, Some(place)) if rolling && is_site(place) => false,
        // A toll of several places together ("across Haiti and Jamaica") is the event's toll,
        // as an unplaced one is.
        (Some(place), None) | (None, Some(place)) if rolling && joins_places(place) => across,
        _ => across && (distinct_in_group <= 1 || both_alone),
    }
}

/// A place that joins places: "Haiti and Jamaica", "Haiti, Jamaica and Cuba".
fn joins_places(place: &str) -> bool {
    place.contains(" and ") || place.contains(", ")
}

/// Words that make a place a site within an event's area rather than the area: a camp, a
/// hospital, a school; and places the text does not name ("a local resettlement village").
const SITE_WORDS: &[&str] = &[
    "camp", "hospital", "centre", "center", "school", "airport", "gallery", "museum", "station",
    "market", "prison", "base", "plant", "factory", "mall", "church", "mosque", "stadium",
    "village", "building",
];

fn is_site(place: &str) -> bool {
    let lower = place.to_lowercase();
    lower.starts_with("a ")
        || lower.starts_with("an ")
        || lower
            .split_whitespace()
            .any(|word| SITE_WORDS.contains(&word))
}

/// An amount of money as a reader would say it, in millions or billions: "4.6 billion",
/// "54.8 billion–55 billion" ("4,600,000,000" is hard to read and to compare).
fn in_scale_words(q: &Quantity) -> String {
    let scaled = |v: f64| {
        let (div, word) = match v.abs() {
            a if a >= 1e12 => (1e12, " trillion"),
            a if a >= 1e9 => (1e9, " billion"),
            a if a >= 1e6 => (1e6, " million"),
            _ => (1.0, ""),
        };
        let x = v / div;
        // Up to three decimals, as amounts are written: 4.6, 61.66, 62.375.
        format!("{}{word}", format_number((x * 1000.0).round() / 1000.0))
    };
    match (q.hedge, q.range) {
        (Hedge::Range, Some([low, high])) => format!("{}–{}", scaled(low), scaled(high)),
        (Hedge::LessThan, _) => format!("less than {}", scaled(q.number)),
        _ => format!("{}{}", hedge_words(q.hedge), scaled(q.number)),
    }
}

/// The words a hedge is said with before its number: "at least ", "about ".
fn hedge_words(hedge: Hedge) -> &'static str {
    match hedge {
        Hedge::Exact | Hedge::Range => "",
        Hedge::Approx => "about ",
        Hedge::AtLeast => "at least ",
        Hedge::MoreThan => "more than ",
        Hedge::AtMost => "at most ",
        Hedge::LessThan => "fewer than ",
    }
}

/// The value as a reader would say it: "at least 23", "550", "between 10 and 12".
pub(crate) fn stated_value(q: &Quantity) -> String {
    match (q.hedge, q.range) {
        (Hedge::Range, Some([low, high])) => {
            format!("{}–{}", format_number(low), format_number(high))
        }
        _ => format!("{}{}", hedge_words(q.hedge), format_number(q.number)),
    }
}

fn check_schema() -> schemars::Schema {
    schemars::schema_for!(Params)
}

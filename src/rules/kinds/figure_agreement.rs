//! `figure-agreement`: one measure of one event, given as values that cannot all be true.
//!
//! Figures are intervals (a hedge widens them: "at least 14" is [14, ∞)); two figures conflict
//! when their intervals, widened by the rule's tolerance, do not meet. Only totals are compared:
//! parts, subsets, increments and modifiers are other quantities. Figures that a noun phrase
//! scopes differently (Russian vs Ukrainian drones, Kyiv vs Kharkiv) are compared only when the
//! scope leaves no doubt.

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
}

fn compile(input: &KindInput<'_>) -> Result<Box<dyn RuleKind>, Vec<Problem>> {
    let params: Params = read_check(input)?;
    let mut problems = Vec::new();
    for measure in &params.measures {
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
    let t = params.tolerance;
    if !(t.relative >= 0.0 && t.absolute >= 0.0 && t.relative.is_finite() && t.absolute.is_finite())
    {
        problems.push(
            Problem::new(&input.file.path, "tolerance must be zero or positive")
                .with_help("write tolerance = { relative = 0.05 } for 5%"),
        );
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Box::new(FigureAgreement {
        scope: params.scope,
        tolerance: params.tolerance,
        measures: params
            .measures
            .into_iter()
            .map(Spanned::into_inner)
            .collect(),
    }))
}

impl RuleKind for FigureAgreement {
    fn run(&self, graph: &ClaimGraph<'_>, ctx: Context<'_>) -> Vec<RawFinding> {
        let lexicon = ctx.lexicon;
        let mut findings = Vec::new();
        for group in graph.figure_groups() {
            if !self.measures.is_empty() && !self.measures.contains(&group.measure) {
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
                        if let Some(f) = self.conflict(graph, lexicon, &group, claims, false) {
                            findings.push(f);
                        }
                    }
                }
                Scope::AcrossReports => {
                    if let Some(f) = self.conflict(graph, lexicon, &group, &group.claims, true) {
                        findings.push(f);
                    }
                }
            }
        }
        findings
    }
}

impl FigureAgreement {
    /// The finding for a set of comparable claims, if any two of them conflict.
    fn conflict(
        &self,
        graph: &ClaimGraph<'_>,
        lexicon: &Lexicon,
        group: &FigureGroup,
        claims: &[ClaimId],
        across: bool,
    ) -> Option<RawFinding> {
        let quantities: Vec<(ClaimId, &Quantity)> = claims
            .iter()
            .filter_map(|&id| graph.quantity(id).map(|q| (id, q)))
            .collect();
        let places: BTreeSet<&str> = quantities
            .iter()
            .filter_map(|(_, q)| q.place.as_deref())
            .collect();
        let sides: BTreeSet<&str> = quantities
            .iter()
            .filter_map(|(_, q)| side(lexicon, q))
            .collect();

        let mut pairs = Vec::new();
        for (i, &(a, qa)) in quantities.iter().enumerate() {
            for &(b, qb) in &quantities[i + 1..] {
                let different_reports = graph.claim(a).report != graph.claim(b).report;
                if across != different_reports {
                    continue;
                }
                if !same_side(lexicon, qa, qb, sides.len())
                    || !same_scope(qa.place.as_deref(), qb.place.as_deref(), places.len())
                    || qa.occasion != qb.occasion
                {
                    continue;
                }
                if self
                    .widen(qa.interval)
                    .is_disjoint(&self.widen(qb.interval))
                {
                    pairs.push((a, b));
                }
            }
        }
        let &(first_a, first_b) = pairs.first()?;

        // Every claim in a conflicting pair, one per report when comparing across reports.
        let mut involved: Vec<ClaimId> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
        involved.sort_by_key(|&id| (graph.claim(id).report, graph.claim(id).span.start));
        involved.dedup();
        if across {
            let mut seen = BTreeSet::new();
            involved.retain(|&id| seen.insert(graph.claim(id).report));
            if !involved.contains(&first_b) {
                involved.push(first_b);
            }
        }

        let measure = lexicon.measure_label(&group.measure);
        let mut values = BTreeMap::new();
        let describe = |id: ClaimId| {
            let q = graph.quantity(id).expect("figure groups hold quantities");
            let who = graph.report(graph.claim(id).report).label();
            (who, stated_value(q))
        };
        let listed: Vec<String> = involved
            .iter()
            .map(|&id| {
                let (who, value) = describe(id);
                if across {
                    format!("{value} ({who})")
                } else {
                    value
                }
            })
            .collect();
        let (a_outlet, a_value) = describe(first_a);
        let (b_outlet, b_value) = describe(first_b);
        values.insert("measure", measure.clone());
        values.insert("values", listed.join(", "));
        values.insert("event", group.event.to_string());
        values.insert("count", involved.len().to_string());
        values.insert("a.outlet", a_outlet);
        values.insert("a.value", a_value);
        values.insert("b.outlet", b_outlet);
        values.insert("b.value", b_value);

        let locations = involved
            .iter()
            .map(|&id| {
                let claim = graph.claim(id);
                let (who, value) = describe(id);
                Location {
                    report: claim.report,
                    span: claim.span,
                    value: if across {
                        format!("{who}: {value} {measure}")
                    } else {
                        format!("{value} {measure}")
                    },
                }
            })
            .collect();
        let because = if across {
            format!(
                "compared because they are {} and count {measure}",
                group.event
            )
        } else {
            format!("compared because one report gives both as {measure}")
        };
        Some(RawFinding {
            locations,
            values,
            because,
            note: None,
        })
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

/// Whose things a figure counts: the nationality in its noun phrase ("Ukrainian drones"), else
/// the actor of an action whose actor owns what it counts ("Russia launched 550 drones").
pub(crate) fn side<'q>(lexicon: &Lexicon, q: &'q Quantity) -> Option<&'q str> {
    q.owner.as_deref().or_else(|| {
        let actor_owns = q
            .action
            .as_deref()
            .and_then(|a| lexicon.action_index(a))
            .is_some_and(|a| lexicon.actions[a].actor_owns);
        if actor_owns { q.actor.as_deref() } else { None }
    })
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
fn same_scope(a: Option<&str>, b: Option<&str>, distinct_in_group: usize) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        (None, None) => true,
        _ => distinct_in_group <= 1,
    }
}

/// The value as a reader would say it: "at least 23", "550", "between 10 and 12".
pub(crate) fn stated_value(q: &Quantity) -> String {
    let n = format_number(q.number);
    match q.hedge {
        Hedge::Exact => n,
        Hedge::Approx => format!("about {n}"),
        Hedge::AtLeast => format!("at least {n}"),
        Hedge::MoreThan => format!("more than {n}"),
        Hedge::AtMost => format!("at most {n}"),
        Hedge::LessThan => format!("fewer than {n}"),
        Hedge::Range => match q.range {
            Some([low, high]) => format!("{}–{}", format_number(low), format_number(high)),
            None => n,
        },
    }
}

fn check_schema() -> schemars::Schema {
    schemars::schema_for!(Params)
}

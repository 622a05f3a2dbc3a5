//! `part-whole`: parts that add up to more than their whole. "35 shot down and 58 jammed" cannot
//! exceed "108 launched"; "two children" cannot exceed the people killed; hostages released
//! cannot exceed hostages held.
//!
//! Within one report, the figures of the part measures (the largest the report gives for each)
//! are summed and compared with the smallest figure for the whole. Across reports of one event,
//! each part is compared alone with the whole, since reports may count parts differently.
//! Figures are compared only when they count the same side's things and the same occasion.
//!
//! With `breakdown = true` the rule reads breakdowns instead: a total followed in its sentence by
//! the figures of its parts ("818 drones and missiles in all: 810 drones and 13 missiles"). The
//! parts may never add up to more than the total; when the breakdown is written as complete (a
//! colon or dash, or "made up of"), they must also reach it. After "including" a breakdown may
//! leave things out, so only an excess is flagged.
//!
//! With `places = true` the parts are places: a figure for a place may not exceed the figure of
//! the same measure for a place it lies within (the lexicon's `[[place]]` `within` links): more
//! people killed in Kyiv than across Ukraine cannot both be true.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Deserialize;
use toml::Spanned;

use super::figure_agreement::{
    PAIR_REACH, dates_meet, published_at, same_side, side, stated_value,
};
use super::{KindDef, KindInput, RawFinding, RuleKind, Scope, read_check};
use crate::claim::{QuantityRole, ReportIndex, format_number};
use crate::engine::Context;
use crate::finding::Location;
use crate::graph::{ClaimGraph, ClaimId};
use crate::lexicon::Lexicon;
use crate::problem::Problem;
use crate::span::Span;

pub(super) const KIND: KindDef = KindDef {
    name: "part-whole",
    summary: "Parts that add up to more than their whole.",
    placeholders: &["whole", "parts", "sum", "whole.value", "whole.outlet"],
    relies_on: "the lexicon's measures named in `parts` and `whole`, and the same reading of figures as figure-agreement",
    template: include_str!("templates/part-whole.toml"),
    check_schema,
    compile,
};

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Params {
    /// The measures that are parts of the whole; their figures are summed within a report.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    parts: Vec<Spanned<String>>,
    /// The measure of the whole.
    #[schemars(with = "Option<String>")]
    whole: Option<Spanned<String>>,
    #[serde(default = "within_report")]
    scope: Scope,
    /// Read breakdowns of a total into its parts within one sentence, instead of summing the
    /// part measures of a report. The classes of `whole` and `parts` are what count: the
    /// breakdown is read for any action they share.
    #[serde(default)]
    breakdown: bool,
    /// Compare figures for a place with figures for the places it lies within, for every
    /// measure, instead of `parts` with `whole`.
    #[serde(default)]
    places: bool,
}

fn within_report() -> Scope {
    Scope::WithinReport
}

struct PartWhole {
    parts: Vec<String>,
    whole: String,
    scope: Scope,
    breakdown: bool,
    places: bool,
}

fn compile(input: &KindInput<'_>) -> Result<Box<dyn RuleKind>, Vec<Problem>> {
    let params: Params = read_check(input)?;
    let mut problems = Vec::new();
    let known = || input.lexicon.measure_ids().collect::<Vec<_>>().join(", ");
    let mut check = |m: &Spanned<String>| {
        if !input.lexicon.has_measure(m.get_ref()) {
            problems.push(
                Problem::new(
                    &input.file.path,
                    format!("unknown measure `{}`", m.get_ref()),
                )
                .at(&input.file.text, Span::new(m.span().start, m.span().end))
                .with_help(format!("measures the lexicon declares: {}", known())),
            );
        }
    };
    params.parts.iter().for_each(&mut check);
    if let Some(whole) = &params.whole {
        check(whole);
    }
    if !params.places && (params.whole.is_none() || params.parts.is_empty()) {
        problems.push(
            Problem::new(&input.file.path, "a part-whole rule needs `whole` and at least one of `parts` in its [check] table")
                .with_help("for example: parts = [\"drones.intercepted\", \"drones.jammed\"], whole = \"drones.launched\""),
        );
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Box::new(PartWhole {
        parts: params.parts.into_iter().map(Spanned::into_inner).collect(),
        whole: params.whole.map(Spanned::into_inner).unwrap_or_default(),
        scope: params.scope,
        breakdown: params.breakdown,
        places: params.places,
    }))
}

impl RuleKind for PartWhole {
    fn run(&self, graph: &ClaimGraph<'_>, ctx: Context<'_>) -> Vec<RawFinding> {
        let lexicon = ctx.lexicon;
        if self.breakdown {
            return self.breakdowns(graph, lexicon);
        }
        if self.places {
            return places_exceed(graph, lexicon);
        }
        let mut findings = Vec::new();
        for (event, claims) in graph.measured_by_event() {
            let of = |measure: &str| -> Vec<ClaimId> {
                claims
                    .iter()
                    .copied()
                    .filter(|&id| {
                        graph
                            .quantity(id)
                            .is_some_and(|q| q.measure.as_deref() == Some(measure))
                    })
                    .collect()
            };
            let wholes = of(&self.whole);
            if wholes.is_empty() {
                continue;
            }
            let groups: Vec<(Option<ReportIndex>, Vec<ClaimId>)> = match self.scope {
                Scope::WithinReport => {
                    // One pass: an event may hold thousands of reports.
                    let mut by_report: BTreeMap<ReportIndex, Vec<ClaimId>> = BTreeMap::new();
                    for &id in &claims {
                        by_report
                            .entry(graph.claim(id).report)
                            .or_default()
                            .push(id);
                    }
                    by_report
                        .into_iter()
                        .map(|(r, ids)| (Some(r), ids))
                        .collect()
                }
                Scope::AcrossReports => vec![(None, claims.clone())],
            };
            // Wholes and parts by report, so that each report's group reads only its own.
            let by_report = |ids: Vec<ClaimId>| {
                let mut map: BTreeMap<Option<ReportIndex>, Vec<ClaimId>> = BTreeMap::new();
                for id in ids {
                    let report = match self.scope {
                        Scope::WithinReport => Some(graph.claim(id).report),
                        Scope::AcrossReports => None,
                    };
                    map.entry(report).or_default().push(id);
                }
                map
            };
            let wholes = by_report(wholes);
            let parts: Vec<_> = self.parts.iter().map(|part| by_report(of(part))).collect();
            let none: Vec<ClaimId> = Vec::new();
            for (report, mut members) in groups {
                // Looked up by binary search: a report may hold thousands of figures.
                members.sort_unstable();
                crate::text::work::add(members.len() as u64);
                let member = |id: &ClaimId| members.binary_search(id).is_ok();
                let whole_claims: Vec<ClaimId> = wholes
                    .get(&report)
                    .unwrap_or(&none)
                    .iter()
                    .copied()
                    .filter(|id| member(id))
                    .collect();
                // For each place the whole is given for (or none), its smallest upper bound is
                // the tightest thing it says: a county's toll is not the state's.
                let mut tightest: BTreeMap<Option<&str>, ClaimId> = BTreeMap::new();
                for &id in &whole_claims {
                    let q = graph.quantity(id).expect("a quantity");
                    let Some(high) = q.interval.high else {
                        continue;
                    };
                    if q.occasion.is_some() || q.cumulative {
                        continue;
                    }
                    let best = tightest.entry(q.place.as_deref()).or_insert(id);
                    let best_high = graph
                        .quantity(*best)
                        .and_then(|b| b.interval.high)
                        .unwrap_or(f64::INFINITY);
                    if high < best_high {
                        *best = id;
                    }
                }
                let whole_places = tightest.len();
                for (_, whole) in tightest {
                    let wq = graph.quantity(whole).expect("a quantity");
                    let whole_high = wq.interval.high.unwrap_or(f64::INFINITY);
                    // For each part measure, the largest lower bound given for it on the same side.
                    let mut chosen: Vec<ClaimId> = Vec::new();
                    for part in &parts {
                        let best = part
                            .get(&report)
                            .unwrap_or(&none)
                            .iter()
                            .copied()
                            .filter(|id| member(id))
                            .filter(|&id| {
                                let q = graph.quantity(id).expect("a quantity");
                                q.occasion.is_none()
                                    && !q.cumulative
                                    && same_side(
                                        lexicon,
                                        q,
                                        wq,
                                        usize::from(
                                            side(lexicon, q).is_some()
                                                || side(lexicon, wq).is_some(),
                                        ),
                                    )
                            })
                            .filter(|&id| {
                                report.is_some()
                                    || graph.claim(id).report != graph.claim(whole).report
                            })
                            // A part counts in its whole's place; an unplaced part, when the whole is
                            // given for one place only.
                            .filter(|&id| {
                                let q = graph.quantity(id).expect("a quantity");
                                q.place == wq.place || (q.place.is_none() && whole_places == 1)
                            })
                            .max_by(|&a, &b| low(graph, a).total_cmp(&low(graph, b)));
                        if let Some(best) = best {
                            chosen.push(best);
                        }
                    }
                    let lows: Vec<f64> = chosen.iter().map(|&id| low(graph, id)).collect();
                    let exceeding: Vec<ClaimId> = match report {
                        Some(_) => {
                            if lows.iter().sum::<f64>() > whole_high {
                                chosen.clone()
                            } else {
                                Vec::new()
                            }
                        }
                        None => chosen
                            .iter()
                            .zip(&lows)
                            .filter(|(_, low)| **low > whole_high)
                            .map(|(&id, _)| id)
                            .collect(),
                    };
                    if exceeding.is_empty() {
                        continue;
                    }
                    let sum: f64 = exceeding.iter().map(|&id| low(graph, id)).sum();
                    let label = |id: ClaimId| {
                        let q = graph.quantity(id).expect("a quantity");
                        format!(
                            "{} {}",
                            stated_value(q),
                            lexicon.measure_label(q.measure.as_deref().unwrap_or_default())
                        )
                    };
                    let parts_text: Vec<String> = exceeding.iter().map(|&id| label(id)).collect();
                    let whole_outlet = graph.report(graph.claim(whole).report).label();
                    let mut values = BTreeMap::new();
                    values.insert("whole", label(whole));
                    values.insert("parts", parts_text.join(" + "));
                    values.insert("sum", format_number(sum));
                    values.insert("whole.value", stated_value(wq));
                    values.insert("whole.outlet", whole_outlet);
                    // The whole and its restatements in the same report ("39 civilians" and
                    // "39 people in Dnipro").
                    let mut locations: Vec<Location> = whole_claims
                        .iter()
                        .copied()
                        .filter(|&id| {
                            id == whole
                                || (graph.claim(id).report == graph.claim(whole).report
                                    && graph
                                        .quantity(id)
                                        .is_some_and(|q| q.interval == wq.interval))
                        })
                        .map(|id| Location {
                            report: graph.claim(id).report,
                            span: graph.claim(id).span,
                            value: format!("the whole: {}", label(id)),
                        })
                        .collect();
                    for &id in &exceeding {
                        locations.push(Location {
                            report: graph.claim(id).report,
                            span: graph.claim(id).span,
                            value: format!("a part: {}", label(id)),
                        });
                    }
                    findings.push(RawFinding {
                        locations,
                        values,
                        because: format!(
                            "compared because {} are part of {} ({})",
                            self.parts
                                .iter()
                                .map(|p| lexicon.measure_label(p))
                                .collect::<Vec<_>>()
                                .join(" and "),
                            lexicon.measure_label(&self.whole),
                            event
                        ),
                        note: None,
                        fix: None,
                    });
                }
            }
        }
        findings
    }
}

impl PartWhole {
    /// Totals whose breakdown in the same sentence does not add up.
    fn breakdowns(&self, graph: &ClaimGraph<'_>, lexicon: &Lexicon) -> Vec<RawFinding> {
        let class_of = |measure: &str| measure.split_once('.').map(|(c, _)| c.to_string());
        let part_classes: BTreeSet<String> =
            self.parts.iter().filter_map(|p| class_of(p)).collect();
        // A breakdown holds for every action: "launched 823 … : 810 drones and 13 missiles" and
        // "shot down 751 … : 747 drones and 4 missiles" alike.
        let whole_class = class_of(&self.whole);
        let mut findings = Vec::new();
        for report in 0..graph.reports().len() {
            let report = ReportIndex(report);
            let claims: Vec<ClaimId> = graph
                .claims_in(report)
                .into_iter()
                .filter(|&id| graph.quantity(id).is_some())
                .collect();
            for (i, &whole) in claims.iter().enumerate() {
                let wq = graph.quantity(whole).expect("a quantity");
                if wq.class.as_deref() != whole_class.as_deref()
                    || wq.role == QuantityRole::Modifier
                {
                    continue;
                }
                let whole_action = wq
                    .measure
                    .as_deref()
                    .and_then(|m| m.split_once('.'))
                    .map(|(_, a)| a.to_string());
                let sentence = graph.claim(whole).sentence;
                // The parts: the figures that follow in the sentence and count a part's class,
                // with the whole's action or none, up to the first that does not.
                let parts: Vec<ClaimId> = claims[i + 1..]
                    .iter()
                    .copied()
                    .take_while(|&id| {
                        let q = graph.quantity(id).expect("a quantity");
                        graph.claim(id).sentence == sentence
                            && q.role != QuantityRole::Modifier
                            && q.class
                                .as_ref()
                                .is_some_and(|c| part_classes.contains(c.as_str()))
                            && q.measure
                                .as_deref()
                                .and_then(|m| m.split_once('.'))
                                .is_none_or(|(_, action)| Some(action.to_string()) == whole_action)
                    })
                    .collect();
                if parts.is_empty() {
                    continue;
                }
                // Read at extraction: the words between the total and its first part.
                let complete = wq.breakdown_follows;
                let sum_low: f64 = parts.iter().map(|&id| low(graph, id)).sum();
                let sum_high: Option<f64> = parts
                    .iter()
                    .map(|&id| graph.quantity(id).and_then(|q| q.interval.high))
                    .sum();
                let exceeds = wq.interval.high.is_some_and(|high| sum_low > high);
                let short = complete
                    && parts.len() >= 2
                    && matches!((sum_high, wq.interval.low), (Some(sum), Some(low)) if sum < low);
                if !exceeds && !short {
                    continue;
                }
                // Parts as written ("1 Kinzhal", "6 Iskander-M"), else by their class.
                let label = |id: ClaimId| {
                    let q = graph.quantity(id).expect("a quantity");
                    let noun = q.counted.clone().unwrap_or_else(|| {
                        q.class
                            .as_deref()
                            .and_then(|c| lexicon.class_index(c))
                            .map_or_else(String::new, |c| lexicon.classes[c].label.clone())
                            .into()
                    });
                    format!("{} {noun}", stated_value(q))
                };
                let sum = if sum_high == Some(sum_low) {
                    format_number(sum_low)
                } else {
                    format!("at least {}", format_number(sum_low))
                };
                let mut values = BTreeMap::new();
                values.insert("whole", label(whole));
                values.insert(
                    "parts",
                    parts
                        .iter()
                        .map(|&id| label(id))
                        .collect::<Vec<_>>()
                        .join(" + "),
                );
                values.insert("sum", sum.clone());
                values.insert("whole.value", stated_value(wq));
                values.insert("whole.outlet", graph.report(report).label());
                let mut locations = vec![Location {
                    report,
                    span: graph.claim(whole).span,
                    value: format!("the total: {}", label(whole)),
                }];
                for &id in &parts {
                    locations.push(Location {
                        report,
                        span: graph.claim(id).span,
                        value: format!("a part: {}", label(id)),
                    });
                }
                findings.push(RawFinding {
                    locations,
                    values,
                    because: format!(
                        "compared because the sentence breaks {} down into its parts{}",
                        label(whole),
                        if complete { ", as a complete list" } else { "" }
                    ),
                    note: Some(if exceeds {
                        format!("the parts add up to {sum}, more than the total")
                    } else {
                        format!("the parts add up to {sum}, less than the total, and the breakdown is written as complete")
                    }),
                    fix: None,
                });
            }
        }
        findings
    }
}

/// Figures for a place that exceed the figure of the same measure for a place it lies within.
fn places_exceed(graph: &ClaimGraph<'_>, lexicon: &Lexicon) -> Vec<RawFinding> {
    let mut findings = Vec::new();
    for group in graph.figure_groups() {
        let placed: Vec<(ClaimId, &str)> = group
            .claims
            .iter()
            .filter_map(|&id| Some((id, graph.quantity(id)?.place.as_deref()?)))
            .collect();
        // Whether one place lies within another, asked once per pair of places, not per pair
        // of figures; and each figure is set against the first `PAIR_REACH` placed figures of
        // its group at most, so that a group of thousands costs linear time.
        let mut within: HashMap<(&str, &str), bool> = HashMap::new();
        let mut exceeding = None;
        'inner: for &(inner, inner_place) in &placed {
            crate::text::work::add(placed.len().min(PAIR_REACH) as u64);
            for &(outer, outer_place) in placed.iter().take(PAIR_REACH) {
                let is_within = *within
                    .entry((inner_place, outer_place))
                    .or_insert_with(|| lexicon.place_within(inner_place, outer_place));
                if !is_within {
                    continue;
                }
                if let Some(pair) = place_exceeds(graph, lexicon, &group.measure, inner, outer) {
                    exceeding = Some(pair);
                    break 'inner;
                }
            }
        }
        let Some((inner, outer)) = exceeding else {
            continue;
        };
        let measure = lexicon.measure_label(&group.measure);
        let label = |id: ClaimId| {
            let q = graph.quantity(id).expect("a quantity");
            format!(
                "{} {measure} in {}",
                stated_value(q),
                q.place.as_deref().unwrap_or_default()
            )
        };
        let mut values = BTreeMap::new();
        values.insert("whole", label(outer));
        values.insert("parts", label(inner));
        values.insert(
            "sum",
            stated_value(graph.quantity(inner).expect("a quantity")),
        );
        values.insert(
            "whole.value",
            stated_value(graph.quantity(outer).expect("a quantity")),
        );
        values.insert(
            "whole.outlet",
            graph.report(graph.claim(outer).report).label(),
        );
        let location = |id: ClaimId, role: &str| Location {
            report: graph.claim(id).report,
            span: graph.claim(id).span,
            value: format!(
                "{role}: {} ({})",
                label(id),
                graph.report(graph.claim(id).report).label()
            ),
        };
        findings.push(RawFinding {
            locations: vec![
                location(inner, "the place"),
                location(outer, "the wider area"),
            ],
            values,
            because: format!(
                "compared because {} lies within {} ({})",
                graph
                    .quantity(inner)
                    .and_then(|q| q.place.clone())
                    .unwrap_or_default(),
                graph
                    .quantity(outer)
                    .and_then(|q| q.place.clone())
                    .unwrap_or_default(),
                group.event
            ),
            note: None,
            fix: None,
        });
    }
    findings
}

fn check_schema() -> schemars::Schema {
    schemars::schema_for!(Params)
}

/// The least a figure allows (0 when it has no lower bound).
fn low(graph: &ClaimGraph<'_>, id: ClaimId) -> f64 {
    graph
        .quantity(id)
        .and_then(|q| q.interval.low)
        .unwrap_or(0.0)
}

/// The pair when the figure for a place inside another exceeds the other's figure, both of one
/// occasion, side and day, and the inner one not simply newer (the caller knows the places nest).
fn place_exceeds(
    graph: &ClaimGraph<'_>,
    lexicon: &Lexicon,
    measure: &str,
    inner: ClaimId,
    outer: ClaimId,
) -> Option<(ClaimId, ClaimId)> {
    let (qi, qo) = (graph.quantity(inner)?, graph.quantity(outer)?);
    let comparable = qi.occasion_key() == qo.occasion_key()
        && same_side(lexicon, qi, qo, 1)
        && dates_meet(graph, inner, outer);
    // A later local toll above an earlier national one is the national toll
    // going out of date, not a contradiction.
    let (ti, to) = (published_at(graph, inner), published_at(graph, outer));
    let outdated = lexicon.is_rolling(measure) && ti.1.is_some() && to.1.is_some() && ti > to;
    let exceeds = qo
        .interval
        .high
        .is_some_and(|high| low(graph, inner) > high);
    (comparable && !outdated && exceeds).then_some((inner, outer))
}

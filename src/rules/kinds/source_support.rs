//! `source-support`: a draft (a rewrite, summary, headline set or translation) against the
//! reports it is based on. Every figure, title, name and date of a report whose role is
//! `draft` must be supported by a report whose role is `source` (`review --source`, `check
//! --source`, or `role = "draft"` in a rule example). Each of the draft's claims is:
//!
//! - **contradicted** when the sources state the same thing otherwise: a figure of the same
//!   measure whose values cannot meet the draft's ("312 deaths" where the source says 311), a
//!   title of the same person with another office or a former/current qualifier the other way,
//!   a name the sources spell otherwise for the same person, a date of the event on another
//!   day;
//! - **weakened** when the draft allows less than the source says and nothing it rules out is
//!   true ("over 30" where the source says "more than 60");
//! - **unsupported** when the sources never state it: no figure of its measure and no number of
//!   its value and unit, a person no source names, an event date no source gives.
//!
//! Rounding and hedges the source allows ("around 640" for 640, "$4.6 billion" for "$4.63
//! billion", "more than 1,000" for 1,200) are supported.

use std::collections::HashMap;

use serde::Deserialize;

use super::{KindDef, KindInput, RawFinding, RuleKind, read_check};
use crate::claim::{
    Claim, ClaimKind, Elapsed, Hedge, Interval, Qualifier, Quantity, QuantityRole, Role, TimeUnit,
};
use crate::engine::Context;
use crate::finding::Location;
use crate::graph::{ClaimGraph, ClaimId};
use crate::lexicon::Lexicon;
use crate::parse::people::same_person;
use crate::problem::Problem;
use crate::report::ReportRole;
use crate::time::{DateRange, resolve};

pub(super) const KIND: KindDef = KindDef {
    name: "source-support",
    summary: "A draft's figure, title, name or date that its sources contradict, weaken or never state.",
    placeholders: &["what", "draft", "source", "source.outlet", "period"],
    relies_on: "the reports' roles (draft or source, from `review --source` or `check --source`), the measures, hedges and rounding of figures, the people's names and titles, and event dates resolved against the publication dates",
    template: include_str!("templates/source-support.toml"),
    check_schema,
    compile,
};

/// Which verdict a rule reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The sources state it otherwise.
    #[default]
    Contradicted,
    /// The draft allows less than the sources say.
    Weakened,
    /// No source states it.
    Unsupported,
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Params {
    /// `contradicted`, `weakened` or `unsupported`.
    #[serde(default)]
    finding: Verdict,
}

struct SourceSupport {
    verdict: Verdict,
}

fn compile(input: &KindInput<'_>) -> Result<Box<dyn RuleKind>, Vec<Problem>> {
    let params: Params = read_check(input)?;
    Ok(Box::new(SourceSupport {
        verdict: params.finding,
    }))
}

fn check_schema() -> schemars::Schema {
    schemars::schema_for!(Params)
}

/// What a draft claim's check came to, with the source claim it rests on.
enum Outcome {
    Supported,
    Contradicted(ClaimId),
    Weakened(ClaimId),
    Unsupported,
}

impl RuleKind for SourceSupport {
    fn run(&self, graph: &ClaimGraph<'_>, ctx: Context<'_>) -> Vec<RawFinding> {
        let role = |id: ClaimId| graph.report(graph.claim(id).report).meta.role;
        let sources: Vec<ClaimId> = graph
            .claims()
            .map(|(id, _)| id)
            .filter(|&id| role(id) == ReportRole::Source)
            .collect();
        if sources.is_empty() {
            return Vec::new();
        }
        let mut findings: Vec<(ClaimId, Option<ClaimId>)> = Vec::new();
        // Sentences reported for giving their figures another period, with the finding kept:
        // "third-quarter profit rose 14% to 820 million euros" is one error, told at its level
        // (the 820 million) rather than its change where it gives both.
        let mut other_period_in: HashMap<_, usize> = HashMap::new();
        for (id, claim) in graph.claims() {
            if role(id) != ReportRole::Draft {
                continue;
            }
            let outcome = match &claim.kind {
                ClaimKind::Quantity(q) => figure(graph, ctx.lexicon, q, &sources),
                ClaimKind::Role(r) => title(graph, ctx.lexicon, r, claim, &sources),
                ClaimKind::Name(n) => name(graph, ctx.lexicon, &n.written, &sources),
                ClaimKind::Date(_) => date(graph, claim, &sources),
                ClaimKind::Elapsed(e) => elapsed(graph, e, &sources),
            };
            let (verdict, source) = match outcome {
                Some(Outcome::Contradicted(s)) => (Verdict::Contradicted, Some(s)),
                Some(Outcome::Weakened(s)) => (Verdict::Weakened, Some(s)),
                Some(Outcome::Unsupported) => (Verdict::Unsupported, None),
                Some(Outcome::Supported) | None => continue,
            };
            if verdict != self.verdict {
                continue;
            }
            if let Some(s) = source
                && periods_apart(graph, id, s).is_some()
            {
                let level = |id: ClaimId| graph.quantity(id).is_some_and(|q| q.change.is_none());
                match other_period_in.entry((claim.report, claim.sentence)) {
                    std::collections::hash_map::Entry::Occupied(kept) => {
                        let at = *kept.get();
                        if level(id) && !level(findings[at].0) {
                            findings[at] = (id, source);
                        }
                        continue;
                    }
                    std::collections::hash_map::Entry::Vacant(slot) => {
                        slot.insert(findings.len());
                    }
                }
            }
            findings.push((id, source));
        }
        findings
            .into_iter()
            .map(|(id, source)| raw_finding(graph, id, source))
            .collect()
    }
}

fn raw_finding(graph: &ClaimGraph<'_>, id: ClaimId, source: Option<ClaimId>) -> RawFinding {
    let claim = graph.claim(id);
    let what = match claim.kind {
        ClaimKind::Quantity(_) => "figure",
        ClaimKind::Role(_) => "title",
        ClaimKind::Name(_) => "name",
        ClaimKind::Date(_) => "date",
        ClaimKind::Elapsed(_) => "duration",
    };
    let mut values = std::collections::BTreeMap::new();
    values.insert("what", what.to_string());
    values.insert("draft", claim.text.to_string());
    let mut locations = vec![Location {
        report: claim.report,
        span: claim.span,
        value: format!("the draft: {}", claim.text),
    }];
    let because = match source {
        Some(s) => {
            let source_claim = graph.claim(s);
            let outlet = graph.report(source_claim.report).label();
            values.insert("source", source_claim.text.to_string());
            values.insert("source.outlet", outlet.clone());
            locations.push(Location {
                report: source_claim.report,
                span: source_claim.span,
                value: format!("{outlet}: {}", source_claim.text),
            });
            format!("the draft's {what} and {outlet}'s are of the same thing")
        }
        None => {
            values.insert("source", String::new());
            values.insert("source.outlet", String::new());
            format!("no source states the draft's {what}")
        }
    };
    // "the draft's second quarter, the source's third".
    let periods = source.and_then(|s| periods_apart(graph, id, s));
    let note = periods.map(|(ours, theirs)| {
        format!(
            "the same figure of another period: the draft gives it as {}'s, the source as {}'s",
            period_words(ours),
            period_words(theirs)
        )
    });
    // "…; the source says "$212 million" for the third quarter, not the second quarter".
    values.insert(
        "period",
        periods.map_or(String::new(), |(ours, theirs)| {
            format!(" for {}, not {}", period_words(theirs), period_words(ours))
        }),
    );
    RawFinding {
        locations,
        values,
        because,
        note,
        fix: None,
    }
}

/// A figure: against the sources' figures of its measure, else any figure of its value and
/// unit.
fn figure(
    graph: &ClaimGraph<'_>,
    lexicon: &Lexicon,
    q: &Quantity,
    sources: &[ClaimId],
) -> Option<Outcome> {
    if q.role == QuantityRole::Modifier || q.occasion.is_some() {
        return None;
    }
    let q = &as_percentage(q);
    // Every figure of the sources may state the draft's; only those of the event itself can
    // contradict it (a figure of another occasion is another thing). A source's figure is
    // held in the draft's unit where it is of the draft's measure, or has none and is the
    // sources' one figure of its dimension: "12,400 hectares" is the "124 square kilometres",
    // but not beside "30 square kilometres of forest".
    let theirs: Vec<(ClaimId, Quantity)> = sources
        .iter()
        .filter_map(|&s| graph.quantity(s).map(|sq| (s, as_percentage(sq))))
        .collect();
    let dimension = |q: &Quantity| {
        q.unit
            .as_deref()
            .and_then(|u| crate::parse::units::info(lexicon, u))
            .map(|info| info.dimension.as_str())
    };
    let mut per_dimension: HashMap<&str, usize> = HashMap::new();
    for (_, sq) in &theirs {
        if let Some(d) = dimension(sq) {
            *per_dimension.entry(d).or_default() += 1;
        }
    }
    let converted: Vec<(ClaimId, Quantity)> = theirs
        .iter()
        .map(|(s, sq)| {
            let alone = dimension(sq).is_some_and(|d| per_dimension[d] == 1);
            let convert =
                q.measure.is_some() && q.measure == sq.measure || sq.measure.is_none() && alone;
            (
                *s,
                if convert {
                    in_unit_of(lexicon, q, sq)
                } else {
                    sq.clone()
                },
            )
        })
        .collect();
    let all: Vec<(ClaimId, &Quantity)> = converted.iter().map(|(s, sq)| (*s, sq)).collect();
    let mut per_unit: HashMap<&str, usize> = HashMap::new();
    for (_, sq) in &all {
        if let Some(u) = sq.unit.as_deref() {
            *per_unit.entry(u).or_default() += 1;
        }
    }
    // The same thing: the same measure, or, where either has none, the same counted noun.
    let head = |q: &Quantity| {
        q.counted
            .as_deref()
            .and_then(|c| c.split_whitespace().last())
            .map(|w| w.to_lowercase())
    };
    // Without a measure on both sides, the same counted noun; but a figure of a measure and
    // one of none in a unit of measure are not one thing told twice: a revenue and a fine in
    // euros.
    let measured = q
        .unit
        .as_deref()
        .is_some_and(|u| crate::parse::units::info(lexicon, u).is_some());
    let only_in_unit = |sq: &Quantity| sq.unit.as_deref().is_some_and(|u| per_unit[u] == 1);
    let same_thing: Vec<(ClaimId, &Quantity)> = all
        .iter()
        .copied()
        .filter(|(_, sq)| sq.occasion.is_none() && sq.change == q.change)
        .filter(|(_, sq)| match (&q.measure, &sq.measure) {
            (Some(a), Some(b)) => a == b || same_but_owner(a, b),
            (a, b) => {
                // A draft's amount without a measure is the sources' one amount in its unit
                // ("the typical home costs more than 270,000 pounds" beside "the average price
                // of a home stood at 267,400 pounds").
                (a.is_none() && b.is_none() || !measured || a.is_none() && only_in_unit(sq))
                    && sq.unit == q.unit
                    && head(sq).is_some()
                    && head(sq) == head(q)
            }
        })
        .collect();
    // A figure any source states, whatever its reading there: "$610 million" read as a level
    // in one and a change's end in the other, "214" with and without its noun.
    // Or one in the same unit that the draft's hedge allows: "nearly two-thirds" for 64%.
    let states_it = |sq: &Quantity| {
        (units_compatible(lexicon, q, sq) && states(q, sq))
            || (q.unit.is_some()
                && sq.unit == q.unit
                && q.hedge != Hedge::Exact
                && !q.interval.is_disjoint(&Interval::exact(sq.number)))
    };
    let stated = all.iter().any(|(_, sq)| states_it(sq));
    // Looser, where the sources give nothing of the same thing: one end of a source's pair
    // ("65" of "from 62 to 65"), a hedged figure without a noun of its own.
    let written = || {
        all.iter().any(|(_, sq)| {
            units_compatible(lexicon, q, sq) && an_end_of(q, sq) || hedged_count_allows(q, sq)
        })
    };
    if !same_thing.is_empty() {
        if let Some(outcome) = against(q, &same_thing) {
            return Some(outcome);
        }
        // Where a source gives the draft's measure otherwise, a figure of another measure
        // that states the draft's value is that figure's, moved to the wrong thing: "imports
        // fell 7.2%" where the source's imports fell 1.8% and its exports rose 7.2%.
        // Only for a figure read with its own noun: one that borrowed its noun or verb from
        // another figure ("about 9,000 have been moved", "four of them") may have borrowed
        // the wrong one.
        let measure_given = q.measure.is_some()
            && !q.counted_inherited
            && q.role == QuantityRole::Total
            && same_thing.iter().any(|(_, sq)| sq.measure == q.measure);
        let swapped =
            |sq: &Quantity| measure_given && sq.measure.is_some() && sq.measure != q.measure;
        if all.iter().any(|(_, sq)| !swapped(sq) && states_it(sq)) {
            return Some(Outcome::Supported);
        }
        return nearest(q, &same_thing).map(Outcome::Contradicted);
    }
    // The source's figure of the same metric in another period: "a second-quarter loss of
    // $212 million" where the source's $212 million is the third quarter's.
    if let Some(s) = other_period(q, &all) {
        return Some(Outcome::Contradicted(s));
    }
    if stated || written() {
        return Some(Outcome::Supported);
    }
    // Words of rough size ("dozens", "a dozen") are no figures a source must give.
    if q.vague {
        return None;
    }
    Some(Outcome::Unsupported)
}

/// The periods of a draft figure and a source figure when the two differ: the draft's first.
fn periods_apart<'g>(
    graph: &'g ClaimGraph<'_>,
    id: ClaimId,
    source: ClaimId,
) -> Option<(&'g str, &'g str)> {
    let period = |id: ClaimId| {
        graph
            .quantity(id)
            .and_then(|q| q.measure.as_deref().and_then(period_of))
            .map(|(_, period)| period)
    };
    Some((period(id)?, period(source)?)).filter(|(ours, theirs)| ours != theirs)
}

/// Whether two measures differ only in that one names an owner the other does not name
/// ("minimum-wage.rise.percentage.of-norland" and "minimum-wage.rise.percentage"): a draft
/// that writes "Norland's minimum wage" for a source's "the minimum wage" tells of one figure.
fn same_but_owner(a: &str, b: &str) -> bool {
    let owner = |s: &str| s.starts_with("of-");
    let owned = |m: &str| m.split('.').any(owner);
    owned(a) != owned(b)
        && a.split('.')
            .filter(|s| !owner(s))
            .eq(b.split('.').filter(|s| !owner(s)))
}

/// A measure's period, when it ends in one ("revenue.dollar.q3"): the measure without it and
/// the period.
fn period_of(measure: &str) -> Option<(&str, &str)> {
    let (base, last) = measure.rsplit_once('.')?;
    let period = matches!(
        last,
        "q1" | "q2" | "q3" | "q4" | "year" | "this-quarter" | "next-quarter" | "last-quarter"
    );
    period.then_some((base, last))
}

/// A period as a reader says it: "the third quarter".
fn period_words(period: &str) -> &'static str {
    match period {
        "q1" => "the first quarter",
        "q2" => "the second quarter",
        "q3" => "the third quarter",
        "q4" => "the fourth quarter",
        "year" => "the full year",
        "this-quarter" => "this quarter",
        "next-quarter" => "next quarter",
        _ => "last quarter",
    }
}

/// A source figure of the draft's metric in another period, whose value the draft gives.
fn other_period(q: &Quantity, theirs: &[(ClaimId, &Quantity)]) -> Option<ClaimId> {
    let (base, period) = period_of(q.measure.as_deref()?)?;
    theirs.iter().find_map(|&(s, sq)| {
        let (their_base, their_period) = period_of(sq.measure.as_deref()?)?;
        (their_base == base && their_period != period && states(q, sq)).then_some(s)
    })
}

/// A source's figure in the draft's unit where the two convert: "240 km/h" is 149.1 mph beside
/// a draft's "150 mph", "12,400 hectares" 124 square kilometres. Anything else as it is.
fn in_unit_of(lexicon: &Lexicon, q: &Quantity, sq: &Quantity) -> Quantity {
    let (Some(unit), Some(their_unit)) = (q.unit.as_deref(), sq.unit.as_deref()) else {
        return sq.clone();
    };
    if unit == their_unit {
        return sq.clone();
    }
    let convert = |v: f64| crate::parse::units::convert(lexicon, their_unit, unit, v);
    let (Some(number), Some(_)) = (convert(sq.number), convert(1.0)) else {
        return sq.clone();
    };
    let mut sq = sq.clone();
    // Within what the conversion's rounding allows, the source states the draft's figure:
    // "295 km/h" for 185 mph (297.7).
    let allowed = super::figure_agreement::conversion_allowance(
        lexicon,
        &sq,
        Interval::exact(
            crate::parse::units::to_base(lexicon, their_unit, sq.number).unwrap_or(sq.number),
        ),
    );
    let drafts_in_base = crate::parse::units::to_base(lexicon, unit, q.number);
    let number = match drafts_in_base {
        Some(d) if !allowed.is_disjoint(&Interval::exact(d)) => q.number,
        _ => number,
    };
    sq.number = number;
    sq.range = sq.range.and_then(|[a, b]| Some([convert(a)?, convert(b)?]));
    sq.interval.low = sq.interval.low.and_then(convert);
    sq.interval.high = sq.interval.high.and_then(convert);
    sq.unit = Some(unit.into());
    sq
}

/// A fraction as the percentage it is: "nearly two-thirds" beside "64%".
fn as_percentage(q: &Quantity) -> Quantity {
    let mut q = q.clone();
    if q.unit.as_deref() == Some("fraction") {
        let scale = |v: Option<f64>| v.map(|v| v * 100.0);
        q.number *= 100.0;
        q.interval.low = scale(q.interval.low);
        q.interval.high = scale(q.interval.high);
        q.unit = Some("percentage".into());
    }
    q
}

/// A duration the draft gives ("a 12-year study", "in its third year"): supported when a
/// source gives one that its words allow, in any unit ("12 months" for "a year", "a two-day
/// strike" for "a 48-hour strike", "more than a year" for "18 months"), or states the number in
/// that unit, or gives two days that far apart ("two weeks earlier" for May 11 and May 25).
fn elapsed(graph: &ClaimGraph<'_>, e: &Elapsed, sources: &[ClaimId]) -> Option<Outcome> {
    let mut same_subject = None;
    let ours = e.number * e.unit.minutes();
    // One span told in two units: equal within 1% ("52 weeks" is "a year").
    let same_span = |number: f64, unit: TimeUnit| {
        let theirs = number * unit.minutes();
        (theirs - ours).abs() <= 0.01 * ours.max(theirs)
    };
    for &s in sources {
        match &graph.claim(s).kind {
            ClaimKind::Elapsed(theirs) if theirs.unit == e.unit => {
                if !theirs.interval.is_disjoint(&e.interval) {
                    return Some(Outcome::Supported);
                }
                if theirs.subject.is_some() && theirs.subject == e.subject {
                    same_subject.get_or_insert(s);
                }
            }
            ClaimKind::Elapsed(theirs)
                if same_span(theirs.number, theirs.unit)
                    || meets_in_minutes(e, theirs)
                    || rounds(e, theirs) =>
            {
                return Some(Outcome::Supported);
            }
            ClaimKind::Quantity(sq) => {
                let unit = sq.unit.as_deref().and_then(TimeUnit::parse);
                if unit.is_some_and(|unit| same_span(sq.number, unit)) {
                    return Some(Outcome::Supported);
                }
            }
            _ => {}
        }
    }
    if same_subject.is_none() && between_source_days(graph, e, sources) {
        return Some(Outcome::Supported);
    }
    match same_subject {
        Some(s) => Some(Outcome::Contradicted(s)),
        // A span that places a moment ("after 34 minutes", "in three months", "the previous
        // two months") is how the draft tells the time, not a fact a source must give; but
        // where the sources give a span in its unit ("within 24 hours" for the draft's
        // "within 48 hours"), the draft's is not theirs.
        None if e.placing && !sources.iter().any(|&s| in_unit(graph, s, e.unit)) => None,
        None => Some(Outcome::Unsupported),
    }
}

/// Whether a source's claim is a span in `unit`.
fn in_unit(graph: &ClaimGraph<'_>, s: ClaimId, unit: TimeUnit) -> bool {
    matches!(&graph.claim(s).kind, ClaimKind::Elapsed(theirs) if theirs.unit == unit)
}

/// Whether the draft's span, as its number is rounded, holds a source's span told in a
/// smaller unit: "six years" for "six years and two months", "two hours" for "two hours and
/// 10 minutes".
fn rounds(e: &Elapsed, theirs: &Elapsed) -> bool {
    theirs.unit.minutes() < e.unit.minutes()
        && !e.interval.is_disjoint(&Interval::exact(
            theirs.number * theirs.unit.minutes() / e.unit.minutes(),
        ))
}

/// Whether a hedged span allows another told in another unit: "more than a year" for "18
/// months", "over a week" for "10 days". Only a hedge widens a span here: an exact "two
/// days" is no "36 hours".
fn meets_in_minutes(e: &Elapsed, theirs: &Elapsed) -> bool {
    if e.hedge == Hedge::Exact {
        return false;
    }
    let scale = |v: Option<f64>, unit: TimeUnit| v.map(|v| v * unit.minutes());
    let ours = Interval {
        low: scale(e.interval.low, e.unit),
        high: scale(e.interval.high, e.unit),
        inclusive: e.interval.inclusive,
    };
    let value = theirs.number * theirs.unit.minutes();
    !ours.is_disjoint(&Interval::exact(value))
}

/// The most days of the sources held against each other for a duration: beyond it, a
/// duration is not looked for between them (the pairs grow with the square).
const MOST_SOURCE_DAYS: usize = 200;

/// Whether two days the sources give lie as far apart as the draft's duration allows: "two
/// weeks earlier" for a first round on May 11 and a runoff on May 25, "ten years earlier" for a
/// census in 2014 and one in 2024. Not their publication days: any span up to the day of
/// writing would be supported.
fn between_source_days(graph: &ClaimGraph<'_>, e: &Elapsed, sources: &[ClaimId]) -> bool {
    if e.ordinal {
        return false;
    }
    let mut days: Vec<DateRange> = sources
        .iter()
        .filter_map(|&s| day_of(graph, graph.claim(s)))
        .collect();
    days.sort_by_key(|d| (d.first, d.last));
    days.dedup();
    days.truncate(MOST_SOURCE_DAYS);
    // The draft's span in days; a bare cardinal is read as rounded ("two weeks": 10.5 to 21).
    let per_day = e.unit.minutes() / TimeUnit::Day.minutes();
    let low = e.interval.low.unwrap_or(0.0) * per_day;
    let high = e.interval.high.map_or(f64::INFINITY, |h| h * per_day);
    let apart = |a: jiff::civil::Date, b: jiff::civil::Date| {
        a.until(b)
            .map_or(0.0, |span| f64::from(span.get_days()).abs())
    };
    days.iter().enumerate().any(|(i, a)| {
        days[i + 1..].iter().any(|b| {
            // The least and the most days between two dates of a day, a month or a year.
            let least = if b.first > a.last {
                apart(a.last, b.first)
            } else {
                0.0
            };
            let most = apart(a.first, b.last).max(apart(b.first, a.last));
            least > 0.0 && least < high && most >= low
        })
    })
}

/// A draft figure against the sources' figures of its measure: supported when one states the
/// same (its number, as the draft rounds it, under the same kind of hedge) or allows it under
/// another hedge ("around 640" for 640, "more than 1,000" for 1,200); weakened when the draft
/// allows much less; `None` when none can be true with it.
fn against(q: &Quantity, theirs: &[(ClaimId, &Quantity)]) -> Option<Outcome> {
    if theirs.iter().any(|(_, sq)| states(q, sq)) {
        return Some(Outcome::Supported);
    }
    // Two lower bounds: a lower one is true but says less ("over 30" for "more than 60");
    // a higher one says more than the source does ("at least 312" for "at least 311").
    if bound(q) == 1 {
        let below: Vec<&(ClaimId, &Quantity)> = theirs
            .iter()
            .filter(|(_, sq)| bound(sq) == 1 && sq.number > q.number)
            .collect();
        if let Some(&&(s, sq)) = below.first() {
            return Some(if weaker(q, sq) {
                Outcome::Weakened(s)
            } else {
                Outcome::Supported
            });
        }
    }
    let meeting: Vec<&(ClaimId, &Quantity)> = theirs
        .iter()
        .filter(|(_, sq)| bound(q) != bound(sq) && !q.interval.is_disjoint(&sq.interval))
        .collect();
    if meeting.is_empty() {
        return None;
    }
    if let Some(&&(s, _)) = meeting.iter().find(|(_, sq)| weaker(q, sq))
        && meeting.iter().all(|(_, sq)| weaker(q, sq))
    {
        return Some(Outcome::Weakened(s));
    }
    Some(Outcome::Supported)
}

/// Whether two figures' units can be of one value: the same unit, or either without one, or
/// both counted nouns ("18 arrests" and "18 people"); two units of measure must be the same.
fn units_compatible(lexicon: &Lexicon, q: &Quantity, sq: &Quantity) -> bool {
    let measured = |u: &Option<compact_str::CompactString>| {
        u.as_deref()
            .is_some_and(|u| crate::parse::units::info(lexicon, u).is_some())
    };
    q.unit == sq.unit || !(measured(&q.unit) && measured(&sq.unit))
}

/// Which way a hedge bounds its number: below ("at least 14"), above ("up to 20"), or not.
fn bound(q: &Quantity) -> i8 {
    match (q.interval.low, q.interval.high) {
        (Some(_), None) => 1,
        (None, Some(_)) => -1,
        _ => 0,
    }
}

/// Whether a source figure states the draft's number under the same kind of hedge, the
/// source's number rounded as the draft writes its own: 640 for 643, $4.6 billion for $4.63
/// billion, but not 312 for 311.
fn states(q: &Quantity, sq: &Quantity) -> bool {
    if bound(q) != bound(sq) {
        return false;
    }
    let step = rounding_step(q.number);
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0);
    // A rounding keeps the figure's size: 640 for 643, not 10 for 14.
    let near = (sq.number - q.number).abs() <= ROUNDING_REACH * sq.number.abs().max(q.number.abs());
    (near && close((sq.number / step).round() * step, q.number)) || close(sq.number, q.number)
}

/// Whether a hedged figure without a noun of its own allows a source's count near it: "more
/// than 60,000" for "61,500 fans". A figure with its noun needs a figure of that noun.
fn hedged_count_allows(q: &Quantity, sq: &Quantity) -> bool {
    q.hedge != Hedge::Exact
        && q.unit.is_none()
        && !q.interval.is_disjoint(&Interval::exact(sq.number))
        && (sq.number - q.number).abs() <= ROUNDING_REACH * sq.number.abs()
}

/// Whether an exact figure is one end of a source's pair ("65" of "from 62 to 65", "20" of
/// "between 10 and 20"): the source writes it.
fn an_end_of(q: &Quantity, sq: &Quantity) -> bool {
    q.hedge == Hedge::Exact
        && q.range.is_none()
        && sq
            .range
            .is_some_and(|[low, high]| low == q.number || high == q.number)
}

/// How far a rounded figure may stand from the figure it rounds, as a share of it: "about
/// 2,000" for 1,850 is a rounding; "at least 10" for "at least 14" is not.
const ROUNDING_REACH: f64 = 0.1;

/// The step a number is written to: 640 → 10, 312 → 1, 4.6 billion → 0.1 billion.
pub(crate) fn rounding_step(number: f64) -> f64 {
    if number == 0.0 || !number.is_finite() {
        return 1.0;
    }
    let mut step = 10f64.powi(number.abs().log10().floor() as i32);
    // The coarsest power of ten the number is a multiple of, down to a millionth of it.
    while step > number.abs() * 1e-6 {
        let ratio = number / step;
        if (ratio - ratio.round()).abs() < 1e-9 {
            return step;
        }
        step /= 10.0;
    }
    step
}

/// Whether a draft figure with only a lower end allows much less than the source says: "over
/// 30" against "more than 60" (below three quarters of it).
fn weaker(q: &Quantity, sq: &Quantity) -> bool {
    match (q.interval.low, q.interval.high, sq.interval.low) {
        (Some(low), None, Some(source_low)) => low < source_low * 0.75,
        _ => false,
    }
}

/// The source figure nearest in value to the draft's.
fn nearest(q: &Quantity, candidates: &[(ClaimId, &Quantity)]) -> Option<ClaimId> {
    candidates
        .iter()
        .min_by(|(_, a), (_, b)| {
            let da = (a.number - q.number).abs();
            let db = (b.number - q.number).abs();
            da.total_cmp(&db)
        })
        .map(|&(s, _)| s)
}

/// A title: against the sources' titles of the same person.
fn title(
    graph: &ClaimGraph<'_>,
    lexicon: &Lexicon,
    r: &Role,
    claim: &Claim,
    sources: &[ClaimId],
) -> Option<Outcome> {
    if r.name.is_empty() {
        return None;
    }
    let theirs: Vec<(ClaimId, &Role)> = sources
        .iter()
        .filter_map(|&s| graph.role(s).map(|sr| (s, sr)))
        .filter(|(_, sr)| {
            !sr.name.is_empty()
                && (sr.person == r.person || same_person(lexicon, &sr.name, &r.name))
        })
        .collect();
    if theirs.is_empty() {
        // The same office under a name spelled nearly alike: "chief executive Nils Amberly"
        // for the source's "chief executive Nils Ambry".
        let misspelled = sources.iter().find(|&&s| {
            graph.role(s).is_some_and(|sr| {
                sr.office == r.office && !sr.name.is_empty() && misspelling(&sr.name, &r.name)
            })
        });
        return Some(match misspelled {
            Some(&s) => Outcome::Contradicted(s),
            None => Outcome::Unsupported,
        });
    }
    // The name as the sources spell it: "Mayor Anna Brel" for the source's "Mayor Ana Brel".
    if !theirs
        .iter()
        .any(|(_, sr)| spelled_alike(&sr.name, &r.name))
    {
        return Some(Outcome::Contradicted(theirs[0].0));
    }
    if let Some(&(s, _)) = theirs.iter().find(|(_, sr)| sr.office == r.office) {
        let same = theirs.iter().any(|(_, sr)| {
            sr.office == r.office && same_time(sr.qualifier.sense(), r.qualifier.sense())
        });
        return Some(if same {
            Outcome::Supported
        } else {
            Outcome::Contradicted(s)
        });
    }
    // Another office beside one the sources give the person, in the same mention of the
    // draft ("Essel's energy minister and the group's chairman" for the source's "Energy
    // Minister"), is a second office the sources do not state; one in place of theirs, or in
    // another mention, is the draft's error.
    let beside_theirs = graph.claims_in(claim.report).iter().any(|&d| {
        let other = graph.claim(d);
        let same_mention = other.sentence == claim.sentence
            && other.span.start < claim.span.end
            && claim.span.start < other.span.end;
        same_mention
            && graph.role(d).is_some_and(|dr| {
                dr.person == r.person && theirs.iter().any(|(_, sr)| sr.office == dr.office)
            })
    });
    Some(if beside_theirs {
        Outcome::Unsupported
    } else {
        Outcome::Contradicted(theirs[0].0)
    })
}

/// Whether two qualifiers can tell of one holding: one held before ("former", "then", "who
/// served as": the past) or one held now and about to end ("outgoing" is still the holder).
fn same_time(a: Qualifier, b: Qualifier) -> bool {
    let past = |q: Qualifier| matches!(q, Qualifier::Former | Qualifier::Then);
    let now = |q: Qualifier| matches!(q, Qualifier::Current | Qualifier::Outgoing);
    a == b || past(a) && past(b) || now(a) && now(b)
}

/// Whether two written names spell one name the same way, diacritics and case aside, one
/// perhaps a surname of the other ("Brel" in "Ana Brel").
fn spelled_alike(a: &str, b: &str) -> bool {
    let fold = |n: &str| deunicode::deunicode(n).to_lowercase();
    let (a, b) = (fold(a), fold(b));
    a == b || a.ends_with(&format!(" {b}")) || b.ends_with(&format!(" {a}"))
}

/// Whether two full names are one name mistyped: the same first name and a surname of the
/// same start whose spelling is close ("Nils Ambry" and "Nils Amberly", "Mirek Sotter" and
/// "Mirek Sutter"); two people who share a first name have surnames that differ more.
fn misspelling(a: &str, b: &str) -> bool {
    let fold = |n: &str| deunicode::deunicode(n).to_lowercase();
    let (a, b) = (fold(a), fold(b));
    let (Some((first_a, last_a)), Some((first_b, last_b))) = (a.split_once(' '), b.split_once(' '))
    else {
        return false;
    };
    first_a == first_b
        && last_a != last_b
        && last_a.chars().next() == last_b.chars().next()
        && last_a.chars().count().min(last_b.chars().count()) >= 4
        && strsim::levenshtein(last_a, last_b) <= 2
        && strsim::jaro_winkler(last_a, last_b) >= 0.85
}

/// A name: against the sources' spellings of the same person.
fn name(
    graph: &ClaimGraph<'_>,
    lexicon: &Lexicon,
    written: &str,
    sources: &[ClaimId],
) -> Option<Outcome> {
    let spelled = |s: ClaimId| -> Option<String> {
        match &graph.claim(s).kind {
            ClaimKind::Name(n) => Some(n.written.to_string()),
            ClaimKind::Role(r) if !r.name.is_empty() => Some(r.name.to_string()),
            _ => None,
        }
    };
    let mut other = None;
    for &s in sources {
        let Some(theirs) = spelled(s) else { continue };
        if spelled_alike(&theirs, written) {
            return Some(Outcome::Supported);
        }
        if other.is_none()
            && (same_person(lexicon, &theirs, written) || misspelling(&theirs, written))
        {
            other = Some(s);
        }
    }
    // A name no source gives may be anyone's or anything's (an organisation read as a name):
    // only a person the sources spell otherwise is flagged.
    other.map(Outcome::Contradicted)
}

/// Whether a date is the start of something ("since 2019") or a deadline ("by March", "by
/// the end of May", "until June 4"), by the words before it in its sentence.
fn bound_of(graph: &ClaimGraph<'_>, claim: &Claim) -> Option<&'static str> {
    let text = &graph.report(claim.report).text;
    let before = text.get(claim.sentence.start.min(claim.span.start)..claim.span.start)?;
    // The date's own words may begin with its preposition ("since 2019"); else the words
    // before it give it ("by the end of May"), nearest first.
    let head = claim
        .text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let last: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(4)
        .map(str::to_lowercase)
        .collect();
    let just_before = last.first().map_or("", String::as_str);
    let end_of = last
        .iter()
        .rev()
        .map(String::as_str)
        .eq(["by", "the", "end", "of"]);
    if head == "since" || just_before == "since" {
        Some("start")
    } else if matches!(head.as_str(), "by" | "until")
        || matches!(just_before, "by" | "until")
        || end_of
    {
        Some("deadline")
    } else {
        None
    }
}

/// Two single days of one month whose days' digits differ by one digit added or dropped, or by
/// two digits swapped: 9 and 19, 12 and 21 (not 9 and 10).
fn mistyped_day(a: &DateRange, b: &DateRange) -> bool {
    let single = |d: &DateRange| d.first == d.last;
    if !(single(a) && single(b))
        || a.first.year() != b.first.year()
        || a.first.month() != b.first.month()
        || a.first.day() == b.first.day()
    {
        return false;
    }
    let (x, y) = (a.first.day().to_string(), b.first.day().to_string());
    let (short, long) = if x.len() <= y.len() {
        (&x, &y)
    } else {
        (&y, &x)
    };
    let swapped = x.len() == 2 && y.len() == 2 && x.chars().rev().collect::<String>() == y;
    let added = long.len() == short.len() + 1
        && (long.starts_with(short.as_str()) || long.ends_with(short.as_str()));
    swapped || added
}

/// The day a date claim names, given its report's publication date.
fn day_of(graph: &ClaimGraph<'_>, claim: &Claim) -> Option<DateRange> {
    let ClaimKind::Date(d) = &claim.kind else {
        return None;
    };
    // The start of something ("since January 12") is a day like any other; the day of a
    // statement ("said on Tuesday") dates no fact of the draft's.
    if d.of_statement {
        return None;
    }
    let published = graph.report(claim.report).meta.published?.date;
    resolve(d.expr, published)
}

/// An event's date: against the days the sources give.
fn date(graph: &ClaimGraph<'_>, claim: &Claim, sources: &[ClaimId]) -> Option<Outcome> {
    let ours = day_of(graph, claim)?;
    let of_event = matches!(&claim.kind, ClaimKind::Date(d) if d.event.is_some());
    let mut nearest: Option<(ClaimId, i64)> = None;
    for &s in sources {
        let Some(theirs) = day_of(graph, graph.claim(s)) else {
            continue;
        };
        if theirs.first <= ours.last && ours.first <= theirs.last {
            return Some(Outcome::Supported);
        }
        let gap = theirs
            .first
            .until(ours.first)
            .map_or(i64::MAX, |span| i64::from(span.get_days()).abs());
        if nearest.is_none_or(|(_, g)| gap < g) {
            nearest = Some((s, gap));
        }
    }
    // A day no source gives whose digits are a source day's mistyped ("June 19" for June 9,
    // "January 21" for January 12) is that day told otherwise.
    if let Some(&s) = sources.iter().find(|&&s| {
        day_of(graph, graph.claim(s)).is_some_and(|theirs| mistyped_day(&theirs, &ours))
    }) {
        return Some(Outcome::Contradicted(s));
    }
    // "Stane had led it since 2016" where the source says "since 2019", "by the end of May"
    // where it says "by the end of March": a start or a deadline no source gives, against the
    // sources' of the same kind, the nearest first.
    let kind = |c: &Claim| bound_of(graph, c);
    if let Some(bound) = kind(claim) {
        let same_kind = sources
            .iter()
            .filter(|&&s| kind(graph.claim(s)) == Some(bound))
            .filter_map(|&s| Some((s, day_of(graph, graph.claim(s))?)))
            .min_by_key(|(_, theirs)| {
                theirs
                    .first
                    .until(ours.first)
                    .map_or(i64::MAX, |span| i64::from(span.get_days()).abs())
            });
        if let Some((s, _)) = same_kind {
            return Some(Outcome::Contradicted(s));
        }
    }
    Some(match nearest {
        // Only the day of the same week or so is the same event's day told otherwise.
        Some((s, gap)) if gap <= 7 => Outcome::Contradicted(s),
        _ if of_event => Outcome::Unsupported,
        _ => return None,
    })
}

//! `elapsed-time`: a duration or an ordinal year that contradicts the start of what it
//! measures, at the publication date: "now in its third year" for a war that began in February
//! 2022, printed in July 2025.
//!
//! The start comes from the report itself when it dates it ("since February 2022", "launched in
//! February 2022"), else from the record of facts, for the events the subject may mean in that
//! report ("the war" in a report that mentions Ukraine). With several candidate events, the
//! claim is flagged only when it fits none of them.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Deserialize;

use super::{KindDef, KindInput, RawFinding, RuleKind, read_check};
use crate::claim::{ClaimKind, Elapsed, Interval, TimeUnit};
use crate::engine::Context;
use crate::finding::Location;
use crate::graph::{ClaimGraph, ClaimId};
use crate::problem::Problem;
use crate::time::{DateRange, describe_elapsed, elapsed, ordinal_word, resolve};

pub(super) const KIND: KindDef = KindDef {
    name: "elapsed-time",
    summary: "A duration or ordinal year that contradicts the start date of what it measures.",
    placeholders: &["text", "subject", "date", "start", "start_source", "actual"],
    relies_on: "the lexicon's time subjects and start cues, calendar words and hedges; the record of facts: events with their start dates, refs and context words",
    template: include_str!("templates/elapsed-time.toml"),
    check_schema,
    compile,
};

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Params {
    /// Days of slack around anniversaries: a report a few days off is not flagged.
    #[serde(default, rename = "tolerance-days")]
    tolerance_days: u16,
}

struct ElapsedTime {
    tolerance_days: u16,
}

fn compile(input: &KindInput<'_>) -> Result<Box<dyn RuleKind>, Vec<Problem>> {
    let params: Params = read_check(input)?;
    Ok(Box::new(ElapsedTime {
        tolerance_days: params.tolerance_days,
    }))
}

/// Where a start date comes from.
struct Start {
    range: DateRange,
    /// "the report itself", or the record event's name and source.
    source: String,
    /// The claim that dates the start in the report, when it does.
    claim: Option<ClaimId>,
}

impl RuleKind for ElapsedTime {
    fn run(&self, graph: &ClaimGraph<'_>, ctx: Context<'_>) -> Vec<RawFinding> {
        let mut findings = Vec::new();
        for report_index in 0..graph.reports().len() {
            let report = &graph.reports()[report_index];
            let Some(published) = report.meta.published else {
                continue;
            };
            let date = published.date;
            let claims = graph.claims_in(crate::claim::ReportIndex(report_index));
            for &id in &claims {
                let claim = graph.claim(id);
                let ClaimKind::Elapsed(e) = &claim.kind else {
                    continue;
                };
                let Some(subject) = &e.subject else {
                    continue;
                };
                // "began a two-day strike on Monday": a length in days or weeks is the whole
                // length of something short, planned or over, not the time gone since its
                // start (a war's or a drought's years are).
                if !e.ordinal && e.unit.minutes() < TimeUnit::Month.minutes() {
                    continue;
                }
                let starts = self.starts(graph, ctx, &claims, id, subject, date);
                if starts.is_empty() {
                    continue;
                }
                // Flag only when the claim fits none of the starts it may be measured from.
                if starts.iter().any(|s| self.fits(e, s.range, date)) {
                    continue;
                }
                let start = starts
                    .iter()
                    .min_by(|a, b| {
                        let gap =
                            |s: &Start| (actual_value(e, s.range.first, date) - e.number).abs();
                        gap(a).total_cmp(&gap(b))
                    })
                    .expect("starts is not empty");
                let actual = describe_actual(e, start.range, date);
                let mut values = BTreeMap::new();
                values.insert("text", claim.text.to_string());
                values.insert("subject", subject.to_string());
                values.insert("date", date.to_string());
                values.insert("start", start.range.phrase());
                values.insert("start_source", start.source.clone());
                values.insert("actual", actual.clone());
                let mut locations = vec![Location {
                    report: claim.report,
                    span: claim.span,
                    value: format!("published {date}: {actual}"),
                }];
                if let Some(start_claim) = start.claim {
                    let c = graph.claim(start_claim);
                    locations.push(Location {
                        report: c.report,
                        span: c.span,
                        value: format!("the start: {}", start.range.phrase()),
                    });
                }
                findings.push(RawFinding {
                    locations,
                    values,
                    because: format!(
                        "the start, {}, comes from {}",
                        start.range.describe(),
                        start.source
                    ),
                    note: None,
                    fix: None,
                });
            }
        }
        findings
    }
}

impl ElapsedTime {
    /// The starts a claim may be measured from: dated in its own sentence, else dated
    /// elsewhere in the report for the same subject, else from the record.
    #[allow(clippy::too_many_arguments)]
    fn starts(
        &self,
        graph: &ClaimGraph<'_>,
        ctx: Context<'_>,
        claims: &[ClaimId],
        id: ClaimId,
        subject: &str,
        date: Date,
    ) -> Vec<Start> {
        let claim = graph.claim(id);
        let ClaimKind::Elapsed(e) = &claim.kind else {
            return Vec::new();
        };
        let dated: Vec<(ClaimId, DateRange, Option<&str>, bool)> = claims
            .iter()
            .filter_map(|&other| match &graph.claim(other).kind {
                ClaimKind::Date(d) if d.is_start => {
                    let range = resolve(d.expr, date)?;
                    let same_sentence = graph.claim(other).sentence == claim.sentence;
                    Some((other, range, d.subject.as_deref(), same_sentence))
                }
                _ => None,
            })
            .filter(|(_, range, _, _)| range.last <= date)
            .collect();
        let in_sentence: Vec<Start> = dated
            .iter()
            .filter(|d| d.3)
            .map(|d| Start {
                range: d.1,
                source: "the report itself".into(),
                claim: Some(d.0),
            })
            .collect();
        if !in_sentence.is_empty() {
            return in_sentence;
        }
        let same_subject: Vec<Start> = dated
            .iter()
            .filter(|d| d.2 == Some(subject))
            .map(|d| Start {
                range: d.1,
                source: "the report itself".into(),
                claim: Some(d.0),
            })
            .collect();
        if !same_subject.is_empty() {
            return same_subject;
        }
        // From the record only years are measured: "the 12-day war" or "a six-month
        // offensive" names a shorter event inside the long one, not the long one.
        if e.unit != TimeUnit::Year {
            return Vec::new();
        }
        // Which events the subject may mean was read at extraction, from the report's words.
        ctx.facts
            .events
            .iter()
            .filter(|event| e.record_events.contains(&event.id))
            .filter(|e| e.start <= date)
            .map(|e| Start {
                range: DateRange::day(e.start),
                source: format!(
                    "the record of facts: {} began on {} (source: {})",
                    e.name, e.start, e.source
                ),
                claim: None,
            })
            .collect()
    }

    /// Whether the claim holds for some start in the range, give or take the tolerance.
    fn fits(&self, e: &Elapsed, start: DateRange, date: Date) -> bool {
        let slack = jiff::Span::new().days(i64::from(self.tolerance_days));
        let late = date.checked_add(slack).unwrap_or(date);
        let early = date.checked_sub(slack).unwrap_or(date);
        // The most time that can have passed (earliest start, latest day) and the least.
        let most = elapsed(e.unit, start.first, late);
        let least = elapsed(e.unit, start.last, early);
        let possible = Interval {
            low: Some(least),
            high: Some(most),
            inclusive: [true, true],
        };
        if e.ordinal {
            // The nth unit runs from n-1 to n units after the start.
            let n = e.number;
            let claimed = Interval {
                low: Some(n - 1.0),
                high: Some(n),
                inclusive: [true, false],
            };
            !claimed.is_disjoint(&possible)
        } else {
            !e.interval.is_disjoint(&possible)
        }
    }
}

fn actual_value(e: &Elapsed, start: Date, date: Date) -> f64 {
    let value = elapsed(e.unit, start, date);
    if e.ordinal {
        value.floor() + 1.0
    } else {
        value
    }
}

/// "its fourth year (3 years and 4 months since 2022-02)" or "3 years and 9 months".
fn describe_actual(e: &Elapsed, start: DateRange, date: Date) -> String {
    let span = describe_elapsed(start.first, date);
    if e.ordinal {
        let n = crate::time::ordinal_year(start.first, date);
        let unit = match e.unit {
            TimeUnit::Year => "year",
            other => other.name(),
        };
        if e.unit == TimeUnit::Year {
            format!("its {} {unit} ({span})", ordinal_word(n))
        } else {
            span
        }
    } else {
        span
    }
}

fn check_schema() -> schemars::Schema {
    schemars::schema_for!(Params)
}

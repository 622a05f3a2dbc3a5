//! `event-date`: the day an event happened, as reports give it ("the quake struck on Tuesday,
//! 30 September" against "it occurred on Wednesday"). A date is an event's when its clause says
//! the event happened (`DateRef::event`); weekdays and "yesterday" are resolved against the
//! report's publication date.
//!
//! Only events that happen at one moment are dated so (an earthquake, a strike, a crash: the
//! lexicon's topics with `instant = true`); a storm or a flood lasts days, and reports rightly
//! give different days for it. Across reports of one event, dates of different reports whose
//! days cannot meet disagree; within one report, two such dates of its own.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Deserialize;

use super::{KindDef, KindInput, RawFinding, RuleKind, Scope, read_check};
use crate::claim::{ClaimKind, DateRef, ReportIndex};
use crate::engine::Context;
use crate::finding::Location;
use crate::graph::{ClaimGraph, ClaimId, EventKey};
use crate::problem::Problem;
use crate::time::DateRange;

pub(super) const KIND: KindDef = KindDef {
    name: "event-date",
    summary: "Reports, or one report, give different days for the day an event happened.",
    placeholders: &["event", "dates", "count"],
    relies_on: "dates whose clause says the event happened (the lexicon's `[time] event-verbs` and `[[topic]]` words); the publication date, to resolve weekdays",
    template: include_str!("templates/event-date.toml"),
    check_schema,
    compile,
};

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Params {
    /// Compare the dates of different reports (default), or the dates inside one report.
    #[serde(default)]
    scope: Scope,
}

struct EventDate {
    scope: Scope,
}

fn compile(input: &KindInput<'_>) -> Result<Box<dyn RuleKind>, Vec<Problem>> {
    let params: Params = read_check(input)?;
    Ok(Box::new(EventDate {
        scope: params.scope,
    }))
}

fn check_schema() -> schemars::Schema {
    schemars::schema_for!(Params)
}

/// An event's date as one report gives it.
struct Dated<'g> {
    id: ClaimId,
    report: ReportIndex,
    date: &'g DateRef,
    days: DateRange,
}

impl RuleKind for EventDate {
    fn run(&self, graph: &ClaimGraph<'_>, _ctx: Context<'_>) -> Vec<RawFinding> {
        // Every event date, by event and report, in text order.
        let mut by_event: BTreeMap<&EventKey, BTreeMap<ReportIndex, Vec<Dated<'_>>>> =
            BTreeMap::new();
        for (id, claim) in graph.claims() {
            let ClaimKind::Date(date) = &claim.kind else {
                continue;
            };
            if date.event.is_none() {
                continue;
            }
            let Some(days) = days_of(graph, claim.report, date) else {
                continue;
            };
            by_event
                .entry(graph.event_of(id))
                .or_default()
                .entry(claim.report)
                .or_default()
                .push(Dated {
                    id,
                    report: claim.report,
                    date,
                    days,
                });
        }
        let mut findings = Vec::new();
        for (event, reports) in &by_event {
            match self.scope {
                Scope::AcrossReports => {
                    if reports.len() < 2 {
                        continue;
                    }
                    let all: Vec<&Dated<'_>> = reports.values().flatten().collect();
                    if let Some(finding) = disagreement(graph, event, &all, true) {
                        findings.push(finding);
                    }
                }
                Scope::WithinReport => {
                    for dates in reports.values() {
                        let mut dates: Vec<&Dated<'_>> = dates.iter().collect();
                        dates.sort_by_key(|d| graph.claim(d.id).span.start);
                        if let Some(finding) = disagreement(graph, event, &dates, false) {
                            findings.push(finding);
                        }
                    }
                }
            }
        }
        findings
    }
}

/// The days a date means in its report, when they can be known: weekdays and "yesterday" need
/// the publication date; a full date does not.
fn days_of(graph: &ClaimGraph<'_>, report: ReportIndex, date: &DateRef) -> Option<DateRange> {
    let published = graph.report(report).meta.published.map(|p| p.date);
    match (published, date.expr) {
        (Some(published), expr) => crate::time::resolve(expr, published),
        (None, crate::claim::DateExpr::Day { year, month, day }) => {
            let day = Date::new(year, month, day).ok()?;
            Some(DateRange {
                first: day,
                last: day,
            })
        }
        (None, _) => None,
    }
}

/// A finding when some of `dates` name days the first cannot meet; every date that disagrees
/// with another is located.
fn disagreement(
    graph: &ClaimGraph<'_>,
    event: &EventKey,
    dates: &[&Dated<'_>],
    across: bool,
) -> Option<RawFinding> {
    let meets = |a: &DateRange, b: &DateRange| a.first <= b.last && b.first <= a.last;
    // Across reports, a date disagrees with another report's; inside one, with its own. Reports
    // name one event by different words ("the strike", "the missile", "the attack"): the kind
    // is for the message.
    let involved: Vec<&Dated<'_>> = dates
        .iter()
        .copied()
        .filter(|d| {
            dates
                .iter()
                .any(|o| (o.report != d.report) == across && !meets(&d.days, &o.days))
        })
        .collect();
    if involved.is_empty() {
        return None;
    }
    // The kind of event most dates name, else the first.
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &involved {
        if let Some(kind) = d.date.event.as_deref().filter(|k| *k != "event") {
            *kinds.entry(kind).or_default() += 1;
        }
    }
    let kind = kinds
        .iter()
        .max_by_key(|&(kind, n)| (*n, std::cmp::Reverse(*kind)))
        .map_or("event", |(kind, _)| kind);
    // Each day once, with the reports that give it.
    let mut days: BTreeMap<(Date, Date), Vec<String>> = BTreeMap::new();
    for d in &involved {
        let who = graph.report(d.report).label();
        let named = days.entry((d.days.first, d.days.last)).or_default();
        if across && !named.contains(&who) {
            named.push(who);
        } else if !across && named.is_empty() {
            named.push(graph.claim(d.id).text.to_string());
        }
    }
    let listed: Vec<String> = days
        .iter()
        .map(|((first, last), who)| {
            let range = DateRange {
                first: *first,
                last: *last,
            };
            format!("{} ({})", range.describe(), who.join(", "))
        })
        .collect();
    let mut values = BTreeMap::new();
    values.insert("event", kind.to_string());
    values.insert("dates", listed.join(", "));
    values.insert("count", involved.len().to_string());
    let locations = involved
        .iter()
        .map(|d| {
            let claim = graph.claim(d.id);
            Location {
                report: claim.report,
                span: claim.span,
                value: format!(
                    "{}: the {kind} on {}",
                    graph.report(d.report).label(),
                    d.days.describe()
                ),
            }
        })
        .collect();
    let because = if across {
        format!(
            "compared because they are {event} and each dates the {kind}; weekdays are read against each report's publication date"
        )
    } else {
        format!("compared because one report dates the {kind} more than once")
    };
    Some(RawFinding {
        locations,
        values,
        because,
        note: None,
        fix: None,
    })
}

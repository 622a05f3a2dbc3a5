//! `event-duration`: how long an event lasted, as reports give it ("the heist took four
//! minutes" against "lasting seven minutes"). A duration is the event's when a verb of lasting
//! stands before it or it modifies a noun of an event (`Elapsed::of_event`). Durations of
//! different reports of one event that cannot both hold disagree; units are converted.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{KindDef, KindInput, RawFinding, RuleKind, read_check};
use crate::claim::{ClaimKind, Elapsed, ReportIndex};
use crate::engine::Context;
use crate::finding::Location;
use crate::graph::{ClaimGraph, ClaimId, EventKey};
use crate::problem::Problem;

pub(super) const KIND: KindDef = KindDef {
    name: "event-duration",
    summary: "Reports of the same event give durations for it that cannot both hold.",
    placeholders: &["durations", "count"],
    relies_on: "durations after the lexicon's `[time] lasting-verbs` or before its `event-nouns` and topic words",
    template: include_str!("templates/event-duration.toml"),
    check_schema,
    compile,
};

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Params {}

struct EventDuration;

fn compile(input: &KindInput<'_>) -> Result<Box<dyn RuleKind>, Vec<Problem>> {
    let _: Params = read_check(input)?;
    Ok(Box::new(EventDuration))
}

fn check_schema() -> schemars::Schema {
    schemars::schema_for!(Params)
}

/// A duration of an event: its claim, its report and the minutes it allows.
type Duration = (ClaimId, ReportIndex, (f64, f64));

/// The minutes a duration allows, from its interval.
fn span_of(elapsed: &Elapsed) -> (f64, f64) {
    let factor = elapsed.unit.minutes();
    (
        elapsed.interval.low.unwrap_or(0.0) * factor,
        elapsed.interval.high.unwrap_or(f64::INFINITY) * factor,
    )
}

impl RuleKind for EventDuration {
    fn run(&self, graph: &ClaimGraph<'_>, _ctx: Context<'_>) -> Vec<RawFinding> {
        let mut by_event: BTreeMap<&EventKey, Vec<Duration>> = BTreeMap::new();
        for (id, claim) in graph.claims() {
            if let ClaimKind::Elapsed(elapsed) = &claim.kind
                && elapsed.of_event
                && !elapsed.ordinal
            {
                by_event.entry(graph.event_of(id)).or_default().push((
                    id,
                    claim.report,
                    span_of(elapsed),
                ));
            }
        }
        let mut findings = Vec::new();
        for (event, durations) in by_event {
            let apart = |a: (f64, f64), b: (f64, f64)| a.1 <= b.0 || b.1 <= a.0;
            let involved: Vec<&Duration> = durations
                .iter()
                .filter(|(_, report, span)| {
                    durations
                        .iter()
                        .any(|(_, other, o)| other != report && apart(*span, *o))
                })
                .collect();
            if involved.is_empty() {
                continue;
            }
            // Each duration once, as written first, with the reports that give it.
            let mut listed: Vec<(String, Vec<String>)> = Vec::new();
            for (id, report, _) in &involved {
                let written = graph.claim(*id).text.to_string();
                let key = written.to_lowercase();
                let who = graph.report(*report).label();
                match listed.iter_mut().find(|(w, _)| w.to_lowercase() == key) {
                    Some((_, reports)) if !reports.contains(&who) => reports.push(who),
                    Some(_) => {}
                    None => listed.push((written, vec![who])),
                }
            }
            let durations_text: Vec<String> = listed
                .iter()
                .map(|(written, who)| format!("\"{written}\" ({})", who.join(", ")))
                .collect();
            let mut values = BTreeMap::new();
            values.insert("durations", durations_text.join(", "));
            values.insert("count", involved.len().to_string());
            findings.push(RawFinding {
                locations: involved
                    .iter()
                    .map(|(id, report, _)| Location {
                        report: *report,
                        span: graph.claim(*id).span,
                        value: format!(
                            "{}: \"{}\"",
                            graph.report(*report).label(),
                            graph.claim(*id).text
                        ),
                    })
                    .collect(),
                values,
                because: format!(
                    "compared because they are {event} and each says how long the event lasted"
                ),
                note: None,
                fix: None,
            });
        }
        findings
    }
}

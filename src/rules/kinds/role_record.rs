//! `role-record`: a title that contradicts the record of facts on the publication date:
//! "former President Donald Trump" in February 2025, "President Joe Biden" in July 2025.
//!
//! A current title is flagged only when the record knows the person in that office and none of
//! their terms covers the date; a former title when one of their terms covers it. People and
//! offices the record does not know are never flagged.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::title_fix::{RecordTime, title_fix};
use super::{KindDef, KindInput, RawFinding, RuleKind, read_check};
use crate::claim::{ClaimKind, Qualifier, RoleForm};
use crate::engine::Context;
use crate::facts::Term;
use crate::finding::Location;
use crate::graph::ClaimGraph;
use crate::parse::people::same_person;
use crate::problem::Problem;
use crate::time::{DateRange, resolve};

pub(super) const KIND: KindDef = KindDef {
    name: "role-record",
    summary: "A title that contradicts the record of who held which office on the publication date.",
    placeholders: &["person", "title", "date", "fact", "source"],
    relies_on: "the record of facts: terms of office (person, office, jurisdiction, from, to, source), and the record of office-holders (rules/facts/record/*.tsv) for a sitting holder called former; the lexicon's offices, qualifiers, jurisdictions and people",
    template: include_str!("templates/role-record.toml"),
    check_schema,
    compile,
};

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Params {}

struct RoleRecord;

fn compile(input: &KindInput<'_>) -> Result<Box<dyn RuleKind>, Vec<Problem>> {
    let _: Params = read_check(input)?;
    Ok(Box::new(RoleRecord))
}

/// The days the dates in a claim's sentence mean, when they lie more than a week before the
/// publication date: the sentence speaks of another time.
pub(super) fn sentence_dates(
    graph: &ClaimGraph<'_>,
    id: crate::graph::ClaimId,
    published: jiff::civil::Date,
) -> Vec<DateRange> {
    let claim = graph.claim(id);
    graph
        .dates_in_sentence(claim.report, claim.sentence)
        .into_iter()
        .filter_map(|other| match &graph.claim(other).kind {
            ClaimKind::Date(d) => resolve(d.expr, published),
            _ => None,
        })
        .filter(|range| {
            range.last
                < published
                    .checked_sub(jiff::Span::new().days(7))
                    .unwrap_or(published)
        })
        .collect()
}

impl RuleKind for RoleRecord {
    fn run(&self, graph: &ClaimGraph<'_>, ctx: Context<'_>) -> Vec<RawFinding> {
        let mut findings = Vec::new();
        for (id, claim) in graph.claims() {
            let Some(role) = graph.role(id) else {
                continue;
            };
            let Some(published) = graph.report(claim.report).meta.published else {
                continue;
            };
            if role.office.is_empty() {
                continue;
            }
            let date = published.date;
            let terms: Vec<&Term> = ctx
                .facts
                .terms_of(&role.person, &role.office, role.jurisdiction.as_deref())
                .collect();
            if terms.is_empty() {
                if let Some(finding) = former_in_office(graph, ctx, id) {
                    findings.push(finding);
                }
                continue;
            }
            let covering = terms.iter().find(|t| t.covers(date));
            let contradiction: Option<&Term> = match (role.qualifier.sense(), covering) {
                // "former" or "-elect" for a sitting holder.
                (Qualifier::Former | Qualifier::Elect, Some(term)) => Some(term),
                (Qualifier::Current, None) => {
                    // The nearest term, before or after the date, explains the mismatch best.
                    terms.iter().copied().min_by_key(|t| {
                        let to = t.to.unwrap_or(t.from);
                        let days = |a: jiff::civil::Date, b: jiff::civil::Date| {
                            a.until(b)
                                .map(|s| i64::from(s.get_days()).abs())
                                .unwrap_or(i64::MAX)
                        };
                        days(date, t.from).min(days(date, to))
                    })
                }
                _ => None,
            };
            let Some(term) = contradiction else {
                continue;
            };
            // A sentence about another time ("In 2019, Prime Minister Boris Johnson said …")
            // may use the title of that time: if a date the sentence gives fits the title, it
            // is not a contradiction.
            let fits_sentence_date = sentence_dates(graph, id, date).iter().any(|range| {
                let held_then = terms
                    .iter()
                    .any(|t| t.from <= range.last && t.to.is_none_or(|to| range.first < to));
                match role.qualifier.sense() {
                    Qualifier::Former | Qualifier::Elect => !terms
                        .iter()
                        .any(|t| t.from <= range.first && t.to.is_none_or(|to| range.last < to)),
                    _ => held_then,
                }
            });
            if fits_sentence_date {
                continue;
            }

            let record_time = match role.qualifier.sense() {
                Qualifier::Former | Qualifier::Elect => Some(RecordTime::InOffice),
                _ if term.to.is_some_and(|to| to <= date) => Some(RecordTime::Ended),
                _ => None,
            };
            let fix = record_time.and_then(|time| title_fix(claim, role, time));
            let fact = term.describe(ctx.lexicon);
            let name = ctx
                .lexicon
                .person(&role.person)
                .map_or_else(|| role.name.clone(), |p| p.name.as_str().into());
            let said = match (role.qualifier.sense(), role.form) {
                (Qualifier::Former, _) => format!("former {}", role.office_text),
                (Qualifier::Elect, _) => format!("{}-elect", role.office_text),
                (_, RoleForm::Bare) => format!("{} (current)", role.office_text),
                _ => format!("{} (current)", role.office_text),
            };
            let mut values = BTreeMap::new();
            values.insert("person", name.to_string());
            values.insert("title", claim.text.to_string());
            values.insert("date", date.to_string());
            values.insert("fact", fact.clone());
            values.insert("source", term.source.clone());
            findings.push(RawFinding {
                locations: vec![Location {
                    report: claim.report,
                    span: claim.span,
                    value: said,
                }],
                values,
                because: format!("the record of facts: {fact} (source: {})", term.source),
                note: None,
                fix,
            });
        }
        findings
    }
}

/// "former Prime Minister Tarlo Venn" or "Prime Minister-elect Tarlo Venn" on a day the record
/// of office-holders (the tables built from open data) surely has them in that office of that
/// jurisdiction.
fn former_in_office(
    graph: &ClaimGraph<'_>,
    ctx: Context<'_>,
    id: crate::graph::ClaimId,
) -> Option<RawFinding> {
    let claim = graph.claim(id);
    let role = graph.role(id)?;
    let record = &ctx.facts.record;
    let jurisdiction = role
        .jurisdiction
        .as_deref()
        .or_else(|| record.sole_jurisdiction(&role.office))?;
    let date = graph.report(claim.report).meta.published?.date;
    if !matches!(role.qualifier.sense(), Qualifier::Former | Qualifier::Elect)
        || role.name.is_empty()
    {
        return None;
    }
    let term = record
        .holders_on(&role.office, jurisdiction, date)
        .into_iter()
        .find(|t| same_person(ctx.lexicon, &record.holders[t.person].name, &role.name))?;
    if !sentence_dates(graph, id, date).is_empty() {
        return None;
    }
    let holder = &record.holders[term.person];
    let place = super::role_holder::jurisdiction_label(ctx.lexicon, jurisdiction);
    let fact = format!(
        "{} has been {} of {place} since {}",
        holder.name,
        crate::facts::office_title(&term.office),
        term.from.0
    );
    let source = record.citation(term);
    let mut values = BTreeMap::new();
    values.insert("person", role.name.to_string());
    values.insert("title", claim.text.to_string());
    values.insert("date", date.to_string());
    values.insert("fact", fact.clone());
    values.insert("source", source.clone());
    Some(RawFinding {
        locations: vec![Location {
            report: claim.report,
            span: claim.span,
            value: match role.qualifier.sense() {
                Qualifier::Elect => format!("{}-elect", role.office_text),
                _ => format!("former {}", role.office_text),
            },
        }],
        values,
        because: format!("the record of office-holders: {fact} (source: {source})"),
        note: None,
        fix: title_fix(claim, role, RecordTime::InOffice),
    })
}

fn check_schema() -> schemars::Schema {
    schemars::schema_for!(Params)
}

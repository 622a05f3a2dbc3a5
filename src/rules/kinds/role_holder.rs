//! `role-holder`: a title the record gives to somebody else on the publication date: "Senator
//! Tarlo Venn (D-CA)" when California's two senators that day were others, "Senate Majority
//! Whip" for the minority whip.
//!
//! Only offices whose number of seats the record declares are checked, and only on a day when
//! the record lists that many holders of the office of that jurisdiction: then nobody else held
//! it. A person is the holder when a holder's surname is the title's name's (first names and
//! nicknames differ too often to be compared). An acting title is checked against the record's
//! acting holders of that day only (an acting president serves while the president is
//! suspended). A regnal number other than the holder's is somebody else ("Pope Leo XIII" in
//! 2025). An "-elect" title is checked against the terms
//! that begin within the office's days between an election and taking office ("President-elect
//! Tarlo Venn" when the record has another person sworn in weeks later). Other qualifiers
//! ("former", "then-") speak of another time and are left to other rules.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::role_record::sentence_dates;
use super::{KindDef, KindInput, RawFinding, RuleKind, read_check};
use crate::claim::Qualifier;
use crate::engine::Context;
use crate::facts::office_title;
use crate::facts::record::{HeldTerm, Record, surname_key};
use crate::finding::Location;
use crate::graph::ClaimGraph;
use crate::lexicon::Lexicon;
use crate::parse::people::same_person;
use crate::problem::Problem;

pub(super) const KIND: KindDef = KindDef {
    name: "role-holder",
    summary: "A title that the record of office-holders gives to somebody else on the publication date.",
    placeholders: &[
        "person", "title", "office", "date", "holders", "other", "source",
    ],
    relies_on: "the record of office-holders (rules/facts/record/*.tsv: terms with seats per office); the lexicon's title words and party-state tags",
    template: include_str!("templates/role-holder.toml"),
    check_schema,
    compile,
};

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Params {}

struct RoleHolder;

fn compile(input: &KindInput<'_>) -> Result<Box<dyn RuleKind>, Vec<Problem>> {
    let _: Params = read_check(input)?;
    Ok(Box::new(RoleHolder))
}

/// How the record names a jurisdiction: "California", "the US Senate".
pub fn jurisdiction_label(lexicon: &Lexicon, id: &str) -> String {
    if let Some(name) = lexicon.jurisdiction_name(id) {
        return name.to_string();
    }
    if let Some((_, name)) = lexicon.subdivisions.values().find(|(sub, _)| sub == id) {
        return name.clone();
    }
    match id.split_once('-') {
        Some((country, "Senate")) => format!("the {country} Senate"),
        Some((country, "House")) => format!("the {country} House of Representatives"),
        _ => id.to_string(),
    }
}

/// "Alex Padilla and Adam Schiff".
fn names_of(record: &Record, terms: &[&HeldTerm]) -> String {
    let mut names: Vec<&str> = terms
        .iter()
        .map(|t| record.holders[t.person].name.as_str())
        .collect();
    names.sort_unstable();
    names.dedup();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// What the record says of the named person: what they held that day in the same country
/// ("Richard Durbin was Minority Whip of the US Senate"), else the same office at another
/// time ("Theresa May held it from 2016-07-13 to 2019-07-24").
fn other_office(
    record: &Record,
    lexicon: &Lexicon,
    name: &str,
    office: &str,
    jurisdiction: &str,
    date: jiff::civil::Date,
) -> Option<String> {
    let country = jurisdiction.split('-').next().unwrap_or(jurisdiction);
    let people = record.with_surname(name);
    // The same office at another time: "Theresa May held it from 2016-07-13 to 2019-07-24".
    let same = people.iter().find_map(|&person| {
        let term = record
            .terms_of(person)
            .into_iter()
            .filter(|t| t.office == office && t.jurisdiction == jurisdiction)
            .min_by_key(|t| {
                let end = t.to.map_or(t.from.0, |to| to.0);
                date.until(end)
                    .map_or(i64::MAX, |s| i64::from(s.get_days()).abs())
            })?;
        let to = term
            .to
            .map_or_else(String::new, |to| format!(" to {}", to.0));
        Some(format!(
            "{} held it from {}{to}",
            record.holders[person].name, term.from.0
        ))
    });
    let that_day = people.iter().find_map(|&person| {
        let term = record.terms_of(person).into_iter().find(|t| {
            t.jurisdiction.split('-').next() == Some(country)
                && t.surely_covers(date, record.table_end(t))
                && !matches!(t.office.as_str(), "senator" | "representative")
        })?;
        Some(format!(
            "{} was {} of {}",
            record.holders[person].name,
            office_title(&term.office),
            jurisdiction_label(lexicon, &term.jurisdiction)
        ))
    });
    that_day.or(same)
}

impl RuleKind for RoleHolder {
    fn run(&self, graph: &ClaimGraph<'_>, ctx: Context<'_>) -> Vec<RawFinding> {
        let record = &ctx.facts.record;
        let mut findings = Vec::new();
        if record.is_empty() {
            return findings;
        }
        for (id, claim) in graph.claims() {
            let Some(role) = graph.role(id) else {
                continue;
            };
            // A title names its jurisdiction, or its office is held in one place only ("Pope").
            let (Some(jurisdiction), Some(published)) = (
                role.jurisdiction
                    .as_deref()
                    .or_else(|| record.sole_jurisdiction(&role.office)),
                graph.report(claim.report).meta.published,
            ) else {
                continue;
            };
            if role.name.is_empty() {
                continue;
            }
            if role.qualifier.sense() == Qualifier::Elect {
                findings.extend(another_incoming(graph, ctx, id, jurisdiction));
                continue;
            }
            if !matches!(
                role.qualifier.sense(),
                Qualifier::Current | Qualifier::Acting
            ) {
                continue;
            }
            let Some(&seats) = record.seats.get(role.office.as_str()) else {
                continue;
            };
            let date = published.date;
            // An acting holder serves while the holder is suspended or away ("acting President
            // Choi Sang-mok" while President Yoon Suk-yeol was suspended): checked only against
            // the acting holders the record lists that day, never against the holder.
            let office = match role.qualifier.sense() {
                Qualifier::Acting => format!("acting-{}", role.office),
                _ => role.office.to_string(),
            };
            let holders = record.holders_on(&office, jurisdiction, date);
            if role.qualifier.sense() == Qualifier::Acting && holders.is_empty() {
                continue;
            }
            if holders.len() < seats {
                continue;
            }
            // People the hand-written record knows in this office are rule role-record's.
            if ctx
                .facts
                .terms_of(&role.person, &role.office, Some(jurisdiction))
                .next()
                .is_some()
            {
                continue;
            }
            let surname = surname_key(&role.name);
            // The holder by surname, or, for a name of two words or more, by a shorter form of
            // the full name or an alias ("Mahamat Deby" for "Mahamat Déby Itno"). One word
            // names the holder only as the surname: "Pope Francis" is not Leo XIV, born Robert
            // Francis Prevost.
            let full_name = role.name.split_whitespace().count() >= 2;
            if holders.iter().any(|t| {
                let holder = &record.holders[t.person];
                let named = surname_key(&holder.name) == surname
                    || (full_name
                        && std::iter::once(&holder.name)
                            .chain(&holder.aliases)
                            .any(|n| same_person(ctx.lexicon, n, &role.name)));
                named && !other_regnal_number(&role.name, &holder.name)
            }) {
                continue;
            }
            // A sentence about another day ("In 2019, Senator …") may name that day's holder.
            if !sentence_dates(graph, id, date).is_empty() {
                continue;
            }
            let office = match role.qualifier.sense() {
                Qualifier::Acting => format!("acting {}", office_title(&role.office)),
                _ => office_title(&role.office).to_string(),
            };
            let place = jurisdiction_label(ctx.lexicon, jurisdiction);
            let listed = names_of(record, &holders);
            let other = other_office(
                record,
                ctx.lexicon,
                &role.name,
                &role.office,
                jurisdiction,
                date,
            );
            let source = record.citation(holders[0]);
            let mut values = BTreeMap::new();
            values.insert("person", role.name.to_string());
            values.insert("title", claim.text.to_string());
            values.insert("office", format!("{office} of {place}"));
            values.insert("date", date.to_string());
            values.insert("holders", listed.clone());
            values.insert(
                "other",
                other
                    .as_ref()
                    .map_or_else(String::new, |o| format!("; {o}")),
            );
            values.insert("source", source.clone());
            findings.push(RawFinding {
                locations: vec![Location {
                    report: claim.report,
                    span: claim.span,
                    value: format!("{} ({office})", role.name),
                }],
                values,
                because: format!(
                    "the record of office-holders: {office} of {place} on {date}: {listed} (source: {source})"
                ),
                note: None,
                fix: None,
            });
        }
        findings
    }
}

/// Whether both names end in a regnal number and the numbers differ: "Pope Leo XIII" for Leo
/// XIV. A name without its number ("Pope Leo", "King Charles") names the holder.
fn other_regnal_number(name: &str, holder: &str) -> bool {
    let number = |n: &str| {
        n.split_whitespace()
            .last()
            .map(|w| w.trim_end_matches(['.', ',']).to_string())
            .filter(|w| crate::facts::record::is_roman(w))
    };
    matches!((number(name), number(holder)), (Some(a), Some(b)) if a != b)
}

/// "President-elect Tarlo Venn" on a day the record has somebody else taking that office
/// within the days after an election: the incoming holder was another person.
fn another_incoming(
    graph: &ClaimGraph<'_>,
    ctx: Context<'_>,
    id: crate::graph::ClaimId,
    jurisdiction: &str,
) -> Option<RawFinding> {
    let record = &ctx.facts.record;
    let claim = graph.claim(id);
    let role = graph.role(id)?;
    let date = graph.report(claim.report).meta.published?.date;
    let incoming = record.incoming_on(&role.office, jurisdiction, date);
    let surname = surname_key(&role.name);
    if incoming.is_empty()
        || incoming
            .iter()
            .any(|t| surname_key(&record.holders[t.person].name) == surname)
        || !sentence_dates(graph, id, date).is_empty()
    {
        return None;
    }
    let office = office_title(&role.office);
    let place = jurisdiction_label(ctx.lexicon, jurisdiction);
    let listed = names_of(record, &incoming);
    let from = incoming.iter().map(|t| t.from.0).min()?;
    let source = record.citation(incoming[0]);
    let mut values = BTreeMap::new();
    values.insert("person", role.name.to_string());
    values.insert("title", claim.text.to_string());
    values.insert(
        "office",
        format!("the incoming {office} of {place} (taking office on {from})"),
    );
    values.insert("date", date.to_string());
    values.insert("holders", listed.clone());
    values.insert("other", String::new());
    values.insert("source", source.clone());
    Some(RawFinding {
        locations: vec![Location {
            report: claim.report,
            span: claim.span,
            value: format!("{} ({office}-elect)", role.name),
        }],
        values,
        because: format!(
            "the record of office-holders: {listed} took office as {office} of {place} on {from} (source: {source})"
        ),
        note: None,
        fix: None,
    })
}

fn check_schema() -> schemars::Schema {
    schemars::schema_for!(Params)
}

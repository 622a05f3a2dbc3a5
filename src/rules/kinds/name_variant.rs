//! `name-variant`: one person's name spelled two ways. Within a report, a person the lexicon
//! does not know written two ways ("Tkachenko", "Tkachenco"), or a slip of a surname ("Abbot"
//! after "Greg Abbott"); across the reports of an event, one report's spelling against the one
//! the others keep to ("Gregg Abbott" where two reports write "Greg Abbott"). The lexicon's
//! listed spellings of a known person are all accepted: transliterations differ between outlets
//! and often within one ("Zelensky", "Zelenskyy").

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::{KindDef, KindInput, RawFinding, RuleKind, Scope, read_check};
use crate::claim::{ClaimKind, ReportIndex, RoleForm};
use crate::engine::Context;
use crate::finding::Location;
use crate::graph::{ClaimGraph, ClaimId, EventKey};
use crate::lexicon::Lexicon;
use crate::parse::names::{misspelling, spelling_key};
use crate::problem::Problem;

pub(super) const KIND: KindDef = KindDef {
    name: "name-variant",
    summary: "One person's name spelled in more than one way, in a report or across the reports of an event.",
    placeholders: &["person", "variants", "written", "others", "count"],
    relies_on: "the lexicon's people and their listed spellings (all accepted); for other names, names that differ by a letter or two (Jaro-Winkler) within a report, and slips of spelling (a letter doubled or not, one vowel for another) across reports",
    template: include_str!("templates/name-variant.toml"),
    check_schema,
    compile,
};

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Params {
    /// `within-report`: spellings inside one report. `across-reports`: a spelling one report
    /// alone uses where at least two other reports of the event agree on another.
    #[serde(default)]
    scope: Scope,
}

struct NameVariant {
    scope: Scope,
}

fn compile(input: &KindInput<'_>) -> Result<Box<dyn RuleKind>, Vec<Problem>> {
    let params: Params = read_check(input)?;
    Ok(Box::new(NameVariant {
        scope: params.scope,
    }))
}

/// Two spellings of one name disagree when their surnames differ, or when both give a first
/// name and the first names differ; "Donald Trump", "Trump" and "Donald J. Trump" agree.
pub fn spellings_differ(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    let (Some(last_a), Some(last_b)) = (wa.last(), wb.last()) else {
        return false;
    };
    // One word of the other, written alone: the family name first ("Choi" for "Choi
    // Sang-mok", "Xi" for "Xi Jinping").
    if wa.len() == 1 && wb.contains(last_a) || wb.len() == 1 && wa.contains(last_b) {
        return false;
    }
    if last_a != last_b {
        return true;
    }
    wa.len() >= 2 && wb.len() >= 2 && wa[0] != wb[0]
}

/// Where a claim writes the person's name: the name inside a title ("former commissioner
/// Lena Harlow"), or the whole claim.
fn name_span(graph: &ClaimGraph<'_>, id: ClaimId) -> crate::span::Span {
    let claim = graph.claim(id);
    match &claim.kind {
        ClaimKind::Role(r) if !r.name.is_empty() => {
            claim.text.find(r.name.as_str()).map_or(claim.span, |at| {
                crate::span::Span::new(claim.span.start + at, claim.span.start + at + r.name.len())
            })
        }
        _ => claim.span,
    }
}

/// A person's name as one claim writes it.
fn written(graph: &ClaimGraph<'_>, id: ClaimId) -> Option<(String, String)> {
    match &graph.claim(id).kind {
        ClaimKind::Name(n) => Some((n.person.to_string(), n.written.to_string())),
        ClaimKind::Role(r) if r.form != RoleForm::Bare && !r.name.is_empty() => {
            Some((r.person.to_string(), r.name.to_string()))
        }
        _ => None,
    }
}

/// A spelling the lexicon lists for that known person, or the surname of one ("Klimenko" when
/// "Ihor Klimenko" is listed).
fn listed(lexicon: &Lexicon, person: &str, form: &str) -> bool {
    lexicon.person_by_name(form).is_some_and(|p| p.id == person)
        || lexicon
            .person(person)
            .is_some_and(|p| p.surnames.iter().any(|s| s == form))
}

fn display_name(lexicon: &Lexicon, person: &str, fallback: &str) -> String {
    lexicon
        .person(person)
        .map_or_else(|| fallback.to_string(), |p| p.name.clone())
}

impl RuleKind for NameVariant {
    fn run(&self, graph: &ClaimGraph<'_>, ctx: Context<'_>) -> Vec<RawFinding> {
        match self.scope {
            Scope::WithinReport => within_report(graph, ctx.lexicon),
            Scope::AcrossReports => across_reports(graph, ctx.lexicon),
        }
    }
}

fn within_report(graph: &ClaimGraph<'_>, lexicon: &Lexicon) -> Vec<RawFinding> {
    // Every written form of each person, per report, in text order.
    let mut forms: BTreeMap<(ReportIndex, String), Vec<(ClaimId, String)>> = BTreeMap::new();
    for (id, claim) in graph.claims() {
        if let Some((person, form)) = written(graph, id) {
            forms
                .entry((claim.report, person))
                .or_default()
                .push((id, form));
        }
    }
    let mut findings = Vec::new();
    for ((report, person), mut written) in forms {
        written.sort_by_key(|(id, _)| graph.claim(*id).span.start);
        let mut distinct: Vec<(ClaimId, String)> = Vec::new();
        for (id, form) in written {
            if distinct.iter().all(|(_, d)| spellings_differ(d, &form)) {
                distinct.push((id, form));
            }
        }
        // Spellings the lexicon lists for a known person are all right.
        if distinct.len() < 2 || distinct.iter().all(|(_, f)| listed(lexicon, &person, f)) {
            continue;
        }
        let name = display_name(lexicon, &person, &distinct[0].1);
        let variants: Vec<String> = distinct.iter().map(|(_, f)| format!("\"{f}\"")).collect();
        let mut values = BTreeMap::new();
        values.insert("person", name);
        values.insert("variants", variants.join(" and "));
        values.insert("written", distinct[1].1.clone());
        values.insert("others", String::new());
        values.insert("count", "0".into());
        findings.push(RawFinding {
            locations: distinct
                .iter()
                .map(|(id, form)| Location {
                    report,
                    span: name_span(graph, *id),
                    value: format!("spelled \"{form}\""),
                })
                .collect(),
            values,
            because: "compared because both spellings name the same person in one report".into(),
            note: None,
            fix: None,
        });
    }
    findings
}

/// One spelling of a full name across the reports of an event: where each report first
/// writes it.
#[derive(Default)]
struct Spelling {
    person: String,
    first: BTreeMap<ReportIndex, ClaimId>,
}

fn across_reports(graph: &ClaimGraph<'_>, lexicon: &Lexicon) -> Vec<RawFinding> {
    // Full names (two words or more) by event, then by what their slips share.
    let mut names: BTreeMap<(&EventKey, String), BTreeMap<String, Spelling>> = BTreeMap::new();
    for (id, claim) in graph.claims() {
        let Some((person, form)) = written(graph, id) else {
            continue;
        };
        let event = graph.event_of(id);
        if form.split_whitespace().count() < 2 || matches!(event, EventKey::Report(_)) {
            continue;
        }
        let key = form
            .split_whitespace()
            .map(spelling_key)
            .collect::<Vec<_>>()
            .join(" ");
        let spelling = names
            .entry((event, key))
            .or_default()
            .entry(form)
            .or_default();
        spelling.person = person;
        let first = spelling.first.entry(claim.report).or_insert(id);
        if graph.claim(id).span.start < graph.claim(*first).span.start {
            *first = id;
        }
    }
    let mut findings = Vec::new();
    for spellings in names.values() {
        // The spellings two reports or more agree on: one or two in real reports; a hostile
        // input's many are cut short, so that the work stays linear.
        let usual: Vec<(&String, &Spelling)> = spellings
            .iter()
            .filter(|(_, s)| s.first.len() >= 2)
            .take(USUAL_SPELLINGS)
            .collect();
        if usual.is_empty() {
            continue;
        }
        crate::text::work::add((spellings.len() * usual.len()) as u64);
        for (odd, spelling) in spellings {
            // One report alone writes it, and does not also write the other spelling.
            let [(&report, &at)] = spelling.first.iter().collect::<Vec<_>>()[..] else {
                continue;
            };
            if lexicon.person_by_name(odd).is_some() {
                continue;
            }
            let Some(&(usual, kept)) = usual.iter().find(|(usual, other)| {
                other.first.len() >= 2 && !other.first.contains_key(&report) && one_slip(odd, usual)
            }) else {
                continue;
            };
            let mut locations = vec![Location {
                report,
                span: name_span(graph, at),
                value: format!("{}: spelled \"{odd}\"", graph.report(report).label()),
            }];
            locations.extend(kept.first.iter().map(|(&r, &id)| Location {
                report: r,
                span: name_span(graph, id),
                value: format!("{}: spelled \"{usual}\"", graph.report(r).label()),
            }));
            let outlets: BTreeSet<String> = kept
                .first
                .keys()
                .map(|&r| graph.report(r).label())
                .collect();
            let mut values = BTreeMap::new();
            values.insert("person", display_name(lexicon, &kept.person, usual));
            values.insert("variants", format!("\"{odd}\" and \"{usual}\""));
            values.insert("written", odd.clone());
            values.insert("others", outlets.into_iter().collect::<Vec<_>>().join(", "));
            values.insert("count", kept.first.len().to_string());
            findings.push(RawFinding {
                locations,
                values,
                because: format!(
                    "compared because the names differ by a slip of spelling ({}) in reports of {}",
                    slip_words(odd, usual),
                    graph.event_of(at)
                ),
                note: None,
                fix: None,
            });
        }
    }
    findings
}

/// How many usual spellings of one name are looked at for each odd one.
const USUAL_SPELLINGS: usize = 16;

/// Two full names that differ in one word, by a slip of spelling.
fn one_slip(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    let differ: Vec<(&&str, &&str)> = wa.iter().zip(&wb).filter(|(x, y)| x != y).collect();
    wa.len() == wb.len() && differ.len() == 1 && misspelling(differ[0].0, differ[0].1)
}

/// "Gregg" for "Greg": the words that differ.
fn slip_words(a: &str, b: &str) -> String {
    a.split_whitespace()
        .zip(b.split_whitespace())
        .find(|(x, y)| x != y)
        .map_or_else(String::new, |(x, y)| format!("\"{x}\" for \"{y}\""))
}

fn check_schema() -> schemars::Schema {
    schemars::schema_for!(Params)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings() {
        assert!(spellings_differ("Zelensky", "Zelenskyy"));
        assert!(spellings_differ("Yury Ushakov", "Yuri Ushakov"));
        assert!(!spellings_differ("Donald Trump", "Trump"));
        assert!(!spellings_differ("Donald J. Trump", "Donald Trump"));
        assert!(!spellings_differ("Rafael Mariano Grossi", "Rafael Grossi"));
    }

    #[test]
    fn slips_in_one_word() {
        assert!(one_slip("Gregg Abbott", "Greg Abbott"));
        assert!(one_slip("Lena Harlow", "Lina Harlow"));
        assert!(!one_slip("Lena Harlow", "Lina Harlowe"));
        assert!(!one_slip("Mark Harlow", "Marc Harlow"));
        assert_eq!(
            slip_words("Gregg Abbott", "Greg Abbott"),
            "\"Gregg\" for \"Greg\""
        );
    }
}

//! `role-agreement`: one person, one date, titles that cannot both hold: "former President
//! Donald Trump" and "President Donald Trump".
//!
//! Titles are compared when they name the same office of the same jurisdiction (a title without
//! a jurisdiction word matches any). Across reports, titles are compared when the reports were
//! published the same day.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use crate::engine::Context;

use super::role_record::sentence_dates;
use super::{KindDef, KindInput, RawFinding, RuleKind, Scope, read_check};
use crate::claim::{Qualifier, ReportIndex, Role};
use crate::finding::Location;
use crate::graph::{ClaimGraph, ClaimId};
use crate::lexicon::Lexicon;
use crate::problem::Problem;

pub(super) const KIND: KindDef = KindDef {
    name: "role-agreement",
    summary: "One person given incompatible titles (former and current) on the same date.",
    placeholders: &[
        "person", "office", "date", "a.outlet", "a.title", "b.outlet", "b.title",
    ],
    relies_on: "the lexicon's offices, qualifiers, jurisdictions and people (aliases); the record of facts to tell who a bare title (\"the president\") means",
    template: include_str!("templates/role-agreement.toml"),
    check_schema,
    compile,
};

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Params {
    #[serde(default)]
    scope: Scope,
    /// The two qualifiers that cannot both hold on one date: `["former", "current"]` (the
    /// default: "former President" and "President"), or `["acting", "current"]` ("acting
    /// Mayor" and "Mayor": the qualifier dropped).
    #[serde(default = "former_and_current")]
    qualifiers: [QualifierName; 2],
}

/// A qualifier of a title, as rule files name it.
#[derive(Clone, Copy, Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
enum QualifierName {
    Current,
    Former,
    Acting,
    Elect,
    Outgoing,
}

impl QualifierName {
    fn qualifier(self) -> Qualifier {
        match self {
            QualifierName::Current => Qualifier::Current,
            QualifierName::Former => Qualifier::Former,
            QualifierName::Acting => Qualifier::Acting,
            QualifierName::Elect => Qualifier::Elect,
            QualifierName::Outgoing => Qualifier::Outgoing,
        }
    }
}

impl Default for Params {
    fn default() -> Params {
        Params {
            scope: Scope::default(),
            qualifiers: former_and_current(),
        }
    }
}

fn former_and_current() -> [QualifierName; 2] {
    [QualifierName::Former, QualifierName::Current]
}

struct RoleAgreement {
    scope: Scope,
    /// The qualifier the message names first, and the one it conflicts with.
    pair: [Qualifier; 2],
}

fn compile(input: &KindInput<'_>) -> Result<Box<dyn RuleKind>, Vec<Problem>> {
    let params: Params = read_check(input)?;
    Ok(Box::new(RoleAgreement {
        scope: params.scope,
        pair: params.qualifiers.map(QualifierName::qualifier),
    }))
}

impl RuleKind for RoleAgreement {
    fn run(&self, graph: &ClaimGraph<'_>, ctx: Context<'_>) -> Vec<RawFinding> {
        let lexicon = ctx.lexicon;
        let mut findings = Vec::new();
        for (person, claims) in graph.roles_by_linked_person(lexicon) {
            // Claims are compared within a report, or within a publication date across reports.
            let mut groups: BTreeMap<GroupKey, Vec<ClaimId>> = BTreeMap::new();
            for id in claims {
                let report = graph.claim(id).report;
                // A title in a sentence about another time ("In 2023, President Joe Biden …")
                // is the title of that time, not a claim about today.
                let published = graph.report(report).meta.published;
                if published.is_some_and(|p| !sentence_dates(graph, id, p.date).is_empty()) {
                    continue;
                }
                let key = match self.scope {
                    Scope::WithinReport => GroupKey::Report(report),
                    Scope::AcrossReports => match graph.report(report).meta.published {
                        Some(p) => GroupKey::Date(p.date.to_string()),
                        None => continue,
                    },
                };
                groups.entry(key).or_default().push(id);
            }
            for (key, ids) in groups {
                if let Some(f) = self.conflict(graph, lexicon, &person, &key, &ids) {
                    findings.push(f);
                }
            }
        }
        findings
    }
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum GroupKey {
    Report(ReportIndex),
    Date(String),
}

impl RoleAgreement {
    fn conflict(
        &self,
        graph: &ClaimGraph<'_>,
        lexicon: &Lexicon,
        person: &str,
        key: &GroupKey,
        ids: &[ClaimId],
    ) -> Option<RawFinding> {
        let across = matches!(key, GroupKey::Date(_));
        let roles: Vec<(ClaimId, &Role)> = ids
            .iter()
            .filter_map(|&id| graph.role(id).map(|r| (id, r)))
            .collect();
        let mut pair = None;
        'search: for &(a, ra) in &roles {
            if ra.qualifier.sense() != self.pair[0] {
                continue;
            }
            for &(b, rb) in &roles {
                let different_reports = graph.claim(a).report != graph.claim(b).report;
                if rb.qualifier.sense() == self.pair[1]
                    && rb.office == ra.office
                    && compatible(ra, rb)
                    && across == different_reports
                {
                    pair = Some((a, b));
                    break 'search;
                }
            }
        }
        let (a, b) = pair?;
        let (ra, rb) = (graph.role(a)?, graph.role(b)?);
        let report_a = graph.report(graph.claim(a).report);
        let report_b = graph.report(graph.claim(b).report);
        let name = lexicon
            .person(person)
            .map_or_else(|| ra.name.clone(), |p| p.name.as_str().into());
        let date = report_a
            .meta
            .published
            .map_or_else(|| "the same date".to_string(), |p| p.date.to_string());
        let mut values = BTreeMap::new();
        values.insert("person", name.to_string());
        values.insert("office", ra.office_text.to_string());
        values.insert("date", date.clone());
        values.insert("a.outlet", report_a.label());
        values.insert("a.title", graph.claim(a).text.to_string());
        values.insert("b.outlet", report_b.label());
        values.insert("b.title", graph.claim(b).text.to_string());

        // The former title first, as the message names it first.
        let locations = [a, b]
            .iter()
            .map(|&id| {
                let claim = graph.claim(id);
                let role = graph.role(id).expect("role claims");
                let what = match role.qualifier.sense() {
                    Qualifier::Former => format!("former {}", role.office_text),
                    Qualifier::Acting => format!("acting {}", role.office_text),
                    Qualifier::Elect => format!("{}-elect", role.office_text),
                    Qualifier::Outgoing => format!("outgoing {}", role.office_text),
                    _ => format!("current {}", role.office_text),
                };
                Location {
                    report: claim.report,
                    span: claim.span,
                    value: if across {
                        format!("{}: {what}", graph.report(claim.report).label())
                    } else {
                        what
                    },
                }
            })
            .collect();
        let offices: BTreeSet<&str> = [ra.office.as_str(), rb.office.as_str()]
            .into_iter()
            .collect();
        let because = if across {
            format!(
                "compared because both reports were published on {date} and name {name} as {}",
                offices.into_iter().collect::<Vec<_>>().join(", ")
            )
        } else {
            "compared because one report names the same person with both titles".to_string()
        };
        // A title resolved with the record of facts names the fact it rests on.
        let facts: Vec<&str> = [ra, rb]
            .iter()
            .filter_map(|r| r.resolved_by.as_deref())
            .collect();
        Some(RawFinding {
            locations,
            values,
            because,
            note: (!facts.is_empty()).then(|| facts.join("\n")),
            fix: None,
        })
    }
}

/// Whether two titles of one office can be the same post: the same jurisdiction, or one
/// without any. An office the lexicon does not list ("coach", "chief executive") is held in
/// many bodies at once, so both titles must name the same one ("former Harlow coach" and
/// "Tarlo coach" are two posts).
fn compatible(a: &Role, b: &Role) -> bool {
    match (a.jurisdiction.as_deref(), b.jurisdiction.as_deref()) {
        (Some(x), Some(y)) => x == y,
        _ => !(a.open || b.open),
    }
}

fn check_schema() -> schemars::Schema {
    schemars::schema_for!(Params)
}

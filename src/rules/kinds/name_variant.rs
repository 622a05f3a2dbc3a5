//! `name-variant`: one person's name spelled two ways in one report ("Zelensky" and
//! "Zelenskyy"). A style note: transliterations differ between outlets, but one report should
//! keep to one.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{KindDef, KindInput, RawFinding, RuleKind, read_check};
use crate::claim::{ClaimKind, ReportIndex, RoleForm};
use crate::engine::Context;
use crate::finding::Location;
use crate::graph::{ClaimGraph, ClaimId};
use crate::problem::Problem;

pub(super) const KIND: KindDef = KindDef {
    name: "name-variant",
    summary: "One person's name spelled in more than one way in a report.",
    placeholders: &["person", "variants"],
    relies_on: "the lexicon's people and their aliases; for people it does not know, names that differ by a letter or two (Jaro-Winkler)",
    template: include_str!("templates/name-variant.toml"),
    check_schema,
    compile,
};

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Params {}

struct NameVariant;

fn compile(input: &KindInput<'_>) -> Result<Box<dyn RuleKind>, Vec<Problem>> {
    let _: Params = read_check(input)?;
    Ok(Box::new(NameVariant))
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
    if last_a != last_b {
        return true;
    }
    wa.len() >= 2 && wb.len() >= 2 && wa[0] != wb[0]
}

impl RuleKind for NameVariant {
    fn run(&self, graph: &ClaimGraph<'_>, ctx: Context<'_>) -> Vec<RawFinding> {
        // Every written form of each person, per report, in text order.
        let mut forms: BTreeMap<(ReportIndex, String), Vec<(ClaimId, String)>> = BTreeMap::new();
        for (id, claim) in graph.claims() {
            let (person, written) = match &claim.kind {
                ClaimKind::Name(n) => (n.person.clone(), n.written.clone()),
                ClaimKind::Role(r)
                    if r.form != RoleForm::Bare
                        && !r.name.is_empty()
                        && !ctx.lexicon.people.iter().any(|p| p.id == r.person) =>
                {
                    (r.person.clone(), r.name.clone())
                }
                _ => continue,
            };
            forms
                .entry((claim.report, person.to_string()))
                .or_default()
                .push((id, written.to_string()));
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
            if distinct.len() < 2 {
                continue;
            }
            let name = ctx
                .lexicon
                .people
                .iter()
                .find(|p| p.id == person)
                .map_or_else(|| distinct[0].1.clone(), |p| p.name.clone());
            let variants: Vec<String> = distinct.iter().map(|(_, f)| format!("\"{f}\"")).collect();
            let mut values = BTreeMap::new();
            values.insert("person", name);
            values.insert("variants", variants.join(" and "));
            findings.push(RawFinding {
                locations: distinct
                    .iter()
                    .map(|(id, form)| Location {
                        report,
                        span: graph.claim(*id).span,
                        value: format!("spelled \"{form}\""),
                    })
                    .collect(),
                values,
                because: "compared because both spellings name the same person in one report"
                    .into(),
                note: None,
            });
        }
        findings
    }
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
}

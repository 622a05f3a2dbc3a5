//! Role claims: a person given a title before their name.
//!
//! `[qualifier] [jurisdiction] [qualifier] Office[-elect] Name`: "former US President Donald
//! Trump", "Russian President Vladimir Putin", "Kremlin aide Yury Ushakov", "Secretary of State
//! Marco Rubio", "ex-Prime Minister Boris Johnson".

use super::Sentence;
use crate::claim::{Claim, ClaimKind, Qualifier, Role};
use crate::lexicon::Lexicon;
use crate::text::Token;

/// Capitalised words that begin sentences or clauses and never start a name.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "And",
    "But",
    "Or",
    "Of",
    "For",
    "To",
    "As",
    "By",
    "With",
    "From",
    "He",
    "She",
    "It",
    "They",
    "We",
    "His",
    "Her",
    "Its",
    "Their",
    "This",
    "That",
    "After",
    "Before",
    "During",
    "While",
    "When",
    "Meanwhile",
    "However",
    "Speaking",
    "Said",
    "Says",
];

/// Reads every pre-nominal title of one sentence.
pub fn roles(s: &Sentence<'_>, lexicon: &Lexicon, claims: &mut Vec<Claim>) {
    let toks = &s.tokens;
    let mut i = 0;
    while i < toks.len() {
        match role_at(s, lexicon, i) {
            Some((claim, end)) => {
                claims.push(claim);
                i = end;
            }
            None => i += 1,
        }
    }
}

fn role_at(s: &Sentence<'_>, lexicon: &Lexicon, i: usize) -> Option<(Claim, usize)> {
    let toks = &s.tokens;
    let mut j = i;
    let mut qualifier = Qualifier::Current;
    if let Some(found) = lexicon.qualifier_forms.longest_at(toks, j) {
        qualifier = *found.value;
        j += found.len;
        if toks.get(j).is_some_and(|t| t.text == "-") {
            j += 1;
        }
    }
    let mut jurisdiction = None;
    if let Some(found) = lexicon.jurisdiction_forms.longest_at(toks, j) {
        jurisdiction = Some(lexicon.jurisdictions[*found.value].id.clone());
        j += found.len;
    }
    if qualifier == Qualifier::Current
        && let Some(found) = lexicon.qualifier_forms.longest_at(toks, j)
    {
        qualifier = *found.value;
        j += found.len;
        if toks.get(j).is_some_and(|t| t.text == "-") {
            j += 1;
        }
    }
    let office = lexicon.office_forms.longest_at(toks, j)?;
    let office_start = j;
    j += office.len;
    let office_text = s
        .slice(toks[office_start].span.cover(toks[j - 1].span))
        .to_string();
    if toks
        .get(j)
        .is_some_and(|t| t.text == "-" && !t.space_before)
        && toks.get(j + 1).is_some_and(|t| t.lower == "elect")
    {
        qualifier = Qualifier::Elect;
        j += 2;
    }
    let (name_start, name_end) = name_at(lexicon, toks, j)?;
    let mut name = s
        .slice(toks[name_start].span.cover(toks[name_end - 1].span))
        .to_string();
    for possessive in ["'s", "’s"] {
        if let Some(stem) = name.strip_suffix(possessive) {
            name = stem.to_string();
        }
    }
    let person = lexicon
        .person_by_name(&name)
        .map(|p| p.id.clone())
        .unwrap_or_else(|| slug(&name));
    // A title without a jurisdiction word still names its person; the start of the claim is
    // where its first word is.
    let span = toks[i].span.cover(toks[name_end - 1].span);
    Some((
        Claim {
            report: s.report,
            span,
            sentence: s.span,
            text: s.slice(span).to_string(),
            kind: ClaimKind::Role(Role {
                person,
                name,
                office: lexicon.offices[*office.value].id.clone(),
                office_text,
                jurisdiction,
                qualifier,
            }),
        },
        name_end,
    ))
}

/// A person's name after a title: up to four capitalised words, with initials.
fn name_at(lexicon: &Lexicon, toks: &[Token<'_>], start: usize) -> Option<(usize, usize)> {
    let mut j = start;
    while j < toks.len() && j < start + 6 {
        let t = &toks[j];
        let is_name_word = t.is_word()
            && t.is_capitalised()
            && !NOT_NAMES.contains(&t.text)
            && lexicon.months.longest_at(toks, j).is_none()
            && lexicon.weekdays.longest_at(toks, j).is_none()
            && lexicon.office_forms.longest_at(toks, j).is_none();
        let is_initial_dot =
            t.text == "." && j > start && toks[j - 1].text.chars().count() == 1 && !t.space_before;
        if !(is_name_word || is_initial_dot) {
            break;
        }
        j += 1;
    }
    (j > start).then_some((start, j))
}

/// A stable id for a person the lexicon does not know: "Tymur Tkachenko" → "tymur-tkachenko".
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for word in name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_lowercase());
    }
    out
}

/// Resolves surname-only mentions within one report to the full name mentioned before:
/// after "Tymur Tkachenko", a later "Tkachenko" is the same person.
pub fn resolve_within_report(lexicon: &Lexicon, claims: &mut [Claim]) {
    let mut full_names: Vec<(String, String)> = Vec::new();
    for claim in claims.iter_mut() {
        let ClaimKind::Role(role) = &mut claim.kind else {
            continue;
        };
        if lexicon.people.iter().any(|p| p.id == role.person) {
            continue;
        }
        let words: Vec<&str> = role.name.split_whitespace().collect();
        if words.len() > 1 {
            let surname = words.last().map(|w| w.to_string()).unwrap_or_default();
            full_names.push((surname, role.person.clone()));
        } else if let Some((_, person)) = full_names
            .iter()
            .rev()
            .find(|(surname, _)| *surname == role.name)
        {
            role.person = person.clone();
        }
    }
}

//! Resolution of claims that need the report's metadata and the record of facts: bare titles
//! ("the president") to the person they mean, a predecessor's office, and near-identical
//! spellings of one unknown person's name. It also reads which record events a duration
//! means, so that rules need not read the report's text.

use jiff::civil::Date;

use crate::claim::{Claim, ClaimKind, CompactString, Qualifier, RoleForm};
use crate::facts::Facts;
use crate::lexicon::Lexicon;
use crate::parse::Skipped;
use crate::span::Span;
use crate::text::tokens;

/// The smallest Jaro-Winkler similarity at which two unknown surnames are one person's.
pub const NAME_SIMILARITY: f64 = 0.93;

/// Resolves the claims of one report in place; claims that cannot be resolved are removed and
/// listed as skipped.
pub fn resolve_report(
    claims: &mut Vec<Claim>,
    published: Option<Date>,
    text: &str,
    body: Span,
    lexicon: &Lexicon,
    facts: &Facts,
    skipped: &mut Vec<Skipped>,
) {
    merge_similar_names(claims, lexicon);
    if let Some(date) = published {
        date_relative_years(claims, date.year());
    }
    let mut keep = vec![true; claims.len()];
    for index in 0..claims.len() {
        let ClaimKind::Role(role) = &claims[index].kind else {
            continue;
        };
        match role.form {
            RoleForm::Bare => match holder_of_bare_title(
                claims,
                index,
                &people_named(&claims[refer_back(index)..index]),
                published,
                facts,
            )
            .or_else(|| holder_by_place(claims, index, text, body, lexicon, published, facts))
            {
                Some(person) => {
                    let name = display_name(lexicon, &person, claims);
                    let fact = record_fact(claims, index, &person, published, lexicon, facts);
                    if let ClaimKind::Role(role) = &mut claims[index].kind {
                        role.person = person.into();
                        role.name = name.into();
                        role.resolved_by = fact.map(Into::into);
                    }
                }
                None => {
                    keep[index] = false;
                    skipped.push(Skipped {
                        span: claims[index].span,
                        reason: "a title whose holder the report does not make clear",
                    });
                }
            },
            RoleForm::Predecessor => match office_of_antecedent(claims, index, published, facts) {
                Some((office, jurisdiction)) => {
                    if let ClaimKind::Role(role) = &mut claims[index].kind {
                        role.office_text = crate::facts::office_title(&office).into();
                        role.office = office;
                        role.jurisdiction = jurisdiction;
                    }
                }
                None => {
                    keep[index] = false;
                    skipped.push(Skipped {
                        span: claims[index].span,
                        reason: "a predecessor of someone whose office the report does not give",
                    });
                }
            },
            _ => {}
        }
    }
    let mut flags = keep.into_iter();
    claims.retain(|_| flags.next().unwrap_or(true));
    read_from_text(claims, text, body, facts);
}

/// Sets which long events of the record a duration's subject may mean, given the words of the
/// report, so that rules need not read the text.
fn read_from_text(claims: &mut [Claim], text: &str, body: Span, facts: &Facts) {
    let body_text = text.get(body.start..body.end).unwrap_or("");
    let mut found = Vec::new();
    for claim in claims.iter_mut() {
        if let ClaimKind::Elapsed(e) = &mut claim.kind
            && let Some(subject) = &e.subject
        {
            e.record_events = facts
                .events_meant(subject, body_text, &mut found)
                .into_iter()
                .map(|event| event.id.clone())
                .collect();
        }
    }
}

/// How many claims before a title it may refer back to, and how many bytes of text: a title
/// refers to what the report said shortly before it, and a report of thousands of titles
/// (a hostile file) is then read in linear time.
const REFER_BACK: usize = 400;
const REFER_BACK_BYTES: usize = 20_000;

/// A figure's "last year" or "this year" as the year it names from the report's date, in its
/// measure's key and its occasion: "handled 16.9 million passengers last year" in a report of
/// 2026 is a count of 2025, as "in 2025" is in another report.
fn date_relative_years(claims: &mut [Claim], year: i16) {
    let named = |words: &str| match words {
        "last-year" | "last year" => Some(year - 1),
        "this-year" | "this year" => Some(year),
        _ => None,
    };
    for claim in claims {
        let ClaimKind::Quantity(q) = &mut claim.kind else {
            continue;
        };
        if let Some(y) = q
            .occasion
            .as_deref()
            .and_then(|o| named(o.to_lowercase().as_str()))
        {
            q.occasion = Some(format!("in {y}").into());
        }
        let Some(measure) = q.measure.as_deref() else {
            continue;
        };
        if !measure.split('.').any(|segment| named(segment).is_some()) {
            continue;
        }
        let mut segments: Vec<String> = Vec::new();
        for segment in measure.split('.') {
            let segment = named(segment).map_or_else(|| segment.to_string(), |y| format!("in-{y}"));
            if !segments.contains(&segment) {
                segments.push(segment);
            }
        }
        q.measure = Some(segments.join(".").into());
    }
}

/// The first claim a title at `index` may refer back to.
fn refer_back(index: usize) -> usize {
    index.saturating_sub(REFER_BACK)
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Everyone these claims name, by id, with or without a title.
fn people_named(claims: &[Claim]) -> Vec<CompactString> {
    let mut named: Vec<CompactString> = claims
        .iter()
        .filter_map(|c| match &c.kind {
            ClaimKind::Name(n) => Some(n.person.clone()),
            ClaimKind::Role(r) if r.form != RoleForm::Bare && !r.person.is_empty() => {
                Some(r.person.clone())
            }
            _ => None,
        })
        .collect();
    named.sort();
    named.dedup();
    named
}

/// The person a bare title means. Two readings must not disagree: the last person the report
/// titled with that office as its current holder, and the one person the report names who held
/// that office on the publication date according to the record, among the people named before
/// the title (a title refers back). A bare "the former president"
/// means the last person the report titled with that office.
fn holder_of_bare_title(
    claims: &[Claim],
    index: usize,
    named: &[CompactString],
    published: Option<Date>,
    facts: &Facts,
) -> Option<String> {
    let ClaimKind::Role(bare) = &claims[index].kind else {
        return None;
    };
    let compatible = |j: &Option<CompactString>| match (j, &bare.jurisdiction) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    let previous = claims[refer_back(index)..index]
        .iter()
        .rev()
        .find_map(|c| match &c.kind {
            ClaimKind::Role(r)
                if r.form != RoleForm::Bare
                    && r.office == bare.office
                    && compatible(&r.jurisdiction)
                    && (bare.qualifier.sense() == Qualifier::Former
                        || r.qualifier.sense() != Qualifier::Former) =>
            {
                Some(r.person.clone())
            }
            _ => None,
        });
    if bare.qualifier.sense() == Qualifier::Former {
        return previous.map(|s| s.to_string());
    }
    let from_record: Vec<String> = match published {
        Some(date) => {
            let mut holders: Vec<String> = facts
                .holders(&bare.office, bare.jurisdiction.as_deref(), date)
                .map(|t| t.person.clone())
                .filter(|p| named.iter().any(|n| n == p.as_str()))
                .collect();
            holders.sort();
            holders.dedup();
            holders
        }
        None => Vec::new(),
    };
    match (previous, from_record.as_slice()) {
        (Some(p), []) => Some(p.to_string()),
        (Some(p), [r]) if *r == p => Some(p.to_string()),
        (None, [r]) => Some(r.clone()),
        _ => None,
    }
}

/// The fact that resolved a bare title, when the report itself did not title that person with
/// that office before: findings that rest on the resolution cite it.
fn record_fact(
    claims: &[Claim],
    index: usize,
    person: &str,
    published: Option<Date>,
    lexicon: &Lexicon,
    facts: &Facts,
) -> Option<String> {
    let ClaimKind::Role(bare) = &claims[index].kind else {
        return None;
    };
    let titled_before = claims[refer_back(index)..index].iter().any(|c| {
        matches!(&c.kind, ClaimKind::Role(r) if r.form != RoleForm::Bare
            && r.person == person
            && r.office == bare.office
            && (bare.qualifier.sense() == Qualifier::Former || r.qualifier.sense() != Qualifier::Former))
    });
    if titled_before {
        return None;
    }
    let date = published?;
    let term = facts
        .terms_of(person, &bare.office, bare.jurisdiction.as_deref())
        .find(|t| {
            if bare.qualifier.sense() == Qualifier::Former {
                t.from <= date
            } else {
                t.covers(date)
            }
        })?;
    Some(format!(
        "\"{}\" is {}: the record of facts says {} (source: {})",
        claims[index].text,
        display_name(lexicon, person, claims),
        term.describe(lexicon),
        term.source
    ))
}

/// The holder of a bare title when the report names nobody who holds it: the record's one
/// holder of that office in the one country the report has spoken of so far ("Britain … the
/// prime minister"). A former title means the one person named before who held the office in
/// the past and no longer does.
fn holder_by_place(
    claims: &[Claim],
    index: usize,
    text: &str,
    body: Span,
    lexicon: &Lexicon,
    published: Option<Date>,
    facts: &Facts,
) -> Option<String> {
    let ClaimKind::Role(bare) = &claims[index].kind else {
        return None;
    };
    let date = published?;
    if bare.qualifier.sense() == Qualifier::Former {
        let named = people_named(&claims[refer_back(index)..index]);
        let mut past: Vec<&CompactString> = named
            .iter()
            .filter(|p| {
                let mut terms = facts.terms_of(p, &bare.office, bare.jurisdiction.as_deref());
                let held = terms.any(|t| t.from <= date);
                held && !facts
                    .terms_of(p, &bare.office, bare.jurisdiction.as_deref())
                    .any(|t| t.covers(date))
            })
            .collect();
        past.dedup();
        return match past.as_slice() {
            [one] => Some(one.to_string()),
            _ => None,
        };
    }
    let jurisdiction = match &bare.jurisdiction {
        Some(j) => j.clone(),
        None => {
            let end = claims[index].span.start.max(body.start);
            let start =
                floor_char_boundary(text, end.saturating_sub(REFER_BACK_BYTES)).max(body.start);
            let before = &text[start..end];
            let toks = tokens(before, start);
            let mut places: Vec<String> = (0..toks.len())
                .filter_map(|j| lexicon.jurisdiction_forms.longest_at(&toks, j))
                .map(|found| lexicon.jurisdictions[*found.value].id.clone())
                .collect();
            places.sort();
            places.dedup();
            match places.as_slice() {
                [one] => one.clone(),
                _ => return None,
            }
            .into()
        }
    };
    let mut holders: Vec<String> = facts
        .holders(&bare.office, Some(&jurisdiction), date)
        .filter(|t| !t.acting)
        .map(|t| t.person.clone())
        .collect();
    holders.sort();
    holders.dedup();
    match holders.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// The office of the person a "predecessor" phrase refers back to: the last person named
/// before it in the sentence, by the report's own title for them or by the record.
fn office_of_antecedent(
    claims: &[Claim],
    index: usize,
    published: Option<Date>,
    facts: &Facts,
) -> Option<(CompactString, Option<CompactString>)> {
    let sentence = claims[index].sentence;
    let start = claims[index].span.start;
    let antecedent = claims[refer_back(index)..index]
        .iter()
        .rev()
        .filter(|c| c.sentence == sentence && c.span.end <= start)
        .find_map(|c| match &c.kind {
            ClaimKind::Name(n) => Some(n.person.clone()),
            ClaimKind::Role(r) if !r.person.is_empty() => Some(r.person.clone()),
            _ => None,
        })?;
    let titled = claims.iter().find_map(|c| match &c.kind {
        ClaimKind::Role(r)
            if r.person == antecedent
                && r.qualifier.sense() == Qualifier::Current
                && !r.office.is_empty() =>
        {
            Some((r.office.clone(), r.jurisdiction.clone()))
        }
        _ => None,
    });
    titled.or_else(|| {
        let date = published?;
        let term = facts.offices_of(&antecedent, date).next()?;
        Some((
            term.office.as_str().into(),
            Some(term.jurisdiction.as_str().into()),
        ))
    })
}

fn display_name(lexicon: &Lexicon, person: &str, claims: &[Claim]) -> String {
    lexicon
        .person(person)
        .map(|p| p.name.clone())
        .or_else(|| {
            claims
                .iter()
                .find_map(|c| match &c.kind {
                    ClaimKind::Role(r) if r.person == person && !r.name.is_empty() => {
                        Some(r.name.clone())
                    }
                    _ => None,
                })
                .map(|s| s.to_string())
        })
        .unwrap_or_else(|| person.to_string())
}

/// Unknown people whose names differ by a letter or two ("Tkachenko", "Tkachenco") are one
/// person; the first spelling's id wins. Known people are matched by the lexicon's aliases.
fn merge_similar_names(claims: &mut [Claim], lexicon: &Lexicon) {
    // Names are alike only with the same initials: seen names are kept by them, a few each,
    // so that a report of many names costs linear time.
    let mut seen: std::collections::HashMap<String, Vec<(String, String)>> =
        std::collections::HashMap::new();
    for claim in claims.iter_mut() {
        let (person, name) = match &mut claim.kind {
            ClaimKind::Role(role) if role.form != RoleForm::Bare => (&mut role.person, &role.name),
            ClaimKind::Name(mention) => (&mut mention.person, &mention.written),
            _ => continue,
        };
        if name.is_empty() || lexicon.person(person).is_some() {
            continue;
        }
        let initials: String = name
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .collect();
        let alike = seen.entry(initials).or_default();
        crate::text::work::add(alike.len() as u64 + 1);
        if let Some((_, id)) = alike
            .iter()
            .find(|(seen_name, id)| *id != *person && similar_names(seen_name, name))
        {
            *person = id.as_str().into();
        } else if alike.len() < NAMES_ALIKE {
            alike.push((name.to_string(), person.to_string()));
        }
    }
}

/// How many names with the same initials one report keeps to merge spellings with.
const NAMES_ALIKE: usize = 16;

/// Two full names of one person spelled differently: the same number of words, the same
/// initial letters, and every word alike.
pub fn similar_names(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    if wa.len() != wb.len() || wa.len() < 2 || a == b {
        return false;
    }
    // A slip of spelling ("Brennan", "Brenan") makes one person of a surname only: first names
    // a vowel apart are often relatives ("Dana Marsh" and her sister "Dina Marsh").
    let last = wa.len() - 1;
    wa.iter().zip(&wb).enumerate().all(|(k, (x, y))| {
        x.chars().next() == y.chars().next()
            && (x == y
                || (k == last && crate::parse::names::misspelling(x, y))
                || strsim::jaro_winkler(&x.to_lowercase(), &y.to_lowercase()) >= NAME_SIMILARITY)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_names_are_conservative() {
        assert!(similar_names("Tymur Tkachenko", "Tymur Tkachenco"));
        assert!(!similar_names("Tymur Tkachenko", "Tymur Tkachuk"));
        assert!(!similar_names("Anna Smith", "Anna Smyth-Jones"));
        assert!(!similar_names("Tkachenko", "Tkachenco"));
        assert!(similar_names("Tarlo Brennan", "Tarlo Brenan"));
        assert!(!similar_names("Dana Marsh", "Dina Marsh"));
    }

    #[test]
    fn last_year_is_the_year_before_the_report() {
        let lexicon = Lexicon::load(&crate::pack::Pack::shipped().lexicon).0;
        let read = |text: &str| {
            let mut claims = crate::parse::extract(
                crate::claim::ReportIndex(0),
                text,
                Span::new(0, text.len()),
                &lexicon,
            )
            .claims;
            date_relative_years(&mut claims, 2026);
            claims
                .into_iter()
                .find_map(|c| match c.kind {
                    ClaimKind::Quantity(q) => Some((q.measure, q.occasion)),
                    _ => None,
                })
                .unwrap()
        };
        let (measure, occasion) =
            read("Passenger numbers at Wendlow Airport reached 18.4 million last year.");
        assert_eq!(
            measure.as_deref(),
            Some("passengers.count.of-wendlow-airport.in-2025")
        );
        assert_eq!(occasion.as_deref(), Some("in 2025"));
        assert_eq!(
            read("Wendlow Airport handled 16.9 million passengers in 2025.").0,
            measure
        );
        assert_eq!(
            read("There were 4,280 burglaries in Harlow last year.")
                .0
                .as_deref(),
            Some("burglaries.count.in-harlow.in-2025")
        );
    }
}

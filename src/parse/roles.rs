//! Role claims: a person given a title, and the names of known people.
//!
//! - before the name: `[qualifier] [jurisdiction] [qualifier] Office[-elect] Name`
//!   ("former US President Donald Trump", "Kremlin aide Yury Ushakov", "Presidents Donald Trump
//!   and Vladimir Putin");
//! - after the name, between commas: "Mark Rutte, the Secretary General of NATO", "Lavrov,
//!   Russia's foreign minister";
//! - bare titles: "the president", "the Ukrainian president" (resolved to a person later, with
//!   the report's other mentions and the record of facts);
//! - "his predecessor Joe Biden" (the office is resolved later).

use std::collections::{HashMap, HashSet};

use super::Sentence;
use super::names::{misspelling, spelling_key};
use super::titles::HeldUntil;
use crate::claim::{Claim, ClaimKind, CompactString, NameMention, Qualifier, Role, RoleForm};
use crate::lexicon::{Lexicon, is_possessive, strip_possessive};
use crate::span::Span;
use crate::text::Token;

/// Capitalised words that begin no name: articles, pronouns and other words that open
/// sentences, and forms of address. A `match`: this is asked of most capitalised words.
pub(super) fn not_a_name(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "And"
            | "But"
            | "Or"
            | "Of"
            | "For"
            | "To"
            | "As"
            | "By"
            | "With"
            | "From"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "This"
            | "That"
            | "After"
            | "Before"
            | "During"
            | "While"
            | "When"
            | "Meanwhile"
            | "However"
            | "Speaking"
            | "Said"
            | "Says"
            | "I"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Dr"
            | "Sir"
    )
}

/// Reads every title and every known name of one sentence.
pub fn roles(s: &Sentence<'_>, lexicon: &Lexicon, claims: &mut Vec<Claim>) {
    let first_claim = claims.len();
    read_roles(s, lexicon, claims);
    left_office(s, lexicon, &mut claims[first_claim..]);
}

/// "Home Minister Ana Brel has resigned", "Coach Tarlo Venn, who led the side for a decade,
/// stepped down on Monday": a title before the name of someone the sentence says left office
/// is the office they left, held no longer.
fn left_office(s: &Sentence<'_>, lexicon: &Lexicon, claims: &mut [Claim]) {
    let toks = &s.tokens;
    for claim in claims {
        let ClaimKind::Role(role) = &mut claim.kind else {
            continue;
        };
        if role.form != RoleForm::Prenominal || role.qualifier.sense() != Qualifier::Current {
            continue;
        }
        let mut k = toks.partition_point(|t| t.span.start < claim.span.end);
        // Past a clause between commas: ", who represents the party in the coalition,".
        if toks.get(k).is_some_and(|t| t.text == ",")
            && let Some(close) = (k + 1..toks.len().min(k + 40)).find(|&j| toks[j].text == ",")
        {
            k = close + 1;
        }
        while toks
            .get(k)
            .is_some_and(|t| matches!(t.lower.as_ref(), "has" | "had" | "have"))
        {
            k += 1;
        }
        let word = |j: usize| toks.get(j).map(|t| t.lower.as_ref());
        let left = lexicon
            .leaving_office
            .longest_at(toks, k)
            .map(|found| k + found.len);
        // "resigned as coach" names the office left (the reader of holdings has it); "quit the
        // talks", "resigned from the committee" leave something else. The clause ends, or a
        // phrase of time or reason follows, or "from office".
        let office_left = left.is_some_and(|after| match word(after) {
            None => true,
            Some("from") => {
                matches!(
                    word(after + 1),
                    Some("office" | "post" | "government" | "cabinet")
                ) || matches!(word(after + 2), Some("post" | "position" | "role" | "job"))
            }
            Some(next) => {
                matches!(
                    next,
                    "." | ","
                        | ";"
                        | "—"
                        | "on"
                        | "in"
                        | "at"
                        | "after"
                        | "over"
                        | "amid"
                        | "with"
                        | "following"
                        | "earlier"
                        | "last"
                        | "this"
                        | "yesterday"
                        | "today"
                        | "late"
                        | "hours"
                        | "days"
                        | "effective"
                        | "and"
                )
            }
        });
        if office_left {
            role.qualifier = Qualifier::Former;
        }
    }
}

/// Titles of offices the lexicon lists, names, appositions and open titles.
fn read_roles(s: &Sentence<'_>, lexicon: &Lexicon, claims: &mut Vec<Claim>) {
    let toks = &s.tokens;
    // A title, with or without a name, has an office word at or after where it starts: past
    // the last office word of the sentence (in most sentences there is none), only a
    // predecessor can be read, and the title readers, a dozen lookups a token, need not run.
    let last_office = (0..toks.len())
        .rev()
        .find(|&j| office_at(lexicon, toks, j).is_some());
    let mut i = 0;
    while i < toks.len() {
        let titled = if last_office.is_some_and(|last| i <= last) {
            prenominal_at(s, lexicon, i, claims).or_else(|| bare_at(s, lexicon, i, claims))
        } else {
            None
        };
        if let Some(end) = titled.or_else(|| predecessor_at(s, lexicon, i, claims)) {
            i = end;
            continue;
        }
        i += 1;
    }
    names(s, lexicon, claims);
    appositives(s, lexicon, claims);
    super::titles::open_titles(s, lexicon, claims);
    unknown_names(s, lexicon, claims);
}

pub(super) fn role_claim(s: &Sentence<'_>, span: Span, role: Role) -> Claim {
    Claim {
        report: s.report,
        span,
        sentence: s.span,
        text: s.slice(span).into(),
        kind: ClaimKind::Role(Box::new(role)),
    }
}

/// A title given to a named person; the person's id comes from the lexicon or the name.
fn named_role(
    lexicon: &Lexicon,
    form: RoleForm,
    name: String,
    office: usize,
    office_text: String,
    jurisdiction: Option<String>,
    qualifier: Qualifier,
) -> Role {
    Role {
        form,
        person: person_id(lexicon, &name).into(),
        name: name.into(),
        office: lexicon.offices[office].id.as_str().into(),
        office_text: office_text.into(),
        jurisdiction: jurisdiction.map(Into::into),
        qualifier,
        resolved_by: None,
        open: false,
    }
}

/// Whether the word at `k` makes a deputy ("deputy"): the office after it is the deputy's,
/// which a time qualifier before it must not take for the office itself ("Former Deputy
/// Governor Sam Woods" was never governor).
fn is_deputy(lexicon: &Lexicon, toks: &[Token<'_>], k: usize) -> bool {
    lexicon
        .qualifier_forms
        .longest_at(toks, k)
        .is_some_and(|found| *found.value == Qualifier::Deputy)
}

/// Qualifiers and a jurisdiction in either order before an office: "former US", "US former",
/// "ex-", "Russia's". Returns the token after them.
fn title_prefix(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    mut j: usize,
) -> (usize, Qualifier, Option<String>) {
    let mut qualifier = Qualifier::Current;
    let mut jurisdiction = None;
    for _ in 0..2 {
        if qualifier.sense() == Qualifier::Current
            && let Some(found) = crate::parse::roles::qualifier_at(lexicon, toks, j)
        {
            qualifier = *found.value;
            j += found.len;
            if toks.get(j).is_some_and(|t| t.text == "-") {
                j += 1;
            }
            continue;
        }
        if jurisdiction.is_none()
            && let Some(found) = lexicon.jurisdiction_forms.longest_at(toks, j)
        {
            jurisdiction = Some(lexicon.jurisdictions[*found.value].id.clone());
            j += found.len;
            continue;
        }
        // A party's or a movement's word between a qualifier and the office: "former
        // Democratic governor".
        if qualifier.sense() != Qualifier::Current
            && toks
                .get(j)
                .is_some_and(|t| t.is_word() && t.is_capitalised())
            && !is_deputy(lexicon, toks, j)
            && office_at(lexicon, toks, j).is_none()
            && office_at(lexicon, toks, j + 1).is_some()
        {
            j += 1;
            continue;
        }
        // A hyphenated modifier between a qualifier and the office: "former two-term
        // governor", "former long-serving minister".
        if qualifier.sense() != Qualifier::Current
            && toks.get(j).is_some_and(|t| t.is_word())
            && toks
                .get(j + 1)
                .is_some_and(|t| t.text == "-" && !t.space_before)
            && toks
                .get(j + 2)
                .is_some_and(|t| t.is_word() && !t.space_before)
            && office_at(lexicon, toks, j + 3).is_some()
        {
            j += 3;
            continue;
        }
        break;
    }
    (j, qualifier, jurisdiction)
}

/// The office's words as written and the token after them, reading a "-elect" or "-designate"
/// suffix into the qualifier ("President-elect Donald Trump", "the defence
/// minister-designate").
fn office_words(
    s: &Sentence<'_>,
    start: usize,
    len: usize,
    qualifier: &mut Qualifier,
) -> (String, usize) {
    let toks = &s.tokens;
    let mut end = start + len;
    let text = s
        .slice(toks[start].span.cover(toks[end - 1].span))
        .to_string();
    if toks
        .get(end)
        .is_some_and(|t| t.text == "-" && !t.space_before)
        && toks
            .get(end + 1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "elect" | "designate") && !t.space_before)
    {
        *qualifier = super::titles::phrase::suffix_qualifier(toks, end);
        end += 2;
    }
    (text, end)
}

/// An office at `j`, singular or plural: (office, tokens, plural).
fn office_at(lexicon: &Lexicon, toks: &[Token<'_>], j: usize) -> Option<(usize, usize, bool)> {
    if j >= toks.len() {
        return None;
    }
    // "chief adviser", "Assistant Secretary of State", "Lieutenant Governor", "Vice
    // Chancellor", "Shadow Chancellor": a word that makes another office of the one after it,
    // unless the lexicon lists the two together (read from the earlier word). The open title
    // reader takes them.
    if j > 0
        && matches!(
            toks[j - 1].lower.as_ref(),
            "chief" | "assistant" | "under" | "lieutenant" | "associate" | "vice" | "shadow"
        )
    {
        return None;
    }
    // "co-founder", "vice-chair", "co-chief executive": a prefix joined by a hyphen.
    if j > 1
        && toks[j - 1].text == "-"
        && !toks[j - 1].space_before
        && !toks[j].space_before
        && matches!(
            toks[j - 2].lower.as_ref(),
            "co" | "vice" | "deputy" | "under" | "sub" | "pro"
        )
    {
        return None;
    }
    if let Some(found) = lexicon.office_forms.longest_at(toks, j) {
        return Some((*found.value, found.len, false));
    }
    let found = lexicon.office_plural_forms.longest_at(toks, j)?;
    Some((*found.value, found.len, true))
}

/// "former US President Donald Trump", "Presidents Donald Trump and Vladimir Putin".
fn prenominal_at(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    i: usize,
    claims: &mut Vec<Claim>,
) -> Option<usize> {
    let toks = &s.tokens;
    // "Former Deputy Governor Sam Woods": the deputy's office is read from the qualifier
    // before it (by the open title reader), not as a deputy of the present.
    if is_deputy(lexicon, toks, i)
        && lexicon
            .qualifier_forms
            .longest_ending_at(toks, i, 2)
            .is_some()
        || i > 0 && is_deputy(lexicon, toks, i - 1)
    {
        return None;
    }
    let (mut j, mut qualifier, jurisdiction) = title_prefix(lexicon, toks, i);
    // The end of a hyphenated title is not a title: "Vice-Chancellor", "Minister-President".
    if j == i && i > 0 && toks[i - 1].text == "-" && !toks[i].space_before {
        return None;
    }
    let (office, len, plural) = office_at(lexicon, toks, j)?;
    let (office_text, after) = office_words(s, j, len, &mut qualifier);
    j = after;
    // "UN special envoy for Syria Staffan de Mistura".
    if toks.get(j).is_some_and(|t| t.lower == "for")
        && let Some(found) = lexicon.jurisdiction_forms.longest_at(toks, j + 1)
        && name_at(lexicon, toks, j + 1 + found.len).is_some()
    {
        j += 1 + found.len;
    }
    // A rank or a form of address between the title and the name is neither: "press
    // secretary Rear Adm. Pia Kruger".
    let mut k = j;
    while let Some(len) = super::titles::address_at(lexicon, toks, k) {
        k += len;
    }
    if k > j && name_at(lexicon, toks, k).is_some() {
        j = k;
    }
    let mut names = vec![name_at(lexicon, toks, j)?];
    // "the President Hotel", "Marshal Ferreira Logistics": a building's or a business's name.
    if toks[names[0].0..names[0].1]
        .iter()
        .any(|t| ORGANISATION_WORDS.contains(&strip_possessive(&t.lower)))
    {
        return None;
    }
    if plural {
        // "Presidents Donald Trump and Vladimir Putin", "Prime Ministers A, B and C".
        while let Some(&(_, end)) = names.last() {
            let joined = toks
                .get(end)
                .is_some_and(|t| t.lower == "and" || t.text == ",");
            let Some(next) = joined.then(|| name_at(lexicon, toks, end + 1)).flatten() else {
                break;
            };
            names.push(next);
        }
    }
    let last_end = names.last().map_or(j, |&(_, end)| end);
    let span = toks[i].span.cover(toks[last_end - 1].span);
    for (start, end) in names {
        let name = clean_name(s.slice(toks[start].span.cover(toks[end - 1].span)));
        claims.push(role_claim(
            s,
            span,
            named_role(
                lexicon,
                RoleForm::Prenominal,
                name,
                office,
                office_text.clone(),
                jurisdiction.clone(),
                qualifier,
            ),
        ));
    }
    Some(last_end)
}

/// "the president", "The Ukrainian president", "the former prime minister": a title whose
/// holder is resolved later.
fn bare_at(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    i: usize,
    claims: &mut Vec<Claim>,
) -> Option<usize> {
    let toks = &s.tokens;
    let starts_with_the = toks[i].lower == "the";
    let mut j = if starts_with_the { i + 1 } else { i };
    // "Russia's president" works without "the"; a bare office word alone does not.
    let (after_prefix, qualifier, jurisdiction) = title_prefix(lexicon, toks, j);
    if !starts_with_the && (jurisdiction.is_none() || !is_possessive(toks[i].text)) {
        return None;
    }
    j = after_prefix;
    let (office, len, plural) = office_at(lexicon, toks, j)?;
    if plural {
        return None;
    }
    let end = j + len;
    // A capitalised word after the office makes it a title before a name, read elsewhere.
    if toks
        .get(end)
        .is_some_and(|t| t.is_capitalised() && t.is_word() && !not_a_name(t.text))
    {
        return None;
    }
    let office_text = s.slice(toks[j].span.cover(toks[end - 1].span)).to_string();
    // "The World Health Organization's director-general, Tedros Adhanom Ghebreyesus,": the
    // name follows the title between commas.
    if toks.get(end).is_some_and(|t| t.text == ",")
        && let Some((name_start, name_end)) = name_at(lexicon, toks, end + 1)
        && name_end - name_start >= 2
        && toks
            .get(name_end)
            .is_none_or(|t| matches!(t.text, "," | "." | ";"))
    {
        let name = clean_name(s.slice(toks[name_start].span.cover(toks[name_end - 1].span)));
        let span = toks[i].span.cover(toks[name_end - 1].span);
        claims.push(role_claim(
            s,
            span,
            named_role(
                lexicon,
                RoleForm::Appositive,
                name,
                office,
                office_text,
                jurisdiction,
                qualifier,
            ),
        ));
        return Some(name_end);
    }
    let span = toks[i].span.cover(toks[end - 1].span);
    claims.push(role_claim(
        s,
        span,
        Role {
            form: RoleForm::Bare,
            person: String::new().into(),
            name: String::new().into(),
            office: lexicon.offices[office].id.as_str().into(),
            office_text: office_text.into(),
            jurisdiction: jurisdiction.map(Into::into),
            qualifier,
            resolved_by: None,
            open: false,
        },
    ));
    Some(end)
}

/// "his predecessor Joe Biden": a former holder of the office of the person named before.
fn predecessor_at(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    i: usize,
    claims: &mut Vec<Claim>,
) -> Option<usize> {
    let toks = &s.tokens;
    let possessor = matches!(toks[i].lower.as_ref(), "his" | "her" | "their")
        || (toks[i].is_capitalised() && is_possessive(toks[i].text));
    if !possessor || toks.get(i + 1)?.lower != "predecessor" {
        return None;
    }
    let mut j = i + 2;
    if toks.get(j).is_some_and(|t| t.text == ",") {
        j += 1;
    }
    let (start, end) = name_at(lexicon, toks, j)?;
    let name = clean_name(s.slice(toks[start].span.cover(toks[end - 1].span)));
    let span = toks[i].span.cover(toks[end - 1].span);
    claims.push(role_claim(
        s,
        span,
        Role {
            form: RoleForm::Predecessor,
            person: person_id(lexicon, &name).into(),
            name: name.into(),
            office: String::new().into(),
            office_text: "predecessor".into(),
            jurisdiction: None,
            qualifier: Qualifier::Former,
            resolved_by: None,
            open: false,
        },
    ));
    Some(end)
}

/// "Mark Rutte, the Secretary General of NATO,",
/// "Lavrov, Russia's foreign minister".
fn appositives(s: &Sentence<'_>, lexicon: &Lexicon, claims: &mut Vec<Claim>) {
    let toks = &s.tokens;
    let mut found = Vec::new();
    for comma in 1..toks.len() {
        if toks[comma].text != "," {
            continue;
        }
        let Some(name_start) = name_ending_at(lexicon, toks, comma) else {
            continue;
        };
        let mut j = after_age(toks, comma);
        let article = toks
            .get(j)
            .is_some_and(|t| matches!(t.lower.as_ref(), "the" | "a" | "an"));
        if article {
            j += 1;
        }
        // "Trump's special envoy": a possessive name before the title.
        if toks
            .get(j)
            .is_some_and(|t| t.is_capitalised() && is_possessive(t.text))
            && lexicon.jurisdiction_forms.longest_at(toks, j).is_none()
        {
            j += 1;
        }
        let (after_prefix, mut qualifier, mut jurisdiction) = title_prefix(lexicon, toks, j);
        // "a foreign policy aide": up to two lower-case words before the office.
        // Without an article, the office comes first: "Venn, met the president" is no title.
        let reach = if article { 3 } else { 1 };
        // "the former deputy governor": a deputy's office is another, which the open title
        // reader names.
        let office_start = (after_prefix..after_prefix + reach).find(|&k| {
            office_at(lexicon, toks, k).is_some_and(|(_, _, plural)| !plural)
                && toks[after_prefix..k]
                    .iter()
                    .all(|t| t.is_word() && !t.is_capitalised())
                && !(after_prefix..k).any(|d| is_deputy(lexicon, toks, d))
        });
        let Some(office_start) = office_start else {
            continue;
        };
        let Some((office, len, _)) = office_at(lexicon, toks, office_start) else {
            continue;
        };
        // "the president's former spokeswoman": a qualifier among the words skipped.
        if qualifier.sense() == Qualifier::Current
            && let Some(found) = (after_prefix..office_start)
                .find_map(|k| crate::parse::roles::qualifier_at(lexicon, toks, k))
        {
            qualifier = *found.value;
        }
        let (office_text, mut end) = office_words(s, office_start, len, &mut qualifier);
        // "Ana Brel, the prime minister's spokesman", "the president-elect's pick": the office
        // is another person's.
        if possessive_ends(toks, end) {
            continue;
        }
        // "an aide to Putin".
        if toks.get(end).is_some_and(|t| t.lower == "to")
            && let Some(found) = lexicon.person_names.longest_at(toks, end + 1)
        {
            end += 1 + found.len;
        }
        // "deputy governor of Greece's central bank": an office of a body of the
        // jurisdiction, not the jurisdiction's own; the open title reader names it.
        if super::titles::body_of_jurisdiction(lexicon, toks, end).is_some() {
            continue;
        }
        // "of the International Atomic Energy Agency", "of Ukraine".
        if toks.get(end).is_some_and(|t| t.lower == "of") {
            let mut k = end + 1;
            if toks.get(k).is_some_and(|t| t.lower == "the") {
                k += 1;
            }
            if let Some(org) = lexicon.jurisdiction_forms.longest_at(toks, k) {
                jurisdiction =
                    jurisdiction.or_else(|| Some(lexicon.jurisdictions[*org.value].id.clone()));
                end = k + org.len;
            }
        }
        // "Tarlo Venn, Harlow's mayor until last month,": no longer; until a date, the
        // report's date would say, so no claim.
        let held = super::titles::time_after_title(lexicon, toks, end).or_else(|| {
            let (_, body_end) = super::titles::body_after(lexicon, toks, end)?;
            super::titles::time_after_title(lexicon, toks, body_end)
        });
        match held {
            Some(HeldUntil::Past(clause_end)) => {
                if qualifier.sense() == Qualifier::Current {
                    qualifier = Qualifier::Former;
                }
                end = clause_end;
            }
            Some(HeldUntil::Now(clause_end)) => end = clause_end,
            Some(HeldUntil::Dated) => continue,
            None => {}
        }
        let name = clean_name(s.slice(toks[name_start].span.cover(toks[comma - 1].span)));
        let span = toks[name_start].span.cover(toks[end - 1].span);
        found.push(role_claim(
            s,
            span,
            named_role(
                lexicon,
                RoleForm::Appositive,
                name,
                office,
                office_text,
                jurisdiction,
                qualifier,
            ),
        ));
    }
    if found.is_empty() {
        return;
    }
    let overlaps = |a: &Claim, b: &Claim| a.span.start < b.span.end && b.span.start < a.span.end;
    // Only this sentence's claims can overlap: they are the last ones read. (Looking at every
    // claim of the report made a long report's work grow with its square.)
    let own = claims.len()
        - claims
            .iter()
            .rev()
            .take_while(|c| c.span.end > s.span.start)
            .count();
    // A title before the name already made this claim ("US envoy Steve Witkoff, the special
    // envoy"); a rank before it is another office ("General Theo Marr, a spokesman").
    found.retain(|claim| {
        let ClaimKind::Role(found) = &claim.kind else {
            return true;
        };
        !claims[own..].iter().any(|c| {
            matches!(&c.kind, ClaimKind::Role(r) if r.form != RoleForm::Bare
                && (r.office == found.office || !r.open))
                && overlaps(c, claim)
        })
    });
    // The appositive's title is not a bare title of its own ("Grossi, the Director General").
    crate::text::work::add((claims.len() - own + found.len()) as u64);
    let mut sentence = claims.split_off(own);
    sentence.retain(|c| {
        !(matches!(&c.kind, ClaimKind::Role(r) if r.form == RoleForm::Bare)
            && found.iter().any(|f| overlaps(c, f)))
    });
    claims.extend(sentence);
    claims.extend(found);
}

/// Every known person's name as written: "Zelenskyy", "Donald Trump".
fn names(s: &Sentence<'_>, lexicon: &Lexicon, claims: &mut Vec<Claim>) {
    let toks = &s.tokens;
    let mut j = 0;
    while j < toks.len() {
        let Some(found) = lexicon.person_names.longest_at(toks, j) else {
            j += 1;
            continue;
        };
        // Part of a longer name the lexicon does not know ("Melania Trump"): not this person.
        let longer_before = j > 0
            && toks[j - 1].is_capitalised()
            && toks[j - 1].is_word()
            && !not_a_name(toks[j - 1].text)
            && lexicon.office_forms.longest_at(toks, j - 1).is_none()
            // A title of several words ends just before the name: "Foreign Minister".
            && lexicon.office_forms.longest_ending_at(toks, j, 4).is_none()
            && lexicon.jurisdiction_forms.longest_at(toks, j - 1).is_none()
            && crate::parse::roles::qualifier_at(lexicon, toks, j - 1).is_none()
            && j - 1 != 0;
        let end = j + found.len;
        if !longer_before {
            let span = toks[j].span.cover(toks[end - 1].span);
            let written = strip_possessive(s.slice(span)).to_string();
            claims.push(Claim {
                report: s.report,
                span: Span::new(span.start, span.start + written.len()),
                sentence: s.span,
                text: written.as_str().into(),
                kind: ClaimKind::Name(NameMention {
                    person: lexicon.people[*found.value].id.as_str().into(),
                    written: written.into(),
                }),
            });
        }
        j = end;
    }
}

/// Full names of people the lexicon does not know, where the words around say a person is
/// named: after a title word ("chair Lina Harlow", "FTC Commissioner Tarlo Venn", "coach Ana
/// Brel"), before a saying verb ("Tarlo Venn said"), and opening a clause before a verb only
/// people do ("Mirek Sotter won the title", "Ana Brel resigned"). Titles of offices the lexicon knows
/// already made role claims; these are read so that one person's spellings can be compared.
fn unknown_names(s: &Sentence<'_>, lexicon: &Lexicon, claims: &mut Vec<Claim>) {
    let toks = &s.tokens;
    let own = claims
        .iter()
        .rev()
        .take_while(|c| c.sentence == s.span)
        .count();
    let covered = Covered::new(claims[claims.len() - own..].iter().map(|c| c.span));
    let mut found: Vec<Claim> = Vec::new();
    for j in 0..toks.len() {
        let title = |k: usize| lexicon.title_heads.contains(toks[k].lower.as_ref());
        // After the last of a run of title words: "Chief Executive Tim Harlow".
        let after_title =
            j > 0 && toks[j - 1].is_word() && title(j - 1) && toks[j].is_capitalised() && !title(j);
        let name = if after_title {
            name_at(lexicon, toks, j).map(|(_, end)| (j, end))
        } else if is_person_verb(toks[j].lower.as_ref())
            && let Some(start) = name_ending_at(lexicon, toks, j)
            && (start == 0 || matches!(toks[start - 1].text, "," | ";" | ":"))
            && j - start <= 3
        {
            // A title word in the run is not part of the name: "Minister Lekhak met".
            let titled = toks[start..j]
                .iter()
                .rposition(|t| lexicon.title_heads.contains(&t.text.to_lowercase()));
            Some((titled.map_or(start, |k| start + k + 1), j))
        } else if lexicon.attribution_verbs.longest_at(toks, j).is_some() {
            name_ending_at(lexicon, toks, j)
                // The whole name: not the end of a longer run of capitalised words.
                .filter(|&start| {
                    start == 0 || !(toks[start - 1].is_word() && toks[start - 1].is_capitalised())
                })
                // A title word in the run is not part of the name: "Senator Venn said".
                .map(|start| {
                    let titled = toks[start..j]
                        .iter()
                        .rposition(|t| lexicon.title_heads.contains(&t.text.to_lowercase()));
                    (titled.map_or(start, |k| start + k + 1), j)
                })
        } else {
            None
        };
        let Some((start, end)) = name else {
            continue;
        };
        let words = toks[start..end]
            .iter()
            .filter(|t| t.is_word() && t.is_capitalised())
            .count();
        let span = toks[start].span.cover(toks[end - 1].span);
        let written = clean_name(s.slice(span));
        // "Human Rights Watch said": an organisation, not a person.
        let organisation = toks[start..end]
            .iter()
            .any(|t| ORGANISATION_WORDS.contains(&t.lower.as_ref()));
        if words < 2 || organisation || lexicon.person_by_name(&written).is_some() {
            continue;
        }
        let span = Span::new(span.start, span.start + written.len());
        // Found names come in text order and do not overlap: only the last can overlap this.
        let taken = covered.overlaps(span)
            || found
                .last()
                .is_some_and(|c| c.span.start < span.end && span.start < c.span.end);
        if !taken {
            found.push(Claim {
                report: s.report,
                span,
                sentence: s.span,
                text: written.as_str().into(),
                kind: ClaimKind::Name(NameMention {
                    person: slug(&written).into(),
                    written: written.into(),
                }),
            });
        }
    }
    crate::text::work::add(toks.len() as u64);
    claims.extend(found);
}

/// Verbs whose subject at the start of a clause is a person: "Mirek Sotter won the title", "Ana
/// Brel resigned on Monday". Verbs of saying are the lexicon's attribution verbs.
fn is_person_verb(word: &str) -> bool {
    // A `match` rather than a list search: this runs on every token.
    matches!(
        word,
        "won"
            | "wins"
            | "beat"
            | "beats"
            | "scored"
            | "scores"
            | "resigned"
            | "resigns"
            | "died"
            | "dies"
            | "visited"
            | "met"
            | "married"
            | "testified"
            | "pleaded"
            | "thanked"
            | "congratulated"
            | "conceded"
            | "finished"
            | "retired"
            | "stepped"
            | "succeeded"
            | "succeeds"
            | "replaced"
            | "replaces"
            | "defeated"
            | "edged"
            | "overcame"
    )
}

/// Words that make a run of capitalised words an organisation's name, not a person's.
pub(super) const ORGANISATION_WORDS: &[&str] = &[
    // Words that end a business's name ("Ferreira Logistics", "Orlan Holdings").
    "logistics",
    "holdings",
    "industries",
    "motors",
    "foods",
    "mining",
    "partners",
    "ventures",
    "technologies",
    "telecom",
    "hotel",
    "hotels",
    "pharmaceuticals",
    "insurance",
    "airport",
    "railways",
    "shipping",
    "enterprises",
    "solutions",
    "studios",
    "plc",
    "ltd",
    "llc",
    "gmbh",
    "watch",
    "department",
    "office",
    "ministry",
    "council",
    "cross",
    "agency",
    "service",
    "committee",
    "commission",
    "party",
    "group",
    "union",
    "bank",
    "fund",
    "company",
    "corp",
    "inc",
    "university",
    "institute",
    "association",
    "organization",
    "organisation",
    "authority",
    "court",
    "police",
    "army",
    "forces",
    "guard",
    "news",
    "times",
    "post",
    "press",
    "network",
    "foundation",
    "center",
    "centre",
    "hospital",
    "airlines",
    "airways",
    "media",
    "school",
    "college",
    "academy",
    "island",
    "islands",
    "square",
    "stadium",
    "cathedral",
    "mosque",
    "command",
    "brigade",
    "division",
    "regiment",
    "battalion",
    "fleet",
    "corps",
    "navy",
    "board",
    "league",
    "federation",
    "club",
    "museum",
    "parliament",
    "senate",
    "assembly",
    "cabinet",
    "government",
    "embassy",
];

/// How many surnames of one report that share a spelling key are kept for slips.
const SURNAMES_ALIKE: usize = 8;

/// Which bytes some claims cover: spans sorted by start, with the furthest end so far, so that
/// whether a span overlaps any of them is one binary search.
struct Covered {
    starts: Vec<usize>,
    furthest: Vec<usize>,
}

impl Covered {
    fn new(spans: impl Iterator<Item = Span>) -> Covered {
        let mut spans: Vec<Span> = spans.collect();
        spans.sort_by_key(|s| s.start);
        let mut furthest = Vec::with_capacity(spans.len());
        let mut end = 0;
        for span in &spans {
            end = end.max(span.end);
            furthest.push(end);
        }
        crate::text::work::add(spans.len() as u64);
        Covered {
            starts: spans.iter().map(|s| s.start).collect(),
            furthest,
        }
    }

    fn overlaps(&self, span: Span) -> bool {
        let before = self.starts.partition_point(|&start| start < span.end);
        before > 0 && self.furthest[before - 1] > span.start
    }
}

/// A capitalised word standing alone (no capitalised word on either side), which may be a
/// surname: "… Abbot said".
pub struct LoneWord {
    pub text: String,
    pub span: Span,
    pub sentence: Span,
}

/// The sentence's capitalised words of four letters or more that stand alone where a surname
/// stands for a person: before a saying verb ("Abbot said"), after a title word ("Governor
/// Abbot"), or with a possessive ("Abbot's"). "Hill residents" and "Bill supporters" are not.
pub fn lone_words(s: &Sentence<'_>, lexicon: &Lexicon, out: &mut Vec<LoneWord>) {
    let toks = &s.tokens;
    let capitalised = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is_word() && t.is_capitalised())
    };
    let title = |k: usize| lexicon.title_heads.contains(toks[k].lower.as_ref());
    for (k, tok) in toks.iter().enumerate() {
        if !capitalised(k) {
            continue;
        }
        let as_person = lexicon.attribution_verbs.longest_at(toks, k + 1).is_some()
            || (k > 0 && title(k - 1))
            || is_possessive(tok.text);
        if as_person
            && tok.text.chars().count() >= 4
            && !(k > 0 && capitalised(k - 1) && !title(k - 1))
            && !capitalised(k + 1)
        {
            let text = strip_possessive(tok.text);
            out.push(LoneWord {
                text: text.to_string(),
                span: Span::new(tok.span.start, tok.span.start + text.len()),
                sentence: s.span,
            });
        }
    }
}

/// A surname written with a slip ("Abbot" in a report that names "Greg Abbott"): a name
/// mention of that person, so that the two spellings are compared. Only surnames of people the
/// report names in full are looked for, and a word that is itself someone's surname there is
/// left alone.
pub fn surname_slips(lexicon: &Lexicon, claims: &mut Vec<Claim>, words: &[LoneWord]) {
    let mut surnames: HashMap<String, Vec<(String, CompactString)>> = HashMap::new();
    let mut exact: HashSet<String> = HashSet::new();
    for claim in claims.iter() {
        let (person, written) = match &claim.kind {
            ClaimKind::Name(n) => (&n.person, &n.written),
            ClaimKind::Role(r) if r.form != RoleForm::Bare && !r.name.is_empty() => {
                (&r.person, &r.name)
            }
            _ => continue,
        };
        let mut parts = written.split_whitespace();
        let (Some(_), Some(surname)) = (parts.next(), parts.next_back()) else {
            continue;
        };
        if exact.insert(surname.to_string()) {
            let alike = surnames.entry(spelling_key(surname)).or_default();
            // A few surnames share a key in any real report; a hostile one is cut short.
            if alike.len() < SURNAMES_ALIKE {
                alike.push((surname.to_string(), person.clone()));
            }
        }
    }
    if surnames.is_empty() {
        return;
    }
    let report = claims.first().map(|c| c.report);
    let covered = Covered::new(claims.iter().map(|c| c.span));
    let mut found = Vec::new();
    for word in words {
        if exact.contains(&word.text) || lexicon.person_by_name(&word.text).is_some() {
            continue;
        }
        let Some(person) = surnames.get(&spelling_key(&word.text)).and_then(|list| {
            list.iter()
                .find(|(surname, _)| misspelling(surname, &word.text))
                .map(|(_, person)| person.clone())
        }) else {
            continue;
        };
        let Some(report) = report else { break };
        if !covered.overlaps(word.span) {
            found.push(Claim {
                report,
                span: word.span,
                sentence: word.sentence,
                text: word.text.as_str().into(),
                kind: ClaimKind::Name(NameMention {
                    person,
                    written: word.text.as_str().into(),
                }),
            });
        }
    }
    crate::text::work::add((claims.len() + words.len()) as u64);
    claims.extend(found);
}

/// Lower-case words inside names: "Ursula von der Leyen", "Staffan de Mistura".
const NAME_PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "al", "el", "dos", "del",
];

/// A person's name after a title: up to four capitalised words, with initials, hyphenated
/// parts and particles. A name the lexicon knows is taken whole ("Theresa May").
pub(super) fn name_at(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    start: usize,
) -> Option<(usize, usize)> {
    if let Some(found) = lexicon.person_names.longest_at(toks, start) {
        return Some((start, start + found.len));
    }
    // An abbreviated title is no name: "Maj. Gen. Tarlo Venn".
    if lexicon
        .title_synonyms
        .contains_key(toks.get(start)?.lower.as_ref())
        && toks
            .get(start + 1)
            .is_some_and(|t| t.text == "." && !t.space_before)
    {
        return None;
    }
    let mut j = start;
    while j < toks.len() && j < start + 6 {
        let t = &toks[j];
        let is_name_word = t.is_word()
            && t.is_capitalised()
            && !not_a_name(t.text)
            && lexicon.months.longest_at(toks, j).is_none()
            && lexicon.weekdays.longest_at(toks, j).is_none()
            // A title in capitals is no name's word: "General Motors CEO Ruben Ost".
            && !(t.text.len() >= 2
                && t.text.bytes().all(|b| b.is_ascii_uppercase())
                && lexicon.title_heads.contains(t.lower.as_ref()))
            // An office's word ends a name as a surname ("Alastair King,"), never starts one.
            && (lexicon.office_forms.longest_at(toks, j).is_none()
                || j > start
                    && toks
                        .get(j + 1)
                        .is_none_or(|n| !(n.is_word() && n.is_capitalised())));
        let is_initial_dot =
            t.text == "." && j > start && toks[j - 1].text.chars().count() == 1 && !t.space_before;
        let is_joined_part = j > start
            && t.text == "-"
            && !t.space_before
            && toks
                .get(j + 1)
                .is_some_and(|n| n.is_word() && !n.space_before);
        // "bin Salman", "al-Ghais".
        let is_particle = j > start
            && NAME_PARTICLES.contains(&t.text)
            && toks.get(j + 1).is_some_and(|n| {
                n.is_word() && (n.is_capitalised() || NAME_PARTICLES.contains(&n.text))
                    || (n.text == "-"
                        && !n.space_before
                        && toks
                            .get(j + 2)
                            .is_some_and(|w| w.is_capitalised() && !w.space_before))
            });
        if is_joined_part {
            j += 2;
            continue;
        }
        if !(is_name_word || is_initial_dot || is_particle) {
            break;
        }
        j += 1;
        // A possessive ends the name: "Putin's aide".
        if is_possessive(t.text) {
            break;
        }
    }
    // In a headline's title case every word is capitalised: past two words, a word of
    // English ends the name ("Ana Brel Quits Amid Scandal").
    if j > start + 2
        && title_case(toks)
        && let Some(cut) = (start + 2..j).find(|&k| {
            let word = toks[k].lower.as_ref();
            // (not the part of a name joined by a hyphen: "Ana Brel-Hart")
            let joined = toks[k - 1].text == "-" && !toks[k].space_before;
            toks[k].is_word()
                && !joined
                && (super::titles::is_english_word_or_plural(word)
                    || super::titles::is_participle(word))
        })
    {
        j = cut;
    }
    // "King Street", "Queen Square": a place's name, not a person's; "Defence Ministry",
    // "Harlow City Council": an organisation's.
    let place = j > start
        && (PLACE_WORDS.contains(&toks[j - 1].lower.as_ref())
            || ORGANISATION_ENDS.contains(&strip_possessive(&toks[j - 1].lower)));
    (j > start && !place).then_some((start, j))
}

/// The token after a name's comma, past an age set off by commas: "Ruben Ost, 54, the finance
/// chief" has its title at "the".
pub(super) fn after_age(toks: &[Token<'_>], comma: usize) -> usize {
    let age = toks.get(comma + 1).is_some_and(|t| {
        t.text.len() <= 3
            && t.text.bytes().all(|b| b.is_ascii_digit())
            && t.text.parse::<u32>().is_ok_and(|n| (1..=120).contains(&n))
    });
    if age && toks.get(comma + 2).is_some_and(|t| t.text == ",") {
        comma + 3
    } else {
        comma + 1
    }
}

/// Whether a sentence is written in title case ("Harlow Mayor Resigns"): every word is
/// capitalised or a function word.
pub(super) fn title_case(toks: &[Token<'_>]) -> bool {
    toks.iter()
        .filter(|t| t.is_word())
        .all(|t| t.is_capitalised() || super::names::function_word(t.lower.as_ref()))
}

/// Last words of a run of capitalised words that make it an organisation's name and no
/// person's: unlike `ORGANISATION_WORDS`, which marks unknown names, no surnames ("Court",
/// "Bank", "Cross", "Post").
const ORGANISATION_ENDS: &[&str] = &[
    "ministry",
    "department",
    "agency",
    "council",
    "committee",
    "commission",
    "authority",
    "party",
    "university",
    "institute",
    "police",
    "corporation",
    "association",
    "federation",
    "forces",
    "office",
];

/// Last words of a run of capitalised words that make it a place's name.
const PLACE_WORDS: &[&str] = &[
    "street",
    "road",
    "avenue",
    "square",
    "bridge",
    "station",
    "lane",
    "palace",
    "gardens",
    "boulevard",
    "highway",
];

/// The start of a name that ends just before token `end`: a known person's name, or two to
/// four capitalised words.
pub(super) fn name_ending_at(lexicon: &Lexicon, toks: &[Token<'_>], end: usize) -> Option<usize> {
    if let Some((start, _)) = lexicon.person_names.longest_ending_at(toks, end, 4) {
        return Some(start);
    }
    let mut start = end;
    while start > 0 && end - start < 6 {
        let t = &toks[start - 1];
        // "Luiz Inácio Lula da Silva": a particle inside a name, between capitalised words.
        // "Piet van der Merwe": two particles in a row.
        let particle = NAME_PARTICLES.contains(&t.text)
            && start >= 2
            && start < end
            && (toks[start - 2].is_capitalised()
                || start >= 3
                    && NAME_PARTICLES.contains(&toks[start - 2].text)
                    && toks[start - 3].is_capitalised());
        // "Tarlo A. Venn": the full stop of an initial inside a name.
        let initial_dot = t.text == "."
            && !t.space_before
            && start >= 2
            && start < end
            && toks[start - 2].text.chars().count() == 1
            && toks[start - 2].is_capitalised();
        // "Halima Yusuf-Garba", "Faisal Al-Harbi": a hyphen inside a name, written close
        // between capitalised words.
        let hyphen = t.text == "-"
            && !t.space_before
            && start >= 2
            && start < end
            && !toks[start].space_before
            && toks[start - 2].is_capitalised()
            && toks[start - 2].is_word();
        if particle || hyphen {
            start -= 1;
            continue;
        }
        // The initial with its full stop, whatever letter it is ("A." is no article here).
        if initial_dot && start >= 3 && toks[start - 3].is_capitalised() {
            start -= 2;
            continue;
        }
        if !(t.is_word() && t.is_capitalised() && !not_a_name(t.text))
            || lexicon
                .jurisdiction_forms
                .longest_at(toks, start - 1)
                .is_some()
        {
            break;
        }
        // "General Theo Marr, a spokesman": a title or rank before two words of a name is no
        // part of it ("John Major" keeps its last word).
        if end - start >= 2
            && (lexicon.office_forms.longest_at(toks, start - 1).is_some()
                || lexicon.title_heads.contains(t.lower.as_ref())
                || lexicon.title_modifiers.contains(t.lower.as_ref())
                || lexicon.honorifics.contains(t.lower.as_ref()))
        {
            break;
        }
        start -= 1;
    }
    (end - start >= 2).then_some(start)
}

/// Whether the words before token `end` end in a possessive ("minister's", "president-elect's").
pub(super) fn possessive_ends(toks: &[Token<'_>], end: usize) -> bool {
    end > 0 && is_possessive(toks[end - 1].text)
        || toks
            .get(end)
            .is_some_and(|t| t.text == "-" && !t.space_before)
            && toks
                .get(end + 1)
                .is_some_and(|t| !t.space_before && is_possessive(t.text))
}

fn clean_name(name: &str) -> String {
    strip_possessive(name.trim()).to_string()
}

/// The lexicon id of a named person, or a slug of the name for people it does not know.
pub(super) fn person_id(lexicon: &Lexicon, name: &str) -> String {
    lexicon
        .person_by_name(name)
        .map(|p| p.id.clone())
        .unwrap_or_else(|| slug(name))
}

/// A stable id for a person the lexicon does not know: "Tymur Tkachenko" → "tymur-tkachenko".
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    // "Janša" and "Jansa", "Erdoğan" and "Erdogan": one person.
    let name = deunicode::deunicode(name);
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
        if role.form == RoleForm::Bare || lexicon.person(&role.person).is_some() {
            continue;
        }
        let words: Vec<&str> = role.name.split_whitespace().collect();
        if words.len() > 1 {
            full_names.push((role.name.to_string(), role.person.to_string()));
        } else if let Some((_, person)) = full_names
            .iter()
            .rev()
            .find(|(full, _)| super::people::same_person(lexicon, full, &role.name))
        {
            role.person = person.as_str().into();
        }
    }
}

/// A qualifier's words at token `k`: the lexicon's, but never "New" of a name ("New York
/// Mayor", "New Zealand Prime Minister", "the New Bank of Lesk governor"): capitalised
/// mid-sentence, or before another capitalised word.
pub(in crate::parse) fn qualifier_at<'l>(
    lexicon: &'l Lexicon,
    toks: &[Token<'_>],
    k: usize,
) -> Option<crate::lexicon::PhraseMatch<'l, Qualifier>> {
    let found = lexicon.qualifier_forms.longest_at(toks, k)?;
    let t = &toks[k];
    let of_a_name = *found.value == Qualifier::New
        && t.is_capitalised()
        && (k > 0 && !matches!(toks[k - 1].text, "\"" | "“" | "'" | "‘")
            || toks
                .get(k + found.len)
                .is_some_and(|n| n.is_word() && n.is_capitalised()));
    (!of_a_name).then_some(found)
}

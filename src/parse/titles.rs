//! Open titles: offices the lexicon does not list, read from the shape of a title.
//!
//! A title is a run of title words that ends in a head word ("Majority Whip", "assistant
//! secretary", "coach", "Sen."), with its organisation or jurisdiction before it ("Senate",
//! "OCD", "Brazil's") or after it ("of Nvidia", "at the University of Leeds") and a qualifier
//! ("former", "ex-", "then-", "-elect", "-designate"). It stands in three places:
//! - before the name: "Senate Majority Whip Dick Durbin", "Brazil coach Carlo Ancelotti";
//! - after the name, between commas: "Tarlo Venn, the State Department spokesperson,";
//! - before the name, between commas: "the head of Harlow's delegation, Tarlo Venn,";
//! - after a verb of appointment and the name, or after the name and the verb in the passive:
//!   "appointed Tarlo Venn as interim coach", "named Ana Brel chief executive", "Ana Brel was
//!   elected chair of the council", "Tarlo Venn was sworn in as president";
//! - after the name and a verb of holding or leaving an office: "Ana Brel is the mayor of Port
//!   Essel", "Tarlo Venn became prime minister", "Ana Brel served as finance minister", "Tarlo
//!   Venn resigned as coach".
//!
//! The office is the lexicon's when one of its forms is the whole title, else the title's own
//! words, normalised: lower case, synonyms and abbreviations read as what they stand for
//! ("Sen." is "senator", "chairwoman" is "chair"), joined by hyphens ("majority-whip"). Such an
//! office is marked open. A party-state tag after the name ("(D-CA)") gives the state for
//! members of a legislature and the chamber for its leaders ("US-Senate").

use super::Sentence;
use super::roles::{ORGANISATION_WORDS, name_at, name_ending_at, person_id, role_claim};
use crate::claim::{Claim, ClaimKind, Qualifier, Role, RoleForm};
use crate::lexicon::{Lexicon, is_possessive, strip_possessive};
use crate::text::Token;

/// The most words a title runs to ("Deputy Assistant Secretary General").
const MAX_TITLE_WORDS: usize = 6;

/// Words that make a capitalised word before a title an organisation at the start of a
/// sentence, where any word is capitalised ("Senate Majority Whip …").
const BODY_WORDS: &[&str] = &[
    "senate",
    "house",
    "parliament",
    "congress",
    "assembly",
    "kremlin",
    "pentagon",
    "vatican",
    "government",
    "cabinet",
    "league",
    "club",
    "federation",
    "team",
];

/// A title read from its words, before it is given to a name.
#[derive(Clone, Debug)]
struct Title {
    /// The first token of the title, its qualifier and organisation included.
    start: usize,
    office: String,
    office_text: String,
    open: bool,
    body: Option<String>,
    qualifier: Qualifier,
    /// The state of a party-state tag after the name ("(D-CA)").
    state: Option<String>,
    /// The title goes with one name alone ("Pope Francis", "Patriarch Kirill").
    single_name: bool,
}

/// Reads the open titles of one sentence; titles the lexicon's readers took are left alone.
pub fn open_titles(s: &Sentence<'_>, lexicon: &Lexicon, claims: &mut Vec<Claim>) {
    let own = claims
        .iter()
        .rev()
        .take_while(|c| c.sentence == s.span)
        .count();
    let mut taken: Vec<&Claim> = claims[claims.len() - own..]
        .iter()
        .filter(|c| matches!(&c.kind, ClaimKind::Role(r) if r.form != RoleForm::Bare))
        .collect();
    taken.sort_by_key(|c| c.span.start);
    let taken = Spans::new(taken);
    let mut found: Vec<Claim> = Vec::new();
    if may_hold_title(s, lexicon) {
        prenominal(s, lexicon, &mut found);
        after_name(s, lexicon, &mut found);
        before_name(s, lexicon, &mut found);
        appointments(s, lexicon, &mut found);
        holdings(s, lexicon, &mut found);
        heads_of_bodies(s, lexicon, &mut found);
        successions(s, lexicon, &mut found);
    }
    crate::text::work::add(s.tokens.len() as u64);
    found.sort_by_key(|c| (c.span.start, c.span.end));
    let mut kept = Spans::new(Vec::new());
    let mut replaced = Vec::new();
    for claim in found {
        let role = |c: &Claim| match &c.kind {
            ClaimKind::Role(r) => Some((r.name.clone(), r.office.clone())),
            _ => None,
        };
        let mine = role(&claim);
        let same_name = |c: &Claim| role(c).map(|r| r.0) == mine.as_ref().map(|r| r.0.clone());
        let same_office = |c: &Claim| role(c).map(|r| r.1) == mine.as_ref().map(|r| r.1.clone());
        // Inside another's words, not past its office's: "Minister Ana Brel" in "Prime
        // Minister Ana Brel" is no title of its own; "Maj. Gen. Tarlo Venn" in "press secretary
        // Maj. Gen. Tarlo Venn" is (a rank after the office).
        let inside = |c: &Claim| {
            let office_end = match &c.kind {
                ClaimKind::Role(r) => c
                    .text
                    .find(r.office_text.as_str())
                    .map_or(c.span.end, |at| c.span.start + at + r.office_text.len()),
                _ => c.span.end,
            };
            c.span.start <= claim.span.start
                && claim.span.end <= c.span.end
                && claim.span.start < office_end
        };
        // One reading of each stretch: the lexicon's first, then the first open one; two
        // roles of one name in one stretch are coordinated titles ("president and chief
        // executive of Harlow Motors").
        // The lexicon's office with more words after it is that office, read twice
        // ("a spokesperson" and "a spokesperson for the Pentagon").
        let extends = |c: &Claim| {
            role(c).zip(mine.as_ref()).is_some_and(|(theirs, mine)| {
                mine.1
                    .strip_prefix(theirs.1.as_str())
                    .is_some_and(|rest| rest.starts_with('-'))
            })
        };
        // The lexicon's office with the body the open reading found before it ("Foreign
        // Ministry spokesperson Mona Eid"): the open reading, which says whose office it is.
        let body = |c: &Claim| matches!(&c.kind, ClaimKind::Role(r) if r.jurisdiction.is_some());
        // A body that says it is one: a jurisdiction the lexicon knows or words of an
        // organisation ("Foreign Ministry", "Nepal Police"); not capitalised words that only
        // stand before the title ("On Tuesday Prime Minister …", "told Reuters President …").
        let named_body = |c: &Claim| match &c.kind {
            ClaimKind::Role(r) => r.jurisdiction.as_deref().is_some_and(|j| {
                lexicon.jurisdictions.iter().any(|known| known.id == j)
                    || j.split_whitespace().any(|w| {
                        let w = w.to_lowercase();
                        BODY_WORDS.contains(&w.as_str())
                            || ORGANISATION_WORDS.contains(&w.as_str())
                            || BODY_NOUNS.contains(&w.as_str())
                    })
            }),
            _ => false,
        };
        // Not past a qualifier: "former Democratic governor" names a party, not a body.
        let current =
            |c: &Claim| matches!(&c.kind, ClaimKind::Role(r) if r.qualifier == Qualifier::Current);
        let richer = |c: &Claim| {
            same_name(c)
                && same_office(c)
                && current(c)
                && !body(c)
                && named_body(&claim)
                && claim.span.start <= c.span.start
                && c.span.end <= claim.span.end
        };
        if taken.overlapping(claim.span).next().is_some()
            && taken.overlapping(claim.span).all(richer)
            && kept.overlapping(claim.span).next().is_none()
        {
            replaced.extend(taken.overlapping(claim.span).map(|c| c.span));
            kept.push(claim);
            continue;
        }
        if taken
            .overlapping(claim.span)
            .any(|c| !same_name(c) || same_office(c) || inside(c) || extends(c))
            || kept
                .overlapping(claim.span)
                .any(|c| !same_name(c) || same_office(c))
        {
            continue;
        }
        kept.push(claim);
    }
    // A bare title inside a named one is not a title of its own ("Harlow's foreign minister
    // and chief negotiator, Tarlo Venn").
    let first = claims.len() - own;
    if !kept.items.is_empty() {
        let sentence = claims.split_off(first);
        claims.extend(sentence.into_iter().filter(|c| {
            let role = matches!(&c.kind, ClaimKind::Role(_));
            let bare = matches!(&c.kind, ClaimKind::Role(r) if r.form == RoleForm::Bare);
            !(bare && kept.contains(c.span) || role && replaced.contains(&c.span))
        }));
    }
    crate::text::work::add(own as u64);
    claims.extend(kept.items);
    late_before_name(s, &mut claims[first..]);
    counterparts(s, lexicon, claims, first);
}

/// Whether the readers of open titles can find one in the sentence: each reads a title word
/// (an office of the lexicon, a title's head or its modifier), or a verb that names the office
/// it heads ("chairs the council"). Most sentences have neither, which one pass over the
/// lexicon's marks of their words tells.
fn may_hold_title(s: &Sentence<'_>, lexicon: &Lexicon) -> bool {
    // A lexicon not yet indexed has no bits: every sentence may hold a title.
    lexicon.title_word_bits == 0
        || s.tokens.iter().any(|t| {
            t.lex & lexicon.title_word_bits != 0
                || matches!(t.lower.as_ref(), "heads" | "chairs" | "chaired" | "leads")
        })
}

/// "Foreign Minister Ana Brel met her Iranian counterpart, Pavel Rusk": the counterpart holds
/// the office of the title read last before the word in the sentence, in the country its
/// nationality names (none when it names none).
fn counterparts(s: &Sentence<'_>, lexicon: &Lexicon, claims: &mut Vec<Claim>, first: usize) {
    let toks = &s.tokens;
    for k in 1..toks.len() {
        if toks[k].lower != "counterpart" {
            continue;
        }
        let jurisdiction = lexicon
            .jurisdiction_forms
            .longest_ending_at(toks, k, 3)
            .map(|(_, found)| lexicon.jurisdictions[*found.value].id.clone());
        let comma = toks.get(k + 1).is_some_and(|t| t.text == ",");
        let at = if comma { k + 2 } else { k + 1 };
        let Some((name_start, name_end)) = person_name(lexicon, toks, at) else {
            continue;
        };
        if comma && !clause_ends(toks, name_end) {
            continue;
        }
        let before = toks[k].span.start;
        let Some(theirs) = claims[first..].iter().rev().find_map(|c| match &c.kind {
            ClaimKind::Role(r) if c.span.end <= before && r.form != RoleForm::Bare => Some(r),
            _ => None,
        }) else {
            continue;
        };
        let name = s.slice(toks[name_start].span.cover(toks[name_end - 1].span));
        let role = Role {
            form: RoleForm::Appositive,
            person: person_id(lexicon, name).into(),
            name: name.into(),
            office: theirs.office.clone(),
            office_text: toks[k].text.into(),
            jurisdiction: jurisdiction.map(Into::into),
            qualifier: Qualifier::Current,
            resolved_by: None,
            open: theirs.open,
        };
        // Not the holder of the office named before: "Ana Brel's counterpart, Ana Brel".
        if role.person == theirs.person {
            continue;
        }
        let span = toks[k].span.cover(toks[name_end - 1].span);
        claims.push(role_claim(s, span, role));
    }
}

/// "The late Steve Jobs, Apple's co-founder": a title after the name of someone who has died
/// is the late holder's, whatever the apposition says.
fn late_before_name(s: &Sentence<'_>, claims: &mut [Claim]) {
    let toks = &s.tokens;
    for claim in claims {
        let ClaimKind::Role(role) = &mut claim.kind else {
            continue;
        };
        if role.form != RoleForm::Appositive || role.qualifier != Qualifier::Current {
            continue;
        }
        let at = toks.partition_point(|t| t.span.start < claim.span.start);
        if at > 0 && toks[at - 1].lower == "late" && (at < 2 || toks[at - 2].lower == "the") {
            role.qualifier = Qualifier::Late;
        }
    }
}

/// Claims in order of their start, with the furthest end so far, so that the ones overlapping
/// a span are found without looking at all of them.
struct Spans<T> {
    items: Vec<T>,
    furthest: Vec<usize>,
}

impl<T: std::borrow::Borrow<Claim>> Spans<T> {
    fn new(items: Vec<T>) -> Spans<T> {
        let mut furthest = Vec::with_capacity(items.len());
        let mut end = 0;
        for item in &items {
            end = end.max(item.borrow().span.end);
            furthest.push(end);
        }
        Spans { items, furthest }
    }

    /// Adds a claim that starts at or after every claim already here.
    fn push(&mut self, item: T) {
        let end = self.furthest.last().copied().unwrap_or(0);
        self.furthest.push(end.max(item.borrow().span.end));
        self.items.push(item);
    }

    /// The claims that overlap `span`, latest first.
    fn overlapping(&self, span: crate::span::Span) -> impl Iterator<Item = &Claim> + '_ {
        let before = self
            .items
            .partition_point(|c| c.borrow().span.start < span.end);
        (0..before)
            .rev()
            .take_while(move |&i| self.furthest[i] > span.start)
            .map(|i| self.items[i].borrow())
            .filter(move |c| c.span.end > span.start)
    }

    /// Whether a claim here covers all of `span`.
    fn contains(&self, span: crate::span::Span) -> bool {
        let before = self
            .items
            .partition_point(|c| c.borrow().span.start <= span.start);
        before > 0 && self.furthest[before - 1] >= span.end
    }
}

/// A title word at `k`: its length in tokens (an abbreviation takes its full stop) and whether
/// it can end a title.
fn title_word(lexicon: &Lexicon, toks: &[Token<'_>], k: usize) -> Option<(usize, bool)> {
    let t = toks.get(k)?;
    if !t.is_word() {
        return None;
    }
    // An office the lexicon lists is a head, of one word or several ("Lord Mayor", "mayor").
    if let Some(found) = lexicon.office_forms.longest_at(toks, k) {
        return Some((found.len, true));
    }
    let w = t.lower.as_ref();
    let head = lexicon.title_heads.contains(w);
    if !head && !lexicon.title_modifiers.contains(w) {
        return None;
    }
    let dotted = toks
        .get(k + 1)
        .is_some_and(|d| d.text == "." && !d.space_before)
        && lexicon.title_synonyms.contains_key(w);
    Some((if dotted { 2 } else { 1 }, head))
}

fn is_honorific(lexicon: &Lexicon, toks: &[Token<'_>], k: usize) -> bool {
    lexicon.honorifics.contains(toks[k].lower.as_ref())
}

/// The office id of title words: the lexicon's when one of its forms is the whole run, else
/// the words normalised (synonyms, no full stops, hyphens between).
fn office_of(lexicon: &Lexicon, toks: &[Token<'_>], start: usize, end: usize) -> (String, bool) {
    if let Some(found) = lexicon.office_forms.longest_at(toks, start)
        && start + found.len == end
    {
        return (lexicon.offices[*found.value].id.clone(), false);
    }
    let words: Vec<String> = toks[start..end]
        .iter()
        .filter(|t| t.is_word())
        .map(|t| {
            let w = t.lower.as_ref();
            lexicon
                .title_synonyms
                .get(w)
                .cloned()
                .unwrap_or_else(|| w.to_string())
        })
        .collect();
    let phrase = words.join(" ");
    let phrase = lexicon
        .title_synonyms
        .get(&phrase)
        .cloned()
        .unwrap_or(phrase);
    let id = phrase.replace(' ', "-");
    // The lexicon's office once normalised: "Gov." is "governor".
    let listed = lexicon.offices.iter().any(|o| o.id == id);
    (id, !listed)
}

/// A title head that is no title alone: "harbour master", "grand master", but "Master Tarlo
/// Venn" is a boy.
fn needs_modifier(office: &str) -> bool {
    office == "master"
}

/// A qualifier that ends just before `start` ("former", "ex-", "then-"): its first token.
fn qualifier_before(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    start: usize,
) -> Option<(usize, Qualifier)> {
    let end = if start > 0 && toks[start - 1].text == "-" {
        start - 1
    } else {
        start
    };
    (end.saturating_sub(3)..end)
        .find_map(|k| {
            let found = lexicon.qualifier_forms.longest_at(toks, k)?;
            // "Interim city manager", "former Labour MP": one word of the office's place or
            // party between the qualifier and the title.
            let one_word_between = k + found.len + 1 == end
                && toks[end - 1].is_word()
                && !super::quantities::FUNCTION_WORDS.contains(&toks[end - 1].lower.as_ref());
            (k + found.len == end || k + found.len == start || one_word_between)
                .then_some((k, *found.value))
        })
        .or_else(|| {
            // "former long-serving chief executive": a hyphenated modifier between them.
            let hyphenated = end >= 4
                && toks[end - 1].is_word()
                && toks[end - 2].text == "-"
                && !toks[end - 2].space_before
                && !toks[end - 1].space_before
                && toks[end - 3].is_word();
            let k = end.checked_sub(4).filter(|_| hyphenated)?;
            let found = lexicon.qualifier_forms.longest_at(toks, k)?;
            (found.len == 1).then_some((k, *found.value))
        })
}

/// "-elect", "-designate" right after a title: the tokens they take.
fn elect_suffix(toks: &[Token<'_>], k: usize) -> usize {
    let hyphen = toks
        .get(k)
        .is_some_and(|t| matches!(t.text, "-" | "\u{2011}") && !t.space_before);
    let word = toks
        .get(k + 1)
        .is_some_and(|t| matches!(t.lower.as_ref(), "elect" | "designate") && !t.space_before);
    if hyphen && word { 2 } else { 0 }
}

/// An organisation or jurisdiction that ends just before `end`: its first token and id or
/// words. A possessive ("Brazil's"), a jurisdiction the lexicon knows, an acronym, or
/// capitalised words that are a body's name.
fn body_before(lexicon: &Lexicon, toks: &[Token<'_>], end: usize) -> Option<(usize, String)> {
    if end == 0 {
        return None;
    }
    // "World Health Organization (WHO) Director-General": the body before its acronym, its
    // capitals spelling it ("North Atlantic Treaty Organization (NATO)"), else the acronym.
    if end >= 3 && acronym_in_brackets(toks, end - 3) {
        let acronym = toks[end - 2].text;
        if let Some((start, found)) = lexicon
            .jurisdiction_forms
            .longest_ending_at(toks, end - 3, 6)
        {
            return Some((start, lexicon.jurisdictions[*found.value].id.clone()));
        }
        return Some(match spelt_by(toks, end - 3, acronym) {
            Some(start) => {
                let words: Vec<&str> = toks[start..end - 3].iter().map(|t| t.text).collect();
                (start, join_tokens(&toks[start..end - 3], &words))
            }
            None => (end - 3, acronym.to_string()),
        });
    }
    if let Some((start, found)) = lexicon.jurisdiction_forms.longest_ending_at(toks, end, 4) {
        return Some((start, lexicon.jurisdictions[*found.value].id.clone()));
    }
    let mut start = end;
    while start > 0 && end - start < 3 {
        let t = &toks[start - 1];
        let possessive_inside = start < end && is_possessive(t.text);
        if !(t.is_word() && t.is_capitalised())
            || super::roles::not_a_name(t.text)
            || possessive_inside
            // "On Monday Chief Executive Tarlo Venn": a day or a month is no body.
            || lexicon.weekdays.longest_at(toks, start - 1).is_some()
            || lexicon.months.longest_at(toks, start - 1).is_some()
            // "former", but not "New" of "New York City" in the middle of a sentence.
            || (start == 1 || !t.is_capitalised())
                && lexicon
                    .qualifier_forms
                    .longest_at(toks, start - 1)
                    .is_some()
        {
            break;
        }
        start -= 1;
    }
    if start == end {
        return None;
    }
    let words = &toks[start..end];
    let acronym = words
        .iter()
        .any(|t| t.text.chars().count() >= 2 && t.text.chars().all(|c| c.is_ascii_uppercase()));
    let possessive = is_possessive(toks[end - 1].text);
    let body = words.iter().any(|t| {
        let w = strip_possessive(&t.lower);
        BODY_WORDS.contains(&w) || ORGANISATION_WORDS.contains(&w)
    });
    // Mid-sentence, capitalised words are a name; at the start of a sentence they must say so,
    // or be two words or more ("Harlow Motors CEO Ana Brel"). After "ex-" or "then-" too:
    // "Ex-Harlow boss Tarlo Venn".
    let mid = start > 0 && (toks[start - 1].is_word() || matches!(toks[start - 1].text, "," | "-"));
    let several = start == 0 && words.len() >= 2;
    if !(acronym || possessive || body || mid || several) {
        return None;
    }
    let text: Vec<&str> = words.iter().map(|t| t.text).collect();
    Some((start, strip_possessive(&text.join(" ")).to_string()))
}

/// The first token of the capitalised words ending just before `end` whose initials spell
/// `acronym`, with "of", "and", "for" and "the" between them ("Food and Drug Administration").
fn spelt_by(toks: &[Token<'_>], end: usize, acronym: &str) -> Option<usize> {
    let letters = acronym.as_bytes();
    let mut left = letters.len();
    let mut k = end;
    while left > 0 && k > 0 && end - k < 12 {
        let t = &toks[k - 1];
        if t.is_word() && t.is_capitalised() {
            if t.text.as_bytes()[0] != letters[left - 1] {
                return None;
            }
            left -= 1;
        } else if !(k < end && matches!(t.lower.as_ref(), "of" | "and" | "for" | "the" | "&")) {
            return None;
        }
        k -= 1;
    }
    (left == 0).then_some(k)
}

/// "(WHO)" at `k`: an acronym of two to six capitals in brackets.
fn acronym_in_brackets(toks: &[Token<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.text == "(")
        && toks.get(k + 2).is_some_and(|t| t.text == ")")
        && toks.get(k + 1).is_some_and(|t| {
            (2..=6).contains(&t.text.len()) && t.text.bytes().all(|b| b.is_ascii_uppercase())
        })
}

/// A title that ends just before token `end` (a name or a comma follows): the run of title
/// words, its organisation and its qualifier.
fn title_ending_at(lexicon: &Lexicon, toks: &[Token<'_>], end: usize) -> Option<(Title, usize)> {
    let mut qualifier = Qualifier::Current;
    let mut run_end = end;
    let suffix_start = end.saturating_sub(2);
    if end >= 2 && elect_suffix(toks, suffix_start) == 2 {
        qualifier = Qualifier::Elect;
        run_end = suffix_start;
    }
    // The last word is a head: "Whip", "coach", "Sen.".
    let mut start = run_end;
    let mut words = 0;
    let mut last_is_head = None;
    // The case of the word next to the name: a title is written in one case ("Senate
    // Majority Whip", "press secretary"), so "press secretary Maj. Gen." is two titles.
    let mut capitalised = None;
    while start > 0 && words < MAX_TITLE_WORDS {
        // An office of several words the lexicon lists: "Director General", "Vice President".
        let same_case =
            |k: usize| k == 0 || capitalised.is_none_or(|c| c == toks[k].is_capitalised());
        if let Some((form_start, _)) = lexicon.office_forms.longest_ending_at(toks, start, 4)
            && form_start + 1 < start
            && same_case(form_start)
        {
            // An office of several words before a head already read is a title of its own:
            // "Army Chief of Staff Gen. Dev Malik" is a chief of staff and a general.
            if words > 0 {
                break;
            }
            last_is_head.get_or_insert(true);
            capitalised.get_or_insert(toks[form_start].is_capitalised());
            start = form_start;
            words += 1;
            continue;
        }
        // "Director-General", "Vice-Chancellor": a hyphen between title words has no case.
        if toks[start - 1].text == "-"
            && !toks[start - 1].space_before
            && start >= 2
            && title_word(lexicon, toks, start - 2).is_some()
        {
            start -= 1;
            continue;
        }
        let (k, len) = if start >= 2 && toks[start - 1].text == "." {
            (start - 2, 2)
        } else {
            (start - 1, 1)
        };
        // The first word of a sentence is capitalised whatever it is.
        if !same_case(k) {
            break;
        }
        // "Supreme Court Chief Justice", "Navy Secretary": a capitalised body's noun before a
        // title already read is the body's, as in "chief justice of the Supreme Court".
        // Not a word alone at the start of a sentence ("Team leader Mona Eid").
        if words > 0
            && k > 0
            && toks[k - 1].is_word()
            && toks[k - 1].is_capitalised()
            && toks[k].is_capitalised()
            && matches!(
                toks[k].lower.as_ref(),
                "court" | "army" | "navy" | "club" | "team"
            )
        {
            break;
        }
        match title_word(lexicon, toks, k) {
            Some((l, head)) if l == len => {
                capitalised.get_or_insert(toks[k].is_capitalised());
                last_is_head.get_or_insert(head && !is_honorific(lexicon, toks, k));
                start = k;
                words += 1;
            }
            _ => break,
        }
    }
    if last_is_head != Some(true) {
        return None;
    }
    let (office, open) = office_of(lexicon, toks, start, run_end);
    if needs_modifier(&office) {
        return None;
    }
    let office_text: Vec<&str> = toks[start..run_end].iter().map(|t| t.text).collect();
    let head = toks[start..run_end]
        .iter()
        .rev()
        .find(|t| t.is_word())
        .map_or("", |t| t.lower.as_ref());
    let mut title = Title {
        start,
        office,
        office_text: join_tokens(&toks[start..run_end], &office_text),
        open,
        body: None,
        qualifier,
        state: None,
        single_name: lexicon.single_name_titles.contains(head),
    };
    if let Some((body_start, body)) = body_before(lexicon, toks, title.start) {
        title.start = body_start;
        title.body = Some(body);
    }
    if let Some((q_start, q)) = qualifier_before(lexicon, toks, title.start) {
        title.start = q_start;
        if title.qualifier == Qualifier::Current {
            title.qualifier = q;
        }
    }
    Some((title, run_end))
}

/// A title with its body between it and the name: "Director of Public Prosecutions Tarlo
/// Venn", "former Archbishop of Harlow Tarlo Venn", "Governor of the Bank of Essel Ruben Ost",
/// "Chief of Army Staff Gen. Karim Oduya" (a rank between the body and the name is the
/// person's, not the body's: where it starts is returned with the title). The name is the last
/// two capitalised words before the verb (a longer name the lexicon knows is taken whole by its
/// own reader).
fn title_of_body_before(lexicon: &Lexicon, toks: &[Token<'_>], j: usize) -> Option<(Title, usize)> {
    // Exactly two name words from `j`, then no capitalised word.
    let (_, end) = name_at(lexicon, toks, j)?;
    if end != j + 2
        || toks
            .get(end)
            .is_some_and(|t| t.is_word() && t.is_capitalised())
    {
        return None;
    }
    // Back over forms of address and ranks to the body's last word.
    let mut body_end = j;
    let rank = |k: usize, end: usize| {
        address_at(lexicon, toks, k) == Some(end - k)
            && (is_honorific(lexicon, toks, k)
                || title_word(lexicon, toks, k).is_some_and(|(_, head)| head))
    };
    loop {
        if let Some(k) = (body_end.saturating_sub(3)..body_end).find(|&k| rank(k, body_end)) {
            body_end = k;
            continue;
        }
        // The first word of a rank of two: "Rear Adm.", "Lt. Gen.", "Staff Sgt.".
        let k = if body_end >= 2 && toks[body_end - 1].text == "." {
            body_end - 2
        } else {
            body_end.saturating_sub(1)
        };
        let staff = toks
            .get(body_end)
            .is_some_and(|t| matches!(t.lower.as_ref(), "sgt" | "sergeant"));
        if body_end < j
            && k < body_end
            && toks[k].is_capitalised()
            && (RANK_PREFIXES.contains(&toks[k].lower.as_ref())
                || staff && toks[k].lower == "staff")
        {
            body_end = k;
            continue;
        }
        break;
    }
    // A title right before the rank needs no body after it: "Army Chief of Staff Gen. Dev
    // Malik".
    if body_end < j
        && let Some((title, _)) = title_ending_at(lexicon, toks, body_end)
        && !(title.start > 0
            && matches!(toks[title.start - 1].lower.as_ref(), "of" | "for" | "the"))
    {
        return Some((title, body_end));
    }
    // Back over the body's words ("the Bank of Essel", "the Joint Chiefs of Staff") to the
    // nearest "of" with a title before it.
    let mut k = body_end;
    while k > 0 && body_end - k < 10 {
        let t = &toks[k - 1];
        let body = &toks[k..body_end];
        // Past another "of" only for a title written in capitals, as a formal title is, and
        // with one word after that "of" ("Governor of the Bank of Essel"): more would be part
        // of a name of three words ("the Republic of Essel Ana Maria Brel").
        let inner_of_allowed = body.iter().rposition(|t| t.lower == "of").is_none_or(|of| {
            k >= 2
                && toks[k - 2].is_capitalised()
                && body[of + 1..].iter().filter(|t| t.is_word()).count() == 1
        });
        if t.lower == "of"
            && body.iter().any(|t| t.lower != "the")
            && let Some((mut title, _)) = title_ending_at(lexicon, toks, k - 1)
            && inner_of_allowed
        {
            if title.body.is_none() {
                let words: Vec<&str> = body
                    .iter()
                    .filter(|t| t.lower != "the")
                    .map(|t| t.text)
                    .collect();
                title.body = Some(words.join(" "));
            }
            return Some((title, body_end));
        }
        if !(t.is_word()
            && (t.is_capitalised() || matches!(t.lower.as_ref(), "the" | "of" | "and")))
        {
            return None;
        }
        k -= 1;
    }
    None
}

/// A title with its portfolio after "for" that ends just before the name at `j`: "Minister
/// for Foreign Affairs Lena Okafor", "EU Commissioner for Trade Ana Brel", "Minister for
/// Children, Youth and Families". The portfolio is words the lexicon lists as such
/// (`portfolio-words`), so that a name after "for" is not taken into a title ("Chief of Staff
/// for Prime Minister Ana Brel", "Captain for Saturday Ana Brel"); the name, a person's of two
/// words or more, begins with no such word and ends the run of capitals. The office is the
/// lexicon's when it lists the title under another of its names ("Minister of Foreign
/// Affairs", "Foreign Minister"), else the title's words with the portfolio's.
fn title_with_portfolio_before(lexicon: &Lexicon, toks: &[Token<'_>], j: usize) -> Option<Title> {
    let portfolio_word = |t: &Token<'_>| {
        t.is_word() && t.is_capitalised() && lexicon.portfolio_words.contains(t.lower.as_ref())
    };
    if portfolio_word(&toks[j]) {
        return None;
    }
    let (_, name_end) = person_name(lexicon, toks, j)?;
    if toks
        .get(name_end)
        .is_some_and(|t| t.is_word() && t.is_capitalised())
    {
        return None;
    }
    let mut k = j;
    while k > 0 && j - k < 6 {
        let t = &toks[k - 1];
        let joiner = matches!(t.lower.as_ref(), "and" | "&" | ",") && k < j;
        if !(portfolio_word(t) || joiner) {
            break;
        }
        k -= 1;
    }
    if k == j || k < 2 || toks[k - 1].lower != "for" || !portfolio_word(&toks[k]) {
        return None;
    }
    let (mut title, _) = title_ending_at(lexicon, toks, k - 1)?;
    let portfolio = &toks[k..j];
    let texts: Vec<&str> = portfolio.iter().map(|t| t.text).collect();
    let words = join_tokens(portfolio, &texts);
    let listed = [
        format!("{} of {words}", title.office_text),
        format!("{words} {}", title.office_text),
    ]
    .iter()
    .find_map(|phrase| listed_office(lexicon, phrase));
    title.office_text = format!("{} for {words}", title.office_text);
    match listed {
        Some(id) => {
            title.office = id;
            title.open = false;
        }
        None => {
            let slug: Vec<String> = portfolio
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.lower.to_string())
                .collect();
            title.office = format!("{}-for-{}", title.office, slug.join("-"));
            title.open = true;
        }
    }
    Some(title)
}

/// The id of the office the lexicon lists under the whole of `phrase`, if any.
fn listed_office(lexicon: &Lexicon, phrase: &str) -> Option<String> {
    let toks = crate::text::tokens(phrase, 0);
    let found = lexicon.office_forms.longest_at(&toks, 0)?;
    (found.len == toks.len()).then(|| lexicon.offices[*found.value].id.clone())
}

/// Words that begin a rank of two words: "Rear Admiral", "Vice Adm.", "Lt. Gen.", "Maj. Gen.".
const RANK_PREFIXES: &[&str] = &[
    "rear",
    "vice",
    "lieutenant",
    "lt",
    "major",
    "maj",
    "brigadier",
    "brig",
    "lance",
    "master",
    "command",
    "chief",
];

/// Whether a run of title words with a head starts at `j` ("Lord Mayor", "Archbishop"), so
/// that the capitalised words there are a title, not a body ("State Department").
fn title_run_at(lexicon: &Lexicon, toks: &[Token<'_>], mut j: usize) -> bool {
    while let Some((len, head)) = title_word(lexicon, toks, j) {
        if head && !is_honorific(lexicon, toks, j) {
            return true;
        }
        j += len;
        // "co-founder", "vice-chair": a hyphen between title words.
        if toks
            .get(j)
            .is_some_and(|t| t.text == "-" && !t.space_before)
        {
            j += 1;
        }
    }
    false
}

/// Tokens' texts joined as they were written (a space only where the text had one).
fn join_tokens(toks: &[Token<'_>], texts: &[&str]) -> String {
    let mut out = String::new();
    for (i, (t, text)) in toks.iter().zip(texts).enumerate() {
        if i > 0 && t.space_before {
            out.push(' ');
        }
        out.push_str(text);
    }
    out
}

/// A party-state tag right after a name: "(D-CA)", "(R–Ky.)", "(D-N.Y.)": the state's id.
fn party_state(lexicon: &Lexicon, toks: &[Token<'_>], end: usize) -> Option<String> {
    if toks.get(end)?.text != "(" {
        return None;
    }
    let party = toks.get(end + 1)?;
    if !matches!(party.text, "D" | "R" | "I") {
        return None;
    }
    if !matches!(toks.get(end + 2)?.text, "-" | "–" | "—" | ",") {
        return None;
    }
    let close = (end + 3..(end + 9).min(toks.len())).find(|&k| toks[k].text == ")")?;
    let code: String = toks[end + 3..close]
        .iter()
        .filter(|t| t.text != ".")
        .map(|t| t.text)
        .collect();
    lexicon.subdivisions.get(&code).map(|(id, _)| id.clone())
}

/// The jurisdiction a title names: a member of a legislature takes the state of the party-state
/// tag, a leader of a chamber the chamber; otherwise the body the title gives.
fn jurisdiction(title: &Title) -> Option<String> {
    let Some(state) = title.state.clone() else {
        return title.body.clone();
    };
    let country = state.split('-').next().unwrap_or_default().to_string();
    match title.body.as_deref() {
        Some("Senate") => Some(format!("{country}-Senate")),
        Some("House") => Some(format!("{country}-House")),
        _ if matches!(title.office.as_str(), "senator" | "representative") => Some(state),
        body => body.map(str::to_string),
    }
}

fn push_role(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    out: &mut Vec<Claim>,
    (first, last): (usize, usize),
    form: RoleForm,
    name: &str,
    title: &Title,
) {
    let toks = &s.tokens;
    let span = toks[first].span.cover(toks[last - 1].span);
    let name = strip_possessive(name.trim()).to_string();
    // "Deputy Governor" as the lexicon's reader gives it: the governor's office with the
    // qualifier deputy, whichever reader read it.
    let mut title = title.clone();
    // A rank among deputies changes neither: "First Deputy Governor".
    let deputy_of = title
        .office
        .strip_prefix("deputy-")
        .or_else(|| {
            ["first", "second", "senior", "executive", "principal"]
                .iter()
                .find_map(|rank| title.office.strip_prefix(rank)?.strip_prefix("-deputy-"))
        })
        .map(str::to_string);
    if title.qualifier == Qualifier::Current
        && let Some(rest) = deputy_of
        && lexicon.offices.iter().any(|o| o.id == rest)
    {
        title.office = rest;
        title.qualifier = Qualifier::Deputy;
        title.open = false;
    }
    // "Archbishop Emeritus of Santiago", "professor emeritus": retired from the office.
    if title.qualifier == Qualifier::Current
        && let Some(rest) = title
            .office
            .strip_suffix("-emeritus")
            .or_else(|| title.office.strip_prefix("emeritus-"))
            .map(str::to_string)
    {
        title.open = !lexicon.offices.iter().any(|o| o.id == rest);
        title.office = rest;
        title.qualifier = Qualifier::Former;
    }
    let title = &title;
    out.push(role_claim(
        s,
        span,
        Role {
            form,
            person: person_id(lexicon, &name).into(),
            name: name.into(),
            office: title.office.as_str().into(),
            office_text: title.office_text.as_str().into(),
            jurisdiction: jurisdiction(title).map(Into::into),
            qualifier: title.qualifier,
            resolved_by: None,
            open: title.open,
        },
    ));
}

/// A name of two words or more, or one the lexicon knows, that is not an organisation's:
/// (start, end). Forms of address and ranks before it are not part of it ("Sir Mark Rowley",
/// "Field Marshal Asim Munir", "Professor Clara Mendes").
fn person_name(lexicon: &Lexicon, toks: &[Token<'_>], mut start: usize) -> Option<(usize, usize)> {
    while let Some(len) = address_at(lexicon, toks, start) {
        start += len;
    }
    let (_, end) = name_at(lexicon, toks, start)?;
    let known = lexicon.person_names.longest_at(toks, start).is_some();
    let words = toks[start..end].iter().filter(|t| t.is_word()).count();
    let organisation = toks[start..end]
        .iter()
        .any(|t| ORGANISATION_WORDS.contains(&strip_possessive(&t.lower)));
    ((known || words >= 2) && !organisation).then_some((start, end))
}

/// The start of a person's name that ends just before token `end` ("Tarlo Venn| said"), as
/// [`person_name`] reads it.
fn name_just_before(lexicon: &Lexicon, toks: &[Token<'_>], end: usize) -> Option<usize> {
    let start = name_ending_at(lexicon, toks, end)?;
    let (start, name_end) = person_name(lexicon, toks, start)?;
    (name_end == end).then_some(start)
}

/// One name alone after a title that goes with one ("Pope Francis", "Patriarch Kirill of
/// Moscow"), not a place's or a building's name ("King Street").
fn single_name(lexicon: &Lexicon, toks: &[Token<'_>], j: usize) -> Option<(usize, usize)> {
    let (start, end) = name_at(lexicon, toks, j)?;
    let word = &toks[start];
    let place = toks
        .get(end)
        .is_some_and(|t| PLACE_NOUNS.contains(&t.lower.as_ref()));
    (end == start + 1 && word.text.chars().count() >= 3 && !place).then_some((start, end))
}

/// A surname alone after a title the lexicon lists as one that goes with a surname, as news
/// names someone the second time ("Speaker Venn said", "Home Minister Lekhak resigned"): one
/// capitalised word that no capitalised word follows, not an organisation's or a place's.
/// Titles that are also first names or places ("Dean Henderson", "Bishop Auckland") and ranks
/// ("General Motors") are not listed.
fn surname_alone(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    j: usize,
    title: &Title,
) -> Option<(usize, usize)> {
    let head = title.office_text.split_whitespace().last()?.to_lowercase();
    let head = head.trim_end_matches('.');
    if !lexicon.surname_titles.contains(head) {
        return None;
    }
    // In a line of title case ("Harlow Mayor Resigns") every word is capitalised.
    if super::roles::title_case(toks) {
        return None;
    }
    let (start, end) = single_name(lexicon, toks, j)?;
    let organisation = ORGANISATION_WORDS.contains(&strip_possessive(&toks[start].lower));
    let followed_by_name = toks
        .get(end)
        .is_some_and(|t| t.is_word() && t.is_capitalised());
    (!organisation && !followed_by_name).then_some((start, end))
}

/// Lower-case nouns after a name that make it a place's ("King Street", "Queen Square").
const PLACE_NOUNS: &[&str] = &[
    "street", "road", "avenue", "square", "park", "bridge", "hall", "station", "college", "school",
    "hospital", "island", "county", "cross", "gardens", "lane", "way", "palace",
];

/// A form of address or a title word before a name, with its full stop: its length.
pub(super) fn address_at(lexicon: &Lexicon, toks: &[Token<'_>], k: usize) -> Option<usize> {
    let t = toks.get(k)?;
    if !(t.is_word() && t.is_capitalised())
        || toks
            .get(k + 1)
            .is_none_or(|n| !n.is_word() && n.text != ".")
    {
        return None;
    }
    if lexicon.honorifics.contains(t.lower.as_ref()) {
        let dotted = toks
            .get(k + 1)
            .is_some_and(|d| d.text == "." && !d.space_before);
        return Some(if dotted { 2 } else { 1 });
    }
    // A title word is no first name when a capitalised word follows it.
    let (len, _) = title_word(lexicon, toks, k)?;
    toks.get(k + len)
        .is_some_and(|n| n.is_word() && n.is_capitalised())
        .then_some(len)
}

/// "Senate Majority Whip Dick Durbin (D-Ill.)", "Brazil coach Carlo Ancelotti".
fn prenominal(s: &Sentence<'_>, lexicon: &Lexicon, out: &mut Vec<Claim>) {
    let toks = &s.tokens;
    for j in 1..toks.len() {
        let t = &toks[j];
        // A form of address may start the name after a title ("Chief medical officer Dr
        // Ilona Berg").
        if !(t.is_word() && t.is_capitalised())
            || title_word(lexicon, toks, j).is_some() && !is_honorific(lexicon, toks, j)
        {
            continue;
        }
        // Title words right after "of" are a body's, with its title before them ("Chief of
        // Army Staff Gen. Karim Oduya" is no "Army Staff general").
        // The rank between a body and the name starts at the second ("Gen.").
        let by_body = || title_of_body_before(lexicon, toks, j).map(|(t, rank)| (t, Some(rank)));
        let Some((mut title, rank)) = (match title_ending_at(lexicon, toks, j) {
            Some((t, _)) if after_of(toks, t.start) => by_body().or(Some((t, None))),
            Some((t, _)) => Some((t, None)),
            None => by_body()
                .or_else(|| title_with_portfolio_before(lexicon, toks, j).map(|t| (t, None))),
        }) else {
            continue;
        };
        let Some((first, end)) = person_name(lexicon, toks, j).or_else(|| {
            if title.single_name {
                single_name(lexicon, toks, j)
            } else {
                surname_alone(lexicon, toks, j, &title)
            }
        }) else {
            continue;
        };
        // A form of address between the title and the name is neither: "Commissioner Sir
        // Mark Rowley".
        let name = s.slice(toks[first].span.cover(toks[end - 1].span));
        title.state = party_state(lexicon, toks, end);
        push_role(
            s,
            lexicon,
            out,
            (title.start, end),
            RoleForm::Prenominal,
            name,
            &title,
        );
        // "Chief of Army Staff Gen. Karim Oduya": the rank is his too.
        if let Some(rank) = rank.filter(|&rank| rank < first)
            && let Some((mut rank_title, _)) =
                title_ending_at(lexicon, &toks[rank..first], first - rank)
        {
            rank_title.start += rank;
            push_role(
                s,
                lexicon,
                out,
                (rank_title.start, end),
                RoleForm::Prenominal,
                name,
                &rank_title,
            );
        }
        // "Deputy Prime Minister and Foreign Minister Ada Ruiz": titles joined by "and"
        // before one name are all hers (up to three).
        let mut before = title.start;
        for _ in 0..3 {
            if before < 2 || toks[before - 1].lower != "and" {
                break;
            }
            let Some((other, _)) = title_ending_at(lexicon, toks, before - 1) else {
                break;
            };
            // Not someone else's title: "The US president and Vice President JD Vance" (an
            // article before it, or a title written in another case).
            let determiner = other.start > 0
                && matches!(
                    toks[other.start - 1].lower.as_ref(),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
                );
            if determiner || toks[before - 2].is_capitalised() != toks[before].is_capitalised() {
                break;
            }
            before = other.start;
            push_role(
                s,
                lexicon,
                out,
                (other.start, end),
                RoleForm::Prenominal,
                name,
                &other,
            );
        }
    }
}

/// "47-year-old" at `j`: the tokens it takes (a number, then "-year-old" written with
/// hyphens), else 0.
fn age_compound(toks: &[Token<'_>], j: usize) -> usize {
    let number = toks
        .get(j)
        .is_some_and(|t| t.text.bytes().all(|b| b.is_ascii_digit()) && t.text.len() <= 3);
    let shape = ["-", "year", "-", "old"];
    let aged = shape.iter().enumerate().all(|(k, w)| {
        toks.get(j + 1 + k)
            .is_some_and(|t| t.lower == *w && !t.space_before)
    });
    if number && aged { 5 } else { 0 }
}

/// Whether the words before token `start` are "of" or "for", perhaps with "the": title words
/// there are a body's ("Chief of the Defence Staff Admiral Wes Hollis").
fn after_of(toks: &[Token<'_>], start: usize) -> bool {
    let k = if start > 0 && toks[start - 1].lower == "the" {
        start - 1
    } else {
        start
    };
    k > 0 && matches!(toks[k - 1].lower.as_ref(), "of" | "for")
}

/// A title that starts at `j` and runs forward: the run of title words (ending in a head),
/// then its field ("of economics"), its body ("of Nvidia", "at the University of Leeds", "to
/// Israel") or both. Returns the title and the token after it.
fn title_starting_at(s: &Sentence<'_>, lexicon: &Lexicon, mut j: usize) -> Option<(Title, usize)> {
    let toks = &s.tokens;
    let start = j;
    let mut qualifier = Qualifier::Current;
    // "then the State Department spokesperson", "the former chief of naval operations".
    for _ in 0..2 {
        // "now the MP for …", "his vice president".
        if toks
            .get(j)
            .is_some_and(|t| matches!(t.lower.as_ref(), "now" | "also"))
        {
            j += 1;
        }
        if toks.get(j).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            )
        }) {
            j += 1;
        }
        // "a 47-year-old former mayor": an age says nothing of the office.
        j += age_compound(toks, j);
        if qualifier == Qualifier::Current
            && let Some(found) = lexicon.qualifier_forms.longest_at(toks, j)
        {
            qualifier = *found.value;
            j += found.len;
            if toks.get(j).is_some_and(|t| t.text == "-") {
                j += 1;
            }
        }
    }
    // "the county treasurer", "the city manager": a word of the office's place, as the
    // prenominal reading drops it after a qualifier ("Interim city manager").
    if j > start
        && toks
            .get(j)
            .is_some_and(|t| ORGANISATION_NOUNS.contains(&t.text))
        && !title_run_at(lexicon, toks, j)
        && title_run_at(lexicon, toks, j + 1)
    {
        j += 1;
    }
    // "the president-elect's pick for secretary of state", "Venn's nominee as ambassador": a
    // person chosen for the office, who holds it once confirmed. A party's nominee for an
    // office ("the Republican nominee for governor") is a candidate, who holds nothing.
    if let Some((after, chosen)) = nominee_for(toks, j) {
        if !chosen {
            return None;
        }
        qualifier = Qualifier::Elect;
        j = after;
    }
    let mut body = None;
    if let Some(found) = lexicon.jurisdiction_forms.longest_at(toks, j) {
        body = Some(lexicon.jurisdictions[*found.value].id.clone());
        j += found.len;
        if acronym_in_brackets(toks, j) {
            j += 3;
        }
    } else if !title_run_at(lexicon, toks, j)
        && let Some(end) = body_forward(toks, j)
    {
        let words: Vec<&str> = toks[j..end].iter().map(|t| t.text).collect();
        body = Some(strip_possessive(&words.join(" ")).to_string());
        j = end;
        // "the International Energy Agency (IEA) executive director".
        if acronym_in_brackets(toks, j) {
            j += 3;
        }
    } else if j > start
        && toks
            .get(j)
            .is_some_and(|t| t.is_word() && !t.is_capitalised() && is_possessive(t.text))
    {
        // "the ship's commanding officer", "the team's head coach".
        body = Some(strip_possessive(toks[j].text).to_string());
        j += 1;
    }
    // "Harlow's new coach", "Harlow's interim manager": a qualifier after the body.
    if qualifier == Qualifier::Current
        && body.is_some()
        && let Some(found) = lexicon.qualifier_forms.longest_at(toks, j)
    {
        qualifier = *found.value;
        j += found.len;
    }
    // "China's foreign ministry spokesperson", "the UN human rights chief", "Russia's
    // long-serving foreign minister": after a body, a few lower-case words that are no title
    // words say which part of it or what kind of holder.
    if body.is_some() && !title_run_at(lexicon, toks, j) {
        let mut k = j;
        while k < toks.len()
            && k < j + 5
            && !title_run_at(lexicon, toks, k)
            && (toks[k].is_word() && !toks[k].is_capitalised()
                || toks[k].text == "-" && !toks[k].space_before)
        {
            k += 1;
        }
        if k > j && title_run_at(lexicon, toks, k) {
            // "Britain's likely next prime minister": a qualifier among the words skipped.
            if qualifier == Qualifier::Current
                && let Some(found) =
                    (j..k).find_map(|q| lexicon.qualifier_forms.longest_at(toks, q))
            {
                qualifier = *found.value;
            }
            j = k;
        }
    }
    // "the prime minister's spokesman": a title in the possessive is the body the office serves.
    if body.is_none()
        && let Some(after) = possessive_title(lexicon, toks, j)
    {
        let words: Vec<&str> = toks[j..after].iter().map(|t| t.text).collect();
        body = Some(strip_possessive(&join_tokens(&toks[j..after], &words)).to_string());
        j = after;
    }
    // The run of title words, to its last head.
    let run_start = j;
    let mut run_end = None;
    let mut k = j;
    while k < toks.len() && k - run_start < MAX_TITLE_WORDS + 2 {
        match title_word(lexicon, toks, k) {
            Some((len, head)) => {
                if head && !is_honorific(lexicon, toks, k) {
                    run_end = Some(k + len);
                }
                k += len;
            }
            // "commander-in-chief", "editor-at-large".
            None if toks[k].text == "-"
                && !toks[k].space_before
                && k > run_start
                && toks.get(k + 2).is_some_and(|t| t.text == "-")
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.lower.as_ref(), "in" | "at" | "of")) =>
            {
                k += 3;
            }
            None if toks[k].text == "-" && !toks[k].space_before && k > run_start => k += 1,
            None => break,
        }
    }
    let run_end = run_end?;
    let mut end = run_end;
    if elect_suffix(toks, end) == 2 {
        qualifier = Qualifier::Elect;
        end += 2;
    }
    let (mut office, mut open) = office_of(lexicon, toks, run_start, run_end);
    if needs_modifier(&office) {
        return None;
    }
    let mut office_end = run_end;
    // A lower-case complement is part of the office ("chief of naval operations", "high
    // commissioner for refugees", "chair of the planning committee"), but an academic's field
    // is not ("professor of economics").
    let complement_end = field_after(toks, end);
    // "mayor of the borough", "director of the national laboratory": an organisation after
    // "of", not a part of the office.
    let organisation = complement_end > end
        && ORGANISATION_NOUNS.contains(&toks[complement_end - 1].lower.as_ref());
    if complement_end > end && !organisation {
        let head = toks[run_start..run_end]
            .iter()
            .rev()
            .find(|t| t.is_word())
            .map_or("", |t| t.lower.as_ref());
        if !ACADEMIC_HEADS.contains(&head) && end == run_end {
            let words: Vec<String> = toks[end..complement_end]
                .iter()
                .filter(|t| {
                    t.is_word() && !matches!(t.lower.as_ref(), "its" | "their" | "his" | "her")
                })
                .map(|t| t.lower.to_string())
                .collect();
            office = format!("{office}-{}", words.join("-"));
            open = true;
            office_end = complement_end;
        }
        end = complement_end;
    }
    let texts: Vec<&str> = toks[run_start..office_end].iter().map(|t| t.text).collect();
    let mut title = Title {
        start,
        office,
        office_text: join_tokens(&toks[run_start..office_end], &texts),
        open,
        body,
        qualifier,
        state: None,
        single_name: false,
    };
    if let Some((jurisdiction, nouns, body_end)) = body_of_jurisdiction(lexicon, toks, end) {
        // "chief adviser of Bangladesh's interim government": the body is the office's, the
        // country its jurisdiction.
        title.office = format!("{}-of-{}", title.office, nouns.join("-"));
        title.open = true;
        title.body = Some(jurisdiction);
        end = body_end;
    } else if let Some((body, body_end)) = body_after(lexicon, toks, end) {
        title.body = Some(body);
        end = body_end;
        // "director of the Tarlo Institute at Harlow University": the wider body after it.
        if toks
            .get(end)
            .is_some_and(|t| matches!(t.lower.as_ref(), "at" | "in"))
            && let Some((_, wider_end)) = body_after(lexicon, toks, end)
        {
            end = wider_end;
        }
    }
    Some((title, end))
}

/// "the president-elect's pick for", "Venn's nominee for", "the Republican nominee for": the
/// token after the words that make the title one the person is put forward for, and whether
/// someone chose the person for it (a possessive owner) rather than a party for an election.
fn nominee_for(toks: &[Token<'_>], j: usize) -> Option<(usize, bool)> {
    let is_pick = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.lower.as_ref(), "pick" | "nominee" | "choice"))
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.lower.as_ref(), "for" | "as"))
    };
    let words = (j..j + 5)
        .take_while(|&k| toks.get(k).is_some_and(|t| t.is_word() || t.text == "-"))
        .count();
    let pick = (j..j + words).find(|&k| is_pick(k))?;
    // "the party's nominee" is a candidate as "the Republican nominee" is.
    let owned = toks[j..pick]
        .iter()
        .any(|t| is_possessive(t.text) && strip_possessive(&t.lower) != "party");
    Some((pick + 2, owned))
}

/// A run of title words from `j` whose last word is possessive and that another title word
/// follows ("prime minister's spokesman"): the token after the possessive.
fn possessive_title(lexicon: &Lexicon, toks: &[Token<'_>], j: usize) -> Option<usize> {
    let mut k = j;
    while k < j + MAX_TITLE_WORDS {
        let (len, _) = title_word(lexicon, toks, k)?;
        k += len;
        if is_possessive(toks[k - 1].text) {
            return title_word(lexicon, toks, k).map(|_| k);
        }
        if toks
            .get(k)
            .is_some_and(|t| t.text == "-" && !t.space_before)
        {
            k += 1;
        }
    }
    None
}

/// Words that end a title's field or an organisation written in lower case after it: "mayor
/// of the borough| on Thursday", "chief of naval operations| since 2023".
fn ends_a_phrase(word: &str) -> bool {
    matches!(
        word,
        "and"
            | "at"
            | "for"
            | "to"
            | "on"
            | "in"
            | "by"
            | "with"
            | "from"
            | "after"
            | "since"
            | "as"
            | "who"
            | "which"
            | "that"
            | "last"
            | "this"
            | "until"
            | "over"
            | "once"
            | "next"
    )
}

/// A lower-case field after a title: "of economics", "of naval operations", "of the defence
/// staff". Returns the token after it (`k` when there is none).
fn field_after(toks: &[Token<'_>], k: usize) -> usize {
    if toks
        .get(k)
        .is_none_or(|t| !matches!(t.lower.as_ref(), "of" | "for" | "to"))
    {
        return k;
    }
    let mut j = k + 1;
    if toks
        .get(j)
        .is_some_and(|t| matches!(t.lower.as_ref(), "the" | "its" | "their"))
    {
        j += 1;
    }
    // A posting: "ambassador to Israel", "special representative for the Sahel".
    if toks[k].lower != "of"
        && let Some(end) = body_forward(toks, j)
    {
        // "for Riverside ward".
        let noun = toks
            .get(end)
            .is_some_and(|t| BODY_NOUNS.contains(&t.lower.as_ref()));
        return end + usize::from(noun);
    }
    // "of the capital Lesk": a place's noun before its name is a body, not a field.
    if toks
        .get(j)
        .is_some_and(|t| PLACE_BODY_NOUNS.contains(&t.lower.as_ref()))
        && toks
            .get(j + 1)
            .is_some_and(|t| t.is_word() && t.is_capitalised())
    {
        return k;
    }
    let words = toks[j..]
        .iter()
        .take(3)
        // "of the 3rd Brigade": an ordinal in digits begins a body's name, not a field.
        .take_while(|t| {
            t.is_word()
                && !t.is_capitalised()
                && !t.text.starts_with(|c: char| c.is_ascii_digit())
                && !ends_a_phrase(t.lower.as_ref())
        })
        .count();
    if words == 0 {
        return k;
    }
    j + words
}

/// "of Bangladesh's interim government", "of Harlow's negotiating team": a body of a
/// jurisdiction the lexicon knows, named by lower-case words ending in a body's noun. The
/// jurisdiction, the body's words and the token after them.
pub(super) fn body_of_jurisdiction(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    k: usize,
) -> Option<(String, Vec<String>, usize)> {
    if toks.get(k)?.lower != "of" {
        return None;
    }
    let mut b = k + 1;
    if toks.get(b).is_some_and(|t| t.lower == "the") {
        b += 1;
    }
    let found = lexicon.jurisdiction_forms.longest_at(toks, b)?;
    let last = &toks[b + found.len - 1];
    if strip_possessive(last.text) == last.text {
        return None;
    }
    let start = b + found.len;
    let words: Vec<String> = toks[start..]
        .iter()
        .take(3)
        .take_while(|t| t.is_word() && !t.is_capitalised())
        .map(|t| t.lower.to_string())
        .collect();
    let head = words
        .iter()
        .rposition(|w| BODY_NOUNS.contains(&w.as_str()))?;
    let words = words[..=head].to_vec();
    let end = start + words.len();
    Some((lexicon.jurisdictions[*found.value].id.clone(), words, end))
}

/// The body after a title: "of/at/for/to [the] Body" with capitalised words ("of Nvidia", "at
/// the University of Leeds", "to Israel"), or lower-case words ending in a body's noun ("of
/// the planning committee", "for Riverside ward"). Returns the body and the token after it.
pub(super) fn body_after(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    k: usize,
) -> Option<(String, usize)> {
    if toks
        .get(k)
        .is_none_or(|t| !matches!(t.lower.as_ref(), "of" | "at" | "for" | "to" | "in"))
    {
        return None;
    }
    let mut b = k + 1;
    if toks.get(b).is_some_and(|t| t.lower == "the") {
        b += 1;
    }
    // "made interior minister in May", "on Monday": a time, not a body.
    if lexicon.months.longest_at(toks, b).is_some()
        || lexicon.weekdays.longest_at(toks, b).is_some()
    {
        return None;
    }
    let mut body_end = body_forward(toks, b).unwrap_or(b);
    // A jurisdiction the lexicon knows, unless more of the body's name follows ("US Central
    // Command").
    if let Some(found) = lexicon.jurisdiction_forms.longest_at(toks, b)
        && b + found.len >= body_end
    {
        return Some((
            lexicon.jurisdictions[*found.value].id.clone(),
            b + found.len,
        ));
    }
    // "of Harlow's delegation", "of Harlow's negotiating team", "for Riverside ward", "of the
    // Lombardy region", "of the planning committee".
    let nouns = toks[body_end..]
        .iter()
        .take(3)
        .take_while(|t| {
            t.is_word()
                && !t.is_capitalised()
                && !ends_a_phrase(t.lower.as_ref())
                && t.lower != "of"
        })
        .count();
    let possessive = body_end > b && is_possessive(toks[body_end - 1].text);
    let last = toks
        .get(body_end + nouns.max(1) - 1)
        .map_or("", |t| t.lower.as_ref());
    if nouns > 0 && (possessive || BODY_NOUNS.contains(&last) || ORGANISATION_NOUNS.contains(&last))
    {
        body_end += nouns;
    }
    // "of the capital Lesk", "of the city Harlow": a place's noun, then its name.
    if body_end == b
        && toks
            .get(b)
            .is_some_and(|t| !t.is_capitalised() && PLACE_BODY_NOUNS.contains(&t.lower.as_ref()))
        && toks
            .get(b + 1)
            .is_some_and(|t| t.is_word() && t.is_capitalised())
        && let Some(name_end) = body_forward(toks, b + 1)
    {
        b += 1;
        body_end = name_end;
    }
    // "of the state of Bavaria": a body's noun, then its name.
    if body_end > b
        && BODY_NOUNS.contains(&toks[body_end - 1].lower.as_ref())
        && toks.get(body_end).is_some_and(|t| t.lower == "of")
        && let Some(name_end) = body_forward(toks, body_end + 1)
    {
        body_end = name_end;
    }
    if body_end == b {
        return None;
    }
    let words: Vec<&str> = toks[b..body_end].iter().map(|t| t.text).collect();
    Some((
        strip_possessive(&join_tokens(&toks[b..body_end], &words)).to_string(),
        body_end,
    ))
}

/// Heads of academic titles, whose "of" names a field, not part of the office: "professor of
/// economics".
const ACADEMIC_HEADS: &[&str] = &[
    "professor",
    "lecturer",
    "researcher",
    "student",
    "fellow",
    "scientist",
    "emeritus",
];

/// Lower-case nouns that end a body's name: "the Lombardy region", "the planning committee".
/// Nouns that end an organisation written in lower case after a title: "mayor of the
/// borough", "director of the national laboratory", "chair of the planning committee".
const ORGANISATION_NOUNS: &[&str] = &[
    "borough",
    "city",
    "town",
    "village",
    "county",
    "district",
    "region",
    "province",
    "council",
    "committee",
    "board",
    "company",
    "club",
    "school",
    "university",
    "institute",
    "hospital",
    "laboratory",
    "lab",
    "museum",
    "bank",
    "agency",
    "commission",
    "ministry",
    "party",
    "union",
    "association",
    "federation",
    "league",
    "church",
    "diocese",
    "group",
    "panel",
    "foundation",
    "authority",
    "department",
    "organisation",
    "organization",
    "charity",
    "trust",
    "coalition",
    "alliance",
    "movement",
    "firm",
    "bureau",
    "caucus",
    "network",
    "centre",
    "center",
    "society",
];

/// Nouns of places a name may follow with no "of": "the capital Lesk", "the city Harlow".
const PLACE_BODY_NOUNS: &[&str] = &[
    "capital", "city", "town", "village", "province", "region", "state", "district", "county",
];

const BODY_NOUNS: &[&str] = &[
    "region",
    "state",
    "province",
    "county",
    "district",
    "city",
    "council",
    "committee",
    "ministry",
    "delegation",
    "team",
    "government",
    "party",
    "ward",
    "board",
    "department",
    "agency",
    "office",
    "commission",
    "brigade",
    "division",
    "regiment",
    "company",
    "club",
    "school",
    "faculty",
    "institute",
    "university",
    "hospital",
    "force",
    "forces",
    "staff",
    "bank",
];

/// Capitalised words that name a body, from `j`: up to five, with "of", "and" and "for" inside
/// ("University of Leeds", "Bank of England", "3rd Brigade"), through a possessive into the
/// body's part ("Russia's Security Council").
fn body_forward(toks: &[Token<'_>], j: usize) -> Option<usize> {
    let mut k = j;
    let mut end = None;
    while k < toks.len() && k - j < 6 {
        let t = &toks[k];
        let ordinal = t.text.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"].iter().any(|s| t.text.ends_with(s));
        if (t.is_word() && t.is_capitalised() && !super::roles::not_a_name(t.text)) || ordinal {
            k += 1;
            end = Some(k);
            if is_possessive(t.text)
                && toks
                    .get(k)
                    .is_none_or(|n| !(n.is_word() && n.is_capitalised()))
            {
                break;
            }
        } else if k > j && matches!(t.lower.as_ref(), "of" | "and" | "for") {
            k += 1;
        } else {
            break;
        }
    }
    end
}

/// A time phrase after a title that ends its clause ("until last year", "until 2023", "since
/// 2019") at `k`: what it says of the office, with the token where the clause ends.
pub(super) fn time_after_title(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    k: usize,
) -> Option<HeldUntil> {
    let word = toks.get(k)?.lower.as_ref();
    let since = word == "since";
    if !(since || matches!(word, "until" | "till")) {
        return None;
    }
    let end = (k + 2..(k + 6).min(toks.len() + 1)).find(|&e| clause_ends(toks, e))?;
    if since {
        return Some(HeldUntil::Now(end));
    }
    let past = matches!(
        toks[k + 1].lower.as_ref(),
        "last" | "earlier" | "recently" | "lately"
    );
    let dated = (k + 1..end).any(|i| {
        let t = &toks[i];
        t.is_capitalised() && lexicon.months.longest_at(toks, i).is_some()
            || t.text.len() == 4
                && t.text.bytes().all(|b| b.is_ascii_digit())
                && t.text.starts_with(['1', '2'])
    });
    if past {
        Some(HeldUntil::Past(end))
    } else if dated {
        Some(HeldUntil::Dated)
    } else {
        None
    }
}

/// What a time phrase after a title says of the office: held still ("since 2019") or until a
/// time that has passed ("until last year"), each with the token where the clause ends; or until
/// a date, which has passed or not as the report's own date says.
pub(super) enum HeldUntil {
    Now(usize),
    Past(usize),
    Dated,
}

/// The end of a clause: punctuation, the end of the sentence, or a verb after the name.
fn clause_ends(toks: &[Token<'_>], k: usize) -> bool {
    toks.get(k)
        .is_none_or(|t| matches!(t.text, "," | "." | ";" | ":" | ")" | "—" | "–"))
}

/// "Tarlo Venn, the State Department spokesperson,", "Ana Brel, an associate professor of
/// economics and director of the institute,".
fn after_name(s: &Sentence<'_>, lexicon: &Lexicon, out: &mut Vec<Claim>) {
    let toks = &s.tokens;
    for comma in 2..toks.len() {
        if toks[comma].text != "," {
            continue;
        }
        let Some(name_start) = name_just_before(lexicon, toks, comma) else {
            continue;
        };
        let name = s.slice(toks[name_start].span.cover(toks[comma - 1].span));
        let mut titles = coordinated_titles(s, lexicon, super::roles::after_age(toks, comma));
        let Some(&(_, end)) = titles.last() else {
            continue;
        };
        // "Ana Brel, Harlow's chief executive until last year,": no longer; "since 2019,":
        // still. Until a date: no claim, since whether the date has passed is the report's
        // date's to say.
        match time_after_title(lexicon, toks, end) {
            Some(HeldUntil::Past(clause_end)) => {
                for (title, title_end) in &mut titles {
                    if title.qualifier == Qualifier::Current {
                        title.qualifier = Qualifier::Former;
                    }
                    *title_end = clause_end;
                }
            }
            Some(HeldUntil::Now(clause_end)) => {
                for (_, title_end) in &mut titles {
                    *title_end = clause_end;
                }
            }
            Some(HeldUntil::Dated) => continue,
            None if !clause_ends(toks, end) => continue,
            None => {}
        }
        for (title, title_end) in &titles {
            push_role(
                s,
                lexicon,
                out,
                (name_start, *title_end),
                RoleForm::Appositive,
                name,
                title,
            );
        }
    }
}

/// "the head of Harlow's delegation, Tarlo Venn,", "Harlow's chief negotiator, Tarlo Venn,".
fn before_name(s: &Sentence<'_>, lexicon: &Lexicon, out: &mut Vec<Claim>) {
    let toks = &s.tokens;
    for comma in 1..toks.len() {
        if toks[comma].text != "," {
            continue;
        }
        let Some((name_start, end)) = person_name(lexicon, toks, comma + 1) else {
            continue;
        };
        if !clause_ends(toks, end) {
            continue;
        }
        // The title opens the sentence or a clause, or follows an article; titles joined by
        // "and" are one person's ("Harlow's prime minister and foreign minister, …").
        let reading = (0..comma).rev().take(12).find_map(|start| {
            let opens = start == 0
                || matches!(toks[start - 1].text, "," | ";" | ":")
                || (toks[start - 1].lower == "and" && start >= 2 && toks[start - 2].text == ",")
                || matches!(
                    toks[start].lower.as_ref(),
                    "the" | "a" | "an" | "his" | "her" | "their" | "its"
                );
            if !opens {
                return None;
            }
            let titles = coordinated_titles(s, lexicon, start);
            (titles.last()?.1 == comma).then_some(titles)
        });
        let Some(titles) = reading else {
            continue;
        };
        let name = s.slice(toks[name_start].span.cover(toks[end - 1].span));
        let first = titles[0].0.start;
        for (title, _) in &titles {
            push_role(
                s,
                lexicon,
                out,
                (first, end),
                RoleForm::Appositive,
                name,
                title,
            );
        }
    }
}

/// Verbs that give a person an office, the title after the name (active) or after the verb
/// (passive).
fn is_appointing(word: &str) -> bool {
    // A `match` rather than a list search: this runs on every token.
    matches!(
        word,
        "appointed"
            | "appoints"
            | "appoint"
            | "appointing"
            | "named"
            | "names"
            | "naming"
            | "elected"
            | "elects"
            | "electing"
            | "re-elected"
            | "nominated"
            | "nominates"
            | "nominating"
            | "chose"
            | "chosen"
            | "chooses"
            | "picked"
            | "picks"
            | "tapped"
            | "taps"
            | "installed"
            | "installs"
            | "promoted"
            | "promotes"
            | "hired"
            | "hires"
            | "confirmed"
            | "confirms"
            | "sworn"
            | "made"
    )
}

/// The auxiliaries of a passive appointment: "was named", "has been appointed", "will be
/// sworn in".
const PASSIVE_AUXILIARIES: &[&str] = &["was", "is", "were", "are", "been", "be", "being"];

/// The name before an aside set off by commas, the comma closing it at `close`: "Karim Oduya,
/// a former senator, was sworn in", "Bea Lund, who ran the parks division, was named". The
/// name's start and the comma opening the aside.
fn name_before_aside(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    close: usize,
) -> Option<(usize, usize)> {
    if toks.get(close)?.text != "," {
        return None;
    }
    let open = (close.saturating_sub(16)..close)
        .rev()
        .find(|&k| matches!(toks[k].text, "," | ";" | ":" | "(" | ")" | "\"" | "—"))?;
    if toks[open].text != "," || open + 1 == close {
        return None;
    }
    let start = name_just_before(lexicon, toks, open)?;
    Some((start, open))
}

/// "The club appointed Tarlo Venn as interim coach", "named Ana Brel its new chair", "Ana Brel
/// was elected chair of the council", "Tarlo Venn, who was sworn in as president".
fn appointments(s: &Sentence<'_>, lexicon: &Lexicon, out: &mut Vec<Claim>) {
    let toks = &s.tokens;
    for verb in 0..toks.len() {
        if !is_appointing(toks[verb].lower.as_ref()) {
            continue;
        }
        // "sworn in as", "appointed as".
        let mut after_verb = verb + 1;
        if toks[verb].lower == "sworn" && toks.get(after_verb).is_some_and(|t| t.lower == "in") {
            after_verb += 1;
        }
        let passive = verb > 0 && PASSIVE_AUXILIARIES.contains(&toks[verb - 1].lower.as_ref());
        let (name_start, name_end, title_at) = if passive {
            // The name before the auxiliaries: "Ana Brel was", "Ana Brel has been", "Ana
            // Brel, who was", as for any verb of office.
            let Some((start, end)) = subject_of(lexicon, toks, verb - 1) else {
                continue;
            };
            (start, end, after_verb)
        } else {
            // "named former Norcross Air chief executive Lena Okafor its president": the name
            // after the title the person held before ("nominated economist Andrei Belousov"
            // describes, and the verb may name no office).
            let Some((start, end)) = person_name(lexicon, toks, after_verb).or_else(|| {
                let (held, described) = title_starting_at(s, lexicon, after_verb)?;
                if held.qualifier != Qualifier::Former {
                    return None;
                }
                person_name(lexicon, toks, described)
            }) else {
                continue;
            };
            (start, end, end)
        };
        // "Councillor Mona Eid was elected mayor": a title before the name is not part of it.
        let mut name_start = name_start;
        while name_end - name_start > 2
            && lexicon
                .title_heads
                .contains(toks[name_start].lower.as_ref())
        {
            name_start += 1;
        }
        let mut title_at = title_at;
        if toks.get(title_at).is_some_and(|t| t.lower == "as") {
            title_at += 1;
        }
        // "Trump nominated Pete Hegseth as defense secretary": one chosen is yet to take the
        // office (elect, as a nominee is) until confirmed or sworn in.
        let chosen = matches!(
            toks[verb].lower.as_ref(),
            "nominated"
                | "nominates"
                | "nominating"
                | "picked"
                | "picks"
                | "tapped"
                | "taps"
                | "chose"
                | "chosen"
                | "chooses"
        )
        .then_some(Qualifier::Elect);
        titles_of_complement(s, lexicon, out, (name_start, name_end), title_at, chosen);
    }
}

/// The titles a verb gives the name `name_start..name_end`, read from `title_at` ("chief
/// executive", "the mayor of Port Essel and chair of the council"), each pushed as a role from
/// the name to the title's end; the verb's qualifier stands where the title has none of its
/// own. Nothing when the titles are not the verb's whole complement ("named Ana Brel chair on
/// Monday", not "named Ana Brel chair of something the grammar stopped inside").
fn titles_of_complement(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    out: &mut Vec<Claim>,
    (name_start, name_end): (usize, usize),
    title_at: usize,
    qualifier: Option<Qualifier>,
) {
    let toks = &s.tokens;
    let titles = coordinated_titles(s, lexicon, title_at);
    let Some(&(_, end)) = titles.last() else {
        return;
    };
    if !title_complete(toks, end) {
        return;
    }
    let name = s.slice(toks[name_start].span.cover(toks[name_end - 1].span));
    for (title, title_end) in &titles {
        let mut title = title.clone();
        // A qualifier written in the title is the title's ("became interim coach").
        if let Some(qualifier) = qualifier
            && title.qualifier == Qualifier::Current
        {
            title.qualifier = qualifier;
        }
        push_role(
            s,
            lexicon,
            out,
            (name_start, *title_end),
            RoleForm::Appositive,
            name,
            &title,
        );
    }
}

/// How a verb after a name says the person holds an office, and whether "as" must follow:
/// "is the mayor" (now), "became prime minister" and "served as" (then), "resigned as coach"
/// (no longer).
fn holding_verb(toks: &[Token<'_>], verb: usize) -> Option<(Qualifier, usize)> {
    let next = |k: usize| toks.get(k).map(|t| t.lower.as_ref());
    let article = |k: usize| matches!(next(k), Some("the" | "a" | "an"));
    // "resigned on Monday as coach": a short phrase of time before "as".
    let as_at = |k: usize| as_after_time(toks, k);
    // The copula takes the title with its article ("is the mayor", "was a senator") or with a
    // qualifier of acting ("is caretaker manager at Everton").
    let acting = |k: usize| matches!(next(k), Some("acting" | "interim" | "caretaker"));
    Some(match toks[verb].lower.as_ref() {
        "is" if article(verb + 1) || acting(verb + 1) => (Qualifier::Current, verb + 1),
        "was" if article(verb + 1) => (Qualifier::Then, verb + 1),
        "becomes" => (Qualifier::Current, verb + 1),
        "became" => (Qualifier::Then, verb + 1),
        // What is settled to come: "will become", "is to become", "will serve as". Not what
        // someone hopes or could do ("hopes to become", "could serve as").
        "become" if settled_future(toks, verb) => (Qualifier::Elect, verb + 1),
        "serve" if settled_future(toks, verb) && next(verb + 1) == Some("as") => {
            (Qualifier::Elect, verb + 2)
        }
        "serves" | "serving" if next(verb + 1) == Some("as") => (Qualifier::Current, verb + 2),
        // "has served as president since 1991" still does.
        "served"
            if next(verb + 1) == Some("as")
                && matches!(verb.checked_sub(1).and_then(next), Some("has" | "have"))
                && since_after(toks, verb + 2) =>
        {
            (Qualifier::Current, verb + 2)
        }
        "served" if next(verb + 1) == Some("as") => (Qualifier::Then, verb + 2),
        // "served briefly as".
        "served"
            if next(verb + 1).is_some_and(|w| w.ends_with("ly"))
                && next(verb + 2) == Some("as") =>
        {
            (Qualifier::Then, verb + 3)
        }
        "resigned" | "resigns" | "quit" | "quits" | "retired" | "retires" | "fired" | "sacked"
        | "dismissed" | "ousted"
            if as_at(verb + 1).is_some() =>
        {
            (Qualifier::Former, as_at(verb + 1)? + 1)
        }
        "stepped" | "steps" if next(verb + 1) == Some("down") && next(verb + 2) == Some("as") => {
            (Qualifier::Former, verb + 3)
        }
        _ => return None,
    })
}

/// Where "as" stands at `k` or after a short phrase of time there ("on Sunday as", "last
/// week as", "in 2019 as"): its index.
fn as_after_time(toks: &[Token<'_>], k: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map(|t| t.lower.as_ref());
    if word(k) == Some("as") {
        return Some(k);
    }
    let time = match word(k)? {
        "on" | "in" | "last" | "this" | "earlier" => 2,
        "yesterday" | "today" => 1,
        _ => return None,
    };
    let after = k + time;
    (word(after) == Some("as")
        && toks[k + 1..after]
            .iter()
            .all(|t| t.is_word() || t.text.bytes().all(|b| b.is_ascii_digit())))
    .then_some(after)
}

/// Whether "since" stands in the clause after `from`, before the next comma: "has served as
/// president since 1991".
fn since_after(toks: &[Token<'_>], from: usize) -> bool {
    toks[from.min(toks.len())..]
        .iter()
        .take(12)
        .take_while(|t| !matches!(t.text, "," | ";" | "." | ":"))
        .any(|t| t.lower == "since")
}

/// Whether the verb at `verb` is a settled future: after "will", or after "to" of "is to",
/// "set to", "due to", "poised to".
fn settled_future(toks: &[Token<'_>], verb: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    match word(verb.wrapping_sub(1)) {
        "will" => true,
        "to" => matches!(
            word(verb.wrapping_sub(2)),
            "is" | "are" | "set" | "due" | "poised"
        ),
        _ => false,
    }
}

/// "Ana Brel is the mayor of Port Essel", "Tarlo Venn became prime minister in 2019", "Ana Brel,
/// who served as finance minister,", "Tarlo Venn resigned as coach on Monday".
fn holdings(s: &Sentence<'_>, lexicon: &Lexicon, out: &mut Vec<Claim>) {
    let toks = &s.tokens;
    for verb in 1..toks.len() {
        let Some((qualifier, title_at)) = holding_verb(toks, verb) else {
            continue;
        };
        let Some(subject) = subject_of(lexicon, toks, verb) else {
            continue;
        };
        titles_of_complement(s, lexicon, out, subject, title_at, Some(qualifier));
    }
}

/// "Ana Brel, who heads the Harlow Port Authority,", "Tarlo Venn chaired the Lesk Council": a
/// verb that names the office, head or chair, of the body after it; in the past tense, a
/// former one. The body is a name ("heads to the airport" is no office), or in the present an
/// organisation's noun ("heads the agency").
fn heads_of_bodies(s: &Sentence<'_>, lexicon: &Lexicon, out: &mut Vec<Claim>) {
    let toks = &s.tokens;
    for verb in 1..toks.len() {
        let (office, qualifier) = match toks[verb].lower.as_ref() {
            // Not "headed": a ball is headed, and a storm heads somewhere.
            "heads" => ("head", Qualifier::Current),
            "chairs" => ("chair", Qualifier::Current),
            // "who leads the Civic Party": its leader; not "led", which a leader still in
            // office did too ("led the party to victory").
            "leads" => ("leader", Qualifier::Current),
            "chaired" => ("chair", Qualifier::Former),
            _ => continue,
        };
        let Some((first, last)) = subject_of(lexicon, toks, verb) else {
            continue;
        };
        let mut j = verb + 1;
        if toks.get(j).is_some_and(|t| t.lower == "the") {
            j += 1;
        }
        let (body, end) = if let Some(found) = lexicon.jurisdiction_forms.longest_at(toks, j) {
            (
                lexicon.jurisdictions[*found.value].id.clone(),
                j + found.len,
            )
        } else if let Some(end) = body_forward(toks, j) {
            let words: Vec<&str> = toks[j..end].iter().map(|t| t.text).collect();
            (join_tokens(&toks[j..end], &words), end)
        } else if qualifier == Qualifier::Current
            && toks
                .get(j)
                .is_some_and(|t| ORGANISATION_NOUNS.contains(&t.lower.as_ref()))
        {
            (toks[j].text.to_string(), j + 1)
        } else {
            continue;
        };
        // One who leads a party, a union or a movement heads it; one who leads a league, a race
        // or a team tops or coaches it.
        if office == "leader"
            && !toks[..end]
                .last()
                .is_some_and(|t| LED_BODIES.contains(&strip_possessive(&t.lower)))
        {
            continue;
        }
        // The body's name ends its phrase: "headed the Harlow delegation" is no head of Harlow.
        // One who leads ends the clause with it: "leads the league in scoring" tops it.
        if !(clause_ends(toks, end)
            || office != "leader"
                && toks
                    .get(end)
                    .is_some_and(|t| super::names::function_word(t.lower.as_ref())))
        {
            continue;
        }
        let title = Title {
            start: verb,
            office: office.to_string(),
            office_text: toks[verb].text.to_string(),
            open: !lexicon.offices.iter().any(|o| o.id == office),
            body: Some(strip_possessive(&body).to_string()),
            qualifier,
            state: None,
            single_name: false,
        };
        let name = s.slice(toks[first].span.cover(toks[last - 1].span));
        push_role(
            s,
            lexicon,
            out,
            (first, end),
            RoleForm::Appositive,
            name,
            &title,
        );
    }
}

/// Bodies whose leader is an office: "leads the Civic Party", "leads the Transport Union".
const LED_BODIES: &[&str] = &[
    "party",
    "alliance",
    "union",
    "movement",
    "coalition",
    "council",
    "government",
    "caucus",
    "bloc",
    "front",
    "congress",
    "federation",
    "association",
    "committee",
    "commission",
];

/// The name a verb of office at `verb` has for its subject: before it, past auxiliaries, a
/// relative pronoun and words of a settled future ("Ana Brel has served as", "Tarlo Venn, who
/// became", "Ana Brel is to become"), and past an aside set off by commas ("Femi Adeyo, 61,
/// served as", "Ana Brel, a former senator, became"). Its start and end.
fn subject_of(lexicon: &Lexicon, toks: &[Token<'_>], verb: usize) -> Option<(usize, usize)> {
    let mut k = verb;
    while k > 0
        && matches!(
            toks[k - 1].lower.as_ref(),
            "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "who"
                | "later"
                | "then"
                | "now"
                | "currently"
                | "still"
                | "also"
                | ","
                | "to"
                | "is"
                | "are"
                | "was"
                | "been"
                | "set"
                | "due"
                | "poised"
        )
    {
        k -= 1;
    }
    name_just_before(lexicon, toks, k)
        .map(|start| (start, k))
        .or_else(|| name_before_aside(lexicon, toks, k))
}

/// "Sela Vint will replace Tarlo Venn as prime minister", "Ana Brel succeeded Mona Eid as
/// chair": the subject takes the office, to come (elect) or at the time the sentence tells
/// (then, as "became" is). The person replaced is read by the other readers or not at all.
fn successions(s: &Sentence<'_>, lexicon: &Lexicon, out: &mut Vec<Claim>) {
    let toks = &s.tokens;
    for verb in 1..toks.len() {
        let qualifier = match toks[verb].lower.as_ref() {
            "replace" | "succeed" if settled_future(toks, verb) => Qualifier::Elect,
            "replaced" | "succeeded" => Qualifier::Then,
            "replaces" | "succeeds" => Qualifier::Current,
            _ => continue,
        };
        let Some((_, object_end)) = person_name(lexicon, toks, verb + 1) else {
            continue;
        };
        if toks.get(object_end).is_none_or(|t| t.lower != "as") {
            continue;
        }
        let Some(subject) = subject_of(lexicon, toks, verb) else {
            continue;
        };
        titles_of_complement(s, lexicon, out, subject, object_end + 1, Some(qualifier));
    }
}

/// Whether a title read after a verb is its whole complement: the clause ends, or a phrase of
/// time, place or reason follows ("named Ana Brel chair on Monday", "… coach after a run of").
fn title_complete(toks: &[Token<'_>], end: usize) -> bool {
    clause_ends(toks, end)
        || toks.get(end).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "on" | "in"
                    | "after"
                    | "and"
                    | "to"
                    | "for"
                    | "from"
                    | "last"
                    | "this"
                    | "effective"
                    | "with"
                    | "by"
                    | "until"
                    | "following"
                    | "since"
                    | "before"
                    | "when"
                    | "next"
                    | "once"
            )
        })
}

/// Titles from `j` joined by "and": "an associate professor of economics and director of the
/// Tarlo Institute". Each with the token after it.
fn coordinated_titles(s: &Sentence<'_>, lexicon: &Lexicon, mut j: usize) -> Vec<(Title, usize)> {
    let mut titles: Vec<(Title, usize)> = Vec::new();
    while let Some((mut title, end)) = title_starting_at(s, lexicon, j) {
        // "Harlow's prime minister and foreign minister": the body written before the first
        // title is both titles'; one after it ("general secretary of the party and state
        // president") is the first's alone.
        if title.body.is_none()
            && let Some((previous, previous_end)) = titles.last()
            && !s.tokens[previous.start..*previous_end]
                .iter()
                .any(|t| matches!(t.lower.as_ref(), "of" | "at" | "for" | "to" | "in"))
        {
            title.body = previous.body.clone();
        }
        titles.push((title, end));
        if s.tokens.get(end).is_some_and(|t| t.lower == "and") {
            j = end + 1;
            continue;
        }
        break;
    }
    titles
}

#[cfg(test)]
mod tests {
    use crate::claim::{ClaimKind, Qualifier};
    use crate::parse::tests::claims_of;

    /// (name, office, jurisdiction, qualifier) of every role read.
    fn titles(text: &str) -> Vec<(String, String, Option<String>, Qualifier)> {
        claims_of(text)
            .into_iter()
            .filter_map(|c| match c.kind {
                ClaimKind::Role(r) if !r.name.is_empty() => Some((
                    r.name.to_string(),
                    r.office.to_string(),
                    r.jurisdiction.map(|j| j.to_string()),
                    r.qualifier,
                )),
                _ => None,
            })
            .collect()
    }

    fn one(
        name: &str,
        office: &str,
        body: Option<&str>,
    ) -> (String, String, Option<String>, Qualifier) {
        (
            name.into(),
            office.into(),
            body.map(Into::into),
            Qualifier::Current,
        )
    }

    fn with(
        name: &str,
        office: &str,
        body: Option<&str>,
        qualifier: Qualifier,
    ) -> (String, String, Option<String>, Qualifier) {
        (name.into(), office.into(), body.map(Into::into), qualifier)
    }

    #[test]
    fn an_age_between_the_name_and_its_title() {
        assert_eq!(
            titles("Ruben Ost, 54, the prime minister, will retire."),
            [one("Ruben Ost", "prime-minister", None)]
        );
        assert_eq!(
            titles("Mr Femi Adeyo, 61, served briefly as acting chief executive."),
            [with(
                "Femi Adeyo",
                "chief-executive",
                None,
                Qualifier::Acting
            )]
        );
        // No age: a number between commas that is no age is no aside.
        assert!(titles("Ruben Ost, 540, the prime minister, will retire.").is_empty());
    }

    #[test]
    fn settled_futures_successions_and_made() {
        assert_eq!(
            titles("Ana Brel is to become the next finance minister."),
            [with("Ana Brel", "finance-minister", None, Qualifier::Elect)]
        );
        assert_eq!(
            titles("Omar Fadl will serve as chief of staff once the cabinet is sworn in."),
            [with("Omar Fadl", "chief-of-staff", None, Qualifier::Elect)]
        );
        // What someone hopes is no claim.
        assert!(titles("Ana Brel hopes to become finance minister.").is_empty());
        assert_eq!(
            titles("Sela Vint will replace Tarlo Venn as prime minister next month."),
            [with("Sela Vint", "prime-minister", None, Qualifier::Elect)]
        );
        assert_eq!(
            titles("Ana Brel succeeded Mona Eid as chair on Monday."),
            [with("Ana Brel", "chair", None, Qualifier::Then)]
        );
        // A month after the title is when, not where.
        assert_eq!(
            titles("Ivo Marsh was made interior minister in May."),
            [one("Ivo Marsh", "interior-minister", None)]
        );
    }

    #[test]
    fn titles_joined_before_one_name_and_modifiers_after_former() {
        // Someone else's title before "and" is not hers.
        let found = titles("The US president and Vice President Ana Brel met the delegation.");
        assert!(found.iter().all(|t| t.1 != "president"), "{found:?}");
        let found = titles("Deputy Prime Minister and Foreign Minister Ada Ruiz arrived.");
        assert!(found.contains(&with("Ada Ruiz", "prime-minister", None, Qualifier::Deputy)));
        assert!(found.contains(&one("Ada Ruiz", "foreign-minister", None)));
        assert_eq!(
            titles("Former two-term governor Teo Lark spoke."),
            [with("Teo Lark", "governor", None, Qualifier::Former)]
        );
        assert_eq!(
            titles("Harlow's likely next prime minister, Kemi Venn, spoke."),
            [with(
                "Kemi Venn",
                "prime-minister",
                Some("Harlow"),
                Qualifier::Elect
            )]
        );
        // An office of a body of a country is not the country's own.
        assert_eq!(
            titles("Petra Lisk, deputy governor of Greece's central bank, spoke."),
            [with(
                "Petra Lisk",
                "governor-of-central-bank",
                Some("GR"),
                Qualifier::Deputy
            )]
        );
    }

    #[test]
    fn one_chosen_is_yet_to_take_the_office() {
        assert_eq!(
            titles("Trump nominated Pete Hegseth as defense secretary on Tuesday."),
            [with(
                "Pete Hegseth",
                "defence-minister",
                None,
                Qualifier::Elect
            )]
        );
        assert_eq!(
            titles("The club picked Ana Brel as interim coach."),
            [with("Ana Brel", "coach", None, Qualifier::Acting)]
        );
        assert_eq!(
            titles("The board appointed Ana Brel as chief executive."),
            [one("Ana Brel", "chief-executive", None)]
        );
    }

    #[test]
    fn appointments_past_an_aside_or_a_description() {
        let found =
            titles("Karim Oduya, a former senator, was sworn in as interim prime minister.");
        assert!(found.contains(&with(
            "Karim Oduya",
            "prime-minister",
            None,
            Qualifier::Acting
        )));
        assert_eq!(
            titles("Bea Lund, who ran the parks division, was named chief executive on Monday."),
            [one("Bea Lund", "chief-executive", None)]
        );
        let found = titles(
            "Meridian Foods named former Norcross Air chief executive Lena Okafor its president.",
        );
        assert!(found.contains(&one("Lena Okafor", "president", None)));
        // A local government's word before the office.
        assert_eq!(
            titles("John Venn, the county treasurer, said the budget was short."),
            [one("John Venn", "treasurer", None)]
        );
        // A body after the first of two titles is the first's alone.
        let found = titles(
            "Ivo Marsh, general secretary of the ruling party and state president, arrived.",
        );
        assert!(
            found
                .iter()
                .all(|t| t.1 != "state-president" || t.2.is_none())
        );
    }

    #[test]
    fn army_ranks_and_an_office_read_twice() {
        assert_eq!(
            titles("Sgt. First Class Milo Strand and Spc. Ada Ruiz died."),
            [
                one("Milo Strand", "sergeant-first-class", None),
                one("Ada Ruiz", "specialist", None)
            ]
        );
        assert_eq!(
            titles("Sgt. 1st Class Milo Strand died."),
            [one("Milo Strand", "sergeant-first-class", None)]
        );
        // The lexicon's office with words after it is one title, not two.
        assert_eq!(
            titles("Elif Baran, a spokesperson for the Pentagon, said the drills would go on."),
            [one("Elif Baran", "press-secretary", None)]
        );
    }

    #[test]
    fn a_name_the_lexicon_knows_after_a_title() {
        // "To" opens no name the grammar reads; the lexicon knows this one.
        assert_eq!(
            titles("General Secretary To Lam met the delegation."),
            [one("To Lam", "general-secretary", None)]
        );
        assert!(
            titles("US President To Meet Xi as tensions rise over tariffs")
                .iter()
                .all(|t| !t.0.starts_with("To "))
        );
        assert!(
            titles("Chairman To Step Down after 20 years")
                .iter()
                .all(|t| !t.0.starts_with("To "))
        );
    }

    #[test]
    fn a_word_that_makes_another_office_and_a_body_of_a_country() {
        // "chief", "assistant", "lieutenant", "vice" make other offices than the lexicon's.
        assert_eq!(
            titles("Assistant Secretary of State Tarlo Venn spoke."),
            vec![one("Tarlo Venn", "assistant-secretary-of-state", None)]
        );
        assert_eq!(
            titles("Lieutenant Governor Ana Brel agreed."),
            vec![one("Ana Brel", "lieutenant-governor", None)]
        );
        assert_eq!(
            titles("Harlow chief adviser Tarlo Venn spoke."),
            vec![one("Tarlo Venn", "chief-adviser", None)]
        );
        assert_eq!(
            titles("Vice President Ana Brel met Secretary of State Tarlo Venn."),
            vec![
                one("Ana Brel", "vice-president", None),
                one("Tarlo Venn", "secretary-of-state", None)
            ]
        );
        // A body of a country the lexicon knows: the body in the office, the country its
        // jurisdiction.
        assert_eq!(
            titles("Tarlo Venn, the chief adviser of Bangladesh's interim government, spoke."),
            vec![one(
                "Tarlo Venn",
                "chief-adviser-of-interim-government",
                Some("BD")
            )]
        );
        assert_eq!(
            titles("Ana Brel, the head of Ukraine's delegation, arrived."),
            vec![one("Ana Brel", "head-of-delegation", Some("UA"))]
        );
    }

    #[test]
    fn titles_before_names_with_their_body() {
        assert_eq!(
            titles("Senate Majority Whip Tarlo Venn (D-Ill.) spoke on Monday."),
            vec![one("Tarlo Venn", "majority-whip", Some("US-Senate"))]
        );
        assert_eq!(
            titles("They met Harlow coach Ana Brel on Monday."),
            vec![one("Ana Brel", "coach", Some("Harlow"))]
        );
        assert_eq!(
            titles("OCD Assistant Secretary Tarlo Venn IV said the roads were shut."),
            vec![one("Tarlo Venn IV", "assistant-secretary", Some("OCD"))]
        );
    }

    #[test]
    fn hyphenated_titles_initials_and_abbreviations() {
        // A prefix joined by a hyphen makes another office, in either case.
        assert_eq!(
            titles("Vice-Chancellor Ana Brel opened the building."),
            vec![one("Ana Brel", "vice-chancellor", None)]
        );
        // A middle initial inside a name before its apposition.
        assert_eq!(
            titles("Tarlo A. Venn, the mayor, spoke."),
            vec![one("Tarlo A. Venn", "mayor", None)]
        );
        // Abbreviated titles of councils and assemblies, with or without a full stop.
        assert_eq!(
            titles("Cllr Tarlo Venn spoke."),
            vec![one("Tarlo Venn", "councillor", None)]
        );
        assert_eq!(
            titles("Coun. Ana Brel spoke on Monday."),
            vec![one("Ana Brel", "councillor", None)]
        );
        assert_eq!(
            titles("MLA Tarlo Venn met CM Mona Eid."),
            vec![
                one("Tarlo Venn", "member-of-the-legislative-assembly", None),
                one("Mona Eid", "chief-minister", None)
            ]
        );
        // An organisation's name after a title's body is no person: the second title is
        // the admiral's.
        assert_eq!(
            titles("Adm. Tarlo Venn, commander of US Central Command, met officials."),
            vec![
                one("Tarlo Venn", "admiral", None),
                one("Tarlo Venn", "commander", Some("US Central Command"))
            ]
        );
    }

    #[test]
    fn qualifiers_apart_from_the_title_and_hyphenated_prefixes() {
        let with = |name: &str, office: &str, body: Option<&str>, q: Qualifier| {
            (
                name.to_string(),
                office.to_string(),
                body.map(Into::into),
                q,
            )
        };
        // One word of the office's place or party between the qualifier and the title.
        assert_eq!(
            titles("Interim city manager Ana Brel said the gap was larger."),
            vec![with("Ana Brel", "manager", None, Qualifier::Acting)]
        );
        // "The late" before a name is the appositive title's qualifier.
        assert_eq!(
            titles("The late Tarlo Venn, Harlow's co-founder, was remembered."),
            vec![with(
                "Tarlo Venn",
                "co-founder",
                Some("Harlow"),
                Qualifier::Late
            )]
        );
        // A prefix joined by a hyphen after a body's possessive stays in the office.
        assert_eq!(
            titles("Harlow's interim co-chief executive, Mona Eid, spoke."),
            vec![with(
                "Mona Eid",
                "co-chief-executive",
                Some("Harlow"),
                Qualifier::Acting
            )]
        );
    }

    #[test]
    fn ordinals_begin_bodies_and_masters_need_their_word() {
        assert_eq!(
            titles("Sarah Whitman, commander of the 3rd Brigade, ordered a halt."),
            vec![one("Sarah Whitman", "commander", Some("3rd Brigade"))]
        );
        assert_eq!(
            titles("Greta Lund is the harbour master of Port Essel."),
            vec![one("Greta Lund", "harbour-master", Some("Port Essel"))]
        );
        // "Master" alone before a name is a boy's form of address.
        assert!(titles("Master Tarlo Venn, aged 9, won the prize.").is_empty());
    }

    #[test]
    fn abbreviations_and_party_state_tags() {
        assert_eq!(
            titles("Sen. Maria Brel (D-CA) voted no."),
            vec![one("Maria Brel", "senator", Some("US-CA"))]
        );
        assert_eq!(
            titles("Senator Maria Brel (R–Ky.) voted no."),
            vec![one("Maria Brel", "senator", Some("US-KY"))]
        );
        assert_eq!(
            titles("The plan came from Lt. Gen. Tarlo Venn on Monday."),
            vec![one("Tarlo Venn", "lieutenant-general", None)]
        );
    }

    #[test]
    fn titles_after_names() {
        assert_eq!(
            titles("Tarlo Venn, the State Department spokesperson, declined to comment."),
            vec![one(
                "Tarlo Venn",
                "press-secretary",
                Some("State Department")
            )]
        );
        assert_eq!(
            titles("Ana Brel, chief executive of Harlow Motors, said sales rose."),
            vec![one("Ana Brel", "chief-executive", Some("Harlow Motors"))]
        );
        assert_eq!(
            titles(
                "Ana Brel, an associate professor of economics and director of the Tarlo Institute, said so."
            ),
            vec![
                one("Ana Brel", "associate-professor", None),
                one("Ana Brel", "director", Some("Tarlo Institute")),
            ]
        );
    }

    #[test]
    fn titles_before_names_between_commas() {
        assert_eq!(
            titles("The head of Harlow's delegation, Tarlo Venn, arrived late."),
            vec![one("Tarlo Venn", "head", Some("Harlow's delegation"))]
        );
    }

    #[test]
    fn qualifiers_of_open_titles() {
        let read = titles("Former Harlow coach Ana Brel and chair-designate Tarlo Venn met.");
        assert_eq!(read[0].3, Qualifier::Former);
        assert_eq!(read[1].1, "chair");
        assert_eq!(read[1].3, Qualifier::Elect);
    }

    #[test]
    fn complements_postings_and_bodies_between_title_and_name() {
        assert_eq!(
            titles("Director of Public Works Tarlo Venn said the road would reopen."),
            vec![one("Tarlo Venn", "director", Some("Public Works"))]
        );
        assert_eq!(
            titles("Ana Brel, the former chief of naval operations, spoke."),
            vec![(
                "Ana Brel".into(),
                "chief-of-naval-operations".into(),
                None,
                Qualifier::Former
            )]
        );
        assert_eq!(
            titles("The Harlow ambassador to Tarlo, Ana Brel, declined to comment."),
            vec![one("Ana Brel", "ambassador-to-tarlo", Some("Harlow"))]
        );
    }

    #[test]
    fn one_name_after_a_title_that_takes_one() {
        assert_eq!(
            titles("Patriarch Tarlo blessed the crowd."),
            vec![one("Tarlo", "patriarch", None)]
        );
        assert!(titles("They met on King Street.").is_empty());
    }

    #[test]
    fn coordinated_titles_and_a_rank_after_a_title() {
        let read = titles("Harlow's prime minister and chief negotiator, Tarlo Venn, arrived.");
        let offices: Vec<&str> = read.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(offices, ["prime-minister", "chief-negotiator"]);
        let read = titles("Harlow press secretary Maj. Gen. Tarlo Venn spoke.");
        assert!(read.iter().any(|r| r.1 == "major-general"), "{read:?}");
        assert!(
            !read.iter().any(|r| r.1.contains("secretary-major")),
            "{read:?}"
        );
    }

    #[test]
    fn forms_of_address_and_bodies_are_no_titles() {
        assert!(titles("Mr Tarlo Venn said the plan would work.").is_empty());
        assert!(titles("Dr Ana Brel treated the patients.").is_empty());
        assert!(titles("General Motors said sales fell.").is_empty());
        assert!(titles("The coach said Harlow Rovers played well.").is_empty());
    }

    #[test]
    fn a_capitalised_body_with_of_between_a_title_and_a_name() {
        assert_eq!(
            titles("Governor of the Bank of Essel Ruben Ost spoke first."),
            [one("Ruben Ost", "governor", Some("Bank of Essel"))]
        );
        // A rank between the body and the name is the person's, not part of the body.
        assert_eq!(
            titles("Chief of Army Staff Gen. Karim Oduya inspected the troops."),
            [
                one("Karim Oduya", "chief", Some("Army Staff")),
                one("Karim Oduya", "general", None)
            ]
        );
        assert_eq!(
            titles("Chief of Defence Staff Air Marshal Bea Lund retired."),
            [
                one("Bea Lund", "chief", Some("Defence Staff")),
                one("Bea Lund", "air-marshal", None)
            ]
        );
        // A rank of two words after a body, and a title of several words before a rank.
        assert_eq!(
            titles("Chief of Naval Staff Rear Adm. Tarlo Venn spoke."),
            [
                one("Tarlo Venn", "chief", Some("Naval Staff")),
                one("Tarlo Venn", "rear-admiral", None)
            ]
        );
        // A title before a rank: "press secretary Rear Adm. Pia Kruger" is Pia Kruger's.
        assert!(
            titles("Pentagon press secretary Rear Adm. Pia Kruger spoke.")
                .iter()
                .all(|r| r.0 == "Pia Kruger"),
        );
        // "Deputy Governor" of a body is the governor's deputy, as without the body.
        assert_eq!(
            titles("Deputy Governor of the Bank of Essel Ruben Ost spoke."),
            [with(
                "Ruben Ost",
                "governor",
                Some("Bank of Essel"),
                Qualifier::Deputy
            )]
        );
        // Words before the title that are no body stay out of it.
        assert_eq!(
            titles("On Tuesday Prime Minister Ana Brel said taxes would fall."),
            [one("Ana Brel", "prime-minister", None)]
        );
        // A name of three words after a body with another "of" in it is not taken apart.
        assert!(
            titles("Governor of the Central Bank of Essel Ana Maria Brel spoke.")
                .iter()
                .all(|r| r.0 != "Maria Brel")
        );
        // A name of three words after a lower-case title and a body with "of" in it is not
        // taken apart.
        assert!(
            titles("He met the leader of the Party of Essel Maoist Ana Maria Brel.")
                .iter()
                .all(|r| r.0 != "Maria Brel")
        );
        // "New" of a place's name is no qualifier; a party after "former" is no body.
        assert_eq!(
            titles("She met New York City President Grace Bonilla."),
            [one("Grace Bonilla", "president", Some("New York City"))]
        );
        assert_eq!(
            titles("He met former Democratic governor Ruben Ost."),
            [with("Ruben Ost", "governor", None, Qualifier::Former)]
        );
        // No title before "of": no role.
        assert!(titles("Friends of the Bank of Essel Ruben Ost and Ana Brel met.").is_empty());
    }

    #[test]
    fn a_body_before_the_lexicons_office_and_a_rank_among_deputies() {
        assert_eq!(
            titles("Foreign Ministry Spokesperson Mona Eid spoke."),
            [one("Mona Eid", "press-secretary", Some("Foreign Ministry"))]
        );
        assert_eq!(
            titles("First Deputy Governor Ana Brel will lead the talks."),
            [with("Ana Brel", "governor", None, Qualifier::Deputy)]
        );
    }

    #[test]
    fn a_hyphenated_modifier_after_former() {
        assert_eq!(
            titles("Former long-serving chief executive Ruben Ost left the board."),
            [with(
                "Ruben Ost",
                "chief-executive",
                None,
                Qualifier::Former
            )]
        );
    }

    #[test]
    fn a_form_of_address_after_a_title_and_an_age_before_one() {
        assert_eq!(
            titles("Chief medical officer Dr Ilona Berg said admissions rose."),
            [one("Ilona Berg", "chief-medical-officer", None)]
        );
        assert_eq!(
            titles("Andrei Solvik, a 47-year-old former mayor of the capital Lesk, won."),
            [with(
                "Andrei Solvik",
                "mayor",
                Some("Lesk"),
                Qualifier::Former
            )]
        );
    }

    #[test]
    fn a_title_in_the_possessive_is_someone_elses() {
        // The spokesman serves the prime minister; the nominee is the president-elect's pick.
        assert_eq!(
            titles("Ana Brel, the prime minister's spokesman, declined to comment."),
            [one("Ana Brel", "press-secretary", Some("prime minister"))]
        );
        assert_eq!(
            titles(
                "Mona Eid, the president-elect's pick for secretary of homeland security, faces a hearing."
            ),
            [with(
                "Mona Eid",
                "homeland-security-secretary",
                None,
                Qualifier::Elect
            )]
        );
        // A party's nominee is a candidate.
        assert!(
            titles("Ruben Ost, the Republican nominee for governor of Lesk, spoke.").is_empty()
        );
        assert!(titles("Ruben Ost, the party's nominee for governor, spoke.").is_empty());
        assert_eq!(
            titles("Ruben Ost, Venn's nominee for ambassador to Lesk, was confirmed."),
            [with(
                "Ruben Ost",
                "ambassador-to-lesk",
                None,
                Qualifier::Elect
            )]
        );
    }

    #[test]
    fn a_rank_before_a_name_is_not_the_name() {
        assert_eq!(
            titles("General Theo Marr, a spokesman for the ministry, said the attacker was shot."),
            [
                one("Theo Marr", "general", None),
                one("Theo Marr", "press-secretary", None)
            ]
        );
        // A surname that is also a rank stays a name.
        assert_eq!(
            titles("John Major, the former prime minister, spoke."),
            [with(
                "John Major",
                "prime-minister",
                None,
                Qualifier::Former
            )]
        );
    }

    #[test]
    fn an_acronym_in_brackets_inside_a_title() {
        assert_eq!(
            titles("World Health Organization (WHO) Director-General Ana Brel spoke on Tuesday."),
            [one("Ana Brel", "director-general", Some("WHO"))]
        );
        assert_eq!(
            titles(
                "Tarlo Venn, the International Energy Agency (IEA) executive director, said demand would peak."
            ),
            [one(
                "Tarlo Venn",
                "executive-director",
                Some("International Energy Agency")
            )]
        );
    }

    #[test]
    fn emeritus_and_until_say_former() {
        assert_eq!(
            titles("Cardinal Rosa Veld, the Archbishop Emeritus of Lesk, said the Mass."),
            [
                one("Rosa Veld", "cardinal", None),
                with("Rosa Veld", "archbishop", Some("Lesk"), Qualifier::Former)
            ]
        );
        assert_eq!(
            titles("Ruben Ost, Harlow's chief executive until last year, now chairs the board."),
            [
                with(
                    "Ruben Ost",
                    "chief-executive",
                    Some("Harlow"),
                    Qualifier::Former
                ),
                // What he now heads is his now.
                one("Ruben Ost", "chair", Some("board"))
            ]
        );
        assert_eq!(
            titles("Ana Brel, the club's coach until recently, joined Lesk."),
            [with("Ana Brel", "coach", Some("club"), Qualifier::Former)]
        );
        // Until a date: past or not as the report's date says, so no claim.
        assert!(titles("Ana Brel, the club's coach until March 2031, joined Lesk.").is_empty());
        // "until" without a time is no end of the office.
        assert!(titles("Ana Brel, the coach until the players, left.").is_empty());
    }

    #[test]
    fn a_body_noun_before_a_title_is_its_body() {
        assert_eq!(
            titles("Supreme Court Chief Justice Asa Lind wrote the opinion."),
            [one("Asa Lind", "chief-justice", Some("Supreme Court"))]
        );
        assert_eq!(
            titles("The Rams put special-teams coordinator Raf Duval in charge."),
            [one("Raf Duval", "special-teams-coordinator", None)]
        );
        assert_eq!(
            titles("Lesk's top diplomat, Mona Eid, met the envoy."),
            [one("Mona Eid", "diplomat", Some("Lesk"))]
        );
        // Two capitalised words opening the sentence are a body; a day or a month is none.
        assert_eq!(
            titles("Harlow Motors CEO Ana Brel spoke on Monday."),
            [one("Ana Brel", "chief-executive", Some("Harlow Motors"))]
        );
        assert_eq!(
            titles("On Monday Chief Executive Tarlo Venn spoke."),
            [one("Tarlo Venn", "chief-executive", None)]
        );
        assert_eq!(
            titles("In March Finance Minister Ruben Ost spoke."),
            [one("Ruben Ost", "finance-minister", None)]
        );
    }

    #[test]
    fn capitals_that_spell_an_acronym_are_its_body() {
        assert_eq!(
            titles(
                "The talks were led by North Atlantic Treaty Organization (NATO) Secretary-General Tarlo Venn on Monday."
            ),
            [one(
                "Tarlo Venn",
                "secretary-general",
                Some("North Atlantic Treaty Organization")
            )]
        );
        assert_eq!(
            titles(
                "The rules were signed by Food and Drug Administration (FDA) Commissioner Ruben Ost."
            ),
            [one(
                "Ruben Ost",
                "commissioner",
                Some("Food and Drug Administration")
            )]
        );
    }

    #[test]
    fn an_organisation_after_a_title_is_no_name() {
        // "Defence Ministry" is the spokesman's body, not the person.
        assert_eq!(
            titles(
                "General Theo Marr, a spokesman for Lesk's Defence Ministry, said the attacker was shot."
            ),
            [
                one("Theo Marr", "general", None),
                one("Theo Marr", "press-secretary", None)
            ]
        );
        assert_eq!(
            titles("Ana Brel, the president's former spokeswoman, spoke."),
            [with("Ana Brel", "press-secretary", None, Qualifier::Former)]
        );
        // The lexicon's offices take "until" as the open titles do.
        assert_eq!(
            titles("Ruben Ost, the mayor of Harlow until last year, spoke."),
            [with("Ruben Ost", "mayor", None, Qualifier::Former)]
        );
        assert!(titles("Ruben Ost, the mayor of Harlow until 2031, spoke.").is_empty());
    }

    #[test]
    fn a_counterpart_holds_the_office_named_before() {
        assert_eq!(
            titles("Defence Minister Ana Brel met his Chinese counterpart Tarlo Venn in Beijing."),
            [
                one("Ana Brel", "defence-minister", None),
                one("Tarlo Venn", "defence-minister", Some("CN"))
            ]
        );
        assert_eq!(
            titles(
                "Ida Selm, the foreign minister, met her Iranian counterpart, Pavel Rusk, on Monday."
            ),
            [
                one("Ida Selm", "foreign-minister", None),
                one("Pavel Rusk", "foreign-minister", Some("IR"))
            ]
        );
        // No office named before it: no claim.
        assert!(titles("Ruben Ost met his Iranian counterpart, Pavel Rusk, on Monday.").is_empty());
    }

    #[test]
    fn a_verb_that_names_the_office() {
        assert_eq!(
            titles("Ana Brel, who heads the Harlow Port Authority, said the strike would end."),
            [one("Ana Brel", "head", Some("Harlow Port Authority"))]
        );
        assert_eq!(
            titles("Tarlo Venn chaired the Lesk Council from 2010 to 2014."),
            [with(
                "Tarlo Venn",
                "chair",
                Some("Lesk Council"),
                Qualifier::Former
            )]
        );
        // Motion, a header, and a body's part are no office.
        assert!(titles("Ana Brel headed to the airport on Monday.").is_empty());
        assert!(titles("Ruben Ost headed Harlow in front after ten minutes.").is_empty());
        assert!(titles("Ana Brel heads the Harlow delegation at the talks.").is_empty());
    }

    #[test]
    fn since_after_an_apposition_keeps_it_current() {
        assert_eq!(
            titles("Tarlo Venn, the bank's chief executive since 2019, will step down."),
            [one("Tarlo Venn", "chief-executive", Some("bank"))]
        );
    }

    #[test]
    fn a_portfolio_after_for_before_the_name() {
        // The lexicon's office by another of its names.
        assert_eq!(
            titles("Minister for Foreign Affairs Lena Okafor arrived."),
            [one("Lena Okafor", "foreign-minister", None)]
        );
        // An open office, with the body before it.
        assert_eq!(
            titles("EU Commissioner for Trade Ana Brel said tariffs would rise."),
            [one("Ana Brel", "commissioner-for-trade", Some("EU"))]
        );
        assert_eq!(
            titles("Special Envoy for Climate Tarlo Venn spoke."),
            [one("Tarlo Venn", "special-envoy-for-climate", None)]
        );
        // A portfolio of several words, and a name of three.
        assert_eq!(
            titles("Minister for Health and Social Care Lena Maria Okafor resigned."),
            [with(
                "Lena Maria Okafor",
                "minister-for-health-and-social-care",
                None,
                Qualifier::Former
            )]
        );
        // A name after "for" is no portfolio.
        assert!(
            titles("He voted for Prime Minister Ana Brel.")
                .iter()
                .all(|t| t.1 == "prime-minister")
        );
        assert!(
            titles("Tarlo Venn was Chief of Staff for Prime Minister Ana Brel.")
                .iter()
                .all(|t| !(t.0 == "Ana Brel" && t.1.starts_with("chief")))
        );
        assert!(titles("The award for Best Actor Tarlo Venn was a surprise.").is_empty());
        assert!(titles("Captain for Saturday Ana Brel will lead the side.").is_empty());
    }

    #[test]
    fn a_verb_of_leading_a_named_body() {
        assert_eq!(
            titles("Mona Eid, who leads the Civic Party, spoke."),
            [one("Mona Eid", "leader", Some("Civic Party"))]
        );
        assert_eq!(
            titles("Ana Brel, who chairs the group, spoke."),
            [one("Ana Brel", "chair", Some("group"))]
        );
        // An adverb between the relative pronoun and the verb.
        assert_eq!(
            titles("Mona Eid, who now leads the Civic Party, spoke."),
            [one("Mona Eid", "leader", Some("Civic Party"))]
        );
        assert_eq!(
            titles("Ana Brel, who currently chairs the panel, spoke."),
            [one("Ana Brel", "chair", Some("panel"))]
        );
        // Leading a table, a race or a team is no office.
        assert!(titles("Ana Brel, who leads the league in scoring, scored again.").is_empty());
        assert!(titles("Mona Eid, who leads the Premier League, scored again.").is_empty());
        assert!(titles("Tarlo Venn, who leads the Tour of Norland, rode cautiously.").is_empty());
    }
}

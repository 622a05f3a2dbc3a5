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

pub(in crate::parse) mod bodies;
mod names;
pub(in crate::parse) mod phrase;
mod placements;
#[cfg(test)]
mod tests;
mod verbs;

use bodies::*;
use names::*;
use phrase::*;
use placements::*;
use verbs::*;

pub(super) use bodies::{body_after, body_of_jurisdiction, is_participle, plural_possessive_at};
pub(crate) use bodies::{is_english_word, is_english_word_or_plural};
pub(super) use names::address_at;
pub(super) use phrase::{HeldUntil, time_after_title};

/// The most words a title runs to ("Deputy Assistant Secretary General").
const MAX_TITLE_WORDS: usize = 6;

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
        // organisation ("Foreign Ministry", "Nepal Police"). Other capitalised words before
        // the title (`body_before` vetted them) are its body too ("ESA Director General",
        // "met Harlow Mayor Ruben Ost"), but not a name told something ("told Reuters
        // President …") nor a place where something happened ("in Harlow President …").
        let first = |c: &Claim| s.tokens.partition_point(|t| t.span.start < c.span.start);
        let named_body = |c: &Claim| match &c.kind {
            ClaimKind::Role(r) => r.jurisdiction.as_deref().is_some_and(|j| {
                let at = first(c);
                let before = at.checked_sub(1).map(|k| s.tokens[k].lower.as_ref());
                lexicon.jurisdictions.iter().any(|known| known.id == j)
                    || j.split_whitespace().any(|w| {
                        let w = w.to_lowercase();
                        BODY_WORDS.contains(&w.as_str())
                            || ORGANISATION_WORDS.contains(&w.as_str())
                            || BODY_NOUNS.contains(&w.as_str())
                    })
                    || j.starts_with(char::is_uppercase)
                        && !before.is_some_and(|w| is_telling(w) || is_place_preposition(w))
            }),
            _ => false,
        };
        // The same qualifier: "Former Harlow mayor" is a former mayor of Harlow (a party
        // before the title is no body: `body_before` leaves it).
        let qualifier = |c: &Claim| match &c.kind {
            ClaimKind::Role(r) => Some(r.qualifier),
            _ => None,
        };
        let current = |c: &Claim| qualifier(c).is_some() && qualifier(c) == qualifier(&claim);
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
        // One plural title over several names ("Senators Ana Brel and Tarlo Venn") gives each
        // the office, each claim from the title to its own name.
        let fellow =
            |c: &Claim| !same_name(c) && same_office(c) && c.span.start == claim.span.start;
        if taken
            .overlapping(claim.span)
            .any(|c| !same_name(c) || same_office(c) || inside(c) || extends(c))
            || kept
                .overlapping(claim.span)
                .any(|c| (!same_name(c) || same_office(c)) && !fellow(c))
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
    shared_body(&mut claims[first..]);
    counterparts(s, lexicon, claims, first);
}

/// Coordinated titles of one person share the body after the last: "co-founder and chief
/// executive of Google DeepMind", "president and chief executive of Fidelity Investments" make
/// her co-founder and president of it too.
fn shared_body(claims: &mut [Claim]) {
    let mut shared = Vec::new();
    for (i, claim) in claims.iter().enumerate() {
        let ClaimKind::Role(first) = &claim.kind else {
            continue;
        };
        if first.jurisdiction.is_some() {
            continue;
        }
        let joined = claims.iter().find_map(|other| match &other.kind {
            ClaimKind::Role(last)
                if last.name == first.name
                    && last.office != first.office
                    && last.qualifier == first.qualifier
                    && other.span.start <= claim.span.start
                    && claim.span.end <= other.span.end =>
            {
                let words = format!("{} and {}", first.office_text, last.office_text);
                let text = other.text.to_lowercase();
                (text.contains(&words.to_lowercase()))
                    .then(|| last.jurisdiction.clone())
                    .flatten()
            }
            _ => None,
        });
        if let Some(body) = joined {
            shared.push((i, body));
        }
    }
    for (i, body) in shared {
        if let ClaimKind::Role(role) = &mut claims[i].kind {
            role.jurisdiction = Some(body);
        }
    }
}

/// A capitalised word opening the sentence before a title (or a clause after a quotation) is
/// a body's name when it is no word of English ("Toyota chairman …", "Texas Governor …");
/// a word of English alone there may be anything ("Defiant Finance Minister …", "Rebel
/// commander …", "Blame President …"), and before more of the body's name it goes when it
/// looks like a word said of the person or the time ("Later Harlow Mayor …", "Sacked
/// Westmark coach …"). The report writing it in the middle of a sentence ("shares of Apple"),
/// or the word saying it is a body (an acronym, a jurisdiction the lexicon knows, an
/// organisation's word, a possessive) keeps it whatever it is. Whether the title's first word
/// went.
fn drop_opener(s: &Sentence<'_>, lexicon: &Lexicon, title: &mut Title) -> bool {
    let toks = &s.tokens;
    let k = title.start;
    let Some(body) = title.body.as_deref() else {
        return false;
    };
    let word = strip_possessive(toks[k].text);
    let Some(rest) = body.strip_prefix(word) else {
        return false;
    };
    if !opens_clause(toks, k)
        || is_possessive(toks[k].text)
        || !(rest.is_empty() || rest.starts_with(' '))
        || is_acronym(word)
        || lexicon.jurisdiction_forms.longest_at(toks, k).is_some()
        || BODY_WORDS.contains(&toks[k].lower.as_ref())
        || PARTY_WORDS.contains(&toks[k].lower.as_ref())
        || ORGANISATION_WORDS.contains(&strip_possessive(&toks[k].lower))
        || written_mid_sentence(s, word)
    {
        return false;
    }
    let rest = rest.trim_start();
    // Alone, any word of English ("Rebel", "Defiant", "Blame"); before more of the body's
    // name, only a word that could not start one ("High Court", "General Motors" and
    // "Foreign Office" start with adjectives).
    let lower = toks[k].lower.as_ref();
    let lone = rest.is_empty() && (is_english_word(lower) || is_participle(lower));
    if !(lone || looks_like_an_opener(word)) {
        return false;
    }
    if rest.is_empty() {
        title.body = None;
    } else {
        title.body = Some(rest.to_string());
    }
    title.start += 1;
    true
}

/// "NASA", "ESA", "WHO": two to six capitals.
fn is_acronym(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Verbs of telling, after which a name is who was told ("told CNN President …").
fn is_telling(word: &str) -> bool {
    matches!(word, "told" | "tells" | "tell" | "telling")
}

/// Prepositions of place and time, after which a name is where or when something happened
/// ("In Harlow President …", "at Davos Prime Minister …").
fn is_place_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "at" | "on" | "during" | "across" | "near" | "outside" | "inside" | "throughout"
    )
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
        if role.form != RoleForm::Appositive || role.qualifier.sense() != Qualifier::Current {
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
    let mut title = title.clone();
    let first = first + usize::from(first == title.start && drop_opener(s, lexicon, &mut title));
    let span = toks[first].span.cover(toks[last - 1].span);
    let name = strip_possessive(name.trim()).to_string();
    // "Deputy Governor" as the lexicon's reader gives it: the governor's office with the
    // qualifier deputy, whichever reader read it.
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
    if title.qualifier.sense() == Qualifier::Current
        && let Some(rest) = deputy_of
        && lexicon.offices.iter().any(|o| o.id == rest)
    {
        title.office = rest;
        title.qualifier = Qualifier::Deputy;
        title.open = false;
    }
    // "Archbishop Emeritus of Santiago", "professor emeritus": retired from the office.
    if title.qualifier.sense() == Qualifier::Current
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

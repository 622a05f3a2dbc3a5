//! Owners of a figure: the place, body or person a metric's figure belongs to, read as a
//! segment of its measure key of its own (`of-essel`): a place or an occasion between the
//! metric and its verb ("consumer prices in Essel rose", "turnout in Sunday's referendum in
//! Essel was"), a place after the figure ("rose to 7.2% in Harlow"), and the one owner a
//! sentence names in any of these ways. `metrics` and `changes` build keys with them.

use super::metrics::clause;
use crate::lexicon::Lexicon;
use crate::text::Token;

/// What a phrase between a metric and its verb is.
pub(super) enum Between {
    /// A place or an occasion from token `.0` (its preposition); the place it names in lower
    /// case, each word followed by a hyphen, if any.
    Skip(usize, Option<String>),
    /// A part of a place ("in Westmark's north", "in Harlow's shops"): no metric of the place
    /// as a whole.
    Part,
}

/// A phrase of place or occasion ending at token `at` between a metric and its verb: "in
/// Harlow", "in the Netherlands", "across Port Essel" name a place; "in Sunday's referendum",
/// "at last week's auction", "in October" an occasion; "in Westmark's north" a part of a
/// place. `None` for anything else.
pub(super) fn place_or_occasion_ending_at(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    at: usize,
) -> Option<Between> {
    let t = &toks[at];
    if !t.is_word() {
        return None;
    }
    // The run of capitalised words ending at `end`, "of" inside it ("Bank of Lesk").
    let named_from = |end: usize| name_start(toks, end + 1, 4, 1);
    let preposition = |start: usize, words: &[&str]| {
        let mut prep = start.checked_sub(1)?;
        if toks[prep].lower == "the" {
            prep = prep.checked_sub(1)?;
        }
        (prep > 0 && words.contains(&toks[prep].lower.as_ref())).then_some(prep)
    };
    if t.is_capitalised() {
        let start = named_from(at);
        // "in October", "on Sunday": a time, no place.
        if start == at && OCCASION_TIMES.contains(&t.lower.as_ref()) {
            let prep = preposition(start, &["in", "on", "during", "for"])?;
            return Some(Between::Skip(prep, None));
        }
        // "the population of Harlow", "revenue of Bank of Lesk": whose; "revenue at snack
        // maker Tarlo Foods": past at most two words that say what the name is.
        let words = &["in", "at", "across", "near", "of"];
        let prep = preposition(start, words).or_else(|| {
            (1..=2).find_map(|n| {
                let described = start.checked_sub(n)?;
                (toks[described..start].iter().all(describes_a_name)
                    && business_noun(&toks[start - 1].lower))
                .then(|| preposition(described, words))
                .flatten()
            })
        })?;
        return Some(Between::Skip(prep, Some(place_words(&toks[start..=at]))));
    }
    // "at Wendlow airport": a name and the kind of place it names; "at Wendlow's airport",
    // the same place, for a place a town has one of ("Ana Brel's hospital" is none).
    if super::places::kind_of_place(t)
        && let Some(name_end) = at.checked_sub(1)
        && toks[name_end].is_capitalised()
        && toks[name_end].is_word()
        && (crate::lexicon::strip_possessive(&toks[name_end].lower) == toks[name_end].lower
            || matches!(
                t.lower.as_ref(),
                "airport" | "port" | "seaport" | "harbour" | "harbor" | "terminal"
            ))
    {
        let start = named_from(name_end);
        if let Some(prep) = preposition(start, PLACE_PREPOSITIONS) {
            return Some(Between::Skip(prep, Some(place_words(&toks[start..=at]))));
        }
    }
    // A place's own occasion named before its noun: "in the Norland referendum", "at the
    // Lesk Arena cup final" (as "in Norland's referendum" is).
    if let Some(occasion_start) = occasion_noun_ending_at(lexicon, toks, at)
        && let Some(name_end) = occasion_start.checked_sub(1)
        && toks[name_end].is_capitalised()
        && toks[name_end].is_word()
        && crate::lexicon::strip_possessive(&toks[name_end].lower) == toks[name_end].lower
    {
        let start = named_from(name_end);
        if let Some(prep) = preposition(start, &["in", "at"]) {
            return Some(Between::Skip(
                prep,
                Some(place_words(&toks[start..=name_end])),
            ));
        }
    }
    // An occasion the sentence does not name, kept as the key's segment: "attendance at the
    // final" and "at the opening match" are two.
    if let Some(occasion_start) = occasion_noun_ending_at(lexicon, toks, at)
        && let Some(prep) = preposition(occasion_start, &["in", "at", "during", "for"])
    {
        return Some(Between::Skip(
            prep,
            Some(place_words(&toks[occasion_start..=at])),
        ));
    }
    // An occasion: "Sunday's referendum", "last week's auction", "Sunday's parliamentary
    // election" (past one word before the occasion's noun); a place's part or occasion:
    // "Westmark's north", "Essel's referendum".
    let occasion_start = occasion_noun_ending_at(lexicon, toks, at).filter(|&start| {
        start < at
            && crate::lexicon::strip_possessive(&toks[start].lower).len() == toks[start].lower.len()
    });
    let owner = occasion_start.unwrap_or(at).checked_sub(1)?;
    let stem = crate::lexicon::strip_possessive(&toks[owner].lower);
    if stem.len() == toks[owner].lower.len() {
        return None;
    }
    if OCCASION_TIMES.contains(&stem) {
        let mut prep = owner.checked_sub(1)?;
        if matches!(toks[prep].lower.as_ref(), "last" | "this" | "next") {
            prep = prep.checked_sub(1)?;
        }
        // "Sunday's parliamentary election" and "Sunday's municipal election" are two: the
        // occasion's words are the key's segment.
        // Words that judge the occasion name none of its own ("historic", "snap").
        let occasion = occasion_start
            .filter(|&start| !JUDGING_WORDS.contains(&toks[start].lower.as_ref()))
            .map(|start| place_words(&toks[start..=at]));
        return (prep > 0 && matches!(toks[prep].lower.as_ref(), "in" | "at" | "during"))
            .then_some(Between::Skip(prep, occasion));
    }
    if !toks[owner].is_capitalised() {
        return None;
    }
    let start = named_from(owner);
    let prep = preposition(start, &["in", "at", "across"])?;
    // "in Essel's referendum": the place's own occasion.
    Some(if lexicon.topic_forms.longest_at(toks, at).is_some() {
        Between::Skip(prep, Some(place_words(&toks[start..=owner])))
    } else {
        Between::Part
    })
}

/// Whether a word may stand between a preposition and a name to say what the name is
/// ("snack maker", "carmaker", "neighbouring"): a lower-case word of letters, no function
/// word, possessive or verb of level.
fn describes_a_name(t: &Token<'_>) -> bool {
    t.is_word()
        && !t.is_capitalised()
        && t.lower.len() > 2
        && t.lower.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
        && !super::names::function_word(t.lower.as_ref())
        && !matches!(
            t.lower.as_ref(),
            "its" | "their" | "his" | "her" | "our" | "which" | "who"
        )
}

/// Whether a word before a name says what kind of business or body the name is ("snack
/// maker", "lender", "retailer", "tech giant", "media group"), not which part of a place
/// ("northern", "greater", "inner", "old").
fn business_noun(word: &str) -> bool {
    let agent = (word.ends_with("er") || word.ends_with("or"))
        && !matches!(
            word,
            "greater"
                | "inner"
                | "outer"
                | "upper"
                | "lower"
                | "former"
                | "older"
                | "newer"
                | "larger"
                | "smaller"
                | "wider"
                | "nearer"
                | "further"
                | "farther"
                | "other"
                | "interior"
                | "exterior"
                | "border"
                | "corridor"
                | "sector"
                | "river"
                | "centre"
                | "center"
                | "quarter"
                | "harbour"
                | "harbor"
        );
    agent
        || matches!(
            word,
            "giant"
                | "firm"
                | "group"
                | "company"
                | "chain"
                | "airline"
                | "carrier"
                | "bank"
                | "club"
                | "side"
                | "brand"
                | "start-up"
                | "startup"
                | "conglomerate"
                | "utility"
                | "insurer"
                | "broadcaster"
                | "publisher"
                | "platform"
                | "app"
                | "team"
                | "rival"
                | "neighbour"
                | "neighbor"
                | "parent"
                | "partner"
        )
}

/// Where a noun of an occasion ending at token `at` starts: a topic of the lexicon ("referendum",
/// "election") or an event of sport or culture ("cup final", "mayoral race"), with at most one
/// word before it in lower case ("mayoral", "cup").
fn occasion_noun_ending_at(lexicon: &Lexicon, toks: &[Token<'_>], at: usize) -> Option<usize> {
    let word = toks[at].lower.as_ref();
    let occasion = lexicon.topic_forms.longest_at(toks, at).is_some()
        || matches!(
            word,
            "final"
                | "match"
                | "game"
                | "race"
                | "concert"
                | "festival"
                | "ceremony"
                | "tournament"
                | "championship"
                | "marathon"
                | "derby"
                | "contest"
                | "primary"
                | "rally"
        );
    if !occasion {
        return None;
    }
    let before = at.checked_sub(1)?;
    Some(
        if toks[before].is_word()
            && !toks[before].is_capitalised()
            && !matches!(
                toks[before].lower.as_ref(),
                "the" | "a" | "an" | "this" | "that"
            )
            && before > 0
        {
            before
        } else {
            at
        },
    )
}

/// The one owner of a metric that the sentence names in any of its ways (a possessive, a
/// place between the metric and its verb, a place after the figure): `Err` when it names two.
pub(super) fn one_owner(named: [Option<String>; 3]) -> Result<Option<String>, ()> {
    let mut owner: Option<String> = None;
    for name in named.into_iter().flatten() {
        match &owner {
            Some(known) if *known != name => return Err(()),
            _ => owner = Some(name),
        }
    }
    Ok(owner)
}

/// Where the run of capitalised words ending just before token `end` starts: at most
/// `longest` words, none before token `first`; "of" between capitalised words is inside the
/// name ("Bank of Lesk", "Republic of Essel") and counts as none.
pub(super) fn name_start(toks: &[Token<'_>], end: usize, longest: usize, first: usize) -> usize {
    let capitalised = |k: usize| toks[k].is_capitalised() && toks[k].is_word();
    let mut start = end;
    let mut words = 0;
    while start > first && words < longest {
        if capitalised(start - 1) {
            start -= 1;
            words += 1;
        } else if start < end
            && start >= first + 2
            && toks[start - 1].lower == "of"
            && capitalised(start - 2)
        {
            start -= 1;
        } else {
            break;
        }
    }
    start
}

/// A place's words in lower case, each followed by a hyphen: "Port Essel" → "port-essel-".
pub(super) fn place_words(toks: &[Token<'_>]) -> String {
    toks.iter()
        .map(|t| format!("{}-", crate::lexicon::strip_possessive(&t.lower)))
        .collect()
}

/// The place a figure ending at token `unit_end` is given for after it, in its clause and
/// before its next figure ("unemployment rose to 7.2% in Harlow in July"), hyphenated
/// ("port-essel"); times and occasions ("in July", "in Sunday's referendum") name none. `Err`
/// for a part of a place ("in Westmark's north").
pub(super) fn place_after(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    unit_end: usize,
) -> Result<Option<String>, ()> {
    let (_, clause_end) = clause(toks, unit_end.saturating_sub(1));
    let end = (unit_end..clause_end.max(unit_end).min(toks.len()))
        .find(|&k| toks[k].text.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(clause_end.max(unit_end).min(toks.len()));
    for k in unit_end..end {
        if !matches!(toks[k].lower.as_ref(), "in" | "across") {
            continue;
        }
        let mut start = k + 1;
        if toks.get(start).is_some_and(|t| t.lower == "the") {
            start += 1;
        }
        let Some(name_end) = (start..end)
            .take_while(|&j| toks[j].is_capitalised() && toks[j].is_word())
            .last()
        else {
            continue;
        };
        let words = &toks[start..=name_end];
        let last = &words[words.len() - 1].lower;
        let stem = crate::lexicon::strip_possessive(last);
        if words.len() == 1 && OCCASION_TIMES.contains(&stem) {
            continue;
        }
        // "in Essel's referendum" is Essel's; "in Westmark's north" a part of it.
        if stem.len() < last.len() && lexicon.topic_forms.longest_at(toks, name_end + 1).is_none() {
            return Err(());
        }
        return Ok(Some(place_words(words).trim_end_matches('-').to_string()));
    }
    Ok(None)
}

/// Prepositions of a named place of a kind that owns the metric before it: "traffic at
/// Wendlow airport", "ridership on the Tansley metro", "trains through Calder station". Not
/// "from" or "to": imports from China and exports to Norland are not China's or Norland's, and
/// a name alone after "on" is what a metric is spent on ("spending on Ukraine").
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "across", "near", "of", "on", "through"];

/// Words of time whose possessive names an occasion: "Sunday's referendum", "last week's
/// auction", "October's vote".
/// Adjectives that judge an occasion rather than say which it is.
const JUDGING_WORDS: &[&str] = &[
    "historic",
    "decisive",
    "snap",
    "crucial",
    "key",
    "landmark",
    "tight",
    "bitter",
    "closely",
    "hotly",
    "pivotal",
    "surprise",
    "emergency",
    "special",
];

pub(super) const OCCASION_TIMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "weekend",
    "month",
    "year",
    "today",
    "yesterday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

//! Who: the source a sentence attributes its figures to ("the air force said"), the actor of
//! an action ("Russia launched") and the owner of what is counted ("Russian drones").

use super::FUNCTION_WORDS;
use crate::lexicon::Lexicon;
use crate::parse::Sentence;
use crate::text::Token;

/// Who a sentence attributes its figures to, as written.
#[derive(Clone, Debug)]
pub(super) struct Attribution {
    pub(super) source: String,
    /// The source opens its sentence and its first word is no name the lexicon knows: its
    /// capital says nothing ("Rescue workers said").
    pub(super) opens_sentence: bool,
}

/// Who a sentence attributes its figures to: "according to Russia's Defence Ministry", "the
/// air force said", "Ukraine's air force reported on Telegram".
pub(super) fn attribution(s: &Sentence<'_>, lexicon: &Lexicon) -> Option<Attribution> {
    let toks = &s.tokens;
    let is_break = |t: &Token<'_>| {
        matches!(
            t.text,
            "," | ";" | ":" | "." | "\"" | "“" | "”" | "(" | ")" | "—" | "–"
        )
    };
    for j in 0..toks.len() {
        if let Some(found) = lexicon.attribution_prefixes.longest_at(toks, j) {
            let start = j + found.len;
            let end = (start..toks.len().min(start + 8))
                .find(|&k| is_break(&toks[k]))
                .unwrap_or(toks.len().min(start + 8));
            // "citing strong grain shipments": a reason, not a source; "citing officials",
            // "citing Reuters" are sources.
            let reason = toks[j].lower == "citing" && !names_a_source(&toks[start..end]);
            if end > start && !reason {
                return Some(Attribution {
                    source: s
                        .slice(toks[start].span.cover(toks[end - 1].span))
                        .to_string(),
                    opens_sentence: false,
                });
            }
        }
    }
    if let Some(poll) = named_poll(s) {
        return Some(poll);
    }
    if let Some(judge) = who_put_it_at(s) {
        return Some(judge);
    }
    for j in 1..toks.len() {
        if lexicon.attribution_verbs.longest_at(toks, j).is_none() {
            continue;
        }
        // "the riots have claimed four more lives": a toll, not a statement.
        if toks[j].lower == "claimed"
            && toks[j + 1..toks.len().min(j + 5)]
                .iter()
                .any(|t| matches!(t.lower.as_ref(), "lives" | "life"))
        {
            continue;
        }
        // "employers added 180,000 jobs", "the company announced a recall", "posted a loss":
        // these verbs report a statement only before a clause or an adverbial ("added that",
        // ", she added.", "announced on Monday", "posted on Telegram"), not before an object.
        if matches!(toks[j].lower.as_ref(), "added" | "announced" | "posted")
            && toks.get(j + 1).is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "a" | "an" | "the" | "its" | "their" | "his" | "her" | "another" | "new"
                ) || t.text.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(t.text, "$" | "€" | "£" | "¥")
            })
        {
            continue;
        }
        // "the confirmed deaths", "were reported killed": an adjective or a passive names no
        // source before the verb.
        if matches!(
            toks[j - 1].lower.as_ref(),
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "was"
                | "were"
                | "is"
                | "are"
                | "been"
                | "be"
                | "being"
        ) {
            continue;
        }
        // "Tkachenko, the head of the city's military administration, said": the source is the
        // name before the appositive that closes just before the verb.
        let mut end = j;
        while end > 0
            && matches!(
                toks[end - 1].lower.as_ref(),
                "also"
                    | "later"
                    | "earlier"
                    | "previously"
                    | "separately"
                    | "then"
                    | "had"
                    | "has"
                    | "have"
            )
        {
            end -= 1;
        }
        if end > 0 && toks[end - 1].text == "," {
            let opening = (end.saturating_sub(14)..end - 1)
                .rev()
                .find(|&k| toks[k].text == ",");
            match opening {
                Some(opening) => end = opening,
                None => continue,
            }
        }
        let start = (end.saturating_sub(6)..end)
            .rev()
            .find(|&k| is_break(&toks[k]))
            .map_or(end.saturating_sub(6), |k| k + 1);
        let mut start = start;
        while start < end && matches!(toks[start].lower.as_ref(), "and" | "but" | "as" | "while") {
            start += 1;
        }
        // "… 14% on Monday after the company said": the source starts after the word that
        // opens its clause.
        if let Some(opener) = (start..end).rev().find(|&k| {
            matches!(
                toks[k].lower.as_ref(),
                "after"
                    | "before"
                    | "when"
                    | "because"
                    | "since"
                    | "while"
                    | "if"
                    | "as"
                    | "once"
                    | "until"
                    | "though"
                    | "although"
                    | "that"
                    | "than"
            )
        }) {
            start = opener + 1;
        }
        if start >= end {
            continue;
        }
        let words = &toks[start..end];
        let pronoun = words.len() == 1
            && matches!(
                words[0].lower.as_ref(),
                "he" | "she" | "it" | "they" | "we" | "i"
            );
        if pronoun
            || !words.iter().any(|t| t.is_word())
            || words
                .iter()
                .any(|t| t.text.starts_with(|c: char| c.is_ascii_digit()) || t.text == "%")
        {
            continue;
        }
        let source = s.slice(words[0].span.cover(words[words.len() - 1].span));
        // A source that opens the sentence is capitalised for that reason alone ("Rescue
        // workers said"), unless its first word is a name the lexicon knows.
        let known_name = lexicon.person_names.longest_at(toks, start).is_some()
            || lexicon.jurisdiction_forms.longest_at(toks, start).is_some()
            || lexicon.place_forms.longest_at(toks, start).is_some();
        let opens_sentence = start == 0 && !known_name;
        // Written as it is, but for an article that opens the sentence: "the State Emergency
        // Service" reads right inside a message; "Northwind Motors" keeps its capital.
        let source = if opens_sentence && FUNCTION_WORDS.contains(&words[0].lower.as_ref()) {
            let mut chars = source.chars();
            chars
                .next()
                .map(|first| first.to_lowercase().chain(chars).collect())
                .unwrap_or_default()
        } else {
            source.to_string()
        };
        return Some(Attribution {
            source,
            opens_sentence,
        });
    }
    None
}

/// The country or organisation whose things a noun phrase counts: "Russian drones".
pub(super) fn owner_in(lexicon: &Lexicon, modifiers: &[Token<'_>]) -> Option<String> {
    (0..modifiers.len()).find_map(|j| {
        lexicon
            .jurisdiction_forms
            .longest_at(modifiers, j)
            .map(|found| lexicon.jurisdictions[*found.value].id.clone())
    })
}

/// The actor of a launch: "Russia launched", "Russian forces fired".
pub(super) fn actor_before(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    action_start: usize,
) -> Option<String> {
    let from = action_start.saturating_sub(3);
    (from..action_start)
        .rev()
        .find_map(|j| {
            lexicon
                .jurisdiction_forms
                .longest_at(toks, j)
                .filter(|found| j + found.len <= action_start)
                .map(|found| lexicon.jurisdictions[*found.value].id.clone())
        })
        .or_else(|| named_actor(toks, action_start))
}

/// A firm or another body named as the subject of the action: "Tarlo Foods will cut",
/// "Rival Venn Corp is cutting", "Harlow Motors plans to shed": two capitalised words or more
/// ending just before the verb, past an auxiliary ("will", "is", "plans to"). Its words in
/// lower case, hyphenated.
fn named_actor(toks: &[Token<'_>], action_start: usize) -> Option<String> {
    let mut end = action_start;
    while end > 0
        && matches!(
            toks[end - 1].lower.as_ref(),
            "will"
                | "would"
                | "is"
                | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "have"
                | "to"
                | "plans"
                | "planned"
                | "also"
                | "said"
                | "says"
                | "it"
        )
    {
        end -= 1;
    }
    let mut start = end;
    while start > 0
        && end - start < 5
        && toks[start - 1].is_word()
        && toks[start - 1].is_capitalised()
        && !FUNCTION_WORDS.contains(&toks[start - 1].lower.as_ref())
    {
        start -= 1;
    }
    // "Rival Venn Corp": a word any sentence may open with is no part of the name.
    if start == 0 && end - start > 2 && crate::parse::titles::is_english_word(&toks[0].lower) {
        start = 1;
    }
    (end - start >= 2).then(|| {
        toks[start..end]
            .iter()
            .map(|t| crate::lexicon::strip_possessive(t.lower.as_ref()).to_string())
            .collect::<Vec<_>>()
            .join("-")
    })
}

/// Whoever puts a figure at its level opening the sentence: "Police put the crowd at 50,000",
/// "Organisers put the crowd at 80,000" are two sources, not one figure twice.
fn who_put_it_at(s: &Sentence<'_>) -> Option<Attribution> {
    let toks = &s.tokens;
    let verb = (1..toks.len().min(7)).find(|&k| {
        matches!(
            toks[k].lower.as_ref(),
            "put" | "puts" | "pegged" | "pegs" | "placed" | "places"
        )
    })?;
    if !toks[..verb].iter().all(|t| t.is_word())
        || !toks[verb + 1..toks.len().min(verb + 9)]
            .iter()
            .any(|t| t.lower == "at")
    {
        return None;
    }
    let start = usize::from(matches!(toks[0].lower.as_ref(), "the" | "a" | "an"));
    (start < verb).then(|| Attribution {
        source: s
            .slice(toks[start].span.cover(toks[verb - 1].span))
            .to_string(),
        opens_sentence: start == 0,
    })
}

/// A poll or survey the sentence names as where its figures come from: "in the latest Lesk
/// Pulse poll", "in a Meridian Research survey", "by a Harlow Institute poll". The pollster
/// must be named (a capitalised word before the noun, or after it: "a survey by Calder
/// Research"): "in a recent poll" names no one. A poll that opens the sentence is its source
/// too: "A Brellin Institute poll puts her approval at 41%".
fn named_poll(s: &Sentence<'_>) -> Option<Attribution> {
    let toks = &s.tokens;
    let noun = (1..toks.len()).find(|&k| {
        matches!(
            toks[k].lower.as_ref(),
            "poll" | "polls" | "survey" | "surveys" | "polling"
        ) && !toks[k].is_capitalised()
    })?;
    // "a survey by Calder Research put …": the pollster named after the noun.
    if matches!(
        toks.get(noun + 1).map(|t| t.lower.as_ref()),
        Some("by" | "from")
    ) && toks
        .get(noun + 2)
        .is_some_and(|t| t.is_capitalised() && t.is_word())
    {
        let end = (noun + 2..toks.len().min(noun + 6))
            .take_while(|&k| toks[k].is_capitalised() && toks[k].is_word())
            .last()?;
        return Some(Attribution {
            source: s.slice(toks[noun].span.cover(toks[end].span)).to_string(),
            opens_sentence: false,
        });
    }
    // "A Brellin Institute poll puts her approval at 41%": the poll as the subject.
    let opens = (0..noun).all(|k| {
        toks[k].is_word() && (k > 0 || matches!(toks[k].lower.as_ref(), "a" | "an" | "the"))
    });
    let from = if opens {
        0
    } else {
        (noun.saturating_sub(6)..noun)
            .rev()
            .take_while(|&k| toks[k].is_word())
            .find(|&k| matches!(toks[k].lower.as_ref(), "in" | "by" | "from"))?
    };
    let start = from + 1;
    let named = toks[start..noun]
        .iter()
        .any(|t| t.is_capitalised() && !matches!(t.lower.as_ref(), "the" | "a" | "an"));
    named.then(|| Attribution {
        source: s.slice(toks[start].span.cover(toks[noun].span)).to_string(),
        opens_sentence: false,
    })
}

/// Nouns of whoever gives a figure, after "citing": "citing officials", "citing data".
const SOURCE_NOUNS: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "data",
    "figures",
    "statistics",
    "report",
    "reports",
    "statement",
    "ministry",
    "police",
    "agency",
    "government",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "people",
    "person",
    "document",
    "documents",
    "estimate",
    "estimates",
    "survey",
    "poll",
    "study",
    "analysts",
    "authorities",
    "witnesses",
    "residents",
    "doctors",
    "medics",
    "officers",
    "records",
    "filing",
    "filings",
    "researchers",
    "experts",
];

/// Whether the words after "citing" name a source: a source's noun or a name.
fn names_a_source(words: &[Token<'_>]) -> bool {
    words.iter().any(|t| {
        SOURCE_NOUNS.contains(&t.lower.as_ref())
            || t.is_word() && t.is_capitalised() && !crate::parse::names::function_word(&t.lower)
    })
}

//! When: running totals ("so far this year", "since 2022"), an occasion other than the
//! report's event that a sentence names ("in a separate attack", "In September 2024, …"), the
//! baseline a change is compared with ("from $540 million a year earlier"), and a date after a
//! figure.

use crate::lexicon::Lexicon;
use crate::parse::Sentence;
use crate::text::Token;

/// The token from which a sentence's figures are running totals: after a leading marker ("So
/// far this year, attacks have killed …"), or after something that lasts and a present perfect
/// ("The war, now in its fourth year, has killed tens of thousands"). One pass per sentence.
pub(super) fn cumulative_from(s: &Sentence<'_>, lexicon: &Lexicon) -> Option<usize> {
    let toks = &s.tokens;
    let mut lasting_subject = false;
    for j in 0..toks.len() {
        // "the largest attack since the war began, with 810 drones": the period belongs to the
        // superlative, not to the figure.
        if let Some(found) = lexicon.cumulative_before_markers.longest_at(toks, j)
            && !superlative_before(toks, j)
        {
            return Some(j + found.len);
        }
        // "Since 2022, …", "Since Monday, …": a running total from a date.
        if toks[j].lower == "since"
            && !superlative_before(toks, j)
            && toks.get(j + 1).is_some_and(|t| {
                (t.text.len() == 4
                    && t.text.starts_with(['1', '2'])
                    && t.text.chars().all(|c| c.is_ascii_digit()))
                    || lexicon.months.longest_at(toks, j + 1).is_some()
                    || lexicon.weekdays.longest_at(toks, j + 1).is_some()
            })
        {
            return Some(j + 2);
        }
        if lasting_subject && matches!(toks[j].lower.as_ref(), "has" | "have") {
            return Some(j + 1);
        }
        if lexicon.time_subjects.longest_at(toks, j).is_some() {
            lasting_subject = true;
        }
    }
    None
}

/// A superlative or a first among the few words before token `j`: "the largest attack since",
/// "the most since", "the first time since", "the deadliest this year".
pub(super) fn superlative_before(toks: &[Token<'_>], j: usize) -> bool {
    toks[j.saturating_sub(4)..j]
        .iter()
        .any(|t| SUPERLATIVES.contains(&t.lower.as_ref()))
}

/// Superlatives and firsts that frame an event against a period ("the largest attack since
/// …", "the first such strike this year"). A closed list: "-est" alone also ends "unrest",
/// "protest" and "Budapest".
const SUPERLATIVES: &[&str] = &[
    "largest",
    "biggest",
    "heaviest",
    "deadliest",
    "bloodiest",
    "worst",
    "most",
    "highest",
    "lowest",
    "greatest",
    "longest",
    "strongest",
    "fiercest",
    "costliest",
    "fewest",
    "least",
    "first",
    "record",
    "severest",
    "harshest",
    "busiest",
];

/// A different occasion that a whole sentence names: "in a separate attack" anywhere in it, or a
/// past date that opens it ("In September 2024, …"). Figures of such a sentence are about that
/// occasion, not the report's event. Read once per sentence.
pub(in crate::parse) fn sentence_occasion(s: &Sentence<'_>, lexicon: &Lexicon) -> Option<String> {
    let toks = &s.tokens;
    let marker = (0..toks.len()).find_map(|j| {
        let found = lexicon.occasion_markers.longest_at(toks, j)?;
        // A marker in a relative clause dates what the clause describes, not the sentence's
        // figures: "the toll from the earthquake that struck last week has climbed to 72".
        // One after a change's starting figure dates that figure alone.
        // "up 8% from a year earlier", "higher than a year ago": the figures are compared
        // with that time, not of it.
        let compared_with = j > 0
            && matches!(
                toks[j - 1].lower.as_ref(),
                "from" | "than" | "on" | "over" | "with" | "against" | "versus" | "vs"
            );
        if in_relative_clause(toks, j) || closes_baseline(toks, j) || compared_with {
            return None;
        }
        Some(
            s.slice(toks[j].span.cover(toks[j + found.len - 1].span))
                .to_lowercase(),
        )
    });
    marker
        .or_else(|| date_phrase(s, lexicon, 0))
        .or_else(|| year_before_noun(s))
}

/// An occasion marker that closes the figure a change starts from or is compared with: "from
/// $540 million a year earlier", "up from 3.1% a year ago", "compared with 12 a week earlier".
/// The first token of the figures it closes, the marker's token and its words.
pub(super) fn baseline_occasion(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
) -> Option<(usize, usize, String)> {
    let toks = &s.tokens;
    (0..toks.len()).find_map(|j| {
        let found = lexicon.occasion_markers.longest_at(toks, j)?;
        baseline_start(toks, j).map(|start| {
            (
                start,
                j,
                s.slice(toks[j].span.cover(toks[j + found.len - 1].span))
                    .to_lowercase(),
            )
        })
    })
}

/// Whether the words just before token `j` are a figure introduced by "from", "with",
/// "against", "versus" or "vs": the baseline of a change or a comparison.
fn closes_baseline(toks: &[Token<'_>], j: usize) -> bool {
    baseline_start(toks, j).is_some()
}

/// The first token of the figures a baseline's occasion closes: "from $540 million a year
/// earlier", "compared with $540 million, or 77 cents a share, a year earlier" (the amount and
/// its restatement per share). The token after the word that introduces them.
pub(super) fn baseline_start(toks: &[Token<'_>], j: usize) -> Option<usize> {
    let figure_word = |t: &Token<'_>| {
        t.text.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                t.lower.as_ref(),
                "%" | "percent"
                    | "per"
                    | "cent"
                    | "thousand"
                    | "million"
                    | "billion"
                    | "trillion"
                    | "bn"
                    | "m"
                    | "$"
                    | "€"
                    | "£"
                    | "¥"
                    | "."
            )
    };
    // A figure restated in another unit between commas: ", or 77 cents a share,".
    let restatement = |t: &Token<'_>| {
        matches!(
            t.lower.as_ref(),
            "," | "or" | "a" | "an" | "share" | "cents" | "pence" | "each" | "apiece"
        )
    };
    let mut k = j;
    let mut restated = false;
    while k > 0 && j - k < 12 && (figure_word(&toks[k - 1]) || restatement(&toks[k - 1])) {
        restated |= restatement(&toks[k - 1]);
        k -= 1;
        // Without a restatement, only the figure right before the marker.
        if !restated && j - k >= 6 {
            break;
        }
    }
    // The run begins with its figure, not with a comma or "or".
    while k < j && restatement(&toks[k]) {
        k += 1;
    }
    let introduced = k > 0
        && (matches!(
            toks[k - 1].lower.as_ref(),
            "from" | "with" | "against" | "versus" | "vs"
        ) || toks[k - 1].lower == "to" && k >= 2 && toks[k - 2].lower == "compared");
    (k < j
        && introduced
        && toks[k..j]
            .iter()
            .any(|t| t.text.starts_with(|c: char| c.is_ascii_digit())))
    .then_some(k)
}

/// True when a relative pronoun opens the clause of token `j` within a few words before it,
/// with no comma or verb of saying between ("that hit the coast last week").
fn in_relative_clause(toks: &[Token<'_>], j: usize) -> bool {
    (j.saturating_sub(RELATIVE_REACH)..j)
        .rev()
        .take_while(|&k| !matches!(toks[k].text, "," | ";" | ":" | "(" | ")"))
        .any(|k| matches!(toks[k].lower.as_ref(), "that" | "which" | "when" | "who"))
}

/// How far before an occasion marker its relative pronoun may stand.
const RELATIVE_REACH: usize = 6;

/// "the 2023 earthquake", "the 2022 invasion", "the 2002 Air China crash": a year written
/// before a noun (past up to three names) names another event than the report's.
fn year_before_noun(s: &Sentence<'_>) -> Option<String> {
    let toks = &s.tokens;
    (1..toks.len().saturating_sub(1)).find_map(|j| {
        let year = &toks[j];
        let is_year = year.text.len() == 4
            && year.text.chars().all(|c| c.is_ascii_digit())
            && year.text.starts_with(['1', '2']);
        if !is_year || !matches!(toks[j - 1].lower.as_ref(), "the" | "a" | "an") {
            return None;
        }
        let noun = (j + 1..toks.len().min(j + 5))
            .take_while(|&k| toks[k].is_word())
            .find(|&k| !toks[k].is_capitalised())?;
        Some(
            s.slice(toks[j - 1].span.cover(toks[noun].span))
                .to_lowercase(),
        )
    })
}

/// A past date just after a figure, before any "since" clause: "killed 50 people in September
/// 2024".
pub(super) fn date_after(s: &Sentence<'_>, lexicon: &Lexicon, phrase_end: usize) -> Option<String> {
    let toks = &s.tokens;
    (phrase_end..(phrase_end + 6).min(toks.len()))
        .take_while(|&j| lexicon.cumulative_markers.longest_at(toks, j).is_none())
        .find_map(|j| date_phrase(s, lexicon, j))
}

/// The year that dates the subject a figure at token `first` is the level of, written before
/// the subject's noun in the figure's clause: "Norland's 2025 wheat crop came in at 7.1
/// million tonnes" is 2025's, as "in 2025" after it would make it (the occasion "in 2025").
/// None past another figure.
pub(super) fn year_of_subject(s: &Sentence<'_>, first: usize) -> Option<String> {
    let toks = &s.tokens;
    let (start, _) = crate::parse::metrics::clause(toks, first.saturating_sub(1));
    for k in (start.max(first.saturating_sub(10))..first).rev() {
        let t = &toks[k];
        if !t.text.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let joined = toks[k + 1..first]
            .iter()
            .any(|t| matches!(t.lower.as_ref(), "and" | "or" | "but"));
        return (year_of_a_subject_at(toks, k) && !joined).then(|| format!("in {}", t.text));
    }
    None
}

/// Whether token `k` is a year written before the noun of a figure's subject, after a
/// possessive or an article ("Norland's 2025 wheat crop came in at", "its 2025 revenue was"):
/// a year from 1900 to 2100, a word in lower case after it and a verb of level after that.
pub(in crate::parse) fn year_of_a_subject_at(toks: &[Token<'_>], k: usize) -> bool {
    let t = &toks[k];
    let year = t.text.len() == 4
        && t.text.bytes().all(|b| b.is_ascii_digit())
        && t.text
            .parse::<u16>()
            .is_ok_and(|y| (1900..=2100).contains(&y));
    let owned = k > 0
        && (matches!(toks[k - 1].lower.as_ref(), "its" | "their" | "the")
            || crate::lexicon::strip_possessive(&toks[k - 1].lower).len()
                < toks[k - 1].lower.len());
    let noun_after = toks.get(k + 1).is_some_and(|n| {
        n.is_word()
            && !n.is_capitalised()
            && n.lower.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
    });
    year && owned && noun_after && verb_of_level_after(toks, k + 1)
}

/// Whether a verb of level follows the noun phrase from token `from` within five words, past
/// no figure or punctuation: the phrase is a figure's subject ("2025 wheat crop came in at"),
/// not an object ("beating its 2019 total.").
fn verb_of_level_after(toks: &[Token<'_>], from: usize) -> bool {
    toks[from.min(toks.len())..]
        .iter()
        .take(5)
        .take_while(|t| t.is_word() && !t.text.starts_with(|c: char| c.is_ascii_digit()))
        .any(|t| {
            crate::parse::metrics::LEVEL_VERBS.contains(&t.lower.as_ref())
                || matches!(
                    t.lower.as_ref(),
                    "remained" | "remains" | "doubled" | "halved" | "tripled" | "rises" | "falls"
                )
        })
}

/// "in 2024", "In September 2024", "for 2025": a preposition and a date at token `j` ("for"
/// after a figure only: a period the figure is booked for, "€280 million for 2025").
fn date_phrase(s: &Sentence<'_>, lexicon: &Lexicon, j: usize) -> Option<String> {
    let toks = &s.tokens;
    match toks.get(j)?.lower.as_ref() {
        "in" | "during" | "last" => {}
        "for" if j > 0 => {}
        _ => return None,
    }
    let mut k = j + 1;
    let is_year = |t: &Token<'_>| t.text.len() == 4 && t.text.chars().all(|c| c.is_ascii_digit());
    if let Some(month) = lexicon
        .months
        .longest_at(toks, k)
        .filter(|_| toks[k].is_capitalised())
    {
        k += month.len;
        if toks.get(k).is_some_and(|t| t.text == ".") {
            k += 1;
        }
        if toks.get(k).is_some_and(is_year) {
            return Some(s.slice(toks[j].span.cover(toks[k].span)).to_lowercase());
        }
        return None;
    }
    if toks.get(k).is_some_and(is_year) {
        return Some(s.slice(toks[j].span.cover(toks[k].span)).to_lowercase());
    }
    None
}

/// Nouns of a match or a show a crowd watches.
const MATCH_NOUNS: &[&str] = &[
    "final",
    "semi-final",
    "semifinal",
    "quarter-final",
    "quarterfinal",
    "leg",
    "match",
    "game",
    "derby",
    "fixture",
    "tie",
    "play-off",
    "playoff",
    "race",
    "opener",
    "decider",
    "replay",
];

/// The match a crowd watched, near the figure at `first` in its clause: `None` when the
/// clause names none, `Some(None)` for a match that needs no segment of the key ("the final",
/// "Saturday's cup final", "the match": the event's own), and `Some(Some(segment))` for one
/// that tells a match of a tie or a round apart: "the first leg of the semi-final" is
/// `first-leg-of-semifinal`, "the semi-final" `semifinal`, "the women's final" `womens-final`.
/// A match named after "after" or "before" is when the crowd gathered, not what it watched
/// ("a parade a day after the final").
pub(in crate::parse) fn match_watched(toks: &[Token<'_>], first: usize) -> Option<Option<String>> {
    // Within reach of the figure and its clause, so that a sentence of many crowds costs in
    // proportion to its length.
    let breaks = |t: &Token<'_>| matches!(t.text, "," | ";" | ":" | "—" | "–" | "(" | ")");
    let from = (first.saturating_sub(24)..first)
        .rev()
        .find(|&k| breaks(&toks[k]))
        .map_or(first.saturating_sub(24), |k| k + 1);
    let to = (first..(first + 24).min(toks.len()))
        .find(|&k| breaks(&toks[k]))
        .unwrap_or((first + 24).min(toks.len()));
    let time_of = |k: usize| {
        let start = match_start(toks, k);
        (start.saturating_sub(2)..start).any(|j| {
            matches!(
                toks[j].lower.as_ref(),
                "after" | "before" | "since" | "ahead"
            )
        })
    };
    // In the figure's clause, nearest it; else the sentence's subject before an aside ("The
    // women's final, played on Sunday, drew 3,000 fans").
    let subject =
        || (0..first.min(4)).find(|&k| match_noun_at(toks, k) && match_start(toks, k) <= 2);
    let head = (from..to)
        .filter(|&k| match_noun_at(toks, k) && !time_of(k))
        .min_by_key(|&k| k.abs_diff(first))
        .or_else(subject)?;
    // "the first leg of the semi-final": the leg, whose match follows.
    let start = match_start(toks, head);
    let of = start
        .checked_sub(1)
        .filter(|&k| toks[k].lower == "the")
        .map_or(start, |k| k)
        .checked_sub(1)
        .filter(|&k| toks[k].lower == "of");
    let head = match of {
        Some(of) if of > 0 && toks[of - 1].lower == "leg" => of - 1,
        _ => head,
    };
    let mut words = match_words(toks, head);
    // "the first leg of the semi-final": the leg of its match.
    let of = head + 1;
    if toks[head].lower == "leg" && toks.get(of).is_some_and(|t| t.lower == "of") {
        let mut next = of + 1;
        if toks.get(next).is_some_and(|t| t.lower == "the") {
            next += 1;
        }
        if let Some(tail) = (next..(next + 5).min(toks.len())).find(|&k| match_noun_at(toks, k)) {
            words.push("of".to_string());
            words.extend(match_words(toks, tail));
        }
    }
    // Words joined by a hyphen are one ("semi-final" is no final).
    let words: Vec<String> = words
        .iter()
        .map(|w| w.replace(['-', '\'', '’'], ""))
        .collect();
    let distinguishing = words.iter().any(|w| {
        w.ends_with('s') && w.len() > 4 && words.len() > 1
            || matches!(
                w.as_str(),
                "semifinal"
                    | "semifinals"
                    | "quarterfinal"
                    | "quarterfinals"
                    | "leg"
                    | "playoff"
                    | "replay"
                    | "opener"
                    | "decider"
                    | "first"
                    | "second"
                    | "third"
                    | "womens"
                    | "mens"
                    | "girls"
                    | "boys"
                    | "youth"
                    | "reserve"
                    | "friendly"
            )
    });
    Some(distinguishing.then(|| words.join("-")))
}

/// The first token of the match's words that end at `head`.
fn match_start(toks: &[Token<'_>], head: usize) -> usize {
    head + 1 - match_len(toks, head)
}

/// Whether token `k` ends a noun of a match ("final", "semi-final" as three tokens).
fn match_noun_at(toks: &[Token<'_>], k: usize) -> bool {
    let word = toks[k].lower.as_ref();
    let plural = |suffix: &str| {
        word.strip_suffix(suffix)
            .is_some_and(|stem| MATCH_NOUNS.contains(&stem))
    };
    (MATCH_NOUNS.contains(&word) || plural("s") || plural("es"))
        && !toks
            .get(k + 1)
            .is_some_and(|t| t.text == "-" && !t.space_before)
}

/// The words of the match whose noun ends at `head`, back to its article, possessive or
/// figure or capitalised name, at most four tokens: "cup final", "semi-final", "final" of the
/// "Champions League final".
fn match_words(toks: &[Token<'_>], head: usize) -> Vec<String> {
    let start = match_start(toks, head);
    let mut words: Vec<String> = Vec::new();
    for t in &toks[start..=head] {
        if t.text == "-" {
            if let Some(last) = words.last_mut() {
                last.push('-');
            }
        } else if words.last().is_some_and(|w| w.ends_with('-')) {
            let last = words.last_mut().expect("a word before the dash");
            last.push_str(&t.lower);
        } else {
            words.push(t.lower.to_string());
        }
    }
    words
}

/// How many tokens the match's words that end at `head` take.
fn match_len(toks: &[Token<'_>], head: usize) -> usize {
    let mut start = head;
    while start > 0 && start + 4 > head {
        let t = &toks[start - 1];
        let joined = t.text == "-" && !t.space_before;
        // (lower-case words only: a capitalised one names the ground or the cup, which
        // another report may leave out)
        // ("the women's final": a lower-case possessive is the match's kind)
        let word = t.is_word()
            && !t.is_capitalised()
            && (!crate::lexicon::is_possessive(&t.lower)
                || matches!(t.lower.as_ref(), "women's" | "men's" | "girls'" | "boys'"))
            && !super::FUNCTION_WORDS.contains(&t.lower.as_ref())
            && !t.lower.ends_with("ed")
            && !matches!(
                t.lower.as_ref(),
                "drew" | "watched" | "saw" | "attended" | "packed" | "filled" | "during"
            );
        if !(joined || word) {
            break;
        }
        start -= 1;
    }
    head + 1 - start
}

//! The action of a figure: a verb after its noun phrase ("were killed"), past auxiliaries,
//! reporting chains and asides; one before it in its clause ("launched 550"); or the toll a
//! figure is the level of ("the death toll has risen to 60").

use super::mentions::{is_number_token, joins_ages};
use crate::lexicon::Lexicon;
use crate::text::Token;

/// Words of a reporting chain, beside the auxiliaries, between a figure and its verb: "were
/// reported dead", "are known to have died", "were confirmed injured". Fear and belief
/// ("feared dead", "believed killed") are not counts of what happened, and stop the reading.
const REPORTING_CHAIN: &[&str] = &[
    "reported",
    "known",
    "confirmed",
    "said",
    "understood",
    "estimated",
    "now",
];

pub(super) const AUXILIARIES: &[&str] = &[
    "were",
    "was",
    "have",
    "had",
    "has",
    "been",
    "are",
    "is",
    "reportedly",
    "also",
    "later",
    "being",
    "all",
    "who",
    "had been",
    "have been",
    "allegedly",
    "were reportedly",
    "will",
    "would",
    "be",
    "could",
    "should",
    "may",
    "might",
    "must",
    "set",
    "due",
    "expected",
    "still",
];

pub(super) struct FoundAction {
    pub(super) action: usize,
    pub(super) implied_class: Option<usize>,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) distance: usize,
}

/// Where a prepositional phrase right after a noun ends at the auxiliary of the verb that
/// follows it ("from Camp Mystic, a Christian girls' camp, have"), within a few words.
pub(super) fn modifier_end(toks: &[Token<'_>], from: usize, limit: usize) -> Option<usize> {
    if !matches!(
        toks.get(from)?.lower.as_ref(),
        "from" | "in" | "at" | "near" | "on" | "across"
    ) {
        return None;
    }
    (from + 2..limit.min(toks.len()).min(from + MODIFIER_REACH))
        .take_while(|&k| !matches!(toks[k].text, "." | ";" | ":" | "(" | ")"))
        .find(|&k| AUXILIARIES.contains(&toks[k].lower.as_ref()))
}

/// How far a noun's prepositional phrase may reach before the verb.
const MODIFIER_REACH: usize = 14;

pub(super) fn action_after(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    from: usize,
    limit: usize,
) -> Option<FoundAction> {
    let mut j = from;
    let mut skipped = 0;
    while j < limit.min(toks.len()) && skipped <= 5 {
        if let Some(found) = lexicon.action_forms.longest_at(toks, j)
            && !found.value.nominal
        {
            return Some(FoundAction {
                action: found.value.action,
                implied_class: found.value.implied_class,
                start: j,
                end: j + found.len,
                distance: skipped,
            });
        }
        // The comma that closes an apposition before the verb: "12,000 families, or 41,500
        // people, were affected".
        let closes_apposition = toks[j].text == ","
            && skipped == 0
            && toks
                .get(j + 1)
                .is_some_and(|t| AUXILIARIES.contains(&t.lower.as_ref()))
            && !crate::parse::metrics::in_relative_clause(toks, from);
        // Ages between the noun and its verb: "two children aged 7 and 9 were hurt".
        if matches!(toks[j].lower.as_ref(), "aged" | "ages") {
            let mut k = j + 1;
            while k < limit.min(toks.len())
                && k < j + 12
                && (is_number_token(&toks[k]) || joins_ages(&toks[k]))
            {
                k += 1;
            }
            j = k;
            skipped += 1;
            continue;
        }
        // A reporting chain between the figure and its verb: "were reported dead", "are known
        // to have died", "were confirmed injured".
        let chain = REPORTING_CHAIN.contains(&toks[j].lower.as_ref())
            || (toks[j].lower == "to" && skipped > 0);
        if !AUXILIARIES.contains(&toks[j].lower.as_ref())
            && !chain
            && !matches!(
                toks[j].lower.as_ref(),
                "managed" | "to" | "people" | "still"
            )
            && !closes_apposition
            || (skipped > 3 && !chain && !AUXILIARIES.contains(&toks[j].lower.as_ref()))
        {
            return None;
        }
        j += 1;
        skipped += 1;
    }
    None
}

pub(super) fn action_before(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    boundary: usize,
) -> Option<FoundAction> {
    let mut end = first;
    while end > boundary && first - end <= 10 {
        let t = &toks[end - 1];
        if matches!(
            t.text,
            "." | ";" | ":" | "?" | "!" | "(" | ")" | "\"" | "“" | "”"
        ) {
            return None;
        }
        if let Some((start, found)) = lexicon.action_forms.longest_ending_at(toks, end, 5)
            && start >= boundary
        {
            return Some(FoundAction {
                action: found.value.action,
                implied_class: found.value.implied_class,
                start,
                end,
                distance: first - end,
            });
        }
        end -= 1;
    }
    None
}

/// Where an aside that opens at `from` ends: a comma and a subset marker ("including",
/// "among them") up to the next comma, or a bracket up to its close, within a short reach.
pub(super) fn aside_end(lexicon: &Lexicon, toks: &[Token<'_>], from: usize) -> Option<usize> {
    let open = toks.get(from)?;
    let close = match open.text {
        "," if lexicon.subset_markers.longest_at(toks, from + 1).is_some() => ",",
        "(" => ")",
        "—" | "–" => open.text,
        _ => return None,
    };
    (from + 2..toks.len().min(from + 2 + ASIDE_REACH))
        .take_while(|&j| !matches!(toks[j].text, "." | ";" | "?" | "!"))
        .find(|&j| {
            // A comma inside the aside's own list ("aged 4, 9 and 12") does not close it: the
            // closing one is followed by the verb's auxiliary or the verb.
            toks[j].text == close
                && (close != ","
                    || toks.get(j + 1).is_some_and(|t| {
                        AUXILIARIES.contains(&t.lower.as_ref())
                            || lexicon.action_forms.longest_at(toks, j + 1).is_some()
                    }))
        })
        .map(|j| j + 1)
}

/// The longest aside ("including three children aged 4, 9 and 12") whose verb is still read.
const ASIDE_REACH: usize = 16;

/// The toll a figure is the level of: "to" or "at" right before the figure, a verb of change or
/// level ("has risen", "stands", "bringing"), and before them in the clause a word that names
/// both the counted class and the action ("the death toll", "deaths"): "The death toll from the
/// earthquake that struck on Tuesday has risen to 60", "bringing the death toll to 25".
pub(super) fn level_of(lexicon: &Lexicon, toks: &[Token<'_>], first: usize) -> Option<FoundAction> {
    let to = first.checked_sub(1)?;
    if !matches!(toks[to].lower.as_ref(), "to" | "at") {
        return None;
    }
    let verb_ending_at = |end: usize| {
        lexicon
            .change_forms
            .longest_ending_at(toks, end, 2)
            .is_some()
            || lexicon
                .level_verbs
                .longest_ending_at(toks, end, 2)
                .is_some()
    };
    let mut verb = false;
    let mut end = to;
    while end > 0 && to - end <= LEVEL_REACH {
        if matches!(toks[end - 1].text, "." | ";" | ":" | "?" | "!") {
            return None;
        }
        if let Some((start, found)) = lexicon.action_forms.longest_ending_at(toks, end, 5)
            && let Some(class) = found.value.implied_class
        {
            // The verb after the toll ("has risen to") or before it ("bringing the toll to").
            let verb_before = (start.saturating_sub(3)..start).any(|j| verb_ending_at(j + 1));
            return (verb || verb_before).then_some(FoundAction {
                action: found.value.action,
                implied_class: Some(class),
                start,
                end,
                distance: first - end,
            });
        }
        verb |= verb_ending_at(end);
        end -= 1;
    }
    None
}

/// How many tokens back from a level's "to" its toll may be named: far enough for a toll
/// with a long qualifier ("the toll from the 7.1-magnitude quake that hit the northern coast
/// on Monday night").
const LEVEL_REACH: usize = 40;

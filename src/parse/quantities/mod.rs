//! Quantity claims: a number, its hedge, what it counts and what happened to it.
//!
//! The sentence is read in two passes. The first finds every number mention with its hedge
//! (nom parsers over the text at each token). The second reads the words around each mention:
//! the counted noun phrase, the action, partitives ("35 of the 108"), subsets ("including two
//! children"), increments ("an additional 58"), coordination ("653 drones and 51 missiles"),
//! the place and whether the figure is a running total.

mod actions;
mod attribution;
mod claim;
mod context;
mod coordination;
mod durations;
mod fractions;
mod mentions;
mod occasions;

use super::{Sentence, Skipped};
use crate::claim::{Change, Claim, ClaimKind, Hedge, Interval, Quantity, QuantityRole};
use crate::lexicon::Lexicon;
use crate::text::Token;
use attribution::attribution;
use claim::to_claim;
use context::{antecedent, read_mention};
use coordination::{complete_coordination, complete_partitives, place_respectively};
use mentions::find_mentions;
pub(crate) use mentions::hedged;
pub use mentions::{NumberRead, numbers_in};
use occasions::{baseline_occasion, cumulative_from};
pub(super) use occasions::{match_watched, sentence_occasion, year_of_a_subject_at};

// The submodules name the sibling parsers `super::units` and `super::metrics`.
use super::{metrics, units};

/// Reads every quantity claim of one sentence.
pub fn quantities(
    sentence: &Sentence<'_>,
    lexicon: &Lexicon,
    claims: &mut Vec<Claim>,
    skipped: &mut Vec<Skipped>,
    carry: &mut Option<Carry>,
) {
    let mentions = find_mentions(sentence, lexicon, skipped);
    // Most sentences give no figure: nothing below reads anything but figures, nor changes
    // what the paragraph carries. A race time ("in 2:05:48") is no mention of a figure.
    if mentions.is_empty() {
        if sentence.text.contains(':') {
            durations::clock_durations(sentence, claims, claims.len());
        }
        return;
    }
    let mut read: Vec<Reading> = Vec::with_capacity(mentions.len());
    for index in 0..mentions.len() {
        let reading = read_mention(
            sentence,
            lexicon,
            &mentions,
            index,
            &read,
            carry.as_ref().map(|c| &c.0),
        );
        read.push(reading);
    }
    // The last figure that counts something carries its noun into the next sentence of the
    // paragraph: "Russia launched 108 drones. Air defences shot down 70 of them."
    if let Some(last) = antecedent(&read, read.len()) {
        *carry = Some(Carry(last.clone()));
    }
    complete_partitives(lexicon, &mentions, &mut read);
    complete_coordination(lexicon, sentence, &mentions, &mut read);
    place_respectively(sentence, lexicon, &mentions, &mut read);
    let source = attribution(sentence, lexicon);
    if let Some(from) = cumulative_from(sentence, lexicon) {
        // To the end of its clause: "Since 2014 Russia has occupied Crimea, and on Friday it
        // launched 500 drones" is no running total of drones.
        let toks = &sentence.tokens;
        let to = (from..toks.len())
            .find(|&k| {
                toks[k].text == ";"
                    || (toks[k].text == ","
                        && toks
                            .get(k + 1)
                            .is_some_and(|t| matches!(t.lower.as_ref(), "and" | "but" | "while")))
            })
            .unwrap_or(toks.len());
        for (mention, reading) in mentions.iter().zip(read.iter_mut()) {
            if mention.first >= from && mention.first < to {
                reading.cumulative = true;
            }
        }
    }
    // An occasion the whole sentence names wins over a date after one figure; one that closes
    // a change's starting figure is that figure's alone ("climbed to $610 million from $540
    // million a year earlier").
    if let Some(occasion) = sentence_occasion(sentence, lexicon) {
        for reading in &mut read {
            reading.occasion = Some(occasion.clone());
        }
    } else if let Some((first, marker_at, occasion)) = baseline_occasion(sentence, lexicon) {
        for (mention, reading) in mentions.iter().zip(read.iter_mut()) {
            if mention.first >= first && mention.end <= marker_at {
                reading.occasion = Some(occasion.clone());
            }
        }
    }
    let start = claims.len();
    let mut placed: Vec<(usize, usize)> = Vec::with_capacity(mentions.len());
    for (mention, mut reading) in mentions.iter().zip(read) {
        reading.unit = reading
            .unit
            .map(|unit| super::units::of_angle(&sentence.tokens, mention.first, mention.end, unit));
        let end = reading
            .phrase_end
            .max(mention.end)
            .min(sentence.tokens.len());
        let claim = to_claim(sentence, lexicon, mention, reading, source.clone());
        // "a child" counts only as a figure of a measure: "a child was killed", not "a child
        // of the village".
        let unmeasured = matches!(&claim.kind, ClaimKind::Quantity(q) if q.measure.is_none());
        if !(mention.article && unmeasured) {
            claims.push(claim);
            placed.push((mention.first, end));
        }
    }
    estimates_of_earlier(lexicon, &sentence.tokens, &placed, &mut claims[start..]);
    durations::join_compound_durations(sentence, &mut placed, claims, start);
    if sentence.text.contains(':') {
        durations::clock_durations(sentence, claims, start);
    }
}

/// Gives an amount held against an estimate ("surpassing the expected $55.4 billion") the
/// estimate's measure of the amount before it (`parse::metrics::estimates_of_earlier`).
fn estimates_of_earlier(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    placed: &[(usize, usize)],
    claims: &mut [Claim],
) {
    if claims.len() < 2 {
        return;
    }
    fn quantity(c: &Claim) -> Option<&Quantity> {
        match &c.kind {
            ClaimKind::Quantity(q) => Some(q.as_ref()),
            _ => None,
        }
    }
    let amounts: Vec<super::metrics::Placed<'_>> = claims
        .iter()
        .zip(placed)
        .map(|(c, &(first, end))| super::metrics::Placed {
            first,
            end,
            unit: quantity(c).and_then(|q| q.unit.as_deref()),
            measure: quantity(c).and_then(|q| q.measure.as_deref()),
        })
        .collect();
    let found = super::metrics::estimates_of_earlier(lexicon, toks, &amounts);
    for (claim, measure) in claims.iter_mut().zip(found) {
        if let (Some(measure), ClaimKind::Quantity(q)) = (measure, &mut claim.kind) {
            q.measure = Some(measure.into());
        }
    }
}

/// What a figure counted, carried from one sentence to the next.
#[derive(Clone, Debug)]
pub struct Carry(Reading);

/// A number found in the sentence, with its hedge, before its context is read.
#[derive(Clone, Debug)]
struct Mention {
    /// First token of the mention (the hedge, when there is one).
    first: usize,
    /// Token after the number and any hedge written after it.
    end: usize,
    number: f64,
    range: Option<[f64; 2]>,
    hedge: Hedge,
    interval: Interval,
    /// A unit given by the number's own notation: "%", "$".
    unit: Option<String>,
    /// A word of rough size rather than a number: "dozens", "hundreds".
    vague: bool,
    /// "a" or "an" before a singular noun of a counted class: "a child was killed". Kept only
    /// when the reading gives it a measure.
    article: bool,
}

impl Mention {
    /// An exact number over tokens `first..end`, with no unit of its own.
    fn exact(first: usize, end: usize, number: f64) -> Mention {
        Mention {
            first,
            end,
            number,
            range: None,
            hedge: Hedge::Exact,
            interval: Interval::exact(number),
            unit: None,
            vague: false,
            article: false,
        }
    }
}

/// What the context says about a mention.
#[derive(Clone, Debug, Default)]
struct Reading {
    counted: Option<String>,
    counted_inherited: bool,
    class: Option<usize>,
    action: Option<usize>,
    /// True when the action was found after the noun phrase.
    action_after: bool,
    /// Where the chosen action's words start.
    action_start: usize,
    action_end: usize,
    unit: Option<String>,
    role: Option<QuantityRole>,
    owner: Option<String>,
    actor: Option<String>,
    place: Option<String>,
    cumulative: bool,
    occasion: Option<String>,
    change: Option<Change>,
    /// Token after the noun phrase.
    phrase_end: usize,
    /// Index of the mention this one is the part of ("35 of the 108").
    part_of: Option<usize>,
    /// True for a mention joined to the one before by "and" or a comma with nothing between.
    coordinated: bool,
    /// True for a figure introduced by "including", "with": a subset, whatever it counts.
    subset_marker: bool,
    /// An action written as an adjective in the noun phrase: "294 injured individuals".
    adjective_action: Option<usize>,
    /// True when the action is right before the figure ("killed 35") or after its phrase.
    action_adjacent: bool,
    /// Where adjectives before an action's noun start: "new" of "7 new deaths".
    adjectives_start: Option<usize>,
}

pub(super) const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "from",
    "with",
    "that",
    "which",
    "were",
    "was",
    "had",
    "have",
    "has",
    "is",
    "are",
    "be",
    "been",
    "and",
    "or",
    "but",
    "as",
    "than",
    "per",
    "into",
    "across",
    "over",
    "after",
    "before",
    "during",
    "since",
    "this",
    "its",
    "their",
    "his",
    "her",
    "it",
    "they",
    "who",
    "while",
    "when",
    "where",
    "not",
    "no",
    "all",
    "despite",
    "amid",
    "against",
    "between",
    "through",
    "about",
    "around",
    "under",
    "within",
    "without",
    "toward",
    "towards",
    "upon",
    "via",
    "including",
    "said",
    "says",
    "according",
    "overnight",
    "yesterday",
    "today",
    "alone",
    "each",
    "apiece",
    "more",
    "less",
    "so",
    "last",
    "next",
    "this",
    "every",
    "remain",
    "remained",
    "remains",
    "stayed",
    "still",
    "now",
    "then",
    "there",
    "here",
    "later",
    "earlier",
    "ago",
    "away",
];

/// A plain singular for units of uncounted nouns: "regions" → "region".
pub(super) fn singular(word: &str) -> String {
    const IRREGULAR: &[(&str, &str)] = &[
        ("men", "man"),
        ("women", "woman"),
        ("children", "child"),
        ("feet", "foot"),
        ("teeth", "tooth"),
        ("mice", "mouse"),
        ("geese", "goose"),
        ("loaves", "loaf"),
        ("lives", "life"),
        ("knives", "knife"),
        ("wives", "wife"),
        ("halves", "half"),
        ("thieves", "thief"),
        ("leaves", "leaf"),
        ("wolves", "wolf"),
        ("shelves", "shelf"),
        ("criteria", "criterion"),
        ("phenomena", "phenomenon"),
    ];
    if let Some((_, one)) = IRREGULAR.iter().find(|(many, _)| *many == word) {
        return one.to_string();
    }
    if matches!(
        word,
        "species" | "series" | "news" | "means" | "headquarters" | "crossroads"
    ) {
        word.to_string()
    } else if ["ches", "shes", "sses", "xes", "zes"]
        .iter()
        .any(|e| word.ends_with(e))
    {
        word[..word.len() - 2].to_string()
    } else if let Some(stem) = word.strip_suffix("ies") {
        format!("{stem}y")
    } else if word.ends_with("ss") || word.ends_with("us") {
        word.to_string()
    } else if let Some(stem) = word.strip_suffix('s') {
        stem.to_string()
    } else {
        word.to_string()
    }
}

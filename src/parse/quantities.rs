//! Quantity claims: a number, its hedge, what it counts and what happened to it.
//!
//! The sentence is read in two passes. The first finds every number mention with its hedge
//! (nom parsers over the text at each token). The second reads the words around each mention:
//! the counted noun phrase, the action, partitives ("35 of the 108"), subsets ("including two
//! children"), increments ("an additional 58"), coordination ("653 drones and 51 missiles"),
//! the place and whether the figure is a running total.

use super::numbers::{self, Written};
use super::places::{nation_reporting_first, place_near, reporting_nation};
use super::{Sentence, Skipped};
use crate::claim::{
    Change, Claim, ClaimKind, Elapsed, Hedge, Interval, Quantity, QuantityRole, TimeUnit,
};
use crate::lexicon::Lexicon;
use crate::text::Token;

/// Reads every quantity claim of one sentence.
pub fn quantities(
    sentence: &Sentence<'_>,
    lexicon: &Lexicon,
    claims: &mut Vec<Claim>,
    skipped: &mut Vec<Skipped>,
    carry: &mut Option<Carry>,
) {
    let mentions = find_mentions(sentence, lexicon, skipped);
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
    } else if let Some((marker_at, occasion)) = baseline_occasion(sentence, lexicon) {
        for (mention, reading) in mentions.iter().zip(read.iter_mut()) {
            if mention.end <= marker_at && marker_at - mention.end <= 1 {
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
    estimates_of_earlier(&sentence.tokens, &placed, &mut claims[start..]);
}

/// Gives an amount held against an estimate ("surpassing the expected $55.4 billion") the
/// estimate's measure of the amount before it (`parse::metrics::estimates_of_earlier`).
fn estimates_of_earlier(toks: &[Token<'_>], placed: &[(usize, usize)], claims: &mut [Claim]) {
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
    let found = super::metrics::estimates_of_earlier(toks, &amounts);
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

const AUXILIARIES: &[&str] = &[
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

/// A number read from text, with its hedge: the number grammar alone, without the claim.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberRead {
    pub span: crate::span::Span,
    pub number: f64,
    pub range: Option<[f64; 2]>,
    pub hedge: Hedge,
    pub interval: Interval,
    /// The unit of measure written with the number ("$", "km", "degrees Celsius"), by the
    /// lexicon's id.
    pub unit: Option<String>,
    /// The number with its unit: `span` stretched over a unit written after it.
    pub with_unit: crate::span::Span,
}

/// Every number in a sentence with its hedge, as the claim parser reads them.
pub fn numbers_in(s: &Sentence<'_>, lexicon: &Lexicon) -> Vec<NumberRead> {
    let mut skipped = Vec::new();
    let mut reads: Vec<super::units::Placed> = find_mentions(s, lexicon, &mut skipped)
        .into_iter()
        .map(|m| {
            let span = s.tokens[m.first].span.cover(s.tokens[m.end - 1].span);
            // A fraction's unit is what follows it: "a 1/4 mile oval".
            let (unit, unit_end) = match m.unit.filter(|u| u != "fraction") {
                Some(unit) => (Some(unit), m.end),
                None => match super::units::after(lexicon, &s.tokens, m.end) {
                    Some((unit, end)) => (Some(unit), end),
                    None => (None, m.end),
                },
            };
            let unit = unit.map(|u| super::units::of_angle(&s.tokens, m.first, unit_end, u));
            super::units::Placed {
                first: m.first,
                end: m.end,
                read: NumberRead {
                    span,
                    number: m.number,
                    range: m.range,
                    hedge: m.hedge,
                    interval: m.interval,
                    unit,
                    with_unit: span.cover(s.tokens[unit_end - 1].span),
                },
            }
        })
        .collect();
    super::units::share_units(&s.tokens, &mut reads);
    reads.into_iter().map(|p| p.read).collect()
}

fn find_mentions(s: &Sentence<'_>, lexicon: &Lexicon, skipped: &mut Vec<Skipped>) -> Vec<Mention> {
    let toks = &s.tokens;
    let mut mentions = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some(found) = lexicon.vague_forms.longest_at(toks, i) {
            let vague = &lexicon.vague[*found.value];
            mentions.push(Mention {
                first: i,
                end: i + found.len,
                number: vague.low,
                range: Some([vague.low, vague.high]),
                hedge: Hedge::Range,
                interval: Interval {
                    low: Some(vague.low),
                    high: Some(vague.high),
                    inclusive: [true, true],
                },
                unit: None,
                vague: true,
                article: false,
            });
            i += found.len;
            continue;
        }
        // "an hour and a half", "lasted an hour": a duration of one unit, with its half.
        if matches!(toks[i].lower.as_ref(), "a" | "an")
            && toks
                .get(i + 1)
                .is_some_and(|t| !t.lower.ends_with('s') && TimeUnit::parse(&t.lower).is_some())
        {
            let half = toks.get(i + 2).is_some_and(|t| t.lower == "and")
                && toks.get(i + 3).is_some_and(|t| t.lower == "a")
                && toks.get(i + 4).is_some_and(|t| t.lower == "half");
            let lasting = lexicon
                .lasting_verbs
                .longest_ending_at(toks, i, 3)
                .is_some()
                || (i > 0 && matches!(toks[i - 1].lower.as_ref(), "about" | "nearly" | "almost"));
            if half || lasting {
                let number = if half { 1.5 } else { 1.0 };
                mentions.push(Mention::exact(i, i + 1, number));
                i += if half { 5 } else { 1 };
                continue;
            }
        }
        // "more than a foot of rain", "nearly a mile": one unit of measure.
        if let Some(end) = one_unit_of_measure(lexicon, toks, i) {
            mentions.push(with_hedges(
                lexicon,
                toks,
                Mention {
                    article: true,
                    ..Mention::exact(i, end, 1.0)
                },
            ));
            i = end;
            continue;
        }
        // "a child was killed", "killed a child": one.
        // Not "not a child was hurt", nor "each year a child is killed".
        let negated_or_generic = toks[i.saturating_sub(3)..i].iter().any(|t| {
            matches!(
                t.lower.as_ref(),
                "not" | "no" | "never" | "nor" | "each" | "every" | "per"
            )
        });
        if matches!(toks[i].lower.as_ref(), "a" | "an")
            && !negated_or_generic
            && let Some(noun) = lexicon.class_nouns.longest_at(toks, i + 1)
            && noun.len == 1
            && !toks[i + 1].lower.ends_with('s')
            && of_beings(lexicon, *noun.value)
        {
            mentions.push(Mention {
                first: i,
                end: i + 1,
                number: 1.0,
                range: None,
                hedge: Hedge::Exact,
                interval: Interval {
                    low: Some(1.0),
                    high: Some(1.0),
                    inclusive: [true, true],
                },
                unit: None,
                vague: false,
                article: true,
            });
            i += 1;
            continue;
        }
        match number_at(s, lexicon, i) {
            NumberAt::Mention(mention) => {
                i = mention.end;
                mentions.push(mention);
            }
            NumberAt::Skipped { end, reason } => {
                skipped.push(Skipped {
                    span: toks[i].span.cover(toks[end - 1].span),
                    reason,
                });
                i = end;
            }
            NumberAt::None => i += 1,
        }
    }
    join_compounds(lexicon, toks, &mut mentions);
    join_bounds(toks, &mut mentions);
    mentions
}

/// "more than 10 and less than 40", "at most 100 and at least 20": a bound on each side joined
/// by "and" is one range ("more than 40 and less than 10" stays two figures).
fn join_bounds(toks: &[Token<'_>], mentions: &mut Vec<Mention>) {
    let mut joined: Vec<Mention> = Vec::with_capacity(mentions.len());
    for next in mentions.drain(..) {
        let range = joined.last().and_then(|last| {
            let and = last.end;
            let adjacent = toks.get(and).is_some_and(|t| t.lower == "and") && next.first == and + 1;
            let floor = |m: &Mention| matches!(m.hedge, Hedge::AtLeast | Hedge::MoreThan);
            let ceiling = |m: &Mention| matches!(m.hedge, Hedge::AtMost | Hedge::LessThan);
            let (low, high) = match () {
                _ if floor(last) && ceiling(&next) => (last, &next),
                _ if ceiling(last) && floor(&next) => (&next, last),
                _ => return None,
            };
            let (l, h) = (low.interval.low?, high.interval.high?);
            (adjacent && last.unit == next.unit && l < h).then(|| Interval {
                low: Some(l),
                high: Some(h),
                inclusive: [low.interval.inclusive[0], high.interval.inclusive[1]],
            })
        });
        match (range, joined.last_mut()) {
            (Some(interval), Some(m)) => {
                let (l, h) = (interval.low.unwrap_or(0.0), interval.high.unwrap_or(0.0));
                m.number = l;
                m.range = Some([l, h]);
                m.hedge = Hedge::Range;
                m.interval = interval;
                m.end = next.end;
            }
            _ => joined.push(next),
        }
    }
    *mentions = joined;
}

/// "5 feet 2 inches", "3 dollars and 50 cents": two numbers that write one amount in a unit
/// and a smaller one become one mention in the larger unit.
fn join_compounds(lexicon: &Lexicon, toks: &[Token<'_>], mentions: &mut Vec<Mention>) {
    fn part(m: &Mention) -> super::units::Part<'_> {
        super::units::Part {
            first: m.first,
            end: m.end,
            number: m.number,
            ranged: m.range.is_some() || m.vague,
            unit: m.unit.as_deref(),
        }
    }
    let mut joined: Vec<Mention> = Vec::with_capacity(mentions.len());
    for next in mentions.drain(..) {
        let compound = joined
            .last()
            .and_then(|last| super::units::compound(lexicon, toks, &part(last), &part(&next)));
        match (compound, joined.last_mut()) {
            (Some((value, unit, end)), Some(m)) => {
                let added = value - m.number;
                m.number = value;
                m.interval.low = m.interval.low.map(|low| low + added);
                m.interval.high = m.interval.high.map(|high| high + added);
                m.unit = Some(unit);
                m.end = end;
            }
            _ => joined.push(next),
        }
    }
    *mentions = joined;
}

enum NumberAt {
    Mention(Mention),
    Skipped { end: usize, reason: &'static str },
    None,
}

fn number_at(s: &Sentence<'_>, lexicon: &Lexicon, i: usize) -> NumberAt {
    let toks = &s.tokens;
    let tok = &toks[i];
    // ".08": a decimal point on its own before the digits.
    let leading_point = tok.text == "."
        && (i == 0 || tok.space_before)
        && toks
            .get(i + 1)
            .is_some_and(|n| !n.space_before && n.text.starts_with(|c: char| c.is_ascii_digit()));
    // A currency code glued before the digits: "RM12.40", "Rs500".
    let glued_code = super::units::glued_before(lexicon, tok.text);
    let skip = glued_code.as_ref().map_or(0, |(_, len)| *len);
    let starts_like_number = leading_point
        || skip > 0
        || numbers::is_vulgar_fraction(tok.text)
        || tok.text.starts_with(|c: char| c.is_ascii_digit())
        || (tok.text.starts_with('.') && tok.text[1..].starts_with(|c: char| c.is_ascii_digit()))
        || tok.text.starts_with(char::is_alphabetic);
    if !starts_like_number {
        return NumberAt::None;
    }
    // Most words are no numbers: test the word grammar only on words that can begin one.
    if skip == 0 && tok.text.starts_with(char::is_alphabetic) {
        let next_follows_a = toks
            .get(i + 1)
            .is_some_and(|n| numbers::follows_a_in_number(&n.lower));
        if !numbers::may_start_word_number(&tok.lower) || (tok.lower == "a" && !next_follows_a) {
            return NumberAt::None;
        }
    }
    if let Some(mention) = fraction_at(s, lexicon, i) {
        return NumberAt::Mention(with_hedges(lexicon, toks, mention));
    }
    // "a single drone".
    if tok.lower == "a"
        && toks.get(i + 1).is_some_and(|t| t.lower == "single")
        && lexicon.class_nouns.longest_at(toks, i + 2).is_some()
    {
        let mention = Mention::exact(i, i + 2, 1.0);
        return NumberAt::Mention(mention);
    }
    let rel = tok.span.start - s.span.start + skip;
    let Ok((rest, number)) = numbers::number(&s.text[rel..]) else {
        return NumberAt::None;
    };
    let end_byte = s.span.start + (s.text.len() - rest.len());
    let end = toks.partition_point(|t| t.span.start < end_byte);
    // The number stops inside a token: a unit glued to it ("1,500km", "512GB"), else no count
    // ("4th", "8.06.10").
    let mut glued_unit = glued_code.map(|(unit, _)| unit);
    let mut glued_scale = 1.0;
    let mut end = end;
    if toks[end - 1].span.end != end_byte {
        let mut word_end = toks[end - 1].span.end;
        // A rate or a power glued in one word: "10km/hr", "4km^2".
        if toks
            .get(end)
            .is_some_and(|t| matches!(t.text, "/" | "^") && !t.space_before)
            && let Some(per) = toks.get(end + 1).filter(|t| !t.space_before)
            && super::units::glued_after(
                lexicon,
                &s.text[end_byte - s.span.start..per.span.end - s.span.start],
            )
            .is_some()
        {
            word_end = per.span.end;
            end += 2;
        }
        let rest = &s.text[end_byte - s.span.start..word_end - s.span.start];
        match super::units::glued_after(lexicon, rest) {
            Some(_) if super::units::letter_code(toks, end, rest) => {
                return NumberAt::Skipped {
                    end,
                    reason: "a code or form name, not an amount",
                };
            }
            Some(unit) if glued_unit.is_none() => glued_unit = Some(unit.clone()),
            // "$2.17T": a capital T after an amount of money is trillions (tonnes are "t").
            None if rest == "T"
                && (glued_unit.is_some() || super::units::before(lexicon, toks, i).is_some()) =>
            {
                glued_scale = 1e12;
            }
            _ => {
                return NumberAt::Skipped {
                    end,
                    reason: "number joined to other characters",
                };
            }
        }
    }
    let digits = number.written == Written::Digits;
    let mut number = number;
    number.value *= glued_scale;
    // "a $2.7-billion fine", "a 40-million-euro deal": a scale joined by a hyphen.
    if toks[end - 1].span.end == end_byte
        && toks
            .get(end)
            .is_some_and(|t| t.text == "-" && !t.space_before)
        && let Some(scale) =
            toks.get(end + 1)
                .filter(|t| !t.space_before)
                .and_then(|t| match t.lower.as_ref() {
                    "thousand" => Some(1e3),
                    "million" => Some(1e6),
                    "billion" => Some(1e9),
                    "trillion" => Some(1e12),
                    _ => None,
                })
    {
        number.value *= scale;
        end += 2;
    }
    if digits && glued_unit.is_none() {
        let (value, to) = space_grouped(lexicon, toks, i, end, number.value);
        number.value = value;
        end = to;
    }
    if !digits {
        // "One" often means "a" ("one of the worst nights"); it counts only beside a noun it
        // counts. Capitalised number words mid-sentence are names ("Formula One").
        let counted_next = (end..(end + 3).min(toks.len()))
            .any(|j| lexicon.class_nouns.longest_at(toks, j).is_some());
        let hyphen_unit = toks
            .get(end)
            .is_some_and(|t| t.text == "-" && !t.space_before)
            && toks
                .get(end + 1)
                .is_some_and(|t| TimeUnit::parse(&t.lower).is_some());
        let unit_next = toks
            .get(end)
            .is_some_and(|t| TimeUnit::parse(&t.lower).is_some())
            || super::units::after(lexicon, toks, end).is_some();
        // "minus one", "negative one": a signed number.
        let signed = i > 0 && matches!(toks[i - 1].lower.as_ref(), "minus" | "negative");
        if tok.lower == "one"
            && number.value == 1.0
            && !signed
            && !counted_next
            && !hyphen_unit
            && !unit_next
            && !one_in_a_list(toks, i, end)
        {
            return NumberAt::None;
        }
        // "The “Seven Minute” heist": a unit of time after it makes it a number.
        if !s.numbers_only
            && tok.is_capitalised()
            && i > 0
            && !counted_next
            && !unit_next
            && !hyphen_unit
        {
            return NumberAt::None;
        }
    }
    if let Some(reason) = not_a_count(s, lexicon, i, end, digits, number.value) {
        return NumberAt::Skipped { end, reason };
    }

    let mut mention = Mention {
        first: i,
        end,
        number: number.value,
        range: None,
        hedge: Hedge::Exact,
        interval: Interval::exact(number.value),
        unit: glued_unit,
        vague: false,
        article: false,
    };
    if digits
        && mention.unit.is_none()
        && super::units::metres_not_millions(toks, i, end)
        && super::units::before(lexicon, toks, i).is_none()
    {
        mention.number /= 1e6;
        mention.interval = Interval::exact(mention.number);
        mention.unit = Some("metre".into());
    }

    // Notation units: "$40m", "USD 5 million", "3.7%", "40 percent".
    if mention.unit.is_none()
        && let Some((unit, first)) = super::units::before(lexicon, toks, i)
    {
        mention.unit = Some(unit);
        mention.first = first;
    }
    // "$-99.99": a minus sign between the currency and its digits.
    if mention.unit.is_none()
        && digits
        && signed_after_currency(lexicon, toks, i)
        && let Some((unit, first)) = super::units::before(lexicon, toks, i - 1)
    {
        mention.unit = Some(unit);
        mention.first = first;
        mention.number = -mention.number;
        mention.interval = Interval::exact(mention.number);
    }
    // A code with a scale: "30 MUSD", "75 USD million", "MEUR 120".
    if mention.unit.is_none() {
        let scaled = super::units::scaled_code_after(lexicon, toks, end)
            .map(|(unit, scale, to)| (unit, scale, i, to))
            .or_else(|| {
                let code = i.checked_sub(1)?;
                super::units::million_code(lexicon, toks[code].text)
                    .map(|unit| (unit, 1e6, code, end))
            });
        if let Some((unit, scale, first, to)) = scaled {
            mention.unit = Some(unit);
            mention.first = first;
            mention.end = to;
            mention.number *= scale;
            mention.interval = Interval::exact(mention.number);
        }
    }
    // A sign before the number or its currency: "-5C", "minus 40 degrees", "-$5m", "−2.3%",
    // "minus five point five", "negative one".
    if mention.first > 0 {
        let before = mention.first - 1;
        if matches!(toks[before].lower.as_ref(), "minus" | "negative")
            || (digits && is_minus_sign(toks, mention.first))
        {
            mention.first = before;
            mention.number = -mention.number;
            mention.interval = Interval::exact(mention.number);
        }
    }
    if let Some(next) = toks.get(end) {
        if next.text == "%" || next.lower == "percent" {
            mention.unit = Some("percentage".into());
            mention.end = end + 1;
        } else if next.lower == "per" && toks.get(end + 1).is_some_and(|t| t.lower == "cent") {
            mention.unit = Some("percentage".into());
            mention.end = end + 2;
        }
    }

    // Ranges: "between 10 and 12", "10 to 12", "10-12".
    let before_between = mention.first > 0 && toks[mention.first - 1].lower == "between";
    let joiner = toks.get(mention.end).map(|t| t.lower.as_ref());
    // "fell 35% to 1.2 trillion roubles" states a change and a level, not a range.
    let mut change_end = mention.first;
    if change_end > 0 && toks[change_end - 1].lower == "by" {
        change_end -= 1;
    }
    let after_change = lexicon
        .change_forms
        .longest_ending_at(toks, change_end, 2)
        .is_some();
    // "raised it by £750m to £1.25bn": a change, then the level it reached.
    let after_by = mention.first > 0 && toks[mention.first - 1].lower == "by";
    let joins = match joiner {
        Some("and") => before_between,
        Some("to") if after_by => false,
        Some("to") => {
            !(after_change
                || (mention.first > 0
                    && toks[mention.first - 1].lower == "from"
                    && lexicon
                        .change_forms
                        .longest_ending_at(toks, mention.first - 1, 2)
                        .is_some()))
        }
        Some("-") | Some("–") => {
            toks.get(mention.end).is_some_and(|t| !t.space_before)
                || plain_range(toks, mention.first, mention.end)
        }
        _ => false,
    };
    // "between $10bn and $11bn": the high side repeats the currency sign.
    let mut high_at = mention.end + 1;
    if lexicon
        .unit_before
        .longest_at(toks, high_at)
        .is_some_and(|f| f.len == 1)
        && toks.get(high_at + 1).is_some_and(|n| !n.space_before)
    {
        high_at += 1;
    }
    if joins
        && let Some(high_tok) = toks.get(high_at)
        && let Ok((rest, high)) = numbers::number(&s.text[high_tok.span.start - s.span.start..])
    {
        let high_end_byte = s.span.start + (s.text.len() - rest.len());
        let high_end = toks.partition_point(|t| t.span.start < high_end_byte);
        // "5 to 7 million", "$54.8–55 billion", "3-4bn": a scale after the high end is the
        // low end's too, where the low end has none of its own.
        let scale = written_digits(high_tok.text).map_or(1.0, |d| high.value / d);
        let low_unscaled = toks[mention.first..mention.end]
            .iter()
            .find_map(|t| written_digits(t.text))
            .is_some_and(|d| d == mention.number);
        if scale >= 1000.0 && low_unscaled && mention.number * scale < high.value {
            mention.number *= scale;
        }
        // Both ends are written the same way: "10% to 12%", "$10bn and $11bn", "10 to 12".
        let high_percent = toks
            .get(high_end)
            .is_some_and(|t| t.text == "%" || t.lower == "percent");
        // "10-12 percent", "10-12%": a hyphen's pair shares the sign after it.
        let hyphen_pair = matches!(joiner, Some("-") | Some("–")) && mention.unit.is_none();
        let same_notation = ((mention.unit.as_deref() == Some("percentage")) == high_percent
            || (hyphen_pair && high_percent))
            && (high_at == mention.end + 1 || mention.unit.is_some());
        if toks[high_end - 1].span.end == high_end_byte
            && high.value > mention.number
            && same_notation
        {
            mention.end = high_end;
            mention.range = Some([mention.number, high.value]);
            mention.hedge = Hedge::Range;
            mention.interval = Interval {
                low: Some(mention.number),
                high: Some(high.value),
                inclusive: [true, true],
            };
            if before_between
                || (mention.first > 0
                    && toks[mention.first - 1].lower == "from"
                    && joiner == Some("to"))
            {
                mention.first -= 1;
            }
            return NumberAt::Mention(mention);
        }
    }

    NumberAt::Mention(with_hedges(lexicon, toks, mention))
}

/// "10 000 dollars", "$1 500 000": digits grouped by plain spaces, read as one number only where
/// a unit or a currency closes or opens them ("March 3 200 people" is two numbers). The value
/// and the token after the digits.
fn space_grouped(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    i: usize,
    end: usize,
    value: f64,
) -> (f64, usize) {
    let digits = |t: &Token<'_>, len: std::ops::RangeInclusive<usize>| {
        len.contains(&t.text.len()) && t.text.bytes().all(|b| b.is_ascii_digit())
    };
    // "March 3 200 people": a day of a month, then a number.
    let day = i > 0 && lexicon.months.longest_at(toks, i - 1).is_some();
    if end != i + 1 || !digits(&toks[i], 1..=3) || day {
        return (value, end);
    }
    let mut grouped = value;
    let mut k = end;
    while let Some(t) = toks.get(k).filter(|t| t.space_before && digits(t, 3..=3)) {
        grouped = grouped * 1000.0 + t.text.parse::<f64>().unwrap_or(0.0);
        k += 1;
    }
    // Closed by a unit ("41 000 km"), a currency before it, a counted noun ("41 000 people")
    // or a group no number starts with ("12 050").
    let closed = || {
        super::units::after(lexicon, toks, k).is_some()
            || super::units::before(lexicon, toks, i).is_some()
            || lexicon.class_nouns.longest_at(toks, k).is_some()
            || toks[end..k].iter().any(|t| t.text.starts_with('0'))
    };
    if k > end && closed() {
        (grouped, k)
    } else {
        (value, end)
    }
}

/// Applies a hedge written before the number ("at least 14") or after it ("14 or more").
fn with_hedges(lexicon: &Lexicon, toks: &[Token<'_>], mut mention: Mention) -> Mention {
    // A hedge before the number ("at least 14") or after it ("14 or more").
    if let Some((start, found)) = lexicon
        .hedge_forms
        .longest_ending_at(toks, mention.first, 4)
    {
        let entry = &lexicon.hedges[*found.value];
        // "57 drones over seven regions": after a noun, "over" is a preposition.
        let prepositional = found.len == 1
            && matches!(
                toks[start].lower.as_ref(),
                "over" | "under" | "above" | "below"
            )
            && start > 0
            && (is_noun(lexicon, toks, start - 1) || after_verb_and_name(toks, start));
        if !entry.after && !prepositional {
            mention.first = start;
            apply_hedge(&mut mention, entry);
        }
    }
    // A hedge after the number is the more precise one: "about 500 or more" is at least 500.
    if matches!(mention.hedge, Hedge::Exact | Hedge::Approx)
        && let Some(found) = lexicon.hedge_after_forms.longest_at(toks, mention.end)
    {
        let entry = &lexicon.hedges[*found.value];
        if entry.after {
            mention.end += found.len;
            apply_hedge(&mut mention, entry);
        }
    }
    mention
}

fn apply_hedge(mention: &mut Mention, entry: &crate::lexicon::HedgeEntry) {
    let n = mention.number;
    mention.hedge = entry.kind;
    mention.interval = match entry.kind {
        Hedge::Exact | Hedge::Range => Interval::exact(n),
        // Below zero "about -5" is -5.5 to -4.5: the bounds are taken in order.
        Hedge::Approx => Interval {
            low: Some((n * (1.0 - entry.below)).min(n * (1.0 + entry.above))),
            high: Some((n * (1.0 - entry.below)).max(n * (1.0 + entry.above))),
            inclusive: entry.inclusive,
        },
        Hedge::AtLeast => Interval {
            low: Some(n),
            high: None,
            inclusive: [true, false],
        },
        Hedge::MoreThan => Interval {
            low: Some(n),
            high: None,
            inclusive: [false, false],
        },
        Hedge::AtMost => Interval {
            low: Some(0.0),
            high: Some(n),
            inclusive: [true, true],
        },
        Hedge::LessThan => Interval {
            low: Some(0.0),
            high: Some(n),
            inclusive: [true, false],
        },
    };
}

/// "1000-5000", "5k-20k": two numbers joined by a hyphen where the second is larger and not a
/// year, month or day; "2025-02-03", "2022-2023" and "10-3" are not ranges.
fn plain_range(toks: &[Token<'_>], i: usize, end: usize) -> bool {
    let (Some(dash), Some(high)) = (toks.get(end), toks.get(end + 1)) else {
        return false;
    };
    if !matches!(dash.text, "-" | "–")
        || toks
            .get(end + 2)
            .is_some_and(|t| matches!(t.text, "-" | "/") && !t.space_before)
    {
        return false;
    }
    let (Ok((_, low)), Ok((_, high))) = (numbers::number(toks[i].text), numbers::number(high.text))
    else {
        return false;
    };
    let year = |v: f64| (1800.0..=2100.0).contains(&v);
    // "10-12 percent", "12-14 billion": a percentage or a scale after the pair makes it a
    // range, whatever its size.
    let percent_or_scale = toks.get(end + 2).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "%" | "percent" | "pct" | "thousand" | "million" | "billion" | "trillion" | "bn" | "mn"
        ) || (t.lower == "per" && toks.get(end + 3).is_some_and(|c| c.lower == "cent"))
    });
    high.value > low.value
        && !(year(low.value) && year(high.value))
        && (high.value > 31.0 || percent_or_scale)
}

/// The value of the digits a token opens with, without a scale or a unit glued after them:
/// "4bn" → 4, "54.8" → 54.8, "1,500km" → 1500; `None` for a token that opens with no digit.
fn written_digits(text: &str) -> Option<f64> {
    let written: String = text
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(|c| *c != ',')
        .collect();
    let written = written.trim_end_matches('.');
    (!written.is_empty())
        .then(|| written.parse().ok())
        .flatten()
}

/// True for a word that ends a noun phrase: a counted noun or a plural noun.
/// Whether the words before token `at` are a verb and its object, a name: "sacking Ruben Tesk
/// over six straight defeats", "fined Harlow Foods over 30 breaches". "Over" there is a
/// preposition (because of), not a hedge.
fn after_verb_and_name(toks: &[Token<'_>], at: usize) -> bool {
    let mut k = at;
    while k > 0 && toks[k - 1].is_word() && toks[k - 1].is_capitalised() {
        k -= 1;
    }
    k < at
        && k > 0
        && toks[k - 1].is_word()
        && !toks[k - 1].is_capitalised()
        && (toks[k - 1].lower.ends_with("ing") || toks[k - 1].lower.ends_with("ed"))
        && toks[k - 1].lower.len() > 4
}

fn is_noun(lexicon: &Lexicon, toks: &[Token<'_>], j: usize) -> bool {
    let t = &toks[j];
    if lexicon
        .class_nouns
        .longest_ending_at(toks, j + 1, 4)
        .is_some()
    {
        return true;
    }
    let lower = t.lower.as_ref();
    t.is_word()
        && !t.is_capitalised()
        && lower.len() > 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && lexicon.action_forms.longest_at(toks, j).is_none()
        && !FUNCTION_WORDS.contains(&lower)
}

/// Fractions: "half", "a third", "two-thirds", "three quarters", "one in five", "1 in 10",
/// "half a million" (a number), "a quarter of a percentage point" (in that unit).
/// "a 1/4 mile oval", "a 3/8 inch gap": a fraction in digits before a unit of measure (without
/// one, "1/4" is as often a date or a score).
fn digit_fraction(lexicon: &Lexicon, toks: &[Token<'_>], i: usize) -> Option<Mention> {
    let small = |t: &Token<'_>| {
        (1..=2).contains(&t.text.len()) && t.text.bytes().all(|b| b.is_ascii_digit())
    };
    let (top, slash, bottom) = (toks.get(i)?, toks.get(i + 1)?, toks.get(i + 2)?);
    if !(small(top) && slash.text == "/" && small(bottom))
        || slash.space_before
        || bottom.space_before
        || (i > 0 && !top.space_before && toks[i - 1].text == "/")
    {
        return None;
    }
    let (n, d): (f64, f64) = (top.text.parse().ok()?, bottom.text.parse().ok()?);
    if n == 0.0 || n >= d {
        return None;
    }
    super::units::after(lexicon, toks, i + 3)?;
    Some(Mention::exact(i, i + 3, n / d))
}

fn fraction_at(s: &Sentence<'_>, lexicon: &Lexicon, i: usize) -> Option<Mention> {
    let toks = &s.tokens;
    let lower = |j: usize| toks.get(j).map(|t| t.lower.as_ref());
    if let Some(mention) = digit_fraction(lexicon, toks, i) {
        return Some(mention);
    }
    let previous = i.checked_sub(1).and_then(&lower);
    if let Some(value) = numbers::vulgar_value(toks[i].text) {
        // "a ½ mile walk": before a unit of measure, the unit is what it measures.
        if super::units::after(lexicon, toks, i + 1).is_some() {
            return Some(Mention::exact(i, i + 1, value));
        }
    }
    // "a third", "one-third", "two thirds", "five eighths", "twenty-three fifths". The grammar
    // runs only where a denominator follows within four words.
    let denominator_near = toks[i + 1..toks.len().min(i + 5)]
        .iter()
        .any(|t| numbers::is_denominator(&t.lower));
    let in_words = denominator_near
        .then(|| numbers::fraction_words(&s.text[toks[i].span.start - s.span.start..]).ok())
        .flatten()
        .and_then(|(rest, value)| {
            let end_byte = s.span.start + (s.text.len() - rest.len());
            let end = toks.partition_point(|t| t.span.start < end_byte);
            (toks[end - 1].span.end == end_byte).then_some((value, end))
        });
    let (value, mut end) = match lower(i)? {
        _ if let Some((value, end)) = in_words => {
            // "two quarters", "the two halves": periods of a year or a match, not fractions.
            let periods = (lower(end - 1) == Some("quarters") && value != 0.75)
                || (lower(end - 1) == Some("halves") && value == 1.0);
            if periods {
                return None;
            }
            (value, end)
        }
        "half" => (0.5, i + 1),
        text if numbers::vulgar_value(text).is_some() => (numbers::vulgar_value(text)?, i + 1),
        // "quarter million dollars": without its article, only before a scale.
        "quarter"
            if matches!(lower(i + 1), Some("million" | "billion" | "trillion"))
                && previous != Some("a") =>
        {
            (0.25, i + 1)
        }
        _ => {
            // "one in five", "1 in 10". No number runs to 32 tokens: without an "in" that
            // near, the number grammar need not run.
            if !toks[i + 1..toks.len().min(i + 32)]
                .iter()
                .any(|t| t.lower == "in")
            {
                return None;
            }
            let rel = toks[i].span.start - s.span.start;
            let (rest, n) = numbers::number(&s.text[rel..]).ok()?;
            let n_end =
                toks.partition_point(|t| t.span.start < s.span.start + (s.text.len() - rest.len()));
            if lower(n_end) != Some("in") {
                return None;
            }
            let d_tok = toks.get(n_end + 1)?;
            let (rest, d) = numbers::number(&s.text[d_tok.span.start - s.span.start..]).ok()?;
            let d_end =
                toks.partition_point(|t| t.span.start < s.span.start + (s.text.len() - rest.len()));
            let year = d_tok.text.len() == 4 && (1800.0..=2100.0).contains(&d.value);
            if d.value <= n.value || d.value == 0.0 || year {
                return None;
            }
            (n.value / d.value, d_end)
        }
    };
    // "second half", "first quarter", "the past three quarters": periods, not fractions.
    if previous.is_some_and(|p| {
        matches!(p, "the" | "this" | "last" | "next" | "past" | "previous")
            || numbers::ordinal(p).is_ok_and(|(rest, _)| rest.is_empty())
    }) {
        return None;
    }
    // A fraction stands alone, before "of", or after "by"/"than"; "a third day" is an ordinal.
    let next = lower(end);
    let alone = next.is_none_or(|w| {
        matches!(
            w,
            "of" | ","
                | "."
                | ";"
                | "since"
                | "from"
                | "in"
                | "on"
                | "and"
                | "or"
                | "to"
                | "more"
                | "less"
                | "fewer"
                | "what"
                | "was"
                | "were"
                | "is"
                | "are"
        )
    });
    let after_by = previous.is_some_and(|p| {
        matches!(
            p,
            "by" | "than" | "nearly" | "almost" | "about" | "some" | "over" | "roughly"
        )
    });
    // A fraction of a scale is a number: "half a million workers", "a quarter of a million
    // people", "three quarters of a billion dollars", "a quarter million", "half a dozen".
    let scale_at = |at: usize| match lower(at) {
        Some("thousand") => 1e3,
        Some("million") => 1e6,
        Some("billion") => 1e9,
        Some("trillion") => 1e12,
        Some("lakh") => 1e5,
        Some("crore") => 1e7,
        Some("dozen") => 12.0,
        _ => 0.0,
    };
    let scaled = if lower(end) == Some("a") && scale_at(end + 1) > 0.0 {
        Some((scale_at(end + 1), end + 2))
    } else if lower(end) == Some("of") && lower(end + 1) == Some("a") && scale_at(end + 2) > 0.0 {
        Some((scale_at(end + 2), end + 3))
    } else if scale_at(end) >= 1e6 {
        Some((scale_at(end), end + 1))
    } else if lower(end) == Some("-") && scale_at(end + 1) >= 1e6 {
        // "a quarter-million people".
        Some((scale_at(end + 1), end + 2))
    } else {
        None
    };
    if let Some((scale, scale_end)) = scaled {
        return Some(Mention::exact(i, scale_end, value * scale));
    }
    // Written as nothing but a fraction: "one-half", "two-thirds", a plural denominator ("three
    // halves"), or a fraction of a unit of measure ("one-half mile").
    let hyphenated = end >= i + 3 && lower(end - 2) == Some("-");
    let plural = lower(end - 1).is_some_and(|d| d.ends_with('s') && numbers::is_denominator(d));
    let measured = super::units::after(lexicon, toks, end).is_some();
    if !(alone || after_by || hyphenated || plural || measured) {
        return None;
    }
    let value = (value * 10_000.0).round() / 10_000.0;
    let mut unit = Some("fraction".to_string());
    // "a quarter of a percentage point".
    if next == Some("of")
        && lower(end + 1) == Some("a")
        && let Some(found) = lexicon.unit_forms.longest_at(toks, end + 2)
    {
        unit = Some(found.value.clone());
        end += 2 + found.len;
    }
    Some(Mention {
        first: i,
        end,
        number: value,
        range: None,
        hedge: Hedge::Exact,
        interval: Interval::exact(value),
        unit,
        vague: false,
        article: false,
    })
}

/// "more than a foot of rain", "nearly a mile", "a metre of snow": "a" or "an" before the
/// singular of a unit of measure is one of it, where a hedge stands before the article or
/// "of" names what was measured after the unit. Elsewhere the article is no figure ("shot in a
/// foot", "a mile away from home"). Returns the token after the article.
fn one_unit_of_measure(lexicon: &Lexicon, toks: &[Token<'_>], i: usize) -> Option<usize> {
    if !matches!(toks[i].lower.as_ref(), "a" | "an") {
        return None;
    }
    let unit_word = toks.get(i + 1)?;
    if unit_word.lower.ends_with('s') || unit_word.is_capitalised() {
        return None;
    }
    let (unit, unit_end) = super::units::after(lexicon, toks, i + 1)?;
    let info = super::units::info(lexicon, &unit)?;
    if info.factor.is_none() || matches!(info.dimension.as_str(), "duration" | "age") {
        return None;
    }
    let hedged = lexicon.hedge_forms.longest_ending_at(toks, i, 4).is_some();
    let of_something = toks.get(unit_end).is_some_and(|t| t.lower == "of");
    (hedged || of_something).then_some(i + 1)
}

/// A class of beings: one of its actions has victims ("killed", "injured"). "a child was
/// killed" is one child; "a drone struck" is not the count of drones launched.
fn of_beings(lexicon: &Lexicon, class: usize) -> bool {
    lexicon.classes[class].actions.iter().any(|action| {
        lexicon
            .action_index(action)
            .is_some_and(|a| lexicon.actions[a].victims.is_some())
    })
}

/// "one" as the last item of a list of counts by place: "three in Jamaica, three in Haiti and
/// one in the Dominican Republic". After "and" or a comma, before "in", "at" or "from" and a
/// name, with another count among the few words before.
fn one_in_a_list(toks: &[Token<'_>], i: usize, end: usize) -> bool {
    let after_joint = i > 0 && matches!(toks[i - 1].lower.as_ref(), "and" | ",");
    // The place ends the item: "and one in the Dominican Republic.", not "and one in Tarlo
    // said …".
    let before_place = toks
        .get(end)
        .is_some_and(|t| matches!(t.lower.as_ref(), "in" | "at" | "from"))
        && {
            let mut k = end + 1;
            if toks.get(k).is_some_and(|t| t.lower == "the") {
                k += 1;
            }
            let name = k;
            while k < name + 4
                && toks
                    .get(k)
                    .is_some_and(|t| t.is_word() && t.is_capitalised())
            {
                k += 1;
            }
            k > name
                && toks
                    .get(k)
                    .is_none_or(|t| matches!(t.lower.as_ref(), "," | "." | ";" | "and" | "—" | ")"))
        };
    let count_before = toks[i.saturating_sub(12)..i.saturating_sub(1)]
        .iter()
        .any(|t| is_number_token(t) && !matches!(t.lower.as_ref(), "a" | "an" | "one"));
    after_joint && before_place && count_before
}

/// Why a number at token `i` (ending before token `end`) is not a count, if it is not.
/// A number written as one token: "12", "twelve".
fn is_number_token(t: &Token<'_>) -> bool {
    t.text.starts_with(|c: char| c.is_ascii_digit())
        || numbers::word_number(&t.lower).is_ok_and(|(rest, _)| rest.is_empty())
}

/// The words that join the numbers of a list of ages: "aged 4, 9 and 12", "aged between 19
/// and 64", "aged 7 to 10".
fn joins_ages(t: &Token<'_>) -> bool {
    matches!(
        t.lower.as_ref(),
        "," | "and" | "or" | "to" | "-" | "–" | "between" | "from"
    )
}

/// A later item of a list of ages: "aged 4, 9 and 12", "ages 7 to 10". Looks back over numbers
/// and joints only, a dozen tokens at most.
fn in_a_list_of_ages(lexicon: &Lexicon, toks: &[Token<'_>], i: usize, end: usize) -> bool {
    // A number with a noun of its own is not an age: "aged 30 to 45 and 12 others".
    if lexicon.class_nouns.longest_at(toks, end).is_some()
        || lexicon.anaphora_forms.longest_at(toks, end).is_some()
        || (end < toks.len() && is_noun(lexicon, toks, end))
    {
        return false;
    }
    let mut j = i;
    while j > 0 && i - j < 12 {
        let t = &toks[j - 1];
        if matches!(t.lower.as_ref(), "aged" | "ages") {
            return j < i;
        }
        if !(joins_ages(t) || is_number_token(t)) {
            return false;
        }
        j -= 1;
    }
    false
}

fn not_a_count(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    i: usize,
    end: usize,
    digits: bool,
    value: f64,
) -> Option<&'static str> {
    let toks = &s.tokens;
    let tok = &toks[i];
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    let next = toks.get(end);
    if on_a_scale(lexicon, toks, i, end) {
        return Some("a reading on a scale, not a count");
    }
    if digits {
        // Names and codes with digits: "Su-34", "Kh-101", "S-300", "2025-02-03". A hyphen
        // with a space before it and none after is a minus sign: "fell to -5C".
        if let Some(p) = prev
            && !tok.space_before
            && (p.text == "-" || p.text == "/" || p.text == ":")
            && !is_minus_sign(toks, i)
            && !signed_after_currency(lexicon, toks, i)
        {
            return Some("part of a name or code");
        }
        // List markers and section numbers at the start of a line: "1.", "2)".
        // A marker has its item after it, on its line or the next; a number alone with its
        // full stop at the end of the text ("192.") marks nothing.
        if i == 0
            && next.is_some_and(|n| matches!(n.text, "." | ")") && !n.space_before)
            && (toks.len() > end + 1 || s.text_follows())
        {
            return Some("list marker");
        }
        // "Apollo 11", "Boeing 737", "10 Downing Street": digits inside a proper name.
        let capitalised_name = |t: &Token<'_>, at: usize| {
            t.is_word()
                && t.is_capitalised()
                && lexicon.months.longest_at(toks, at).is_none()
                && lexicon.weekdays.longest_at(toks, at).is_none()
                && lexicon.jurisdiction_forms.longest_at(toks, at).is_none()
                && lexicon.class_nouns.longest_at(toks, at).is_none()
                && lexicon.unit_forms.longest_at(toks, at).is_none()
                && lexicon.unit_before.longest_at(toks, at).is_none()
                && lexicon.hedge_forms.longest_at(toks, at).is_none()
                && super::units::million_code(lexicon, t.text).is_none()
                && !matches!(
                    t.text,
                    "The" | "A" | "An" | "In" | "On" | "At" | "By" | "Of"
                )
        };
        let named_before = i >= 2 && prev.is_some_and(|p| capitalised_name(p, i - 1));
        // A capitalised plural counts people or things ("52 Republicans", "15,000 Esselians"),
        // and digits grouped by commas are an amount ("76,200 Model 3 sedans"): neither names.
        let grouped = tok.text.contains(',') && tok.text.len() > 4;
        let named_after = next.is_some_and(|n| capitalised_name(n, end))
            && !capitalised_plural_at(toks, end)
            && !grouped
            && !(end..(end + 3).min(toks.len()))
                .any(|j| lexicon.class_nouns.longest_at(toks, j).is_some());
        // An amount in a currency's notation is no part of a name: "a $40 Gift Card",
        // "USD50 Cards", "the $5 Billion Fund".
        let notation = super::units::glued_before(lexicon, tok.text).is_some()
            || (i > 0 && super::units::before(lexicon, toks, i).is_some());
        // A unit of measure after the digits makes them an amount: "Processor 2.80 GHz".
        let measured = super::units::after(lexicon, toks, end).is_some();
        if ((named_before && !measured) || named_after) && !notation {
            return Some("part of a name or address");
        }
        if let Some(n) = next
            && !n.space_before
            && (n.text == "-" || n.text == "/" || n.text == ":")
            && toks
                .get(end + 1)
                .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))
            && !plain_range(toks, i, end)
        {
            return Some("date, time or code");
        }
        if next.is_some_and(|n| matches!(n.lower.as_ref(), "a.m" | "p.m" | "am" | "pm" | "gmt" | "utc" | "hours" if n.lower != "hours" || tok.text.len() == 4))
        {
            return Some("clock time");
        }
        if prev.is_some_and(|p| {
            matches!(
                p.lower.as_ref(),
                "no" | "#"
                    | "number"
                    | "article"
                    | "section"
                    | "paragraph"
                    | "page"
                    | "chapter"
                    | "route"
                    | "flight"
            )
        }) {
            return Some("a number that names something");
        }
        let plain = tok.text.chars().all(|c| c.is_ascii_digit());
        // A year unless money, a hedge or a range of non-years says otherwise: "$2000",
        // "above 1000", "1000-5000".
        let money = i > 0 && super::units::before(lexicon, toks, i).is_some();
        let hedged = lexicon.hedge_forms.longest_ending_at(toks, i, 4).is_some();
        if plain
            && tok.text.len() == 4
            && (1000.0..=2100.0).contains(&value)
            && lexicon.class_nouns.longest_at(toks, end).is_none()
            && !money
            && !hedged
            && !plain_range(toks, i, end)
            && !s.numbers_only
        {
            // The number grammar alone reads a year as the number it is.
            return Some("year");
        }
    }
    // Ages: "a 45-year-old man", "aged 45 years old".
    let is_age = (toks.get(end).is_some_and(|t| t.text == "-")
        && toks.get(end + 2).is_some_and(|t| t.text == "-")
        && toks.get(end + 3).is_some_and(|t| t.lower == "old"))
        || (toks.get(end + 1).is_some_and(|t| t.lower == "old")
            && toks
                .get(end)
                .is_some_and(|t| TimeUnit::parse(&t.lower).is_some()));
    let aged = prev.is_some_and(|p| matches!(p.lower.as_ref(), "aged" | "ages" | "age"))
        // "aged between 19 and 64", "aged from 3 to 9", "aged under 5".
        || (i >= 2
            && matches!(toks[i - 1].lower.as_ref(), "between" | "from" | "under" | "over")
            && matches!(toks[i - 2].lower.as_ref(), "aged" | "ages"))
        || in_a_list_of_ages(lexicon, toks, i, end);
    // Ages are no counts of anything; the number grammar alone still reads them.
    if (is_age || aged) && !s.numbers_only {
        return Some("age");
    }
    // Dates: "February 24", "24 February", "Feb. 24", "24th of February".
    let month_before = prev
        .is_some_and(|p| lexicon.months.longest_at(toks, i - 1).is_some() && p.is_capitalised())
        || (i >= 2
            && toks[i - 1].text == "."
            && lexicon.months.longest_at(toks, i - 2).is_some()
            && toks[i - 2].is_capitalised());
    let month_after = next
        .is_some_and(|n| n.is_capitalised() && lexicon.months.longest_at(toks, end).is_some())
        || (next.is_some_and(|n| n.lower == "of")
            && toks.get(end + 1).is_some_and(|n| {
                n.is_capitalised() && lexicon.months.longest_at(toks, end + 1).is_some()
            }));
    if digits && (month_before || month_after) && value <= 31.0 {
        return Some("day of a date");
    }
    if digits && month_before {
        return Some("year of a date");
    }
    None
}

/// True when the lexicon's scale words stand right before or after the number, with or
/// without a hyphen: "a magnitude 7.1 earthquake", "magnitude-7.1", "a 7.7-magnitude quake",
/// "7.1 on the Richter scale", "a category 4 hurricane".
fn on_a_scale(lexicon: &Lexicon, toks: &[Token<'_>], i: usize, end: usize) -> bool {
    let joined = |t: &Token<'_>, next: Option<&Token<'_>>| {
        t.text == "-" && !t.space_before && next.is_some_and(|n| !n.space_before)
    };
    let before_end = if i >= 1 && joined(&toks[i - 1], toks.get(i)) {
        i - 1
    } else {
        i
    };
    if lexicon
        .scale_before
        .longest_ending_at(toks, before_end, 4)
        .is_some()
    {
        return true;
    }
    let after_start = match toks.get(end) {
        Some(t) if joined(t, toks.get(end + 1)) => end + 1,
        _ => end,
    };
    lexicon.scale_after.longest_at(toks, after_start).is_some()
}

fn read_mention(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    mentions: &[Mention],
    index: usize,
    read: &[Reading],
    carry: Option<&Reading>,
) -> Reading {
    let toks = &s.tokens;
    let m = &mentions[index];
    let previous = index.checked_sub(1).map(|p| (&mentions[p], &read[p]));
    let next_start = mentions.get(index + 1).map_or(toks.len(), |n| n.first);
    let mut r = Reading {
        phrase_end: m.end,
        unit: m.unit.clone(),
        ..Reading::default()
    };

    // How the mention attaches to the one before it.
    let marker_end = m.first;
    let mut subset_marker = false;
    if let Some((_, found)) = lexicon
        .additional_markers
        .longest_ending_at(toks, marker_end, 3)
    {
        let _ = found;
        r.role = Some(QuantityRole::Additional);
    } else if previous.is_none()
        && toks.get(m.end).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "more" | "additional" | "further" | "extra"
            )
        })
        && toks
            .get(m.end + 1)
            .is_some_and(|t| t.is_word() && t.lower != "than")
    {
        // "claimed four more lives", "Two more bodies were found": more than a count given
        // before, not a total. ("killing 26 people and injuring 73 more": the others of a
        // figure before, read as such below.)
        r.role = Some(QuantityRole::Additional);
    } else if previous.is_some()
        && lexicon
            .subset_markers
            .longest_ending_at(toks, marker_end, 3)
            .is_some()
    {
        subset_marker = true;
    }
    r.subset_marker = subset_marker;
    // "Of the 58 dead, 40 were found in Marrow": a part of the figure the sentence opens with.
    if let Some((p, pr)) = previous
        && p.first >= 2
        && toks[p.first - 2].lower == "of"
        && toks[p.first - 1].lower == "the"
        && toks[pr
            .phrase_end
            .max(p.end)
            .max(if pr.action_after { pr.action_end } else { 0 })
            .min(m.first)..m.first]
            .iter()
            .map(|t| t.text)
            .eq([","])
    {
        r.role = Some(QuantityRole::Part);
        r.part_of = Some(index - 1);
    }
    if let Some((p, pr)) = previous {
        let between = &toks[pr.phrase_end.max(p.end).min(m.first)..m.first];
        r.coordinated = !between.is_empty()
            && between.iter().all(|t| {
                matches!(
                    t.lower.as_ref(),
                    "and" | "," | "plus" | "as" | "well" | "or"
                )
            })
            && between
                .iter()
                .any(|t| matches!(t.lower.as_ref(), "and" | "plus" | "or"));
    }

    // A change: "rose by 5%", "fell 3 points"; "fell to 25" is a level.
    let mut before = m.first;
    if before > 0 && toks[before - 1].lower == "by" {
        before -= 1;
    }
    // Not the particle of an action: "shot down 747 drones" is a count, not a fall.
    if let Some((_, found)) = lexicon.change_forms.longest_ending_at(toks, before, 2)
        && lexicon
            .action_forms
            .longest_ending_at(toks, before, 3)
            .is_none()
    {
        r.change = Some(*found.value);
    }

    let mut k = m.end;
    if r.unit.is_none() {
        // A hyphenated compound: "a 30-day pause", "the three-year conflict", "four-year-long".
        if let (Some(dash), Some(word)) = (toks.get(k), toks.get(k + 1))
            && dash.text == "-"
            && !dash.space_before
            && !word.space_before
            && word.text.chars().all(char::is_alphabetic)
            && lexicon.class_nouns.longest_at(toks, k + 1).is_none()
        {
            r.unit = Some(singular(&word.lower));
            r.role = Some(QuantityRole::Modifier);
            k += 2;
            while toks
                .get(k)
                .is_some_and(|t| t.text == "-" && !t.space_before)
                && toks.get(k + 1).is_some_and(|t| t.is_word())
            {
                k += 2;
            }
            // "the “Seven-Minute” heist": past the closing quote.
            while toks
                .get(k)
                .is_some_and(|t| matches!(t.text, "”" | "\"" | "’" | "'"))
                && toks.get(k + 1).is_some_and(|t| t.is_word())
            {
                k += 1;
            }
            return modified_noun(s, lexicon, r, k, next_start);
        }
        // Written apart, or set in quotes: "a seven minute heist", "the “Seven Minute” heist".
        // A singular unit of time before a noun modifies it.
        if let Some(word) = toks.get(k)
            && word.is_word()
            && !word.lower.ends_with('s')
            && TimeUnit::parse(&word.lower).is_some()
        {
            let mut noun = k + 1;
            while toks
                .get(noun)
                .is_some_and(|t| matches!(t.text, "”" | "\"" | "’" | "'"))
            {
                noun += 1;
            }
            if noun < next_start
                && toks[noun].is_word()
                && !toks[noun].is_capitalised()
                && !FUNCTION_WORDS.contains(&toks[noun].lower.as_ref())
            {
                r.unit = Some(word.lower.to_string());
                r.role = Some(QuantityRole::Modifier);
                return modified_noun(s, lexicon, r, noun, next_start);
            }
        }
    }

    // A vague amount that ends in its own "of" before "the": "dozens of the missiles" is a part
    // of the missiles, and counts missiles.
    if k > m.first + 1 && toks[k - 1].lower == "of" && toks.get(k).is_some_and(|t| t.lower == "the")
    {
        r.role = Some(QuantityRole::Part);
        k += 1;
    }

    // Partitives: "35 of the 108 drones", "three of them".
    if toks.get(k).is_some_and(|t| t.lower == "of")
        && let Some(det) = toks.get(k + 1)
    {
        match det.lower.as_ref() {
            "them" | "those" | "these" | "whom" | "which" => {
                if let Some(pr) = previous.map(|(_, pr)| pr).or(carry) {
                    inherit(&mut r, pr);
                }
                r.role = Some(QuantityRole::Part);
                k += 2;
            }
            _ if mentions.get(index + 1).is_some_and(|n| n.first == k + 1) => {
                // "24 of 25 drones".
                r.part_of = Some(index + 1);
                r.role = Some(QuantityRole::Part);
            }
            "the" => {
                if mentions.get(index + 1).is_some_and(|n| n.first == k + 2) {
                    r.part_of = Some(index + 1);
                    r.role = Some(QuantityRole::Part);
                } else {
                    r.role = Some(QuantityRole::Part);
                    k += 2;
                }
            }
            _ => {}
        }
    }

    // A unit of measure right after the number: "500 km", "40 tonnes", "0.4 percentage points".
    if r.counted.is_none()
        && r.part_of.is_none()
        && r.unit.is_none()
        && k < next_start
        && lexicon.class_nouns.longest_at(toks, k).is_none()
        && let Some(found) = lexicon.unit_forms.longest_at(toks, k)
        && !super::units::bare_points(toks, m.end, k, found.len)
    {
        r.unit = Some(unit_of(lexicon, toks, k, k + found.len));
        r.counted = Some(
            s.slice(toks[k].span.cover(toks[k + found.len - 1].span))
                .to_string(),
        );
        r.phrase_end = k + found.len;
    }
    // A word standing for the noun before: "wounding 117 others", "injuring 73 more"; not
    // before a noun of its own ("5 additional deaths", "12 more people").
    if r.counted.is_none()
        && r.part_of.is_none()
        && r.unit.is_none()
        && k < next_start
        && let Some(found) = lexicon.anaphora_forms.longest_at(toks, k)
    {
        if names_a_noun(lexicon, toks, k + found.len) {
            // An adjective of the noun after it: the noun phrase starts there.
            k += found.len;
            r.phrase_end = k;
        } else {
            if let Some(antecedent) = antecedent(read, index).or(carry) {
                inherit(&mut r, antecedent);
            }
            r.phrase_end = k + found.len;
        }
    }

    // The counted noun phrase: modifiers, then a noun of a counted class.
    if r.counted.is_none() && r.part_of.is_none() && r.unit.is_none() {
        let mut j = k;
        while j < next_start && j < k + 6 {
            if let Some(found) = lexicon.class_nouns.longest_at(toks, j) {
                r.class = Some(*found.value);
                r.counted = Some(
                    s.slice(toks[k].span.cover(toks[j + found.len - 1].span))
                        .to_string(),
                );
                r.owner = owner_in(lexicon, &toks[k..j]);
                r.unit = Some(unit_of(lexicon, toks, j, j + found.len));
                j += found.len;
                r.phrase_end = j;
                break;
            }
            // An action word as an adjective before a counted noun ("294 injured
            // individuals", "62 dead bodies", "4,703 totally destroyed homes") is the figure's
            // action.
            if let Some(found) = lexicon.action_forms.longest_at(toks, j)
                && !found.value.nominal
                && found.len <= 2
                && lexicon
                    .class_nouns
                    .longest_at(toks, j + found.len)
                    .is_some()
            {
                r.adjective_action = Some(found.value.action);
                j += found.len;
                continue;
            }
            let t = &toks[j];
            let is_modifier = (t.is_word()
                && !FUNCTION_WORDS.contains(&t.lower.as_ref())
                && lexicon.action_forms.longest_at(toks, j).is_none())
                || (t.text == "-" && !t.space_before)
                || (t.text == "'" || t.text == "’");
            if !is_modifier {
                break;
            }
            j += 1;
        }
        // No counted class: the noun phrase as written, ending in a lower-case noun
        // ("four Ukrainian regions", "13 locations").
        if r.counted.is_none() && k < next_start {
            let mut j = k;
            while j < next_start.min(k + 4) {
                let t = &toks[j];
                let plain_word = t.is_word()
                    && t.text.chars().all(char::is_alphabetic)
                    && !FUNCTION_WORDS.contains(&t.lower.as_ref())
                    && lexicon.action_forms.longest_at(toks, j).is_none()
                    && lexicon.hedge_forms.longest_at(toks, j).is_none()
                    && lexicon.attribution_verbs.longest_at(toks, j).is_none();
                if !plain_word {
                    break;
                }
                j += 1;
                if lexicon.unit_forms.longest_at(toks, j - 1).is_some() {
                    break;
                }
                // A plural noun or a unit of time is the head: "17 hours negotiating",
                // "four years earlier", "13 locations across".
                let lower = t.lower.as_ref();
                let plural = lower.len() > 3
                    && lower.ends_with('s')
                    && !lower.ends_with("ss")
                    && !lower.ends_with("us");
                if plural || TimeUnit::parse(lower).is_some() {
                    break;
                }
            }
            // "7 new deaths", "12 more fatalities": adjectives before a noun that is an
            // action's ("deaths" is people killed) qualify that noun, not a noun of their own.
            let action_noun = j > k && j < next_start && action_noun_at(lexicon, toks, j);
            // The head is the last lower-case word of the run.
            if action_noun {
                r.adjectives_start = Some(k);
                r.phrase_end = j;
            } else if let Some(head) =
                (k..j)
                    .rev()
                    .find(|&h| !toks[h].is_capitalised())
                    .or_else(|| {
                        (j > k
                            && capitalised_plural_at(toks, k)
                            && capitalised_plural(&toks[j - 1]))
                        .then_some(j - 1)
                    })
            {
                r.counted = Some(s.slice(toks[k].span.cover(toks[head].span)).to_string());
                r.unit = Some(unit_of(lexicon, toks, head, head + 1));
                r.phrase_end = head + 1;
            }
        }
    }

    // The action: after the noun phrase ("were killed", "47 injured"), or before the mention
    // in the same clause ("launched 550", "a barrage of 108", "killing 23").
    // A figure that is the level of a toll named before it ("the death toll from the quake
    // has risen to 60", "bringing the death toll to 25") takes the toll's measure, whatever
    // other actions its clause has.
    let level =
        (r.class.is_none() && r.counted.is_none() && r.unit.is_none() && r.part_of.is_none())
            .then(|| level_of(lexicon, toks, m.first))
            .flatten();
    // An aside between the figure and its verb ("25 people, including three policemen, were
    // killed") holds figures of its own; the verb after it is the figure's.
    let after = action_after(lexicon, toks, r.phrase_end, next_start)
        .or_else(|| {
            let resume = aside_end(lexicon, toks, r.phrase_end)?;
            action_after(lexicon, toks, resume, toks.len())
        })
        .or_else(|| {
            // One more noun joined to the figure's, the verb shared: "four boys and a scout
            // leader were still unaccounted for".
            if toks.get(r.phrase_end).is_none_or(|t| t.lower != "and")
                || !toks.get(r.phrase_end + 1).is_some_and(|t| {
                    matches!(t.lower.as_ref(), "a" | "an" | "one" | "another" | "the")
                })
            {
                return None;
            }
            // The joined noun is a few plain words, none naming an event ("and the attack
            // injured 12" has a verb of its own), up to the verb's auxiliary.
            let verb = (r.phrase_end + 2..toks.len().min(r.phrase_end + 6))
                .take_while(|&k| {
                    toks[k].is_word() && lexicon.topic_forms.longest_at(toks, k).is_none()
                })
                .find(|&k| {
                    AUXILIARIES.contains(&toks[k].lower.as_ref()) || toks[k].lower == "still"
                })?;
            action_after(lexicon, toks, verb, toks.len())
        })
        .or_else(|| {
            // A place or origin between the noun and its verb: "23 girls from the camp have
            // not been accounted for", "12 people in Kharkiv were killed".
            // The phrase may hold a figure of its own ("in 53 villages").
            let resume = modifier_end(toks, r.phrase_end, toks.len())?;
            action_after(lexicon, toks, resume, toks.len())
        });
    // The clause of this figure starts after the figure before it, and after that figure's
    // own action when it followed it ("One person was killed and 23 people were injured").
    let boundary = previous.map_or(0, |(p, pr)| {
        let mut end = pr.phrase_end.max(p.end);
        if pr.action_after {
            end = end.max(pr.action_end);
        }
        end
    });
    let before = action_before(lexicon, toks, m.first, boundary);
    // An action that makes a measure with the counted class is the surest reading ("23
    // individuals injured" after "a barrage of strikes"). Then a passive with its auxiliary
    // ("were injured"); then an action just before the figure ("launched 550"); then any
    // action after it; then one further back.
    let makes_measure = |found: &Option<FoundAction>| match (r.class, found) {
        (Some(class), Some(f)) => lexicon.measure(class, f.action).is_some(),
        _ => false,
    };
    let (before_fits, after_fits) = (makes_measure(&before), makes_measure(&after));
    let (before, after) = match (before_fits, after_fits) {
        (true, false) => (before, None),
        (false, true) => (None, after),
        _ => (before, after),
    };
    let chosen = match (before, after) {
        _ if level.is_some() => level.map(|l| (l, false)),
        (_, Some(a)) if a.distance > 0 => Some((a, true)),
        // A verb right after the figure's noun is its own ("with 30 people dead, 20 injured"),
        // before one further back.
        (Some(b), Some(a)) if a.distance == 0 && b.distance > 0 => Some((a, true)),
        (Some(b), _) if b.distance <= 3 => Some((b, false)),
        (_, Some(a)) => Some((a, true)),
        (Some(b), None) => Some((b, false)),
        (None, None) => None,
    };
    if let Some((found, is_after)) = chosen {
        r.action = Some(found.action);
        r.action_after = is_after;
        r.action_adjacent = is_after || found.distance == 0;
        r.action_start = found.start;
        r.action_end = found.end;
        if r.class.is_none()
            && let Some(class) = found.implied_class
        {
            r.class = Some(class);
            // "537 deaths", "7 new deaths": the action's word is the counted noun.
            let noun_start = r.adjectives_start.unwrap_or(found.start);
            if is_after && found.start == r.phrase_end && r.counted.is_none() {
                r.counted = Some(
                    s.slice(toks[noun_start].span.cover(toks[found.end - 1].span))
                        .to_string(),
                );
                r.unit = Some(singular(&toks[found.end - 1].lower));
                r.phrase_end = found.end;
            }
        }
        if !is_after {
            r.actor = actor_before(lexicon, toks, found.start);
        }
    }

    if let Some(action) = r.adjective_action {
        r.action = Some(action);
        r.action_after = false;
    }

    // Ellipsis: a figure with no noun of its own counts what the figure before it counted
    // ("two people were killed and 47 injured", "an additional 58 neutralized").
    // Not a figure with a capitalised noun of its own the lexicon does not read ("eight Senate
    // Democrats"): it counts those, not what the figure before counted.
    let own_name_noun = toks
        .get(m.end)
        .is_some_and(|t| t.is_word() && t.is_capitalised())
        && lexicon.months.longest_at(toks, m.end).is_none();
    if r.class.is_none()
        && r.counted.is_none()
        && r.unit.is_none()
        && r.part_of.is_none()
        && !own_name_noun
        && let Some(antecedent) = antecedent_for(lexicon, read, index, r.action).or_else(|| {
            // From the sentence before only when the action fits what it counted.
            carry.filter(|c| match (r.action, c.class) {
                (Some(action), Some(class)) => lexicon.measure(class, action).is_some(),
                (None, _) => true,
                (Some(_), None) => false,
            })
        })
    {
        inherit(&mut r, antecedent);
    }
    // A bare figure of an action that has victims counts them: "that killed 35 and wounded
    // 117", "There are 21 confirmed dead"; not one the verb is further from ("the children who
    // died were nine and twelve years old").
    if r.class.is_none()
        && r.action_adjacent
        && r.counted.is_none()
        && r.unit.is_none()
        && r.part_of.is_none()
        && let Some(victims) = r.action.and_then(|a| lexicon.actions[a].victims)
    {
        r.class = Some(victims);
    }
    if subset_marker && let Some((_, pr)) = previous {
        if r.action.is_none() {
            r.action = pr.action;
        }
        // A subset of another class is the total of its own measure:
        // "14 killed, including two children" states how many children were killed.
        // "72 dead, with nearly 600 others injured": another action is another measure's
        // total, not a subset.
        let other_action = r.action.is_some() && pr.action.is_some() && r.action != pr.action;
        if (r.class.is_none() || r.class == pr.class || r.counted_inherited) && !other_action {
            r.role = Some(QuantityRole::Subset);
        }
    }

    let before = (r.action.is_some() && !r.action_after).then_some((r.action_start, r.action_end));
    r.place = place_near(s, lexicon, m.first, r.phrase_end, next_start, before);
    // "killing five people in Brennick and wounding four": the second toll of one clause
    // shares the place of the first, when nothing between names another.
    if r.place.is_none()
        && let Some((p, pr)) = previous
        && pr.place.is_some()
        && r.action.and_then(|a| lexicon.actions[a].victims).is_some()
    {
        let between = &toks[pr.phrase_end.max(p.end).min(m.first)..m.first];
        if between.len() <= 6
            && between.iter().any(|t| t.lower == "and")
            && between
                .iter()
                .all(|t| !t.is_capitalised() && !matches!(t.text, ";" | ":" | "." | "(" | ")"))
        {
            r.place = pr.place.clone();
        }
    }
    // "seven deaths, including three in Jamaica": a subset with a place of its own is that
    // place's total, compared with other figures for the place.
    if r.role == Some(QuantityRole::Subset)
        && let Some(place) = &r.place
        && previous.is_some_and(|(_, pr)| pr.place.as_ref() != Some(place))
    {
        r.role = Some(QuantityRole::Total);
    }
    // "the bodies of 84 people in Kerr County, including 28 children": what "including" adds
    // without a place of its own is of the place of the figure before.
    if subset_marker
        && r.place.is_none()
        && let Some((_, pr)) = previous
    {
        r.place = pr.place.clone();
    }
    r.occasion = date_after(s, lexicon, r.phrase_end);
    r.cumulative = (r.phrase_end..next_start.min(r.phrase_end + 8)).any(|j| {
        lexicon.cumulative_markers.longest_at(toks, j).is_some()
            && !superlative_before(&toks[r.phrase_end..], j - r.phrase_end)
    });
    r
}

/// The token from which a sentence's figures are running totals: after a leading marker ("So
/// far this year, attacks have killed …"), or after something that lasts and a present perfect
/// ("The war, now in its fourth year, has killed tens of thousands"). One pass per sentence.
fn cumulative_from(s: &Sentence<'_>, lexicon: &Lexicon) -> Option<usize> {
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
fn superlative_before(toks: &[Token<'_>], j: usize) -> bool {
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

/// Who a sentence attributes its figures to: "according to Russia's Defence Ministry", "the
/// air force said", "Ukraine's air force reported on Telegram".
/// Who a sentence attributes its figures to, as written.
#[derive(Clone, Debug)]
struct Attribution {
    source: String,
    /// The source opens its sentence and its first word is no name the lexicon knows: its
    /// capital says nothing ("Rescue workers said").
    opens_sentence: bool,
}

fn attribution(s: &Sentence<'_>, lexicon: &Lexicon) -> Option<Attribution> {
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
            if end > start {
                return Some(Attribution {
                    source: s
                        .slice(toks[start].span.cover(toks[end - 1].span))
                        .to_string(),
                    opens_sentence: false,
                });
            }
        }
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
                .any(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))
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

/// A capitalised plural: people of a party or a nation ("Republicans", "Esselians"), a brand's
/// products ("Teslas").
fn capitalised_plural(t: &Token<'_>) -> bool {
    t.is_capitalised()
        && plural_head(t.text)
        && !t.text.ends_with("us")
        && t.text.chars().all(char::is_alphabetic)
}

/// Whether up to three capitalised words from `at` end in a capitalised plural ("Republicans",
/// "New Yorkers").
fn capitalised_plural_at(toks: &[Token<'_>], at: usize) -> bool {
    toks[at.min(toks.len())..toks.len().min(at + 3)]
        .iter()
        .take_while(|t| t.is_word() && t.is_capitalised())
        .any(capitalised_plural)
}

/// Whether a counted noun, or an action's noun ("deaths"), stands at `at`.
fn names_a_noun(lexicon: &Lexicon, toks: &[Token<'_>], at: usize) -> bool {
    lexicon.class_nouns.longest_at(toks, at).is_some() || action_noun_at(lexicon, toks, at)
}

/// Whether a noun that names an action's class stands at `at`: "deaths" (people killed),
/// "injuries".
fn action_noun_at(lexicon: &Lexicon, toks: &[Token<'_>], at: usize) -> bool {
    lexicon
        .action_forms
        .longest_at(toks, at)
        .is_some_and(|found| found.value.implied_class.is_some())
}

/// Whether a head noun in lower case is plural: "girls", "vehicles"; not "class".
fn plural_head(head: &str) -> bool {
    head.len() > 3 && head.ends_with('s') && !head.ends_with("ss")
}

/// The figure a figure without a noun of its own takes its noun from: the nearest one before it
/// in the sentence that counts something and is not a subset of another ("killing 26 people,
/// including five children, and injuring 73 more": the 73 are people).
fn antecedent(read: &[Reading], index: usize) -> Option<&Reading> {
    read[..index].iter().rev().find(|r| {
        (r.class.is_some() || r.counted.is_some())
            && !r.subset_marker
            && !matches!(
                r.role,
                Some(QuantityRole::Subset) | Some(QuantityRole::Modifier)
            )
            && !r.unit.as_deref().is_some_and(is_measure_unit)
    })
}

/// The measure of a figure whose noun no class of the lexicon counts, from its own words: the
/// head noun as written and the action ("23 girls … unaccounted for" counts `girls.missing`,
/// compared only with other figures of girls missing). Not for units of measure or time, nor
/// for a noun carried over from another figure.
fn open_measure(lexicon: &Lexicon, r: &Reading, action: usize) -> Option<String> {
    let counted = r.counted.as_deref()?;
    if r.counted_inherited
        || r.unit
            .as_deref()
            .is_some_and(|u| is_measure_unit(u) || TimeUnit::parse(u).is_some())
    {
        return None;
    }
    // Beings: the actions that have victims ("killed", "missing"), and a plural noun.
    let victims = lexicon.actions[action].victims?;
    if lexicon.actions[action].any_noun {
        return lexicon.measure(victims, action);
    }
    let head = head_noun(counted)?;
    let plural = plural_head(&head);
    // "others", "more": words standing for a noun before, not a kind of their own.
    let standing_for = lexicon
        .anaphora_forms
        .longest_at(&crate::text::tokens(&head, 0), 0)
        .is_some();
    if standing_for
        || !head.chars().all(char::is_alphabetic)
        || !(plural
            || matches!(
                head.as_str(),
                "men" | "women" | "staff" | "crew" | "personnel"
            ))
    {
        return None;
    }
    Some(format!("{head}.{}", lexicon.actions[action].id))
}

/// The head of a counted noun phrase, in lower case: its last word ("Thai nationals" →
/// "nationals"), or the group before "members" ("crew members", "staff members" → "crew",
/// "staff").
fn head_noun(counted: &str) -> Option<String> {
    let mut words = counted.split_whitespace().rev();
    let last = words.next()?;
    let head = match words.next() {
        Some(group) if last.eq_ignore_ascii_case("members") => group,
        _ => last,
    };
    Some(head.to_lowercase())
}

/// The measure of a figure whose action is compared only among figures of one noun: the noun
/// as written, plural ("passengers.aboard"); the class's own id for its general nouns ("181
/// people", "181 individuals": `people.aboard`).
fn per_noun_measure(lexicon: &Lexicon, r: &Reading, class: usize, action: usize) -> Option<String> {
    lexicon.measure(class, action)?;
    let class_id = &lexicon.classes[class].id;
    let head = r
        .counted
        .as_deref()
        .filter(|_| !r.counted_inherited)
        .and_then(head_noun);
    let noun = match head.as_deref() {
        None | Some("people" | "person" | "persons" | "individuals" | "individual") => {
            class_id.clone()
        }
        Some(head) if head.chars().all(char::is_alphabetic) => head.to_string(),
        Some(_) => return None,
    };
    Some(format!("{noun}.{}", lexicon.actions[action].id))
}

/// Whether the token before `at` is a minus sign: a hyphen or minus glued to the number (or to
/// its currency sign), with a space, an opening bracket or the start of the sentence before it.
/// "Su-34", "3-1" and "2024-25" have a word or digits glued before the hyphen.
fn is_minus_sign(toks: &[Token<'_>], at: usize) -> bool {
    let Some(sign_at) = at.checked_sub(1) else {
        return false;
    };
    let sign = &toks[sign_at];
    matches!(sign.text, "-" | "\u{2212}")
        && !toks[at].space_before
        && (sign_at == 0
            || sign.space_before
            || matches!(toks[sign_at - 1].text, "(" | "[" | "\u{201c}" | "\""))
}

/// "$-99.99": a minus sign glued between a currency the lexicon writes before amounts and the
/// digits at `at`.
fn signed_after_currency(lexicon: &Lexicon, toks: &[Token<'_>], at: usize) -> bool {
    at >= 2
        && matches!(toks[at - 1].text, "-" | "\u{2212}")
        && !toks[at].space_before
        && !toks[at - 1].space_before
        && super::units::before(lexicon, toks, at - 1).is_some()
}

/// The values an exact amount allows once rounded to its last written digit: "$57 billion" is
/// 56.5–57.5 billion, "$4.27 billion" 4.265–4.275 billion, "185 mph" 184.5–185.5.
fn rounded(toks: &[Token<'_>], m: &Mention) -> Interval {
    let digits = toks[m.first..m.end]
        .iter()
        .find(|t| t.text.starts_with(|c: char| c.is_ascii_digit()));
    let Some(digits) = digits else {
        return m.interval;
    };
    let written: String = digits
        .text
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(|c| *c != ',')
        .collect();
    let decimals = written.split_once('.').map_or(0, |(_, d)| d.len()) as i32;
    let Ok(base) = written.parse::<f64>() else {
        return m.interval;
    };
    if base == 0.0 {
        return m.interval;
    }
    // The digits times a scale ("3 million", "2.5bn"); "3 million and a half" and "4 thousand
    // 3 hundred" are read as exact.
    let scale = (m.number / base).abs();
    if (10f64.powf(scale.log10().round()) - scale).abs() > 1e-9 * scale {
        return m.interval;
    }
    let half = 0.5 * 10f64.powi(-decimals) * scale;
    Interval {
        low: Some(m.number - half),
        high: Some(m.number + half),
        inclusive: [true, true],
    }
}

/// Units of measure that never stand for a counted noun: a later figure without a noun does not
/// count percentages ("fell 4% to 39,345").
fn is_measure_unit(unit: &str) -> bool {
    matches!(
        unit,
        "percentage"
            | "percentage-point"
            | "basis-point"
            | "fraction"
            | "dollar"
            | "euro"
            | "pound"
            | "yen"
            | "rouble"
            | "hryvnia"
            | "yuan"
            | "penny"
    )
}

/// Like [`antecedent`], but for a figure whose action is known, the nearest figure whose class
/// that action makes a measure with ("75 people in 13 states, and 22 have been hospitalised":
/// the 22 are people).
fn antecedent_for<'r>(
    lexicon: &Lexicon,
    read: &'r [Reading],
    index: usize,
    action: Option<usize>,
) -> Option<&'r Reading> {
    if let Some(action) = action {
        let fitting = read[..index].iter().rev().find(|r| {
            !r.subset_marker
                && r.class
                    .is_some_and(|c| lexicon.measure(c, action).is_some())
        });
        if fitting.is_some() {
            return fitting;
        }
    }
    antecedent(read, index)
}

/// The unit of a counted noun phrase ending at `end`: the lexicon's unit for the phrase or its
/// last word ("villagers" → person), else the last word's singular ("rockets" → rocket).
fn unit_of(lexicon: &Lexicon, toks: &[Token<'_>], start: usize, end: usize) -> String {
    if let Some(found) = lexicon
        .unit_forms
        .longest_at(toks, start)
        .filter(|f| start + f.len == end && !super::units::bare_points(toks, start, start, f.len))
    {
        // "2 billion pounds" is money, as `units::after` reads it; "25 pounds" a weight.
        let scaled = start > 0
            && matches!(
                toks[start - 1].lower.as_ref(),
                "million" | "billion" | "trillion" | "bn" | "m" | "mn"
            );
        if found.value == "lb" && scaled && toks[start].lower.starts_with("pound") {
            return "pound".to_string();
        }
        return found.value.clone();
    }
    if let Some(found) = lexicon
        .unit_forms
        .longest_at(toks, end - 1)
        .filter(|f| f.len == 1 && !super::units::bare_points(toks, start, end - 1, 1))
    {
        return found.value.clone();
    }
    singular(crate::lexicon::strip_possessive(&toks[end - 1].lower))
}

fn inherit(r: &mut Reading, from: &Reading) {
    if r.unit.is_none() && from.role != Some(QuantityRole::Modifier) {
        r.unit = from.unit.clone();
    }
    if r.class.is_none() {
        r.class = from.class;
    }
    if r.counted.is_none() && from.counted.is_some() {
        r.counted = from.counted.clone();
        r.counted_inherited = true;
    }
    if r.owner.is_none() {
        r.owner = from.owner.clone();
    }
    if r.actor.is_none() {
        r.actor = from.actor.clone();
    }
}

struct FoundAction {
    action: usize,
    implied_class: Option<usize>,
    start: usize,
    end: usize,
    distance: usize,
}

/// Where a prepositional phrase right after a noun ends at the auxiliary of the verb that
/// follows it ("from Camp Mystic, a Christian girls' camp, have"), within a few words.
fn modifier_end(toks: &[Token<'_>], from: usize, limit: usize) -> Option<usize> {
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

fn action_after(
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
                .is_some_and(|t| AUXILIARIES.contains(&t.lower.as_ref()));
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

fn action_before(
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
fn aside_end(lexicon: &Lexicon, toks: &[Token<'_>], from: usize) -> Option<usize> {
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
fn level_of(lexicon: &Lexicon, toks: &[Token<'_>], first: usize) -> Option<FoundAction> {
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

/// The country or organisation whose things a noun phrase counts: "Russian drones".
fn owner_in(lexicon: &Lexicon, modifiers: &[Token<'_>]) -> Option<String> {
    (0..modifiers.len()).find_map(|j| {
        lexicon
            .jurisdiction_forms
            .longest_at(modifiers, j)
            .map(|found| lexicon.jurisdictions[*found.value].id.clone())
    })
}

/// The actor of a launch: "Russia launched", "Russian forces fired".
fn actor_before(lexicon: &Lexicon, toks: &[Token<'_>], action_start: usize) -> Option<String> {
    let from = action_start.saturating_sub(3);
    (from..action_start).rev().find_map(|j| {
        lexicon
            .jurisdiction_forms
            .longest_at(toks, j)
            .filter(|found| j + found.len <= action_start)
            .map(|found| lexicon.jurisdictions[*found.value].id.clone())
    })
}

/// A different occasion that a whole sentence names: "in a separate attack" anywhere in it, or a
/// past date that opens it ("In September 2024, …"). Figures of such a sentence are about that
/// occasion, not the report's event. Read once per sentence.
pub(super) fn sentence_occasion(s: &Sentence<'_>, lexicon: &Lexicon) -> Option<String> {
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
/// The marker's token and its words.
fn baseline_occasion(s: &Sentence<'_>, lexicon: &Lexicon) -> Option<(usize, String)> {
    let toks = &s.tokens;
    (0..toks.len()).find_map(|j| {
        let found = lexicon.occasion_markers.longest_at(toks, j)?;
        closes_baseline(toks, j).then(|| {
            (
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
    let mut k = j;
    while k > 0 && j - k < 6 && figure_word(&toks[k - 1]) {
        k -= 1;
    }
    k < j
        && k > 0
        && toks[k..j]
            .iter()
            .any(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))
        && matches!(
            toks[k - 1].lower.as_ref(),
            "from" | "with" | "against" | "versus" | "vs"
        )
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
fn date_after(s: &Sentence<'_>, lexicon: &Lexicon, phrase_end: usize) -> Option<String> {
    let toks = &s.tokens;
    (phrase_end..(phrase_end + 6).min(toks.len()))
        .take_while(|&j| lexicon.cumulative_markers.longest_at(toks, j).is_none())
        .find_map(|j| date_phrase(s, lexicon, j))
}

/// "in 2024", "In September 2024", "in February": a preposition and a date at token `j`.
fn date_phrase(s: &Sentence<'_>, lexicon: &Lexicon, j: usize) -> Option<String> {
    let toks = &s.tokens;
    if !matches!(toks.get(j)?.lower.as_ref(), "in" | "during" | "last") {
        return None;
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

/// Fills in partitives once both mentions are read: the part counts what the whole counts,
/// and the whole of an interception was launched.
fn complete_partitives(lexicon: &Lexicon, mentions: &[Mention], read: &mut [Reading]) {
    for index in 0..read.len() {
        let Some(whole) = read[index].part_of else {
            continue;
        };
        // "Of the 58 dead, 40 …": a whole named first keeps its own reading, a total.
        if whole >= mentions.len() || whole < index {
            continue;
        }
        let (class, counted, owner, unit) = (
            read[whole].class,
            read[whole].counted.clone(),
            read[whole].owner.clone(),
            read[whole].unit.clone(),
        );
        let part_action = read[index].action;
        let part = &mut read[index];
        part.class = part.class.or(class);
        part.unit = part.unit.clone().or(unit);
        part.counted = part.counted.clone().or(counted);
        part.counted_inherited = true;
        part.owner = part.owner.clone().or(owner);
        let w = &mut read[whole];
        w.role = Some(QuantityRole::Whole);
        if w.action.is_none() || w.action == part_action {
            w.action = part_action
                .and_then(|a| lexicon.actions[a].whole.as_deref())
                .and_then(|id| lexicon.action_index(id));
        }
        // "the deaths of 62 of the 64 people aboard": a part with an action of its own
        // out of a whole that no action counts, or that counts who was there ("killing 179
        // of the 181 people on board"), is that action's total.
        let whole_counts_presence = read[whole]
            .action
            .is_some_and(|a| lexicon.actions[a].per_noun && Some(a) != part_action);
        if part_action.is_some() && (read[whole].action.is_none() || whole_counts_presence) {
            read[index].role = Some(QuantityRole::Total);
        }
    }
}

/// Shares one action across coordinated figures: "653 drones and 51 missiles" were both
/// deployed; "550 drones and 11 missiles fired at" were both fired.
/// "San Remigio and Daanbantayan were the hardest hit, with 9,800 and 13,900 damaged houses,
/// respectively": the figures of a sentence that ends in "respectively" are those of the names
/// listed before them, in order; when the counts do not match, each is still one place's.
fn place_respectively(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    mentions: &[Mention],
    read: &mut [Reading],
) {
    let toks = &s.tokens;
    let Some(last_word) = toks.iter().rposition(|t| t.is_word()) else {
        return;
    };
    if toks[last_word].lower != "respectively" || mentions.is_empty() {
        return;
    }
    // The names listed before the first figure: runs of capitalised words joined by "and" or
    // commas.
    let mut names: Vec<String> = Vec::new();
    let mut j = 0;
    while j < mentions[0].first {
        if toks[j].is_word()
            && toks[j].is_capitalised()
            && !(j == 0 && FUNCTION_WORDS.contains(&toks[j].lower.as_ref()))
            && lexicon.months.longest_at(toks, j).is_none()
        {
            let start = j;
            while j < mentions[0].first && toks[j].is_word() && toks[j].is_capitalised() {
                j += 1;
            }
            names.push(
                s.slice(toks[start].span.cover(toks[j - 1].span))
                    .to_string(),
            );
        } else {
            j += 1;
        }
    }
    let placed: Vec<usize> = (0..read.len())
        .filter(|&i| read[i].role != Some(QuantityRole::Modifier))
        .collect();
    for (n, &i) in placed.iter().enumerate() {
        if read[i].place.is_none() {
            read[i].place = Some(if names.len() == placed.len() {
                names[n].clone()
            } else {
                RESPECTIVE.to_string()
            });
        }
    }
}

/// The place of a figure given for one of several places that the text does not pair with it.
const RESPECTIVE: &str = "one of several places";

/// How many words may stand between two items of a list ("two in Jamaica during the
/// evacuation, five in Haiti").
const LIST_GAP: usize = 8;

/// The last word of a noun phrase, singular and lower case: "crew members" → "member".
fn head_word(phrase: &str) -> String {
    singular(
        &phrase
            .split_whitespace()
            .last()
            .unwrap_or(phrase)
            .to_lowercase(),
    )
}

fn complete_coordination(
    lexicon: &Lexicon,
    s: &Sentence<'_>,
    mentions: &[Mention],
    read: &mut [Reading],
) {
    for index in 1..read.len() {
        // "including two in Jamaica during the evacuation, five in Haiti": an item of a
        // list goes on the one before, past its place, when nothing but a comma or "and" and
        // words without a verb stand between.
        // After the item before and its own verb when the verb followed it ("three people
        // died in Tarlo and 12 in Harlow").
        let mut from = mentions[index - 1].end;
        if read[index - 1].action_after {
            from = from.max(read[index - 1].action_end);
        }
        let between = &s.tokens[from.min(mentions[index].first)..mentions[index].first];
        let list_item = read[index].action.is_none()
            && (read[index].class.is_none() || read[index].class == read[index - 1].class)
            && read[index - 1].action.is_some()
            && between
                .last()
                .is_some_and(|t| matches!(t.lower.as_ref(), "," | "and"))
            && between.len() <= LIST_GAP
            && between.iter().enumerate().all(|(k, t)| {
                !matches!(t.text, ";" | ":" | "." | "(" | ")")
                    && lexicon.action_forms.longest_at(between, k).is_none()
            });
        // "carrying 181 people — 175 passengers and six crew —": a breakdown after a dash or a
        // colon counts by the whole's action, where the action keys each noun apart (no part
        // of one noun's count is then taken for another's).
        let breakdown = read[index].action.is_none()
            && read[index - 1]
                .action
                .is_some_and(|a| lexicon.actions[a].per_noun)
            && {
                let after_phrase = read[index - 1].phrase_end.max(from);
                let gap = &s.tokens[after_phrase.min(mentions[index].first)..mentions[index].first];
                gap.len() == 1 && matches!(gap[0].text, "—" | "–" | ":")
            };
        if breakdown {
            read[index].action = read[index - 1].action;
        }
        // An item with a noun of its own keeps it ("36 children and 60 adults").
        if list_item && read[index].counted.is_none() {
            read[index].class = read[index - 1].class;
            if read[index].unit.is_none() {
                read[index].unit = read[index - 1].unit.clone();
            }
        }
        if (read[index].coordinated || list_item) && read[index].action.is_none() {
            read[index].action = read[index - 1].action;
            if read[index].owner.is_none() {
                read[index].owner = read[index - 1].owner.clone();
            }
            if read[index].actor.is_none() {
                read[index].actor = read[index - 1].actor.clone();
            }
        }
    }
    // "175 passengers and four of the six crew members", "killed 12 soldiers and 3 officers"
    // under one verb: two kinds of one class, each a part of a whole the sentence does not
    // state.
    for index in 1..read.len() {
        let (before, after) = read.split_at_mut(index);
        let (first, next) = (&mut before[index - 1], &mut after[0]);
        let heads_differ = match (&first.counted, &next.counted) {
            (Some(a), Some(b)) => head_word(a) != head_word(b),
            _ => false,
        };
        // The second may be a part of its own whole ("four of the six crew members"), whose
        // noun no class counts.
        let same_class = first.class.is_some()
            && (first.class == next.class
                || next.class.is_none() && next.role == Some(QuantityRole::Part));
        if next.coordinated
            && first.action.is_some()
            && first.action == next.action
            && same_class
            && !first.counted_inherited
            && (!next.counted_inherited || next.part_of.is_some())
            && heads_differ
            && matches!(first.role, None | Some(QuantityRole::Total))
            && matches!(
                next.role,
                None | Some(QuantityRole::Total) | Some(QuantityRole::Part)
            )
        {
            first.role = Some(QuantityRole::Part);
            next.role = Some(QuantityRole::Part);
        }
    }
    for index in (1..read.len()).rev() {
        if read[index].coordinated && read[index - 1].action.is_none() && read[index].action_after {
            read[index - 1].action = read[index].action;
            read[index - 1].action_after = true;
        }
        // "3,210 partially damaged and 418 totally destroyed homes": a figure with an action
        // and no noun takes the noun of the figure coordinated after it.
        let (before, after) = read.split_at_mut(index);
        let (first, next) = (&mut before[index - 1], &after[0]);
        let joined = first.action_after
            && first.action_end <= mentions[index].first
            && s.tokens[first.action_end..mentions[index].first]
                .iter()
                .all(|t| matches!(t.lower.as_ref(), "and" | "," | "or"));
        if joined
            && first.action.is_some()
            && first.class.is_none()
            && first.counted.is_none()
            && first.unit.is_none()
            && next.class.is_some()
        {
            first.class = next.class;
            first.unit = next.unit.clone();
            first.counted = next.counted.clone();
            first.counted_inherited = true;
        }
    }
}

fn to_claim(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    m: &Mention,
    r: Reading,
    source: Option<Attribution>,
) -> Claim {
    let toks = &s.tokens;
    let mut last = r.phrase_end.max(m.end);
    if r.action_after {
        last = last.max(r.action_end);
    }
    let last = last.min(toks.len());
    let span = toks[m.first].span.cover(toks[last - 1].span);
    let measure = match (r.class, r.action) {
        (Some(class), Some(action)) if r.role != Some(QuantityRole::Modifier) => {
            if lexicon.actions[action].per_noun {
                per_noun_measure(lexicon, &r, class, action)
            } else {
                lexicon.measure(class, action)
            }
        }
        (None, Some(action)) if r.role != Some(QuantityRole::Modifier) => {
            open_measure(lexicon, &r, action)
        }
        _ => None,
    };
    let lexicon_measure = measure.clone();
    // An amount of any metric in a unit of measure: "revenue of $57 billion".
    let metric = measure.is_none();
    let measure = measure.or_else(|| {
        let unit = r.unit.as_deref()?;
        (r.class.is_none()
            && r.change.is_none()
            && !r.counted_inherited
            && !matches!(
                r.role,
                Some(QuantityRole::Modifier) | Some(QuantityRole::Subset)
            ))
        .then(|| {
            super::metrics::open_measure(
                lexicon,
                toks,
                m.first,
                r.phrase_end.max(m.end).min(toks.len()),
                unit,
            )
        })
        .flatten()
    });
    // A count its subject's verb makes: "Harlow Motors delivered 76,200 vehicles".
    let measure = measure.or_else(|| {
        let counted = r.counted.as_deref()?;
        let head = head_noun(counted)?;
        let plural = plural_head(&head);
        // Units of measure ("300 tonnes of food") are amounts, not counts.
        let measured = r.unit.as_deref().is_some_and(|u| {
            is_measure_unit(u)
                || TimeUnit::parse(u).is_some()
                || super::units::info(lexicon, u).is_some()
        });
        (r.class.is_none()
            && r.action.is_none()
            && r.change.is_none()
            && !r.counted_inherited
            && !r.subset_marker
            && r.role.is_none_or(|role| role == QuantityRole::Total)
            && !m.vague
            && plural
            && !measured
            && head.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| super::metrics::open_count(toks, m.first, &head))
        .flatten()
    });
    let unit = r
        .unit
        .clone()
        .or_else(|| r.class.map(|c| lexicon.classes[c].unit.clone()));
    // "Haiti's government said 43 people were killed", "Haiti reported 30 dead": a nation that
    // reports victims may report its own (`parse::place_reporting_nations` decides).
    let reporting_nation = r
        .place
        .is_none()
        .then(|| {
            let class = r.class?;
            lexicon
                .actions
                .iter()
                .any(|a| a.victims == Some(class))
                .then(|| {
                    source
                        .as_ref()
                        .and_then(|a| reporting_nation(lexicon, &a.source))
                        .or_else(|| nation_reporting_first(s, lexicon))
                })?
        })
        .flatten();
    // A number of time units is a duration: "a 30-day pause", "for 18 months".
    if r.class.is_none()
        && m.unit.is_none()
        && let Some(time_unit) = unit.as_deref().and_then(TimeUnit::parse)
    {
        let interval = if m.hedge == Hedge::Exact {
            // A bare cardinal may be rounded ("the three-year war" at 3 years 4 months) or
            // truncated (at 3 years 9 months).
            Interval {
                low: Some(m.number - 0.5),
                high: Some(m.number + 1.0),
                inclusive: [true, false],
            }
        } else {
            m.interval
        };
        let subject = if r.role == Some(QuantityRole::Modifier) {
            r.counted.map(|c| c.to_lowercase())
        } else {
            None
        };
        let of_event =
            r.occasion.is_none() && duration_of_event(s, lexicon, m.first, subject.as_deref());
        return Claim {
            report: s.report,
            span,
            sentence: s.span,
            text: s.slice(span).into(),
            kind: ClaimKind::Elapsed(Box::new(Elapsed {
                number: m.number,
                unit: time_unit,
                ordinal: false,
                hedge: m.hedge,
                interval,
                subject: subject.map(Into::into),
                record_events: Vec::new(),
                of_event,
            })),
        };
    }
    Claim {
        report: s.report,
        span,
        sentence: s.span,
        text: s.slice(span).into(),
        kind: ClaimKind::Quantity(Box::new(Quantity {
            number: m.number,
            range: m.range,
            hedge: m.hedge,
            // An amount of a metric is rounded as written: "$4.3 billion" is 4.25–4.35 billion.
            interval: if metric && measure.is_some() && m.hedge == Hedge::Exact {
                rounded(toks, m)
            } else {
                m.interval
            },
            unit: unit.map(Into::into),
            counted: r.counted.map(Into::into),
            counted_inherited: r.counted_inherited,
            class: r
                .class
                .map(|c| lexicon.classes[c].id.clone())
                .map(Into::into),
            // The action as the measure reads it ("destroyed" homes, not intercepted ones).
            action: lexicon_measure
                .as_deref()
                .and_then(|m| m.split_once('.'))
                .map(|(_, action)| action.to_string())
                .or_else(|| r.action.map(|a| lexicon.actions[a].id.clone()))
                .map(Into::into),
            measure: measure.map(Into::into),
            role: r.role.unwrap_or(QuantityRole::Total),
            owner: r.owner.map(Into::into),
            actor: r.actor.map(Into::into),
            place: r.place.map(Into::into),
            cumulative: r.cumulative,
            occasion: r.occasion.map(Into::into),
            change: r.change,
            source_opens_sentence: source.as_ref().is_some_and(|a| a.opens_sentence),
            source: source.map(|a| a.source.into()),
            when: None,
            revises: false,
            breakdown_follows: false,
            headline: false,
            vague: m.vague,
            reporting_nation: reporting_nation.map(Into::into),
        })),
    }
}

/// The noun a compound modifies, from token `k`: up to two lower-case words ("pause order"),
/// one when the first names an event ("heist", not "heist stunned"); the figure's phrase ends
/// after them.
fn modified_noun(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    mut r: Reading,
    mut k: usize,
    next_start: usize,
) -> Reading {
    let toks = &s.tokens;
    let noun_start = k;
    while k < next_start
        && k < noun_start + 2
        && toks[k].is_word()
        && !toks[k].is_capitalised()
        && !FUNCTION_WORDS.contains(&toks[k].lower.as_ref())
    {
        k += 1;
        if lexicon
            .event_nouns
            .iter()
            .any(|noun| *noun == toks[k - 1].lower)
        {
            break;
        }
    }
    if k > noun_start {
        r.counted = Some(
            s.slice(toks[noun_start].span.cover(toks[k - 1].span))
                .to_string(),
        );
    }
    r.phrase_end = k;
    r
}

/// True when a duration at token `first` is how long the report's event lasted: after a verb of
/// lasting ("the heist took four minutes", "lasting only 7 minutes"), or modifying a noun of an
/// event ("a four-minute operation": `subject`). The caller leaves out durations of another
/// occasion.
fn duration_of_event(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    first: usize,
    subject: Option<&str>,
) -> bool {
    let toks = &s.tokens;
    let names_event = |word: &str| {
        lexicon.event_nouns.iter().any(|noun| noun == word)
            || lexicon
                .topic_forms
                .longest_at(&crate::text::tokens(word, 0), 0)
                .is_some()
    };
    // The verb's subject is the event: a noun of an event ("the heist took"), a pronoun or
    // relative ("it lasted", "a heist that took"), or the clause a participle hangs on ("…,
    // lasting seven minutes"); not "air raid alerts lasted three hours".
    let lasting = (first.saturating_sub(LASTING_REACH)..first).any(|j| {
        lexicon
            .lasting_verbs
            .longest_at(toks, j)
            .is_some_and(|m| j + m.len <= first)
            && j.checked_sub(1).is_some_and(|p| {
                let word = toks[p].lower.as_ref();
                matches!(word, "," | "it" | "that" | "which") || names_event(word)
            })
    });
    // "a four-minute heist", "the seven-minute heist stunned": the noun may be either word.
    let event_noun = subject.is_some_and(|subject| subject.split_whitespace().any(names_event));
    lasting || event_noun
}

/// How far before a duration its verb of lasting may stand ("took just under four minutes").
const LASTING_REACH: usize = 4;

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

//! The first pass: every number mention of a sentence with its hedge ("at least 14", "14 or
//! more"), ranges ("between 10 and 12", "10-12"), units written in the number's notation ("$40m",
//! "3.7%"), amounts in two units joined into one, and the numbers that count nothing (names,
//! codes, dates, clock times, years, ages, readings on a scale).

use super::context::capitalised_plural_at;
use super::fractions::fraction_at;
use super::{FUNCTION_WORDS, Mention};
use crate::claim::{Hedge, Interval, TimeUnit};
use crate::lexicon::Lexicon;
use crate::parse::numbers::{self, Written};
use crate::parse::{Sentence, Skipped};
use crate::text::Token;

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

pub(super) fn find_mentions(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    skipped: &mut Vec<Skipped>,
) -> Vec<Mention> {
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
        // Most tokens are words of letters alone that no number, article or vague amount
        // begins: none of the readers below takes them (`number_at` turns them away first).
        if plain_word(&toks[i]) {
            i += 1;
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
        // "a penny", "costs a dollar": one of a currency.
        if matches!(toks[i].lower.as_ref(), "a" | "an")
            && !negated_or_generic
            && let Some(unit) = one_of_a_currency(lexicon, toks, i + 1)
        {
            mentions.push(Mention {
                unit: Some(unit),
                article: true,
                ..Mention::exact(i, i + 2, 1.0)
            });
            i += 2;
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
    join_unit_ranges(lexicon, toks, &mut mentions);
    mentions
}

/// "between 10 km and 12 km", "100 km/h to 120 km/h", "10C to 12C", "-18 °C to -34 °C": two
/// amounts in one unit joined as a range are one range (before, the first stood alone as an
/// exact figure). Not a change ("rose from 10C to 12C"): its two levels stay two figures.
fn join_unit_ranges(lexicon: &Lexicon, toks: &[Token<'_>], mentions: &mut Vec<Mention>) {
    let unit_of = |m: &Mention| -> Option<(String, usize)> {
        match &m.unit {
            Some(unit) => Some((unit.clone(), m.end)),
            None => super::units::after(lexicon, toks, m.end),
        }
    };
    let mut joined: Vec<Mention> = Vec::with_capacity(mentions.len());
    for next in mentions.drain(..) {
        let range = joined.last().and_then(|last| {
            if last.range.is_some() || last.vague || next.range.is_some() || next.vague {
                return None;
            }
            let (unit, unit_end) = unit_of(last)?;
            let (next_unit, _) = unit_of(&next)?;
            let joiner = toks.get(unit_end)?;
            let before = |k: usize| k.checked_sub(1).map(|p| toks[p].lower.as_ref());
            let between = before(last.first) == Some("between");
            let change = lexicon
                .change_forms
                .longest_ending_at(toks, last.first.saturating_sub(1), 2)
                .is_some()
                || lexicon
                    .change_forms
                    .longest_ending_at(toks, last.first, 2)
                    .is_some()
                || before(last.first) == Some("from")
                    && changed_before(lexicon, toks, last.first - 1);
            let joins = match joiner.lower.as_ref() {
                "and" => between,
                "to" => !change && before(last.first) != Some("by"),
                "-" | "–" => !joiner.space_before,
                _ => false,
            };
            let (low, high) = if next.number < last.number && last.number < 0.0 {
                (next.number, last.number)
            } else {
                (last.number, next.number)
            };
            (joins && next.first == unit_end + 1 && unit == next_unit && low < high)
                .then_some((low, high))
        });
        match (range, joined.last_mut()) {
            (Some((low, high)), Some(m)) => {
                m.number = low;
                m.range = Some([low, high]);
                m.hedge = Hedge::Range;
                m.interval = Interval {
                    low: Some(low),
                    high: Some(high),
                    inclusive: [true, true],
                };
                m.end = next.end;
                m.unit = next.unit;
            }
            _ => joined.push(next),
        }
    }
    *mentions = joined;
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

/// The currency a singular word at `at` names ("penny", "dollar", "euro"), where it stands as
/// an amount: not joined by a hyphen to what it qualifies ("a dollar-denominated bond").
fn one_of_a_currency(lexicon: &Lexicon, toks: &[Token<'_>], at: usize) -> Option<String> {
    let word = toks.get(at)?;
    // Lower case: "a Rand Paul ally" names no rand.
    if !word
        .text
        .chars()
        .all(|c| c.is_alphabetic() && !c.is_uppercase())
        || word.lower.ends_with('s')
        || toks.get(at + 1).is_some_and(|t| t.text == "-")
    {
        return None;
    }
    let found = lexicon.unit_forms.longest_at(toks, at)?;
    (found.len == 1 && super::units::is_money(lexicon, found.value)).then(|| found.value.clone())
}

/// A year that opens a decade: "1960" of "the 1960s".
fn is_decade(value: f64) -> bool {
    value.fract() == 0.0 && (1000.0..=2990.0).contains(&value) && value % 10.0 == 0.0
}

/// "net income of ($2.1 million)", "revenue is ($99.99)": an amount of money alone in brackets
/// after a verb of being or "of", closing its clause, is negative, as accounts write it. After
/// another amount the brackets restate it ("£80 ($99)"), after a noun they add to it ("the fee
/// ($25)"), after "to" a change reaches it ("reduced to ($250)"), and words after it compare
/// ("was ($1.2 million) lower").
fn accounting_negative(lexicon: &Lexicon, toks: &[Token<'_>], mention: &Mention) -> bool {
    let money = mention
        .unit
        .as_deref()
        .is_some_and(|u| super::units::is_money(lexicon, u));
    let bracketed = mention.first >= 2
        && toks[mention.first - 1].text == "("
        && toks.get(mention.end).is_some_and(|t| t.text == ")");
    let closes = toks
        .get(mention.end + 1)
        .is_none_or(|t| matches!(t.text, "." | "," | ";" | ":" | ")") || t.lower == "per");
    money
        && bracketed
        && closes
        && mention.number > 0.0
        && matches!(
            toks[mention.first - 2].lower.as_ref(),
            "is" | "was" | "were" | "are" | "be" | "been" | "of" | ":" | "="
        )
}

enum NumberAt {
    Mention(Mention),
    Skipped { end: usize, reason: &'static str },
    None,
}

/// A word of ASCII letters alone that is no article and no word a number may begin with: no
/// mention begins at it.
fn plain_word(t: &Token<'_>) -> bool {
    t.text.bytes().all(|b| b.is_ascii_alphabetic())
        && !matches!(t.lower.as_ref(), "a" | "an")
        && !numbers::may_start_word_number(&t.lower)
}

/// Whether the word at `i` may begin a number in words: a number word, or "a" before one
/// ("a dozen", "a third").
fn word_may_start_number(toks: &[Token<'_>], i: usize) -> bool {
    let lower = toks[i].lower.as_ref();
    numbers::may_start_word_number(lower)
        && (lower != "a"
            || toks
                .get(i + 1)
                .is_some_and(|n| numbers::follows_a_in_number(&n.lower)))
}

fn number_at(s: &Sentence<'_>, lexicon: &Lexicon, i: usize) -> NumberAt {
    let toks = &s.tokens;
    let tok = &toks[i];
    // Most tokens are words of letters alone: no currency code glued to digits, so a number
    // only if a number word may start here (decided before the costlier tests below).
    if tok
        .text
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphabetic)
        && !tok.text.bytes().any(|b| b.is_ascii_digit())
        && !word_may_start_number(toks, i)
    {
        return NumberAt::None;
    }
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
    if skip == 0 && tok.text.starts_with(char::is_alphabetic) && !word_may_start_number(toks, i) {
        return NumberAt::None;
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
    let Ok((mut rest, mut number)) = numbers::number(&s.text[rel..]) else {
        return NumberAt::None;
    };
    // "a 1500b packet": a lower-case "b" glued to four digits or more, with no currency on
    // either side, is bits, not billions ("$1500b", "1500b won" and "1.5b" are billions).
    // An "m" stays millions: "2000m" is as often money as metres.
    if skip == 0
        && number.written == Written::Digits
        && let Ok((letter, mantissa)) = numbers::decimal(&s.text[rel..])
        && mantissa >= 1000.0
        && matches!(letter.as_bytes(), [b'b', rest @ ..]
            if rest.first().is_none_or(|c| !c.is_ascii_alphanumeric()))
        && super::units::before(lexicon, toks, i).is_none()
        && !super::units::after(lexicon, toks, i + 1)
            .is_some_and(|(unit, _)| super::units::is_money(lexicon, &unit))
    {
        rest = letter;
        number.value = mantissa;
    }
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
            // "the 1960s": a decade is a number the text states, and a time, not an amount.
            None if rest == "s" && is_decade(number.value) => {
                if !s.numbers_only {
                    return NumberAt::Skipped {
                        end,
                        reason: "a decade, not an amount",
                    };
                }
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
    if accounting_negative(lexicon, toks, &mention) {
        mention.number = -mention.number;
        mention.interval = Interval::exact(mention.number);
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
                    && changed_before(lexicon, toks, mention.first - 1)))
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
    // "from -18 °C to -34 °C": a minus sign glued before the high end's digits.
    let high_negative = toks
        .get(high_at)
        .is_some_and(|t| matches!(t.text, "-" | "−"))
        && toks
            .get(high_at + 1)
            .is_some_and(|n| !n.space_before && n.text.starts_with(|c: char| c.is_ascii_digit()));
    if high_negative {
        high_at += 1;
    }
    if joins
        && let Some(high_tok) = toks.get(high_at)
        && let Ok((rest, mut high)) = numbers::number(&s.text[high_tok.span.start - s.span.start..])
    {
        if high_negative {
            high.value = -high.value;
        }
        let high_end_byte = s.span.start + (s.text.len() - rest.len());
        let high_end = toks.partition_point(|t| t.span.start < high_end_byte);
        // "5 to 7 million", "$54.8–55 billion", "3-4bn": a scale after the high end is the
        // low end's too, where the low end has none of its own.
        // The scale is a power of ten a scale word makes ("7½ million" is no scale of 1.07
        // million).
        let scale = written_digits(high_tok.text).map_or(1.0, |d| high.value / d);
        let power_of_ten = [1e3, 1e6, 1e9, 1e12]
            .iter()
            .any(|p| (scale - p).abs() <= 1e-9 * p);
        let low_unscaled = toks[mention.first..mention.end]
            .iter()
            .find_map(|t| written_digits(t.text))
            .is_some_and(|d| d == mention.number);
        let low = if power_of_ten && low_unscaled && mention.number * scale < high.value {
            mention.number * scale
        } else {
            mention.number
        };
        // Both ends are written the same way: "10% to 12%", "$10bn and $11bn", "10 to 12".
        let high_percent = toks
            .get(high_end)
            .is_some_and(|t| t.text == "%" || t.lower == "percent");
        // "10-12 percent", "10-12%": a hyphen's pair shares the sign after it.
        // "between 2 and 3 percent", "2 to 3 percent": so does a pair joined by words.
        // Not after "from": "went from 2 to 3 percent" is a change whatever its verb.
        let after_from = mention.first > 0 && toks[mention.first - 1].lower == "from";
        let shared_percent = mention.unit.is_none() && high_percent && !after_from;
        let same_notation = ((mention.unit.as_deref() == Some("percentage")) == high_percent
            || shared_percent)
            && (high_at == mention.end + 1 || mention.unit.is_some());
        // Two readings below zero are a range from either end: "-5C to -10C".
        let (low, high_value) = if high.value < low && low < 0.0 {
            (high.value, low)
        } else {
            (low, high.value)
        };
        // "highs of 10 to 12C": a unit glued to the high end is the range's.
        let token_end = toks[high_end - 1].span.end;
        let glued_unit = (token_end != high_end_byte && mention.unit.is_none())
            .then(|| {
                super::units::glued_after(
                    lexicon,
                    &s.text[high_end_byte - s.span.start..token_end - s.span.start],
                )
            })
            .flatten();
        if (token_end == high_end_byte || glued_unit.is_some()) && high_value > low && same_notation
        {
            if let Some(unit) = glued_unit {
                mention.unit = Some(unit.clone());
            }
            mention.number = low;
            mention.end = high_end;
            // "between 2% and 3%": the high end's sign is the range's too.
            if mention.unit.as_deref() == Some("percentage") && high_percent {
                mention.end += 1;
            }
            mention.range = Some([mention.number, high_value]);
            mention.hedge = Hedge::Range;
            mention.interval = Interval {
                low: Some(mention.number),
                high: Some(high_value),
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

/// Whether a verb of change stands before "from" at `from` in its clause: "rose from 10 to
/// 25", "raised tariffs on steel from 10% to 25%" state a change from one level to another,
/// not a range. "Up" and "down" alone are no verb ("up north, from 10 to 25 degrees").
fn changed_before(lexicon: &Lexicon, toks: &[Token<'_>], from: usize) -> bool {
    (from.saturating_sub(16)..from)
        .rev()
        .take_while(|&k| !matches!(toks[k].text, "," | ";" | ":" | "."))
        .any(|k| {
            !matches!(toks[k].lower.as_ref(), "up" | "down")
                && lexicon.change_forms.longest_at(toks, k).is_some()
        })
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
        // "twice as much as $2 billion", "three times as many as": a comparison, no bound.
        let multiple = toks[start].lower == "as"
            && start > 0
            && matches!(
                toks[start - 1].lower.as_ref(),
                "twice" | "thrice" | "times" | "half" | "double" | "triple"
            );
        // "the jobless rate ticked up to 4.3%": the particle of a verb of movement and the
        // level it reached, no bound.
        // Only for a level of a rate or a price, and not after a modal: "could go up to $5
        // million" and "moved up to 300 residents" are bounds.
        let level = toks[mention.first..(mention.end + 1).min(toks.len())]
            .iter()
            .any(|t| {
                matches!(
                    t.lower.as_ref(),
                    "%" | "percent"
                        | "per"
                        | "percentage"
                        | "points"
                        | "point"
                        | "$"
                        | "€"
                        | "£"
                        | "¥"
                )
            });
        let modal = start >= 2
            && matches!(
                toks[start - 2].lower.as_ref(),
                "could" | "can" | "may" | "might" | "would" | "will" | "to" | "should"
            );
        let particle = found.len == 2
            && toks[start].lower == "up"
            && start > 0
            && level
            && !modal
            && moves_up(toks[start - 1].lower.as_ref());
        if !entry.after && !prepositional && !multiple && !particle {
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

/// Verbs that take "up" as their particle of movement: after them "up to 4.3%" is the level
/// reached ("ticked up to", "edged up to", "was revised up to"), not "at most". A verb of
/// harm is no such verb: "killed up to 30 people" is a bound.
fn moves_up(word: &str) -> bool {
    let stem = word
        .strip_suffix("ed")
        .or_else(|| word.strip_suffix("ing"))
        .or_else(|| word.strip_suffix('s'))
        .unwrap_or(word);
    matches!(
        stem,
        "tick"
            | "edg"
            | "edge"
            | "inch"
            | "nudg"
            | "nudge"
            | "bump"
            | "revis"
            | "revise"
            | "ramp"
            | "ratchet"
            | "notch"
            | "step"
            | "stepp"
            | "creep"
            | "go"
            | "goe"
            | "pick"
            | "picked"
            | "speed"
            | "sped"
    ) || matches!(
        word,
        "crept" | "went" | "gone" | "shot" | "shooting" | "sped"
    )
}

fn apply_hedge(mention: &mut Mention, entry: &crate::lexicon::HedgeEntry) {
    mention.hedge = entry.kind;
    mention.interval = hedged(mention.number, entry);
}

/// The values a hedge allows around a number: "about 500", "more than 500", "up to 500".
pub(crate) fn hedged(n: f64, entry: &crate::lexicon::HedgeEntry) -> Interval {
    match entry.kind {
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
    }
}

/// An age set off by commas after who it is: "The owner, 58, was arrested", "Ana Brel, 47,
/// said". Not a figure of a list ("12, 58, and 3") nor one after a function word.
fn set_off_age(lexicon: &Lexicon, toks: &[Token<'_>], i: usize, end: usize) -> bool {
    let number = &toks[i];
    let whole = end == i + 1
        && number.text.len() <= 3
        && number.text.bytes().all(|b| b.is_ascii_digit())
        && number
            .text
            .parse::<u32>()
            .is_ok_and(|n| (1..=120).contains(&n));
    let commas = i >= 2 && toks[i - 1].text == "," && toks.get(end).is_some_and(|t| t.text == ",");
    if !(whole && commas) {
        return false;
    }
    // The clause goes on after the age: "…, 58, has been", not "…, 12, and Port Essel, 40".
    let goes_on = toks
        .get(end + 1)
        .is_some_and(|t| t.is_word() && !matches!(t.lower.as_ref(), "and" | "or" | "but"));
    let who = &toks[i - 2];
    // A name not after a preposition ("Ana Brel, 47," but not "in Port Essel, 112,"), or a
    // noun of a person ("The owner, 58,"; not "the death toll, 112,").
    let name_start = (0..i - 1)
        .rev()
        .take_while(|&k| toks[k].is_word() && toks[k].is_capitalised())
        .last();
    // A sentence's first word is capitalised whatever it is: a noun of those counted
    // ("Survivors, 120, were") is no name.
    let plural_verb = toks
        .get(end + 1)
        .is_some_and(|t| matches!(t.lower.as_ref(), "were" | "are" | "have"));
    let counted_noun =
        lexicon.class_nouns.longest_at(toks, i - 2).is_some() || i == 2 && plural_verb;
    let named = who.is_capitalised()
        && !counted_noun
        && name_start.is_some_and(|k| {
            k == 0
                || k > 0
                    && !matches!(
                        toks[k - 1].lower.as_ref(),
                        "in" | "at" | "from" | "of" | "to" | "near" | "for" | "on" | "by" | "into"
                    )
        });
    goes_on && (named || PERSON_NOUNS.contains(&who.lower.as_ref()))
}

/// Nouns of one person that an age set off by commas may follow ("The owner, 58, …").
const PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "owner",
    "suspect",
    "driver",
    "victim",
    "mother",
    "father",
    "son",
    "daughter",
    "husband",
    "wife",
    "pilot",
    "teacher",
    "officer",
    "resident",
    "student",
    "worker",
    "farmer",
    "doctor",
    "nurse",
    "soldier",
    "player",
    "coach",
    "manager",
    "pensioner",
    "grandmother",
    "grandfather",
    "gunman",
    "attacker",
    "defendant",
    "survivor",
    "founder",
];

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

/// True for a word that ends a noun phrase: a counted noun or a plural noun.
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
    // "a foot of snow", "an inch of rain": a mass measured; "a ton of questions" is many.
    let of_something = toks.get(unit_end).is_some_and(|t| t.lower == "of")
        && toks
            .get(unit_end + 1)
            .is_some_and(|t| t.is_word() && !t.lower.ends_with('s'));
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

/// A number written as one token: "12", "twelve".
pub(super) fn is_number_token(t: &Token<'_>) -> bool {
    t.text.starts_with(|c: char| c.is_ascii_digit())
        || numbers::word_number(&t.lower).is_ok_and(|(rest, _)| rest.is_empty())
}

/// The words that join the numbers of a list of ages: "aged 4, 9 and 12", "aged between 19
/// and 64", "aged 7 to 10".
pub(super) fn joins_ages(t: &Token<'_>) -> bool {
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

/// Why a number at token `i` (ending before token `end`) is not a count, if it is not.
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
    if score_at_dash(toks, end) || i > 0 && score_at_dash(toks, i - 1) {
        return Some("a score or a tally");
    }
    // "the 2019–20 season", "the 2024-25 budget": the second year of a span of two.
    if i >= 2
        && matches!(toks[i - 1].text, "-" | "\u{2013}")
        && !toks[i - 1].space_before
        && !tok.space_before
        && tok.text.len() == 2
        && toks[i - 2].text.len() == 4
        && toks[i - 2].text.starts_with(['1', '2'])
        && toks[i - 2].text.bytes().all(|b| b.is_ascii_digit())
    {
        return Some("a span of years");
    }
    if digits {
        // Names and codes with digits: "Su-34", "Kh-101", "S-300", "2025-02-03". A hyphen
        // with a space before it and none after is a minus sign: "fell to -5C".
        // "J1149.5+6663": a plus sign joining two codes.
        let joined_by_plus = prev.is_some_and(|p| p.text == "+" && !p.space_before && i >= 2);
        if let Some(p) = prev
            && !tok.space_before
            && (matches!(p.text, "-" | "/" | ":") || joined_by_plus)
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
    // A reference mark: "lasting only 7 minutes [1]".
    if i > 0
        && toks[i - 1].text == "["
        && toks.get(end).is_some_and(|t| t.text == "]")
        && !s.numbers_only
    {
        return Some("a reference mark");
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
        || in_a_list_of_ages(lexicon, toks, i, end)
        || set_off_age(lexicon, toks, i, end);
    // "people 65 or older", "children 12 and younger": an age as a threshold.
    let threshold = toks
        .get(end)
        .is_some_and(|t| matches!(t.lower.as_ref(), "or" | "and"))
        && toks
            .get(end + 1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "older" | "younger"));
    // "children under 10 who had not been vaccinated", "those over 65": an age as a bound.
    let bound = i >= 2
        && matches!(
            toks[i - 1].lower.as_ref(),
            "under" | "over" | "below" | "above"
        )
        && matches!(
            toks[i - 2].lower.as_ref(),
            "children"
                | "kids"
                | "people"
                | "adults"
                | "those"
                | "anyone"
                | "babies"
                | "infants"
                | "teenagers"
                | "girls"
                | "boys"
                | "women"
                | "men"
                | "pupils"
                | "students"
                | "patients"
                | "residents"
        )
        && toks.get(end).is_none_or(|t| {
            !t.is_word()
                || matches!(
                    t.lower.as_ref(),
                    "who" | "that" | "years" | "and" | "or" | "in" | "are" | "were" | "with"
                )
        });
    let aged = aged || threshold || bound;
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

/// "won 2–1", "a 3–0 defeat": two numbers joined by an en dash, the second no greater than
/// the first, is a score or a tally, not a range (which rises: "10–20"). `at` is the dash.
fn score_at_dash(toks: &[Token<'_>], at: usize) -> bool {
    let glued = |k: usize| toks.get(k).is_some_and(|t| !t.space_before);
    let value = |k: usize| {
        toks.get(k)
            .filter(|t| t.text.bytes().all(|b| b.is_ascii_digit()) && t.text.len() <= 3)
            .and_then(|t| t.text.parse::<u32>().ok())
    };
    at >= 1
        && toks.get(at).is_some_and(|t| t.text == "\u{2013}")
        && glued(at)
        && glued(at + 1)
        && matches!((value(at - 1), value(at + 1)), (Some(a), Some(b)) if b <= a)
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

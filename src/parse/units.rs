//! Units of measure around a number: a currency written before it ("$5m", "US$ 40", "USD 5
//! million", "RM12.40"), a unit glued to its digits ("1,500km", "512GB", "20kHz") or written
//! after it ("30 degrees Celsius", "miles per hour"). The lexicon's `[[unit]]` entries say
//! which forms stand where and what each unit measures (`Lexicon::units`).

use crate::lexicon::{Lexicon, UnitInfo};
use crate::text::Token;

/// The unit written before the number whose first token is `i`: its id and the index of the
/// unit's first token. A sign or code glued to the digits ("$5", "€2.5bn") or set apart from
/// them by a space ("USD 5 million", "Rs 500"); a sign alone ("$") must touch the digits or be
/// one of the longer codes.
pub(super) fn before(lexicon: &Lexicon, toks: &[Token<'_>], i: usize) -> Option<(String, usize)> {
    if i == 0 {
        return None;
    }
    // A form of several tokens is written without spaces ("US$", "HK$"): "A $5 million deal"
    // is in dollars, not Australian ones.
    if let Some(found) = dollar_of_code(lexicon, toks, i) {
        return Some(found);
    }
    let (start, unit) = match lexicon.unit_before.longest_ending_at(toks, i, 3) {
        Some((start, found)) if toks[start + 1..i].iter().all(|t| !t.space_before) => {
            (start, found.value.clone())
        }
        _ => {
            let found = lexicon.unit_before.longest_at(toks, i - 1)?;
            (found.len == 1).then_some(())?;
            (i - 1, found.value.clone())
        }
    };
    Some((unit, start))
}

/// A dollar sign after the letters of a country or currency code, written in lower case or set
/// apart by a space ("hk $ 10", "c $ 300", "mxn$ 15", "Mex$ 10"): the code's unit and the
/// index of its letters' token. "A $5" stays a dollar amount after an article.
fn dollar_of_code(lexicon: &Lexicon, toks: &[Token<'_>], i: usize) -> Option<(String, usize)> {
    let sign = i.checked_sub(1)?;
    let letters = sign.checked_sub(1)?;
    let code = &toks[letters];
    // "music's $500 million man": the letter after an apostrophe is no code.
    let possessive = letters > 0 && matches!(toks[letters - 1].text, "'" | "’");
    if possessive
        || toks[sign].text != "$"
        || !(1..=3).contains(&code.text.len())
        || !code.text.chars().all(|c| c.is_ascii_alphabetic())
        || (code.lower == "a" && toks[sign].space_before)
    {
        return None;
    }
    let mut capitalised = code.lower.to_string();
    capitalised[..1].make_ascii_uppercase();
    [code.text.to_ascii_uppercase(), capitalised]
        .into_iter()
        .find_map(|written| {
            let written = format!("{written}$");
            let form = crate::text::tokens(&written, 0);
            let found = lexicon.unit_before.longest_at(&form, 0)?;
            (found.len == form.len()).then(|| (found.value.clone(), letters))
        })
}

/// "1.8m tall", "a 30m-high wall": digits glued to an "m" that is metres, not millions, before
/// an adjective of size. The number's token is `i`, its last token `end - 1`.
pub(super) fn metres_not_millions(toks: &[Token<'_>], i: usize, end: usize) -> bool {
    let word = toks[end - 1].text;
    let glued_m = end == i + 1
        && word
            .strip_suffix('m')
            .is_some_and(|digits| digits.parse::<f64>().is_ok());
    let size = |t: Option<&Token<'_>>| {
        t.is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "tall" | "long" | "high" | "wide" | "deep" | "thick" | "across" | "away"
            )
        })
    };
    let hyphen = toks
        .get(end)
        .is_some_and(|t| t.text == "-" && !t.space_before);
    glued_m && (size(toks.get(end)) || (hyphen && size(toks.get(end + 1))))
}

/// Digits glued to one capital letter that name a thing rather than measure it: "13F filing"
/// (a form), "14.7C/" (an old cents sign). `rest` is the letter, `end` the token after it.
pub(super) fn letter_code(toks: &[Token<'_>], end: usize, rest: &str) -> bool {
    let letter = rest.len() == 1 && rest.bytes().all(|b| b.is_ascii_uppercase());
    let slash = toks
        .get(end)
        .is_some_and(|t| t.text == "/" && !t.space_before);
    let document = toks.get(end).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "filing" | "filings" | "form" | "forms" | "report" | "reports" | "return" | "returns"
        )
    });
    letter && (slash || document)
}

/// The unit of an amount over tokens `first..end` read as `unit`: a degree that turns or shapes
/// something is an angle ("a 180-degree turn", "a 45 degrees angle", "rotated 90°"), not a
/// temperature.
pub(super) fn of_angle(toks: &[Token<'_>], first: usize, end: usize, unit: String) -> String {
    if unit != "degree" {
        return unit;
    }
    let turning = first.checked_sub(1).is_some_and(|p| {
        matches!(
            toks[p].lower.as_ref(),
            "rotate"
                | "rotated"
                | "rotates"
                | "rotating"
                | "turn"
                | "turned"
                | "turns"
                | "turning"
                | "tilt"
                | "tilted"
                | "tilts"
                | "tilting"
                | "swivel"
                | "swivelled"
                | "pivot"
                | "pivoted"
        )
    });
    // After the degree word, when `end` is the number's end: "180-degree turn".
    let mut end = end;
    if toks.get(end).is_some_and(|t| t.text == "-") {
        end += 1;
    }
    if toks
        .get(end)
        .is_some_and(|t| matches!(t.lower.as_ref(), "degree" | "degrees" | "°" | "deg"))
    {
        end += 1;
    }
    let shaped = toks.get(end).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "angle"
                | "angles"
                | "turn"
                | "turns"
                | "u-turn"
                | "rotation"
                | "arc"
                | "incline"
                | "slope"
                | "view"
                | "views"
                | "pivot"
                | "shift"
                | "bend"
        )
    });
    if turning || shaped {
        "angle".to_string()
    } else {
        unit
    }
}

/// A currency code with a scale after a number: "30 MUSD", "120 MEUR" (millions of the
/// currency, as finance reports write them) or "75 USD million": the unit, the scale and the
/// token after them.
pub(super) fn scaled_code_after(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    end: usize,
) -> Option<(String, f64, usize)> {
    let code = toks.get(end)?;
    if let Some(unit) = million_code(lexicon, code.text) {
        return Some((unit, 1e6, end + 1));
    }
    let unit = money_code(lexicon, code.text)?;
    let scale = match toks.get(end + 1)?.lower.as_ref() {
        "thousand" => 1e3,
        "million" | "mn" => 1e6,
        "billion" | "bn" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    };
    Some((unit, scale, end + 2))
}

/// "MUSD", "MEUR", "MGBP": a million of the currency whose code follows the M.
pub(super) fn million_code(lexicon: &Lexicon, word: &str) -> Option<String> {
    money_code(lexicon, word.strip_prefix('M')?)
}

/// The money unit of a three-letter code in capitals ("USD", "EUR").
fn money_code(lexicon: &Lexicon, code: &str) -> Option<String> {
    if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let form = crate::text::tokens(code, 0);
    let found = lexicon.unit_before.longest_at(&form, 0)?;
    (is_money(lexicon, found.value) && found.len == form.len()).then(|| found.value.clone())
}

/// A currency code glued before the digits of one word ("RM12.40", "Rs500", "USD5"): the unit
/// and the length of the code in bytes.
pub(super) fn glued_before(lexicon: &Lexicon, word: &str) -> Option<(String, usize)> {
    let lead = word.bytes().position(|b| b.is_ascii_digit())?;
    if lead == 0 {
        return None;
    }
    let code = &word[..lead];
    let unit = lexicon.unit_glued.get(code)?;
    // Only a money unit's code stands before digits ("RM", "Rs"); "km12" is no amount.
    (is_money(lexicon, unit)
        && lexicon
            .unit_before
            .longest_at(&crate::text::tokens(code, 0), 0)
            .is_some())
    .then(|| (unit.clone(), lead))
}

/// The unit the rest of a word after its digits spells ("km" of "1,500km"): the exact form,
/// else, for a form of two letters or more, its lower case ("Km").
pub(super) fn glued_after<'l>(lexicon: &'l Lexicon, rest: &str) -> Option<&'l String> {
    if rest.is_empty() {
        return None;
    }
    lexicon.unit_glued.get(rest).or_else(|| {
        (rest.chars().count() >= 2)
            .then(|| lexicon.unit_glued.get(&rest.to_lowercase()))
            .flatten()
    })
}

/// The unit of measure written right after a number ending before token `end` ("5 km",
/// "30 degrees Celsius", "65 miles per hour"): its id and the token after it. Only units the
/// lexicon gives a dimension; counted nouns ("people") are no units of measure.
pub(super) fn after(lexicon: &Lexicon, toks: &[Token<'_>], end: usize) -> Option<(String, usize)> {
    // "a 3-inch screen", "a six-mile drive", "a 45-acre farm": the unit joined by a hyphen.
    let at = if toks
        .get(end)
        .is_some_and(|t| t.text == "-" && !t.space_before)
        && toks.get(end + 1).is_some_and(|t| !t.space_before)
    {
        end + 1
    } else {
        end
    };
    // "1 m x 1 m", "a wall 3 m high", "a package of 1500 b": a lone "m" is metres and a lone
    // "b" bits where a size follows it or the sentence ends; elsewhere they may be millions and
    // billions.
    if let Some(unit) = toks.get(at).and_then(|t| match t.text {
        "m" if t.space_before => Some("metre"),
        "b" if t.space_before => Some("bit"),
        _ => None,
    }) && toks.get(at + 1).is_none_or(|t| {
        matches!(
            t.lower.as_ref(),
            "x" | "by" | "tall" | "long" | "high" | "wide" | "deep" | "." | ")"
        )
    }) {
        return Some((unit.to_string(), at + 1));
    }
    // "2 1/2 in thick", "my pencil is 2 in": "in" before a size, or closing the text, is
    // inches.
    if toks.get(at).is_some_and(|t| t.lower == "in")
        && toks.get(at + 1).is_none_or(|t| {
            matches!(
                t.lower.as_ref(),
                "thick" | "tall" | "long" | "high" | "wide" | "deep" | "across"
            )
        })
    {
        return Some(("inch".to_string(), at + 1));
    }
    // "a 9\" plate", "an 8″ wrench": an inch mark glued to the digits. A straight double quote
    // is an inch mark only where it closes no quotation: the quotes before it are even.
    if end > 0
        && at == end
        && toks.get(at).is_some_and(|t| {
            !t.space_before
                && (t.text == "″" || (t.text == "\"" && straight_inch_mark(lexicon, toks, at)))
        })
    {
        return Some(("inch".to_string(), at + 1));
    }
    // "20 (kg)", "20 [kg]": a unit in brackets.
    if let Some(open) = toks.get(at)
        && let Some(close) = match open.text {
            "(" => Some(")"),
            "[" => Some("]"),
            "{" => Some("}"),
            "<" => Some(">"),
            _ => None,
        }
        && let Some(found) = lexicon.unit_forms.longest_at(toks, at + 1)
        && toks
            .get(at + 1 + found.len)
            .is_some_and(|t| t.text == close)
        && lexicon
            .units
            .get(found.value)
            .is_some_and(|u| u.dimension != "money")
    {
        return Some((found.value.clone(), at + found.len + 2));
    }
    let found = lexicon.unit_forms.longest_at(toks, at)?;
    let unit = found.value.as_str();
    if !lexicon.units.contains_key(unit) || bare_points(toks, end, at, found.len) {
        return None;
    }
    let unit = if unit == "lb" && sterling_at(toks, at) {
        "pound"
    } else {
        unit
    };
    Some((unit.to_string(), at + found.len))
}

/// Whether "pounds" at `at` are sterling, not weight: after a scale word ("361 million
/// pounds") or in a sentence about money.
pub(super) fn sterling_at(toks: &[Token<'_>], at: usize) -> bool {
    // "2 billion pounds"; "a 412-million-pound budget", joined.
    let joined = at > 1 && toks[at - 1].text == "-" && !toks[at].space_before;
    let scale_at = if joined {
        at.checked_sub(2)
    } else {
        at.checked_sub(1)
    };
    let scaled = scale_at.is_some_and(|k| {
        matches!(
            toks[k].lower.as_ref(),
            "million" | "billion" | "trillion" | "bn" | "m" | "mn" | "lakh" | "crore"
        )
    });
    // "2,000 pounds of cod", "a 300-pound lineman": weights.
    let of_a_thing = toks.get(at + 1).is_some_and(|t| t.lower == "of")
        || at > 0 && toks[at - 1].text == "-" && !toks[at].space_before;
    toks[at].lower.starts_with("pound") && (scaled || !of_a_thing && money_sentence(toks))
}

/// Whether a sentence speaks of money and not of weight, so that its "pounds" are sterling:
/// "households will pay 1,912 pounds a year", "a fine of 500 pounds", but not "the fish weighed
/// 40 pounds".
fn money_sentence(toks: &[Token<'_>]) -> bool {
    let weight = toks.iter().any(|t| {
        matches!(
            t.lower.as_ref(),
            "weigh"
                | "weighs"
                | "weighed"
                | "weighing"
                | "weight"
                | "weights"
                | "heavier"
                | "lighter"
                | "gained"
                | "kg"
                | "kilograms"
                | "ounces"
        )
    });
    let money = toks.iter().any(|t| {
        t.text == "£"
            || matches!(
                t.lower.as_ref(),
                "pay"
                    | "pays"
                    | "paid"
                    | "paying"
                    | "cost"
                    | "costs"
                    | "costing"
                    | "price"
                    | "prices"
                    | "priced"
                    | "fee"
                    | "fees"
                    | "fine"
                    | "fined"
                    | "tax"
                    | "taxes"
                    | "bill"
                    | "bills"
                    | "budget"
                    | "salary"
                    | "salaries"
                    | "wage"
                    | "wages"
                    | "rent"
                    | "spend"
                    | "spends"
                    | "spending"
                    | "spent"
                    | "earn"
                    | "earns"
                    | "earned"
                    | "income"
                    | "worth"
                    | "funding"
                    | "charge"
                    | "charged"
                    | "loan"
                    | "debt"
                    | "profit"
                    | "revenue"
                    | "afford"
                    | "sterling"
                    | "fines"
                    | "sold"
                    | "bought"
                    | "raised"
                    | "donated"
                    | "grant"
                    | "compensation"
                    | "repay"
                    | "netted"
                    | "stole"
                    | "charges"
                    | "rents"
            )
    });
    money && !weight
}

/// Whether the straight double quote at `at`, glued to digits, is an inch mark: a word that is
/// no function word follows it ("a 9\" plate") or nothing does, no quotation is open before it in the sentence,
/// and the sentence quotes no one ("We have counted 312\" the mayor told reporters" closes a
/// quotation a sentence before opened).
fn straight_inch_mark(lexicon: &Lexicon, toks: &[Token<'_>], at: usize) -> bool {
    // Not before a full stop: "… stands at 40\"." closes a quotation as often as it measures.
    let noun_after = toks
        .get(at + 1)
        .is_none_or(|t| t.is_word() && !super::names::function_word(t.lower.as_ref()));
    let quoting = (0..toks.len()).any(|k| lexicon.attribution_verbs.longest_at(toks, k).is_some());
    noun_after && !quoting && quotes_before_even(toks, at)
}

/// Whether no quotation is open before token `at`, reading the straight double quotes of the
/// 80 tokens before it: a quote glued to digits where none is open is an inch mark, any other
/// opens or closes a quotation.
fn quotes_before_even(toks: &[Token<'_>], at: usize) -> bool {
    let from = at.saturating_sub(80);
    let mut open = false;
    for k in from..at {
        if toks[k].text != "\"" {
            continue;
        }
        let inch_mark = !open
            && !toks[k].space_before
            && k > 0
            && toks[k - 1].text.ends_with(|c: char| c.is_ascii_digit());
        if !inch_mark {
            open = !open;
        }
    }
    !open
}

/// "at one point", "the team has 45 points", "the Dow fell 300 points": "point" alone after a
/// whole number is a moment, or a point of a game, a table or an index, where the sentence
/// speaks of one; in a poll ("leads by two points", "fell 4 points to 31%") and after a
/// decimal ("0.5 points") it is a percentage point.
pub(super) fn bare_points(toks: &[Token<'_>], end: usize, at: usize, len: usize) -> bool {
    if len != 1
        || !matches!(toks[at].lower.as_ref(), "point" | "points")
        || end == 0
        || toks[end - 1].text.contains('.')
    {
        return false;
    }
    let moment = end >= 2 && toks[end - 2].lower == "at";
    moment
        || toks.iter().any(|t| {
            matches!(
                t.lower.as_ref(),
                "game"
                    | "games"
                    | "match"
                    | "matches"
                    | "season"
                    | "league"
                    | "scored"
                    | "scoring"
                    | "standings"
                    | "table"
                    | "index"
                    | "dow"
                    | "nasdaq"
                    | "ftse"
                    | "nikkei"
                    | "sensex"
            )
        })
}

/// A number read with its tokens (`first..end`).
pub(super) struct Placed {
    pub first: usize,
    pub end: usize,
    pub read: super::NumberRead,
}

/// "45 and 50 mg", "between 8 and 10 feet": a number joined to the next one by a conjunction
/// takes the next one's unit when it has none of its own.
pub(super) fn share_units(toks: &[Token<'_>], reads: &mut [Placed]) {
    for k in (0..reads.len().saturating_sub(1)).rev() {
        let (head, tail) = reads.split_at_mut(k + 1);
        let (read, next) = (&mut head[k], &tail[0]);
        if read.read.unit.is_none()
            && next.read.unit.is_some()
            && next.first == read.end + 1
            && matches!(
                toks[read.end].lower.as_ref(),
                "and" | "or" | "to" | "-" | "–"
            )
        {
            read.read.unit = next.read.unit.clone();
        }
    }
}

/// One number of a sentence before its context is read: its tokens, value and own unit.
pub(super) struct Part<'m> {
    pub first: usize,
    pub end: usize,
    pub number: f64,
    /// A range or a vague size ("dozens"), which never joins another amount.
    pub ranged: bool,
    pub unit: Option<&'m str>,
}

/// "5 feet 2 inches", "6ft 2in", "12 ft 2 in", "3 dollars and 50 cents", "15 dollars 50": one
/// amount written in a unit and a smaller one of the same dimension, read as one value in the
/// first. The value, the unit and the token after the amount.
pub(super) fn compound(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    a: &Part<'_>,
    b: &Part<'_>,
) -> Option<(f64, String, usize)> {
    if a.ranged || b.ranged {
        return None;
    }
    let (big, big_end) = match a.unit {
        Some(unit) => (unit.to_string(), a.end),
        None => after(lexicon, toks, a.end)?,
    };
    // "17 USD 25": the code after the first number is not the second's.
    let shares_code = b.first < big_end && b.first >= a.end;
    let joined = shares_code
        || big_end == b.first
        || (big_end + 1 == b.first && toks[big_end].lower == "and");
    if !joined {
        return None;
    }
    let small = match b.unit.filter(|_| !shares_code) {
        Some(unit) => Some((unit.to_string(), b.end)),
        None => after(lexicon, toks, b.end),
    }
    // "12 ft 2 in": after feet, "in" is inches.
    .or_else(|| {
        (big == "foot" && toks.get(b.end).is_some_and(|t| t.lower == "in"))
            .then(|| ("inch".to_string(), b.end + 1))
    });
    if let Some((small, end)) = small {
        let ratio = smaller_part(lexicon, &big, &small)?;
        return Some((a.number + b.number * ratio, big, end));
    }
    // "15 dollars 50", "thirteen dollars forty five": a currency's hundredths written after
    // its name, at the end of a clause ("15 dollars and 50 people" are two figures).
    let spelled = a.unit.is_none();
    let hundredths = b.number.fract() == 0.0 && (1.0..100.0).contains(&b.number);
    let punctuation = |at: usize| {
        toks.get(at)
            .is_none_or(|t| matches!(t.text, "." | "," | ";" | "!" | "?" | ")"))
    };
    // "if they had 15 dollars 50 more, ...".
    let more = toks
        .get(b.end)
        .is_some_and(|t| matches!(t.lower.as_ref(), "more" | "less"));
    let clause_end = punctuation(b.end) || (more && punctuation(b.end + 1));
    hundredth(&big)?;
    (spelled && hundredths && clause_end).then(|| (a.number + b.number / 100.0, big, b.end))
}

/// The unit a currency's hundredth is named by, for the currencies news prices in.
fn hundredth(unit: &str) -> Option<&'static str> {
    match unit {
        "pound" => Some("penny"),
        "dollar" | "euro" => Some("cent"),
        _ if unit.ends_with("-dollar") => Some("cent"),
        _ => None,
    }
}

/// How much of `big` one `small` is, when `small` is a smaller unit of the same dimension (an
/// inch is 1/12 of a foot; a cent, a hundredth of a dollar).
fn smaller_part(lexicon: &Lexicon, big: &str, small: &str) -> Option<f64> {
    let (a, b) = (info(lexicon, big)?, info(lexicon, small)?);
    // Durations are read one unit at a time ("21 years and six months"): the rules of time
    // compare each.
    if a.dimension != b.dimension || matches!(a.dimension.as_str(), "duration" | "age") {
        return None;
    }
    if let (Some(fa), Some(fb)) = (a.factor, b.factor) {
        return (fb < fa && a.offset == 0.0 && b.offset == 0.0).then_some(fb / fa);
    }
    // Currencies do not convert, but a currency's hundredth does.
    (hundredth(big) == Some(small)).then_some(0.01)
}

/// What a unit measures, if the lexicon says.
pub fn info<'l>(lexicon: &'l Lexicon, unit: &str) -> Option<&'l UnitInfo> {
    lexicon.units.get(unit)
}

/// Whether a unit is money (a currency or its hundredth).
pub fn is_money(lexicon: &Lexicon, unit: &str) -> bool {
    info(lexicon, unit).is_some_and(|u| u.dimension == "money")
}

/// A value in a unit converted to its dimension's base unit, where the dimension's units
/// convert: 5 miles is 8,046.72 metres.
pub fn to_base(lexicon: &Lexicon, unit: &str, value: f64) -> Option<f64> {
    let info = info(lexicon, unit)?;
    Some(value * info.factor? + info.offset)
}

/// A value in one unit in another of its dimension: 5 miles is 8.05 km; `None` where the units
/// do not convert (currencies, other dimensions).
pub fn convert(lexicon: &Lexicon, from: &str, to: &str, value: f64) -> Option<f64> {
    if info(lexicon, from)?.dimension != info(lexicon, to)?.dimension {
        return None;
    }
    from_base(lexicon, to, to_base(lexicon, from, value)?)
}

/// A value in the dimension's base unit converted to `unit`: 8,046.72 metres is 5 miles.
pub fn from_base(lexicon: &Lexicon, unit: &str, value: f64) -> Option<f64> {
    let info = info(lexicon, unit)?;
    let factor = info.factor.filter(|&f| f != 0.0)?;
    Some((value - info.offset) / factor)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::Pack;
    use crate::text::tokens;

    fn lexicon() -> Lexicon {
        Lexicon::load(&Pack::shipped().lexicon).0
    }

    #[test]
    fn values_convert_within_a_dimension_only() {
        let lexicon = lexicon();
        let miles = convert(&lexicon, "mile", "km", 5.0).expect("lengths convert");
        assert!((miles - 8.04672).abs() < 1e-9);
        let celsius = convert(&lexicon, "fahrenheit", "celsius", 212.0).expect("temperatures");
        assert!((celsius - 100.0).abs() < 1e-9);
        assert_eq!(convert(&lexicon, "mile", "mph", 5.0), None);
        assert_eq!(convert(&lexicon, "dollar", "euro", 5.0), None);
    }

    #[test]
    fn codes_and_signs_before_a_number() {
        let lexicon = lexicon();
        let at = |text: &str, i: usize| before(&lexicon, &tokens(text, 0), i).map(|(u, _)| u);
        assert_eq!(at("$5", 1).as_deref(), Some("dollar"));
        assert_eq!(at("USD 5", 1).as_deref(), Some("dollar"));
        assert_eq!(at("US$ 5", 2).as_deref(), Some("dollar"));
        assert_eq!(at("usd 5", 1), None);
        assert_eq!(at("€2.5bn", 1).as_deref(), Some("euro"));
        assert_eq!(at("HK$12", 2).as_deref(), Some("hong-kong-dollar"));
        // A sign set apart by a space is still the number's; a code is written as one word.
        assert_eq!(at("$ 5", 1).as_deref(), Some("dollar"));
        assert_eq!(at("A $5", 2).as_deref(), Some("dollar"));
        assert_eq!(at("a $5", 2).as_deref(), Some("dollar"));
        assert_eq!(at("paid 5", 1), None);
        // A code's letters set apart from the sign, or in lower case, are still its code.
        assert_eq!(at("hk $ 10", 2).as_deref(), Some("hong-kong-dollar"));
        assert_eq!(at("c $ 300", 2).as_deref(), Some("canadian-dollar"));
        assert_eq!(at("mxn$ 15", 2).as_deref(), Some("peso"));
        assert_eq!(at("Mex$ 10", 2).as_deref(), Some("peso"));
        // The letter of a possessive is no code.
        assert_eq!(at("music ' s $ 500", 4).as_deref(), Some("dollar"));
    }

    #[test]
    fn codes_with_scales_compounds_and_metres() {
        let lexicon = lexicon();
        let read = |text: &str| amounts(&lexicon, text);
        assert_eq!(read("Losses exceeded 30 MUSD."), one(3e7, "dollar"));
        assert_eq!(read("Revenue was MEUR 120."), one(1.2e8, "euro"));
        assert_eq!(read("They paid 75 USD million."), one(7.5e7, "dollar"));
        assert_eq!(read("It costs 15 dollars 50."), one(15.5, "dollar"));
        assert_eq!(read("It rose to 17 USD 25."), one(17.25, "dollar"));
        assert_eq!(
            read("With 15 dollars 50 more, they paid."),
            one(15.5, "dollar")
        );
        assert_eq!(read("He paid 15 dollars and 50 more people came.").len(), 2);
        // Hundredths only at the end of a clause: these are two figures.
        assert_eq!(read("He paid 15 dollars and 50 people came.").len(), 2);
        assert_eq!(
            read("The length is 12 ft 2 in more or less."),
            one(12.0 + 2.0 / 12.0, "foot")
        );
        assert_eq!(read("It is a 1/4 mile oval."), one(0.25, "mile"));
        assert!(read("They met on 1/4 last year.").is_empty());
        assert_eq!(read("I'm 1.8m tall."), one(1.8, "metre"));
        assert_eq!(read("They built a 30m-high wall."), one(30.0, "metre"));
        assert_eq!(read("They signed a $40m deal."), one(4e7, "dollar"));
        assert_eq!(read("The weight is 20 (kg)."), one(20.0, "kg"));
        assert_eq!(
            read("The slab is 2 m x 3 m."),
            vec![(2.0, Some("metre".into())), (3.0, Some("metre".into()))]
        );
        assert_eq!(read("It drove at 10km/hr."), one(10.0, "kmh"));
        assert_eq!(read("It covers 4km^2 of land."), one(4.0, "km2"));
        assert_eq!(read("It covers 4 km squared."), one(4.0, "km2"));
        assert_eq!(read("The door is 2 1/2 in thick."), one(2.5, "inch"));
        assert_eq!(read("It is 2 in the morning.").len(), 1);
        assert_eq!(read("It cost 10 000 dollars."), one(1e4, "dollar"));
        assert_eq!(read("On March 3 200 people came.").len(), 1);
        assert_eq!(
            read("The Core i7 Processor 2.80 GHz chip."),
            one(2.8, "gigahertz")
        );
        assert_eq!(
            read("It costs quarter million dollars."),
            one(2.5e5, "dollar")
        );
        assert_eq!(read("It paid 100 Chinese yuan."), one(100.0, "yuan"));
        // A figure in a currency's notation is no part of the name after it.
        assert!(read("We give away USD50 Cards.").contains(&(50.0, Some("dollar".into()))));
        assert!(read("The Boeing 737 Max landed.").is_empty());
    }

    #[test]
    fn inch_marks_letters_and_brackets() {
        let lexicon = lexicon();
        let read = |text: &str| amounts(&lexicon, text);
        // "in" closing the text is inches; before an object it is a preposition.
        assert_eq!(read("The pencil is 2 in"), one(2.0, "inch"));
        assert_eq!(read("They came 2 in a row.").len(), 1);
        assert_eq!(read("They came 2 in a row.")[0].1, None);
        // A straight quote glued to digits is an inch mark where it closes no quotation.
        assert_eq!(read("It has 9\" plates."), one(9.0, "inch"));
        assert_eq!(
            read("A 9\" plate and an 8\" wrench."),
            vec![(9.0, Some("inch".into())), (8.0, Some("inch".into()))]
        );
        assert_eq!(
            read("He said \"we counted 312\" and left."),
            vec![(312.0, None)]
        );
        // A quotation opened a sentence before, closed after a number.
        assert_eq!(
            read("We have counted 312\" the mayor told reporters."),
            vec![(312.0, None)]
        );
        assert_eq!(read("The toll now stands at 40\"."), vec![(40.0, None)]);
        // A "b" glued to four digits with no currency is bits, not billions; "m" stays millions.
        assert_eq!(read("The 1500b packet arrived."), one(1500.0, "bit"));
        assert_eq!(read("Revenue of 1500b won was booked."), one(1.5e12, "won"));
        assert_eq!(read("A package of 1500 b"), one(1500.0, "bit"));
        assert_eq!(read("Revenue was $1500m."), one(1.5e9, "dollar"));
        assert_eq!(read("Sales rose to 2500m yen."), one(2.5e9, "yen"));
        assert_eq!(read("Revenue was 1.5b."), vec![(1.5e9, None)]);
        // Money alone in brackets after a verb of being or "of", closing its clause, is
        // negative; not a level a change reaches, nor one compared.
        assert_eq!(
            read("The annual revenue is ($99.99)."),
            one(-99.99, "dollar")
        );
        assert_eq!(
            read("Net income was ($2.1 million)."),
            one(-2.1e6, "dollar")
        );
        assert_eq!(
            read("The fine was reduced to ($250)."),
            one(250.0, "dollar")
        );
        assert_eq!(
            read("The salary was ($1.2 million) lower."),
            one(1.2e6, "dollar")
        );
        assert_eq!(
            read("It cost £80 ($99) in all."),
            vec![(80.0, Some("pound".into())), (99.0, Some("dollar".into()))]
        );
        assert_eq!(read("The entry fee ($25) was waived."), one(25.0, "dollar"));
        // One of a currency; a symbol after "a" is no word of one.
        assert_eq!(read("Oh look, a penny!"), one(1.0, "penny"));
        assert!(read("He is a Rand Paul ally.").is_empty());
        assert_eq!(read("Not a penny was paid.").len(), 0);
        assert_eq!(read("They agreed a £100m fee."), one(1e8, "pound"));
        // "pounds" of a sentence about money are sterling; of one about weight, pounds.
        assert_eq!(
            read("Each household will pay 91 pounds more."),
            one(91.0, "pound")
        );
        assert_eq!(read("The parcel weighed 25 pounds."), one(25.0, "lb"));
        assert_eq!(read("The baby was 8 pounds at birth."), one(8.0, "lb"));
        assert!(read("It issued a dollar-denominated bond.").is_empty());
        // A decade is a number the text states; a plus sign joins two codes.
        assert_eq!(
            read("It rose by the end of the 1960s."),
            vec![(1960.0, None)]
        );
        assert!(read("The galaxy J1149.5+6663 is far.").is_empty());
    }

    #[test]
    fn bounds_on_both_sides_are_one_range() {
        let lexicon = lexicon();
        let ranges = |text: &str| -> Vec<Option<[f64; 2]>> {
            crate::parse::read_numbers(text, &lexicon)
                .into_iter()
                .map(|r| r.range)
                .collect()
        };
        // A unit written at both ends: one range, in either order below zero.
        assert_eq!(
            ranges("The wall is between 10 km and 12 km long."),
            vec![Some([10.0, 12.0])]
        );
        assert_eq!(
            ranges("Winds of 100 km/h to 120 km/h hit the coast."),
            vec![Some([100.0, 120.0])]
        );
        assert_eq!(ranges("Highs of 10 to 12C."), vec![Some([10.0, 12.0])]);
        assert_eq!(
            ranges("Temperatures ranged from -18 °C to -34 °C."),
            vec![Some([-34.0, -18.0])]
        );
        // A change between two levels is no range.
        assert_eq!(ranges("It rose from 10C to 12C."), vec![None, None]);
        assert_eq!(
            ranges("More than 10 and fewer than 40 people died."),
            vec![Some([10.0, 40.0])]
        );
        assert_eq!(
            ranges("At most 100 and at least 20 people died."),
            vec![Some([20.0, 100.0])]
        );
        // Bounds that leave nothing between them are two figures.
        assert_eq!(
            ranges("More than 40 and less than 10 are far apart."),
            vec![None, None]
        );
        // A hedge written on either side of the number: "at most 12", "12 at most".
        let hedges = |text: &str| -> Vec<crate::claim::Hedge> {
            crate::parse::read_numbers(text, &lexicon)
                .into_iter()
                .map(|r| r.hedge)
                .collect()
        };
        assert_eq!(
            hedges("At most 12 people were hurt."),
            vec![crate::claim::Hedge::AtMost]
        );
        assert_eq!(
            hedges("The injured numbered 12 at most."),
            vec![crate::claim::Hedge::AtMost]
        );
    }

    #[test]
    fn degrees_that_turn_are_angles() {
        let lexicon = lexicon();
        let read = |text: &str| amounts(&lexicon, text);
        assert_eq!(read("The ship rotated 90° at noon."), one(90.0, "angle"));
        assert_eq!(read("Turn a 45 degrees angle."), one(45.0, "angle"));
        assert_eq!(
            read("The party made a 180-degree turn."),
            one(180.0, "angle")
        );
        assert_eq!(read("It was 40 degrees on Monday."), one(40.0, "degree"));
        // A capital glued to digits before a document's name names the document.
        assert!(read("The fund's 13F filing was late.").is_empty());
        assert_eq!(read("It was -5C in the city."), one(-5.0, "celsius"));
    }

    #[test]
    fn units_glued_to_digits() {
        let lexicon = lexicon();
        assert_eq!(
            glued_before(&lexicon, "RM12.40"),
            Some(("ringgit".into(), 2))
        );
        assert_eq!(glued_before(&lexicon, "Rs500"), Some(("rupee".into(), 2)));
        assert_eq!(glued_before(&lexicon, "km12"), None);
        assert_eq!(glued_after(&lexicon, "km").map(String::as_str), Some("km"));
        assert_eq!(
            glued_after(&lexicon, "GB").map(String::as_str),
            Some("gigabyte")
        );
        assert_eq!(
            glued_after(&lexicon, "kHz").map(String::as_str),
            Some("kilohertz")
        );
        assert_eq!(glued_after(&lexicon, "th"), None);
    }

    /// One amount in a unit, as `amounts` gives it.
    fn one(value: f64, unit: &str) -> Vec<(f64, Option<String>)> {
        vec![(value, Some(unit.to_string()))]
    }

    /// Each amount of a sentence: its value and unit.
    fn amounts(lexicon: &Lexicon, text: &str) -> Vec<(f64, Option<String>)> {
        crate::parse::read_numbers(text, lexicon)
            .into_iter()
            .map(|r| (r.number, r.unit))
            .collect()
    }

    #[test]
    fn compound_amounts_are_one_value() {
        let lexicon = lexicon();
        let read = |text: &str| amounts(&lexicon, text);
        assert_eq!(
            read("He is 5 feet 2 inches tall."),
            vec![(5.0 + 2.0 / 12.0, Some("foot".into()))]
        );
        assert_eq!(
            read("It cost 3 dollars and 50 cents."),
            vec![(3.5, Some("dollar".into()))]
        );
        // Durations stay apart, and so do amounts of other dimensions.
        assert_eq!(read("It took 2 hours 30 minutes.").len(), 2);
        assert_eq!(read("It weighs 5 kg and costs 3 dollars.").len(), 2);
    }

    #[test]
    fn signs_south_asian_scales_and_fractions_of_scales() {
        let lexicon = lexicon();
        let read = |text: &str| amounts(&lexicon, text);
        assert_eq!(read("It was -5C in the city."), one(-5.0, "celsius"));
        assert_eq!(
            read("Temperatures fell to minus 40 degrees Celsius."),
            one(-40.0, "celsius")
        );
        assert_eq!(
            read("Shares closed (-2.3%) lower."),
            one(-2.3, "percentage")
        );
        assert_eq!(read("The project costs Rs 35 lakh."), one(3.5e6, "rupee"));
        assert_eq!(read("It lost ₹1,200 crore."), one(1.2e10, "rupee"));
        assert_eq!(read("It cost Rs 2 lakh crore."), one(2e12, "rupee"));
        assert_eq!(
            read("It earned 12,34,567 rupees."),
            one(1_234_567.0, "rupee")
        );
        assert_eq!(
            read("They paid three quarters of a billion dollars."),
            one(7.5e8, "dollar")
        );
        // A hyphen glued to a word or digits before it joins a name, a code or a score.
        assert!(read("The Su-34 flew.").is_empty());
        assert!(read("Leeds won 3-1.").is_empty());
        // A minus sign between a currency sign and the digits; a capital T of trillions.
        assert_eq!(read("It lost $-99.99 a share."), one(-99.99, "dollar"));
        assert_eq!(read("Its output is $2.17T a year."), one(2.17e12, "dollar"));
        assert_eq!(read("The load is 5t."), one(5.0, "ton"));
    }

    #[test]
    fn fractions_written_as_fractions() {
        let lexicon = lexicon();
        let read = |text: &str| amounts(&lexicon, text);
        let plain = |value: f64| vec![(value, None)];
        // A hyphen between numerator and denominator, a plural denominator, a unit after it.
        assert_eq!(read("They won a two-thirds majority."), plain(0.6667));
        assert_eq!(read("Is three halves a fraction?"), plain(1.5));
        assert_eq!(read("It lies one-half mile east."), one(0.5, "mile"));
        assert_eq!(read("It is a quarter mile away."), one(0.25, "mile"));
        // Ordinals and periods are no fractions.
        assert!(read("It was a third straight defeat.").is_empty());
        assert_eq!(
            read("In the two halves of the match they scored."),
            plain(2.0)
        );
    }

    #[test]
    fn digits_grouped_by_plain_spaces() {
        let lexicon = lexicon();
        let read = |text: &str| amounts(&lexicon, text);
        // Before a unit, a counted noun, or with a group no number starts with.
        assert_eq!(read("It is 41 000 km long."), one(41_000.0, "km"));
        assert_eq!(
            read("The quake displaced 41 000 people."),
            vec![(41_000.0, None)]
        );
        assert_eq!(read("It cost 12 050 in all."), vec![(12_050.0, None)]);
        // A day of a month, then a number; two numbers apart.
        assert_eq!(read("On March 3 200 people died."), vec![(200.0, None)]);
        assert_eq!(
            read("Scores were 3 100 and 4."),
            vec![(3.0, None), (100.0, None), (4.0, None)]
        );
    }

    #[test]
    fn points_of_polls_games_and_moments() {
        let lexicon = lexicon();
        let read = |text: &str| amounts(&lexicon, text);
        assert_eq!(
            read("Support fell 4 points to 31% in the survey."),
            vec![
                (4.0, Some("percentage-point".into())),
                (31.0, Some("percentage".into()))
            ]
        );
        assert_eq!(
            read("Rates rose 0.25 points."),
            one(0.25, "percentage-point")
        );
        // A game's or an index's points, and a moment, are no percentage points.
        assert_eq!(
            read("The team has 45 points after 20 games."),
            vec![(45.0, None), (20.0, None)]
        );
        assert_eq!(read("The index fell 300 points."), vec![(300.0, None)]);
        assert!(read("At one point, the crowd surged.").is_empty());
        // A hyphen's pair shares the percentage after it.
        let ranges: Vec<_> = crate::parse::read_numbers("Prices rose 10-12 percent.", &lexicon)
            .into_iter()
            .map(|r| (r.range, r.unit))
            .collect();
        assert_eq!(
            ranges,
            vec![(Some([10.0, 12.0]), Some("percentage".into()))]
        );
        // So does a pair joined by words; a change from one level to another is no range.
        let ranges = |text: &str| -> Vec<_> {
            crate::parse::read_numbers(text, &lexicon)
                .into_iter()
                .map(|r| (r.range, r.unit))
                .collect()
        };
        for text in [
            "Growth will be between 2 and 3 percent.",
            "Growth will be 2 to 3 percent.",
            "Growth will be between 2% and 3%.",
        ] {
            assert_eq!(
                ranges(text),
                vec![(Some([2.0, 3.0]), Some("percentage".into()))],
                "{text}"
            );
        }
        for text in [
            "Growth rose from 2 to 3 percent.",
            "Inflation went from 2 to 3 percent.",
        ] {
            assert!(
                ranges(text).iter().all(|(range, _)| range.is_none()),
                "{text}"
            );
        }
    }

    #[test]
    fn years_and_list_markers_in_numbers_alone() {
        let lexicon = lexicon();
        let read = |text: &str| amounts(&lexicon, text);
        // Read for its own sake, a year is the number it is (claims read it as a date).
        assert_eq!(read("It launched in 1979."), vec![(1979.0, None)]);
        // A list marker starts an item; a number alone with its full stop is a number.
        assert!(read("1. The first item").is_empty());
        assert_eq!(read("192."), vec![(192.0, None)]);
    }

    #[test]
    fn units_after_a_number_and_conversions() {
        let lexicon = lexicon();
        let toks = tokens("5 miles per hour and 30 degrees Celsius for 12 people", 0);
        assert_eq!(after(&lexicon, &toks, 1), Some(("mph".into(), 4)));
        assert_eq!(after(&lexicon, &toks, 6), Some(("celsius".into(), 8)));
        assert_eq!(after(&lexicon, &toks, 10), None);
        let close = |a: f64, b: f64| (a - b).abs() < 1e-6;
        assert!(close(to_base(&lexicon, "mile", 5.0).unwrap(), 8046.72));
        assert!(close(
            to_base(&lexicon, "fahrenheit", 212.0).unwrap(),
            100.0
        ));
        assert_eq!(to_base(&lexicon, "dollar", 5.0), None);
    }
}

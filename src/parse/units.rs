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

/// A currency code glued before the digits of one word ("RM12.40", "Rs500", "USD5"): the unit
/// and the length of the code in bytes.
pub(super) fn glued_before(lexicon: &Lexicon, word: &str) -> Option<(String, usize)> {
    let lead = word.find(|c: char| c.is_ascii_digit())?;
    if lead == 0 {
        return None;
    }
    let code = &word[..lead];
    let unit = lexicon.unit_glued.get(code)?;
    // Only a money unit's code stands before digits ("RM", "Rs"); "km12" is no amount.
    let money = lexicon
        .units
        .get(unit)
        .is_some_and(|u| u.dimension == "money");
    (money
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
    let found = lexicon.unit_forms.longest_at(toks, at)?;
    let unit = found.value.as_str();
    if !lexicon.units.contains_key(unit) {
        return None;
    }
    // "361 million pounds" is money; "25 pounds" of weight.
    let scaled = end > 0
        && matches!(
            toks[end - 1].lower.as_ref(),
            "million" | "billion" | "trillion" | "bn" | "m" | "mn" | "lakh" | "crore"
        );
    let unit = if unit == "lb" && scaled && toks[at].lower.starts_with("pound") {
        "pound"
    } else {
        unit
    };
    Some((unit.to_string(), at + found.len))
}

/// A number read with its tokens: the number's (`first..end`) and its unit's (to `unit_end`).
pub(super) struct Placed {
    pub first: usize,
    pub end: usize,
    pub unit_end: usize,
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

/// "5 feet 2 inches", "6ft 2in", "3 dollars 50 cents", "2 kg 300 g": one amount
/// written in a unit and a smaller one of the same dimension, read as one value in the first.
pub(super) fn join_compounds(lexicon: &Lexicon, toks: &[Token<'_>], reads: &mut Vec<Placed>) {
    let mut k = 0;
    while k + 1 < reads.len() {
        let (a, b) = (&reads[k], &reads[k + 1]);
        let joined =
            a.unit_end == b.first || (a.unit_end + 1 == b.first && toks[a.unit_end].lower == "and");
        let value = match (a.read.unit.as_deref(), b.read.unit.as_deref()) {
            (Some(ua), Some(ub)) if joined && a.read.range.is_none() && b.read.range.is_none() => {
                smaller_part(lexicon, ua, ub).map(|ratio| a.read.number + b.read.number * ratio)
            }
            _ => None,
        };
        match value {
            Some(value) => {
                let b = reads.remove(k + 1);
                let a = &mut reads[k];
                a.read.number = value;
                a.read.interval = crate::claim::Interval::exact(value);
                a.read.with_unit = a.read.with_unit.cover(b.read.with_unit);
                a.unit_end = b.unit_end;
            }
            None => k += 1,
        }
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
    matches!(
        (big, small),
        ("dollar", "cent") | ("euro", "cent") | ("pound", "penny")
    )
    .then_some(0.01)
}

/// What a unit measures, if the lexicon says.
pub fn info<'l>(lexicon: &'l Lexicon, unit: &str) -> Option<&'l UnitInfo> {
    lexicon.units.get(unit)
}

/// A value in a unit converted to its dimension's base unit, where the dimension's units
/// convert: 5 miles is 8,046.72 metres.
pub fn to_base(lexicon: &Lexicon, unit: &str, value: f64) -> Option<f64> {
    let info = info(lexicon, unit)?;
    Some(value * info.factor? + info.offset)
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
        let one = |value: f64, unit: &str| vec![(value, Some(unit.to_string()))];
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

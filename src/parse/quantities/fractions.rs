//! Fractions: in words ("a third", "two-thirds", "one in five"), in digits before a unit of
//! measure ("a 1/4 mile oval"), and fractions of a scale, which are numbers ("half a million").

use super::Mention;
use crate::claim::{Hedge, Interval};
use crate::lexicon::Lexicon;
use crate::parse::Sentence;
use crate::parse::numbers;
use crate::text::Token;

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

pub(super) fn fraction_at(s: &Sentence<'_>, lexicon: &Lexicon, i: usize) -> Option<Mention> {
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

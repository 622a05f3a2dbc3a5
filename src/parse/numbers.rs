//! Numbers as news prints them: "12,000", "1.5 million", "$2.3bn", "forty-seven",
//! "a hundred and sixty-five", "twelve thousand", "a dozen".
//!
//! Each parser recognises a number at the start of its input and returns the rest.
//! Guards that need the surrounding sentence (years, dates, clock times, names with digits)
//! live in the quantity parser, which sees the context.

use nom::branch::alt;
use nom::bytes::complete::{take_while_m_n, take_while1};
use nom::character::complete::{char, digit1, satisfy, space0, space1};
use nom::combinator::{opt, recognize};
use nom::error::{Error, ErrorKind};
use nom::multi::{fold_many0, fold_many1, many0};
use nom::sequence::{delimited, pair, preceded};
use nom::{IResult, Parser};

/// A number read from text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    pub value: f64,
    pub written: Written,
}

/// How the number was written; word numbers such as "one" need more context to count as figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    Digits,
    Words,
}

/// A number in digits or words, with an optional scale ("1.5 million", "£40m").
pub fn number(input: &str) -> IResult<&str, Number> {
    let digit_dozens = |input| -> IResult<&str, Number> {
        let (rest, value) = decimal(input)?;
        let (rest, _) = preceded(space1, alt((keyword("dozens"), keyword("dozen")))).parse(rest)?;
        Ok((
            rest,
            Number {
                value: value * 12.0,
                written: Written::Digits,
            },
        ))
    };
    // Only the alternatives that can begin with the first character are tried: digits never
    // begin a number in words, nor letters one in digits.
    match input.as_bytes().first() {
        Some(b) if b.is_ascii_alphabetic() => alt((mixed_number, word_number)).parse(input),
        Some(b) if b.is_ascii_digit() => {
            alt((digit_dozens, mixed_number, digits_with_scale)).parse(input)
        }
        _ => alt((digit_dozens, mixed_number, digits_with_scale, word_number)).parse(input),
    }
}

/// A whole number and a fraction, with an optional scale: "two and a half", "2½", "2 1/2",
/// "three and three quarters", "one and a half million".
pub fn mixed_number(input: &str) -> IResult<&str, Number> {
    // A mixed number has a fraction within a few words: a slash, a vulgar fraction (not ASCII)
    // or "and". Most numbers have none, and the grammar below need not run.
    let near = &input.as_bytes()[..input.len().min(MIXED_REACH)];
    if !(near.contains(&b'/') || !near.is_ascii() || contains_and(near)) {
        return Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)));
    }
    let whole_digits = |input| -> IResult<&str, (f64, Written)> {
        let (rest, digits) = digit1(input)?;
        let value = digits
            .parse::<f64>()
            .map_err(|_| nom::Err::Error(Error::new(input, ErrorKind::Digit)))?;
        Ok((rest, (value, Written::Digits)))
    };
    let whole_words = |input| hundreds(input).map(|(rest, value)| (rest, (value, Written::Words)));
    let (rest, (whole, written)) = alt((whole_digits, whole_words)).parse(input)?;
    let (rest, part) = alt((
        preceded(space0, vulgar_fraction),
        preceded(space1, slash_fraction),
        and_fraction,
    ))
    .parse(rest)?;
    // "a third of the rest", "a half dozen": the fraction is of something else.
    if rest.trim_start().starts_with("of ") || rest.trim_start().starts_with("dozen") {
        return Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)));
    }
    let (rest, scale) = opt(preceded(space1, scale_word)).parse(rest)?;
    let value = (whole + part) * scale.unwrap_or(1.0);
    if !value.is_finite() {
        return Err(nom::Err::Error(Error::new(input, ErrorKind::Float)));
    }
    Ok((rest, Number { value, written }))
}

/// How far into its input a mixed number's fraction may begin: "one hundred and twenty-three
/// and" is 28 bytes.
const MIXED_REACH: usize = 48;

/// Whether the bytes hold the word "and" (any case) or an ampersand between spaces.
fn contains_and(bytes: &[u8]) -> bool {
    bytes.windows(5).any(|w| {
        w[0] == b' ' && w[1..4].eq_ignore_ascii_case(b"and") && w[4] == b' '
            || (w[0] == b' ' && w[1] == b'&' && w[2] == b' ')
    })
}

/// "and" between the parts of a number, or an ampersand standing for it ("two hundred & forty").
fn and_word(input: &str) -> IResult<&str, &str> {
    alt((keyword("and"), recognize(char('&')))).parse(input)
}

/// Whether a whole word, in lower case, is a fraction's denominator ("fifth", "quarters").
pub fn is_denominator(lower: &str) -> bool {
    // A `match` rather than a search of the table: this runs on the words after every number.
    matches!(
        lower,
        "half"
            | "halves"
            | "third"
            | "thirds"
            | "quarter"
            | "quarters"
            | "fourth"
            | "fourths"
            | "fifth"
            | "fifths"
            | "sixth"
            | "sixths"
            | "seventh"
            | "sevenths"
            | "eighth"
            | "eighths"
            | "ninth"
            | "ninths"
            | "tenth"
            | "tenths"
            | "twelfth"
            | "twelfths"
            | "sixteenth"
            | "sixteenths"
            | "twentieth"
            | "twentieths"
            | "thirtieth"
            | "thirtieths"
            | "hundredth"
            | "hundredths"
            | "thousandth"
            | "thousandths"
            | "millionth"
            | "millionths"
            | "billionth"
            | "billionths"
            | "trillionth"
            | "trillionths"
    )
}

/// "½", "¼", "¾", "⅓", "⅔", "⅕", "⅙", "⅛", "⅜"…: the vulgar fractions of Unicode.
fn vulgar_fraction(input: &str) -> IResult<&str, f64> {
    let mut chars = input.chars();
    let value = chars.next().and_then(vulgar_char);
    match value {
        Some(value) => Ok((chars.as_str(), value)),
        None => Err(nom::Err::Error(Error::new(input, ErrorKind::Char))),
    }
}

fn vulgar_char(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅐' => 1.0 / 7.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        '⅑' => 1.0 / 9.0,
        '⅒' => 0.1,
        _ => return None,
    })
}

/// Whether a word begins with a vulgar fraction ("½", "¾").
pub fn is_vulgar_fraction(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| vulgar_char(c).is_some())
}

/// The value of a word that is one vulgar fraction and nothing else.
pub fn vulgar_value(word: &str) -> Option<f64> {
    let mut chars = word.chars();
    let value = chars.next().and_then(vulgar_char)?;
    chars.next().is_none().then_some(value)
}

/// "1/2", "3/4": a proper fraction after a whole number.
fn slash_fraction(input: &str) -> IResult<&str, f64> {
    let (rest, (top, _, bottom)) = (digit1, char('/'), digit1).parse(input)?;
    let (Ok(top), Ok(bottom)) = (top.parse::<f64>(), bottom.parse::<f64>()) else {
        return Err(nom::Err::Error(Error::new(input, ErrorKind::Digit)));
    };
    if bottom == 0.0 || top >= bottom || rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)));
    }
    Ok((rest, top / bottom))
}

/// A fraction in words: "a half", "one third", "three quarters", "two-thirds", "five eighths",
/// "a tenth", "fifty-four hundredths", "three halves". One takes the singular, more the plural.
pub fn fraction_words(input: &str) -> IResult<&str, f64> {
    let article = |input| word_value("a", 1.0)(input).map(|(rest, v)| (rest, (v, true)));
    let count = |input| below_hundred(input).map(|(rest, v)| (rest, (v, false)));
    let (rest, (numerator, is_article)) = alt((article, count)).parse(input)?;
    let (rest, _) = alt((recognize(delimited(space0, char('-'), space0)), space1)).parse(rest)?;
    let (rest, (denominator, plural)) = denominator(rest)?;
    let agrees = if numerator == 1.0 {
        !plural
    } else {
        !is_article && numerator > 1.0 && plural
    };
    if !agrees {
        return Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)));
    }
    Ok((rest, numerator / denominator))
}

/// The denominators of fractions in words, singular and plural.
const DENOMINATORS: [(&str, &str, f64); 19] = [
    ("half", "halves", 2.0),
    ("third", "thirds", 3.0),
    ("quarter", "quarters", 4.0),
    ("fourth", "fourths", 4.0),
    ("fifth", "fifths", 5.0),
    ("sixth", "sixths", 6.0),
    ("seventh", "sevenths", 7.0),
    ("eighth", "eighths", 8.0),
    ("ninth", "ninths", 9.0),
    ("tenth", "tenths", 10.0),
    ("twelfth", "twelfths", 12.0),
    ("sixteenth", "sixteenths", 16.0),
    ("twentieth", "twentieths", 20.0),
    ("thirtieth", "thirtieths", 30.0),
    ("hundredth", "hundredths", 100.0),
    ("thousandth", "thousandths", 1000.0),
    ("millionth", "millionths", 1e6),
    ("billionth", "billionths", 1e9),
    ("trillionth", "trillionths", 1e12),
];

/// A fraction's denominator in words ("fifth", "quarters", "hundredths"): its value, and
/// whether the word is plural.
fn denominator(input: &str) -> IResult<&str, (f64, bool)> {
    let (rest, word) = take_while1(|c: char| c.is_ascii_alphabetic())(input)?;
    DENOMINATORS
        .iter()
        .find_map(|(one, many, value)| {
            if word.eq_ignore_ascii_case(one) {
                Some((rest, (*value, false)))
            } else if word.eq_ignore_ascii_case(many) {
                Some((rest, (*value, true)))
            } else {
                None
            }
        })
        .ok_or(nom::Err::Error(Error::new(input, ErrorKind::Tag)))
}

/// Whether a fraction's denominator follows: "three| quarters", "five|-eighths". A number
/// before one is the fraction's numerator, not a group of a larger number.
fn denominator_follows(rest: &str) -> bool {
    preceded(
        alt((recognize(delimited(space0, char('-'), space0)), space1)),
        denominator,
    )
    .parse(rest)
    .is_ok()
}

/// " and a half", " and three quarters": a proper fraction after a whole number, not a
/// fraction "of" something else ("20 and a third of the rest").
fn and_fraction(input: &str) -> IResult<&str, f64> {
    let (rest, fraction) = preceded((space1, and_word, space1), fraction_words).parse(input)?;
    if fraction >= 1.0 || rest.trim_start().starts_with("of ") {
        return Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)));
    }
    Ok((rest, fraction))
}

/// Digits with optional thousands separators and decimals, then an optional scale word
/// or attached scale suffix: "12,000", "3.7", "1.5 million", "2.3bn", "40m".
pub fn digits_with_scale(input: &str) -> IResult<&str, Number> {
    let (rest, value) = decimal(input)?;
    let (rest, value) = match opt(exponent).parse(rest)? {
        // Dividing by a power of ten is exact where multiplying by its inverse is not.
        (rest, Some(power)) if power < 0 => (rest, value / 10f64.powi(-power)),
        (rest, Some(power)) => (rest, value * 10f64.powi(power)),
        (rest, None) => (rest, value),
    };
    let (rest, scale) = opt(alt((attached_scale, spaced_scale))).parse(rest)?;
    let mut value = value * scale.unwrap_or(1.0);
    let mut rest = rest;
    if let Some(scale) = scale.filter(|_| rest.len() < input.len()) {
        if scale >= 1e6 {
            // "3 million and a half": the fraction is of the scale.
            if let Ok((after, fraction)) = and_fraction(rest) {
                value += fraction * scale;
                rest = after;
            }
        } else if scale >= 100.0 && is_spaced_word(input, rest) {
            // "4 thousand 3 hundred and 21", "3 hundred and 21".
            let (after, groups) = digit_groups_below(rest, scale);
            value += groups;
            rest = after;
        }
    }
    if !value.is_finite() {
        return Err(nom::Err::Error(Error::new(input, ErrorKind::Float)));
    }
    Ok((
        rest,
        Number {
            value,
            written: Written::Digits,
        },
    ))
}

/// "12,000", "12000", "3.7", ".5", "1 200" (with a no-break, narrow no-break or thin space): a
/// decimal number with optional groups of three. A plain space never groups digits ("March 3
/// 200 people" is two numbers).
pub fn decimal(input: &str) -> IResult<&str, f64> {
    let typographic = |c: char| matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}');
    let spaced = recognize(pair(
        take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
        fold_many1(
            preceded(satisfy(typographic), three_digits),
            || (),
            |(), _| (),
        ),
    ));
    let commas = recognize(pair(
        take_while1(|c: char| c.is_ascii_digit()),
        fold_many0(preceded(char(','), three_digits), || (), |(), _| ()),
    ));
    // South Asian grouping: "1,00,000", "12,34,567", "1,23,45,678".
    let indian = recognize((
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        fold_many1(preceded(char(','), two_digits), || (), |(), _| ()),
        preceded(char(','), three_digits),
    ));
    let grouped = alt((spaced, indian, commas));
    let (rest, text) = recognize(alt((
        recognize(pair(grouped, opt(preceded(char('.'), digit1)))),
        recognize(preceded(char('.'), digit1)),
    )))
    .parse(input)?;
    // Most numbers have no group separators: read as written, without a cleaned copy.
    let parsed = if text.contains(|c: char| c == ',' || typographic(c)) {
        text.chars()
            .filter(|&c| c != ',' && !typographic(c))
            .collect::<String>()
            .parse::<f64>()
    } else {
        text.parse::<f64>()
    };
    match parsed {
        Ok(value) if value.is_finite() => Ok((rest, value)),
        _ => Err(nom::Err::Error(Error::new(input, ErrorKind::Float))),
    }
}

/// Whether the scale just read was a word after a space ("3 hundred"), not a suffix ("3k").
fn is_spaced_word(input: &str, rest: &str) -> bool {
    let read = &input[..input.len() - rest.len()];
    read.trim_end_matches(char::is_alphabetic).ends_with(' ')
}

/// The smaller groups after "N thousand" or "N hundred" in digits: " 3 hundred and 21",
/// " and 21". A group with a scale of its own follows a space or "and"; a last plain group
/// follows "and" and is below the scale before it ("3 hundred and 21"; "2 million, 300" and
/// "3 hundred 21" are two numbers). Their sum and the rest.
fn digit_groups_below(input: &str, mut scale: f64) -> (&str, f64) {
    let and = |input| recognize(delimited(space1, and_word, space1)).parse(input);
    let mut rest = input;
    let mut total = 0.0;
    loop {
        let scaled = (alt((and, space1)), digit1, space1, spaced_word_scale).parse(rest);
        if let Ok((after, (_, digits, _, smaller))) = scaled
            && smaller < scale
            && let Ok(count) = digits.parse::<f64>()
            && count < 1000.0
        {
            total += count * smaller;
            scale = smaller;
            rest = after;
            continue;
        }
        let plain =
            |input| alt((digit1.map_res(|d: &str| d.parse::<f64>()), hundreds)).parse(input);
        if let Ok((after, (_, count))) = (and, plain).parse(rest)
            && count > 0.0
            && count < scale.min(1000.0)
            && !after.starts_with(|c: char| c.is_alphanumeric() || c == '.' || c == ',')
            && preceded(space1, alt((spaced_word_scale, scale_word)))
                .parse(after)
                .is_err()
        {
            total += count;
            rest = after;
        }
        return (rest, total);
    }
}

/// "hundred" or "thousand": the scales a digit group may carry inside a larger number.
fn spaced_word_scale(input: &str) -> IResult<&str, f64> {
    alt((word_value("hundred", 1e2), word_value("thousand", 1e3))).parse(input)
}

/// Scientific notation after the digits: "e6", "E+14", "e-1", "x10^6", " × 10^-4", "×10−5".
/// The power of ten.
fn exponent(input: &str) -> IResult<&str, i32> {
    let sign = |input| {
        opt(alt((char('+'), char('-'), char('\u{2212}'))))
            .map(|s| {
                if matches!(s, Some('-' | '\u{2212}')) {
                    -1
                } else {
                    1
                }
            })
            .parse(input)
    };
    let power = |input| -> IResult<&str, i32> {
        let (rest, (sign, digits)) =
            (sign, take_while_m_n(1, 3, |c: char| c.is_ascii_digit())).parse(input)?;
        if rest.starts_with(|c: char| c.is_alphanumeric()) {
            return Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)));
        }
        Ok((rest, digits.parse::<i32>().unwrap_or(0) * sign))
    };
    let e_notation = preceded(alt((char('e'), char('E'))), power);
    // "x10^6", "×10−5": a caret or a sign after the ten ("4x100m" is a relay).
    let signed = preceded(
        nom::combinator::peek(satisfy(|c| matches!(c, '+' | '-' | '\u{2212}'))),
        power,
    );
    let times_ten = preceded(
        (
            space0,
            alt((char('x'), char('×'))),
            space0,
            nom::bytes::complete::tag("10"),
        ),
        alt((preceded(char('^'), power), signed)),
    );
    alt((e_notation, times_ten)).parse(input)
}

fn two_digits(input: &str) -> IResult<&str, &str> {
    let (rest, digits) = digit1(input)?;
    if digits.len() == 2 {
        Ok((rest, digits))
    } else {
        Err(nom::Err::Error(Error::new(input, ErrorKind::Digit)))
    }
}

fn three_digits(input: &str) -> IResult<&str, &str> {
    let (rest, digits) = digit1(input)?;
    if digits.len() == 3 {
        Ok((rest, digits))
    } else {
        Err(nom::Err::Error(Error::new(input, ErrorKind::Digit)))
    }
}

/// A scale word after a space: "million", "billion", "thousand", "trillion".
fn spaced_scale(input: &str) -> IResult<&str, f64> {
    preceded(space1, |input| {
        scale_of(
            input,
            &[
                Scale::Word,
                Scale::Hundred,
                Scale::Abbreviation,
                Scale::Wire,
            ],
        )
    })
    .parse(input)
}

fn scale_word(input: &str) -> IResult<&str, f64> {
    scale_of(input, &[Scale::Word])
}

/// A scale suffix attached to the digits: "40m", "2.3bn", "5k", "1.2tn".
fn attached_scale(input: &str) -> IResult<&str, f64> {
    scale_of(
        input,
        &[Scale::Wire, Scale::Word, Scale::Abbreviation, Scale::Glued],
    )
}

/// The kinds of scale words, by where they may stand.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scale {
    /// "thousand", "million", "billion", "trillion", and the scales of South Asian English:
    /// a lakh is 100,000 and a crore ten million ("Rs 35 lakh", "₹1,200 crore", "2 lakh
    /// crore" for two trillion).
    Word,
    /// "hundred", after a space only.
    Hundred,
    /// The abbreviations of wire services and business copy: "10 bln", "5mln", "1.2 trln",
    /// "2 mil".
    Wire,
    /// "k" and "bn", glued or after a space.
    Abbreviation,
    /// "tn", "mn", "m" and "b", glued only.
    Glued,
}

/// A scale word of one of `kinds` at the start of `input`, whole and in any case, with its
/// value. The word is read once and looked up, rather than tried against each scale in turn:
/// the grammar asks this after every number in digits.
fn scale_of<'a>(input: &'a str, kinds: &[Scale]) -> IResult<&'a str, f64> {
    let fail = || nom::Err::Error(Error::new(input, ErrorKind::Tag));
    let (word, rest) = ascii_word(input, 8).ok_or_else(fail)?;
    let (kind, value) = match word.as_slice() {
        b"thousand" => (Scale::Word, 1e3),
        b"million" => (Scale::Word, 1e6),
        b"billion" => (Scale::Word, 1e9),
        b"trillion" => (Scale::Word, 1e12),
        b"lakhs" | b"lakh" | b"lacs" | b"lac" => {
            // "2 lakh crore": two trillion.
            if kinds.contains(&Scale::Word)
                && let Ok((rest, _)) = preceded(space1, crore).parse(rest)
            {
                return Ok((rest, 1e12));
            }
            (Scale::Word, 1e5)
        }
        b"crores" | b"crore" => (Scale::Word, 1e7),
        b"hundred" => (Scale::Hundred, 1e2),
        b"mln" | b"mil" => (Scale::Wire, 1e6),
        b"bln" => (Scale::Wire, 1e9),
        b"trln" | b"trn" | b"tln" => (Scale::Wire, 1e12),
        b"k" => (Scale::Abbreviation, 1e3),
        b"bn" => (Scale::Abbreviation, 1e9),
        b"tn" => (Scale::Glued, 1e12),
        b"mn" | b"m" => (Scale::Glued, 1e6),
        b"b" => (Scale::Glued, 1e9),
        _ => return Err(fail()),
    };
    if !kinds.contains(&kind) {
        return Err(fail());
    }
    Ok((rest, value))
}

fn crore(input: &str) -> IResult<&str, &str> {
    alt((keyword("crores"), keyword("crore"))).parse(input)
}

/// The whole word of ASCII letters (at most `max` of them) at the start of `input`, in lower
/// case, and the text after it; None when the word is longer, is followed by a digit or
/// another letter, or is missing.
fn ascii_word(input: &str, max: usize) -> Option<(AsciiWord, &str)> {
    let bytes = input.as_bytes();
    let len = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if len == 0
        || len > max
        || input[len..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let mut word = AsciiWord::default();
    for (to, from) in word.bytes.iter_mut().zip(&bytes[..len]) {
        *to = from.to_ascii_lowercase();
    }
    word.len = len;
    Some((word, &input[len..]))
}

/// A short word in lower case, on the stack.
#[derive(Default)]
struct AsciiWord {
    bytes: [u8; 9],
    len: usize,
}

impl AsciiWord {
    fn as_slice(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// A number written in words: "forty-seven", "a hundred and sixty-five", "twelve thousand",
/// "a dozen", "two dozen".
pub fn word_number(input: &str) -> IResult<&str, Number> {
    let dozen_count = |input| dozens(input).map(|(rest, v)| (rest, (v, 1.0, false)));
    let (rest, (mut value, scale, ends_on_scale)) =
        alt((dozen_count, scaled_words)).parse(input)?;
    // "one million and a half", "five billion and three quarters", "one billion and a half
    // million": a fraction of the last scale, or of its own.
    let mut rest = rest;
    if ends_on_scale
        && scale >= 1e3
        && let Ok((after, fraction)) = and_fraction(rest)
    {
        let (after, own_scale) = opt(preceded(space1, scale_word)).parse(after)?;
        value += fraction * own_scale.unwrap_or(scale);
        rest = after;
    }
    // "two hundred point seventy-one", "nine point zero four".
    let (rest, fraction) = opt(point_decimals).parse(rest)?;
    if let Some(fraction) = fraction {
        value += fraction;
    }
    Ok((
        rest,
        Number {
            value,
            written: Written::Words,
        },
    ))
}

/// "point zero three" (0.03), "point seventy-one" (0.71).
fn point_decimals(input: &str) -> IResult<&str, f64> {
    let (rest, _) = delimited(space1, keyword("point"), space1).parse(input)?;
    let single_digits = |input| -> IResult<&str, String> {
        let (rest, first) = unit(input)?;
        let (rest, others) = many0(preceded(space1, unit)).parse(rest)?;
        let digits: String = std::iter::once(first)
            .chain(others)
            .map(|d| char::from(b'0' + d as u8))
            .collect();
        Ok((rest, digits))
    };
    let (rest, digits) = alt((
        |input| {
            below_hundred(input).and_then(|(rest, v)| {
                if v >= 10.0 {
                    Ok((rest, format!("{}", v as u32)))
                } else {
                    Err(nom::Err::Error(Error::new(input, ErrorKind::Digit)))
                }
            })
        },
        single_digits,
    ))
    .parse(rest)?;
    let value = format!("0.{digits}")
        .parse::<f64>()
        .map_err(|_| nom::Err::Error(Error::new(input, ErrorKind::Float)))?;
    Ok((rest, value))
}

/// Between groups of a word number: " and ", ", " or spaces.
fn group_joiner(input: &str) -> IResult<&str, &str> {
    alt((
        recognize(delimited(space1, and_word, space1)),
        recognize(preceded(char(','), space1)),
        space1,
    ))
    .parse(input)
}

/// "a dozen", "half a dozen", "two dozen".
fn dozens(input: &str) -> IResult<&str, f64> {
    let (rest, multiplier) = alt((
        word_value("half a", 0.5),
        word_value("a", 1.0),
        decimal,
        hundreds,
    ))
    .parse(input)?;
    let written = &input[..input.len() - rest.len()];
    let (rest, _) = preceded(space1, alt((keyword("dozens"), keyword("dozen")))).parse(rest)?;
    // "three hundred and two dozen" is 300 and two dozen (324); "two hundred dozen" is 2,400,
    // and "150 dozen" 1,800.
    let below_hundred = multiplier % 100.0;
    let joined = written.to_ascii_lowercase().contains(" and ")
        && written.starts_with(|c: char| c.is_alphabetic());
    if joined && multiplier > 100.0 && below_hundred != 0.0 && multiplier.fract() == 0.0 {
        return Ok((rest, multiplier - below_hundred + below_hundred * 12.0));
    }
    Ok((rest, multiplier * 12.0))
}

/// Word numbers with scales: "twelve thousand", "two million three hundred thousand",
/// "a hundred and sixty-five". The value, the last scale, and whether the number ends on it.
fn scaled_words(input: &str) -> IResult<&str, (f64, f64, bool)> {
    // "a thousand", "a million": "a" counts one only before a scale word.
    let one_before_scale = |input| -> IResult<&str, f64> {
        let (rest, _) = keyword("a")(input)?;
        let (_, _) = preceded(space1, scale_word).parse(rest)?;
        Ok((rest, 1.0))
    };
    let (mut rest, first) = alt((hundreds, one_before_scale)).parse(input)?;
    let mut total = 0.0;
    let mut group = first;
    let mut last_scale = 1.0;
    loop {
        let Ok((after_scale, scale)) = preceded(space1, scale_word).parse(rest) else {
            break;
        };
        total += group * scale;
        group = 0.0;
        last_scale = scale;
        rest = after_scale;
        // A following group: "twelve thousand five hundred", "one million and two"; not the
        // numerator of a fraction ("one million and three quarters").
        match preceded(group_joiner, hundreds).parse(rest) {
            Ok((after_group, value)) if !denominator_follows(after_group) => {
                group = value;
                rest = after_group;
            }
            _ => break,
        }
    }
    Ok((
        rest,
        (total + group, last_scale, group == 0.0 && last_scale > 1.0),
    ))
}

/// "a hundred and sixty-five", "three hundred", "forty-seven".
fn hundreds(input: &str) -> IResult<&str, f64> {
    let with_hundred = |input| -> IResult<&str, f64> {
        let (rest, count) = alt((word_value("a", 1.0), below_hundred)).parse(input)?;
        let (rest, _) = preceded(space1, keyword("hundred")).parse(rest)?;
        let (rest, tail) = opt(tail_below_hundred).parse(rest)?;
        Ok((rest, count * 100.0 + tail.unwrap_or(0.0)))
    };
    // "hundred thousand dollars": a bare "hundred" is one hundred.
    let bare_hundred = |input| -> IResult<&str, f64> {
        let (rest, _) = keyword("hundred")(input)?;
        let (rest, tail) = opt(tail_below_hundred).parse(rest)?;
        Ok((rest, 100.0 + tail.unwrap_or(0.0)))
    };
    alt((with_hundred, bare_hundred, below_hundred)).parse(input)
}

/// The tens and units after "hundred", not the numerator of a fraction ("one hundred and three
/// quarters" is 100.75).
fn tail_below_hundred(input: &str) -> IResult<&str, f64> {
    let (rest, value) = preceded(group_joiner, below_hundred).parse(input)?;
    if denominator_follows(rest) {
        return Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)));
    }
    Ok((rest, value))
}

/// Zero to ninety-nine in words: "seven", "seventeen", "forty-seven", "forty seven".
pub fn below_hundred(input: &str) -> IResult<&str, f64> {
    let tens_then_unit = |input| -> IResult<&str, f64> {
        let (rest, tens) = tens(input)?;
        let (rest, unit) = opt(preceded(
            alt((recognize(delimited(space0, char('-'), space0)), space1)),
            unit,
        ))
        .parse(rest)?;
        Ok((rest, tens + unit.unwrap_or(0.0)))
    };
    alt((teen, tens_then_unit, unit)).parse(input)
}

fn unit(input: &str) -> IResult<&str, f64> {
    small_number_word(input, SmallWord::Unit)
}

fn teen(input: &str) -> IResult<&str, f64> {
    small_number_word(input, SmallWord::Teen)
}

fn tens(input: &str) -> IResult<&str, f64> {
    small_number_word(input, SmallWord::Tens)
}

/// The classes of the number words below a hundred.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SmallWord {
    /// "zero" to "nine".
    Unit,
    /// "ten" to "nineteen".
    Teen,
    /// "twenty" to "ninety".
    Tens,
}

/// A number word of `class` at the start of `input`, whole and in any case, with its value.
/// The word is read once and looked up, rather than tried against each word of the class in
/// turn: the grammar asks this several times at every word that may begin a number.
fn small_number_word(input: &str, class: SmallWord) -> IResult<&str, f64> {
    let fail = || nom::Err::Error(Error::new(input, ErrorKind::Tag));
    // The longest word is "seventeen".
    let (word, rest) = ascii_word(input, 9).ok_or_else(fail)?;
    let (found, value) = match word.as_slice() {
        b"zero" | b"nought" | b"naught" => (SmallWord::Unit, 0.0),
        b"one" => (SmallWord::Unit, 1.0),
        b"two" => (SmallWord::Unit, 2.0),
        b"three" => (SmallWord::Unit, 3.0),
        b"four" => (SmallWord::Unit, 4.0),
        b"five" => (SmallWord::Unit, 5.0),
        b"six" => (SmallWord::Unit, 6.0),
        b"seven" => (SmallWord::Unit, 7.0),
        b"eight" => (SmallWord::Unit, 8.0),
        b"nine" => (SmallWord::Unit, 9.0),
        b"ten" => (SmallWord::Teen, 10.0),
        b"eleven" => (SmallWord::Teen, 11.0),
        b"twelve" => (SmallWord::Teen, 12.0),
        b"thirteen" => (SmallWord::Teen, 13.0),
        b"fourteen" => (SmallWord::Teen, 14.0),
        b"fifteen" => (SmallWord::Teen, 15.0),
        b"sixteen" => (SmallWord::Teen, 16.0),
        b"seventeen" => (SmallWord::Teen, 17.0),
        b"eighteen" => (SmallWord::Teen, 18.0),
        b"nineteen" => (SmallWord::Teen, 19.0),
        b"twenty" => (SmallWord::Tens, 20.0),
        b"thirty" => (SmallWord::Tens, 30.0),
        b"forty" => (SmallWord::Tens, 40.0),
        b"fifty" => (SmallWord::Tens, 50.0),
        b"sixty" => (SmallWord::Tens, 60.0),
        b"seventy" => (SmallWord::Tens, 70.0),
        b"eighty" => (SmallWord::Tens, 80.0),
        b"ninety" => (SmallWord::Tens, 90.0),
        _ => return Err(fail()),
    };
    if found != class {
        return Err(fail());
    }
    Ok((rest, value))
}

/// An ordinal: "third", "twenty-first", "4th", "1st".
pub fn ordinal(input: &str) -> IResult<&str, u32> {
    alt((ordinal_digits, ordinal_words)).parse(input)
}

fn ordinal_digits(input: &str) -> IResult<&str, u32> {
    let (rest, digits) = digit1(input)?;
    let (rest, _) =
        alt((keyword("st"), keyword("nd"), keyword("rd"), keyword("th"))).parse(rest)?;
    match digits.parse::<u32>() {
        Ok(n) if n > 0 => Ok((rest, n)),
        _ => Err(nom::Err::Error(Error::new(input, ErrorKind::Digit))),
    }
}

const ORDINAL_UNITS: [(&str, u32); 9] = [
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
];

const ORDINAL_TEENS: [(&str, u32); 10] = [
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
];

const ORDINAL_TENS: [(&str, u32); 8] = [
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
];

/// "third", "nineteenth", "twenty-first", "fiftieth".
fn ordinal_words(input: &str) -> IResult<&str, u32> {
    let compound = |input| -> IResult<&str, u32> {
        let (rest, tens) = tens(input)?;
        let (rest, unit) = preceded(alt((char('-'), char(' '))), |i| {
            ordinal_word(&ORDINAL_UNITS, i)
        })
        .parse(rest)?;
        Ok((rest, tens as u32 + unit))
    };
    alt((
        compound,
        |i| ordinal_word(&ORDINAL_TEENS, i),
        |i| ordinal_word(&ORDINAL_TENS, i),
        |i| ordinal_word(&ORDINAL_UNITS, i),
    ))
    .parse(input)
}

fn ordinal_word<'a>(
    table: &'static [(&'static str, u32)],
    input: &'a str,
) -> IResult<&'a str, u32> {
    for &(word, value) in table {
        if let Ok((rest, _)) = keyword(word)(input) {
            return Ok((rest, value));
        }
    }
    Err(nom::Err::Error(Error::new(input, ErrorKind::Tag)))
}

/// Words a number, ordinal or fraction in words can begin with. A cheap test that keeps the
/// word grammar off the great majority of tokens, which are no numbers at all.
pub fn may_start_word_number(lower: &str) -> bool {
    // A `match` rather than a list search: this runs on most tokens of every report.
    matches!(
        lower,
        "zero"
            | "nought"
            | "naught"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            | "hundred"
            | "a"
            | "half"
            | "quarter"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "twelfth"
            | "twentieth"
            | "thirtieth"
            | "fortieth"
            | "fiftieth"
            | "sixtieth"
            | "seventieth"
            | "eightieth"
            | "ninetieth"
    ) || lower.ends_with("teenth")
        || lower.ends_with("eleventh")
}

/// Words that may follow "a" in a number: "a dozen", "a hundred", "a third", "a single".
pub fn follows_a_in_number(lower: &str) -> bool {
    matches!(
        lower,
        "dozen"
            | "hundred"
            | "thousand"
            | "million"
            | "billion"
            | "trillion"
            | "lakh"
            | "crore"
            | "third"
            | "quarter"
            | "half"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "hundredth"
            | "thousandth"
            | "millionth"
            | "billionth"
            | "trillionth"
            | "single"
    )
}

/// A whole word, case-insensitive, that is not the start of a longer word.
pub fn keyword<'a>(word: &'static str) -> impl Fn(&'a str) -> IResult<&'a str, &'a str> {
    move |input: &'a str| {
        // Keywords are ASCII: a byte comparison that ignores ASCII case, rather than nom's
        // `tag_no_case`, which lower-cases every character of both sides. The grammar tries
        // a few dozen keywords at each candidate word, so this is most of its time.
        let head = input.as_bytes().get(..word.len());
        if !head.is_some_and(|head| head.eq_ignore_ascii_case(word.as_bytes())) {
            return Err(nom::Err::Error(Error::new(input, ErrorKind::Tag)));
        }
        let (matched, rest) = input.split_at(word.len());
        if rest.chars().next().is_some_and(char::is_alphanumeric) {
            return Err(nom::Err::Error(Error::new(input, ErrorKind::Tag)));
        }
        Ok((rest, matched))
    }
}

fn word_value<'a>(word: &'static str, value: f64) -> impl Fn(&'a str) -> IResult<&'a str, f64> {
    move |input: &'a str| keyword(word)(input).map(|(rest, _)| (rest, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_grouped_by_typographic_spaces() {
        assert_eq!(decimal("1\u{202f}200 people"), Ok((" people", 1200.0)));
        assert_eq!(
            decimal("12\u{a0}345\u{a0}678").map(|(_, v)| v),
            Ok(12_345_678.0)
        );
        assert_eq!(decimal("3 200"), Ok((" 200", 3.0)));
        // A group of other than three digits ends the number.
        assert_eq!(decimal("1\u{202f}20"), Ok(("\u{202f}20", 1.0)));
    }

    fn value(input: &str) -> (f64, &str) {
        let (rest, n) = number(input).unwrap();
        (n.value, rest)
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        assert_eq!(decimal("12,000 people"), Ok((" people", 12000.0)));
        assert_eq!(decimal("3.7%"), Ok(("%", 3.7)));
        assert_eq!(decimal(".08"), Ok(("", 0.08)));
        // A comma not followed by three digits ends the number.
        assert_eq!(decimal("35, 58"), Ok((", 58", 35.0)));
        assert_eq!(decimal("1,50"), Ok((",50", 1.0)));
    }

    #[test]
    fn scales_multiply() {
        assert_eq!(value("1.5 million dollars"), (1.5e6, " dollars"));
        assert_eq!(value("2.3bn."), (2.3e9, "."));
        assert_eq!(value("40m in aid"), (40e6, " in aid"));
        // A suffix that is the start of a longer word is not a scale.
        assert_eq!(value("180ml"), (180.0, "ml"));
    }

    #[test]
    fn ampersand_stands_for_and() {
        assert_eq!(value("two hundred & forty"), (240.0, ""));
        assert_eq!(
            value("three million, two hundred & forty, you say"),
            (3_000_240.0, ", you say")
        );
        assert_eq!(value("two & a half"), (2.5, ""));
        // An ampersand between two numbers that do not make one is no joiner.
        assert_eq!(value("forty & five"), (40.0, " & five"));
    }

    #[test]
    fn words() {
        assert_eq!(value("forty-seven drones"), (47.0, " drones"));
        assert_eq!(value("Forty seven"), (47.0, ""));
        assert_eq!(
            value("a hundred and sixty-five missiles"),
            (165.0, " missiles")
        );
        assert_eq!(value("twelve thousand people"), (12000.0, " people"));
        assert_eq!(
            value("two million three hundred thousand"),
            (2_300_000.0, "")
        );
        assert_eq!(value("seventeen"), (17.0, ""));
        assert_eq!(value("a dozen top officers"), (12.0, " top officers"));
        assert_eq!(value("two dozen"), (24.0, ""));
        assert_eq!(value("3 dozens"), (36.0, ""));
        assert_eq!(value("three hundred and two dozens"), (324.0, ""));
        assert_eq!(value("two hundred dozen"), (2400.0, ""));
        assert_eq!(value("150 dozen"), (1800.0, ""));
        assert_eq!(value("fifty - two"), (52.0, ""));
        assert_eq!(value("two  thousand  and  two hundred"), (2200.0, ""));
        assert_eq!(value("hundred thousand dollars"), (100_000.0, " dollars"));
        assert_eq!(value("two hundred point seventy-one"), (200.71, ""));
        assert_eq!(value("nine point zero four"), (9.04, ""));
        assert_eq!(value("322 hundred"), (32_200.0, ""));
        assert_eq!(value("1.2b"), (1.2e9, ""));
        assert_eq!(value("eight individuals"), (8.0, " individuals"));
    }

    #[test]
    fn not_numbers() {
        assert!(number("someone").is_err());
        assert!(number("tenth").is_err());
        assert!(number("a drone").is_err());
        assert!(number("often").is_err());
    }

    #[test]
    fn below_hundred_leaves_unrelated_words() {
        assert_eq!(below_hundred("twenty people"), Ok((" people", 20.0)));
        assert_eq!(below_hundred("ninety-nine"), Ok(("", 99.0)));
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal("third year"), Ok((" year", 3)));
        assert_eq!(ordinal("twenty-first century"), Ok((" century", 21)));
        assert_eq!(ordinal("nineteenth"), Ok(("", 19)));
        assert_eq!(ordinal("4th year"), Ok((" year", 4)));
        assert!(ordinal("thirds").is_err());
        assert!(ordinal("0th").is_err());
        assert!(ordinal("three").is_err());
    }

    #[test]
    fn huge_numbers_do_not_overflow() {
        let digits = "9".repeat(400);
        assert!(decimal(&digits).is_err());
        let (_, n) = decimal(&"9".repeat(300)).unwrap();
        assert!(n.is_finite());
    }

    #[test]
    fn mixed_numbers() {
        fn value(text: &str) -> IResult<&str, f64> {
            number(text).map(|(rest, n)| (rest, n.value))
        }
        assert_eq!(value("two and a half hours"), Ok((" hours", 2.5)));
        assert_eq!(value("2½ hours"), Ok((" hours", 2.5)));
        assert_eq!(value("2 1/2 hours"), Ok((" hours", 2.5)));
        assert_eq!(value("three and three quarters"), Ok(("", 3.75)));
        assert_eq!(
            value("one and a half million people"),
            Ok((" people", 1.5e6))
        );
        // Not a fraction: a date, a score, a list.
        assert_eq!(value("2 24/7 shelters"), Ok((" 24/7 shelters", 2.0)));
        assert_eq!(value("two and a child"), Ok((" and a child", 2.0)));
        assert_eq!(value("12,000 and a half"), Ok((" and a half", 12000.0)));
        assert_eq!(
            value("20 and a third of the rest"),
            Ok((" and a third of the rest", 20.0))
        );
        assert!(mixed_number(&("9".repeat(400) + "½")).is_err());
        assert_eq!(value("three and a fifth"), Ok(("", 3.2)));
        assert_eq!(value("twenty and three fifths"), Ok(("", 20.6)));
        assert_eq!(value("one hundred and three quarters"), Ok(("", 100.75)));
    }

    #[test]
    fn fractions_in_words() {
        let read = |text| fraction_words(text).map(|(rest, v)| (rest, (v * 1e4).round() / 1e4));
        assert_eq!(read("five eighths of"), Ok((" of", 0.625)));
        assert_eq!(read("two-thirds"), Ok(("", 0.6667)));
        assert_eq!(read("a tenth"), Ok(("", 0.1)));
        assert_eq!(read("fifty-four hundredths"), Ok(("", 0.54)));
        assert_eq!(read("three halves"), Ok(("", 1.5)));
        // One takes the singular, more the plural; "a" never the plural.
        assert!(read("two third").is_err());
        assert!(read("one quarters").is_err());
        assert!(read("a fifths").is_err());
        assert!(read("three seconds").is_err());
    }

    #[test]
    fn the_denominator_test_knows_the_table() {
        for (one, many, _) in DENOMINATORS {
            assert!(is_denominator(one) && is_denominator(many), "{one}");
        }
        assert!(!is_denominator("second"));
    }

    #[test]
    fn fractions_of_a_scale() {
        assert_eq!(value("one million and a half people"), (1.5e6, " people"));
        assert_eq!(value("five billion and three quarters"), (5.75e9, ""));
        assert_eq!(value("one billion and a half million"), (1.0005e9, ""));
        assert_eq!(value("3 million and a quarter"), (3.25e6, ""));
        // A number after the scale is a group of it; a fraction "of" something is not a part.
        assert_eq!(value("one million and two"), (1_000_002.0, ""));
        assert_eq!(
            value("2 million and a third of them"),
            (2e6, " and a third of them")
        );
        assert_eq!(value("12,000 and a half"), (12000.0, " and a half"));
    }

    #[test]
    fn digit_groups_with_scale_words() {
        assert_eq!(value("3 hundred and 21 yuan"), (321.0, " yuan"));
        assert_eq!(value("4 thousand 3 hundred and 21"), (4321.0, ""));
        assert_eq!(value("3 hundred and one"), (301.0, ""));
        // A plain group needs "and" and must be below the scale.
        assert_eq!(value("3 hundred 21"), (300.0, " 21"));
        assert_eq!(value("2 thousand and 3,000"), (2000.0, " and 3,000"));
        assert_eq!(
            value("5 million and 300 injured"),
            (5e6, " and 300 injured")
        );
        assert_eq!(value("3 hundred and 2 hundred"), (300.0, " and 2 hundred"));
        assert_eq!(value("4 thousand 3 hundred and 0"), (4300.0, " and 0"));
    }

    #[test]
    fn scientific_notation() {
        assert_eq!(value("1.3e6"), (1.3e6, ""));
        assert_eq!(value("12.32e+14 joules").0, 12.32e14);
        assert_eq!(value("2.5x10^-3"), (2.5e-3, ""));
        assert_eq!(value("6 × 10\u{2212}5").0, 6e-5);
        // Not powers: a relay, a size, a code.
        assert_eq!(value("4x100m relay"), (4.0, "x100m relay"));
        assert_eq!(value("3 x 10 metres"), (3.0, " x 10 metres"));
        assert_eq!(value("5e4b"), (5.0, "e4b"));
    }

    #[test]
    fn wire_scale_abbreviations_and_nought() {
        assert_eq!(value("10 bln roubles"), (1e10, " roubles"));
        assert_eq!(value("5mln"), (5e6, ""));
        assert_eq!(value("1.2 trln"), (1.2e12, ""));
        assert_eq!(value("2mil SEK"), (2e6, " SEK"));
        assert_eq!(value("nine point nought four"), (9.04, ""));
        assert_eq!(value("nought"), (0.0, ""));
    }
}

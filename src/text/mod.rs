//! Sentences and tokens with byte spans into the original file.
//!
//! Segmentation follows Unicode (UAX #29) and then repairs the one thing it gets wrong for news
//! copy: an abbreviation such as "U.S." or "Gen." followed by a capitalised word is not the end of
//! a sentence.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;

use crate::span::Span;

/// A count of the parser's unit steps (tokens made, lexicon lookups), per thread, so that a test
/// can check that work grows linearly with the input without timing anything.
pub mod work {
    use std::cell::Cell;

    thread_local! {
        static STEPS: Cell<u64> = const { Cell::new(0) };
    }

    /// Counts `n` steps.
    #[inline]
    pub fn add(n: u64) {
        STEPS.with(|steps| steps.set(steps.get().wrapping_add(n)));
    }

    /// The steps counted on this thread since the last call, and a fresh count.
    pub fn take() -> u64 {
        STEPS.with(|steps| steps.replace(0))
    }
}

/// A word, number or punctuation mark, with its span into the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Absolute byte span into the file.
    pub span: Span,
    /// The text in lower case, for matching the lexicon. Borrowed from the text when it is
    /// already lower case, which most words are: no allocation for them.
    pub lower: Cow<'a, str>,
    /// True when whitespace stands between this token and the one before.
    pub space_before: bool,
    /// [`word_hash`] of `lower`, made once: lexicon tables look tokens up by it.
    pub lower_hash: u64,
    /// The lexicon tables with a phrase that starts with this word, a bit each
    /// (`Lexicon::mark`); every bit until the lexicon has marked the token, so an unmarked
    /// token is looked up in every table it is asked of.
    pub lex: u64,
}

impl Token<'_> {
    #[inline]
    pub fn is_word(&self) -> bool {
        match self.text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            _ => self.text.chars().next().is_some_and(char::is_alphanumeric),
        }
    }

    #[inline]
    pub fn is_capitalised(&self) -> bool {
        match self.text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.text.chars().next().is_some_and(char::is_uppercase),
        }
    }

    pub fn is_punct(&self, punct: &str) -> bool {
        self.text == punct
    }
}

/// Splits `text` (which starts at byte `base` of its file) into sentences.
///
/// Every returned span is trimmed of surrounding whitespace and is never empty.
pub fn sentences(
    text: &str,
    base: usize,
    abbreviations: &[String],
    openers: &[String],
) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    let mut glue_to_previous = false;
    for (start, segment) in sentence_bounds(text) {
        let trimmed_start = segment.len() - segment.trim_start().len();
        let trimmed = segment.trim();
        if trimmed.is_empty() {
            continue;
        }
        let span = Span::new(
            base + start + trimmed_start,
            base + start + trimmed_start + trimmed.len(),
        );
        // An abbreviation that can end a sentence ("p.m.", "Inc.") ends it when the next
        // segment opens with a word that only opens sentences ("… as of 12:13 p.m. The figure").
        let opens_sentence = trimmed
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|word| openers.iter().any(|o| o == word));
        match spans.last_mut() {
            Some(last) if glue_to_previous && !opens_sentence => *last = last.cover(span),
            _ => spans.push(span),
        }
        // A sentence that ends with an abbreviation on the same line continues in the next
        // segment; a line break always ends a sentence, since headlines and datelines carry
        // no full stop.
        glue_to_previous = !segment.ends_with('\n')
            && !segment.ends_with('\r')
            && ends_with_abbreviation(trimmed, abbreviations);
    }
    let mut out = Vec::with_capacity(spans.len());
    for span in spans {
        // Most sentences hold no full stop but their last and are short: nothing to split.
        let sentence = &text[span.start - base..span.end - base];
        let inner = &sentence.as_bytes()[..sentence.len().saturating_sub(1)];
        if sentence.len() <= MAX_SENTENCE_BYTES && memchr::memchr(b'.', inner).is_none() {
            out.push(span);
            continue;
        }
        out.extend(
            split_glued(text, base, span, abbreviations)
                .into_iter()
                .flat_map(|span| split_before_numbers(text, base, span, abbreviations))
                .flat_map(|span| cap_length(text, base, span)),
        );
    }
    out
}

/// The longest sentence the claim parsers read whole, in bytes. The longest sentences of news
/// prose are a few hundred bytes (lists of names and figures run to about two thousand); past
/// this, the parsers' work on one sentence, which grows with the square of its figures or
/// titles, would make text without full stops (a hostile or broken file) take quadratic time.
pub const MAX_SENTENCE_BYTES: usize = 4_000;

/// A sentence longer than [`MAX_SENTENCE_BYTES`] in pieces no longer than it: each ends at the
/// last "; " or ", " before the limit, else at the last space, else at the limit itself (on a
/// character's boundary). Pieces are trimmed and never empty.
fn cap_length(text: &str, base: usize, span: Span) -> Vec<Span> {
    if span.end - span.start <= MAX_SENTENCE_BYTES {
        return vec![span];
    }
    let mut pieces = Vec::new();
    let mut from = span.start - base;
    let end = span.end - base;
    while end - from > MAX_SENTENCE_BYTES {
        let mut limit = from + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[from..limit];
        let cut = window
            .rfind("; ")
            .or_else(|| window.rfind(", "))
            .map(|at| at + 1)
            .or_else(|| window.rfind(char::is_whitespace))
            .filter(|&at| at > 0)
            .map_or(limit, |at| from + at);
        push_trimmed(text, base, from, cut, &mut pieces);
        from = cut;
    }
    push_trimmed(text, base, from, end, &mut pieces);
    pieces
}

/// The span of `text[from..to]` trimmed of whitespace, when anything is left.
fn push_trimmed(text: &str, base: usize, from: usize, to: usize, out: &mut Vec<Span>) {
    let piece = &text[from..to];
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let start = from + (piece.len() - piece.trim_start().len());
        out.push(Span::new(base + start, base + start + trimmed.len()));
    }
}

/// A full stop with no space after it, between a lower-case word of three letters or more and
/// a capitalised word ("… struck Kyiv.The mayor said …", a slip of typing or of a feed's
/// markup), ends a sentence. "U.S.", "p.m." and "Amazon.com" do not match.
fn split_glued(text: &str, base: usize, span: Span, abbreviations: &[String]) -> Vec<Span> {
    let sentence = &text[span.start - base..span.end - base];
    let bytes = sentence.as_bytes();
    let mut pieces = Vec::new();
    let mut from = 0;
    for (dot, _) in sentence.match_indices('.') {
        let letters_before = bytes[..dot]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let glued = dot >= 3
            && letters_before >= 3
            && bytes[dot - 1].is_ascii_lowercase()
            && bytes.get(dot + 1).is_some_and(u8::is_ascii_uppercase)
            && bytes.get(dot + 2).is_some_and(u8::is_ascii_lowercase);
        // "Mrs.Harlow", "Gov.Tarlo": an abbreviation before a name.
        if glued && !ends_with_abbreviation(&sentence[from..=dot], abbreviations) {
            pieces.push(Span::new(span.start + from, span.start + dot + 1));
            from = dot + 1;
        }
    }
    pieces.push(Span::new(span.start + from, span.end));
    pieces
}

/// UAX #29 does not end a sentence before one that starts with a digit ("killed 120 people.
/// 31 people were still missing"); news copy that starts a sentence with a figure does. A full
/// stop after a lower-case word that is not an abbreviation, then a space and a digit, ends it.
fn split_before_numbers(
    text: &str,
    base: usize,
    span: Span,
    abbreviations: &[String],
) -> Vec<Span> {
    let sentence = &text[span.start - base..span.end - base];
    let mut pieces = Vec::new();
    let mut from = 0;
    // Each full stop (found with memchr), then the space after it: a search for ". " as a
    // string cost several times more.
    let bytes = sentence.as_bytes();
    for (dot, _) in sentence
        .match_indices('.')
        .filter(|&(dot, _)| bytes.get(dot + 1) == Some(&b' '))
    {
        let after = sentence[dot + 2..].trim_start_matches(' ');
        let before = &sentence[from..=dot];
        let ends_word = sentence[..dot]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_lowercase());
        if ends_word
            && after.starts_with(|c: char| c.is_ascii_digit())
            && !ends_with_abbreviation(before, abbreviations)
        {
            pieces.push(Span::new(span.start + from, span.start + dot + 1));
            from = sentence.len() - after.len();
        }
    }
    pieces.push(Span::new(span.start + from, span.end));
    pieces
}

/// Splits a sentence into tokens: words (with inner apostrophes, hyphens split off),
/// numbers (with their separators) and punctuation.
pub fn tokens(text: &str, base: usize) -> Vec<Token<'_>> {
    work::add(text.len() as u64 / 8 + 1);
    // About one token in five bytes of news prose: sized once rather than grown.
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    if text.is_ascii() {
        push_tokens(ascii_word_bounds(text), base, &mut out);
    } else if let Some(words) = news_word_bounds(text) {
        push_tokens(words.into_iter(), base, &mut out);
    } else {
        push_tokens(text.split_word_bound_indices(), base, &mut out);
    }
    out
}

/// The words of `text` with their offsets, where UAX #29 splits them: what [`tokens`] splits
/// on, by the fastest way the text allows.
pub fn word_bounds(text: &str) -> Vec<(usize, &str)> {
    if text.is_ascii() {
        ascii_word_bounds(text).collect()
    } else {
        news_word_bounds(text).unwrap_or_else(|| text.split_word_bound_indices().collect())
    }
}

/// The words of text whose characters outside ASCII are those of news copy (curly quotes,
/// dashes, spaces, symbols, accented Latin letters), split by the rules of
/// [`ascii_word_bounds`] over the characters' word-break classes, without the Unicode tables.
/// None when the text has another character (another script, a combining mark, a format
/// character), for the Unicode tables to split.
fn news_word_bounds(text: &str) -> Option<Vec<(usize, &str)>> {
    let mut starts = Vec::with_capacity(text.len() + 1);
    let mut classes = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        let class = if c.is_ascii() {
            word_class(c as u8)
        } else {
            news_word_class(c)?
        };
        starts.push(at);
        classes.push(class);
    }
    starts.push(text.len());
    let class = |i: usize| classes.get(i).copied().unwrap_or(WordClass::Other);
    let mut words = Vec::with_capacity(classes.len() / 3 + 1);
    let mut start = 0;
    for at in 1..classes.len() {
        if word_break(class, at) {
            words.push((starts[start], &text[starts[start]..starts[at]]));
            start = at;
        }
    }
    if start < classes.len() {
        words.push((starts[start], &text[starts[start]..]));
    }
    Some(words)
}

/// Symbols of news copy outside ASCII that are of no class of their own for UAX #29, for words
/// and sentences alike: an ellipsis, degrees, currency signs, a bullet, vulgar fractions, a
/// multiplication sign, hyphens, primes, a minus sign.
fn news_symbol(c: char) -> bool {
    matches!(
        c,
        '\u{2026}' | '\u{B0}' | '\u{A3}' | '\u{A5}' | '\u{20AC}' | '\u{2022}' | '\u{BC}'
            ..='\u{BE}' | '\u{D7}' | '\u{2010}' | '\u{2011}' | '\u{2032}' | '\u{2033}' | '\u{2212}'
    )
}

/// The word-break class (UAX #29) of a character of news copy outside ASCII; None for others.
fn news_word_class(c: char) -> Option<WordClass> {
    Some(match c {
        '\u{2018}' | '\u{2019}' => WordClass::MidNumLet,
        '\u{B7}' => WordClass::MidLetter,
        // The narrow no-break space between groups of digits ("1 200") joins them.
        '\u{202F}' => WordClass::ExtendNumLet,
        '\u{2000}'..='\u{2006}' | '\u{2008}'..='\u{200A}' => WordClass::Space,
        '\u{201C}' | '\u{201D}' | '\u{AB}' | '\u{BB}' | '\u{2013}' | '\u{2014}' | '\u{A0}'
        | '\u{2007}' => WordClass::Other,
        _ if news_symbol(c) => WordClass::Other,
        '\u{AA}' | '\u{B5}' | '\u{BA}' => WordClass::Letter,
        '\u{C0}'..='\u{24F}' if c.is_alphabetic() => WordClass::Letter,
        _ => return None,
    })
}

/// Makes a token of each of `words` (pieces of a text at `base`) that is not whitespace.
fn push_tokens<'a>(
    words: impl Iterator<Item = (usize, &'a str)>,
    base: usize,
    out: &mut Vec<Token<'a>>,
) {
    let mut space_before = false;
    for (start, word) in words {
        if word.chars().all(char::is_whitespace) {
            space_before = true;
            continue;
        }
        let span = Span::new(base + start, base + start + word.len());
        // Hyphens of other code points read as the ASCII one: "nine‑hour" (U+2011).
        let word = if matches!(word, "\u{2010}" | "\u{2011}") {
            "-"
        } else {
            word
        };
        let lower = if word
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
        {
            Cow::Borrowed(word)
        } else if word.is_ascii() {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Owned(word.to_lowercase())
        };
        out.push(Token {
            text: word,
            span,
            lower_hash: word_hash(&lower),
            lower,
            space_before,
            lex: u64::MAX,
        });
        space_before = false;
    }
}

/// The hash lexicon tables find words by.
pub fn word_hash(word: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(word)
}

/// The words of ASCII text with their offsets, split where UAX #29 splits them: the same as
/// `split_word_bound_indices` (a test compares the two on random text), without its lookups
/// in the Unicode tables, which took a tenth of the time of a check. Most news sentences are
/// plain ASCII.
pub fn ascii_word_bounds(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut at = 1;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let i = at;
            at += 1;
            // Letters and digits run on: most bytes, decided without their classes.
            if bytes[i - 1].is_ascii_alphanumeric() && bytes[i].is_ascii_alphanumeric() {
                continue;
            }
            if ascii_word_break(bytes, i) {
                let word = (start, &text[start..i]);
                start = i;
                return Some(word);
            }
        }
        (start < bytes.len()).then(|| {
            let word = (start, &text[start..]);
            start = bytes.len();
            word
        })
    })
}

/// The sentences of `text` with their offsets, split where UAX #29 splits them
/// (`split_sentence_bound_indices`; a test compares the two on random text). UAX #29 always
/// splits after a line break and never looks back across one, so each line is split on its
/// own: plain ASCII lines without the Unicode tables, others with them.
pub fn sentence_bounds(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    while line_start < text.len() {
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i + 1);
        let line = &text[line_start..line_end];
        if line.is_ascii() {
            out.extend(
                ascii_sentence_bounds(line)
                    .into_iter()
                    .map(|(at, s)| (line_start + at, s)),
            );
        } else if let Some(classes) = sentence_classes_in_ascii(line) {
            out.extend(
                ascii_sentence_bounds(&classes)
                    .into_iter()
                    .map(|(at, s)| (line_start + at, &line[at..at + s.len()])),
            );
        } else {
            out.extend(
                line.split_sentence_bound_indices()
                    .map(|(at, s)| (line_start + at, s)),
            );
        }
        line_start = line_end;
    }
    out
}

/// A line of news copy with its common non-ASCII characters (curly quotes, dashes, no-break
/// spaces, accented Latin letters, symbols) written as ASCII bytes of the same sentence-break
/// class, each byte of a character standing for it, so that the ASCII splitter splits it where
/// UAX #29 splits the line (a run of one class never splits inside, so a character of several
/// bytes stays whole). None when the line has a character outside these: the Unicode tables
/// split it.
fn sentence_classes_in_ascii(line: &str) -> Option<String> {
    let mut out = Vec::with_capacity(line.len());
    for c in line.chars() {
        let byte = match c {
            _ if c.is_ascii() => c as u8,
            // Close: quotation marks and guillemets.
            '\u{2018}'..='\u{201F}' | '\u{AB}' | '\u{BB}' => b'"',
            // SContinue: en and em dashes.
            '\u{2013}' | '\u{2014}' => b'-',
            // Sp: no-break, thin and other fixed-width spaces.
            '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' => b' ',
            // Other: symbols of news copy, and the middle dot.
            '\u{B7}' => b'#',
            _ if news_symbol(c) => b'#',
            // Latin letters with accents: Upper or Lower (not title case, not other letters).
            '\u{C0}'..='\u{24F}' if c.is_uppercase() => b'A',
            '\u{C0}'..='\u{24F}' if c.is_lowercase() => b'a',
            _ => return None,
        };
        out.extend(std::iter::repeat_n(byte, c.len_utf8()));
    }
    String::from_utf8(out).ok()
}

/// Sentence-break classes of ASCII bytes (UAX #29, table 4).
#[derive(Clone, Copy, PartialEq, Eq)]
enum SentenceClass {
    Cr,
    Lf,
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    SContinue,
    Close,
    Other,
}

fn sentence_class(byte: u8) -> SentenceClass {
    use SentenceClass::*;
    match byte {
        b'\r' => Cr,
        b'\n' => Lf,
        b'\t' | 0x0B | 0x0C | b' ' => Sp,
        b'a'..=b'z' => Lower,
        b'A'..=b'Z' => Upper,
        b'0'..=b'9' => Numeric,
        b'.' => ATerm,
        b'!' | b'?' => STerm,
        b',' | b'-' | b':' | b';' => SContinue,
        b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Close,
        _ => Other,
    }
}

/// The sentences of ASCII text by rules SB3 to SB11 of UAX #29, in one pass forward; the
/// look-ahead of SB8 reads on only after a full stop, to the next letter or terminator, so the
/// work stays linear in the text. Between terminators nothing can split, so the pass skips to
/// the next full stop, question or exclamation mark or line break.
fn ascii_sentence_bounds(text: &str) -> Vec<(usize, &str)> {
    use SentenceClass::*;
    let bytes = text.as_bytes();
    let class = |i: usize| sentence_class(bytes[i]);
    // For SB8: whether the first letter, line break or terminator at or after `i` is a
    // lower-case letter.
    let lower_next = |i: usize| {
        for &byte in &bytes[i..] {
            match sentence_class(byte) {
                Lower => return true,
                Upper | Cr | Lf | ATerm | STerm => return false,
                _ => {}
            }
        }
        false
    };
    // The terminator of a "terminator, closing marks, spaces" run that ends just before the
    // current position, and whether spaces have begun.
    let mut term: Option<SentenceClass> = None;
    let mut spaced = false;
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 1;
    while i < bytes.len() {
        let (before, at) = (class(i - 1), class(i));
        match before {
            ATerm | STerm => (term, spaced) = (Some(before), false),
            Close if term.is_some() && !spaced => {}
            Sp if term.is_some() => spaced = true,
            _ => term = None,
        }
        let split = match (before, at) {
            (Cr, Lf) => false,
            (Cr | Lf, _) => true,
            (ATerm, Numeric) => false,
            (ATerm, Upper) if i >= 2 && matches!(class(i - 2), Upper | Lower) => false,
            _ => match term {
                None => false,
                Some(kind) => {
                    let sb8 = kind == ATerm && lower_next(i);
                    let sb8a = matches!(at, SContinue | ATerm | STerm);
                    let sb9 = !spaced && matches!(at, Close | Sp | Cr | Lf);
                    let sb10 = matches!(at, Sp | Cr | Lf);
                    !(sb8 || sb8a || sb9 || sb10)
                }
            },
        };
        if split {
            out.push((start, &text[start..i]));
            start = i;
        }
        // Outside a terminator's run no byte splits until after the next terminator or line
        // break: go to it.
        if term.is_none() && !matches!(at, Cr | Lf | ATerm | STerm) {
            i = bytes[i..]
                .iter()
                .position(|b| matches!(b, b'.' | b'!' | b'?' | b'\r' | b'\n'))
                .map_or(bytes.len(), |k| i + k.max(1));
        } else {
            i += 1;
        }
    }
    if start < text.len() {
        out.push((start, &text[start..]));
    }
    out
}

/// Word-break classes of ASCII bytes (UAX #29, table 3).
#[derive(Clone, Copy, PartialEq, Eq)]
enum WordClass {
    Cr,
    Lf,
    Newline,
    Space,
    Letter,
    Numeric,
    MidLetter,
    MidNum,
    MidNumLet,
    SingleQuote,
    ExtendNumLet,
    Other,
}

#[inline]
fn word_class(byte: u8) -> WordClass {
    match byte {
        b'\r' => WordClass::Cr,
        b'\n' => WordClass::Lf,
        0x0B | 0x0C => WordClass::Newline,
        b' ' => WordClass::Space,
        b'a'..=b'z' | b'A'..=b'Z' => WordClass::Letter,
        b'0'..=b'9' => WordClass::Numeric,
        b':' => WordClass::MidLetter,
        b',' | b';' => WordClass::MidNum,
        b'.' => WordClass::MidNumLet,
        b'\'' => WordClass::SingleQuote,
        b'_' => WordClass::ExtendNumLet,
        _ => WordClass::Other,
    }
}

/// Whether UAX #29 puts a word boundary before `bytes[at]` (0 < at < len), by rules WB3 to
/// WB13b; the rules for other scripts, emoji and format characters do not apply to ASCII.
#[inline]
fn ascii_word_break(bytes: &[u8], at: usize) -> bool {
    word_break(
        |i: usize| bytes.get(i).map_or(WordClass::Other, |&b| word_class(b)),
        at,
    )
}

/// Whether UAX #29 puts a word boundary before character `at` (0 < at < len) of a text whose
/// characters have the classes `class` gives (Other past the end), by rules WB3 to WB13b.
#[inline(always)]
fn word_break(class: impl Fn(usize) -> WordClass, at: usize) -> bool {
    use WordClass::*;
    let (before, after) = (class(at - 1), class(at));
    // Letters and digits run on: the common case, decided first.
    if matches!(before, Letter | Numeric) && matches!(after, Letter | Numeric) {
        return false;
    }
    let mid_letter = |c: WordClass| matches!(c, MidLetter | MidNumLet | SingleQuote);
    let mid_num = |c: WordClass| matches!(c, MidNum | MidNumLet | SingleQuote);
    match (before, after) {
        (Cr, Lf) => false,
        (Cr | Lf | Newline, _) | (_, Cr | Lf | Newline) => true,
        (Space, Space) => false,
        (Letter | Numeric, Letter | Numeric) => false,
        (Letter, c) if mid_letter(c) && class(at + 1) == Letter => false,
        (c, Letter) if mid_letter(c) && at >= 2 && class(at - 2) == Letter => false,
        (c, Numeric) if mid_num(c) && at >= 2 && class(at - 2) == Numeric => false,
        (Numeric, c) if mid_num(c) && class(at + 1) == Numeric => false,
        (Letter | Numeric | ExtendNumLet, ExtendNumLet) => false,
        (ExtendNumLet, Letter | Numeric) => false,
        _ => true,
    }
}

/// The lower-case token texts of a lexicon phrase, tokenised exactly as report text is,
/// so that phrases match token for token.
pub fn phrase_tokens(phrase: &str) -> Vec<String> {
    tokens(phrase, 0)
        .into_iter()
        .map(|t| t.lower.into_owned())
        .collect()
}

fn ends_with_abbreviation(sentence: &str, abbreviations: &[String]) -> bool {
    let last_word = sentence
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    if !last_word.ends_with('.') {
        return false;
    }
    // A lone initial ("J.") is an abbreviation; so is any listed word.
    let mut letters = last_word.trim_end_matches('.').chars();
    if let (Some(letter), None) = (letters.next(), letters.next())
        && letter.is_uppercase()
    {
        return true;
    }
    abbreviations
        .iter()
        .any(|abbreviation| abbreviation.eq_ignore_ascii_case(last_word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_past_the_longest_is_read_in_pieces_at_commas_or_spaces() {
        let list = "Harlow 12, ".repeat(1_000);
        let pieces = sentences(&list, 7, &[], &[]);
        assert!(pieces.len() >= 3, "{}", pieces.len());
        for piece in &pieces {
            let text = &list[piece.start - 7..piece.end - 7];
            assert!(text.len() <= MAX_SENTENCE_BYTES, "{}", text.len());
            assert_eq!(text, text.trim());
            assert!(text.starts_with("Harlow 12"), "{text}");
        }
        // No comma: at the last space; no space: at the limit, on a character's boundary.
        let words = "ééé ".repeat(2_000);
        for piece in sentences(&words, 0, &[], &[]) {
            assert!(words[piece.start..piece.end].starts_with("ééé"));
        }
        let solid = "é".repeat(5_000);
        let pieces = sentences(&solid, 0, &[], &[]);
        assert_eq!(pieces.len(), 3);
        assert_eq!(
            pieces.iter().map(|p| p.end - p.start).sum::<usize>(),
            solid.len()
        );
        // A sentence of news prose stays whole.
        let prose =
            "The agency said 12 people died in Harlow on Friday, ".repeat(30) + "officials said.";
        assert_eq!(sentences(&prose, 0, &[], &[]).len(), 1);
    }

    #[test]
    fn sentences_that_start_with_a_figure() {
        let text = "In 2010, floods killed 120 people. 31 people were missing at 5 p.m. 12 were found. Gen. 5 stays.";
        let abbreviations = vec!["p.m.".to_string(), "Gen.".to_string()];
        let found: Vec<&str> = sentences(text, 0, &abbreviations, &[])
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(
            found,
            vec![
                "In 2010, floods killed 120 people.",
                "31 people were missing at 5 p.m. 12 were found.",
                "Gen. 5 stays."
            ]
        );
    }

    fn abbreviations() -> Vec<String> {
        ["U.S.", "Dr.", "Gen.", "Feb.", "Mr."]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    fn sentence_texts(text: &str) -> Vec<&str> {
        sentences(text, 0, &abbreviations(), &["The".to_string()])
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentence_texts(
                "The U.S. President spoke. Gen. Smith and Dr. Jones met on Feb. 24 in Kyiv. Then it ended."
            ),
            vec![
                "The U.S. President spoke.",
                "Gen. Smith and Dr. Jones met on Feb. 24 in Kyiv.",
                "Then it ended."
            ]
        );
    }

    #[test]
    fn a_full_stop_without_a_space_ends_a_sentence() {
        let text =
            "Russia launched 120 drones.Officials said 30 fell. The U.S. and Amazon.com spoke.";
        let found: Vec<&str> = sentences(text, 0, &[], &[])
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(
            found,
            [
                "Russia launched 120 drones.",
                "Officials said 30 fell.",
                "The U.S. and Amazon.com spoke."
            ]
        );
    }

    #[test]
    fn other_hyphens_read_as_the_ascii_one() {
        let toks = tokens("nine\u{2011}hour", 0);
        assert_eq!(toks[1].text, "-");
        assert_eq!(toks[1].span, Span::new(4, 7));
    }

    #[test]
    fn line_breaks_end_headlines() {
        assert_eq!(
            sentence_texts("Kyiv hit by drones\nRussia launched 550 drones.  Nobody died.\n\n"),
            vec![
                "Kyiv hit by drones",
                "Russia launched 550 drones.",
                "Nobody died."
            ]
        );
    }

    #[test]
    fn an_abbreviation_ends_a_sentence_before_an_opener() {
        let text = "Crews found 41 bodies by 1:20 p.m. The toll was 12 at dawn.";
        let abbreviations = vec!["p.m.".to_string()];
        assert_eq!(sentences(text, 0, &abbreviations, &[]).len(), 1);
        assert_eq!(
            sentences(text, 0, &abbreviations, &["The".to_string()]).len(),
            2
        );
    }

    #[test]
    fn spans_are_absolute() {
        let spans = sentences("A b. C d.", 100, &[], &[]);
        assert_eq!(spans, vec![Span::new(100, 104), Span::new(105, 109)]);
    }

    #[test]
    fn tokens_keep_numbers_and_abbreviations_whole() {
        let toks: Vec<&str> = tokens("the U.S. fired 12,000 Shahed-type drones; 3.7%", 0)
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            toks,
            vec![
                "the", "U.S", ".", "fired", "12,000", "Shahed", "-", "type", "drones", ";", "3.7",
                "%"
            ]
        );
    }

    #[test]
    fn phrase_tokens_match_text_tokens() {
        assert_eq!(phrase_tokens("U.S."), vec!["u.s", "."]);
        assert_eq!(phrase_tokens("shot down"), vec!["shot", "down"]);
    }
}

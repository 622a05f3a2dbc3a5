//! The organisation or jurisdiction of a title: before it ("Senate", "Brazil's", "OCD") or after
//! it ("of Nvidia", "at the University of Leeds").

use super::*;

/// Words that make a capitalised word before a title an organisation at the start of a
/// sentence, where any word is capitalised ("Senate Majority Whip …").
pub(super) const BODY_WORDS: &[&str] = &[
    "senate",
    "house",
    "parliament",
    "congress",
    "assembly",
    "kremlin",
    "pentagon",
    "vatican",
    "government",
    "cabinet",
    "league",
    "club",
    "federation",
    "team",
];

/// An organisation or jurisdiction that ends just before `end`: its first token and id or
/// words. A possessive ("Brazil's"), a jurisdiction the lexicon knows, an acronym, or
/// capitalised words that are a body's name.
pub(super) fn body_before(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    end: usize,
) -> Option<(usize, String)> {
    if end == 0 {
        return None;
    }
    // "Harlow Motors' chief executive Ana Brel": the words before the apostrophe, a
    // possessive.
    if end >= 2 && plural_possessive_at(toks, end - 2) {
        let (start, body) = body_before(lexicon, toks, end - 1)?;
        return (toks[start].is_capitalised()).then_some((start, body));
    }
    // "World Health Organization (WHO) Director-General": the body before its acronym, its
    // capitals spelling it ("North Atlantic Treaty Organization (NATO)"), else the acronym.
    if end >= 3 && acronym_in_brackets(toks, end - 3) {
        let acronym = toks[end - 2].text;
        if let Some((start, found)) = lexicon
            .jurisdiction_forms
            .longest_ending_at(toks, end - 3, 6)
        {
            return Some((start, lexicon.jurisdictions[*found.value].id.clone()));
        }
        return Some(match spelt_by(toks, end - 3, acronym) {
            Some(start) => {
                let words: Vec<&str> = toks[start..end - 3].iter().map(|t| t.text).collect();
                (start, join_tokens(&toks[start..end - 3], &words))
            }
            None => (end - 3, acronym.to_string()),
        });
    }
    if let Some((start, found)) = lexicon.jurisdiction_forms.longest_ending_at(toks, end, 4) {
        return Some((start, lexicon.jurisdictions[*found.value].id.clone()));
    }
    let mut start = end;
    while start > 0 && end - start < 3 {
        let t = &toks[start - 1];
        let possessive_inside = start < end && is_possessive(t.text);
        if !(t.is_word() && t.is_capitalised())
            || crate::parse::roles::not_a_name(t.text)
            || possessive_inside
            // "On Monday Chief Executive Tarlo Venn": a day or a month is no body.
            || lexicon.weekdays.longest_at(toks, start - 1).is_some()
            || lexicon.months.longest_at(toks, start - 1).is_some()
            // "former", but not "New" of "New York City" in the middle of a sentence, nor
            // of a state's name opening one ("New York Gov. …").
            || (start == 1 || !t.is_capitalised())
                && lexicon
                    .qualifier_forms
                    .longest_at(toks, start - 1)
                    .is_some()
                && !opens_a_state(lexicon, toks, start - 1, end)
        {
            break;
        }
        start -= 1;
    }
    if start == end {
        return None;
    }
    // "Bank of Essel governor", "University of Lesk professor": an organisation's noun and
    // "of" before the name.
    if start >= 2
        && toks[start - 1].lower == "of"
        && toks[start - 2].is_capitalised()
        && (ORGANISATION_WORDS.contains(&toks[start - 2].lower.as_ref())
            || toks[start - 2].lower == "church")
    {
        start -= 2;
        while start > 0
            && end - start < 6
            && toks[start - 1].is_word()
            && toks[start - 1].is_capitalised()
            && !(start == 1 && crate::parse::roles::qualifier_at(lexicon, toks, 0).is_some())
            && !crate::parse::roles::not_a_name(toks[start - 1].text)
        {
            start -= 1;
        }
    }
    // "told CNN Secretary …", "In Geneva Minister …": who was told, where it happened (a
    // preposition opening the sentence; "attacks on Harlow Council leader …" names a body).
    if start > 0 && {
        let before = toks[start - 1].lower.as_ref();
        super::is_telling(before)
            || super::is_place_preposition(before) && opens_clause(toks, start - 1)
    } {
        return None;
    }
    let words = &toks[start..end];
    let acronym = words
        .iter()
        .any(|t| t.text.chars().count() >= 2 && t.text.chars().all(|c| c.is_ascii_uppercase()));
    let possessive = is_possessive(toks[end - 1].text);
    let body = words.iter().any(|t| {
        let w = strip_possessive(&t.lower);
        BODY_WORDS.contains(&w) || ORGANISATION_WORDS.contains(&w)
    });
    // Mid-sentence, capitalised words are a name; at the start of a sentence they must say so,
    // or be two words or more ("Harlow Motors CEO Ana Brel"). After "ex-" or "then-" too:
    // "Ex-Harlow boss Tarlo Venn".
    let mid = start > 0 && (toks[start - 1].is_word() || matches!(toks[start - 1].text, "," | "-"));
    let opens = opens_clause(toks, start);
    let several = opens && words.len() >= 2;
    let lone = opens && words.len() == 1 && opens_as_a_name(lexicon, toks, start);
    // A party is no body: "Republican Senator Ana Brel" is a senator of the Republican party,
    // not of a body named "Republican".
    let party = words
        .iter()
        .all(|t| PARTY_WORDS.contains(&strip_possessive(&t.lower)));
    if party || !(acronym || possessive || body || mid || several || lone) {
        return None;
    }
    let text: Vec<&str> = words.iter().map(|t| t.text).collect();
    Some((start, strip_possessive(&text.join(" ")).to_string()))
}

/// Heads of the offices a party has of its own: a party before them is their body ("Labour
/// leader", "Conservative chairman", "Democratic whip").
pub(super) const PARTY_OFFICES: &[&str] = &[
    "leader",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "whip",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "treasurer",
];

/// Capitalised words of a party right before token `end` (one or two, "Labour", "Liberal
/// Democrat"): where they start and the party as written.
pub(super) fn party_before(toks: &[Token<'_>], end: usize) -> Option<(usize, String)> {
    let mut start = end;
    while start > 0
        && end - start < 2
        && toks[start - 1].is_word()
        && toks[start - 1].is_capitalised()
        && PARTY_WORDS.contains(&strip_possessive(&toks[start - 1].lower))
    {
        start -= 1;
    }
    (start < end).then(|| {
        let words: Vec<&str> = toks[start..end]
            .iter()
            .map(|t| strip_possessive(t.text))
            .collect();
        (start, words.join(" "))
    })
}

/// Words of a party or a side of politics, which stand before a title without being its
/// body ("Democratic Senator", "Labour councillor").
pub(super) const PARTY_WORDS: &[&str] = &[
    "communist",
    "communists",
    "conservative",
    "conservatives",
    "democrat",
    "democratic",
    "democrats",
    "gop",
    "green",
    "greens",
    "independent",
    "labour",
    "liberal",
    "liberals",
    "nationalist",
    "nationalists",
    "progressive",
    "republican",
    "republicans",
    "socialist",
    "socialists",
    "tory",
    "tories",
    "unionist",
    "unionists",
];

/// Words that open a sentence before a title and are no body's name: adverbs of time and
/// manner ("Meanwhile", "Later"), and words said of the person ("Embattled", "Veteran").
const SENTENCE_OPENERS: &[&str] = &[
    "again",
    "ailing",
    "already",
    "also",
    "angry",
    "both",
    "defiant",
    "despite",
    "either",
    "elsewhere",
    "if",
    "neither",
    "rival",
    "through",
    "unless",
    "wealthy",
    "without",
    "beleaguered",
    "besieged",
    "controversial",
    "currently",
    "disgraced",
    "earlier",
    "embattled",
    "even",
    "eventually",
    "exiled",
    "finally",
    "first",
    "here",
    "influential",
    "instead",
    "jailed",
    "just",
    "last",
    "later",
    "longtime",
    "meanwhile",
    "next",
    "now",
    "once",
    "only",
    "ousted",
    "popular",
    "powerful",
    "separately",
    "so",
    "soon",
    "star",
    "still",
    "then",
    "there",
    "thus",
    "today",
    "tonight",
    "top",
    "veteran",
    "yesterday",
    "yet",
];

/// Whether token `k` opens a sentence or a clause after a quotation ("…," Harlow Mayor Ruben
/// Ost said), where any word is capitalised.
pub(super) fn opens_clause(toks: &[Token<'_>], k: usize) -> bool {
    k == 0 || matches!(toks[k - 1].text, "\"" | "”" | "“")
}

/// Whether a word opening a sentence before a title looks like a word said of the person or
/// of the time ("Tearful", "Departing", "Sacked", "Furious", "Later") rather than a name:
/// listed, or an adverb, a participle or an adjective by its ending.
pub(super) fn looks_like_an_opener(word: &str) -> bool {
    let word = word.to_lowercase();
    let letters = word.chars().count();
    SENTENCE_OPENERS.contains(&word.as_str())
        || ["ly", "ful", "ous", "less"]
            .iter()
            .any(|end| word.ends_with(end))
        || letters >= 6 && is_participle(&word) && word != "united"
}

/// The words of English in lower case, one per line and sorted: generated from the Open
/// English WordNet by `rules/lexicon/english-words.py` (see its licence file).
static ENGLISH_WORDS: &str = include_str!("../../../rules/lexicon/english-words.txt");

/// Whether `word` (in lower case) is a word of English, of any part of speech ("rebel",
/// "angry", "blame", "under"), rather than a name ("toyota", "texas"): a binary search over
/// the sorted lines of the list as embedded, with nothing built first.
pub(crate) fn is_english_word(word: &str) -> bool {
    let text = ENGLISH_WORDS.as_bytes();
    let (mut low, mut high) = (0, text.len());
    // Whole lines only lie in low..high.
    while low < high {
        let middle = low + (high - low) / 2;
        let start = memchr::memrchr(b'\n', &text[low..middle]).map_or(low, |at| low + at + 1);
        let end = memchr::memchr(b'\n', &text[start..high]).map_or(high, |at| start + at);
        match text[start..end].cmp(word.as_bytes()) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => low = end + 1,
            std::cmp::Ordering::Greater => high = start,
        }
    }
    false
}

/// Whether `word` (in lower case) is a word of English or the plural of one: "officials",
/// "agencies", "boxes"; the list holds lemmas only.
pub(crate) fn is_english_word_or_plural(word: &str) -> bool {
    is_english_word(word)
        || is_english_word(&crate::parse::quantities::singular(word))
        || word
            .strip_suffix("es")
            .filter(|s| s.len() >= 3)
            .is_some_and(is_english_word)
}

/// Whether `word` (in lower case) is the participle or past of an English verb: "asked",
/// "urged", "stopped", "reading", "departing"; not "Boeing" or "Ealing", whose stems are no
/// words.
pub(in crate::parse) fn is_participle(word: &str) -> bool {
    let Some(stem) = word
        .strip_suffix("ing")
        .or_else(|| word.strip_suffix("ed"))
        .filter(|stem| stem.len() >= 2)
    else {
        return false;
    };
    let undoubled = stem
        .len()
        .checked_sub(2)
        .filter(|&at| stem.as_bytes()[at] == stem.as_bytes()[at + 1])
        .map(|at| &stem[..at + 1]);
    is_english_word(stem)
        || is_english_word(&format!("{stem}e"))
        || undoubled.is_some_and(is_english_word)
        || stem
            .strip_suffix('i')
            .is_some_and(|s| is_english_word(&format!("{s}y")))
}

/// "New York", "New Jersey": a qualifier's word at `k` that opens the name of a state or
/// province the lexicon knows, ending before `end`.
fn opens_a_state(lexicon: &Lexicon, toks: &[Token<'_>], k: usize, end: usize) -> bool {
    (k + 2..=end).any(|stop| {
        let words: Vec<&str> = toks[k..stop].iter().map(|t| t.text).collect();
        let words = words.join(" ");
        lexicon
            .subdivisions
            .values()
            .any(|(_, name)| *name == words)
    })
}

/// Whether the report writes `word` capitalised in the middle of a sentence (after a word in
/// lower case or a comma) within 4 KB of the sentence: "shares of Boeing", "in Harlow". A
/// word opening a sentence is a name when the report names it elsewhere.
pub(super) fn written_mid_sentence(s: &Sentence<'_>, word: &str) -> bool {
    const NEAR: usize = 4 * 1024;
    let file = s.file();
    let mut from = s.span.start.saturating_sub(NEAR);
    let mut to = (s.span.end + NEAR).min(file.len());
    while !file.is_char_boundary(from) {
        from -= 1;
    }
    while !file.is_char_boundary(to) {
        to += 1;
    }
    let window = &file[from..to];
    memchr::memmem::find_iter(window.as_bytes(), word.as_bytes()).any(|at| {
        let whole_word = !window[at + word.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        let mid_sentence = window[..at]
            .strip_suffix(' ')
            .and_then(|before| before.trim_end_matches(' ').chars().next_back())
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() || c == ',');
        whole_word && mid_sentence
    })
}

/// Whether the capitalised word at `k`, the first of its sentence, before a title, names a
/// body ("Boeing Chief Financial Officer Ana Brel", "Harlow Mayor Ruben Ost") rather than
/// opening the sentence as any word would ("Meanwhile Prime Minister …", "Embattled Prime
/// Minister …"): not a word the sentence could open with, an adverb in "-ly", a participle in
/// "-ed", a portfolio's word ("Health Secretary …") or a title's word.
fn opens_as_a_name(lexicon: &Lexicon, toks: &[Token<'_>], k: usize) -> bool {
    let word = toks[k].lower.as_ref();
    let letters = word.chars().count();
    let adverb_or_participle = word.ends_with("ly") || word.ends_with("ed") && letters >= 7;
    !(letters < 2
        || adverb_or_participle
        || SENTENCE_OPENERS.contains(&word)
        || lexicon.portfolio_words.contains(word)
        || title_word(lexicon, toks, k).is_some())
}

/// "producers'", "Harlow Motors'": a word in "s" at `k` with an apostrophe written against it,
/// the possessive of a plural.
pub(in crate::parse) fn plural_possessive_at(toks: &[Token<'_>], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| t.is_word() && t.text.ends_with(['s', 'S']))
        && toks
            .get(k + 1)
            .is_some_and(|a| matches!(a.text, "'" | "’") && !a.space_before)
}

/// The words of a body from `start` to `end` as written, without a possessive's ending
/// ("Harlow's" is "Harlow", "Harlow Motors'" is "Harlow Motors").
pub(super) fn body_words(toks: &[Token<'_>], start: usize, end: usize) -> String {
    let end = if end > start + 1 && plural_possessive_at(toks, end - 2) {
        end - 1
    } else {
        end
    };
    let words: Vec<&str> = toks[start..end].iter().map(|t| t.text).collect();
    strip_possessive(&join_tokens(&toks[start..end], &words)).to_string()
}

/// The first token of the capitalised words ending just before `end` whose initials spell
/// `acronym`, with "of", "and", "for" and "the" between them ("Food and Drug Administration").
pub(super) fn spelt_by(toks: &[Token<'_>], end: usize, acronym: &str) -> Option<usize> {
    let letters = acronym.as_bytes();
    let mut left = letters.len();
    let mut k = end;
    while left > 0 && k > 0 && end - k < 12 {
        let t = &toks[k - 1];
        if t.is_word() && t.is_capitalised() {
            if t.text.as_bytes()[0] != letters[left - 1] {
                return None;
            }
            left -= 1;
        } else if !(k < end && matches!(t.lower.as_ref(), "of" | "and" | "for" | "the" | "&")) {
            return None;
        }
        k -= 1;
    }
    (left == 0).then_some(k)
}

/// "(WHO)" at `k`: an acronym of two to six capitals in brackets.
pub(super) fn acronym_in_brackets(toks: &[Token<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.text == "(")
        && toks.get(k + 2).is_some_and(|t| t.text == ")")
        && toks.get(k + 1).is_some_and(|t| {
            (2..=6).contains(&t.text.len()) && t.text.bytes().all(|b| b.is_ascii_uppercase())
        })
}

/// "of Bangladesh's interim government", "of Harlow's negotiating team": a body of a
/// jurisdiction the lexicon knows, named by lower-case words ending in a body's noun. The
/// jurisdiction, the body's words and the token after them.
pub(in crate::parse) fn body_of_jurisdiction(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    k: usize,
) -> Option<(String, Vec<String>, usize)> {
    if toks.get(k)?.lower != "of" {
        return None;
    }
    let mut b = k + 1;
    if toks.get(b).is_some_and(|t| t.lower == "the") {
        b += 1;
    }
    let found = lexicon.jurisdiction_forms.longest_at(toks, b)?;
    let last = &toks[b + found.len - 1];
    if strip_possessive(last.text) == last.text {
        return None;
    }
    let start = b + found.len;
    let words: Vec<String> = toks[start..]
        .iter()
        .take(3)
        .take_while(|t| t.is_word() && !t.is_capitalised())
        .map(|t| t.lower.to_string())
        .collect();
    let head = words
        .iter()
        .rposition(|w| BODY_NOUNS.contains(&w.as_str()))?;
    let words = words[..=head].to_vec();
    let end = start + words.len();
    Some((lexicon.jurisdictions[*found.value].id.clone(), words, end))
}

/// The body after a title: "of/at/for/to [the] Body" with capitalised words ("of Nvidia", "at
/// the University of Leeds", "to Israel"), or lower-case words ending in a body's noun ("of
/// the planning committee", "for Riverside ward"). Returns the body and the token after it.
pub(in crate::parse) fn body_after(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    k: usize,
) -> Option<(String, usize)> {
    if toks
        .get(k)
        .is_none_or(|t| !matches!(t.lower.as_ref(), "of" | "at" | "for" | "to" | "in"))
    {
        return None;
    }
    let mut b = k + 1;
    if toks.get(b).is_some_and(|t| t.lower == "the") {
        b += 1;
    }
    // "made interior minister in May", "on Monday": a time, not a body.
    if lexicon.months.longest_at(toks, b).is_some()
        || lexicon.weekdays.longest_at(toks, b).is_some()
    {
        return None;
    }
    let mut body_end = body_forward(toks, b).unwrap_or(b);
    // A jurisdiction the lexicon knows, unless more of the body's name follows ("US Central
    // Command").
    if let Some(found) = lexicon.jurisdiction_forms.longest_at(toks, b)
        && b + found.len >= body_end
    {
        return Some((
            lexicon.jurisdictions[*found.value].id.clone(),
            b + found.len,
        ));
    }
    // "of Harlow's delegation", "of Harlow's negotiating team", "for Riverside ward", "of the
    // Lombardy region", "of the planning committee".
    let nouns = toks[body_end..]
        .iter()
        .take(3)
        .take_while(|t| {
            t.is_word()
                && !t.is_capitalised()
                && !ends_a_phrase(t.lower.as_ref())
                && t.lower != "of"
        })
        .count();
    let possessive = body_end > b && is_possessive(toks[body_end - 1].text);
    let last = toks
        .get(body_end + nouns.max(1) - 1)
        .map_or("", |t| t.lower.as_ref());
    if nouns > 0 && (possessive || BODY_NOUNS.contains(&last) || ORGANISATION_NOUNS.contains(&last))
    {
        body_end += nouns;
    }
    // "of the capital Lesk", "of the city Harlow": a place's noun, then its name.
    if body_end == b
        && toks
            .get(b)
            .is_some_and(|t| !t.is_capitalised() && PLACE_BODY_NOUNS.contains(&t.lower.as_ref()))
        && toks
            .get(b + 1)
            .is_some_and(|t| t.is_word() && t.is_capitalised())
        && let Some(name_end) = body_forward(toks, b + 1)
    {
        b += 1;
        body_end = name_end;
    }
    // "of the state of Bavaria": a body's noun, then its name.
    if body_end > b
        && BODY_NOUNS.contains(&toks[body_end - 1].lower.as_ref())
        && toks.get(body_end).is_some_and(|t| t.lower == "of")
        && let Some(name_end) = body_forward(toks, body_end + 1)
    {
        body_end = name_end;
    }
    if body_end == b {
        return None;
    }
    let words: Vec<&str> = toks[b..body_end].iter().map(|t| t.text).collect();
    Some((
        strip_possessive(&join_tokens(&toks[b..body_end], &words)).to_string(),
        body_end,
    ))
}

/// Heads of academic titles, whose "of" names a field, not part of the office: "professor of
/// economics".
pub(super) const ACADEMIC_HEADS: &[&str] = &[
    "professor",
    "lecturer",
    "researcher",
    "student",
    "fellow",
    "scientist",
    "emeritus",
];

/// Lower-case nouns that end a body's name: "the Lombardy region", "the planning committee".
/// Nouns that end an organisation written in lower case after a title: "mayor of the
/// borough", "director of the national laboratory", "chair of the planning committee".
pub(in crate::parse) const ORGANISATION_NOUNS: &[&str] = &[
    "police",
    "borough",
    "city",
    "town",
    "village",
    "county",
    "district",
    "region",
    "province",
    "council",
    "committee",
    "board",
    "company",
    "club",
    "school",
    "university",
    "institute",
    "hospital",
    "laboratory",
    "lab",
    "museum",
    "bank",
    "agency",
    "commission",
    "ministry",
    "party",
    "union",
    "association",
    "federation",
    "league",
    "church",
    "diocese",
    "group",
    "panel",
    "foundation",
    "authority",
    "department",
    "organisation",
    "organization",
    "charity",
    "trust",
    "coalition",
    "alliance",
    "movement",
    "firm",
    "bureau",
    "caucus",
    "network",
    "centre",
    "center",
    "society",
];

/// Nouns of places a name may follow with no "of": "the capital Lesk", "the city Harlow".
pub(super) const PLACE_BODY_NOUNS: &[&str] = &[
    "capital", "city", "town", "village", "province", "region", "state", "district", "county",
];

pub(super) const BODY_NOUNS: &[&str] = &[
    "region",
    "state",
    "province",
    "county",
    "district",
    "city",
    "council",
    "committee",
    "ministry",
    "delegation",
    "team",
    "government",
    "party",
    "ward",
    "board",
    "department",
    "agency",
    "office",
    "commission",
    "brigade",
    "division",
    "regiment",
    "company",
    "club",
    "school",
    "faculty",
    "institute",
    "university",
    "hospital",
    "force",
    "forces",
    "staff",
    "bank",
];

/// Capitalised words that name a body, from `j`: up to five, with "of", "and" and "for" inside
/// ("University of Leeds", "Bank of England", "3rd Brigade"), through a possessive into the
/// body's part ("Russia's Security Council").
pub(super) fn body_forward(toks: &[Token<'_>], j: usize) -> Option<usize> {
    let mut k = j;
    let mut end = None;
    while k < toks.len() && k - j < 6 {
        let t = &toks[k];
        let ordinal = t.text.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"].iter().any(|s| t.text.ends_with(s));
        if (t.is_word() && t.is_capitalised() && !crate::parse::roles::not_a_name(t.text))
            || ordinal
        {
            k += 1;
            end = Some(k);
            // "Harlow Motors' chief executive": the apostrophe of a plural possessive is the
            // body's, and ends it.
            if plural_possessive_at(toks, k - 1) {
                k += 1;
                end = Some(k);
                break;
            }
            if is_possessive(t.text)
                && toks
                    .get(k)
                    .is_none_or(|n| !(n.is_word() && n.is_capitalised()))
            {
                break;
            }
        } else if k > j && matches!(t.lower.as_ref(), "of" | "and" | "for") {
            k += 1;
        } else if let Some(after) = joined_by_hyphen(toks, k).filter(|_| end == Some(k)) {
            k = after;
        } else {
            break;
        }
    }
    end
}

/// "Anti-Corruption Bureau", "Valmont-sur-Loire": where a hyphen at `k`, written close
/// inside a name, leads on to the name's next capitalised word (past a short particle in lower
/// case joined the same way).
fn joined_by_hyphen(toks: &[Token<'_>], k: usize) -> Option<usize> {
    let close = |at: usize| toks.get(at).is_some_and(|t| !t.space_before);
    if toks[k].text != "-" || !close(k) || !close(k + 1) {
        return None;
    }
    let next = toks.get(k + 1)?;
    if next.is_word() && next.is_capitalised() {
        return Some(k + 1);
    }
    let particle = next.is_word() && !next.is_capitalised() && next.text.chars().count() <= 3;
    (particle
        && toks.get(k + 2).is_some_and(|t| t.text == "-")
        && close(k + 2)
        && close(k + 3)
        && toks
            .get(k + 3)
            .is_some_and(|t| t.is_word() && t.is_capitalised()))
    .then_some(k + 3)
}

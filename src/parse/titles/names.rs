//! The name a title goes with: a full name, a surname alone after a title, one name after a
//! single-name title ("Pope Francis"), and forms of address ("Mr", "Dr").

use super::*;

/// A name of two words or more, or one the lexicon knows, that is not an organisation's:
/// (start, end). Forms of address and ranks before it are not part of it ("Sir Mark Rowley",
/// "Field Marshal Asim Munir", "Professor Clara Mendes").
pub(super) fn person_name(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    mut start: usize,
) -> Option<(usize, usize)> {
    // "Mr Adebayo", "Dr Raghunathan": a form of address makes one word a person's surname.
    let addressed =
        toks.get(start).is_some_and(|t| t.is_capitalised()) && is_honorific(lexicon, toks, start);
    while let Some(len) = address_at(lexicon, toks, start) {
        start += len;
    }
    let (_, end) = name_at(lexicon, toks, start)?;
    let known = lexicon.person_names.longest_at(toks, start).is_some();
    // "Yusuf-Garba" is one word of a name: "Lesk-Essel" alone is none.
    let words = (start..end)
        .filter(|&k| {
            toks[k].is_word() && !(k > start && toks[k - 1].text == "-" && !toks[k].space_before)
        })
        .count();
    let organisation = toks[start..end]
        .iter()
        .any(|t| ORGANISATION_WORDS.contains(&strip_possessive(&t.lower)));
    ((known || words >= 2 || addressed) && !organisation).then_some((start, end))
}

/// The start of a person's name that ends just before token `end` ("Tarlo Venn| said"), as
/// [`person_name`] reads it.
pub(super) fn name_just_before(lexicon: &Lexicon, toks: &[Token<'_>], end: usize) -> Option<usize> {
    // "Mr Adebayo": one word after a form of address is a name.
    let start = name_ending_at(lexicon, toks, end).or_else(|| {
        let surname = end.checked_sub(1)?;
        (surname >= 1 && toks[surname].is_word() && toks[surname].is_capitalised())
            .then_some(surname)
    })?;
    let honorific = |k: usize| toks[k].is_capitalised() && is_honorific(lexicon, toks, k);
    let start = match start.checked_sub(1) {
        Some(before) if honorific(before) => before,
        // "Mr. Brel".
        Some(dot) if dot >= 1 && toks[dot].text == "." && honorific(dot - 1) => dot - 1,
        _ => start,
    };
    // The name is the surname without its form of address, as the same person's full name
    // is linked to it ("Tarlo Venn …; Mr Venn, the former mayor").
    let (start, name_end) = person_name(lexicon, toks, start)?;
    (name_end == end).then_some(start)
}

/// One name alone after a title that goes with one ("Pope Francis", "Patriarch Kirill of
/// Moscow"), not a place's or a building's name ("King Street").
pub(super) fn single_name(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    j: usize,
) -> Option<(usize, usize)> {
    let (start, end) = name_at(lexicon, toks, j)?;
    let word = &toks[start];
    let place = toks
        .get(end)
        .is_some_and(|t| PLACE_NOUNS.contains(&t.lower.as_ref()));
    // "the President Hotel": a building's or a business's name, not a person's.
    let named_thing = PLACE_NOUNS.contains(&word.lower.as_ref())
        || crate::parse::roles::ORGANISATION_WORDS.contains(&word.lower.as_ref());
    (end == start + 1 && word.text.chars().count() >= 3 && !place && !named_thing)
        .then_some((start, end))
}

/// A surname alone after a title the lexicon lists as one that goes with a surname, as news
/// names someone the second time ("Speaker Venn said", "Home Minister Lekhak resigned"): one
/// capitalised word that no capitalised word follows, not an organisation's or a place's.
/// Titles that are also first names or places ("Dean Henderson", "Bishop Auckland") and ranks
/// ("General Motors") are not listed.
pub(super) fn surname_alone(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    j: usize,
    title: &Title,
) -> Option<(usize, usize)> {
    let head = title.office_text.split_whitespace().last()?.to_lowercase();
    let head = head.trim_end_matches('.');
    if !lexicon.surname_titles.contains(head) {
        return None;
    }
    // In a line of title case ("Harlow Mayor Resigns") every word is capitalised.
    if crate::parse::roles::title_case(toks) {
        return None;
    }
    let (start, end) = single_name(lexicon, toks, j)?;
    let organisation = ORGANISATION_WORDS.contains(&strip_possessive(&toks[start].lower));
    let followed_by_name = toks
        .get(end)
        .is_some_and(|t| t.is_word() && t.is_capitalised());
    (!organisation && !followed_by_name).then_some((start, end))
}

/// Lower-case nouns after a name that make it a place's ("King Street", "Queen Square").
pub(super) const PLACE_NOUNS: &[&str] = &[
    "street", "road", "avenue", "square", "park", "bridge", "hall", "station", "college", "school",
    "hospital", "island", "county", "cross", "gardens", "lane", "way", "palace",
];

/// A form of address or a title word before a name, with its full stop: its length.
pub(in crate::parse) fn address_at(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    k: usize,
) -> Option<usize> {
    let t = toks.get(k)?;
    if !(t.is_word() && t.is_capitalised())
        || toks
            .get(k + 1)
            .is_none_or(|n| !n.is_word() && n.text != ".")
    {
        return None;
    }
    if lexicon.honorifics.contains(t.lower.as_ref()) {
        let dotted = toks
            .get(k + 1)
            .is_some_and(|d| d.text == "." && !d.space_before);
        return Some(if dotted { 2 } else { 1 });
    }
    // A title word is no first name when a capitalised word follows it.
    let (len, _) = title_word(lexicon, toks, k)?;
    toks.get(k + len)
        .is_some_and(|n| n.is_word() && n.is_capitalised())
        .then_some(len)
}

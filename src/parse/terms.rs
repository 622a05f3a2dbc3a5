//! Terms given to someone named: prison terms and contracts.
//!
//! Prison terms a court gives someone: "Ana Brel was sentenced to 30 months", "a court jailed
//! Tarlo Venn for three and a half years", "Mona Eid was given a four-year prison sentence".
//! Each is a figure of its own, `prison-term.duration.of-ana-brel`, compared between reports in
//! any unit of time (a reading in the `duration` dimension: 30 months and three and a half
//! years disagree). Not a term asked for, risked or possible ("prosecutors sought 12 years",
//! "faces up to 10 years"), nor one suspended or added to another, nor one whose holder the
//! clause does not name.
//!
//! Contracts and deals of a length a named party agreed: "Ivo Mandrell has signed a four-year
//! contract", "Harlow Motors agreed a ten-year deal", `contract-term.duration.of-ivo-mandrell`.
//! Not a contract extended by a length, nor one offered or sought.

use crate::lexicon::Lexicon;
use crate::text::Token;

/// Verbs that give a term by themselves: "sentenced to", "jailed for".
const SENTENCING_VERBS: &[&str] = &["sentenced", "jailed", "imprisoned"];

/// Verbs that give a term when a noun of one says so: "given a four-year sentence", "received
/// 30 months in prison", "is serving a 12-year term".
const GIVING_VERBS: &[&str] = &[
    "given", "handed", "received", "receives", "got", "gets", "serving", "serves", "serve", "sent",
];

/// Words that make a term other than the one given: asked for, risked, possible, suspended,
/// added, reduced or increased ("cut to 10 years on appeal" is another term than the first).
const NOT_GIVEN: &[&str] = &[
    "faces",
    "face",
    "facing",
    "faced",
    "could",
    "would",
    "might",
    "may",
    "sought",
    "seek",
    "seeks",
    "seeking",
    "demanded",
    "asked",
    "requested",
    "recommended",
    "maximum",
    "up",
    "suspended",
    "further",
    "additional",
    "another",
    "extra",
    "reduced",
    "cut",
    "increased",
    "appeal",
    "if",
];

/// Words of auxiliaries and adverbs between a passive subject and its verb.
const AUXILIARIES: &[&str] = &[
    "was", "were", "is", "are", "has", "have", "had", "been", "be", "being", "will", "later",
    "also", "now", "already",
];

/// The measure of a prison term over tokens `first..end` (the figure and its unit, or the
/// noun it modifies), when a court's verb gives it to a person the clause names.
pub(super) fn prison_term(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    end: usize,
) -> Option<String> {
    let end = end.min(toks.len());
    let clause_break = |t: &Token<'_>| matches!(t.text, "," | ";" | ":" | "." | "—");
    // The verb before the figure, in its clause.
    let verb = (first.saturating_sub(7)..first)
        .rev()
        .take_while(|&k| !clause_break(&toks[k]))
        .find(|&k| {
            let word = toks[k].lower.as_ref();
            SENTENCING_VERBS.contains(&word) || GIVING_VERBS.contains(&word)
        })?;
    let after = &toks[end..(end + 3).min(toks.len())];
    let around = &toks[verb.saturating_sub(3)..(end + 2).min(toks.len())];
    if around.iter().any(|t| NOT_GIVEN.contains(&t.lower.as_ref())) {
        return None;
    }
    // "sentenced to 200 hours of community service": a term of something else.
    if after.first().is_some_and(|t| t.lower == "of") {
        return None;
    }
    let term_noun = |t: &Token<'_>| matches!(t.lower.as_ref(), "sentence" | "term");
    let prison_word = |t: &Token<'_>| {
        matches!(
            t.lower.as_ref(),
            "prison" | "jail" | "gaol" | "custody" | "bars" | "imprisonment"
        )
    };
    let named = SENTENCING_VERBS.contains(&toks[verb].lower.as_ref())
        || toks[first..end].iter().any(term_noun)
        || after.iter().any(|t| prison_word(t) || term_noun(t))
        || toks[verb + 1..first].iter().any(prison_word)
        || first >= 2 && toks[first - 1].lower == "of" && term_noun(&toks[first - 2]);
    if !named {
        return None;
    }
    let holder =
        object_name(lexicon, toks, verb + 1).or_else(|| subject_name(lexicon, toks, verb))?;
    Some(format!(
        "prison-term.duration.of-{}",
        crate::parse::slug(&holder)
    ))
}

/// Nouns of an agreement whose length a figure before them gives: "a four-year contract".
const AGREEMENT_NOUNS: &[&str] = &["contract", "deal", "agreement", "lease"];

/// Words that make a length other than the one agreed: offered, sought, proposed, extended by.
const NOT_AGREED: &[&str] = &[
    "offered",
    "offer",
    "offering",
    "sought",
    "seeking",
    "seeks",
    "proposed",
    "proposes",
    "rejected",
    "turned",
    "could",
    "would",
    "might",
    "may",
    "talks",
    "extension",
    "extended",
    "further",
    "another",
    "new",
    "if",
];

/// The measure of the length of a contract or a deal over tokens `first..end` (a figure
/// before the agreement's noun, "a four-year contract", or after it, "a contract of four
/// years"), when the clause opens with the name of whoever agreed it.
pub(super) fn contract_term(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    end: usize,
) -> Option<String> {
    let end = end.min(toks.len());
    let agreement = |t: &Token<'_>| AGREEMENT_NOUNS.contains(&t.lower.as_ref());
    // "a four-year contract" (the noun within the figure's phrase), "a contract of four years".
    let before = first >= 2
        && matches!(toks[first - 1].lower.as_ref(), "of" | "lasting" | "running")
        && agreement(&toks[first - 2]);
    if !(toks[first..end].last().is_some_and(agreement) || before) {
        return None;
    }
    let clause_break = |t: &Token<'_>| matches!(t.text, "," | ";" | ":" | "—");
    let start = (0..first)
        .rev()
        .find(|&k| clause_break(&toks[k]))
        .map_or(0, |k| k + 1);
    if toks[start..(end + 2).min(toks.len())]
        .iter()
        .any(|t| NOT_AGREED.contains(&t.lower.as_ref()) || t.lower == "by")
    {
        return None;
    }
    // The name opening the clause, before its verb: "Striker Ivo Mandrell has signed".
    let run_end = (start..first)
        .find(|&k| !(toks[k].is_word() && toks[k].is_capitalised()))
        .unwrap_or(first);
    // "Norland and Essel signed": a deal of two parties is neither's alone.
    if toks
        .get(run_end)
        .is_some_and(|t| matches!(t.lower.as_ref(), "and" | "&" | "with"))
    {
        return None;
    }
    // Past a title or a word of English before a name of two words: "Striker Ivo Mandrell",
    // "Coach Ana Brel".
    let before_name = |k: usize| {
        run_end - k > 2
            && (lexicon.title_heads.contains(toks[k].lower.as_ref())
                || crate::parse::is_english_word(&toks[k].lower))
    };
    let holder = (start..run_end)
        .filter(|&k| !before_name(k))
        .find_map(|k| {
            let (name_start, name_end) = super::roles::name_at(lexicon, toks, k)?;
            (name_start == k && name_end == run_end).then(|| words(&toks[k..run_end]))
        })?;
    Some(format!(
        "contract-term.duration.of-{}",
        crate::parse::slug(&holder)
    ))
}

/// The person named right after the verb: "jailed Tarlo Venn for", "sentenced Brel to".
fn object_name(lexicon: &Lexicon, toks: &[Token<'_>], at: usize) -> Option<String> {
    let t = toks.get(at)?;
    if !(t.is_word() && t.is_capitalised()) {
        return None;
    }
    let (start, end) = super::roles::name_at(lexicon, toks, at)?;
    Some(words(&toks[start..end]))
}

/// The person the clause opens with before the verb at `verb`, past auxiliaries: "Ana Brel was
/// sentenced", "Brel has been jailed", "Mona Eid received".
fn subject_name(lexicon: &Lexicon, toks: &[Token<'_>], verb: usize) -> Option<String> {
    let mut end = verb;
    while end > 0 && AUXILIARIES.contains(&toks[end - 1].lower.as_ref()) {
        end -= 1;
    }
    // "Marlon Quist, a former treasurer, received": past an aside set off by commas.
    if end > 0 && toks[end - 1].text == "," {
        end = (end.saturating_sub(10)..end - 1)
            .rev()
            .find(|&k| toks[k].text == ",")?;
    }
    let mut start = end;
    while start > 0
        && end - start < 4
        && toks[start - 1].is_word()
        && toks[start - 1].is_capitalised()
    {
        start -= 1;
    }
    if start == end {
        return None;
    }
    // The name must be the whole run: "A court jailed" opens with no name.
    let (name_start, name_end) = super::roles::name_at(lexicon, toks, start)?;
    (name_start == start && name_end == end).then(|| words(&toks[start..end]))
}

/// The words of a name, without a possessive.
fn words(toks: &[Token<'_>]) -> String {
    toks.iter()
        .filter(|t| t.is_word())
        .map(|t| crate::lexicon::strip_possessive(t.text))
        .collect::<Vec<_>>()
        .join(" ")
}

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

/// The measures of lengths given once, of no day: a term is what it was when given.
pub const TERM_MEASURES: &[&str] = &["prison-term.", "contract-term."];

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
    "minimum",
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
    let verb = (first.saturating_sub(9)..first)
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
    // "sentenced to 200 hours of community service", "12 months' probation", "jailed on
    // Monday two years after the attack": a length of something else.
    if after.first().is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "of" | "'"
                | "’"
                | "after"
                | "before"
                | "ago"
                | "later"
                | "earlier"
                | "probation"
                | "community"
                | "ban"
                | "since"
        )
    }) {
        return None;
    }
    let prison_word = |t: &Token<'_>| {
        matches!(
            t.lower.as_ref(),
            "prison" | "jail" | "gaol" | "custody" | "bars" | "imprisonment"
        )
    };
    let sentence_noun = |t: &Token<'_>| t.lower == "sentence";
    let term_noun = |t: &Token<'_>| t.lower == "term";
    // The figure is the term: right after a court's "to" or "for" ("sentenced to 30 months",
    // "jailed for seven years"), or inside a phrase of a sentence or of prison ("a four-year
    // prison sentence", "30 months in prison", "a sentence of 18 months"). A "term" is a
    // prison term only with prison's word: "a five-year term as mayor" is an office's.
    let court_verb = SENTENCING_VERBS.contains(&toks[verb].lower.as_ref());
    // (past the object and a time between: "jailed Ana Brel on Monday for seven years")
    let right_after = matches!(toks[first - 1].lower.as_ref(), "to" | "for")
        && toks[verb + 1..first - 1].iter().all(|t| t.is_word());
    let phrase = &toks[first..(end + 3).min(toks.len())];
    let prison = phrase.iter().any(prison_word) || toks[verb + 1..first].iter().any(prison_word);
    let named = court_verb && right_after
        || phrase.iter().any(sentence_noun)
        || prison
        || first >= 2 && toks[first - 1].lower == "of" && sentence_noun(&toks[first - 2]);
    let office_term = phrase.iter().any(term_noun) && !prison;
    if !named || office_term {
        return None;
    }
    // Whom the term is given: the object of a court's verb ("jailed Ana Brel"), or the subject
    // of a passive or of a verb of receiving ("Ana Brel was jailed", "Ana Brel received"); never
    // the court or the judge who gave it ("Judge Ana Brel sentenced him to").
    // (past the words of a title before the name: "handed former city treasurer Ana Brel")
    let title_word = |k: usize| {
        let word = toks[k].lower.as_ref();
        toks[k].is_word()
            && (k == verb + 1 && word == "the"
                || !crate::parse::quantities::FUNCTION_WORDS.contains(&word)
                    && !matches!(word, "him" | "her" | "them" | "us" | "me" | "both"))
    };
    // The object is the name right after the verb, or else the last name of its title words,
    // right before the term's "to", "for" or article ("sentenced former Lesk minister Ana
    // Brel to 10 years" is Ana Brel's, not Lesk's; "jailed two former Harlow executives" names
    // no one).
    let object = if toks
        .get(verb + 1)
        .is_some_and(|t| t.is_word() && t.is_capitalised())
    {
        Some(verb + 1)
    } else {
        let mut end = first;
        while end > verb + 1 && matches!(toks[end - 1].lower.as_ref(), "to" | "for" | "a" | "an") {
            end -= 1;
        }
        let mut start = end;
        while start > verb + 1
            && start + 4 > end
            && toks[start - 1].is_capitalised()
            && toks[start - 1].is_word()
        {
            start -= 1;
        }
        (start < end && end - verb <= 9 && (verb + 1..start).all(title_word)).then_some(start)
    };
    let holder = if let Some(object) = object {
        object_name(lexicon, toks, object)?
    } else {
        let passive = verb > 0
            && matches!(
                toks[verb - 1].lower.as_ref(),
                "was" | "were" | "been" | "is" | "are" | "be" | "being"
            );
        let receiving = !court_verb && toks[verb].lower != "given" && toks[verb].lower != "handed";
        let given_passive = passive || receiving;
        if !given_passive {
            return None;
        }
        subject_name(lexicon, toks, verb)?
    };
    Some(format!(
        "prison-term.duration.of-{}",
        crate::parse::slug(&holder)
    ))
}

/// Nouns of an agreement whose length a figure before them gives: "a four-year contract".
const AGREEMENT_NOUNS: &[&str] = &["contract", "deal"];

/// Verbs of signing an agreement, after the name of whoever signed it (past auxiliaries):
/// "has signed", "agreed", "put pen to paper on". Not "joined … on a five-year deal", which
/// tells an earlier deal.
const SIGNING_VERBS: &[&str] = &[
    "signed", "signs", "sign", "agreed", "agrees", "penned", "pens", "inked", "inks", "put",
    "sealed", "seals",
];

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
    // The noun right after the figure's words: "a 10-year supply deal" and "a lease" are
    // other agreements than a player's or a manager's contract.
    let noun_after_figure = end >= 2
        && agreement(&toks[end - 1])
        && toks[first..end - 1]
            .last()
            .is_some_and(|t| t.lower.ends_with("year") || t.lower.ends_with("month"));
    if !(noun_after_figure || before) {
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
    // The name's verb right after it, a verb of signing (past auxiliaries): "Tarn United
    // striker Ivo Mandrell signed" opens with no name of its own, and "Norland and Essel
    // signed" names two parties.
    let mut verb = run_end;
    while toks
        .get(verb)
        .is_some_and(|t| matches!(t.lower.as_ref(), "has" | "have" | "had" | "will"))
    {
        verb += 1;
    }
    if !toks
        .get(verb)
        .is_some_and(|t| SIGNING_VERBS.contains(&t.lower.as_ref()))
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
    // "sentenced Venn's driver to": the driver's term, not Venn's.
    if crate::lexicon::is_possessive(toks[end - 1].text)
        || toks
            .get(end)
            .is_some_and(|t| t.text == "'" && !t.space_before)
    {
        return None;
    }
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

//! Titles after verbs: of appointment ("named Ana Brel chief executive", "was elected chair"),
//! of holding or leaving an office ("is the mayor of", "resigned as coach"), of leading a body
//! ("Ana Brel leads the Civic Party") and of succession ("succeeds Tarlo Venn as chair").

use super::*;

/// Verbs that give a person an office, the title after the name (active) or after the verb
/// (passive).
pub(super) fn is_appointing(word: &str) -> bool {
    // A `match` rather than a list search: this runs on every token.
    matches!(
        word,
        "appointed"
            | "appoints"
            | "appoint"
            | "appointing"
            | "named"
            | "names"
            | "naming"
            | "elected"
            | "elects"
            | "electing"
            | "re-elected"
            | "nominated"
            | "nominates"
            | "nominating"
            | "chose"
            | "chosen"
            | "chooses"
            | "picked"
            | "picks"
            | "tapped"
            | "taps"
            | "installed"
            | "installs"
            | "promoted"
            | "promotes"
            | "hired"
            | "hires"
            | "confirmed"
            | "confirms"
            | "sworn"
            | "made"
    )
}

/// The auxiliaries of a passive appointment: "was named", "has been appointed", "will be
/// sworn in".
pub(super) const PASSIVE_AUXILIARIES: &[&str] =
    &["was", "is", "were", "are", "been", "be", "being"];

/// The name before an aside set off by commas, the comma closing it at `close`: "Karim Oduya,
/// a former senator, was sworn in", "Bea Lund, who ran the parks division, was named". The
/// name's start and the comma opening the aside.
pub(super) fn name_before_aside(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    close: usize,
) -> Option<(usize, usize)> {
    if toks.get(close)?.text != "," {
        return None;
    }
    let open = (close.saturating_sub(16)..close)
        .rev()
        .find(|&k| matches!(toks[k].text, "," | ";" | ":" | "(" | ")" | "\"" | "—"))?;
    if toks[open].text != "," || open + 1 == close {
        return None;
    }
    let start = name_just_before(lexicon, toks, open)?;
    Some((start, open))
}

/// "The club appointed Tarlo Venn as interim coach", "named Ana Brel its new chair", "Ana Brel
/// was elected chair of the council", "Tarlo Venn, who was sworn in as president".
pub(super) fn appointments(s: &Sentence<'_>, lexicon: &Lexicon, out: &mut Vec<Claim>) {
    let toks = &s.tokens;
    for verb in 0..toks.len() {
        if !is_appointing(toks[verb].lower.as_ref()) {
            continue;
        }
        // "sworn in as", "appointed as".
        let mut after_verb = verb + 1;
        if toks[verb].lower == "sworn" && toks.get(after_verb).is_some_and(|t| t.lower == "in") {
            after_verb += 1;
        }
        let passive = verb > 0 && PASSIVE_AUXILIARIES.contains(&toks[verb - 1].lower.as_ref());
        let (name_start, name_end, title_at) = if passive {
            // The name before the auxiliaries: "Ana Brel was", "Ana Brel has been", "Ana
            // Brel, who was", as for any verb of office.
            let Some((start, end)) = subject_of(lexicon, toks, verb - 1) else {
                continue;
            };
            (start, end, after_verb)
        } else {
            // "named former Norcross Air chief executive Lena Okafor its president": the name
            // after the title the person held before ("nominated economist Andrei Belousov"
            // describes, and the verb may name no office).
            let Some((start, end)) = person_name(lexicon, toks, after_verb).or_else(|| {
                let (held, described) = title_starting_at(s, lexicon, after_verb)?;
                if held.qualifier != Qualifier::Former {
                    return None;
                }
                person_name(lexicon, toks, described)
            }) else {
                continue;
            };
            (start, end, end)
        };
        // "Councillor Mona Eid was elected mayor": a title before the name is not part of it.
        let mut name_start = name_start;
        while name_end - name_start > 2
            && lexicon
                .title_heads
                .contains(toks[name_start].lower.as_ref())
        {
            name_start += 1;
        }
        let mut title_at = title_at;
        if toks.get(title_at).is_some_and(|t| t.lower == "as") {
            title_at += 1;
        }
        // "Trump nominated Pete Hegseth as defense secretary": one chosen is yet to take the
        // office (elect, as a nominee is) until confirmed or sworn in.
        let chosen = matches!(
            toks[verb].lower.as_ref(),
            "nominated"
                | "nominates"
                | "nominating"
                | "picked"
                | "picks"
                | "tapped"
                | "taps"
                | "chose"
                | "chosen"
                | "chooses"
        )
        .then_some(Qualifier::Elect);
        titles_of_complement(s, lexicon, out, (name_start, name_end), title_at, chosen);
    }
}

/// The titles a verb gives the name `name_start..name_end`, read from `title_at` ("chief
/// executive", "the mayor of Port Essel and chair of the council"), each pushed as a role from
/// the name to the title's end; the verb's qualifier stands where the title has none of its
/// own. Nothing when the titles are not the verb's whole complement ("named Ana Brel chair on
/// Monday", not "named Ana Brel chair of something the grammar stopped inside").
pub(super) fn titles_of_complement(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    out: &mut Vec<Claim>,
    (name_start, name_end): (usize, usize),
    title_at: usize,
    qualifier: Option<Qualifier>,
) {
    let toks = &s.tokens;
    let titles = coordinated_titles(s, lexicon, title_at);
    let Some(&(_, end)) = titles.last() else {
        return;
    };
    if !title_complete(toks, end) {
        return;
    }
    let name = s.slice(toks[name_start].span.cover(toks[name_end - 1].span));
    for (title, title_end) in &titles {
        let mut title = title.clone();
        // A qualifier written in the title is the title's ("became interim coach").
        if let Some(qualifier) = qualifier
            && title.qualifier.sense() == Qualifier::Current
        {
            title.qualifier = qualifier;
        }
        push_role(
            s,
            lexicon,
            out,
            (name_start, *title_end),
            RoleForm::Appositive,
            name,
            &title,
        );
    }
}

/// How a verb after a name says the person holds an office, and whether "as" must follow:
/// "is the mayor" (now), "became prime minister" and "served as" (then), "resigned as coach"
/// (no longer).
pub(super) fn holding_verb(toks: &[Token<'_>], verb: usize) -> Option<(Qualifier, usize)> {
    let next = |k: usize| toks.get(k).map(|t| t.lower.as_ref());
    let article = |k: usize| matches!(next(k), Some("the" | "a" | "an"));
    // "resigned on Monday as coach": a short phrase of time before "as".
    let as_at = |k: usize| as_after_time(toks, k);
    // The copula takes the title with its article ("is the mayor", "was a senator") or with a
    // qualifier of acting ("is caretaker manager at Everton").
    let acting = |k: usize| matches!(next(k), Some("acting" | "interim" | "caretaker"));
    // "is head of the agency", "was president of the club": an office of a body without an
    // article.
    let office_of = |k: usize| {
        let head = |w: Option<&str>| {
            matches!(
                w,
                Some(
                    "head"
                        | "chair"
                        | "president"
                        | "director"
                        | "chairman"
                        | "chairwoman"
                        | "secretary"
                        | "governor"
                        | "mayor"
                        | "dean"
                        | "rector"
                )
            )
        };
        head(next(k)) && next(k + 1) == Some("of")
            || matches!(next(k), Some("deputy" | "vice"))
                && head(next(k + 1))
                && next(k + 2) == Some("of")
    };
    Some(match toks[verb].lower.as_ref() {
        "is" if article(verb + 1) || acting(verb + 1) || office_of(verb + 1) => {
            (Qualifier::Current, verb + 1)
        }
        "was" if article(verb + 1) || office_of(verb + 1) => (Qualifier::Then, verb + 1),
        "becomes" => (Qualifier::Current, verb + 1),
        "became" => (Qualifier::Then, verb + 1),
        // What is settled to come: "will become", "is to become", "will serve as". Not what
        // someone hopes or could do ("hopes to become", "could serve as").
        "become" if settled_future(toks, verb) => (Qualifier::Elect, verb + 1),
        "serve" if settled_future(toks, verb) && next(verb + 1) == Some("as") => {
            (Qualifier::Elect, verb + 2)
        }
        "serves" | "serving" if next(verb + 1) == Some("as") => (Qualifier::Current, verb + 2),
        // "has served as president since 1991" still does.
        "served"
            if next(verb + 1) == Some("as")
                && matches!(verb.checked_sub(1).and_then(next), Some("has" | "have"))
                && since_after(toks, verb + 2) =>
        {
            (Qualifier::Current, verb + 2)
        }
        "served" if next(verb + 1) == Some("as") => (Qualifier::Then, verb + 2),
        // "served briefly as".
        "served"
            if next(verb + 1).is_some_and(|w| w.ends_with("ly"))
                && next(verb + 2) == Some("as") =>
        {
            (Qualifier::Then, verb + 3)
        }
        "resigned" | "resigns" | "quit" | "quits" | "retired" | "retires" | "fired" | "sacked"
        | "dismissed" | "ousted"
            if as_at(verb + 1).is_some() =>
        {
            (Qualifier::Former, as_at(verb + 1)? + 1)
        }
        "stepped" | "steps" if next(verb + 1) == Some("down") && next(verb + 2) == Some("as") => {
            (Qualifier::Former, verb + 3)
        }
        // "took over as chief executive", "takes office as mayor", "will take over as coach".
        "take" | "takes" | "took" | "taking"
            if matches!(next(verb + 1), Some("over" | "office"))
                && next(verb + 2) == Some("as") =>
        {
            let qualifier = match toks[verb].lower.as_ref() {
                "take" if settled_future(toks, verb) => Qualifier::Elect,
                "takes" => Qualifier::Current,
                "took" => Qualifier::Then,
                _ => return None,
            };
            (qualifier, verb + 3)
        }
        _ => return None,
    })
}

/// Where "as" stands at `k` or after a short phrase of time there ("on Sunday as", "last
/// week as", "in 2019 as"): its index.
pub(super) fn as_after_time(toks: &[Token<'_>], k: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map(|t| t.lower.as_ref());
    if word(k) == Some("as") {
        return Some(k);
    }
    let time = match word(k)? {
        "on" | "in" | "last" | "this" | "earlier" => 2,
        "yesterday" | "today" => 1,
        _ => return None,
    };
    let after = k + time;
    (word(after) == Some("as")
        && toks[k + 1..after]
            .iter()
            .all(|t| t.is_word() || t.text.bytes().all(|b| b.is_ascii_digit())))
    .then_some(after)
}

/// Whether "since" stands in the clause after `from`, before the next comma: "has served as
/// president since 1991".
/// Whether the verb at `verb` follows "has" or "have" (the perfect: "has headed").
fn perfect(toks: &[Token<'_>], verb: usize) -> bool {
    verb > 0 && matches!(toks[verb - 1].lower.as_ref(), "has" | "have")
}

pub(super) fn since_after(toks: &[Token<'_>], from: usize) -> bool {
    toks[from.min(toks.len())..]
        .iter()
        .take(12)
        .take_while(|t| !matches!(t.text, "," | ";" | "." | ":"))
        .any(|t| t.lower == "since")
}

/// Whether the verb at `verb` is a settled future: after "will", or after "to" of "is to",
/// "set to", "due to", "poised to".
pub(super) fn settled_future(toks: &[Token<'_>], verb: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    match word(verb.wrapping_sub(1)) {
        "will" => true,
        "to" => matches!(
            word(verb.wrapping_sub(2)),
            "is" | "are" | "set" | "due" | "poised"
        ),
        _ => false,
    }
}

/// "Ana Brel is the mayor of Port Essel", "Tarlo Venn became prime minister in 2019", "Ana Brel,
/// who served as finance minister,", "Tarlo Venn resigned as coach on Monday".
pub(super) fn holdings(s: &Sentence<'_>, lexicon: &Lexicon, out: &mut Vec<Claim>) {
    let toks = &s.tokens;
    for verb in 1..toks.len() {
        let Some((qualifier, title_at)) = holding_verb(toks, verb) else {
            continue;
        };
        let Some(subject) = subject_of(lexicon, toks, verb) else {
            continue;
        };
        titles_of_complement(s, lexicon, out, subject, title_at, Some(qualifier));
    }
}

/// Where an organisation's noun in lower case stands at `j` or after at most two words in lower
/// case that qualify it ("bureau", "anti-corruption bureau", "refugee agency").
fn lower_case_body_noun(toks: &[Token<'_>], j: usize) -> Option<usize> {
    let mut k = j;
    let mut words = 0;
    while k < toks.len() && words < 3 {
        let t = &toks[k];
        if t.is_capitalised() || !(t.is_word() || t.text == "-" && !t.space_before) {
            return None;
        }
        if ORGANISATION_NOUNS.contains(&t.lower.as_ref()) || t.lower == "bureau" {
            return Some(k);
        }
        if t.is_word() {
            words += 1;
            if crate::parse::names::function_word(t.lower.as_ref()) {
                return None;
            }
        }
        k += 1;
    }
    None
}

/// "Ana Brel, who heads the Harlow Port Authority,", "Tarlo Venn chaired the Lesk Council": a
/// verb that names the office, head or chair, of the body after it; in the past tense, a
/// former one. The body is a name ("heads to the airport" is no office), or in the present an
/// organisation's noun ("heads the agency").
pub(super) fn heads_of_bodies(s: &Sentence<'_>, lexicon: &Lexicon, out: &mut Vec<Claim>) {
    let toks = &s.tokens;
    for verb in 1..toks.len() {
        let (office, qualifier) = match toks[verb].lower.as_ref() {
            // Not "headed": a ball is headed, and a storm heads somewhere.
            "heads" => ("head", Qualifier::Current),
            "chairs" => ("chair", Qualifier::Current),
            // "who leads the Civic Party": its leader; not "led", which a leader still in
            // office did too ("led the party to victory").
            "leads" => ("leader", Qualifier::Current),
            "chaired" if !perfect(toks, verb) => ("chair", Qualifier::Former),
            // "has headed the Civic Party since 2019", "who has led the union since 2021": still
            // does (the body must be followed by "since").
            "headed" if perfect(toks, verb) => ("head", Qualifier::Current),
            "chaired" => ("chair", Qualifier::Current),
            "led" if perfect(toks, verb) => ("leader", Qualifier::Current),
            _ => continue,
        };
        let has = perfect(toks, verb);
        let Some((first, last)) = subject_of(lexicon, toks, verb - usize::from(has)) else {
            continue;
        };
        let mut j = verb + 1;
        if toks.get(j).is_some_and(|t| t.lower == "the") {
            j += 1;
        }
        // A body's name longer than the jurisdiction it opens with is the body's: "heads the
        // Swedish Forest Agency". A noun of an organisation after the name is the name's:
        // "leads the Civic Union party".
        // (name end, phrase end)
        let named = body_forward(toks, j).map(|end| {
            let noun = toks.get(end).is_some_and(|t| {
                !t.is_capitalised()
                    && (ORGANISATION_NOUNS.contains(&t.lower.as_ref())
                        || LED_BODIES.contains(&t.lower.as_ref()))
            });
            (end, end + usize::from(noun))
        });
        let jurisdiction = lexicon
            .jurisdiction_forms
            .longest_at(toks, j)
            .filter(|found| named.is_none_or(|(name_end, _)| j + found.len >= name_end));
        let (body, end) = if let Some(found) = jurisdiction {
            (
                lexicon.jurisdictions[*found.value].id.clone(),
                j + found.len,
            )
        } else if let Some((name_end, end)) = named {
            let words: Vec<&str> = toks[j..name_end].iter().map(|t| t.text).collect();
            (join_tokens(&toks[j..name_end], &words), end)
        } else if qualifier.sense() == Qualifier::Current
            && let Some(noun) = lower_case_body_noun(toks, j)
        {
            // "heads the bureau", "heads the anti-corruption bureau".
            let words: Vec<&str> = toks[j..=noun].iter().map(|t| t.text).collect();
            (join_tokens(&toks[j..=noun], &words), noun + 1)
        } else {
            continue;
        };
        // One who leads a party, a union or a movement heads it; one who leads a league, a race
        // or a team tops or coaches it.
        if office == "leader"
            && !toks[..end]
                .last()
                .is_some_and(|t| LED_BODIES.contains(&strip_possessive(&t.lower)))
        {
            continue;
        }
        if has && toks.get(end).is_none_or(|t| t.lower != "since") {
            continue;
        }
        // The body's name ends its phrase: "headed the Harlow delegation" is no head of Harlow.
        // One who leads ends the clause with it: "leads the league in scoring" tops it.
        if !(has
            || clause_ends(toks, end)
            || office != "leader"
                && toks
                    .get(end)
                    .is_some_and(|t| crate::parse::names::function_word(t.lower.as_ref())))
        {
            continue;
        }
        let title = Title {
            start: verb,
            office: office.to_string(),
            office_text: toks[verb].text.to_string(),
            open: !lexicon.offices.iter().any(|o| o.id == office),
            body: Some(strip_possessive(&body).to_string()),
            qualifier,
            state: None,
            single_name: false,
        };
        let name = s.slice(toks[first].span.cover(toks[last - 1].span));
        push_role(
            s,
            lexicon,
            out,
            (first, end),
            RoleForm::Appositive,
            name,
            &title,
        );
    }
}

/// Bodies whose leader is an office: "leads the Civic Party", "leads the Transport Union".
pub(super) const LED_BODIES: &[&str] = &[
    "party",
    "alliance",
    "union",
    "movement",
    "coalition",
    "council",
    "government",
    "caucus",
    "bloc",
    "front",
    "congress",
    "federation",
    "association",
    "committee",
    "commission",
];

/// The name a verb of office at `verb` has for its subject: before it, past auxiliaries, a
/// relative pronoun and words of a settled future ("Ana Brel has served as", "Tarlo Venn, who
/// became", "Ana Brel is to become"), and past an aside set off by commas ("Femi Adeyo, 61,
/// served as", "Ana Brel, a former senator, became"). Its start and end.
pub(super) fn subject_of(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    verb: usize,
) -> Option<(usize, usize)> {
    let mut k = verb;
    while k > 0
        && matches!(
            toks[k - 1].lower.as_ref(),
            "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "who"
                | "later"
                | "then"
                | "now"
                | "currently"
                | "still"
                | "also"
                | ","
                | "to"
                | "is"
                | "are"
                | "was"
                | "been"
                | "set"
                | "due"
                | "poised"
        )
    {
        k -= 1;
    }
    name_just_before(lexicon, toks, k)
        .map(|start| (start, k))
        .or_else(|| name_before_aside(lexicon, toks, k))
}

/// "Sela Vint will replace Tarlo Venn as prime minister", "Ana Brel succeeded Mona Eid as
/// chair": the subject takes the office, to come (elect) or at the time the sentence tells
/// (then, as "became" is). The person replaced is read by the other readers or not at all.
pub(super) fn successions(s: &Sentence<'_>, lexicon: &Lexicon, out: &mut Vec<Claim>) {
    let toks = &s.tokens;
    for verb in 1..toks.len() {
        let qualifier = match toks[verb].lower.as_ref() {
            "replace" | "succeed" if settled_future(toks, verb) => Qualifier::Elect,
            "replaced" | "succeeded" => Qualifier::Then,
            "replaces" | "succeeds" => Qualifier::Current,
            _ => continue,
        };
        let Some((_, object_end)) = person_name(lexicon, toks, verb + 1) else {
            continue;
        };
        if toks.get(object_end).is_none_or(|t| t.lower != "as") {
            continue;
        }
        let Some(subject) = subject_of(lexicon, toks, verb) else {
            continue;
        };
        titles_of_complement(s, lexicon, out, subject, object_end + 1, Some(qualifier));
    }
}

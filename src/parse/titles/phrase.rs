//! The title itself: its words, head, qualifier and organisation, read forwards from its
//! first word or backwards from its last.

use super::*;

/// A title word at `k`: its length in tokens (an abbreviation takes its full stop) and whether
/// it can end a title.
pub(super) fn title_word(lexicon: &Lexicon, toks: &[Token<'_>], k: usize) -> Option<(usize, bool)> {
    let t = toks.get(k)?;
    if !t.is_word() {
        return None;
    }
    // An office the lexicon lists is a head, of one word or several ("Lord Mayor", "mayor").
    if let Some(found) = lexicon.office_forms.longest_at(toks, k) {
        return Some((found.len, true));
    }
    let w = t.lower.as_ref();
    // "a member of parliament", "a member of the city council": a member of a body that
    // holds seats, not of the public, a family or a gang.
    if w == "member" && member_of_a_body(toks, k) {
        return Some((1, true));
    }
    let head = lexicon.title_heads.contains(w);
    if !head && !lexicon.title_modifiers.contains(w) {
        return None;
    }
    let dotted = toks
        .get(k + 1)
        .is_some_and(|d| d.text == "." && !d.space_before)
        && lexicon.title_synonyms.contains_key(w);
    Some((if dotted { 2 } else { 1 }, head))
}

/// Bodies whose members hold a seat: "member of parliament", "of the national assembly".
const SEATED_BODIES: &[&str] = &[
    "parliament",
    "congress",
    "senate",
    "assembly",
    "legislature",
    "board",
    "council",
    "committee",
    "cabinet",
    "knesset",
    "bundestag",
    "duma",
    "politburo",
    "presidium",
    "commission",
];

/// Whether "member" at `k` is a member of a body that holds seats: "of parliament", "of the
/// European Parliament", "of the city council", "of its board".
fn member_of_a_body(toks: &[Token<'_>], k: usize) -> bool {
    if toks.get(k + 1).is_none_or(|t| t.lower != "of") {
        return false;
    }
    let mut at = k + 2;
    if toks
        .get(at)
        .is_some_and(|t| matches!(t.lower.as_ref(), "the" | "its" | "their"))
    {
        at += 1;
    }
    (at..(at + 3).min(toks.len()))
        .take_while(|&j| toks[j].is_word())
        .any(|j| SEATED_BODIES.contains(&toks[j].lower.as_ref()))
}

pub(super) fn is_honorific(lexicon: &Lexicon, toks: &[Token<'_>], k: usize) -> bool {
    lexicon.honorifics.contains(toks[k].lower.as_ref())
}

/// The office id of title words: the lexicon's when one of its forms is the whole run, else
/// the words normalised (synonyms, no full stops, hyphens between).
pub(super) fn office_of(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    start: usize,
    end: usize,
) -> (String, bool) {
    if let Some(found) = lexicon.office_forms.longest_at(toks, start)
        && start + found.len == end
    {
        return (lexicon.offices[*found.value].id.clone(), false);
    }
    let words: Vec<String> = toks[start..end]
        .iter()
        .filter(|t| t.is_word())
        .map(|t| {
            let w = t.lower.as_ref();
            lexicon
                .title_synonyms
                .get(w)
                .cloned()
                .unwrap_or_else(|| w.to_string())
        })
        .collect();
    let phrase = words.join(" ");
    let phrase = lexicon
        .title_synonyms
        .get(&phrase)
        .cloned()
        .unwrap_or(phrase);
    let id = phrase.replace(' ', "-");
    // The lexicon's office once normalised: "Gov." is "governor".
    let listed = lexicon.offices.iter().any(|o| o.id == id);
    (id, !listed)
}

/// A title head that is no title alone: "harbour master", "grand master", but "Master Tarlo
/// Venn" is a boy.
pub(super) fn needs_modifier(office: &str) -> bool {
    office == "master"
}

/// A qualifier that ends just before `start` ("former", "ex-", "then-"): its first token.
pub(super) fn qualifier_before(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    start: usize,
) -> Option<(usize, Qualifier)> {
    let end = if start > 0 && toks[start - 1].text == "-" {
        start - 1
    } else {
        start
    };
    (end.saturating_sub(3)..end)
        .find_map(|k| {
            let found = crate::parse::roles::qualifier_at(lexicon, toks, k)?;
            // "Interim city manager", "former Labour MP": one word of the office's place or
            // party between the qualifier and the title.
            let one_word_between = k + found.len + 1 == end
                && toks[end - 1].is_word()
                && !crate::parse::quantities::FUNCTION_WORDS
                    .contains(&toks[end - 1].lower.as_ref());
            (k + found.len == end || k + found.len == start || one_word_between)
                .then_some((k, *found.value))
        })
        .or_else(|| {
            // "former long-serving chief executive": a hyphenated modifier between them.
            let hyphenated = end >= 4
                && toks[end - 1].is_word()
                && toks[end - 2].text == "-"
                && !toks[end - 2].space_before
                && !toks[end - 1].space_before
                && toks[end - 3].is_word();
            let k = end.checked_sub(4).filter(|_| hyphenated)?;
            let found = crate::parse::roles::qualifier_at(lexicon, toks, k)?;
            (found.len == 1).then_some((k, *found.value))
        })
}

/// The qualifier a "-elect" or "-designate" suffix at `k` gives (after its hyphen).
pub(in crate::parse) fn suffix_qualifier(toks: &[Token<'_>], k: usize) -> Qualifier {
    if toks.get(k + 1).is_some_and(|t| t.lower == "designate") {
        Qualifier::Designate
    } else {
        Qualifier::Elect
    }
}

/// "-elect", "-designate" right after a title: the tokens they take.
pub(super) fn elect_suffix(toks: &[Token<'_>], k: usize) -> usize {
    let hyphen = toks
        .get(k)
        .is_some_and(|t| matches!(t.text, "-" | "\u{2011}") && !t.space_before);
    let word = toks
        .get(k + 1)
        .is_some_and(|t| matches!(t.lower.as_ref(), "elect" | "designate") && !t.space_before);
    if hyphen && word { 2 } else { 0 }
}

/// A title that ends just before token `end` (a name or a comma follows): the run of title
/// words, its organisation and its qualifier.
pub(super) fn title_ending_at(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    end: usize,
) -> Option<(Title, usize)> {
    let mut qualifier = Qualifier::Current;
    let mut run_end = end;
    let suffix_start = end.saturating_sub(2);
    if end >= 2 && elect_suffix(toks, suffix_start) == 2 {
        qualifier = suffix_qualifier(toks, suffix_start);
        run_end = suffix_start;
    }
    // The last word is a head: "Whip", "coach", "Sen.".
    let mut start = run_end;
    let mut words = 0;
    let mut last_is_head = None;
    // The case of the word next to the name: a title is written in one case ("Senate
    // Majority Whip", "press secretary"), so "press secretary Maj. Gen." is two titles.
    let mut capitalised = None;
    while start > 0 && words < MAX_TITLE_WORDS {
        // An office of several words the lexicon lists: "Director General", "Vice President".
        let same_case =
            |k: usize| k == 0 || capitalised.is_none_or(|c| c == toks[k].is_capitalised());
        if let Some((form_start, _)) = lexicon.office_forms.longest_ending_at(toks, start, 4)
            && form_start + 1 < start
            && same_case(form_start)
        {
            // An office of several words before a head already read is a title of its own:
            // "Army Chief of Staff Gen. Dev Malik" is a chief of staff and a general.
            if words > 0 {
                break;
            }
            last_is_head.get_or_insert(true);
            capitalised.get_or_insert(toks[form_start].is_capitalised());
            start = form_start;
            words += 1;
            continue;
        }
        // "chief risk officer", "Chief Technology Officer": one word of a field between
        // "chief" and "officer" is the office's.
        if words == 1
            && start >= 2
            && toks[start].lower == "officer"
            && toks[start - 2].lower == "chief"
            && toks[start - 1].is_word()
            && same_case(start - 1)
            && title_word(lexicon, toks, start - 1).is_none()
            && !crate::parse::names::function_word(toks[start - 1].lower.as_ref())
        {
            start -= 2;
            words += 2;
            continue;
        }
        // "Director-General", "Vice-Chancellor": a hyphen between title words has no case.
        if toks[start - 1].text == "-"
            && !toks[start - 1].space_before
            && start >= 2
            && title_word(lexicon, toks, start - 2).is_some()
        {
            start -= 1;
            continue;
        }
        let (k, len) = if start >= 2 && toks[start - 1].text == "." {
            (start - 2, 2)
        } else {
            (start - 1, 1)
        };
        // The first word of a sentence is capitalised whatever it is.
        if !same_case(k) {
            break;
        }
        // "Supreme Court Chief Justice", "Navy Secretary": a capitalised body's noun before a
        // title already read is the body's, as in "chief justice of the Supreme Court".
        // Not a word alone at the start of a sentence ("Team leader Mona Eid").
        if words > 0
            && k > 0
            && toks[k - 1].is_word()
            && toks[k - 1].is_capitalised()
            && toks[k].is_capitalised()
            && matches!(
                toks[k].lower.as_ref(),
                "court" | "army" | "navy" | "club" | "team"
            )
        {
            break;
        }
        // "Labour leader": a party before its own office is its body, not the office's
        // portfolio ("Labour Minister").
        let party_office = run_end > 0
            && PARTY_OFFICES.contains(&toks[run_end - 1].lower.as_ref())
            && toks[k].is_capitalised()
            && PARTY_WORDS.contains(&toks[k].lower.as_ref());
        match title_word(lexicon, toks, k) {
            Some((l, head)) if l == len && !party_office => {
                capitalised.get_or_insert(toks[k].is_capitalised());
                last_is_head.get_or_insert(head && !is_honorific(lexicon, toks, k));
                start = k;
                words += 1;
            }
            _ => break,
        }
    }
    if last_is_head != Some(true) {
        return None;
    }
    let (office, open) = office_of(lexicon, toks, start, run_end);
    if needs_modifier(&office) {
        return None;
    }
    let office_text: Vec<&str> = toks[start..run_end].iter().map(|t| t.text).collect();
    let head = toks[start..run_end]
        .iter()
        .rev()
        .find(|t| t.is_word())
        .map_or("", |t| t.lower.as_ref());
    let mut title = Title {
        start,
        office,
        office_text: join_tokens(&toks[start..run_end], &office_text),
        open,
        body: None,
        qualifier,
        state: None,
        single_name: lexicon.single_name_titles.contains(head),
    };
    // "Harlow council leader", "Chicago police chief": an organisation's noun in lower case
    // between the body's name and the title is the office's ("council leader" of Harlow, as
    // "police chief" of Chicago is not its fire chief).
    let noun = title.start.checked_sub(1).map(|k| &toks[k]).filter(|t| {
        t.is_word()
            && !t.is_capitalised()
            && (ORGANISATION_WORDS.contains(&t.lower.as_ref())
                || BODY_NOUNS.contains(&t.lower.as_ref()))
    });
    if let Some(noun) = noun
        && let Some((body_start, body)) = body_before(lexicon, toks, title.start - 1)
    {
        title.office = format!("{}-{}", noun.lower, title.office);
        title.office_text = format!("{} {}", noun.text, title.office_text);
        title.open = true;
        title.start = body_start;
        title.body = Some(body);
    } else if let Some((body_start, body)) = body_before(lexicon, toks, title.start) {
        title.start = body_start;
        title.body = Some(body);
    } else if PARTY_OFFICES.contains(&head)
        && let Some((body_start, party)) = party_before(toks, title.start)
    {
        // "Labour leader", "the Republican whip": the party's own office, whose body it is
        // (a "Republican Senator" is a senator of a state who is a Republican).
        title.start = body_start;
        title.body = Some(party);
    }
    if let Some((q_start, q)) = qualifier_before(lexicon, toks, title.start) {
        title.start = q_start;
        if title.qualifier.sense() == Qualifier::Current {
            title.qualifier = q;
        }
    }
    Some((title, run_end))
}

/// A plural title head just before token `end`, over names joined after it: "Senators Ana
/// Brel and Tarlo Venn", "bishops Ana Brel and Tarlo Venn". The title is each one's, in the
/// singular (`senator`); the qualifier before it counts ("former senators").
pub(super) fn plural_title_ending_at(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    end: usize,
) -> Option<Title> {
    let k = end.checked_sub(1)?;
    let t = &toks[k];
    let word = t.lower.as_ref();
    if !t.is_word() || lexicon.office_forms.longest_at(toks, k).is_some() {
        return None;
    }
    let singular = [word.strip_suffix("es"), word.strip_suffix('s')]
        .into_iter()
        .flatten()
        .find(|stem| lexicon.title_heads.contains(*stem))?;
    if is_honorific(lexicon, toks, k)
        || lexicon.honorifics.contains(singular)
        || needs_modifier(singular)
    {
        return None;
    }
    // A verb after its subject ("Mona Eid coaches Ana Brel and …", "who judges"), or a
    // plural of several words ("Chief executives", "co-chairs"), is read no further.
    if let Some(before) = k.checked_sub(1).map(|b| &toks[b]) {
        // (a qualifier or a jurisdiction is the title's: "Former bishops", "US senators")
        let qualifier = lexicon.qualifier_forms.longest_at(toks, k - 1).is_some()
            || lexicon
                .jurisdiction_forms
                .longest_ending_at(toks, k, 3)
                .is_some();
        let subject = !t.is_capitalised()
            && (before.is_word() && before.is_capitalised() && !qualifier
                || matches!(
                    before.lower.as_ref(),
                    "who" | "which" | "that" | "he" | "she" | "they" | "also"
                ));
        let modified = before.text == "-" && !before.space_before
            || lexicon.title_modifiers.contains(before.lower.as_ref())
            || lexicon.title_heads.contains(before.lower.as_ref());
        if subject || modified {
            return None;
        }
    }
    let office = lexicon
        .title_synonyms
        .get(singular)
        .cloned()
        .unwrap_or_else(|| singular.to_string());
    let listed = lexicon.offices.iter().any(|o| o.id == office);
    let mut title = Title {
        start: k,
        office,
        office_text: t.text.to_string(),
        open: !listed,
        body: None,
        qualifier: Qualifier::Current,
        state: None,
        single_name: false,
    };
    if let Some((q_start, q)) = qualifier_before(lexicon, toks, k) {
        title.start = q_start;
        title.qualifier = q;
    }
    Some(title)
}

/// A title with its body between it and the name: "Director of Public Prosecutions Tarlo
/// Venn", "former Archbishop of Harlow Tarlo Venn", "Governor of the Bank of Essel Ruben Ost",
/// "Chief of Army Staff Gen. Karim Oduya" (a rank between the body and the name is the
/// person's, not the body's: where it starts is returned with the title). The name is the last
/// two capitalised words before the verb (a longer name the lexicon knows is taken whole by its
/// own reader).
pub(super) fn title_of_body_before(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    j: usize,
) -> Option<(Title, usize)> {
    // Exactly two name words from `j`, then no capitalised word.
    let (_, end) = name_at(lexicon, toks, j)?;
    if end != j + 2
        || toks
            .get(end)
            .is_some_and(|t| t.is_word() && t.is_capitalised())
    {
        return None;
    }
    // Back over forms of address and ranks to the body's last word.
    let mut body_end = j;
    let rank = |k: usize, end: usize| {
        address_at(lexicon, toks, k) == Some(end - k)
            && (is_honorific(lexicon, toks, k)
                || title_word(lexicon, toks, k).is_some_and(|(_, head)| head))
    };
    loop {
        if let Some(k) = (body_end.saturating_sub(3)..body_end).find(|&k| rank(k, body_end)) {
            body_end = k;
            continue;
        }
        // The first word of a rank of two: "Rear Adm.", "Lt. Gen.", "Staff Sgt.".
        let k = if body_end >= 2 && toks[body_end - 1].text == "." {
            body_end - 2
        } else {
            body_end.saturating_sub(1)
        };
        let staff = toks
            .get(body_end)
            .is_some_and(|t| matches!(t.lower.as_ref(), "sgt" | "sergeant"));
        if body_end < j
            && k < body_end
            && toks[k].is_capitalised()
            && (RANK_PREFIXES.contains(&toks[k].lower.as_ref())
                || staff && toks[k].lower == "staff")
        {
            body_end = k;
            continue;
        }
        break;
    }
    // A title right before the rank needs no body after it: "Army Chief of Staff Gen. Dev
    // Malik".
    if body_end < j
        && let Some((title, _)) = title_ending_at(lexicon, toks, body_end)
        && !(title.start > 0
            && matches!(toks[title.start - 1].lower.as_ref(), "of" | "for" | "the"))
    {
        return Some((title, body_end));
    }
    // Back over the body's words ("the Bank of Essel", "the Joint Chiefs of Staff") to the
    // nearest "of" with a title before it.
    let mut k = body_end;
    while k > 0 && body_end - k < 10 {
        let t = &toks[k - 1];
        let body = &toks[k..body_end];
        // Past another "of" only for a title written in capitals, as a formal title is, and
        // with one word after that "of" ("Governor of the Bank of Essel"): more would be part
        // of a name of three words ("the Republic of Essel Ana Maria Brel").
        let inner_of_allowed = body.iter().rposition(|t| t.lower == "of").is_none_or(|of| {
            k >= 2
                && toks[k - 2].is_capitalised()
                && body[of + 1..].iter().filter(|t| t.is_word()).count() == 1
        });
        if t.lower == "of"
            && body.iter().any(|t| t.lower != "the")
            && let Some((mut title, _)) = title_ending_at(lexicon, toks, k - 1)
            && inner_of_allowed
        {
            if title.body.is_none() {
                let words: Vec<&str> = body
                    .iter()
                    .filter(|t| t.lower != "the")
                    .map(|t| t.text)
                    .collect();
                title.body = Some(words.join(" "));
            }
            return Some((title, body_end));
        }
        if !(t.is_word()
            && (t.is_capitalised() || matches!(t.lower.as_ref(), "the" | "of" | "and")))
        {
            return None;
        }
        k -= 1;
    }
    None
}

/// A title with its portfolio after "for" that ends just before the name at `j`: "Minister
/// for Foreign Affairs Lena Okafor", "EU Commissioner for Trade Ana Brel", "Minister for
/// Children, Youth and Families". The portfolio is words the lexicon lists as such
/// (`portfolio-words`), so that a name after "for" is not taken into a title ("Chief of Staff
/// for Prime Minister Ana Brel", "Captain for Saturday Ana Brel"); the name, a person's of two
/// words or more, begins with no such word and ends the run of capitals. The office is the
/// lexicon's when it lists the title under another of its names ("Minister of Foreign
/// Affairs", "Foreign Minister"), else the title's words with the portfolio's.
pub(super) fn title_with_portfolio_before(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    j: usize,
) -> Option<Title> {
    let portfolio_word = |t: &Token<'_>| {
        t.is_word() && t.is_capitalised() && lexicon.portfolio_words.contains(t.lower.as_ref())
    };
    if portfolio_word(&toks[j]) {
        return None;
    }
    // The portfolio before the name first: most capitalised words have none, and the name
    // is the dearer test.
    let mut k = j;
    while k > 0 && j - k < 6 {
        let t = &toks[k - 1];
        let joiner = matches!(t.lower.as_ref(), "and" | "&" | ",") && k < j;
        if !(portfolio_word(t) || joiner) {
            break;
        }
        k -= 1;
    }
    if k == j || k < 2 || toks[k - 1].lower != "for" || !portfolio_word(&toks[k]) {
        return None;
    }
    let (_, name_end) = person_name(lexicon, toks, j)?;
    if toks
        .get(name_end)
        .is_some_and(|t| t.is_word() && t.is_capitalised())
    {
        return None;
    }
    let (mut title, _) = title_ending_at(lexicon, toks, k - 1)?;
    let portfolio = &toks[k..j];
    let texts: Vec<&str> = portfolio.iter().map(|t| t.text).collect();
    let words = join_tokens(portfolio, &texts);
    let listed = [
        format!("{} of {words}", title.office_text),
        format!("{words} {}", title.office_text),
    ]
    .iter()
    .find_map(|phrase| listed_office(lexicon, phrase));
    title.office_text = format!("{} for {words}", title.office_text);
    match listed {
        Some(id) => {
            title.office = id;
            title.open = false;
        }
        None => {
            let slug: Vec<String> = portfolio
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.lower.to_string())
                .collect();
            title.office = format!("{}-for-{}", title.office, slug.join("-"));
            title.open = true;
        }
    }
    Some(title)
}

/// The id of the office the lexicon lists under the whole of `phrase`, if any.
pub(super) fn listed_office(lexicon: &Lexicon, phrase: &str) -> Option<String> {
    let toks = crate::text::tokens(phrase, 0);
    let found = lexicon.office_forms.longest_at(&toks, 0)?;
    (found.len == toks.len()).then(|| lexicon.offices[*found.value].id.clone())
}

/// Words that begin a rank of two words: "Rear Admiral", "Vice Adm.", "Lt. Gen.", "Maj. Gen.".
pub(super) const RANK_PREFIXES: &[&str] = &[
    "rear",
    "vice",
    "lieutenant",
    "lt",
    "major",
    "maj",
    "brigadier",
    "brig",
    "lance",
    "master",
    "command",
    "chief",
];

/// Whether a run of title words with a head starts at `j` ("Lord Mayor", "Archbishop"), so
/// that the capitalised words there are a title, not a body ("State Department").
pub(super) fn title_run_at(lexicon: &Lexicon, toks: &[Token<'_>], mut j: usize) -> bool {
    while let Some((len, head)) = title_word(lexicon, toks, j) {
        if head && !is_honorific(lexicon, toks, j) {
            return true;
        }
        j += len;
        // "co-founder", "vice-chair": a hyphen between title words.
        if toks
            .get(j)
            .is_some_and(|t| t.text == "-" && !t.space_before)
        {
            j += 1;
        }
    }
    false
}

/// Tokens' texts joined as they were written (a space only where the text had one).
pub(super) fn join_tokens(toks: &[Token<'_>], texts: &[&str]) -> String {
    let mut out = String::new();
    for (i, (t, text)) in toks.iter().zip(texts).enumerate() {
        if i > 0 && t.space_before {
            out.push(' ');
        }
        out.push_str(text);
    }
    out
}

/// "47-year-old" at `j`: the tokens it takes (a number, then "-year-old" written with
/// hyphens), else 0.
pub(super) fn age_compound(toks: &[Token<'_>], j: usize) -> usize {
    let number = toks
        .get(j)
        .is_some_and(|t| t.text.bytes().all(|b| b.is_ascii_digit()) && t.text.len() <= 3);
    let shape = ["-", "year", "-", "old"];
    let aged = shape.iter().enumerate().all(|(k, w)| {
        toks.get(j + 1 + k)
            .is_some_and(|t| t.lower == *w && !t.space_before)
    });
    if number && aged { 5 } else { 0 }
}

/// Whether the words before token `start` are "of" or "for", perhaps with "the": title words
/// there are a body's ("Chief of the Defence Staff Admiral Wes Hollis").
pub(super) fn after_of(toks: &[Token<'_>], start: usize) -> bool {
    let k = if start > 0 && toks[start - 1].lower == "the" {
        start - 1
    } else {
        start
    };
    k > 0 && matches!(toks[k - 1].lower.as_ref(), "of" | "for")
}

/// A title that starts at `j` and runs forward: the run of title words (ending in a head),
/// then its field ("of economics"), its body ("of Nvidia", "at the University of Leeds", "to
/// Israel") or both. Returns the title and the token after it.
pub(super) fn title_starting_at(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    mut j: usize,
) -> Option<(Title, usize)> {
    let toks = &s.tokens;
    let start = j;
    let mut qualifier = Qualifier::Current;
    // "then the State Department spokesperson", "the former chief of naval operations".
    for _ in 0..2 {
        // "now the MP for …", "his vice president".
        if toks
            .get(j)
            .is_some_and(|t| matches!(t.lower.as_ref(), "now" | "also"))
        {
            j += 1;
        }
        // "formerly the head of the customs service", "previously deputy governor".
        if qualifier.sense() == Qualifier::Current
            && toks
                .get(j)
                .is_some_and(|t| matches!(t.lower.as_ref(), "formerly" | "previously"))
        {
            qualifier = Qualifier::Former;
            j += 1;
        }
        if toks.get(j).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            )
        }) {
            j += 1;
        }
        // "a 47-year-old former mayor": an age says nothing of the office.
        j += age_compound(toks, j);
        if qualifier.sense() == Qualifier::Current
            && let Some(found) = crate::parse::roles::qualifier_at(lexicon, toks, j)
        {
            qualifier = *found.value;
            j += found.len;
            if toks.get(j).is_some_and(|t| t.text == "-") {
                j += 1;
            }
        }
    }
    // "the county treasurer", "the city manager": a word of the office's place, as the
    // prenominal reading drops it after a qualifier ("Interim city manager").
    // "the police chief", "the police commissioner" (not "the police minister", whose
    // portfolio it is).
    let police_office = toks.get(j + 1).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "chief"
                | "commissioner"
                | "superintendent"
                | "inspector"
                | "captain"
                | "constable"
                | "officer"
        )
    });
    if toks.get(j).is_some_and(|t| {
        ORGANISATION_NOUNS.contains(&t.text) && (t.text != "police" || police_office)
    }) && !title_run_at(lexicon, toks, j)
        && title_run_at(lexicon, toks, j + 1)
    {
        j += 1;
    }
    // "the president-elect's pick for secretary of state", "Venn's nominee as ambassador": a
    // person chosen for the office, who holds it once confirmed. A party's nominee for an
    // office ("the Republican nominee for governor") is a candidate, who holds nothing.
    if let Some((after, chosen)) = nominee_for(toks, j) {
        if !chosen {
            return None;
        }
        qualifier = Qualifier::Elect;
        j = after;
    }
    let mut body = None;
    if let Some(found) = lexicon.jurisdiction_forms.longest_at(toks, j) {
        body = Some(lexicon.jurisdictions[*found.value].id.clone());
        j += found.len;
        if acronym_in_brackets(toks, j) {
            j += 3;
        }
    } else if !title_run_at(lexicon, toks, j)
        && let Some(end) = body_forward(toks, j)
    {
        // "Norland's Foreign Minister": a possessive before a title ends the body.
        let end = (j..end)
            .find(|&k| is_possessive(toks[k].text) && title_run_at(lexicon, toks, k + 1))
            .map_or(end, |k| k + 1);
        body = Some(body_words(toks, j, end));
        j = end;
        // "the International Energy Agency (IEA) executive director".
        if acronym_in_brackets(toks, j) {
            j += 3;
        }
    } else if j > start
        && toks
            .get(j)
            .is_some_and(|t| t.is_word() && !t.is_capitalised() && is_possessive(t.text))
    {
        // "the ship's commanding officer", "the team's head coach".
        body = Some(strip_possessive(toks[j].text).to_string());
        j += 1;
    } else if j > start
        && toks.get(j).is_some_and(|t| !t.is_capitalised())
        && plural_possessive_at(toks, j)
    {
        // "the producers' chairman", "the workers' representative"; "the players' union
        // president": the organisation's noun after the possessive is the body's.
        let mut words = format!("{}'", toks[j].text);
        j += 2;
        if toks
            .get(j)
            .is_some_and(|t| ORGANISATION_NOUNS.contains(&t.lower.as_ref()))
            && !title_run_at(lexicon, toks, j)
            && title_run_at(lexicon, toks, j + 1)
        {
            words.push(' ');
            words.push_str(toks[j].text);
            j += 1;
        } else {
            words.pop();
        }
        body = Some(words);
    }
    // "Harlow's new coach", "Harlow's interim manager": a qualifier after the body.
    if qualifier.sense() == Qualifier::Current
        && body.is_some()
        && let Some(found) = crate::parse::roles::qualifier_at(lexicon, toks, j)
    {
        qualifier = *found.value;
        j += found.len;
    }
    // "China's foreign ministry spokesperson", "the UN human rights chief", "Russia's
    // long-serving foreign minister": after a body, a few lower-case words that are no title
    // words say which part of it or what kind of holder.
    if body.is_some() && !title_run_at(lexicon, toks, j) {
        let mut k = j;
        while k < toks.len()
            && k < j + 5
            && !title_run_at(lexicon, toks, k)
            && (toks[k].is_word() && !toks[k].is_capitalised()
                || toks[k].text == "-" && !toks[k].space_before)
        {
            k += 1;
        }
        if k > j && title_run_at(lexicon, toks, k) {
            // "Britain's likely next prime minister": a qualifier among the words skipped.
            if qualifier.sense() == Qualifier::Current
                && let Some(found) =
                    (j..k).find_map(|q| crate::parse::roles::qualifier_at(lexicon, toks, q))
            {
                qualifier = *found.value;
            }
            j = k;
        }
    }
    // "the prime minister's spokesman": a title in the possessive is the body the office serves.
    if body.is_none()
        && let Some(after) = possessive_title(lexicon, toks, j)
    {
        let words: Vec<&str> = toks[j..after].iter().map(|t| t.text).collect();
        body = Some(strip_possessive(&join_tokens(&toks[j..after], &words)).to_string());
        j = after;
    }
    // The run of title words, to its last head.
    let run_start = j;
    let mut run_end = None;
    let mut k = j;
    while k < toks.len() && k - run_start < MAX_TITLE_WORDS + 2 {
        match title_word(lexicon, toks, k) {
            Some((len, head)) => {
                if head && !is_honorific(lexicon, toks, k) {
                    run_end = Some(k + len);
                }
                k += len;
            }
            // "commander-in-chief", "editor-at-large".
            None if toks[k].text == "-"
                && !toks[k].space_before
                && k > run_start
                && toks.get(k + 2).is_some_and(|t| t.text == "-")
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.lower.as_ref(), "in" | "at" | "of")) =>
            {
                k += 3;
            }
            None if toks[k].text == "-" && !toks[k].space_before && k > run_start => k += 1,
            None => break,
        }
    }
    let run_end = run_end?;
    let mut end = run_end;
    if elect_suffix(toks, end) == 2 {
        qualifier = suffix_qualifier(toks, end);
        end += 2;
    }
    let (mut office, mut open) = office_of(lexicon, toks, run_start, run_end);
    if needs_modifier(&office) {
        return None;
    }
    let mut office_end = run_end;
    // A lower-case complement is part of the office ("chief of naval operations", "high
    // commissioner for refugees", "chair of the planning committee"), but an academic's field
    // is not ("professor of economics").
    let complement_end = field_after(toks, end);
    // "mayor of the borough", "director of the national laboratory": an organisation after
    // "of", not a part of the office.
    let organisation = complement_end > end
        && ORGANISATION_NOUNS.contains(&toks[complement_end - 1].lower.as_ref());
    if complement_end > end && !organisation {
        let head = toks[run_start..run_end]
            .iter()
            .rev()
            .find(|t| t.is_word())
            .map_or("", |t| t.lower.as_ref());
        if !ACADEMIC_HEADS.contains(&head) && end == run_end {
            let words: Vec<String> = toks[end..complement_end]
                .iter()
                .filter(|t| {
                    t.is_word() && !matches!(t.lower.as_ref(), "its" | "their" | "his" | "her")
                })
                .map(|t| t.lower.to_string())
                .collect();
            office = format!("{office}-{}", words.join("-"));
            open = true;
            office_end = complement_end;
        }
        end = complement_end;
    }
    let texts: Vec<&str> = toks[run_start..office_end].iter().map(|t| t.text).collect();
    let mut title = Title {
        start,
        office,
        office_text: join_tokens(&toks[run_start..office_end], &texts),
        open,
        body,
        qualifier,
        state: None,
        single_name: false,
    };
    if let Some((jurisdiction, nouns, body_end)) = body_of_jurisdiction(lexicon, toks, end) {
        // "chief adviser of Bangladesh's interim government": the body is the office's, the
        // country its jurisdiction.
        title.office = format!("{}-of-{}", title.office, nouns.join("-"));
        title.open = true;
        title.body = Some(jurisdiction);
        end = body_end;
    } else if let Some((body, body_end)) = body_after(lexicon, toks, end) {
        title.body = Some(body);
        end = body_end;
        // "director of the Tarlo Institute at Harlow University": the wider body after it.
        if toks
            .get(end)
            .is_some_and(|t| matches!(t.lower.as_ref(), "at" | "in"))
            && let Some((_, wider_end)) = body_after(lexicon, toks, end)
        {
            end = wider_end;
        }
    }
    Some((title, end))
}

/// "the president-elect's pick for", "Venn's nominee for", "the Republican nominee for": the
/// token after the words that make the title one the person is put forward for, and whether
/// someone chose the person for it (a possessive owner) rather than a party for an election.
pub(super) fn nominee_for(toks: &[Token<'_>], j: usize) -> Option<(usize, bool)> {
    let is_pick = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.lower.as_ref(), "pick" | "nominee" | "choice"))
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.lower.as_ref(), "for" | "as"))
    };
    let words = (j..j + 5)
        .take_while(|&k| toks.get(k).is_some_and(|t| t.is_word() || t.text == "-"))
        .count();
    let pick = (j..j + words).find(|&k| is_pick(k))?;
    // "the party's nominee" is a candidate as "the Republican nominee" is.
    let owned = toks[j..pick]
        .iter()
        .any(|t| is_possessive(t.text) && strip_possessive(&t.lower) != "party");
    Some((pick + 2, owned))
}

/// A run of title words from `j` whose last word is possessive and that another title word
/// follows ("prime minister's spokesman"): the token after the possessive.
pub(super) fn possessive_title(lexicon: &Lexicon, toks: &[Token<'_>], j: usize) -> Option<usize> {
    let mut k = j;
    while k < j + MAX_TITLE_WORDS {
        let (len, _) = title_word(lexicon, toks, k)?;
        k += len;
        if is_possessive(toks[k - 1].text) {
            return title_word(lexicon, toks, k).map(|_| k);
        }
        if toks
            .get(k)
            .is_some_and(|t| t.text == "-" && !t.space_before)
        {
            k += 1;
        }
    }
    None
}

/// Words that end a title's field or an organisation written in lower case after it: "mayor
/// of the borough| on Thursday", "chief of naval operations| since 2023".
pub(super) fn ends_a_phrase(word: &str) -> bool {
    matches!(
        word,
        "and"
            | "at"
            | "for"
            | "to"
            | "on"
            | "in"
            | "by"
            | "with"
            | "from"
            | "after"
            | "since"
            | "as"
            | "who"
            | "which"
            | "that"
            | "last"
            | "this"
            | "until"
            | "over"
            | "once"
            | "next"
    )
}

/// A lower-case field after a title: "of economics", "of naval operations", "of the defence
/// staff". Returns the token after it (`k` when there is none).
pub(super) fn field_after(toks: &[Token<'_>], k: usize) -> usize {
    if toks
        .get(k)
        .is_none_or(|t| !matches!(t.lower.as_ref(), "of" | "for" | "to"))
    {
        return k;
    }
    let mut j = k + 1;
    if toks
        .get(j)
        .is_some_and(|t| matches!(t.lower.as_ref(), "the" | "its" | "their"))
    {
        j += 1;
    }
    // A posting: "ambassador to Israel", "special representative for the Sahel".
    if toks[k].lower != "of"
        && let Some(end) = body_forward(toks, j)
    {
        // "for Riverside ward".
        let noun = toks
            .get(end)
            .is_some_and(|t| BODY_NOUNS.contains(&t.lower.as_ref()));
        return end + usize::from(noun);
    }
    // "of the capital Lesk": a place's noun before its name is a body, not a field.
    if toks
        .get(j)
        .is_some_and(|t| PLACE_BODY_NOUNS.contains(&t.lower.as_ref()))
        && toks
            .get(j + 1)
            .is_some_and(|t| t.is_word() && t.is_capitalised())
    {
        return k;
    }
    let words = toks[j..]
        .iter()
        .take(3)
        // "of the 3rd Brigade": an ordinal in digits begins a body's name, not a field.
        .take_while(|t| {
            t.is_word()
                && !t.is_capitalised()
                && !t.text.starts_with(|c: char| c.is_ascii_digit())
                && !ends_a_phrase(t.lower.as_ref())
        })
        .count();
    if words == 0 {
        return k;
    }
    j + words
}

/// A time phrase after a title that ends its clause ("until last year", "until 2023", "since
/// 2019") at `k`: what it says of the office, with the token where the clause ends.
pub(in crate::parse) fn time_after_title(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    k: usize,
) -> Option<HeldUntil> {
    let word = toks.get(k)?.lower.as_ref();
    let since = word == "since";
    if !(since || matches!(word, "until" | "till")) {
        return None;
    }
    let end = (k + 2..(k + 6).min(toks.len() + 1)).find(|&e| clause_ends(toks, e))?;
    if since {
        return Some(HeldUntil::Now(end));
    }
    let past = matches!(
        toks[k + 1].lower.as_ref(),
        "last" | "earlier" | "recently" | "lately"
    );
    let dated = (k + 1..end).any(|i| {
        let t = &toks[i];
        t.is_capitalised() && lexicon.months.longest_at(toks, i).is_some()
            || t.text.len() == 4
                && t.text.bytes().all(|b| b.is_ascii_digit())
                && t.text.starts_with(['1', '2'])
    });
    if past {
        Some(HeldUntil::Past(end))
    } else if dated {
        Some(HeldUntil::Dated)
    } else {
        None
    }
}

/// What a time phrase after a title says of the office: held still ("since 2019") or until a
/// time that has passed ("until last year"), each with the token where the clause ends; or until
/// a date, which has passed or not as the report's own date says.
pub(in crate::parse) enum HeldUntil {
    Now(usize),
    Past(usize),
    Dated,
}

/// The end of a clause: punctuation, the end of the sentence, or a verb after the name.
pub(super) fn clause_ends(toks: &[Token<'_>], k: usize) -> bool {
    toks.get(k)
        .is_none_or(|t| matches!(t.text, "," | "." | ";" | ":" | ")" | "—" | "–"))
}

/// Whether a title read after a verb is its whole complement: the clause ends, or a phrase of
/// time, place or reason follows ("named Ana Brel chair on Monday", "… coach after a run of").
pub(super) fn title_complete(toks: &[Token<'_>], end: usize) -> bool {
    clause_ends(toks, end)
        || toks.get(end).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "on" | "in"
                    | "after"
                    | "and"
                    | "to"
                    | "for"
                    | "from"
                    | "last"
                    | "this"
                    | "effective"
                    | "with"
                    | "by"
                    | "until"
                    | "following"
                    | "since"
                    | "before"
                    | "when"
                    | "next"
                    | "once"
                    | "under"
                    | "during"
                    | "between"
                    | "while"
            )
        })
}

/// Titles from `j` joined by "and": "an associate professor of economics and director of the
/// Tarlo Institute". Each with the token after it.
pub(super) fn coordinated_titles(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    mut j: usize,
) -> Vec<(Title, usize)> {
    let mut titles: Vec<(Title, usize)> = Vec::new();
    while let Some((mut title, end)) = title_starting_at(s, lexicon, j) {
        // "Harlow's prime minister and foreign minister": the body written before the first
        // title is both titles'; one after it ("general secretary of the party and state
        // president") is the first's alone.
        if title.body.is_none()
            && let Some((previous, previous_end)) = titles.last()
            && !s.tokens[previous.start..*previous_end]
                .iter()
                .any(|t| matches!(t.lower.as_ref(), "of" | "at" | "for" | "to" | "in"))
        {
            title.body = previous.body.clone();
        }
        titles.push((title, end));
        if s.tokens.get(end).is_some_and(|t| t.lower == "and") {
            j = end + 1;
            continue;
        }
        break;
    }
    titles
}

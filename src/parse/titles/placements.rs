//! Where a title stands beside its name: before it ("Senate Majority Whip Dick Durbin"), after
//! it between commas ("Tarlo Venn, the State Department spokesperson,") and before it between
//! commas ("the head of Harlow's delegation, Tarlo Venn,").

use super::*;

/// "Senate Majority Whip Dick Durbin (D-Ill.)", "Brazil coach Carlo Ancelotti".
pub(super) fn prenominal(s: &Sentence<'_>, lexicon: &Lexicon, out: &mut Vec<Claim>) {
    let toks = &s.tokens;
    for j in 1..toks.len() {
        let t = &toks[j];
        // A form of address may start the name after a title ("Chief medical officer Dr
        // Ilona Berg").
        if !(t.is_word() && t.is_capitalised())
            || title_word(lexicon, toks, j).is_some() && !is_honorific(lexicon, toks, j)
        {
            continue;
        }
        // Title words right after "of" are a body's, with its title before them ("Chief of
        // Army Staff Gen. Karim Oduya" is no "Army Staff general").
        // The rank between a body and the name starts at the second ("Gen.").
        let by_body = || title_of_body_before(lexicon, toks, j).map(|(t, rank)| (t, Some(rank)));
        if plural_titles(s, lexicon, j, out) {
            continue;
        }
        let Some((mut title, rank)) = (match title_ending_at(lexicon, toks, j) {
            Some((t, _)) if after_of(toks, t.start) => by_body().or(Some((t, None))),
            Some((t, _)) => Some((t, None)),
            None => by_body()
                .or_else(|| title_with_portfolio_before(lexicon, toks, j).map(|t| (t, None))),
        }) else {
            continue;
        };
        let Some((first, end)) = person_name(lexicon, toks, j).or_else(|| {
            if title.single_name {
                single_name(lexicon, toks, j)
            } else {
                surname_alone(lexicon, toks, j, &title)
            }
        }) else {
            continue;
        };
        // A form of address between the title and the name is neither: "Commissioner Sir
        // Mark Rowley".
        let name = s.slice(toks[first].span.cover(toks[end - 1].span));
        title.state = party_state(lexicon, toks, end);
        // "Imam Omar Feld of the Eastside Mosque", "Professor Karl Dorn of the University of
        // Lesk": the body after the name is the title's.
        let mut last = end;
        if title.body.is_none()
            && let Some((body, body_end)) = body_after_name(lexicon, toks, end)
        {
            title.body = Some(body);
            last = body_end;
        }
        push_role(
            s,
            lexicon,
            out,
            (title.start, last),
            RoleForm::Prenominal,
            name,
            &title,
        );
        // "Chief of Army Staff Gen. Karim Oduya": the rank is his too.
        if let Some(rank) = rank.filter(|&rank| rank < first)
            && let Some((mut rank_title, _)) =
                title_ending_at(lexicon, &toks[rank..first], first - rank)
        {
            rank_title.start += rank;
            push_role(
                s,
                lexicon,
                out,
                (rank_title.start, end),
                RoleForm::Prenominal,
                name,
                &rank_title,
            );
        }
        // "Deputy Prime Minister and Foreign Minister Ada Ruiz": titles joined by "and"
        // before one name are all hers (up to three).
        let mut before = title.start;
        for _ in 0..3 {
            if before < 2 || toks[before - 1].lower != "and" {
                break;
            }
            let Some((other, _)) = title_ending_at(lexicon, toks, before - 1) else {
                break;
            };
            // Not someone else's title: "The US president and Vice President JD Vance" (an
            // article before it, or a title written in another case).
            let determiner = other.start > 0
                && matches!(
                    toks[other.start - 1].lower.as_ref(),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
                );
            if determiner || toks[before - 2].is_capitalised() != toks[before].is_capitalised() {
                break;
            }
            before = other.start;
            push_role(
                s,
                lexicon,
                out,
                (other.start, end),
                RoleForm::Prenominal,
                name,
                &other,
            );
        }
    }
}

/// "Senators Ana Brel and Tarlo Venn", "former bishops A, B and C": a plural title over two
/// names or more, each given the title; whether any was read.
fn plural_titles(s: &Sentence<'_>, lexicon: &Lexicon, j: usize, out: &mut Vec<Claim>) -> bool {
    let toks = &s.tokens;
    let Some(title) = plural_title_ending_at(lexicon, toks, j) else {
        return false;
    };
    let mut names = Vec::new();
    let mut at = j;
    // Each name of the list: not one with a title of its own ("and Representative Mona
    // Eid"), nor one an aside or a saying verb follows ("and Mona Eid, a lobbyist,", "Mona
    // Eid said").
    while title_word(lexicon, toks, at).is_none_or(|_| is_honorific(lexicon, toks, at))
        && let Some((first, end)) = person_name(lexicon, toks, at)
    {
        let next = toks.get(end);
        let aside = next.is_some_and(|t| t.text == ",")
            && toks
                .get(end + 1)
                .is_some_and(|t| t.is_word() && !t.is_capitalised() && t.lower != "and");
        let says = next.is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "said" | "says" | "told" | "added" | "who" | "whose"
            )
        });
        if (aside || says) && !names.is_empty() {
            break;
        }
        names.push((first, end));
        let joined = next.is_some_and(|t| t.lower == "and" || t.text == ",");
        let and_after_comma = next.is_some_and(|t| t.text == ",")
            && toks.get(end + 1).is_some_and(|t| t.lower == "and");
        if !joined || names.len() == 6 {
            break;
        }
        at = end + 1 + usize::from(and_after_comma);
    }
    if names.len() < 2 {
        return false;
    }
    // Each claim runs from the title to its own name, so that each is a reading of its own.
    for (first, end) in names {
        let name = s.slice(toks[first].span.cover(toks[end - 1].span));
        push_role(
            s,
            lexicon,
            out,
            (title.start, end),
            RoleForm::Prenominal,
            name,
            &title,
        );
    }
    true
}

/// "Tarlo Venn, the State Department spokesperson,", "Ana Brel, an associate professor of
/// economics and director of the institute,"; in brackets, "Ana Brel (interior minister) and
/// Tarlo Venn (justice minister)".
pub(super) fn after_name(s: &Sentence<'_>, lexicon: &Lexicon, out: &mut Vec<Claim>) {
    let toks = &s.tokens;
    for comma in 2..toks.len() {
        let bracket = toks[comma].text == "(";
        if !(toks[comma].text == "," || bracket) {
            continue;
        }
        // "Ahmed Saleh (pictured), the club's assistant manager,": past a short aside in
        // brackets to the name.
        let name_end = match toks[comma - 1].text {
            ")" if !bracket => (comma.saturating_sub(5)..comma - 1)
                .rev()
                .find(|&k| toks[k].text == "(")
                .unwrap_or(comma),
            _ => comma,
        };
        let Some(name_start) = name_just_before(lexicon, toks, name_end) else {
            continue;
        };
        let name = s.slice(toks[name_start].span.cover(toks[name_end - 1].span));
        let mut titles =
            coordinated_titles(s, lexicon, crate::parse::roles::after_age(toks, comma));
        let Some(&(_, end)) = titles.last() else {
            continue;
        };
        // "Ana Brel, Harlow's chief executive until last year,": no longer; "since 2019,":
        // still. Until a date: no claim, since whether the date has passed is the report's
        // date's to say.
        match time_after_title(lexicon, toks, end) {
            Some(HeldUntil::Past(clause_end)) => {
                for (title, title_end) in &mut titles {
                    if title.qualifier.sense() == Qualifier::Current {
                        title.qualifier = Qualifier::Former;
                    }
                    *title_end = clause_end;
                }
            }
            Some(HeldUntil::Now(clause_end)) => {
                for (_, title_end) in &mut titles {
                    *title_end = clause_end;
                }
            }
            Some(HeldUntil::Dated) => continue,
            None if !clause_ends(toks, end) => continue,
            None => {}
        }
        // A title in brackets is the whole of them: "Ana Brel (pictured), the club's …" is
        // read at its comma.
        if bracket {
            if toks.get(end).is_none_or(|t| t.text != ")") {
                continue;
            }
            for (_, title_end) in &mut titles {
                *title_end = end + 1;
            }
        }
        for (title, title_end) in &titles {
            push_role(
                s,
                lexicon,
                out,
                (name_start, *title_end),
                RoleForm::Appositive,
                name,
                title,
            );
        }
    }
}

/// "the head of Harlow's delegation, Tarlo Venn,", "Harlow's chief negotiator, Tarlo Venn,".
pub(super) fn before_name(s: &Sentence<'_>, lexicon: &Lexicon, out: &mut Vec<Claim>) {
    let toks = &s.tokens;
    for comma in 1..toks.len() {
        if toks[comma].text != "," {
            continue;
        }
        let Some((name_start, end)) = person_name(lexicon, toks, comma + 1) else {
            continue;
        };
        if !clause_ends(toks, end) {
            continue;
        }
        // The title opens the sentence or a clause, or follows an article; titles joined by
        // "and" are one person's ("Harlow's prime minister and foreign minister, …").
        let reading = (0..comma).rev().take(12).find_map(|start| {
            let opens = start == 0
                || matches!(toks[start - 1].text, "," | ";" | ":")
                || (toks[start - 1].lower == "and" && start >= 2 && toks[start - 2].text == ",")
                || matches!(
                    toks[start].lower.as_ref(),
                    "the" | "a" | "an" | "his" | "her" | "their" | "its"
                );
            if !opens {
                return None;
            }
            let titles = coordinated_titles(s, lexicon, start);
            (titles.last()?.1 == comma).then_some(titles)
        });
        let Some(titles) = reading else {
            continue;
        };
        let name = s.slice(toks[name_start].span.cover(toks[end - 1].span));
        let first = titles[0].0.start;
        for (title, _) in &titles {
            push_role(
                s,
                lexicon,
                out,
                (first, end),
                RoleForm::Appositive,
                name,
                title,
            );
        }
    }
}

/// The body after a title's name: "of" and a capitalised name ("Imam Omar Feld of the Eastside
/// Mosque", "Mayor Pia Lund of Harlow"), up to another name joined by "and" ("Senator Ana
/// Brel of Ohio and Senator Mona Eid of Texas"). Not a name's word of English alone ("Professor
/// Karl Dorn of Physics"), nor words in lower case ("of his own party", "of late").
fn body_after_name(lexicon: &Lexicon, toks: &[Token<'_>], end: usize) -> Option<(String, usize)> {
    if toks.get(end).is_none_or(|t| t.lower != "of") {
        return None;
    }
    let first = end + 1 + usize::from(toks.get(end + 1).is_some_and(|t| t.lower == "the"));
    if toks
        .get(first)
        .is_none_or(|t| !(t.is_word() && t.is_capitalised()))
    {
        return None;
    }
    // Up to another title ("and Senator Mona Eid"), a comma or "at": "Korea Institute of
    // Science and Technology" is one name.
    let stop = (first..toks.len().min(first + 12))
        .find(|&k| {
            matches!(toks[k].lower.as_ref(), "," | "at")
                || toks[k].lower == "and" && title_word(lexicon, toks, k + 1).is_some()
        })
        .unwrap_or(toks.len());
    let (body, body_end) = body_after(lexicon, &toks[..stop], end)?;
    let lone_word = body_end == first + 1
        && lexicon.jurisdiction_forms.longest_at(toks, first).is_none()
        && is_english_word(&toks[first].lower);
    (!lone_word).then_some((body, body_end))
}

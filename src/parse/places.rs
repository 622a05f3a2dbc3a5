//! Where a figure is for: the place phrases after and before it ("in Kharkiv", "across Haiti
//! and Jamaica", "in Kyiv's Darnytskyi district", "the attack on Dnipro"), the place a passive
//! or a "where" clause opens, "the country" a sentence names, and the nation that reports a
//! figure. Read for each figure by `quantities::read_mention`.

use super::Sentence;
use super::quantities::FUNCTION_WORDS;
use crate::lexicon::Lexicon;

const REGION_WORDS: &[&str] = &[
    "region", "oblast", "city", "district", "province", "area", "state", "county",
];

/// Nouns of localities a report may leave unnamed: "in a village", "at a school".
const LOCALITY_NOUNS: &[&str] = &[
    "village",
    "town",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "building",
    "school",
    "hospital",
    "market",
    "mosque",
    "church",
    "mall",
    "camp",
    "factory",
    "plant",
    "station",
    "apartment",
    "block",
    "district",
    "settlement",
    "compound",
];

/// Whether a word in lower case names a kind of place a name goes before: "Tarrow airport",
/// "Calder station".
pub(super) fn kind_of_place(t: &crate::text::Token<'_>) -> bool {
    !t.is_capitalised()
        && (LOCALITY_NOUNS.contains(&t.lower.as_ref())
            || FACILITY_NOUNS.contains(&t.lower.as_ref()))
}

/// Kinds of places a name goes before, beside the localities: "Tarrow airport".
const FACILITY_NOUNS: &[&str] = &[
    "airport",
    "port",
    "harbour",
    "harbor",
    "prison",
    "jail",
    "stadium",
    "mine",
    "refinery",
    "university",
    "hotel",
    "base",
    "barracks",
    "terminal",
    "depot",
    "bridge",
    "metro",
    "railway",
    "subway",
];

/// Words for parts of a place before "of" and its name: "in various parts of Kathmandu", "in
/// several districts of the capital".
const PART_WORDS: &[&str] = &[
    "part",
    "parts",
    "areas",
    "districts",
    "regions",
    "provinces",
    "towns",
    "cities",
    "villages",
    "suburbs",
    "outskirts",
    "neighbourhoods",
    "neighborhoods",
];

/// A place phrase that scopes the figure: "in the Kyiv region" just after it; after the toll
/// its level is given for ("the death toll in Jamaica rose to 19"; `action` is where the words
/// of an action before the figure start and end); before the comma of a participle ("hit a
/// building in Kyiv, killing five"); before a "where" clause that holds the figure ("in Kerr
/// County, where crews found 84 bodies"); or "In Poltava," opening the sentence.
pub(super) fn place_near(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    first: usize,
    phrase_end: usize,
    limit: usize,
    action: Option<(usize, usize)>,
) -> Option<String> {
    let toks = &s.tokens;
    // A "when" clause holds the place of what happened: "Nine people died when a tower block
    // collapsed in Velmar".
    // The limit may come before the phrase's end ("counted 5 in .5 of a second"): no words.
    let from = phrase_end.min(toks.len());
    let to = limit.min(phrase_end + 4).min(toks.len()).max(from);
    let reach = if toks[from..to].iter().any(|t| t.lower == "when") {
        10
    } else {
        6
    };
    let after = (phrase_end..limit.min(phrase_end + reach).min(toks.len()))
        .find_map(|j| place_at(s, lexicon, j));
    let action = action.filter(|&(_, end)| end <= first);
    after
        .or_else(|| {
            let (_, from) = action?;
            (from..first.min(from + 4)).find_map(|j| place_at(s, lexicon, j))
        })
        .or_else(|| {
            let (start, _) = action?;
            let comma = start.checked_sub(1).filter(|&c| toks[c].text == ",")?;
            (comma.saturating_sub(8)..comma).find_map(|j| place_at(s, lexicon, j))
        })
        .or_else(|| passive_subject(s, lexicon, first))
        .or_else(|| facility_subject(s, action, first))
        .or_else(|| place_before_where(s, lexicon, first))
        .or_else(|| country_named(s, lexicon, first))
        .or_else(|| {
            if first > 0 {
                place_at(s, lexicon, 0)
            } else {
                None
            }
        })
}

/// The place that opens a passive clause whose agent is the figure: "Kyiv was struck by 20
/// drones", "Odesa was hit by 12 missiles overnight". The subject is a place the lexicon knows,
/// or a run of capitalised words that opens the sentence.
fn passive_subject(s: &Sentence<'_>, lexicon: &Lexicon, first: usize) -> Option<String> {
    let toks = &s.tokens;
    let by = first.checked_sub(1).filter(|&b| toks[b].lower == "by")?;
    let (verb, _) = lexicon.action_forms.longest_ending_at(toks, by, 3)?;
    let aux = verb.checked_sub(1).filter(|&a| {
        matches!(
            toks[a].lower.as_ref(),
            "was" | "were" | "is" | "are" | "been"
        )
    })?;
    let aux = if toks[aux].lower == "been" {
        aux.checked_sub(1)
            .filter(|&a| matches!(toks[a].lower.as_ref(), "has" | "have" | "had"))?
    } else {
        aux
    };
    if let Some(found) = lexicon.place_forms.longest_at(toks, 0)
        && found.len == aux
    {
        return Some(lexicon.places[*found.value].name.clone());
    }
    // "The Embassy was struck", "The Red Cross was attacked": a name with an article is an
    // institution, not a place.
    let article = matches!(
        toks[0].lower.as_ref(),
        "the" | "a" | "an" | "this" | "that" | "its"
    );
    (!article
        && aux > 0
        && aux <= 3
        && toks[..aux]
            .iter()
            .all(|t| t.is_word() && t.is_capitalised()))
    .then(|| s.slice(toks[0].span.cover(toks[aux - 1].span)).to_string())
}

/// A named place of one kind that opens the sentence as the subject of the verb right before
/// the figure: "Kessing airport scrapped 275 flights", "Calder station closed 4 platforms".
/// Its name is one to three capitalised words and its kind a noun in lower case.
fn facility_subject(
    s: &Sentence<'_>,
    action: Option<(usize, usize)>,
    first: usize,
) -> Option<String> {
    let toks = &s.tokens;
    let (verb, end) = action?;
    if end != first {
        return None;
    }
    let kind = verb.checked_sub(1)?;
    let named = (1..=3).contains(&kind)
        && toks[..kind].iter().all(|t| {
            t.is_word() && t.is_capitalised() && !FUNCTION_WORDS.contains(&t.lower.as_ref())
        })
        && kind_of_place(&toks[kind]);
    named.then(|| s.slice(toks[0].span.cover(toks[kind].span)).to_string())
}

/// The place a "where" clause that holds the figure at `first` hangs on: "Most deaths were in
/// Harlow County, where crews found 84 bodies".
fn place_before_where(s: &Sentence<'_>, lexicon: &Lexicon, first: usize) -> Option<String> {
    let toks = &s.tokens;
    let clause = (first.saturating_sub(WHERE_REACH)..first)
        .rev()
        .take_while(|&k| !matches!(toks[k].text, ";" | ":" | "(" | ")"))
        .find(|&k| toks[k].lower == "where" && k > 0 && toks[k - 1].text == ",")?;
    let comma = clause - 1;
    (comma.saturating_sub(6)..comma).find_map(|j| place_at(s, lexicon, j))
}

/// "… flooded towns in Jamaica, and the country has lost three lives": "the country" before
/// the figure, as its clause's subject, is the one nation its sentence names.
fn country_named(s: &Sentence<'_>, lexicon: &Lexicon, first: usize) -> Option<String> {
    let toks = &s.tokens;
    // Bounded looks, so that a sentence of many figures costs time in proportion to its length.
    let subject = (first.saturating_sub(COUNTRY_REACH).max(1)..first).find(|&j| {
        toks[j].lower == "country"
            && toks[j - 1].lower == "the"
            && !(j >= 2
                && matches!(
                    toks[j - 2].lower.as_ref(),
                    "across" | "throughout" | "in" | "around" | "of"
                ))
    })?;
    crate::text::work::add(COUNTRY_REACH as u64);
    // A nation named by one word standing alone ("Jamaica"; not the "New" of "New York").
    let capital = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.is_word() && t.is_capitalised())
    };
    let mut nations = (first.saturating_sub(COUNTRY_REACH).max(1)..first).filter(|&j| {
        j != subject
            && capital(j)
            && (j == 1 || !capital(j - 1))
            && !capital(j + 1)
            && lexicon.broad_names.contains(toks[j].lower.as_ref())
            && !nationality_adjective(&toks[j].lower)
    });
    let nation = nations.next()?;
    if nations.next().is_some() {
        return None;
    }
    Some(
        lexicon
            .place_named(toks[nation].text)
            .map_or_else(|| toks[nation].text.to_string(), |p| p.name.clone()),
    )
}

/// How far before a figure "the country" and the nation it stands for may be written.
const COUNTRY_REACH: usize = 40;

/// How far before a figure the "where" of its clause may stand.
const WHERE_REACH: usize = 14;

/// True for a word shaped like an adjective of nationality: "Ukrainian", "Japanese", "Polish".
fn nationality_adjective(word: &str) -> bool {
    ["ian", "ean", "ese", "ish"]
        .iter()
        .any(|ending| word.len() > ending.len() + 2 && word.ends_with(ending))
}

/// The place a phrase at token `j` names: "in Kyiv", "in the Kyiv region", "across Ukraine".
/// "Nationwide" and "across the country" name the whole country, written `the country`.
fn place_at(s: &Sentence<'_>, lexicon: &Lexicon, j: usize) -> Option<String> {
    let toks = &s.tokens;
    let first = toks.get(j)?.lower.as_ref();
    if first == "nationwide" {
        return Some(NATIONWIDE.to_string());
    }
    // "the attack on Dnipro", "a strike on Kyiv": the target of an attack is its place.
    let target = first == "on" && lexicon.topic_forms.longest_ending_at(toks, j, 3).is_some();
    if !matches!(
        first,
        "in" | "near" | "across" | "throughout" | "from" | "at"
    ) && !target
    {
        return None;
    }
    // "from" names a place only when the lexicon knows it, a region word ends it or it names a
    // nation ("four deaths from Haiti", "30 from Bogo City"); "the toll from Hurricane Melissa"
    // is a cause. "at" names one only with a name of two words or more ("at Everest
    // Hospital", "at the National Trauma Centre"): "at Reuters" is no place.
    // "evacuated from Orvane", "fled from Kestry": a verb of leaving says "from" names a place.
    let leaving = j > 0
        && matches!(
            toks[j - 1].lower.as_ref(),
            "evacuated" | "fled" | "displaced" | "rescued" | "relocated" | "airlifted" | "moved"
        );
    let strict = first == "from" && !leaving;
    let facility = first == "at";
    let mut k = j + 1;
    if toks.get(k).is_some_and(|t| t.lower == "the") {
        k += 1;
        if toks.get(k).is_some_and(|t| t.lower == "country") && first != "near" {
            return Some(NATIONWIDE.to_string());
        }
    }
    // "in neighbouring Tarn County", "in nearby Harlow": the place itself.
    if toks.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "neighbouring" | "neighboring" | "nearby" | "adjacent" | "adjoining"
        )
    }) && toks.get(k + 1).is_some_and(|t| t.is_capitalised())
    {
        k += 1;
    }
    // "in a local resettlement village": a locality the report does not name is a place of
    // its own, narrower than the event's.
    if matches!(first, "in" | "at" | "near")
        && toks
            .get(j + 1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "a" | "an"))
        && let Some(noun) = (j + 2..toks.len().min(j + 6))
            .take_while(|&n| toks[n].is_word() && !toks[n].is_capitalised())
            .find(|&n| LOCALITY_NOUNS.contains(&toks[n].lower.as_ref()))
    {
        return Some(s.slice(toks[j + 1].span.cover(toks[noun].span)).to_string());
    }
    // A place the lexicon knows, under any of its names ("the Ukrainian capital" is Kyiv).
    for at in [j + 1, k] {
        if let Some(found) = lexicon.place_forms.longest_at(toks, at) {
            return Some(lexicon.places[*found.value].name.clone());
        }
    }
    // "in the central city of Poltava", "in the region of Kharkiv".
    let mut look = k;
    while look < k + 3
        && toks
            .get(look)
            .is_some_and(|t| t.is_word() && !t.is_capitalised())
    {
        if (REGION_WORDS.contains(&toks[look].lower.as_ref())
            || PART_WORDS.contains(&toks[look].lower.as_ref())
            || LOCALITY_NOUNS.contains(&toks[look].lower.as_ref()))
            && toks.get(look + 1).is_some_and(|t| t.lower == "of")
        {
            k = look + 2;
            break;
        }
        look += 1;
    }
    let start = k;
    while toks
        .get(k)
        .is_some_and(|t| t.is_capitalised() && t.is_word())
        && k < start + 3
    {
        if lexicon.months.longest_at(toks, k).is_some()
            || lexicon.weekdays.longest_at(toks, k).is_some()
        {
            return None;
        }
        // "in Russia's overnight attack": a possessor, not the place of the figure; but "in
        // Kyiv's Darnytskyi district" names the district.
        if crate::lexicon::is_possessive(toks[k].text) {
            let part = k + 1;
            let mut end = part;
            while end < part + 3
                && toks.get(end).is_some_and(|t| {
                    t.is_word() && t.is_capitalised() && !REGION_WORDS.contains(&t.lower.as_ref())
                })
            {
                end += 1;
            }
            return (end > part
                && toks
                    .get(end)
                    .is_some_and(|t| REGION_WORDS.contains(&t.lower.as_ref())))
            .then(|| s.slice(toks[part].span.cover(toks[end].span)).to_string());
        }
        k += 1;
    }
    if k == start {
        return None;
    }
    // "at Tarrow airport", "at nearby Dunmore station": a name and the kind of place it names.
    let named_facility = toks.get(k).is_some_and(kind_of_place);
    if facility && k - start < 2 && !named_facility {
        return None;
    }
    if named_facility
        || toks
            .get(k)
            .is_some_and(|t| REGION_WORDS.contains(&t.lower.as_ref()))
    {
        k += 1;
    } else if strict
        && !REGION_WORDS.contains(&toks[k - 1].lower.as_ref())
        && lexicon
            .place_named(s.slice(toks[start].span.cover(toks[k - 1].span)))
            .is_none()
        // A nation is a place after "from" too: "four deaths from Haiti"; so is a name of two
        // words that does not open with a kind of event ("missing from Camp Mystic", not "the
        // toll from Hurricane Melissa").
        && !toks[start..k]
            .iter()
            .all(|t| lexicon.broad_names.contains(t.lower.as_ref()))
        && (k - start < 2 || lexicon.topic_forms.longest_at(toks, start).is_some())
    {
        return None;
    } else if (start > j + 1 || nationality_adjective(&toks[k - 1].lower))
        && toks.get(k).is_some_and(|t| {
            t.is_word() && !t.is_capitalised() && !FUNCTION_WORDS.contains(&t.lower.as_ref())
        })
    {
        // "in the Ukrainian capital", "in Ukrainian cities": after an article, or when it reads
        // as an adjective of nationality, a capitalised word before a common noun is no place
        // name ("in Jamaica due to flooding" names Jamaica).
        return None;
    }
    // "across Haiti and Jamaica": two places together are one scope.
    if toks.get(k).is_some_and(|t| t.lower == "and") {
        let mut end = k + 1;
        while end < k + 4
            && toks
                .get(end)
                .is_some_and(|t| t.is_word() && t.is_capitalised())
            && lexicon.months.longest_at(toks, end).is_none()
            && lexicon.weekdays.longest_at(toks, end).is_none()
            && crate::lexicon::strip_possessive(toks[end].text) == toks[end].text
        {
            end += 1;
        }
        if end > k + 1 {
            k = end;
        }
    }
    let written = s.slice(toks[start].span.cover(toks[k - 1].span));
    Some(
        lexicon
            .place_named(written)
            .map_or_else(|| written.to_string(), |place| place.name.clone()),
    )
}

/// The place of a figure for the whole country ("nationwide", "across the country").
pub(crate) const NATIONWIDE: &str = "the country";

/// The nation a source is or belongs to: "Haiti", "Haiti's government", "the Dominican
/// Republic's civil defence"; not "Haitian officials".
pub(super) fn reporting_nation(lexicon: &Lexicon, source: &str) -> Option<String> {
    let source = source.strip_prefix("the ").unwrap_or(source);
    let mut words = Vec::new();
    for word in source.split_whitespace().take(4) {
        let bare = crate::lexicon::strip_possessive(word);
        if !word.starts_with(char::is_uppercase)
            || !lexicon.broad_names.contains(bare.to_lowercase().as_str())
            || nationality_adjective(&bare.to_lowercase())
        {
            return None;
        }
        words.push(bare);
        if bare != word {
            break;
        }
    }
    let words_in_source = source.split_whitespace().count();
    let possessive = words.len() < words_in_source;
    (!words.is_empty() && (possessive || words.len() == words_in_source)).then(|| {
        let name = words.join(" ");
        lexicon
            .place_named(&name)
            .map_or(name.clone(), |place| place.name.clone())
    })
}

/// The nation that opens a sentence as the subject of a verb of saying: "Haiti reported the
/// highest toll, with 30 people dead, according to its civil defence".
pub(super) fn nation_reporting_first(s: &Sentence<'_>, lexicon: &Lexicon) -> Option<String> {
    let toks = &s.tokens;
    let end = (0..toks.len().min(4)).find(|&k| {
        !(toks[k].is_word()
            && toks[k].is_capitalised()
            && lexicon.broad_names.contains(toks[k].lower.as_ref())
            && !nationality_adjective(&toks[k].lower))
    })?;
    (end > 0 && lexicon.attribution_verbs.longest_at(toks, end).is_some()).then(|| {
        let name = s.slice(toks[0].span.cover(toks[end - 1].span));
        lexicon
            .place_named(name)
            .map_or(name.to_string(), |place| place.name.clone())
    })
}

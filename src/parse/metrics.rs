//! Open measures for amounts of any metric: a figure in a unit of measure that no lexicon
//! class counts ("revenue of $57 billion", "sustained winds of 185 mph", "10 inches of rain")
//! gets a measure key built from its own words: the metric's head noun, its unit, whether it
//! is an expectation rather than a result ("analysts expected", "a forecast of"), and the
//! period the sentence gives ("in the third quarter", "full-year"). Figures with the same key
//! in reports of one event are compared by the existing rules; figures of other periods,
//! units or kinds never are.
//!
//! The head noun is found by three constructions, and only these:
//! - the metric before "of": "revenue of $57 billion", "winds of up to 185 mph";
//! - the metric after "of" or "in": "10 inches of rain", "$57 billion in revenue";
//! - the metric as the subject of a verb of level or change before the amount: "revenue rose
//!   62% to $57 billion", "sales totaled $1.2 billion", "profit was $3 billion".

use super::quantities::singular;
use crate::lexicon::Lexicon;
use crate::text::Token;

/// Words that say a figure is expected or estimated rather than reported.
const EXPECTED: &[&str] = &[
    "expected",
    "expects",
    "expect",
    "expecting",
    "estimate",
    "estimates",
    "estimated",
    "forecast",
    "forecasts",
    "forecasting",
    "projected",
    "projects",
    "projection",
    "projections",
    "consensus",
    "guidance",
    "outlook",
    "predicted",
    "anticipated",
    "target",
    "sees",
    "could",
    "would",
    "may",
    "might",
    "will",
    "plans",
    "plan",
    "planned",
    "intends",
    "aims",
];

/// Words that are never the metric: function words, pronouns, and nouns of source or time.
const NOT_A_METRIC: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "this",
    "that",
    "these",
    "those",
    "which",
    "who",
    "it",
    "they",
    "he",
    "she",
    "we",
    "there",
    "and",
    "or",
    "but",
    "while",
    "whereas",
    "although",
    "though",
    "as",
    "after",
    "before",
    "since",
    "when",
    "where",
    "because",
    "than",
    "then",
    "also",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "up",
    "down",
    "to",
    "at",
    "of",
    "in",
    "by",
    "for",
    "from",
    "with",
    "on",
    "total",
    "amount",
    "sum",
    "figure",
    "level",
    "value",
    "record",
    "high",
    "low",
    "year",
    "years",
    "quarter",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "company",
    "firm",
    "group",
    "government",
    "officials",
    "analysts",
    "report",
    "reports",
    "average",
];

/// Verbs between a metric and its amount: "revenue rose 62% to $57 billion".
const LEVEL_VERBS: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "reached",
    "hit",
    "topped",
    "totaled",
    "totalled",
    "totaling",
    "totalling",
    "stood",
    "stands",
    "came",
    "comes",
    "rose",
    "fell",
    "grew",
    "jumped",
    "climbed",
    "dropped",
    "declined",
    "increased",
    "decreased",
    "surged",
    "slipped",
    "soared",
    "sank",
    "slid",
    "gained",
    "amounted",
    "reaching",
    "rising",
    "falling",
    "peaked",
    "peaking",
    "measured",
    "measuring",
    "recorded",
    "reaches",
    "hits",
    "tops",
];

/// The open measure of an amount over tokens `first..end` (hedge and currency sign included),
/// in `unit`, with its unit words ending before `unit_end`: `None` when the sentence names no
/// metric by one of the constructions above, or when the unit has no dimension or measures
/// time or age (durations have rules of their own).
pub(super) fn open_measure(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    unit_end: usize,
    unit: &str,
) -> Option<String> {
    let info = super::units::info(lexicon, unit)?;
    if info.dimension == "percent" {
        return share_of(lexicon, toks, first, unit_end);
    }
    if info.dimension != "money" {
        return reading(lexicon, toks, first, unit_end, info);
    }
    let (head, head_at, whose) = match metric_before(lexicon, toks, first) {
        Some((head, at)) => (head, at, String::new()),
        // "the EU released €9 million in emergency aid": an amount a subject pays, pledges or
        // books is that subject's, and compared only with the same subject's.
        None => {
            let (head, at) = metric_after(toks, unit_end)?;
            (head, at, format!("{}-", subject(toks, first)?))
        }
    };
    let part = if of_a_part(toks, head_at) {
        "part-"
    } else {
        ""
    };
    let mut key = format!(
        "{whose}{part}{}.{unit}",
        metric_name(lexicon, &modifiers(toks, head_at), &head)
    );
    if expected(toks, head_at.min(first), unit_end) {
        key.push_str(".expected");
    }
    if let Some(period) = period(toks) {
        key.push('.');
        key.push_str(&period);
    }
    Some(key)
}

/// The open measure of a physical reading: an amount in a unit that converts within its
/// dimension ("sustained winds of 185 mph", "more than a foot of rain", "the river rose 26
/// feet"), keyed by what was measured and the dimension (`wind.speed`, `rain.length`), so that
/// figures in miles and kilometres, inches and feet compare once converted. What was measured
/// is its head noun alone ("heavy rain" and "rain" are one), or a compound the lexicon lists as
/// a metric of its own ("wind gust", "wind speed"). A figure in brackets restates the one
/// before it in another unit and is no reading of its own; durations and ages have rules of
/// their own.
fn reading(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    unit_end: usize,
    info: &crate::lexicon::UnitInfo,
) -> Option<String> {
    if info.factor.is_none() || matches!(info.dimension.as_str(), "duration" | "age" | "angle") {
        return None;
    }
    // "20 miles from the coast", "10 km north of Port Essel": where something is, not a
    // reading of it.
    if toks.get(unit_end).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "from" | "away" | "off" | "outside" | "inland" | "offshore" | "beyond" | "short"
        ) || compass_point(t.lower.as_ref())
    }) {
        return None;
    }
    // "10 inches of rain" fell on everyone; "Egypt sent 300 tonnes of food" is Egypt's
    // food, compared only with Egypt's.
    let (head, head_at, whose) = match metric_before(lexicon, toks, first) {
        Some((head, at)) => (head, at, String::new()),
        None if toks.get(unit_end)?.lower == "of" => {
            let (head, at) = metric_after(toks, unit_end)?;
            let whose =
                named_subject(lexicon, toks, first).map_or(String::new(), |s| format!("{s}-"));
            (head, at, whose)
        }
        None => return None,
    };
    let compound = format!("{}{head}", modifiers(toks, head_at).replace('-', " "));
    let metric = match lexicon.metric_forms.get(&compound) {
        Some(metric) => metric.clone(),
        None => metric_name(lexicon, "", &head),
    };
    let mut key = format!("{whose}{metric}.{}", info.dimension);
    if expected(toks, head_at.min(first), unit_end) {
        key.push_str(".expected");
    }
    Some(key)
}

/// "north", "south-west", "northeast", "nne": a direction from a place.
fn compass_point(word: &str) -> bool {
    let word = word.trim_end_matches("ward").trim_end_matches("wards");
    matches!(
        word,
        "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "nne"
            | "ene"
            | "ese"
            | "sse"
            | "ssw"
            | "wsw"
            | "wnw"
            | "nnw"
    )
}

/// The open measure of a count that is the object of its subject's verb: "Harlow Motors
/// delivered 76,200 vehicles" is `harlow-motors-vehicles.deliver`, "the Civic Union won 54
/// seats" `civic-union-seats.win`, each compared only with the same subject's count of the
/// same noun by the same verb, in the same period, expected or not. `first` is the figure's
/// first token (its hedge included) and `head` its counted noun's head, plural. `None` without
/// a verb right before the figure or a named subject before the verb: "won 54 seats" alone may
/// be any party's, and a count with no verb is no claim about one thing.
pub(super) fn open_count(toks: &[Token<'_>], first: usize, head: &str) -> Option<String> {
    if TALLIES.contains(&head) {
        return None;
    }
    let verb_at = first.checked_sub(1)?;
    let verb = verb_stem(toks.get(verb_at)?)?;
    // "Eight Democrats joined 52 Republicans": a subject that is a figure itself is no owner.
    let clause = (0..verb_at)
        .rev()
        .find(|&k| matches!(toks[k].text, "," | ";" | ":" | "—"))
        .map_or(0, |k| k + 1);
    if toks[clause..verb_at].iter().any(|t| {
        t.text.starts_with(|c: char| c.is_ascii_digit())
            || super::numbers::word_number(t.lower.as_ref()).is_ok_and(|(rest, _)| rest.is_empty())
    }) {
        return None;
    }
    let whose = subject(toks, verb_at)?;
    let mut key = format!("{whose}-{head}.{verb}");
    if expected(toks, verb_at, first + 1) {
        key.push_str(".expected");
    }
    if let Some(period) = period(toks) {
        key.push('.');
        key.push_str(&period);
    }
    Some(key)
}

/// Nouns of tallies that one event counts many times over, once per ballot, round or game
/// ("received 185 votes" in a party's runoff and 237 in parliament, "scored 3 goals", "four
/// times"): never an open count.
const TALLIES: &[&str] = &[
    "votes", "ballots", "points", "goals", "runs", "wickets", "times", "matches", "games",
    "rounds", "laps", "shots", "innings", "sets",
];

/// The stem of a verb in the past, the present or the gerund, the same for each form ("won",
/// "wins", "winning" → "win"; "delivered", "delivers" → "deliver"; "hired", "hires" → "hir"):
/// `None` for words that are no such verb (auxiliaries, prepositions, words of saying).
fn verb_stem(t: &Token<'_>) -> Option<String> {
    let word = t.lower.as_ref();
    if t.is_capitalised()
        || word.len() < 3
        || !word.chars().all(|c| c.is_ascii_alphabetic())
        || NOT_A_METRIC.contains(&word)
        || EXPECTED.contains(&word)
        || LEVEL_VERBS.contains(&word)
        || super::quantities::FUNCTION_WORDS.contains(&word)
        || matches!(
            word,
            "said"
                | "says"
                | "told"
                | "reported"
                | "reports"
                | "announced"
                | "added"
                | "noted"
                | "including"
                | "includes"
                | "included"
                | "has"
                | "had"
                | "was"
                | "were"
                | "does"
                | "did"
                | "plus"
                | "minus"
                | "across"
                | "towards"
                | "besides"
                | "nearly"
                | "almost"
                | "about"
                | "around"
                | "roughly"
                | "some"
                | "its"
                | "his"
                | "hers"
                | "theirs"
                | "ours"
                | "yours"
                | "this"
                | "thus"
        )
    {
        return None;
    }
    let irregular = match word {
        "won" | "wins" | "win" | "winning" => Some("win"),
        "sold" | "sells" | "sell" | "selling" => Some("sell"),
        "lost" | "loses" | "lose" | "losing" => Some("lose"),
        "took" | "takes" | "take" | "taking" | "taken" => Some("take"),
        "held" | "holds" | "hold" | "holding" => Some("hold"),
        "built" | "builds" | "build" | "building" => Some("build"),
        "made" | "makes" | "make" | "making" => Some("make"),
        "cut" | "cuts" | "cutting" => Some("cut"),
        "shed" | "sheds" | "shedding" => Some("shed"),
        "laid" | "lays" | "lay" | "laying" => Some("lay"),
        "bought" | "buys" | "buy" | "buying" => Some("buy"),
        "got" | "gets" | "get" | "getting" => Some("get"),
        "gave" | "gives" | "give" | "giving" | "given" => Some("give"),
        "spent" | "spends" | "spend" | "spending" => Some("spend"),
        "flew" | "flies" | "fly" | "flying" | "flown" => Some("fly"),
        "drew" | "draws" | "draw" | "drawing" | "drawn" => Some("draw"),
        "brought" | "brings" | "bring" | "bringing" => Some("bring"),
        "sent" | "sends" | "send" | "sending" => Some("send"),
        _ => None,
    };
    if let Some(stem) = irregular {
        return Some(stem.to_string());
    }
    // Regular forms only: a past or a gerund ("delivered", "delivering"), or a third person
    // after a subject ("delivers"). Other words before a figure are seldom its verb.
    let stem = if let Some(base) = word.strip_suffix("ied") {
        format!("{base}y")
    } else if let Some(base) = word.strip_suffix("ies") {
        format!("{base}y")
    } else if let Some(base) = word.strip_suffix("ed") {
        base.to_string()
    } else if let Some(base) = word.strip_suffix("ing") {
        base.to_string()
    } else if let Some(base) = word.strip_suffix('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
    {
        base.to_string()
    } else {
        return None;
    };
    // "cutting" → "cutt" → "cut"; "hire" and "hired" → "hir".
    let bytes = stem.as_bytes();
    let mut stem = if bytes.len() > 3
        && bytes[bytes.len() - 1] == bytes[bytes.len() - 2]
        && !matches!(bytes[bytes.len() - 1], b'l' | b's' | b'z' | b'f')
    {
        stem[..stem.len() - 1].to_string()
    } else {
        stem
    };
    if stem.len() > 3 && stem.ends_with('e') {
        stem.pop();
    }
    (stem.len() >= 2).then_some(stem)
}

/// "The Civic Union won 52% of the vote": a percentage of a whole after "of", held by the
/// clause's subject, compared only with the same subject's share of the same whole in the same
/// period ("civic-union-share-of-vote.percentage"). Without a subject ("turnout was 61%", "54%
/// of voters backed it") there is no key: shares of different parties or answers are not one
/// figure.
fn share_of(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    unit_end: usize,
) -> Option<String> {
    if toks.get(unit_end)?.lower != "of" {
        return None;
    }
    let mut at = unit_end + 1;
    while toks
        .get(at)
        .is_some_and(|t| matches!(t.lower.as_ref(), "the" | "all" | "its" | "their"))
    {
        at += 1;
    }
    let whole = metric_word(toks, at)?;
    let whole = metric_name(lexicon, "", &whole);
    let whose = subject(toks, first)?;
    let mut key = format!("{whose}-share-of-{whole}.percentage");
    if let Some(period) = period(toks) {
        key.push('.');
        key.push_str(&period);
    }
    Some(key)
}

/// A word that may be the metric: a lower-case word (or the sentence's first, capitalised for
/// that reason) of letters, not a function word, as its singular.
fn metric_word(toks: &[Token<'_>], at: usize) -> Option<String> {
    let t = toks.get(at)?;
    let word = t.lower.as_ref();
    let lower_case = !t.is_capitalised() || at == 0;
    (lower_case
        && word.len() > 2
        && word.chars().all(|c| c.is_ascii_alphabetic())
        && !NOT_A_METRIC.contains(&word)
        && !EXPECTED.contains(&word)
        && !LEVEL_VERBS.contains(&word))
    .then(|| singular(word))
}

/// The metric's name: the lexicon's metric its words name ("net profit" and "net income" are
/// `net-income`; "sales" and "turnover" are `revenue`), else its words, hyphenated. The
/// modifiers end in a hyphen ("data-center-").
fn metric_name(lexicon: &Lexicon, modifiers: &str, head: &str) -> String {
    let words = format!("{}{head}", modifiers.replace('-', " "));
    if let Some(metric) = lexicon.metric_forms.get(&words) {
        return metric.clone();
    }
    // A compound the lexicon does not list keeps its modifiers before the head's metric:
    // "data center sales" is "data-center-revenue".
    match lexicon.metric_forms.get(head) {
        Some(metric) => format!("{modifiers}{metric}"),
        None => format!("{modifiers}{head}"),
    }
}

/// The words of a compound before the metric's head, joined by hyphens and ending in one:
/// "data center revenue" → "data-center-", "net income" → "net-". Segments and totals, net
/// and gross, stay apart. Up to two lower-case words; a period word ("quarterly") is the
/// period's, not the metric's.
fn modifiers(toks: &[Token<'_>], head_at: usize) -> String {
    let mut words = Vec::new();
    let mut at = head_at;
    while at > 0 && words.len() < 2 {
        at -= 1;
        let t = &toks[at];
        let word = t.lower.as_ref();
        // Past participles are mostly verbs ("Harlow reported revenue of"); a few qualify
        // the metric and stay ("adjusted", "diluted").
        let verb_like =
            word.ends_with("ed") && !matches!(word, "adjusted" | "diluted" | "combined");
        let compound = (!t.is_capitalised() || at == 0)
            && !verb_like
            && word.len() > 1
            && word.chars().all(|c| c.is_ascii_alphabetic())
            && !NOT_A_METRIC.contains(&word)
            && !EXPECTED.contains(&word)
            && !LEVEL_VERBS.contains(&word)
            && !matches!(
                word,
                "quarterly" | "annual" | "yearly" | "monthly" | "weekly" | "daily" | "total"
            );
        if !compound {
            break;
        }
        words.push(word.to_string());
    }
    words.reverse();
    words.iter().map(|w| format!("{w}-")).collect()
}

/// "revenue of $57 billion", "winds of up to 185 mph", "revenue rose 62% to $57 billion".
fn metric_before(lexicon: &Lexicon, toks: &[Token<'_>], first: usize) -> Option<(String, usize)> {
    if first >= 2 && toks[first - 1].lower == "of" {
        return metric_word(toks, first - 2).map(|w| (w, first - 2));
    }
    // Back over "to", "at", "of", an earlier figure of change ("62%") and verbs of level or
    // change, to the subject: at most six tokens.
    // "peaking at an astonishing 185 mph", "to a record $57 billion": an article and one
    // word of praise or size before the amount belong to it.
    let described = first >= 2
        && matches!(toks[first - 2].lower.as_ref(), "a" | "an")
        && toks[first - 1].is_word()
        && !toks[first - 1].is_capitalised()
        && !matches!(toks[first - 1].lower.as_ref(), "of" | "total");
    let mut at = if described { first - 2 } else { first };
    let mut verbs = 0;
    let mut steps = 0;
    while at > 0 && steps < 6 {
        at -= 1;
        steps += 1;
        let t = &toks[at];
        let word = t.lower.as_ref();
        if LEVEL_VERBS.contains(&word) || lexicon.change_forms.longest_at(toks, at).is_some() {
            verbs += 1;
            continue;
        }
        if matches!(word, "to" | "at" | "by" | "%" | "in" | "out" | "up")
            || t.text.starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        if verbs == 0 {
            return None;
        }
        return metric_word(toks, at).map(|w| (w, at));
    }
    None
}

/// "10 inches of rain", "$57 billion in emergency aid": the last of the lower-case words right
/// after "of" or "in" (at most three), whose words before it are its compound.
fn metric_after(toks: &[Token<'_>], unit_end: usize) -> Option<(String, usize)> {
    let next = toks.get(unit_end)?;
    if !matches!(next.lower.as_ref(), "of" | "in") {
        return None;
    }
    let mut last = None;
    for at in unit_end + 1..(unit_end + 4).min(toks.len()) {
        match metric_word(toks, at) {
            Some(word) if !toks[at].is_capitalised() => last = Some((word, at)),
            _ => break,
        }
    }
    last
}

/// The subject of the figure's clause: its first run of capitalised words after the clause's
/// start ("The European Union released …" → "european-union"), lower case and hyphenated.
fn subject(toks: &[Token<'_>], first: usize) -> Option<String> {
    let start = (0..first)
        .rev()
        .find(|&k| matches!(toks[k].text, "," | ";" | ":" | "—"))
        .map_or(0, |k| k + 1);
    let begins = (start..first).find(|&k| {
        toks[k].is_capitalised()
            && toks[k].is_word()
            && !super::names::function_word(toks[k].lower.as_ref())
    })?;
    let possessive = |t: &Token<'_>| t.lower.ends_with("'s") || t.lower.ends_with("’s");
    let run: Vec<&Token<'_>> = toks[begins..first]
        .iter()
        .take_while(|t| (t.is_capitalised() && t.is_word()) || possessive(t))
        .collect();
    // "Prime Minister Ana Brel's Civic Union": the possessed, not its owner.
    let owned = run.iter().rposition(|t| possessive(t)).map_or(0, |k| k + 1);
    let words: Vec<&str> = run[owned..]
        .iter()
        .map(|t| crate::lexicon::strip_possessive(t.lower.as_ref()))
        .collect();
    (!words.is_empty()).then(|| words.join("-"))
}

/// The clause's subject where it surely is a name: not one capitalised word opening the
/// sentence ("Forecasters expect…") unless the lexicon knows it as a country or a place
/// ("Egypt sent…").
fn named_subject(lexicon: &Lexicon, toks: &[Token<'_>], first: usize) -> Option<String> {
    let whose = subject(toks, first)?;
    let opens_sentence = toks.first().is_some_and(|t| {
        t.lower.as_ref() == crate::lexicon::strip_possessive(whose.as_str())
            && !toks.get(1).is_some_and(|next| next.is_capitalised())
    });
    let known = lexicon.jurisdiction_forms.longest_at(toks, 0).is_some()
        || lexicon.place_forms.longest_at(toks, 0).is_some();
    (!opens_sentence || known).then_some(whose)
}

/// Whether the metric belongs to a part of the whole the report is about: "the data-centre
/// segment reported revenue of", "its cloud division's sales".
fn of_a_part(toks: &[Token<'_>], head_at: usize) -> bool {
    let start = (head_at.saturating_sub(12)..head_at)
        .rev()
        .find(|&k| matches!(toks[k].text, ";" | ":" | "." | "—"))
        .map_or(head_at.saturating_sub(12), |k| k + 1);
    toks[start..head_at].iter().any(|t| {
        matches!(
            t.lower.as_ref(),
            "segment" | "segments" | "division" | "divisions" | "unit" | "units" | "arm"
        )
    })
}

/// Whether the words of the figure's clause, from a few words before its metric to its
/// amount, say it is expected rather than reported.
fn expected(toks: &[Token<'_>], from: usize, to: usize) -> bool {
    let start = (from.saturating_sub(12)..from)
        .rev()
        .find(|&k| matches!(toks[k].text, "," | ";" | ":" | "—" | "–"))
        .map_or(from.saturating_sub(12), |k| k + 1);
    toks[start..to.min(toks.len())]
        .iter()
        .any(|t| EXPECTED.contains(&t.lower.as_ref()))
}

/// The period the sentence gives its figures: a quarter ("q3", "third quarter",
/// "third-quarter"), a half, or a full year ("full-year", "annual", "fiscal year").
fn period(toks: &[Token<'_>]) -> Option<String> {
    for (k, t) in toks.iter().enumerate() {
        let word = t.lower.as_ref();
        if let Some(q) = word.strip_prefix('q')
            && matches!(q, "1" | "2" | "3" | "4")
        {
            return Some(format!("q{q}"));
        }
        let ordinal = match word {
            "first" => Some(1),
            "second" => Some(2),
            "third" => Some(3),
            "fourth" => Some(4),
            _ => None,
        };
        let next = |n: usize| toks.get(k + n).map(|t| t.lower.as_ref());
        let quarter =
            next(1) == Some("quarter") || (next(1) == Some("-") && next(2) == Some("quarter"));
        if let Some(n) = ordinal
            && quarter
        {
            return Some(format!("q{n}"));
        }
        if matches!(word, "full" | "fiscal") && matches!(next(1), Some("year") | Some("-")) {
            return Some("year".into());
        }
        if matches!(word, "annual" | "annually" | "yearly") {
            return Some("year".into());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::Pack;
    use crate::text::tokens;

    fn key(text: &str, number: &str, unit: &str) -> Option<String> {
        let lexicon = Lexicon::load(&Pack::shipped().lexicon).0;
        let toks = tokens(text, 0);
        let at = toks.iter().position(|t| t.text == number)?;
        let first = if at > 0 && matches!(toks[at - 1].text, "$" | "€") {
            at - 1
        } else {
            at
        };
        let mut end = at + 1;
        if toks
            .get(end)
            .is_some_and(|t| matches!(t.lower.as_ref(), "million" | "billion"))
        {
            end += 1;
        }
        let end = super::super::units::after(&lexicon, &toks, end).map_or(end, |(_, e)| e);
        open_measure(&lexicon, &toks, first, end, unit)
    }

    #[test]
    fn a_share_of_a_whole_is_its_holders() {
        let share = |text: &str, number: &str| key(text, number, "percentage");
        assert_eq!(
            share("The Civic Union won 52% of the vote on Sunday.", "52").as_deref(),
            Some("civic-union-share-of-vote.percentage")
        );
        // The possessed, not its owner, holds the share.
        assert_eq!(
            share(
                "Prime Minister Ana Brel's Civic Union took 54% of the vote.",
                "54"
            )
            .as_deref(),
            Some("civic-union-share-of-vote.percentage")
        );
        // No holder, or no whole: no figure to compare.
        assert_eq!(share("Turnout was 61% on Sunday.", "61"), None);
        assert_eq!(share("About 54% of voters backed it.", "54"), None);
        assert_eq!(share("The Civic Union won 52% on Sunday.", "52"), None);
    }

    #[test]
    fn the_metric_before_of_after_and_as_subject() {
        assert_eq!(
            key("Harlow reported revenue of $57 billion.", "57", "dollar").as_deref(),
            Some("revenue.dollar")
        );
        assert_eq!(
            key(
                "Brelco booked $3 billion in quarterly sales.",
                "3",
                "dollar"
            )
            .as_deref(),
            Some("brelco-revenue.dollar")
        );
        // Aid is its giver's: never compared with another giver's.
        assert_eq!(
            key(
                "The European Union released €9 million in emergency aid.",
                "9",
                "euro"
            )
            .as_deref(),
            Some("european-union-emergency-aid.euro")
        );
        assert_eq!(
            key("The fund paid $3 billion in damages.", "3", "dollar"),
            None
        );
        assert_eq!(
            key("Sales rose 6% to $12 billion.", "12", "dollar").as_deref(),
            Some("revenue.dollar")
        );
        // Synonyms the lexicon lists name one metric.
        assert_eq!(
            key("Net profit climbed to $610 million.", "610", "dollar").as_deref(),
            Some("net-income.dollar")
        );
        assert_eq!(key("It paid $57 billion.", "57", "dollar"), None);
    }

    #[test]
    fn compounds_and_parts_keep_segments_apart() {
        assert_eq!(
            key(
                "The cloud segment reported revenue of $5 billion.",
                "5",
                "dollar"
            )
            .as_deref(),
            Some("part-revenue.dollar")
        );
        assert_eq!(
            key("Data center revenue was $51 billion.", "51", "dollar").as_deref(),
            Some("data-center-revenue.dollar")
        );
        assert_eq!(
            key("Gaming revenue reached $4 billion.", "4", "dollar").as_deref(),
            Some("gaming-revenue.dollar")
        );
    }

    #[test]
    fn expectations_and_periods_are_kept_apart() {
        assert_eq!(
            key("Analysts expected revenue of $54 billion.", "54", "dollar").as_deref(),
            Some("revenue.dollar.expected")
        );
        assert_eq!(
            key("Third-quarter revenue was $57 billion.", "57", "dollar").as_deref(),
            Some("revenue.dollar.q3")
        );
        assert_eq!(
            key(
                "It reported revenue of $57 billion in the fourth quarter.",
                "57",
                "dollar"
            )
            .as_deref(),
            Some("revenue.dollar.q4")
        );
        // Durations and ages have rules of their own.
        assert_eq!(key("The talks lasted 12 hours.", "12", "hour"), None);
    }

    #[test]
    fn a_physical_reading_is_keyed_by_what_was_measured_and_its_dimension() {
        let reading = |text: &str, number: &str, unit: &str| key(text, number, unit);
        // The metric before "of", as the subject of a verb of level, or after "of".
        assert_eq!(
            reading("The storm had sustained winds of 150 mph.", "150", "mph").as_deref(),
            Some("wind.speed")
        );
        assert_eq!(
            reading("Its winds reached 240 km/h at landfall.", "240", "kmh").as_deref(),
            Some("wind.speed")
        );
        assert_eq!(
            reading("Winds peaking at a fearsome 150 mph.", "150", "mph").as_deref(),
            Some("wind.speed")
        );
        assert_eq!(
            reading("It brought 8 inches of heavy rain.", "8", "inch").as_deref(),
            Some("rain.length")
        );
        assert_eq!(
            reading("The river rose 12 feet overnight.", "12", "foot").as_deref(),
            Some("river.length")
        );
        // A compound the lexicon lists is a metric of its own: a gust is no sustained wind.
        assert_eq!(
            reading("A wind gust of 190 mph was measured.", "190", "mph").as_deref(),
            Some("wind-gust.speed")
        );
        // Goods a subject sends are its own.
        assert_eq!(
            reading(
                "The Harlow Red Cross sent 300 tonnes of food aid.",
                "300",
                "ton"
            )
            .as_deref(),
            Some("harlow-red-cross-aid.mass")
        );
        // A forecast is not a reading.
        assert_eq!(
            reading("Forecasters expect up to 8 inches of rain.", "8", "inch").as_deref(),
            Some("rain.length.expected")
        );
        // Nothing measured, or a conversion in brackets of the figure before it.
        assert_eq!(
            reading("The town is 20 miles from the coast.", "20", "mile"),
            None
        );
        assert_eq!(
            reading("The epicentre was 10 km north of Port Essel.", "10", "km"),
            None
        );
        assert_eq!(
            reading("Winds of 150 mph (240 km/h) hit the coast.", "240", "kmh"),
            None
        );
        assert_eq!(reading("It turned 90 degrees.", "90", "degree"), None);
    }
}

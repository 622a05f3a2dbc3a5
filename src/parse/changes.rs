//! Open measures for changes of any metric: "exports rose 7.2% from a year earlier", "the
//! government will raise the minimum wage by 6.7%", "revenue was up 7%". A change in percent
//! gets a measure key of its own words: the metric (the subject of the verb of change, or its
//! object before "by"), the way it went (`rise`, `fall`), the unit, its owner (`of-norland`,
//! from a possessive or the name an "its" refers to), whether it is expected rather than
//! reported, what it is measured against (`on-year` for "from a year earlier", "year on year";
//! `on-month`, `on-quarter`, `on-week`, `from-1990`), its month, year and period. A rise and a
//! fall, changes against different bases, owners or periods never compare; a change never
//! compares with a level.

use super::metrics::{
    clause, expected, in_relative_clause, metric_and_place_before, metric_name, metric_word,
    modifiers, period,
};
use super::owners::{one_owner, place_after};
use crate::lexicon::Lexicon;
use crate::text::Token;

/// Verbs that change the metric they take as their object before "by": "raise the minimum
/// wage by 6.7%" (up), "cut its forecast by 2%" (down).
pub(super) fn object_change_verb(word: &str) -> Option<bool> {
    match word {
        "raise" | "raised" | "raises" | "raising" | "increase" | "increased" | "increases"
        | "increasing" | "boost" | "boosted" | "boosts" | "boosting" | "lift" | "lifted"
        | "lifts" | "lifting" | "hike" | "hiked" | "hikes" | "hiking" => Some(true),
        "cut" | "cuts" | "cutting" | "lower" | "lowered" | "lowers" | "lowering" | "reduce"
        | "reduced" | "reduces" | "reducing" | "trim" | "trimmed" | "trims" | "trimming"
        | "slash" | "slashed" | "slashes" | "slashing" | "decrease" | "decreased" | "decreases"
        | "decreasing" => Some(false),
        _ => None,
    }
}

/// "raise the national minimum wage by 6.7%": where "by" stands at `by_at`, the verb of change
/// before its object (a noun phrase of at most five lower-case words), with the object's head
/// (the word before "by") and the way the verb goes (up is `true`).
pub(super) fn object_of_change(toks: &[Token<'_>], by_at: usize) -> Option<(usize, usize, bool)> {
    if by_at < 2 || toks.get(by_at)?.lower != "by" {
        return None;
    }
    let head_at = by_at - 1;
    metric_word(toks, head_at)?;
    let mut k = head_at;
    for _ in 0..5 {
        let t = &toks[k.checked_sub(1)?];
        k -= 1;
        if let Some(up) = object_change_verb(t.lower.as_ref()) {
            return Some((k, head_at, up));
        }
        let in_phrase = t.is_word()
            && (!t.is_capitalised() || crate::lexicon::is_possessive(&t.lower))
            && t.lower
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
        if !in_phrase {
            return None;
        }
    }
    None
}

/// The open measure of a change over tokens `first..unit_end` in `unit` (a percentage or
/// points; an amount only right after "by", a bare number keyed `count`), going up when `up`: `None` when no metric is named by the constructions above,
/// when the metric stands in a relative clause ("Venn Corp, whose sales fell 3%"), after a
/// preposition ("admissions for flu"), after a name the key cannot tell apart ("Gaming
/// revenue", "Nvidia shares"), or when the sentence qualifies the figure ("excluding
/// fuel", "in real terms", "seasonally adjusted") or gives it a period the key cannot name
/// ("in the first nine months").
pub(super) fn change_measure(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    unit_end: usize,
    unit: Option<&str>,
    up: bool,
) -> Option<String> {
    // A change in an amount is its subject's, told right after "by" ("payrolls rose by
    // 51,000", "revenue rose by €210 million") and at no rate ("by 3 pence a litre");
    // successive raises of an offer ("raised its offer by $1") are no one figure.
    let percent = match unit {
        Some(unit) => super::units::info(lexicon, unit)?.dimension == "percent",
        None => false,
    };
    if !percent
        && (first == 0
            || toks[first - 1].lower != "by"
            || toks.get(unit_end).is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "a" | "an"
                        | "per"
                        | "each"
                        | "every"
                        | "apiece"
                        | "monthly"
                        | "weekly"
                        | "daily"
                        | "annually"
                        | "yearly"
                        | "hourly"
                        | "over"
                )
            })
            || toks.get(unit_end).is_some_and(|t| t.lower == "on")
                && toks
                    .get(unit_end + 1)
                    .is_some_and(|t| matches!(t.lower.as_ref(), "average" | "avg")))
    {
        return None;
    }
    let unit = unit.unwrap_or("count");
    let head = metric_and_place_before(lexicon, toks, first).or_else(|| {
        let (_, head_at, _) = object_of_change(toks, first.checked_sub(1)?)?;
        Some((metric_word(toks, head_at)?, head_at, None)).filter(|_| percent)
    });
    let (head, head_at, place) = head?;
    if in_relative_clause(toks, head_at)
        || qualified(toks, unit_end)
        || unnamed_period(toks, unit_end)
        || not_a_modifier(&head)
    {
        return None;
    }
    // The compound's words before the head, up to a verb or an adverb ("the union wants wages
    // to rise", "so real wages").
    let compound = modifiers(toks, head_at);
    let n = (0..=2usize.min(head_at))
        .find(|&n| {
            toks[head_at - n..head_at]
                .iter()
                .map(|t| format!("{}-", t.lower))
                .collect::<String>()
                == compound
        })
        .unwrap_or(0);
    let kept_from = (head_at - n..head_at)
        .rev()
        .find(|&k| not_a_modifier(&toks[k].lower))
        .map_or(head_at - n, |k| k + 1);
    let compound_start = head_at - n;
    // "the national minimum wage" is the minimum wage; "headline" and "overall" name the
    // whole that a plain metric is.
    let kept: String = toks[kept_from..head_at]
        .iter()
        .map(|t| t.lower.as_ref())
        .filter(|w| !matches!(*w, "national" | "overall" | "headline" | "total"))
        .map(|w| format!("{w}-"))
        .collect();
    let metric = metric_name(lexicon, &kept, &head);
    // "Norland's exports", "Essel Bank said its profit", "consumer prices in Essel".
    let owner = owner_before(toks, compound_start);
    // "Gaming revenue grew 30%", "Nvidia shares rose 5%": a capitalised word before the
    // metric names a part or an owner the key cannot tell apart.
    if owner.is_none()
        && compound_start > 0
        && toks[compound_start - 1].is_word()
        && toks[compound_start - 1].is_capitalised()
        && !super::names::function_word(toks[compound_start - 1].lower.as_ref())
    {
        return None;
    }
    // "shares of the chipmaker rose 4%", "admissions for flu rose 12%": the metric is the noun
    // before the preposition, of whatever follows it; no key.
    let preposition = (compound_start.saturating_sub(3)..compound_start)
        .rev()
        .find(|&k| PREPOSITIONS.contains(&toks[k].lower.as_ref()));
    if let Some(at) = preposition
        && toks[at + 1..compound_start]
            .iter()
            .all(|t| matches!(t.lower.as_ref(), "the" | "its" | "their" | "a" | "an"))
    {
        return None;
    }
    let base = base(lexicon, toks, unit_end).or_else(|| year_to_around(toks, first, unit_end));
    // "Consumer prices rose 3.4% from a year earlier": the rate that is that rise, keyed as
    // the rate is ("inflation.percentage.october").
    let rate = lexicon
        .annual_rises
        .get(&metric)
        .filter(|_| up && matches!(base.as_deref(), Some("on-year" | YEAR_TO)));
    // "Sales rose 4% in the year to October" may be a year's total against the year before:
    // a rise on the year only for a rate's metric.
    if rate.is_none() && base.as_deref() == Some(YEAR_TO) {
        return None;
    }
    let mut key = match rate {
        Some(rate) => format!("{rate}.{unit}"),
        None => format!("{metric}.{}.{unit}", if up { "rise" } else { "fall" }),
    };
    // The owner as a segment of its own after the unit ("minimum-wage.rise.percentage.
    // of-norland"), so that a review can meet a source that names none.
    let Ok(whose) = one_owner([owner, place, place_after(lexicon, toks, unit_end).ok()?]) else {
        return None;
    };
    if let Some(whose) = whose {
        key.push_str(".of-");
        key.push_str(&whose);
    }
    key.push_str(expected(lexicon, toks, head_at.min(first), unit_end));
    if let Some(base) = base.filter(|_| rate.is_none()) {
        key.push('.');
        key.push_str(&base);
    }
    if let Some(period) = period(toks, first, unit_end).filter(|p| rate.is_none() || p != "year") {
        key.push('.');
        key.push_str(&period);
    }
    for date in month_and_year(lexicon, toks, unit_end)
        .into_iter()
        .flatten()
    {
        key.push('.');
        key.push_str(&date);
    }
    Some(key)
}

/// "rose 7.2% in July", "in July 2025": the month and the year a change ending at token
/// `unit_end` is of (not those it is measured from: "from June", "than in 2024"), the nearest
/// in the sentence up to its next figure ("In July exports rose 7.2% and imports fell 1.8%"
/// are both July's), in lower case.
fn month_and_year(lexicon: &Lexicon, toks: &[Token<'_>], unit_end: usize) -> [Option<String>; 2] {
    let dated = |k: usize| {
        !k.checked_sub(1).is_some_and(|p| {
            matches!(
                toks[p].lower.as_ref(),
                "from" | "since" | "than" | "on" | "over" | "versus" | "vs"
            )
        })
    };
    let next_figure = (unit_end..toks.len())
        .find(|&k| {
            toks[k].text.starts_with(|c: char| c.is_ascii_digit())
                && !is_year(&toks[k])
                && !twelve_months_to(toks, k + 1)
        })
        .unwrap_or(toks.len());
    let month = (0..next_figure)
        .filter(|&k| {
            toks[k].is_capitalised() && lexicon.months.longest_at(toks, k).is_some() && dated(k)
        })
        .min_by_key(|&k| k.abs_diff(unit_end))
        .map(|k| toks[k].lower.to_string());
    let year = (0..next_figure)
        .find(|&k| is_year(&toks[k]) && dated(k))
        .map(|k| toks[k].text.to_string());
    [month, year]
}

/// Whether "months" at token `k` ends "the 12 months to", "twelve months through", "the 12
/// months ending": a year up to a month.
fn twelve_months_to(toks: &[Token<'_>], k: usize) -> bool {
    k > 0
        && toks.get(k).is_some_and(|t| t.lower == "months")
        && matches!(toks[k - 1].lower.as_ref(), "12" | "twelve")
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "to" | "through" | "ending" | "ended"))
}

/// "in the 12 months to October", "in the year to October" after a figure, before the next ("rose 0.3% in October and
/// 3.1% in the 12 months to October" is the second's), or before it since the figure before
/// ("In the 12 months to October, consumer prices rose 3.1%"): the base `YEAR_TO`.
fn year_to_around(toks: &[Token<'_>], first: usize, unit_end: usize) -> Option<String> {
    let figure = |k: usize| {
        toks[k].text.starts_with(|c: char| c.is_ascii_digit())
            && !is_year(&toks[k])
            && !twelve_months_to(toks, k + 1)
    };
    let (_, clause_end) = clause(toks, unit_end.saturating_sub(1));
    let after_end = (unit_end..clause_end.min(toks.len()))
        .find(|&k| figure(k))
        .unwrap_or(clause_end.min(toks.len()));
    let before_start = (0..first).rev().find(|&k| figure(k)).map_or(0, |k| k + 1);
    // "in the 12 months to October", "in the year to October", "in the year through March".
    let year_to = |k: usize| {
        twelve_months_to(toks, k)
            || (toks[k].lower == "year"
                && k >= 2
                && toks[k - 1].lower == "the"
                && toks[k - 2].lower == "in"
                && toks.get(k + 1).is_some_and(|t| {
                    matches!(t.lower.as_ref(), "to" | "through" | "ending" | "ended")
                }))
    };
    ((unit_end..after_end).any(year_to) || (before_start..first).any(year_to))
        .then(|| YEAR_TO.to_string())
}

/// The base of "in the year to October": the year ending then, against the year before (a
/// rate's rise on the year; for other metrics no base the key can name).
const YEAR_TO: &str = "year-to";

/// Words that are no part of a metric's compound: verbs, adverbs and pronouns that stand
/// before it ("the union wants wages to rise", "so real wages fell", "raise them").
const NOT_MODIFIERS: &[&str] = &[
    "so", "wants", "want", "said", "says", "expects", "expect", "thinks", "them", "closing",
    "opening",
];

/// Whether a word before a metric ends its compound: one of `NOT_MODIFIERS`, or a verb of
/// change ("raise them", "cut wages").
fn not_a_modifier(word: &str) -> bool {
    NOT_MODIFIERS.contains(&word) || object_change_verb(word).is_some()
}

/// Prepositions after which a word is the object of another noun's phrase, not the metric.
const PREPOSITIONS: &[&str] = &[
    "of", "for", "from", "on", "at", "to", "in", "with", "among", "by", "per",
];

/// Words that qualify a change as a part or another reckoning of its metric, anywhere in the
/// sentence before the figure or in its clause after it: "excluding fuel", "in real terms",
/// "seasonally adjusted", "at constant currency", "on a like-for-like basis", "core".
fn qualified(toks: &[Token<'_>], unit_end: usize) -> bool {
    let (_, clause_end) = clause(toks, unit_end.saturating_sub(1));
    let end = clause_end.max(unit_end).min(toks.len());
    (0..end).any(|k| {
        let word = toks[k].lower.as_ref();
        // "after inflation", "net of inflation".
        (word == "inflation" && k > 0 && matches!(toks[k - 1].lower.as_ref(), "after" | "of"))
            || matches!(
                word,
                "excluding"
                    | "except"
                    | "ex"
                    | "real"
                    | "adjusted"
                    | "unadjusted"
                    | "seasonally"
                    | "like-for-like"
                    | "like"
                    | "underlying"
                    | "organic"
                    | "organically"
                    | "constant"
                    | "comparable"
                    | "core"
                    | "nominal"
                    | "inflation-adjusted"
            )
    })
}

/// Whether the sentence gives the change a period the key cannot name: "in the first nine
/// months", "in the first half", "so far this year", "year to date".
fn unnamed_period(toks: &[Token<'_>], unit_end: usize) -> bool {
    let (_, clause_end) = clause(toks, unit_end.saturating_sub(1));
    let end = clause_end.max(unit_end).min(toks.len());
    (0..end).any(|k| {
        let word = toks[k].lower.as_ref();
        let before = |d: usize| k.checked_sub(d).map(|p| toks[p].lower.as_ref());
        // "over two years", "in the past 18 months": a change over several periods.
        let a_count = |w: &str| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || super::numbers::word_number(w).is_ok_and(|(rest, _)| rest.is_empty())
        };
        // "rebounded 1.2% in June after two months of declines", "ending three years of
        // losses": the run the change ends is before its period.
        let ended_run = (1..=4).any(|d| {
            matches!(
                before(d),
                Some(
                    "after"
                        | "following"
                        | "ending"
                        | "ended"
                        | "snapping"
                        | "breaking"
                        | "reversing"
                )
            )
        });
        match word {
            _ if ended_run => false,
            "half" | "halves" => matches!(before(1), Some("first" | "second" | "the")),
            // "in the 12 months to October" is a year, named.
            "months" if twelve_months_to(toks, k) => false,
            "months" | "weeks" => {
                matches!(before(1), Some("first" | "past" | "last"))
                    || matches!(before(2), Some("first" | "past" | "last"))
                    || before(1).is_some_and(a_count)
            }
            "far" => before(1) == Some("so"),
            "years" | "decades" | "quarters" => before(1).is_some_and(a_count),
            "date" => before(1) == Some("to") && before(2) == Some("year"),
            "ytd" | "year-to-date" => true,
            _ => false,
        }
    })
}

/// The owner of a metric whose words start at token `at`: a name in the possessive right
/// before it ("Norland's exports", "Harlow Motors' sales"), or, for "its" and "their", the
/// nearest name before that ("Essel Bank said its profit rose"). `None` without one.
fn owner_before(toks: &[Token<'_>], at: usize) -> Option<String> {
    let last = at.checked_sub(1)?;
    if matches!(toks[last].lower.as_ref(), "its" | "their") {
        let end = (0..last).rev().find(|&k| {
            toks[k].is_word()
                && toks[k].is_capitalised()
                && !super::names::function_word(toks[k].lower.as_ref())
        })? + 1;
        let mut start = end - 1;
        while start > 0
            && end - start < 4
            && toks[start - 1].is_word()
            && toks[start - 1].is_capitalised()
            && !super::names::function_word(toks[start - 1].lower.as_ref())
        {
            start -= 1;
        }
        let words: Vec<&str> = toks[start..end]
            .iter()
            .map(|t| crate::lexicon::strip_possessive(t.lower.as_ref()))
            .collect();
        return Some(words.join("-"));
    }
    possessor_before(toks, at).map(|(_, name)| name)
}

/// The owner named in the possessive right before token `at` ("Norland's exports", "Harlow
/// Motors' sales"): where its name starts, and the name in lower case and hyphenated; `None`
/// without one.
pub(super) fn possessor_before(toks: &[Token<'_>], at: usize) -> Option<(usize, String)> {
    // "Norland's annual inflation rate", "Essel's February jobless rate": past words of the
    // period between the possessive and the metric.
    let mut at = at;
    loop {
        if at > 1 && period_word(&toks[at - 1]) {
            at -= 1;
        } else if at > 3
            && matches!(toks[at - 1].lower.as_ref(), "quarter" | "half" | "year")
            && toks[at - 2].text == "-"
            && matches!(
                toks[at - 3].lower.as_ref(),
                "first" | "second" | "third" | "fourth" | "full" | "fiscal"
            )
        {
            // "second-quarter", written as three tokens.
            at -= 3;
        } else {
            break;
        }
    }
    let last = at.checked_sub(1)?;
    let name_end = if toks[last].text == "'" {
        last
    } else if crate::lexicon::is_possessive(&toks[last].lower) {
        last + 1
    } else {
        return None;
    };
    let start = super::owners::name_start(toks, name_end, 4, 0);
    let words: Vec<&str> = toks[start..name_end]
        .iter()
        .map(|t| crate::lexicon::strip_possessive(t.lower.as_ref()))
        .collect();
    (!words.is_empty()).then(|| (start, words.join("-")))
}

/// A word of a period before a metric: "annual", "quarterly", "February", "second-quarter",
/// "full-year", "2025".
pub(super) fn period_word(t: &Token<'_>) -> bool {
    let word = t.lower.as_ref();
    matches!(
        word,
        "annual"
            | "quarterly"
            | "monthly"
            | "weekly"
            | "yearly"
            | "full-year"
            | "first-quarter"
            | "second-quarter"
            | "third-quarter"
            | "fourth-quarter"
            | "first-half"
            | "second-half"
            | "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    ) || word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) && word.starts_with(['1', '2'])
}

/// What a change is measured against, from the words after the figure up to the next figure
/// or the end of its clause: a year, a month, a quarter or a week before (`on-year`,
/// `on-month`, `on-quarter`, `on-week`), or a year named (`from-1990`).
fn base(lexicon: &Lexicon, toks: &[Token<'_>], unit_end: usize) -> Option<String> {
    let (_, clause_end) = clause(toks, unit_end.saturating_sub(1));
    let end = (unit_end..clause_end.min(unit_end + 12))
        .find(|&k| toks[k].text.starts_with(|c: char| c.is_ascii_digit()) && !is_year(&toks[k]))
        .unwrap_or(clause_end.min(unit_end + 12));
    let words: Vec<(usize, &str)> = (unit_end..end)
        .filter(|&k| toks[k].text != "-")
        .map(|k| (k, toks[k].lower.as_ref()))
        .collect();
    let span = |word: &str| match word {
        "year" | "years" | "annual" | "annually" | "yoy" => Some("on-year"),
        "month" | "months" | "monthly" => Some("on-month"),
        "quarter" | "quarters" | "quarterly" => Some("on-quarter"),
        "week" | "weeks" | "weekly" => Some("on-week"),
        _ => None,
    };
    let compared = |word: &str| {
        matches!(
            word,
            "from" | "since" | "on" | "over" | "than" | "versus" | "vs" | "compared" | "against"
        )
    };
    for (n, &(_, word)) in words.iter().enumerate() {
        let next = |d: usize| words.get(n + d).map(|&(_, w)| w);
        let before = |d: usize| n.checked_sub(d).and_then(|i| words.get(i)).map(|&(_, w)| w);
        // "from 2024", "from 1990 levels": that year; "from July", "on June": the month
        // before.
        if compared(word) && next(1).is_some() {
            let (at, _) = words[n + 1];
            if is_year(&toks[at]) {
                return Some(format!("from-{}", toks[at].text));
            }
            if toks[at].is_capitalised() && lexicon.months.longest_at(toks, at).is_some() {
                return Some("on-month".into());
            }
        }
        let Some(base) = span(word) else {
            continue;
        };
        if matches!(word, "annual" | "annually" | "yoy") {
            return Some(base.into());
        }
        // "a year earlier", "a year ago", "the month before", "the previous quarter", "year on
        // year", "year-over-year", "on the year", "from last year", "from the same month last
        // year" (a year before, whatever the span named first).
        let earlier = (0..n).any(|i| compared(words[i].1));
        let dated = matches!(next(1), Some("earlier" | "ago" | "before"))
            || matches!(before(1), Some("previous" | "prior" | "preceding"))
            || (before(1) == Some("last") && earlier)
            || (matches!(next(1), Some("on" | "over")) && next(2).and_then(span) == Some(base))
            || (before(1) == Some("the") && before(2) == Some("on"));
        if before(1) == Some("same") {
            continue;
        }
        if dated {
            return Some(base.into());
        }
    }
    None
}

/// A year written in four digits: "2024".
fn is_year(t: &Token<'_>) -> bool {
    t.text.len() == 4
        && t.text.starts_with(['1', '2'])
        && t.text.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use crate::parse::tests::quantities;

    fn key(text: &str, at: usize) -> Option<String> {
        quantities(text)
            .get(at)
            .and_then(|q| q.measure.as_deref().map(str::to_string))
    }

    #[test]
    fn the_subject_of_a_verb_of_change() {
        assert_eq!(
            key("Exports rose 7.2% in July from a year earlier.", 0).as_deref(),
            Some("export.rise.percentage.on-year.july")
        );
        assert_eq!(
            key("Imports fell 1.8% to 28.9 billion crowns.", 0).as_deref(),
            Some("import.fall.percentage")
        );
        assert_eq!(
            key("Revenue was up 7% at 8.9 billion euros.", 0).as_deref(),
            Some("revenue.rise.percentage")
        );
        assert_eq!(
            key("Norland's exports rose 7.2% from a year earlier.", 0).as_deref(),
            Some("export.rise.percentage.of-norland.on-year")
        );
        assert_eq!(
            key("The minimum wage will go up 7.6% in April.", 0).as_deref(),
            Some("minimum-wage.rise.percentage.expected.april")
        );
    }

    #[test]
    fn a_run_the_change_ends_is_no_period_of_it() {
        assert_eq!(
            key(
                "Factory output rebounded 1.2% in June after two months of declines.",
                0
            )
            .as_deref(),
            Some("factory-output.rise.percentage.june")
        );
        // A period of several months is the change's own.
        assert_eq!(key("Factory output rose 1.2% over two months.", 0), None);
    }

    #[test]
    fn the_object_of_a_verb_of_change_before_by() {
        assert_eq!(
            key(
                "The government will raise the national minimum wage by 6.7%.",
                0
            )
            .as_deref(),
            Some("minimum-wage.rise.percentage.expected")
        );
        assert_eq!(
            key("Harlow cut its dividend by 12% on Monday.", 0).as_deref(),
            Some("dividend.fall.percentage.of-harlow")
        );
    }

    #[test]
    fn bases_of_a_change() {
        for (text, base) in [
            ("Prices rose 0.3% from July.", "on-month"),
            ("Prices rose 3.8% from a year earlier.", "on-year"),
            ("Prices rose 3.8% year on year.", "on-year"),
            ("Prices rose 3.8% year-on-year.", "on-year"),
            ("Prices rose 3.8% on the year.", "on-year"),
            ("Prices rose 3.8% from 2024.", "from-2024"),
            ("Prices rose 0.4% from the previous month.", "on-month"),
            ("Prices rose 0.4% on the month.", "on-month"),
            ("Output rose 1.1% quarter on quarter.", "on-quarter"),
            (
                "Consumer prices rose 3.1% in the 12 months to October.",
                "inflation.percentage.october",
            ),
            (
                "Consumer prices rose 3.4% in the year to October.",
                "inflation.percentage.october",
            ),
        ] {
            let key = key(text, 0).unwrap_or_default();
            assert!(key.ends_with(base), "{text}: {key}");
        }
        // Each figure its own base: "0.3% from July and 3.8% from a year earlier".
        assert_eq!(
            key("Earnings rose 0.3% from July.", 0).as_deref(),
            Some("net-income.rise.percentage.on-month")
        );
    }

    #[test]
    fn places_and_occasions_between_the_metric_and_its_verb() {
        assert_eq!(
            key("Consumer prices in Essel rose 3.4% in July.", 0).as_deref(),
            Some("consumer-price.rise.percentage.of-essel.july")
        );
        assert_eq!(
            key("Admissions in Port Essel fell 3% on the year.", 0).as_deref(),
            Some("admission.fall.percentage.of-port-essel.on-year")
        );
        assert_eq!(
            key("Sales at Sunday's auction rose 12%.", 0).as_deref(),
            Some("revenue.rise.percentage")
        );
        // A rise over a year that a rate of the lexicon is.
        assert_eq!(
            key(
                "Consumer prices in Essel rose 3.4% in the year to October.",
                0
            )
            .as_deref(),
            Some("inflation.percentage.of-essel.october")
        );
        assert_eq!(
            key("Consumer prices rose 0.3% from September.", 0).as_deref(),
            Some("consumer-price.rise.percentage.on-month")
        );
        // A place after the figure; a month or an occasion is no place.
        assert_eq!(
            key("Unemployment fell 3% in Harlow in July.", 0).as_deref(),
            Some("unemployment.fall.percentage.of-harlow.july")
        );
        assert_eq!(
            key("Exports in July rose 4% from a year earlier.", 0).as_deref(),
            Some("export.rise.percentage.on-year.july")
        );
        assert_eq!(
            key("Turnout rose 4% in Sunday's referendum.", 0).as_deref(),
            Some("turnout.rise.percentage")
        );
        // A year to a month, after the figure before the next one, or before it.
        assert_eq!(
            key(
                "Consumer prices rose 0.3% in October and 3.1% in the 12 months to October.",
                0
            )
            .as_deref(),
            Some("consumer-price.rise.percentage.october")
        );
        // (A coordinated second figure takes no key yet.)
        assert_eq!(
            key(
                "Consumer prices rose 0.3% in October and 3.1% in the 12 months to October.",
                1
            ),
            None
        );
        assert_eq!(
            key("In the 12 months to October, consumer prices rose 3.1%.", 0).as_deref(),
            Some("inflation.percentage.october")
        );
        // A part of a place, a place named twice over, a span of several years, a year's
        // total of a metric that is no rate: no key.
        assert_eq!(key("Prices in Westmark's north rose 3%.", 0), None);
        assert_eq!(key("Prices rose 3% in Westmark's north.", 0), None);
        assert_eq!(key("Prices in Lesk rose 3% in Harlow.", 0), None);
        assert_eq!(
            key("Consumer prices in Essel rose 9% over two years.", 0),
            None
        );
        assert_eq!(
            key("Sales in Essel rose 4% in the year to October.", 0),
            None
        );
        assert_eq!(
            key("Consumer prices have risen 12% since 2021.", 0).as_deref(),
            Some("consumer-price.rise.percentage.from-2021")
        );
        // Places in lower case are no owner the key can name; two places are one too many.
        assert_eq!(key("Prices in the capital rose 3%.", 0), None);
        assert_eq!(key("Prices in Lesk in Norland rose 3%.", 0), None);
    }

    #[test]
    fn no_key_without_a_metric_of_its_own() {
        // A place or a name before the verb, an aside, a level.
        assert_eq!(key("Exports to Drava dropped 4%.", 0), None);
        assert_eq!(key("Venn Corp, whose sales fell 3%, was sold.", 0), None);
        assert_eq!(key("Prices rose to 4.3%.", 0), None);
        // A part or an owner named before the metric; the metric of something after "of".
        assert_eq!(
            key("• Gaming revenue grew about 30% year on year.", 0),
            None
        );
        assert_eq!(
            key("Gaming revenue grew about 30% year on year.", 0).as_deref(),
            Some("gaming-revenue.rise.percentage.on-year")
        );
        assert_eq!(key("After the report, Harlow shares rose 5%.", 0), None);
        assert_eq!(key("Shares of the carmaker surged over 4%.", 0), None);
    }
}

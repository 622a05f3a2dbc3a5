//! Open measures for changes of any metric: "exports rose 7.2% from a year earlier", "the
//! government will raise the minimum wage by 6.7%", "revenue was up 7%". A change in percent
//! or money gets a measure key of its own words: whose metric it is (a possessive before it),
//! the metric (the subject of the verb of change, or its object before "by"), the way it went
//! (`rise`, `fall`), the unit, whether it is expected rather than reported, what it is measured
//! against (`on-year` for "from a year earlier", "year on year", "from 2024"; `on-month`,
//! `on-quarter`, `on-week`) and its period. A rise and a fall, changes against different bases,
//! and changes of different periods never compare; a change never compares with a level.

use super::metrics::{
    clause, expected, in_relative_clause, metric_before, metric_name, metric_word, modifiers,
    period,
};
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

/// The open measure of a change over tokens `first..unit_end` in `unit` (a percentage or a
/// currency), going up when `up`: `None` when no metric is named by the constructions above,
/// or when the metric stands in a relative clause ("Venn Corp, whose sales fell 3%").
pub(super) fn change_measure(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    unit_end: usize,
    unit: &str,
    up: bool,
) -> Option<String> {
    let info = super::units::info(lexicon, unit)?;
    if !matches!(info.dimension.as_str(), "percent" | "money") {
        return None;
    }
    let head = metric_before(lexicon, toks, first).or_else(|| {
        let (_, head_at, _) = object_of_change(toks, first.checked_sub(1)?)?;
        Some((metric_word(toks, head_at)?, head_at))
    });
    let (head, head_at) = head?;
    if in_relative_clause(toks, head_at) {
        return None;
    }
    let compound = modifiers(toks, head_at);
    let compound_start = head_at - compound.matches('-').count().min(head_at);
    // "the national minimum wage" is the minimum wage; "headline" and "overall" name the
    // whole that a plain metric is.
    let kept: String = compound
        .split_terminator('-')
        .filter(|w| !matches!(*w, "national" | "overall" | "headline" | "total"))
        .map(|w| format!("{w}-"))
        .collect();
    let metric = metric_name(lexicon, &kept, &head);
    let whose = possessor_before(toks, compound_start);
    // "Gaming revenue grew 30%", "Nvidia shares rose 5%": a capitalised word before the
    // metric names a part or an owner the key cannot tell apart.
    if whose.is_none()
        && compound_start > 0
        && toks[compound_start - 1].is_word()
        && toks[compound_start - 1].is_capitalised()
        && !super::names::function_word(toks[compound_start - 1].lower.as_ref())
    {
        return None;
    }
    // "shares of the chipmaker rose 4%": the metric is the noun before "of", of whatever
    // follows it; no key.
    let of_at = (compound_start.saturating_sub(3)..compound_start)
        .rev()
        .find(|&k| toks[k].lower == "of");
    if let Some(of_at) = of_at
        && toks[of_at + 1..compound_start]
            .iter()
            .all(|t| matches!(t.lower.as_ref(), "the" | "its" | "their" | "a" | "an"))
    {
        return None;
    }
    let whose = whose.map_or(String::new(), |w| format!("{w}-"));
    let mut key = format!(
        "{whose}{metric}.{}.{unit}",
        if up { "rise" } else { "fall" }
    );
    key.push_str(expected(lexicon, toks, head_at.min(first), unit_end));
    if let Some(base) = base(lexicon, toks, unit_end) {
        key.push('.');
        key.push_str(base);
    }
    if let Some(period) = period(toks, first, unit_end) {
        key.push('.');
        key.push_str(&period);
    }
    Some(key)
}

/// The owner named in the possessive right before token `at` ("Norland's exports", "Harlow
/// Motors' sales"), in lower case and hyphenated; `None` without one.
fn possessor_before(toks: &[Token<'_>], at: usize) -> Option<String> {
    let last = at.checked_sub(1)?;
    let name_end = if toks[last].text == "'" {
        last
    } else if crate::lexicon::is_possessive(&toks[last].lower) {
        last + 1
    } else {
        return None;
    };
    let mut start = name_end;
    while start > 0
        && name_end - start < 4
        && toks[start - 1].is_word()
        && toks[start - 1].is_capitalised()
    {
        start -= 1;
    }
    let words: Vec<&str> = toks[start..name_end]
        .iter()
        .map(|t| crate::lexicon::strip_possessive(t.lower.as_ref()))
        .collect();
    (!words.is_empty()).then(|| words.join("-"))
}

/// What a change is measured against, from the words after the figure up to the next figure
/// or the end of its clause: a year, a month, a quarter or a week before.
fn base(lexicon: &Lexicon, toks: &[Token<'_>], unit_end: usize) -> Option<&'static str> {
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
    for (n, &(_, word)) in words.iter().enumerate() {
        let next = |d: usize| words.get(n + d).map(|&(_, w)| w);
        let before = |d: usize| n.checked_sub(d).and_then(|i| words.get(i)).map(|&(_, w)| w);
        // "from 2024", "on 2024": a year's figure before it.
        if matches!(word, "from" | "on" | "over" | "than") && next(1).is_some() {
            let (at, _) = words[n + 1];
            if is_year(&toks[at]) {
                return Some("on-year");
            }
            // "from July", "on June": the month before.
            if toks[at].is_capitalised() && lexicon.months.longest_at(toks, at).is_some() {
                return Some("on-month");
            }
        }
        let Some(base) = span(word) else {
            continue;
        };
        // "annual(ly)": on the year.
        if matches!(word, "annual" | "annually" | "yoy") {
            return Some(base);
        }
        // "a year earlier", "a year ago", "the month before", "the previous quarter",
        // "year on year", "year-over-year", "on the year", "on an annual basis".
        let dated = matches!(next(1), Some("earlier" | "ago" | "before"))
            || matches!(
                before(1),
                Some("previous" | "prior" | "preceding" | "last" | "same")
            )
            || (matches!(next(1), Some("on" | "over")) && next(2).and_then(span) == Some(base))
            || (before(1) == Some("the") && before(2) == Some("on"));
        if dated {
            return Some(base);
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
            Some("export.rise.percentage.on-year")
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
            Some("norland-export.rise.percentage.on-year")
        );
        assert_eq!(
            key("The minimum wage will go up 7.6% in April.", 0).as_deref(),
            Some("minimum-wage.rise.percentage.expected")
        );
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
            Some("dividend.fall.percentage")
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
            ("Prices rose 3.8% from 2024.", "on-year"),
            ("Prices rose 0.4% from the previous month.", "on-month"),
            ("Prices rose 0.4% on the month.", "on-month"),
            ("Output rose 1.1% quarter on quarter.", "on-quarter"),
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

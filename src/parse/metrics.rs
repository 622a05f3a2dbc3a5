//! Open measures for amounts of any metric: a figure in a unit of measure that no lexicon
//! class counts ("revenue of $57 billion", "sustained winds of 185 mph", "10 inches of rain")
//! gets a measure key built from its own words: the metric's words, its unit (money) or its
//! dimension (physical readings, `wind.speed`, compared once converted), whether it is others'
//! estimate (`.estimate`: "analysts expected", "consensus") or the subject's own forecast
//! (`.expected`: "Harlow expects", "guidance") rather than a result, and the period nearest to
//! it ("in the third quarter", "full-year", "the current quarter"). Figures with the same key
//! in reports of one event are compared by the existing rules; figures of other periods,
//! units or kinds never are. Counts that are the object of a named subject's verb, shares of a
//! whole, and amounts held against an estimate of an earlier amount have keys of their own.
//!
//! The metric is found by these constructions:
//! - the metric before "of": "revenue of $57 billion", "winds of up to 185 mph";
//! - the metric after "of" or "in": "10 inches of rain", "$57 billion in revenue";
//! - the metric as the subject of a verb of level or change before the amount: "revenue rose
//!   62% to $57 billion", "sales totaled $1.2 billion", "profit was $3 billion";
//! - for readings, the noun right after the unit: "150 mph winds".

use super::owners::{
    Between, OCCASION_TIMES, name_start, one_owner, place_after, place_or_occasion_ending_at,
};
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
    "hopes",
    "hope",
    "hoping",
    "seeks",
    "seeking",
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
pub(in crate::parse) const LEVEL_VERBS: &[&str] = &[
    "ticked",
    "edged",
    "inched",
    "crept",
    "nudged",
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
    // "attendance was put at 38,900"
    "put",
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
    "clocked",
    "crested",
    "registered",
    "recorded",
    "reaches",
    "hits",
    "tops",
    "totals",
    "shrank",
    "plunged",
    "plummeted",
    "tumbled",
    "dipped",
    "eased",
    "narrowed",
    "widened",
    "swelled",
    "rebounded",
    "exceeded",
    "surpassed",
    // "a deal valued at $2.4 billion", "a contract worth $5 million".
    "valued",
    "worth",
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
        return rate_share(lexicon, toks, unit_end)
            .or_else(|| share_of(lexicon, toks, first, unit_end))
            .or_else(|| share_level(lexicon, toks, first, unit_end))
            .or_else(|| owned_rate(lexicon, toks, first, unit_end))
            .or_else(|| rate_of(lexicon, toks, first, unit_end))
            .or_else(|| rate_set_by(lexicon, toks, first, unit_end))
            .or_else(|| percent_before_noun(lexicon, toks, first, unit_end, unit));
    }
    if info.dimension == "power"
        && let Some(key) =
            capacity_before_noun(toks, first, unit_end).or_else(|| capacity_generated(toks, first))
    {
        return Some(key);
    }
    if info.dimension != "money" {
        return reading(lexicon, toks, first, unit_end, info);
    }
    // The price of a company bought: "agreed to buy Strell for $3 billion".
    if let Some(key) = super::deals::deal_value(toks, first, unit_end, unit) {
        return Some(key);
    }
    // A price passed through; a river's or a wind's peak is the reading news gives.
    if passing_level(lexicon, toks, first, unit_end) {
        return None;
    }
    // "approved a $412 million budget", "fined Venn Corp €12 million".
    if let Some((metric, at, owner)) = noun_after_amount(lexicon, toks, first, unit_end)
        .or_else(|| metric_of_verb_before(lexicon, toks, first, unit_end))
    {
        if in_relative_clause(toks, at) {
            return None;
        }
        let mut key = owned_metric_key(&metric, unit, owner);
        push_expected_and_period(&mut key, lexicon, toks, at.min(first), first, unit_end);
        return Some(key);
    }
    let (head, head_at, whose) = match metric_and_place_before(lexicon, toks, first) {
        // "Harlow Motors shares fell 8% to $42.10": a metric the lexicon does not list is
        // the names' written before it; "net income at Bank of Lesk was $1.3 billion" the
        // body's or the place's between the metric and its verb.
        Some((head, at, place)) => {
            let Ok(whose) = one_owner([names_before_metric(lexicon, toks, at, &head), place, None])
            else {
                return None;
            };
            (head, at, whose)
        }
        // "the EU released €9 million in emergency aid": an amount a subject pays, pledges or
        // books is that subject's, and compared only with the same subject's.
        // A metric the lexicon lists ("$57 billion in sales") is the report's company's,
        // whoever books it, as "revenue of $57 billion" is.
        None => {
            let (head, at) = metric_after(toks, unit_end)?;
            if lexicon.metric_forms.contains_key(&head) {
                (head, at, None)
            } else {
                (head, at, Some(subject(toks, first)?))
            }
        }
    };
    // "Venn Corp, which had revenue of $2.1 billion": another company's, in an aside.
    if in_relative_clause(toks, head_at) {
        return None;
    }
    let part = if of_a_part(toks, head_at) {
        "part-"
    } else {
        ""
    };
    // "earnings of $2.40 a share": an amount per share is no total.
    let per_share = toks
        .get(unit_end)
        .is_some_and(|t| matches!(t.lower.as_ref(), "a" | "per"))
        && toks.get(unit_end + 1).is_some_and(|t| t.lower == "share");
    let metric = format!(
        "{part}{}{}",
        metric_name(lexicon, &modifiers(toks, head_at), &head),
        if per_share { "-per-share" } else { "" }
    );
    let mut key = owned_metric_key(&metric, unit, whose);
    push_expected_and_period(&mut key, lexicon, toks, head_at.min(first), first, unit_end);
    Some(key)
}

/// Whether the figure at `first..unit_end` is a level passed through, not held: "spiked to
/// $86 before it retreated to $83", "briefly topped $90", "at one point", "intraday".
fn passing_level(lexicon: &Lexicon, toks: &[Token<'_>], first: usize, unit_end: usize) -> bool {
    let (start, end) = clause(toks, first);
    let word = |k: usize| toks[k].lower.as_ref();
    let passing = (start..end.min(toks.len())).any(|k| {
        matches!(word(k), "briefly" | "intraday" | "momentarily")
            || word(k) == "at"
                && k + 2 < toks.len()
                && word(k + 1) == "one"
                && word(k + 2) == "point"
    });
    // "… before it retreated", "before falling back": a move of the same thing after it (not
    // "slowed to 30 mph before it struck the barrier").
    let moves = |k: usize| k < toks.len() && lexicon.change_forms.longest_at(toks, k).is_some();
    let before_a_move = (unit_end..end.min(toks.len())).any(|k| {
        word(k) == "before"
            && (moves(k + 1)
                || toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.lower.as_ref(), "it" | "they"))
                    && moves(k + 2))
    });
    passing || before_a_move
}

/// The capitalised names written just before a metric's modifiers at `head_at`, in a key's
/// words ("Harlow Motors shares" → `harlow-motors`), when the metric is none the lexicon lists
/// (whose revenue is the report's company's, whoever is named).
fn names_before_metric(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    head_at: usize,
    head: &str,
) -> Option<String> {
    if lexicon.metric_forms.contains_key(head) {
        return None;
    }
    let mut k = head_at - modifiers(toks, head_at).matches('-').count();
    let end = k;
    while k > 0 && end - k < 4 {
        let t = &toks[k - 1];
        if !(t.is_word() && t.is_capitalised()) || super::names::function_word(&t.lower) {
            break;
        }
        k -= 1;
    }
    (k < end).then(|| {
        toks[k..end]
            .iter()
            .map(|t| crate::lexicon::strip_possessive(&t.lower).to_string())
            .collect::<Vec<_>>()
            .join("-")
    })
}

/// The open measure of a physical reading: an amount in a unit that converts within its
/// dimension ("sustained winds of 185 mph", "more than a foot of rain", "the river rose 26
/// feet"), keyed by what was measured and the dimension (`wind.speed`, `rain.length`), so that
/// figures in miles and kilometres, inches and feet compare once converted. What was measured
/// keeps the words of its compound ("flight-level winds" are not the winds at the surface,
/// "forward speed" is no wind speed) unless the lexicon lists the compound as a metric's form
/// ("heavy rain" is rain). Readings precision cannot vouch for get no key: a distance to a
/// place, a figure in brackets restating the one before it, the most in "some areas", an old
/// record, gusts, forecasts and warnings are told apart or left out.
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
    if toks.get(unit_end).is_some_and(|t| t.text == ")") || first > 0 && toks[first - 1].text == "("
    {
        return None;
    }
    // Past a conversion in brackets: "90 kilometres (56 miles) south of Harlow".
    let after = match toks.get(unit_end) {
        Some(t) if t.text == "(" => (unit_end..(unit_end + 8).min(toks.len()))
            .find(|&k| toks[k].text == ")")
            .map_or(unit_end, |k| k + 1),
        _ => unit_end,
    };
    // "20 miles from the coast", "10 km north of Port Essel": where something is, not a
    // reading of it.
    let words = &lexicon.readings;
    if toks
        .get(after)
        .is_some_and(|t| words.distance.contains(t.lower.as_ref()))
    {
        return None;
    }
    let (clause_start, clause_end) = clause(toks, first);
    let clause_words = || {
        toks[clause_start..clause_end]
            .iter()
            .map(|t| t.lower.as_ref())
    };
    // "up to 15 inches in some areas", "in places", "parts of the coast": the most somewhere,
    // not the reading of the whole; "the old record crest", "in a normal year": another
    // occasion's.
    let clause: Vec<&str> = clause_words().collect();
    let local = clause.iter().enumerate().any(|(k, &word)| {
        let soon = |w: &dyn Fn(&str) -> bool| {
            clause[k + 1..(k + 3).min(clause.len())]
                .iter()
                .any(|n| w(n))
        };
        words.local.contains(word)
            || (word == "some" && soon(&|n| words.some.contains(n)))
            || (words.old_record.contains(word) && soon(&|n| n == "record"))
    });
    // "In a normal year, Harlow receives 40 inches": what is usual, anywhere in the sentence.
    // The words around a reading it looks at are at most `REACH` tokens either side, so that a
    // sentence of many figures costs in proportion to its length.
    let near = &toks[first.saturating_sub(REACH)..(after + REACH).min(toks.len())];
    // "Ada weakened before nightfall, with winds of 165 km/h": a moment after the storm's
    // peak, not the reading reports of its landfall give.
    let usual = near.iter().any(|t| words.usual.contains(t.lower.as_ref()));
    // "400 by 270 kilometres", "3 m x 4 m": a size in two directions.
    let by = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.lower.as_ref(), "by" | "x" | "×"))
    };
    let number = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))
    };
    let two_ways =
        (by(after) && number(after + 1)) || (first > 1 && by(first - 1) && number(first - 2));
    if local || usual || two_ways {
        return None;
    }
    // "10 inches of rain" fell on everyone; "Egypt sent 300 tonnes of food" is Egypt's
    // food, compared only with Egypt's.
    // A capitalised word opening the sentence is a name ("Harlow recorded 2 inches") unless
    // it is a plural ("Temperatures reached") or the lexicon lists it as a metric
    // ("Rainfall reached"); a participle is a verb ("rain has fallen").
    let before = metric_before_place(lexicon, toks, first, true).filter(|(head, at, _)| {
        let t = &toks[*at];
        let plural = t.lower.len() > 3 && t.lower.ends_with('s') && !t.lower.ends_with("ss");
        let a_name = t.is_capitalised() && !plural && !lexicon.metric_forms.contains_key(head);
        !a_name && !participle(toks, *at)
    });
    let (head, head_at, whose) = match before {
        Some((head, at, place)) => (head, at, place),
        None if toks.get(after)?.lower == "of" => {
            let (head, at) = metric_after(toks, after)?;
            // "Tarlo recorded 23 inches of snow": a singular capitalised word opening the
            // sentence before its verb is a place's or a body's name ("Forecasters expect"
            // is no name).
            let initial_name = toks.first().filter(|t| {
                t.is_capitalised()
                    && t.is_word()
                    && !t.lower.ends_with('s')
                    && !super::names::function_word(t.lower.as_ref())
                    && toks
                        .get(1)
                        .is_some_and(|v| !v.is_capitalised() && v.is_word())
            });
            let whose = named_subject(lexicon, toks, first)
                .or_else(|| initial_name.map(|t| t.lower.to_string()))
                .unwrap_or_default();
            (head, at, whose)
        }
        // "with 150 mph winds", "a 4-metre storm surge": the noun right after the unit.
        None => {
            let (head, at) = noun_after_unit(lexicon, toks, after)?;
            (head, at, String::new())
        }
    };
    // "a speed of 5 mph" is the storm's own; "winds reached speeds of 180 mph" its winds'.
    let (head, head_at) = match generic_of_subject(lexicon, toks, head_at) {
        Some(subject) => subject,
        None => (head, head_at),
    };
    // "The Venn fire grew to 34,000 hectares": a named fire's, not any fire's ("Ada's
    // winds" are the winds of the storm the report is about).
    let named: Vec<&str> = toks[head_at.saturating_sub(6)..head_at]
        .iter()
        .rev()
        .take_while(|t| {
            t.is_capitalised()
                && t.is_word()
                && !super::names::function_word(t.lower.as_ref())
                && crate::lexicon::strip_possessive(t.lower.as_ref()) == t.lower.as_ref()
        })
        .map(|t| t.lower.as_ref())
        .collect();
    // A lone capital opening the sentence is the sentence's: "Sustained winds reached".
    let named = if named.len() == 1 && head_at == 1 {
        Vec::new()
    } else {
        named
    };
    // The name is the key's owner segment ("fire.area.of-venn"), so that "the blaze" of a
    // report naming no fire meets it where its event names no other.
    let named: Vec<&str> = named.into_iter().rev().collect();
    // "The Ridge fire north of Lesk": where a named thing is, not whose. "Harlow Mining's
    // copper output": the possessive's, as "copper output at Harlow Mining" is.
    let whose = if !named.is_empty() {
        String::new()
    } else if whose.is_empty() {
        let compound_start = head_at.saturating_sub(modifiers(toks, head_at).matches('-').count());
        super::changes::possessor_before(toks, compound_start)
            .map(|(_, name)| name)
            .unwrap_or_default()
    } else {
        whose
    };
    // "the first wave", "the largest was a wave of 90cm": one of many, told by its rank.
    let rank = toks[clause_start..first]
        .iter()
        .map(|t| t.lower.as_ref())
        .find(|w| words.rank.contains(*w))
        .map_or(String::new(), |w| format!("{w}-"));
    // A noun after the unit has no words of its compound before the unit: "150 mph winds".
    let from = if head_at >= after { after } else { 0 };
    let compound = modifiers(&toks[from..], head_at - from);
    // "copper production fell to 212,000 tonnes", "the wheat harvest totalled": an amount of
    // what was made, as "187,000 tonnes of copper" is.
    let made = !compound.is_empty()
        && matches!(head.as_str(), "production" | "output" | "harvest" | "crop")
        && !matches!(
            compound.trim_end_matches('-'),
            "global"
                | "total"
                | "annual"
                | "world"
                | "national"
                | "domestic"
                | "industrial"
                | "overall"
                | "daily"
                | "record"
                | "monthly"
                | "yearly"
                | "group"
                | "combined"
        );
    let mut metric = if made {
        format!("{rank}{}", compound.trim_end_matches('-'))
    } else {
        format!("{rank}{}", metric_name(lexicon, &compound, &head))
    };
    // "winds peaked at 230 mph in gusts", "gusting to 90 mph": gusts, whatever the noun.
    let gusts = toks[first.saturating_sub(3)..first]
        .iter()
        .any(|t| words.gust_verbs.contains(t.lower.as_ref()))
        || {
            let gust = |k: usize| {
                toks.get(k)
                    .is_some_and(|t| words.gust_nouns.contains(t.lower.as_ref()))
            };
            gust(after) || (toks.get(after).is_some_and(|t| t.lower == "in") && gust(after + 1))
        };
    if gusts {
        metric = lexicon
            .metric_forms
            .get("gust")
            .cloned()
            .unwrap_or_else(|| "gust".into());
    }
    // "a cloud 10 km high" and "50 km wide": the aspect measured. The lexicon may name the
    // compound ("quake deep" is the depth, as "a depth of 10 km" is); "struck 10 km deep"
    // took the aspect for its noun and measures the aspect alone.
    if let Some(aspect) = toks
        .get(after)
        .map(|t| t.lower.as_ref())
        .filter(|w| words.aspect.contains(*w))
    {
        let compound = format!("{} {aspect}", metric.replace('-', " "));
        metric = match lexicon.metric_forms.get(&compound) {
            Some(named) => named.clone(),
            None if metric == aspect => metric,
            None => format!("{metric}-{aspect}"),
        };
    }
    let mut key = format!("{metric}.{}", info.dimension);
    // A named thing's own reading ("fire.area.of-venn"), or its place's or keeper's
    // ("rain.length.of-harlow").
    let owner = if named.is_empty() {
        whose.trim_end_matches('-').to_string()
    } else {
        named.join("-")
    };
    if !owner.is_empty() {
        key.push_str(".of-");
        key.push_str(&owner);
    }
    // "210 mm of rain in 24 hours" and "340 mm over three days" are two readings.
    // Or opening the sentence: "In 24 hours, 185 millimetres of rain fell".
    let opening = || {
        (first > 0)
            .then(|| window_after(toks, 0, first.min(5)))
            .flatten()
    };
    if let Some(window) = window_after(toks, after, clause_end).or_else(opening) {
        key.push_str(".within-");
        key.push_str(&window);
    }
    if clause_words().any(|w| words.forecast.contains(w)) {
        key.push_str(".expected");
    } else {
        key.push_str(expected(lexicon, toks, head_at.min(first), unit_end));
    }
    Some(key)
}

/// The span of time a reading was gathered over, written just after it: "in 24 hours", "over
/// three days", "within the past 48 hours", "in a single day", in hours ("24h", "72h") or in
/// its unit ("2-month"). The first few words of the clause after the figure only.
fn window_after(toks: &[Token<'_>], after: usize, clause_end: usize) -> Option<String> {
    use crate::claim::TimeUnit;
    let end = clause_end.min(toks.len()).min(after + 4);
    let at = (after..end)
        .find(|&k| matches!(toks[k].lower.as_ref(), "in" | "over" | "within" | "during"))?;
    let mut k = at + 1;
    while toks.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "the" | "past" | "last" | "previous" | "first" | "just"
        )
    }) {
        k += 1;
    }
    let word = toks.get(k)?.lower.as_ref();
    let count = match word {
        "a" | "an" => 1.0,
        _ => match super::numbers::word_number(word) {
            Ok(("", n)) => n.value,
            _ => word.parse::<f64>().ok()?,
        },
    };
    // "in a single day".
    let single = toks.get(k + 1).is_some_and(|t| t.lower == "single");
    let unit_at = k + 1 + usize::from(single);
    let unit = TimeUnit::parse(toks.get(unit_at)?.lower.as_ref())?;
    let hours = match unit {
        TimeUnit::Hour => Some(1.0),
        TimeUnit::Day => Some(24.0),
        TimeUnit::Week => Some(168.0),
        _ => None,
    };
    Some(match hours {
        Some(h) => format!("{}h", count * h),
        None => format!("{count}-{unit:?}").to_lowercase(),
    })
}

/// "winds reached speeds of 180 mph", "the river rose to a height of 9 metres": a noun that
/// only names the dimension, after a verb of level, stands for that verb's subject.
fn generic_of_subject(lexicon: &Lexicon, toks: &[Token<'_>], at: usize) -> Option<(String, usize)> {
    if !lexicon.readings.generic.contains(toks[at].lower.as_ref())
        || !modifiers(toks, at).is_empty()
    {
        return None;
    }
    let mut k = at;
    while k > 0 && matches!(toks[k - 1].lower.as_ref(), "a" | "an" | "the" | "to" | "at") {
        k -= 1;
    }
    let verb = k.checked_sub(1)?;
    if !LEVEL_VERBS.contains(&toks[verb].lower.as_ref()) {
        return None;
    }
    let subject = verb.checked_sub(1)?;
    metric_word(toks, subject).map(|w| (w, subject))
}

/// "150 mph winds", "a 14 ft storm surge": the last of the lower-case nouns right after the
/// unit (at most two), where no verb, adverb of time or word of place stands first.
fn noun_after_unit(lexicon: &Lexicon, toks: &[Token<'_>], after: usize) -> Option<(String, usize)> {
    let mut last = None;
    for at in after..(after + 2).min(toks.len()) {
        let t = &toks[at];
        let word = t.lower.as_ref();
        let adverb = lexicon.readings.not_after_unit.contains(word);
        match metric_word(toks, at) {
            Some(noun)
                if !t.is_capitalised()
                    && !adverb
                    && !participle(toks, at)
                    && !word.ends_with("ing")
                    && !word.ends_with("ly") =>
            {
                last = Some((noun, at));
            }
            _ => break,
        }
    }
    last
}

/// Whose an amount of a metric is, when its words name a company or a body: the owner in a
/// possessive before the metric ("Venn Corp's quarterly profit", "Harlow Motors' revenue"), or
/// the clause's named subject before the metric ("Venn Corp reported revenue of", "Harlow
/// Motors made a profit of"), as an id ("venn-corp"). `None` when the amount has no metric or
/// the words name no one ("Revenue rose to $4.2 billion, Venn Corp said": the sayer is the
/// source). Amounts of two holders are never one figure; an amount without one may be either.
pub(super) fn amount_holder(lexicon: &Lexicon, toks: &[Token<'_>], first: usize) -> Option<String> {
    let (_, head_at) = metric_before(lexicon, toks, first)
        .or_else(|| metric_after(toks, first + 1).filter(|&(_, at)| at > first))?;
    let before = head_at.min(first);
    // A possessive within the three words before the metric.
    let possessive = (before.saturating_sub(4)..before).rev().find(|&k| {
        let t = &toks[k];
        (t.is_capitalised() && crate::lexicon::is_possessive(t.text))
            || (t.text == "'"
                && k > 0
                && toks[k - 1].is_capitalised()
                && toks[k - 1].lower.ends_with('s'))
    });
    if let Some(end) = possessive {
        let last = if toks[end].text == "'" { end - 1 } else { end };
        // "Bank of Lesk's": "of" inside the name.
        let start = super::owners::name_start(toks, last + 1, 6, 0);
        let words: Vec<&str> = toks[start..=last]
            .iter()
            .map(|t| crate::lexicon::strip_possessive(t.lower.as_ref()))
            .collect();
        return Some(words.join("-"));
    }
    let whose = named_subject(lexicon, toks, before)?;
    // The subject is the metric's own first word ("Net income rose"), not a holder.
    let (clause_start, _) = clause(toks, before);
    let run_end = (clause_start..before)
        .find(|&k| !(toks[k].is_capitalised() && toks[k].is_word()))
        .unwrap_or(before);
    (run_end < before && run_end > clause_start).then_some(whose)
}

/// Whether token `at` stands in a relative clause opened since the last comma, colon or
/// bracket before it: "The plant, which employs 3,000 workers," (the verb after its closing
/// comma is the subject's), "Venn Corp, which had revenue of $2.1 billion," (another company's).
/// Not "that", which also opens what was said ("said that 40 people, …, were killed").
pub(super) fn in_relative_clause(toks: &[Token<'_>], at: usize) -> bool {
    toks[..at.min(toks.len())]
        .iter()
        .rev()
        .take(REACH)
        .take_while(|t| !matches!(t.text, "," | ";" | ":" | "(" | "—" | "–"))
        .any(|t| matches!(t.lower.as_ref(), "which" | "who" | "whose"))
}

/// The clause around token `at`: from after the last comma, semicolon or dash before it to the
/// first after it.
pub(super) fn clause(toks: &[Token<'_>], at: usize) -> (usize, usize) {
    let bound = |t: &Token<'_>| matches!(t.text, "," | ";" | ":" | "—" | "–");
    let floor = at.saturating_sub(REACH);
    let ceiling = (at + REACH).min(toks.len());
    let start = (floor..at.min(toks.len()))
        .rev()
        .find(|&k| bound(&toks[k]))
        .map_or(floor, |k| k + 1);
    let end = (at..ceiling).find(|&k| bound(&toks[k])).unwrap_or(ceiling);
    (start, end)
}

/// How far, in tokens, the readers of a figure's clause look either side of it.
const REACH: usize = 40;

/// Whether the word taken for what was measured is a verb's participle: "rain has fallen",
/// "the oil leaked", "it had reached" (a noun in -ed, "speed", stays).
fn participle(toks: &[Token<'_>], at: usize) -> bool {
    let word = toks[at].lower.as_ref();
    let after_auxiliary = at > 0
        && matches!(
            toks[at - 1].lower.as_ref(),
            "has" | "have" | "had" | "was" | "were" | "is" | "are" | "been" | "be" | "will"
        );
    let ed = word.len() > 4
        && word.ends_with("ed")
        && !matches!(word, "speed" | "speeds" | "seed" | "feed" | "need" | "shed");
    after_auxiliary
        || ed
        || IRREGULAR_PARTICIPLES.contains(&word)
        || matches!(
            word,
            "has" | "have" | "had" | "said" | "says" | "into" | "onto" | "over" | "been"
        )
}

/// Past participles not in -ed that follow a noun to qualify it ("cocaine hidden in a
/// shipment", "goods stolen from the depot"); none of them names a metric.
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "hidden",
    "stolen",
    "found",
    "given",
    "taken",
    "shown",
    "known",
    "sold",
    "held",
    "kept",
    "left",
    "lost",
    "spent",
    "built",
    "brought",
    "caught",
    "bought",
    "sent",
    "paid",
    "seen",
    "done",
    "gone",
    "grown",
    "thrown",
    "driven",
    "written",
    "drawn",
    "withdrawn",
    "frozen",
    "chosen",
    "stuck",
    "struck",
    "shot",
    "flown",
    "borne",
    "sunk",
    "swept",
    "won",
];

/// The open measure of a count that is the object of its subject's verb: "Harlow Motors
/// delivered 76,200 vehicles" is `vehicles.deliver.of-harlow-motors`, "the Civic Union won 54
/// seats" `seats.won.of-civic-union`, each compared only with the same subject's count of the
/// same noun by the same verb, in the same period, expected or not. `first` is the figure's
/// first token (its hedge included), `head` its counted noun's head, plural, after the words
/// that restrict it joined by hyphens ("rocky-exoplanets"), and `action` the
/// lexicon's action whose form stands right before the figure, if any: its id is the verb, so
/// that its forms are one verb ("won", "secured"). `None` without a verb right before the
/// figure or a named subject before the verb: "won 54 seats" alone may be any party's, and a
/// count with no verb is no claim about one thing.
pub(super) fn open_count(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    head: &str,
    action: Option<(usize, usize)>,
) -> Option<String> {
    let (modifiers, last) = head.rsplit_once('-').map_or(("", head), |(m, l)| (m, l));
    if TALLIES.contains(&last) {
        return None;
    }
    let last = lexicon.counted_set(last);
    let head = if modifiers.is_empty() {
        last.to_string()
    } else {
        format!("{modifiers}-{last}")
    };
    let (verb_at, verb) = match action {
        Some((start, action)) => (start, lexicon.actions[action].id.clone()),
        None => verb_before(toks, first)?,
    };
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
    let mut key = format!("{head}.{verb}.of-{whose}");
    push_expected_and_period(&mut key, lexicon, toks, verb_at, first, first + 1);
    Some(key)
}

/// The words of a counted noun and its head, for an open count: None for a tally ("votes",
/// "goals") or words with other than letters.
fn counted_words(counted: &str) -> Option<(Vec<&str>, &str)> {
    let words: Vec<&str> = counted.split_whitespace().collect();
    let head = *words.last()?;
    (!TALLIES.contains(&head)
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_alphabetic())))
    .then_some((words, head))
}

/// The open measure of a count that a verb of recording or being gives as a level, with no
/// act of its own: "there were 312 burglaries", "312 burglaries were reported", "Police
/// recorded 4,820 burglaries", "Harlow Airport had 40,000 passengers". The key is the counted
/// words (`car-thefts.count`: "car thefts" are not "thefts"), after the name of whoever
/// recorded or had the count (`burglaries.count.of-police`: police and insurers, police and
/// organisers count apart), which an active verb must have; the caller adds the place and the
/// occasion. None for a tally, a running total ("there have been"), a rate or a share ("40
/// fires a week", "30 pupils in each class"), or a noun qualified after it ("cases of measles",
/// "cases before the court", "among children"). `noun_end` is the token after the counted
/// words.
pub(super) fn recorded_count(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    noun_end: usize,
    counted: &str,
) -> Option<String> {
    let (words, _) = counted_words(counted)?;
    let after = |d: usize| toks.get(noun_end + d).map(|t| t.lower.as_ref());
    // "has 12 planes on order": planes to come, not had.
    let qualified = matches!(
        after(0),
        Some("of" | "among" | "before" | "per" | "for" | "from" | "out")
    ) || after(0) == Some("on") && after(1) == Some("order");
    let rate = (0..3).any(|d| per_unit(toks, noun_end + d) || after(d) == Some("each"));
    // "burglaries reported to police", "cases confirmed by the lab": counted by one body only.
    let by_whom =
        after(0).is_some_and(|w| w.ends_with("ed")) && matches!(after(1), Some("to" | "by"));
    if qualified || rate || by_whom {
        return None;
    }
    let before = |k: usize| first.checked_sub(k).map(|at| toks[at].lower.as_ref());
    let existential =
        matches!(before(1), Some("were" | "was" | "are" | "is")) && before(2) == Some("there");
    let verb_at = first.checked_sub(1).filter(|&at| {
        (RECORDING_VERBS.contains(&toks[at].lower.as_ref())
            || KEEPING_VERBS.contains(&toks[at].lower.as_ref()))
            && !toks[at].is_capitalised()
    });
    let passive = {
        let auxiliary = |k: usize| {
            toks.get(k)
                .is_some_and(|t| matches!(t.lower.as_ref(), "were" | "was" | "been"))
        };
        let mut k = noun_end;
        while k < noun_end + 2 && auxiliary(k) {
            k += 1;
        }
        k > noun_end
            && toks.get(k).is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "recorded" | "registered" | "logged" | "counted" | "reported"
                )
            })
    };
    let phrase = match words[..] {
        [noun] => lexicon.counted_set(noun).to_string(),
        _ => words.join("-"),
    };
    if existential || passive {
        return Some(format!("{phrase}.count"));
    }
    let verb_at = verb_at?;
    // One that has, saw, handles or runs the count owns it, and must be named ("the firm has
    // 4,000 employees" may be any firm's); one that recorded it is named as a record's keeper
    // is.
    let owning = !KEEPING_VERBS.contains(&toks[verb_at].lower.as_ref());
    let whose = if owning {
        named_subject(lexicon, toks, verb_at)?
    } else {
        subject(toks, verb_at)?
    };
    Some(format!("{phrase}.count.of-{whose}"))
}

/// The open measure of a bare count, a figure with no noun or unit of its own, whose metric
/// a noun before it names: "a crowd of 61,200", "attendance at the final was 58,900", "measles
/// cases in Westmark totalled 1,210", "Pike's vote tally reached 398,500". The key is the
/// metric's name (`attendance.count`: "crowd" and "attendance" are one metric when the lexicon
/// says so) with its owner's segment (a name in the possessive, a place between the metric and
/// its verb, or a place after the figure) and its period. None for a figure in words without
/// a multiplier ("one", but not "eight million"), a year,
/// a noun that measures rather than counts (temperatures, prices, ages, scores) or a rate.
/// `end` is the token after the figure.
pub(super) fn bare_count(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    end: usize,
) -> Option<String> {
    let figure = &toks[first..end];
    // A figure in words counts only with a multiplier ("eight million"): "one" and "two" are
    // no counts of a metric ("attendance was one of the best").
    let digits = figure
        .iter()
        .find(|t| t.text.starts_with(|c: char| c.is_ascii_digit()));
    let in_words = || {
        figure
            .iter()
            .any(|t| matches!(t.lower.as_ref(), "million" | "billion" | "trillion"))
    };
    if digits.is_none() && !in_words() {
        return None;
    }
    let year = digits.is_some_and(|digits| {
        digits.text.len() == 4
            && digits.text.bytes().all(|b| b.is_ascii_digit())
            && digits.text.starts_with(['1', '2'])
    });
    if year || first == 0 {
        return None;
    }
    let (head, head_at, place) = metric_and_place_before(lexicon, toks, first)?;
    // "Passenger numbers reached 4.1 million": a count of passengers, as "handled 4.5 million
    // passengers" is.
    let numbers_of = (head == "number" && toks[head_at].lower == "numbers")
        .then(|| numbers_of(lexicon, toks, head_at))
        .flatten();
    if numbers_of.is_none() && NOT_COUNTED.contains(&head.as_str())
        || in_relative_clause(toks, head_at)
    {
        return None;
    }
    let (compound, metric, compound_head) = match numbers_of {
        Some((at, noun)) => {
            let compound = modifiers(toks, at);
            (compound.clone(), format!("{compound}{noun}"), at)
        }
        None => {
            let compound = modifiers(toks, head_at);
            let metric = metric_name(lexicon, &compound, &head);
            (compound, metric, head_at)
        }
    };
    // A count is of many: a plural ("cases"), or a metric the lexicon names ("attendance").
    let counted = lexicon.metric_forms.contains_key(&head)
        || head.len() > 3 && toks[head_at].lower.ends_with('s') && !head.ends_with("ss");
    if !counted || lexicon.rate_metrics.contains(&metric) || lexicon.set_metrics.contains(&metric) {
        return None;
    }
    let compound_start = compound_head.saturating_sub(compound.matches('-').count());
    // "Pellin Software has a workforce of 12,900": the named subject of the verb before the
    // metric's article.
    let subject_of_verb = || {
        let article = compound_start.checked_sub(1)?;
        if !matches!(toks[article].lower.as_ref(), "a" | "an" | "its" | "their") {
            return None;
        }
        let verb_at = article.checked_sub(1)?;
        (toks[verb_at].is_word() && !toks[verb_at].is_capitalised())
            .then(|| named_subject(lexicon, toks, verb_at))
            .flatten()
    };
    let owner = one_owner([
        super::changes::possessor_before(toks, compound_start).map(|(_, name)| name),
        place,
        place_after(lexicon, toks, end).ok()?,
    ])
    .ok()?
    .or_else(subject_of_verb);
    // A crowd is the match's it watched: "a crowd of 27,800 watched the second leg".
    let owner = if metric == "attendance" {
        super::quantities::match_watched(toks, first)
            .flatten()
            .or(owner)
    } else {
        owner
    };
    let mut key = owned_metric_key(&metric, "count", owner);
    push_expected_and_period(&mut key, lexicon, toks, head_at, first, end);
    Some(key)
}

/// The open measure of a count given as the level of a whole that holds it, the subject of a
/// verb of level or change: "traffic at Wendlow airport climbed to 10.3 million passengers"
/// counts the airport's passengers (`passengers.count.of-wendlow-airport`, as "Wendlow airport
/// handled 10.3 million passengers" does), "Norland's dairy herd shrank to 1.4 million cows"
/// Norland's dairy cows. The whole is a noun the lexicon lists as one (`count-holders`) or the
/// counted noun itself ("visitors to Tansley topped 3 million visitors" is rare, "the number
/// of visitors" is not); its modifiers qualify the count ("dairy"). The owner is a name in the
/// possessive before the whole or a place between it and its verb. None for a tally, a noun
/// qualified after the figure ("passengers a day") or a whole in an aside. `noun_end` is the
/// token after the counted words.
pub(super) fn level_count(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    noun_end: usize,
    counted: &str,
) -> Option<String> {
    let (words, noun) = counted_words(counted)?;
    if (0..3).any(|d| per_unit(toks, noun_end + d)) || one_day_after(toks, noun_end) {
        return None;
    }
    let (head, head_at, place) = metric_and_place_before(lexicon, toks, first)?;
    if in_relative_clause(toks, head_at) {
        return None;
    }
    let synonym = |w: &str| lexicon.counted_set(w).to_string();
    let holder = lexicon.count_holders.contains(&head);
    let itself = singular(&synonym(noun)) == singular(&synonym(&toks[head_at].lower));
    if !(holder || itself) {
        return None;
    }
    // The whole's modifiers qualify the count: "the dairy herd" holds dairy cows. A modifier
    // that is the counted noun itself says nothing more ("passenger traffic … passengers").
    let compound = modifiers(toks, head_at);
    let compound = if compound
        .trim_end_matches('-')
        .rsplit('-')
        .next()
        .is_some_and(|last| singular(&synonym(last)) == singular(&synonym(noun)))
    {
        String::new()
    } else {
        compound
    };
    let phrase = match words[..] {
        [one] => format!("{compound}{}", synonym(one)),
        _ => words.join("-"),
    };
    let compound_start = head_at.saturating_sub(modifiers(toks, head_at).matches('-').count());
    let owner = one_owner([
        super::changes::possessor_before(toks, compound_start).map(|(_, name)| name),
        place,
        names_before_metric(lexicon, toks, head_at, &head),
    ])
    .ok()?;
    let mut key = owned_metric_key(&phrase, "count", owner);
    push_expected_and_period(&mut key, lexicon, toks, head_at, first, noun_end);
    Some(key)
}

/// Whether the words at `at` give the figure before them for one day or week: "in a single
/// day", "in one week", "on Monday". Such a count is a record or a moment, no level of the whole.
fn one_day_after(toks: &[Token<'_>], at: usize) -> bool {
    let word = |d: usize| toks.get(at + d).map(|t| t.lower.as_ref());
    let unit = |w: Option<&str>| matches!(w, Some("day" | "week" | "month" | "hour" | "weekend"));
    match word(0) {
        Some("in") => {
            matches!(word(1), Some("a" | "one" | "just"))
                && (unit(word(2)) || word(2) == Some("single") && unit(word(3)))
        }
        Some("on") => matches!(
            word(1),
            Some(
                "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
            )
        ),
        _ => false,
    }
}

/// The counted noun before "numbers" and where it stands, in the plural and as its set of
/// synonyms names it: "passenger numbers" → "passengers", "visitor numbers" → "visitors".
/// None when the word before is no noun of letters in lower case.
fn numbers_of(lexicon: &Lexicon, toks: &[Token<'_>], numbers_at: usize) -> Option<(usize, String)> {
    let at = numbers_at.checked_sub(1)?;
    let t = &toks[at];
    let word = t.lower.as_ref();
    let noun = (!t.is_capitalised() || at == 0)
        && word.len() > 2
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !super::quantities::FUNCTION_WORDS.contains(&word)
        && !matches!(
            word,
            "record"
                | "high"
                | "low"
                | "total"
                | "large"
                | "small"
                | "big"
                | "huge"
                | "these"
                | "those"
                | "such"
                | "official"
                | "overall"
                | "final"
                | "similar"
                | "growing"
                | "rising"
                | "falling"
                | "declining"
                | "raw"
                | "latest"
                | "new"
                | "early"
        );
    if !noun {
        return None;
    }
    let plural = if word.ends_with('s') {
        word.to_string()
    } else {
        format!("{word}s")
    };
    let plural = lexicon.counted_set(&plural).to_string();
    Some((at, plural))
}

/// "Pellin Software employs about 14,200 people", "Venn Corp, which employs 23,000 people": a
/// count after a verb the lexicon names a metric by (`[[metric]] verbs`), held by the verb's
/// named subject (the name before ", which" in an aside): `headcount.count.of-pellin-software`,
/// as "a workforce of 12,900" is `headcount.count`. Where `staff` (the noun is "staff",
/// "workers" or "employees"), a firm that has them: "Orlan Bank has 9,800 staff".
pub(super) fn counted_by_metric_verb(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    staff: bool,
) -> Option<String> {
    let verb_at = first.checked_sub(1)?;
    // "Orlan Bank has 9,800 staff": a firm's staff it has are its headcount.
    // Not a part's ("has 9,800 workers at its Lesk plant") nor a year's ("in 2015").
    let part = toks
        .get(first + 2)
        .is_some_and(|t| matches!(t.lower.as_ref(), "at" | "in"));
    let had = staff && !part && matches!(toks[verb_at].lower.as_ref(), "has" | "had" | "have");
    let metric = match lexicon.metric_verbs.get(toks[verb_at].lower.as_ref()) {
        Some(metric) => metric.as_str(),
        None if had => "headcount",
        None => return None,
    };
    let aside = verb_at >= 2
        && matches!(toks[verb_at - 1].lower.as_ref(), "which" | "that")
        && toks[verb_at - 2].text == ",";
    let whose = if aside {
        subject(toks, verb_at - 2)
    } else {
        named_subject(lexicon, toks, verb_at)
    }?;
    Some(format!("{metric}.count.of-{whose}"))
}

/// People who watch: "fans", "spectators". A crowd of "people" is read only after words that
/// say they watched ("in front of 40,000 people").
const WATCHERS: &[&str] = &[
    "fans",
    "spectators",
    "supporters",
    "onlookers",
    "concertgoers",
    "racegoers",
    "festivalgoers",
    "visitors",
    "people",
];

/// Verbs after a crowd that say it watched: "42,000 fans packed Halloway Park".
const WATCHING_VERBS: &[&str] = &[
    "watched",
    "packed",
    "attended",
    "filled",
    "crammed",
    "saw",
    "cheered",
    "turned",
    "flocked",
    "thronged",
    "witnessed",
];

/// "Some 42,000 supporters packed Halloway Park", "in front of 31,500 fans", "drew about 39,000
/// spectators", "watched by 60,000 people": the crowd at the occasion, `attendance.count`, as
/// "a crowd of 31,500" is; keyed with no owner, it meets the one a crowd of the same event is
/// given. Not fans who did something else ("2,000 fans were arrested") nor visitors over a
/// time ("welcomed 1.4 million visitors last year").
pub(super) fn attendance(
    toks: &[Token<'_>],
    first: usize,
    end: usize,
    head: &str,
) -> Option<String> {
    if !WATCHERS.contains(&head) {
        return None;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let before = |d: usize| first.checked_sub(d).map_or("", word);
    let watched_from = (before(3) == "in" && before(2) == "front" && before(1) == "of")
        || matches!(before(1), "drew" | "attracted")
        || (matches!(before(2), "watched" | "attended") && before(1) == "by");
    // ("5,000 people saw their homes flooded": people who saw are no crowd.)
    let watched = head != "visitors"
        && WATCHING_VERBS.contains(&word(end))
        && !(head == "people" && matches!(word(end), "saw" | "cheered" | "witnessed"))
        && (word(end) != "turned" || matches!(word(end + 1), "out" | "up"));
    if !(watched_from && head != "visitors" || watched) {
        return None;
    }
    // Not an audience elsewhere: "watched on television", "on big screens in the fan zone".
    let elsewhere = (end..(end + 6).min(toks.len())).any(|k| {
        matches!(
            toks[k].lower.as_ref(),
            "television" | "tv" | "screens" | "screen" | "online" | "streaming" | "zone"
        )
    });
    // A crowd at a gathering that is no match: "attended the victory parade", "the vigil drew".
    let (from, to) = (first.saturating_sub(8), (end + 8).min(toks.len()));
    let gathering = toks[from..to].iter().any(|t| {
        matches!(
            crate::lexicon::strip_possessive(&t.lower),
            "parade"
                | "parades"
                | "rally"
                | "rallies"
                | "vigil"
                | "funeral"
                | "protest"
                | "protests"
                | "march"
                | "ceremony"
                | "celebration"
                | "celebrations"
                | "memorial"
                | "service"
                | "festival"
                | "concert"
                | "concerts"
                | "gig"
                | "streets"
                | "square"
                | "training"
                | "homecoming"
        )
    });
    let game = super::quantities::match_watched(toks, first);
    // People, or a crowd that turned out, are a match's crowd only where the clause names the
    // match: a vigil, a rally or an open day draws people too.
    let any_crowd = head == "people" || word(end) == "turned";
    // A part of the crowd: "3,000 Calder fans", "the away fans", "travelling supporters".
    let team = (first.max(1)..end).any(|k| toks[k].is_word() && toks[k].is_capitalised());
    let part = team
        || toks[first..(end + 6).min(toks.len())].iter().any(|t| {
            matches!(
                t.lower.as_ref(),
                "away" | "visiting" | "travelling" | "traveling" | "rival"
            )
        });
    if elsewhere || gathering || part || any_crowd && game.is_none() {
        return None;
    }
    Some(match game.flatten() {
        Some(game) => format!("attendance.count.of-{game}"),
        None => "attendance.count".to_string(),
    })
}

/// "Ridgemoor is home to 79,500 people", "the district, home to some 12,000 residents": the
/// population of the place named before "is home to" or before the comma of the aside
/// (`population.count.of-ridgemoor`, as "the population of Ridgemoor" is).
pub(super) fn home_to(lexicon: &Lexicon, toks: &[Token<'_>], first: usize) -> Option<String> {
    let to = first.checked_sub(1).filter(|&k| toks[k].lower == "to")?;
    let home = to.checked_sub(1).filter(|&k| toks[k].lower == "home")?;
    let before = home.checked_sub(1)?;
    if !matches!(
        toks[before].lower.as_ref(),
        "is" | "was" | "are" | "remains" | ","
    ) {
        return None;
    }
    // The name that ends right before the verb or the comma: "Kessing forces captured
    // Ridgemoor, home to 79,500 people" is Ridgemoor's.
    // It opens its clause: not "the camp outside Lesk is home to".
    let start = super::owners::name_start(toks, before, 4, 0);
    let opens_clause = start == 0 || matches!(toks[start - 1].text, "," | ";" | ":");
    if start == before || !opens_clause {
        return None;
    }
    let words = &toks[start..before];
    let english = words.len() == 1 && crate::parse::is_english_word_or_plural(&words[0].lower);
    let known = lexicon.place_forms.longest_at(toks, start).is_some()
        || lexicon.jurisdiction_forms.longest_at(toks, start).is_some();
    if english && !known {
        return None;
    }
    let whose = super::owners::place_words(words)
        .trim_end_matches('-')
        .to_string();
    let mut key = format!("population.count.of-{whose}");
    push_expected_and_period(&mut key, lexicon, toks, home, first, first + 1);
    Some(key)
}

/// Nouns whose bare figures measure rather than count: "temperatures reached 40", "prices
/// were 12", "scores of 3".
const NOT_COUNTED: &[&str] = &[
    "temperature",
    "price",
    "rate",
    "age",
    "score",
    "share",
    "index",
    "odds",
    "point",
    "number",
    "ratio",
    "reading",
    "level",
    "height",
    "depth",
    "speed",
    "magnitude",
    "grade",
    "rank",
    "ranking",
    "rating",
    "year",
];

/// Verbs of keeping a record of a count: its keeper is named as is ("police recorded").
const KEEPING_VERBS: &[&str] = &[
    "recorded",
    "records",
    "registered",
    "registers",
    "logged",
    "logs",
    "counted",
    "counts",
    "reported",
    "reports",
];

/// Verbs that give a count as a level, recorded or had, with no act of their own: those of
/// keeping a record (`KEEPING_VERBS`) and these.
const RECORDING_VERBS: &[&str] = &[
    "saw",
    "sees",
    "had",
    "has",
    // What a place or a business has over a period, or holds: "Brellin Airport handled 4.5
    // million passengers", "Harlow Motors operates 412 stores".
    "handled",
    "handles",
    "served",
    "serves",
    "welcomed",
    "welcomes",
    "attracted",
    "attracts",
    "operates",
    "operated",
    "runs",
    "ran",
    "owns",
    "owned",
];

/// The verb right before a figure and where it starts, as its stem: an inflected verb
/// ("delivered", "sells"), a base form after a modal or "to" ("will close", "plans to open"),
/// either with its particle ("laid off", "will shut down" → "lay-off", "shut-down").
fn verb_before(toks: &[Token<'_>], first: usize) -> Option<(usize, String)> {
    let mut at = first.checked_sub(1)?;
    let particle = PARTICLES
        .contains(&toks[at].lower.as_ref())
        .then(|| toks[at].lower.to_string());
    if particle.is_some() {
        at = at.checked_sub(1)?;
    }
    let t = &toks[at];
    // "the remaining 38 victims": a participle after a determiner is an adjective.
    let determiner = at > 0
        && matches!(
            toks[at - 1].lower.as_ref(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "these" | "those"
        );
    if determiner && (t.lower.ends_with("ing") || t.lower.ends_with("ed")) {
        return None;
    }
    let after_modal = at > 0 && MODALS.contains(&toks[at - 1].lower.as_ref());
    let stem = verb_stem(t).or_else(|| after_modal.then(|| base_stem(t)).flatten())?;
    let stem = same_verb(&stem).map_or(stem, str::to_string);
    Some(match particle {
        Some(particle) => (at, format!("{stem}-{particle}")),
        None => (at, stem),
    })
}

/// The one stem of verbs news uses alike before a count, by the stems `verb_stem` makes:
/// "identified 73 exoplanets" and "found 64" are one finding.
fn same_verb(stem: &str) -> Option<&'static str> {
    match stem {
        "identify" | "discover" | "detect" | "spot" | "uncover" => Some("find"),
        "construct" => Some("build"),
        "purchas" | "acquir" => Some("buy"),
        _ => None,
    }
}

/// Words after which a verb stands in its base form: "will close 40 stores", "plans to open".
const MODALS: &[&str] = &[
    "will", "would", "to", "could", "can", "may", "might", "shall", "should", "must", "'ll", "’ll",
];

/// Particles of phrasal verbs before their object: "laid off 340", "shut down 12 plants".
const PARTICLES: &[&str] = &["off", "down", "out", "up", "back", "away"];

/// Nouns of tallies that one event counts many times over, once per ballot, round or game
/// ("received 185 votes" in a party's runoff and 237 in parliament, "scored 3 goals", "four
/// times"): never an open count.
const TALLIES: &[&str] = &[
    "votes", "ballots", "points", "goals", "runs", "wickets", "times", "matches", "games",
    "rounds", "laps", "shots", "innings", "sets",
];

/// Whether a token may be a verb before its object: a lower-case word of letters that is no
/// auxiliary, preposition, word of saying or level.
fn verb_like(t: &Token<'_>) -> bool {
    let word = t.lower.as_ref();
    !(t.is_capitalised()
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
                | "have"
                | "become"
                | "remain"
        ))
}

/// The stem of an irregular verb, the same for each of its forms.
fn irregular_stem(word: &str) -> Option<&'static str> {
    match word {
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
        "found" | "finds" | "find" | "finding" => Some("find"),
        _ => None,
    }
}

/// The stem of a verb in its base form after a modal ("will close" → "clos", as "closed"):
/// `None` for a word that is no verb.
fn base_stem(t: &Token<'_>) -> Option<String> {
    // Irregular forms are `verb_stem`'s, asked first.
    if !verb_like(t) {
        return None;
    }
    let mut stem = t.lower.to_string();
    if stem.len() > 3 && stem.ends_with('e') {
        stem.pop();
    }
    Some(stem)
}

/// The stem of a verb in the past, the present or the gerund, the same for each form ("won",
/// "wins", "winning" → "win"; "delivered", "delivers" → "deliver"; "hired", "hires" → "hir"):
/// `None` for words that are no such verb (auxiliaries, prepositions, words of saying).
fn verb_stem(t: &Token<'_>) -> Option<String> {
    let word = t.lower.as_ref();
    if !verb_like(t) {
        return None;
    }
    if let Some(stem) = irregular_stem(word) {
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
/// period ("share-of-vote.percentage.of-civic-union"). Without a subject ("turnout was 61%", "54%
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
    if let Some(key) = stake_held(lexicon, toks, first, unit_end) {
        return Some(key);
    }
    let whole = whole_after_of(lexicon, toks, unit_end + 1)?;
    let whose = subject(toks, first)?;
    Some(share_key(&whose, &whole, toks, first, unit_end))
}

/// "Marrow Group now holds 21% of Pellin Software": a percentage of a named firm that a named
/// subject holds or owns is its stake in the firm, keyed as "raised its stake in Pellin
/// Software to 18%" is (`stake.percentage.of-marrow-group.in-pellin-software`).
fn stake_held(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    unit_end: usize,
) -> Option<String> {
    let verb = toks[..first].iter().rev().find(|t| {
        !matches!(
            t.lower.as_ref(),
            "now" | "still" | "already" | "about" | "some"
        )
    })?;
    if !matches!(
        verb.lower.as_ref(),
        "holds" | "held" | "owns" | "owned" | "controls" | "controlled" | "retains" | "retained"
    ) {
        return None;
    }
    let firm = unit_end + 1;
    let firm_end = (firm..toks.len().min(firm + 5))
        .take_while(|&k| toks[k].is_word() && toks[k].is_capitalised())
        .last()?
        + 1;
    let stake = lexicon.metric_forms.get("stake")?;
    let whose = named_subject(lexicon, toks, first)?;
    let firm_words: Vec<&str> = toks[firm..firm_end]
        .iter()
        .map(|t| crate::lexicon::strip_possessive(t.lower.as_ref()))
        .collect();
    Some(format!(
        "{stake}.percentage.of-{whose}.in-{}",
        firm_words.join("-")
    ))
}

/// The whole a share is of, from token `at` after "of", past "the", "all", "its", "their":
/// the lexicon's metric its word names, else the word ("vote").
fn whole_after_of(lexicon: &Lexicon, toks: &[Token<'_>], mut at: usize) -> Option<String> {
    while toks
        .get(at)
        .is_some_and(|t| matches!(t.lower.as_ref(), "the" | "all" | "its" | "their"))
    {
        at += 1;
    }
    Some(metric_name(lexicon, "", &metric_word(toks, at)?))
}

/// The key of a holder's share of a whole, in the period the figure's clause names:
/// `share-of-vote.percentage.of-civic-union`.
fn share_key(
    whose: &str,
    whole: &str,
    toks: &[Token<'_>],
    first: usize,
    unit_end: usize,
) -> String {
    let mut key = format!("share-of-{whole}.percentage.of-{whose}");
    if let Some(period) = period(toks, first, unit_end) {
        key.push('.');
        key.push_str(&period);
    }
    key
}

/// "The Civic Union's share of the vote slumped to 31%", "its vote share was 31%": the level
/// of a named holder's share of a whole, keyed as `share_of` keys "won 31% of the vote". Only a
/// level ("to", "at", "was", "of" before the figure), not a change ("fell 5 points").
fn share_level(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    unit_end: usize,
) -> Option<String> {
    let before = first.checked_sub(1)?;
    if !(toks[before].lower == "of" || states_a_level(toks, before)) {
        return None;
    }
    // "share", within the clause and with no other figure or comma between it and the figure.
    let share = (first.saturating_sub(10)..before).rev().find(|&k| {
        toks[k].lower == "share"
            && toks[k + 1..first]
                .iter()
                .all(|t| t.is_word() && !t.text.starts_with(|c: char| c.is_ascii_digit()))
    })?;
    // "share of the vote" or "vote share".
    let (whole, holder_end) = if toks.get(share + 1).is_some_and(|t| t.lower == "of") {
        (whole_after_of(lexicon, toks, share + 2)?, share)
    } else {
        let at = share.checked_sub(1)?;
        (metric_name(lexicon, "", &metric_word(toks, at)?), at)
    };
    let (_, whose) = super::changes::possessor_before(toks, holder_end)?;
    let whose = whose.strip_prefix("the-").unwrap_or(&whose);
    Some(share_key(whose, &whole, toks, first, unit_end))
}

/// Whether the word at `at`, right before a figure, makes it a level and not a change: "rose
/// to", "stood at", "was", "reached".
fn states_a_level(toks: &[Token<'_>], at: usize) -> bool {
    matches!(
        toks[at].lower.as_ref(),
        "to" | "at" | "was" | "is" | "reached" | "hit" | "stood"
    )
}

/// "Harlow Motors' operating margin narrowed to 6.1%", "Ana Brel's approval rating fell to
/// 34%", "Essel's vaccination rate reached 92%": the level of a rate the lexicon does not list,
/// held by the name in the possessive before it, keyed by the holder and the rate's words in
/// its period (`operating-margin.percentage.of-harlow-motors`). Only a level ("to", "at", "was"
/// before the figure); without a holder a rate may be anyone's ("support was 40%").
fn owned_rate(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    unit_end: usize,
) -> Option<String> {
    let before = first.checked_sub(1)?;
    if !states_a_level(toks, before) {
        return subject_rate(lexicon, toks, first, unit_end);
    }
    let (head, head_at, place) = metric_and_place_before(lexicon, toks, first)?;
    let compound = modifiers(toks, head_at);
    // A set level's "in Tarlo Foods" is what it is in, no place.
    let set = lexicon
        .set_metrics
        .contains(&metric_name(lexicon, &compound, &head));
    if (head_at + 1..before).any(|k| toks[k].text == ",") {
        return None;
    }
    let compound_start = head_at.saturating_sub(compound.matches('-').count());
    // "Operating margin at Essel Foods widened to 14.2%": the body or place between the
    // metric and its verb holds it, as the possessive does.
    if let Some(place) = place.as_ref().filter(|_| !set) {
        let metric = metric_name(lexicon, &compound, &head);
        if lexicon.rate_metrics.contains(&metric)
            || lexicon.set_metrics.contains(&metric)
            || super::changes::possessor_before(toks, compound_start).is_some()
        {
            return None;
        }
        let mut key = format!("{metric}.percentage.of-{place}");
        let month = month_near(lexicon, toks, head_at, unit_end);
        if let Some(period) = month.or_else(|| period(toks, first, unit_end)) {
            key.push('.');
            key.push_str(&period);
        }
        return Some(key);
    }
    let (mut start, _) = super::changes::possessor_before(toks, compound_start)?;
    // Past the period words `possessor_before` stepped over.
    let compound_start = (start..compound_start)
        .find(|&k| crate::lexicon::is_possessive(&toks[k].lower) || toks[k].text == "'")
        .map_or(compound_start, |k| k + 1);
    // "Prime Minister Ilse Varga's approval rating" is hers, however her title is written.
    if toks[start].lower == "the" {
        start += 1;
    }
    if let Some(found) = lexicon.office_forms.longest_at(toks, start) {
        start += found.len;
    }
    let owner: Vec<&str> = toks[start..compound_start]
        .iter()
        .filter(|t| t.is_word())
        .map(|t| crate::lexicon::strip_possessive(t.lower.as_ref()))
        .collect();
    if owner.is_empty() {
        return None;
    }
    // The lexicon's rates and set levels are keyed as such ("Westmark's jobless rate"); a
    // set level held in the possessive is the holder's, in what it is in or on ("Venn Corp's
    // stake in Tarlo Foods rose to 15%").
    let metric = metric_name(lexicon, &compound, &head);
    if lexicon.set_metrics.contains(&metric) {
        let on = what_it_is_on(lexicon, toks, head_at + 1)?;
        return Some(format!("{metric}.percentage.of-{}.{on}", owner.join("-")));
    }
    if lexicon.rate_metrics.contains(&metric)
        || lexicon
            .rate_metrics
            .contains(&metric_name(lexicon, "", &head))
    {
        return None;
    }
    let mut key = format!("{metric}.percentage.of-{}", owner.join("-"));
    let month = month_near(lexicon, toks, head_at, unit_end);
    if let Some(period) = month.or_else(|| period(toks, first, unit_end)) {
        key.push('.');
        key.push_str(&period);
    }
    Some(key)
}

/// "Harlow Motors earned an operating margin of 5.4%", "Venn Corp posted a gross margin of
/// 41%": a rate the lexicon does not list after "of", the object of a verb whose subject is a
/// name, is that name's (`operating-margin.percentage.of-harlow-motors`), as "Harlow Motors'
/// operating margin was 5.4%" is.
fn subject_rate(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    unit_end: usize,
) -> Option<String> {
    if first < 4 || toks[first - 1].lower != "of" {
        return None;
    }
    let head_at = first - 2;
    let head = metric_word(toks, head_at)?;
    let compound = modifiers(toks, head_at);
    let article = head_at.checked_sub(compound.matches('-').count() + 1)?;
    if !matches!(toks[article].lower.as_ref(), "a" | "an" | "its" | "their") {
        return None;
    }
    let verb_at = article.checked_sub(1)?;
    verb_stem(&toks[verb_at])?;
    let metric = metric_name(lexicon, &compound, &head);
    if lexicon.rate_metrics.contains(&metric)
        || lexicon.set_metrics.contains(&metric)
        || lexicon.metric_forms.contains_key(&head)
        || in_relative_clause(toks, verb_at)
    {
        return None;
    }
    let whose = named_subject(lexicon, toks, verb_at)?;
    let mut key = format!("{metric}.percentage.of-{whose}");
    let month = month_near(lexicon, toks, head_at, unit_end);
    if let Some(period) = month.or_else(|| period(toks, first, unit_end)) {
        key.push('.');
        key.push_str(&period);
    }
    Some(key)
}

/// "58% of registered voters cast ballots in Essel's referendum": a percentage of a whole that
/// did what makes a rate the lexicon lists (`share-of`, `share-verbs`), keyed as the rate is,
/// with the place after it as its owner.
fn rate_share(lexicon: &Lexicon, toks: &[Token<'_>], unit_end: usize) -> Option<String> {
    if toks.get(unit_end)?.lower != "of" {
        return None;
    }
    let mut at = unit_end + 1;
    while toks
        .get(at)
        .is_some_and(|t| matches!(t.lower.as_ref(), "the" | "all"))
    {
        at += 1;
    }
    // "of Norland's 4.2 million registered voters": the place in the possessive, and the
    // whole's own count, before the whole.
    // Not a day's ("Sunday's voters").
    let possessor = toks.get(at).filter(|t| {
        t.is_capitalised()
            && t.is_word()
            && crate::lexicon::is_possessive(&t.lower)
            && !super::owners::OCCASION_TIMES.contains(&crate::lexicon::strip_possessive(&t.lower))
    });
    let owner = possessor.map(|t| crate::lexicon::strip_possessive(&t.lower).to_string());
    if owner.is_some() {
        at += 1;
    }
    if toks
        .get(at)
        .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))
    {
        at += 1;
        if toks
            .get(at)
            .is_some_and(|t| matches!(t.lower.as_ref(), "million" | "thousand" | "billion"))
        {
            at += 1;
        }
    }
    let (metric, mut k, place_between) = match lexicon.rate_shares.longest_at(toks, at) {
        Some(found) => (found.value.clone(), at + found.len, owner),
        None if owner.is_none() => share_past_place(lexicon, toks, at)?,
        None => return None,
    };
    // "cast ballots in Essel's referendum on Sunday", not "voted for the Civic Party", "voted
    // early", "participated in the survey": what they did is the whole vote, and only where
    // or when.
    while toks.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "a" | "their" | "ballots" | "ballot" | "votes" | "vote"
        )
    }) {
        k += 1;
    }
    let whole_vote = match toks.get(k) {
        None => true,
        Some(t) if !t.is_word() => true,
        Some(t) if matches!(t.lower.as_ref(), "in" | "at" | "on" | "during") => {
            let mut j = k + 1;
            if toks
                .get(j)
                .is_some_and(|t| t.lower == "the" || crate::lexicon::is_possessive(&t.lower))
            {
                j += 1;
            }
            // "in the mayoral election": one word before the occasion's noun, not one of
            // another time ("in the last election").
            let other_time = toks.get(j).is_some_and(|t| {
                matches!(
                    t.lower.as_ref(),
                    "last" | "previous" | "past" | "next" | "prior"
                )
            });
            toks.get(k + 1).is_some_and(|t| t.is_capitalised())
                || lexicon.topic_forms.longest_at(toks, j).is_some()
                || (!other_time && lexicon.topic_forms.longest_at(toks, j + 1).is_some())
        }
        Some(_) => false,
    };
    if !whole_vote {
        return None;
    }
    let mut key = format!("{metric}.percentage");
    let place = match place_between {
        Some(place) => Some(place),
        None => place_after(lexicon, toks, k).ok()?,
    };
    if let Some(place) = place {
        key.push_str(".of-");
        key.push_str(&place);
    }
    Some(key)
}

/// "52% of registered voters in Quenby cast a ballot": the rate's whole and what it did with a
/// place named between them; the metric, where the words of the rate end, and the place.
fn share_past_place(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    at: usize,
) -> Option<(String, usize, Option<String>)> {
    let in_at = (at + 1..toks.len().min(at + 4)).find(|&j| {
        toks[j].lower == "in"
            && toks
                .get(j + 1)
                .is_some_and(|t| t.is_capitalised() && t.is_word())
    })?;
    let name_end = (in_at + 1..toks.len().min(in_at + 5))
        .take_while(|&j| toks[j].is_capitalised() && toks[j].is_word())
        .last()?
        + 1;
    let mut joined: Vec<Token<'_>> = toks[at..in_at].to_vec();
    joined.extend_from_slice(&toks[name_end..toks.len().min(name_end + 4)]);
    let found = lexicon.rate_shares.longest_at(&joined, 0)?;
    let whole = in_at - at;
    if found.len <= whole {
        return None;
    }
    let place = super::owners::place_words(&toks[in_at + 1..name_end]);
    Some((
        found.value.clone(),
        name_end + found.len - whole,
        Some(place.trim_end_matches('-').to_string()),
    ))
}

/// "Turnout was 61.3%", "the jobless rate climbed to 4.7%", "a turnout of 61.3 percent": a
/// percentage that is the level of a rate the lexicon lists as a metric (turnout, inflation,
/// unemployment), the report's own whoever holds it, in its period. Rates the lexicon does not
/// list have no key: "support was 40%" may be any candidate's.
fn rate_of(lexicon: &Lexicon, toks: &[Token<'_>], first: usize, unit_end: usize) -> Option<String> {
    let (head, head_at, place) = metric_and_place_before(lexicon, toks, first)?;
    // The lexicon's rate, with no words of a compound it does not list ("youth unemployment").
    let compound = modifiers(toks, head_at);
    let metric = metric_name(lexicon, &compound, &head);
    if !lexicon.rate_metrics.contains(&metric) {
        return None;
    }
    // "Essel's inflation", "turnout in Port Essel": the place's rate, a segment of its own.
    let compound_start = head_at.saturating_sub(compound.matches('-').count());
    let owner = super::changes::possessor_before(toks, compound_start);
    let named_from = owner.as_ref().map_or(compound_start, |(start, _)| *start);
    if !rate_of_the_whole(lexicon, toks, named_from, first, unit_end) {
        return None;
    }
    let owner = one_owner([
        owner.map(|(_, name)| name),
        place,
        place_after(lexicon, toks, unit_end).ok()?,
    ])
    .ok()?;
    let mut key = format!("{metric}.percentage");
    if let Some(place) = owner {
        key.push_str(".of-");
        key.push_str(&place);
    }
    key.push_str(expected(lexicon, toks, head_at.min(first), unit_end));
    // A rate is given for a month ("3.4% in October") of a year ("in October 2024"); "annual"
    // is the rate's own kind.
    let month = month_near(lexicon, toks, head_at.min(first), unit_end);
    let period = period(toks, first, unit_end).filter(|p| p != "year");
    if let Some(period) = month.or(period) {
        key.push('.');
        key.push_str(&period);
    }
    let (start, end) = clause(toks, head_at.min(first));
    if let Some(year) = toks[start..end].iter().find(|t| {
        t.text.len() == 4
            && t.text.starts_with(['1', '2'])
            && t.text.bytes().all(|b| b.is_ascii_digit())
    }) {
        key.push('.');
        key.push_str(year.text);
    }
    Some(key)
}

/// "The Bank of Essel raised its key rate to 4.25%", "the central bank held interest rates
/// at 5.25%": a rate the lexicon lists, the object of a verb that sets it, and the level it is
/// set to or held at; keyed as the rate's level, owned by the subject when it is named
/// (`policy-rate.percentage.of-bank-of-essel`), in the month the clause names. Not a rate
/// moved by an amount ("cut rates by 0.25 points" is a change).
fn rate_set_by(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    unit_end: usize,
) -> Option<String> {
    let word = |k: usize| toks[k].lower.as_ref();
    let to = first.checked_sub(1)?;
    if !matches!(word(to), "to" | "at") {
        return None;
    }
    // Between the metric and "to", the amount it moved by and the level it left: "cut rates
    // by a quarter point to 4.25%", "raised tariffs from 10% to 25%".
    let end = before_by_and_from(toks, to);
    // The metric's words end there, or before what a set metric is on or in ("its stake in
    // Tarlo Foods", "tariffs on steel imports from Essel").
    let objects = (end.saturating_sub(7)..end).filter_map(|at| {
        let on = what_it_is_on(lexicon, &toks[..end], at)?;
        (on.matches('-').count() == end - at - 1).then_some((at, Some(on)))
    });
    let (metric, rate_start, on) =
        std::iter::once((end, None))
            .chain(objects)
            .find_map(|(metric_end, on)| {
                (1..=3).rev().find_map(|len| {
                    let start = metric_end.checked_sub(len)?;
                    let words: Vec<&str> = (start..metric_end).map(word).collect();
                    let metric = lexicon.metric_forms.get(&words.join(" "))?;
                    // A rate is on nothing: "cut its key rate on inflation worries".
                    let rate = lexicon.rate_metrics.contains(metric);
                    let set = lexicon.set_metrics.contains(metric);
                    (on.is_none() && (set || rate) || on.is_some() && set && !rate)
                        .then(|| (metric.clone(), start, on.clone()))
                })
            })?;
    // "raised its key rate", "held interest rates".
    let mut verb = rate_start.checked_sub(1)?;
    if matches!(word(verb), "its" | "their" | "the") {
        verb = verb.checked_sub(1)?;
    }
    // "Venn Corp, which raised its stake in Tarlo Foods to 15% last year, …": whose, and
    // when, an aside does not say.
    if in_relative_clause(toks, verb) {
        return None;
    }
    // "raised tariffs from 10% to 25% on steel": what it is on, after the figure.
    let on = on.or_else(|| {
        (lexicon.set_metrics.contains(&metric) && !lexicon.rate_metrics.contains(&metric))
            .then(|| what_it_is_on(lexicon, toks, unit_end))
            .flatten()
    });
    if !matches!(
        word(verb),
        "raised"
            | "raises"
            | "lifted"
            | "hiked"
            | "increased"
            | "cut"
            | "cuts"
            | "lowered"
            | "lowers"
            | "reduced"
            | "held"
            | "holds"
            | "kept"
            | "keeps"
            | "left"
            | "leaves"
            | "maintained"
            | "set"
            | "sets"
            | "doubled"
            | "boosted"
            | "slashed"
            | "trimmed"
            | "reduces"
            | "increases"
    ) {
        return None;
    }
    // Whose: the names in the subject before the verb ("The Bank of Essel", "Essel's central
    // bank", "the Harlow central bank"); none for "the central bank" or "it".
    let (clause_start, _) = clause(toks, verb);
    let owner: Vec<&str> = (clause_start..verb)
        .filter(|&k| {
            let t = &toks[k];
            t.is_word()
                && (t.is_capitalised() && !super::names::function_word(&t.lower)
                    || t.lower == "of" && k > clause_start)
        })
        .map(|k| crate::lexicon::strip_possessive(word(k)))
        .collect();
    let mut key = format!("{metric}.percentage");
    if !owner.is_empty() && owner.first() != Some(&"of") {
        key.push_str(".of-");
        key.push_str(&owner.join("-"));
    }
    if let Some(on) = on {
        key.push('.');
        key.push_str(&on);
    }
    key.push_str(expected(lexicon, toks, verb, unit_end));
    if let Some(month) = month_near(lexicon, toks, verb, unit_end) {
        key.push('.');
        key.push_str(&month);
    }
    Some(key)
}

/// Where the words before "to" at `to` end once the amount a metric moved by, the level it
/// left and the word of it not moving are set aside: "by a quarter point", "by 25 basis
/// points", "by half a percentage point", "from 10%", "from 10 percent", "unchanged".
fn before_by_and_from(toks: &[Token<'_>], to: usize) -> usize {
    let word = |k: usize| toks[k].lower.as_ref();
    let amount_word = |k: usize| {
        let t = &toks[k];
        t.text.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                word(k),
                "%" | "percent"
                    | "per"
                    | "cent"
                    | "a"
                    | "an"
                    | "one"
                    | "half"
                    | "quarter"
                    | "three-quarters"
                    | "of"
                    | "point"
                    | "points"
                    | "percentage"
                    | "basis"
                    | "bp"
                    | "bps"
                    | "."
            )
    };
    let mut end = to;
    // "left its stake unchanged at 15%", "held rates steady at 4%".
    if end > 0 && matches!(word(end - 1), "unchanged" | "steady" | "stable" | "flat") {
        end -= 1;
    }
    for joiner in ["from", "by"] {
        if let Some(at) = (end.saturating_sub(6)..end)
            .rev()
            .find(|&k| word(k) == joiner)
            && at + 1 < end
            && (at + 1..end).all(amount_word)
        {
            end = at;
        }
    }
    end
}

/// Whether a rate read at `head_at` for the figure at `first..unit_end` is the whole's: no
/// word of its sentence up to the end of the figure's clause gives it a scope of its own (the
/// lexicon's `[rates] scope`: a group, a variant, a place, another time), and no possessive
/// or capitalised name stands between the sentence's first word and the metric ("Essel's
/// inflation", "In Port Essel, turnout was"); the places and occasions between the metric and
/// its verb ("turnout in Port Essel was") are the key's.
fn rate_of_the_whole(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    named_from: usize,
    first: usize,
    unit_end: usize,
) -> bool {
    let (_, clause_end) = clause(toks, first);
    // A superlative after the figure describes the figure ("5.6% was the lowest in two
    // years", "rose to 5.6%, the highest since 2019"); before it, another level ("the highest
    // rate was 8%").
    let scoped = toks[..clause_end.max(unit_end).min(toks.len())]
        .iter()
        .enumerate()
        .any(|(k, t)| {
            let word = t.lower.as_ref();
            lexicon.rate_scope.contains(word)
                && !(k >= unit_end
                    && matches!(word, "highest" | "lowest" | "record" | "least" | "peak"))
        });
    let named = (0..named_from.min(toks.len())).any(|k| {
        let t = &toks[k];
        (t.is_capitalised() && t.is_word() && k > 0)
            || crate::lexicon::is_possessive(&t.lower)
            || (t.text == "'" && k > 0 && toks[k - 1].lower.ends_with('s'))
    });
    !scoped && !named
}

/// The month named in a figure's clause from `from`, up to the next figure after it ("rose to
/// 3.4% in October from 3.1% in September" is October's), in lower case.
fn month_near(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    from: usize,
    figure_end: usize,
) -> Option<String> {
    let (start, end) = clause(toks, from);
    let next_figure = (figure_end..end)
        .find(|&k| toks[k].text.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(end);
    let month = |k: usize| {
        toks.get(k)
            .filter(|t| t.is_capitalised())
            .and_then(|_| lexicon.months.longest_at(toks, k))
            .map(|found| *found.value)
    };
    let k = (start..next_figure)
        .filter(|&k| month(k).is_some())
        .min_by_key(|&k| k.abs_diff(figure_end))?;
    // "the October-December period": a quarter's three months, named as the quarter is.
    let quarter = |first: usize| {
        let (from, to) = (month(first)?, month(first + 2)?);
        (toks[first + 1].text == "-" && (from - 1) % 3 == 0 && to == from + 2)
            .then(|| format!("q{}", (from - 1) / 3 + 1))
    };
    quarter(k)
        .or_else(|| k.checked_sub(2).and_then(quarter))
        .or_else(|| Some(toks[k].lower.to_string()))
}

/// A word that may be the metric: a lower-case word (or the sentence's first, capitalised for
/// that reason) of letters, not a function word, as its singular.
pub(super) fn metric_word(toks: &[Token<'_>], at: usize) -> Option<String> {
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
pub(super) fn metric_name(lexicon: &Lexicon, modifiers: &str, head: &str) -> String {
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
pub(super) fn modifiers(toks: &[Token<'_>], head_at: usize) -> String {
    let mut words = Vec::new();
    let mut at = head_at;
    while at > 0 && words.len() < 2 {
        at -= 1;
        let t = &toks[at];
        let word = t.lower.as_ref();
        // Past participles are mostly verbs ("Harlow reported revenue of"); a few qualify
        // the metric and stay ("adjusted", "diluted").
        let verb_like = (word.ends_with("ed")
            && !matches!(word, "adjusted" | "diluted" | "combined"))
            || irregular_stem(word).is_some()
            || matches!(
                word,
                "said" | "says" | "has" | "had" | "have" | "saw" | "sees"
            );
        // A capital opening the sentence says nothing of a word of English ("Net income"),
        // but a name stays a name ("Harlow net income" is Harlow's).
        let compound = (!t.is_capitalised() || at == 0 && crate::parse::is_english_word(word))
            && !verb_like
            && word.len() > 1
            && word.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
            && word.starts_with(|c: char| c.is_ascii_alphabetic())
            && !NOT_A_METRIC.contains(&word)
            && !EXPECTED.contains(&word)
            && !LEVEL_VERBS.contains(&word)
            && !matches!(word, "daily" | "total")
            && !super::changes::period_word(t);
        if !compound {
            break;
        }
        words.push(word.to_string());
    }
    words.reverse();
    words.iter().map(|w| format!("{w}-")).collect()
}

/// Where a phrase of a period ending at token `end` starts: "for the third quarter", "in the
/// quarter", "for the full year" (a preposition, at most three words, the period's noun).
fn period_phrase_ending_at(toks: &[Token<'_>], end: usize) -> Option<usize> {
    // Only periods the key can name: a quarter, a full or fiscal year ("for the first nine
    // months" and "for 2024" would be lost, and the figure compared with a quarter's).
    let word = toks[end].lower.as_ref();
    let qualified = end > 0 && matches!(toks[end - 1].lower.as_ref(), "full" | "fiscal");
    if !(word == "quarter" || (word == "year" && qualified)) {
        return None;
    }
    (end.saturating_sub(4)..end)
        .rev()
        .find(|&k| matches!(toks[k].lower.as_ref(), "for" | "in" | "during" | "over"))
}

/// Where a phrase of a dated time ending at token `end` starts: a preposition, then up to five
/// words of a year, a season or a month ("for 2025", "for the 2026-27 season", "over the
/// summer season of 2025", "in March"). Words of time that name no date ("for the first nine
/// months", "for the week") are no such phrase: the key would lose them.
fn dated_phrase_ending_at(toks: &[Token<'_>], end: usize) -> Option<usize> {
    let year = |t: &Token<'_>| {
        t.text.len() == 4
            && t.text.bytes().all(|b| b.is_ascii_digit())
            && t.text.starts_with(['1', '2'])
    };
    let season = |t: &Token<'_>| {
        matches!(
            t.lower.as_ref(),
            "season" | "campaign" | "summer" | "winter" | "spring" | "autumn"
        )
    };
    let mut dated = false;
    let month = |t: &Token<'_>| {
        OCCASION_TIMES.contains(&t.lower.as_ref()) && t.is_capitalised() && t.lower != "may"
    };
    let last = &toks[end];
    // "2026-27": a season's second year after a hyphen.
    let short_year = end >= 2
        && toks[end - 1].text == "-"
        && year(&toks[end - 2])
        && last.text.len() == 2
        && last.text.bytes().all(|b| b.is_ascii_digit());
    if !(year(last) || short_year || season(last) || month(last)) {
        return None;
    }
    dated |= year(last) || short_year || month(last);
    let mut k = end;
    while k > 0 && end - k < 6 {
        k -= 1;
        let t = &toks[k];
        if matches!(
            t.lower.as_ref(),
            "for" | "in" | "during" | "over" | "through" | "throughout"
        ) && k < end
        {
            // A season that names no year ("for last season") is no date.
            return dated.then_some(k);
        }
        dated |= year(t) || month(t);
        let inside = year(t)
            || season(t)
            || month(t)
            || t.text == "-"
            || t.text.bytes().all(|b| b.is_ascii_digit())
            || matches!(t.lower.as_ref(), "the" | "of");
        if !inside {
            return None;
        }
    }
    None
}

/// "revenue of $57 billion", "winds of up to 185 mph", "revenue rose 62% to $57 billion".
pub(super) fn metric_before(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
) -> Option<(String, usize)> {
    metric_before_place(lexicon, toks, first, false).map(|(w, at, _)| (w, at))
}

/// `metric_before`, past places and occasions between the metric and its verb ("consumer
/// prices in Essel rose 3.4%"), with the place named, hyphenated ("port-essel").
pub(super) fn metric_and_place_before(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
) -> Option<(String, usize, Option<String>)> {
    let (head, at, place) = metric_before_place(lexicon, toks, first, true)?;
    let place = place.strip_suffix('-').map(str::to_string);
    Some((head, at, place))
}

/// `metric_before`, and where `over_places`, past a place between the metric and its verb:
/// "temperatures in Harlow topped 41C" is Harlow's temperature (the place comes back as
/// "harlow-"). A hedge that is a verb ("topped 41C") is the verb.
fn metric_before_place(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    over_places: bool,
) -> Option<(String, usize, String)> {
    // "revenue of $57 billion"; a heading's "Revenue: $57 billion"; "profit before tax of".
    if first >= 2 && matches!(toks[first - 1].text, "of" | ":") {
        if first >= 4
            && toks[first - 2].lower == "tax"
            && matches!(toks[first - 3].lower.as_ref(), "before" | "after")
            && let Some(head) = metric_word(toks, first - 4)
        {
            let words = format!("{head} {} tax", toks[first - 3].lower);
            return Some((words, first - 4, String::new()));
        }
        return metric_word(toks, first - 2).map(|w| (w, first - 2, String::new()));
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
    let hedge_verb = toks.get(first).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "topped" | "exceeded" | "surpassed" | "hit" | "reached" | "passed"
        )
    });
    let mut verbs = usize::from(hedge_verb);
    // A verb of extent measures a fire only: "the ship consumed 300 tonnes of fuel" is none.
    let mut extent = false;
    let mut steps = 0;
    let mut place = String::new();
    while at > 0 && steps < 6 {
        at -= 1;
        let t = &toks[at];
        let word = t.lower.as_ref();
        // "rose by €210 million to €5.1 billion": the words of an earlier figure of change
        // take no step.
        if part_of_a_figure(lexicon, toks, at) {
            continue;
        }
        steps += 1;
        if LEVEL_VERBS.contains(&word) || lexicon.change_forms.longest_at(toks, at).is_some() {
            verbs += 1;
            continue;
        }
        if lexicon.readings.extent.contains(word) {
            verbs += 1;
            extent = true;
            continue;
        }
        // "Revenue for the third quarter rose": back over the metric's period; "sales for the
        // 2026-27 season have reached", "the deficit for 2025 came in at": over a time the
        // figure's occasion or date names.
        if verbs > 0
            && let Some(start) =
                period_phrase_ending_at(toks, at).or_else(|| dated_phrase_ending_at(toks, at))
        {
            at = start;
            continue;
        }
        // "the fire has burned", "revenue has risen": an auxiliary after a verb. "fell from
        // 5.8% to 5.4%": the level left, before the level reached (never the figure's own
        // "from", which makes it the level left).
        if matches!(word, "to" | "at" | "by" | "%" | "in" | "out" | "up")
            || word == "from" && at + 1 < first && toks[first - 1].lower == "to"
            || (verbs > 0
                && matches!(
                    word,
                    "has"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                        | "could"
                        | "may"
                        | "might"
                        | "should"
                        | "go"
                        | "goes"
                        | "went"
                        | "gone"
                        | "going"
                ))
            || t.text.starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        // "raised its quarterly dividend to 42 cents a share": the metric is the object of a
        // verb of change, and the figure after "to" the level it was moved to.
        if verbs == 0 {
            // "The census put the population of Ridgemoor at 84,312": the object of a verb of
            // estimate, and the figure after "at" its level, past the place it is of.
            if over_places
                && place.is_empty()
                && first >= 2
                && toks[first - 1].lower == "at"
                && let Some(Between::Skip(start, Some(named))) =
                    place_or_occasion_ending_at(lexicon, toks, at)
            {
                place = named;
                at = start;
                continue;
            }
            let estimated = (first >= 2 && toks[first - 1].lower == "at")
                .then(|| object_of_estimate(toks, at))
                .flatten();
            // Whoever put it at its level owns it when it is of no place: police and
            // organisers put a crowd at two levels.
            if let Some(verb) = estimated
                && place.is_empty()
                && let Some(judge) = subject(toks, verb)
            {
                place = format!("{judge}-");
            }
            let changed =
                first >= 2 && toks[first - 1].lower == "to" && object_of_change(lexicon, toks, at);
            return (changed || estimated.is_some())
                .then(|| metric_word(toks, at).map(|w| (w, at, place)))
                .flatten();
        }
        // "temperatures in Harlow", "turnout in Sunday's referendum in Essel": back over the
        // places and occasions between the metric and its verb; one place at most.
        if over_places {
            match place_or_occasion_ending_at(lexicon, toks, at) {
                Some(Between::Part) => return None,
                Some(Between::Skip(_, Some(_))) if !place.is_empty() => return None,
                Some(Between::Skip(start, named)) => {
                    if let Some(named) = named {
                        place = named;
                    }
                    at = start;
                    continue;
                }
                None => {}
            }
        }
        // "jewels stolen in a weekend heist at the Louvre are worth €88 million": a noun
        // inside a phrase of its own before the place is no subject of the verb.
        if !place.is_empty() && inside_a_phrase(toks, at) {
            return None;
        }
        return metric_word(toks, at)
            .filter(|w| {
                !extent
                    || lexicon
                        .metric_forms
                        .get(w)
                        .is_some_and(|metric| metric == "fire")
            })
            .map(|w| (w, at, place));
    }
    None
}

/// Whether the token at `at` is a word of a figure around a number: its currency sign before
/// it ("€" in "€210"), its multiplier or unit after it ("million", "euros" in "210 million
/// euros").
fn part_of_a_figure(lexicon: &Lexicon, toks: &[Token<'_>], at: usize) -> bool {
    let sign = |c: char| matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₽' | '₩');
    let digits = |k: usize| {
        toks[k]
            .text
            .trim_start_matches(sign)
            .starts_with(|c: char| c.is_ascii_digit())
    };
    let multiplier = |k: usize| {
        matches!(
            toks[k].lower.as_ref(),
            "thousand" | "million" | "billion" | "trillion" | "bn" | "m" | "mn"
        )
    };
    let t = &toks[at];
    if !t.is_word() {
        return !t.text.is_empty()
            && t.text.chars().all(sign)
            && at + 1 < toks.len()
            && digits(at + 1);
    }
    let number_before =
        at >= 1 && (digits(at - 1) || at >= 2 && multiplier(at - 1) && digits(at - 2));
    number_before && (multiplier(at) || lexicon.unit_forms.longest_at(toks, at).is_some())
}

/// Whether the noun at `head_at`, past its modifiers and period words, is the object of a verb
/// of change after "its", "their" or "the": "raised its quarterly dividend", "cut its
/// full-year forecast".
fn object_of_change(lexicon: &Lexicon, toks: &[Token<'_>], head_at: usize) -> bool {
    let mut k = head_at.saturating_sub(modifiers(toks, head_at).matches('-').count());
    while k > 0
        && (matches!(toks[k - 1].lower.as_ref(), "interim" | "final" | "special")
            || super::changes::period_word(&toks[k - 1]))
    {
        k -= 1;
    }
    k >= 2
        && matches!(toks[k - 1].lower.as_ref(), "its" | "their" | "the")
        && lexicon.change_forms.longest_at(toks, k - 2).is_some()
}

/// Where the verb stands whose object is the noun at `head_at`, past its modifiers and
/// article, when it is a verb that gives its level: "put the population", "puts attendance". Not "estimated the damage": an
/// estimate is one judge's, and judges differ.
fn object_of_estimate(toks: &[Token<'_>], head_at: usize) -> Option<usize> {
    let mut k = head_at.saturating_sub(modifiers(toks, head_at).matches('-').count());
    if k > 0 && matches!(toks[k - 1].lower.as_ref(), "the" | "its" | "their") {
        k -= 1;
    } else if let Some((start, _)) = super::changes::possessor_before(toks, k) {
        // "put Ridgemoor's population at": past the owner's name.
        k = start;
        if k > 0 && toks[k - 1].lower == "the" {
            k -= 1;
        }
    }
    let verb = k.checked_sub(1)?;
    matches!(
        toks[verb].lower.as_ref(),
        "put" | "puts" | "pegged" | "pegs" | "placed" | "places"
    )
    .then_some(verb)
}

/// Whether the noun at `head_at`, past its modifiers and article, is the object of a
/// preposition: "in a dramatic weekend heist", "after the storm".
fn inside_a_phrase(toks: &[Token<'_>], head_at: usize) -> bool {
    let preposition = |k: usize| {
        matches!(
            toks[k].lower.as_ref(),
            "in" | "at" | "on" | "from" | "during" | "after" | "before" | "by" | "with" | "for"
        )
    };
    // Back over the noun's lower-case words to a preposition, or to an article and the
    // preposition before it.
    let mut k = head_at.saturating_sub(modifiers(toks, head_at).matches('-').count());
    while k > 0 && head_at - k < 5 {
        k -= 1;
        if preposition(k) {
            return true;
        }
        if matches!(toks[k].lower.as_ref(), "a" | "an" | "the") {
            return k > 0 && preposition(k - 1);
        }
        if !toks[k].is_word() || toks[k].is_capitalised() {
            return false;
        }
    }
    false
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
        // "187,000 tonnes of copper last year": a time after the noun ends it ("in quarterly
        // sales" is a noun's word of period before it).
        if last.is_some()
            && (matches!(
                toks[at].lower.as_ref(),
                "last" | "this" | "next" | "each" | "every" | "per" | "so"
            ) || super::changes::period_word(&toks[at]))
        {
            break;
        }
        match metric_word(toks, at) {
            // "10 inches of rain has fallen": the verb ends the noun.
            Some(word) if !toks[at].is_capitalised() && !participle(toks, at) => {
                last = Some((word, at));
            }
            _ => break,
        }
    }
    last
}

/// "a $412 million budget", "a €15m penalty", "Essel's $412 million budget": an amount between
/// a determiner or a possessive and a noun the lexicon lists as a metric (or a compound it
/// lists: "a $398 million spending plan"), its owner (a possessive name before it, else a
/// named subject of its clause) and where the noun stands. None where one such noun may name
/// many things or the amount is no level of it: the noun continues into a compound ("a $12
/// million budget cut"), a counterpart or a part follows ("a $2.1 billion deal with Tarlo
/// Foods", "a $2 billion rise in revenue"), a rate ("$10,000 a day", "for each school"), or
/// another time's ("last year's $390 million budget").
fn noun_after_amount(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    unit_end: usize,
) -> Option<(String, usize, Option<String>)> {
    let before = toks.get(first.checked_sub(1)?)?;
    let possessive = crate::lexicon::is_possessive(&before.lower);
    let determiner = possessive
        || matches!(
            before.lower.as_ref(),
            "a" | "an" | "the" | "its" | "their" | "his" | "her"
        );
    if !determiner {
        return None;
    }
    let stem = crate::lexicon::strip_possessive(&before.lower);
    if possessive && (OCCASION_TIMES.contains(&stem) || matches!(stem, "today" | "tomorrow")) {
        return None;
    }
    let words = |end: usize| {
        toks[unit_end..end]
            .iter()
            .map(|t| t.lower.as_ref())
            .collect::<Vec<&str>>()
            .join(" ")
    };
    let end = [unit_end + 2, unit_end + 1]
        .into_iter()
        .filter(|&end| end <= toks.len())
        .find(|&end| lexicon.metric_forms.contains_key(&words(end)))?;
    let metric = lexicon.metric_forms[&words(end)].clone();
    let continues = toks.get(end).is_some_and(|t| {
        !t.is_capitalised()
            && metric_word(toks, end).is_some()
            && !participle(toks, end)
            && !t.lower.ends_with("ed")
            && !super::quantities::FUNCTION_WORDS.contains(&t.lower.as_ref())
    });
    let after = |d: usize| toks.get(end + d).map(|t| t.lower.as_ref());
    let next_word = toks.get(end + 1);
    let counterpart = match after(0) {
        Some("with" | "from" | "to") => next_word.is_some_and(|t| {
            t.is_capitalised()
                && lexicon.weekdays.longest_at(toks, end + 1).is_none()
                && lexicon.months.longest_at(toks, end + 1).is_none()
        }),
        Some("of") => true,
        Some("in") => next_word.is_some_and(|t| t.is_word() && !t.is_capitalised()),
        _ => false,
    };
    if continues || counterpart || per_unit(toks, unit_end) || per_unit(toks, end) {
        return None;
    }
    let owner = if possessive && before.is_capitalised() {
        super::changes::possessor_before(toks, first).map(|(_, name)| name)
    } else {
        // "Essel approved", not "Councillors passed": a lone word opening the sentence is a
        // name unless it is a plural.
        subject(toks, first).filter(|whose| {
            named_subject(lexicon, toks, first).is_some()
                || whose.contains('-')
                || !whose.ends_with('s')
        })
    };
    Some((metric, end - 1, owner))
}

/// "a 25% tariff on steel imports", "Venn Corp's 10% stake in Tarlo Foods", "a 4.5% pay
/// offer": a percentage before a noun the lexicon lists as a metric, keyed by the metric, its
/// owner (`.of-norland`: who imposes, holds or offers it) and what it is on or in
/// (`.on-steel-imports`, `.in-tarlo-foods`), so that a tariff on cars and one on steel, or
/// stakes in two firms, are told apart. None where the noun continues, a counterpart or part
/// follows, or the percentage is a rate of something else.
/// Nouns an amount of power before them changes, not sizes: "a 200 MW increase".
const NOT_A_CAPACITY: &[&str] = &[
    "increase",
    "rise",
    "boost",
    "drop",
    "fall",
    "cut",
    "reduction",
    "decline",
    "shortfall",
    "deficit",
    "gap",
    "shortage",
    "surplus",
    "addition",
    "expansion",
    "upgrade",
    "loss",
    "surge",
    "jump",
    "demand",
    "load",
    "peak",
    "output",
];

/// An amount of power before what it sizes is that thing's capacity: "the 900-megawatt
/// Greyfell wind farm", "a 1.2 GW plant", as "a capacity of 900 megawatts" is.
fn capacity_before_noun(toks: &[Token<'_>], first: usize, unit_end: usize) -> Option<String> {
    // A definite thing the report is about ("the 900 MW Greyfell plant", "Venn's 1.2 GW
    // park"), not any of a kind ("replaces a 600 MW coal plant"); past "new" or "planned".
    let mut det = first.checked_sub(1)?;
    if matches!(toks[det].lower.as_ref(), "new" | "planned" | "proposed") {
        det = det.checked_sub(1)?;
    }
    let before = &toks[det];
    // An indefinite one is the report's own after a verb that opens, builds or plans it
    // ("switched on a 450-megawatt power station", "will build a 1.2 GW park").
    let opened = det.checked_sub(1).is_some_and(|verb| {
        matches!(
            toks[verb].lower.as_ref(),
            "opened"
                | "opens"
                | "open"
                | "on"
                | "commissioned"
                | "inaugurated"
                | "unveiled"
                | "launched"
                | "completed"
                | "connected"
                | "build"
                | "builds"
                | "built"
                | "building"
                | "approved"
                | "approves"
                | "plans"
                | "planned"
                | "proposed"
        )
    });
    let determiner = crate::lexicon::is_possessive(&before.lower)
        || matches!(before.lower.as_ref(), "the" | "its" | "their")
        || matches!(before.lower.as_ref(), "a" | "an") && opened;
    if !determiner || in_relative_clause(toks, first) {
        return None;
    }
    // Past the thing's name ("the 900 MW Greyfell plant") to its first common noun.
    let mut at = unit_end;
    while toks
        .get(at)
        .is_some_and(|t| t.is_word() && t.is_capitalised() && at < unit_end + 3)
    {
        at += 1;
    }
    // Its noun phrase, up to three words: "wind farm", "solar park", "gas-fired plant".
    let common = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.is_word()
                && !t.is_capitalised()
                && !super::quantities::FUNCTION_WORDS.contains(&t.lower.as_ref())
                // ("gas-fired": a participle joined by a hyphen is the compound's)
                && (!participle(toks, k) && !t.lower.ends_with("ed")
                    || toks[k - 1].text == "-" && !t.space_before)
        }) || toks
            .get(k)
            .is_some_and(|t| t.text == "-" && !t.space_before)
    };
    let mut end = at;
    while end < at + 6 && common(end) {
        end += 1;
    }
    // The first noun of a plant in it ("gas-fired power station outside Lesk", "wind farm off
    // the coast"); a plural is one of several ("the 15 MW turbines"), a part of a plant ("the
    // 500 MW second phase") or a line of a grid ("the 2 GW cable") has a size of its own.
    let plant = |w: &str| {
        GENERATING_NOUNS.contains(&w)
            || w.strip_suffix('s')
                .is_some_and(|stem| GENERATING_NOUNS.contains(&stem))
    };
    let head = toks[at..end]
        .iter()
        .map(|t| t.lower.as_ref())
        .find(|w| plant(w) || PARTS_OF_A_PLANT.contains(w))?;
    let plural = !GENERATING_NOUNS.contains(&head);
    let part = toks[unit_end..end].iter().any(|t| {
        matches!(
            t.lower.as_ref(),
            "first" | "second" | "third" | "fourth" | "next" | "final" | "last" | "each"
        )
    }) || PARTS_OF_A_PLANT.contains(&head);
    // A plant that generates ("wind farm", "power station", "solar park"): a battery's or a
    // data centre's power is another thing's.
    (!plural && !part && !NOT_A_CAPACITY.contains(&head)).then(|| "capacity.power".to_string())
}

/// Nouns of plants that generate power.
const GENERATING_NOUNS: &[&str] = &[
    "plant",
    "station",
    "farm",
    "park",
    "project",
    "facility",
    "reactor",
    "complex",
    "array",
    "scheme",
    "dam",
    "installation",
    "powerhouse",
    "generator",
];

/// Parts of a plant and lines of a grid, whose sizes are not the plant's.
const PARTS_OF_A_PLANT: &[&str] = &[
    "phase",
    "stage",
    "unit",
    "block",
    "turbine",
    "line",
    "cable",
    "grid",
    "interconnector",
    "connection",
    "link",
    "heater",
    "bulb",
    "engine",
    "motor",
    "charger",
];

/// Power a plant generates or supplies is its capacity: "is able to generate up to 620 MW",
/// "can produce 1.2 gigawatts"; power is a rate, so no amount over a time (that is energy,
/// "generated 2 TWh last year").
pub(super) fn capacity_generated(toks: &[Token<'_>], first: usize) -> Option<String> {
    let mut at = first.checked_sub(1)?;
    while at > 0
        && matches!(
            toks[at].lower.as_ref(),
            "about" | "around" | "some" | "roughly"
        )
    {
        at -= 1;
    }
    // What it can do ("can generate", "is able to produce", "capable of generating"), not
    // what it did or does now ("was generating 400 MW by the afternoon", "will supply 300 MW
    // to the smelter").
    let word = |k: Option<usize>| k.map_or("", |k| toks[k].lower.as_ref());
    let (one, two) = (word(at.checked_sub(1)), word(at.checked_sub(2)));
    let able = matches!(one, "can" | "could")
        || one == "to" && matches!(two, "able" | "designed" | "built" | "enough")
        || one == "of" && two == "capable";
    if !able {
        return None;
    }
    matches!(
        toks[at].lower.as_ref(),
        "generate"
            | "generates"
            | "generating"
            | "generated"
            | "produce"
            | "produces"
            | "producing"
    )
    .then(|| "capacity.power".to_string())
}

fn percent_before_noun(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    unit_end: usize,
    unit: &str,
) -> Option<String> {
    let (metric, at, owner) = noun_after_amount(lexicon, toks, first, unit_end)?;
    if in_relative_clause(toks, at) {
        return None;
    }
    // Only what is held or in force: "imposed a 25% tariff", "holds a 10% stake"; not one
    // threatened, scrapped, sold or bought ("bought a 5% stake, taking its holding to 15%").
    let verb = first
        .checked_sub(2)
        .filter(|&k| matches!(toks[k + 1].lower.as_ref(), "a" | "an" | "its" | "their"))?;
    if !matches!(
        toks[verb].lower.as_ref(),
        "imposed"
            | "imposes"
            | "levied"
            | "levies"
            | "slapped"
            | "applied"
            | "applies"
            | "introduced"
            | "holds"
            | "held"
            | "owns"
            | "owned"
            | "retains"
            | "retained"
            | "has"
            | "had"
    ) {
        return None;
    }
    let mut key = owned_metric_key(&metric, unit, owner);
    if let Some(on) = what_it_is_on(lexicon, toks, at + 1) {
        key.push('.');
        key.push_str(&on);
    }
    key.push_str(expected(lexicon, toks, at.min(first), unit_end));
    Some(key)
}

/// A metric's key in a unit, with its owner's segment: "fine.euro.of-venn-corp".
fn owned_metric_key(metric: &str, unit: &str, owner: Option<String>) -> String {
    let mut key = format!("{metric}.{unit}");
    if let Some(owner) = owner {
        key.push_str(".of-");
        key.push_str(&owner);
    }
    key
}

/// What a tariff or a stake after token `at` is on or in: "on steel imports" →
/// `on-steel-imports`, "in Tarlo Foods" → `in-tarlo-foods`: up to four words after the
/// preposition, before punctuation or a function word ("all" stays: "on-all-imports").
fn what_it_is_on(lexicon: &Lexicon, toks: &[Token<'_>], at: usize) -> Option<String> {
    let preposition = toks.get(at)?.lower.as_ref();
    if !matches!(preposition, "on" | "in") {
        return None;
    }
    // "on Monday", "in March", "in 2024": when, not what.
    let next = at + 1;
    if toks.get(next).is_none_or(|t| {
        t.text.starts_with(|c: char| c.is_ascii_digit())
            || lexicon.weekdays.longest_at(toks, next).is_some()
            || lexicon.months.longest_at(toks, next).is_some()
            || OCCASION_TIMES.contains(&t.lower.as_ref())
    }) {
        return None;
    }
    let mut words = Vec::new();
    // "in Tarlo Foods rose": a name is the whole of it.
    let named = preposition == "in" && toks[next].is_capitalised();
    // "on steel imports from Essel": where the goods come from is part of it.
    for t in toks[at + 1..].iter().take(6) {
        let lower = t.lower.as_ref();
        let function = super::quantities::FUNCTION_WORDS.contains(&lower);
        if !t.is_word() || function && !matches!(lower, "all" | "from") {
            break;
        }
        if named && !t.is_capitalised() {
            break;
        }
        words.push(crate::lexicon::strip_possessive(lower).to_string());
    }
    if words.last().is_some_and(|w| w == "from") {
        words.pop();
    }
    (!words.is_empty()).then(|| format!("{preposition}-{}", words.join("-")))
}

/// A key's tail: `.expected` or `.estimate` when the words from token `from` to `end` say the
/// figure is one, then the period its clause names (`.q3`, `.year`).
fn push_expected_and_period(
    key: &mut String,
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    from: usize,
    first: usize,
    end: usize,
) {
    key.push_str(expected(lexicon, toks, from, end));
    if let Some(period) = period(toks, first, end) {
        key.push('.');
        key.push_str(&period);
    }
}

/// Whether the words from token `at` make an amount a rate: "a day", "per share", "each",
/// "for each breach", "a year".
fn per_unit(toks: &[Token<'_>], at: usize) -> bool {
    let word = |d: usize| toks.get(at + d).map(|t| t.lower.as_ref());
    match word(0) {
        Some("per" | "each" | "apiece" | "every") => true,
        Some("a" | "an") => matches!(
            word(1),
            Some("day" | "week" | "month" | "year" | "head" | "share" | "person" | "hour")
        ),
        Some("for") => matches!(word(1), Some("each" | "every")),
        _ => false,
    }
}

/// "fined Venn Corp €12 million", "Ana Brel was fined $5,000": an amount after a verb the
/// lexicon names a metric by (`[[metric]] verbs`), past the verb's object, with whom it names
/// (the object, else the subject before "was") and where the verb stands. None for a rate.
fn metric_of_verb_before(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    unit_end: usize,
) -> Option<(String, usize, Option<String>)> {
    let mut k = first.checked_sub(1)?;
    // Past the object's name: "fined Venn Corp".
    while k > 0 && first - k <= 4 && toks[k].is_capitalised() && toks[k].is_word() {
        k -= 1;
    }
    let metric = lexicon.metric_verbs.get(toks[k].lower.as_ref())?;
    if per_unit(toks, unit_end) {
        return None;
    }
    let name = |from: usize, to: usize| {
        let words: Vec<&str> = toks[from..to]
            .iter()
            .map(|t| crate::lexicon::strip_possessive(t.lower.as_ref()))
            .collect();
        (!words.is_empty()).then(|| words.join("-"))
    };
    let owner = name(k + 1, first).or_else(|| {
        let be = k.checked_sub(1)?;
        if !matches!(
            toks[be].lower.as_ref(),
            "was" | "were" | "been" | "is" | "be"
        ) {
            return None;
        }
        name(name_start(toks, be, 4, 0), be)
    });
    Some((metric.clone(), k, owner))
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
    });
    // "The grocer, Tarlo Foods, runs 389 shops": the name in apposition before the verb;
    // "Harlow Motors, the carmaker, delivered": the name before an aside that describes it.
    let close = start.checked_sub(1);
    // The verb follows the aside's comma: "…, said the company delivered" is another clause.
    let verb_next = toks[start..first].len() <= 2
        && toks[start..first].iter().all(|t| {
            t.is_word()
                && !matches!(
                    t.lower.as_ref(),
                    "said"
                        | "says"
                        | "told"
                        | "added"
                        | "the"
                        | "it"
                        | "its"
                        | "they"
                        | "he"
                        | "she"
                        | "that"
                        | "a"
                        | "an"
                        | "this"
                        | "which"
                        | "who"
                )
        });
    if begins.is_none()
        && verb_next
        && let Some(close) = close.filter(|&close| close >= 1 && toks[close].text == ",")
    {
        let open = (0..close)
            .rev()
            .find(|&k| matches!(toks[k].text, "," | ";" | ":" | "—"))?;
        let named = open + 1 < close
            && toks[open + 1..close]
                .iter()
                .all(|t| t.is_word() && t.is_capitalised());
        if named {
            return subject(toks, close);
        }
        return described_name(toks, open, close);
    }
    name_from(toks, begins?, first)
}

/// "Harlow Motors, the carmaker, delivered", "Tarlo Foods, which is based in Lesk, made": the
/// name before an aside that describes it (between the commas at `open` and `close`, at most
/// twelve tokens, no figure in it), when the name is all its clause holds before the aside.
fn described_name(toks: &[Token<'_>], open: usize, close: usize) -> Option<String> {
    if close - open > 13
        || toks[open + 1..close]
            .iter()
            .any(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    // The aside says what the name is ("the carmaker", "Norland's largest producer", "which
    // is based in Lesk"), not what goes with it ("together with its partner", "including its
    // unit", "and its joint venture").
    let opener = &toks[open + 1];
    let describes = matches!(opener.lower.as_ref(), "the" | "a" | "an" | "which")
        || opener.is_capitalised() && crate::lexicon::is_possessive(&opener.lower);
    let adds = toks[open + 1..close].iter().any(|t| {
        matches!(
            t.lower.as_ref(),
            "and" | "with" | "including" | "plus" | "along" | "together" | "unlike" | "like"
        )
    });
    if !describes || adds {
        return None;
    }
    let start = (0..open)
        .rev()
        .find(|&k| matches!(toks[k].text, "," | ";" | ":" | "—"))
        .map_or(0, |k| k + 1);
    let name_only = start < open
        && toks[start..open].iter().all(|t| {
            t.is_word() && (t.is_capitalised() || matches!(t.lower.as_ref(), "the" | "of" | "&"))
        })
        && toks[open - 1].is_capitalised();
    let begins = (start..open).find(|&k| toks[k].lower != "the")?;
    (name_only && !super::names::function_word(toks[begins].lower.as_ref()))
        .then(|| name_from(toks, begins, open))
        .flatten()
}

/// The name that begins at `begins` and runs towards `first`: the possessed of a possessive
/// ("Ana Brel's Civic Union" is the Civic Union), with the kind of place it names after it
/// ("Wendlow airport"), as a key's segment.
fn name_from(toks: &[Token<'_>], begins: usize, first: usize) -> Option<String> {
    let possessive = |t: &Token<'_>| crate::lexicon::is_possessive(&t.lower);
    let mut run: Vec<&Token<'_>> = toks[begins..first]
        .iter()
        .take_while(|t| (t.is_capitalised() && t.is_word()) || possessive(t))
        .collect();
    // "The Bank of Lesk", "the Aldmoor Museum of Art": an organisation's name runs on past its
    // "of" to the capitalised words after it.
    let mut run_end = begins + run.len();
    let mut of_at = run_end;
    if run
        .last()
        .is_some_and(|t| super::titles::bodies::ORGANISATION_NOUNS.contains(&t.lower.as_ref()))
        && toks.get(of_at).is_some_and(|t| t.lower == "of")
    {
        of_at += 1;
        if toks.get(of_at).is_some_and(|t| t.lower == "the") {
            of_at += 1;
        }
        let tail: Vec<&Token<'_>> = toks[of_at.min(first)..first]
            .iter()
            .take_while(|t| t.is_capitalised() && t.is_word() && !possessive(t))
            .collect();
        if !tail.is_empty() {
            run.push(&toks[run_end]);
            run_end = of_at + tail.len();
            run.extend(tail);
        }
    }
    // "Orrin Metals' Hatch Creek mine": a plural's possessive, its apostrophe a word of its
    // own, owns the name after it.
    let after_run = run_end;
    if !run.is_empty()
        && super::titles::plural_possessive_at(toks, after_run - 1)
        && toks
            .get(after_run + 1)
            .is_some_and(|t| t.is_capitalised() && t.is_word())
        && after_run + 1 < first
    {
        return name_from(toks, after_run + 1, first);
    }
    // "Prime Minister Ana Brel's Civic Union": the possessed, not its owner.
    let owned = run.iter().rposition(|t| possessive(t)).map_or(0, |k| k + 1);
    let mut words: Vec<&str> = run[owned..]
        .iter()
        .map(|t| crate::lexicon::strip_possessive(t.lower.as_ref()))
        .collect();
    // "Wendlow airport handled": a name and the kind of place it names.
    if !words.is_empty()
        && after_run < first
        && toks
            .get(after_run)
            .is_some_and(super::places::kind_of_place)
    {
        words.push(crate::lexicon::strip_possessive(
            toks[after_run].lower.as_ref(),
        ));
    }
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
    // A word that opens the sentence is a name when it is no word of English ("Ridgemoor is
    // home to", not "Officials said").
    let known = lexicon.jurisdiction_forms.longest_at(toks, 0).is_some()
        || lexicon.place_forms.longest_at(toks, 0).is_some()
        || !crate::parse::is_english_word_or_plural(crate::lexicon::strip_possessive(
            whose.as_str(),
        ));
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
            crate::lexicon::strip_possessive(&t.lower),
            "segment" | "segments" | "division" | "divisions" | "unit" | "units" | "arm"
        )
    })
}

/// What the words of the figure's clause, from a few words before its metric to its amount,
/// say it is rather than a result: `.estimate` for others' estimates of it (analysts, a
/// consensus, "Wall Street expected"), `.expected` for its own forecast or plan ("Harlow
/// expects", "guidance"); empty for a result. The two are never compared: a company's
/// guidance is not what analysts expected.
pub(super) fn expected(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    from: usize,
    to: usize,
) -> &'static str {
    let start = (from.saturating_sub(12)..from)
        .rev()
        .find(|&k| matches!(toks[k].text, "," | ";" | ":" | "—" | "–"))
        .map_or(from.saturating_sub(12), |k| k + 1);
    let words = &toks[start..to.min(toks.len())];
    if (start..to.min(toks.len())).any(|k| estimate_word(lexicon, toks, k)) {
        ".estimate"
    } else if words.iter().any(|t| EXPECTED.contains(&t.lower.as_ref())) {
        ".expected"
    } else {
        ""
    }
}

/// Whether the words at token `k` make a figure others' estimate: "analysts", "consensus",
/// "estimates", "Wall Street" (the lexicon's `[estimates] forms`).
fn estimate_word(lexicon: &Lexicon, toks: &[Token<'_>], k: usize) -> bool {
    lexicon.estimate_forms.longest_at(toks, k).is_some()
}

/// An amount of a sentence: its first token, the token after its unit, its unit and its
/// measure. A sentence's amounts are given in order.
pub(super) struct Placed<'m> {
    pub first: usize,
    pub end: usize,
    pub unit: Option<&'m str>,
    pub measure: Option<&'m str>,
}

/// "revenue of $57 billion, surpassing the expected $55.4 billion", "above analysts'
/// consensus of $62.38 billion", "far exceeding $54.8B estimates": an amount held against an
/// estimate is the estimate of the metric of the sentence's amount before it, in its unit and
/// period (`revenue.dollar.estimate.q4`). Returns the new measure of each amount, or `None`.
pub(super) fn estimates_of_earlier(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    amounts: &[Placed<'_>],
) -> Vec<Option<String>> {
    let mut found = vec![None; amounts.len()];
    for (i, amount) in amounts.iter().enumerate() {
        let Some(unit) = amount.unit else {
            continue;
        };
        // Only an amount without a metric of its own, or whose metric is the estimate's noun.
        let own = amount.measure.map(|m| m.split('.').next().unwrap_or(m));
        if own.is_some_and(|m| {
            !matches!(
                m,
                "expectation" | "estimate" | "consensus" | "forecast" | "projection"
            )
        }) {
            continue;
        }
        let Some(earlier) = amounts[..i].iter().rev().find(|e| {
            e.unit == Some(unit)
                && e.measure
                    .is_some_and(|m| m.split('.').nth(1) == Some(unit) && !m.contains(".estimate"))
        }) else {
            continue;
        };
        // Held against the amount just before it, in the same clause and a few words on:
        // "the company forecast $60bn" after a semicolon is another figure.
        let from = earlier.end.min(amount.first);
        let between = &toks[from..amount.first];
        let other_amount_between = amounts[..i]
            .iter()
            .any(|e| e.first >= from && e.first < amount.first && e.unit == Some(unit));
        if between.len() > 25
            || other_amount_between
            || between.iter().any(|t| matches!(t.text, ";" | "." | "—"))
        {
            continue;
        }
        let compared = between
            .iter()
            .any(|t| lexicon.estimate_compare.contains(t.lower.as_ref()));
        let estimated = (from..amount.first)
            .any(|k| estimate_word(lexicon, toks, k) || toks[k].lower == "expected")
            || (amount.end < toks.len() && estimate_word(lexicon, toks, amount.end));
        if !(compared && estimated) {
            continue;
        }
        let measure = earlier.measure.unwrap_or_default();
        let mut parts = measure.split('.').filter(|&p| p != "expected");
        let (Some(metric), Some(unit)) = (parts.next(), parts.next()) else {
            continue;
        };
        let rest: Vec<&str> = parts.collect();
        let mut key = format!("{metric}.{unit}.estimate");
        for part in rest {
            key.push('.');
            key.push_str(part);
        }
        found[i] = Some(key);
    }
    found
}

/// The period the sentence gives the figure at token `at`: a quarter ("q3", "third quarter",
/// "third-quarter"), a full year ("full-year", "annual", "fiscal year"), or a quarter named
/// from the report's day ("the current quarter", "next quarter"). Of several, the nearest to
/// the figure: before it in its part of the sentence (a run-on list of points ends a part at
/// a spaced dash or a semicolon), or after it in its clause ("revenue of $57 billion in the
/// fourth quarter").
pub(super) fn period(toks: &[Token<'_>], at: usize, figure_end: usize) -> Option<String> {
    let at = at.min(toks.len());
    let breaks_part = |k: usize| {
        let t = &toks[k];
        t.text == ";"
            || (matches!(t.text, "-" | "–" | "—")
                && t.space_before
                && toks.get(k + 1).is_some_and(|n| n.space_before))
    };
    let floor = at.saturating_sub(REACH);
    let ceiling = (at + REACH).min(toks.len());
    let start = (floor..at)
        .rev()
        .find(|&k| breaks_part(k))
        .map_or(floor, |k| k + 1);
    let end = (at..ceiling)
        .find(|&k| toks[k].text == "," || breaks_part(k))
        .unwrap_or(ceiling);
    // After the figure, only up to the next figure: in "rose to $57bn from $46bn in the
    // previous quarter" the quarter is $46bn's.
    let next_figure = (figure_end.max(at + 1)..end)
        .find(|&k| toks[k].text.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(end);
    (start..next_figure)
        .filter_map(|k| period_at(toks, k).map(|p| (k.abs_diff(at), p)))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, p)| p)
}

/// The period a word names where it stands, if it names one.
fn period_at(toks: &[Token<'_>], k: usize) -> Option<String> {
    let word = toks[k].lower.as_ref();
    if let Some(q) = word.strip_prefix('q')
        && matches!(q, "1" | "2" | "3" | "4")
    {
        return Some(format!("q{q}"));
    }
    let next = |n: usize| toks.get(k + n).map(|t| t.lower.as_ref());
    let quarter =
        next(1) == Some("quarter") || (next(1) == Some("-") && next(2) == Some("quarter"));
    let ordinal = match word {
        "first" => Some("q1"),
        "second" => Some("q2"),
        "third" => Some("q3"),
        "fourth" => Some("q4"),
        "current" | "this" => Some("this-quarter"),
        "next" | "coming" => Some("next-quarter"),
        "last" | "previous" | "prior" | "past" => Some("last-quarter"),
        _ => None,
    };
    if let Some(q) = ordinal
        && quarter
    {
        return Some(q.into());
    }
    if matches!(word, "full" | "fiscal") && matches!(next(1), Some("year") | Some("-")) {
        return Some("year".into());
    }
    if matches!(word, "annual" | "annually" | "yearly") {
        return Some("year".into());
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
    fn a_rate_set_to_a_level() {
        let rate = |text: &str, number: &str| key(text, number, "percentage");
        assert_eq!(
            rate("The Bank of Essel raised its key rate to 4.25%.", "4.25").as_deref(),
            Some("policy-rate.percentage.of-bank-of-essel")
        );
        assert_eq!(
            rate(
                "The central bank held interest rates at 5.25% in March.",
                "5.25"
            )
            .as_deref(),
            Some("policy-rate.percentage.march")
        );
        assert_eq!(
            rate("Essel's central bank kept its key rate at 4%.", "4").as_deref(),
            Some("policy-rate.percentage.of-essel")
        );
        assert_eq!(
            rate("It raised its key rate to 4%.", "4").as_deref(),
            Some("policy-rate.percentage")
        );
        // Past the amount it moved by, and the level it left.
        for text in [
            "The Bank of Essel cut its key rate by 25 basis points to 4.25%.",
            "The Bank of Essel cut its key rate by a quarter point to 4.25%.",
            "The Bank of Essel cut its key rate from 4.5% to 4.25%.",
        ] {
            assert_eq!(
                rate(text, "4.25").as_deref(),
                Some("policy-rate.percentage.of-bank-of-essel"),
                "{text}"
            );
        }
        // A tariff and a stake set to a level, with what they are on or in.
        assert_eq!(
            rate(
                "Norland raised tariffs on steel imports from Essel from 10% to 25%.",
                "25"
            )
            .as_deref(),
            Some("tariff.percentage.of-norland.on-steel-imports-from-essel")
        );
        assert_eq!(
            rate("Venn Corp raised its stake in Tarlo Foods to 15%.", "15").as_deref(),
            Some("stake.percentage.of-venn-corp.in-tarlo-foods")
        );
        // Goods named after the figure, a stake left unchanged; not when, not in an aside.
        assert_eq!(
            rate(
                "Norland raised tariffs from 10% to 25% on steel on Monday.",
                "25"
            )
            .as_deref(),
            Some("tariff.percentage.of-norland.on-steel")
        );
        assert_eq!(
            rate(
                "Venn Corp left its stake in Tarlo Foods unchanged at 15%.",
                "15"
            )
            .as_deref(),
            Some("stake.percentage.of-venn-corp.in-tarlo-foods")
        );
        assert_eq!(
            rate("Norland raised tariffs on steel to 25% on Monday.", "25").as_deref(),
            Some("tariff.percentage.of-norland.on-steel")
        );
        assert_eq!(
            rate(
                "Venn Corp, which raised its stake in Tarlo Foods to 15% last year, sold shares.",
                "15"
            ),
            None
        );
        // A rate is on nothing.
        assert_eq!(
            rate(
                "The Bank of Essel cut its key rate to 4% on inflation worries.",
                "4"
            )
            .as_deref(),
            Some("policy-rate.percentage.of-bank-of-essel")
        );
        // The level left is no level now.
        assert_eq!(
            rate(
                "Norland raised tariffs on steel imports from Essel from 10% to 25%.",
                "10"
            ),
            None
        );
        // Moved by an amount, or another rate: no level of it.
        assert_eq!(rate("The bank cut its key rate by 0.25%.", "0.25"), None);
        assert_eq!(
            rate("Lenders raised their mortgage rates to 6.8%.", "6.8"),
            None
        );
    }

    #[test]
    fn a_percentage_before_a_metrics_noun_with_what_it_is_on() {
        let rate = |text: &str, number: &str| key(text, number, "percentage");
        assert_eq!(
            rate("Norland imposed a 25% tariff on steel imports.", "25").as_deref(),
            Some("tariff.percentage.of-norland.on-steel-imports")
        );
        // Two tariffs on two goods, stakes in two firms, are two things.
        let two = "Essel imposed a 10% tariff on cars and a 25% tariff on steel.";
        assert_ne!(rate(two, "10"), rate(two, "25"));
        assert_eq!(
            rate("Venn Corp holds a 10% stake in Tarlo Foods.", "10").as_deref(),
            Some("stake.percentage.of-venn-corp.in-tarlo-foods")
        );
        // What is threatened, scrapped, sold or bought is not what is in force or held.
        assert_eq!(
            rate("Norland threatened a 50% tariff on steel.", "50"),
            None
        );
        assert_eq!(
            rate("Venn Corp sold its 10% stake in Tarlo Foods.", "10"),
            None
        );
        assert_eq!(
            rate(
                "Norland imposed a 25% tariff on steel imports from Essel.",
                "25"
            )
            .as_deref(),
            Some("tariff.percentage.of-norland.on-steel-imports-from-essel")
        );
        // A noun going on into a compound, or a part after it, is another thing.
        assert_eq!(rate("Norland imposed a 10% tariff rise.", "10"), None);
        assert_eq!(rate("Essel imposed a 5% duty of its own.", "5"), None);
    }

    #[test]
    fn a_rate_is_the_wholes_only() {
        let rate = |text: &str, number: &str| key(text, number, "percentage");
        assert_eq!(
            rate("Inflation rose to 3.4% in October.", "3.4").as_deref(),
            Some("inflation.percentage.october")
        );
        // Verbs of rates and prices going up or down.
        for verb in ["slowed", "eased", "cooled", "accelerated", "picked up"] {
            assert_eq!(
                rate(&format!("Inflation {verb} to 3.4% in October."), "3.4").as_deref(),
                Some("inflation.percentage.october"),
                "{verb}"
            );
        }
        assert_eq!(
            rate("Inflation stood at 6.2% in October 2024.", "6.2").as_deref(),
            Some("inflation.percentage.october.2024")
        );
        // A place's rate: its own segment.
        for text in [
            "Essel's inflation rose to 3.4% in October.",
            "Inflation in Essel rose to 3.4% in October.",
            "Annual inflation in Essel reached 3.4% in October.",
            "Inflation in Sunday's figures in Essel was 3.4% in October.",
        ] {
            assert_eq!(
                rate(text, "3.4").as_deref(),
                Some("inflation.percentage.of-essel.october"),
                "{text}"
            );
        }
        // A holder, a group, a variant, another time, a threshold, a name before the metric.
        for (text, number) in [
            ("Among young people, the jobless rate was 13.2%.", "13.2"),
            ("Excluding food and energy, inflation was 2.8%.", "2.8"),
            ("At the previous election, turnout was 55.2%.", "55.2"),
            ("By 3pm, turnout stood at 32.1%.", "32.1"),
            ("The vote needed turnout of at least 50%.", "50"),
            ("In Essel, inflation rose to 3.4% in October.", "3.4"),
            ("Prime Minister Ana Brel said inflation was 3.4%.", "3.4"),
        ] {
            assert_eq!(rate(text, number), None, "{text}");
        }
    }

    #[test]
    fn an_amount_before_its_noun_and_after_a_verb_of_its_metric() {
        let money = |text: &str, number: &str, unit: &str| key(text, number, unit);
        assert_eq!(
            money(
                "The council approved a $412 million budget.",
                "412",
                "dollar"
            )
            .as_deref(),
            Some("budget.dollar")
        );
        assert_eq!(
            money(
                "Councillors passed a $398 million spending plan.",
                "398",
                "dollar"
            )
            .as_deref(),
            Some("budget.dollar")
        );
        // A level passed through is none held.
        assert_eq!(
            money(
                "Brent crude spiked to $86 a barrel early on Thursday before it retreated.",
                "86",
                "dollar"
            ),
            None
        );
        // A metric the lexicon does not list is the names' before it: two firms' shares.
        assert_eq!(
            money(
                "Harlow Motors shares slumped 8% to $42.10 on Monday.",
                "42.10",
                "dollar"
            )
            .as_deref(),
            Some("share.dollar.of-harlow-motors")
        );
        // Whose: a possessive name, a named subject, the object of "fined", the subject of
        // "was fined".
        assert_eq!(
            money("Essel approved a $412 million budget.", "412", "dollar").as_deref(),
            Some("budget.dollar.of-essel")
        );
        assert_eq!(
            money("Lesk's $300 million budget passed.", "300", "dollar").as_deref(),
            Some("budget.dollar.of-lesk")
        );
        assert_eq!(
            money(
                "Venn Corp was hit with a €15 million penalty.",
                "15",
                "euro"
            )
            .as_deref(),
            Some("fine.euro.of-venn-corp")
        );
        assert_eq!(
            money("The regulator fined Venn Corp €12 million.", "12", "euro").as_deref(),
            Some("fine.euro.of-venn-corp")
        );
        assert_eq!(
            money("Ana Brel was fined $5,000 on Monday.", "5,000", "dollar").as_deref(),
            Some("fine.dollar.of-ana-brel")
        );
        assert_eq!(
            money(
                "They agreed a deal valued at $2.4 billion.",
                "2.4",
                "dollar"
            )
            .as_deref(),
            Some("deal.dollar")
        );
        // A compound, a counterpart, a part, a rate, another year's: no key of the noun.
        for (text, number, unit) in [
            ("It reported a $2 billion rise in revenue.", "2", "dollar"),
            (
                "The council approved a $12 million budget cut.",
                "12",
                "dollar",
            ),
            ("It took a $5 million budget of the fund.", "5", "dollar"),
            ("Venn Corp was fined $10,000 a day.", "10,000", "dollar"),
            ("Venn Corp was fined $500 for each breach.", "500", "dollar"),
            (
                "It is up from last year's $390 million budget.",
                "390",
                "dollar",
            ),
        ] {
            assert_eq!(money(text, number, unit), None, "{text}");
        }
    }

    #[test]
    fn profit_is_net_income_and_a_share_of_it_is_no_total() {
        let dollars = |text: &str, number: &str| key(text, number, "dollar");
        assert_eq!(
            dollars(
                "Venn Corp posted a quarterly profit of $610 million.",
                "610"
            )
            .as_deref(),
            Some("net-income.dollar")
        );
        assert_eq!(
            dollars("Earnings were $2.40 per share.", "2.40").as_deref(),
            Some("net-income-per-share.dollar")
        );
        assert_eq!(
            dollars(
                "Venn Corp reported a profit before tax of $90 million.",
                "90"
            )
            .as_deref(),
            Some("pre-tax-profit.dollar")
        );
        // Another company's, in an aside; a period the key cannot name is not skipped.
        assert_eq!(
            dollars(
                "Harlow Motors, which had revenue of $2.1 billion, said.",
                "2.1"
            ),
            None
        );
        assert_eq!(
            dollars(
                "Revenue for the third quarter rose 8% to $4.2 billion.",
                "4.2"
            )
            .as_deref(),
            Some("revenue.dollar.q3")
        );
        assert_ne!(
            dollars(
                "Revenue for the first nine months rose to $8.1 billion.",
                "8.1"
            )
            .as_deref(),
            Some("revenue.dollar")
        );
    }

    #[test]
    fn an_amount_is_its_holders() {
        let lexicon = Lexicon::load(&Pack::shipped().lexicon).0;
        let holder = |text: &str, number: &str| {
            let toks = tokens(text, 0);
            let at = toks.iter().position(|t| t.text == number)?;
            amount_holder(&lexicon, &toks, at - 1)
        };
        assert_eq!(
            holder("Venn Corp's quarterly profit fell to $800 million.", "800").as_deref(),
            Some("venn-corp")
        );
        assert_eq!(
            holder("Harlow Motors' revenue was $4.2 billion.", "4.2").as_deref(),
            Some("harlow-motors")
        );
        assert_eq!(
            holder("Harlow Motors reported revenue of $4.2 billion.", "4.2").as_deref(),
            Some("harlow-motors")
        );
        // The metric's own first word, and a sayer after the amount, are no holders.
        assert_eq!(
            holder("Net income rose to $610 million, Venn Corp said.", "610"),
            None
        );
        assert_eq!(holder("Revenue was $4.2 billion.", "4.2"), None);
    }

    #[test]
    fn a_share_of_a_whole_is_its_holders() {
        let share = |text: &str, number: &str| key(text, number, "percentage");
        assert_eq!(
            share("The Civic Union won 52% of the vote on Sunday.", "52").as_deref(),
            Some("share-of-vote.percentage.of-civic-union")
        );
        // The possessed, not its owner, holds the share.
        assert_eq!(
            share(
                "Prime Minister Ana Brel's Civic Union took 54% of the vote.",
                "54"
            )
            .as_deref(),
            Some("share-of-vote.percentage.of-civic-union")
        );
        // No holder, or no whole: no figure to compare, unless the lexicon lists the rate.
        assert_eq!(
            share("Turnout was 61% on Sunday.", "61").as_deref(),
            Some("turnout.percentage")
        );
        assert_eq!(
            share("The jobless rate climbed to 4.7% in October.", "4.7").as_deref(),
            Some("unemployment.percentage.october")
        );
        // A share of a whole that did what makes a rate is the rate; the place after it, or
        // its occasion's, is the rate's owner, and a part of a place gives none.
        assert_eq!(
            share(
                "About 58% of registered voters cast ballots in Essel's referendum.",
                "58"
            )
            .as_deref(),
            Some("turnout.percentage.of-essel")
        );
        assert_eq!(
            share("Some 61% of the electorate voted on Sunday.", "61").as_deref(),
            Some("turnout.percentage")
        );
        // The place in the possessive before the whole, and the whole's own count.
        assert_eq!(
            share(
                "Some 54% of Norland's 4.2 million registered voters cast a ballot on Sunday.",
                "54"
            )
            .as_deref(),
            Some("turnout.percentage.of-norland")
        );
        assert_eq!(
            share("Some 54% of Norland's voters backed the plan.", "54"),
            None
        );
        assert_eq!(
            share(
                "Some 54% of Sunday's voters cast a ballot in Norland.",
                "54"
            )
            .as_deref(),
            None
        );
        // The place between the whole and what it did; an occasion with a word before its noun.
        assert_eq!(
            share(
                "Just 52% of registered voters in Quenby cast a ballot in the mayoral election.",
                "52"
            )
            .as_deref(),
            Some("turnout.percentage.of-quenby")
        );
        assert_eq!(
            share("52% of registered voters in Quenby backed the plan.", "52"),
            None
        );
        assert_eq!(share("About 58% of voters backed the plan.", "58"), None);
        assert_eq!(
            share(
                "About 58% of registered voters voted for the Civic Party.",
                "58"
            ),
            None
        );
        assert_eq!(share("About 30% of voters voted early.", "30"), None);
        assert_eq!(
            share("Turnout in Westmark's north was 40% on Sunday.", "40"),
            None
        );
        assert_eq!(share("Support was 40% on Sunday.", "40"), None);
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
            Some("revenue.dollar")
        );
        // Aid is its giver's: never compared with another giver's.
        assert_eq!(
            key(
                "The European Union released €9 million in emergency aid.",
                "9",
                "euro"
            )
            .as_deref(),
            Some("emergency-aid.euro.of-european-union")
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
            Some("revenue.dollar.estimate")
        );
        // A company's own forecast is not what analysts expected.
        assert_eq!(
            key("Harlow expects revenue of $65 billion.", "65", "dollar").as_deref(),
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
        // A peak is the reading, not a level passed through as a price's is.
        assert_eq!(
            reading(
                "The river rose to 26 feet before falling back.",
                "26",
                "foot"
            )
            .as_deref(),
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
            Some("food-aid.mass.of-harlow-red-cross")
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

    #[test]
    fn depths_and_the_extent_of_a_fire() {
        let reading = |text: &str, number: &str, unit: &str| key(text, number, unit);
        // A quake's depth, after "of" or as its aspect.
        assert_eq!(
            reading("The quake struck at a depth of 10 km.", "10", "km").as_deref(),
            Some("depth.length")
        );
        assert_eq!(
            reading("The quake was 32 kilometres deep.", "32", "km").as_deref(),
            Some("depth.length")
        );
        // An aspect of something the lexicon does not name keeps its noun.
        assert_eq!(
            reading("The wall is 3 metres high.", "3", "metre").as_deref(),
            Some("wall-high.length")
        );
        // The object of a verb of extent is its subject's: any fire's, or a named one's.
        assert_eq!(
            reading("The wildfire has burned 12,000 acres.", "12,000", "acre").as_deref(),
            Some("fire.area")
        );
        assert_eq!(
            reading("The blaze scorched 5,000 hectares.", "5,000", "hectare").as_deref(),
            Some("fire.area")
        );
        assert_eq!(
            reading("The Venn fire has burned 12,000 acres.", "12,000", "acre").as_deref(),
            Some("fire.area.of-venn")
        );
        // Where a named thing is, between it and its verb, is not whose it is.
        assert_eq!(
            reading(
                "The Ridge fire near Lesk has burned 12,400 acres.",
                "12,400",
                "acre"
            )
            .as_deref(),
            Some("fire.area.of-ridge")
        );
        // Only a fire's: not a ship's fuel, nor what crews burned.
        assert_eq!(
            reading("The rocket burned 300 tons of fuel.", "300", "ton").as_deref(),
            Some("fuel.mass")
        );
        assert_eq!(
            reading("Crews have burned 2,000 acres.", "2,000", "acre"),
            None
        );
    }

    #[test]
    fn readings_that_are_not_one_thing_are_told_apart_or_left_out() {
        let reading = |text: &str, number: &str, unit: &str| key(text, number, unit);
        // Gusts, whatever the noun; a forecast or a warning, wherever its word stands.
        assert_eq!(
            reading("Winds peaked at 230 mph in gusts.", "230", "mph").as_deref(),
            Some("wind-gust.speed")
        );
        assert_eq!(
            reading("A surge of 3 metres could swamp the coast.", "3", "metre").as_deref(),
            Some("surge.length.expected")
        );
        // The storm's own speed is not its winds'.
        assert_eq!(
            reading("Ada is crawling west at a speed of 5 mph.", "5", "mph").as_deref(),
            Some("speed.speed")
        );
        assert_eq!(
            reading("Its winds reached speeds of 180 mph.", "180", "mph").as_deref(),
            Some("wind.speed")
        );
        // A rank among many, an aspect measured, a named fire, a place before the verb.
        assert_eq!(
            reading("The largest was a wave of 90 cm.", "90", "cm").as_deref(),
            Some("largest-wave.length")
        );
        assert_eq!(
            reading("The ash cloud was 10 km high.", "10", "km").as_deref(),
            Some("ash-cloud-high.length")
        );
        assert_eq!(
            reading(
                "The Venn fire grew to 34,000 hectares.",
                "34,000",
                "hectare"
            )
            .as_deref(),
            Some("fire.area.of-venn")
        );
        assert_eq!(
            reading("Temperatures in Harlow topped 41 degrees.", "41", "celsius").as_deref(),
            Some("temperature.temperature.of-harlow")
        );
        // What was measured after the unit; a name opening the sentence owns its reading.
        assert_eq!(
            reading("It struck with 150 mph winds.", "150", "mph").as_deref(),
            Some("wind.speed")
        );
        assert_eq!(
            reading("Tarlo recorded 23 inches of snow.", "23", "inch").as_deref(),
            Some("snow.length.of-tarlo")
        );
        assert_eq!(
            reading("Harlow recorded 2 inches overnight.", "2", "inch"),
            None
        );
        // The most somewhere, what is usual, an old record, a size in two directions, a verb.
        for (text, number, unit) in [
            ("Some coastal areas saw 340 mm of rain.", "340", "mm"),
            (
                "In a normal year, Harlow receives 40 inches of rain.",
                "40",
                "inch",
            ),
            (
                "The old record crest of 31 feet dated from 1916.",
                "31",
                "foot",
            ),
            ("The cloud measured 400 by 270 km.", "400", "km"),
        ] {
            assert_eq!(reading(text, number, unit), None, "{text}");
        }
        // Gusts after the sustained winds are another figure's; a sentence's opening capital
        // names nothing; "by" without a second size is no size in two directions.
        assert_eq!(
            reading("Winds of 150 mph and gusts of 190 mph hit.", "150", "mph").as_deref(),
            Some("wind.speed")
        );
        assert_eq!(
            reading("Sustained winds reached 240 km/h.", "240", "kmh").as_deref(),
            Some("wind.speed")
        );
        assert_eq!(
            reading("It was battered by 150 mph winds.", "150", "mph").as_deref(),
            Some("wind.speed")
        );
        // A verb after the noun ends it: the rain, not "has fallen".
        assert_eq!(
            reading(
                "In Harlow, seven inches of rain has fallen.",
                "seven",
                "inch"
            )
            .as_deref(),
            Some("rain.length")
        );
    }
}

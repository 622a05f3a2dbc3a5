//! Time claims: calendar dates ("24 February 2022", "on Thursday", "overnight", "last week")
//! and ordinal periods ("now in its third year", "the war's fourth year", "the nearly
//! hour-long call"). Cardinal durations with a number ("a 30-day pause") are read by the
//! quantity parser and become elapsed claims there.

use super::Sentence;
use super::numbers::{decimal, may_start_word_number as numbers_may_start, ordinal};
use crate::claim::{Claim, ClaimKind, DateExpr, DateRef, Elapsed, Hedge, Interval, TimeUnit};
use crate::lexicon::Lexicon;
use crate::text::Token;

/// Reads every date and ordinal period of one sentence.
pub fn times(s: &Sentence<'_>, lexicon: &Lexicon, claims: &mut Vec<Claim>) {
    let toks = &s.tokens;
    // Whether the sentence is about another occasion, read once for all its dates.
    let other_occasion = std::cell::OnceCell::new();
    let mut i = 0;
    while i < toks.len() {
        if !may_begin_time(&toks[i]) {
            i += 1;
            continue;
        }
        if let Some((expr, end)) = date_at(s, lexicon, i) {
            let relative = matches!(
                expr,
                DateExpr::Overnight
                    | DateExpr::Yesterday
                    | DateExpr::Today
                    | DateExpr::Weekend
                    | DateExpr::LastWeek
                    | DateExpr::LastMonth
                    | DateExpr::LastYear
            );
            let first = if relative {
                i
            } else {
                preposition_before(toks, i)
            };
            // Only a calendar date can be the start of something; "overnight" never is.
            let (is_start, subject) = if relative {
                (false, None)
            } else {
                start_context(s, lexicon, first)
            };
            // "said Tuesday", "announced on Monday": the day of a statement.
            let of_statement = lexicon
                .attribution_verbs
                .longest_ending_at(&s.tokens, first, 3)
                .is_some()
                || first
                    .checked_sub(1)
                    .is_some_and(|p| statement_of_data(toks, p));
            let event = (!is_start && !of_statement && single_day(expr))
                .then(|| {
                    event_dated(s, lexicon, first, end, || {
                        *other_occasion.get_or_init(|| {
                            super::quantities::sentence_occasion(s, lexicon).is_some()
                        })
                    })
                })
                .flatten();
            push(
                s,
                claims,
                first,
                end,
                ClaimKind::Date(DateRef {
                    expr,
                    is_start,
                    subject: subject.map(Into::into),
                    of_statement,
                    event: event.map(Into::into),
                }),
            );
            i = end;
            continue;
        }
        if let Some((elapsed, first, end)) = ordinal_period_at(s, lexicon, i)
            .or_else(|| unit_long_at(s, lexicon, i))
            .or_else(|| {
                // Not one the quantity parser read ("lasted an hour and a half").
                a_unit_at(s, lexicon, i).filter(|&(_, first, end)| {
                    let span = toks[first].span.cover(toks[end - 1].span);
                    !claims
                        .iter()
                        .rev()
                        .take_while(|c| c.sentence == s.span)
                        .any(|c| c.span.start < span.end && span.start < c.span.end)
                })
            })
        {
            push(s, claims, first, end, ClaimKind::Elapsed(Box::new(elapsed)));
            i = end;
            continue;
        }
        i += 1;
    }
}

/// Whether the verb at `at` tells when data came out, not when what they count happened:
/// "figures showed on Tuesday", "data released on Tuesday", "a survey published on Monday"
/// (not "hostages released on Tuesday").
fn statement_of_data(toks: &[Token<'_>], at: usize) -> bool {
    match toks[at].lower.as_ref() {
        "showed" => true,
        "released" | "published" => at.checked_sub(1).is_some_and(|p| {
            matches!(
                toks[p].lower.as_ref(),
                "data" | "figures" | "statistics" | "numbers" | "report" | "survey" | "estimates"
            )
        }),
        _ => false,
    }
}

/// Whether a date, an ordinal period or a span may begin at `t`: a digit, a capital, a number
/// word, a unit of time or one of the few words that begin a relative date or a span. A cheap
/// test that spares the readers below the great majority of words and all punctuation; it
/// must let through every word any of them begins with.
fn may_begin_time(t: &Token<'_>) -> bool {
    let Some(&first) = t.text.as_bytes().first() else {
        return false;
    };
    if !first.is_ascii() || first.is_ascii_digit() || first.is_ascii_uppercase() {
        return true;
    }
    if !first.is_ascii_lowercase() {
        return false;
    }
    let lower = t.lower.as_ref();
    matches!(
        lower,
        "overnight" | "today" | "over" | "at" | "yesterday" | "last" | "a" | "an"
    ) || numbers_may_start(lower)
        || TimeUnit::parse(lower).is_some()
}

/// Dates that name one day: an event's day can be compared with another report's.
fn single_day(expr: DateExpr) -> bool {
    matches!(
        expr,
        DateExpr::Day { .. }
            | DateExpr::MonthDay { .. }
            | DateExpr::Weekday { .. }
            | DateExpr::Yesterday
            | DateExpr::Today
    )
}

/// The kind of event a date between tokens `first` and `end` is the day of, when its clause
/// tells the event happened with a verb of happening: "the quake struck on Tuesday" dates the
/// earthquake (the kind of event nearest the verb); "it struck on Tuesday" an "event". Not for events that last ("the storm made landfall on Tuesday" dates
/// one landfall of many), nor in a sentence about another occasion ("the 2002 crash", "in a
/// separate attack").
fn event_dated(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    first: usize,
    end: usize,
    other_occasion: impl FnOnce() -> bool,
) -> Option<String> {
    let toks = &s.tokens;
    // A clause ends at strong punctuation and at a subordinating word: in "rescuers searched
    // on Thursday after an earthquake hit", Thursday is the search's.
    let same_clause = |k: usize| {
        let (from, to) = (k.min(first), k.max(end).min(toks.len()));
        (from..to).all(|j| {
            !matches!(toks[j].text, ";" | ":" | "(" | ")" | "." | "?" | "!")
                && !matches!(
                    toks[j].lower.as_ref(),
                    "after" | "before" | "when" | "while" | "until" | "as"
                )
        })
    };
    // A "where" clause tells what happened at another place than the report's own ("damage to
    // Odesa, where missiles struck on Friday").
    let in_where_clause = (first.saturating_sub(EVENT_REACH)..first)
        .rev()
        .take_while(|&j| !matches!(toks[j].text, ";" | ":" | "." | "(" | ")"))
        .any(|j| toks[j].lower == "where" && j > 0 && toks[j - 1].text == ",");
    if in_where_clause {
        return None;
    }
    let reach = first.saturating_sub(EVENT_REACH)..(end + EVENT_REACH).min(toks.len());
    let verb = reach
        .clone()
        .find(|&k| lexicon.event_verbs.longest_at(toks, k).is_some() && same_clause(k));
    let verb = verb?;
    crate::text::work::add(2 * TOPIC_REACH as u64);
    // The kind of event nearest the verb (its subject, mostly), within reach of it: a bounded
    // look, so that a sentence of many dates costs time in proportion to its length.
    let topic = (verb.saturating_sub(TOPIC_REACH)..(verb + TOPIC_REACH).min(toks.len()))
        .filter_map(|k| {
            let found = lexicon.topic_forms.longest_at(toks, k)?;
            Some((k.abs_diff(verb), *found.value))
        })
        .min();
    let kind = match topic {
        Some((_, topic)) => lexicon.topics[topic]
            .instant
            .then(|| lexicon.topics[topic].label.clone()),
        None => Some("event".to_string()),
    }?;
    if other_occasion() {
        return None;
    }
    Some(kind)
}

/// How far from its verb an event's kind may be named.
const TOPIC_REACH: usize = 24;

/// How far from a date its event's verb or name may stand.
const EVENT_REACH: usize = 12;

fn push(s: &Sentence<'_>, claims: &mut Vec<Claim>, first: usize, end: usize, kind: ClaimKind) {
    let span = s.tokens[first].span.cover(s.tokens[end - 1].span);
    claims.push(Claim {
        report: s.report,
        span,
        sentence: s.span,
        text: s.slice(span).into(),
        kind,
    });
}

/// Includes a preposition written just before a date: "on Thursday", "in February 2022".
fn preposition_before(toks: &[Token<'_>], i: usize) -> usize {
    match i.checked_sub(1).map(|p| toks[p].lower.as_ref()) {
        Some("on" | "in" | "since" | "early" | "late" | "by" | "until" | "during" | "from") => {
            i - 1
        }
        _ => i,
    }
}

/// A number token's value when it is a plain integer: "24", "2022".
fn integer(t: &Token<'_>) -> Option<i64> {
    if !t.text.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    match decimal(t.text) {
        Ok(("", value)) => Some(value as i64),
        _ => None,
    }
}

fn year_at(toks: &[Token<'_>], j: usize) -> Option<i16> {
    let t = toks.get(j)?;
    let year = integer(t).filter(|y| t.text.len() == 4 && (1000..=2200).contains(y))?;
    Some(year as i16)
}

/// A day of the month at `j`: "24", or "3rd", "24th".
fn day_at(toks: &[Token<'_>], j: usize) -> Option<i8> {
    let t = toks.get(j)?;
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| t.lower.strip_suffix(suffix))
        .unwrap_or(&t.lower);
    if digits.is_empty() || digits.len() > 2 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse::<i8>().ok().filter(|d| (1..=31).contains(d))
}

/// A capitalised month name at `j`, with the token after it (past an abbreviation's dot).
fn month_at(lexicon: &Lexicon, toks: &[Token<'_>], j: usize) -> Option<(i8, usize)> {
    if !toks.get(j)?.is_capitalised() {
        return None;
    }
    let found = lexicon.months.longest_at(toks, j)?;
    let mut end = j + found.len;
    // "Feb." keeps its abbreviation's point; "in May." ends a sentence.
    let abbreviated = found.len == 1
        && toks[j].text.len() <= 4
        && !matches!(toks[j].lower.as_ref(), "may" | "june" | "july");
    if abbreviated
        && toks
            .get(end)
            .is_some_and(|t| t.text == "." && !t.space_before)
    {
        end += 1;
    }
    Some((*found.value, end))
}

/// A date expression starting at token `i`, and the token after it.
fn date_at(s: &Sentence<'_>, lexicon: &Lexicon, i: usize) -> Option<(DateExpr, usize)> {
    let toks = &s.tokens;
    let t = &toks[i];
    // "24 February 2022", "24 February".
    if let Some(day) = day_at(toks, i)
        && let Some((month, after)) = month_at(lexicon, toks, i + 1)
    {
        return Some(match year_at(toks, after) {
            Some(year) => (DateExpr::Day { year, month, day }, after + 1),
            None => (DateExpr::MonthDay { month, day }, after),
        });
    }
    if let Some((month, after)) = month_at(lexicon, toks, i) {
        // "February 24, 2022", "Feb. 24".
        if let Some(day) = day_at(toks, after) {
            let mut end = after + 1;
            if toks.get(end).is_some_and(|t| t.text == ",")
                && let Some(year) = year_at(toks, end + 1)
            {
                end += 2;
                return Some((DateExpr::Day { year, month, day }, end));
            }
            return Some((DateExpr::MonthDay { month, day }, end));
        }
        // "February 2022".
        if let Some(year) = year_at(toks, after) {
            return Some((DateExpr::Month { year, month }, after + 1));
        }
        // "in February": a month alone is a date only after a preposition; "May" alone is a verb.
        let before = i.checked_sub(1).map(|p| toks[p].lower.as_ref());
        // "by the end of March", "the start of May": a part of a month named by its month.
        let part_of = before == Some("of")
            && i.checked_sub(2).is_some_and(|p| {
                matches!(
                    toks[p].lower.as_ref(),
                    "end" | "start" | "beginning" | "middle" | "close"
                )
            });
        if part_of
            || matches!(
                before,
                Some("in" | "since" | "until" | "during" | "early" | "late" | "mid" | "by")
            )
        {
            return Some((DateExpr::MonthOnly { month }, after));
        }
        return None;
    }
    // "in 2022", "since 2014", "a profit of €280 million for 2025".
    if let Some(year) = year_at(toks, i)
        && i > 0
        && matches!(
            toks[i - 1].lower.as_ref(),
            "in" | "since" | "until" | "during" | "for"
        )
        && !toks.get(i + 1).is_some_and(|n| {
            n.is_word()
                && !n.is_capitalised()
                && lexicon.class_nouns.longest_at(toks, i + 1).is_some()
        })
    {
        return Some((DateExpr::Year { year }, i + 1));
    }
    // "Norland's 2025 wheat crop", "its 2025 revenue", "the 2024 harvest": a year that dates
    // the noun after it.
    if let Some(year) = year_at(toks, i)
        && super::quantities::year_of_a_subject_at(toks, i)
        && lexicon.class_nouns.longest_at(toks, i + 1).is_none()
        && lexicon.unit_forms.longest_at(toks, i + 1).is_none()
    {
        return Some((DateExpr::Year { year }, i + 1));
    }
    // "on a Friday evening" is some Friday, not the last one.
    if t.is_capitalised()
        && !i
            .checked_sub(1)
            .is_some_and(|p| matches!(toks[p].lower.as_ref(), "a" | "an" | "every" | "each"))
        && let Some(found) = lexicon.weekdays.longest_at(toks, i)
    {
        return Some((
            DateExpr::Weekday {
                weekday: *found.value,
            },
            i + found.len,
        ));
    }
    // "Saturday's match", "Monday's attack": the day of what it names.
    if t.is_capitalised()
        && crate::lexicon::is_possessive(&t.lower)
        && toks
            .get(i + 1)
            .is_some_and(|n| n.is_word() && !n.is_capitalised())
    {
        let day = crate::text::tokens(crate::lexicon::strip_possessive(t.text), 0);
        if let Some(found) = lexicon.weekdays.longest_at(&day, 0)
            && found.len == day.len()
        {
            return Some((
                DateExpr::Weekday {
                    weekday: *found.value,
                },
                i + 1,
            ));
        }
    }
    match t.lower.as_ref() {
        "overnight" => Some((DateExpr::Overnight, i + 1)),
        "today" => Some((DateExpr::Today, i + 1)),
        "over" | "at"
            if toks.get(i + 1).is_some_and(|t| t.lower == "the")
                && toks.get(i + 2).is_some_and(|t| t.lower == "weekend") =>
        {
            Some((DateExpr::Weekend, i + 3))
        }
        "yesterday" => Some((DateExpr::Yesterday, i + 1)),
        "last" => match toks.get(i + 1).map(|n| n.lower.as_ref()) {
            Some("week") => Some((DateExpr::LastWeek, i + 2)),
            Some("month") => Some((DateExpr::LastMonth, i + 2)),
            Some("year") => Some((DateExpr::LastYear, i + 2)),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a date at token `first` is given as a start, and of what: "since February 2022",
/// "the invasion was launched in February 2022".
fn start_context(s: &Sentence<'_>, lexicon: &Lexicon, first: usize) -> (bool, Option<String>) {
    let toks = &s.tokens;
    // The cue stands shortly before the date, in the same clause: "since February 2022",
    // "began in February 2022", "launched its full-scale invasion in February 2022".
    let from = first.saturating_sub(6);
    let cue = (from..first.min(toks.len()))
        .rev()
        .take_while(|&j| !matches!(toks[j].text, "," | ";" | ":" | "." | "(" | ")"))
        .find(|&j| {
            lexicon
                .start_cues
                .longest_at(toks, j)
                .is_some_and(|m| j + m.len <= first + 1)
        });
    let Some(cue) = cue else {
        return (false, None);
    };
    (true, subject_before(s, lexicon, cue.max(first)))
}

/// How far back a start cue's subject is looked for. Bounded, so that a sentence of many dates
/// costs time in proportion to its length.
const SUBJECT_REACH: usize = 24;

/// The nearest thing that lasts ("war", "invasion") written before token `before`, within
/// [`SUBJECT_REACH`] tokens.
fn subject_before(s: &Sentence<'_>, lexicon: &Lexicon, before: usize) -> Option<String> {
    let toks = &s.tokens;
    let before = before.min(toks.len());
    (before.saturating_sub(SUBJECT_REACH)..before)
        .rev()
        .find_map(|j| {
            let found = lexicon.time_subjects.longest_at(toks, j)?;
            (j + found.len <= before).then(|| {
                s.slice(toks[j].span.cover(toks[j + found.len - 1].span))
                    .to_lowercase()
            })
        })
}

/// "in its third year", "the war's fourth year", "the third year of the war".
fn ordinal_period_at(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    i: usize,
) -> Option<(Elapsed, usize, usize)> {
    let toks = &s.tokens;
    let t = &toks[i];
    let digits_with_suffix = t.text.starts_with(|c: char| c.is_ascii_digit())
        && ["st", "nd", "rd", "th"]
            .iter()
            .any(|x| t.lower.ends_with(x));
    if !(digits_with_suffix
        || (t.text.starts_with(char::is_alphabetic) && numbers_may_start(&t.lower)))
    {
        return None;
    }
    // An ordinal period ends in a unit of time; no ordinal runs to 16 tokens, so without a
    // unit that near the ordinal grammar need not run.
    if !toks[i + 1..toks.len().min(i + 16)]
        .iter()
        .any(|t| TimeUnit::parse(&t.lower).is_some())
    {
        return None;
    }
    let rel = t.span.start - s.span.start;
    let (rest, n) = ordinal(&s.text[rel..]).ok()?;
    let end_byte = s.span.start + (s.text.len() - rest.len());
    let after = toks.partition_point(|t| t.span.start < end_byte);
    if toks[after - 1].span.end != end_byte {
        return None;
    }
    let unit = TimeUnit::parse(&toks.get(after)?.lower)?;
    if toks[after].lower.ends_with('s') {
        return None;
    }
    let previous = i.checked_sub(1).map(|p| &toks[p]);
    let possessive = previous.and_then(|p| {
        let word = p
            .text
            .strip_suffix("'s")
            .or_else(|| p.text.strip_suffix("’s"))?;
        Some(word.to_lowercase())
    });
    let pronoun =
        previous.is_some_and(|p| matches!(p.lower.as_ref(), "its" | "their" | "his" | "her"));
    // "the third year of the war"; "a third day of talks" counts days of a meeting, not time
    // since a start, so only years and months are read this way.
    let of_subject = if matches!(unit, TimeUnit::Year | TimeUnit::Month)
        && toks
            .get(after + 1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "of" | "since"))
    {
        let mut k = after + 2;
        if toks.get(k).is_some_and(|t| t.lower == "the") {
            k += 1;
        }
        // "the fifth year of Russia's full-scale invasion".
        if toks
            .get(k)
            .is_some_and(|t| t.is_capitalised() && crate::lexicon::is_possessive(t.text))
        {
            k += 1;
        }
        lexicon.time_subjects.longest_at(toks, k).map(|found| {
            s.slice(toks[k].span.cover(toks[k + found.len - 1].span))
                .to_lowercase()
        })
    } else {
        None
    };
    let subject = match (&possessive, pronoun, &of_subject) {
        (Some(word), _, _) => Some(word.clone()),
        (None, true, _) => subject_before(s, lexicon, i),
        (None, false, Some(subject)) => Some(subject.clone()),
        _ => return None,
    };
    let mut first = i;
    if pronoun {
        first = i - 1;
        if first > 0 && toks[first - 1].lower == "in" {
            first -= 1;
        }
    }
    let n = f64::from(n);
    Some((
        Elapsed {
            number: n,
            unit,
            ordinal: true,
            hedge: Hedge::Exact,
            interval: Interval {
                low: Some(n - 1.0),
                high: Some(n),
                inclusive: [true, false],
            },
            subject: subject.map(Into::into),
            record_events: Vec::new(),
            of_event: false,
            placing: false,
        },
        first,
        after + 1,
    ))
}

/// "hour-long", "year-long" with no number: one unit ("the nearly hour-long call").
fn unit_long_at(s: &Sentence<'_>, lexicon: &Lexicon, i: usize) -> Option<(Elapsed, usize, usize)> {
    let toks = &s.tokens;
    let unit = TimeUnit::parse(&toks[i].lower)?;
    if toks[i].lower.ends_with('s') {
        return None;
    }
    let dash = toks.get(i + 1)?;
    let long = toks.get(i + 2)?;
    if dash.text != "-" || dash.space_before || long.lower != "long" || long.space_before {
        return None;
    }
    // "three-year-long" has its number; the quantity parser reads it.
    if i >= 2 && toks[i - 1].text == "-" && !toks[i - 1].space_before {
        return None;
    }
    let mut first = i;
    let mut interval = Interval::exact(1.0);
    let mut hedge = Hedge::Exact;
    if let Some((start, found)) = lexicon.hedge_forms.longest_ending_at(toks, i, 3) {
        let entry = &lexicon.hedges[*found.value];
        if entry.kind == Hedge::Approx && !entry.after {
            first = start;
            hedge = Hedge::Approx;
            interval = Interval {
                low: Some(1.0 - entry.below),
                high: Some(1.0 + entry.above),
                inclusive: entry.inclusive,
            };
        }
    }
    let subject = toks
        .get(i + 3)
        .filter(|t| t.is_word() && !t.is_capitalised())
        .map(|_| {
            let found = lexicon.time_subjects.longest_at(toks, i + 3);
            let len = found.map_or(1, |f| f.len);
            s.slice(toks[i + 3].span.cover(toks[i + 2 + len].span))
                .to_lowercase()
        });
    Some((one_unit(unit, hedge, interval, subject), first, i + 3))
}

/// One unit of time written with an article, after "for" or a hedge: "for a year", "more than
/// a year", "nearly a month" ("within a week" is a deadline, not a span). Not a rate ("$5 billion a year", "twice a
/// week"), a time before or after another ("a year earlier", "a week ago": dates, not spans),
/// a compound ("a year-long inquiry") or a part ("a week of talks").
fn a_unit_at(s: &Sentence<'_>, lexicon: &Lexicon, i: usize) -> Option<(Elapsed, usize, usize)> {
    let toks = &s.tokens;
    if !matches!(toks[i].lower.as_ref(), "a" | "an") {
        return None;
    }
    let unit_token = toks.get(i + 1)?;
    let unit = TimeUnit::parse(&unit_token.lower)?;
    if unit_token.lower.ends_with('s') || unit_token.text.starts_with(char::is_uppercase) {
        return None;
    }
    // The span ends its phrase: a stop, or a word that begins another ("for a year, and",
    // "for a year in prison"); not "a week or two", "a day pass", "a year ago".
    let ends_phrase = toks.get(i + 2).is_none_or(|t| {
        !t.is_word() && !matches!(t.text, "-" | "/") && !(t.text.starts_with(char::is_numeric))
            || matches!(
                t.lower.as_ref(),
                "and"
                    | "in"
                    | "at"
                    | "until"
                    | "while"
                    | "when"
                    | "but"
                    | "as"
                    | "with"
                    | "without"
                    | "to"
                    | "because"
                    | "amid"
                    | "during"
            )
    });
    if !ends_phrase {
        return None;
    }
    let mut first = i;
    let mut hedge = Hedge::Exact;
    let mut interval = Interval::exact(1.0);
    if let Some((start, found)) = lexicon.hedge_forms.longest_ending_at(toks, i, 3) {
        let entry = &lexicon.hedges[*found.value];
        if entry.after || entry.kind == Hedge::Range {
            return None;
        }
        first = start;
        hedge = entry.kind;
        interval = super::quantities::hedged(1.0, entry);
    } else if !(i > 1 && toks[i - 1].lower == "for" && !a_price_for(&toks[i - 2])) {
        return None;
    }
    Some((one_unit(unit, hedge, interval, None), first, i + 2))
}

/// A word before "for a year" that makes it what a span costs, not how long something
/// lasted: "the price for a week", "$5 for a day", "a ticket for a year".
fn a_price_for(t: &Token<'_>) -> bool {
    t.text.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            t.lower.as_ref(),
            "price"
                | "prices"
                | "ticket"
                | "tickets"
                | "fine"
                | "fines"
                | "fee"
                | "fees"
                | "cost"
                | "costs"
                | "charge"
                | "charges"
                | "rate"
                | "rates"
                | "pass"
                | "subscription"
        )
}

/// A span of one unit of time, as "hour-long" and "for a year" write it.
fn one_unit(unit: TimeUnit, hedge: Hedge, interval: Interval, subject: Option<String>) -> Elapsed {
    Elapsed {
        number: 1.0,
        unit,
        ordinal: false,
        hedge,
        interval,
        subject: subject.map(Into::into),
        record_events: Vec::new(),
        of_event: false,
        placing: false,
    }
}

//! Durations told in several units at once: "two hours, 21 minutes and seven seconds", "2
//! hours 5 minutes 48 seconds". Each part is read as a figure of its own; run together in
//! falling units, joined by nothing, commas or "and", they are one duration, in minutes where
//! seconds or minutes end it. Not a length before a noun ("a three-hour, 17-minute final"),
//! nor a part that another span follows ("three hours, and 20 minutes later"). Race times
//! written as a clock ("in 2:05:48") are durations too.

use crate::claim::{Claim, ClaimKind, Elapsed, Hedge, Interval, TimeUnit};
use crate::parse::Sentence;

/// One part's length in minutes and the step its last unit is counted in: a duration
/// (`Elapsed`, not an ordinal) or a count of seconds.
fn part(claim: &Claim) -> Option<(f64, TimeUnit, f64)> {
    match &claim.kind {
        // A length before a noun ("a three-hour, 17-minute final") is told as its own.
        ClaimKind::Elapsed(e) if !e.ordinal && e.hedge == Hedge::Exact && e.subject.is_none() => {
            Some((e.number * e.unit.minutes(), e.unit, e.unit.minutes()))
        }
        ClaimKind::Quantity(q) if q.unit.as_deref() == Some("second") && q.range.is_none() => {
            Some((q.number / 60.0, TimeUnit::Minute, 1.0 / 60.0))
        }
        _ => None,
    }
}

/// Joins the parts of durations told in several units among the claims a sentence's figures
/// made from index `start`, `placed` giving each of those claims' first token and the end of
/// its phrase (kept in step with them).
pub(super) fn join_compound_durations(
    sentence: &Sentence<'_>,
    placed: &mut Vec<(usize, usize)>,
    claims: &mut Vec<Claim>,
    start: usize,
) {
    let toks = &sentence.tokens;
    let joined = |from: usize, to: usize| {
        from <= to
            && to - from <= 2
            && toks[from..to]
                .iter()
                .all(|t| matches!(t.lower.as_ref(), "," | "and"))
    };
    // "three hours, and 20 minutes later a second boat sank", "four years, six months of
    // which suspended", "two days, 14 hours longer than forecast": the second span is another
    // one.
    let another_after = |end: usize| {
        toks.get(end).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "later"
                    | "earlier"
                    | "ahead"
                    | "behind"
                    | "longer"
                    | "shorter"
                    | "faster"
                    | "slower"
                    | "of"
                    | "than"
                    | "more"
                    | "less"
                    | "before"
                    | "after"
                    | "ago"
                    | "clear"
                    | "adrift"
                    | "back"
            )
        })
    };
    let mut i = start;
    // The step of the last part joined into claim `i`, once one is.
    let mut joined_step: Option<f64> = None;
    while i + 1 < claims.len() {
        let k = i - start;
        let parts = part(&claims[i])
            .map(|(minutes, unit, step)| (minutes, unit, joined_step.unwrap_or(step)))
            .zip(part(&claims[i + 1]));
        // Falling units: "2 hours 5 minutes", not "5 minutes, 2 hours".
        let Some((first, next)) = parts.filter(|(first, next)| {
            next.2 < first.2
                && k + 1 < placed.len()
                && joined(placed[k].1, placed[k + 1].0)
                && !another_after(placed[k + 1].1)
        }) else {
            i += 1;
            joined_step = None;
            continue;
        };
        let span = claims[i].span.cover(claims[i + 1].span);
        claims[i] = joined_claim(sentence, &claims[i], span, first.0 + next.0, next.1, next.2);
        claims.remove(i + 1);
        placed[k].1 = placed[k + 1].1;
        placed.remove(k + 1);
        joined_step = Some(next.2);
    }
}

/// The claim of a duration of `total` minutes over `span`, counted to `step` minutes in its
/// last part's `unit` (minutes where seconds end it), keeping what the first part says of
/// what lasted.
fn joined_claim(
    sentence: &Sentence<'_>,
    first: &Claim,
    span: crate::span::Span,
    total: f64,
    unit: TimeUnit,
    step: f64,
) -> Claim {
    let unit = if step < 1.0 { TimeUnit::Minute } else { unit };
    let number = total / unit.minutes();
    let half = 0.5 * step / unit.minutes();
    let kept = match &first.kind {
        ClaimKind::Elapsed(e) => Kept {
            subject: e.subject.clone(),
            record_events: e.record_events.clone(),
            of_event: e.of_event,
            placing: e.placing,
        },
        _ => Kept::none(),
    };
    duration_claim(sentence, span, number, unit, half, kept)
}

/// Race times written as a clock with seconds after a word of a result ("won in 2:05:48", "a
/// record of 2:21:07", "clocked 1:32:45"): hours, minutes and seconds joined by colons with no
/// space, read as a duration in minutes and placed among the sentence's claims from index
/// `start` by where they stand. A clock without seconds ("14:45") is a time of day, and a
/// timestamp ("Dec 30 20:37:21 UTC") is no result; both are left alone.
pub(super) fn clock_durations(sentence: &Sentence<'_>, claims: &mut Vec<Claim>, start: usize) {
    let toks = &sentence.tokens;
    let digits = |k: usize, len: std::ops::RangeInclusive<usize>| {
        toks.get(k).is_some_and(|t| {
            len.contains(&t.text.len()) && t.text.bytes().all(|b| b.is_ascii_digit())
        })
    };
    let glued = |k: usize, text: &str| {
        toks.get(k)
            .is_some_and(|t| t.text == text && !t.space_before)
            && toks.get(k + 1).is_some_and(|t| !t.space_before)
    };
    let mut k = 0;
    while k + 4 < toks.len() {
        let clock = digits(k, 1..=2)
            && glued(k + 1, ":")
            && digits(k + 2, 2..=2)
            && glued(k + 3, ":")
            && toks[k + 4].text.len() >= 2
            && toks[k + 4].text[..2].bytes().all(|b| b.is_ascii_digit());
        // Told as a result ("won in", "a record of", "clocked", "a time of"), not a
        // timestamp ("Mon Dec 30 20:37:21 UTC"), and no part of a longer clock.
        let result = k > 0
            && matches!(
                toks[k - 1].lower.as_ref(),
                "in" | "of" | "clocked" | "timed" | "time" | "record"
            );
        let alone = result && !glued(k + 5, ":");
        if !(clock && alone) {
            k += 1;
            continue;
        }
        let number = |t: &str| t.parse::<f64>().ok();
        let (Some(h), Some(m), Some(sec)) = (
            number(toks[k].text),
            number(toks[k + 2].text),
            number(toks[k + 4].text),
        ) else {
            k += 1;
            continue;
        };
        if m >= 60.0 || sec >= 60.0 {
            k += 1;
            continue;
        }
        let minutes = h * 60.0 + m + sec / 60.0;
        let span = toks[k].span.cover(toks[k + 4].span);
        let half = 0.5 / 60.0;
        let claim = duration_claim(
            sentence,
            span,
            minutes,
            TimeUnit::Minute,
            half,
            Kept::none(),
        );
        let at = claims[start..]
            .iter()
            .position(|c| c.span.start > span.start)
            .map_or(claims.len(), |p| start + p);
        claims.insert(at, claim);
        k += 5;
    }
}

/// What a joined duration keeps of its first part: what lasted, and how the span was told.
struct Kept {
    subject: Option<crate::claim::CompactString>,
    record_events: Vec<String>,
    of_event: bool,
    placing: bool,
}

impl Kept {
    fn none() -> Kept {
        Kept {
            subject: None,
            record_events: Vec::new(),
            of_event: false,
            placing: false,
        }
    }
}

/// The claim of an exact duration of `number` `unit`s over `span`, allowing `half` a step
/// either way.
fn duration_claim(
    sentence: &Sentence<'_>,
    span: crate::span::Span,
    number: f64,
    unit: TimeUnit,
    half: f64,
    kept: Kept,
) -> Claim {
    Claim {
        report: sentence.report,
        span,
        sentence: sentence.span,
        text: sentence.slice(span).into(),
        kind: ClaimKind::Elapsed(Box::new(Elapsed {
            number,
            unit,
            ordinal: false,
            hedge: Hedge::Exact,
            interval: Interval {
                low: Some(number - half),
                high: Some(number + half),
                inclusive: [true, false],
            },
            subject: kept.subject,
            record_events: kept.record_events,
            of_event: kept.of_event,
            placing: kept.placing,
        })),
    }
}

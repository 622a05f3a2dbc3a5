//! Durations told in several units at once: "two hours, 21 minutes and seven seconds", "2
//! hours 5 minutes 48 seconds", "a year and six months". Each part is read as a figure of its
//! own; run together in falling units, joined by nothing, commas or "and", they are one
//! duration, in minutes where seconds or minutes end it.

use crate::claim::{Claim, ClaimKind, Elapsed, Hedge, Interval, TimeUnit};
use crate::parse::Sentence;

/// One part's length in minutes and the step its last unit is counted in: a duration
/// (`Elapsed`, not an ordinal) or a count of seconds.
fn part(claim: &Claim) -> Option<(f64, TimeUnit, f64)> {
    match &claim.kind {
        ClaimKind::Elapsed(e) if !e.ordinal && e.hedge == Hedge::Exact => {
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
    let mut i = start;
    while i + 1 < claims.len() {
        let k = i - start;
        let parts = part(&claims[i]).zip(part(&claims[i + 1]));
        // Falling units: "2 hours 5 minutes", not "5 minutes, 2 hours".
        let Some((first, next)) = parts.filter(|(first, next)| {
            next.2 < first.2 && k + 1 < placed.len() && joined(placed[k].1, placed[k + 1].0)
        }) else {
            i += 1;
            continue;
        };
        let span = claims[i].span.cover(claims[i + 1].span);
        claims[i] = joined_claim(sentence, &claims[i], span, first.0 + next.0, next.1, next.2);
        claims.remove(i + 1);
        placed[k].1 = placed[k + 1].1;
        placed.remove(k + 1);
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
    let (subject, record_events, of_event, placing) = match &first.kind {
        ClaimKind::Elapsed(e) => (
            e.subject.clone(),
            e.record_events.clone(),
            e.of_event,
            e.placing,
        ),
        _ => (None, Vec::new(), false, false),
    };
    Claim {
        report: first.report,
        span,
        sentence: first.sentence,
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
            subject,
            record_events,
            of_event,
            placing,
        })),
    }
}

//! The claim a mention and its reading make: its measure (the lexicon's, one per noun, or an
//! open one from the words), its unit, source and reporting nation, the rounding of an exact
//! amount, and durations (with whether they are how long the event lasted).

use super::attribution::Attribution;
use super::{Mention, Reading};
use crate::claim::{Claim, ClaimKind, Elapsed, Hedge, Interval, Quantity, QuantityRole, TimeUnit};
use crate::lexicon::Lexicon;
use crate::parse::Sentence;
use crate::parse::places::{nation_reporting_first, reporting_nation};
use crate::text::Token;

/// Whether a head noun in lower case is plural: "girls", "vehicles"; not "class".
pub(super) fn plural_head(head: &str) -> bool {
    head.len() > 3 && head.ends_with('s') && !head.ends_with("ss")
}

/// The measure of a figure whose noun no class of the lexicon counts, from its own words: the
/// head noun as written and the action ("23 girls … unaccounted for" counts `girls.missing`,
/// compared only with other figures of girls missing). Not for units of measure or time, nor
/// for a noun carried over from another figure.
fn open_measure(lexicon: &Lexicon, r: &Reading, action: usize) -> Option<String> {
    let counted = r.counted.as_deref()?;
    if r.counted_inherited
        || r.unit
            .as_deref()
            .is_some_and(|u| is_measure_unit(u) || TimeUnit::parse(u).is_some())
    {
        return None;
    }
    // Beings: the actions that have victims ("killed", "missing"), and a plural noun.
    let victims = lexicon.actions[action].victims?;
    if lexicon.actions[action].any_noun {
        return lexicon.measure(victims, action);
    }
    let head = head_noun(counted)?;
    let plural = plural_head(&head);
    // "others", "more": words standing for a noun before, not a kind of their own.
    let standing_for = lexicon
        .anaphora_forms
        .longest_at(&crate::text::tokens(&head, 0), 0)
        .is_some();
    if standing_for
        || !head.chars().all(char::is_alphabetic)
        || !(plural
            || matches!(
                head.as_str(),
                "men" | "women" | "staff" | "crew" | "personnel"
            ))
    {
        return None;
    }
    Some(format!("{head}.{}", lexicon.actions[action].id))
}

/// The head of a counted noun phrase, in lower case: its last word ("Thai nationals" →
/// "nationals"), or the group before "members" ("crew members", "staff members" → "crew",
/// "staff").
fn head_noun(counted: &str) -> Option<String> {
    let mut words = counted.split_whitespace().rev();
    let last = words.next()?;
    let head = match words.next() {
        Some(group) if last.eq_ignore_ascii_case("members") => group,
        _ => last,
    };
    Some(head.to_lowercase())
}

/// The counted words that say what is counted, joined by hyphens and ending in the plural
/// `head`: "12 rocky exoplanets" count `rocky-exoplanets`, some of "73 exoplanets"; words that
/// only say the things are new or more ("73 new exoplanets", "64 previously unknown
/// exoplanets", "another 40 stores") and names (an owner's, read apart) are left out.
fn restricted_noun(counted: &str, head: &str) -> String {
    let words: Vec<&str> = counted.split_whitespace().collect();
    let Some((_, modifiers)) = words.split_last() else {
        return head.to_string();
    };
    let mut key = String::new();
    for word in modifiers {
        let lower = word.to_lowercase();
        let kept = word.starts_with(|c: char| c.is_ascii_lowercase())
            && lower.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !NOT_RESTRICTING.contains(&lower.as_str());
        if kept {
            key.push_str(&lower);
            key.push('-');
        }
    }
    key.push_str(head);
    key
}

/// Words before a counted noun that do not make its things fewer.
const NOT_RESTRICTING: &[&str] = &[
    "new",
    "newly",
    "previously",
    "unknown",
    "undiscovered",
    "more",
    "additional",
    "further",
    "extra",
    "other",
    "fresh",
    "total",
    "some",
    "all",
    "of",
    "the",
    "its",
    "their",
];

/// The measure of a figure whose action is compared only among figures of one noun: the noun
/// as written, plural ("passengers.aboard"); the class's own id for its general nouns ("181
/// people", "181 individuals": `people.aboard`).
fn per_noun_measure(lexicon: &Lexicon, r: &Reading, class: usize, action: usize) -> Option<String> {
    lexicon.measure(class, action)?;
    let class_id = &lexicon.classes[class].id;
    let head = r
        .counted
        .as_deref()
        .filter(|_| !r.counted_inherited)
        .and_then(head_noun);
    let noun = match head.as_deref() {
        None | Some("people" | "person" | "persons" | "individuals" | "individual") => {
            class_id.clone()
        }
        Some(head) if head.chars().all(char::is_alphabetic) => head.to_string(),
        Some(_) => return None,
    };
    Some(format!("{noun}.{}", lexicon.actions[action].id))
}

/// The values an exact amount allows once rounded to its last written digit: "$57 billion" is
/// 56.5–57.5 billion, "$4.27 billion" 4.265–4.275 billion, "185 mph" 184.5–185.5.
fn rounded(toks: &[Token<'_>], m: &Mention) -> Interval {
    let digits = toks[m.first..m.end]
        .iter()
        .find(|t| t.text.starts_with(|c: char| c.is_ascii_digit()));
    let Some(digits) = digits else {
        return m.interval;
    };
    let written: String = digits
        .text
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(|c| *c != ',')
        .collect();
    let decimals = written.split_once('.').map_or(0, |(_, d)| d.len()) as i32;
    let Ok(base) = written.parse::<f64>() else {
        return m.interval;
    };
    if base == 0.0 {
        return m.interval;
    }
    // The digits times a scale ("3 million", "2.5bn"); "3 million and a half" and "4 thousand
    // 3 hundred" are read as exact.
    let scale = (m.number / base).abs();
    if (10f64.powf(scale.log10().round()) - scale).abs() > 1e-9 * scale {
        return m.interval;
    }
    let half = 0.5 * 10f64.powi(-decimals) * scale;
    Interval {
        low: Some(m.number - half),
        high: Some(m.number + half),
        inclusive: [true, true],
    }
}

/// Units of measure that never stand for a counted noun: a later figure without a noun does not
/// count percentages ("fell 4% to 39,345").
pub(super) fn is_measure_unit(unit: &str) -> bool {
    matches!(
        unit,
        "percentage"
            | "percentage-point"
            | "basis-point"
            | "fraction"
            | "dollar"
            | "euro"
            | "pound"
            | "yen"
            | "rouble"
            | "hryvnia"
            | "yuan"
            | "penny"
    )
}

pub(super) fn to_claim(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    m: &Mention,
    r: Reading,
    source: Option<Attribution>,
) -> Claim {
    let toks = &s.tokens;
    let mut last = r.phrase_end.max(m.end);
    if r.action_after {
        last = last.max(r.action_end);
    }
    let last = last.min(toks.len());
    let span = toks[m.first].span.cover(toks[last - 1].span);
    // A share is no count: "cut 1,200 jobs, about 6% of its workforce".
    let share = r.unit.as_deref() == Some("percentage");
    let measure = match (r.class, r.action) {
        (Some(class), Some(action)) if r.role != Some(QuantityRole::Modifier) && !share => {
            if lexicon.actions[action].per_noun {
                per_noun_measure(lexicon, &r, class, action)
            } else {
                lexicon.measure(class, action)
            }
        }
        (None, Some(action)) if r.role != Some(QuantityRole::Modifier) => {
            open_measure(lexicon, &r, action)
        }
        _ => None,
    };
    let lexicon_measure = measure.clone();
    // An amount of any metric in a unit of measure: "revenue of $57 billion".
    let metric = measure.is_none();
    let measure = measure.or_else(|| {
        let unit = r.unit.as_deref()?;
        (r.class.is_none()
            && r.change.is_none()
            && !r.counted_inherited
            && !matches!(
                r.role,
                Some(QuantityRole::Modifier) | Some(QuantityRole::Subset)
            ))
        .then(|| {
            super::metrics::open_measure(
                lexicon,
                toks,
                m.first,
                r.phrase_end.max(m.end).min(toks.len()),
                unit,
            )
        })
        .flatten()
    });
    // A change of any metric in percent or money: "exports rose 7.2% from a year earlier".
    // A rise that a rate is ("consumer prices rose 3.4% from a year earlier": inflation) is
    // that rate's level, no change of it.
    let mut rate_level = false;
    let measure = measure.or_else(|| {
        let (unit, change) = (r.unit.as_deref(), r.change?);
        (r.class.is_none()
            && !r.counted_inherited
            && !matches!(
                r.role,
                Some(QuantityRole::Modifier) | Some(QuantityRole::Subset)
            ))
        .then(|| {
            crate::parse::changes::change_measure(
                lexicon,
                toks,
                m.first,
                r.phrase_end.max(m.end).min(toks.len()),
                unit,
                change == crate::claim::Change::Up,
            )
        })
        .flatten()
        .inspect(|key| {
            rate_level = !matches!(key.split('.').nth(1), Some("rise" | "fall"));
        })
    });
    // People a metric's verb counts: "Pellin Software employs about 14,200 people".
    let measure = measure.or_else(|| {
        let head = head_noun(r.counted.as_deref()?)?;
        (r.action.is_none()
            && matches!(
                head.as_str(),
                "people" | "person" | "workers" | "employees" | "staff" | "persons"
            ))
        .then(|| {
            let staff = matches!(head.as_str(), "workers" | "employees" | "staff");
            super::metrics::counted_by_metric_verb(lexicon, toks, m.first, staff)
        })
        .flatten()
    });
    // "Ridgemoor is home to 79,500 people": its population.
    let measure = measure.or_else(|| {
        let head = head_noun(r.counted.as_deref()?)?;
        (r.action.is_none()
            && matches!(
                head.as_str(),
                "people" | "residents" | "inhabitants" | "persons" | "souls"
            ))
        .then(|| super::metrics::home_to(lexicon, toks, m.first))
        .flatten()
    });
    // "Some 42,000 supporters packed the stadium", "in front of 31,500 fans": the crowd.
    let measure = measure.or_else(|| {
        let head = head_noun(r.counted.as_deref()?)?;
        (r.action.is_none() || r.action_after)
            .then(|| super::metrics::attendance(toks, m.first, r.phrase_end.max(m.end), &head))
            .flatten()
    });
    // A count its subject's verb makes: "Harlow Motors delivered 76,200 vehicles".
    let measure = measure.or_else(|| {
        let counted = r.counted.as_deref()?;
        let head = head_noun(counted)?;
        // A noun of a set of counted synonyms is counted, plural without an "s" or not
        // ("40 aircraft").
        let plural = plural_head(&head) || lexicon.counted_synonyms.contains_key(head.as_str());
        // Units of measure ("300 tonnes of food") are amounts, not counts.
        let measured = r.unit.as_deref().is_some_and(|u| {
            is_measure_unit(u)
                || TimeUnit::parse(u).is_some()
                || super::units::info(lexicon, u).is_some()
        });
        // A lexicon action right before the figure is its verb, unless it is one of the
        // actions of weapons, which read other nouns' verbs ("destroyed 85 structures").
        let action = match r.action {
            None => None,
            Some(a)
                if !r.action_after
                    && r.action_end == m.first
                    && lexicon.actions[a].victims.is_none()
                    && lexicon.actions[a].whole.is_none()
                    && !lexicon.actions[a].actor_owns =>
            {
                Some(Some((r.action_start, a)))
            }
            Some(_) => None,
        };
        // A class's noun makes an open count where the class makes no measure ("Tarlo Air
        // operated 1,200 flights", "won 14 positions").
        (lexicon_measure.is_none()
            && action.is_some() == r.action.is_some()
            && r.change.is_none()
            && (!r.counted_inherited || of_a_whole(toks, m.end))
            && !r.subset_marker
            && r.role.is_none_or(|role| role == QuantityRole::Total)
            && !m.vague
            && plural
            && !measured
            && head.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| {
            action
                .is_none()
                .then(|| {
                    recorded_count(lexicon, toks, m.first, &r)
                        .or_else(|| level_count(lexicon, toks, m.first, &r))
                })
                .flatten()
                .or_else(|| {
                    let counted = restricted_noun(counted, &head);
                    super::metrics::open_count(lexicon, toks, m.first, &counted, action.flatten())
                })
        })
        .flatten()
    });
    // A bare count whose metric a noun before it names: "attendance at the final was 58,900".
    let measure = measure.or_else(|| {
        (r.unit.is_none()
            && r.counted.is_none()
            && r.class.is_none()
            && r.action.is_none()
            && r.change.is_none()
            && !r.subset_marker
            && !m.vague
            && r.role.is_none_or(|role| role == QuantityRole::Total))
        .then(|| super::metrics::bare_count(lexicon, toks, m.first, m.end.min(toks.len())))
        .flatten()
        .map(|mut key| {
            // Dated as a recorded count is: "passenger numbers reached 18.4 million in 2025"
            // is "handled 16.9 million passengers in 2025".
            push_occasion(&mut key, lexicon, toks, &r, m.first, m.end.min(toks.len()));
            key
        })
    });
    let unit = r
        .unit
        .clone()
        .or_else(|| r.class.map(|c| lexicon.classes[c].unit.clone()));
    // "Haiti's government said 43 people were killed", "Haiti reported 30 dead": a nation that
    // reports victims may report its own (`parse::place_reporting_nations` decides).
    let reporting_nation = r
        .place
        .is_none()
        .then(|| {
            let class = r.class?;
            lexicon
                .actions
                .iter()
                .any(|a| a.victims == Some(class))
                .then(|| {
                    source
                        .as_ref()
                        .and_then(|a| reporting_nation(lexicon, &a.source))
                        .or_else(|| nation_reporting_first(s, lexicon))
                })?
        })
        .flatten();
    // A prison term a court gave someone, or the length of a contract someone signed, is a
    // figure compared between reports, in any unit of time: "sentenced to 30 months", "a
    // four-year prison sentence", "signed a five-year contract".
    let term = (r.class.is_none() && m.unit.is_none())
        .then(|| unit.as_deref().and_then(TimeUnit::parse))
        .flatten()
        .and_then(|_| {
            let end = r.phrase_end.max(m.end);
            crate::parse::terms::prison_term(lexicon, toks, m.first, end)
                .or_else(|| crate::parse::terms::contract_term(lexicon, toks, m.first, end))
        });
    // A number of time units is a duration: "a 30-day pause", "for 18 months".
    // Not a part of a span: "more than twice the 1,310 of the week before".
    let partitive = toks.get(m.end).is_some_and(|t| t.lower == "of");
    if term.is_none()
        && r.class.is_none()
        && m.unit.is_none()
        && !partitive
        && let Some(time_unit) = unit.as_deref().and_then(TimeUnit::parse)
    {
        let interval = if m.hedge == Hedge::Exact {
            // A bare cardinal may be rounded ("the three-year war" at 3 years 4 months) or
            // truncated (at 3 years 9 months).
            Interval {
                low: Some(m.number - 0.5),
                high: Some(m.number + 1.0),
                inclusive: [true, false],
            }
        } else {
            m.interval
        };
        let subject = if r.role == Some(QuantityRole::Modifier) {
            r.counted.map(|c| c.to_lowercase())
        } else {
            None
        };
        // A length before its noun measures it: "a four-year inquiry into".
        let placing = subject.is_none() && places_a_moment(toks, m.first, r.phrase_end.max(m.end));
        let lasting = after_lasting_verb(lexicon, toks, m.first);
        let of_event =
            r.occasion.is_none() && duration_of_event(s, lexicon, subject.as_deref(), lasting);
        return Claim {
            report: s.report,
            span,
            sentence: s.span,
            text: s.slice(span).into(),
            kind: ClaimKind::Elapsed(Box::new(Elapsed {
                number: m.number,
                unit: time_unit,
                ordinal: false,
                hedge: m.hedge,
                interval,
                subject: subject.map(Into::into),
                record_events: Vec::new(),
                of_event,
                placing,
            })),
        };
    }
    // "a four-year prison sentence": the term, not a noun's modifier.
    let is_term = term.is_some();
    let term_units = unit
        .as_deref()
        .and_then(TimeUnit::parse)
        .map(|u| format!("{}s", u.name()));
    let measure = measure.or(term);
    let keyed = measure.is_some();
    // A level someone sets is no running total: "trimmed its key rate to 3%, its second cut
    // this year" gives the rate now.
    let set_level = measure.as_deref().is_some_and(|key| {
        let metric = key.split('.').next().unwrap_or(key);
        lexicon.set_metrics.contains(metric)
    });
    // A share keyed by its own whole is that measure's figure, not a part of another: "won
    // 42% of the vote" is the party's share of the vote.
    // A capacity is a ceiling: "able to generate up to 620 MW" gives the capacity itself.
    // (only of what it can generate: "a capacity of up to 1.5 GW" is a plan's ceiling)
    let ceiling = m.hedge == Hedge::AtMost
        && measure
            .as_deref()
            .is_some_and(|key| key.starts_with("capacity."))
        && super::metrics::capacity_generated(toks, m.first).is_some();
    let hedge = if ceiling { Hedge::Exact } else { m.hedge };
    let role = match r.role {
        Some(QuantityRole::Part) if metric && keyed && r.unit.as_deref() == Some("percentage") => {
            QuantityRole::Total
        }
        _ if is_term => QuantityRole::Total,
        role => role.unwrap_or(QuantityRole::Total),
    };
    Claim {
        report: s.report,
        span,
        sentence: s.span,
        text: s.slice(span).into(),
        kind: ClaimKind::Quantity(Box::new(Quantity {
            number: m.number,
            range: m.range,
            hedge,
            // An amount of a metric is rounded as written: "$4.3 billion" is 4.25–4.35 billion.
            // A level someone sets is as written: a 25% tariff, a key rate of 3%.
            interval: if metric
                && hedge == Hedge::Exact
                && measure.as_deref().is_some_and(|key| {
                    let metric = key.split('.').next().unwrap_or(key);
                    !lexicon.set_metrics.contains(metric)
                }) {
                rounded(toks, m)
            } else if ceiling {
                Interval {
                    low: Some(m.number),
                    high: Some(m.number),
                    inclusive: [true, true],
                }
            } else {
                m.interval
            },
            unit: unit.map(Into::into),
            // A term's noun ("a four-year prison sentence") is no thing counted: its units are.
            counted: if is_term {
                term_units.map(Into::into)
            } else {
                r.counted.map(Into::into)
            },
            counted_inherited: r.counted_inherited,
            class: r
                .class
                .map(|c| lexicon.classes[c].id.clone())
                .map(Into::into),
            // The action as the measure reads it ("destroyed" homes, not intercepted ones).
            action: lexicon_measure
                .as_deref()
                .and_then(|m| m.split_once('.'))
                .map(|(_, action)| action.to_string())
                .or_else(|| r.action.map(|a| lexicon.actions[a].id.clone()))
                .map(Into::into),
            measure: measure.map(Into::into),
            role,
            owner: r.owner.map(Into::into),
            actor: r
                .actor
                .or_else(|| {
                    // An amount of a metric is its holder's: "Venn Corp's profit".
                    let money = r
                        .unit
                        .as_deref()
                        .is_some_and(|u| super::super::units::is_money(lexicon, u));
                    (money && keyed)
                        .then(|| super::super::metrics::amount_holder(lexicon, toks, m.first))
                        .flatten()
                })
                .map(Into::into),
            place: r.place.map(Into::into),
            cumulative: r.cumulative && !set_level,
            occasion: r.occasion.map(Into::into),
            change: r.change.filter(|_| !rate_level),
            source_opens_sentence: source.as_ref().is_some_and(|a| a.opens_sentence),
            source: source.map(|a| a.source.into()),
            when: None,
            revises: false,
            breakdown_follows: false,
            headline: false,
            vague: m.vague,
            reporting_nation: reporting_nation.map(Into::into),
        })),
    }
}

/// The open measure of a count given as the level of its whole ([`metrics::level_count`]),
/// dated as a recorded count is: "traffic at Wendlow airport reached 10.3 million passengers
/// in 2025" is "Wendlow airport handled 10.3 million passengers in 2025".
///
/// [`metrics::level_count`]: super::metrics::level_count
fn level_count(lexicon: &Lexicon, toks: &[Token<'_>], first: usize, r: &Reading) -> Option<String> {
    let noun_end = r.phrase_end.min(toks.len());
    let mut key =
        super::metrics::level_count(lexicon, toks, first, noun_end, r.counted.as_deref()?)?;
    push_occasion(&mut key, lexicon, toks, r, first, noun_end);
    Some(key)
}

/// The open measure of a count recorded or had ([`metrics::recorded_count`]), with the place
/// and the occasion the figure is given for: "there were 312 burglaries in Lesk in 2025" is
/// `burglaries.count.in-lesk.in-2025`, and is compared only with counts of the same place and
/// occasion, told in the same words.
///
/// [`metrics::recorded_count`]: super::metrics::recorded_count
fn recorded_count(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    r: &Reading,
) -> Option<String> {
    let noun_end = r.phrase_end.min(toks.len());
    let mut key =
        super::metrics::recorded_count(lexicon, toks, first, noun_end, r.counted.as_deref()?)?;
    // The place after the figure, up to the next one; a place read from elsewhere in the
    // sentence must stand before the figure ("In Harlow, 312 burglaries were reported"), not
    // be another figure's ("312 burglaries, 120 of them in Lesk").
    let place = match crate::parse::owners::place_after(lexicon, toks, noun_end) {
        Err(()) => return None,
        Ok(Some(place)) => Some(place),
        Ok(None) => match &r.place {
            Some(place) => {
                let first_word = place.split_whitespace().next();
                let before = toks[..first].iter().any(|t| Some(t.text) == first_word);
                if !before {
                    return None;
                }
                Some(crate::parse::slug(place))
            }
            None => None,
        },
    };
    // "in-", not an owner's "of-": a count given for no place is not taken for the one place
    // an event names (it may be a wider area's).
    if let Some(place) = place {
        key.push_str(".in-");
        key.push_str(&place);
    }
    push_occasion(&mut key, lexicon, toks, r, first, noun_end);
    Some(key)
}

/// Adds the figure's occasion and the months and years named around it to a count's key:
/// ".last-year", ".in-2025", ".march".
fn push_occasion(
    key: &mut String,
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    r: &Reading,
    first: usize,
    end: usize,
) {
    let mut when: Vec<String> = r
        .occasion
        .as_deref()
        .map(crate::parse::slug)
        .into_iter()
        .collect();
    for date in dates_around(lexicon, toks, first, end) {
        if !when.iter().any(|w| w.contains(date.as_str())) {
            // A year as an occasion writes it: "in 2025".
            let year = date.len() == 4 && date.bytes().all(|b| b.is_ascii_digit());
            when.push(if year { format!("in-{date}") } else { date });
        }
    }
    for w in when {
        if !key.split('.').any(|segment| segment == w) {
            key.push('.');
            key.push_str(&w);
        }
    }
}

/// The months and years named around a figure at `first..end`, between the figures before and
/// after it and within its clause after it: "in March", "in 2025" of "312 burglaries were
/// reported in Harlow in March 2025" (`march`, `2025`).
fn dates_around(lexicon: &Lexicon, toks: &[Token<'_>], first: usize, end: usize) -> Vec<String> {
    let figure = |t: &Token<'_>| {
        t.text.starts_with(|c: char| c.is_ascii_digit())
            && !(t.text.len() == 4 && t.text.bytes().all(|b| b.is_ascii_digit()))
    };
    let start = (0..first)
        .rev()
        .find(|&k| figure(&toks[k]))
        .map_or(0, |k| k + 1);
    let (_, clause_end) = super::metrics::clause(toks, end.saturating_sub(1));
    let stop = (end..clause_end.max(end).min(toks.len()))
        .find(|&k| figure(&toks[k]))
        .unwrap_or(clause_end.max(end).min(toks.len()));
    (start..stop)
        .filter(|&k| !(first..end).contains(&k))
        .filter_map(|k| {
            let t = &toks[k];
            let year = t.text.len() == 4
                && t.text.bytes().all(|b| b.is_ascii_digit())
                && (1900..=2100).contains(&t.text.parse::<u32>().unwrap_or(0));
            let month = t.is_capitalised() && lexicon.months.longest_at(toks, k).is_some();
            (year || month).then(|| t.lower.to_string())
        })
        .collect()
}

/// Whether a figure ending at token `end` is a part of a whole given right after it ("won 87
/// of the 150 seats"): the noun it takes from the whole is its own. (Without a verb of the
/// lexicon's actions, "closed 12 of the 40 stores" is read as a part and keeps no key.)
fn of_a_whole(toks: &[Token<'_>], end: usize) -> bool {
    // One such part in the sentence: "87 of the 150 seats in the assembly and 30 of the 60 in
    // the senate" are parts of two wholes.
    whole_after(toks, end) && (1..toks.len()).filter(|&k| whole_after(toks, k)).count() == 1
}

/// Whether "of the 150", "of its 40" begins at token `at`.
fn whole_after(toks: &[Token<'_>], at: usize) -> bool {
    let mut at = at;
    if toks.get(at).is_none_or(|t| t.lower != "of") {
        return false;
    }
    at += 1;
    if toks
        .get(at)
        .is_some_and(|t| matches!(t.lower.as_ref(), "the" | "its" | "their" | "his" | "her"))
    {
        at += 1;
    }
    toks.get(at).is_some_and(|t| {
        t.text.starts_with(|c: char| c.is_ascii_digit())
            || crate::parse::numbers::word_number(t.lower.as_ref())
                .is_ok_and(|(rest, _)| rest.is_empty())
    })
}

/// True when a duration is how long the report's event lasted: after a verb of lasting (at
/// `lasting_verb`: "the heist took four minutes", "lasting only 7 minutes"), or modifying a
/// noun of an event ("a four-minute operation": `subject`). The caller leaves out durations of
/// another occasion.
fn duration_of_event(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    subject: Option<&str>,
    lasting_verb: Option<usize>,
) -> bool {
    let toks = &s.tokens;
    let names_event = |word: &str| {
        lexicon.event_nouns.iter().any(|noun| noun == word)
            || lexicon
                .topic_forms
                .longest_at(&crate::text::tokens(word, 0), 0)
                .is_some()
    };
    // The verb's subject is the event: a noun of an event ("the heist took"), a pronoun or
    // relative ("it lasted", "a heist that took"), or the clause a participle hangs on ("…,
    // lasting seven minutes"); not "air raid alerts lasted three hours".
    let lasting = lasting_verb.is_some_and(|j| {
        j.checked_sub(1).is_some_and(|p| {
            let word = toks[p].lower.as_ref();
            matches!(word, "," | "it" | "that" | "which") || names_event(word)
        })
    });
    // "a four-minute heist", "the seven-minute heist stunned": the noun may be either word.
    let event_noun = subject.is_some_and(|subject| subject.split_whitespace().any(names_event));
    lasting || event_noun
}

/// Whether a span over tokens `first..end` places a moment rather than measures something:
/// after "after", "within" or "in" with no noun of what lasted after it ("after 34 minutes",
/// "in three months"; not "after 18 months of talks", "after eight years in office"), after
/// "previous", "past", "last", "next" or "first" ("the previous two months"), or before "ago",
/// "earlier", "later", "before", "after", "from", "into", "left" or "remaining" ("two days
/// before the vote", "10 minutes from time", "with five minutes left").
fn places_a_moment(toks: &[Token<'_>], first: usize, end: usize) -> bool {
    let before = first.checked_sub(1).map(|k| toks[k].lower.as_ref());
    let after = toks.get(end).map(|t| t.lower.as_ref());
    let measured_after = matches!(
        after,
        Some("of" | "in" | "on" | "at" | "as" | "without" | "behind" | "into" | "inside")
    );
    // "out for six weeks after he was injured", "jailed for", "sentenced to", "delayed by":
    // a measure, whatever follows.
    if matches!(before, Some("for" | "to" | "by")) {
        return false;
    }
    (matches!(before, Some("after" | "within" | "in")) && !measured_after)
        || matches!(
            before,
            Some("previous" | "past" | "last" | "next" | "coming" | "first" | "final")
        )
        || matches!(
            after,
            Some(
                "ago"
                    | "earlier"
                    | "later"
                    | "before"
                    | "after"
                    | "from"
                    | "into"
                    | "left"
                    | "remaining"
            )
        )
}

/// Where a verb of lasting stands within `LASTING_REACH` tokens before a duration at token
/// `first` ("took just under four minutes", "went on for 19 days"), if one does.
fn after_lasting_verb(lexicon: &Lexicon, toks: &[Token<'_>], first: usize) -> Option<usize> {
    (first.saturating_sub(LASTING_REACH)..first).find(|&j| {
        lexicon
            .lasting_verbs
            .longest_at(toks, j)
            .is_some_and(|m| j + m.len <= first)
    })
}

/// How far before a duration its verb of lasting may stand ("took just under four minutes").
const LASTING_REACH: usize = 4;

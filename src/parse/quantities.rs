//! Quantity claims: a number, its hedge, what it counts and what happened to it.
//!
//! The sentence is read in two passes. The first finds every number mention with its hedge
//! (nom parsers over the text at each token). The second reads the words around each mention:
//! the counted noun phrase, the action, partitives ("35 of the 108"), subsets ("including two
//! children"), increments ("an additional 58"), coordination ("653 drones and 51 missiles"),
//! the place and whether the figure is a running total.

use super::numbers::{self, Written};
use super::{Sentence, Skipped};
use crate::claim::{Claim, ClaimKind, Elapsed, Hedge, Interval, Quantity, QuantityRole, TimeUnit};
use crate::lexicon::Lexicon;
use crate::span::Span;
use crate::text::Token;

/// Reads every quantity claim of one sentence.
pub fn quantities(
    sentence: &Sentence<'_>,
    lexicon: &Lexicon,
    claims: &mut Vec<Claim>,
    skipped: &mut Vec<Skipped>,
) {
    let mentions = find_mentions(sentence, lexicon, skipped);
    let mut read: Vec<Reading> = Vec::with_capacity(mentions.len());
    for index in 0..mentions.len() {
        let reading = read_mention(sentence, lexicon, &mentions, index, &read);
        read.push(reading);
    }
    complete_partitives(lexicon, &mentions, &mut read);
    complete_coordination(lexicon, sentence, &mentions, &mut read);
    for (mention, reading) in mentions.iter().zip(read) {
        claims.push(to_claim(sentence, lexicon, mention, reading));
    }
}

/// A number found in the sentence, with its hedge, before its context is read.
#[derive(Clone, Debug)]
struct Mention {
    /// First token of the mention (the hedge, when there is one).
    first: usize,
    /// Token after the number and any hedge written after it.
    end: usize,
    number: f64,
    range: Option<[f64; 2]>,
    hedge: Hedge,
    interval: Interval,
    /// A unit given by the number's own notation: "%", "$".
    unit: Option<&'static str>,
}

/// What the context says about a mention.
#[derive(Clone, Debug, Default)]
struct Reading {
    counted: Option<String>,
    counted_inherited: bool,
    class: Option<usize>,
    action: Option<usize>,
    /// True when the action was found after the noun phrase.
    action_after: bool,
    action_end: usize,
    unit: Option<String>,
    role: Option<QuantityRole>,
    owner: Option<String>,
    actor: Option<String>,
    place: Option<String>,
    cumulative: bool,
    occasion: Option<String>,
    /// Token after the noun phrase.
    phrase_end: usize,
    /// Index of the mention this one is the part of ("35 of the 108").
    part_of: Option<usize>,
    /// True for a mention joined to the one before by "and" or a comma with nothing between.
    coordinated: bool,
}

const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "from",
    "with",
    "that",
    "which",
    "were",
    "was",
    "had",
    "have",
    "has",
    "is",
    "are",
    "be",
    "been",
    "and",
    "or",
    "but",
    "as",
    "than",
    "per",
    "into",
    "across",
    "over",
    "after",
    "before",
    "during",
    "since",
    "this",
    "its",
    "their",
    "his",
    "her",
    "it",
    "they",
    "who",
    "while",
    "when",
    "where",
    "not",
    "no",
    "all",
    "despite",
    "amid",
    "against",
    "between",
    "through",
    "about",
    "around",
    "under",
    "within",
    "without",
    "toward",
    "towards",
    "upon",
    "via",
    "including",
    "said",
    "says",
    "according",
    "overnight",
    "yesterday",
    "today",
    "alone",
    "each",
    "apiece",
    "more",
    "less",
    "so",
];

const AUXILIARIES: &[&str] = &[
    "were",
    "was",
    "have",
    "had",
    "has",
    "been",
    "are",
    "is",
    "reportedly",
    "also",
    "later",
    "being",
    "all",
    "who",
    "had been",
    "have been",
    "allegedly",
    "were reportedly",
];

const REGION_WORDS: &[&str] = &[
    "region", "oblast", "city", "district", "province", "area", "state", "county",
];

fn find_mentions(s: &Sentence<'_>, lexicon: &Lexicon, skipped: &mut Vec<Skipped>) -> Vec<Mention> {
    let toks = &s.tokens;
    let mut mentions = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some(found) = lexicon.vague_forms.longest_at(toks, i) {
            let vague = &lexicon.vague[*found.value];
            mentions.push(Mention {
                first: i,
                end: i + found.len,
                number: vague.low,
                range: Some([vague.low, vague.high]),
                hedge: Hedge::Range,
                interval: Interval {
                    low: Some(vague.low),
                    high: Some(vague.high),
                    inclusive: [true, true],
                },
                unit: None,
            });
            i += found.len;
            continue;
        }
        match number_at(s, lexicon, i) {
            NumberAt::Mention(mention) => {
                i = mention.end;
                mentions.push(mention);
            }
            NumberAt::Skipped { end, reason } => {
                skipped.push(Skipped {
                    span: toks[i].span.cover(toks[end - 1].span),
                    reason,
                });
                i = end;
            }
            NumberAt::None => i += 1,
        }
    }
    mentions
}

enum NumberAt {
    Mention(Mention),
    Skipped { end: usize, reason: &'static str },
    None,
}

fn number_at(s: &Sentence<'_>, lexicon: &Lexicon, i: usize) -> NumberAt {
    let toks = &s.tokens;
    let tok = &toks[i];
    let starts_like_number = tok.text.starts_with(|c: char| c.is_ascii_digit())
        || (tok.text.starts_with('.') && tok.text[1..].starts_with(|c: char| c.is_ascii_digit()))
        || tok.text.starts_with(char::is_alphabetic);
    if !starts_like_number {
        return NumberAt::None;
    }
    let rel = tok.span.start - s.span.start;
    let Ok((rest, number)) = numbers::number(&s.text[rel..]) else {
        return NumberAt::None;
    };
    let end_byte = s.span.start + (s.text.len() - rest.len());
    let end = toks.partition_point(|t| t.span.start < end_byte);
    // The number stops inside a token: "180ml", "4th", "8.06.10" are not counts.
    if toks[end - 1].span.end != end_byte {
        return NumberAt::Skipped {
            end,
            reason: "number joined to other characters",
        };
    }
    let digits = number.written == Written::Digits;
    if !digits {
        // "One" often means "a" ("one of the worst nights"); it counts only beside a noun it
        // counts. Capitalised number words mid-sentence are names ("Formula One").
        let counted_next = (end..(end + 3).min(toks.len()))
            .any(|j| lexicon.class_nouns.longest_at(toks, j).is_some());
        let hyphen_unit = toks
            .get(end)
            .is_some_and(|t| t.text == "-" && !t.space_before)
            && toks
                .get(end + 1)
                .is_some_and(|t| TimeUnit::parse(&t.lower).is_some());
        let unit_next = toks
            .get(end)
            .is_some_and(|t| TimeUnit::parse(&t.lower).is_some());
        if tok.lower == "one" && !counted_next && !hyphen_unit && !unit_next {
            return NumberAt::None;
        }
        if tok.is_capitalised() && i > 0 && !counted_next {
            return NumberAt::None;
        }
    }
    if let Some(reason) = not_a_count(s, lexicon, i, end, digits, number.value) {
        return NumberAt::Skipped { end, reason };
    }

    let mut mention = Mention {
        first: i,
        end,
        number: number.value,
        range: None,
        hedge: Hedge::Exact,
        interval: Interval::exact(number.value),
        unit: None,
    };

    // Notation units: "$40m", "3.7%", "40 percent".
    if i > 0 && !tok.space_before {
        mention.unit = match toks[i - 1].text {
            "$" => Some("dollar"),
            "£" => Some("pound"),
            "€" => Some("euro"),
            _ => None,
        };
        if mention.unit.is_some() {
            mention.first = i - 1;
        }
    }
    if let Some(next) = toks.get(end) {
        if next.text == "%" || next.lower == "percent" {
            mention.unit = Some("percentage");
            mention.end = end + 1;
        } else if next.lower == "per" && toks.get(end + 1).is_some_and(|t| t.lower == "cent") {
            mention.unit = Some("percentage");
            mention.end = end + 2;
        }
    }

    // Ranges: "between 10 and 12", "10 to 12", "10-12".
    let before_between = mention.first > 0 && toks[mention.first - 1].lower == "between";
    let joiner = toks.get(mention.end).map(|t| t.lower.as_str());
    let joins = match joiner {
        Some("and") => before_between,
        Some("to") => !(mention.first > 0 && toks[mention.first - 1].lower == "from"),
        Some("-") | Some("–") => toks.get(mention.end).is_some_and(|t| !t.space_before),
        _ => false,
    };
    if joins
        && let Some(high_tok) = toks.get(mention.end + 1)
        && let Ok((rest, high)) = numbers::number(&s.text[high_tok.span.start - s.span.start..])
    {
        let high_end_byte = s.span.start + (s.text.len() - rest.len());
        let high_end = toks.partition_point(|t| t.span.start < high_end_byte);
        if toks[high_end - 1].span.end == high_end_byte && high.value > number.value {
            mention.end = high_end;
            mention.range = Some([number.value, high.value]);
            mention.hedge = Hedge::Range;
            mention.interval = Interval {
                low: Some(number.value),
                high: Some(high.value),
                inclusive: [true, true],
            };
            if before_between {
                mention.first -= 1;
            }
            return NumberAt::Mention(mention);
        }
    }

    // A hedge before the number ("at least 14") or after it ("14 or more").
    if let Some((start, found)) = lexicon
        .hedge_forms
        .longest_ending_at(toks, mention.first, 4)
    {
        let entry = &lexicon.hedges[*found.value];
        if !entry.after {
            mention.first = start;
            apply_hedge(&mut mention, entry);
        }
    }
    if mention.hedge == Hedge::Exact
        && let Some(found) = lexicon.hedge_forms.longest_at(toks, mention.end)
    {
        let entry = &lexicon.hedges[*found.value];
        if entry.after {
            mention.end += found.len;
            apply_hedge(&mut mention, entry);
        }
    }
    NumberAt::Mention(mention)
}

fn apply_hedge(mention: &mut Mention, entry: &crate::lexicon::HedgeEntry) {
    let n = mention.number;
    mention.hedge = entry.kind;
    mention.interval = match entry.kind {
        Hedge::Exact | Hedge::Range => Interval::exact(n),
        Hedge::Approx => Interval {
            low: Some(n * (1.0 - entry.below)),
            high: Some(n * (1.0 + entry.above)),
            inclusive: entry.inclusive,
        },
        Hedge::AtLeast => Interval {
            low: Some(n),
            high: None,
            inclusive: [true, false],
        },
        Hedge::MoreThan => Interval {
            low: Some(n),
            high: None,
            inclusive: [false, false],
        },
        Hedge::AtMost => Interval {
            low: Some(0.0),
            high: Some(n),
            inclusive: [true, true],
        },
        Hedge::LessThan => Interval {
            low: Some(0.0),
            high: Some(n),
            inclusive: [true, false],
        },
    };
}

/// Why a number at token `i` (ending before token `end`) is not a count, if it is not.
fn not_a_count(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    i: usize,
    end: usize,
    digits: bool,
    value: f64,
) -> Option<&'static str> {
    let toks = &s.tokens;
    let tok = &toks[i];
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    let next = toks.get(end);
    if digits {
        // Names and codes with digits: "Su-34", "Kh-101", "S-300", "2025-02-03".
        if let Some(p) = prev
            && !tok.space_before
            && (p.text == "-" || p.text == "/")
        {
            return Some("part of a name or code");
        }
        if let Some(n) = next
            && !n.space_before
            && (n.text == "-" || n.text == "/" || n.text == ":")
            && toks
                .get(end + 1)
                .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))
        {
            return Some("date, time or code");
        }
        if next.is_some_and(|n| matches!(n.lower.as_str(), "a.m" | "p.m" | "am" | "pm" | "gmt" | "utc" | "hours" if n.lower != "hours" || tok.text.len() == 4))
        {
            return Some("clock time");
        }
        if prev.is_some_and(|p| {
            matches!(
                p.lower.as_str(),
                "no" | "#"
                    | "number"
                    | "article"
                    | "section"
                    | "paragraph"
                    | "page"
                    | "chapter"
                    | "route"
                    | "flight"
            )
        }) {
            return Some("a number that names something");
        }
        let plain = tok.text.chars().all(|c| c.is_ascii_digit());
        if plain
            && tok.text.len() == 4
            && (1000.0..=2100.0).contains(&value)
            && lexicon.class_nouns.longest_at(toks, end).is_none()
        {
            return Some("year");
        }
    }
    // Ages: "a 45-year-old man", "aged 45 years old".
    let is_age = (toks.get(end).is_some_and(|t| t.text == "-")
        && toks.get(end + 2).is_some_and(|t| t.text == "-")
        && toks.get(end + 3).is_some_and(|t| t.lower == "old"))
        || (toks.get(end + 1).is_some_and(|t| t.lower == "old")
            && toks
                .get(end)
                .is_some_and(|t| TimeUnit::parse(&t.lower).is_some()));
    if is_age {
        return Some("age");
    }
    // Dates: "February 24", "24 February", "Feb. 24", "24th of February".
    let month_before = prev
        .is_some_and(|p| lexicon.months.longest_at(toks, i - 1).is_some() && p.is_capitalised())
        || (i >= 2
            && toks[i - 1].text == "."
            && lexicon.months.longest_at(toks, i - 2).is_some()
            && toks[i - 2].is_capitalised());
    let month_after = next
        .is_some_and(|n| n.is_capitalised() && lexicon.months.longest_at(toks, end).is_some())
        || (next.is_some_and(|n| n.lower == "of")
            && toks.get(end + 1).is_some_and(|n| {
                n.is_capitalised() && lexicon.months.longest_at(toks, end + 1).is_some()
            }));
    if digits && (month_before || month_after) && value <= 31.0 {
        return Some("day of a date");
    }
    if digits && month_before {
        return Some("year of a date");
    }
    None
}

fn read_mention(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    mentions: &[Mention],
    index: usize,
    read: &[Reading],
) -> Reading {
    let toks = &s.tokens;
    let m = &mentions[index];
    let previous = index.checked_sub(1).map(|p| (&mentions[p], &read[p]));
    let next_start = mentions.get(index + 1).map_or(toks.len(), |n| n.first);
    let mut r = Reading {
        phrase_end: m.end,
        unit: m.unit.map(str::to_string),
        ..Reading::default()
    };

    // How the mention attaches to the one before it.
    let marker_end = m.first;
    let mut subset_marker = false;
    if let Some((_, found)) = lexicon
        .additional_markers
        .longest_ending_at(toks, marker_end, 3)
    {
        let _ = found;
        r.role = Some(QuantityRole::Additional);
    } else if previous.is_some()
        && lexicon
            .subset_markers
            .longest_ending_at(toks, marker_end, 3)
            .is_some()
    {
        subset_marker = true;
    }
    if let Some((p, pr)) = previous {
        let between = &toks[pr.phrase_end.max(p.end).min(m.first)..m.first];
        r.coordinated = !between.is_empty()
            && between.iter().all(|t| {
                matches!(
                    t.lower.as_str(),
                    "and" | "," | "plus" | "as" | "well" | "or"
                )
            })
            && between
                .iter()
                .any(|t| matches!(t.lower.as_str(), "and" | "plus" | "or"));
    }

    let mut k = m.end;
    if r.unit.is_none() {
        // A hyphenated compound: "a 30-day pause", "the three-year conflict", "four-year-long".
        if let (Some(dash), Some(word)) = (toks.get(k), toks.get(k + 1))
            && dash.text == "-"
            && !dash.space_before
            && !word.space_before
            && word.text.chars().all(char::is_alphabetic)
            && lexicon.class_nouns.longest_at(toks, k + 1).is_none()
        {
            r.unit = Some(singular(&word.lower));
            r.role = Some(QuantityRole::Modifier);
            k += 2;
            while toks
                .get(k)
                .is_some_and(|t| t.text == "-" && !t.space_before)
                && toks.get(k + 1).is_some_and(|t| t.is_word())
            {
                k += 2;
            }
            let noun_start = k;
            while k < next_start
                && k < noun_start + 2
                && toks[k].is_word()
                && !toks[k].is_capitalised()
                && !FUNCTION_WORDS.contains(&toks[k].lower.as_str())
            {
                k += 1;
            }
            if k > noun_start {
                r.counted = Some(
                    s.slice(toks[noun_start].span.cover(toks[k - 1].span))
                        .to_string(),
                );
            }
            r.phrase_end = k;
            return r;
        }
    }

    // Partitives: "35 of the 108 drones", "three of them".
    if toks.get(k).is_some_and(|t| t.lower == "of")
        && let Some(det) = toks.get(k + 1)
    {
        match det.lower.as_str() {
            "them" | "those" | "these" | "whom" | "which" => {
                if let Some((_, pr)) = previous {
                    inherit(&mut r, pr);
                }
                r.role = Some(QuantityRole::Part);
                k += 2;
            }
            "the" => {
                if mentions.get(index + 1).is_some_and(|n| n.first == k + 2) {
                    r.part_of = Some(index + 1);
                    r.role = Some(QuantityRole::Part);
                } else {
                    r.role = Some(QuantityRole::Part);
                    k += 2;
                }
            }
            _ => {}
        }
    }

    // The counted noun phrase: modifiers, then a noun of a counted class.
    if r.counted.is_none() && r.part_of.is_none() && r.unit.is_none() {
        let mut j = k;
        while j < next_start && j < k + 6 {
            if let Some(found) = lexicon.class_nouns.longest_at(toks, j) {
                r.class = Some(*found.value);
                r.counted = Some(
                    s.slice(toks[k].span.cover(toks[j + found.len - 1].span))
                        .to_string(),
                );
                r.owner = owner_in(lexicon, &toks[k..j]);
                j += found.len;
                r.phrase_end = j;
                break;
            }
            let t = &toks[j];
            let is_modifier = (t.is_word()
                && !FUNCTION_WORDS.contains(&t.lower.as_str())
                && lexicon.action_forms.longest_at(toks, j).is_none())
                || (t.text == "-" && !t.space_before)
                || (t.text == "'" || t.text == "’");
            if !is_modifier {
                break;
            }
            j += 1;
        }
        // No counted class: the noun phrase as written, ending in a lower-case noun
        // ("four Ukrainian regions", "13 locations").
        if r.counted.is_none() && k < next_start {
            let mut j = k;
            while j < next_start.min(k + 4) {
                let t = &toks[j];
                let plain_word = t.is_word()
                    && t.text.chars().all(char::is_alphabetic)
                    && !FUNCTION_WORDS.contains(&t.lower.as_str())
                    && lexicon.action_forms.longest_at(toks, j).is_none()
                    && lexicon.hedge_forms.longest_at(toks, j).is_none();
                if !plain_word {
                    break;
                }
                j += 1;
                // A plural noun or a unit of time is the head: "17 hours negotiating",
                // "four years earlier", "13 locations across".
                let lower = t.lower.as_str();
                let plural = lower.len() > 3
                    && lower.ends_with('s')
                    && !lower.ends_with("ss")
                    && !lower.ends_with("us");
                if plural || TimeUnit::parse(lower).is_some() {
                    break;
                }
            }
            // The head is the last lower-case word of the run.
            if let Some(head) = (k..j).rev().find(|&h| !toks[h].is_capitalised()) {
                r.counted = Some(s.slice(toks[k].span.cover(toks[head].span)).to_string());
                r.unit = Some(singular(&toks[head].lower));
                r.phrase_end = head + 1;
            }
        }
    }

    // The action: after the noun phrase ("were killed", "47 injured"), or before the mention
    // in the same clause ("launched 550", "a barrage of 108", "killing 23").
    let after = action_after(lexicon, toks, r.phrase_end, next_start);
    // The clause of this figure starts after the figure before it, and after that figure's
    // own action when it followed it ("One person was killed and 23 people were injured").
    let boundary = previous.map_or(0, |(p, pr)| {
        let mut end = pr.phrase_end.max(p.end);
        if pr.action_after {
            end = end.max(pr.action_end);
        }
        end
    });
    let before = action_before(lexicon, toks, m.first, boundary);
    // An action that makes a measure with the counted class is the surest reading ("23
    // individuals injured" after "a barrage of strikes"). Then a passive with its auxiliary
    // ("were injured"); then an action just before the figure ("launched 550"); then any
    // action after it; then one further back.
    let makes_measure = |found: &Option<FoundAction>| match (r.class, found) {
        (Some(class), Some(f)) => lexicon.measure(class, f.action).is_some(),
        _ => false,
    };
    let (before_fits, after_fits) = (makes_measure(&before), makes_measure(&after));
    let (before, after) = match (before_fits, after_fits) {
        (true, false) => (before, None),
        (false, true) => (None, after),
        _ => (before, after),
    };
    let chosen = match (before, after) {
        (_, Some(a)) if a.distance > 0 => Some((a, true)),
        (Some(b), _) if b.distance <= 3 => Some((b, false)),
        (_, Some(a)) => Some((a, true)),
        (Some(b), None) => Some((b, false)),
        (None, None) => None,
    };
    if let Some((found, is_after)) = chosen {
        r.action = Some(found.action);
        r.action_after = is_after;
        r.action_end = found.end;
        if r.class.is_none()
            && let Some(class) = found.implied_class
        {
            r.class = Some(class);
        }
        if !is_after {
            r.actor = actor_before(lexicon, toks, found.start);
        }
    }

    // Ellipsis: a figure with no noun of its own counts what the figure before it counted
    // ("two people were killed and 47 injured", "an additional 58 neutralized").
    if r.class.is_none()
        && r.counted.is_none()
        && r.unit.is_none()
        && let Some((_, pr)) = previous
        && (r.coordinated
            || subset_marker
            || r.role == Some(QuantityRole::Additional)
            || r.action.is_some()
            || r.role == Some(QuantityRole::Part))
    {
        inherit(&mut r, pr);
    }
    if subset_marker {
        if let Some((_, pr)) = previous {
            if r.action.is_none() {
                r.action = pr.action;
            }
            // A subset of another class is the total of its own measure:
            // "14 killed, including two children" states how many children were killed.
            if r.class.is_none() || r.class == pr.class || r.counted_inherited {
                r.role = Some(QuantityRole::Subset);
            }
        }
    }

    r.place = place_near(s, lexicon, m.first, r.phrase_end, next_start);
    r.occasion = occasion(s, lexicon, r.phrase_end);
    r.cumulative = (r.phrase_end..next_start.min(r.phrase_end + 8))
        .any(|j| lexicon.cumulative_markers.longest_at(toks, j).is_some());
    r
}

fn inherit(r: &mut Reading, from: &Reading) {
    if r.class.is_none() {
        r.class = from.class;
    }
    if r.counted.is_none() && from.counted.is_some() {
        r.counted = from.counted.clone();
        r.counted_inherited = true;
    }
    if r.owner.is_none() {
        r.owner = from.owner.clone();
    }
    if r.actor.is_none() {
        r.actor = from.actor.clone();
    }
}

struct FoundAction {
    action: usize,
    implied_class: Option<usize>,
    start: usize,
    end: usize,
    distance: usize,
}

fn action_after(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    from: usize,
    limit: usize,
) -> Option<FoundAction> {
    let mut j = from;
    let mut skipped = 0;
    while j < limit.min(toks.len()) && skipped <= 3 {
        if let Some(found) = lexicon.action_forms.longest_at(toks, j)
            && !found.value.nominal
        {
            return Some(FoundAction {
                action: found.value.action,
                implied_class: found.value.implied_class,
                start: j,
                end: j + found.len,
                distance: skipped,
            });
        }
        if !AUXILIARIES.contains(&toks[j].lower.as_str())
            && !matches!(toks[j].lower.as_str(), "managed" | "to" | "people")
        {
            return None;
        }
        j += 1;
        skipped += 1;
    }
    None
}

fn action_before(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    first: usize,
    boundary: usize,
) -> Option<FoundAction> {
    let mut end = first;
    while end > boundary && first - end <= 10 {
        let t = &toks[end - 1];
        if matches!(
            t.text,
            "." | ";" | ":" | "?" | "!" | "(" | ")" | "\"" | "“" | "”"
        ) {
            return None;
        }
        if let Some((start, found)) = lexicon.action_forms.longest_ending_at(toks, end, 5)
            && start >= boundary
        {
            return Some(FoundAction {
                action: found.value.action,
                implied_class: found.value.implied_class,
                start,
                end,
                distance: first - end,
            });
        }
        end -= 1;
    }
    None
}

/// The country or organisation whose things a noun phrase counts: "Russian drones".
fn owner_in(lexicon: &Lexicon, modifiers: &[Token<'_>]) -> Option<String> {
    (0..modifiers.len()).find_map(|j| {
        lexicon
            .jurisdiction_forms
            .longest_at(modifiers, j)
            .map(|found| lexicon.jurisdictions[*found.value].id.clone())
    })
}

/// The actor of a launch: "Russia launched", "Russian forces fired".
fn actor_before(lexicon: &Lexicon, toks: &[Token<'_>], action_start: usize) -> Option<String> {
    let from = action_start.saturating_sub(3);
    (from..action_start).rev().find_map(|j| {
        lexicon
            .jurisdiction_forms
            .longest_at(toks, j)
            .filter(|found| j + found.len <= action_start)
            .map(|found| lexicon.jurisdictions[*found.value].id.clone())
    })
}

/// A place phrase that scopes the figure: "in the Kyiv region" just after it, or
/// "In Poltava," opening the sentence.
fn place_near(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    first: usize,
    phrase_end: usize,
    limit: usize,
) -> Option<String> {
    let toks = &s.tokens;
    let after = (phrase_end..limit.min(phrase_end + 6).min(toks.len()))
        .find_map(|j| place_at(s, lexicon, j));
    after.or_else(|| {
        if first > 0 {
            place_at(s, lexicon, 0)
        } else {
            None
        }
    })
}

/// A different occasion that the sentence names: "in a separate attack" anywhere in it, or a
/// past date that opens the sentence ("In September 2024, …") or follows the figure ("killed 50
/// people in September 2024"). Figures of such a sentence are about that occasion, not the
/// report's event. A date in a "since" clause is a baseline, not an occasion.
fn occasion(s: &Sentence<'_>, lexicon: &Lexicon, phrase_end: usize) -> Option<String> {
    let toks = &s.tokens;
    for j in 0..toks.len() {
        if let Some(found) = lexicon.occasion_markers.longest_at(toks, j) {
            return Some(
                s.slice(toks[j].span.cover(toks[j + found.len - 1].span))
                    .to_lowercase(),
            );
        }
    }
    let opening = date_phrase(s, lexicon, 0);
    let following = (phrase_end..(phrase_end + 6).min(toks.len()))
        .take_while(|&j| lexicon.cumulative_markers.longest_at(toks, j).is_none())
        .find_map(|j| date_phrase(s, lexicon, j));
    opening.or(following)
}

/// "in 2024", "In September 2024", "in February": a preposition and a date at token `j`.
fn date_phrase(s: &Sentence<'_>, lexicon: &Lexicon, j: usize) -> Option<String> {
    let toks = &s.tokens;
    if !matches!(toks.get(j)?.lower.as_str(), "in" | "during" | "last") {
        return None;
    }
    let mut k = j + 1;
    let is_year = |t: &Token<'_>| t.text.len() == 4 && t.text.chars().all(|c| c.is_ascii_digit());
    if let Some(month) = lexicon
        .months
        .longest_at(toks, k)
        .filter(|_| toks[k].is_capitalised())
    {
        k += month.len;
        if toks.get(k).is_some_and(|t| t.text == ".") {
            k += 1;
        }
        if toks.get(k).is_some_and(is_year) {
            return Some(s.slice(toks[j].span.cover(toks[k].span)).to_lowercase());
        }
        return None;
    }
    if toks.get(k).is_some_and(is_year) {
        return Some(s.slice(toks[j].span.cover(toks[k].span)).to_lowercase());
    }
    None
}

fn place_at(s: &Sentence<'_>, lexicon: &Lexicon, j: usize) -> Option<String> {
    let toks = &s.tokens;
    if !matches!(toks.get(j)?.lower.as_str(), "in" | "near") {
        return None;
    }
    let mut k = j + 1;
    if toks.get(k).is_some_and(|t| t.lower == "the") {
        k += 1;
    }
    // "in the central city of Poltava", "in the region of Kharkiv".
    let mut look = k;
    while look < k + 3
        && toks
            .get(look)
            .is_some_and(|t| t.is_word() && !t.is_capitalised())
    {
        if REGION_WORDS.contains(&toks[look].lower.as_str())
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
        k += 1;
    }
    if k == start {
        return None;
    }
    if toks
        .get(k)
        .is_some_and(|t| REGION_WORDS.contains(&t.lower.as_str()))
    {
        k += 1;
    } else if toks.get(k).is_some_and(|t| {
        t.is_word() && !t.is_capitalised() && !FUNCTION_WORDS.contains(&t.lower.as_str())
    }) {
        // "in the Ukrainian capital": an adjective before a common noun is not a place name.
        return None;
    }
    Some(
        s.slice(toks[start].span.cover(toks[k - 1].span))
            .to_string(),
    )
}

/// Fills in partitives once both mentions are read: the part counts what the whole counts,
/// and the whole of an interception was launched.
fn complete_partitives(lexicon: &Lexicon, mentions: &[Mention], read: &mut [Reading]) {
    for index in 0..read.len() {
        let Some(whole) = read[index].part_of else {
            continue;
        };
        if whole >= mentions.len() {
            continue;
        }
        let (class, counted, owner) = (
            read[whole].class,
            read[whole].counted.clone(),
            read[whole].owner.clone(),
        );
        let part_action = read[index].action;
        let part = &mut read[index];
        part.class = part.class.or(class);
        part.counted = part.counted.clone().or(counted);
        part.counted_inherited = true;
        part.owner = part.owner.clone().or(owner);
        let w = &mut read[whole];
        w.role = Some(QuantityRole::Whole);
        if w.action.is_none() || w.action == part_action {
            w.action = part_action
                .and_then(|a| lexicon.actions[a].whole.as_deref())
                .and_then(|id| lexicon.action_index(id));
        }
    }
}

/// Shares one action across coordinated figures: "653 drones and 51 missiles" were both
/// deployed; "550 drones and 11 missiles fired at" were both fired.
fn complete_coordination(
    _lexicon: &Lexicon,
    _s: &Sentence<'_>,
    _mentions: &[Mention],
    read: &mut [Reading],
) {
    for index in 1..read.len() {
        if read[index].coordinated && read[index].action.is_none() {
            read[index].action = read[index - 1].action;
            if read[index].owner.is_none() {
                read[index].owner = read[index - 1].owner.clone();
            }
            if read[index].actor.is_none() {
                read[index].actor = read[index - 1].actor.clone();
            }
        }
    }
    for index in (1..read.len()).rev() {
        if read[index].coordinated && read[index - 1].action.is_none() && read[index].action_after {
            read[index - 1].action = read[index].action;
            read[index - 1].action_after = true;
        }
    }
}

fn to_claim(s: &Sentence<'_>, lexicon: &Lexicon, m: &Mention, r: Reading) -> Claim {
    let toks = &s.tokens;
    let mut last = r.phrase_end.max(m.end);
    if r.action_after {
        last = last.max(r.action_end);
    }
    let last = last.min(toks.len());
    let span = toks[m.first].span.cover(toks[last - 1].span);
    let measure = match (r.class, r.action) {
        (Some(class), Some(action)) if r.role != Some(QuantityRole::Modifier) => {
            lexicon.measure(class, action)
        }
        _ => None,
    };
    let unit = r
        .unit
        .clone()
        .or_else(|| r.class.map(|c| lexicon.classes[c].unit.clone()));
    // A number of time units is a duration: "a 30-day pause", "for 18 months".
    if r.class.is_none()
        && m.unit.is_none()
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
        return Claim {
            report: s.report,
            span,
            sentence: s.span,
            text: s.slice(span).to_string(),
            kind: ClaimKind::Elapsed(Elapsed {
                number: m.number,
                unit: time_unit,
                ordinal: false,
                hedge: m.hedge,
                interval,
                subject: if r.role == Some(QuantityRole::Modifier) {
                    r.counted.map(|c| c.to_lowercase())
                } else {
                    None
                },
            }),
        };
    }
    Claim {
        report: s.report,
        span,
        sentence: s.span,
        text: s.slice(span).to_string(),
        kind: ClaimKind::Quantity(Quantity {
            number: m.number,
            range: m.range,
            hedge: m.hedge,
            interval: m.interval,
            unit,
            counted: r.counted,
            counted_inherited: r.counted_inherited,
            class: r.class.map(|c| lexicon.classes[c].id.clone()),
            action: r.action.map(|a| lexicon.actions[a].id.clone()),
            measure,
            role: r.role.unwrap_or(QuantityRole::Total),
            owner: r.owner,
            actor: r.actor,
            place: r.place,
            cumulative: r.cumulative,
            occasion: r.occasion,
        }),
    }
}

/// A plain singular for units of uncounted nouns: "regions" → "region".
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        format!("{stem}y")
    } else if word.ends_with("ss") || word.ends_with("us") {
        word.to_string()
    } else if let Some(stem) = word.strip_suffix('s') {
        stem.to_string()
    } else {
        word.to_string()
    }
}

#[allow(dead_code)]
fn span_of(toks: &[Token<'_>], from: usize, to: usize) -> Span {
    toks[from].span.cover(toks[to - 1].span)
}

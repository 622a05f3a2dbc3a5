//! The second pass: the words around one mention. The counted noun phrase and its unit,
//! partitives ("35 of the 108"), subsets ("including two children"), increments ("an
//! additional 58"), compounds ("a 30-day pause"), the action chosen among those before and
//! after the figure, ellipsis and words standing for a noun before ("and 47 injured",
//! "wounding 117 others"), the place and the date after the figure.

use super::actions::{
    AUXILIARIES, FoundAction, action_after, action_before, aside_end, level_of, modifier_end,
};
use super::attribution::{actor_before, owner_in};
use super::claim::{is_measure_unit, plural_head};
use super::occasions::{date_after, superlative_before, year_of_subject};
use super::{FUNCTION_WORDS, Mention, Reading, singular};
use crate::claim::{QuantityRole, TimeUnit};
use crate::lexicon::Lexicon;
use crate::parse::Sentence;
use crate::parse::places::place_near;
use crate::text::Token;

pub(super) fn read_mention(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    mentions: &[Mention],
    index: usize,
    read: &[Reading],
    carry: Option<&Reading>,
) -> Reading {
    let toks = &s.tokens;
    let m = &mentions[index];
    let previous = index.checked_sub(1).map(|p| (&mentions[p], &read[p]));
    let next_start = mentions.get(index + 1).map_or(toks.len(), |n| n.first);
    let mut r = Reading {
        phrase_end: m.end,
        unit: m.unit.clone(),
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
    } else if previous.is_none()
        && toks.get(m.end).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "more" | "additional" | "further" | "extra"
            )
        })
        && toks
            .get(m.end + 1)
            .is_some_and(|t| t.is_word() && t.lower != "than")
    {
        // "claimed four more lives", "Two more bodies were found": more than a count given
        // before, not a total. ("killing 26 people and injuring 73 more": the others of a
        // figure before, read as such below.)
        r.role = Some(QuantityRole::Additional);
    } else if previous.is_some()
        && lexicon
            .subset_markers
            .longest_ending_at(toks, marker_end, 3)
            .is_some()
    {
        subset_marker = true;
    }
    r.subset_marker = subset_marker;
    // "Of the 58 dead, 40 were found in Marrow": a part of the figure the sentence opens with.
    if let Some((p, pr)) = previous
        && p.first >= 2
        && toks[p.first - 2].lower == "of"
        && toks[p.first - 1].lower == "the"
        && toks[pr
            .phrase_end
            .max(p.end)
            .max(if pr.action_after { pr.action_end } else { 0 })
            .min(m.first)..m.first]
            .iter()
            .map(|t| t.text)
            .eq([","])
    {
        r.role = Some(QuantityRole::Part);
        r.part_of = Some(index - 1);
    }
    if let Some((p, pr)) = previous {
        let between = &toks[pr.phrase_end.max(p.end).min(m.first)..m.first];
        r.coordinated = !between.is_empty()
            && between.iter().all(|t| {
                matches!(
                    t.lower.as_ref(),
                    "and" | "," | "plus" | "as" | "well" | "or"
                )
            })
            && between
                .iter()
                .any(|t| matches!(t.lower.as_ref(), "and" | "plus" | "or"));
    }

    // A change: "rose by 5%", "fell 3 points"; "fell to 25" is a level.
    let mut before = m.first;
    if before > 0 && toks[before - 1].lower == "by" {
        before -= 1;
    }
    // Not the particle of an action: "shot down 747 drones" is a count, not a fall.
    if let Some((_, found)) = lexicon.change_forms.longest_ending_at(toks, before, 2)
        && lexicon
            .action_forms
            .longest_ending_at(toks, before, 3)
            .is_none()
    {
        r.change = Some(*found.value);
    } else if before < m.first
        && let Some((_, _, up)) = crate::parse::changes::object_of_change(toks, before)
    {
        // "raise the minimum wage by 6.7%": the verb before its object.
        r.change = Some(if up {
            crate::claim::Change::Up
        } else {
            crate::claim::Change::Down
        });
    }

    let mut k = m.end;
    // A unit of money or power joined to its number reads as if written apart: "a
    // 22-million-euro fine" as "a 22 million euro fine", "the 900-megawatt farm" as "the 900
    // MW farm"; the noun after it says what the amount is.
    if r.unit.is_none()
        && let Some((unit, end)) = joined_unit(lexicon, toks, k, next_start)
    {
        r.counted = Some(
            s.slice(toks[k + 1].span.cover(toks[end - 1].span))
                .to_string(),
        );
        r.unit = Some(unit);
        r.phrase_end = end;
        k = end;
    }
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
            // "the “Seven-Minute” heist": past the closing quote.
            while toks
                .get(k)
                .is_some_and(|t| matches!(t.text, "”" | "\"" | "’" | "'"))
                && toks.get(k + 1).is_some_and(|t| t.is_word())
            {
                k += 1;
            }
            return modified_noun(s, lexicon, r, k, next_start);
        }
        // Written apart, or set in quotes: "a seven minute heist", "the “Seven Minute” heist".
        // A singular unit of time before a noun modifies it.
        if let Some(word) = toks.get(k)
            && word.is_word()
            && !word.lower.ends_with('s')
            && TimeUnit::parse(&word.lower).is_some()
        {
            let mut noun = k + 1;
            while toks
                .get(noun)
                .is_some_and(|t| matches!(t.text, "”" | "\"" | "’" | "'"))
            {
                noun += 1;
            }
            if noun < next_start
                && toks[noun].is_word()
                && !toks[noun].is_capitalised()
                && !FUNCTION_WORDS.contains(&toks[noun].lower.as_ref())
            {
                r.unit = Some(word.lower.to_string());
                r.role = Some(QuantityRole::Modifier);
                return modified_noun(s, lexicon, r, noun, next_start);
            }
        }
    }

    // A vague amount that ends in its own "of" before "the": "dozens of the missiles" is a part
    // of the missiles, and counts missiles.
    if k > m.first + 1 && toks[k - 1].lower == "of" && toks.get(k).is_some_and(|t| t.lower == "the")
    {
        r.role = Some(QuantityRole::Part);
        k += 1;
    }

    // Partitives: "35 of the 108 drones", "three of them".
    if toks.get(k).is_some_and(|t| t.lower == "of")
        && let Some(det) = toks.get(k + 1)
    {
        match det.lower.as_ref() {
            "them" | "those" | "these" | "whom" | "which" => {
                if let Some(pr) = previous.map(|(_, pr)| pr).or(carry) {
                    inherit(&mut r, pr);
                }
                r.role = Some(QuantityRole::Part);
                k += 2;
            }
            _ if mentions.get(index + 1).is_some_and(|n| n.first == k + 1) => {
                // "24 of 25 drones".
                r.part_of = Some(index + 1);
                r.role = Some(QuantityRole::Part);
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

    // A unit of measure right after the number: "500 km", "40 tonnes", "0.4 percentage points".
    if r.counted.is_none()
        && r.part_of.is_none()
        && r.unit.is_none()
        && k < next_start
        && lexicon.class_nouns.longest_at(toks, k).is_none()
        && let Some(found) = lexicon.unit_forms.longest_at(toks, k)
        && !super::units::bare_points(toks, m.end, k, found.len)
    {
        r.unit = Some(unit_of(lexicon, toks, k, k + found.len));
        r.counted = Some(
            s.slice(toks[k].span.cover(toks[k + found.len - 1].span))
                .to_string(),
        );
        r.phrase_end = k + found.len;
    }
    // A unit the number's own words read that no lexicon form spells alone: "2 in thick", "a
    // 9\" plate".
    if r.counted.is_none()
        && r.part_of.is_none()
        && r.unit.is_none()
        && k == m.end
        && k < next_start
        && let Some((unit, unit_end)) = super::units::after(lexicon, toks, k)
        && unit_end > k
        && unit_end <= next_start
    {
        r.counted = Some(
            s.slice(toks[k].span.cover(toks[unit_end - 1].span))
                .to_string(),
        );
        r.unit = Some(unit);
        r.phrase_end = unit_end;
    }
    // A word standing for the noun before: "wounding 117 others", "injuring 73 more"; not
    // before a noun of its own ("5 additional deaths", "12 more people").
    if r.counted.is_none()
        && r.part_of.is_none()
        && r.unit.is_none()
        && k < next_start
        && let Some(found) = lexicon.anaphora_forms.longest_at(toks, k)
    {
        if names_a_noun(lexicon, toks, k + found.len) {
            // An adjective of the noun after it: the noun phrase starts there.
            k += found.len;
            r.phrase_end = k;
        } else {
            if let Some(antecedent) = antecedent(read, index).or(carry) {
                inherit(&mut r, antecedent);
            }
            r.phrase_end = k + found.len;
        }
    }

    // The counted noun phrase: modifiers, then a noun of a counted class.
    if r.counted.is_none() && r.part_of.is_none() && r.unit.is_none() {
        let mut j = k;
        while j < next_start && j < k + 6 {
            // A noun of an action that begins with a class's noun is the action's: "1,200
            // job cuts" are jobs cut, not jobs.
            let action_noun = lexicon
                .action_forms
                .longest_at(toks, j)
                .filter(|a| a.value.implied_class.is_some())
                .map(|a| a.len);
            if let Some(found) = lexicon.class_nouns.longest_at(toks, j)
                && action_noun.is_none_or(|len| len <= found.len)
            {
                r.class = Some(*found.value);
                r.counted = Some(
                    s.slice(toks[k].span.cover(toks[j + found.len - 1].span))
                        .to_string(),
                );
                r.owner = owner_in(lexicon, &toks[k..j]);
                r.unit = Some(unit_of(lexicon, toks, j, j + found.len));
                j += found.len;
                r.phrase_end = j;
                break;
            }
            // An action word as an adjective before a counted noun ("294 injured
            // individuals", "62 dead bodies", "4,703 totally destroyed homes") is the figure's
            // action.
            if let Some(found) = lexicon.action_forms.longest_at(toks, j)
                && !found.value.nominal
                && found.len <= 2
                && lexicon
                    .class_nouns
                    .longest_at(toks, j + found.len)
                    .is_some()
            {
                r.adjective_action = Some(found.value.action);
                j += found.len;
                continue;
            }
            let t = &toks[j];
            let is_modifier = (t.is_word()
                && !FUNCTION_WORDS.contains(&t.lower.as_ref())
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
                // "low-income Americans": a hyphen joining two words of the phrase.
                if t.text == "-"
                    && j > k
                    && !t.space_before
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| n.is_word() && !n.space_before)
                {
                    j += 1;
                    continue;
                }
                let plain_word = t.is_word()
                    && t.text.chars().all(char::is_alphabetic)
                    && !FUNCTION_WORDS.contains(&t.lower.as_ref())
                    && lexicon.action_forms.longest_at(toks, j).is_none()
                    && lexicon.hedge_forms.longest_at(toks, j).is_none()
                    && lexicon.attribution_verbs.longest_at(toks, j).is_none();
                if !plain_word || (j == k && verb_after_figure(toks, j)) {
                    break;
                }
                j += 1;
                if lexicon.unit_forms.longest_at(toks, j - 1).is_some() {
                    break;
                }
                // A plural noun or a unit of time is the head: "17 hours negotiating",
                // "four years earlier", "13 locations across".
                let lower = t.lower.as_ref();
                let plural = lower.len() > 3
                    && lower.ends_with('s')
                    && !lower.ends_with("ss")
                    && !lower.ends_with("us");
                if plural || TimeUnit::parse(lower).is_some() {
                    break;
                }
            }
            // "7 new deaths", "12 more fatalities": adjectives before a noun that is an
            // action's ("deaths" is people killed) qualify that noun, not a noun of their own.
            let action_noun = j > k && j < next_start && action_noun_at(lexicon, toks, j);
            // The head is the last lower-case word of the run.
            if action_noun {
                r.adjectives_start = Some(k);
                r.phrase_end = j;
            } else if let Some(head) = (j > k && capitalised_plural(&toks[j - 1]))
                .then_some(j - 1)
                .or_else(|| {
                    (k..j)
                        .rev()
                        .find(|&h| toks[h].is_word() && !toks[h].is_capitalised())
                })
            {
                r.counted = Some(s.slice(toks[k].span.cover(toks[head].span)).to_string());
                r.unit = Some(unit_of(lexicon, toks, head, head + 1));
                r.phrase_end = head + 1;
            }
        }
    }

    // The action: after the noun phrase ("were killed", "47 injured"), or before the mention
    // in the same clause ("launched 550", "a barrage of 108", "killing 23").
    // A figure that is the level of a toll named before it ("the death toll from the quake
    // has risen to 60", "bringing the death toll to 25") takes the toll's measure, whatever
    // other actions its clause has.
    let level =
        (r.class.is_none() && r.counted.is_none() && r.unit.is_none() && r.part_of.is_none())
            .then(|| level_of(lexicon, toks, m.first))
            .flatten();
    // An aside between the figure and its verb ("25 people, including three policemen, were
    // killed") holds figures of its own; the verb after it is the figure's.
    let after = action_after(lexicon, toks, r.phrase_end, next_start)
        .or_else(|| {
            let resume = aside_end(lexicon, toks, r.phrase_end)?;
            action_after(lexicon, toks, resume, toks.len())
        })
        .or_else(|| {
            // One more noun joined to the figure's, the verb shared: "four boys and a scout
            // leader were still unaccounted for".
            if toks.get(r.phrase_end).is_none_or(|t| t.lower != "and")
                || !toks.get(r.phrase_end + 1).is_some_and(|t| {
                    matches!(t.lower.as_ref(), "a" | "an" | "one" | "another" | "the")
                })
            {
                return None;
            }
            // The joined noun is a few plain words, none naming an event ("and the attack
            // injured 12" has a verb of its own), up to the verb's auxiliary.
            let verb = (r.phrase_end + 2..toks.len().min(r.phrase_end + 6))
                .take_while(|&k| {
                    toks[k].is_word() && lexicon.topic_forms.longest_at(toks, k).is_none()
                })
                .find(|&k| {
                    AUXILIARIES.contains(&toks[k].lower.as_ref()) || toks[k].lower == "still"
                })?;
            action_after(lexicon, toks, verb, toks.len())
        })
        .or_else(|| {
            // A place or origin between the noun and its verb: "23 girls from the camp have
            // not been accounted for", "12 people in Kharkiv were killed".
            // The phrase may hold a figure of its own ("in 53 villages").
            let resume = modifier_end(toks, r.phrase_end, toks.len())?;
            action_after(lexicon, toks, resume, toks.len())
        })
        .or_else(|| {
            // A short place phrase and the verb right after it, with no auxiliary: "4,500
            // workers at the Dunmere steelworks walked out".
            if !matches!(
                toks.get(r.phrase_end).map(|t| t.lower.as_ref()),
                Some("at" | "in" | "from" | "across")
            ) {
                return None;
            }
            // Not into a relative clause: "900 homes in streets that were flooded in 2019".
            let verb = (r.phrase_end + 2..toks.len().min(r.phrase_end + 7))
                .take_while(|&k| {
                    toks[k].is_word()
                        && !matches!(toks[k].lower.as_ref(), "that" | "which" | "who" | "where")
                })
                .find(|&k| {
                    lexicon
                        .action_forms
                        .longest_at(toks, k)
                        .is_some_and(|found| found.len >= 2 && !found.value.nominal)
                })?;
            action_after(lexicon, toks, verb, toks.len())
        });
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
        _ if level.is_some() => level.map(|l| (l, false)),
        (_, Some(a)) if a.distance > 0 => Some((a, true)),
        // A verb right after the figure's noun is its own ("with 30 people dead, 20 injured"),
        // before one further back.
        (Some(b), Some(a)) if a.distance == 0 && b.distance > 0 => Some((a, true)),
        (Some(b), _) if b.distance <= 3 => Some((b, false)),
        (_, Some(a)) => Some((a, true)),
        (Some(b), None) => Some((b, false)),
        (None, None) => None,
    };
    if let Some((found, is_after)) = chosen {
        r.action = Some(found.action);
        r.action_after = is_after;
        r.action_adjacent = is_after || found.distance == 0;
        r.action_start = found.start;
        r.action_end = found.end;
        // "delays of 90 minutes" are a span, not delayed flights: a unit of time or measure
        // takes no class from the action's noun.
        let measured = r.unit.as_deref().is_some_and(|u| {
            super::claim::is_measure_unit(u) || crate::claim::TimeUnit::parse(u).is_some()
        });
        if r.class.is_none()
            && !measured
            && let Some(class) = found.implied_class
        {
            r.class = Some(class);
            // "537 deaths", "7 new deaths": the action's word is the counted noun.
            let noun_start = r.adjectives_start.unwrap_or(found.start);
            if is_after && found.start == r.phrase_end && r.counted.is_none() {
                r.counted = Some(
                    s.slice(toks[noun_start].span.cover(toks[found.end - 1].span))
                        .to_string(),
                );
                r.unit = Some(singular(&toks[found.end - 1].lower));
                r.phrase_end = found.end;
            }
        }
        if !is_after {
            r.actor = actor_before(lexicon, toks, found.start);
        }
    }

    if let Some(action) = r.adjective_action {
        r.action = Some(action);
        r.action_after = false;
    }

    // Ellipsis: a figure with no noun of its own counts what the figure before it counted
    // ("two people were killed and 47 injured", "an additional 58 neutralized").
    // Not a figure with a capitalised noun of its own the lexicon does not read ("eight Senate
    // Democrats"): it counts those, not what the figure before counted.
    let own_name_noun = toks
        .get(m.end)
        .is_some_and(|t| t.is_word() && t.is_capitalised())
        && lexicon.months.longest_at(toks, m.end).is_none();
    if r.class.is_none()
        && r.counted.is_none()
        && r.unit.is_none()
        && r.part_of.is_none()
        && !own_name_noun
        && let Some(antecedent) = antecedent_for(lexicon, read, index, r.action).or_else(|| {
            // From the sentence before only when the action fits what it counted.
            // Not a unit of measure: "The door is 2 in. We counted 312" counts no inches.
            carry.filter(|c| match (r.action, c.class) {
                (Some(action), Some(class)) => lexicon.measure(class, action).is_some(),
                (None, _) => !c.unit.as_deref().is_some_and(|u| lexicon.units.contains_key(u)),
                (Some(_), None) => false,
            })
        })
        // A word of rough size measures nothing: "40 degrees, affecting millions".
        && !(m.vague
            && antecedent
                .unit
                .as_deref()
                .is_some_and(|u| lexicon.units.contains_key(u)))
        && time_unit_carries(toks, mentions, read, antecedent, m)
    {
        inherit(&mut r, antecedent);
    }
    // A bare figure of an action that has victims counts them: "that killed 35 and wounded
    // 117", "There are 21 confirmed dead"; not one the verb is further from ("the children who
    // died were nine and twelve years old").
    if r.class.is_none()
        && r.action_adjacent
        && r.counted.is_none()
        && r.unit.is_none()
        && r.part_of.is_none()
        && let Some(victims) = r.action.and_then(|a| lexicon.actions[a].victims)
    {
        r.class = Some(victims);
    }
    if subset_marker && let Some((_, pr)) = previous {
        if r.action.is_none() {
            r.action = pr.action;
        }
        // A subset of another class is the total of its own measure:
        // "14 killed, including two children" states how many children were killed.
        // "72 dead, with nearly 600 others injured": another action is another measure's
        // total, not a subset.
        let other_action = r.action.is_some() && pr.action.is_some() && r.action != pr.action;
        if (r.class.is_none() || r.class == pr.class || r.counted_inherited) && !other_action {
            r.role = Some(QuantityRole::Subset);
        }
    }

    let before = (r.action.is_some() && !r.action_after).then_some((r.action_start, r.action_end));
    r.place = place_near(s, lexicon, m.first, r.phrase_end, next_start, before);
    // "killing five people in Brennick and wounding four": the second toll of one clause
    // shares the place of the first, when nothing between names another.
    if r.place.is_none()
        && let Some((p, pr)) = previous
        && pr.place.is_some()
        && r.action.and_then(|a| lexicon.actions[a].victims).is_some()
    {
        let between = &toks[pr.phrase_end.max(p.end).min(m.first)..m.first];
        if between.len() <= 6
            && between.iter().any(|t| t.lower == "and")
            && between
                .iter()
                .all(|t| !t.is_capitalised() && !matches!(t.text, ";" | ":" | "." | "(" | ")"))
        {
            r.place = pr.place.clone();
        }
    }
    // "seven deaths, including three in Jamaica": a subset with a place of its own is that
    // place's total, compared with other figures for the place.
    if r.role == Some(QuantityRole::Subset)
        && let Some(place) = &r.place
        && previous.is_some_and(|(_, pr)| pr.place.as_ref() != Some(place))
    {
        r.role = Some(QuantityRole::Total);
    }
    // "the bodies of 84 people in Kerr County, including 28 children": what "including" adds
    // without a place of its own is of the place of the figure before.
    if subset_marker
        && r.place.is_none()
        && let Some((_, pr)) = previous
    {
        r.place = pr.place.clone();
    }
    r.occasion = date_after(s, lexicon, r.phrase_end).or_else(|| year_of_subject(s, m.first));
    r.cumulative = (r.phrase_end..next_start.min(r.phrase_end + 8)).any(|j| {
        lexicon.cumulative_markers.longest_at(toks, j).is_some()
            && !superlative_before(&toks[r.phrase_end..], j - r.phrase_end)
    });
    r
}

/// A capitalised plural: people of a party or a nation ("Republicans", "Esselians"), a brand's
/// products ("Teslas").
fn capitalised_plural(t: &Token<'_>) -> bool {
    t.is_capitalised()
        && plural_head(t.text)
        && !t.text.ends_with("us")
        && t.text.chars().all(char::is_alphabetic)
}

/// Whether up to three capitalised words from `at` end in a capitalised plural ("Republicans",
/// "New Yorkers").
pub(super) fn capitalised_plural_at(toks: &[Token<'_>], at: usize) -> bool {
    toks[at.min(toks.len())..toks.len().min(at + 3)]
        .iter()
        .take_while(|t| t.is_word() && t.is_capitalised())
        .any(capitalised_plural)
}

/// Whether a counted noun, or an action's noun ("deaths"), stands at `at`.
/// Whether the word at `at`, right after a figure, is the figure's verb rather than its noun:
/// a past tense or participle with no noun after it ("more than 60,000 watched at the
/// stadium", "the 402 recorded in December", "a quake measuring 5.1 followed"). Before a noun
/// it is an adjective of that noun ("300 armed men", "1,200 affected households").
fn verb_after_figure(toks: &[Token<'_>], at: usize) -> bool {
    let word = toks[at].lower.as_ref();
    // "26,000 will lose their jobs", "200 could": a modal is a verb, whatever follows.
    if matches!(
        word,
        "will" | "would" | "could" | "can" | "may" | "might" | "must" | "should" | "shall"
    ) {
        return true;
    }
    let past =
        (word.len() > 4 && word.ends_with("ed") && !word.ends_with("eed") && word != "hundred")
            || matches!(
                word,
                "seen"
                    | "saw"
                    | "went"
                    | "came"
                    | "fled"
                    | "left"
                    | "held"
                    | "made"
                    | "sold"
                    | "found"
                    | "won"
                    | "lost"
                    | "took"
                    | "taken"
                    | "gave"
                    | "given"
                    | "got"
                    | "ran"
                    | "stood"
                    | "sat"
                    | "turned"
                    | "showed"
                    | "shown"
                    | "became"
            );
    let noun_after = toks.get(at + 1).is_some_and(|t| {
        !super::mentions::is_number_token(t)
            && t.is_word()
            && !t.is_capitalised()
            && !FUNCTION_WORDS.contains(&t.lower.as_ref())
            && !matches!(
                t.lower.as_ref(),
                "at" | "in"
                    | "on"
                    | "by"
                    | "for"
                    | "from"
                    | "to"
                    | "with"
                    | "after"
                    | "before"
                    | "during"
                    | "around"
                    | "about"
                    | "over"
                    | "up"
                    | "out"
                    | "off"
                    | "down"
                    | "as"
                    | "while"
                    | "when"
                    | "since"
                    | "last"
                    | "this"
                    | "that"
                    | "so"
                    | "several"
                    | "some"
                    | "nearly"
                    | "almost"
                    | "just"
                    | "shortly"
                    | "soon"
                    | "later"
                    | "earlier"
                    // "200 gathered outside", "40 stayed home": adverbs of place.
                    | "outside"
                    | "inside"
                    | "there"
                    | "here"
                    | "again"
                    | "together"
                    | "overnight"
                    | "home"
                    | "abroad"
                    | "away"
                    | "back"
                    | "nearby"
                    | "outdoors"
                    | "indoors"
                    | "today"
                    | "yesterday"
            )
    });
    past && !noun_after
}

fn names_a_noun(lexicon: &Lexicon, toks: &[Token<'_>], at: usize) -> bool {
    lexicon.class_nouns.longest_at(toks, at).is_some() || action_noun_at(lexicon, toks, at)
}

/// Whether a noun that names an action's class stands at `at`: "deaths" (people killed),
/// "injuries".
fn action_noun_at(lexicon: &Lexicon, toks: &[Token<'_>], at: usize) -> bool {
    lexicon
        .action_forms
        .longest_at(toks, at)
        .is_some_and(|found| found.value.implied_class.is_some())
}

/// The figure a figure without a noun of its own takes its noun from: the nearest one before it
/// in the sentence that counts something and is not a subset of another ("killing 26 people,
/// including five children, and injuring 73 more": the 73 are people).
pub(super) fn antecedent(read: &[Reading], index: usize) -> Option<&Reading> {
    read[..index].iter().rev().find(|r| {
        (r.class.is_some() || r.counted.is_some())
            && !r.subset_marker
            && !matches!(
                r.role,
                Some(QuantityRole::Subset) | Some(QuantityRole::Modifier)
            )
            && !r.unit.as_deref().is_some_and(is_measure_unit)
    })
}

/// Like [`antecedent`], but for a figure whose action is known, the nearest figure whose class
/// that action makes a measure with ("75 people in 13 states, and 22 have been hospitalised":
/// the 22 are people).
fn antecedent_for<'r>(
    lexicon: &Lexicon,
    read: &'r [Reading],
    index: usize,
    action: Option<usize>,
) -> Option<&'r Reading> {
    if let Some(action) = action {
        let fitting = read[..index].iter().rev().find(|r| {
            !r.subset_marker
                && r.class
                    .is_some_and(|c| lexicon.measure(c, action).is_some())
        });
        if fitting.is_some() {
            return fitting;
        }
    }
    antecedent(read, index)
}

/// The unit of a counted noun phrase ending at `end`: the lexicon's unit for the phrase or its
/// last word ("villagers" → person), else the last word's singular ("rockets" → rocket).
fn unit_of(lexicon: &Lexicon, toks: &[Token<'_>], start: usize, end: usize) -> String {
    if let Some(found) = lexicon
        .unit_forms
        .longest_at(toks, start)
        .filter(|f| start + f.len == end && !super::units::bare_points(toks, start, start, f.len))
    {
        // "2 billion pounds" is money, as `units::after` reads it; "25 pounds" a weight.
        if found.value == "lb" && super::units::sterling_at(toks, start) {
            return "pound".to_string();
        }
        return found.value.clone();
    }
    if let Some(found) = lexicon
        .unit_forms
        .longest_at(toks, end - 1)
        .filter(|f| f.len == 1 && !super::units::bare_points(toks, start, end - 1, 1))
    {
        return found.value.clone();
    }
    singular(crate::lexicon::strip_possessive(&toks[end - 1].lower))
}

/// Whether a figure with no noun of its own may take its antecedent's unit of time: close
/// after it and of its size, as an ellipsis is ("jailed for six years, and her brother for
/// four", "cut to two years from five"); not a figure of another kind after it ("the previous
/// two months were revised down by 58,000", "over 12 months, down from 203,000").
fn time_unit_carries(
    toks: &[Token<'_>],
    mentions: &[Mention],
    read: &[Reading],
    antecedent: &Reading,
    mention: &Mention,
) -> bool {
    if antecedent
        .unit
        .as_deref()
        .and_then(crate::claim::TimeUnit::parse)
        .is_none()
    {
        return true;
    }
    // The antecedent's own figure (one of this sentence's; one carried from the sentence
    // before is no ellipsis of this one).
    let Some(their) = read
        .iter()
        .position(|r| std::ptr::eq(r, antecedent))
        .and_then(|k| mentions.get(k))
    else {
        return false;
    };
    let between = toks[antecedent.phrase_end.min(mention.first)..mention.first].len();
    let ratio = mention.number.abs() / their.number.abs().max(f64::MIN_POSITIVE);
    between <= 6 && (1.0 / 20.0..=20.0).contains(&ratio)
}

fn inherit(r: &mut Reading, from: &Reading) {
    if r.unit.is_none() && from.role != Some(QuantityRole::Modifier) {
        r.unit = from.unit.clone();
    }
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

/// The noun a compound modifies, from token `k`: up to two lower-case words ("pause order"),
/// one when the first names an event ("heist", not "heist stunned"); the figure's phrase ends
/// after them.
/// A unit of money or power after a joining dash ("22-million-euro", "900-megawatt"), with
/// where it ends; units of other dimensions stay modifiers ("a 6.5-metre mirror", "a
/// 300-pound lineman").
fn joined_unit(
    lexicon: &Lexicon,
    toks: &[Token<'_>],
    dash: usize,
    next_start: usize,
) -> Option<(String, usize)> {
    let (joint, word) = (toks.get(dash)?, toks.get(dash + 1)?);
    if joint.text != "-" || joint.space_before || word.space_before || !word.is_word() {
        return None;
    }
    let found = lexicon.unit_forms.longest_at(toks, dash + 1)?;
    let end = dash + 1 + found.len;
    if end > next_start || lexicon.class_nouns.longest_at(toks, dash + 1).is_some() {
        return None;
    }
    let unit = unit_of(lexicon, toks, dash + 1, end);
    let dimension = super::units::info(lexicon, &unit)?.dimension.as_str();
    matches!(dimension, "money" | "power").then_some((unit, end))
}

fn modified_noun(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    mut r: Reading,
    mut k: usize,
    next_start: usize,
) -> Reading {
    let toks = &s.tokens;
    let noun_start = k;
    while k < next_start
        && k < noun_start + 2
        && toks[k].is_word()
        && !toks[k].is_capitalised()
        && !FUNCTION_WORDS.contains(&toks[k].lower.as_ref())
    {
        k += 1;
        if lexicon
            .event_nouns
            .iter()
            .any(|noun| *noun == toks[k - 1].lower)
        {
            break;
        }
    }
    if k > noun_start {
        r.counted = Some(
            s.slice(toks[noun_start].span.cover(toks[k - 1].span))
                .to_string(),
        );
    }
    r.phrase_end = k;
    r
}

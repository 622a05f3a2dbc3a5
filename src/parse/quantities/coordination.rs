//! Figures read together once each is read: partitives completed with their whole, lists and
//! coordinated figures sharing an action or a noun ("653 drones and 51 missiles"), and
//! "respectively" pairing figures with the places listed before them.

use super::{FUNCTION_WORDS, Mention, Reading, singular};
use crate::claim::QuantityRole;
use crate::lexicon::Lexicon;
use crate::parse::Sentence;

/// Fills in partitives once both mentions are read: the part counts what the whole counts,
/// and the whole of an interception was launched.
pub(super) fn complete_partitives(lexicon: &Lexicon, mentions: &[Mention], read: &mut [Reading]) {
    for index in 0..read.len() {
        let Some(whole) = read[index].part_of else {
            continue;
        };
        // "Of the 58 dead, 40 …": a whole named first keeps its own reading, a total.
        if whole >= mentions.len() || whole < index {
            continue;
        }
        let (class, counted, owner, unit) = (
            read[whole].class,
            read[whole].counted.clone(),
            read[whole].owner.clone(),
            read[whole].unit.clone(),
        );
        let part_action = read[index].action;
        let part = &mut read[index];
        part.class = part.class.or(class);
        part.unit = part.unit.clone().or(unit);
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
        // "the deaths of 62 of the 64 people aboard": a part with an action of its own
        // out of a whole that no action counts, or that counts who was there ("killing 179
        // of the 181 people on board"), is that action's total.
        let whole_counts_presence = read[whole]
            .action
            .is_some_and(|a| lexicon.actions[a].per_noun && Some(a) != part_action);
        if part_action.is_some() && (read[whole].action.is_none() || whole_counts_presence) {
            read[index].role = Some(QuantityRole::Total);
        }
    }
}

/// "San Remigio and Daanbantayan were the hardest hit, with 9,800 and 13,900 damaged houses,
/// respectively": the figures of a sentence that ends in "respectively" are those of the names
/// listed before them, in order; when the counts do not match, each is still one place's.
pub(super) fn place_respectively(
    s: &Sentence<'_>,
    lexicon: &Lexicon,
    mentions: &[Mention],
    read: &mut [Reading],
) {
    let toks = &s.tokens;
    let Some(last_word) = toks.iter().rposition(|t| t.is_word()) else {
        return;
    };
    if toks[last_word].lower != "respectively" || mentions.is_empty() {
        return;
    }
    // The names listed before the first figure: runs of capitalised words joined by "and" or
    // commas.
    let mut names: Vec<String> = Vec::new();
    let mut j = 0;
    while j < mentions[0].first {
        if toks[j].is_word()
            && toks[j].is_capitalised()
            && !(j == 0 && FUNCTION_WORDS.contains(&toks[j].lower.as_ref()))
            && lexicon.months.longest_at(toks, j).is_none()
        {
            let start = j;
            while j < mentions[0].first && toks[j].is_word() && toks[j].is_capitalised() {
                j += 1;
            }
            names.push(
                s.slice(toks[start].span.cover(toks[j - 1].span))
                    .to_string(),
            );
        } else {
            j += 1;
        }
    }
    let placed: Vec<usize> = (0..read.len())
        .filter(|&i| read[i].role != Some(QuantityRole::Modifier))
        .collect();
    for (n, &i) in placed.iter().enumerate() {
        if read[i].place.is_none() {
            read[i].place = Some(if names.len() == placed.len() {
                names[n].clone()
            } else {
                RESPECTIVE.to_string()
            });
        }
    }
}

/// The place of a figure given for one of several places that the text does not pair with it.
const RESPECTIVE: &str = "one of several places";

/// How many words may stand between two items of a list ("two in Jamaica during the
/// evacuation, five in Haiti").
const LIST_GAP: usize = 8;

/// The last word of a noun phrase, singular and lower case: "crew members" → "member".
fn head_word(phrase: &str) -> String {
    singular(
        &phrase
            .split_whitespace()
            .last()
            .unwrap_or(phrase)
            .to_lowercase(),
    )
}

/// Shares one action across coordinated figures: "653 drones and 51 missiles" were both
/// deployed; "550 drones and 11 missiles fired at" were both fired.
pub(super) fn complete_coordination(
    lexicon: &Lexicon,
    s: &Sentence<'_>,
    mentions: &[Mention],
    read: &mut [Reading],
) {
    for index in 1..read.len() {
        // "including two in Jamaica during the evacuation, five in Haiti": an item of a
        // list goes on the one before, past its place, when nothing but a comma or "and" and
        // words without a verb stand between.
        // After the item before and its own verb when the verb followed it ("three people
        // died in Tarlo and 12 in Harlow").
        let mut from = mentions[index - 1].end;
        if read[index - 1].action_after {
            from = from.max(read[index - 1].action_end);
        }
        let between = &s.tokens[from.min(mentions[index].first)..mentions[index].first];
        let list_item = read[index].action.is_none()
            && (read[index].class.is_none() || read[index].class == read[index - 1].class)
            && read[index - 1].action.is_some()
            && between
                .last()
                .is_some_and(|t| matches!(t.lower.as_ref(), "," | "and"))
            && between.len() <= LIST_GAP
            && between.iter().enumerate().all(|(k, t)| {
                !matches!(t.text, ";" | ":" | "." | "(" | ")")
                    && lexicon.action_forms.longest_at(between, k).is_none()
            });
        // "carrying 181 people — 175 passengers and six crew —": a breakdown after a dash or a
        // colon counts by the whole's action, where the action keys each noun apart (no part
        // of one noun's count is then taken for another's).
        let breakdown = read[index].action.is_none()
            && read[index - 1]
                .action
                .is_some_and(|a| lexicon.actions[a].per_noun)
            && {
                let after_phrase = read[index - 1].phrase_end.max(from);
                let gap = &s.tokens[after_phrase.min(mentions[index].first)..mentions[index].first];
                gap.len() == 1 && matches!(gap[0].text, "—" | "–" | ":")
            }
            // A list follows: "— 175 passengers and six crew —", not "— 30 more than its
            // capacity —".
            && mentions.get(index + 1).is_some_and(|next| {
                let list = &s.tokens[mentions[index].end.min(next.first)..next.first];
                list.len() <= 4 && list.iter().any(|t| matches!(t.lower.as_ref(), "and" | ","))
            });
        if breakdown {
            read[index].action = read[index - 1].action;
        }
        // An item with a noun of its own keeps it ("36 children and 60 adults").
        if list_item && read[index].counted.is_none() {
            read[index].class = read[index - 1].class;
            if read[index].unit.is_none() {
                read[index].unit = read[index - 1].unit.clone();
            }
        }
        if (read[index].coordinated || list_item) && read[index].action.is_none() {
            read[index].action = read[index - 1].action;
            if read[index].owner.is_none() {
                read[index].owner = read[index - 1].owner.clone();
            }
            if read[index].actor.is_none() {
                read[index].actor = read[index - 1].actor.clone();
            }
        }
    }
    // "175 passengers and four of the six crew members", "killed 12 soldiers and 3 officers"
    // under one verb: two kinds of one class, each a part of a whole the sentence does not
    // state.
    for index in 1..read.len() {
        let (before, after) = read.split_at_mut(index);
        let (first, next) = (&mut before[index - 1], &mut after[0]);
        let heads_differ = match (&first.counted, &next.counted) {
            (Some(a), Some(b)) => head_word(a) != head_word(b),
            _ => false,
        };
        // The second may be a part of its own whole ("four of the six crew members"), whose
        // noun no class counts.
        let same_class = first.class.is_some()
            && (first.class == next.class
                || next.class.is_none() && next.role == Some(QuantityRole::Part));
        if next.coordinated
            && first.action.is_some()
            && first.action == next.action
            && same_class
            && !first.counted_inherited
            && (!next.counted_inherited || next.part_of.is_some())
            && heads_differ
            && matches!(first.role, None | Some(QuantityRole::Total))
            && matches!(
                next.role,
                None | Some(QuantityRole::Total) | Some(QuantityRole::Part)
            )
        {
            first.role = Some(QuantityRole::Part);
            next.role = Some(QuantityRole::Part);
        }
    }
    for index in (1..read.len()).rev() {
        if read[index].coordinated && read[index - 1].action.is_none() && read[index].action_after {
            read[index - 1].action = read[index].action;
            read[index - 1].action_after = true;
        }
        // "3,210 partially damaged and 418 totally destroyed homes": a figure with an action
        // and no noun takes the noun of the figure coordinated after it.
        let (before, after) = read.split_at_mut(index);
        let (first, next) = (&mut before[index - 1], &after[0]);
        let joined = first.action_after
            && first.action_end <= mentions[index].first
            && s.tokens[first.action_end..mentions[index].first]
                .iter()
                .all(|t| matches!(t.lower.as_ref(), "and" | "," | "or"));
        if joined
            && first.action.is_some()
            && first.class.is_none()
            && first.counted.is_none()
            && first.unit.is_none()
            && next.class.is_some()
        {
            first.class = next.class;
            first.unit = next.unit.clone();
            first.counted = next.counted.clone();
            first.counted_inherited = true;
        }
    }
}

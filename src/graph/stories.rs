//! Which reports tell of one event, when they do not say: reports that name no event are
//! grouped into stories by the names they share.
//!
//! Each report is a bag of weighted words: the names it uses (`Report::names`: "Sumy", "Kerr",
//! "Mamdani"; names of nations and wide regions weigh a quarter) and the places and kinds of
//! event the lexicon knows (`Report::topics`, one each). Reports are taken in order of
//! publication, undated ones last, and each joins the story whose words are most like its own
//! (weighted Jaccard between the report and the story's mean, at least [`LIKENESS`]), or starts
//! a story. Comparing with a story's mean rather than with any one report keeps two stories
//! that share a country, a president and a kind of weapon apart, where linking any two alike
//! reports would chain them into one.
//!
//! The work is linear in the reports: a report is compared only with stories that hold one of
//! its [`SEEKING_WORDS`] heaviest words, the most recent [`CANDIDATES_PER_WORD`] of them for
//! each word, and a story takes
//! no report published more than [`WINDOW_DAYS`] after its last one.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use jiff::civil::Date;

use super::EventKey;
use crate::claim::{CompactString, ReportIndex};
use crate::report::Report;

/// How alike a report's words must be to a story's mean to join it (weighted Jaccard, 0 to 1).
pub const LIKENESS: f64 = 0.12;

/// A story takes no report published more than this many days after its last report.
pub const WINDOW_DAYS: i64 = 21;

/// The stories a report is compared with: for each of its [`SEEKING_WORDS`] heaviest words, the
/// most recent stories that hold it.
pub const CANDIDATES_PER_WORD: usize = 16;

/// How many of a report's heaviest words find the stories it is compared with.
pub const SEEKING_WORDS: usize = 5;

/// How many reports of a story an explanation looks through for the ones a report is most like.
const EXPLAINED: usize = 200;

/// What a place or kind of event the lexicon knows weighs, once per report.
const TOPIC_WEIGHT: f64 = 1.0;

/// A report's words as stories are grouped by: lower-case key, display form, weight.
pub fn story_words(report: &Report) -> Vec<(CompactString, CompactString, f64)> {
    let mut words: Vec<(CompactString, CompactString, f64)> = report
        .names
        .iter()
        .map(|name| (name.key(), name.name.clone(), name.weight()))
        .collect();
    let mut seen: std::collections::HashSet<CompactString> =
        words.iter().map(|(key, _, _)| key.clone()).collect();
    for topic in &report.topics {
        let key = topic.to_lowercase();
        if seen.insert(key.clone()) {
            words.push((key, topic.clone(), TOPIC_WEIGHT));
        }
    }
    words
}

struct Story {
    members: Vec<usize>,
    /// Each word's weight summed over the members.
    sums: HashMap<CompactString, f64>,
    /// The sum of `sums`.
    total: f64,
    first: Option<Date>,
    last: Option<Date>,
}

impl Story {
    /// Weighted Jaccard between `words` and the story's mean:
    /// Σ min(a, c) / Σ max(a, c) over the words of either, where Σ max = Σ c + Σ (a − c)⁺, so
    /// only the report's words are visited.
    fn likeness(&self, words: &[(CompactString, CompactString, f64)]) -> f64 {
        let n = self.members.len() as f64;
        let (mut shared, mut beyond) = (0.0, 0.0);
        for (key, _, a) in words {
            let c = self.sums.get(key).copied().unwrap_or(0.0) / n;
            shared += a.min(c);
            beyond += (a - c).max(0.0);
        }
        let union = self.total / n + beyond;
        if union > 0.0 { shared / union } else { 0.0 }
    }

    fn add(&mut self, report: usize, words: &[(CompactString, CompactString, f64)]) {
        self.members.push(report);
        for (key, _, weight) in words {
            *self.sums.entry(key.clone()).or_insert(0.0) += weight;
            self.total += weight;
        }
    }
}

/// The event each report's claims are compared under: its explicit event; else the story it
/// joins (see the module); an undated report that joins no other is compared only with itself.
pub fn event_keys(reports: &[Report]) -> Vec<EventKey> {
    let mut keys: Vec<EventKey> = (0..reports.len())
        .map(|index| match &reports[index].meta.event {
            Some(event) => EventKey::Explicit(event.clone()),
            None => EventKey::Report(ReportIndex(index)),
        })
        .collect();
    let published = |index: usize| reports[index].meta.published.map(|p| p.date);
    let mut order: Vec<usize> = (0..reports.len())
        .filter(|&index| reports[index].meta.event.is_none())
        .collect();
    // Dated reports by date, then undated ones; input order within a day.
    order.sort_by_key(|&index| (published(index).is_none(), published(index), index));

    let mut stories: Vec<Story> = Vec::new();
    let mut holding: HashMap<CompactString, Vec<usize>> = HashMap::new();
    for report in order {
        let words = story_words(&reports[report]);
        let date = published(report);
        let mut candidates = BTreeSet::new();
        let mut seeking: Vec<&(CompactString, CompactString, f64)> = words.iter().collect();
        seeking.sort_by(|a, b| b.2.total_cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        for (key, _, _) in seeking.into_iter().take(SEEKING_WORDS) {
            if let Some(held) = holding.get(key) {
                let recent = held.len().saturating_sub(CANDIDATES_PER_WORD);
                candidates.extend(held[recent..].iter().copied());
            }
        }
        let mut best: Option<(usize, f64)> = None;
        for story in candidates {
            let within = match (date, stories[story].last) {
                (Some(date), Some(last)) => (date - last).get_days() <= WINDOW_DAYS as i32,
                _ => true,
            };
            if !within {
                continue;
            }
            let likeness = stories[story].likeness(&words);
            // Candidates come in story order: the first of equally alike stories wins.
            if likeness >= LIKENESS && best.is_none_or(|(_, b)| likeness > b) {
                best = Some((story, likeness));
            }
        }
        let story = match best {
            Some((story, _)) => story,
            None => {
                stories.push(Story {
                    members: Vec::new(),
                    sums: HashMap::new(),
                    total: 0.0,
                    first: date,
                    last: date,
                });
                stories.len() - 1
            }
        };
        for (key, _, _) in &words {
            if !stories[story].sums.contains_key(key) {
                holding.entry(key.clone()).or_default().push(story);
            }
        }
        let joined = &mut stories[story];
        joined.add(report, &words);
        if joined.first.is_none() {
            joined.first = date;
        }
        if date.is_some() {
            joined.last = date;
        }
    }

    // Stories are numbered among those that start on the same day, in order.
    let mut per_day: BTreeMap<Option<Date>, u32> = BTreeMap::new();
    for story in &stories {
        if story.first.is_none() && story.members.len() == 1 {
            continue;
        }
        let number = per_day.entry(story.first).or_insert(0);
        for &member in &story.members {
            keys[member] = EventKey::Story {
                first: story.first,
                last: story.last,
                number: *number,
            };
        }
        *number += 1;
    }
    keys
}

/// Why a report is under its story, in words: the reports of the story it shares the most with,
/// and the names they share.
pub fn reason(reports: &[Report], report: ReportIndex, members: &[ReportIndex]) -> String {
    let mine = story_words(&reports[report.0]);
    let mut shared: Vec<(f64, ReportIndex, Vec<&str>)> = Vec::new();
    // Enough to say why, without reading every report of a story of thousands.
    for &other in members.iter().take(EXPLAINED) {
        if other == report {
            continue;
        }
        let theirs: HashMap<CompactString, f64> = story_words(&reports[other.0])
            .into_iter()
            .map(|(key, _, weight)| (key, weight))
            .collect();
        let mut common: Vec<(&(CompactString, CompactString, f64), f64)> = mine
            .iter()
            .filter_map(|word| {
                let weight = theirs.get(&word.0)?;
                Some((word, word.2.min(*weight)))
            })
            .collect();
        if common.is_empty() {
            continue;
        }
        common.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.0.cmp(&b.0.0)));
        let weight = common.iter().map(|(_, w)| w).sum();
        let words = common.iter().take(4).map(|(w, _)| w.1.as_str()).collect();
        shared.push((weight, other, words));
    }
    shared.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let named = |words: &[(CompactString, CompactString, f64)]| {
        let mut heaviest: Vec<_> = words.iter().collect();
        heaviest.sort_by(|a, b| b.2.total_cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        heaviest
            .iter()
            .take(4)
            .map(|(_, display, _)| display.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if shared.is_empty() {
        let alone = if mine.is_empty() {
            "it names no place, person or kind of event".to_string()
        } else {
            format!(
                "no other report names enough of what it names ({})",
                named(&mine)
            )
        };
        return format!("its report names no event, and {alone}: it is compared only with itself");
    }
    let with = shared
        .iter()
        .take(3)
        .map(|(_, other, words)| {
            let report = &reports[other.0];
            let date = report
                .meta
                .published
                .map(|p| format!(", {}", p.date))
                .unwrap_or_default();
            format!(
                "{}{date} (both name {})",
                report.display_path(),
                words.join(", ")
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let more = match members.len().saturating_sub(1 + shared.len().min(3)) {
        0 => String::new(),
        n => format!(", and {n} more"),
    };
    format!(
        "its report names no event: grouped with the reports that name the same things: {with}{more}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::ClaimGraph;
    use crate::parse::names::Name;
    use crate::report::{Meta, Published};
    use crate::span::Span;

    fn report(path: &str, day: Option<i8>, names: &[(&str, u32)], topics: &[&str]) -> Report {
        Report {
            path: path.into(),
            name: None,
            text: std::sync::Arc::from(""),
            body: Span::new(0, 0),
            meta: Meta {
                published: day.map(|day| Published {
                    date: jiff::civil::date(2025, 4, day),
                    time: None,
                }),
                ..Meta::default()
            },
            origin: None,
            topics: topics.iter().map(|&t| t.into()).collect(),
            names: names
                .iter()
                .map(|&(name, mentions)| Name {
                    name: name.into(),
                    mentions,
                    broad: matches!(name, "Ukraine" | "Russia" | "Russian"),
                })
                .collect(),
            fingerprint: Default::default(),
        }
    }

    fn story(first: i8, last: i8, number: u32) -> EventKey {
        EventKey::Story {
            first: Some(jiff::civil::date(2025, 4, first)),
            last: Some(jiff::civil::date(2025, 4, last)),
            number,
        }
    }

    #[test]
    fn two_strikes_in_one_country_are_two_stories() {
        let reports = [
            report(
                "a.md",
                Some(4),
                &[
                    ("Kryvyi", 6),
                    ("Rih", 6),
                    ("Russia", 5),
                    ("Ukraine", 5),
                    ("Vilkul", 3),
                    ("Zelensky", 2),
                    ("Iskander", 2),
                ],
                &["strike"],
            ),
            report(
                "b.md",
                Some(5),
                &[
                    ("Kryvyi", 3),
                    ("Rih", 3),
                    ("Russian", 4),
                    ("Lysak", 2),
                    ("Dnipropetrovsk", 2),
                ],
                &["strike"],
            ),
            // Much of the country and its neighbour, and a president: its own city and people
            // tell it apart.
            report(
                "c.md",
                Some(13),
                &[
                    ("Sumy", 6),
                    ("Russian", 6),
                    ("Ukraine", 5),
                    ("Palm", 4),
                    ("Kobzar", 2),
                    ("Zelensky", 2),
                ],
                &["strike"],
            ),
            report(
                "d.md",
                Some(14),
                &[
                    ("Sumy", 4),
                    ("Trump", 6),
                    ("Russia", 4),
                    ("Palm", 2),
                    ("Kryvyi", 1),
                    ("Rih", 1),
                ],
                &["strike"],
            ),
        ];
        assert_eq!(
            event_keys(&reports),
            vec![
                story(4, 5, 0),
                story(4, 5, 0),
                story(13, 14, 0),
                story(13, 14, 0)
            ]
        );
        assert_eq!(
            story(13, 14, 0).to_string(),
            "reports published from 2025-04-13 to 2025-04-14"
        );
        let graph = ClaimGraph::build(&reports, Vec::new());
        assert_eq!(
            graph.report_event_reason(ReportIndex(3)),
            "its report names no event: grouped with the reports that name the same things: c.md, 2025-04-13 (both name Sumy, Palm, strike)"
        );
    }

    #[test]
    fn a_story_takes_no_report_weeks_after_its_last() {
        let reports = [
            report("a.md", Some(1), &[("Mystic", 4), ("Kerr", 3)], &["flood"]),
            report("b.md", Some(20), &[("Mystic", 2), ("Kerr", 2)], &["flood"]),
            report("c.md", Some(30), &[("Mystic", 2), ("Kerr", 2)], &["flood"]),
        ];
        // Each report is within three weeks of the story's last one, so the story runs on.
        assert_eq!(event_keys(&reports), vec![story(1, 30, 0); 3]);
        let apart = [reports[0].clone(), reports[2].clone()];
        assert_eq!(event_keys(&apart), vec![story(1, 1, 0), story(30, 30, 0)]);
    }

    #[test]
    fn undated_reports_join_a_story_or_stand_alone() {
        let reports = [
            report("a.md", Some(4), &[("Mystic", 4), ("Kerr", 3)], &["flood"]),
            report("b.md", None, &[("Kerr", 2), ("Abbott", 2)], &["flood"]),
            report("c.md", None, &[("Louvre", 5)], &[]),
            report("d.md", Some(4), &[], &[]),
        ];
        let keys = event_keys(&reports);
        assert_eq!(keys[0], story(4, 4, 0));
        assert_eq!(keys[1], story(4, 4, 0));
        assert_eq!(keys[2], EventKey::Report(ReportIndex(2)));
        assert_eq!(keys[3], story(4, 4, 1));
        assert_eq!(
            story(4, 4, 1).to_string(),
            "reports published on 2025-04-04 (story 2)"
        );
        let graph = ClaimGraph::build(&reports, Vec::new());
        assert_eq!(
            graph.report_event_reason(ReportIndex(3)),
            "its report names no event, and it names no place, person or kind of event: it is compared only with itself"
        );
    }

    #[test]
    fn reports_that_name_an_event_keep_it() {
        let mut named = report("a.md", Some(4), &[("Mystic", 4)], &[]);
        named.meta.event = Some("floods".into());
        let reports = [named, report("b.md", Some(4), &[("Mystic", 4)], &[])];
        assert_eq!(
            event_keys(&reports),
            vec![EventKey::Explicit("floods".into()), story(4, 4, 0)]
        );
    }
}

//! Claim extraction: from report text to claims.
//!
//! Parsing never fails. Whatever cannot be read is left out of the claims and, where it looked
//! like a figure, listed as skipped with the reason, so the debug view can show it.

mod changes;
mod deals;
mod metrics;
pub mod names;
pub mod numbers;
mod owners;
pub mod people;
mod places;
mod quantities;
mod roles;
mod terms;
mod time;
mod titles;
pub(crate) use titles::{is_english_word, is_english_word_or_plural};
pub mod units;

pub use roles::slug;
pub use terms::TERM_MEASURES;

/// The office id of a title as written alone ("Prime Minister" → "prime-minister", "Majority
/// Whip" → "majority-whip", "deputy prime minister" → "deputy-prime-minister"): the title read
/// before a name, as the parser keys it; the words hyphenated when it reads none.
pub fn office_key(lexicon: &Lexicon, office: &str) -> String {
    let capitalised: Vec<String> = office
        .split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    // Before the name ("Chief Adviser Tarlo Venn") and after it ("Tarlo Venn, the chief adviser
    // of interim government, spoke"): the reading that keeps more of the office's words.
    let before = format!("{} Tarlo Venn spoke.", capitalised.join(" "));
    let after = format!("Tarlo Venn, the {}, spoke.", office.trim());
    [before, after]
        .iter()
        .filter_map(|text| {
            extract(ReportIndex(0), text, Span::new(0, text.len()), lexicon)
                .claims
                .into_iter()
                .find_map(|c| match c.kind {
                    ClaimKind::Role(r) if r.name == "Tarlo Venn" => Some(match r.qualifier {
                        crate::claim::Qualifier::Deputy => format!("deputy-{}", r.office),
                        _ => r.office.to_string(),
                    }),
                    _ => None,
                })
        })
        .max_by_key(|key| key.split('-').count())
        .unwrap_or_else(|| office.trim().to_lowercase().replace(' ', "-"))
}

/// Who a written name is, as claims key people: the lexicon's id for a person it knows (any
/// listed spelling), else the name's slug.
pub fn person_key(lexicon: &Lexicon, name: &str) -> String {
    roles::person_id(lexicon, name)
}

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::claim::{Claim, ClaimKind, CompactString, ReportIndex};
use crate::lexicon::{Lexicon, PhraseTable};
use crate::span::Span;
use crate::text::{Token, sentences, tokens};

/// Everything read from one report.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    pub claims: Vec<Claim>,
    pub skipped: Vec<Skipped>,
    /// The places and kinds of event the report mentions ("Kyiv", "drones", "earthquake"),
    /// sorted: what reports of one day that name no event are grouped by.
    pub topics: Vec<CompactString>,
    /// The capitalised words the report uses as names, with their weights (`names`): what
    /// reports that name no event are grouped into stories by. All of them here; `engine`
    /// keeps the heaviest.
    pub names: Vec<names::Name>,
    /// The body's fingerprint, for finding copies of one story (set by `engine`).
    pub fingerprint: crate::duplicates::Fingerprint,
}

/// Adds to `found` the places (by their lexicon name) and kinds of event (by their label) that
/// `tokens` mention.
pub fn topics_in(tokens: &[Token<'_>], lexicon: &Lexicon, found: &mut BTreeSet<CompactString>) {
    let mut at = 0;
    while at < tokens.len() {
        if let Some(place) = lexicon.place_forms.longest_at(tokens, at) {
            found.insert(lexicon.places[*place.value].name.as_str().into());
            at += place.len.max(1);
        } else if let Some(topic) = lexicon.topic_forms.longest_at(tokens, at) {
            found.insert(lexicon.topics[*topic.value].label.as_str().into());
            at += topic.len.max(1);
        } else {
            at += 1;
        }
    }
}

/// A number that was seen but not read as a claim, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Skipped {
    pub span: Span,
    pub reason: &'static str,
}

/// One sentence, tokenised, as the claim parsers see it.
pub struct Sentence<'a> {
    pub report: ReportIndex,
    /// Absolute span of the sentence in the file.
    pub span: Span,
    /// The sentence text.
    pub text: &'a str,
    pub tokens: Vec<Token<'a>>,
    file: &'a str,
    /// True when reading numbers for their own sake: words such as "one" count without a noun.
    numbers_only: bool,
}

impl<'a> Sentence<'a> {
    /// The whole file the sentence is in.
    pub fn file(&self) -> &'a str {
        self.file
    }

    /// The text of an absolute span of the file.
    pub fn slice(&self, span: Span) -> &'a str {
        &self.file[span.start..span.end]
    }

    /// Whether the file goes on after the sentence with more than white space.
    pub fn text_follows(&self) -> bool {
        self.file
            .get(self.span.end..)
            .is_some_and(|rest| !rest.trim_start().is_empty())
    }
}

pub use quantities::NumberRead;

/// Reads every number in `text` (one sentence or a short phrase) with the number grammar and
/// hedges of the claim parser, without the claim: for measuring the number grammar.
pub fn read_numbers(text: &str, lexicon: &Lexicon) -> Vec<NumberRead> {
    let sentence = Sentence {
        report: ReportIndex(0),
        span: Span::new(0, text.len()),
        text,
        tokens: tokens(text, 0),
        file: text,
        numbers_only: true,
    };
    quantities::numbers_in(&sentence, lexicon)
}

/// Gives each figure the date its sentence states ("overnight", "on Thursday"), the nearest one
/// when there are several; a start date ("since 2022") is not when the figure happened.
fn attach_when(claims: &mut [Claim]) {
    // Dates by sentence, in text order, so each figure finds its nearest date by binary search:
    // a report with many figures and many dates costs n log n, not n².
    let mut dates: BTreeMap<usize, Vec<(Span, crate::claim::DateExpr)>> = BTreeMap::new();
    for claim in claims.iter() {
        if let crate::claim::ClaimKind::Date(d) = &claim.kind
            && !d.is_start
            && !d.of_statement
        {
            dates
                .entry(claim.sentence.start)
                .or_default()
                .push((claim.span, d.expr));
        }
    }
    for in_sentence in dates.values_mut() {
        in_sentence.sort_by_key(|(span, _)| span.start);
    }
    for claim in claims.iter_mut() {
        let (sentence, at) = (claim.sentence, claim.span.start);
        let crate::claim::ClaimKind::Quantity(q) = &mut claim.kind else {
            continue;
        };
        let Some(in_sentence) = dates.get(&sentence.start) else {
            q.when = None;
            continue;
        };
        let after = in_sentence.partition_point(|(span, _)| span.start < at);
        // The nearest is the last date before or the first after; ties go to the earlier one,
        // as the first minimum of a scan in text order would.
        let before = after.checked_sub(1).map(|i| in_sentence[i]);
        let next = in_sentence.get(after).copied();
        let nearest = match (before, next) {
            (Some(b), Some(n)) => {
                if b.0.start.abs_diff(at) <= n.0.start.abs_diff(at) {
                    Some(b)
                } else {
                    Some(n)
                }
            }
            (b, n) => b.or(n),
        };
        q.when = nearest.map(|(span, expr)| crate::claim::When { expr, span });
    }
}

/// A figure reported by a nation ("Haiti's government said 43 people were killed") is that
/// nation's figure when the report gives figures for other nations too (a hurricane across the
/// Caribbean); in a report of one nation's event, its emergency service reports the event's
/// toll, not a national one.
fn place_reporting_nations(lexicon: &Lexicon, claims: &mut [Claim]) {
    let nations: BTreeSet<CompactString> = claims
        .iter()
        .filter_map(|claim| match &claim.kind {
            ClaimKind::Quantity(q) => q.place.clone().or_else(|| q.reporting_nation.clone()),
            _ => None,
        })
        .filter(|place| {
            place
                .split_whitespace()
                .all(|word| lexicon.broad_names.contains(word.to_lowercase().as_str()))
        })
        .collect();
    for claim in claims {
        if let ClaimKind::Quantity(q) = &mut claim.kind
            && let Some(nation) = q.reporting_nation.take()
            && nations.iter().any(|other| *other != nation)
        {
            q.place = Some(nation);
        }
    }
}

/// Extracts the claims of the report whose text is `body` within `file`.
pub fn extract(report: ReportIndex, file: &str, body: Span, lexicon: &Lexicon) -> Extraction {
    // HTML comments hold editors' notes and suppressions, not reporting: their words are
    // blanked out (same length, so spans still index the file) before anything is read.
    if file[body.start..body.end].contains("<!--") {
        let masked = mask_comments(file, body);
        return extract_unmasked(report, &masked, body, lexicon);
    }
    extract_unmasked(report, file, body, lexicon)
}

/// `file` with every closed `<!-- … -->` in `body` replaced by spaces, line breaks kept.
pub fn mask_comments(file: &str, body: Span) -> String {
    let mut bytes = file.as_bytes().to_vec();
    let mut from = body.start;
    while let Some(open) = file[from..body.end].find("<!--").map(|i| from + i) {
        let Some(close) = file[open + 4..body.end]
            .find("-->")
            .map(|i| open + 4 + i + 3)
        else {
            break;
        };
        for byte in &mut bytes[open..close] {
            if *byte != b'\n' {
                *byte = b' ';
            }
        }
        from = close;
    }
    // Whole comments, which start and end on ASCII bytes, were blanked: still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| file.to_string())
}

fn extract_unmasked(report: ReportIndex, file: &str, body: Span, lexicon: &Lexicon) -> Extraction {
    let mut extraction = Extraction::default();
    let mut topics = BTreeSet::new();
    let mut names = names::NameCounter::default();
    let mut lone_words = Vec::new();
    let text = &file[body.start..body.end];
    let mut carry = None;
    let mut previous_end = body.start;
    for span in sentences(
        text,
        body.start,
        &lexicon.abbreviations,
        &lexicon.sentence_openers,
    ) {
        // A blank line ends a paragraph, and what a figure counted does not carry over it.
        if file[previous_end..span.start].contains("\n\n") {
            carry = None;
        }
        previous_end = span.end;
        let sentence_text = &file[span.start..span.end];
        let mut sentence_tokens = tokens(sentence_text, span.start);
        lexicon.mark(&mut sentence_tokens);
        let sentence = Sentence {
            report,
            span,
            text: sentence_text,
            tokens: sentence_tokens,
            file,
            numbers_only: false,
        };
        topics_in(&sentence.tokens, lexicon, &mut topics);
        names.add_sentence(&sentence.tokens, lexicon);
        roles::lone_words(&sentence, lexicon, &mut lone_words);
        let first_claim = extraction.claims.len();
        quantities::quantities(
            &sentence,
            lexicon,
            &mut extraction.claims,
            &mut extraction.skipped,
            &mut carry,
        );
        roles::roles(&sentence, lexicon, &mut extraction.claims);
        time::times(&sentence, lexicon, &mut extraction.claims);
        mark_corrections_and_breakdowns(&sentence, lexicon, &mut extraction.claims[first_claim..]);
        if is_heading(&sentence) {
            for claim in &mut extraction.claims[first_claim..] {
                if let ClaimKind::Quantity(q) = &mut claim.kind {
                    q.headline = true;
                }
            }
        }
    }
    attach_when(&mut extraction.claims);
    place_reporting_nations(lexicon, &mut extraction.claims);
    continue_places(file, lexicon, &mut extraction.claims);
    roles::resolve_within_report(lexicon, &mut extraction.claims);
    roles::surname_slips(lexicon, &mut extraction.claims, &lone_words);
    // Places figures are given for, whether the lexicon knows them or not ("in Mandalay");
    // "nationwide" names no place of its own.
    for claim in &extraction.claims {
        if let ClaimKind::Quantity(q) = &claim.kind
            && let Some(place) = &q.place
            && place != places::NATIONWIDE
        {
            topics.insert(place.clone());
        }
    }
    extraction.topics = topics.into_iter().collect();
    extraction.names = names.names(lexicon);
    extraction.claims.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(a.span.end.cmp(&b.span.end))
    });
    extraction
}

/// A heading line: a Markdown heading ("## Hundreds Dead in …"), or a whole line in title case.
fn is_heading(s: &Sentence<'_>) -> bool {
    // Only the few characters around the sentence are looked at, so that a long line of many
    // sentences costs no more than its length.
    let before = s.file[..s.span.start]
        .chars()
        .rev()
        .take_while(|&c| c != '\n' && (c.is_whitespace() || c == '#'))
        .collect::<String>();
    let opens_line = s.file[..s.span.start - before.len()]
        .chars()
        .next_back()
        .is_none_or(|c| c == '\n');
    let ends_line = s.file[s.span.end..]
        .chars()
        .find(|&c| !c.is_whitespace() || c == '\n')
        .is_none_or(|c| c == '\n');
    let markdown = s.text.trim_start().starts_with('#') || (opens_line && before.contains('#'));
    markdown
        || (opens_line && ends_line && before.trim().is_empty() && names::title_case(&s.tokens))
}

/// Words that widen a sentence's figures beyond the place of the sentence before: "In total,
/// 40 people died", "Statewide, 180 remain unaccounted for".
const WIDENING: &[&str] = &[
    "total",
    "overall",
    "altogether",
    "statewide",
    "nationwide",
    "countrywide",
    "across",
    "elsewhere",
    "including",
    "all",
    "national",
    "nationally",
    "country",
    "state",
    "province",
    "region",
    "regional",
    "worldwide",
];

/// A sentence of figures with no place and no source of its own, right after a sentence whose
/// figures are given for one place in the same paragraph, goes on about that place: "Officials
/// in Kerr County say the dead included 36 children. Around 160 people remain missing."
fn continue_places(file: &str, lexicon: &Lexicon, claims: &mut [Claim]) {
    // The quantities of each sentence, in text order: (sentence, indices).
    let mut sentences: Vec<(Span, Vec<usize>)> = Vec::new();
    for (index, claim) in claims.iter().enumerate() {
        if !matches!(claim.kind, ClaimKind::Quantity(_)) {
            continue;
        }
        match sentences.last_mut() {
            Some((span, indices)) if *span == claim.sentence => indices.push(index),
            _ => sentences.push((claim.sentence, vec![index])),
        }
    }
    for k in 1..sentences.len() {
        let (before, after) = (&sentences[k - 1], &sentences[k]);
        let gap = file.get(before.0.end..after.0.start).unwrap_or("x");
        if !gap.trim().is_empty() || gap.contains("\n\n") {
            continue;
        }
        let quantity = |i: usize| match &claims[i].kind {
            ClaimKind::Quantity(q) => Some(q),
            _ => None,
        };
        let places: BTreeSet<&CompactString> = before
            .1
            .iter()
            .filter_map(|&i| quantity(i)?.place.as_ref())
            .collect();
        let [place] = places.into_iter().collect::<Vec<_>>()[..] else {
            continue;
        };
        let place = place.clone();
        let own_words = file
            .get(after.0.start..after.0.end)
            .unwrap_or("")
            .to_lowercase();
        let widens = own_words
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| WIDENING.contains(&w));
        // A name past the sentence's first word may be another place or another actor: "In
        // neighbouring Harlow, 12 died".
        let names_something = file
            .get(after.0.start..after.0.end)
            .unwrap_or("")
            .split_whitespace()
            .skip(1)
            .any(|w| w.starts_with(char::is_uppercase));
        // Only tolls of people go on about the place: "Russia launched 500 drones" does not.
        let of_victims = |a: &str| {
            lexicon
                .action_index(a)
                .is_some_and(|a| lexicon.actions[a].victims.is_some())
        };
        let bare = !names_something
            && after.1.iter().all(|&i| {
                quantity(i).is_some_and(|q| {
                    q.place.is_none()
                        && q.source.is_none()
                        && q.action.as_deref().is_some_and(of_victims)
                })
            });
        if place.as_str() == places::NATIONWIDE || widens || !bare {
            continue;
        }
        for &i in &sentences[k].1 {
            if let ClaimKind::Quantity(q) = &mut claims[i].kind {
                q.place = Some(place.clone());
            }
        }
    }
}

/// Marks what rules would otherwise read from the text, while the sentence's tokens are at
/// hand: whether the sentence says its figures correct earlier ones, and whether the words
/// between a figure and the next open a complete breakdown of it.
fn mark_corrections_and_breakdowns(s: &Sentence<'_>, lexicon: &Lexicon, claims: &mut [Claim]) {
    let mut quantities: Vec<usize> = (0..claims.len())
        .filter(|&i| matches!(claims[i].kind, ClaimKind::Quantity(_)))
        .collect();
    if quantities.is_empty() {
        return;
    }
    quantities.sort_by_key(|&i| (claims[i].span.start, i));
    let has = |table: &PhraseTable<()>, tokens: &[Token<'_>]| {
        (0..tokens.len()).any(|i| table.longest_at(tokens, i).is_some())
    };
    let revises = has(&lexicon.correction_markers, &s.tokens);
    for (k, &i) in quantities.iter().enumerate() {
        let breakdown_follows = quantities.get(k + 1).is_some_and(|&next| {
            let (from, to) = (claims[i].span.end, claims[next].span.start);
            // Tokens are in text order: the gap's tokens are one run of them.
            let first = s.tokens.partition_point(|t| t.span.start < from);
            let end = s.tokens.partition_point(|t| t.span.end <= to).max(first);
            let gap_tokens = &s.tokens[first..end];
            let gap = s.file.get(from..to).unwrap_or("");
            !has(&lexicon.subset_markers, gap_tokens)
                && (gap.contains([':', '—', '–']) || has(&lexicon.breakdown_markers, gap_tokens))
        });
        if let ClaimKind::Quantity(q) = &mut claims[i].kind {
            q.revises = revises;
            q.breakdown_follows = breakdown_follows;
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::claim::{ClaimKind, Hedge, Qualifier, Quantity, QuantityRole, Role, TimeUnit};
    use crate::pack::Pack;
    use std::sync::OnceLock;

    fn lexicon() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            let (lexicon, problems) = Lexicon::load(&Pack::shipped().lexicon);
            assert!(problems.is_empty(), "{problems:?}");
            lexicon
        })
    }

    pub(super) fn claims_of(text: &str) -> Vec<crate::claim::Claim> {
        read(text).claims
    }

    fn read(text: &str) -> Extraction {
        extract(ReportIndex(0), text, Span::new(0, text.len()), lexicon())
    }

    #[test]
    fn comments_are_not_read() {
        let text = "It said 550 drones.\n\n<!-- crosscheck-ignore x: 539 drones é -->\nIt said 539 drones.";
        let masked = mask_comments(text, Span::new(0, text.len()));
        assert_eq!(masked.len(), text.len());
        assert!(!masked.contains("crosscheck"));
        let values: Vec<f64> = quantities(text).iter().map(|q| q.number).collect();
        assert_eq!(values, vec![550.0, 539.0]);
        // An unclosed comment is left as it is.
        assert_eq!(mask_comments("a <!-- b", Span::new(0, 8)), "a <!-- b");
    }

    /// The measure, value and role of each figure, for the tests of real-prose constructions.
    fn measured(text: &str) -> Vec<(f64, Option<String>, QuantityRole)> {
        quantities(text)
            .into_iter()
            .map(|q| (q.number, q.measure.map(|m| m.to_string()), q.role))
            .collect()
    }

    fn killed(n: f64) -> (f64, Option<String>, QuantityRole) {
        (n, Some("people.killed".into()), QuantityRole::Total)
    }

    fn injured(n: f64) -> (f64, Option<String>, QuantityRole) {
        (n, Some("people.injured".into()), QuantityRole::Total)
    }

    #[test]
    fn rough_sizes_are_ranges_and_measure_nothing() {
        let read = |text: &str| {
            quantities(text)
                .into_iter()
                .map(|q| {
                    let i = q.interval;
                    (i.low, i.high, q.measure.map(|m| m.to_string()))
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            read("Several hundred people were killed."),
            [(Some(200.0), Some(999.0), Some("people.killed".into()))]
        );
        assert_eq!(
            read("A few thousand homes were destroyed."),
            [(Some(2000.0), Some(9999.0), Some("homes.destroyed".into()))]
        );
        assert_eq!(
            read("The war cost tens of billions of dollars.")[0].0,
            Some(2e10)
        );
        // "Millions" may be hundreds of millions.
        assert_eq!(read("Millions of people fled.")[0].1, Some(999_999_999.0));
        // A rough size after a reading counts no degrees.
        let heat = quantities("Temperatures hit 40 degrees Celsius, affecting millions.");
        assert_eq!(heat[1].unit, None);
        // Nor does a bare figure a sentence after a reading in inches.
        let later = quantities("The door is 2 in thick.\nHe said they counted 312.");
        assert_eq!(later[1].unit, None);
        // A hyphenated modifier belongs to the capitalised plural it qualifies.
        let counted = quantities("The aid helps 42 low-income Americans.");
        assert_eq!(counted[0].counted.as_deref(), Some("low-income Americans"));
    }

    #[test]
    fn two_kinds_under_one_verb_are_parts() {
        let roles = |text: &str| {
            quantities(text)
                .into_iter()
                .map(|q| (q.number, q.measure.map(|m| m.to_string()), q.role))
                .collect::<Vec<_>>()
        };
        // Two kinds of one class, or a kind and a part of another whole: parts of a toll the
        // sentence does not state.
        let found = roles("The crash killed 175 passengers and four of the six crew members.");
        assert_eq!(
            found[0],
            (175.0, Some("people.killed".into()), QuantityRole::Part)
        );
        assert_eq!(found[1].2, QuantityRole::Part);
        assert_eq!(
            roles("The attack killed 12 soldiers and 3 officers.")
                .iter()
                .map(|r| r.2)
                .collect::<Vec<_>>(),
            [QuantityRole::Part, QuantityRole::Part]
        );
        // One noun twice, or two actions: totals.
        assert_eq!(
            roles("The blast killed 12 people and injured 30 people."),
            [killed(12.0), injured(30.0)]
        );
        // An item of a list with its own noun keeps it.
        assert_eq!(
            roles("The dead included 36 children and 60 adults."),
            [
                (36.0, Some("children.killed".into()), QuantityRole::Total),
                (60.0, Some("adults.killed".into()), QuantityRole::Total),
            ]
        );
    }

    #[test]
    fn a_sentence_goes_on_about_the_place_before() {
        let places = |text: &str| {
            quantities(text)
                .into_iter()
                .map(|q| q.place.map(|p| p.to_string()))
                .collect::<Vec<_>>()
        };
        let kerr = Some("Harlow County".to_string());
        assert_eq!(
            places("In Harlow County, 36 people were killed. Around 160 people remain missing."),
            [kerr.clone(), kerr.clone()]
        );
        // Not past a blank line, a sentence between, a word that widens, or a source.
        assert_eq!(
            places("In Harlow County, 36 people were killed.\n\nAround 160 people remain missing."),
            [kerr.clone(), None]
        );
        assert_eq!(
            places(
                "In Harlow County, 36 people were killed. Rain fell. Around 160 remain missing."
            ),
            [kerr.clone(), None]
        );
        assert_eq!(
            places("In Harlow County, 36 people were killed. In total, 160 people died."),
            [kerr.clone(), None]
        );
        assert_eq!(
            places(
                "In Harlow County, 36 people were killed. Around 160 people remain missing, the governor said."
            ),
            [kerr, None]
        );
        // Nor to a wider toll, another place, or figures of things.
        assert_eq!(
            places("In Harlow County, 36 people were killed. The national toll stands at 200."),
            [Some("Harlow County".to_string()), None]
        );
        assert_eq!(
            places("In Harlow County, 36 people died. In neighbouring Tarlo, 12 died."),
            [Some("Harlow County".to_string()), Some("Tarlo".to_string())]
        );
        assert_eq!(
            places("In Harlow County, 36 people died. Rebels fired 500 rockets overnight."),
            [Some("Harlow County".to_string()), None]
        );
    }

    #[test]
    fn reporting_chains_ages_and_a_single_victim() {
        assert_eq!(
            measured("Twelve people were reported dead."),
            [killed(12.0)]
        );
        assert_eq!(
            measured("At least 40 are known to have died.")[0]
                .1
                .as_deref(),
            Some("people.killed")
        );
        // Fear is not a count of what happened.
        assert_eq!(measured("Thirty people were feared dead.")[0].1, None);
        // Ages in an aside or after the noun are not counts, and the verb after them is the
        // figure's.
        assert_eq!(
            measured("Five people, including children aged 4, 9 and 12, were killed."),
            [killed(5.0)]
        );
        assert_eq!(
            measured("Two children aged 7 and 9 were hurt."),
            [(2.0, Some("children.injured".into()), QuantityRole::Total)]
        );
        // A number with a noun of its own after a list of ages is a count.
        assert_eq!(
            measured("Victims aged 30 to 45 and 12 people were injured.").len(),
            1
        );
        // "a child" is one when it has a measure, and nothing otherwise.
        assert_eq!(
            measured("A child was killed in the strike."),
            [(1.0, Some("children.killed".into()), QuantityRole::Total)]
        );
        assert!(measured("A child of the village spoke.").is_empty());
        assert!(measured("Not a child was hurt.").is_empty());
        assert!(measured("Each year a child is killed on the road.").is_empty());
        // "others" with nothing before it is no kind of its own.
        assert_eq!(measured("Nine others were injured.")[0].1, None);
    }

    #[test]
    fn mixed_numbers_and_an_hour_and_a_half() {
        let durations = |text: &str| {
            elapsed(text)
                .into_iter()
                .map(|e| (e.number, e.unit.name()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            durations("The call lasted two and a half hours."),
            [(2.5, "hour")]
        );
        assert_eq!(durations("The call lasted 2½ hours."), [(2.5, "hour")]);
        assert_eq!(durations("The call lasted 2 1/2 hours."), [(2.5, "hour")]);
        assert_eq!(
            durations("They met for an hour and a half."),
            [(1.5, "hour")]
        );
        assert_eq!(durations("The alert lasted an hour."), [(1.0, "hour")]);
        assert!(durations("A year ago, the town was calm.").is_empty());
    }

    #[test]
    fn one_unit_of_time_with_an_article() {
        let durations = |text: &str| {
            elapsed(text)
                .into_iter()
                .map(|e| (e.number, e.unit.name(), e.interval.low, e.interval.high))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            durations("Pay will be frozen for a year."),
            [(1.0, "year", Some(1.0), Some(1.0))]
        );
        assert_eq!(
            durations("She waited more than a year."),
            [(1.0, "year", Some(1.0), None)]
        );
        // Rates, times before or after another, compounds and parts are no spans.
        assert!(durations("It earns $5 billion a year and meets twice a week.").is_empty());
        assert!(durations("The shop closed for a week or two.").is_empty());
        assert!(durations("The price for a week in Port Essel is $400.").is_empty());
        assert!(durations("A year later the plant closed.").is_empty());
        assert!(durations("They met within a week of the vote.").is_empty());
    }

    #[test]
    fn a_unit_of_time_carries_only_to_a_figure_joined_to_it() {
        let durations = |text: &str| {
            elapsed(text)
                .into_iter()
                .map(|e| e.number)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            durations("Figures for the previous two months were revised down by 58,000."),
            [2.0]
        );
        assert_eq!(
            durations("Claims rose over 12 months, down from 203,000 a year earlier."),
            [12.0]
        );
        // An ellipsis keeps the unit: "and her brother for four", "from five".
        assert_eq!(
            durations("She was jailed for six years, and her brother for four."),
            [6.0, 4.0]
        );
        assert_eq!(
            durations("The term was cut to two years from five."),
            [2.0, 5.0]
        );
        // A part of a span is no span: "the 1,310 of the week before".
        assert!(durations("Sales were twice the 1,310 of the week before.").is_empty());
    }

    #[test]
    fn periods_before_a_figure_and_superlative_frames() {
        let cumulative = |text: &str| {
            quantities(text)
                .into_iter()
                .map(|q| q.cumulative)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            cumulative("Since 2022, 12,000 civilians have been killed."),
            [true]
        );
        assert_eq!(
            cumulative("Over the past week, Russia launched 1,200 drones."),
            [true]
        );
        // The period of a superlative is not the figure's.
        assert_eq!(
            cumulative("It was the largest attack since the war began, with 810 drones launched."),
            [false]
        );
        assert_eq!(
            cumulative("Russia launched 810 drones, the most since the war began."),
            [false]
        );
        // A period reaches to the end of its clause; "-est" alone is no superlative.
        assert_eq!(
            cumulative(
                "Since 2014 rebels have held the pass, and on Friday they fired 500 rockets."
            ),
            [false]
        );
        assert_eq!(
            cumulative("The unrest since March has killed 40 people."),
            [true]
        );
    }

    #[test]
    fn a_district_of_a_city_and_the_subject_of_a_passive() {
        let places = |text: &str| {
            quantities(text)
                .into_iter()
                .map(|q| q.place.map(|p| p.to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            places("In Tarlo's Harlow district, 3 people were injured."),
            [Some("Harlow district".to_string())]
        );
        assert_eq!(
            places("Three people were injured in Tarlo's Harlow district."),
            [Some("Harlow district".to_string())]
        );
        assert_eq!(
            places("Two were killed in Russia's overnight attack."),
            [None]
        );
        assert_eq!(
            places("Tarlo was struck by 20 drones."),
            [Some("Tarlo".to_string())]
        );
    }

    #[test]
    fn constructions_of_disaster_reports() {
        let read = |text: &str| {
            quantities(text)
                .into_iter()
                .map(|q| {
                    (
                        q.number,
                        q.measure.map(|m| m.to_string()),
                        q.role,
                        q.place.map(|p| p.to_string()),
                    )
                })
                .collect::<Vec<_>>()
        };
        let killed_in = |n: f64, place: &str| {
            (
                n,
                Some("people.killed".to_string()),
                QuantityRole::Total,
                Some(place.to_string()),
            )
        };
        assert_eq!(
            read("Five people were killed in the town of Tarlo."),
            [killed_in(5.0, "Tarlo")]
        );
        assert_eq!(
            read("Nine people died when a tower block collapsed in Tarlo on Monday."),
            [killed_in(9.0, "Tarlo")]
        );
        assert_eq!(
            read("Gunmen attacked a clinic in Tarlo, killing five people and wounding four."),
            [
                killed_in(5.0, "Tarlo"),
                (
                    4.0,
                    Some("people.injured".into()),
                    QuantityRole::Total,
                    Some("Tarlo".into())
                )
            ]
        );
        assert_eq!(
            read("At least 23 villagers drowned.")[0].1.as_deref(),
            Some("people.killed")
        );
        assert!(read("The dead were aged between 19 and 64.").is_empty());
        // A part of the figure a sentence opens with.
        assert_eq!(
            read("Of the 58 dead, 40 were found in Tarlo.")[1].2,
            QuantityRole::Part
        );
        // A capitalised noun the lexicon does not read is the figure's own: no days carried
        // over from "40 days".
        assert!(elapsed("After 40 days, eight Senate Democrats joined.").len() == 1);
        // "shot down" is an action, not a fall.
        assert_eq!(
            quantities("Air defences shot down 40 drones.")[0].change,
            None
        );
    }

    #[test]
    fn a_list_of_counts_by_place_after_a_verb() {
        // The item after the first figure's own verb shares it.
        assert_eq!(
            measured("Thirty people died in Tarlo and 12 in Harlow."),
            [killed(30.0), killed(12.0)]
        );
        // "one" as the last item of such a list.
        assert_eq!(
            measured("The storm killed three people in Tarlo and one in Harlow."),
            [killed(3.0), killed(1.0)]
        );
        // Not "one of", nor "one" without a count before it.
        assert_eq!(
            measured("The storm killed three people, and one of them was a child."),
            [killed(3.0)]
        );
        assert!(measured("Officials said one in Harlow was closed.").is_empty());
    }

    #[test]
    fn a_toll_named_before_its_level() {
        // The toll's long qualifier holds another action ("struck"), a number and a bracket.
        assert_eq!(
            measured(
                "The death toll from the 7.1-magnitude quake that struck the coast on Monday night (March 3) has climbed to 64."
            ),
            vec![killed(64.0)]
        );
        // The verb before the toll.
        assert_eq!(
            measured("Clashes resumed on Tuesday, bringing the death toll to 31."),
            vec![killed(31.0)]
        );
        assert_eq!(
            measured("Officials said the toll now stands at 12."),
            vec![killed(12.0)]
        );
        // "to" without a toll before it is no toll.
        assert_eq!(
            measured("Turnout rose to 61 percent.")[0].1.as_deref(),
            Some("turnout.percentage")
        );
    }

    #[test]
    fn bare_figures_of_actions_with_victims() {
        assert_eq!(
            measured("The blast that killed 41 and wounded 130 was condemned."),
            vec![killed(41.0), injured(130.0)]
        );
        assert_eq!(
            measured("There are 17 confirmed dead, the ministry said."),
            vec![killed(17.0)]
        );
        assert_eq!(
            measured("The floods have claimed 56 lives."),
            vec![killed(56.0)]
        );
        // Ages after a verb further back are no victims.
        assert!(
            measured("The children who died were nine and twelve years old.")
                .iter()
                .all(|(_, measure, _)| measure.is_none())
        );
    }

    #[test]
    fn an_aside_before_the_verb() {
        let read = measured("At least 27 people, including four firefighters, were killed.");
        assert_eq!(read[0].0, 27.0);
        assert_eq!(read[0].1.as_deref(), Some("people.killed"));
        assert_eq!(read[0].2, QuantityRole::Total);
        assert_eq!(read[1].2, QuantityRole::Subset);
    }

    #[test]
    fn with_others_of_another_action_is_their_own_total() {
        assert_eq!(
            measured("The toll has risen to 48, with nearly 300 others injured."),
            vec![killed(48.0), injured(300.0)]
        );
        // A subset with a place of its own is that place's total.
        assert_eq!(
            measured("Nine people were killed, with four in the Odesa region.")[1].2,
            QuantityRole::Total,
            "a subset with a place of its own is that place's total"
        );
    }

    #[test]
    fn actions_as_adjectives_and_closing_commas() {
        assert_eq!(
            measured("The bureau counted 218 injured individuals."),
            vec![injured(218.0)]
        );
        assert_eq!(
            measured("About 12,000 families, or 41,500 individuals, have been affected.")
                .into_iter()
                .map(|(_, m, _)| m)
                .collect::<Vec<_>>(),
            vec![
                Some("households.affected".into()),
                Some("people.affected".into())
            ]
        );
        assert_eq!(
            measured("The gang stole six pieces of jewellery from the gallery.")[0]
                .1
                .as_deref(),
            Some("items.stolen")
        );
    }

    #[test]
    fn a_verb_right_after_the_figure_is_its_own() {
        let measures = |text: &str| {
            quantities(text)
                .into_iter()
                .map(|q| (q.number, q.measure.map(|m| m.to_string())))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            measures("Tarlo had the worst toll, with 31 people dead, 18 injured, and 12 missing."),
            vec![
                (31.0, Some("people.killed".into())),
                (18.0, Some("people.injured".into())),
                (12.0, Some("people.missing".into()))
            ]
        );
    }

    #[test]
    fn a_year_before_a_named_event_is_another_occasion() {
        let read = quantities("The worst was the 2002 Harlow Air crash, which killed 129 people.");
        assert_eq!(
            read[0].occasion.as_deref(),
            Some("the 2002 harlow air crash")
        );
        let read = quantities("The 2023 earthquake killed 50 people.");
        assert_eq!(read[0].occasion.as_deref(), Some("the 2023 earthquake"));
    }

    #[test]
    fn a_part_with_its_own_action_of_an_uncounted_whole_is_a_total() {
        let read =
            quantities("The accident caused the deaths of 62 of the 64 people aboard the ferry.");
        assert_eq!(read[0].role, QuantityRole::Total);
        assert_eq!(read[0].measure.as_deref(), Some("people.killed"));
        assert_eq!(read[1].role, QuantityRole::Whole);
        let read = quantities("Air defences shot down 35 of the 108 drones.");
        assert_eq!(read[0].role, QuantityRole::Part);
    }

    #[test]
    fn localities_names_and_subsets_give_places() {
        let place = |text: &str, at: usize| quantities(text)[at].place.clone();
        assert_eq!(
            place("The quake flattened houses in a local resettlement village, killing eight residents.", 0)
                .as_deref(),
            Some("a local resettlement village")
        );
        assert_eq!(
            place("As many as 25 girls are missing from Camp Verity.", 0).as_deref(),
            Some("Camp Verity")
        );
        assert_eq!(place("The toll from Hurricane Amara rose to 43.", 0), None);
        // The target of an attack; not what a statement was made on.
        assert_eq!(
            place("Twelve children were killed in the attack on Harlow.", 0).as_deref(),
            Some("Harlow")
        );
        assert_eq!(
            place("Twelve people were killed, it said on Telegram.", 0),
            None
        );
        assert_eq!(
            place(
                "Crews found 84 bodies in Harlow County, including 28 children.",
                1
            )
            .as_deref(),
            Some("Harlow County")
        );
    }

    #[test]
    fn open_measures_from_the_figures_own_noun() {
        let measure = |text: &str| quantities(text)[0].measure.clone();
        // A noun no class counts, with an action that has victims.
        assert_eq!(
            measure("Officials said 23 girls from the camp have not been accounted for.")
                .as_deref(),
            Some("girls.missing")
        );
        assert_eq!(
            measure("Ten campers still remain unaccounted for.").as_deref(),
            Some("campers.missing")
        );
        assert_eq!(
            measure("Two Thai nationals were also killed.").as_deref(),
            Some("nationals.killed")
        );
        // Not a unit of measure, nor an action without victims.
        assert_eq!(measure("The river rose 26 feet in 45 minutes."), None);
        assert_eq!(measure("Crews launched 14 helicopters."), None);
        // A place between the noun and its verb.
        assert_eq!(
            measure("Twelve people in Harlow were killed.").as_deref(),
            Some("people.killed")
        );
    }

    #[test]
    fn a_share_a_set_level_and_jobs_added() {
        // A party's share of the vote is its own measure's figure, not a part.
        let read = quantities("The Civic Union won 42% of the vote in Sunday's election.");
        assert_eq!(
            read[0].measure.as_deref(),
            Some("share-of-vote.percentage.of-civic-union")
        );
        assert_eq!(read[0].role, QuantityRole::Total);
        // The same share's level after a verb of change, or "vote share".
        for text in [
            "The Civic Union's share of the vote slumped to 42% in Sunday's election.",
            "The Civic Union's vote share was 42%.",
        ] {
            assert_eq!(
                quantities(text)[0].measure.as_deref(),
                Some("share-of-vote.percentage.of-civic-union"),
                "{text}"
            );
        }
        // A change of it is no level.
        assert_eq!(
            quantities("The Civic Union's share of the vote fell 5% in Sunday's election.")[0]
                .measure
                .as_deref()
                .filter(|m| m.contains("share-of-vote.percentage") && !m.contains("fall")),
            None
        );
        // A rate the lexicon does not list, held by the name before it; anyone's without one.
        assert_eq!(
            quantities("Harlow Motors' operating margin narrowed to 6.1% in the quarter.")[0]
                .measure
                .as_deref(),
            Some("operating-margin.percentage.of-harlow-motors")
        );
        assert_eq!(
            quantities("Prime Minister Ana Brel's approval rating fell to 34% in May.")[0]
                .measure
                .as_deref(),
            Some("approval-rating.percentage.of-ana-brel.may")
        );
        assert_eq!(quantities("Support for the plan was 40%.")[0].measure, None);
        // An economy's output by any of its names; a sum that totals.
        assert_eq!(
            quantities("Westmark's gross domestic product expanded by 0.5%.")[0]
                .measure
                .as_deref(),
            Some("gdp.rise.percentage.of-westmark")
        );
        // The level reached after the level left; the level left has no key.
        let read = quantities("Westmark's jobless rate fell from 5.8% to 5.4% in April.");
        assert_eq!(read[0].measure, None);
        assert_eq!(
            read[1].measure.as_deref(),
            Some("unemployment.percentage.of-westmark.april")
        );
        // A holder's name with "of" inside.
        assert_eq!(
            quantities("Bank of Lesk's net income was $1.4 billion.")[0]
                .actor
                .as_deref(),
            Some("bank-of-lesk")
        );
        // Two firms' cuts are two actors'.
        assert_eq!(
            quantities("Rival Venn Corp is cutting 900 jobs.")[0]
                .actor
                .as_deref(),
            Some("venn-corp")
        );
        // A level someone sets is no running total, whatever "this year" says of the cut.
        let read = quantities(
            "The Bank of Lesk trimmed its key rate to 3% on Wednesday, its second cut this year.",
        );
        assert!(!read[0].cumulative);
        // Employers adding jobs create them; "added" before a figure is no statement.
        let read = quantities("Lesk employers added 180,000 jobs in April, the ministry said.");
        assert_eq!(read[0].measure.as_deref(), Some("jobs.created"));
        assert_eq!(read[0].source.as_deref(), Some("the ministry"));
        // "announced a recall" reports no statement; no source runs over the figure.
        let read =
            quantities("Harlow Motors shares fell 14% after the company announced a recall.");
        assert_eq!(read[0].source, None);
    }

    #[test]
    fn the_day_of_a_statement_does_not_date_its_figures() {
        let read = quantities("Officials said Tuesday that the toll rose to 43.");
        assert_eq!(read[0].when, None);
        let read = quantities("The strike on Tuesday killed 43 people.");
        assert!(read[0].when.is_some());
    }

    #[test]
    fn months_alone_after_a_preposition_or_a_part_of_the_month() {
        let dates = |text: &str| {
            read(text)
                .claims
                .into_iter()
                .filter(|c| matches!(c.kind, ClaimKind::Date(_)))
                .map(|c| c.text.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(dates("It must be done by the end of March."), vec!["March"]);
        assert_eq!(dates("It must be done by May."), vec!["by May"]);
        // A sentence's full stop is not a month's abbreviation point; "Feb." keeps its own.
        assert_eq!(dates("They met in May."), vec!["in May"]);
        assert_eq!(dates("They met on Feb. 3 in Harlow."), vec!["on Feb. 3"]);
        // "May" alone is a verb.
        assert!(dates("Officials may meet again.").is_empty());
    }

    #[test]
    fn dates_of_events() {
        let dates = |text: &str| {
            read(text)
                .claims
                .into_iter()
                .filter_map(|c| match c.kind {
                    ClaimKind::Date(d) => Some((d.expr, d.event.map(|e| e.to_string()))),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        use crate::claim::DateExpr;
        // A verb of happening dates the kind of event nearest the date.
        assert_eq!(
            dates("The tremor happened late on Wednesday."),
            vec![(DateExpr::Weekday { weekday: 2 }, Some("earthquake".into()))]
        );
        // Ordinal days.
        assert_eq!(
            dates("Late on April 3rd, 2025, a missile strike devastated the district."),
            vec![(
                DateExpr::Day {
                    year: 2025,
                    month: 4,
                    day: 3
                },
                Some("strike".into())
            )]
        );
        // Not a statement's day, not an event that lasts, not another occasion, not "a Friday".
        assert_eq!(
            dates("The governor said on Monday that the quake struck.")[0].1,
            None
        );
        assert_eq!(dates("The storm made landfall on Tuesday.")[0].1, None);
        assert_eq!(
            dates("In a separate attack on April 4, a missile hit a school.")[0].1,
            None
        );
        assert!(dates("It occurred on a Friday evening.").is_empty());
        // The day of another clause, or of another place.
        assert_eq!(
            dates("Rescuers searched on Thursday after an earthquake hit the west.")[0].1,
            None
        );
        assert_eq!(
            dates("Damage reached Harlow, where missiles struck on Friday evening.")[0].1,
            None
        );
    }

    #[test]
    fn homes_damaged_and_destroyed() {
        let read =
            quantities("Crews counted 3,210 partially damaged and 418 totally destroyed homes.");
        assert_eq!(read[0].measure.as_deref(), Some("homes.damaged"));
        assert_eq!(read[1].measure.as_deref(), Some("homes.destroyed"));
        let read = quantities("A total of 79,959 houses sustained damage.");
        assert_eq!(read[0].measure.as_deref(), Some("homes.damaged"));
        // Figures given "respectively" are those of the places listed before them.
        let read = quantities(
            "Harlow and Tarlo were hit hardest, with 98 and 139 damaged houses, respectively.",
        );
        assert_eq!(read[0].place.as_deref(), Some("Harlow"));
        assert_eq!(read[1].place.as_deref(), Some("Tarlo"));
    }

    #[test]
    fn spans_that_place_a_moment() {
        let placing = |text: &str| {
            read(text)
                .claims
                .into_iter()
                .filter_map(|c| match c.kind {
                    ClaimKind::Elapsed(e) => Some(e.placing),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        for text in [
            "Ana Brel scored after 34 minutes.",
            "The bridge will reopen in three months.",
            "Exports fell in the previous two months.",
            "The quake struck two days ago.",
            "Ana Brel scored again 10 minutes from time.",
        ] {
            assert_eq!(placing(text), vec![true], "{text}");
        }
        for text in [
            // A term of a person named is a figure of its own (`prison_terms_a_court_…`).
            "The court jailed the man for 12 years.",
            "Talks collapsed after 18 months of negotiation.",
            "Ana Brel will be out for six weeks after the fall.",
            "A four-year inquiry into the dam ended on Tuesday.",
            "The strike lasted three days.",
        ] {
            assert_eq!(placing(text), vec![false], "{text}");
        }
    }

    #[test]
    fn durations_told_in_several_units_are_one() {
        let durations = |text: &str| {
            read(text)
                .claims
                .into_iter()
                .filter_map(|c| match c.kind {
                    ClaimKind::Elapsed(e) => Some((c.text.to_string(), e.number, e.unit)),
                    ClaimKind::Quantity(q) if q.unit.as_deref() == Some("second") => {
                        Some((c.text.to_string(), q.number, TimeUnit::Minute))
                    }
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        let one = |text: &str, minutes: f64| {
            let read = durations(text);
            assert_eq!(read.len(), 1, "{text}: {read:?}");
            assert!(
                (read[0].1 * read[0].2.minutes() - minutes).abs() < 1e-6,
                "{text}: {read:?}"
            );
        };
        one(
            "Sato won the race in two hours, 21 minutes and seven seconds.",
            141.0 + 7.0 / 60.0,
        );
        one("Venn won in 2 hours 5 minutes 48 seconds on Sunday.", 125.8);
        one(
            "The talks lasted a year and six months.",
            18.0 * TimeUnit::Month.minutes(),
        );
        one("Venn set a course record of 2:05:48 on Sunday.", 125.8);
        // A clock without seconds is a time of day.
        assert!(durations("The train left at 14:45 on Sunday.").is_empty());
        assert!(durations("Mon Dec 30 20:37:21 UTC 2024: markets closed.").is_empty());
        // Rising units, or a gap of words, are two spans.
        assert_eq!(
            durations("The strike lasted 5 minutes, and the march 2 hours.").len(),
            2
        );
        assert_eq!(
            durations("It took two hours to reach them and 30 minutes to free them.").len(),
            2
        );
    }

    #[test]
    fn durations_of_the_event() {
        let of_event = |text: &str| {
            read(text)
                .claims
                .into_iter()
                .filter_map(|c| match c.kind {
                    ClaimKind::Elapsed(e) => Some(e.of_event),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(of_event("The heist took just four minutes."), vec![true]);
        assert_eq!(
            of_event("It was a professional four-minute operation."),
            vec![true]
        );
        assert_eq!(
            of_event("The river rose 26 feet in 45 minutes."),
            vec![false]
        );
        assert_eq!(
            of_event("Air raid alerts lasted more than three hours."),
            vec![false]
        );
        assert_eq!(
            of_event("The thieves fled, taking just seven minutes."),
            vec![true]
        );
    }

    #[test]
    fn lists_and_joined_nouns_share_a_verb() {
        let read = quantities(
            "It caused at least seven deaths, including three in Harlow during the storm, three in Tarlo and one in Verity.",
        );
        assert_eq!(read[2].measure.as_deref(), Some("people.killed"));
        assert_eq!(read[2].place.as_deref(), Some("Tarlo"));
        let read =
            quantities("Officials said four boys and a scout leader were still unaccounted for.");
        assert_eq!(read[0].measure.as_deref(), Some("boys.missing"));
        // A joined noun that names an event has its own verb.
        let read = quantities("The strike killed 3 people and the attack has injured 5.");
        assert_eq!(read[0].measure.as_deref(), Some("people.killed"));
    }

    #[test]
    fn the_country_a_sentence_names() {
        let place = |text: &str| quantities(text)[0].place.clone();
        assert_eq!(
            place("As the storm flooded towns in Jamaica, the country has lost three lives.")
                .as_deref(),
            Some("Jamaica")
        );
        // Two nations: no telling which.
        assert_eq!(
            place("After Haiti and Jamaica were hit, the country has lost three lives."),
            None
        );
    }

    #[test]
    fn more_than_a_count_before() {
        let read = quantities("The riots have claimed four more lives, raising the toll to 31.");
        assert_eq!(read[0].role, QuantityRole::Additional);
        assert_eq!(read[0].source, None);
        assert_eq!(read[1].role, QuantityRole::Total);
        assert_eq!(
            quantities("Two more bodies were found.")[0].role,
            QuantityRole::Additional
        );
        // "more than" is a hedge; "73 more" after another figure counts others.
        assert_eq!(
            quantities("It killed 12 more than that.")[0].role,
            QuantityRole::Total
        );
        let read = quantities("The strike killed 26 people and injured 73 more.");
        assert_eq!(read[1].role, QuantityRole::Total);
        assert_eq!(read[1].measure.as_deref(), Some("people.injured"));
    }

    #[test]
    fn those_in_hospital_are_a_count_apart_from_the_injured() {
        let measures = |text: &str| {
            quantities(text)
                .into_iter()
                .map(|q| q.measure.map(|m| m.to_string()))
                .collect::<Vec<_>>()
        };
        let hospital = Some("people.hospitalised".to_string());
        assert_eq!(
            measures("Thirty people were injured and 12 were hospitalised."),
            [Some("people.injured".to_string()), hospital.clone()]
        );
        assert_eq!(
            measures("Twelve people were taken to hospital."),
            vec![hospital.clone()]
        );
        assert_eq!(
            measures("Some 41 people were sent to hospital."),
            [hospital]
        );
        // A distance to a hospital: no one in hospital.
        assert_eq!(measures("Police drove 30 miles to hospital."), [None]);
    }

    #[test]
    fn places_after_from_and_subsets_with_places() {
        let places = |text: &str| {
            quantities(text)
                .into_iter()
                .map(|q| (q.number, q.place.map(|p| p.to_string()), q.role))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            places("Of the dead, 14 were from Tarlo City.")[0]
                .1
                .as_deref(),
            Some("Tarlo City")
        );
        // "from" before a name that is no place is a cause.
        assert_eq!(places("The toll from Cyclone Amara rose to 9.")[0].1, None);
        let read = places("The storm caused at least nine deaths, including five in Ukraine.");
        assert_eq!(read[1], (5.0, Some("Ukraine".into()), QuantityRole::Total));
        // A country is a place after "from", whether or not the lexicon lists it.
        assert_eq!(
            places("It caused four deaths from Haiti.")[0].1.as_deref(),
            Some("Haiti")
        );
        // A name followed by a lower-case word is still a place ("due to" is no noun); an
        // adjective of nationality after an article is not.
        assert_eq!(
            places("Three deaths were confirmed in Jamaica due to flooding.")[0]
                .1
                .as_deref(),
            Some("Jamaica")
        );
        assert_eq!(
            places("Three people were killed in the Ukrainian capital.")[0]
                .1
                .as_deref(),
            Some("Kyiv")
        );
        assert_eq!(
            places("Three people were killed in the Tarlish hills.")[0].1,
            None
        );
        assert_eq!(
            places("Three people were killed in Tarlish cities.")[0].1,
            None
        );
        let place = |text: &str| places(text)[0].1.clone();
        // The place a "where" clause hangs on.
        assert_eq!(
            place(
                "Most deaths occurred in Harlow County, where crews found the bodies of 84 people."
            )
            .as_deref(),
            Some("Harlow County")
        );
        // Parts of a place are in it.
        assert_eq!(
            place("Police said 12 people died in fighting in several parts of Tarlo.").as_deref(),
            Some("Tarlo")
        );
        // "at" a named facility; a one-word name after "at" is no place.
        assert_eq!(
            place("Eight people died at the Harlow Trauma Centre.").as_deref(),
            Some("Harlow Trauma Centre")
        );
        assert_eq!(place("Two people were killed at Harlow."), None);
        // The place of a toll named before its level, and two places together.
        assert_eq!(
            place("The death toll in Tarlo has risen to 19.").as_deref(),
            Some("Tarlo")
        );
        // A nation that reports victims reports its own, when the report gives figures for
        // other nations too; its people's officials do not say so.
        let with_jamaica = |text: &str| place(&format!("{text} Three people died in Jamaica."));
        assert_eq!(
            with_jamaica("Haiti's civil protection agency said 43 people were killed.").as_deref(),
            Some("Haiti")
        );
        assert_eq!(
            with_jamaica("Haiti reported the highest toll, with 30 people dead.").as_deref(),
            Some("Haiti")
        );
        assert_eq!(
            with_jamaica(
                "Haiti reported the worst toll, with 30 people dead, according to its agency."
            )
            .as_deref(),
            Some("Haiti")
        );
        assert_eq!(
            with_jamaica("Haitian officials said 43 people were killed."),
            None
        );
        assert_eq!(
            with_jamaica("Haiti's agency said 12 drones were shot down."),
            None
        );
        // A nation's service reports the toll of an event inside it, not a national one.
        assert_eq!(
            place("Ukraine's emergency service said 14 people were killed."),
            None
        );
        assert_eq!(
            place("The death toll across Harlow and Tarlo from the floods has risen to 75.")
                .as_deref(),
            Some("Harlow and Tarlo")
        );
    }

    #[test]
    fn a_sentence_ends_after_a_time_before_an_opener() {
        let read = quantities("Crews had found 41 bodies as of 1:20 p.m. The initial toll was 12.");
        assert_eq!(read[0].number, 41.0);
        assert_eq!(read[0].occasion, None);
        // A date word inside a relative clause dates the clause, not the figure.
        let read = quantities("The toll from the storm that hit last week has risen to 30.");
        assert_eq!(read[0].occasion, None);
        assert_eq!(read[0].measure.as_deref(), Some("people.killed"));
    }

    #[test]
    fn sources_of_figures() {
        let source = |text: &str| quantities(text)[0].source.clone();
        assert_eq!(
            source("Russia launched 810 drones, Ukraine's air force said.").as_deref(),
            Some("Ukraine's air force")
        );
        assert_eq!(
            source("Two people were killed, according to Kyiv Mayor Vitali Klitschko.").as_deref(),
            Some("Kyiv Mayor Vitali Klitschko")
        );
        // "citing" a source, not a reason.
        assert_eq!(
            source("Exports rose 12% in June, citing figures from the port authority.").as_deref(),
            Some("figures from the port authority")
        );
        assert_eq!(
            source("Exports jumped 25% in June, citing strong grain shipments.").as_deref(),
            None
        );
        // An appositive between the name and the verb.
        assert_eq!(
            source("Two people were killed in Kyiv, Tymur Tkachenko, the head of the city's military administration, said.").as_deref(),
            Some("Tymur Tkachenko")
        );
        // Adverbs before the verb are not part of the source.
        // A source that opens the sentence is written as it is (the rules know that its
        // capital is the sentence's), but for an article, which reads right in lower case.
        assert_eq!(
            source("The service also said two people were killed.").as_deref(),
            Some("the service")
        );
        assert_eq!(
            source("Rescue workers said four people had been killed.").as_deref(),
            Some("Rescue workers")
        );
        assert_eq!(
            source("Northwind Motors said four people had been killed.").as_deref(),
            Some("Northwind Motors")
        );
        assert_eq!(source("He said two people were killed."), None);
        assert_eq!(source("Two people were killed."), None);
        // A verb of saying used as an adjective or in the passive names no source before it.
        assert_eq!(source("The confirmed deaths included four in Tarlo."), None);
        assert_eq!(source("Four deaths were confirmed in Tarlo."), None);
        assert_eq!(source("Six people were reported killed."), None);
    }

    #[test]
    fn running_totals_and_other_events() {
        let read = |text: &str| {
            quantities(text)
                .into_iter()
                .map(|q| (q.number, q.cumulative, q.occasion.map(|o| o.to_string())))
                .collect::<Vec<_>>()
        };
        // A marker before the figure.
        assert_eq!(
            read("So far this year, attacks have killed more than 1,200 civilians."),
            vec![(1200.0, true, None)]
        );
        // Something that lasts, as the subject of a present perfect.
        assert_eq!(
            read("The war, now in its fourth year, has killed 12,000 civilians."),
            vec![(12000.0, true, None)]
        );
        // A year before a noun names another event.
        assert_eq!(
            read("The 2023 earthquake killed more than 50,000 people."),
            vec![(50000.0, false, Some("the 2023 earthquake".to_string()))]
        );
        // Neither: the war is only named after the figure, or without a present perfect.
        assert_eq!(
            read("Russia launched 550 drones, the largest attack of the war."),
            vec![(550.0, false, None)]
        );
        assert_eq!(
            read("In the largest attack of the war, Russia launched 550 drones."),
            vec![(550.0, false, None)]
        );
    }

    #[test]
    fn one_unit_of_measure_after_an_article() {
        // After a hedge, or before "of" and what was measured: one of the unit.
        let read = quantities("More than a foot of rain fell on the town.");
        assert_eq!(read.len(), 1);
        assert_eq!((read[0].number, read[0].hedge), (1.0, Hedge::MoreThan));
        assert_eq!(read[0].unit.as_deref(), Some("foot"));
        assert_eq!(read[0].measure.as_deref(), Some("rain.length"));
        let read = quantities("As much as 10 inches of rain fell overnight.");
        assert_eq!((read[0].number, read[0].hedge), (10.0, Hedge::AtMost));
        // A body part, a distance with nothing measured: no figure.
        assert!(quantities("He was shot in the foot.").is_empty());
        assert!(quantities("They live a mile from the river.").is_empty());
        assert!(quantities("Foot soldiers walked a mile.").is_empty());
        assert!(quantities("She faced a ton of questions.").is_empty());
    }

    #[test]
    fn vague_amounts_of_the_things_they_count() {
        let read =
            quantities("Air defences destroyed 190 of the drones and dozens of the missiles.");
        assert_eq!(read[1].counted.as_deref(), Some("missiles"));
        assert_eq!(read[1].role, QuantityRole::Part);
        assert_eq!(read[1].measure.as_deref(), Some("missiles.intercepted"));
    }

    pub(crate) fn quantities(text: &str) -> Vec<Quantity> {
        read(text)
            .claims
            .into_iter()
            .filter_map(|c| match c.kind {
                ClaimKind::Quantity(q) => Some(*q),
                _ => None,
            })
            .collect()
    }

    fn roles(text: &str) -> Vec<(String, Role)> {
        read(text)
            .claims
            .into_iter()
            .filter_map(|c| match c.kind {
                ClaimKind::Role(r) => Some((c.text.to_string(), *r)),
                _ => None,
            })
            .collect()
    }

    /// (measure, number, role) of each quantity.
    fn summary(text: &str) -> Vec<(Option<String>, f64, QuantityRole)> {
        quantities(text)
            .into_iter()
            .map(|q| (q.measure.map(|m| m.to_string()), q.number, q.role))
            .collect()
    }

    fn m(id: &str) -> Option<String> {
        Some(id.to_string())
    }

    #[test]
    fn coordination_shares_the_action() {
        assert_eq!(
            summary("Russia launched 653 drones and 51 missiles overnight."),
            vec![
                (m("drones.launched"), 653.0, QuantityRole::Total),
                (m("missiles.launched"), 51.0, QuantityRole::Total)
            ]
        );
        assert_eq!(
            summary("A record 550 drones and 11 missiles fired at the city."),
            vec![
                (m("drones.launched"), 550.0, QuantityRole::Total),
                (m("missiles.launched"), 11.0, QuantityRole::Total)
            ]
        );
    }

    #[test]
    fn partitive_and_increment() {
        assert_eq!(
            summary(
                "Air defences shot down 41 of the 120 drones, and a further 60 were neutralized through jamming."
            ),
            vec![
                (m("drones.intercepted"), 41.0, QuantityRole::Part),
                (m("drones.launched"), 120.0, QuantityRole::Whole),
                (m("drones.jammed"), 60.0, QuantityRole::Additional)
            ]
        );
    }

    #[test]
    fn subsets_of_the_same_and_another_class() {
        assert_eq!(
            summary("At least 17 people died in the blast, including three children."),
            vec![
                (m("people.killed"), 17.0, QuantityRole::Total),
                (m("children.killed"), 3.0, QuantityRole::Total)
            ]
        );
        // A subset with a place of its own is that place's total (compared with other figures
        // for the place, never with the unplaced whole).
        let q = quantities("Nine people were wounded, with four in the Odesa region.");
        assert_eq!(q[1].role, QuantityRole::Total);
        assert_eq!(q[1].measure.as_deref(), Some("people.injured"));
        assert_eq!(q[1].place.as_deref(), Some("Odesa region"));
    }

    #[test]
    fn ellipsis_after_a_passive() {
        assert_eq!(
            summary("Two people were killed and 47 injured."),
            vec![
                (m("people.killed"), 2.0, QuantityRole::Total),
                (m("people.injured"), 47.0, QuantityRole::Total)
            ]
        );
        assert_eq!(
            summary("One person was killed in Kyiv and 23 people were injured."),
            vec![
                (m("people.killed"), 1.0, QuantityRole::Total),
                (m("people.injured"), 23.0, QuantityRole::Total)
            ]
        );
    }

    #[test]
    fn hedges_make_intervals() {
        let q = quantities(
            "Russia fired nearly 600 drones and more than 40 missiles; between 10 and 12 people died.",
        );
        assert_eq!(
            (q[0].interval.low, q[0].interval.high),
            (Some(540.0), Some(600.0))
        );
        assert_eq!(q[0].interval.inclusive, [true, false]);
        assert_eq!(q[1].hedge, Hedge::MoreThan);
        assert_eq!(q[2].range, Some([10.0, 12.0]));
        assert_eq!(q[2].measure.as_deref(), Some("people.killed"));
    }

    fn elapsed(text: &str) -> Vec<crate::claim::Elapsed> {
        read(text)
            .claims
            .into_iter()
            .filter_map(|c| match c.kind {
                ClaimKind::Elapsed(e) => Some(*e),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn durations_before_a_noun_written_apart_or_in_quotes() {
        let of_event = |text: &str| {
            elapsed(text)
                .into_iter()
                .map(|e| (e.number, e.unit.name(), e.of_event))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            of_event("The \u{201c}Seven Minute\u{201d} heist stunned the city."),
            [(7.0, "minute", true)]
        );
        assert_eq!(
            of_event("The seven minute heist stunned the city."),
            [(7.0, "minute", true)]
        );
        assert_eq!(
            of_event("The seven-minute heist stunned the city."),
            [(7.0, "minute", true)]
        );
        // A plural unit is not a modifier; a capitalised number word without a unit is a name.
        assert_eq!(
            of_event("Guards waited seven minutes before the alarm."),
            [(7.0, "minute", false)]
        );
        assert!(of_event("Formula One returns to the city.").is_empty());
    }

    #[test]
    fn durations_are_elapsed_claims() {
        let found: Vec<(&str, f64, bool, Option<String>)> = elapsed(
            "Kyiv proposed a 30-day pause after the three-year conflict, a two-hour call and the nearly hour-long meeting.",
        )
        .into_iter()
        .map(|e| (e.unit.name(), e.number, e.ordinal, e.subject.map(|s| s.to_string())))
        .collect();
        assert_eq!(
            found,
            vec![
                ("day", 30.0, false, Some("pause".into())),
                ("year", 3.0, false, Some("conflict".into())),
                ("hour", 2.0, false, Some("call".into())),
                ("hour", 1.0, false, Some("meeting".into())),
            ]
        );
        assert!(
            quantities("A 45-year-old man was hurt.")
                .iter()
                .all(|q| q.unit.as_deref() != Some("year"))
        );
        assert!(elapsed("A 45-year-old man was hurt.").is_empty());
    }

    #[test]
    fn reference_marks_are_no_figures() {
        assert_eq!(
            elapsed("The raid lasted only 7 minutes [1] and the thieves fled [2].").len(),
            1
        );
        assert!(quantities("The thieves fled [2].").is_empty());
    }

    #[test]
    fn an_age_set_off_by_commas_is_no_count() {
        assert!(quantities("The owner, 58, has been taken into custody.").is_empty());
        assert!(quantities("Ana Brel, 47, said she would run.").is_empty());
        // A toll set off by commas, a list, a sentence's first word: no ages.
        assert_eq!(
            quantities("The death toll in Port Essel, 112, is expected to rise.").len(),
            1
        );
        assert_eq!(
            quantities("Survivors, 120, were evacuated to Lesk.").len(),
            1
        );
        assert!(quantities("Solvik, 47, will be sworn in on Friday.").is_empty());
        // A list of figures is no age.
        assert_eq!(
            quantities("The towns lost 12, 58, and 3 homes.").len(),
            3,
            "{:?}",
            quantities("The towns lost 12, 58, and 3 homes.")
        );
    }

    #[test]
    fn ordinal_periods_need_something_that_lasts() {
        let e = elapsed(
            "The war, now in its third year, goes on. It was the war's fourth year. Talks went into a third day.",
        );
        let found: Vec<(f64, Option<String>)> = e
            .into_iter()
            .map(|e| (e.number, e.subject.map(|s| s.to_string())))
            .collect();
        assert_eq!(
            found,
            vec![(3.0, Some("war".into())), (4.0, Some("war".into()))]
        );
    }

    #[test]
    fn a_year_a_figure_is_booked_for() {
        use crate::claim::DateExpr;
        let years = |text: &str| -> Vec<DateExpr> {
            read(text)
                .claims
                .into_iter()
                .filter_map(|c| match c.kind {
                    ClaimKind::Date(d) => Some(d.expr),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(
            years("Venn Corp booked a profit of €280 million for 2025."),
            vec![DateExpr::Year { year: 2025 }]
        );
        // The year's preposition is no part of the occasion compared.
        let occasion = |text: &str| quantities(text)[0].occasion_key().map(str::to_string);
        assert_eq!(
            occasion("Venn Corp booked a profit of €280 million for 2025."),
            occasion("Venn Corp posted a profit of €310 million in 2025.")
        );
    }

    #[test]
    fn dates_and_starts() {
        let claims = read("The conflict, which Moscow escalated when it launched a full-scale invasion in February 2022, flared again overnight and on Thursday.").claims;
        let dates: Vec<(crate::claim::DateExpr, bool, Option<String>, String)> = claims
            .into_iter()
            .filter_map(|c| match c.kind {
                ClaimKind::Date(d) => Some((
                    d.expr,
                    d.is_start,
                    d.subject.map(|s| s.to_string()),
                    c.text.to_string(),
                )),
                _ => None,
            })
            .collect();
        use crate::claim::DateExpr;
        assert_eq!(
            dates,
            vec![
                (
                    DateExpr::Month {
                        year: 2022,
                        month: 2
                    },
                    true,
                    Some("invasion".into()),
                    "in February 2022".into()
                ),
                (DateExpr::Overnight, false, None, "overnight".into()),
                (
                    DateExpr::Weekday { weekday: 3 },
                    false,
                    None,
                    "on Thursday".into()
                ),
            ]
        );
    }

    #[test]
    fn numbers_that_are_not_counts() {
        let extraction = read(
            "The war began on February 24, 2022, when an Su-34 crashed at 3:15 a.m. It was one of the worst nights.",
        );
        let kinds: Vec<&str> = extraction.claims.iter().map(|c| c.kind.name()).collect();
        assert_eq!(
            kinds,
            vec!["date"],
            "only the date is a claim: {:?}",
            extraction.claims
        );
        let reasons: Vec<&str> = extraction.skipped.iter().map(|s| s.reason).collect();
        assert!(reasons.contains(&"day of a date"), "{reasons:?}");
        assert!(reasons.contains(&"year"), "{reasons:?}");
        assert!(reasons.contains(&"part of a name or code"), "{reasons:?}");
        assert!(reasons.contains(&"date, time or code"), "{reasons:?}");
    }

    #[test]
    fn adjectives_before_an_actions_noun_qualify_it() {
        let q = quantities("Officials reported 7 new deaths on Monday.");
        assert_eq!(q[0].counted.as_deref(), Some("new deaths"));
        assert_eq!(q[0].measure.as_deref(), Some("people.killed"));
        assert_eq!(q[0].unit.as_deref(), Some("death"));
        // "additional", "more" before a noun add to a figure given before; they stand for the
        // noun before only when no noun follows them.
        let q = quantities("Officials confirmed 5 additional deaths.");
        assert_eq!(q[0].counted.as_deref(), Some("deaths"));
        assert_eq!(q[0].role, QuantityRole::Additional);
        assert!(!q[0].counted_inherited);
        let q = quantities("The strike killed 26 people and injured 73 more.");
        assert_eq!(q[1].measure.as_deref(), Some("people.injured"));
        assert!(q[1].counted_inherited);
        let q = quantities("Rescuers found 4 more bodies.");
        assert_eq!(q[0].counted.as_deref(), Some("bodies"));
        assert_eq!(q[0].role, QuantityRole::Additional);
    }

    #[test]
    fn counts_on_board_are_compared_by_their_noun() {
        let q = quantities("A jet carrying 175 passengers and 6 crew members crashed on Sunday.");
        assert_eq!(q[0].measure.as_deref(), Some("passengers.aboard"));
        let q = quantities("The crash killed 179 of the 181 people on board.");
        assert_eq!(q[0].measure.as_deref(), Some("people.killed"));
        // The part with an action of its own is that action's total, not a part of a toll.
        assert_eq!(q[0].role, QuantityRole::Total);
        assert_eq!(q[1].measure.as_deref(), Some("people.aboard"));
        assert_eq!(q[1].role, QuantityRole::Whole);
        let q = quantities("A bus carrying 40 pilgrims overturned.");
        assert_eq!(q[0].measure.as_deref(), Some("pilgrims.aboard"));
        // A breakdown after a dash counts by the whole's action, each noun apart.
        let q = quantities("The jet, carrying 181 people — 175 passengers and six crew — crashed.");
        let measures: Vec<_> = q.iter().map(|q| q.measure.as_deref()).collect();
        assert_eq!(
            measures,
            [
                Some("people.aboard"),
                Some("passengers.aboard"),
                Some("crew.aboard")
            ]
        );
        // A toll's breakdown is not keyed by it: parts of a toll are the part rules' concern.
        let q = quantities("The strike killed 20 people — 12 men and eight women.");
        assert_eq!(q[1].measure, None);
    }

    #[test]
    fn ballots_cast_count_voters_whatever_their_noun() {
        let q = quantities("More than 2 million Esselians cast ballots in the contest.");
        assert_eq!(q[0].measure.as_deref(), Some("people.voted"));
        assert_eq!(q[0].counted.as_deref(), Some("Esselians"));
        let q = quantities("Turnout was high, with nearly 2 million voters casting ballots.");
        assert_eq!(q[0].measure.as_deref(), Some("people.voted"));
        // A capitalised run ending in a plural is counted, not a name.
        let q = quantities("Some 8.5 million New Esselians live in the city.");
        assert_eq!(q[0].counted.as_deref(), Some("New Esselians"));
        // A side of a vote is no turnout.
        let q = quantities("Eight senators voted with the majority.");
        assert_eq!(q[0].measure, None);
    }

    #[test]
    fn counts_of_jobs_flights_cases_and_outages_whatever_their_words() {
        let measures = |text: &str| {
            quantities(text)
                .into_iter()
                .map(|q| q.measure)
                .collect::<Vec<_>>()
        };
        let one = |m: &str| vec![Some(m.into())];
        for text in [
            "Harlow Motors will cut 1,200 jobs.",
            "The carmaker plans to eliminate 1,200 positions.",
            "Harlow Motors announced 1,200 job cuts on Wednesday.",
            "Harlow Motors announced 1,200 layoffs.",
            "About 1,200 jobs will be cut at Harlow Motors.",
            // Workers who lose their jobs are jobs cut.
            "Some 1,200 workers will lose their jobs at Harlow Motors.",
            "Harlow Motors laid off 1,200 workers.",
        ] {
            assert_eq!(measures(text), one("jobs.cut"), "{text}");
        }
        // Flights read the forms of cut as cancelled.
        for text in [
            "Some 310 flights were cancelled at Port Essel.",
            "Airlines scrapped 310 flights.",
            "There were 310 flight cancellations.",
        ] {
            assert_eq!(measures(text), one("flights.cancelled"), "{text}");
        }
        for text in [
            "The outbreak has sickened 162 people.",
            "There have been 162 confirmed cases.",
        ] {
            assert_eq!(measures(text), one("people.sickened"), "{text}");
        }
        for text in [
            "More than 210,000 customers were without power.",
            "The storm knocked out power to 210,000 customers.",
            "Some 210,000 households were left without power.",
            "The storm cut power to 210,000 homes.",
        ] {
            assert_eq!(measures(text), one("customers.without-power"), "{text}");
        }
        // A share of a workforce is no count of jobs; flight attendants are no flights.
        assert_eq!(
            measures("Harlow Motors will cut 1,200 jobs, about 6% of its workforce.")[1],
            None
        );
        let q = quantities("Two flight attendants were hurt.");
        assert_eq!(q[0].counted.as_deref(), Some("flight attendants"));
        // Other senses of the words: people cut off or eliminated are no jobs, a court's cases
        // no illness, an idiom's dark no outage, outages counted no customers.
        for text in [
            "Floods cut off 12,000 residents.",
            "Police eliminated 3 suspects.",
            "Prosecutors opened 12 criminal cases.",
            "The council kept 40 families in the dark.",
            "There were 3 outages this week.",
        ] {
            let measure = measures(text)[0].clone();
            assert!(
                !matches!(
                    measure.as_deref(),
                    Some("jobs.cut" | "people.sickened" | "customers.without-power")
                ),
                "{text}: {measure:?}"
            );
        }
        // "delays of 90 minutes" are a span, not flights.
        assert!(quantities("Passengers faced delays of 90 minutes.").is_empty());
        // Workers of a relative clause are not the ones its sentence's verb cuts.
        assert_eq!(
            measures("The plant, which employs 3,000 workers, will cut 1,200 jobs."),
            vec![None, Some("jobs.cut".into())]
        );
    }

    /// The measure of a sentence's first figure, if any.
    fn first_measure(text: &str) -> Option<String> {
        quantities(text)
            .first()
            .and_then(|q| q.measure.as_deref().map(str::to_string))
    }

    fn some_key(key: &str) -> Option<String> {
        Some(key.to_string())
    }

    #[test]
    fn acts_named_by_a_noun_before_the_figure() {
        let (measure, key) = (first_measure, some_key);
        assert_eq!(
            measure("Fog forced the cancellation of 420 flights."),
            key("flights.cancelled")
        );
        assert_eq!(
            measure("Police ordered the evacuation of 3,000 residents."),
            key("people.evacuated")
        );
        assert_eq!(
            measure("The plan means the elimination of 1,800 jobs."),
            key("jobs.cut")
        );
        // In hospital now, however they came there.
        assert_eq!(
            measure("Some 312 people are in hospital."),
            key("people.hospitalised")
        );
        // People on strike, whatever noun counts them, past a short place phrase.
        assert_eq!(
            measure("Some 4,500 workers at the Dunmere steelworks walked out on Monday."),
            key("people.on-strike")
        );
        assert_eq!(
            measure("Nearly 6,000 employees joined the strike."),
            key("people.on-strike")
        );
        assert_eq!(
            measure("The fans walked out of the stadium after 80 minutes."),
            None
        );
        // People trapped, and homes flooded, before or after their verb.
        assert_eq!(
            measure("The collapse left 27 miners trapped underground."),
            key("people.trapped")
        );
        assert_eq!(
            measure("About 900 homes in Castrell were flooded."),
            key("homes.flooded")
        );
        // Power cut to homes, in the passive.
        assert_eq!(
            measure("Power was cut to 31,000 households in Tansley."),
            key("customers.without-power")
        );
    }

    #[test]
    fn a_named_place_of_a_kind_in_lower_case() {
        let place = |text: &str| quantities(text).first().and_then(|q| q.place.clone());
        assert_eq!(
            place("Fog forced the cancellation of 180 flights at Tarrow airport.").as_deref(),
            Some("Tarrow airport")
        );
        assert_eq!(
            place("At nearby Dunmore airport, 64 flights were cancelled.").as_deref(),
            Some("Dunmore airport")
        );
        assert_eq!(
            place("Kessing airport scrapped 275 flights on Friday.").as_deref(),
            Some("Kessing airport")
        );
        // One word after "at" is no place without its kind: "at Reuters".
        assert_eq!(place("At Reuters, 64 flights were cancelled."), None);
    }

    #[test]
    fn bare_counts_whose_metric_a_noun_before_them_names() {
        let (measure, key) = (first_measure, some_key);
        // The noun before "of", or the subject of a verb of level, past a place.
        assert_eq!(
            measure("A crowd of 61,200 watched the final."),
            key("attendance.count")
        );
        assert_eq!(
            measure("Attendance was 58,900 on Sunday."),
            key("attendance.count")
        );
        assert_eq!(
            measure("Measles cases in Westmark totalled 1,210."),
            key("measles-case.count.of-westmark")
        );
        assert_eq!(
            measure("The population of Harlow is 120,000."),
            key("population.count.of-harlow")
        );
        // The object of a verb of estimate, past the place it is of or its owner's name.
        assert_eq!(
            measure("The census put the population of Ridgemoor at 84,312."),
            key("population.count.of-ridgemoor")
        );
        assert_eq!(
            measure("The census put Ridgemoor's population at 84,312."),
            key("population.count.of-ridgemoor")
        );
        // An occasion the sentence does not name keeps its words; whoever put a crowd at a
        // level owns the level.
        assert_eq!(
            measure("Attendance at the cup final was put at 38,900."),
            key("attendance.count.of-cup-final")
        );
        assert_eq!(
            measure("Police put the crowd at 50,000."),
            key("attendance.count.of-police")
        );
        assert_eq!(
            measure("Organisers put the crowd at 80,000."),
            key("attendance.count.of-organisers")
        );
        // A place home to its people is the name right before the verb.
        assert_eq!(
            measure("The camp outside Lesk is home to 9,500 people."),
            None
        );
        // A place that is home to its people.
        assert_eq!(
            measure("Ridgemoor is home to 79,500 people."),
            key("population.count.of-ridgemoor")
        );
        assert_eq!(measure("Officials are home to 79,500 people."), None);
        // "Passenger numbers" count passengers.
        assert_eq!(
            measure("Passenger numbers at Wendlow Airport reached 18.4 million."),
            key("passengers.count.of-wendlow-airport")
        );
        assert_eq!(measure("Record numbers reached 18.4 million."), None);
        // A verb after the figure is no counted noun: "200 gathered outside".
        assert_eq!(
            measure("A crowd of 200 gathered outside."),
            key("attendance.count")
        );
        assert_eq!(
            measure("Its workforce of 26,000 will shrink."),
            key("headcount.count")
        );
        // People a metric's verb counts, held by the verb's subject (or the name an aside
        // follows); the metric's noun held by the subject of "has".
        assert_eq!(
            measure("Pellin Software now employs about 14,200 people."),
            key("headcount.count.of-pellin-software")
        );
        assert_eq!(
            measure("Venn Corp, which employs 23,000 people worldwide, opened an office."),
            key("headcount.count.of-venn-corp")
        );
        assert_eq!(
            measure("Pellin Software has a workforce of 12,900, its filing shows."),
            key("headcount.count.of-pellin-software")
        );
        // Figures that measure, years, changes and numbers of anything: no count.
        for text in [
            "Temperatures reached 40 on Monday.",
            "The index closed at 4,512.",
            "The score was 3.",
            "The stadium opened in 1998.",
            "Cases rose by 175,000 in May.",
            "The number of arrests rose to 312.",
        ] {
            assert_ne!(
                measure(text).as_deref().map(|m| m.ends_with(".count")),
                Some(true),
                "{text}"
            );
        }
    }

    #[test]
    fn owners_past_periods_occasions_and_superlatives() {
        let (measure, key) = (first_measure, some_key);
        // A period between the possessive and the metric.
        assert_eq!(
            measure("Norland's annual inflation rate rose to 3.4% in March."),
            key("inflation.percentage.of-norland.march")
        );
        // A superlative after the figure describes it; before it, another level.
        assert_eq!(
            measure("Essel's February jobless rate of 5.6% was the lowest in two years."),
            key("unemployment.percentage.of-essel.february")
        );
        assert_eq!(measure("The highest unemployment rate was 8%."), None);
        // A place's occasion named before its noun.
        assert_eq!(
            measure("Turnout in the Norland referendum was 67%."),
            key("turnout.percentage.of-norland")
        );
        assert_eq!(
            measure("Attendance at the Lesk Arena cup final was 58,900."),
            key("attendance.count.of-lesk-arena")
        );
        // A noun inside a phrase of its own is no subject: no key.
        assert_eq!(
            measure("Jewels stolen in a weekend heist at the Harlow Museum are worth €88 million."),
            None
        );
    }

    fn measures(text: &str) -> Vec<Option<String>> {
        quantities(text)
            .into_iter()
            .map(|q| q.measure.map(|m| m.to_string()))
            .collect()
    }

    #[test]
    fn changes_in_an_amount_right_after_by() {
        let (measure, key) = (first_measure, some_key);
        assert_eq!(
            measure("Payrolls in Norland rose by 51,000 in March."),
            key("payroll.rise.count.of-norland.march")
        );
        assert_eq!(
            measure("Norland's population grew by 120,000."),
            key("population.rise.count.of-norland")
        );
        assert_eq!(
            measure("Exports fell by 2 billion euros."),
            key("export.fall.euro")
        );
        // The level the change reached is read past the change's words.
        assert_eq!(
            measures("Revenue rose by €210 million to €5.1 billion."),
            [key("revenue.rise.euro"), key("revenue.euro")]
        );
        // Not without "by", not at a rate, not an offer raised in steps.
        assert_eq!(measure("Payrolls rose 51,000 in March."), None);
        assert_eq!(measure("Petrol prices rose by 3 pence a litre."), None);
        assert_eq!(measure("Rents in Lesk rose by €40 monthly."), None);
        assert_eq!(measure("Ticket prices rose by €2 on average."), None);
        assert_eq!(
            measure("Norland's population grew by 1.1 million over the decade."),
            None
        );
        assert_eq!(measure("Harlow raised its offer by $1 to $31."), None);
    }

    #[test]
    fn levels_past_descriptions_aside_verbs_and_words() {
        let (measure, key) = (first_measure, some_key);
        // A figure in words with a multiplier counts; one without does not.
        assert_eq!(
            measure("Passenger numbers at Wendlow airport reached a record eight million."),
            key("passengers.count.of-wendlow-airport")
        );
        assert_eq!(
            measure("Attendance at the final was one of the best."),
            None
        );
        // A place of a kind after a name in the possessive is the place ("Wendlow's airport").
        assert_eq!(
            measure("Passenger numbers at Wendlow's airport reached 8.1 million."),
            key("passengers.count.of-wendlow-airport")
        );
        // What an event draws is no count the place has ("the Lesk fair drew 400,000").
        assert_eq!(
            measure("The Tansley fair drew 400,000 visitors."),
            key("visitors.draw.of-tansley")
        );
        // What the name is, between the preposition and the name.
        assert_eq!(
            measure("Revenue at snack maker Tarlo Foods slipped to $2.6 billion."),
            key("revenue.dollar.of-tarlo-foods")
        );
        assert_eq!(
            measure("Net income at lender Orlan Bank rose to $1.3 billion."),
            key("net-income.dollar.of-orlan-bank")
        );
        // An occasion with its adjective: the occasion, not the metric, and one occasion of
        // two ("parliamentary" and "municipal" elections on one Sunday).
        assert_eq!(
            measure("Turnout in Sunday's parliamentary election was 61.3%."),
            key("turnout.percentage.of-parliamentary-election")
        );
        assert_eq!(
            measure("Turnout in Sunday's election was 61.3%."),
            key("turnout.percentage")
        );
        assert_eq!(
            measure("Turnout in Sunday's snap election was 61.3%."),
            key("turnout.percentage")
        );
        // A word of a region or a part before the name is no description of it.
        assert_eq!(
            measure("Unemployment in northern Essel rose to 8.1%."),
            None
        );
        assert_eq!(measure("Cases in greater Lesk totalled 1,210."), None);
        assert_eq!(
            measure("Revenue at rival Tarlo Cars fell to $2.6 billion."),
            key("revenue.dollar.of-tarlo-cars")
        );
        // A verb of level that eases; an average is no level.
        assert_eq!(
            measure("Oil output eased to 1.1 million barrels per day."),
            key("oil.flow")
        );
        assert_eq!(
            measure("Attendance at Tarn Rovers averaged 31,000 this season."),
            None
        );
        // A participle after the noun, and a time after the unit, are not what was measured.
        assert_eq!(
            measure("Police found 1.2 tonnes of cocaine hidden in a lorry."),
            key("cocaine.mass.of-police")
        );
        assert_eq!(measure("The field pumped 90,000 bpd last month."), None);
    }

    #[test]
    fn subjects_past_an_aside_that_describes_them_and_in_the_possessive() {
        let (measure, key) = (first_measure, some_key);
        assert_eq!(
            measure("Harlow Motors, the carmaker, delivered 76,200 vehicles."),
            key("vehicles.deliver.of-harlow-motors")
        );
        assert_eq!(
            measure(
                "Harlow Mining, Norland's largest copper producer, produced 212,000 tonnes of copper."
            ),
            key("copper.mass.of-harlow-mining")
        );
        assert_eq!(
            measure("Harlow Mining's copper output reached 188,000 tonnes."),
            key("copper.mass.of-harlow-mining")
        );
        // Not an aside that adds to the name, nor a speaker's aside before what was said.
        assert_eq!(
            measure(
                "Harlow Motors, together with its partner Tarlo Cars, delivered 98,000 vehicles."
            ),
            None
        );
        assert_eq!(
            measure(
                "Ana Brel, an analyst at Lesk Securities, said the company delivered 76,200 vehicles."
            ),
            None
        );
        // Not when the clause holds more than the name before the aside, nor past a figure.
        assert_eq!(
            measure("In Norland, the largest market, delivered 200 cars."),
            None
        );
        assert_eq!(
            measure("Harlow Motors, with 12 plants, delivered 76,200 vehicles."),
            None
        );
    }

    #[test]
    fn a_year_before_the_subject_dates_its_figure() {
        let read = quantities("Norland's 2025 wheat crop came in at 7.1 million tonnes.");
        assert_eq!(read[0].occasion.as_deref(), Some("in 2025"));
        assert!(read[0].when.is_some());
        let read = quantities("Its 2025 revenue was $4.2 billion.");
        assert_eq!(read[0].occasion.as_deref(), Some("in 2025"));
        // Not a year before an object, nor one before a noun joined to another figure's.
        let read =
            quantities("Wendlow airport handled 26 million passengers, beating its 2019 total.");
        assert_eq!((read[0].occasion.as_deref(), read[0].when), (None, None));
        let read = quantities("Norland's 2025 budget deficit widened to 3.1% of output.");
        assert_eq!(read[0].occasion.as_deref(), Some("in 2025"));
        let read =
            quantities("Harlow recalled its 2021 hatchbacks and 40,000 vehicles were affected.");
        assert_eq!(read[0].occasion, None);
        // Not a year past another figure.
        let read = quantities("Harlow's 2025 plan cut 300 jobs and added 120 jobs.");
        assert_eq!(read[1].occasion, None);
    }

    #[test]
    fn a_date_the_data_were_shown_is_no_date_of_the_figure() {
        let read =
            quantities("Wheat output was 7.1 million tonnes, ministry data showed on Tuesday.");
        assert!(read[0].when.is_none());
        let read = quantities("The jobless rate was 7.9%, according to data released on Tuesday.");
        assert!(read[0].when.is_none());
        // What was released on a day happened on it.
        let read = quantities("Twelve hostages were released on Tuesday.");
        assert!(read[0].when.is_some());
    }

    #[test]
    fn subjects_past_a_dated_time_and_places_after_from_or_on() {
        let (measure, key) = (first_measure, some_key);
        // A dated time between the subject and its verb; the date stays the claim's.
        assert_eq!(
            measure("Revenue at Harlow Motors for 2025 came in at $4.2 billion."),
            key("revenue.dollar.of-harlow-motors")
        );
        assert_eq!(
            measure("Norland's budget deficit for 2025 came in at 3.9 percent of GDP."),
            key("budget-deficit.percentage.of-norland")
        );
        assert_eq!(
            measure("Ticket sales at Tarn Rovers for the 2026-27 season have reached 18,500."),
            key("ticket-revenue.count.of-tarn-rovers")
        );
        // A time that names no date is no such phrase: the key would lose it.
        assert_eq!(
            measure("Revenue at Harlow Motors for the first nine months came in at $4.2 billion."),
            None
        );
        // A named place of a kind after "on" owns the metric; a place after "from" or "to",
        // or a name alone after "on", does not (imports from China are not China's).
        assert_eq!(
            measure("Ridership on the Tansley metro rose to 41 million."),
            key("ridership.count.of-tansley-metro")
        );
        assert_eq!(
            measure("Exports from Norland rose to 4.2 billion euros."),
            None
        );
        assert_eq!(
            measure("Exports to Norland rose to 4.2 billion euros."),
            None
        );
        assert_eq!(
            measure("Spending on Norland rose to 4.2 billion euros."),
            None
        );
        // A season that names no year is no date to pass over.
        assert_eq!(
            measure("Ticket sales at Tarn Rovers for last season reached 16,000."),
            None
        );
    }

    #[test]
    fn amounts_joined_to_their_noun_are_read_as_written_apart() {
        let (measure, key) = (first_measure, some_key);
        // Money joined by dashes is money, and the noun after it the metric.
        assert_eq!(
            measure("Regulators imposed a 22-million-euro fine on Tarlo Foods."),
            key("fine.euro")
        );
        assert_eq!(
            measure("The council approved a 412-million-pound budget."),
            key("budget.pound")
        );
        // Power before what it sizes is its capacity, as "a capacity of" is.
        for text in [
            "The 900-megawatt Greyfell wind farm opened on Monday.",
            "The 900 MW Greyfell plant opened on Monday.",
            "Venn's planned 1.2-gigawatt solar park will open in May.",
            "The station is able to generate up to 620 MW, the company said.",
            "The plant can produce 900 megawatts.",
        ] {
            assert_eq!(measure(text), key("capacity.power"), "{text}");
        }
        // Power a change or a shortfall measures is no capacity, nor one of any plant of a
        // kind, of a part of a plant or of several, nor what a plant does now.
        for text in [
            "The grid faces a 200 MW shortfall.",
            "A 2,000 MW increase was planned.",
            "The plant replaces a 600 MW coal plant.",
            "The 15 MW turbines were installed in May.",
            "The 500 MW second phase will follow.",
            "The farm was generating 400 MW by the afternoon.",
        ] {
            assert_ne!(measure(text), key("capacity.power"), "{text}");
        }
        // Lengths and weights joined to a noun stay modifiers: no figure of their own.
        assert_eq!(measure("Venn built a 6.5-metre telescope."), None);
        assert_eq!(measure("The 300-pound lineman signed on Monday."), None);
    }

    #[test]
    fn the_price_of_a_company_bought() {
        let (measure, key) = (first_measure, some_key);
        let price = key("deal-value.dollar.of-strell");
        for text in [
            "Harlow Group has agreed to acquire packaging maker Strell Industries in a $3 billion all-cash deal.",
            "Harlow Group agreed to buy Strell Industries for $3 billion.",
            "The sale values Strell at $4.2bn.",
            "Harlow Group's $3 billion takeover of Strell was approved.",
            "Harlow agreed to acquire Strell in a deal worth $3 billion.",
            "Harlow will pay $3 billion for Strell.",
            "Venn sold Strell Inc to Harlow for $2.5 billion.",
            // Past words that say what it is, capitalised or not.
            "Harlow agreed to buy British chipmaker Strell for $3 billion.",
        ] {
            assert_eq!(measure(text), price, "{text}");
        }
        // An offer, a price with debt, a deal of another year or in an aside, a thing bought
        // that is no company named, a deal whose company is not said.
        for text in [
            "Harlow raised its offer for Strell to $3.5 billion.",
            "Harlow agreed to buy Strell for $3 billion including debt.",
            "Harlow bought Strell for $1 billion in 2019.",
            "Strell, which Harlow bought for $1 billion, said profit rose.",
            "Venn sold its Lesk unit to Harlow for $1 billion.",
            "Harlow paid $3 billion for 30 aircraft.",
            "Harlow could buy Strell for $3 billion.",
            // Two companies, a thing of a company, debt past a comma, a deal of another time.
            "Harlow agreed to buy Orrin and Strell for $5 billion.",
            "Harlow agreed to buy Strell assets for $3 billion.",
            "Harlow agreed to buy Strell for $4.5 billion, including debt.",
            "Harlow bought Strell for $3 billion five years ago.",
            "Investors valued Strell at $5 billion in its last funding round.",
            "Harlow bought a 25% stake in Strell for $300 million.",
        ] {
            assert_ne!(measure(text), price, "{text}");
            assert!(
                !measure(text).is_some_and(|m| m.starts_with("deal-value.")),
                "{text}"
            );
        }
    }

    #[test]
    fn a_crowd_that_watched() {
        let (measure, key) = (first_measure, some_key);
        for text in [
            "Some forty-two thousand supporters packed Halloway Park on Saturday.",
            "Saturday's cup final drew about 39,000 spectators to the Stade Ombrel.",
            "Tarn Rovers beat Calder 2-1 in front of 31,500 fans.",
            "The final was watched by 60,000 people.",
            "About 40,000 people attended the match.",
            "About 300 people turned out for the game.",
        ] {
            let read = measure(text).unwrap_or_default();
            assert!(read.starts_with("attendance.count"), "{text}");
        }
        // A crowd is the match's it watched, the legs of a tie apart.
        assert_eq!(
            measure("The first leg of the semi-final drew 31,400 fans."),
            key("attendance.count.of-first-leg-of-semifinal")
        );
        assert_eq!(
            measure("A crowd of 27,800 watched the second leg of the semi-final."),
            key("attendance.count.of-second-leg-of-semifinal")
        );
        // The match in the crowd's clause, nearest it; not one that tells when.
        assert_eq!(
            measure(
                "Tarn reached the final after beating Orrin in front of 30,000 fans in the semi-final."
            ),
            key("attendance.count.of-semifinal")
        );
        assert_eq!(
            measure("Supporters numbering 50,000 packed the streets, a day after the semi-final."),
            None
        );
        for text in [
            "About 2,000 fans were arrested.",
            "Some 5,000 people saw their homes flooded.",
            "The museum welcomed 1.4 million visitors last year.",
            "About 300 people turned back.",
            // People at a gathering that is no match, an audience elsewhere.
            "About 300 people attended a vigil on Sunday.",
            "The final was watched by 3.2 million people on television.",
        ] {
            assert_ne!(measure(text), key("attendance.count"), "{text}");
        }
    }

    #[test]
    fn a_capacity_up_to_an_amount_is_that_amount() {
        let q = quantities("The station is able to generate up to 620 MW, the company said.");
        assert_eq!(q[0].hedge, Hedge::Exact);
        // (rounded as written: 619.5 to 620.5)
        let (low, high) = (q[0].interval.low.unwrap(), q[0].interval.high.unwrap());
        assert!(low > 619.0 && low <= 620.0 && (620.0..621.0).contains(&high));
    }

    #[test]
    fn an_organisations_name_runs_past_its_of() {
        let (measure, key) = (first_measure, some_key);
        assert_eq!(
            measure("The Bank of Lesk employs 9,000 people."),
            key("headcount.count.of-bank-of-lesk")
        );
        assert_eq!(
            measure("Net income at the Bank of Lesk was $1.3 billion."),
            key("net-income.dollar.of-bank-of-lesk")
        );
        // A company of a place is the company's.
        assert_eq!(
            measure("Harlow Motors of Tansley delivered 4,000 cars."),
            key("cars.deliver.of-harlow-motors")
        );
    }

    #[test]
    fn distances_in_space_are_lengths_not_years() {
        let q = quantities("The planet lies about 120 light-years from Earth.");
        assert_eq!(q[0].unit.as_deref(), Some("light-year"));
    }

    #[test]
    fn prison_terms_a_court_gave_someone() {
        let (measure, key) = (first_measure, some_key);
        let term = key("prison-term.duration.of-ana-brel");
        for text in [
            "Ana Brel was sentenced to 30 months in prison on Monday.",
            "A court jailed Ana Brel for three and a half years.",
            "Ana Brel was given a four-year prison sentence.",
            "Ana Brel received a sentence of 18 months.",
            "Ana Brel was sent to prison for six years.",
            "Ana Brel, a former treasurer, received a nine-year prison sentence.",
            // Past the words of a title before the name.
            "A court on Monday handed former city treasurer Ana Brel a 15-year sentence.",
            "The court handed the former mayor Ana Brel a six-year prison term.",
        ] {
            assert_eq!(measure(text), term, "{text}");
        }
        // The name after the title's words, not a place in them; no one named.
        assert_eq!(
            measure("A court sentenced former Lesk minister Ana Brel to 10 years."),
            term
        );
        assert_eq!(
            measure("The court jailed two former Harlow executives for five years."),
            None
        );
        // No title word is a pronoun or a place's preposition.
        assert_eq!(
            measure("Judge Tarlo Venn sentenced him in Tansley to five years."),
            None
        );
        // A term asked for, risked or suspended, a term of something else, a person unnamed.
        for text in [
            "Ana Brel faces up to 10 years in prison.",
            "Prosecutors sought 12 years for Ana Brel.",
            "Ana Brel was given a two-year suspended sentence.",
            "Ana Brel was sentenced to 200 hours of community service.",
            "The man was jailed for five years.",
            "The letter was sent to Ana Brel 3 years ago.",
            // Never the court's or the judge's, nor a possessive's.
            "Judge Ana Brel sentenced him to 12 years.",
            "Tansley Crown Court jailed him for 12 years.",
            "The court sentenced Ana Brel's driver to eight years.",
            // A length of something else, or a minimum.
            "Ana Brel was jailed on Monday two years after the attack.",
            "Ana Brel was sentenced to 12 months' probation.",
            "Ana Brel is serving her second five-year term as mayor.",
            "Ana Brel must serve a minimum of 25 years in prison.",
        ] {
            assert_eq!(measure(text), None, "{text}");
        }
    }

    #[test]
    fn lengths_of_contracts_a_named_party_agreed() {
        let (measure, key) = (first_measure, some_key);
        let term = key("contract-term.duration.of-ivo-mandrell");
        for text in [
            "Ivo Mandrell has signed a four-year contract with Selport United.",
            "Striker Ivo Mandrell has signed a four-year contract.",
            "Ivo Mandrell put pen to paper on a five-year deal on Friday.",
            "Ivo Mandrell signed a contract of three years.",
        ] {
            assert_eq!(measure(text), term, "{text}");
        }
        // Offered, extended by, agreed by two parties, an earlier deal, another kind of deal,
        // a clause opening with another name: no length agreed by one.
        for text in [
            "Ivo Mandrell was offered a four-year contract.",
            "Ivo Mandrell extended his contract by two years.",
            "Norland and Essel signed a 10-year trade deal.",
            "Ivo Mandrell joined Selport in 2021 on a five-year deal.",
            "Ivo Mandrell signed a 10-year supply deal.",
            "Tarn United striker Ivo Mandrell signed a three-year deal.",
        ] {
            assert_eq!(measure(text), None, "{text}");
        }
    }

    #[test]
    fn counts_given_as_the_level_of_their_whole() {
        let (measure, key) = (first_measure, some_key);
        // A whole that holds the count, with its place or owner: the count of its noun.
        assert_eq!(
            measure("Traffic at Wendlow airport climbed to 10.3 million passengers."),
            key("passengers.count.of-wendlow-airport")
        );
        assert_eq!(
            measure("Traffic at Wendlow airport climbed to 10.3 million passengers."),
            measure("Wendlow Airport handled 10.3 million travellers.")
        );
        // The whole's modifiers qualify the count.
        assert_eq!(
            measure("Norland's dairy herd shrank to 1.46 million cows."),
            key("dairy-cows.count.of-norland")
        );
        // A noun of acts is no whole: sales of 40 planes are no fleet.
        assert_eq!(measure("Harlow Motors sales rose to 40 planes."), None);
        assert_eq!(
            measure("The Harlow Motors fleet grew to 40 planes."),
            key("aircraft.count.of-harlow-motors")
        );
        // Planes on order are not had.
        assert_eq!(measure("Tarlo Air has 12 planes on order."), None);
        // A counted noun plural without an "s".
        assert_eq!(
            measure("The Harlow Motors fleet grew to 40 aircraft."),
            key("aircraft.count.of-harlow-motors")
        );
        // A count in a unit of time is a rate, and one of a single day a record: no level.
        assert_eq!(
            measure("Traffic at Wendlow airport reached 30,000 passengers a day."),
            None
        );
        assert_eq!(
            measure("Traffic at Wendlow airport hit a record 130,000 passengers in a single day."),
            None
        );
        // A modifier that is the counted noun says nothing more.
        assert_eq!(
            measure("Passenger traffic at Wendlow airport rose to 10.3 million passengers."),
            key("passengers.count.of-wendlow-airport")
        );
    }

    #[test]
    fn rates_and_stakes_held_by_a_subject_or_a_possessive() {
        let (measure, key) = (first_measure, some_key);
        // A rate the lexicon does not list, the object of a named subject's verb.
        assert_eq!(
            measure("In the third quarter Harlow Motors earned an operating margin of 5.4%."),
            key("operating-margin.percentage.of-harlow-motors.q3")
        );
        assert_eq!(
            measure("Harlow Motors' operating margin narrowed to 6.1% in the third quarter."),
            key("operating-margin.percentage.of-harlow-motors.q3")
        );
        // No named subject, or a relative clause's: no key.
        assert_eq!(measure("Analysts expect a margin of 5.4%."), None);
        // A stake held in the possessive, and a percentage of a firm held.
        assert_eq!(
            measure("Venn Corp's stake in Tarlo Foods rose to 15% after a week of buying."),
            key("stake.percentage.of-venn-corp.in-tarlo-foods")
        );
        assert_eq!(
            measure("Venn Corp now holds 12% of Tarlo Foods."),
            key("stake.percentage.of-venn-corp.in-tarlo-foods")
        );
        assert_eq!(
            measure("Venn Corp raised its stake in Tarlo Foods to 18%."),
            key("stake.percentage.of-venn-corp.in-tarlo-foods")
        );
    }

    #[test]
    fn owners_of_rates_at_a_body_and_past_a_hyphenated_period() {
        let (measure, key) = (first_measure, some_key);
        assert_eq!(
            measure("Operating margin at Essel Foods widened to 14.2%."),
            key("operating-margin.percentage.of-essel-foods")
        );
        assert_eq!(
            measure("Essel Foods' second-quarter operating margin was 12.8 per cent."),
            key("operating-margin.percentage.of-essel-foods.q2")
        );
        // The object of a verb of change, moved to the level after "to".
        assert_eq!(
            measure("Venn Corp raised its quarterly dividend to 42 cents a share."),
            key("dividend-per-share.cent")
        );
        assert_eq!(
            measure("Essel Energy lifted its quarterly payout to 45 cents per share."),
            key("dividend-per-share.cent")
        );
        // Ballots cast are the vote a share is of; crowns are money.
        assert_eq!(
            measure("Varga took 51.8 percent of ballots cast."),
            key("share-of-vote.percentage.of-varga")
        );
        assert_eq!(
            measure("Pellin forecast full-year revenue of 8.9 billion crowns."),
            key("revenue.crown.expected.year")
        );
        // A round of a vote is an occasion of its own; a place after a verb of leaving.
        let q = &quantities("Ilse Varga won 38% of the vote in the first round.")[0];
        assert_eq!(q.occasion.as_deref(), Some("first round"));
        let q = &quantities("Some 800 people were evacuated from Kestry on Monday.")[0];
        assert_eq!(q.place.as_deref(), Some("Kestry"));
    }

    #[test]
    fn a_reading_gathered_over_a_span_of_time() {
        let (measure, key) = (first_measure, some_key);
        assert_eq!(
            measure("Brellin recorded 210 mm of rain in 24 hours."),
            key("rain.length.of-brellin.within-24h")
        );
        assert_eq!(
            measure("Brellin has received 340 mm of rain over three days."),
            key("rain.length.of-brellin.within-72h")
        );
        assert_eq!(
            measure("In 24 hours, 185 millimetres of rain fell on Brellin."),
            key("rain.length.within-24h")
        );
        assert_eq!(
            measure("Up to 10 inches of rain fell in a single day."),
            key("rain.length.within-24h")
        );
        // A fronted place with a word of nearness is the figure's place.
        let place = quantities("In neighbouring Tarn County, the fire has burned 12,000 acres.")[0]
            .place
            .clone();
        assert_eq!(place.as_deref(), Some("Tarn County"));
    }

    #[test]
    fn a_named_poll_is_the_source_of_its_figures() {
        let source = |text: &str| quantities(text)[0].source.clone();
        assert_eq!(
            source("Varga's rating fell to 34% in the latest Lesk Pulse poll.").as_deref(),
            Some("the latest Lesk Pulse poll")
        );
        assert_eq!(
            source("Support stood at 38% in a Meridian Research survey.").as_deref(),
            Some("a Meridian Research survey")
        );
        // A poll that names no pollster names no source.
        assert_eq!(source("Support stood at 38% in a recent poll."), None);
        // The pollster after the noun, and a poll that opens the sentence as its subject.
        assert_eq!(
            source("A survey by Calder Research put her approval rating at 46%.").as_deref(),
            Some("survey by Calder Research")
        );
        assert_eq!(
            source("A Brellin Institute poll puts her approval rating at 41%.").as_deref(),
            Some("Brellin Institute poll")
        );
    }

    #[test]
    fn counts_recorded_or_had_with_their_place_and_occasion() {
        let measure = |text: &str| {
            quantities(text)
                .into_iter()
                .map(|q| q.measure.map(|m| m.to_string()))
                .collect::<Vec<_>>()
        };
        let key = |k: &str| vec![Some(k.to_string())];
        // There were, or were reported: one key, with the place and the occasion.
        assert_eq!(
            measure("There were 4,280 burglaries in Harlow last year."),
            key("burglaries.count.in-harlow.last-year")
        );
        assert_eq!(
            measure("In Harlow, 4,280 burglaries were reported last year."),
            measure("There were 4,280 burglaries in Harlow last year.")
        );
        // Who recorded it is named: police and organisers count apart.
        assert_eq!(
            measure("Police recorded 4,820 burglaries."),
            key("burglaries.count.of-police")
        );
        assert_eq!(
            measure("Organisers counted 50,000 protesters."),
            key("protesters.count.of-organisers")
        );
        // What a place or a business handles, runs or owns is had, as the count of a noun's
        // set of synonyms.
        assert_eq!(
            measure("Wendlow Airport handled 18.4 million passengers."),
            key("passengers.count.of-wendlow-airport")
        );
        assert_eq!(
            measure("Harlow Motors operates 412 stores."),
            key("stores.count.of-harlow-motors")
        );
        assert_eq!(
            measure("Harlow Motors runs 389 shops."),
            key("stores.count.of-harlow-motors")
        );
        // A firm's staff it has are its headcount, as those it employs are.
        assert_eq!(
            measure("Orlan Bank has 9,800 staff."),
            key("headcount.count.of-orlan-bank")
        );
        assert_eq!(
            measure("Orlan Bank employs some 11,200 workers."),
            key("headcount.count.of-orlan-bank")
        );
        // What was made, by its amount or as production; the time after the noun is no part
        // of it; a plural's possessive owns the name after it.
        assert_eq!(
            measure("The Ketterick mine produced 187,000 tonnes of copper last year."),
            measure("Copper production at the Ketterick mine fell to 187,000 tonnes last year.")
        );
        assert_eq!(
            measure("Orrin Metals' Hatch Creek mine produced 48,000 tonnes of zinc."),
            key("zinc.mass.of-hatch-creek-mine")
        );
        // A name in apposition before the verb is its subject.
        assert_eq!(
            measure("The grocer, Tarlo Foods, runs 389 shops."),
            key("stores.count.of-tarlo-foods")
        );
        // The counted words whole: car thefts are not thefts.
        assert_eq!(
            measure("There were 2,100 car thefts."),
            key("car-thefts.count")
        );
        assert_eq!(
            measure("Harlow Airport had 40,000 passengers."),
            key("passengers.count.of-harlow-airport")
        );
        // One that has or saw the count, unnamed, may be any of several.
        assert_eq!(measure("The firm has 4,000 employees."), vec![None]);
        assert_eq!(measure("Forecasters saw 312 burglaries."), vec![None]);
        // No level: a running total, a rate, a noun qualified after it, a tally.
        assert_eq!(measure("There have been 40 fires."), vec![None]);
        assert_eq!(measure("There were 40 fires a week."), vec![None]);
        assert_eq!(measure("There were 30 pupils in each class."), vec![None]);
        assert_eq!(measure("There were 40 cases of measles."), vec![None]);
        assert_eq!(measure("There were 312 votes against."), vec![None]);
        assert_eq!(
            measure("There were 4,820 burglaries reported to police."),
            vec![None]
        );
        // A place another figure is given for is not this one's.
        assert_eq!(
            measure("Police recorded 312 burglaries, 120 of them in Lesk."),
            vec![Some("burglaries.count.of-police".into()), None]
        );
        // A word before the figure inside the place's name ("a" of "Harlow") is not it.
        assert_eq!(
            measure(
                "Officials at a briefing said 312 burglaries were reported, 120 of them in Harlow."
            )[0],
            Some("burglaries.count".into())
        );
    }

    #[test]
    fn counts_their_subjects_verb_makes() {
        let measure = |text: &str| {
            quantities(text)
                .into_iter()
                .map(|q| q.measure)
                .collect::<Vec<_>>()
        };
        // Synonyms of the counted noun are one noun, named by the first of their set; verbs of
        // finding are one verb; words that say the things are new are no part of the noun,
        // words that make them fewer are.
        assert_eq!(
            measure("Harlow Motors opened 40 shops."),
            measure("Harlow Motors opened 40 stores.")
        );
        assert_eq!(
            measure("Astronomers identified 73 new exoplanets."),
            vec![Some("exoplanets.find.of-astronomers".into())]
        );
        assert_eq!(
            measure("Astronomers found 64 previously unknown exoplanets."),
            vec![Some("exoplanets.find.of-astronomers".into())]
        );
        assert_eq!(
            measure("Astronomers found 12 rocky exoplanets."),
            vec![Some("rocky-exoplanets.find.of-astronomers".into())]
        );
        assert_eq!(
            measure("Harlow Motors delivered 76,200 vehicles in the third quarter."),
            vec![Some("vehicles.deliver.of-harlow-motors.q3".into())]
        );
        assert_eq!(
            measure("The Civic Union won 54 seats, and the Green Party won 12 seats."),
            vec![
                Some("seats.won.of-civic-union".into()),
                Some("seats.won.of-green-party".into())
            ]
        );
        // A part of a whole given right after it counts the whole's noun.
        assert_eq!(
            measure("The Civic Union won 87 of the 150 seats."),
            vec![Some("seats.won.of-civic-union".into()), None]
        );
        // The lexicon's forms of one action are one verb.
        assert_eq!(
            measure("The Civic Union secured 54 seats."),
            vec![Some("seats.won.of-civic-union".into())]
        );
        // A base form after a modal or "to", and a phrasal verb, as their inflected forms; a
        // plan or a hope is expected.
        assert_eq!(
            measure("Harlow Motors will close 40 dealerships."),
            vec![Some("dealerships.clos.of-harlow-motors.expected".into())]
        );
        assert_eq!(
            measure("Harlow Motors is closing 40 dealerships."),
            vec![Some("dealerships.clos.of-harlow-motors".into())]
        );
        assert_eq!(
            measure("Harlow Motors plans to open 12 plants."),
            vec![Some("factories.open.of-harlow-motors.expected".into())]
        );
        assert_eq!(
            measure("The Civic Union hopes to win 60 seats."),
            vec![Some("seats.won.of-civic-union.expected".into())]
        );
        assert_eq!(
            measure("Harlow Motors sold off 12 plants."),
            vec![Some("factories.sell-off.of-harlow-motors".into())]
        );
        assert_eq!(
            measure("Harlow Motors is selling off 12 plants."),
            measure("Harlow Motors sold off 12 plants.")
        );
        // A level had, hedged, is a count had, not a verb's.
        assert_eq!(
            measure("Harlow Motors has up to 40 dealerships."),
            vec![Some("dealerships.count.of-harlow-motors".into())]
        );
        // No verb: a preposition, a participle after a determiner.
        assert_eq!(
            measure("Harlow Motors will sell the remaining 40 dealerships."),
            vec![None]
        );
        assert_eq!(
            measure("Harlow Motors will have 40 dealerships."),
            vec![None]
        );
        // No named subject, a tally of one ballot or game, a subject that is a figure.
        assert_eq!(measure("The council approved 12 projects."), vec![None]);
        assert_eq!(measure("Ana Brel received 185 votes."), vec![None]);
        assert_eq!(
            measure("Eight Democrats joined 52 Republicans."),
            vec![None, None]
        );
    }

    #[test]
    fn list_markers_are_not_counts() {
        assert!(quantities("1.\nRussia fired drones.\n2) Ukraine answered.").is_empty());
    }

    #[test]
    fn sides_and_occasions() {
        let q = quantities(
            "Moscow said its units downed 97 Ukrainian drones. In a separate attack, 12 people were killed.",
        );
        assert_eq!(q[0].owner.as_deref(), Some("UA"));
        assert_eq!(q[1].occasion.as_deref(), Some("in a separate"));
        let q = quantities("Russia launched 550 drones.");
        assert_eq!(q[0].actor.as_deref(), Some("RU"));
    }

    #[test]
    fn a_deputy_after_a_time_qualifier_keeps_the_deputys_office() {
        let offices = |text: &str| -> Vec<(String, String, Qualifier)> {
            roles(text)
                .iter()
                .map(|(_, r)| (r.person.to_string(), r.office.to_string(), r.qualifier))
                .collect()
        };
        // Never governor: no claim of the governor's office, former or current.
        assert_eq!(
            offices("Former Deputy Governor Sam Woods spoke on Monday."),
            vec![(
                "sam-woods".into(),
                "deputy-governor".into(),
                Qualifier::Former
            )]
        );
        assert_eq!(
            offices("Musa Okonjo, 61, the former deputy governor of the central bank, spoke."),
            vec![(
                "musa-okonjo".into(),
                "deputy-governor".into(),
                Qualifier::Former
            )]
        );
        assert_eq!(
            offices("Acting Deputy Prime Minister Ana Brel spoke."),
            vec![(
                "ana-brel".into(),
                "deputy-prime-minister".into(),
                Qualifier::Acting
            )]
        );
        // A deputy of the present, and a former holder beside her.
        assert_eq!(
            offices("Former Governor Sam Woods and Deputy Governor Ana Brel spoke."),
            vec![
                ("sam-woods".into(), "governor".into(), Qualifier::Former),
                ("ana-brel".into(), "governor".into(), Qualifier::Deputy)
            ]
        );
    }

    #[test]
    fn titles_before_names() {
        let found = roles(
            "Former US President Donald Trump spoke with Russian President Vladimir Putin's aide, Kremlin aide Yury Ushakov.",
        );
        let summary: Vec<(&str, &str, &str, Option<&str>, Qualifier)> = found
            .iter()
            .map(|(text, r)| {
                (
                    text.as_str(),
                    r.person.as_str(),
                    r.office.as_str(),
                    r.jurisdiction.as_deref(),
                    r.qualifier,
                )
            })
            .collect();
        assert_eq!(
            summary,
            vec![
                (
                    "Former US President Donald Trump",
                    "donald-trump",
                    "president",
                    Some("US"),
                    Qualifier::Former
                ),
                (
                    "Russian President Vladimir Putin's",
                    "vladimir-putin",
                    "president",
                    Some("RU"),
                    Qualifier::Current
                ),
                (
                    "Kremlin aide Yury Ushakov",
                    "yuri-ushakov",
                    "aide",
                    Some("RU"),
                    Qualifier::Current
                ),
            ]
        );
    }

    #[test]
    fn surnames_resolve_within_a_report() {
        let found = roles("Mayor Tymur Tkachenko spoke. Later, Mayor Tkachenko added more.");
        assert_eq!(found[0].1.person, "tymur-tkachenko");
        assert_eq!(found[1].1.person, "tymur-tkachenko");
    }

    /// Names as (person, written): name mentions, and the names titles are given to.
    fn name_mentions(text: &str) -> Vec<(String, String)> {
        read(text)
            .claims
            .into_iter()
            .filter_map(|c| match c.kind {
                ClaimKind::Name(n) => Some((n.person.to_string(), n.written.to_string())),
                ClaimKind::Role(r) if !r.name.is_empty() => {
                    Some((r.person.to_string(), r.name.to_string()))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn names_after_a_title_word_or_before_a_saying_verb() {
        assert_eq!(
            name_mentions("The team is led by former trade chair Lina Harlow, a lawyer."),
            [("lina-harlow".to_string(), "Lina Harlow".to_string())]
        );
        assert_eq!(
            name_mentions("Coach Ana Brel's side won."),
            [("ana-brel".to_string(), "Ana Brel".to_string())]
        );
        assert_eq!(
            name_mentions("Tarlo Venn said the vote was close."),
            [("tarlo-venn".to_string(), "Tarlo Venn".to_string())]
        );
        assert_eq!(
            name_mentions("Chief Executive Tarlo Venn said profits rose."),
            [("tarlo-venn".to_string(), "Tarlo Venn".to_string())]
        );
        assert!(name_mentions("Harlow Rights Watch said the dam held.").is_empty());
        // Part of a longer run of capitalised words, or one word: no name of its own.
        assert!(name_mentions("The Harlow Water Board said the dam held.").is_empty());
        assert!(name_mentions("Officials said the dam held.").is_empty());
        // A surname alone after a title that goes with one is the titled person's.
        assert_eq!(
            name_mentions("Senator Venn said the dam held."),
            [("venn".to_string(), "Venn".to_string())]
        );
    }

    #[test]
    fn a_slip_of_a_surname_names_the_person() {
        let found = name_mentions("Chair Tarlo Brennan spoke on Friday. Brenan said more.");
        assert_eq!(
            found,
            [
                ("tarlo-brennan".to_string(), "Tarlo Brennan".to_string()),
                ("tarlo-brennan".to_string(), "Brenan".to_string()),
            ]
        );
        // A capitalised word that does not stand for a person: "Hill residents".
        assert_eq!(
            name_mentions("Coach Ana Hall spoke. Hill residents were told to leave.").len(),
            1
        );
        // Another surname, not a slip of this one; a word that is someone's surname.
        assert_eq!(
            name_mentions("Chair Tarlo Brennan spoke. Branson said more.").len(),
            1
        );
        assert_eq!(
            name_mentions("Chair Tarlo Brennan and Chair Ana Brenan spoke. Brenan said more.")
                .len(),
            2
        );
    }

    #[test]
    fn appointments_give_titles() {
        let found = roles("The club appointed Tarlo Venn as interim coach on Monday.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.office, "coach");
        // Kept as written; the rules read it as acting.
        assert_eq!(found[0].1.qualifier, crate::claim::Qualifier::Interim);
        assert_eq!(
            found[0].1.qualifier.sense(),
            crate::claim::Qualifier::Acting
        );
        let found = roles("Ana Brel was named chief financial officer.");
        assert_eq!(found[0].1.person, "ana-brel");
        assert_eq!(found[0].1.office, "chief-financial-officer");
        let found = roles("The board named Ana Brel its new chair.");
        assert_eq!(found[0].1.office, "chair");
        // A name after the verb with no title is no role; "named" of a thing is none either.
        assert!(roles("Police named Tarlo Venn on Monday.").is_empty());
        assert!(roles("A man named Tarlo Venn was arrested.").is_empty());
    }

    #[test]
    fn a_weekday_in_the_possessive_is_a_date() {
        let days = |text: &str| {
            read(text)
                .claims
                .into_iter()
                .filter(|c| matches!(c.kind, ClaimKind::Date(_)))
                .count()
        };
        assert_eq!(
            days("Saturday's match against Port Essel was called off."),
            1
        );
        // Not before a capitalised word, nor a name that is no weekday.
        assert_eq!(days("Harlow's match was called off."), 0);
    }

    #[test]
    fn a_person_opening_a_clause_before_a_verb_people_do() {
        let names = name_mentions("Mirek Sotter won the title on Sunday.");
        assert_eq!(names, vec![("mirek-sotter".into(), "Mirek Sotter".into())]);
        // Inside a longer run of capitalised words, or after other words, it is not read.
        assert!(name_mentions("The Harlow Open Mirek Sotter won was his first.").is_empty());
    }

    #[test]
    fn a_year_earlier_dates_the_figure_it_closes() {
        let q = quantities("Net profit climbed to $610 million from $540 million a year earlier.");
        assert_eq!(q[0].occasion, None);
        assert_eq!(q[1].occasion.as_deref(), Some("a year earlier"));
        // "from a year earlier" compares with that time: the figures are of now.
        let q = quantities("Revenue was $4.63 billion, up 8% from a year earlier.");
        assert!(q.iter().all(|q| q.occasion.is_none()));
    }

    #[test]
    fn over_after_a_verb_and_its_object_is_no_hedge() {
        let q = quantities("The club sacked Ruben Tesk over six straight defeats.");
        assert_eq!(q[0].hedge, crate::claim::Hedge::Exact);
        let q = quantities("The storm killed over 30 people.");
        assert_eq!(q[0].hedge, crate::claim::Hedge::MoreThan);
    }

    #[test]
    fn a_verb_after_a_figure_is_no_counted_noun() {
        for text in [
            "A crowd of more than 60,000 watched at the National Stadium.",
            "Cases rose to 1,284, triple the 402 recorded in December.",
            "An aftershock measuring 5.1 followed two hours later.",
        ] {
            let q = quantities(text);
            assert!(q.iter().all(|q| q.counted.is_none()), "{text}: {q:?}");
        }
        // Before a noun, a participle is the noun's adjective.
        let q = quantities("Some 300 armed fighters stormed the town.");
        assert_eq!(q[0].counted.as_deref(), Some("armed fighters"));
    }

    #[test]
    fn up_to_after_a_verb_of_movement_is_the_level_reached() {
        use crate::claim::Hedge;
        for text in [
            "The jobless rate ticked up to 4.3% in August.",
            "Inflation edged up to 4.3%.",
            "The forecast was revised up to 4.3%.",
            "Prices went up to $4.30 a litre.",
            "Unemployment picked up to 4.3% in May.",
        ] {
            let q = quantities(text);
            assert_eq!((q[0].number, q[0].hedge), (4.3, Hedge::Exact), "{text}");
        }
        // A verb of harm or a noun before "up to" leaves the bound.
        for text in [
            "The storm killed up to 43 people.",
            "Winds of up to 43 mph lashed the coast.",
            "Police moved up to 43 residents to shelters.",
            "Fines could go up to $43 million.",
        ] {
            assert_eq!(quantities(text)[0].hedge, Hedge::AtMost, "{text}");
        }
    }

    #[test]
    fn scores_tallies_and_ages_as_thresholds() {
        // A falling pair joined by an en dash is a score; a rising one a range.
        assert!(quantities("Harlow beat Lesk 2\u{2013}1 in the final.").is_empty());
        let q = quantities("Between 10\u{2013}20 people were hurt.");
        assert_eq!(q[0].range, Some([10.0, 20.0]));
        // A vote's tally is no count of anything else.
        assert!(quantities("The law passed in a 162\u{2013}131 vote on Wednesday.").is_empty());
        // The second year of a span of two is no count.
        let q = quantities("The 2019\u{2013}20 season saw 14 wins.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].number, 14.0);
        // "65 or older" is an age.
        let q = quantities("About 1.02 million residents are 65 or older.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].number, 1.02e6);
        // "children under 10" is an age as a bound; "under 10 cases" a count.
        let q = quantities("Of the 64 cases, most are children under 10 who were not vaccinated.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].number, 64.0);
        let q = quantities("Harlow reported under 10 cases.");
        assert_eq!(q.len(), 1);
    }

    #[test]
    fn a_scale_joined_by_a_hyphen_and_money_in_pounds() {
        let q = quantities("The regulator imposed a $2.7-billion fine on Harlow Bank.");
        assert_eq!(q[0].number, 2.7e9);
        let q = quantities("Harlow Motors paid 2 billion pounds for the plant.");
        assert_eq!(q[0].unit.as_deref(), Some("pound"));
        let q = quantities("The parcel weighed 25 pounds.");
        assert_eq!(q[0].unit.as_deref(), Some("lb"));
    }

    #[test]
    fn a_scale_after_a_range_is_both_ends() {
        let range = |text: &str| {
            let q = quantities(text);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            q[0].range
        };
        assert_eq!(
            range("Revenue of 12-14 billion dollars."),
            Some([12e9, 14e9])
        );
        assert_eq!(
            range("Analysts see revenue of $54.8–55 billion."),
            Some([54.8e9, 55e9])
        );
        assert_eq!(range("It expects sales of €2.5-3bn."), Some([2.5e9, 3e9]));
        assert_eq!(range("Sales of 5 to 7 million euros."), Some([5e6, 7e6]));
        // A low end with a scale of its own, or too large for the high end's, keeps its value.
        assert_eq!(
            range("Revenue of $900 million to $1.2 billion."),
            Some([900e6, 1.2e9])
        );
        assert_eq!(
            range("Between 500 and 2 million people."),
            Some([500.0, 2e6])
        );
        // A scale is a power of ten: "7½ million" gives the low end none.
        assert_eq!(
            range("Between 5 and 7½ million people."),
            Some([5.0, 7.5e6])
        );
    }

    #[test]
    fn by_a_change_to_a_level_is_no_range() {
        let q = quantities("The bank raised its reserve by £750m to £1.25bn.");
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].number, 750e6);
        assert_eq!(q[1].number, 1.25e9);
        let q = quantities("Between 10 to 12 people were hurt.");
        assert_eq!(q[0].hedge, crate::claim::Hedge::Range);
        // From one level to another after a verb of change, however far before: two levels.
        for text in [
            "Norland raised tariffs on steel imports from Essel from 10% to 25%.",
            "Norland raised tariffs from 10 percent to 25 percent.",
        ] {
            let q = quantities(text);
            assert_eq!(q.len(), 2, "{text}");
            assert_eq!((q[0].number, q[1].number), (10.0, 25.0), "{text}");
        }
        let q = quantities("Estimates of the loss range from 10% to 25%.");
        assert_eq!(q[0].hedge, crate::claim::Hedge::Range);
    }

    #[test]
    fn a_titled_subject_who_resigned_holds_the_office_no_longer() {
        let one = |text: &str| {
            let found = roles(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            (found[0].1.office.to_string(), found[0].1.qualifier)
        };
        assert_eq!(
            one("Home Minister Ana Brel has resigned on moral grounds."),
            ("interior-minister".into(), Qualifier::Former)
        );
        assert_eq!(
            one("Coach Tarlo Venn, who led the side for a decade, stepped down on Monday."),
            ("coach".into(), Qualifier::Former)
        );
        // Still in office: another verb, another person's resignation, or something else left.
        assert_eq!(
            one("Speaker Ana Brel quit the talks on Monday."),
            ("speaker".into(), Qualifier::Current)
        );
        assert_eq!(
            one("Home Minister Ana Brel said the minister had resigned."),
            ("interior-minister".into(), Qualifier::Current)
        );
    }

    #[test]
    fn verbs_of_holding_and_leaving_an_office() {
        use crate::claim::Qualifier;
        let one = |text: &str| {
            let found = roles(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            let r = &found[0].1;
            (r.office.to_string(), r.qualifier)
        };
        assert_eq!(
            one("Ana Brel is the mayor of Port Essel."),
            ("mayor".into(), Qualifier::Current)
        );
        assert_eq!(
            one("Tarlo Venn became prime minister in 2019."),
            ("prime-minister".into(), Qualifier::Then)
        );
        assert_eq!(
            one("Ana Brel, who served as finance minister, spoke on Monday."),
            ("finance-minister".into(), Qualifier::Then)
        );
        assert_eq!(
            one("Tarlo Venn resigned as coach on Monday."),
            ("coach".into(), Qualifier::Former)
        );
        assert_eq!(
            one("Mona Eid has stepped down as chief executive."),
            ("chief-executive".into(), Qualifier::Former)
        );
        // The copula before no title, and "resigned" without "as", give none.
        assert!(roles("Ana Brel is the first woman to win the race.").is_empty());
        assert!(roles("Tarlo Venn was the target of the attack.").is_empty());
        assert!(roles("Tarlo Venn resigned on Monday.").is_empty());
        // A dismissal after a phrase of time; a copula with a qualifier of acting; a holding
        // "since" a year still holds.
        assert_eq!(
            one("Tarlo Venn was sacked on Tuesday as coach."),
            ("coach".into(), Qualifier::Former)
        );
        assert_eq!(
            one("Ana Brel is caretaker manager at Harlow Rovers."),
            ("manager".into(), Qualifier::Caretaker)
        );
        assert_eq!(
            one("Ana Brel, who has served as chairman since 2009, spoke."),
            ("chair".into(), Qualifier::Current)
        );
        assert_eq!(
            one("Ana Brel, who has served as chairman, spoke."),
            ("chair".into(), Qualifier::Then)
        );
        // A copula without an article or a qualifier, and "as" far after the verb, give none.
        assert!(roles("Ana Brel is manager material.").is_empty());
        assert!(roles("Tarlo Venn was sacked on a windy Tuesday in the rain as coach.").is_empty());
    }

    #[test]
    fn designate_and_retired_qualify_a_title() {
        let found = roles("Ruben Ost, the interior minister-designate, spoke.");
        assert_eq!(found[0].1.qualifier, Qualifier::Designate);
        assert_eq!(found[0].1.qualifier.sense(), Qualifier::Elect);
        let found = roles("Retired Judge Lena Okafor spoke.");
        assert_eq!(found[0].1.qualifier, Qualifier::Former);
    }
}

//! Copies of one story: the same file reached twice (a symbolic link, a second folder), and an
//! agency story republished word for word, or nearly, by several sites.
//!
//! Each report's body gets a [`Fingerprint`] while its text is at hand: a hash of its words
//! (lower case, punctuation and spacing ignored, the headline left out since it is metadata),
//! and a MinHash signature of its four-word shingles. Two reports are copies when their word
//! hashes are equal, or when their signatures estimate a Jaccard similarity of shingles of at
//! least [`NEAR_COPY`] (docs/decisions.md says why that threshold). Candidates are found by
//! locality-sensitive hashing (bands of the signature), so finding copies costs time in
//! proportion to the number of reports, not its square.
//!
//! The rules compare each story once: the claims of a copy are left out, and every finding on
//! the first report of the story names the other places it was published.

use std::collections::{BTreeSet, HashMap};
use std::hash::{Hash, Hasher};

use rustc_hash::FxHasher;

use crate::claim::ReportIndex;
use crate::report::Report;

/// The way fingerprints are made: stored claims with fingerprints of another way are read again
/// (the index's stamp names it), since fingerprints of two ways never match.
pub const FINGERPRINT_WAY: u32 = 2;
/// Hashes in a signature.
const HASHES: usize = 64;
/// Hashes per band: two reports are candidates when one band is equal.
const ROWS: usize = 4;
/// Words per shingle.
const SHINGLE: usize = 4;
/// The least estimated Jaccard similarity of two reports' shingles for them to be copies.
pub const NEAR_COPY: f64 = 0.8;
/// Reports with fewer words are copies only when their words are identical: a short text's
/// shingles are too few to estimate similarity.
const MIN_WORDS: usize = 40;
/// Reports with fewer words are never copies: "Russia launched 12 drones." may well be written
/// twice by two newsrooms.
const MIN_EXACT_WORDS: usize = 12;

/// What a report's body is made of, for finding its copies.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Fingerprint {
    /// Words in the body.
    pub words: u32,
    /// A hash of the body's words in order.
    pub exact: u64,
    /// A hash of the body's words that hold a digit, in order: near copies must give the same
    /// figures, so that a republished story with one changed toll is still compared.
    pub figures: u64,
    /// The MinHash signature of the body's shingles; empty for short bodies.
    pub signature: Box<[u32]>,
}

impl Fingerprint {
    pub fn of(body: &str) -> Fingerprint {
        let mut figures = FxHasher::default();
        let words = word_hashes(body, |word| word.hash(&mut figures));
        let mut exact = FxHasher::default();
        words.hash(&mut exact);
        let signature = if words.len() >= MIN_WORDS {
            signature(&words).into()
        } else {
            Box::default()
        };
        Fingerprint {
            words: words.len().min(u32::MAX as usize) as u32,
            exact: exact.finish(),
            figures: figures.finish(),
            signature,
        }
    }

    /// The estimated Jaccard similarity of two signatures.
    fn similarity(&self, other: &Fingerprint) -> f64 {
        if self.signature.is_empty() || other.signature.is_empty() {
            return 0.0;
        }
        let same = self
            .signature
            .iter()
            .zip(other.signature.iter())
            .filter(|(a, b)| a == b)
            .count();
        same as f64 / HASHES as f64
    }
}

/// A hash of each word of `body` (a run of letters and digits) in lower case; each word that
/// holds a digit is also given to `figure`. Plain ASCII words, most of any text, are lowered
/// byte by byte without decoding; every word hashes its characters the same way, so a word's
/// hash does not depend on how it was read.
fn word_hashes<'a>(body: &'a str, mut figure: impl FnMut(&'a str)) -> Vec<u64> {
    let mut words = Vec::with_capacity(body.len() / 6 + 1);
    let mut start = None;
    let mut hash = 0u64;
    let mut digit = false;
    let mut end_word = |start: usize, end: usize, hash: u64, digit: bool| {
        if digit {
            figure(&body[start..end]);
        }
        words.push(mix(hash));
    };
    let bytes = body.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        let (alphanumeric, width) = if byte.is_ascii() {
            (byte.is_ascii_alphanumeric(), 1)
        } else {
            let c = body[at..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        };
        if alphanumeric {
            if start.is_none() {
                start = Some(at);
                hash = 0;
                digit = false;
            }
            if byte.is_ascii() {
                digit |= byte.is_ascii_digit();
                hash = step(hash, u32::from(byte.to_ascii_lowercase()));
            } else {
                for c in body[at..at + width].chars().flat_map(char::to_lowercase) {
                    hash = step(hash, u32::from(c));
                }
            }
        } else if let Some(from) = start.take() {
            end_word(from, at, hash, digit);
        }
        at += width;
    }
    if let Some(from) = start {
        end_word(from, bytes.len(), hash, digit);
    }
    words
}

/// One character into a word's hash (FxHash's step).
fn step(hash: u64, c: u32) -> u64 {
    (hash.rotate_left(5) ^ u64::from(c)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// The MinHash signature of the four-word shingles of `words`, by one permutation: each
/// shingle's hash falls in one of the signature's bins (by its top bits) and a bin keeps its
/// least value. One hash per shingle rather than one per shingle and bin: a text's signature
/// costs about what reading its words does. A bin no shingle fell in takes the value of the
/// next bin that has one, shifted by how far it is ("rotation" densification), so two texts
/// agree on an empty bin exactly when they agree on the bin it borrows from.
fn signature(words: &[u64]) -> [u32; HASHES] {
    const BITS: u32 = HASHES.trailing_zeros();
    const { assert!(HASHES.is_power_of_two()) };
    let mut bins = [u32::MAX; HASHES];
    for shingle in words.windows(SHINGLE) {
        let x = mix(shingle
            .iter()
            .fold(0, |h, &w| step(h, w as u32) ^ (w >> 32)));
        let bin = (x >> (64 - BITS)) as usize;
        bins[bin] = bins[bin].min(x as u32);
    }
    if bins.iter().all(|&b| b == u32::MAX) {
        return bins;
    }
    let filled = bins;
    for (i, bin) in bins.iter_mut().enumerate() {
        if *bin != u32::MAX {
            continue;
        }
        let distance = (1..HASHES)
            .find(|d| filled[(i + d) % HASHES] != u32::MAX)
            .unwrap_or(0);
        let borrowed = filled[(i + distance) % HASHES];
        *bin = (mix(u64::from(borrowed) ^ SEEDS[distance]) >> 32) as u32;
    }
    bins
}

/// splitmix64's finaliser: a fixed permutation of 64-bit words.
const fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// One fixed seed per hash of the signature, so signatures are the same on every run.
const SEEDS: [u64; HASHES] = {
    let mut seeds = [0; HASHES];
    let mut i = 0;
    while i < HASHES {
        seeds[i] = mix(0x9e37_79b9_7f4a_7c15_u64.wrapping_mul(i as u64 + 1));
        i += 1;
    }
    seeds
};

/// For each report, the first report of its story when it is a copy of an earlier one, or
/// `None` when it is the first (or only) report of its text.
pub fn copies(reports: &[Report]) -> Vec<Option<ReportIndex>> {
    let mut first_of: Vec<Option<ReportIndex>> = vec![None; reports.len()];
    let mut by_exact: HashMap<u64, usize> = HashMap::new();
    let mut by_band: HashMap<(usize, u64), usize> = HashMap::new();
    for (index, report) in reports.iter().enumerate() {
        let print = &report.fingerprint;
        if (print.words as usize) < MIN_EXACT_WORDS {
            continue;
        }
        let mut found = by_exact.get(&print.exact).copied();
        if found.is_none() {
            for (band, rows) in print.signature.chunks(ROWS).enumerate() {
                let mut hasher = FxHasher::default();
                rows.hash(&mut hasher);
                let key = (band, hasher.finish());
                match by_band.get(&key) {
                    Some(&earlier)
                        if reports[earlier].fingerprint.figures == print.figures
                            && reports[earlier].fingerprint.similarity(print) >= NEAR_COPY =>
                    {
                        found = Some(earlier);
                        break;
                    }
                    Some(_) => {}
                    None => {
                        by_band.insert(key, index);
                    }
                }
            }
        }
        match found {
            Some(earlier) => {
                let first = first_of[earlier].map_or(earlier, |r| r.0);
                first_of[index] = Some(ReportIndex(first));
            }
            None => {
                by_exact.insert(print.exact, index);
            }
        }
    }
    first_of
}

/// Where else a story was found: other outlets that published it, and files that hold the
/// same outlet's text again (a second folder, a symbolic link).
#[derive(Clone, Debug, Default)]
pub struct Copies {
    pub outlets: BTreeSet<String>,
    pub files: BTreeSet<String>,
}

/// The most names a finding gives for the copies of one story.
const MAX_NAMED: usize = 12;

/// Names joined, with a count of those left unnamed past [`MAX_NAMED`].
fn name_list(names: &BTreeSet<String>) -> String {
    let mut text = names
        .iter()
        .take(MAX_NAMED)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > MAX_NAMED {
        text.push_str(&format!(" and {} more", names.len() - MAX_NAMED));
    }
    text
}

impl Copies {
    /// "also published by X, Y and read again from F; the story was compared once".
    pub fn describe(&self, label: &str) -> String {
        let mut parts = Vec::new();
        if !self.outlets.is_empty() {
            parts.push(format!("also published by {}", name_list(&self.outlets)));
        }
        if !self.files.is_empty() {
            parts.push(format!("read again from {}", name_list(&self.files)));
        }
        format!(
            "{label}'s text was {}; the story was compared once",
            parts.join(" and ")
        )
    }
}

/// For each report that is the first of a story with copies, where its copies were found,
/// sorted by name.
pub fn published_also(
    reports: &[Report],
    first_of: &[Option<ReportIndex>],
) -> HashMap<ReportIndex, Copies> {
    let mut also: HashMap<ReportIndex, Copies> = HashMap::new();
    for (index, first) in first_of.iter().enumerate() {
        let Some(first) = *first else { continue };
        let copy = &reports[index];
        let original = &reports[first.0];
        let copies = also.entry(first).or_default();
        let (list, name) = match (&copy.meta.outlet, &original.meta.outlet) {
            (Some(a), Some(b)) if a != b => (&mut copies.outlets, a.clone()),
            _ => (&mut copies.files, copy.display_path()),
        };
        list.insert(name);
    }
    also
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Rescuers searched the rubble of a five-storey building through the night \
        after the earthquake struck the coastal province shortly before dawn. The regional \
        governor said 31 people had been confirmed dead and at least 140 injured, most of them \
        in two villages near the epicentre, and that roads into the hills were still blocked \
        by landslides. Aid agencies sent tents and water to the province on Tuesday.";

    #[test]
    fn the_same_words_are_a_copy_whatever_the_spacing_case_and_punctuation() {
        let a = Fingerprint::of(STORY);
        let b = Fingerprint::of(&STORY.to_uppercase().replace(". ", ".\n\n").replace(',', ""));
        assert_eq!(a.exact, b.exact);
    }

    #[test]
    fn a_changed_byline_and_one_changed_word_keep_a_near_copy() {
        let a = Fingerprint::of(STORY);
        let b = Fingerprint::of(&format!(
            "By a staff reporter. {}",
            STORY.replace("Tuesday", "Monday")
        ));
        assert_ne!(a.exact, b.exact);
        assert!(a.similarity(&b) >= NEAR_COPY, "{}", a.similarity(&b));
    }

    #[test]
    fn a_different_story_on_the_same_event_is_not_a_copy() {
        let a = Fingerprint::of(STORY);
        let b = Fingerprint::of(
            "The death toll from the earthquake rose to 29 on Wednesday, officials said, as \
             rescuers reached villages cut off by landslides in the hills above the coastal \
             province. More than 150 people were hurt, the disaster agency said, and thousands \
             spent a second night outdoors for fear of aftershocks, sleeping in tents and cars \
             along the main road.",
        );
        assert!(a.similarity(&b) < 0.3, "{}", a.similarity(&b));
    }

    #[test]
    fn a_near_copy_with_a_changed_figure_is_not_a_copy() {
        let a = Fingerprint::of(STORY);
        let b = Fingerprint::of(&STORY.replace("31 people", "29 people"));
        assert!(a.similarity(&b) >= NEAR_COPY);
        assert_ne!(a.figures, b.figures);
    }

    #[test]
    fn short_texts_are_never_near_copies() {
        let a = Fingerprint::of("Russia launched 12 drones.");
        assert!(a.signature.is_empty());
        assert!((a.words as usize) < MIN_EXACT_WORDS);
    }
}

//! Longest-match lookup of multi-word phrases over tokens.

use hashbrown::HashTable;

use crate::text::{Token, phrase_tokens, tokens, word_hash};

/// Phrases keyed by their first token; each lookup finds the longest phrase at a position.
#[derive(Clone, Debug)]
pub struct PhraseTable<T> {
    case_sensitive: bool,
    /// Phrases by their first word, found by the word's hash. Every parser looks up a dozen
    /// tables at each token of every report: a token carries the hash of its lower-case form,
    /// made once, so a lookup does not hash the word again.
    by_first: HashTable<(String, Phrases<T>)>,
    /// This table's bit in [`Token::lex`], given when the lexicon is compiled (0: none, and
    /// every lookup asks the table).
    bit: u64,
}

/// The phrases that start with one word, longest first: their words and values; and, for a
/// word that starts many (76 places start with "the"), the phrases by their second word.
#[derive(Clone, Debug)]
struct Phrases<T> {
    phrases: Vec<(Vec<String>, T)>,
    /// With more than [`INDEXED_FROM`] phrases: the indices of those of one word, and those
    /// of each second word, in order. Made on the first lookup after the last insertion.
    by_second: std::sync::OnceLock<Option<SecondWords>>,
}

#[derive(Clone, Debug, Default)]
struct SecondWords {
    alone: Vec<usize>,
    by_word: rustc_hash::FxHashMap<String, Vec<usize>>,
}

/// How many phrases may start with one word before they are indexed by their second word.
const INDEXED_FROM: usize = 8;

impl<T> Phrases<T> {
    /// The phrases by their second word, when there are many.
    fn index(&self) -> Option<SecondWords> {
        if self.phrases.len() <= INDEXED_FROM {
            return None;
        }
        let mut second = SecondWords::default();
        for (k, (words, _)) in self.phrases.iter().enumerate() {
            match words.get(1) {
                Some(word) => second.by_word.entry(word.clone()).or_default().push(k),
                None => second.alone.push(k),
            }
        }
        Some(second)
    }
}

impl<T> Default for PhraseTable<T> {
    fn default() -> Self {
        PhraseTable {
            case_sensitive: false,
            by_first: HashTable::new(),
            bit: 0,
        }
    }
}

/// A phrase found in the token stream.
#[derive(Clone, Copy, Debug)]
pub struct PhraseMatch<'t, T> {
    /// How many tokens the phrase covers.
    pub len: usize,
    pub value: &'t T,
}

impl<T> PhraseTable<T> {
    pub fn case_sensitive() -> PhraseTable<T> {
        PhraseTable {
            case_sensitive: true,
            by_first: HashTable::new(),
            bit: 0,
        }
    }

    pub fn insert(&mut self, phrase: &str, value: T) {
        let words: Vec<String> = if self.case_sensitive {
            tokens(phrase, 0)
                .into_iter()
                .map(|t| t.text.to_string())
                .collect()
        } else {
            phrase_tokens(phrase)
        };
        let Some(first) = words.first().cloned() else {
            return;
        };
        let hash = word_hash(&first);
        let entries = match self.by_first.find_mut(hash, |(word, _)| *word == first) {
            Some((_, entries)) => entries,
            None => {
                let empty = Phrases {
                    phrases: Vec::new(),
                    by_second: std::sync::OnceLock::new(),
                };
                &mut self
                    .by_first
                    .insert_unique(hash, (first, empty), |(word, _)| word_hash(word))
                    .into_mut()
                    .1
            }
        };
        entries.phrases.push((words, value));
        // Longest first, so the first hit is the longest match; ties keep insertion order.
        entries
            .phrases
            .sort_by_key(|entry| std::cmp::Reverse(entry.0.len()));
        entries.by_second = std::sync::OnceLock::new();
    }

    /// Gives the table its bit in [`Token::lex`] and returns the lower-case first words of its
    /// phrases, for the lexicon's [`Vocabulary`](super::Vocabulary).
    pub(crate) fn take_bit(&mut self, bit: u64) -> impl Iterator<Item = String> + '_ {
        self.bit = bit;
        self.by_first.iter().map(|(word, _)| word.to_lowercase())
    }

    /// This table's bit in [`Token::lex`] (0 before the lexicon gave it one).
    pub fn bit(&self) -> u64 {
        self.bit
    }

    /// The longest phrase that starts at token `at`.
    #[inline]
    pub fn longest_at<'t>(&'t self, toks: &[Token<'_>], at: usize) -> Option<PhraseMatch<'t, T>> {
        let first = toks.get(at)?;
        // The lexicon's one pass over the sentence marked the tables a phrase of which starts
        // with this word: the others are not asked (most words begin no phrase of a table).
        if first.lex & self.bit == 0 && self.bit != 0 {
            return None;
        }
        self.lookup(toks, at, first)
    }

    /// [`Self::longest_at`] in the table itself.
    #[inline(never)]
    fn lookup<'t>(
        &'t self,
        toks: &[Token<'_>],
        at: usize,
        first: &Token<'_>,
    ) -> Option<PhraseMatch<'t, T>> {
        crate::text::work::add(1);
        let (key, hash) = if self.case_sensitive {
            (first.text, word_hash(first.text))
        } else {
            (first.lower.as_ref(), first.lower_hash)
        };
        let (_, candidates) = self.by_first.find(hash, |(word, _)| word == key)?;
        let fits = |(words, value): &'t (Vec<String>, T)| {
            // The first word is the key just matched.
            let fits = words.iter().enumerate().skip(1).all(|(k, word)| {
                toks.get(at + k).is_some_and(|t| {
                    if self.case_sensitive {
                        // Names and countries match in the possessive too: "Trump's".
                        t.text == word || strip_possessive(t.text) == word
                    } else {
                        t.lower == *word
                            || (k + 1 == words.len() && strip_possessive(&t.lower) == word)
                    }
                })
            });
            fits.then_some(PhraseMatch {
                len: words.len(),
                value,
            })
        };
        let Some(second) = candidates.by_second.get_or_init(|| candidates.index()) else {
            return candidates.phrases.iter().find_map(fits);
        };
        // Only the phrases of one word and those whose second word is the next token's (or,
        // for a phrase of two words, the next token's without a possessive) can fit: those
        // are tried, in their order.
        let next = toks.get(at + 1).map(|t| {
            if self.case_sensitive {
                t.text
            } else {
                t.lower.as_ref()
            }
        });
        let empty: &[usize] = &[];
        let of_word = |word: Option<&str>| {
            word.and_then(|w| second.by_word.get(w))
                .map_or(empty, Vec::as_slice)
        };
        let exact = of_word(next);
        let stripped = match next {
            Some(word) if is_possessive(word) => of_word(Some(strip_possessive(word))),
            _ => empty,
        };
        let mut tried: Vec<usize> = second
            .alone
            .iter()
            .chain(exact)
            .chain(stripped)
            .copied()
            .collect();
        tried.sort_unstable();
        tried.into_iter().find_map(|k| fits(&candidates.phrases[k]))
    }

    /// The longest phrase that ends just before token `end` (exclusive), searching back
    /// at most `max_len` tokens.
    pub fn longest_ending_at<'t>(
        &'t self,
        toks: &[Token<'_>],
        end: usize,
        max_len: usize,
    ) -> Option<(usize, PhraseMatch<'t, T>)> {
        (1..=max_len.min(end)).rev().find_map(|len| {
            let start = end - len;
            self.longest_at(toks, start)
                .filter(|m| m.len == len)
                .map(|m| (start, m))
        })
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }
}

/// "Trump's" → "Trump"; other words unchanged.
/// Whether a word ends in a possessive "'s" ("Brazil's", "minister’s").
pub fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

pub fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessives_with_either_apostrophe() {
        assert!(is_possessive("Brazil's") && is_possessive("minister’s"));
        assert!(!is_possessive("Motors'") && !is_possessive("bass"));
        assert_eq!(strip_possessive("minister’s"), "minister");
    }

    #[test]
    fn finds_longest_phrase() {
        let mut table = PhraseTable::default();
        table.insert("shot", 1);
        table.insert("shot down", 2);
        let toks = tokens("they Shot down 35", 0);
        let found = table.longest_at(&toks, 1).unwrap();
        assert_eq!((found.len, *found.value), (2, 2));
        assert!(table.longest_at(&toks, 0).is_none());
        let (start, m) = table.longest_ending_at(&toks, 3, 3).unwrap();
        assert_eq!((start, m.len), (1, 2));
    }

    #[test]
    fn many_phrases_of_one_first_word_are_found_by_their_second() {
        for case_sensitive in [false, true] {
            let mut table = if case_sensitive {
                PhraseTable::case_sensitive()
            } else {
                PhraseTable::default()
            };
            for (i, place) in ["Gambia", "Hague", "Bronx", "Alps", "Andes", "Urals"]
                .iter()
                .chain(&["Congo", "Sudan", "Levant", "Balkans"])
                .enumerate()
            {
                table.insert(&format!("the {place}"), i);
            }
            table.insert("the", 100);
            table.insert("the Hague Tribunal", 101);
            let found = |text: &str| {
                table
                    .longest_at(&tokens(text, 0), 0)
                    .map(|m| (m.len, *m.value))
            };
            assert_eq!(found("the Hague Tribunal ruled"), Some((3, 101)));
            assert_eq!(found("the Hague ruled"), Some((2, 1)));
            // The last word of a phrase in the possessive.
            assert_eq!(found("the Balkans's roads"), Some((2, 9)));
            assert_eq!(found("the city"), Some((1, 100)));
            assert_eq!(found("the"), Some((1, 100)));
            assert_eq!(found("a Hague"), None);
        }
    }

    #[test]
    fn case_sensitive_tables_respect_case() {
        let mut table = PhraseTable::case_sensitive();
        table.insert("US", ());
        assert!(table.longest_at(&tokens("US", 0), 0).is_some());
        assert!(table.longest_at(&tokens("us", 0), 0).is_none());
    }
}

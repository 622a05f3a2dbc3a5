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

/// The phrases that start with one word, longest first: their words and values.
type Phrases<T> = Vec<(Vec<String>, T)>;

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
                &mut self
                    .by_first
                    .insert_unique(hash, (first, Vec::new()), |(word, _)| word_hash(word))
                    .into_mut()
                    .1
            }
        };
        entries.push((words, value));
        // Longest first, so the first hit is the longest match; ties keep insertion order.
        entries.sort_by_key(|entry| std::cmp::Reverse(entry.0.len()));
    }

    /// Gives the table its bit in [`Token::lex`] and returns the lower-case first words of its
    /// phrases, for the lexicon's [`Vocabulary`](super::Vocabulary).
    pub(crate) fn take_bit(&mut self, bit: u64) -> impl Iterator<Item = String> + '_ {
        self.bit = bit;
        self.by_first.iter().map(|(word, _)| word.to_lowercase())
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
        candidates.iter().find_map(|(words, value)| {
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
        })
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
pub fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn case_sensitive_tables_respect_case() {
        let mut table = PhraseTable::case_sensitive();
        table.insert("US", ());
        assert!(table.longest_at(&tokens("US", 0), 0).is_some());
        assert!(table.longest_at(&tokens("us", 0), 0).is_none());
    }
}

//! Every word that begins a phrase of the lexicon, with the tables it begins one in.
//!
//! Parsers ask a dozen phrase tables at each word of every sentence ("is a month here? an
//! office? a unit?"), and most words begin no phrase at all. The lexicon instead looks each
//! word up once, in one table of every phrase's first word, and marks the word with a bit for
//! each table a phrase of which it begins ([`Token::lex`]); a table asked at a word without its
//! bit answers at once. Marking is a pass over the sentence's words, one lookup each, made
//! with the hash the token already carries.

use hashbrown::HashTable;

use crate::text::{Token, word_hash};

/// First words of the lexicon's phrases, lower case, with the bits of their tables.
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    words: HashTable<(String, u64)>,
}

impl Vocabulary {
    /// Records that a phrase of the table with `bit` begins with `word` (lower case).
    pub fn add(&mut self, word: String, bit: u64) {
        let hash = word_hash(&word);
        match self.words.find_mut(hash, |(known, _)| *known == word) {
            Some((_, bits)) => *bits |= bit,
            None => {
                self.words
                    .insert_unique(hash, (word, bit), |(known, _)| word_hash(known));
            }
        }
    }

    /// Marks each token with the tables a phrase of which begins with it.
    pub fn mark(&self, tokens: &mut [Token<'_>]) {
        for token in tokens {
            token.lex = self
                .words
                .find(token.lower_hash, |(known, _)| *known == token.lower)
                .map_or(0, |(_, bits)| *bits);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::PhraseTable;
    use crate::text::tokens;

    #[test]
    fn a_marked_word_is_asked_only_of_its_tables() {
        let mut shots = PhraseTable::default();
        shots.insert("shot down", 1);
        let mut places = PhraseTable::case_sensitive();
        places.insert("Port Essel", 2);
        let mut vocabulary = Vocabulary::default();
        for word in shots.take_bit(1).collect::<Vec<_>>() {
            vocabulary.add(word, 1);
        }
        for word in places.take_bit(2).collect::<Vec<_>>() {
            vocabulary.add(word, 2);
        }
        let mut toks = tokens("Drones were shot down over Port Essel and port", 0);
        vocabulary.mark(&mut toks);
        let lex: Vec<u64> = toks.iter().map(|t| t.lex).collect();
        assert_eq!(lex, [0, 0, 1, 0, 0, 2, 0, 0, 2]);
        assert_eq!(shots.longest_at(&toks, 2).map(|m| m.len), Some(2));
        assert_eq!(places.longest_at(&toks, 5).map(|m| m.len), Some(2));
        // Marked as a possible first word, "port" is still no match in a table of exact case.
        assert!(places.longest_at(&toks, 8).is_none());
        assert!(shots.longest_at(&toks, 0).is_none());
        // Tokens no lexicon marked are looked up in the tables themselves.
        let unmarked = tokens("shot down", 0);
        assert_eq!(shots.longest_at(&unmarked, 0).map(|m| m.len), Some(2));
    }
}

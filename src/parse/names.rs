//! The names a report is about: the capitalised words it uses as names ("Sumy", "Kerr",
//! "Mamdani"), weighted by how much the report says of them. Reports that name no event are
//! grouped into stories by the names they share (`graph::event_keys`).
//!
//! A word is a name in a report when it is written capitalised inside a sentence and never in
//! lower case in that report: "Camp" in "Camp Mystic" is not one when the report also says "the
//! camp". The first word of a sentence is capitalised anyway: it counts only when the report
//! uses it as a name elsewhere. Function words, months, weekdays and titles of office are never
//! names, and lines written in title case (a headline repeated as the first line) are passed
//! over. Each mention weighs one, a mention in the report's first two sentences two, and a name
//! also in the title weighs two more.

use serde::Serialize;

use crate::claim::CompactString;
use crate::lexicon::Lexicon;
use crate::text::{Token, word_hash};

/// How many names a report keeps, heaviest first: enough to say what it is about, few enough to
/// keep at archive scale.
pub const KEPT: usize = 10;

/// What a mention of a broad name weighs beside one of another name: "Ukraine" and "Russians"
/// say less of which event a report is about than "Sumy" does.
pub const BROAD_WEIGHT: f64 = 0.25;

/// One name of a report.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Name {
    /// As first written capitalised: "Sumy".
    pub name: CompactString,
    /// Mentions, those in the lead counted twice and two more when the title has it.
    pub mentions: u32,
    /// A nation, its people or a wide region (the lexicon's `[names] broad`).
    pub broad: bool,
}

impl Name {
    /// What the name weighs when reports are grouped by their names.
    pub fn weight(&self) -> f64 {
        f64::from(self.mentions) * if self.broad { BROAD_WEIGHT } else { 1.0 }
    }

    /// The name as reports are matched by it: lower case.
    pub fn key(&self) -> CompactString {
        self.name.to_lowercase()
    }
}

/// Sentences at the start of a report whose names weigh double: the lead says what it is about.
const LEAD_SENTENCES: usize = 2;

/// Whether a word is a closed-class word of English (capitalised only to open a sentence).
pub fn function_word(lower: &str) -> bool {
    FUNCTION_WORDS.contains(&lower)
}

/// Closed-class words of English that are capitalised only to open a sentence or a title.
const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "against", "all", "also", "although", "among", "an", "and", "another",
    "any", "are", "as", "at", "be", "because", "before", "being", "between", "both", "but", "by",
    "despite", "during", "each", "either", "even", "every", "few", "for", "from", "had", "has",
    "have", "he", "her", "here", "his", "how", "i", "if", "in", "into", "is", "it", "its", "many",
    "more", "most", "much", "my", "neither", "no", "nor", "not", "of", "on", "once", "one", "or",
    "our", "over", "same", "several", "she", "since", "so", "some", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "though", "through", "to",
    "under", "until", "up", "upon", "was", "we", "were", "what", "when", "where", "whether",
    "which", "while", "who", "whom", "whose", "why", "will", "with", "would", "yet", "you", "your",
];

/// [`FUNCTION_WORDS`] by [`word_hash`], so that a token is looked up with the hash it carries.
static FUNCTION_WORD_SET: std::sync::LazyLock<hashbrown::HashTable<&'static str>> =
    std::sync::LazyLock::new(|| {
        let mut set = hashbrown::HashTable::new();
        for word in FUNCTION_WORDS {
            set.insert_unique(word_hash(word), *word, |w| word_hash(w));
        }
        set
    });

/// Whether a token, past a possessive "'s", is one of [`FUNCTION_WORDS`].
fn function_word_token(token: &Token<'_>) -> bool {
    let key = crate::lexicon::strip_possessive(&token.lower);
    let hash = if key.len() == token.lower.len() {
        token.lower_hash
    } else {
        word_hash(key)
    };
    FUNCTION_WORD_SET.find(hash, |w| *w == key).is_some()
}

/// What one report says of each word, gathered sentence by sentence.
#[derive(Default)]
pub struct NameCounter {
    /// By [`name_key`], hashed with [`word_hash`]: found with the hash its token carries.
    words: hashbrown::HashTable<(CompactString, WordUse)>,
    sentences: usize,
}

#[derive(Default)]
struct WordUse {
    /// The word as first written capitalised.
    display: CompactString,
    /// Weighted mentions capitalised inside a sentence.
    inside: u32,
    /// Weighted mentions capitalised at the start of a sentence.
    opening: u32,
    /// Mentions in lower case.
    lower: u32,
}

impl NameCounter {
    /// Counts the words of one sentence of the body, in order.
    pub fn add_sentence(&mut self, tokens: &[Token<'_>], lexicon: &Lexicon) {
        let weight = if self.sentences < LEAD_SENTENCES {
            2
        } else {
            1
        };
        self.sentences += 1;
        if title_case(tokens) {
            return;
        }
        let mut opening = true;
        let mut at = 0;
        while at < tokens.len() {
            let token = &tokens[at];
            if !token.is_word() || token.text.chars().all(|c| c.is_ascii_digit()) {
                // A quotation mark or bracket before the first word leaves it the opener.
                opening &= !token.is_word();
                at += 1;
                continue;
            }
            if let Some(skip) = not_a_name_at(tokens, at, lexicon) {
                opening = false;
                at += skip;
                continue;
            }
            let key = crate::lexicon::strip_possessive(&token.lower);
            // The token carries the hash of its lower case: made again only for a possessive.
            let hash = if key.len() == token.lower.len() {
                token.lower_hash
            } else {
                word_hash(key)
            };
            let entry = match self.words.find_mut(hash, |(known, _)| known == key) {
                Some((_, entry)) => entry,
                None => {
                    &mut self
                        .words
                        .insert_unique(hash, (key.into(), WordUse::default()), |(known, _)| {
                            word_hash(known)
                        })
                        .into_mut()
                        .1
                }
            };
            if token.is_capitalised() {
                if entry.display.is_empty() {
                    entry.display = name_key_display(token);
                }
                if opening {
                    entry.opening += weight;
                } else {
                    entry.inside += weight;
                }
            } else {
                entry.lower += 1;
            }
            opening = false;
            at += 1;
        }
    }

    /// Every name of the report, in no particular order.
    pub fn names(self, lexicon: &Lexicon) -> Vec<Name> {
        self.words
            .into_iter()
            .filter(|(key, word)| word.inside > 0 && word.lower == 0 && key.chars().count() > 1)
            .map(|(key, word)| Name {
                name: word.display,
                mentions: word.inside + word.opening,
                broad: lexicon.broad_names.contains(key.as_str()),
            })
            .collect()
    }
}

/// The names a report keeps: those in `title` count two more mentions; heaviest first (ties by
/// name), at most [`KEPT`].
pub fn kept(mut names: Vec<Name>, title: Option<&[Token<'_>]>) -> Vec<Name> {
    if let Some(title) = title {
        let in_title: std::collections::HashSet<CompactString> =
            title.iter().map(name_key).collect();
        // A report keeps hundreds of capitalised words: an ASCII one is compared with the
        // title's few words as it is, without making its lower case.
        let named = |name: &Name| {
            if name.name.is_ascii() {
                in_title
                    .iter()
                    .any(|word| word.eq_ignore_ascii_case(&name.name))
            } else {
                in_title.contains(&name.key())
            }
        };
        for name in &mut names {
            if named(name) {
                name.mentions += 2;
            }
        }
    }
    names.sort_by(|a, b| {
        b.weight()
            .total_cmp(&a.weight())
            .then_with(|| a.name.cmp(&b.name))
    });
    names.truncate(KEPT);
    names
}

/// How many tokens from `at` are words that are never names: a function word, a month, a
/// weekday, a title of office ("President", "Gov."), a hedge.
fn not_a_name_at(tokens: &[Token<'_>], at: usize, lexicon: &Lexicon) -> Option<usize> {
    if function_word_token(&tokens[at]) {
        return Some(1);
    }
    // "Lt." and "Gov." are abbreviations of titles, not names.
    if tokens.get(at + 1).is_some_and(|t| t.is_punct("."))
        && lexicon.abbreviations.iter().any(|a| {
            a.strip_suffix('.')
                .is_some_and(|a| a.eq_ignore_ascii_case(&tokens[at].lower))
        })
    {
        return Some(1);
    }
    if let Some(m) = lexicon.months.longest_at(tokens, at) {
        return Some(m.len.max(1));
    }
    if let Some(m) = lexicon.weekdays.longest_at(tokens, at) {
        return Some(m.len.max(1));
    }
    if let Some(m) = lexicon.office_forms.longest_at(tokens, at) {
        return Some(m.len.max(1));
    }
    if let Some(m) = lexicon.office_plural_forms.longest_at(tokens, at) {
        return Some(m.len.max(1));
    }
    if let Some(m) = lexicon.hedge_forms.longest_at(tokens, at) {
        return Some(m.len.max(1));
    }
    None
}

/// A line most of whose words are capitalised is a headline, not prose: its capitals say
/// nothing of names.
pub fn title_case(tokens: &[Token<'_>]) -> bool {
    let (mut words, mut capitalised) = (0, 0);
    for t in tokens {
        // A word that opens with a letter (not a number).
        if let Some(first) = t.text.chars().next()
            && first.is_alphabetic()
        {
            words += 1;
            capitalised += usize::from(first.is_uppercase());
        }
    }
    words >= 4 && capitalised * 10 >= words * 7
}

/// The word a token counts toward: lower case, without a possessive "'s".
fn name_key(token: &Token<'_>) -> CompactString {
    crate::lexicon::strip_possessive(&token.lower).into()
}

fn name_key_display(token: &Token<'_>) -> CompactString {
    crate::lexicon::strip_possessive(token.text).into()
}

/// What a word's misspellings share: lower case, each run of one letter written once, every
/// vowel (and "y") alike. "Abbott" and "Abbot", "Greg" and "Gregg", "Lina" and "Lena" share it.
pub fn spelling_key(word: &str) -> String {
    let mut key = String::with_capacity(word.len());
    let mut last = None;
    for c in word.chars().flat_map(char::to_lowercase) {
        let c = if "aeiouy".contains(c) { '*' } else { c };
        if last != Some(c) || c == '*' && last != Some('*') {
            key.push(c);
        }
        last = Some(c);
    }
    key
}

/// Whether one of two written names is a slip for the other: the same first letter, then one
/// letter doubled or not ("Abbot" / "Abbott", "Greg" / "Gregg"), or one vowel for another
/// ("Lena" / "Lina"). Other differences ("Johnson" / "Johnston", "Mark" / "Marc") are left as
/// different names. Words under four letters are never compared.
pub fn misspelling(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().flat_map(char::to_lowercase).collect();
    let b: Vec<char> = b.chars().flat_map(char::to_lowercase).collect();
    if a.len().min(b.len()) < 4 || a.first() != b.first() {
        return false;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    if a.len() == b.len() {
        let mut differ = a.iter().zip(&b).filter(|(x, y)| x != y);
        return match (differ.next(), differ.next()) {
            (Some((&x, &y)), None) => vowel(x) && vowel(y),
            _ => false,
        };
    }
    let (long, short) = if a.len() > b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() != short.len() + 1 {
        return false;
    }
    let i = long
        .iter()
        .zip(short.iter())
        .position(|(x, y)| x != y)
        .unwrap_or(short.len());
    long[i + 1..] == short[i..]
        && (i > 0 && long[i] == long[i - 1] || long.get(i + 1) == Some(&long[i]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::Pack;
    use crate::text::{sentences, tokens};
    use std::sync::OnceLock;

    fn lexicon() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon::load(&Pack::shipped().lexicon).0)
    }

    /// The kept names of a body and title, as "Name:mentions", heaviest first.
    fn names(body: &str, title: Option<&str>) -> Vec<String> {
        let lexicon = lexicon();
        let mut counter = NameCounter::default();
        for span in sentences(body, 0, &lexicon.abbreviations, &lexicon.sentence_openers) {
            counter.add_sentence(&tokens(&body[span.start..span.end], span.start), lexicon);
        }
        let title = title.map(|t| tokens(t, 0));
        kept(counter.names(lexicon), title.as_deref())
            .iter()
            .map(|n| format!("{}:{}", n.name, n.mentions))
            .collect()
    }

    /// Two lead sentences, whose names weigh double, then `rest`.
    fn after_lead(rest: &str) -> String {
        format!("It rained. It rained more. {rest}")
    }

    #[test]
    fn capitalised_words_inside_sentences_are_names() {
        assert_eq!(
            names(
                &after_lead(
                    "Rescuers searched near Harlow. Crews from Harlow and Tilbury came. Later, more came."
                ),
                None
            ),
            // "Rescuers", "Crews" and "Later" open sentences and are names nowhere else.
            vec!["Harlow:2", "Tilbury:1"]
        );
    }

    #[test]
    fn a_word_also_written_in_lower_case_is_no_name() {
        assert_eq!(
            names(
                &after_lead(
                    "Girls at Camp Verity were found. The camp is closed. It was near Verity."
                ),
                None
            ),
            vec!["Verity:2"]
        );
    }

    #[test]
    fn an_opening_word_counts_when_it_is_a_name_elsewhere() {
        assert_eq!(
            names(
                &after_lead("Harlow was flooded. Water reached Harlow."),
                None
            ),
            vec!["Harlow:2"]
        );
    }

    #[test]
    fn titles_months_weekdays_and_possessives() {
        assert_eq!(
            names(
                &after_lead(
                    "On Monday, Governor Ada Quill said in July that Quill's office would help."
                ),
                None
            ),
            vec!["Quill:2", "Ada:1"]
        );
    }

    #[test]
    fn the_lead_and_the_title_weigh_more() {
        assert_eq!(
            names(
                "Floods hit Harlow. It rained. Water reached Tilbury.",
                Some("Harlow under water")
            ),
            vec!["Harlow:4", "Tilbury:1"]
        );
    }

    #[test]
    fn a_headline_line_says_nothing_of_names() {
        assert_eq!(
            names(
                &after_lead("Death Toll Hits Harrowing New Milestone\n\nThe toll in Harlow rose."),
                None
            ),
            vec!["Harlow:1"]
        );
    }

    #[test]
    fn nations_and_their_people_are_broad() {
        let lexicon = lexicon();
        let mut counter = NameCounter::default();
        counter.add_sentence(&tokens("It rained.", 0), lexicon);
        let text = "Drones from Russia hit Harlow, Ukrainian officials said.";
        counter.add_sentence(&tokens(text, 0), lexicon);
        let mut found: Vec<(String, bool)> = counter
            .names(lexicon)
            .into_iter()
            .map(|n| (n.name.to_string(), n.broad))
            .collect();
        found.sort();
        assert_eq!(
            found,
            vec![
                ("Harlow".to_string(), false),
                ("Russia".to_string(), true),
                ("Ukrainian".to_string(), true)
            ]
        );
    }

    #[test]
    fn slips_of_spelling() {
        assert!(misspelling("Abbot", "Abbott"));
        assert!(misspelling("Gregg", "Greg"));
        assert!(misspelling("Lena", "Lina"));
        assert!(misspelling("Remegio", "Remigio"));
        assert!(!misspelling("Johnson", "Johnston"));
        assert!(!misspelling("Mark", "Marc"));
        assert!(!misspelling("Abbott", "Abbott"));
        assert!(!misspelling("Kim", "Kin"));
        assert!(!misspelling("Ebbot", "Abbot"));
        assert!(!misspelling("Aabot", "Abbot"));
        assert_eq!(spelling_key("Abbott"), spelling_key("Abbot"));
        assert_eq!(spelling_key("Greenwood"), "gr*nw*d");
    }
}

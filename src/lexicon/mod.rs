//! The lexicon: the words the parser knows, as data from `rules/lexicon/*.toml`.
//!
//! Counted classes (drones, people), actions (launched, killed), hedges and their widths,
//! offices, qualifiers, jurisdictions, people and their aliases, abbreviations and calendar words.
//! Nothing of this is in Rust: users extend it with their own files, and every error in such a
//! file is located.

mod phrases;
mod spec;
mod vocabulary;

use std::collections::BTreeMap;
use std::sync::Arc;

pub use phrases::{PhraseMatch, PhraseTable, is_possessive, strip_possessive};
pub use vocabulary::Vocabulary;

use crate::claim::{Hedge, Qualifier};
use crate::problem::Problem;
use crate::span::Span;

/// A counted class: what a figure counts.
#[derive(Clone, Debug)]
pub struct CountedClass {
    pub id: String,
    /// The unit a figure of this class is given in ("drone", "person").
    pub unit: String,
    /// How messages name the class ("drones", "people").
    pub label: String,
    /// The actions that make measures of this class ("launched" makes `drones.launched`).
    pub actions: Vec<String>,
    /// Actions whose forms mean another action for this class: ("intercepted", "destroyed")
    /// reads "destroyed" as destroyed for homes, where drones read it as intercepted.
    pub reads: Vec<(String, String)>,
    /// Actions whose figures of this class count another class: ("laid-off", "jobs") makes
    /// "1,200 workers were laid off" a count of jobs (`jobs.cut`, as jobs read laid off).
    pub counts_as: Vec<(String, String)>,
}

/// Something that happens to counted things: launched, intercepted, killed.
#[derive(Clone, Debug)]
pub struct Action {
    pub id: String,
    pub label: String,
    /// The action whose figure is the whole in a partitive: in "shot down 35 of the 108 drones"
    /// the 108 were launched.
    pub whole: Option<String>,
    /// True when the actor of this action owns what is counted: "Russia launched 550 drones"
    /// counts Russian drones, while "Ukraine shot down 35 drones" does not count Ukrainian ones.
    pub actor_owns: bool,
    /// True for tolls that rise as a day goes on ("killed", "injured"): between reports
    /// published at different times, a later higher figure is an update, not a contradiction.
    pub rolling: bool,
    /// True for rolling counts that fall as well as rise ("missing": people are found).
    pub falls: bool,
    /// True for counts of one day ("310 flights cancelled on Monday"): a figure dated to a day
    /// is that day's, never compared with another day's.
    pub daily: bool,
    /// True when figures of this action are compared only among the same noun: "175
    /// passengers on board" is `passengers.aboard`, "181 people on board" `people.aboard`.
    pub per_noun: bool,
    /// True when a figure of this action counts its victims class whatever its noun: "2
    /// million New Yorkers cast ballots" and "2 million voters cast ballots" are `people.voted`.
    pub any_noun: bool,
    /// The class a figure with this action and no noun of its own counts ("that killed 35 and
    /// wounded 117" counts people).
    pub victims: Option<usize>,
}

/// A hedge word and what it does to a figure.
#[derive(Clone, Debug)]
pub struct HedgeEntry {
    pub kind: Hedge,
    /// True for hedges written after the number ("14 or more").
    pub after: bool,
    /// For approximate hedges: how far below and above the stated number the value may lie,
    /// relative to it.
    pub below: f64,
    pub above: f64,
    pub inclusive: [bool; 2],
}

/// A vague amount with no number ("dozens of", "hundreds of").
#[derive(Clone, Debug)]
pub struct VagueEntry {
    pub low: f64,
    pub high: f64,
}

/// A predicate form that names both an action and what it counts ("death toll": people killed).
#[derive(Clone, Debug)]
pub struct ActionForm {
    pub action: usize,
    /// The class implied when the figure has no noun of its own.
    pub implied_class: Option<usize>,
    /// True for forms that stand before the figure's noun phrase ("launched 550 drones",
    /// "a barrage of 108 drones"); false for forms that may also follow it ("14 were killed").
    pub nominal: bool,
}

#[derive(Clone, Debug)]
pub struct Office {
    pub id: String,
}

#[derive(Clone, Debug)]
pub struct Jurisdiction {
    pub id: String,
    pub name: String,
}

/// A place figures are given for, and the place it lies within: a city within its country.
#[derive(Clone, Debug)]
pub struct Place {
    pub id: String,
    /// How messages and claims name it: "Kyiv".
    pub name: String,
    pub within: Option<String>,
}

/// A kind of event reports are about ("earthquake", "drone attack"): reports of one day that
/// name no event are compared only when they share such a word or a place.
#[derive(Clone, Debug)]
pub struct Topic {
    pub id: String,
    /// How explanations name it: "earthquake".
    pub label: String,
    /// It happens at one moment (an earthquake, a strike), so it has one day.
    pub instant: bool,
}

#[derive(Clone, Debug)]
pub struct Person {
    pub id: String,
    pub name: String,
    /// The last word of its name and of each listed spelling: "Zelensky", "Zelenskyy".
    pub surnames: Vec<String>,
}

/// A set of words, lower case, hashed with FxHash: looked up at every word of every report.
pub type WordSet = std::collections::HashSet<String, rustc_hash::FxBuildHasher>;
/// Words, lower case, with what each stands for; hashed as [`WordSet`].
pub type WordMap<V> = std::collections::HashMap<String, V, rustc_hash::FxBuildHasher>;

/// The words around a physical reading (`[readings]` in the lexicon), lower case.
#[derive(Clone, Debug, Default)]
pub struct ReadingWords {
    /// The most somewhere, not the whole's reading: "in places", "parts of".
    pub local: WordSet,
    /// After "some", a local figure: "some coastal areas".
    pub some: WordSet,
    /// Before "record", another occasion's: "the old record".
    pub old_record: WordSet,
    /// Near the figure, what is usual or a moment after a storm's peak: "normal", "weakened".
    pub usual: WordSet,
    /// Right after the unit, a distance to a place: "from", "north".
    pub distance: WordSet,
    /// Before the figure in its clause, one of many told by its rank: "largest", "first".
    pub rank: WordSet,
    /// Right after the unit, the aspect measured: "high", "wide".
    pub aspect: WordSet,
    /// Right after the unit (or after "in"), gusts: "gusts".
    pub gust_nouns: WordSet,
    /// Just before the figure, gusts: "gusting".
    pub gust_verbs: WordSet,
    /// Anywhere in the clause, a forecast or a warning: "could", "warned".
    pub forecast: WordSet,
    /// Nouns that only name a dimension and stand for the subject of their verb: "speeds".
    pub generic: WordSet,
    /// Words after a unit that are no noun measured: "overnight", "apart".
    pub not_after_unit: WordSet,
    /// Verbs whose object is the extent of their subject: "the fire has burned 12,000 acres".
    pub extent: WordSet,
}

/// The whole lexicon, compiled for matching.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    pub classes: Vec<CountedClass>,
    pub actions: Vec<Action>,
    pub hedges: Vec<HedgeEntry>,
    pub vague: Vec<VagueEntry>,
    pub offices: Vec<Office>,
    pub jurisdictions: Vec<Jurisdiction>,
    pub places: Vec<Place>,
    /// The ways a place is written ("Kyiv", "Kiev", "the Ukrainian capital"), case-insensitive.
    pub place_forms: PhraseTable<usize>,
    pub people: Vec<Person>,
    /// Each person's index in `people`, by id.
    pub person_ids: WordMap<usize>,
    /// Kinds of events ("earthquake", "flood"), and the words that name them.
    pub topics: Vec<Topic>,
    pub topic_forms: PhraseTable<usize>,
    pub abbreviations: Vec<String>,
    /// Words that open a sentence after an abbreviation that can end one ("… as of 1:20 p.m.
    /// The figure …").
    pub sentence_openers: Vec<String>,
    /// Words, lower case, that name a nation, its people or a wide region ("ukraine",
    /// "russians", "caribbean"): reports of different events share them, so they weigh less
    /// when reports are grouped into stories by their names.
    pub broad_names: WordSet,
    /// Words, lower case, that say the name after them is a person's ("chair Lina Harlow",
    /// "Senator Tarlo Venn"), for people and offices the lexicon does not know.
    pub title_heads: WordSet,
    /// Words, lower case, that join a title before its head: "majority", "assistant".
    pub title_modifiers: WordSet,
    /// Words, lower case, of an office's portfolio after "for": "foreign", "affairs", "climate".
    pub portfolio_words: WordSet,
    /// Title words, lower case, that are forms of address and name no office: "mr", "dr".
    pub honorifics: WordSet,
    /// Title words, lower case, that go with one name alone ("pope", "patriarch").
    pub single_name_titles: WordSet,
    /// Last words of titles that go with a surname alone ("Speaker Venn").
    pub surname_titles: WordSet,
    /// Verbs of leaving an office ("resigned", "stepped down").
    pub leaving_office: PhraseTable<()>,
    /// The words around a physical reading that tell what it is.
    pub readings: ReadingWords,
    /// Words that make an amount others' estimate: "analysts", "consensus", "Wall Street".
    pub estimate_forms: PhraseTable<()>,
    /// Words that hold a result against an estimate: "beating", "above".
    pub estimate_compare: WordSet,
    /// Lower-case forms of title words and titles and the form they stand for ("sen" →
    /// "senator", "chairman" → "chair").
    pub title_synonyms: WordMap<String>,
    /// Plural counted nouns and the noun of their set of synonyms (`counted-synonyms`):
    /// "shops" → "stores".
    pub counted_synonyms: WordMap<String>,
    /// Singular nouns of a whole that holds a count (`count-holders`): "fleet", "traffic".
    pub count_holders: WordSet,
    /// A federation's states by the code a party-state tag gives ("CA", "Calif" without its
    /// full stop): (id, name), e.g. ("US-CA", "California").
    pub subdivisions: WordMap<(String, String)>,
    pub class_nouns: PhraseTable<usize>,
    pub action_forms: PhraseTable<ActionForm>,
    pub hedge_forms: PhraseTable<usize>,
    /// The hedges written after a number ("or more", "at most"), each by its after-entry.
    pub hedge_after_forms: PhraseTable<usize>,
    pub vague_forms: PhraseTable<usize>,
    pub office_forms: PhraseTable<usize>,
    /// Office forms in the plural: "Presidents Donald Trump and Vladimir Putin".
    pub office_plural_forms: PhraseTable<usize>,
    pub qualifier_forms: PhraseTable<Qualifier>,
    /// Matched case-sensitively: "US" is a jurisdiction, "us" is not.
    pub jurisdiction_forms: PhraseTable<usize>,
    /// Full names and aliases, case-sensitive.
    pub person_names: PhraseTable<usize>,
    /// Month names and abbreviations, with the month's number (1 = January).
    pub months: PhraseTable<i8>,
    /// Weekday names, with the day's number (0 = Monday).
    pub weekdays: PhraseTable<i8>,
    /// Nouns for things that last and can be dated: "war", "conflict", "call".
    pub time_subjects: PhraseTable<()>,
    /// Words that introduce a start date: "since", "began", "launched".
    pub start_cues: PhraseTable<()>,
    /// Verbs that tell an event happened ("struck", "occurred"): a date beside them is the
    /// event's.
    pub event_verbs: PhraseTable<()>,
    /// Verbs before a duration that make it how long the event lasted ("took", "lasting").
    pub lasting_verbs: PhraseTable<()>,
    /// Nouns of events a duration may modify ("operation", "heist"), lower case.
    pub event_nouns: Vec<String>,
    /// Units of measure and normalised counted nouns: "tonnes" → ton, "villagers" → person.
    pub unit_forms: PhraseTable<String>,
    /// What each unit of measure measures, and how it converts: by unit id.
    pub units: WordMap<UnitInfo>,
    /// The words of a metric of amounts, lower case with the head noun in the singular ("net
    /// profit", "sale"), and the metric they name ("net-income", "revenue").
    pub metric_forms: WordMap<String>,
    /// The metrics that are rates given as a percentage held by no one named ("turnout was
    /// 61%", "inflation rose to 3.4%"): keyed without a holder.
    pub rate_metrics: std::collections::BTreeSet<String>,
    /// The metrics whose level, a percentage, someone sets or holds: a tariff, a stake, a
    /// central bank's rate ("raised its stake in Tarlo Foods to 15%").
    pub set_metrics: std::collections::BTreeSet<String>,
    /// Rates that are a metric's rise over a year, by that metric's name: "consumer prices
    /// rose 3.4% from a year earlier" is inflation of 3.4% (`consumer-price` → `inflation`).
    pub annual_rises: std::collections::BTreeMap<String, String>,
    /// Rates that are the share of a whole that did something, by the whole and the verb
    /// ("registered voters cast" → turnout): "58% of registered voters cast ballots".
    pub rate_shares: PhraseTable<String>,
    /// Verbs whose amount right after them (or after their object) is a metric's: "fined" →
    /// `fine`.
    pub metric_verbs: std::collections::BTreeMap<String, String>,
    /// Words that give a rate a scope of its own ("among", "excluding", "previous"): a rate
    /// in their sentence is no rate of the whole.
    pub rate_scope: std::collections::BTreeSet<String>,
    /// Unit forms written before the number: "$", "US$", "USD", "Rs".
    pub unit_before: PhraseTable<String>,
    /// Unit forms written in one word with the digits, after them ("1,500km", "512GB") or,
    /// for forms also written before a number, before them ("RM12.40"): exact case first,
    /// then lower case.
    pub unit_glued: WordMap<String>,
    /// Words that stand for the noun of the figure before: "others", "more".
    pub anaphora_forms: PhraseTable<()>,
    /// Words before a number that make it a reading on a scale, not a count: "magnitude",
    /// "category".
    pub scale_before: PhraseTable<()>,
    /// Words after a number that make it a reading on a scale: "magnitude", "on the Richter
    /// scale".
    pub scale_after: PhraseTable<()>,
    /// Verbs of change before a figure: "rose", "fell".
    pub change_forms: PhraseTable<crate::claim::Change>,
    /// Verbs that, with "to" or "at" before a figure, set a measure's level without a change
    /// of their own: "stands at", "bringing the death toll to".
    pub level_verbs: PhraseTable<()>,
    /// Verbs that attribute a figure: "said", "reported".
    pub attribution_verbs: PhraseTable<()>,
    /// Phrases before a source: "according to".
    pub attribution_prefixes: PhraseTable<()>,
    /// Words that mark a figure as a running total ("since").
    pub cumulative_markers: PhraseTable<()>,
    /// Words that make the figures after them in a sentence running totals ("so far this
    /// year").
    pub cumulative_before_markers: PhraseTable<()>,
    /// Words before a figure that make it an increment ("an additional", "another").
    pub additional_markers: PhraseTable<()>,
    /// Words before a figure that make it a subset of the figure before it ("including").
    pub subset_markers: PhraseTable<()>,
    /// Words that put a sentence's figures on another occasion ("in a separate attack").
    pub occasion_markers: PhraseTable<()>,
    /// Words that present the figures after a total as its complete breakdown ("made up of").
    pub breakdown_markers: PhraseTable<()>,
    /// Words that say a figure corrects an earlier one ("revised", "corrected").
    pub correction_markers: PhraseTable<()>,
    /// Head nouns of sources too vague to tell one from another ("officials", "authorities"):
    /// a figure attributed to them counts as unattributed when sources are compared.
    pub generic_sources: Vec<String>,
    measures: BTreeMap<String, (usize, usize)>,
    /// The first words of every phrase table's phrases: one lookup per word of a sentence
    /// tells which tables to ask there.
    vocabulary: Vocabulary,
    /// The bits in [`Token::lex`](crate::text::Token::lex) of a word that may be or begin a
    /// title word: an office's first word, a title's head or its modifier.
    pub title_word_bits: u64,
}

/// What a unit of measure measures: its dimension ("length", "money") and, where units of the
/// dimension convert into each other, its size in the dimension's base unit (`value × factor
/// + offset`: a mile is 1,609.344 metres; a degree Fahrenheit is (F − 32) × 5/9 °C).
#[derive(Clone, Debug, Default)]
pub struct UnitInfo {
    pub dimension: String,
    /// `None` where the dimension's units do not convert (currencies, without a rate).
    pub factor: Option<f64>,
    pub offset: f64,
}

/// One data file: its path as shown to users, and its text.
#[derive(Clone, Debug)]
pub struct DataFile {
    pub path: String,
    pub text: Arc<str>,
}

impl Lexicon {
    /// Compiles the lexicon from its files. Problems are located in the file that has them;
    /// a file with a problem contributes what of it is valid.
    pub fn load(files: &[DataFile]) -> (Lexicon, Vec<Problem>) {
        let (mut lexicon, problems) = spec::compile(files);
        lexicon.index_first_words();
        (lexicon, problems)
    }

    /// Marks each token with the phrase tables a phrase of which begins with it, so that the
    /// other tables are not asked there ([`Vocabulary`]).
    pub fn mark(&self, tokens: &mut [crate::text::Token<'_>]) {
        self.vocabulary.mark(tokens);
    }

    /// Gives each phrase table its bit and gathers their first words. A table left out keeps no
    /// bit and is asked at every word, as before.
    fn index_first_words(&mut self) {
        let mut vocabulary = Vocabulary::default();
        let mut bit = 1u64;
        macro_rules! index {
            ($($table:ident),* $(,)?) => {
                $(
                    for word in self.$table.take_bit(bit) {
                        vocabulary.add(word, bit);
                    }
                    bit <<= 1;
                )*
            };
        }
        index!(
            place_forms,
            topic_forms,
            class_nouns,
            action_forms,
            hedge_forms,
            hedge_after_forms,
            vague_forms,
            office_forms,
            office_plural_forms,
            qualifier_forms,
            jurisdiction_forms,
            person_names,
            months,
            weekdays,
            time_subjects,
            start_cues,
            event_verbs,
            lasting_verbs,
            unit_forms,
            unit_before,
            anaphora_forms,
            scale_before,
            scale_after,
            change_forms,
            level_verbs,
            attribution_verbs,
            attribution_prefixes,
            cumulative_markers,
            cumulative_before_markers,
            additional_markers,
            subset_markers,
            occasion_markers,
            breakdown_markers,
            correction_markers,
        );
        // Title words are single words in sets, not phrases: a bit each for heads and
        // modifiers, with the first words of offices, let a sentence with none of them be
        // passed over by the title readers.
        let (heads, modifiers) = (bit, bit << 1);
        for word in &self.title_heads {
            vocabulary.add(word.clone(), heads);
            // Plurals too: "Senators Ana Brel and Tarlo Venn".
            let plural = if word.ends_with(['s', 'x', 'z']) || word.ends_with("ch") {
                format!("{word}es")
            } else {
                format!("{word}s")
            };
            vocabulary.add(plural, heads);
        }
        for word in &self.title_modifiers {
            vocabulary.add(word.clone(), modifiers);
        }
        bit <<= 2;
        debug_assert!(bit != 0, "more phrase tables than bits");
        self.title_word_bits = heads | modifiers | self.office_forms.bit();
        self.vocabulary = vocabulary;
    }

    /// The measure made of `class` and `action`, when the lexicon declares it.
    pub fn measure(&self, class: usize, action: usize) -> Option<String> {
        let of = &self.classes[class];
        let id = &self.actions[action].id;
        // Counted as another class, read as that class reads the action: people laid off
        // are jobs laid off, which jobs read as cut.
        let class = match of.counts_as.iter().find(|(from, _)| from == id) {
            Some((_, other)) => self.class_index(other)?,
            None => class,
        };
        self.own_measure(class, action)
    }

    /// The measure of a class's figure of an action, as the class reads the action.
    fn own_measure(&self, class: usize, action: usize) -> Option<String> {
        let of = &self.classes[class];
        let id = &self.actions[action].id;
        let id = of
            .reads
            .iter()
            .find(|(from, _)| from == id)
            .map_or(id, |(_, to)| to);
        of.actions.contains(id).then(|| format!("{}.{id}", of.id))
    }

    /// True when `id` names a declared measure.
    pub fn has_measure(&self, id: &str) -> bool {
        self.measures.contains_key(id)
    }

    /// All declared measure ids, sorted.
    pub fn measure_ids(&self) -> impl Iterator<Item = &str> {
        self.measures.keys().map(String::as_str)
    }

    /// How messages name a measure: "drones launched", "people killed"; an open measure (a
    /// noun no class counts, and an action: "girls.missing") by its noun and the action's label.
    pub fn measure_label(&self, id: &str) -> String {
        match self.measures.get(id) {
            Some(&(class, action)) => {
                format!(
                    "{} {}",
                    self.classes[class].label, self.actions[action].label
                )
            }
            None => match id.split_once('.') {
                Some((noun, action)) => match self.action_of_open_count(action) {
                    // "seats.won.of-civic-union" is "Civic Union seats won".
                    Some((action, owner)) => {
                        let owner = owner.map_or(String::new(), |o| format!("{} ", owner_name(o)));
                        format!(
                            "{owner}{} {}",
                            noun.replace('-', " "),
                            self.actions[action].label
                        )
                    }
                    None => self
                        .reading_label(id)
                        .or_else(|| self.metric_label(id))
                        .or_else(|| open_count_label(id, |w| self.is_month_segment(w)))
                        .unwrap_or_else(|| id.replace('.', " ")),
                },
                None => id.to_string(),
            },
        }
    }

    /// The action of an open count's key after its noun ("won", "won.of-civic-union") and
    /// the owner's segment, when nothing else follows.
    fn action_of_open_count<'k>(&self, rest: &'k str) -> Option<(usize, Option<&'k str>)> {
        let (action, owner) = match rest.split_once('.') {
            Some((action, owner)) => (action, Some(owner.strip_prefix("of-")?)),
            None => (rest, None),
        };
        if owner.is_some_and(|o| o.contains('.')) {
            return None;
        }
        Some((self.action_index(action)?, owner))
    }

    /// The dimension of an open measure of a physical reading (`parse::metrics`: "wind.speed",
    /// "rain.length.expected"), whose figures compare once converted to the dimension's base
    /// unit; `None` for any other measure.
    /// The noun naming the set of counted synonyms `noun` is in ("shops" → "stores"), else
    /// `noun` itself.
    pub fn counted_set<'w>(&'w self, noun: &'w str) -> &'w str {
        self.counted_synonyms.get(noun).map_or(noun, String::as_str)
    }

    pub fn reading_dimension<'m>(&self, measure: &'m str) -> Option<&'m str> {
        let dimension = measure.split('.').nth(1)?;
        self.units
            .values()
            .any(|u| u.dimension == dimension && u.factor.is_some())
            .then_some(dimension)
    }

    /// How messages name the open measure of a physical reading: "rain.length" is "rain
    /// (length)", "wind.speed.expected" "expected wind (speed)".
    fn reading_label(&self, id: &str) -> Option<String> {
        let dimension = self.reading_dimension(id)?;
        let head = id.split('.').next()?.replace('-', " ");
        let expected = if id.ends_with(".expected") {
            "expected "
        } else {
            ""
        };
        // "fire.area.of-venn" is "Venn fire (area)".
        let owner = id
            .split('.')
            .find_map(|part| part.strip_prefix("of-"))
            .map(|owner| format!("{} ", owner_name(owner)))
            .unwrap_or_default();
        // "rain.length.within-24h" is "rain in 24 hours (length)".
        let window = id
            .split('.')
            .find_map(|part| part.strip_prefix("within-"))
            .map(|w| match w.strip_suffix('h') {
                Some(hours) => format!(" in {hours} hours"),
                None => format!(" in {}", w.replace('-', " ")),
            })
            .unwrap_or_default();
        Some(format!("{expected}{owner}{head}{window} ({dimension})"))
    }

    /// Whether a segment of a measure is a month ("inflation.percentage.october").
    fn is_month_segment(&self, part: &str) -> bool {
        self.months
            .longest_at(&crate::text::tokens(part, 0), 0)
            .is_some_and(|m| m.len == 1)
    }

    /// Whether a measure names the month its figures are of: then the figures of one measure
    /// are of one month, whatever date words their sentences have.
    pub fn measure_names_month(&self, id: &str) -> bool {
        id.split('.')
            .skip(2)
            .any(|part| self.is_month_segment(part))
    }

    /// How messages name the open measure of an amount of a metric (`parse::metrics`):
    /// "revenue.dollar.expected.q3" is "expected third-quarter revenue (dollar)", and
    /// "part-revenue.dollar" "a part's revenue (dollar)".
    fn metric_label(&self, id: &str) -> Option<String> {
        let mut parts = id.split('.').peekable();
        let head = parts.next()?;
        // A change: "export.rise.percentage.of-norland.on-year" is "export rise of Norland
        // on the year (percentage)".
        let change = parts.next_if(|p| matches!(*p, "rise" | "fall"));
        let unit = parts.next()?;
        self.units.get(unit)?;
        let mut words = Vec::new();
        let mut period = None;
        let mut month = None;
        let mut year = None;
        let mut owner = None;
        let mut base = None;
        // What a tariff is on or a stake in: "on steel imports", "in Tarlo Foods".
        let mut object = None;
        for part in parts {
            match part {
                _ if part.starts_with("of-") => owner = Some(&part[3..]),
                _ if part.starts_with("on-")
                    && !matches!(part, "on-year" | "on-month" | "on-quarter" | "on-week") =>
                {
                    object = Some(format!("on {}", part[3..].replace('-', " ")))
                }
                _ if part.starts_with("in-") => {
                    object = Some(format!("in {}", owner_name(&part[3..])))
                }
                "on-year" => base = Some("on the year".to_string()),
                "on-month" => base = Some("on the month".to_string()),
                "on-quarter" => base = Some("on the quarter".to_string()),
                "on-week" => base = Some("on the week".to_string()),
                _ if part.starts_with("from-") => base = Some(format!("from {}", &part[5..])),
                "expected" => words.push("expected".to_string()),
                "estimate" => words.push("estimated".to_string()),
                "q1" => period = Some("first-quarter"),
                "q2" => period = Some("second-quarter"),
                "q3" => period = Some("third-quarter"),
                "q4" => period = Some("fourth-quarter"),
                "year" => period = Some("full-year"),
                "this-quarter" => period = Some("current-quarter"),
                "next-quarter" => period = Some("next-quarter"),
                "last-quarter" => period = Some("last-quarter"),
                // A rate's month: "inflation in October (percentage)".
                _ if self.is_month_segment(part) => month = Some(part),
                _ if part.len() == 4 && part.bytes().all(|b| b.is_ascii_digit()) => {
                    year = Some(part)
                }
                _ => {}
            }
        }
        words.extend(period.map(str::to_string));
        let head = match head.strip_prefix("part-") {
            Some(rest) => format!("a part's {}", rest.replace('-', " ")),
            None => head.replace('-', " "),
        };
        match change {
            Some(change) => words.push(format!("{head} {change}")),
            None => words.push(head),
        }
        if let Some(owner) = owner {
            words.push(format!("of {}", owner_name(owner)));
        }
        words.extend(object);
        words.extend(base);
        if let Some(month) = month {
            words.push(format!("in {}", capitalised(month)));
        }
        if let Some(year) = year {
            words.push(if month.is_some() {
                year.to_string()
            } else {
                format!("in {year}")
            });
        }
        Some(format!("{} ({})", words.join(" "), unit.replace('-', " ")))
    }

    pub fn class_index(&self, id: &str) -> Option<usize> {
        self.classes.iter().position(|c| c.id == id)
    }

    pub fn action_index(&self, id: &str) -> Option<usize> {
        self.actions.iter().position(|a| a.id == id)
    }

    /// The place a name denotes, by the name written ("Kiev" → Kyiv).
    pub fn place_named(&self, name: &str) -> Option<&Place> {
        let tokens = crate::text::tokens(name, 0);
        let found = self.place_forms.longest_at(&tokens, 0)?;
        (found.len == tokens.len()).then(|| &self.places[*found.value])
    }

    /// Whether the place named `inner` lies within the place named `outer` (directly or through
    /// places between), by the lexicon's `within` links.
    pub fn place_within(&self, inner: &str, outer: &str) -> bool {
        let (Some(inner), Some(outer)) = (self.place_named(inner), self.place_named(outer)) else {
            return false;
        };
        let mut at = inner;
        for _ in 0..16 {
            let Some(parent) = at.within.as_deref() else {
                return false;
            };
            if parent == outer.id {
                return true;
            }
            match self.places.iter().find(|p| p.id == parent) {
                Some(next) => at = next,
                None => return false,
            }
        }
        false
    }

    /// Whether a measure's action is a rolling toll.
    pub fn is_rolling(&self, measure: &str) -> bool {
        self.action_of_measure(measure)
            .is_some_and(|action| self.actions[action].rolling)
    }

    /// True for counts of one day: "flights cancelled".
    pub fn is_daily(&self, measure: &str) -> bool {
        self.action_of_measure(measure)
            .is_some_and(|action| self.actions[action].daily)
    }

    /// True for rolling counts that fall as well as rise: "people missing".
    pub fn falls(&self, measure: &str) -> bool {
        self.action_of_measure(measure)
            .is_some_and(|action| self.actions[action].falls)
    }

    /// The action of a measure, declared or open (an open measure, "girls.missing", rolls as
    /// its action does).
    fn action_of_measure(&self, measure: &str) -> Option<usize> {
        match self.measures.get(measure) {
            Some(&(_, action)) => Some(action),
            None => measure
                .split('.')
                .nth(1)
                .and_then(|action| self.action_index(action)),
        }
    }

    /// The person with this id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.person_ids.get(id).map(|&index| &self.people[index])
    }

    /// The person whose full name or alias is exactly `name`.
    pub fn person_by_name(&self, name: &str) -> Option<&Person> {
        let tokens = crate::text::tokens(name, 0);
        let found = self.person_names.longest_at(&tokens, 0)?;
        (found.len == tokens.len()).then(|| &self.people[*found.value])
    }

    pub fn jurisdiction_name(&self, id: &str) -> Option<&str> {
        self.jurisdictions
            .iter()
            .find(|j| j.id == id)
            .map(|j| j.name.as_str())
    }
}

/// A word with its first letter in upper case: "october" → "October".
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// An owner segment's name as a reader writes it: "port-essel" → "Port Essel".
fn owner_name(owner: &str) -> String {
    owner
        .split('-')
        .map(|w| {
            // "Bank of Essel", not "Bank Of Essel".
            if matches!(w, "of" | "the" | "and" | "for") {
                w.to_string()
            } else {
                capitalised(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// How messages name an open count (`parse::metrics::open_count`): "vehicles.deliver.
/// of-harlow-motors.q3" is "third-quarter Harlow Motors vehicles (deliver)", its subject and
/// noun, then the verb's stem.
fn open_count_label(id: &str, is_month: impl Fn(&str) -> bool) -> Option<String> {
    let mut parts = id.split('.');
    let counted = parts.next()?;
    let verb = parts.next()?;
    // Whose count, written before it: "vehicles.deliver.of-harlow-motors" is "Harlow Motors
    // vehicles (deliver)".
    let owner = id
        .split('.')
        .skip(2)
        .find_map(|part| part.strip_prefix("of-"))
        .map(|owner| format!("{} ", owner_name(owner)))
        .unwrap_or_default();
    let parts = parts.filter(|part| !part.starts_with("of-"));
    // A count recorded or had, with its place and occasion: "burglaries.count.in-harlow.
    // last-year" is "burglaries in Harlow, last year (count)".
    if verb == "count" {
        let mut label = format!("{owner}{}", counted.replace('-', " "));
        let mut when = Vec::new();
        for part in parts {
            match part.strip_prefix("in-") {
                Some(place) => {
                    label.push_str(" in ");
                    label.push_str(&owner_name(place));
                }
                None => when.extend(part.split('-').map(|w| {
                    if is_month(w) {
                        capitalised(w)
                    } else {
                        w.to_string()
                    }
                })),
            }
        }
        if !when.is_empty() {
            label.push_str(", ");
            label.push_str(&when.join(" "));
        }
        return Some(format!("{label} (count)"));
    }
    let mut words = Vec::new();
    for part in parts {
        match part {
            "expected" => words.push("expected"),
            "estimate" => words.push("estimated"),
            "q1" => words.push("first-quarter"),
            "q2" => words.push("second-quarter"),
            "q3" => words.push("third-quarter"),
            "q4" => words.push("fourth-quarter"),
            "year" => words.push("full-year"),
            "this-quarter" => words.push("current-quarter"),
            "next-quarter" => words.push("next-quarter"),
            "last-quarter" => words.push("last-quarter"),
            _ => return None,
        }
    }
    let owned = format!("{owner}{}", counted.replace('-', " "));
    words.push(&owned);
    Some(format!("{} ({verb})", words.join(" ")))
}

/// A span in a data file, for located errors.
pub(crate) fn spanned(
    text: &Arc<str>,
    path: &str,
    span: std::ops::Range<usize>,
    message: String,
) -> Problem {
    Problem::new(path, message).at(text, Span::new(span.start, span.end))
}

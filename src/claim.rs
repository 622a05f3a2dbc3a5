//! The claims a report makes: what the parser produces and what rules read.

// Claims hold many short strings (units, classes, actions, sources, the words of the claim):
// `CompactString` keeps those of up to 24 bytes inline, so that a claim costs few allocations.
pub use compact_str::CompactString;
use serde::Serialize;

use crate::span::Span;

/// Index of a report in the run's report list.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
pub struct ReportIndex(pub usize);

/// One claim, located in the file it came from.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Claim {
    pub report: ReportIndex,
    /// The words of the claim, as a byte span into the file on disk.
    pub span: Span,
    /// The sentence the claim stands in.
    pub sentence: Span,
    pub text: CompactString,
    pub kind: ClaimKind,
}

#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ClaimKind {
    // The larger kinds are boxed so that a claim of any kind is small: an archive holds
    // millions of claims, and about half of them are not quantities.
    Quantity(Box<Quantity>),
    Role(Box<Role>),
    /// A person's name as written, with or without a title.
    Name(NameMention),
    /// A duration or an ordinal year: "a two-hour call", "now in its third year".
    Elapsed(Box<Elapsed>),
    /// A calendar reference: "February 2022", "on Thursday", "overnight".
    Date(DateRef),
}

impl ClaimKind {
    pub fn name(&self) -> &'static str {
        match self {
            ClaimKind::Quantity(_) => "quantity",
            ClaimKind::Role(_) => "role",
            ClaimKind::Name(_) => "name",
            ClaimKind::Elapsed(_) => "elapsed",
            ClaimKind::Date(_) => "date",
        }
    }
}

/// A known person's name as written: "Zelenskyy", "Donald Trump".
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct NameMention {
    pub person: CompactString,
    pub written: CompactString,
}

/// A unit of elapsed time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimeUnit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl TimeUnit {
    /// Reads a unit word in any number: "year", "years", "hour".
    pub fn parse(word: &str) -> Option<TimeUnit> {
        // Called on most tokens: words that cannot be a unit are turned away on their first
        // letter, and a word already in lower case is not copied.
        if !word
            .bytes()
            .next()
            .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'm' | b'h' | b'd' | b'w' | b'y'))
        {
            return None;
        }
        let lower = if word.chars().any(char::is_uppercase) {
            std::borrow::Cow::Owned(word.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(word)
        };
        Some(match lower.trim_end_matches('s') {
            "minute" | "min" => TimeUnit::Minute,
            "hour" | "hr" => TimeUnit::Hour,
            "day" => TimeUnit::Day,
            "week" => TimeUnit::Week,
            "month" => TimeUnit::Month,
            "year" | "yr" => TimeUnit::Year,
            _ => return None,
        })
    }

    /// Minutes in one of this unit (a month is a twelfth of a year of 365.25 days): spans
    /// written in different units are compared in minutes.
    pub fn minutes(self) -> f64 {
        match self {
            TimeUnit::Minute => 1.0,
            TimeUnit::Hour => 60.0,
            TimeUnit::Day => 1_440.0,
            TimeUnit::Week => 10_080.0,
            TimeUnit::Month => 43_830.0,
            TimeUnit::Year => 525_960.0,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            TimeUnit::Minute => "minute",
            TimeUnit::Hour => "hour",
            TimeUnit::Day => "day",
            TimeUnit::Week => "week",
            TimeUnit::Month => "month",
            TimeUnit::Year => "year",
        }
    }
}

/// A duration or ordinal period.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Elapsed {
    /// The number as written: 3 for "three-year" and for "third year".
    pub number: f64,
    pub unit: TimeUnit,
    /// True for "in its third year", false for "the three-year war".
    pub ordinal: bool,
    pub hedge: Hedge,
    /// The elapsed time the words allow, in `unit`s: "third year" is [2, 3), "nearly four-year-long"
    /// [3.6, 4). A bare cardinal ("three-year war") is read as rounded or truncated: [2.5, 4).
    pub interval: Interval,
    /// What lasted: "war", "conflict", "call", when the sentence says.
    pub subject: Option<CompactString>,
    /// The ids of the record's long events the subject may mean, given the words of the whole
    /// report ("the war" in a report that mentions Ukraine). Read at extraction, so rules never
    /// need the report's text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub record_events: Vec<String>,
    /// True when the duration is how long the report's event lasted: "the heist took four
    /// minutes", "lasting seven minutes", "a four-minute operation".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub of_event: bool,
    /// True when the span places a moment rather than measures something: "after 34
    /// minutes", "in three months", "two years ago", "the previous two months", "for the
    /// first time in 27 years". Not "jailed for 12 years", "after 18 months of talks".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub placing: bool,
}

/// A calendar reference, resolved against the publication date later.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct DateRef {
    pub expr: DateExpr,
    /// True when the date is given as the start of something: "since February 2022",
    /// "launched in February 2022".
    pub is_start: bool,
    /// The thing that started, when the sentence names it ("invasion", "war").
    pub subject: Option<CompactString>,
    /// True when the date is when something was said ("officials said Tuesday that …"): it
    /// dates the statement, not the figures of the sentence.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub of_statement: bool,
    /// The kind of event the date is the day of, when its clause says the event happened: a
    /// topic's label ("earthquake") or "event" after a verb alone ("it struck on Tuesday").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<CompactString>,
}

/// What a date expression says, before the publication date resolves it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(tag = "form", rename_all = "kebab-case")]
pub enum DateExpr {
    /// "24 February 2022", "February 24, 2022".
    Day {
        year: i16,
        month: i8,
        day: i8,
    },
    /// "February 24", "Feb. 24": the most recent such day on or before publication.
    MonthDay {
        month: i8,
        day: i8,
    },
    /// "February 2022".
    Month {
        year: i16,
        month: i8,
    },
    /// "in February": the most recent such month on or before publication.
    MonthOnly {
        month: i8,
    },
    /// "in 2022".
    Year {
        year: i16,
    },
    /// "on Thursday", "early Friday": the most recent such weekday on or before publication
    /// (0 = Monday).
    Weekday {
        weekday: i8,
    },
    /// "overnight": the night before publication.
    Overnight,
    Yesterday,
    Today,
    /// "over the weekend": the most recent Saturday and Sunday before publication.
    Weekend,
    /// "last week": the previous calendar week, Monday to Sunday.
    LastWeek,
    /// "last month", "last year".
    LastMonth,
    LastYear,
}

impl DateExpr {
    /// The expression in words, as the claims view prints it: "24 February 2022", "Friday",
    /// "February 2022", "overnight".
    pub fn describe(&self) -> String {
        use crate::time::{MONTHS, WEEKDAYS};
        let month = |m: i8| {
            MONTHS
                .get(usize::try_from(m - 1).unwrap_or(usize::MAX))
                .copied()
                .unwrap_or("?")
        };
        match *self {
            DateExpr::Day {
                year,
                month: m,
                day,
            } => format!("{day} {} {year}", month(m)),
            DateExpr::MonthDay { month: m, day } => format!("{day} {}", month(m)),
            DateExpr::Month { year, month: m } => format!("{} {year}", month(m)),
            DateExpr::MonthOnly { month: m } => month(m).to_string(),
            DateExpr::Year { year } => year.to_string(),
            DateExpr::Weekday { weekday } => WEEKDAYS
                .get(usize::try_from(weekday).unwrap_or(usize::MAX))
                .copied()
                .unwrap_or("?")
                .to_string(),
            DateExpr::Overnight => "overnight".into(),
            DateExpr::Yesterday => "yesterday".into(),
            DateExpr::Today => "today".into(),
            DateExpr::Weekend => "the weekend".into(),
            DateExpr::LastWeek => "last week".into(),
            DateExpr::LastMonth => "last month".into(),
            DateExpr::LastYear => "last year".into(),
        }
    }

    /// True when the expression names its date whatever the publication date.
    pub fn is_absolute(&self) -> bool {
        matches!(
            self,
            DateExpr::Day { .. } | DateExpr::Month { .. } | DateExpr::Year { .. }
        )
    }
}

/// A number of something: "at least 14 people were killed", "653 drones", "a 30-day pause".
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Quantity {
    /// The value as stated, before the hedge: 14 for "at least 14".
    pub number: f64,
    /// Both ends of a stated range ("between 10 and 12").
    pub range: Option<[f64; 2]>,
    pub hedge: Hedge,
    /// What the hedge means: the values the claim allows.
    pub interval: Interval,
    /// The normalised unit: the counted class's unit ("drone", "person") or a measure unit ("day").
    pub unit: Option<CompactString>,
    /// The counted noun phrase as written, or as inherited by ellipsis.
    pub counted: Option<CompactString>,
    /// True when the counted noun was not written next to the number but carried over
    /// ("an additional 58 neutralized" counts drones).
    pub counted_inherited: bool,
    /// The counted class from the lexicon ("drones", "people").
    pub class: Option<CompactString>,
    /// The action from the lexicon ("launched", "killed").
    pub action: Option<CompactString>,
    /// The lexicon measure: class and action ("drones.launched"), when the lexicon declares it.
    pub measure: Option<CompactString>,
    /// How the figure relates to the other figures of its sentence.
    pub role: QuantityRole,
    /// Whose things are counted, from a nationality word in the noun phrase ("Ukrainian drones").
    pub owner: Option<CompactString>,
    /// Who did it, when the sentence names a country or organisation before the action
    /// ("Russia launched").
    pub actor: Option<CompactString>,
    /// Where, from a place phrase in the same sentence ("in the Kyiv region").
    pub place: Option<CompactString>,
    /// True for running totals over a long period ("since the invasion began").
    pub cumulative: bool,
    /// A difference rather than a level: "rose by 5%" is up, "fell 3 points" down, "fell to 25"
    /// a level (none).
    pub change: Option<Change>,
    /// Who the sentence attributes the figure to: "the air force", "Russia's Defence Ministry".
    pub source: Option<CompactString>,
    /// True when the source opens its sentence and its first word is no name the lexicon
    /// knows, so that its capital says nothing ("Rescue workers said"): the source is written
    /// as it is, and this tells whether its first capital names someone.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub source_opens_sentence: bool,
    /// When, as the sentence says it ("overnight", "on Thursday"); resolved against the
    /// publication date in JSON output.
    pub when: Option<When>,
    /// A different occasion the sentence names ("in a separate attack", "in September 2024"):
    /// the figure is about that occasion, not the report's own event.
    pub occasion: Option<CompactString>,
    /// True when the figure's sentence says it corrects or revises an earlier figure
    /// ("revised down", "corrected"): a lower toll that is not a stale one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub revises: bool,
    /// True when the words between this figure and the next figure of its sentence open a
    /// complete breakdown of it: a colon, a dash, or a marker such as "made up of".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub breakdown_follows: bool,
    /// True when the figure is in a heading line (a Markdown heading, or a line in title case):
    /// a headline sums up its report, and its body says the figure exactly.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub headline: bool,
    /// True for a word of rough size rather than a number: "dozens", "hundreds".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub vague: bool,
    /// The nation that reports the figure ("Haiti's government said"), when the figure has no
    /// place of its own: its place once the report shows figures of several nations
    /// (`parse::extract`), and dropped then.
    #[serde(skip)]
    pub reporting_nation: Option<CompactString>,
}

impl Quantity {
    /// The occasion as compared: a date's words without the preposition that introduced them
    /// ("in 2025", "during 2025" and "for 2025" are one year's).
    pub fn occasion_key(&self) -> Option<&str> {
        let occasion = self.occasion.as_deref()?;
        Some(
            ["in ", "during ", "for "]
                .iter()
                .find_map(|p| occasion.strip_prefix(p))
                .unwrap_or(occasion),
        )
    }

    /// True when the figure is a level of its measure: a total, and no change unless its
    /// measure is itself a change ("exports rose 7.2%" has `export.rise.percentage`, whose
    /// levels are rises; "the toll rose by 6" is no level of `people.killed`).
    pub fn is_level(&self) -> bool {
        self.role == QuantityRole::Total
            && (self.change.is_none()
                || self
                    .measure
                    .as_deref()
                    .and_then(|m| m.split('.').nth(1))
                    .is_some_and(|kind| matches!(kind, "rise" | "fall")))
    }
}

/// A figure that states a difference rather than a level: "rose by 5%", "fell 3 points".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    Up,
    Down,
}

/// A time expression attached to a figure.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct When {
    pub expr: DateExpr,
    pub span: Span,
}

/// How a figure relates to the rest of its sentence; only totals are compared for agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuantityRole {
    /// A figure standing on its own: "Russia launched 653 drones".
    Total,
    /// The part in a partitive: "35" in "35 of the 108 drones".
    Part,
    /// The whole in a partitive: "108" in "35 of the 108 drones".
    Whole,
    /// A subset of another figure: "including two children", "with three in the Kyiv region".
    Subset,
    /// An increment on another figure: "an additional 58", "another 12".
    Additional,
    /// A duration or size used as a modifier: "a 30-day pause", "a two-hour call".
    Modifier,
}

/// The hedge on a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hedge {
    Exact,
    Approx,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Range,
}

impl Hedge {
    pub fn parse(name: &str) -> Option<Hedge> {
        Some(match name {
            "exact" => Hedge::Exact,
            "approx" => Hedge::Approx,
            "at-least" => Hedge::AtLeast,
            "more-than" => Hedge::MoreThan,
            "at-most" => Hedge::AtMost,
            "less-than" => Hedge::LessThan,
            "range" => Hedge::Range,
            _ => return None,
        })
    }

    pub const NAMES: &'static [&'static str] = &[
        "exact",
        "approx",
        "at-least",
        "more-than",
        "at-most",
        "less-than",
        "range",
    ];
}

/// The values a hedged figure allows. `None` ends are open.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Interval {
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub inclusive: [bool; 2],
}

impl Interval {
    pub fn exact(value: f64) -> Interval {
        Interval {
            low: Some(value),
            high: Some(value),
            inclusive: [true, true],
        }
    }

    /// True when no value satisfies both intervals.
    pub fn is_disjoint(&self, other: &Interval) -> bool {
        strictly_below(self, other) || strictly_below(other, self)
    }

    /// Renders the interval in the usual notation: `[14, ∞)`, `[540, 600)`, `550`.
    pub fn notation(&self) -> String {
        if let (Some(low), Some(high)) = (self.low, self.high)
            && low == high
        {
            return format_number(low);
        }
        let open = if self.inclusive[0] && self.low.is_some() {
            '['
        } else {
            '('
        };
        let close = if self.inclusive[1] && self.high.is_some() {
            ']'
        } else {
            ')'
        };
        let low = self.low.map_or("-∞".to_string(), format_number);
        let high = self.high.map_or("∞".to_string(), format_number);
        format!("{open}{low}, {high}{close}")
    }
}

/// True when every value of `a` lies below every value of `b`.
fn strictly_below(a: &Interval, b: &Interval) -> bool {
    match (a.high, b.low) {
        (Some(high), Some(low)) => {
            high < low || (high == low && !(a.inclusive[1] && b.inclusive[0]))
        }
        _ => false,
    }
}

/// Formats a number the way a report would print it: integers without a fraction,
/// thousands separated by commas.
pub fn format_number(value: f64) -> String {
    if value.is_infinite() {
        return if value > 0.0 {
            "∞".into()
        } else {
            "-∞".into()
        };
    }
    if value.fract() == 0.0 && value.abs() < 1e15 {
        let digits = format!("{}", value.abs() as u64);
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        if value < 0.0 {
            grouped.insert(0, '-');
        }
        grouped
    } else {
        let text = format!("{value:.4}");
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A person given a title: "former US President Donald Trump".
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Role {
    /// How the title is written.
    pub form: RoleForm,
    /// The person's canonical id from the lexicon, or the name as written when unknown.
    pub person: CompactString,
    /// The name as written.
    pub name: CompactString,
    /// The office id from the lexicon ("president").
    pub office: CompactString,
    /// The office as written ("President").
    pub office_text: CompactString,
    /// The jurisdiction or organisation ("US"), when the title names one.
    pub jurisdiction: Option<CompactString>,
    pub qualifier: Qualifier,
    /// For a bare title resolved with the record of facts: the fact used, with its source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_by: Option<CompactString>,
    /// The office is the title's own words, normalised ("majority-whip"), not one the lexicon
    /// lists.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub open: bool,
}

/// How a title is attached to its person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoleForm {
    /// Before the name: "Russian President Vladimir Putin".
    Prenominal,
    /// After the name, between commas: "Rafael Grossi, the Director General of the IAEA".
    Appositive,
    /// A title with no name, resolved to a person: "the president".
    Bare,
    /// "his predecessor Joe Biden": a former holder of the office of the person named before.
    Predecessor,
}

impl RoleForm {
    /// The form's name, as JSON writes it.
    pub fn name(self) -> &'static str {
        match self {
            RoleForm::Prenominal => "prenominal",
            RoleForm::Appositive => "appositive",
            RoleForm::Bare => "bare",
            RoleForm::Predecessor => "predecessor",
        }
    }
}

/// How a title stands in time relative to the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// No qualifier: the person holds the office now.
    Current,
    Former,
    Acting,
    Deputy,
    Elect,
    /// "then-President": held the office at the time the sentence speaks of.
    Then,
    /// "the late …": the person has died.
    Late,
    Outgoing,
    /// "interim": holds the office until a holder is chosen; acting, as the rules read it.
    Interim,
    /// "caretaker": holds the office until a government is formed; acting, as the rules read it.
    Caretaker,
    /// "-designate": chosen, not yet confirmed or sworn in; elect, as the rules read it.
    Designate,
    /// "incoming": to take the office; elect, as the rules read it.
    Incoming,
    /// "new", "newly appointed": holds the office now, lately taken.
    New,
}

impl Qualifier {
    pub fn parse(name: &str) -> Option<Qualifier> {
        Some(match name {
            "current" => Qualifier::Current,
            "former" => Qualifier::Former,
            "acting" => Qualifier::Acting,
            "deputy" => Qualifier::Deputy,
            "elect" => Qualifier::Elect,
            "then" => Qualifier::Then,
            "late" => Qualifier::Late,
            "outgoing" => Qualifier::Outgoing,
            "interim" => Qualifier::Interim,
            "caretaker" => Qualifier::Caretaker,
            "designate" => Qualifier::Designate,
            "incoming" => Qualifier::Incoming,
            "new" => Qualifier::New,
            _ => return None,
        })
    }

    pub const NAMES: &'static [&'static str] = &[
        "current",
        "former",
        "acting",
        "deputy",
        "elect",
        "then",
        "late",
        "outgoing",
        "interim",
        "caretaker",
        "designate",
        "incoming",
        "new",
    ];

    /// What the qualifier says of the time for the rules: an interim or caretaker holder is
    /// acting, a designate or incoming one elect, a new one current. The word itself stays
    /// on the claim, as the report wrote it.
    pub fn sense(self) -> Qualifier {
        match self {
            Qualifier::Interim | Qualifier::Caretaker => Qualifier::Acting,
            Qualifier::Designate | Qualifier::Incoming => Qualifier::Elect,
            Qualifier::New => Qualifier::Current,
            q => q,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Qualifier::Current => "current",
            Qualifier::Former => "former",
            Qualifier::Acting => "acting",
            Qualifier::Deputy => "deputy",
            Qualifier::Elect => "elect",
            Qualifier::Then => "then",
            Qualifier::Late => "late",
            Qualifier::Outgoing => "outgoing",
            Qualifier::Interim => "interim",
            Qualifier::Caretaker => "caretaker",
            Qualifier::Designate => "designate",
            Qualifier::Incoming => "incoming",
            Qualifier::New => "new",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closed(low: f64, high: f64) -> Interval {
        Interval {
            low: Some(low),
            high: Some(high),
            inclusive: [true, true],
        }
    }

    #[test]
    fn disjoint_respects_open_ends() {
        let at_least_14 = Interval {
            low: Some(14.0),
            high: None,
            inclusive: [true, false],
        };
        assert!(!at_least_14.is_disjoint(&Interval::exact(16.0)));
        assert!(at_least_14.is_disjoint(&Interval::exact(12.0)));
        let nearly_600 = Interval {
            low: Some(540.0),
            high: Some(600.0),
            inclusive: [true, false],
        };
        assert!(nearly_600.is_disjoint(&Interval::exact(600.0)));
        assert!(!nearly_600.is_disjoint(&closed(598.0, 598.0)));
    }

    #[test]
    fn notation_reads_like_maths() {
        assert_eq!(Interval::exact(12000.0).notation(), "12,000");
        assert_eq!(closed(10.0, 12.0).notation(), "[10, 12]");
        let more_than = Interval {
            low: Some(100.0),
            high: None,
            inclusive: [false, false],
        };
        assert_eq!(more_than.notation(), "(100, ∞)");
        assert_eq!(format_number(1.5), "1.5");
    }
}

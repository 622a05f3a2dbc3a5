//! Figures as reports state them: a number with a hedge, and the values each hedge allows.
//!
//! The intervals follow the hedges of the shipped lexicon (rules/lexicon/hedges.toml), since
//! those are the readings the corpus is written to: "at least N" is N or more, "more than N" is
//! above N, "nearly N" is a little below N (down to 90%), "about N" is within 10% either way.

use super::numbers::{digits, words};
use super::rng::Rng;

/// What a figure counts. The ids are the checker's measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Measure {
    DronesLaunched,
    MissilesLaunched,
    WeaponsLaunched,
    DronesIntercepted,
    MissilesIntercepted,
    DronesJammed,
    DronesBreached,
    Killed,
    Injured,
    ChildrenKilled,
    ChildrenInjured,
    Missing,
    Evacuated,
    Rescued,
}

impl Measure {
    pub const ALL: [Measure; 14] = [
        Measure::DronesLaunched,
        Measure::MissilesLaunched,
        Measure::WeaponsLaunched,
        Measure::DronesIntercepted,
        Measure::MissilesIntercepted,
        Measure::DronesJammed,
        Measure::DronesBreached,
        Measure::Killed,
        Measure::Injured,
        Measure::ChildrenKilled,
        Measure::ChildrenInjured,
        Measure::Missing,
        Measure::Evacuated,
        Measure::Rescued,
    ];

    /// The checker's measure id.
    pub fn id(self) -> &'static str {
        match self {
            Measure::DronesLaunched => "drones.launched",
            Measure::MissilesLaunched => "missiles.launched",
            Measure::WeaponsLaunched => "aerial-weapons.launched",
            Measure::DronesIntercepted => "drones.intercepted",
            Measure::MissilesIntercepted => "missiles.intercepted",
            Measure::DronesJammed => "drones.jammed",
            Measure::DronesBreached => "drones.breached",
            Measure::Killed => "people.killed",
            Measure::Injured => "people.injured",
            Measure::ChildrenKilled => "children.killed",
            Measure::ChildrenInjured => "children.injured",
            Measure::Missing => "people.missing",
            Measure::Evacuated => "people.evacuated",
            Measure::Rescued => "people.rescued",
        }
    }

    /// The short name templates use for the measure's slot: `{k}` for people killed.
    pub fn from_slot(key: &str) -> Option<Measure> {
        Some(match key {
            "dl" => Measure::DronesLaunched,
            "ml" => Measure::MissilesLaunched,
            "wl" => Measure::WeaponsLaunched,
            "di" => Measure::DronesIntercepted,
            "mi" => Measure::MissilesIntercepted,
            "dj" => Measure::DronesJammed,
            "db" => Measure::DronesBreached,
            "k" => Measure::Killed,
            "i" => Measure::Injured,
            "ck" => Measure::ChildrenKilled,
            "ci" => Measure::ChildrenInjured,
            "ms" => Measure::Missing,
            "ev" => Measure::Evacuated,
            "rs" => Measure::Rescued,
            _ => return None,
        })
    }

    /// The nouns a report may count this measure with; the first is the usual one.
    pub fn nouns(self) -> &'static [&'static str] {
        match self {
            Measure::DronesLaunched
            | Measure::DronesIntercepted
            | Measure::DronesJammed
            | Measure::DronesBreached => {
                &["drones", "drones", "attack drones", "Shahed-type drones"]
            }
            Measure::MissilesLaunched | Measure::MissilesIntercepted => &["missiles"],
            Measure::WeaponsLaunched => &["drones and missiles", "missiles and drones"],
            Measure::Killed | Measure::Injured => &["people", "people", "people", "civilians"],
            Measure::Missing | Measure::Evacuated | Measure::Rescued => {
                &["people", "people", "residents"]
            }
            Measure::ChildrenKilled | Measure::ChildrenInjured => &["children"],
        }
    }

    /// The noun for one thing counted, when a figure is 1.
    pub fn singular(self) -> &'static str {
        match self {
            Measure::DronesLaunched
            | Measure::DronesIntercepted
            | Measure::DronesJammed
            | Measure::DronesBreached => "drone",
            Measure::MissilesLaunched | Measure::MissilesIntercepted => "missile",
            Measure::WeaponsLaunched => "aerial weapon",
            Measure::ChildrenKilled | Measure::ChildrenInjured => "child",
            _ => "person",
        }
    }
}

/// The values a figure allows; `None` ends are open. The same shape as the checker's.
#[derive(Clone, Copy, Debug, PartialEq)]
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

    pub fn is_disjoint(&self, other: &Interval) -> bool {
        strictly_below(self, other) || strictly_below(other, self)
    }

    pub fn contains(&self, value: f64) -> bool {
        !self.is_disjoint(&Interval::exact(value))
    }
}

fn strictly_below(a: &Interval, b: &Interval) -> bool {
    match (a.high, b.low) {
        (Some(high), Some(low)) => {
            high < low || (high == low && !(a.inclusive[1] && b.inclusive[0]))
        }
        _ => false,
    }
}

/// A hedge as written before a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Hedge {
    Exact,
    AtLeast(&'static str),
    MoreThan(&'static str),
    /// "nearly", "almost": a little below the number.
    Nearly(&'static str),
    /// "about", "around": either side of the number.
    About(&'static str),
    /// "as many as": the number or fewer.
    AsManyAs(&'static str),
    /// "dozens of": 24 to 99, with no number.
    Dozens,
}

const AT_LEAST: &[&str] = &["at least", "at least", "at least", "no fewer than"];
const MORE_THAN: &[&str] = &["more than", "more than", "more than", "over", "upwards of"];
const NEARLY: &[&str] = &["nearly", "almost", "close to"];
const ABOUT: &[&str] = &["about", "around", "some", "roughly", "approximately"];

/// A figure as one report states it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Statement {
    pub hedge: Hedge,
    pub number: u64,
    /// Written in words ("fourteen") rather than digits.
    pub words: bool,
}

impl Statement {
    pub fn exact(number: u64, rng: &mut Rng) -> Statement {
        Statement {
            hedge: Hedge::Exact,
            number,
            words: prefers_words(number, rng),
        }
    }

    pub fn is_exact(&self) -> bool {
        self.hedge == Hedge::Exact
    }

    pub fn interval(&self) -> Interval {
        let n = self.number as f64;
        match self.hedge {
            Hedge::Exact => Interval::exact(n),
            Hedge::AtLeast(_) => Interval {
                low: Some(n),
                high: None,
                inclusive: [true, false],
            },
            Hedge::MoreThan(_) => Interval {
                low: Some(n),
                high: None,
                inclusive: [false, false],
            },
            Hedge::Nearly(_) => Interval {
                low: Some(n * (1.0 - 0.1)),
                high: Some(n * (1.0 + 0.0)),
                inclusive: [true, false],
            },
            Hedge::About(_) => Interval {
                low: Some(n * (1.0 - 0.1)),
                high: Some(n * (1.0 + 0.1)),
                inclusive: [true, true],
            },
            Hedge::AsManyAs(_) => Interval {
                low: Some(0.0),
                high: Some(n),
                inclusive: [true, true],
            },
            Hedge::Dozens => Interval {
                low: Some(24.0),
                high: Some(99.0),
                inclusive: [true, true],
            },
        }
    }

    /// The hedge and number: "at least 14", "nearly 600", "dozens".
    pub fn number_text(&self) -> String {
        let number = if self.words {
            words(self.number).unwrap_or_else(|| digits(self.number))
        } else {
            digits(self.number)
        };
        match self.hedge {
            Hedge::Exact => number,
            Hedge::AtLeast(h)
            | Hedge::MoreThan(h)
            | Hedge::Nearly(h)
            | Hedge::About(h)
            | Hedge::AsManyAs(h) => format!("{h} {number}"),
            Hedge::Dozens => "dozens".to_string(),
        }
    }

    /// The hedge, number and noun: "at least 14 people", "dozens of people".
    pub fn phrase(&self, noun: &str, singular: &str) -> String {
        match self.hedge {
            Hedge::Dozens => format!("dozens of {noun}"),
            _ if self.number == 1 && self.is_exact() => {
                format!("{} {singular}", self.number_text())
            }
            _ => format!("{} {noun}", self.number_text()),
        }
    }
}

/// Reporters spell out small numbers and write larger ones in digits.
pub fn prefers_words(number: u64, rng: &mut Rng) -> bool {
    match number {
        0..=9 => rng.chance(0.85),
        10..=20 => rng.chance(0.3),
        21..=99 => rng.chance(0.08),
        _ => false,
    }
}

/// A statement of `value` that a careful report might print: exact, or hedged so that the hedge
/// still allows the value. `early` reports lean to lower bounds.
pub fn consistent(value: u64, early: bool, rng: &mut Rng) -> Statement {
    let exact = Statement::exact(value, rng);
    if value < 4 {
        return exact;
    }
    let roll = rng.below(100);
    let hedged_share = if early { 70 } else { 40 };
    if roll >= hedged_share {
        return exact;
    }
    let mut candidates: Vec<Statement> = Vec::new();
    // "at least N": N is the value or an earlier, lower count.
    let lower = if early && value > 6 {
        rng.range(value * 6 / 10, value)
    } else {
        value
    };
    candidates.push(hedged(Hedge::AtLeast(rng.choose(AT_LEAST)), lower, rng));
    if let Some(floor) = round_below(value) {
        candidates.push(hedged(Hedge::MoreThan(rng.choose(MORE_THAN)), floor, rng));
    }
    if !early {
        if let Some(ceiling) = round_above_nearly(value) {
            candidates.push(hedged(Hedge::Nearly(rng.choose(NEARLY)), ceiling, rng));
        }
        if let Some(round) = round_about(value) {
            candidates.push(hedged(Hedge::About(rng.choose(ABOUT)), round, rng));
        }
        if (30..=90).contains(&value) && rng.chance(0.2) {
            candidates.push(Statement {
                hedge: Hedge::Dozens,
                number: value,
                words: false,
            });
        }
        if value >= 10 && rng.chance(0.1) {
            candidates.push(hedged(
                Hedge::AsManyAs(rng.choose(&["as many as", "up to"])),
                value,
                rng,
            ));
        }
    }
    let statement = *rng.pick(&candidates);
    debug_assert!(statement.interval().contains(value as f64));
    statement
}

fn hedged(hedge: Hedge, number: u64, rng: &mut Rng) -> Statement {
    Statement {
        hedge,
        number,
        words: prefers_words(number, rng) && number < 20,
    }
}

/// A round number below the value, for "more than": 23 → 20, 598 → 550 or 500.
fn round_below(value: u64) -> Option<u64> {
    let step = round_step(value);
    let floor = (value - 1) / step * step;
    (floor > 0 && floor < value).then_some(floor)
}

/// A round number just above the value, for "nearly": 598 → 600, 47 → 50.
fn round_above_nearly(value: u64) -> Option<u64> {
    let step = round_step(value);
    let ceiling = value.div_ceil(step) * step;
    // Keep clear of the edge of the hedge's 10% band.
    (ceiling > value && (value as f64) >= ceiling as f64 * 0.92).then_some(ceiling)
}

/// A round number near the value, for "about": 131 → 130, 968 → 1,000.
fn round_about(value: u64) -> Option<u64> {
    let step = round_step(value);
    let round = (value + step / 2) / step * step;
    let gap = (round as f64 - value as f64).abs();
    (round > 0 && round != value && gap <= round as f64 * 0.07).then_some(round)
}

fn round_step(value: u64) -> u64 {
    match value {
        0..=30 => 5,
        31..=200 => 10,
        201..=1000 => 50,
        1001..=5000 => 100,
        _ => 1000,
    }
}

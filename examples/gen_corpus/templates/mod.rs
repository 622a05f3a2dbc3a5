//! Sentence and paragraph templates, and the small slot language they are written in.
//!
//! A template is text with slots in braces. `^` before a slot's name capitalises what it writes.
//!
//! - Figures: `{k}` "14 people" (the report's statement of people killed, hedge included),
//!   `{k:n}` "14" (number and hedge, the noun left to the sentence), `{k:x}` the exact number.
//!   A prefix names another occasion: `e.` an earlier attack, `s.` a separate attack the same
//!   night, `c.` a running total, `u.` Ukrainian drones downed by Russia, `w.` the planted second
//!   figure. A suffix gives the figure's role when it is not a total: `/part` ("35 of the
//!   drones"), `/whole` ("108" in "35 of the 108 drones"), `/add` ("a further 60"), `/sub`
//!   ("with 40 still missing"). Measures: `dl` `ml` `wl`
//!   (drones, missiles, both, launched), `di` `mi` (intercepted), `dj` (jammed), `db` (got
//!   through), `k` `i` (people killed, injured), `ck` `ci` (children killed, injured), `ms`
//!   (missing), `ev` (evacuated), `rs` (rescued).
//! - People: `{T:zelensky}` title and name on the publication day, `{F:johnson}` a former title,
//!   `{N:putin}` the name, `{S:putin}` the surname, `{W}` the planted wrong title, `{V}` the
//!   planted second spelling, `{gov}` and `{mayor}` the invented officials with their titles,
//!   `{gov_variant}` the governor's planted second spelling.
//! - Time: `{ord:war}` "fourth" (the war's year), `{card:war}` "three" (whole years),
//!   `{start:war}` "February 2022"; `:sudan` for Sudan's war.
//! - Words: `{city}`, `{DATELINE}`, `{weekday}` (the event's), `{pubday}`, `{num:3-40}`,
//!   `{word:2-6}`, `{pick:a|b|c}` and the others in `compose.rs`.

mod attack;
mod common;
mod disaster;
mod sudan;

use super::figures::Measure;
use super::plan::{Fact, Kind, Occasion};

/// How a figure slot writes its figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Hedge, number and noun: "at least 14 people".
    Phrase,
    /// Hedge and number: "at least 14".
    Number,
    /// The exact number: "14".
    Bare,
}

/// A figure's role in its sentence, as the checker reads it; only totals are compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureRole {
    Total,
    Part,
    /// The whole of a partitive: "108" in "35 of the 108 drones".
    Whole,
    Additional,
    Subset,
}

#[derive(Clone, Copy, Debug)]
pub enum Slot {
    Figure {
        fact: Fact,
        form: Form,
        role: FigureRole,
    },
    Second {
        measure: Measure,
        form: Form,
        role: FigureRole,
    },
    Title(&'static str),
    Former(&'static str),
    Name(&'static str),
    Surname(&'static str),
    Wrong,
    Governor,
    GovernorVariant,
    Mayor,
    WarYear {
        ordinal: bool,
        sudan: bool,
        start: bool,
    },
    Text(&'static str, &'static str),
}

/// Reads a slot's text (without its braces).
pub fn parse_slot(raw: &'static str) -> Slot {
    let raw = raw.strip_prefix('^').unwrap_or(raw);
    let (name, argument) = raw.split_once(':').unwrap_or((raw, ""));
    match name {
        "T" => return Slot::Title(argument),
        "F" => return Slot::Former(argument),
        "N" => return Slot::Name(argument),
        "S" => return Slot::Surname(argument),
        "W" => return Slot::Wrong,
        "gov" => return Slot::Governor,
        "gov_variant" => return Slot::GovernorVariant,
        "mayor" => return Slot::Mayor,
        "ord" | "card" | "start" => {
            return Slot::WarYear {
                ordinal: name == "ord",
                sudan: argument == "sudan",
                start: name == "start",
            };
        }
        _ => {}
    }
    if let Some(slot) = figure_slot(raw) {
        return slot;
    }
    Slot::Text(name, argument)
}

fn figure_slot(raw: &'static str) -> Option<Slot> {
    let (body, role) = match raw.split_once('/') {
        Some((body, "part")) => (body, FigureRole::Part),
        Some((body, "add")) => (body, FigureRole::Additional),
        Some((body, "sub")) => (body, FigureRole::Subset),
        Some((body, "whole")) => (body, FigureRole::Whole),
        Some((_, other)) => panic!("unknown figure role {other}"),
        None => (raw, FigureRole::Total),
    };
    let (body, form) = match body.split_once(':') {
        Some((body, "n")) => (body, Form::Number),
        Some((body, "x")) => (body, Form::Bare),
        Some(_) => return None,
        None => (body, Form::Phrase),
    };
    let (prefix, key) = match body.split_once('.') {
        Some((prefix, key)) => (prefix, key),
        None => ("", body),
    };
    let measure = Measure::from_slot(key)?;
    let occasion = match prefix {
        "" => Occasion::Main,
        "e" => Occasion::Earlier,
        "s" => Occasion::Separate,
        "c" => Occasion::Running,
        "u" => Occasion::Enemy,
        "w" => {
            return Some(Slot::Second {
                measure,
                form,
                role,
            });
        }
        _ => return None,
    };
    Some(Slot::Figure {
        fact: Fact { occasion, measure },
        form,
        role,
    })
}

/// The slots of a template, in order.
pub fn slots(template: &'static str) -> impl Iterator<Item = Slot> {
    let mut rest = template;
    std::iter::from_fn(move || {
        let open = rest.find('{')?;
        let close = open + rest[open..].find('}')?;
        let slot = parse_slot(&rest[open + 1..close]);
        rest = &rest[close + 1..];
        Some(slot)
    })
}

/// Templates for one paragraph of a report; a background pool with `closing` ends the report.
pub struct Pool {
    pub templates: &'static [&'static str],
    pub closing: bool,
}

/// A paragraph every report of a kind may have, with the chance that it has it.
pub struct Section {
    pub pool: &'static Pool,
    pub chance: f64,
}

/// The paragraphs a report of the kind writes first, in order.
pub fn sections(kind: Kind) -> &'static [Section] {
    match kind {
        Kind::AirAttack => attack::AIR_SECTIONS,
        Kind::MissileStrike => attack::STRIKE_SECTIONS,
        Kind::Earthquake => disaster::QUAKE_SECTIONS,
        Kind::Flood => disaster::FLOOD_SECTIONS,
        Kind::Sudan => sudan::SECTIONS,
    }
}

/// Background paragraphs, each used at most once per report, until the report is long enough.
pub fn background(kind: Kind) -> &'static [Pool] {
    match kind {
        Kind::AirAttack => attack::AIR_BACKGROUND,
        Kind::MissileStrike => attack::STRIKE_BACKGROUND,
        Kind::Earthquake => disaster::QUAKE_BACKGROUND,
        Kind::Flood => disaster::FLOOD_BACKGROUND,
        Kind::Sudan => sudan::BACKGROUND,
    }
}

/// Sentences that give a planted second figure for a measure (`{w.…}`).
pub fn second_figure(measure: Measure) -> &'static [&'static str] {
    match measure {
        Measure::Killed => common::SECOND_KILLED,
        Measure::Injured => common::SECOND_INJURED,
        Measure::Evacuated => common::SECOND_EVACUATED,
        Measure::Missing => common::SECOND_MISSING,
        Measure::DronesJammed => common::SECOND_JAMMED,
        Measure::ChildrenKilled => common::SECOND_CHILDREN,
        other => panic!("no second-figure sentences for {other:?}"),
    }
}

/// Sentences with the planted wrong title (`{W}`) that suit the kind of event.
pub fn wrong_title_pool(kind: Kind) -> &'static [&'static str] {
    if kind.is_ukraine() {
        common::WRONG_TITLE_WAR
    } else {
        common::WRONG_TITLE_ANY
    }
}

/// Sentences that give a person their right title.
pub fn right_title_pool(person: &str) -> &'static [&'static str] {
    common::right_title(person)
}

pub fn governor_pool() -> &'static [&'static str] {
    common::GOVERNOR
}

pub fn governor_variant_pool() -> &'static [&'static str] {
    common::GOVERNOR_VARIANT
}

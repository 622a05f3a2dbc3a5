//! What each event is and what each of its reports says: the true figures, the outlets, the
//! paragraphs (as templates), the statement each report makes of each figure, and the
//! inconsistencies planted in some of them.

use std::collections::{BTreeMap, BTreeSet};

use jiff::ToSpan;
use jiff::civil::{Date, date};

use super::figures::{Hedge, Measure, Statement, consistent, prefers_words};
use super::numbers::digits;
use super::rng::Rng;
use super::templates::{self, FigureRole, Pool, Slot};
use super::world::{self, CITIES, City, DisasterPlace};

/// The first and last day an event may happen. The titles the reports use were checked against
/// the record for this window.
pub const FIRST_DAY: Date = date(2025, 2, 10);
pub const LAST_DAY: Date = date(2026, 6, 20);

/// When Russia's full-scale invasion began (the record of facts has the same day).
pub const INVASION_START: Date = date(2022, 2, 24);
/// When the war in Sudan began.
pub const SUDAN_WAR_START: Date = date(2023, 4, 15);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An overnight drone and missile attack on a Ukrainian city.
    AirAttack,
    /// A ballistic missile strike on a building in a Ukrainian city.
    MissileStrike,
    Earthquake,
    Flood,
    /// A drone attack on a Sudanese city.
    Sudan,
}

impl Kind {
    fn slug(self) -> &'static str {
        match self {
            Kind::AirAttack => "air-attack",
            Kind::MissileStrike => "missile-strike",
            Kind::Earthquake => "earthquake",
            Kind::Flood => "floods",
            Kind::Sudan => "drone-attack",
        }
    }

    /// Whether reports of this kind speak of Russia's war (titles, the war's year).
    pub fn is_ukraine(self) -> bool {
        matches!(self, Kind::AirAttack | Kind::MissileStrike)
    }
}

/// Which occasion a figure is about. Only `Main` figures are the event's own; the others are
/// look-alikes that the checker must keep apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Occasion {
    Main,
    /// An earlier attack on the same place ("Last month, a strike on the city killed …").
    Earlier,
    /// A separate attack the same night elsewhere ("In a separate attack on …").
    Separate,
    /// A running total ("… since the start of the year").
    Running,
    /// The other side's drones ("Russia said it downed 48 Ukrainian drones").
    Enemy,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Fact {
    pub occasion: Occasion,
    pub measure: Measure,
}

impl Fact {
    pub fn main(measure: Measure) -> Fact {
        Fact {
            occasion: Occasion::Main,
            measure,
        }
    }
}

/// Where an event happened and how reports name it.
#[derive(Clone, Debug)]
pub struct Place {
    pub name: &'static str,
    pub described: String,
    pub dateline: String,
    pub country: &'static str,
    pub adjective: &'static str,
    pub area: &'static str,
    pub agency: &'static str,
    pub city: Option<&'static City>,
}

/// A title that contradicts the record on the publication date, planted in a report.
#[derive(Clone, Copy, Debug)]
pub struct WrongTitle {
    pub person: &'static str,
    pub office: &'static str,
    pub jurisdiction: &'static str,
    pub former: bool,
    pub forms: &'static [&'static str],
    /// The first day the title is wrong by a clear margin.
    pub wrong_from: Date,
    pub why: &'static str,
    /// Only reports of Russia's war would name this person.
    pub ukraine_only: bool,
}

pub const WRONG_TITLES: &[WrongTitle] = &[
    WrongTitle {
        person: "trump",
        office: "president",
        jurisdiction: "US",
        former: true,
        forms: &[
            "former US President",
            "former President",
            "former U.S. President",
        ],
        wrong_from: date(2025, 2, 1),
        why: "Donald Trump has been US President again since 2025-01-20",
        ukraine_only: false,
    },
    WrongTitle {
        person: "biden",
        office: "president",
        jurisdiction: "US",
        former: false,
        forms: &["US President", "President"],
        wrong_from: date(2025, 2, 1),
        why: "Joe Biden's term as US President ended on 2025-01-20",
        ukraine_only: false,
    },
    WrongTitle {
        person: "scholz",
        office: "chancellor",
        jurisdiction: "DE",
        former: false,
        forms: &["German Chancellor", "Chancellor"],
        wrong_from: date(2025, 5, 26),
        why: "Friedrich Merz replaced Olaf Scholz as German Chancellor on 2025-05-06",
        ukraine_only: false,
    },
    WrongTitle {
        person: "baerbock",
        office: "foreign-minister",
        jurisdiction: "DE",
        former: false,
        forms: &["German Foreign Minister"],
        wrong_from: date(2025, 5, 26),
        why: "Annalena Baerbock left the German foreign ministry on 2025-05-06",
        ukraine_only: false,
    },
    WrongTitle {
        person: "lammy",
        office: "foreign-minister",
        jurisdiction: "GB",
        former: false,
        forms: &["British Foreign Secretary", "Foreign Secretary"],
        wrong_from: date(2025, 9, 25),
        why: "Yvette Cooper replaced David Lammy as Foreign Secretary on 2025-09-05",
        ukraine_only: false,
    },
    WrongTitle {
        person: "shmyhal",
        office: "prime-minister",
        jurisdiction: "UA",
        former: false,
        forms: &["Ukrainian Prime Minister"],
        wrong_from: date(2025, 8, 6),
        why: "Yulia Svyrydenko replaced Denys Shmyhal as Ukraine's Prime Minister on 2025-07-17",
        ukraine_only: true,
    },
    WrongTitle {
        person: "umerov",
        office: "defence-minister",
        jurisdiction: "UA",
        former: false,
        forms: &["Ukrainian Defence Minister"],
        wrong_from: date(2025, 8, 6),
        why: "Rustem Umerov left Ukraine's defence ministry on 2025-07-17",
        ukraine_only: true,
    },
    WrongTitle {
        person: "stoltenberg",
        office: "secretary-general",
        jurisdiction: "NATO",
        former: false,
        forms: &["NATO Secretary General"],
        wrong_from: date(2025, 2, 1),
        why: "Mark Rutte succeeded Jens Stoltenberg as NATO Secretary General on 2024-10-01",
        ukraine_only: false,
    },
    WrongTitle {
        person: "bayrou",
        office: "prime-minister",
        jurisdiction: "FR",
        former: false,
        forms: &["French Prime Minister"],
        wrong_from: date(2025, 9, 29),
        why: "Sébastien Lecornu replaced François Bayrou as French Prime Minister on 2025-09-09",
        ukraine_only: false,
    },
];

/// A person written in a second spelling later in a report.
#[derive(Clone, Copy, Debug)]
pub enum Variant {
    /// The invented regional governor, with the second spelling of the surname.
    Governor { surname: &'static str },
}

/// What one report says and where its plants are.
#[derive(Clone, Debug)]
pub struct ReportPlan {
    pub outlet: String,
    pub file: String,
    pub published: Date,
    pub time: (u8, u8),
    /// Index into each person's spellings.
    pub spelling: usize,
    /// "defenses" rather than "defences".
    pub american: bool,
    pub paragraphs: Vec<Vec<&'static str>>,
    pub statements: BTreeMap<Fact, Statement>,
    /// Planted statements of main figures: the plant's index in `Event::plants`.
    pub planted: BTreeMap<Measure, usize>,
    /// A second, wrong figure for a measure (`{w.k}`), and its plant.
    pub second: BTreeMap<Measure, (Statement, usize)>,
    pub wrong_title: Option<(WrongTitle, usize)>,
    pub variant: Option<(Variant, usize)>,
    /// A wrong ordinal year for the war, and its plant.
    pub wrong_year: Option<(u64, usize)>,
    /// The invented officials: regional governor and mayor (first name, surname).
    pub governor: (&'static str, &'static str),
    pub mayor: (&'static str, &'static str),
    pub resident: (&'static str, &'static str),
}

/// A planted inconsistency, before its words are known.
#[derive(Clone, Debug)]
pub struct PlannedPlant {
    pub kind: &'static str,
    pub description: String,
}

#[derive(Clone, Debug)]
pub struct Event {
    pub index: usize,
    pub kind: Kind,
    pub id: String,
    pub folder: String,
    pub place: Place,
    pub day: Date,
    pub values: BTreeMap<Fact, u64>,
    pub reports: Vec<ReportPlan>,
    pub plants: Vec<PlannedPlant>,
    /// For an earlier attack: the month and year it happened.
    pub earlier: (i8, i16),
}

impl Event {
    pub fn value(&self, fact: Fact) -> Option<u64> {
        self.values.get(&fact).copied()
    }
}

/// Plans one event with at most `room` reports.
pub fn plan_event(rng: &mut Rng, index: usize, room: usize) -> Event {
    let kind = match rng.below(100) {
        0..=39 => Kind::AirAttack,
        40..=54 => Kind::MissileStrike,
        55..=69 => Kind::Earthquake,
        70..=84 => Kind::Flood,
        _ => Kind::Sudan,
    };
    let span = FIRST_DAY.until(LAST_DAY).expect("dates").get_days();
    let day = FIRST_DAY
        .checked_add((rng.range(0, span as u64) as i64).days())
        .expect("a day in range");
    let place = choose_place(kind, rng);
    let values = true_values(kind, rng);
    let earlier_month = rng.range(1, 12) as i8;
    let earlier_year = if rng.chance(0.5) { 2023 } else { 2024 };
    let slug = place
        .name
        .to_lowercase()
        .replace(' ', "-")
        .replace('\'', "");
    // The index keeps two events of one kind, place and day apart.
    let id = format!("e{index:06}-{slug}-{}-{day}", kind.slug());
    let folder = format!("{:04}/{id}", index / 100);
    let mut event = Event {
        index,
        kind,
        id,
        folder,
        place,
        day,
        values,
        reports: Vec::new(),
        plants: Vec::new(),
        earlier: (earlier_month, earlier_year),
    };
    let count = (rng.range(2, 7) as usize).min(room.max(1));
    plan_reports(&mut event, count, rng);
    plant(&mut event, rng);
    event
}

fn choose_place(kind: Kind, rng: &mut Rng) -> Place {
    match kind {
        Kind::AirAttack | Kind::MissileStrike => {
            let city = rng.pick(CITIES);
            Place {
                name: city.name,
                described: city.described.to_string(),
                dateline: city.name.to_uppercase(),
                country: "Ukraine",
                adjective: "Ukrainian",
                area: city.name,
                agency: "the State Emergency Service",
                city: Some(city),
            }
        }
        Kind::Earthquake | Kind::Flood => {
            let places: &[DisasterPlace] = if kind == Kind::Earthquake {
                world::QUAKE_PLACES
            } else {
                world::FLOOD_PLACES
            };
            let place = rng.pick(places);
            let town = *rng.pick(place.towns);
            Place {
                name: town,
                described: format!("the town of {town}"),
                dateline: format!("{}, {}", town.to_uppercase(), strip_the(place.country)),
                country: place.country,
                adjective: place.adjective,
                area: place.area,
                agency: place.agency,
                city: None,
            }
        }
        Kind::Sudan => {
            let town = *rng.pick(world::SUDAN_CITIES);
            Place {
                name: town,
                described: format!("the city of {town}"),
                dateline: format!("{}, Sudan", town.to_uppercase()),
                country: "Sudan",
                adjective: "Sudanese",
                area: town,
                agency: "the health ministry",
                city: None,
            }
        }
    }
}

fn strip_the(country: &str) -> &str {
    country.strip_prefix("the ").map_or(country, |rest| rest)
}

/// The true figures of an event: every consistent statement allows these values.
fn true_values(kind: Kind, rng: &mut Rng) -> BTreeMap<Fact, u64> {
    use Measure::*;
    let mut values = BTreeMap::new();
    let mut set = |occasion: Occasion, measure: Measure, value: u64| {
        if value >= 2 {
            values.insert(Fact { occasion, measure }, value);
        }
    };
    match kind {
        Kind::AirAttack => {
            let drones = if rng.chance(0.2) {
                rng.range(300, 750)
            } else {
                rng.range(30, 300)
            };
            let missiles = if rng.chance(0.3) { 0 } else { rng.range(2, 60) };
            let intercepted = drones * rng.range(70, 93) / 100;
            let jammed = (drones - intercepted) * rng.range(0, 70) / 100;
            let breached = (drones - intercepted - jammed) * rng.range(0, 80) / 100;
            set(Occasion::Main, DronesLaunched, drones);
            set(Occasion::Main, MissilesLaunched, missiles);
            if missiles >= 2 {
                set(Occasion::Main, WeaponsLaunched, drones + missiles);
                set(
                    Occasion::Main,
                    MissilesIntercepted,
                    missiles * rng.range(40, 95) / 100,
                );
            }
            set(Occasion::Main, DronesIntercepted, intercepted);
            set(Occasion::Main, DronesJammed, jammed);
            set(Occasion::Main, DronesBreached, breached);
            casualties(rng, &mut set, 25, 80);
            set(Occasion::Earlier, Killed, rng.range(2, 40));
            set(Occasion::Earlier, Injured, rng.range(5, 90));
            set(Occasion::Separate, Killed, rng.range(2, 5));
            set(Occasion::Separate, Injured, rng.range(2, 18));
            set(Occasion::Running, DronesLaunched, rng.range(20, 400) * 100);
            set(Occasion::Running, Killed, rng.range(24, 29) * 500);
            set(Occasion::Enemy, DronesIntercepted, rng.range(10, 160));
        }
        Kind::MissileStrike => {
            let missiles = rng.range(2, 6);
            set(Occasion::Main, MissilesLaunched, missiles);
            set(
                Occasion::Main,
                MissilesIntercepted,
                rng.range(0, missiles - 1),
            );
            casualties(rng, &mut set, 45, 120);
            set(Occasion::Main, Rescued, rng.range(0, 30));
            set(Occasion::Earlier, Killed, rng.range(2, 40));
            set(Occasion::Earlier, Injured, rng.range(5, 90));
            set(Occasion::Running, Killed, rng.range(24, 29) * 500);
        }
        Kind::Earthquake => {
            let killed = if rng.chance(0.3) {
                rng.range(300, 2500)
            } else {
                rng.range(5, 300)
            };
            set(Occasion::Main, Killed, killed);
            set(Occasion::Main, Injured, killed * rng.range(15, 40) / 10);
            set(Occasion::Main, Missing, rng.range(0, 200));
            set(Occasion::Main, Evacuated, rng.range(5, 600) * 100);
            set(Occasion::Main, Rescued, rng.range(5, 300));
            set(
                Occasion::Main,
                ChildrenKilled,
                if rng.chance(0.3) {
                    rng.range(2, killed / 4 + 2)
                } else {
                    0
                },
            );
            set(Occasion::Earlier, Killed, rng.range(10, 3000));
        }
        Kind::Flood => {
            set(Occasion::Main, Killed, rng.range(3, 300));
            set(Occasion::Main, Missing, rng.range(0, 120));
            set(Occasion::Main, Evacuated, rng.range(2, 1000) * 100);
            set(Occasion::Main, Rescued, rng.range(20, 2000));
            set(
                Occasion::Main,
                Injured,
                if rng.chance(0.5) {
                    rng.range(5, 200)
                } else {
                    0
                },
            );
            set(Occasion::Earlier, Killed, rng.range(10, 1700));
        }
        Kind::Sudan => {
            let drones = rng.range(3, 30);
            set(Occasion::Main, DronesLaunched, drones);
            set(
                Occasion::Main,
                DronesIntercepted,
                drones * rng.range(30, 90) / 100,
            );
            casualties(rng, &mut set, 120, 200);
            set(Occasion::Earlier, Killed, rng.range(5, 100));
        }
    }
    values
}

fn casualties(
    rng: &mut Rng,
    set: &mut impl FnMut(Occasion, Measure, u64),
    max_killed: u64,
    max_extra: u64,
) {
    let killed = if rng.chance(0.15) {
        0
    } else {
        rng.range(2, max_killed)
    };
    let injured = killed + rng.range(3, max_extra);
    set(Occasion::Main, Measure::Killed, killed);
    set(Occasion::Main, Measure::Injured, injured);
    if killed >= 4 && rng.chance(0.4) {
        set(
            Occasion::Main,
            Measure::ChildrenKilled,
            rng.range(2, (killed / 2).max(2)),
        );
    }
    if rng.chance(0.4) {
        set(
            Occasion::Main,
            Measure::ChildrenInjured,
            rng.range(2, (injured / 3).max(2)),
        );
    }
}

/// Plans the reports: outlets, publication times, and the paragraphs each one writes.
fn plan_reports(event: &mut Event, count: usize, rng: &mut Rng) {
    let outlets = rng.distinct(
        world::OUTLET_FIRST.len() * world::OUTLET_SECOND.len(),
        count,
    );
    let mut times: Vec<(Date, (u8, u8))> = (0..count)
        .map(|_| {
            let next_day = rng.chance(0.35);
            let published = if next_day {
                event.day.tomorrow().expect("a day")
            } else {
                event.day
            };
            (published, (rng.range(5, 22) as u8, rng.range(0, 59) as u8))
        })
        .collect();
    times.sort();
    for (number, (outlet_index, (published, time))) in outlets.into_iter().zip(times).enumerate() {
        let first = world::OUTLET_FIRST[outlet_index / world::OUTLET_SECOND.len()];
        let second = world::OUTLET_SECOND[outlet_index % world::OUTLET_SECOND.len()];
        let outlet = format!("{first} {second}");
        let file = format!(
            "{}-{}.md",
            number + 1,
            outlet.to_lowercase().replace(' ', "-")
        );
        let officials = rng.distinct(world::SURNAMES.len(), 3);
        let firsts = rng.distinct(world::FIRST_NAMES.len(), 3);
        let name = |i: usize| (world::FIRST_NAMES[firsts[i]], world::SURNAMES[officials[i]]);
        let mut report = ReportPlan {
            outlet,
            file,
            published,
            time,
            spelling: outlet_index % 3,
            american: outlet_index % 4 == 1,
            paragraphs: Vec::new(),
            statements: BTreeMap::new(),
            planted: BTreeMap::new(),
            second: BTreeMap::new(),
            wrong_title: None,
            variant: None,
            wrong_year: None,
            governor: name(0),
            mayor: name(1),
            resident: name(2),
        };
        // Invented officials in one report never share initials, so no two of them read as one
        // person spelled two ways.
        if report.governor.1.chars().next() == report.mayor.1.chars().next() {
            report.mayor = report.resident;
        }
        report.paragraphs = choose_paragraphs(event, &report, rng);
        event.reports.push(report);
    }
}

/// Picks the paragraphs of one report: the sections its event kind always has, then
/// background paragraphs until the report reaches its length.
fn choose_paragraphs(event: &Event, report: &ReportPlan, rng: &mut Rng) -> Vec<Vec<&'static str>> {
    let target_words = rng.range(300, 780) as usize;
    let ctx = TemplateContext {
        event,
        published: report.published,
    };
    let mut paragraphs: Vec<Vec<&'static str>> = Vec::new();
    let mut words = 0;
    for section in templates::sections(event.kind) {
        if !rng.chance(section.chance) {
            continue;
        }
        if let Some(template) = pick_usable(section.pool, &ctx, rng) {
            words += estimate_words(template);
            paragraphs.push(vec![template]);
        }
    }
    // Background paragraphs, each topic at most once, until the report is long enough.
    let mut topics: Vec<&Pool> = templates::background(event.kind).iter().collect();
    rng.shuffle(&mut topics);
    let mut closing = None;
    for pool in topics {
        if words >= target_words {
            break;
        }
        if let Some(template) = pick_usable(pool, &ctx, rng) {
            words += estimate_words(template);
            // Keep the closing line last and the rest in the order drawn.
            if pool.closing {
                closing = Some(template);
            } else {
                let at = if paragraphs.len() > 3 {
                    rng.range(3, paragraphs.len() as u64) as usize
                } else {
                    paragraphs.len()
                };
                paragraphs.insert(at, vec![template]);
            }
        }
    }
    if let Some(template) = closing {
        paragraphs.push(vec![template]);
    }
    paragraphs
}

/// About how many words a template writes: its own words, a word or two per slot, and the
/// first of each set of alternatives.
fn estimate_words(template: &str) -> usize {
    let mut words = 0;
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        words += rest[..open].split_whitespace().count();
        let close = open + rest[open..].find('}').unwrap_or(rest.len() - open - 1);
        let slot = &rest[open + 1..close];
        words += match slot.strip_prefix("pick:") {
            Some(options) => options
                .split('|')
                .next()
                .unwrap_or("")
                .split_whitespace()
                .count(),
            None => 2,
        };
        rest = &rest[close + 1..];
    }
    words + rest.split_whitespace().count()
}

/// What decides whether a template can be used in a report.
pub struct TemplateContext<'a> {
    pub event: &'a Event,
    pub published: Date,
}

impl TemplateContext<'_> {
    /// Whether every slot of the template has something to say in this report.
    pub fn usable(&self, template: &'static str) -> bool {
        templates::slots(template).all(|slot| match slot {
            Slot::Figure { fact, .. } => self.event.value(fact).is_some(),
            Slot::Second { .. } => false,
            Slot::Title(person) => current_term(person, self.published).is_some(),
            Slot::Former(person) => former_term(person, self.published).is_some(),
            Slot::Name(person) | Slot::Surname(person) => {
                world::PEOPLE.iter().any(|p| p.key == person)
            }
            Slot::WarYear { ordinal, sudan, .. } => {
                let start = if sudan {
                    SUDAN_WAR_START
                } else {
                    INVASION_START
                };
                (sudan == (self.event.kind == Kind::Sudan))
                    && clear_of_anniversary(start, self.published)
                    && (ordinal || cardinal_war_years(start, self.published).is_some())
            }
            _ => true,
        })
    }
}

fn pick_usable(pool: &Pool, ctx: &TemplateContext<'_>, rng: &mut Rng) -> Option<&'static str> {
    let usable: Vec<&'static str> = pool
        .templates
        .iter()
        .copied()
        .filter(|t| ctx.usable(t))
        .collect();
    (!usable.is_empty()).then(|| *rng.pick(&usable))
}

/// The office a person holds on a day, clear of the first and last days of the term.
pub fn current_term(person: &str, day: Date) -> Option<world::Term> {
    let margin = 4.days();
    world::terms().iter().copied().find(|t| {
        t.person == person
            && t.covers(day)
            && t.covers(day.checked_sub(margin).expect("a day"))
            && t.covers(day.checked_add(margin).expect("a day"))
    })
}

/// The latest office a person left before a day (by a clear margin) and does not hold again.
pub fn former_term(person: &str, day: Date) -> Option<world::Term> {
    let left = |t: &world::Term| {
        t.to.is_some_and(|to| to.checked_add(20.days()).expect("a day") <= day)
    };
    let candidate = world::terms()
        .iter()
        .copied()
        .filter(|t| t.person == person && left(t))
        .max_by_key(|t| t.to)?;
    let again = world::terms().iter().any(|t| {
        t.person == person
            && t.office == candidate.office
            && t.jurisdiction == candidate.jurisdiction
            && t.covers(day)
    });
    (!again).then_some(candidate)
}

/// Whole years from `start` to `day`.
pub fn whole_years(start: Date, day: Date) -> u64 {
    start
        .until((jiff::Unit::Year, day))
        .map(|span| span.get_years().max(0) as u64)
        .unwrap_or(0)
}

/// Whether `day` is far enough from an anniversary of `start` that a month-precise start date
/// ("February 2022") gives the same ordinal year as the exact one.
pub fn clear_of_anniversary(start: Date, day: Date) -> bool {
    let first_of_month = start.first_of_month();
    let last_of_month = start.last_of_month();
    let before = day.checked_sub(6.days()).expect("a day");
    let after = day.checked_add(6.days()).expect("a day");
    let years = |s: Date, d: Date| whole_years(s, d);
    let all = [
        years(first_of_month, before),
        years(first_of_month, after),
        years(last_of_month, before),
        years(last_of_month, after),
        years(start, day),
    ];
    all.iter().all(|&y| y == all[0])
}

/// The cardinal years a report may give ("the three-year war") on a day: the whole years
/// elapsed, when that reading is clear.
pub fn cardinal_war_years(start: Date, day: Date) -> Option<u64> {
    let years = whole_years(start, day);
    (years >= 2).then_some(years)
}

/// Chooses every report's statements and plants the inconsistencies of the event.
fn plant(event: &mut Event, rng: &mut Rng) {
    // The main facts each report mentions, from its templates, and those it gives as totals
    // (the only figures compared with each other).
    let main_figures = |r: &ReportPlan, totals_only: bool| -> BTreeSet<Measure> {
        r.paragraphs
            .iter()
            .flatten()
            .flat_map(|t| templates::slots(t))
            .filter_map(|slot| match slot {
                Slot::Figure { fact, role, .. }
                    if fact.occasion == Occasion::Main
                        && (!totals_only || role == FigureRole::Total) =>
                {
                    Some(fact.measure)
                }
                _ => None,
            })
            .collect()
    };
    let mentions: Vec<BTreeSet<Measure>> = event
        .reports
        .iter()
        .map(|r| main_figures(r, false))
        .collect();
    let totals: Vec<BTreeSet<Measure>> = event
        .reports
        .iter()
        .map(|r| main_figures(r, true))
        .collect();

    // Consistent statements first; plants overwrite some of them.
    let facts: Vec<Fact> = event.values.keys().copied().collect();
    let many = event.reports.len() > 2;
    for (index, report) in event.reports.iter_mut().enumerate() {
        for &fact in &facts {
            let value = event.values[&fact];
            let statement = match fact.occasion {
                Occasion::Main => consistent(value, index == 0 && many, rng),
                Occasion::Running => Statement {
                    hedge: Hedge::MoreThan("more than"),
                    number: value,
                    words: false,
                },
                _ => Statement::exact(value, rng),
            };
            report.statements.insert(fact, statement);
        }
    }

    // A wrong figure in one report, against an exact figure in another.
    let shared: Vec<Measure> = Measure::ALL
        .iter()
        .copied()
        .filter(|m| totals.iter().filter(|set| set.contains(m)).count() >= 2)
        .collect();
    if !shared.is_empty() && rng.chance(0.3) {
        let measure = *rng.pick(&shared);
        let value = event.values[&Fact::main(measure)];
        let holders: Vec<usize> = (0..event.reports.len())
            .filter(|&i| totals[i].contains(&measure))
            .collect();
        let order = rng.distinct(holders.len(), 2);
        let (wrong, right) = (holders[order[0]], holders[order[1]]);
        let wrong_value = wrong_figure(value, rng);
        let plant = event.plants.len();
        event.plants.push(PlannedPlant {
            kind: "figure-agreement across reports",
            description: format!(
                "{} gives {} as {}; the event's figure is {}, stated exactly in {}",
                event.reports[wrong].outlet,
                measure.id(),
                digits(wrong_value),
                digits(value),
                event.reports[right].outlet
            ),
        });
        event.reports[right]
            .statements
            .insert(Fact::main(measure), Statement::exact(value, rng));
        event.reports[wrong]
            .statements
            .insert(Fact::main(measure), Statement::exact(wrong_value, rng));
        event.reports[wrong].planted.insert(measure, plant);
    }

    // Two different exact figures for one measure in one report.
    if rng.chance(0.15) {
        let candidates: Vec<(usize, Measure)> = totals
            .iter()
            .enumerate()
            .flat_map(|(i, set)| set.iter().map(move |&m| (i, m)))
            .filter(|&(i, m)| {
                matches!(m, Measure::Killed | Measure::Injured | Measure::Evacuated | Measure::Missing)
                    && event.reports[i].planted.is_empty()
                    // The other reports' figures are rewritten below, so not one planted before.
                    && event.reports.iter().all(|r| !r.planted.contains_key(&m))
            })
            .collect();
        if !candidates.is_empty() {
            let (index, measure) = *rng.pick(&candidates);
            let value = event.values[&Fact::main(measure)];
            let second = wrong_figure(value, rng);
            let plant = event.plants.len();
            event.plants.push(PlannedPlant {
                kind: "figure-agreement within report",
                description: format!(
                    "{} gives {} as {} and later as {}",
                    event.reports[index].outlet,
                    measure.id(),
                    digits(value),
                    digits(second)
                ),
            });
            let low = value.min(second);
            for (other, report) in event.reports.iter_mut().enumerate() {
                if other == index {
                    report
                        .statements
                        .insert(Fact::main(measure), Statement::exact(value, rng));
                    report
                        .second
                        .insert(measure, (Statement::exact(second, rng), plant));
                    let pool = templates::second_figure(measure);
                    attach(report, pool, rng);
                } else if mentions[other].contains(&measure) {
                    // The other reports give a lower bound that allows both figures.
                    let bound = if low > 4 {
                        rng.range(low * 7 / 10, low)
                    } else {
                        low
                    };
                    report.statements.insert(
                        Fact::main(measure),
                        Statement {
                            hedge: Hedge::AtLeast("at least"),
                            number: bound,
                            words: prefers_words(bound, rng) && bound < 10,
                        },
                    );
                }
            }
        }
    }

    // Drones shot down and jammed that add up to more than were launched.
    let drone_reports: Vec<usize> = (0..event.reports.len())
        .filter(|&i| {
            mentions[i].contains(&Measure::DronesLaunched)
                && mentions[i].contains(&Measure::DronesIntercepted)
                && event.reports[i].planted.is_empty()
                && event.reports[i].second.is_empty()
        })
        .collect();
    if event.kind == Kind::AirAttack && !drone_reports.is_empty() && rng.chance(0.15) {
        let index = *rng.pick(&drone_reports);
        let launched = event.values[&Fact::main(Measure::DronesLaunched)];
        let report = &mut event.reports[index];
        report.statements.insert(
            Fact::main(Measure::DronesLaunched),
            Statement::exact(launched, rng),
        );
        let intercepted = report.statements[&Fact::main(Measure::DronesIntercepted)];
        let shot_down = intercepted.interval().low.unwrap_or(0.0) as u64;
        // The jammed figure is the sum of downed and jammed drones, printed as the jammed alone.
        let jammed = launched - shot_down + rng.range(3, (launched / 5).max(4));
        let plant = event.plants.len();
        event.plants.push(PlannedPlant {
            kind: "part-whole (drones)",
            description: format!(
                "{} says {launched} drones were launched, {} shot down and a further {jammed} jammed",
                report.outlet,
                intercepted.number_text()
            ),
        });
        report.second.insert(
            Measure::DronesJammed,
            (Statement::exact(jammed, rng), plant),
        );
        attach(report, templates::second_figure(Measure::DronesJammed), rng);
    }

    // More children killed than people killed.
    let child_reports: Vec<usize> = (0..event.reports.len())
        .filter(|&i| {
            mentions[i].contains(&Measure::Killed)
                && event.reports[i].planted.is_empty()
                && event.reports[i].second.is_empty()
        })
        .collect();
    if event.kind.is_ukraine() && !child_reports.is_empty() && rng.chance(0.08) {
        let index = *rng.pick(&child_reports);
        let killed = event.values[&Fact::main(Measure::Killed)];
        let children = killed + rng.range(1, 6);
        let report = &mut event.reports[index];
        report
            .statements
            .insert(Fact::main(Measure::Killed), Statement::exact(killed, rng));
        let plant = event.plants.len();
        event.plants.push(PlannedPlant {
            kind: "part-whole (children)",
            description: format!(
                "{} says {killed} people were killed and {children} children were killed",
                report.outlet
            ),
        });
        report.second.insert(
            Measure::ChildrenKilled,
            (Statement::exact(children, rng), plant),
        );
        attach(
            report,
            templates::second_figure(Measure::ChildrenKilled),
            rng,
        );
    }

    // Titles, spellings and the war's year, report by report.
    for index in 0..event.reports.len() {
        let published = event.reports[index].published;
        if rng.chance(0.06) {
            let wrong: Vec<WrongTitle> = WRONG_TITLES
                .iter()
                .copied()
                .filter(|w| {
                    published >= w.wrong_from && (event.kind.is_ukraine() || !w.ukraine_only)
                })
                .collect();
            let title = *rng.pick(&wrong);
            let plant = event.plants.len();
            let title_kind = if title.former { "former" } else { "current" };
            event.plants.push(PlannedPlant {
                kind: "role-record",
                description: format!(
                    "{} gives {} a {title_kind} title on {published}: {}",
                    event.reports[index].outlet,
                    world::person(title.person).spellings[0],
                    title.why
                ),
            });
            let report = &mut event.reports[index];
            report.wrong_title = Some((title, plant));
            attach(report, templates::wrong_title_pool(event.kind), rng);
            // Sometimes the same report also gives the right title.
            if current_term(title.person, published).is_some() && rng.chance(0.5) {
                attach(report, templates::right_title_pool(title.person), rng);
            }
        }
        if rng.chance(0.04) {
            plant_variant(event, index, rng);
        }
        let mentions_war_year = event.reports[index]
            .paragraphs
            .iter()
            .flatten()
            .flat_map(|t| templates::slots(t))
            .any(|s| matches!(s, Slot::WarYear { ordinal: true, .. }));
        if mentions_war_year && rng.chance(0.07) {
            let start = if event.kind == Kind::Sudan {
                SUDAN_WAR_START
            } else {
                INVASION_START
            };
            let right = whole_years(start, published) + 1;
            let wrong = if rng.chance(0.7) {
                right - 1
            } else {
                right + 1
            };
            let plant = event.plants.len();
            event.plants.push(PlannedPlant {
                kind: "elapsed-time",
                description: format!(
                    "{} says the war is in its {} year on {published}; it began on {start}, so it is in its {} year",
                    event.reports[index].outlet,
                    super::numbers::ordinal(wrong),
                    super::numbers::ordinal(right)
                ),
            });
            event.reports[index].wrong_year = Some((wrong, plant));
        }
    }
}

/// Plants a second spelling of one person's name in a report: the invented governor's surname
/// written two ways. (The lexicon's listed transliterations of known people are all accepted,
/// so they are never planted.)
fn plant_variant(event: &mut Event, index: usize, rng: &mut Rng) {
    let (base, second) = *rng.pick(world::VARIANTS);
    let report = &event.reports[index];
    // Keep clear of the report's other invented people, who must not share initials with
    // the governor.
    let initial = base.chars().next();
    if [report.mayor.1, report.resident.1]
        .iter()
        .any(|s| s.chars().next() == initial)
    {
        return;
    }
    event.reports[index].governor.1 = base;
    let variant = Variant::Governor { surname: second };
    let plant = event.plants.len();
    event.plants.push(PlannedPlant {
        kind: "name-variant",
        description: format!("{} spells one person two ways", event.reports[index].outlet),
    });
    let report = &mut event.reports[index];
    report.variant = Some((variant, plant));
    attach_first(report, templates::governor_pool(), rng);
    attach(report, templates::governor_variant_pool(), rng);
}

/// Adds a sentence from the pool to a paragraph after the first one, at random.
fn attach(report: &mut ReportPlan, pool: &'static [&'static str], rng: &mut Rng) {
    let template = *rng.pick(pool);
    let at = if report.paragraphs.len() > 2 {
        rng.range(2, report.paragraphs.len() as u64 - 1) as usize
    } else {
        report.paragraphs.len() - 1
    };
    report.paragraphs[at].push(template);
}

/// Adds a sentence from the pool to the second paragraph, before any later mention.
fn attach_first(report: &mut ReportPlan, pool: &'static [&'static str], rng: &mut Rng) {
    let template = *rng.pick(pool);
    let at = 1.min(report.paragraphs.len() - 1);
    report.paragraphs[at].push(template);
}

/// A figure a report might print by mistake: digits swapped, a digit off, or another count.
fn wrong_figure(value: u64, rng: &mut Rng) -> u64 {
    let digits: Vec<char> = value.to_string().chars().collect();
    let candidate = match rng.below(3) {
        0 if digits.len() >= 2
            && digits[digits.len() - 1] != digits[digits.len() - 2]
            && digits[digits.len() - 1] != '0'
            || digits.len() >= 2
                && digits[digits.len() - 2] != '0'
                && digits[digits.len() - 1] != digits[digits.len() - 2] =>
        {
            let mut swapped = digits.clone();
            let n = swapped.len();
            swapped.swap(n - 1, n - 2);
            swapped
                .iter()
                .collect::<String>()
                .parse()
                .unwrap_or(value + 3)
        }
        1 => value + rng.range(2, (value / 4).max(3)),
        _ => value.saturating_sub(rng.range(2, (value / 4).max(3))),
    };
    if candidate < 2 || candidate == value {
        value + rng.range(2, 5)
    } else {
        candidate
    }
}

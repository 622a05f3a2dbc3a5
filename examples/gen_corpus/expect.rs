//! The findings the shipped rules should report, computed from what the reports were written to
//! mean. Each function states, in the terms of the rule's documentation, when it fires and
//! which words it points at; the inputs are the generator's own register, not the checker's
//! reading, so a difference between the two is an extraction or rule problem to look at.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::compose::{Written, WrittenFigure, WrittenRole};
use super::figures::Measure;
use super::plan::{Event, Occasion};
use super::templates::FigureRole;
use super::world;
use super::{ExpectedFinding, Plant, Quote, Truth};

/// Everything about one event: plants, figure rules, and the rules that look at one report.
pub fn event_findings(event: &Event, reports: &[Written], truth: &mut Truth) {
    let plant_id = |index: usize| format!("p{:06}.{index}", event.index);
    for (index, planned) in event.plants.iter().enumerate() {
        let locations: Vec<Quote> = reports
            .iter()
            .flat_map(|r| {
                r.plant_words
                    .iter()
                    .filter(|(p, _)| *p == index)
                    .map(|(_, q)| q.clone())
            })
            .collect();
        assert!(
            !locations.is_empty(),
            "plant {} of {} has no words",
            index,
            event.id
        );
        truth.plants.push(Plant {
            id: plant_id(index),
            kind: planned.kind.to_string(),
            description: planned.description.clone(),
            locations,
        });
    }
    let mut found = Vec::new();
    figure_agreement(reports, &mut found);
    for written in reports {
        part_whole(
            written,
            "drones-downed-exceed-launched",
            &[
                Measure::DronesIntercepted,
                Measure::DronesJammed,
                Measure::DronesBreached,
            ],
            Measure::DronesLaunched,
            &mut found,
        );
        part_whole(
            written,
            "children-exceed-people-killed",
            &[Measure::ChildrenKilled],
            Measure::Killed,
            &mut found,
        );
        role_record(written, &mut found);
        role_agreement_within(written, &mut found);
        name_variant(written, &mut found);
        elapsed(written, &mut found);
    }
    for plant in 0..event.plants.len() {
        assert!(
            found.iter().any(|f| f.plants.contains(&plant)),
            "generator bug: plant {plant} of {} ({}) makes no finding",
            event.id,
            event.plants[plant].description
        );
    }
    for finding in found {
        assert!(
            !finding.plants.is_empty(),
            "generator bug: {} in {} follows from no plant: {:?}",
            finding.rule,
            event.id,
            finding.locations
        );
        truth.findings.push(ExpectedFinding {
            rule: finding.rule.to_string(),
            plants: finding.plants.iter().map(|&p| plant_id(p)).collect(),
            locations: finding.locations,
        });
    }
}

struct Found {
    rule: &'static str,
    plants: Vec<usize>,
    locations: Vec<Quote>,
}

/// A figure with the report it is in.
#[derive(Clone, Copy)]
struct Figure<'a> {
    report: &'a Written,
    figure: &'a WrittenFigure,
}

impl Figure<'_> {
    fn key(&self) -> (usize, usize) {
        (self.report.seq, self.figure.start)
    }

    fn quote(&self) -> Quote {
        self.report.quote(self.figure.start, self.figure.end)
    }

    /// The occasion as the checker keys it: earlier and separate attacks are other occasions;
    /// running totals are kept apart by their own flag.
    fn occasion(&self) -> Option<Occasion> {
        match self.figure.occasion {
            Occasion::Earlier | Occasion::Separate => Some(self.figure.occasion),
            _ => None,
        }
    }

    /// When the report was published, for ordering tolls.
    fn moment(&self) -> (Date, (u8, u8)) {
        (self.report.published, self.report.time)
    }

    fn cumulative(&self) -> bool {
        self.figure.occasion == Occasion::Running
    }

    /// Whose things it counts: only a nationality written in the noun phrase sets a side here,
    /// since every launch in these events has the same actor.
    fn side(&self) -> Option<&'static str> {
        self.figure.owner
    }
}

/// figure-agreement: totals of one measure of one event that cannot all be true. Across
/// reports, one finding per measure listing one figure per report involved; within a report,
/// one finding per report.
fn figure_agreement(reports: &[Written], found: &mut Vec<Found>) {
    let mut groups: BTreeMap<(Measure, bool), Vec<Figure<'_>>> = BTreeMap::new();
    for report in reports {
        for figure in &report.figures {
            if figure.role != FigureRole::Total {
                continue;
            }
            let f = Figure { report, figure };
            groups
                .entry((figure.measure, f.cumulative()))
                .or_default()
                .push(f);
        }
    }
    for claims in groups.values_mut() {
        claims.sort_by_key(|f| f.key());
        found.extend(conflict(claims, true));
        let mut by_report: BTreeMap<usize, Vec<Figure<'_>>> = BTreeMap::new();
        for f in claims.iter() {
            by_report.entry(f.report.seq).or_default().push(*f);
        }
        for claims in by_report.values() {
            found.extend(conflict(claims, false));
        }
    }
}

fn same_side(a: Figure<'_>, b: Figure<'_>, distinct: usize) -> bool {
    match (a.side(), b.side()) {
        (Some(x), Some(y)) => x == y,
        (None, None) => true,
        _ => {
            let written = a.figure.owner.is_some() || b.figure.owner.is_some();
            !written && distinct <= 1
        }
    }
}

/// Tolls that rise during a day: between reports published at different times, a later higher
/// figure is an update (`toll-rose`) and a later lower one a stale figure
/// (`toll-fell-without-correction`), never a contradiction.
fn rolling(measure: Measure) -> bool {
    matches!(
        measure,
        Measure::Killed | Measure::Injured | Measure::ChildrenKilled | Measure::ChildrenInjured
    )
}

/// How a pair of disagreeing figures is reported, as `figure_agreement.rs` decides: by the
/// rule that reports it, with the pair ordered earlier → later for tolls.
fn classify<'a>(a: Figure<'a>, b: Figure<'a>) -> (&'static str, Figure<'a>, Figure<'a>) {
    let (ta, tb) = (a.moment(), b.moment());
    if a.report.seq != b.report.seq && ta != tb && rolling(a.figure.measure) {
        let (earlier, later) = if ta < tb { (a, b) } else { (b, a) };
        let rose = match (earlier.figure.interval.high, later.figure.interval.low) {
            (Some(high), Some(low)) => low >= high,
            _ => false,
        };
        let rule = if rose {
            "toll-rose"
        } else {
            "toll-fell-without-correction"
        };
        return (rule, earlier, later);
    }
    let rule = if a.report.seq != b.report.seq {
        "conflicting-figures"
    } else {
        "self-contradicting-figures"
    };
    (rule, a, b)
}

/// The findings for a set of comparable figures, one per rule that has a disagreeing pair, with
/// the claims involved chosen and ordered as the checker does.
fn conflict(claims: &[Figure<'_>], across: bool) -> Vec<Found> {
    let sides: std::collections::BTreeSet<&str> = claims.iter().filter_map(|f| f.side()).collect();
    let mut pairs: BTreeMap<&'static str, Vec<(Figure<'_>, Figure<'_>)>> = BTreeMap::new();
    for (i, &a) in claims.iter().enumerate() {
        for &b in &claims[i + 1..] {
            let different_reports = a.report.seq != b.report.seq;
            if across != different_reports
                || !same_side(a, b, sides.len())
                || a.occasion() != b.occasion()
            {
                continue;
            }
            if a.figure.interval.is_disjoint(&b.figure.interval) {
                let (rule, first, second) = classify(a, b);
                pairs.entry(rule).or_default().push((first, second));
            }
        }
    }
    let mut found = Vec::new();
    for (rule, pairs) in pairs {
        let (first_a, first_b) = pairs[0];
        let mut involved: Vec<Figure<'_>> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
        let update = rule.starts_with("toll-");
        if update {
            involved.sort_by_key(|f| (f.moment(), f.report.seq));
        } else {
            involved.sort_by_key(|f| f.key());
        }
        involved.dedup_by_key(|f| f.key());
        if across {
            let mut seen = std::collections::BTreeSet::new();
            involved.retain(|f| seen.insert(f.report.seq));
            for f in [first_a, first_b] {
                if !involved.iter().any(|g| g.key() == f.key()) {
                    involved.push(f);
                }
            }
        }
        let mut plants: Vec<usize> = involved.iter().filter_map(|f| f.figure.plant).collect();
        // A within-report finding may involve only the report's first, consistent figure and
        // the planted second one; both are listed.
        plants.sort();
        plants.dedup();
        found.push(Found {
            rule,
            plants,
            locations: involved.iter().map(|f| f.quote()).collect(),
        });
    }
    found
}

/// part-whole within a report: the largest figure given for each part, summed, against the
/// smallest upper bound given for the whole.
fn part_whole(
    report: &Written,
    rule: &'static str,
    parts: &[Measure],
    whole: Measure,
    found: &mut Vec<Found>,
) {
    let figures: Vec<Figure<'_>> = report
        .figures
        .iter()
        .map(|figure| Figure { report, figure })
        .collect();
    let plain = |f: &Figure<'_>| f.occasion().is_none() && !f.cumulative();
    // Iterator::min_by keeps the first of equal minima, as the rule does.
    let Some(whole_figure) = figures
        .iter()
        .filter(|f| f.figure.measure == whole && f.figure.interval.high.is_some() && plain(f))
        .min_by(|a, b| {
            a.figure
                .interval
                .high
                .unwrap_or(f64::INFINITY)
                .total_cmp(&b.figure.interval.high.unwrap_or(f64::INFINITY))
        })
        .copied()
    else {
        return;
    };
    let whole_high = whole_figure.figure.interval.high.unwrap_or(f64::INFINITY);
    let low = |f: &Figure<'_>| f.figure.interval.low.unwrap_or(0.0);
    let mut chosen = Vec::new();
    for &part in parts {
        // Iterator::max_by keeps the last of equal maxima, as the rule does.
        let best = figures
            .iter()
            .filter(|f| {
                f.figure.measure == part
                    && plain(f)
                    && same_side(
                        **f,
                        whole_figure,
                        usize::from(f.side().is_some() || whole_figure.side().is_some()),
                    )
            })
            .max_by(|a, b| low(a).total_cmp(&low(b)))
            .copied();
        chosen.extend(best);
    }
    let sum: f64 = chosen.iter().map(low).sum();
    if sum <= whole_high {
        return;
    }
    let mut plants: Vec<usize> = chosen
        .iter()
        .chain([&whole_figure])
        .filter_map(|f| f.figure.plant)
        .collect();
    plants.sort();
    plants.dedup();
    let mut locations = vec![whole_figure.quote()];
    locations.extend(chosen.iter().map(|f| f.quote()));
    found.push(Found {
        rule,
        plants,
        locations,
    });
}

/// The terms of office the record has for a person in an office; a title without a
/// jurisdiction matches any.
fn terms_of(person: &str, office: &str, jurisdiction: Option<&str>) -> Vec<world::Term> {
    world::terms()
        .iter()
        .copied()
        .filter(|t| {
            t.person == person
                && t.office == office
                && jurisdiction.is_none_or(|j| j == t.jurisdiction)
        })
        .collect()
}

/// role-record: a former title while a term covers the day, or a current one while none does.
fn role_record(report: &Written, found: &mut Vec<Found>) {
    for role in &report.roles {
        let terms = terms_of(&role.person, role.office, role.jurisdiction);
        if terms.is_empty() {
            continue;
        }
        let covered = terms.iter().any(|t| t.covers(report.published));
        if role.former == covered {
            found.push(Found {
                rule: "title-contradicts-record",
                plants: role.plant.into_iter().collect(),
                locations: vec![report.quote(role.start, role.end)],
            });
        }
    }
}

fn compatible(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// role-agreement within a report: the first former title of a person that has a current title
/// of the same office in the same report.
fn role_agreement_within(report: &Written, found: &mut Vec<Found>) {
    let mut by_person: BTreeMap<&str, Vec<&WrittenRole>> = BTreeMap::new();
    for role in &report.roles {
        by_person
            .entry(role.person.as_str())
            .or_default()
            .push(role);
    }
    for roles in by_person.values_mut() {
        roles.sort_by_key(|r| r.start);
        let pair = roles.iter().filter(|a| a.former).find_map(|a| {
            roles
                .iter()
                .find(|b| {
                    !b.former && b.office == a.office && compatible(a.jurisdiction, b.jurisdiction)
                })
                .map(|b| (*a, *b))
        });
        if let Some((a, b)) = pair {
            let mut plants: Vec<usize> = [a.plant, b.plant].into_iter().flatten().collect();
            plants.dedup();
            found.push(Found {
                rule: "self-contradicting-titles",
                plants,
                locations: vec![report.quote(a.start, a.end), report.quote(b.start, b.end)],
            });
        }
    }
}

/// Whether two spellings of one person's name differ: different surnames, or both with first
/// names and the first names differ ("Donald Trump", "Trump" and "Donald J. Trump" agree).
fn spellings_differ(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    let (Some(last_a), Some(last_b)) = (wa.last(), wb.last()) else {
        return false;
    };
    last_a != last_b || (wa.len() >= 2 && wb.len() >= 2 && wa[0] != wb[0])
}

/// name-variant: one person's name written in two spellings in one report.
fn name_variant(report: &Written, found: &mut Vec<Found>) {
    let mut by_person: BTreeMap<&str, Vec<_>> = BTreeMap::new();
    for name in &report.names {
        by_person
            .entry(name.person.as_str())
            .or_default()
            .push(name);
    }
    for names in by_person.values_mut() {
        names.sort_by_key(|n| n.start);
        let mut distinct: Vec<&super::compose::WrittenName> = Vec::new();
        for name in names.iter() {
            if distinct
                .iter()
                .all(|d| spellings_differ(&d.written, &name.written))
            {
                distinct.push(name);
            }
        }
        if distinct.len() >= 2 {
            let plants: Vec<usize> = names.iter().filter_map(|n| n.plant).collect();
            found.push(Found {
                rule: "inconsistent-name-spelling",
                plants,
                locations: distinct
                    .iter()
                    .map(|n| report.quote(n.start, n.end))
                    .collect(),
            });
        }
    }
}

/// elapsed-time: a planted ordinal year, with the start date when the sentence gives one.
fn elapsed(report: &Written, found: &mut Vec<Found>) {
    for duration in &report.durations {
        let Some(plant) = duration.plant else {
            continue;
        };
        let mut locations = vec![report.quote(duration.start, duration.end)];
        if let Some((start, end)) = duration.start_words {
            locations.push(report.quote(start, end));
        }
        found.push(Found {
            rule: "elapsed-contradicts-start",
            plants: vec![plant],
            locations,
        });
    }
}

/// Titles of the whole corpus by publication day, for role-agreement across reports, which
/// compares reports of any event published the same day.
#[derive(Default)]
pub struct RoleRegister {
    by_day: BTreeMap<(Date, String), Vec<RoleSeen>>,
}

struct RoleSeen {
    seq: usize,
    quote: Quote,
    office: &'static str,
    jurisdiction: Option<&'static str>,
    former: bool,
    plant: Option<String>,
}

impl RoleRegister {
    pub fn add(&mut self, event: &Event, reports: &[Written]) {
        for report in reports {
            for role in &report.roles {
                self.by_day
                    .entry((report.published, role.person.clone()))
                    .or_default()
                    .push(RoleSeen {
                        seq: report.seq,
                        quote: report.quote(role.start, role.end),
                        office: role.office,
                        jurisdiction: role.jurisdiction,
                        former: role.former,
                        plant: role.plant.map(|p| format!("p{:06}.{p}", event.index)),
                    });
            }
        }
    }

    /// role-agreement across reports: per person and day, the first former title that has a
    /// current title of the same office in another report that day.
    pub fn findings(self, truth: &mut Truth) {
        for (_, mut roles) in self.by_day {
            roles.sort_by_key(|r| (r.seq, r.quote.start));
            let pair = roles.iter().filter(|a| a.former).find_map(|a| {
                roles
                    .iter()
                    .find(|b| {
                        !b.former
                            && b.seq != a.seq
                            && b.office == a.office
                            && compatible(a.jurisdiction, b.jurisdiction)
                    })
                    .map(|b| (a, b))
            });
            let Some((a, b)) = pair else {
                continue;
            };
            let plants: Vec<String> = [&a.plant, &b.plant]
                .into_iter()
                .flatten()
                .cloned()
                .collect();
            assert!(
                !plants.is_empty(),
                "generator bug: titles disagree with no plant: {:?}",
                a.quote
            );
            truth.findings.push(ExpectedFinding {
                rule: "conflicting-titles".to_string(),
                plants,
                locations: vec![a.quote.clone(), b.quote.clone()],
            });
        }
    }
}

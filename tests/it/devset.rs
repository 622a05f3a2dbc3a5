//! The labelled development sets in tests/dev/: what the parser reads from varied news
//! sentences, scored against what a careful reader finds. Each test prints its figures and
//! fails below its bar.

use std::sync::Arc;

use crosscheck::claim::{Claim, ClaimKind, Hedge};
use crosscheck::engine;
use crosscheck::report::{Meta, Published, Report};
use crosscheck::span::Span;
use crosscheck::time::resolve;
use serde::Deserialize;

use crate::support::shipped;

#[derive(Debug, Deserialize)]
struct RolesTime {
    case: Vec<RolesTimeCase>,
}

#[derive(Debug, Deserialize)]
struct RolesTimeCase {
    published: toml::value::Datetime,
    text: String,
    #[serde(default)]
    role: Vec<GoldRole>,
    #[serde(default)]
    time: Vec<GoldTime>,
}

#[derive(Debug, Deserialize)]
struct GoldRole {
    text: String,
    person: String,
    office: String,
    qualifier: String,
}

#[derive(Debug, Deserialize)]
struct GoldTime {
    text: String,
    kind: String,
    from: Option<toml::value::Datetime>,
    to: Option<toml::value::Datetime>,
    unit: Option<String>,
    number: Option<f64>,
    ordinal: Option<bool>,
}

/// Precision and recall, with what was compared.
#[derive(Debug, Default)]
pub struct Score {
    pub matched_predictions: usize,
    pub predictions: usize,
    pub matched_gold: usize,
    pub gold: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.matched_predictions, self.predictions)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.matched_gold, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, other: &Score) {
        self.matched_predictions += other.matched_predictions;
        self.predictions += other.predictions;
        self.matched_gold += other.matched_gold;
        self.gold += other.gold;
    }

    fn line(&self, name: &str) -> String {
        format!(
            "{name:<22} precision {:.3} ({}/{})  recall {:.3} ({}/{})  F1 {:.3}",
            self.precision(),
            self.matched_predictions,
            self.predictions,
            self.recall(),
            self.matched_gold,
            self.gold,
            self.f1()
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn date(d: &toml::value::Datetime) -> jiff::civil::Date {
    let d = d.date.expect("a date");
    jiff::civil::Date::new(d.year as i16, d.month as i8, d.day as i8).expect("a valid date")
}

fn report(text: &str, published: Option<jiff::civil::Date>) -> Report {
    let text: Arc<str> = Arc::from(text);
    Report {
        path: "case".into(),
        name: None,
        body: Span::new(0, text.len()),
        text,
        origin: None,
        topics: Vec::new(),
        names: Vec::new(),
        fingerprint: Default::default(),
        meta: Meta {
            published: published.map(|date| Published { date, time: None }),
            ..Meta::default()
        },
    }
}

fn claims_of(report: Report) -> (Report, Vec<Claim>) {
    let reports = vec![report];
    let claims = engine::extract_all(&reports, shipped().context())
        .into_iter()
        .flat_map(|e| e.claims)
        .collect();
    (reports.into_iter().next().unwrap(), claims)
}

/// The byte span of `needle` in `text` (its first occurrence).
fn find(text: &str, needle: &str) -> Option<Span> {
    text.find(needle).map(|at| Span::new(at, at + needle.len()))
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Greedy one-to-one matching of predictions to gold items.
fn match_up<P, G>(predictions: &[P], gold: &[G], fits: impl Fn(&P, &G) -> bool) -> Score {
    let mut used = vec![false; gold.len()];
    let mut matched_predictions = 0;
    for p in predictions {
        if let Some(g) = (0..gold.len()).find(|&g| !used[g] && fits(p, &gold[g])) {
            used[g] = true;
            matched_predictions += 1;
        }
    }
    Score {
        matched_predictions,
        predictions: predictions.len(),
        matched_gold: used.iter().filter(|u| **u).count(),
        gold: gold.len(),
    }
}

#[test]
fn roles_and_time_development_set() {
    let data: RolesTime =
        toml::from_str(&std::fs::read_to_string("tests/dev/roles-time.toml").unwrap()).unwrap();
    let (mut roles, mut dates, mut elapsed) =
        (Score::default(), Score::default(), Score::default());
    let mut misses = Vec::new();
    for case in &data.case {
        let published = date(&case.published);
        let (_, claims) = claims_of(report(&case.text, Some(published)));

        let predicted_roles: Vec<&Claim> = claims
            .iter()
            // This set labels the lexicon's offices; open titles ("coach", "Gen.") are
            // measured by the title development set (tests/it/titles.rs).
            .filter(|c| matches!(&c.kind, ClaimKind::Role(r) if !r.open))
            .collect();
        let score = match_up(&predicted_roles, &case.role, |p, g| {
            let ClaimKind::Role(r) = &p.kind else {
                return false;
            };
            find(&case.text, &g.text).is_some_and(|span| overlaps(span, p.span))
                && r.person == g.person
                && r.office == g.office
                && r.qualifier.name() == g.qualifier
        });
        if score.matched_gold < score.gold || score.matched_predictions < score.predictions {
            misses.push(format!(
                "roles: {:?}\n  gold: {:?}\n  read: {:?}",
                case.text,
                case.role
                    .iter()
                    .map(|g| format!("{} = {} {} {}", g.text, g.qualifier, g.office, g.person))
                    .collect::<Vec<_>>(),
                predicted_roles
                    .iter()
                    .map(|c| match &c.kind {
                        ClaimKind::Role(r) => format!(
                            "{} = {} {} {}",
                            c.text,
                            r.qualifier.name(),
                            r.office,
                            r.person
                        ),
                        _ => String::new(),
                    })
                    .collect::<Vec<_>>()
            ));
        }
        roles.add(&score);

        let gold_dates: Vec<&GoldTime> = case.time.iter().filter(|t| t.kind == "date").collect();
        let gold_elapsed: Vec<&GoldTime> =
            case.time.iter().filter(|t| t.kind == "elapsed").collect();
        let predicted_dates: Vec<&Claim> = claims
            .iter()
            .filter(|c| matches!(c.kind, ClaimKind::Date(_)))
            .collect();
        let predicted_elapsed: Vec<&Claim> = claims
            .iter()
            .filter(|c| matches!(c.kind, ClaimKind::Elapsed(_)))
            .collect();
        let score = match_up(&predicted_dates, &gold_dates, |p, g| {
            let ClaimKind::Date(d) = &p.kind else {
                return false;
            };
            let Some(range) = resolve(d.expr, published) else {
                return false;
            };
            find(&case.text, &g.text).is_some_and(|span| overlaps(span, p.span))
                && g.from.as_ref().map(date) == Some(range.first)
                && g.to.as_ref().map(date) == Some(range.last)
        });
        if score.matched_gold < score.gold || score.matched_predictions < score.predictions {
            misses.push(format!(
                "dates: {:?} ({published})\n  gold: {:?}\n  read: {:?}",
                case.text,
                gold_dates
                    .iter()
                    .map(|g| format!(
                        "{} = {:?}..{:?}",
                        g.text,
                        g.from.map(|d| date(&d).to_string()),
                        g.to.map(|d| date(&d).to_string())
                    ))
                    .collect::<Vec<_>>(),
                predicted_dates
                    .iter()
                    .map(|c| match &c.kind {
                        ClaimKind::Date(d) => format!(
                            "{} = {:?}",
                            c.text,
                            resolve(d.expr, published).map(|r| r.describe())
                        ),
                        _ => String::new(),
                    })
                    .collect::<Vec<_>>()
            ));
        }
        dates.add(&score);
        let score = match_up(&predicted_elapsed, &gold_elapsed, |p, g| {
            let ClaimKind::Elapsed(e) = &p.kind else {
                return false;
            };
            find(&case.text, &g.text).is_some_and(|span| overlaps(span, p.span))
                && g.unit.as_deref() == Some(e.unit.name())
                && g.number == Some(e.number)
                && g.ordinal == Some(e.ordinal)
        });
        if score.matched_gold < score.gold || score.matched_predictions < score.predictions {
            misses.push(format!(
                "elapsed: {:?}\n  gold: {:?}\n  read: {:?}",
                case.text,
                gold_elapsed
                    .iter()
                    .map(|g| format!(
                        "{} = {:?} {:?} ordinal {:?}",
                        g.text, g.number, g.unit, g.ordinal
                    ))
                    .collect::<Vec<_>>(),
                predicted_elapsed
                    .iter()
                    .map(|c| c.text.clone())
                    .collect::<Vec<_>>()
            ));
        }
        elapsed.add(&score);
    }
    let mut time = Score::default();
    time.add(&dates);
    time.add(&elapsed);
    println!("roles and time development set: {} cases", data.case.len());
    println!("{}", roles.line("roles"));
    println!("{}", dates.line("dates"));
    println!("{}", elapsed.line("durations"));
    println!("{}", time.line("time (dates+durations)"));
    if std::env::var_os("DEVSET_MISSES").is_some() {
        for miss in &misses {
            println!("{miss}");
        }
    }
    for (name, score) in [("roles", &roles), ("time", &time)] {
        assert!(
            score.precision() >= 0.9 && score.recall() >= 0.9,
            "{name}: precision {:.3}, recall {:.3} (bar 0.9 each); run with DEVSET_MISSES=1 to list misses",
            score.precision(),
            score.recall()
        );
    }
}

#[derive(Debug, Deserialize)]
struct Quantities {
    case: Vec<QuantityCase>,
}

#[derive(Debug, Deserialize)]
struct QuantityCase {
    text: String,
    #[serde(default)]
    quantity: Vec<GoldQuantity>,
}

#[derive(Debug, Deserialize)]
struct GoldQuantity {
    text: String,
    value: Option<f64>,
    range: Option<[f64; 2]>,
    hedge: String,
    unit: String,
}

/// A figure as the scorer compares it: span, value, unit, hedge.
struct Figure {
    span: Span,
    value: f64,
    range: Option<[f64; 2]>,
    unit: Option<String>,
    hedge: Hedge,
}

fn figures(claims: &[Claim]) -> Vec<Figure> {
    claims
        .iter()
        .filter_map(|c| match &c.kind {
            ClaimKind::Quantity(q) => Some(Figure {
                span: c.span,
                value: q.number,
                range: q.range,
                unit: q.unit.as_deref().map(str::to_string),
                hedge: q.hedge,
            }),
            ClaimKind::Elapsed(e) if !e.ordinal => Some(Figure {
                span: c.span,
                value: e.number,
                range: None,
                unit: Some(e.unit.name().to_string()),
                hedge: e.hedge,
            }),
            _ => None,
        })
        .collect()
}

fn hedge_name(hedge: Hedge) -> String {
    serde_json::to_value(hedge)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn same_value(p: &Figure, g: &GoldQuantity) -> bool {
    match (g.value, g.range) {
        (_, Some(range)) => p.range == Some(range),
        (Some(value), None) => (p.value - value).abs() <= 1e-6 * value.abs().max(1.0),
        (None, None) => false,
    }
}

#[test]
fn quantities_development_set() {
    let data: Quantities =
        toml::from_str(&std::fs::read_to_string("tests/dev/quantities.toml").unwrap()).unwrap();
    let (mut value, mut value_unit, mut value_hedge) =
        (Score::default(), Score::default(), Score::default());
    let mut misses = Vec::new();
    for case in &data.case {
        let (_, claims) = claims_of(report(&case.text, None));
        let predicted = figures(&claims);
        let at = |p: &Figure, g: &GoldQuantity| {
            find(&case.text, &g.text).is_some_and(|span| overlaps(span, p.span))
        };
        let v = match_up(&predicted, &case.quantity, |p, g| {
            at(p, g) && same_value(p, g)
        });
        let vu = match_up(&predicted, &case.quantity, |p, g| {
            at(p, g) && same_value(p, g) && p.unit.as_deref() == Some(g.unit.as_str())
        });
        let vh = match_up(&predicted, &case.quantity, |p, g| {
            at(p, g) && same_value(p, g) && hedge_name(p.hedge) == g.hedge
        });
        if vu.matched_gold < vu.gold || vu.matched_predictions < vu.predictions {
            misses.push(format!(
                "{:?}\n  gold: {:?}\n  read: {:?}",
                case.text,
                case.quantity
                    .iter()
                    .map(|g| format!(
                        "{} = {:?}{:?} {} {}",
                        g.text, g.value, g.range, g.unit, g.hedge
                    ))
                    .collect::<Vec<_>>(),
                predicted
                    .iter()
                    .map(|p| format!(
                        "{} = {} {:?} {}",
                        &case.text[p.span.start..p.span.end],
                        p.value,
                        p.unit,
                        hedge_name(p.hedge)
                    ))
                    .collect::<Vec<_>>()
            ));
        }
        value.add(&v);
        value_unit.add(&vu);
        value_hedge.add(&vh);
    }
    println!("quantities development set: {} cases", data.case.len());
    println!("{}", value.line("value"));
    println!("{}", value_unit.line("value+unit"));
    println!("{}", value_hedge.line("value+hedge"));
    if std::env::var_os("DEVSET_MISSES").is_some() {
        for miss in &misses {
            println!("{miss}");
        }
    }
    // FIXME: the quantity-claims issue sets the bars at value F1 >= 0.95 and value+unit
    // F1 >= 0.90; until that work lands this guards the level reached so far.
    assert!(
        value.f1() >= 0.80,
        "value F1 {:.3} fell below 0.80",
        value.f1()
    );
    assert!(
        value_unit.f1() >= 0.65,
        "value+unit F1 {:.3} fell below 0.65",
        value_unit.f1()
    );
}

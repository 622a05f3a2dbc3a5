//! The title development set (tests/data/titles/dev.toml): a few hundred sentences in the
//! project's own wording, each with the people it names and their titles. Prints precision and
//! recall of role claims (person, office, qualifier), of the bodies they name (the
//! organisation or jurisdiction) and of name linking, and fails below the floors measured.

use std::collections::BTreeMap;

use serde::Deserialize;

use crosscheck::claim::{ClaimKind, Qualifier, ReportIndex, Role};
use crosscheck::facts::record::name_key;
use crosscheck::parse::people::same_person;
use crosscheck::parse::{extract, office_key, person_key};
use crosscheck::span::Span;

use crate::support::shipped;

#[derive(Deserialize)]
struct DevSet {
    case: Vec<Case>,
    link: Vec<Link>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    domain: String,
    text: String,
    roles: Vec<Gold>,
}

#[derive(Deserialize)]
struct Gold {
    name: String,
    office: String,
    #[serde(default = "current")]
    qualifier: String,
    /// The organisation or jurisdiction as written ("Japan", "Harlow Motors").
    #[serde(default)]
    of: Option<String>,
}

#[derive(Deserialize)]
struct Link {
    a: String,
    b: String,
    same: bool,
}

fn current() -> String {
    "current".into()
}

/// The set keeps "deputy" in the office ("deputy prime minister"); crosscheck reads it as a
/// qualifier of the office.
fn office_with_deputy(role: &Role) -> String {
    if role.qualifier == Qualifier::Deputy {
        format!("deputy-{}", role.office)
    } else {
        role.office.to_string()
    }
}

/// (name, office, qualifier) of every named role read in `text`.
fn read_roles(text: &str) -> Vec<Triple> {
    let lexicon = &shipped().lexicon;
    extract(ReportIndex(0), text, Span::new(0, text.len()), lexicon)
        .claims
        .into_iter()
        .filter_map(|c| match c.kind {
            ClaimKind::Role(r) if !r.name.is_empty() => Some((
                name_key(&r.name),
                office_with_deputy(&r),
                match r.qualifier {
                    Qualifier::Deputy => "current".to_string(),
                    q => q.name().to_string(),
                },
            )),
            _ => None,
        })
        .collect()
}

/// A role as compared: (name key, office, qualifier).
type Triple = (String, String, String);

/// (name, office, body) of every named role read in `text` that names its body.
fn read_bodies(text: &str) -> Vec<Triple> {
    let lexicon = &shipped().lexicon;
    extract(ReportIndex(0), text, Span::new(0, text.len()), lexicon)
        .claims
        .into_iter()
        .filter_map(|c| match c.kind {
            ClaimKind::Role(r) if !r.name.is_empty() => {
                let body = r.jurisdiction.as_deref()?;
                let known = lexicon.jurisdictions.iter().any(|j| j.id == body);
                Some((
                    name_key(&r.name),
                    office_with_deputy(&r),
                    if known {
                        body.to_lowercase()
                    } else {
                        body_key(body)
                    },
                ))
            }
            _ => None,
        })
        .collect()
}

/// A body as compared: the lexicon's jurisdiction id when its forms name it ("Japan",
/// "Japanese"), else its words in lower case without "the" and a possessive's ending.
fn body_key(written: &str) -> String {
    let lexicon = &shipped().lexicon;
    let trimmed = written.trim();
    let trimmed = trimmed.strip_prefix("the ").unwrap_or(trimmed);
    let trimmed = trimmed
        .strip_suffix("'s")
        .or_else(|| trimmed.strip_suffix('\''))
        .unwrap_or(trimmed);
    // The lexicon lists some names only in the possessive ("Britain's").
    [trimmed.to_string(), format!("{trimmed}'s")]
        .iter()
        .find_map(|form| {
            let toks = crosscheck::text::tokens(form, 0);
            let found = lexicon.jurisdiction_forms.longest_at(&toks, 0)?;
            (found.len == toks.len()).then(|| lexicon.jurisdictions[*found.value].id.to_lowercase())
        })
        .unwrap_or_else(|| trimmed.to_lowercase())
}

#[derive(Default)]
struct Tally {
    read: usize,
    gold: usize,
    right: usize,
}

impl Tally {
    fn precision(&self) -> f64 {
        if self.read == 0 {
            1.0
        } else {
            self.right as f64 / self.read as f64
        }
    }
    fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.right as f64 / self.gold as f64
        }
    }
}

/// Counts matches of read against gold, each used once.
fn tally(read: &[Triple], gold: &[Triple], keep: fn(&Triple) -> Triple, t: &mut Tally) {
    let mut left: Vec<Triple> = gold.iter().map(keep).collect();
    t.read += read.len();
    t.gold += gold.len();
    for r in read.iter().map(keep) {
        if let Some(i) = left.iter().position(|g| *g == r) {
            left.remove(i);
            t.right += 1;
        }
    }
}

fn load() -> Option<DevSet> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/titles/dev.toml");
    let text = std::fs::read_to_string(path).ok()?;
    Some(toml::from_str(&text).expect("tests/data/titles/dev.toml is a valid development set"))
}

#[test]
fn title_development_set() {
    let set = load().expect("tests/data/titles/dev.toml is in the repository");
    let mut full = Tally::default();
    let mut named = Tally::default();
    let mut bodies = Tally::default();
    let mut body_misses = Vec::new();
    let mut by_domain: BTreeMap<String, Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    for case in &set.case {
        let read = read_roles(&case.text);
        let gold: Vec<Triple> = case
            .roles
            .iter()
            .map(|g| {
                (
                    name_key(&g.name),
                    office_key(&shipped().lexicon, &g.office),
                    g.qualifier.clone(),
                )
            })
            .collect();
        tally(&read, &gold, Clone::clone, &mut full);
        let gold_bodies: Vec<Triple> = case
            .roles
            .iter()
            .filter_map(|g| {
                Some((
                    name_key(&g.name),
                    office_key(&shipped().lexicon, &g.office),
                    body_key(g.of.as_deref()?),
                ))
            })
            .collect();
        let mut read_bodies = read_bodies(&case.text);
        tally(&read_bodies, &gold_bodies, Clone::clone, &mut bodies);
        let mut gold_bodies = gold_bodies;
        read_bodies.sort();
        gold_bodies.sort();
        if read_bodies != gold_bodies {
            body_misses.push(format!(
                "{}: bodies read {:?}, expected {:?}",
                case.id, read_bodies, gold_bodies
            ));
        }
        tally(
            &read,
            &gold,
            |r| (r.0.clone(), r.1.clone(), String::new()),
            &mut named,
        );
        tally(
            &read,
            &gold,
            Clone::clone,
            by_domain.entry(case.domain.clone()).or_default(),
        );
        let mut sorted_read = read.clone();
        sorted_read.sort();
        let mut sorted_gold = gold.clone();
        sorted_gold.sort();
        if sorted_read != sorted_gold {
            misses.push(format!(
                "{}: read {:?}, expected {:?}",
                case.id, sorted_read, sorted_gold
            ));
        }
    }
    let lexicon = &shipped().lexicon;
    let mut links = Tally::default();
    for link in &set.link {
        let same = person_key(lexicon, &link.a) == person_key(lexicon, &link.b)
            || same_person(lexicon, &link.a, &link.b);
        links.read += usize::from(same);
        links.gold += usize::from(link.same);
        links.right += usize::from(same && link.same);
    }
    println!(
        "titles: {} cases; role (person, office, qualifier) P {:.2} R {:.2} ({} read, {} expected, {} right); person and office P {:.2} R {:.2}",
        set.case.len(),
        full.precision(),
        full.recall(),
        full.read,
        full.gold,
        full.right,
        named.precision(),
        named.recall()
    );
    println!(
        "bodies of titles (person, office, organisation or jurisdiction): P {:.2} R {:.2} ({} read, {} expected, {} right)",
        bodies.precision(),
        bodies.recall(),
        bodies.read,
        bodies.gold,
        bodies.right
    );
    for (domain, t) in &by_domain {
        println!(
            "  {domain:<14} P {:.2} R {:.2} ({} expected)",
            t.precision(),
            t.recall(),
            t.gold
        );
    }
    println!(
        "name linking: {} pairs; same person P {:.2} R {:.2}",
        set.link.len(),
        links.precision(),
        links.recall()
    );
    if std::env::var_os("CROSSCHECK_TITLES_VERBOSE").is_some() {
        for miss in misses.iter().chain(&body_misses) {
            println!("  {miss}");
        }
    }
    // Floors: the figures measured when the set was written (docs/measurements.md).
    assert!(
        full.precision() >= FLOOR.0 && full.recall() >= FLOOR.1,
        "role claims fell below the floor {FLOOR:?}"
    );
    assert!(
        bodies.precision() >= BODY_FLOOR.0 && bodies.recall() >= BODY_FLOOR.1,
        "bodies of titles fell below the floor {BODY_FLOOR:?}"
    );
    assert!(
        links.precision() >= LINK_FLOOR.0 && links.recall() >= LINK_FLOOR.1,
        "name linking fell below the floor {LINK_FLOOR:?}"
    );
}

const FLOOR: (f64, f64) = (0.95, 0.91);
const LINK_FLOOR: (f64, f64) = (0.99, 0.88);
const BODY_FLOOR: (f64, f64) = (0.89, 0.75);

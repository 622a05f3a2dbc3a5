//! The shipped data files load cleanly, and broken ones give located errors.

use std::sync::Arc;

use crosscheck::lexicon::{DataFile, Lexicon};
use crosscheck::rules::RuleSet;

use crate::support::shipped;

fn file(path: &str, text: &str) -> DataFile {
    DataFile {
        path: path.to_string(),
        text: Arc::from(text),
    }
}

#[test]
fn shipped_pack_loads() {
    let shipped = shipped();
    assert!(shipped.rules.iter().count() >= 4);
    assert!(shipped.lexicon.has_measure("drones.launched"));
    assert!(shipped.lexicon.has_measure("people.killed"));
}

#[test]
fn unknown_rule_kind_is_located_and_lists_the_valid_kinds() {
    let bad = file(
        "bad/made-up.toml",
        "kind = \"figure-agreemnt\"\nsummary = \"x\"\nmessage = \"y\"\n",
    );
    let (rules, problems) = RuleSet::load(&[bad], &shipped().lexicon);
    assert!(rules.get("made-up").is_none());
    let problem = &problems[0];
    assert_eq!(problem.position().map(|p| (p.line, p.column)), Some((1, 8)));
    assert!(
        problem
            .help
            .as_deref()
            .unwrap()
            .contains("figure-agreement")
    );
}

#[test]
fn unknown_check_key_is_located() {
    let bad = file(
        "bad/typo.toml",
        "kind = \"figure-agreement\"\nsummary = \"x\"\nmessage = \"y\"\n[check]\nscop = \"within-report\"\n",
    );
    let (_, problems) = RuleSet::load(&[bad], &shipped().lexicon);
    assert_eq!(problems[0].position().map(|p| p.line), Some(5));
    assert!(
        problems[0].message.contains("scop"),
        "{}",
        problems[0].message
    );
}

#[test]
fn unknown_measure_and_placeholder_are_located() {
    let bad = file(
        "bad/measure.toml",
        "kind = \"figure-agreement\"\nsummary = \"x\"\nmessage = \"{nonsense}\"\n[check]\nmeasures = [\"hostages.held\"]\n",
    );
    let (_, problems) = RuleSet::load(&[bad], &shipped().lexicon);
    let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("unknown measure `hostages.held`")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("{nonsense}")),
        "{messages:?}"
    );
    let measure = problems
        .iter()
        .find(|p| p.message.contains("measure"))
        .unwrap();
    assert_eq!(measure.position().map(|p| p.line), Some(5));
}

#[test]
fn lexicon_errors_are_located() {
    let bad = file(
        "lexicon/bad.toml",
        "[[class]]\nid = \"hostages\"\nunit = \"hostage\"\nnouns = [\"hostages\"]\nactions = [\"helld\"]\n",
    );
    let (_, problems) = Lexicon::load(&[bad]);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].position().map(|p| p.line), Some(5));
    assert!(problems[0].message.contains("helld"));
}

#[test]
fn a_class_counted_as_another_must_name_one_listing_the_action() {
    let bad = file(
        "lexicon/bad.toml",
        "[[class]]\nid = \"crews\"\nunit = \"crew\"\nnouns = [\"crews\"]\ncounts-as = { released = \"hostages\" }\n\n[[class]]\nid = \"hostages\"\nunit = \"hostage\"\nnouns = [\"hostages\"]\n\n[[action]]\nid = \"released\"\nforms = [\"released\"]\n",
    );
    let (_, problems) = Lexicon::load(&[bad]);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].position().map(|p| p.line), Some(5));
    assert!(
        problems[0]
            .message
            .contains("neither lists nor reads action `released`")
    );
}

#[test]
fn a_noun_in_two_sets_of_counted_synonyms_is_a_problem() {
    let bad = file(
        "lexicon/synonyms.toml",
        "counted-synonyms = [\n  [\"stores\", \"shops\"],\n  [\"outlets\", \"shops\"],\n]\n",
    );
    let (lexicon, problems) = Lexicon::load(&[bad]);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].position().map(|p| p.line), Some(3));
    assert!(problems[0].message.contains("`shops` is defined twice"));
    // The first set keeps the noun.
    assert_eq!(
        lexicon.counted_synonyms.get("shops").map(String::as_str),
        Some("stores")
    );
}

#[test]
fn user_lexicon_adds_a_measure() {
    let extra = file(
        "lexicon/hostages.toml",
        "[[class]]\nid = \"hostages\"\nunit = \"hostage\"\nnouns = [\"hostages\"]\nactions = [\"released\"]\n\n[[action]]\nid = \"released\"\nforms = [\"released\", \"freed\"]\n",
    );
    let mut files = crosscheck::pack::Pack::shipped().lexicon;
    files.push(extra);
    let (lexicon, problems) = Lexicon::load(&files);
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(lexicon.has_measure("hostages.released"));
}

#[test]
fn measures_are_named_in_words() {
    let (lexicon, problems) = Lexicon::load(&crosscheck::pack::Pack::shipped().lexicon);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(
        lexicon.measure_label("inflation.percentage.october.2024"),
        "inflation in October 2024 (percentage)"
    );
    assert_eq!(
        lexicon.measure_label("turnout.percentage"),
        "turnout (percentage)"
    );
    assert_eq!(
        lexicon.measure_label("seats.won.of-civic-union"),
        "Civic Union seats won"
    );
    assert_eq!(lexicon.measure_label("jobs.cut"), "jobs cut");
}

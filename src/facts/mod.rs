//! The record of facts: who held which office when, and when long events began, as data in
//! `rules/facts/*.toml`, every entry with its source. Findings that rely on a fact cite it.

use std::sync::Arc;

pub mod record;

use jiff::civil::Date;
use serde::Deserialize;
use toml::Spanned;

use crate::lexicon::{DataFile, Lexicon};
use crate::problem::{Problem, from_toml_error};
use crate::span::Span;

/// A term of office.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub person: String,
    pub office: String,
    pub jurisdiction: String,
    pub from: Date,
    /// The first day out of office; `None` while in office.
    pub to: Option<Date>,
    pub acting: bool,
    pub source: String,
}

impl Term {
    pub fn covers(&self, date: Date) -> bool {
        self.from <= date && self.to.is_none_or(|to| date < to)
    }

    /// "President of the United States from 2025-01-20" / "… from 2021-01-20 to 2025-01-20".
    pub fn describe(&self, lexicon: &Lexicon) -> String {
        let name = lexicon
            .person(&self.person)
            .map_or(self.person.as_str(), |p| p.name.as_str());
        let office = office_title(&self.office);
        let place = lexicon
            .jurisdiction_name(&self.jurisdiction)
            .unwrap_or(&self.jurisdiction);
        let acting = if self.acting { "acting " } else { "" };
        match self.to {
            Some(to) => format!(
                "{name} was {acting}{office} of {place} from {} to {to}",
                self.from
            ),
            None => format!(
                "{name} has been {acting}{office} of {place} since {}",
                self.from
            ),
        }
    }
}

/// "president" → "President", "foreign-minister" → "Foreign Minister".
pub fn office_title(office: &str) -> String {
    office
        .split('-')
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A long event and when it began.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordEvent {
    pub id: String,
    pub name: String,
    pub start: Date,
    pub end: Option<Date>,
    /// Lower-case words reports use for it ("war", "invasion").
    pub refs: Vec<String>,
    /// Words one of which a report must contain for the event to be meant.
    pub context: Vec<String>,
    pub source: String,
}

/// The whole record.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    pub terms: Vec<Term>,
    pub events: Vec<RecordEvent>,
    /// The record of office-holders built from open datasets (`*.tsv` tables).
    pub record: record::Record,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FactsFile {
    #[serde(default)]
    term: Vec<TermSpec>,
    #[serde(default)]
    event: Vec<EventSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TermSpec {
    person: Spanned<String>,
    office: Spanned<String>,
    jurisdiction: Spanned<String>,
    from: Spanned<toml::value::Datetime>,
    to: Option<Spanned<toml::value::Datetime>>,
    #[serde(default)]
    acting: bool,
    source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EventSpec {
    id: String,
    name: String,
    start: Spanned<toml::value::Datetime>,
    end: Option<Spanned<toml::value::Datetime>>,
    #[serde(default)]
    refs: Vec<String>,
    #[serde(default)]
    context: Vec<String>,
    source: String,
}

impl Facts {
    /// Loads facts files, checking every person, office and jurisdiction against the lexicon.
    pub fn load(files: &[DataFile], lexicon: &Lexicon) -> (Facts, Vec<Problem>) {
        let mut facts = Facts::default();
        let mut problems = Vec::new();
        let (record, record_problems) = record::Record::load(files, lexicon);
        facts.record = record;
        problems.extend(record_problems);
        for file in files.iter().filter(|f| !f.path.ends_with(".tsv")) {
            let spec: FactsFile = match toml::from_str(&file.text) {
                Ok(spec) => spec,
                Err(error) => {
                    problems.push(
                        from_toml_error(&file.path, &file.text, &error, 0)
                            .with_help("a facts file holds [[term]] and [[event]] tables; see docs/rule-format.md"),
                    );
                    continue;
                }
            };
            for term in spec.term {
                if let Some(t) = compile_term(file, term, lexicon, &mut problems) {
                    facts.terms.push(t);
                }
            }
            for event in spec.event {
                let (Some(start), end) = (
                    date(file, &event.start, &mut problems),
                    event
                        .end
                        .as_ref()
                        .and_then(|e| date(file, e, &mut problems)),
                ) else {
                    continue;
                };
                facts.events.push(RecordEvent {
                    id: event.id,
                    name: event.name,
                    start,
                    end,
                    refs: event.refs.iter().map(|r| r.to_lowercase()).collect(),
                    context: event.context,
                    source: event.source,
                });
            }
        }
        (facts, problems)
    }

    /// The terms in which `person` held `office` (of `jurisdiction`, when given).
    pub fn terms_of<'a>(
        &'a self,
        person: &'a str,
        office: &'a str,
        jurisdiction: Option<&'a str>,
    ) -> impl Iterator<Item = &'a Term> + 'a {
        self.terms.iter().filter(move |t| {
            t.person == person
                && t.office == office
                && jurisdiction.is_none_or(|j| j == t.jurisdiction)
        })
    }

    /// Who held `office` (of `jurisdiction`, when given) on `date`.
    pub fn holders<'a>(
        &'a self,
        office: &'a str,
        jurisdiction: Option<&'a str>,
        date: Date,
    ) -> impl Iterator<Item = &'a Term> + 'a {
        self.terms.iter().filter(move |t| {
            t.office == office && jurisdiction.is_none_or(|j| j == t.jurisdiction) && t.covers(date)
        })
    }

    /// The offices `person` held on `date`.
    pub fn offices_of<'a>(
        &'a self,
        person: &'a str,
        date: Date,
    ) -> impl Iterator<Item = &'a Term> + 'a {
        self.terms
            .iter()
            .filter(move |t| t.person == person && t.covers(date))
    }

    /// Record events that `subject` ("war") may mean in a report whose text is `text`.
    /// `found` remembers, for each event of the record, whether the text names its context:
    /// the text is searched once per event and report, however many durations it gives.
    pub fn events_meant<'a>(
        &'a self,
        subject: &str,
        text: &str,
        found: &mut Vec<Option<bool>>,
    ) -> Vec<&'a RecordEvent> {
        let subject = subject.to_lowercase();
        found.resize(self.events.len(), None);
        self.events
            .iter()
            .zip(found.iter_mut())
            .filter(|(e, _)| {
                e.refs.iter().any(|r| {
                    *r == subject
                        || subject
                            .strip_suffix(r.as_str())
                            .is_some_and(|before| before.ends_with(' '))
                })
            })
            .filter_map(|(e, found)| {
                let in_text = *found
                    .get_or_insert_with(|| e.context.iter().any(|word| contains_word(text, word)));
                in_text.then_some(e)
            })
            .collect()
    }
}

fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric)
            && !after.is_some_and(|c| c.is_alphanumeric() && c != 's')
    })
}

fn compile_term(
    file: &DataFile,
    term: TermSpec,
    lexicon: &Lexicon,
    problems: &mut Vec<Problem>,
) -> Option<Term> {
    let mut ok = true;
    if lexicon.person(term.person.get_ref()).is_none() {
        problems.push(
            located(
                file,
                term.person.span(),
                format!("unknown person `{}`", term.person.get_ref()),
            )
            .with_help("add the person to a lexicon file: [[person]] id = …, name = …"),
        );
        ok = false;
    }
    if !lexicon
        .offices
        .iter()
        .any(|o| o.id == *term.office.get_ref())
    {
        let known: Vec<&str> = lexicon.offices.iter().map(|o| o.id.as_str()).collect();
        problems.push(
            located(
                file,
                term.office.span(),
                format!("unknown office `{}`", term.office.get_ref()),
            )
            .with_help(format!(
                "offices the lexicon declares: {}",
                known.join(", ")
            )),
        );
        ok = false;
    }
    if lexicon
        .jurisdiction_name(term.jurisdiction.get_ref())
        .is_none()
    {
        let known: Vec<&str> = lexicon
            .jurisdictions
            .iter()
            .map(|j| j.id.as_str())
            .collect();
        problems.push(
            located(
                file,
                term.jurisdiction.span(),
                format!("unknown jurisdiction `{}`", term.jurisdiction.get_ref()),
            )
            .with_help(format!(
                "jurisdictions the lexicon declares: {}",
                known.join(", ")
            )),
        );
        ok = false;
    }
    let from = date(file, &term.from, problems);
    let to = term.to.as_ref().and_then(|t| date(file, t, problems));
    let from = from?;
    if let (Some(to_date), Some(to_spec)) = (to, &term.to)
        && to_date <= from
    {
        problems.push(located(
            file,
            to_spec.span(),
            format!("`to` ({to_date}) is not after `from` ({from})"),
        ));
        ok = false;
    }
    ok.then(|| Term {
        person: term.person.into_inner(),
        office: term.office.into_inner(),
        jurisdiction: term.jurisdiction.into_inner(),
        from,
        to,
        acting: term.acting,
        source: term.source,
    })
}

fn date(
    file: &DataFile,
    value: &Spanned<toml::value::Datetime>,
    problems: &mut Vec<Problem>,
) -> Option<Date> {
    let parsed = value
        .get_ref()
        .date
        .and_then(|d| Date::new(d.year as i16, d.month as i8, d.day as i8).ok());
    if parsed.is_none() {
        problems.push(located(
            file,
            value.span(),
            "expected a date such as 2025-01-20".into(),
        ));
    }
    parsed
}

fn located(file: &DataFile, span: std::ops::Range<usize>, message: String) -> Problem {
    Problem::new(&file.path, message).at(&Arc::clone(&file.text), Span::new(span.start, span.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_whole() {
        assert!(contains_word("Russia's war in Ukraine", "Ukraine"));
        assert!(contains_word("Ukrainians fled", "Ukrainian"));
        assert!(!contains_word("Ukrainianisation", "Ukrainian"));
    }

    #[test]
    fn office_titles() {
        assert_eq!(office_title("foreign-minister"), "Foreign Minister");
    }
}

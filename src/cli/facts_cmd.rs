//! `crosscheck facts`: ask the record of office-holders who held an office on a day, and what
//! a person held.

use std::io::Write as _;
use std::process::ExitCode;

use clap::Subcommand;
use serde::Serialize;

use super::{EXIT_INPUT_ERROR, PackArgs, human_options, load_packs};
use crate::facts::office_title;
use crate::facts::record::{HeldTerm, Record};
use crate::lexicon::Lexicon;
use crate::render;
use crate::rules::kinds::jurisdiction_label;

#[derive(Debug, Subcommand)]
pub enum FactsCommand {
    /// Who held an office: `facts who "Prime Minister" --of GB --on 2024-07-04`.
    Who {
        /// The office as news writes it ("Prime Minister", "senator", "Majority Whip").
        office: String,
        /// The jurisdiction: a country code ("GB"), a state ("US-CA"), a chamber ("US-Senate")
        /// or a name the lexicon knows ("United Kingdom").
        #[arg(long = "of", value_name = "JURISDICTION")]
        of: Option<String>,
        /// The day; every term when absent.
        #[arg(long, value_name = "DATE")]
        on: Option<jiff::civil::Date>,
        #[arg(long, value_enum, default_value_t = FactsFormat::Human)]
        format: FactsFormat,
        #[command(flatten)]
        pack: PackArgs,
    },
    /// Every term the record gives a person: `facts person "Keir Starmer"`.
    Person {
        /// The name, or any listed spelling of it.
        name: String,
        #[arg(long, value_enum, default_value_t = FactsFormat::Human)]
        format: FactsFormat,
        #[command(flatten)]
        pack: PackArgs,
    },
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum FactsFormat {
    Human,
    Json,
}

/// One term as printed.
#[derive(Serialize)]
struct TermOut<'a> {
    person: &'a str,
    name: &'a str,
    office: &'a str,
    jurisdiction: &'a str,
    from: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    to: Option<String>,
    #[serde(skip_serializing_if = "str::is_empty")]
    party: &'a str,
    source: &'a str,
    licence: &'a str,
}

fn term_out<'a>(record: &'a Record, term: &'a HeldTerm) -> TermOut<'a> {
    let day = |(first, last): (jiff::civil::Date, jiff::civil::Date)| {
        if first == last {
            first.to_string()
        } else if first.year() == last.year() && first.month() == last.month() {
            format!("{:04}-{:02}", first.year(), first.month())
        } else {
            format!("{:04}", first.year())
        }
    };
    let holder = &record.holders[term.person];
    let table = &record.tables[term.table];
    TermOut {
        person: &holder.id,
        name: &holder.name,
        office: &term.office,
        jurisdiction: &term.jurisdiction,
        from: day(term.from),
        to: term.to.map(day),
        party: &term.party,
        source: &table.source,
        licence: &table.licence,
    }
}

/// A jurisdiction as the record keys it: an id as given, or a name the lexicon knows.
fn jurisdiction_id(lexicon: &Lexicon, of: &str) -> String {
    lexicon
        .jurisdictions
        .iter()
        .find(|j| {
            j.name
                .trim_start_matches("the ")
                .eq_ignore_ascii_case(of.trim_start_matches("the "))
        })
        .map_or_else(|| of.to_string(), |j| j.id.clone())
}

pub fn run(command: FactsCommand) -> ExitCode {
    let (pack, format) = match &command {
        FactsCommand::Who { pack, format, .. } | FactsCommand::Person { pack, format, .. } => {
            (pack, *format)
        }
    };
    let loaded = load_packs(pack);
    let stderr = std::io::stderr();
    for problem in &loaded.problems {
        let _ = write!(
            stderr.lock(),
            "{}",
            render::render_problem(problem, human_options())
        );
    }
    let record = &loaded.facts.record;
    let lexicon = &loaded.lexicon;
    let (terms, asked): (Vec<&HeldTerm>, String) = match &command {
        FactsCommand::Who { office, of, on, .. } => {
            let office = crate::parse::office_key(lexicon, office);
            let of = of.as_deref().map(|o| jurisdiction_id(lexicon, o));
            let terms = match (on, &of) {
                (Some(day), Some(of)) => record.holders_on(&office, of, *day),
                _ => record
                    .terms_of_office(&office, of.as_deref())
                    .into_iter()
                    .filter(|t| on.is_none_or(|d| t.surely_covers(d, record.table_end(t))))
                    .collect(),
            };
            let place = of.as_deref().map_or_else(String::new, |o| {
                format!(" of {}", jurisdiction_label(lexicon, o))
            });
            let day = on.map_or_else(String::new, |d| format!(" on {d}"));
            // Say when the day lies past what the record's tables speak for.
            let ends = record
                .terms_of_office(&office, of.as_deref())
                .iter()
                .filter_map(|t| record.table_end(t))
                .max();
            let past = match (on, ends) {
                (Some(d), Some(end)) if *d > end && terms.is_empty() => {
                    format!(" (the record of this office ends on {end})")
                }
                _ => String::new(),
            };
            (
                terms,
                format!("{}{place}{day}{past}", office_title(&office)),
            )
        }
        FactsCommand::Person { name, .. } => {
            let mut people: Vec<usize> = record.named(name).to_vec();
            people.sort_unstable();
            let terms = people
                .into_iter()
                .flat_map(|p| record.terms_of(p))
                .collect();
            (terms, name.clone())
        }
    };
    let out: Vec<TermOut<'_>> = terms.iter().map(|t| term_out(record, t)).collect();
    let text = match format {
        FactsFormat::Json => serde_json::to_string_pretty(&out).unwrap_or_default() + "\n",
        FactsFormat::Human => human(lexicon, &asked, &out),
    };
    if std::io::stdout().lock().write_all(text.as_bytes()).is_err() {
        return ExitCode::from(EXIT_INPUT_ERROR);
    }
    if !loaded.problems.is_empty() {
        return ExitCode::from(EXIT_INPUT_ERROR);
    }
    // Nothing in the record is an answer too, but scripts want to tell it apart.
    if out.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn human(lexicon: &Lexicon, asked: &str, terms: &[TermOut<'_>]) -> String {
    if terms.is_empty() {
        return format!("{asked}: nothing in the record of office-holders\n");
    }
    let mut text = format!("{asked}:\n");
    for t in terms {
        let to = t.to.as_deref().map_or_else(
            || "in office when the record was made".to_string(),
            |to| format!("to {to}"),
        );
        let party = if t.party.is_empty() {
            String::new()
        } else {
            format!(" ({})", t.party)
        };
        text.push_str(&format!(
            "  {}{party}: {} of {}, from {} {to}  [{}, {}]\n",
            t.name,
            office_title(t.office),
            jurisdiction_label(lexicon, t.jurisdiction),
            t.from,
            t.source,
            t.licence,
        ));
    }
    text
}

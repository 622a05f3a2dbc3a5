//! The rule kinds: the closed set of checks that rules configure.
//!
//! Adding a kind is one file here, one entry in [`KINDS`] and one section in
//! docs/rule-format.md.

mod elapsed_time;
mod event_date;
mod event_duration;
mod figure_agreement;
mod name_variant;
mod part_whole;
mod role_agreement;
mod role_holder;
pub use role_holder::jurisdiction_label;
mod role_record;
mod source_support;
mod title_fix;

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::engine::Context;
use crate::finding::Location;
use crate::graph::ClaimGraph;
use crate::lexicon::{DataFile, Lexicon};
use crate::problem::{Problem, from_toml_error};

/// A compiled check: runs over the claim graph and returns what it found.
pub trait RuleKind: Send + Sync {
    fn run(&self, graph: &ClaimGraph<'_>, ctx: Context<'_>) -> Vec<RawFinding>;
}

/// What a kind found, before the rule's templates turn it into a message.
#[derive(Clone, Debug)]
pub struct RawFinding {
    pub locations: Vec<Location>,
    /// Values for the message template's placeholders.
    pub values: BTreeMap<&'static str, String>,
    /// Why the claims were compared.
    pub because: String,
    /// An explanation computed from the claims, added to the help.
    pub note: Option<String>,
    /// A change to the words that resolves the finding.
    pub fix: Option<crate::finding::Fix>,
}

/// What a kind's compiler gets: the rule file and the lexicon to validate against.
pub struct KindInput<'a> {
    pub file: &'a DataFile,
    pub lexicon: &'a Lexicon,
}

/// Compiles a rule file's `[check]` table into a runnable check.
pub type CompileKind = fn(&KindInput<'_>) -> Result<Box<dyn RuleKind>, Vec<Problem>>;

/// A rule kind's entry in the registry.
pub struct KindDef {
    pub name: &'static str,
    pub summary: &'static str,
    /// The placeholders its message templates may use.
    pub placeholders: &'static [&'static str],
    /// What rules of this kind read from the lexicon and the record of facts.
    pub relies_on: &'static str,
    /// A complete rule file of this kind, with one example that fires and one that must not:
    /// what `crosscheck rules new` writes.
    pub template: &'static str,
    /// The JSON Schema of its `[check]` table, from its settings type.
    pub check_schema: fn() -> schemars::Schema,
    pub compile: CompileKind,
}

/// Every rule kind, by name.
pub static KINDS: &[KindDef] = &[
    figure_agreement::KIND,
    figure_agreement::ATTRIBUTED_KIND,
    figure_agreement::UPDATE_KIND,
    role_agreement::KIND,
    role_record::KIND,
    role_holder::KIND,
    elapsed_time::KIND,
    event_date::KIND,
    event_duration::KIND,
    name_variant::KIND,
    part_whole::KIND,
    source_support::KIND,
];

/// Reads a kind's `[check]` table from the rule file, with located errors.
pub(crate) fn read_check<P: DeserializeOwned + Default>(
    input: &KindInput<'_>,
) -> Result<P, Vec<Problem>> {
    #[derive(Deserialize)]
    struct CheckOnly<P> {
        check: Option<P>,
    }
    match toml::from_str::<CheckOnly<P>>(&input.file.text) {
        Ok(only) => Ok(only.check.unwrap_or_default()),
        Err(error) => Err(vec![
            from_toml_error(&input.file.path, &input.file.text, &error, 0)
                .with_help("see docs/rule-format.md for the keys of this kind's [check] table"),
        ]),
    }
}

/// Where a rule compares claims.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Claims of one report.
    WithinReport,
    /// Claims of different reports.
    #[default]
    AcrossReports,
}

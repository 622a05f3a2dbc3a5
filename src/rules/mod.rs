//! Rules: data files in `rules/`, one rule per file, id = file stem.
//!
//! Loading has two phases: the file is deserialised into its spec (the file format), then
//! compiled into a [`Rule`] whose check is a validated, typed instance of one rule kind. Every
//! error in either phase is a [`Problem`] located in the rule file.
//! A small closed set of kinds lives in Rust (`kinds/`); everything else is data.

pub mod docs;
pub mod kinds;
mod spec;
mod template;
pub mod testing;

use std::collections::BTreeMap;
use std::sync::Arc;

pub use kinds::{KINDS, KindDef, RawFinding, RuleKind};
pub use spec::{Example, ExampleReport, rule_file_schema};
pub use template::render_template;

use crate::finding::Severity;
use crate::lexicon::{DataFile, Lexicon};
use crate::problem::Problem;

/// A compiled rule, ready to run.
pub struct Rule {
    /// The file stem: `conflicting-figures`.
    pub id: String,
    /// Where the rule was loaded from.
    pub path: String,
    pub text: Arc<str>,
    pub kind: &'static KindDef,
    pub severity: Severity,
    pub summary: String,
    pub message: String,
    pub help: Option<String>,
    pub check: Box<dyn RuleKind>,
    pub examples: Vec<Example>,
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule")
            .field("id", &self.id)
            .field("kind", &self.kind.name)
            .field("severity", &self.severity)
            .finish()
    }
}

/// The rules of one run, by id. A later pack overrides an earlier rule of the same id.
#[derive(Debug, Default)]
pub struct RuleSet {
    pub rules: BTreeMap<String, Rule>,
}

impl RuleSet {
    /// Compiles rule files; a file with an error is left out and its problem returned.
    pub fn load(files: &[DataFile], lexicon: &Lexicon) -> (RuleSet, Vec<Problem>) {
        let mut set = RuleSet::default();
        let mut problems = Vec::new();
        for file in files {
            match spec::compile(file, lexicon) {
                Ok(rule) => {
                    set.rules.insert(rule.id.clone(), rule);
                }
                Err(mut errors) => problems.append(&mut errors),
            }
        }
        (set, problems)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Rule> {
        self.rules.values()
    }

    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.get(id)
    }
}

/// The id a rule file gets: its file stem.
pub fn rule_id(path: &str) -> String {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.strip_suffix(".toml").unwrap_or(name).to_string()
}

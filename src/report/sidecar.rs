//! The sidecar manifest `meta.toml`: metadata for plain report files that carry none, the way
//! fact-checkers collect clippings.
//!
//! ```toml
//! [[report]]
//! file = "000_clipping.txt"
//! outlet = "Meridian Post"
//! published = "2025-02-03"
//! event = "poltava-strike-2025-02-01"
//! ```
//!
//! A folder with a manifest is a collection: only the files it lists are reports.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use super::{Meta, Published};
use crate::problem::{Problem, from_toml_error};
use crate::span::Span;

/// The name of the manifest file in a folder.
pub const SIDECAR_FILE: &str = "meta.toml";

/// A parsed manifest: metadata by file name.
#[derive(Clone, Debug, Default)]
pub struct Sidecar {
    pub entries: BTreeMap<String, SidecarEntry>,
}

#[derive(Clone, Debug, Default)]
pub struct SidecarEntry {
    pub meta: Meta,
}

#[derive(Debug, Deserialize)]
struct SidecarFile {
    #[serde(default)]
    report: Vec<EntrySpec>,
}

#[derive(Debug, Deserialize)]
struct EntrySpec {
    file: Spanned<String>,
    title: Option<String>,
    outlet: Option<String>,
    published: Option<Spanned<toml::Value>>,
    url: Option<String>,
    event: Option<String>,
    lang: Option<String>,
}

/// Parses a manifest. Entries with problems are kept as far as they are valid.
pub fn parse_sidecar(path: &str, text: &Arc<str>) -> (Sidecar, Vec<Problem>) {
    let mut problems = Vec::new();
    let spec: SidecarFile = match toml::from_str(text) {
        Ok(spec) => spec,
        Err(error) => {
            problems.push(from_toml_error(path, text, &error, 0).with_help(
                "a manifest is a list of [[report]] tables with file, outlet, published, event",
            ));
            return (Sidecar::default(), problems);
        }
    };
    let mut sidecar = Sidecar::default();
    for entry in spec.report {
        let published = entry.published.and_then(|value| {
            let span = value.span();
            let written = match value.get_ref() {
                toml::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let parsed = Published::parse(&written);
            if parsed.is_none() {
                problems.push(
                    Problem::new(path, format!("`published` is not a date: `{written}`; the report is checked as undated"))
                        .at(text, Span::new(span.start, span.end))
                        .with_help("write a date such as 2025-07-04")
                        .degraded(),
                );
            }
            parsed
        });
        let file_span = entry.file.span();
        let file = entry.file.into_inner();
        if sidecar.entries.contains_key(&file) {
            problems.push(
                Problem::new(
                    path,
                    format!("`{file}` is listed twice; the first entry is used"),
                )
                .at(text, Span::new(file_span.start, file_span.end))
                .degraded(),
            );
            continue;
        }
        sidecar.entries.insert(
            file,
            SidecarEntry {
                meta: Meta {
                    title: entry.title,
                    outlet: entry.outlet,
                    published,
                    url: entry.url,
                    event: entry.event,
                    lang: entry.lang,
                    role: Default::default(),
                },
            },
        );
    }
    (sidecar, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries() {
        let text: Arc<str> = Arc::from(
            "[[report]]\nfile = \"a.txt\"\noutlet = \"X\"\npublished = \"2025-02-03\"\nevent = \"e\"\n",
        );
        let (sidecar, problems) = parse_sidecar("meta.toml", &text);
        assert!(problems.is_empty());
        let meta = &sidecar.entries["a.txt"].meta;
        assert_eq!(meta.published.unwrap().date.to_string(), "2025-02-03");
        assert_eq!(meta.event.as_deref(), Some("e"));
    }

    #[test]
    fn bad_date_is_located() {
        let text: Arc<str> =
            Arc::from("[[report]]\nfile = \"a.txt\"\npublished = \"2025-02-31\"\n");
        let (sidecar, problems) = parse_sidecar("meta.toml", &text);
        assert_eq!(problems[0].position().unwrap().line, 3);
        assert!(sidecar.entries["a.txt"].meta.published.is_none());
    }
}

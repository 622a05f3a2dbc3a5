//! Reports: the text of a news article and what is known about it (outlet, publication date,
//! event), read from files with front matter, from a sidecar manifest, or from fixture files
//! that hold several reports.
//!
//! Loading is pure: it takes the bytes of a file and returns reports and problems. The CLI reads
//! the files.

mod fixture;
mod front_matter;
mod sidecar;

use std::sync::Arc;

use jiff::civil::{Date, DateTime};
use serde::Serialize;

pub use fixture::parse_separator;
pub use front_matter::{FrontMatter, split_front_matter};
pub use sidecar::{SIDECAR_FILE, Sidecar, SidecarEntry, parse_sidecar};

use crate::problem::Problem;
use crate::span::Span;

/// One news report.
#[derive(Clone, Debug)]
pub struct Report {
    /// The file, as given on the command line.
    pub path: String,
    /// The report's id within a fixture file that holds several; `None` for one report per file.
    pub name: Option<String>,
    /// The whole file as read from disk; spans index into it.
    pub text: Arc<str>,
    /// Where the report's body (its prose) lies in the file.
    pub body: Span,
    pub meta: Meta,
}

impl Report {
    /// A name for the report in messages: the outlet when known, else the file (and id).
    pub fn label(&self) -> String {
        match &self.meta.outlet {
            Some(outlet) => outlet.clone(),
            None => self.display_path(),
        }
    }

    /// The path, with the report id for fixture files: `fixtures.md#a`.
    pub fn display_path(&self) -> String {
        match &self.name {
            Some(name) => format!("{}#{}", self.path, name),
            None => self.path.clone(),
        }
    }
}

/// What is known about a report besides its text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Meta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<Published>,
    pub url: Option<String>,
    /// An explicit event id: reports with the same event are about the same thing.
    pub event: Option<String>,
    pub lang: Option<String>,
}

impl Meta {
    /// Fills in what `self` lacks from `defaults`.
    pub fn or(self, defaults: &Meta) -> Meta {
        Meta {
            title: self.title.or_else(|| defaults.title.clone()),
            outlet: self.outlet.or_else(|| defaults.outlet.clone()),
            published: self.published.or(defaults.published),
            url: self.url.or_else(|| defaults.url.clone()),
            event: self.event.or_else(|| defaults.event.clone()),
            lang: self.lang.or_else(|| defaults.lang.clone()),
        }
    }
}

/// A publication date, with the time of day when the source gives one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Published {
    pub date: Date,
    pub time: Option<DateTime>,
}

impl Published {
    /// Reads "2025-07-04", "2025-07-04T08:15:00Z", "2025-07-04T08:15:00+02:00" or
    /// "2025-07-04 08:15". The date is the one written, in the writer's time zone.
    pub fn parse(text: &str) -> Option<Published> {
        let text = text.trim();
        let date = text.get(..10)?.parse::<Date>().ok()?;
        if text.len() == 10 {
            return Some(Published { date, time: None });
        }
        // With a time: an RFC 3339 instant ("…T08:15:00Z", "…T23:15:00-05:00") or a civil
        // date-time ("… 08:15"). The date is the one written, in the writer's time zone.
        let valid = text.parse::<jiff::Timestamp>().is_ok()
            || text.replace(' ', "T").parse::<DateTime>().is_ok();
        if !valid {
            return None;
        }
        let civil_end = text[10..]
            .find(['Z', 'z', '+', '-'])
            .map_or(text.len(), |i| i + 10);
        let time = text[..civil_end].replace(' ', "T").parse::<DateTime>().ok();
        Some(Published { date, time })
    }
}

/// The result of loading one file: its reports, and what was wrong with it.
#[derive(Debug, Default)]
pub struct LoadedFile {
    pub reports: Vec<Report>,
    pub problems: Vec<Problem>,
}

/// Reads the reports in one file's bytes.
///
/// `defaults` are what a sidecar manifest says about the file; the file's own front matter wins
/// over them. A file that is not valid UTF-8, binary, empty, or whose front matter is broken
/// yields a located problem and no report.
pub fn load_file(path: &str, bytes: &[u8], defaults: &Meta) -> LoadedFile {
    let mut loaded = LoadedFile::default();
    if bytes.iter().take(8192).any(|&b| b == 0) {
        loaded.problems.push(
            Problem::new(path, "binary file (it contains NUL bytes); not checked")
                .with_help("crosscheck reads UTF-8 text: .md, .markdown and .txt reports"),
        );
        return loaded;
    }
    let text: Arc<str> = match std::str::from_utf8(bytes) {
        Ok(text) => Arc::from(text),
        Err(error) => {
            let valid: Arc<str> =
                Arc::from(std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or(""));
            let at = valid.len();
            loaded.problems.push(
                Problem::new(path, format!("invalid UTF-8 at byte {at}; not checked"))
                    .at(&valid, Span::new(at, at))
                    .with_help("convert the file to UTF-8 (for example with iconv)"),
            );
            return loaded;
        }
    };
    if text.trim().is_empty() {
        loaded
            .problems
            .push(Problem::new(path, "empty file; not checked"));
        return loaded;
    }

    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let front = match split_front_matter(path, &text, bom) {
        Ok(front) => front,
        Err(problem) => {
            loaded.problems.push(problem);
            return loaded;
        }
    };
    let (meta, meta_problems) = front.meta(path, &text);
    let broken = meta_problems.iter().any(|p| !p.degraded);
    loaded.problems.extend(meta_problems);
    if broken {
        return loaded;
    }
    let meta = meta.or(defaults);

    let body = front.body;
    let sections = fixture::split_fixture(path, &text, body, &mut loaded.problems);
    match sections {
        None => loaded.reports.push(Report {
            path: path.to_string(),
            name: None,
            text: text.clone(),
            body,
            meta,
        }),
        Some(sections) => {
            for section in sections {
                loaded.reports.push(Report {
                    path: path.to_string(),
                    name: Some(section.id),
                    text: text.clone(),
                    body: section.body,
                    meta: section.meta.or(&meta),
                });
            }
        }
    }
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_forms() {
        let day = |s: &str| Published::parse(s).map(|p| p.date.to_string());
        assert_eq!(day("2025-07-04").as_deref(), Some("2025-07-04"));
        assert_eq!(day("2025-07-04T08:15:00Z").as_deref(), Some("2025-07-04"));
        assert_eq!(
            day("2025-07-04T23:15:00-05:00").as_deref(),
            Some("2025-07-04")
        );
        assert_eq!(day("2025-07-04 08:15").as_deref(), Some("2025-07-04"));
        assert_eq!(day("2025-02-31"), None);
        assert_eq!(day("last Tuesday"), None);
    }

    #[test]
    fn bad_files_are_problems_not_reports() {
        let defaults = Meta::default();
        let binary = load_file("a.md", b"abc\0def", &defaults);
        assert!(binary.reports.is_empty());
        assert!(binary.problems[0].message.contains("binary"));
        let invalid = load_file("b.md", b"line one\nbad \xff byte", &defaults);
        assert_eq!(invalid.problems[0].position().unwrap().line, 2);
        let empty = load_file("c.md", b"  \n", &defaults);
        assert!(empty.problems[0].message.contains("empty"));
    }

    #[test]
    fn front_matter_wins_over_sidecar() {
        let defaults = Meta {
            outlet: Some("Sidecar".into()),
            event: Some("e".into()),
            ..Meta::default()
        };
        let loaded = load_file("a.md", b"+++\noutlet = \"Front\"\n+++\nText.", &defaults);
        let meta = &loaded.reports[0].meta;
        assert_eq!(meta.outlet.as_deref(), Some("Front"));
        assert_eq!(meta.event.as_deref(), Some("e"));
        assert_eq!(
            &loaded.reports[0].text[loaded.reports[0].body.start..],
            "Text."
        );
    }
}

//! Reports: the text of a news article and what is known about it (outlet, publication date,
//! event), read from files with front matter, from a sidecar manifest, or from fixture files
//! that hold several reports.
//!
//! Loading is pure: it takes the bytes of a file and returns reports and problems. The CLI reads
//! the files.

mod feed;
mod fixture;
mod front_matter;
#[cfg(feature = "html")]
mod html;
mod origin;
mod sidecar;

use std::sync::Arc;

use jiff::civil::{Date, DateTime};
use serde::Serialize;

pub use feed::load_feed;
pub use fixture::parse_separator;
pub use front_matter::{FrontMatter, META_KEYS, split_front_matter, toml_table_meta};
#[cfg(feature = "html")]
pub use html::load_html;
pub use origin::{FilePosition, Origin, OriginKind, file_position};
pub use sidecar::{SIDECAR_FILE, Sidecar, SidecarEntry, parse_sidecar};

use crate::claim::CompactString;
use crate::problem::Problem;
use crate::span::Span;

/// One news report.
#[derive(Clone, Debug)]
pub struct Report {
    /// The file, as given on the command line.
    pub path: String,
    /// The report's id within a fixture file that holds several; `None` for one report per file.
    pub name: Option<String>,
    /// The text claims are read from; spans index into it. For Markdown and text files it is
    /// the whole file as read from disk; for HTML pages and feed lines it is the extracted
    /// text, and `origin` maps it back to the file.
    pub text: Arc<str>,
    /// Where the report's body (its prose) lies in `text`.
    pub body: Span,
    pub meta: Meta,
    /// The file the text was taken from, when `text` is not the file's own bytes.
    pub origin: Option<Arc<Origin>>,
    /// The places and kinds of event the report mentions, sorted; empty until its claims are
    /// read (`engine::read_claims`). Reports of one day that name no event are grouped by them.
    pub topics: Vec<CompactString>,
    /// The capitalised words the report uses as names, heaviest first, with their weights
    /// (`parse::names`); empty until its claims are read, like `topics`. Reports that name no
    /// event are grouped into stories by them.
    pub names: Vec<crate::parse::names::Name>,
    /// What the report's body is made of, for finding copies of one story; empty until its
    /// claims are read, like `topics`.
    pub fingerprint: crate::duplicates::Fingerprint,
}

impl Report {
    /// A name for the report in messages: the outlet when known, else the file (and id).
    pub fn label(&self) -> String {
        match &self.meta.outlet {
            Some(outlet) => outlet.clone(),
            None => self.display_path(),
        }
    }

    /// The position in the file on disk of an offset into `text`.
    pub fn file_position(&self, offset: usize) -> FilePosition {
        file_position(&self.text, self.origin.as_deref(), offset)
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, serde::Deserialize)]
pub struct Meta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<Published>,
    pub url: Option<String>,
    /// An explicit event id: reports with the same event are about the same thing.
    pub event: Option<String>,
    pub lang: Option<String>,
    /// What the report is to a run that checks drafts against their sources (`review
    /// --source`, `check --source`); set by the command line or a rule example, never by a
    /// file.
    #[serde(default, skip_serializing_if = "ReportRole::is_published")]
    pub role: ReportRole,
}

/// What a report is to a check of drafts against their sources.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ReportRole {
    /// A report like any other.
    #[default]
    Published,
    /// A rewrite, summary or translation whose figures, titles, names and dates must be
    /// supported by the sources.
    Draft,
    /// A report a draft is based on.
    Source,
}

impl ReportRole {
    pub fn is_published(&self) -> bool {
        *self == ReportRole::Published
    }
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
            role: if self.role.is_published() {
                defaults.role
            } else {
                self.role
            },
        }
    }
}

/// A publication date, with the time of day when the source gives one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
pub struct Published {
    /// The date as written, in the writer's time zone.
    pub date: Date,
    /// The moment of publication in UTC, so that reports from different time zones are put in
    /// the right order. A time written without an offset is taken to be UTC.
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
        let time = match text.parse::<jiff::Timestamp>() {
            Ok(instant) => Some(instant.to_zoned(jiff::tz::TimeZone::UTC).datetime()),
            Err(_) => text.replace(' ', "T").parse::<DateTime>().ok(),
        };
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
    load_bytes(path, bytes, defaults, FileKind::of(path))
}

/// How a file's bytes are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// Markdown or plain text, with optional front matter; possibly several reports.
    Text,
    /// JSON Lines: one report per line.
    Feed,
    /// An HTML page: its article text.
    Html,
}

impl FileKind {
    /// The kind a file's extension names; text when it names none.
    pub fn of(path: &str) -> FileKind {
        let extension = std::path::Path::new(path)
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        match extension.as_deref() {
            Some("jsonl" | "ndjson") => FileKind::Feed,
            Some("html" | "htm" | "xhtml") => FileKind::Html,
            _ => FileKind::Text,
        }
    }

    /// The kind of standard input, from its first bytes: a feed starts with `{`, a page with
    /// `<`; anything else is a report.
    pub fn sniff(bytes: &[u8]) -> FileKind {
        let start = bytes
            .iter()
            .position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF);
        match start.map(|i| bytes[i]) {
            Some(b'{') => FileKind::Feed,
            Some(b'<') if !bytes.starts_with(b"<!--") => FileKind::Html,
            _ => FileKind::Text,
        }
    }
}

/// Reads the reports in one file's bytes, as the given kind of file. A report in a language
/// the parser does not read is a located problem, and is not checked.
pub fn load_bytes(path: &str, bytes: &[u8], defaults: &Meta, kind: FileKind) -> LoadedFile {
    let mut loaded = load_any_language(path, bytes, defaults, kind);
    let (reports, unsupported): (Vec<Report>, Vec<Report>) = std::mem::take(&mut loaded.reports)
        .into_iter()
        .partition(|r| r.meta.lang.as_deref().is_none_or(is_supported_language));
    loaded.reports = reports;
    for report in &unsupported {
        loaded.problems.push(unsupported_language(report));
    }
    loaded
}

/// Whether the parser reads a language tag: English in any region or spelling ("en",
/// "en-GB", "en_US", "EN", "eng"). An empty tag says nothing and is read as English.
///
/// The grammar of figures and titles, and the shipped lexicon, are English; a report in
/// another language would give no claims and no finding, as if it had been checked.
pub fn is_supported_language(tag: &str) -> bool {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
    primary.is_empty() || primary.eq_ignore_ascii_case("en") || primary.eq_ignore_ascii_case("eng")
}

/// The problem for a report in a language the parser does not read, located at its language
/// tag in the file when it is found there (front matter, a fixture's separator, a feed line,
/// a page's `lang` attribute), else at the report's start.
fn unsupported_language(report: &Report) -> Problem {
    let lang = report.meta.lang.as_deref().unwrap_or_default();
    let file: Arc<str> = match &report.origin {
        Some(origin) => origin.file.clone(),
        None => report.text.clone(),
    };
    let start = report
        .file_position(report.body.start)
        .offset
        .min(file.len());
    // The tag is looked for before the report's words: in its front matter or separator line,
    // or, for a feed, anywhere on its line.
    let line_end = match report.origin.as_ref().map(|o| o.kind) {
        Some(OriginKind::FeedLine) => file[start..].find('\n').map_or(file.len(), |i| start + i),
        _ => start,
    };
    let line_start = file[..start].rfind('\n').map_or(0, |i| i + 1);
    let region_start = match report.origin.as_ref().map(|o| o.kind) {
        Some(OriginKind::FeedLine) => line_start,
        _ => 0,
    };
    let region = &file[region_start..line_end];
    let found = region.rfind("lang").and_then(|key| {
        let at = key + region[key..].find(lang)?;
        // With its quotes, as other problems with front matter values are shown.
        let quoted = at > 0
            && matches!(region.as_bytes()[at - 1], b'"' | b'\'')
            && region[at + lang.len()..].starts_with(['"', '\'']);
        Some(if quoted {
            (region_start + at - 1, region_start + at + lang.len() + 1)
        } else {
            (region_start + at, region_start + at + lang.len())
        })
    });
    let span = match found {
        Some((from, to)) if !lang.is_empty() => Span::new(from, to),
        _ => Span::new(start, start),
    };
    Problem::new(
        report.display_path(),
        format!("language `{lang}` is not supported; not checked"),
    )
    .at(&file, span)
    .with_help("crosscheck reads reports in English; remove `lang` if the report is in English")
}

fn load_any_language(path: &str, bytes: &[u8], defaults: &Meta, kind: FileKind) -> LoadedFile {
    let mut loaded = LoadedFile::default();
    // `contains` on bytes is a memchr.
    if bytes[..bytes.len().min(8192)].contains(&0) {
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

    match kind {
        FileKind::Text => {}
        FileKind::Feed => return feed::load_feed(path, &text, defaults),
        #[cfg(feature = "html")]
        FileKind::Html => return html::load_html(path, &text, defaults),
        #[cfg(not(feature = "html"))]
        FileKind::Html => {
            loaded.problems.push(
                Problem::new(path, "HTML pages need the `html` feature; not checked")
                    .with_help("build crosscheck with `cargo install --path . --features html`, or save the article as text"),
            );
            return loaded;
        }
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
            origin: None,
            topics: Vec::new(),
            names: Vec::new(),
            fingerprint: Default::default(),
        }),
        Some(sections) => {
            for section in sections {
                loaded.reports.push(Report {
                    path: path.to_string(),
                    name: Some(section.id),
                    text: text.clone(),
                    body: section.body,
                    meta: section.meta.or(&meta),
                    origin: None,
                    topics: Vec::new(),
                    names: Vec::new(),
                    fingerprint: Default::default(),
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
        // Times are put in UTC, so that reports from different time zones are ordered rightly;
        // the date stays the one written.
        let late = Published::parse("2025-07-04T23:15:00-05:00").unwrap();
        assert_eq!(late.date.to_string(), "2025-07-04");
        assert_eq!(late.time.unwrap().to_string(), "2025-07-05T04:15:00");
        let civil = Published::parse("2025-07-04 08:15").unwrap();
        assert_eq!(civil.time.unwrap().to_string(), "2025-07-04T08:15:00");
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

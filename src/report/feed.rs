//! JSONL feeds and CMS exports: one report per line, as a JSON object with `text` and any of
//! `id`, `outlet`, `published`, `title`, `url`, `event`, `lang`.
//!
//! A line that is not such an object is a problem located at its line; the other lines are
//! still read. Blank lines are allowed.

use std::sync::Arc;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::origin::{Origin, OriginKind};
use super::{LoadedFile, Meta, Published, Report};
use crate::problem::Problem;
use crate::span::{Span, offset_in};

/// Reads every report of a JSONL file. `defaults` are what a manifest says about the file.
pub fn load_feed(path: &str, file: &Arc<str>, defaults: &Meta) -> LoadedFile {
    let mut loaded = LoadedFile::default();
    let mut start = 0;
    for (index, line) in file.split_inclusive('\n').enumerate() {
        let line_start = start;
        start += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            continue;
        }
        match read_line(path, file, line_start, content, index + 1, defaults) {
            Ok((report, mut problems)) => {
                loaded.reports.push(report);
                loaded.problems.append(&mut problems);
            }
            Err(problem) => loaded.problems.push(problem),
        }
    }
    if loaded.reports.is_empty() && loaded.problems.is_empty() {
        loaded
            .problems
            .push(Problem::new(path, "empty feed; not checked"));
    }
    loaded
}

/// The optional keys of a feed line, as the help for a broken line lists them: keep in step
/// with `Line`.
pub const OPTIONAL_KEYS: &[&str] = &["id", "outlet", "published", "title", "url", "event", "lang"];

#[derive(Deserialize)]
struct Line<'a> {
    id: Option<Scalar>,
    outlet: Option<String>,
    published: Option<String>,
    title: Option<String>,
    url: Option<String>,
    event: Option<String>,
    lang: Option<String>,
    #[serde(borrow)]
    text: Option<&'a RawValue>,
}

/// Ids are strings or numbers in the wild.
#[derive(Deserialize)]
#[serde(untagged)]
enum Scalar {
    Text(String),
    Number(serde_json::Number),
}

fn read_line(
    path: &str,
    file: &Arc<str>,
    line_start: usize,
    content: &str,
    number: usize,
    defaults: &Meta,
) -> Result<(Report, Vec<Problem>), Problem> {
    let at = |offset: usize| Span::new(line_start + offset, line_start + offset);
    let line: Line<'_> = serde_json::from_str(content).map_err(|error| {
        let column = error.column().saturating_sub(1).min(content.len());
        let column = (0..=column)
            .rev()
            .find(|&c| content.is_char_boundary(c))
            .unwrap_or(0);
        Problem::new(
            path,
            format!("line {number} is not a report: {}", strip_position(&error)),
        )
        .at(file, at(column))
        .with_help(format!(
            "each line is one JSON object with a `text` field and optional {}",
            OPTIONAL_KEYS
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ))
    })?;
    let Some(raw) = line.text else {
        return Err(
            Problem::new(path, format!("line {number} has no `text`; not checked")).at(file, at(0)),
        );
    };
    let text: String = serde_json::from_str(raw.get()).map_err(|_| {
        Problem::new(
            path,
            format!("line {number}: `text` is not a string; not checked"),
        )
        .at(file, at(offset_in(content, raw.get())))
    })?;
    if text.trim().is_empty() {
        return Err(
            Problem::new(path, format!("line {number}: `text` is empty; not checked"))
                .at(file, at(offset_in(content, raw.get()))),
        );
    }
    let mut problems = Vec::new();
    let published = match &line.published {
        Some(value) => match Published::parse(value) {
            Some(published) => Some(published),
            None => {
                problems.push(
                    Problem::new(
                        path,
                        format!(
                            "line {number}: `published` {value:?} is not a date; the report is checked without one"
                        ),
                    )
                    .at(file, at(0))
                    .with_help("write YYYY-MM-DD or an RFC 3339 time, like 2025-07-04T08:15:00Z")
                    .degraded(),
                );
                None
            }
        },
        None => None,
    };
    let raw_start = line_start + offset_in(content, raw.get());
    let origin = Origin::new(
        file.clone(),
        OriginKind::FeedLine,
        string_anchors(raw.get(), raw_start),
    );
    let name = match line.id {
        Some(Scalar::Text(id)) => id,
        Some(Scalar::Number(id)) => id.to_string(),
        None => format!("line-{number}"),
    };
    let meta = Meta {
        title: line.title,
        outlet: line.outlet,
        published,
        url: line.url,
        event: line.event,
        lang: line.lang,
        role: Default::default(),
    }
    .or(defaults);
    let text: Arc<str> = Arc::from(text);
    Ok((
        Report {
            path: path.to_string(),
            name: Some(name),
            body: Span::new(0, text.len()),
            text,
            meta,
            origin: Some(Arc::new(origin)),
            topics: Vec::new(),
            names: Vec::new(),
            fingerprint: Default::default(),
        },
        problems,
    ))
}

/// serde_json's messages end with " at line 1 column 17"; the problem has its own position.
fn strip_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message,
    }
}

/// Anchors from offsets in a decoded JSON string to offsets in its source `raw` (quotes
/// included), which starts at `base` in the file: one anchor after every escape, where the
/// decoded text and the source stop running in parallel.
fn string_anchors(raw: &str, base: usize) -> Vec<(usize, usize)> {
    let bytes = raw.as_bytes();
    let mut anchors = vec![(0, base + 1)];
    let mut decoded = 0;
    let mut i = 1;
    while i < bytes.len().saturating_sub(1) {
        if bytes[i] != b'\\' {
            decoded += 1;
            i += 1;
            continue;
        }
        let (source_len, decoded_len) = match bytes.get(i + 1) {
            Some(b'u') => unicode_escape(&raw[i..]),
            Some(_) => (2, 1),
            None => (1, 0),
        };
        i += source_len;
        decoded += decoded_len;
        anchors.push((decoded, base + i));
    }
    anchors
}

/// The source length and decoded UTF-8 length of a `\uXXXX` escape, or of a surrogate pair
/// `\uD83D\uDE00`.
fn unicode_escape(source: &str) -> (usize, usize) {
    let unit = |s: &str| s.get(2..6).and_then(|h| u32::from_str_radix(h, 16).ok());
    match unit(source) {
        Some(high @ 0xD800..=0xDBFF) => match source.get(6..).and_then(unit) {
            Some(low @ 0xDC00..=0xDFFF) => {
                let c = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                (12, char::from_u32(c).map_or(3, char::len_utf8))
            }
            _ => (6, 3),
        },
        Some(code) => (6, char::from_u32(code).map_or(3, char::len_utf8)),
        None => (2, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed(text: &str) -> LoadedFile {
        load_feed("feed.jsonl", &Arc::from(text), &Meta::default())
    }

    #[test]
    fn reads_one_report_per_line() {
        let loaded = feed(
            "{\"id\":\"a\",\"outlet\":\"Wire\",\"published\":\"2025-07-04\",\"text\":\"One.\"}\n\n{\"id\":7,\"text\":\"Two.\"}\n",
        );
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        assert_eq!(loaded.reports.len(), 2);
        assert_eq!(loaded.reports[0].display_path(), "feed.jsonl#a");
        assert_eq!(loaded.reports[0].meta.outlet.as_deref(), Some("Wire"));
        assert_eq!(loaded.reports[1].display_path(), "feed.jsonl#7");
    }

    #[test]
    fn a_bad_line_is_located_and_the_rest_is_read() {
        let loaded = feed("{\"text\":\"One.\"}\n{\"text\": oops}\n{\"title\":\"x\"}\n");
        assert_eq!(loaded.reports.len(), 1);
        assert_eq!(loaded.problems.len(), 2);
        let first = loaded.problems[0].position().unwrap();
        assert_eq!(first.line, 2);
        assert!(
            loaded.problems[0]
                .message
                .starts_with("line 2 is not a report")
        );
        assert!(loaded.problems[1].message.contains("no `text`"));
    }

    #[test]
    fn spans_map_through_escapes() {
        let file = "{\"text\":\"a\\\"b \\u00e9 \\ud83d\\ude00 550 drones\"}";
        let loaded = feed(file);
        let report = &loaded.reports[0];
        let at = report.text.find("550").unwrap();
        let position = report.file_position(at);
        assert_eq!(&file[position.offset..position.offset + 3], "550");
    }

    #[test]
    fn a_bad_date_degrades_the_report() {
        let loaded = feed("{\"published\":\"soon\",\"text\":\"One.\"}");
        assert_eq!(loaded.reports.len(), 1);
        assert!(loaded.problems[0].degraded);
    }
}

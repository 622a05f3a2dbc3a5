//! Front matter: TOML between `+++` lines or YAML between `---` lines at the top of a report.
//!
//! Known keys are `title`, `outlet`, `published`, `url`, `event` and `lang`; other keys are
//! ignored, since newsroom exports carry many. `date`, the key Hugo and Jekyll write, stands for
//! `published` when that is absent. A `published` that is not a date is reported and treated as
//! missing.

use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use super::{Meta, Published};
use crate::problem::{Problem, from_toml_error};
use crate::span::{Span, offset_of};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrontMatterKind {
    None,
    Toml,
    Yaml,
}

/// Where the front matter and the body lie in a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrontMatter {
    pub kind: FrontMatterKind,
    /// The text between the delimiter lines.
    pub content: Span,
    /// Everything after the closing delimiter line.
    pub body: Span,
}

/// Finds the front matter at `start` (after any byte-order mark).
pub fn split_front_matter(
    path: &str,
    text: &Arc<str>,
    start: usize,
) -> Result<FrontMatter, Problem> {
    let rest = &text[start..];
    let (kind, delimiter) = if delimiter_line(rest, "+++").is_some() {
        (FrontMatterKind::Toml, "+++")
    } else if delimiter_line(rest, "---").is_some() {
        (FrontMatterKind::Yaml, "---")
    } else {
        return Ok(FrontMatter {
            kind: FrontMatterKind::None,
            content: Span::new(start, start),
            body: Span::new(start, text.len()),
        });
    };
    let content_start = start + delimiter_line(rest, delimiter).unwrap_or(0);
    let mut line_start = content_start;
    while line_start < text.len() {
        let line_len = delimiter_line(&text[line_start..], delimiter);
        if let Some(len) = line_len {
            return Ok(FrontMatter {
                kind,
                content: Span::new(content_start, line_start),
                body: Span::new(line_start + len, text.len()),
            });
        }
        line_start = match text[line_start..].find('\n') {
            Some(i) => line_start + i + 1,
            None => text.len(),
        };
    }
    Err(Problem::new(
        path,
        format!("front matter opened with `{delimiter}` is never closed; not checked"),
    )
    .at(text, Span::new(start, start + delimiter.len()))
    .with_help(format!(
        "end the front matter with a line that holds only `{delimiter}`"
    )))
}

/// The length of a delimiter line (with its line break) at the start of `text`.
fn delimiter_line(text: &str, delimiter: &str) -> Option<usize> {
    let rest = text.strip_prefix(delimiter)?;
    let line_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    rest[..line_end]
        .trim()
        .is_empty()
        .then_some(delimiter.len() + line_end)
}

#[derive(Debug, Deserialize)]
struct TomlFront {
    title: Option<Spanned<toml::Value>>,
    outlet: Option<Spanned<toml::Value>>,
    published: Option<Spanned<toml::Value>>,
    date: Option<Spanned<toml::Value>>,
    url: Option<Spanned<toml::Value>>,
    event: Option<Spanned<toml::Value>>,
    lang: Option<Spanned<toml::Value>>,
}

impl FrontMatter {
    /// Reads the known keys. Problems that make the front matter unreadable are not degraded;
    /// a bad `published` is.
    pub fn meta(&self, path: &str, text: &Arc<str>) -> (Meta, Vec<Problem>) {
        let content = &text[self.content.start..self.content.end];
        if content.len() > MAX_FRONT_MATTER_BYTES {
            return (
                Meta::default(),
                vec![too_large(path, text, self.content.start, content.len())],
            );
        }
        match self.kind {
            FrontMatterKind::None => (Meta::default(), Vec::new()),
            FrontMatterKind::Toml => toml_meta(path, text, content, self.content.start),
            FrontMatterKind::Yaml => yaml_meta(path, text, content, self.content.start),
        }
    }
}

/// The keys front matter may have.
pub const META_KEYS: &[&str] = &["title", "outlet", "published", "url", "event", "lang"];

/// Metadata written as a TOML table on its own, with the keys of front matter (the command
/// line's `--stdin-meta`). Problems are located in `text`.
pub fn toml_table_meta(path: &str, text: &Arc<str>) -> (Meta, Vec<Problem>) {
    toml_meta(path, text, text, 0)
}

fn toml_meta(path: &str, text: &Arc<str>, content: &str, offset: usize) -> (Meta, Vec<Problem>) {
    let mut problems = Vec::new();
    let front: TomlFront = match toml::from_str(content) {
        Ok(front) => front,
        Err(error) => {
            problems.push(
                from_toml_error(path, text, &error, offset)
                    .with_help("front matter between `+++` lines is TOML: key = \"value\""),
            );
            return (Meta::default(), problems);
        }
    };
    let mut string = |value: Option<Spanned<toml::Value>>, key: &str| -> Option<String> {
        let value = value?;
        let span = value.span();
        match value.into_inner() {
            toml::Value::String(s) => Some(s),
            other => {
                problems.push(
                    Problem::new(
                        path,
                        format!(
                            "`{key}` should be a string, found {}; ignored",
                            other.type_str()
                        ),
                    )
                    .at(text, Span::new(span.start + offset, span.end + offset))
                    .degraded(),
                );
                None
            }
        }
    };
    let title = string(front.title, "title");
    let outlet = string(front.outlet, "outlet");
    let url = string(front.url, "url");
    let event = string(front.event, "event");
    let lang = string(front.lang, "lang");
    let published = front.published.or(front.date).and_then(|value| {
        let span = value.span();
        let span = Span::new(span.start + offset, span.end + offset);
        let written = match value.get_ref() {
            toml::Value::String(s) => s.clone(),
            toml::Value::Datetime(d) => d.to_string(),
            other => other.to_string(),
        };
        let parsed = Published::parse(&written);
        if parsed.is_none() {
            problems.push(not_a_date(path, text, span, &written));
        }
        parsed
    });
    (
        Meta {
            title,
            outlet,
            published,
            url,
            event,
            lang,
            role: Default::default(),
        },
        problems,
    )
}

/// The most front matter may hold, in bytes. Real exports carry a few kilobytes; a larger
/// block is refused before any YAML is read.
pub const MAX_FRONT_MATTER_BYTES: usize = 1 << 20;

/// Bounds on the work the YAML reader may do. Front matter is a handful of keys: these are far
/// above any real export and far below harm (a nine-level "billion laughs" of aliases would
/// otherwise expand to gigabytes).
fn yaml_options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_events: 50_000,
            max_aliases: 1_000,
            max_anchors: 1_000,
            max_recorded_anchor_events: 50_000,
            max_recorded_anchor_bytes: 1 << 20,
            max_depth: 32,
            max_documents: 1,
            max_nodes: 50_000,
            max_total_scalar_bytes: MAX_FRONT_MATTER_BYTES,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: 50_000,
            max_replay_stack_depth: 16,
        },
        duplicate_keys: serde_saphyr::DuplicateKeyPolicy::LastWins,
        // `lang: no` is Norwegian, not false: only `true` and `false` are booleans.
        strict_booleans: true,
    }
}

/// A front matter value as text: strings and numbers are kept, anything else is read past.
enum Scalar {
    Text(String),
    /// A number, as the reader understood it; its text as written is read from its span.
    Number(String),
    Other,
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> serde::de::Visitor<'de> for ScalarVisitor {
    type Value = Scalar;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a value")
    }
    fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
        Ok(Scalar::Text(v.to_string()))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
        Ok(Scalar::Number(v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Scalar, E> {
        Ok(Scalar::Number(v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Scalar, E> {
        Ok(Scalar::Number(v.to_string()))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }
    fn visit_unit<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }
    fn visit_none<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Scalar, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        while map
            .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
            .is_some()
        {}
        Ok(Scalar::Other)
    }
}

/// The YAML front matter's root: a mapping whose known keys are kept with their positions.
enum YamlRoot {
    Mapping(Vec<(String, serde_saphyr::Spanned<Scalar>)>),
    Empty,
    NotMapping,
}

const YAML_KEYS: [&str; 7] = [
    "title",
    "outlet",
    "published",
    "date",
    "url",
    "event",
    "lang",
];

impl<'de> Deserialize<'de> for YamlRoot {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RootVisitor)
    }
}

struct RootVisitor;

impl<'de> serde::de::Visitor<'de> for RootVisitor {
    type Value = YamlRoot;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a mapping of keys to values")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<YamlRoot, A::Error> {
        let mut known = Vec::new();
        while let Some(key) = map.next_key::<Scalar>()? {
            match key {
                Scalar::Text(key) | Scalar::Number(key) if YAML_KEYS.contains(&key.as_str()) => {
                    let value = map.next_value::<serde_saphyr::Spanned<Scalar>>()?;
                    known.retain(|(k, _): &(String, _)| *k != key);
                    known.push((key, value));
                }
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(YamlRoot::Mapping(known))
    }
    fn visit_unit<E>(self) -> Result<YamlRoot, E> {
        Ok(YamlRoot::Empty)
    }
    fn visit_none<E>(self) -> Result<YamlRoot, E> {
        Ok(YamlRoot::Empty)
    }
    fn visit_str<E>(self, _: &str) -> Result<YamlRoot, E> {
        Ok(YamlRoot::NotMapping)
    }
    fn visit_i64<E>(self, _: i64) -> Result<YamlRoot, E> {
        Ok(YamlRoot::NotMapping)
    }
    fn visit_u64<E>(self, _: u64) -> Result<YamlRoot, E> {
        Ok(YamlRoot::NotMapping)
    }
    fn visit_f64<E>(self, _: f64) -> Result<YamlRoot, E> {
        Ok(YamlRoot::NotMapping)
    }
    fn visit_bool<E>(self, _: bool) -> Result<YamlRoot, E> {
        Ok(YamlRoot::NotMapping)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<YamlRoot, A::Error> {
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(YamlRoot::NotMapping)
    }
}

/// The byte span, in `content`, of a location the YAML reader gave.
fn yaml_location_span(content: &str, location: &serde_saphyr::Location) -> Option<Span> {
    let span = location.span();
    if let (Some(start), Some(len)) = (span.byte_offset(), span.byte_len()) {
        let start = usize::try_from(start).ok()?.min(content.len());
        let end = start
            .saturating_add(usize::try_from(len).ok()?)
            .min(content.len());
        return Some(Span::new(start, end));
    }
    let (line, column) = (location.line(), location.column());
    (line > 0).then(|| {
        let at = offset_of(content, line as usize, column as usize);
        Span::new(at, at)
    })
}

fn yaml_meta(path: &str, text: &Arc<str>, content: &str, offset: usize) -> (Meta, Vec<Problem>) {
    let mut problems = Vec::new();
    let root = match serde_saphyr::from_str_with_options::<YamlRoot>(content, yaml_options()) {
        Ok(root) => root,
        Err(error) => {
            let at = error
                .location()
                .and_then(|location| yaml_location_span(content, &location))
                .map_or(offset, |span| offset + span.start);
            problems.push(
                Problem::new(path, yaml_error_message(&error))
                    .at(text, Span::new(at, at))
                    .with_help("front matter between `---` lines is YAML: key: value"),
            );
            return (Meta::default(), problems);
        }
    };
    let fields = match root {
        YamlRoot::Mapping(fields) => fields,
        YamlRoot::Empty => return (Meta::default(), problems),
        YamlRoot::NotMapping => {
            problems.push(
                Problem::new(path, "front matter is not a mapping of keys to values")
                    .at(text, Span::new(offset, offset + content.len()))
                    .with_help("write one `key: value` per line"),
            );
            return (Meta::default(), problems);
        }
    };
    let get = |key: &str| -> Option<(String, Option<Span>)> {
        let (_, value) = fields.iter().find(|(k, _)| k == key)?;
        let span = yaml_location_span(content, &value.referenced);
        match &value.value {
            Scalar::Text(s) => Some((s.clone(), span)),
            // "2024.10" as written, not as the float 2024.1.
            Scalar::Number(n) => {
                let written = span
                    .map(|span| content[span.start..span.end].trim())
                    .filter(|written| !written.is_empty());
                Some((written.map_or_else(|| n.clone(), str::to_string), span))
            }
            Scalar::Other => None,
        }
    };
    let text_of = |key: &str| get(key).map(|(s, _)| s);
    let published = get("published")
        .or_else(|| get("date"))
        .and_then(|(written, span)| {
            let parsed = Published::parse(&written);
            if parsed.is_none() {
                let span = span.map_or(Span::new(offset, offset), |s| s.shift(offset));
                problems.push(not_a_date(path, text, span, &written));
            }
            parsed
        });
    (
        Meta {
            title: text_of("title"),
            outlet: text_of("outlet"),
            published,
            url: text_of("url"),
            event: text_of("event"),
            lang: text_of("lang"),
            role: Default::default(),
        },
        problems,
    )
}

/// The YAML reader's message, without the snippet and position it adds: the problem shows
/// its own.
fn yaml_error_message(error: &serde_saphyr::Error) -> String {
    use serde_saphyr::Error;
    let mut error = error;
    while let Error::AliasError { error: inner, .. } | Error::WithSnippet { error: inner, .. } =
        error
    {
        error = inner;
    }
    match error {
        Error::Budget { breach, .. } => {
            return format!(
                "front matter asks for more work than front matter may ({breach:?}); not checked"
            );
        }
        Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. } => {
            return "front matter asks for more work than front matter may (its aliases expand too far); not checked".to_string();
        }
        _ => {}
    }
    let message = error.to_string();
    let first = message.lines().next().unwrap_or("").trim();
    let first = first.strip_prefix("error: ").unwrap_or(first);
    let first = match first.strip_prefix("line ") {
        Some(rest) if rest.contains(" column ") => rest.split_once(": ").map_or(first, |(_, m)| m),
        _ => first,
    };
    format!("front matter is not valid YAML: {first}")
}

fn too_large(path: &str, text: &Arc<str>, offset: usize, len: usize) -> Problem {
    Problem::new(
        path,
        format!("front matter is {len} bytes, more than the {MAX_FRONT_MATTER_BYTES} it may have; not checked"),
    )
    .at(text, Span::new(offset, offset))
    .with_help("front matter holds a report's metadata: title, outlet, published, url, event, lang")
}

fn not_a_date(path: &str, text: &Arc<str>, span: Span, written: &str) -> Problem {
    Problem::new(
        path,
        format!("`published` is not a date: `{written}`; the report is checked as undated"),
    )
    .at(text, span)
    .with_help("write a date such as 2025-07-04 or a date-time such as 2025-07-04T08:15:00Z")
    .degraded()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Result<FrontMatter, Problem> {
        split_front_matter("t.md", &Arc::from(text), 0)
    }

    #[test]
    fn toml_front_matter_and_body() {
        let text = "+++\ntitle = \"T\"\n+++\nBody.";
        let front = split(text).unwrap();
        assert_eq!(front.kind, FrontMatterKind::Toml);
        assert_eq!(
            &text[front.content.start..front.content.end],
            "title = \"T\"\n"
        );
        assert_eq!(&text[front.body.start..], "Body.");
    }

    #[test]
    fn date_stands_for_published_when_it_is_absent() {
        let read = |text: &str| {
            let text: Arc<str> = Arc::from(text);
            let (meta, problems) = split(&text).unwrap().meta("t.md", &text);
            assert!(problems.is_empty());
            meta.published.map(|p| p.date.to_string())
        };
        assert_eq!(
            read("---\ndate: 2025-03-04\n---\nBody."),
            Some("2025-03-04".into())
        );
        assert_eq!(
            read("+++\ndate = 2025-03-04\n+++\nBody."),
            Some("2025-03-04".into())
        );
        // `published` wins where both are given.
        assert_eq!(
            read("---\npublished: 2025-03-05\ndate: 2025-03-04\n---\nBody."),
            Some("2025-03-05".into())
        );
    }

    #[test]
    fn yaml_front_matter_with_crlf() {
        let text = "---\r\noutlet: X\r\n---\r\nBody.";
        let front = split(text).unwrap();
        assert_eq!(front.kind, FrontMatterKind::Yaml);
        assert_eq!(&text[front.body.start..], "Body.");
        let (meta, problems) = front.meta("t.md", &Arc::from(text));
        assert!(problems.is_empty());
        assert_eq!(meta.outlet.as_deref(), Some("X"));
    }

    #[test]
    fn unclosed_front_matter_is_located() {
        let problem = split("+++\ntitle = \"T\"\nBody.").unwrap_err();
        assert!(problem.message.contains("never closed"));
        assert_eq!(problem.position().unwrap().line, 1);
    }

    #[test]
    fn no_front_matter() {
        let front = split("Plain text.\n+++\n").unwrap();
        assert_eq!(front.kind, FrontMatterKind::None);
        assert_eq!(front.body, Span::new(0, 16));
    }

    #[test]
    fn bad_published_is_degraded_and_located() {
        let text: Arc<str> = Arc::from("+++\npublished = \"soon\"\nshelf = 3\n+++\nBody.");
        let front = split_front_matter("t.md", &text, 0).unwrap();
        let (meta, problems) = front.meta("t.md", &text);
        assert_eq!(meta.published, None);
        assert!(problems[0].degraded);
        assert_eq!(problems[0].position().unwrap().line, 2);
        assert_eq!(problems[0].position().unwrap().column, 13);
    }

    #[test]
    fn broken_toml_is_located() {
        let text: Arc<str> = Arc::from("+++\ntitle = \n+++\nBody.");
        let front = split_front_matter("t.md", &text, 0).unwrap();
        let (_, problems) = front.meta("t.md", &text);
        assert!(!problems[0].degraded);
        assert_eq!(problems[0].position().unwrap().line, 2);
    }

    #[test]
    fn yaml_values_are_read_as_written() {
        let text: Arc<str> = Arc::from("---\nlang: no\nevent: 2024.10\noutlet: 7\n---\nBody.");
        let front = split_front_matter("t.md", &text, 0).unwrap();
        let (meta, problems) = front.meta("t.md", &text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(meta.lang.as_deref(), Some("no"));
        assert_eq!(meta.event.as_deref(), Some("2024.10"));
        assert_eq!(meta.outlet.as_deref(), Some("7"));
    }

    #[test]
    fn bad_yaml_published_is_located() {
        let text: Arc<str> = Arc::from("---\noutlet: X\npublished: yesterday\n---\nBody.");
        let front = split_front_matter("t.md", &text, 0).unwrap();
        let (_, problems) = front.meta("t.md", &text);
        assert_eq!(problems[0].position().unwrap().line, 3);
    }
}

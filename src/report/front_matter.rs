//! Front matter: TOML between `+++` lines or YAML between `---` lines at the top of a report.
//!
//! Known keys are `title`, `outlet`, `published`, `url`, `event` and `lang`; other keys are
//! ignored, since newsroom exports carry many. A `published` that is not a date is reported and
//! treated as missing.

use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;
use yaml_rust2::{Yaml, YamlLoader};

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
    url: Option<Spanned<toml::Value>>,
    event: Option<Spanned<toml::Value>>,
    lang: Option<Spanned<toml::Value>>,
}

impl FrontMatter {
    /// Reads the known keys. Problems that make the front matter unreadable are not degraded;
    /// a bad `published` is.
    pub fn meta(&self, path: &str, text: &Arc<str>) -> (Meta, Vec<Problem>) {
        let content = &text[self.content.start..self.content.end];
        match self.kind {
            FrontMatterKind::None => (Meta::default(), Vec::new()),
            FrontMatterKind::Toml => toml_meta(path, text, content, self.content.start),
            FrontMatterKind::Yaml => yaml_meta(path, text, content, self.content.start),
        }
    }
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
    let published = front.published.and_then(|value| {
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
        },
        problems,
    )
}

fn yaml_meta(path: &str, text: &Arc<str>, content: &str, offset: usize) -> (Meta, Vec<Problem>) {
    let mut problems = Vec::new();
    let docs = match YamlLoader::load_from_str(content) {
        Ok(docs) => docs,
        Err(error) => {
            let marker = error.marker();
            let at = offset + offset_of(content, marker.line(), marker.col() + 1);
            problems.push(
                Problem::new(
                    path,
                    format!("front matter is not valid YAML: {}", error.info()),
                )
                .at(text, Span::new(at, at))
                .with_help("front matter between `---` lines is YAML: key: value"),
            );
            return (Meta::default(), problems);
        }
    };
    let Some(Yaml::Hash(map)) = docs.into_iter().next() else {
        if !content.trim().is_empty() {
            problems.push(
                Problem::new(path, "front matter is not a mapping of keys to values")
                    .at(text, Span::new(offset, offset + content.len()))
                    .with_help("write one `key: value` per line"),
            );
        }
        return (Meta::default(), problems);
    };
    let get = |key: &str| -> Option<String> {
        match map.get(&Yaml::String(key.to_string()))? {
            Yaml::String(s) => Some(s.clone()),
            Yaml::Integer(i) => Some(i.to_string()),
            Yaml::Real(r) => Some(r.clone()),
            _ => None,
        }
    };
    let published = get("published").and_then(|written| {
        let parsed = Published::parse(&written);
        if parsed.is_none() {
            let span = yaml_value_span(content, "published")
                .map_or(Span::new(offset, offset), |s| s.shift(offset));
            problems.push(not_a_date(path, text, span, &written));
        }
        parsed
    });
    (
        Meta {
            title: get("title"),
            outlet: get("outlet"),
            published,
            url: get("url"),
            event: get("event"),
            lang: get("lang"),
        },
        problems,
    )
}

/// The span of a top-level YAML key's value, found by its line.
fn yaml_value_span(content: &str, key: &str) -> Option<Span> {
    let mut line_start = 0;
    for line in content.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(key).and_then(|r| r.strip_prefix(':')) {
            let value = rest.trim();
            let value_start = line_start + key.len() + 1 + (rest.len() - rest.trim_start().len());
            return Some(Span::new(value_start, value_start + value.len()));
        }
        line_start += line.len();
    }
    None
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
    fn bad_yaml_published_is_located() {
        let text: Arc<str> = Arc::from("---\noutlet: X\npublished: yesterday\n---\nBody.");
        let front = split_front_matter("t.md", &text, 0).unwrap();
        let (_, problems) = front.meta("t.md", &text);
        assert_eq!(problems[0].position().unwrap().line, 3);
    }
}

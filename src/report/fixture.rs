//! Fixture files: several reports in one file, each opened by a separator line
//! `<!-- report: ID key="value" key=value -->`.
//!
//! Keys are those of front matter (`outlet`, `published`, `event`, `title`, `url`, `lang`).
//! Text before the first separator must be blank.

use std::sync::Arc;

use nom::branch::alt;
use nom::bytes::complete::{is_not, tag};
use nom::character::complete::{char, multispace0, multispace1};
use nom::combinator::{map, opt};
use nom::multi::many0;
use nom::sequence::{delimited, preceded, separated_pair};
use nom::{IResult, Parser};

use super::{Meta, Published};
use crate::problem::Problem;
use crate::span::Span;

/// A separator line, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Separator<'a> {
    pub id: &'a str,
    pub attributes: Vec<(&'a str, &'a str)>,
}

/// One report of a fixture file.
#[derive(Clone, Debug)]
pub struct Section {
    pub id: String,
    pub meta: Meta,
    pub body: Span,
}

/// `<!-- report: ID key="value" key=value -->`, with the rest of the line left over.
pub fn parse_separator(input: &str) -> IResult<&str, Separator<'_>> {
    let (rest, (id, attributes)) = delimited(
        (tag("<!--"), multispace0, tag("report:"), multispace0),
        (identifier, many0(preceded(multispace1, attribute))),
        (multispace0, tag("-->")),
    )
    .parse(input)?;
    Ok((rest, Separator { id, attributes }))
}

/// A report id or attribute key: letters, digits, `-`, `_`, `.`, never swallowing the `-->`.
fn identifier(input: &str) -> IResult<&str, &str> {
    let mut end = 0;
    for (i, c) in input.char_indices() {
        if !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.')) || input[i..].starts_with("-->") {
            break;
        }
        end = i + c.len_utf8();
    }
    if end == 0 {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::TakeWhile1,
        )));
    }
    Ok((&input[end..], &input[..end]))
}

/// `key="value"` or `key=value`.
fn attribute(input: &str) -> IResult<&str, (&str, &str)> {
    separated_pair(
        identifier,
        char('='),
        alt((
            delimited(
                char('"'),
                map(opt(is_not("\"")), Option::unwrap_or_default),
                char('"'),
            ),
            unquoted,
        )),
    )
    .parse(input)
}

/// A value without quotes: up to white space or the closing `-->`.
fn unquoted(input: &str) -> IResult<&str, &str> {
    let end = input
        .find(|c: char| c.is_whitespace())
        .unwrap_or(input.len());
    let end = input[..end].find("-->").unwrap_or(end);
    if end == 0 {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::TakeWhile1,
        )));
    }
    Ok((&input[end..], &input[..end]))
}

/// Splits a body into fixture sections, or `None` when it holds no separator.
pub(super) fn split_fixture(
    path: &str,
    text: &Arc<str>,
    body: Span,
    problems: &mut Vec<Problem>,
) -> Option<Vec<Section>> {
    // Most reports are no fixtures: one search of the body tells, before reading it by lines.
    if !text[body.start..body.end].contains("<!--") {
        return None;
    }
    let mut separators: Vec<(Span, Separator<'_>)> = Vec::new();
    let mut line_start = body.start;
    for line in text[body.start..body.end].split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with("<!--") && trimmed[4..].trim_start().starts_with("report:") {
            let indent = line.len() - trimmed.len();
            match parse_separator(trimmed) {
                Ok((rest, separator)) if rest.trim().is_empty() => {
                    separators.push((Span::new(line_start, line_start + line.len()), separator));
                }
                _ => problems.push(
                    Problem::new(path, "malformed report separator; this section is read as part of the report before it")
                        .at(text, Span::new(line_start + indent, line_start + line.trim_end().len()))
                        .with_help("write <!-- report: ID outlet=\"…\" published=2025-07-04 -->")
                        .degraded(),
                ),
            }
        }
        line_start += line.len();
    }
    if separators.is_empty() {
        return None;
    }
    let mut sections = Vec::new();
    for (index, (line, separator)) in separators.iter().enumerate() {
        let end = separators
            .get(index + 1)
            .map_or(body.end, |(next, _)| next.start);
        let mut meta = Meta::default();
        for &(key, value) in &separator.attributes {
            match key {
                "outlet" => meta.outlet = Some(value.to_string()),
                "title" => meta.title = Some(value.to_string()),
                "url" => meta.url = Some(value.to_string()),
                "event" => meta.event = Some(value.to_string()),
                "lang" => meta.lang = Some(value.to_string()),
                "published" => {
                    meta.published = Published::parse(value);
                    if meta.published.is_none() {
                        problems.push(
                            Problem::new(path, format!("`published` is not a date: `{value}`; the report is checked as undated"))
                                .at(text, *line)
                                .degraded(),
                        );
                    }
                }
                _ => {}
            }
        }
        sections.push(Section {
            id: separator.id.to_string(),
            meta,
            body: Span::new(line.end, end),
        });
    }
    Some(sections)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separator_with_attributes() {
        let (rest, sep) =
            parse_separator("<!-- report: a outlet=\"Baltic Wire\" published=2025-07-04 -->\n")
                .unwrap();
        assert_eq!(rest, "\n");
        assert_eq!(sep.id, "a");
        assert_eq!(
            sep.attributes,
            vec![("outlet", "Baltic Wire"), ("published", "2025-07-04")]
        );
    }

    #[test]
    fn separator_without_attributes() {
        let (rest, sep) = parse_separator("<!--report:b-->tail").unwrap();
        assert_eq!((rest, sep.id, sep.attributes.len()), ("tail", "b", 0));
    }

    #[test]
    fn attribute_forms() {
        assert_eq!(attribute("event=\"\" x"), Ok((" x", ("event", ""))));
        assert_eq!(attribute("event=kyiv-1 x"), Ok((" x", ("event", "kyiv-1"))));
        assert_eq!(attribute("outlet=B-->"), Ok(("-->", ("outlet", "B"))));
    }

    #[test]
    fn not_a_separator() {
        assert!(parse_separator("<!-- a comment -->").is_err());
    }

    #[test]
    fn splits_sections() {
        let text: Arc<str> =
            Arc::from("<!-- report: a outlet=A -->\nOne.\n<!-- report: b outlet=B -->\nTwo.\n");
        let mut problems = Vec::new();
        let sections =
            split_fixture("f.md", &text, Span::new(0, text.len()), &mut problems).unwrap();
        assert_eq!(sections.len(), 2);
        assert_eq!(
            &text[sections[0].body.start..sections[0].body.end],
            "One.\n"
        );
        assert_eq!(sections[1].meta.outlet.as_deref(), Some("B"));
        assert!(problems.is_empty());
    }
}

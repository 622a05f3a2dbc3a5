//! HTML article pages: the main text, found by dom_smoothie (a Readability port) so that
//! navigation, advertisements and related links are left out, and the page's metadata
//! (`article:published_time` or JSON-LD `datePublished`, `og:site_name`, the title, the
//! canonical URL).
//!
//! Claims are read from the extracted text. Each of its words is found again in the page's
//! source, so findings point into the HTML file.

use std::sync::Arc;

use dom_smoothie::{Config, Readability, TextMode};

use super::origin::{Origin, OriginKind};
use super::{LoadedFile, Meta, Published, Report};
use crate::problem::Problem;
use crate::span::Span;

/// Reads the article of one HTML page. `defaults` are what a manifest says about the file;
/// the page's own metadata wins over them, as front matter does.
pub fn load_html(path: &str, page: &Arc<str>, defaults: &Meta) -> LoadedFile {
    let mut loaded = LoadedFile::default();
    if let Some((depth, at)) = too_deep(page) {
        loaded.problems.push(
            Problem::new(
                path,
                format!(
                    "the page nests elements {depth} deep or more, past the {MAX_NESTING} an article page may; not checked"
                ),
            )
            .at(page, Span::new(at, at))
            .with_help("save the article page as the site serves it; a page nested this deep is broken or made to be"),
        );
        return loaded;
    }
    let document = dom_query::Document::from(page.as_ref());
    let canonical = document
        .select("link[rel=canonical]")
        .attr("href")
        .map(|href| href.to_string());
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let article = Readability::with_document(document, None, Some(config))
        .map_err(|error| error.to_string())
        .and_then(|mut readability| readability.parse().map_err(|error| error.to_string()));
    let article = match article {
        Ok(article) => article,
        Err(error) => {
            loaded.problems.push(
                Problem::new(path, format!("no article text found in the page: {error}"))
                    .with_help("crosscheck reads the main text of article pages; save the article itself, not an index page"),
            );
            return loaded;
        }
    };
    let text = tidy_text(&article.text_content);
    if text.trim().is_empty() {
        loaded.problems.push(Problem::new(
            path,
            "no article text found in the page; not checked",
        ));
        return loaded;
    }
    let published = match article.published_time.as_deref() {
        Some(value) => match Published::parse(value) {
            Some(published) => Some(published),
            None => {
                loaded.problems.push(
                    Problem::new(
                        path,
                        format!(
                            "the page's publication time {value:?} is not a date; the report is checked without one"
                        ),
                    )
                    .degraded(),
                );
                None
            }
        },
        None => None,
    };
    let title = Some(article.title.trim().to_string()).filter(|t| !t.is_empty());
    let meta = Meta {
        title,
        outlet: article.site_name.clone(),
        published,
        url: canonical.or(article.url.clone()),
        event: None,
        lang: article.lang.clone(),
        role: Default::default(),
    }
    .or(defaults);
    let anchors = word_anchors(&text, page);
    let text: Arc<str> = Arc::from(text);
    loaded.reports.push(Report {
        path: path.to_string(),
        name: None,
        body: Span::new(0, text.len()),
        text,
        meta,
        origin: Some(Arc::new(Origin::new(
            page.clone(),
            OriginKind::Html,
            anchors,
        ))),
        topics: Vec::new(),
        names: Vec::new(),
        fingerprint: Default::default(),
    });
    loaded
}

/// How deep a page may nest its elements. Real article pages nest a few dozen deep; the
/// article finder's work grows with the square of the depth, so a page thousands deep would
/// take minutes.
pub const MAX_NESTING: usize = 1_000;

/// Elements that hold no others, or that a parser closes when a sibling opens: they add no
/// depth when left unclosed.
const NO_DEPTH: [&str; 24] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "p", "li", "dt", "dd", "option", "tr", "td", "th", "thead", "tbody",
];

/// How far down the open elements an end tag looks for the element it closes; one that closes
/// nothing so near is a stray and closes nothing.
const END_TAG_REACH: usize = 32;

/// The depth of nesting past [`MAX_NESTING`] and where it was reached, by one pass over the
/// page's tags before any parser runs (the HTML parser's own work grows with the depth too).
/// Open elements are kept as a stack: a start tag pushes (a slash before `>` closes nothing,
/// as in HTML), an end tag pops down to the element it names, and a stray end tag is ignored.
/// Elements in [`NO_DEPTH`], comments and the text of scripts and styles count nothing.
fn too_deep(page: &str) -> Option<(usize, usize)> {
    let bytes = page.as_bytes();
    let mut open: Vec<&str> = Vec::new();
    let mut at = 0;
    while let Some(i) = bytes[at..].iter().position(|&b| b == b'<') {
        let start = at + i;
        let rest = &bytes[start + 1..];
        if rest.starts_with(b"!--") {
            at = find(bytes, start + 4, b"-->").map_or(bytes.len(), |end| end + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let tag_end = bytes[name_start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(bytes.len(), |end| name_start + end);
        at = (tag_end + 1).min(bytes.len());
        if name_len == 0 {
            continue;
        }
        let name = &page[name_start..name_start + name_len];
        if NO_DEPTH.iter().any(|n| n.eq_ignore_ascii_case(name)) {
            continue;
        }
        if closing {
            let reach = open.len().saturating_sub(END_TAG_REACH);
            if let Some(i) = open[reach..]
                .iter()
                .rposition(|n| n.eq_ignore_ascii_case(name))
            {
                open.truncate(reach + i);
            }
            continue;
        }
        if name.eq_ignore_ascii_case("script") || name.eq_ignore_ascii_case("style") {
            let end_tag = format!("</{name}");
            at = find_ignoring_case(bytes, at, end_tag.as_bytes())
                .and_then(|end| {
                    bytes[end..]
                        .iter()
                        .position(|&b| b == b'>')
                        .map(|i| end + i + 1)
                })
                .unwrap_or(bytes.len());
            continue;
        }
        open.push(name);
        if open.len() > MAX_NESTING {
            return Some((open.len(), start));
        }
    }
    None
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| from + i)
}

fn find_ignoring_case(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|i| from + i)
}

/// Paragraphs one per line, without the blank runs that block elements leave.
fn tidy_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&line);
    }
    out
}

/// How far after a word the next one must be found for the match to count: further apart, the
/// word was probably found in navigation or a script rather than in the article.
const NEXT_WORD_REACH: usize = 400;

/// How many occurrences of a word are tried before the first one is taken.
const TRIES: usize = 16;

/// Anchors from each word of the extracted text to where it is written in the page. Words are
/// found in order, from the start of `<body>`; a word is taken where the next word follows it
/// closely. Words the page writes differently (with entities or markup inside) get no anchor and
/// take their position from the word before.
fn word_anchors(text: &str, page: &str) -> Vec<(usize, usize)> {
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|word| (crate::span::offset_in(text, word), word))
        .collect();
    let mut cursor = page
        .find("<body")
        .or_else(|| page.find("<BODY"))
        .unwrap_or(0);
    let mut anchors = Vec::with_capacity(words.len());
    for (index, &(offset, word)) in words.iter().enumerate() {
        let next = words.get(index + 1).map(|&(_, w)| w);
        if let Some(at) = find_word(page, cursor, word, next) {
            anchors.push((offset, at));
            cursor = at + word.len();
        }
    }
    anchors
}

fn find_word(page: &str, from: usize, word: &str, next: Option<&str>) -> Option<usize> {
    let mut first = None;
    let mut start = from;
    for _ in 0..TRIES {
        let at = start + page.get(start..)?.find(word)?;
        first.get_or_insert(at);
        let after = at + word.len();
        let close = match next {
            None => true,
            Some(next) => {
                let end = (after + NEXT_WORD_REACH).min(page.len());
                let end = (end..=page.len())
                    .find(|&e| page.is_char_boundary(e))
                    .unwrap_or(page.len());
                page[after..end].contains(next)
            }
        };
        if close {
            return Some(at);
        }
        start = after;
    }
    first
}

#[cfg(test)]
mod tests {
    #[test]
    fn nesting_is_counted_without_parsing() {
        let deep = |n: usize| {
            format!(
                "<html><body>{}x{}</body></html>",
                "<div>".repeat(n),
                "</div>".repeat(n)
            )
        };
        assert_eq!(too_deep(&deep(900)), None);
        assert_eq!(
            too_deep(&deep(2_000)).map(|(d, _)| d),
            Some(MAX_NESTING + 1)
        );
        // Unclosed paragraphs and list items, void elements, comments and scripts add no
        // depth; stray end tags take none away.
        let flat = format!(
            "<div>{}<script>{}</script><!-- {} --></div>",
            "<p>a<li>b<br><img src=x/><span>c</span>".repeat(5_000),
            "<div>".repeat(5_000),
            "<div>".repeat(5_000)
        );
        assert_eq!(too_deep(&flat), None);
        for hostile in [
            "<div><style></style>".repeat(2_000),
            "<div/>".repeat(2_000),
            "<div></i>".repeat(2_000),
        ] {
            assert_eq!(
                too_deep(&hostile).map(|(d, _)| d),
                Some(MAX_NESTING + 1),
                "{}",
                &hostile[..20]
            );
        }
    }

    use super::*;

    const PAGE: &str = r#"<!doctype html>
<html lang="en"><head>
<title>Drones hit Kyiv | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2025-07-04T08:15:00Z">
<link rel="canonical" href="https://example.org/news/kyiv">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/drones">Drones</a></nav>
<article>
<h1>Drones hit Kyiv</h1>
<p>Russia launched 550 drones and missiles at Kyiv overnight, the air force said on Friday morning, in one of the largest attacks of the war so far.</p>
<p>At least 23 people were injured across the capital, officials said, and fires broke out in several districts of the city after the strikes.</p>
<p>Air defence units worked through the night to bring down the drones over the city and the surrounding region, according to the military.</p>
</article>
<aside>Related: 12 things to know about drones</aside>
</body></html>"#;

    #[test]
    fn reads_the_article_and_its_metadata() {
        let loaded = load_html("page.html", &Arc::from(PAGE), &Meta::default());
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let report = &loaded.reports[0];
        assert!(report.text.contains("550 drones"));
        assert!(!report.text.contains("12 things"), "{}", report.text);
        assert!(!report.text.contains("Home"), "{}", report.text);
        assert_eq!(report.meta.outlet.as_deref(), Some("Example Wire"));
        assert_eq!(
            report.meta.published.map(|p| p.date.to_string()).as_deref(),
            Some("2025-07-04")
        );
        assert_eq!(
            report.meta.url.as_deref(),
            Some("https://example.org/news/kyiv")
        );
    }

    #[test]
    fn spans_point_into_the_page() {
        let loaded = load_html("page.html", &Arc::from(PAGE), &Meta::default());
        let report = &loaded.reports[0];
        // "drones" first appears in the navigation; the article's word must be found instead.
        let at = report.text.find("550 drones").unwrap();
        let position = report.file_position(at + 4);
        assert_eq!(&PAGE[position.offset..position.offset + 6], "drones");
        assert!(PAGE[..position.offset].ends_with("launched 550 "));
    }

    #[test]
    fn a_page_without_an_article_is_a_problem() {
        let loaded = load_html(
            "empty.html",
            &Arc::from("<html><body></body></html>"),
            &Meta::default(),
        );
        assert!(loaded.reports.is_empty());
        assert!(loaded.problems[0].message.contains("no article text"));
    }
}

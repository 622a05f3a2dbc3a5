//! miette rendering. A cross-report finding is one diagnostic: the reports involved are laid
//! side by side in one offset space by [`MultiSource`], which names each file, so miette prints
//! each snippet under its own file header.

use std::fmt;
use std::sync::Arc;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

use crate::finding::{Finding, Severity};
use crate::problem::Problem;
use crate::report::Report;

/// How to draw diagnostics.
#[derive(Clone, Copy, Debug)]
pub struct HumanOptions {
    pub colour: bool,
    pub width: usize,
}

impl Default for HumanOptions {
    fn default() -> Self {
        HumanOptions {
            colour: false,
            width: 100,
        }
    }
}

/// Renders one finding with a snippet from every report involved.
pub fn render_finding(reports: &[Report], finding: &Finding, options: HumanOptions) -> String {
    let diagnostic = FindingDiagnostic::new(reports, finding);
    render(&diagnostic, options)
}

/// Renders one input problem with its source line.
pub fn render_problem(problem: &Problem, options: HumanOptions) -> String {
    render(&problem.diagnostic(), options)
}

fn render(diagnostic: &dyn Diagnostic, options: HumanOptions) -> String {
    let theme = if options.colour {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(options.width)
        // One context line makes miette ask the source for a snippet (which `MultiSource` trims
        // to the sentences around the label) separately from the label's own position.
        .with_context_lines(1)
        .with_links(false)
        // Lines break at spaces only: never at a hyphen, a slash or inside a word, so URLs, dates
        // ("2025-01-20") and rule ids stay whole, even when one is longer than the line.
        .with_break_words(false)
        .with_word_separator(textwrap::WordSeparator::AsciiSpace)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation);
    // miette pads a highlight with a formatting width of 16 bits and panics past it: snippets
    // of a line hundreds of kilobytes long (a hostile file) cannot be drawn. The finding is
    // then printed without them rather than ending the run.
    DRAWING.with(|d| d.set(true));
    let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut out = String::new();
        handler.render_report(&mut out, diagnostic).map(|()| out)
    }));
    DRAWING.with(|d| d.set(false));
    match drawn {
        Ok(Ok(out)) => out,
        Ok(Err(_)) => diagnostic.to_string(),
        Err(_) => format!(
            "{diagnostic}\n  (its places could not be drawn: the line they are on is too long)\n"
        ),
    }
}

thread_local! {
    /// Set while miette draws a diagnostic on this thread.
    static DRAWING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Keeps a panic inside miette's drawing (caught by `render`) off standard error; any other
/// panic is reported as before. Called once at start-up.
pub fn quiet_drawing_panics() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !DRAWING.with(std::cell::Cell::get) {
            previous(info);
        }
    }));
}

/// The most places one finding shows as snippets. A finding that lists thousands of figures
/// (a hostile file, a live blog's every restatement) would otherwise print each of them with
/// its sentence, and the output would grow with the square of the input.
pub const MAX_LABELS: usize = 12;

struct FindingDiagnostic {
    message: String,
    code: String,
    severity: Severity,
    help: Option<String>,
    source: MultiSource,
    labels: Vec<LabeledSpan>,
}

impl FindingDiagnostic {
    fn new(reports: &[Report], finding: &Finding) -> FindingDiagnostic {
        let mut source = MultiSource::default();
        let mut labels = Vec::new();
        for (index, location) in finding.locations.iter().take(MAX_LABELS).enumerate() {
            let report = &reports[location.report.0];
            let base = source.add(&source_name(report), &report.text);
            let span = SourceSpan::new((base + location.span.start).into(), location.span.len());
            labels.push(if index == 0 {
                LabeledSpan::new_primary_with_span(Some(location.value.clone()), span)
            } else {
                LabeledSpan::new_with_span(Some(location.value.clone()), span)
            });
        }
        let mut help = match (&finding.help, &finding.because) {
            (Some(help), Some(because)) => Some(format!("{help}\n{because}")),
            (Some(help), None) => Some(help.clone()),
            (None, Some(because)) => Some(because.clone()),
            (None, None) => None,
        };
        if let Some(fix) = &finding.fix {
            let line = format!("fix: {}", fix.message);
            help = Some(match help {
                Some(help) => format!("{line}\n{help}"),
                None => line,
            });
        }
        let hidden = finding.locations.len().saturating_sub(MAX_LABELS);
        if hidden > 0 {
            let more = format!(
                "{hidden} more place{} not shown here; `--format json` lists every one",
                if hidden == 1 { " is" } else { "s are" }
            );
            help = Some(match help {
                Some(help) => format!("{help}\n{more}"),
                None => more,
            });
        }
        FindingDiagnostic {
            message: finding.message.clone(),
            code: finding.rule.clone(),
            severity: finding.severity,
            help,
            source,
            labels,
        }
    }
}

/// The name a report's snippet is shown under. Text taken out of a page or a feed line says so,
/// since its line numbers are those of the extracted text, not of the file.
fn source_name(report: &Report) -> String {
    match report.origin.as_deref().map(|o| o.kind) {
        None => report.path.clone(),
        Some(crate::report::OriginKind::Html) => {
            format!("{} (article text)", report.display_path())
        }
        Some(crate::report::OriginKind::FeedLine) => {
            let at = report.file_position(0);
            format!("{} (line {})", report.display_path(), at.line)
        }
    }
}

impl fmt::Debug for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FindingDiagnostic {}

impl Diagnostic for FindingDiagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Info => miette::Severity::Advice,
            Severity::Warning => miette::Severity::Warning,
            Severity::Error => miette::Severity::Error,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
}

/// Several files in one offset space, each at its own base offset, each read under its own name.
#[derive(Default)]
struct MultiSource {
    files: Vec<(String, Arc<str>, usize)>,
}

impl MultiSource {
    /// Adds a file (once) and returns its base offset.
    fn add(&mut self, name: &str, text: &Arc<str>) -> usize {
        if let Some((_, _, base)) = self
            .files
            .iter()
            .find(|(n, t, _)| n == name && Arc::ptr_eq(t, text))
        {
            return *base;
        }
        // One byte of gap keeps a span at the end of one file from touching the next file.
        let base = self
            .files
            .last()
            .map_or(0, |(_, text, base)| base + text.len() + 1);
        self.files.push((name.to_string(), text.clone(), base));
        base
    }
}

impl SourceCode for MultiSource {
    /// Reads a label's position (no context asked) or its snippet (context asked). News copy
    /// puts a whole paragraph on one line, so a snippet is the sentences around the label, not
    /// the line, and never neighbouring lines.
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        _context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let (name, text, base) = self
            .files
            .iter()
            .rev()
            .find(|(_, _, base)| *base <= span.offset())
            .ok_or(MietteError::OutOfBounds)?;
        let local_start = span.offset() - base;
        let local_end = local_start + span.len();
        if local_end > text.len() {
            // A span that crosses into the next file: miette then keeps the snippets apart.
            return Err(MietteError::OutOfBounds);
        }
        let (start, end) = if context_lines_before == 0 {
            (local_start, local_end)
        } else {
            if text[local_start..local_end].contains('\n') {
                return Err(MietteError::OutOfBounds);
            }
            excerpt(text, local_start, local_end)
        };
        let at = crate::span::line_column_of(text, start);
        Ok(Box::new(MietteSpanContents::new_named(
            name.clone(),
            &text.as_bytes()[start..end],
            SourceSpan::new((start + base).into(), end - start),
            at.line - 1,
            at.column - 1,
            0,
        )))
    }
}

/// The widest stretch of text shown on either side of a label.
const EXCERPT_REACH: usize = 90;

/// The sentences around `start..end` on its line, cut at word boundaries when a sentence is long.
fn excerpt(text: &str, start: usize, end: usize) -> (usize, usize) {
    // Only the text within reach is read: a paragraph may be a whole file on one line.
    let scan_from = floor_char_boundary(text, start.saturating_sub(4 * EXCERPT_REACH));
    let scan_to = floor_char_boundary(text, end.saturating_add(4 * EXCERPT_REACH).min(text.len()));
    crate::text::work::add((start - scan_from + scan_to - end) as u64);
    let line_start = text[scan_from..start]
        .rfind('\n')
        .map_or(scan_from, |i| scan_from + i + 1);
    let line_end = text[end..scan_to].find('\n').map_or(scan_to, |i| end + i);
    let line_end = if text[..line_end].ends_with('\r') {
        line_end - 1
    } else {
        line_end
    };

    let mut from = line_start;
    let before = &text[line_start..start];
    for (i, _) in before.match_indices(['.', '!', '?']) {
        let after = &before[i + 1..];
        let trimmed = after.trim_start_matches(['"', '”', '’', '\'']);
        if trimmed.starts_with(' ') && trimmed.trim_start().starts_with(char::is_uppercase) {
            from = line_start + i + 1 + (after.len() - trimmed.trim_start().len());
        }
    }
    if start - from > EXCERPT_REACH {
        let window_start = floor_char_boundary(text, start - EXCERPT_REACH);
        from = text[window_start..start]
            .find(' ')
            .map_or(window_start, |i| window_start + i + 1);
    }

    let mut to = line_end;
    let after = &text[end..line_end];
    if let Some(i) = after.find(['.', '!', '?']).filter(|&i| {
        let rest = &after[i + 1..];
        rest.is_empty() || rest.starts_with(' ') || rest.starts_with(['"', '”', '’'])
    }) {
        to = end + i + 1;
    }
    if to - end > EXCERPT_REACH {
        let window_end = floor_char_boundary(text, end + EXCERPT_REACH);
        to = text[end..window_end]
            .rfind(' ')
            .map_or(window_end, |i| end + i);
    }
    (from, to.max(end))
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::{HumanOptions, render_problem};
    use crate::problem::Problem;
    use crate::span::Span;

    #[test]
    fn help_lines_do_not_break_inside_urls_dates_or_ids() {
        let text: Arc<str> = Arc::from("president = \"x\"\n");
        let problem = Problem::new("facts.toml", "a term that cannot be")
            .at(&text, Span::new(0, 9))
            .with_help(
                "the record of facts says Donald Trump has been President of the United States \
                 since 2025-01-20 (source: https://en.wikipedia.org/wiki/List_of_presidents_of_the_United_States); \
                 the rule is self-contradicting-titles, see docs/rules/self-contradicting-titles.md",
            );
        for width in 40..=120 {
            let out = render_problem(
                &problem,
                HumanOptions {
                    colour: false,
                    width,
                },
            );
            for token in [
                "2025-01-20",
                "https://en.wikipedia.org/wiki/List_of_presidents_of_the_United_States);",
                "self-contradicting-titles,",
                "docs/rules/self-contradicting-titles.md",
            ] {
                assert!(
                    out.contains(token),
                    "`{token}` is broken at width {width}:\n{out}"
                );
            }
        }
    }
}

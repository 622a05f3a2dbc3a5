//! Claim extraction: from report text to claims.
//!
//! Parsing never fails. Whatever cannot be read is left out of the claims and, where it looked
//! like a figure, listed as skipped with the reason, so the debug view can show it.

pub mod numbers;
mod quantities;
mod roles;

pub use roles::slug;

use serde::Serialize;

use crate::claim::{Claim, ReportIndex};
use crate::lexicon::Lexicon;
use crate::span::Span;
use crate::text::{Token, sentences, tokens};

/// Everything read from one report.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    pub claims: Vec<Claim>,
    pub skipped: Vec<Skipped>,
}

/// A number that was seen but not read as a claim, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Skipped {
    pub span: Span,
    pub reason: &'static str,
}

/// One sentence, tokenised, as the claim parsers see it.
pub struct Sentence<'a> {
    pub report: ReportIndex,
    /// Absolute span of the sentence in the file.
    pub span: Span,
    /// The sentence text.
    pub text: &'a str,
    pub tokens: Vec<Token<'a>>,
    file: &'a str,
}

impl<'a> Sentence<'a> {
    /// The text of an absolute span of the file.
    pub fn slice(&self, span: Span) -> &'a str {
        &self.file[span.start..span.end]
    }
}

/// Extracts the claims of the report whose text is `body` within `file`.
pub fn extract(report: ReportIndex, file: &str, body: Span, lexicon: &Lexicon) -> Extraction {
    let mut extraction = Extraction::default();
    let text = &file[body.start..body.end];
    for span in sentences(text, body.start, &lexicon.abbreviations) {
        let sentence_text = &file[span.start..span.end];
        let sentence = Sentence {
            report,
            span,
            text: sentence_text,
            tokens: tokens(sentence_text, span.start),
            file,
        };
        quantities::quantities(
            &sentence,
            lexicon,
            &mut extraction.claims,
            &mut extraction.skipped,
        );
        roles::roles(&sentence, lexicon, &mut extraction.claims);
    }
    roles::resolve_within_report(lexicon, &mut extraction.claims);
    extraction.claims.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(a.span.end.cmp(&b.span.end))
    });
    extraction
}

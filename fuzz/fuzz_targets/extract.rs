//! Claim extraction on arbitrary text: it must never panic, and every span must lie inside the
//! text on character boundaries.
#![no_main]

use std::sync::OnceLock;

use crosscheck::claim::ReportIndex;
use crosscheck::lexicon::Lexicon;
use crosscheck::pack::Pack;
use crosscheck::parse::extract;
use crosscheck::span::Span;
use libfuzzer_sys::fuzz_target;

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::load(&Pack::shipped().lexicon).0)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let extraction = extract(ReportIndex(0), text, Span::new(0, text.len()), lexicon());
    for claim in &extraction.claims {
        assert!(claim.span.end <= text.len());
        assert!(text.is_char_boundary(claim.span.start) && text.is_char_boundary(claim.span.end));
    }
});

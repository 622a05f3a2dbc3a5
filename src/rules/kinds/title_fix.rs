//! The one sure change that gives a title the record's time: "former President X" for a
//! sitting president drops "former"; "President-elect X" for one in office drops "-elect";
//! "President X" for one whose term has ended becomes "former President X".
//!
//! Edits are computed from the claim's own words (the report's text may have been let go), so
//! a claim whose words are not the bytes of its span gets no fix.

use crate::claim::{Claim, Qualifier, Role, RoleForm};
use crate::finding::{Edit, Fix};
use crate::span::Span;

/// What the record says of the person and the office on the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordTime {
    /// In office on the day.
    InOffice,
    /// Their term ended before the day.
    Ended,
}

/// The fix for a title whose qualifier the record contradicts, when the words allow one
/// sure change.
pub fn title_fix(claim: &Claim, role: &Role, record: RecordTime) -> Option<Fix> {
    let words = claim.text.as_str();
    if words.len() != claim.span.len() || role.office_text.is_empty() {
        return None;
    }
    let lower = words.to_lowercase();
    // Lower-casing can change byte lengths outside ASCII; then offsets would not map.
    if lower.len() != words.len() {
        return None;
    }
    let office = find_word(&lower, &role.office_text.to_lowercase())?;
    let at = |start: usize, end: usize| Span::new(claim.span.start + start, claim.span.start + end);
    let edit = |span: Span, replacement: &str| Edit {
        report: claim.report,
        span,
        replacement: replacement.to_string(),
    };
    let office_end = office + role.office_text.len();
    match (role.qualifier.sense(), record) {
        (Qualifier::Former, RecordTime::InOffice) => {
            let (start, end) = qualifier_before(&lower, office)?;
            // "Former president X" at the head of a sentence: the next word takes the capital.
            let capital = words[start..].starts_with(|c: char| c.is_uppercase());
            let next = &words[end..];
            let mut edits = vec![edit(at(start, end), "")];
            if capital && next.starts_with(|c: char| c.is_lowercase()) {
                let first = next.chars().next()?;
                edits = vec![edit(
                    at(start, end + first.len_utf8()),
                    &first.to_uppercase().to_string(),
                )];
            }
            Some(Fix {
                message: format!("drop `{}`", words[start..end].trim_end()),
                edits,
            })
        }
        (Qualifier::Elect, RecordTime::InOffice) => {
            let rest = &lower[office_end..];
            let length = ["-elect", " elect"]
                .iter()
                .find(|suffix| rest.starts_with(**suffix))?
                .len();
            Some(Fix {
                message: format!("drop `{}`", &words[office_end..office_end + length]),
                edits: vec![edit(at(office_end, office_end + length), "")],
            })
        }
        (Qualifier::Current, RecordTime::Ended) if role.form == RoleForm::Prenominal => {
            // Before the words that name the office's place ("US President" → "former US
            // President"), but after a possessive ("Ukraine's former President").
            let before = &lower[..office];
            let insert = match before.rfind("'s ").or_else(|| before.rfind("’s ")) {
                Some(i) => i + before[i..].find(' ')? + 1,
                None => 0,
            };
            let capital = insert == 0 && words.starts_with(|c: char| c.is_uppercase());
            let text = if capital && sentence_head(claim) {
                "Former "
            } else {
                "former "
            };
            Some(Fix {
                message: format!("write `{}` before the title", text.trim_end()),
                edits: vec![edit(at(insert, insert), text)],
            })
        }
        _ => None,
    }
}

/// Where `word` stands in `text` as whole words.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text[from..].find(word).map(|i| i + from) {
        let end = i + word.len();
        let bounded = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if bounded(text[..i].chars().next_back()) && bounded(text[end..].chars().next()) {
            return Some(i);
        }
        from = end;
    }
    None
}

/// The qualifier written before the office: "former " or "ex-", with the space after it.
fn qualifier_before(lower: &str, office: usize) -> Option<(usize, usize)> {
    let before = &lower[..office];
    ["former ", "ex-", "ex "]
        .iter()
        .filter_map(|q| {
            let start = before.rfind(q)?;
            let starts_word = before[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            starts_word.then_some((start, start + q.len()))
        })
        .max_by_key(|(start, _)| *start)
}

/// Whether the claim begins its sentence.
fn sentence_head(claim: &Claim) -> bool {
    claim.span.start <= claim.sentence.start
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{ClaimKind, ReportIndex};

    fn role_claim(words: &str, office: &str, qualifier: Qualifier, form: RoleForm) -> Claim {
        Claim {
            report: ReportIndex(0),
            span: Span::new(10, 10 + words.len()),
            sentence: Span::new(10, 200),
            text: words.into(),
            kind: ClaimKind::Role(Box::new(Role {
                form,
                person: "x".into(),
                name: "Tarlo Venn".into(),
                office: "president".into(),
                office_text: office.into(),
                jurisdiction: None,
                qualifier,
                resolved_by: None,
                open: false,
            })),
        }
    }

    fn fixed(words: &str, office: &str, q: Qualifier, form: RoleForm, t: RecordTime) -> String {
        let claim = role_claim(words, office, q, form);
        let ClaimKind::Role(role) = &claim.kind else {
            unreachable!()
        };
        let Some(fix) = title_fix(&claim, role, t) else {
            return "no fix".into();
        };
        let mut out = words.to_string();
        for e in fix.edits.iter().rev() {
            out.replace_range(e.span.start - 10..e.span.end - 10, &e.replacement);
        }
        out
    }

    #[test]
    fn former_is_dropped_for_a_sitting_holder() {
        use Qualifier::Former;
        use RoleForm::Prenominal;
        let t = RecordTime::InOffice;
        assert_eq!(
            fixed(
                "former US President Tarlo Venn",
                "President",
                Former,
                Prenominal,
                t
            ),
            "US President Tarlo Venn"
        );
        assert_eq!(
            fixed(
                "Former president Tarlo Venn",
                "president",
                Former,
                Prenominal,
                t
            ),
            "President Tarlo Venn"
        );
        assert_eq!(
            fixed(
                "ex-President Tarlo Venn",
                "President",
                Former,
                Prenominal,
                t
            ),
            "President Tarlo Venn"
        );
        // No qualifier word to drop: no fix rather than a guess.
        assert_eq!(
            fixed("President Tarlo Venn", "President", Former, Prenominal, t),
            "no fix"
        );
    }

    #[test]
    fn elect_is_dropped_and_former_written_where_the_record_says() {
        assert_eq!(
            fixed(
                "President-elect Tarlo Venn",
                "President",
                Qualifier::Elect,
                RoleForm::Prenominal,
                RecordTime::InOffice
            ),
            "President Tarlo Venn"
        );
        assert_eq!(
            fixed(
                "US President Tarlo Venn",
                "President",
                Qualifier::Current,
                RoleForm::Prenominal,
                RecordTime::Ended
            ),
            "Former US President Tarlo Venn"
        );
        assert_eq!(
            fixed(
                "Vardia's President Tarlo Venn",
                "President",
                Qualifier::Current,
                RoleForm::Prenominal,
                RecordTime::Ended
            ),
            "Vardia's former President Tarlo Venn"
        );
        // An apposition is left to the writer.
        assert_eq!(
            fixed(
                "Tarlo Venn, the president",
                "president",
                Qualifier::Current,
                RoleForm::Appositive,
                RecordTime::Ended
            ),
            "no fix"
        );
    }
}

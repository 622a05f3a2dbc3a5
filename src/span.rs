//! Byte spans into files as they are on disk, and the line and column arithmetic on them.

use serde::Serialize;

/// A byte range into a file, end-exclusive.
///
/// Spans are always absolute offsets into the file as read from disk (front matter included),
/// so an editor can jump straight to them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} is after its end {end}");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span that covers both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn shift(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct LineColumn {
    pub line: usize,
    pub column: usize,
}

/// Converts a byte offset to its 1-based line and character column.
///
/// Offsets past the end of the text are clamped to the end; offsets inside a UTF-8 sequence
/// count the partial character as one column.
pub fn line_column(text: &str, offset: usize) -> LineColumn {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = before[line_start..]
        .iter()
        .filter(|&&b| (b & 0xC0) != 0x80)
        .count()
        + 1;
    LineColumn { line, column }
}

/// The byte offset of a 1-based line and character column, for parsers that report positions
/// as lines and columns.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for _ in 1..line {
        match text[offset..].find('\n') {
            Some(i) => offset += i + 1,
            None => return text.len(),
        }
    }
    let line_text = &text[offset..];
    let line_end = line_text.find('\n').unwrap_or(line_text.len());
    line_text[..line_end]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(offset + line_end, |(i, _)| offset + i)
}

/// The byte offset of `part` within `whole`, when `part` is a subslice of it.
pub fn offset_in(whole: &str, part: &str) -> usize {
    let start = whole.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    debug_assert!(at >= start && at + part.len() <= start + whole.len());
    at - start
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_characters() {
        let text = "ab\ncé d\n";
        assert_eq!(line_column(text, 0), LineColumn { line: 1, column: 1 });
        assert_eq!(line_column(text, 3), LineColumn { line: 2, column: 1 });
        assert_eq!(line_column(text, 6), LineColumn { line: 2, column: 3 });
        assert_eq!(line_column(text, 999), LineColumn { line: 3, column: 1 });
    }

    #[test]
    fn offset_of_inverts_line_column() {
        let text = "ab\ncé d\nlast";
        for offset in [0, 1, 3, 4, 6, 7, 9] {
            let at = line_column(text, offset);
            assert_eq!(offset_of(text, at.line, at.column), offset);
        }
    }
}

//! Byte spans into files as they are on disk, and the line and column arithmetic on them.

use serde::Serialize;

/// A byte range into a file, end-exclusive.
///
/// Spans are always absolute offsets into the file as read from disk (front matter included),
/// so an editor can jump straight to them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
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

/// For each stretch of `STRIDE` bytes of a text: the characters and lines before it, and where
/// the line it starts in begins. Made once per text (a sixty-fourth of its size), so that each
/// position costs at most two stretches read, not a scan from the start of the text (which made
/// output quadratic on long files).
pub struct LineIndex {
    /// Characters before byte `i * STRIDE`.
    chars_before: Vec<usize>,
    /// Line breaks before byte `i * STRIDE`.
    lines_before: Vec<usize>,
    /// The start of the line that byte `i * STRIDE` is in.
    line_start: Vec<usize>,
}

const STRIDE: usize = 1024;

/// Texts shorter than this are scanned: an index would cost more than it saves.
const INDEX_FROM: usize = 4 * STRIDE;

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let blocks = bytes.len() / STRIDE + 1;
        let mut index = LineIndex {
            chars_before: Vec::with_capacity(blocks),
            lines_before: Vec::with_capacity(blocks),
            line_start: Vec::with_capacity(blocks),
        };
        let (mut chars, mut lines, mut line_start) = (0, 0, 0);
        for (block, chunk) in bytes.chunks(STRIDE).enumerate() {
            index.chars_before.push(chars);
            index.lines_before.push(lines);
            index.line_start.push(line_start);
            chars += chars_in(chunk);
            lines += chunk.iter().filter(|&&b| b == b'\n').count();
            if let Some(i) = chunk.iter().rposition(|&b| b == b'\n') {
                line_start = block * STRIDE + i + 1;
            }
        }
        if bytes.len().is_multiple_of(STRIDE) {
            index.chars_before.push(chars);
            index.lines_before.push(lines);
            index.line_start.push(line_start);
        }
        crate::text::work::add(bytes.len() as u64);
        index
    }

    /// Characters in `text[..offset]`.
    fn chars_to(&self, bytes: &[u8], offset: usize) -> usize {
        let block = offset / STRIDE;
        crate::text::work::add((offset - block * STRIDE) as u64);
        self.chars_before[block] + chars_in(&bytes[block * STRIDE..offset])
    }

    /// The 1-based line and character column of `offset` in `text`, the text this index was
    /// made from; the same answer as [`line_column`].
    pub fn line_column(&self, text: &str, offset: usize) -> LineColumn {
        let offset = offset.min(text.len());
        let bytes = text.as_bytes();
        let block = offset / STRIDE;
        let stretch = &bytes[block * STRIDE..offset];
        crate::text::work::add(stretch.len() as u64);
        let line = self.lines_before[block] + stretch.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = stretch
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(self.line_start[block], |i| block * STRIDE + i + 1);
        let column = self.chars_to(bytes, offset) - self.chars_to(bytes, line_start) + 1;
        LineColumn { line, column }
    }
}

/// Characters that start in `bytes`: every byte that is not a UTF-8 continuation byte.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

/// [`line_column`] for a shared text, through an index made once per text and kept while the
/// text is in use on this thread (the last few texts asked about), so that positions in a long
/// file cost the same however many are asked for.
pub fn line_column_of(text: &std::sync::Arc<str>, offset: usize) -> LineColumn {
    use std::cell::RefCell;
    use std::sync::Arc;
    type Cached = (Arc<str>, Arc<LineIndex>);
    thread_local! {
        static CACHE: RefCell<Vec<Cached>> = const { RefCell::new(Vec::new()) };
    }
    if text.len() < INDEX_FROM {
        crate::text::work::add(offset.min(text.len()) as u64);
        return line_column(text, offset);
    }
    let index = CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(i) = cache.iter().position(|(t, _)| Arc::ptr_eq(t, text)) {
            let entry = cache.remove(i);
            let index = entry.1.clone();
            cache.push(entry);
            return index;
        }
        let index = Arc::new(LineIndex::new(text));
        if cache.len() == 8 {
            cache.remove(0);
        }
        cache.push((text.clone(), index.clone()));
        index
    });
    index.line_column(text, offset)
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
    fn the_line_index_answers_as_the_scan_does() {
        let pieces = ["a", "é", "\n", "日本", "\r\n", " ", "\n\n", "x"];
        let mut seed: u64 = 7;
        for size in [0, 1, 1023, 1024, 1025, 2048, 4096, 5000, 9000] {
            let mut text = String::new();
            while text.len() < size {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let piece = pieces[(seed >> 33) as usize % pieces.len()];
                // Long lines too: most pieces are not line breaks.
                text.push_str(if (seed >> 40).is_multiple_of(4) {
                    piece
                } else {
                    "a"
                });
            }
            let index = LineIndex::new(&text);
            for offset in (0..=text.len() + 2).step_by(3) {
                assert_eq!(
                    index.line_column(&text, offset),
                    line_column(&text, offset),
                    "size {size}, offset {offset}"
                );
            }
        }
    }

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

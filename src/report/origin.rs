//! Where a report's text lies in its file, when the text is not the file's bytes: the article
//! text of an HTML page, the decoded `text` of a JSONL feed line.
//!
//! Claims and findings keep spans into the report's text (what the parser read); every output
//! that names a position translates them through the origin, so that line, column and byte
//! offsets point into the file on disk.

use std::sync::Arc;

use crate::span::{LineColumn, line_column_of};

/// The file a report's text was taken from, and how text offsets map into it.
#[derive(Clone, Debug)]
pub struct Origin {
    /// The whole file as read from disk.
    pub file: Arc<str>,
    /// What kind of file: used in messages ("article text of page.html").
    pub kind: OriginKind,
    /// `(text offset, file offset)` pairs, sorted by text offset: from each text offset on, the
    /// text runs parallel to the file until the next pair.
    runs: Vec<(usize, usize)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum OriginKind {
    /// The main text of an HTML page.
    Html,
    /// The `text` field of one line of a JSONL feed.
    FeedLine,
}

/// A position in the file on disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FilePosition {
    pub offset: usize,
    pub line: usize,
    pub column: usize,
}

impl Origin {
    /// An origin from `(text offset, file offset)` anchors. Anchors out of order (a text offset
    /// not after the previous one, or a file offset before it) are dropped, so the map stays
    /// monotonic.
    pub fn new(file: Arc<str>, kind: OriginKind, anchors: Vec<(usize, usize)>) -> Origin {
        let mut runs: Vec<(usize, usize)> = Vec::with_capacity(anchors.len());
        for (text, at) in anchors {
            if at > file.len() {
                continue;
            }
            match runs.last() {
                Some(&(last_text, last_at)) if text <= last_text || at < last_at => {}
                _ => runs.push((text, at)),
            }
        }
        Origin { file, kind, runs }
    }

    /// The file offset of a text offset.
    /// The `(text offset, file offset)` pairs, as [`Origin::new`] takes them back.
    pub fn anchors(&self) -> &[(usize, usize)] {
        &self.runs
    }

    pub fn file_offset(&self, offset: usize) -> usize {
        let index = self.runs.partition_point(|&(text, _)| text <= offset);
        match index.checked_sub(1).map(|i| self.runs[i]) {
            Some((text, at)) => {
                let next = self.runs.get(index).map_or(self.file.len(), |&(_, a)| a);
                (at + (offset - text)).min(next).min(self.file.len())
            }
            None => 0,
        }
    }
}

/// The position in the file of an offset into a report's text.
pub fn file_position(text: &Arc<str>, origin: Option<&Origin>, offset: usize) -> FilePosition {
    match origin {
        None => {
            let LineColumn { line, column } = line_column_of(text, offset);
            FilePosition {
                offset,
                line,
                column,
            }
        }
        Some(origin) => {
            let offset = origin.file_offset(offset);
            let LineColumn { line, column } = line_column_of(&origin.file, offset);
            FilePosition {
                offset,
                line,
                column,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_follow_runs() {
        // Text "ab cd" taken from file "<p>ab</p> <b>cd</b>".
        let file: Arc<str> = Arc::from("<p>ab</p> <b>cd</b>");
        let origin = Origin::new(file, OriginKind::Html, vec![(0, 3), (3, 13)]);
        assert_eq!(origin.file_offset(0), 3);
        assert_eq!(origin.file_offset(1), 4);
        assert_eq!(origin.file_offset(3), 13);
        assert_eq!(origin.file_offset(4), 14);
        assert_eq!(origin.file_offset(99), 19);
    }

    #[test]
    fn out_of_order_anchors_are_dropped() {
        let file: Arc<str> = Arc::from("0123456789");
        let origin = Origin::new(file, OriginKind::FeedLine, vec![(0, 5), (2, 1), (4, 8)]);
        assert_eq!(origin.file_offset(3), 8);
        assert_eq!(origin.file_offset(4), 8);
    }

    #[test]
    fn positions_are_in_the_file() {
        let file: Arc<str> = Arc::from("{\"a\":1}\n{\"text\":\"x y\"}\n");
        let origin = Origin::new(file, OriginKind::FeedLine, vec![(0, 17)]);
        let at = file_position(&Arc::from("x y"), Some(&origin), 2);
        assert_eq!((at.line, at.column, at.offset), (2, 12, 19));
    }
}

//! Between the protocol's terms and ours: `file://` URIs and paths, UTF-16 positions and byte
//! offsets, findings and diagnostics.

use std::path::{Path, PathBuf};

use lsp_types::{Position, Range, Uri};

use crate::report::Report;
use crate::span::Span;

/// The path of a `file://` URI, percent-decoded; `None` for other schemes.
pub fn uri_to_path(uri: &Uri) -> Option<PathBuf> {
    let text = uri.as_str();
    let rest = text.strip_prefix("file://")?;
    // "file:///home/x" and "file://localhost/home/x".
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    let mut bytes = Vec::with_capacity(rest.len());
    let raw = rest.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'%'
            && let Some(byte) = raw
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            bytes.push(byte);
            i += 3;
            continue;
        }
        bytes.push(raw[i]);
        i += 1;
    }
    String::from_utf8(bytes).ok().map(PathBuf::from)
}

/// The `file://` URI of an absolute path (a relative one is made absolute first).
pub fn path_to_uri(path: &Path) -> Option<Uri> {
    let absolute = std::path::absolute(path).ok()?;
    crate::render::file_uri(&absolute.display().to_string())
        .parse()
        .ok()
}

/// The protocol position (line from 0, UTF-16 code units from 0) of a byte offset.
pub fn position(text: &str, offset: usize) -> Position {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let character: usize = text[line_start..offset].chars().map(char::len_utf16).sum();
    Position {
        line: line as u32,
        character: character as u32,
    }
}

/// The byte offset of a protocol position; past the end of a line is its end.
pub fn offset(text: &str, position: Position) -> usize {
    let mut start = 0;
    for _ in 0..position.line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let mut units = 0;
    for (i, c) in text[start..line_end].char_indices() {
        if units >= position.character as usize {
            return start + i;
        }
        units += c.len_utf16();
    }
    line_end
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The range a span of a report covers in its file: through the origin for text extracted
/// from an HTML page or a feed line.
pub fn range(report: &Report, span: Span) -> Range {
    let (file, start, end) = match &report.origin {
        Some(origin) => (
            &*origin.file,
            origin.file_offset(span.start),
            origin.file_offset(span.end),
        ),
        None => (&*report.text, span.start, span.end),
    };
    Range {
        start: position(file, start),
        end: position(file, end),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_utf16_units_and_round_trip() {
        let text = "héllo\nwörld 𝄞 550 drones\nend";
        let at = text.find("550").unwrap();
        let p = position(text, at);
        // "wörld " is 6 units, the clef is 2, then a space.
        assert_eq!((p.line, p.character), (1, 9));
        assert_eq!(offset(text, p), at);
        assert_eq!(
            offset(text, Position::new(1, 999)),
            text.find("\nend").unwrap()
        );
        assert_eq!(offset(text, Position::new(9, 0)), text.len());
    }

    #[test]
    fn file_uris_decode_and_encode() {
        let uri: Uri = "file:///tmp/news%20desk/draft.md".parse().unwrap();
        assert_eq!(
            uri_to_path(&uri),
            Some(PathBuf::from("/tmp/news desk/draft.md"))
        );
        let back = path_to_uri(Path::new("/tmp/news desk/draft.md")).unwrap();
        assert_eq!(back.as_str(), "file:///tmp/news%20desk/draft.md");
        let other: Uri = "untitled:Untitled-1".parse().unwrap();
        assert_eq!(uri_to_path(&other), None);
    }
}

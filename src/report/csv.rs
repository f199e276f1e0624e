//! `items.csv`: one row per item, the contract columns first (see the README).
//!
//! Text from archives is written so that a spreadsheet never runs it: a cell that starts with
//! `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe.
//!
//! Two dialects: the standard one (RFC 4180, comma, no byte order mark) for programs, and the one
//! spreadsheets open in columns without an import dialog (`--excel`): a UTF-8 byte order mark, so
//! accents are not read as Windows-1252, and `;` between cells, which is Excel's list separator
//! wherever the comma is the decimal separator (most of Europe). Where the list separator is the
//! comma (US, UK), the standard file opens in columns as it is.

use std::io::Write;

use anyhow::Result;
use rayon::prelude::*;

use super::Rows;

/// The contract columns, in order, followed by the extra ones.
pub const COLUMNS: &[&str] = &[
    "id",
    "platform",
    "author",
    "created_at",
    "direction",
    "kind",
    "label",
    "reasons",
    "in_reply_to",
    "conversation",
    "directed",
    "needs_response",
    "question",
    "responded",
    "first_response_seconds",
    "confidence",
    "uncertain",
    "url",
    "source",
    "text",
];

/// How `items.csv` is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Dialect {
    /// RFC 4180: comma-separated, no byte order mark.
    #[default]
    Standard,
    /// For spreadsheets: a UTF-8 byte order mark and `;` between cells.
    Excel,
}

/// The UTF-8 byte order mark that tells spreadsheets the file is UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Renders the rows as standard CSV bytes.
pub fn render(rows: &Rows<'_>) -> Result<Vec<u8>> {
    render_with(rows, Dialect::Standard)
}

/// Renders the rows in the given dialect.
pub fn render_with(rows: &Rows<'_>, dialect: Dialect) -> Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(rows.len() * 200 + 3);
    write_with(rows, dialect, &mut buf)?;
    Ok(buf)
}

/// Rows encoded together, in parallel with the next chunks; the chunks are written in order.
const CHUNK_ROWS: usize = 4096;

/// Writes the rows in the given dialect to `out`. Rows are encoded a few chunks at a time in
/// parallel and written in order, so a million rows take a fraction of the time and only those
/// chunks are in memory at once.
pub fn write_with(rows: &Rows<'_>, dialect: Dialect, out: &mut impl Write) -> Result<()> {
    let delimiter = match dialect {
        Dialect::Standard => b',',
        Dialect::Excel => {
            out.write_all(BOM)?;
            b';'
        }
    };
    let mut head = ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    head.write_record(COLUMNS)?;
    out.write_all(&head.into_inner().map_err(|e| e.into_error())?)?;
    let chunks = rows.len().div_ceil(CHUNK_ROWS);
    let window = 2 * rayon::current_num_threads();
    // One buffer per chunk of a window, filled again for every window: fresh megabytes for
    // every chunk would cost a page fault for every 4 KiB encoded.
    let mut buffers: Vec<Vec<u8>> = vec![Vec::new(); window];
    for first in (0..chunks).step_by(window) {
        let last = (first + window).min(chunks);
        buffers[..last - first]
            .par_iter_mut()
            .zip(first..last)
            .map(|(buf, c)| {
                let range = c * CHUNK_ROWS..((c + 1) * CHUNK_ROWS).min(rows.len());
                encode(rows, range, delimiter, buf)
            })
            .collect::<Result<()>>()?;
        for bytes in &buffers[..last - first] {
            out.write_all(bytes)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// The rows `range` as CSV records (no header), in place of what `buf` held.
fn encode(
    rows: &Rows<'_>,
    range: std::ops::Range<usize>,
    delimiter: u8,
    buf: &mut Vec<u8>,
) -> Result<()> {
    buf.clear();
    buf.reserve(range.len() * 256);
    let mut w = ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_writer(buf);
    let b = |v: Option<bool>| match v {
        Some(true) => "true",
        Some(false) => "false",
        None => "",
    };
    // A chunk's confidences are a handful of values (the rules' own, moved by their support):
    // each is formatted once, the exact decimal formatting of a float being slow.
    let mut confidences: Vec<(u32, String)> = Vec::new();
    for k in range {
        let r = rows.get(k);
        let secs = r
            .first_response_seconds
            .map(|s| s.to_string())
            .unwrap_or_default();
        let bits = r.confidence.to_bits();
        let formatted;
        let conf = match confidences.iter().position(|(b, _)| *b == bits) {
            Some(at) => confidences[at].1.as_str(),
            None if confidences.len() < 64 => {
                confidences.push((bits, format!("{:.2}", r.confidence)));
                confidences[confidences.len() - 1].1.as_str()
            }
            None => {
                formatted = format!("{:.2}", r.confidence);
                formatted.as_str()
            }
        };
        w.write_record([
            safe(&r.id).as_ref(),
            safe(&r.platform).as_ref(),
            safe(&r.author).as_ref(),
            r.created_at.as_ref(),
            r.direction,
            r.kind,
            r.label,
            r.reasons.as_ref(),
            safe(&r.in_reply_to).as_ref(),
            safe(&r.conversation).as_ref(),
            b(r.directed),
            b(r.needs_response),
            b(r.question),
            b(r.responded),
            &secs,
            conf,
            if r.uncertain { "true" } else { "false" },
            safe(&r.url).as_ref(),
            safe(&r.source).as_ref(),
            safe(&r.text).as_ref(),
        ])?;
    }
    w.into_inner().map_err(|e| e.into_error())?;
    Ok(())
}

/// Neutralizes a cell a spreadsheet would evaluate as a formula.
pub fn safe(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralized() {
        assert_eq!(safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(safe("@sam_b thanks"), "'@sam_b thanks");
        assert_eq!(safe("+1"), "'+1");
        assert_eq!(safe("-5"), "'-5");
        assert_eq!(safe("hello"), "hello");
    }
}

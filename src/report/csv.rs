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
pub fn write_with(rows: &Rows<'_>, dialect: Dialect, out: &mut (impl Write + Send)) -> Result<()> {
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
    // Two sets of buffers, one per chunk of a window, filled again and again: one window is
    // written while the next is encoded (the copy into the file is a good part of the time, and
    // on one core). Fresh megabytes for every chunk would cost a page fault for every 4 KiB.
    let mut writing: Vec<Vec<u8>> = vec![Vec::new(); window];
    let mut filling: Vec<Vec<u8>> = vec![Vec::new(); window];
    let mut written = 0;
    for first in (0..chunks).step_by(window) {
        let last = (first + window).min(chunks);
        let encode_window = |buffers: &mut [Vec<u8>]| -> Result<()> {
            buffers[..last - first]
                .par_iter_mut()
                .zip(first..last)
                .map(|(buf, c)| {
                    let range = c * CHUNK_ROWS..((c + 1) * CHUNK_ROWS).min(rows.len());
                    encode(rows, range, delimiter, buf)
                })
                .collect()
        };
        let (wrote, encoded) = rayon::join(
            || writing[..written].iter().try_for_each(|b| out.write_all(b)),
            || encode_window(&mut filling),
        );
        wrote?;
        encoded?;
        std::mem::swap(&mut writing, &mut filling);
        written = last - first;
    }
    writing[..written]
        .iter()
        .try_for_each(|b| out.write_all(b))?;
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
    let b = |v: Option<bool>| match v {
        Some(true) => "true",
        Some(false) => "false",
        None => "",
    };
    // A chunk's confidences are a handful of values (the rules' own, moved by their support):
    // each is formatted once, the exact decimal formatting of a float being slow.
    let mut confidences: Vec<(u32, String)> = Vec::new();
    let mut secs = String::new();
    for k in range {
        let r = rows.get(k);
        secs.clear();
        if let Some(s) = r.first_response_seconds {
            use std::fmt::Write as _;
            write!(secs, "{s}").expect("a String takes any write");
        }
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
        let mut rec = Record::new(buf, delimiter);
        rec.safe(&r.id);
        rec.safe(&r.platform);
        rec.safe(&r.author);
        rec.field(&r.created_at);
        rec.field(r.direction);
        rec.field(r.kind);
        rec.field(r.label);
        rec.field(&r.reasons);
        rec.safe(&r.in_reply_to);
        rec.safe(&r.conversation);
        rec.field(b(r.directed));
        rec.field(b(r.needs_response));
        rec.field(b(r.question));
        rec.field(b(r.responded));
        rec.field(&secs);
        rec.field(conf);
        rec.field(if r.uncertain { "true" } else { "false" });
        rec.safe(&r.url);
        rec.safe(&r.source);
        rec.safe(&r.text);
        rec.end();
    }
    Ok(())
}

/// One record written straight into a buffer, as the `csv` crate writes it with its defaults
/// (which the header still is): a cell is quoted only when it holds the delimiter, a quote or a
/// line break, quotes inside doubled, `\n` after the record. A property test holds the two
/// equal. The crate's writer copied every cell twice and asked a state machine per cell: it was
/// most of the time of writing a large `items.csv`.
struct Record<'a> {
    out: &'a mut Vec<u8>,
    delimiter: u8,
    first: bool,
}

impl<'a> Record<'a> {
    fn new(out: &'a mut Vec<u8>, delimiter: u8) -> Record<'a> {
        Record {
            out,
            delimiter,
            first: true,
        }
    }

    /// A cell as it is.
    fn field(&mut self, cell: &str) {
        self.cell(b"", cell.as_bytes());
    }

    /// A cell from the archive, neutralized as [`safe`] does it.
    fn safe(&mut self, cell: &str) {
        let prefix: &[u8] = if formula(cell) { b"'" } else { b"" };
        self.cell(prefix, cell.as_bytes());
    }

    /// `prefix` then `cell`, as one cell; the prefix never needs quoting.
    fn cell(&mut self, prefix: &[u8], cell: &[u8]) {
        if !std::mem::take(&mut self.first) {
            self.out.push(self.delimiter);
        }
        let quote = needs_quotes(cell, self.delimiter);
        if !quote {
            self.out.extend_from_slice(prefix);
            self.out.extend_from_slice(cell);
            return;
        }
        self.out.push(b'"');
        self.out.extend_from_slice(prefix);
        let mut rest = cell;
        while let Some(at) = memchr::memchr(b'"', rest) {
            self.out.extend_from_slice(&rest[..=at]);
            self.out.push(b'"');
            rest = &rest[at + 1..];
        }
        self.out.extend_from_slice(rest);
        self.out.push(b'"');
    }

    fn end(self) {
        self.out.push(b'\n');
    }
}

/// Whether a cell holds the delimiter, a quote or a line break. Most cells are a few bytes (ids,
/// times, flags), for which a plain loop beats setting up a vectorized search: two searches per
/// cell were half the instructions of encoding a row.
fn needs_quotes(cell: &[u8], delimiter: u8) -> bool {
    if cell.len() < 32 {
        cell.iter()
            .any(|&b| b == delimiter || matches!(b, b'"' | b'\n' | b'\r'))
    } else {
        memchr::memchr3(delimiter, b'"', b'\n', cell).is_some()
            || memchr::memchr(b'\r', cell).is_some()
    }
}

/// Whether a spreadsheet would evaluate the cell as a formula.
fn formula(cell: &str) -> bool {
    matches!(
        cell.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    )
}

/// Neutralizes a cell a spreadsheet would evaluate as a formula.
pub fn safe(cell: &str) -> std::borrow::Cow<'_, str> {
    if formula(cell) {
        format!("'{cell}").into()
    } else {
        cell.into()
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

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// A record written directly is what the `csv` crate writes of the same cells: plain and
        /// neutralized cells, short and long, with the characters that need quoting, in both
        /// dialects.
        #[test]
        fn records_are_what_the_csv_crate_writes(
            cells in proptest::collection::vec(
                (r#"[a-z ,;"\n\r\t=+@'-]{0,48}|\PC{0,40}"#, proptest::bool::ANY),
                2..24,
            ),
            excel in proptest::bool::ANY,
        ) {
            let delimiter = if excel { b';' } else { b',' };
            let mut direct = Vec::new();
            let mut rec = Record::new(&mut direct, delimiter);
            for (cell, neutralize) in &cells {
                if *neutralize { rec.safe(cell) } else { rec.field(cell) }
            }
            rec.end();
            let mut w = ::csv::WriterBuilder::new()
                .delimiter(delimiter)
                .has_headers(false)
                .from_writer(Vec::new());
            let cells: Vec<std::borrow::Cow<'_, str>> = cells
                .iter()
                .map(|(c, n)| if *n { safe(c) } else { c.as_str().into() })
                .collect();
            w.write_record(cells.iter().map(|c| c.as_ref())).unwrap();
            let by_crate = w.into_inner().unwrap();
            proptest::prop_assert_eq!(
                String::from_utf8_lossy(&direct),
                String::from_utf8_lossy(&by_crate)
            );
        }
    }
}

//! Small helpers several importers share: HTML to plain text, and reading the head of a file for
//! detection.
//!
//! Mastodon statuses and WordPress posts and comments are HTML; the classifier reads plain text,
//! so markup goes and the line structure stays (`<br>` is a line break, `<p>` a paragraph).

use std::io::Read;
use std::path::Path;

use super::source::{GuardedRead, RecordGuard, limit_exceeded};
use super::{InputError, Source};

/// Plain text from an HTML fragment: tags stripped, `<br>` to a newline, block elements (`<p>`,
/// `<div>`, `<li>`, headings, `<blockquote>`) to paragraph breaks, `<script>`/`<style>` contents
/// dropped, entities decoded. Newlines already in the source are kept, because WordPress writes
/// paragraphs as blank lines rather than `<p>`.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt + 1..];
        let Some(gt) = after.find('>') else {
            // A lone `<` (as in "a < b") is text, not a tag.
            out.push_str(&rest[lt..]);
            rest = "";
            break;
        };
        let tag = &after[..gt];
        let name = tag_name(tag);
        rest = &after[gt + 1..];
        if name.is_empty() && !tag.starts_with('/') && !tag.starts_with('!') {
            out.push('<');
            out.push_str(tag);
            out.push('>');
            continue;
        }
        let closing = tag.starts_with('/');
        match name.as_str() {
            "br" => out.push('\n'),
            "script" | "style" if !closing => {
                let end = format!("</{name}");
                match rest.to_ascii_lowercase().find(&end) {
                    Some(pos) => {
                        let tail = &rest[pos..];
                        rest = tail.find('>').map(|g| &tail[g + 1..]).unwrap_or("");
                    }
                    None => rest = "",
                }
            }
            "p" | "div" | "li" | "ul" | "ol" | "blockquote" | "h1" | "h2" | "h3" | "h4" | "h5"
            | "h6" | "pre" | "table" | "tr" => paragraph_break(&mut out),
            _ => {}
        }
    }
    out.push_str(rest);
    let decoded = html_escape::decode_html_entities(&out);
    tidy(&decoded)
}

/// The lower-case element name of a tag's inside (`p class="x"` -> `p`, `/p` -> `p`, `br/` -> `br`).
fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

fn paragraph_break(out: &mut String) {
    let trimmed = out.trim_end_matches([' ', '\t']).len();
    out.truncate(trimmed);
    if out.is_empty() || out.ends_with("\n\n") {
        return;
    }
    if out.ends_with('\n') {
        out.push('\n');
    } else {
        out.push_str("\n\n");
    }
}

/// Trims the ends, trailing spaces of each line, and runs of more than one blank line.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.trim().lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

/// Up to `limit` bytes from the start of `name`, for detection; `None` when it cannot be read.
pub fn head(source: &mut Source, name: &str, limit: u64) -> Option<Vec<u8>> {
    let mut buf = Vec::new();
    source
        .open_entry(name)
        .ok()?
        .take(limit)
        .read_to_end(&mut buf)
        .ok()?;
    Some(buf)
}

/// The header row of a CSV file (BOM removed, names trimmed and lower-cased), from its head.
pub fn csv_header(head: &[u8]) -> Option<Vec<String>> {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(head);
    let rec = r.byte_records().next()?.ok()?;
    Some(
        rec.iter()
            .map(|f| String::from_utf8_lossy(f).trim().to_ascii_lowercase())
            .collect(),
    )
}

/// A CSV file of an input read record by record, each record bounded by the input's
/// `--max-record-size`: a multi-gigabyte field (or an unclosed quote swallowing the rest of a huge
/// file) stops with an error naming the file, the line and the limit, in bounded memory.
pub struct CsvRecords<'a> {
    reader: csv::Reader<GuardedRead<Box<dyn Read + 'a>>>,
    guard: RecordGuard,
    described: String,
    done: bool,
}

impl<'a> CsvRecords<'a> {
    /// Opens `name` of `source` as a CSV whose records may differ in length.
    pub fn open(source: &'a mut Source, name: &str) -> Result<CsvRecords<'a>, InputError> {
        let described = source.describe(name);
        let guard = RecordGuard::new(source.limits().max_record_bytes);
        let reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(guard.wrap(source.open_entry(name)?));
        Ok(CsvRecords {
            reader,
            guard,
            described,
            done: false,
        })
    }

    fn limit(&self, line: u64, e: &csv::Error) -> Option<InputError> {
        let csv::ErrorKind::Io(io) = e.kind() else {
            return None;
        };
        limit_exceeded(io).map(|msg| {
            InputError::new(
                Path::new(&self.described),
                Some(format!("line {line}")),
                msg,
            )
        })
    }

    /// The header row; an error names the file and line 1.
    pub fn headers(&mut self) -> Result<csv::StringRecord, InputError> {
        self.guard.next_record();
        match self.reader.headers() {
            Ok(h) => Ok(h.clone()),
            Err(e) => Err(self.limit(1, &e).unwrap_or_else(|| {
                InputError::new(
                    Path::new(&self.described),
                    Some("line 1".into()),
                    format!("not a readable CSV: {e}"),
                )
            })),
        }
    }

    /// The next record: `Ok(None)` at the end, `Ok(Some(Err(..)))` for a record that cannot be
    /// read (the caller skips it with a warning), `Err` when a record is over the limit. After a
    /// read error (damaged compression, truncated UTF-16) nothing more is read.
    #[allow(clippy::type_complexity)]
    pub fn next_record(
        &mut self,
    ) -> Result<Option<Result<csv::StringRecord, csv::Error>>, InputError> {
        if self.done {
            return Ok(None);
        }
        self.guard.next_record();
        let line = self.reader.position().line();
        let mut rec = csv::StringRecord::new();
        match self.reader.read_record(&mut rec) {
            Ok(false) => {
                self.done = true;
                Ok(None)
            }
            Ok(true) => Ok(Some(Ok(rec))),
            Err(e) => {
                if let Some(err) = self.limit(line, &e) {
                    return Err(err);
                }
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    self.done = true;
                }
                Ok(Some(Err(e)))
            }
        }
    }
}

/// Column positions of a CSV header, looked up by lower-case name.
pub struct Columns(Vec<String>);

impl Columns {
    pub fn new(header: &csv::StringRecord) -> Columns {
        Columns(
            header
                .iter()
                .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
                .collect(),
        )
    }

    /// The field named `name` in `record`, trimmed; `None` when the column or field is absent.
    pub fn get<'r>(&self, record: &'r csv::StringRecord, name: &str) -> Option<&'r str> {
        let i = self.0.iter().position(|h| h == name)?;
        record.get(i).map(str::trim)
    }

    /// Like [`Columns::get`], but `None` for an empty field too.
    pub fn non_empty<'r>(&self, record: &'r csv::StringRecord, name: &str) -> Option<&'r str> {
        self.get(record, name).filter(|s| !s.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_line_breaks_survive_as_newlines() {
        assert_eq!(
            html_to_text("<p>First line<br>second line</p><p>Next &amp; last</p>"),
            "First line\nsecond line\n\nNext & last"
        );
    }

    #[test]
    fn mastodon_link_spans_join_back_into_the_url() {
        let html = r#"<p>See <a href="https://example.org/a/long/path"><span class="invisible">https://</span><span class="ellipsis">example.org/a/lo</span><span class="invisible">ng/path</span></a></p>"#;
        assert_eq!(html_to_text(html), "See https://example.org/a/long/path");
    }

    #[test]
    fn a_lone_less_than_sign_is_text_and_scripts_are_dropped() {
        assert_eq!(html_to_text("a < b"), "a < b");
        assert_eq!(html_to_text("x<script>alert('<p>')</script>y"), "xy");
        assert_eq!(html_to_text("1 <3 you &lt;3"), "1 <3 you <3");
    }

    #[test]
    fn source_newlines_are_kept_and_blank_runs_collapsed() {
        assert_eq!(
            html_to_text("One.\n\n\n\nTwo.  \n<strong>Three</strong>"),
            "One.\n\nTwo.\nThree"
        );
    }
}

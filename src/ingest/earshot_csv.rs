//! The earshot CSV: the tool-neutral interchange format (FORMATS.md).
//!
//! UTF-8 with an optional BOM, RFC 4180 quoting, a header row; columns matched case-insensitively,
//! unknown columns ignored. `created_at` may be empty (undated), RFC 3339, or Unix seconds.

use std::cell::Cell;
use std::collections::HashMap;
use std::io::Read;
use std::rc::Rc;

use jiff::Timestamp;

use super::source::{RecordGuard, limit_exceeded};
use super::{Import, InputError, Source, Warning};
use crate::model::{Count, Direction, Item, Kind, Platform};

const REQUIRED: [&str; 4] = ["id", "text", "author", "created_at"];

/// Matches a `.csv` file whose header names every required column.
pub fn sniff(source: &mut Source) -> Option<Vec<String>> {
    if !source.is_single_file() {
        return None;
    }
    let name = source.names().first()?.clone();
    let mut head = Vec::new();
    // What was read before an error (a UTF-16 file cut in a character, say) is still enough to
    // recognize the header; the import then reports the error with its place.
    let _ = source
        .open_entry(&name)
        .ok()?
        .take(64 * 1024)
        .read_to_end(&mut head);
    let header = parse_header(&head)?;
    REQUIRED
        .iter()
        .all(|c| header.contains_key(*c))
        .then(|| vec![name])
}

fn parse_header(head: &[u8]) -> Option<HashMap<String, usize>> {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(head);
    let rec = r.byte_records().next()?.ok()?;
    Some(
        rec.iter()
            .enumerate()
            .map(|(i, f)| (String::from_utf8_lossy(f).trim().to_ascii_lowercase(), i))
            .collect(),
    )
}

/// Parses `created_at`: RFC 3339 / ISO 8601 with an offset, or Unix seconds; empty is undated.
pub fn parse_time(s: &str) -> Result<Option<Timestamp>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if s.bytes().all(|b| b.is_ascii_digit() || b == b'-') && s.len() <= 12 {
        let secs: i64 = s
            .parse()
            .map_err(|_| format!("`{}` is not a time", shown(s)))?;
        return Timestamp::from_second(secs)
            .map(Some)
            .map_err(|e| format!("`{s}`: {e}"));
    }
    s.parse::<Timestamp>().map(Some).map_err(|e| {
        format!(
            "`{}` is not an RFC 3339 time with an offset or Unix seconds ({e})",
            shown(s)
        )
    })
}

/// Handles mentioned in a text (`@name`), without the `@`.
pub fn mentions_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'@' && (i == 0 || !is_handle_byte(bytes[i - 1])) {
            let start = i + 1;
            let mut end = start;
            while end < bytes.len() && is_handle_byte(bytes[end]) {
                end += 1;
            }
            // A sentence may end right after a handle: `@British_Airways.`
            let handle = text[start..end].trim_end_matches('.');
            if !handle.is_empty() {
                out.push(handle.to_string());
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

fn is_handle_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'.'
}

/// Reads every record; a record that cannot be read is skipped with a warning naming its line.
pub fn import(source: &mut Source, input: usize) -> Result<Import, InputError> {
    let name = source
        .names()
        .first()
        .cloned()
        .ok_or_else(|| InputError::new(source.path(), None, "empty input"))?;
    let file = source.describe(&name);
    let guard = RecordGuard::new(source.limits().max_record_bytes);
    let mut reader = guard.wrap(source.open_entry(&name)?);
    let mut bom = [0u8; 3];
    let mut got = 0;
    while got < 3 {
        let n = reader
            .read(&mut bom[got..])
            .map_err(|e| InputError::new(source_path(&file), None, e.to_string()))?;
        if n == 0 {
            break;
        }
        got += n;
    }
    let prefix: &[u8] = if bom[..got] == *b"\xEF\xBB\xBF" {
        &[]
    } else {
        &bom[..got]
    };
    let quotes = Rc::new(Cell::new(0u64));
    let chained = QuoteCount {
        inner: prefix.chain(reader),
        quotes: quotes.clone(),
    };
    let mut r = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(chained);
    let headers = r
        .byte_headers()
        .map_err(|e| InputError::new(source_path(&file), Some("line 1".into()), e.to_string()))?
        .clone();
    let col: HashMap<String, usize> = headers
        .iter()
        .enumerate()
        .map(|(i, f)| (String::from_utf8_lossy(f).trim().to_ascii_lowercase(), i))
        .collect();
    for c in REQUIRED {
        if !col.contains_key(c) {
            return Err(InputError::new(
                source_path(&file),
                Some("line 1".into()),
                format!(
                    "the header has no `{c}` column (required: {})",
                    REQUIRED.join(", ")
                ),
            ));
        }
    }
    let mut import = Import {
        files: vec![name.clone()],
        ..Import::default()
    };
    let mut record = csv::ByteRecord::new();
    let mut n = 0u64;
    // The last record's first line and whether it became an item, for the unclosed-quote check.
    let mut last: Option<(u64, bool)> = None;
    loop {
        let line = r.position().line();
        guard.next_record();
        match r.read_byte_record(&mut record) {
            Ok(false) => {
                let end = r.position().line();
                if quotes.get() % 2 == 1
                    && let Some((start, was_item)) = last
                    && end > start + 1
                {
                    // Quotes come in pairs in any well-formed CSV; an odd count with a last
                    // record spanning lines means that record swallowed the rest of the file.
                    if was_item {
                        import.items.pop();
                    }
                    import.warnings.push(Warning {
                        file: file.clone(),
                        place: Some(format!("line {start}")),
                        message: format!(
                            "a quote opened in this record is never closed, so lines {start} to {end} were read as one field; those lines are skipped"
                        ),
                        skipped: end - start,
                    });
                }
                break;
            }
            Ok(true) => {}
            Err(e) => {
                if let csv::ErrorKind::Io(io) = e.kind()
                    && let Some(msg) = limit_exceeded(io)
                {
                    return Err(InputError::new(
                        source_path(&file),
                        Some(format!("line {line}")),
                        msg,
                    ));
                }
                let place = e
                    .position()
                    .map(|p| format!("line {}", p.line()))
                    .unwrap_or_else(|| format!("line {line}"));
                import.warnings.push(Warning {
                    file: file.clone(),
                    place: Some(place),
                    message: format!("unreadable record: {e}"),
                    skipped: 1,
                });
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    break;
                }
                continue;
            }
        }
        n += 1;
        let line = record.position().map(|p| p.line()).unwrap_or(line);
        let result = shape_check(&record, headers.len(), &col)
            .and_then(|()| item_from(&record, &col, input, &name, n));
        last = Some((line, result.is_ok()));
        match result {
            Ok(item) => import.items.push(item),
            Err(msg) => import.warnings.push(Warning {
                file: file.clone(),
                place: Some(format!("line {line}")),
                message: msg,
                skipped: 1,
            }),
        }
    }
    Ok(import)
}

/// A record with more fields than the header (an unquoted comma in a text would cut it
/// silently), or too few to hold a required column, is skipped rather than read wrong.
fn shape_check(
    rec: &csv::ByteRecord,
    header_len: usize,
    col: &HashMap<String, usize>,
) -> Result<(), String> {
    if rec.len() > header_len {
        return Err(format!(
            "the record has {} fields where the header has {} (a comma in an unquoted text?)",
            rec.len(),
            header_len
        ));
    }
    if let Some(c) = REQUIRED.iter().find(|c| col[**c] >= rec.len()) {
        return Err(format!(
            "the record has {} fields where the header has {}: no `{c}` column",
            rec.len(),
            header_len
        ));
    }
    Ok(())
}

/// Counts the `"` bytes read, so an unclosed quote can be told once the file has been read.
struct QuoteCount<R> {
    inner: R,
    quotes: Rc<Cell<u64>>,
}

impl<R: Read> Read for QuoteCount<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let q = buf[..n].iter().filter(|&&b| b == b'"').count() as u64;
        self.quotes.set(self.quotes.get() + q);
        Ok(n)
    }
}

/// A value quoted in a warning, cut short: a field can be megabytes long.
fn shown(v: &str) -> String {
    const MAX: usize = 60;
    match v.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}...", &v[..cut]),
        None => v.to_string(),
    }
}

fn source_path(file: &str) -> &std::path::Path {
    std::path::Path::new(file)
}

fn item_from(
    rec: &csv::ByteRecord,
    col: &HashMap<String, usize>,
    input: usize,
    file: &str,
    n: u64,
) -> Result<Item, String> {
    let get = |name: &str| -> Result<Option<&str>, String> {
        match col.get(name).and_then(|&i| rec.get(i)) {
            None => Ok(None),
            Some(b) => std::str::from_utf8(b)
                .map(Some)
                .map_err(|_| {
                    format!(
                        "column `{name}` is not valid UTF-8 (the file may be Latin-1 or Windows-1252; save it as UTF-8)"
                    )
                }),
        }
    };
    let some = |name: &str| -> Result<Option<String>, String> {
        Ok(get(name)?
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string))
    };
    let id = some("id")?.ok_or("the `id` is empty")?;
    let author = some("author")?.ok_or("the `author` is empty")?;
    let platform = Platform::from_word(get("platform")?.unwrap_or(""));
    let mut item = Item::new(platform, id, author.trim_start_matches('@'));
    item.text = get("text")?.unwrap_or("").to_string().into();
    item.set_created_at(parse_time(get("created_at")?.unwrap_or(""))?);
    item.in_reply_to = some("in_reply_to")?.map(Into::into);
    item.conversation_hint = some("conversation_id")?.into();
    item.direction = match some("direction")?
        .map(|d| d.to_ascii_lowercase())
        .as_deref()
    {
        None => None,
        Some("outbound") => Some(Direction::Outbound),
        Some("inbound") => Some(Direction::Inbound),
        Some(other) => {
            return Err(format!(
                "`direction` is `{}`, not outbound or inbound",
                shown(other)
            ));
        }
    };
    item.url = some("url")?.into();
    item.source = some("source")?.map(Into::into);
    let count = |name: &str| -> Result<Count, String> {
        Ok(some(name)?
            .map(|v| {
                v.parse::<u64>().map(Count::capped).map_err(|_| {
                    if v.bytes().all(|b| b.is_ascii_digit()) {
                        format!(
                            "`{name}` is `{}`, larger than any count earshot can hold",
                            shown(&v)
                        )
                    } else {
                        format!("`{name}` is `{}`, not a whole number", shown(&v))
                    }
                })
            })
            .transpose()?
            .unwrap_or_default())
    };
    item.counts.likes = count("likes")?;
    item.counts.shares = count("shares")?;
    item.counts.comments = count("comments")?;
    item.mentions = mentions_in(&item.text).into_iter().collect();
    item.kind = if item.in_reply_to.is_some() {
        Kind::Reply
    } else if item.text.starts_with("RT @") {
        Kind::Repost
    } else {
        Kind::Post
    };
    item.origin = crate::model::Origin::new(input, file, n);
    Ok(item)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_rfc3339_or_unix_seconds_or_empty() {
        assert_eq!(parse_time("").unwrap(), None);
        assert_eq!(
            parse_time("2017-10-11T12:14:41Z")
                .unwrap()
                .unwrap()
                .as_second(),
            1507724081
        );
        assert_eq!(
            parse_time("1507724081").unwrap().unwrap().as_second(),
            1507724081
        );
        assert!(parse_time("yesterday").is_err());
        assert!(parse_time("2017-10-11 12:14").is_err());
    }

    #[test]
    fn mentions_are_found_but_not_inside_email_addresses() {
        assert_eq!(mentions_in("@Tesco hi @sam_b!"), vec!["Tesco", "sam_b"]);
        assert!(mentions_in("mail me at jo@example.org").is_empty());
        assert_eq!(
            mentions_in("flying with @British_Airways. Late"),
            vec!["British_Airways"]
        );
    }
}

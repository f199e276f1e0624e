//! What the Meta exports (Facebook, Instagram) share: the mojibake every text field carries,
//! Unix-second times, reading a whole JSON file, and a cheap look at how a JSON file starts.
//!
//! Meta writes each UTF-8 byte of a text as its own `\u00XX` escape, so `ø` (bytes C3 B8) comes
//! out as the two characters `Ã¸`. [`repair`] maps the characters back to bytes and decodes them,
//! but only when that is clearly what happened: every character is at most U+00FF and the bytes
//! form valid UTF-8. A text that is already right (`Ø` alone is not valid UTF-8 as a byte) is
//! left as it is, so repairing twice does no harm.

use std::borrow::Cow;
use std::io::Read;

use jiff::Timestamp;

use serde_json::Value;

use super::{InputError, Source};

/// The text with Meta's byte-per-character mojibake undone, or unchanged when it has none.
pub fn repair(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || text.chars().any(|c| u32::from(c) > 0xFF) {
        return Cow::Borrowed(text);
    }
    let bytes: Vec<u8> = text.chars().map(|c| u32::from(c) as u8).collect();
    match String::from_utf8(bytes) {
        Ok(s) => Cow::Owned(s),
        Err(_) => Cow::Borrowed(text),
    }
}

/// [`repair`] into an owned string.
pub fn repaired(text: &str) -> String {
    repair(text).into_owned()
}

/// A Unix time in seconds; 0 and out-of-range values mean the export does not know.
pub fn seconds(t: i64) -> Option<Timestamp> {
    if t <= 0 {
        return None;
    }
    Timestamp::from_second(t).ok()
}

/// A Unix time in milliseconds (Messenger's `timestamp_ms`); 0 means unknown.
pub fn millis(t: i64) -> Option<Timestamp> {
    if t <= 0 {
        return None;
    }
    Timestamp::from_millisecond(t).ok()
}

/// The first bytes of a file with the BOM and leading white space removed, for sniffing.
pub fn head(source: &mut Source, name: &str, len: u64) -> Option<String> {
    let mut buf = Vec::new();
    source
        .open_entry(name)
        .ok()?
        .take(len)
        .read_to_end(&mut buf)
        .ok()?;
    let text = String::from_utf8_lossy(&buf).into_owned();
    Some(text.trim_start_matches('\u{feff}').trim_start().to_string())
}

/// Ids unique within one export: the base (`post-1354805114`), then `-2`, `-3`... for later
/// items that would repeat it (two posts in the same second).
#[derive(Default)]
pub struct Ids {
    seen: std::collections::HashMap<String, u32>,
}

impl Ids {
    pub fn make(&mut self, base: String) -> String {
        let n = self.seen.entry(base.clone()).or_insert(0);
        *n += 1;
        if *n == 1 { base } else { format!("{base}-{n}") }
    }
}

/// Reads one whole JSON file of the export (a leading BOM is allowed); a file that does not
/// parse is an error naming the file, line and column.
pub fn read_json(source: &mut Source, name: &str) -> Result<Value, InputError> {
    let bytes = source.read_to_vec(name)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    serde_json::from_slice(bytes).map_err(|e| {
        InputError::at(
            source,
            name,
            Some(format!("line {}, column {}", e.line(), e.column())),
            format!("not readable JSON: {e}"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_per_character_mojibake_is_decoded() {
        assert_eq!(
            repair("Mobiloverf\u{00c3}\u{00b8}rsler"),
            "Mobiloverførsler"
        );
        assert_eq!(repair("Tjek \u{00f0}\u{009f}\u{0091}\u{008f}"), "Tjek 👏");
    }

    #[test]
    fn text_that_is_not_mojibake_is_left_alone() {
        assert_eq!(repair("plain ascii"), "plain ascii");
        // A lone Latin-1 letter is not valid UTF-8 as a byte.
        assert_eq!(repair("Ørsted"), "Ørsted");
        // Characters above U+00FF mean the text was never byte-escaped.
        assert_eq!(repair("Ã¸ and €"), "Ã¸ and €");
        // Repairing twice changes nothing more.
        assert_eq!(repair(&repair("f\u{00c3}\u{00b8}r")), "før");
    }

    #[test]
    fn repeated_ids_get_a_counter() {
        let mut ids = Ids::default();
        assert_eq!(ids.make("post-1".into()), "post-1");
        assert_eq!(ids.make("post-1".into()), "post-1-2");
        assert_eq!(ids.make("post-2".into()), "post-2");
    }
}

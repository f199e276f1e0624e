//! YouTube comments from Google Takeout (`YouTube and YouTube Music/comments/comments.csv`), as
//! they really are (FORMATS.md).
//!
//! The file holds the account's own comments and replies. Its columns are `Channel ID`, `Comment
//! Create Timestamp`, `Price`, `Comment ID`, `Parent Comment ID`, `Video ID`, `Comment Text`, in
//! that order before June 2024 and with `Comment ID` first after; columns are found by name so
//! both read the same. Pitfalls handled here:
//! - `Comment Text` is not text but JSON segments: `{"text":"a"},{"text":"b"}` (a bare list with no
//!   brackets) before June 2024, `{"takeoutSegments":[{"text":"a"}]}` after. Segments are joined.
//! - A reply's id is `parent.child`; its parent is also in `Parent Comment ID`, but older rows may
//!   leave that empty, so the id's prefix is used when it is.
//! - There is no author column: the `Channel ID` is the account's own channel.

use serde_json::Value;

use super::text::{Columns, CsvRecords, csv_header, head};
use super::{Import, InputError, Source, Warning};
use crate::model::{Direction, Item, Kind, Origin, Platform};

const NEEDED: [&str; 4] = ["comment id", "channel id", "video id", "comment text"];

fn comment_files(source: &mut Source) -> Vec<String> {
    let candidates: Vec<String> = if source.is_single_file() {
        source.names().to_vec()
    } else {
        source.find_all(|n| n.to_ascii_lowercase().ends_with(".csv"))
    };
    candidates
        .into_iter()
        .filter(|n| {
            head(source, n, 16 * 1024)
                .and_then(|h| csv_header(&h))
                .is_some_and(|h| NEEDED.iter().all(|c| h.iter().any(|x| x == c)))
        })
        .collect()
}

/// Matches a CSV whose header names the Takeout comment columns (anywhere in a Takeout zip,
/// whose folders are localized and nested).
pub fn sniff(source: &mut Source) -> Option<Vec<String>> {
    let files = comment_files(source);
    (!files.is_empty()).then_some(files)
}

/// Reads every comments CSV of the input.
pub fn import(source: &mut Source, input: usize) -> Result<Import, InputError> {
    let mut import = Import::default();
    for name in comment_files(source) {
        read_file(source, &name, input, &mut import)?;
        import.files.push(name);
    }
    Ok(import)
}

fn read_file(
    source: &mut Source,
    name: &str,
    input: usize,
    import: &mut Import,
) -> Result<(), InputError> {
    let described = source.describe(name);
    let mut r = CsvRecords::open(source, name)?;
    let header = r.headers()?;
    let cols = Columns::new(&header);
    let mut record = 0u64;
    while let Some(rec) = r.next_record()? {
        record += 1;
        let rec = match rec {
            Ok(rec) => rec,
            Err(e) => {
                import.warnings.push(Warning {
                    file: described.clone(),
                    place: Some(
                        e.position()
                            .map(|p| format!("line {}", p.line()))
                            .unwrap_or_else(|| format!("record {record}")),
                    ),
                    message: format!("unreadable record ({e}); skipped"),
                    skipped: 1,
                });
                continue;
            }
        };
        let place = rec
            .position()
            .map(|p| format!("line {}", p.line()))
            .unwrap_or_else(|| format!("record {record}"));
        match to_item(&cols, &rec) {
            Ok(mut item) => {
                item.origin = Origin::new(input, name, record);
                import.items.push(item);
            }
            Err(message) => import.warnings.push(Warning {
                file: described.clone(),
                place: Some(place),
                message: format!("{message}; skipped"),
                skipped: 1,
            }),
        }
    }
    Ok(())
}

fn to_item(cols: &Columns, rec: &csv::StringRecord) -> Result<Item, String> {
    let id = cols.non_empty(rec, "comment id").ok_or("no Comment ID")?;
    let channel = cols.non_empty(rec, "channel id").unwrap_or("owner");
    let video = cols.non_empty(rec, "video id");
    let mut item = Item::new(Platform::YouTube, id, channel);
    item.author_id = Some(channel.to_string().into());
    item.direction = Some(Direction::Outbound);
    item.set_created_at(match cols.non_empty(rec, "comment create timestamp") {
        Some(s) => Some(
            s.parse()
                .map_err(|_| format!("`{s}` is not a timestamp like 2023-04-14T07:39:35+00:00"))?,
        ),
        None => None,
    });
    item.text = segments_text(cols.get(rec, "comment text").unwrap_or_default()).into();
    let parent = cols
        .non_empty(rec, "parent comment id")
        .or_else(|| id.split_once('.').map(|(p, _)| p));
    item.kind = Kind::Comment;
    // A top-level comment answers the video, which is not an item: linking to its id groups the
    // video's comments into one conversation.
    item.in_reply_to = parent.or(video).map(str::to_string).map(Into::into);
    item.conversation_hint = video.map(str::to_string).into();
    item.url = video
        .map(|v| format!("https://www.youtube.com/watch?v={v}&lc={id}"))
        .into();
    item.mentions = super::earshot_csv::mentions_in(&item.text)
        .into_iter()
        .collect();
    Ok(item)
}

/// The text of a `Comment Text` field: its JSON segments joined, or the field as it stands when
/// it is not JSON.
fn segments_text(field: &str) -> String {
    let trimmed = field.trim();
    if !trimmed.starts_with('{') {
        return field.to_string();
    }
    let parsed: Option<Vec<Value>> = serde_json::from_str::<Value>(trimmed)
        .ok()
        .and_then(|v| v.get("takeoutSegments").and_then(Value::as_array).cloned())
        .or_else(|| serde_json::from_str(&format!("[{trimmed}]")).ok());
    match parsed {
        Some(segments) => segments
            .iter()
            .filter_map(|s| s.get("text").and_then(Value::as_str))
            .collect(),
        None => field.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_segment_layouts_join_into_text() {
        assert_eq!(
            segments_text(r#"{"text":"> quoted"},{"text":"\n"},{"text":"reply"}"#),
            "> quoted\nreply"
        );
        assert_eq!(
            segments_text(r#"{"takeoutSegments":[{"text":"a "},{"text":"b"}]}"#),
            "a b"
        );
        assert_eq!(segments_text("plain words"), "plain words");
    }
}

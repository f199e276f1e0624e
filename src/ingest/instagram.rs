//! Instagram "Download your information" in JSON (zip or unpacked folder), as it really is.
//!
//! Three layouts are in use:
//! - 2021 and later: `content/posts_1.json` (since 2023 under `your_instagram_activity/`), an
//!   array of posts `{media: [{uri, creation_timestamp, title}], title,
//!   creation_timestamp}`. A single-photo post carries its caption and time on its one medium; a
//!   carousel carries them on the post, its media having empty titles. Comments the account made
//!   are in `comments/post_comments_1.json` (2021-2022: `post_comments.json` wrapped in
//!   `{"comments_media_comments": [...]}`), entries `{string_map_data: {"Comment": {value},
//!   "Media Owner": {value}, "Time": {timestamp}}}`. Some entries have no `Comment` (and `Time`
//!   0: deleted comments), some no `Media Owner`.
//! - 2020 and before: `media.json` `{photos: [{caption, taken_at, path}], videos: [...]}` and
//!   `comments.json` `{media_comments: [[taken_at, text, media_owner], ...]}`, with ISO times.
//! - Direct messages: `your_instagram_activity/messages/inbox/<thread>/message_N.json` (before
//!   2023 `messages/inbox/...`), in Messenger's layout ([`messenger`]): both sides, senders by
//!   display name, so the owner's side is the profile's `Name` (else the one participant in every
//!   thread).
//! - Owner: `personal_information/personal_information.json` (`profile_user[0].string_map_data
//!   .Username.value`), or `profile.json` (`username`) in the old layout.
//!
//! Every text is Meta's mojibake ([`meta::repair`]). Posts and comments have no id and no link in
//! the export, nor a posting client (`cross_post_source` says where a post was also shared, not
//! what published it). A comment names the owner of the post it was written under, which is kept as the
//! parent's author: a comment under someone else's post is a reply to another account.

use regex::Regex;
use serde_json::Value;

use super::meta::{self, Ids};
use super::{Import, InputError, Source, Warning, messenger};
use crate::model::{Account, Direction, Item, Kind, Origin, Platform};

fn matches(cell: &'static std::sync::OnceLock<Regex>, pattern: &str, n: &str) -> bool {
    cell.get_or_init(|| Regex::new(pattern).expect("valid regex"))
        .is_match(n)
}

fn is_posts_file(n: &str) -> bool {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    matches(&RE, r"(^|/)content/posts_\d+\.json$", n)
}

fn is_comments_file(n: &str) -> bool {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    matches(&RE, r"(^|/)comments/(post|reels)_comments(_\d+)?\.json$", n)
}

fn is_old_media_file(n: &str) -> bool {
    n == "media.json" || n.ends_with("/media.json")
}

fn is_old_comments_file(n: &str) -> bool {
    n == "comments.json" || n.ends_with("/comments.json")
}

fn is_profile_file(n: &str) -> bool {
    n.ends_with("personal_information.json") || n == "profile.json" || n.ends_with("/profile.json")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Posts,
    Comments,
    OldMedia,
    OldComments,
    /// A direct-message thread, in the same layout as Messenger's ([`messenger`]).
    Messages,
}

/// The kind of a file by how it starts (white space removed).
fn part_of(head: &str) -> Option<Part> {
    let c: String = head.chars().filter(|c| !c.is_whitespace()).collect();
    if messenger::is_thread_head(&c) {
        Some(Part::Messages)
    } else if c.starts_with("[{\"media\":[") {
        Some(Part::Posts)
    } else if c.starts_with("[{\"media_list_data\":")
        || c.starts_with("[{\"string_map_data\":")
        || c.starts_with("{\"comments_media_comments\":")
        || c.starts_with("{\"comments_reels_comments\":")
    {
        Some(Part::Comments)
    } else if c.starts_with("{\"photos\":[")
        || c.starts_with("{\"videos\":[")
        || c.starts_with("{\"stories\":[")
        || c.starts_with("{\"profile\":[")
    {
        Some(Part::OldMedia)
    } else if c.starts_with("{\"media_comments\":[") || c.starts_with("{\"live_comments\":[") {
        Some(Part::OldComments)
    } else {
        None
    }
}

fn candidates(source: &Source) -> Vec<(String, Part)> {
    let mut out = Vec::new();
    out.extend(
        source
            .find_all(is_posts_file)
            .into_iter()
            .map(|n| (n, Part::Posts)),
    );
    out.extend(
        source
            .find_all(is_comments_file)
            .into_iter()
            .map(|n| (n, Part::Comments)),
    );
    out.extend(
        source
            .find_all(is_old_media_file)
            .into_iter()
            .map(|n| (n, Part::OldMedia)),
    );
    out.extend(
        source
            .find_all(is_old_comments_file)
            .into_iter()
            .map(|n| (n, Part::OldComments)),
    );
    out
}

/// Direct-message threads of a folder or zip export.
fn thread_files(source: &Source) -> Vec<String> {
    if source.is_single_file() {
        return Vec::new();
    }
    source.find_all(messenger::is_thread_file)
}

/// Matches a folder or zip (or a single file) holding Instagram posts or comments, by content;
/// direct-message threads count only inside `your_instagram_activity/`, where they cannot be
/// Messenger's.
pub fn sniff(source: &mut Source) -> Option<Vec<String>> {
    let files: Vec<(String, Option<Part>)> = if source.is_single_file() {
        let name = source.names().first()?.clone();
        if !name.to_ascii_lowercase().ends_with(".json") {
            return None;
        }
        vec![(name, None)]
    } else {
        candidates(source)
            .into_iter()
            .map(|(n, p)| (n, Some(p)))
            .collect()
    };
    let mut matched = Vec::new();
    for (name, expected) in files {
        let Some(head) = meta::head(source, &name, 512) else {
            continue;
        };
        let found = part_of(&head);
        // A thread file on its own could as well be Messenger's: the Facebook format takes it.
        if found.is_some_and(|p| p != Part::Messages) && (expected.is_none() || found == expected) {
            matched.push(name);
        }
    }
    let threads = thread_files(source);
    if let Some(first) = threads.first()
        && (!matched.is_empty() || first.contains("your_instagram_activity/"))
        && meta::head(source, first, 512).and_then(|h| part_of(&h)) == Some(Part::Messages)
    {
        matched.push(format!("{first} ({} thread files)", threads.len()));
    }
    if matched.is_empty() {
        return None;
    }
    if let Some(p) = source.find(is_profile_file) {
        matched.push(p);
    }
    Some(matched)
}

/// Reads the posts and comments of one export.
pub fn import(source: &mut Source, input: usize) -> Result<Import, InputError> {
    let mut import = Import::default();
    let mut files: Vec<(String, Part)> = Vec::new();
    for (name, expected) in if source.is_single_file() {
        vec![(source.names()[0].clone(), None)]
    } else {
        candidates(source)
            .into_iter()
            .map(|(n, p)| (n, Some(p)))
            .collect()
    } {
        let head = meta::head(source, &name, 512).unwrap_or_default();
        match (part_of(&head), expected) {
            (Some(p), None) => files.push((name, p)),
            (Some(p), Some(e)) if p == e => files.push((name, p)),
            // A `media.json` or `comments.json` of another shape is not Instagram's: not ours.
            _ => {}
        }
    }
    files.extend(
        thread_files(source)
            .into_iter()
            .map(|n| (n, Part::Messages)),
    );
    if files.is_empty() {
        return Err(InputError::new(
            source.path(),
            None,
            "no Instagram posts or comments file found",
        ));
    }
    let (owner, display_name) = match source.find(is_profile_file) {
        Some(p) => {
            let v = meta::read_json(source, &p)?;
            import.files.push(p);
            (username(&v), display_name(&v))
        }
        None => (None, None),
    };
    match &owner {
        Some(u) => import.accounts.push(Account {
            platform: Some(Platform::Instagram),
            handle: u.clone(),
            id: None,
        }),
        None => import.warnings.push(Warning {
            file: source.path().display().to_string(),
            place: None,
            message: "no personal_information.json: the owner's username is unknown, so comments under the owner's own posts cannot be told from comments under others' (give --account instagram:NAME)".into(),
            skipped: 0,
        }),
    }
    let mut ctx = Ctx {
        owner: owner.unwrap_or_else(|| "owner".to_string()),
        input,
        ids: Ids::default(),
        items: Vec::new(),
        warnings: Vec::new(),
        empty: 0,
    };
    let mut messages: Vec<Item> = Vec::new();
    let mut threads: Vec<(Vec<String>, Option<String>)> = Vec::new();
    for (name, part) in files {
        let v = match meta::read_json(source, &name) {
            Ok(v) => v,
            Err(e) if part == Part::Messages => {
                ctx.warnings.push(Warning {
                    file: e.path.clone(),
                    place: e.place.clone(),
                    message: format!(
                        "this conversation could not be read ({}); the others were",
                        e.message
                    ),
                    skipped: 1,
                });
                continue;
            }
            Err(e) => return Err(e),
        };
        let described = source.describe(&name);
        let shape_error = |what: &str| InputError::at(source, &name, None, what.to_string());
        match part {
            Part::Posts => {
                let list = v
                    .as_array()
                    .ok_or_else(|| shape_error("posts file is not a JSON array"))?;
                for (k, e) in list.iter().enumerate() {
                    ctx.post(e, &name, &described, k as u64 + 1);
                }
            }
            Part::Comments => {
                let list = v
                    .as_array()
                    .or_else(|| v.as_object()?.values().find_map(Value::as_array))
                    .ok_or_else(|| shape_error("comments file holds no list of comments"))?;
                for (k, e) in list.iter().enumerate() {
                    ctx.comment(e, &name, &described, k as u64 + 1);
                }
            }
            Part::OldMedia => {
                let mut record = 0;
                for key in ["photos", "videos"] {
                    for e in v.get(key).and_then(Value::as_array).into_iter().flatten() {
                        record += 1;
                        ctx.old_post(e, &name, &described, record);
                    }
                }
            }
            Part::Messages => {
                threads.push(messenger::people(&v));
                let file = messenger::ThreadFile {
                    platform: Platform::Instagram,
                    input,
                    name: &name,
                    described: &described,
                };
                messages.extend(messenger::read_thread(
                    &v,
                    &file,
                    &mut ctx.ids,
                    &mut ctx.warnings,
                ));
            }
            Part::OldComments => {
                let list = v
                    .get("media_comments")
                    .and_then(Value::as_array)
                    .ok_or_else(|| shape_error("comments.json has no media_comments list"))?;
                for (k, e) in list.iter().enumerate() {
                    ctx.old_comment(e, &name, &described, k as u64 + 1);
                }
            }
        }
        if ctx.empty > 0 {
            ctx.warnings.push(Warning {
                file: described,
                place: None,
                message: format!(
                    "{} comment entries hold neither words nor a time (deleted comments); left out",
                    ctx.empty
                ),
                skipped: ctx.empty,
            });
            ctx.empty = 0;
        }
        import.files.push(name);
    }
    // Senders are display names: the owner is the profile's name where a thread has it, else
    // what the threads show.
    let sender = display_name
        .filter(|n| threads.iter().any(|(names, _)| names.contains(n)))
        .or_else(|| messenger::owner_from_threads(&threads));
    messenger::settle(&mut messages, sender.as_deref());
    import.items = ctx.items;
    import.items.extend(messages);
    import.warnings.extend(ctx.warnings);
    Ok(import)
}

/// The owner's username from `personal_information.json` or the old `profile.json`.
fn username(v: &Value) -> Option<String> {
    v.pointer("/profile_user/0/string_map_data/Username/value")
        .or_else(|| v.get("username"))
        .and_then(Value::as_str)
        .map(meta::repaired)
        .filter(|s| !s.trim().is_empty())
}

/// The owner's display name (`Name`), which is how direct messages name their sender.
fn display_name(v: &Value) -> Option<String> {
    v.pointer("/profile_user/0/string_map_data/Name/value")
        .or_else(|| v.get("name"))
        .and_then(Value::as_str)
        .map(meta::repaired)
        .filter(|s| !s.trim().is_empty())
}

/// ISO times of the old layout, with or without an offset (without one they are UTC).
fn parse_iso(s: &str) -> Option<jiff::Timestamp> {
    s.parse::<jiff::Timestamp>().ok().or_else(|| {
        s.parse::<jiff::civil::DateTime>()
            .ok()?
            .to_zoned(jiff::tz::TimeZone::UTC)
            .ok()
            .map(|z| z.timestamp())
    })
}

struct Ctx {
    owner: String,
    input: usize,
    ids: Ids,
    items: Vec<Item>,
    warnings: Vec<Warning>,
    /// Comment entries with neither words nor a time, in the current file.
    empty: u64,
}

impl Ctx {
    fn item(&mut self, base: String, file: &str, record: u64) -> Item {
        let mut it = Item::new(Platform::Instagram, self.ids.make(base), self.owner.clone());
        it.direction = Some(Direction::Outbound);
        it.origin = Origin::new(self.input, file, record);
        it
    }

    fn skip(&mut self, described: &str, record: u64, what: &str) {
        self.warnings.push(Warning {
            file: described.to_string(),
            place: Some(format!("entry {record}")),
            message: format!("{what}; left out"),
            skipped: 1,
        });
    }

    /// A post: caption and time from the post where it has them (carousels), else from its
    /// first medium that does.
    fn post(&mut self, e: &Value, file: &str, described: &str, record: u64) {
        let media: Vec<&Value> = e
            .get("media")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .collect();
        let ts = e
            .get("creation_timestamp")
            .and_then(Value::as_i64)
            .or_else(|| {
                media
                    .iter()
                    .find_map(|m| m.get("creation_timestamp")?.as_i64())
            });
        let Some(ts) = ts else {
            self.skip(described, record, "a post without creation_timestamp");
            return;
        };
        let caption = e
            .get("title")
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .or_else(|| {
                media
                    .iter()
                    .filter_map(|m| m.get("title")?.as_str())
                    .find(|t| !t.is_empty())
            })
            .unwrap_or("");
        let mut it = self.item(format!("post-{ts}"), file, record);
        it.set_created_at(meta::seconds(ts));
        it.text = meta::repaired(caption).into();
        it.kind = Kind::Post;
        self.items.push(it);
    }

    fn comment(&mut self, e: &Value, file: &str, described: &str, record: u64) {
        let Some(map) = e.get("string_map_data").filter(|m| m.is_object()) else {
            self.skip(described, record, "a comment entry without string_map_data");
            return;
        };
        let text = map.pointer("/Comment/value").and_then(Value::as_str);
        let ts = map
            .pointer("/Time/timestamp")
            .and_then(Value::as_i64)
            .unwrap_or(0);
        if text.is_none() && ts <= 0 {
            self.empty += 1;
            return;
        }
        let mut it = self.item(format!("comment-{ts}"), file, record);
        it.set_created_at(meta::seconds(ts));
        it.text = text.map(meta::repaired).unwrap_or_default().into();
        it.kind = Kind::Comment;
        it.in_reply_to_author = map
            .pointer("/Media Owner/value")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(meta::repaired)
            .map(Into::into);
        self.items.push(it);
    }

    /// A photo or video of the 2020 layout: `{caption, taken_at, path}`.
    fn old_post(&mut self, e: &Value, file: &str, described: &str, record: u64) {
        let Some(t) = e
            .get("taken_at")
            .and_then(Value::as_str)
            .and_then(parse_iso)
        else {
            self.skip(
                described,
                record,
                "a photo or video without a readable taken_at",
            );
            return;
        };
        let mut it = self.item(format!("post-{}", t.as_second()), file, record);
        it.set_created_at(Some(t));
        it.text = e
            .get("caption")
            .and_then(Value::as_str)
            .map(meta::repaired)
            .unwrap_or_default()
            .into();
        it.kind = Kind::Post;
        self.items.push(it);
    }

    /// A comment of the 2020 layout: `[taken_at, text, media_owner]`.
    fn old_comment(&mut self, e: &Value, file: &str, described: &str, record: u64) {
        let fields = e.as_array().map(Vec::as_slice).unwrap_or_default();
        let (Some(t), Some(text)) = (
            fields.first().and_then(Value::as_str).and_then(parse_iso),
            fields.get(1).and_then(Value::as_str),
        ) else {
            self.skip(
                described,
                record,
                "a comment that is not [time, text, media owner]",
            );
            return;
        };
        let mut it = self.item(format!("comment-{}", t.as_second()), file, record);
        it.set_created_at(Some(t));
        it.text = meta::repaired(text).into();
        it.kind = Kind::Comment;
        it.in_reply_to_author = fields
            .get(2)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(meta::repaired)
            .map(Into::into);
        self.items.push(it);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_kinds_are_told_by_how_they_start() {
        assert_eq!(part_of("[\n {\n \"media\": [ {"), Some(Part::Posts));
        assert_eq!(
            part_of("[ { \"media_list_data\": [ ]"),
            Some(Part::Comments)
        );
        assert_eq!(
            part_of("{ \"comments_media_comments\": ["),
            Some(Part::Comments)
        );
        assert_eq!(part_of("{\"photos\": [ {"), Some(Part::OldMedia));
        assert_eq!(part_of("{\"media_comments\": [ ["), Some(Part::OldComments));
        assert_eq!(part_of("{\"comments_v2\": ["), None);
    }

    #[test]
    fn old_times_with_and_without_offset() {
        assert_eq!(
            parse_iso("2019-05-12T14:21:03+00:00").unwrap().to_string(),
            "2019-05-12T14:21:03Z"
        );
        assert_eq!(
            parse_iso("2019-05-12T14:21:03").unwrap().to_string(),
            "2019-05-12T14:21:03Z"
        );
    }
}

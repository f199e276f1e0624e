//! Facebook "Download your information" in JSON (zip or unpacked folder), as it really is.
//!
//! - Own posts: `your_posts_1.json` (2023+: `your_posts__check_ins__photos_and_videos_1.json`), an
//!   array of entries `{timestamp, data: [{post}, {update_timestamp}], attachments: [{data:
//!   [{external_context: {url}}, {media: {description}}, ...]}], title, tags}`. Any part may be
//!   missing: `data: []` entries are check-ins and recommendations whose only words are the title.
//!   Posts have no id and no link in the export.
//! - Own comments: `comments.json` (`comments_v2`, older `comments`; group comments in
//!   `your_comments_in_groups.json`, `group_comments_v2`). The comment's parent is described only
//!   by a localized sentence (`"X commented on Y's post."`, `"X har kommenteret et opslag."`), with
//!   no id and no reliable name: comments are kept with no parent link.
//! - Messenger: `messages/<folder>/<thread>/message_N.json`, `{participants: [{name}], messages:
//!   [{sender_name, timestamp_ms, content, is_unsent, type}], title, thread_path}`, newest first,
//!   both sides of the conversation, read by [`super::messenger`]. Senders are names only.
//! - Owner: the profile file's name (`profile_information.json`), else the author of the own
//!   comments, else the one participant present in every thread, else the participant of a
//!   one-to-one thread who is not its title (Messenger titles a thread by the other person).
//! - Every text is mojibake ([`meta::repair`]); times are Unix seconds (`timestamp_ms` for
//!   Messenger).
//!
//! A file the export cannot do without (posts, comments, profile) that cannot be read is an error
//! naming it. One Messenger thread file among many that cannot be read is a warning: the other
//! conversations are still read.

use std::collections::BTreeMap;

use regex::Regex;
use serde_json::Value;

use super::meta::{self, Ids};
use super::{Import, InputError, Source, Warning, messenger};
use crate::model::{Account, Direction, Item, Kind, Origin, Platform};

fn re(cell: &'static std::sync::OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid regex"))
}

fn is_posts_file(n: &str) -> bool {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    re(&RE, r"(^|/)your_posts[a-z_]*_\d+\.json$").is_match(n)
}

fn is_comments_file(n: &str) -> bool {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    re(&RE, r"(^|/)(comments|your_comments_in_groups)\.json$").is_match(n)
}

/// Thread files, except those of an Instagram export (same layout, other platform).
fn is_message_file(n: &str) -> bool {
    messenger::is_thread_file(n) && !n.contains("your_instagram_activity/")
}

fn is_profile_file(n: &str) -> bool {
    n == "profile_information.json" || n.ends_with("/profile_information.json")
}

type NamePredicate = fn(&str) -> bool;

/// What one file of the export holds, judged by how it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Posts,
    Comments,
    Messages,
}

/// The kind of a file by its start: an array whose first entry has a `timestamp` (posts), an
/// object keyed `comments_v2` / `comments` / `group_comments_v2`, or one with `participants`.
fn part_of(head: &str) -> Option<Part> {
    let compact: String = head.chars().filter(|c| !c.is_whitespace()).collect();
    // Entries usually open with `timestamp`, but key order is not promised: an array whose
    // first entry opens with any key a post entry has.
    const POST_KEYS: [&str; 6] = [
        "timestamp",
        "attachments",
        "data",
        "title",
        "tags",
        "update_timestamp",
    ];
    if compact.starts_with("[]") {
        return Some(Part::Posts);
    }
    if let Some(rest) = compact.strip_prefix("[{\"") {
        let key = rest.split('"').next().unwrap_or("");
        return POST_KEYS.contains(&key).then_some(Part::Posts);
    }
    if !compact.starts_with('{') {
        return None;
    }
    if compact.starts_with("{\"comments_v2\":")
        || compact.starts_with("{\"comments\":")
        || compact.starts_with("{\"group_comments_v2\":")
    {
        return Some(Part::Comments);
    }
    messenger::is_thread_head(&compact).then_some(Part::Messages)
}

/// Matches a folder or zip holding posts, comments or Messenger files that look like Facebook's,
/// or one such file on its own.
pub fn sniff(source: &mut Source) -> Option<Vec<String>> {
    let mut matched = Vec::new();
    if source.is_single_file() {
        let name = source.names().first()?.clone();
        if !name.to_ascii_lowercase().ends_with(".json") {
            return None;
        }
        let head = meta::head(source, &name, 512)?;
        part_of(&head)?;
        return Some(vec![name]);
    }
    let kinds: [(NamePredicate, Part); 3] = [
        (is_posts_file, Part::Posts),
        (is_comments_file, Part::Comments),
        (is_message_file, Part::Messages),
    ];
    for (pred, part) in kinds {
        let files = source.find_all(pred);
        let Some(first) = files.first() else {
            continue;
        };
        let head = meta::head(source, first, 512)?;
        if part_of(&head) == Some(part) {
            if part == Part::Messages && files.len() > 3 {
                matched.push(format!(
                    "{first} (and {} more thread files)",
                    files.len() - 1
                ));
            } else {
                matched.extend(files);
            }
        }
    }
    if matched.is_empty() {
        return None;
    }
    if let Some(p) = source.find(is_profile_file) {
        matched.push(p);
    }
    Some(matched)
}

/// Reads the posts, comments and Messenger threads of one export.
pub fn import(source: &mut Source, input: usize) -> Result<Import, InputError> {
    let mut import = Import::default();
    let mut files: Vec<(String, Part)> = Vec::new();
    if source.is_single_file() {
        let name = source.names()[0].clone();
        let head = meta::head(source, &name, 512).unwrap_or_default();
        let part = part_of(&head).ok_or_else(|| {
            InputError::at(
                source,
                &name,
                None,
                "not a Facebook posts, comments or Messenger file",
            )
        })?;
        files.push((name, part));
    } else {
        files.extend(
            source
                .find_all(is_posts_file)
                .into_iter()
                .map(|n| (n, Part::Posts)),
        );
        files.extend(
            source
                .find_all(is_comments_file)
                .into_iter()
                .map(|n| (n, Part::Comments)),
        );
        files.extend(
            source
                .find_all(is_message_file)
                .into_iter()
                .map(|n| (n, Part::Messages)),
        );
    }

    let profile_name = match source.find(is_profile_file) {
        Some(p) => {
            let v = meta::read_json(source, &p)?;
            import.files.push(p);
            profile_full_name(&v)
        }
        None => None,
    };

    // Files are read one at a time; what names the owner is gathered on the way, and the owner
    // is settled once everything is read (posts are written with an empty author until then).
    let mut clues = OwnerClues::default();
    let mut ids = Ids::default();
    let mut messages: Vec<Item> = Vec::new();
    let mut comments = 0u64;
    for (name, part) in files {
        let value = match meta::read_json(source, &name) {
            Ok(v) => v,
            Err(e) if part == Part::Messages => {
                import.warnings.push(Warning {
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
        let mut ctx = Ctx {
            source,
            name: &name,
            input,
            ids: &mut ids,
            warnings: &mut import.warnings,
        };
        match part {
            Part::Posts => {
                let entries = value.as_array().ok_or_else(|| {
                    InputError::at(ctx.source, &name, None, "posts file is not a JSON array")
                })?;
                for (k, e) in entries.iter().enumerate() {
                    if let Some(it) = ctx.post(e, k as u64 + 1) {
                        import.items.push(it);
                    }
                }
            }
            Part::Comments => {
                let lists: Vec<&Value> = value
                    .as_object()
                    .map(|o| {
                        o.iter()
                            .filter(|(k, _)| k.contains("comments"))
                            .map(|(_, v)| v)
                            .collect()
                    })
                    .unwrap_or_default();
                if lists.is_empty() {
                    return Err(InputError::at(
                        ctx.source,
                        &name,
                        None,
                        "comments file has no comments_v2 list",
                    ));
                }
                let mut record = 0;
                for e in lists.into_iter().filter_map(Value::as_array).flatten() {
                    record += 1;
                    if let Some(it) = ctx.comment(e, record) {
                        if !it.author.is_empty() {
                            *clues
                                .comment_authors
                                .entry(it.author.to_string())
                                .or_default() += 1;
                        }
                        comments += 1;
                        import.items.push(it);
                    }
                }
            }
            Part::Messages => {
                clues.threads.push(messenger::people(&value));
                let described = ctx.source.describe(&name);
                let file = messenger::ThreadFile {
                    platform: Platform::Facebook,
                    input,
                    name: &name,
                    described: &described,
                };
                messages.extend(messenger::read_thread(&value, &file, ctx.ids, ctx.warnings));
            }
        }
        import.files.push(name);
    }

    let owner = profile_name.or_else(|| clues.owner());
    match &owner {
        Some(name) => import.accounts.push(Account {
            platform: Some(Platform::Facebook),
            handle: name.clone(),
            id: None,
        }),
        None => import.warnings.push(Warning {
            file: source.path().display().to_string(),
            place: None,
            message: if messages.is_empty() {
                "the owner's name is not in the export (no profile_information.json): posts are attributed to `owner`".into()
            } else {
                "the owner's name is not in the export (no profile_information.json, and the threads do not tell): Messenger messages have no direction (give --account \"facebook:Full Name\")".into()
            },
            skipped: 0,
        }),
    }
    for it in &mut import.items {
        if it.author.is_empty() {
            it.author = owner.clone().unwrap_or_else(|| "owner".to_string()).into();
        }
    }
    if comments > 0 {
        import.warnings.push(Warning {
            file: source.path().display().to_string(),
            place: None,
            message: format!(
                "{comments} comments kept without a reply link: Facebook describes a comment's parent only in a localized sentence, with no id"
            ),
            skipped: 0,
        });
    }
    messenger::settle(&mut messages, owner.as_deref());
    import.items.extend(messages);
    Ok(import)
}

/// `profile_v2.name.full_name` (older exports: `profile.name.full_name`).
fn profile_full_name(v: &Value) -> Option<String> {
    ["profile_v2", "profile"]
        .iter()
        .find_map(|k| v.get(k)?.get("name")?.get("full_name")?.as_str())
        .map(meta::repaired)
        .filter(|s| !s.trim().is_empty())
}

/// What the export's content says about its owner, gathered while reading.
#[derive(Default)]
struct OwnerClues {
    /// Authors of the own comments, with how often each appears.
    comment_authors: BTreeMap<String, usize>,
    /// Each thread's participants and title.
    threads: Vec<(Vec<String>, Option<String>)>,
}

impl OwnerClues {
    /// The most frequent author of the own comments, else the one participant present in every
    /// thread, else the participant of a one-to-one thread who is not its title.
    fn owner(&self) -> Option<String> {
        if let Some((a, _)) = self
            .comment_authors
            .iter()
            .max_by_key(|(a, n)| (**n, std::cmp::Reverse(*a)))
        {
            return Some(a.clone());
        }
        messenger::owner_from_threads(&self.threads)
    }
}

struct Ctx<'a> {
    source: &'a Source,
    name: &'a str,
    input: usize,
    ids: &'a mut Ids,
    warnings: &'a mut Vec<Warning>,
}

impl Ctx<'_> {
    fn origin(&self, record: u64) -> Origin {
        Origin::new(self.input, self.name, record)
    }

    fn skip(&mut self, record: Option<u64>, what: &str) {
        self.warnings.push(Warning {
            file: self.source.describe(self.name),
            place: record.map(|r| format!("entry {r}")),
            message: format!("{what}; left out"),
            skipped: 1,
        });
    }

    /// One entry of `your_posts_N.json`: the post's words, else its title, else the link shared.
    fn post(&mut self, e: &Value, record: u64) -> Option<Item> {
        let Some(ts) = e.get("timestamp").and_then(Value::as_i64) else {
            self.skip(Some(record), "a post entry without a numeric timestamp");
            return None;
        };
        let data: Vec<&Value> = e
            .get("data")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .collect();
        let words: Vec<String> = data
            .iter()
            .filter_map(|d| d.get("post")?.as_str())
            .map(meta::repaired)
            .filter(|s| !s.trim().is_empty())
            .collect();
        let attachments: Vec<&Value> = e
            .get("attachments")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .flat_map(|a| {
                a.get("data")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
            })
            .collect();
        let link = attachments
            .iter()
            .find_map(|a| a.pointer("/external_context/url")?.as_str());
        let text = if !words.is_empty() {
            words.join("\n")
        } else if let Some(t) = e.get("title").and_then(Value::as_str) {
            meta::repaired(t)
        } else if let Some(l) = link {
            l.to_string()
        } else {
            attachments
                .iter()
                .find_map(|a| a.pointer("/media/description")?.as_str())
                .map(meta::repaired)
                .unwrap_or_default()
        };
        let mut item = Item::new(
            Platform::Facebook,
            self.ids.make(format!("post-{ts}")),
            String::new(),
        );
        item.set_created_at(meta::seconds(ts));
        item.text = text.into();
        item.kind = Kind::Post;
        item.direction = Some(Direction::Outbound);
        item.mentions = e
            .get("tags")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|t| t.get("name").and_then(Value::as_str).or(t.as_str()))
            .map(meta::repaired)
            .collect();
        item.origin = self.origin(record);
        Some(item)
    }

    /// One entry of `comments_v2`: the owner's comment. Entries without `data` were comments made
    /// of a sticker or a photo only; they are kept, with no words.
    fn comment(&mut self, e: &Value, record: u64) -> Option<Item> {
        let c = e
            .get("data")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .find_map(|d| d.get("comment"));
        let ts = c
            .and_then(|c| c.get("timestamp"))
            .or_else(|| e.get("timestamp"))
            .and_then(Value::as_i64);
        let Some(ts) = ts else {
            self.skip(Some(record), "a comment entry without a numeric timestamp");
            return None;
        };
        let author = c
            .and_then(|c| c.get("author"))
            .and_then(Value::as_str)
            .map(meta::repaired)
            .unwrap_or_default();
        let mut item = Item::new(
            Platform::Facebook,
            self.ids.make(format!("comment-{ts}")),
            author,
        );
        item.set_created_at(meta::seconds(ts));
        item.text = c
            .and_then(|c| c.get("comment"))
            .and_then(Value::as_str)
            .map(meta::repaired)
            .unwrap_or_default()
            .into();
        item.kind = Kind::Comment;
        item.direction = Some(Direction::Outbound);
        item.origin = self.origin(record);
        Some(item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_kinds_are_told_by_how_they_start() {
        assert_eq!(part_of("[\n  {\n    \"timestamp\": 1"), Some(Part::Posts));
        assert_eq!(part_of("{\n \"comments_v2\": ["), Some(Part::Comments));
        assert_eq!(
            part_of("{ \"participants\": [ { \"name\": \"A\" } ]"),
            Some(Part::Messages)
        );
        assert_eq!(
            part_of("[{\"attachments\": [], \"timestamp\": 1, \"data\": []}]"),
            Some(Part::Posts)
        );
        assert_eq!(part_of("[ { \"media\": [] } ]"), None);
        assert_eq!(
            part_of(
                "[{\"media_list_data\": [], \"string_map_data\": {\"Time\": {\"timestamp\": 0}}}]"
            ),
            None
        );
        assert_eq!(part_of("{\"reactions_v2\": []}"), None);
        assert_eq!(
            part_of("[{\"group_comments_v2\": [{\"timestamp\": 1}]}]"),
            None
        );
    }
}

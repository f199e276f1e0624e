//! Mastodon account exports (zip or unpacked folder), as they really are (FORMATS.md).
//!
//! `outbox.json` is an ActivityStreams `OrderedCollection` of `Create` (a status) and `Announce`
//! (a boost, carrying only the boosted status's URI) activities; `actor.json` describes the owner;
//! `likes.json` lists the statuses the owner favourited. Status content is HTML, `inReplyTo` is the
//! parent's URI, mentions are `tag[]` entries of type `Mention`, and direct messages are ordinary
//! statuses addressed only to people (neither the public collection nor the followers).
//!
//! Statuses carry no posting client; since Mastodon 4.3 they carry favourite and boost totals
//! (`likes` / `shares` collections), which become the item's counts.
//!
//! Pitfalls handled here:
//! - Mastodon 4.2 wrote `orderedItems` twice (`"orderedItems":[],"orderedItems":[...]`) and
//!   `@context` twice. A derived struct would refuse the duplicate field, so the collection is
//!   walked key by key and every `orderedItems` array is read: the empty one adds nothing.
//! - `totalItems` is the account's status count on the server, not the number of items in the
//!   file, so it is never used.
//! - The outbox is streamed activity by activity; large accounts' outboxes run to tens of MB.

use std::fmt;
use std::io::{BufReader, Read};

use jiff::Timestamp;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::source::{RecordGuard, limit_exceeded};
use super::text::{head, html_to_text};
use super::{Import, InputError, Source, Warning};
use crate::model::{Account, Count, Direction, Item, Kind, Origin, Platform};

const PUBLIC: [&str; 3] = [
    "https://www.w3.org/ns/activitystreams#Public",
    "as:Public",
    "Public",
];

/// How much of a file detection reads: the 4.2 `@context` alone is about 2 KB.
const HEAD: u64 = 32 * 1024;

/// Files a Mastodon export keeps at its root (or under the one folder a zip may wrap it in).
fn near_root(source: &Source, name: &str) -> bool {
    let depth = name.matches('/').count();
    depth == 0 || (source.is_zip() && depth == 1)
}

fn is_outbox_head(head: &[u8]) -> bool {
    let s = String::from_utf8_lossy(head);
    s.contains("\"OrderedCollection\"")
        && s.contains("\"orderedItems\"")
        && (s.contains("\"Create\"") || s.contains("\"Announce\""))
}

fn is_actor_head(head: &[u8]) -> bool {
    let s = String::from_utf8_lossy(head);
    s.contains("\"preferredUsername\"") && s.contains("\"outbox\"")
}

fn outboxes(source: &mut Source) -> Vec<String> {
    let candidates: Vec<String> = if source.is_single_file() {
        source.names().to_vec()
    } else {
        source.find_all(|n| n.ends_with(".json") && near_root(source, n))
    };
    candidates
        .into_iter()
        .filter(|n| head(source, n, HEAD).is_some_and(|h| is_outbox_head(&h)))
        .collect()
}

/// Matches an outbox (an `OrderedCollection` of `Create`/`Announce` activities), alone or in a
/// folder or zip beside `actor.json` and `likes.json`.
pub fn sniff(source: &mut Source) -> Option<Vec<String>> {
    let mut matched = outboxes(source);
    if matched.is_empty() {
        return None;
    }
    if !source.is_single_file() {
        matched.extend(actor_file(source));
        matched.extend(likes_file(source));
    }
    Some(matched)
}

fn actor_file(source: &mut Source) -> Option<String> {
    let candidates = source.find_all(|n| n.ends_with(".json") && near_root(source, n));
    candidates
        .into_iter()
        .find(|n| head(source, n, HEAD).is_some_and(|h| is_actor_head(&h)))
}

fn likes_file(source: &mut Source) -> Option<String> {
    let name = source
        .find(|n| (n == "likes.json" || n.ends_with("/likes.json")) && near_root(source, n))?;
    let h = head(source, &name, HEAD)?;
    String::from_utf8_lossy(&h)
        .contains("\"OrderedCollection\"")
        .then_some(name)
}

/// The owner as `actor.json` describes them.
struct Owner {
    handle: String,
    id: String,
    followers: Option<String>,
}

fn owner_of(actor: &Value) -> Option<Owner> {
    let handle = actor["preferredUsername"]
        .as_str()
        .filter(|h| !h.is_empty())?;
    Some(Owner {
        handle: handle.to_string(),
        id: actor["id"].as_str().unwrap_or_default().to_string(),
        followers: actor["followers"].as_str().map(str::to_string),
    })
}

/// Reads `actor.json`, every outbox and `likes.json`.
pub fn import(source: &mut Source, input: usize) -> Result<Import, InputError> {
    let mut import = Import::default();
    let mut owner: Option<Owner> = None;
    if !source.is_single_file()
        && let Some(name) = actor_file(source)
    {
        let bytes = source.read_to_vec(&name)?;
        // Every activity names its actor, so a damaged actor.json costs the owner's record
        // (and the followers address), not the statuses.
        match serde_json::from_slice::<Value>(&bytes) {
            Ok(v) => owner = owner_of(&v),
            Err(e) => import.warnings.push(Warning {
                file: source.describe(&name),
                place: Some(format!("line {}, column {}", e.line(), e.column())),
                message: format!(
                    "not a readable actor.json ({e}); the owner is taken from the activities"
                ),
                skipped: 0,
            }),
        }
        if let Some(o) = &owner {
            import.accounts.push(Account {
                platform: Some(Platform::Mastodon),
                handle: o.handle.clone(),
                id: (!o.id.is_empty()).then(|| o.id.clone()),
            });
        }
        import.files.push(name);
    }
    for name in outboxes(source) {
        read_outbox(source, &name, input, owner.as_ref(), &mut import)?;
        import.files.push(name);
    }
    if !source.is_single_file()
        && let Some(name) = likes_file(source)
    {
        let described = source.describe(&name);
        let guard = RecordGuard::new(source.limits().max_record_bytes);
        let reader = guard.wrap(source.open_entry(&name)?);
        let mut count = 0u64;
        let mut on_item = |_: Value| count += 1;
        // Likes are a side figure: a damaged likes.json costs the count, not the statuses.
        match walk_collection(reader, &guard, &mut on_item) {
            Ok(()) => import.likes_given = Some(count),
            Err(e) => import.warnings.push(Warning {
                file: described,
                place: Some(e.place),
                message: format!(
                    "not a readable likes.json ({}); likes given are left unknown",
                    e.message
                ),
                skipped: 0,
            }),
        }
        import.files.push(name);
    }
    Ok(import)
}

fn read_outbox(
    source: &mut Source,
    name: &str,
    input: usize,
    owner: Option<&Owner>,
    import: &mut Import,
) -> Result<(), InputError> {
    let described = source.describe(name);
    let guard = RecordGuard::new(source.limits().max_record_bytes);
    let reader = guard.wrap(source.open_entry(name)?);
    let mut record = 0u64;
    let items = &mut import.items;
    let warnings = &mut import.warnings;
    let mut on_item = |activity: Value| {
        record += 1;
        match to_item(&activity, owner) {
            Ok(mut item) => {
                item.origin = Origin::new(input, name, record);
                if item.created_at().is_none() {
                    warnings.push(Warning {
                        file: described.clone(),
                        place: Some(format!("activity {record}")),
                        message: undated_reason(&activity),
                        skipped: 0,
                    });
                }
                items.push(item);
            }
            Err(message) => warnings.push(Warning {
                file: described.clone(),
                place: Some(format!("activity {record}")),
                message,
                skipped: 1,
            }),
        }
    };
    if let Err(e) = walk_collection(reader, &guard, &mut on_item) {
        if e.limit {
            return Err(InputError::new(
                std::path::Path::new(&described),
                Some(format!("{}, after activity {record}", e.place)),
                e.message,
            ));
        }
        if record == 0 {
            return Err(InputError::new(
                std::path::Path::new(&described),
                Some(e.place),
                format!("not a readable Mastodon outbox: {}", e.message),
            ));
        }
        import.warnings.push(Warning {
            file: described,
            place: Some(format!("{}, after activity {record}", e.place)),
            message: format!(
                "the file is damaged ({}); the {record} activities before this point were read, the rest skipped",
                e.message
            ),
            skipped: 1,
        });
    }
    Ok(())
}

/// Where and why a collection could not be read.
struct WalkError {
    place: String,
    message: String,
    /// A resource limit stopped the read (not damage).
    limit: bool,
}

/// Streams every element of every `orderedItems` array of an `OrderedCollection` into `on_item`,
/// however many times the key occurs; other keys are skipped unread. The outbox of a large
/// account is hundreds of megabytes in one JSON object, so only one activity is held at a time,
/// and `guard` (over `reader`) bounds each activity by the record limit.
fn walk_collection(
    reader: impl Read,
    guard: &RecordGuard,
    on_item: &mut dyn FnMut(Value),
) -> Result<(), WalkError> {
    let mut de = serde_json::Deserializer::from_reader(BufReader::with_capacity(1 << 16, reader));
    de.deserialize_map(CollectionVisitor { on_item, guard })
        .and_then(|()| de.end())
        .map_err(|e| {
            let place = format!("line {}, column {}", e.line(), e.column());
            if e.is_io() {
                let io = std::io::Error::from(e);
                return WalkError {
                    place,
                    limit: limit_exceeded(&io).is_some(),
                    message: io.to_string(),
                };
            }
            WalkError {
                place,
                message: e.to_string(),
                limit: false,
            }
        })
}

struct CollectionVisitor<'a> {
    on_item: &'a mut dyn FnMut(Value),
    guard: &'a RecordGuard,
}

impl<'de> Visitor<'de> for CollectionVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an ActivityStreams OrderedCollection object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "orderedItems" {
                map.next_value_seed(ItemsSeed {
                    on_item: &mut *self.on_item,
                    guard: self.guard,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

struct ItemsSeed<'a> {
    on_item: &'a mut dyn FnMut(Value),
    guard: &'a RecordGuard,
}

impl<'de> DeserializeSeed<'de> for ItemsSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ItemsSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of activities")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(v) = seq.next_element::<Value>()? {
            (self.on_item)(v);
            self.guard.next_record();
        }
        Ok(())
    }
}

/// The URI in a field that may be a string or an object with an `id`.
fn uri(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s),
        Value::Object(o) => o.get("id").and_then(Value::as_str),
        _ => None,
    }
}

/// `https://host/users/name` or `https://host/@name` -> (`host`, `name`).
fn actor_parts(uri: &str) -> Option<(&str, &str)> {
    let rest = uri.split_once("://")?.1;
    let (host, path) = rest.split_once('/')?;
    let mut segs = path.split('/');
    let first = segs.next()?;
    let name = if first == "users" {
        segs.next()?
    } else {
        first.strip_prefix('@')?
    };
    (!name.is_empty()).then_some((host, name))
}

/// The author of a status URI (`https://host/users/name/statuses/1`), as a mention names them:
/// `name` on the owner's server, `name@host` elsewhere.
fn status_author(uri: &str, owner_host: Option<&str>) -> Option<String> {
    let (host, name) = actor_parts(uri)?;
    Some(if Some(host) == owner_host {
        name.to_string()
    } else {
        format!("{name}@{host}")
    })
}

fn strings(v: &Value) -> Vec<&str> {
    match v {
        Value::String(s) => vec![s.as_str()],
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// Addressed only to people: no public collection, no followers collection, someone named.
fn is_direct(activity: &Value, object: &Value, followers: Option<&str>) -> bool {
    let mut recipients: Vec<&str> = Vec::new();
    for v in [activity, object] {
        recipients.extend(strings(&v["to"]));
        recipients.extend(strings(&v["cc"]));
    }
    !recipients.is_empty()
        && recipients
            .iter()
            .all(|r| !PUBLIC.contains(r) && !r.ends_with("/followers") && Some(*r) != followers)
}

/// Why an activity that became an item has no time: `published` missing, or not a time earshot
/// can read (past the year 9999, say).
fn undated_reason(activity: &Value) -> String {
    let written = activity["object"]["published"]
        .as_str()
        .or_else(|| activity["published"].as_str());
    match written {
        Some(raw) => format!(
            "published `{}` is not a time; the item is kept undated",
            head_chars(raw, 60)
        ),
        None => "the activity has no published time; the item is kept undated".to_string(),
    }
}

/// At most `n` characters of `s`, for quoting input in a message.
fn head_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map(|(i, _)| &s[..i]).unwrap_or(s)
}

fn parse_time(v: &Value) -> Option<Timestamp> {
    v.as_str().and_then(|s| s.parse::<Timestamp>().ok())
}

fn to_item(activity: &Value, owner: Option<&Owner>) -> Result<Item, String> {
    let kind = activity["type"].as_str().unwrap_or_default();
    let actor = uri(&activity["actor"]).ok_or("the activity names no actor")?;
    let (host, name) = match owner {
        Some(o) if o.id == actor => (actor_parts(actor).map(|p| p.0), o.handle.clone()),
        _ => match actor_parts(actor) {
            Some((h, n)) => (Some(h), n.to_string()),
            None => (None, actor.to_string()),
        },
    };
    let published = parse_time(&activity["published"]);
    match kind {
        "Announce" => {
            let id = uri(&activity["id"]).ok_or("the boost has no id")?;
            let mut item = Item::new(Platform::Mastodon, id, name);
            item.author_id = Some(actor.to_string().into());
            item.direction = Some(Direction::Outbound);
            item.kind = Kind::Repost;
            item.set_created_at(published);
            item.url = uri(&activity["object"]).map(str::to_string).into();
            Ok(item)
        }
        "Create" => {
            let object = &activity["object"];
            if !object.is_object() {
                return Err("the status is not included in the activity; skipped".to_string());
            }
            let id = uri(&object["id"]).ok_or("the status has no id")?;
            let mut item = Item::new(Platform::Mastodon, id, name);
            item.author_id = Some(actor.to_string().into());
            item.direction = Some(Direction::Outbound);
            item.set_created_at(parse_time(&object["published"]).or(published));
            item.text = object["content"]
                .as_str()
                .map(html_to_text)
                .unwrap_or_default()
                .into();
            item.in_reply_to = uri(&object["inReplyTo"])
                .map(str::to_string)
                .map(Into::into);
            item.in_reply_to_author = item
                .in_reply_to
                .as_deref()
                .and_then(|p| status_author(p, host))
                .map(Into::into);
            item.conversation_hint = object["conversation"].as_str().map(str::to_string).into();
            // Mastodon 4.3 and later give each status's favourite and boost totals; older
            // archives do not, and then the counts stay unknown.
            item.counts.likes = object["likes"]["totalItems"]
                .as_u64()
                .map_or_else(Count::default, Count::capped);
            item.counts.shares = object["shares"]["totalItems"]
                .as_u64()
                .map_or_else(Count::default, Count::capped);
            item.mentions = object["tag"]
                .as_array()
                .map(|tags| {
                    tags.iter()
                        .filter(|t| t["type"] == "Mention")
                        .filter_map(|t| t["name"].as_str())
                        .map(|n| n.trim_start_matches('@'))
                        .collect()
                })
                .unwrap_or_default();
            item.url = match &object["url"] {
                Value::String(s) => Some(s.clone()),
                Value::Array(a) => a.iter().find_map(|u| uri(u).map(str::to_string)),
                Value::Object(o) => o.get("href").and_then(Value::as_str).map(str::to_string),
                _ => None,
            }
            .or_else(|| Some(id.to_string()))
            .into();
            item.kind = if is_direct(activity, object, owner.and_then(|o| o.followers.as_deref())) {
                Kind::Message
            } else if item.in_reply_to.is_some() {
                Kind::Reply
            } else {
                Kind::Post
            };
            Ok(item)
        }
        other => Err(format!(
            "`{other}` activities are not statuses or boosts; left out"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small_limit(files: Vec<(&str, String)>) -> Source {
        let limits = crate::ingest::Limits {
            max_record_bytes: 2000,
            ..crate::ingest::Limits::default()
        };
        let files = files
            .into_iter()
            .map(|(n, t)| (n.to_string(), t.into_bytes()))
            .collect();
        Source::from_files("export", files, &limits)
    }

    fn status(n: usize, text: &str) -> String {
        format!(
            r#"{{"id":"https://s.example/users/org/statuses/{n}/activity","type":"Create","actor":"https://s.example/users/org","published":"2025-08-04T10:00:00Z","to":["https://www.w3.org/ns/activitystreams#Public"],"object":{{"id":"https://s.example/users/org/statuses/{n}","type":"Note","published":"2025-08-04T10:00:00Z","content":"<p>{text}</p>"}}}}"#
        )
    }

    fn outbox(activities: &[String]) -> String {
        format!(
            r#"{{"@context":"https://www.w3.org/ns/activitystreams","type":"OrderedCollection","orderedItems":[{}]}}"#,
            activities.join(",")
        )
    }

    #[test]
    fn an_outbox_far_larger_than_the_record_limit_is_read_activity_by_activity() {
        let activities: Vec<String> = (0..200).map(|n| status(n, "hello")).collect();
        let text = outbox(&activities);
        assert!(text.len() > 20 * 2000, "the outbox is many times the limit");
        let mut source = small_limit(vec![("outbox.json", text)]);
        let import = import(&mut source, 0).unwrap();
        assert_eq!(import.items.len(), 200);
        assert!(import.warnings.is_empty(), "{:?}", import.warnings);
    }

    #[test]
    fn one_activity_over_the_record_limit_is_an_error_naming_the_file_place_and_limit() {
        let text = outbox(&[status(1, "short"), status(2, &"a".repeat(5000))]);
        let mut source = small_limit(vec![("outbox.json", text)]);
        let err = import(&mut source, 0).unwrap_err();
        assert_eq!(err.path, "export/outbox.json");
        assert!(
            err.place.as_deref().unwrap().ends_with("after activity 1"),
            "{err}"
        );
        assert!(
            err.message
                .contains("one record is longer than the limit of 2000 bytes"),
            "{err}"
        );
    }

    #[test]
    fn status_authors_are_local_names_or_name_at_host() {
        let own = Some("indieweb.social");
        assert_eq!(
            status_author("https://indieweb.social/users/me/statuses/1", own).as_deref(),
            Some("me")
        );
        assert_eq!(
            status_author("https://social.lol/users/mcg/statuses/2", own).as_deref(),
            Some("mcg@social.lol")
        );
        assert_eq!(status_author("https://example.org/objects/abc", own), None);
    }

    #[test]
    fn followers_only_is_not_a_direct_message() {
        let a = serde_json::json!({"to": ["https://h/users/me/followers"], "cc": ["https://h/users/you"]});
        assert!(!is_direct(&a, &Value::Null, None));
        let d = serde_json::json!({"to": ["https://h/users/you"], "cc": []});
        assert!(is_direct(&d, &Value::Null, None));
        let p = serde_json::json!({"to": ["as:Public"]});
        assert!(!is_direct(&p, &Value::Null, None));
    }
}

//! Meta's message threads, shared by the Facebook export (Messenger) and the Instagram export
//! (direct messages): `messages/<folder>/<thread>/message_N.json`, each `{participants: [{name}],
//! messages: [{sender_name, timestamp_ms, content, is_unsent, type, photos, share, ...}], title,
//! thread_path}`, newest first, both sides of the conversation, senders by display name only,
//! every text in Meta's mojibake ([`meta::repair`]).
//!
//! Messages have no ids: each gets `msg-<thread>-<timestamp_ms>`. Unsent messages and the
//! platform's own notices (calls, people joining or leaving) are left out: nobody wrote them to
//! be answered. Which side wrote a message is settled once the owner is known
//! ([`settle`]), and the replies are then linked turn by turn ([`super::conversation`]).

use std::collections::HashMap;

use regex::Regex;
use serde_json::Value;

use super::meta::{self, Ids};
use super::{Warning, conversation};
use crate::model::{Direction, Item, Kind, Origin, Platform};

/// `.../messages/<folder>/<thread>/message_N.json`.
pub fn is_thread_file(n: &str) -> bool {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(^|/)messages/[^/]+/[^/]+/message_\d+\.json$").expect("valid regex")
    })
    .is_match(n)
}

/// Whether a file's start (white space removed) is a thread's.
pub fn is_thread_head(compact: &str) -> bool {
    compact.starts_with("{\"participants\":[{\"name\":")
}

/// A thread's participants and title, mojibake repaired.
pub fn people(v: &Value) -> (Vec<String>, Option<String>) {
    let names = v
        .get("participants")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|p| p.get("name")?.as_str().map(meta::repaired))
        .collect();
    let title = v.get("title").and_then(Value::as_str).map(meta::repaired);
    (names, title)
}

/// The owner as the threads show it: the one participant present in every thread, else the
/// participant of a one-to-one thread who is not its title (a thread is titled by the other
/// person).
pub fn owner_from_threads(threads: &[(Vec<String>, Option<String>)]) -> Option<String> {
    if threads.is_empty() {
        return None;
    }
    let mut count: HashMap<&str, usize> = HashMap::new();
    for (names, _) in threads {
        let mut unique: Vec<&str> = names.iter().map(String::as_str).collect();
        unique.sort_unstable();
        unique.dedup();
        for n in unique {
            *count.entry(n).or_default() += 1;
        }
    }
    let everywhere: Vec<&str> = count
        .iter()
        .filter(|(_, c)| **c == threads.len())
        .map(|(n, _)| *n)
        .collect();
    if everywhere.len() == 1 {
        return Some(everywhere[0].to_string());
    }
    threads.iter().find_map(|(names, title)| {
        let title = title.as_deref()?;
        if names.len() != 2 || !names.iter().any(|n| n == title) {
            return None;
        }
        names.iter().find(|n| *n != title).cloned()
    })
}

/// Where the items of one thread file come from and go.
pub struct ThreadFile<'a> {
    pub platform: Platform,
    pub input: usize,
    /// The file inside the export.
    pub name: &'a str,
    /// The file as messages name it (with the input path).
    pub described: &'a str,
}

/// Every message of one thread file, without direction (see [`settle`]).
pub fn read_thread(
    v: &Value,
    file: &ThreadFile<'_>,
    ids: &mut Ids,
    warnings: &mut Vec<Warning>,
) -> Vec<Item> {
    let folder = v
        .get("thread_path")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| thread_folder(file.name));
    let mut out = Vec::new();
    let Some(messages) = v.get("messages").and_then(Value::as_array) else {
        warnings.push(Warning {
            file: file.described.to_string(),
            place: None,
            message: "a message thread without a messages list; left out".into(),
            skipped: 1,
        });
        return out;
    };
    let thread = folder.rsplit('/').next().unwrap_or(&folder).to_string();
    for (k, m) in messages.iter().enumerate() {
        let record = k as u64 + 1;
        if m.get("is_unsent").and_then(Value::as_bool) == Some(true) {
            continue;
        }
        let kind = m.get("type").and_then(Value::as_str).unwrap_or("Generic");
        if !matches!(kind, "Generic" | "Share") {
            continue;
        }
        let (Some(sender), Some(ms)) = (
            m.get("sender_name").and_then(Value::as_str),
            m.get("timestamp_ms").and_then(Value::as_i64),
        ) else {
            warnings.push(Warning {
                file: file.described.to_string(),
                place: Some(format!("message {record}")),
                message: "a message without sender_name or timestamp_ms; left out".into(),
                skipped: 1,
            });
            continue;
        };
        let base = format!("msg-{thread}-{ms}");
        let mut item = Item::new(
            file.platform.clone(),
            ids.make(base),
            meta::repaired(sender),
        );
        item.set_created_at(meta::millis(ms));
        item.text = message_text(m).into();
        item.kind = Kind::Message;
        item.conversation_hint = Some(folder.clone()).into();
        item.origin = Origin::new(file.input, file.name, record);
        out.push(item);
    }
    out
}

/// Gives every message its side once the owner is known (none when it is not), then links the
/// replies turn by turn.
pub fn settle(messages: &mut [Item], owner: Option<&str>) {
    if let Some(o) = owner {
        for m in messages.iter_mut() {
            m.direction = Some(if m.author == o {
                Direction::Outbound
            } else {
                Direction::Inbound
            });
        }
    }
    conversation::link_replies(messages);
}

/// The words of a message, or what it carried instead (`[photo]`, `[sticker]`, a shared link).
fn message_text(m: &Value) -> String {
    if let Some(c) = m.get("content").and_then(Value::as_str) {
        return meta::repaired(c);
    }
    if let Some(link) = m.pointer("/share/link").and_then(Value::as_str) {
        return link.to_string();
    }
    let carried = [
        ("photos", "[photo]"),
        ("videos", "[video]"),
        ("gifs", "[gif]"),
        ("sticker", "[sticker]"),
        ("audio_files", "[audio]"),
        ("files", "[file]"),
    ];
    carried
        .iter()
        .find(|(k, _)| m.get(k).is_some())
        .map(|(_, t)| t.to_string())
        .unwrap_or_default()
}

/// `inbox/name_abc123` from `.../messages/inbox/name_abc123/message_1.json`.
fn thread_folder(name: &str) -> String {
    let parts: Vec<&str> = name.split('/').collect();
    let n = parts.len();
    if n >= 3 {
        format!("{}/{}", parts[n - 3], parts[n - 2])
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thread_folder_is_the_two_last_folders() {
        assert_eq!(
            thread_folder("messages/inbox/annasmith_x1y2/message_1.json"),
            "inbox/annasmith_x1y2"
        );
    }

    #[test]
    fn owner_is_in_every_thread_or_not_the_title() {
        let t = |names: &[&str], title: &str| {
            (
                names.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                Some(title.to_string()),
            )
        };
        assert_eq!(
            owner_from_threads(&[t(&["Ann", "Shop"], "Ann"), t(&["Bob", "Shop"], "Bob")]),
            Some("Shop".into())
        );
        assert_eq!(
            owner_from_threads(&[t(&["Ann", "Shop"], "Ann")]),
            Some("Shop".into())
        );
        assert_eq!(owner_from_threads(&[t(&["Ann", "Shop"], "Friends")]), None);
    }
}

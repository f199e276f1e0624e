//! X / Twitter archives (zip or unpacked folder), as they really are (FORMATS.md).
//!
//! `data/tweets.js` (plus `tweets-part1.js`, ... in large archives; `tweet.js` before late 2022)
//! holds `window.YTD.tweets.part0 = [ ... ]`. Items are wrapped in `{"tweet": {...}}` since 2020
//! and bare before. Tweets carry no author (the owner, named in `account.js`, wrote them all), ids
//! and counts are strings, `full_text` has HTML entities, and `source` is an HTML anchor.
//!
//! The tweet files are streamed element by element, never held whole in memory: a large archive's
//! `tweets.js` is hundreds of megabytes.
//!
//! Direct messages (`direct-messages.js`, `direct-messages-group.js`) hold both sides of private
//! conversations: `{"dmConversation": {conversationId, messages: [{"messageCreate": {id,
//! senderId, recipientId, text, createdAt}}]}}`, newest first, senders by user id only. The
//! owner's (`account.js` `accountId`) are outbound, the others inbound with their user id as
//! author (the archive has no handles for them). They carry no reply links; see
//! [`super::conversation`] for how each is linked to the other side's previous message, which
//! is what gives X a true response rate and response time.
//!
//! `like.js` lists the tweets the owner liked; only their number is kept (`likes_given`).

use std::fmt;
use std::io::{BufRead, BufReader, Read};

use jiff::Timestamp;
use regex::Regex;
use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};

use super::source::{RecordGuard, limit_exceeded};
use super::{Import, InputError, Source, Warning};
use crate::model::{Account, Direction, Item, Kind, Origin, Platform};

fn tweet_file_re() -> &'static Regex {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(^|/)tweets?(-part\d+)?\.js$").expect("valid regex"))
}

/// The archive's tweet files, in part order (`tweets.js`, `tweets-part1.js`, ...).
fn tweet_files(source: &Source) -> Vec<String> {
    let mut files = source.find_all(|n| tweet_file_re().is_match(n) && !n.contains("deleted"));
    files.sort_by_key(|n| (part_number(n), n.clone()));
    files
}

fn part_number(name: &str) -> u32 {
    name.rsplit_once("-part")
        .and_then(|(_, rest)| rest.trim_end_matches(".js").parse().ok())
        .unwrap_or(0)
}

/// Matches a folder or zip holding tweet files that start with the `window.YTD.` prefix.
pub fn sniff(source: &mut Source) -> Option<Vec<String>> {
    if source.is_single_file() {
        return None;
    }
    let files = tweet_files(source);
    let first = files.first()?.clone();
    let mut head = [0u8; 64];
    // A tweet file that cannot even be opened or inflated (damage, a zip-bomb guard) is still an
    // X archive: claiming it lets the import name the problem, instead of "no known format".
    let (n, unreadable) = match source.open_entry(&first) {
        Ok(mut r) => {
            let n = read_up_to(&mut r, &mut head);
            (n, n == 0 && r.read(&mut [0u8; 1]).is_err())
        }
        Err(_) => (0, true),
    };
    let head = String::from_utf8_lossy(&head[..n]);
    if !unreadable
        && !head
            .trim_start_matches('\u{feff}')
            .trim_start()
            .starts_with("window.YTD.")
    {
        return None;
    }
    let mut matched = files;
    if let Some(acc) = source.find(is_account_file) {
        matched.push(acc);
    }
    matched.extend(source.find_all(is_dm_file));
    matched.extend(source.find_all(is_like_file));
    Some(matched)
}

fn is_dm_file(n: &str) -> bool {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(^|/)direct-messages(-group)?(-part\d+)?\.js$").expect("valid regex")
    })
    .is_match(n)
}

fn is_like_file(n: &str) -> bool {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(^|/)like(-part\d+)?\.js$").expect("valid regex"))
        .is_match(n)
}

fn is_account_file(n: &str) -> bool {
    n == "account.js" || n.ends_with("/account.js")
}

fn read_up_to(r: &mut dyn Read, buf: &mut [u8]) -> usize {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..]) {
            Ok(0) | Err(_) => break,
            Ok(n) => got += n,
        }
    }
    got
}

#[derive(Deserialize)]
struct AccountEntry {
    account: AccountFields,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AccountFields {
    account_id: Option<String>,
    username: Option<String>,
}

/// Reads every tweet file and `account.js`.
pub fn import(source: &mut Source, input: usize) -> Result<Import, InputError> {
    let mut import = Import::default();
    let mut owner: Option<(String, Option<String>)> = None;
    if let Some(acc) = source.find(is_account_file) {
        let bytes = source.read_to_vec(&acc)?;
        let entries: Vec<AccountEntry> =
            serde_json::from_slice(strip_js_prefix(&bytes)).map_err(|e| {
                InputError::at(
                    source,
                    &acc,
                    Some(json_place(&e)),
                    format!("not a readable account.js: {e}"),
                )
            })?;
        if let Some(a) = entries.into_iter().next().map(|e| e.account)
            && let Some(username) = a.username
        {
            import.accounts.push(Account {
                platform: Some(Platform::X),
                handle: username.clone(),
                id: a.account_id.clone(),
            });
            owner = Some((username, a.account_id));
        }
        import.files.push(acc);
    } else {
        import.warnings.push(Warning {
            file: source.path().display().to_string(),
            place: None,
            message: "no data/account.js: the owner's handle is unknown, so self-replies cannot be told from replies (give --account)".into(),
            skipped: 0,
        });
    }
    let (handle, owner_id) = owner.unwrap_or_else(|| ("owner".to_string(), None));
    for file in tweet_files(source) {
        let described = source.describe(&file);
        let guard = RecordGuard::new(source.limits().max_record_bytes);
        let reader = guard.wrap(source.open_entry(&file)?);
        let mut ctx = Ctx {
            guard: &guard,
            items: &mut import.items,
            handle: &handle,
            owner_id: owner_id.as_deref(),
            input,
            file: &file,
            record: 0,
        };
        if let Err(e) = stream_tweets(reader, &mut ctx) {
            let read = ctx.record;
            if e.limit {
                return Err(InputError::new(
                    std::path::Path::new(&described),
                    Some(format!("{}, after record {read}", e.place)),
                    e.message,
                ));
            }
            import.warnings.push(Warning {
                file: described,
                place: Some(format!("{}, after record {read}", e.place)),
                message: format!(
                    "the file is damaged ({}); the {read} tweets before this point were read, the rest skipped",
                    e.message
                ),
                skipped: 1,
            });
        }
        import.files.push(file);
    }
    read_direct_messages(source, &mut import, input, &handle, owner_id.as_deref());
    read_likes(source, &mut import);
    Ok(import)
}

/// Reads every direct-message file; a damaged one is a warning, the others are still read.
fn read_direct_messages(
    source: &mut Source,
    import: &mut Import,
    input: usize,
    handle: &str,
    owner_id: Option<&str>,
) {
    let mut conversations: Vec<(String, serde_json::Value)> = Vec::new();
    for file in source.find_all(is_dm_file) {
        let parsed = source.read_to_vec(&file).and_then(|bytes| {
            serde_json::from_slice::<Vec<serde_json::Value>>(strip_js_prefix(&bytes)).map_err(|e| {
                InputError::at(
                    source,
                    &file,
                    Some(json_place(&e)),
                    format!("not a readable direct-messages file: {e}"),
                )
            })
        });
        match parsed {
            Ok(entries) => {
                conversations.extend(entries.into_iter().map(|e| (file.clone(), e)));
                import.files.push(file);
            }
            Err(e) => import.warnings.push(Warning {
                file: e.path,
                place: e.place,
                message: format!("{}; its messages are left out", e.message),
                skipped: 1,
            }),
        }
    }
    if conversations.is_empty() {
        return;
    }
    let owner = owner_id
        .map(str::to_string)
        .or_else(|| owner_in_every_conversation(&conversations));
    let mut messages = Vec::new();
    for (file, entry) in &conversations {
        let Some(conv) = entry.get("dmConversation") else {
            continue;
        };
        let Some(cid) = conv.get("conversationId").and_then(|v| v.as_str()) else {
            continue;
        };
        let list = conv.get("messages").and_then(|v| v.as_array());
        for (k, m) in list.into_iter().flatten().enumerate() {
            // Joins, leaves and renames of group conversations are not messages.
            let Some(mc) = m.get("messageCreate") else {
                continue;
            };
            let field = |k: &str| mc.get(k).and_then(|v| v.as_str());
            let (Some(id), Some(sender)) = (field("id"), field("senderId")) else {
                import.warnings.push(Warning {
                    file: source.describe(file),
                    place: Some(format!("conversation {cid}, message {}", k + 1)),
                    message: "a message without id or senderId; left out".into(),
                    skipped: 1,
                });
                continue;
            };
            let outbound = owner.as_deref() == Some(sender);
            let mut item = Item::new(Platform::X, id, if outbound { handle } else { sender });
            item.author_id = Some(sender.to_string());
            item.direction = owner.as_ref().map(|_| {
                if outbound {
                    Direction::Outbound
                } else {
                    Direction::Inbound
                }
            });
            item.kind = Kind::Message;
            item.text = html_escape::decode_html_entities(field("text").unwrap_or("")).into_owned();
            item.created_at = field("createdAt").and_then(|t| t.parse().ok());
            item.conversation_hint = Some(cid.to_string());
            item.origin = Origin {
                input,
                file: file.clone(),
                record: k as u64 + 1,
            };
            messages.push(item);
        }
    }
    super::conversation::link_replies(&mut messages);
    import.items.extend(messages);
}

/// Without `account.js`, the owner is the one user id in every one-to-one conversation's id
/// (`senderA-senderB`).
fn owner_in_every_conversation(conversations: &[(String, serde_json::Value)]) -> Option<String> {
    let pairs: Vec<Vec<&str>> = conversations
        .iter()
        .filter_map(|(_, e)| e.pointer("/dmConversation/conversationId")?.as_str())
        .filter_map(|id| {
            let parts: Vec<&str> = id.split('-').collect();
            (parts.len() == 2).then_some(parts)
        })
        .collect();
    let first = pairs.first()?;
    let common: Vec<&str> = first
        .iter()
        .copied()
        .filter(|id| pairs.iter().all(|p| p.contains(id)))
        .collect();
    (common.len() == 1).then(|| common[0].to_string())
}

/// Counts the entries of the like files (`likes_given`); a damaged one is a warning and leaves
/// the count unreported rather than too low.
fn read_likes(source: &mut Source, import: &mut Import) {
    let files = source.find_all(is_like_file);
    if files.is_empty() {
        return;
    }
    let mut total = 0u64;
    for file in files {
        let counted = source.read_to_vec(&file).and_then(|bytes| {
            serde_json::from_slice::<Vec<de::IgnoredAny>>(strip_js_prefix(&bytes))
                .map(|v| v.len() as u64)
                .map_err(|e| InputError::at(source, &file, Some(json_place(&e)), e.to_string()))
        });
        match counted {
            Ok(n) => {
                total += n;
                import.files.push(file);
            }
            Err(e) => {
                import.warnings.push(Warning {
                    file: e.path,
                    place: e.place,
                    message: format!(
                        "not a readable like file ({}); likes given are not reported",
                        e.message
                    ),
                    skipped: 0,
                });
                return;
            }
        }
    }
    import.likes_given = Some(total);
}

struct StreamError {
    place: String,
    message: String,
    /// A resource limit stopped the read (not damage): the whole file is an error.
    limit: bool,
}

/// Skips the `window.YTD.tweets.part0 =` prefix, then deserializes the array element by element.
fn stream_tweets(reader: impl Read, ctx: &mut Ctx<'_>) -> Result<(), StreamError> {
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let mut prefix = Vec::new();
    reader
        .read_until(b'=', &mut prefix)
        .map_err(|e| StreamError {
            place: "line 1".into(),
            limit: limit_exceeded(&e).is_some(),
            message: e.to_string(),
        })?;
    if !prefix.ends_with(b"=") {
        return Err(StreamError {
            place: "line 1".into(),
            message: "no `window.YTD... =` prefix".into(),
            limit: false,
        });
    }
    ctx.guard.next_record();
    let mut de = serde_json::Deserializer::from_reader(reader);
    de.deserialize_seq(TweetsVisitor { ctx }).map_err(|e| {
        let place = json_place(&e);
        if e.is_io() {
            let io = std::io::Error::from(e);
            if let Some(msg) = limit_exceeded(&io) {
                return StreamError {
                    place,
                    message: msg.to_string(),
                    limit: true,
                };
            }
            return StreamError {
                place,
                message: io.to_string(),
                limit: false,
            };
        }
        StreamError {
            place,
            message: e.to_string(),
            limit: false,
        }
    })
}

/// `line L, column C` of a JSON error (the line of the prefix counts as line 1).
fn json_place(e: &serde_json::Error) -> String {
    format!("line {}, column {}", e.line(), e.column())
}

/// The JSON after the `window.YTD.x.part0 = ` prefix of a small archive file.
pub fn strip_js_prefix(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|&b| b == b'=')
        .map(|p| p + 1)
        .unwrap_or(0);
    let rest = &bytes[start..];
    let end = rest
        .iter()
        .rposition(|&b| b == b']' || b == b'}')
        .map(|p| p + 1)
        .unwrap_or(rest.len());
    &rest[..end]
}

struct Ctx<'a> {
    guard: &'a RecordGuard,
    items: &'a mut Vec<Item>,
    handle: &'a str,
    owner_id: Option<&'a str>,
    input: usize,
    file: &'a str,
    record: u64,
}

struct TweetsVisitor<'a, 'b> {
    ctx: &'a mut Ctx<'b>,
}

impl<'de> Visitor<'de> for TweetsVisitor<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of tweets")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(entry) = seq.next_element::<Entry>()? {
            self.ctx.record += 1;
            let raw = match entry.tweet {
                Some(t) => *t,
                None => entry.fields,
            };
            let item = to_item(raw, self.ctx).map_err(de::Error::custom)?;
            self.ctx.items.push(item);
            self.ctx.guard.next_record();
        }
        Ok(())
    }
}

/// One array element: `{"tweet": {...}}` since 2020, the tweet's fields directly before.
#[derive(Deserialize)]
struct Entry {
    tweet: Option<Box<RawTweet>>,
    #[serde(flatten)]
    fields: RawTweet,
}

#[derive(Deserialize, Default)]
struct RawTweet {
    id_str: Option<String>,
    #[serde(default, deserialize_with = "string_or_number")]
    id: Option<String>,
    full_text: Option<String>,
    text: Option<String>,
    created_at: Option<String>,
    in_reply_to_status_id_str: Option<String>,
    in_reply_to_user_id_str: Option<String>,
    in_reply_to_screen_name: Option<String>,
    #[serde(default, deserialize_with = "string_or_number")]
    retweet_count: Option<String>,
    #[serde(default, deserialize_with = "string_or_number")]
    favorite_count: Option<String>,
    source: Option<String>,
    entities: Option<Entities>,
}

#[derive(Deserialize, Default)]
struct Entities {
    #[serde(default)]
    user_mentions: Vec<Mention>,
}

#[derive(Deserialize)]
struct Mention {
    screen_name: Option<String>,
}

/// Ids and counts are strings in archives, numbers in some older ones.
fn string_or_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum V {
        S(String),
        U(u64),
        I(i64),
        F(f64),
    }
    Ok(Option::<V>::deserialize(d)?.map(|v| match v {
        V::S(s) => s,
        V::U(u) => u.to_string(),
        V::I(i) => i.to_string(),
        V::F(f) => f.to_string(),
    }))
}

fn to_item(raw: RawTweet, ctx: &Ctx<'_>) -> Result<Item, String> {
    let id = raw
        .id_str
        .or(raw.id)
        .ok_or_else(|| format!("record {} has no id_str", ctx.record))?;
    let mut item = Item::new(Platform::X, id, ctx.handle);
    item.author_id = ctx.owner_id.map(str::to_string);
    item.direction = Some(Direction::Outbound);
    let text = raw.full_text.or(raw.text).unwrap_or_default();
    item.text = html_escape::decode_html_entities(&text).into_owned();
    item.created_at = match raw.created_at.as_deref() {
        Some(s) => Some(parse_x_time(s).map_err(|e| format!("record {}: {e}", ctx.record))?),
        None => None,
    };
    item.in_reply_to = raw.in_reply_to_status_id_str.filter(|s| !s.is_empty());
    item.in_reply_to_author = raw.in_reply_to_screen_name.filter(|s| !s.is_empty()).or(raw
        .in_reply_to_user_id_str
        .clone()
        .filter(|s| !s.is_empty()));
    // A reply to the owner's own user id is a self-reply even where the screen name is missing.
    if raw.in_reply_to_user_id_str.is_some()
        && raw.in_reply_to_user_id_str.as_deref() == ctx.owner_id
    {
        item.in_reply_to_author = Some(ctx.handle.to_string());
    }
    item.kind = if item.text.starts_with("RT @") {
        Kind::Repost
    } else if item.in_reply_to.is_some() || item.in_reply_to_author.is_some() {
        Kind::Reply
    } else {
        Kind::Post
    };
    item.counts.likes = raw.favorite_count.as_deref().and_then(parse_count);
    // Retweets' counts are the original's, shown as 0 by the archive: not this item's own.
    item.counts.shares = if item.kind == Kind::Repost {
        None
    } else {
        raw.retweet_count.as_deref().and_then(parse_count)
    };
    if item.kind == Kind::Repost {
        item.counts.likes = None;
    }
    item.source = raw
        .source
        .as_deref()
        .map(client_name)
        .filter(|s| !s.is_empty());
    item.mentions = raw
        .entities
        .map(|e| {
            e.user_mentions
                .into_iter()
                .filter_map(|m| m.screen_name)
                .collect()
        })
        .unwrap_or_default();
    if ctx.handle != "owner" {
        item.url = Some(format!("https://x.com/{}/status/{}", ctx.handle, item.id));
    }
    item.origin = Origin {
        input: ctx.input,
        file: ctx.file.to_string(),
        record: ctx.record,
    };
    Ok(item)
}

/// Counts are decimal strings; anything else (or a number past u64) is treated as unknown.
fn parse_count(s: &str) -> Option<u64> {
    s.trim().parse().ok()
}

/// `Sat Aug 12 16:10:37 +0000 2023`.
pub fn parse_x_time(s: &str) -> Result<Timestamp, String> {
    jiff::fmt::strtime::parse("%a %b %d %H:%M:%S %z %Y", s.trim())
        .and_then(|t| t.to_timestamp())
        .map_err(|_| format!("`{s}` is not an X timestamp like `Sat Aug 12 16:10:37 +0000 2023`"))
}

/// The client's name from `<a href="..." rel="nofollow">Hootsuite Inc.</a>`, or the text as is.
pub fn client_name(source: &str) -> String {
    let inner = match (source.find('>'), source.rfind("</a>")) {
        (Some(a), Some(b)) if a < b => &source[a + 1..b],
        _ => source,
    };
    html_escape::decode_html_entities(inner.trim()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn x_timestamps_parse() {
        let t = parse_x_time("Sat Aug 12 16:10:37 +0000 2023").unwrap();
        assert_eq!(t.to_string(), "2023-08-12T16:10:37Z");
        assert!(parse_x_time("2023-08-12").is_err());
    }

    #[test]
    fn client_names_come_out_of_their_anchor() {
        assert_eq!(
            client_name(r#"<a href="https://hootsuite.com" rel="nofollow">Hootsuite Inc.</a>"#),
            "Hootsuite Inc."
        );
        assert_eq!(client_name("web"), "web");
    }

    #[test]
    fn tweet_parts_sort_in_part_order() {
        let mut v = vec![
            "data/tweets-part10.js",
            "data/tweets-part2.js",
            "data/tweets.js",
        ];
        v.sort_by_key(|n| (part_number(n), n.to_string()));
        assert_eq!(
            v,
            vec![
                "data/tweets.js",
                "data/tweets-part2.js",
                "data/tweets-part10.js"
            ]
        );
    }
}

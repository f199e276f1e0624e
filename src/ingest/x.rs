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

use std::borrow::Cow;
use std::fmt;
use std::io::{BufRead, BufReader, Read};

use jiff::Timestamp;
use regex::Regex;
use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, Visitor};

use rayon::prelude::*;

use super::json_array::{Batch, Place, SplitError, Splitter, place_in_file};
use super::source::limit_exceeded;
use super::{Import, InputError, Source, Warning};
use crate::model::{Account, Count, Direction, Item, Kind, Mentions, Origin, Platform, Sym};

fn tweet_file_re() -> &'static Regex {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(^|/)tweets?(-part\d+)?\.js$").expect("valid regex"))
}

/// The archive's tweet files, in part order (`tweets.js`, `tweets-part1.js`, ...).
pub fn tweet_files(source: &Source) -> Vec<String> {
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
        let max_record = source.limits().max_record_bytes;
        let reader = source.open_entry(&file)?;
        let mut ctx = Ctx {
            max_record,
            items: &mut import.items,
            warnings: &mut import.warnings,
            described: &described,
            shared: Shared {
                author: Sym::new(&handle),
                author_id: owner_id.as_deref().map(Sym::new),
                input,
                file: &file,
            },
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
            item.author_id = Some(sender.to_string().into());
            item.direction = owner.as_ref().map(|_| {
                if outbound {
                    Direction::Outbound
                } else {
                    Direction::Inbound
                }
            });
            item.kind = Kind::Message;
            item.text = html_escape::decode_html_entities(field("text").unwrap_or(""))
                .into_owned()
                .into();
            item.set_created_at(field("createdAt").and_then(|t| t.parse().ok()));
            item.conversation_hint = Some(cid.to_string()).into();
            item.origin = Origin::new(input, file, k as u64 + 1);
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

/// How many bytes of elements are split off and parsed together: large enough that parsing on
/// every core pays off, small enough that only a few megabytes are in flight.
const BATCH_BYTES: usize = 4 << 20;

/// Skips the `window.YTD.tweets.part0 =` prefix, then splits the array into its elements and
/// parses them in parallel, batch by batch: while the cores parse one batch, this thread reads
/// (and, in a zip, inflates) and splits the next. Items come out in file order.
fn stream_tweets(reader: impl Read, ctx: &mut Ctx<'_>) -> Result<(), StreamError> {
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let mut prefix = Vec::new();
    // The prefix counts as a record: a first line that never reaches its `=` stops at the limit.
    (&mut reader)
        .take(ctx.max_record.saturating_add(1))
        .read_until(b'=', &mut prefix)
        .map_err(|e| StreamError {
            place: "line 1".into(),
            limit: limit_exceeded(&e).is_some(),
            message: e.to_string(),
        })?;
    if prefix.len() as u64 > ctx.max_record {
        return Err(StreamError {
            place: "line 1".into(),
            message: format!(
                "{}: the `window.YTD... =` prefix is longer than the limit of {} bytes for one record (raise it with --max-record-size)",
                super::source::LIMIT_EXCEEDED,
                ctx.max_record
            ),
            limit: true,
        });
    }
    if !prefix.ends_with(b"=") {
        return Err(StreamError {
            place: "line 1".into(),
            message: "no `window.YTD... =` prefix".into(),
            limit: false,
        });
    }
    let line = 1 + prefix.iter().filter(|&&b| b == b'\n').count() as u64;
    let mut splitter = Splitter::new(reader, ctx.max_record, BATCH_BYTES, line);
    let shared = ctx.shared;
    let mut pending: Option<Batch> = None;
    let mut stop: Option<SplitError> = None;
    // Two lists of parsed records, filled again and again: one is filled by the parsing threads
    // while the other, the batch before, is moved into the items on this thread (a fresh list
    // of half a megabyte per batch would cost a page fault for every 4 KiB written to it).
    let mut parsed: Vec<Parsed> = Vec::new();
    let mut done: Vec<Parsed> = Vec::new();
    loop {
        let batch = pending.take();
        let mut next = None;
        // The records of the batch before are counted once they are moved.
        let first_record = ctx.record + done.len() as u64;
        rayon::in_place_scope(|s| {
            if let Some(b) = &batch {
                let shared = &shared;
                let parsed = &mut parsed;
                s.spawn(move |_| parse_batch(b, first_record, shared, parsed));
            }
            if stop.is_none() {
                next = Some(splitter.next_batch());
            }
            keep(&mut done, ctx);
        });
        if let Some(b) = batch {
            // Its items own their strings now: the buffer is filled again.
            splitter.recycle(b);
        }
        std::mem::swap(&mut parsed, &mut done);
        match next {
            Some(Ok(b)) if b.elements.is_empty() => {
                keep(&mut done, ctx);
                return Ok(());
            }
            Some(Ok(b)) => pending = Some(b),
            Some(Err((b, e))) => {
                pending = Some(b);
                stop = Some(e);
            }
            None => {
                keep(&mut done, ctx);
                let e = stop.expect("the read stopped for a reason");
                return Err(StreamError {
                    place: format!("line {}, column {}", e.place.line, e.place.column),
                    message: e.message,
                    limit: e.limit,
                });
            }
        }
    }
}

/// A parsed record: its item, or where and why it could not be read.
type Parsed = Result<Item, (Place, String)>;

/// Moves parsed records into the items (and the unreadable ones into the warnings), in order.
fn keep(parsed: &mut Vec<Parsed>, ctx: &mut Ctx<'_>) {
    for r in parsed.drain(..) {
        ctx.record += 1;
        match r {
            Ok(item) => ctx.items.push(item),
            Err((place, message)) => ctx.warnings.push(Warning {
                file: ctx.described.to_string(),
                place: Some(format!(
                    "line {}, column {}, record {}",
                    place.line, place.column, ctx.record
                )),
                message: format!("not a readable tweet ({message}); this record is skipped"),
                skipped: 1,
            }),
        }
    }
}

/// What every tweet of one file shares.
#[derive(Clone, Copy)]
struct Shared<'a> {
    /// The archive owner's handle and user id, entered once for the file, not once for each of
    /// its tweets.
    author: Sym,
    author_id: Option<Sym>,
    input: usize,
    file: &'a str,
}

/// Parses a batch's elements on every core into `out`; results are in element order.
fn parse_batch(b: &Batch, first_record: u64, shared: &Shared<'_>, out: &mut Vec<Parsed>) {
    b.elements
        .par_iter()
        .with_min_len(64)
        .enumerate()
        .map(|(k, (range, start))| {
            let record = first_record + k as u64 + 1;
            let bytes = &b.bytes[range.clone()];
            // Validated whole first (many bytes at a time, with SIMD), the element's strings need
            // no check of their own. Invalid UTF-8 is read as bytes, for serde_json's error.
            let raw: Result<Element<'_>, _> = match simdutf8::basic::from_utf8(bytes) {
                Ok(s) => serde_json::from_str(s),
                Err(_) => serde_json::from_slice(bytes),
            };
            let mut raw = raw.map_err(|e| (place_in_file(*start, &e), json_message(&e)))?;
            match raw.tweet.take() {
                Some(t) => to_item(t, shared, record),
                None => to_item(raw, shared, record),
            }
            .map_err(|e| (*start, e))
        })
        .collect_into_vec(out);
}

/// A JSON error's message without its position inside the element (the place in the file is
/// given beside it).
fn json_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&suffix).unwrap_or(&full).to_string()
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
    max_record: u64,
    items: &'a mut Vec<Item>,
    warnings: &'a mut Vec<Warning>,
    described: &'a str,
    /// What every tweet of the file shares, handed to the parsing threads.
    shared: Shared<'a>,
    record: u64,
}

/// One array element: `{"tweet": {...}}` since 2020, the tweet's fields directly before.
type Element<'a> = RawTweet<'a, RawTweet<'a, IgnoredAny>>;

/// A tweet's fields, and in `tweet` the fields of a wrapped tweet (of the same type inside an
/// [`Element`], without a box to allocate for every tweet). Strings without escapes are
/// borrowed from the element's bytes.
#[derive(Deserialize)]
struct RawTweet<'a, T> {
    tweet: Option<T>,
    #[serde(borrow)]
    id_str: Option<Cow<'a, str>>,
    #[serde(default, borrow, deserialize_with = "string_or_number")]
    id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    full_text: Option<Cow<'a, str>>,
    #[serde(borrow)]
    text: Option<Cow<'a, str>>,
    #[serde(borrow)]
    created_at: Option<Cow<'a, str>>,
    #[serde(borrow)]
    in_reply_to_status_id_str: Option<Cow<'a, str>>,
    #[serde(borrow)]
    in_reply_to_user_id_str: Option<Cow<'a, str>>,
    #[serde(borrow)]
    in_reply_to_screen_name: Option<Cow<'a, str>>,
    #[serde(default, borrow, deserialize_with = "string_or_number")]
    retweet_count: Option<Cow<'a, str>>,
    #[serde(default, borrow, deserialize_with = "string_or_number")]
    favorite_count: Option<Cow<'a, str>>,
    #[serde(borrow)]
    source: Option<Cow<'a, str>>,
    entities: Option<Entities>,
}

#[derive(Deserialize, Default)]
struct Entities {
    /// The mentioned screen names, gathered as they are parsed: most tweets mention one
    /// person, who is kept in place (see [`Mentions`]) with no list made at all.
    #[serde(default, deserialize_with = "screen_names")]
    user_mentions: Mentions,
}

/// The `screen_name` of each element of `user_mentions` (elements without one are left out).
fn screen_names<'de, D: Deserializer<'de>>(d: D) -> Result<Mentions, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Mentions;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a list of mentions")
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Mentions, A::Error> {
            // The first name needs no list; a list is made only when a second one comes.
            let mut first: Option<Cow<'de, str>> = None;
            let mut more: Vec<Cow<'de, str>> = Vec::new();
            while let Some(m) = seq.next_element::<Mention<'de>>()? {
                if let Some(name) = m.screen_name {
                    match first {
                        None => first = Some(name),
                        Some(_) => more.push(name),
                    }
                }
            }
            Ok(first.into_iter().chain(more).collect())
        }
    }
    d.deserialize_seq(V)
}

#[derive(Deserialize)]
struct Mention<'a> {
    #[serde(borrow)]
    screen_name: Option<Cow<'a, str>>,
}

/// Ids and counts are strings in archives, numbers in some older ones.
fn string_or_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Cow<'de, str>>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Option<Cow<'de, str>>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string or a number")
        }
        fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
            Ok(Some(Cow::Borrowed(v)))
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(v.to_string())))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(v.to_string())))
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(v.to_string())))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(v.to_string())))
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(V)
        }
    }
    d.deserialize_any(V)
}

fn to_item<T>(raw: RawTweet<'_, T>, ctx: &Shared<'_>, record: u64) -> Result<Item, String> {
    let id = raw
        .id_str
        .or(raw.id)
        .ok_or_else(|| format!("record {record} has no id_str"))?;
    let mut item = Item::by(Platform::X, id.as_ref(), ctx.author);
    item.author_id = ctx.author_id;
    item.direction = Some(Direction::Outbound);
    let text = raw.full_text.or(raw.text).unwrap_or_default();
    // Most texts hold no `&`: a SIMD search says so faster than the decoder's own scan.
    item.text = if memchr::memchr(b'&', text.as_bytes()).is_some() {
        html_escape::decode_html_entities(&text).into()
    } else {
        text.as_ref().into()
    };
    item.set_created_at(match raw.created_at.as_deref() {
        Some(s) => Some(parse_x_time(s).map_err(|e| format!("record {record}: {e}"))?),
        None => None,
    });
    fn nonempty<'s>(s: &'s Option<Cow<'_, str>>) -> Option<&'s str> {
        s.as_deref().filter(|s| !s.is_empty())
    }
    item.in_reply_to = nonempty(&raw.in_reply_to_status_id_str).map(Into::into);
    item.in_reply_to_author = nonempty(&raw.in_reply_to_screen_name)
        .or_else(|| nonempty(&raw.in_reply_to_user_id_str))
        .map(Sym::new);
    // A reply to the owner's own user id is a self-reply even where the screen name is missing.
    if raw.in_reply_to_user_id_str.is_some()
        && raw.in_reply_to_user_id_str.as_deref() == ctx.author_id.as_deref()
    {
        item.in_reply_to_author = Some(ctx.author);
    }
    item.kind = if item.text.starts_with("RT @") {
        Kind::Repost
    } else if item.in_reply_to.is_some() || item.in_reply_to_author.is_some() {
        Kind::Reply
    } else {
        Kind::Post
    };
    item.counts.likes = parse_count(raw.favorite_count.as_deref());
    // Retweets' counts are the original's, shown as 0 by the archive: not this item's own.
    item.counts.shares = if item.kind == Kind::Repost {
        Count::default()
    } else {
        parse_count(raw.retweet_count.as_deref())
    };
    if item.kind == Kind::Repost {
        item.counts.likes = Count::default();
    }
    item.source = raw
        .source
        .as_deref()
        .map(client_name)
        .filter(|s| !s.is_empty())
        .map(Into::into);
    item.mentions = raw.entities.map(|e| e.user_mentions).unwrap_or_default();
    // The status page is built from the author and the id when a report asks for it.
    item.x_status_link = ctx.author != "owner";
    item.origin = Origin::new(ctx.input, ctx.file, record);
    Ok(item)
}

/// Counts are decimal strings; anything else (or a number past u64) is treated as unknown.
/// A count as X writes it (a string of digits); unknown when absent or not a number.
fn parse_count(s: Option<&str>) -> Count {
    s.and_then(|s| s.trim().parse().ok())
        .map_or_else(Count::default, Count::capped)
}

/// `Sat Aug 12 16:10:37 +0000 2023`.
pub fn parse_x_time(s: &str) -> Result<Timestamp, String> {
    if let Some(t) = parse_x_time_fast(s.as_bytes()) {
        return Ok(t);
    }
    jiff::fmt::strtime::parse("%a %b %d %H:%M:%S %z %Y", s.trim())
        .and_then(|t| t.to_timestamp())
        .map_err(|_| format!("`{s}` is not an X timestamp like `Sat Aug 12 16:10:37 +0000 2023`"))
}

/// The archive's own layout, `Sat Aug 12 16:10:37 +0000 2023` exactly, read without the general
/// parser (a large archive has a million of them); anything else, including a weekday that does
/// not fit the date, goes the general way, so both give the same answer.
fn parse_x_time_fast(b: &[u8]) -> Option<Timestamp> {
    if b.len() != 30 || b[3] != b' ' || b[7] != b' ' || b[10] != b' ' || b[19] != b' ' {
        return None;
    }
    if &b[20..26] != b"+0000 " || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i32> {
        b[r].iter().try_fold(0i32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + i32::from(c - b'0'))
        })
    };
    const MONTHS: [&[u8; 3]; 12] = [
        b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov",
        b"Dec",
    ];
    let month = MONTHS.iter().position(|m| &b[4..7] == *m)? as i8 + 1;
    let date = jiff::civil::Date::new(num(26..30)? as i16, month, num(8..10)? as i8).ok()?;
    const DAYS: [&[u8; 3]; 7] = [b"Mon", b"Tue", b"Wed", b"Thu", b"Fri", b"Sat", b"Sun"];
    if &b[0..3] != DAYS[date.weekday().to_monday_zero_offset() as usize] {
        return None;
    }
    let time = jiff::civil::Time::new(
        num(11..13)? as i8,
        num(14..16)? as i8,
        num(17..19)? as i8,
        0,
    )
    .ok()?;
    date.to_datetime(time)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .ok()
        .map(|z| z.timestamp())
}

/// The client's name from `<a href="..." rel="nofollow">Hootsuite Inc.</a>`, or the text as is;
/// borrowed from `source` unless it holds an entity.
pub fn client_name(source: &str) -> Cow<'_, str> {
    let inner = match (source.find('>'), source.rfind("</a>")) {
        (Some(a), Some(b)) if a < b => &source[a + 1..b],
        _ => source,
    };
    html_escape::decode_html_entities(inner.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn x_timestamps_parse() {
        let t = parse_x_time("Sat Aug 12 16:10:37 +0000 2023").unwrap();
        assert_eq!(t.to_string(), "2023-08-12T16:10:37Z");
        // The fast path and the general parser agree, on its layout and off it.
        for s in [
            "Sat Aug 12 16:10:37 +0000 2023",
            "Sun Aug 12 16:10:37 +0000 2023",
            "Sat Feb 30 16:10:37 +0000 2023",
            "Sat Aug 12 25:10:37 +0000 2023",
            "Mon Jan 01 00:00:00 +0000 1990",
            "Sat Aug 12 16:10:37 +0200 2023",
            "Fri Dec 31 23:59:59 +0000 2099",
        ] {
            let general = jiff::fmt::strtime::parse("%a %b %d %H:%M:%S %z %Y", s)
                .and_then(|t| t.to_timestamp())
                .ok();
            assert_eq!(parse_x_time(s).ok(), general, "{s}");
            if let Some(fast) = parse_x_time_fast(s.as_bytes()) {
                assert_eq!(Some(fast), general, "{s}");
            }
        }
        assert!(parse_x_time_fast(b"Sat Aug 12 16:10:37 +0000 2023").is_some());
        assert!(parse_x_time("2023-08-12").is_err());
    }

    #[test]
    fn mentions_are_the_screen_names_in_order() {
        for (json, names) in [
            (r#"{"user_mentions": []}"#, vec![]),
            (
                r#"{"user_mentions": [{"screen_name": "a", "id": "1"}]}"#,
                vec!["a"],
            ),
            (
                r#"{"user_mentions": [{"screen_name": "a"}, {"id": "2"}, {"screen_name": "c"}]}"#,
                vec!["a", "c"],
            ),
            (
                r#"{"user_mentions": [{"screen_name": "a"}, {"screen_name": "b"}, {"screen_name": "c"}]}"#,
                vec!["a", "b", "c"],
            ),
            (r#"{"hashtags": []}"#, vec![]),
        ] {
            let e: Entities = serde_json::from_str(json).unwrap();
            assert_eq!(e.user_mentions[..], names[..], "{json}");
        }
        assert!(serde_json::from_str::<Entities>(r#"{"user_mentions": [7]}"#).is_err());
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

//! Bluesky (AT Protocol): a repository export (`.car`) or JSON records, as they really are
//! (FORMATS.md, the lexicons in `formats/bluesky/`).
//!
//! A repository export (`com.atproto.sync.getRepo`, "Export my data" in the app) is a CAR v1
//! file: a varint-prefixed DAG-CBOR header naming the root, then blocks, each a varint length, a
//! CID and the DAG-CBOR bytes. The root is the signed commit (`did`, `data`); `data` is the root of
//! a Merkle search tree whose keys are `collection/rkey` and whose values are the records' CIDs.
//! The reader walks that tree, so every record gets its real `at://did/collection/rkey` URI, the
//! id replies use to point at their parent. Each block's SHA-256 is checked against its CID.
//!
//! JSON records are what `com.atproto.repo.listRecords` returns (`{"records": [{"uri", "cid",
//! "value"}]}`), a JSON array of such entries, or JSON Lines of them.
//!
//! From the records: `app.bsky.feed.post` (text, `reply.parent.uri`, `reply.root.uri`, mention
//! facets holding DIDs) and `app.bsky.feed.repost` become items; `app.bsky.feed.like` records are
//! counted as likes given. Everything in a repository is its owner's, and an export names the
//! owner only by DID (the handle lives elsewhere), so authors and mentions are DIDs.
//!
//! Limits: a CAR file is read into memory whole (the tree must be walked from its root, which
//! real exports write first but nothing requires), so a repository costs its size in memory; JSON
//! arrays are read whole too, JSON Lines are streamed. `createdAt` is set by the posting client and
//! can be wrong or odd: it is kept as written when it parses, and an item whose `createdAt` does
//! not parse is kept undated with a warning.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use ciborium::Value as Cbor;
use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::source::RecordGuard;
use super::text::head;
use super::{Import, InputError, Source, Warning};
use crate::model::{Account, Direction, Item, Kind, Origin, Platform};

const POST: &str = "app.bsky.feed.post";
const REPOST: &str = "app.bsky.feed.repost";
const LIKE: &str = "app.bsky.feed.like";
const MENTION: &str = "app.bsky.richtext.facet#mention";
/// How much of a JSON file's first line is read to tell JSON Lines from one JSON document.
const DETECT_LINE: u64 = 1 << 20;
/// How deep the reader follows the repository's tree. Each level holds about 16 times more keys
/// than the one below, so real trees are a handful of levels deep; a crafted chain of nodes
/// would otherwise recurse until the stack overflows.
const MAX_TREE_DEPTH: usize = 64;
/// The CBOR tag DAG-CBOR uses for links (CIDs).
const CID_TAG: u64 = 42;

/// What a Bluesky file holds: a repository (CAR) or JSON records.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Car,
    Json,
}

fn near_root(source: &Source, name: &str) -> bool {
    let depth = name.matches('/').count();
    depth == 0 || (source.is_zip() && depth == 1)
}

fn classify_file(source: &mut Source, name: &str) -> Option<FileKind> {
    let h = head(source, name, 16 * 1024)?;
    if car_header(&h).is_ok() {
        return Some(FileKind::Car);
    }
    let s = String::from_utf8_lossy(&h);
    let t = s.trim_start_matches('\u{feff}').trim_start();
    let json = t.starts_with('[') || t.starts_with('{');
    (json && s.contains("\"at://did:") && s.contains("\"app.bsky.feed.")).then_some(FileKind::Json)
}

fn files(source: &mut Source) -> Vec<(String, FileKind)> {
    let candidates: Vec<String> = if source.is_single_file() {
        source.names().to_vec()
    } else {
        source.find_all(|n| {
            let l = n.to_ascii_lowercase();
            near_root(source, n)
                && [".car", ".json", ".jsonl", ".ndjson"]
                    .iter()
                    .any(|e| l.ends_with(e))
        })
    };
    candidates
        .into_iter()
        .filter_map(|n| classify_file(source, &n).map(|k| (n, k)))
        .collect()
}

/// Matches a CAR v1 file (by its header) or JSON records holding `at://` URIs and
/// `app.bsky.feed.*` values.
pub fn sniff(source: &mut Source) -> Option<Vec<String>> {
    let files: Vec<String> = files(source).into_iter().map(|(n, _)| n).collect();
    (!files.is_empty()).then_some(files)
}

/// Reads every repository and records file of the input.
pub fn import(source: &mut Source, input: usize) -> Result<Import, InputError> {
    let mut import = Import::default();
    for (name, kind) in files(source) {
        let mut reader = Reader {
            input,
            file: name.clone(),
            described: source.describe(&name),
            import: &mut import,
            likes: 0,
            owners: Vec::new(),
        };
        match kind {
            FileKind::Car => {
                let bytes = source.read_to_vec(&name)?;
                reader.car(&bytes)?;
            }
            FileKind::Json => {
                let limit = source.limits().max_record_bytes;
                let guard = RecordGuard::new(limit);
                let entry = guard.wrap(source.open_entry(&name)?);
                reader.json(BufReader::with_capacity(1 << 16, entry), &guard, limit)?;
            }
        }
        let (likes, owners) = (reader.likes, reader.owners);
        // A repository holds every like its owner gave, so none is a count of zero; JSON
        // records hold whatever collections were listed, so only likes seen say anything.
        if likes > 0 || kind == FileKind::Car {
            *import.likes_given.get_or_insert(0) += likes;
        }
        for did in owners {
            let account = Account {
                platform: Some(Platform::Bluesky),
                handle: did.clone(),
                id: Some(did),
            };
            if !import.accounts.contains(&account) {
                import.accounts.push(account);
            }
        }
        import.files.push(name);
    }
    Ok(import)
}

/// Reads an unsigned LEB128 varint at `*pos`, advancing it.
fn varint(bytes: &[u8], pos: &mut usize) -> Result<u64, String> {
    let mut value: u64 = 0;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*pos).ok_or("the file ends inside a length")?;
        *pos += 1;
        value |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err("a length runs past 64 bits".to_string())
}

/// The CID at the start of a block section, as its bytes; `pos` moves past it.
fn read_cid<'a>(bytes: &'a [u8], pos: &mut usize) -> Result<&'a [u8], String> {
    let start = *pos;
    if bytes.get(start..start + 2) == Some(&[0x12, 0x20]) {
        // CIDv0: a bare SHA-256 multihash.
        *pos += 34;
    } else {
        let version = varint(bytes, pos)?;
        if version != 1 {
            return Err(format!("CID version {version} is not 0 or 1"));
        }
        varint(bytes, pos)?; // codec
        varint(bytes, pos)?; // multihash function
        let len = varint(bytes, pos)?;
        *pos = usize::try_from(len)
            .ok()
            .and_then(|l| pos.checked_add(l))
            .ok_or("a CID's digest length is impossible")?;
    }
    bytes
        .get(start..*pos)
        .ok_or_else(|| "the file ends inside a CID".to_string())
}

/// The digest a CID promises, when it is SHA-256 (the only hash atproto uses).
fn sha256_digest(cid: &[u8]) -> Option<&[u8]> {
    if cid.len() == 34 && cid[0] == 0x12 {
        return Some(&cid[2..]);
    }
    let mut pos = 0;
    varint(cid, &mut pos).ok()?;
    varint(cid, &mut pos).ok()?;
    let code = varint(cid, &mut pos).ok()?;
    let len = varint(cid, &mut pos).ok()?;
    (code == 0x12 && len == 32).then(|| &cid[pos..])
}

/// The header's roots, checking it is a CAR v1 header.
fn car_header(bytes: &[u8]) -> Result<(Vec<Vec<u8>>, usize), String> {
    let mut pos = 0;
    let len = varint(bytes, &mut pos)? as usize;
    if len == 0 || len > 1 << 20 {
        return Err("no CAR header".to_string());
    }
    let end = pos + len;
    let header = bytes
        .get(pos..end)
        .ok_or("the file ends inside the CAR header")?;
    let v: Cbor =
        ciborium::from_reader(header).map_err(|e| format!("the CAR header is not CBOR: {e}"))?;
    if field(&v, "version").and_then(|v| v.as_integer()) != Some(1.into()) {
        return Err("not a CAR version 1 header".to_string());
    }
    let roots = field(&v, "roots")
        .and_then(Cbor::as_array)
        .ok_or("the CAR header has no roots")?
        .iter()
        .filter_map(link)
        .collect();
    Ok((roots, end))
}

fn field<'a>(v: &'a Cbor, key: &str) -> Option<&'a Cbor> {
    v.as_map()?
        .iter()
        .find(|(k, _)| k.as_text() == Some(key))
        .map(|(_, v)| v)
}

/// The CID bytes of a DAG-CBOR link (tag 42 over a byte string with a leading 0x00).
fn link(v: &Cbor) -> Option<Vec<u8>> {
    match v {
        Cbor::Tag(CID_TAG, inner) => inner
            .as_bytes()
            .and_then(|b| b.strip_prefix(&[0u8]))
            .map(<[u8]>::to_vec),
        _ => None,
    }
}

/// A record as JSON, so CAR and JSON records go through one conversion. Links become
/// `{"$link": "<hex>"}` and byte strings `{"$bytes": <length>}`: nothing read from records needs
/// their contents.
fn to_json(v: &Cbor) -> Value {
    match v {
        Cbor::Integer(i) => {
            let n = i128::from(*i);
            i64::try_from(n)
                .map(Value::from)
                .unwrap_or_else(|_| Value::from(n as f64))
        }
        Cbor::Float(f) => Value::from(*f),
        Cbor::Text(s) => Value::String(s.clone()),
        Cbor::Bool(b) => Value::Bool(*b),
        Cbor::Null => Value::Null,
        Cbor::Array(a) => Value::Array(a.iter().map(to_json).collect()),
        Cbor::Map(m) => Value::Object(
            m.iter()
                .filter_map(|(k, v)| Some((k.as_text()?.to_string(), to_json(v))))
                .collect(),
        ),
        Cbor::Tag(CID_TAG, _) => {
            let hex: String = link(v)
                .unwrap_or_default()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            serde_json::json!({ "$link": hex })
        }
        Cbor::Tag(_, inner) => to_json(inner),
        Cbor::Bytes(b) => serde_json::json!({ "$bytes": b.len() }),
        _ => Value::Null,
    }
}

struct Reader<'a> {
    input: usize,
    file: String,
    described: String,
    import: &'a mut Import,
    likes: u64,
    owners: Vec<String>,
}

impl Reader<'_> {
    fn error(&self, place: Option<String>, message: impl Into<String>) -> InputError {
        InputError::new(Path::new(&self.described), place, message)
    }

    fn warn(&mut self, place: String, message: String, skipped: u64) {
        self.import.warnings.push(Warning {
            file: self.described.clone(),
            place: Some(place),
            message,
            skipped,
        });
    }

    fn car(&mut self, bytes: &[u8]) -> Result<(), InputError> {
        let (roots, mut pos) =
            car_header(bytes).map_err(|e| self.error(Some("header".into()), e))?;
        let mut blocks: HashMap<&[u8], &[u8]> = HashMap::new();
        let mut n = 0u64;
        while pos < bytes.len() {
            n += 1;
            let at = pos;
            let section = varint(bytes, &mut pos)
                .map_err(|e| e.to_string())
                .and_then(|len| {
                    let end = pos
                        .checked_add(len as usize)
                        .filter(|&e| e <= bytes.len())
                        .ok_or("the file ends inside a block")?;
                    let mut p = pos;
                    let cid = read_cid(bytes, &mut p)?;
                    if p > end {
                        return Err("a block is shorter than its CID".to_string());
                    }
                    pos = end;
                    Ok((cid, &bytes[p..end]))
                });
            match section {
                Ok((cid, data)) => {
                    if let Some(digest) = sha256_digest(cid)
                        && Sha256::digest(data).as_slice() != digest
                    {
                        self.warn(
                            format!("block {n} at byte {at}"),
                            "the block's content does not match its CID; left out".into(),
                            0,
                        );
                        continue;
                    }
                    blocks.insert(cid, data);
                }
                Err(e) => {
                    // Without a trustworthy length nothing after this point can be framed.
                    self.warn(
                        format!("block {n} at byte {at}"),
                        format!(
                            "the file is damaged ({e}); the blocks after this point were not read"
                        ),
                        0,
                    );
                    break;
                }
            }
        }
        let root = roots
            .first()
            .ok_or_else(|| self.error(Some("header".into()), "the CAR header names no root"))?;
        let commit = blocks
            .get(root.as_slice())
            .and_then(|b| ciborium::from_reader::<Cbor, _>(*b).ok())
            .ok_or_else(|| self.error(None, "the root commit block is missing or unreadable"))?;
        let did = field(&commit, "did")
            .and_then(Cbor::as_text)
            .ok_or_else(|| self.error(None, "the root commit names no did"))?
            .to_string();
        let data = field(&commit, "data")
            .and_then(link)
            .ok_or_else(|| self.error(None, "the root commit has no data link"))?;
        self.owners.push(did.clone());
        let mut entries = Vec::new();
        let mut seen = HashSet::new();
        self.walk_mst(&blocks, &data, &mut entries, &mut seen, 0);
        for (record, (key, cid)) in entries.into_iter().enumerate() {
            let record = record as u64 + 1;
            let Some((collection, rkey)) = key.split_once('/') else {
                continue;
            };
            if ![POST, REPOST, LIKE].contains(&collection) {
                continue;
            }
            let value = match blocks
                .get(cid.as_slice())
                .ok_or("the record's block is missing".to_string())
                .and_then(|b| {
                    ciborium::from_reader::<Cbor, _>(*b)
                        .map_err(|e| format!("the record is not DAG-CBOR: {e}"))
                }) {
                Ok(v) => to_json(&v),
                Err(e) => {
                    self.warn(format!("record {key}"), format!("{e}; skipped"), 1);
                    continue;
                }
            };
            let uri = format!("at://{did}/{collection}/{rkey}");
            self.record(&uri, &value, record, key.clone());
        }
        Ok(())
    }

    /// In-order walk of the Merkle search tree: left subtree, then each entry and its right
    /// subtree. Keys are prefix-compressed against the previous key of the same node.
    fn walk_mst(
        &mut self,
        blocks: &HashMap<&[u8], &[u8]>,
        node: &[u8],
        out: &mut Vec<(String, Vec<u8>)>,
        seen: &mut HashSet<Vec<u8>>,
        depth: usize,
    ) {
        if !seen.insert(node.to_vec()) {
            return;
        }
        if depth >= MAX_TREE_DEPTH {
            self.warn(
                "repository tree".into(),
                format!(
                    "the tree is more than {MAX_TREE_DEPTH} levels deep (a real repository's is a handful): the records under that level were not read"
                ),
                1,
            );
            return;
        }
        let Some(v) = blocks
            .get(node)
            .and_then(|b| ciborium::from_reader::<Cbor, _>(*b).ok())
        else {
            self.warn(
                "repository tree".into(),
                "a tree node is missing or unreadable: the records under it were not read".into(),
                1,
            );
            return;
        };
        if let Some(left) = field(&v, "l").and_then(link) {
            self.walk_mst(blocks, &left, out, seen, depth + 1);
        }
        let mut prev: Vec<u8> = Vec::new();
        for e in field(&v, "e")
            .and_then(Cbor::as_array)
            .into_iter()
            .flatten()
        {
            let p = field(e, "p")
                .and_then(Cbor::as_integer)
                .and_then(|i| usize::try_from(i).ok())
                .unwrap_or(0)
                .min(prev.len());
            let suffix = field(e, "k").and_then(Cbor::as_bytes);
            let value = field(e, "v").and_then(link);
            let (Some(suffix), Some(value)) = (suffix, value) else {
                self.warn(
                    "repository tree".into(),
                    "a tree entry has no key or value; skipped".into(),
                    1,
                );
                continue;
            };
            let mut key = prev[..p].to_vec();
            key.extend_from_slice(suffix);
            out.push((String::from_utf8_lossy(&key).into_owned(), value));
            prev = key;
            if let Some(right) = field(e, "t").and_then(link) {
                self.walk_mst(blocks, &right, out, seen, depth + 1);
            }
        }
    }

    /// JSON Lines (read line by line) or one JSON document (streamed element by element), each
    /// record bounded by `guard`.
    fn json(
        &mut self,
        mut reader: impl BufRead,
        guard: &RecordGuard,
        limit: u64,
    ) -> Result<(), InputError> {
        // Read the first line whole to tell a JSON document from JSON Lines (a reader may hand
        // out the start of the file in small pieces, so a peek at its buffer is not enough). A
        // record is a few kilobytes, so a first line longer than a megabyte is the start of one
        // document written on one line, which may run to any size: it is streamed, not held.
        let cap = DETECT_LINE.min(limit);
        let mut first = Vec::new();
        let n = (&mut reader)
            .take(cap)
            .read_until(b'\n', &mut first)
            .map_err(|e| self.error(Some("line 1".into()), e.to_string()))?;
        let whole_line = first.ends_with(b"\n") || (n as u64) < cap;
        let t = trim_record(&first);
        let is_lines = whole_line
            && t.starts_with(b"{")
            && serde_json::from_slice::<Value>(t).is_ok_and(|v| v.get("records").is_none());
        if is_lines {
            return self.json_lines(first, reader, guard);
        }
        let doc = std::io::Cursor::new(first).chain(reader);
        let mut de = serde_json::Deserializer::from_reader(doc);
        let mut read = 0u64;
        let mut seen_records = false;
        let result = de
            .deserialize_any(DocVisitor {
                on_entry: &mut |entry: Value| {
                    read += 1;
                    self.entry(&entry, read, format!("record {read}"));
                    guard.next_record();
                },
                seen_records: &mut seen_records,
            })
            .and_then(|()| de.end());
        let place_of = |e: &serde_json::Error| format!("line {}, column {}", e.line(), e.column());
        match result {
            Ok(()) => Ok(()),
            Err(e) if e.is_io() => {
                let place = format!("{}, after record {read}", place_of(&e));
                let io = std::io::Error::from(e);
                Err(self.error(Some(place), io.to_string()))
            }
            Err(e) if read == 0 => Err(self.error(
                Some(place_of(&e)),
                format!("not readable JSON records: {e}"),
            )),
            Err(e) => {
                self.warn(
                    format!("{}, after record {read}", place_of(&e)),
                    format!(
                        "the file is damaged ({e}); the {read} records before this point were read, the rest skipped"
                    ),
                    1,
                );
                Ok(())
            }
        }
    }

    fn json_lines(
        &mut self,
        first: Vec<u8>,
        mut reader: impl BufRead,
        guard: &RecordGuard,
    ) -> Result<(), InputError> {
        let mut record = 0u64;
        let mut line_no = 1u64;
        let mut line = first;
        loop {
            let t = trim_record(&line);
            if !t.is_empty() {
                record += 1;
                match serde_json::from_slice::<Value>(t) {
                    Ok(entry) => self.entry(&entry, record, format!("line {line_no}")),
                    Err(e) => self.warn(
                        format!("line {line_no}"),
                        format!("not a JSON record ({e}); skipped"),
                        1,
                    ),
                }
            }
            guard.next_record();
            line.clear();
            line_no += 1;
            let n = reader
                .read_until(b'\n', &mut line)
                .map_err(|e| self.error(Some(format!("line {line_no}")), e.to_string()))?;
            if n == 0 {
                return Ok(());
            }
        }
    }

    /// One `{"uri", "cid", "value"}` entry of JSON records.
    fn entry(&mut self, entry: &Value, record: u64, place: String) {
        let Some(uri) = entry.get("uri").and_then(Value::as_str) else {
            self.warn(place, "the record has no `uri`; skipped".into(), 1);
            return;
        };
        let Some(did) = uri
            .strip_prefix("at://")
            .and_then(|r| r.split('/').next())
            .filter(|d| d.starts_with("did:"))
        else {
            self.warn(
                place,
                format!("`{uri}` is not an at://did:... record uri; skipped"),
                1,
            );
            return;
        };
        if !self.owners.iter().any(|o| o == did) {
            self.owners.push(did.to_string());
        }
        let value = entry.get("value").unwrap_or(entry);
        self.record(uri, value, record, place);
    }

    fn record(&mut self, uri: &str, value: &Value, record: u64, place: String) {
        let mut parts = uri.trim_start_matches("at://").splitn(3, '/');
        let did = parts.next().unwrap_or_default().to_string();
        let collection = parts.next().unwrap_or_default();
        let rkey = parts.next().unwrap_or_default();
        let kind = value
            .get("$type")
            .and_then(Value::as_str)
            .unwrap_or(collection);
        if kind == LIKE {
            self.likes += 1;
            return;
        }
        if kind != POST && kind != REPOST {
            return;
        }
        let mut item = Item::new(Platform::Bluesky, uri, &did);
        item.author_id = Some(did.clone().into());
        item.direction = Some(Direction::Outbound);
        item.origin = Origin::new(self.input, &self.file, record);
        if let Some(raw) = value.get("createdAt").and_then(Value::as_str) {
            item.set_created_at(parse_created_at(raw));
            if item.created_at().is_none() {
                self.warn(
                    place.clone(),
                    format!("createdAt `{raw}` is not a time; the item is kept undated"),
                    0,
                );
            }
        }
        if kind == REPOST {
            item.kind = Kind::Repost;
            item.url = value
                .pointer("/subject/uri")
                .and_then(Value::as_str)
                .and_then(web_url)
                .into();
        } else {
            item.text = value
                .get("text")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
                .into();
            item.in_reply_to = value
                .pointer("/reply/parent/uri")
                .and_then(Value::as_str)
                .map(str::to_string)
                .map(Into::into);
            item.conversation_hint = value
                .pointer("/reply/root/uri")
                .and_then(Value::as_str)
                .map(str::to_string)
                .into();
            item.in_reply_to_author = item
                .in_reply_to
                .as_deref()
                .and_then(uri_did)
                .map(Into::into);
            item.kind = if item.in_reply_to.is_some() {
                Kind::Reply
            } else {
                Kind::Post
            };
            item.mentions = mentions(value).into_iter().collect();
            item.url = web_url(uri).into();
        }
        if item.id.is_empty() || rkey.is_empty() {
            self.warn(place, format!("`{uri}` names no record key; skipped"), 1);
            return;
        }
        self.import.items.push(item);
    }
}

/// A line or document with white space and a byte-order mark trimmed off.
fn trim_record(bytes: &[u8]) -> &[u8] {
    let b = bytes.trim_ascii();
    b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b).trim_ascii()
}

/// A JSON document of records: an array of entries, or an object whose `records` array holds
/// them; every entry is handed to `on_entry` as it is read, never the whole document at once.
struct DocVisitor<'a> {
    on_entry: &'a mut dyn FnMut(Value),
    seen_records: &'a mut bool,
}

impl<'de> Visitor<'de> for DocVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON array of records or an object with a `records` array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        RecordsSeed {
            on_entry: self.on_entry,
        }
        .visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "records" {
                *self.seen_records = true;
                map.next_value_seed(RecordsSeed {
                    on_entry: &mut *self.on_entry,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        if !*self.seen_records {
            return Err(de::Error::custom("a JSON object without a `records` array"));
        }
        Ok(())
    }
}

struct RecordsSeed<'a> {
    on_entry: &'a mut dyn FnMut(Value),
}

impl<'de> DeserializeSeed<'de> for RecordsSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for RecordsSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(v) = seq.next_element::<Value>()? {
            (self.on_entry)(v);
        }
        Ok(())
    }
}

/// The DID of an `at://did/collection/rkey` URI.
fn uri_did(uri: &str) -> Option<String> {
    uri.strip_prefix("at://")?
        .split('/')
        .next()
        .filter(|d| d.starts_with("did:"))
        .map(str::to_string)
}

/// `https://bsky.app/profile/<did>/post/<rkey>` for a post URI.
fn web_url(uri: &str) -> Option<String> {
    let rest = uri.strip_prefix("at://")?;
    let mut parts = rest.splitn(3, '/');
    let (did, collection, rkey) = (parts.next()?, parts.next()?, parts.next()?);
    (collection == POST).then(|| format!("https://bsky.app/profile/{did}/post/{rkey}"))
}

/// The DIDs of the mention facets.
fn mentions(value: &Value) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for facet in value
        .get("facets")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        for feature in facet
            .get("features")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if feature.get("$type").and_then(Value::as_str) == Some(MENTION)
                && let Some(did) = feature.get("did").and_then(Value::as_str)
                && !out.iter().any(|d| d == did)
            {
                out.push(did.to_string());
            }
        }
    }
    out
}

/// An RFC 3339 time; a client that left out the offset meant UTC.
fn parse_created_at(s: &str) -> Option<Timestamp> {
    let s = s.trim();
    s.parse::<Timestamp>().ok().or_else(|| {
        s.parse::<DateTime>()
            .ok()
            .and_then(|dt| dt.to_zoned(TimeZone::UTC).ok())
            .map(|z| z.timestamp())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small_limit(name: &str, bytes: Vec<u8>) -> Source {
        let limits = crate::ingest::Limits {
            max_record_bytes: 2000,
            ..crate::ingest::Limits::default()
        };
        Source::from_files("export", vec![(name.into(), bytes)], &limits)
    }

    fn post(n: usize, text: &str) -> String {
        format!(
            r#"{{"uri":"at://did:plc:org/app.bsky.feed.post/3k{n}","cid":"bafy","value":{{"$type":"app.bsky.feed.post","text":"{text}","createdAt":"2025-08-04T10:00:00Z"}}}}"#
        )
    }

    #[test]
    fn a_one_line_json_document_far_larger_than_the_record_limit_is_read_record_by_record() {
        let records: Vec<String> = (0..300).map(|n| post(n, "hello")).collect();
        let doc = format!(r#"{{"records":[{}],"cursor":"x"}}"#, records.join(","));
        assert!(doc.len() > 20 * 2000 && !doc.contains('\n'));
        let import = import(&mut small_limit("records.json", doc.into_bytes()), 0).unwrap();
        assert_eq!(import.items.len(), 300);
        assert!(import.warnings.is_empty(), "{:?}", import.warnings);
    }

    #[test]
    fn a_json_line_over_the_record_limit_is_an_error_naming_the_file_line_and_limit() {
        let lines = format!("{}\n{}\n", post(1, "short"), post(2, &"a".repeat(5000)));
        let err = import(&mut small_limit("records.jsonl", lines.into_bytes()), 0).unwrap_err();
        assert_eq!(err.path, "export/records.jsonl");
        assert_eq!(err.place.as_deref(), Some("line 2"));
        assert!(
            err.message
                .contains("one record is longer than the limit of 2000 bytes"),
            "{err}"
        );
    }

    #[test]
    fn a_crafted_chain_of_tree_nodes_stops_at_the_depth_limit_instead_of_overflowing_the_stack() {
        // Node i links to node i + 1 as its left subtree, 100 000 levels deep.
        let n = 100_000u32;
        let cid = |i: u32| {
            let mut c = vec![0x01, 0x71, 0x00, 0x04];
            c.extend(i.to_be_bytes());
            c
        };
        let cids: Vec<Vec<u8>> = (0..n).map(cid).collect();
        let nodes: Vec<Vec<u8>> = (0..n)
            .map(|i| {
                let mut link = vec![0u8];
                link.extend(cid(i + 1));
                let node = Cbor::Map(vec![
                    (
                        Cbor::Text("l".into()),
                        Cbor::Tag(CID_TAG, Box::new(Cbor::Bytes(link))),
                    ),
                    (Cbor::Text("e".into()), Cbor::Array(vec![])),
                ]);
                let mut out = Vec::new();
                ciborium::into_writer(&node, &mut out).unwrap();
                out
            })
            .collect();
        let blocks: HashMap<&[u8], &[u8]> = cids
            .iter()
            .zip(&nodes)
            .map(|(c, b)| (c.as_slice(), b.as_slice()))
            .collect();
        let mut import = Import::default();
        let mut reader = Reader {
            input: 0,
            file: "repo.car".into(),
            described: "repo.car".into(),
            import: &mut import,
            likes: 0,
            owners: Vec::new(),
        };
        let mut out = Vec::new();
        reader.walk_mst(&blocks, &cids[0], &mut out, &mut HashSet::new(), 0);
        assert!(out.is_empty());
        assert_eq!(import.warnings.len(), 1, "{:?}", import.warnings);
        assert!(
            import.warnings[0]
                .message
                .contains("more than 64 levels deep")
        );
    }

    #[test]
    fn varints_decode_and_refuse_to_run_forever() {
        let mut pos = 0;
        assert_eq!(varint(&[0xac, 0x02], &mut pos).unwrap(), 300);
        assert_eq!(pos, 2);
        let mut pos = 0;
        assert!(varint(&[0xff; 11], &mut pos).is_err());
        let mut pos = 0;
        assert!(varint(&[0x80], &mut pos).is_err());
    }

    #[test]
    fn odd_created_at_values_parse_or_are_none() {
        assert_eq!(
            parse_created_at("2024-05-01T10:00:00.123Z")
                .unwrap()
                .to_string(),
            "2024-05-01T10:00:00.123Z"
        );
        assert_eq!(
            parse_created_at("2024-05-01T10:00:00").unwrap().to_string(),
            "2024-05-01T10:00:00Z"
        );
        assert_eq!(
            parse_created_at("0001-01-01T00:00:00Z")
                .unwrap()
                .to_string(),
            "0001-01-01T00:00:00Z"
        );
        assert_eq!(parse_created_at("yesterday"), None);
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_after_a_car_header_are_read_without_panicking(
            tail in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..600)
        ) {
            // A header naming one root (a CIDv1 with a 32-byte digest), then arbitrary blocks.
            let mut root = vec![0x00, 0x01, 0x71, 0x12, 0x20];
            root.extend([7u8; 32]);
            let header = Cbor::Map(vec![
                (Cbor::Text("roots".into()), Cbor::Array(vec![Cbor::Tag(CID_TAG, Box::new(Cbor::Bytes(root)))])),
                (Cbor::Text("version".into()), Cbor::Integer(1.into())),
            ]);
            let mut body = Vec::new();
            ciborium::into_writer(&header, &mut body).unwrap();
            let mut bytes = vec![body.len() as u8];
            bytes.extend(body);
            bytes.extend(tail);
            let mut import = Import::default();
            let mut reader = Reader {
                input: 0,
                file: "repo.car".into(),
                described: "repo.car".into(),
                import: &mut import,
                likes: 0,
                owners: Vec::new(),
            };
            let _ = reader.car(&bytes);
        }
    }

    #[test]
    fn web_urls_only_for_posts() {
        assert_eq!(
            web_url("at://did:plc:abc/app.bsky.feed.post/3k2").as_deref(),
            Some("https://bsky.app/profile/did:plc:abc/post/3k2")
        );
        assert_eq!(web_url("at://did:plc:abc/app.bsky.feed.repost/3k2"), None);
    }
}

//! The Bluesky importer: JSON records (listRecords output and JSON Lines) from fixtures, and
//! repository exports (CAR v1 of DAG-CBOR) that this test encodes itself from the same records,
//! with a real Merkle-search-tree layout, CIDs and block framing, then damages on purpose.

mod common;

use std::path::Path;

use ciborium::Value as Cbor;
use common::{assert_snapshot, fixture, load_err, load_one, render};
use earshot::ingest::Format;
use earshot::model::{Account, Kind, Platform};
use serde_json::Value;
use sha2::{Digest, Sha256};

const OWNER: &str = "did:plc:harbourlane7x2k";

/// A JSON value as DAG-CBOR would hold it (no floats or links occur in these records).
fn to_cbor(v: &Value) -> Cbor {
    match v {
        Value::Null => Cbor::Null,
        Value::Bool(b) => Cbor::Bool(*b),
        Value::Number(n) => Cbor::Integer(n.as_i64().expect("integers only").into()),
        Value::String(s) => Cbor::Text(s.clone()),
        Value::Array(a) => Cbor::Array(a.iter().map(to_cbor).collect()),
        Value::Object(o) => Cbor::Map(
            o.iter()
                .map(|(k, v)| (Cbor::Text(k.clone()), to_cbor(v)))
                .collect(),
        ),
    }
}

fn encode(v: &Cbor) -> Vec<u8> {
    let mut out = Vec::new();
    ciborium::into_writer(v, &mut out).unwrap();
    out
}

/// CIDv1, dag-cbor codec (0x71), SHA-256 multihash.
fn cid_of(block: &[u8]) -> Vec<u8> {
    let mut cid = vec![0x01, 0x71, 0x12, 0x20];
    cid.extend_from_slice(&Sha256::digest(block));
    cid
}

/// A DAG-CBOR link: tag 42 over the CID with the identity multibase prefix.
fn link(cid: &[u8]) -> Cbor {
    let mut b = vec![0x00];
    b.extend_from_slice(cid);
    Cbor::Tag(42, Box::new(Cbor::Bytes(b)))
}

fn varint(mut n: u64) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return out;
        }
        out.push(b | 0x80);
    }
}

fn map(pairs: Vec<(&str, Cbor)>) -> Cbor {
    Cbor::Map(
        pairs
            .into_iter()
            .map(|(k, v)| (Cbor::Text(k.into()), v))
            .collect(),
    )
}

/// Blocks in the order they are added.
#[derive(Default)]
struct Blocks(Vec<(Vec<u8>, Vec<u8>)>);

impl Blocks {
    fn add(&mut self, v: &Cbor) -> Vec<u8> {
        let data = encode(v);
        let cid = cid_of(&data);
        self.0.push((cid.clone(), data));
        cid
    }
}

/// One tree entry: key, record CID, right subtree.
type Entry = (String, Vec<u8>, Option<Vec<u8>>);

/// A tree node: an optional left subtree and entries, keys prefix-compressed against the
/// previous entry as the atproto spec describes.
fn mst_node(left: Option<&[u8]>, entries: &[Entry]) -> Cbor {
    let mut prev = String::new();
    let mut e = Vec::new();
    for (key, value, right) in entries {
        let p = prev
            .bytes()
            .zip(key.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        e.push(map(vec![
            ("p", Cbor::Integer(p.into())),
            ("k", Cbor::Bytes(key.as_bytes()[p..].to_vec())),
            ("v", link(value)),
            ("t", right.as_deref().map(link).unwrap_or(Cbor::Null)),
        ]));
        prev = key.clone();
    }
    map(vec![
        ("l", left.map(link).unwrap_or(Cbor::Null)),
        ("e", Cbor::Array(e)),
    ])
}

/// A repository export holding the records of `records.json`: the commit first, then the tree
/// nodes, then the records, as `com.atproto.sync.getRepo` writes them.
fn car_from_records(records: &Value) -> Vec<u8> {
    let mut record_blocks = Blocks::default();
    let mut leaves: Vec<(String, Vec<u8>)> = records["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let uri = r["uri"].as_str().unwrap();
            // `at://did/collection/rkey` -> `collection/rkey`, the tree's key.
            let key = uri.splitn(4, '/').nth(3).unwrap().to_string();
            (key, record_blocks.add(&to_cbor(&r["value"])))
        })
        .collect();
    leaves.sort();
    assert!(leaves.len() >= 6, "the layout below needs six records");
    let mut tree = Blocks::default();
    let entry =
        |i: usize, right: Option<Vec<u8>>| (leaves[i].0.clone(), leaves[i].1.clone(), right);
    let left = tree.add(&mst_node(None, &[entry(0, None), entry(1, None)]));
    let right = tree.add(&mst_node(None, &[entry(3, None), entry(4, None)]));
    let mut top = vec![entry(2, Some(right))];
    top.extend((5..leaves.len()).map(|i| entry(i, None)));
    let root = tree.add(&mst_node(Some(&left), &top));
    let mut commit = Blocks::default();
    let commit_cid = commit.add(&map(vec![
        ("did", Cbor::Text(OWNER.into())),
        ("version", Cbor::Integer(3.into())),
        ("data", link(&root)),
        ("rev", Cbor::Text("3kzzzzzzzzz22".into())),
        ("prev", Cbor::Null),
        ("sig", Cbor::Bytes(vec![7; 64])),
    ]));
    let header = encode(&map(vec![
        ("roots", Cbor::Array(vec![link(&commit_cid)])),
        ("version", Cbor::Integer(1.into())),
    ]));
    let mut out = varint(header.len() as u64);
    out.extend(header);
    for (cid, data) in commit.0.iter().chain(&tree.0).chain(&record_blocks.0) {
        out.extend(varint((cid.len() + data.len()) as u64));
        out.extend(cid);
        out.extend(data);
    }
    out
}

fn records() -> Value {
    serde_json::from_slice(&std::fs::read(fixture("bluesky/records.json")).unwrap()).unwrap()
}

fn write_car(dir: &Path, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join("repo.car");
    std::fs::write(&path, bytes).unwrap();
    path
}

fn sorted_lines(s: &str) -> Vec<String> {
    let mut v: Vec<String> = s.lines().map(str::to_string).collect();
    v.sort();
    v
}

#[test]
fn json_records_read_as_the_snapshot() {
    let loaded = load_one(&fixture("bluesky/records.json"), Format::Bluesky);
    assert_snapshot(
        "bluesky/records.expected",
        &render(&loaded.import.items, true),
    );
    assert_eq!(loaded.import.likes_given, Some(2));
    assert_eq!(
        loaded.import.accounts,
        vec![Account {
            platform: Some(Platform::Bluesky),
            handle: OWNER.into(),
            id: Some(OWNER.into()),
        }]
    );
}

#[test]
fn a_created_at_that_is_not_a_time_keeps_the_item_undated_with_a_warning() {
    let loaded = load_one(&fixture("bluesky/records.json"), Format::Bluesky);
    let odd = loaded
        .import
        .items
        .iter()
        .find(|it| it.id.ends_with("/3kodd000007"))
        .unwrap();
    assert_eq!(odd.created_at(), None);
    assert_eq!(loaded.import.warnings.len(), 1);
    let w = &loaded.import.warnings[0];
    assert_eq!(w.place.as_deref(), Some("record 7"));
    assert_eq!(w.skipped, 0);
    assert!(w.message.contains("2024-13-45T99:00:00Z"));
}

#[test]
fn replies_reposts_and_mentions_come_from_the_records() {
    let loaded = load_one(&fixture("bluesky/records.json"), Format::Bluesky);
    let get = |rkey: &str| {
        loaded
            .import
            .items
            .iter()
            .find(|it| it.id.ends_with(rkey))
            .unwrap()
    };
    let reply = get("/3kdana0003");
    assert_eq!(reply.kind, Kind::Reply);
    assert_eq!(
        reply.in_reply_to.as_deref(),
        Some("at://did:plc:danawhit3q/app.bsky.feed.post/3kdanareply")
    );
    assert_eq!(
        reply.conversation_hint.as_deref(),
        Some("at://did:plc:danawhit3q/app.bsky.feed.post/3kdanaroot")
    );
    assert_eq!(
        reply.in_reply_to_author.as_deref(),
        Some("did:plc:danawhit3q")
    );
    assert_eq!(reply.mentions[..], ["did:plc:danawhit3q"]);
    assert_eq!(get("/3krepost004").kind, Kind::Repost);
    assert_eq!(
        get("/3kself0002").in_reply_to_author.as_deref(),
        Some(OWNER)
    );
}

#[test]
fn json_lines_read_record_by_record_and_damaged_lines_are_warnings() {
    let loaded = load_one(&fixture("bluesky/records.jsonl"), Format::Bluesky);
    assert_eq!(loaded.import.items.len(), 3);
    let places: Vec<(&str, u64)> = loaded
        .import
        .warnings
        .iter()
        .map(|w| (w.place.as_deref().unwrap(), w.skipped))
        .collect();
    assert_eq!(places, vec![("line 3", 1), ("line 5", 1)]);
    assert!(loaded.import.warnings[1].message.contains("no `uri`"));
    // Only posts were listed: the file says nothing about likes given.
    assert_eq!(loaded.import.likes_given, None);
}

#[test]
fn a_car_repository_reads_the_same_items_as_its_json_records() {
    let dir = tempfile::tempdir().unwrap();
    let car = write_car(dir.path(), &car_from_records(&records()));
    let from_car = load_one(&car, Format::Bluesky);
    let from_json = load_one(&fixture("bluesky/records.json"), Format::Bluesky);
    assert_eq!(
        sorted_lines(&render(&from_car.import.items, false)),
        sorted_lines(&render(&from_json.import.items, false))
    );
    assert_eq!(from_car.import.likes_given, Some(2));
    assert_eq!(from_car.import.accounts, from_json.import.accounts);
    assert_eq!(from_car.matched, vec!["repo.car"]);
    // Records come out in key order, the tree's in-order walk.
    let ids: Vec<&str> = from_car
        .import
        .items
        .iter()
        .map(|it| it.id.as_str())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
}

#[test]
fn a_car_block_that_does_not_match_its_cid_is_left_out_with_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = car_from_records(&records());
    // The text of the first post sits in the last blocks; change one of its letters.
    let at = bytes.windows(10).rposition(|w| w == b"Sourdough ").unwrap();
    bytes[at] = b'Z';
    let loaded = load_one(&write_car(dir.path(), &bytes), Format::Bluesky);
    assert!(
        !loaded
            .import
            .items
            .iter()
            .any(|it| it.id.ends_with("/3kroot0001"))
    );
    assert_eq!(loaded.import.items.len(), 6);
    let messages: Vec<&str> = loaded
        .import
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("does not match its CID"))
    );
    assert!(messages.iter().any(|m| m.contains("block is missing")));
    assert!(
        loaded
            .import
            .warnings
            .iter()
            .all(|w| w.file.ends_with("repo.car"))
    );
}

#[test]
fn a_truncated_car_reads_what_it_holds_and_warns() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = car_from_records(&records());
    let cut = bytes.len() - 40;
    let loaded = load_one(&write_car(dir.path(), &bytes[..cut]), Format::Bluesky);
    assert!(loaded.import.items.len() < 7);
    assert!(
        loaded
            .import
            .warnings
            .iter()
            .any(|w| w.message.contains("the file is damaged"))
    );
}

#[test]
fn a_car_without_its_root_commit_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = car_from_records(&records());
    // Drop the first block (the commit) but keep the header that names it.
    let mut pos = 0;
    let header_len = bytes[0] as usize;
    pos += 1 + header_len;
    let mut len: usize = 0;
    let mut shift = 0;
    let start = pos;
    loop {
        let b = bytes[pos];
        pos += 1;
        len |= ((b & 0x7f) as usize) << shift;
        shift += 7;
        if b & 0x80 == 0 {
            break;
        }
    }
    let mut damaged = bytes[..start].to_vec();
    damaged.extend_from_slice(&bytes[pos + len..]);
    let e = load_err(&write_car(dir.path(), &damaged));
    assert!(e.path.ends_with("repo.car"), "{e}");
    assert!(e.message.contains("root commit"), "{e}");
}

#[test]
fn a_file_that_is_not_a_car_is_not_taken_for_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_car(dir.path(), b"\x0anot cbor at all, just bytes");
    let e = load_err(&path);
    assert!(e.path.ends_with("repo.car"), "{e}");
    assert!(e.message.contains("no known export format"), "{e}");
}

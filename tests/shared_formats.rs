//! Every real export file in the shared material (`../shared/formats/`, or the folder named by
//! `EARSHOT_SHARED`) that holds posts or comments is read without error or warning, and yields
//! the number of items it holds, counted here independently of the importers. Skips quietly when
//! the shared material is not there (a fresh clone).

use std::path::{Path, PathBuf};

use earshot::ingest::{self, Format, Limits};
use quick_xml::Reader;
use quick_xml::events::Event;
use serde_json::Value;

fn shared_formats() -> Option<PathBuf> {
    let root = std::env::var_os("EARSHOT_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let dir = root.join("formats");
    dir.is_dir().then_some(dir)
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.file_name().is_some_and(|n| n != "PROVENANCE.txt"));
    v.sort();
    v
}

/// Reads one file as an input of its own and returns its format and item count, failing on any
/// error or warning.
fn read(path: &Path) -> (Format, usize) {
    let mut results = ingest::load(path, 0, &Limits::default());
    assert_eq!(results.len(), 1, "{}", path.display());
    let loaded = results
        .pop()
        .unwrap()
        .unwrap_or_else(|e| panic!("{} was not read: {e}", path.display()));
    assert!(
        loaded.import.warnings.is_empty(),
        "{}: {:?}",
        path.display(),
        loaded.import.warnings
    );
    (loaded.format, loaded.import.items.len())
}

/// Activities in an outbox that are statuses or boosts. serde_json keeps the last of duplicate
/// keys, which in Mastodon 4.2's archives is the non-empty `orderedItems`.
fn count_outbox(v: &Value) -> usize {
    v["orderedItems"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|act| {
                    act["type"] == "Announce"
                        || (act["type"] == "Create" && act["object"].is_object())
                })
                .count()
        })
        .unwrap_or(0)
}

/// Published posts and pages, plus every comment of every item.
fn count_wxr(path: &Path) -> usize {
    let mut reader = Reader::from_file(path).unwrap();
    let mut buf = Vec::new();
    let (mut total, mut comments) = (0, 0);
    let (mut post_type, mut status, mut field) = (String::new(), String::new(), String::new());
    loop {
        match reader.read_event_into(&mut buf).unwrap() {
            Event::Start(e) => {
                field = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                match field.as_str() {
                    "item" => {
                        comments = 0;
                        post_type.clear();
                        status.clear();
                    }
                    "wp:comment" => comments += 1,
                    _ => {}
                }
            }
            Event::Text(t) => {
                let s = t.decode().unwrap().into_owned();
                match field.as_str() {
                    "wp:post_type" => post_type.push_str(s.trim()),
                    "wp:status" => status.push_str(s.trim()),
                    _ => {}
                }
            }
            Event::CData(t) => {
                let s = String::from_utf8_lossy(&t).into_owned();
                match field.as_str() {
                    "wp:post_type" => post_type.push_str(s.trim()),
                    "wp:status" => status.push_str(s.trim()),
                    _ => {}
                }
            }
            Event::End(e) => {
                if e.name().as_ref() == b"item" {
                    total += comments;
                    let published = status == "publish" || status == "private";
                    if published && (post_type == "post" || post_type == "page") {
                        total += 1;
                    }
                }
                field.clear();
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    total
}

#[test]
fn shared_mastodon_outboxes_yield_every_status_and_boost() {
    let Some(dir) = shared_formats() else { return };
    let mut read_any = false;
    for path in files(&dir.join("mastodon")) {
        let v: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        if v["type"] != "OrderedCollection" {
            continue;
        }
        let (format, n) = read(&path);
        assert_eq!(format, Format::Mastodon, "{}", path.display());
        assert_eq!(n, count_outbox(&v), "{}", path.display());
        assert_ne!(Some(n as u64), v["totalItems"].as_u64());
        read_any = true;
    }
    assert!(read_any, "no outbox in the shared Mastodon files");
}

#[test]
fn shared_mastodon_folder_reads_with_its_owner() {
    let Some(dir) = shared_formats() else { return };
    let mut results = ingest::load(&dir.join("mastodon"), 0, &Limits::default());
    let loaded = results.pop().unwrap().unwrap();
    assert_eq!(loaded.format, Format::Mastodon);
    assert!(
        loaded
            .import
            .accounts
            .iter()
            .any(|a| a.handle == "dealingwith")
    );
}

#[test]
fn shared_wordpress_exports_yield_their_posts_and_comments() {
    let Some(dir) = shared_formats() else { return };
    let all = files(&dir.join("wordpress"));
    assert!(!all.is_empty());
    for path in all {
        let (format, n) = read(&path);
        assert_eq!(format, Format::WordPress, "{}", path.display());
        assert_eq!(n, count_wxr(&path), "{}", path.display());
    }
}

#[test]
fn shared_youtube_comment_files_yield_one_item_per_row() {
    let Some(dir) = shared_formats() else { return };
    let all = files(&dir.join("youtube"));
    assert!(!all.is_empty());
    for path in all {
        let rows = csv::Reader::from_path(&path).unwrap().records().count();
        let (format, n) = read(&path);
        assert_eq!(format, Format::YouTube, "{}", path.display());
        assert_eq!(n, rows, "{}", path.display());
    }
}

#[test]
fn shared_bluesky_lexicons_are_schemas_not_exports() {
    let Some(dir) = shared_formats() else { return };
    for path in files(&dir.join("bluesky")) {
        let v: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(v["lexicon"], 1, "{} is a lexicon", path.display());
        let e = ingest::load(&path, 0, &Limits::default())
            .pop()
            .unwrap()
            .unwrap_err();
        assert!(e.message.contains("no known export format"), "{e}");
    }
}

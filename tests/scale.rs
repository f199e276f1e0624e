//! Correctness does not change with speed: a generated archive large enough to be parsed in
//! several parallel batches gives the same items and the same figures however it is laid out
//! (one tweets.js, many parts, a zip), and its items equal what a slow, obviously correct reading
//! of the same file (the whole file parsed into `serde_json::Value`) finds.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use earshot::audit::{self, AuditOptions};
use earshot::report;
use earshot::synth::{self, Options, Org, OutputFormat, Period};
use jiff::civil::Date;

/// About 17 MB of tweets.js: more than four of the importer's 4 MB batches.
const TWEETS: u64 = 12_000;

fn generate(format: OutputFormat, part_tweets: u64, out: PathBuf) -> PathBuf {
    let org = Org::library();
    synth::generate(&Options {
        format,
        seed: 7,
        period: Period::months(&org, Date::constant(2023, 1, 1), 36),
        items: Some(TWEETS),
        out: out.clone(),
        part_tweets,
    })
    .unwrap();
    out
}

fn audit_of(input: &Path) -> audit::Audit {
    audit::run(&AuditOptions::new(vec![input.to_path_buf()])).unwrap()
}

/// The audit's outputs that must not depend on the layout: items.csv and the figures.
fn outputs(a: &audit::Audit) -> (Vec<u8>, serde_json::Value) {
    let rows = report::rows(a);
    let csv = report::csv::render(&rows).unwrap();
    let mut summary = serde_json::to_value(&a.summary).unwrap();
    // The inputs (paths, files, digests) are the one part that names the layout.
    summary.as_object_mut().unwrap().remove("inputs");
    (csv, summary)
}

#[test]
fn one_file_many_parts_and_a_zip_give_the_same_items_and_figures() {
    let dir = tempfile::tempdir().unwrap();
    let whole = generate(OutputFormat::XFolder, 0, dir.path().join("whole"));
    let parts = generate(OutputFormat::XFolder, 1_000, dir.path().join("parts"));
    let zip = generate(OutputFormat::XZip, 0, dir.path().join("x.zip"));
    let bytes = std::fs::metadata(whole.join("data/tweets.js"))
        .unwrap()
        .len();
    assert!(
        bytes > 16 << 20,
        "tweets.js is {bytes} bytes: too few batches"
    );
    assert!(parts.join("data/tweets-part11.js").exists());

    let (a, b, c) = (audit_of(&whole), audit_of(&parts), audit_of(&zip));
    assert_eq!(a.items.len() as u64, TWEETS);
    assert_eq!(a.summary.counts.skipped, 0);
    let reference = outputs(&a);
    assert_eq!(outputs(&b), reference, "split in parts");
    assert_eq!(outputs(&c), reference, "zipped");
}

#[test]
fn the_parallel_parse_finds_what_a_whole_file_reading_finds() {
    let dir = tempfile::tempdir().unwrap();
    let whole = generate(OutputFormat::XFolder, 0, dir.path().join("whole"));
    let a = audit_of(&whole);

    // The slow path: the whole file into one JSON value, then each tweet's fields by hand.
    let text = std::fs::read_to_string(whole.join("data/tweets.js")).unwrap();
    let json = &text[text.find('=').unwrap() + 1..];
    let all: serde_json::Value = serde_json::from_str(json).unwrap();
    let tweets = all.as_array().unwrap();
    assert_eq!(tweets.len(), a.items.len());
    let mut replies = 0;
    let mut by_id: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, it) in a.items.iter().enumerate() {
        by_id.insert(&it.id, i);
    }
    for t in tweets {
        let t = &t["tweet"];
        let id = t["id_str"].as_str().unwrap();
        let it = &a.items[by_id[id]];
        let full = html_escape::decode_html_entities(t["full_text"].as_str().unwrap());
        assert_eq!(it.text, full, "text of {id}");
        let parent = t["in_reply_to_status_id_str"].as_str();
        assert_eq!(it.in_reply_to.as_deref(), parent, "parent of {id}");
        replies += usize::from(parent.is_some());
        let created = earshot::ingest::x::parse_x_time(t["created_at"].as_str().unwrap()).unwrap();
        assert_eq!(it.created_at(), Some(created), "date of {id}");
        let mentions: Vec<&str> = t["entities"]["user_mentions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["screen_name"].as_str().unwrap())
            .collect();
        assert_eq!(it.mentions[..], mentions[..], "mentions of {id}");
    }
    assert!(replies > 1_000, "{replies} replies: the mix has threads");
    // Items come out in file order, records numbered from 1.
    assert!(
        a.items
            .iter()
            .enumerate()
            .all(|(k, it)| it.origin.record() == k as u64 + 1)
    );
}

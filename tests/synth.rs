//! The synthetic-archive generator: deterministic, exact in size, readable by the importers, well
//! formed where importers are still to come, and the committed `samples/` are what it writes.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use earshot::audit::{self, AuditOptions};
use earshot::ingest::{self, Limits};
use earshot::synth::{self, Options, Org, OutputFormat, Period};
use jiff::civil::Date;
use quick_xml::events::Event;

fn options(format: OutputFormat, items: Option<u64>, seed: u64, out: PathBuf) -> Options {
    let org = Org::library();
    Options {
        format,
        seed,
        period: Period::months(&org, Date::constant(2025, 1, 1), 24),
        items,
        out,
        part_tweets: synth::x::PART_TWEETS,
    }
}

/// Every file under `root` (or `root` itself) with its bytes, by relative path.
fn files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    if root.is_file() {
        out.insert(String::new(), std::fs::read(root).unwrap());
        return out;
    }
    for e in walkdir::WalkDir::new(root).sort_by_file_name() {
        let e = e.unwrap();
        if e.file_type().is_file() {
            let rel = e.path().strip_prefix(root).unwrap().display().to_string();
            out.insert(rel, std::fs::read(e.path()).unwrap());
        }
    }
    out
}

fn out_name(format: OutputFormat) -> &'static str {
    match format {
        OutputFormat::XFolder => "x",
        OutputFormat::XZip => "x.zip",
        OutputFormat::WordPress => "wp.xml",
        OutputFormat::Mastodon => "mastodon",
        OutputFormat::Csv => "in.csv",
        OutputFormat::CsvFull => "full.csv",
    }
}

#[test]
fn the_same_seed_writes_the_same_bytes_and_another_seed_does_not() {
    let dir = tempfile::tempdir().unwrap();
    for &format in OutputFormat::ALL {
        let write = |seed: u64, sub: &str| {
            let out = dir.path().join(sub).join(out_name(format));
            synth::generate(&options(format, Some(150), seed, out.clone())).unwrap();
            files(&out)
        };
        let a = write(7, "a");
        let b = write(7, "b");
        let c = write(8, "c");
        assert!(!a.is_empty());
        assert_eq!(a, b, "{format}: same seed, different bytes");
        assert_ne!(a, c, "{format}: another seed, same bytes");
    }
}

fn csv_rows(path: &Path) -> Vec<csv::StringRecord> {
    csv::Reader::from_path(path)
        .unwrap()
        .records()
        .map(|r| r.unwrap())
        .collect()
}

/// Posts and comments of a WXR file, parsed with quick-xml; also checks it is well formed.
struct Wxr {
    posts: usize,
    comments: Vec<BTreeMap<String, String>>,
    authors: Vec<String>,
}

fn read_wxr(path: &Path) -> Wxr {
    let text = std::fs::read_to_string(path).unwrap();
    let mut r = quick_xml::Reader::from_str(&text);
    let mut wxr = Wxr {
        posts: 0,
        comments: Vec::new(),
        authors: Vec::new(),
    };
    let mut stack: Vec<String> = Vec::new();
    let mut current: Option<BTreeMap<String, String>> = None;
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                match name.as_str() {
                    "item" => wxr.posts += 1,
                    "wp:comment" => current = Some(BTreeMap::new()),
                    _ => {}
                }
                stack.push(name);
            }
            Event::End(e) => {
                let name = stack.pop().unwrap();
                assert_eq!(name.as_bytes(), e.name().as_ref(), "mismatched tags");
                if name == "wp:comment" {
                    wxr.comments.push(current.take().unwrap());
                }
            }
            Event::Text(t) => {
                let v = t.decode().unwrap().into_owned();
                if let (Some(c), Some(n)) = (current.as_mut(), stack.last()) {
                    c.entry(n.clone()).or_default().push_str(&v);
                }
            }
            Event::CData(t) => {
                let v = String::from_utf8(t.into_inner().to_vec()).unwrap();
                let top = stack.last().cloned().unwrap_or_default();
                if top == "wp:author_login" {
                    wxr.authors.push(v.clone());
                }
                if let Some(c) = current.as_mut() {
                    c.entry(top).or_default().push_str(&v);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(stack.is_empty(), "unclosed elements: {stack:?}");
    wxr
}

fn read_json(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn each_format_holds_exactly_the_requested_number_of_items() {
    let dir = tempfile::tempdir().unwrap();
    let n = 240;
    for &format in OutputFormat::ALL {
        let out = dir.path().join(out_name(format));
        let written = synth::generate(&options(format, Some(n), 3, out.clone())).unwrap();
        assert_eq!(written.items, n, "{format}");
        let counted = match format {
            OutputFormat::XFolder | OutputFormat::XZip => {
                let loaded = ingest::load(&out, 0, &Limits::default());
                assert_eq!(loaded.len(), 1);
                let l = loaded.into_iter().next().unwrap().unwrap();
                assert_eq!(l.format, ingest::Format::XArchive);
                assert!(l.import.warnings.is_empty(), "{:?}", l.import.warnings);
                assert_eq!(l.import.accounts[0].handle, "MillbrookLibrary");
                l.import.items.len()
            }
            OutputFormat::Csv | OutputFormat::CsvFull => {
                let l = ingest::load(&out, 0, &Limits::default()).remove(0).unwrap();
                assert_eq!(l.format, ingest::Format::EarshotCsv);
                assert!(l.import.warnings.is_empty(), "{:?}", l.import.warnings);
                assert_eq!(l.import.items.len(), csv_rows(&out).len());
                l.import.items.len()
            }
            OutputFormat::WordPress => {
                let w = read_wxr(&out);
                w.posts + w.comments.len()
            }
            OutputFormat::Mastodon => read_json(&out.join("outbox.json"))["orderedItems"]
                .as_array()
                .unwrap()
                .len(),
        };
        assert_eq!(counted as u64, n, "{format}");
    }
}

#[test]
fn a_large_x_archive_is_split_into_parts_and_every_part_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x");
    let mut opts = options(OutputFormat::XFolder, Some(250), 4, out.clone());
    opts.part_tweets = 100;
    synth::generate(&opts).unwrap();
    for f in ["tweets.js", "tweets-part1.js", "tweets-part2.js"] {
        assert!(out.join("data").join(f).is_file(), "{f} missing");
    }
    let part2 = std::fs::read_to_string(out.join("data/tweets-part2.js")).unwrap();
    assert!(part2.starts_with("window.YTD.tweets.part2 = [\n  {\n    \"tweet\" : {"));
    let manifest = std::fs::read_to_string(out.join("data/manifest.js")).unwrap();
    let m: serde_json::Value =
        serde_json::from_str(manifest.trim_start_matches("window.__THAR_CONFIG = ")).unwrap();
    let counts: Vec<&str> = m["dataTypes"]["tweets"]["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["count"].as_str().unwrap())
        .collect();
    assert_eq!(counts, ["100", "100", "50"]);
    let l = ingest::load(&out, 0, &Limits::default()).remove(0).unwrap();
    assert_eq!(l.import.items.len(), 250);
    let ids: HashSet<&str> = l.import.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids.len(), 250, "tweet ids are unique");
}

#[test]
fn part_tweets_zero_keeps_every_tweet_in_one_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x");
    let mut opts = options(OutputFormat::XFolder, Some(120), 4, out.clone());
    opts.part_tweets = 0;
    synth::generate(&opts).unwrap();
    assert!(!out.join("data/tweets-part1.js").exists());
    let l = ingest::load(&out, 0, &Limits::default()).remove(0).unwrap();
    assert_eq!(l.import.items.len(), 120);
}

#[test]
fn the_wordpress_export_has_both_sides_pingbacks_spam_and_moderation() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("wp.xml");
    synth::generate(&options(OutputFormat::WordPress, Some(600), 5, out.clone())).unwrap();
    let w = read_wxr(&out);
    assert_eq!(w.authors, ["mpl_web", "hokafor", "jmartel"]);
    let ids: HashSet<&str> = w
        .comments
        .iter()
        .map(|c| c["wp:comment_id"].as_str())
        .collect();
    assert_eq!(ids.len(), w.comments.len(), "comment ids are unique");
    let field = |c: &BTreeMap<String, String>, k: &str| c.get(k).cloned().unwrap_or_default();
    let author_replies = w
        .comments
        .iter()
        .filter(|c| {
            field(c, "wp:comment_parent") != "0"
                && ["1", "2", "3"].contains(&field(c, "wp:comment_user_id").as_str())
        })
        .count();
    assert!(author_replies > 10, "{author_replies} author replies");
    for c in &w.comments {
        let parent = field(c, "wp:comment_parent");
        assert!(
            parent == "0" || ids.contains(parent.as_str()),
            "dangling parent {parent}"
        );
        assert!(field(c, "wp:comment_date_gmt").len() == 19);
    }
    let count = |k: &str, v: &str| w.comments.iter().filter(|c| field(c, k) == v).count();
    assert!(count("wp:comment_type", "pingback") > 0);
    assert!(count("wp:comment_approved", "spam") > 0);
    assert!(count("wp:comment_approved", "0") > 0);
    // Registered readers have a user id that is not an author's.
    assert!(
        w.comments
            .iter()
            .any(|c| { field(c, "wp:comment_user_id").parse::<u64>().unwrap_or(0) > 3 })
    );
}

#[test]
fn the_mastodon_export_is_an_activitystreams_outbox_with_an_actor() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("m");
    synth::generate(&options(OutputFormat::Mastodon, Some(400), 6, out.clone())).unwrap();
    let actor = read_json(&out.join("actor.json"));
    assert_eq!(actor["type"], "Person");
    assert_eq!(actor["preferredUsername"], "millbrooklibrary");
    let outbox = read_json(&out.join("outbox.json"));
    assert_eq!(outbox["type"], "OrderedCollection");
    let items = outbox["orderedItems"].as_array().unwrap();
    let me = actor["id"].as_str().unwrap();
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut replies, mut direct, mut mentions) = (0, 0, 0);
    for a in items {
        assert_eq!(a["actor"], me);
        *kinds.entry(a["type"].as_str().unwrap()).or_default() += 1;
        if a["type"] == "Create" {
            let note = &a["object"];
            assert_eq!(note["type"], "Note");
            assert!(note["content"].as_str().unwrap().starts_with("<p>"));
            replies += note["inReplyTo"].is_string() as usize;
            let public = a["to"]
                .as_array()
                .unwrap()
                .iter()
                .chain(a["cc"].as_array().unwrap())
                .any(|v| v.as_str().unwrap().ends_with("#Public"));
            direct += (!public) as usize;
            mentions += note["tag"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|t| t["type"] == "Mention")
                .count();
        } else {
            assert!(a["object"].is_string(), "a boost carries only the URI");
        }
    }
    assert!(kinds["Create"] > 0 && kinds["Announce"] > 0, "{kinds:?}");
    assert!(replies > 50 && direct > 0 && mentions > 50);
    // Oldest first, as Mastodon writes it.
    let published: Vec<&str> = items
        .iter()
        .map(|a| a["published"].as_str().unwrap())
        .collect();
    assert!(published.first() < published.last());
}

#[test]
fn the_inbound_csv_replies_point_at_the_archive_and_at_each_other() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let tweets = ingest::load(&root.join("x-archive"), 0, &Limits::default())
        .remove(0)
        .unwrap();
    let tweet_ids: HashSet<String> = tweets
        .import
        .items
        .iter()
        .map(|i| i.id.to_string())
        .collect();
    let rows = csv_rows(&root.join("x-mentions.csv"));
    let row_ids: HashSet<String> = rows.iter().map(|r| r[0].to_string()).collect();
    let (mut to_tweets, mut to_rows) = (0, 0);
    for r in &rows {
        assert_eq!(&r[4], "inbound");
        let parent = &r[5];
        if parent.is_empty() {
            continue;
        }
        if tweet_ids.contains(parent) {
            to_tweets += 1;
        } else {
            assert!(row_ids.contains(parent), "dangling in_reply_to {parent}");
            to_rows += 1;
        }
    }
    assert!(to_tweets > 100 && to_rows > 0, "{to_tweets} {to_rows}");
    // The organization answered some of them from the archive.
    let answered = tweets
        .import
        .items
        .iter()
        .filter(|t| {
            t.in_reply_to
                .as_ref()
                .is_some_and(|p| row_ids.contains(p.as_str()))
        })
        .count();
    assert!(answered > 100);
    // Replies whose parent was deleted keep the user but not the status id, as in real archives.
    assert!(
        tweets
            .import
            .items
            .iter()
            .any(|t| t.in_reply_to.is_none() && t.in_reply_to_author.is_some())
    );
}

#[test]
fn the_sample_audit_measures_every_response_figure() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let opts = AuditOptions::new(vec![root.join("x-archive"), root.join("x-mentions.csv")]);
    let a = audit::run(&opts).unwrap();
    let f = &a.summary.overall;
    assert!(
        f.inbound >= 300 && f.outbound >= 300,
        "{} {}",
        f.inbound,
        f.outbound
    );
    assert!(f.response_rate.is_some_and(|r| r > 0.2 && r < 1.0));
    assert!(f.median_response_seconds.is_some_and(|s| s > 60));
    assert!(f.p90_response_seconds > f.median_response_seconds);
    assert!(f.unanswered.is_some_and(|n| n > 0));
    assert!(f.reciprocity.is_some_and(|r| r > 0.2 && r < 1.0));
    assert!(f.templated_share.is_some());
    assert!(f.automation_share.is_some_and(|r| r > 0.1 && r < 0.9));
}

#[test]
fn the_committed_samples_are_what_the_generator_writes() {
    let dir = tempfile::tempdir().unwrap();
    synth::samples(dir.path()).unwrap();
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let fresh = files(dir.path());
    let old = files(&committed);
    assert_eq!(
        fresh.keys().collect::<Vec<_>>(),
        old.keys().collect::<Vec<_>>(),
        "samples/ holds other files than the generator writes"
    );
    for (name, bytes) in &fresh {
        assert!(
            old[name] == *bytes,
            "samples/{name} differs from the generator's output; run `cargo run --bin earshot-synth -- samples --out samples`"
        );
    }
}

#[test]
fn the_command_line_writes_the_requested_archive_and_the_samples() {
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_earshot-synth");
    let out = dir.path().join("x.zip");
    let run = std::process::Command::new(bin)
        .args(["--items", "90", "--format", "x-zip", "--seed", "2", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(String::from_utf8_lossy(&run.stdout).starts_with("90 tweets written (x-zip)"));
    let l = ingest::load(&out, 0, &Limits::default()).remove(0).unwrap();
    assert_eq!(l.import.items.len(), 90);

    let samples = dir.path().join("samples");
    let run = std::process::Command::new(bin)
        .arg("samples")
        .arg("--out")
        .arg(&samples)
        .output()
        .unwrap();
    assert!(run.status.success());
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    assert!(files(&samples) == files(&committed));

    let missing = std::process::Command::new(bin)
        .args(["--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("--out"));
}

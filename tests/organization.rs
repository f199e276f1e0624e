//! Several exports of one organization in one folder are audited together; a damaged one is
//! reported and the rest audited (exit status 1); an unknown file gets an error naming it.

mod common;

use std::path::Path;
use std::process::Command;

use common::fixture;
use earshot::audit::{self, AuditOptions};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

/// One folder per platform, as a consultant would lay out a client's exports.
fn organization(dir: &Path, blog: &str) {
    copy_dir(&fixture("mastodon/export"), &dir.join("mastodon"));
    copy_dir(&fixture("reddit/export"), &dir.join("reddit"));
    std::fs::copy(fixture(blog), dir.join("blog.xml")).unwrap();
    std::fs::copy(
        fixture("youtube/comments-after-2024-06.csv"),
        dir.join("youtube-comments.csv"),
    )
    .unwrap();
    std::fs::copy(fixture("bluesky/records.json"), dir.join("bluesky.json")).unwrap();
}

#[test]
fn a_folder_of_several_exports_is_audited_as_one_organization() {
    let dir = tempfile::tempdir().unwrap();
    organization(dir.path(), "wordpress/site.xml");
    let audit = audit::run(&AuditOptions::new(vec![dir.path().to_path_buf()])).unwrap();
    let mut formats: Vec<(&str, u64)> = audit
        .summary
        .inputs
        .iter()
        .map(|i| (i.format.as_str(), i.items))
        .collect();
    formats.sort();
    assert_eq!(
        formats,
        vec![
            ("bluesky", 7),
            ("mastodon", 8),
            ("reddit", 5),
            ("wordpress-wxr", 11),
            ("youtube-takeout", 2),
        ]
    );
    let platforms: Vec<&str> = audit.summary.platforms.keys().map(String::as_str).collect();
    assert_eq!(
        platforms,
        vec!["bluesky", "mastodon", "reddit", "wordpress", "youtube"]
    );
    for own in [
        "mastodon:@harbourlane",
        "wordpress:@harbourlane",
        "wordpress:@mia",
        "reddit:@HarbourLaneBakery",
        "bluesky:@did:plc:harbourlane7x2k",
    ] {
        assert!(
            audit.summary.own_accounts.iter().any(|a| a == own),
            "{own} not in {:?}",
            audit.summary.own_accounts
        );
    }
    assert!(audit.errors.is_empty());
    // Two posts and two author replies are the site's; seven comments are readers' (and machines').
    assert_eq!(audit.summary.platforms["wordpress"].outbound, 4);
    assert_eq!(audit.summary.platforms["wordpress"].inbound, 7);
}

#[test]
fn a_folder_with_one_damaged_export_audits_the_rest_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let org = dir.path().join("org");
    organization(&org, "wordpress/damaged.xml");
    let out = dir.path().join("report");
    let run = Command::new(env!("CARGO_BIN_EXE_earshot"))
        .arg("audit")
        .arg(&org)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("blog.xml"), "{stderr}");
    assert!(
        stderr.contains("not a readable WordPress export"),
        "{stderr}"
    );
    let summary: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("summary.json")).unwrap()).unwrap();
    let platforms: Vec<&str> = summary["platforms"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(platforms, vec!["bluesky", "mastodon", "reddit", "youtube"]);
}

#[test]
fn an_unknown_file_gets_an_error_naming_it_and_what_was_looked_for() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    std::fs::write(&path, br#"{"hello": "world"}"#).unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_earshot"))
        .arg("detect")
        .arg(&path)
        .output()
        .unwrap();
    assert_ne!(run.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("notes.json"), "{stderr}");
    for looked in [
        "Mastodon export",
        "WordPress WXR",
        "Bluesky",
        "YouTube",
        "Reddit",
    ] {
        assert!(stderr.contains(looked), "{looked} missing from: {stderr}");
    }
}

#[test]
fn detect_names_each_format_and_the_files_that_matched() {
    let run = Command::new(env!("CARGO_BIN_EXE_earshot"))
        .arg("detect")
        .arg(fixture("mastodon/export"))
        .arg(fixture("wordpress/site.xml"))
        .arg(fixture("reddit/export"))
        .arg(fixture("youtube/comments-before-2024-06.csv"))
        .arg(fixture("bluesky/records.jsonl"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    for expected in [
        "mastodon (matched outbox.json, actor.json, likes.json)",
        "wordpress-wxr (matched site.xml)",
        "reddit (matched comments.csv, posts.csv, statistics.csv)",
        "youtube-takeout (matched comments-before-2024-06.csv)",
        "bluesky (matched records.jsonl)",
    ] {
        assert!(
            stdout.contains(expected),
            "{expected} missing from: {stdout}"
        );
    }
    assert_eq!(run.status.code(), Some(0));
}

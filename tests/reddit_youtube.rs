//! The Reddit and YouTube Takeout importers on fixtures written for the project: BOMs, Reddit
//! fullnames and dates, both YouTube column layouts, JSON text segments, reply ids and damaged
//! records.

mod common;

use common::{assert_snapshot, fixture, load_one, render};
use earshot::ingest::Format;
use earshot::model::{Account, Platform};

#[test]
fn reddit_export_reads_as_the_snapshot() {
    let loaded = load_one(&fixture("reddit/export"), Format::Reddit);
    assert_snapshot(
        "reddit/export.expected",
        &render(&loaded.import.items, true),
    );
    assert_eq!(
        loaded.matched,
        vec!["comments.csv", "posts.csv", "statistics.csv"]
    );
}

#[test]
fn reddit_owner_comes_from_statistics_csv() {
    let loaded = load_one(&fixture("reddit/export"), Format::Reddit);
    assert_eq!(
        loaded.import.accounts,
        vec![Account {
            platform: Some(Platform::Reddit),
            handle: "HarbourLaneBakery".into(),
            id: None,
        }]
    );
    assert!(
        loaded
            .import
            .items
            .iter()
            .all(|it| it.author == "HarbourLaneBakery")
    );
}

#[test]
fn reddit_parents_are_fullnames_that_find_their_items() {
    let loaded = load_one(&fixture("reddit/export"), Format::Reddit);
    let items = &loaded.import.items;
    let get = |id: &str| items.iter().find(|it| it.id == id).unwrap();
    assert_eq!(get("t1_kq1a2b3").in_reply_to.as_deref(), Some("t1_kq0zzz9"));
    assert_eq!(get("t1_kq2c4d5").in_reply_to.as_deref(), Some("t3_1a0aaaa"));
    // No parent given: the post in the link is the parent, and it is an item of this export.
    let orphan = get("t1_kq3e6f7");
    assert_eq!(orphan.in_reply_to.as_deref(), Some("t3_1b2c3d"));
    assert!(items.iter().any(|it| it.id == "t3_1b2c3d"));
}

#[test]
fn reddit_bad_dates_are_warnings_naming_the_line() {
    let loaded = load_one(&fixture("reddit/export"), Format::Reddit);
    assert_eq!(loaded.import.warnings.len(), 1);
    let w = &loaded.import.warnings[0];
    assert!(w.file.ends_with("posts.csv"), "{}", w.file);
    // The first post's body spans three lines.
    assert_eq!(w.place.as_deref(), Some("line 6"));
    assert!(w.message.contains("last Tuesday"));
    assert_eq!(w.skipped, 1);
}

#[test]
fn a_lone_reddit_comments_file_reads_with_a_warning_about_the_owner() {
    let loaded = load_one(&fixture("reddit/comments-only.csv"), Format::Reddit);
    assert_eq!(loaded.import.items.len(), 3);
    assert!(loaded.import.items.iter().all(|it| it.author == "owner"));
    assert!(loaded.import.warnings[0].message.contains("statistics.csv"));
}

#[test]
fn youtube_layout_before_june_2024_reads_as_the_snapshot() {
    let loaded = load_one(
        &fixture("youtube/comments-before-2024-06.csv"),
        Format::YouTube,
    );
    assert_snapshot(
        "youtube/comments-before-2024-06.expected",
        &render(&loaded.import.items, true),
    );
    let w = &loaded.import.warnings[0];
    assert_eq!(w.place.as_deref(), Some("line 4"));
    assert!(w.message.contains("not a time"));
}

#[test]
fn youtube_layout_after_june_2024_reads_as_the_snapshot() {
    let loaded = load_one(
        &fixture("youtube/comments-after-2024-06.csv"),
        Format::YouTube,
    );
    assert_snapshot(
        "youtube/comments-after-2024-06.expected",
        &render(&loaded.import.items, true),
    );
    let w = &loaded.import.warnings[0];
    assert_eq!(w.place.as_deref(), Some("line 4"));
    assert!(w.message.contains("no Comment ID"));
}

#[test]
fn youtube_reply_ids_name_their_parent_even_without_the_parent_column() {
    let loaded = load_one(
        &fixture("youtube/comments-before-2024-06.csv"),
        Format::YouTube,
    );
    let reply = &loaded.import.items[1];
    assert_eq!(reply.id, "UgwParent0002AaABAg.9zReply0002");
    assert_eq!(reply.in_reply_to.as_deref(), Some("UgwParent0002AaABAg"));
    assert_eq!(reply.mentions[..], ["BakerBen"]);
}

#[test]
fn a_takeout_zip_with_the_comments_deep_inside_reads_as_youtube() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("takeout-20240801T000000Z-001.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("Takeout/archive_browser.html", opts)
        .unwrap();
    zip.write_all(b"<html></html>").unwrap();
    zip.start_file(
        "Takeout/YouTube and YouTube Music/comments/comments.csv",
        opts,
    )
    .unwrap();
    zip.write_all(&std::fs::read(fixture("youtube/comments-after-2024-06.csv")).unwrap())
        .unwrap();
    zip.finish().unwrap();
    let loaded = load_one(&zip_path, Format::YouTube);
    assert_eq!(
        loaded.matched,
        vec!["Takeout/YouTube and YouTube Music/comments/comments.csv"]
    );
    assert_eq!(loaded.import.items.len(), 2);
    let w = &loaded.import.warnings[0];
    assert!(
        w.file
            .ends_with("takeout-20240801T000000Z-001.zip!Takeout/YouTube and YouTube Music/comments/comments.csv"),
        "{}",
        w.file
    );
}

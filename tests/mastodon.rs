//! The Mastodon importer on fixtures written for the project: the 4.2 duplicate-key archive, the
//! 4.0 single-file outbox, direct messages, boosts, mentions, likes, and damaged files.

mod common;

use common::{assert_snapshot, fixture, load_err, load_one, render};
use earshot::ingest::Format;
use earshot::model::{Account, Kind, Platform};

#[test]
fn export_folder_reads_as_the_snapshot() {
    let loaded = load_one(&fixture("mastodon/export"), Format::Mastodon);
    assert_snapshot(
        "mastodon/export.expected",
        &render(&loaded.import.items, true),
    );
}

#[test]
fn duplicate_ordered_items_keys_yield_the_non_empty_list_not_total_items() {
    let loaded = load_one(&fixture("mastodon/export"), Format::Mastodon);
    // Nine activities, one of which (a Create without its status) cannot be read; totalItems
    // says 1234.
    assert_eq!(loaded.import.items.len(), 8);
    assert_eq!(loaded.import.warnings.len(), 1);
    let w = &loaded.import.warnings[0];
    assert_eq!(w.place.as_deref(), Some("activity 8"));
    assert_eq!(w.skipped, 1);
    assert!(w.file.ends_with("outbox.json"), "{}", w.file);
}

#[test]
fn owner_comes_from_actor_json_and_likes_are_counted() {
    let loaded = load_one(&fixture("mastodon/export"), Format::Mastodon);
    assert_eq!(
        loaded.import.accounts,
        vec![Account {
            platform: Some(Platform::Mastodon),
            handle: "harbourlane".into(),
            id: Some("https://social.example/users/harbourlane".into()),
        }]
    );
    assert_eq!(loaded.import.likes_given, Some(3));
    assert_eq!(
        loaded.matched,
        vec!["outbox.json", "actor.json", "likes.json"]
    );
}

#[test]
fn direct_messages_are_addressed_only_to_people_and_followers_only_is_not_one() {
    let loaded = load_one(&fixture("mastodon/export"), Format::Mastodon);
    let kind = |n: &str| {
        loaded
            .import
            .items
            .iter()
            .find(|it| it.id.ends_with(n))
            .map(|it| it.kind)
    };
    assert_eq!(kind("/statuses/1006"), Some(Kind::Message));
    assert_eq!(kind("/statuses/1007"), Some(Kind::Post));
    assert_eq!(kind("/statuses/1005/activity"), Some(Kind::Repost));
    assert_eq!(kind("/statuses/1004"), Some(Kind::Reply));
}

#[test]
fn mastodon_4_0_outbox_with_escaped_html_reads_alone() {
    let loaded = load_one(&fixture("mastodon/outbox-4.0.json"), Format::Mastodon);
    assert_snapshot(
        "mastodon/outbox-4.0.expected",
        &render(&loaded.import.items, true),
    );
    assert!(loaded.import.accounts.is_empty());
    assert_eq!(loaded.import.likes_given, None);
}

#[test]
fn an_outbox_cut_off_before_its_first_activity_is_an_error_naming_it() {
    let e = load_err(&fixture("mastodon/damaged-outbox.json"));
    assert!(e.path.ends_with("damaged-outbox.json"), "{e}");
    assert!(
        e.place
            .as_deref()
            .unwrap_or_default()
            .starts_with("line 1, column"),
        "{e}"
    );
    assert!(e.message.contains("not a readable Mastodon outbox"), "{e}");
}

#[test]
fn an_outbox_cut_off_midway_keeps_what_came_before_and_warns() {
    let loaded = load_one(&fixture("mastodon/truncated-outbox.json"), Format::Mastodon);
    assert_eq!(loaded.import.items.len(), 2);
    let w = &loaded.import.warnings[0];
    assert!(w.file.ends_with("truncated-outbox.json"));
    assert!(
        w.place.as_deref().unwrap().ends_with("after activity 2"),
        "{w:?}"
    );
    assert_eq!(w.skipped, 1);
}

#[test]
fn a_zipped_export_wrapped_in_one_folder_reads_like_the_folder() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("archive-20240401.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    for name in ["outbox.json", "actor.json", "likes.json"] {
        zip.start_file(
            format!("archive-20240401/{name}"),
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        zip.write_all(&std::fs::read(fixture("mastodon/export").join(name)).unwrap())
            .unwrap();
    }
    zip.finish().unwrap();
    let zipped = load_one(&zip_path, Format::Mastodon);
    let folder = load_one(&fixture("mastodon/export"), Format::Mastodon);
    assert_eq!(
        render(&zipped.import.items, false),
        render(&folder.import.items, false)
    );
    assert_eq!(zipped.import.accounts, folder.import.accounts);
    assert_eq!(zipped.import.likes_given, Some(3));
}

#[test]
fn an_outbox_cut_at_any_point_is_read_or_refused_without_panicking() {
    let bytes = std::fs::read(fixture("mastodon/export/outbox.json")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("outbox.json");
    for cut in (400..bytes.len()).step_by(13) {
        std::fs::write(&path, &bytes[..cut]).unwrap();
        for result in earshot::ingest::load(&path, 0, &Default::default()) {
            match result {
                Ok(l) => assert!(l.import.items.len() <= 8),
                Err(e) => assert!(e.path.ends_with("outbox.json"), "{e}"),
            }
        }
    }
}

#[test]
fn a_damaged_likes_file_leaves_likes_unknown_and_the_statuses_read() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["outbox.json", "actor.json"] {
        std::fs::copy(fixture("mastodon/export").join(name), dir.path().join(name)).unwrap();
    }
    let likes = std::fs::read(fixture("mastodon/export/likes.json")).unwrap();
    std::fs::write(dir.path().join("likes.json"), &likes[..likes.len() - 20]).unwrap();
    let loaded = load_one(dir.path(), Format::Mastodon);
    assert_eq!(loaded.import.items.len(), 8);
    assert_eq!(loaded.import.likes_given, None);
    let w = loaded.import.warnings.last().unwrap();
    assert!(w.file.ends_with("likes.json"), "{}", w.file);
    assert!(w.message.contains("likes given are left unknown"));
}

#[test]
fn a_damaged_actor_file_is_a_warning_and_the_owner_comes_from_the_activities() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("mastodon/export/outbox.json"),
        dir.path().join("outbox.json"),
    )
    .unwrap();
    let actor = std::fs::read(fixture("mastodon/export/actor.json")).unwrap();
    // Cut near the end: still recognizably an actor, no longer JSON.
    std::fs::write(dir.path().join("actor.json"), &actor[..actor.len() - 10]).unwrap();
    let loaded = load_one(dir.path(), Format::Mastodon);
    assert_eq!(loaded.import.items.len(), 8);
    assert!(
        loaded
            .import
            .items
            .iter()
            .all(|it| it.author == "harbourlane")
    );
    assert!(loaded.import.accounts.is_empty());
    let w = &loaded.import.warnings[0];
    assert!(w.file.ends_with("actor.json"), "{}", w.file);
    assert!(w.message.contains("the owner is taken from the activities"));
}

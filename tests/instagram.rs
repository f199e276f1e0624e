//! The Instagram importer on fixtures of its three layouts, and on the shared real exports.

mod item_render;

use earshot::ingest::Format;
use earshot::model::{Direction, Kind};
use item_render::{assert_snapshot, fixture, load_err, load_one, render, render_warnings, shared};

#[test]
fn layouts_of_2020_2021_and_2023_match_their_snapshots() {
    for layout in ["2020", "2021", "2023"] {
        let l = load_one(&fixture(&format!("instagram/{layout}")));
        assert_eq!(l.format, Format::Instagram, "{layout}");
        assert_snapshot(
            &format!("instagram/{layout}.expected"),
            &render(&l.import.items),
        );
        assert_snapshot(
            &format!("instagram/{layout}.warnings"),
            &render_warnings(&l.import),
        );
    }
}

#[test]
fn single_and_carousel_posts_take_caption_and_time_where_they_are() {
    let l = load_one(&fixture("instagram/2023"));
    let posts: Vec<_> = l
        .import
        .items
        .iter()
        .filter(|i| i.kind == Kind::Post)
        .collect();
    assert_eq!(posts.len(), 3);
    // Single photo: caption on the medium, mojibake repaired.
    assert_eq!(posts[0].text, "Neues Sauerteigbrot 🍞 ab heute");
    // Carousel: caption and time on the post, media titles empty.
    assert_eq!(posts[1].text, "Einblicke in die Backstube – Teil 1");
    assert_eq!(posts[1].created_at().unwrap().as_second(), 1717322400);
    // A video without a caption is still a post.
    assert_eq!(posts[2].text, "");
    assert!(posts.iter().all(|p| p.author == "baeckerei_moeller"));
}

#[test]
fn comments_keep_the_media_owner_as_parent_author() {
    let l = load_one(&fixture("instagram/2023"));
    let comments: Vec<_> = l
        .import
        .items
        .iter()
        .filter(|i| i.kind == Kind::Comment)
        .collect();
    // Five entries: one holds neither words nor time and is left out with a warning.
    assert_eq!(comments.len(), 4);
    assert_eq!(comments[1].in_reply_to_author.as_deref(), Some("cafe_nord"));
    assert_eq!(comments[2].in_reply_to_author, None);
    assert_eq!(comments[3].text, "Time unknown");
    assert_eq!(comments[3].created_at(), None);
    let empty: Vec<_> = l.import.warnings.iter().filter(|w| w.skipped > 0).collect();
    assert_eq!(empty.len(), 2);
    assert!(
        empty
            .iter()
            .any(|w| w.skipped == 1 && w.place.as_deref() == Some("entry 4"))
    );
}

#[test]
fn a_comment_under_another_accounts_post_is_dialogue() {
    let opts = earshot::audit::AuditOptions::new(vec![fixture("instagram/2023")]);
    let audit = earshot::audit::run(&opts).unwrap();
    let idx = |text: &str| audit.items.iter().position(|i| i.text == text).unwrap();
    let other = idx("Congrats on the opening!");
    let own = idx("Danke schön! 😊");
    assert_eq!(audit.directions[other], Direction::Outbound);
    assert_eq!(audit.classes[other].reasons[0], "reply-to-other");
    assert_eq!(&*audit.classes[own].reasons, &["self-thread"]);
}

#[test]
fn the_2020_layout_reads_iso_times_with_and_without_offset() {
    let l = load_one(&fixture("instagram/2020"));
    assert_eq!(l.import.accounts[0].handle, "baeckerei_moeller");
    let times: Vec<String> = l
        .import
        .items
        .iter()
        .map(|i| i.created_at().unwrap().to_string())
        .collect();
    assert_eq!(
        times,
        vec![
            "2020-03-01T08:00:00Z",
            "2020-03-02T09:30:00Z",
            "2020-03-01T10:00:00Z",
            "2020-03-02T11:00:00Z"
        ]
    );
    assert!(
        l.import
            .warnings
            .iter()
            .any(|w| w.skipped == 1 && w.place.as_deref() == Some("entry 3"))
    );
}

#[test]
fn a_damaged_posts_file_is_an_error_naming_it() {
    let e = load_err(&fixture("instagram/damaged"));
    assert!(e.path.ends_with("content/posts_1.json"), "{e}");
}

/// Every real Instagram file reads without error and yields as many items as it holds.
#[test]
fn shared_instagram_files_read_completely() {
    for f in [
        "instagram/sr4136_IG-Import_posts_1.sample.json",
        "instagram/moff1_posts_1.json",
        "instagram/moff1_post_comments_1.sample.json",
    ] {
        let Some(path) = shared(f) else {
            return;
        };
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let entries = json.as_array().unwrap();
        // Comment entries with neither words nor a time are deleted comments, not items.
        let expected = entries
            .iter()
            .filter(|e| {
                let m = &e["string_map_data"];
                m.is_null()
                    || m.get("Comment").is_some()
                    || m["Time"]["timestamp"].as_i64() != Some(0)
            })
            .count();
        let l = load_one(&path);
        assert_eq!(l.format, Format::Instagram, "{f}");
        assert_eq!(l.import.items.len(), expected, "{f}");
        assert!(
            l.import
                .items
                .iter()
                .all(|i| !i.text.contains("ð\u{9f}") && !i.text.contains('Ã')),
            "{f}: mojibake left"
        );
    }
}

#[test]
fn direct_messages_have_both_sides_and_a_response_rate() {
    let l = load_one(&fixture("instagram/2023"));
    assert!(
        l.matched
            .iter()
            .any(|m| m.contains("messages/inbox/cafenord_17845"))
    );
    let dms: Vec<_> = l
        .import
        .items
        .iter()
        .filter(|i| i.kind == Kind::Message)
        .collect();
    assert_eq!(dms.len(), 3);
    let ours = dms.iter().find(|m| m.author == "Bäckerei Möller").unwrap();
    assert_eq!(ours.direction, Some(Direction::Outbound));
    assert_eq!(ours.text, "Ja, gern! Wir bringen 40 Brötchen.");
    assert_eq!(
        ours.in_reply_to.as_deref(),
        Some("msg-cafenord_17845-1717416400000")
    );
    let audit = earshot::audit::run(&earshot::audit::AuditOptions::new(vec![fixture(
        "instagram/2023",
    )]))
    .unwrap();
    let ig = &audit.summary.platforms["instagram"];
    // The question is answered after 60 minutes; the shared post alone (no words of its own)
    // is a plain share that needs no response.
    assert_eq!(ig.response_rate, Some(1.0));
    assert_eq!(ig.median_response_seconds, Some(3600));
}

#[test]
fn an_export_with_only_direct_messages_is_still_instagram() {
    let dir = tempfile::tempdir().unwrap();
    let thread = dir
        .path()
        .join("your_instagram_activity/messages/inbox/cafenord_17845");
    std::fs::create_dir_all(&thread).unwrap();
    std::fs::copy(
        fixture(
            "instagram/2023/your_instagram_activity/messages/inbox/cafenord_17845/message_1.json",
        ),
        thread.join("message_1.json"),
    )
    .unwrap();
    let l = load_one(dir.path());
    assert_eq!(l.format, Format::Instagram);
    assert_eq!(l.import.items.len(), 3);
    // Without a profile, the owner is the participant who is not the thread's title.
    let ours = l
        .import
        .items
        .iter()
        .filter(|i| i.direction == Some(Direction::Outbound))
        .count();
    assert_eq!(ours, 1);
}

//! The Facebook importer on fixtures written for the project, and on the shared real exports.

mod item_render;

use earshot::ingest::Format;
use earshot::model::{Direction, Kind, Platform};
use item_render::{assert_snapshot, fixture, load_err, load_one, render, render_warnings, shared};

#[test]
fn facebook_export_items_match_the_snapshot() {
    let l = load_one(&fixture("facebook/export"));
    assert_eq!(l.format, Format::Facebook);
    assert_snapshot("facebook/export.expected", &render(&l.import.items));
    assert_snapshot("facebook/export.warnings", &render_warnings(&l.import));
}

#[test]
fn mojibake_is_repaired_in_posts_comments_messages_and_names() {
    let l = load_one(&fixture("facebook/export"));
    let texts: Vec<&str> = l.import.items.iter().map(|i| i.text.as_str()).collect();
    assert!(texts.contains(&"Frische Brötchen ab 6 Uhr – kommt vorbei! 🥐"));
    assert!(texts.contains(&"Danke für das Lob! 😊"));
    assert!(texts.contains(&"Ja, bis 12 Uhr. Schönen Tag!"));
    assert!(l.import.items.iter().all(|i| !i.text.contains('Ã')));
    assert_eq!(l.import.accounts[0].handle, "Bäckerei Möller");
}

#[test]
fn every_post_layout_gives_one_post() {
    let l = load_one(&fixture("facebook/export"));
    let posts: Vec<_> = l
        .import
        .items
        .iter()
        .filter(|i| i.kind == Kind::Post)
        .collect();
    // Six entries, one without a timestamp (skipped with a warning).
    assert_eq!(posts.len(), 5);
    let by_id = |id: &str| posts.iter().find(|p| p.id == id).unwrap();
    assert_eq!(
        by_id("post-1717322400").text,
        "https://example.org/rezepte/dinkelbrot"
    );
    assert_eq!(
        by_id("post-1717408800").text,
        "Bäckerei Möller was at Marktplatz Süd."
    );
    assert_eq!(by_id("post-1717408800-2").mentions[..], ["Jürgen Weiß"]);
    assert_eq!(by_id("post-1717495200").text, "Our new oven");
    let w = &l.import.warnings;
    assert!(w.iter().any(|w| w.file.ends_with("your_posts_1.json")
        && w.place.as_deref() == Some("entry 6")
        && w.skipped == 1));
}

#[test]
fn comments_have_no_parent_link_but_are_kept() {
    let l = load_one(&fixture("facebook/export"));
    let comments: Vec<_> = l
        .import
        .items
        .iter()
        .filter(|i| i.kind == Kind::Comment)
        .collect();
    assert_eq!(comments.len(), 3);
    assert!(comments.iter().all(|c| c.in_reply_to.is_none()
        && c.in_reply_to_author.is_none()
        && c.direction == Some(Direction::Outbound)));
    // The comment with no `data` (a sticker) is kept, without words.
    assert!(comments.iter().any(|c| c.text.is_empty()));
}

#[test]
fn messenger_threads_give_both_sides_linked_turn_by_turn() {
    let l = load_one(&fixture("facebook/export"));
    let msgs: Vec<_> = l
        .import
        .items
        .iter()
        .filter(|i| i.kind == Kind::Message)
        .collect();
    // Anna: 6 entries minus the unsent one and the call; Tom: 2.
    assert_eq!(msgs.len(), 6);
    let anna: Vec<_> = msgs
        .iter()
        .filter(|m| m.conversation_hint.as_deref() == Some("inbox/annaschmidt_a1b2c3"))
        .collect();
    assert_eq!(anna.len(), 4);
    let ours = anna
        .iter()
        .find(|m| m.direction == Some(Direction::Outbound))
        .unwrap();
    assert_eq!(ours.author, "Bäckerei Möller");
    // Our answer replies to Anna's question, her thanks to our answer.
    assert_eq!(
        ours.in_reply_to.as_deref(),
        Some("msg-annaschmidt_a1b2c3-1717336000000")
    );
    let thanks = anna.iter().find(|m| m.text == "Super, danke!").unwrap();
    assert_eq!(thanks.in_reply_to.as_deref(), Some(ours.id.as_str()));
    assert_eq!(thanks.direction, Some(Direction::Inbound));
}

#[test]
fn messenger_response_rate_and_time_are_measured() {
    let mut opts = earshot::audit::AuditOptions::new(vec![fixture("facebook/export")]);
    opts.generated_at = jiff::Timestamp::UNIX_EPOCH;
    let audit = earshot::audit::run(&opts).unwrap();
    let fb = &audit.summary.platforms["facebook"];
    // Anna's photo and question are answered (after 50 and 33 minutes); her thanks comes after
    // the answer, so it is a closer that needs no response; Tom's two messages are unanswered.
    assert_eq!(fb.response_rate, Some(2.0 / 4.0));
    assert_eq!(fb.median_response_seconds, Some(2500));
}

#[test]
fn owner_is_the_participant_of_every_thread_without_a_profile() {
    let l = load_one(&fixture("facebook/no-profile"));
    assert_eq!(l.import.accounts[0].handle, "Shop");
    let yes = l.import.items.iter().find(|i| i.text == "Yes!").unwrap();
    assert_eq!(yes.direction, Some(Direction::Outbound));
    assert!(
        l.import
            .items
            .iter()
            .all(|i| i.platform == Platform::Facebook)
    );
}

#[test]
fn a_damaged_posts_file_is_an_error_naming_it() {
    let e = load_err(&fixture("facebook/damaged"));
    assert!(e.path.ends_with("your_posts_1.json"), "{e}");
    assert!(e.place.as_deref().unwrap_or("").starts_with("line "), "{e}");
}

#[test]
fn a_damaged_thread_is_a_warning_and_the_rest_is_read() {
    let l = load_one(&fixture("facebook/damaged-thread"));
    assert_eq!(l.import.items.len(), 2);
    let w: Vec<_> = l.import.warnings.iter().filter(|w| w.skipped > 0).collect();
    assert_eq!(w.len(), 1);
    assert!(w[0].file.ends_with("bad_2/message_1.json"));
    // The comments named the owner, so the readable thread has directions.
    assert!(l.import.items.iter().all(|i| i.direction.is_some()));
}

/// Every real Facebook file that holds posts, comments or messages reads without error and
/// yields as many items as it holds (counted here straight from the JSON).
#[test]
fn shared_facebook_files_read_completely() {
    let files = [
        "facebook/hunterhillis_your_posts_1.json",
        "facebook/piter-a_your_posts_1.json",
        "facebook/waultar_posts_your_posts_1.json",
        "facebook/waultar_comments_and_reactions_comments_v2.json",
        "facebook/waultar_messages_inbox_message_1.json",
    ];
    for f in files {
        let Some(path) = shared(f) else {
            return;
        };
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let expected = if let Some(a) = json.as_array() {
            a.len()
        } else if let Some(c) = json.get("comments_v2") {
            c.as_array().unwrap().len()
        } else {
            json["messages"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|m| m["is_unsent"] != serde_json::Value::Bool(true))
                .filter(|m| matches!(m["type"].as_str(), None | Some("Generic") | Some("Share")))
                .count()
        };
        let l = load_one(&path);
        assert_eq!(l.format, Format::Facebook, "{f}");
        assert_eq!(l.import.items.len(), expected, "{f}");
        assert!(l.import.warnings.iter().all(|w| w.skipped == 0), "{f}");
        assert!(
            l.import
                .items
                .iter()
                .all(|i| !i.text.contains("Ã") && !i.text.contains("ð\u{9f}")),
            "{f}: mojibake left"
        );
    }
}

#[test]
fn with_one_thread_the_owner_is_the_participant_who_is_not_its_title() {
    let dir = tempfile::tempdir().unwrap();
    let thread = dir.path().join("messages/inbox/ann_1");
    std::fs::create_dir_all(&thread).unwrap();
    std::fs::write(
        thread.join("message_1.json"),
        r#"{"participants": [{"name": "Ann"}, {"name": "Shop"}],
            "messages": [{"sender_name": "Shop", "timestamp_ms": 1717000100000, "content": "Yes"},
                         {"sender_name": "Ann", "timestamp_ms": 1717000000000, "content": "Open?"}],
            "title": "Ann"}"#,
    )
    .unwrap();
    let l = load_one(dir.path());
    assert_eq!(l.import.accounts[0].handle, "Shop");
    let ann = l.import.items.iter().find(|i| i.author == "Ann").unwrap();
    assert_eq!(ann.direction, Some(Direction::Inbound));
    assert_eq!(ann.conversation_hint.as_deref(), Some("inbox/ann_1"));
}

/// Files that hold no posts, comments or messages of an export (reactions; a test file wrapping
/// two exports' objects in one array) are not taken for Facebook exports.
#[test]
fn shared_files_that_are_not_an_export_part_are_not_detected() {
    for f in [
        "facebook/waultar_comments_and_reactions_reactions_v2.json",
        "facebook/waultar_test_parser_facebook_comments_redacted.json",
    ] {
        let Some(path) = shared(f) else {
            return;
        };
        let e = earshot::ingest::detect(&path, &earshot::ingest::Limits::default()).unwrap_err();
        assert!(e.message.contains("no known export format"), "{f}: {e}");
    }
}

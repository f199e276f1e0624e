//! The WordPress WXR importer on fixtures written for the project: threads, pingbacks,
//! trackbacks, spam and unapproved comments, the site's own authors, CDATA and plain fields, and
//! damaged files.

mod common;

use common::{assert_snapshot, fixture, load_err, load_one, render};
use earshot::audit::{self, AuditOptions};
use earshot::ingest::Format;
use earshot::model::{Kind, Moderation};

#[test]
fn site_export_reads_as_the_snapshot() {
    let loaded = load_one(&fixture("wordpress/site.xml"), Format::WordPress);
    assert_snapshot(
        "wordpress/site.expected",
        &render(&loaded.import.items, true),
    );
}

#[test]
fn comment_parents_are_comments_and_top_level_comments_answer_the_post() {
    let loaded = load_one(&fixture("wordpress/site.xml"), Format::WordPress);
    let parent = |id: &str| {
        loaded
            .import
            .items
            .iter()
            .find(|it| it.id == id)
            .and_then(|it| it.in_reply_to.clone())
    };
    assert_eq!(parent("comment-101").as_deref(), Some("post-10"));
    assert_eq!(parent("comment-102").as_deref(), Some("comment-101"));
    assert_eq!(parent("comment-108").as_deref(), Some("comment-103"));
}

#[test]
fn site_authors_are_matched_on_email_or_display_name_not_on_user_id() {
    let loaded = load_one(&fixture("wordpress/site.xml"), Format::WordPress);
    let author = |id: &str| {
        loaded
            .import
            .items
            .iter()
            .find(|it| it.id == id)
            .map(|it| it.author)
            .unwrap()
    };
    // Matched on email, whatever name the form was signed with.
    assert_eq!(author("comment-102"), "mia");
    // Matched on the display name.
    assert_eq!(author("comment-108"), "harbourlane");
    // A logged-in reader (comment_user_id 7) is still a reader.
    assert_eq!(author("comment-103"), "Sam Okafor");
    let handles: Vec<&str> = loaded
        .import
        .accounts
        .iter()
        .map(|a| a.handle.as_str())
        .collect();
    assert_eq!(handles, vec!["harbourlane", "mia"]);
}

#[test]
fn pingbacks_trackbacks_spam_and_unapproved_comments_are_marked() {
    let loaded = load_one(&fixture("wordpress/site.xml"), Format::WordPress);
    let get = |id: &str| {
        loaded
            .import
            .items
            .iter()
            .find(|it| it.id == id)
            .map(|it| (it.kind, it.moderation))
            .unwrap()
    };
    assert_eq!(get("comment-104"), (Kind::Pingback, Moderation::Published));
    assert_eq!(get("comment-105"), (Kind::Pingback, Moderation::Published));
    assert_eq!(get("comment-106"), (Kind::Comment, Moderation::Spam));
    assert_eq!(get("comment-107"), (Kind::Comment, Moderation::Unapproved));
    assert_eq!(get("comment-101"), (Kind::Comment, Moderation::Published));
}

#[test]
fn attachments_and_drafts_are_not_posts_and_a_bad_date_is_a_warning() {
    let loaded = load_one(&fixture("wordpress/site.xml"), Format::WordPress);
    let ids: Vec<&str> = loaded
        .import
        .items
        .iter()
        .map(|it| it.id.as_str())
        .collect();
    assert!(!ids.contains(&"post-12") && !ids.contains(&"post-13"));
    assert_eq!(loaded.import.warnings.len(), 1);
    let w = &loaded.import.warnings[0];
    assert!(w.file.ends_with("site.xml"));
    assert_eq!(w.place.as_deref(), Some("item 1 (post-10), comment 9"));
    assert!(w.message.contains("March 3rd"), "{}", w.message);
    assert_eq!(w.skipped, 1);
}

#[test]
fn author_replies_give_a_true_response_rate() {
    let audit = audit::run(&AuditOptions::new(vec![fixture("wordpress/site.xml")])).unwrap();
    let by_id = |id: &str| audit.items.iter().position(|it| it.id == id).unwrap();
    let answered = |id: &str| audit.responses.get(by_id(id)).is_some();
    assert!(answered("comment-101"));
    assert!(answered("comment-103"));
    let needs = |id: &str| {
        audit.classes[by_id(id)]
            .inbound
            .is_some_and(|b| b.needs_response)
    };
    assert!(needs("comment-101"));
    assert!(!needs("comment-104"), "a pingback never needs a response");
    assert!(audit.summary.overall.response_rate.is_some());
}

#[test]
fn a_damaged_export_is_an_error_naming_the_file_and_place() {
    let e = load_err(&fixture("wordpress/damaged.xml"));
    assert!(e.path.ends_with("damaged.xml"), "{e}");
    assert!(e.place.as_deref().unwrap().starts_with("byte "), "{e}");
    assert!(e.message.contains("not a readable WordPress export"), "{e}");
}

#[test]
fn a_truncated_export_keeps_the_whole_items_and_warns() {
    let loaded = load_one(&fixture("wordpress/truncated.xml"), Format::WordPress);
    // The post and its eight readable comments.
    assert_eq!(loaded.import.items.len(), 9);
    let w = loaded.import.warnings.last().unwrap();
    assert!(w.message.contains("truncated"), "{w:?}");
    assert_eq!(w.place.as_deref(), Some("end of file, in item 2"));
}

#[test]
fn an_export_cut_at_any_point_is_read_or_refused_without_panicking() {
    let bytes = std::fs::read(fixture("wordpress/site.xml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.xml");
    for cut in (1200..bytes.len()).step_by(11) {
        std::fs::write(&path, &bytes[..cut]).unwrap();
        for result in earshot::ingest::load(&path, 0, &Default::default()) {
            if let Err(e) = result {
                assert!(e.path.ends_with("cut.xml"), "{e}");
            }
        }
    }
}

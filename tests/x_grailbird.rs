//! The older "Grailbird" X archive: monthly JS files, `tweets.csv` in either column order, the
//! owner from `user_details.js`; and the shared real files.

mod item_render;

use earshot::ingest::Format;
use earshot::model::{Direction, Kind};
use item_render::{assert_snapshot, fixture, load_one, render, render_warnings, shared};

#[test]
fn monthly_files_match_the_snapshot() {
    let l = load_one(&fixture("x-grailbird/js"));
    assert_eq!(l.format, Format::XGrailbird);
    assert_snapshot("x-grailbird/js.expected", &render(&l.import.items));
    assert_snapshot("x-grailbird/js.warnings", &render_warnings(&l.import));
}

#[test]
fn monthly_files_give_replies_retweets_self_threads_and_clients() {
    let l = load_one(&fixture("x-grailbird/js"));
    assert_eq!(l.import.accounts[0].handle, "moellerbakery");
    assert_eq!(l.import.accounts[0].id.as_deref(), Some("4401"));
    let items = &l.import.items;
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].kind, Kind::Reply);
    assert_eq!(
        items[0].text,
        "@jana_r Yes, gluten-free & vegan on Saturdays!"
    );
    assert_eq!(items[0].in_reply_to_author.as_deref(), Some("jana_r"));
    assert_eq!(items[0].source.as_deref(), Some("TweetDeck"));
    assert_eq!(items[1].kind, Kind::Repost);
    assert_eq!(items[1].source.as_deref(), Some("Buffer"));
    // A reply to the owner's own user id is a self-reply.
    assert_eq!(
        items[2].in_reply_to_author.as_deref(),
        Some("moellerbakery")
    );
    assert!(
        items
            .iter()
            .all(|i| i.direction == Some(Direction::Outbound))
    );
    assert_eq!(
        items[0].url.as_deref(),
        Some("https://x.com/moellerbakery/status/630000000000000010")
    );
    let bad = l.import.warnings.iter().find(|w| w.skipped == 1).unwrap();
    assert_eq!(bad.place.as_deref(), Some("tweet 4"));
    assert!(bad.file.ends_with("data/js/tweets/2015_08.js"));
}

#[test]
fn the_older_csv_column_order_is_read_by_header() {
    let l = load_one(&fixture("x-grailbird/csv-older-order"));
    assert_eq!(l.format, Format::XGrailbird);
    assert_snapshot(
        "x-grailbird/csv-older-order.expected",
        &render(&l.import.items),
    );
    let items = &l.import.items;
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].kind, Kind::Reply);
    assert_eq!(items[0].text, "@jana_r Thanks & see you soon!");
    assert_eq!(items[0].in_reply_to.as_deref(), Some("340000000000000001"));
    assert_eq!(items[0].mentions[..], ["jana_r"]);
    assert_eq!(items[0].source.as_deref(), Some("HootSuite"));
    assert_eq!(items[1].kind, Kind::Repost);
    assert_eq!(items[2].text, "Good morning, Berlin \"bread lovers\"");
    assert!(
        l.import
            .warnings
            .iter()
            .any(|w| w.skipped == 1 && w.place.as_deref() == Some("line 5"))
    );
}

/// The real Grailbird files read without error and yield as many tweets as they hold.
#[test]
fn shared_grailbird_files_read_completely() {
    let (Some(csv), Some(month), Some(user)) = (
        shared("twitter/06b_grailbird_tweets.sample.csv"),
        shared("twitter/06b_grailbird_2015_08.sample.js"),
        shared("twitter/06b_grailbird_user_details.js"),
    ) else {
        return;
    };
    let rows = csv::Reader::from_path(&csv).unwrap().records().count();
    let l = load_one(&csv);
    assert_eq!(l.format, Format::XGrailbird);
    assert_eq!(l.import.items.len(), rows);
    assert!(l.import.warnings.iter().all(|w| w.skipped == 0));

    let dir = tempfile::tempdir().unwrap();
    let js = dir.path().join("data/js");
    std::fs::create_dir_all(js.join("tweets")).unwrap();
    std::fs::copy(&month, js.join("tweets/2015_08.js")).unwrap();
    std::fs::copy(&user, js.join("user_details.js")).unwrap();
    let text = std::fs::read_to_string(&month).unwrap();
    let array: Vec<serde_json::Value> =
        serde_json::from_str(&text[text.find('=').unwrap() + 1..]).unwrap();
    let l = load_one(dir.path());
    assert_eq!(l.format, Format::XGrailbird);
    assert_eq!(l.import.items.len(), array.len());
    // The month file on its own reads too, with the owner unknown.
    let alone = load_one(&month);
    assert_eq!(alone.import.items.len(), array.len());
    assert_eq!(l.import.accounts[0].handle, "06b");
    let retweets = array
        .iter()
        .filter(|t| t.get("retweeted_status").is_some())
        .count();
    assert_eq!(
        l.import
            .items
            .iter()
            .filter(|i| i.kind == Kind::Repost)
            .count(),
        retweets
    );
}

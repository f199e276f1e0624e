//! X direct messages and likes inside the modern X archive: both sides of private conversations,
//! linked turn by turn so the response figures are measured; likes given counted.

mod item_render;

use earshot::audit::{AuditOptions, run};
use earshot::model::{Direction, Kind};
use item_render::{assert_snapshot, fixture, load_one, render, shared};

#[test]
fn direct_messages_match_the_snapshot() {
    let l = load_one(&fixture("x-archive-dm"));
    let dms: Vec<_> = l
        .import
        .items
        .iter()
        .filter(|i| i.kind == Kind::Message)
        .cloned()
        .collect();
    assert_snapshot("x-archive-dm.expected", &render(&dms));
}

#[test]
fn messages_have_both_sides_with_the_owner_outbound() {
    let l = load_one(&fixture("x-archive-dm"));
    let dms: Vec<_> = l
        .import
        .items
        .iter()
        .filter(|i| i.kind == Kind::Message)
        .collect();
    // 4 + 1 one-to-one messages, 2 group messages (the join event is not a message).
    assert_eq!(dms.len(), 7);
    for m in &dms {
        let ours = m.author_id.as_deref() == Some("4401");
        assert_eq!(m.direction == Some(Direction::Outbound), ours, "{}", m.id);
        assert_eq!(m.author == "moellerbakery", ours, "{}", m.id);
    }
    let answer = dms.iter().find(|m| m.id == "1800000000000000104").unwrap();
    assert_eq!(answer.in_reply_to.as_deref(), Some("1800000000000000103"));
    assert_eq!(answer.conversation_hint.as_deref(), Some("4401-77"));
    let thanks = dms.iter().find(|m| m.id == "1800000000000000105").unwrap();
    assert_eq!(thanks.text, "Perfect, thanks & see you");
    assert_eq!(thanks.author, "77");
}

#[test]
fn direct_messages_give_x_a_true_response_rate_and_time() {
    let audit = run(&AuditOptions::new(vec![fixture("x-archive-dm")])).unwrap();
    let x = &audit.summary.platforms["x"];
    // Inbound: "Hi!" (answered through the later question, 2h), the question (1h), the thanks
    // (not answered), the Sunday question (not answered), the group question (1h).
    assert_eq!(x.response_rate, Some(3.0 / 5.0));
    assert_eq!(x.median_response_seconds, Some(3600));
    assert_eq!(x.unanswered, Some(2));
}

#[test]
fn likes_given_are_counted_and_reach_summary_json() {
    let l = load_one(&fixture("x-archive-dm"));
    assert_eq!(l.import.likes_given, Some(3));
    assert!(l.matched.iter().any(|m| m.ends_with("like.js")));
    let audit = run(&AuditOptions::new(vec![fixture("x-archive-dm")])).unwrap();
    let json: serde_json::Value = serde_json::to_value(&audit.summary).unwrap();
    assert_eq!(json["overall"]["likes_given"], 3);
    assert_eq!(json["platforms"]["x"]["likes_given"], 3);
    // Likes are a signal beside replies, never items.
    assert_eq!(audit.items.len(), 8);
}

#[test]
fn a_damaged_direct_messages_file_is_a_warning_and_the_tweets_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    for f in ["account.js", "tweets.js"] {
        std::fs::copy(fixture("x-archive-dm/data").join(f), data.join(f)).unwrap();
    }
    std::fs::write(
        data.join("direct-messages.js"),
        "window.YTD.direct_messages.part0 = [ { \"dmConversation\" : { ",
    )
    .unwrap();
    let l = load_one(dir.path());
    assert_eq!(l.import.items.len(), 1);
    let w = l.import.warnings.iter().find(|w| w.skipped == 1).unwrap();
    assert!(w.file.ends_with("direct-messages.js"), "{}", w.file);
}

/// The real X files read without error and yield as many items as they hold.
#[test]
fn shared_x_files_read_completely() {
    let cases = [
        ("twitter/lumeninferius_2020_tweet.js", "tweet.js"),
        ("twitter/mrled_2022_tweet.js", "tweet.js"),
        ("twitter/andreruffert_2022_tweets.sample.js", "tweets.js"),
    ];
    for (f, as_name) in cases {
        let Some(path) = shared(f) else {
            return;
        };
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("data")).unwrap();
        std::fs::copy(&path, dir.path().join("data").join(as_name)).unwrap();
        let l = load_one(dir.path());
        assert_eq!(l.import.items.len(), js_array_len(&path), "{f}");
    }
    let (Some(tweets), Some(dms)) = (
        shared("twitter/lumeninferius_2020_tweet.js"),
        shared("twitter/lumeninferius_2020_direct-messages.js"),
    ) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::copy(&tweets, data.join("tweet.js")).unwrap();
    std::fs::copy(&dms, data.join("direct-messages.js")).unwrap();
    let text = std::fs::read_to_string(&dms).unwrap();
    let messages = text.matches("\"messageCreate\"").count();
    let l = load_one(dir.path());
    let got = l
        .import
        .items
        .iter()
        .filter(|i| i.kind == Kind::Message)
        .count();
    assert_eq!(got, messages);
    assert!(l.import.warnings.iter().all(|w| w.skipped == 0));
}

fn js_array_len(path: &std::path::Path) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    let v: Vec<serde_json::Value> =
        serde_json::from_str(text[text.find('=').unwrap() + 1..].trim()).unwrap();
    v.len()
}

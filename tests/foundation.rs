//! The foundation's contract: the X and earshot CSV importers, response pairing, figures and
//! their not-measurable reasons, and the output files' columns and names.

use std::path::{Path, PathBuf};
use std::process::Command;

use earshot::audit::{self, Audit, AuditOptions};
use earshot::ingest::{self, Format, Limits};
use earshot::model::{Account, Direction, Kind};

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

fn audit_of(inputs: &[PathBuf], accounts: &[&str]) -> Audit {
    let mut opts = AuditOptions::new(inputs.to_vec());
    opts.accounts = accounts.iter().map(|a| Account::parse(a)).collect();
    audit::run(&opts).expect("the audit runs")
}

fn index_of(a: &Audit, id: &str) -> usize {
    a.items
        .iter()
        .position(|it| it.id == id)
        .unwrap_or_else(|| panic!("no item {id}"))
}

/// Zips a folder into `dest` with the zip crate, as an archive download would be.
fn zip_folder(src: &Path, dest: &Path) {
    let file = std::fs::File::create(dest).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for entry in walkdir::WalkDir::new(src).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry
                .path()
                .strip_prefix(src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            zip.start_file(rel, opts).unwrap();
            std::io::copy(&mut std::fs::File::open(entry.path()).unwrap(), &mut zip).unwrap();
        }
    }
    zip.finish().unwrap();
}

#[test]
fn x_archive_reads_every_tweet_part_and_names_its_owner() {
    let loaded = ingest::load(&fixture("x/modern"), 0, &Limits::default());
    assert_eq!(loaded.len(), 1);
    let l = loaded
        .into_iter()
        .next()
        .unwrap()
        .expect("the archive reads");
    assert_eq!(l.format, Format::XArchive);
    assert_eq!(l.import.items.len(), 6, "tweets.js and tweets-part1.js");
    assert!(
        l.matched
            .iter()
            .any(|m| m.ends_with("data/tweets-part1.js"))
    );
    assert_eq!(l.import.accounts.len(), 1);
    assert_eq!(l.import.accounts[0].handle, "HarbourTheatre");
    assert_eq!(l.import.accounts[0].id.as_deref(), Some("900100"));
    assert!(
        l.import
            .items
            .iter()
            .all(|it| it.direction == Some(Direction::Outbound))
    );
    assert!(
        l.import
            .items
            .iter()
            .all(|it| it.author == "HarbourTheatre")
    );
}

#[test]
fn x_archive_tweets_are_normalized() {
    let l = ingest::load(&fixture("x/modern"), 0, &Limits::default())
        .remove(0)
        .unwrap();
    let by_id = |id: &str| l.import.items.iter().find(|it| it.id == id).unwrap();

    let news = by_id("1700000000000000003");
    assert_eq!(
        news.text,
        "Tickets for \"The Tempest\" & our autumn season are on sale now: https://t.co/abc",
        "HTML entities are decoded"
    );
    assert_eq!(news.source.as_deref(), Some("Hootsuite Inc."));
    assert_eq!(news.counts.likes.get(), Some(12));
    assert_eq!(news.counts.shares.get(), Some(3));
    assert_eq!(
        news.counts.comments.get(),
        None,
        "X archives have no reply counts"
    );
    assert_eq!(
        news.created_at().unwrap().to_string(),
        "2026-08-12T16:10:37Z"
    );
    assert_eq!(news.kind, Kind::Post);
    assert_eq!(
        news.link().as_deref(),
        Some("https://x.com/HarbourTheatre/status/1700000000000000003")
    );

    let reply = by_id("1700000000000000004");
    assert_eq!(reply.kind, Kind::Reply);
    assert_eq!(reply.in_reply_to.as_deref(), Some("1699999999999999999"));
    assert_eq!(reply.in_reply_to_author.as_deref(), Some("sam_b"));
    assert_eq!(reply.mentions[..], ["sam_b"]);
    assert!(reply.text.contains("access > ask"));

    let self_reply = by_id("1700000000000000005");
    assert_eq!(
        self_reply.in_reply_to_author.as_deref(),
        Some("HarbourTheatre")
    );

    let retweet = by_id("1700000000000000006");
    assert_eq!(retweet.kind, Kind::Repost);
    assert_eq!(
        retweet.counts.likes.get(),
        None,
        "a retweet's counts are not its own"
    );

    let user_id_only = by_id("1690000000000000001");
    assert_eq!(
        user_id_only.kind,
        Kind::Reply,
        "a user id without a status id is a reply"
    );
    assert_eq!(user_id_only.in_reply_to, None);
    assert_eq!(user_id_only.in_reply_to_author.as_deref(), Some("42"));
}

#[test]
fn x_archive_as_zip_reads_the_same_as_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("twitter-2026.zip");
    zip_folder(&fixture("x/modern"), &zip);
    let from_zip = ingest::load(&zip, 0, &Limits::default()).remove(0).unwrap();
    let from_dir = ingest::load(&fixture("x/modern"), 0, &Limits::default())
        .remove(0)
        .unwrap();
    assert_eq!(from_zip.format, Format::XArchive);
    let strip = |items: &[earshot::model::Item]| {
        items
            .iter()
            .map(|it| (it.id.clone(), it.text.clone(), it.created_at(), it.kind))
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(&from_zip.import.items), strip(&from_dir.import.items));
}

#[test]
fn older_x_archive_with_unwrapped_tweets_and_no_account_file_is_read_with_a_warning() {
    let l = ingest::load(&fixture("x/legacy"), 0, &Limits::default())
        .remove(0)
        .unwrap();
    assert_eq!(l.import.items.len(), 2);
    assert_eq!(
        l.import.items[0].counts.likes.get(),
        Some(5),
        "numeric counts are read too"
    );
    assert!(
        l.import
            .warnings
            .iter()
            .any(|w| w.message.contains("account.js")),
        "the missing owner is said"
    );
}

#[test]
fn earshot_csv_reads_bom_any_case_headers_and_undated_items() {
    let l = ingest::load(&fixture("csv/conversation.csv"), 0, &Limits::default())
        .remove(0)
        .unwrap();
    assert_eq!(l.format, Format::EarshotCsv);
    assert_eq!(l.import.items.len(), 8);
    assert!(l.import.warnings.is_empty(), "{:?}", l.import.warnings);
    let first = &l.import.items[0];
    assert_eq!(first.id, "i1", "the BOM is not part of the first header");
    assert_eq!(first.mentions[..], ["harbour"]);
    let undated = l.import.items.iter().find(|it| it.id == "i7").unwrap();
    assert_eq!(undated.created_at(), None);
    let o1 = l.import.items.iter().find(|it| it.id == "o1").unwrap();
    assert_eq!(o1.counts.likes.get(), Some(2));
    assert_eq!(o1.origin.record(), 2);
}

#[test]
fn earshot_csv_bad_rows_are_skipped_with_their_line_and_counted() {
    let l = ingest::load(&fixture("csv/broken-rows.csv"), 0, &Limits::default())
        .remove(0)
        .unwrap();
    let ids: Vec<&str> = l.import.items.iter().map(|it| it.id.as_str()).collect();
    assert_eq!(ids, vec!["1", "6"]);
    let places: Vec<&str> = l
        .import
        .warnings
        .iter()
        .map(|w| w.place.as_deref().unwrap())
        .collect();
    assert_eq!(places, vec!["line 3", "line 4", "line 5", "line 6"]);
    assert!(l.import.warnings[0].message.contains("sideways"));
    assert!(l.import.warnings[1].message.contains("likes"));
    assert!(l.import.warnings.iter().all(|w| w.skipped == 1));
    assert!(l.import.warnings[0].file.ends_with("broken-rows.csv"));
    assert_eq!(
        l.import.items[1].created_at().unwrap().to_string(),
        "2026-08-29T11:00:00Z",
        "Unix seconds"
    );
}

#[test]
fn a_file_of_no_known_format_is_an_error_naming_it_and_what_was_looked_for() {
    let r = ingest::load(&fixture("csv/not-an-export.txt"), 0, &Limits::default());
    let e = r.into_iter().next().unwrap().unwrap_err();
    assert!(e.path.ends_with("not-an-export.txt"));
    assert!(e.message.contains("X archive") && e.message.contains("earshot CSV"));
}

#[test]
fn responses_pair_by_direct_reply_and_by_answering_the_same_person_later() {
    let a = audit_of(&[fixture("csv/conversation.csv")], &["harbour"]);
    let resp = |id: &str| a.responses.get(index_of(&a, id));
    assert_eq!(resp("i1").unwrap().seconds, Some(1800), "direct reply");
    assert_eq!(resp("i3").unwrap().seconds, Some(900), "direct reply");
    assert_eq!(
        resp("i2").unwrap().seconds,
        Some(1200),
        "same conversation, later, replying to another item by the same person"
    );
    assert_eq!(resp("i4"), None, "the answer went to someone else");
    assert_eq!(
        resp("i6"),
        None,
        "the only answer to that person came before it"
    );
    assert_eq!(resp("i7"), None);
}

#[test]
fn listening_figures_follow_metrics_md() {
    let a = audit_of(&[fixture("csv/conversation.csv")], &["harbour"]);
    let f = &a.summary.overall;
    assert_eq!(f.outbound, 2);
    assert_eq!(f.inbound, 6);
    assert_eq!(f.response_rate, Some(0.5));
    assert_eq!(f.question_response_rate, Some(0.5));
    assert_eq!(f.median_response_seconds, Some(1200));
    assert_eq!(f.p90_response_seconds, Some(1800));
    assert_eq!(f.answered_within_1h, Some(1.0));
    assert_eq!(f.unanswered, Some(3));
    assert_eq!(f.people_reached, Some(3));
    assert_eq!(f.reciprocity, Some(1.0 / 3.0));
    assert_eq!(f.thread_size, Some(7.0), "one conversation of seven items");
    assert_eq!(a.summary.counts.undated, 1);
    let unanswered: Vec<&str> = a.summary.unanswered.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(
        unanswered,
        vec!["i4", "i6", "i7"],
        "oldest first, undated last"
    );
}

#[test]
fn an_x_archive_alone_cannot_measure_listening_and_says_what_would() {
    let a = audit_of(&[fixture("x/modern")], &[]);
    let f = &a.summary.overall;
    assert_eq!(f.outbound, 6);
    assert!(f.dialogue_share.is_some());
    for name in [
        "response_rate",
        "median_response_seconds",
        "unanswered",
        "reciprocity",
    ] {
        let why = f
            .not_measurable
            .get(name)
            .unwrap_or_else(|| panic!("{name} has a reason"));
        assert!(why.contains("WordPress"), "{name}: {why}");
    }
    assert_eq!(f.response_rate, None);
    assert_eq!(f.conversation_rate, None, "no reply counts in an X archive");
    assert!(f.not_measurable.contains_key("conversation_rate"));
    assert_eq!(
        f.applause_rate,
        Some((12.0 + 7.0) / 2.0),
        "likes per original post"
    );
    assert_eq!(
        f.automation_share,
        Some(1.0 / 6.0),
        "one of six tweets via Hootsuite"
    );
    assert_eq!(
        f.reply_share,
        Some(2.0 / 6.0),
        "two replies to others, one self-reply"
    );
}

#[test]
fn several_inputs_are_one_organization_broken_down_per_platform() {
    let a = audit_of(
        &[fixture("x/modern"), fixture("csv/conversation.csv")],
        &["harbour"],
    );
    assert_eq!(a.summary.inputs.len(), 2);
    assert_eq!(a.summary.counts.items, 14);
    assert_eq!(a.summary.platforms.keys().collect::<Vec<_>>(), vec!["x"]);
    assert!(a.summary.own_accounts.contains(&"@harbour".to_string()));
    assert!(
        a.summary
            .own_accounts
            .iter()
            .any(|o| o.contains("HarbourTheatre"))
    );
}

#[test]
fn the_period_keeps_only_items_inside_it_in_the_given_time_zone() {
    let mut opts = AuditOptions::new(vec![fixture("x/modern")]);
    opts.since = Some("2026-08-12".parse().unwrap());
    opts.until = Some("2026-08-12".parse().unwrap());
    // The retweet at 2026-08-13 08:00 UTC is 01:00 PDT on the 13th: outside. The three tweets
    // of the 12th (16:10 to 17:00 UTC, morning in Los Angeles) are inside.
    opts.timezone = jiff::tz::TimeZone::get("America/Los_Angeles").unwrap();
    let a = audit::run(&opts).unwrap();
    assert_eq!(a.summary.counts.items, 3);
    assert_eq!(a.summary.counts.outside_period, 3);
}

#[test]
fn outputs_have_the_contract_columns_and_names() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report");
    let status = Command::new(env!("CARGO_BIN_EXE_earshot"))
        .args(["audit", "--account", "harbour", "--out"])
        .arg(&out)
        .arg(fixture("csv/conversation.csv"))
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let stdout = String::from_utf8_lossy(&status.stdout);
    assert!(stdout.contains("response rate"), "{stdout}");
    assert!(
        stdout.contains("index.html"),
        "the report's path is printed"
    );

    let csv = std::fs::read_to_string(out.join("items.csv")).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.starts_with(
        "id,platform,author,created_at,direction,kind,label,reasons,in_reply_to,conversation,\
         directed,needs_response,question,responded,first_response_seconds"
    ));
    let row = csv.lines().find(|l| l.starts_with("i1,")).unwrap();
    let cells: Vec<&str> = row.split(',').collect();
    assert_eq!(
        &cells[4..7],
        &["inbound", "post", ""],
        "inbound items have no label"
    );
    assert_eq!(&cells[10..15], &["true", "true", "true", "true", "1800"]);

    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("summary.json")).unwrap()).unwrap();
    for key in [
        "organization",
        "inputs",
        "period",
        "own_accounts",
        "overall",
        "platforms",
    ] {
        assert!(json.get(key).is_some(), "summary.json has {key}");
    }
    for name in [
        "dialogue_share",
        "reply_share",
        "templated_share",
        "questions_asked",
        "automation_share",
        "response_rate",
        "question_response_rate",
        "median_response_seconds",
        "p90_response_seconds",
        "answered_within_1h",
        "answered_within_24h",
        "unanswered",
        "people_reached",
        "reciprocity",
        "thread_size",
        "verdict",
    ] {
        assert!(json["overall"].get(name).is_some(), "overall.{name}");
        assert!(
            json["platforms"]["x"].get(name).is_some(),
            "platforms.x.{name}"
        );
    }
    assert!(json["overall"]["automation_share"].is_null());
    assert!(json["overall"]["not_measurable"]["automation_share"].is_string());
    assert!(out.join("index.html").is_file());
    assert!(std::fs::read_dir(out.join("charts")).unwrap().count() > 0);
}

#[test]
fn default_report_folder_is_named_after_the_account() {
    let dir = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_earshot"))
        .current_dir(dir.path())
        .arg("audit")
        .arg(fixture("x/modern"))
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    assert!(
        dir.path()
            .join("reports/harbourtheatre/index.html")
            .is_file()
    );
}

#[test]
fn exit_status_is_2_when_nothing_can_be_read_and_1_when_rows_were_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let missing = Command::new(env!("CARGO_BIN_EXE_earshot"))
        .args(["audit", "--out"])
        .arg(dir.path().join("a"))
        .arg(dir.path().join("no-such-file.csv"))
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no-such-file.csv"));
    assert!(
        !dir.path().join("a").exists(),
        "no report after a fatal error"
    );

    let partial = Command::new(env!("CARGO_BIN_EXE_earshot"))
        .args(["audit", "--out"])
        .arg(dir.path().join("b"))
        .arg(fixture("csv/broken-rows.csv"))
        .output()
        .unwrap();
    assert_eq!(partial.status.code(), Some(1));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("b/summary.json")).unwrap()).unwrap();
    assert_eq!(
        json["counts"]["skipped"], 4,
        "skipped rows are counted in the report"
    );

    let one_missing = Command::new(env!("CARGO_BIN_EXE_earshot"))
        .args(["audit", "--account", "harbour", "--out"])
        .arg(dir.path().join("c"))
        .arg(fixture("csv/conversation.csv"))
        .arg(dir.path().join("gone.zip"))
        .output()
        .unwrap();
    assert_eq!(
        one_missing.status.code(),
        Some(1),
        "the rest is audited, the status says"
    );
    assert!(String::from_utf8_lossy(&one_missing.stderr).contains("gone.zip"));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("c/summary.json")).unwrap()).unwrap();
    assert_eq!(
        json["inputs"][1]["format"], "unreadable",
        "the missing input is in the report"
    );
}

/// The shared customer-support sample, when present: every directed inbound item's `responded`
/// and `first_response_seconds` equal the reference answers.
#[test]
fn twcs_sample_responses_match_the_reference_answers() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/twcs-sample");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut checked = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("csv") {
            continue;
        }
        let company = path.file_stem().unwrap().to_string_lossy().into_owned();
        let reference: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(
            &std::fs::read(dir.join(format!("{company}.reference.json"))).unwrap(),
        )
        .unwrap();
        let a = audit_of(std::slice::from_ref(&path), &[&company]);
        let directed: Vec<String> = (0..a.items.len())
            .filter(|&i| a.classes[i].inbound.is_some_and(|b| b.directed))
            .map(|i| a.items[i].id.to_string())
            .collect();
        let mut expected_ids: Vec<&String> = reference.keys().collect();
        expected_ids.sort();
        let mut got_ids: Vec<&String> = directed.iter().collect();
        got_ids.sort();
        assert_eq!(got_ids, expected_ids, "{company}: directed inbound items");
        for (id, want) in &reference {
            let r = a.responses.get(index_of(&a, id));
            assert_eq!(
                r.is_some(),
                want["responded"].as_bool().unwrap(),
                "{company} {id}: responded"
            );
            assert_eq!(
                r.and_then(|r| r.seconds),
                want["first_response_seconds"].as_i64(),
                "{company} {id}: first_response_seconds"
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "the sample holds reference answers");
}

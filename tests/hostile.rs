//! Broken and hostile inputs: each file of `tests/fixtures/hostile/` (made by its `generate.py`)
//! with the behaviour it must produce, run through the real command line.
//!
//! For every case: the exit code, the messages (which name the file and the place), the item and
//! skipped counts of the report, that no escape sequence or bidirectional override reaches the
//! terminal, that no panic happens, that the inputs are byte-for-byte unchanged, and that a failed
//! run leaves no report (not even a partial one) behind.
//!
//! A new importer adds its broken files to the corpus and one row per file to [`CASES`].

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use sha2::{Digest, Sha256};

/// One hostile input and what earshot must do with it.
struct Case {
    /// Path under `tests/fixtures/hostile/`, or an absolute path.
    input: &'static str,
    /// Extra `earshot audit` options.
    args: &'static [&'static str],
    /// 0 all read, 1 report written but something was skipped, 2 nothing usable: no report.
    exit: i32,
    /// Fragments that must appear in the output (each message names the file and the place).
    messages: &'static [&'static str],
    /// `counts.items` and `counts.skipped` of `summary.json`, for runs that write a report.
    items: Option<u64>,
    skipped: Option<u64>,
}

const CASES: &[Case] = &[
    Case {
        input: "truncated.zip",
        args: &[],
        exit: 2,
        messages: &["truncated.zip: not a readable zip"],
        items: None,
        skipped: None,
    },
    Case {
        input: "corrupt-entry.zip",
        args: &[],
        exit: 1,
        messages: &[
            "corrupt-entry.zip!data/tweets.js: line 1, after record 0",
            "the file is damaged",
        ],
        items: Some(0),
        skipped: Some(1),
    },
    Case {
        input: "bomb.zip",
        args: &[],
        exit: 2,
        messages: &[
            "bomb.zip!data/tweets.js",
            "inflates more than 250 times its compressed size: a zip bomb",
            "--max-zip-ratio",
        ],
        items: None,
        skipped: None,
    },
    Case {
        input: "bomb.zip",
        args: &[
            "--max-zip-ratio",
            "100000",
            "--max-unzipped-size",
            "1000000",
        ],
        exit: 2,
        messages: &[
            "bomb.zip!data/tweets.js",
            "over the limit of 1000000 bytes",
            "--max-unzipped-size",
        ],
        items: None,
        skipped: None,
    },
    Case {
        input: "lying-size.zip",
        args: &[],
        exit: 2,
        messages: &[
            "lying-size.zip!data/tweets.js",
            "more than the 100 bytes its header declares",
        ],
        items: None,
        skipped: None,
    },
    Case {
        input: "many-entries.zip",
        args: &["--max-zip-entries", "100"],
        exit: 2,
        messages: &[
            "many-entries.zip: the zip holds 202 entries, more than the limit of 100",
            "--max-zip-entries",
        ],
        items: None,
        skipped: None,
    },
    Case {
        input: "many-entries.zip",
        args: &[],
        exit: 0,
        messages: &[],
        items: Some(3),
        skipped: Some(0),
    },
    Case {
        input: "traversal.zip",
        args: &[],
        exit: 1,
        messages: &[
            "traversal.zip: entry `../earshot-escape.txt`",
            "traversal.zip: entry `/tmp/earshot-absolute-escape.txt`",
            "traversal.zip: entry `data/../../earshot-escape-2.txt`",
            "absolute or climbs out",
        ],
        items: Some(3),
        skipped: Some(3),
    },
    Case {
        input: "deep-nesting",
        args: &[],
        exit: 1,
        messages: &[
            "deep-nesting/data/tweets.js: line 1, column 10164, record 3",
            "not a readable tweet (invalid type: sequence",
        ],
        items: Some(2),
        skipped: Some(1),
    },
    Case {
        input: "deep-account",
        args: &[],
        exit: 2,
        messages: &[
            "deep-account/data/account.js: line 1",
            "not a readable account.js",
        ],
        items: None,
        skipped: None,
    },
    Case {
        input: "latin1.csv",
        args: &[],
        exit: 1,
        messages: &["latin1.csv: line 3", "not valid UTF-8", "Latin-1"],
        items: Some(2),
        skipped: Some(1),
    },
    Case {
        input: "utf16le-bom.csv",
        args: &[],
        exit: 0,
        messages: &[],
        items: Some(2),
        skipped: Some(0),
    },
    Case {
        input: "utf16be-bom.csv",
        args: &[],
        exit: 0,
        messages: &[],
        items: Some(2),
        skipped: Some(0),
    },
    Case {
        input: "utf16-truncated.csv",
        args: &[],
        exit: 1,
        messages: &[
            "utf16-truncated.csv: line 3",
            "UTF-16",
            "ends in the middle of a character",
        ],
        items: Some(1),
        skipped: Some(1),
    },
    Case {
        input: "ragged.csv",
        args: &[],
        exit: 1,
        messages: &[
            "ragged.csv: line 3: the record has 3 fields where the header has 8",
            "ragged.csv: line 4: the record has 11 fields where the header has 8",
        ],
        items: Some(3),
        skipped: Some(2),
    },
    Case {
        input: "unclosed-quote.csv",
        args: &[],
        exit: 1,
        messages: &["unclosed-quote.csv: line 3", "never closed"],
        items: Some(1),
        skipped: Some(2),
    },
    Case {
        input: "timestamps.csv",
        args: &[],
        exit: 1,
        messages: &[
            "timestamps.csv: line 4: `9999-12-31T23:59:59Z`",
            "timestamps.csv: line 6: `+10000-01-01T00:00:00Z`",
            "timestamps.csv: record 1 (id 1): dated 1970-01-01T00:00:00Z",
            "timestamps.csv: record 2 (id 2): dated 1970-01-01T00:00:00Z",
            "record 6 (id 6): dated -001199",
            "kept as undated",
        ],
        items: Some(5),
        skipped: Some(2),
    },
    Case {
        input: "huge-counts.csv",
        args: &[],
        exit: 1,
        messages: &[
            "huge-counts.csv: line 4: `likes` is `99999999999999999999999`, larger than any count",
            "huge-counts.csv: line 5: `likes` is `-5`, not a whole number",
        ],
        items: Some(2),
        skipped: Some(2),
    },
    Case {
        input: "control-chars.csv",
        args: &["--name", "Evil\u{1b}[2J\u{202e}Co\u{200b}"],
        exit: 1,
        messages: &[
            "control-chars.csv: line 6: `direction` is `sideways\\u{1b}[2j`",
            "Evil\\u{1b}[2J\\u{202e}Co\\u{200b}",
        ],
        items: Some(4),
        skipped: Some(1),
    },
    Case {
        input: "payloads.csv",
        args: &[],
        exit: 0,
        messages: &[],
        items: Some(7),
        skipped: Some(0),
    },
    Case {
        input: "/dev/zero",
        args: &[],
        exit: 2,
        messages: &["/dev/zero: not a regular file or folder"],
        items: None,
        skipped: None,
    },
    Case {
        input: "long-record.csv",
        args: &["--max-record-size", "1000"],
        exit: 2,
        messages: &[
            "long-record.csv: line 3",
            "one record is longer than the limit of 1000 bytes",
            "--max-record-size",
        ],
        items: None,
        skipped: None,
    },
    Case {
        input: "mastodon-truncated",
        args: &[],
        exit: 1,
        messages: &[
            "mastodon-truncated/outbox.json: line 1, column 2295, after activity 4",
            "the file is damaged (EOF while parsing a string",
            "mastodon-truncated/outbox.json: activity 3: published `9999-12-31T23:59:59Z` is not a time",
            "mastodon-truncated/outbox.json: activity 4: the activity has no published time",
            "outbox.json: record 2 (id https://social.example/users/brokenco/statuses/2): dated 1970-01-01T00:00:00Z",
        ],
        items: Some(4),
        skipped: Some(1),
    },
    Case {
        input: "mastodon-deep",
        args: &[],
        exit: 1,
        messages: &[
            "mastodon-deep/outbox.json: line 1, column 776, after activity 1",
            "recursion limit exceeded",
        ],
        items: Some(1),
        skipped: Some(1),
    },
    Case {
        input: "mastodon-long-activity",
        args: &["--max-record-size", "1000"],
        exit: 2,
        messages: &[
            "mastodon-long-activity/outbox.json: line 1, column 2002, after activity 1",
            "one record is longer than the limit of 1000 bytes",
            "--max-record-size",
        ],
        items: None,
        skipped: None,
    },
    Case {
        input: "mastodon-long-activity",
        args: &[],
        exit: 0,
        messages: &[],
        items: Some(3),
        skipped: Some(0),
    },
    Case {
        input: "wordpress-truncated.xml",
        args: &[],
        exit: 1,
        messages: &[
            "wordpress-truncated.xml: byte 1620, in item 3: the file is damaged",
            "wordpress-truncated.xml: item 1 (post-1), comment 2: `yesterday` is not a date",
            "wordpress-truncated.xml: item 2 (post-2): `9999-12-31 23:59:59` is not a date",
            "wordpress-truncated.xml: record 1 (id comment-11): dated 1970-01-01T00:00:00Z",
        ],
        items: Some(2),
        skipped: Some(3),
    },
    Case {
        input: "wordpress-long-item.xml",
        args: &["--max-record-size", "1000"],
        exit: 2,
        messages: &[
            "wordpress-long-item.xml: byte 700, in item 2",
            "one record is longer than the limit of 1000 bytes",
            "--max-record-size",
        ],
        items: None,
        skipped: None,
    },
    Case {
        input: "wordpress-long-item.xml",
        args: &[],
        exit: 0,
        messages: &[],
        items: Some(3),
        skipped: Some(0),
    },
    Case {
        input: "wordpress-latin1.xml",
        args: &[],
        // Nothing was skipped: the item is kept, its text marked, with a warning.
        exit: 0,
        messages: &[
            "wordpress-latin1.xml: item 2: the item holds text that is not valid UTF-8",
            "replacement character",
        ],
        items: Some(3),
        skipped: Some(0),
    },
    Case {
        input: "bluesky-lines.jsonl",
        args: &[],
        exit: 1,
        messages: &[
            "bluesky-lines.jsonl: line 2: not a JSON record",
            "bluesky-lines.jsonl: line 3: not a JSON record (EOF while parsing",
            "bluesky-lines.jsonl: line 4: createdAt `9999-12-31T23:59:59Z` is not a time",
            "bluesky-lines.jsonl: line 5: createdAt `yesterday` is not a time",
            "bluesky-lines.jsonl: line 6: not a JSON record (recursion limit exceeded",
        ],
        items: Some(4),
        skipped: Some(3),
    },
    Case {
        input: "bluesky-deep.json",
        args: &[],
        exit: 1,
        messages: &[
            "bluesky-deep.json: line 1, column 369, after record 1",
            "recursion limit exceeded",
        ],
        items: Some(1),
        skipped: Some(1),
    },
    Case {
        input: "youtube-damaged.csv",
        args: &[],
        exit: 1,
        messages: &[
            "youtube-damaged.csv: line 3: unreadable record",
            "invalid utf-8",
            "youtube-damaged.csv: line 4: no Comment ID",
            "youtube-damaged.csv: record 4 (id Ugy4): dated 1970-01-01T00:00:00Z",
        ],
        items: Some(2),
        skipped: Some(2),
    },
    Case {
        input: "reddit-dates",
        args: &[],
        exit: 1,
        messages: &[
            "reddit-dates/posts.csv: line 3: `not a date` is not a date",
            "reddit-dates/posts.csv: line 4: `9999-12-31 23:59:59 UTC` is not a date",
        ],
        items: Some(2),
        skipped: Some(2),
    },
    Case {
        input: "facebook-truncated",
        args: &[],
        exit: 2,
        messages: &[
            "facebook-truncated/your_posts_1.json: line 1, column 113",
            "not readable JSON: EOF while parsing",
        ],
        items: None,
        skipped: None,
    },
    Case {
        input: "facebook-messenger",
        args: &[],
        exit: 1,
        messages: &[
            "facebook-messenger/messages/inbox/bob_2/message_1.json: line 1, column 192",
            "recursion limit exceeded",
            "the others were",
        ],
        items: Some(2),
        skipped: Some(1),
    },
    Case {
        input: "instagram-deep",
        args: &[],
        exit: 2,
        messages: &[
            "instagram-deep/content/posts_1.json: line 1, column 136",
            "recursion limit exceeded",
        ],
        items: None,
        skipped: None,
    },
    Case {
        input: "linkedin-latin1",
        args: &[],
        exit: 2,
        messages: &["linkedin-latin1/Shares.csv: byte 123: not UTF-8 text"],
        items: None,
        skipped: None,
    },
    Case {
        input: "grailbird-deep",
        args: &[],
        exit: 1,
        messages: &[
            "grailbird-deep/data/js/tweets/2015_08.js: line 1, column 129",
            "recursion limit exceeded",
            "its tweets are left out",
        ],
        items: Some(1),
        skipped: Some(1),
    },
    Case {
        input: "x-dm-truncated",
        args: &[],
        exit: 1,
        messages: &[
            "x-dm-truncated/data/direct-messages.js: line 1, column 110",
            "not a readable direct-messages file: EOF while parsing",
            "its messages are left out",
        ],
        items: Some(3),
        skipped: Some(1),
    },
    Case {
        // Bytes that are not UTF-8: in a tweet's text the tweet is skipped, naming the place;
        // in a field earshot does not read they change nothing.
        input: "x-invalid-utf8",
        args: &[],
        exit: 1,
        messages: &[
            "x-invalid-utf8/data/tweets.js: line 4, column 45, record 3",
            "not a readable tweet (invalid unicode code point)",
        ],
        items: Some(2),
        skipped: Some(1),
    },
];

fn hostile(rel: &str) -> PathBuf {
    if rel.starts_with('/') {
        return PathBuf::from(rel);
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile")
        .join(rel)
}

/// SHA-256 of every regular file under `path`, by path.
fn hashes(path: &Path) -> BTreeMap<PathBuf, String> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(path) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let bytes = std::fs::read(entry.path()).unwrap();
            let digest = Sha256::digest(&bytes);
            out.insert(
                entry.path().to_path_buf(),
                digest.iter().map(|b| format!("{b:02x}")).collect(),
            );
        }
    }
    out
}

fn earshot(args: &[&std::ffi::OsStr], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_earshot"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("earshot runs")
}

/// No byte sequence that a terminal would act on, or that reorders or hides what it shows.
fn terminal_safe(text: &str) -> Result<(), String> {
    for c in text.chars() {
        let bad = (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200F}');
        if bad {
            return Err(format!("{:?} reached the terminal", c));
        }
    }
    Ok(())
}

fn run_case(case: &Case) -> Result<(), String> {
    let input = hostile(case.input);
    let is_regular = input.is_dir() || input.is_file();
    let before = if is_regular {
        hashes(&input)
    } else {
        BTreeMap::new()
    };
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("report");
    let mut args: Vec<&std::ffi::OsStr> = vec![
        "audit".as_ref(),
        input.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--reproducible".as_ref(),
    ];
    args.extend(case.args.iter().map(|a| std::ffi::OsStr::new(*a)));
    let output = earshot(&args, work.path());
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let what = format!("stdout:\n{stdout}\nstderr:\n{stderr}");
    if output.status.code() != Some(case.exit) {
        return Err(format!(
            "exit {:?}, expected {}\n{what}",
            output.status.code(),
            case.exit
        ));
    }
    if stderr.contains("panicked") {
        return Err(format!("a panic\n{what}"));
    }
    terminal_safe(&stdout).map_err(|e| format!("stdout: {e}\n{what}"))?;
    terminal_safe(&stderr).map_err(|e| format!("stderr: {e}\n{what}"))?;
    for m in case.messages {
        if !stderr.contains(m) && !stdout.contains(m) {
            return Err(format!("no message containing {m:?}\n{what}"));
        }
    }
    if is_regular && hashes(&input) != before {
        return Err("the input was modified".into());
    }
    let left: Vec<_> = std::fs::read_dir(work.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    if case.exit == 2 {
        if !left.is_empty() {
            return Err(format!("a failed run left {left:?} behind\n{what}"));
        }
        return Ok(());
    }
    if left.len() != 1 {
        return Err(format!("expected only the report, found {left:?}"));
    }
    let summary: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("summary.json")).unwrap()).unwrap();
    let counts = &summary["counts"];
    if let Some(items) = case.items
        && counts["items"] != items
    {
        return Err(format!(
            "{} items, expected {items}\n{what}",
            counts["items"]
        ));
    }
    if let Some(skipped) = case.skipped
        && counts["skipped"] != skipped
    {
        return Err(format!(
            "{} skipped, expected {skipped}\n{what}",
            counts["skipped"]
        ));
    }
    Ok(())
}

#[test]
fn every_hostile_input_gets_its_documented_behaviour() {
    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|c| {
            run_case(c)
                .err()
                .map(|e| format!("{} {:?}: {e}", c.input, c.args))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn zip_entries_that_climb_out_are_never_written_or_followed() {
    // Run from a folder nested two deep, so `../` and `../../` land in places we can check.
    let root = tempfile::tempdir().unwrap();
    let cwd = root.path().join("a/b");
    std::fs::create_dir_all(&cwd).unwrap();
    let absolute = Path::new("/tmp/earshot-absolute-escape.txt");
    let absolute_before = absolute.exists();
    let input = hostile("traversal.zip");
    let out = cwd.join("report");
    let output = earshot(
        &[
            "audit".as_ref(),
            input.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ],
        &cwd,
    );
    assert_eq!(output.status.code(), Some(1));
    let written: Vec<PathBuf> = walkdir::WalkDir::new(root.path())
        .into_iter()
        .map(|e| e.unwrap().path().to_path_buf())
        .filter(|p| p.is_file())
        .collect();
    assert!(
        written.iter().all(|p| p.starts_with(&out)),
        "only the report is written: {written:?}"
    );
    assert!(
        !written
            .iter()
            .any(|p| p.to_string_lossy().contains("escape")),
        "no entry was extracted: {written:?}"
    );
    assert_eq!(
        absolute.exists(),
        absolute_before,
        "nothing written at {absolute:?}"
    );
    // The refused entries are not in the report's list of files read either.
    let summary = std::fs::read_to_string(out.join("summary.json")).unwrap();
    assert!(!summary.contains("\"../earshot-escape.txt\""));
}

#[test]
fn payloads_are_neutralized_in_items_csv_and_escaped_in_html() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("report");
    let input = hostile("payloads.csv");
    let output = earshot(
        &[
            "audit".as_ref(),
            input.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ],
        work.path(),
    );
    assert_eq!(output.status.code(), Some(0));
    let mut r = csv::Reader::from_path(out.join("items.csv")).unwrap();
    let headers = r.headers().unwrap().clone();
    let mut rows = 0;
    for rec in r.records() {
        let rec = rec.unwrap();
        rows += 1;
        for (name, cell) in headers.iter().zip(rec.iter()) {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "column {name} starts with a formula character: {cell:?}"
            );
        }
    }
    assert_eq!(rows, 7);
    let csv_text = std::fs::read_to_string(out.join("items.csv")).unwrap();
    assert!(
        csv_text.contains("'=HYPERLINK"),
        "the formula is kept, as text"
    );
    assert!(csv_text.contains("'=cmd|"));
    assert!(
        csv_text.contains(",'=2+5,"),
        "a platform word is a cell like any other"
    );
    let html = std::fs::read_to_string(out.join("index.html")).unwrap();
    for raw in [
        "<script>alert",
        "<img src=x",
        "<svg onload",
        "</script><script>",
        "href=\"javascript:",
    ] {
        assert!(!html.contains(raw), "index.html holds {raw:?} unescaped");
    }
}

/// Peak resident memory of a running child, in kB, polled from /proc until it exits.
fn wait_with_peak_rss(mut child: std::process::Child) -> (Output, u64) {
    let pid = child.id();
    let mut peak = 0u64;
    loop {
        if let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status"))
            && let Some(line) = status.lines().find(|l| l.starts_with("VmHWM:"))
        {
            let kb: u64 = line
                .split_whitespace()
                .nth(1)
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            peak = peak.max(kb);
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let output = child.wait_with_output().unwrap();
    (output, peak)
}

/// A file of `prefix` followed by zeros up to `size` bytes, sparse: it takes no disk space.
fn sparse_file(path: &Path, prefix: &[u8], size: u64) {
    let mut f = std::fs::File::create(path).unwrap();
    f.write_all(prefix).unwrap();
    f.set_len(size).unwrap();
}

/// Runs earshot on `input` under a 2 GiB address-space limit (a multi-gigabyte line read into
/// memory would break it) and returns the output and the peak RSS in MiB.
fn run_bounded(input: &Path, cwd: &Path) -> (Output, u64) {
    let child = Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 2097152 && exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_earshot"))
        .arg("audit")
        .arg(input)
        .arg("--out")
        .arg(cwd.join("report"))
        .current_dir(cwd)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (output, kb) = wait_with_peak_rss(child);
    eprintln!("{}: peak RSS {} MiB", input.display(), kb / 1024);
    (output, kb / 1024)
}

const THREE_GB: u64 = 3 << 30;
const RSS_BOUND_MB: u64 = 400;

#[test]
fn a_multi_gigabyte_csv_field_stops_at_the_record_limit_in_bounded_memory() {
    let work = tempfile::tempdir().unwrap();
    let input = work.path().join("huge.csv");
    sparse_file(
        &input,
        b"id,author,created_at,text\n1,ann,2025-08-04T10:00:00Z,short\n2,ann,2025-08-04T10:00:00Z,\"",
        THREE_GB,
    );
    let (output, peak_mb) = run_bounded(&input, work.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("huge.csv: line 3"), "{stderr}");
    assert!(
        stderr.contains("one record is longer than the limit of 67108864 bytes"),
        "{stderr}"
    );
    assert!(peak_mb < RSS_BOUND_MB, "peak RSS {peak_mb} MiB");
    assert!(!work.path().join("report").exists());
}

#[test]
fn a_multi_gigabyte_line_in_an_x_archive_stops_at_the_record_limit_in_bounded_memory() {
    let work = tempfile::tempdir().unwrap();
    let archive = work.path().join("archive");
    std::fs::create_dir_all(archive.join("data")).unwrap();
    // A tweets file whose first line never reaches its `=`.
    sparse_file(
        &archive.join("data/tweets.js"),
        b"window.YTD.tweets.part0 ",
        THREE_GB,
    );
    let (output, peak_mb) = run_bounded(&archive, work.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("data/tweets.js: line 1"), "{stderr}");
    assert!(stderr.contains("longer than the limit"), "{stderr}");
    assert!(peak_mb < RSS_BOUND_MB, "peak RSS {peak_mb} MiB");

    // The same with a multi-gigabyte account.js beside a valid tweets file.
    std::fs::write(
        archive.join("data/tweets.js"),
        "window.YTD.tweets.part0 = []",
    )
    .unwrap();
    sparse_file(
        &archive.join("data/account.js"),
        b"window.YTD.account.part0 = ",
        THREE_GB,
    );
    let (output, peak_mb) = run_bounded(&archive, work.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("data/account.js"), "{stderr}");
    assert!(stderr.contains("longer than the limit"), "{stderr}");
    assert!(peak_mb < RSS_BOUND_MB, "peak RSS {peak_mb} MiB");
}

#[test]
fn a_multi_gigabyte_wordpress_item_stops_at_the_record_limit_in_bounded_memory() {
    let work = tempfile::tempdir().unwrap();
    let input = work.path().join("huge.xml");
    sparse_file(
        &input,
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>\n<wp:wxr_version>1.2</wp:wxr_version>\n<item><title>",
        THREE_GB,
    );
    let (output, peak_mb) = run_bounded(&input, work.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("huge.xml: byte"), "{stderr}");
    assert!(stderr.contains("in item 1"), "{stderr}");
    assert!(
        stderr.contains("one record is longer than the limit of 67108864 bytes"),
        "{stderr}"
    );
    assert!(peak_mb < RSS_BOUND_MB, "peak RSS {peak_mb} MiB");
    assert!(!work.path().join("report").exists());
}

#[test]
fn a_multi_gigabyte_bluesky_json_line_stops_at_the_record_limit_in_bounded_memory() {
    let work = tempfile::tempdir().unwrap();
    let input = work.path().join("huge.jsonl");
    sparse_file(
        &input,
        b"{\"uri\":\"at://did:plc:x/app.bsky.feed.post/3k1\",\"value\":{\"$type\":\"app.bsky.feed.post\",\"text\":\"hi\",\"createdAt\":\"2025-08-04T10:00:00Z\"}}\n{\"uri\":\"",
        THREE_GB,
    );
    let (output, peak_mb) = run_bounded(&input, work.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("huge.jsonl: line 2"), "{stderr}");
    assert!(
        stderr.contains("one record is longer than the limit of 67108864 bytes"),
        "{stderr}"
    );
    assert!(peak_mb < RSS_BOUND_MB, "peak RSS {peak_mb} MiB");
    assert!(!work.path().join("report").exists());
}

#[test]
fn a_multi_gigabyte_youtube_comment_stops_at_the_record_limit_in_bounded_memory() {
    let work = tempfile::tempdir().unwrap();
    let input = work.path().join("huge.csv");
    sparse_file(
        &input,
        b"Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Video ID,Comment Text\nUgy1,UC1,2025-08-04T10:00:00+00:00,0,,v1,\"",
        THREE_GB,
    );
    let (output, peak_mb) = run_bounded(&input, work.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("huge.csv: line 2"), "{stderr}");
    assert!(
        stderr.contains("one record is longer than the limit of 67108864 bytes"),
        "{stderr}"
    );
    assert!(peak_mb < RSS_BOUND_MB, "peak RSS {peak_mb} MiB");
}

/// Every input that a fuzzer once broke, fed again to what that target fed it: an export laid
/// out as the target saw it, run through the whole audit; or, for the `rules` and `config`
/// targets, the rules file to `earshot rules check` and the config file to `earshot audit
/// --config`. The file name starts with the fuzz target's name.
#[test]
fn fuzzer_findings_stay_fixed() {
    let dir = hostile("regressions");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "README.md" {
            continue;
        }
        seen += 1;
        let bytes = std::fs::read(&path).unwrap();
        let work = tempfile::tempdir().unwrap();
        for args in regression_runs(&name, &bytes, work.path()) {
            let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
            let output = earshot(&args, work.path());
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(
                matches!(output.status.code(), Some(0..=2)),
                "{name} {args:?}: {:?}\n{stderr}",
                output.status
            );
            assert!(!stderr.contains("panicked"), "{name} {args:?}: {stderr}");
            let _ = std::fs::remove_dir_all(work.path().join("report"));
        }
    }
    assert!(seen > 0 || dir.join("README.md").exists());
}

/// The command lines that feed a regression input to what its fuzz target fed it.
fn regression_runs(name: &str, bytes: &[u8], dir: &Path) -> Vec<Vec<std::ffi::OsString>> {
    let audit = |input: PathBuf| -> Vec<std::ffi::OsString> {
        vec![
            "audit".into(),
            input.into(),
            "--out".into(),
            dir.join("report").into(),
        ]
    };
    if name.starts_with("rules") {
        let file = dir.join("rules.toml");
        std::fs::write(&file, bytes).unwrap();
        return vec![vec!["rules".into(), "check".into(), file.into()]];
    }
    if name.starts_with("config") {
        let file = dir.join("earshot.toml");
        std::fs::write(&file, bytes).unwrap();
        let mut args = vec!["audit".into(), "--config".into(), file.into()];
        args.extend(["--out".into(), dir.join("report").into()]);
        return vec![args];
    }
    regression_inputs(name, bytes, dir)
        .into_iter()
        .map(audit)
        .collect()
}

/// Lays a regression input out as its fuzz target saw it: inside an export folder beside valid
/// files, under the names that target used, or as a file on its own (CSV, zip, XML, CAR...).
fn regression_inputs(name: &str, bytes: &[u8], dir: &Path) -> Vec<PathBuf> {
    let ok_account =
        r#"window.YTD.account.part0 = [{"account":{"accountId":"1","username":"fuzz"}}]"#;
    let ok_tweets = r#"window.YTD.tweets.part0 = [{"tweet":{"id_str":"1","full_text":"hi","created_at":"Sat Aug 12 16:10:37 +0000 2023"}}]"#;
    let ok_actor = r#"{"id":"https://example.social/users/fuzz","type":"Person","preferredUsername":"fuzz","outbox":"outbox.json"}"#;
    let ok_user = r#"var user_details = {"screen_name":"fuzz","id":"1"}"#;
    let target = name.split('-').next().unwrap_or(name);
    // A folder of `files`, each either the regression's bytes (`None`) or the given text.
    let folder = |sub: &str, files: &[(&str, Option<&str>)]| -> PathBuf {
        let root = dir.join(sub);
        for (file, text) in files {
            let path = root.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text.map(str::as_bytes).unwrap_or(bytes)).unwrap();
        }
        root
    };
    let single = |file: &str| -> PathBuf {
        let path = dir.join(file);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    match target {
        "x_tweets" => vec![folder(
            "archive",
            &[
                ("data/tweets.js", None),
                ("data/account.js", Some(ok_account)),
            ],
        )],
        "x_account" => vec![folder(
            "archive",
            &[
                ("data/tweets.js", Some(ok_tweets)),
                ("data/account.js", None),
            ],
        )],
        "x_direct_messages" => vec![folder(
            "archive",
            &[
                ("data/account.js", Some(ok_account)),
                ("data/tweets.js", Some(ok_tweets)),
                ("data/direct-messages.js", None),
                ("data/like.js", None),
            ],
        )],
        "mastodon" => vec![
            folder(
                "mastodon",
                &[
                    ("actor.json", Some(ok_actor)),
                    ("outbox.json", None),
                    ("likes.json", None),
                ],
            ),
            single("outbox.json"),
        ],
        "wordpress" => vec![single("export.xml")],
        "bluesky_car" => vec![single("repo.car")],
        "bluesky_json" => vec![single("records.json"), single("records.jsonl")],
        "youtube" => vec![single("comments.csv")],
        "reddit" => vec![folder(
            "reddit",
            &[
                ("posts.csv", None),
                ("comments.csv", None),
                ("statistics.csv", None),
            ],
        )],
        "facebook" => vec![
            folder(
                "facebook",
                &[
                    ("your_facebook_activity/posts/your_posts_1.json", None),
                    (
                        "your_facebook_activity/comments_and_reactions/comments.json",
                        None,
                    ),
                    (
                        "personal_information/profile_information/profile_information.json",
                        None,
                    ),
                ],
            ),
            single("your_posts_1.json"),
        ],
        "instagram" => vec![
            folder(
                "instagram",
                &[
                    ("your_instagram_activity/content/posts_1.json", None),
                    (
                        "your_instagram_activity/comments/post_comments_1.json",
                        None,
                    ),
                    (
                        "personal_information/personal_information/personal_information.json",
                        None,
                    ),
                ],
            ),
            folder(
                "instagram-2020",
                &[
                    ("media.json", None),
                    ("comments.json", None),
                    ("profile.json", None),
                ],
            ),
        ],
        "messenger" => vec![
            folder(
                "facebook",
                &[(
                    "your_facebook_activity/messages/inbox/fuzz_1/message_1.json",
                    None,
                )],
            ),
            folder(
                "instagram",
                &[(
                    "your_instagram_activity/messages/inbox/fuzz_1/message_1.json",
                    None,
                )],
            ),
        ],
        "linkedin" => vec![folder(
            "linkedin",
            &[
                ("Shares.csv", None),
                ("Comments.csv", None),
                ("Profile.csv", None),
            ],
        )],
        "x_grailbird" => vec![
            folder(
                "grailbird",
                &[
                    ("data/js/tweets/2015_08.js", None),
                    ("data/js/user_details.js", Some(ok_user)),
                ],
            ),
            single("tweets.csv"),
        ],
        "source_zip" => vec![single("input.zip")],
        _ => vec![single("input.csv")],
    }
}

#[test]
fn every_fuzz_target_has_a_regression_layout() {
    // A target added to fuzz/ without a layout here would have its findings fed to the CSV
    // importer, where they prove nothing.
    let known = [
        "x_tweets",
        "x_account",
        "x_direct_messages",
        "earshot_csv",
        "audit_csv",
        "source_zip",
        "mastodon",
        "wordpress",
        "bluesky_car",
        "bluesky_json",
        "youtube",
        "reddit",
        "facebook",
        "instagram",
        "messenger",
        "linkedin",
        "x_grailbird",
        "rules",
        "config",
    ];
    let targets = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/fuzz_targets");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(targets).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if let Some(target) = name.strip_suffix(".rs") {
            found.push(target.to_string());
        }
    }
    found.sort();
    let mut known: Vec<String> = known.iter().map(|s| s.to_string()).collect();
    known.sort();
    assert_eq!(
        found, known,
        "each fuzz target needs its layout in regression_inputs"
    );
}

#[test]
fn a_report_folder_over_or_inside_an_input_is_refused_and_the_input_survives() {
    let work = tempfile::tempdir().unwrap();
    let input = work.path().join("archive");
    std::fs::create_dir_all(input.join("data")).unwrap();
    for f in ["account.js", "tweets.js"] {
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/x/modern/data")
                .join(f),
            input.join("data").join(f),
        )
        .unwrap();
    }
    let before = hashes(work.path());
    for out in [
        input.clone(),
        work.path().to_path_buf(),
        input.join("data/report"),
    ] {
        let output = earshot(
            &[
                "audit".as_ref(),
                input.as_os_str(),
                "--out".as_ref(),
                out.as_os_str(),
            ],
            work.path(),
        );
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("overlaps the input"), "{stderr}");
        assert_eq!(
            hashes(work.path()),
            before,
            "nothing changed for --out {out:?}"
        );
    }
}

/// One crafted conversation of a hundred thousand alternating replies: every inbound item is
/// answered by the reply right after it, a minute later. How long this takes is measured by the
/// `long_conversation` benchmark (`cargo bench`), not here: a quadratic pairing would still pass
/// this test, only slowly.
#[test]
fn a_conversation_of_a_hundred_thousand_replies_pairs_each_with_the_next() {
    use earshot::model::{Direction, Item, Platform};
    let n = 100_000;
    let items: Vec<Item> = (0..n)
        .map(|i| {
            let author = if i % 2 == 1 { "org" } else { "ann" };
            let mut it = Item::new(Platform::X, format!("t{i}"), author);
            it.in_reply_to = (i > 0).then(|| format!("t{}", i - 1)).map(Into::into);
            it.set_created_at(Some(
                jiff::Timestamp::from_second(1_754_000_000 + i * 60).unwrap(),
            ));
            it
        })
        .collect();
    let dirs: Vec<Direction> = items
        .iter()
        .map(|it| {
            if it.author == "org" {
                Direction::Outbound
            } else {
                Direction::Inbound
            }
        })
        .collect();
    let threads = earshot::thread::Threads::link(&items);
    let responses =
        earshot::metrics::pairing::pair(&items, &dirs, &threads, |i| dirs[i] == Direction::Inbound);
    assert_eq!(threads.count(), 1);
    assert_eq!(responses.iter().count(), n as usize / 2);
    assert!(responses.iter().all(|(_, r)| r.seconds == Some(60)));
}

/// Unreadable tweets in the first, a middle and the last of many parsing batches (a batch is a
/// few megabytes): each is skipped and named by its own record number, and every other tweet is
/// kept, in file order, knowing its own record number.
#[test]
fn unreadable_tweets_across_parsing_batches_keep_their_record_numbers() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("archive/data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(
        data.join("account.js"),
        r#"window.YTD.account.part0 = [{"account":{"accountId":"42","username":"BrokenCo"}}]"#,
    )
    .unwrap();
    let n = 30_000;
    let bad = [5, 14_000, 30_000];
    let padding = "x".repeat(450);
    let mut js = String::from("window.YTD.tweets.part0 = [\n");
    for record in 1..=n {
        let text = if bad.contains(&record) {
            "7".to_string()
        } else {
            format!("\"tweet {record} {padding}\"")
        };
        js.push_str(&format!(
            "{{\"tweet\": {{\"id_str\": \"{record}\", \"full_text\": {text}, \"created_at\": \"Mon Aug 04 10:00:00 +0000 2025\"}}}}{}\n",
            if record < n { "," } else { "" }
        ));
    }
    js.push_str("]\n");
    assert!(
        js.len() > 3 * (4 << 20),
        "{} bytes: too few batches",
        js.len()
    );
    std::fs::write(data.join("tweets.js"), js).unwrap();

    let mut results = earshot::ingest::load(
        &work.path().join("archive"),
        0,
        &earshot::ingest::Limits::default(),
    );
    let loaded = results.pop().unwrap().unwrap();
    let import = &loaded.import;
    let ids: Vec<u32> = import
        .items
        .iter()
        .map(|it| it.id.parse().unwrap())
        .collect();
    let expected: Vec<u32> = (1..=n).filter(|r| !bad.contains(r)).collect();
    assert_eq!(ids, expected);
    // Each item knows its own record (here its id).
    assert!(
        import
            .items
            .iter()
            .all(|it| it.origin.record().to_string() == it.id.as_str()),
        "an item's record number is not its place in the file"
    );
    let places: Vec<String> = import
        .warnings
        .iter()
        .map(|w| w.place.clone().unwrap_or_default())
        .collect();
    assert_eq!(places.len(), 3, "{places:?}");
    for (place, record) in places.iter().zip(bad) {
        assert!(
            place.starts_with(&format!("line {}, ", record + 1))
                && place.ends_with(&format!(", record {record}")),
            "{place}"
        );
    }
}

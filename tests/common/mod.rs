//! Helpers the importer tests share: loading a fixture and rendering items as a snapshot.

#![allow(dead_code)]

use std::fmt::Write;
use std::path::{Path, PathBuf};

use earshot::ingest::{self, Format, InputError, Limits, Loaded};
use earshot::model::Item;

/// A fixture's path under `tests/fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// Loads one input and expects exactly one export of `format` in it.
pub fn load_one(path: &Path, format: Format) -> Loaded {
    let mut results = ingest::load(path, 0, &Limits::default());
    assert_eq!(
        results.len(),
        1,
        "one export expected in {}",
        path.display()
    );
    let loaded = results
        .pop()
        .unwrap()
        .unwrap_or_else(|e| panic!("{} was not read: {e}", path.display()));
    assert_eq!(loaded.format, format, "format of {}", path.display());
    loaded
}

/// Loads one input that must fail, and returns its error.
pub fn load_err(path: &Path) -> InputError {
    let results = ingest::load(path, 0, &Limits::default());
    results
        .into_iter()
        .find_map(Result::err)
        .unwrap_or_else(|| panic!("{} was read without an error", path.display()))
}

/// One line per item with every field an importer sets; text with `\n` escaped.
pub fn render(items: &[Item], with_origin: bool) -> String {
    let mut out = String::new();
    for it in items {
        let opt = |o: Option<&str>| o.unwrap_or("-").to_string();
        let _ = writeln!(
            out,
            "{} | {} | {} | author={} author_id={} | at={} | dir={} | reply_to={} reply_to_author={} | conv={} | mentions=[{}] | url={} | counts={}/{}/{} | {:?}{} | text={:?}",
            it.platform.as_str(),
            it.id,
            it.kind.as_str(),
            it.author,
            opt(it.author_id.as_deref()),
            it.created_at()
                .map(|t| t.to_string())
                .unwrap_or_else(|| "-".into()),
            it.direction.map(|d| d.as_str()).unwrap_or("-"),
            opt(it.in_reply_to.as_deref()),
            opt(it.in_reply_to_author.as_deref()),
            it.conversation_hint.as_deref().unwrap_or("-"),
            it.mentions.join(","),
            it.link().as_deref().unwrap_or("-"),
            count(it.counts.likes.get()),
            count(it.counts.shares.get()),
            count(it.counts.comments.get()),
            it.moderation,
            if with_origin {
                format!(" | from {}#{}", it.origin.file(), it.origin.record())
            } else {
                String::new()
            },
            it.text,
        );
    }
    out
}

fn count(c: Option<u32>) -> String {
    c.map(|n| n.to_string()).unwrap_or_else(|| "-".into())
}

/// Compares `actual` with the committed snapshot `rel` under `tests/fixtures/`. With
/// `EARSHOT_BLESS=1` the snapshot is (re)written instead, to be reviewed in the diff.
pub fn assert_snapshot(rel: &str, actual: &str) {
    let path = fixture(rel);
    if std::env::var_os("EARSHOT_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with EARSHOT_BLESS=1 to write it)",
            path.display()
        )
    });
    if expected != actual {
        panic!(
            "{} differs from the items read.\n--- expected\n{expected}\n--- actual\n{actual}",
            path.display()
        );
    }
}

//! Helpers for the importer tests: load a fixture, render its items compactly, and compare the
//! rendering with the expected file committed beside the fixture.
//!
//! Set `EARSHOT_UPDATE_SNAPSHOTS=1` to rewrite the expected files after a deliberate change, then
//! read the diff before committing it.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use earshot::ingest::{self, Import, InputError, Limits, Loaded};
use earshot::model::Item;

pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// The shared real-world export files, when the shared folder sits beside the project (or where
/// `EARSHOT_SHARED` points); `None` otherwise, and the tests using them pass quietly.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let root = std::env::var_os("EARSHOT_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let p = root.join("formats").join(rel);
    p.exists().then_some(p)
}

/// Loads one input that must hold exactly one readable export.
pub fn load_one(path: &Path) -> Loaded {
    let mut all = ingest::load(path, 0, &Limits::default());
    assert_eq!(all.len(), 1, "{}: expected one export", path.display());
    match all.remove(0) {
        Ok(l) => l,
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

/// Loads one input that must fail, and returns its error.
pub fn load_err(path: &Path) -> InputError {
    let all = ingest::load(path, 0, &Limits::default());
    let errs: Vec<InputError> = all.into_iter().filter_map(Result::err).collect();
    assert_eq!(errs.len(), 1, "{}: expected one error", path.display());
    errs.into_iter().next().unwrap()
}

/// One line per item, the fields an auditor relies on, in the order the importer produced them.
pub fn render(items: &[Item]) -> String {
    let mut out = String::new();
    for it in items {
        let opt = |o: Option<&str>| o.unwrap_or("-").to_string();
        out.push_str(&format!(
            "{} | {} | {} | {} | {} | {} | {} | likes={:?},shares={:?} | parent={} parent_author={} conversation={} | url={} | source={} | mentions={} | {}#{} | {:?}\n",
            it.platform,
            it.id,
            it.kind.as_str(),
            it.direction.map(|d| d.as_str()).unwrap_or("-"),
            it.author,
            opt(it.author_id.as_deref()),
            it.created_at().map(|t| t.to_string()).unwrap_or_else(|| "undated".into()),
            it.counts.likes,
            it.counts.shares,
            opt(it.in_reply_to.as_deref()),
            opt(it.in_reply_to_author.as_deref()),
            it.conversation_hint.as_deref().unwrap_or("-"),
            it.link().as_deref().unwrap_or("-"),
            opt(it.source.as_deref()),
            it.mentions.join(","),
            it.origin.file(),
            it.origin.record(),
            it.text,
        ));
    }
    out
}

/// Warnings, one per line, with the file reduced to its name inside the fixture.
pub fn render_warnings(import: &Import) -> String {
    import
        .warnings
        .iter()
        .map(|w| {
            let file = w.file.rsplit("fixtures/").next().unwrap_or(&w.file);
            format!(
                "{file} | {} | skipped {} | {}\n",
                w.place.as_deref().unwrap_or("-"),
                w.skipped,
                w.message
            )
        })
        .collect()
}

/// Compares `actual` with `tests/fixtures/<rel>`, or rewrites it when asked to.
pub fn assert_snapshot(rel: &str, actual: &str) {
    let path = fixture(rel);
    if std::env::var_os("EARSHOT_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with EARSHOT_UPDATE_SNAPSHOTS=1)",
            path.display()
        )
    });
    if expected != actual {
        for (k, (a, b)) in expected.lines().zip(actual.lines()).enumerate() {
            if a != b {
                panic!(
                    "{} differs at line {}:\n expected: {a}\n   actual: {b}",
                    path.display(),
                    k + 1
                );
            }
        }
        panic!(
            "{}: expected {} lines, got {}",
            path.display(),
            expected.lines().count(),
            actual.lines().count()
        );
    }
}

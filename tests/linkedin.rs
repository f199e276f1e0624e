//! The LinkedIn importer: its lenient reading of LinkedIn's quoting, on fixtures written for the
//! project, on real export samples (MIT, see `fixtures/linkedin/real/PROVENANCE.txt`), and on the
//! shared files.

mod item_render;

use earshot::ingest::Format;
use earshot::model::Kind;
use item_render::{assert_snapshot, fixture, load_one, render, render_warnings, shared};

#[test]
fn linkedin_export_items_match_the_snapshot() {
    let l = load_one(&fixture("linkedin/export"));
    assert_eq!(l.format, Format::LinkedIn);
    assert_snapshot("linkedin/export.expected", &render(&l.import.items));
    assert_snapshot("linkedin/export.warnings", &render_warnings(&l.import));
}

#[test]
fn backslash_quotes_stay_inside_the_comment() {
    let l = load_one(&fixture("linkedin/export"));
    let texts: Vec<&str> = l
        .import
        .items
        .iter()
        .filter(|i| i.kind == Kind::Comment)
        .map(|i| i.text.as_str())
        .collect();
    assert_eq!(
        texts,
        vec![
            "Jana Roth Thanks for sharing!",
            "Jana Roth We call it \"Dinkel, slow\", and yes, it takes 48 hours.",
            "Multi-line answer:\n\nfirst, we ask \"why?\"\nthen, we bake.",
            "Then, \"Critique each.\"",
        ]
    );
}

#[test]
fn quoted_lines_of_a_share_are_unwrapped_and_reshares_are_reposts() {
    let l = load_one(&fixture("linkedin/export"));
    let shares: Vec<_> = l
        .import
        .items
        .iter()
        .filter(|i| i.kind != Kind::Comment)
        .collect();
    assert_eq!(
        shares[0].text,
        "We are hiring a baker!\n\nApply by Friday: https://example.org/jobs\nQuestions? Ask us below."
    );
    assert_eq!(shares[1].text, "One line, with \"quotes\" inside.");
    assert_eq!(shares[2].kind, Kind::Repost);
    assert_eq!(shares[0].id, "share-7203000000000000001");
    assert_eq!(shares[0].author, "Maria Keller");
}

#[test]
fn repaired_rows_are_counted_and_bad_rows_named() {
    let l = load_one(&fixture("linkedin/export"));
    let w = &l.import.warnings;
    let repaired = |file: &str| {
        w.iter()
            .find(|w| w.file.ends_with(file) && w.message.contains("repaired"))
            .map(|w| (w.skipped, w.message.split(' ').next().unwrap().to_string()))
    };
    // Comments: the three rows with \" escapes. Shares: the one with quoted lines.
    assert_eq!(repaired("Comments.csv"), Some((0, "3".to_string())));
    assert_eq!(repaired("Shares.csv"), Some((0, "1".to_string())));
    assert!(w.iter().any(|w| w.file.ends_with("Comments.csv")
        && w.place.as_deref() == Some("line 9")
        && w.skipped == 1));
    assert!(w.iter().any(|w| w.file.ends_with("Shares.csv")
        && w.place.as_deref() == Some("line 8")
        && w.skipped == 1));
}

#[test]
fn a_file_ending_inside_quotes_skips_that_record_with_a_warning() {
    let l = load_one(&fixture("linkedin/damaged"));
    assert!(l.import.items.is_empty());
    let w = l.import.warnings.iter().find(|w| w.skipped == 1).unwrap();
    assert!(w.file.ends_with("Comments.csv"));
    assert_eq!(w.place.as_deref(), Some("line 2"));
}

/// Counts records independently: in these exports every record starts on a line beginning with
/// its date and the link.
fn records_in(path: &std::path::Path) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    let start = regex::Regex::new(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},https://").unwrap();
    text.lines().filter(|l| start.is_match(l)).count()
}

#[test]
fn real_linkedin_samples_read_completely() {
    let mut paths = vec![
        fixture("linkedin/real/Shares.csv"),
        fixture("linkedin/real/Comments.csv"),
    ];
    for f in [
        "linkedin/sanand0_Shares.sample.csv",
        "linkedin/sanand0_Comments.sample.csv",
    ] {
        paths.extend(shared(f));
    }
    for path in paths {
        let l = load_one(&path);
        assert_eq!(l.format, Format::LinkedIn, "{}", path.display());
        assert_eq!(
            l.import.items.len(),
            records_in(&path),
            "{}",
            path.display()
        );
        assert!(
            l.import.warnings.iter().all(|w| w.skipped == 0),
            "{}",
            path.display()
        );
        assert!(
            l.import
                .items
                .iter()
                .all(|i| i.created_at().is_some() && i.url.is_some())
        );
    }
}

#[test]
fn real_comments_with_backslash_quotes_are_counted_as_repaired() {
    let path = fixture("linkedin/real/Comments.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    // Rows holding a `\"`, counted from the raw text: a record runs from one dated line to the next.
    let mut with_escape = 0;
    let mut current = false;
    let start = regex::Regex::new(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},https://").unwrap();
    for line in text.lines().skip(1) {
        if start.is_match(line) {
            with_escape += usize::from(current);
            current = false;
        }
        current |= line.contains("\\\"");
    }
    with_escape += usize::from(current);
    let l = load_one(&path);
    let w = l
        .import
        .warnings
        .iter()
        .find(|w| w.message.contains("repaired"))
        .unwrap();
    assert!(
        w.message.starts_with(&format!("{with_escape} rows")),
        "{}",
        w.message
    );
    let srini = l
        .import
        .items
        .iter()
        .find(|i| i.text.starts_with("Srini"))
        .unwrap();
    assert!(
        srini.text.ends_with("engage rather than affirm.\""),
        "{}",
        srini.text
    );
}

#[test]
fn comments_on_one_post_are_one_conversation_of_replies() {
    let audit = earshot::audit::run(&earshot::audit::AuditOptions::new(vec![fixture(
        "linkedin/export",
    )]))
    .unwrap();
    let comments: Vec<usize> = (0..audit.items.len())
        .filter(|&i| audit.items[i].kind == Kind::Comment)
        .collect();
    let (a, b) = (comments[0], comments[1]);
    assert_eq!(audit.threads.conversation(a), audit.threads.conversation(b));
    assert_ne!(
        audit.threads.conversation(a),
        audit.threads.conversation(comments[2])
    );
    assert!(
        comments.iter().all(
            |&i| audit.classes[i].reasons.first().map(|r| r.as_str()) == Some("reply-to-other")
        )
    );
}

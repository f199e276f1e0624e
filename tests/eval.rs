//! `earshot eval`: agreement with a human coding, on a committed fixture with a kappa worked out
//! by hand, and on the shared development file when it is present.

use std::path::{Path, PathBuf};

use earshot::classify::Classifier;
use earshot::cli::eval::evaluate;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/classify")
        .join(name)
}

/// `tests/fixtures/classify/coded.csv`: 12 coded outbound rows (one more has no expectation, one
/// inbound row has none either).
///
/// expected \ earshot   dialogue  push
/// dialogue                    5     1   (row 8: congratulations, but "Learn more" + link)
/// push                        1     5   (row 9: "We thank our sponsors" is recognition)
///
/// p_o = 10/12; p_e = (6/12)(6/12) + (6/12)(6/12) = 1/2;
/// kappa = (10/12 - 1/2) / (1 - 1/2) = (1/3) / (1/2) = 2/3.
/// dialogue: precision 5/6, recall 5/6, F1 5/6.
/// Rows with coder confidence >= 0.8 (rows 7, 8, 9 are 0.6): 4 dialogue and 5 push, all agreed,
/// so kappa = 1.
#[test]
fn kappa_on_the_coded_fixture_is_the_hand_computed_two_thirds() {
    let ev = evaluate(
        &fixture("coded.csv"),
        "expected",
        Some("coder_confidence"),
        &[],
        Classifier::builtin(),
    )
    .unwrap();
    assert_eq!(ev.rows.len(), 12);
    assert_eq!(ev.empty, 2);
    let all = ev.overall();
    assert!((all.kappa().unwrap() - 2.0 / 3.0).abs() < 1e-9, "{all:?}");
    let d = all.score("dialogue").unwrap();
    assert!((d.f1.unwrap() - 5.0 / 6.0).abs() < 1e-9);
    assert_eq!(all.matrix, vec![vec![5, 1], vec![1, 5]]);
    let confident = ev.confident(0.8);
    assert_eq!(confident.n, 9);
    assert_eq!(confident.kappa(), Some(1.0));
    let wrong: Vec<&str> = ev
        .rows
        .iter()
        .filter(|r| r.expected != r.got)
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(wrong, vec!["8", "9"]);
}

#[test]
fn the_eval_command_prints_kappa_the_matrix_and_the_disagreements_with_reasons() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_earshot"))
        .arg("eval")
        .arg(fixture("coded.csv"))
        .args([
            "--expected",
            "expected",
            "--confidence-column",
            "coder_confidence",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Cohen's kappa  0.667"), "{text}");
    assert!(text.contains("Cohen's kappa  1.000"), "{text}");
    assert!(text.contains("disagreements (2)"), "{text}");
    assert!(
        text.contains("expected dialogue got push (call-to-action"),
        "{text}"
    );
    assert!(
        text.contains("expected push got dialogue (recognition"),
        "{text}"
    );
}

#[test]
fn eval_refuses_a_missing_expected_column() {
    let e = evaluate(
        &fixture("coded.csv"),
        "label",
        None,
        &[],
        Classifier::builtin(),
    )
    .unwrap_err();
    assert!(e.to_string().contains("no `label` column"), "{e}");
}

/// The shared development file (real corporate tweets coded by crowd workers). The floors are
/// what the built-in rules reach, a little below the measured figures so that a small change in
/// a lexicon does not fail the build, while a real regression does.
#[test]
fn agreement_with_the_shared_corporate_messaging_file_stays_above_its_floors() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/corporate-messaging-dev.csv");
    if !path.exists() {
        return;
    }
    let ev = evaluate(
        &path,
        "expected",
        Some("confidence"),
        &[],
        Classifier::builtin(),
    )
    .unwrap();
    let all = ev.overall();
    let kappa = all.kappa().unwrap();
    let f1 = all.score("dialogue").unwrap().f1.unwrap();
    let confident = ev.confident(0.8).kappa().unwrap();
    assert!(kappa >= 0.90, "kappa {kappa}");
    assert!(f1 >= 0.90, "dialogue F1 {f1}");
    assert!(confident >= 0.95, "confident kappa {confident}");
}

/// `varied.csv`: 25 posts of a fictional bank, one or more per codebook case, coded by the
/// codebook. Every label and its deciding reason must match the case it was written for.
#[test]
fn every_codebook_case_in_the_varied_fixture_gets_its_label_and_reason() {
    let ev = evaluate(
        &fixture("varied.csv"),
        "expected",
        None,
        &[],
        Classifier::builtin(),
    )
    .unwrap();
    assert_eq!(ev.rows.len(), 25);
    assert_eq!(ev.overall().kappa(), Some(1.0));
    let mut r = csv::Reader::from_path(fixture("varied.csv")).unwrap();
    for (rec, row) in r.records().zip(&ev.rows) {
        let rec = rec.unwrap();
        assert_eq!(&rec[0], row.id);
        let reason = match &rec[7] {
            "reply" => "reply-to-other".to_string(),
            case => case.replace(' ', "-"),
        };
        assert_eq!(row.reasons[0], reason, "{}: {}", row.id, row.text);
    }
}

//! `earshot eval CSV --expected COLUMN`: compares earshot's labels with a human coding of the same
//! items, the way content analysts judge coders: Cohen's kappa, precision / recall / F1 per label,
//! the confusion matrix, and every disagreement with the reasons earshot gave.
//!
//! The labels come from the same pipeline as an audit ([`audit::run`]), so what is measured here is
//! exactly what a report would say.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::Args;

use super::{EXIT_OK, sanitize};
use crate::audit::{self, Audit, AuditOptions};
use crate::classify::Classifier;
use crate::classify::agreement::Agreement;
use crate::model::{Account, Platform};

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// An earshot CSV file with a column of human-coded labels (push / dialogue).
    #[arg(value_name = "CSV")]
    pub csv: PathBuf,

    /// The column holding the expected label; rows where it is empty are left out.
    #[arg(long, value_name = "COLUMN")]
    pub expected: String,

    /// A column with the coders' agreement or confidence (0 to 1), to also report the confident
    /// rows on their own.
    #[arg(long, value_name = "COLUMN")]
    pub confidence_column: Option<String>,

    /// The confident rows are those with at least this confidence.
    #[arg(long, value_name = "X", default_value_t = 0.8)]
    pub min_confidence: f64,

    /// Rules files merged over the built-in rules (repeatable), as with `earshot audit --rules`.
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,

    /// An own account, as with `earshot audit --account` (repeatable).
    #[arg(long = "account", value_name = "HANDLE")]
    pub accounts: Vec<String>,

    /// Print at most this many disagreements.
    #[arg(long, value_name = "N", default_value_t = 200)]
    pub show: usize,
}

/// One compared row.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: String,
    pub expected: String,
    pub got: String,
    pub confidence: Option<f64>,
    pub reasons: Vec<String>,
    pub rule_confidence: f32,
    pub text: String,
}

/// What an evaluation found.
#[derive(Debug, Clone)]
pub struct Evaluation {
    pub rows: Vec<Row>,
    /// Rows with an empty expectation, left out.
    pub empty: usize,
    /// Rows with an expectation that earshot gives no label (inbound items, unknown ids).
    pub unlabelled: usize,
    pub rules_version: String,
}

impl Evaluation {
    /// Agreement on every compared row.
    pub fn overall(&self) -> Agreement {
        Agreement::new(
            self.rows
                .iter()
                .map(|r| (r.expected.as_str(), r.got.as_str())),
        )
    }

    /// Agreement on the rows whose coders' confidence is at least `min`.
    pub fn confident(&self, min: f64) -> Agreement {
        Agreement::new(
            self.rows
                .iter()
                .filter(|r| r.confidence.is_some_and(|c| c >= min))
                .map(|r| (r.expected.as_str(), r.got.as_str())),
        )
    }
}

pub fn run(args: EvalArgs) -> Result<i32> {
    let classifier = Classifier::from_files(&args.rules)?;
    let ev = evaluate(
        &args.csv,
        &args.expected,
        args.confidence_column.as_deref(),
        &args.accounts,
        classifier,
    )?;
    print!("{}", render(&ev, &args));
    Ok(EXIT_OK)
}

/// Runs the audit pipeline on `csv` and pairs each labelled row with earshot's label.
pub fn evaluate(
    csv: &std::path::Path,
    expected: &str,
    confidence_column: Option<&str>,
    accounts: &[String],
    classifier: Classifier,
) -> Result<Evaluation> {
    let codes = read_codes(csv, expected, confidence_column)?;
    let mut opts = AuditOptions::new(vec![csv.to_path_buf()]);
    opts.accounts = accounts.iter().map(|a| Account::parse(a)).collect();
    opts.classifier = classifier;
    let rules_version = opts.classifier.rules_version();
    let audit = audit::run(&opts)?;
    let at = index(&audit);
    let mut rows = Vec::new();
    let (mut empty, mut unlabelled) = (0, 0);
    for c in codes {
        if c.expected.is_empty() {
            empty += 1;
            continue;
        }
        let found = at
            .get(&(c.platform.as_str().to_string(), c.id.clone()))
            .copied();
        let Some((i, label)) = found.and_then(|i| audit.classes[i].label.map(|l| (i, l))) else {
            unlabelled += 1;
            continue;
        };
        rows.push(Row {
            id: c.id,
            expected: c.expected,
            got: label.as_str().to_string(),
            confidence: c.confidence,
            reasons: audit.classes[i]
                .reasons
                .iter()
                .map(|r| r.to_string())
                .collect(),
            rule_confidence: audit.classes[i].confidence,
            text: audit.items[i].text.to_string(),
        });
    }
    Ok(Evaluation {
        rows,
        empty,
        unlabelled,
        rules_version,
    })
}

fn index(audit: &Audit) -> HashMap<(String, String), usize> {
    audit
        .items
        .iter()
        .enumerate()
        .map(|(i, it)| ((it.platform.as_str().to_string(), it.id.to_string()), i))
        .collect()
}

struct Code {
    platform: Platform,
    id: String,
    expected: String,
    confidence: Option<f64>,
}

/// Reads the id, platform, expected label and confidence of every row.
fn read_codes(
    path: &std::path::Path,
    expected: &str,
    confidence_column: Option<&str>,
) -> Result<Vec<Code>> {
    let file = std::fs::File::open(path).with_context(|| format!("{}", path.display()))?;
    let mut r = csv::ReaderBuilder::new().flexible(true).from_reader(file);
    let headers = r
        .headers()
        .with_context(|| format!("{}: line 1", path.display()))?
        .clone();
    let col = |name: &str| {
        headers.iter().position(|h| {
            h.trim()
                .trim_start_matches('\u{feff}')
                .eq_ignore_ascii_case(name)
        })
    };
    let Some(id_col) = col("id") else {
        bail!("{}: line 1: no `id` column", path.display());
    };
    let Some(exp_col) = col(expected) else {
        bail!("{}: line 1: no `{expected}` column", path.display());
    };
    let conf_col = match confidence_column {
        Some(c) => match col(c) {
            Some(i) => Some(i),
            None => bail!("{}: line 1: no `{c}` column", path.display()),
        },
        None => None,
    };
    let plat_col = col("platform");
    let mut out = Vec::new();
    for (n, rec) in r.records().enumerate() {
        let rec = rec.with_context(|| format!("{}: record {}", path.display(), n + 1))?;
        let get = |i: usize| rec.get(i).unwrap_or("").trim();
        let confidence = match conf_col {
            Some(i) if !get(i).is_empty() => Some(get(i).parse::<f64>().with_context(|| {
                format!(
                    "{}: record {}: confidence `{}` is not a number",
                    path.display(),
                    n + 1,
                    get(i)
                )
            })?),
            _ => None,
        };
        out.push(Code {
            platform: Platform::from_word(plat_col.map(get).unwrap_or("")),
            id: get(id_col).to_string(),
            expected: get(exp_col).to_lowercase(),
            confidence,
        });
    }
    Ok(out)
}

fn f3(v: Option<f64>) -> String {
    v.map(|x| format!("{x:.3}")).unwrap_or_else(|| "-".into())
}

fn block(out: &mut String, title: &str, a: &Agreement) {
    let _ = writeln!(out, "\n{title} ({} rows)", a.n);
    let _ = writeln!(out, "  Cohen's kappa  {}", f3(a.kappa()));
    let _ = writeln!(out, "  accuracy       {}", f3(a.accuracy()));
    let _ = writeln!(
        out,
        "  {:<10} {:>9} {:>7} {:>7} {:>9}",
        "label", "precision", "recall", "F1", "expected"
    );
    for s in a.scores() {
        let _ = writeln!(
            out,
            "  {:<10} {:>9} {:>7} {:>7} {:>9}",
            s.label,
            f3(s.precision),
            f3(s.recall),
            f3(s.f1),
            s.support
        );
    }
    let _ = writeln!(out, "  confusion (rows: expected, columns: earshot)");
    let _ = write!(out, "  {:<10}", "");
    for l in &a.labels {
        let _ = write!(out, " {l:>9}");
    }
    let _ = writeln!(out);
    for (e, row) in a.labels.iter().zip(&a.matrix) {
        let _ = write!(out, "  {e:<10}");
        for v in row {
            let _ = write!(out, " {v:>9}");
        }
        let _ = writeln!(out);
    }
}

/// The report printed to the terminal.
pub fn render(ev: &Evaluation, args: &EvalArgs) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "earshot eval: {} (expected: `{}`), rules {}",
        sanitize(&args.csv.display().to_string()),
        sanitize(&args.expected),
        ev.rules_version
    );
    let _ = writeln!(
        out,
        "{} rows compared; left out: {} with no expectation, {} earshot does not label (inbound or not found)",
        ev.rows.len(),
        ev.empty,
        ev.unlabelled
    );
    if ev.rows.is_empty() && ev.unlabelled > 0 {
        let _ = writeln!(
            out,
            "no row was labelled: name the organization's accounts with --account, or give the file a direction column"
        );
    }
    block(&mut out, "all rows", &ev.overall());
    if let Some(c) = &args.confidence_column {
        let title = format!("rows with {} >= {}", sanitize(c), args.min_confidence);
        block(&mut out, &title, &ev.confident(args.min_confidence));
    }
    let wrong: Vec<&Row> = ev.rows.iter().filter(|r| r.expected != r.got).collect();
    let _ = writeln!(out, "\ndisagreements ({})", wrong.len());
    for r in wrong.iter().take(args.show) {
        let coder = r
            .confidence
            .map(|c| format!(" coders {c:.2}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {} expected {} got {} ({}; confidence {:.2}{coder})\n      {}",
            sanitize(&r.id),
            r.expected,
            r.got,
            r.reasons.join("; "),
            r.rule_confidence,
            sanitize(&r.text.replace('\n', " ")),
        );
    }
    if wrong.len() > args.show {
        let _ = writeln!(out, "  ... and {} more", wrong.len() - args.show);
    }
    out
}

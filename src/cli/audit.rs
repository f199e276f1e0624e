//! `earshot audit INPUT...`: the main job.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::Args;
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{EXIT_OK, EXIT_PARTIAL, sanitize};
use crate::audit::{self, AuditOptions};
use crate::metrics::BusinessHours;
use crate::model::Account;
use crate::report;
use crate::summary::Summary;

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Archives to audit: files, folders or zips, detected by content. Several inputs are one
    /// organization's channels, audited together.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// An own account: `HANDLE`, `@HANDLE`, or `PLATFORM:HANDLE` (repeatable). Added to the
    /// accounts the archives name.
    #[arg(long = "account", value_name = "HANDLE")]
    pub accounts: Vec<String>,

    /// Where the report goes [default: reports/<name>/].
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// The organization's name in the report [default: the first own account].
    #[arg(long)]
    pub name: Option<String>,

    /// First day of the audited period (YYYY-MM-DD, in --timezone).
    #[arg(long, value_name = "DATE")]
    pub since: Option<Date>,

    /// Last day of the audited period, inclusive (YYYY-MM-DD, in --timezone).
    #[arg(long, value_name = "DATE")]
    pub until: Option<Date>,

    /// Time zone for dates, weeks and business hours (IANA name, e.g. Europe/Amsterdam).
    #[arg(long, value_name = "TZ", default_value = "UTC")]
    pub timezone: String,

    /// Working hours for the business-hours response time.
    #[arg(long, value_name = "HOURS", default_value = "Mon-Fri 09:00-17:00")]
    pub business_hours: String,

    /// Largest total decompressed size read from one zip, in bytes (zip-bomb guard).
    #[arg(long, value_name = "BYTES", default_value_t = 8 << 30)]
    pub max_unzipped_size: u64,

    /// Largest single record read (a CSV record, a JSON element, a small file such as
    /// account.js), in bytes: one enormous line stops with an error instead of filling memory.
    #[arg(long, value_name = "BYTES", default_value_t = 64 << 20)]
    pub max_record_size: u64,

    /// Most entries one zip may hold.
    #[arg(long, value_name = "N", default_value_t = 1_000_000)]
    pub max_zip_entries: u64,

    /// Largest decompressed-to-compressed ratio of one zip entry (zip-bomb guard).
    #[arg(long, value_name = "N", default_value_t = 250)]
    pub max_zip_ratio: u64,

    /// Pin the run time recorded in the report to the Unix epoch (or SOURCE_DATE_EPOCH), so
    /// the same inputs give byte-identical reports.
    #[arg(long)]
    pub reproducible: bool,
}

pub fn run(args: AuditArgs) -> Result<i32> {
    let opts = options(&args)?;
    let audit = audit::run(&opts)?;
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from("reports").join(slug(&audit.summary.organization)));
    refuse_overlap(&out, &args.inputs)?;
    let rows = report::rows(&audit);
    let files = report::render(&audit.summary, &rows)?;
    report::write(&out, &files)?;
    print_summary(&audit.summary, &out);
    for e in &audit.errors {
        eprintln!("earshot: {}", sanitize(&e.to_string()));
    }
    print_warnings(&audit.summary);
    let lost = !audit.errors.is_empty() || audit.summary.warnings.iter().any(|w| w.skipped > 0);
    Ok(if lost { EXIT_PARTIAL } else { EXIT_OK })
}

fn options(args: &AuditArgs) -> Result<AuditOptions> {
    let mut opts = AuditOptions::new(args.inputs.clone());
    opts.accounts = args.accounts.iter().map(|a| Account::parse(a)).collect();
    opts.name = args.name.clone();
    opts.since = args.since;
    opts.until = args.until;
    if let (Some(a), Some(b)) = (args.since, args.until)
        && b < a
    {
        bail!("--until {b} is before --since {a}");
    }
    opts.timezone = TimeZone::get(&args.timezone)
        .with_context(|| format!("--timezone {}: not a known IANA time zone", args.timezone))?;
    opts.timezone_name = args.timezone.clone();
    opts.business_hours = BusinessHours::parse(&args.business_hours).map_err(anyhow::Error::msg)?;
    opts.limits.max_unzipped_bytes = args.max_unzipped_size;
    opts.limits.max_record_bytes = args.max_record_size;
    opts.limits.max_zip_entries = args.max_zip_entries;
    opts.limits.max_zip_ratio = args.max_zip_ratio;
    opts.generated_at = run_time(args.reproducible)?;
    opts.command_line = std::env::args().collect();
    Ok(opts)
}

/// Refuses a report folder that is an input, holds one, or lies inside one: replacing the
/// folder would delete the input, and writing inside it would change it.
fn refuse_overlap(out: &std::path::Path, inputs: &[PathBuf]) -> Result<()> {
    let out_abs = absolute(out);
    for input in inputs {
        let Ok(input_abs) = input.canonicalize() else {
            continue;
        };
        if input_abs.starts_with(&out_abs) || out_abs.starts_with(&input_abs) {
            bail!(
                "the report folder {} overlaps the input {}: earshot never writes into or over its inputs; choose another --out",
                out.display(),
                input.display()
            );
        }
    }
    Ok(())
}

/// `p` made absolute with symbolic links resolved as far as it exists (a report folder usually
/// does not exist yet).
fn absolute(p: &std::path::Path) -> PathBuf {
    if let Ok(c) = p.canonicalize() {
        return c;
    }
    let parent = match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    match p.file_name() {
        Some(name) => absolute(&parent).join(name),
        None => std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()),
    }
}

/// The run time recorded in the provenance: `SOURCE_DATE_EPOCH` when set, the epoch with
/// `--reproducible`, otherwise now (to the second).
pub fn run_time(reproducible: bool) -> Result<Timestamp> {
    if let Ok(v) = std::env::var("SOURCE_DATE_EPOCH") {
        let secs: i64 = v
            .trim()
            .parse()
            .with_context(|| format!("SOURCE_DATE_EPOCH={v}: not a whole number of seconds"))?;
        return Timestamp::from_second(secs).context("SOURCE_DATE_EPOCH is out of range");
    }
    if reproducible {
        return Ok(Timestamp::UNIX_EPOCH);
    }
    Ok(Timestamp::from_second(Timestamp::now().as_second())?)
}

/// A folder name from an organization's name: lower case letters, digits and dashes.
pub fn slug(name: &str) -> String {
    let mut s = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    let s = s.trim_end_matches('-').to_string();
    if s.is_empty() { "audit".to_string() } else { s }
}

fn print_summary(s: &Summary, out: &std::path::Path) {
    let f = &s.overall;
    let pct = |v: Option<f64>| {
        v.map(|x| format!("{:.0}%", x * 100.0))
            .unwrap_or_else(|| "not measurable".into())
    };
    let score = f
        .listening_score
        .map(|v| format!(" (listening score {v}/100)"))
        .unwrap_or_default();
    println!(
        "{}: {}{score}",
        sanitize(&s.organization),
        f.verdict.as_str()
    );
    println!(
        "  {} items: {} outbound, {} inbound",
        s.counts.items, s.counts.outbound, s.counts.inbound
    );
    println!("  dialogue share   {}", pct(f.dialogue_share));
    println!("  response rate    {}", pct(f.response_rate));
    if let Some(m) = f.median_response_seconds {
        println!("  median response  {}", human_duration(m));
    }
    if let Some(u) = f.unanswered {
        println!("  unanswered       {u}");
    }
    println!(
        "report: {}",
        sanitize(&out.join("index.html").display().to_string())
    );
}

/// Warnings shown on the terminal before the rest is left to `summary.json`.
const WARNINGS_SHOWN: usize = 20;

/// The first warnings about skipped parts, on stderr (inputs not read at all are printed as
/// errors): what was lost is said where the user looks, and all of it is in the report.
fn print_warnings(s: &Summary) {
    let shown: Vec<_> = s
        .warnings
        .iter()
        .filter(|w| !w.message.starts_with("not read: "))
        .collect();
    for w in shown.iter().take(WARNINGS_SHOWN) {
        let place = w
            .place
            .as_ref()
            .map(|p| format!(": {p}"))
            .unwrap_or_default();
        eprintln!(
            "earshot: warning: {}{}: {}",
            sanitize(&w.file),
            sanitize(&place),
            sanitize(&w.message)
        );
    }
    if shown.len() > WARNINGS_SHOWN {
        eprintln!(
            "earshot: {} more warnings in summary.json",
            shown.len() - WARNINGS_SHOWN
        );
    }
    if s.counts.skipped > 0 {
        eprintln!("earshot: items skipped: {}", s.counts.skipped);
    }
}

/// `3h 20m`, `45s`, `2d 4h`.
pub fn human_duration(secs: i64) -> String {
    let (d, h, m, s) = (
        secs / 86_400,
        secs % 86_400 / 3600,
        secs % 3600 / 60,
        secs % 60,
    );
    match (d, h, m) {
        (0, 0, 0) => format!("{s}s"),
        (0, 0, _) => format!("{m}m {s}s"),
        (0, _, _) => format!("{h}h {m}m"),
        _ => format!("{d}d {h}h"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_folder_safe() {
        assert_eq!(slug("Riverside Library"), "riverside-library");
        assert_eq!(slug("../../etc"), "etc");
        assert_eq!(slug("@@@"), "audit");
    }

    #[test]
    fn durations_read_like_people_say_them() {
        assert_eq!(human_duration(45), "45s");
        assert_eq!(human_duration(3600 * 3 + 60 * 20), "3h 20m");
        assert_eq!(human_duration(86_400 * 2 + 3600 * 4), "2d 4h");
    }
}

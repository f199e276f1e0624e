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
use crate::redact::Redact;
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

    /// Pin the run time recorded in the report to the Unix epoch (or SOURCE_DATE_EPOCH), so
    /// the same inputs give byte-identical reports.
    #[arg(long)]
    pub reproducible: bool,

    /// Pseudonymize the people who wrote to the organization in every output (person-0001, ...,
    /// the same person always the same alias); the organization's own items stay as they are.
    #[arg(long)]
    pub redact: bool,

    /// With --redact, also leave out the texts of the messages people sent (implies --redact).
    #[arg(long)]
    pub withhold_texts: bool,

    /// Write items.csv for spreadsheets set up for Europe: a UTF-8 byte order mark and `;` between
    /// cells, which Excel opens in columns where a comma is the decimal separator.
    #[arg(long)]
    pub excel: bool,
}

pub fn run(args: AuditArgs) -> Result<i32> {
    let opts = options(&args)?;
    let audit = audit::run(&opts)?;
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from("reports").join(slug(&audit.summary.organization)));
    let rows = report::rows(&audit);
    let render = report::RenderOptions {
        csv: if args.excel {
            report::csv::Dialect::Excel
        } else {
            report::csv::Dialect::Standard
        },
    };
    let files = report::render_with(&audit.summary, &rows, &render)?;
    report::write(&out, &files)?;
    print_summary(&audit.summary, &out);
    for e in &audit.errors {
        eprintln!("earshot: {}", sanitize(&e.to_string()));
    }
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
    opts.generated_at = run_time(args.reproducible)?;
    opts.command_line = std::env::args().collect();
    opts.redact = match (args.redact, args.withhold_texts) {
        (_, true) => Redact::PeopleAndTexts,
        (true, false) => Redact::People,
        (false, false) => Redact::Off,
    };
    Ok(opts)
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

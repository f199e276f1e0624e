//! `earshot audit`: the main job, for one organization given on the command line or for every
//! organization of a config file (`earshot.toml`), run in parallel.
//!
//! Two layers, as in ripgrep: [`AuditArgs`] is the command line exactly as clap parsed it (every
//! flag lives there, grouped by help heading), and [`Plan`] is what the run will do, built in one
//! place ([`Plan::build`]) from the flags, the config file and the built-in defaults, in that
//! order of precedence. A new flag is a field in `AuditArgs` plus its mapping in
//! [`cli_settings`] (settings a config file can also give) or in [`Plan::build`] (the rest).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use clap::Args;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use rayon::prelude::*;

use super::{EXIT_OK, EXIT_PARTIAL, sanitize};
use crate::audit::{self, AuditOptions};
use crate::config::{self, PeriodSetting, Settings};
use crate::fail_if::{Check, FailIf};
use crate::metrics::BusinessHours;
use crate::model::Account;
use crate::period::PeriodExpr;
use crate::redact::Redact;
use crate::report;
use crate::summary::{Summary, Verdict};

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Archives to audit: files, folders or zips, detected by content. Several inputs are one
    /// organization's channels, audited together. Without INPUT, the organizations of the config
    /// file are audited.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// The config file naming the organizations to audit [default: earshot.toml, when the
    /// working directory has one].
    #[arg(long, value_name = "FILE", help_heading = "Organizations")]
    pub config: Option<PathBuf>,

    /// Audit only this organization of the config file, by name or folder name (repeatable).
    #[arg(long = "org", value_name = "NAME", help_heading = "Organizations")]
    pub orgs: Vec<String>,

    /// An own account: `HANDLE`, `@HANDLE`, or `PLATFORM:HANDLE` (repeatable). Added to the
    /// accounts the archives name.
    #[arg(
        long = "account",
        value_name = "HANDLE",
        help_heading = "Organizations"
    )]
    pub accounts: Vec<String>,

    /// The organization's name in the report [default: the first own account].
    #[arg(long, help_heading = "Organizations")]
    pub name: Option<String>,

    /// The audited period: 2026Q3, 2026-10, 2026, 2026-W40, this-quarter, last-quarter,
    /// this-month, last-month, this-year, last-year, this-week, last-week, last-30-days. Counted
    /// in --timezone; `last-` and `this-` from the run time.
    #[arg(long, value_name = "PERIOD", help_heading = "Period", conflicts_with_all = ["since", "until"])]
    pub period: Option<PeriodExpr>,

    /// First day of the audited period (YYYY-MM-DD, in --timezone).
    #[arg(long, value_name = "DATE", help_heading = "Period")]
    pub since: Option<Date>,

    /// Last day of the audited period, inclusive (YYYY-MM-DD, in --timezone).
    #[arg(long, value_name = "DATE", help_heading = "Period")]
    pub until: Option<Date>,

    /// Time zone for dates, periods, weeks and business hours (IANA name, e.g.
    /// Europe/Amsterdam) [default: UTC].
    #[arg(long, value_name = "TZ", help_heading = "Period")]
    pub timezone: Option<String>,

    /// Working hours for the business-hours response time [default: Mon-Fri 09:00-17:00].
    #[arg(long, value_name = "HOURS", help_heading = "Period")]
    pub business_hours: Option<String>,

    /// Exit with status 1 when a figure crosses this threshold: `<figure> <op> <number>`, e.g.
    /// "dialogue_share < 0.2" (repeatable; replaces the config file's list). A figure that is
    /// not measurable crosses nothing.
    #[arg(long = "fail-if", value_name = "EXPR", help_heading = "Alerts")]
    pub fail_if: Vec<FailIf>,

    /// Where the report goes [default: reports/<name>/]. With a config file: the folder that
    /// holds one report per organization and the comparison.
    #[arg(long, value_name = "DIR", help_heading = "Output")]
    pub out: Option<PathBuf>,

    /// A rules file merged over the built-in classifier rules: adds rules, overrides them, or
    /// disables them with `enabled = false` (repeatable; see `earshot rules check`).
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,

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
    #[arg(long, help_heading = "Output")]
    pub reproducible: bool,

    /// Print one line of JSON on stdout instead of the summary: each organization's verdict,
    /// main figures, crossed thresholds and report folder.
    #[arg(long, help_heading = "Output")]
    pub json: bool,

    /// No progress and no summary; errors, warnings and crossed thresholds are still printed.
    #[arg(short, long, help_heading = "Output", conflicts_with = "verbose")]
    pub quiet: bool,

    /// More detail on stderr: the files read, item counts, timings.
    #[arg(short, long, action = clap::ArgAction::Count, help_heading = "Output")]
    pub verbose: u8,

    /// Largest total decompressed size read from one zip, in bytes (zip-bomb guard)
    /// [default: 8589934592].
    #[arg(long, value_name = "BYTES", help_heading = "Limits")]
    pub max_unzipped_size: Option<u64>,

    /// Pseudonymize the people who wrote to the organization in every output (person-0001, ...,
    /// the same person always the same alias); the organization's own items stay as they are.
    #[arg(long, help_heading = "Output")]
    pub redact: bool,

    /// With --redact, also leave out the texts of the messages people sent (implies --redact).
    #[arg(long, help_heading = "Output")]
    pub withhold_texts: bool,

    /// Write items.csv for spreadsheets set up for Europe: a UTF-8 byte order mark and `;` between
    /// cells, which Excel opens in columns where a comma is the decimal separator.
    #[arg(long, help_heading = "Output")]
    pub excel: bool,
}

/// What the run will do: the audits, where their reports go, and how to talk to the terminal.
#[derive(Debug)]
pub struct Plan {
    pub jobs: Vec<Job>,
    /// Where the comparison report goes, when several organizations are audited.
    pub comparison: Option<PathBuf>,
    pub output: Output,
}

/// One organization's audit.
#[derive(Debug)]
pub struct Job {
    /// How messages name it before its summary exists.
    pub label: String,
    /// The report folder, or `None` for `<root>/<slug of the organization's name>`.
    pub out: Option<PathBuf>,
    pub root: PathBuf,
    pub options: AuditOptions,
    pub fail_if: Vec<FailIf>,
}

/// How the run talks: stdout carries the summary (or the `--json` line), stderr the rest.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub quiet: bool,
    pub verbose: u8,
    pub json: bool,
    /// Colour on stdout: only on a terminal, and never with `NO_COLOR` set.
    pub color: bool,
}

/// The settings given on the command line, in the shape a config file gives them.
pub fn cli_settings(args: &AuditArgs) -> Result<Settings> {
    let timezone = match &args.timezone {
        Some(tz) => {
            TimeZone::get(tz)
                .with_context(|| format!("--timezone {tz}: not a known IANA time zone"))?;
            Some(tz.clone())
        }
        None => None,
    };
    let business_hours = match &args.business_hours {
        Some(b) => Some(BusinessHours::parse(b).map_err(anyhow::Error::msg)?),
        None => None,
    };
    if let (Some(a), Some(b)) = (args.since, args.until)
        && b < a
    {
        bail!("--until {b} is before --since {a}");
    }
    let period = match (args.period, args.since, args.until) {
        (Some(p), _, _) => Some(PeriodSetting::Expr(p)),
        (None, None, None) => None,
        (None, since, until) => Some(PeriodSetting::Dates { since, until }),
    };
    Ok(Settings {
        timezone,
        business_hours,
        period,
        rules: (!args.rules.is_empty()).then(|| args.rules.clone()),
        out: None,
        fail_if: (!args.fail_if.is_empty()).then(|| args.fail_if.clone()),
        thresholds: config::ThresholdSettings::default(),
        max_unzipped_size: args.max_unzipped_size,
    })
}

impl Plan {
    /// Validates the command line against the config file and builds the plan.
    pub fn build(args: &AuditArgs) -> Result<Plan> {
        let config = match &args.config {
            Some(p) => Some(config::load(p)?),
            None if Path::new(config::FILE_NAME).is_file() => {
                Some(config::load(Path::new(config::FILE_NAME))?)
            }
            None => None,
        };
        let cli = cli_settings(args)?;
        let now = run_time(args.reproducible)?;
        let command_line = command_line();
        let defaults = config
            .as_ref()
            .map(|c| c.defaults.clone())
            .unwrap_or_default();
        let output = Output {
            quiet: args.quiet,
            verbose: args.verbose,
            json: args.json,
            color: !args.json
                && use_color(
                    std::env::var_os("NO_COLOR").as_deref(),
                    std::io::stdout().is_terminal(),
                ),
        };
        let root = args
            .out
            .clone()
            .or(defaults.out.clone())
            .unwrap_or_else(|| PathBuf::from("reports"));

        if !args.inputs.is_empty() {
            if !args.orgs.is_empty() {
                bail!("--org picks organizations of the config file; it cannot be used with INPUT");
            }
            let settings = cli.or(defaults.clone());
            let (mut options, fail_if) = options(args.inputs.clone(), &settings, now)?;
            options.accounts = args.accounts.iter().map(|a| Account::parse(a)).collect();
            options.name = args.name.clone();
            options.command_line = command_line;
            let label = args
                .name
                .clone()
                .unwrap_or_else(|| args.inputs[0].display().to_string());
            let job = Job {
                label,
                out: args.out.clone(),
                root: defaults.out.unwrap_or_else(|| PathBuf::from("reports")),
                options,
                fail_if,
            };
            return Ok(Plan {
                jobs: vec![job],
                comparison: None,
                output,
            });
        }

        let Some(config) = config else {
            bail!(
                "nothing to audit: give INPUT..., or a config file ({} in this folder, or --config FILE; `earshot init` writes an example)",
                config::FILE_NAME
            );
        };
        if !args.accounts.is_empty() || args.name.is_some() {
            bail!(
                "--account and --name apply to INPUT given on the command line; with a config file, set `accounts` and `name` per organization"
            );
        }
        if config.organizations.is_empty() {
            bail!("{}: no [[organization]] to audit", config.path.display());
        }
        for wanted in &args.orgs {
            if !config.organizations.iter().any(|o| picks(wanted, &o.name)) {
                let names: Vec<&str> = config
                    .organizations
                    .iter()
                    .map(|o| o.name.as_str())
                    .collect();
                bail!(
                    "--org {wanted}: {} has no such organization (it has: {})",
                    config.path.display(),
                    names.join(", ")
                );
            }
        }
        let mut jobs: Vec<Job> = Vec::new();
        for org in &config.organizations {
            if !args.orgs.is_empty() && !args.orgs.iter().any(|w| picks(w, &org.name)) {
                continue;
            }
            let settings = cli.clone().or(org.settings.clone().or(defaults.clone()));
            let (mut options, fail_if) = options(org.inputs.clone(), &settings, now)
                .with_context(|| format!("organization `{}`", org.name))?;
            options.accounts = org.accounts.clone();
            options.name = Some(org.name.clone());
            options.command_line = command_line.clone();
            let out = match (&args.out, &org.out) {
                (None, Some(o)) => o.clone(),
                _ => root.join(slug(&org.name)),
            };
            if let Some(other) = jobs.iter().find(|j| j.out.as_ref() == Some(&out)) {
                bail!(
                    "organizations `{}` and `{}` would both write to {}; give one an `out`",
                    other.label,
                    org.name,
                    out.display()
                );
            }
            jobs.push(Job {
                label: org.name.clone(),
                out: Some(out),
                root: root.clone(),
                options,
                fail_if,
            });
        }
        let comparison = (jobs.len() > 1).then(|| root.join("comparison"));
        if let Some(c) = &comparison
            && let Some(j) = jobs.iter().find(|j| j.out.as_ref() == Some(c))
        {
            bail!(
                "organization `{}` would write to {}, where the comparison goes; give it an `out`",
                j.label,
                c.display()
            );
        }
        Ok(Plan {
            jobs,
            comparison,
            output,
        })
    }
}

/// Colour only on a terminal, and never when `NO_COLOR` is set to anything but the empty string
/// (no-color.org).
fn use_color(no_color: Option<&std::ffi::OsStr>, terminal: bool) -> bool {
    terminal && no_color.is_none_or(|v| v.is_empty())
}

/// Whether `--org wanted` names this organization (its name or its folder name, any case).
fn picks(wanted: &str, name: &str) -> bool {
    wanted.eq_ignore_ascii_case(name) || slug(wanted) == slug(name)
}

/// The audit options (and alert thresholds) from layered settings.
fn options(
    inputs: Vec<PathBuf>,
    s: &Settings,
    now: Timestamp,
) -> Result<(AuditOptions, Vec<FailIf>)> {
    let mut opts = AuditOptions::new(inputs);
    let tz_name = s.timezone.clone().unwrap_or_else(|| "UTC".to_string());
    opts.timezone = TimeZone::get(&tz_name)
        .with_context(|| format!("time zone {tz_name}: not a known IANA time zone"))?;
    opts.timezone_name = tz_name;
    match s.period {
        Some(PeriodSetting::Expr(e)) => {
            if e.is_relative() && now == Timestamp::UNIX_EPOCH {
                bail!(
                    "period {e} counts from the run time, which --reproducible pins to 1970-01-01; set SOURCE_DATE_EPOCH to the run time to count from"
                );
            }
            let r = e
                .resolve(now, &opts.timezone)
                .with_context(|| format!("period {e}: out of the calendar's range"))?;
            opts.since = Some(r.since);
            opts.until = Some(r.until);
        }
        Some(PeriodSetting::Dates { since, until }) => {
            opts.since = since;
            opts.until = until;
        }
        None => {}
    }
    if let Some(b) = &s.business_hours {
        opts.business_hours = b.clone();
    }
    opts.thresholds = s.thresholds.apply();
    if let Some(m) = s.max_unzipped_size {
        opts.limits.max_unzipped_bytes = m;
    }
    opts.classifier = crate::classify::Classifier::from_files(s.rules.as_deref().unwrap_or(&[]))?;
    opts.generated_at = now;
    Ok((opts, s.fail_if.clone().unwrap_or_default()))
}

/// The command line for the provenance, with the program named `earshot` rather than by the
/// path it was started from, so the report records no machine path of its own.
fn command_line() -> Vec<String> {
    std::env::args()
        .enumerate()
        .map(|(i, a)| {
            if i == 0 {
                Path::new(&a)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or(a)
            } else {
                a
            }
        })
        .collect()
}

/// One finished audit, ready to be reported.
struct Done {
    summary: Summary,
    out: PathBuf,
    /// Inputs (or parts) that could not be read.
    errors: Vec<String>,
    /// Thresholds not checked because their figure was not measurable.
    unchecked: Vec<String>,
    timings: Vec<(&'static str, Duration)>,
}

pub fn run(args: AuditArgs) -> Result<i32> {
    let result = run_plan(&args);
    if args.json
        && let Err(e) = &result
    {
        // A scheduler reading stdout gets its line even when nothing could run.
        let line = serde_json::json!({ "exit_code": super::EXIT_FATAL, "error": format!("{e:#}") });
        println!("{line}");
    }
    result
}

fn run_plan(args: &AuditArgs) -> Result<i32> {
    let mut plan = Plan::build(args)?;
    for job in &mut plan.jobs {
        job.options.limits.max_record_bytes = args.max_record_size;
        job.options.limits.max_zip_entries = args.max_zip_entries;
        job.options.limits.max_zip_ratio = args.max_zip_ratio;
        job.options.redact = match (args.redact, args.withhold_texts) {
            (_, true) => Redact::PeopleAndTexts,
            (true, false) => Redact::People,
            (false, false) => Redact::Off,
        };
    }
    let render = report::RenderOptions {
        csv: if args.excel {
            report::csv::Dialect::Excel
        } else {
            report::csv::Dialect::Standard
        },
    };
    let out = plan.output;
    let progress = Progress::new(out, plan.jobs.len());
    let outcomes: Vec<Result<Done>> = plan
        .jobs
        .par_iter()
        .map(|job| {
            let r = run_job(job, &progress, &render);
            progress.done();
            r
        })
        .collect();
    progress.finish();

    let single = plan.jobs.len() == 1;
    let mut code = EXIT_OK;
    let mut summaries: Vec<Summary> = Vec::new();
    let mut json_orgs = Vec::new();
    let mut failed = Vec::new();
    for (job, outcome) in plan.jobs.iter().zip(outcomes) {
        let done = match outcome {
            Ok(d) => d,
            Err(e) if single => return Err(e),
            Err(e) => {
                eprintln!(
                    "earshot: error: {}: {}",
                    sanitize(&job.label),
                    sanitize(&format!("{e:#}"))
                );
                failed.push(serde_json::json!({
                    "organization": job.label,
                    "error": format!("{e:#}"),
                }));
                continue;
            }
        };
        let s = &done.summary;
        if out.verbose > 0 {
            print_details(&done);
        }
        if !out.quiet && !out.json {
            print_summary(s, &done.out, out.color);
        }
        for e in &done.errors {
            eprintln!("earshot: {}", sanitize(e));
        }
        print_warnings(s);
        if !out.quiet {
            for u in &done.unchecked {
                eprintln!("earshot: {}: {}", sanitize(&s.organization), sanitize(u));
            }
        }
        for c in &s.crossed_thresholds {
            eprintln!(
                "earshot: {}: threshold crossed: {c}",
                sanitize(&s.organization)
            );
        }
        let lost = !done.errors.is_empty() || s.warnings.iter().any(|w| w.skipped > 0);
        if lost || !s.crossed_thresholds.is_empty() {
            code = EXIT_PARTIAL;
        }
        json_orgs.push(serde_json::json!({
            "organization": s.organization,
            "report": done.out.display().to_string(),
            "verdict": s.overall.verdict.as_str(),
            "listening_score": s.overall.listening_score,
            "dialogue_share": s.overall.dialogue_share,
            "response_rate": s.overall.response_rate,
            "items": s.counts.items,
            "crossed_thresholds": s.crossed_thresholds,
            "warnings": s.warnings.len(),
            "input_errors": done.errors.len(),
        }));
        summaries.push(done.summary);
    }
    if summaries.is_empty() {
        bail!(
            "none of the {} organizations could be audited",
            plan.jobs.len()
        );
    }
    if !failed.is_empty() {
        code = EXIT_PARTIAL;
    }
    if let Some(dir) = &plan.comparison {
        let html = report::compare::render(&summaries)?;
        report::write(
            dir,
            &[report::Rendered {
                path: "index.html".into(),
                bytes: html,
            }],
        )?;
        if !out.quiet && !out.json {
            println!(
                "comparison: {}",
                sanitize(&dir.join("index.html").display().to_string())
            );
        }
    }
    if out.json {
        let line = serde_json::json!({
            "exit_code": code,
            "organizations": json_orgs,
            "failed": failed,
            "comparison": plan.comparison.as_ref().map(|d| d.display().to_string()),
        });
        println!("{line}");
    }
    Ok(code)
}

/// Audits one organization, checks its thresholds, and writes its report.
fn run_job(job: &Job, progress: &Progress, render: &report::RenderOptions) -> Result<Done> {
    let bar = progress.start(&job.label);
    bar.set_message("reading and analysing");
    let mut audit = audit::run(&job.options)?;
    let mut unchecked = Vec::new();
    for f in &job.fail_if {
        match f.check(&audit.summary.overall) {
            Check::Crossed(c) => audit.summary.crossed_thresholds.push(c),
            Check::Holds => {}
            Check::NotMeasurable(why) => unchecked.push(format!(
                "threshold `{f}` not checked: {} is not measurable ({why})",
                f.figure
            )),
        }
    }
    bar.set_message("rendering");
    let t1 = Instant::now();
    let out = job
        .out
        .clone()
        .unwrap_or_else(|| job.root.join(slug(&audit.summary.organization)));
    refuse_overlap(&out, &job.options.inputs)?;
    let rows = report::rows(&audit);
    let t_render = t1.elapsed();
    bar.set_message("writing");
    let t2 = Instant::now();
    report::write_report(&out, &audit.summary, &rows, render)?;
    drop(rows);
    // Freeing a large archive's items and labels takes a tenth of a second that nobody needs
    // to wait for: it happens on a thread of its own while the run reports and exits.
    let items = std::mem::take(&mut audit.items);
    let classes = std::mem::take(&mut audit.classes);
    let _ = std::thread::Builder::new().spawn(move || drop((items, classes)));
    bar.finish_and_clear();
    Ok(Done {
        errors: audit.errors.iter().map(|e| e.to_string()).collect(),
        summary: audit.summary,
        out,
        unchecked,
        timings: {
            let mut t = std::mem::take(&mut audit.timings);
            t.extend([("rows", t_render), ("write", t2.elapsed())]);
            t
        },
    })
}

/// Progress on stderr: a spinner per organization at work and, for several, an overall bar.
/// indicatif draws nothing when stderr is not a terminal; `--quiet` hides it everywhere.
struct Progress {
    multi: MultiProgress,
    overall: Option<ProgressBar>,
}

impl Progress {
    fn new(out: Output, jobs: usize) -> Progress {
        let target = if out.quiet {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        };
        let multi = MultiProgress::with_draw_target(target);
        let overall = (jobs > 1).then(|| {
            let b = multi.add(ProgressBar::new(jobs as u64));
            b.set_style(
                ProgressStyle::with_template("{bar:30} {pos}/{len} organizations  {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            b
        });
        Progress { multi, overall }
    }

    fn start(&self, label: &str) -> ProgressBar {
        let b = self.multi.add(ProgressBar::new_spinner());
        b.set_style(
            ProgressStyle::with_template("{spinner} {prefix}: {msg}  {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        b.set_prefix(sanitize(label));
        b.enable_steady_tick(Duration::from_millis(120));
        b
    }

    fn done(&self) {
        if let Some(b) = &self.overall {
            b.inc(1);
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.overall {
            b.finish_and_clear();
        }
        self.multi.clear().ok();
    }
}

/// `-v`: what was read and how long each stage took, on stderr.
fn print_details(d: &Done) {
    let s = &d.summary;
    eprintln!("earshot: {}", sanitize(&s.organization));
    for i in &s.inputs {
        eprintln!(
            "  read {} as {}: {} items, {} bytes{}",
            sanitize(&i.path),
            i.format,
            i.items,
            i.bytes,
            if i.matched.is_empty() {
                String::new()
            } else {
                format!(" (matched {})", sanitize(&i.matched.join(", ")))
            }
        );
    }
    let c = &s.counts;
    eprintln!(
        "  period {} to {} ({}): {} items, {} outside the period, {} undated, {} duplicates, {} skipped",
        s.period.since.as_deref().unwrap_or("start"),
        s.period.until.as_deref().unwrap_or("end"),
        s.period.timezone,
        c.items,
        c.outside_period,
        c.undated,
        c.duplicates,
        c.skipped
    );
    let t: Vec<String> = d
        .timings
        .iter()
        .map(|(stage, t)| format!("{stage} {:.2}s", t.as_secs_f64()))
        .collect();
    eprintln!("  {}", t.join(", "));
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

fn print_summary(s: &Summary, out: &Path, color: bool) {
    let f = &s.overall;
    let pct = |v: Option<f64>| {
        v.map(|x| format!("{:.0}%", x * 100.0))
            .unwrap_or_else(|| "not measurable".into())
    };
    let score = f
        .listening_score
        .map(|v| format!(" (listening score {v}/100)"))
        .unwrap_or_default();
    let verdict = match (color, f.verdict) {
        (true, Verdict::BroadcastOnly) => format!("\x1b[1;31m{}\x1b[0m", f.verdict.as_str()),
        (true, Verdict::Conversational) => format!("\x1b[1;32m{}\x1b[0m", f.verdict.as_str()),
        (true, Verdict::Mixed) => format!("\x1b[1;33m{}\x1b[0m", f.verdict.as_str()),
        _ => f.verdict.as_str().to_string(),
    };
    println!("{}: {verdict}{score}", sanitize(&s.organization));
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
    fn colour_only_on_a_terminal_without_no_color() {
        use std::ffi::OsStr;
        assert!(use_color(None, true));
        assert!(use_color(Some(OsStr::new("")), true));
        assert!(!use_color(Some(OsStr::new("1")), true));
        assert!(!use_color(None, false));
    }

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

//! `earshot-bench`: the end-to-end benchmark. For each archive it measures, in the same run:
//!
//! - the parse-only floor: one pass of `serde_json` deserializing the archive's tweet files into
//!   `serde::de::IgnoredAny` (inflating them first when the archive is a zip), both streamed
//!   from a reader and from the bytes in memory; the faster of the two is the floor;
//! - the full audit: the real `earshot audit` command as a child process, every output written,
//!   with its wall time, CPU time and peak memory (from the kernel's accounting of the child);
//!
//! and prints items per second, MB per second, peak memory, the ratio of the audit to the floor
//! (of the fastest runs, and the range of each run's own) and how much of the two cores the
//! audit used. Each measurement is run once untimed first (`--warmup`). Given several sizes, it
//! also prints how time and memory grow with the number of items.
//!
//! Archives are written by the committed generator (`earshot::synth`, the same as
//! `earshot-synth`) into `target/bench-data/`, once per size, format and seed; `--input` audits
//! archives of your own instead.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use clap::{Parser, ValueEnum};
use earshot::ingest::{Limits, Source};
use earshot::synth::{self, Options, Org, OutputFormat, Period};
use serde::Deserialize;
use serde::de::IgnoredAny;

#[derive(Parser)]
#[command(
    name = "earshot-bench",
    version,
    about = "End-to-end benchmark: earshot's full audit against a parse-only floor, with peak memory"
)]
struct Cli {
    /// Archive sizes to generate, in tweets (comma-separated).
    #[arg(long, value_delimiter = ',', default_values_t = [60_000u64, 600_000])]
    items: Vec<u64>,
    /// Archive layouts to generate (comma-separated).
    #[arg(long, value_delimiter = ',', default_values = ["x-folder", "x-zip"])]
    format: Vec<Layout>,
    /// Archives of your own (X archive folders or zips) instead of generated ones.
    #[arg(long)]
    input: Vec<PathBuf>,
    /// Runs of each measurement; the fastest is reported (the machine may be shared).
    #[arg(long, default_value_t = 3)]
    runs: u32,
    /// Untimed runs of each measurement first: the archive is then in the page cache, and the
    /// writing of a freshly generated one is over, for every timed run alike.
    #[arg(long, default_value_t = 1)]
    warmup: u32,
    /// Where generated archives are kept between runs.
    #[arg(long, default_value = "target/bench-data")]
    data: PathBuf,
    /// The earshot binary to time (default: the one beside this program).
    #[arg(long)]
    earshot: Option<PathBuf>,
    /// Measure only the floor of this archive and print `bytes seconds` (the benchmark runs
    /// each floor in a child of its own, so its memory never counts towards the audit's).
    #[arg(long, hide = true)]
    floor_of: Option<PathBuf>,
    /// With --floor-of: read the bytes into memory first.
    #[arg(long, hide = true)]
    in_memory: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Layout {
    /// An unpacked X archive of 2023 to 2025.
    #[value(name = "x-folder")]
    Folder,
    /// The same archive as a zip.
    #[value(name = "x-zip")]
    Zip,
    /// The same activity three years earlier (2019 to 2021), before edits existed: tweets
    /// carry no `edit_info`, and the file is about a fifth smaller for as many tweets.
    #[value(name = "x-folder-before-edits")]
    FolderBeforeEdits,
}

impl Layout {
    fn name(self) -> &'static str {
        match self {
            Layout::Folder => "x-folder",
            Layout::Zip => "x-zip",
            Layout::FolderBeforeEdits => "x-folder-before-edits",
        }
    }
}

/// What one archive measured.
struct Measured {
    label: String,
    items: u64,
    /// Bytes of the tweet files (decompressed).
    bytes: u64,
    floor_stream: Duration,
    floor_memory: Duration,
    audit: Duration,
    cpu: Duration,
    peak_rss: u64,
    /// Each run's audit over the faster of that run's floors: the fastest-of-runs ratio above
    /// pairs figures from different runs, and on a shared machine both sides move.
    ratios: Vec<f64>,
}

impl Measured {
    /// The lowest and highest of the runs' own ratios.
    fn ratio_range(&self) -> (f64, f64) {
        self.ratios
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &r| {
                (lo.min(r), hi.max(r))
            })
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("earshot-bench: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: &Cli) -> Result<(), String> {
    if let Some(path) = &cli.floor_of {
        let (bytes, t) = floor(path, cli.in_memory)?;
        println!("{bytes} {}", t.as_secs_f64());
        return Ok(());
    }
    let earshot = match &cli.earshot {
        Some(p) => p.clone(),
        None => std::env::current_exe()
            .map_err(|e| e.to_string())?
            .with_file_name("earshot"),
    };
    if !earshot.exists() {
        return Err(format!(
            "{} not found: build it first (`cargo build --release --bins`)",
            earshot.display()
        ));
    }
    let mut archives: Vec<(String, PathBuf)> = Vec::new();
    if cli.input.is_empty() {
        for &layout in &cli.format {
            for &n in &cli.items {
                let path = generated(&cli.data, layout, n)?;
                archives.push((format!("{} {n}", layout.name()), path));
            }
        }
    } else {
        for p in &cli.input {
            archives.push((p.display().to_string(), p.clone()));
        }
    }
    println!(
        "machine: {} cores, {}",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        cpu_model()
    );
    println!(
        "{:<16} {:>9} {:>9} {:>8} {:>8} {:>8} {:>7} {:>11} {:>9} {:>7} {:>8} {:>9} {:>5}",
        "archive",
        "items",
        "MB",
        "floor s",
        "(memory)",
        "audit s",
        "ratio",
        "(each run)",
        "items/s",
        "MB/s",
        "peak MB",
        "peak/size",
        "cores"
    );
    let mut all = Vec::new();
    for (label, path) in &archives {
        let m = measure(label, path, &earshot, cli.warmup, cli.runs)?;
        let floor = m.floor_stream.min(m.floor_memory);
        let mb = m.bytes as f64 / 1e6;
        let (lo, hi) = m.ratio_range();
        println!(
            "{:<16} {:>9} {:>9.1} {:>8.2} {:>8.2} {:>8.2} {:>7.2} {:>11} {:>9.0} {:>7.1} {:>8.0} {:>9.2} {:>5.2}",
            m.label,
            m.items,
            mb,
            m.floor_stream.as_secs_f64(),
            m.floor_memory.as_secs_f64(),
            m.audit.as_secs_f64(),
            m.audit.as_secs_f64() / floor.as_secs_f64(),
            format!("{lo:.2}-{hi:.2}"),
            m.items as f64 / m.audit.as_secs_f64(),
            mb / m.audit.as_secs_f64(),
            m.peak_rss as f64 / 1e6,
            m.peak_rss as f64 / m.bytes as f64,
            m.cpu.as_secs_f64() / m.audit.as_secs_f64(),
        );
        all.push(m);
    }
    println!(
        "floor s: serde_json into IgnoredAny streamed from a reader; (memory): from the bytes read into memory first;"
    );
    println!("ratio: the fastest audit / the faster of the fastest floors;");
    println!("(each run): the lowest and highest of each run's audit / that run's faster floor;");
    println!("peak/size: peak memory / tweet-file bytes; cores: CPU time / wall time");
    // Growth between sizes of the same layout.
    for a in &all {
        for b in &all {
            let same_layout = a.label.split(' ').next() == b.label.split(' ').next();
            if same_layout && b.items > a.items && a.items > 0 {
                println!(
                    "{} -> {}: {:.1}x the items took {:.2}x the time and {:.2}x the peak memory",
                    a.label,
                    b.label,
                    b.items as f64 / a.items as f64,
                    b.audit.as_secs_f64() / a.audit.as_secs_f64(),
                    b.peak_rss as f64 / a.peak_rss as f64
                );
            }
        }
    }
    Ok(())
}

/// The archive of `items` tweets in `layout`, generated once (three years of the synthetic
/// library's activity, seed 1) and kept in `data`.
fn generated(data: &Path, layout: Layout, items: u64) -> Result<PathBuf, String> {
    let (format, name, start) = match layout {
        Layout::Folder => (OutputFormat::XFolder, format!("x-{items}"), 2023),
        Layout::Zip => (OutputFormat::XZip, format!("x-{items}.zip"), 2023),
        Layout::FolderBeforeEdits => (
            OutputFormat::XFolder,
            format!("x-before-edits-{items}"),
            2019,
        ),
    };
    let path = data.join(name);
    if path.exists() {
        return Ok(path);
    }
    std::fs::create_dir_all(data).map_err(|e| format!("{}: {e}", data.display()))?;
    eprintln!("writing {} ...", path.display());
    let org = Org::library();
    let start = jiff::civil::date(start, 1, 1);
    let opts = Options {
        format,
        seed: 1,
        period: Period::months(&org, start, 36),
        items: Some(items),
        out: path.clone(),
        part_tweets: 0,
    };
    synth::generate(&opts).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

fn measure(
    label: &str,
    path: &Path,
    earshot: &Path,
    warmup: u32,
    runs: u32,
) -> Result<Measured, String> {
    for _ in 0..warmup {
        floor_in_child(path, true)?;
        audit(path, earshot)?;
    }
    let mut best: Option<Measured> = None;
    for _ in 0..runs.max(1) {
        let (bytes, floor_stream) = floor_in_child(path, false)?;
        let (_, floor_memory) = floor_in_child(path, true)?;
        let (items, audit, cpu, peak_rss) = audit(path, earshot)?;
        let m = Measured {
            label: label.to_string(),
            items,
            bytes,
            floor_stream,
            floor_memory,
            audit,
            cpu,
            peak_rss,
            ratios: vec![audit.as_secs_f64() / floor_stream.min(floor_memory).as_secs_f64()],
        };
        best = Some(match best {
            None => m,
            Some(mut b) => Measured {
                floor_stream: b.floor_stream.min(m.floor_stream),
                floor_memory: b.floor_memory.min(m.floor_memory),
                audit: b.audit.min(m.audit),
                cpu: b.cpu.min(m.cpu),
                peak_rss: b.peak_rss.min(m.peak_rss),
                ratios: {
                    b.ratios.extend(m.ratios);
                    b.ratios
                },
                ..m
            },
        });
    }
    Ok(best.expect("at least one run"))
}

/// [`floor`] in a child process: this process stays small, so the audit it starts next begins
/// with nothing of the floor's memory.
fn floor_in_child(path: &Path, in_memory: bool) -> Result<(u64, Duration), String> {
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut cmd = Command::new(me);
    cmd.arg("--floor-of").arg(path);
    if in_memory {
        cmd.arg("--in-memory");
    }
    let out = cmd.output().map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut parts = text.split_whitespace();
    match (
        parts.next().and_then(|b| b.parse().ok()),
        parts.next().and_then(|t| t.parse::<f64>().ok()),
    ) {
        (Some(bytes), Some(secs)) if out.status.success() => {
            Ok((bytes, Duration::from_secs_f64(secs)))
        }
        _ => Err(format!(
            "the floor of {}: {}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        )),
    }
}

/// One pass of `serde_json` over every tweet file into `IgnoredAny`: streamed from the reader,
/// or (`in_memory`) after reading the file's bytes. Returns the files' bytes and the time.
fn floor(path: &Path, in_memory: bool) -> Result<(u64, Duration), String> {
    let started = Instant::now();
    let mut source = Source::open(path, &Limits::default()).map_err(|e| e.to_string())?;
    let files = earshot::ingest::x::tweet_files(&source);
    if files.is_empty() {
        return Err(format!("{}: no tweets*.js in it", path.display()));
    }
    let mut total = 0u64;
    for f in files {
        let size = source.size(&f).map_err(|e| e.to_string())?;
        let entry = source.open_entry(&f).map_err(|e| e.to_string())?;
        let mut reader = BufReader::with_capacity(1 << 16, entry);
        let mut prefix = Vec::new();
        reader
            .read_until(b'=', &mut prefix)
            .map_err(|e| e.to_string())?;
        total += prefix.len() as u64;
        if in_memory {
            // Allocated once at the file's size, as `std::fs::read` does: growing the buffer
            // would copy it several times and make the floor slower than it need be.
            let mut bytes = Vec::with_capacity(size as usize);
            reader.read_to_end(&mut bytes).map_err(|e| e.to_string())?;
            total += bytes.len() as u64;
            serde_json::from_slice::<IgnoredAny>(&bytes).map_err(|e| format!("{f}: {e}"))?;
        } else {
            let mut counted = Counted {
                inner: reader,
                n: 0,
            };
            let mut de = serde_json::Deserializer::from_reader(&mut counted);
            IgnoredAny::deserialize(&mut de).map_err(|e| format!("{f}: {e}"))?;
            total += counted.n;
        }
    }
    Ok((total, started.elapsed()))
}

struct Counted<R> {
    inner: R,
    n: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.n += n as u64;
        Ok(n)
    }
}

/// Runs `earshot audit` on `path` with every output written; returns the items audited, the wall
/// time, the CPU time and the peak resident memory of the child.
fn audit(path: &Path, earshot: &Path) -> Result<(u64, Duration, Duration, u64), String> {
    let out = tempfile::tempdir().map_err(|e| e.to_string())?;
    let report = out.path().join("report");
    let started = Instant::now();
    let child = Command::new(earshot)
        .arg("audit")
        .arg(path)
        .arg("--out")
        .arg(&report)
        .args(["--reproducible", "--json"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{}: {e}", earshot.display()))?;
    let pid = child.id() as libc::pid_t;
    // The child's own accounting, read as it is reaped (not the sum over all children).
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our child, not yet waited for; `status` and `usage` are valid pointers.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = started.elapsed();
    if r != pid {
        return Err(format!(
            "waiting for earshot: {}",
            std::io::Error::last_os_error()
        ));
    }
    let mut stdout = String::new();
    child
        .stdout
        .ok_or("no stdout")?
        .read_to_string(&mut stdout)
        .map_err(|e| e.to_string())?;
    let code = libc::WEXITSTATUS(status);
    if !libc::WIFEXITED(status) || code != 0 {
        let mut stderr = String::new();
        if let Some(mut e) = child.stderr {
            e.read_to_string(&mut stderr).ok();
        }
        return Err(format!(
            "earshot audit {} failed (status {code}): {stderr}",
            path.display()
        ));
    }
    if !report.join("items.csv").exists() || !report.join("index.html").exists() {
        return Err("the audit wrote no report".into());
    }
    let line: serde_json::Value =
        serde_json::from_str(stdout.trim()).map_err(|e| format!("earshot's --json output: {e}"))?;
    let items = line
        .pointer("/organizations/0/items")
        .or_else(|| line.pointer("/items"))
        .and_then(|v| v.as_u64())
        .unwrap_or(0);
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    let cpu = tv(usage.ru_utime) + tv(usage.ru_stime);
    // ru_maxrss is in kilobytes on Linux.
    Ok((items, wall, cpu, usage.ru_maxrss as u64 * 1024))
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown processor".into())
}

//! `earshot-synth`: writes synthetic archives of the fictional Millbrook Public Library (see
//! `earshot::synth`), at any size, for benchmarks and tests; `earshot-synth samples` rewrites
//! the committed `samples/` folder.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};
use earshot::synth::{self, Options, Org, OutputFormat, Period};
use jiff::civil::Date;

#[derive(Parser)]
#[command(
    name = "earshot-synth",
    version,
    about = "Writes deterministic synthetic archives (X, WordPress, Mastodon, earshot CSV) of a fictional library",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// How many items to write (tweets, inbound rows, posts and comments, activities; see --format).
    /// Without it, the library's usual activity over the period.
    #[arg(long)]
    items: Option<u64>,
    #[arg(long, value_enum, default_value_t = Format::XFolder)]
    format: Format,
    /// The seed: the same seed and options give byte-identical files.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// First day of the period (in the library's time zone, America/Chicago).
    #[arg(long, default_value = "2026-01-01")]
    start: Date,
    /// Length of the period in years (fractions allowed: 0.25 is a quarter).
    #[arg(long, default_value_t = 1.0)]
    years: f64,
    /// The folder (x-folder, mastodon) or file (x-zip, wordpress, csv, csv-full) to write.
    #[arg(long)]
    out: Option<PathBuf>,
    /// X archives: tweets per tweets*.js file before tweets-part1.js... starts (0: one file).
    #[arg(long, default_value_t = synth::x::PART_TWEETS)]
    part_tweets: u64,
}

#[derive(Subcommand)]
enum Command {
    /// Rewrites the sample archives (one quarter of the library on X, WordPress and Mastodon).
    Samples {
        #[arg(long, default_value = "samples")]
        out: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    XFolder,
    XZip,
    Wordpress,
    Mastodon,
    Csv,
    CsvFull,
}

impl From<Format> for OutputFormat {
    fn from(f: Format) -> OutputFormat {
        match f {
            Format::XFolder => OutputFormat::XFolder,
            Format::XZip => OutputFormat::XZip,
            Format::Wordpress => OutputFormat::WordPress,
            Format::Mastodon => OutputFormat::Mastodon,
            Format::Csv => OutputFormat::Csv,
            Format::CsvFull => OutputFormat::CsvFull,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let started = Instant::now();
    let result = match cli.command {
        Some(Command::Samples { out }) => synth::samples(&out).map(|files| (None, files)),
        None => {
            let Some(out) = cli.out else {
                eprintln!("earshot-synth: --out is required (a folder or file to write)");
                return ExitCode::from(2);
            };
            if !(cli.years > 0.0 && cli.years <= 50.0) {
                eprintln!("earshot-synth: --years must be more than 0 and at most 50");
                return ExitCode::from(2);
            }
            let org = Org::library();
            let months = ((cli.years * 12.0).round() as i64).max(1);
            let format = OutputFormat::from(cli.format);
            let opts = Options {
                format,
                seed: cli.seed,
                period: Period::months(&org, cli.start, months),
                items: cli.items,
                out,
                part_tweets: cli.part_tweets,
            };
            synth::generate(&opts).map(|w| (Some((w.items, format)), w.files))
        }
    };
    match result {
        Ok((items, files)) => {
            if let Some((n, format)) = items {
                println!("{n} {} written ({format})", format.counts());
            }
            for (path, bytes) in files {
                println!("{:>14} bytes  {}", bytes, path.display());
            }
            println!("in {:.2} s", started.elapsed().as_secs_f64());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("earshot-synth: {e}");
            ExitCode::from(1)
        }
    }
}

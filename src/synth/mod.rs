//! Synthetic archives of one fictional organization, written exactly as the platforms export
//! them: for the committed samples, for tests, and for benchmarks at any size.
//!
//! The organization is the **Millbrook Public Library** (X handle `@MillbrookLibrary`, site
//! `millbrooklibrary.org`, Mastodon `@millbrooklibrary@social.millbrooklibrary.org`), the public
//! library of a fictional mid-sized Midwestern city (time zone America/Chicago) with six branches:
//! Central, Eastgate, Riverside, Northfield, Hollow Lane and Cedar Park. Its communications team
//! schedules news, event calls and book lists through Hootsuite, Buffer and Sprout Social, and
//! answers people from the web app, a phone and Sprout's inbox. On X it posts news, calls to
//! action, marketing questions, @-prefixed announcements about partners, thanks to volunteers and
//! partners, real questions to its readers, threads and plain retweets of local organizations;
//! people ask it about hours, holds, ebooks and events, complain about wifi and overdue notices,
//! praise the staff, react with emoji, and send spam. Many questions get a real answer, complaints
//! often get one of a few stock replies, and some messages are never answered. Its WordPress
//! news blog has reader comments, staff replies, pingbacks, spam and comments left in moderation;
//! its Mastodon account posts, threads, boosts, replies and sends a few direct messages.
//!
//! Everything is drawn from one seeded generator ([`rng::Rng`]) and the phrase banks in
//! `phrases.toml`, so the same arguments always give byte-identical files. Writers stream: an
//! archive of any size is written in bounded memory. `earshot-synth samples --out samples`
//! writes the committed `samples/` folder: one quarter (July to September 2026) of the library on
//! X (archive folder and the earshot CSV of the comments and mentions it received), on its
//! WordPress blog, and on Mastodon.

pub mod mastodon;
pub mod rng;
pub mod story;
pub mod text;
pub mod wordpress;
pub mod x;

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

/// An account that appears in the archives: the organization, a partner, or a member of the public.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Who {
    pub handle: String,
    /// Display name.
    pub name: String,
    /// How a reply greets them.
    pub first: String,
    /// Numeric user id (X).
    pub id: u64,
}

/// The fictional organization whose archives are generated.
#[derive(Debug, Clone)]
pub struct Org {
    pub handle: String,
    pub name: String,
    pub id: u64,
    /// The website's host, for links.
    pub site: String,
    /// The Mastodon server the organization runs.
    pub mastodon_host: String,
    pub mastodon_user: String,
    pub tz: TimeZone,
    /// When the X account was created.
    pub created: Timestamp,
}

impl Org {
    /// The Millbrook Public Library (see the module docs).
    pub fn library() -> Org {
        Org {
            handle: "MillbrookLibrary".to_string(),
            name: "Millbrook Public Library".to_string(),
            id: 2_916_450_387,
            site: "millbrooklibrary.org".to_string(),
            mastodon_host: "social.millbrooklibrary.org".to_string(),
            mastodon_user: "millbrooklibrary".to_string(),
            tz: TimeZone::get("America/Chicago").expect("bundled time zone"),
            created: "2014-12-03T15:21:09Z".parse().expect("valid time"),
        }
    }

    pub fn who(&self) -> Who {
        Who {
            handle: self.handle.clone(),
            name: self.name.clone(),
            first: self.name.clone(),
            id: self.id,
        }
    }
}

/// What to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// An unpacked X archive (`data/account.js`, `data/tweets.js`, ..., `data/manifest.js`).
    XFolder,
    /// The same X archive as a zip.
    XZip,
    /// A WordPress WXR export of the news blog with its comments.
    WordPress,
    /// A Mastodon account export folder (`outbox.json`, `actor.json`).
    Mastodon,
    /// The earshot CSV of the comments and mentions received on X.
    Csv,
    /// Both sides on X as one earshot CSV (outbound tweets and inbound items), for benchmarks.
    CsvFull,
}

impl OutputFormat {
    pub const ALL: &'static [OutputFormat] = &[
        OutputFormat::XFolder,
        OutputFormat::XZip,
        OutputFormat::WordPress,
        OutputFormat::Mastodon,
        OutputFormat::Csv,
        OutputFormat::CsvFull,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OutputFormat::XFolder => "x-folder",
            OutputFormat::XZip => "x-zip",
            OutputFormat::WordPress => "wordpress",
            OutputFormat::Mastodon => "mastodon",
            OutputFormat::Csv => "csv",
            OutputFormat::CsvFull => "csv-full",
        }
    }

    /// What `--items` counts for this format.
    pub fn counts(self) -> &'static str {
        match self {
            OutputFormat::XFolder | OutputFormat::XZip => "tweets",
            OutputFormat::WordPress => "posts and comments",
            OutputFormat::Mastodon => "outbox activities",
            OutputFormat::Csv => "inbound comments and mentions",
            OutputFormat::CsvFull => "rows (both sides)",
        }
    }
}

impl fmt::Display for OutputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The time span an archive covers: from `start` (inclusive) to `end`, the moment of the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: Timestamp,
    pub end: Timestamp,
}

impl Period {
    /// `months` months from midnight of `start` in the organization's time zone.
    pub fn months(org: &Org, start: Date, months: i64) -> Period {
        let s = start
            .to_zoned(org.tz.clone())
            .expect("a date in range has a midnight");
        let e = s
            .checked_add(months.months())
            .expect("the period stays in range");
        Period {
            start: s.timestamp(),
            end: e.timestamp(),
        }
    }

    pub fn seconds(&self) -> i64 {
        self.end.as_second() - self.start.as_second()
    }
}

/// One generation request.
#[derive(Debug, Clone)]
pub struct Options {
    pub format: OutputFormat,
    pub seed: u64,
    pub period: Period,
    /// Exactly this many items of the format (see [`OutputFormat::counts`]); `None` writes the
    /// sample organization's usual activity over the period.
    pub items: Option<u64>,
    /// The folder (X folder, Mastodon) or file (zip, XML, CSV) to write.
    pub out: PathBuf,
    /// X archives: tweets per `tweets*.js` file before a new part starts (`0`: never split).
    pub part_tweets: u64,
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// Items of the format written (see [`OutputFormat::counts`]).
    pub items: u64,
    /// Every file written with its size in bytes.
    pub files: Vec<(PathBuf, u64)>,
}

/// Writes one archive.
pub fn generate(opts: &Options) -> io::Result<Written> {
    let org = Org::library();
    match opts.format {
        OutputFormat::XFolder | OutputFormat::XZip => {
            x::write_x(&org, opts, opts.format == OutputFormat::XZip)
        }
        OutputFormat::Csv | OutputFormat::CsvFull => {
            x::write_csv(&org, opts, opts.format == OutputFormat::CsvFull)
        }
        OutputFormat::WordPress => wordpress::write(&org, opts),
        OutputFormat::Mastodon => mastodon::write(&org, opts),
    }
}

/// The seed of the committed samples.
pub const SAMPLE_SEED: u64 = 2026;

/// Writes the sample organization's quarter into `dir`: `x-archive/` and `x-mentions.csv` (from
/// one story, so the CSV's replies point at the archive's tweets), `wordpress.xml` and
/// `mastodon/`. Returns every file written.
pub fn samples(dir: &Path) -> io::Result<Vec<(PathBuf, u64)>> {
    let org = Org::library();
    let period = Period::months(&org, Date::constant(2026, 7, 1), 3);
    std::fs::create_dir_all(dir)?;
    let mut files = x::write_x_and_mentions(
        &org,
        SAMPLE_SEED,
        period,
        &dir.join("x-archive"),
        &dir.join("x-mentions.csv"),
    )?;
    let opts = |format, out: PathBuf| Options {
        format,
        seed: SAMPLE_SEED,
        period,
        items: None,
        out,
        part_tweets: x::PART_TWEETS,
    };
    files.extend(
        wordpress::write(
            &org,
            &opts(OutputFormat::WordPress, dir.join("wordpress.xml")),
        )?
        .files,
    );
    files.extend(mastodon::write(&org, &opts(OutputFormat::Mastodon, dir.join("mastodon")))?.files);
    Ok(files)
}

/// Size of a file just written, for [`Written`].
fn sized(path: PathBuf) -> io::Result<(PathBuf, u64)> {
    let n = std::fs::metadata(&path)?.len();
    Ok((path, n))
}

/// `2026-07-01 09:30:00` in the organization's time zone (WordPress's `post_date`).
fn local_datetime(org: &Org, t: Timestamp) -> String {
    t.to_zoned(org.tz.clone())
        .strftime("%Y-%m-%d %H:%M:%S")
        .to_string()
}

/// `2026-07-01T14:30:00Z`, as Mastodon and the earshot CSV write times.
fn iso(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

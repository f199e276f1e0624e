//! Ingest: turn each input (folder, zip or file) into normalized [`Item`]s.
//!
//! Detection is by content: every format knows which files it needs and how they start, and
//! [`detect`] asks each in turn. A folder that is not itself one export is searched one level
//! down, so a folder holding one export per platform is read as one organization's channels.
//! One damaged export does not stop the others: its error is returned beside what was read.

pub mod bluesky;
pub mod conversation;
pub mod earshot_csv;
pub mod facebook;
pub mod instagram;
pub mod json_array;
pub mod linkedin;
pub mod mastodon;
pub mod messenger;
pub mod meta;
pub mod reddit;
pub mod source;
pub mod text;
pub mod wordpress;
pub mod x;
pub mod x_grailbird;
pub mod youtube;

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::model::{Account, Item, Platform};
pub use source::Source;

/// The export formats earshot reads. Matches over it are exhaustive, so a new format is one
/// variant plus the places the compiler points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// X / Twitter archive (zip or folder with `data/tweets.js` or `data/tweet.js`).
    XArchive,
    /// The tool-neutral earshot CSV.
    EarshotCsv,
    /// Mastodon account export (zip or folder with `outbox.json`, `actor.json`, `likes.json`).
    Mastodon,
    /// WordPress eXtended RSS (WXR) export of posts and comments.
    WordPress,
    /// Bluesky repository export (CAR file) or JSON records (`listRecords` output, JSONL).
    Bluesky,
    /// YouTube comments CSV from Google Takeout.
    YouTube,
    /// Reddit data export (`posts.csv`, `comments.csv`).
    Reddit,
    /// Facebook "Download your information" JSON: own posts, own comments, Messenger.
    Facebook,
    /// Instagram "Download your information" JSON: posts, own comments, direct messages.
    Instagram,
    /// LinkedIn data export CSVs: `Shares.csv` and `Comments.csv`.
    LinkedIn,
    /// Older X / Twitter "Grailbird" archive: `data/js/tweets/YYYY_MM.js` or `tweets.csv`.
    XGrailbird,
}

impl Format {
    /// Every format, in the order detection tries them.
    pub const ALL: &'static [Format] = &[
        Format::XArchive,
        Format::Mastodon,
        Format::WordPress,
        Format::Bluesky,
        Format::YouTube,
        Format::Reddit,
        Format::Instagram,
        Format::Facebook,
        Format::LinkedIn,
        Format::XGrailbird,
        Format::EarshotCsv,
    ];

    /// The stable name used in `summary.json` and `earshot detect`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::XArchive => "x-archive",
            Format::EarshotCsv => "earshot-csv",
            Format::Mastodon => "mastodon",
            Format::WordPress => "wordpress-wxr",
            Format::Bluesky => "bluesky",
            Format::YouTube => "youtube-takeout",
            Format::Reddit => "reddit",
            Format::Facebook => "facebook",
            Format::Instagram => "instagram",
            Format::LinkedIn => "linkedin",
            Format::XGrailbird => "x-grailbird",
        }
    }

    /// What detection looks for, for the error when nothing matches.
    pub fn looked_for(self) -> &'static str {
        match self {
            Format::XArchive => {
                "X archive: data/tweets.js, data/tweets-part*.js or data/tweet.js with a window.YTD prefix"
            }
            Format::EarshotCsv => {
                "earshot CSV: a .csv file whose header has id, text, author, created_at"
            }
            Format::Mastodon => {
                "Mastodon export: an ActivityStreams OrderedCollection (outbox.json) of Create/Announce activities"
            }
            Format::WordPress => {
                "WordPress WXR: an RSS XML file declaring the WordPress export namespace (xmlns:wp, wp:wxr_version)"
            }
            Format::Bluesky => {
                "Bluesky: a CAR v1 repository export, or JSON/JSONL records with at:// uris and app.bsky.feed values"
            }
            Format::YouTube => {
                "YouTube Takeout comments: a CSV whose header has Comment ID, Channel ID, Video ID, Comment Text"
            }
            Format::Reddit => {
                "Reddit export: posts.csv or comments.csv whose header has id, permalink, date and body"
            }
            Format::Facebook => {
                "Facebook export: your_posts_1.json, comments.json (comments_v2) or messages/inbox/*/message_1.json"
            }
            Format::Instagram => {
                "Instagram export: content/posts_1.json, comments/post_comments_1.json, the older media.json / comments.json, or your_instagram_activity/messages/inbox/*/message_1.json"
            }
            Format::LinkedIn => {
                "LinkedIn export: Shares.csv (Date,ShareLink,ShareCommentary,...) or Comments.csv (Date,Link,Message)"
            }
            Format::XGrailbird => {
                "older X archive: data/js/tweets/YYYY_MM.js (Grailbird.data.tweets_...) or tweets.csv with tweet_id, timestamp, text"
            }
        }
    }

    /// The platform whose items this format holds (`None` for formats that name it per item).
    pub fn platform(self) -> Option<Platform> {
        match self {
            Format::XArchive => Some(Platform::X),
            Format::EarshotCsv => None,
            Format::Mastodon => Some(Platform::Mastodon),
            Format::WordPress => Some(Platform::WordPress),
            Format::Bluesky => Some(Platform::Bluesky),
            Format::YouTube => Some(Platform::YouTube),
            Format::Reddit => Some(Platform::Reddit),
            Format::Facebook => Some(Platform::Facebook),
            Format::Instagram => Some(Platform::Instagram),
            Format::LinkedIn => Some(Platform::LinkedIn),
            Format::XGrailbird => Some(Platform::X),
        }
    }

    /// Whether `source` holds this format: the files that matched.
    pub fn sniff(self, source: &mut Source) -> Option<Vec<String>> {
        match self {
            Format::XArchive => x::sniff(source),
            Format::EarshotCsv => earshot_csv::sniff(source),
            Format::Mastodon => mastodon::sniff(source),
            Format::WordPress => wordpress::sniff(source),
            Format::Bluesky => bluesky::sniff(source),
            Format::YouTube => youtube::sniff(source),
            Format::Reddit => reddit::sniff(source),
            Format::Facebook => facebook::sniff(source),
            Format::Instagram => instagram::sniff(source),
            Format::LinkedIn => linkedin::sniff(source),
            Format::XGrailbird => x_grailbird::sniff(source),
        }
    }

    /// Reads every item of this format from `source`.
    pub fn import(self, source: &mut Source, input: usize) -> Result<Import, InputError> {
        match self {
            Format::XArchive => x::import(source, input),
            Format::EarshotCsv => earshot_csv::import(source, input),
            Format::Mastodon => mastodon::import(source, input),
            Format::WordPress => wordpress::import(source, input),
            Format::Bluesky => bluesky::import(source, input),
            Format::YouTube => youtube::import(source, input),
            Format::Reddit => reddit::import(source, input),
            Format::Facebook => facebook::import(source, input),
            Format::Instagram => instagram::import(source, input),
            Format::LinkedIn => linkedin::import(source, input),
            Format::XGrailbird => x_grailbird::import(source, input),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Resource limits for reading untrusted inputs. Hitting one is an error naming the limit and
/// the option that raises it, never a crash or a silently shortened import.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Total decompressed bytes one zip input may yield (zip-bomb guard).
    pub max_unzipped_bytes: u64,
    /// Largest single record (CSV record, JSON array element, small whole file such as
    /// `account.js`), so one multi-gigabyte line cannot fill memory.
    pub max_record_bytes: u64,
    /// Most entries one zip may hold.
    pub max_zip_entries: u64,
    /// Largest decompressed-to-compressed ratio of a zip entry (ordinary JSON and CSV stay
    /// well under 100; a zip bomb is near 1000).
    pub max_zip_ratio: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_unzipped_bytes: 8 << 30,
            max_record_bytes: 64 << 20,
            max_zip_entries: 1_000_000,
            max_zip_ratio: 250,
        }
    }
}

/// A problem that skipped part of an input without stopping the run. Warnings are printed,
/// counted in the report's provenance, and make the run's exit status 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// The file (with the zip entry, if any) the warning is about.
    pub file: String,
    /// Line, record or entry inside it, where known.
    pub place: Option<String>,
    pub message: String,
    /// How many items were skipped because of it.
    pub skipped: u64,
}

/// What a format's importer produced from one export.
#[derive(Debug, Default)]
pub struct Import {
    pub items: Vec<Item>,
    /// Own accounts the export names (X `account.js`, Mastodon `actor.json`, ...).
    pub accounts: Vec<Account>,
    pub warnings: Vec<Warning>,
    /// The files inside the export that were read.
    pub files: Vec<String>,
    /// Likes the organization gave to others' posts (X `like.js`, Mastodon `likes.json`): a
    /// listening signal reported beside replies, never counted as dialogue items. `None` when
    /// the export has no such file.
    pub likes_given: Option<u64>,
}

/// One export read from an input.
#[derive(Debug)]
pub struct Loaded {
    /// The export's location: the input itself, or a folder/zip/file inside it.
    pub path: PathBuf,
    pub format: Format,
    /// Why the format was chosen: the files that matched.
    pub matched: Vec<String>,
    pub import: Import,
}

/// An error about one input, always naming the file and, where it can, the place inside it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}{}: {message}", place.as_ref().map(|p| format!(": {p}")).unwrap_or_default())]
pub struct InputError {
    pub path: String,
    pub place: Option<String>,
    pub message: String,
}

impl InputError {
    pub fn new(path: &Path, place: Option<String>, message: impl Into<String>) -> InputError {
        InputError {
            path: path.display().to_string(),
            place,
            message: message.into(),
        }
    }

    /// An error about an entry of a [`Source`], named the way [`Source::describe`] names it.
    pub fn at(
        source: &Source,
        name: &str,
        place: Option<String>,
        message: impl Into<String>,
    ) -> InputError {
        InputError {
            path: source.describe(name),
            place,
            message: message.into(),
        }
    }

    pub fn io(path: &Path, e: std::io::Error) -> InputError {
        InputError::new(path, None, e.to_string())
    }
}

/// The result of detecting an input's format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Detection {
    pub path: PathBuf,
    pub format: Format,
    /// The files that matched, which is why this format was chosen.
    pub matched: Vec<String>,
}

/// What [`detect`] found in one input.
#[derive(Debug, Default)]
pub struct Found {
    pub exports: Vec<Detection>,
    /// Children of a folder that could not be opened (a corrupt zip, say): errors, not skips.
    pub broken: Vec<InputError>,
    /// Children of a folder that match no format.
    pub unmatched: Vec<PathBuf>,
}

/// Detects every export in `path`: the input itself if it is one, or else each child of a folder
/// that is one. A folder whose children are exports of two or more formats is read child by
/// child even if the folder as a whole also looks like one export: that format's sniffer would
/// see only its own files inside, and the other platforms would be lost without a word.
pub fn detect(path: &Path, limits: &Limits) -> Result<Found, InputError> {
    if !path.is_dir() {
        return match detect_one(path, limits)? {
            Some(d) => Ok(Found {
                exports: vec![d],
                ..Found::default()
            }),
            None => Err(nothing_matched(path)),
        };
    }
    let found = detect_children(path, limits)?;
    let formats: std::collections::BTreeSet<Format> =
        found.exports.iter().map(|d| d.format).collect();
    if formats.len() < 2
        && let Some(d) = detect_one(path, limits)?
    {
        return Ok(Found {
            exports: vec![d],
            ..Found::default()
        });
    }
    if found.exports.is_empty() && found.broken.is_empty() {
        return Err(nothing_matched(path));
    }
    Ok(found)
}

fn detect_children(path: &Path, limits: &Limits) -> Result<Found, InputError> {
    let mut found = Found::default();
    let mut children: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| InputError::io(path, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !is_hidden(p))
        .collect();
    children.sort();
    for child in children {
        match detect_one(&child, limits) {
            Ok(Some(d)) => found.exports.push(d),
            Ok(None) => found.unmatched.push(child),
            Err(e) => found.broken.push(e),
        }
    }
    Ok(found)
}

fn detect_one(path: &Path, limits: &Limits) -> Result<Option<Detection>, InputError> {
    let mut source = Source::open(path, limits)?;
    for &format in Format::ALL {
        if let Some(matched) = format.sniff(&mut source) {
            return Ok(Some(Detection {
                path: path.to_path_buf(),
                format,
                matched,
            }));
        }
    }
    Ok(None)
}

fn nothing_matched(path: &Path) -> InputError {
    let looked: Vec<&str> = Format::ALL.iter().map(|f| f.looked_for()).collect();
    InputError::new(
        path,
        None,
        format!(
            "no known export format found; looked for: {}",
            looked.join("; ")
        ),
    )
}

/// A warning for each zip entry that was not read because its name leaves the archive.
pub fn refused_entries(source: &Source) -> Vec<Warning> {
    source
        .refused()
        .iter()
        .map(|name| Warning {
            file: source.path().display().to_string(),
            place: Some(format!("entry `{name}`")),
            message: "the entry's name is absolute or climbs out with `..`; not read".into(),
            skipped: 1,
        })
        .collect()
}

fn is_hidden(p: &Path) -> bool {
    p.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// Reads one input. Each export found in it is returned, or the error that stopped it; an input
/// in which nothing was recognized is one error. Files beside the exports that match no format
/// become warnings, so nothing disappears without a word.
pub fn load(path: &Path, input: usize, limits: &Limits) -> Vec<Result<Loaded, InputError>> {
    let found = match detect(path, limits) {
        Ok(d) => d,
        Err(e) => return vec![Err(e)],
    };
    let mut out: Vec<Result<Loaded, InputError>> = found
        .exports
        .into_iter()
        .map(|d| {
            let mut source = Source::open(&d.path, limits)?;
            let mut import = d.format.import(&mut source, input)?;
            import.warnings.extend(refused_entries(&source));
            Ok(Loaded {
                path: d.path,
                format: d.format,
                matched: d.matched,
                import,
            })
        })
        .collect();
    out.extend(found.broken.into_iter().map(Err));
    if let Some(Ok(first)) = out.iter_mut().find(|r| r.is_ok()) {
        for p in found.unmatched {
            first.import.warnings.push(Warning {
                file: p.display().to_string(),
                place: None,
                message: "not a known export format; left out".to_string(),
                skipped: 0,
            });
        }
    }
    out
}

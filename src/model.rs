//! The one normalized item model every importer produces and every later stage reads.
//!
//! Importers translate their platform's quirks into [`Item`]s; nothing after `ingest` knows which
//! file an item came from except through [`Origin`], which exists so errors and warnings can name it.

use std::fmt;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// The string type of item fields: up to 24 bytes (ids, handles, client and file names) are kept
/// inline without an allocation of their own, so a large archive's items take little memory.
/// It reads like a `&str` and compares with `&str` and `String`.
pub type Str = compact_str::CompactString;

/// The platforms earshot knows. `Other` carries the free word an earshot CSV may use.
///
/// Matches over this enum are exhaustive on purpose: adding a platform makes the compiler list every
/// place that must learn about it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Platform {
    X,
    Mastodon,
    Facebook,
    Instagram,
    LinkedIn,
    WordPress,
    Bluesky,
    YouTube,
    Reddit,
    /// Any other platform word from an earshot CSV (`csv` when the column is absent). Boxed:
    /// a thin pointer keeps this enum, which is in every item, at 16 bytes instead of 24.
    #[allow(clippy::box_collection)]
    Other(Box<String>),
}

impl Platform {
    /// Parses the word used in earshot CSV files, config files and `--account platform:handle`.
    pub fn from_word(word: &str) -> Platform {
        let w = word.trim().to_ascii_lowercase();
        match w.as_str() {
            "x" | "twitter" => Platform::X,
            "mastodon" => Platform::Mastodon,
            "facebook" => Platform::Facebook,
            "instagram" => Platform::Instagram,
            "linkedin" => Platform::LinkedIn,
            "wordpress" => Platform::WordPress,
            "bluesky" => Platform::Bluesky,
            "youtube" => Platform::YouTube,
            "reddit" => Platform::Reddit,
            "" => Platform::Other(Box::new("csv".to_string())),
            _ => Platform::Other(Box::new(w)),
        }
    }

    /// The stable lower-case word used in every output.
    pub fn as_str(&self) -> &str {
        match self {
            Platform::X => "x",
            Platform::Mastodon => "mastodon",
            Platform::Facebook => "facebook",
            Platform::Instagram => "instagram",
            Platform::LinkedIn => "linkedin",
            Platform::WordPress => "wordpress",
            Platform::Bluesky => "bluesky",
            Platform::YouTube => "youtube",
            Platform::Reddit => "reddit",
            Platform::Other(w) => w.as_str(),
        }
    }

    /// The name people read in reports.
    pub fn display_name(&self) -> &str {
        match self {
            Platform::X => "X",
            Platform::Mastodon => "Mastodon",
            Platform::Facebook => "Facebook",
            Platform::Instagram => "Instagram",
            Platform::LinkedIn => "LinkedIn",
            Platform::WordPress => "WordPress",
            Platform::Bluesky => "Bluesky",
            Platform::YouTube => "YouTube",
            Platform::Reddit => "Reddit",
            Platform::Other(w) => w.as_str(),
        }
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Platform {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Platform {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let w = String::deserialize(d)?;
        Ok(Platform::from_word(&w))
    }
}

/// Who wrote an item, seen from the audited organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Written by one of the organization's own accounts.
    Outbound,
    /// Written by anyone else.
    Inbound,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Outbound => "outbound",
            Direction::Inbound => "inbound",
        }
    }
}

/// What sort of item this is in its platform's terms. Importers set it; the classifier and the
/// metrics read it (a repost is never dialogue, a pingback never needs a response).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A top-level post, tweet, toot, share or article.
    Post,
    /// A reply to another item (it has, or had, a parent).
    Reply,
    /// A retweet, boost or share with no words of its own.
    Repost,
    /// A comment on a post or article (WordPress, Facebook, Instagram, YouTube, Reddit, LinkedIn).
    Comment,
    /// A private message (X direct message, Mastodon direct post, Messenger).
    Message,
    /// A WordPress pingback or trackback: machine-written, never needs a response.
    Pingback,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Post => "post",
            Kind::Reply => "reply",
            Kind::Repost => "repost",
            Kind::Comment => "comment",
            Kind::Message => "message",
            Kind::Pingback => "pingback",
        }
    }
}

/// Moderation state where the platform has one (WordPress comments); everything else is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Moderation {
    #[default]
    Published,
    Unapproved,
    Spam,
}

/// Where an item was read from, so a warning or a drill-down can name the file and the record.
///
/// The input and the record number share one `u64` (24 and 40 bits): this is in every item, and
/// two full-width numbers would cost 8 bytes more per item for ranges no audit comes near.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// The file inside that input (a path relative to the folder or the zip), or the input itself.
    pub file: Str,
    /// The input (high 24 bits) and the record number (low 40 bits).
    at: u64,
}

impl Origin {
    const RECORD_BITS: u32 = 40;
    const RECORD_MAX: u64 = (1 << Self::RECORD_BITS) - 1;

    /// `input` is the index of the input as given on the command line; `record` the 1-based
    /// record number inside the file (array element, CSV record), 0 when unknown. Numbers past
    /// the ranges (16 million inputs, a trillion records) are kept at the largest.
    pub fn new(input: usize, file: impl Into<Str>, record: u64) -> Origin {
        let input = (input as u64).min((1 << (64 - Self::RECORD_BITS)) - 1);
        Origin {
            file: file.into(),
            at: input << Self::RECORD_BITS | record.min(Self::RECORD_MAX),
        }
    }

    /// Index of the input (as given on the command line) the item came from.
    pub fn input(&self) -> usize {
        (self.at >> Self::RECORD_BITS) as usize
    }

    /// 1-based record number inside the file, 0 when unknown.
    pub fn record(&self) -> u64 {
        self.at & Self::RECORD_MAX
    }
}

/// Engagement counts as the archive reports them; `None` means the archive does not say.
///
/// Kept as `u32`, half the size of `u64` in every item: no post has four billion likes, and a
/// larger number (only a crafted archive has one) is kept as the largest count, see
/// [`Counts::count`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub likes: Option<u32>,
    pub shares: Option<u32>,
    pub comments: Option<u32>,
}

impl Counts {
    /// A count as read from an archive, capped at the largest one kept.
    pub fn count(n: u64) -> u32 {
        u32::try_from(n).unwrap_or(u32::MAX)
    }
}

/// One post, reply, comment or message, normalized across platforms.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub platform: Platform,
    /// Unique within the platform (importers prefix ids only where a platform's ids could collide).
    pub id: Str,
    /// Handle (without a leading `@`) or display name of the writer.
    pub author: Str,
    /// The writer's numeric or opaque id where the archive has one (X user id, Bluesky DID).
    pub author_id: Option<Str>,
    /// `None` when the archive does not say; undated items are classified but left out of
    /// time-based figures.
    pub created_at: Option<Timestamp>,
    /// Plain text: HTML entities decoded, markup stripped, mojibake repaired by the importer.
    pub text: Str,
    pub kind: Kind,
    /// Set by importers that know (an X archive holds only the owner's tweets; an earshot CSV may
    /// have a `direction` column); otherwise resolved from the own accounts before analysis.
    pub direction: Option<Direction>,
    /// Id of the parent item on the same platform.
    pub in_reply_to: Option<Str>,
    /// Handle or id of the parent's author where the archive names it, even when the parent
    /// itself is missing (X `in_reply_to_screen_name`).
    pub in_reply_to_author: Option<Str>,
    /// A conversation key given by the source where reply links are missing.
    pub conversation_hint: Option<Str>,
    /// Handles (without `@`) this item mentions.
    pub mentions: Vec<Str>,
    /// The web address the archive gives for the item; read it through [`Item::link`], which
    /// also knows the addresses that are built rather than stored.
    pub url: Option<Str>,
    /// The item's address is its X status page, built from `author` and `id` when asked for
    /// instead of stored: a stored copy is about 80 bytes per tweet, a tenth of a large
    /// archive's memory.
    pub x_status_link: bool,
    pub counts: Counts,
    /// Posting client's name (X `source`), where present.
    pub source: Option<Str>,
    pub moderation: Moderation,
    pub origin: Origin,
}

impl Item {
    /// The item's web address: the stored one, or the X status page built from the author and id.
    pub fn link(&self) -> Option<std::borrow::Cow<'_, str>> {
        if self.x_status_link {
            // Put together directly: a report's rows ask for a million of them, and the
            // formatter's machinery was most of the cost.
            const HOST: &str = "https://x.com/";
            const STATUS: &str = "/status/";
            let mut s = String::with_capacity(
                HOST.len() + self.author.len() + STATUS.len() + self.id.len(),
            );
            for part in [HOST, &self.author, STATUS, &self.id] {
                s.push_str(part);
            }
            return Some(s.into());
        }
        self.url.as_deref().map(Into::into)
    }

    /// A minimal item; importers fill in the rest field by field.
    pub fn new(platform: Platform, id: impl Into<Str>, author: impl Into<Str>) -> Item {
        Item {
            platform,
            id: id.into(),
            author: author.into(),
            author_id: None,
            created_at: None,
            text: Str::default(),
            kind: Kind::Post,
            direction: None,
            in_reply_to: None,
            in_reply_to_author: None,
            conversation_hint: None,
            mentions: Vec::new(),
            url: None,
            x_status_link: false,
            counts: Counts::default(),
            source: None,
            moderation: Moderation::Published,
            origin: Origin::default(),
        }
    }
}

/// One of the organization's own accounts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Account {
    /// `None` means "on every platform" (a bare `--account HANDLE`).
    pub platform: Option<Platform>,
    /// Handle without `@`, compared case-insensitively.
    pub handle: String,
    /// The platform's id for the account where known (X `accountId`), compared exactly.
    pub id: Option<String>,
}

impl Account {
    /// Parses `HANDLE`, `@HANDLE` or `platform:HANDLE` as given to `--account`.
    pub fn parse(spec: &str) -> Account {
        let spec = spec.trim();
        if let Some((p, h)) = spec.split_once(':') {
            let platform = Platform::from_word(p);
            if !matches!(platform, Platform::Other(_)) {
                return Account {
                    platform: Some(platform),
                    handle: normalize_handle(h),
                    id: None,
                };
            }
        }
        Account {
            platform: None,
            handle: normalize_handle(spec),
            id: None,
        }
    }

    /// Whether this account wrote an item by `author` (handle or id) on `platform`.
    pub fn matches(&self, platform: &Platform, author: &str) -> bool {
        if let Some(p) = &self.platform
            && p != platform
        {
            return false;
        }
        let author = author.trim().trim_start_matches('@');
        author.eq_ignore_ascii_case(&self.handle) || self.id.as_deref() == Some(author)
    }
}

/// Strips a leading `@` and surrounding space; handles are compared case-insensitively elsewhere.
pub fn normalize_handle(h: &str) -> String {
    h.trim().trim_start_matches('@').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_origin_gives_back_its_input_and_record() {
        let o = Origin::new(3, "data/tweets.js", 600_000);
        assert_eq!(
            (o.input(), o.file.as_str(), o.record()),
            (3, "data/tweets.js", 600_000)
        );
        let far = Origin::new(usize::MAX, "f", u64::MAX);
        assert_eq!((far.input(), far.record()), ((1 << 24) - 1, (1 << 40) - 1));
        assert_eq!(Origin::default().record(), 0);
    }

    #[test]
    fn counts_past_the_largest_kept_are_capped_not_wrapped() {
        assert_eq!(Counts::count(7), 7);
        assert_eq!(Counts::count(u64::from(u32::MAX)), u32::MAX);
        assert_eq!(Counts::count(u64::from(u32::MAX) + 1), u32::MAX);
        assert_eq!(Counts::count(u64::MAX), u32::MAX);
    }

    #[test]
    fn a_built_x_status_link_reads_like_a_stored_one() {
        let mut it = Item::new(Platform::X, "1700000000000000003", "HarbourTheatre");
        assert_eq!(it.link(), None);
        it.url = Some("https://example.org/stored".into());
        assert_eq!(it.link().as_deref(), Some("https://example.org/stored"));
        it.x_status_link = true;
        assert_eq!(
            it.link().as_deref(),
            Some("https://x.com/HarbourTheatre/status/1700000000000000003")
        );
    }

    #[test]
    fn account_spec_with_platform_prefix_is_limited_to_that_platform() {
        let a = Account::parse("x:@Tesco");
        assert_eq!(a.platform, Some(Platform::X));
        assert!(a.matches(&Platform::X, "tesco"));
        assert!(!a.matches(&Platform::Mastodon, "tesco"));
    }

    #[test]
    fn bare_account_spec_matches_every_platform() {
        let a = Account::parse("@Tesco");
        assert!(a.matches(&Platform::X, "@TESCO"));
        assert!(a.matches(&Platform::from_word("csv"), "Tesco"));
        assert!(!a.matches(&Platform::X, "TescoNews"));
    }

    #[test]
    fn unknown_platform_words_are_kept() {
        assert_eq!(Platform::from_word("Threads").as_str(), "threads");
        assert_eq!(Platform::from_word("").as_str(), "csv");
        assert_eq!(Platform::from_word("Twitter"), Platform::X);
    }
}

/// The organization's own accounts, with the question every stage asks: did we write this?
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnAccounts {
    pub accounts: Vec<Account>,
}

impl OwnAccounts {
    pub fn new(mut accounts: Vec<Account>) -> OwnAccounts {
        accounts.sort();
        accounts.dedup();
        accounts.shrink_to_fit();
        OwnAccounts { accounts }
    }

    /// Whether `author` (a handle or an id) is one of ours on `platform`.
    pub fn is_own(&self, platform: &Platform, author: &str) -> bool {
        self.accounts.iter().any(|a| a.matches(platform, author))
    }

    pub fn is_empty(&self) -> bool {
        self.accounts.is_empty()
    }

    /// Handles, for the report: `@name` (with the platform where the account is limited to one).
    pub fn labels(&self) -> Vec<String> {
        self.accounts
            .iter()
            .map(|a| match &a.platform {
                Some(p) => format!("{}:@{}", p.as_str(), a.handle),
                None => format!("@{}", a.handle),
            })
            .collect()
    }
}

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

/// A string that many items share (a writer's handle, the handle a reply went to, a handle
/// mentioned, a posting client, the organization's user id, a redacted name's alias): kept once
/// for the whole run, and 8 bytes in each item instead of 24.
///
/// Two `Sym`s with the same text are the same one (see [`Sym::new`]), so they compare by
/// address. The texts are kept until the process ends: they are a run's handles and client
/// names, a small set next to its items.
#[derive(Clone, Copy)]
pub struct Sym(&'static Str);

/// The texts entered so far, each kept once, by their text.
static SYMS: std::sync::LazyLock<std::sync::RwLock<hashbrown::HashMap<&'static str, Sym>>> =
    std::sync::LazyLock::new(Default::default);

/// How many texts a thread remembers without asking the shared table; past it, it forgets
/// them all and starts again (the table keeps them).
const SYMS_REMEMBERED: usize = 4096;

thread_local! {
    /// The texts this thread entered lately: an archive repeats the same few, and asking the
    /// shared table for each would make the importing threads wait on each other.
    static LOCAL_SYMS: std::cell::RefCell<hashbrown::HashMap<&'static str, Sym>> =
        std::cell::RefCell::new(hashbrown::HashMap::new());
}

impl Sym {
    /// The `Sym` of `text`, entering it on first sight.
    pub fn new(text: &str) -> Sym {
        if let Some(s) = LOCAL_SYMS.with_borrow(|m| m.get(text).copied()) {
            return s;
        }
        let s = Self::enter(text);
        LOCAL_SYMS.with_borrow_mut(|m| {
            if m.len() >= SYMS_REMEMBERED {
                m.clear();
            }
            m.insert(s.as_str(), s);
        });
        s
    }

    /// The shared table's `Sym` of `text`, made if there is none yet.
    fn enter(text: &str) -> Sym {
        if let Some(&s) = SYMS.read().unwrap_or_else(|e| e.into_inner()).get(text) {
            return s;
        }
        let mut table = SYMS.write().unwrap_or_else(|e| e.into_inner());
        if let Some(&s) = table.get(text) {
            return s;
        }
        let s = Sym(Box::leak(Box::new(Str::from(text))));
        table.insert(s.as_str(), s);
        s
    }

    pub fn as_str(&self) -> &'static str {
        self.0.as_str()
    }
}

impl std::ops::Deref for Sym {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Sym {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Sym {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Sym {
    fn eq(&self, other: &Sym) -> bool {
        // One `Sym` per text: the same text is the same address.
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for Sym {}

impl std::hash::Hash for Sym {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        // As the text hashes, so that a map keyed by `Sym` can be asked with a `&str`.
        self.as_str().hash(h);
    }
}

impl PartialOrd for Sym {
    fn partial_cmp(&self, other: &Sym) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Sym {
    fn cmp(&self, other: &Sym) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialEq<str> for Sym {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Sym {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_str().fmt(f)
    }
}

impl fmt::Display for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_str().fmt(f)
    }
}

impl From<&str> for Sym {
    fn from(s: &str) -> Sym {
        Sym::new(s)
    }
}

impl From<&String> for Sym {
    fn from(s: &String) -> Sym {
        Sym::new(s)
    }
}

impl From<String> for Sym {
    fn from(s: String) -> Sym {
        Sym::new(&s)
    }
}

impl From<&Str> for Sym {
    fn from(s: &Str) -> Sym {
        Sym::new(s)
    }
}

impl From<Str> for Sym {
    fn from(s: Str) -> Sym {
        Sym::new(&s)
    }
}

impl From<std::borrow::Cow<'_, str>> for Sym {
    fn from(s: std::borrow::Cow<'_, str>) -> Sym {
        Sym::new(&s)
    }
}

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
    /// Any other platform word from an earshot CSV (`csv` when the column is absent).
    Other(OtherWord),
}

/// The word of a [`Platform::Other`], entered once for the whole run (as a [`Sym`] is) and kept
/// as its number: four bytes keep the platform, which is in every item, at 8 bytes (a pointer
/// to the word made it 16).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct OtherWord(u32);

/// The words entered so far, by their number and by their text (entered as [`Sym`]s).
#[derive(Default)]
struct OtherWords {
    words: Vec<Sym>,
    numbers: hashbrown::HashMap<Sym, u32>,
}

static OTHER_WORDS: std::sync::LazyLock<std::sync::RwLock<OtherWords>> =
    std::sync::LazyLock::new(Default::default);

impl OtherWord {
    /// The number of `word`, entering it on first sight.
    fn new(word: &str) -> OtherWord {
        if let Some(&n) = OTHER_WORDS
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .numbers
            .get(word)
        {
            return OtherWord(n);
        }
        let mut table = OTHER_WORDS.write().unwrap_or_else(|e| e.into_inner());
        let OtherWords { words, numbers } = &mut *table;
        let n = *numbers.entry(Sym::new(word)).or_insert_with_key(|&w| {
            words.push(w);
            u32::try_from(words.len() - 1).expect("fewer than four billion platform words")
        });
        OtherWord(n)
    }

    pub fn as_str(self) -> &'static str {
        OTHER_WORDS.read().unwrap_or_else(|e| e.into_inner()).words[self.0 as usize].as_str()
    }
}

impl fmt::Debug for OtherWord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialOrd for OtherWord {
    fn partial_cmp(&self, other: &OtherWord) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// By the words, so that platforms sort the same whatever order their words were met in.
impl Ord for OtherWord {
    fn cmp(&self, other: &OtherWord) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
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
            "" => Platform::Other(OtherWord::new("csv")),
            _ => Platform::Other(OtherWord::new(&w)),
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
/// Eight bytes in every item: the input and the file inside it are one *source*, kept once in a
/// table for the whole run ([`Origin::new`] enters it), and the item holds only the source's
/// number (24 bits) and the record number (40 bits). A file name stored in each item cost 24
/// bytes more per item, for a name shared by hundreds of thousands of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Origin {
    /// The source (high 24 bits) and the record number (low 40 bits).
    at: u64,
}

/// One file an input holds: the input's index and the file's path inside it.
#[derive(Clone, Copy)]
struct Source {
    input: usize,
    file: &'static str,
}

/// The sources seen in this run, numbered in the order they were first seen; number 0 is the
/// default origin's (input 0, no file). A run reads a bounded set of files, so their names are
/// kept for the rest of the process.
struct Sources {
    list: Vec<Source>,
    numbers: std::collections::HashMap<(usize, &'static str), u32>,
}

static SOURCES: std::sync::LazyLock<std::sync::RwLock<Sources>> = std::sync::LazyLock::new(|| {
    std::sync::RwLock::new(Sources {
        list: vec![Source { input: 0, file: "" }],
        numbers: [((0, ""), 0)].into_iter().collect(),
    })
});

thread_local! {
    /// The source this thread entered last: items come in long runs from one file, so only a
    /// change of file takes the table's lock.
    static LAST_SOURCE: std::cell::RefCell<Option<(usize, Str, u32)>> =
        const { std::cell::RefCell::new(None) };
}

impl Origin {
    const RECORD_BITS: u32 = 40;
    const RECORD_MAX: u64 = (1 << Self::RECORD_BITS) - 1;
    const SOURCE_MAX: u32 = (1 << (64 - Self::RECORD_BITS)) - 1;

    /// `input` is the index of the input as given on the command line; `file` the file inside
    /// it (a path relative to the folder or the zip), or the input itself; `record` the 1-based
    /// record number inside the file (array element, CSV record), 0 when unknown. A record
    /// number past a trillion is kept at the largest; past 16 million different files in one
    /// process, later files share the last number (and its name).
    pub fn new(input: usize, file: impl AsRef<str>, record: u64) -> Origin {
        let file = file.as_ref();
        let source = LAST_SOURCE.with_borrow_mut(|last| match last {
            Some((i, f, n)) if *i == input && f.as_str() == file => *n,
            _ => {
                let n = Self::enter(input, file);
                *last = Some((input, file.into(), n));
                n
            }
        });
        Origin {
            at: u64::from(source) << Self::RECORD_BITS | record.min(Self::RECORD_MAX),
        }
    }

    /// The number of the source `(input, file)`, entering it in the table when it is new.
    fn enter(input: usize, file: &str) -> u32 {
        let table = SOURCES.read().unwrap_or_else(|e| e.into_inner());
        if let Some(&n) = table.numbers.get(&(input, file)) {
            return n;
        }
        drop(table);
        let mut table = SOURCES.write().unwrap_or_else(|e| e.into_inner());
        if let Some(&n) = table.numbers.get(&(input, file)) {
            return n;
        }
        let Ok(n) = u32::try_from(table.list.len()) else {
            return Self::SOURCE_MAX;
        };
        if n > Self::SOURCE_MAX {
            return Self::SOURCE_MAX;
        }
        let file: &'static str = Box::leak(file.into());
        table.list.push(Source { input, file });
        table.numbers.insert((input, file), n);
        n
    }

    fn source(&self) -> Source {
        let n = (self.at >> Self::RECORD_BITS) as usize;
        let table = SOURCES.read().unwrap_or_else(|e| e.into_inner());
        table.list[n.min(table.list.len() - 1)]
    }

    /// Index of the input (as given on the command line) the item came from.
    pub fn input(&self) -> usize {
        self.source().input
    }

    /// The file inside that input (a path relative to the folder or the zip), or the input
    /// itself; empty when unknown.
    pub fn file(&self) -> &'static str {
        self.source().file
    }

    /// A number standing for the input and file together: equal for two items exactly when
    /// both came from the same file of the same input. Cheaper to compare than the two.
    pub fn source_number(&self) -> u32 {
        (self.at >> Self::RECORD_BITS) as u32
    }

    /// 1-based record number inside the file, 0 when unknown.
    pub fn record(&self) -> u64 {
        self.at & Self::RECORD_MAX
    }
}

/// Engagement counts as the archive reports them; an unknown count means the archive does not
/// say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub likes: Count,
    pub shares: Count,
    pub comments: Count,
}

/// One engagement count, or unknown: an `Option<u32>` in four bytes instead of eight, in every
/// item. No post has four billion likes; a larger number (only a crafted archive has one) is kept
/// as the largest count, see [`Count::capped`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Count(u32);

impl Count {
    /// The value standing for "the archive does not say".
    const UNKNOWN: u32 = u32::MAX;

    /// The largest count kept.
    pub const MAX: u32 = u32::MAX - 1;

    /// A count as read from an archive, capped at [`Count::MAX`].
    pub fn capped(n: u64) -> Count {
        Count(u32::try_from(n).map_or(Self::MAX, |n| n.min(Self::MAX)))
    }

    /// The count, `None` when the archive does not say.
    pub fn get(self) -> Option<u32> {
        (self.0 != Self::UNKNOWN).then_some(self.0)
    }
}

impl Default for Count {
    fn default() -> Count {
        Count(Self::UNKNOWN)
    }
}

impl From<Option<u32>> for Count {
    fn from(n: Option<u32>) -> Count {
        n.map_or_else(Count::default, |n| Count::capped(n.into()))
    }
}

impl fmt::Debug for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.get().fmt(f)
    }
}

/// An optional string that most items leave unset (a stored web address, a conversation key):
/// one pointer in every item, 8 bytes, where an `Option<Str>` takes 24.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RareStr(Option<Box<Str>>);

impl RareStr {
    /// The string, if set.
    pub fn as_deref(&self) -> Option<&str> {
        self.0.as_deref().map(Str::as_str)
    }

    pub fn is_some(&self) -> bool {
        self.0.is_some()
    }

    pub fn is_none(&self) -> bool {
        self.0.is_none()
    }
}

impl<T: Into<Str>> From<Option<T>> for RareStr {
    fn from(s: Option<T>) -> RareStr {
        RareStr(s.map(|s| Box::new(s.into())))
    }
}

/// The handles an item mentions, read as a list of [`Sym`]s (`&item.mentions[..]`).
///
/// Most items mention no one or one person: one handle is kept in place, and only a longer list
/// gets an allocation of its own. A boxed list of one handle took a 32-byte allocation in each
/// such item, a twentieth of a large archive's memory. Handles are `Sym`s: an archive mentions
/// the same people again and again.
#[derive(Clone, Default)]
pub enum Mentions {
    #[default]
    None,
    One(Sym),
    /// Two or more; boxed twice so that the whole takes 16 bytes, as one boxed list did.
    Many(Box<Box<[Sym]>>),
}

impl std::ops::Deref for Mentions {
    type Target = [Sym];
    fn deref(&self) -> &[Sym] {
        match self {
            Mentions::None => &[],
            Mentions::One(s) => std::slice::from_ref(s),
            Mentions::Many(list) => list,
        }
    }
}

/// Two lists are equal when they name the same handles in the same order, however they are kept.
impl PartialEq for Mentions {
    fn eq(&self, other: &Mentions) -> bool {
        self[..] == other[..]
    }
}

impl std::ops::DerefMut for Mentions {
    fn deref_mut(&mut self) -> &mut [Sym] {
        match self {
            Mentions::None => &mut [],
            Mentions::One(s) => std::slice::from_mut(s),
            Mentions::Many(list) => list,
        }
    }
}

impl<S: AsRef<str>> FromIterator<S> for Mentions {
    fn from_iter<I: IntoIterator<Item = S>>(names: I) -> Mentions {
        let mut names = names.into_iter();
        let Some(first) = names.next() else {
            return Mentions::None;
        };
        let first = Sym::new(first.as_ref());
        let Some(second) = names.next() else {
            return Mentions::One(first);
        };
        let list: Vec<Sym> = [first, Sym::new(second.as_ref())]
            .into_iter()
            .chain(names.map(|n| Sym::new(n.as_ref())))
            .collect();
        Mentions::Many(Box::new(list.into_boxed_slice()))
    }
}

impl fmt::Debug for Mentions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// A time to the microsecond, or none: an `Option<Timestamp>` in 8 bytes instead of 24, in
/// every item. Microseconds since 1970 reach every year a [`Timestamp`] can hold, and
/// [`i64::MIN`], which is past them, stands for none (so none sorts first, as in an `Option`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Micros(i64);

impl Micros {
    const NONE: Micros = Micros(i64::MIN);

    fn new(t: Option<Timestamp>) -> Micros {
        t.map_or(Micros::NONE, |t| {
            let m = t.as_microsecond();
            // jiff takes microseconds only up to the start of the last second a `Timestamp`
            // holds: within that second (a crafted date) the time is kept to the second.
            Micros(match Timestamp::from_microsecond(m) {
                Ok(_) => m,
                Err(_) => t.as_second() * 1_000_000,
            })
        })
    }

    fn get(self) -> Option<Timestamp> {
        (self != Micros::NONE).then(|| {
            Timestamp::from_microsecond(self.0).expect("made from a timestamp, so in its range")
        })
    }
}

impl fmt::Debug for Micros {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.get(), f)
    }
}

/// One post, reply, comment or message, normalized across platforms.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub platform: Platform,
    /// Unique within the platform (importers prefix ids only where a platform's ids could collide).
    pub id: Str,
    /// Handle (without a leading `@`) or display name of the writer.
    pub author: Sym,
    /// The writer's numeric or opaque id where the archive has one (X user id, Bluesky DID).
    pub author_id: Option<Sym>,
    /// When it was written; read and set through [`Item::created_at`] and
    /// [`Item::set_created_at`].
    created_at: Micros,
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
    pub in_reply_to_author: Option<Sym>,
    /// A conversation key given by the source where reply links are missing.
    pub conversation_hint: RareStr,
    /// Handles (without `@`) this item mentions.
    pub mentions: Mentions,
    /// The web address the archive gives for the item; read it through [`Item::link`], which
    /// also knows the addresses that are built rather than stored.
    pub url: RareStr,
    /// The item's address is its X status page, built from `author` and `id` when asked for
    /// instead of stored: a stored copy is about 80 bytes per tweet, a tenth of a large
    /// archive's memory.
    pub x_status_link: bool,
    pub counts: Counts,
    /// Posting client's name (X `source`), where present.
    pub source: Option<Sym>,
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

    /// When the item was written, to the microsecond; `None` when the archive does not say.
    /// Undated items are classified but left out of time-based figures.
    pub fn created_at(&self) -> Option<Timestamp> {
        self.created_at.get()
    }

    /// Sets when the item was written. Digits finer than a microsecond, which no export
    /// writes, are dropped.
    pub fn set_created_at(&mut self, t: Option<Timestamp>) {
        self.created_at = Micros::new(t);
    }

    /// A minimal item; importers fill in the rest field by field.
    pub fn new(platform: Platform, id: impl Into<Str>, author: impl AsRef<str>) -> Item {
        Item::by(platform, id, Sym::new(author.as_ref()))
    }

    /// [`Item::new`] by a writer entered already: an importer whose items are all by one
    /// writer enters the name once, not once per item.
    pub fn by(platform: Platform, id: impl Into<Str>, author: Sym) -> Item {
        Item {
            platform,
            id: id.into(),
            author,
            author_id: None,
            created_at: Micros::NONE,
            text: Str::default(),
            kind: Kind::Post,
            direction: None,
            in_reply_to: None,
            in_reply_to_author: None,
            conversation_hint: RareStr::default(),
            mentions: Mentions::default(),
            url: RareStr::default(),
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
    fn mentions_read_back_as_given_however_many() {
        for names in [vec![], vec!["a"], vec!["a", "b"], vec!["a", "b", "c", "a"]] {
            let m: Mentions = names.iter().collect();
            assert_eq!(m[..], names[..]);
            assert_eq!(m.len(), names.len());
        }
        assert!(matches!(["x"].into_iter().collect(), Mentions::One(_)));
        let one_in_a_list = Mentions::Many(Box::new(vec![Sym::new("x")].into_boxed_slice()));
        assert_eq!(one_in_a_list, ["x"].into_iter().collect());
        let mut m: Mentions = ["a", "b"].into_iter().collect();
        m[1] = Sym::new("c");
        assert_eq!(m[..], ["a", "c"]);
    }

    #[test]
    fn an_origin_gives_back_its_input_and_record() {
        let o = Origin::new(3, "data/tweets.js", 600_000);
        assert_eq!(
            (o.input(), o.file(), o.record()),
            (3, "data/tweets.js", 600_000)
        );
        let far = Origin::new(usize::MAX, "f", u64::MAX);
        assert_eq!(
            (far.input(), far.file(), far.record()),
            (usize::MAX, "f", (1 << 40) - 1)
        );
        let d = Origin::default();
        assert_eq!((d.input(), d.file(), d.record()), (0, "", 0));
    }

    #[test]
    fn origins_share_a_source_exactly_when_input_and_file_are_the_same() {
        // From several threads at once, each switching between files, as parallel importers do.
        let origins: Vec<Vec<Origin>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|t| {
                    s.spawn(move || {
                        (0..200u64)
                            .map(|k| {
                                let input = (k % 3) as usize;
                                let file = format!("part-{}.js", (k + t) % 5);
                                Origin::new(input, file, k + 1)
                            })
                            .collect()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let all: Vec<(usize, Origin)> = origins
            .into_iter()
            .enumerate()
            .flat_map(|(t, os)| os.into_iter().map(move |o| (t, o)))
            .collect();
        for (t, o) in &all {
            let k = o.record() - 1;
            assert_eq!(o.input(), (k % 3) as usize);
            assert_eq!(o.file(), format!("part-{}.js", (k + *t as u64) % 5));
        }
        for (_, a) in &all {
            for (_, b) in &all {
                let same = (a.input(), a.file()) == (b.input(), b.file());
                assert_eq!(a.source_number() == b.source_number(), same);
            }
        }
        assert_eq!(Origin::new(0, "", 0), Origin::default());
    }

    #[test]
    fn the_fields_in_every_item_stay_small() {
        // An audit holds all its items at once: at 600 000 items each byte of an item is
        // 600 kB of peak memory, which the performance targets bound.
        use std::mem::size_of;
        assert_eq!(size_of::<Origin>(), 8);
        assert_eq!(size_of::<Counts>(), 12);
        assert_eq!(size_of::<RareStr>(), 8);
        assert_eq!(size_of::<Option<Sym>>(), 8);
        assert_eq!(size_of::<Mentions>(), 16);
        assert_eq!(size_of::<Micros>(), 8);
        assert_eq!(size_of::<Platform>(), 8);
        assert!(size_of::<Item>() <= 176, "{} bytes", size_of::<Item>());
    }

    #[test]
    fn an_items_time_is_kept_to_the_microsecond_across_the_whole_range() {
        let mut it = Item::new(Platform::X, "1", "a");
        assert_eq!(it.created_at(), None);
        for t in [
            Timestamp::MIN,
            Timestamp::from_second(Timestamp::MAX.as_second()).unwrap(),
            Timestamp::UNIX_EPOCH,
            "2024-05-01T10:00:00.123456Z".parse().unwrap(),
            "1969-12-31T23:59:59.999999Z".parse().unwrap(),
        ] {
            it.set_created_at(Some(t));
            assert_eq!(it.created_at(), Some(t));
        }
        // Finer digits are dropped, towards the earlier time.
        it.set_created_at(Some("2024-05-01T10:00:00.1234567Z".parse().unwrap()));
        assert_eq!(
            it.created_at(),
            Some("2024-05-01T10:00:00.123456Z".parse().unwrap())
        );
        // Within the last second there is, the time is kept to the second.
        it.set_created_at(Some(Timestamp::MAX));
        assert_eq!(
            it.created_at().map(|t| t.as_second()),
            Some(Timestamp::MAX.as_second())
        );
        it.set_created_at(None);
        assert_eq!(it.created_at(), None);
        // Undated sorts first, as `None` does.
        assert!(Micros::NONE < Micros::new(Some(Timestamp::MIN)));
    }

    #[test]
    fn other_platforms_are_one_per_word_and_sort_by_it() {
        let (b, a, b2) = (
            Platform::from_word("Zeta-net"),
            Platform::from_word("alpha"),
            Platform::from_word("zeta-net"),
        );
        assert_eq!(b, b2);
        assert_ne!(a, b);
        assert_eq!(b.as_str(), "zeta-net");
        assert!(a < b, "by the words, not the order they were met in");
        assert!(Platform::Reddit < a);
        assert_eq!(Platform::from_word("").as_str(), "csv");
        assert_eq!(format!("{b:?}"), "Other(\"zeta-net\")");
    }

    #[test]
    fn a_sym_is_one_per_text_across_threads_and_past_what_a_thread_remembers() {
        // Each thread enters more texts than it remembers, so later ones come from the table.
        let texts: Vec<String> = (0..SYMS_REMEMBERED + 500)
            .map(|k| format!("sym-test-{k}"))
            .collect();
        let per_thread: Vec<Vec<Sym>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|t| {
                    let texts = &texts;
                    s.spawn(move || {
                        // Each thread in its own order: the table gets them from all at once.
                        let mut order: Vec<usize> = (0..texts.len()).collect();
                        order.rotate_left(t * 997);
                        let mut got = vec![None; texts.len()];
                        for k in order {
                            got[k] = Some(Sym::new(&texts[k]));
                        }
                        got.into_iter().map(Option::unwrap).collect()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        for syms in &per_thread {
            for (k, s) in syms.iter().enumerate() {
                assert_eq!(s.as_str(), texts[k]);
                assert!(std::ptr::eq(s.as_str(), per_thread[0][k].as_str()));
                assert_eq!(*s, per_thread[0][k]);
                assert_eq!(*s, Sym::new(&texts[k]));
            }
        }
        assert_ne!(per_thread[0][0], per_thread[0][1]);
        // A set of `Sym`s is asked with the text; the order is the texts' order.
        let set: hashbrown::HashSet<Sym> = per_thread[1].iter().copied().collect();
        assert!(set.contains("sym-test-7"));
        assert!(!set.contains("sym-test-none"));
        assert!(Sym::new("sym-a") < Sym::new("sym-b"));
        assert_eq!(Sym::new(""), "");
        let long = "a handle far longer than the twenty-four bytes kept inline";
        assert_eq!(Sym::new(long), long);
    }

    #[test]
    fn counts_past_the_largest_kept_are_capped_not_wrapped() {
        assert_eq!(Count::capped(7).get(), Some(7));
        assert_eq!(Count::capped(0).get(), Some(0));
        assert_eq!(Count::capped(u64::from(Count::MAX)).get(), Some(Count::MAX));
        assert_eq!(Count::capped(u64::from(u32::MAX)).get(), Some(Count::MAX));
        assert_eq!(
            Count::capped(u64::from(u32::MAX) + 1).get(),
            Some(Count::MAX)
        );
        assert_eq!(Count::capped(u64::MAX).get(), Some(Count::MAX));
        assert_eq!(Count::from(Some(u32::MAX)).get(), Some(Count::MAX));
        assert_eq!(Count::from(None).get(), None);
        assert_eq!(Count::default().get(), None);
    }

    #[test]
    fn a_built_x_status_link_reads_like_a_stored_one() {
        let mut it = Item::new(Platform::X, "1700000000000000003", "HarbourTheatre");
        assert_eq!(it.link(), None);
        it.url = Some("https://example.org/stored").into();
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

//! Writers for X: the archive (folder or zip) exactly as X exports it, and the earshot CSV of
//! what the organization received there (or of both sides, for benchmarks).
//!
//! The archive holds `data/account.js`, `data/tweets.js` (`window.YTD.tweets.part0 = [ ... ]`,
//! two-space JSON with `" : "`, ids and counts as strings, `full_text` with `&amp;`, links as
//! `t.co` with their `entities.urls`, `source` as an anchor), `tweets-part1.js`... past
//! [`PART_TWEETS`] tweets, and `data/manifest.js` listing every file with its count.

use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::rng::Rng;
use super::story::{Post, Story};
use super::text::fnv;
use super::{Options, Org, Period, Written, iso, sized};

/// Tweets per `tweets*.js` file before the archive starts a new part.
pub const PART_TWEETS: u64 = 100_000;

/// Mean seconds between X episodes in the sample quarter (about five a day).
const SAMPLE_GAP: f64 = 15_500.0;

/// The stream of the generator that tells the X story.
const X_STREAM: u64 = 0x58;

/// Runs the X story and hands `emit` every post that `keep` accepts, newest episode first, until
/// `limit` of them were emitted (or, without a limit, until the start of the period).
fn drive(
    org: &Org,
    seed: u64,
    period: Period,
    limit: Option<u64>,
    keep: fn(&Post) -> bool,
    mut emit: impl FnMut(&Post) -> io::Result<()>,
) -> io::Result<u64> {
    let rng = Rng::new(seed).fork(X_STREAM);
    let mut story = match limit {
        None => Story::new(org, rng, period, SAMPLE_GAP, true),
        Some(n) => {
            let gap = Story::gap_for(org, &rng, period, n, |p| keep(p) as u64);
            Story::new(org, rng, period, gap, false)
        }
    };
    let mut n = 0u64;
    if limit == Some(0) {
        return Ok(0);
    }
    while let Some(episode) = story.next_episode() {
        for p in episode.iter().rev().filter(|p| keep(p)) {
            emit(p)?;
            n += 1;
            if Some(n) == limit {
                return Ok(n);
            }
        }
    }
    Ok(n)
}

/// Writes an X archive (`zip` or folder) of the options' size.
pub fn write_x(org: &Org, opts: &Options, zip: bool) -> io::Result<Written> {
    let mut w = XWriter::create(&opts.out, zip, org, opts.period.end)?;
    w.per_part = if opts.part_tweets == 0 {
        u64::MAX
    } else {
        opts.part_tweets
    };
    let n = drive(
        org,
        opts.seed,
        opts.period,
        opts.items,
        |p| p.outbound,
        |p| w.tweet(p),
    )?;
    let files = w.finish()?;
    Ok(Written { items: n, files })
}

/// Writes the earshot CSV of the inbound items (or of both sides, `full`).
pub fn write_csv(org: &Org, opts: &Options, full: bool) -> io::Result<Written> {
    let mut w = CsvWriter::create(&opts.out)?;
    let keep: fn(&Post) -> bool = if full { |_| true } else { |p| !p.outbound };
    let n = drive(org, opts.seed, opts.period, opts.items, keep, |p| w.row(p))?;
    w.finish()?;
    Ok(Written {
        items: n,
        files: vec![sized(opts.out.clone())?],
    })
}

/// The sample's X side from one story: the archive of the tweets and the CSV of what came in.
pub fn write_x_and_mentions(
    org: &Org,
    seed: u64,
    period: Period,
    archive: &Path,
    csv: &Path,
) -> io::Result<Vec<(PathBuf, u64)>> {
    let mut x = XWriter::create(archive, false, org, period.end)?;
    let mut c = CsvWriter::create(csv)?;
    drive(
        org,
        seed,
        period,
        None,
        |_| true,
        |p| {
            if p.outbound { x.tweet(p) } else { c.row(p) }
        },
    )?;
    let mut files = x.finish()?;
    c.finish()?;
    files.push(sized(csv.to_path_buf())?);
    Ok(files)
}

/// Where archive files go: a folder, or entries of a zip. Counts the bytes for the manifest.
enum Out {
    Dir {
        root: PathBuf,
        file: Option<BufWriter<File>>,
        written: Vec<PathBuf>,
    },
    Zip {
        path: PathBuf,
        zip: Box<zip::ZipWriter<BufWriter<File>>>,
        modified: zip::DateTime,
    },
}

impl Out {
    fn create(path: &Path, zip: bool, generated: Timestamp) -> io::Result<Out> {
        if zip {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)?;
            }
            let dt = generated.to_zoned(jiff::tz::TimeZone::UTC);
            let modified = zip::DateTime::from_date_and_time(
                dt.year() as u16,
                dt.month() as u8,
                dt.day() as u8,
                dt.hour() as u8,
                dt.minute() as u8,
                (dt.second() as u8).min(58),
            )
            .unwrap_or_default();
            Ok(Out::Zip {
                path: path.to_path_buf(),
                zip: Box::new(zip::ZipWriter::new(BufWriter::new(File::create(path)?))),
                modified,
            })
        } else {
            std::fs::create_dir_all(path.join("data"))?;
            Ok(Out::Dir {
                root: path.to_path_buf(),
                file: None,
                written: Vec::new(),
            })
        }
    }

    /// Starts the archive file `name` (`data/tweets.js`); later writes go there.
    fn start(&mut self, name: &str) -> io::Result<()> {
        match self {
            Out::Dir {
                root,
                file,
                written,
            } => {
                if let Some(mut f) = file.take() {
                    f.flush()?;
                }
                let p = root.join(name);
                *file = Some(BufWriter::with_capacity(1 << 16, File::create(&p)?));
                written.push(p);
            }
            Out::Zip { zip, modified, .. } => {
                let options = zip::write::SimpleFileOptions::default()
                    .compression_method(zip::CompressionMethod::Deflated)
                    .last_modified_time(*modified)
                    .unix_permissions(0o644)
                    .large_file(true);
                zip.start_file(name, options).map_err(io::Error::other)?;
            }
        }
        Ok(())
    }

    fn finish(self) -> io::Result<Vec<(PathBuf, u64)>> {
        match self {
            Out::Dir { file, written, .. } => {
                if let Some(mut f) = file {
                    f.flush()?;
                }
                written.into_iter().map(sized).collect()
            }
            Out::Zip { path, zip, .. } => {
                zip.finish().map_err(io::Error::other)?.flush()?;
                Ok(vec![sized(path)?])
            }
        }
    }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Out::Dir { file, .. } => file
                .as_mut()
                .ok_or_else(|| io::Error::other("no archive file started"))?
                .write(buf),
            Out::Zip { zip, .. } => zip.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Out::Dir { file, .. } => file.as_mut().map_or(Ok(()), |f| f.flush()),
            Out::Zip { zip, .. } => zip.flush(),
        }
    }
}

/// Streams an X archive.
pub struct XWriter {
    out: Out,
    org: Org,
    generated: Timestamp,
    /// Tweets in each `tweets*.js` file so far.
    parts: Vec<u64>,
    per_part: u64,
    bytes: u64,
    buf: String,
}

impl XWriter {
    /// Creates the archive and writes `data/account.js`.
    pub fn create(path: &Path, zip: bool, org: &Org, generated: Timestamp) -> io::Result<XWriter> {
        let mut w = XWriter {
            out: Out::create(path, zip, generated)?,
            org: org.clone(),
            generated,
            parts: Vec::new(),
            per_part: PART_TWEETS,
            bytes: 0,
            buf: String::with_capacity(8192),
        };
        let mut a = String::new();
        a.push_str("window.YTD.account.part0 = [\n  {\n    \"account\" : {\n");
        let _ = writeln!(a, "      \"email\" : \"web@{}\",", org.site);
        a.push_str("      \"createdVia\" : \"web\",\n");
        let _ = writeln!(a, "      \"username\" : {},", json(&org.handle));
        let _ = writeln!(a, "      \"accountId\" : \"{}\",", org.id);
        let _ = writeln!(
            a,
            "      \"createdAt\" : \"{}\",",
            org.created.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        );
        let _ = writeln!(a, "      \"accountDisplayName\" : {}", json(&org.name));
        a.push_str("    }\n  }\n]");
        w.put("data/account.js", &a)?;
        Ok(w)
    }

    fn put(&mut self, name: &str, s: &str) -> io::Result<()> {
        self.out.start(name)?;
        self.out.write_all(s.as_bytes())?;
        self.bytes += s.len() as u64;
        Ok(())
    }

    fn part_name(k: usize) -> String {
        if k == 0 {
            "data/tweets.js".to_string()
        } else {
            format!("data/tweets-part{k}.js")
        }
    }

    /// Appends one tweet, starting a new part file when the current one is full.
    pub fn tweet(&mut self, p: &Post) -> io::Result<()> {
        self.buf.clear();
        match self.parts.last() {
            Some(&n) if n < self.per_part => self.buf.push_str(",\n"),
            _ => {
                if !self.parts.is_empty() {
                    self.out.write_all(b"\n]")?;
                    self.bytes += 2;
                }
                let k = self.parts.len();
                self.out.start(&Self::part_name(k))?;
                self.parts.push(0);
                let _ = writeln!(self.buf, "window.YTD.tweets.part{k} = [");
            }
        }
        tweet_json(&mut self.buf, p);
        self.out.write_all(self.buf.as_bytes())?;
        self.bytes += self.buf.len() as u64;
        *self.parts.last_mut().expect("a part is open") += 1;
        Ok(())
    }

    /// Closes the tweet files (an archive without tweets still has an empty `tweets.js`) and
    /// writes `data/manifest.js`.
    pub fn finish(mut self) -> io::Result<Vec<(PathBuf, u64)>> {
        if self.parts.is_empty() {
            self.put("data/tweets.js", "window.YTD.tweets.part0 = [ ]")?;
            self.parts.push(0);
        } else {
            self.out.write_all(b"\n]")?;
            self.bytes += 2;
        }
        let mut m = String::new();
        m.push_str("window.__THAR_CONFIG = {\n  \"userInfo\" : {\n");
        let _ = writeln!(m, "    \"accountId\" : \"{}\",", self.org.id);
        let _ = writeln!(m, "    \"userName\" : {},", json(&self.org.handle));
        let _ = writeln!(m, "    \"displayName\" : {}", json(&self.org.name));
        m.push_str("  },\n  \"archiveInfo\" : {\n");
        let _ = writeln!(m, "    \"sizeBytes\" : \"{}\",", self.bytes);
        let _ = writeln!(
            m,
            "    \"generationDate\" : \"{}\",",
            self.generated.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        );
        m.push_str(
            "    \"isPartialArchive\" : false,\n    \"maxPartSizeBytes\" : \"53687091200\"\n  },\n",
        );
        m.push_str("  \"dataTypes\" : {\n    \"account\" : {\n      \"files\" : [ {\n");
        m.push_str("        \"fileName\" : \"data/account.js\",\n        \"globalName\" : \"YTD.account.part0\",\n        \"count\" : \"1\"\n      } ]\n    },\n");
        m.push_str("    \"tweets\" : {\n      \"mediaDirectory\" : \"data/tweets_media\",\n      \"files\" : [ ");
        for (k, n) in self.parts.iter().enumerate() {
            if k > 0 {
                m.push_str(", ");
            }
            let _ = write!(
                m,
                "{{\n        \"fileName\" : \"{}\",\n        \"globalName\" : \"YTD.tweets.part{k}\",\n        \"count\" : \"{n}\"\n      }}",
                Self::part_name(k)
            );
        }
        m.push_str(" ]\n    }\n  }\n}");
        self.put("data/manifest.js", &m)?;
        self.out.finish()
    }
}

/// A JSON string literal, written the way X's archive writes it (UTF-8 as is, `/` unescaped).
pub fn json(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    json_into(&mut out, s);
    out
}

fn json_into(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A `t.co` link as X shortens it: stable for a given tweet and link.
fn tco(id: u64, url: &str) -> String {
    const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut h = fnv(url) ^ id.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut code = String::with_capacity(10);
    for _ in 0..10 {
        code.push(ALPHABET[(h % 62) as usize] as char);
        h /= 62;
        if h == 0 {
            h = fnv(&code);
        }
    }
    format!("https://t.co/{code}")
}

struct UrlEntity {
    short: String,
    expanded: String,
    start: usize,
    end: usize,
}

/// The tweet's text as X shows it (links shortened to `t.co`; retweets cut at 140 characters)
/// and the link entities with their character offsets.
fn shown_text(p: &Post) -> (String, Vec<UrlEntity>) {
    let mut text = String::with_capacity(p.text.len());
    let mut urls = Vec::new();
    let mut rest = p.text.as_str();
    while let Some(i) = rest.find("https://") {
        text.push_str(&rest[..i]);
        let end = rest[i..]
            .find(char::is_whitespace)
            .map_or(rest.len(), |e| i + e);
        let expanded = &rest[i..end];
        let short = tco(p.id, expanded);
        let start = text.chars().count();
        text.push_str(&short);
        urls.push(UrlEntity {
            end: start + short.chars().count(),
            start,
            short,
            expanded: expanded.to_string(),
        });
        rest = &rest[end..];
    }
    text.push_str(rest);
    if p.retweet_of.is_some() && text.chars().count() > 140 {
        text = text.chars().take(139).collect::<String>() + "…";
        urls.retain(|u| u.end <= 139);
    }
    (text, urls)
}

fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// Hashtags in the text (`#word` with a letter in it) with their character offsets.
fn hashtags(text: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices('#') {
        if i > 0 && !text[..i].ends_with(char::is_whitespace) {
            continue;
        }
        let tag: String = text[i + 1..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if tag.chars().any(char::is_alphabetic) {
            let s = char_offset(text, i);
            out.push((tag.clone(), s, s + 1 + tag.chars().count()));
        }
    }
    out
}

fn indices(out: &mut String, pad: &str, a: usize, b: usize) {
    let _ = write!(
        out,
        "{pad}\"indices\" : [\n{pad}  \"{a}\",\n{pad}  \"{b}\"\n{pad}]"
    );
}

/// One `{"tweet": {...}}` element, in the field order and layout of real archives.
fn tweet_json(out: &mut String, p: &Post) {
    let (text, urls) = shown_text(p);
    let len = text.chars().count();
    let is_reply = p.reply_to.is_some();
    out.push_str("  {\n    \"tweet\" : {\n");
    // Edit metadata exists on tweets posted since edits were introduced (September 2022).
    if p.at.as_second() >= 1_664_409_600 {
        let until = Timestamp::from_second(p.at.as_second() + 1800).expect("in range");
        let _ = write!(
            out,
            "      \"edit_info\" : {{\n        \"initial\" : {{\n          \"editTweetIds\" : [\n            \"{}\"\n          ],\n          \"editableUntil\" : \"{}\",\n          \"editsRemaining\" : \"5\",\n          \"isEditEligible\" : {}\n        }}\n      }},\n",
            p.id,
            until.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            !is_reply && p.retweet_of.is_none()
        );
    }
    out.push_str("      \"retweeted\" : false,\n      \"source\" : ");
    json_into(out, p.client.anchor());
    out.push_str(",\n      \"entities\" : {\n        \"hashtags\" : [");
    let tags = hashtags(&text);
    for (k, (tag, s, e)) in tags.iter().enumerate() {
        out.push_str(if k == 0 { "\n" } else { ",\n" });
        out.push_str("          {\n            \"text\" : ");
        json_into(out, tag);
        out.push_str(",\n");
        indices(out, "            ", *s, *e);
        out.push_str("\n          }");
    }
    out.push_str(if tags.is_empty() {
        " ],\n"
    } else {
        "\n        ],\n"
    });
    out.push_str("        \"symbols\" : [ ],\n        \"user_mentions\" : [");
    let mut from = 0;
    let mut any = false;
    for m in &p.mentions {
        let needle = format!("@{}", m.handle);
        let Some(b) = text[from..].find(&needle).map(|b| from + b) else {
            continue;
        };
        from = b + needle.len();
        let s = char_offset(&text, b);
        out.push_str(if any { ",\n" } else { "\n" });
        any = true;
        out.push_str("          {\n            \"name\" : ");
        json_into(out, &m.name);
        out.push_str(",\n            \"screen_name\" : ");
        json_into(out, &m.handle);
        out.push_str(",\n");
        indices(out, "            ", s, s + needle.chars().count());
        let _ = write!(
            out,
            ",\n            \"id_str\" : \"{0}\",\n            \"id\" : \"{0}\"\n          }}",
            m.id
        );
    }
    out.push_str(if any { "\n        ],\n" } else { " ],\n" });
    out.push_str("        \"urls\" : [");
    for (k, u) in urls.iter().enumerate() {
        out.push_str(if k == 0 { "\n" } else { ",\n" });
        out.push_str("          {\n            \"url\" : ");
        json_into(out, &u.short);
        out.push_str(",\n            \"expanded_url\" : ");
        json_into(out, &u.expanded);
        out.push_str(",\n            \"display_url\" : ");
        let bare = u.expanded.trim_start_matches("https://");
        let display = if bare.chars().count() > 26 {
            bare.chars().take(25).collect::<String>() + "…"
        } else {
            bare.to_string()
        };
        json_into(out, &display);
        out.push_str(",\n");
        indices(out, "            ", u.start, u.end);
        out.push_str("\n          }");
    }
    out.push_str(if urls.is_empty() {
        " ]\n"
    } else {
        "\n        ]\n"
    });
    let _ = write!(
        out,
        "      }},\n      \"display_text_range\" : [\n        \"0\",\n        \"{len}\"\n      ],\n      \"favorite_count\" : \"{}\",\n",
        p.likes
    );
    let status = p.reply_to.as_ref().filter(|_| !p.parent_deleted);
    if let Some(r) = status {
        let _ = writeln!(out, "      \"in_reply_to_status_id_str\" : \"{}\",", r.id);
    }
    let _ = writeln!(out, "      \"id_str\" : \"{}\",", p.id);
    if let Some(r) = &p.reply_to {
        let _ = writeln!(out, "      \"in_reply_to_user_id\" : \"{}\",", r.author.id);
    }
    let _ = write!(
        out,
        "      \"truncated\" : false,\n      \"retweet_count\" : \"{}\",\n      \"id\" : \"{}\",\n",
        p.retweets, p.id
    );
    if let Some(r) = status {
        let _ = writeln!(out, "      \"in_reply_to_status_id\" : \"{}\",", r.id);
    }
    let _ = writeln!(
        out,
        "      \"created_at\" : \"{}\",",
        p.at.strftime("%a %b %d %H:%M:%S +0000 %Y")
    );
    out.push_str("      \"favorited\" : false,\n      \"full_text\" : ");
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    json_into(out, &escaped);
    out.push_str(",\n      \"lang\" : \"en\"");
    if let Some(r) = &p.reply_to {
        out.push_str(",\n      \"in_reply_to_screen_name\" : ");
        json_into(out, &r.author.handle);
        let _ = write!(
            out,
            ",\n      \"in_reply_to_user_id_str\" : \"{}\"",
            r.author.id
        );
    }
    out.push_str("\n    }\n  }");
}

/// Streams an earshot CSV of X posts.
pub struct CsvWriter {
    w: csv::Writer<BufWriter<File>>,
}

impl CsvWriter {
    pub fn create(path: &Path) -> io::Result<CsvWriter> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let mut w =
            csv::Writer::from_writer(BufWriter::with_capacity(1 << 16, File::create(path)?));
        w.write_record([
            "id",
            "created_at",
            "platform",
            "author",
            "direction",
            "in_reply_to",
            "conversation_id",
            "text",
            "url",
            "likes",
            "shares",
            "source",
        ])?;
        Ok(CsvWriter { w })
    }

    pub fn row(&mut self, p: &Post) -> io::Result<()> {
        let id = p.id.to_string();
        let reply = p
            .reply_to
            .as_ref()
            .map(|r| r.id.to_string())
            .unwrap_or_default();
        let url = format!("https://x.com/{}/status/{}", p.author.handle, p.id);
        let (likes, shares, source) = if p.outbound {
            (p.likes.to_string(), p.retweets.to_string(), p.client.name())
        } else {
            (p.likes.to_string(), String::new(), "")
        };
        self.w.write_record([
            id.as_str(),
            iso(p.at).as_str(),
            "x",
            p.author.handle.as_str(),
            if p.outbound { "outbound" } else { "inbound" },
            reply.as_str(),
            p.conversation.to_string().as_str(),
            p.text.as_str(),
            url.as_str(),
            likes.as_str(),
            shares.as_str(),
            source,
        ])?;
        Ok(())
    }

    pub fn finish(mut self) -> io::Result<()> {
        self.w.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth::story::{Client, Parent};
    use crate::synth::text::person;

    fn post(text: &str) -> Post {
        let org = Org::library();
        Post {
            id: 1_800_000_000_000_000_000,
            at: "2026-07-04T15:00:00Z".parse().unwrap(),
            author: org.who(),
            outbound: true,
            text: text.to_string(),
            mentions: vec![person(1)],
            reply_to: Some(Parent {
                id: 7,
                author: person(1),
            }),
            conversation: 7,
            parent_deleted: false,
            retweet_of: None,
            client: Client::Hootsuite,
            likes: 3,
            retweets: 1,
        }
    }

    #[test]
    fn a_tweet_is_valid_json_with_entities_at_their_offsets() {
        let who = person(1).handle;
        let p = post(&format!(
            "@{who} Fish & chips at #Riverside: https://millbrooklibrary.org/events ok"
        ));
        let mut s = String::new();
        tweet_json(&mut s, &p);
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        let t = &v["tweet"];
        let full = t["full_text"].as_str().unwrap();
        assert!(full.contains("Fish &amp; chips"));
        assert_eq!(t["in_reply_to_status_id_str"], "7");
        assert_eq!(t["created_at"], "Sat Jul 04 15:00:00 +0000 2026");
        assert_eq!(t["source"], Client::Hootsuite.anchor());
        let shown = full.replace("&amp;", "&");
        let chars: Vec<char> = shown.chars().collect();
        let slice = |e: &serde_json::Value| -> String {
            let a: usize = e["indices"][0].as_str().unwrap().parse().unwrap();
            let b: usize = e["indices"][1].as_str().unwrap().parse().unwrap();
            chars[a..b].iter().collect()
        };
        let url = &t["entities"]["urls"][0];
        assert_eq!(slice(url), url["url"].as_str().unwrap());
        assert_eq!(url["expanded_url"], "https://millbrooklibrary.org/events");
        assert_eq!(slice(&t["entities"]["user_mentions"][0]), format!("@{who}"));
        assert_eq!(slice(&t["entities"]["hashtags"][0]), "#Riverside");
    }

    #[test]
    fn retweets_are_cut_at_140_characters() {
        let mut p = post(&format!("RT @MillbrookParks: {}", "word ".repeat(60)));
        p.retweet_of = Some(person(2));
        let (text, _) = shown_text(&p);
        assert_eq!(text.chars().count(), 140);
        assert!(text.ends_with('…'));
    }
}

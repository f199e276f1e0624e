//! Report: every output file, rendered from one [`Audit`] and written atomically.
//!
//! Renderers return bytes; [`write`] is the one place that touches the disk. The report folder is
//! built beside its destination and renamed into place only when complete, so a failed or killed
//! run never leaves a half-written report, and an existing report is replaced only by a whole one.

pub mod charts;
pub mod compare;
pub mod csv;
pub mod html;
pub mod json;

use std::borrow::Cow;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rayon::prelude::*;
use serde::Serialize;

use crate::audit::Audit;
use crate::model::Str;
use crate::summary::Summary;
use jiff::Timestamp;

/// One row of `items.csv`, and of the drill-down table in the HTML report. Its strings borrow
/// from the audit: rows are made one at a time as a renderer asks for them (see [`Rows`]).
#[derive(Debug, Clone, Serialize)]
pub struct ItemRow<'a> {
    pub id: Cow<'a, str>,
    pub platform: Cow<'a, str>,
    pub author: Cow<'a, str>,
    /// Inline (a timestamp is 20 bytes): no allocation per row.
    pub created_at: Str,
    pub direction: &'static str,
    pub kind: &'static str,
    pub label: &'static str,
    pub reasons: Cow<'a, str>,
    pub in_reply_to: Cow<'a, str>,
    pub conversation: Cow<'a, str>,
    pub directed: Option<bool>,
    pub needs_response: Option<bool>,
    pub question: Option<bool>,
    pub responded: Option<bool>,
    pub first_response_seconds: Option<i64>,
    pub confidence: f32,
    pub uncertain: bool,
    pub url: Cow<'a, str>,
    pub source: Cow<'a, str>,
    pub text: Cow<'a, str>,
}

/// What the charts and the page's choice of rows read of a row: its flags and numbers, none of
/// its strings, so they can look at every row without making them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RowFlags {
    pub direction: &'static str,
    pub needs_response: Option<bool>,
    pub responded: Option<bool>,
    pub first_response_seconds: Option<i64>,
    pub uncertain: bool,
}

impl ItemRow<'_> {
    /// The row's [`RowFlags`].
    pub fn flags(&self) -> RowFlags {
        RowFlags {
            direction: self.direction,
            needs_response: self.needs_response,
            responded: self.responded,
            first_response_seconds: self.first_response_seconds,
            uncertain: self.uncertain,
        }
    }

    /// The same row, borrowing from this one.
    fn reborrow(&self) -> ItemRow<'_> {
        fn b(c: &str) -> Cow<'_, str> {
            Cow::Borrowed(c)
        }
        ItemRow {
            id: b(&self.id),
            platform: b(&self.platform),
            author: b(&self.author),
            created_at: self.created_at.clone(),
            reasons: b(&self.reasons),
            in_reply_to: b(&self.in_reply_to),
            conversation: b(&self.conversation),
            url: b(&self.url),
            source: b(&self.source),
            text: b(&self.text),
            ..*self
        }
    }
}

/// The item rows of a report, in a stable order (time, then platform and id). A large audit
/// has a million of them: they are not copied out of the audit, but made one at a time.
pub struct Rows<'a> {
    source: RowSource<'a>,
}

enum RowSource<'a> {
    Audit { audit: &'a Audit, order: Vec<u32> },
    List(Vec<ItemRow<'a>>),
}

impl<'a> Rows<'a> {
    /// Rows given as they are (for renderers driven without an audit).
    pub fn from_list(rows: Vec<ItemRow<'a>>) -> Rows<'a> {
        Rows {
            source: RowSource::List(rows),
        }
    }

    pub fn len(&self) -> usize {
        match &self.source {
            RowSource::Audit { order, .. } => order.len(),
            RowSource::List(l) => l.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Row `k` in report order.
    pub fn get(&self, k: usize) -> ItemRow<'_> {
        match &self.source {
            RowSource::Audit { audit, order } => row(audit, order[k] as usize),
            RowSource::List(l) => l[k].reborrow(),
        }
    }

    /// Every row in report order.
    pub fn iter(&self) -> impl Iterator<Item = ItemRow<'_>> {
        (0..self.len()).map(|k| self.get(k))
    }

    /// The flags of row `k`, without making the row.
    pub fn flags(&self, k: usize) -> RowFlags {
        match &self.source {
            RowSource::Audit { audit, order } => flags(audit, order[k] as usize),
            RowSource::List(l) => l[k].flags(),
        }
    }
}

/// The rows of every item in the audited period, in a stable order (time, then platform and id).
pub fn rows(audit: &Audit) -> Rows<'_> {
    // Sorted by the time, kept beside each item number: the items themselves are looked at only
    // when two times are equal (a comparison that reads two items out of a large list is mostly
    // waiting for memory). An audit holds fewer than four billion items: numbers fit a `u32`.
    let mut keyed: Vec<(TimeKey, u32)> = (0..audit.items.len())
        .filter(|&i| audit.in_period[i])
        .map(|i| (time_key(audit.items[i].created_at()), i as u32))
        .collect();
    keyed.par_sort_unstable_by(|&(xt, a), &(yt, b)| {
        xt.cmp(&yt).then_with(|| {
            let (x, y) = (&audit.items[a as usize], &audit.items[b as usize]);
            (x.platform.as_str(), &x.id, a).cmp(&(y.platform.as_str(), &y.id, b))
        })
    });
    // A list of its own (collected in place, it would keep the keys' larger allocation).
    let order = keyed.iter().map(|&(_, i)| i).collect();
    Rows {
        source: RowSource::Audit { audit, order },
    }
}

/// A time as a small sortable key: seconds, then nanoseconds; an item without a time after
/// every other.
type TimeKey = (i64, i32);

/// The [`TimeKey`] of a time.
fn time_key(t: Option<Timestamp>) -> TimeKey {
    t.map_or((i64::MAX, 0), |t| (t.as_second(), t.subsec_nanosecond()))
}

fn flags(audit: &Audit, i: usize) -> RowFlags {
    let c = &audit.classes[i];
    let inbound = c.inbound;
    let directed = inbound.is_some_and(|b| b.directed);
    RowFlags {
        direction: audit.directions[i].as_str(),
        needs_response: inbound.map(|b| b.needs_response),
        responded: directed.then(|| audit.responses.get(i).is_some()),
        first_response_seconds: audit.responses.get(i).and_then(|r| r.seconds),
        uncertain: c.uncertain,
    }
}

fn row(audit: &Audit, i: usize) -> ItemRow<'_> {
    let it = &audit.items[i];
    let c = &audit.classes[i];
    let inbound = c.inbound;
    let f = flags(audit, i);
    fn opt(s: &Option<Str>) -> Cow<'_, str> {
        Cow::Borrowed(s.as_deref().unwrap_or(""))
    }
    ItemRow {
        id: Cow::Borrowed(&it.id),
        platform: Cow::Borrowed(it.platform.as_str()),
        author: Cow::Borrowed(&it.author),
        created_at: it.created_at().map(timestamp_text).unwrap_or_default(),
        direction: f.direction,
        kind: it.kind.as_str(),
        label: c.label.map(|l| l.as_str()).unwrap_or(""),
        reasons: match c.reasons.as_slice() {
            [] => Cow::Borrowed(""),
            [one] => Cow::Borrowed(one.as_str()),
            many => Cow::Owned(many.join(";")),
        },
        in_reply_to: opt(&it.in_reply_to),
        conversation: Cow::Borrowed(audit.threads.key(&audit.items, i)),
        directed: inbound.map(|b| b.directed),
        needs_response: f.needs_response,
        question: inbound.map(|b| b.question),
        responded: f.responded,
        first_response_seconds: f.first_response_seconds,
        confidence: c.confidence,
        uncertain: f.uncertain,
        url: it.link().unwrap_or_default(),
        source: Cow::Borrowed(it.source.as_deref().unwrap_or("")),
        text: Cow::Borrowed(&it.text),
    }
}

/// `t` as its `Display` writes it (`2024-03-04T09:05:00Z`), made directly from the seconds for
/// whole seconds in the years 1970 to 9999: a large audit's `items.csv` has a million of them,
/// and the general printer was a good part of making its rows. Other instants go through `Display`; a test checks the two agree.
pub fn timestamp_text(t: Timestamp) -> Str {
    let secs = t.as_second();
    // 1970-01-01 to 9999-12-31T23:59:59.
    if t.subsec_nanosecond() != 0 || !(0..253_402_300_800).contains(&secs) {
        return t.to_string().into();
    }
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Days since the epoch to a civil date (H. Hinnant's algorithm, for days >= 0).
    let z = days + 719_468;
    let (era, doe) = (z / 146_097, z % 146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let mut out = [0u8; 20];
    let mut put = |at: usize, width: usize, mut v: i64| {
        for k in (at..at + width).rev() {
            out[k] = b'0' + (v % 10) as u8;
            v /= 10;
        }
    };
    put(0, 4, year);
    put(5, 2, month);
    put(8, 2, day);
    put(11, 2, rem / 3_600);
    put(14, 2, rem / 60 % 60);
    put(17, 2, rem % 60);
    for (at, b) in [
        (4, b'-'),
        (7, b'-'),
        (10, b'T'),
        (13, b':'),
        (16, b':'),
        (19, b'Z'),
    ] {
        out[at] = b;
    }
    std::str::from_utf8(&out)
        .expect("digits and separators are ASCII")
        .into()
}

/// A rendered file, relative to the report folder.
pub struct Rendered {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// Choices about how the report's files are written.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    pub csv: csv::Dialect,
}

/// Renders every output of the report with the default options.
pub fn render(summary: &Summary, rows: &Rows<'_>) -> Result<Vec<Rendered>> {
    render_with(summary, rows, &RenderOptions::default())
}

/// Renders every output of the report.
pub fn render_with(
    summary: &Summary,
    rows: &Rows<'_>,
    opts: &RenderOptions,
) -> Result<Vec<Rendered>> {
    let mut files = vec![Rendered {
        path: ITEMS_CSV.into(),
        bytes: csv::render_with(rows, opts.csv)?,
    }];
    files.extend(render_pages(summary, rows)?);
    Ok(files)
}

/// The name of the item list in the report folder.
pub const ITEMS_CSV: &str = "items.csv";

/// Every output but `items.csv`: the summary, the page and the charts.
pub fn render_pages(summary: &Summary, rows: &Rows<'_>) -> Result<Vec<Rendered>> {
    let charts = charts::render(summary, rows)?;
    let mut files = vec![
        Rendered {
            path: "summary.json".into(),
            bytes: json::render(summary)?,
        },
        Rendered {
            path: "index.html".into(),
            bytes: html::render(summary, rows, &charts)?,
        },
    ];
    for c in charts {
        files.push(Rendered {
            path: Path::new("charts").join(format!("{}.png", c.name)),
            bytes: c.png,
        });
        files.push(Rendered {
            path: Path::new("charts").join(format!("{}@2x.png", c.name)),
            bytes: c.png_2x,
        });
    }
    Ok(files)
}

/// Clears what a killed run left of this report: its `.<name>.partial-*` staging folders (never
/// complete, never read) are removed, and if the run was killed between moving the old report
/// aside and putting the new one in place, the old one (`.<name>.old-*`) is put back. Two runs
/// writing the same report at the same time are not supported: the later one clears the other's
/// staging folder, and that run then fails with an error instead of writing.
fn clean_stale(parent: &Path, name: &str, dir: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let (partial, old) = (format!(".{name}.partial-"), format!(".{name}.old-"));
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let Some(file) = p.file_name().map(|f| f.to_string_lossy().into_owned()) else {
            continue;
        };
        if file.starts_with(&partial) {
            std::fs::remove_dir_all(&p).ok();
        } else if file.starts_with(&old) {
            if !dir.exists() && std::fs::rename(&p, dir).is_ok() {
                continue;
            }
            std::fs::remove_dir_all(&p).ok();
        }
    }
}

/// Writes the whole report into `dir` atomically, `items.csv` streamed straight into the staging
/// folder (on a large archive it is hundreds of megabytes, never held in memory) while the other
/// outputs are rendered on the other core.
pub fn write_report(
    dir: &Path,
    summary: &Summary,
    rows: &Rows<'_>,
    opts: &RenderOptions,
) -> Result<()> {
    write_with(dir, |staging| {
        let (csv, pages) = rayon::join(
            || -> Result<()> {
                let p = staging.join(ITEMS_CSV);
                let f = std::fs::File::create(&p)
                    .with_context(|| format!("cannot write {}", p.display()))?;
                let mut out = std::io::BufWriter::with_capacity(1 << 20, f);
                csv::write_with(rows, opts.csv, &mut out)
                    .with_context(|| format!("cannot write {}", p.display()))?;
                out.flush()
                    .with_context(|| format!("cannot write {}", p.display()))?;
                Ok(())
            },
            || render_pages(summary, rows),
        );
        csv?;
        put_files(staging, &pages?)
    })
}

fn put_files(staging: &Path, files: &[Rendered]) -> Result<()> {
    for f in files {
        let p = staging.join(&f.path);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).with_context(|| format!("cannot create {}", d.display()))?;
        }
        std::fs::write(&p, &f.bytes).with_context(|| format!("cannot write {}", p.display()))?;
    }
    Ok(())
}

/// Writes the files into `dir` atomically: into a fresh sibling folder first, then renamed over.
pub fn write(dir: &Path, files: &[Rendered]) -> Result<()> {
    write_with(dir, |staging| put_files(staging, files))
}

/// Fills a fresh sibling folder of `dir` with `fill`, then renames it over `dir`; a failure
/// leaves `dir` as it was.
fn write_with(dir: &Path, fill: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)
        .with_context(|| format!("cannot create {}", parent.display()))?;
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".into());
    clean_stale(&parent, &name, dir);
    let staging = tempfile::Builder::new()
        .prefix(&format!(".{name}.partial-"))
        .tempdir_in(&parent)
        .with_context(|| format!("cannot create a working folder in {}", parent.display()))?;
    fill(staging.path())?;
    let staged = staging.keep();
    if dir.exists() {
        // Move the old report aside, put the new one in place, then remove the old one: at every
        // moment either the old or the new complete report is at `dir`.
        let old = tempfile::Builder::new()
            .prefix(&format!(".{name}.old-"))
            .tempdir_in(&parent)
            .with_context(|| format!("cannot create a working folder in {}", parent.display()))?
            .keep();
        std::fs::remove_dir(&old).ok();
        std::fs::rename(dir, &old)
            .with_context(|| format!("cannot move the previous report {} aside", dir.display()))?;
        if let Err(e) = std::fs::rename(&staged, dir) {
            std::fs::rename(&old, dir).ok();
            std::fs::remove_dir_all(&staged).ok();
            return Err(e)
                .with_context(|| format!("cannot put the new report at {}", dir.display()));
        }
        std::fs::remove_dir_all(&old).ok();
    } else if let Err(e) = std::fs::rename(&staged, dir) {
        std::fs::remove_dir_all(&staged).ok();
        return Err(e).with_context(|| format!("cannot put the new report at {}", dir.display()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> Rendered {
        Rendered {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(5000))]

        /// The direct timestamp text is `Display`'s, at any second, whole or not, in range or not.
        #[test]
        fn timestamp_text_is_what_display_writes(
            secs in Timestamp::MIN.as_second() + 1..Timestamp::MAX.as_second(),
            nanos in proptest::prop_oneof![proptest::strategy::Just(0i32), 0i32..1_000_000_000],
        ) {
            let t = Timestamp::new(secs, nanos).unwrap();
            proptest::prop_assert_eq!(timestamp_text(t), t.to_string());
        }
    }

    #[test]
    fn timestamp_text_at_the_edges_of_the_fast_path() {
        for secs in [
            0,
            59,
            86_399,
            86_400,
            951_782_400,
            4_102_444_799,
            253_402_207_199,
        ] {
            let t = Timestamp::from_second(secs).unwrap();
            assert_eq!(timestamp_text(t), t.to_string(), "{secs}");
        }
        let before_1970 = Timestamp::from_second(-1).unwrap();
        assert_eq!(timestamp_text(before_1970), "1969-12-31T23:59:59Z");
    }

    #[test]
    fn stale_staging_folders_of_the_same_report_are_cleared() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("acme");
        std::fs::create_dir_all(tmp.path().join(".acme.partial-x1/charts")).unwrap();
        std::fs::create_dir_all(tmp.path().join(".other.partial-x2")).unwrap();
        write(&dir, &[file("summary.json", "{}")]).unwrap();
        assert!(!tmp.path().join(".acme.partial-x1").exists());
        // Another report's staging folder may belong to a run still at work.
        assert!(tmp.path().join(".other.partial-x2").exists());
    }

    #[test]
    fn a_report_moved_aside_by_a_killed_run_is_put_back() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("acme");
        let old = tmp.path().join(".acme.old-x1");
        std::fs::create_dir_all(&old).unwrap();
        std::fs::write(old.join("summary.json"), "previous").unwrap();
        clean_stale(tmp.path(), "acme", &dir);
        assert_eq!(
            std::fs::read_to_string(dir.join("summary.json")).unwrap(),
            "previous"
        );
        assert!(!old.exists());
    }
}

//! The audit pipeline in one place: ingest -> own accounts -> threads -> classify -> pair ->
//! figures -> [`Summary`]. Every output is rendered from the [`Audit`] this returns.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use hashbrown::HashSet;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::classify::{Classifier, Corpus, Label, Labels, recipient_key};
use crate::ingest::{self, InputError, Limits, Loaded};
use crate::metrics::{self, Analysis, BusinessHours, Responses, Settings};
use crate::model::{Account, Direction, Item, OwnAccounts, Platform};
use crate::redact::{self, Redact};
use crate::summary::{
    self, Counts, InputSummary, ItemRef, Period, Previous, Provenance, Samples, Summary,
    TemplatedGroup, Thresholds, Week,
};
use crate::thread::Threads;

/// Everything one audit needs to know; built by the CLI (or a config file) and by tests.
#[derive(Debug, Clone)]
pub struct AuditOptions {
    pub inputs: Vec<PathBuf>,
    /// Own accounts given by the user, added to those the archives name.
    pub accounts: Vec<Account>,
    /// The organization's name; by default the first own account, or the first input's name.
    pub name: Option<String>,
    /// Inclusive first day of the period, in `timezone`.
    pub since: Option<Date>,
    /// Inclusive last day of the period, in `timezone`.
    pub until: Option<Date>,
    pub timezone: TimeZone,
    /// The time zone's name as the user gave it, for the report.
    pub timezone_name: String,
    pub business_hours: BusinessHours,
    pub thresholds: Thresholds,
    pub limits: Limits,
    pub classifier: Classifier,
    /// When the run was made (pinned for reproducible output).
    pub generated_at: Timestamp,
    pub command_line: Vec<String>,
    /// Pseudonymize the people who wrote to the organization (`--redact`).
    pub redact: Redact,
}

impl AuditOptions {
    /// Options with defaults for everything but the inputs.
    pub fn new(inputs: Vec<PathBuf>) -> AuditOptions {
        AuditOptions {
            inputs,
            accounts: Vec::new(),
            name: None,
            since: None,
            until: None,
            timezone: TimeZone::UTC,
            timezone_name: "UTC".to_string(),
            business_hours: BusinessHours::default(),
            thresholds: Thresholds::default(),
            limits: Limits::default(),
            classifier: Classifier::builtin(),
            generated_at: Timestamp::UNIX_EPOCH,
            command_line: Vec::new(),
            redact: Redact::Off,
        }
    }
}

/// A finished audit: the items with their analysis, and the summary made from them.
pub struct Audit {
    pub items: Vec<Item>,
    pub directions: Vec<Direction>,
    pub threads: Threads,
    pub classes: Labels,
    pub responses: Responses,
    /// Whether each item is inside the audited period.
    pub in_period: Vec<bool>,
    pub summary: Summary,
    /// Inputs (or exports inside them) that could not be read; the run went on without them.
    pub errors: Vec<InputError>,
    /// Wall time of each stage, in order, for `--verbose`.
    pub timings: Vec<(&'static str, Duration)>,
}

/// Why an audit could not run at all.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error("no input could be read:\n  {}", .0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n  "))]
    NothingRead(Vec<InputError>),
    #[error("{0}")]
    Input(#[from] InputError),
}

/// Runs the whole pipeline.
pub fn run(opts: &AuditOptions) -> Result<Audit, AuditError> {
    let mut clock = Stages::start();
    // The rules compile while the inputs are read; classifying waits for them if need be (and
    // compiles them itself if no thread could be had).
    let rules = opts.classifier.clone();
    let _ = std::thread::Builder::new().spawn(move || rules.prepare());
    let mut loaded: Vec<Loaded> = Vec::new();
    let mut errors: Vec<InputError> = Vec::new();
    let mut inputs: Vec<InputSummary> = Vec::new();
    for (n, path) in opts.inputs.iter().enumerate() {
        // Hashed while it is read (the digest is one more pass over every byte). If nothing of
        // it can be read, the hashing stops: a multi-gigabyte input that failed a limit is not
        // read to its end a second time.
        let unreadable = AtomicBool::new(false);
        let (results, digest) = rayon::join(
            || {
                let results = ingest::load(path, n, &opts.limits);
                if results.iter().all(|r| r.is_err()) {
                    unreadable.store(true, Ordering::Relaxed);
                }
                results
            },
            || fingerprint(path, &unreadable),
        );
        if unreadable.load(Ordering::Relaxed) {
            // Nothing of this input was read; it still appears in the provenance.
            errors.extend(results.into_iter().filter_map(Result::err));
            inputs.push(InputSummary {
                path: path.display().to_string(),
                format: "unreadable".to_string(),
                ..InputSummary::default()
            });
            continue;
        }
        let (bytes, sha256) = digest.unwrap_or_else(|e| {
            errors.push(e);
            (0, String::new())
        });
        let mut first = true;
        for result in results {
            match result {
                Ok(l) => {
                    inputs.push(InputSummary {
                        path: l.path.display().to_string(),
                        format: l.format.as_str().to_string(),
                        items: l.import.items.len() as u64,
                        bytes: if first { bytes } else { 0 },
                        sha256: if first { sha256.clone() } else { String::new() },
                        matched: l.matched.clone(),
                    });
                    first = false;
                    loaded.push(l);
                }
                Err(e) => errors.push(e),
            }
        }
    }
    if loaded.is_empty() {
        return Err(AuditError::NothingRead(errors));
    }
    return_freed_memory();
    clock.lap("read");

    // Own accounts: from the archives, from the user, and from CSV `direction` columns.
    let mut accounts: Vec<Account> = opts.accounts.clone();
    let mut warnings: Vec<summary::Warning> = Vec::new();
    let mut items: Vec<Item> = Vec::new();
    let mut likes: BTreeMap<String, u64> = BTreeMap::new();
    for l in &mut loaded {
        if let (Some(n), Some(p)) = (l.import.likes_given, l.format.platform()) {
            *likes.entry(p.as_str().to_string()).or_default() += n;
        }
        accounts.append(&mut l.import.accounts);
        warnings.extend(l.import.warnings.drain(..).map(|w| summary::Warning {
            file: w.file,
            place: w.place,
            message: w.message,
            skipped: w.skipped,
        }));
        // Moved, not copied: an import's items are most of the run's memory, and a copy would
        // keep the import's own buffer alive beside it.
        let mut v = std::mem::take(&mut l.import.items);
        if items.is_empty() {
            std::mem::swap(&mut items, &mut v);
        } else {
            items.append(&mut v);
        }
    }
    items.shrink_to_fit();
    for e in &errors {
        warnings.push(summary::Warning {
            file: e.path.clone(),
            place: e.place.clone(),
            message: format!("not read: {}", e.message),
            skipped: 0,
        });
    }
    undate_implausible(&mut items, &opts.inputs, &mut warnings);
    // Every writer of an item marked outbound is an own account; each (platform, handle, id)
    // is collected once, not once per item. An archive's items mostly come in long runs by the
    // same writer: only a change of writer is looked up.
    let mut writers: HashSet<(&Platform, &str, Option<&str>)> = HashSet::new();
    let mut last = None;
    for it in &items {
        if it.direction == Some(Direction::Outbound) {
            let writer = (&it.platform, it.author.as_str(), it.author_id.as_deref());
            if last != Some(writer) {
                writers.insert(writer);
                last = Some(writer);
            }
        }
    }
    accounts.extend(writers.into_iter().map(|(p, handle, id)| Account {
        platform: Some(p.clone()),
        handle: handle.to_string(),
        id: id.map(str::to_string),
    }));
    let own = OwnAccounts::new(accounts);

    // One item per platform and id: the first one read wins.
    let before = items.len();
    let keep = crate::thread::first_of_each_id(&items);
    let mut keep = keep.into_iter();
    items.retain(|_| keep.next().unwrap_or(true));
    let duplicates = (before - items.len()) as u64;

    let directions: Vec<Direction> = items
        .iter()
        .map(|it| {
            it.direction.unwrap_or_else(|| {
                let own_author = own.is_own(&it.platform, &it.author)
                    || it
                        .author_id
                        .as_deref()
                        .is_some_and(|id| own.is_own(&it.platform, id));
                if own_author {
                    Direction::Outbound
                } else {
                    Direction::Inbound
                }
            })
        })
        .collect();
    if opts.redact.is_on() {
        let aliases = redact::Aliases::assign(&items, &directions, &own);
        aliases.apply(&mut items, &directions);
        for w in &mut warnings {
            w.message = aliases.text(&w.message);
        }
    }

    clock.lap("gather");
    let threads = Threads::link(&items);
    clock.lap("link");
    let classifier = opts
        .classifier
        .with_uncertain_below(opts.thresholds.uncertain_below);
    let classes = classifier.classify(&Corpus {
        items: &items,
        directions: &directions,
        threads: &threads,
        own: &own,
    });
    return_freed_memory();
    clock.lap("classify");
    let responses = metrics::pairing::pair(&items, &directions, &threads, |i| {
        classes[i].inbound.is_some_and(|b| b.directed)
    });
    if opts.redact.withholds_texts() {
        redact::withhold_texts(&mut items, &directions);
    }
    clock.lap("pair");

    let window = period_window(opts);
    let in_period: Vec<bool> = items
        .iter()
        .map(|it| match (window, it.created_at()) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some((a, b)), Some(t)) => t >= a && t < b,
        })
        .collect();

    let settings = Settings {
        timezone: opts.timezone.clone(),
        business_hours: opts.business_hours.clone(),
        thresholds: opts.thresholds.clone(),
    };
    let analysis = Analysis {
        items: &items,
        directions: &directions,
        threads: &threads,
        classes: &classes,
        responses: &responses,
    };
    let subset: Vec<usize> = (0..items.len()).filter(|&i| in_period[i]).collect();
    let refs = RefMaker {
        items: &items,
        classes: &classes,
    };
    // The overall figures and the summary's lists are independent passes over the items: made
    // side by side, each core takes some.
    let (mut overall, (weekly, (templated, samples))) = rayon::join(
        || metrics::figures(&analysis, &subset, &settings),
        || {
            rayon::join(
                || weekly(&analysis, &subset, &settings.timezone),
                || {
                    rayon::join(
                        || templated(&analysis, &subset),
                        || samples(&analysis, &subset, &refs),
                    )
                },
            )
        },
    );
    // An archive of one platform has that platform's figures in `overall` already, and needs
    // no second list of its items.
    let mut platforms: BTreeMap<String, summary::Figures> = match subset.first() {
        Some(&first)
            if subset
                .iter()
                .all(|&i| items[i].platform == items[first].platform) =>
        {
            BTreeMap::from([(items[first].platform.as_str().to_string(), overall.clone())])
        }
        _ => {
            let mut by_platform: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
            for &i in &subset {
                by_platform
                    .entry(items[i].platform.as_str())
                    .or_default()
                    .push(i);
            }
            by_platform
                .into_par_iter()
                .map(|(p, s)| (p.to_string(), metrics::figures(&analysis, &s, &settings)))
                .collect()
        }
    };
    set_likes(
        &mut overall,
        (!likes.is_empty()).then(|| likes.values().sum()),
    );
    for (p, f) in &mut platforms {
        set_likes(f, likes.get(p).copied());
    }
    let previous = previous_period(opts, window, &items).map(|(a, b, since, until)| {
        let s: Vec<usize> = (0..items.len())
            .filter(|&i| items[i].created_at().is_some_and(|t| t >= a && t < b))
            .collect();
        Previous {
            since: since.to_string(),
            until: until.to_string(),
            overall: metrics::figures(&analysis, &s, &settings),
        }
    });

    let dated = || subset.iter().filter_map(|&i| items[i].created_at());
    let counts = Counts {
        items: subset.len() as u64,
        outbound: overall.outbound,
        inbound: overall.inbound,
        directed: subset
            .iter()
            .filter(|&&i| classes[i].inbound.is_some_and(|b| b.directed))
            .count() as u64,
        needs_response: subset
            .iter()
            .filter(|&&i| classes[i].inbound.is_some_and(|b| b.needs_response))
            .count() as u64,
        undated: items.iter().filter(|it| it.created_at().is_none()).count() as u64,
        outside_period: (items.len() - subset.len()) as u64,
        duplicates,
        skipped: warnings.iter().map(|w| w.skipped).sum(),
    };
    let summary = Summary {
        schema_version: summary::SCHEMA_VERSION,
        organization: organization_name(opts, &own),
        period: Period {
            since: opts.since.map(|d| d.to_string()),
            until: opts.until.map(|d| d.to_string()),
            timezone: opts.timezone_name.clone(),
            first_item: dated().min().map(|t| t.to_string()),
            last_item: dated().max().map(|t| t.to_string()),
        },
        own_accounts: own.labels(),
        inputs,
        counts,
        overall,
        platforms,
        previous,
        weekly,
        unanswered: unanswered(&analysis, &subset, &refs),
        templated,
        uncertain: subset
            .iter()
            .filter(|&&i| classes[i].uncertain)
            .take(LIST_CAP)
            .map(|&i| refs.make(i))
            .collect(),
        samples,
        warnings,
        crossed_thresholds: Vec::new(),
        provenance: Provenance {
            earshot_version: env!("CARGO_PKG_VERSION").to_string(),
            command_line: opts.command_line.clone(),
            generated_at: opts.generated_at.to_string(),
            timezone: opts.timezone_name.clone(),
            rules_version: opts.classifier.rules_version(),
            disabled_rules: opts.classifier.disabled_rules(),
            thresholds: opts.thresholds.clone(),
            business_hours: opts.business_hours.describe(),
            redacted: opts.redact.is_on(),
            texts_withheld: opts.redact.withholds_texts(),
        },
    };
    return_freed_memory();
    clock.lap("figures");
    Ok(Audit {
        items,
        directions,
        threads,
        classes,
        responses,
        in_period,
        summary,
        errors,
        timings: clock.laps,
    })
}

/// Times the stages of a run, one lap each.
struct Stages {
    last: Instant,
    laps: Vec<(&'static str, Duration)>,
}

impl Stages {
    fn start() -> Stages {
        Stages {
            last: Instant::now(),
            laps: Vec::new(),
        }
    }

    fn lap(&mut self, stage: &'static str) {
        let now = Instant::now();
        self.laps.push((stage, now - self.last));
        self.last = now;
    }
}

/// Dates before 1990 or from 2100 on are kept out of every time-based figure: no social-media
/// archive holds them, a Unix time of 0 is a missing date in disguise, and a crafted date in the
/// year 9999 would stretch the weekly timeline over millennia. The item stays, undated, and a
/// warning names it.
fn undate_implausible(
    items: &mut [Item],
    inputs: &[PathBuf],
    warnings: &mut Vec<summary::Warning>,
) {
    let earliest = Timestamp::from_second(631_152_000).expect("1990-01-01 is a valid time");
    let latest = Timestamp::from_second(4_102_444_800).expect("2100-01-01 is a valid time");
    for it in items.iter_mut() {
        let Some(t) = it.created_at() else { continue };
        if t >= earliest && t < latest {
            continue;
        }
        let input = inputs
            .get(it.origin.input())
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let file = if it.origin.file().is_empty() || input.ends_with(it.origin.file()) {
            input
        } else {
            format!("{input}: {}", it.origin.file())
        };
        warnings.push(summary::Warning {
            file,
            place: Some(format!("record {} (id {})", it.origin.record(), it.id)),
            message: format!(
                "dated {t}, outside 1990 to 2099: most likely a missing or corrupted date; the item is kept as undated"
            ),
            skipped: 0,
        });
        it.set_created_at(None);
    }
}

/// Records the likes given, or why they are not measurable.
fn set_likes(f: &mut summary::Figures, likes: Option<u64>) {
    f.likes_given = likes;
    if likes.is_none() {
        f.not_measurable.insert(
            "likes_given".into(),
            "the inputs hold no likes file (X data/like.js, Mastodon likes.json)".into(),
        );
    }
}

/// Lists in the summary are capped so the report stays readable at any archive size; the full
/// list is always in `items.csv`.
pub const LIST_CAP: usize = 500;

/// Size and SHA-256 of an input: of the file itself, or for a folder of its files in name order
/// (each file's relative path and bytes), so the same folder always gives the same digest.
/// Stops early, with an error nobody reports, once `cancel` is set.
fn fingerprint(path: &Path, cancel: &AtomicBool) -> Result<(u64, String), InputError> {
    let mut hasher = Sha256::new();
    let mut total = 0u64;
    let feed = |p: &Path, hasher: &mut Sha256| -> Result<u64, InputError> {
        let mut f = std::fs::File::open(p).map_err(|e| InputError::io(p, e))?;
        let mut buf = vec![0u8; 1 << 16];
        let mut n_total = 0u64;
        loop {
            if cancel.load(Ordering::Relaxed) {
                return Err(InputError::new(
                    p,
                    None,
                    "not hashed: the input is unreadable",
                ));
            }
            let n = f.read(&mut buf).map_err(|e| InputError::io(p, e))?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
            n_total += n as u64;
        }
        Ok(n_total)
    };
    let meta = std::fs::metadata(path).map_err(|e| InputError::io(path, e))?;
    if !meta.is_dir() && !meta.is_file() {
        // A device or a pipe (`/dev/zero`) would be hashed forever.
        return Err(InputError::new(
            path,
            None,
            "not a regular file or folder (a device, pipe or socket); earshot reads files, folders and zips",
        ));
    }
    if meta.is_dir() {
        for entry in walkdir::WalkDir::new(path).sort_by_file_name() {
            let entry = entry.map_err(|e| InputError::new(path, None, e.to_string()))?;
            if entry.file_type().is_file() {
                let rel = entry.path().strip_prefix(path).unwrap_or(entry.path());
                hasher.update(rel.to_string_lossy().as_bytes());
                hasher.update([0]);
                total += feed(entry.path(), &mut hasher)?;
            }
        }
    } else {
        total = feed(path, &mut hasher)?;
    }
    let digest = hasher.finalize();
    Ok((total, digest.iter().map(|b| format!("{b:02x}")).collect()))
}

/// The audited window as [start, end) instants, when a period was asked for.
fn period_window(opts: &AuditOptions) -> Option<(Timestamp, Timestamp)> {
    if opts.since.is_none() && opts.until.is_none() {
        return None;
    }
    let start = opts
        .since
        .and_then(|d| d.to_zoned(opts.timezone.clone()).ok())
        .map(|z| z.timestamp())
        .unwrap_or(Timestamp::MIN);
    let end = opts
        .until
        .and_then(|d| d.tomorrow().ok())
        .and_then(|d| d.to_zoned(opts.timezone.clone()).ok())
        .map(|z| z.timestamp())
        .unwrap_or(Timestamp::MAX);
    Some((start, end))
}

/// The period of equal length just before the audited one, when both ends were given and the
/// archive reaches back that far (its earliest item falls in the first tenth of that period).
fn previous_period(
    opts: &AuditOptions,
    window: Option<(Timestamp, Timestamp)>,
    items: &[Item],
) -> Option<(Timestamp, Timestamp, Date, Date)> {
    let (since, until) = (opts.since?, opts.until?);
    let (start, _) = window?;
    let days = since.until(until).ok()?.get_days() + 1;
    let prev_since = since.checked_sub(days.days()).ok()?;
    let prev_until = since.yesterday().ok()?;
    let prev_start = prev_since.to_zoned(opts.timezone.clone()).ok()?.timestamp();
    let earliest = items.iter().filter_map(|it| it.created_at()).min()?;
    let slack = start.duration_since(prev_start) / 10;
    let covered = earliest <= prev_start.checked_add(slack).ok()?;
    covered.then_some((prev_start, start, prev_since, prev_until))
}

fn organization_name(opts: &AuditOptions, own: &OwnAccounts) -> String {
    if let Some(n) = &opts.name {
        return n.clone();
    }
    if let Some(a) = opts.accounts.first().or(own.accounts.first()) {
        return a.handle.clone();
    }
    opts.inputs
        .first()
        .and_then(|p| p.file_stem())
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "audit".to_string())
}

struct RefMaker<'a> {
    items: &'a [Item],
    classes: &'a Labels,
}

impl RefMaker<'_> {
    fn make(&self, i: usize) -> ItemRef {
        let it = &self.items[i];
        let c = &self.classes[i];
        ItemRef {
            id: it.id.clone().to_string(),
            platform: it.platform.as_str().to_string(),
            author: it.author.clone().to_string(),
            created_at: it.created_at().map(|t| t.to_string()),
            text: it.text.clone().to_string(),
            url: it.link().map(String::from),
            label: c.label.map(|l| l.as_str().to_string()),
            reasons: c.reasons.iter().map(|r| r.to_string()).collect(),
            question: c.inbound.is_some_and(|b| b.question),
            confidence: c.confidence,
        }
    }
}

fn weekly(a: &Analysis<'_>, subset: &[usize], tz: &TimeZone) -> Vec<Week> {
    let mut weeks: BTreeMap<Date, (Week, Vec<i64>)> = BTreeMap::new();
    for &i in subset {
        let Some(t) = a.items[i].created_at() else {
            continue;
        };
        let start = metrics::week_start(t, tz);
        let (w, secs) = weeks.entry(start).or_insert_with(|| {
            (
                Week {
                    start: start.to_string(),
                    ..Week::default()
                },
                Vec::new(),
            )
        });
        match a.classes[i].label {
            Some(Label::Push) => w.push += 1,
            Some(Label::Dialogue) => w.dialogue += 1,
            None => {}
        }
        if a.classes[i].inbound.is_some_and(|b| b.needs_response) {
            w.needs_response += 1;
            if let Some(r) = a.responses.get(i) {
                w.answered += 1;
                secs.extend(r.seconds);
            }
        }
    }
    // Weeks without any item are filled in, so the timeline's x axis is honest.
    let mut out = Vec::new();
    let (Some(&first), Some(&last)) = (weeks.keys().next(), weeks.keys().next_back()) else {
        return out;
    };
    let mut d = first;
    while d <= last {
        match weeks.remove(&d) {
            Some((mut w, mut secs)) => {
                secs.sort_unstable();
                w.median_response_seconds = metrics::median(&secs);
                out.push(w);
            }
            None => out.push(Week {
                start: d.to_string(),
                ..Week::default()
            }),
        }
        match d.checked_add(7.days()) {
            Ok(n) => d = n,
            Err(_) => break,
        }
    }
    out
}

fn unanswered(a: &Analysis<'_>, subset: &[usize], refs: &RefMaker<'_>) -> Vec<ItemRef> {
    let mut list: Vec<usize> = subset
        .iter()
        .copied()
        .filter(|&i| {
            a.classes[i].inbound.is_some_and(|b| b.needs_response) && a.responses.get(i).is_none()
        })
        .collect();
    // Keys borrowed, not cloned per comparison; the item number last keeps the order of a
    // stable sort.
    let key = |i: usize| {
        let it = &a.items[i];
        let question = a.classes[i].inbound.is_some_and(|b| b.question);
        (
            !question,
            it.created_at().is_none(),
            it.created_at(),
            it.id.as_str(),
            i,
        )
    };
    list.par_sort_unstable_by(|&x, &y| key(x).cmp(&key(y)));
    list.into_iter()
        .take(LIST_CAP)
        .map(|i| refs.make(i))
        .collect()
}

fn templated(a: &Analysis<'_>, subset: &[usize]) -> Vec<TemplatedGroup> {
    // The members of every group, one group after the other, each in item order; the groups
    // are then summed up on every core (a large archive's groups have tens of thousands of
    // members each).
    let mut members: Vec<(u32, u32)> = subset
        .iter()
        .filter_map(|&i| a.classes[i].templated_group().map(|g| (g, i as u32)))
        .collect();
    members.par_sort_unstable();
    let groups: Vec<&[(u32, u32)]> = members.chunk_by(|x, y| x.0 == y.0).collect();
    let mut out: Vec<(usize, TemplatedGroup)> = groups
        .into_par_iter()
        .map(|group| {
            // Each person as the grouping counted them.
            let people: HashSet<u64> = group
                .iter()
                .map(|&(_, i)| recipient_key(a.items, a.threads, i as usize))
                .collect();
            let first = group[0].1 as usize;
            let summary = TemplatedGroup {
                text: strip_mentions(&a.items[first].text),
                people: people.len() as u64,
                items: group.len() as u64,
            };
            (first, summary)
        })
        .collect();
    out.sort_by(|(i, x), (j, y)| {
        y.people
            .cmp(&x.people)
            .then(x.text.cmp(&y.text))
            .then(i.cmp(j))
    });
    out.truncate(LIST_CAP);
    out.into_iter().map(|(_, g)| g).collect()
}

/// The text with every `@name` removed: what a templated reply says to everyone.
pub fn strip_mentions(text: &str) -> String {
    text.split_whitespace()
        .filter(|w| !w.starts_with('@'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Up to ten items of each label, spread evenly over the period.
fn samples(a: &Analysis<'_>, subset: &[usize], refs: &RefMaker<'_>) -> Samples {
    let pick = |label: Label| -> Vec<ItemRef> {
        // By time (undated first), then id: the ids are read only when two times are equal.
        // Each key is 16 bytes, a time's seconds and nanoseconds beside the item number: a
        // large archive has hundreds of thousands of items of each label.
        let mut keyed: Vec<((i64, i32), u32)> = subset
            .iter()
            .filter(|&&i| a.classes[i].label == Some(label))
            .map(|&i| {
                let t = a.items[i].created_at();
                let key = t.map_or((i64::MIN, 0), |t| (t.as_second(), t.subsec_nanosecond()));
                (key, i as u32)
            })
            .collect();
        keyed.par_sort_unstable_by(|&(xt, x), &(yt, y)| {
            xt.cmp(&yt).then_with(|| {
                let id = |i: u32| a.items[i as usize].id.as_str();
                (id(x), x).cmp(&(id(y), y))
            })
        });
        let n = keyed.len();
        let k = n.min(10);
        (0..k)
            .map(|j| refs.make(keyed[j * n / k].1 as usize))
            .collect()
    };
    Samples {
        push: pick(Label::Push),
        dialogue: pick(Label::Dialogue),
    }
}

/// Gives the memory freed by a stage back to the system before the next one allocates its own.
/// The parsing threads' batches and the classifier's word pairs are freed in the middle of
/// glibc's heaps, where the threshold set in `main` does not reach; left there, they count in
/// the peak memory of every later stage. It takes about a millisecond.
fn return_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only hands free pages of the allocator's heaps back to the system; no
    // live allocation is touched, and any thread may call it at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

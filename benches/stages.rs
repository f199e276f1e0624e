//! Benchmarks of each stage of the pipeline on a generated X archive (`cargo bench`):
//! reading the bytes, parsing them into items, linking conversations, classifying, pairing
//! responses, computing the figures, and rendering the report. The end-to-end figures against
//! the parse-only floor come from `earshot-bench` (see the README's Performance section).

use std::io::Read;
use std::path::PathBuf;
use std::sync::LazyLock;

use earshot::audit::{self, Audit, AuditOptions};
use earshot::classify::{Classifier, Corpus};
use earshot::ingest::{self, Limits, Source};
use earshot::metrics::{self, Analysis, Settings};
use earshot::model::{Account, OwnAccounts};
use earshot::report;
use earshot::synth::{self, Options, Org, OutputFormat, Period};
use earshot::thread::Threads;

/// Tweets in the benchmarked archive: large enough for the parallel parse to matter, small
/// enough that every stage runs many times in a few seconds.
const TWEETS: u64 = 50_000;

struct Fixture {
    _dir: tempfile::TempDir,
    archive: PathBuf,
    audit: Audit,
    own: OwnAccounts,
}

static FIXTURE: LazyLock<Fixture> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let archive = dir.path().join("x");
    let org = Org::library();
    synth::generate(&Options {
        format: OutputFormat::XFolder,
        seed: 1,
        period: Period::months(&org, jiff::civil::date(2023, 1, 1), 36),
        items: Some(TWEETS),
        out: archive.clone(),
        part_tweets: 0,
    })
    .expect("the archive is written");
    let audit = audit::run(&AuditOptions::new(vec![archive.clone()])).expect("it audits");
    let own = OwnAccounts::new(vec![Account::parse("x:MillbrookLibrary")]);
    Fixture {
        _dir: dir,
        archive,
        audit,
        own,
    }
});

fn main() {
    LazyLock::force(&FIXTURE);
    divan::main();
}

#[divan::bench(sample_count = 10)]
fn read(b: divan::Bencher) {
    b.counter(divan::counter::ItemsCount::new(TWEETS))
        .bench(|| {
            let mut source = Source::open(&FIXTURE.archive, &Limits::default()).unwrap();
            let mut bytes = Vec::new();
            source
                .open_entry("data/tweets.js")
                .unwrap()
                .read_to_end(&mut bytes)
                .unwrap();
            bytes.len()
        });
}

#[divan::bench(sample_count = 10)]
fn parse(b: divan::Bencher) {
    b.counter(divan::counter::ItemsCount::new(TWEETS))
        .bench(|| {
            let loaded = ingest::load(&FIXTURE.archive, 0, &Limits::default());
            loaded
                .into_iter()
                .map(|l| l.unwrap().import.items.len())
                .sum::<usize>()
        });
}

#[divan::bench(sample_count = 10)]
fn link(b: divan::Bencher) {
    b.counter(divan::counter::ItemsCount::new(TWEETS))
        .bench(|| Threads::link(&FIXTURE.audit.items));
}

#[divan::bench(sample_count = 10)]
fn classify(b: divan::Bencher) {
    let a = &FIXTURE.audit;
    let classifier = Classifier::builtin();
    b.counter(divan::counter::ItemsCount::new(TWEETS))
        .bench(|| {
            classifier.classify(&Corpus {
                items: &a.items,
                directions: &a.directions,
                threads: &a.threads,
                own: &FIXTURE.own,
            })
        });
}

#[divan::bench(sample_count = 10)]
fn pair(b: divan::Bencher) {
    let a = &FIXTURE.audit;
    b.counter(divan::counter::ItemsCount::new(TWEETS))
        .bench(|| {
            metrics::pairing::pair(&a.items, &a.directions, &a.threads, |i| {
                a.classes[i].inbound.is_some_and(|x| x.directed)
            })
        });
}

#[divan::bench(sample_count = 10)]
fn figures(b: divan::Bencher) {
    let a = &FIXTURE.audit;
    let analysis = Analysis {
        items: &a.items,
        directions: &a.directions,
        threads: &a.threads,
        classes: &a.classes,
        responses: &a.responses,
    };
    let subset: Vec<usize> = (0..a.items.len()).collect();
    let settings = Settings {
        timezone: jiff::tz::TimeZone::UTC,
        business_hours: Default::default(),
        thresholds: Default::default(),
    };
    b.counter(divan::counter::ItemsCount::new(TWEETS))
        .bench(|| metrics::figures(&analysis, &subset, &settings));
}

#[divan::bench(sample_count = 10)]
fn render(b: divan::Bencher) {
    let a = &FIXTURE.audit;
    b.counter(divan::counter::ItemsCount::new(TWEETS))
        .bench(|| {
            let rows = report::rows(a);
            report::render(&a.summary, &rows).unwrap().len()
        });
}

/// Replies in the crafted conversation of `long_conversation`.
const CONVERSATION_REPLIES: usize = 100_000;

/// One conversation of a hundred thousand replies, the organization and one person taking
/// turns: linking and pairing it must stay linear in its length. Pairing each inbound item with
/// every outbound item of its conversation would take minutes here.
#[divan::bench(sample_count = 10)]
fn long_conversation(b: divan::Bencher) {
    use earshot::model::{Direction, Item, Platform};
    let items: Vec<Item> = (0..CONVERSATION_REPLIES)
        .map(|i| {
            let author = if i % 2 == 1 { "org" } else { "ann" };
            let mut it = Item::new(Platform::X, format!("t{i}"), author);
            it.in_reply_to = (i > 0).then(|| format!("t{}", i - 1)).map(Into::into);
            it.set_created_at(Some(
                jiff::Timestamp::from_second(1_754_000_000 + i as i64 * 60).unwrap(),
            ));
            it
        })
        .collect();
    let directions: Vec<Direction> = (0..CONVERSATION_REPLIES)
        .map(|i| {
            if i % 2 == 1 {
                Direction::Outbound
            } else {
                Direction::Inbound
            }
        })
        .collect();
    b.counter(divan::counter::ItemsCount::new(CONVERSATION_REPLIES))
        .bench(|| {
            let threads = Threads::link(&items);
            metrics::pairing::pair(&items, &directions, &threads, |i| {
                directions[i] == Direction::Inbound
            })
            .iter()
            .count()
        });
}

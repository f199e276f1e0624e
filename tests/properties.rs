//! Properties of the conversation linker and the response pairing that must hold for any input,
//! however tangled: reply cycles (A replies to B replies to A), self-replies, duplicate ids,
//! parents dated after their replies, and parents missing from the archive.

use std::collections::{BTreeMap, BTreeSet};

use earshot::audit::{self, AuditOptions};
use earshot::metrics::pairing;
use earshot::model::{Account, Direction, Item, Platform};
use earshot::thread::Threads;
use jiff::Timestamp;
use proptest::prelude::*;

const ORG: &str = "org";
const PEOPLE: &[&str] = &[ORG, "ann", "bob", "cy"];
const TEXTS: &[&str] = &[
    "@org can you help with my order?",
    "@ann thanks, we are on it",
    "New opening hours from Monday",
    "@org why is nobody answering?",
    "@bob sorry to hear that, please DM us",
    "lovely day",
];
/// Ids are drawn from a small pool, so duplicates, self-replies and cycles are common; ids past
/// the pool's used part are parents that are missing from the archive.
const ID_POOL: u32 = 14;
const BASE: i64 = 1_754_000_000;

#[derive(Debug, Clone)]
struct Spec {
    id: u32,
    parent: Option<u32>,
    author: usize,
    /// Seconds after BASE; `None` is undated.
    at: Option<i64>,
    text: usize,
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        0..ID_POOL,
        prop::option::weighted(0.7, 0..ID_POOL + 4),
        0..PEOPLE.len(),
        prop::option::weighted(0.9, 0i64..10 * 86_400),
        0..TEXTS.len(),
    )
        .prop_map(|(id, parent, author, at, text)| Spec {
            id,
            parent,
            author,
            at,
            text,
        })
}

fn item(s: &Spec) -> Item {
    let mut it = Item::new(Platform::X, format!("t{}", s.id), PEOPLE[s.author]);
    it.in_reply_to = s.parent.map(|p| format!("t{p}").into());
    it.set_created_at(s.at.map(|a| Timestamp::from_second(BASE + a).unwrap()));
    it.text = TEXTS[s.text].into();
    it
}

fn directions(items: &[Item]) -> Vec<Direction> {
    items
        .iter()
        .map(|it| {
            if it.author == ORG {
                Direction::Outbound
            } else {
                Direction::Inbound
            }
        })
        .collect()
}

/// Conversations as sets of ids, which do not depend on positions in the input.
fn conversations_by_id(items: &[Item], t: &Threads) -> BTreeSet<(String, BTreeSet<String>)> {
    t.conversations()
        .enumerate()
        .map(|(c, m)| {
            (
                t.conversation_key(items, c).to_string(),
                m.map(|i| items[i].id.to_string()).collect(),
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_item_is_in_exactly_one_conversation(specs in prop::collection::vec(spec(), 0..30)) {
        let items: Vec<Item> = specs.iter().map(item).collect();
        let t = Threads::link(&items);
        prop_assert_eq!(t.conversations().count(), t.count());
        let mut seen = vec![0u32; items.len()];
        for (c, members) in t.conversations().enumerate() {
            prop_assert!(members.len() > 0, "no empty conversation");
            for i in members {
                seen[i] += 1;
                prop_assert_eq!(t.conversation(i), c);
            }
        }
        prop_assert!(seen.iter().all(|&n| n == 1), "membership counts {:?}", seen);
        for i in 0..items.len() {
            if let Some(p) = t.parent(i) {
                prop_assert_ne!(p, i, "no item is its own parent");
                prop_assert_eq!(t.conversation(p), t.conversation(i), "a reply shares its parent's conversation");
                prop_assert_eq!(Some(&items[p].id), items[i].in_reply_to.as_ref());
            }
        }
    }

    #[test]
    fn no_response_time_is_negative_and_every_response_is_ours_and_in_the_conversation(
        specs in prop::collection::vec(spec(), 0..30)
    ) {
        let items: Vec<Item> = specs.iter().map(item).collect();
        let dirs = directions(&items);
        let t = Threads::link(&items);
        let responses = pairing::pair(&items, &dirs, &t, |i| dirs[i] == Direction::Inbound);
        for (i, r) in responses.iter() {
            prop_assert_eq!(dirs[i], Direction::Inbound);
            prop_assert_eq!(dirs[r.by], Direction::Outbound);
            prop_assert_eq!(t.conversation(r.by), t.conversation(i));
            if let Some(s) = r.seconds {
                prop_assert!(s >= 0, "response time {} for item {}", s, i);
            }
        }
    }

    #[test]
    fn pairing_finds_the_same_first_response_as_the_metrics_rules_read_literally(
        specs in prop::collection::vec(spec(), 0..30)
    ) {
        let items: Vec<Item> = specs.iter().map(item).collect();
        let dirs = directions(&items);
        let t = Threads::link(&items);
        let fast = pairing::pair(&items, &dirs, &t, |i| dirs[i] == Direction::Inbound);
        let fast: Vec<Option<_>> = (0..items.len()).map(|i| fast.get(i)).collect();
        prop_assert_eq!(fast, literal_pairing(&items, &dirs, &t));
    }

    #[test]
    fn conversations_do_not_depend_on_input_order(
        specs in prop::collection::vec(spec(), 0..30),
        seed in any::<u64>(),
    ) {
        // One item per id: with duplicates the first one read wins, which is order by design.
        let mut unique: BTreeMap<u32, Spec> = BTreeMap::new();
        for s in specs {
            unique.entry(s.id).or_insert(s);
        }
        let items: Vec<Item> = unique.values().map(item).collect();
        let shuffled = shuffle(items.clone(), seed);
        prop_assert_eq!(
            conversations_by_id(&items, &Threads::link(&items)),
            conversations_by_id(&shuffled, &Threads::link(&shuffled))
        );
    }
}

/// METRICS.md's pairing rule checked pair by pair: an outbound item in I's conversation answers
/// I when it replies to I, or when it is dated at or after I and replies to another item by I's
/// author; the first answer is the earliest (dated before undated, then input order).
fn literal_pairing(
    items: &[Item],
    dirs: &[Direction],
    t: &Threads,
) -> Vec<Option<pairing::Response>> {
    (0..items.len())
        .map(|i| {
            if dirs[i] != Direction::Inbound {
                return None;
            }
            let ti = items[i].created_at();
            (0..items.len())
                .filter(|&o| {
                    dirs[o] == Direction::Outbound && t.conversation(o) == t.conversation(i)
                })
                .filter(|&o| {
                    let direct = t.parent(o) == Some(i);
                    let later_to_same_person = t
                        .parent(o)
                        .is_some_and(|p| p != i && items[p].author == items[i].author)
                        && matches!((items[o].created_at(), ti), (Some(a), Some(b)) if a >= b);
                    direct || later_to_same_person
                })
                .min_by_key(|&o| (items[o].created_at().is_none(), items[o].created_at(), o))
                .map(|o| pairing::Response {
                    by: o,
                    seconds: match (items[o].created_at(), ti) {
                        (Some(a), Some(b)) => Some(a.duration_since(b).as_secs().max(0)),
                        _ => None,
                    },
                })
        })
        .collect()
}

/// A deterministic Fisher-Yates shuffle (proptest picks the seed, so failures replay).
fn shuffle<T>(mut v: Vec<T>, mut seed: u64) -> Vec<T> {
    for i in (1..v.len()).rev() {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let j = (seed >> 33) as usize % (i + 1);
        v.swap(i, j);
    }
    v
}

/// The specs as earshot CSV rows (header included), in the given order.
fn csv_of(specs: &[Spec]) -> String {
    let mut out = String::from("id,platform,author,created_at,in_reply_to,text\n");
    for s in specs {
        let at =
            s.at.map(|a| Timestamp::from_second(BASE + a).unwrap().to_string())
                .unwrap_or_default();
        let parent = s.parent.map(|p| format!("t{p}")).unwrap_or_default();
        out.push_str(&format!(
            "t{},x,{},{at},{parent},\"{}\"\n",
            s.id, PEOPLE[s.author], TEXTS[s.text]
        ));
    }
    out
}

/// The figures of a whole audit of `csv`: counts, overall and per platform.
fn figures_of(csv: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("items.csv");
    std::fs::write(&path, csv).unwrap();
    let mut opts = AuditOptions::new(vec![path]);
    opts.accounts = vec![Account::parse(ORG)];
    opts.name = Some("org".into());
    let a = audit::run(&opts).expect("the audit runs");
    for (_, r) in a.responses.iter() {
        assert!(r.seconds.is_none_or(|s| s >= 0));
    }
    serde_json::json!({
        "counts": a.summary.counts,
        "overall": a.summary.overall,
        "platforms": a.summary.platforms,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn summary_figures_do_not_depend_on_input_order(
        specs in prop::collection::vec(spec(), 1..25),
        seed in any::<u64>(),
    ) {
        // Duplicate ids are kept, as exact copies: whichever copy is read first, it is the same.
        let mut first: BTreeMap<u32, Spec> = BTreeMap::new();
        let specs: Vec<Spec> = specs
            .into_iter()
            .map(|s| first.entry(s.id).or_insert(s).clone())
            .collect();
        let shuffled = shuffle(specs.clone(), seed);
        prop_assert_eq!(figures_of(&csv_of(&specs)), figures_of(&csv_of(&shuffled)));
    }
}

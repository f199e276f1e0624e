//! Response pairing: which outbound item first answered each directed inbound item.
//!
//! METRICS.md: an outbound item answers inbound item I (by person P at time t) when it replies to I
//! directly, or when it is in I's conversation, posted at or after t, and replies to another item by
//! P. The first response is the earliest such item; response time is its time minus t.

use hashbrown::HashMap;

use jiff::Timestamp;

use crate::model::{Direction, Item};
use crate::thread::Threads;

/// The first response to one inbound item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Response {
    /// Index of the answering outbound item.
    pub by: usize,
    /// Whole seconds from the inbound item to the answer; `None` when either is undated. Never
    /// negative: a direct reply stamped before its parent (clock skew) counts as immediate.
    pub seconds: Option<i64>,
}

/// The first response of every item that has one, looked up by the item's index.
///
/// Only answered items are kept, in index order: an archive of the organization's own posts
/// holds no entry at all, where a list with a place for every item would cost 32 bytes per item.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Responses {
    /// The answered items' indexes, ascending, with their first responses.
    answered: Vec<(usize, Response)>,
}

impl Responses {
    /// Item `i`'s first response, or `None`.
    pub fn get(&self, i: usize) -> Option<Response> {
        self.answered
            .binary_search_by_key(&i, |&(j, _)| j)
            .ok()
            .map(|k| self.answered[k].1)
    }

    /// The answered items and their first responses, in index order.
    pub fn iter(&self) -> impl Iterator<Item = (usize, Response)> + '_ {
        self.answered.iter().copied()
    }
}

/// Pairs every item for which `wanted` is true with its first response, if any.
///
/// Runs in O(n log n): the outbound replies are indexed once by the item they answer and, per
/// conversation, by the person they answer, sorted by time. Comparing every inbound item with
/// every outbound item of its conversation would take hours on one long crafted thread.
pub fn pair(
    items: &[Item],
    directions: &[Direction],
    threads: &Threads,
    wanted: impl Fn(usize) -> bool,
) -> Responses {
    let mut direct: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut to_person: HashMap<(usize, &str), Vec<(Timestamp, usize)>> = HashMap::new();
    for (o, it) in items.iter().enumerate() {
        if directions[o] != Direction::Outbound {
            continue;
        }
        let Some(p) = threads.parent(o) else {
            continue;
        };
        direct.entry(p).or_default().push(o);
        if let Some(to) = it.created_at() {
            to_person
                .entry((threads.conversation(o), items[p].author.as_str()))
                .or_default()
                .push((to, o));
        }
    }
    for list in to_person.values_mut() {
        list.sort_unstable();
    }
    let mut out = Responses::default();
    for (i, it) in items.iter().enumerate() {
        if directions[i] != Direction::Inbound || !wanted(i) {
            continue;
        }
        let t = it.created_at();
        let mut best: Option<(Option<Timestamp>, usize)> = None;
        let mut consider = |o: usize| {
            let key = (items[o].created_at(), o);
            if best.is_none_or(|b| earlier(key, b)) {
                best = Some(key);
            }
        };
        // A direct reply answers whenever it was posted (clock skew can date it earlier).
        for &o in direct.get(&i).map(Vec::as_slice).unwrap_or_default() {
            consider(o);
        }
        // Otherwise the earliest reply, at or after t, to another item by the same person in
        // the same conversation.
        if let Some(ti) = t
            && let Some(list) = to_person.get(&(threads.conversation(i), it.author.as_str()))
        {
            let k = list.partition_point(|&(to, _)| to < ti);
            if let Some(&(_, o)) = list.get(k) {
                consider(o);
            }
        }
        if let Some((to, o)) = best {
            out.answered.push((
                i,
                Response {
                    by: o,
                    seconds: match (to, t) {
                        (Some(to), Some(ti)) => Some(to.duration_since(ti).as_secs().max(0)),
                        _ => None,
                    },
                },
            ));
        }
    }
    out.answered.shrink_to_fit();
    out
}

/// Dated before undated, then by time, then by input position.
fn earlier(a: (Option<Timestamp>, usize), b: (Option<Timestamp>, usize)) -> bool {
    let ka = (a.0.is_none(), a.0, a.1);
    let kb = (b.0.is_none(), b.0, b.1);
    ka < kb
}

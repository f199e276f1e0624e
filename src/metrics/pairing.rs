//! Response pairing: which outbound item first answered each directed inbound item.
//!
//! METRICS.md: an outbound item answers inbound item I (by person P at time t) when it replies to I
//! directly, or when it is in I's conversation, posted at or after t, and replies to another item by
//! P. The first response is the earliest such item; response time is its time minus t.

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

/// Pairs every item for which `wanted` is true with its first response, if any.
pub fn pair(
    items: &[Item],
    directions: &[Direction],
    threads: &Threads,
    wanted: impl Fn(usize) -> bool,
) -> Vec<Option<Response>> {
    let mut out = vec![None; items.len()];
    for (c, members) in threads.members.iter().enumerate() {
        let outbound: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&o| directions[o] == Direction::Outbound)
            .collect();
        if outbound.is_empty() {
            continue;
        }
        for &i in members {
            if directions[i] != Direction::Inbound || !wanted(i) {
                continue;
            }
            debug_assert_eq!(threads.conversation[i], c);
            let person = &items[i].author;
            let t = items[i].created_at;
            let mut best: Option<(Option<Timestamp>, usize)> = None;
            for &o in &outbound {
                let direct = threads.parent[o] == Some(i);
                let same_person_later = !direct
                    && threads.parent[o].is_some_and(|p| p != i && &items[p].author == person)
                    && match (items[o].created_at, t) {
                        (Some(to), Some(ti)) => to >= ti,
                        _ => false,
                    };
                if !(direct || same_person_later) {
                    continue;
                }
                let key = (items[o].created_at, o);
                let better = match best {
                    None => true,
                    Some(b) => earlier(key, b),
                };
                if better {
                    best = Some(key);
                }
            }
            out[i] = best.map(|(to, o)| Response {
                by: o,
                seconds: match (to, t) {
                    (Some(to), Some(ti)) => Some(to.duration_since(ti).as_secs().max(0)),
                    _ => None,
                },
            });
        }
    }
    out
}

/// Dated before undated, then by time, then by input position.
fn earlier(a: (Option<Timestamp>, usize), b: (Option<Timestamp>, usize)) -> bool {
    let ka = (a.0.is_none(), a.0, a.1);
    let kb = (b.0.is_none(), b.0, b.1);
    ka < kb
}

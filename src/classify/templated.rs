//! Templated replies: the same (or nearly the same) text sent to several different people.
//!
//! Each reply becomes a set of word pairs (its @names and links removed), summarized by a MinHash
//! signature; signatures are cut into bands and replies sharing a band land in one bucket
//! (locality-sensitive hashing). Only replies in a common bucket are compared, and each bucket
//! keeps a few representatives to compare against, so the work grows with the number of replies,
//! not its square: an archive of 600,000 items is grouped in one pass. Replies whose word pairs
//! overlap enough (Jaccard similarity) are joined with union-find; a group counts as templated
//! when it reached enough different people.

use std::collections::{HashMap, HashSet};

/// One outbound reply that may belong to a template.
#[derive(Debug, Clone)]
pub struct Reply {
    /// The text's word pairs (see [`Reply::new`]); empty when it has too few words to count.
    pub shingles: Vec<u64>,
    /// Who it was sent to (a handle, or the handles it starts with), lower case.
    pub recipient: String,
}

impl Reply {
    /// A reply from the lower-case words of its text (@names and links removed). Only the
    /// hashed word pairs are kept: a large archive has hundreds of thousands of replies.
    pub fn new(words: &[String], recipient: String, min_words: usize) -> Reply {
        Reply {
            shingles: if words.len() < min_words {
                Vec::new()
            } else {
                shingle(words)
            },
            recipient,
        }
    }
}

/// Matching parameters (from the rules' settings).
#[derive(Debug, Clone, Copy)]
pub struct Params {
    pub min_recipients: usize,
    pub similarity: f64,
}

const BANDS: usize = 10;
const ROWS: usize = 3;
/// Representatives kept per bucket: enough to catch a template's variants, few enough to keep
/// the work linear when one bucket holds thousands of copies.
const REPRESENTATIVES: usize = 4;

/// For each reply, the templated group it belongs to (groups numbered from 0 in order of their
/// first reply), or `None`.
pub fn group(replies: &[Reply], p: Params) -> Vec<Option<usize>> {
    let shingles: Vec<&[u64]> = replies.iter().map(|r| r.shingles.as_slice()).collect();
    let mut uf: Vec<usize> = (0..replies.len()).collect();
    let mut buckets: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, sh) in shingles.iter().enumerate() {
        if sh.is_empty() {
            continue;
        }
        let sig = signature(sh);
        for b in 0..BANDS {
            let key = band_key(b, &sig[b * ROWS..(b + 1) * ROWS]);
            let reps = buckets.entry(key).or_default();
            let mut matched = false;
            for &r in reps.iter() {
                if find(&mut uf, r) == find(&mut uf, i) {
                    matched = true;
                    continue;
                }
                if jaccard(sh, shingles[r]) >= p.similarity {
                    union(&mut uf, r, i);
                    matched = true;
                }
            }
            if !matched && reps.len() < REPRESENTATIVES {
                reps.push(i);
            }
        }
    }
    let mut people: HashMap<usize, HashSet<&str>> = HashMap::new();
    for (i, r) in replies.iter().enumerate() {
        if !shingles[i].is_empty() {
            let root = find(&mut uf, i);
            people.entry(root).or_default().insert(r.recipient.as_str());
        }
    }
    let mut ids: HashMap<usize, usize> = HashMap::new();
    let mut out = vec![None; replies.len()];
    for (i, slot) in out.iter_mut().enumerate() {
        if shingles[i].is_empty() {
            continue;
        }
        let root = find(&mut uf, i);
        if people[&root].len() >= p.min_recipients {
            let next = ids.len();
            *slot = Some(*ids.entry(root).or_insert(next));
        }
    }
    out
}

/// Hashed word pairs, sorted and unique.
fn shingle(words: &[String]) -> Vec<u64> {
    let mut out: Vec<u64> = words
        .windows(2)
        .map(|w| fnv(w[0].as_bytes()) ^ fnv(w[1].as_bytes()).rotate_left(17))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn signature(shingles: &[u64]) -> [u64; BANDS * ROWS] {
    let mut sig = [u64::MAX; BANDS * ROWS];
    for &s in shingles {
        for (k, slot) in sig.iter_mut().enumerate() {
            let h = mix(s ^ (k as u64).wrapping_mul(0x2545_f491_4f6c_dd1d));
            if h < *slot {
                *slot = h;
            }
        }
    }
    sig
}

fn band_key(band: usize, rows: &[u64]) -> u64 {
    rows.iter()
        .fold(mix(band as u64), |acc, &r| mix(acc ^ r.rotate_left(7)))
}

/// |a ∩ b| / |a ∪ b| of two sorted, unique lists.
fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / (a.len() + b.len() - common) as f64
}

fn find(uf: &mut [usize], mut x: usize) -> usize {
    while uf[x] != x {
        uf[x] = uf[uf[x]];
        x = uf[x];
    }
    x
}

fn union(uf: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(uf, a), find(uf, b));
    if ra != rb {
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        uf[hi] = lo;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(text: &str, to: &str) -> Reply {
        Reply::new(&super::super::text::words(text), to.to_string(), MIN_WORDS)
    }

    const P: Params = Params {
        min_recipients: 3,
        similarity: 0.6,
    };
    const MIN_WORDS: usize = 5;

    #[test]
    fn near_identical_replies_to_three_people_form_one_group() {
        let r = vec![
            reply(
                "@a We are sorry for any inconvenience. Please DM us your order number. ^JD",
                "a",
            ),
            reply(
                "@b We are sorry for any inconvenience. Please DM us your order number. ^KL",
                "b",
            ),
            reply(
                "@c We're sorry for any inconvenience. Please DM us your order number.",
                "c",
            ),
            reply(
                "@d Lovely to hear the garden looks good again after the storm!",
                "d",
            ),
        ];
        let g = group(&r, P);
        assert_eq!(g[0], Some(0));
        assert_eq!(g[1], Some(0));
        assert_eq!(g[2], Some(0));
        assert_eq!(g[3], None);
    }

    #[test]
    fn the_same_text_to_the_same_person_is_not_a_template() {
        let text = "@a Thanks for the honour, proud to be selected for the awards!";
        let r = vec![reply(text, "a"), reply(text, "a"), reply(text, "a")];
        assert_eq!(group(&r, P), vec![None, None, None]);
    }

    #[test]
    fn short_courtesies_are_never_templates() {
        let r = vec![
            reply("@a Thank you!", "a"),
            reply("@b Thank you!", "b"),
            reply("@c Thank you!", "c"),
        ];
        assert_eq!(group(&r, P), vec![None, None, None]);
    }

    #[test]
    fn thousands_of_copies_are_grouped_without_comparing_every_pair() {
        let r: Vec<Reply> = (0..5000)
            .map(|n| {
                reply(
                    &format!(
                        "@u{n} Sorry to hear that, please send us a DM with your booking reference"
                    ),
                    &format!("u{n}"),
                )
            })
            .collect();
        let g = group(&r, P);
        assert!(g.iter().all(|&x| x == Some(0)));
    }
}

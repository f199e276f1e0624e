//! Threads: reply links turned into conversations.
//!
//! A conversation is a connected group of items: a reply joins its parent's conversation, replies
//! whose parent is missing from the archive are grouped under that missing parent's id (so
//! siblings stay together), and items without reply links but with the same conversation hint
//! share one. Grouping uses union-find over those links, so the result does not depend on the
//! order of the input, and reply cycles (which a crafted archive can contain) cannot loop.

use hashbrown::HashMap;
use std::hash::{BuildHasher, Hash, Hasher};

use hashbrown::HashTable;
use rayon::prelude::*;

use crate::model::{Item, Platform};

/// Reply links and conversations for a list of items, by index into that list.
///
/// Built for archives of millions of items: the id index used while linking holds item numbers
/// only (the ids stay in the items) and is not kept, and conversations are stored as one flat
/// list of members with offsets.
///
/// Item and conversation numbers are kept as `u32` (linking refuses two billion items): half
/// the memory of `usize` in five lists as long as the archive.
#[derive(Debug, Clone)]
pub struct Threads {
    /// The parent's index where the parent is in the archive, else [`NONE`].
    parent: Vec<u32>,
    /// The conversation each item belongs to, numbered from 0 (see [`Threads::conversation_key`]).
    conversation: Vec<u32>,
    /// Each conversation's key, as the item it is read from: its root's id (the first item
    /// with that id, see [`Threads::root`]), or (with [`PARENT_ID`] set) the missing parent's id
    /// the item replies to. An item number rather
    /// than a copy of the id: 4 bytes per conversation instead of 24.
    keys: Vec<u32>,
    /// Items of every conversation, in input order, one conversation after the other.
    members: Vec<u32>,
    /// Where each conversation's members start in `members` (one more entry than conversations).
    starts: Vec<u32>,
}

/// No item: the parent of an item whose parent is not in the archive.
const NONE: u32 = u32::MAX;

/// Marks a conversation key read from the item's `in_reply_to` rather than its `id`.
const PARENT_ID: u32 = 1 << 31;

fn hash_key(hasher: &impl BuildHasher, platform: &Platform, id: &str) -> u64 {
    let mut h = hasher.build_hasher();
    platform.hash(&mut h);
    id.hash(&mut h);
    h.finish()
}

/// Item numbers by (platform, id), the first item of each, in parts that are built on every
/// core at once. The part is chosen by bits of the key's hash that the tables themselves do not
/// read (hashbrown takes the bucket from the low bits and its control byte from the top seven),
/// so each part's table spreads as well as one table would.
#[derive(Debug, Clone)]
struct IdIndex {
    parts: Vec<HashTable<u32>>,
}

const INDEX_PARTS: usize = 16;

fn part_of(hash: u64) -> usize {
    (hash >> 32) as usize % INDEX_PARTS
}

impl IdIndex {
    /// The index of `items`, whose keys hash to `hashes`.
    fn build(items: &[Item], hashes: &[u64]) -> IdIndex {
        let mut members: Vec<Vec<u32>> = vec![Vec::new(); INDEX_PARTS];
        for (i, &h) in hashes.iter().enumerate() {
            members[part_of(h)].push(i as u32);
        }
        let parts = members
            .into_par_iter()
            .map(|m| {
                let mut table: HashTable<u32> = HashTable::with_capacity(m.len());
                // In item order, so the first item with a key is the one kept.
                for i in m {
                    let (h, it) = (hashes[i as usize], &items[i as usize]);
                    if find_in(&table, h, items, &it.platform, &it.id).is_none() {
                        table.insert_unique(h, i, |&j| hashes[j as usize]);
                    }
                }
                table
            })
            .collect();
        IdIndex { parts }
    }

    /// The item with this platform and id, whose key hashes to `hash`.
    fn find(&self, hash: u64, items: &[Item], platform: &Platform, id: &str) -> Option<usize> {
        find_in(&self.parts[part_of(hash)], hash, items, platform, id)
    }
}

/// Whether each item is the first with its platform and id: the one the id index keeps, and
/// the one an audit keeps of duplicates.
pub fn first_of_each_id(items: &[Item]) -> Vec<bool> {
    let hasher = hashbrown::DefaultHashBuilder::default();
    let hashes: Vec<u64> = items
        .par_iter()
        .map(|it| hash_key(&hasher, &it.platform, &it.id))
        .collect();
    let index = IdIndex::build(items, &hashes);
    items
        .par_iter()
        .zip(&hashes)
        .enumerate()
        .map(|(i, (it, &h))| index.find(h, items, &it.platform, &it.id) == Some(i))
        .collect()
}

fn find_in(
    table: &HashTable<u32>,
    hash: u64,
    items: &[Item],
    platform: &Platform,
    id: &str,
) -> Option<usize> {
    table
        .find(hash, |&j| {
            let o = &items[j as usize];
            o.id == id && o.platform == *platform
        })
        .map(|&j| j as usize)
}

impl Threads {
    /// Links `items`. Where two items share a platform and id, the first is the one linked to.
    pub fn link(items: &[Item]) -> Threads {
        assert!(
            items.len() < PARENT_ID as usize,
            "more than two billion items in one audit"
        );
        let hasher = hashbrown::DefaultHashBuilder::default();
        // The hashes of every id and parent id, made on every core.
        let (ids, parents): (Vec<u64>, Vec<u64>) = items
            .par_iter()
            .map(|it| {
                let id = hash_key(&hasher, &it.platform, &it.id);
                let parent = it
                    .in_reply_to
                    .as_deref()
                    .map_or(0, |p| hash_key(&hasher, &it.platform, p));
                (id, parent)
            })
            .unzip();
        let index = IdIndex::build(items, &ids);
        // Each reply's parent, where the archive has it, looked up on every core.
        let found: Vec<Option<u32>> = items
            .par_iter()
            .zip(&parents)
            .map(|(it, &h)| {
                let p = it.in_reply_to.as_deref()?;
                index.find(h, items, &it.platform, p).map(|j| j as u32)
            })
            .collect();
        let mut uf = UnionFind::new(items.len());
        let mut parent = vec![NONE; items.len()];
        // Groups of items tied by a missing parent (the first reply to each missing parent, by
        // the parent id's hash made above) or by a conversation hint.
        let orphans = items
            .iter()
            .zip(&found)
            .filter(|(it, f)| it.in_reply_to.is_some() && f.is_none())
            .count();
        let mut missing: HashTable<u32> = HashTable::with_capacity(orphans);
        let mut hinted: HashMap<(&Platform, &str), usize> = HashMap::new();
        // Whether each item's parent id is missing from the archive.
        let mut orphan = vec![false; items.len()];
        for (i, it) in items.iter().enumerate() {
            if let Some(p) = it.in_reply_to.as_deref() {
                match found[i].map(|j| j as usize) {
                    Some(j) if j != i => {
                        parent[i] = j as u32;
                        uf.union(i, j);
                    }
                    Some(_) => {}
                    None => {
                        orphan[i] = true;
                        let h = parents[i];
                        let same = |&j: &u32| {
                            let o = &items[j as usize];
                            o.platform == it.platform && o.in_reply_to.as_deref() == Some(p)
                        };
                        let first = match missing.find(h, same) {
                            Some(&j) => j as usize,
                            None => {
                                missing.insert_unique(h, i as u32, |&j| parents[j as usize]);
                                i
                            }
                        };
                        uf.union(i, first);
                    }
                }
            }
            if let Some(h) = it.conversation_hint.as_deref() {
                let first = *hinted.entry((&it.platform, h)).or_insert(i);
                uf.union(i, first);
            }
        }
        drop(missing);
        drop(hinted);
        drop((found, parents));

        // Pick each group's key deterministically, whatever the input order: the earliest root
        // (no reply link), else the smallest missing parent id, else (a pure cycle) the smallest id.
        let candidate = |i: usize| -> Candidate<'_> {
            let it = &items[i];
            match &it.in_reply_to {
                None => (0, it.created_at(), it.id.as_str()),
                Some(p) if orphan[i] => (1, None, p.as_str()),
                _ => (2, None, it.id.as_str()),
            }
        };
        let mut best: Vec<u32> = vec![NONE; items.len()];
        for i in 0..items.len() {
            let root = uf.find(i);
            let slot = &mut best[root];
            if *slot == NONE || key_order(&candidate(i)) < key_order(&candidate(*slot as usize)) {
                *slot = i as u32;
            }
        }
        // Conversations are numbered in the order of their first member.
        let mut group_of_root: Vec<u32> = vec![NONE; items.len()];
        let mut keys: Vec<u32> = Vec::new();
        let mut conversation = Vec::with_capacity(items.len());
        let mut sizes: Vec<u32> = Vec::new();
        for i in 0..items.len() {
            let root = uf.find(i);
            if group_of_root[root] == NONE {
                group_of_root[root] = keys.len() as u32;
                let b = best[root];
                let orphan_key = candidate(b as usize).0 == 1;
                keys.push(if orphan_key {
                    b | PARENT_ID
                } else {
                    // The first item with the key's id, which is the one [`Threads::root`]
                    // gives (an audit has removed the others; a corpus may not have).
                    let it = &items[b as usize];
                    index
                        .find(ids[b as usize], items, &it.platform, &it.id)
                        .map_or(b, |j| j as u32)
                });
                sizes.push(0);
            }
            let g = group_of_root[root];
            sizes[g as usize] += 1;
            conversation.push(g);
        }
        drop((best, group_of_root, index, ids));
        let mut starts: Vec<u32> = Vec::with_capacity(keys.len() + 1);
        let mut total = 0;
        for s in &sizes {
            starts.push(total);
            total += s;
        }
        starts.push(total);
        drop(sizes);
        let mut fill = starts.clone();
        let mut members = vec![0; items.len()];
        for (i, &g) in conversation.iter().enumerate() {
            let slot = &mut fill[g as usize];
            members[*slot as usize] = i as u32;
            *slot += 1;
        }
        keys.shrink_to_fit();
        Threads {
            parent,
            conversation,
            keys,
            members,
            starts,
        }
    }

    /// The item whose id is the key of conversation `c` (its root, or the smallest id of a
    /// reply cycle), where the archive has it: none when the key is a missing parent's id.
    pub fn root(&self, c: usize) -> Option<usize> {
        let k = self.keys[c];
        (k & PARENT_ID == 0).then_some(k as usize)
    }

    /// The index of item `i`'s parent, where the parent is in the archive.
    pub fn parent(&self, i: usize) -> Option<usize> {
        let p = self.parent[i];
        (p != NONE).then_some(p as usize)
    }

    /// The conversation item `i` belongs to, numbered from 0 (see [`Threads::conversation_key`]).
    pub fn conversation(&self, i: usize) -> usize {
        self.conversation[i] as usize
    }

    /// How many conversations there are.
    pub fn count(&self) -> usize {
        self.keys.len()
    }

    /// The key of conversation `c`; `items` are the items the threads were linked from.
    pub fn conversation_key<'a>(&self, items: &'a [Item], c: usize) -> &'a str {
        let k = self.keys[c];
        let it = &items[(k & !PARENT_ID) as usize];
        if k & PARENT_ID != 0 {
            it.in_reply_to.as_deref().unwrap_or_default()
        } else {
            &it.id
        }
    }

    /// The conversation key of item `i`; `items` are the items the threads were linked from.
    pub fn key<'a>(&self, items: &'a [Item], i: usize) -> &'a str {
        self.conversation_key(items, self.conversation(i))
    }

    /// The items of conversation `c`, in input order.
    pub fn members(&self, c: usize) -> impl ExactSizeIterator<Item = usize> + Clone + '_ {
        self.members[self.starts[c] as usize..self.starts[c + 1] as usize]
            .iter()
            .map(|&i| i as usize)
    }

    /// Every conversation's items, conversation by conversation.
    pub fn conversations(&self) -> impl Iterator<Item = impl ExactSizeIterator<Item = usize>> {
        (0..self.keys.len()).map(|c| self.members(c))
    }
}

/// A conversation key candidate: rank (root, missing parent, cycle), time, and id.
type Candidate<'a> = (u8, Option<jiff::Timestamp>, &'a str);

/// Roots sort first, then by time (undated last), then by id.
fn key_order<'a>(c: &Candidate<'a>) -> (u8, bool, Option<jiff::Timestamp>, &'a str) {
    (c.0, c.1.is_none(), c.1, c.2)
}

struct UnionFind {
    parent: Vec<u32>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind {
            parent: (0..n as u32).collect(),
        }
    }

    fn find(&mut self, x: usize) -> usize {
        let mut x = x as u32;
        while self.parent[x as usize] != x {
            self.parent[x as usize] = self.parent[self.parent[x as usize] as usize];
            x = self.parent[x as usize];
        }
        x as usize
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index becomes the root, so the structure is the same for any order of
            // union calls over the same links.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo as u32;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, parent: Option<&str>) -> Item {
        let mut it = Item::new(Platform::X, id, "someone");
        it.in_reply_to = parent.map(str::to_string).map(Into::into);
        it
    }

    #[test]
    fn replies_join_their_roots_conversation() {
        let items = vec![item("1", None), item("2", Some("1")), item("3", Some("2"))];
        let t = Threads::link(&items);
        assert_eq!(
            (0..3).map(|i| t.parent(i)).collect::<Vec<_>>(),
            vec![None, Some(0), Some(1)]
        );
        assert!((0..3).all(|i| t.conversation(i) == t.conversation(0)));
        assert_eq!(t.key(&items, 2), "1");
    }

    #[test]
    fn siblings_of_a_missing_parent_share_its_id_as_key() {
        let items = vec![
            item("a", Some("gone")),
            item("b", Some("gone")),
            item("c", None),
        ];
        let t = Threads::link(&items);
        assert_eq!(t.conversation(0), t.conversation(1));
        assert_ne!(t.conversation(0), t.conversation(2));
        assert_eq!(t.key(&items, 0), "gone");
    }

    #[test]
    fn a_reply_cycle_is_one_conversation_keyed_by_its_smallest_id() {
        let items = vec![item("b", Some("a")), item("a", Some("b"))];
        let t = Threads::link(&items);
        assert_eq!(t.conversation(0), t.conversation(1));
        assert_eq!(t.key(&items, 0), "a");
    }

    #[test]
    fn a_conversations_root_is_the_first_item_with_its_key_as_id() {
        let items = vec![
            item("1", None),
            item("2", Some("1")),
            item("x", Some("gone")),
            item("b", Some("a")),
            item("a", Some("b")),
            // A second item with the id "1", left unlinked: it is a conversation of its own,
            // with the same key as the first, whose root is the first "1".
            item("1", None),
        ];
        let t = Threads::link(&items);
        let root = |i: usize| t.root(t.conversation(i));
        assert_eq!(root(1), Some(0));
        assert_eq!(root(2), None, "the key of item x is a missing parent");
        assert_eq!(root(3), Some(4), "the smallest id of the cycle");
        assert_ne!(t.conversation(5), t.conversation(0));
        assert_eq!(root(5), Some(0));
    }

    #[test]
    fn a_self_reply_is_not_its_own_parent() {
        let items = vec![item("a", Some("a"))];
        let t = Threads::link(&items);
        assert_eq!(t.parent(0), None);
        assert_eq!(t.count(), 1);
    }

    #[test]
    fn conversation_hints_group_items_without_reply_links() {
        let mut a = item("1", None);
        a.conversation_hint = Some("c9").into();
        let mut b = item("2", None);
        b.conversation_hint = Some("c9").into();
        let t = Threads::link(&[a, b]);
        assert_eq!(t.conversation(0), t.conversation(1));
    }
}

//! Threads: reply links turned into conversations.
//!
//! A conversation is a connected group of items: a reply joins its parent's conversation, replies
//! whose parent is missing from the archive are grouped under that missing parent's id (so
//! siblings stay together), and items without reply links but with the same conversation hint
//! share one. Grouping uses union-find over those links, so the result does not depend on the
//! order of the input, and reply cycles (which a crafted archive can contain) cannot loop.

use std::collections::HashMap;

use crate::model::{Item, Platform};

/// Reply links and conversations for a list of items, by index into that list.
#[derive(Debug, Clone)]
pub struct Threads {
    /// The parent's index where the parent is in the archive.
    pub parent: Vec<Option<usize>>,
    /// The conversation each item belongs to, as an index into [`Threads::keys`].
    pub conversation: Vec<usize>,
    /// Each conversation's key: its root's id, or the missing parent's id, or the source's hint.
    pub keys: Vec<String>,
    /// Items of each conversation, in input order.
    pub members: Vec<Vec<usize>>,
    index: HashMap<(Platform, String), usize>,
}

impl Threads {
    /// Links `items`. Where two items share a platform and id, the first is the one linked to.
    pub fn link(items: &[Item]) -> Threads {
        let mut index: HashMap<(Platform, String), usize> = HashMap::with_capacity(items.len());
        for (i, it) in items.iter().enumerate() {
            index
                .entry((it.platform.clone(), it.id.clone()))
                .or_insert(i);
        }
        let mut uf = UnionFind::new(items.len());
        let mut parent = vec![None; items.len()];
        // Groups of items tied by a missing parent or a conversation hint.
        let mut missing: HashMap<(&Platform, &str), usize> = HashMap::new();
        let mut hinted: HashMap<(&Platform, &str), usize> = HashMap::new();
        for (i, it) in items.iter().enumerate() {
            if let Some(p) = it.in_reply_to.as_deref() {
                match index.get(&(it.platform.clone(), p.to_string())) {
                    Some(&j) if j != i => {
                        parent[i] = Some(j);
                        uf.union(i, j);
                    }
                    Some(_) => {}
                    None => {
                        let first = *missing.entry((&it.platform, p)).or_insert(i);
                        uf.union(i, first);
                    }
                }
            }
            if let Some(h) = it.conversation_hint.as_deref() {
                let first = *hinted.entry((&it.platform, h)).or_insert(i);
                uf.union(i, first);
            }
        }

        // Pick each group's key deterministically, whatever the input order: the earliest root
        // (no reply link), else the smallest missing parent id, else (a pure cycle) the smallest id.
        let mut best: HashMap<usize, (u8, Option<jiff::Timestamp>, String)> = HashMap::new();
        for (i, it) in items.iter().enumerate() {
            let candidate = match (&it.in_reply_to, parent[i]) {
                (None, _) => (0, it.created_at, it.id.clone()),
                (Some(p), None) if !index.contains_key(&(it.platform.clone(), p.clone())) => {
                    (1, None, p.clone())
                }
                _ => (2, None, it.id.clone()),
            };
            let root = uf.find(i);
            let slot = best.entry(root).or_insert_with(|| candidate.clone());
            if key_order(&candidate) < key_order(slot) {
                *slot = candidate;
            }
        }
        let mut group_of_root: HashMap<usize, usize> = HashMap::new();
        let mut keys = Vec::new();
        let mut members: Vec<Vec<usize>> = Vec::new();
        let mut conversation = Vec::with_capacity(items.len());
        for i in 0..items.len() {
            let root = uf.find(i);
            let g = *group_of_root.entry(root).or_insert_with(|| {
                keys.push(best[&root].2.clone());
                members.push(Vec::new());
                keys.len() - 1
            });
            members[g].push(i);
            conversation.push(g);
        }
        Threads {
            parent,
            conversation,
            keys,
            members,
            index,
        }
    }

    /// The index of the item with this platform and id, if the archive has it.
    pub fn find(&self, platform: &Platform, id: &str) -> Option<usize> {
        self.index.get(&(platform.clone(), id.to_string())).copied()
    }

    /// The conversation key of item `i`.
    pub fn key(&self, i: usize) -> &str {
        &self.keys[self.conversation[i]]
    }
}

/// Roots sort first, then by time (undated last), then by id.
fn key_order(
    c: &(u8, Option<jiff::Timestamp>, String),
) -> (u8, bool, Option<jiff::Timestamp>, &str) {
    (c.0, c.1.is_none(), c.1, c.2.as_str())
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index becomes the root, so the structure is the same for any order of
            // union calls over the same links.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, parent: Option<&str>) -> Item {
        let mut it = Item::new(Platform::X, id, "someone");
        it.in_reply_to = parent.map(str::to_string);
        it
    }

    #[test]
    fn replies_join_their_roots_conversation() {
        let items = vec![item("1", None), item("2", Some("1")), item("3", Some("2"))];
        let t = Threads::link(&items);
        assert_eq!(t.parent, vec![None, Some(0), Some(1)]);
        assert!(t.conversation.iter().all(|&c| c == t.conversation[0]));
        assert_eq!(t.key(2), "1");
    }

    #[test]
    fn siblings_of_a_missing_parent_share_its_id_as_key() {
        let items = vec![
            item("a", Some("gone")),
            item("b", Some("gone")),
            item("c", None),
        ];
        let t = Threads::link(&items);
        assert_eq!(t.conversation[0], t.conversation[1]);
        assert_ne!(t.conversation[0], t.conversation[2]);
        assert_eq!(t.key(0), "gone");
    }

    #[test]
    fn a_reply_cycle_is_one_conversation_keyed_by_its_smallest_id() {
        let items = vec![item("b", Some("a")), item("a", Some("b"))];
        let t = Threads::link(&items);
        assert_eq!(t.conversation[0], t.conversation[1]);
        assert_eq!(t.key(0), "a");
    }

    #[test]
    fn a_self_reply_is_not_its_own_parent() {
        let items = vec![item("a", Some("a"))];
        let t = Threads::link(&items);
        assert_eq!(t.parent, vec![None]);
        assert_eq!(t.keys.len(), 1);
    }

    #[test]
    fn conversation_hints_group_items_without_reply_links() {
        let mut a = item("1", None);
        a.conversation_hint = Some("c9".into());
        let mut b = item("2", None);
        b.conversation_hint = Some("c9".into());
        let t = Threads::link(&[a, b]);
        assert_eq!(t.conversation[0], t.conversation[1]);
    }
}

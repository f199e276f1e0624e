//! Templated replies: the same (or nearly the same) text sent to several different people.
//!
//! Each reply becomes a set of word pairs (its @names and links removed), summarized by a MinHash
//! signature; signatures are cut into bands and replies sharing a band land in one bucket
//! (locality-sensitive hashing). Only replies in a common bucket are compared, and each bucket
//! keeps a few representatives to compare against, so the work grows with the number of replies,
//! not its square: an archive of 600,000 items is grouped in one pass. Replies whose word pairs
//! overlap enough (Jaccard similarity) are joined with union-find; a group counts as templated
//! when it reached enough different people.

use hashbrown::HashMap;

/// One outbound reply that may belong to a template.
#[derive(Debug, Clone)]
pub struct Reply {
    /// The text's word pairs (see [`Reply::with_known`]) as the high halves of their hashes
    /// ([`halves`]), sorted; empty when it has too few words to count. A representative's list
    /// is copied into the grouper's [`Arena`].
    pub pairs: Box<[u32]>,
    /// The keys of the buckets its MinHash signature falls in, one per band.
    bands: [u64; BANDS],
    /// Who it was sent to (a handle, or the handles it starts with), as [`person_key`].
    pub recipient: u64,
}

/// The key of a person a reply went to: the hash of the name in lower case. Only the number of
/// different people per group is asked for, and two names sharing a 64-bit hash is a chance of
/// about one in 10^19 per pair.
pub fn person_key(name: &str) -> u64 {
    word_hash(name.as_bytes())
}

impl Reply {
    /// A reply from the lower-case words of its text (@names and links removed, as in
    /// [`super::text::words`]). Only the hashed word pairs and their band keys are kept: a
    /// large archive has hundreds of thousands of replies. Made for each reply on its own (in
    /// parallel), so that the [`Grouper`], which must see them in order, only looks buckets up.
    ///
    /// The band keys of the text's word pairs are taken from `known` when the same pairs were
    /// seen before.
    pub fn with_known(
        text: &str,
        recipient: u64,
        min_words: usize,
        known: &mut KnownBands,
    ) -> Reply {
        // The words, their pairs and the pairs' halves are gathered in lists the thread keeps;
        // the halves get a list of their own, of their exact size.
        let mut words = std::mem::take(&mut known.words);
        words.clear();
        super::text::each_word_part(text, |w| words.push(word_hash(w)));
        let reply = if words.len() < min_words {
            Reply {
                pairs: Box::default(),
                bands: [0; BANDS],
                recipient,
            }
        } else {
            let mut shingles = std::mem::take(&mut known.shingles);
            shingle(&words, &mut shingles);
            let bands = if shingles.is_empty() {
                [0; BANDS]
            } else {
                known.bands(&shingles)
            };
            halves(&shingles, &mut known.halves);
            known.shingles = shingles;
            Reply {
                pairs: known.halves.as_slice().into(),
                bands,
                recipient,
            }
        };
        known.words = words;
        reply
    }
}

/// The band keys of word-pair sets already seen. A template's replies have the same word pairs
/// once their @names are gone (that is what makes them a template), and the MinHash signature is
/// most of the cost of making a reply: it is computed once per set of pairs, not once per reply.
#[derive(Default)]
pub struct KnownBands {
    seen: HashMap<Box<[u64]>, [u64; BANDS]>,
    /// The hashed words of the reply being made.
    words: Vec<u64>,
    /// Its word pairs, hashed.
    shingles: Vec<u64>,
    /// The high halves of those.
    halves: Vec<u32>,
}

/// How many sets of word pairs [`KnownBands`] holds before it starts afresh.
const KNOWN_BANDS: usize = 4096;

impl KnownBands {
    fn bands(&mut self, shingles: &[u64]) -> [u64; BANDS] {
        if let Some(&b) = self.seen.get(shingles) {
            return b;
        }
        let b = band_keys(shingles);
        if self.seen.len() >= KNOWN_BANDS {
            self.seen.clear();
        }
        self.seen.insert(shingles.into(), b);
        b
    }
}

/// The key of each band of the MinHash signature of a non-empty set of word pairs.
fn band_keys(shingles: &[u64]) -> [u64; BANDS] {
    let sig = signature(shingles);
    std::array::from_fn(|b| band_key(b, &sig[b * ROWS..(b + 1) * ROWS]))
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
#[cfg(test)]
pub fn group(replies: impl IntoIterator<Item = Reply>, p: Params) -> Vec<Option<u32>> {
    let mut g = Grouper::new(p, 0);
    let replies: Vec<Reply> = replies.into_iter().collect();
    g.add_all(&replies);
    g.finish()
}

/// Groups replies given in order, a list at a time. Only the word pairs of the replies kept as a
/// bucket's representatives stay in memory: every other reply is compared once, when it is
/// added, and then only its group and its recipient are kept.
///
/// Grouping is one thread's work, and its time goes in waiting for memory: each reply looks up
/// ten buckets in a table far larger than the processor's caches, then the representatives'
/// word pairs and their places in the union-find. So the buckets are a table of this module's
/// own, whose places can be known ahead, and [`Grouper::add_all`] asks for the memory of the
/// replies a few places further on while it compares the present one.
pub struct Grouper {
    p: Params,
    /// Union-find parents, one per reply added (an audit holds fewer than four billion items).
    uf: Vec<u32>,
    /// Whether each reply had enough words to be compared at all.
    counted: Vec<bool>,
    /// Each reply's recipient, as [`person_key`].
    recipients: Vec<u64>,
    /// Where the word pairs of each representative are in `pairs` (see [`Kept`]), by reply
    /// number: looked up for every comparison, so by place rather than through a map.
    kept: Vec<Kept>,
    /// The word pairs of the representatives, each kept as the high half of its 64-bit hash
    /// ([`halves`]): these lists are most of the grouping's memory when replies are varied,
    /// and most replies are some bucket's representative.
    pairs: Arena,
    buckets: Buckets,
}

/// Where a representative's word pairs are in the [`Arena`]: its block and the place there of
/// the list's length, which the pairs follow. `block` is [`u32::MAX`] for a reply that is no
/// representative.
#[derive(Clone, Copy)]
struct Kept {
    block: u32,
    at: u32,
}

const NOT_KEPT: Kept = Kept {
    block: u32::MAX,
    at: 0,
};

/// The representatives' word pairs, one list after the other, in blocks of a fixed size: one
/// allocation for tens of thousands of lists, and none of them moved as it grows (a single
/// list doubling its room would hold twice the memory it needs at the moment the grouping's
/// memory is at its largest).
#[derive(Default)]
struct Arena {
    blocks: Vec<Vec<u32>>,
}

/// Pairs per arena block (4 MiB); a longer list gets a block of its own length.
const BLOCK: usize = 1 << 20;

impl Arena {
    fn push(&mut self, list: &[u32]) -> Kept {
        let need = list.len() + 1;
        let room = self
            .blocks
            .last()
            .is_some_and(|b| b.capacity() - b.len() >= need);
        if !room {
            self.blocks.push(Vec::with_capacity(need.max(BLOCK)));
        }
        let block = self.blocks.len() - 1;
        let b = &mut self.blocks[block];
        let at = b.len();
        // A text of four billion words is past every record limit.
        b.push(list.len() as u32);
        b.extend_from_slice(list);
        Kept {
            block: block as u32,
            at: at as u32,
        }
    }

    fn get(&self, k: Kept) -> &[u32] {
        let b = &self.blocks[k.block as usize];
        let at = k.at as usize;
        &b[at + 1..at + 1 + b[at] as usize]
    }

    /// Where the list `k` starts, for [`prefetch`].
    fn start(&self, k: Kept) -> *const u32 {
        match self.blocks.get(k.block as usize) {
            Some(b) => b.as_ptr().wrapping_add(k.at as usize),
            None => std::ptr::null(),
        }
    }
}

/// The buckets: for each band key met, up to [`REPRESENTATIVES`] reply numbers. An open
/// addressing table with linear probing, its keys the band keys themselves (already hashes):
/// a key's place is known before the key is looked up, so it can be fetched ahead. A bucket
/// takes 12 bytes: its key and its one representative, or, once it has more than one, the place
/// of its representatives in `more`. A bucket exists once it has a representative.
struct Buckets {
    slots: Vec<Slot>,
    len: usize,
    more: Vec<[u32; REPRESENTATIVES]>,
}

/// A bucket: its key and [`Slot::held`]. Packed to 12 bytes (the key read unaligned, which
/// x86-64 does at no cost): a large archive's table has a million slots, at its largest when
/// classifying's memory is.
#[derive(Clone, Copy)]
#[repr(C, packed(4))]
struct Slot {
    key: u64,
    /// The one representative (below [`MANY`]), or [`MANY`] plus the place in `more` of the
    /// representatives; [`u32::MAX`] in a free slot. Reply numbers are below `MANY`: an audit
    /// holds fewer than two billion items.
    held: u32,
}

/// Marks [`Slot::held`] as a place in `more`.
const MANY: u32 = 1 << 31;

const FREE: Slot = Slot {
    key: 0,
    held: u32::MAX,
};

impl Buckets {
    fn new() -> Buckets {
        Buckets {
            slots: vec![FREE; 1 << 12],
            len: 0,
            more: Vec::new(),
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The slot holding `key`, or the free slot where it would go.
    fn place(&self, key: u64) -> usize {
        let mask = self.mask();
        let mut at = key as usize & mask;
        loop {
            let s = self.slots[at];
            if s.held == u32::MAX || s.key == key {
                return at;
            }
            at = (at + 1) & mask;
        }
    }

    /// The representatives of the bucket of `key` (the unused places [`u32::MAX`]).
    fn reps(&self, key: u64) -> [u32; REPRESENTATIVES] {
        let held = self.slots[self.place(key)].held;
        if held != u32::MAX && held >= MANY {
            return self.more[(held - MANY) as usize];
        }
        let mut out = [u32::MAX; REPRESENTATIVES];
        out[0] = held;
        out
    }

    /// Adds reply `i` to the bucket of `key`, which has room for it.
    fn push(&mut self, key: u64, i: u32) {
        debug_assert!(i < MANY);
        let at = self.place(key);
        let held = self.slots[at].held;
        if held == u32::MAX {
            self.slots[at] = Slot { key, held: i };
            self.len += 1;
            // At most three quarters full: past that, linear probing walks long runs.
            if self.len * 4 > self.slots.len() * 3 {
                self.grow();
            }
            return;
        }
        if held < MANY {
            let place = u32::try_from(self.more.len())
                .ok()
                .filter(|&p| p < MANY - 1)
                .expect("fewer buckets than reply numbers");
            let mut reps = [u32::MAX; REPRESENTATIVES];
            (reps[0], reps[1]) = (held, i);
            self.more.push(reps);
            self.slots[at].held = MANY + place;
            return;
        }
        let reps = &mut self.more[(held - MANY) as usize];
        let free = reps
            .iter()
            .position(|&r| r == u32::MAX)
            .expect("a bucket is pushed to only while it has room");
        reps[free] = i;
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let old = std::mem::replace(&mut self.slots, vec![FREE; size]);
        for s in old.into_iter().filter(|s| s.held != u32::MAX) {
            let at = self.place(s.key);
            self.slots[at] = s;
        }
    }

    /// Asks for the memory of the slot of `key` ahead of its look-up.
    fn fetch(&self, key: u64) {
        prefetch(self.slots.as_ptr().wrapping_add(key as usize & self.mask()));
    }
}

/// Asks the processor to bring the memory at `p` into its caches, without waiting for it: a
/// hint, which changes no result (and does nothing on other processors).
#[inline(always)]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch reads nothing into the program and cannot fault, whatever the address:
    // it only hints the cache. SSE, which it needs, is part of every x86-64 processor.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// How many replies ahead [`Grouper::add_all`] asks for buckets, and for the representatives
/// of the buckets (by then in the cache).
const FETCH_BUCKETS: usize = 12;
const FETCH_REPS: usize = 5;

impl Grouper {
    /// A grouper for about `replies` replies. The buckets grow as needed: templated replies
    /// share theirs, so there are far fewer buckets than replies times bands.
    pub fn new(p: Params, replies: usize) -> Grouper {
        Grouper {
            p,
            uf: Vec::with_capacity(replies),
            counted: Vec::with_capacity(replies),
            recipients: Vec::with_capacity(replies),
            kept: Vec::with_capacity(replies),
            pairs: Arena::default(),
            buckets: Buckets::new(),
        }
    }

    /// Adds the next replies, in order, comparing each with the representatives of its buckets.
    pub fn add_all(&mut self, replies: &[Reply]) {
        for (k, reply) in replies.iter().enumerate() {
            if let Some(ahead) = replies
                .get(k + FETCH_BUCKETS)
                .filter(|r| !r.pairs.is_empty())
            {
                ahead.bands.iter().for_each(|&key| self.buckets.fetch(key));
            }
            if let Some(ahead) = replies.get(k + FETCH_REPS).filter(|r| !r.pairs.is_empty()) {
                self.fetch_reps(ahead);
            }
            self.add(reply);
        }
    }

    /// Asks for the memory of the representatives `reply` will be compared with.
    fn fetch_reps(&self, reply: &Reply) {
        for &key in &reply.bands {
            for r in self.buckets.reps(key) {
                if r == u32::MAX {
                    break;
                }
                prefetch(self.uf.as_ptr().wrapping_add(r as usize));
                // A list of thirty pairs spans two or three cache lines: the first two are asked
                // for, and a comparison that gets past them has usually found its answer.
                let start = self.pairs.start(self.kept[r as usize]);
                prefetch(start);
                prefetch(start.wrapping_add(16));
            }
        }
    }

    fn add(&mut self, reply: &Reply) {
        let i = self.uf.len() as u32;
        self.uf.push(i);
        self.counted.push(!reply.pairs.is_empty());
        self.recipients.push(reply.recipient);
        self.kept.push(NOT_KEPT);
        if reply.pairs.is_empty() {
            return;
        }
        let sh = &reply.pairs;
        let mut representative = false;
        for key in reply.bands {
            let reps = self.buckets.reps(key);
            let mut matched = false;
            let mut held = 0;
            for r in reps.into_iter().take_while(|&r| r != u32::MAX) {
                held += 1;
                if find(&mut self.uf, r) == find(&mut self.uf, i) {
                    matched = true;
                    continue;
                }
                if similar(sh, self.pairs.get(self.kept[r as usize]), self.p.similarity) {
                    union(&mut self.uf, r, i);
                    matched = true;
                }
            }
            if !matched && held < REPRESENTATIVES {
                self.buckets.push(key, i);
                representative = true;
            }
        }
        if representative {
            self.kept[i as usize] = self.pairs.push(sh);
        }
    }

    /// For each reply added, its templated group (groups numbered from 0 in order of their
    /// first reply), or `None`.
    pub fn finish(self) -> Vec<Option<u32>> {
        let Grouper {
            p,
            mut uf,
            counted,
            recipients,
            kept,
            pairs,
            buckets,
        } = self;
        // The buckets and the representatives' word pairs, most of the grouping's memory, are
        // given back before the lists below are made: classifying is at its largest here.
        drop((kept, pairs, buckets));
        let n = uf.len();
        // How many different people each group's replies went to: the (group, person) pairs,
        // sorted and unique, counted per group. A set per group would cost an allocation for
        // each of the hundreds of thousands of replies that stand alone.
        let mut pairs: Vec<(u32, u64)> = Vec::with_capacity(n);
        for i in (0..n).filter(|&i| counted[i]) {
            pairs.push((find(&mut uf, i as u32), recipients[i]));
        }
        drop(recipients);
        pairs.sort_unstable();
        pairs.dedup();
        let mut people = vec![0u32; n];
        for &(root, _) in &pairs {
            people[root as usize] += 1;
        }
        drop(pairs);
        let mut ids: HashMap<u32, u32> = HashMap::new();
        let mut out = vec![None; n];
        for (i, slot) in out.iter_mut().enumerate() {
            if !counted[i] {
                continue;
            }
            let root = find(&mut uf, i as u32);
            if people[root as usize] as usize >= p.min_recipients {
                let next = ids.len() as u32;
                *slot = Some(*ids.entry(root).or_insert(next));
            }
        }
        out
    }
}

/// The hash of a word in lower case, without making the lower-case copy of an ASCII word.
fn word_hash(word: &[u8]) -> u64 {
    if word.is_ascii() {
        fnv(word.iter().map(|b| b.to_ascii_lowercase()))
    } else {
        // A word of a `str`, whole: the lossy reading changes nothing.
        fnv(String::from_utf8_lossy(word).to_lowercase().bytes())
    }
}

/// Hashed pairs of (hashed) words, sorted and unique, into `out`.
fn shingle(words: &[u64], out: &mut Vec<u64>) {
    out.clear();
    out.extend(words.windows(2).map(|w| w[0] ^ w[1].rotate_left(17)));
    out.sort_unstable();
    out.dedup();
}

fn fnv(bytes: impl Iterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The hash functions of the signature: the `k`-th takes a pair's mixed hash `h` to
/// [`fold_product`]`(h ^ salt, odd)`, with its own salt and odd multiplier. Each pair is mixed
/// once, and each function is then one multiplication; a full mix per pair and function was
/// most of the signature's work. Every bit of the mixed hash reaches every bit of the folded
/// product, so the functions order the pairs independently enough for MinHash (a test checks
/// how often signatures agree against the sets' true similarity, and how that spreads).
const FUNCTIONS: [(u64, u64); BANDS * ROWS] = {
    let mut f = [(0u64, 0u64); BANDS * ROWS];
    let mut k = 0;
    while k < BANDS * ROWS {
        let salt = mix(2 * k as u64 + 1);
        let odd = mix(2 * k as u64 + 2) | 1;
        f[k] = (salt, odd);
        k += 1;
    }
    f
};

/// A full 64-bit mix (SplitMix64's finalizer); `const`, so the signature's functions are
/// constants.
const fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn signature(shingles: &[u64]) -> [u64; BANDS * ROWS] {
    let mut sig = [u64::MAX; BANDS * ROWS];
    // The pairs are mixed a block at a time; then one function at a time goes over the block:
    // its minimum stays in a register, and the products, independent of each other, overlap in
    // the processor.
    let mut mixed = [0u64; 64];
    for block in shingles.chunks(mixed.len()) {
        let mixed = &mut mixed[..block.len()];
        for (m, &s) in mixed.iter_mut().zip(block) {
            *m = mix(s);
        }
        for (min, &(salt, odd)) in sig.iter_mut().zip(&FUNCTIONS) {
            // Branch-free: which of the two is smaller is a coin toss for the processor.
            *min = mixed
                .iter()
                .fold(*min, |m, &h| m.min(fold_product(h ^ salt, odd)));
        }
    }
    sig
}

/// The two halves of the full 128-bit product, folded together (as wyhash mixes): every bit of
/// either factor reaches every bit of the result, in one multiplication.
fn fold_product(a: u64, b: u64) -> u64 {
    let p = u128::from(a) * u128::from(b);
    (p as u64) ^ ((p >> 64) as u64)
}

fn band_key(band: usize, rows: &[u64]) -> u64 {
    rows.iter()
        .fold(mix(band as u64), |acc, &r| mix(acc ^ r.rotate_left(7)))
}

/// Whether `jaccard(a, b) >= s`, stopping as soon as the answer is known: once the common pairs
/// reach the number the threshold needs, or once the pairs left could no longer reach it. Replies
/// that share a bucket but not a template are many in a large archive, and each was merged to
/// the end before.
///
/// The number needed is the least `c` with `c / (|a| + |b| - c) >= s`, the ratio computed in
/// `f64` as the full merge computes it (it grows with `c`, and so does its rounded value), so
/// the answer is the same as the full merge's.
fn similar<T: Ord + Copy>(a: &[T], b: &[T], s: f64) -> bool {
    let n = a.len() + b.len();
    let short = a.len().min(b.len());
    let ok = |c: usize| c as f64 / (n - c) as f64 >= s;
    let mut need = ((s * n as f64) / (1.0 + s)).ceil().max(0.0) as usize;
    need = need.min(short + 1);
    while need > 0 && ok(need - 1) {
        need -= 1;
    }
    while need <= short && !ok(need) {
        need += 1;
    }
    if need > short {
        return false;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        if common >= need {
            return true;
        }
        if common + (a.len() - i).min(b.len() - j) < need {
            return false;
        }
        // Without branches: which list steps is a coin toss for the processor.
        let (x, y) = (a[i], b[j]);
        common += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    common >= need
}

/// The high 32 bits of each of the sorted, unique pair hashes `shingles`, into `out`: sorted,
/// since taking the high half keeps the order, and unique. Two different pairs share a half
/// with a chance of one in four billion, so comparing halves gives the answer comparing the
/// hashes gives, but for about one comparison in five million; at the threshold that moves a
/// ratio by one pair in sixty, so a grouping is all but never changed by it.
fn halves(shingles: &[u64], out: &mut Vec<u32>) {
    out.clear();
    out.extend(shingles.iter().map(|&s| (s >> 32) as u32));
    out.dedup();
}

/// |a ∩ b| / |a ∪ b| of two sorted, unique lists.
#[cfg(test)]
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

fn find(uf: &mut [u32], mut x: u32) -> u32 {
    while uf[x as usize] != x {
        uf[x as usize] = uf[uf[x as usize] as usize];
        x = uf[x as usize];
    }
    x
}

fn union(uf: &mut [u32], a: u32, b: u32) {
    let (ra, rb) = (find(uf, a), find(uf, b));
    if ra != rb {
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        uf[hi as usize] = lo;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(text: &str, to: &str) -> Reply {
        Reply::with_known(text, person_key(to), MIN_WORDS, &mut KnownBands::default())
    }

    #[test]
    fn known_band_keys_are_the_ones_computed_afresh() {
        let mut known = KnownBands::default();
        let texts = [
            "@a Thanks for reaching out, we will get back to you soon.",
            "@b Thanks for reaching out, we will get back to you soon.",
            "@c Something else entirely, with enough words to count here.",
            "@a Thanks for reaching out, we will get back to you soon.",
        ];
        for t in texts {
            let fresh = reply(t, "x");
            let cached = Reply::with_known(t, person_key("x"), MIN_WORDS, &mut known);
            assert_eq!(cached.pairs, fresh.pairs);
            assert_eq!(cached.bands, fresh.bands, "{t}");
            let mut words = Vec::new();
            crate::classify::text::each_word_part(t, |w| words.push(word_hash(w)));
            let mut shingles = Vec::new();
            shingle(&words, &mut shingles);
            assert_eq!(fresh.bands, band_keys(&shingles));
        }
        assert_eq!(known.seen.len(), 2);
    }

    const P: Params = Params {
        min_recipients: 3,
        similarity: 0.6,
    };
    const MIN_WORDS: usize = 5;

    /// The grouping as first written, with a map of growable lists for buckets and a boxed
    /// list of pairs per representative: the reference the table and the arena must agree with.
    fn group_simply(replies: &[Reply], p: Params) -> Vec<Option<u32>> {
        let mut g = Grouper::new(p, 0);
        let mut buckets: std::collections::HashMap<u64, Vec<u32>> = Default::default();
        let mut kept: Vec<Option<&[u32]>> = Vec::new();
        for reply in replies {
            let i = g.uf.len() as u32;
            g.uf.push(i);
            g.counted.push(!reply.pairs.is_empty());
            g.recipients.push(reply.recipient);
            kept.push(None);
            if reply.pairs.is_empty() {
                continue;
            }
            let mut representative = false;
            for key in reply.bands {
                let reps = buckets.entry(key).or_default();
                let mut matched = false;
                for &r in reps.iter() {
                    if find(&mut g.uf, r) == find(&mut g.uf, i) {
                        matched = true;
                    } else if similar(&reply.pairs, kept[r as usize].unwrap(), p.similarity) {
                        union(&mut g.uf, r, i);
                        matched = true;
                    }
                }
                if !matched && reps.len() < REPRESENTATIVES {
                    reps.push(i);
                    representative = true;
                }
            }
            if representative {
                kept[i as usize] = Some(&reply.pairs);
            }
        }
        g.finish()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]
        /// Replies drawn from a few band keys and a few words, so that buckets fill, overflow
        /// and the table grows: grouped as the simple reference groups them.
        #[test]
        fn the_bucket_table_groups_as_a_map_of_lists_does(
            raw in proptest::collection::vec(
                (
                    proptest::collection::btree_set(0u32..12, 0..8),
                    proptest::array::uniform10(0u64..6000),
                    0u64..5,
                ),
                0..4000,
            ),
        ) {
            let replies: Vec<Reply> = raw
                .into_iter()
                .map(|(pairs, bands, recipient)| Reply {
                    pairs: pairs.into_iter().collect(),
                    // Few keys, so that buckets are shared; any value may be a key.
                    bands: bands.map(|b| b.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (b % 3)),
                    recipient,
                })
                .collect();
            let p = Params { min_recipients: 2, similarity: 0.5 };
            let mut g = Grouper::new(p, 0);
            for part in replies.chunks(777) {
                g.add_all(part);
            }
            let expected = group_simply(&replies, p);
            proptest::prop_assert_eq!(&g.finish(), &expected);
            // One at a time, nothing is fetched ahead: the fetching changes no answer.
            let mut one = Grouper::new(p, 0);
            for r in &replies {
                one.add_all(std::slice::from_ref(r));
            }
            proptest::prop_assert_eq!(&one.finish(), &expected);
        }
    }

    #[test]
    fn the_arena_gives_back_every_list_and_a_long_one_whole() {
        let mut arena = Arena::default();
        let long: Vec<u32> = (0..BLOCK as u32 + 10).collect();
        let lists: Vec<Vec<u32>> = (0..5000u32)
            .map(|n| (0..n % 300).map(|k| k * 7 + n).collect())
            .chain([long.clone(), vec![], vec![1, 2, 3]])
            .collect();
        let kept: Vec<Kept> = lists.iter().map(|l| arena.push(l)).collect();
        for (l, k) in lists.iter().zip(kept) {
            assert_eq!(arena.get(k), l.as_slice());
        }
        assert!(arena.blocks.iter().any(|b| b.len() == long.len() + 1));
    }

    /// The MinHash property the buckets rely on: a signature position agrees between two sets
    /// with the probability of their Jaccard similarity, each position independently of the
    /// others. Over many pairs of sets of word pairs (hashed as [`shingle`] hashes them) at a
    /// known similarity, the share of agreeing positions averages that similarity, and it
    /// spreads from pair to pair as thirty independent draws do: functions that ordered the
    /// pairs alike would agree all together or not at all, a far wider spread.
    #[test]
    fn signatures_agree_as_often_as_the_sets_are_similar() {
        let n = BANDS * ROWS;
        let pairs = 400;
        for (shared, own) in [(10, 20), (30, 10), (40, 5), (60, 0)] {
            let j = shared as f64 / (shared + 2 * own) as f64;
            let mut shares = Vec::new();
            for p in 0..pairs {
                let word = |w: u64| word_hash(format!("w{p}-{w}").as_bytes());
                let words_a: Vec<u64> = (0..shared + own).map(word).collect();
                let words_b: Vec<u64> = (0..shared).chain(1000..1000 + own).map(word).collect();
                // A word stands for a word pair, combined with a partner as [`shingle`] does:
                // the two sets share exactly `shared` elements.
                let set = |words: &[u64]| -> Vec<u64> {
                    let mut s: Vec<u64> = words
                        .iter()
                        .map(|w| w ^ 0x5bd1_e995_u64.rotate_left(17))
                        .collect();
                    s.sort_unstable();
                    s
                };
                let (a, b) = (signature(&set(&words_a)), signature(&set(&words_b)));
                let agree = a.iter().zip(&b).filter(|(x, y)| x == y).count();
                shares.push(agree as f64 / n as f64);
            }
            let mean = shares.iter().sum::<f64>() / pairs as f64;
            let var = shares.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / (pairs - 1) as f64;
            let expected_var = j * (1.0 - j) / n as f64;
            assert!(
                (mean - j).abs() < 0.03,
                "similarity {j:.2}: agreement {mean:.3}"
            );
            if j < 1.0 {
                assert!(
                    var < 1.5 * expected_var && var > expected_var / 1.5,
                    "similarity {j:.2}: spread {var:.4}, independent draws give {expected_var:.4}"
                );
            } else {
                assert_eq!(var, 0.0);
            }
        }
    }

    #[test]
    fn halves_keep_the_order_and_drop_repeats() {
        let hashes = [1 << 32 | 5, 1 << 32 | 9, 2 << 32, 7 << 32 | 1];
        let mut out = vec![99];
        halves(&hashes, &mut out);
        assert_eq!(out, vec![1, 2, 7]);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// The early-stopping comparison answers as the full merge does, at every threshold,
        /// including the ones that fall exactly on a ratio.
        #[test]
        fn similar_answers_as_the_full_jaccard_does(
            a in proptest::collection::btree_set(0u64..40, 1..30),
            b in proptest::collection::btree_set(0u64..40, 1..30),
            s in proptest::prop_oneof![
                0.01f64..=1.0,
                proptest::sample::select(vec![0.5, 0.6, 0.75, 0.8, 1.0, 2.0 / 3.0, 0.9]),
            ],
        ) {
            let a: Vec<u64> = a.into_iter().collect();
            let b: Vec<u64> = b.into_iter().collect();
            proptest::prop_assert_eq!(similar(&a, &b, s), jaccard(&a, &b) >= s);
        }
    }

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
        let g = group(r, P);
        assert_eq!(g[0], Some(0));
        assert_eq!(g[1], Some(0));
        assert_eq!(g[2], Some(0));
        assert_eq!(g[3], None);
    }

    #[test]
    fn the_same_text_to_the_same_person_is_not_a_template() {
        let text = "@a Thanks for the honour, proud to be selected for the awards!";
        let r = vec![reply(text, "a"), reply(text, "a"), reply(text, "a")];
        assert_eq!(group(r, P), vec![None, None, None]);
    }

    #[test]
    fn short_courtesies_are_never_templates() {
        let r = vec![
            reply("@a Thank you!", "a"),
            reply("@b Thank you!", "b"),
            reply("@c Thank you!", "c"),
        ];
        assert_eq!(group(r, P), vec![None, None, None]);
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
        let g = group(r, P);
        assert!(g.iter().all(|&x| x == Some(0)));
    }
}

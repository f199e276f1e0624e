//! Classify: label every outbound item `push` or `dialogue`, and describe every inbound item by
//! what it asks of the organization (directed, needs response, question), following CODEBOOK.md.
//!
//! Every label carries the names of the rules that decided it, so an auditor can defend it. The
//! rules are data (`rules/*.toml`, see [`rules`]): structure first where the archive has it (reply
//! links, own vs other authors, repost flags, the posting client), text cues where it does not.
//! Classification runs in two passes: the first labels every item on its own; then outbound
//! replies are grouped by near-duplicate text ([`templated`]) and the members of a group sent to
//! several different people are labelled again knowing they are templated.

pub mod agreement;
pub mod examples;
pub mod matcher;
pub mod rules;
mod templated;
pub mod text;
pub use templated::person_key;

use hashbrown::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, LazyLock, RwLock};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::model::{Direction, Item, Kind, Moderation, OwnAccounts, Str};
use crate::thread::Threads;
use rules::{AppliesTo, Cue, Effect, Rule, RuleSet, RulesError};

/// The two labels an outbound item can get.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    Push,
    Dialogue,
}

impl Label {
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Push => "push",
            Label::Dialogue => "dialogue",
        }
    }
}

/// What an inbound item asks of the organization (CODEBOOK.md, "Inbound items").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inbound {
    pub directed: bool,
    pub needs_response: bool,
    pub question: bool,
}

/// The classifier's answer for one item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Classification {
    /// `Some` for outbound items, `None` for inbound ones.
    pub label: Option<Label>,
    /// Names of the rules that decided, most decisive first. Inbound items list why they are
    /// directed and what the inbound rules found.
    pub reasons: Names,
    /// How sure the rules are, 0 to 1.
    pub confidence: f32,
    /// Below the confidence threshold: listed in the report as worth a manual check.
    pub uncertain: bool,
    /// Outbound: puts a real question to people (codebook "question to people").
    pub question_to_people: bool,
    /// Outbound: replies to someone other than the organization.
    pub reply_to_other: bool,
    /// Outbound: the group of near-identical replies this one belongs to, [`NO_GROUP`] for none;
    /// read through [`Classification::templated_group`]. A plain `u32` and not an `Option`:
    /// four bytes less in each of a large archive's labels.
    pub group: u32,
    /// `Some` for inbound items.
    pub inbound: Option<Inbound>,
    /// Every rule that fired, highest priority first (the first one decided), for explaining a
    /// label and for running a rule's examples.
    pub fired: Names,
}

/// [`Classification::group`] of a label outside any templated group.
pub const NO_GROUP: u32 = u32::MAX;

impl Default for Classification {
    fn default() -> Classification {
        Classification {
            label: None,
            reasons: Names::default(),
            confidence: 0.0,
            uncertain: false,
            question_to_people: false,
            reply_to_other: false,
            group: NO_GROUP,
            inbound: None,
            fired: Names::default(),
        }
    }
}

impl Classification {
    /// The group of near-identical replies this one belongs to, if any.
    pub fn templated_group(&self) -> Option<u32> {
        (self.group != NO_GROUP).then_some(self.group)
    }
}

/// Every item's label, parallel to the items classified: the run's different labels, each kept
/// once, and each item's number among them. A large archive has a million items but a few
/// hundred labels (a few thousand with the templated groups, each of which has labels of its
/// own): 4 bytes an item instead of a 32-byte label, for as long as the audit lives.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    table: Vec<Classification>,
    numbers: Vec<u32>,
}

impl Labels {
    pub fn len(&self) -> usize {
        self.numbers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.numbers.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<&Classification> {
        self.numbers.get(i).map(|&k| &self.table[k as usize])
    }

    /// The labels in item order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &Classification> + Clone + '_ {
        self.numbers.iter().map(|&k| &self.table[k as usize])
    }
}

impl std::ops::Index<usize> for Labels {
    type Output = Classification;
    fn index(&self, i: usize) -> &Classification {
        &self.table[self.numbers[i] as usize]
    }
}

/// A list of rule names. The lists are shared: a large archive has a million labels but only a
/// few hundred different ones, each kept once in a [`LabelTable`] whose copies share their
/// lists. An `Arc` of a `Vec` rather than of a slice: a thin pointer, 8 bytes in every label
/// instead of 16.
pub type Names = Arc<Vec<Str>>;

/// What one classifying job has met: the labels, by what decides them (see [`LabelKey`]), as
/// their numbers in the [`LabelTable`], so that a label met before is not made again and the
/// table's lock is not taken for it; and the posting clients' lexicon hits.
#[derive(Default)]
struct Met {
    labels: HashMap<LabelKey, u32>,
    sources: rules::SourceHits,
}

/// The different labels of a run, numbered. A large archive has a million items but a few
/// hundred different labels: the first pass keeps each item's number (4 bytes) rather than its
/// label (32), and the labels are written out only once the templated grouping, which holds
/// most of classifying's memory, is done with it.
#[derive(Default)]
struct LabelTable {
    seen: RwLock<(HashMap<SameLabel, u32>, Vec<Classification>)>,
}

impl LabelTable {
    /// The number of `c`, entering it when it is new.
    fn number(&self, c: Classification) -> u32 {
        let c = SameLabel(c);
        let known = self.seen.read().unwrap_or_else(|e| e.into_inner());
        if let Some(&n) = known.0.get(&c) {
            return n;
        }
        drop(known);
        let mut seen = self.seen.write().unwrap_or_else(|e| e.into_inner());
        let (numbers, list) = &mut *seen;
        *numbers.entry(c).or_insert_with_key(|c| {
            list.push(c.0.clone());
            (list.len() - 1) as u32
        })
    }

    /// A copy of label `k`.
    fn get(&self, k: u32) -> Classification {
        self.seen.read().unwrap_or_else(|e| e.into_inner()).1[k as usize].clone()
    }

    /// The labels, by number.
    fn into_list(self) -> Vec<Classification> {
        self.seen.into_inner().unwrap_or_else(|e| e.into_inner()).1
    }
}

/// A label compared field by field, its confidence by its bits: the key of a [`LabelTable`].
struct SameLabel(Classification);

impl PartialEq for SameLabel {
    fn eq(&self, other: &SameLabel) -> bool {
        let (a, b) = (&self.0, &other.0);
        (a.label, &a.reasons, a.confidence.to_bits(), a.uncertain)
            == (b.label, &b.reasons, b.confidence.to_bits(), b.uncertain)
            && (a.question_to_people, a.reply_to_other, a.group, &a.fired)
                == (b.question_to_people, b.reply_to_other, b.group, &b.fired)
            && a.inbound == b.inbound
    }
}

impl Eq for SameLabel {}

impl std::hash::Hash for SameLabel {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        let c = &self.0;
        (c.label, &c.reasons, c.confidence.to_bits(), c.uncertain).hash(h);
        (c.question_to_people, c.reply_to_other, c.group, &c.fired).hash(h);
        c.inbound
            .map(|b| (b.directed, b.needs_response, b.question))
            .hash(h);
    }
}

/// Everything a label is made from: which rules fired (bits of their places in the rule list),
/// the facts, whether the item is outbound, and why an inbound item is directed.
type LabelKey = (u128, u32, bool, Option<&'static str>);

/// How many items are classified together: bounds the labels and lexicon hits of a chunk alive
/// beside the finished list.
const CHUNK: usize = 16 * 1024;

/// Who reply `i` went to, as [`templated::person_key`]: the handle it names as the one it
/// answers, else the author of the item it is linked to, else the @names it starts with
/// together, else no one known (a person of its own). A templated group is one when its
/// replies went to enough different people counted this way, and the summary counts a group's
/// people the same way, so the report never shows a group with fewer people than made it one.
pub fn recipient_key(items: &[Item], threads: &Threads, i: usize) -> u64 {
    let it = &items[i];
    if let Some(a) = &it.in_reply_to_author {
        return templated::person_key(a);
    }
    if let Some(p) = threads.parent(i) {
        return templated::person_key(&items[p].author);
    }
    let lead = text::leading_handles(&it.text);
    if !lead.is_empty() {
        return templated::person_key(&lead.join(" "));
    }
    templated::person_key(&format!("#{i}"))
}

/// Everything the rules may look at: the items, who wrote them, and how they are linked.
pub struct Corpus<'a> {
    pub items: &'a [Item],
    pub directions: &'a [Direction],
    pub threads: &'a Threads,
    pub own: &'a OwnAccounts,
}

/// The classifier with its rule set.
#[derive(Debug, Clone)]
pub struct Classifier {
    set: Rules,
}

/// A classifier's rules: the built-in ones, compiled on first use (once per process, and, in an
/// audit, while the archive is read: see [`Classifier::prepare`]), or rules compiled already.
#[derive(Debug, Clone)]
enum Rules {
    Builtin,
    Compiled(Arc<RuleSet>),
}

static BUILTIN: LazyLock<RuleSet> = LazyLock::new(|| {
    rules::merge(&[])
        .and_then(rules::compile)
        .expect("the built-in rules are valid")
});

impl Default for Classifier {
    fn default() -> Self {
        Classifier::builtin()
    }
}

// Indexes into `rules::FACTS`; a test checks they match the names.
const REPOST: usize = 0;
const REPLY: usize = 1;
const REPLY_TO_OWN: usize = 2;
const REPLY_TO_OTHER: usize = 3;
const AT_LEAD: usize = 4;
const LINKS_KNOWN: usize = 5;
const LINK: usize = 6;
const QUESTION_MARK: usize = 7;
const TEMPLATED: usize = 8;
const DIRECTED: usize = 9;
const MODERATED: usize = 10;
const PINGBACK: usize = 11;
const MESSAGE: usize = 12;
const COMMENT: usize = 13;
const ANSWERED_BEFORE: usize = 14;
const NO_WORDS: usize = 15;
const SHORT: usize = 16;
type Facts = [bool; rules::FACTS.len()];
// The facts of an item are kept in a `u32` between the passes.
const _: () = assert!(rules::FACTS.len() <= 32);

/// The reason an item decided by no rule gets (only when the default rule is disabled).
const UNMATCHED: &str = "unmatched";

impl Classifier {
    /// The built-in rule set (`rules/*.toml`, embedded). Its examples run as tests, so it compiles.
    /// Compiled once per process, when it is first used; copies share it.
    pub fn builtin() -> Classifier {
        Classifier {
            set: Rules::Builtin,
        }
    }

    /// The built-in rules with the user's rules files (name, contents) merged over them, in order.
    pub fn from_texts(user: &[(String, String)]) -> Result<Classifier, RulesError> {
        let merged = rules::merge(user)?;
        let set = rules::compile(merged)?;
        if !user.is_empty() {
            set.check_sets()?;
        }
        Ok(Classifier {
            set: Rules::Compiled(Arc::new(set)),
        })
    }

    /// Compiles the rules now if they are not yet. An audit asks for this on a thread of its own
    /// as it starts reading, so that compiling the lexicons (a tenth of a second) is not waited
    /// for before the first byte is read.
    pub fn prepare(&self) {
        self.set();
    }

    fn set(&self) -> &RuleSet {
        match &self.set {
            Rules::Builtin => &BUILTIN,
            Rules::Compiled(set) => set,
        }
    }

    /// The built-in rules with the rules files at `paths` merged over them.
    pub fn from_files(paths: &[impl AsRef<Path>]) -> Result<Classifier, RulesError> {
        if paths.is_empty() {
            // The built-in rules, compiled once per process.
            return Ok(Classifier::builtin());
        }
        let mut user = Vec::new();
        for p in paths {
            let p = p.as_ref();
            let name = p.display().to_string();
            let text = std::fs::read_to_string(p).map_err(|e| RulesError {
                file: name.clone(),
                place: "whole file".into(),
                message: e.to_string(),
            })?;
            user.push((name, text));
        }
        Classifier::from_texts(&user)
    }

    /// The version of the rules, recorded in every report's provenance; a user's file adds its own
    /// version (or a digest of its contents).
    pub fn rules_version(&self) -> String {
        self.set().version.clone()
    }

    /// Names of the rules switched off with `enabled = false`, for the provenance.
    pub fn disabled_rules(&self) -> Vec<String> {
        self.set().disabled.clone()
    }

    /// The active rules, highest priority first.
    pub fn rules(&self) -> &[Rule] {
        &self.set().rules
    }

    /// The merged settings.
    pub fn settings(&self) -> &rules::Settings {
        &self.set().settings
    }

    /// The lexicons the rules read.
    pub fn lexicons(&self) -> &[rules::Lexicon] {
        &self.set().lexicons
    }

    /// The same rules with another uncertainty threshold (the audit's `uncertain_below`).
    pub fn with_uncertain_below(&self, threshold: f32) -> Classifier {
        let mut set = self.set().clone();
        set.settings.uncertain_below = threshold;
        Classifier {
            set: Rules::Compiled(Arc::new(set)),
        }
    }

    /// Classifies every item of the corpus; the result is parallel to `corpus.items`.
    pub fn classify(&self, corpus: &Corpus<'_>) -> Labels {
        let ctx = Context::new(corpus);
        let n = corpus.items.len();
        let table = LabelTable::default();
        // Each item's label, by its number in `table`.
        let mut numbers: Vec<u32> = Vec::with_capacity(n);
        // The lexicon hits and facts of a chunk's items, as bits; those of the replies to
        // others are kept (in `reply_bits` and `reply_facts`, in the order of `replies`): the
        // second pass changes one fact of the templated replies, not their words.
        let width = self.set().lexicons.len().div_ceil(64).max(1);
        let mut bits = vec![0u64; CHUNK * width];
        let mut fact_bits = vec![0u32; CHUNK];
        let (mut reply_bits, mut reply_facts): (Vec<u64>, Vec<u32>) = Default::default();
        let s = &self.set().settings;
        // Replies to others are found by the first pass; a capacity hint counts the replies.
        let hint = corpus
            .items
            .iter()
            .filter(|it| it.kind == Kind::Reply)
            .count();
        let mut grouper = templated::Grouper::new(
            templated::Params {
                min_recipients: s.templated_min_recipients,
                similarity: s.templated_similarity,
            },
            hint,
        );
        // A chunk's replies to others, made ready for grouping in parallel: their word pairs are
        // all that is alive at once, besides the groups' representatives. The lists are filled
        // again and again (fresh ones cost a page fault every 4 KiB).
        let make = |part: &[u32], out: &mut Vec<templated::Reply>| {
            part.par_iter()
                .map_init(templated::KnownBands::default, |known, &i| {
                    let i = i as usize;
                    templated::Reply::with_known(
                        &corpus.items[i].text,
                        recipient_key(corpus.items, corpus.threads, i),
                        s.templated_min_words,
                        known,
                    )
                })
                .collect_into_vec(out);
        };
        // First pass, a chunk of items at a time: lexicons, facts and labels, and the chunk's
        // replies to others made ready. Meanwhile the replies of the chunk before are grouped,
        // in order, on another core: grouping is one thread's work, and the longest part of
        // classifying an archive with many replies, so it runs beside everything else.
        let mut replies: Vec<u32> = Vec::new();
        let mut found: Vec<u32> = Vec::new();
        let (mut ready, mut spare) = (Vec::new(), Vec::new());
        let mut start = 0;
        loop {
            let chunk = (start < n).then(|| start..(start + CHUNK).min(n));
            rayon::join(
                || {
                    let Some(range) = chunk.clone() else {
                        return;
                    };
                    // Written straight into `numbers`, which has room for every item: a list per
                    // chunk, copied over and freed, cost a page fault every 4 KiB of it.
                    let part = bits[..range.len() * width]
                        .par_chunks_mut(width)
                        .zip(&mut fact_bits[..range.len()])
                        .enumerate()
                        .map_init(Met::default, |local, (k, (b, f))| {
                            let i = range.start + k;
                            let it = &corpus.items[i];
                            let lex = self.set().lexicon_hits_with(
                                &it.text,
                                it.source.as_deref(),
                                &mut local.sources,
                            );
                            b.fill(0);
                            pack(&lex, b);
                            let facts = ctx.facts(i);
                            *f = pack_facts(&facts);
                            self.label(&ctx, i, &facts, &lex, local, &table)
                        });
                    numbers.par_extend(part);
                    found.clear();
                    let seen = table.seen.read().unwrap_or_else(|e| e.into_inner());
                    let to_other = |i: &usize| seen.1[numbers[*i] as usize].reply_to_other;
                    found.extend(range.clone().filter(to_other).map(|i| i as u32));
                    drop(seen);
                    for &i in &found {
                        let k = i as usize - range.start;
                        reply_bits.extend_from_slice(&bits[k * width..(k + 1) * width]);
                        reply_facts.push(fact_bits[k]);
                    }
                    make(&found, &mut spare);
                },
                || {
                    grouper.add_all(&ready);
                    ready.clear();
                },
            );
            if chunk.is_none() {
                break;
            }
            replies.extend_from_slice(&found);
            std::mem::swap(&mut ready, &mut spare);
            start += CHUNK;
        }
        // The grouping's memory is given back here, before the labels are written out.
        let groups = grouper.finish();

        // The members of templated groups (item, group, place in `replies`), labelled again
        // knowing it.
        let members: Vec<(u32, u32, u32)> = replies
            .iter()
            .zip(groups)
            .enumerate()
            .filter_map(|(k, (&i, g))| g.map(|g| (i, g, k as u32)))
            .collect();
        drop(replies);
        // Each member's label with its group is a label of the table too.
        let mut again: Vec<u32> = Vec::new();
        members
            .par_iter()
            .map_init(
                || (Met::default(), HashMap::new()),
                |(local, grouped), &(i, g, k)| {
                    let k = k as usize;
                    let lex = unpack(
                        &reply_bits[k * width..(k + 1) * width],
                        self.set().lexicons.len(),
                    );
                    let mut facts = unpack_facts(reply_facts[k]);
                    facts[TEMPLATED] = true;
                    let label = self.label(&ctx, i as usize, &facts, &lex, local, &table);
                    *grouped.entry((label, g)).or_insert_with(|| {
                        table.number(Classification {
                            group: g,
                            ..table.get(label)
                        })
                    })
                },
            )
            .collect_into_vec(&mut again);
        drop((reply_bits, reply_facts));
        for (&(i, _, _), k) in members.iter().zip(again) {
            numbers[i as usize] = k;
        }
        Labels {
            table: table.into_list(),
            numbers,
        }
    }

    /// Labels item `i` from its lexicon hits and the facts about it, and gives the label's
    /// number in `table`: the rules are asked, and the label they decide is taken from `local`
    /// where the same rules decided it before with the same facts. A large archive has a
    /// million items but a few hundred such labels.
    fn label(
        &self,
        ctx: &Context<'_>,
        i: usize,
        facts: &Facts,
        lex: &[bool],
        local: &mut Met,
        table: &LabelTable,
    ) -> u32 {
        let c = ctx.corpus;
        let text = &c.items[i].text;
        let outbound = c.directions[i] == Direction::Outbound;
        let applies = if outbound {
            AppliesTo::Outbound
        } else {
            AppliesTo::Inbound
        };
        let rules = &self.set().rules;
        let fires_here = |r: &Rule| r.applies_to == applies && fires(r, facts, lex, text);
        if rules.len() > 128 {
            let fired: Vec<&Rule> = rules.iter().filter(|r| fires_here(r)).collect();
            return table.number(self.decide(ctx, i, facts, &fired));
        }
        let mut mask = 0u128;
        let mut mark = |k: usize, fired: bool| mask |= u128::from(fired) << k;
        match &self.set().masks {
            Some(masks) => {
                let cues = rules::CueMasks::bits(facts, lex);
                for (k, (r, m)) in rules.iter().zip(masks).enumerate() {
                    mark(
                        k,
                        r.applies_to == applies && m.fires(cues, || own_matches(r, text)),
                    );
                }
            }
            None => {
                for (k, r) in rules.iter().enumerate() {
                    mark(k, fires_here(r));
                }
            }
        }
        let because = if outbound {
            None
        } else {
            ctx.directed_because(i)
        };
        let key = (mask, pack_facts(facts), outbound, because);
        if let Some(&known) = local.labels.get(&key) {
            return known;
        }
        let fired: Vec<&Rule> = (0..rules.len())
            .filter(|k| mask & (1 << k) != 0)
            .map(|k| &rules[k])
            .collect();
        let made = table.number(self.decide(ctx, i, facts, &fired));
        local.labels.insert(key, made);
        made
    }

    /// The label of item `i`, given the rules that `fired` for it, highest priority first.
    fn decide(
        &self,
        ctx: &Context<'_>,
        i: usize,
        facts: &Facts,
        fired: &[&Rule],
    ) -> Classification {
        let names: Names = Arc::new(fired.iter().map(|r| Str::from(r.name.as_str())).collect());
        match ctx.corpus.directions[i] {
            Direction::Outbound => self.outbound(facts, fired, names),
            Direction::Inbound => self.inbound(ctx, i, facts, fired, names),
        }
    }

    fn outbound(&self, facts: &Facts, fired: &[&Rule], names: Names) -> Classification {
        let (label, mut reasons, mut confidence) = match fired.first() {
            Some(d) => (
                d.label.unwrap_or(Label::Push),
                vec![Str::from(d.reason.as_str())],
                d.confidence,
            ),
            None => (Label::Push, vec![Str::from(UNMATCHED)], 0.5),
        };
        let (mut support, mut against) = (0, 0);
        for r in fired.iter().skip(1).filter(|r| r.priority > 0) {
            if r.label == Some(label) {
                support += 1;
                if !reasons.iter().any(|x| *x == r.reason) {
                    reasons.push(r.reason.as_str().into());
                }
            } else {
                against += 1;
            }
        }
        confidence += 0.03 * support.min(2) as f32 - 0.1 * against.min(2) as f32;
        let confidence = confidence.clamp(0.05, 0.99);
        let announced = fired.iter().any(|r| r.reason == "at-announcement");
        let reply_to_other = facts[REPLY_TO_OTHER]
            || (facts[AT_LEAD] && !facts[REPLY] && !facts[LINKS_KNOWN] && !announced);
        let question_to_people =
            label == Label::Dialogue && fired.iter().any(|r| r.reason == "question-to-people");
        Classification {
            label: Some(label),
            reasons: Arc::new(reasons),
            confidence,
            uncertain: confidence < self.set().settings.uncertain_below,
            question_to_people,
            reply_to_other,
            group: NO_GROUP,
            inbound: None,
            fired: names,
        }
    }

    fn inbound(
        &self,
        ctx: &Context<'_>,
        i: usize,
        facts: &Facts,
        fired: &[&Rule],
        names: Names,
    ) -> Classification {
        let mut reasons: Vec<Str> = ctx.directed_because(i).into_iter().map(Str::from).collect();
        for r in fired {
            if !reasons.iter().any(|x| *x == r.reason) {
                reasons.push(r.reason.as_str().into());
            }
        }
        let directed = facts[DIRECTED];
        let no_response = fired.iter().any(|r| r.effect == Some(Effect::NoResponse));
        let question = fired.iter().any(|r| r.effect == Some(Effect::Question));
        let confidence = fired.iter().map(|r| r.confidence).fold(0.95f32, f32::min);
        Classification {
            reasons: Arc::new(reasons),
            confidence,
            uncertain: confidence < self.set().settings.uncertain_below,
            inbound: Some(Inbound {
                directed,
                needs_response: directed && !no_response,
                question,
            }),
            fired: names,
            ..Classification::default()
        }
    }
}

fn fires(r: &Rule, facts: &Facts, lex: &[bool], text: &str) -> bool {
    let holds = |c: &Cue| match *c {
        Cue::Fact(k) => facts[k],
        Cue::Lexicon(k) => lex[k],
        Cue::Own => own_matches(r, text),
    };
    r.when.iter().all(holds)
        && (r.any.is_empty() || r.any.iter().any(holds))
        && !r.unless.iter().any(holds)
}

/// Whether the rule's own patterns match the text (a rule without any matches nothing).
fn own_matches(r: &Rule, text: &str) -> bool {
    r.own.as_ref().is_some_and(|s| s.is_match(text))
}

/// Facts as bits, one word for all of them.
fn pack_facts(facts: &Facts) -> u32 {
    facts
        .iter()
        .enumerate()
        .fold(0, |bits, (k, &f)| bits | (u32::from(f) << k))
}

/// The facts [`pack_facts`] stored.
fn unpack_facts(bits: u32) -> Facts {
    std::array::from_fn(|k| bits & (1 << k) != 0)
}

/// Lexicon hits as bits, 64 to a word.
fn pack(hits: &[bool], bits: &mut [u64]) {
    for (h, _) in hits.iter().enumerate().filter(|(_, hit)| **hit) {
        bits[h / 64] |= 1 << (h % 64);
    }
}

/// The `n` lexicon hits [`pack`] stored.
fn unpack(bits: &[u64], n: usize) -> Vec<bool> {
    (0..n)
        .map(|h| bits[h / 64] & (1 << (h % 64)) != 0)
        .collect()
}

/// The inbound items of one conversation whose writer the organization had already answered
/// in it before they wrote.
fn answered_again(
    corpus: &Corpus<'_>,
    members: impl ExactSizeIterator<Item = usize> + Clone,
) -> Vec<usize> {
    let items = corpus.items;
    if members.len() < 2 {
        return Vec::new();
    }
    // When the organization first answered each person in this conversation.
    let mut first: HashMap<String, jiff::Timestamp> = HashMap::new();
    for o in members.clone() {
        if corpus.directions[o] != Direction::Outbound {
            continue;
        }
        let Some(t) = items[o].created_at() else {
            continue;
        };
        let mut to: Vec<&str> = items[o].mentions.iter().map(|m| m.as_str()).collect();
        if let Some(p) = corpus.threads.parent(o) {
            to.push(&items[p].author);
        }
        if let Some(a) = items[o].in_reply_to_author.as_deref() {
            to.push(a);
        }
        for person in to {
            let e = first.entry(person.to_lowercase()).or_insert(t);
            if t < *e {
                *e = t;
            }
        }
    }
    if first.is_empty() {
        return Vec::new();
    }
    members
        .filter(|&i| {
            corpus.directions[i] == Direction::Inbound
                && matches!(
                    (items[i].created_at(), first.get(&items[i].author.as_str().to_lowercase())),
                    (Some(t), Some(a)) if *a < t
                )
        })
        .collect()
}

/// What the rules need to know about the corpus as a whole, computed once.
struct Context<'a> {
    corpus: &'a Corpus<'a>,
    /// Sources (an input's file, as [`crate::model::Origin::source_number`]) that record reply links.
    linked_sources: HashSet<u32>,
    /// Inbound items whose writer the organization had already answered in that conversation.
    answered_before: Vec<bool>,
}

impl<'a> Context<'a> {
    fn new(corpus: &'a Corpus<'a>) -> Context<'a> {
        let items = corpus.items;
        // Items come in long runs from one file: only a change of file is looked up.
        let mut linked_sources = HashSet::new();
        let mut last = None;
        for it in items {
            if it.in_reply_to.is_some() || it.in_reply_to_author.is_some() {
                let source = it.origin.source_number();
                if last != Some(source) {
                    linked_sources.insert(source);
                    last = Some(source);
                }
            }
        }
        // Conversations are independent: each is looked at on its own, in parallel.
        let answered: Vec<usize> = (0..corpus.threads.count())
            .into_par_iter()
            .flat_map_iter(|c| answered_again(corpus, corpus.threads.members(c)))
            .collect();
        let mut answered_before = vec![false; items.len()];
        for i in answered {
            answered_before[i] = true;
        }
        Context {
            corpus,
            linked_sources,
            answered_before,
        }
    }

    /// Whether item `i` replies to the organization: `Some(true)` to an own item or account,
    /// `Some(false)` to someone else, `None` when it is not a reply or the parent is unknown.
    fn parent_is_own(&self, i: usize) -> Option<bool> {
        let c = self.corpus;
        let it = &c.items[i];
        if let Some(p) = c.threads.parent(i) {
            return Some(c.directions[p] == Direction::Outbound);
        }
        it.in_reply_to_author.as_deref().map(|a| {
            c.own.is_own(&it.platform, a)
                || (c.directions[i] == Direction::Outbound
                    && (Some(a) == it.author_id.as_deref() || a.eq_ignore_ascii_case(&it.author)))
        })
    }

    /// Why an inbound item is written to the organization, if it is.
    fn directed_because(&self, i: usize) -> Option<&'static str> {
        let c = self.corpus;
        let it = &c.items[i];
        if c.directions[i] != Direction::Inbound {
            return None;
        }
        if self.parent_is_own(i) == Some(true) {
            return Some(if it.kind == Kind::Comment {
                "comment-on-own-post"
            } else {
                "reply-to-own-item"
            });
        }
        if it.kind == Kind::Message {
            return Some("message");
        }
        if it.mentions.iter().any(|m| c.own.is_own(&it.platform, m)) {
            return Some("mentions-own-account");
        }
        if it.kind == Kind::Comment {
            let root = c.threads.root(c.threads.conversation(i));
            if root.is_some_and(|r| c.directions[r] == Direction::Outbound) {
                return Some("comment-on-own-post");
            }
        }
        None
    }

    /// The facts about item `i`, as the first pass sees them (not yet known to be templated).
    fn facts(&self, i: usize) -> Facts {
        let c = self.corpus;
        let it = &c.items[i];
        let mut f: Facts = [false; rules::FACTS.len()];
        let reply = it.in_reply_to.is_some() || it.in_reply_to_author.is_some();
        let own_parent = self.parent_is_own(i);
        f[REPOST] = it.kind == Kind::Repost;
        f[REPLY] = reply;
        f[REPLY_TO_OWN] = reply && own_parent == Some(true);
        f[REPLY_TO_OTHER] = reply && own_parent != Some(true);
        f[AT_LEAD] = text::at_lead(&it.text);
        f[LINKS_KNOWN] = self.linked_sources.contains(&it.origin.source_number());
        let shape = text::shape(&it.text);
        f[LINK] = shape.link;
        f[QUESTION_MARK] = shape.question;
        f[TEMPLATED] = false;
        f[DIRECTED] = self.directed_because(i).is_some();
        f[MODERATED] = it.moderation != Moderation::Published;
        f[PINGBACK] = it.kind == Kind::Pingback;
        f[MESSAGE] = it.kind == Kind::Message;
        f[COMMENT] = it.kind == Kind::Comment;
        f[ANSWERED_BEFORE] = self.answered_before[i];
        f[NO_WORDS] = !shape.alnum;
        f[SHORT] = shape.words <= 6;
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use proptest::prelude::*;

    #[test]
    fn a_label_table_numbers_each_different_label_once() {
        let table = LabelTable::default();
        let push = Classification {
            label: Some(Label::Push),
            reasons: Arc::new(vec!["broadcast".into()]),
            confidence: 0.7,
            ..Classification::default()
        };
        let unsure = Classification {
            confidence: f32::NAN,
            ..push.clone()
        };
        let other_reason = Classification {
            reasons: Arc::new(vec!["link-only".into()]),
            ..push.clone()
        };
        let numbers: Vec<u32> = [&push, &unsure, &push, &other_reason, &unsure]
            .into_iter()
            .map(|c| table.number(c.clone()))
            .collect();
        assert_eq!(numbers, [0, 1, 0, 2, 1]);
        let list = table.into_list();
        assert_eq!(list.len(), 3);
        assert_eq!(list[2], other_reason);
    }

    /// Words and pieces the built-in lexicons look for, and some they must not be fooled by.
    const VOCABULARY: &[&str] = &[
        "thanks",
        "Thank",
        "you",
        "sign",
        "up",
        "do",
        "what",
        "think",
        "?",
        "congrats",
        "@team",
        "happy",
        "Friday",
        "learn",
        "more",
        "https://example.org/a",
        "RT",
        "don't",
        "don’t",
        "we'd",
        "love",
        "to",
        "hear",
        "join",
        "us",
        "proud",
        "sponsor",
        "our",
        "new",
        "é",
        "été",
        "bedankt",
        "dank",
        "je",
        "wel",
        "\u{212A}udos",
        "than\u{212A}s",
        "ſign",
        "💬",
        "«",
        "—",
        "ask",
        "’s",
        ".@team",
        "\u{301}",
        "٣",
        "tell",
        "register",
        "win",
        "the",
        "a",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Neither the ASCII-boundary set nor the literal prefilter changes which lexicons a text
        /// matches.
        #[test]
        fn fast_lexicon_hits_equal_the_complete_regex_set(
            words in prop::collection::vec(prop::sample::select(VOCABULARY), 0..14),
            seps in prop::collection::vec(prop::sample::select(&[" ", "  ", "\n", ", ", "! ", ""][..]), 14),
        ) {
            let text: String = words
                .iter()
                .zip(&seps)
                .flat_map(|(w, s)| [*w, *s])
                .collect();
            let c = Classifier::builtin();
            let set = c.set();
            let n = set.lexicons.len();
            let (mut fast, mut pre, mut slow) = (vec![false; n], vec![false; n], vec![false; n]);
            set.text_patterns.mark_hits(&text, &mut fast);
            set.text_patterns.mark_hits_prefiltered(&text, &mut pre);
            set.text_patterns.mark_hits_exhaustive(&text, &mut slow);
            prop_assert_eq!(&fast, &slow, "{:?}", text);
            prop_assert_eq!(&pre, &slow, "prefiltered: {:?}", text);
        }

        /// A rule's bit masks fire exactly where walking its lists of cues does, whatever the
        /// cues, the item's facts and lexicon hits, and whether the rule's own patterns match.
        #[test]
        fn cue_masks_fire_where_the_cues_do(
            lists in prop::collection::vec(
                prop::collection::vec(
                    prop_oneof![
                        (0..rules::FACTS.len()).prop_map(Cue::Fact),
                        (0..LEXICONS).prop_map(Cue::Lexicon),
                        Just(Cue::Own),
                    ],
                    0..4,
                ),
                3,
            ),
            facts in prop::collection::vec(any::<bool>(), rules::FACTS.len()),
            lex in prop::collection::vec(any::<bool>(), LEXICONS),
            own_matches in any::<bool>(),
        ) {
            let rule = Rule {
                name: "r".into(),
                reason: "r".into(),
                applies_to: AppliesTo::Outbound,
                label: Some(Label::Dialogue),
                effect: None,
                priority: 50,
                confidence: 0.8,
                when: lists[0].clone(),
                any: lists[1].clone(),
                unless: lists[2].clone(),
                own: Some(regex::RegexSet::new(["zebra"]).unwrap()),
                examples: Vec::new(),
                counterexamples: Vec::new(),
                file: "test".into(),
            };
            let text = if own_matches { "a zebra" } else { "a lion" };
            let facts: Facts = facts.try_into().unwrap();
            let masks = rules::CueMasks::of(&rule, LEXICONS).unwrap();
            let bits = rules::CueMasks::bits(&facts, &lex);
            prop_assert_eq!(
                masks.fires(bits, || own_matches),
                fires(&rule, &facts, &lex, text)
            );
        }
    }

    #[test]
    fn a_clients_hits_taken_from_the_cache_are_its_own() {
        let c = Classifier::builtin();
        let set = c.set();
        let mut known = rules::SourceHits::default();
        let sources = [
            "dlvr.it",
            "Twitter Web App",
            "IFTTT",
            "twitterfeed",
            "dlvr.it",
            "Twitter for iPhone",
            "IFTTT",
        ];
        let mut automated = 0;
        for (k, source) in sources.iter().enumerate() {
            let text = ["Thanks!", "Sign up now", "What do you think?"][k % 3];
            let cached = set.lexicon_hits_with(text, Some(source), &mut known);
            assert_eq!(cached, set.lexicon_hits(text, Some(source)), "{source}");
            let alone = set.lexicon_hits_with("", Some(source), &mut known);
            automated += usize::from(alone.iter().any(|&h| h));
        }
        // The feed clients, each time, whether matched or taken from the cache.
        assert_eq!(automated, 5);
    }

    /// Lexicons in [`cue_masks_fire_where_the_cues_do`]: as many as fit beside the facts.
    const LEXICONS: usize = 128 - rules::FACTS.len();

    #[test]
    fn the_builtin_lexicons_compile_into_their_sets() {
        Classifier::builtin().set().check_sets().unwrap();
    }

    #[test]
    fn a_lexicon_past_the_size_of_a_set_is_refused_naming_it() {
        let patterns: Vec<String> = ('a'..='q').map(|c| format!("'\\w{{83}}{c}'")).collect();
        let rules = format!(
            "[lexicon.huge]\nfield = \"text\"\npatterns = [{}]\n",
            patterns.join(", ")
        );
        let e = Classifier::from_texts(&[("big.toml".into(), rules)]).unwrap_err();
        assert_eq!(e.place, "lexicon.huge", "{e}");
        assert!(e.message.contains("size limit"), "{e}");
    }

    #[test]
    fn the_builtin_lexicons_get_the_fast_ascii_boundary_set() {
        let c = Classifier::builtin();
        let set = c.set();
        assert!(set.text_patterns.has_ascii_bounds());
        assert!(set.source_patterns.has_ascii_bounds());
    }

    #[test]
    fn fact_indexes_match_their_names() {
        let at = |name: &str| rules::FACTS.iter().position(|(f, _)| *f == name).unwrap();
        assert_eq!(at("repost"), REPOST);
        assert_eq!(at("reply"), REPLY);
        assert_eq!(at("reply-to-own"), REPLY_TO_OWN);
        assert_eq!(at("reply-to-other"), REPLY_TO_OTHER);
        assert_eq!(at("at-lead"), AT_LEAD);
        assert_eq!(at("links-known"), LINKS_KNOWN);
        assert_eq!(at("link"), LINK);
        assert_eq!(at("question-mark"), QUESTION_MARK);
        assert_eq!(at("templated"), TEMPLATED);
        assert_eq!(at("directed"), DIRECTED);
        assert_eq!(at("moderated"), MODERATED);
        assert_eq!(at("pingback"), PINGBACK);
        assert_eq!(at("message"), MESSAGE);
        assert_eq!(at("comment"), COMMENT);
        assert_eq!(at("answered-before"), ANSWERED_BEFORE);
        assert_eq!(at("no-words"), NO_WORDS);
        assert_eq!(at("short"), SHORT);
    }
}

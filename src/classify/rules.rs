//! Rules and lexicons as data: the TOML schema, merging a user's file over the built-in set, and
//! compiling the result into something fast to evaluate.
//!
//! A rules file has three parts (see `rules/base.toml` for the documented built-in set):
//! - `[settings]`: how templated replies are matched;
//! - `[lexicon.NAME]`: lists of regular expressions, matched case-insensitively against the text
//!   (or the posting client with `field = "source"`); a later file adds to a lexicon of the same
//!   name unless it says `replace = true`;
//! - `[[rule]]`: a named rule. It fires when every cue in `when` holds, at least one cue of `any`
//!   (or one of its own `patterns`) holds if it lists any, and no cue of `unless` holds. A cue is a
//!   structural fact (see [`FACTS`]) or a lexicon name. Among the rules that fire, the one with the
//!   highest `priority` decides. A later file's rule with an existing name overrides the fields it
//!   gives; `enabled = false` switches a rule off (and the run's provenance says so).

use std::collections::BTreeMap;

use regex::{RegexSet, RegexSetBuilder};

use super::matcher::{self, PatternSet};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::Label;
use crate::model::{Kind, Moderation};

/// The built-in rule files, in the order they are merged.
pub const BUILTIN: [(&str, &str); 3] = [
    ("base.toml", include_str!("rules/base.toml")),
    ("en.toml", include_str!("rules/en.toml")),
    ("nl.toml", include_str!("rules/nl.toml")),
];

/// The structural facts a rule may name in `when`, `any` or `unless`, with what each means.
/// Everything else a rule names must be a lexicon.
pub const FACTS: [(&str, &str); 17] = [
    (
        "repost",
        "the platform marks the item as a repost (retweet, boost) with no words of its own",
    ),
    (
        "reply",
        "the item has a reply link (a parent id or a parent author)",
    ),
    (
        "reply-to-own",
        "the item replies to one of the organization's own items or accounts",
    ),
    (
        "reply-to-other",
        "the item replies to someone other than the organization",
    ),
    ("at-lead", "the text starts with an @name (or .@name)"),
    (
        "links-known",
        "the item's source records reply links, so an item without one is not a reply",
    ),
    ("link", "the text holds a web link"),
    (
        "question-mark",
        "the text holds a question mark (outside links)",
    ),
    (
        "templated",
        "near-identical text was sent as replies to several different people",
    ),
    (
        "directed",
        "inbound: written to the organization (reply to an own item, mention, message)",
    ),
    (
        "moderated",
        "inbound: the platform marks it as spam or unapproved",
    ),
    ("pingback", "inbound: a pingback or trackback"),
    ("message", "a private message"),
    ("comment", "a comment on a post or article"),
    (
        "answered-before",
        "inbound: the organization already answered this person in this conversation",
    ),
    (
        "no-words",
        "nothing but @names, links, emoji and punctuation",
    ),
    (
        "short",
        "at most six words once @names and links are removed",
    ),
];

/// One rules file as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesFile {
    /// The rule set's version, recorded in every report's provenance.
    pub version: Option<String>,
    #[serde(default)]
    pub settings: SettingsPatch,
    #[serde(default)]
    pub lexicon: BTreeMap<String, LexiconDef>,
    #[serde(default)]
    pub rule: Vec<RuleDef>,
}

/// Settings a file may set; what it leaves out keeps its earlier value.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingsPatch {
    pub templated_min_recipients: Option<usize>,
    pub templated_min_words: Option<usize>,
    pub templated_similarity: Option<f64>,
}

/// The classifier's settings after merging.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Labels whose confidence is below this are marked uncertain. Not a rules-file setting: it
    /// is the audit's `uncertain_below` threshold, reported with the other thresholds.
    pub uncertain_below: f32,
    /// A templated group must address at least this many different people.
    pub templated_min_recipients: usize,
    /// Replies shorter than this (in words, @names and links removed) are never templated: a bare
    /// "Thank you!" to many people is politeness, not a stock statement.
    pub templated_min_words: usize,
    /// Jaccard similarity of word pairs at or above which two replies are the same text.
    pub templated_similarity: f64,
}

/// Which field of the item a lexicon is matched against.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    #[default]
    Text,
    Source,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconDef {
    pub description: Option<String>,
    pub field: Option<Field>,
    /// Replace the patterns earlier files gave this lexicon instead of adding to them.
    #[serde(default)]
    pub replace: bool,
    #[serde(default)]
    pub patterns: Vec<String>,
}

/// Which items a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AppliesTo {
    Outbound,
    Inbound,
}

/// What an inbound rule says about the item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Effect {
    /// Directed, but needs no response (spam, pingback, repost, reaction, closer).
    NoResponse,
    /// Asks something.
    Question,
}

/// A rule as written; every field but `name` may be left out when overriding a rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub name: String,
    /// The reason written on items this rule decides; defaults to the name.
    pub reason: Option<String>,
    pub description: Option<String>,
    pub enabled: Option<bool>,
    pub applies_to: Option<AppliesTo>,
    /// Outbound rules: the label they give.
    pub label: Option<Label>,
    /// Inbound rules: what they say.
    pub effect: Option<Effect>,
    pub priority: Option<i32>,
    pub confidence: Option<f32>,
    pub when: Option<Vec<String>>,
    pub any: Option<Vec<String>>,
    pub unless: Option<Vec<String>>,
    /// Extra regular expressions, counted as one more cue of `any`. Added to earlier ones.
    #[serde(default)]
    pub patterns: Vec<String>,
    /// Items the rule must decide (outbound) or describe (inbound). Added to earlier ones.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Look-alikes the rule must not decide. Added to earlier ones.
    #[serde(default)]
    pub counterexamples: Vec<Example>,
}

/// An example: a bare text (an outbound post with no reply link), or a small scene.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Example {
    Text(String),
    Scene(Scene),
}

/// A small scene around one item, for rules that need structure to fire.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scene {
    pub text: String,
    /// Written by someone else (default: by the organization).
    #[serde(default)]
    pub inbound: bool,
    pub kind: Option<Kind>,
    /// `"own"`: replies to an own item; any other value: replies to an item by that person.
    pub reply_to: Option<String>,
    /// The posting client.
    pub source: Option<String>,
    pub moderation: Option<Moderation>,
    /// The source records reply links (another item in it has one).
    #[serde(default)]
    pub links_known: bool,
    /// Inbound: the organization answered this person earlier in the conversation.
    #[serde(default)]
    pub answered_before: bool,
    /// The same text (its leading @name swapped) also sent as replies to these people.
    #[serde(default)]
    pub also_sent_to: Vec<String>,
}

impl Example {
    pub fn scene(&self) -> Scene {
        match self {
            Example::Text(t) => Scene {
                text: t.clone(),
                ..Scene::default()
            },
            Example::Scene(s) => s.clone(),
        }
    }
}

/// A problem in a rules file, naming the file and the place.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}: {place}: {message}")]
pub struct RulesError {
    pub file: String,
    pub place: String,
    pub message: String,
}

impl RulesError {
    fn new(file: &str, place: impl Into<String>, message: impl Into<String>) -> RulesError {
        RulesError {
            file: file.to_string(),
            place: place.into(),
            message: message.into(),
        }
    }
}

/// Parses one rules file's text.
pub fn parse(file: &str, text: &str) -> Result<RulesFile, RulesError> {
    toml::from_str(text).map_err(|e| {
        let place = e
            .span()
            .map(|s| {
                let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
                format!("line {line}")
            })
            .unwrap_or_else(|| "whole file".to_string());
        RulesError::new(file, place, e.message().to_string())
    })
}

/// A rule after merging, before compiling.
#[derive(Debug, Clone)]
pub struct MergedRule {
    pub def: RuleDef,
    /// The file that last changed it.
    pub file: String,
}

/// The merged rule set: what the built-in files and the user's files say together.
#[derive(Debug, Clone)]
pub struct Merged {
    pub version: String,
    pub settings: Settings,
    pub lexicons: BTreeMap<String, (Field, Vec<String>)>,
    pub rules: Vec<MergedRule>,
}

impl Merged {
    fn empty() -> Merged {
        Merged {
            version: String::new(),
            settings: Settings {
                uncertain_below: crate::summary::Thresholds::default().uncertain_below,
                templated_min_recipients: 3,
                templated_min_words: 5,
                templated_similarity: 0.6,
            },
            lexicons: BTreeMap::new(),
            rules: Vec::new(),
        }
    }

    /// Merges a file over what is there.
    fn apply(&mut self, file: &str, f: RulesFile, user_text: Option<&str>) {
        match (&f.version, user_text) {
            (Some(v), None) => self.version = v.clone(),
            (Some(v), Some(_)) => self.version = format!("{}+{v}", self.version),
            (None, Some(text)) => {
                let digest = Sha256::digest(text.as_bytes());
                let short: String = digest.iter().take(4).map(|b| format!("{b:02x}")).collect();
                self.version = format!("{}+custom-{short}", self.version);
            }
            (None, None) => {}
        }
        let s = &mut self.settings;
        let p = f.settings;
        s.templated_min_recipients = p
            .templated_min_recipients
            .unwrap_or(s.templated_min_recipients);
        s.templated_min_words = p.templated_min_words.unwrap_or(s.templated_min_words);
        s.templated_similarity = p.templated_similarity.unwrap_or(s.templated_similarity);
        for (name, lex) in f.lexicon {
            let entry = self
                .lexicons
                .entry(name)
                .or_insert_with(|| (Field::Text, Vec::new()));
            if let Some(field) = lex.field {
                entry.0 = field;
            }
            if lex.replace {
                entry.1.clear();
            }
            entry.1.extend(lex.patterns);
        }
        for r in f.rule {
            match self.rules.iter_mut().find(|m| m.def.name == r.name) {
                Some(m) => {
                    merge_rule(&mut m.def, r);
                    m.file = file.to_string();
                }
                None => self.rules.push(MergedRule {
                    def: r,
                    file: file.to_string(),
                }),
            }
        }
    }
}

fn merge_rule(old: &mut RuleDef, new: RuleDef) {
    macro_rules! over {
        ($($f:ident),*) => { $( if new.$f.is_some() { old.$f = new.$f; } )* };
    }
    over!(
        reason,
        description,
        enabled,
        applies_to,
        label,
        effect,
        priority,
        confidence,
        when,
        any,
        unless
    );
    old.patterns.extend(new.patterns);
    old.examples.extend(new.examples);
    old.counterexamples.extend(new.counterexamples);
}

/// Merges the built-in files, then each user file (name, text) in order.
pub fn merge(user: &[(String, String)]) -> Result<Merged, RulesError> {
    let mut m = Merged::empty();
    for (name, text) in BUILTIN {
        m.apply(name, parse(name, text)?, None);
    }
    for (name, text) in user {
        m.apply(name, parse(name, text)?, Some(text));
    }
    Ok(m)
}

/// A cue a compiled rule checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Fact(usize),
    Lexicon(usize),
    /// The rule's own patterns.
    Own,
}

/// A rule ready to evaluate.
#[derive(Debug, Clone)]
pub struct Rule {
    pub name: String,
    pub reason: String,
    pub applies_to: AppliesTo,
    pub label: Option<Label>,
    pub effect: Option<Effect>,
    pub priority: i32,
    pub confidence: f32,
    pub when: Vec<Cue>,
    pub any: Vec<Cue>,
    pub unless: Vec<Cue>,
    pub own: Option<RegexSet>,
    pub examples: Vec<Example>,
    pub counterexamples: Vec<Example>,
    pub file: String,
}

/// A lexicon after compiling: its patterns live in [`RuleSet::text_patterns`] or
/// [`RuleSet::source_patterns`], matched in one pass per item.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub name: String,
    pub field: Field,
    /// How many patterns it has, from every file.
    pub patterns: usize,
}

/// The compiled rule set. Rules are sorted by priority, highest first (ties keep file order).
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub version: String,
    pub settings: Settings,
    pub lexicons: Vec<Lexicon>,
    /// Every text lexicon's patterns, each knowing the lexicon it belongs to.
    pub text_patterns: PatternSet,
    /// The same for lexicons matched against the posting client.
    pub source_patterns: PatternSet,
    pub rules: Vec<Rule>,
    /// Each rule's [`CueMasks`], parallel to `rules`; `None` when the facts and lexicons are
    /// more than the 128 bits a mask holds.
    pub masks: Option<Vec<CueMasks>>,
    pub disabled: Vec<String>,
}

impl RuleSet {
    /// Checks that every lexicon, and all the lexicons of each field together, compile into
    /// one set within its size limit, as matching a text against the complete set needs (a
    /// user's rules are checked; the built-in ones are, by a test). Each pattern was checked on
    /// its own already.
    pub fn check_sets(&self) -> Result<(), RulesError> {
        for (k, l) in self.lexicons.iter().enumerate() {
            let patterns = match l.field {
                Field::Text => &self.text_patterns,
                Field::Source => &self.source_patterns,
            };
            compile_set(
                "lexicons",
                &format!("lexicon.{}", l.name),
                &patterns.patterns_of(k),
            )?;
        }
        for (place, patterns) in [
            ("all text lexicons", &self.text_patterns),
            ("all source lexicons", &self.source_patterns),
        ] {
            compile_set("lexicons", place, patterns.patterns())?;
        }
        Ok(())
    }

    /// Which lexicons match an item's text and posting client.
    pub fn lexicon_hits(&self, text: &str, source: Option<&str>) -> Vec<bool> {
        self.lexicon_hits_with(text, source, &mut SourceHits::default())
    }

    /// [`RuleSet::lexicon_hits`], the posting client's hits taken from `known` when the same
    /// client was matched before: an archive names a handful of clients, a million times.
    pub fn lexicon_hits_with(
        &self,
        text: &str,
        source: Option<&str>,
        known: &mut SourceHits,
    ) -> Vec<bool> {
        let mut hits = vec![false; self.lexicons.len()];
        self.text_patterns.mark_hits(text, &mut hits);
        if let Some(source) = source {
            if !known.hits.contains_key(source) {
                let mut of_source = vec![false; self.lexicons.len()];
                self.source_patterns.mark_hits(source, &mut of_source);
                if known.hits.len() >= SOURCE_HITS {
                    known.hits.clear();
                }
                let lexicons = (0..of_source.len()).filter(|&k| of_source[k]).collect();
                known.hits.insert(source.into(), lexicons);
            }
            for &k in &known.hits[source] {
                hits[k] = true;
            }
        }
        hits
    }
}

/// The lexicons each posting client matched, by client (see [`RuleSet::lexicon_hits_with`]).
#[derive(Debug, Default)]
pub struct SourceHits {
    hits: hashbrown::HashMap<Box<str>, Vec<usize>>,
}

/// How many clients [`SourceHits`] holds before it starts afresh.
const SOURCE_HITS: usize = 1024;

/// The compiled size one pattern may reach: generous for a word list, small enough that a
/// rules file cannot make earshot build a gigantic automaton.
const PATTERN_SIZE_LIMIT: usize = 1 << 22;

/// Compiles patterns into one set, checking each first so an error names the pattern.
fn compile_set(file: &str, place: &str, patterns: &[String]) -> Result<RegexSet, RulesError> {
    for (n, p) in patterns.iter().enumerate() {
        regex::RegexBuilder::new(p)
            .case_insensitive(true)
            .size_limit(PATTERN_SIZE_LIMIT)
            .build()
            .map_err(|e| {
                RulesError::new(file, format!("{place}, pattern {}", n + 1), e.to_string())
            })?;
    }
    RegexSetBuilder::new(patterns)
        .case_insensitive(true)
        .size_limit(1 << 26)
        .build()
        .map_err(|e| RulesError::new(file, place, e.to_string()))
}

/// Checks and compiles a merged rule set.
pub fn compile(m: Merged) -> Result<RuleSet, RulesError> {
    let s = &m.settings;
    if !(0.0..=1.0).contains(&s.templated_similarity) || s.templated_similarity == 0.0 {
        return Err(RulesError::new(
            "settings",
            "templated_similarity",
            "must be above 0 and at most 1",
        ));
    }
    if s.templated_min_recipients < 2 {
        return Err(RulesError::new(
            "settings",
            "templated_min_recipients",
            "must be at least 2 (a template is sent to several people)",
        ));
    }
    let mut lexicons = Vec::new();
    let (mut text_all, mut text_regexes, mut text_owner) = (Vec::new(), Vec::new(), Vec::new());
    let (mut source_all, mut source_regexes, mut source_owner) =
        (Vec::new(), Vec::new(), Vec::new());
    for (name, (field, patterns)) in &m.lexicons {
        if FACTS.iter().any(|(f, _)| f == name) {
            return Err(RulesError::new(
                "lexicons",
                format!("lexicon.{name}"),
                "this name is a structural fact; choose another",
            ));
        }
        let place = format!("lexicon.{name}");
        let (all, regexes, owner) = match field {
            Field::Text => (&mut text_all, &mut text_regexes, &mut text_owner),
            Field::Source => (&mut source_all, &mut source_regexes, &mut source_owner),
        };
        // Each pattern is checked on its own, so an error names it; the compiled regexes are
        // kept for matching.
        for (n, p) in patterns.iter().enumerate() {
            regexes.push(matcher::compile_one(p, PATTERN_SIZE_LIMIT).map_err(|e| {
                RulesError::new(
                    "lexicons",
                    format!("{place}, pattern {}", n + 1),
                    e.to_string(),
                )
            })?);
        }
        all.extend(patterns.iter().cloned());
        owner.extend(std::iter::repeat_n(lexicons.len(), patterns.len()));
        lexicons.push(Lexicon {
            name: name.clone(),
            field: *field,
            patterns: patterns.len(),
        });
    }
    let cue = |file: &str, place: &str, name: &str| -> Result<Cue, RulesError> {
        if let Some(i) = FACTS.iter().position(|(f, _)| *f == name) {
            return Ok(Cue::Fact(i));
        }
        if let Some(i) = lexicons.iter().position(|l| l.name == name) {
            return Ok(Cue::Lexicon(i));
        }
        Err(RulesError::new(
            file,
            place,
            format!("`{name}` is neither a structural fact nor a lexicon"),
        ))
    };
    let mut rules = Vec::new();
    let mut disabled = Vec::new();
    for MergedRule { def, file } in m.rules {
        let place = format!("rule `{}`", def.name);
        if def.name.trim().is_empty() {
            return Err(RulesError::new(&file, "rule", "a rule needs a name"));
        }
        if def.enabled == Some(false) {
            disabled.push(def.name.clone());
            continue;
        }
        let applies_to = def.applies_to.unwrap_or(AppliesTo::Outbound);
        match (applies_to, def.label, def.effect) {
            (AppliesTo::Outbound, Some(_), None) | (AppliesTo::Inbound, None, Some(_)) => {}
            (AppliesTo::Outbound, _, _) => {
                return Err(RulesError::new(
                    &file,
                    place,
                    "an outbound rule needs `label = \"push\"` or `\"dialogue\"` and no `effect`",
                ));
            }
            (AppliesTo::Inbound, _, _) => {
                return Err(RulesError::new(
                    &file,
                    place,
                    "an inbound rule needs `effect = \"no-response\"` or `\"question\"` and no `label`",
                ));
            }
        }
        let confidence = def.confidence.unwrap_or(0.8);
        if !(0.0..=1.0).contains(&confidence) {
            return Err(RulesError::new(
                &file,
                place,
                "confidence must be between 0 and 1",
            ));
        }
        let cues = |names: &Option<Vec<String>>, what: &str| -> Result<Vec<Cue>, RulesError> {
            names
                .iter()
                .flatten()
                .map(|n| cue(&file, &format!("{place}, {what}"), n))
                .collect()
        };
        let when = cues(&def.when, "when")?;
        let mut any = cues(&def.any, "any")?;
        let unless = cues(&def.unless, "unless")?;
        let own = if def.patterns.is_empty() {
            None
        } else {
            any.push(Cue::Own);
            Some(compile_set(
                &file,
                &format!("{place}, patterns"),
                &def.patterns,
            )?)
        };
        if when.is_empty() && any.is_empty() && def.priority.unwrap_or(50) > 0 {
            return Err(RulesError::new(
                &file,
                place,
                "a rule with no cue fires on everything; give it `when`, `any` or `patterns` (or priority 0 for a default)",
            ));
        }
        rules.push(Rule {
            reason: def.reason.clone().unwrap_or_else(|| def.name.clone()),
            name: def.name,
            applies_to,
            label: def.label,
            effect: def.effect,
            priority: def.priority.unwrap_or(50),
            confidence,
            when,
            any,
            unless,
            own,
            examples: def.examples,
            counterexamples: def.counterexamples,
            file,
        });
    }
    rules.sort_by_key(|r| std::cmp::Reverse(r.priority));
    let masks = rules
        .iter()
        .map(|r| CueMasks::of(r, lexicons.len()))
        .collect::<Option<_>>();
    Ok(RuleSet {
        version: m.version,
        settings: m.settings,
        lexicons,
        text_patterns: PatternSet::with_regexes(&text_all, text_regexes, text_owner),
        source_patterns: PatternSet::with_regexes(&source_all, source_regexes, source_owner),
        rules,
        masks,
        disabled,
    })
}

/// A rule's fact and lexicon cues as bit masks over [`CueMasks::bits`]: an item is checked
/// against every rule, and a few instructions per rule take the place of walking its lists of
/// cues.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CueMasks {
    when: u128,
    any: u128,
    unless: u128,
    /// Whether `any` lists a cue at all (the rule's own patterns included).
    has_any: bool,
    own_when: bool,
    own_any: bool,
    own_unless: bool,
}

impl CueMasks {
    /// The rule's masks, `None` when the facts and `lexicons` do not fit in 128 bits.
    pub fn of(r: &Rule, lexicons: usize) -> Option<CueMasks> {
        if FACTS.len() + lexicons > 128 {
            return None;
        }
        let mask = |cues: &[Cue]| {
            cues.iter().fold(0u128, |m, c| match *c {
                Cue::Fact(k) => m | 1 << k,
                Cue::Lexicon(k) => m | 1 << (FACTS.len() + k),
                Cue::Own => m,
            })
        };
        let own = |cues: &[Cue]| cues.contains(&Cue::Own);
        Some(CueMasks {
            when: mask(&r.when),
            any: mask(&r.any),
            unless: mask(&r.unless),
            has_any: !r.any.is_empty(),
            own_when: own(&r.when),
            own_any: own(&r.any),
            own_unless: own(&r.unless),
        })
    }

    /// An item's facts and lexicon hits, one bit each, as the masks read them (the masks exist
    /// only when these fit).
    pub fn bits(facts: &[bool], lex: &[bool]) -> u128 {
        facts
            .iter()
            .chain(lex)
            .enumerate()
            .fold(0, |b, (k, &on)| b | u128::from(on) << k)
    }

    /// Whether the rule fires on an item with these `bits`; `own` asks the rule's own patterns
    /// (only when the answer depends on them). The same answer as walking the rule's cues.
    pub fn fires(&self, bits: u128, own: impl Fn() -> bool) -> bool {
        bits & self.when == self.when
            && (!self.own_when || own())
            && (!self.has_any || bits & self.any != 0 || (self.own_any && own()))
            && bits & self.unless == 0
            && !(self.own_unless && own())
    }
}

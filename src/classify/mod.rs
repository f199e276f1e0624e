//! Classify: label every outbound item `push` or `dialogue`, and describe every inbound item by
//! what it asks of the organization (directed, needs response, question), following CODEBOOK.md.
//!
//! Every label carries the names of the rules that decided it, so an auditor can defend it.

use serde::{Deserialize, Serialize};

use crate::model::{Direction, Item, Kind, OwnAccounts};
use crate::thread::Threads;

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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Classification {
    /// `Some` for outbound items, `None` for inbound ones.
    pub label: Option<Label>,
    /// Names of the rules that decided, most decisive first.
    pub reasons: Vec<String>,
    /// How sure the rules are, 0 to 1.
    pub confidence: f32,
    /// Below the confidence threshold: listed in the report as worth a manual check.
    pub uncertain: bool,
    /// Outbound: puts a real question to people (codebook "question to people").
    pub question_to_people: bool,
    /// Outbound: replies to someone other than the organization.
    pub reply_to_other: bool,
    /// Outbound: the group of near-identical replies this one belongs to.
    pub templated_group: Option<usize>,
    /// `Some` for inbound items.
    pub inbound: Option<Inbound>,
}

/// Everything the rules may look at: the items, who wrote them, and how they are linked.
pub struct Corpus<'a> {
    pub items: &'a [Item],
    pub directions: &'a [Direction],
    pub threads: &'a Threads,
    pub own: &'a OwnAccounts,
}

/// The classifier with its rule set.
#[derive(Debug, Clone, Default)]
pub struct Classifier {}

impl Classifier {
    /// The built-in rule set.
    pub fn builtin() -> Classifier {
        Classifier {}
    }

    /// The version of the rules, recorded in every report's provenance.
    pub fn rules_version(&self) -> String {
        "structure-0.1".to_string()
    }

    /// Classifies every item of the corpus; the result is parallel to `corpus.items`.
    pub fn classify(&self, corpus: &Corpus<'_>) -> Vec<Classification> {
        (0..corpus.items.len())
            .map(|i| match corpus.directions[i] {
                Direction::Outbound => outbound(corpus, i),
                Direction::Inbound => inbound(corpus, i),
            })
            .collect()
    }
}

fn parent_is_own(c: &Corpus<'_>, i: usize) -> Option<bool> {
    let it = &c.items[i];
    if let Some(p) = c.threads.parent[i] {
        return Some(c.directions[p] == Direction::Outbound);
    }
    it.in_reply_to_author
        .as_deref()
        .map(|a| c.own.is_own(&it.platform, a) || Some(a) == it.author_id.as_deref())
}

fn outbound(c: &Corpus<'_>, i: usize) -> Classification {
    let it = &c.items[i];
    let (label, reason, reply_to_other) = if it.kind == Kind::Repost {
        (Label::Push, "plain-repost", false)
    } else if it.in_reply_to.is_some() || it.in_reply_to_author.is_some() {
        match parent_is_own(c, i) {
            Some(true) => (Label::Push, "self-thread", false),
            _ => (Label::Dialogue, "reply-to-other", true),
        }
    } else {
        (Label::Push, "information", false)
    };
    Classification {
        label: Some(label),
        reasons: vec![reason.to_string()],
        confidence: 0.9,
        reply_to_other,
        ..Classification::default()
    }
}

fn inbound(c: &Corpus<'_>, i: usize) -> Classification {
    let it = &c.items[i];
    let to_own_item = c.threads.parent[i].is_some_and(|p| c.directions[p] == Direction::Outbound);
    let mentions_own = it.mentions.iter().any(|m| c.own.is_own(&it.platform, m));
    let directed = to_own_item
        || mentions_own
        || it.kind == Kind::Message
        || it
            .in_reply_to_author
            .as_deref()
            .is_some_and(|a| c.own.is_own(&it.platform, a));
    let question = it.text.contains('?');
    let needs_response = directed && it.kind != Kind::Repost && it.kind != Kind::Pingback;
    Classification {
        inbound: Some(Inbound {
            directed,
            needs_response,
            question,
        }),
        confidence: 1.0,
        ..Classification::default()
    }
}

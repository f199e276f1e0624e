//! Running a rule's examples and counterexamples: each one is turned into a small scene (the item,
//! and where asked a parent, an earlier answer, copies sent to other people), classified with the
//! whole rule set, and checked. The test suite runs every built-in example; `earshot rules check`
//! runs them for a user's file.

use jiff::Timestamp;

use super::rules::{AppliesTo, Example, Rule};
use super::{Classification, Classifier, Corpus};
use crate::ingest::earshot_csv::mentions_in;
use crate::model::{Account, Direction, Item, Kind, OwnAccounts, Platform};
use crate::thread::Threads;

/// The organization's handle in example scenes.
pub const OWN: &str = "us";
/// The other person in example scenes (unless the example names one).
pub const PERSON: &str = "sam_b";

/// The outcome of one example.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub rule: String,
    /// The file that last changed the rule.
    pub file: String,
    /// A counterexample (the rule must not decide it) rather than an example.
    pub counter: bool,
    pub text: String,
    pub passed: bool,
    /// What the classifier said: the label (or inbound flags) and the rules that fired.
    pub got: String,
}

impl Classifier {
    /// Runs the examples of every active rule.
    pub fn check_examples(&self) -> Vec<Checked> {
        self.check_examples_of(|_| true)
    }

    /// Runs the examples of the active rules last changed by `file` (a user's rules file).
    pub fn check_examples_from(&self, file: &str) -> Vec<Checked> {
        self.check_examples_of(|r| r.file == file)
    }

    fn check_examples_of(&self, wanted: impl Fn(&Rule) -> bool) -> Vec<Checked> {
        let mut out = Vec::new();
        for r in self.rules().iter().filter(|r| wanted(r)) {
            for (counter, list) in [(false, &r.examples), (true, &r.counterexamples)] {
                for ex in list {
                    let c = self.classify_example(ex);
                    let passed = decides(r, &c) != counter;
                    out.push(Checked {
                        rule: r.name.clone(),
                        file: r.file.clone(),
                        counter,
                        text: ex.scene().text,
                        passed,
                        got: describe(&c),
                    });
                }
            }
        }
        out
    }

    /// Classifies an example's item in its scene.
    pub fn classify_example(&self, ex: &Example) -> Classification {
        let (items, main) = scene_items(ex);
        let directions: Vec<Direction> = items.iter().map(|it| it.direction.unwrap()).collect();
        let threads = Threads::link(&items);
        let own = OwnAccounts::new(vec![Account::parse(OWN)]);
        let classes = self.classify(&Corpus {
            items: &items,
            directions: &directions,
            threads: &threads,
            own: &own,
        });
        classes[main].clone()
    }
}

/// Whether the rule took part in the item's result: for an outbound rule, it fired and the item
/// got its label; for an inbound rule, it fired.
fn decides(r: &Rule, c: &Classification) -> bool {
    let fired = c.fired.iter().any(|f| *f == r.name);
    match r.applies_to {
        AppliesTo::Outbound => fired && c.label == r.label,
        AppliesTo::Inbound => fired,
    }
}

fn describe(c: &Classification) -> String {
    let what = match (c.label, c.inbound) {
        (Some(l), _) => l.as_str().to_string(),
        (None, Some(b)) => format!(
            "directed={} needs_response={} question={}",
            b.directed, b.needs_response, b.question
        ),
        (None, None) => String::new(),
    };
    format!("{what} [{}]", c.fired.join(", "))
}

/// The items of an example's scene, and the index of the example's own item.
fn scene_items(ex: &Example) -> (Vec<Item>, usize) {
    let s = ex.scene();
    let mut items: Vec<Item> = Vec::new();
    let mut clock = 0i64;
    let mut make = |id: &str, author: &str, dir: Direction, text: &str| {
        clock += 60;
        let mut it = Item::new(Platform::X, id, author);
        it.direction = Some(dir);
        it.text = text.to_string().into();
        it.mentions = mentions_in(text).into_iter().collect();
        it.set_created_at(Timestamp::from_second(1_700_000_000 + clock).ok());
        it
    };
    let (author, dir) = if s.inbound {
        (PERSON, Direction::Inbound)
    } else {
        (OWN, Direction::Outbound)
    };
    if s.links_known {
        let mut other = make(
            "elsewhere",
            "someone_else",
            Direction::Inbound,
            "a reply elsewhere",
        );
        other.in_reply_to = Some("gone".into());
        other.kind = Kind::Reply;
        items.push(other);
    }
    // The parent the example replies to, if any.
    let parent_of = |items: &mut Vec<Item>,
                     make: &mut dyn FnMut(&str, &str, Direction, &str) -> Item,
                     to: &str,
                     tag: &str| {
        let id = format!("parent-{tag}");
        let p = if to == "own" {
            make(
                &id,
                OWN,
                Direction::Outbound,
                "Our new opening hours start on Monday.",
            )
        } else {
            make(&id, to, Direction::Inbound, "@us a word about my order?")
        };
        items.push(p);
        id
    };
    let mut main_parent = None;
    if s.answered_before {
        items.push(make(
            "asked",
            author,
            Direction::Inbound,
            "@us my parcel has not arrived",
        ));
        let mut answer = make(
            "answer",
            OWN,
            Direction::Outbound,
            &format!("@{author} Sorry about that, it is on its way today."),
        );
        answer.in_reply_to = Some("asked".into());
        answer.kind = Kind::Reply;
        items.push(answer);
        main_parent = Some("answer".to_string());
    } else if let Some(to) = s.reply_to.as_deref() {
        main_parent = Some(parent_of(&mut items, &mut make, to, "main"));
    }
    let mut main = make("main", author, dir, &s.text);
    main.source = s.source.clone().map(Into::into);
    if let Some(m) = s.moderation {
        main.moderation = m;
    }
    main.in_reply_to = main_parent.map(Into::into);
    main.kind = s.kind.unwrap_or(if main.in_reply_to.is_some() {
        Kind::Reply
    } else {
        Kind::Post
    });
    let lead = super::text::leading_handles(&s.text);
    let copies: Vec<Item> = s
        .also_sent_to
        .iter()
        .enumerate()
        .map(|(n, person)| {
            let text = match lead.first() {
                Some(h) => s.text.replacen(&format!("@{h}"), &format!("@{person}"), 1),
                None => format!("@{person} {}", s.text),
            };
            let mut c = make(&format!("copy-{n}"), author, dir, &text);
            c.kind = main.kind;
            if s.reply_to.is_some() {
                let to = if s.reply_to.as_deref() == Some("own") {
                    "own"
                } else {
                    person
                };
                c.in_reply_to = Some(parent_of(&mut items, &mut make, to, &n.to_string()).into());
            }
            c
        })
        .collect();
    let at = items.len();
    items.push(main);
    items.extend(copies);
    (items, at)
}

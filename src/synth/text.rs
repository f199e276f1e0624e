//! Phrase banks (`phrases.toml`) and the slot filling that turns a template into a post.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

use serde::Deserialize;

use super::rng::Rng;
use super::{Org, Who};

#[derive(Debug, Deserialize)]
pub struct Bank {
    pub slots: BTreeMap<String, Vec<String>>,
    pub partners: Vec<Partner>,
    pub outbound: Outbound,
    pub ask: Vec<Ask>,
    pub thread: Vec<Thread>,
    pub complaint: Vec<String>,
    pub praise: Vec<String>,
    pub comment: Vec<String>,
    pub comment_answer: Vec<String>,
    pub suggestion: Vec<String>,
    pub closer: Vec<String>,
    pub me_too: Vec<String>,
    pub followup: Vec<String>,
    pub reaction: Vec<String>,
    pub spam: Vec<String>,
    pub blog: Blog,
}

#[derive(Debug, Deserialize)]
pub struct Partner {
    pub handle: String,
    pub name: String,
    /// What the partner posts (and the library retweets), with the partner's own links.
    pub posts: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Outbound {
    pub news: Vec<String>,
    pub call_to_action: Vec<String>,
    pub marketing_question: Vec<String>,
    pub question_to_people: Vec<String>,
    pub at_announcement: Vec<String>,
    pub recognition: Vec<String>,
    pub join_in: Vec<String>,
    pub thanks_reply: Vec<String>,
    pub suggestion_reply: Vec<String>,
    pub followup_answer: Vec<String>,
    pub complaint_answer: Vec<String>,
    /// Openers and details that make a genuine answer one person's own (see [`personal`]).
    pub opener: Vec<String>,
    pub touch: Vec<String>,
    pub templated: Vec<String>,
}

/// A kind of question people ask, with the answers that fit it.
#[derive(Debug, Deserialize)]
pub struct Ask {
    pub question: Vec<String>,
    pub answer: Vec<String>,
}

/// A kind of reader comment on the blog, with the replies that fit it.
#[derive(Debug, Deserialize)]
pub struct Talk {
    /// `question`, `praise` or `complaint`.
    pub kind: String,
    pub comment: Vec<String>,
    pub reply: Vec<String>,
}

/// A thread the organization posts, its parts in order.
#[derive(Debug, Deserialize)]
pub struct Thread {
    pub parts: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Blog {
    pub title: Vec<String>,
    pub body: Vec<String>,
    pub talk: Vec<Talk>,
    pub pingback_site: Vec<String>,
    pub spam_author: Vec<String>,
    pub spam_text: Vec<String>,
}

/// The phrase banks, parsed once.
pub fn bank() -> &'static Bank {
    static BANK: OnceLock<Bank> = OnceLock::new();
    BANK.get_or_init(|| {
        toml::from_str(include_str!("phrases.toml")).expect("src/synth/phrases.toml is valid")
    })
}

/// How a handle is written in a text: `@name` on X, `@name@host` style is the writer's business.
pub fn at(handle: &str) -> String {
    format!("@{handle}")
}

/// The values one conversation has chosen for its slots, so every text in it agrees.
#[derive(Debug, Default)]
pub struct Ctx {
    chosen: BTreeMap<String, String>,
    /// The person addressed by `{who}` / `{name}`.
    pub person: Option<Who>,
}

impl Ctx {
    pub fn with_person(person: Who) -> Ctx {
        Ctx {
            person: Some(person),
            ..Ctx::default()
        }
    }
}

/// A filled template: the text and the accounts it mentions, in order.
pub struct Filled {
    pub text: String,
    pub mentions: Vec<Who>,
}

/// Fills every `{slot}` of `template`. Unknown slots are left as they are (a test checks that
/// every template of the bank fills completely).
pub fn fill(template: &str, ctx: &mut Ctx, org: &Org, rng: &mut Rng) -> Filled {
    let b = bank();
    let mut text = String::with_capacity(template.len() + 32);
    let mut mentions = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        text.push_str(&rest[..open]);
        let key = &rest[open + 1..close];
        rest = &rest[close + 1..];
        match key {
            "org" => {
                text.push_str(&at(&org.handle));
                mentions.push(org.who());
            }
            "who" | "name" => {
                let p = ctx.person.clone().unwrap_or_else(|| person(rng.next_u64()));
                if key == "who" {
                    text.push_str(&at(&p.handle));
                    mentions.push(p.clone());
                } else {
                    text.push_str(&p.first);
                }
                ctx.person = Some(p);
            }
            "partner" => {
                let i: usize = match ctx.chosen.get("partner") {
                    Some(v) => v.parse().unwrap_or(0),
                    None => {
                        let i = rng.below(b.partners.len());
                        ctx.chosen.insert("partner".into(), i.to_string());
                        i
                    }
                };
                let p = partner(i);
                text.push_str(&at(&p.handle));
                mentions.push(p);
            }
            "link" => {
                let v = ctx
                    .chosen
                    .entry("link".into())
                    .or_insert_with(|| {
                        format!("https://{}/{}", org.site, rng.pick(&b.slots["link_path"]))
                    })
                    .clone();
                text.push_str(&v);
            }
            k if k.starts_with("link:") => {
                let _ = write!(text, "https://{}/{}", org.site, &k[5..]);
            }
            "sig" => text.push_str(rng.pick::<String>(&b.slots["staff"])),
            "n" => {
                let v = ctx
                    .chosen
                    .entry("n".into())
                    .or_insert_with(|| rng.pick(&b.slots["number"]).clone())
                    .clone();
                text.push_str(&v);
            }
            _ => match b.slots.get(key) {
                Some(values) => {
                    let v = ctx
                        .chosen
                        .entry(key.to_string())
                        .or_insert_with(|| rng.pick(values).clone())
                        .clone();
                    text.push_str(&v);
                }
                None => {
                    text.push('{');
                    text.push_str(key);
                    text.push('}');
                }
            },
        }
    }
    text.push_str(rest);
    Filled { text, mentions }
}

/// A genuine answer, `template` filled as one person's own: often an opener before it and
/// nearly always a detail or two of its own after it, as people write when they answer one person. An
/// organization's answers come from a few dozen phrasings; without these, a large archive would
/// send each to thousands of people, which is what a templated reply is (and what the classifier
/// would rightly call them), and the mix would be unrealistic at any size past a few thousand.
pub fn personal(template: &str, ctx: &mut Ctx, org: &Org, rng: &mut Rng) -> Filled {
    let o = &bank().outbound;
    let (lead, body) = match template.strip_prefix("{who} ") {
        Some(body) => ("{who} ", body),
        None => ("", template),
    };
    let mut t = String::from(lead);
    if rng.chance(0.5) && !body.starts_with("Hi ") {
        t.push_str(rng.pick::<String>(&o.opener));
        t.push(' ');
    }
    t.push_str(body);
    // Two details, different ones, most of the time: one alone, on one of a few dozen answers,
    // would still repeat to hundreds of people in an archive of a million items.
    let first = rng.below(o.touch.len());
    if rng.chance(0.9) {
        t.push(' ');
        t.push_str(&o.touch[first]);
    }
    if rng.chance(0.7) {
        let second = (first + 1 + rng.below(o.touch.len() - 1)) % o.touch.len();
        t.push(' ');
        t.push_str(&o.touch[second]);
    }
    fill(&t, ctx, org, rng)
}

/// Partner organization `i` of the bank as an account.
pub fn partner(i: usize) -> Who {
    let p = &bank().partners[i % bank().partners.len()];
    Who {
        handle: p.handle.clone(),
        name: p.name.clone(),
        // How a reply greets an organization: "Thank you, friends!"
        first: "friends".to_string(),
        id: 1_000_000 + fnv(&p.handle) % 3_000_000_000,
    }
}

/// A member of the public, derived from a number: the same number is the same person, so a
/// pool of numbers is a pool of people who come back.
pub fn person(key: u64) -> Who {
    let b = bank();
    let mut r = Rng::new(key);
    let first = r.pick(&b.slots["first_name"]).clone();
    let last = r.pick(&b.slots["last_name"]).clone();
    let handle = match r.below(7) {
        0 => format!("{first}{last}"),
        1 => format!("{}_{}", first.to_lowercase(), last.to_lowercase()),
        2 => format!("{first}{}", r.between(1, 99)),
        3 => format!("{}{last}", &first[..1]),
        4 => format!("{}reads", first.to_lowercase()),
        5 => format!("{}_{}{}", first, &last[..1], r.between(70, 99)),
        _ => format!("{}{}", last.to_lowercase(), r.between(1, 9999)),
    };
    let name = if r.chance(0.8) {
        format!("{first} {last}")
    } else {
        first.clone()
    };
    let id = if r.chance(0.6) {
        r.between(10_000_000, 3_999_999_999)
    } else {
        r.between(700_000_000_000_000_000, 1_800_000_000_000_000_000)
    };
    Who {
        handle,
        name,
        first,
        id,
    }
}

/// FNV-1a, for stable ids derived from names.
pub fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_templates() -> Vec<&'static String> {
        let b = bank();
        let o = &b.outbound;
        let mut v: Vec<&String> = Vec::new();
        for list in [
            &o.news,
            &o.call_to_action,
            &o.marketing_question,
            &o.question_to_people,
            &o.at_announcement,
            &o.recognition,
            &o.join_in,
            &o.thanks_reply,
            &o.suggestion_reply,
            &o.followup_answer,
            &o.complaint_answer,
            &o.opener,
            &o.touch,
            &o.templated,
            &b.complaint,
            &b.praise,
            &b.comment,
            &b.comment_answer,
            &b.suggestion,
            &b.closer,
            &b.me_too,
            &b.followup,
            &b.reaction,
            &b.spam,
            &b.blog.title,
            &b.blog.body,
        ] {
            v.extend(list.iter());
        }
        for p in &b.partners {
            v.extend(p.posts.iter());
        }
        for t in &b.blog.talk {
            v.extend(t.comment.iter());
            v.extend(t.reply.iter());
        }
        for t in &b.thread {
            v.extend(t.parts.iter());
        }
        for a in &b.ask {
            v.extend(a.question.iter());
            v.extend(a.answer.iter());
        }
        v
    }

    #[test]
    fn every_template_fills_every_slot() {
        let org = Org::library();
        let mut rng = Rng::new(3);
        for t in all_templates() {
            let mut ctx = Ctx::with_person(person(9));
            let f = fill(t, &mut ctx, &org, &mut rng);
            assert!(!f.text.contains('{'), "unfilled slot in {t:?}: {}", f.text);
        }
    }

    #[test]
    fn a_conversation_keeps_its_slot_values() {
        let org = Org::library();
        let mut rng = Rng::new(5);
        let mut ctx = Ctx::default();
        let a = fill("{branch} {branch}", &mut ctx, &org, &mut rng).text;
        let b = fill("{branch}", &mut ctx, &org, &mut rng).text;
        let (x, y) = a.split_once(' ').unwrap();
        assert_eq!(x, y);
        assert_eq!(x, b);
    }

    #[test]
    fn people_are_stable_and_varied() {
        assert_eq!(person(42).handle, person(42).handle);
        let handles: std::collections::BTreeSet<String> =
            (0..500).map(|k| person(k).handle).collect();
        assert!(handles.len() > 450);
    }
}

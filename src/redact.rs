//! `--redact`: the people who wrote to the organization appear in every output under a stable
//! alias (`person-0001`), and with `--withhold-texts` their words are left out too.
//!
//! Consultants hand reports to clients, and the members of the public in an archive never agreed
//! to appear in them. The organization's own items and accounts stay as they are: they are what
//! is being audited.
//!
//! Who is pseudonymized: the authors of inbound items, and the people the organization replied to
//! whose items are not in the archive (`in_reply_to_author` of outbound replies: an X archive
//! holds only the organization's side). Where they are replaced: authors, author ids, reply
//! targets, mentions, and every word of any text, id or link that is one of their names, so
//! `@sam_b` inside an outbound reply reads `@person-0001`. Names are matched case-insensitively
//! as whole words; a first name used on its own ("thanks Sam") is not recognized.
//!
//! Pseudonymization runs before reply links are followed, so ids rewritten here still link up;
//! texts are withheld after classification, which needs them.

use std::collections::HashMap;

use regex::{Regex, RegexBuilder};

use crate::model::{Direction, Item, OwnAccounts, RareStr, Sym};

/// How much of the public's side an audit keeps.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Redact {
    /// Everything as in the archive.
    #[default]
    Off,
    /// People who wrote to the organization get aliases.
    People,
    /// Aliases, and the texts of inbound items are withheld.
    PeopleAndTexts,
}

impl Redact {
    pub fn is_on(self) -> bool {
        self != Redact::Off
    }

    pub fn withholds_texts(self) -> bool {
        self == Redact::PeopleAndTexts
    }
}

/// What a withheld text is replaced with: empty, which every output shows as withheld.
pub const WITHHELD: &str = "";

/// The aliases of one audit: each person's name (lower case) to `person-NNNN`.
pub struct Aliases {
    /// Names that are one word (handles): looked up word by word.
    words: HashMap<String, String>,
    /// Names with spaces or punctuation inside (display names): matched by one regex.
    phrases: Option<(Regex, HashMap<String, String>)>,
}

impl Aliases {
    /// Assigns aliases in a fixed order: by the time of each person's first item (undated last),
    /// then platform and id, so the same archive always gives the same aliases.
    pub fn assign(items: &[Item], directions: &[Direction], own: &OwnAccounts) -> Aliases {
        let mut order: Vec<usize> = (0..items.len()).collect();
        order.sort_by(|&a, &b| {
            let (x, y) = (&items[a], &items[b]);
            (
                x.created_at().is_none(),
                x.created_at(),
                x.platform.as_str(),
                &x.id,
            )
                .cmp(&(
                    y.created_at().is_none(),
                    y.created_at(),
                    y.platform.as_str(),
                    &y.id,
                ))
        });
        let mut names: Vec<String> = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut add = |name: &str| {
            let key = key(name);
            if !key.is_empty() && !seen.contains_key(&key) {
                seen.insert(key.clone(), names.len());
                names.push(key);
            }
        };
        // Writers first, then people only named as the target of a reply.
        for &i in &order {
            let it = &items[i];
            if directions[i] == Direction::Inbound && !own.is_own(&it.platform, &it.author) {
                add(&it.author);
            }
        }
        for &i in &order {
            let it = &items[i];
            if directions[i] == Direction::Outbound
                && let Some(to) = &it.in_reply_to_author
                && !own.is_own(&it.platform, to)
            {
                add(to);
            }
        }
        let mut words = HashMap::new();
        let mut phrases = HashMap::new();
        for (n, name) in names.into_iter().enumerate() {
            let alias = format!("person-{:04}", n + 1);
            if name.chars().all(is_word_char) {
                words.insert(name, alias);
            } else {
                phrases.insert(name, alias);
            }
        }
        Aliases {
            words,
            phrases: phrase_regex(phrases),
        }
    }

    /// How many people got an alias.
    pub fn len(&self) -> usize {
        self.words.len() + self.phrases.as_ref().map_or(0, |(_, m)| m.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The alias of a name, when it is one of the people's.
    pub fn alias(&self, name: &str) -> Option<&str> {
        let k = key(name);
        self.words
            .get(&k)
            .or_else(|| self.phrases.as_ref().and_then(|(_, m)| m.get(&k)))
            .map(String::as_str)
    }

    /// The text with every whole-word occurrence of a person's name replaced by the alias.
    pub fn text(&self, text: &str) -> String {
        let text = match &self.phrases {
            Some((re, map)) => re
                .replace_all(text, |c: &regex::Captures<'_>| {
                    map.get(&key(&c[0]))
                        .cloned()
                        .unwrap_or_else(|| c[0].to_string())
                })
                .into_owned(),
            None => text.to_string(),
        };
        let mut out = String::with_capacity(text.len());
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut String| {
            if !word.is_empty() {
                match self.words.get(&word.to_lowercase()) {
                    Some(alias) => out.push_str(alias),
                    None => out.push_str(word),
                }
                word.clear();
            }
        };
        for c in text.chars() {
            if is_word_char(c) {
                word.push(c);
            } else {
                flush(&mut word, &mut out);
                out.push(c);
            }
        }
        flush(&mut word, &mut out);
        out
    }

    /// Pseudonymizes every item: the people's own items lose their author, author id and link;
    /// every item's texts, ids, reply targets and mentions have the people's names replaced.
    pub fn apply(&self, items: &mut [Item], directions: &[Direction]) {
        if self.is_empty() {
            return;
        }
        for (it, &d) in items.iter_mut().zip(directions) {
            if d == Direction::Inbound {
                if let Some(a) = self.alias(&it.author) {
                    it.author = a.to_string().into();
                }
                it.author_id = None;
                // A link to a person's post names them; there is no pseudonymous link.
                it.url = RareStr::default();
                it.x_status_link = false;
            } else if let Some(u) = it.link() {
                // Stored, so that the link keeps the address the item had before its id was
                // pseudonymized below.
                it.url = Some(self.text(&u)).into();
                it.x_status_link = false;
            }
            it.id = self.text(&it.id).into();
            it.text = self.text(&it.text).into();
            it.in_reply_to = it
                .in_reply_to
                .as_deref()
                .map(|s| self.text(s))
                .map(Into::into);
            it.conversation_hint = it.conversation_hint.as_deref().map(|s| self.text(s)).into();
            it.in_reply_to_author = it
                .in_reply_to_author
                .as_deref()
                .map(|s| self.alias(s).map_or_else(|| self.text(s), str::to_string))
                .map(Into::into);
            for m in it.mentions.iter_mut() {
                if let Some(a) = self.alias(m) {
                    *m = Sym::new(a);
                }
            }
        }
    }
}

/// Replaces the texts of inbound items with [`WITHHELD`].
pub fn withhold_texts(items: &mut [Item], directions: &[Direction]) {
    for (it, &d) in items.iter_mut().zip(directions) {
        if d == Direction::Inbound {
            it.text = WITHHELD.to_string().into();
        }
    }
}

fn key(name: &str) -> String {
    name.trim().trim_start_matches('@').to_lowercase()
}

/// Characters a handle is made of: a name is replaced only as a whole word of these.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn phrase_regex(map: HashMap<String, String>) -> Option<(Regex, HashMap<String, String>)> {
    if map.is_empty() {
        return None;
    }
    let mut names: Vec<&String> = map.keys().collect();
    // Longest first, so "Ken Obi Jr" wins over "Ken Obi".
    names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    let alternatives: Vec<String> = names
        .iter()
        .map(|n| {
            let start = if n.starts_with(is_word_char) {
                r"\b"
            } else {
                ""
            };
            let end = if n.ends_with(is_word_char) { r"\b" } else { "" };
            format!("{start}{}{end}", regex::escape(n))
        })
        .collect();
    let re = RegexBuilder::new(&alternatives.join("|"))
        .case_insensitive(true)
        .size_limit(1 << 28)
        .build()
        .ok()?;
    Some((re, map))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Account, Platform};

    fn item(id: &str, author: &str, t: i64, text: &str) -> Item {
        let mut it = Item::new(Platform::X, id, author);
        it.set_created_at(Some(jiff::Timestamp::from_second(t).unwrap()));
        it.text = text.to_string().into();
        it
    }

    fn own() -> OwnAccounts {
        OwnAccounts::new(vec![Account::parse("riversidelib")])
    }

    #[test]
    fn aliases_follow_first_appearance_and_ignore_case() {
        let items = vec![
            item("2", "Sam_B", 200, "hi"),
            item("1", "jo", 100, "hello"),
            item("3", "sam_b", 300, "again"),
        ];
        let d = vec![Direction::Inbound; 3];
        let a = Aliases::assign(&items, &d, &own());
        assert_eq!(a.alias("jo"), Some("person-0001"));
        assert_eq!(a.alias("@SAM_B"), Some("person-0002"));
        assert_eq!(a.len(), 2);
    }

    #[test]
    fn mentions_in_outbound_replies_are_replaced_but_own_names_stay() {
        let mut items = vec![
            item("1", "sam_b", 100, "@riversidelib open today?"),
            item(
                "2",
                "riversidelib",
                200,
                "@sam_b yes! @Sam_B, sam_b. samba stays",
            ),
        ];
        items[1].in_reply_to_author = Some("sam_b".into());
        items[1].mentions = ["sam_b"].into_iter().collect();
        let d = vec![Direction::Inbound, Direction::Outbound];
        let a = Aliases::assign(&items, &d, &own());
        a.apply(&mut items, &d);
        assert_eq!(items[0].author, "person-0001");
        assert_eq!(items[0].text, "@riversidelib open today?");
        assert_eq!(
            items[1].text,
            "@person-0001 yes! @person-0001, person-0001. samba stays"
        );
        assert_eq!(items[1].author, "riversidelib");
        assert_eq!(items[1].in_reply_to_author.as_deref(), Some("person-0001"));
        assert_eq!(items[1].mentions[..], ["person-0001"]);
    }

    #[test]
    fn people_lose_their_links_and_built_links_of_the_organization_are_kept() {
        let mut items = vec![
            item("1", "sam_b", 100, "@riversidelib open today?"),
            item("2", "riversidelib", 200, "@sam_b yes"),
        ];
        items[0].url = Some("https://x.com/sam_b/status/1").into();
        items[0].x_status_link = true;
        items[1].x_status_link = true;
        let d = vec![Direction::Inbound, Direction::Outbound];
        let a = Aliases::assign(&items, &d, &own());
        a.apply(&mut items, &d);
        assert_eq!(items[0].link(), None);
        assert_eq!(
            items[1].link().as_deref(),
            Some("https://x.com/riversidelib/status/2")
        );
    }

    #[test]
    fn display_names_with_spaces_are_replaced_as_phrases() {
        let mut items = vec![
            item("1", "Priya Shah", 100, "Lovely evening"),
            item("2", "Riverside Library", 200, "Thanks priya shah!"),
        ];
        let d = vec![Direction::Inbound, Direction::Outbound];
        let a = Aliases::assign(&items, &d, &OwnAccounts::default());
        a.apply(&mut items, &d);
        assert_eq!(items[1].text, "Thanks person-0001!");
    }

    #[test]
    fn people_the_organization_replied_to_outside_the_archive_get_aliases() {
        let mut items = vec![item("1", "riversidelib", 100, "@ghost thanks")];
        items[0].in_reply_to_author = Some("ghost".into());
        let d = vec![Direction::Outbound];
        let a = Aliases::assign(&items, &d, &own());
        a.apply(&mut items, &d);
        assert_eq!(items[0].text, "@person-0001 thanks");
    }

    #[test]
    fn ids_that_carry_a_name_are_rewritten_consistently() {
        let mut items = vec![
            item("https://social.example/users/ana_r/1", "ana_r", 100, "hi"),
            item("r", "riversidelib", 200, "hello"),
        ];
        items[1].in_reply_to = Some("https://social.example/users/ana_r/1".into());
        let d = vec![Direction::Inbound, Direction::Outbound];
        let a = Aliases::assign(&items, &d, &own());
        a.apply(&mut items, &d);
        assert_eq!(items[0].id, "https://social.example/users/person-0001/1");
        assert_eq!(items[1].in_reply_to.as_deref(), Some(items[0].id.as_str()));
    }
}

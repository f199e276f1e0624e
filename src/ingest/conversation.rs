//! Reply links for private conversations (X direct messages, Messenger), which have none.
//!
//! A private conversation is a turn-taking exchange, but its export only lists messages with their
//! time and sender. To let METRICS.md's pairing rule 1 ("it replies to I directly") find the
//! organization's answers, each message is linked to the latest earlier message of the other side
//! of the same conversation: the organization's message answers the last thing the other side
//! said, and the other side's message answers the organization's last one. Earlier messages of a
//! run by the same person are then answered through rule 2 (a later reply to another item by the
//! same person in the same conversation), so a true response rate and response time follow.
//!
//! In a group conversation "the other side" of the organization is everyone else, so its answer is
//! linked to the latest message by anyone; a question by one member followed by another member's
//! message counts as answered only for the latter. Where the export does not say which side wrote
//! a message (the owner is unknown), each sender is their own side.

use std::collections::BTreeMap;

use crate::model::{Direction, Item};

/// Sets `in_reply_to` on messages that have none, conversation by conversation
/// (`conversation_hint`), in time order (undated messages keep their place in the input).
pub fn link_replies(items: &mut [Item]) {
    let mut by_conversation: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, it) in items.iter().enumerate() {
        if let Some(h) = it.conversation_hint.as_deref() {
            by_conversation.entry(h).or_default().push(i);
        }
    }
    let mut links: Vec<(usize, String)> = Vec::new();
    for (_, mut members) in by_conversation {
        members.sort_by_key(|&i| (items[i].created_at(), i));
        // Members come in time order, so the latest message of another side is the latest
        // message so far when its side differs, else the latest one of a side other than that.
        // Keeping just those two makes a group of many senders linear, not quadratic.
        let mut latest: Option<(String, usize)> = None;
        let mut latest_other: Option<usize> = None;
        for &i in &members {
            let side = side(&items[i]);
            let answered = match &latest {
                Some((s, j)) if *s != side => Some(*j),
                _ => latest_other,
            };
            if items[i].in_reply_to.is_none()
                && let Some(j) = answered
            {
                links.push((i, items[j].id.to_string()));
            }
            if let Some((s, j)) = &latest
                && *s != side
            {
                latest_other = Some(*j);
            }
            latest = Some((side, i));
        }
    }
    for (i, parent) in links {
        items[i].in_reply_to = Some(parent.into());
    }
}

fn side(it: &Item) -> String {
    match it.direction {
        Some(Direction::Outbound) => "\u{0}own".to_string(),
        Some(Direction::Inbound) => "\u{0}others".to_string(),
        None => it.author.to_lowercase().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Platform};

    fn msg(id: &str, author: &str, dir: Option<Direction>, t: i64) -> Item {
        let mut it = Item::new(Platform::X, id, author);
        it.kind = Kind::Message;
        it.direction = dir;
        it.set_created_at(Some(jiff::Timestamp::from_second(t).unwrap()));
        it.conversation_hint = Some("c1").into();
        it
    }

    #[test]
    fn each_message_answers_the_other_sides_latest() {
        use Direction::*;
        // Given newest first, as X and Messenger write them.
        let mut items = vec![
            msg("5", "them", Some(Inbound), 50),
            msg("4", "us", Some(Outbound), 40),
            msg("3", "them", Some(Inbound), 30),
            msg("2", "them", Some(Inbound), 20),
            msg("1", "us", Some(Outbound), 10),
        ];
        link_replies(&mut items);
        let parents: Vec<Option<&str>> = items.iter().map(|i| i.in_reply_to.as_deref()).collect();
        assert_eq!(
            parents,
            vec![Some("4"), Some("3"), Some("1"), Some("1"), None]
        );
    }

    #[test]
    fn a_group_of_a_hundred_thousand_senders_links_each_message_to_the_one_before() {
        let n = 100_000usize;
        let mut items: Vec<Item> = (0..n)
            .map(|i| msg(&i.to_string(), &format!("sender{i}"), None, i as i64 + 1000))
            .collect();
        link_replies(&mut items);
        assert_eq!(items[0].in_reply_to, None);
        assert!(
            (1..n).all(|i| items[i].in_reply_to.as_deref() == Some((i - 1).to_string().as_str())),
            "each message answers the one before it"
        );
    }

    #[test]
    fn three_sides_answer_the_latest_other_side() {
        let mut items = vec![
            msg("1", "Ann", None, 10),
            msg("2", "Bob", None, 20),
            msg("3", "Bob", None, 30),
            msg("4", "Cat", None, 40),
            msg("5", "Bob", None, 50),
        ];
        link_replies(&mut items);
        let parents: Vec<Option<&str>> = items.iter().map(|i| i.in_reply_to.as_deref()).collect();
        assert_eq!(
            parents,
            vec![None, Some("1"), Some("1"), Some("3"), Some("4")]
        );
    }

    #[test]
    fn without_directions_each_sender_is_a_side() {
        let mut items = vec![
            msg("1", "Ann", None, 10),
            msg("2", "Bob", None, 20),
            msg("3", "Ann", None, 30),
        ];
        link_replies(&mut items);
        assert_eq!(items[0].in_reply_to, None);
        assert_eq!(items[1].in_reply_to.as_deref(), Some("1"));
        assert_eq!(items[2].in_reply_to.as_deref(), Some("2"));
    }

    #[test]
    fn conversations_are_linked_separately() {
        let mut a = msg("1", "Ann", None, 10);
        a.conversation_hint = Some("other").into();
        let mut items = vec![a, msg("2", "Bob", None, 20)];
        link_replies(&mut items);
        assert!(items.iter().all(|i| i.in_reply_to.is_none()));
    }
}

//! The library's Mastodon account export: a folder with `actor.json` (the `Person`) and
//! `outbox.json`, an ActivityStreams `OrderedCollection` of `Create` (notes: posts, threads,
//! replies, a few direct messages addressed only to a person) and `Announce` (boosts, carrying
//! only the boosted URI), oldest first, with HTML `content` and `Mention` / `Hashtag` tags.

use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use super::rng::Rng;
use super::story::{Post, Story};
use super::text::fnv;
use super::x::json;
use super::{Options, Org, Period, Who, Written, iso, sized};

/// Mean seconds between Mastodon episodes in the sample quarter (fewer than on X).
const SAMPLE_GAP: f64 = 62_000.0;

const MASTODON_STREAM: u64 = 0x4d41;

const PUBLIC: &str = "https://www.w3.org/ns/activitystreams#Public";

/// The servers the library's Mastodon followers are on.
const SERVERS: [&str; 6] = [
    "mastodon.social",
    "mas.to",
    "hachyderm.io",
    "mstdn.social",
    "toot.community",
    "social.millbrooklibrary.org",
];

const CONTEXT: &str = r#"["https://www.w3.org/ns/activitystreams","https://w3id.org/security/v1",{"manuallyApprovesFollowers":"as:manuallyApprovesFollowers","sensitive":"as:sensitive","Hashtag":"as:Hashtag","movedTo":{"@id":"as:movedTo","@type":"@id"},"alsoKnownAs":{"@id":"as:alsoKnownAs","@type":"@id"},"toot":"http://joinmastodon.org/ns#","Emoji":"toot:Emoji","featured":{"@id":"toot:featured","@type":"@id"},"featuredTags":{"@id":"toot:featuredTags","@type":"@id"},"schema":"http://schema.org#","PropertyValue":"schema:PropertyValue","value":"schema:value","ostatus":"http://ostatus.org#","atomUri":"ostatus:atomUri","inReplyToAtomUri":"ostatus:inReplyToAtomUri","conversation":"ostatus:conversation","focalPoint":{"@container":"@list","@id":"toot:focalPoint"},"blurhash":"toot:blurhash","discoverable":"toot:discoverable","indexable":"toot:indexable","memorial":"toot:memorial","votersCount":"toot:votersCount"}]"#;

/// The server an account is on.
fn server(who: &Who) -> &'static str {
    SERVERS[(fnv(&who.handle) % SERVERS.len() as u64) as usize]
}

fn actor(who: &Who) -> String {
    format!(
        "https://{}/users/{}",
        server(who),
        who.handle.to_lowercase()
    )
}

/// A Mastodon status id (milliseconds shifted by 16 bits) from the story's X-style id.
fn status_id(x_id: u64) -> u64 {
    let ms = (x_id >> 22) + 1_288_834_974_657;
    (ms << 16) | (x_id & 0xffff)
}

fn status_uri(who: &Who, org: &Org, x_id: u64) -> String {
    if who.handle == org.handle {
        format!("{}/statuses/{}", own_actor(org), status_id(x_id))
    } else {
        format!("{}/statuses/{}", actor(who), status_id(x_id))
    }
}

fn own_actor(org: &Org) -> String {
    format!("https://{}/users/{}", org.mastodon_host, org.mastodon_user)
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The status text as Mastodon renders it: paragraphs, mention h-cards, shortened links.
fn content(p: &Post) -> String {
    let mut html = String::from("<p>");
    for (k, word) in p.text.split(' ').enumerate() {
        if k > 0 {
            html.push(' ');
        }
        let mention = word
            .strip_prefix('@')
            .and_then(|h| p.mentions.iter().find(|m| h.starts_with(&m.handle)));
        if let Some(m) = mention {
            let rest = &word[1 + m.handle.len()..];
            let _ = write!(
                html,
                "<span class=\"h-card\" translate=\"no\"><a href=\"https://{}/@{}\" class=\"u-url mention\">@<span>{}</span></a></span>{}",
                server(m),
                m.handle.to_lowercase(),
                m.handle.to_lowercase(),
                esc(rest)
            );
        } else if let Some(bare) = word.strip_prefix("https://") {
            let (shown, hidden) = bare.split_at(bare.len().min(30));
            let _ = write!(
                html,
                "<a href=\"{}\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" translate=\"no\"><span class=\"invisible\">https://</span><span class=\"{}\">{}</span><span class=\"invisible\">{}</span></a>",
                esc(word),
                if hidden.is_empty() { "" } else { "ellipsis" },
                esc(shown),
                esc(hidden)
            );
        } else {
            html.push_str(&esc(word));
        }
    }
    html.push_str("</p>");
    html
}

/// Whether a reply to a person goes out as a direct message (a few do).
fn is_direct(p: &Post, org: &Org) -> bool {
    p.reply_to
        .as_ref()
        .is_some_and(|r| r.author.handle != org.handle && p.id.is_multiple_of(17))
}

fn activity(out: &mut String, p: &Post, org: &Org) {
    let me = own_actor(org);
    let id = status_id(p.id);
    let published = iso(p.at);
    let followers = format!("{me}/followers");
    if let Some(of) = &p.retweet_of {
        let object = status_uri(of, org, p.id ^ 0x5a5a);
        let _ = write!(
            out,
            "{{\"id\":\"{me}/statuses/{id}/activity\",\"type\":\"Announce\",\"actor\":\"{me}\",\"published\":\"{published}\",\"to\":[\"{PUBLIC}\"],\"cc\":[\"{}\",\"{followers}\"],\"object\":\"{object}\"}}",
            actor(of)
        );
        return;
    }
    let mentioned: Vec<&Who> = p
        .mentions
        .iter()
        .filter(|m| m.handle != org.handle)
        .collect();
    let (to, cc): (Vec<String>, Vec<String>) = if is_direct(p, org) {
        (mentioned.iter().map(|m| actor(m)).collect(), Vec::new())
    } else {
        (
            vec![PUBLIC.to_string()],
            std::iter::once(followers.clone())
                .chain(mentioned.iter().map(|m| actor(m)))
                .collect(),
        )
    };
    let list = |v: &[String]| v.iter().map(|s| json(s)).collect::<Vec<_>>().join(",");
    let in_reply = p.reply_to.as_ref().map_or("null".to_string(), |r| {
        json(&status_uri(&r.author, org, r.id))
    });
    let html = json(&content(p));
    let mut tags: Vec<String> = mentioned
        .iter()
        .map(|m| {
            let name = if server(m) == org.mastodon_host {
                format!("@{}", m.handle.to_lowercase())
            } else {
                format!("@{}@{}", m.handle.to_lowercase(), server(m))
            };
            format!(
                "{{\"type\":\"Mention\",\"href\":{},\"name\":{}}}",
                json(&actor(m)),
                json(&name)
            )
        })
        .collect();
    for word in p.text.split(' ') {
        if let Some(tag) = word
            .strip_prefix('#')
            .filter(|t| t.chars().any(char::is_alphabetic))
        {
            tags.push(format!(
                "{{\"type\":\"Hashtag\",\"href\":\"https://{}/tags/{}\",\"name\":{}}}",
                org.mastodon_host,
                tag.to_lowercase(),
                json(&format!("#{}", tag.to_lowercase()))
            ));
        }
    }
    let object = format!("{me}/statuses/{id}");
    let day = p.at.strftime("%Y-%m-%d");
    let _ = write!(
        out,
        "{{\"id\":\"{object}/activity\",\"type\":\"Create\",\"actor\":\"{me}\",\"published\":\"{published}\",\"to\":[{to}],\"cc\":[{cc}],\"object\":{{\"id\":\"{object}\",\"type\":\"Note\",\"summary\":null,\"inReplyTo\":{in_reply},\"published\":\"{published}\",\"url\":\"https://{host}/@{user}/{id}\",\"attributedTo\":\"{me}\",\"to\":[{to}],\"cc\":[{cc}],\"sensitive\":false,\"atomUri\":\"{object}\",\"inReplyToAtomUri\":{in_reply},\"conversation\":\"tag:{host},{day}:objectId={conv}:objectType=Conversation\",\"content\":{html},\"contentMap\":{{\"en\":{html}}},\"attachment\":[],\"tag\":[{tags}],\"replies\":{{\"id\":\"{object}/replies\",\"type\":\"Collection\",\"first\":{{\"type\":\"CollectionPage\",\"next\":\"{object}/replies?only_other_accounts=true&page=true\",\"partOf\":\"{object}/replies\",\"items\":[]}}}}}}}}",
        to = list(&to),
        cc = list(&cc),
        host = org.mastodon_host,
        user = org.mastodon_user,
        conv = p.conversation % 100_000_000,
        tags = tags.join(","),
    );
}

/// Runs the Mastodon story: the organization's own activities only (an outbox holds nothing else).
fn each(
    org: &Org,
    opts: &Options,
    mut emit: impl FnMut(&Post) -> io::Result<()>,
) -> io::Result<u64> {
    let rng = Rng::new(opts.seed).fork(MASTODON_STREAM);
    let period: Period = opts.period;
    let mut story = match opts.items {
        None => Story::forward(org, rng, period, SAMPLE_GAP, true),
        Some(n) => {
            let gap = Story::gap_for(org, &rng, period, n, |p| p.outbound as u64);
            Story::forward(org, rng, period, gap, false)
        }
    };
    let limit = opts.items.unwrap_or(u64::MAX);
    let mut n = 0;
    while n < limit {
        let Some(episode) = story.next_episode() else {
            break;
        };
        for p in episode.iter().filter(|p| p.outbound) {
            emit(p)?;
            n += 1;
            if n == limit {
                break;
            }
        }
    }
    Ok(n)
}

/// Writes the export folder (`actor.json`, `outbox.json`) with the options' number of activities.
pub fn write(org: &Org, opts: &Options) -> io::Result<Written> {
    std::fs::create_dir_all(&opts.out)?;
    // `totalItems` comes first in the file, so a first pass counts.
    let total = each(org, opts, |_| Ok(()))?;
    let outbox_path = opts.out.join("outbox.json");
    let mut w = BufWriter::with_capacity(1 << 16, File::create(&outbox_path)?);
    write!(
        w,
        "{{\"@context\":{CONTEXT},\"id\":\"outbox.json\",\"type\":\"OrderedCollection\",\"totalItems\":{total},\"orderedItems\":["
    )?;
    let mut first = true;
    let mut buf = String::new();
    let n = each(org, opts, |p| {
        buf.clear();
        if !first {
            buf.push(',');
        }
        first = false;
        activity(&mut buf, p, org);
        w.write_all(buf.as_bytes())
    })?;
    w.write_all(b"]}")?;
    w.flush()?;
    let actor_path = opts.out.join("actor.json");
    std::fs::write(&actor_path, actor_json(org, opts.seed))?;
    let files: Vec<(PathBuf, u64)> = vec![sized(actor_path)?, sized(outbox_path)?];
    Ok(Written { items: n, files })
}

fn actor_json(org: &Org, seed: u64) -> String {
    let me = own_actor(org);
    let mut rng = Rng::new(seed).fork(0x6b6579);
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut key = String::from("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA");
    for k in 0..348 {
        if (k + 44) % 64 == 0 {
            key.push('\n');
        }
        key.push(B64[rng.below(64)] as char);
    }
    key.push_str("IDAQAB");
    let pem = format!("-----BEGIN PUBLIC KEY-----\n{key}\n-----END PUBLIC KEY-----\n");
    format!(
        "{{\"@context\":[\"https://www.w3.org/ns/activitystreams\",\"https://w3id.org/security/v1\",{{\"manuallyApprovesFollowers\":\"as:manuallyApprovesFollowers\",\"toot\":\"http://joinmastodon.org/ns#\",\"featured\":{{\"@id\":\"toot:featured\",\"@type\":\"@id\"}},\"schema\":\"http://schema.org#\",\"PropertyValue\":\"schema:PropertyValue\",\"value\":\"schema:value\",\"discoverable\":\"toot:discoverable\",\"indexable\":\"toot:indexable\",\"memorial\":\"toot:memorial\"}}],\"id\":\"{me}\",\"type\":\"Person\",\"following\":\"{me}/following\",\"followers\":\"{me}/followers\",\"inbox\":\"{me}/inbox\",\"outbox\":\"outbox.json\",\"featured\":\"{me}/collections/featured\",\"preferredUsername\":{user},\"name\":{name},\"summary\":{summary},\"url\":\"https://{host}/@{u}\",\"manuallyApprovesFollowers\":false,\"discoverable\":true,\"indexable\":true,\"published\":\"2022-11-14T00:00:00Z\",\"memorial\":false,\"publicKey\":{{\"id\":\"{me}#main-key\",\"owner\":\"{me}\",\"publicKeyPem\":{pem}}},\"tag\":[],\"attachment\":[{{\"type\":\"PropertyValue\",\"name\":\"Website\",\"value\":{site}}}],\"endpoints\":{{\"sharedInbox\":\"https://{host}/inbox\"}}}}",
        user = json(&org.mastodon_user),
        u = org.mastodon_user,
        name = json(&org.name),
        summary = json(
            "<p>Six branches, one card. News, events and book talk from your public library.</p>"
        ),
        host = org.mastodon_host,
        pem = json(&pem),
        site = json(&format!(
            "<a href=\"https://{0}\" target=\"_blank\" rel=\"nofollow noopener noreferrer me\" translate=\"no\"><span class=\"invisible\">https://</span><span class=\"\">{0}</span><span class=\"invisible\"></span></a>",
            org.site
        )),
    )
}

//! WordPress eXtended RSS (WXR) exports, as they really are (FORMATS.md).
//!
//! One XML file: `rss/channel` holds the site's authors (`wp:author`) and one `item` per post,
//! page or attachment; each item holds its `wp:comment`s. Both sides of the conversation are
//! there, the readers' comments and the authors' replies, which makes WXR the best source for a
//! true response rate.
//!
//! Pitfalls handled here:
//! - Comment threads: `comment_parent` is 0 for a top-level comment (whose parent is the post) and
//!   the parent comment's id otherwise. Post and comment ids share one number space in neither
//!   direction, so items are `post-N` and `comment-N`.
//! - Pingbacks and trackbacks (`comment_type`) are machine-written; spam and unapproved comments
//!   (`comment_approved` `spam` / `0`) were never published. They are kept, marked, so the
//!   classifier leaves them out of "needs response".
//! - The site's own authors: `comment_user_id` is set for any logged-in commenter (subscribers
//!   too), so it proves nothing. A comment is the site's when its author email, login or display
//!   name is one of the `wp:author` entries' (or a post's `dc:creator`); it is then written under
//!   that author's login, which the own accounts name.
//! - Fields may or may not be wrapped in CDATA; times are read from the `*_date_gmt` fields (the
//!   others are in the site's unnamed local time); `0000-00-00 00:00:00` means "not yet".
//! - Posts and pages become items; attachments, menu entries and other item types do not, but
//!   comments on any item do (WooCommerce product reviews are comments on `product` items).
//! - The file is streamed: large sites export hundreds of MB.

use std::collections::HashMap;
use std::io::BufReader;
use std::path::Path;

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use quick_xml::Reader;
use quick_xml::events::Event;

use super::source::{RecordGuard, limit_exceeded};
use super::text::{head, html_to_text};
use super::{Import, InputError, Source, Warning};
use crate::model::{Account, Direction, Item, Kind, Moderation, Origin, Platform};

fn is_wxr_head(head: &[u8]) -> bool {
    let s = String::from_utf8_lossy(head);
    s.contains("<rss") && (s.contains("<wp:wxr_version") || s.contains("xmlns:wp="))
}

fn wxr_files(source: &mut Source) -> Vec<String> {
    let candidates: Vec<String> = if source.is_single_file() {
        source.names().to_vec()
    } else {
        let zip = source.is_zip();
        source.find_all(|n| {
            let depth = n.matches('/').count();
            n.to_ascii_lowercase().ends_with(".xml") && (depth == 0 || (zip && depth == 1))
        })
    };
    candidates
        .into_iter()
        .filter(|n| head(source, n, 16 * 1024).is_some_and(|h| is_wxr_head(&h)))
        .collect()
}

/// Matches RSS XML files that declare the WordPress export namespace.
pub fn sniff(source: &mut Source) -> Option<Vec<String>> {
    let files = wxr_files(source);
    (!files.is_empty()).then_some(files)
}

/// A site author as `wp:author` describes them.
#[derive(Default)]
struct Author {
    login: String,
    email: String,
    display_name: String,
}

#[derive(Default)]
struct RawComment {
    id: String,
    author: String,
    email: String,
    date_gmt: String,
    content: String,
    approved: String,
    kind: String,
    parent: String,
}

#[derive(Default)]
struct RawPost {
    title: String,
    link: String,
    creator: String,
    content: String,
    id: String,
    date_gmt: String,
    post_type: String,
    status: String,
    comments: Vec<RawComment>,
}

/// A comment waiting for the author list, which may come after it in a hand-made file.
struct Pending {
    index: usize,
    email: String,
}

/// Reads every WXR file of the input.
pub fn import(source: &mut Source, input: usize) -> Result<Import, InputError> {
    let mut import = Import::default();
    for name in wxr_files(source) {
        read_file(source, &name, input, &mut import)?;
        import.files.push(name);
    }
    Ok(import)
}

fn read_file(
    source: &mut Source,
    name: &str,
    input: usize,
    import: &mut Import,
) -> Result<(), InputError> {
    let described = source.describe(name);
    // Each item (a post with its comments) and each other element of the channel is one record:
    // a multi-gigabyte element stops at the record limit instead of filling memory.
    let guard = RecordGuard::new(source.limits().max_record_bytes);
    let entry = guard.wrap(source.open_entry(name)?);
    let mut reader = Reader::from_reader(BufReader::new(entry));
    let mut buf = Vec::new();
    let mut path: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut authors: Vec<Author> = Vec::new();
    let mut author = Author::default();
    let mut post = RawPost::default();
    let mut comment = RawComment::default();
    let mut record = 0u64;
    let mut completed = 0u64;
    let mut pending: Vec<Pending> = Vec::new();
    // Whether the current item held bytes that are not UTF-8.
    let mut not_utf8 = false;
    let first_item = import.items.len();
    loop {
        // Cleared before each read (not after), so no `continue` below can let it grow.
        buf.clear();
        let event = match reader.read_event_into(&mut buf) {
            Ok(e) => e,
            Err(e) => {
                let at = reader.error_position();
                let place = format!("byte {at}, in item {record}");
                if let quick_xml::Error::Io(io) = &e
                    && let Some(msg) = limit_exceeded(io)
                {
                    return Err(InputError::new(Path::new(&described), Some(place), msg));
                }
                if completed == 0 {
                    return Err(InputError::new(
                        Path::new(&described),
                        Some(place),
                        format!("not a readable WordPress export: {e}"),
                    ));
                }
                import.warnings.push(Warning {
                    file: described.clone(),
                    place: Some(place),
                    message: format!(
                        "the file is damaged ({e}); the items before this point were read, the rest skipped"
                    ),
                    skipped: 1,
                });
                break;
            }
        };
        match event {
            Event::Start(e) => {
                let tag = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                if tag == "item" {
                    record += 1;
                    post = RawPost::default();
                } else if tag == "wp:comment" {
                    comment = RawComment::default();
                } else if tag == "wp:author" {
                    author = Author::default();
                }
                path.push(tag);
                text.clear();
            }
            Event::Empty(_) => text.clear(),
            Event::Text(t) => match t.xml_content() {
                Ok(c) => text.push_str(&c),
                Err(_) => {
                    not_utf8 = true;
                    text.push_str(&String::from_utf8_lossy(&t));
                }
            },
            Event::CData(t) => {
                let c = String::from_utf8_lossy(&t);
                not_utf8 |= matches!(c, std::borrow::Cow::Owned(_));
                text.push_str(&c);
            }
            Event::GeneralRef(r) => {
                let name = r.decode().unwrap_or_default().into_owned();
                match r.resolve_char_ref() {
                    Ok(Some(c)) => text.push(c),
                    _ => match quick_xml::escape::resolve_xml_entity(&name) {
                        Some(s) => text.push_str(s),
                        None => {
                            // An HTML entity in content: html_to_text decodes it later.
                            text.push('&');
                            text.push_str(&name);
                            text.push(';');
                        }
                    },
                }
            }
            Event::End(_) => {
                let Some(tag) = path.pop() else { continue };
                if path.len() <= 2 {
                    // An element of the channel (or the channel itself) is complete.
                    guard.next_record();
                }
                let parent = path.last().map(String::as_str).unwrap_or_default();
                let value = std::mem::take(&mut text);
                match (parent, tag.as_str()) {
                    ("wp:author", field) => match field {
                        "wp:author_login" => author.login = value.trim().to_string(),
                        "wp:author_email" => author.email = value.trim().to_string(),
                        "wp:author_display_name" => author.display_name = value.trim().to_string(),
                        _ => {}
                    },
                    ("channel", "wp:author") => authors.push(std::mem::take(&mut author)),
                    ("wp:comment", field) => {
                        let slot = match field {
                            "wp:comment_id" => &mut comment.id,
                            "wp:comment_author" => &mut comment.author,
                            "wp:comment_author_email" => &mut comment.email,
                            "wp:comment_date_gmt" => &mut comment.date_gmt,
                            "wp:comment_content" => &mut comment.content,
                            "wp:comment_approved" => &mut comment.approved,
                            "wp:comment_type" => &mut comment.kind,
                            "wp:comment_parent" => &mut comment.parent,
                            _ => continue,
                        };
                        *slot = value;
                    }
                    ("item", "wp:comment") => post.comments.push(std::mem::take(&mut comment)),
                    ("item", field) => {
                        let slot = match field {
                            "title" => &mut post.title,
                            "link" => &mut post.link,
                            "dc:creator" => &mut post.creator,
                            "content:encoded" => &mut post.content,
                            "wp:post_id" => &mut post.id,
                            "wp:post_date_gmt" => &mut post.date_gmt,
                            "wp:post_type" => &mut post.post_type,
                            "wp:status" => &mut post.status,
                            _ => continue,
                        };
                        *slot = value;
                    }
                    ("channel", "item") => {
                        completed += 1;
                        if std::mem::take(&mut not_utf8) {
                            import.warnings.push(Warning {
                                file: described.clone(),
                                place: Some(format!("item {record}")),
                                message: "the item holds text that is not valid UTF-8 (was the export converted to another encoding?); those characters are shown as the replacement character U+FFFD".into(),
                                skipped: 0,
                            });
                        }
                        let raw = std::mem::take(&mut post);
                        emit(raw, input, name, &described, record, import, &mut pending);
                    }
                    _ => {}
                }
            }
            Event::Eof => {
                if let Some(open) = path.last() {
                    let place = format!("end of file, in item {record}");
                    let message = format!("the file ends inside <{open}>: it is truncated");
                    if completed == 0 {
                        return Err(InputError::new(Path::new(&described), Some(place), message));
                    }
                    import.warnings.push(Warning {
                        file: described.clone(),
                        place: Some(place),
                        message: format!(
                            "{message}; the items before this point were read, the rest skipped"
                        ),
                        skipped: 1,
                    });
                }
                break;
            }
            _ => {}
        }
    }
    // Posts' `dc:creator` logins count as site authors too (WXR 1.0 has no `wp:author` list).
    let mut logins: Vec<String> = authors.iter().map(|a| a.login.clone()).collect();
    logins.extend(
        import.items[first_item..]
            .iter()
            .filter(|it| it.kind == Kind::Post)
            .map(|it| it.author.to_string()),
    );
    logins.retain(|l| !l.is_empty());
    let index = AuthorIndex::new(&authors, &logins);
    for p in pending {
        let item = &mut import.items[p.index];
        if let Some(login) = index.site_author(&item.author, &p.email) {
            item.author = login.into();
        }
    }
    for a in authors {
        if !a.login.is_empty() {
            import.accounts.push(Account {
                platform: Some(Platform::WordPress),
                handle: a.login,
                id: None,
            });
        }
    }
    Ok(())
}

/// The site's authors looked up by lower-case email, login and display name, so matching every
/// comment against them costs a lookup, not a scan of the author list: a crafted export with
/// hundreds of thousands of authors and comments would otherwise take hours.
struct AuthorIndex<'a> {
    authors: &'a [Author],
    by_email: HashMap<String, usize>,
    by_name: HashMap<String, usize>,
    logins: HashMap<String, &'a str>,
}

impl<'a> AuthorIndex<'a> {
    fn new(authors: &'a [Author], logins: &'a [String]) -> AuthorIndex<'a> {
        let mut by_email = HashMap::new();
        let mut by_name = HashMap::new();
        for (i, a) in authors.iter().enumerate() {
            if a.login.is_empty() {
                continue;
            }
            if !a.email.is_empty() {
                by_email.entry(a.email.to_ascii_lowercase()).or_insert(i);
            }
            for name in [&a.login, &a.display_name] {
                if !name.is_empty() {
                    by_name.entry(name.to_ascii_lowercase()).or_insert(i);
                }
            }
        }
        let mut by_login = HashMap::new();
        for l in logins {
            by_login.entry(l.to_ascii_lowercase()).or_insert(l.as_str());
        }
        AuthorIndex {
            authors,
            by_email,
            by_name,
            logins: by_login,
        }
    }

    /// The login of the site author who wrote a comment, matched on email, login or display
    /// name (the first such author in the list), else a post author's login equal to the name.
    fn site_author(&self, name: &str, email: &str) -> Option<&'a str> {
        let name = name.trim().to_ascii_lowercase();
        let email = email.trim().to_ascii_lowercase();
        let by_email = (!email.is_empty())
            .then(|| self.by_email.get(&email))
            .flatten();
        let by_name = (!name.is_empty())
            .then(|| self.by_name.get(&name))
            .flatten();
        if let Some(&i) = by_email.into_iter().chain(by_name).min() {
            return Some(self.authors[i].login.as_str());
        }
        (!name.is_empty())
            .then(|| self.logins.get(&name).copied())
            .flatten()
    }
}

/// `2007-09-04 00:49:28` in UTC; `None` for the `0000-00-00 00:00:00` of drafts and for empty.
fn parse_gmt(s: &str) -> Result<Option<Timestamp>, String> {
    let s = s.trim();
    if s.is_empty() || s.starts_with("0000-00-00") {
        return Ok(None);
    }
    s.parse::<DateTime>()
        .and_then(|dt| dt.to_zoned(TimeZone::UTC))
        .map(|z| Some(z.timestamp()))
        .map_err(|_| format!("`{s}` is not a date like `2007-09-04 00:49:28`"))
}

fn emit(
    raw: RawPost,
    input: usize,
    file: &str,
    described: &str,
    record: u64,
    import: &mut Import,
    pending: &mut Vec<Pending>,
) {
    if raw.comments.is_empty() && raw.post_type != "post" && raw.post_type != "page" {
        return;
    }
    let origin = Origin::new(input, file, record);
    let post_id = raw.id.trim();
    if post_id.is_empty() {
        import.warnings.push(Warning {
            file: described.to_string(),
            place: Some(format!("item {record}")),
            message: "the post has no wp:post_id; it and its comments were skipped".into(),
            skipped: 1 + raw.comments.len() as u64,
        });
        return;
    }
    let post_key = format!("post-{post_id}");
    let creator = raw.creator.trim().to_string();
    // Only posts and pages are the site's writing (attachments, menus and the like are not), and
    // drafts, trashed and scheduled posts were never published; comments on any of them are
    // readers' words all the same (product reviews are comments on `product` items).
    let is_post = raw.post_type == "post" || raw.post_type == "page";
    if is_post && matches!(raw.status.as_str(), "publish" | "private" | "") {
        match parse_gmt(&raw.date_gmt) {
            Ok(created_at) => {
                let mut item = Item::new(Platform::WordPress, &post_key, &creator);
                item.direction = Some(Direction::Outbound);
                item.set_created_at(created_at);
                let title = html_escape::decode_html_entities(raw.title.trim());
                let title = title.trim();
                let body = html_to_text(&raw.content);
                item.text = match (title.is_empty(), body.is_empty()) {
                    (false, false) => format!("{title}\n\n{body}").into(),
                    (false, true) => title.into(),
                    _ => body.into(),
                };
                item.url = Some(raw.link.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .into();
                item.origin = origin;
                import.items.push(item);
            }
            Err(e) => import.warnings.push(Warning {
                file: described.to_string(),
                place: Some(format!("item {record} ({post_key})")),
                message: format!("{e}; the post was skipped"),
                skipped: 1,
            }),
        }
    }
    for (n, c) in raw.comments.into_iter().enumerate() {
        let place = format!("item {record} ({post_key}), comment {}", n + 1);
        let id = c.id.trim();
        if id.is_empty() {
            import.warnings.push(Warning {
                file: described.to_string(),
                place: Some(place),
                message: "the comment has no wp:comment_id; skipped".into(),
                skipped: 1,
            });
            continue;
        }
        let created_at = match parse_gmt(&c.date_gmt) {
            Ok(t) => t,
            Err(e) => {
                import.warnings.push(Warning {
                    file: described.to_string(),
                    place: Some(place),
                    message: format!("{e}; the comment was skipped"),
                    skipped: 1,
                });
                continue;
            }
        };
        // Names are plain text in the XML but often carry HTML entities (`&#8217;`).
        let author = html_escape::decode_html_entities(c.author.trim()).into_owned();
        let mut item = Item::new(Platform::WordPress, format!("comment-{id}"), author);
        item.set_created_at(created_at);
        item.text = html_to_text(&c.content).into();
        let parent = c.parent.trim();
        if parent.is_empty() || parent == "0" {
            item.in_reply_to = Some(post_key.clone().into());
            item.in_reply_to_author = Some(creator.clone())
                .filter(|s| !s.is_empty())
                .map(Into::into);
        } else {
            item.in_reply_to = Some(format!("comment-{parent}").into());
        }
        item.kind = match c.kind.trim() {
            "pingback" | "trackback" => Kind::Pingback,
            _ => Kind::Comment,
        };
        item.moderation = match c.approved.trim() {
            "1" | "approve" | "approved" => Moderation::Published,
            "spam" => Moderation::Spam,
            _ => Moderation::Unapproved,
        };
        item.url = Some(raw.link.trim())
            .filter(|s| !s.is_empty())
            .map(|l| format!("{l}#comment-{id}"))
            .into();
        item.origin = origin;
        pending.push(Pending {
            index: import.items.len(),
            email: c.email,
        });
        import.items.push(item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wxr(items: &[String]) -> Vec<u8> {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>{}</channel></rss>"#,
            items.concat()
        )
        .into_bytes()
    }

    fn item(n: usize, body: &str) -> String {
        format!(
            "<item><title>P{n}</title><dc:creator>org</dc:creator><content:encoded><![CDATA[{body}]]></content:encoded><wp:post_id>{n}</wp:post_id><wp:post_date_gmt>2025-08-04 10:00:00</wp:post_date_gmt><wp:post_type>post</wp:post_type><wp:status>publish</wp:status></item>"
        )
    }

    fn small_limit(bytes: Vec<u8>) -> Source {
        let limits = crate::ingest::Limits {
            max_record_bytes: 2000,
            ..crate::ingest::Limits::default()
        };
        Source::from_files("site", vec![("export.xml".into(), bytes)], &limits)
    }

    #[test]
    fn an_export_far_larger_than_the_record_limit_is_read_item_by_item() {
        let items: Vec<String> = (1..=300).map(|n| item(n, "hello")).collect();
        let bytes = wxr(&items);
        assert!(bytes.len() > 20 * 2000);
        let import = import(&mut small_limit(bytes), 0).unwrap();
        assert_eq!(import.items.len(), 300);
        assert!(import.warnings.is_empty(), "{:?}", import.warnings);
    }

    #[test]
    fn one_item_over_the_record_limit_is_an_error_naming_the_file_place_and_limit() {
        let bytes = wxr(&[item(1, "short"), item(2, &"a".repeat(10_000))]);
        let err = import(&mut small_limit(bytes), 0).unwrap_err();
        assert_eq!(err.path, "site/export.xml");
        assert!(
            err.place.as_deref().unwrap().ends_with("in item 2"),
            "{err}"
        );
        assert!(
            err.message
                .contains("one record is longer than the limit of 2000 bytes"),
            "{err}"
        );
    }

    #[test]
    fn gmt_dates_parse_and_zero_dates_are_undated() {
        assert_eq!(
            parse_gmt("2007-09-04 00:49:28")
                .unwrap()
                .unwrap()
                .to_string(),
            "2007-09-04T00:49:28Z"
        );
        assert_eq!(parse_gmt("0000-00-00 00:00:00").unwrap(), None);
        assert!(parse_gmt("yesterday").is_err());
    }

    #[test]
    fn site_authors_match_on_email_login_or_display_name_only() {
        let authors = vec![Author {
            login: "editor".into(),
            email: "Editor@Example.org".into(),
            display_name: "The Editor".into(),
        }];
        let logins = vec!["editor".to_string(), "guest".to_string()];
        let index = AuthorIndex::new(&authors, &logins);
        assert_eq!(
            index.site_author("Someone", "editor@example.org"),
            Some("editor")
        );
        assert_eq!(index.site_author("the editor", ""), Some("editor"));
        assert_eq!(index.site_author("Reader", "r@example.org"), None);
        assert_eq!(index.site_author(" GUEST ", ""), Some("guest"));
    }
}

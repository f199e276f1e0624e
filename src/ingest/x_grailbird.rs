//! Older X / Twitter archives, the "Grailbird" layout used until 2018 (zip or folder).
//!
//! - `data/js/tweets/YYYY_MM.js`: `Grailbird.data.tweets_2015_08 = [ {...}, ... ]`, one file per
//!   month, tweets with `id_str`, `text`, `created_at` (`2015-08-22 22:45:29 +0000`), `source` (an
//!   HTML anchor), `in_reply_to_*`, `retweeted_status` for retweets, `entities.user_mentions`,
//!   and the writer in `user`.
//! - `tweets.csv`: the same tweets as a table, in one of two column orders (read by header name),
//!   with the parent's user id but not its handle, and no mentions (they are read from the text).
//! - `data/js/user_details.js`: `var user_details = {screen_name, id, ...}`, the owner.
//!
//! Either file may also be given on its own. The monthly files are read when present (they carry handles and mentions), else the CSV.
//! Items come out as the modern archive's do ([`super::x`]): outbound, retweets as reposts,
//! replies with their parent, posting client from `source`, HTML entities decoded. The layout has
//! no engagement counts. A damaged monthly file is a warning (the other months are still read);
//! a damaged `tweets.csv` is an error naming it.

use std::collections::HashMap;

use jiff::Timestamp;
use regex::Regex;
use serde_json::Value;

use super::earshot_csv::mentions_in;
use super::text::CsvRecords;
use super::x::{client_name, parse_x_time, strip_js_prefix};
use super::{Import, InputError, Source, Warning};
use crate::model::{Account, Direction, Item, Kind, Origin, Platform};

fn is_month_file(n: &str) -> bool {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(^|/)data/js/tweets/\d{4}_\d{2}\.js$").expect("valid regex"))
        .is_match(n)
}

fn is_csv_file(n: &str) -> bool {
    n == "tweets.csv" || n.ends_with("/tweets.csv")
}

fn is_user_file(n: &str) -> bool {
    n.ends_with("data/js/user_details.js")
}

/// Columns `tweets.csv` must have, whatever their order.
const CSV_COLUMNS: [&str; 3] = ["tweet_id", "timestamp", "text"];

fn csv_header_matches(head: &str) -> bool {
    let first = head.lines().next().unwrap_or("");
    let cols: Vec<String> = first
        .split(',')
        .map(|c| c.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    CSV_COLUMNS.iter().all(|w| cols.iter().any(|c| c == w))
}

fn is_month_head(head: &str) -> bool {
    head.starts_with("Grailbird.data.tweets_")
}

/// Matches monthly `Grailbird.data.tweets_` files, or a `tweets.csv` with Grailbird's header
/// (also on its own).
pub fn sniff(source: &mut Source) -> Option<Vec<String>> {
    if source.is_single_file() {
        let name = source.names().first()?.clone();
        let head = super::meta::head(source, &name, 1024)?;
        return (csv_header_matches(&head) || is_month_head(&head)).then(|| vec![name]);
    }
    let months = source.find_all(is_month_file);
    let mut matched = Vec::new();
    if let Some(first) = months.first() {
        let head = super::meta::head(source, first, 128)?;
        if is_month_head(&head) {
            matched.push(if months.len() > 3 {
                format!("{first} (and {} more months)", months.len() - 1)
            } else {
                months.join(", ")
            });
        }
    }
    if let Some(csv) = source.find(is_csv_file)
        && super::meta::head(source, &csv, 1024).is_some_and(|h| csv_header_matches(&h))
    {
        matched.push(csv);
    }
    if matched.is_empty() {
        return None;
    }
    if let Some(u) = source.find(is_user_file) {
        matched.push(u);
    }
    Some(matched)
}

struct Owner {
    handle: String,
    id: Option<String>,
}

/// Reads the monthly files (or else `tweets.csv`) and `user_details.js`.
pub fn import(source: &mut Source, input: usize) -> Result<Import, InputError> {
    let mut import = Import::default();
    let owner = match source.find(is_user_file) {
        Some(u) => {
            let bytes = source.read_to_vec(&u)?;
            let v: Value = serde_json::from_slice(strip_js_prefix(&bytes)).map_err(|e| {
                InputError::at(
                    source,
                    &u,
                    Some(format!("line {}, column {}", e.line(), e.column())),
                    format!("not a readable user_details.js: {e}"),
                )
            })?;
            import.files.push(u);
            v.get("screen_name").and_then(Value::as_str).map(|h| Owner {
                handle: h.to_string(),
                id: v.get("id").and_then(id_string),
            })
        }
        None => None,
    };
    let owner = match owner {
        Some(o) => {
            import.accounts.push(Account {
                platform: Some(Platform::X),
                handle: o.handle.clone(),
                id: o.id.clone(),
            });
            o
        }
        None => {
            import.warnings.push(Warning {
                file: source.path().display().to_string(),
                place: None,
                message: "no data/js/user_details.js: the owner's handle is unknown, so self-replies cannot be told from replies (give --account)".into(),
                skipped: 0,
            });
            Owner {
                handle: "owner".into(),
                id: None,
            }
        }
    };
    let months = if source.is_single_file() {
        let name = source.names()[0].clone();
        let head = super::meta::head(source, &name, 128).unwrap_or_default();
        if is_month_head(&head) {
            vec![name]
        } else {
            Vec::new()
        }
    } else {
        source.find_all(is_month_file)
    };
    if months.is_empty() {
        let csv = if source.is_single_file() {
            source.names()[0].clone()
        } else {
            source.find(is_csv_file).ok_or_else(|| {
                InputError::new(source.path(), None, "no tweets.csv or data/js/tweets/*.js")
            })?
        };
        read_csv(source, &csv, input, &owner, &mut import)?;
        import.files.push(csv);
        return Ok(import);
    }
    for file in months {
        let bytes = source.read_to_vec(&file)?;
        let entries: Vec<Value> = match serde_json::from_slice(strip_js_prefix(&bytes)) {
            Ok(v) => v,
            Err(e) => {
                import.warnings.push(Warning {
                    file: source.describe(&file),
                    place: Some(format!("line {}, column {}", e.line(), e.column())),
                    message: format!(
                        "not a readable month of tweets ({e}); its tweets are left out"
                    ),
                    skipped: 1,
                });
                continue;
            }
        };
        for (k, e) in entries.iter().enumerate() {
            let record = k as u64 + 1;
            match js_item(e, &owner) {
                Ok(mut it) => {
                    it.origin = Origin::new(input, &file, record);
                    import.items.push(it);
                }
                Err(msg) => import.warnings.push(Warning {
                    file: source.describe(&file),
                    place: Some(format!("tweet {record}")),
                    message: format!("{msg}; left out"),
                    skipped: 1,
                }),
            }
        }
        import.files.push(file);
    }
    Ok(import)
}

fn id_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `2015-08-22 22:45:29 +0000` (Grailbird), or the modern `Sat Aug 22 22:45:29 +0000 2015`.
pub fn parse_grailbird_time(s: &str) -> Result<Timestamp, String> {
    let s = s.trim();
    jiff::fmt::strtime::parse("%Y-%m-%d %H:%M:%S %z", s)
        .and_then(|t| t.to_timestamp())
        .or_else(|_| parse_x_time(s))
        .map_err(|_| format!("`{s}` is not a time like `2015-08-22 22:45:29 +0000`"))
}

fn base_item(id: String, owner: &Owner) -> Item {
    let mut it = Item::new(Platform::X, id, owner.handle.clone());
    it.author_id = owner.id.clone().map(Into::into);
    it.direction = Some(Direction::Outbound);
    if owner.handle != "owner" {
        it.url = Some(format!("https://x.com/{}/status/{}", owner.handle, it.id)).into();
    }
    it
}

/// The kind and the parent's author, the way the modern importer decides them.
fn finish(it: &mut Item, retweet: bool, reply_user_id: Option<String>, owner: &Owner) {
    if reply_user_id.is_some() && reply_user_id == owner.id {
        it.in_reply_to_author = Some(owner.handle.clone().into());
    } else if it.in_reply_to_author.is_none() {
        it.in_reply_to_author = reply_user_id.map(Into::into);
    }
    it.kind = if retweet || it.text.starts_with("RT @") {
        Kind::Repost
    } else if it.in_reply_to.is_some() || it.in_reply_to_author.is_some() {
        Kind::Reply
    } else {
        Kind::Post
    };
}

fn js_item(e: &Value, owner: &Owner) -> Result<Item, String> {
    let s = |k: &str| e.get(k).and_then(Value::as_str).filter(|v| !v.is_empty());
    let id = s("id_str")
        .map(str::to_string)
        .or_else(|| e.get("id").and_then(id_string))
        .ok_or("a tweet without id_str")?;
    let mut it = base_item(id, owner);
    if let Some(h) = e.pointer("/user/screen_name").and_then(Value::as_str) {
        it.author = h.to_string().into();
    }
    it.text = html_escape::decode_html_entities(s("text").unwrap_or(""))
        .into_owned()
        .into();
    it.set_created_at(s("created_at").map(parse_grailbird_time).transpose()?);
    it.in_reply_to = s("in_reply_to_status_id_str")
        .map(str::to_string)
        .map(Into::into);
    it.in_reply_to_author = s("in_reply_to_screen_name")
        .map(str::to_string)
        .map(Into::into);
    it.source = s("source")
        .map(client_name)
        .filter(|c| !c.is_empty())
        .map(Into::into);
    it.mentions = e
        .pointer("/entities/user_mentions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|m| m.get("screen_name")?.as_str())
        .collect();
    let reply_user = s("in_reply_to_user_id_str").map(str::to_string);
    finish(
        &mut it,
        e.get("retweeted_status").is_some(),
        reply_user,
        owner,
    );
    Ok(it)
}

fn read_csv(
    source: &mut Source,
    name: &str,
    input: usize,
    owner: &Owner,
    import: &mut Import,
) -> Result<(), InputError> {
    let described = source.describe(name);
    let mut r = CsvRecords::open(source, name)?;
    let header: HashMap<String, usize> = r
        .headers()?
        .iter()
        .enumerate()
        .map(|(i, h)| {
            (
                h.trim_start_matches('\u{feff}').trim().to_ascii_lowercase(),
                i,
            )
        })
        .collect();
    let missing: Vec<&str> = CSV_COLUMNS
        .iter()
        .copied()
        .filter(|c| !header.contains_key(*c))
        .collect();
    if !missing.is_empty() {
        return Err(InputError::new(
            std::path::Path::new(&described),
            Some("line 1".into()),
            format!(
                "not a Grailbird tweets.csv: no {} column",
                missing.join(", ")
            ),
        ));
    }
    let mut record = 0u64;
    while let Some(rec) = r.next_record()? {
        record += 1;
        let rec = match rec {
            Ok(rec) => rec,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                import.warnings.push(Warning {
                    file: described.clone(),
                    place: Some(format!("line {line}")),
                    message: format!("{e}; left out"),
                    skipped: 1,
                });
                continue;
            }
        };
        let get = |c: &str| {
            header
                .get(c)
                .and_then(|&i| rec.get(i))
                .map(str::trim)
                .filter(|v| !v.is_empty())
        };
        let place = || {
            Some(format!(
                "line {}",
                rec.position().map(|p| p.line()).unwrap_or(0)
            ))
        };
        let Some(id) = get("tweet_id") else {
            import.warnings.push(Warning {
                file: described.clone(),
                place: place(),
                message: "a row without tweet_id; left out".into(),
                skipped: 1,
            });
            continue;
        };
        let created = match get("timestamp").map(parse_grailbird_time).transpose() {
            Ok(t) => t,
            Err(msg) => {
                import.warnings.push(Warning {
                    file: described.clone(),
                    place: place(),
                    message: format!("{msg}; left out"),
                    skipped: 1,
                });
                continue;
            }
        };
        let mut it = base_item(id.to_string(), owner);
        it.set_created_at(created);
        it.text = html_escape::decode_html_entities(get("text").unwrap_or(""))
            .into_owned()
            .into();
        it.in_reply_to = get("in_reply_to_status_id")
            .map(str::to_string)
            .map(Into::into);
        it.source = get("source")
            .map(client_name)
            .filter(|c| !c.is_empty())
            .map(Into::into);
        it.mentions = mentions_in(&it.text).into_iter().collect();
        let retweet = get("retweeted_status_id").is_some();
        finish(
            &mut it,
            retweet,
            get("in_reply_to_user_id").map(str::to_string),
            owner,
        );
        it.origin = Origin::new(input, name, record);
        import.items.push(it);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grailbird_and_modern_times_parse() {
        assert_eq!(
            parse_grailbird_time("2015-08-22 22:45:29 +0000")
                .unwrap()
                .to_string(),
            "2015-08-22T22:45:29Z"
        );
        assert_eq!(
            parse_grailbird_time("Sat Aug 22 22:45:29 +0000 2015")
                .unwrap()
                .to_string(),
            "2015-08-22T22:45:29Z"
        );
        assert!(parse_grailbird_time("2015-08-22").is_err());
    }

    #[test]
    fn either_column_order_is_recognized_by_name() {
        assert!(csv_header_matches(
            "\"tweet_id\",\"in_reply_to_status_id\",\"in_reply_to_user_id\",\"timestamp\",\"source\",\"text\""
        ));
        assert!(csv_header_matches(
            "tweet_id,in_reply_to_status_id,in_reply_to_user_id,retweeted_status_id,retweeted_status_user_id,timestamp,source,text,expanded_urls"
        ));
        assert!(!csv_header_matches("id,text,author,created_at"));
    }
}

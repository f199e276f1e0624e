//! Reddit data exports (the GDPR "request your data" zip or its folder), as they really are
//! (FORMATS.md).
//!
//! `posts.csv` (`id,permalink,date,ip,subreddit,gildings,title,url,body`) and `comments.csv`
//! (`id,permalink,date,ip,subreddit,gildings,link,parent,body,media`) hold the account's own posts
//! and comments; `statistics.csv` (`statistic,value`) names the account. Files start with a BOM,
//! dates read `2023-01-15 12:34:56 UTC`, and `parent` is a fullname: `t1_<id>` for a comment,
//! `t3_<id>` for a post. Items are keyed by fullname too, so a parent id always finds its item.

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;

use super::text::{Columns, CsvRecords, csv_header, head};
use super::{Import, InputError, Source, Warning};
use crate::model::{Account, Direction, Item, Kind, Origin, Platform};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Table {
    Posts,
    Comments,
}

fn table_of(header: &[String]) -> Option<Table> {
    let has = |c: &str| header.iter().any(|h| h == c);
    if !(has("id") && has("permalink") && has("date") && has("body")) {
        return None;
    }
    if has("parent") && has("link") {
        Some(Table::Comments)
    } else if has("title") {
        Some(Table::Posts)
    } else {
        None
    }
}

fn tables(source: &mut Source) -> Vec<(String, Table)> {
    let candidates: Vec<String> = if source.is_single_file() {
        source.names().to_vec()
    } else {
        let zip = source.is_zip();
        source.find_all(|n| {
            let depth = n.matches('/').count();
            n.to_ascii_lowercase().ends_with(".csv") && (depth == 0 || (zip && depth == 1))
        })
    };
    candidates
        .into_iter()
        .filter_map(|n| {
            let h = head(source, &n, 16 * 1024)?;
            let t = table_of(&csv_header(&h)?)?;
            Some((n, t))
        })
        .collect()
}

/// Matches `posts.csv` / `comments.csv` by their headers, alone or in the export's folder or zip.
pub fn sniff(source: &mut Source) -> Option<Vec<String>> {
    let mut matched: Vec<String> = tables(source).into_iter().map(|(n, _)| n).collect();
    if matched.is_empty() {
        return None;
    }
    matched.extend(statistics_file(source));
    Some(matched)
}

fn statistics_file(source: &Source) -> Option<String> {
    if source.is_single_file() {
        return None;
    }
    source.find(|n| n == "statistics.csv" || n.ends_with("/statistics.csv"))
}

/// The account name from `statistics.csv` (`account name,<name>`).
fn account_name(source: &mut Source, name: &str) -> Result<Option<String>, InputError> {
    let bytes = source.read_to_vec(name)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let mut r = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    for rec in r.records() {
        let rec = rec.map_err(|e| InputError::at(source, name, None, e.to_string()))?;
        if rec
            .get(0)
            .map(|s| s.trim().eq_ignore_ascii_case("account name"))
            == Some(true)
        {
            return Ok(rec
                .get(1)
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()));
        }
    }
    Ok(None)
}

/// Reads `statistics.csv`, then every posts and comments table.
pub fn import(source: &mut Source, input: usize) -> Result<Import, InputError> {
    let mut import = Import::default();
    let mut owner = None;
    if let Some(stats) = statistics_file(source) {
        owner = account_name(source, &stats)?;
        import.files.push(stats);
    }
    match &owner {
        Some(name) => import.accounts.push(Account {
            platform: Some(Platform::Reddit),
            handle: name.clone(),
            id: None,
        }),
        None => import.warnings.push(Warning {
            file: source.path().display().to_string(),
            place: None,
            message: "no statistics.csv naming the account: its posts and comments are attributed to `owner` (give --account)".into(),
            skipped: 0,
        }),
    }
    let owner = owner.unwrap_or_else(|| "owner".to_string());
    for (name, table) in tables(source) {
        read_table(source, &name, table, &owner, input, &mut import)?;
        import.files.push(name);
    }
    Ok(import)
}

fn read_table(
    source: &mut Source,
    name: &str,
    table: Table,
    owner: &str,
    input: usize,
    import: &mut Import,
) -> Result<(), InputError> {
    let described = source.describe(name);
    let mut r = CsvRecords::open(source, name)?;
    let header = r.headers()?;
    let cols = Columns::new(&header);
    let mut record = 0u64;
    while let Some(rec) = r.next_record()? {
        record += 1;
        let line = || format!("record {record}");
        let rec = match rec {
            Ok(rec) => rec,
            Err(e) => {
                let place = e
                    .position()
                    .map(|p| format!("line {}", p.line()))
                    .unwrap_or_else(line);
                import.warnings.push(Warning {
                    file: described.clone(),
                    place: Some(place),
                    message: format!("unreadable record ({e}); skipped"),
                    skipped: 1,
                });
                continue;
            }
        };
        let place = rec
            .position()
            .map(|p| format!("line {}", p.line()))
            .unwrap_or_else(line);
        match to_item(&cols, &rec, table, owner) {
            Ok(mut item) => {
                item.origin = Origin::new(input, name, record);
                import.items.push(item);
            }
            Err(message) => import.warnings.push(Warning {
                file: described.clone(),
                place: Some(place),
                message: format!("{message}; skipped"),
                skipped: 1,
            }),
        }
    }
    Ok(())
}

/// A fullname (`t1_abc`, `t3_xyz`) as it stands, or a bare id given the expected prefix.
fn fullname(id: &str, prefix: &str) -> String {
    let id = id.trim();
    if id.len() > 3 && id.as_bytes()[0] == b't' && id.as_bytes()[2] == b'_' {
        id.to_string()
    } else {
        format!("{prefix}{id}")
    }
}

/// The post's fullname from a comment's `link` or `permalink` (`.../comments/<id>/...`).
fn post_of(url: &str) -> Option<String> {
    let rest = url.split_once("/comments/")?.1;
    let id = rest.split('/').next()?;
    (!id.is_empty()).then(|| format!("t3_{id}"))
}

/// `2023-01-15 12:34:56 UTC`, or an RFC 3339 time.
fn parse_date(s: &str) -> Result<Option<Timestamp>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if let Ok(t) = s.parse::<Timestamp>() {
        return Ok(Some(t));
    }
    s.trim_end_matches("UTC")
        .trim()
        .parse::<DateTime>()
        .and_then(|dt| dt.to_zoned(TimeZone::UTC))
        .map(|z| Some(z.timestamp()))
        .map_err(|_| format!("`{s}` is not a date like `2023-01-15 12:34:56 UTC`"))
}

fn to_item(
    cols: &Columns,
    rec: &csv::StringRecord,
    table: Table,
    owner: &str,
) -> Result<Item, String> {
    let id = cols.non_empty(rec, "id").ok_or("no id")?;
    let prefix = match table {
        Table::Posts => "t3_",
        Table::Comments => "t1_",
    };
    let mut item = Item::new(Platform::Reddit, fullname(id, prefix), owner);
    item.direction = Some(Direction::Outbound);
    item.set_created_at(parse_date(cols.get(rec, "date").unwrap_or_default())?);
    item.url = cols.non_empty(rec, "permalink").map(str::to_string).into();
    let body = cols.get(rec, "body").unwrap_or_default();
    match table {
        Table::Posts => {
            item.kind = Kind::Post;
            let title = cols.get(rec, "title").unwrap_or_default();
            item.text = match (title.is_empty(), body.is_empty()) {
                (false, false) => format!("{title}\n\n{body}").into(),
                (false, true) => title.into(),
                _ => body.into(),
            };
            item.conversation_hint = Some(item.id.clone()).into();
        }
        Table::Comments => {
            item.kind = Kind::Comment;
            item.text = body.to_string().into();
            let post = cols
                .non_empty(rec, "link")
                .and_then(post_of)
                .or_else(|| item.url.as_deref().and_then(post_of));
            item.in_reply_to = cols
                .non_empty(rec, "parent")
                .map(|p| fullname(p, "t1_"))
                .or_else(|| post.clone())
                .map(Into::into);
            item.conversation_hint = post.into();
        }
    }
    item.mentions = user_mentions(&item.text).into_iter().collect();
    Ok(item)
}

/// Users named as `u/name` or `/u/name`, Reddit's way of mentioning someone.
fn user_mentions(text: &str) -> Vec<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"(?:^|[\s(\[])/?u/([A-Za-z0-9_-]{3,20})\b").expect("valid regex")
    });
    re.captures_iter(text).map(|c| c[1].to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reddit_dates_are_utc() {
        assert_eq!(
            parse_date("2023-01-15 12:34:56 UTC")
                .unwrap()
                .unwrap()
                .to_string(),
            "2023-01-15T12:34:56Z"
        );
        assert!(parse_date("15/01/2023").is_err());
    }

    #[test]
    fn user_mentions_are_found_with_or_without_the_leading_slash() {
        assert_eq!(
            user_mentions("thanks u/alice and /u/bob_2, see r/rust"),
            vec!["alice", "bob_2"]
        );
    }

    #[test]
    fn fullnames_are_kept_and_bare_ids_get_their_prefix() {
        assert_eq!(fullname("t3_10abc", "t1_"), "t3_10abc");
        assert_eq!(fullname("j3xyz", "t1_"), "t1_j3xyz");
        assert_eq!(
            post_of("https://www.reddit.com/r/rust/comments/10abc/title/").as_deref(),
            Some("t3_10abc")
        );
    }
}

//! LinkedIn data export CSVs (the zip, its folder, or one file), as they really are.
//!
//! - `Shares.csv`: `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility`, the account's
//!   own posts. A share with no words of its own and a shared URL is a reshare.
//! - `Comments.csv`: `Date,Link,Message`, the comments the account made. `Link` names the post
//!   commented on by its URN (`urn:li:activity:7348...`), which becomes the comment's parent: the
//!   post itself is not in the export, but comments on the same post form one conversation.
//!   LinkedIn names neither the post's author nor a parent comment.
//! - `Profile.csv` (`First Name`, `Last Name`) names the owner when it is there.
//! - Dates are `2025-07-01 14:33:22`, in UTC.
//!
//! LinkedIn does not write RFC 4180. `Comments.csv` escapes quotes as `\"` instead of doubling
//! them, so a strict reader splits a comment at its first quoted comma; `Shares.csv` wraps every
//! line of a multi-line commentary in its own pair of quotes. [`split_records`] reads both
//! leniently, and the rows it had to repair are counted in a warning that skips nothing, so the
//! report can say how many there were.

use std::collections::HashMap;

use jiff::Timestamp;

use super::meta::Ids;
use super::{Import, InputError, Source, Warning};
use crate::model::{Account, Direction, Item, Kind, Origin, Platform};

const SHARES: [&str; 3] = ["date", "sharelink", "sharecommentary"];
const COMMENTS: [&str; 3] = ["date", "link", "message"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Shares,
    Comments,
}

/// One record as the lenient splitter read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub fields: Vec<String>,
    /// 1-based line the record starts on.
    pub line: usize,
    /// The record needed a non-standard reading: a `\"` escape or a stray quote.
    pub repaired: bool,
    /// The file ended inside a quoted field.
    pub unterminated: bool,
}

/// Splits CSV text into records, accepting both `""` and LinkedIn's `\"` inside quoted fields.
/// A quote inside a quoted field that is followed by neither a quote, a comma nor a line end is
/// taken as a literal quote (and the record marked repaired) rather than ending the field.
pub fn split_records(text: &str) -> Vec<Record> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    while i < chars.len() {
        let mut rec = Record {
            fields: Vec::new(),
            line,
            repaired: false,
            unterminated: false,
        };
        let mut field = String::new();
        let mut at_start = true;
        let mut quoted = false;
        loop {
            let Some(&c) = chars.get(i) else {
                if quoted {
                    rec.unterminated = true;
                }
                rec.fields.push(std::mem::take(&mut field));
                break;
            };
            if quoted {
                match c {
                    '\\' if chars.get(i + 1) == Some(&'"') => {
                        field.push('"');
                        rec.repaired = true;
                        i += 2;
                    }
                    '"' if chars.get(i + 1) == Some(&'"') => {
                        field.push('"');
                        i += 2;
                    }
                    '"' => match chars.get(i + 1) {
                        None | Some(',') | Some('\n') | Some('\r') => {
                            quoted = false;
                            i += 1;
                        }
                        Some(_) => {
                            field.push('"');
                            rec.repaired = true;
                            i += 1;
                        }
                    },
                    _ => {
                        if c == '\n' {
                            line += 1;
                        }
                        field.push(c);
                        i += 1;
                    }
                }
                continue;
            }
            match c {
                '"' if at_start => {
                    quoted = true;
                    at_start = false;
                    i += 1;
                }
                ',' => {
                    rec.fields.push(std::mem::take(&mut field));
                    at_start = true;
                    i += 1;
                }
                '\r' | '\n' => {
                    if c == '\r' && chars.get(i + 1) == Some(&'\n') {
                        i += 1;
                    }
                    i += 1;
                    line += 1;
                    rec.fields.push(std::mem::take(&mut field));
                    break;
                }
                _ => {
                    field.push(c);
                    at_start = false;
                    i += 1;
                }
            }
        }
        // Blank lines between records are not records.
        if !(rec.fields.len() == 1 && rec.fields[0].is_empty() && !rec.unterminated) {
            out.push(rec);
        }
    }
    out
}

/// Undoes the per-line quoting of multi-line share commentaries: `first"`, `"middle"`, `""`,
/// `"last` become `first`, `middle`, ``, `last`. Applied only when every line fits that shape.
pub fn unwrap_quoted_lines(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.split('\n').collect();
    if lines.len() < 2 {
        return None;
    }
    let n = lines.len();
    let fits = lines.iter().enumerate().all(|(k, l)| {
        let starts = k == 0 || l.starts_with('"');
        let ends = k == n - 1 || l.ends_with('"');
        let long_enough = k == 0 || k == n - 1 || l.chars().count() >= 2;
        starts && ends && long_enough
    });
    if !fits {
        return None;
    }
    let out: Vec<&str> = lines
        .iter()
        .enumerate()
        .map(|(k, l)| {
            let l = if k > 0 { &l[1..] } else { l };
            if k < n - 1 { &l[..l.len() - 1] } else { l }
        })
        .collect();
    Some(out.join("\n"))
}

fn header_of(first: &Record) -> HashMap<String, usize> {
    first
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| (f.trim().to_ascii_lowercase(), i))
        .collect()
}

fn part_of_header(first_line: &str) -> Option<Part> {
    let cols: Vec<String> = first_line
        .trim_start_matches('\u{feff}')
        .trim()
        .split(',')
        .map(|c| c.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    let has = |want: &[&str]| want.iter().all(|w| cols.iter().any(|c| c == w));
    if has(&SHARES) {
        Some(Part::Shares)
    } else if has(&COMMENTS) && cols.len() <= 4 {
        Some(Part::Comments)
    } else {
        None
    }
}

fn first_line(source: &mut Source, name: &str) -> Option<String> {
    let head = super::meta::head(source, name, 4096)?;
    Some(head.lines().next().unwrap_or("").to_string())
}

fn is_csv(n: &str) -> bool {
    n.to_ascii_lowercase().ends_with(".csv")
}

fn is_profile_file(n: &str) -> bool {
    n == "Profile.csv" || n.ends_with("/Profile.csv")
}

/// The export's files by their header (name alone decides nothing).
fn parts(source: &mut Source) -> Vec<(String, Part)> {
    let names: Vec<String> = if source.is_single_file() {
        source.names().to_vec()
    } else {
        source.find_all(|n| {
            let base = n.rsplit('/').next().unwrap_or(n).to_ascii_lowercase();
            base == "shares.csv" || base == "comments.csv"
        })
    };
    names
        .into_iter()
        .filter(|n| is_csv(n))
        .filter_map(|n| {
            let p = part_of_header(&first_line(source, &n)?)?;
            Some((n, p))
        })
        .collect()
}

/// Matches `Shares.csv` or `Comments.csv` by their LinkedIn headers.
pub fn sniff(source: &mut Source) -> Option<Vec<String>> {
    let found = parts(source);
    if found.is_empty() {
        return None;
    }
    let mut matched: Vec<String> = found.into_iter().map(|(n, _)| n).collect();
    if let Some(p) = source.find(is_profile_file) {
        matched.push(p);
    }
    Some(matched)
}

/// Reads the shares and comments.
pub fn import(source: &mut Source, input: usize) -> Result<Import, InputError> {
    let mut import = Import::default();
    let owner = match source.find(is_profile_file) {
        Some(p) => match read_text(source, &p) {
            Ok(t) => {
                import.files.push(p);
                profile_name(&t)
            }
            // The profile only names the owner: without it the shares and comments still count.
            Err(e) => {
                import.warnings.push(Warning {
                    file: e.path,
                    place: e.place,
                    message: format!("{}; the owner's name is not taken from it", e.message),
                    skipped: 0,
                });
                None
            }
        },
        None => None,
    };
    match &owner {
        Some(o) => import.accounts.push(Account {
            platform: Some(Platform::LinkedIn),
            handle: o.clone(),
            id: None,
        }),
        None => import.warnings.push(Warning {
            file: source.path().display().to_string(),
            place: None,
            message: "no Profile.csv: the owner's name is unknown; items are attributed to `owner`"
                .into(),
            skipped: 0,
        }),
    }
    let owner = owner.unwrap_or_else(|| "owner".to_string());
    let mut ids = Ids::default();
    for (name, part) in parts(source) {
        let text = read_text(source, &name)?;
        let described = source.describe(&name);
        let records = split_records(&text);
        let Some((head, rows)) = records.split_first() else {
            return Err(InputError::at(source, &name, None, "empty file"));
        };
        let cols = header_of(head);
        let col = |k: &str| cols.get(k).copied();
        let date = col("date").unwrap_or(0);
        let (link, body) = match part {
            Part::Shares => (col("sharelink"), col("sharecommentary")),
            Part::Comments => (col("link"), col("message")),
        };
        let shared = col("sharedurl");
        let mut repaired = 0u64;
        for (k, rec) in rows.iter().enumerate() {
            let record = k as u64 + 1;
            let place = Some(format!("line {}", rec.line));
            if rec.unterminated {
                import.warnings.push(Warning {
                    file: described.clone(),
                    place,
                    message: "the file ends inside a quoted field; this record is left out".into(),
                    skipped: 1,
                });
                continue;
            }
            if rec.fields.len() != head.fields.len() {
                import.warnings.push(Warning {
                    file: described.clone(),
                    place,
                    message: format!(
                        "{} fields where the header has {}; left out",
                        rec.fields.len(),
                        head.fields.len()
                    ),
                    skipped: 1,
                });
                continue;
            }
            let created = match parse_date(&rec.fields[date]) {
                Ok(t) => t,
                Err(e) => {
                    import.warnings.push(Warning {
                        file: described.clone(),
                        place,
                        message: format!("{e}; left out"),
                        skipped: 1,
                    });
                    continue;
                }
            };
            let mut words = body.map(|b| rec.fields[b].clone()).unwrap_or_default();
            let mut fixed = rec.repaired;
            if let Some(u) = unwrap_quoted_lines(&words) {
                words = u;
                fixed = true;
            }
            repaired += u64::from(fixed);
            let url = link
                .map(|l| rec.fields[l].trim().to_string())
                .filter(|u| !u.is_empty());
            let prefix = match part {
                Part::Shares => "share",
                Part::Comments => "comment",
            };
            let base = match (part, url.as_deref().and_then(urn_tail)) {
                (Part::Shares, Some(n)) => format!("{prefix}-{n}"),
                _ => format!("{prefix}-{}", created.map(|t| t.as_second()).unwrap_or(0)),
            };
            let mut it = Item::new(Platform::LinkedIn, ids.make(base), owner.clone());
            it.direction = Some(Direction::Outbound);
            it.set_created_at(created);
            it.kind = match part {
                Part::Comments => Kind::Comment,
                Part::Shares
                    if words.trim().is_empty()
                        && shared.is_some_and(|s| !rec.fields[s].trim().is_empty()) =>
                {
                    Kind::Repost
                }
                Part::Shares => Kind::Post,
            };
            it.text = words.into();
            if part == Part::Comments {
                it.in_reply_to = url.as_deref().and_then(post_urn).map(Into::into);
            }
            it.url = url.into();
            it.origin = Origin::new(input, &name, record);
            import.items.push(it);
        }
        if repaired > 0 {
            import.warnings.push(Warning {
                file: described,
                place: None,
                message: format!(
                    "{repaired} rows used LinkedIn's non-standard quoting (\\\" escapes or quoted lines) and were repaired"
                ),
                skipped: 0,
            });
        }
        import.files.push(name);
    }
    Ok(import)
}

fn read_text(source: &mut Source, name: &str) -> Result<String, InputError> {
    let bytes = source.read_to_vec(name)?;
    String::from_utf8(bytes).map_err(|e| {
        InputError::at(
            source,
            name,
            Some(format!("byte {}", e.utf8_error().valid_up_to())),
            "not UTF-8 text",
        )
    })
}

/// `First Name` and `Last Name` of the first row of `Profile.csv`.
fn profile_name(text: &str) -> Option<String> {
    let recs = split_records(text);
    let (head, rows) = recs.split_first()?;
    let cols = header_of(head);
    let row = rows.first()?;
    let get = |k: &str| {
        cols.get(k)
            .and_then(|&i| row.fields.get(i))
            .map(|s| s.trim())
    };
    let name = [get("first name"), get("last name")]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (!name.is_empty()).then_some(name)
}

/// `2025-07-01 14:33:22` (UTC); empty means undated.
fn parse_date(s: &str) -> Result<Option<Timestamp>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    jiff::civil::DateTime::strptime("%Y-%m-%d %H:%M:%S", s)
        .or_else(|_| jiff::civil::DateTime::strptime("%Y-%m-%d %H:%M", s))
        .ok()
        .and_then(|d| d.to_zoned(jiff::tz::TimeZone::UTC).ok())
        .map(|z| Some(z.timestamp()))
        .ok_or_else(|| format!("`{s}` is not a date like `2025-07-01 14:33:22`"))
}

/// The URN of the post a comment link points at: `urn:li:activity:7348...` from
/// `https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7348...`.
fn post_urn(url: &str) -> Option<String> {
    let tail = url.split("/feed/update/").nth(1)?;
    let urn = tail
        .split(['?', '/'])
        .next()?
        .replace("%3A", ":")
        .replace("%3a", ":");
    urn.starts_with("urn:li:").then_some(urn)
}

/// The number at the end of a share's URN link (`...urn%3Ali%3Ashare%3A7345821826846990338`).
fn urn_tail(url: &str) -> Option<&str> {
    let url = url.trim_end_matches('/');
    let digits = url.bytes().rev().take_while(u8::is_ascii_digit).count();
    (digits > 0).then(|| &url[url.len() - digits..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backslash_escaped_quotes_stay_in_their_field() {
        let recs = split_records(
            "Date,Link,Message\n2025-06-27 09:04:13,https://l/1,\"He said \\\"no, thanks\\\".\"\n",
        );
        assert_eq!(recs.len(), 2);
        assert_eq!(
            recs[1].fields,
            vec![
                "2025-06-27 09:04:13",
                "https://l/1",
                "He said \"no, thanks\"."
            ]
        );
        assert!(recs[1].repaired);
        assert!(!recs[0].repaired);
    }

    #[test]
    fn doubled_quotes_and_multi_line_fields_read_as_rfc_4180() {
        let recs = split_records("a,b\r\n\"x \"\"y\"\"\nz\",2\r\n");
        assert_eq!(recs[1].fields, vec!["x \"y\"\nz", "2"]);
        assert_eq!(recs[1].line, 2);
        assert!(!recs[1].repaired);
    }

    #[test]
    fn an_escaped_quote_right_before_the_closing_one() {
        let recs = split_records("m\n\"Then, \\\"Critique each.\\\"\"\nnext\n");
        assert_eq!(recs[1].fields, vec!["Then, \"Critique each.\""]);
        assert_eq!(recs[2].fields, vec!["next"]);
    }

    #[test]
    fn a_file_ending_inside_quotes_is_flagged() {
        let recs = split_records("m\n\"never closed\n");
        assert!(recs[1].unterminated);
    }

    #[test]
    fn per_line_quoting_of_share_commentary_is_undone() {
        assert_eq!(
            unwrap_quoted_lines("First line.\"\n\"\"\n\"Middle \"quoted\" word.\"\n\"Last line.")
                .as_deref(),
            Some("First line.\n\nMiddle \"quoted\" word.\nLast line.")
        );
        assert_eq!(unwrap_quoted_lines("one line"), None);
        assert_eq!(unwrap_quoted_lines("plain\nlines"), None);
    }

    #[test]
    fn comment_links_name_the_post_by_urn() {
        assert_eq!(
            post_urn(
                "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7348931489259999233"
            )
            .as_deref(),
            Some("urn:li:activity:7348931489259999233")
        );
        assert_eq!(post_urn("https://example.org/x"), None);
    }

    #[test]
    fn share_ids_come_from_the_urn() {
        assert_eq!(
            urn_tail("https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345821826846990338"),
            Some("7345821826846990338")
        );
        assert_eq!(urn_tail("https://example.com/post/"), None);
    }

    #[test]
    fn headers_decide_the_kind() {
        assert_eq!(
            part_of_header("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility"),
            Some(Part::Shares)
        );
        assert_eq!(
            part_of_header("\u{feff}Date,Link,Message"),
            Some(Part::Comments)
        );
        assert_eq!(part_of_header("id,text,author,created_at"), None);
    }
}

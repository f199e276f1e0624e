//! Metrics: every figure METRICS.md defines, computed from classified, linked items.
//!
//! A figure the inputs cannot support is `None` with a reason that says what export would supply
//! it. Nothing here prints 0% for something it could not see.

pub mod pairing;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use hashbrown::{HashMap, HashSet};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::Deserialize;

use crate::classify::{Label, Labels};
use crate::model::{Direction, Item, Kind};
use crate::summary::{Figures, ScorePart, Thresholds, Verdict};
use crate::thread::Threads;
pub use pairing::{Response, Responses};

/// What the figures need to know beyond the items themselves.
#[derive(Debug, Clone)]
pub struct Settings {
    pub timezone: TimeZone,
    pub business_hours: BusinessHours,
    pub thresholds: Thresholds,
}

/// Working hours for the business-hours response time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusinessHours {
    /// Minutes after midnight.
    pub start_minute: i32,
    pub end_minute: i32,
    /// Working days, Monday = 1 ... Sunday = 7.
    pub days: Vec<i8>,
}

impl Default for BusinessHours {
    fn default() -> Self {
        BusinessHours {
            start_minute: 9 * 60,
            end_minute: 17 * 60,
            days: vec![1, 2, 3, 4, 5],
        }
    }
}

impl BusinessHours {
    /// Parses `Mon-Fri 09:00-17:00` (days may be a range or a comma list: `Mon,Wed,Fri`).
    pub fn parse(s: &str) -> Result<BusinessHours, String> {
        let (days, hours) = s
            .trim()
            .split_once(' ')
            .ok_or_else(|| format!("business hours `{s}`: expected like `Mon-Fri 09:00-17:00`"))?;
        let day = |d: &str| -> Result<i8, String> {
            let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
            names
                .iter()
                .position(|n| d.trim().to_ascii_lowercase().starts_with(n))
                .map(|p| p as i8 + 1)
                .ok_or_else(|| format!("business hours `{s}`: unknown day `{d}`"))
        };
        let mut list = Vec::new();
        for part in days.split(',') {
            if let Some((a, b)) = part.split_once('-') {
                let (a, b) = (day(a)?, day(b)?);
                let mut d = a;
                loop {
                    list.push(d);
                    if d == b {
                        break;
                    }
                    d = d % 7 + 1;
                }
            } else {
                list.push(day(part)?);
            }
        }
        let minute = |t: &str| -> Result<i32, String> {
            let (h, m) = t
                .trim()
                .split_once(':')
                .ok_or_else(|| format!("business hours `{s}`: time `{t}` is not HH:MM"))?;
            let (h, m): (i32, i32) = (
                h.parse()
                    .map_err(|_| format!("business hours `{s}`: bad hour `{h}`"))?,
                m.parse()
                    .map_err(|_| format!("business hours `{s}`: bad minute `{m}`"))?,
            );
            if !(0..=24).contains(&h) || !(0..60).contains(&m) || h * 60 + m > 24 * 60 {
                return Err(format!("business hours `{s}`: `{t}` is not a time of day"));
            }
            Ok(h * 60 + m)
        };
        let (a, b) = hours
            .trim()
            .split_once('-')
            .ok_or_else(|| format!("business hours `{s}`: expected a range like 09:00-17:00"))?;
        let (start_minute, end_minute) = (minute(a)?, minute(b)?);
        if end_minute <= start_minute {
            return Err(format!(
                "business hours `{s}`: the day must end after it starts"
            ));
        }
        list.sort();
        list.dedup();
        Ok(BusinessHours {
            start_minute,
            end_minute,
            days: list,
        })
    }

    /// Seconds between `from` and `to` that fall inside business hours in `tz`.
    pub fn seconds_between(&self, from: Timestamp, to: Timestamp, tz: &TimeZone) -> i64 {
        if to <= from {
            return 0;
        }
        let mut total = 0i64;
        let mut day = from.to_zoned(tz.clone()).date();
        let last = to.to_zoned(tz.clone()).date();
        while day <= last {
            let wd = day.weekday().to_monday_one_offset();
            if self.days.contains(&wd) {
                let at = |minute: i32| {
                    day.to_datetime(jiff::civil::Time::midnight())
                        .checked_add(jiff::SignedDuration::from_secs(i64::from(minute) * 60))
                        .ok()
                        .and_then(|dt| dt.to_zoned(tz.clone()).ok())
                        .map(|z| z.timestamp())
                };
                if let (Some(open), Some(close)) = (at(self.start_minute), at(self.end_minute)) {
                    let a = open.max(from);
                    let b = close.min(to);
                    if b > a {
                        total += b.duration_since(a).as_secs();
                    }
                }
            }
            match day.tomorrow() {
                Ok(d) => day = d,
                Err(_) => break,
            }
        }
        total
    }

    /// `Mon-Fri 09:00-17:00` style, for the provenance.
    pub fn describe(&self) -> String {
        let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        let days: Vec<&str> = self.days.iter().map(|&d| names[(d - 1) as usize]).collect();
        let contiguous = self.days.windows(2).all(|w| w[1] == w[0] + 1);
        let days = if contiguous && days.len() > 2 {
            format!("{}-{}", days[0], days[days.len() - 1])
        } else {
            days.join(",")
        };
        format!(
            "{days} {:02}:{:02}-{:02}:{:02}",
            self.start_minute / 60,
            self.start_minute % 60,
            self.end_minute / 60,
            self.end_minute % 60
        )
    }
}

#[derive(Deserialize)]
struct Clients {
    automation: Vec<String>,
    manual: Vec<String>,
}

fn clients() -> &'static Clients {
    static CLIENTS: OnceLock<Clients> = OnceLock::new();
    CLIENTS.get_or_init(|| {
        toml::from_str(include_str!("clients.toml")).expect("clients.toml is valid (tested)")
    })
}

/// Whether a posting client schedules or automates posts.
pub fn is_automation_client(source: &str) -> bool {
    let s = source.to_lowercase();
    let c = clients();
    !c.manual.contains(&s) && c.automation.iter().any(|a| s.contains(a.as_str()))
}

/// Why response figures are missing when the inputs hold nothing written to the organization.
pub const NO_INBOUND: &str = "the inputs hold no messages from others (an X archive, a Mastodon outbox or a LinkedIn export has only the account's own posts); add a WordPress export with reader comments, a Facebook or Instagram export with comments received, a social-inbox CSV or an earshot CSV of the mentions and comments received";

/// Per-item analysis the figures are computed from.
pub struct Analysis<'a> {
    pub items: &'a [Item],
    pub directions: &'a [Direction],
    pub threads: &'a Threads,
    pub classes: &'a Labels,
    pub responses: &'a Responses,
}

impl Analysis<'_> {
    fn directed(&self, i: usize) -> bool {
        self.classes[i].inbound.is_some_and(|b| b.directed)
    }
    fn needs_response(&self, i: usize) -> bool {
        self.classes[i].inbound.is_some_and(|b| b.needs_response)
    }
    fn question(&self, i: usize) -> bool {
        self.classes[i].inbound.is_some_and(|b| b.question)
    }
}

/// Computes every figure over the items `subset` selects.
pub fn figures(a: &Analysis<'_>, subset: &[usize], settings: &Settings) -> Figures {
    let mut f = Figures::default();
    let mut nm: BTreeMap<String, String> = BTreeMap::new();
    let outbound: Vec<usize> = subset
        .iter()
        .copied()
        .filter(|&i| a.directions[i] == Direction::Outbound)
        .collect();
    let inbound: Vec<usize> = subset
        .iter()
        .copied()
        .filter(|&i| a.directions[i] == Direction::Inbound)
        .collect();
    f.items = subset.len() as u64;
    f.outbound = outbound.len() as u64;
    f.inbound = inbound.len() as u64;

    // Outbound figures.
    // Counted rather than listed wherever a list would only be counted: each list of item
    // numbers is 8 bytes per item of a large archive.
    let labelled = outbound
        .iter()
        .filter(|&&i| a.classes[i].label.is_some())
        .count();
    let no_outbound =
        "the inputs hold no items written by the organization's own accounts (check --account)";
    f.dialogue_share = ratio(
        outbound
            .iter()
            .filter(|&&i| a.classes[i].label == Some(Label::Dialogue))
            .count(),
        labelled,
    );
    if f.dialogue_share.is_none() {
        nm.insert("dialogue_share".into(), no_outbound.into());
    }
    let has_reply_links = subset
        .iter()
        .any(|&i| a.items[i].in_reply_to.is_some() || a.items[i].in_reply_to_author.is_some());
    let replies_to_others: Vec<usize> = outbound
        .iter()
        .copied()
        .filter(|&i| a.classes[i].reply_to_other)
        .collect();
    if outbound.is_empty() {
        nm.insert("reply_share".into(), no_outbound.into());
    } else if !has_reply_links && replies_to_others.is_empty() {
        nm.insert(
            "reply_share".into(),
            "the inputs carry no reply links (add an in_reply_to column, or an export that has them)".into(),
        );
    } else {
        f.reply_share = ratio(replies_to_others.len(), outbound.len());
    }
    f.templated_share = ratio(
        replies_to_others
            .iter()
            .filter(|&&i| a.classes[i].reasons.iter().any(|r| r == "templated"))
            .count(),
        replies_to_others.len(),
    );
    if f.templated_share.is_none() {
        nm.insert(
            "templated_share".into(),
            "the organization sent no replies to others in this period".into(),
        );
    }
    if outbound.is_empty() {
        nm.insert("questions_asked".into(), no_outbound.into());
    } else {
        f.questions_asked = Some(
            outbound
                .iter()
                .filter(|&&i| a.classes[i].question_to_people)
                .count() as u64,
        );
    }
    let with_client = outbound
        .iter()
        .filter(|&&i| a.items[i].source.is_some())
        .count();
    // An account posts from a handful of clients: each is looked up once.
    let mut automated: HashMap<&str, bool> = HashMap::new();
    f.automation_share = ratio(
        outbound
            .iter()
            .filter(|&&i| {
                a.items[i].source.as_deref().is_some_and(|s| {
                    *automated
                        .entry(s)
                        .or_insert_with(|| is_automation_client(s))
                })
            })
            .count(),
        with_client,
    );
    if f.automation_share.is_none() {
        nm.insert(
            "automation_share".into(),
            "no outbound item names its posting client (only X archives record it, in `source`)"
                .into(),
        );
    }
    let posts: Vec<usize> = outbound
        .iter()
        .copied()
        .filter(|&i| a.items[i].kind == Kind::Post)
        .collect();
    let rate = |get: fn(&Item) -> Option<u64>| -> Option<f64> {
        let (sum, known) = posts
            .iter()
            .filter_map(|&i| get(&a.items[i]))
            .fold((0.0, 0usize), |(sum, n), v| (sum + v as f64, n + 1));
        // Summed as floats: a sum of many counts can pass what u64 holds.
        (known > 0).then(|| sum / known as f64)
    };
    f.conversation_rate = rate(|it| it.counts.comments.get().map(u64::from));
    f.amplification_rate = rate(|it| it.counts.shares.get().map(u64::from));
    f.applause_rate = rate(|it| it.counts.likes.get().map(u64::from));
    for (name, v, what) in [
        (
            "conversation_rate",
            f.conversation_rate,
            "comment or reply counts",
        ),
        (
            "amplification_rate",
            f.amplification_rate,
            "share or repost counts",
        ),
        ("applause_rate", f.applause_rate, "like counts"),
    ] {
        if v.is_none() {
            nm.insert(
                name.into(),
                format!("no outbound post in the inputs carries {what}"),
            );
        }
    }

    // Listening and response figures.
    let needs: Vec<usize> = inbound
        .iter()
        .copied()
        .filter(|&i| a.needs_response(i))
        .collect();
    let directed: Vec<usize> = inbound.iter().copied().filter(|&i| a.directed(i)).collect();
    let listening = [
        "response_rate",
        "question_response_rate",
        "median_response_seconds",
        "p90_response_seconds",
        "median_business_response_seconds",
        "answered_within_1h",
        "answered_within_24h",
        "unanswered",
        "people_reached",
        "reciprocity",
    ];
    if directed.is_empty() {
        let why = if inbound.is_empty() {
            NO_INBOUND.to_string()
        } else {
            "none of the inbound items in the inputs was written to the organization (no replies to its items, mentions or messages)".to_string()
        };
        for name in listening {
            nm.insert(name.into(), why.clone());
        }
    } else {
        let people: HashSet<&str> = directed
            .iter()
            .map(|&i| a.items[i].author.as_str())
            .collect();
        let answered_people: HashSet<&str> = directed
            .iter()
            .filter(|&&i| a.responses.get(i).is_some())
            .map(|&i| a.items[i].author.as_str())
            .collect();
        f.people_reached = Some(people.len() as u64);
        f.reciprocity = ratio(answered_people.len(), people.len());
        if needs.is_empty() {
            let why = "no inbound item in the period needed a response";
            for name in &listening[..8] {
                nm.insert((*name).into(), why.into());
            }
        } else {
            let answered: Vec<usize> = needs
                .iter()
                .copied()
                .filter(|&i| a.responses.get(i).is_some())
                .collect();
            f.response_rate = ratio(answered.len(), needs.len());
            f.unanswered = Some((needs.len() - answered.len()) as u64);
            let questions: Vec<usize> = needs.iter().copied().filter(|&i| a.question(i)).collect();
            f.question_response_rate = ratio(
                questions
                    .iter()
                    .filter(|&&i| a.responses.get(i).is_some())
                    .count(),
                questions.len(),
            );
            if f.question_response_rate.is_none() {
                nm.insert(
                    "question_response_rate".into(),
                    "no inbound item that needed a response asked a question".into(),
                );
            }
            let mut secs: Vec<i64> = answered
                .iter()
                .filter_map(|&i| a.responses.get(i).and_then(|r| r.seconds))
                .collect();
            secs.sort_unstable();
            f.median_response_seconds = median(&secs);
            f.p90_response_seconds = nearest_rank(&secs, 0.9);
            // Shares within 1h/24h are over all answered items with a known time.
            f.answered_within_1h = ratio(secs.iter().filter(|&&s| s <= 3600).count(), secs.len());
            f.answered_within_24h =
                ratio(secs.iter().filter(|&&s| s <= 86_400).count(), secs.len());
            let mut business: Vec<i64> = answered
                .iter()
                .filter_map(|&i| {
                    let r = a.responses.get(i)?;
                    let (t0, t1) = (a.items[i].created_at()?, a.items[r.by].created_at()?);
                    Some(
                        settings
                            .business_hours
                            .seconds_between(t0, t1, &settings.timezone),
                    )
                })
                .collect();
            business.sort_unstable();
            f.median_business_response_seconds = median(&business);
            if secs.is_empty() {
                for name in [
                    "median_response_seconds",
                    "p90_response_seconds",
                    "median_business_response_seconds",
                    "answered_within_1h",
                    "answered_within_24h",
                ] {
                    nm.insert(
                        name.into(),
                        "no answered item has dates on both sides".into(),
                    );
                }
            }
        }
    }

    // Thread size: conversations in which the organization took part.
    let mut in_subset = vec![false; a.items.len()];
    for &i in subset {
        in_subset[i] = true;
    }
    let mut sizes = Vec::new();
    let mut seen = vec![false; a.threads.count()];
    for &i in &outbound {
        let c = a.threads.conversation(i);
        if !std::mem::replace(&mut seen[c], true) {
            sizes.push(a.threads.members(c).filter(|&m| in_subset[m]).count());
        }
    }
    f.thread_size =
        (!sizes.is_empty()).then(|| sizes.iter().sum::<usize>() as f64 / sizes.len() as f64);
    if f.thread_size.is_none() {
        nm.insert("thread_size".into(), no_outbound.into());
    }

    let (score, parts) = listening_score(&f);
    f.listening_score = score;
    f.score = parts;
    if f.listening_score.is_none() {
        nm.insert(
            "listening_score".into(),
            "no figure behind the score was measurable".into(),
        );
    }
    f.verdict = verdict(&f, &settings.thresholds);
    f.not_measurable = nm;
    f
}

/// The verdict as METRICS.md defines it, with the configured thresholds.
pub fn verdict(f: &Figures, t: &Thresholds) -> Verdict {
    let Some(dialogue) = f.dialogue_share else {
        return Verdict::NotMeasurable;
    };
    let rr = f.response_rate;
    if dialogue < t.broadcast_dialogue_share && rr.is_none_or(|r| r < t.broadcast_response_rate) {
        Verdict::BroadcastOnly
    } else if dialogue >= t.conversational_dialogue_share
        && rr.is_none_or(|r| r >= t.conversational_response_rate)
    {
        Verdict::Conversational
    } else {
        Verdict::Mixed
    }
}

/// The listening score's parts: (figure, base weight, how the figure maps to 0..1).
const SCORE_WEIGHTS: &[(&str, f64)] = &[
    ("dialogue_share", 0.35),
    ("response_rate", 0.35),
    ("reciprocity", 0.15),
    ("answered_within_24h", 0.15),
];

/// 0..100 from the measurable figures, weights renormalized over those present. Dialogue share
/// counts fully at 50% (an account that is half conversation is doing all one can ask).
fn listening_score(f: &Figures) -> (Option<u32>, Vec<ScorePart>) {
    let value = |name: &str| -> Option<f64> {
        match name {
            "dialogue_share" => f.dialogue_share.map(|v| (v / 0.5).min(1.0)),
            "response_rate" => f.response_rate,
            "reciprocity" => f.reciprocity,
            "answered_within_24h" => f.answered_within_24h,
            _ => None,
        }
    };
    let present: Vec<(&str, f64, f64)> = SCORE_WEIGHTS
        .iter()
        .filter_map(|&(n, w)| value(n).map(|v| (n, w, v)))
        .collect();
    let total: f64 = present.iter().map(|p| p.1).sum();
    if present.is_empty() || total <= 0.0 {
        return (None, Vec::new());
    }
    let parts: Vec<ScorePart> = present
        .iter()
        .map(|&(n, w, v)| ScorePart {
            figure: n.to_string(),
            weight: w / total,
            value: v,
        })
        .collect();
    let score = parts.iter().map(|p| p.weight * p.value).sum::<f64>() * 100.0;
    (Some(score.round().clamp(0.0, 100.0) as u32), parts)
}

fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

/// The median of sorted values; an even count gives the mean of the middle two, rounded down.
pub fn median(sorted: &[i64]) -> Option<i64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    Some(if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]).div_euclid(2)
    })
}

/// The nearest-rank percentile of sorted values: the value at rank ceil(p n).
pub fn nearest_rank(sorted: &[i64], p: f64) -> Option<i64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    let rank = ((p * n as f64).ceil() as usize).clamp(1, n);
    Some(sorted[rank - 1])
}

/// The Monday that starts the week of `t` in `tz`.
pub fn week_start(t: Timestamp, tz: &TimeZone) -> jiff::civil::Date {
    let d = t.to_zoned(tz.clone()).date();
    let back = i64::from(d.weekday().to_monday_zero_offset());
    d.checked_sub(jiff::Span::new().days(back)).unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_an_even_count_is_the_mean_of_the_middle_two_rounded_down() {
        assert_eq!(median(&[1, 2]), Some(1));
        assert_eq!(median(&[10, 20, 30, 41]), Some(25));
        assert_eq!(median(&[5]), Some(5));
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn p90_is_the_nearest_rank_value() {
        let v: Vec<i64> = (1..=10).collect();
        assert_eq!(nearest_rank(&v, 0.9), Some(9));
        let v: Vec<i64> = (1..=11).collect();
        assert_eq!(nearest_rank(&v, 0.9), Some(10));
        assert_eq!(nearest_rank(&[7], 0.9), Some(7));
    }

    #[test]
    fn automation_clients_are_recognized_and_manual_ones_are_not() {
        assert!(is_automation_client("Hootsuite Inc."));
        assert!(is_automation_client("Buffer"));
        assert!(is_automation_client("Sprout Social"));
        assert!(!is_automation_client("Twitter Web App"));
        assert!(!is_automation_client("Twitter for iPhone"));
    }

    #[test]
    fn business_hours_count_only_working_time() {
        let bh = BusinessHours::parse("Mon-Fri 09:00-17:00").unwrap();
        let tz = TimeZone::UTC;
        // Friday 16:00 to Monday 10:00: one hour on Friday, one on Monday.
        let a: Timestamp = "2026-10-16T16:00:00Z".parse().unwrap();
        let b: Timestamp = "2026-10-19T10:00:00Z".parse().unwrap();
        assert_eq!(bh.seconds_between(a, b, &tz), 2 * 3600);
        assert_eq!(bh.describe(), "Mon-Fri 09:00-17:00");
    }

    #[test]
    fn business_hours_reject_nonsense() {
        assert!(BusinessHours::parse("Mon-Fri 17:00-09:00").is_err());
        assert!(BusinessHours::parse("Someday 09:00-17:00").is_err());
        assert!(BusinessHours::parse("Mon-Fri").is_err());
    }

    #[test]
    fn verdict_follows_the_thresholds() {
        let t = Thresholds::default();
        let mut f = Figures {
            dialogue_share: Some(0.05),
            ..Figures::default()
        };
        assert_eq!(verdict(&f, &t), Verdict::BroadcastOnly);
        f.response_rate = Some(0.5);
        assert_eq!(verdict(&f, &t), Verdict::Mixed);
        f.dialogue_share = Some(0.5);
        f.response_rate = Some(0.8);
        assert_eq!(verdict(&f, &t), Verdict::Conversational);
        f.dialogue_share = None;
        assert_eq!(verdict(&f, &t), Verdict::NotMeasurable);
    }
}

//! `index.html`: one self-contained page, rendered with minijinja from the [`Summary`] and the
//! item rows.
//!
//! Laid out like an audit people act on: the verdict and the listening score first, with the
//! figures behind the score; then what to do next (unanswered messages, templated replies,
//! scheduled output); every figure with its meaning, how it was computed, or why it could not be
//! measured; the previous period; each platform; the charts; items worth a manual check; a
//! drill-down of the items, filterable in the page; and a footer saying exactly how the run was
//! made.
//!
//! Safety: minijinja escapes every value (the template's name ends in `.html`); the only values
//! inserted as they are are the charts' SVG (drawn by us, with archive text escaped by the SVG
//! backend), the page's own script, and the embedded summary JSON made safe for a `<script>`
//! element by [`script_safe_json`]. Links are made only from `http` and `https` URLs
//! ([`safe_link`]). A Content-Security-Policy allows no network access at all and runs only the
//! page's own script (by its hash), so even markup that slipped through could neither run nor
//! fetch anything.

use std::collections::BTreeSet;

use anyhow::{Context, Result};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use minijinja::{Environment, context};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::charts::{self, Chart};
use super::{ItemRow, RowFlags, Rows};
use crate::model::Platform;
use crate::summary::{Figures, ItemRef, Summary, Verdict};

/// At most this many items are listed in the drill-down, so the page stays a few megabytes at
/// any archive size; `items.csv` always has them all.
pub const DRILL_CAP: usize = 5000;

/// Texts longer than this are cut in the drill-down (the whole text is in `items.csv`).
const TEXT_CAP: usize = 500;

/// The page's script: the drill-down filters. Inserted as it is, and allowed by its hash.
const SCRIPT: &str = include_str!("templates/report.js");

/// How a figure's value is written.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Unit {
    Share,
    Seconds,
    Count,
    Mean,
    Score,
}

/// Whether a larger value is better, for the arrows of the comparison with the previous period.
#[derive(Clone, Copy, PartialEq)]
enum Better {
    Higher,
    Lower,
    Neither,
}

/// What each figure means and how it is computed (METRICS.md), in the order the report lists them.
pub(super) struct Def {
    name: &'static str,
    pub(super) label: &'static str,
    pub(super) unit: Unit,
    better: Better,
    pub(super) meaning: &'static str,
    how: &'static str,
}

const DEFS: &[Def] = &[
    Def {
        name: "dialogue_share",
        label: "Dialogue share",
        unit: Unit::Share,
        better: Better::Higher,
        meaning: "How much of what the organization posts talks with people rather than at them.",
        how: "Outbound items labelled dialogue / outbound items labelled push or dialogue.",
    },
    Def {
        name: "reply_share",
        label: "Reply share",
        unit: Unit::Share,
        better: Better::Higher,
        meaning: "How much of the output is replies to other people.",
        how: "Outbound items replying to someone other than the organization / outbound items.",
    },
    Def {
        name: "response_rate",
        label: "Response rate",
        unit: Unit::Share,
        better: Better::Higher,
        meaning: "Of the messages that needed an answer, how many got one.",
        how: "Needs-response items with a first response / needs-response items.",
    },
    Def {
        name: "question_response_rate",
        label: "Questions answered",
        unit: Unit::Share,
        better: Better::Higher,
        meaning: "Of the questions people asked, how many were answered.",
        how: "The response rate over needs-response items that ask a question.",
    },
    Def {
        name: "median_response_seconds",
        label: "Median response time",
        unit: Unit::Seconds,
        better: Better::Lower,
        meaning: "How long a typical person waited for a first answer.",
        how: "Median of (first response time - message time) over answered messages.",
    },
    Def {
        name: "p90_response_seconds",
        label: "90th percentile response time",
        unit: Unit::Seconds,
        better: Better::Lower,
        meaning: "How long the slowest tenth of answered people waited, at least.",
        how: "Nearest-rank 90th percentile of the response times.",
    },
    Def {
        name: "median_business_response_seconds",
        label: "Median response time in business hours",
        unit: Unit::Seconds,
        better: Better::Lower,
        meaning: "The typical wait counting only working hours.",
        how: "As the median response time, counting only time inside the business hours below.",
    },
    Def {
        name: "answered_within_1h",
        label: "Answered within 1 hour",
        unit: Unit::Share,
        better: Better::Higher,
        meaning: "How often an answer came while the person was still there.",
        how: "Answered messages with a response time of at most 1 hour / answered messages.",
    },
    Def {
        name: "answered_within_24h",
        label: "Answered within 24 hours",
        unit: Unit::Share,
        better: Better::Higher,
        meaning: "How often an answer came the same day or the next.",
        how: "Answered messages with a response time of at most 24 hours / answered messages.",
    },
    Def {
        name: "unanswered",
        label: "Unanswered",
        unit: Unit::Count,
        better: Better::Lower,
        meaning: "Messages that needed an answer and never got one.",
        how: "Needs-response items with no first response.",
    },
    Def {
        name: "people_reached",
        label: "People who wrote in",
        unit: Unit::Count,
        better: Better::Neither,
        meaning: "How many different people addressed the organization.",
        how: "Distinct authors of directed inbound items.",
    },
    Def {
        name: "reciprocity",
        label: "Reciprocity",
        unit: Unit::Share,
        better: Better::Higher,
        meaning: "Of the people who wrote in, how many were answered at least once.",
        how: "People answered at least once / people who wrote in.",
    },
    Def {
        name: "templated_share",
        label: "Templated replies",
        unit: Unit::Share,
        better: Better::Lower,
        meaning: "How many replies were the same words sent to different people.",
        how: "Outbound replies labelled templated / outbound replies to others.",
    },
    Def {
        name: "questions_asked",
        label: "Questions asked",
        unit: Unit::Count,
        better: Better::Higher,
        meaning: "How often the organization asked people something and meant it.",
        how: "Outbound items that put a real question to people.",
    },
    Def {
        name: "automation_share",
        label: "Posted through schedulers",
        unit: Unit::Share,
        better: Better::Lower,
        meaning: "How much of the output was queued in a scheduling tool rather than written live.",
        how: "Outbound items posted by a scheduler or automation client / outbound items with a known client.",
    },
    Def {
        name: "thread_size",
        label: "Thread size",
        unit: Unit::Mean,
        better: Better::Higher,
        meaning: "How long the conversations the organization took part in were.",
        how: "Mean number of items in conversations with at least one outbound item.",
    },
    Def {
        name: "conversation_rate",
        label: "Comments per post",
        unit: Unit::Mean,
        better: Better::Higher,
        meaning: "How much each post made people talk.",
        how: "Comments or replies per outbound post, where the archive has the counts.",
    },
    Def {
        name: "amplification_rate",
        label: "Shares per post",
        unit: Unit::Mean,
        better: Better::Higher,
        meaning: "How often people passed a post on.",
        how: "Shares or reposts per outbound post, where the archive has the counts.",
    },
    Def {
        name: "applause_rate",
        label: "Likes per post",
        unit: Unit::Mean,
        better: Better::Higher,
        meaning: "How often people approved of a post.",
        how: "Likes per outbound post, where the archive has the counts.",
    },
    Def {
        name: "likes_given",
        label: "Likes given",
        unit: Unit::Count,
        better: Better::Neither,
        meaning: "How often the organization liked others' posts: listening without words.",
        how: "Likes in the archive's likes file (over the whole archive: likes carry no dates).",
    },
    Def {
        name: "listening_score",
        label: "Listening score",
        unit: Unit::Score,
        better: Better::Higher,
        meaning: "The figures above in one number from 0 to 100.",
        how: "Weighted mean of the measurable score figures (see the score breakdown).",
    },
];

pub(super) fn def(name: &str) -> Option<&'static Def> {
    DEFS.iter().find(|d| d.name == name)
}

/// A figure's value, or `None` when not measurable.
pub(super) fn raw(f: &Figures, name: &str) -> Option<f64> {
    let u = |v: Option<u64>| v.map(|n| n as f64);
    let s = |v: Option<i64>| v.map(|n| n as f64);
    match name {
        "dialogue_share" => f.dialogue_share,
        "reply_share" => f.reply_share,
        "templated_share" => f.templated_share,
        "questions_asked" => u(f.questions_asked),
        "automation_share" => f.automation_share,
        "response_rate" => f.response_rate,
        "question_response_rate" => f.question_response_rate,
        "median_response_seconds" => s(f.median_response_seconds),
        "p90_response_seconds" => s(f.p90_response_seconds),
        "median_business_response_seconds" => s(f.median_business_response_seconds),
        "answered_within_1h" => f.answered_within_1h,
        "answered_within_24h" => f.answered_within_24h,
        "unanswered" => u(f.unanswered),
        "people_reached" => u(f.people_reached),
        "reciprocity" => f.reciprocity,
        "thread_size" => f.thread_size,
        "conversation_rate" => f.conversation_rate,
        "amplification_rate" => f.amplification_rate,
        "applause_rate" => f.applause_rate,
        "likes_given" => u(f.likes_given),
        "listening_score" => f.listening_score.map(f64::from),
        _ => None,
    }
}

pub(super) fn show(unit: Unit, v: f64) -> String {
    match unit {
        Unit::Share => format!("{:.0}%", v * 100.0),
        Unit::Seconds => duration(v as i64),
        Unit::Count => format!("{v:.0}"),
        Unit::Mean => format!("{v:.1}"),
        Unit::Score => format!("{v:.0}/100"),
    }
}

/// `3 h 20 min`, `45 s`, `2 d 4 h`.
pub fn duration(secs: i64) -> String {
    let secs = secs.max(0);
    let (d, h, m, s) = (
        secs / 86_400,
        secs % 86_400 / 3600,
        secs % 3600 / 60,
        secs % 60,
    );
    match (d, h, m) {
        (0, 0, 0) => format!("{s} s"),
        (0, 0, _) => format!("{m} min"),
        (0, _, 0) => format!("{h} h"),
        (0, _, _) => format!("{h} h {m} min"),
        (_, 0, _) => format!("{d} d"),
        _ => format!("{d} d {h} h"),
    }
}

#[derive(Serialize)]
struct FigureView {
    name: &'static str,
    label: &'static str,
    value: Option<String>,
    meaning: &'static str,
    how: &'static str,
    reason: Option<String>,
}

fn figure_views(f: &Figures) -> Vec<FigureView> {
    DEFS.iter()
        .map(|d| {
            let value = raw(f, d.name);
            FigureView {
                name: d.name,
                label: d.label,
                value: value.map(|v| show(d.unit, v)),
                meaning: d.meaning,
                how: d.how,
                reason: value.is_none().then(|| {
                    f.not_measurable
                        .get(d.name)
                        .cloned()
                        .unwrap_or_else(|| "the inputs do not support it".to_string())
                }),
            }
        })
        .collect()
}

#[derive(Serialize)]
struct ScoreView {
    label: &'static str,
    value: String,
    weight: String,
    points: String,
    meaning: &'static str,
    how: &'static str,
}

#[derive(Serialize)]
pub(super) struct Band {
    /// `poor`, `fair` or `good`, for the colour.
    key: &'static str,
    text: &'static str,
}

/// Lighthouse's bands: 0-49, 50-89, 90-100.
pub(super) fn band(score: u32) -> Band {
    match score {
        0..=49 => Band {
            key: "poor",
            text: "0-49: rarely listens",
        },
        50..=89 => Band {
            key: "fair",
            text: "50-89: listens some of the time",
        },
        _ => Band {
            key: "good",
            text: "90-100: listens and answers",
        },
    }
}

pub(super) fn verdict_text(v: Verdict) -> (&'static str, &'static str) {
    match v {
        Verdict::BroadcastOnly => (
            "Broadcast-only",
            "It posts at people and hardly ever answers them.",
        ),
        Verdict::Mixed => (
            "Mixed",
            "It talks with people some of the time, and broadcasts the rest.",
        ),
        Verdict::Conversational => (
            "Conversational",
            "It talks with people and answers those who write to it.",
        ),
        Verdict::NotMeasurable => (
            "Not measurable",
            "The inputs hold nothing the organization wrote, so there is nothing to judge.",
        ),
    }
}

#[derive(Serialize)]
struct DeltaView {
    label: &'static str,
    now: String,
    before: String,
    change: String,
    /// `up`, `down` or `same`.
    arrow: &'static str,
    /// `better`, `worse` or `neutral`.
    tone: &'static str,
}

const DELTA_FIGURES: &[&str] = &[
    "listening_score",
    "dialogue_share",
    "reply_share",
    "response_rate",
    "median_response_seconds",
    "answered_within_24h",
    "unanswered",
    "people_reached",
    "reciprocity",
    "automation_share",
];

fn deltas(now: &Figures, before: &Figures) -> Vec<DeltaView> {
    DELTA_FIGURES
        .iter()
        .filter_map(|&name| {
            let d = def(name)?;
            let (a, b) = (raw(now, name)?, raw(before, name)?);
            let diff = a - b;
            let change = match d.unit {
                Unit::Share => format!("{:+.0} points", diff * 100.0),
                Unit::Seconds if diff < 0.0 => format!("{} faster", duration(-diff as i64)),
                Unit::Seconds => format!("{} slower", duration(diff as i64)),
                Unit::Count | Unit::Score => format!("{diff:+.0}"),
                Unit::Mean => format!("{diff:+.1}"),
            };
            let same = match d.unit {
                Unit::Share => (diff * 100.0).abs() < 0.5,
                _ => diff.abs() < 0.5,
            };
            let (arrow, tone) = if same {
                ("same", "neutral")
            } else {
                let up = diff > 0.0;
                let tone = match (d.better, up) {
                    (Better::Neither, _) => "neutral",
                    (Better::Higher, true) | (Better::Lower, false) => "better",
                    _ => "worse",
                };
                (if up { "up" } else { "down" }, tone)
            };
            Some(DeltaView {
                label: d.label,
                now: show(d.unit, a),
                before: show(d.unit, b),
                change: if same { "no change".into() } else { change },
                arrow,
                tone,
            })
        })
        .collect()
}

/// The figures shown for each platform and for each organization in a comparison.
const PLATFORM_FIGURES: &[&str] = &[
    "dialogue_share",
    "response_rate",
    "median_response_seconds",
    "unanswered",
    "automation_share",
];

#[derive(Serialize)]
struct Cell {
    value: Option<String>,
}

#[derive(Serialize)]
struct NotMeasured {
    label: &'static str,
    reason: String,
}

#[derive(Serialize)]
struct PlatformView {
    name: String,
    items: u64,
    outbound: u64,
    inbound: u64,
    verdict: &'static str,
    verdict_key: &'static str,
    score: Option<u32>,
    cells: Vec<Cell>,
    not_measurable: Vec<NotMeasured>,
}

#[derive(Serialize)]
struct Column {
    label: &'static str,
}

fn platform_views(s: &Summary) -> Vec<PlatformView> {
    s.platforms
        .iter()
        .map(|(p, f)| PlatformView {
            name: Platform::from_word(p).display_name().to_string(),
            items: f.items,
            outbound: f.outbound,
            inbound: f.inbound,
            verdict: verdict_text(f.verdict).0,
            verdict_key: f.verdict.as_str(),
            score: f.listening_score,
            cells: PLATFORM_FIGURES
                .iter()
                .map(|n| Cell {
                    value: def(n).and_then(|d| raw(f, n).map(|v| show(d.unit, v))),
                })
                .collect(),
            not_measurable: PLATFORM_FIGURES
                .iter()
                .filter(|n| raw(f, n).is_none())
                .filter_map(|n| {
                    Some(NotMeasured {
                        label: def(n)?.label,
                        reason: f.not_measurable.get(*n).cloned().unwrap_or_default(),
                    })
                })
                .collect(),
        })
        .collect()
}

fn columns() -> Vec<Column> {
    PLATFORM_FIGURES
        .iter()
        .filter_map(|n| def(n).map(|d| Column { label: d.label }))
        .collect()
}

/// A URL that is safe to make a link of: `http` or `https`, with no control characters or
/// spaces (browsers drop those when they read a URL, which could turn it into another scheme).
pub fn safe_link(url: &str) -> Option<String> {
    let u = url.trim();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    let web = lower.starts_with("http://") || lower.starts_with("https://");
    let clean = !u.chars().any(|c| c.is_control() || c.is_whitespace());
    (web && clean).then(|| u.to_string())
}

/// The time as people read it, in the report's time zone: `2024-03-04 10:15 CET`.
fn when(t: Option<&str>, tz: &TimeZone) -> String {
    let Some(t) = t else {
        return "undated".to_string();
    };
    match t.parse::<Timestamp>() {
        Ok(ts) => ts
            .to_zoned(tz.clone())
            .strftime("%Y-%m-%d %H:%M %Z")
            .to_string(),
        Err(_) => t.to_string(),
    }
}

fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(max).collect();
        s.push('…');
        s
    }
}

#[derive(Serialize)]
struct RefView {
    when: String,
    platform: String,
    author: String,
    text: String,
    withheld: bool,
    link: Option<String>,
    question: bool,
    label: String,
    reasons: String,
    confidence: String,
}

fn ref_view(r: &ItemRef, tz: &TimeZone) -> RefView {
    RefView {
        when: when(r.created_at.as_deref(), tz),
        platform: Platform::from_word(&r.platform).display_name().to_string(),
        author: r.author.clone(),
        text: cut(&r.text, TEXT_CAP),
        withheld: r.text.is_empty(),
        link: r.url.as_deref().and_then(safe_link),
        question: r.question,
        label: r.label.clone().unwrap_or_default(),
        reasons: r.reasons.join(", "),
        confidence: format!("{:.0}%", r.confidence * 100.0),
    }
}

#[derive(Serialize)]
struct DrillRow {
    when: String,
    platform: String,
    platform_name: String,
    author: String,
    /// The filter key: `push`, `dialogue`, `needs-response` or `inbound`.
    label: &'static str,
    label_text: &'static str,
    /// Rule names separated by spaces, for the filter.
    reason_keys: String,
    reasons: Vec<String>,
    text: String,
    withheld: bool,
    link: Option<String>,
    response: String,
}

fn drill_label(r: &ItemRow) -> (&'static str, &'static str) {
    match (r.label, r.needs_response) {
        ("push", _) => ("push", "push"),
        ("dialogue", _) => ("dialogue", "dialogue"),
        (_, Some(true)) => ("needs-response", "inbound, needs a response"),
        _ => ("inbound", "inbound"),
    }
}

/// The rows most worth reading when there are more than [`DRILL_CAP`], or more than
/// [`DRILL_BUDGET`] bytes of text: messages that needed a response (unanswered first), then items
/// the rules were unsure of, then outbound items, then the rest; shown in time order.
fn drill_rows(rows: &Rows<'_>) -> Vec<usize> {
    let rank = |r: RowFlags| match (r.needs_response, r.responded, r.uncertain, r.direction) {
        (Some(true), Some(false), _, _) => 0,
        (Some(true), _, _, _) => 1,
        (_, _, true, _) => 2,
        (_, _, _, "outbound") => 3u8,
        _ => 4,
    };
    let mut idx: Vec<(u8, usize)> = (0..rows.len()).map(|k| (rank(rows.flags(k)), k)).collect();
    idx.sort_unstable();
    let mut budget = DRILL_BUDGET;
    let mut kept = Vec::with_capacity(rows.len().min(DRILL_CAP));
    for (_, i) in idx {
        let cost = html_cost(&rows.get(i));
        if kept.len() == DRILL_CAP || cost > budget {
            break;
        }
        budget -= cost;
        kept.push(i);
    }
    kept.sort_unstable();
    kept
}

/// Bytes of text from an archive a row may add to the page's drill-down.
pub const DRILL_BUDGET: usize = 6 << 20;

/// About how many bytes a row takes in the page: its text as cut and escaped (an escaped `<` is
/// four bytes), plus the markup around it.
fn html_cost(r: &ItemRow) -> usize {
    let escaped = |s: &str, max: usize| -> usize {
        s.chars()
            .take(max)
            .map(|c| match c {
                '<' | '>' => 4,
                '&' => 5,
                '"' | '\'' | '/' => 6,
                c => c.len_utf8(),
            })
            .sum()
    };
    400 + escaped(&r.text, TEXT_CAP)
        + escaped(&r.author, usize::MAX)
        + escaped(&r.url, usize::MAX)
        + 2 * r.reasons.len()
}

fn drill_view(r: &ItemRow, tz: &TimeZone) -> DrillRow {
    let (label, label_text) = drill_label(r);
    let reasons: Vec<String> = r
        .reasons
        .split(';')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let response = match (r.responded, r.first_response_seconds) {
        (Some(true), Some(s)) => format!("answered after {}", duration(s)),
        (Some(true), None) => "answered".to_string(),
        (Some(false), _) if r.needs_response == Some(true) => "unanswered".to_string(),
        _ => String::new(),
    };
    DrillRow {
        when: when(
            (!r.created_at.is_empty()).then_some(r.created_at.as_str()),
            tz,
        ),
        platform: r.platform.to_string(),
        platform_name: Platform::from_word(&r.platform).display_name().to_string(),
        author: r.author.to_string(),
        label,
        label_text,
        reason_keys: reasons.join(" "),
        reasons,
        text: cut(&r.text, TEXT_CAP),
        withheld: r.text.is_empty() && r.direction == "inbound",
        link: safe_link(&r.url),
        response,
    }
}

#[derive(Serialize)]
struct ChartView<'a> {
    name: &'a str,
    title: &'a str,
    alt: &'a str,
    svg: &'a str,
}

#[derive(Serialize)]
struct Opportunity {
    title: String,
    advice: String,
}

/// The score parts as rows: value, weight and the points each adds.
fn score_views(f: &Figures) -> Vec<ScoreView> {
    f.score
        .iter()
        .filter_map(|p| {
            let d = def(&p.figure)?;
            let actual = raw(f, &p.figure)?;
            Some(ScoreView {
                label: d.label,
                value: show(d.unit, actual),
                weight: format!("{:.0}%", p.weight * 100.0),
                points: format!("{:.1}", p.weight * p.value * 100.0),
                meaning: d.meaning,
                how: if p.figure == "dialogue_share" {
                    "Counts fully from 50% up: half the output in conversation is all one can ask."
                } else {
                    d.how
                },
            })
        })
        .collect()
}

fn opportunities(s: &Summary) -> Vec<Opportunity> {
    let f = &s.overall;
    let mut out = Vec::new();
    if let Some(n) = f.unanswered.filter(|&n| n > 0) {
        let questions = s.unanswered.iter().filter(|u| u.question).count();
        out.push(Opportunity {
            title: format!(
                "Answer the {n} message{} left waiting{}",
                if n == 1 { "" } else { "s" },
                if questions > 0 {
                    format!(" ({questions} of them questions)")
                } else {
                    String::new()
                }
            ),
            advice: "Start with the oldest questions below; a late answer still tells people they were heard.".into(),
        });
    }
    let templated: u64 = s.templated.iter().map(|g| g.people).sum();
    if templated > 0 {
        out.push(Opportunity {
            title: format!(
                "Write to people, not at them: {templated} people got one of {} stock replies",
                s.templated.len()
            ),
            advice: "A stock reply tells people their message was not read; answer the question they asked.".into(),
        });
    }
    if let Some(a) = f.automation_share.filter(|&a| a >= 0.25) {
        out.push(Opportunity {
            title: format!(
                "{:.0}% of the output went out through schedulers",
                a * 100.0
            ),
            advice: "Scheduled posts are fine for announcements; keep someone watching the replies they draw.".into(),
        });
    }
    if let Some(d) = f
        .dialogue_share
        .filter(|&d| d < s.provenance.thresholds.conversational_dialogue_share)
    {
        out.push(Opportunity {
            title: format!("Only {:.0}% of the output was dialogue", d * 100.0),
            advice:
                "Reply to the people who comment, thank them by name, ask them what they think."
                    .into(),
        });
    }
    if f.response_rate.is_none()
        && let Some(why) = f.not_measurable.get("response_rate")
    {
        out.push(Opportunity {
            title: "Add what people sent: whether they were answered is not measurable yet".into(),
            advice: format!("Response rate, response times and unanswered messages: {why}."),
        });
    }
    out
}

/// Renders the report page.
pub fn render(summary: &Summary, rows: &Rows<'_>, charts: &[Chart]) -> Result<Vec<u8>> {
    let mut env = Environment::new();
    env.add_template("report.html", include_str!("templates/report.html"))
        .context("the report template does not parse")?;
    let s = summary;
    let f = &s.overall;
    let (verdict, verdict_meaning) = verdict_text(f.verdict);
    let t = &s.provenance.thresholds;
    // The time zone was checked when the audit ran; a summary read back from elsewhere falls
    // back to UTC, which `when` then names.
    let tz = TimeZone::get(&s.period.timezone).unwrap_or(TimeZone::UTC);
    let refs = |list: &[ItemRef], n: usize| -> Vec<RefView> {
        list.iter().take(n).map(|r| ref_view(r, &tz)).collect()
    };
    let drill: Vec<DrillRow> = drill_rows(rows)
        .into_iter()
        .map(|i| drill_view(&rows.get(i), &tz))
        .collect();
    let platforms: BTreeSet<(String, String)> = drill
        .iter()
        .map(|r| (r.platform.clone(), r.platform_name.clone()))
        .collect();
    let reasons: BTreeSet<&str> = drill
        .iter()
        .flat_map(|r| r.reasons.iter().map(String::as_str))
        .collect();
    let charts: Vec<ChartView<'_>> = charts
        .iter()
        .map(|c| ChartView {
            name: &c.name,
            title: &c.title,
            alt: &c.alt,
            svg: &c.svg,
        })
        .collect();
    let summary_json = script_safe_json(&serde_json::to_string(summary)?);
    let html = env.get_template("report.html")?.render(context! {
        s => s,
        period => charts::period_label(s),
        csp => content_security_policy(),
        script => SCRIPT,
        verdict => verdict,
        verdict_key => f.verdict.as_str(),
        verdict_meaning => verdict_meaning,
        verdict_rule => format!(
            "Broadcast-only below {:.0}% dialogue share with a response rate below {:.0}% (or none measurable); conversational from {:.0}% dialogue share with a response rate from {:.0}% (or none measurable); mixed in between.",
            t.broadcast_dialogue_share * 100.0,
            t.broadcast_response_rate * 100.0,
            t.conversational_dialogue_share * 100.0,
            t.conversational_response_rate * 100.0
        ),
        score => f.listening_score,
        band => f.listening_score.map(band),
        score_parts => score_views(f),
        opportunities => opportunities(s),
        unanswered => refs(&s.unanswered, usize::MAX),
        uncertain => refs(&s.uncertain, usize::MAX),
        samples_push => refs(&s.samples.push, 5),
        samples_dialogue => refs(&s.samples.dialogue, 5),
        figures => figure_views(f),
        deltas => s.previous.as_ref().map(|p| deltas(f, &p.overall)),
        platform_views => platform_views(s),
        columns => columns(),
        charts => charts,
        drill => drill,
        drill_total => rows.len(),
        drill_capped => drill.len() < rows.len(),
        drill_platforms => platforms.into_iter().collect::<Vec<_>>(),
        drill_reasons => reasons.into_iter().collect::<Vec<_>>(),
        summary_json => summary_json,
    })?;
    Ok(html.into_bytes())
}

/// No network access of any kind; styles inline; only the page's own script runs.
pub fn content_security_policy() -> String {
    let hash = Sha256::digest(SCRIPT.as_bytes());
    format!(
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{}'; base-uri 'none'; form-action 'none'",
        base64(&hash)
    )
}

/// Standard base64 with padding (for the CSP hash; a dependency for twenty lines is not worth it).
fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(A[(n >> (18 - 6 * k) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// JSON that cannot end a `<script>` element or open a comment: `<`, `>` and `&` are written as
/// `\u` escapes, which JSON parsers read back as the same characters.
pub fn script_safe_json(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_urls_become_links() {
        assert_eq!(
            safe_link(" https://x.com/a/status/1 ").as_deref(),
            Some("https://x.com/a/status/1")
        );
        assert!(safe_link("HTTP://example.org").is_some());
        assert!(safe_link("javascript:alert(1)").is_none());
        assert!(safe_link("JaVaScRiPt:alert(1)").is_none());
        assert!(safe_link("data:text/html,<script>").is_none());
        assert!(safe_link("https://ok.example/\tjavascript:x").is_none());
        assert!(safe_link("//evil.example").is_none());
    }

    #[test]
    fn base64_matches_the_standard_alphabet_and_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn times_are_shown_in_the_report_time_zone() {
        let ams = TimeZone::get("Europe/Amsterdam").unwrap();
        assert_eq!(
            when(Some("2024-03-04T10:15:00Z"), &ams),
            "2024-03-04 11:15 CET"
        );
        assert_eq!(
            when(Some("2024-03-04T10:15:00Z"), &TimeZone::UTC),
            "2024-03-04 10:15 UTC"
        );
        assert_eq!(when(None, &ams), "undated");
    }

    #[test]
    fn durations_read_like_people_say_them() {
        assert_eq!(duration(45), "45 s");
        assert_eq!(duration(7200), "2 h");
        assert_eq!(duration(3600 * 3 + 60 * 20), "3 h 20 min");
        assert_eq!(duration(86_400 * 2 + 3600 * 4), "2 d 4 h");
    }

    #[test]
    fn the_drill_down_keeps_messages_needing_a_response_and_stays_within_its_budget() {
        let row = |i: usize, needs: bool| ItemRow {
            id: i.to_string().into(),
            platform: "x".into(),
            author: "a".into(),
            created_at: "".into(),
            direction: "inbound",
            kind: "reply",
            label: "",
            reasons: "".into(),
            in_reply_to: "".into(),
            conversation: "".into(),
            directed: Some(needs),
            needs_response: Some(needs),
            question: Some(false),
            responded: Some(false),
            first_response_seconds: None,
            confidence: 1.0,
            uncertain: false,
            url: "".into(),
            source: "".into(),
            text: "".into(),
        };
        let rows = Rows::from_list((0..DRILL_CAP + 10).map(|i| row(i, i % 1000 == 7)).collect());
        let kept = drill_rows(&rows);
        assert_eq!(kept.len(), DRILL_CAP);
        assert!(kept.windows(2).all(|w| w[0] < w[1]));
        let long = Rows::from_list(
            (0..DRILL_CAP)
                .map(|i| ItemRow {
                    text: "<".repeat(TEXT_CAP * 2).into(),
                    ..row(i, false)
                })
                .collect(),
        );
        let kept_long = drill_rows(&long);
        let cost: usize = kept_long.iter().map(|&i| html_cost(&long.get(i))).sum();
        assert!(
            kept_long.len() < DRILL_CAP && cost <= DRILL_BUDGET,
            "{} rows",
            kept_long.len()
        );
        for (i, r) in rows.iter().enumerate() {
            if r.needs_response == Some(true) {
                assert!(
                    kept.contains(&i),
                    "row {i} needs a response but was dropped"
                );
            }
        }
    }
}

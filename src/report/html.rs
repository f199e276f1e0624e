//! `index.html`: one self-contained page rendered with minijinja, which escapes every value by
//! default. The only unescaped values are the charts' SVG (drawn by us) and the embedded summary
//! JSON, which is made safe for a `<script>` element by [`script_safe_json`].

use anyhow::{Context, Result};
use minijinja::{Environment, context};
use serde::Serialize;

use super::ItemRow;
use super::charts::Chart;
use crate::summary::Summary;

#[derive(Serialize)]
struct FigureRow {
    name: &'static str,
    value: Option<String>,
    reason: Option<String>,
}

#[derive(Serialize)]
struct ChartView<'a> {
    title: &'a str,
    alt: &'a str,
    svg: &'a str,
}

/// Renders the report page.
pub fn render(summary: &Summary, _rows: &[ItemRow], charts: &[Chart]) -> Result<Vec<u8>> {
    let mut env = Environment::new();
    env.add_template("report.html", include_str!("templates/report.html"))
        .context("the report template does not parse")?;
    let f = &summary.overall;
    let pct = |v: Option<f64>| v.map(|x| format!("{:.1}%", x * 100.0));
    let secs = |v: Option<i64>| v.map(|s| format!("{s} s"));
    let num = |v: Option<u64>| v.map(|n| n.to_string());
    let figures: Vec<FigureRow> = [
        ("dialogue_share", pct(f.dialogue_share)),
        ("reply_share", pct(f.reply_share)),
        ("templated_share", pct(f.templated_share)),
        ("questions_asked", num(f.questions_asked)),
        ("automation_share", pct(f.automation_share)),
        ("response_rate", pct(f.response_rate)),
        ("question_response_rate", pct(f.question_response_rate)),
        ("median_response_seconds", secs(f.median_response_seconds)),
        ("p90_response_seconds", secs(f.p90_response_seconds)),
        ("answered_within_1h", pct(f.answered_within_1h)),
        ("answered_within_24h", pct(f.answered_within_24h)),
        ("unanswered", num(f.unanswered)),
        ("people_reached", num(f.people_reached)),
        ("reciprocity", pct(f.reciprocity)),
        ("thread_size", f.thread_size.map(|v| format!("{v:.1}"))),
    ]
    .into_iter()
    .map(|(name, value)| FigureRow {
        name,
        reason: f.not_measurable.get(name).cloned(),
        value,
    })
    .collect();
    let charts: Vec<ChartView<'_>> = charts
        .iter()
        .map(|c| ChartView {
            title: &c.title,
            alt: &c.alt,
            svg: &c.svg,
        })
        .collect();
    let summary_json = script_safe_json(&serde_json::to_string(summary)?);
    let html = env.get_template("report.html")?.render(context! {
        s => summary,
        figures => figures,
        charts => charts,
        summary_json => summary_json,
    })?;
    Ok(html.into_bytes())
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

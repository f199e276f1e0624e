//! The comparison report: several organizations side by side (a client against its peers), each
//! with its own verdict and listening score, rendered from their summaries.
//!
//! Every organization keeps its own figures exactly as its own report shows them, "not
//! measurable" included with the reason: a peer whose archive lacks replies from the public is
//! not ranked as if it never answered anyone, and each score says how many of its figures it
//! rests on.

use anyhow::{Context, Result};
use minijinja::{Environment, context};
use serde::Serialize;

use super::charts::period_label;
use super::html::{self, Band};
use crate::summary::Summary;

/// The figures compared, in order.
const FIGURES: &[&str] = &[
    "dialogue_share",
    "reply_share",
    "response_rate",
    "median_response_seconds",
    "answered_within_24h",
    "unanswered",
    "reciprocity",
    "templated_share",
    "automation_share",
];

#[derive(Serialize)]
struct OrgView {
    name: String,
    period: String,
    items: u64,
    outbound: u64,
    inbound: u64,
    verdict: &'static str,
    verdict_key: &'static str,
    verdict_meaning: &'static str,
    score: Option<u32>,
    /// How many of the score's figures were measurable, of how many.
    score_basis: String,
    band: Option<Band>,
    redacted: bool,
    rules_version: String,
}

/// The number of figures the listening score is made of when all are measurable.
const SCORE_FIGURES: usize = 4;

#[derive(Serialize)]
struct Cell {
    value: Option<String>,
    /// The note saying why, when not measurable.
    note: Option<usize>,
}

/// Why a figure was not measurable for one organization; each distinct reason is written once.
#[derive(Serialize)]
struct Note {
    n: usize,
    org: String,
    reason: String,
}

#[derive(Serialize)]
struct Row {
    label: &'static str,
    meaning: &'static str,
    cells: Vec<Cell>,
}

/// Renders `compare.html` for the given summaries, in the order given.
pub fn render(summaries: &[Summary]) -> Result<Vec<u8>> {
    let mut env = Environment::new();
    env.add_template("compare.html", include_str!("templates/compare.html"))
        .context("the comparison template does not parse")?;
    let orgs: Vec<OrgView> = summaries
        .iter()
        .map(|s| {
            let f = &s.overall;
            let (verdict, meaning) = html::verdict_text(f.verdict);
            OrgView {
                name: s.organization.clone(),
                period: period_label(s),
                items: s.counts.items,
                outbound: s.counts.outbound,
                inbound: s.counts.inbound,
                verdict,
                verdict_key: f.verdict.as_str(),
                verdict_meaning: meaning,
                score: f.listening_score,
                score_basis: format!("from {} of {} figures", f.score.len(), SCORE_FIGURES),
                band: f.listening_score.map(html::band),
                redacted: s.provenance.redacted,
                rules_version: s.provenance.rules_version.clone(),
            }
        })
        .collect();
    let mut notes: Vec<Note> = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    for &name in FIGURES {
        let Some(d) = html::def(name) else { continue };
        let mut cells = Vec::new();
        for s in summaries {
            let v = html::raw(&s.overall, name);
            let note = v.is_none().then(|| {
                let reason = s
                    .overall
                    .not_measurable
                    .get(name)
                    .cloned()
                    .unwrap_or_else(|| "the inputs do not support it".into());
                match notes
                    .iter()
                    .find(|n| n.org == s.organization && n.reason == reason)
                {
                    Some(n) => n.n,
                    None => {
                        let n = notes.len() + 1;
                        notes.push(Note {
                            n,
                            org: s.organization.clone(),
                            reason,
                        });
                        n
                    }
                }
            });
            cells.push(Cell {
                value: v.map(|v| html::show(d.unit, v)),
                note,
            });
        }
        rows.push(Row {
            label: d.label,
            meaning: d.meaning,
            cells,
        });
    }
    let mut ranked: Vec<(&str, u32, usize)> = summaries
        .iter()
        .filter_map(|s| {
            s.overall
                .listening_score
                .map(|v| (s.organization.as_str(), v, s.overall.score.len()))
        })
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let versions: std::collections::BTreeSet<&str> = summaries
        .iter()
        .map(|s| s.provenance.rules_version.as_str())
        .collect();
    let html = env.get_template("compare.html")?.render(context! {
        orgs => orgs,
        rows => rows,
        notes => notes,
        ranked => ranked,
        score_figures => SCORE_FIGURES,
        same_rules => versions.len() <= 1,
        csp => "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
    })?;
    Ok(html.into_bytes())
}

//! The one summary every output is made from.
//!
//! `summary.json` is this type serialized; the HTML report embeds the same JSON and renders from
//! it; the terminal summary and the charts read it too. Keeping one type means the outputs cannot
//! disagree. Its shape is a contract (see `schema_version`): add fields, never rename them.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Bumped when a field is removed or changes meaning; adding fields keeps the version.
pub const SCHEMA_VERSION: u32 = 1;

/// The result of one audit of one organization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Summary {
    pub schema_version: u32,
    pub organization: String,
    pub period: Period,
    pub own_accounts: Vec<String>,
    pub inputs: Vec<InputSummary>,
    pub counts: Counts,
    /// Every METRICS.md figure over all platforms.
    pub overall: Figures,
    /// The same figures for each platform, keyed by platform word (`x`, `mastodon`, ...).
    pub platforms: BTreeMap<String, Figures>,
    /// The previous period of equal length, when the archive covers it.
    pub previous: Option<Previous>,
    /// Weekly series (weeks start on Monday in the report's time zone).
    pub weekly: Vec<Week>,
    /// Needs-response items without a response: questions first, then oldest first.
    pub unanswered: Vec<ItemRef>,
    /// Groups of near-identical replies sent to several people.
    pub templated: Vec<TemplatedGroup>,
    /// Items whose label the rules were unsure of: worth a manual check.
    pub uncertain: Vec<ItemRef>,
    /// A few items of each label with their reasons, for the report.
    pub samples: Samples,
    /// Problems met while reading: each skipped part, with the file and place.
    pub warnings: Vec<Warning>,
    /// Thresholds (`--fail-if`) that the figures crossed.
    pub crossed_thresholds: Vec<String>,
    pub provenance: Provenance,
}

/// The audited period and what the archive actually covers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Period {
    /// Inclusive start, as a date in `timezone`, when a period was asked for.
    pub since: Option<String>,
    /// Inclusive end date, when a period was asked for.
    pub until: Option<String>,
    pub timezone: String,
    /// The earliest and latest dated item inside the period (RFC 3339, UTC).
    pub first_item: Option<String>,
    pub last_item: Option<String>,
}

/// One input as read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct InputSummary {
    pub path: String,
    pub format: String,
    /// Items read from it (before the period filter).
    pub items: u64,
    pub bytes: u64,
    pub sha256: String,
    /// Why the format was detected: the files that matched.
    pub matched: Vec<String>,
}

/// How many items of each sort the figures rest on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Counts {
    /// Items inside the period.
    pub items: u64,
    pub outbound: u64,
    pub inbound: u64,
    pub directed: u64,
    pub needs_response: u64,
    /// Items with no date: classified, left out of time-based figures.
    pub undated: u64,
    /// Items read but outside the asked-for period.
    pub outside_period: u64,
    /// Items dropped because another item had the same platform and id.
    pub duplicates: u64,
    /// Items skipped because of damaged input (see `warnings`).
    pub skipped: u64,
}

/// Every figure METRICS.md defines. `None` means not measurable, with the reason under
/// `not_measurable` keyed by the figure's name.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Figures {
    pub items: u64,
    pub outbound: u64,
    pub inbound: u64,
    pub dialogue_share: Option<f64>,
    pub reply_share: Option<f64>,
    pub templated_share: Option<f64>,
    pub questions_asked: Option<u64>,
    pub automation_share: Option<f64>,
    pub response_rate: Option<f64>,
    pub question_response_rate: Option<f64>,
    pub median_response_seconds: Option<i64>,
    pub p90_response_seconds: Option<i64>,
    pub median_business_response_seconds: Option<i64>,
    pub answered_within_1h: Option<f64>,
    pub answered_within_24h: Option<f64>,
    pub unanswered: Option<u64>,
    pub people_reached: Option<u64>,
    pub reciprocity: Option<f64>,
    pub thread_size: Option<f64>,
    pub conversation_rate: Option<f64>,
    pub amplification_rate: Option<f64>,
    pub applause_rate: Option<f64>,
    /// Likes the organization gave to others' posts, over the whole archive (like files carry
    /// no dates): a listening signal shown beside replies, not a dialogue item.
    pub likes_given: Option<u64>,
    /// 0 to 100, from the measurable figures only (see `score`).
    pub listening_score: Option<u32>,
    pub verdict: Verdict,
    /// How the listening score was computed.
    pub score: Vec<ScorePart>,
    /// Figure name -> why it could not be measured, and what export would supply it.
    pub not_measurable: BTreeMap<String, String>,
}

/// One weighted part of the listening score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScorePart {
    pub figure: String,
    /// The weight after leaving out figures that were not measurable (they sum to 1).
    pub weight: f64,
    /// The figure's value scaled to 0..1 for the score.
    pub value: f64,
}

/// The overall judgement (METRICS.md, "The verdict").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    BroadcastOnly,
    #[default]
    Mixed,
    Conversational,
    /// Nothing outbound to judge.
    NotMeasurable,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::BroadcastOnly => "broadcast-only",
            Verdict::Mixed => "mixed",
            Verdict::Conversational => "conversational",
            Verdict::NotMeasurable => "not-measurable",
        }
    }
}

/// The figures of the previous period of equal length.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Previous {
    pub since: String,
    pub until: String,
    pub overall: Figures,
}

/// One week of activity.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Week {
    /// The Monday that starts the week (`YYYY-MM-DD`, report time zone).
    pub start: String,
    pub push: u64,
    pub dialogue: u64,
    pub needs_response: u64,
    pub answered: u64,
    pub median_response_seconds: Option<i64>,
}

/// A short reference to one item, for lists in the report.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ItemRef {
    pub id: String,
    pub platform: String,
    pub author: String,
    pub created_at: Option<String>,
    /// Empty when withheld (`--redact` with texts withheld).
    pub text: String,
    pub url: Option<String>,
    pub label: Option<String>,
    pub reasons: Vec<String>,
    pub question: bool,
    pub confidence: f32,
}

/// Near-identical replies sent to several different people.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TemplatedGroup {
    /// One representative text, with the @names left out.
    pub text: String,
    /// How many different people got it.
    pub people: u64,
    pub items: u64,
}

/// Sample items of each label.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Samples {
    pub push: Vec<ItemRef>,
    pub dialogue: Vec<ItemRef>,
}

/// A problem met while reading an input.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Warning {
    pub file: String,
    pub place: Option<String>,
    pub message: String,
    pub skipped: u64,
}

/// Exactly how the run was made.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Provenance {
    pub earshot_version: String,
    pub command_line: Vec<String>,
    /// When the run was made (RFC 3339), pinned by `SOURCE_DATE_EPOCH` or `--reproducible`.
    pub generated_at: String,
    pub timezone: String,
    pub rules_version: String,
    pub disabled_rules: Vec<String>,
    pub thresholds: Thresholds,
    pub business_hours: String,
    pub redacted: bool,
    /// The texts of inbound items were left out (`--withhold-texts`).
    #[serde(default)]
    pub texts_withheld: bool,
}

/// The thresholds the verdict and the confidence flags use; configurable, always reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Thresholds {
    /// Broadcast-only below this dialogue share ...
    pub broadcast_dialogue_share: f64,
    /// ... and below this response rate (or with none measurable).
    pub broadcast_response_rate: f64,
    /// Conversational at or above this dialogue share ...
    pub conversational_dialogue_share: f64,
    /// ... and at or above this response rate (when measurable).
    pub conversational_response_rate: f64,
    /// Labels below this confidence are listed as worth a manual check.
    pub uncertain_below: f32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            broadcast_dialogue_share: 0.10,
            broadcast_response_rate: 0.25,
            conversational_dialogue_share: 0.40,
            conversational_response_rate: 0.60,
            uncertain_below: 0.6,
        }
    }
}

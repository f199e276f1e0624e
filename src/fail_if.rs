//! Alert thresholds for scheduled runs: `--fail-if "dialogue_share < 0.2"`.
//!
//! A threshold names any numeric figure of [`Figures`] (the list is read from the figures' JSON
//! Schema, so a figure added later is usable at once), an operator and a number. A crossed
//! threshold makes the run exit with status 1 and is recorded in `summary.json`. A figure that
//! is not measurable crosses nothing: an alert must not fire on data the inputs never had.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use crate::summary::Figures;

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl Op {
    fn as_str(self) -> &'static str {
        match self {
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::Eq => "==",
            Op::Ne => "!=",
        }
    }

    fn holds(self, a: f64, b: f64) -> bool {
        match self {
            Op::Lt => a < b,
            Op::Le => a <= b,
            Op::Gt => a > b,
            Op::Ge => a >= b,
            Op::Eq => a == b,
            Op::Ne => a != b,
        }
    }
}

/// One threshold: `<figure> <op> <number>`.
#[derive(Debug, Clone, PartialEq)]
pub struct FailIf {
    pub figure: String,
    pub op: Op,
    pub value: f64,
}

/// What checking one threshold against the figures found.
#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    /// The figure crossed the threshold; the text is what `summary.json` records.
    Crossed(String),
    Holds,
    /// The figure is not measurable, with the reason: the threshold is not counted as crossed.
    NotMeasurable(String),
}

/// Why a threshold was not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("threshold `{text}`: {why}")]
pub struct FailIfError {
    pub text: String,
    pub why: String,
}

/// The numeric figures a threshold may name, in declaration order.
pub fn numeric_figures() -> &'static [String] {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let schema = schemars::schema_for!(Figures);
        let props = schema
            .get("properties")
            .and_then(|p| p.as_object())
            .cloned()
            .unwrap_or_default();
        props
            .into_iter()
            .filter(|(_, p)| {
                let types = match p.get("type") {
                    Some(serde_json::Value::String(t)) => vec![t.clone()],
                    Some(serde_json::Value::Array(ts)) => ts
                        .iter()
                        .filter_map(|t| t.as_str().map(str::to_string))
                        .collect(),
                    _ => Vec::new(),
                };
                types.iter().any(|t| t == "number" || t == "integer")
            })
            .map(|(name, _)| name)
            .collect()
    })
}

impl FromStr for FailIf {
    type Err = FailIfError;

    fn from_str(s: &str) -> Result<FailIf, FailIfError> {
        let err = |why: String| FailIfError {
            text: s.to_string(),
            why,
        };
        let t = s.trim();
        let start = t.find(['<', '>', '=', '!']).ok_or_else(|| {
            err("expected `<figure> <op> <number>`, e.g. `dialogue_share < 0.2`".into())
        })?;
        let figure = t[..start].trim();
        let rest = &t[start..];
        let op = [
            ("<=", Op::Le),
            (">=", Op::Ge),
            ("==", Op::Eq),
            ("!=", Op::Ne),
            ("<", Op::Lt),
            (">", Op::Gt),
        ]
        .into_iter()
        .find(|(p, _)| rest.starts_with(p));
        let Some((sym, op)) = op else {
            return Err(err("the operator must be one of < <= > >= == !=".into()));
        };
        let number = rest[sym.len()..].trim();
        if !numeric_figures().iter().any(|f| f == figure) {
            return Err(err(format!(
                "`{figure}` is not a numeric figure; one of: {}",
                numeric_figures().join(", ")
            )));
        }
        let value: f64 = number
            .parse()
            .ok()
            .filter(|v: &f64| v.is_finite())
            .ok_or_else(|| err(format!("`{number}` is not a number")))?;
        Ok(FailIf {
            figure: figure.to_string(),
            op,
            value,
        })
    }
}

impl fmt::Display for FailIf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.figure, self.op.as_str(), self.value)
    }
}

impl FailIf {
    /// Checks the threshold against one set of figures.
    pub fn check(&self, figures: &Figures) -> Check {
        let json = serde_json::to_value(figures).unwrap_or_default();
        match json.get(&self.figure).and_then(|v| v.as_f64()) {
            Some(v) if self.op.holds(v, self.value) => {
                Check::Crossed(format!("{self} ({} = {})", self.figure, short(v)))
            }
            Some(_) => Check::Holds,
            None => Check::NotMeasurable(
                figures
                    .not_measurable
                    .get(&self.figure)
                    .cloned()
                    .unwrap_or_else(|| "no value".to_string()),
            ),
        }
    }
}

/// A figure's value without float noise: at most four decimals, trailing zeros dropped.
fn short(v: f64) -> String {
    let s = format!("{v:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures() -> Figures {
        let mut f = Figures {
            items: 120,
            dialogue_share: Some(0.134_328),
            unanswered: Some(7),
            ..Figures::default()
        };
        f.not_measurable.insert(
            "response_rate".into(),
            "the inputs hold no inbound items".into(),
        );
        f
    }

    #[test]
    fn every_operator_parses_and_compares() {
        let f = figures();
        let crossed = |s: &str| matches!(s.parse::<FailIf>().unwrap().check(&f), Check::Crossed(_));
        assert!(crossed("dialogue_share < 0.2"));
        assert!(!crossed("dialogue_share < 0.1"));
        assert!(crossed("dialogue_share<=0.134328"));
        assert!(crossed("unanswered > 5"));
        assert!(!crossed("unanswered >= 8"));
        assert!(crossed("unanswered == 7"));
        assert!(!crossed("unanswered != 7"));
        assert!(crossed("items != 0"));
    }

    #[test]
    fn crossed_thresholds_say_the_value() {
        let c = "dialogue_share < 0.2"
            .parse::<FailIf>()
            .unwrap()
            .check(&figures());
        assert_eq!(
            c,
            Check::Crossed("dialogue_share < 0.2 (dialogue_share = 0.1343)".into())
        );
    }

    #[test]
    fn a_figure_that_is_not_measurable_crosses_nothing() {
        let c = "response_rate < 0.5"
            .parse::<FailIf>()
            .unwrap()
            .check(&figures());
        assert_eq!(
            c,
            Check::NotMeasurable("the inputs hold no inbound items".into())
        );
    }

    #[test]
    fn only_numeric_figures_are_accepted() {
        let names = numeric_figures();
        for n in [
            "dialogue_share",
            "response_rate",
            "median_response_seconds",
            "listening_score",
            "unanswered",
            "likes_given",
        ] {
            assert!(names.iter().any(|x| x == n), "{n} missing from {names:?}");
        }
        assert!(
            !names
                .iter()
                .any(|x| x == "verdict" || x == "not_measurable")
        );
        let why = |s: &str| s.parse::<FailIf>().unwrap_err().why;
        assert!(why("verdict == 1").starts_with("`verdict` is not a numeric figure"));
        assert!(why("dialog_share < 0.2").contains("dialogue_share"));
        assert_eq!(why("dialogue_share < lots"), "`lots` is not a number");
        assert_eq!(
            why("dialogue_share => 0.2"),
            "the operator must be one of < <= > >= == !="
        );
        assert!(why("dialogue_share 0.2").starts_with("expected"));
        assert_eq!(why("dialogue_share < NaN"), "`NaN` is not a number");
    }
}

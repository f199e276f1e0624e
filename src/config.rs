//! `earshot.toml`: one or more organizations, each with its inputs and settings, for scheduled
//! and multi-client runs.
//!
//! The file has a `[defaults]` table and one `[[organization]]` table per organization; an
//! organization's settings override the defaults, and the command line overrides both. Paths are
//! relative to the folder holding the file and are kept as written (joined to that folder, never
//! made absolute), so reports do not record machine paths. Every key is checked: an unknown key
//! is an error naming the key and its line, and so is a bad value (time zone, period, threshold).

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Deserialize;
use toml::Spanned;

use crate::fail_if::FailIf;
use crate::metrics::BusinessHours;
use crate::model::{Account, Platform, normalize_handle};
use crate::period::PeriodExpr;
use crate::summary::Thresholds;

/// The file looked for in the working directory when `--config` is not given.
pub const FILE_NAME: &str = "earshot.toml";

/// The commented example `earshot init` writes. It is parsed by the tests, so it stays valid.
pub const EXAMPLE: &str = include_str!("config_example.toml");

/// A loaded, checked configuration file.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file as it was named (for messages).
    pub path: PathBuf,
    pub defaults: Settings,
    pub organizations: Vec<Organization>,
}

/// One organization to audit.
#[derive(Debug, Clone)]
pub struct Organization {
    pub name: String,
    /// Inputs, relative to the config file's folder.
    pub inputs: Vec<PathBuf>,
    /// Own accounts, from the `accounts` table (platform word -> handles).
    pub accounts: Vec<Account>,
    /// Where this organization's report goes, when it is not `<out>/<slug>/`.
    pub out: Option<PathBuf>,
    pub settings: Settings,
}

/// Settings that the defaults, an organization and the command line can each set; `None` means
/// "not set here". [`Settings::or`] layers them.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// An IANA time zone name, checked to be known.
    pub timezone: Option<String>,
    pub business_hours: Option<BusinessHours>,
    pub period: Option<PeriodSetting>,
    /// Rules files merged over the built-in classifier rules, in order.
    pub rules: Option<Vec<PathBuf>>,
    /// The folder that holds one report per organization (defaults only).
    pub out: Option<PathBuf>,
    /// Alert thresholds; a layer that sets them replaces the list below it.
    pub fail_if: Option<Vec<FailIf>>,
    pub thresholds: ThresholdSettings,
    pub max_unzipped_size: Option<u64>,
}

/// The audited period: a period expression, or explicit first and last days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodSetting {
    Expr(PeriodExpr),
    Dates {
        since: Option<Date>,
        until: Option<Date>,
    },
}

/// Verdict thresholds, each optional so a layer can change one and keep the rest.
#[derive(Debug, Clone, Copy, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThresholdSettings {
    pub broadcast_dialogue_share: Option<f64>,
    pub broadcast_response_rate: Option<f64>,
    pub conversational_dialogue_share: Option<f64>,
    pub conversational_response_rate: Option<f64>,
    pub uncertain_below: Option<f32>,
}

impl ThresholdSettings {
    /// These settings over `under`, field by field.
    pub fn or(self, under: ThresholdSettings) -> ThresholdSettings {
        ThresholdSettings {
            broadcast_dialogue_share: self
                .broadcast_dialogue_share
                .or(under.broadcast_dialogue_share),
            broadcast_response_rate: self
                .broadcast_response_rate
                .or(under.broadcast_response_rate),
            conversational_dialogue_share: self
                .conversational_dialogue_share
                .or(under.conversational_dialogue_share),
            conversational_response_rate: self
                .conversational_response_rate
                .or(under.conversational_response_rate),
            uncertain_below: self.uncertain_below.or(under.uncertain_below),
        }
    }

    /// The built-in thresholds with these applied.
    pub fn apply(self) -> Thresholds {
        let d = Thresholds::default();
        Thresholds {
            broadcast_dialogue_share: self
                .broadcast_dialogue_share
                .unwrap_or(d.broadcast_dialogue_share),
            broadcast_response_rate: self
                .broadcast_response_rate
                .unwrap_or(d.broadcast_response_rate),
            conversational_dialogue_share: self
                .conversational_dialogue_share
                .unwrap_or(d.conversational_dialogue_share),
            conversational_response_rate: self
                .conversational_response_rate
                .unwrap_or(d.conversational_response_rate),
            uncertain_below: self.uncertain_below.unwrap_or(d.uncertain_below),
        }
    }
}

impl Settings {
    /// These settings over `under`: each value set here wins.
    pub fn or(self, under: Settings) -> Settings {
        Settings {
            timezone: self.timezone.or(under.timezone),
            business_hours: self.business_hours.or(under.business_hours),
            period: self.period.or(under.period),
            rules: self.rules.or(under.rules),
            out: self.out.or(under.out),
            fail_if: self.fail_if.or(under.fail_if),
            thresholds: self.thresholds.or(under.thresholds),
            max_unzipped_size: self.max_unzipped_size.or(under.max_unzipped_size),
        }
    }
}

/// A configuration error, with the file and (where known) the line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}, line {l}: {}", self.path.display(), self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    defaults: RawDefaults,
    #[serde(default, rename = "organization")]
    organizations: Vec<RawOrganization>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDefaults {
    timezone: Option<Spanned<String>>,
    business_hours: Option<Spanned<String>>,
    period: Option<Spanned<String>>,
    since: Option<Spanned<String>>,
    until: Option<Spanned<String>>,
    rules: Option<Vec<String>>,
    out: Option<Spanned<String>>,
    fail_if: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    thresholds: ThresholdSettings,
    max_unzipped_size: Option<u64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganization {
    name: Spanned<String>,
    inputs: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    accounts: BTreeMap<String, Vec<String>>,
    out: Option<Spanned<String>>,
    timezone: Option<Spanned<String>>,
    business_hours: Option<Spanned<String>>,
    period: Option<Spanned<String>>,
    since: Option<Spanned<String>>,
    until: Option<Spanned<String>>,
    rules: Option<Vec<String>>,
    fail_if: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    thresholds: ThresholdSettings,
    max_unzipped_size: Option<u64>,
}

impl RawOrganization {
    /// The organization's settings, in the same shape as the defaults.
    fn settings(&self) -> RawDefaults {
        RawDefaults {
            timezone: self.timezone.clone(),
            business_hours: self.business_hours.clone(),
            period: self.period.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
            rules: self.rules.clone(),
            out: None,
            fail_if: self.fail_if.clone(),
            thresholds: self.thresholds,
            max_unzipped_size: self.max_unzipped_size,
        }
    }
}

/// Reads and checks a configuration file.
pub fn load(path: &Path) -> Result<Config, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
        path: path.to_path_buf(),
        line: None,
        message: format!("cannot read: {e}"),
    })?;
    parse(path, &text)
}

/// Checks a configuration given as text; `path` names it in errors and anchors relative paths.
pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
    let at = |span: Option<Range<usize>>, message: String| ConfigError {
        path: path.to_path_buf(),
        line: span.map(|s| line_of(text, s.start)),
        message,
    };
    let raw: RawFile = toml::from_str(text).map_err(|e| at(e.span(), e.message().to_string()))?;
    let base = path.parent().unwrap_or(Path::new(""));
    let defaults = settings(&raw.defaults, base, &at)?;
    let mut organizations = Vec::new();
    for org in &raw.organizations {
        let name = org.name.get_ref().trim().to_string();
        if name.is_empty() {
            return Err(at(
                Some(org.name.span()),
                "the organization's name is empty".into(),
            ));
        }
        if org.inputs.get_ref().is_empty() {
            return Err(at(
                Some(org.inputs.span()),
                format!("organization `{name}` has no inputs"),
            ));
        }
        let mut accounts = Vec::new();
        for (platform, handles) in &org.accounts {
            let platform = match platform.as_str() {
                "any" => None,
                word => Some(Platform::from_word(word)),
            };
            accounts.extend(handles.iter().map(|h| Account {
                platform: platform.clone(),
                handle: normalize_handle(h),
                id: None,
            }));
        }
        organizations.push(Organization {
            name,
            inputs: org
                .inputs
                .get_ref()
                .iter()
                .map(|p| base.join(p.get_ref()))
                .collect(),
            accounts,
            out: org.out.as_ref().map(|o| base.join(o.get_ref())),
            settings: settings(&org.settings(), base, &at)?,
        });
    }
    Ok(Config {
        path: path.to_path_buf(),
        defaults,
        organizations,
    })
}

/// Checks one table of settings.
fn settings(
    raw: &RawDefaults,
    base: &Path,
    at: &dyn Fn(Option<Range<usize>>, String) -> ConfigError,
) -> Result<Settings, ConfigError> {
    let timezone = match &raw.timezone {
        Some(tz) => {
            TimeZone::get(tz.get_ref()).map_err(|_| {
                at(
                    Some(tz.span()),
                    format!("timezone `{}` is not a known IANA time zone", tz.get_ref()),
                )
            })?;
            Some(tz.get_ref().clone())
        }
        None => None,
    };
    let business_hours = match &raw.business_hours {
        Some(b) => Some(BusinessHours::parse(b.get_ref()).map_err(|e| at(Some(b.span()), e))?),
        None => None,
    };
    let date = |d: &Option<Spanned<String>>, key: &str| -> Result<Option<Date>, ConfigError> {
        match d {
            Some(d) => d.get_ref().parse::<Date>().map(Some).map_err(|_| {
                at(
                    Some(d.span()),
                    format!("{key} `{}` is not a date (YYYY-MM-DD)", d.get_ref()),
                )
            }),
            None => Ok(None),
        }
    };
    let (since, until) = (date(&raw.since, "since")?, date(&raw.until, "until")?);
    let period = match (&raw.period, since.or(until)) {
        (Some(p), Some(_)) => {
            return Err(at(
                Some(p.span()),
                "give either `period` or `since`/`until`, not both".into(),
            ));
        }
        (Some(p), None) => {
            Some(PeriodSetting::Expr(p.get_ref().parse().map_err(
                |e: crate::period::PeriodError| at(Some(p.span()), e.to_string()),
            )?))
        }
        (None, Some(_)) => {
            if let (Some(a), Some(b), Some(u)) = (since, until, &raw.until)
                && b < a
            {
                return Err(at(Some(u.span()), format!("until {b} is before since {a}")));
            }
            Some(PeriodSetting::Dates { since, until })
        }
        (None, None) => None,
    };
    let fail_if = match &raw.fail_if {
        Some(list) => Some(
            list.iter()
                .map(|f| {
                    f.get_ref()
                        .parse::<FailIf>()
                        .map_err(|e| at(Some(f.span()), e.to_string()))
                })
                .collect::<Result<Vec<_>, _>>()?,
        ),
        None => None,
    };
    Ok(Settings {
        timezone,
        business_hours,
        period,
        rules: raw
            .rules
            .as_ref()
            .map(|list| list.iter().map(|r| base.join(r)).collect()),
        out: raw.out.as_ref().map(|o| base.join(o.get_ref())),
        fail_if,
        thresholds: raw.thresholds,
        max_unzipped_size: raw.max_unzipped_size,
    })
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<Config, ConfigError> {
        parse(Path::new("clients/earshot.toml"), text)
    }

    #[test]
    fn rules_files_are_a_list_relative_to_the_config_file() {
        let c = parse_str("[defaults]\nrules = [\"rules/ours.toml\"]\n").unwrap();
        assert_eq!(
            c.defaults.rules,
            Some(vec![PathBuf::from("clients/rules/ours.toml")])
        );
    }

    #[test]
    fn the_example_written_by_init_is_valid() {
        let c = parse_str(EXAMPLE).unwrap();
        assert_eq!(c.organizations.len(), 2);
        assert_eq!(c.defaults.timezone.as_deref(), Some("Europe/Amsterdam"));
        assert!(c.defaults.fail_if.as_ref().is_some_and(|f| !f.is_empty()));
    }

    #[test]
    fn paths_are_relative_to_the_config_file_and_kept_relative() {
        let c = parse_str(
            "[defaults]\nout = \"reports\"\n\n[[organization]]\nname = \"A\"\ninputs = [\"a/x.zip\", \"a/c.csv\"]\n",
        )
        .unwrap();
        assert_eq!(
            c.organizations[0].inputs,
            vec![
                PathBuf::from("clients/a/x.zip"),
                PathBuf::from("clients/a/c.csv")
            ]
        );
        assert_eq!(c.defaults.out, Some(PathBuf::from("clients/reports")));
    }

    #[test]
    fn accounts_are_per_platform() {
        let c = parse_str(
            "[[organization]]\nname = \"A\"\ninputs = [\"x\"]\naccounts = { x = [\"@Riverside\"], any = [\"rivlib\"] }\n",
        )
        .unwrap();
        let labels = crate::model::OwnAccounts::new(c.organizations[0].accounts.clone()).labels();
        assert_eq!(labels, vec!["@rivlib", "x:@Riverside"]);
    }

    #[test]
    fn unknown_keys_name_the_key_and_the_line() {
        let e = parse_str("[defaults]\ntimezone = \"UTC\"\ntimezon = \"UTC\"\n").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(e.message.contains("unknown field `timezon`"), "{e}");
        assert!(
            e.to_string().starts_with("clients/earshot.toml, line 3: "),
            "{e}"
        );

        let e = parse_str("[[organization]]\nname = \"A\"\ninputs = [\"x\"]\n\n[organization.thresholds]\nbroadcast_share = 0.1\n")
            .unwrap_err();
        assert_eq!(e.line, Some(6));
        assert!(e.message.contains("unknown field `broadcast_share`"), "{e}");

        let e = parse_str("[default]\n").unwrap_err();
        assert_eq!(e.line, Some(1));
        assert!(e.message.contains("unknown field `default`"), "{e}");
    }

    #[test]
    fn bad_values_name_the_line() {
        let e = parse_str("[defaults]\n\ntimezone = \"Mars/Olympus\"\n").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(e.message.contains("Mars/Olympus"));

        let e = parse_str("[defaults]\nperiod = \"2026Q5\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("quarter must be 1 to 4"));

        let e = parse_str(
            "[defaults]\nfail_if = [\n  \"dialogue_share < 0.2\",\n  \"verdict < 1\",\n]\n",
        )
        .unwrap_err();
        assert_eq!(e.line, Some(4));

        let e = parse_str("[defaults]\nperiod = \"2026Q3\"\nsince = \"2026-07-01\"\n").unwrap_err();
        assert!(e.message.contains("either `period` or `since`/`until`"));

        let e = parse_str("[defaults]\nbusiness_hours = \"whenever\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));

        let e = parse_str("[[organization]]\nname = \"A\"\n").unwrap_err();
        assert!(e.message.contains("missing field `inputs`"), "{e}");

        let e = parse_str("[[organization]]\nname = \"A\"\ninputs = []\n").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(e.message.contains("has no inputs"));

        let e = parse_str("[defaults]\nmax_unzipped_size = \"big\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
    }

    #[test]
    fn organization_settings_override_the_defaults() {
        let c = parse_str(
            "[defaults]\ntimezone = \"Europe/Amsterdam\"\nperiod = \"last-quarter\"\nfail_if = [\"dialogue_share < 0.2\"]\n[defaults.thresholds]\nbroadcast_dialogue_share = 0.2\n\n[[organization]]\nname = \"A\"\ninputs = [\"x\"]\ntimezone = \"America/New_York\"\nfail_if = []\n[organization.thresholds]\nconversational_dialogue_share = 0.5\n",
        )
        .unwrap();
        let s = c.organizations[0].settings.clone().or(c.defaults.clone());
        assert_eq!(s.timezone.as_deref(), Some("America/New_York"));
        assert_eq!(
            s.period,
            Some(PeriodSetting::Expr(crate::period::PeriodExpr::Last(
                crate::period::Unit::Quarter
            )))
        );
        assert_eq!(s.fail_if, Some(Vec::new()));
        let t = s.thresholds.apply();
        assert_eq!(t.broadcast_dialogue_share, 0.2);
        assert_eq!(t.conversational_dialogue_share, 0.5);
        assert_eq!(
            t.conversational_response_rate,
            Thresholds::default().conversational_response_rate
        );
    }
}

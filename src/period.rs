//! Periods the way people say them: `2026Q3`, `2026-10`, `2026`, `2026-W40`, `last-quarter`,
//! `this-month`, `last-30-days`.
//!
//! A period resolves to an inclusive range of calendar days in the organization's time zone;
//! the audit turns those days into instants (midnight to midnight in that zone, so a day across a
//! daylight-saving change is 23 or 25 hours long). The relative forms count from the run time,
//! which `SOURCE_DATE_EPOCH` or `--reproducible` pins, so a scheduled run and its tests agree.

use std::fmt;
use std::str::FromStr;

use jiff::Timestamp;
use jiff::ToSpan;
use jiff::civil::{Date, ISOWeekDate, Weekday};
use jiff::tz::TimeZone;

/// The forms a period can be written in, for error messages and `--help`.
pub const FORMS: &str = "2026Q3, 2026-10, 2026, 2026-W40, this-quarter, last-quarter, this-month, \
                         last-month, this-year, last-year, this-week, last-week, last-30-days";

/// A unit of the calendar a relative period counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Week,
    Month,
    Quarter,
    Year,
}

/// A parsed period expression, not yet tied to a time zone or a run time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodExpr {
    /// `2026Q3`: July to September 2026.
    Quarter { year: i16, quarter: i8 },
    /// `2026-10`: October 2026.
    Month { year: i16, month: i8 },
    /// `2026`: the calendar year.
    Year(i16),
    /// `2026-W40`: the ISO week (Monday to Sunday).
    Week { year: i16, week: i8 },
    /// `this-quarter`, `this-month`, ...: the unit holding today, up to and including today.
    This(Unit),
    /// `last-quarter`, `last-month`, ...: the whole unit before the one holding today.
    Last(Unit),
    /// `last-30-days`: that many whole days ending yesterday (today is not over yet).
    LastDays(u16),
}

/// An inclusive range of calendar days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    pub since: Date,
    pub until: Date,
}

impl DateRange {
    /// The range as `[start, end)` instants: midnight at `since` to midnight after `until`, in `tz`.
    pub fn instants(&self, tz: &TimeZone) -> Result<(Timestamp, Timestamp), jiff::Error> {
        let start = self.since.to_zoned(tz.clone())?.timestamp();
        let end = self.until.tomorrow()?.to_zoned(tz.clone())?.timestamp();
        Ok((start, end))
    }
}

/// Why a period expression was not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("period `{text}`: {why} (forms: {FORMS})")]
pub struct PeriodError {
    pub text: String,
    pub why: String,
}

impl FromStr for PeriodExpr {
    type Err = PeriodError;

    fn from_str(s: &str) -> Result<PeriodExpr, PeriodError> {
        let text = s.trim().to_ascii_lowercase();
        let err = |why: &str| PeriodError {
            text: s.to_string(),
            why: why.to_string(),
        };
        let year = |y: &str| -> Result<i16, PeriodError> {
            if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err("the year must have four digits"));
            }
            y.parse().map_err(|_| err("not a year"))
        };
        let number = |n: &str, what: &str| -> Result<i64, PeriodError> {
            if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) || n.len() > 5 {
                return Err(err(&format!("`{n}` is not a {what} number")));
            }
            n.parse()
                .map_err(|_| err(&format!("`{n}` is not a {what} number")))
        };
        let unit = |u: &str| match u {
            "week" => Some(Unit::Week),
            "month" => Some(Unit::Month),
            "quarter" => Some(Unit::Quarter),
            "year" => Some(Unit::Year),
            _ => None,
        };
        if let Some(u) = text.strip_prefix("this-") {
            return unit(u)
                .map(PeriodExpr::This)
                .ok_or_else(|| err(&format!("unknown unit `{u}`")));
        }
        if let Some(rest) = text.strip_prefix("last-") {
            if let Some(u) = unit(rest) {
                return Ok(PeriodExpr::Last(u));
            }
            if let Some(n) = rest
                .strip_suffix("-days")
                .or_else(|| rest.strip_suffix("-day"))
            {
                let n = number(n, "day")?;
                if !(1..=36_600).contains(&n) {
                    return Err(err("the number of days must be between 1 and 36600"));
                }
                return Ok(PeriodExpr::LastDays(n as u16));
            }
            return Err(err(&format!("unknown unit `{rest}`")));
        }
        if let Some((y, q)) = text.split_once('q') {
            let q = number(q, "quarter")?;
            if !(1..=4).contains(&q) {
                return Err(err("the quarter must be 1 to 4"));
            }
            return Ok(PeriodExpr::Quarter {
                year: year(y.trim_end_matches('-'))?,
                quarter: q as i8,
            });
        }
        if let Some((y, w)) = text.split_once("-w") {
            let w = number(w, "week")?;
            let year = year(y)?;
            if w > 53 || ISOWeekDate::new(year, w as i8, Weekday::Monday).is_err() {
                return Err(err(&format!("{year} has no ISO week {w}")));
            }
            return Ok(PeriodExpr::Week {
                year,
                week: w as i8,
            });
        }
        if let Some((y, m)) = text.split_once('-') {
            let m = number(m, "month")?;
            if !(1..=12).contains(&m) {
                return Err(err("the month must be 01 to 12"));
            }
            return Ok(PeriodExpr::Month {
                year: year(y)?,
                month: m as i8,
            });
        }
        Ok(PeriodExpr::Year(year(&text)?))
    }
}

impl fmt::Display for PeriodExpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = |u: &Unit| match u {
            Unit::Week => "week",
            Unit::Month => "month",
            Unit::Quarter => "quarter",
            Unit::Year => "year",
        };
        match self {
            PeriodExpr::Quarter { year, quarter } => write!(f, "{year}Q{quarter}"),
            PeriodExpr::Month { year, month } => write!(f, "{year}-{month:02}"),
            PeriodExpr::Year(year) => write!(f, "{year}"),
            PeriodExpr::Week { year, week } => write!(f, "{year}-W{week:02}"),
            PeriodExpr::This(u) => write!(f, "this-{}", unit(u)),
            PeriodExpr::Last(u) => write!(f, "last-{}", unit(u)),
            PeriodExpr::LastDays(n) => write!(f, "last-{n}-days"),
        }
    }
}

impl PeriodExpr {
    /// Whether the period counts from the run time (`this-`, `last-`).
    pub fn is_relative(&self) -> bool {
        matches!(
            self,
            PeriodExpr::This(_) | PeriodExpr::Last(_) | PeriodExpr::LastDays(_)
        )
    }

    /// The days this period covers, with "today" taken as the date of `now` in `tz`.
    pub fn resolve(&self, now: Timestamp, tz: &TimeZone) -> Result<DateRange, jiff::Error> {
        let today = now.to_zoned(tz.clone()).date();
        match *self {
            PeriodExpr::Quarter { year, quarter } => unit_range(Unit::Quarter, year, quarter),
            PeriodExpr::Month { year, month } => unit_range(Unit::Month, year, month),
            PeriodExpr::Year(year) => unit_range(Unit::Year, year, 1),
            PeriodExpr::Week { year, week } => {
                let since = ISOWeekDate::new(year, week, Weekday::Monday)?.date();
                Ok(DateRange {
                    since,
                    until: since.checked_add(6.days())?,
                })
            }
            PeriodExpr::This(u) => Ok(DateRange {
                since: containing(u, today)?.since,
                until: today,
            }),
            PeriodExpr::Last(u) => {
                let current = containing(u, today)?;
                containing(u, current.since.yesterday()?)
            }
            PeriodExpr::LastDays(n) => {
                let until = today.yesterday()?;
                Ok(DateRange {
                    since: until.checked_sub((i64::from(n) - 1).days())?,
                    until,
                })
            }
        }
    }
}

/// The whole week, month, quarter or year that holds `day`.
fn containing(unit: Unit, day: Date) -> Result<DateRange, jiff::Error> {
    match unit {
        Unit::Week => {
            let since = day.checked_sub(i64::from(day.weekday().to_monday_zero_offset()).days())?;
            Ok(DateRange {
                since,
                until: since.checked_add(6.days())?,
            })
        }
        Unit::Month => unit_range(Unit::Month, day.year(), day.month()),
        Unit::Quarter => unit_range(Unit::Quarter, day.year(), (day.month() - 1) / 3 + 1),
        Unit::Year => unit_range(Unit::Year, day.year(), 1),
    }
}

/// Month `n`, quarter `n` or the year of `year` (weeks are handled by ISO week dates).
fn unit_range(unit: Unit, year: i16, n: i8) -> Result<DateRange, jiff::Error> {
    let (first_month, months) = match unit {
        Unit::Month => (n, 1),
        Unit::Quarter => ((n - 1) * 3 + 1, 3),
        Unit::Year | Unit::Week => (1, 12),
    };
    let since = Date::new(year, first_month, 1)?;
    let until = since.checked_add(months.months())?.yesterday()?;
    Ok(DateRange { since, until })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(expr: &str, now: &str, tz: &str) -> (String, String) {
        let r = expr
            .parse::<PeriodExpr>()
            .unwrap()
            .resolve(now.parse().unwrap(), &TimeZone::get(tz).unwrap())
            .unwrap();
        (r.since.to_string(), r.until.to_string())
    }

    fn days(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    const NOW: &str = "2026-11-22T06:00:00Z";

    #[test]
    fn quarters_cover_three_whole_months() {
        assert_eq!(
            range("2026Q1", NOW, "UTC"),
            days("2026-01-01", "2026-03-31")
        );
        assert_eq!(
            range("2026Q3", NOW, "UTC"),
            days("2026-07-01", "2026-09-30")
        );
        assert_eq!(
            range("2026q4", NOW, "UTC"),
            days("2026-10-01", "2026-12-31")
        );
        assert_eq!(
            range("2024-Q1", NOW, "UTC"),
            days("2024-01-01", "2024-03-31")
        );
    }

    #[test]
    fn months_end_on_their_last_day_leap_years_included() {
        assert_eq!(
            range("2026-10", NOW, "UTC"),
            days("2026-10-01", "2026-10-31")
        );
        assert_eq!(
            range("2024-02", NOW, "UTC"),
            days("2024-02-01", "2024-02-29")
        );
        assert_eq!(
            range("2026-02", NOW, "UTC"),
            days("2026-02-01", "2026-02-28")
        );
    }

    #[test]
    fn years_and_iso_weeks() {
        assert_eq!(range("2026", NOW, "UTC"), days("2026-01-01", "2026-12-31"));
        assert_eq!(
            range("2026-W40", NOW, "UTC"),
            days("2026-09-28", "2026-10-04")
        );
        // ISO week 1 of 2027 starts in 2026; 2026 has a week 53.
        assert_eq!(
            range("2027-W01", NOW, "UTC"),
            days("2027-01-04", "2027-01-10")
        );
        assert_eq!(
            range("2026-W53", NOW, "UTC"),
            days("2026-12-28", "2027-01-03")
        );
    }

    #[test]
    fn last_quarter_crosses_the_year_boundary() {
        let now = "2026-01-15T12:00:00Z";
        assert_eq!(
            range("last-quarter", now, "UTC"),
            days("2025-10-01", "2025-12-31")
        );
        assert_eq!(
            range("last-month", now, "UTC"),
            days("2025-12-01", "2025-12-31")
        );
        assert_eq!(
            range("last-year", now, "UTC"),
            days("2025-01-01", "2025-12-31")
        );
        assert_eq!(
            range("this-quarter", now, "UTC"),
            days("2026-01-01", "2026-01-15")
        );
    }

    #[test]
    fn relative_periods_count_from_today_in_the_organizations_time_zone() {
        // 23:30 UTC on 31 December is already 1 January in Amsterdam, still 31 December in New York.
        let now = "2026-12-31T23:30:00Z";
        assert_eq!(
            range("last-quarter", now, "Europe/Amsterdam"),
            days("2026-10-01", "2026-12-31")
        );
        assert_eq!(
            range("last-quarter", now, "America/New_York"),
            days("2026-07-01", "2026-09-30")
        );
        assert_eq!(
            range("this-year", now, "Europe/Amsterdam"),
            days("2027-01-01", "2027-01-01")
        );
        // 03:30 UTC on 1 November is still 31 October in New York (EDT, UTC-4).
        let now = "2026-11-01T03:30:00Z";
        assert_eq!(
            range("last-month", now, "America/New_York"),
            days("2026-09-01", "2026-09-30")
        );
        assert_eq!(
            range("last-month", now, "UTC"),
            days("2026-10-01", "2026-10-31")
        );
    }

    #[test]
    fn last_n_days_are_whole_days_ending_yesterday() {
        assert_eq!(
            range("last-30-days", NOW, "UTC"),
            days("2026-10-23", "2026-11-21")
        );
        assert_eq!(
            range("last-1-day", NOW, "UTC"),
            days("2026-11-21", "2026-11-21")
        );
        // Across the March change in Amsterdam (29 March 2026): still whole calendar days.
        let now = "2026-03-31T10:00:00Z";
        assert_eq!(
            range("last-7-days", now, "Europe/Amsterdam"),
            days("2026-03-24", "2026-03-30")
        );
    }

    #[test]
    fn weeks_start_on_monday() {
        // 22 November 2026 is a Sunday.
        assert_eq!(
            range("this-week", NOW, "UTC"),
            days("2026-11-16", "2026-11-22")
        );
        assert_eq!(
            range("last-week", NOW, "UTC"),
            days("2026-11-09", "2026-11-15")
        );
    }

    #[test]
    fn months_across_daylight_saving_changes_keep_their_true_length() {
        let hours = |expr: &str, tz: &str| {
            let tz = TimeZone::get(tz).unwrap();
            let r = expr
                .parse::<PeriodExpr>()
                .unwrap()
                .resolve(NOW.parse().unwrap(), &tz)
                .unwrap();
            let (a, b) = r.instants(&tz).unwrap();
            (a.to_string(), b.duration_since(a).as_secs() / 3600)
        };
        // October in Amsterdam starts at 22:00 UTC (CEST) and is an hour longer (back to CET on the 25th).
        assert_eq!(
            hours("2026-10", "Europe/Amsterdam"),
            ("2026-09-30T22:00:00Z".to_string(), 31 * 24 + 1)
        );
        // March loses an hour (29 March 2026).
        assert_eq!(
            hours("2026-03", "Europe/Amsterdam"),
            ("2026-02-28T23:00:00Z".to_string(), 31 * 24 - 1)
        );
        // New York: clocks go forward on 8 March and back on 1 November 2026.
        assert_eq!(
            hours("2026Q1", "America/New_York"),
            ("2026-01-01T05:00:00Z".to_string(), 90 * 24 - 1)
        );
        assert_eq!(
            hours("2026Q4", "America/New_York"),
            ("2026-10-01T04:00:00Z".to_string(), 92 * 24 + 1)
        );
    }

    #[test]
    fn expressions_print_back_in_their_canonical_form() {
        for s in [
            "2026Q3",
            "2026-10",
            "2026",
            "2026-W40",
            "last-quarter",
            "this-month",
            "last-30-days",
        ] {
            assert_eq!(s.parse::<PeriodExpr>().unwrap().to_string(), s);
        }
    }

    #[test]
    fn bad_expressions_say_what_is_wrong() {
        let why = |s: &str| s.parse::<PeriodExpr>().unwrap_err().why;
        assert_eq!(why("2026Q5"), "the quarter must be 1 to 4");
        assert_eq!(why("2026-13"), "the month must be 01 to 12");
        assert_eq!(why("26"), "the year must have four digits");
        assert_eq!(why("last-fortnight"), "unknown unit `fortnight`");
        assert_eq!(why("2025-W53"), "2025 has no ISO week 53");
        assert_eq!(
            why("last-0-days"),
            "the number of days must be between 1 and 36600"
        );
        assert!(
            "yesterdayish"
                .parse::<PeriodExpr>()
                .unwrap_err()
                .to_string()
                .contains("forms: 2026Q3")
        );
    }
}

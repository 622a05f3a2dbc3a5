//! Date arithmetic on claims, with jiff: resolving date expressions against a publication date,
//! and measuring elapsed time in a unit.

use jiff::civil::Date;
use jiff::{Span, Unit};

use crate::claim::{DateExpr, TimeUnit};

/// An inclusive range of days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateRange {
    pub first: Date,
    pub last: Date,
}

/// Month names as the output writes them (January first).
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Weekday names as the output writes them (Monday first).
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

impl DateRange {
    pub fn day(date: Date) -> DateRange {
        DateRange {
            first: date,
            last: date,
        }
    }

    /// How a sentence says it: "on 24 February 2022", "in February 2022", "in 2022", "between
    /// 3 July 2025 and 4 July 2025".
    pub fn phrase(&self) -> String {
        let month = |d: Date| MONTHS[(d.month() - 1) as usize];
        let day = |d: Date| format!("{} {} {}", d.day(), month(d), d.year());
        let described = self.describe();
        if self.first == self.last {
            format!("on {}", day(self.first))
        } else if described.len() == 7 {
            format!("in {} {}", month(self.first), self.first.year())
        } else if described.len() == 4 {
            format!("in {}", self.first.year())
        } else {
            format!("between {} and {}", day(self.first), day(self.last))
        }
    }

    /// "2022-02-24", "2022-02", "2022", or "2025-07-03 to 2025-07-04".
    pub fn describe(&self) -> String {
        if self.first == self.last {
            return self.first.to_string();
        }
        let whole_month = self.first.day() == 1
            && self.last == self.first.last_of_month()
            && self.first.month() == self.last.month();
        if whole_month {
            return format!("{:04}-{:02}", self.first.year(), self.first.month());
        }
        let whole_year = self.first.month() == 1
            && self.first.day() == 1
            && self.last.month() == 12
            && self.last.day() == 31
            && self.first.year() == self.last.year();
        if whole_year {
            return format!("{:04}", self.first.year());
        }
        format!("{} to {}", self.first, self.last)
    }
}

/// The days a date expression means in a report published on `published`; `None` for dates
/// that do not exist ("31 February").
pub fn resolve(expr: DateExpr, published: Date) -> Option<DateRange> {
    let day = |y: i16, m: i8, d: i8| Date::new(y, m, d).ok();
    let month = |y: i16, m: i8| {
        let first = Date::new(y, m, 1).ok()?;
        Some(DateRange {
            first,
            last: first.last_of_month(),
        })
    };
    let minus_days = |n: i64| published.checked_sub(Span::new().days(n)).ok();
    match expr {
        DateExpr::Day {
            year,
            month: m,
            day: d,
        } => day(year, m, d).map(DateRange::day),
        DateExpr::MonthDay { month: m, day: d } => {
            let this_year = day(published.year(), m, d);
            let date = match this_year {
                Some(date) if date <= published => Some(date),
                _ => day(published.year() - 1, m, d),
            };
            date.map(DateRange::day)
        }
        DateExpr::Month { year, month: m } => month(year, m),
        DateExpr::MonthOnly { month: m } => {
            let year = if m <= published.month() {
                published.year()
            } else {
                published.year() - 1
            };
            month(year, m)
        }
        DateExpr::Year { year } => Some(DateRange {
            first: day(year, 1, 1)?,
            last: day(year, 12, 31)?,
        }),
        DateExpr::Weekday { weekday } => {
            let today = published.weekday().to_monday_zero_offset();
            let back = (today - weekday).rem_euclid(7);
            minus_days(i64::from(back)).map(DateRange::day)
        }
        DateExpr::Overnight => Some(DateRange {
            first: minus_days(1)?,
            last: published,
        }),
        DateExpr::Yesterday => minus_days(1).map(DateRange::day),
        DateExpr::Today => Some(DateRange::day(published)),
        DateExpr::Weekend => {
            // The Saturday on or before the day before publication, and the Sunday after it.
            let yesterday = minus_days(1)?;
            let back = (yesterday.weekday().to_monday_zero_offset() - 5).rem_euclid(7);
            let saturday = yesterday
                .checked_sub(Span::new().days(i64::from(back)))
                .ok()?;
            Some(DateRange {
                first: saturday,
                last: saturday.checked_add(Span::new().days(1)).ok()?,
            })
        }
        DateExpr::LastWeek => {
            let monday = minus_days(i64::from(published.weekday().to_monday_zero_offset()))?;
            Some(DateRange {
                first: monday.checked_sub(Span::new().days(7)).ok()?,
                last: monday.checked_sub(Span::new().days(1)).ok()?,
            })
        }
        DateExpr::LastMonth => {
            let previous = published
                .first_of_month()
                .checked_sub(Span::new().days(1))
                .ok()?;
            month(previous.year(), previous.month())
        }
        DateExpr::LastYear => Some(DateRange {
            first: day(published.year() - 1, 1, 1)?,
            last: day(published.year() - 1, 12, 31)?,
        }),
    }
}

/// The time from `start` to `end` in `unit`, with a fraction for the part of the last unit
/// ("3 years and 4 months" is about 3.33 years). Negative when `end` is before `start`.
pub fn elapsed(unit: TimeUnit, start: Date, end: Date) -> f64 {
    if end < start {
        return -elapsed(unit, end, start);
    }
    let days = |a: Date, b: Date| {
        a.until((Unit::Day, b))
            .map(|s| f64::from(s.get_days()))
            .unwrap_or(0.0)
    };
    let calendar = |largest: Unit, step: fn(i64) -> Span| -> f64 {
        let whole = match start.until((largest, end)) {
            Ok(span) => match largest {
                Unit::Year => i64::from(span.get_years()),
                _ => i64::from(span.get_years()) * 12 + i64::from(span.get_months()),
            },
            Err(_) => return 0.0,
        };
        let (Ok(anchor), Ok(next)) = (
            start.checked_add(step(whole)),
            start.checked_add(step(whole + 1)),
        ) else {
            return whole as f64;
        };
        let part = days(anchor, end) / days(anchor, next).max(1.0);
        whole as f64 + part
    };
    match unit {
        TimeUnit::Year => calendar(Unit::Year, |n| Span::new().years(n)),
        TimeUnit::Month => calendar(Unit::Month, |n| Span::new().months(n)),
        TimeUnit::Week => days(start, end) / 7.0,
        TimeUnit::Day => days(start, end),
        TimeUnit::Hour => days(start, end) * 24.0,
        TimeUnit::Minute => days(start, end) * 24.0 * 60.0,
    }
}

/// Which year (first, second, …) of something that began on `start` the day `on` falls in.
pub fn ordinal_year(start: Date, on: Date) -> i64 {
    elapsed(TimeUnit::Year, start, on).floor() as i64 + 1
}

/// "3 years and 4 months", for messages.
pub fn describe_elapsed(start: Date, end: Date) -> String {
    let Ok(span) = start.until((Unit::Year, end)) else {
        return String::new();
    };
    let (years, months) = (span.get_years(), span.get_months());
    let plural = |n: i64, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match (years, months) {
        (0, m) => plural(i64::from(m), "month"),
        (y, 0) => plural(i64::from(y), "year"),
        (y, m) => format!(
            "{} and {}",
            plural(i64::from(y), "year"),
            plural(i64::from(m), "month")
        ),
    }
}

/// "first", "second", … for messages.
pub fn ordinal_word(n: i64) -> String {
    const WORDS: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    match usize::try_from(n) {
        Ok(i) if (1..=20).contains(&i) => WORDS[i - 1].to_string(),
        _ => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn weekdays_resolve_to_the_most_recent() {
        // 2025-07-04 is a Friday.
        let friday = date(2025, 7, 4);
        assert_eq!(
            resolve(DateExpr::Weekday { weekday: 3 }, friday),
            Some(DateRange::day(date(2025, 7, 3)))
        );
        assert_eq!(
            resolve(DateExpr::Weekday { weekday: 4 }, friday),
            Some(DateRange::day(friday))
        );
        assert_eq!(
            resolve(DateExpr::Weekday { weekday: 5 }, friday),
            Some(DateRange::day(date(2025, 6, 28)))
        );
    }

    #[test]
    fn relative_ranges() {
        let friday = date(2025, 7, 4);
        assert_eq!(
            resolve(DateExpr::LastWeek, friday),
            Some(DateRange {
                first: date(2025, 6, 23),
                last: date(2025, 6, 29)
            })
        );
        assert_eq!(
            resolve(DateExpr::LastMonth, friday).map(|r| r.describe()),
            Some("2025-06".into())
        );
        assert_eq!(
            resolve(DateExpr::Overnight, friday).map(|r| r.first),
            Some(date(2025, 7, 3))
        );
        assert_eq!(
            resolve(DateExpr::MonthDay { month: 12, day: 24 }, friday),
            Some(DateRange::day(date(2024, 12, 24)))
        );
        assert_eq!(
            resolve(
                DateExpr::Day {
                    year: 2025,
                    month: 2,
                    day: 31
                },
                friday
            ),
            None
        );
    }

    #[test]
    fn elapsed_years_and_ordinals() {
        let start = date(2022, 2, 24);
        assert!((elapsed(TimeUnit::Year, start, date(2025, 2, 24)) - 3.0).abs() < 1e-9);
        let may = elapsed(TimeUnit::Year, start, date(2025, 5, 20));
        assert!(may > 3.2 && may < 3.25, "{may}");
        assert_eq!(ordinal_year(start, date(2025, 5, 20)), 4);
        assert_eq!(ordinal_year(start, date(2025, 2, 23)), 3);
        assert_eq!(
            describe_elapsed(start, date(2025, 7, 4)),
            "3 years and 4 months"
        );
        assert_eq!(ordinal_word(4), "fourth");
        assert_eq!(ordinal_word(22), "22nd");
    }
}

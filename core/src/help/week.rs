//! A channel's opening hours as the minutes of a week they are open.
//!
//! `safesteps pack build` (and `build.rs`, for the embedded pack) evaluates each hours
//! expression (OpenStreetMap `opening_hours` syntax, with the `opening-hours` crate) over
//! every week of two years, refuses one that is not the same every week, and writes the
//! week it gives into the built catalog (`weeks` in `catalog.bin`,
//! `content::catalog_doc::week_of`). The library answers "open now?" and "when does it
//! next change?" from that table: it links no hours parser, and parses nothing when a
//! help list is shown. See docs/decisions/0015-library-size.md (wave 7).

use chrono::{Datelike, NaiveDateTime, Timelike};

/// Minutes in a week.
pub const MINUTES: u16 = 7 * 24 * 60;
const SECONDS: i64 = MINUTES as i64 * 60;

/// The open intervals of a week, in minutes from Monday 00:00 (local time): each
/// `[start, end)` with `start < end <= 10080`, in order, never touching the next one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Week(Vec<[u16; 2]>);

impl Week {
    /// A week from its intervals, refused unless they are in the form above (a built
    /// pack's table is data from outside: checked, never trusted).
    pub fn new(intervals: Vec<[u16; 2]>) -> std::result::Result<Week, String> {
        let mut end = None;
        for &[s, e] in &intervals {
            if s >= e || e > MINUTES {
                return Err(format!("[{s}, {e}] is not an interval of a week's minutes"));
            }
            if end.is_some_and(|end| s <= end) {
                return Err(format!(
                    "[{s}, {e}] is out of order or touches the one before"
                ));
            }
            end = Some(e);
        }
        Ok(Week(intervals))
    }

    /// Open at `local` (the service's own wall-clock time)?
    pub fn is_open(&self, local: NaiveDateTime) -> bool {
        let t = second_of_week(local);
        self.0
            .iter()
            .any(|&[s, e]| i64::from(s) * 60 <= t && t < i64::from(e) * 60)
    }

    /// The next wall-clock time after `local` at which it opens or closes; `None` when it
    /// never changes (open day and night, or never open).
    pub fn next_change(&self, local: NaiveDateTime) -> Option<NaiveDateTime> {
        let (first, last) = (self.0.first()?, self.0.last()?);
        // Open across the end of the week (Sunday night into Monday): 00:00 on Monday is
        // not a change.
        let wraps = first[0] == 0 && last[1] == MINUTES;
        let t = second_of_week(local);
        let ahead = self
            .0
            .iter()
            .flat_map(|&[s, e]| [s, e])
            .filter(|&b| !(wraps && (b == 0 || b == MINUTES)))
            .map(|b| {
                let d = (i64::from(b) * 60 - t).rem_euclid(SECONDS);
                if d == 0 { SECONDS } else { d }
            })
            .min()?;
        local
            .with_nanosecond(0)?
            .checked_add_signed(chrono::TimeDelta::seconds(ahead))
    }
}

/// Seconds from Monday 00:00 to `local`, in its week.
fn second_of_week(local: NaiveDateTime) -> i64 {
    i64::from(local.weekday().num_days_from_monday()) * 86_400
        + i64::from(local.num_seconds_from_midnight())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
    }

    #[test]
    fn malformed_tables_are_refused() {
        for bad in [
            vec![[5, 5]],
            vec![[6, 5]],
            vec![[0, MINUTES + 1]],
            vec![[10, 20], [20, 30]],
            vec![[10, 20], [5, 8]],
        ] {
            assert!(Week::new(bad.clone()).is_err(), "{bad:?}");
        }
        assert!(Week::new(vec![[0, 10], [11, MINUTES]]).is_ok());
        assert!(Week::new(Vec::new()).is_ok());
    }

    #[test]
    fn open_and_next_change_follow_the_table_across_midnight_and_the_week_end() {
        // 2024-01-01 is a Monday. Open Monday 08:00-17:00, and Sunday 22:00 to Monday 02:00.
        let w = Week::new(vec![[0, 120], [480, 1020], [MINUTES - 120, MINUTES]]).unwrap();
        assert!(w.is_open(at("2024-01-01 01:59:59")));
        assert!(!w.is_open(at("2024-01-01 02:00:00")));
        assert_eq!(
            w.next_change(at("2024-01-01 01:00:00")),
            Some(at("2024-01-01 02:00:00"))
        );
        assert_eq!(
            w.next_change(at("2024-01-01 08:00:00")),
            Some(at("2024-01-01 17:00:00"))
        );
        // Sunday night: the change is Monday 02:00 of the next week, not midnight.
        assert_eq!(
            w.next_change(at("2024-01-07 23:00:00")),
            Some(at("2024-01-08 02:00:00"))
        );
        assert_eq!(
            w.next_change(at("2024-01-03 12:00:00")),
            Some(at("2024-01-07 22:00:00"))
        );
        let always = Week::new(vec![[0, MINUTES]]).unwrap();
        assert!(always.is_open(at("2024-01-05 12:00:00")));
        assert_eq!(always.next_change(at("2024-01-05 12:00:00")), None);
        assert_eq!(Week::default().next_change(at("2024-01-05 12:00:00")), None);
    }
}

/// The table agrees with the `opening-hours` crate it is made with, minute by minute.
#[cfg(all(test, feature = "authoring"))]
mod against_the_crate {
    use super::*;
    use crate::content::catalog_doc::week_of;
    use chrono::{NaiveDate, TimeDelta};
    use opening_hours::{OpeningHours, RuleKind};

    fn compare(hours: &str) {
        let week = Week::new(week_of(hours).unwrap()).unwrap();
        let oh: OpeningHours = hours.parse().unwrap();
        for (y, m, d) in [(2025, 3, 24), (2026, 10, 19), (2031, 12, 25)] {
            let mut t = NaiveDate::from_ymd_opt(y, m, d)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap();
            let end = t + TimeDelta::weeks(2);
            while t < end {
                assert_eq!(week.is_open(t), crate_open(&oh, t), "{hours} at {t}");
                // Every boundary exactly, a second after it, and a prime step between.
                for b in [t, t.with_second(0).unwrap(), t + TimeDelta::seconds(1)] {
                    assert_eq!(week.next_change(b), crate_next(&oh, b), "{hours} after {b}");
                }
                t += TimeDelta::seconds(17 * 60 + 13);
            }
        }
    }

    /// The crate's state at `t` (over a bounded range: its `state` and `next_change`
    /// search up to the year 10000 for hours that never change).
    fn crate_open(oh: &OpeningHours, t: NaiveDateTime) -> bool {
        let r = oh.iter_range(t, t + TimeDelta::minutes(1)).next().unwrap();
        r.kind == RuleKind::Open
    }

    /// The crate's next change after `t` within eight days (a week's table changes
    /// within a week, or never).
    fn crate_next(oh: &OpeningHours, t: NaiveDateTime) -> Option<NaiveDateTime> {
        let horizon = t + TimeDelta::days(8);
        let first = oh.iter_range(t, horizon).next()?;
        (first.range.end < horizon).then_some(first.range.end)
    }

    #[test]
    fn every_hours_of_the_built_in_pack_and_harder_ones_agree() {
        let cat = crate::content::Catalog::embedded().unwrap();
        let mut all: Vec<String> = cat
            .contacts
            .iter()
            .flat_map(|c| &c.channel)
            .filter_map(|ch| ch.hours.clone())
            .collect();
        all.sort();
        all.dedup();
        assert!(all.len() >= 5, "{all:?}");
        for ch in cat.contacts.iter().flat_map(|c| &c.channel) {
            assert_eq!(ch.week.is_some(), ch.hours.is_some(), "{:?}", ch.hours);
        }
        for extra in [
            "off",
            "Sa 22:00-02:00",
            "Su 23:00-24:00; Mo 00:00-01:00",
            "Mo-Fr 08:00-12:00,13:00-17:00; Sa 09:00-12:00",
            "Mo-Su 00:00-24:00",
            "Tu 10:00-10:01",
        ] {
            all.push(extra.to_string());
        }
        for hours in &all {
            compare(hours);
        }
    }

    #[test]
    fn hours_that_are_not_the_same_every_week_are_refused_with_a_reason() {
        for (hours, says) in [
            ("Jan-Mar Mo-Fr 08:00-17:00", "week"),
            ("week 01-10 Mo 08:00-12:00", "week"),
            ("Mo-Fr 08:00-17:00 unknown", "unknown"),
            ("Mo-Fr 08:00-17:00 \"by appointment\"", "comments"),
            ("weekdays 8 to 5", "syntax"),
        ] {
            let e = week_of(hours).unwrap_err();
            assert!(e.contains(says), "{hours}: {e}");
        }
    }
}

//! Whether mediators are working now, and when they next will be.

use chrono::{DateTime, Datelike, Duration, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

use crate::knowledge::facts::HoursSpan;

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn day_index(d: &str) -> Option<u32> {
    DAYS.iter().position(|x| *x == d).map(|i| i as u32)
}

/// Whether `span` covers a weekday.
fn covers(span: &HoursSpan, day: Weekday) -> bool {
    let n = day.num_days_from_monday();
    match span.days.split_once('-') {
        Some((a, b)) => match (day_index(a), day_index(b)) {
            (Some(a), Some(b)) => a <= n && n <= b,
            _ => false,
        },
        None => day_index(&span.days) == Some(n),
    }
}

fn times(span: &HoursSpan) -> Option<(NaiveTime, NaiveTime)> {
    let t = |s: &str| NaiveTime::parse_from_str(s, "%H:%M").ok();
    Some((t(&span.open)?, t(&span.close)?))
}

/// Whether `now` falls within the hours, in the site's time zone.
pub fn is_open(hours: &[HoursSpan], tz: Tz, now: DateTime<Utc>) -> bool {
    let local = now.with_timezone(&tz);
    hours.iter().any(|s| {
        covers(s, local.weekday())
            && times(s).is_some_and(|(o, c)| o <= local.time() && local.time() < c)
    })
}

/// The next moment the hours begin, at most two weeks ahead; `None` if the
/// hours never open.
pub fn next_opening(hours: &[HoursSpan], tz: Tz, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let local = now.with_timezone(&tz);
    (0..14).find_map(|ahead| {
        let date = local.date_naive() + Duration::days(ahead);
        hours
            .iter()
            .filter(|s| covers(s, date.weekday()))
            .filter_map(times)
            .map(|(open, _)| open)
            .filter(|open| ahead > 0 || *open > local.time())
            .min()
            .and_then(|open| tz.from_local_datetime(&date.and_time(open)).earliest())
            .map(|t| t.with_timezone(&Utc))
    })
}

/// The calendar day at the site, on which ticket numbers restart.
pub fn local_day(tz: Tz, now: DateTime<Utc>) -> chrono::NaiveDate {
    now.with_timezone(&tz).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weekdays() -> Vec<HoursSpan> {
        vec![HoursSpan {
            days: "mon-fri".into(),
            open: "09:00".into(),
            close: "17:00".into(),
        }]
    }

    #[test]
    fn lisbon_summer_time_is_respected() {
        let tz = chrono_tz::Europe::Lisbon;
        // Monday 1 June 2026, 08:30 UTC is 09:30 in Lisbon (WEST).
        let t = Utc.with_ymd_and_hms(2026, 6, 1, 8, 30, 0).unwrap();
        assert!(is_open(&weekdays(), tz, t));
        // Same UTC time in winter is 08:30 local: closed.
        let w = Utc.with_ymd_and_hms(2026, 11, 23, 8, 30, 0).unwrap();
        assert!(!is_open(&weekdays(), tz, w));
    }

    #[test]
    fn next_opening_skips_the_weekend() {
        let tz = chrono_tz::Europe::Lisbon;
        // Friday 27 Nov 2026 18:00: next is Monday 30 Nov 09:00.
        let fri = Utc.with_ymd_and_hms(2026, 11, 27, 18, 0, 0).unwrap();
        let next = next_opening(&weekdays(), tz, fri).unwrap();
        assert_eq!(next, Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap());
    }
}

//! Sign-in throttling that slows guessing without letting anyone lock a
//! person out: a few failures are free, then each further attempt waits a
//! delay that doubles with every failure (capped), and failures older than
//! the window no longer count. The window also bounds the failures checked
//! (ASVS 2.2.1: at most 100 an hour per account).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};

/// What an account's failures are kept under: a hash of the username as
/// typed, folded, so an unknown username is throttled exactly like a known
/// one and nothing typed is stored.
pub fn account_key(username: &str) -> String {
    super::token_hash(&username.trim().to_lowercase())
}

/// A throttling policy.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    /// Failures in the window before any delay.
    pub free: usize,
    /// The longest delay between two attempts.
    pub cap: Duration,
    /// How long a failure counts.
    pub window: Duration,
    /// Failures in the window after which no attempt is checked until the
    /// oldest leaves it.
    pub max: usize,
}

impl Backoff {
    /// Per account (by the username typed, known or not): the 6th attempt
    /// waits 2 s after the 5th failure, then 4, 8, 16 and at most 30 s.
    /// Someone who knows their password is slowed by at most 30 seconds,
    /// unless 100 failures were made in the last hour.
    pub const ACCOUNT: Backoff = Backoff {
        free: 5,
        cap: Duration::from_secs(30),
        window: Duration::from_secs(3600),
        max: 100,
    };

    /// Per client address: more free failures, since a whole office can
    /// share one address.
    pub const ADDRESS: Backoff = Backoff {
        free: 20,
        cap: Duration::from_secs(30),
        window: Duration::from_secs(3600),
        max: 1000,
    };

    fn window(&self) -> chrono::Duration {
        chrono::Duration::from_std(self.window).unwrap_or(chrono::Duration::MAX)
    }

    /// How long until an attempt may be checked, given earlier failures
    /// (oldest first); `None` when it may be checked now.
    pub fn wait(&self, failures: &[DateTime<Utc>], now: DateTime<Utc>) -> Option<Duration> {
        let window = self.window();
        let recent: Vec<DateTime<Utc>> = failures
            .iter()
            .copied()
            .filter(|t| now - *t < window)
            .collect();
        let (Some(oldest), Some(last)) = (recent.first(), recent.last()) else {
            return None;
        };
        let ready = if recent.len() >= self.max {
            *oldest + window
        } else if recent.len() >= self.free {
            let doublings = u32::try_from(recent.len() - self.free + 1).unwrap_or(u32::MAX);
            let delay = 2u64
                .checked_pow(doublings)
                .map_or(self.cap, Duration::from_secs)
                .min(self.cap);
            *last + chrono::Duration::from_std(delay).unwrap_or_default()
        } else {
            return None;
        };
        (ready > now).then(|| (ready - now).to_std().unwrap_or_default())
    }
}

/// Failures kept in memory, by key (client addresses: a restart forgives
/// them; accounts' failures are kept in the database).
pub struct FailureLog {
    policy: Backoff,
    seen: Mutex<HashMap<String, Vec<DateTime<Utc>>>>,
}

impl FailureLog {
    pub fn new(policy: Backoff) -> Self {
        FailureLog {
            policy,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// How long `key` must wait before its next attempt is checked.
    pub fn wait(&self, key: &str, now: DateTime<Utc>) -> Option<Duration> {
        let seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        self.policy
            .wait(seen.get(key).map_or(&[], Vec::as_slice), now)
    }

    pub fn record(&self, key: &str, now: DateTime<Utc>) {
        let window = self.policy.window();
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        // Forget idle keys now and then, so the map cannot grow without end.
        if seen.len() > 10_000 {
            seen.retain(|_, v| v.last().is_some_and(|t| now - *t < window));
        }
        let times = seen.entry(key.to_string()).or_default();
        times.retain(|t| now - *t < window);
        if times.len() < self.policy.max {
            times.push(now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn secs(n: i64) -> chrono::Duration {
        chrono::Duration::seconds(n)
    }

    #[test]
    fn delays_double_after_the_free_failures_and_stop_at_the_cap() {
        let b = Backoff::ACCOUNT;
        let t = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let mut failures = vec![t; 4];
        assert_eq!(b.wait(&failures, t), None, "four failures are free");
        failures.push(t);
        assert_eq!(b.wait(&failures, t), Some(Duration::from_secs(2)));
        assert_eq!(b.wait(&failures, t + secs(2)), None);
        failures.push(t);
        assert_eq!(b.wait(&failures, t), Some(Duration::from_secs(4)));
        failures.extend([t; 20]);
        assert_eq!(b.wait(&failures, t), Some(Duration::from_secs(30)));
    }

    #[test]
    fn failures_older_than_the_window_no_longer_count() {
        let b = Backoff::ACCOUNT;
        let t = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let failures = vec![t; 50];
        assert!(b.wait(&failures, t + secs(20)).is_some());
        assert_eq!(b.wait(&failures, t + secs(3600)), None);
    }

    #[test]
    fn the_hundredth_failure_in_an_hour_stops_checking_until_the_oldest_ages_out() {
        let b = Backoff::ACCOUNT;
        let t = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let failures: Vec<_> = (0..100).map(|i| t + secs(i * 30)).collect();
        let now = t + secs(99 * 30 + 31);
        assert_eq!(
            b.wait(&failures, now),
            Some((t + secs(3600) - now).to_std().unwrap())
        );
    }

    #[test]
    fn an_address_log_remembers_failures_per_key() {
        let log = FailureLog::new(Backoff::ADDRESS);
        let t = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        for _ in 0..20 {
            assert_eq!(log.wait("a", t), None);
            log.record("a", t);
        }
        assert_eq!(log.wait("a", t), Some(Duration::from_secs(2)));
        assert_eq!(log.wait("b", t), None);
    }
}

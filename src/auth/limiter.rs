use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};

/// Allows `max` events per key in a sliding window; keys are whatever
/// identifies a caller (a client address, a kiosk id, a username).
pub struct RateLimiter {
    max: usize,
    window: Duration,
    seen: Mutex<HashMap<String, Vec<DateTime<Utc>>>>,
}

impl RateLimiter {
    pub fn new(max: usize, window: Duration) -> Self {
        RateLimiter {
            max,
            window,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Records an attempt; false when the key has used up its window.
    pub fn allow(&self, key: &str, now: DateTime<Utc>) -> bool {
        let window = chrono::Duration::from_std(self.window).unwrap_or(chrono::Duration::MAX);
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        // Forget idle keys now and then, so the map cannot grow without end.
        if seen.len() > 10_000 {
            seen.retain(|_, v| v.last().is_some_and(|t| now - *t < window));
        }
        let times = seen.entry(key.to_string()).or_default();
        times.retain(|t| now - *t < window);
        if times.len() >= self.max {
            return false;
        }
        times.push(now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_window_refills_after_it_passes() {
        let l = RateLimiter::new(2, Duration::from_secs(60));
        let t = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        assert!(l.allow("a", t));
        assert!(l.allow("a", t));
        assert!(!l.allow("a", t));
        assert!(l.allow("b", t));
        assert!(l.allow("a", t + chrono::Duration::seconds(61)));
    }
}

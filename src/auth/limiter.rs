use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};

/// Allows `max` events per key in a sliding window (`max` 0: no limit);
/// keys are whatever identifies a caller (a client address, a kiosk id, a
/// username).
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
        self.check(key, now).is_ok()
    }

    /// Records an attempt, or says how long until the key's oldest attempt
    /// leaves the window (what a `Retry-After` should say).
    pub fn check(&self, key: &str, now: DateTime<Utc>) -> Result<(), Duration> {
        if self.max == 0 {
            return Ok(());
        }
        let window = chrono::Duration::from_std(self.window).unwrap_or(chrono::Duration::MAX);
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        // Forget idle keys now and then, so the map cannot grow without end.
        if seen.len() > 10_000 {
            seen.retain(|_, v| v.last().is_some_and(|t| now - *t < window));
        }
        let times = seen.entry(key.to_string()).or_default();
        times.retain(|t| now - *t < window);
        if times.len() >= self.max {
            let oldest = times.first().copied().unwrap_or(now);
            return Err((oldest + window - now).to_std().unwrap_or_default());
        }
        times.push(now);
        Ok(())
    }
}

/// Caps things held open at once (connections, event streams): in total
/// and per key. A [`Slot`] gives its place back when dropped, however the
/// thing it guards ends.
pub struct Slots<K: Eq + Hash> {
    total: usize,
    per_key: usize,
    held: Arc<Mutex<Held<K>>>,
}

struct Held<K> {
    total: usize,
    by_key: HashMap<K, usize>,
}

/// One place taken from [`Slots`].
pub struct Slot<K: Eq + Hash> {
    key: K,
    held: Arc<Mutex<Held<K>>>,
}

impl<K: Eq + Hash + Clone> Slots<K> {
    pub fn new(total: usize, per_key: usize) -> Self {
        Slots {
            total,
            per_key,
            held: Arc::new(Mutex::new(Held {
                total: 0,
                by_key: HashMap::new(),
            })),
        }
    }

    /// A place for `key`, or `None` when it or everyone holds the most
    /// allowed.
    pub fn take(&self, key: K) -> Option<Slot<K>> {
        self.take_limited(key, true)
    }

    /// A place counted in the total only (a trusted proxy carries many
    /// clients on its connections).
    pub fn take_unlimited(&self, key: K) -> Option<Slot<K>> {
        self.take_limited(key, false)
    }

    fn take_limited(&self, key: K, per_key: bool) -> Option<Slot<K>> {
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        let mine = held.by_key.get(&key).copied().unwrap_or(0);
        if held.total >= self.total || (per_key && mine >= self.per_key) {
            return None;
        }
        held.total += 1;
        held.by_key.insert(key.clone(), mine + 1);
        Some(Slot {
            key,
            held: self.held.clone(),
        })
    }
}

impl<K: Eq + Hash> Drop for Slot<K> {
    fn drop(&mut self) {
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        held.total = held.total.saturating_sub(1);
        if let Some(n) = held.by_key.get_mut(&self.key) {
            *n -= 1;
            if *n == 0 {
                held.by_key.remove(&self.key);
            }
        }
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

    #[test]
    fn a_refusal_says_when_the_oldest_attempt_leaves_the_window() {
        let l = RateLimiter::new(1, Duration::from_secs(60));
        let t = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        assert_eq!(l.check("a", t), Ok(()));
        let later = t + chrono::Duration::seconds(20);
        assert_eq!(l.check("a", later), Err(Duration::from_secs(40)));
    }

    #[test]
    fn slots_are_capped_per_key_and_in_total_and_come_back_when_dropped() {
        let s = Slots::new(3, 2);
        let a1 = s.take("a").unwrap();
        let _a2 = s.take("a").unwrap();
        assert!(s.take("a").is_none());
        let _b1 = s.take("b").unwrap();
        assert!(s.take("c").is_none(), "the total is reached");
        drop(a1);
        assert!(s.take("a").is_some());
    }
}

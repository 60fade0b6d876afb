//! Telegram's sending limits: about 30 messages per second in all, and
//! about one per second to one chat. One limiter serves every sender of the
//! process: [`LocalLimiter`] in memory when the database serves one process
//! (SQLite), [`SharedLimiter`] when instances share the database
//! (PostgreSQL), where each turn is taken in the database so the limits
//! hold for all instances together, not for each.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;

use crate::store::{SendTurns, Turn, TurnLimits};

/// Where sends to Telegram get their turn.
#[async_trait]
pub trait SendLimiter: Send + Sync {
    /// Takes a send to `chat` now, waiting as long as the overall limit
    /// needs. When `chat` itself must wait, returns how long without
    /// waiting or taking anything, so the caller serves other chats
    /// meanwhile.
    async fn acquire(&self, chat: i64) -> Result<(), Duration>;
}

/// The numbers of the limits.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Sends allowed in any one `window`, all chats together.
    pub per_window: usize,
    pub window: Duration,
    /// Sends a chat may get at once (an answer in a few parts)…
    pub chat_burst: f64,
    /// …and then per second.
    pub chat_per_sec: f64,
}

impl Limits {
    /// Telegram's: 30 in any second overall, one per second per chat after
    /// a burst of three. The window is a little longer than a second
    /// because a send is counted when it gets its turn and Telegram counts
    /// it when it arrives, a few milliseconds later and not always equally
    /// late.
    pub const TELEGRAM: Limits = Limits {
        per_window: 30,
        window: Duration::from_millis(1_050),
        chat_burst: 3.0,
        chat_per_sec: 1.0,
    };
}

/// The limiter for the store: shared through the database when it can be
/// shared by several instances, else kept in memory.
pub fn for_store(store: &dyn crate::store::Store, limits: Limits) -> Arc<dyn SendLimiter> {
    match store.send_turns() {
        Some(turns) => Arc::new(SharedLimiter::new(turns, limits)),
        None => Arc::new(LocalLimiter::new(limits)),
    }
}

/// A limiter shared by every instance on the database: each turn is one
/// statement there (a send is at most 30 a second, so that is cheap).
pub struct SharedLimiter {
    turns: Arc<dyn SendTurns>,
    limits: TurnLimits,
    /// Held while waiting for a place, as in [`LocalLimiter`]: this
    /// instance's senders ask the database one at a time, in the order
    /// they came, instead of all at once each time a place frees up. Holds
    /// when quiet chats were last forgotten.
    turn: tokio::sync::Mutex<Instant>,
}

/// The shortest wait before asking again for a place that another
/// instance took first.
const RETRY_FULL: Duration = Duration::from_millis(5);
/// How long a chat waits when its turn could not be asked for (the
/// database is away); the outbox holds it back meanwhile.
const RETRY_UNASKED: Duration = Duration::from_secs(1);
/// How often the pacing of quiet chats is forgotten.
const FORGET_EVERY: Duration = Duration::from_secs(60);

impl SharedLimiter {
    pub fn new(turns: Arc<dyn SendTurns>, limits: Limits) -> Self {
        SharedLimiter {
            turns,
            limits: TurnLimits {
                per_window: u32::try_from(limits.per_window).unwrap_or(u32::MAX),
                window: limits.window,
                chat_every: Duration::from_secs_f64(1.0 / limits.chat_per_sec),
                chat_burst: limits.chat_burst as u32,
            },
            turn: tokio::sync::Mutex::new(Instant::now()),
        }
    }
}

#[async_trait]
impl SendLimiter for SharedLimiter {
    async fn acquire(&self, chat: i64) -> Result<(), Duration> {
        let mut forgotten = self.turn.lock().await;
        loop {
            match self.turns.take_turn(chat, self.limits).await {
                Ok(Turn::Taken) => break,
                Ok(Turn::ChatWait(wait)) => return Err(wait),
                Ok(Turn::Full(wait)) => tokio::time::sleep(wait.max(RETRY_FULL)).await,
                Err(e) => {
                    tracing::warn!(error = %e, "Telegram: taking a turn to send failed");
                    return Err(RETRY_UNASKED);
                }
            }
        }
        if forgotten.elapsed() > FORGET_EVERY {
            *forgotten = Instant::now();
            if let Err(e) = self.turns.forget_quiet_chats(self.limits).await {
                tracing::warn!(error = %e, "Telegram: forgetting quiet chats' pacing failed");
            }
        }
        Ok(())
    }
}

/// A limiter for one process, kept in memory.
pub struct LocalLimiter {
    state: tokio::sync::Mutex<Window>,
}

impl LocalLimiter {
    pub fn new(limits: Limits) -> Self {
        LocalLimiter {
            state: tokio::sync::Mutex::new(Window::new(limits)),
        }
    }
}

#[async_trait]
impl SendLimiter for LocalLimiter {
    async fn acquire(&self, chat: i64) -> Result<(), Duration> {
        // Held while waiting: senders take their turns in the order they
        // asked (tokio's mutex is fair), and the chat's own allowance,
        // checked first, can only grow meanwhile.
        let mut w = self.state.lock().await;
        let wait = w.chat_wait(chat, Instant::now());
        if !wait.is_zero() {
            return Err(wait);
        }
        loop {
            let wait = w.overall_wait(Instant::now());
            if wait.is_zero() {
                break;
            }
            tokio::time::sleep(wait).await;
        }
        w.take(chat, Instant::now());
        Ok(())
    }
}

/// The sends of the last window and each chat's allowance.
struct Window {
    limits: Limits,
    /// When the last `per_window` sends got their turn, oldest first.
    sent: VecDeque<Instant>,
    chats: HashMap<i64, Bucket>,
}

impl Window {
    fn new(limits: Limits) -> Self {
        Window {
            limits,
            sent: VecDeque::with_capacity(limits.per_window),
            chats: HashMap::new(),
        }
    }

    /// How long until one more send fits in every window.
    fn overall_wait(&self, now: Instant) -> Duration {
        if self.sent.len() < self.limits.per_window {
            return Duration::ZERO;
        }
        let oldest = self.sent[self.sent.len() - self.limits.per_window];
        (oldest + self.limits.window).saturating_duration_since(now)
    }

    /// How long until `chat` may get one more.
    fn chat_wait(&mut self, chat: i64, now: Instant) -> Duration {
        let Limits {
            chat_burst,
            chat_per_sec,
            ..
        } = self.limits;
        match self.chats.get_mut(&chat) {
            None => Duration::ZERO,
            Some(b) => b.wait(chat_burst, chat_per_sec, now),
        }
    }

    fn take(&mut self, chat: i64, now: Instant) {
        let Limits {
            per_window,
            chat_burst,
            chat_per_sec,
            ..
        } = self.limits;
        self.sent.push_back(now);
        while self.sent.len() > per_window {
            self.sent.pop_front();
        }
        let b = self
            .chats
            .entry(chat)
            .or_insert_with(|| Bucket::full(chat_burst, now));
        b.wait(chat_burst, chat_per_sec, now);
        b.tokens -= 1.0;
        // Chats whose allowance is whole again need no entry.
        if self.chats.len() > 10_000 {
            self.chats.retain(|_, b| {
                b.wait(chat_burst, chat_per_sec, now);
                b.tokens < chat_burst
            });
        }
    }
}

/// A token bucket: `burst` at once, then `per_sec`.
struct Bucket {
    tokens: f64,
    at: Instant,
}

impl Bucket {
    fn full(burst: f64, now: Instant) -> Self {
        Bucket {
            tokens: burst,
            at: now,
        }
    }

    /// How long until a token is free, after refilling.
    fn wait(&mut self, burst: f64, per_sec: f64, now: Instant) -> Duration {
        let elapsed = now.saturating_duration_since(self.at).as_secs_f64();
        self.tokens = (self.tokens + elapsed * per_sec).min(burst);
        self.at = now;
        if self.tokens >= 1.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64((1.0 - self.tokens) / per_sec)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: Limits = Limits {
        window: Duration::from_secs(1),
        ..Limits::TELEGRAM
    };

    /// Sends to `chat` at `now` if both limits allow.
    fn try_send(w: &mut Window, chat: i64, now: Instant) -> bool {
        let free = w.chat_wait(chat, now).is_zero() && w.overall_wait(now).is_zero();
        if free {
            w.take(chat, now);
        }
        free
    }

    #[test]
    fn a_chat_gets_a_short_burst_then_one_per_second() {
        let mut w = Window::new(SECOND);
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(try_send(&mut w, 1, t0));
        }
        let wait = w.chat_wait(1, t0);
        assert!(wait > Duration::from_millis(900) && wait <= Duration::from_secs(1));
        // Another chat is not held back by the first.
        assert!(try_send(&mut w, 2, t0));
        assert!(try_send(&mut w, 1, t0 + Duration::from_secs(1)));
        assert!(!try_send(&mut w, 1, t0 + Duration::from_secs(1)));
    }

    #[test]
    fn no_window_of_one_second_holds_more_than_thirty() {
        let mut w = Window::new(SECOND);
        let t0 = Instant::now();
        let sent = (0..100).filter(|c| try_send(&mut w, *c, t0)).count();
        assert_eq!(sent, 30);
        // Half a second later the window still holds all thirty: a bucket
        // refilling at 30/s would let 15 more through here.
        let later = t0 + Duration::from_millis(500);
        assert!(!try_send(&mut w, 200, later));
        assert_eq!(w.overall_wait(later), Duration::from_millis(500));
        let next = t0 + Duration::from_secs(1);
        assert_eq!(
            (300..400).filter(|c| try_send(&mut w, *c, next)).count(),
            30
        );
    }

    #[tokio::test]
    async fn waiting_senders_are_spread_so_no_second_holds_more_than_the_limit() {
        let limits = Limits {
            per_window: 5,
            window: Duration::from_millis(200),
            ..Limits::TELEGRAM
        };
        let limiter = std::sync::Arc::new(LocalLimiter::new(limits));
        let mut tasks = Vec::new();
        for chat in 0..12 {
            let l = limiter.clone();
            tasks.push(tokio::spawn(async move {
                l.acquire(chat).await.unwrap();
                Instant::now()
            }));
        }
        let mut at = Vec::new();
        for t in tasks {
            at.push(t.await.unwrap());
        }
        at.sort();
        // The sixth send waited for the first to leave the window.
        for (a, b) in at.iter().zip(at.iter().skip(5)) {
            assert!(*b - *a >= limits.window);
        }
    }

    #[tokio::test]
    async fn a_chat_over_its_allowance_is_told_to_wait_and_takes_nothing() {
        let limiter = LocalLimiter::new(SECOND);
        for _ in 0..3 {
            limiter.acquire(7).await.unwrap();
        }
        let wait = limiter.acquire(7).await.unwrap_err();
        assert!(wait > Duration::from_millis(500));
        // The refusal took no place in the overall window.
        assert_eq!(limiter.state.lock().await.sent.len(), 3);
    }
}

//! balcao, the one-stop counter: a multilingual knowledge base for
//! immigrants in Portugal, its search, and the channels that serve it.
//!
//! The domain (`lang`, `knowledge`, `search`, `content`) does no network or
//! database I/O; `store` is the storage behind a trait; `web` is the HTTP
//! edge; `server` runs it all.

pub mod auth;
pub mod clock;
pub mod config;
pub mod content;
pub mod drafting;
pub mod editing;
pub mod handoff;
pub mod knowledge;
pub mod lang;
pub mod peers;
pub mod reload;
pub mod search;
pub mod server;
pub mod store;
pub mod telegram;
pub mod web;

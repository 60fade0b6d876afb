//! Integration tests: the real server over HTTP, the real binary, the real
//! knowledge base and index.

mod console_helpers;
mod helpers;
mod postgres;

mod access_control;
mod accounts;
mod api_articles;
mod api_errors;
mod api_search;
mod browser;
mod cli;
mod console_auth;
mod console_views;
mod crash;
mod data_protection;
mod dated_facts;
mod delivery;
mod fuzz;
mod handoff_flow;
mod handoff_tickets;
mod health;
mod instances;
mod instances_telegram;
mod kb_check;
mod kiosk;
mod kiosk_presence;
mod knowledge_drafts;
mod knowledge_editing;
mod langid;
mod lifecycle;
mod live_events;
mod plurals;
mod processes;
mod routing;
mod search_quality;
mod security_headers;
mod security_logs;
mod storage_concurrency;
mod storage_contract;
mod storage_erasure;
mod storage_schemas;
mod telegram_bot;
mod telegram_server;
mod transport;
mod upgrades;

//! The mediator console: its pages (static, embedded) and its JSON API
//! under /api/v1/console, which the pages use and tests drive.

mod account;
mod admin;
mod assets;
mod cases;
mod drafts;
mod knowledge;
mod password;
mod signin;
mod team;
mod tickets;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use super::AppState;

/// The one console route that takes a file: outside the small limit every
/// other request has.
pub fn uploads() -> Router<AppState> {
    Router::new()
        .route("/api/v1/console/cases/{id}/file", post(cases::send_file))
        .layer(DefaultBodyLimit::max(
            crate::handoff::files::MAX_FILE_BYTES + 64 * 1024,
        ))
}

pub fn router() -> Router<AppState> {
    let api = Router::new()
        .route("/login", post(signin::login))
        .route("/logout", post(account::logout))
        .route("/setup", post(account::setup))
        .route("/me", get(account::me))
        .route("/me/lang", post(account::set_lang))
        .route("/me/password", post(password::change))
        .route("/reset", post(password::reset))
        .route("/strings", get(account::strings))
        .route("/presence", post(account::presence))
        .route("/queue", get(cases::queue))
        .route("/events", get(cases::events))
        .route("/cases/{id}", get(cases::view))
        .route("/cases/{id}/claim", post(cases::claim))
        .route("/cases/{id}/reply", post(cases::reply))
        .route("/cases/{id}/note", post(cases::note))
        .route("/cases/{id}/transfer", post(cases::transfer))
        .route("/cases/{id}/hand-back", post(cases::hand_back))
        .route("/cases/{id}/close", post(cases::close))
        .route("/cases/{id}/canned", get(cases::canned))
        .route("/cases/{id}/erase", post(admin::erase))
        .route("/files/{id}", get(cases::file))
        .route("/tickets/next", post(tickets::call_next))
        .route("/tickets/{id}/recall", post(tickets::recall))
        .route("/tickets/{id}/skip", post(tickets::skip))
        .route("/tickets/{id}/done", post(tickets::done))
        .route("/stats", get(admin::stats))
        .route("/stats.csv", get(admin::stats_csv))
        .route(
            "/mediators",
            get(admin::mediators).post(admin::add_mediator),
        )
        .route("/mediators/{id}", post(team::edit))
        .route("/mediators/{id}/disable", post(team::disable))
        .route("/mediators/{id}/enable", post(team::enable))
        .route("/mediators/{id}/end-sessions", post(team::end_sessions))
        .route("/mediators/{id}/reset-link", post(team::reset_link))
        .route("/mediators/{id}/editor-langs", post(knowledge::set_grants))
        .route(
            "/knowledge/articles/{id}/{lang}",
            get(knowledge::view).put(knowledge::put),
        )
        .route(
            "/knowledge/articles/{id}/{lang}/versions",
            get(knowledge::versions),
        )
        .route(
            "/knowledge/articles/{id}/{lang}/restore",
            post(knowledge::restore),
        )
        .route(
            "/knowledge/articles/{id}/{lang}/review",
            post(knowledge::review),
        )
        .route(
            "/knowledge/articles/{id}/{lang}/preview",
            post(knowledge::preview),
        )
        .route("/knowledge/queue", get(knowledge::queue))
        .route("/knowledge/drafts", get(drafts::list).post(drafts::create))
        .route("/knowledge/drafts/new", get(drafts::start))
        .route("/knowledge/drafts/preview", post(drafts::preview))
        .route(
            "/knowledge/drafts/{id}",
            get(drafts::view).put(drafts::update).delete(drafts::delete),
        )
        .route("/knowledge/drafts/{id}/publish", post(drafts::publish))
        .route("/knowledge/health", get(knowledge::health))
        .route(
            "/knowledge/facts/{id}",
            get(knowledge::view_fact).put(knowledge::put_fact),
        )
        .route("/knowledge/facts", get(knowledge::facts))
        .route(
            "/knowledge/facts/{id}/restore",
            post(knowledge::restore_fact),
        )
        .route("/audit", get(admin::audit));
    Router::new()
        .nest("/api/v1/console", api)
        .route("/console", get(assets::redirect))
        .route("/console/", get(assets::index))
        .route("/console/{file}", get(assets::file))
}

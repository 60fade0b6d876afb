//! Administrators: statistics (and CSV), the team, the audit log, erasure.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};

use super::account::{create, new_mediator};
use crate::handoff::accounts::{self, Actor, NewAccount, action};
use crate::handoff::stats::Stats;
use crate::web::AppState;
use crate::web::error::ApiError;
use crate::web::session::{Admin, Authed};

#[derive(Deserialize)]
pub struct Period {
    days: Option<i64>,
}

/// The statistics, with the names of what they count in the
/// administrator's console language.
pub async fn stats(
    State(state): State<AppState>,
    Admin(who): Admin,
    Query(p): Query<Period>,
) -> Result<Json<Value>, ApiError> {
    let s = state.handoff.stats(p.days.unwrap_or(30)).await?;
    let names = state.handoff.stat_names(&s, who.mediator.ui_lang);
    let mut v = json!(s);
    v["names"] = json!(names);
    let content = state.content.current();
    let k = &content.knowledge;
    // What readers now see flagged "may be out of date", for someone to
    // check against the source and update.
    v["outdated_facts"] = k
        .facts
        .values()
        .filter(|f| f.out_of_date)
        .map(|f| {
            json!({
                "id": f.id,
                "value": k.fact_text(who.mediator.ui_lang, &f.id),
                "valid_until": f.valid_until,
                "source": f.source,
            })
        })
        .collect();
    Ok(Json(v))
}

/// Quotes a CSV field, and defuses cells a spreadsheet would run as a
/// formula (search texts are typed by the public).
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// One table of rows: section, key, count, share.
pub fn csv(s: &Stats) -> String {
    let mut out = String::from("section,key,value,share\n");
    let mut row = |section: &str, key: &str, value: String, share: String| {
        out.push_str(&format!(
            "{},{},{value},{share}\n",
            field(section),
            field(key)
        ));
    };
    row("attended", "total", s.attended.to_string(), String::new());
    row(
        "attended",
        "daily_average",
        format!("{:.2}", s.daily_average),
        String::new(),
    );
    for (k, v) in &s.per_day {
        row("per_day", &k.to_string(), v.to_string(), String::new());
    }
    for (section, map) in [
        ("by_lang", &s.by_lang),
        ("by_topic", &s.by_topic),
        ("by_channel", &s.by_channel),
    ] {
        for (k, v) in map {
            row(section, k, v.to_string(), String::new());
        }
    }
    let secs = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    row(
        "wait_secs",
        "median",
        secs(s.wait_median_secs),
        String::new(),
    );
    row("wait_secs", "p90", secs(s.wait_p90_secs), String::new());
    for (section, map) in [
        ("satisfaction_by_topic", &s.satisfaction_by_topic),
        ("satisfaction_by_service", &s.satisfaction_by_service),
        ("satisfaction_by_site", &s.satisfaction_by_site),
    ] {
        for (k, v) in map {
            row(section, k, v.ratings.to_string(), format!("{:.3}", v.share));
        }
    }
    for g in &s.search_gaps {
        row(
            &format!("search_gap {}", g.lang),
            &g.query,
            g.count.to_string(),
            String::new(),
        );
    }
    for f in &s.not_helpful {
        row(
            "not_helpful",
            &f.article,
            f.not_helpful.to_string(),
            String::new(),
        );
    }
    out
}

pub async fn stats_csv(
    State(state): State<AppState>,
    _: Admin,
    Query(p): Query<Period>,
) -> Result<Response, ApiError> {
    let s = state.handoff.stats(p.days.unwrap_or(30)).await?;
    let mut res = csv(&s).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"balcao-stats.csv\""),
    );
    Ok(res)
}

/// The team: every account in full for administrators (the team page); for
/// a mediator only what a transfer needs, without usernames (half of a
/// sign-in), roles or services.
pub async fn mediators(
    State(state): State<AppState>,
    who: Authed,
) -> Result<Json<Value>, ApiError> {
    let all = state.store.mediators().await?;
    if who.mediator.is_admin() {
        // With the languages each may edit in the knowledge base.
        let mut out = Vec::new();
        for m in &all {
            let mut v = json!(m);
            v["editor_langs"] = json!(state.store.editor_langs(m.id).await?);
            out.push(v);
        }
        return Ok(Json(json!({ "mediators": out })));
    }
    let team: Vec<Value> = all
        .iter()
        .map(
            |m| json!({ "id": m.id, "name": m.name, "languages": m.languages, "topics": m.topics }),
        )
        .collect();
    Ok(Json(json!({ "mediators": team })))
}

pub async fn add_mediator(
    State(state): State<AppState>,
    Admin(who): Admin,
    Json(req): Json<NewAccount>,
) -> Result<Json<Value>, ApiError> {
    let m = new_mediator(&state, req, false).await?;
    let id = create(&state, &m).await?;
    tracing::info!(
        by = who.mediator.id,
        mediator = id,
        "console: mediator added"
    );
    let added = state.store.mediator(id).await?.ok_or(ApiError::NotFound)?;
    let by = Actor::Mediator(&who.mediator);
    accounts::record(
        &*state.store,
        by,
        action::CREATED,
        &added,
        state.clock.now(),
    )
    .await?;
    Ok(Json(json!({ "mediator": added })))
}

pub async fn audit(State(state): State<AppState>, _: Admin) -> Result<Json<Value>, ApiError> {
    Ok(Json(json!({ "audit": state.store.audit_log(500).await? })))
}

pub async fn erase(
    State(state): State<AppState>,
    Admin(who): Admin,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    let purged = state.handoff.erase_person(&who.mediator, id).await?;
    Ok(Json(json!({ "erased": purged })))
}

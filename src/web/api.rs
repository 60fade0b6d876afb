//! The public JSON API: search, articles, categories, languages.

use std::collections::HashMap;

use axum::Json;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::{Deserialize, Serialize};

use super::AppState;
use super::error::{ApiError, accept_language};
use super::metrics::Metrics;
use crate::knowledge::render::{ArticleView, CategoryView};
use crate::lang::Lang;
use crate::search::{MAX_LIMIT, MAX_QUERY_CHARS};
use crate::store::{SearchMiss, anonymise_query};

const DEFAULT_LIMIT: usize = 5;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/search", get(search))
        .route("/api/v1/articles/{id}", get(article))
        .route(
            "/api/v1/articles/{id}/feedback",
            axum::routing::post(feedback),
        )
        .route("/api/v1/categories", get(categories))
        .route("/api/v1/languages", get(languages))
}

/// Query parameters, decoded leniently: any bytes a client sends become some
/// string rather than a rejection.
struct Params(HashMap<String, String>);

impl Params {
    fn new(raw: Option<String>) -> Self {
        Params(
            form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.0
            .get(key)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    /// `lang` if given (a tag naming one of the nine), else `None`.
    fn lang(&self) -> Result<Option<Lang>, ApiError> {
        self.get("lang")
            .map(|l| l.parse().map_err(|_| ApiError::UnknownLang(l.to_string())))
            .transpose()
    }

    /// `lang`, else the `Accept-Language` negotiation.
    fn reader_lang(&self, s: &AppState, headers: &HeaderMap) -> Result<Lang, ApiError> {
        Ok(match self.lang()? {
            Some(l) => l,
            None => accept_language(headers, &s.content.current().knowledge.settings),
        })
    }
}

/// Who a public request counts against: a kiosk by its token (kiosks often
/// share an address), anyone else by their address.
fn caller(s: &AppState, headers: &HeaderMap, ip: String) -> String {
    headers
        .get(super::kiosk_api::TOKEN_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(|t| s.handoff.settings.kiosk(t))
        .map_or(ip, |(_, k)| format!("kiosk:{}", k.id))
}

async fn search(
    State(s): State<AppState>,
    super::ClientIp(ip): super::ClientIp,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    if let Err(wait) = s
        .limits
        .search
        .check(&caller(&s, &headers, ip), s.clock.now())
    {
        return Ok(ApiError::retry_after(wait));
    }
    let p = Params::new(raw);
    let lang = p.lang()?;
    let text = p
        .get("q")
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or(ApiError::MissingQuery)?;
    if text.chars().count() > MAX_QUERY_CHARS {
        return Err(ApiError::QueryTooLong);
    }
    let limit = match p.get("limit") {
        None => DEFAULT_LIMIT,
        Some(v) => v
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=MAX_LIMIT).contains(n))
            .ok_or(ApiError::BadLimit)?,
    };
    let flag = |name| matches!(p.get(name), Some("1" | "true" | "yes"));
    let as_you_type = flag("as_you_type");
    let content = s.content.current();
    let outcome = content.search_explained(text, lang, limit, as_you_type, flag("explain"));
    if as_you_type {
        Metrics::count(&s.metrics.searches_as_you_type);
    } else {
        Metrics::count(&s.metrics.searches);
        if outcome.results.is_empty() {
            Metrics::count(&s.metrics.searches_without_result);
            let miss = SearchMiss {
                day: s.clock.now().date_naive(),
                lang: outcome.lang,
                query: anonymise_query(text, |w| content.knows(w)),
            };
            // A lost content-gap record must not cost the reader the answer.
            if let Err(e) = s.store.record_search_miss(&miss).await {
                tracing::warn!(error = %e, "could not record a search without result");
            }
        }
    }
    Ok(Json(outcome).into_response())
}

async fn article(
    State(s): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Result<Json<ArticleView>, ApiError> {
    let lang = Params::new(raw).reader_lang(&s, &headers)?;
    let view = s
        .content
        .current()
        .knowledge
        .render_article(&id, lang)
        .ok_or(ApiError::UnknownArticle)?;
    crate::editing::count_read(&s.store, s.clock.now(), &view.id, view.lang);
    Ok(Json(view))
}

#[derive(Serialize)]
struct CategoriesResponse {
    lang: Lang,
    categories: Vec<CategoryView>,
}

async fn categories(
    State(s): State<AppState>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Result<Json<CategoriesResponse>, ApiError> {
    let lang = Params::new(raw).reader_lang(&s, &headers)?;
    let categories = s.content.current().knowledge.categories_view(lang);
    Ok(Json(CategoriesResponse { lang, categories }))
}

#[derive(Serialize)]
struct LanguageInfo {
    code: Lang,
    native_name: String,
}

async fn languages(State(s): State<AppState>) -> Json<Vec<LanguageInfo>> {
    let content = s.content.current();
    Json(
        Lang::ALL
            .into_iter()
            .map(|code| LanguageInfo {
                code,
                native_name: content.knowledge.native_name(code),
            })
            .collect(),
    )
}

#[derive(Deserialize)]
struct Feedback {
    lang: String,
    helpful: bool,
    /// The search that led the reader to the article, if one did.
    #[serde(default)]
    query: Option<String>,
}

/// "Helpful / not helpful" on an article, counted per day for the
/// statistics page.
async fn feedback(
    State(s): State<AppState>,
    super::ClientIp(ip): super::ClientIp,
    headers: axum::http::HeaderMap,
    Path(id): Path<String>,
    Json(req): Json<Feedback>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let lang = ApiError::lang(&req.lang)?;
    if s.content.current().knowledge.article_meta(&id).is_none() {
        return Err(ApiError::UnknownArticle);
    }
    if !s
        .limits
        .public_writes
        .allow(&caller(&s, &headers, ip), s.clock.now())
    {
        return Err(ApiError::RateLimited);
    }
    let day = crate::handoff::hours::local_day(s.handoff.settings.timezone, s.clock.now());
    // A search is kept only with a 👎, for the article's editors, masked
    // and kept as search misses are.
    let content = s.content.current();
    let query = req
        .query
        .as_deref()
        .map(str::trim)
        .filter(|q| !req.helpful && !q.is_empty())
        .map(|q| q.chars().take(MAX_QUERY_CHARS).collect::<String>())
        .map(|q| anonymise_query(&q, |w| content.knows(w)));
    s.store
        .record_feedback(day, &id, lang, req.helpful, query.as_deref())
        .await?;
    Ok(Json(serde_json::json!({ "ok": true })))
}

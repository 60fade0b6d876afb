//! New articles written by administrators, often from a search nobody
//! found an answer for: drafts saved and reopened, previewed as readers
//! would see them, and published into the served knowledge in Portuguese,
//! after which their translations wait in the editors' queues.

use axum::Json;
use axum::extract::{Path, Query, State};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::drafting;
use crate::editing;
use crate::handoff::accounts::{self, Actor};
use crate::handoff::model::Mediator;
use crate::knowledge::files::Files;
use crate::knowledge::ftl;
use crate::lang::Lang;
use crate::store::{ArticleVersion, Draft, DraftSaved, Kind};
use crate::web::AppState;
use crate::web::error::ApiError;
use crate::web::session::Admin;

/// What an administrator writes in a draft.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Fields {
    query: String,
    article: String,
    category: String,
    bodies: Vec<String>,
    title: String,
    summary: String,
    body: String,
    keywords: String,
    questions: String,
    /// The revision the change was made on; required to change a saved
    /// draft.
    revision: Option<i64>,
}

impl Fields {
    fn into_draft(self, id: i64, who: &Mediator, state: &AppState) -> Draft {
        let now = state.clock.now();
        Draft {
            id,
            query: self.query.trim().to_string(),
            article: self.article.trim().to_string(),
            category: self.category,
            bodies: self.bodies,
            title: self.title,
            summary: self.summary,
            body: self.body,
            keywords: self.keywords,
            questions: self.questions,
            author: who.username.clone(),
            created_at: now,
            changed_by: who.username.clone(),
            changed_at: now,
            revision: self.revision.unwrap_or(0),
        }
    }
}

/// The categories and public bodies a draft chooses from, by their names
/// in the administrator's language.
async fn choices(state: &AppState, who: &Mediator) -> Result<Value, ApiError> {
    let (_, files) = state.reloader.read().await?;
    let cat = drafting::catalogue(&files);
    let content = state.content.current();
    let k = &content.knowledge;
    let name = |id: String| k.ui_with(who.ui_lang, &id, &[]);
    let categories: Vec<Value> = cat
        .iter()
        .flat_map(|c| &c.categories)
        .map(|c| json!({ "id": c.id, "name": name(format!("category-{}", c.id)) }))
        .collect();
    let bodies: Vec<Value> = cat
        .iter()
        .flat_map(|c| &c.bodies)
        .map(|b| json!({ "id": b.id, "name": name(format!("body-{}", b.id)) }))
        .collect();
    Ok(json!({ "categories": categories, "bodies": bodies }))
}

async fn find(state: &AppState, id: i64) -> Result<Draft, ApiError> {
    state
        .store
        .drafts()
        .await?
        .into_iter()
        .find(|d| d.id == id)
        .ok_or(ApiError::NotFound)
}

/// A 409 with the draft as it is now, for the administrator to compare.
async fn conflict(state: &AppState, id: i64) -> ApiError {
    let latest = find(state, id)
        .await
        .ok()
        .and_then(|d| serde_json::to_value(d).ok());
    ApiError::EditConflict {
        latest: latest.unwrap_or(Value::Null),
    }
}

pub async fn list(State(state): State<AppState>, _who: Admin) -> Result<Json<Value>, ApiError> {
    Ok(Json(json!({ "drafts": state.store.drafts().await? })))
}

#[derive(Deserialize)]
pub struct Start {
    #[serde(default)]
    q: String,
}

/// A new draft's form, prefilled from the search that started it; nothing
/// is saved until the administrator saves.
pub async fn start(
    State(state): State<AppState>,
    who: Admin,
    Query(start): Query<Start>,
) -> Result<Json<Value>, ApiError> {
    let draft = drafting::from_query(&start.q);
    let choices = choices(&state, &who.0.mediator).await?;
    Ok(Json(json!({ "draft": draft, "choices": choices })))
}

pub async fn view(
    State(state): State<AppState>,
    who: Admin,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    let draft = find(&state, id).await?;
    let choices = choices(&state, &who.0.mediator).await?;
    Ok(Json(json!({ "draft": draft, "choices": choices })))
}

fn saved(state: DraftSaved) -> Result<Json<Value>, DraftSaved> {
    match state {
        DraftSaved::Saved { id, revision } => Ok(Json(json!({ "id": id, "revision": revision }))),
        other => Err(other),
    }
}

pub async fn create(
    State(state): State<AppState>,
    who: Admin,
    Json(req): Json<Fields>,
) -> Result<Json<Value>, ApiError> {
    let draft = req.into_draft(0, &who.0.mediator, &state);
    saved(state.store.save_draft(&draft).await?).map_err(|_| ApiError::WrongState)
}

pub async fn update(
    State(state): State<AppState>,
    who: Admin,
    Path(id): Path<i64>,
    Json(req): Json<Fields>,
) -> Result<Json<Value>, ApiError> {
    if req.revision.is_none() {
        return Err(ApiError::BadField("revision"));
    }
    let draft = req.into_draft(id, &who.0.mediator, &state);
    match saved(state.store.save_draft(&draft).await?) {
        Ok(done) => Ok(done),
        Err(DraftSaved::Stale) => Err(conflict(&state, id).await),
        Err(_) => Err(ApiError::NotFound),
    }
}

pub async fn delete(
    State(state): State<AppState>,
    who: Admin,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    let draft = find(&state, id).await?;
    if !state.store.delete_draft(id).await? {
        return Err(ApiError::NotFound);
    }
    accounts::record_about(
        &*state.store,
        Actor::Mediator(&who.0.mediator),
        accounts::action::KNOWLEDGE_DRAFT_DELETED,
        &subject(&draft),
        state.clock.now(),
    )
    .await?;
    Ok(Json(json!({ "deleted": id })))
}

/// How the audit log names a draft.
fn subject(d: &Draft) -> String {
    match d.article.as_str() {
        "" => format!("#{}", d.id),
        article => format!("#{} {article}", d.id),
    }
}

/// The draft as readers would see it once published, nothing saved.
pub async fn preview(
    State(state): State<AppState>,
    who: Admin,
    Json(req): Json<Fields>,
) -> Result<Json<Value>, ApiError> {
    let draft = req.into_draft(0, &who.0.mediator, &state);
    let (_, files) = state.reloader.read().await?;
    let checked = check(&state, &files, &draft)?;
    let rendered = checked
        .knowledge
        .render_article(&draft.article, Lang::SOURCE);
    Ok(Json(json!({ "rendered": rendered })))
}

fn check(state: &AppState, files: &Files, d: &Draft) -> Result<drafting::Checked, ApiError> {
    let (settings, day) = (&state.reloader.settings, state.reloader.today());
    drafting::check(files, settings, day, d).map_err(ApiError::EditRefused)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publish {
    /// The revision the administrator read and checked.
    revision: i64,
}

/// Publishes a saved draft: its catalogue table and its Portuguese text
/// become the first versions of a new article, served at once; the draft
/// is gone.
pub async fn publish(
    State(state): State<AppState>,
    who: Admin,
    Path(id): Path<i64>,
    Json(req): Json<Publish>,
) -> Result<Json<Value>, ApiError> {
    let who = &who.0.mediator;
    let draft = find(&state, id).await?;
    if draft.revision != req.revision {
        return Err(conflict(&state, id).await);
    }
    let (folder, files) = state.reloader.read().await?;
    let checked = check(&state, &files, &draft)?;
    let version = |kind: Kind, entry: String| ArticleVersion {
        kind,
        article: draft.article.clone(),
        lang: Lang::SOURCE,
        version: 1,
        base_hash: editing::text_of(&folder, kind, &draft.article, Lang::SOURCE)
            .map(|e| ftl::text_hash(&e))
            .unwrap_or_default(),
        entry,
        author: who.username.clone(),
        at: state.clock.now(),
        restores: None,
    };
    let versions = [
        version(Kind::Catalogue, checked.table),
        version(Kind::Article, checked.entry),
    ];
    match state
        .store
        .publish_draft(id, req.revision, &versions)
        .await?
    {
        DraftSaved::Saved { .. } => {}
        DraftSaved::Stale => return Err(conflict(&state, id).await),
        DraftSaved::Missing => return Err(ApiError::NotFound),
    }
    let subject = format!("{}.{} v1", draft.article, Lang::SOURCE.code());
    let what = accounts::action::KNOWLEDGE_PUBLISHED;
    super::knowledge::publish(&state, who, what, subject).await?;
    tracing::info!(
        by = who.id,
        article = draft.article,
        "console: new article published"
    );
    Ok(Json(json!({ "article": draft.article })))
}

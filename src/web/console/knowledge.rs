//! Editing and reviewing the knowledge base from the console: an article in
//! one language side by side with its Portuguese source, saving a new
//! version (checked as `kb check` would, refused when someone saved first),
//! marking it reviewed, its history and restoring an earlier version. Each
//! change is published at once and written to the audit log.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::editing::{self, Edit};
use crate::handoff::accounts::{self, Actor};
use crate::handoff::model::Mediator;
use crate::knowledge::facts::Fact;
use crate::knowledge::files::Files;
use crate::knowledge::{Knowledge, ReviewStatus, edits, entry};
use crate::lang::Lang;
use crate::store::{ArticleVersion, Kind, Review, Saved};
use crate::web::AppState;
use crate::web::error::ApiError;
use crate::web::session::{Admin, Authed};

/// The attributes an editor edits, besides the title.
const EDITED: [&str; 4] = ["summary", "body", "keywords", "questions"];

/// An article in one language, checked to exist.
struct Target {
    kind: Kind,
    id: String,
    lang: Lang,
}

fn target(state: &AppState, id: String, lang: &str) -> Result<Target, ApiError> {
    let lang = ApiError::lang(lang)?;
    if state
        .content
        .current()
        .knowledge
        .article_meta(&id)
        .is_none()
    {
        return Err(ApiError::UnknownArticle);
    }
    Ok(Target {
        kind: Kind::Article,
        id,
        lang,
    })
}

async fn may_edit(state: &AppState, who: &Mediator, lang: Lang) -> Result<bool, ApiError> {
    let grants = state.store.editor_langs(who.id).await?;
    Ok(editing::may_edit(who, &grants, lang))
}

async fn must_edit(state: &AppState, who: &Mediator, lang: Lang) -> Result<(), ApiError> {
    if may_edit(state, who, lang).await? {
        Ok(())
    } else {
        Err(ApiError::Forbidden)
    }
}

/// The folder's files, and the served ones (the folder with every saved
/// edit).
async fn read(state: &AppState) -> Result<(Files, Files), ApiError> {
    Ok(state.reloader.read().await?)
}

/// An entry as the editor edits it.
fn fields(text: Option<String>) -> Value {
    match text.as_deref().and_then(entry::split) {
        None => Value::Null,
        Some(e) => {
            let mut out = json!({ "title": e.title });
            for name in EDITED {
                out[name] = json!(e.attr(name).unwrap_or_default());
            }
            out
        }
    }
}

fn version_json(v: &ArticleVersion) -> Value {
    json!({
        "version": v.version,
        "author": v.author,
        "at": v.at,
        "restores": v.restores,
        "fields": fields(Some(v.entry.clone())),
    })
}

/// Every saved version, newest first (none: the folder's text is served).
async fn latest(state: &AppState, t: &Target) -> Result<Vec<ArticleVersion>, ApiError> {
    Ok(state.store.versions(t.kind, &t.id, t.lang).await?)
}

pub async fn view(
    State(state): State<AppState>,
    who: Authed,
    Path((id, lang)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let t = target(&state, id, &lang)?;
    let (folder, files) = read(&state).await?;
    let versions = latest(&state, &t).await?;
    let content = state.content.current();
    let k = &content.knowledge;
    let status = if t.lang == Lang::SOURCE {
        Some(ReviewStatus::Reviewed)
    } else if k.has_translation(&t.id, t.lang) {
        k.translations.get(&(t.id.clone(), t.lang)).copied()
    } else {
        None
    };
    let review = state
        .store
        .reviews()
        .await?
        .into_iter()
        .find(|r| r.article == t.id && r.lang == t.lang);
    // A folder changed underneath the newest edit (a new release) serves
    // its own text; the editor sees both to resolve it by saving.
    let edit_state = versions.first().map(|v| editing::edit_state(&folder, v));
    let folder_text = (edit_state == Some(editing::EditState::Conflict))
        .then(|| fields(edits::article_entry(&folder, &t.id, t.lang)));
    // What changed in the source since the translation was reviewed or
    // stamped against it (stamps made before source texts were kept carry
    // only a hash: the editor then reads the whole source).
    let source_then = (status == Some(ReviewStatus::Outdated))
        .then(|| edits::followed_source(&files, &t.id, t.lang))
        .flatten()
        .and_then(|hash| edits::source_text(&files, &hash))
        .map(|text| fields(Some(text)));
    Ok(Json(json!({
        "article": t.id,
        "lang": t.lang,
        "source_then": source_then,
        "version": versions.first().map_or(0, |v| v.version),
        "edit_state": edit_state,
        "folder": folder_text,
        "may_edit": may_edit(&state, &who.mediator, t.lang).await?,
        "source": fields(edits::article_entry(&files, &t.id, Lang::SOURCE)),
        "translation": fields(edits::article_entry(&files, &t.id, t.lang)),
        "review": {
            "status": status.map(ReviewStatus::as_str),
            "reviewed_by": review.as_ref().filter(|_| status == Some(ReviewStatus::Reviewed)).map(|r| &r.reviewer),
            "reviewed_on": review.as_ref().filter(|_| status == Some(ReviewStatus::Reviewed)).map(|r| r.at.date_naive()),
        },
        "rendered": k.has_translation(&t.id, t.lang).then(|| k.render_article(&t.id, t.lang)).flatten(),
    })))
}

/// What an editor edits.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fields {
    title: String,
    summary: String,
    body: String,
    keywords: String,
    #[serde(default)]
    questions: Option<String>,
    /// The version the edit was made on (0: the folder's text); required
    /// to save.
    #[serde(default)]
    base_version: Option<i64>,
}

impl Fields {
    /// The article's entry with these fields, or why it cannot be one.
    fn compose(&self, files: &Files, t: &Target) -> Result<String, ApiError> {
        let mut attrs = vec![
            ("summary", self.summary.as_str()),
            ("body", self.body.as_str()),
            ("keywords", self.keywords.as_str()),
        ];
        if let Some(q) = &self.questions {
            attrs.push(("questions", q.as_str()));
        }
        let edit = Edit {
            id: &t.id,
            lang: t.lang,
            title: &self.title,
            attrs: &attrs,
        };
        editing::compose(files, &edit).map_err(ApiError::EditRefused)
    }
}

/// Checks `entry` against the served knowledge, saves it as the version
/// after `base` and publishes it.
async fn save(
    state: &AppState,
    who: &Mediator,
    t: &Target,
    (folder, files): (&Files, &Files),
    text: String,
    base: i64,
    restores: Option<i64>,
) -> Result<i64, ApiError> {
    editing::check(
        files,
        &state.reloader.settings,
        state.reloader.today(),
        (t.kind, &t.id, t.lang),
        &text,
    )
    .map_err(ApiError::EditRefused)?;
    let base_hash = editing::text_of(folder, t.kind, &t.id, t.lang)
        .map(|e| crate::knowledge::ftl::text_hash(&e))
        .unwrap_or_default();
    let version = ArticleVersion {
        kind: t.kind,
        article: t.id.clone(),
        lang: t.lang,
        version: 0,
        entry: text,
        base_hash,
        author: who.username.clone(),
        at: state.clock.now(),
        restores,
    };
    let number = match state.store.save_version(&version, base).await? {
        Saved::Version(n) => n,
        Saved::Stale { .. } => return Err(conflict(state, t).await),
    };
    let what = match restores {
        Some(_) => accounts::action::KNOWLEDGE_RESTORED,
        None => accounts::action::KNOWLEDGE_EDITED,
    };
    let subject = match t.kind {
        Kind::Article => format!("{}.{} v{number}", t.id, t.lang.code()),
        Kind::Fact | Kind::Catalogue => format!("{} v{number}", t.id),
    };
    publish(state, who, what, subject).await?;
    tracing::info!(
        by = who.id,
        article = t.id,
        lang = t.lang.code(),
        number,
        "console: knowledge saved"
    );
    Ok(number)
}

/// Records who changed the knowledge and serves the change, rebuilt from
/// the database (a review of the version an edit replaces no longer
/// applies). It runs to the end even when the request gives up first (a
/// slow rebuild on a busy machine): a stored change is never left
/// unaudited or unserved.
pub(super) async fn publish(
    state: &AppState,
    who: &Mediator,
    what: &'static str,
    subject: String,
) -> Result<(), ApiError> {
    let (state, who) = (state.clone(), who.clone());
    tokio::spawn(async move {
        let at = state.clock.now();
        accounts::record_about(&*state.store, Actor::Mediator(&who), what, &subject, at).await?;
        state.reloader.reload_edited().await?;
        Ok(())
    })
    .await
    .map_err(|e| ApiError::Internal(format!("publishing stopped: {e}")))?
}

/// The newest version's number, if it is `base` (what the editor started
/// from); otherwise a 409 with the newest version.
async fn newest_is(state: &AppState, t: &Target, base: i64) -> Result<i64, ApiError> {
    let newest = latest(state, t).await?.first().map_or(0, |v| v.version);
    if base == newest {
        Ok(newest)
    } else {
        Err(conflict(state, t).await)
    }
}

/// A 409 with the newest version, for the editor to compare with theirs.
async fn conflict(state: &AppState, t: &Target) -> ApiError {
    let newest = latest(state, t)
        .await
        .ok()
        .and_then(|v| v.into_iter().next());
    let latest = newest.as_ref().map_or(Value::Null, |v| match t.kind {
        Kind::Article => version_json(v),
        // A fact's (or a catalogue entry's) text is TOML, not an
        // article's fields.
        Kind::Fact | Kind::Catalogue => json!({
            "version": v.version, "author": v.author, "at": v.at, "text": v.entry,
        }),
    });
    ApiError::EditConflict { latest }
}

pub async fn put(
    State(state): State<AppState>,
    who: Authed,
    Path((id, lang)): Path<(String, String)>,
    Json(req): Json<Fields>,
) -> Result<Json<Value>, ApiError> {
    let t = target(&state, id, &lang)?;
    must_edit(&state, &who.mediator, t.lang).await?;
    let base = req.base_version.ok_or(ApiError::BadField("base_version"))?;
    let newest = newest_is(&state, &t, base).await?;
    let (folder, files) = read(&state).await?;
    let text = req.compose(&files, &t)?;
    let number = save(
        &state,
        &who.mediator,
        &t,
        (&folder, &files),
        text,
        newest,
        None,
    )
    .await?;
    Ok(Json(json!({ "version": number })))
}

/// The article as readers would see it with the edit, nothing saved.
pub async fn preview(
    State(state): State<AppState>,
    who: Authed,
    Path((id, lang)): Path<(String, String)>,
    Json(req): Json<Fields>,
) -> Result<Json<Value>, ApiError> {
    let t = target(&state, id, &lang)?;
    must_edit(&state, &who.mediator, t.lang).await?;
    let (_, files) = read(&state).await?;
    let text = req.compose(&files, &t)?;
    let (settings, day) = (&state.reloader.settings, state.reloader.today());
    let k = editing::check(&files, settings, day, (t.kind, &t.id, t.lang), &text)
        .map_err(ApiError::EditRefused)?;
    Ok(Json(json!({ "rendered": k.render_article(&t.id, t.lang) })))
}

/// The review queue: translations in the languages this mediator may edit
/// that are machine-translated, outdated or missing, the most flagged by
/// readers (👎) and then the most read first (the last 90 days).
pub async fn queue(State(state): State<AppState>, who: Authed) -> Result<Json<Value>, ApiError> {
    let grants = state.store.editor_langs(who.mediator.id).await?;
    let langs: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|l| *l != Lang::SOURCE && editing::may_edit(&who.mediator, &grants, *l))
        .collect();
    let since = state.reloader.today() - chrono::Duration::days(90);
    let counts = state.store.reader_counts(since).await?;
    let searches = state.store.unhelpful_searches(since).await?;
    let content = state.content.current();
    let k = &content.knowledge;
    let mut items = Vec::new();
    for a in &k.articles {
        for &lang in &langs {
            let c = counts.iter().find(|c| c.article == a.id && c.lang == lang);
            let not_helpful = c.map_or(0, |c| c.not_helpful);
            let status = if k.has_translation(&a.id, lang) {
                match k.translations.get(&(a.id.clone(), lang)) {
                    // Reviewed, and nobody said it did not help.
                    Some(ReviewStatus::Reviewed) if not_helpful == 0 => continue,
                    Some(s) => s.as_str(),
                    None => ReviewStatus::MachineTranslated.as_str(),
                }
            } else {
                "missing"
            };
            let title = k.link(&a.id, lang).map(|l| l.title).unwrap_or_default();
            // What the readers who said 👎 had searched for (most often first).
            let led_there: Vec<&str> = searches
                .iter()
                .filter(|s| s.article == a.id && s.lang == lang)
                .take(3)
                .map(|s| s.query.as_str())
                .collect();
            items.push(json!({
                "article": a.id,
                "lang": lang,
                "title": title,
                "status": status,
                "not_helpful": not_helpful,
                "searches": led_there,
                "reads": c.map_or(0, |c| c.reads),
            }));
        }
    }
    let key = |v: &Value| {
        (
            v["not_helpful"].as_i64().unwrap_or(0),
            v["reads"].as_i64().unwrap_or(0),
        )
    };
    items.sort_by(|a, b| {
        key(b)
            .cmp(&key(a))
            .then_with(|| a["title"].as_str().cmp(&b["title"].as_str()))
    });
    Ok(Json(json!({ "langs": langs, "items": items })))
}

pub async fn versions(
    State(state): State<AppState>,
    _who: Authed,
    Path((id, lang)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let t = target(&state, id, &lang)?;
    let versions = latest(&state, &t).await?;
    let (folder, _) = read(&state).await?;
    Ok(Json(json!({
        "versions": versions.iter().map(version_json).collect::<Vec<_>>(),
        // The text shipped in the folder, which the first version changed.
        "shipped": fields(edits::article_entry(&folder, &t.id, t.lang)),
    })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Restore {
    version: i64,
    base_version: i64,
}

pub async fn restore(
    State(state): State<AppState>,
    who: Authed,
    Path((id, lang)): Path<(String, String)>,
    Json(req): Json<Restore>,
) -> Result<Json<Value>, ApiError> {
    let t = target(&state, id, &lang)?;
    must_edit(&state, &who.mediator, t.lang).await?;
    restore_to(&state, &who.mediator, &t, &req).await
}

/// Saves an earlier version of an article or fact again, as the newest.
async fn restore_to(
    state: &AppState,
    who: &Mediator,
    t: &Target,
    req: &Restore,
) -> Result<Json<Value>, ApiError> {
    let newest = newest_is(state, t, req.base_version).await?;
    let versions = latest(state, t).await?;
    let (folder, files) = read(state).await?;
    // Version 0 is the folder's text.
    let text = if req.version == 0 {
        editing::text_of(&folder, t.kind, &t.id, t.lang)
    } else {
        versions
            .iter()
            .find(|v| v.version == req.version)
            .map(|v| v.entry.clone())
    }
    .ok_or(ApiError::NotFound)?;
    let number = save(
        state,
        who,
        t,
        (&folder, &files),
        text,
        newest,
        Some(req.version),
    )
    .await?;
    Ok(Json(json!({ "version": number })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkReviewed {
    /// The version that was read.
    base_version: i64,
}

pub async fn review(
    State(state): State<AppState>,
    who: Authed,
    Path((id, lang)): Path<(String, String)>,
    Json(req): Json<MarkReviewed>,
) -> Result<Json<Value>, ApiError> {
    let t = target(&state, id, &lang)?;
    if t.lang == Lang::SOURCE {
        // The source is what translations are reviewed against.
        return Err(ApiError::WrongState);
    }
    must_edit(&state, &who.mediator, t.lang).await?;
    let newest = newest_is(&state, &t, req.base_version).await?;
    let (_, files) = read(&state).await?;
    let source_text =
        edits::article_entry(&files, &t.id, Lang::SOURCE).ok_or(ApiError::UnknownArticle)?;
    if edits::article_entry(&files, &t.id, t.lang).is_none() {
        return Err(ApiError::WrongState);
    }
    state
        .store
        .save_review(&Review {
            article: t.id.clone(),
            lang: t.lang,
            source_hash: crate::knowledge::ftl::version_hash(&source_text),
            source_text,
            version: newest,
            reviewer: who.mediator.username.clone(),
            at: state.clock.now(),
        })
        .await?;
    let subject = format!("{}.{} v{newest}", t.id, t.lang.code());
    let what = accounts::action::KNOWLEDGE_REVIEWED;
    publish(&state, &who.mediator, what, subject).await?;
    Ok(Json(json!({ "reviewed": true })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grants {
    langs: Vec<String>,
}

/// Which languages an account may edit (administrators only).
pub async fn set_grants(
    State(state): State<AppState>,
    who: Admin,
    Path(mediator): Path<i64>,
    Json(req): Json<Grants>,
) -> Result<Json<Value>, ApiError> {
    let target = state
        .store
        .mediator(mediator)
        .await?
        .ok_or(ApiError::NotFound)?;
    let langs: Vec<Lang> = req
        .langs
        .iter()
        .map(|l| ApiError::lang(l))
        .collect::<Result<_, _>>()?;
    state.store.set_editor_langs(target.id, &langs).await?;
    accounts::record(
        &*state.store,
        Actor::Mediator(&who.0.mediator),
        accounts::action::EDITOR_GRANTS,
        &target,
        state.clock.now(),
    )
    .await?;
    Ok(Json(json!({ "editor_langs": langs })))
}

/// How far a fact's check may lie in the past before it is listed as due.
const CHECK_DUE_AFTER_DAYS: i64 = 365;

/// The state of the knowledge base: per language how much is reviewed,
/// machine-translated, outdated or missing; facts past their validity, not
/// checked for a year, or unconfirmed; and the searches that found nothing
/// (the last 90 days), for someone to write what is missing.
pub async fn health(State(state): State<AppState>, who: Authed) -> Result<Json<Value>, ApiError> {
    let content = state.content.current();
    let k = &content.knowledge;
    let langs: Vec<Value> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let mut counts = [0usize; 4];
            for a in &k.articles {
                let i = match k.translations.get(&(a.id.clone(), lang)) {
                    Some(ReviewStatus::Reviewed) => 0,
                    Some(ReviewStatus::MachineTranslated) => 1,
                    Some(ReviewStatus::Outdated) => 2,
                    None => 3,
                };
                counts[i] += 1;
            }
            json!({
                "lang": lang,
                "articles": k.articles.len(),
                "reviewed": counts[0],
                "machine_translated": counts[1],
                "outdated": counts[2],
                "missing": counts[3],
            })
        })
        .collect();
    let today = state.reloader.today();
    let uses = fact_uses(k);
    let facts: Vec<Value> = k
        .facts
        .values()
        .map(|f| fact_json(k, f, who.mediator.ui_lang, &uses, today))
        .filter(|f| f["out_of_date"] == true || f["unconfirmed"] == true || f["check_due"] == true)
        .collect();
    let unanswered = state
        .store
        .search_misses(today - chrono::Duration::days(90), 20)
        .await?;
    Ok(Json(json!({
        "langs": langs,
        "facts": facts,
        "unanswered": unanswered,
    })))
}

/// A fact, checked to exist (or, for an administrator adding one, not).
fn fact_target(state: &AppState, id: String) -> Result<Target, ApiError> {
    if !state.content.current().knowledge.facts.contains_key(&id) {
        return Err(ApiError::NotFound);
    }
    Ok(Target {
        kind: Kind::Fact,
        id,
        lang: Lang::SOURCE,
    })
}

/// A fact as its table in facts.toml, with its value as readers see it in
/// the mediator's language and the articles that use it.
pub async fn view_fact(
    State(state): State<AppState>,
    who: Authed,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let t = fact_target(&state, id)?;
    let (folder, files) = read(&state).await?;
    let versions = latest(&state, &t).await?;
    let content = state.content.current();
    let k = &content.knowledge;
    let used_by = articles_using(k, &t.id, who.mediator.ui_lang);
    Ok(Json(json!({
        "fact": t.id,
        "about": k.facts.get(&t.id).map(|f| fact_json(k, f, who.mediator.ui_lang, &fact_uses(k), state.reloader.today())),
        // What the first version changed.
        "shipped": edits::fact_entry(&folder, &t.id),
        "version": versions.first().map_or(0, |v| v.version),
        "may_edit": who.mediator.is_admin(),
        "text": edits::fact_entry(&files, &t.id),
        "shown": k.fact_text(who.mediator.ui_lang, &t.id),
        "used_by": used_by,
        "versions": versions.iter().map(|v| json!({
            "version": v.version, "author": v.author, "at": v.at,
            "restores": v.restores, "text": v.entry,
        })).collect::<Vec<_>>(),
    })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactEdit {
    /// The fact's whole table, `[id]` and its lines (and dated values).
    text: String,
    base_version: i64,
}

/// Changes a fact (administrators): every article and language that uses
/// it shows the new value at once.
pub async fn put_fact(
    State(state): State<AppState>,
    who: Admin,
    Path(id): Path<String>,
    Json(req): Json<FactEdit>,
) -> Result<Json<Value>, ApiError> {
    let t = fact_target(&state, id)?;
    let newest = newest_is(&state, &t, req.base_version).await?;
    let (folder, files) = read(&state).await?;
    let text = req.text.replace("\r\n", "\n").trim().to_string();
    let number = save(
        &state,
        &who.0.mediator,
        &t,
        (&folder, &files),
        text,
        newest,
        None,
    )
    .await?;
    Ok(Json(json!({ "version": number })))
}

/// The articles whose Portuguese text uses fact `id`, with their titles in
/// `lang`.
fn articles_using(k: &Knowledge, id: &str, lang: Lang) -> Vec<Value> {
    k.articles
        .iter()
        .filter(|a| k.facts_used(&a.id, Lang::SOURCE).iter().any(|f| f.id == id))
        .map(|a| json!({ "id": a.id, "title": k.link(&a.id, lang).map(|l| l.title) }))
        .collect()
}

/// How many articles use each fact (in their Portuguese text).
fn fact_uses(k: &Knowledge) -> HashMap<&str, usize> {
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for a in &k.articles {
        for f in k.facts_used(&a.id, Lang::SOURCE) {
            *uses.entry(f.id.as_str()).or_default() += 1;
        }
    }
    uses
}

/// A fact as the console lists it: its value as readers of `lang` see it
/// and what says how far to trust it.
fn fact_json(
    k: &Knowledge,
    f: &Fact,
    lang: Lang,
    uses: &HashMap<&str, usize>,
    today: chrono::NaiveDate,
) -> Value {
    let check_due = f
        .checked
        .is_none_or(|c| (today - c).num_days() > CHECK_DUE_AFTER_DAYS);
    json!({
        "id": f.id,
        "value": k.fact_text(lang, &f.id),
        "checked": f.checked,
        "source_date": f.source_date,
        "valid_until": f.valid_until,
        "source": f.source,
        "unconfirmed": f.unconfirmed,
        "out_of_date": f.out_of_date,
        "check_due": check_due,
        "used_by": uses.get(f.id.as_str()).copied().unwrap_or(0),
    })
}

/// Every fact, for any mediator to look up (administrators change them).
pub async fn facts(State(state): State<AppState>, who: Authed) -> Result<Json<Value>, ApiError> {
    let content = state.content.current();
    let k = &content.knowledge;
    let (uses, today) = (fact_uses(k), state.reloader.today());
    let facts: Vec<Value> = k
        .facts
        .values()
        .map(|f| fact_json(k, f, who.mediator.ui_lang, &uses, today))
        .collect();
    Ok(Json(
        json!({ "facts": facts, "may_edit": who.mediator.is_admin() }),
    ))
}

/// Brings back an earlier version of a fact (0: the text shipped in the
/// folder) as its newest, for every article and language at once.
pub async fn restore_fact(
    State(state): State<AppState>,
    who: Admin,
    Path(id): Path<String>,
    Json(req): Json<Restore>,
) -> Result<Json<Value>, ApiError> {
    let t = fact_target(&state, id)?;
    restore_to(&state, &who.0.mediator, &t, &req).await
}

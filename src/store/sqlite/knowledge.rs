use async_trait::async_trait;
use chrono::NaiveDate;

use super::SqliteStore;
use crate::lang::Lang;
use crate::store::rows::{
    draft, join, lang, ms, reader_count, review, select_version, unhelpful_search, version,
};
use crate::store::{
    ArticleVersion, Draft, DraftSaved, Kind, KnowledgeStore, ReaderCount, Review, Saved,
    StoreError, UnhelpfulSearch,
};

/// Counts one reading of an article, on its own or in a transaction.
pub(super) async fn count_read(
    conn: &mut sqlx::SqliteConnection,
    day: NaiveDate,
    article: &str,
    lang: Lang,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO article_reads (day, article, lang, n) VALUES (?, ?, ?, 1) \
         ON CONFLICT (day, article, lang) DO UPDATE SET n = n + 1",
    )
    .bind(day.to_string())
    .bind(article)
    .bind(lang.code())
    .execute(conn)
    .await?;
    Ok(())
}

async fn insert_draft(
    tx: &mut sqlx::SqliteConnection,
    d: &Draft,
) -> Result<DraftSaved, StoreError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO knowledge_drafts (query, article, category, bodies, title, summary, body, \
         keywords, questions, author, created_at, changed_by, changed_at, revision) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
    )
    .bind(&d.query)
    .bind(&d.article)
    .bind(&d.category)
    .bind(join(&d.bodies))
    .bind(&d.title)
    .bind(&d.summary)
    .bind(&d.body)
    .bind(&d.keywords)
    .bind(&d.questions)
    .bind(&d.changed_by)
    .bind(ms(d.changed_at))
    .bind(&d.changed_by)
    .bind(ms(d.changed_at))
    .fetch_one(&mut *tx)
    .await?;
    Ok(DraftSaved::Saved { id, revision: 1 })
}

/// Whether draft `id` is at `revision`, or why not.
async fn draft_at(
    tx: &mut sqlx::SqliteConnection,
    id: i64,
    revision: i64,
) -> Result<Option<DraftSaved>, StoreError> {
    let current: Option<i64> =
        sqlx::query_scalar("SELECT revision FROM knowledge_drafts WHERE id = ?")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
    Ok(match current {
        None => Some(DraftSaved::Missing),
        Some(r) if r != revision => Some(DraftSaved::Stale),
        Some(_) => None,
    })
}

#[async_trait]
impl KnowledgeStore for SqliteStore {
    async fn newest_versions(&self) -> Result<Vec<ArticleVersion>, StoreError> {
        let rows = sqlx::query(select_version!(
            "v WHERE version = (SELECT MAX(version) FROM knowledge_versions \
             WHERE kind = v.kind AND article = v.article AND lang = v.lang) \
             ORDER BY kind, article, lang"
        ))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(version).collect()
    }

    async fn versions(
        &self,
        kind: Kind,
        article: &str,
        lang: Lang,
    ) -> Result<Vec<ArticleVersion>, StoreError> {
        let rows = sqlx::query(select_version!(
            "WHERE kind = ? AND article = ? AND lang = ? ORDER BY version DESC"
        ))
        .bind(kind.as_str())
        .bind(article)
        .bind(lang.code())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(version).collect()
    }

    async fn save_version(&self, v: &ArticleVersion, base: i64) -> Result<Saved, StoreError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let latest: i64 = sqlx::query_scalar(
            "SELECT COALESCE(MAX(version), 0) FROM knowledge_versions \
             WHERE kind = ? AND article = ? AND lang = ?",
        )
        .bind(v.kind.as_str())
        .bind(&v.article)
        .bind(v.lang.code())
        .fetch_one(&mut *tx)
        .await?;
        if latest != base {
            return Ok(Saved::Stale { latest });
        }
        sqlx::query(
            "INSERT INTO knowledge_versions (kind, article, lang, version, entry, base_hash, \
             author, at, restores) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(v.kind.as_str())
        .bind(&v.article)
        .bind(v.lang.code())
        .bind(latest + 1)
        .bind(&v.entry)
        .bind(&v.base_hash)
        .bind(&v.author)
        .bind(ms(v.at))
        .bind(v.restores)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Saved::Version(latest + 1))
    }

    async fn reviews(&self) -> Result<Vec<Review>, StoreError> {
        let rows = sqlx::query(
            "SELECT article, lang, source_hash, source_text, version, reviewer, at FROM knowledge_reviews \
             ORDER BY article, lang",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(review).collect()
    }

    async fn save_review(&self, r: &Review) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO knowledge_reviews (article, lang, source_hash, source_text, version, \
             reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article, lang) DO UPDATE SET \
             source_hash = excluded.source_hash, source_text = excluded.source_text, \
             version = excluded.version, \
             reviewer = excluded.reviewer, at = excluded.at",
        )
        .bind(&r.article)
        .bind(r.lang.code())
        .bind(&r.source_hash)
        .bind(&r.source_text)
        .bind(r.version)
        .bind(&r.reviewer)
        .bind(ms(r.at))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn record_read(
        &self,
        day: NaiveDate,
        article: &str,
        lang: Lang,
    ) -> Result<(), StoreError> {
        count_read(&mut *self.pool.acquire().await?, day, article, lang).await
    }

    async fn reader_counts(&self, since: NaiveDate) -> Result<Vec<ReaderCount>, StoreError> {
        let rows = sqlx::query(
            "SELECT article, lang, SUM(reads) AS reads, SUM(no) AS no FROM ( \
               SELECT article, lang, n AS reads, 0 AS no FROM article_reads WHERE day >= ?1 \
               UNION ALL \
               SELECT article, lang, 0, 1 - helpful FROM article_feedback WHERE day >= ?1 \
             ) GROUP BY article, lang",
        )
        .bind(since.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(reader_count).collect()
    }

    async fn unhelpful_searches(
        &self,
        since: NaiveDate,
    ) -> Result<Vec<UnhelpfulSearch>, StoreError> {
        let rows = sqlx::query(
            "SELECT article, lang, query, COUNT(*) AS n FROM article_feedback \
             WHERE day >= ? AND helpful = 0 AND query IS NOT NULL \
             GROUP BY article, lang, query ORDER BY n DESC, query",
        )
        .bind(since.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(unhelpful_search).collect()
    }

    async fn editor_langs(&self, mediator_id: i64) -> Result<Vec<Lang>, StoreError> {
        let rows =
            sqlx::query("SELECT lang FROM editor_grants WHERE mediator_id = ? ORDER BY lang")
                .bind(mediator_id)
                .fetch_all(&self.pool)
                .await?;
        rows.iter().map(|r| lang(r, "lang")).collect()
    }

    async fn set_editor_langs(&self, mediator_id: i64, langs: &[Lang]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        sqlx::query("DELETE FROM editor_grants WHERE mediator_id = ?")
            .bind(mediator_id)
            .execute(&mut *tx)
            .await?;
        for l in langs {
            sqlx::query("INSERT INTO editor_grants (mediator_id, lang) VALUES (?, ?)")
                .bind(mediator_id)
                .bind(l.code())
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn drafts(&self) -> Result<Vec<Draft>, StoreError> {
        let rows = sqlx::query("SELECT * FROM knowledge_drafts ORDER BY changed_at DESC, id DESC")
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(draft).collect()
    }

    async fn save_draft(&self, d: &Draft) -> Result<DraftSaved, StoreError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let saved = if d.id == 0 {
            insert_draft(&mut tx, d).await?
        } else if let Some(not) = draft_at(&mut tx, d.id, d.revision).await? {
            return Ok(not);
        } else {
            sqlx::query(
                "UPDATE knowledge_drafts SET article = ?, category = ?, bodies = ?, title = ?, \
                 summary = ?, body = ?, keywords = ?, questions = ?, changed_by = ?, \
                 changed_at = ?, revision = revision + 1 WHERE id = ?",
            )
            .bind(&d.article)
            .bind(&d.category)
            .bind(join(&d.bodies))
            .bind(&d.title)
            .bind(&d.summary)
            .bind(&d.body)
            .bind(&d.keywords)
            .bind(&d.questions)
            .bind(&d.changed_by)
            .bind(ms(d.changed_at))
            .bind(d.id)
            .execute(&mut *tx)
            .await?;
            DraftSaved::Saved {
                id: d.id,
                revision: d.revision + 1,
            }
        };
        tx.commit().await?;
        Ok(saved)
    }

    async fn delete_draft(&self, id: i64) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM knowledge_drafts WHERE id = ?")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn publish_draft(
        &self,
        id: i64,
        revision: i64,
        versions: &[ArticleVersion],
    ) -> Result<DraftSaved, StoreError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        if let Some(not) = draft_at(&mut tx, id, revision).await? {
            return Ok(not);
        }
        for v in versions {
            let exists: Option<i64> = sqlx::query_scalar(
                "SELECT 1 FROM knowledge_versions WHERE kind = ? AND article = ? AND lang = ? LIMIT 1",
            )
            .bind(v.kind.as_str())
            .bind(&v.article)
            .bind(v.lang.code())
            .fetch_optional(&mut *tx)
            .await?;
            if exists.is_some() {
                return Ok(DraftSaved::Stale);
            }
            sqlx::query(
                "INSERT INTO knowledge_versions (kind, article, lang, version, entry, base_hash, \
                 author, at, restores) VALUES (?, ?, ?, 1, ?, ?, ?, ?, NULL)",
            )
            .bind(v.kind.as_str())
            .bind(&v.article)
            .bind(v.lang.code())
            .bind(&v.entry)
            .bind(&v.base_hash)
            .bind(&v.author)
            .bind(ms(v.at))
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("DELETE FROM knowledge_drafts WHERE id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(DraftSaved::Saved { id, revision })
    }
}

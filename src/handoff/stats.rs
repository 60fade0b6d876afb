//! The statistics page: attended cases, waits and satisfaction, from the
//! anonymous day-level records, plus the content-gap lists.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use super::{Handoff, Result};
use crate::lang::Lang;
use crate::store::{FeedbackCount, MissCount, RatingRow, StatRow};

#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    pub since: NaiveDate,
    pub days: i64,
    pub attended: i64,
    pub daily_average: f64,
    pub per_day: BTreeMap<NaiveDate, i64>,
    pub by_lang: BTreeMap<String, i64>,
    pub by_topic: BTreeMap<String, i64>,
    pub by_channel: BTreeMap<String, i64>,
    pub wait_median_secs: Option<i64>,
    pub wait_p90_secs: Option<i64>,
    /// Share of 4–5 ratings, with the number of ratings.
    pub satisfaction_by_topic: BTreeMap<String, Satisfaction>,
    pub satisfaction_by_service: BTreeMap<String, Satisfaction>,
    pub satisfaction_by_site: BTreeMap<String, Satisfaction>,
    pub search_gaps: Vec<MissCount>,
    pub not_helpful: Vec<FeedbackCount>,
}

/// What the statistics' keys stand for, in one reader's language: a topic,
/// site, service or article is shown by name, never by its id. The key ""
/// is "none" (a ticket without a topic, a remote conversation).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Names {
    pub topics: BTreeMap<String, String>,
    pub sites: BTreeMap<String, String>,
    pub services: BTreeMap<String, String>,
    pub articles: BTreeMap<String, String>,
    pub langs: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Satisfaction {
    pub ratings: i64,
    pub satisfied: i64,
    pub share: f64,
}

fn percentile(sorted: &[i64], p: f64) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    // Nearest rank.
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    Some(sorted[rank - 1])
}

fn satisfaction(
    rows: &[RatingRow],
    key: impl Fn(&RatingRow) -> Option<String>,
) -> BTreeMap<String, Satisfaction> {
    let mut out: BTreeMap<String, Satisfaction> = BTreeMap::new();
    for r in rows {
        let s = out.entry(key(r).unwrap_or_default()).or_default();
        s.ratings += 1;
        s.satisfied += i64::from(r.rating >= 4);
    }
    for s in out.values_mut() {
        s.share = s.satisfied as f64 / s.ratings as f64;
    }
    out
}

/// Computes the statistics of the last `days` days (today included).
pub fn compute(
    since: NaiveDate,
    days: i64,
    rows: &[StatRow],
    ratings: &[RatingRow],
    search_gaps: Vec<MissCount>,
    not_helpful: Vec<FeedbackCount>,
) -> Stats {
    let mut per_day = BTreeMap::new();
    let (mut by_lang, mut by_topic, mut by_channel) =
        (BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
    for r in rows {
        *per_day.entry(r.day).or_insert(0) += 1;
        *by_lang.entry(r.lang.code().to_string()).or_insert(0) += 1;
        *by_topic.entry(r.topic.clone()).or_insert(0) += 1;
        *by_channel.entry(r.channel.clone()).or_insert(0) += 1;
    }
    let mut waits: Vec<i64> = rows.iter().map(|r| r.wait_secs).collect();
    waits.sort_unstable();
    let attended = rows.len() as i64;
    Stats {
        since,
        days,
        attended,
        daily_average: attended as f64 / days.max(1) as f64,
        per_day,
        by_lang,
        by_topic,
        by_channel,
        wait_median_secs: percentile(&waits, 0.5),
        wait_p90_secs: percentile(&waits, 0.9),
        satisfaction_by_topic: satisfaction(ratings, |r| Some(r.topic.clone())),
        satisfaction_by_service: satisfaction(ratings, |r| r.service.clone()),
        satisfaction_by_site: satisfaction(ratings, |r| r.site.clone()),
        search_gaps,
        not_helpful: not_helpful
            .into_iter()
            .filter(|f| f.not_helpful > 0)
            .collect(),
    }
}

impl Handoff {
    pub async fn stats(&self, days: i64) -> Result<Stats> {
        let days = days.clamp(1, 366);
        let today = super::hours::local_day(self.settings.timezone, self.now());
        let since = today - Duration::days(days - 1);
        let rows = self.store.stat_rows(since).await?;
        let ratings = self.store.rating_rows(since).await?;
        let gaps = self.store.search_misses(since, 50).await?;
        let feedback = self.store.feedback_counts(since).await?;
        Ok(compute(since, days, &rows, &ratings, gaps, feedback))
    }

    /// The names of everything `s` counts, in `lang`.
    pub fn stat_names(&self, s: &Stats, lang: Lang) -> Names {
        let content = self.content.current();
        let k = &content.knowledge;
        let ui = |id: &str| k.ui(lang, id);
        let topic = |t: &str| match t {
            "" => ui("console-stats-no-topic"),
            t if k.categories.iter().any(|c| c.id == t) => ui(&format!("category-{t}")),
            // A category since removed from the knowledge base.
            t => t.to_string(),
        };
        let mut names = Names::default();
        let topics = s.by_topic.keys().chain(s.satisfaction_by_topic.keys());
        for t in topics {
            names.topics.insert(t.clone(), topic(t));
        }
        for site in s.satisfaction_by_site.keys() {
            let name = match self.settings.site(site) {
                Some(known) => known.name.clone(),
                None if site.is_empty() => ui("console-stats-no-site"),
                None => site.clone(),
            };
            names.sites.insert(site.clone(), name);
        }
        for letter in s.satisfaction_by_service.keys() {
            let name = match self.settings.service(letter) {
                Some(svc) => k.ui_with(
                    lang,
                    "console-service-name",
                    &[
                        ("letter", svc.letter.clone()),
                        (
                            "topics",
                            svc.categories
                                .iter()
                                .map(|c| topic(c))
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    ],
                ),
                None if letter.is_empty() => ui("console-stats-no-service"),
                None => letter.clone(),
            };
            names.services.insert(letter.clone(), name);
        }
        for f in &s.not_helpful {
            let title = k.link(&f.article, lang).map(|l| l.title);
            names.articles.insert(
                f.article.clone(),
                title.unwrap_or_else(|| f.article.clone()),
            );
        }
        for l in Lang::ALL.iter().copied() {
            names.langs.insert(l.code().to_string(), k.native_name(l));
        }
        names
    }
}

#[cfg(test)]
mod tests {
    use super::percentile;

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let v: Vec<i64> = (1..=10).collect();
        assert_eq!(percentile(&v, 0.5), Some(5));
        assert_eq!(percentile(&v, 0.9), Some(9));
        assert_eq!(percentile(&[], 0.5), None);
    }
}

//! Sites, services, counters, kiosks and mediator hours, from the
//! `[handoff]` part of `balcao.toml`, with defaults for a single site.

use std::collections::{BTreeMap, HashSet};

use chrono_tz::Tz;
use serde::Deserialize;

use crate::lang::Lang;

/// How the hand-off is set up at this deployment.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HandoffSettings {
    /// Time zone for opening hours and for the day tickets restart on.
    pub timezone: Tz,
    /// Conversations and tickets older than this are deleted.
    pub retention_days: u32,
    /// When mediators answer remote conversations, as a fact of type hours.
    pub mediator_hours_fact: String,
    /// The fact a visitor is given when nobody can answer (a helpline).
    pub helpline_fact: String,
    /// Who serves a visitor whose language nobody on duty speaks: kea → pt
    /// by default. Deliberately not the content fallback chain, which would
    /// send Ukrainian and Belarusian visitors to English-only mediators.
    pub routing_fallback: BTreeMap<Lang, Vec<Lang>>,
    pub sites: Vec<Site>,
    pub services: Vec<Service>,
}

/// One CNAI location.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub id: String,
    pub name: String,
    /// Facts holding the address and the opening hours, so they are written
    /// once for the knowledge base and the hand-off alike.
    pub address_fact: Option<String>,
    pub hours_fact: Option<String>,
    #[serde(default = "default_counters")]
    pub counters: Vec<String>,
    #[serde(default)]
    pub kiosks: Vec<Kiosk>,
}

/// A lobby kiosk, known by its secret token rather than its IP address.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kiosk {
    pub id: String,
    pub token: String,
    /// Service letters it issues tickets for; empty means all.
    #[serde(default)]
    pub services: Vec<String>,
}

impl std::fmt::Debug for Kiosk {
    // The token is a credential: never in logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kiosk")
            .field("id", &self.id)
            .field("token", &"[redacted]")
            .field("services", &self.services)
            .finish()
    }
}

/// A queue people take tickets for, covering some article categories.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// One or two capital letters, printed before the ticket number.
    pub letter: String,
    pub categories: Vec<String>,
}

fn default_counters() -> Vec<String> {
    (1..=6).map(|n| n.to_string()).collect()
}

impl Default for HandoffSettings {
    fn default() -> Self {
        let service = |letter: &str, cats: &[&str]| Service {
            letter: letter.into(),
            categories: cats.iter().map(|c| c.to_string()).collect(),
        };
        HandoffSettings {
            timezone: chrono_tz::Europe::Lisbon,
            retention_days: 90,
            mediator_hours_fact: "cnai-lisboa-hours".into(),
            helpline_fact: "lam-phone-landline".into(),
            routing_fallback: BTreeMap::from([(Lang::Kea, vec![Lang::Pt])]),
            sites: vec![Site {
                id: "lisboa".into(),
                name: "CNAI Lisboa".into(),
                address_fact: Some("cnai-lisboa-address".into()),
                hours_fact: Some("cnai-lisboa-hours".into()),
                counters: default_counters(),
                kiosks: Vec::new(),
            }],
            services: vec![
                service("A", &["immigration", "citizenship"]),
                service("B", &["labour", "social"]),
                service(
                    "C",
                    &["housing", "health", "education", "rights", "services"],
                ),
            ],
        }
    }
}

impl HandoffSettings {
    /// Problems that make the settings unusable, given the categories and
    /// facts the knowledge base has.
    pub fn problems(&self, categories: &[&str], facts: &[&str]) -> Vec<String> {
        let mut out = Vec::new();
        if self.sites.is_empty() {
            out.push("handoff: at least one site is needed".to_string());
        }
        let mut letters = HashSet::new();
        for s in &self.services {
            let ok = (1..=2).contains(&s.letter.len())
                && s.letter.chars().all(|c| c.is_ascii_uppercase());
            if !ok {
                out.push(format!(
                    "handoff: service letter {:?} must be one or two capital letters",
                    s.letter
                ));
            }
            if !letters.insert(s.letter.as_str()) {
                out.push(format!("handoff: service {} is defined twice", s.letter));
            }
            for c in &s.categories {
                if !categories.contains(&c.as_str()) {
                    out.push(format!(
                        "handoff: service {} names unknown category {c}",
                        s.letter
                    ));
                }
            }
        }
        for c in categories {
            if !self
                .services
                .iter()
                .any(|s| s.categories.iter().any(|x| x == c))
            {
                out.push(format!("handoff: no service covers category {c}"));
            }
        }
        let mut site_ids = HashSet::new();
        let mut tokens = HashSet::new();
        let mut fact_refs = vec![&self.mediator_hours_fact, &self.helpline_fact];
        for site in &self.sites {
            if !site_ids.insert(site.id.as_str()) {
                out.push(format!("handoff: site {} is defined twice", site.id));
            }
            if site.counters.is_empty() {
                out.push(format!("handoff: site {} has no counters", site.id));
            }
            fact_refs.extend(site.address_fact.iter().chain(&site.hours_fact));
            for k in &site.kiosks {
                if k.token.len() < 16 {
                    out.push(format!(
                        "handoff: kiosk {} needs a token of at least 16 characters",
                        k.id
                    ));
                }
                if !tokens.insert(k.token.as_str()) {
                    out.push(format!(
                        "handoff: kiosk {} shares its token with another kiosk",
                        k.id
                    ));
                }
                for l in &k.services {
                    if !letters.contains(l.as_str()) {
                        out.push(format!("handoff: kiosk {} names unknown service {l}", k.id));
                    }
                }
            }
        }
        for f in fact_refs {
            if !facts.contains(&f.as_str()) {
                out.push(format!("handoff: unknown fact {f}"));
            }
        }
        out
    }

    pub fn site(&self, id: &str) -> Option<&Site> {
        self.sites.iter().find(|s| s.id == id)
    }

    pub fn service(&self, letter: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.letter == letter)
    }

    /// The service whose queue handles a category.
    pub fn service_for(&self, category: &str) -> Option<&Service> {
        self.services
            .iter()
            .find(|s| s.categories.iter().any(|c| c == category))
    }

    /// The kiosk a token belongs to, with its site. Compared in constant
    /// time so the token cannot be guessed byte by byte.
    pub fn kiosk(&self, token: &str) -> Option<(&Site, &Kiosk)> {
        self.sites.iter().find_map(|s| {
            s.kiosks
                .iter()
                .find(|k| crate::auth::secure_eq(k.token.as_bytes(), token.as_bytes()))
                .map(|k| (s, k))
        })
    }
}

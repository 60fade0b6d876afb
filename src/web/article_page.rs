//! A public, printable page for one article, so a link a mediator sends
//! (on Telegram, in a kiosk chat) opens on any phone. Server-rendered with
//! every text escaped; no script at all.

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

use super::AppState;
use super::error::{ApiError, accept_language};
use crate::knowledge::render::{ArticleView, Block};

/// The page's styles, a file of their own so the policy needs no
/// `'unsafe-inline'`.
const STYLE_PATH: &str = "/articles/page.css";
const STYLE: &str = "body{font:18px/1.5 system-ui,sans-serif;max-width:40rem;margin:1rem auto;\
    padding:0 1rem;color:#1a1a1a}.note{color:#555;font-size:.9em}";
/// No script at all, and styles from this site only.
const POLICY: &str = "default-src 'none'; style-src 'self'; base-uri 'none'; \
    frame-ancestors 'none'; form-action 'none'";

pub fn router() -> Router<AppState> {
    Router::new()
        .route(STYLE_PATH, get(style))
        .route("/articles/{id}", get(page))
}

async fn style() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        STYLE,
    )
        .into_response()
}

#[derive(Deserialize)]
struct Params {
    lang: Option<String>,
}

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

async fn page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(p): Query<Params>,
) -> Result<Response, ApiError> {
    let content = state.content.current();
    let k = &content.knowledge;
    let lang = match p.lang {
        Some(l) => ApiError::lang(&l)?,
        None => accept_language(&headers, &k.settings),
    };
    let view = k
        .render_article(&id, lang)
        .ok_or(ApiError::UnknownArticle)?;
    crate::editing::count_read(&state.store, state.clock.now(), &view.id, view.lang);
    let mut res = html(&view).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(POLICY),
    );
    // Links to public bodies' sites should not tell them which article (in
    // which language) the reader came from.
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(res)
}

fn html(v: &ArticleView) -> String {
    let e = escape;
    let mut b = format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"description\" content=\"{}\">\
         <title>{}</title><link rel=\"stylesheet\" href=\"{STYLE_PATH}\"></head>\
         <body><main><h1>{}</h1><p><strong>{}</strong></p>",
        v.lang,
        e(&v.summary),
        e(&v.title),
        e(&v.title),
        e(&v.summary)
    );
    if let Some(n) = &v.fallback_note {
        b.push_str(&format!("<p class=\"note\">{}</p>", e(n)));
    }
    for block in &v.blocks {
        match block {
            Block::Heading { text } => b.push_str(&format!("<h2>{}</h2>", e(text))),
            Block::Paragraph { text } => b.push_str(&format!("<p>{}</p>", e(text))),
            Block::List { items } | Block::Steps { items } => {
                let tag = if matches!(block, Block::Steps { .. }) {
                    "ol"
                } else {
                    "ul"
                };
                b.push_str(&format!("<{tag}>"));
                for i in items {
                    b.push_str(&format!("<li>{}</li>", e(i)));
                }
                b.push_str(&format!("</{tag}>"));
            }
        }
    }
    for body in &v.bodies {
        b.push_str(&format!("<h2>{}</h2><ul>", e(&body.name)));
        for c in &body.contacts {
            let value = match &c.shown.href {
                Some(href) => format!("<a href=\"{}\">{}</a>", e(href), e(&c.shown.text)),
                None => e(&c.shown.text),
            };
            b.push_str(&format!("<li>{}: {value}</li>", e(&c.label)));
        }
        b.push_str("</ul>");
    }
    for note in [
        Some(&v.review_note),
        v.outdated_note.as_ref(),
        v.unconfirmed_note.as_ref(),
        Some(&v.last_reviewed_text),
        Some(&v.disclaimer),
    ]
    .into_iter()
    .flatten()
    {
        b.push_str(&format!("<p class=\"note\">{}</p>", e(note)));
    }
    b.push_str("</main></body></html>");
    b
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            super::escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}

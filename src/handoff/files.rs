//! Files in a conversation, both ways: the one size limit and the type
//! checks, and a mediator's file sent to the visitor through the outbox.
//! Files are stored with their case, so retention and erasure remove them
//! with it.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::model::{Author, EventKind, Mediator, MessageKind, Payload, PayloadKind};
use super::{Handoff, HandoffError, Result};
use crate::store::{Applied, NewMessage};

/// Files larger than this are refused, from visitors and mediators alike
/// (Telegram lets bots download 20 MB and upload 10 MB photos).
pub const MAX_FILE_MB: u32 = 10;
pub const MAX_FILE_BYTES: usize = MAX_FILE_MB as usize * 1024 * 1024;
/// Telegram takes captions of 1024 characters (counted as it counts them,
/// in UTF-16 units); a little is left for the channel's own marks.
pub const MAX_CAPTION_CHARS: usize = 1000;

/// Image types a browser shows inline; anything else is only ever offered
/// as a download.
pub fn is_image(mime: &str) -> bool {
    matches!(
        mime,
        "image/jpeg" | "image/png" | "image/webp" | "image/gif"
    )
}

/// The image type the bytes really are, whatever their name says.
fn sniff_image(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\xff\xd8\xff") {
        Some("image/jpeg")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("image/gif")
    } else if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// A file name safe to show and to put in a header: no path, no control
/// characters, not too long.
pub fn safe_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let clean: String = base
        .chars()
        .filter(|c| !c.is_control() && !"\"<>:|?*".contains(*c))
        .take(100)
        .collect();
    let clean = clean.trim().trim_start_matches('.').to_string();
    if clean.is_empty() {
        "file".into()
    } else {
        clean
    }
}

/// What a message carrying a file tells its channel, in `Payload::extra`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileRef {
    pub id: i64,
    pub name: String,
    pub mime: String,
    /// Shown inline (a photo) rather than offered as a document.
    pub image: bool,
}

impl Payload {
    /// The file this message carries, if it is one.
    pub fn file(&self) -> Option<FileRef> {
        if self.kind != PayloadKind::File {
            return None;
        }
        serde_json::from_value(self.extra.get("file")?.clone()).ok()
    }
}

/// A file checked for sending: its real type decides how it is shown, so a
/// page renamed `.png` is never shown as an image.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedFile {
    pub name: String,
    pub mime: String,
    pub image: bool,
}

pub fn check_file(name: &str, declared_mime: &str, bytes: &[u8]) -> Result<CheckedFile> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(HandoffError::FileTooLarge);
    }
    if bytes.is_empty() {
        return Err(HandoffError::BadFile);
    }
    let name = safe_name(name);
    if let Some(mime) = sniff_image(bytes) {
        return Ok(CheckedFile {
            name,
            mime: mime.into(),
            image: true,
        });
    }
    let declared = declared_mime.trim().to_ascii_lowercase();
    // Claimed to be an image but is not one: refused rather than passed on.
    if is_image(&declared) {
        return Err(HandoffError::BadFile);
    }
    let mime = if declared.is_empty() || declared.contains(['\r', '\n']) {
        "application/octet-stream".to_string()
    } else {
        declared
    };
    Ok(CheckedFile {
        name,
        mime,
        image: false,
    })
}

impl Handoff {
    /// A photo or document from the mediator to the visitor, with an
    /// optional caption, delivered through the outbox like a reply.
    pub async fn send_file(
        &self,
        who: &Mediator,
        case_id: i64,
        file: &CheckedFile,
        bytes: &[u8],
        caption: &str,
    ) -> Result<Applied> {
        let caption = caption.trim();
        if caption.encode_utf16().count() > MAX_CAPTION_CHARS {
            return Err(HandoffError::BadText);
        }
        let case = self.mine(who, case_id).await?;
        let id = self
            .store
            .add_file(case.id, &file.name, &file.mime, bytes, self.now())
            .await?;
        let file_ref = FileRef {
            id,
            name: file.name.clone(),
            mime: file.mime.clone(),
            image: file.image,
        };
        let mut fx = self.effects();
        fx.messages.push(NewMessage {
            author: Author::Mediator,
            mediator_id: Some(who.id),
            kind: MessageKind::File,
            body: caption.to_string(),
            file_id: Some(id),
            dedup_key: None,
            deliver: Some(Payload {
                kind: PayloadKind::File,
                text: caption.to_string(),
                message_id: None,
                extra: json!({ "file": file_ref }),
            }),
        });
        fx.events.push(Self::event(
            EventKind::Message,
            Some(who),
            json!({ "from": "mediator" }),
        ));
        let applied = self.store.append(case.id, fx).await?;
        Ok(self.publish(applied))
    }
}

impl Handoff {
    /// The documents a mediator sent to a kiosk chat, which a shared screen
    /// only offers: they go to the visitor's phone when the chat moves
    /// there (unless still waiting in the outbox, which moves them anyway).
    pub(super) async fn documents_for_phone(&self, case_id: i64) -> Result<Vec<Payload>> {
        let pending: Vec<i64> = self
            .store
            .deliveries(case_id)
            .await?
            .into_iter()
            .filter(|d| d.status == "pending")
            .map(|d| d.message_id)
            .collect();
        let mut out = Vec::new();
        for m in self.store.messages(case_id).await? {
            let Some(file_id) = m.file_id else { continue };
            if m.author != Author::Mediator || pending.contains(&m.id) {
                continue;
            }
            let Some((meta, _)) = self.store.file(file_id).await? else {
                continue;
            };
            if is_image(&meta.mime) {
                continue;
            }
            let file = FileRef {
                id: meta.id,
                name: meta.name,
                mime: meta.mime,
                image: false,
            };
            out.push(Payload {
                kind: PayloadKind::File,
                text: m.body,
                message_id: Some(m.id),
                extra: json!({ "file": file }),
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_an_image_only_if_its_bytes_are_one() {
        let png = b"\x89PNG\r\n\x1a\n rest";
        let f = check_file("scan.bin", "application/octet-stream", png).unwrap();
        assert!(f.image);
        assert_eq!(f.mime, "image/png");
        let page = b"<html><script>alert(1)</script>";
        assert!(matches!(
            check_file("x.png", "image/png", page),
            Err(HandoffError::BadFile)
        ));
        let pdf = check_file("../../etc/lista.pdf", "application/pdf", b"%PDF-1.4").unwrap();
        assert!(!pdf.image);
        assert_eq!(pdf.name, "lista.pdf");
    }

    #[test]
    fn empty_and_oversized_files_are_refused() {
        assert!(matches!(
            check_file("a.pdf", "application/pdf", b""),
            Err(HandoffError::BadFile)
        ));
        let big = vec![0u8; MAX_FILE_BYTES + 1];
        assert!(matches!(
            check_file("a.pdf", "application/pdf", &big),
            Err(HandoffError::FileTooLarge)
        ));
    }
}

use crate::store::StoreError;

/// What can go wrong in the hand-off, in terms a person understands.
#[derive(Debug, thiserror::Error)]
pub enum HandoffError {
    #[error("no such case or ticket")]
    NotFound,
    /// Someone else changed it first (claimed, called, closed).
    #[error("already taken")]
    Taken,
    /// Not for this mediator (another's case, a language or topic they do
    /// not serve).
    #[error("not yours")]
    NotYours,
    /// Not possible in its current state (replying to a closed case).
    #[error("not possible now")]
    WrongState,
    #[error("unknown topic")]
    UnknownTopic,
    #[error("unknown service")]
    UnknownService,
    #[error("unknown site or counter")]
    UnknownPlace,
    #[error("unknown mediator")]
    UnknownMediator,
    /// Calling a ticket needs the mediator on site at a counter.
    #[error("not at a counter")]
    NoCounter,
    #[error("no ticket waiting")]
    NothingWaiting,
    #[error("empty or too long text")]
    BadText,
    /// A reply longer than the visitor's channel takes in one message.
    #[error("reply too long")]
    ReplyTooLong,
    #[error("file too large")]
    FileTooLarge,
    /// Empty, or not the type it claims to be.
    #[error("unusable file")]
    BadFile,
    #[error("rating must be 1 to 5")]
    BadRating,
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub type Result<T> = std::result::Result<T, HandoffError>;

//! Problems found while loading a knowledge base, for `balcao kb check`, the
//! start-up refusal and the reload log.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The knowledge base is broken: the service will not start on it.
    Error,
    /// Incomplete (a missing or outdated translation): an error only under
    /// `kb check --strict`.
    Incomplete,
    /// Worth a look (an unconfirmed fact, a translation without a review
    /// record), never fatal.
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub severity: Severity,
    pub file: Option<String>,
    pub line: Option<usize>,
    /// The message, article or fact the issue is about.
    pub id: Option<String>,
    pub message: String,
    /// What kind of problem, where someone editing in the console is told
    /// in their language (the message is for developers).
    pub kind: Option<IssueKind>,
}

/// Problems an edit can cause, each with what names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueKind {
    /// The Fluent text does not parse.
    Syntax,
    MissingTitle,
    MissingAttribute(String),
    UnknownFact(String),
}

impl Issue {
    pub fn new(severity: Severity, message: impl Into<String>) -> Self {
        Issue {
            severity,
            file: None,
            line: None,
            id: None,
            message: message.into(),
            kind: None,
        }
    }

    pub fn kind(mut self, kind: IssueKind) -> Self {
        self.kind = Some(kind);
        self
    }

    pub fn file(mut self, file: impl Into<String>) -> Self {
        self.file = Some(file.into());
        self
    }

    pub fn line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }

    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Whether this issue fails a check run with or without `--strict`.
    pub fn fails(&self, strict: bool) -> bool {
        match self.severity {
            Severity::Error => true,
            Severity::Incomplete => strict,
            Severity::Warning => false,
        }
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Incomplete => "incomplete",
            Severity::Warning => "warning",
        };
        write!(f, "{level}: ")?;
        if let Some(file) = &self.file {
            write!(f, "{file}")?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
            }
            write!(f, ": ")?;
        }
        if let Some(id) = &self.id {
            write!(f, "[{id}] ")?;
        }
        f.write_str(&self.message)
    }
}

//! One error enum for the API, mapped once to GraphQL errors whose
//! `extensions.code` the frontend switches on. Internal details are logged,
//! never returned.

use async_graphql::{ErrorExtensions, Value};
use store::StoreError;

/// One unmet guard: a code the client can switch on and a sentence to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmet {
    pub code: domain::lifecycle::GuardCode,
    pub message: String,
}

/// Every way a resolver can fail. Deliberately not `Display`: async-graphql
/// converts any `Display` type into an error without a code, so only the
/// conversion below (which sets `extensions.code`) can be used.
#[derive(Debug, Clone)]
pub enum ApiError {
    Unauthenticated(String),
    Forbidden(String),
    NotFound(String),
    Validation {
        field: Option<String>,
        message: String,
    },
    /// Input refused for several reasons at once, each with the field it
    /// names: `extensions.field` is the first, `extensions.reasons` lists
    /// every `{ field, message }`.
    Invalid(Vec<(String, String)>),
    Conflict(String),
    /// A stale save: `current` is what is stored now (sent as
    /// `extensions.current`), so the page can show both texts.
    ConflictWith {
        message: String,
        current: serde_json::Value,
    },
    GuardFailed(Vec<Unmet>),
    RateLimited {
        retry_after_seconds: u64,
    },
    /// Refused with `RATE_LIMITED` until something other than waiting
    /// happens (the message says what); carries no `retryAfterSeconds`.
    Locked(String),
    /// A refusal with its own code (e.g. `SURVEY_CLOSED`), and any
    /// extensions the client needs beside the message.
    Coded {
        code: &'static str,
        message: String,
        extensions: Vec<(&'static str, String)>,
    },
    Internal(String),
}

impl ApiError {
    pub fn validation(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Validation {
            field: Some(field.into()),
            message: message.into(),
        }
    }

    pub fn internal(detail: impl std::fmt::Display) -> Self {
        Self::Internal(detail.to_string())
    }

    /// The sentence shown to the person; never internal details.
    pub fn message(&self) -> String {
        match self {
            Self::Unauthenticated(m)
            | Self::Forbidden(m)
            | Self::NotFound(m)
            | Self::Conflict(m)
            | Self::Locked(m) => m.clone(),
            Self::Validation { message, .. }
            | Self::ConflictWith { message, .. }
            | Self::Coded { message, .. } => message.clone(),
            Self::Invalid(reasons) => reasons
                .iter()
                .map(|(_, m)| format!("{m}."))
                .collect::<Vec<_>>()
                .join(" "),
            Self::GuardFailed(unmet) => format!(
                "This cannot be done yet: {}",
                unmet
                    .iter()
                    .map(|u| u.message.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            Self::RateLimited {
                retry_after_seconds,
            } => {
                format!("Too many attempts. Try again in {retry_after_seconds} seconds.")
            }
            Self::Internal(_) => {
                "Something went wrong on our side. It has been logged; please try again.".into()
            }
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Self::Unauthenticated(_) => "UNAUTHENTICATED",
            Self::Forbidden(_) => "FORBIDDEN",
            Self::NotFound(_) => "NOT_FOUND",
            Self::Validation { .. } | Self::Invalid(_) => "VALIDATION",
            Self::Conflict(_) | Self::ConflictWith { .. } => "CONFLICT",
            Self::GuardFailed(_) => "GUARD_FAILED",
            Self::RateLimited { .. } | Self::Locked(_) => "RATE_LIMITED",
            Self::Coded { code, .. } => code,
            Self::Internal(_) => "INTERNAL",
        }
    }
}

/// A domain refusal of an input: the field it names and the sentence.
impl From<domain::programme::Invalid> for ApiError {
    fn from((field, message): domain::programme::Invalid) -> Self {
        Self::validation(field, message)
    }
}

impl From<StoreError> for ApiError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::NotFound { what } => Self::NotFound(format!("No {what} exists.")),
            StoreError::Validation { field, message } => Self::Validation {
                field: (!field.is_empty()).then_some(field),
                message,
            },
            StoreError::Conflict => Self::Conflict(
                "Someone else changed this since you loaded it. Reload to see their change.".into(),
            ),
            StoreError::Db(e) => Self::Internal(e.to_string()),
        }
    }
}

impl From<async_graphql::Error> for ApiError {
    /// Errors from async-graphql itself inside a resolver (e.g. missing
    /// context data) are faults of ours, not the caller's.
    fn from(err: async_graphql::Error) -> Self {
        Self::Internal(err.message)
    }
}

impl From<ApiError> for async_graphql::Error {
    fn from(err: ApiError) -> Self {
        if let ApiError::Internal(detail) = &err {
            tracing::error!(%detail, "internal error in a resolver");
        }
        async_graphql::Error::new(err.message()).extend_with(|_, e| {
            let this = &err;
            e.set("code", this.code());
            match this {
                ApiError::Validation { field: Some(f), .. } => e.set("field", f.as_str()),
                ApiError::Invalid(reasons) => {
                    if let Some((f, _)) = reasons.first() {
                        e.set("field", f.as_str());
                    }
                    let list: Vec<Value> = reasons
                        .iter()
                        .map(|(f, m)| {
                            let mut o = async_graphql::indexmap::IndexMap::new();
                            o.insert(async_graphql::Name::new("field"), Value::from(f.as_str()));
                            o.insert(async_graphql::Name::new("message"), Value::from(m.as_str()));
                            Value::Object(o)
                        })
                        .collect();
                    e.set("reasons", Value::List(list));
                }
                ApiError::GuardFailed(unmet) => {
                    let list: Vec<Value> = unmet
                        .iter()
                        .map(|u| {
                            let mut m = async_graphql::indexmap::IndexMap::new();
                            m.insert(
                                async_graphql::Name::new("code"),
                                Value::from(u.code.as_str()),
                            );
                            m.insert(
                                async_graphql::Name::new("message"),
                                Value::from(u.message.as_str()),
                            );
                            Value::Object(m)
                        })
                        .collect();
                    e.set("unmet", Value::List(list));
                }
                ApiError::RateLimited {
                    retry_after_seconds,
                } => e.set("retryAfterSeconds", *retry_after_seconds),
                ApiError::Coded { extensions, .. } => {
                    for (name, value) in extensions {
                        e.set(*name, value.as_str());
                    }
                }
                ApiError::ConflictWith { current, .. } => {
                    if let Ok(value) = Value::from_json(current.clone()) {
                        e.set("current", value);
                    }
                }
                _ => {}
            }
        })
    }
}

/// Resolvers return this; `?` on a store call maps through [`ApiError`].
pub type ApiResult<T> = Result<T, ApiError>;

/// Gives every error in a response a code: errors raised by resolvers carry
/// one already; what remains came from parsing or validating the request
/// (a malformed query, a wrong argument type), so it is the caller's to fix.
pub fn ensure_codes(mut response: async_graphql::Response) -> async_graphql::Response {
    for error in &mut response.errors {
        let has_code = error
            .extensions
            .as_ref()
            .map(|ext| ext.get("code").is_some())
            .unwrap_or(false);
        if !has_code {
            error
                .extensions
                .get_or_insert_with(Default::default)
                .set("code", "VALIDATION");
        }
    }
    response
}

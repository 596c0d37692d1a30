//! The store's one error type; the API maps it to GraphQL error codes once.

use sea_orm::{DbErr, SqlErr};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{what} not found")]
    NotFound { what: String },
    #[error("{field}: {message}")]
    Validation { field: String, message: String },
    #[error("the record was changed by someone else")]
    Conflict,
    #[error("database error: {0}")]
    Db(DbErr),
}

impl StoreError {
    pub fn not_found(what: impl Into<String>) -> Self {
        Self::NotFound { what: what.into() }
    }

    pub fn validation(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Validation {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl From<DbErr> for StoreError {
    /// A unique-constraint violation is a validation error, the same on
    /// SQLite and PostgreSQL; callers that know the field re-map it. The
    /// database's own words (table, constraint, values) are logged, never
    /// put in the message, which may reach a client.
    fn from(err: DbErr) -> Self {
        match err.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(detail)) => {
                tracing::debug!(%detail, "unique constraint violated");
                Self::Validation {
                    field: String::new(),
                    message: "This already exists.".into(),
                }
            }
            _ => Self::Db(err),
        }
    }
}

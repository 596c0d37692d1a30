//! Connecting to SQLite or PostgreSQL, and counting the statements sent.

use crate::StoreError;
use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::postgres::PgPoolOptions;
use sea_orm::sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous,
};
use sea_orm::{DatabaseConnection, DbErr, SqlxPostgresConnector, SqlxSqliteConnector};
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Which database engine a store talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A handle on the database, cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    db: DatabaseConnection,
    backend: Backend,
    statements: Arc<AtomicU64>,
    recorded: Arc<Recorded>,
}

/// The text of the statements sent while a test records them (nothing is
/// kept otherwise: one relaxed load per statement).
#[derive(Debug, Default)]
struct Recorded {
    on: AtomicBool,
    sql: Mutex<Vec<String>>,
}

/// How long a SQLite writer waits for another process's lock before failing.
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// A PostgreSQL connection idle longer than this is pinged before use, so
/// that one the server or the network dropped meanwhile is replaced rather
/// than failing a request. One in steady use is not: sqlx's default pings
/// before every acquisition, a round trip per statement that doubled the
/// round trips of a request (each statement outside a transaction acquires
/// a connection).
pub const PING_IDLE_AFTER: Duration = Duration::from_secs(5);

impl Store {
    /// Opens the database named by `url` (`sqlite://path?mode=rwc`,
    /// `sqlite:path`, `postgres://…`). SQLite runs in WAL mode with foreign
    /// keys on and a busy timeout, through one connection per process so that
    /// concurrent writers queue instead of failing with "database is locked".
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self, StoreError> {
        let backend = backend_of(url)?;
        let mut db = match backend {
            Backend::Sqlite => {
                let options = SqliteConnectOptions::from_str(url)
                    .map_err(|e| StoreError::Db(DbErr::Custom(format!("invalid SQLite URL: {e}"))))?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(SQLITE_BUSY_TIMEOUT);
                if let Some(parent) =
                    sqlite_file(url).and_then(|p| p.parent().map(|p| p.to_path_buf()))
                {
                    if !parent.as_os_str().is_empty() {
                        std::fs::create_dir_all(&parent).map_err(|e| {
                            StoreError::Db(DbErr::Custom(format!(
                                "cannot create {}: {e}",
                                parent.display()
                            )))
                        })?;
                    }
                }
                // Nothing can drop an in-process database's connection:
                // no ping (a round trip to sqlx's worker thread) before use.
                let pool = SqlitePoolOptions::new()
                    .max_connections(1)
                    .test_before_acquire(false)
                    .acquire_timeout(Duration::from_secs(30))
                    .connect_with(options)
                    .await
                    .map_err(|e| StoreError::Db(DbErr::Conn(sea_orm::RuntimeErr::SqlxError(e))))?;
                SqlxSqliteConnector::from_sqlx_sqlite_pool(pool)
            }
            Backend::Postgres => {
                let pool = PgPoolOptions::new()
                    .max_connections(max_connections.max(1))
                    .test_before_acquire(false)
                    .before_acquire(|conn, meta| {
                        Box::pin(async move {
                            if meta.idle_for > PING_IDLE_AFTER {
                                sea_orm::sqlx::Connection::ping(conn).await?;
                            }
                            Ok(true)
                        })
                    })
                    .acquire_timeout(Duration::from_secs(10))
                    .connect(url)
                    .await
                    .map_err(|e| StoreError::Db(DbErr::Conn(sea_orm::RuntimeErr::SqlxError(e))))?;
                SqlxPostgresConnector::from_sqlx_postgres_pool(pool)
            }
        };
        let statements = Arc::new(AtomicU64::new(0));
        let counter = statements.clone();
        let recorded = Arc::new(Recorded::default());
        let recorder = recorded.clone();
        db.set_metric_callback(move |info| {
            counter.fetch_add(1, Ordering::Relaxed);
            if recorder.on.load(Ordering::Relaxed) {
                if let Ok(mut sql) = recorder.sql.lock() {
                    sql.push(info.statement.sql.clone());
                }
            }
        });
        Ok(Self {
            db,
            backend,
            statements,
            recorded,
        })
    }

    /// Starts a transaction.
    pub async fn begin(&self) -> Result<sea_orm::DatabaseTransaction, StoreError> {
        Ok(sea_orm::TransactionTrait::begin(&self.db).await?)
    }

    pub fn conn(&self) -> &DatabaseConnection {
        &self.db
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Statements sent through this handle since it was opened, counted at
    /// the connection, for tests that bound the statements per request.
    pub fn statements_executed(&self) -> u64 {
        self.statements.load(Ordering::Relaxed)
    }

    /// Starts keeping the text of every statement sent through this handle,
    /// for tests that check what a request reads (see
    /// [`Store::recorded_statements`]).
    pub fn record_statements(&self) {
        if let Ok(mut sql) = self.recorded.sql.lock() {
            sql.clear();
        }
        self.recorded.on.store(true, Ordering::Relaxed);
    }

    /// The statements sent since [`Store::record_statements`], in order;
    /// recording stops.
    pub fn recorded_statements(&self) -> Vec<String> {
        self.recorded.on.store(false, Ordering::Relaxed);
        self.recorded
            .sql
            .lock()
            .map(|mut sql| std::mem::take(&mut *sql))
            .unwrap_or_default()
    }

    /// Applies every pending migration; running it again changes nothing.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        Migrator::up(&self.db, None).await.map_err(StoreError::Db)
    }

    /// Whether the database answers and every migration has been applied.
    pub async fn readiness(&self) -> Result<(), String> {
        self.db
            .ping()
            .await
            .map_err(|e| format!("database unreachable: {e}"))?;
        let pending = Migrator::get_pending_migrations(&self.db)
            .await
            .map_err(|e| format!("cannot read migrations: {e}"))?;
        if pending.is_empty() {
            Ok(())
        } else {
            Err(format!("{} migration(s) pending", pending.len()))
        }
    }

    pub async fn close(self) {
        let _ = self.db.close().await;
    }
}

/// Commits a transaction begun with [`Store::begin`].
pub async fn commit(txn: sea_orm::DatabaseTransaction) -> Result<(), StoreError> {
    Ok(txn.commit().await?)
}

/// Which engine a database URL names.
pub fn backend_of(url: &str) -> Result<Backend, StoreError> {
    if url.starts_with("sqlite:") {
        Ok(Backend::Sqlite)
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Backend::Postgres)
    } else {
        Err(StoreError::Db(DbErr::Custom(
            "DATABASE_URL must start with sqlite: or postgres://".into(),
        )))
    }
}

/// The file a SQLite URL points at, if it is a file.
fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next()?;
    (!path.is_empty() && path != ":memory:").then(|| std::path::PathBuf::from(path))
}

//! The test harness: a real `quads` application on a fresh database per
//! test — a temporary SQLite file, or a PostgreSQL database cloned from a
//! migrated template — answering on a loopback port.

use domain::ManualClock;
use serde_json::{json, Value};
use server::config::{Config, Mode};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use store::Store;
use tokio::sync::OnceCell;

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Db {
    Sqlite,
    Postgres,
}

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Where the PostgreSQL suite connects to create its databases.
pub fn postgres_admin_url() -> String {
    std::env::var("QUADS_TEST_POSTGRES_URL").unwrap_or_else(|_| {
        panic!("the PostgreSQL suite needs QUADS_TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/test)")
    })
}

fn with_database(admin: &str, name: &str) -> String {
    let mut url = url::Url::parse(admin).expect("QUADS_TEST_POSTGRES_URL is a URL");
    url.set_path(&format!("/{name}"));
    url.to_string()
}

static TEMPLATE: OnceCell<String> = OnceCell::const_new();
static COUNTER: AtomicU32 = AtomicU32::new(0);

async fn admin_execute(admin: &str, sql: &str) {
    use sea_orm::ConnectionTrait;
    let conn = sea_orm::Database::connect(admin)
        .await
        .expect("connect to PostgreSQL");
    conn.execute_unprepared(sql)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    let _ = conn.close().await;
}

/// Drops databases left by earlier runs whose process is gone, then builds
/// this process's migrated and seeded template (once per test binary).
async fn template() -> &'static str {
    TEMPLATE
        .get_or_init(|| async {
            use sea_orm::{ConnectionTrait, Statement};
            let admin = postgres_admin_url();
            let conn = sea_orm::Database::connect(&admin)
                .await
                .expect("connect to PostgreSQL");
            let rows = conn
                .query_all(Statement::from_string(
                    conn.get_database_backend(),
                    "SELECT datname FROM pg_database WHERE datname LIKE 'quads_t%'",
                ))
                .await
                .expect("list databases");
            for row in rows {
                let name: String = row.try_get("", "datname").expect("datname");
                let pid = name.split('_').nth(2).and_then(|p| p.parse::<u32>().ok());
                let alive = pid.is_some_and(|p| Path::new(&format!("/proc/{p}")).exists());
                if !alive {
                    let _ = conn
                        .execute_unprepared(&format!(
                            "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
                        ))
                        .await;
                }
            }
            let name = format!("quads_tpl_{}", std::process::id());
            conn.execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await
                .expect("create the template database");
            let _ = conn.close().await;
            let store = Store::connect(&with_database(&admin, &name), 2)
                .await
                .expect("open template");
            store.migrate().await.expect("migrate template");
            seed_reference(&store).await;
            store.close().await;
            name
        })
        .await
}

pub async fn seed_reference(store: &Store) {
    let data =
        server::seed::load_reference_data(&repo_root().join("data")).expect("reference data");
    store::reference::seed(store, &data).await.expect("seed");
}

/// A fresh database URL for one test, with reference data loaded.
pub async fn fresh_database(db: Db, dir: &Path) -> String {
    match db {
        Db::Sqlite => {
            let url = format!("sqlite://{}?mode=rwc", dir.join("quads.db").display());
            let store = Store::connect(&url, 1).await.expect("open SQLite");
            store.migrate().await.expect("migrate");
            seed_reference(&store).await;
            store.close().await;
            url
        }
        Db::Postgres => {
            let template = template().await;
            let admin = postgres_admin_url();
            let name = format!(
                "quads_t_{}_{}",
                std::process::id(),
                COUNTER.fetch_add(1, Ordering::Relaxed)
            );
            admin_execute(
                &admin,
                &format!("CREATE DATABASE \"{name}\" TEMPLATE \"{template}\""),
            )
            .await;
            with_database(&admin, &name)
        }
    }
}

/// A running application for one test. Some fields serve only some suites.
#[allow(dead_code)]
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub store: Store,
    pub clock: ManualClock,
    pub config: Config,
    pub db: Db,
    pub dir: tempfile::TempDir,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Settings a test may change before the application starts.
pub struct Options {
    pub mode: Mode,
    pub smtp_url: Option<String>,
    pub public_url: Option<String>,
    /// Use this database instead of a fresh one (a second server).
    pub database_url: Option<String>,
    /// More configuration, as environment variables; these win over the
    /// harness's own.
    pub env: Vec<(&'static str, String)>,
}

pub async fn spawn_app(db: Db) -> TestApp {
    spawn_app_with(db, |_| {}).await
}

pub async fn spawn_app_with(db: Db, adjust: impl FnOnce(&mut Options)) -> TestApp {
    let mut options = Options {
        mode: Mode::Production,
        smtp_url: None,
        public_url: None,
        database_url: None,
        env: Vec::new(),
    };
    adjust(&mut options);
    let dir = tempfile::tempdir().expect("temporary directory");
    let database_url = match options.database_url {
        Some(url) => url,
        None => fresh_database(db, dir.path()).await,
    };
    let mode = match options.mode {
        Mode::Production => "production",
        Mode::Development => "development",
    };
    let frontend = dir.path().join("frontend");
    std::fs::create_dir_all(frontend.join("assets")).expect("frontend dir");
    std::fs::write(
        frontend.join("index.html"),
        "<!doctype html><title>Quads</title><div id=root></div>",
    )
    .expect("index");
    std::fs::write(
        frontend.join("assets/app-1234abcd.js"),
        "console.log('quads')",
    )
    .expect("asset");
    let mut vars: Vec<(&str, String)> = options.env;
    vars.extend([
        ("DATABASE_URL", database_url),
        ("QUADS_BIND", "127.0.0.1:0".into()),
        ("QUADS_MODE", mode.into()),
        ("QUADS_FRONTEND_DIR", frontend.display().to_string()),
        (
            "QUADS_MAIL_DIR",
            dir.path().join("mail").display().to_string(),
        ),
        (
            "QUADS_DATA_DIR",
            repo_root().join("data").display().to_string(),
        ),
        ("QUADS_DB_MAX_CONNECTIONS", "4".into()),
        ("SMTP_URL", options.smtp_url.unwrap_or_default()),
        ("QUADS_PUBLIC_URL", options.public_url.unwrap_or_default()),
    ]);
    let config = Config::load_with(None, &move |k| {
        vars.iter()
            .find(|(name, _)| *name == k)
            .map(|(_, v)| v.clone())
    })
    .expect("test configuration");
    let clock = ManualClock::default();
    let app = server::Application::build(&config, Arc::new(clock.clone()))
        .await
        .expect("build the application");
    let address = format!("http://{}", app.address());
    let store = app.store().clone();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(app.run_until(async move {
        let _ = rx.await;
    }));
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .expect("HTTP client");
    TestApp {
        address,
        client,
        store,
        clock,
        config,
        db,
        dir,
        shutdown: Some(tx),
    }
}

/// A second server on the same database as `first`.
pub async fn spawn_app_on(first: &TestApp) -> TestApp {
    let url = first.config.database_url.clone();
    spawn_app_with(first.db, |o| o.database_url = Some(url)).await
}

impl TestApp {
    /// POSTs a GraphQL request as JSON and returns the JSON response.
    pub async fn gql(&self, query: &str, variables: Value) -> Value {
        post_gql(&self.client, &self.address, query, variables).await
    }

    pub async fn post_raw(&self, content_type: &str, body: String) -> reqwest::Response {
        self.client
            .post(format!("{}/graphql", self.address))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request")
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request")
    }
}

/// The `extensions.code` of the first error, or panics showing the response.
pub fn error_code(response: &Value) -> &str {
    response["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("expected an error with a code, got {response}"))
}

/// Declares a test body once and runs it on SQLite and on PostgreSQL. The
/// PostgreSQL variant is ignored unless the suite is asked for
/// (`--include-ignored` with `QUADS_TEST_POSTGRES_URL` set), so a run
/// without PostgreSQL reports it as skipped rather than passing silently.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn on_sqlite() {
                    super::$name($crate::helpers::spawn_app($crate::helpers::Db::Sqlite).await).await
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                #[ignore = "PostgreSQL suite: set QUADS_TEST_POSTGRES_URL and pass --include-ignored"]
                async fn on_postgres() {
                    super::$name($crate::helpers::spawn_app($crate::helpers::Db::Postgres).await).await
                }
            }
        )*
    };
}

/// A person's own HTTP client, with their cookies.
pub struct Session {
    pub client: reqwest::Client,
    pub address: String,
}

impl Session {
    pub async fn gql(&self, query: &str, variables: Value) -> Value {
        post_gql(&self.client, &self.address, query, variables).await
    }
}

async fn post_gql(client: &reqwest::Client, address: &str, query: &str, variables: Value) -> Value {
    client
        .post(format!("{address}/graphql"))
        .json(&json!({ "query": query, "variables": variables }))
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("JSON response")
}

/// The demo people, one per role.
#[allow(dead_code)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Demo {
    Admin,
    Officer,
    Lead,
    Qio,
    Reviewer,
}

impl Demo {
    pub fn email(self) -> &'static str {
        match self {
            Demo::Admin => "admin@demo.quads.scot",
            Demo::Officer => "officer@demo.quads.scot",
            Demo::Lead => "lead@demo.quads.scot",
            Demo::Qio => "qio@demo.quads.scot",
            Demo::Reviewer => "reviewer@demo.quads.scot",
        }
    }
}

pub const SIGN_IN: &str = "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id email roles lead } }";

impl TestApp {
    /// A client with its own cookie jar and no session.
    pub fn anonymous(&self) -> Session {
        Session {
            client: reqwest::Client::builder()
                .cookie_store(true)
                .build()
                .expect("client"),
            address: self.address.clone(),
        }
    }

    /// Signs in with a new client; panics if sign-in fails.
    pub async fn sign_in(&self, email: &str, password: &str) -> Session {
        let session = self.anonymous();
        let r = session
            .gql(SIGN_IN, json!({ "e": email, "p": password }))
            .await;
        assert!(r["errors"].is_null(), "sign-in as {email} failed: {r}");
        session
    }

    /// Creates the demo users (once) and signs in as one of them.
    pub async fn as_demo(&self, who: Demo) -> Session {
        if store::identity::user_by_email(self.store.conn(), who.email())
            .await
            .unwrap()
            .is_none()
        {
            server::accounts::add_demo_users(&self.store)
                .await
                .expect("demo users");
        }
        self.sign_in(who.email(), server::accounts::DEMO_PASSWORD)
            .await
    }

    /// The links (`…/invitation/<token>` or `…/reset-password/<token>`) in
    /// queued mail to `recipient`, oldest first.
    pub async fn queued_links(&self, recipient: &str) -> Vec<String> {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        store::entities::outbox::Entity::find()
            .filter(store::entities::outbox::Column::Recipient.eq(recipient))
            .order_by_asc(store::entities::outbox::Column::CreatedAt)
            .all(self.store.conn())
            .await
            .expect("outbox")
            .into_iter()
            .filter_map(|m| {
                let payload: Value = serde_json::from_str(&m.payload).ok()?;
                payload["link"].as_str().map(str::to_string)
            })
            .collect()
    }
}

/// The token at the end of a link.
pub fn token_of(link: &str) -> String {
    link.rsplit('/').next().unwrap_or_default().to_string()
}

/// Declares tests whose body takes the database kind (for tests that open
/// their own stores or servers), on SQLite and PostgreSQL alike.
#[macro_export]
macro_rules! each_database {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn on_sqlite() {
                    super::$name($crate::helpers::Db::Sqlite).await
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                #[ignore = "PostgreSQL suite: set QUADS_TEST_POSTGRES_URL and pass --include-ignored"]
                async fn on_postgres() {
                    super::$name($crate::helpers::Db::Postgres).await
                }
            }
        )*
    };
}

//! The store against real databases: each test runs on a temporary SQLite
//! file and, with `QUADS_TEST_POSTGRES_URL` set and `--include-ignored`, on
//! a fresh PostgreSQL database, both migrated from scratch. Here belong the
//! behaviours a database could get wrong: migrations, transactions, unique
//! keys and the outbox's leases.

use chrono::{DateTime, Duration, TimeZone, Utc};
use std::path::Path;
use std::sync::atomic::{AtomicU32, Ordering};
use store::outbox::{self, NewMessage, OutboxStatus, Settlement};
use store::{Backend, Store};
use tokio::sync::OnceCell;

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Db {
    Sqlite,
    Postgres,
}

/// A migrated database for one test; the SQLite file lives as long as this.
struct TestDb {
    store: Store,
    _dir: tempfile::TempDir,
}

static CLEANED: OnceCell<()> = OnceCell::const_new();
static COUNTER: AtomicU32 = AtomicU32::new(0);

fn postgres_admin_url() -> String {
    std::env::var("QUADS_TEST_POSTGRES_URL").unwrap_or_else(|_| {
        panic!("the PostgreSQL suite needs QUADS_TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/test)")
    })
}

async fn admin_execute(admin: &str, sql: &str) {
    use store::sea_orm::ConnectionTrait;
    let conn = store::sea_orm::Database::connect(admin)
        .await
        .expect("connect to PostgreSQL");
    conn.execute_unprepared(sql)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    let _ = conn.close().await;
}

/// Drops the databases of earlier runs whose process is gone.
async fn drop_leftovers(admin: &str) {
    use store::sea_orm::{ConnectionTrait, Statement};
    let conn = store::sea_orm::Database::connect(admin)
        .await
        .expect("connect to PostgreSQL");
    let rows = conn
        .query_all(Statement::from_string(
            conn.get_database_backend(),
            "SELECT datname FROM pg_database WHERE datname LIKE 'quads_s_%'",
        ))
        .await
        .expect("list databases");
    for row in rows {
        let name: String = row.try_get("", "datname").expect("datname");
        let pid = name.split('_').nth(2).and_then(|p| p.parse::<u32>().ok());
        if !pid.is_some_and(|p| Path::new(&format!("/proc/{p}")).exists()) {
            let _ = conn
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                .await;
        }
    }
    let _ = conn.close().await;
}

async fn fresh(db: Db) -> TestDb {
    let dir = tempfile::tempdir().expect("temporary directory");
    let url = match db {
        Db::Sqlite => format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("quads.db").display()
        ),
        Db::Postgres => {
            let admin = postgres_admin_url();
            CLEANED.get_or_init(|| drop_leftovers(&admin)).await;
            let name = format!(
                "quads_s_{}_{}",
                std::process::id(),
                COUNTER.fetch_add(1, Ordering::Relaxed)
            );
            admin_execute(&admin, &format!("CREATE DATABASE \"{name}\"")).await;
            let mut url = url::Url::parse(&admin).expect("QUADS_TEST_POSTGRES_URL is a URL");
            url.set_path(&format!("/{name}"));
            url.to_string()
        }
    };
    let store = Store::connect(&url, 4).await.expect("open the database");
    store.migrate().await.expect("migrate");
    TestDb { store, _dir: dir }
}

/// Declares a test body once and runs it on SQLite and on PostgreSQL (the
/// latter ignored unless asked for, so a run without it says so).
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn on_sqlite() {
                    super::$name(super::fresh(super::Db::Sqlite).await, super::Db::Sqlite).await
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                #[ignore = "PostgreSQL suite: set QUADS_TEST_POSTGRES_URL and pass --include-ignored"]
                async fn on_postgres() {
                    super::$name(super::fresh(super::Db::Postgres).await, super::Db::Postgres).await
                }
            }
        )*
    };
}

fn nine_am() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap()
}

fn message(key: &str, due_at: DateTime<Utc>) -> NewMessage {
    NewMessage {
        idempotency_key: key.into(),
        recipient: "morag@example.org".into(),
        template: "invitation".into(),
        payload: serde_json::json!({ "name": "Morag" }),
        due_at,
    }
}

async fn a_migrated_database_is_ready_and_migrating_again_changes_nothing(t: TestDb, db: Db) {
    let expected = match db {
        Db::Sqlite => Backend::Sqlite,
        Db::Postgres => Backend::Postgres,
    };
    assert_eq!(t.store.backend(), expected);
    assert_eq!(t.store.readiness().await, Ok(()));
    t.store.migrate().await.expect("a second migration run");
    assert_eq!(t.store.readiness().await, Ok(()));
}

async fn a_message_is_queued_once_per_idempotency_key(t: TestDb, _: Db) {
    let conn = t.store.conn();
    let first = outbox::enqueue(conn, message("invite:1", nine_am()), nine_am())
        .await
        .unwrap();
    let again = outbox::enqueue(conn, message("invite:1", nine_am()), nine_am())
        .await
        .unwrap();
    assert_eq!(first, again);
    let (rows, total) = outbox::list(conn, None, 0, 10).await.unwrap();
    assert_eq!(total, 1);
    assert_eq!(rows[0].payload, r#"{"name":"Morag"}"#);
    assert_eq!(rows[0].status, OutboxStatus::Pending);
}

async fn a_message_queued_in_a_transaction_that_rolls_back_is_not_queued(t: TestDb, _: Db) {
    use store::sea_orm::TransactionTrait;
    let txn = t.store.conn().begin().await.unwrap();
    let id = outbox::enqueue(&txn, message("invite:2", nine_am()), nine_am())
        .await
        .unwrap();
    txn.rollback().await.unwrap();
    assert_eq!(outbox::find(t.store.conn(), id).await.unwrap(), None);
}

async fn a_due_message_is_claimed_by_one_sender_until_its_lease_runs_out(t: TestDb, _: Db) {
    let conn = t.store.conn();
    let lease = Duration::minutes(5);
    let id = outbox::enqueue(conn, message("invite:3", nine_am()), nine_am())
        .await
        .unwrap();
    outbox::enqueue(
        conn,
        message("later", nine_am() + Duration::hours(1)),
        nine_am(),
    )
    .await
    .unwrap();

    let a = outbox::claim(conn, "a", nine_am(), lease, 10)
        .await
        .unwrap();
    assert_eq!(
        a.iter().map(|r| r.id).collect::<Vec<_>>(),
        vec![id],
        "only the due one"
    );
    let b = outbox::claim(conn, "b", nine_am() + Duration::minutes(1), lease, 10)
        .await
        .unwrap();
    assert!(b.is_empty(), "a live lease keeps others off: {b:?}");

    // Sender a dies; once its lease has run out, b takes the message over,
    // and a can no longer settle it.
    let b = outbox::claim(conn, "b", nine_am() + Duration::minutes(6), lease, 10)
        .await
        .unwrap();
    assert_eq!(b.iter().map(|r| r.id).collect::<Vec<_>>(), vec![id]);
    let late = outbox::settle(conn, id, "a", Settlement::Sent, nine_am()).await;
    assert!(!late.unwrap(), "a lapsed lease cannot settle");
    let now = nine_am() + Duration::minutes(7);
    assert!(outbox::settle(conn, id, "b", Settlement::Sent, now)
        .await
        .unwrap());
    let row = outbox::find(conn, id).await.unwrap().expect("the message");
    assert_eq!(row.status, OutboxStatus::Sent);
    assert_eq!(row.sent_at, Some(now));
    assert_eq!(row.attempts, 1);
}

on_both_databases!(
    a_migrated_database_is_ready_and_migrating_again_changes_nothing,
    a_message_is_queued_once_per_idempotency_key,
    a_message_queued_in_a_transaction_that_rolls_back_is_not_queued,
    a_due_message_is_claimed_by_one_sender_until_its_lease_runs_out,
);

/// The pool pings only a connection that sat idle a while (not one in
/// steady use, which would cost a round trip per statement): one that
/// PostgreSQL ended while idle is then replaced, and the next statement
/// succeeds.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "PostgreSQL suite: set QUADS_TEST_POSTGRES_URL and pass --include-ignored"]
async fn a_postgres_connection_ended_while_idle_is_replaced_before_the_next_statement() {
    use store::sea_orm::{ConnectionTrait, Statement};
    let t = fresh(Db::Postgres).await;
    let conn = t.store.conn();
    let one = |sql: &str| Statement::from_string(conn.get_database_backend(), sql.to_owned());
    let row = conn
        .query_one(one(
            "SELECT current_database() AS name, pg_backend_pid() AS pid",
        ))
        .await
        .expect("a first statement")
        .expect("a row");
    let name: String = row.try_get("", "name").unwrap();
    let before: i32 = row.try_get("", "pid").unwrap();

    admin_execute(
        &postgres_admin_url(),
        &format!(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        ),
    )
    .await;
    tokio::time::sleep(store::db::PING_IDLE_AFTER + std::time::Duration::from_secs(1)).await;

    let row = conn
        .query_one(one("SELECT pg_backend_pid() AS pid"))
        .await
        .expect("the statement after the connection was ended")
        .expect("a row");
    let after: i32 = row.try_get("", "pid").unwrap();
    assert_ne!(after, before, "a new connection");
}

/// The plan PostgreSQL chooses for `query` after `setup`, in a transaction
/// rolled back afterwards, with sequential scans off so that an empty table
/// shows which index the planner can use at any size.
async fn plan_of(t: &TestDb, setup: &[&str], query: store::sea_orm::Statement) -> String {
    use store::sea_orm::{ConnectionTrait, Statement, TransactionTrait};
    let txn = t.store.conn().begin().await.unwrap();
    txn.execute_unprepared("SET LOCAL enable_seqscan = off")
        .await
        .unwrap();
    for sql in setup {
        txn.execute_unprepared(sql).await.unwrap();
    }
    let explain = Statement::from_sql_and_values(
        query.db_backend,
        format!("EXPLAIN {}", query.sql),
        query.values.map(|v| v.0).unwrap_or_default(),
    );
    let rows = txn.query_all(explain).await.unwrap();
    let plan: Vec<String> = rows
        .iter()
        .map(|r| r.try_get::<String>("", "QUERY PLAN").unwrap())
        .collect();
    txn.rollback().await.unwrap();
    plan.join("\n")
}

/// The two lists that grow with the years can read their page through an
/// index made for them rather than walking every review in month order: a
/// programme's timetable (and its count), and a list filtered by states
/// that are not final. For the latter PostgreSQL must prove from the
/// filter's values that it implies the partial index's condition; on an
/// empty table it would rather sort a few rows from `reviews_by_state`, so
/// that index is dropped for the question (and restored by the rollback).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "PostgreSQL suite: set QUADS_TEST_POSTGRES_URL and pass --include-ignored"]
async fn on_postgres_a_timetable_and_a_list_of_open_reviews_are_read_through_their_indexes() {
    use store::entities::review;
    use store::sea_orm::{
        ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    };
    let t = fresh(Db::Postgres).await;
    let backend = t.store.conn().get_database_backend();
    let in_order = |q: store::sea_orm::Select<review::Entity>, limit| {
        store::sea_orm::QueryTrait::build(
            &q.order_by_asc(review::Column::TargetMonth)
                .order_by_asc(review::Column::Id)
                .offset(0)
                .limit(limit),
            backend,
        )
    };

    let timetable = in_order(
        review::Entity::find().filter(review::Column::ProgrammeId.eq(uuid::Uuid::nil())),
        100,
    );
    let plan = plan_of(&t, &[], timetable).await;
    assert!(plan.contains("reviews_by_programme_month"), "{plan}");

    let open = [
        "SCHEDULED",
        "FOCUS_AGREED",
        "TEAM_FORMED",
        "FOLLOW_UP",
        "POSTPONED",
    ];
    let list = in_order(
        review::Entity::find().filter(review::Column::State.is_in(open)),
        200,
    );
    let plan = plan_of(&t, &["DROP INDEX reviews_by_state"], list).await;
    assert!(plan.contains("reviews_open_by_month"), "{plan}");
}

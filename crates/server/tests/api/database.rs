use crate::helpers::{fresh_database, repo_root, Db};
use chrono::Utc;
use store::outbox::{enqueue, NewMessage};
use store::reference::SeedReport;
use store::{Store, TransactionTrait};

async fn open(db: Db) -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database(db, dir.path()).await;
    (Store::connect(&url, 4).await.unwrap(), dir)
}

async fn migrations_run_twice_change_nothing(db: Db) {
    let (store, _dir) = open(db).await;
    store.migrate().await.unwrap();
    store.migrate().await.unwrap();
    assert!(store.readiness().await.is_ok());
}

async fn readiness_fails_until_migrations_are_applied(db: Db) {
    let dir = tempfile::tempdir().unwrap();
    let url = match db {
        Db::Sqlite => format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("empty.db").display()
        ),
        Db::Postgres => {
            let admin = crate::helpers::postgres_admin_url();
            let name = format!(
                "quads_t_{}_empty{}",
                std::process::id(),
                uuid::Uuid::new_v4().simple()
            );
            let conn = sea_orm::Database::connect(&admin).await.unwrap();
            use sea_orm::ConnectionTrait;
            conn.execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await
                .unwrap();
            let mut u = url::Url::parse(&admin).unwrap();
            u.set_path(&format!("/{name}"));
            u.to_string()
        }
    };
    let store = Store::connect(&url, 2).await.unwrap();
    let reason = store.readiness().await.unwrap_err();
    assert!(reason.contains("pending"), "{reason}");
    store.migrate().await.unwrap();
    assert!(store.readiness().await.is_ok());
}

async fn seeding_twice_changes_nothing(db: Db) {
    let (store, _dir) = open(db).await;
    // The harness seeded once already.
    let data = server::seed::load_reference_data(&repo_root().join("data")).unwrap();
    let report = store::reference::seed(&store, &data).await.unwrap();
    assert_eq!(
        report,
        SeedReport {
            frameworks_unchanged: 2,
            ..SeedReport::default()
        }
    );
    let all = store::reference::organisations(store.conn()).await.unwrap();
    assert_eq!(all.len(), 35);
}

async fn a_changed_framework_under_a_loaded_version_is_refused_and_nothing_is_written(db: Db) {
    let (store, _dir) = open(db).await;
    let mut data = server::seed::load_reference_data(&repo_root().join("data")).unwrap();
    // A new authority in the same run must not be written either.
    data.authorities.push(store::reference::AuthoritySeed {
        name: "Test Authority".into(),
        gss_code: domain::GssCode::parse("S12000999").unwrap(),
        ric: None,
        lgbf_family_group: Some(2),
    });
    let hgios = data
        .frameworks
        .iter_mut()
        .find(|f| f.framework.id == "hgios4")
        .unwrap();
    hgios.framework.key_areas[1].quality_indicators[2].title = "Learning and teaching".into();
    hgios.source_file = "data/frameworks/hgios4.json".into();

    let err = store::reference::seed(&store, &data)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("data/frameworks/hgios4.json"), "{err}");
    assert!(
        err.contains("key_areas[1].quality_indicators[2].title"),
        "{err}"
    );

    let authorities = store::reference::authorities(store.conn(), &Default::default())
        .await
        .unwrap();
    assert_eq!(
        authorities.len(),
        32,
        "nothing of the refused run was written"
    );
    let stored = store::reference::framework(store.conn(), "hgios4", Some(1))
        .await
        .unwrap();
    assert_eq!(
        stored.key_areas[1].quality_indicators[2].title,
        "Learning, teaching and assessment"
    );
}

async fn concurrent_writers_all_succeed_without_database_is_locked(db: Db) {
    let (store, _dir) = open(db).await;
    let mut tasks = Vec::new();
    for i in 0..40 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let txn = store.conn().begin().await?;
            // Read, then write in the same transaction: the pattern that
            // fails with "database is locked" when two deferred SQLite
            // transactions race to upgrade.
            let _ = store::reference::authorities(&txn, &Default::default()).await;
            enqueue(
                &txn,
                NewMessage {
                    idempotency_key: format!("concurrency-{i}"),
                    recipient: format!("person{i}@example.org"),
                    template: "test".into(),
                    payload: serde_json::json!({}),
                    due_at: Utc::now(),
                },
                Utc::now(),
            )
            .await
            .map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?;
            txn.commit().await
        }));
    }
    for task in tasks {
        task.await
            .unwrap()
            .expect("every concurrent writer succeeds");
    }
    use sea_orm::{EntityTrait, PaginatorTrait};
    let count = store::entities::outbox::Entity::find()
        .count(store.conn())
        .await
        .unwrap();
    assert_eq!(count, 40);
}

async fn queueing_the_same_message_twice_queues_it_once(db: Db) {
    let (store, _dir) = open(db).await;
    let message = NewMessage {
        idempotency_key: "invitation:1".into(),
        recipient: "a@example.org".into(),
        template: "test".into(),
        payload: serde_json::json!({ "x": 1 }),
        due_at: Utc::now(),
    };
    let first = enqueue(store.conn(), message.clone(), Utc::now())
        .await
        .unwrap();
    let second = enqueue(store.conn(), message, Utc::now()).await.unwrap();
    assert_eq!(first, second);
}

/// A unique violation no caller re-maps still reaches a client as a
/// sentence, without the table, constraint or values the database names.
async fn a_unique_violation_reaches_the_client_without_database_detail(db: Db) {
    use sea_orm::sea_query::{Alias, Query};
    use sea_orm::ConnectionTrait;
    let (store, _dir) = open(db).await;
    let conn = store.conn();
    let insert = Query::insert()
        .into_table(Alias::new("organisations"))
        .columns([
            Alias::new("id"),
            Alias::new("kind"),
            Alias::new("name"),
            Alias::new("created_at"),
        ])
        .values_panic([
            uuid::Uuid::new_v4().into(),
            "LOCAL_AUTHORITY".into(),
            "City of Edinburgh".into(),
            Utc::now().into(),
        ])
        .to_owned();
    let err = conn
        .execute(conn.get_database_backend().build(&insert))
        .await
        .unwrap_err();
    let answer = api::ApiError::from(store::StoreError::from(err));
    assert_eq!(answer.code(), "VALIDATION");
    let message = answer.message().to_lowercase();
    for detail in [
        "organisations",
        "unique",
        "duplicate",
        "constraint",
        "edinburgh",
        "key",
    ] {
        assert!(!message.contains(detail), "{message}");
    }
}

crate::each_database!(
    a_unique_violation_reaches_the_client_without_database_detail,
    readiness_fails_until_migrations_are_applied,
    migrations_run_twice_change_nothing,
    seeding_twice_changes_nothing,
    a_changed_framework_under_a_loaded_version_is_refused_and_nothing_is_written,
    concurrent_writers_all_succeed_without_database_is_locked,
    queueing_the_same_message_twice_queues_it_once,
);

#[tokio::test]
async fn a_sqlite_database_is_in_wal_mode_with_foreign_keys_on() {
    use sea_orm::{ConnectionTrait, Statement};
    let (store, _dir) = open(Db::Sqlite).await;
    let backend = store.conn().get_database_backend();
    let mode = store
        .conn()
        .query_one(Statement::from_string(backend, "PRAGMA journal_mode"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(mode.try_get_by_index::<String>(0).unwrap(), "wal");
    let fk = store
        .conn()
        .query_one(Statement::from_string(backend, "PRAGMA foreign_keys"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(fk.try_get_by_index::<i32>(0).unwrap(), 1);
}

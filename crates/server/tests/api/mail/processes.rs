//! The real `quads` binary as separate processes: killed mid-way and
//! restarted, and two of them sharing one PostgreSQL outbox.

use super::smtp::*;
use crate::helpers::{fresh_database, Db};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use store::outbox::OutboxStatus;
use store::Store;

const MESSAGES: usize = 200;
/// Short, so that the killed process's claims come back quickly (real
/// time: this is another process). A live process renews its leases.
const KILL_LEASE: u32 = 2;

/// `quads serve` on `database_url`, sending to `smtp` under leases of
/// `lease_seconds`, logging to `log`.
fn quads(
    database_url: &str,
    smtp: &SmtpServer,
    lease_seconds: u32,
    dir: &Path,
    log: &str,
) -> Child {
    let log = std::fs::File::create(dir.join(log)).expect("log file");
    Command::new(env!("CARGO_BIN_EXE_quads"))
        .arg("serve")
        .env_clear()
        .env("DATABASE_URL", database_url)
        .env("QUADS_BIND", "127.0.0.1:0")
        .env("SMTP_URL", smtp.url())
        .env("QUADS_FRONTEND_DIR", dir.join("frontend"))
        .env("QUADS_MAIL_DIR", dir.join("mail"))
        .env("QUADS_DB_MAX_CONNECTIONS", "4")
        .env("QUADS_OUTBOX_LEASE_SECONDS", lease_seconds.to_string())
        .env("QUADS_OUTBOX_POLL_MS", "50")
        .env("RUST_LOG", "info,sqlx=warn,sea_orm=warn")
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("start quads")
}

fn log_says(dir: &Path, log: &str, text: &str) -> bool {
    std::fs::read_to_string(dir.join(log)).is_ok_and(|t| t.contains(text))
}

async fn queue_many(store: &Store, prefix: &str) {
    for i in 0..MESSAGES {
        queue_reset(
            store,
            &format!("{prefix}:{i}"),
            &format!("person{i}@example.org"),
            &format!("Person {i}"),
        )
        .await;
    }
}

/// The person a received message greets (each message greets one).
fn greeted(m: &Received) -> String {
    let text = m.text.as_deref().unwrap_or_default();
    text.lines()
        .next()
        .unwrap_or_default()
        .trim_start_matches("Hello ")
        .trim_end_matches(',')
        .to_string()
}

async fn all_sent(store: &Store) -> bool {
    let (_, sent) = store::outbox::list(store.conn(), Some(OutboxStatus::Sent), 0, 1)
        .await
        .expect("count sent messages");
    sent as usize == MESSAGES
}

async fn killed_with_sigkill_mid_way_and_restarted_every_message_is_delivered_and_duplicates_share_their_message_id(
    db: Db,
) {
    let dir = tempfile::tempdir().unwrap();
    let database_url = fresh_database(db, dir.path()).await;
    let smtp = SmtpServer::start(SmtpOptions {
        delay_ms: 15,
        ..SmtpOptions::default()
    });
    let store = Store::connect(&database_url, 2).await.unwrap();
    queue_many(&store, "kill").await;

    let mut first = quads(&database_url, &smtp, KILL_LEASE, dir.path(), "first.log");
    eventually(Duration::from_secs(30), "some messages arrive", || async {
        smtp.received_count() >= 40
    })
    .await;
    first.kill().expect("SIGKILL the first server");
    let _ = first.wait();
    let before_restart = smtp.received_count();
    assert!(
        before_restart < MESSAGES,
        "killed too late: all {before_restart} arrived"
    );

    let mut second = quads(&database_url, &smtp, KILL_LEASE, dir.path(), "second.log");
    eventually(
        Duration::from_secs(40),
        "every message is marked sent",
        || async { all_sent(&store).await },
    )
    .await;
    let _ = Command::new("kill")
        .args(["-TERM", &second.id().to_string()])
        .status();
    let status = second.wait().unwrap();
    assert!(
        status.success(),
        "the second server stops cleanly on SIGTERM: {status}"
    );
    assert!(log_says(
        dir.path(),
        "second.log",
        "outbox dispatcher stopped"
    ));

    let received = smtp.received();
    let mut ids_by_person: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for m in &received {
        ids_by_person
            .entry(greeted(m))
            .or_default()
            .insert(m.message_id.clone());
    }
    let expected: BTreeSet<String> = (0..MESSAGES).map(|i| format!("Person {i}")).collect();
    assert_eq!(
        ids_by_person.keys().cloned().collect::<BTreeSet<_>>(),
        expected,
        "every message arrived"
    );
    for (person, ids) in &ids_by_person {
        assert_eq!(
            ids.len(),
            1,
            "{person}'s copies carry one Message-ID: {ids:?}"
        );
    }
    let duplicates = received.len() - MESSAGES;
    // Sends are sequential, so only the one in flight at the kill can repeat.
    assert!(duplicates <= 1, "{duplicates} duplicates");
    eprintln!(
        "killed after {before_restart} of {MESSAGES}; {duplicates} duplicate(s) after the restart"
    );
}

super::mail_test!(
    killed_with_sigkill_mid_way_and_restarted_every_message_is_delivered_and_duplicates_share_their_message_id
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "PostgreSQL suite: set QUADS_TEST_POSTGRES_URL and pass --include-ignored"]
async fn two_servers_on_one_postgresql_both_send_and_no_message_is_received_twice() {
    let dir = tempfile::tempdir().unwrap();
    let database_url = fresh_database(Db::Postgres, dir.path()).await;
    let smtp = SmtpServer::start(SmtpOptions {
        delay_ms: 5,
        ..SmtpOptions::default()
    });
    let store = Store::connect(&database_url, 2).await.unwrap();
    let mut a = quads(&database_url, &smtp, 30, dir.path(), "a.log");
    let mut b = quads(&database_url, &smtp, 30, dir.path(), "b.log");
    eventually(Duration::from_secs(30), "both servers dispatch", || async {
        log_says(dir.path(), "a.log", "outbox dispatcher started")
            && log_says(dir.path(), "b.log", "outbox dispatcher started")
    })
    .await;
    queue_many(&store, "two").await;
    eventually(
        Duration::from_secs(40),
        "every message is marked sent",
        || async { all_sent(&store).await },
    )
    .await;
    for child in [&mut a, &mut b] {
        let _ = child.kill();
        let _ = child.wait();
    }

    let received = smtp.received();
    let ids: BTreeSet<&str> = received.iter().map(|m| m.message_id.as_str()).collect();
    let people: BTreeSet<String> = received.iter().map(greeted).collect();
    assert_eq!(people.len(), MESSAGES, "every message arrived");
    assert_eq!(received.len(), MESSAGES, "no message was received twice");
    assert_eq!(ids.len(), MESSAGES);
    let (rows, _) = store::outbox::list(store.conn(), None, 0, 1000)
        .await
        .unwrap();
    let mut per_sender: BTreeMap<String, usize> = BTreeMap::new();
    for r in rows {
        *per_sender
            .entry(r.lease_owner.unwrap_or_default())
            .or_default() += 1;
    }
    assert_eq!(
        per_sender.len(),
        2,
        "both servers sent some: {per_sender:?}"
    );
}

/// Runs `quads` with `args` on `database_url` and returns (success, stdout, stderr).
fn run_quads(database_url: &str, args: &[&str], env: &[(&str, &str)]) -> (bool, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_quads"))
        .args(args)
        .env_clear()
        .env("DATABASE_URL", database_url)
        .env("QUADS_BIND", "127.0.0.1:0")
        .env("RUST_LOG", "warn")
        .env("NO_COLOR", "1")
        .envs(env.iter().copied())
        .output()
        .expect("run quads");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[tokio::test]
async fn an_invalid_smtp_setting_stops_the_server_at_start_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let database_url = format!("sqlite://{}?mode=rwc", dir.path().join("q.db").display());
    let (ok, _, stderr) = run_quads(
        &database_url,
        &["serve"],
        &[("SMTP_URL", "smtp://mail.example.org?verify=no")],
    );
    assert!(!ok);
    assert_eq!(
        stderr.trim().lines().last().unwrap(),
        "quads: SMTP_URL: unknown parameter `verify`"
    );
    let (ok, _, stderr) = run_quads(
        &database_url,
        &["serve"],
        &[
            ("SMTP_URL", "smtp://mail.example.org"),
            ("SMTP_CA_FILE", "/nonexistent/ca.pem"),
        ],
    );
    assert!(!ok);
    let last = stderr.trim().lines().last().unwrap();
    assert!(
        last.starts_with(
            "quads: cannot set up mail: SMTP_CA_FILE: cannot read /nonexistent/ca.pem"
        ),
        "{last}"
    );
}

#[tokio::test]
async fn a_test_clock_in_production_mode_stops_the_server_at_start_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let database_url = format!("sqlite://{}?mode=rwc", dir.path().join("q.db").display());
    // Production is the default mode, and naming it changes nothing.
    for mode in [None, Some("production")] {
        let mut env = vec![("QUADS_TEST_NOW", "2024-10-07T08:00:00Z")];
        env.extend(mode.map(|m| ("QUADS_MODE", m)));
        let (ok, _, stderr) = run_quads(&database_url, &["serve"], &env);
        assert!(!ok, "{stderr}");
        let last = stderr.trim().lines().last().unwrap_or_default();
        assert!(
            last.contains("QUADS_TEST_NOW: a test clock (`2024-10-07T08:00:00Z`) is refused in production mode"),
            "{last}"
        );
    }
}

#[tokio::test]
async fn the_command_line_lists_the_outbox_and_retries_a_failed_message() {
    let dir = tempfile::tempdir().unwrap();
    let database_url = fresh_database(Db::Sqlite, dir.path()).await;
    let store = Store::connect(&database_url, 1).await.unwrap();
    queue(
        &store,
        "broken",
        "p@example.org",
        "no_such_template",
        serde_json::json!({}),
    )
    .await;
    let now = chrono::Utc::now();
    let claimed = store::outbox::claim(
        store.conn(),
        "cli-test",
        now,
        chrono::Duration::seconds(60),
        10,
    )
    .await
    .unwrap();
    let id = claimed[0].id;
    let failure = store::outbox::Settlement::Failed {
        error: "unknown template `no_such_template`".into(),
    };
    assert!(
        store::outbox::settle(store.conn(), id, "cli-test", failure, now)
            .await
            .unwrap()
    );
    store.close().await;

    let (ok, listing, stderr) = run_quads(
        &database_url,
        &["outbox", "list", "--status", "failed"],
        &[],
    );
    assert!(ok, "{stderr}");
    assert!(listing.contains(&id.to_string()), "{listing}");
    assert!(
        listing.contains("FAILED") && listing.contains("unknown template"),
        "{listing}"
    );
    assert!(listing.contains("1 of 1 message(s)"), "{listing}");

    let (ok, out, stderr) = run_quads(&database_url, &["outbox", "retry", &id.to_string()], &[]);
    assert!(ok, "{stderr}");
    assert!(out.contains("queued again"), "{out}");
    let (ok, _, stderr) = run_quads(&database_url, &["outbox", "retry", &id.to_string()], &[]);
    assert!(!ok);
    assert!(
        stderr.contains("Only a failed message can be retried"),
        "{stderr}"
    );
    let (_, pending, _) = run_quads(
        &database_url,
        &["outbox", "list", "--status", "pending"],
        &[],
    );
    assert!(pending.contains(&id.to_string()), "{pending}");
}

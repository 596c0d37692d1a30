//! The dispatcher inside a test application: delivery, retries with
//! backoff, permanent failures, TLS, leases. Time moves by the test's clock.

use super::mail_test;
use super::smtp::*;
use crate::helpers::{spawn_app_with, Db, TestApp};
use chrono::Duration as Span;
use domain::Clock;
use serde_json::json;
use std::time::Duration;
use store::outbox::OutboxStatus;

const WAIT: Duration = Duration::from_secs(15);

/// An application whose dispatcher polls quickly and sends to `smtp_url`.
async fn app(db: Db, smtp_url: Option<String>, env: Vec<(&'static str, String)>) -> TestApp {
    spawn_app_with(db, |o| {
        o.smtp_url = smtp_url;
        o.env = env;
        o.env.push(("QUADS_OUTBOX_POLL_MS", "25".into()));
        o.env.push(("SMTP_TIMEOUT_SECONDS", "3".into()));
    })
    .await
}

async fn wait_all_settled(app: &TestApp) {
    eventually(WAIT, "every message is settled", || async {
        rows(&app.store)
            .await
            .iter()
            .all(|r| r.status != OutboxStatus::Pending)
    })
    .await;
}

async fn queued_messages_are_delivered_once_with_their_recipient_subject_body_and_attachments(
    db: Db,
) {
    let smtp = SmtpServer::start(SmtpOptions::default());
    let app = app(db, Some(smtp.url()), vec![]).await;
    let mut payload = reset_payload("Ailsa <Ross>");
    payload["attachments"] = json!([{
        "filename": "visit.ics",
        "content_type": "text/calendar",
        "content_base64": "QkVHSU46VkNBTEVOREFSDQpFTkQ6VkNBTEVOREFSDQo=",
    }]);
    queue(
        &app.store,
        "reset:1",
        "ailsa@example.org",
        "password_reset",
        payload,
    )
    .await;
    queue(
        &app.store,
        "invite:2",
        "ian@example.org",
        "account_invitation",
        json!({"name": "Ian", "inviter_name": "Morag Bell", "organisation": "Fife Council",
               "link": "https://quads.example/invite?t=x", "expires_at": "2026-12-01T17:00:00Z"}),
    )
    .await;

    eventually(WAIT, "two messages arrive", || async {
        smtp.received_count() >= 2
    })
    .await;
    wait_all_settled(&app).await;
    // Give a duplicate, if there were one, time to arrive.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let received = smtp.received();
    assert_eq!(received.len(), 2, "{received:#?}");

    let reset = received
        .iter()
        .find(|m| m.envelope_to == ["ailsa@example.org"])
        .expect("the reset arrived");
    assert_eq!(reset.subject, "Reset your Quads password");
    assert_eq!(reset.from, "Quads <no-reply@quads.localhost>");
    assert!(reset
        .text
        .as_deref()
        .unwrap()
        .contains("Hello Ailsa <Ross>,"));
    assert!(reset
        .html
        .as_deref()
        .unwrap()
        .contains("Hello Ailsa &lt;Ross&gt;,"));
    assert!(
        reset.message_id.ends_with("@quads.localhost>"),
        "{}",
        reset.message_id
    );
    assert_eq!(reset.attachments.len(), 1);
    assert_eq!(reset.attachments[0].filename, "visit.ics");
    assert_eq!(reset.attachments[0].content_type, "text/calendar");
    assert_eq!(
        reset.attachments[0].content_base64,
        "QkVHSU46VkNBTEVOREFSDQpFTkQ6VkNBTEVOREFSDQo="
    );

    let invite = received
        .iter()
        .find(|m| m.envelope_to == ["ian@example.org"])
        .expect("the invitation arrived");
    assert_eq!(invite.subject, "You're invited to Quads");
    assert!(invite
        .text
        .as_deref()
        .unwrap()
        .contains("1 December 2026 at 17:00"));
    assert_ne!(invite.message_id, reset.message_id);

    for r in rows(&app.store).await {
        assert_eq!(r.status, OutboxStatus::Sent);
        assert_eq!(r.attempts, 1);
        assert!(r.sent_at.is_some());
    }
}

async fn messages_queued_while_the_smtp_server_is_down_all_arrive_once_it_returns(db: Db) {
    let down = reserve_port();
    let mut smtp = SmtpServer::stopped(down.port, SmtpOptions::default());
    let app = app(db, Some(smtp.url()), vec![]).await;
    for i in 0..10 {
        queue_reset(
            &app.store,
            &format!("down:{i}"),
            &format!("p{i}@example.org"),
            "P",
        )
        .await;
    }
    eventually(WAIT, "every message has failed once", || async {
        rows(&app.store).await.iter().all(|r| r.attempts == 1)
    })
    .await;
    for r in rows(&app.store).await {
        assert_eq!(r.status, OutboxStatus::Pending);
        assert!(r.last_error.is_some());
        let wait = r.due_at - app.clock.now();
        assert!(
            wait > Span::seconds(25) && wait <= Span::seconds(30),
            "{wait}"
        );
    }

    drop(down);
    smtp.restart();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        smtp.received_count(),
        0,
        "nothing is sent before its retry is due"
    );
    app.clock.advance(Span::seconds(31));
    eventually(WAIT, "all ten arrive", || async {
        smtp.received_count() >= 10
    })
    .await;
    wait_all_settled(&app).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut to: Vec<String> = smtp
        .received()
        .into_iter()
        .flat_map(|m| m.envelope_to)
        .collect();
    to.sort();
    let expected: Vec<String> = {
        let mut e: Vec<String> = (0..10).map(|i| format!("p{i}@example.org")).collect();
        e.sort();
        e
    };
    assert_eq!(to, expected, "each message arrives exactly once");
    assert!(rows(&app.store)
        .await
        .iter()
        .all(|r| r.status == OutboxStatus::Sent && r.attempts == 2));
}

async fn retries_back_off_exponentially_up_to_the_cap_and_fail_after_the_last_attempt(db: Db) {
    let down = reserve_port();
    let app = app(
        db,
        Some(format!("smtp://127.0.0.1:{}", down.port)),
        vec![
            ("QUADS_OUTBOX_MAX_ATTEMPTS", "4".into()),
            ("QUADS_OUTBOX_BACKOFF_BASE_SECONDS", "30".into()),
            ("QUADS_OUTBOX_BACKOFF_CAP_SECONDS", "60".into()),
        ],
    )
    .await;
    queue_reset(&app.store, "backoff", "p@example.org", "P").await;
    for (attempts, expected_wait) in [(1, 30), (2, 60), (3, 60)] {
        eventually(WAIT, "the next attempt fails", || async {
            row(&app.store, "backoff").await.attempts == attempts
        })
        .await;
        let r = row(&app.store, "backoff").await;
        assert_eq!(r.status, OutboxStatus::Pending);
        let wait = r.due_at - app.clock.now();
        assert!(
            wait > Span::seconds(expected_wait - 5) && wait <= Span::seconds(expected_wait),
            "after {attempts} attempt(s) the wait is {wait}, not {expected_wait}s"
        );
        // Not retried before it is due.
        tokio::time::sleep(Duration::from_millis(150)).await;
        assert_eq!(row(&app.store, "backoff").await.attempts, attempts);
        app.clock.advance(Span::seconds(expected_wait + 1));
    }
    eventually(WAIT, "the last attempt fails the message", || async {
        row(&app.store, "backoff").await.status == OutboxStatus::Failed
    })
    .await;
    let r = row(&app.store, "backoff").await;
    assert_eq!(r.attempts, 4);
    assert!(
        r.last_error
            .as_deref()
            .unwrap()
            .starts_with("gave up after 4 attempts"),
        "{:?}",
        r.last_error
    );
}

async fn a_rejected_recipient_fails_permanently_with_the_reason_and_the_rest_still_go(db: Db) {
    let smtp = SmtpServer::start(SmtpOptions {
        reject_pattern: Some("^nobody@".into()),
        ..SmtpOptions::default()
    });
    let app = app(db, Some(smtp.url()), vec![]).await;
    queue_reset(&app.store, "a", "first@example.org", "A").await;
    queue_reset(&app.store, "b", "nobody@example.org", "B").await;
    queue_reset(&app.store, "c", "third@example.org", "C").await;
    wait_all_settled(&app).await;

    let bounced = row(&app.store, "b").await;
    assert_eq!(bounced.status, OutboxStatus::Failed);
    assert_eq!(bounced.attempts, 1, "a permanent refusal is not retried");
    let reason = bounced.last_error.unwrap();
    assert!(
        reason.contains("550") && reason.contains("recipient rejected"),
        "{reason}"
    );
    let mut to: Vec<String> = smtp
        .received()
        .into_iter()
        .flat_map(|m| m.envelope_to)
        .collect();
    to.sort();
    assert_eq!(to, ["first@example.org", "third@example.org"]);
}

async fn a_message_that_cannot_be_rendered_fails_permanently_with_the_reason(db: Db) {
    let smtp = SmtpServer::start(SmtpOptions::default());
    let app = app(db, Some(smtp.url()), vec![]).await;
    queue(
        &app.store,
        "unknown",
        "p@example.org",
        "no_such_template",
        json!({}),
    )
    .await;
    queue(
        &app.store,
        "missing",
        "p@example.org",
        "password_reset",
        json!({"name": "P"}),
    )
    .await;
    queue_reset(&app.store, "fine", "p@example.org", "P").await;
    wait_all_settled(&app).await;

    let unknown = row(&app.store, "unknown").await;
    assert_eq!(unknown.status, OutboxStatus::Failed);
    assert!(unknown
        .last_error
        .unwrap()
        .contains("unknown template `no_such_template`"));
    let missing = row(&app.store, "missing").await;
    assert_eq!(missing.status, OutboxStatus::Failed);
    assert!(missing.last_error.unwrap().contains("password_reset"));
    assert_eq!(row(&app.store, "fine").await.status, OutboxStatus::Sent);
    assert_eq!(smtp.received_count(), 1);
}

async fn starttls_with_a_user_and_password_reaches_a_server_whose_certificate_is_trusted_by_configuration(
    db: Db,
) {
    let certs = tempfile::tempdir().unwrap();
    let (cert, key) = self_signed_certificate(certs.path());
    let smtp = SmtpServer::start(SmtpOptions {
        tls: Some((cert.clone(), key)),
        auth: Some(("quads".into(), "s3cret pw".into())),
        ..SmtpOptions::default()
    });
    let url = format!(
        "smtp://quads:s3cret%20pw@127.0.0.1:{}?tls=required",
        smtp.port
    );

    // Without trusting the certificate, nothing is sent, and the row says why.
    let untrusting = app(db, Some(url.clone()), vec![]).await;
    queue_reset(&untrusting.store, "untrusted", "p@example.org", "P").await;
    eventually(WAIT, "the attempt fails", || async {
        row(&untrusting.store, "untrusted").await.attempts == 1
    })
    .await;
    let error = row(&untrusting.store, "untrusted")
        .await
        .last_error
        .unwrap();
    assert!(error.to_lowercase().contains("certificate"), "{error}");
    drop(untrusting);

    let app = app(
        db,
        Some(url),
        vec![("SMTP_CA_FILE", cert.display().to_string())],
    )
    .await;
    queue_reset(&app.store, "tls", "secure@example.org", "Sec").await;
    wait_all_settled(&app).await;
    assert_eq!(row(&app.store, "tls").await.status, OutboxStatus::Sent);
    let received = smtp.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].envelope_to, ["secure@example.org"]);
}

async fn a_claim_whose_sender_died_is_taken_again_when_its_lease_expires(db: Db) {
    let smtp = SmtpServer::start(SmtpOptions::default());
    let app = app(db, Some(smtp.url()), vec![]).await;
    let now = app.clock.now();
    // Due in ten seconds, so that only the "dead" sender can claim it now.
    store::outbox::enqueue(
        app.store.conn(),
        store::outbox::NewMessage {
            idempotency_key: "orphan".into(),
            recipient: "orphan@example.org".into(),
            template: "password_reset".into(),
            payload: reset_payload("Orphan"),
            due_at: now + Span::seconds(10),
        },
        now,
    )
    .await
    .unwrap();
    let claimed = store::outbox::claim(
        app.store.conn(),
        "a-sender-that-dies",
        now + Span::seconds(10),
        Span::seconds(60),
        10,
    )
    .await
    .unwrap();
    assert_eq!(claimed.len(), 1);

    app.clock.advance(Span::seconds(20));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(smtp.received_count(), 0, "the lease still holds");

    app.clock.advance(Span::seconds(61));
    eventually(WAIT, "the orphan is delivered", || async {
        row(&app.store, "orphan").await.status == OutboxStatus::Sent
    })
    .await;
    assert_eq!(smtp.received_count(), 1);
    assert_ne!(
        row(&app.store, "orphan").await.lease_owner.as_deref(),
        Some("a-sender-that-dies")
    );
}

async fn a_live_sender_renews_its_lease_so_a_slow_send_is_never_taken_by_another(db: Db) {
    let smtp = SmtpServer::start(SmtpOptions {
        delay_ms: 2500,
        ..SmtpOptions::default()
    });
    let app = app(db, Some(smtp.url()), vec![]).await;
    queue_reset(&app.store, "slow", "slow@example.org", "Slow").await;
    eventually(WAIT, "the dispatcher claims it", || async {
        row(&app.store, "slow").await.lease_owner.is_some()
    })
    .await;
    let first_expiry = row(&app.store, "slow").await.lease_expires_at.unwrap();

    app.clock.advance(Span::seconds(40));
    eventually(WAIT, "the lease is renewed", || async {
        row(&app.store, "slow")
            .await
            .lease_expires_at
            .is_some_and(|at| at > first_expiry)
    })
    .await;
    app.clock.advance(Span::seconds(40));
    assert!(app.clock.now() > first_expiry);
    let stolen = store::outbox::claim(
        app.store.conn(),
        "another-sender",
        app.clock.now(),
        Span::seconds(60),
        10,
    )
    .await
    .unwrap();
    assert!(stolen.is_empty(), "a renewed lease cannot be claimed");

    eventually(WAIT, "the slow message is sent", || async {
        row(&app.store, "slow").await.status == OutboxStatus::Sent
    })
    .await;
    assert_eq!(smtp.received_count(), 1);
}

async fn without_smtp_url_each_message_is_written_to_the_mail_folder(db: Db) {
    let app = app(db, None, vec![]).await;
    queue_reset(&app.store, "file", "file@example.org", "Filed").await;
    wait_all_settled(&app).await;
    let folder = app.dir.path().join("mail");
    let files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(text.contains("To: file@example.org"), "{text}");
    assert!(text.contains("Subject: Reset your Quads password"));
    assert!(text.contains("Message-ID: <"));
}

mail_test!(
    queued_messages_are_delivered_once_with_their_recipient_subject_body_and_attachments,
    messages_queued_while_the_smtp_server_is_down_all_arrive_once_it_returns,
    retries_back_off_exponentially_up_to_the_cap_and_fail_after_the_last_attempt,
    a_rejected_recipient_fails_permanently_with_the_reason_and_the_rest_still_go,
    a_message_that_cannot_be_rendered_fails_permanently_with_the_reason,
    starttls_with_a_user_and_password_reaches_a_server_whose_certificate_is_trusted_by_configuration,
    a_claim_whose_sender_died_is_taken_again_when_its_lease_expires,
    a_live_sender_renews_its_lease_so_a_slow_send_is_never_taken_by_another,
    without_smtp_url_each_message_is_written_to_the_mail_folder,
);

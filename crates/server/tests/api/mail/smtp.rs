//! The test SMTP server, its received messages, and small waiting helpers.

use chrono::Utc;
use serde::Deserialize;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use store::outbox::{enqueue, NewMessage, OutboxRow};
use store::Store;

/// A message as the SMTP server received it (its `.json` record).
#[derive(Debug, Clone, Deserialize)]
pub struct Received {
    pub envelope_to: Vec<String>,
    pub message_id: String,
    pub subject: String,
    pub from: String,
    pub text: Option<String>,
    pub html: Option<String>,
    pub attachments: Vec<ReceivedAttachment>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ReceivedAttachment {
    pub filename: String,
    pub content_type: String,
    pub content_base64: String,
}

/// How to start the server.
#[derive(Debug, Clone, Default)]
pub struct SmtpOptions {
    pub tls: Option<(PathBuf, PathBuf)>,
    pub auth: Option<(String, String)>,
    pub reject_pattern: Option<String>,
    pub delay_ms: u64,
}

/// `tests/smtp/server.py`, running; killed when dropped.
pub struct SmtpServer {
    pub port: u16,
    pub maildir: PathBuf,
    options: SmtpOptions,
    child: Option<Child>,
    _dir: tempfile::TempDir,
}

/// A loopback port held bound but not listening, so connections to it are
/// refused and no other test can take it, until dropped.
pub struct ReservedPort {
    pub port: u16,
    _socket: tokio::net::TcpSocket,
}

pub fn reserve_port() -> ReservedPort {
    let socket = tokio::net::TcpSocket::new_v4().expect("a socket");
    socket
        .bind("127.0.0.1:0".parse().expect("an address"))
        .expect("bind a free port");
    let port = socket.local_addr().expect("its address").port();
    ReservedPort {
        port,
        _socket: socket,
    }
}

/// A loopback port nothing listens on (just now).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

impl SmtpServer {
    /// Starts a server on a free port and waits until it accepts; tries
    /// another port if another test took this one meanwhile.
    pub fn start(options: SmtpOptions) -> Self {
        for _ in 0..5 {
            let mut server = Self::stopped(free_port(), options.clone());
            if server.try_start().is_ok() {
                return server;
            }
        }
        panic!("the test SMTP server did not start; is aiosmtpd installed (pip install -r tests/smtp/requirements.txt)?");
    }

    /// A server on `port` that is not running yet.
    pub fn stopped(port: u16, options: SmtpOptions) -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        Self {
            port,
            maildir: dir.path().join("received"),
            options,
            child: None,
            _dir: dir,
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// (Re)starts the server on the same port and maildir.
    pub fn restart(&mut self) {
        if let Err(reason) = self.try_start() {
            panic!(
                "the test SMTP server did not restart on port {}: {reason}",
                self.port
            );
        }
    }

    fn try_start(&mut self) -> Result<(), String> {
        self.stop();
        let script = crate::helpers::repo_root().join("tests/smtp/server.py");
        let mut command = Command::new("python3");
        command
            .arg(script)
            .args(["--port", &self.port.to_string()])
            .arg("--maildir")
            .arg(&self.maildir)
            .args(["--delay-ms", &self.options.delay_ms.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        if let Some((cert, key)) = &self.options.tls {
            command
                .arg("--tls-cert")
                .arg(cert)
                .arg("--tls-key")
                .arg(key);
        }
        if let Some((user, password)) = &self.options.auth {
            command.args(["--auth-user", user, "--auth-password", password]);
        }
        if let Some(pattern) = &self.options.reject_pattern {
            command.args(["--reject-pattern", pattern]);
        }
        let mut child = command
            .spawn()
            .map_err(|e| format!("cannot run python3 tests/smtp/server.py: {e}"))?;
        let deadline = Instant::now() + Duration::from_secs(15);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            if let Ok(Some(status)) = child.try_wait() {
                return Err(format!("it exited at start ({status})"));
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                return Err("it did not accept connections within 15 s".into());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.child = Some(child);
        Ok(())
    }

    /// Kills the server (SIGKILL); what it received stays on disk.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every message received so far, oldest first.
    pub fn received(&self) -> Vec<Received> {
        let Ok(entries) = std::fs::read_dir(&self.maildir) else {
            return Vec::new();
        };
        let mut names: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|p| {
                let text = std::fs::read_to_string(p).expect("read a received message");
                serde_json::from_str(&text).expect("a received message's record")
            })
            .collect()
    }

    pub fn received_count(&self) -> usize {
        std::fs::read_dir(&self.maildir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
                    .count()
            })
            .unwrap_or(0)
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A self-signed certificate for 127.0.0.1 and its key, made with openssl.
pub fn self_signed_certificate(dir: &Path) -> (PathBuf, PathBuf) {
    let cert = dir.join("smtp-cert.pem");
    let key = dir.join("smtp-key.pem");
    let status = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
        ])
        .args(["-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"])
        .args(["-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"])
        .args(["-addext", "basicConstraints=critical,CA:FALSE"])
        .args(["-addext", "extendedKeyUsage=serverAuth"])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("run openssl to make a test certificate");
    assert!(
        status.success(),
        "openssl could not make a test certificate"
    );
    (cert, key)
}

/// Waits until `check` holds, polling; panics with `what` after `within`.
pub async fn eventually<F, Fut>(within: Duration, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + within;
    loop {
        if check().await {
            return;
        }
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// Queues a password reset for `name` at `recipient`, due now.
pub async fn queue_reset(store: &Store, key: &str, recipient: &str, name: &str) {
    queue(store, key, recipient, "password_reset", reset_payload(name)).await;
}

pub fn reset_payload(name: &str) -> Value {
    json!({"name": name, "link": "https://quads.example/reset?t=abc", "expires_in_minutes": 30})
}

pub async fn queue(store: &Store, key: &str, recipient: &str, template: &str, payload: Value) {
    let now = Utc::now() - chrono::Duration::seconds(1);
    enqueue(
        store.conn(),
        NewMessage {
            idempotency_key: key.into(),
            recipient: recipient.into(),
            template: template.into(),
            payload,
            due_at: now,
        },
        now,
    )
    .await
    .expect("queue a message");
}

/// Every outbox row, newest first.
pub async fn rows(store: &Store) -> Vec<OutboxRow> {
    store::outbox::list(store.conn(), None, 0, 1000)
        .await
        .expect("list the outbox")
        .0
}

/// The row queued under `key`.
pub async fn row(store: &Store, key: &str) -> OutboxRow {
    rows(store)
        .await
        .into_iter()
        .find(|r| r.idempotency_key == key)
        .unwrap_or_else(|| panic!("no outbox row {key}"))
}

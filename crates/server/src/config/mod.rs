//! Configuration: defaults, then an optional TOML file, then environment
//! variables; validated at start and logged with secrets masked.

use serde::Deserialize;
use std::net::SocketAddr;
use std::path::PathBuf;
use url::Url;

/// Whether Quads runs for real or for a developer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Production,
    Development,
}

/// Validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub bind: SocketAddr,
    pub public_url: Url,
    pub mode: Mode,
    /// `smtp://` (STARTTLS) or `smtps://`; without it mail goes to `mail_dir`.
    pub smtp_url: Option<Url>,
    pub data_dir: PathBuf,
    pub frontend_dir: PathBuf,
    pub mail_dir: PathBuf,
    pub db_max_connections: u32,
    /// The SMTP server SMTP_URL names, with SMTP_CA_FILE and the timeout.
    pub smtp: Option<notify::SmtpSettings>,
    /// The From of every message (QUADS_MAIL_FROM).
    pub mail_from: notify::Mailbox,
    /// Lease, polling, retry and batch settings of the outbox dispatcher.
    pub outbox: notify::OutboxSettings,
    /// Proxies whose `X-Forwarded-For` is believed (none by default).
    pub trusted_proxies: crate::client_ip::TrustedProxies,
    /// Complexity, answer size and time limits of GraphQL requests.
    pub request_limits: api::cost::RequestLimits,
    /// How long a client may take to send a request's headers.
    pub header_read_timeout: std::time::Duration,
    /// The largest attachment or programme material accepted, in bytes.
    pub attachment_max_bytes: usize,
    /// A test clock (`QUADS_TEST_NOW`), for journeys and demos whose dates
    /// must not depend on the day they run; development mode only.
    pub test_clock: Option<domain::TestClock>,
}

impl Config {
    /// The clock the application reads: the test clock if one is set, the
    /// real time otherwise.
    pub fn clock(&self) -> std::sync::Arc<dyn domain::Clock> {
        match self.test_clock {
            Some(test) => test.clock(),
            None => std::sync::Arc::new(domain::SystemClock),
        }
    }
}

/// The same keys as a file or the environment gives them, all optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Layer {
    database_url: Option<String>,
    bind: Option<String>,
    public_url: Option<String>,
    mode: Option<String>,
    smtp_url: Option<String>,
    data_dir: Option<String>,
    frontend_dir: Option<String>,
    mail_dir: Option<String>,
    db_max_connections: Option<u32>,
    mail_from: Option<String>,
    smtp_ca_file: Option<String>,
    smtp_timeout_seconds: Option<u64>,
    outbox_lease_seconds: Option<u32>,
    outbox_poll_ms: Option<u64>,
    outbox_max_attempts: Option<u32>,
    outbox_backoff_base_seconds: Option<u32>,
    outbox_backoff_cap_seconds: Option<u32>,
    outbox_batch: Option<u32>,
    trusted_proxies: Option<String>,
    graphql_max_complexity: Option<u64>,
    graphql_max_response_bytes: Option<u64>,
    graphql_timeout_ms: Option<u64>,
    header_read_timeout_ms: Option<u64>,
    attachment_max_bytes: Option<u64>,
    test_now: Option<String>,
}

impl Layer {
    fn over(self, base: Layer) -> Layer {
        Layer {
            database_url: self.database_url.or(base.database_url),
            bind: self.bind.or(base.bind),
            public_url: self.public_url.or(base.public_url),
            mode: self.mode.or(base.mode),
            smtp_url: self.smtp_url.or(base.smtp_url),
            data_dir: self.data_dir.or(base.data_dir),
            frontend_dir: self.frontend_dir.or(base.frontend_dir),
            mail_dir: self.mail_dir.or(base.mail_dir),
            db_max_connections: self.db_max_connections.or(base.db_max_connections),
            mail_from: self.mail_from.or(base.mail_from),
            smtp_ca_file: self.smtp_ca_file.or(base.smtp_ca_file),
            smtp_timeout_seconds: self.smtp_timeout_seconds.or(base.smtp_timeout_seconds),
            outbox_lease_seconds: self.outbox_lease_seconds.or(base.outbox_lease_seconds),
            outbox_poll_ms: self.outbox_poll_ms.or(base.outbox_poll_ms),
            outbox_max_attempts: self.outbox_max_attempts.or(base.outbox_max_attempts),
            outbox_backoff_base_seconds: self
                .outbox_backoff_base_seconds
                .or(base.outbox_backoff_base_seconds),
            outbox_backoff_cap_seconds: self
                .outbox_backoff_cap_seconds
                .or(base.outbox_backoff_cap_seconds),
            outbox_batch: self.outbox_batch.or(base.outbox_batch),
            trusted_proxies: self.trusted_proxies.or(base.trusted_proxies),
            graphql_max_complexity: self.graphql_max_complexity.or(base.graphql_max_complexity),
            graphql_max_response_bytes: self
                .graphql_max_response_bytes
                .or(base.graphql_max_response_bytes),
            graphql_timeout_ms: self.graphql_timeout_ms.or(base.graphql_timeout_ms),
            header_read_timeout_ms: self.header_read_timeout_ms.or(base.header_read_timeout_ms),
            attachment_max_bytes: self.attachment_max_bytes.or(base.attachment_max_bytes),
            test_now: self.test_now.or(base.test_now),
        }
    }
}

/// Reads the environment's layer through `get`, so tests need not touch the
/// process environment.
fn env_layer(get: &dyn Fn(&str) -> Option<String>) -> Result<Layer, String> {
    let text = |k: &str| get(k).filter(|v| !v.trim().is_empty());
    let max = match text("QUADS_DB_MAX_CONNECTIONS") {
        Some(v) => Some(
            v.parse()
                .map_err(|_| format!("QUADS_DB_MAX_CONNECTIONS: `{v}` is not a whole number"))?,
        ),
        None => None,
    };
    Ok(Layer {
        database_url: text("DATABASE_URL"),
        bind: text("QUADS_BIND"),
        public_url: text("QUADS_PUBLIC_URL"),
        mode: text("QUADS_MODE"),
        smtp_url: text("SMTP_URL"),
        data_dir: text("QUADS_DATA_DIR"),
        frontend_dir: text("QUADS_FRONTEND_DIR"),
        mail_dir: text("QUADS_MAIL_DIR"),
        db_max_connections: max,
        mail_from: text("QUADS_MAIL_FROM"),
        smtp_ca_file: text("SMTP_CA_FILE"),
        smtp_timeout_seconds: parse_number("SMTP_TIMEOUT_SECONDS", text("SMTP_TIMEOUT_SECONDS"))?,
        outbox_lease_seconds: parse_number(
            "QUADS_OUTBOX_LEASE_SECONDS",
            text("QUADS_OUTBOX_LEASE_SECONDS"),
        )?,
        outbox_poll_ms: parse_number("QUADS_OUTBOX_POLL_MS", text("QUADS_OUTBOX_POLL_MS"))?,
        outbox_max_attempts: parse_number(
            "QUADS_OUTBOX_MAX_ATTEMPTS",
            text("QUADS_OUTBOX_MAX_ATTEMPTS"),
        )?,
        outbox_backoff_base_seconds: parse_number(
            "QUADS_OUTBOX_BACKOFF_BASE_SECONDS",
            text("QUADS_OUTBOX_BACKOFF_BASE_SECONDS"),
        )?,
        outbox_backoff_cap_seconds: parse_number(
            "QUADS_OUTBOX_BACKOFF_CAP_SECONDS",
            text("QUADS_OUTBOX_BACKOFF_CAP_SECONDS"),
        )?,
        outbox_batch: parse_number("QUADS_OUTBOX_BATCH", text("QUADS_OUTBOX_BATCH"))?,
        trusted_proxies: text("QUADS_TRUSTED_PROXIES"),
        graphql_max_complexity: parse_number(
            "QUADS_GRAPHQL_MAX_COMPLEXITY",
            text("QUADS_GRAPHQL_MAX_COMPLEXITY"),
        )?,
        graphql_max_response_bytes: parse_number(
            "QUADS_GRAPHQL_MAX_RESPONSE_BYTES",
            text("QUADS_GRAPHQL_MAX_RESPONSE_BYTES"),
        )?,
        graphql_timeout_ms: parse_number(
            "QUADS_GRAPHQL_TIMEOUT_MS",
            text("QUADS_GRAPHQL_TIMEOUT_MS"),
        )?,
        header_read_timeout_ms: parse_number(
            "QUADS_HEADER_READ_TIMEOUT_MS",
            text("QUADS_HEADER_READ_TIMEOUT_MS"),
        )?,
        attachment_max_bytes: parse_number(
            "QUADS_ATTACHMENT_MAX_BYTES",
            text("QUADS_ATTACHMENT_MAX_BYTES"),
        )?,
        test_now: text("QUADS_TEST_NOW"),
    })
}

/// A whole number from the environment, or a one-line reason.
fn parse_number<T: std::str::FromStr>(
    key: &str,
    value: Option<String>,
) -> Result<Option<T>, String> {
    value
        .map(|v| {
            v.trim()
                .parse()
                .map_err(|_| format!("{key}: `{v}` is not a whole number"))
        })
        .transpose()
}

impl Config {
    /// Loads from the optional file and the process environment.
    pub fn load(file: Option<&std::path::Path>) -> Result<Self, String> {
        Self::load_with(file, &|k| std::env::var(k).ok())
    }

    pub fn load_with(
        file: Option<&std::path::Path>,
        get: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Self, String> {
        let file = file
            .map(PathBuf::from)
            .or_else(|| get("QUADS_CONFIG").map(PathBuf::from));
        let from_file = match &file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|e| {
                    format!("cannot read configuration file {}: {e}", path.display())
                })?;
                toml::from_str::<Layer>(&text)
                    .map_err(|e| format!("{}: {}", path.display(), e.message()))?
            }
            None => Layer::default(),
        };
        env_layer(get)?.over(from_file).validate()
    }
}

impl Layer {
    fn validate(self) -> Result<Config, String> {
        let database_url = self
            .database_url
            .unwrap_or_else(|| "sqlite://var/quads.db?mode=rwc".into());
        store::db::backend_of(&database_url).map_err(|_| {
            format!(
                "DATABASE_URL must start with sqlite: or postgres:// (got `{}`)",
                mask_url(&database_url)
            )
        })?;
        let bind_text = self.bind.unwrap_or_else(|| "127.0.0.1:8080".into());
        let bind: SocketAddr = bind_text.parse().map_err(|_| {
            format!("QUADS_BIND: `{bind_text}` is not an address such as 127.0.0.1:8080")
        })?;
        let public_text = self.public_url.unwrap_or_else(|| format!("http://{bind}"));
        let public_url = Url::parse(&public_text)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
            .ok_or_else(|| {
                format!("QUADS_PUBLIC_URL: `{public_text}` is not an http(s) address")
            })?;
        let mode = match self.mode.as_deref().unwrap_or("production") {
            "production" => Mode::Production,
            "development" => Mode::Development,
            other => {
                return Err(format!(
                    "QUADS_MODE: `{other}` is neither production nor development"
                ))
            }
        };
        let smtp_url = match self.smtp_url {
            None => None,
            Some(text) => {
                let url = Url::parse(&text)
                    .map_err(|e| format!("SMTP_URL: `{}` is not a URL ({e})", mask_url(&text)))?;
                if !matches!(url.scheme(), "smtp" | "smtps") || url.host().is_none() {
                    return Err(format!(
                        "SMTP_URL: `{}` must be smtp://host:port (STARTTLS) or smtps://host:port",
                        mask_url(&text)
                    ));
                }
                Some(url)
            }
        };
        let max = self.db_max_connections.unwrap_or(10);
        if max == 0 {
            return Err("QUADS_DB_MAX_CONNECTIONS must be at least 1".into());
        }
        let smtp = match &smtp_url {
            None => None,
            Some(url) => Some(notify::SmtpSettings {
                endpoint: notify::SmtpEndpoint::parse(url)
                    .map_err(|reason| format!("SMTP_URL: {reason}"))?,
                ca_file: self.smtp_ca_file.map(PathBuf::from),
                timeout: std::time::Duration::from_secs(positive(
                    "SMTP_TIMEOUT_SECONDS",
                    self.smtp_timeout_seconds.unwrap_or(10),
                )?),
            }),
        };
        let from_text = self
            .mail_from
            .unwrap_or_else(|| "Quads <no-reply@quads.localhost>".into());
        let mail_from = from_text.parse::<notify::Mailbox>().map_err(|e| {
            format!("QUADS_MAIL_FROM: `{from_text}` is not an address such as Quads <no-reply@example.org> ({e})")
        })?;
        let defaults = notify::OutboxSettings::default();
        let seconds = |key: &str, value: Option<u32>, default: chrono::Duration| {
            value
                .map(|v| positive(key, u64::from(v)).map(|v| chrono::Duration::seconds(v as i64)))
                .unwrap_or(Ok(default))
        };
        let outbox = notify::OutboxSettings {
            lease: seconds(
                "QUADS_OUTBOX_LEASE_SECONDS",
                self.outbox_lease_seconds,
                defaults.lease,
            )?,
            poll: self
                .outbox_poll_ms
                .map(|ms| {
                    positive("QUADS_OUTBOX_POLL_MS", ms).map(std::time::Duration::from_millis)
                })
                .unwrap_or(Ok(defaults.poll))?,
            max_attempts: match self.outbox_max_attempts {
                Some(n) => positive("QUADS_OUTBOX_MAX_ATTEMPTS", u64::from(n))? as u32,
                None => defaults.max_attempts,
            },
            backoff_base: seconds(
                "QUADS_OUTBOX_BACKOFF_BASE_SECONDS",
                self.outbox_backoff_base_seconds,
                defaults.backoff_base,
            )?,
            backoff_cap: seconds(
                "QUADS_OUTBOX_BACKOFF_CAP_SECONDS",
                self.outbox_backoff_cap_seconds,
                defaults.backoff_cap,
            )?,
            batch: match self.outbox_batch {
                Some(n) => positive("QUADS_OUTBOX_BATCH", u64::from(n))?,
                None => defaults.batch,
            },
        };
        if outbox.backoff_cap < outbox.backoff_base {
            return Err(
                "QUADS_OUTBOX_BACKOFF_CAP_SECONDS must not be less than QUADS_OUTBOX_BACKOFF_BASE_SECONDS"
                    .into(),
            );
        }
        let trusted_proxies =
            crate::client_ip::TrustedProxies::parse(self.trusted_proxies.as_deref().unwrap_or(""))
                .map_err(|reason| format!("QUADS_TRUSTED_PROXIES: {reason}"))?;
        let limit_defaults = api::cost::RequestLimits::default();
        let request_limits = api::cost::RequestLimits {
            max_complexity: match self.graphql_max_complexity {
                Some(n) => positive("QUADS_GRAPHQL_MAX_COMPLEXITY", n)? as usize,
                None => limit_defaults.max_complexity,
            },
            max_response_bytes: match self.graphql_max_response_bytes {
                Some(n) => positive("QUADS_GRAPHQL_MAX_RESPONSE_BYTES", n)?,
                None => limit_defaults.max_response_bytes,
            },
            timeout: match self.graphql_timeout_ms {
                Some(ms) => {
                    std::time::Duration::from_millis(positive("QUADS_GRAPHQL_TIMEOUT_MS", ms)?)
                }
                None => limit_defaults.timeout,
            },
        };
        let header_read_timeout = std::time::Duration::from_millis(positive(
            "QUADS_HEADER_READ_TIMEOUT_MS",
            self.header_read_timeout_ms.unwrap_or(10_000),
        )?);
        let attachment_max_bytes = match self.attachment_max_bytes {
            Some(n) => positive("QUADS_ATTACHMENT_MAX_BYTES", n)? as usize,
            None => domain::attachment::DEFAULT_MAX_BYTES,
        };
        let test_clock = match self.test_now {
            None => None,
            Some(text) => {
                let clock = text
                    .parse::<domain::TestClock>()
                    .map_err(|reason| format!("QUADS_TEST_NOW: {reason}"))?;
                if mode == Mode::Production {
                    return Err(format!(
                        "QUADS_TEST_NOW: a test clock (`{}`) is refused in production mode; \
                         set QUADS_MODE=development to use one, or unset QUADS_TEST_NOW",
                        text.trim()
                    ));
                }
                Some(clock)
            }
        };
        Ok(Config {
            test_clock,
            attachment_max_bytes,
            trusted_proxies,
            header_read_timeout,
            request_limits,
            smtp,
            mail_from,
            outbox,
            database_url,
            bind,
            public_url,
            mode,
            smtp_url,
            data_dir: self.data_dir.unwrap_or_else(|| "data".into()).into(),
            frontend_dir: self
                .frontend_dir
                .unwrap_or_else(|| "frontend/dist".into())
                .into(),
            mail_dir: self.mail_dir.unwrap_or_else(|| "var/mail".into()).into(),
            db_max_connections: max,
        })
    }
}

/// `value` if it is at least 1, or a one-line reason naming `key`.
fn positive(key: &str, value: u64) -> Result<u64, String> {
    if value == 0 {
        Err(format!("{key} must be at least 1"))
    } else {
        Ok(value)
    }
}

/// A URL with any password replaced, for logs and error messages.
pub fn mask_url(text: &str) -> String {
    match Url::parse(text) {
        Ok(mut url) if url.password().is_some() => {
            let _ = url.set_password(Some("****"));
            url.to_string()
        }
        _ => text.to_string(),
    }
}

impl Config {
    /// One line for the log, secrets masked.
    pub fn describe(&self) -> String {
        format!(
            "database={} bind={} public_url={} mode={:?} mail={} mail_from={} data_dir={} frontend_dir={} trusted_proxies={} clock={}",
            mask_url(&self.database_url),
            self.bind,
            self.public_url,
            self.mode,
            self.smtp_url
                .as_ref()
                .map(|u| mask_url(u.as_str()))
                .unwrap_or_else(|| format!("files in {}", self.mail_dir.display())),
            self.mail_from,
            self.data_dir.display(),
            self.frontend_dir.display(),
            self.trusted_proxies,
            match self.test_clock {
                None => "system".to_owned(),
                Some(domain::TestClock::Fixed(at)) => format!("fixed at {}", at.to_rfc3339()),
                Some(domain::TestClock::Offset(by)) => format!("offset by {by}"),
            }
        )
    }
}

#[cfg(test)]
mod tests;

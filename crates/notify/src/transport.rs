//! Where messages go: an SMTP server (lettre, STARTTLS or implicit TLS,
//! with credentials and short timeouts), or, in the embedded default
//! without SMTP_URL, `.eml` files in a folder.

use crate::NotifyError;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use url::Url;

/// How the connection to the SMTP server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// `smtps://`: TLS from the first byte.
    ImplicitTls,
    /// `smtp://`: STARTTLS, and refuse to send if the server lacks it.
    StartTls,
    /// `smtp://…?tls=opportunistic`: STARTTLS when offered (the default
    /// for a loopback host, where there is no network to listen on).
    Opportunistic,
    /// `smtp://…?tls=none`: plain text; only sensible on loopback.
    None,
}

/// An SMTP server as SMTP_URL names it.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpEndpoint {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub user: Option<String>,
    password: Option<String>,
}

impl std::fmt::Debug for SmtpEndpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpEndpoint")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("security", &self.security)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "****"))
            .finish()
    }
}

impl SmtpEndpoint {
    /// Parses `smtp://[user:password@]host[:port][?tls=required|opportunistic|none]`
    /// or `smtps://[user:password@]host[:port]`. The error is one line.
    pub fn parse(url: &Url) -> Result<Self, String> {
        let implicit = match url.scheme() {
            "smtps" => true,
            "smtp" => false,
            other => return Err(format!("the scheme must be smtp or smtps, not {other}")),
        };
        let host = match url.host() {
            Some(url::Host::Ipv6(ip)) => ip.to_string(),
            Some(host) => host.to_string(),
            None => return Err("a host is required".into()),
        };
        if !matches!(url.path(), "" | "/") {
            return Err(format!("unexpected path `{}`", url.path()));
        }
        if url.fragment().is_some() {
            return Err("unexpected fragment".into());
        }
        let loopback =
            host == "localhost" || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback());
        let mut security = if implicit {
            Security::ImplicitTls
        } else if loopback {
            Security::Opportunistic
        } else {
            Security::StartTls
        };
        for (key, value) in url.query_pairs() {
            match (key.as_ref(), value.as_ref(), implicit) {
                ("tls", "required", false) => security = Security::StartTls,
                ("tls", "opportunistic", false) => security = Security::Opportunistic,
                ("tls", "none", false) => security = Security::None,
                ("tls", other, false) => {
                    return Err(format!(
                        "tls must be required, opportunistic or none, not `{other}`"
                    ))
                }
                ("tls", _, true) => return Err("smtps:// always uses TLS; drop `tls=`".into()),
                (other, _, _) => return Err(format!("unknown parameter `{other}`")),
            }
        }
        let decode = |s: &str| {
            percent_decode(s).ok_or_else(|| "the user or password is not valid UTF-8".to_string())
        };
        let user = match url.username() {
            "" => None,
            u => Some(decode(u)?),
        };
        let password = url.password().map(decode).transpose()?;
        if password.is_some() && user.is_none() {
            return Err("a password needs a user".into());
        }
        Ok(Self {
            host,
            port: url.port().unwrap_or(if implicit { 465 } else { 587 }),
            security,
            user,
            password,
        })
    }
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Everything needed to reach the SMTP server.
#[derive(Debug, Clone)]
pub struct SmtpSettings {
    pub endpoint: SmtpEndpoint,
    /// A PEM certificate to trust in addition to the usual roots (for a
    /// server with a private or self-signed certificate).
    pub ca_file: Option<PathBuf>,
    /// For connecting and for each reply.
    pub timeout: Duration,
}

/// Why a send failed, and whether trying again could help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendError {
    /// The server refused for good (a 5xx reply, e.g. an unknown recipient).
    pub permanent: bool,
    pub reason: String,
}

/// Where accepted messages went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivered {
    Smtp,
    File(PathBuf),
}

/// The configured way out.
#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Smtp(_) => f.write_str("Transport::Smtp"),
            Self::Files(dir) => write!(f, "Transport::Files({})", dir.display()),
        }
    }
}

static FILE_COUNTER: AtomicU64 = AtomicU64::new(0);

impl Transport {
    /// An SMTP transport (nothing is connected until the first send).
    pub fn smtp(settings: &SmtpSettings) -> Result<Self, NotifyError> {
        let endpoint = &settings.endpoint;
        let tls_parameters = || -> Result<TlsParameters, NotifyError> {
            let mut builder = TlsParameters::builder(endpoint.host.clone());
            if let Some(path) = &settings.ca_file {
                let pem = std::fs::read(path).map_err(|e| {
                    NotifyError::Config(format!(
                        "SMTP_CA_FILE: cannot read {}: {e}",
                        path.display()
                    ))
                })?;
                let cert = Certificate::from_pem(&pem).map_err(|e| {
                    NotifyError::Config(format!(
                        "SMTP_CA_FILE: {} is not a PEM certificate: {e}",
                        path.display()
                    ))
                })?;
                builder = builder.add_root_certificate(cert);
            }
            builder
                .build_rustls()
                .map_err(|e| NotifyError::Config(format!("SMTP TLS settings: {e}")))
        };
        let tls = match endpoint.security {
            Security::ImplicitTls => Tls::Wrapper(tls_parameters()?),
            Security::StartTls => Tls::Required(tls_parameters()?),
            Security::Opportunistic => Tls::Opportunistic(tls_parameters()?),
            Security::None => Tls::None,
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&endpoint.host)
            .port(endpoint.port)
            .tls(tls)
            .timeout(Some(settings.timeout));
        if let Some(user) = &endpoint.user {
            builder = builder.credentials(Credentials::new(
                user.clone(),
                endpoint.password.clone().unwrap_or_default(),
            ));
        }
        Ok(Self::Smtp(builder.build()))
    }

    /// Writes each message as an `.eml` file in `dir` (created if needed).
    pub fn files(dir: &Path) -> Result<Self, NotifyError> {
        std::fs::create_dir_all(dir).map_err(|e| {
            NotifyError::Config(format!(
                "cannot create the mail folder {}: {e}",
                dir.display()
            ))
        })?;
        Ok(Self::Files(dir.to_path_buf()))
    }

    pub async fn send(&self, message: &Message) -> Result<Delivered, SendError> {
        match self {
            Self::Smtp(smtp) => smtp
                .send(message.clone())
                .await
                .map(|_| Delivered::Smtp)
                .map_err(|e| SendError {
                    permanent: e.is_permanent(),
                    reason: one_line(&e),
                }),
            Self::Files(dir) => {
                let name = format!(
                    "{}-{}.eml",
                    chrono::Utc::now().format("%Y%m%dT%H%M%S%.6f"),
                    FILE_COUNTER.fetch_add(1, Ordering::Relaxed)
                );
                let path = dir.join(name);
                let partial = path.with_extension("eml.part");
                let write = async {
                    tokio::fs::write(&partial, message.formatted()).await?;
                    tokio::fs::rename(&partial, &path).await
                };
                write.await.map_err(|e| SendError {
                    permanent: false,
                    reason: format!("cannot write {}: {e}", path.display()),
                })?;
                Ok(Delivered::File(path))
            }
        }
    }
}

/// An error and its causes on one line.
fn one_line(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text.replace(['\r', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<SmtpEndpoint, String> {
        SmtpEndpoint::parse(&Url::parse(s).unwrap())
    }

    #[test]
    fn smtp_urls_choose_security_port_and_credentials() {
        let e = parse("smtp://mailer:p%40ss@mail.example.org").unwrap();
        assert_eq!(
            (e.host.as_str(), e.port, e.security),
            ("mail.example.org", 587, Security::StartTls)
        );
        assert_eq!(e.user.as_deref(), Some("mailer"));
        assert_eq!(e.password.as_deref(), Some("p@ss"));
        assert!(!format!("{e:?}").contains("p@ss"));
        assert_eq!(parse("smtps://mail.example.org").unwrap().port, 465);
        assert_eq!(
            parse("smtps://mail.example.org").unwrap().security,
            Security::ImplicitTls
        );
        assert_eq!(
            parse("smtp://127.0.0.1:2525").unwrap().security,
            Security::Opportunistic
        );
        assert_eq!(
            parse("smtp://localhost:25?tls=required").unwrap().security,
            Security::StartTls
        );
        assert_eq!(
            parse("smtp://localhost:25?tls=none").unwrap().security,
            Security::None
        );
    }

    #[test]
    fn unknown_parameters_and_contradictions_are_refused() {
        assert!(parse("smtp://h?tls=maybe").unwrap_err().contains("maybe"));
        assert!(parse("smtp://h?verify=no").unwrap_err().contains("verify"));
        assert!(parse("smtps://h?tls=none").is_err());
        assert!(parse("smtp://h/path").is_err());
        assert!(parse("smtp://:pw@h").is_err());
    }

    #[test]
    fn a_missing_ca_file_is_refused_with_its_name() {
        let err = Transport::smtp(&SmtpSettings {
            endpoint: parse("smtp://mail.example.org").unwrap(),
            ca_file: Some("/nonexistent/ca.pem".into()),
            timeout: Duration::from_secs(5),
        })
        .unwrap_err();
        assert!(err.to_string().contains("/nonexistent/ca.pem"), "{err}");
    }
}

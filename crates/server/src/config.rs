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
    })
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
        Ok(Config {
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
            "database={} bind={} public_url={} mode={:?} mail={} data_dir={} frontend_dir={}",
            mask_url(&self.database_url),
            self.bind,
            self.public_url,
            self.mode,
            self.smtp_url
                .as_ref()
                .map(|u| mask_url(u.as_str()))
                .unwrap_or_else(|| format!("files in {}", self.mail_dir.display())),
            self.data_dir.display(),
            self.frontend_dir.display()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn load(vars: &[(&str, &str)]) -> Result<Config, String> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::load_with(None, &move |k| map.get(k).cloned())
    }

    #[test]
    fn defaults_give_an_embedded_sqlite_production_server_on_loopback() {
        let c = load(&[]).unwrap();
        assert_eq!(c.database_url, "sqlite://var/quads.db?mode=rwc");
        assert_eq!(c.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(c.public_url.as_str(), "http://127.0.0.1:8080/");
        assert_eq!(c.mode, Mode::Production);
        assert!(c.smtp_url.is_none());
    }

    #[test]
    fn a_bad_value_is_refused_with_a_one_line_reason_naming_the_variable() {
        for (key, value, expected) in [
            ("DATABASE_URL", "mysql://x", "DATABASE_URL"),
            ("QUADS_BIND", "localhost", "QUADS_BIND"),
            ("QUADS_MODE", "staging", "QUADS_MODE"),
            ("SMTP_URL", "http://mail", "SMTP_URL"),
            ("QUADS_PUBLIC_URL", "ftp://x", "QUADS_PUBLIC_URL"),
        ] {
            let err = load(&[(key, value)]).unwrap_err();
            assert!(err.starts_with(expected), "{err}");
            assert!(!err.contains('\n'));
        }
    }

    #[test]
    fn the_environment_overrides_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("quads.toml");
        std::fs::write(&file, "bind = \"127.0.0.1:9000\"\nmode = \"development\"\n").unwrap();
        let map: HashMap<&str, &str> = [("QUADS_MODE", "production")].into();
        let c =
            Config::load_with(Some(&file), &move |k| map.get(k).map(|v| v.to_string())).unwrap();
        assert_eq!(c.bind.to_string(), "127.0.0.1:9000");
        assert_eq!(c.mode, Mode::Production);
    }

    #[test]
    fn passwords_are_masked_in_the_description() {
        let c = load(&[
            ("SMTP_URL", "smtp://user:secret@mail.example:587"),
            ("DATABASE_URL", "postgres://q:pw@db/quads"),
        ])
        .unwrap();
        let line = c.describe();
        assert!(!line.contains("secret") && !line.contains(":pw@"), "{line}");
        assert!(line.contains("****"));
    }
}

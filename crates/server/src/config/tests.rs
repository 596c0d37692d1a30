//! Tests of loading and checking the configuration.

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
    assert_eq!(c.mail_dir, PathBuf::from("var/mail"));
    assert_eq!(c.mail_from.to_string(), "Quads <no-reply@quads.localhost>");
    assert_eq!(c.outbox.lease, chrono::Duration::seconds(60));
    assert!(
        c.trusted_proxies.is_empty(),
        "no proxy is trusted by default"
    );
    assert_eq!(c.request_limits.max_complexity, 2_000);
    assert_eq!(c.request_limits.max_response_bytes, 1_048_576);
    assert_eq!(c.request_limits.timeout, std::time::Duration::from_secs(10));
}

#[test]
fn graphql_limits_come_from_the_environment() {
    let c = load(&[
        ("QUADS_GRAPHQL_MAX_COMPLEXITY", "500"),
        ("QUADS_GRAPHQL_MAX_RESPONSE_BYTES", "65536"),
        ("QUADS_GRAPHQL_TIMEOUT_MS", "250"),
    ])
    .unwrap();
    assert_eq!(c.request_limits.max_complexity, 500);
    assert_eq!(c.request_limits.max_response_bytes, 65_536);
    assert_eq!(
        c.request_limits.timeout,
        std::time::Duration::from_millis(250)
    );
    assert!(load(&[("QUADS_GRAPHQL_TIMEOUT_MS", "0")])
        .unwrap_err()
        .starts_with("QUADS_GRAPHQL_TIMEOUT_MS"));
}

#[test]
fn smtp_settings_come_from_the_url_the_ca_file_and_the_timeout() {
    let c = load(&[
        ("SMTP_URL", "smtp://quads:pw@mail.example:2587"),
        ("SMTP_CA_FILE", "/etc/quads/ca.pem"),
        ("SMTP_TIMEOUT_SECONDS", "3"),
    ])
    .unwrap();
    let smtp = c.smtp.unwrap();
    assert_eq!(smtp.endpoint.port, 2587);
    assert_eq!(
        smtp.endpoint.security,
        notify::transport::Security::StartTls
    );
    assert_eq!(smtp.ca_file, Some(PathBuf::from("/etc/quads/ca.pem")));
    assert_eq!(smtp.timeout, std::time::Duration::from_secs(3));
}

#[test]
fn a_bad_value_is_refused_with_a_one_line_reason_naming_the_variable() {
    for (key, value, expected) in [
        ("DATABASE_URL", "mysql://x", "DATABASE_URL"),
        ("QUADS_BIND", "localhost", "QUADS_BIND"),
        ("QUADS_MODE", "staging", "QUADS_MODE"),
        ("SMTP_URL", "http://mail", "SMTP_URL"),
        ("QUADS_PUBLIC_URL", "ftp://x", "QUADS_PUBLIC_URL"),
        ("SMTP_URL", "smtp://mail.example?verify=off", "SMTP_URL"),
        ("SMTP_URL", "smtps://mail.example?tls=none", "SMTP_URL"),
        ("QUADS_MAIL_FROM", "no address here", "QUADS_MAIL_FROM"),
        (
            "QUADS_TRUSTED_PROXIES",
            "10.0.0.1, proxy",
            "QUADS_TRUSTED_PROXIES",
        ),
        (
            "QUADS_OUTBOX_LEASE_SECONDS",
            "soon",
            "QUADS_OUTBOX_LEASE_SECONDS",
        ),
        ("QUADS_OUTBOX_POLL_MS", "0", "QUADS_OUTBOX_POLL_MS"),
        (
            "QUADS_OUTBOX_BACKOFF_CAP_SECONDS",
            "1",
            "QUADS_OUTBOX_BACKOFF_CAP_SECONDS",
        ),
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
    let c = Config::load_with(Some(&file), &move |k| map.get(k).map(|v| v.to_string())).unwrap();
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

#[test]
fn a_test_clock_is_accepted_in_development_mode_fixed_or_offset() {
    let fixed = load(&[
        ("QUADS_MODE", "development"),
        ("QUADS_TEST_NOW", "2027-03-01T09:00:00Z"),
    ])
    .unwrap();
    let at = chrono::DateTime::parse_from_rfc3339("2027-03-01T09:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    assert_eq!(fixed.test_clock, Some(domain::TestClock::Fixed(at)));
    assert_eq!(fixed.clock().now(), at);
    assert!(fixed
        .describe()
        .contains("clock=fixed at 2027-03-01T09:00:00+00:00"));
    let offset = load(&[("QUADS_MODE", "development"), ("QUADS_TEST_NOW", "+21d")]).unwrap();
    assert_eq!(
        offset.test_clock,
        Some(domain::TestClock::Offset(chrono::Duration::days(21)))
    );
    assert!(offset.clock().now() > chrono::Utc::now() + chrono::Duration::days(20));
}

#[test]
fn without_a_test_clock_the_application_reads_the_real_time() {
    let c = load(&[]).unwrap();
    assert_eq!(c.test_clock, None);
    let gap = chrono::Utc::now() - c.clock().now();
    assert!(gap.num_seconds().abs() < 60);
    assert!(c.describe().contains("clock=system"));
}

#[test]
fn a_test_clock_in_production_mode_stops_the_start_with_a_reason() {
    let err = load(&[("QUADS_TEST_NOW", "2027-03-01T09:00:00Z")]).unwrap_err();
    assert!(err.starts_with("QUADS_TEST_NOW"), "{err}");
    assert!(err.contains("refused in production mode"), "{err}");
    assert!(!err.contains('\n'));
    let err = load(&[("QUADS_MODE", "production"), ("QUADS_TEST_NOW", "+3d")]).unwrap_err();
    assert!(err.contains("refused in production mode"), "{err}");
}

#[test]
fn a_test_clock_that_does_not_parse_is_refused_naming_the_variable() {
    let err = load(&[
        ("QUADS_MODE", "development"),
        ("QUADS_TEST_NOW", "next week"),
    ])
    .unwrap_err();
    assert!(err.starts_with("QUADS_TEST_NOW"), "{err}");
    assert!(err.contains("next week"), "{err}");
}

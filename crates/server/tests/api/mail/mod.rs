//! Email delivery against a real SMTP server (tests/smtp/server.py, started
//! per test on a loopback port), in process and with the real binary.

mod admin;
mod delivery;
mod processes;
mod smtp;

/// Declares a mail test, taking the database, on SQLite and PostgreSQL.
macro_rules! mail_test {
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
pub(crate) use mail_test;

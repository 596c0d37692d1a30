//! The Quads server: configuration, the HTTP application and its background
//! workers. `main.rs` is a thin command line over this.

pub mod accounts;
pub mod client_ip;
pub mod config;
pub mod http;
pub mod outbox;
pub mod prefilter;
pub mod programmes;
pub mod seed;

use anyhow::Context as _;
use api::{build_schema, ApiContext, SchemaOptions};
use config::{Config, Mode};
use domain::Clock;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use store::Store;
use tokio::net::TcpListener;

/// A built application, bound to its port but not yet serving.
pub struct Application {
    listener: TcpListener,
    router: axum::Router,
    store: Store,
    address: SocketAddr,
    dispatcher: notify::Dispatcher,
}

impl Application {
    /// Connects to the database, applies migrations and binds the listener
    /// (port 0 picks a free port, for tests).
    pub async fn build(config: &Config, clock: Arc<dyn Clock>) -> anyhow::Result<Self> {
        let store = Store::connect(&config.database_url, config.db_max_connections)
            .await
            .context("cannot open the database")?;
        store.migrate().await.context("cannot apply migrations")?;
        Self::build_with_store(config, clock, store).await
    }

    pub async fn build_with_store(
        config: &Config,
        clock: Arc<dyn Clock>,
        store: Store,
    ) -> anyhow::Result<Self> {
        let transport = match &config.smtp {
            Some(smtp) => notify::Transport::smtp(smtp),
            None => notify::Transport::files(&config.mail_dir),
        }
        .context("cannot set up mail")?;
        let dispatcher = notify::Dispatcher::new(
            store.clone(),
            transport,
            config.mail_from.clone(),
            clock.clone(),
            config.outbox.clone(),
        );
        let context = ApiContext {
            store: store.clone(),
            clock,
            public_url: config.public_url.as_str().trim_end_matches('/').to_string(),
            sessions: domain::identity::SessionPolicy::default(),
            mail_subjects: Arc::new(TemplateSubjects(notify::Templates::new())),
        };
        let schema = build_schema(
            Some(context.clone()),
            SchemaOptions {
                development: config.mode == Mode::Development,
                limits: config.request_limits,
            },
        );
        let state = http::AppState {
            schema,
            context,
            mode: config.mode,
            trusted_proxies: config.trusted_proxies.clone(),
            timeout: config.request_limits.timeout,
        };
        let router = http::router(state, config.frontend_dir.clone());
        let listener = TcpListener::bind(config.bind)
            .await
            .with_context(|| format!("cannot listen on {}", config.bind))?;
        let address = listener.local_addr()?;
        Ok(Self {
            listener,
            router,
            store,
            address,
            dispatcher,
        })
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Serves, and dispatches the outbox, until `shutdown` completes; then
    /// finishes requests in flight and the message being sent.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let dispatcher = tokio::spawn(self.dispatcher.run(stopped));
        let service = self
            .router
            .into_make_service_with_connect_info::<SocketAddr>();
        let served = axum::serve(self.listener, service)
            .with_graceful_shutdown(async move {
                shutdown.await;
                let _ = stop.send(true);
            })
            .await
            .context("server error");
        // If serving failed, `stop` was dropped with the shutdown future,
        // which stops the dispatcher too.
        if let Err(e) = dispatcher.await {
            tracing::error!(error = %e, "the outbox dispatcher panicked");
        }
        served
    }
}

/// The mail templates, as the API sees them: subject lines only.
struct TemplateSubjects(notify::Templates);

impl api::context::MailSubjects for TemplateSubjects {
    fn subject(&self, template: &str, payload_json: &str) -> String {
        self.0.subject(template, payload_json)
    }
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}

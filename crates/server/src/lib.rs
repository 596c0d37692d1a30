//! The Quads server: configuration, the HTTP application and its background
//! workers. `main.rs` is a thin command line over this.

pub mod accounts;
pub mod config;
pub mod http;
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
        let context = ApiContext {
            store: store.clone(),
            clock,
            public_url: config.public_url.as_str().trim_end_matches('/').to_string(),
            sessions: domain::identity::SessionPolicy::default(),
        };
        let schema = build_schema(
            Some(context.clone()),
            SchemaOptions {
                development: config.mode == Mode::Development,
            },
        );
        let state = http::AppState {
            schema,
            context,
            mode: config.mode,
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
        })
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Serves until `shutdown` completes, then finishes requests in flight.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let service = self
            .router
            .into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(self.listener, service)
            .with_graceful_shutdown(shutdown)
            .await
            .context("server error")
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

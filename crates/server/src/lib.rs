//! The Quads server: configuration, the HTTP application and its background
//! workers. `main.rs` is a thin command line over this.
// The merged GraphQL roots nest one level per area; the executor's
// future outgrows the default limit with the survey's (issue 22).
#![recursion_limit = "256"]

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
    header_read_timeout: std::time::Duration,
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
        )
        .with_reminders(config.public_url.as_str());
        let context = ApiContext {
            store: store.clone(),
            clock,
            public_url: config.public_url.as_str().trim_end_matches('/').to_string(),
            sessions: domain::identity::SessionPolicy::default(),
            mail_subjects: Arc::new(TemplateSubjects(notify::Templates::new())),
            attachment_max_bytes: config.attachment_max_bytes,
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
            documents: Arc::default(),
            budget: Arc::new(api::cost::AnswerBudget::new(
                api::schema::registry(),
                config.request_limits.max_response_bytes,
            )),
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
            header_read_timeout: config.header_read_timeout,
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
        serve(
            self.listener,
            self.router,
            self.header_read_timeout,
            shutdown,
        )
        .await;
        let _ = stop.send(true);
        if let Err(e) = dispatcher.await {
            tracing::error!(error = %e, "the outbox dispatcher panicked");
        }
        Ok(())
    }
}

/// Serves HTTP/1.1 on `listener` until `shutdown`, then lets the
/// connections finish. Unlike `axum::serve`, a client must send a request's
/// headers within `header_read_timeout` or lose the connection, so slow
/// clients (slow-loris) cannot hold connections open.
async fn serve(
    listener: TcpListener,
    router: axum::Router,
    header_read_timeout: std::time::Duration,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use hyper_util::server::graceful::GracefulShutdown;
    use tower::ServiceExt as _;
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors and the like: wait, go on.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let service = router.clone().map_request(
            move |mut request: axum::http::Request<hyper::body::Incoming>| {
                request
                    .extensions_mut()
                    .insert(axum::extract::ConnectInfo(peer));
                request.map(axum::body::Body::new)
            },
        );
        let watcher = graceful.watcher();
        tokio::spawn(async move {
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(header_read_timeout);
            let service = hyper_util::service::TowerToHyperService::new(service);
            let connection = builder.serve_connection(TokioIo::new(stream), service);
            if let Err(e) = watcher.watch(connection).await {
                tracing::debug!(error = %e, %peer, "connection ended with an error");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
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

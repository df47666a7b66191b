//! A sandbox's life as a server: a loopback port bound before its router
//! exists (its address may go into what it serves), the router served
//! there until stopped or dropped, and a program's wait for Ctrl-C.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::requests::Requests;

/// A port of 127.0.0.1, bound, with nothing served yet.
#[derive(Debug)]
pub struct Bound {
    listener: TcpListener,
    base_url: String,
}

impl Bound {
    /// Binds 127.0.0.1:`port` (0 picks a free one).
    ///
    /// # Errors
    /// When the port cannot be bound.
    pub async fn loopback(port: u16) -> std::io::Result<Bound> {
        let listener = TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port))).await?;
        let base_url = format!("http://{}", listener.local_addr()?);
        Ok(Bound { listener, base_url })
    }

    /// `http://127.0.0.1:<port>`, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Serves `router` here ([`crate::serve`]) on a task of its own,
    /// keeping its requests in `requests` (its [`Kit`](crate::Kit)'s).
    pub fn serve(self, router: Router, requests: Arc<Requests>) -> Running {
        let (shutdown, stopped) = oneshot::channel();
        let task = tokio::spawn(crate::serve(self.listener, router, requests, async {
            let _ = stopped.await;
        }));
        Running {
            shutdown: Some(shutdown),
            task: Some(task),
        }
    }
}

/// The base URL of a loopback port nothing listens on (bound, read,
/// closed): where a callback or a request is sure to be refused, as tests
/// need.
///
/// # Errors
/// When no loopback port can be bound.
pub fn closed_port_url() -> std::io::Result<String> {
    let port = std::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))?
        .local_addr()?
        .port();
    Ok(format!("http://127.0.0.1:{port}"))
}

/// A router being served. Stopped when dropped, or with [`Running::stop`].
#[derive(Debug)]
pub struct Running {
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl Running {
    /// Stops serving and waits until open connections are closed.
    pub async fn stop(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}

/// Waits for Ctrl-C (SIGINT) or, on Unix, SIGTERM (what `kill` and process
/// managers send): a sandbox binary's end.
///
/// # Errors
/// When the signals cannot be listened to.
pub async fn stop_requested() -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
        tokio::select! {
            interrupted = tokio::signal::ctrl_c() => interrupted,
            _ = terminate.recv() => Ok(()),
        }
    }
    #[cfg(not(unix))]
    tokio::signal::ctrl_c().await
}

/// Logs a sandbox binary's requests to standard output: at `default` (say
/// `"ihela_sandbox=info"`) unless `RUST_LOG` says otherwise, in colour on a
/// terminal only.
pub fn log_to_stdout(default: &str) {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| default.into()))
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stdout()))
        .init();
}

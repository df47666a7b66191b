//! The callback route for axum (feature `axum`).

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderMap, header};
use axum::response::IntoResponse;
use axum::routing::post;

use super::{CallbackHandler, MAX_CALLBACK_BODY, SIGNATURE_HEADER};

#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
impl CallbackHandler {
    /// A router answering `POST path` with this handler; merge it into the
    /// merchant's application. Bodies above [`MAX_CALLBACK_BODY`] get 413.
    ///
    /// Needs the `axum` feature (`cargo add ihela --features axum`); without
    /// it, [`CallbackHandler::handle`] serves any other framework.
    ///
    /// ```no_run
    /// use ihela::callback::{CallbackHandler, Decision};
    /// use ihela::Francs;
    ///
    /// # async fn serve(client: ihela::Client) -> std::io::Result<()> {
    /// let callback = CallbackHandler::new(
    ///     client,
    ///     |_reference| async { Ok::<_, std::io::Error>(Francs::new(2000).ok()) },
    ///     |payment| async move {
    ///         println!("paid: {}", payment.bill_code);
    ///         Ok::<_, std::io::Error>(Decision::Accept)
    ///     },
    /// );
    /// let app = axum::Router::new().merge(callback.into_router("/ihela/callback"));
    /// let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
    /// axum::serve(listener, app).await
    /// # }
    /// ```
    pub fn into_router<S: Clone + Send + Sync + 'static>(self, path: &str) -> Router<S> {
        let handler = Arc::new(self);
        let route = post(move |headers: HeaderMap, body: Bytes| async move {
            let signature = headers.get(SIGNATURE_HEADER).and_then(|value| value.to_str().ok());
            let reply = handler.handle(signature, &body).await;
            let json = [(header::CONTENT_TYPE, "application/json")];
            (reply.status(), json, reply.body()).into_response()
        });
        Router::new()
            .route(path, route)
            .layer(DefaultBodyLimit::max(MAX_CALLBACK_BODY))
    }
}

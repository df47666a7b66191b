//! The callback route for axum (feature `axum`).

use std::sync::Arc;

use axum::Router;
use axum::body::to_bytes;
use axum::extract::{Path, Request};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;

use super::{CallbackError, CallbackKind, Callbacks, MAX_CALLBACK_BODY, Reply};
use crate::types::ReferenceId;

#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
impl Callbacks {
    /// A router answering `POST` and `PUT` on `{root}/{kind}/{reference}`
    /// (the URLs [`callback_url`](super::callback_url) makes); merge it into
    /// the merchant's application. An unknown kind or a reference that is
    /// not a UUID v4 gets 404, a body above [`MAX_CALLBACK_BODY`] 413.
    ///
    /// Needs the `axum` feature.
    pub fn into_router<S: Clone + Send + Sync + 'static>(self, root: &str) -> Router<S> {
        let callbacks = Arc::new(self);
        let route = format!("{}/{{kind}}/{{reference}}", root.trim_end_matches('/'));
        let handler = move |Path((kind, reference)): Path<(String, String)>, request: Request| {
            let callbacks = callbacks.clone();
            async move { callbacks.route(&kind, reference, request).await }
        };
        Router::new().route(&route, post(handler.clone()).put(handler))
    }

    async fn route(&self, kind: &str, reference: String, request: Request) -> Response {
        let (Some(kind), Ok(reference)) = (CallbackKind::from_segment(kind), ReferenceId::try_from(reference)) else {
            return StatusCode::NOT_FOUND.into_response();
        };
        let reply = match to_bytes(request.into_body(), MAX_CALLBACK_BODY).await {
            Err(_) => Reply::from(CallbackError::TooLarge {
                size: MAX_CALLBACK_BODY + 1,
                limit: MAX_CALLBACK_BODY,
            }),
            Ok(body) => self.handle(kind, reference, &body).await,
        };
        let json = [(header::CONTENT_TYPE, "application/json")];
        (reply.status(), json, reply.body()).into_response()
    }
}

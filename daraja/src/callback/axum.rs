//! The callback routes for axum (feature `axum`).

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::to_bytes;
use axum::extract::{ConnectInfo, Request};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::post;

use super::{Callbacks, MAX_CALLBACK_BODY, Reply};

/// Where each kind of callback is mounted: the URLs given to Daraja end
/// with these paths.
#[derive(Debug, Clone)]
pub struct CallbackPaths {
    /// STK push callbacks (the push's `CallBackURL`).
    pub stk: String,
    /// Results (a business's `ResultURL`).
    pub result: String,
    /// Queue timeouts (a business's `QueueTimeOutURL`).
    pub queue_timeout: String,
    /// C2B validation (the shortcode's `ValidationURL`).
    pub validation: String,
    /// C2B confirmation (the shortcode's `ConfirmationURL`).
    pub confirmation: String,
}

impl Default for CallbackPaths {
    /// `/mpesa/stk`, `/mpesa/result`, `/mpesa/timeout`,
    /// `/mpesa/c2b/validation`, `/mpesa/c2b/confirmation`.
    fn default() -> Self {
        Self {
            stk: "/mpesa/stk".to_owned(),
            result: "/mpesa/result".to_owned(),
            queue_timeout: "/mpesa/timeout".to_owned(),
            validation: "/mpesa/c2b/validation".to_owned(),
            confirmation: "/mpesa/c2b/confirmation".to_owned(),
        }
    }
}

/// Which of the handlers a route calls.
#[derive(Clone, Copy)]
enum Kind {
    Stk,
    Result,
    QueueTimeout,
    Validation,
    Confirmation,
}

#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
impl<R: Send + Sync + 'static> Callbacks<R> {
    /// A router answering `POST` on each of `paths`; merge it into the
    /// merchant's application. The source allow-list needs the peer's
    /// address: serve with `into_make_service_with_connect_info::<SocketAddr>()`
    /// (without it, no address is known and an allow-list refuses all).
    /// Bodies above [`MAX_CALLBACK_BODY`] get 413.
    ///
    /// Needs the `axum` feature.
    pub fn into_router<S: Clone + Send + Sync + 'static>(self, paths: &CallbackPaths) -> Router<S> {
        let callbacks = Arc::new(self);
        let route = |kind: Kind| {
            let callbacks = callbacks.clone();
            post(move |request: Request| {
                let callbacks = callbacks.clone();
                async move { callbacks.route(kind, request).await }
            })
        };
        Router::new()
            .route(&paths.stk, route(Kind::Stk))
            .route(&paths.result, route(Kind::Result))
            .route(&paths.queue_timeout, route(Kind::QueueTimeout))
            .route(&paths.validation, route(Kind::Validation))
            .route(&paths.confirmation, route(Kind::Confirmation))
    }

    async fn route(&self, kind: Kind, request: Request) -> Response {
        let peer = request
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|info| info.0.ip());
        let reply = match to_bytes(request.into_body(), MAX_CALLBACK_BODY).await {
            Err(_) => Reply::from(super::CallbackError::TooLarge {
                size: MAX_CALLBACK_BODY + 1,
                limit: MAX_CALLBACK_BODY,
            }),
            Ok(body) => match kind {
                Kind::Stk => self.stk_callback(peer, &body).await,
                Kind::Result => self.result(peer, &body).await,
                Kind::QueueTimeout => self.queue_timeout(peer, &body).await,
                Kind::Validation => self.validation(peer, &body).await,
                Kind::Confirmation => self.confirmation(peer, &body).await,
            },
        };
        let json = [(header::CONTENT_TYPE, "application/json")];
        (reply.status(), json, reply.body()).into_response()
    }
}

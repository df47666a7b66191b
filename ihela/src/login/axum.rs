//! "Log in with iHela" as two axum routes (feature `axum`): one sends the
//! browser to iHela, the other receives it back, checks the `state` kept
//! in a cookie, and exchanges the code.

use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use cookie::{Cookie, SameSite};
use futures_util::future::BoxFuture;
use reqwest::Url;

use super::{CustomerClient, LoginError, PendingLogin, checked_redirect_uri};
use crate::client::Client;
use crate::error::{InvalidInput, Result};

/// The cookie that keeps a login's `state` with the browser while it is at
/// iHela: `HttpOnly`, `SameSite=Lax` (sent on iHela's redirect back, a
/// top-level navigation), `Secure` for an https redirect URI, limited to
/// the redirect URI's path and to ten minutes, cleared when the browser is
/// back.
pub const LOGIN_COOKIE: &str = "ihela_login";
/// How long a started login may take, in seconds.
const LOGIN_COOKIE_SECONDS: i64 = 600;

type OnLogin = dyn Fn(Result<CustomerClient>) -> BoxFuture<'static, Response> + Send + Sync;

/// The two routes of "log in with iHela" for an axum application.
///
/// `GET start_path` starts a login and redirects the browser to iHela,
/// with the login's `state` in the [`LOGIN_COOKIE`]. `GET` at the redirect
/// URI's path finishes it ([`Client::finish_login`] with the cookie's
/// state) and answers with what the merchant's closure makes of the
/// outcome: the signed-in [`CustomerClient`], or the error (a redirect
/// without the cookie, or with another state, is
/// [`LoginError::NotStarted`] or [`LoginError::StateMismatch`], never a
/// login).
///
/// Needs the `axum` feature (`cargo add ihela --features axum`).
///
/// ```no_run
/// use axum::response::IntoResponse;
/// use ihela::login::LoginHandler;
///
/// # async fn serve(client: ihela::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let login = LoginHandler::new(client, "https://shop.example/ihela/return", |outcome| async move {
///     match outcome {
///         // Keep `customer` with your own session, then show the shop.
///         Ok(customer) => "Welcome back".into_response(),
///         Err(ihela::Error::Login(ihela::login::LoginError::Denied)) => "Maybe next time".into_response(),
///         Err(_) => (axum::http::StatusCode::BAD_REQUEST, "The login failed").into_response(),
///     }
/// })?;
/// let app = axum::Router::new().merge(login.into_router("/ihela/login"));
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
/// axum::serve(listener, app).await?;
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub struct LoginHandler {
    client: Client,
    redirect_uri: String,
    /// The redirect URI's path: where the second route listens.
    return_path: String,
    secure: bool,
    on_login: Arc<OnLogin>,
}

impl std::fmt::Debug for LoginHandler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginHandler")
            .field("redirect_uri", &self.redirect_uri)
            .finish_non_exhaustive()
    }
}

impl LoginHandler {
    /// Logins through `client` (the merchant's, with its credentials) that
    /// come back to `redirect_uri` (https, or http on a loopback address),
    /// answered by `on_login`. Refused when the redirect URI is.
    pub fn new<F, Fut>(client: Client, redirect_uri: impl Into<String>, on_login: F) -> Result<Self>
    where
        F: Fn(Result<CustomerClient>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Response> + Send + 'static,
    {
        let redirect_uri = checked_redirect_uri(redirect_uri.into())?;
        let url = Url::parse(&redirect_uri).map_err(|e| InvalidInput::new("redirect_uri", e.to_string()))?;
        Ok(Self {
            client,
            return_path: url.path().to_owned(),
            secure: url.scheme() == "https",
            redirect_uri,
            on_login: Arc::new(move |outcome| Box::pin(on_login(outcome))),
        })
    }

    /// A router with the two routes: `GET start_path`, and `GET` at the
    /// redirect URI's path. Merge it into the merchant's application.
    pub fn into_router<S: Clone + Send + Sync + 'static>(self, start_path: &str) -> Router<S> {
        let return_path = self.return_path.clone();
        let handler = Arc::new(self);
        let starting = Arc::clone(&handler);
        let start = get(move || async move { starting.start() });
        let finish = get(move |headers: HeaderMap, uri: Uri| async move {
            handler.finish(&headers, uri.query().unwrap_or_default()).await
        });
        Router::new().route(start_path, start).route(&return_path, finish)
    }

    /// Starts a login: 303 to iHela, with the state in the cookie.
    fn start(&self) -> Response {
        let login = match self.client.start_login(self.redirect_uri.clone()) {
            Ok(login) => login,
            Err(error) => {
                tracing::error!(%error, "cannot start a login with iHela");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        };
        let cookie = self
            .cookie(login.pending.state().to_owned())
            .max_age(cookie::time::Duration::seconds(LOGIN_COOKIE_SECONDS));
        let mut response = StatusCode::SEE_OTHER.into_response();
        let headers = response.headers_mut();
        set(headers, header::LOCATION, &login.url);
        set(headers, header::SET_COOKIE, &cookie.build().to_string());
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        response
    }

    /// Finishes a login with the cookie's state; the merchant's closure
    /// answers, and the cookie is cleared.
    async fn finish(&self, headers: &HeaderMap, query: &str) -> Response {
        let outcome = match state_cookie(headers) {
            Some(state) => {
                let pending = PendingLogin::resume(state, self.redirect_uri.clone());
                self.client.finish_login(&pending, query).await
            }
            None => Err(LoginError::NotStarted.into()),
        };
        if let Err(error) = &outcome {
            tracing::warn!(%error, "a return from iHela that is not a login");
        }
        let mut response = (self.on_login)(outcome).await;
        let removal = self.cookie(String::new()).removal().build();
        if let Ok(value) = HeaderValue::from_str(&removal.to_string()) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
        response
    }

    /// The login cookie with `value`, with its attributes.
    fn cookie(&self, value: String) -> cookie::CookieBuilder<'static> {
        Cookie::build((LOGIN_COOKIE, value))
            .http_only(true)
            .secure(self.secure)
            .same_site(SameSite::Lax)
            .path(self.return_path.clone())
    }
}

/// The login cookie's value among the request's cookies.
fn state_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(std::result::Result::ok)
        .find(|cookie| cookie.name() == LOGIN_COOKIE && !cookie.value().is_empty())
        .map(|cookie| cookie.value().to_owned())
}

/// Sets `name` to `value`; values made here are always valid header values.
fn set(headers: &mut HeaderMap, name: header::HeaderName, value: &str) {
    if let Ok(value) = HeaderValue::from_str(value) {
        headers.insert(name, value);
    }
}

//! "Log in with iHela": a customer signs in with their iHela account, and
//! the merchant acts on their behalf (the OAuth2 authorization code flow,
//! RFC 6749 section 4.1).
//!
//! 1. [`Client::start_login`] gives the URL to send the customer's browser
//!    to, and a [`PendingLogin`] to keep with that browser's session (its
//!    random `state`, which nobody else knows).
//! 2. iHela signs the customer in, asks them, and sends the browser back to
//!    the redirect URI with a one-time code (or an error).
//! 3. [`Client::finish_login`] checks that the redirect carries the pending
//!    login's `state` (anything else is an error, never a login), and
//!    exchanges the code, once, for the customer's token.
//! 4. The [`CustomerClient`] it returns acts for that customer only, with
//!    their token (renewed with the refresh token when iHela gives one),
//!    kept apart from the merchant's client-credentials token.
//!
//! With the `axum` feature (`cargo add ihela --features axum`),
//! `LoginHandler` does steps 1 to 3 as two routes, keeping the state in a
//! cookie.
//!
//! ```no_run
//! # async fn run(client: ihela::Client, redirect: &str) -> ihela::Result<()> {
//! let login = client.start_login("https://shop.example/ihela/return")?;
//! // Keep `login.pending` with the browser's session; send it to `login.url`.
//! // When the browser comes back to the redirect URI (`redirect` is that URL):
//! let customer = client.finish_login(&login.pending, redirect).await?;
//! let user = customer.connected_user().await?;
//! let order = ihela::MerchantReference::parse("order-7")?;
//! let bill = customer.create_bill(ihela::gen2::CustomerBill::new(ihela::Francs::new(5000)?, "Order 7", order)).await?;
//! # let _ = (user, bill);
//! # Ok(())
//! # }
//! ```

#[cfg(feature = "axum")]
mod axum;
mod customer;

use std::fmt;

use base64::Engine as _;
use progenitor_client::ClientInfo as _;
use reqwest::Url;
use subtle::ConstantTimeEq as _;

#[cfg(feature = "axum")]
pub use self::axum::{LOGIN_COOKIE, LoginHandler};
pub use self::customer::CustomerClient;
use crate::client::Client;
pub use crate::error::LoginError;
use crate::error::{Error, InvalidInput, Result};
use crate::generated::open_enums::AuthorizeError;
use crate::generated::paths;
use crate::types;

/// Random bytes in a login's `state` (256 bits).
const STATE_BYTES: usize = 32;

/// A login started: where to send the customer's browser, and what to keep
/// with that browser's session until it comes back. `Debug` shows neither
/// the state nor the URL's query, which holds it.
pub struct Login {
    /// iHela's sign-in page for this login (`authorize`, with the query).
    pub url: String,
    /// What [`Client::finish_login`] needs when the browser comes back.
    pub pending: PendingLogin,
}

impl fmt::Debug for Login {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let page = self.url.split_once('?').map_or(self.url.as_str(), |(page, _)| page);
        f.debug_struct("Login")
            .field("url", &format!("{page}?<redacted>"))
            .field("pending", &self.pending)
            .finish()
    }
}

/// A login waiting for the browser to come back: its `state` and redirect
/// URI. Keep it with the browser's session (a cookie, a server-side
/// session), never in a place another browser could read. `Debug` does not
/// show the state.
#[derive(Clone, PartialEq, Eq)]
pub struct PendingLogin {
    state: String,
    redirect_uri: String,
}

impl PendingLogin {
    /// A pending login restored from where it was kept (its
    /// [`state`](Self::state) and [`redirect_uri`](Self::redirect_uri)).
    pub fn resume(state: impl Into<String>, redirect_uri: impl Into<String>) -> Self {
        Self {
            state: state.into(),
            redirect_uri: redirect_uri.into(),
        }
    }

    /// The random `state` the redirect must carry back.
    pub fn state(&self) -> &str {
        &self.state
    }

    /// The redirect URI iHela sends the browser back to.
    pub fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }
}

impl fmt::Debug for PendingLogin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PendingLogin")
            .field("state", &"<redacted>")
            .field("redirect_uri", &self.redirect_uri)
            .finish()
    }
}

impl Client {
    /// Starts a login with iHela that sends the customer's browser back to
    /// `redirect_uri` (one of the merchant's registered redirect URIs; https,
    /// or http on a loopback address for development).
    ///
    /// The `state` is 256 random bits from the operating system. Refused
    /// without the merchant's credentials (the code exchange needs them).
    pub fn start_login(&self, redirect_uri: impl Into<String>) -> Result<Login> {
        let redirect_uri = checked_redirect_uri(redirect_uri.into())?;
        let client_id = self.state().client_id().ok_or_else(needs_credentials)?;
        let state = random_state()?;
        let query = crate::generated::parameters::Authorize {
            response_type: types::ResponseType::Code,
            client_id: client_id.to_owned(),
            redirect_uri: redirect_uri.clone(),
            state: state.clone(),
        };
        let mut url = Url::parse(&format!("{}{}", self.api().baseurl(), paths::AUTHORIZE))
            .map_err(|e| InvalidInput::new("base_url", e.to_string()))?;
        let encoded =
            serde_urlencoded::to_string(&query).map_err(|e| InvalidInput::new("redirect_uri", e.to_string()))?;
        url.set_query(Some(&encoded));
        Ok(Login {
            url: url.into(),
            pending: PendingLogin { state, redirect_uri },
        })
    }

    /// Finishes the login `pending` when the browser comes back: `redirect`
    /// is the URL it came back to (or just its query). The redirect's
    /// `state` must be the pending login's, or it is
    /// [`LoginError::StateMismatch`] (or [`LoginError::MissingState`]),
    /// whatever else it says. Then the code is exchanged, once, for the
    /// customer's token; the customer's refusal is [`LoginError::Denied`].
    pub async fn finish_login(&self, pending: &PendingLogin, redirect: &str) -> Result<CustomerClient> {
        let code = code_of(pending, redirect)?;
        let customer = CustomerClient::signing_in(self).ok_or_else(needs_credentials)?;
        customer.exchange(code, pending.redirect_uri.clone()).await?;
        Ok(customer)
    }
}

/// The code a redirect carries for `pending`, once its state is checked.
fn code_of(pending: &PendingLogin, redirect: &str) -> Result<String, LoginError> {
    let params = parse_login_redirect(redirect)?;
    let state = params.state.ok_or(LoginError::MissingState)?;
    if !bool::from(state.as_bytes().ct_eq(pending.state.as_bytes())) {
        return Err(LoginError::StateMismatch);
    }
    match params.error {
        Some(AuthorizeError::AccessDenied) => return Err(LoginError::Denied),
        Some(error) => {
            return Err(LoginError::Failed {
                error: error.to_string(),
                description: params.error_description,
            });
        }
        None => {}
    }
    params
        .code
        .filter(|code| !code.is_empty())
        .ok_or(LoginError::MissingCode)
}

/// The `LoginRedirect` of a URL, a path with a query, or a query.
fn parse_login_redirect(redirect: &str) -> Result<types::LoginRedirect, LoginError> {
    let query = crate::callback::query_of(redirect);
    serde_urlencoded::from_str(&query).map_err(|e| LoginError::Malformed(e.to_string()))
}

/// `uri` when it is an absolute https URL, or http on a loopback host.
fn checked_redirect_uri(uri: String) -> Result<String, InvalidInput> {
    let refuse = |reason: &str| InvalidInput::new("redirect_uri", reason);
    let url = Url::parse(&uri).map_err(|e| refuse(&format!("is not an absolute URL: {e}")))?;
    let loopback = match url.host() {
        Some(url::Host::Domain(domain)) => domain == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => return Err(refuse("has no host")),
    };
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        _ => return Err(refuse("must be https (http only on a loopback address)")),
    }
    if url.fragment().is_some() {
        return Err(refuse("must not have a fragment (RFC 6749 section 3.1.2)"));
    }
    Ok(uri)
}

/// A new `state`: 256 bits from the operating system's random source,
/// base64url without padding.
fn random_state() -> Result<String, InvalidInput> {
    let mut bytes = [0u8; STATE_BYTES];
    getrandom::fill(&mut bytes).map_err(|e| InvalidInput::new("state", format!("no random source: {e}")))?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

fn needs_credentials() -> Error {
    InvalidInput::new(
        "credentials",
        "log in with iHela needs the merchant's client id and secret",
    )
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending() -> PendingLogin {
        PendingLogin::resume("the-state", "https://shop.example/return")
    }

    #[test]
    fn a_code_counts_only_with_this_browsers_state() {
        assert_eq!(code_of(&pending(), "?code=c1&state=the-state"), Ok("c1".to_owned()));
        assert_eq!(
            code_of(&pending(), "https://shop.example/return?state=the-state&code=c1"),
            Ok("c1".to_owned())
        );
        assert_eq!(code_of(&pending(), "?code=c1"), Err(LoginError::MissingState));
        assert_eq!(
            code_of(&pending(), "?code=c1&state=other"),
            Err(LoginError::StateMismatch)
        );
        assert_eq!(
            code_of(&pending(), "?code=c1&state=the-stat"),
            Err(LoginError::StateMismatch)
        );
        // A forged refusal is refused for its state first.
        assert_eq!(
            code_of(&pending(), "?error=access_denied&state=x"),
            Err(LoginError::StateMismatch)
        );
        assert!(matches!(
            code_of(&pending(), "?code=a&code=b&state=the-state"),
            Err(LoginError::Malformed(_))
        ));
        assert_eq!(code_of(&pending(), "?state=the-state"), Err(LoginError::MissingCode));
        assert_eq!(
            code_of(&pending(), "?state=the-state&code="),
            Err(LoginError::MissingCode)
        );
    }

    #[test]
    fn refusals_are_told_apart() {
        assert_eq!(
            code_of(&pending(), "?error=access_denied&state=the-state"),
            Err(LoginError::Denied)
        );
        let failed = code_of(&pending(), "?error=server_error&error_description=down&state=the-state");
        assert_eq!(
            failed,
            Err(LoginError::Failed {
                error: AuthorizeError::ServerError.to_string(),
                description: Some("down".into())
            })
        );
        let unknown = code_of(&pending(), "?error=new_reason&state=the-state").unwrap_err();
        assert!(unknown.to_string().contains("new_reason"), "{unknown}");
    }

    #[test]
    fn redirect_uris_must_be_https_but_on_loopback() {
        for good in [
            "https://shop.example/return",
            "http://127.0.0.1:8080/return",
            "http://localhost/return",
            "http://[::1]:9/r",
        ] {
            assert!(checked_redirect_uri(good.into()).is_ok(), "{good}");
        }
        for bad in [
            "http://shop.example/return",
            "/return",
            "ftp://shop.example/",
            "https://shop.example/r#frag",
        ] {
            let error = checked_redirect_uri(bad.into()).unwrap_err();
            assert_eq!(error.field(), "redirect_uri", "{bad}");
        }
    }

    #[test]
    fn states_are_long_random_and_never_shown() {
        let (a, b) = (random_state().unwrap(), random_state().unwrap());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        let shown = format!("{:?}", PendingLogin::resume(a.clone(), "https://x.example/"));
        assert!(!shown.contains(&a), "{shown}");
    }
}

//! "Log in with iHela" in the sandbox. `GET /oAuth2/authorize/` (the
//! spec's `authorize`) shows a consent page listing the sandbox's iHela
//! customers, usable in a browser; its form posts to `POST
//! /_sandbox/authorize` (a control: the real consent page is iHela's own),
//! which sends the browser back to the merchant's redirect URI with a
//! one-time code and the `state`, or `error=access_denied`.
//!
//! An unknown client or a redirect URI that is not an absolute http(s) URL
//! gets an error page, never a redirect (RFC 6749 section 4.1.2.1). The
//! sandbox takes any such redirect URI; iHela takes only the merchant's
//! registered ones.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{Method, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use html_escape::encode_double_quoted_attribute as attribute;
use html_escape::encode_text as text;
use ihela::{AuthorizeError, parameters, paths, types};
use pesa_sandbox::{Params, Refused, Valid, field};

use crate::App;
use crate::controls::types::{SignInDecision, SignInDecisionDecision as Decision};
use crate::state::ControlError;

/// Where the consent page's form posts.
const DECIDE: &str = crate::controls::paths::DECIDE_SIGN_IN;

/// The routes of the sign-in.
pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route(paths::AUTHORIZE, get(consent))
        .route(DECIDE, post(decide))
        .with_state(app)
}

/// A login a merchant asks for: a known client, and an absolute http(s)
/// address to send the browser back to.
struct Asked {
    client_id: String,
    redirect_uri: String,
    state: Option<String>,
}

impl Asked {
    /// The login, or what is wrong with its client or redirect URI.
    fn new(app: &App, client_id: &str, redirect_uri: &str, state: Option<String>) -> Result<Asked, &'static str> {
        if !app.knows_client_id(client_id) {
            return Err("This merchant is not known to iHela (client_id).");
        }
        let absolute = reqwest::Url::parse(redirect_uri).is_ok_and(|url| matches!(url.scheme(), "http" | "https"));
        if !absolute {
            return Err("The merchant gave no valid address to come back to (redirect_uri).");
        }
        Ok(Asked {
            client_id: client_id.to_owned(),
            redirect_uri: redirect_uri.to_owned(),
            state,
        })
    }

    /// The browser sent back to the merchant with `params` (and the state).
    fn send_back(&self, status: StatusCode, params: types::LoginRedirect) -> Response {
        let params = types::LoginRedirect {
            state: self.state.clone(),
            ..params
        };
        match crate::urls::with_params(&self.redirect_uri, &params) {
            Some(location) => (status, [(header::LOCATION, location)]).into_response(),
            None => error_page("The merchant's address cannot be used (redirect_uri)."),
        }
    }

    /// The browser sent back with `error`.
    fn refused(&self, status: StatusCode, error: AuthorizeError) -> Response {
        self.send_back(
            status,
            types::LoginRedirect {
                code: None,
                state: None,
                error: Some(error),
                error_description: None,
            },
        )
    }
}

/// `GET /oAuth2/authorize/`: the consent page, once the contract's
/// parameters are read. When they are not all right, the browser goes back
/// with an error only if the client and its redirect URI are
/// (RFC 6749 section 4.1.2.1); otherwise an error page.
async fn consent(
    State(app): State<Arc<App>>,
    Query(query): Query<Vec<(String, String)>>,
    asked: Result<Params<parameters::Authorize>, Refused>,
) -> Response {
    let refused = match asked {
        Ok(Params(asked)) => {
            return match Asked::new(&app, &asked.client_id, &asked.redirect_uri, Some(asked.state)) {
                Ok(asked) => Html(consent_page(&asked)).into_response(),
                Err(wrong) => error_page(wrong),
            };
        }
        Err(refused) => refused,
    };
    let sent = |name: &str| {
        query
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
    };
    let client_id = field!(parameters::Authorize, client_id);
    let redirect_uri = field!(parameters::Authorize, redirect_uri);
    let state = sent(field!(parameters::Authorize, state));
    let (Some(id), Some(uri)) = (sent(client_id), sent(redirect_uri)) else {
        return error_page("The merchant's sign-in request is not complete (client_id, redirect_uri).");
    };
    let asked = match Asked::new(&app, &id, &uri, state) {
        Ok(asked) if !refused.fields().any(|name| name == client_id || name == redirect_uri) => asked,
        Ok(_) => return error_page("The merchant's sign-in request is not valid (client_id, redirect_uri)."),
        Err(wrong) => return error_page(wrong),
    };
    let response_type = field!(parameters::Authorize, response_type);
    let error = if refused.fields().any(|name| name == response_type) {
        AuthorizeError::UnsupportedResponseType
    } else {
        AuthorizeError::InvalidRequest
    };
    asked.refused(StatusCode::FOUND, error)
}

/// `POST /_sandbox/authorize`: the customer's decision, from the form.
async fn decide(State(app): State<Arc<App>>, decided: Result<Valid<SignInDecision>, Refused>) -> Response {
    match decided {
        Ok(Valid(decided)) => decision(&app, decided),
        Err(_) => error_page("The form is not complete: approve or deny, and choose a customer."),
    }
}

/// Where the browser goes when the customer `customer_id` approves (or,
/// with `None`, refuses) the login of `authorize_url`: the consent page's
/// form submitted, for `Sandbox::approve_sign_in` and `deny_sign_in`.
pub fn submit(app: &App, authorize_url: &str, customer_id: Option<&str>) -> Result<String, ControlError> {
    let url = reqwest::Url::parse(authorize_url).map_err(|e| ControlError::SignIn(e.to_string()))?;
    let pairs = url.query_pairs().into_owned().collect();
    let asked: parameters::Authorize = app
        .kit
        .contract
        .read_parameters(&Method::GET, paths::AUTHORIZE, pairs)
        .map_err(|rejection| {
            ControlError::SignIn(format!("the authorize URL does not follow the contract: {rejection:?}"))
        })?;
    let decided = SignInDecision {
        client_id: asked.client_id,
        redirect_uri: asked.redirect_uri,
        state: asked.state,
        customer: customer_id.map(str::to_owned),
        decision: if customer_id.is_some() {
            Decision::Approve
        } else {
            Decision::Deny
        },
    };
    let response = decision(app, decided);
    response
        .headers()
        .get(header::LOCATION)
        .and_then(|location| location.to_str().ok())
        .map(str::to_owned)
        .ok_or_else(|| ControlError::SignIn(format!("the sign-in page answered {}", response.status())))
}

/// The customer's decision (the consent form's).
fn decision(app: &App, decided: SignInDecision) -> Response {
    let asked = match Asked::new(app, &decided.client_id, &decided.redirect_uri, Some(decided.state)) {
        Ok(asked) => asked,
        Err(wrong) => return error_page(wrong),
    };
    if decided.decision == Decision::Deny {
        return asked.refused(StatusCode::SEE_OTHER, AuthorizeError::AccessDenied);
    }
    let customer = decided.customer.as_deref().and_then(crate::data::ihela_customer);
    let Some(customer) = customer else {
        return error_page("Choose one of the sandbox's customers (customer).");
    };
    let expires = app.now() + app.config.code_ttl;
    let code = app
        .tokens
        .issue_code(&asked.client_id, &asked.redirect_uri, customer, expires);
    let approved = types::LoginRedirect {
        code: Some(code),
        state: None,
        error: None,
        error_description: None,
    };
    asked.send_back(StatusCode::SEE_OTHER, approved)
}

/// The consent page: who asks, the customers to sign in as, Approve / Deny;
/// its form is the control's `SignInDecision`.
fn consent_page(asked: &Asked) -> String {
    let hidden =
        |name: &str, value: &str| format!(r#"<input type="hidden" name="{name}" value="{}">"#, attribute(value));
    let mut inputs = vec![
        hidden(field!(SignInDecision, client_id), &asked.client_id),
        hidden(field!(SignInDecision, redirect_uri), &asked.redirect_uri),
    ];
    if let Some(state) = &asked.state {
        inputs.push(hidden(field!(SignInDecision, state), state));
    }
    let customers: Vec<String> = crate::data::ihela_customers()
        .enumerate()
        .map(|(i, customer)| {
            let checked = if i == 0 { " checked" } else { "" };
            format!(
                r#"<label><input type="radio" name="{field}" value="{id}"{checked}> {name} ({id})</label><br>"#,
                field = field!(SignInDecision, customer),
                id = attribute(customer.customer_id),
                name = text(customer.name),
            )
        })
        .collect();
    format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in with iHela (sandbox)</title></head>
<body>
<h1>Sign in with iHela</h1>
<p>The merchant <strong>{client}</strong> asks to act on your behalf: to know who you are and to send you bills.
You will go back to <code>{back}</code>.</p>
<form method="post" action="{DECIDE}">
{inputs}
<fieldset><legend>Sign in as (sandbox customers)</legend>
{customers}
</fieldset>
<button type="submit" name="{decision}" value="{approve}">Approve</button>
<button type="submit" name="{decision}" value="{deny}">Deny</button>
</form>
</body></html>
"#,
        client = text(&asked.client_id),
        back = text(&asked.redirect_uri),
        inputs = inputs.join("\n"),
        customers = customers.join("\n"),
        decision = field!(SignInDecision, decision),
        approve = Decision::Approve,
        deny = Decision::Deny,
    )
}

/// HTTP 400 with an error page: nothing is sent back to the merchant.
fn error_page(message: &str) -> Response {
    let page = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign-in error (sandbox)</title></head>\n<body><h1>This sign-in cannot go on</h1><p>{}</p></body></html>\n",
        text(message)
    );
    (StatusCode::BAD_REQUEST, Html(page)).into_response()
}

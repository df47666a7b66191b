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
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use html_escape::encode_double_quoted_attribute as attribute;
use html_escape::encode_text as text;
use ihela::{AuthorizeError, paths, types};

use crate::App;
use crate::fields::Fields;
use crate::state::ControlError;

/// Where the consent page's form posts.
const DECIDE: &str = "/_sandbox/authorize";

/// The routes of the sign-in.
pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route(paths::AUTHORIZE, get(consent))
        .route(DECIDE, post(decide))
        .with_state(app)
}

/// A login a merchant asks for, checked.
struct Asked {
    client_id: String,
    redirect_uri: String,
    state: Option<String>,
}

impl Asked {
    /// The client, redirect URI and state of `fields`, or what is wrong.
    fn read(app: &App, fields: &mut Fields) -> Result<Asked, &'static str> {
        let client_id = fields.optional_text("client_id").unwrap_or_default();
        if !app.knows_client_id(&client_id) {
            return Err("This merchant is not known to iHela (client_id).");
        }
        let redirect_uri = fields.optional_text("redirect_uri").unwrap_or_default();
        let absolute = reqwest::Url::parse(&redirect_uri).is_ok_and(|url| matches!(url.scheme(), "http" | "https"));
        if !absolute {
            return Err("The merchant gave no valid address to come back to (redirect_uri).");
        }
        Ok(Asked {
            client_id,
            redirect_uri,
            state: fields.optional_text("state"),
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

/// `GET /oAuth2/authorize/`: the consent page.
async fn consent(State(app): State<Arc<App>>, Query(query): Query<Vec<(String, String)>>) -> Response {
    let mut fields = Fields::from_text(query);
    let asked = match Asked::read(&app, &mut fields) {
        Ok(asked) => asked,
        Err(wrong) => return error_page(wrong),
    };
    if fields.optional_text("response_type").as_deref() != Some("code") {
        return asked.refused(StatusCode::FOUND, AuthorizeError::UnsupportedResponseType);
    }
    Html(consent_page(&asked)).into_response()
}

/// `POST /_sandbox/authorize`: the customer's decision, from the form.
async fn decide(State(app): State<Arc<App>>, fields: Fields) -> Response {
    decision(&app, fields)
}

/// Where the browser goes when the customer `customer_id` approves (or,
/// with `None`, refuses) the login of `authorize_url`: the consent page's
/// form submitted, for `Sandbox::approve_sign_in` and `deny_sign_in`.
pub fn submit(app: &App, authorize_url: &str, customer_id: Option<&str>) -> Result<String, ControlError> {
    let url = reqwest::Url::parse(authorize_url).map_err(|e| ControlError::SignIn(e.to_string()))?;
    let mut form: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    if form
        .iter()
        .any(|(name, value)| name == "response_type" && value != "code")
    {
        return Err(ControlError::SignIn("response_type is not code".to_owned()));
    }
    form.retain(|(name, _)| name != "decision" && name != "customer");
    match customer_id {
        Some(customer) => {
            form.push(("decision".to_owned(), "approve".to_owned()));
            form.push(("customer".to_owned(), customer.to_owned()));
        }
        None => form.push(("decision".to_owned(), "deny".to_owned())),
    }
    let response = decision(app, Fields::from_text(form));
    response
        .headers()
        .get(header::LOCATION)
        .and_then(|location| location.to_str().ok())
        .map(str::to_owned)
        .ok_or_else(|| ControlError::SignIn(format!("the sign-in page answered {}", response.status())))
}

/// The customer's decision in `fields` (the consent form's).
fn decision(app: &App, mut fields: Fields) -> Response {
    let asked = match Asked::read(app, &mut fields) {
        Ok(asked) => asked,
        Err(wrong) => return error_page(wrong),
    };
    match fields.optional_text("decision").as_deref() {
        Some("approve") => {}
        Some("deny") => return asked.refused(StatusCode::SEE_OTHER, AuthorizeError::AccessDenied),
        _ => return error_page("Approve or deny (decision)."),
    }
    let who = fields.optional_text("customer").unwrap_or_default();
    let Some(customer) = crate::data::ihela_customer(&who) else {
        return error_page("Choose one of the sandbox's customers (customer).");
    };
    let code = app
        .tokens
        .issue_code(&asked.client_id, &asked.redirect_uri, customer, app.config.code_ttl);
    let approved = types::LoginRedirect {
        code: Some(code),
        state: None,
        error: None,
        error_description: None,
    };
    asked.send_back(StatusCode::SEE_OTHER, approved)
}

/// The consent page: who asks, the customers to sign in as, Approve / Deny.
fn consent_page(asked: &Asked) -> String {
    let hidden =
        |name: &str, value: &str| format!(r#"<input type="hidden" name="{name}" value="{}">"#, attribute(value));
    let mut inputs = vec![
        hidden("client_id", &asked.client_id),
        hidden("redirect_uri", &asked.redirect_uri),
    ];
    if let Some(state) = &asked.state {
        inputs.push(hidden("state", state));
    }
    let customers: Vec<String> = crate::data::ihela_customers()
        .enumerate()
        .map(|(i, customer)| {
            let checked = if i == 0 { " checked" } else { "" };
            format!(
                r#"<label><input type="radio" name="customer" value="{id}"{checked}> {name} ({id})</label><br>"#,
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
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form>
</body></html>
"#,
        client = text(&asked.client_id),
        back = text(&asked.redirect_uri),
        inputs = inputs.join("\n"),
        customers = customers.join("\n"),
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

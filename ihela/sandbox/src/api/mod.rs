//! The merchant API: every operation of the spec, both generations, at the
//! spec's paths (`ihela::paths`, generated from it). Every request is read
//! through the contract (`pesa_sandbox::Valid`, `Params`): JSON, or a form
//! where the spec lists one, checked against the spec's schemas and read
//! into `ihela::types`.

mod banks;
mod bills;
mod cash_in;
mod token;

use std::sync::Arc;

use axum::Router;
use axum::extract::{Request, State};
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use ihela::{Francs, ResponseCode, paths, types};

use crate::App;
use crate::data::{self, Bank, Customer};
use crate::errors::{ApiError, Problems};
use crate::tokens::{Holder, NO_CREDENTIALS};

/// The API's routes, behind fault injection; all but the token call need a
/// valid bearer token. A signed-in customer's token ("log in with iHela")
/// opens only the routes the spec gives `customerLogin`: the connected user,
/// bill-init and bill-check; elsewhere it is refused with 403.
pub fn router(app: Arc<App>) -> Router {
    let merchant_only = Router::new()
        .route(paths::LIST_BANKS, get(banks::list))
        .route(paths::LIST_CASH_IN_BANKS, get(banks::list))
        .route(paths::LIST_CASH_OUT_BANKS, get(banks::list))
        .route(paths::LOOKUP_CUSTOMER, get(banks::lookup))
        .route(paths::INIT_BILL, post(bills::init))
        .route(paths::VERIFY_BILL, post(bills::verify))
        .route(paths::CASH_IN, post(cash_in::cash_in))
        .route_layer(from_fn(merchant_only));
    let authenticated = Router::new()
        .route(paths::GET_CONNECTED_USER, get(banks::connected_user))
        .route(paths::CREATE_BILL, post(bills::create))
        .route(paths::CHECK_BILL, post(bills::check))
        .merge(merchant_only)
        .route_layer(from_fn_with_state(app.clone(), authenticate));
    Router::new()
        .route(paths::CREATE_TOKEN, post(token::create))
        .merge(authenticated)
        .fallback(|| async { ApiError::not_found() })
        .layer(from_fn_with_state(app.clone(), pesa_sandbox::faults::inject::<App>))
        .with_state(app)
}

/// Lets a request through with a known, unexpired bearer token, and who it
/// acts for (a [`Holder`] extension); 401 otherwise.
async fn authenticate(State(app): State<Arc<App>>, mut request: Request, next: Next) -> Response {
    let token = pesa_sandbox::bearer_token(request.headers());
    let checked = match token {
        None => Err(NO_CREDENTIALS),
        Some(token) => app.tokens.check(&token, app.now()),
    };
    match checked {
        Ok(holder) => {
            request.extensions_mut().insert(holder);
            next.run(request).await
        }
        Err(detail) => ApiError::unauthorized(detail).into_response(),
    }
}

/// Refuses a customer's token (403): the merchant's operations act on the
/// merchant's account.
async fn merchant_only(request: Request, next: Next) -> Response {
    match request.extensions().get::<Holder>() {
        Some(Holder::Customer(_)) => ApiError::forbidden().into_response(),
        _ => next.run(request).await,
    }
}

/// Generation 2's envelope fields of a success: `success`,
/// `response_code` and `response_message`.
fn succeeded() -> (Option<bool>, Option<ResponseCode>, Option<String>) {
    (Some(true), Some(ResponseCode::Code00), Some("Success".to_owned()))
}

/// Which way money moves through a bank, for its limits.
#[derive(Debug, Clone, Copy)]
enum Direction {
    /// Into a customer's account (cash-in).
    In,
    /// Out of a customer's account (a bill).
    Out,
}

/// The bank `slug` names, or a problem on the field `name`.
fn known_bank(problems: &mut Problems, name: &str, slug: &types::BankSlug) -> Option<&'static Bank> {
    let bank = data::bank(slug);
    if bank.is_none() {
        problems.add(name, format!("Unknown bank \"{slug}\"."));
    }
    bank
}

/// The customer `who` of `bank`, or a problem on the field `name`.
fn known_customer(problems: &mut Problems, name: &str, bank: &Bank, who: &str) -> Option<&'static Customer> {
    let customer = data::customer(bank.slug, who);
    if customer.is_none() {
        problems.add(name, format!("No customer \"{who}\" in {}.", bank.slug));
    }
    customer
}

/// Records a problem on `name` when `amount` is outside the bank's limits.
fn check_limits(problems: &mut Problems, name: &str, bank: Option<&Bank>, amount: Francs, direction: Direction) {
    let Some(limits) = bank.and_then(|b| b.limits) else {
        return;
    };
    let (minimum, maximum) = match direction {
        Direction::In => limits.money_in,
        Direction::Out => limits.money_out,
    };
    if amount.get() < minimum || amount.get() > maximum {
        problems.add(
            name,
            format!("Ensure this value is between {minimum} and {maximum} for this bank."),
        );
    }
}

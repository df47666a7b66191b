//! Mozambique's operations (`vodacom/openapi/vodacom-mozambique.yaml`),
//! each on a port of its own as the gateway has them (a request on another
//! operation's port finds nothing). No session: every request carries the
//! API key, encrypted with the sandbox's key. The caller's key is
//! `input_ThirdPartyReference`; a second request under it is `INS-10`.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::header::AUTHORIZATION;
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use pesa_sandbox::{Params, Valid};
use rust_decimal::Decimal;
use vodacom::mozambique::{parameters, paths, types};
use vodacom::types::{Amount, ResponseCode, ServiceProviderCode, ThirdPartyConversationId, TransactionStatus};

use crate::App;
use crate::api::payments::{pay, recorded};
use crate::api::{conversation_id, origin, transaction_id};
use crate::controls::types::{MozambiqueTransaction, TransactionKind};
use crate::errors::{ApiError, http_status, words};
use crate::world::customer_answer;

/// The router of each operation, in the order of `Ports`' fields: C2B,
/// B2C, B2B, reversal, status.
pub fn routers(app: &Arc<App>) -> [Router; 5] {
    let one = |router: Router<Arc<App>>| {
        router
            .route_layer(from_fn_with_state(app.clone(), with_api_key))
            .route_layer(from_fn(origin))
            .fallback(|| async { ApiError::not_found().mozambique() })
            .layer(from_fn_with_state(app.clone(), pesa_sandbox::faults::inject::<App>))
            .with_state(app.clone())
    };
    [
        one(Router::new().route(paths::C2B_PAYMENT, post(c2b))),
        one(Router::new().route(paths::B2C_PAYMENT, post(b2c))),
        one(Router::new().route(paths::B2B_PAYMENT, post(b2b))),
        one(Router::new().route(paths::REVERSAL, put(reversal))),
        one(Router::new().route(paths::QUERY_TRANSACTION_STATUS, get(status))),
    ]
}

/// Lets a request through when its `Authorization` carries the app's API
/// key, encrypted with the sandbox's key; else `INS-2` (401).
async fn with_api_key(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let header = request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|value| value.to_str().ok());
    let api_key = header.and_then(|header| app.keys.bearer(header));
    if api_key.as_deref() != Some(app.config.api_key.as_str()) {
        return ApiError::new(ResponseCode::InvalidApiKey).mozambique();
    }
    next.run(request).await
}

/// How a transaction moves the business's meticais.
enum Effect {
    /// A customer pays (asked on their phone).
    Receive(String),
    /// The business pays a customer.
    PayCustomer(String),
    /// The business pays another business.
    PayBusiness(ServiceProviderCode),
    /// A completed transaction of this id is undone, up to its amount.
    Reverse(vodacom::types::TransactionId),
}

/// Checks the business, keeps and carries out a money-moving request:
/// 201 with `INS-0`, or the refusal; either way kept under its key.
fn carry_out(
    app: &App,
    kind: TransactionKind,
    reference: ThirdPartyConversationId,
    amount: Amount,
    business: &ServiceProviderCode,
    effect: Effect,
) -> Response {
    if business.as_str() != app.config.service_provider_code {
        return ApiError::new(ResponseCode::InvalidShortcode).mozambique();
    }
    let conversation = conversation_id();
    let mut ledger = app.store.lock();
    let mozambique = &mut ledger.mozambique;
    if mozambique
        .transactions
        .iter()
        .any(|t| t.third_party_reference == reference)
    {
        return ApiError::new(ResponseCode::DuplicateTransaction)
            .about(&reference, conversation)
            .mozambique();
    }
    let outcome = settle(mozambique, amount.get(), &effect);
    let transaction = outcome.is_ok().then(transaction_id);
    let (code, status) = recorded(&outcome);
    let party = match &effect {
        Effect::Receive(customer) | Effect::PayCustomer(customer) => customer.clone(),
        Effect::PayBusiness(code) => code.to_string(),
        Effect::Reverse(id) => id.to_string(),
    };
    mozambique.transactions.push(MozambiqueTransaction {
        third_party_reference: reference.clone(),
        kind,
        amount,
        party,
        response_code: code.clone(),
        status,
        transaction_id: transaction.clone(),
        conversation_id: conversation.clone(),
        reversed: false,
        created_at: app.now(),
    });
    drop(ledger);
    if outcome.is_err() {
        return ApiError::new(code).about(&reference, conversation).mozambique();
    }
    let answer = types::PaymentAnswer {
        output_response_desc: Some(words(&code)),
        output_response_code: code.clone(),
        output_conversation_id: Some(conversation),
        output_transaction_id: transaction,
        output_third_party_reference: Some(reference.to_string()),
    };
    (http_status(&code), Json(answer)).into_response()
}

/// Moves the meticais `effect` moves, or says why it cannot.
fn settle(
    mozambique: &mut crate::controls::types::Mozambique,
    amount: Decimal,
    effect: &Effect,
) -> Result<(), ResponseCode> {
    match effect {
        Effect::Receive(customer) => {
            if let Some(code) = customer_answer(customer, true) {
                return Err(code);
            }
            mozambique.balance += amount;
        }
        Effect::PayCustomer(customer) => {
            if let Some(code) = customer_answer(customer, false) {
                return Err(code);
            }
            pay(&mut mozambique.balance, amount)?;
        }
        Effect::PayBusiness(_) => pay(&mut mozambique.balance, amount)?,
        Effect::Reverse(id) => {
            let original = mozambique
                .transactions
                .iter()
                .position(|t| {
                    t.transaction_id.as_ref() == Some(id)
                        && t.status == TransactionStatus::Completed
                        && t.kind != TransactionKind::Reversal
                        && !t.reversed
                })
                .ok_or(ResponseCode::InvalidTransactionId)?;
            if amount > mozambique.transactions[original].amount.get() {
                return Err(ResponseCode::InvalidAmount);
            }
            match mozambique.transactions[original].kind {
                TransactionKind::B2cPayment | TransactionKind::B2bPayment => mozambique.balance += amount,
                _ => pay(&mut mozambique.balance, amount)?,
            }
            mozambique.transactions[original].reversed = true;
        }
    }
    Ok(())
}

/// `POST /ipg/v1x/c2bPayment/singleStage/` (port 18352 at the gateway).
async fn c2b(State(app): State<Arc<App>>, Valid(body): Valid<types::C2bRequest>) -> Response {
    let effect = Effect::Receive(body.input_customer_msisdn.to_string());
    let business = &body.input_service_provider_code;
    carry_out(
        &app,
        TransactionKind::C2bPayment,
        body.input_third_party_reference,
        body.input_amount,
        business,
        effect,
    )
}

/// `POST /ipg/v1x/b2cPayment/` (port 18345).
async fn b2c(State(app): State<Arc<App>>, Valid(body): Valid<types::B2cRequest>) -> Response {
    let effect = Effect::PayCustomer(body.input_customer_msisdn.to_string());
    let business = &body.input_service_provider_code;
    carry_out(
        &app,
        TransactionKind::B2cPayment,
        body.input_third_party_reference,
        body.input_amount,
        business,
        effect,
    )
}

/// `POST /ipg/v1x/b2bPayment/` (port 18349).
async fn b2b(State(app): State<Arc<App>>, Valid(body): Valid<types::B2bRequest>) -> Response {
    let effect = Effect::PayBusiness(body.input_receiver_party_code);
    let business = &body.input_primary_party_code;
    carry_out(
        &app,
        TransactionKind::B2bPayment,
        body.input_third_party_reference,
        body.input_amount,
        business,
        effect,
    )
}

/// `PUT /ipg/v1x/reversal/` (port 18354): by the initiator Vodacom named,
/// with its security credential (`INS-24`, `INS-25` otherwise).
async fn reversal(State(app): State<Arc<App>>, Valid(body): Valid<types::ReversalRequest>) -> Response {
    let (initiator, credential) = &app.config.mozambique_initiator;
    if body.input_initiator_identifier.as_str() != initiator {
        return ApiError::new(ResponseCode::InvalidInitiatorIdentifier).mozambique();
    }
    if body.input_security_credential.expose() != credential.as_str() {
        return ApiError::new(ResponseCode::InvalidSecurityCredential).mozambique();
    }
    let effect = Effect::Reverse(body.input_transaction_id);
    let business = &body.input_service_provider_code;
    carry_out(
        &app,
        TransactionKind::Reversal,
        body.input_third_party_reference,
        body.input_reversal_amount,
        business,
        effect,
    )
}

/// `GET /ipg/v1x/queryTransactionStatus/` (port 18353): by M-Pesa's id, the
/// conversation id or the caller's key; `N/A` when none.
async fn status(State(app): State<Arc<App>>, Params(asked): Params<parameters::QueryTransactionStatus>) -> Response {
    if asked.input_service_provider_code.as_str() != app.config.service_provider_code {
        return ApiError::new(ResponseCode::InvalidShortcode).mozambique();
    }
    let query = asked.input_query_reference.as_str();
    let status = app
        .store
        .lock()
        .mozambique
        .transactions
        .iter()
        .rev()
        .find(|t| {
            t.third_party_reference.as_str() == query
                || t.conversation_id.as_str() == query
                || t.transaction_id.as_ref().is_some_and(|id| id.as_str() == query)
        })
        .map_or(TransactionStatus::NotKnown, |t| t.status.clone());
    let code = ResponseCode::Success;
    let answer = types::StatusAnswer {
        output_response_desc: Some(words(&code)),
        output_response_code: code.clone(),
        output_conversation_id: Some(conversation_id()),
        output_response_transaction_status: Some(status),
        output_third_party_reference: Some(asked.input_third_party_reference.to_string()),
    };
    (http_status(&code), Json(answer)).into_response()
}

//! Requests that move money, created under the caller's `X-Reference-Id`
//! (202, no body; 409 for a reused reference), and their statuses.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::{Extension, Json};
use momo::types::{self, Party, Product, ReasonCode, ReferenceId, Status};
use momo::{Amount, Currency, headers, parameters};
use pesa_sandbox::{Params, Valid};

use crate::App;
use crate::api::account::{invalid_currency, sandbox_currency};
use crate::api::provisioning::reference;
use crate::api::{Caller, header};
use crate::controls::types::{CallbackMethod, RequestKind, RequestRecord};
use crate::errors::ApiError;
use crate::settle;

/// What a creating request asks, whatever its operation.
struct Creating {
    kind: RequestKind,
    method: CallbackMethod,
    amount: Amount,
    currency: Currency,
    external_id: String,
    party: Option<Party>,
    refunded: Option<ReferenceId>,
    payer_message: Option<String>,
    payee_note: Option<String>,
}

impl Creating {
    fn request_to_pay(kind: RequestKind, method: CallbackMethod, body: types::RequestToPay) -> Self {
        Self {
            kind,
            method,
            amount: body.amount,
            currency: body.currency,
            external_id: body.external_id.to_string(),
            party: Some(body.payer),
            refunded: None,
            payer_message: body.payer_message.map(|m| m.to_string()),
            payee_note: body.payee_note.map(|m| m.to_string()),
        }
    }

    fn transfer(kind: RequestKind, method: CallbackMethod, body: types::Transfer) -> Self {
        Self {
            kind,
            method,
            amount: body.amount,
            currency: body.currency,
            external_id: body.external_id.to_string(),
            party: Some(body.payee),
            refunded: None,
            payer_message: body.payer_message.map(|m| m.to_string()),
            payee_note: body.payee_note.map(|m| m.to_string()),
        }
    }
}

impl Creating {
    fn refund(kind: RequestKind, method: CallbackMethod, body: types::Refund) -> Self {
        Self {
            kind,
            method,
            amount: body.amount,
            currency: body.currency,
            external_id: body.external_id.to_string(),
            party: None,
            refunded: Some(body.reference_id_to_refund),
            payer_message: body.payer_message.map(|m| m.to_string()),
            payee_note: body.payee_note.map(|m| m.to_string()),
        }
    }

    fn cash_transfer(kind: RequestKind, method: CallbackMethod, body: types::CashTransfer) -> Self {
        Self {
            kind,
            method,
            amount: body.amount,
            currency: body.currency,
            external_id: body.external_id.to_string(),
            party: Some(body.payee),
            refunded: None,
            payer_message: body.payer_message.map(|m| m.to_string()),
            payee_note: body.payee_note.map(|m| m.to_string()),
        }
    }
}

/// Records a request and starts it (see [`settle::begin`]): 202, or why not.
async fn create(app: Arc<App>, caller: Caller, headers: &HeaderMap, asked: Creating) -> Result<StatusCode, ApiError> {
    let reference = reference(headers)?;
    let callback_url = callback_url(&app, &caller, headers)?;
    if asked.currency != sandbox_currency() {
        return Err(invalid_currency());
    }
    let record = {
        let mut ledger = app.store.lock();
        if ledger.request(&reference).is_some() {
            return Err(ApiError::conflict());
        }
        let record = RequestRecord {
            reference,
            kind: asked.kind,
            product: caller.product,
            callback_method: asked.method,
            api_user: caller.user,
            amount: asked.amount,
            currency: asked.currency,
            external_id: asked.external_id,
            party: asked.party,
            refunded: asked.refunded,
            payer_message: asked.payer_message,
            payee_note: asked.payee_note,
            status: Status::Pending,
            reason: None,
            financial_transaction_id: None,
            callback_url,
            created_at: app.now(),
        };
        ledger.requests.push(record.clone());
        record
    };
    settle::begin(&app, &record);
    Ok(StatusCode::ACCEPTED)
}

/// The `X-Callback-Url`, if any: its host must be the API user's callback
/// host (MTN-ERR `INVALID_CALLBACK_URL_HOST`).
fn callback_url(app: &App, caller: &Caller, headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let Some(url) = header(headers, headers::X_CALLBACK_URL) else {
        return Ok(None);
    };
    let parsed = types::CallbackUrl::try_from(url.to_owned())
        .map_err(|_| ApiError::bad_request(format!("{} is not a URL", headers::X_CALLBACK_URL)))?;
    let host = parsed
        .split_once("://")
        .map(|(_, rest)| rest.split(['/', ':', '?']).next().unwrap_or_default())
        .unwrap_or_default();
    let ledger = app.store.lock();
    let allowed = ledger.user(&caller.user).map(|user| user.callback_host.as_str());
    if allowed != Some(host) {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            ReasonCode::InvalidCallbackUrlHost,
            "Callback URL with host not allowed for the API user.",
        ));
    }
    Ok(Some(parsed.to_string()))
}

/// The request `reference` of `caller`, if it is one of `kinds`.
fn find(app: &App, caller: &Caller, reference: &ReferenceId, kinds: &[RequestKind]) -> Result<RequestRecord, ApiError> {
    app.store
        .lock()
        .request(reference)
        .filter(|record| record.api_user == caller.user && kinds.contains(&record.kind))
        .cloned()
        .ok_or_else(ApiError::not_found)
}

macro_rules! creating {
    ($($name:ident: $body:ty => $make:ident($kind:ident, $method:ident);)*) => {$(
        #[doc = concat!("Creates a `", stringify!($kind), "` whose callback goes by ", stringify!($method), ".")]
        pub async fn $name(
            State(app): State<Arc<App>>,
            Extension(caller): Extension<Caller>,
            headers: HeaderMap,
            Valid(body): Valid<$body>,
        ) -> Result<StatusCode, ApiError> {
            let asked = Creating::$make(RequestKind::$kind, CallbackMethod::$method, body);
            create(app, caller, &headers, asked).await
        }
    )*};
}

creating! {
    request_to_pay: types::RequestToPay => request_to_pay(RequestToPay, Post);
    request_to_withdraw_v1: types::RequestToPay => request_to_pay(RequestToWithdraw, Post);
    request_to_withdraw_v2: types::RequestToPay => request_to_pay(RequestToWithdraw, Put);
    deposit_v1: types::Transfer => transfer(Deposit, Post);
    deposit_v2: types::Transfer => transfer(Deposit, Put);
    transfer: types::Transfer => transfer(Transfer, Post);
    refund_v1: types::Refund => refund(Refund, Post);
    refund_v2: types::Refund => refund(Refund, Put);
    cash_transfer: types::CashTransfer => cash_transfer(CashTransfer, Put);
}

/// `GET /collection/v1_0/requesttopay/{referenceId}`.
pub async fn request_to_pay_status(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Params(asked): Params<parameters::GetRequestToPayStatus>,
) -> Result<Json<types::RequestToPayResult>, ApiError> {
    let record = find(&app, &caller, &asked.reference_id, &[RequestKind::RequestToPay])?;
    Ok(Json(settle::request_to_pay_result(&record)))
}

/// `GET /collection/v1_0/requesttowithdraw/{referenceId}` (either version).
pub async fn request_to_withdraw_status(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Params(asked): Params<parameters::GetRequestToWithdrawStatus>,
) -> Result<Json<types::RequestToPayResult>, ApiError> {
    let record = find(&app, &caller, &asked.reference_id, &[RequestKind::RequestToWithdraw])?;
    Ok(Json(settle::request_to_pay_result(&record)))
}

/// `GET /disbursement/v1_0/deposit/{referenceId}` (either version).
pub async fn deposit_status(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Params(asked): Params<parameters::GetDepositStatus>,
) -> Result<Json<types::TransferResult>, ApiError> {
    let record = find(&app, &caller, &asked.reference_id, &[RequestKind::Deposit])?;
    Ok(Json(settle::transfer_result(&record)))
}

/// `GET /{product}/v1_0/transfer/{referenceId}`.
pub async fn transfer_status(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Params(asked): Params<parameters::GetTransferStatus>,
) -> Result<Json<types::TransferResult>, ApiError> {
    let record = find(&app, &caller, &asked.reference_id, &[RequestKind::Transfer])?;
    let product = match asked.product {
        types::PayoutProduct::Disbursement => Product::Disbursement,
        types::PayoutProduct::Remittance => Product::Remittance,
    };
    if record.product != product {
        return Err(ApiError::not_found());
    }
    Ok(Json(settle::transfer_result(&record)))
}

/// `GET /disbursement/v1_0/refund/{referenceId}` (either version).
pub async fn refund_status(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Params(asked): Params<parameters::GetRefundStatus>,
) -> Result<Json<types::TransferResult>, ApiError> {
    let record = find(&app, &caller, &asked.reference_id, &[RequestKind::Refund])?;
    Ok(Json(settle::transfer_result(&record)))
}

/// `GET /remittance/v2_0/cashtransfer/{referenceId}`.
pub async fn cash_transfer_status(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Params(asked): Params<parameters::GetCashTransferStatus>,
) -> Result<Json<types::CashTransferResult>, ApiError> {
    let record = find(&app, &caller, &asked.reference_id, &[RequestKind::CashTransfer])?;
    Ok(Json(settle::cash_transfer_result(&record)))
}

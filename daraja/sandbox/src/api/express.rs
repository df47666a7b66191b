//! M-Pesa Express: a push waits for the customer's answer (a control) and
//! then POSTs its callback; the query answers how it stands.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, NaiveDateTime, Utc};
use daraja::fields;
use daraja::types::{self, ResponseCode, StkResultCode, StkTransactionType};
use pesa_sandbox::Valid;

use crate::App;
use crate::controls::types::PushRecord;
use crate::errors::ApiError;
use crate::{keys, world};

/// `POST stkpush/v1/processrequest`: the prompt is sent; it waits for the
/// customer's answer (`POST /_sandbox/stk/{id}`).
pub async fn push(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<types::StkPushRequest>,
) -> Result<Json<types::StkPushAnswer>, ApiError> {
    check_password(&app, &asked.business_short_code, &asked.password, &asked.timestamp)?;
    let party_b_ok = match asked.transaction_type {
        StkTransactionType::CustomerPayBillOnline => asked.party_b == asked.business_short_code,
        StkTransactionType::CustomerBuyGoodsOnline => asked.party_b.as_str() == world::TILL,
    };
    let now = app.now();
    let record = PushRecord {
        checkout_request_id: keys::checkout_request_id(now),
        merchant_request_id: keys::merchant_request_id(),
        shortcode: asked.party_b,
        phone: asked.phone_number,
        amount: asked.amount,
        account_reference: asked.account_reference.to_string(),
        callback_url: asked.call_back_url.to_string(),
        // A wrong PartyB or type is known at once (DJ:MpesaExpressSimulate, 2028).
        result_code: (!party_b_ok).then_some(StkResultCode::NotPermitted),
        receipt: None,
        created_at: now,
    };
    app.store.lock().pushes.push(record.clone());
    if !party_b_ok {
        let worker = app.clone();
        let done = record.clone();
        app.kit
            .background
            .spawn(async move { crate::routes::call_back(&worker, &done).await });
    }
    Ok(Json(types::StkPushAnswer {
        merchant_request_id: record.merchant_request_id,
        checkout_request_id: record.checkout_request_id,
        response_code: ResponseCode::Accepted,
        response_description: Some("Success. Request accepted for processing".to_owned()),
        customer_message: Some("Success. Request accepted for processing".to_owned()),
    }))
}

/// `POST stkpushquery/v1/query`: how a push stands.
pub async fn query(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<types::StkQueryRequest>,
) -> Result<Json<types::StkQueryAnswer>, ApiError> {
    check_password(&app, &asked.business_short_code, &asked.password, &asked.timestamp)?;
    let push = app
        .store
        .lock()
        .pushes
        .iter()
        .find(|push| push.checkout_request_id == asked.checkout_request_id)
        .cloned()
        .ok_or_else(|| ApiError::invalid(fields::stk_query_request::CHECKOUT_REQUEST_ID))?;
    let Some(code) = push.result_code else {
        return Err(ApiError::merchant("The transaction is being processed"));
    };
    Ok(Json(types::StkQueryAnswer {
        response_code: Some(ResponseCode::Accepted),
        response_description: Some("The service request has been accepted successfully".to_owned()),
        merchant_request_id: Some(push.merchant_request_id),
        checkout_request_id: push.checkout_request_id,
        result_desc: code.description().map(str::to_owned),
        result_code: code,
    }))
}

/// The shortcode must be the sandbox's paybill, the password made from its
/// passkey and the timestamp sent, and the timestamp near the sandbox's
/// Nairobi time.
fn check_password(
    app: &App,
    shortcode: &types::ShortCode,
    password: &daraja::Secret,
    timestamp: &types::Timestamp,
) -> Result<(), ApiError> {
    if shortcode.as_str() != world::PAYBILL {
        return Err(ApiError::merchant("Merchant does not exist"));
    }
    let expected = STANDARD.encode(format!("{shortcode}{}{}", world::PASSKEY, timestamp.as_str()));
    if password.expose() != expected {
        return Err(ApiError::merchant("Wrong credentials"));
    }
    let sent = NaiveDateTime::parse_from_str(timestamp.as_str(), "%Y%m%d%H%M%S")
        .ok()
        .and_then(|naive| naive.and_local_timezone(crate::NAIROBI).single())
        .map(|local| local.with_timezone(&Utc));
    let tolerance = chrono::Duration::from_std(app.config.timestamp_tolerance).unwrap_or(chrono::Duration::hours(1));
    let near = |sent: DateTime<Utc>| (sent - app.now()).abs() <= tolerance;
    if !sent.is_some_and(near) {
        return Err(ApiError::invalid(fields::stk_push_request::TIMESTAMP));
    }
    Ok(())
}

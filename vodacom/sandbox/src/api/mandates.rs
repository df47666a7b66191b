//! Direct debits: a customer's mandate (they are asked once), and payments
//! under it (they are not).

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use pesa_sandbox::Valid;
use vodacom::types::{self, MandateAnswer, PaymentAnswer, ResponseCode};

use crate::App;
use crate::api::payments::{Effect, Moving, carry_out};
use crate::api::{Served, check_market, conversation_id, transaction_id};
use crate::controls::types::{MandateRecord, TransactionKind};
use crate::errors::{ApiError, http_status, words};
use crate::world::customer_answer;

/// `POST /directDebitCreation/`: the customer agrees (or not, by their
/// number); one mandate per customer and reference (`INS-994` for another).
pub async fn create(
    State(app): State<Arc<App>>,
    served: Served,
    Valid(body): Valid<types::MandateRequest>,
) -> Result<(StatusCode, Json<MandateAnswer>), ApiError> {
    check_market(
        &app,
        served,
        &body.input_country,
        None,
        &body.input_service_provider_code,
    )?;
    let Served(market) = served;
    let reference = body.input_third_party_conversation_id;
    let conversation = conversation_id();
    let customer = body.input_customer_msisdn;
    let mandate = body.input_third_party_reference.to_string();
    let mut ledger = app.store.lock();
    if ledger.used(&reference) {
        return Err(ApiError::new(ResponseCode::DuplicateTransaction).about(&reference, conversation));
    }
    let exists = ledger
        .mandates
        .iter()
        .any(|m| m.country == market.country() && m.customer == customer && m.reference == mandate);
    let refusal = customer_answer(customer.as_str(), true).or(exists.then_some(ResponseCode::DirectDebitAlreadyExists));
    if let Some(code) = refusal {
        return Err(ApiError::new(code).about(&reference, conversation));
    }
    ledger.mandates.push(MandateRecord {
        third_party_conversation_id: reference.clone(),
        reference: mandate,
        customer,
        country: market.country(),
        created_at: app.now(),
    });
    drop(ledger);
    let code = ResponseCode::Success;
    Ok((
        http_status(&code),
        Json(MandateAnswer {
            output_response_desc: Some(words(&code)),
            output_response_code: code,
            output_transaction_reference: Some(transaction_id().to_string()),
            output_conversation_id: Some(conversation),
            output_third_party_conversation_id: Some(reference),
        }),
    ))
}

/// `POST /directDebitPayment/`: a payment under the customer's mandate
/// (`INS-993` when there is none).
pub async fn pay(
    State(app): State<Arc<App>>,
    served: Served,
    Valid(body): Valid<types::MandatePaymentRequest>,
) -> Result<(StatusCode, Json<MandateAnswer>), ApiError> {
    let moving = Moving {
        kind: TransactionKind::DirectDebitPayment,
        reference: body.input_third_party_conversation_id,
        country: body.input_country,
        currency: Some(body.input_currency),
        amount: body.input_amount,
        business: body.input_service_provider_code,
        effect: Effect::UnderMandate {
            customer: body.input_customer_msisdn.to_string(),
            mandate: body.input_third_party_reference.to_string(),
        },
    };
    let (status, Json(paid)): (StatusCode, Json<PaymentAnswer>) = carry_out(&app, served, moving)?;
    Ok((
        status,
        Json(MandateAnswer {
            output_response_code: paid.output_response_code,
            output_response_desc: paid.output_response_desc,
            output_transaction_reference: paid.output_transaction_id.map(|id| id.to_string()),
            output_conversation_id: paid.output_conversation_id,
            output_third_party_conversation_id: paid.output_third_party_conversation_id,
        }),
    ))
}

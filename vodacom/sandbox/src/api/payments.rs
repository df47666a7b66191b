//! Payments (C2B, B2C, B2B), reversals and the status query. A payment is
//! answered once it is final: the customer's answer comes from their
//! number (`world::CUSTOMER_ANSWERS`), the business's balance moves. Every
//! request answered under a `ThirdPartyConversationID` is kept, so that a
//! second one under it is `INS-10` and the status query finds it.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use pesa_sandbox::{Params, Valid};
use rust_decimal::Decimal;
use vodacom::types::{
    self, Amount, Country, Currency, PaymentAnswer, ResponseCode, ServiceProviderCode, StatusAnswer,
    ThirdPartyConversationId, TransactionId, TransactionStatus,
};
use vodacom::{Market, parameters};

use crate::App;
use crate::api::{Served, check_market, conversation_id, transaction_id};
use crate::controls::types::{TransactionKind, TransactionRecord};
use crate::errors::{ApiError, http_status, words};
use crate::state::Ledger;
use crate::world::customer_answer;

/// How a transaction moves the business's money.
pub enum Effect {
    /// A customer pays the business; `asked` whether they confirm on their phone.
    Receive {
        /// The customer.
        customer: String,
        /// Whether they are asked to confirm.
        asked: bool,
    },
    /// A customer pays under their mandate (not asked).
    UnderMandate {
        /// The customer.
        customer: String,
        /// The mandate's reference.
        mandate: String,
    },
    /// The business pays a customer.
    PayCustomer(String),
    /// The business pays another business.
    PayBusiness(ServiceProviderCode),
    /// A transaction of this id is undone.
    Reverse(TransactionId),
}

/// A money-moving request, whatever its operation.
pub struct Moving {
    /// What it is.
    pub kind: TransactionKind,
    /// The caller's key.
    pub reference: ThirdPartyConversationId,
    /// The market's country, as sent.
    pub country: Country,
    /// The currency, as sent (a reversal sends none).
    pub currency: Option<Currency>,
    /// How much.
    pub amount: Amount,
    /// The business, as sent.
    pub business: ServiceProviderCode,
    /// How it moves money.
    pub effect: Effect,
}

/// Checks, keeps and carries out `moving`: 201 with `INS-0` and the
/// transaction's id, or the refusal; either way kept under its key.
pub fn carry_out(app: &App, served: Served, moving: Moving) -> Result<(StatusCode, Json<PaymentAnswer>), ApiError> {
    check_market(app, served, &moving.country, moving.currency.as_ref(), &moving.business)?;
    let Served(market) = served;
    let conversation = conversation_id();
    let mut ledger = app.store.lock();
    if ledger.used(&moving.reference) {
        return Err(ApiError::new(ResponseCode::DuplicateTransaction).about(&moving.reference, conversation));
    }
    let outcome = settle(&mut ledger, market, &moving);
    let transaction = outcome.is_ok().then(transaction_id);
    let (code, status) = recorded(&outcome);
    ledger.transactions.push(TransactionRecord {
        third_party_conversation_id: moving.reference.clone(),
        kind: moving.kind,
        country: market.country(),
        amount: moving.amount,
        currency: market.currency(),
        party: party(&moving.effect),
        response_code: code.clone(),
        status,
        transaction_id: transaction.clone(),
        conversation_id: conversation.clone(),
        reversed: false,
        created_at: app.now(),
    });
    drop(ledger);
    if outcome.is_err() {
        return Err(ApiError::new(code).about(&moving.reference, conversation));
    }
    Ok((
        http_status(&code),
        Json(PaymentAnswer {
            output_response_desc: Some(words(&code)),
            output_response_code: code,
            output_conversation_id: Some(conversation),
            output_transaction_id: transaction,
            output_third_party_conversation_id: Some(moving.reference),
        }),
    ))
}

/// How an outcome is answered and kept: `INS-0` and completed, or the
/// refusal's code and cancelled (expired when the customer did not answer).
pub fn recorded(outcome: &Result<(), ResponseCode>) -> (ResponseCode, TransactionStatus) {
    match outcome {
        Ok(()) => (ResponseCode::Success, TransactionStatus::Completed),
        Err(code @ ResponseCode::RequestTimeout) => (code.clone(), TransactionStatus::Expired),
        Err(code) => (code.clone(), TransactionStatus::Cancelled),
    }
}

/// The other side of a transaction, as the state shows it.
fn party(effect: &Effect) -> String {
    match effect {
        Effect::Receive { customer, .. } | Effect::UnderMandate { customer, .. } | Effect::PayCustomer(customer) => {
            customer.clone()
        }
        Effect::PayBusiness(code) => code.to_string(),
        Effect::Reverse(id) => id.to_string(),
    }
}

/// Moves the money `moving` moves, or says why it cannot.
fn settle(ledger: &mut Ledger, market: Market, moving: &Moving) -> Result<(), ResponseCode> {
    let amount = moving.amount.get();
    match &moving.effect {
        Effect::Receive { customer, asked } => {
            if let Some(code) = customer_answer(customer, *asked) {
                return Err(code);
            }
            *ledger.balance(market) += amount;
        }
        Effect::UnderMandate { customer, mandate } => {
            let mandated = ledger
                .mandates
                .iter()
                .any(|m| m.country == market.country() && m.customer.as_str() == customer && m.reference == *mandate);
            if !mandated {
                return Err(ResponseCode::DirectDebitMissing);
            }
            if let Some(code) = customer_answer(customer, false) {
                return Err(code);
            }
            *ledger.balance(market) += amount;
        }
        Effect::PayCustomer(customer) => {
            if let Some(code) = customer_answer(customer, false) {
                return Err(code);
            }
            pay(ledger.balance(market), amount)?;
        }
        Effect::PayBusiness(_) => pay(ledger.balance(market), amount)?,
        Effect::Reverse(id) => {
            let original = ledger
                .transactions
                .iter()
                .position(|t| {
                    t.country == market.country()
                        && t.transaction_id.as_ref() == Some(id)
                        && t.status == TransactionStatus::Completed
                        && t.kind != TransactionKind::Reversal
                        && !t.reversed
                })
                .ok_or(ResponseCode::InvalidTransactionId)?;
            if amount > ledger.transactions[original].amount.get() {
                return Err(ResponseCode::InvalidAmount);
            }
            match ledger.transactions[original].kind {
                TransactionKind::B2cPayment | TransactionKind::B2bPayment => *ledger.balance(market) += amount,
                _ => pay(ledger.balance(market), amount)?,
            }
            ledger.transactions[original].reversed = true;
        }
    }
    Ok(())
}

/// Takes `amount` from `balance`, or `INS-2006` when it holds less.
pub fn pay(balance: &mut Decimal, amount: Decimal) -> Result<(), ResponseCode> {
    if *balance < amount {
        return Err(ResponseCode::InsufficientBalance);
    }
    *balance -= amount;
    Ok(())
}

/// `POST /c2bPayment/singleStage/`: the customer is asked, and answers.
pub async fn c2b(
    State(app): State<Arc<App>>,
    served: Served,
    Valid(body): Valid<types::C2bRequest>,
) -> Result<(StatusCode, Json<PaymentAnswer>), ApiError> {
    let moving = Moving {
        kind: TransactionKind::C2bPayment,
        reference: body.input_third_party_conversation_id,
        country: body.input_country,
        currency: Some(body.input_currency),
        amount: body.input_amount,
        business: body.input_service_provider_code,
        effect: Effect::Receive {
            customer: body.input_customer_msisdn.to_string(),
            asked: true,
        },
    };
    carry_out(&app, served, moving)
}

/// `POST /b2cPayment/`: the business pays a customer.
pub async fn b2c(
    State(app): State<Arc<App>>,
    served: Served,
    Valid(body): Valid<types::B2cRequest>,
) -> Result<(StatusCode, Json<PaymentAnswer>), ApiError> {
    let moving = Moving {
        kind: TransactionKind::B2cPayment,
        reference: body.input_third_party_conversation_id,
        country: body.input_country,
        currency: Some(body.input_currency),
        amount: body.input_amount,
        business: body.input_service_provider_code,
        effect: Effect::PayCustomer(body.input_customer_msisdn.to_string()),
    };
    carry_out(&app, served, moving)
}

/// `POST /b2bPayment/`: the business pays another.
pub async fn b2b(
    State(app): State<Arc<App>>,
    served: Served,
    Valid(body): Valid<types::B2bRequest>,
) -> Result<(StatusCode, Json<PaymentAnswer>), ApiError> {
    let moving = Moving {
        kind: TransactionKind::B2bPayment,
        reference: body.input_third_party_conversation_id,
        country: body.input_country,
        currency: Some(body.input_currency),
        amount: body.input_amount,
        business: body.input_primary_party_code,
        effect: Effect::PayBusiness(body.input_receiver_party_code),
    };
    carry_out(&app, served, moving)
}

/// `PUT /reversal/`: a completed transaction undone, up to its amount.
pub async fn reversal(
    State(app): State<Arc<App>>,
    served: Served,
    Valid(body): Valid<types::ReversalRequest>,
) -> Result<(StatusCode, Json<PaymentAnswer>), ApiError> {
    let moving = Moving {
        kind: TransactionKind::Reversal,
        reference: body.input_third_party_conversation_id,
        country: body.input_country,
        currency: None,
        amount: body.input_reversal_amount,
        business: body.input_service_provider_code,
        effect: Effect::Reverse(body.input_transaction_id),
    };
    carry_out(&app, served, moving)
}

/// `GET /queryTransactionStatus/`: where the transaction named stands,
/// `N/A` when none is.
pub async fn status(
    State(app): State<Arc<App>>,
    served: Served,
    Params(asked): Params<parameters::QueryTransactionStatus>,
) -> Result<(StatusCode, Json<StatusAnswer>), ApiError> {
    check_market(
        &app,
        served,
        &asked.input_country,
        None,
        &asked.input_service_provider_code,
    )?;
    let Served(market) = served;
    let status = app
        .store
        .lock()
        .transaction(market, asked.input_query_reference.as_str())
        .map_or(TransactionStatus::NotKnown, |transaction| transaction.status.clone());
    let code = ResponseCode::Success;
    Ok((
        http_status(&code),
        Json(StatusAnswer {
            output_response_desc: Some(words(&code)),
            output_response_code: code,
            output_conversation_id: Some(conversation_id()),
            output_response_transaction_status: Some(status),
            output_third_party_conversation_id: Some(asked.input_third_party_conversation_id),
        }),
    ))
}

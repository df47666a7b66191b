//! The business's asynchronous requests: B2C (v3 and v1), B2B, transaction
//! status, account balance, reversal. Each is accepted at once (the
//! initiator's security credential decrypted and checked), its outcome
//! decided with the balances it moves, and its result POSTed to its
//! `ResultURL` after the answer.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use daraja::types::{self, ErrorCode, ParameterKey, ResponseCode, ResultCode, Value};
use daraja::{Secret, Shillings};
use pesa_sandbox::Valid;
use rust_decimal::Decimal;

use crate::App;
use crate::controls::types::{C2bState, CallbackKind, RequestKind, RequestRecord};
use crate::credential::Credential;
use crate::errors::ApiError;
use crate::state::{Ledger, Transaction};
use crate::{keys, world};

/// B2C's limits per transaction, in shillings (DJ:BusinessToCustomer FAQ 9).
const B2C_LIMITS: (u64, u64) = (10, 250_000);

/// What an asynchronous request ends with.
struct Outcome {
    code: ResultCode,
    transaction_id: Option<types::TransactionId>,
    parameters: Vec<types::Parameter>,
    amount: Option<Shillings>,
}

impl Outcome {
    /// An outcome without a transaction.
    fn failed(code: ResultCode) -> Self {
        Self {
            code,
            transaction_id: None,
            parameters: Vec::new(),
            amount: None,
        }
    }
}

/// A request's keys and where its result goes.
struct Request {
    kind: RequestKind,
    originator_conversation_id: Option<types::OriginatorConversationId>,
    initiator: String,
    credential: Secret,
    result_url: types::CallbackUrl,
}

fn parameter(key: ParameterKey, value: Value) -> types::Parameter {
    types::Parameter {
        key,
        value: Some(value),
    }
}

fn text(value: impl ToString) -> Value {
    Value::Text(value.to_string())
}

/// Accepts `request`: checks its initiator, decides its outcome with
/// `decide` (on the ledger, under one lock), records it, and POSTs its
/// result after the answer.
fn accept(
    app: &Arc<App>,
    request: Request,
    decide: impl FnOnce(&mut Ledger, &types::ConversationId) -> Outcome,
) -> types::AcceptedAnswer {
    let now = app.now();
    let conversation_id = keys::conversation_id(now);
    let originator = request
        .originator_conversation_id
        .unwrap_or_else(keys::originator_conversation_id);
    let checked = if request.initiator == world::INITIATOR {
        app.keys.check(request.credential.expose(), world::INITIATOR_PASSWORD)
    } else {
        Credential::Undecryptable
    };
    let outcome = {
        let mut ledger = app.store.lock();
        let outcome = match (request.initiator == world::INITIATOR, checked) {
            (false, _) => Outcome::failed(ResultCode::UnresolvedInitiator),
            (true, Credential::Undecryptable) => Outcome::failed(ResultCode::InitiatorCredentialCheckFailure),
            (true, Credential::WrongPassword) => Outcome::failed(ResultCode::InitiatorInformationInvalid),
            (true, Credential::Right) => decide(&mut ledger, &conversation_id),
        };
        ledger.requests.push(RequestRecord {
            kind: request.kind,
            conversation_id: conversation_id.clone(),
            originator_conversation_id: originator.clone(),
            result_code: outcome.code.clone(),
            amount: outcome.amount,
            receipt: outcome.transaction_id.clone(),
            result_url: request.result_url.to_string(),
            created_at: now,
        });
        outcome
    };
    let result = types::ResultCallback {
        result: types::Result {
            result_type: Some(types::ResultType::Final),
            result_desc: outcome.code.description().map(str::to_owned),
            result_code: outcome.code,
            originator_conversation_id: originator.clone(),
            conversation_id: conversation_id.clone(),
            transaction_id: outcome.transaction_id.as_ref().map(ToString::to_string),
            result_parameters: (!outcome.parameters.is_empty()).then_some(types::ResultParameters {
                result_parameter: Some(types::Parameters::Array(outcome.parameters)),
            }),
            reference_data: Some(types::ReferenceData {
                reference_item: Some(types::Parameters::Parameter(parameter(
                    ParameterKey::QueueTimeoutUrl,
                    text("https://internalsandbox.safaricom.co.ke/mpesa/results/v1/submit"),
                ))),
            }),
        },
    };
    let worker = app.clone();
    let url = request.result_url.to_string();
    app.kit.background.spawn(async move {
        tokio::time::sleep(worker.config.result_delay).await;
        crate::deliver::deliver(&worker, CallbackKind::Result, &url, &result).await
    });
    types::AcceptedAnswer {
        conversation_id,
        originator_conversation_id: originator,
        response_code: ResponseCode::Accepted,
        response_description: Some("Accept the service request successfully.".to_owned()),
    }
}

/// `POST b2c/v3/paymentrequest`: a key Daraja has seen is refused at once.
pub async fn b2c(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<types::B2cRequest>,
) -> Result<Json<types::AcceptedAnswer>, ApiError> {
    let key = asked.originator_conversation_id;
    let seen = app
        .store
        .lock()
        .requests
        .iter()
        .any(|request| request.kind == RequestKind::B2c && request.originator_conversation_id == key);
    if seen {
        return Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::DuplicateOriginatorConversationId,
            "Duplicate OriginatorConversationID.",
        ));
    }
    let request = Request {
        kind: RequestKind::B2c,
        originator_conversation_id: Some(key.clone()),
        initiator: asked.initiator_name.to_string(),
        credential: asked.security_credential,
        result_url: asked.result_url,
    };
    let payee = (asked.party_a, asked.party_b, asked.amount);
    let answer = accept(&app, request, |ledger, conversation| {
        pay_customer(ledger, payee, (conversation, Some(&key)), app.now())
    });
    Ok(Json(answer))
}

/// `POST b2c/v1/paymentrequest`: as v3, without the merchant's key.
pub async fn b2c_v1(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<types::B2cRequestV1>,
) -> Json<types::AcceptedAnswer> {
    let request = Request {
        kind: RequestKind::B2c,
        originator_conversation_id: None,
        initiator: asked.initiator_name.to_string(),
        credential: asked.security_credential,
        result_url: asked.result_url,
    };
    let payee = (asked.party_a, asked.party_b, asked.amount);
    Json(accept(&app, request, |ledger, conversation| {
        pay_customer(ledger, payee, (conversation, None), app.now())
    }))
}

/// A B2C's outcome: within the limits and the utility account's funds, the
/// customer is paid.
fn pay_customer(
    ledger: &mut Ledger,
    (party_a, phone, amount): (types::ShortCode, types::PhoneNumber, Shillings),
    (conversation, key): (&types::ConversationId, Option<&types::OriginatorConversationId>),
    now: chrono::DateTime<chrono::Utc>,
) -> Outcome {
    let shillings = amount.to_decimal();
    let code = if party_a.as_str() != world::BUSINESS {
        ResultCode::NotPermitted
    } else if amount.get() < B2C_LIMITS.0 {
        ResultCode::BelowMinimum
    } else if amount.get() > B2C_LIMITS.1 {
        ResultCode::AboveMaximum
    } else if ledger.utility < shillings {
        ResultCode::InsufficientBalance
    } else {
        ResultCode::Completed
    };
    if code != ResultCode::Completed {
        return Outcome::failed(code);
    }
    ledger.utility -= shillings;
    *ledger.customer_balance(phone.as_str()) += shillings;
    let receipt = keys::receipt();
    let completed = crate::nairobi(now, "%d.%m.%Y %H:%M:%S");
    ledger.transactions.push(Transaction {
        receipt: receipt.clone(),
        originator_conversation_id: key.cloned(),
        conversation_id: conversation.clone(),
        reason: "Business Payment to Customer via API",
        amount,
        debit: format!("{} - Sandbox Business", world::BUSINESS),
        credit: world::public_name(phone.as_str()),
        completed: crate::nairobi(now, "%Y%m%d%H%M%S"),
    });
    let parameters = vec![
        parameter(ParameterKey::TransactionAmount, Value::Number(shillings)),
        parameter(ParameterKey::TransactionReceipt, text(&receipt)),
        parameter(
            ParameterKey::ReceiverPartyPublicName,
            text(world::public_name(phone.as_str())),
        ),
        parameter(ParameterKey::TransactionCompletedDateTime, text(completed)),
        parameter(
            ParameterKey::B2cUtilityAccountAvailableFunds,
            Value::Number(ledger.utility),
        ),
        parameter(
            ParameterKey::B2cWorkingAccountAvailableFunds,
            Value::Number(ledger.working),
        ),
        parameter(ParameterKey::B2cRecipientIsRegisteredCustomer, text("Y")),
        parameter(
            ParameterKey::B2cChargesPaidAccountAvailableFunds,
            Value::Number(Decimal::ZERO),
        ),
    ];
    Outcome {
        code,
        transaction_id: Some(receipt),
        parameters,
        amount: Some(amount),
    }
}

/// `POST b2b/v1/paymentrequest`: the utility account pays another shortcode.
pub async fn b2b(State(app): State<Arc<App>>, Valid(asked): Valid<types::B2bRequest>) -> Json<types::AcceptedAnswer> {
    let request = Request {
        kind: RequestKind::B2b,
        originator_conversation_id: None,
        initiator: asked.initiator.to_string(),
        credential: asked.security_credential,
        result_url: asked.result_url,
    };
    let now = app.now();
    Json(accept(&app, request, |ledger, conversation| {
        let shillings = asked.amount.to_decimal();
        if asked.party_a.as_str() != world::BUSINESS {
            return Outcome::failed(ResultCode::NotPermitted);
        }
        if ledger.utility < shillings {
            return Outcome::failed(ResultCode::InsufficientBalance);
        }
        ledger.utility -= shillings;
        let receipt = keys::receipt();
        let completed = crate::nairobi(now, "%Y%m%d%H%M%S");
        ledger.transactions.push(Transaction {
            receipt: receipt.clone(),
            originator_conversation_id: None,
            conversation_id: conversation.clone(),
            reason: "Business Pay Bill",
            amount: asked.amount,
            debit: format!("{} - Sandbox Business", world::BUSINESS),
            credit: asked.party_b.to_string(),
            completed: completed.clone(),
        });
        Outcome {
            code: ResultCode::Completed,
            transaction_id: Some(receipt),
            parameters: vec![
                parameter(ParameterKey::Amount, Value::Number(shillings)),
                parameter(ParameterKey::TransCompletedTime, text(completed)),
                parameter(ParameterKey::CreditPartyPublicName, text(asked.party_b.to_string())),
                parameter(
                    ParameterKey::DebitAccountBalance,
                    text(balance_line("Utility Account", ledger.utility)),
                ),
            ],
            amount: Some(asked.amount),
        }
    }))
}

/// `POST transactionstatus/v1/query`: a transaction M-Pesa does not know is
/// refused at once (assumed, `404.001.04`); a known one's status is POSTed.
pub async fn status(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<types::TransactionStatusRequest>,
) -> Result<Json<types::AcceptedAnswer>, ApiError> {
    let found = app
        .store
        .lock()
        .transaction(asked.transaction_id.as_ref(), asked.original_conversation_id.as_ref())
        .cloned();
    let Some(found) = found else {
        return Err(ApiError::new(
            StatusCode::NOT_FOUND,
            ErrorCode::TransactionNotFound,
            "Transaction not found",
        ));
    };
    let request = Request {
        kind: RequestKind::TransactionStatus,
        originator_conversation_id: None,
        initiator: asked.initiator.to_string(),
        credential: asked.security_credential,
        result_url: asked.result_url,
    };
    let answer = accept(&app, request, |_, _| Outcome {
        code: ResultCode::Completed,
        transaction_id: Some(found.receipt.clone()),
        parameters: vec![
            parameter(ParameterKey::DebitPartyName, text(&found.debit)),
            parameter(ParameterKey::CreditPartyName, text(&found.credit)),
            parameter(
                ParameterKey::OriginatorConversationId,
                text(
                    found
                        .originator_conversation_id
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                ),
            ),
            parameter(ParameterKey::InitiatedTime, text(&found.completed)),
            parameter(ParameterKey::DebitAccountType, text("Utility Account")),
            parameter(ParameterKey::ReasonType, text(found.reason)),
            parameter(ParameterKey::TransactionStatus, text("Completed")),
            parameter(ParameterKey::FinalisedTime, text(&found.completed)),
            parameter(ParameterKey::Amount, text(found.amount.get().to_string())),
            parameter(ParameterKey::ConversationId, text(&found.conversation_id)),
            parameter(ParameterKey::ReceiptNo, text(&found.receipt)),
        ],
        amount: None,
    });
    Ok(Json(answer))
}

/// `POST accountbalance/v1/query`: the balances are POSTed.
pub async fn balance(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<types::AccountBalanceRequest>,
) -> Json<types::AcceptedAnswer> {
    let request = Request {
        kind: RequestKind::AccountBalance,
        originator_conversation_id: None,
        initiator: asked.initiator.to_string(),
        credential: asked.security_credential,
        result_url: asked.result_url,
    };
    let now = app.now();
    Json(accept(&app, request, |ledger, _| {
        let accounts = [
            balance_line("Working Account", ledger.working),
            balance_line("Utility Account", ledger.utility),
            balance_line("Charges Paid Account", Decimal::ZERO),
        ];
        Outcome {
            code: ResultCode::Completed,
            transaction_id: None,
            parameters: vec![
                parameter(ParameterKey::AccountBalance, text(accounts.join("&"))),
                parameter(ParameterKey::BoCompletedTime, text(crate::nairobi(now, "%Y%m%d%H%M%S"))),
            ],
            amount: None,
        }
    }))
}

/// One account of a balance: `name|KES|available|current|reserved|uncleared`.
fn balance_line(account: &str, amount: Decimal) -> String {
    let amount = amount.round_dp(2);
    format!("{account}|KES|{amount:.2}|{amount:.2}|0.00|0.00")
}

/// `POST reversal/v1/request`: a customer's payment to the shortcode is
/// reversed once (`R000001` after), an unknown one refused (`R000002`).
pub async fn reversal(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<types::ReversalRequest>,
) -> Json<types::AcceptedAnswer> {
    let request = Request {
        kind: RequestKind::Reversal,
        originator_conversation_id: None,
        initiator: asked.initiator.to_string(),
        credential: asked.security_credential,
        result_url: asked.result_url,
    };
    let now = app.now();
    Json(accept(&app, request, |ledger, conversation| {
        let payment = ledger
            .c2b
            .iter_mut()
            .find(|payment| payment.receipt == asked.transaction_id && payment.shortcode == asked.receiver_party);
        let Some(payment) = payment else {
            return Outcome::failed(ResultCode::OriginalTransactionInvalid);
        };
        match payment.state {
            C2bState::Reversed => return Outcome::failed(ResultCode::AlreadyReversed),
            C2bState::Rejected => return Outcome::failed(ResultCode::OriginalTransactionInvalid),
            C2bState::Completed if payment.amount != asked.amount => {
                return Outcome::failed(ResultCode::OriginalTransactionInvalid);
            }
            C2bState::Completed => payment.state = C2bState::Reversed,
        }
        let phone = payment.phone.clone();
        let shillings = asked.amount.to_decimal();
        ledger.working -= shillings;
        *ledger.customer_balance(phone.as_str()) += shillings;
        let receipt = keys::receipt();
        let completed = crate::nairobi(now, "%Y%m%d%H%M%S");
        ledger.transactions.push(Transaction {
            receipt: receipt.clone(),
            originator_conversation_id: None,
            conversation_id: conversation.clone(),
            reason: "Reversal",
            amount: asked.amount,
            debit: asked.receiver_party.to_string(),
            credit: world::public_name(phone.as_str()),
            completed: completed.clone(),
        });
        Outcome {
            code: ResultCode::Completed,
            transaction_id: Some(receipt),
            parameters: vec![
                parameter(
                    ParameterKey::DebitAccountBalance,
                    text(balance_line("Working Account", ledger.working)),
                ),
                parameter(ParameterKey::Amount, Value::Number(shillings)),
                parameter(ParameterKey::TransCompletedTime, text(completed)),
                parameter(ParameterKey::OriginalTransactionId, text(&asked.transaction_id)),
                parameter(ParameterKey::Charge, Value::Number(Decimal::ZERO)),
                parameter(
                    ParameterKey::CreditPartyPublicName,
                    text(world::public_name(phone.as_str())),
                ),
                parameter(
                    ParameterKey::DebitPartyPublicName,
                    text(asked.receiver_party.to_string()),
                ),
            ],
            amount: Some(asked.amount),
        }
    }))
}

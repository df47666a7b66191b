//! C2B: registering a shortcode's URLs, and simulating a customer's
//! payment, which calls them as M-Pesa would: validation (when
//! registered), then confirmation.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use daraja::types::{self, C2bResponseType, C2bValidationCode, ResponseCode};
use pesa_sandbox::Valid;

use crate::App;
use crate::controls::types::{C2bRecord, C2bState, CallbackKind, Registration};
use crate::deliver::deliver;
use crate::{keys, world};

/// `POST c2b/v{1,2}/registerurl`: keeps the shortcode's URLs (a later
/// registration replaces them; production's is one-time, the sandbox's is not).
pub async fn register(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<types::C2bRegisterRequest>,
) -> Json<types::C2bAnswer> {
    let registration = Registration {
        shortcode: asked.short_code,
        confirmation_url: asked.confirmation_url.to_string(),
        validation_url: asked.validation_url.to_string(),
        response_type: asked.response_type,
    };
    let mut ledger = app.store.lock();
    ledger
        .registrations
        .retain(|known| known.shortcode != registration.shortcode);
    ledger.registrations.push(registration);
    Json(answer("Success"))
}

/// `POST c2b/v2/simulate`: the customer's number reaches the URLs masked.
pub async fn simulate(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<types::C2bSimulateRequest>,
) -> Json<types::C2bAnswer> {
    pay(app, asked, Masking::Masked)
}

/// `POST c2b/v1/simulate`: the customer's number reaches the URLs hashed.
pub async fn simulate_v1(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<types::C2bSimulateRequest>,
) -> Json<types::C2bAnswer> {
    pay(app, asked, Masking::Hashed)
}

/// How a C2B version shows the customer's number (DJ:CustomerToBusiness FAQ 3).
#[derive(Clone, Copy)]
enum Masking {
    /// v2: `2547 ***** 126`.
    Masked,
    /// v1: SHA-256 of the number. The sandbox shows a stand-in of the same
    /// shape (64 hex digits), not a real digest.
    Hashed,
}

impl Masking {
    fn show(self, phone: &str) -> String {
        match self {
            Masking::Masked => format!("{} ***** {}", &phone[..4], &phone[phone.len() - 3..]),
            Masking::Hashed => phone
                .bytes()
                .cycle()
                .take(64)
                .map(|b| format!("{:x}", b % 16))
                .collect(),
        }
    }
}

/// Accepts the simulation at once; the URLs are called after the answer.
fn pay(app: Arc<App>, asked: types::C2bSimulateRequest, masking: Masking) -> Json<types::C2bAnswer> {
    let worker = app.clone();
    app.kit
        .background
        .spawn(async move { settle(&worker, asked, masking).await });
    Json(answer("Accept the service request successfully."))
}

/// Validation (when registered), then confirmation and the money.
async fn settle(app: &App, asked: types::C2bSimulateRequest, masking: Masking) {
    let registration = app
        .store
        .lock()
        .registrations
        .iter()
        .find(|known| known.shortcode == asked.short_code)
        .cloned();
    let now = app.now();
    let receipt = keys::receipt();
    let name = world::customer(asked.msisdn.as_str()).map_or("", |customer| customer.name);
    let payment = types::C2bPayment {
        transaction_type: Some(match asked.command_id {
            types::C2bCommand::CustomerPayBillOnline => "Pay Bill".to_owned(),
            types::C2bCommand::CustomerBuyGoodsOnline => "Buy Goods".to_owned(),
        }),
        trans_id: receipt.clone(),
        trans_time: Some(crate::nairobi(now, "%Y%m%d%H%M%S")),
        trans_amount: asked.amount.to_decimal(),
        business_short_code: asked.short_code.clone(),
        bill_ref_number: asked.bill_ref_number.clone(),
        invoice_number: Some(String::new()),
        org_account_balance: None,
        third_party_trans_id: Some(String::new()),
        msisdn: Some(masking.show(asked.msisdn.as_str())),
        first_name: Some(name.split(' ').next().unwrap_or_default().to_owned()),
        middle_name: Some(String::new()),
        last_name: Some(name.split(' ').nth(1).unwrap_or_default().to_owned()),
    };
    let accepted = match &registration {
        Some(registration) => validated(app, registration, &payment).await,
        None => true,
    };
    let record = C2bRecord {
        receipt: payment.trans_id.clone(),
        shortcode: asked.short_code.clone(),
        phone: asked.msisdn.clone(),
        amount: asked.amount,
        account: asked.bill_ref_number.clone(),
        state: if accepted {
            C2bState::Completed
        } else {
            C2bState::Rejected
        },
        created_at: now,
    };
    let confirmation = {
        let mut ledger = app.store.lock();
        if accepted {
            let amount = asked.amount.to_decimal();
            *ledger.customer_balance(asked.msisdn.as_str()) -= amount;
            ledger.working += amount;
            ledger.transactions.push(crate::state::Transaction {
                receipt: receipt.clone(),
                originator_conversation_id: None,
                conversation_id: keys::conversation_id(now),
                reason: "Pay Bill Online",
                amount: asked.amount,
                debit: world::public_name(asked.msisdn.as_str()),
                credit: asked.short_code.to_string(),
                completed: payment.trans_time.clone().unwrap_or_default(),
            });
        }
        ledger.c2b.push(record);
        types::C2bPayment {
            org_account_balance: Some(ledger.working.to_string()),
            ..payment
        }
    };
    if let (true, Some(registration)) = (accepted, registration) {
        deliver(
            app,
            CallbackKind::C2bConfirmation,
            &registration.confirmation_url,
            &confirmation,
        )
        .await;
    }
}

/// What validation answers: accepted, or (unreachable) what `ResponseType` says.
async fn validated(app: &App, registration: &Registration, payment: &types::C2bPayment) -> bool {
    let attempts = deliver(app, CallbackKind::C2bValidation, &registration.validation_url, payment).await;
    let answer = attempts
        .last()
        .filter(|attempt| attempt.status.is_some_and(|status| (200..300).contains(&status)))
        .and_then(|attempt| attempt.answer.clone())
        .and_then(|answer| serde_json::from_value::<types::C2bValidationAnswer>(answer.into()).ok());
    match answer {
        Some(answer) => answer.result_code == C2bValidationCode::Accepted,
        None => registration.response_type == C2bResponseType::Completed,
    }
}

fn answer(description: &str) -> types::C2bAnswer {
    types::C2bAnswer {
        originator_coversation_id: Some(keys::originator_conversation_id().to_string()),
        conversation_id: None,
        response_code: Some(ResponseCode::Accepted),
        response_description: Some(description.to_owned()),
    }
}

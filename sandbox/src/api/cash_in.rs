//! `POST cash-in/`: paying a customer, with either generation's names.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use ihela::{ResponseCode, types};

use super::{Direction, check_limits, known_bank, known_customer, succeeded};
use crate::fields::{ApiError, Fields};
use crate::state::{CashIn, CashInRequest, Generation, valid};
use crate::{App, data};

/// The longest account identifier accepted.
const MAX_ACCOUNT: usize = 255;
const INSUFFICIENT_BALANCE: &str = "Insufficient balance on the merchant account";

/// Pays `amount` to the account named by `bank_slug` + `account`
/// (generation 1) or `credit_bank` + `credit_account` (later): exactly one pair.
pub async fn cash_in(State(app): State<Arc<App>>, mut fields: Fields) -> Result<Json<types::CashInResult>, ApiError> {
    let (generation, bank_field, account_field) = match (
        fields.has("bank_slug") || fields.has("account"),
        fields.has("credit_bank") || fields.has("credit_account"),
    ) {
        (true, true) => {
            return Err(ApiError::field(
                "credit_bank",
                "Give bank_slug + account or credit_bank + credit_account, not both.",
            ));
        }
        (false, true) => (Generation::Later, "credit_bank", "credit_account"),
        _ => (Generation::First, "bank_slug", "account"),
    };
    let bank_slug = fields.text(bank_field, MAX_ACCOUNT);
    let bank = known_bank(&mut fields, bank_field, bank_slug);
    let account = fields.text(account_field, MAX_ACCOUNT);
    let customer = bank.and_then(|bank| known_customer(&mut fields, account_field, bank, account.as_deref()));
    let amount = fields.francs("amount");
    let reference = fields.checked::<types::MerchantReference>("merchant_reference");
    let description = fields.checked::<types::Description>("description");
    fields.optional_nonblank("credit_account_holder", MAX_ACCOUNT);
    fields.pin("pin_code");
    if let Some(currency) = fields.optional_text("currency").filter(|c| c != "BIF") {
        fields.error("currency", format!("Unsupported currency \"{currency}\"; only BIF."));
    }
    check_limits(&mut fields, "amount", bank, amount, Direction::In);
    fields.finish()?;
    let (Some(bank), Some(customer), Some(amount), Some(merchant_reference), Some(description)) =
        (bank, customer, amount, reference, description)
    else {
        return Err(ApiError::field("non_field_errors", "Incomplete cash-in."));
    };
    let request = CashInRequest {
        merchant_reference,
        bank: bank.slug.to_owned(),
        account: customer.account_number.to_owned(),
        amount,
        description,
    };
    let cash_in = app.store.cash_in(request, generation)?;
    Ok(Json(answer(&cash_in)))
}

/// The answer in the shape of the generation that asked: generation 1
/// says `error`, the later one answers in the envelope.
fn answer(cash_in: &CashIn) -> types::CashInResult {
    let message = if cash_in.accepted {
        "Success"
    } else {
        INSUFFICIENT_BALANCE
    };
    let first = cash_in.generation == Generation::First;
    let (success, response_code, response_message) = match (first, cash_in.accepted) {
        (true, _) => (None, None, None),
        (false, true) => succeeded(),
        (false, false) => (Some(false), Some(ResponseCode::Code05), Some(message.to_owned())),
    };
    types::CashInResult {
        bank_slug: Some(valid(&cash_in.request.bank)),
        account: Some(valid(&cash_in.request.account)),
        amount: Some(data::amount(cash_in.request.amount)),
        description: Some(cash_in.request.description.clone()),
        merchant_reference: Some(valid(&cash_in.request.merchant_reference)),
        error: first.then_some(!cash_in.accepted),
        error_message: first.then(|| message.to_owned()),
        reference: cash_in.reference.clone(),
        success,
        response_code,
        response_message,
        response_data: None,
    }
}

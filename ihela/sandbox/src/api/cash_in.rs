//! `POST cash-in/`: paying a customer, with either generation's names (the
//! contract's `CashInRequest` is one of the two, never both).

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use ihela::{ResponseCode, types};
use pesa_sandbox::{Valid, field};

use super::{Direction, check_limits, known_bank, known_customer, succeeded};
use crate::App;
use crate::controls::types::{CashInRecord, Generation};
use crate::errors::{ApiError, Problems};
use crate::state::PayoutTerms;

const INSUFFICIENT_BALANCE: &str = "Insufficient balance on the merchant account";

/// Pays `amount` to the account named by `bank_slug` + `account`
/// (generation 1) or `credit_bank` + `credit_account` (generation 2).
pub async fn cash_in(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<types::CashInRequest>,
) -> Result<Json<types::CashInResult>, ApiError> {
    // The generation, the wire names of the payee and the amount, what is asked.
    let (generation, (bank_field, account_field, amount_field), terms) = match asked {
        types::CashInRequest::AccountCashIn(asked) => (
            Generation::Gen1,
            (field!(asked.bank_slug), field!(asked.account), field!(asked.amount)),
            PayoutTerms {
                merchant_reference: asked.merchant_reference,
                bank: asked.bank_slug,
                account: asked.account,
                amount: asked.amount,
                description: asked.description,
            },
        ),
        types::CashInRequest::CreditAccountCashIn(asked) => (
            Generation::Gen2,
            (
                field!(asked.credit_bank),
                field!(asked.credit_account),
                field!(asked.amount),
            ),
            PayoutTerms {
                merchant_reference: asked.merchant_reference,
                bank: asked.credit_bank,
                account: asked.credit_account,
                amount: asked.amount,
                description: asked.description,
            },
        ),
    };
    let mut problems = Problems::default();
    let bank = known_bank(&mut problems, bank_field, &terms.bank);
    let payee = bank.and_then(|bank| known_customer(&mut problems, account_field, bank, &terms.account));
    check_limits(
        &mut problems,
        amount_field,
        payee.and(bank),
        terms.amount,
        Direction::In,
    );
    problems.finish()?;
    let cash_in = app.store.cash_in(terms, generation, app.now())?;
    Ok(Json(answer(&cash_in)))
}

/// The answer in the shape of the generation that asked: generation 1
/// says `error`, generation 2 answers in the envelope.
fn answer(cash_in: &CashInRecord) -> types::CashInResult {
    let message = if cash_in.accepted {
        "Success"
    } else {
        INSUFFICIENT_BALANCE
    };
    let first = cash_in.generation == Generation::Gen1;
    let (success, response_code, response_message) = match (first, cash_in.accepted) {
        (true, _) => (None, None, None),
        (false, true) => succeeded(),
        (false, false) => (Some(false), Some(ResponseCode::Code05), Some(message.to_owned())),
    };
    types::CashInResult {
        bank_slug: Some(cash_in.bank.clone()),
        account: Some(cash_in.account.clone()),
        amount: Some(cash_in.amount.to_decimal()),
        description: Some(cash_in.description.to_string()),
        merchant_reference: Some(cash_in.merchant_reference.clone()),
        error: first.then_some(!cash_in.accepted),
        error_message: first.then(|| message.to_owned()),
        reference: cash_in.reference.clone(),
        success,
        response_code,
        response_message,
        response_data: None,
    }
}

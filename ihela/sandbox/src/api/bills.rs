//! Bills: init and verify (generation 1), bill-init and bill-check
//! (generation 2). Each request is read whole through the contract; what is
//! left to check here is what the sandbox knows (banks, customers, limits).

use std::sync::Arc;

use axum::extract::State;
use axum::{Extension, Json};
use ihela::types;
use pesa_sandbox::{Valid, field};

use super::{Direction, check_limits, known_bank, known_customer, succeeded};
use crate::App;
use crate::controls::types::{BillRecord, Generation};
use crate::data::{self, Bank, Customer};
use crate::errors::{ApiError, Problems};
use crate::state::BillTerms;
use crate::tokens::Holder;

/// `POST bill/init/`: a bill for an iHela user, or for a customer of `bank`.
pub async fn init(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<types::BillInitRequest>,
) -> Result<Json<types::BillInitResponse>, ApiError> {
    let mut problems = Problems::default();
    let bank = match &asked.bank {
        Some(slug) => known_bank(&mut problems, field!(asked.bank), slug),
        None => None,
    };
    // With a bank, the customer is `bank_client_id` (the Python client sends `user` there too).
    let customer = match bank {
        Some(bank) => {
            let who = asked.bank_client_id.as_deref().unwrap_or(&asked.user);
            known_customer(&mut problems, field!(asked.bank_client_id), bank, who)
                .map(|customer| customer.account_number.to_owned())
        }
        None => Some(asked.user.to_string()),
    };
    check_limits(&mut problems, field!(asked.amount), bank, asked.amount, Direction::Out);
    problems.finish()?;
    let terms = BillTerms {
        merchant_reference: asked.merchant_reference,
        amount: asked.amount,
        description: asked.description,
        bank: bank_slug(bank),
        // Present once no problem was found.
        customer: customer.unwrap_or_default(),
        redirect_uri: asked.redirect_uri,
        generation: Generation::Gen1,
    };
    let bill = open_bill(&app, bank, terms)?;
    Ok(Json(types::BillInitResponse {
        bill: bill.answer(&app.base_url),
    }))
}

/// `POST bill/verify/`: `code` is the merchant reference, `reference` the
/// bill code (or absent, to find a bill by the merchant reference alone).
pub async fn verify(
    State(app): State<Arc<App>>,
    Valid(asked): Valid<types::BillVerifyRequest>,
) -> Result<Json<types::BillVerifyResponse>, ApiError> {
    let bill = app
        .store
        .find_bill(asked.reference.as_ref(), Some(&asked.code), app.now())?;
    Ok(Json(types::BillVerifyResponse {
        bill: types::BillVerification {
            bank_reference: bill.bank_reference.clone(),
            reference: bill.code,
            code: bill.merchant_reference,
            status: bill.state,
        },
    }))
}

/// `POST bill-init/`: a bill debiting a customer's account; with a
/// signed-in customer's token, that customer's.
pub async fn create(
    State(app): State<Arc<App>>,
    Extension(holder): Extension<Holder>,
    Valid(asked): Valid<types::BillCreateRequest>,
) -> Result<Json<types::BillInitResult>, ApiError> {
    let mut problems = Problems::default();
    let (bank, customer) = match holder {
        Holder::Merchant => named_payer(&mut problems, &asked),
        Holder::Customer(customer) => signed_in_payer(&mut problems, &asked, customer),
    };
    check_limits(&mut problems, field!(asked.amount), bank, asked.amount, Direction::Out);
    problems.finish()?;
    let terms = BillTerms {
        merchant_reference: asked.merchant_reference,
        amount: asked.amount,
        description: asked.description,
        bank: bank_slug(bank),
        // Present once no problem was found.
        customer: customer
            .map(|customer| customer.account_number.to_owned())
            .unwrap_or_default(),
        redirect_uri: asked.redirect_uri,
        generation: Generation::Gen2,
    };
    let bill = open_bill(&app, bank, terms)?;
    let data = types::BillInitData {
        bill_code: Some(bill.code.clone()),
        code: Some(bill.code.clone()),
        amount: Some(bill.amount.to_decimal()),
        status: Some(bill.state.clone()),
        confirmation_uri: Some(bill.confirmation_uri(&app.base_url)),
        created_at: Some(bill.created_at),
        merchant_reference: Some(bill.merchant_reference),
    };
    let (success, response_code, response_message) = succeeded();
    Ok(Json(types::BillInitResult {
        success,
        response_code,
        response_message,
        response_data: Some(data),
    }))
}

/// The bank and customer a merchant's bill-init names (`debit_bank`,
/// `debit_account`); iHela Credit Union when `debit_bank` is left out, as
/// `ihela-sdk` 0.4.0 does.
fn named_payer(
    problems: &mut Problems,
    asked: &types::BillCreateRequest,
) -> (Option<&'static Bank>, Option<&'static Customer>) {
    let ihela = data::valid(data::IHELA_BANK);
    let slug = asked.debit_bank.as_ref().unwrap_or(&ihela);
    let bank = known_bank(problems, field!(asked.debit_bank), slug);
    let customer =
        bank.and_then(|bank| known_customer(problems, field!(asked.debit_account), bank, &asked.debit_account));
    (bank, customer)
}

/// The signed-in customer as the payer of their bill-init: `debit_bank`
/// and `debit_account` may be left out or empty (as `ihela-sdk` sends
/// them), or name the customer's own; nobody else's.
fn signed_in_payer(
    problems: &mut Problems,
    asked: &types::BillCreateRequest,
    customer: &'static Customer,
) -> (Option<&'static Bank>, Option<&'static Customer>) {
    if asked.debit_bank.as_deref().is_some_and(|slug| slug != customer.bank) {
        let message = format!("The signed-in customer's bank is {}.", customer.bank);
        problems.add(field!(asked.debit_bank), message);
    }
    let account = asked.debit_account.as_str();
    if !account.is_empty() && account != customer.account_number && account != customer.customer_id {
        problems.add(field!(asked.debit_account), "Not the signed-in customer's account.");
    }
    (data::bank(customer.bank), Some(customer))
}

/// `POST bill-check/`: a bill by its code and merchant reference (or by the
/// reference alone, to find a bill whose init answer was lost); with a
/// signed-in customer's token, only that customer's bills.
pub async fn check(
    State(app): State<Arc<App>>,
    Extension(holder): Extension<Holder>,
    Valid(asked): Valid<types::BillCheckRequest>,
) -> Result<Json<types::BillCheckResult>, ApiError> {
    let bill = app
        .store
        .find_bill(asked.bill_code.as_ref(), Some(&asked.merchant_reference), app.now())?;
    if let Holder::Customer(customer) = holder
        && bill.customer != customer.account_number
    {
        return Err(ApiError::not_found());
    }
    let data = types::BillCheckData {
        bank_reference: bill.bank_reference.clone(),
        payment_reference: bill.bank_reference.clone(),
        amount: Some(bill.amount.to_decimal()),
        status: Some(bill.state),
        bill_code: Some(bill.code),
        merchant_reference: Some(bill.merchant_reference),
    };
    let (success, response_code, response_message) = succeeded();
    Ok(Json(types::BillCheckResult {
        success,
        response_code,
        response_message,
        response_data: Some(data),
    }))
}

/// The slug of the bank a bill goes to: iHela Credit Union's when none is named.
fn bank_slug(bank: Option<&Bank>) -> types::BankSlug {
    data::valid(bank.map_or(data::IHELA_BANK, |bank| bank.slug))
}

/// Creates the bill of `terms`, payable for as long as its bank keeps bills.
fn open_bill(app: &App, bank: Option<&Bank>, terms: BillTerms) -> Result<BillRecord, ApiError> {
    let lifetime = if bank.is_some_and(Bank::is_wallet) {
        app.config.wallet_bill_ttl
    } else {
        app.config.bill_ttl
    };
    app.store.create_bill(terms, lifetime, app.now())
}

//! Bills: init and verify (generation 1), bill-init and bill-check (the
//! later generation).

use std::sync::Arc;

use axum::extract::State;
use axum::{Extension, Json};
use ihela::types;

use super::{Direction, check_limits, known_bank, known_customer, succeeded};
use crate::App;
use crate::data::{Bank, Customer};
use crate::fields::{ApiError, Fields};
use crate::state::{Bill, BillRequest, Generation};
use crate::tokens::Holder;

/// The longest customer identifier accepted.
const MAX_USER: usize = 255;

/// `POST bill/init/`: a bill for an iHela user, or for a customer of `bank`.
pub async fn init(State(app): State<Arc<App>>, mut fields: Fields) -> Result<Json<types::BillInitResponse>, ApiError> {
    let asked = Asked::read(&mut fields);
    let user = fields.text("user", MAX_USER);
    let bank_slug = fields.optional_nonblank("bank", MAX_USER);
    let bank = known_bank(&mut fields, "bank", bank_slug);
    let bank_client_id = fields.optional_nonblank("bank_client_id", MAX_USER);
    // With a bank, the customer is `bank_client_id` (the Python client sends `user` there too).
    let customer = match bank {
        Some(bank) => known_customer(
            &mut fields,
            "bank_client_id",
            bank,
            bank_client_id.as_deref().or(user.as_deref()),
        )
        .map(|customer| customer.account_number.to_owned()),
        None => user,
    };
    check_limits(&mut fields, "amount", bank, asked.amount, Direction::Out);
    fields.finish()?;
    let bill = asked.create(&app, bank, customer, Generation::First)?;
    Ok(Json(types::BillInitResponse {
        bill: bill.answer(&app.base_url),
    }))
}

/// `POST bill/verify/`: `code` is the merchant reference, `reference` the
/// bill code (or absent, to find a bill by the merchant reference alone).
pub async fn verify(
    State(app): State<Arc<App>>,
    mut fields: Fields,
) -> Result<Json<types::BillVerifyResponse>, ApiError> {
    let reference = fields.checked::<types::MerchantReference>("code");
    let code = fields.optional_string("reference", MAX_USER);
    fields.finish()?;
    let bill = app.store.find_bill(code.as_deref(), reference.as_deref())?;
    Ok(Json(types::BillVerifyResponse {
        bill: types::BillVerification {
            bank_reference: bill.bank_reference.clone(),
            reference: bill.bill_code(),
            code: bill.merchant_reference(),
            status: bill.state,
        },
    }))
}

/// `POST bill-init/`: a bill debiting a customer's account; with a
/// signed-in customer's token, that customer's.
pub async fn create(
    State(app): State<Arc<App>>,
    Extension(holder): Extension<Holder>,
    mut fields: Fields,
) -> Result<Json<types::BillInitResult>, ApiError> {
    let (bank, customer) = match holder {
        Holder::Merchant => named_payer(&mut fields),
        Holder::Customer(customer) => signed_in_payer(&mut fields, customer),
    };
    let customer = customer.map(|customer| customer.account_number.to_owned());
    let asked = Asked::read(&mut fields);
    fields.optional_checked::<types::Description>("merchant_description");
    fields.optional_text("payment_product_id");
    fields.pin("pin_code");
    check_limits(&mut fields, "amount", bank, asked.amount, Direction::Out);
    fields.finish()?;
    let bill = asked.create(&app, bank, customer, Generation::Later)?;
    let data = types::BillInitData {
        bill_code: Some(bill.bill_code()),
        code: Some(bill.bill_code()),
        merchant_reference: Some(bill.merchant_reference()),
        amount: Some(crate::data::amount(bill.request.amount)),
        status: Some(bill.state.clone()),
        confirmation_uri: Some(bill.confirmation_uri(&app.base_url)),
        created_at: Some(bill.created_at),
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
/// `debit_account`).
fn named_payer(fields: &mut Fields) -> (Option<&'static Bank>, Option<&'static Customer>) {
    // ihela-sdk 0.4.0 leaves `debit_bank` out when no bank is given.
    let bank_slug = fields.optional_nonblank("debit_bank", MAX_USER);
    let bank_slug = bank_slug.unwrap_or_else(|| crate::data::IHELA_BANK.to_owned());
    let bank = known_bank(fields, "debit_bank", Some(bank_slug));
    let account = fields.text("debit_account", MAX_USER);
    let customer = bank.and_then(|bank| known_customer(fields, "debit_account", bank, account.as_deref()));
    (bank, customer)
}

/// The signed-in customer as the payer of their bill-init: `debit_bank`
/// and `debit_account` may be left out or empty (as `ihela-sdk` sends
/// them), or name the customer's own; nobody else's.
fn signed_in_payer(
    fields: &mut Fields,
    customer: &'static Customer,
) -> (Option<&'static Bank>, Option<&'static Customer>) {
    let bank = crate::data::bank(customer.bank);
    if let Some(slug) = fields.optional_text("debit_bank")
        && slug != customer.bank
    {
        fields.error(
            "debit_bank",
            format!("The signed-in customer's bank is {}.", customer.bank),
        );
    }
    if let Some(account) = fields.optional_text("debit_account")
        && account != customer.account_number
        && account != customer.customer_id
    {
        fields.error("debit_account", "Not the signed-in customer's account.");
    }
    (bank, Some(customer))
}

/// `POST bill-check/`: a bill by its code and merchant reference (or by the
/// reference alone, to find a bill whose init answer was lost); with a
/// signed-in customer's token, only that customer's bills.
pub async fn check(
    State(app): State<Arc<App>>,
    Extension(holder): Extension<Holder>,
    mut fields: Fields,
) -> Result<Json<types::BillCheckResult>, ApiError> {
    let code = fields.optional_string("bill_code", MAX_USER);
    let reference = fields.checked::<types::MerchantReference>("merchant_reference");
    fields.pin("pin_code");
    fields.finish()?;
    let bill = app.store.find_bill(code.as_deref(), reference.as_deref())?;
    if let Holder::Customer(customer) = holder
        && bill.request.customer != customer.account_number
    {
        return Err(ApiError::not_found());
    }
    let data = types::BillCheckData {
        bill_code: Some(bill.bill_code()),
        merchant_reference: Some(bill.merchant_reference()),
        status: Some(bill.state.clone()),
        bank_reference: bill.bank_reference.clone(),
        payment_reference: bill.bank_reference.clone(),
        amount: Some(crate::data::amount(bill.request.amount)),
    };
    let (success, response_code, response_message) = succeeded();
    Ok(Json(types::BillCheckResult {
        success,
        response_code,
        response_message,
        response_data: Some(data),
    }))
}

/// What both bill inits read alike (each value present once the fields are checked).
struct Asked {
    amount: Option<u64>,
    description: Option<String>,
    reference: Option<String>,
    redirect_uri: Option<String>,
}

impl Asked {
    fn read(fields: &mut Fields) -> Self {
        Self {
            amount: fields.francs("amount"),
            description: fields.checked::<types::Description>("description"),
            reference: fields.checked::<types::MerchantReference>("merchant_reference"),
            redirect_uri: fields.optional_text("redirect_uri"),
        }
    }

    /// Creates the bill once its fields are checked.
    fn create(
        self,
        app: &App,
        bank: Option<&Bank>,
        customer: Option<String>,
        generation: Generation,
    ) -> Result<Bill, ApiError> {
        let (Some(amount), Some(description), Some(merchant_reference), Some(customer)) =
            (self.amount, self.description, self.reference, customer)
        else {
            return Err(ApiError::field("non_field_errors", "Incomplete bill."));
        };
        let lifetime = if bank.is_some_and(Bank::is_wallet) {
            app.config.wallet_bill_ttl
        } else {
            app.config.bill_ttl
        };
        let request = BillRequest {
            merchant_reference,
            amount,
            description,
            bank: bank.map_or(crate::data::IHELA_BANK, |bank| bank.slug).to_owned(),
            customer,
            redirect_uri: self.redirect_uri,
            generation,
        };
        app.store.create_bill(request, lifetime)
    }
}

//! Bank lists, customer lookup, and the connected user.

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query};
use axum::{Extension, Json};
use ihela::types;

use super::{known_bank, known_customer};
use crate::data::BANKS;
use crate::fields::{ApiError, Fields};
use crate::tokens::Holder;

/// The longest customer id or account number accepted.
const MAX_ID: usize = 255;

/// Every bank (the all, cash-in and cash-out lists are the same here).
pub async fn list() -> Json<types::BankList> {
    let banks: Vec<types::Bank> = BANKS.iter().map(crate::data::Bank::answer).collect();
    let count = i64::try_from(banks.len()).ok();
    Json(types::BankList {
        banks,
        count,
        banks_count: None,
    })
}

/// A customer's account number and name, by `customer_id` or `account_number`.
pub async fn lookup(
    path: Result<Path<String>, PathRejection>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Result<Json<types::CustomerAccount>, ApiError> {
    let Path(bank_slug) = path.map_err(|e| ApiError::field("bank_slug", e.body_text()))?;
    let Query(query) = query.map_err(|e| ApiError::field("non_field_errors", e.body_text()))?;
    // The query is read like a form body, for the same field errors.
    let mut fields = Fields::from_text(query);
    let bank = known_bank(&mut fields, "bank_slug", Some(bank_slug));
    let (name, who) = match fields.optional_nonblank("customer_id", MAX_ID) {
        Some(id) => ("customer_id", Some(id)),
        None => ("account_number", fields.optional_nonblank("account_number", MAX_ID)),
    };
    if who.is_none() {
        fields.error("customer_id", "Give customer_id or account_number.");
    }
    let customer = bank.and_then(|bank| known_customer(&mut fields, name, bank, who.as_deref()));
    fields.finish()?;
    let customer = customer.ok_or_else(ApiError::not_found)?;
    Ok(Json(types::CustomerAccount {
        account_number: crate::state::valid(customer.account_number),
        name: Some(customer.name.to_owned()),
    }))
}

/// The user behind the token: the merchant, or the signed-in customer.
pub async fn connected_user(Extension(holder): Extension<Holder>) -> Json<types::User> {
    Json(match holder {
        Holder::Merchant => crate::data::merchant_user(),
        Holder::Customer(customer) => customer.user(),
    })
}

//! Bank lists, customer lookup, and the connected user.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Path, Query};
use serde_json::{Value, json};

use super::{known_bank, known_customer};
use crate::data::BANKS;
use crate::fields::{ApiError, Fields};

/// Every bank (the all, cash-in and cash-out lists are the same here).
pub async fn list() -> Json<Value> {
    let banks: Vec<Value> = BANKS.iter().map(|bank| bank.to_json()).collect();
    Json(json!({"banks": banks, "count": banks.len()}))
}

/// A customer's account number and name, by `customer_id` or `account_number`.
pub async fn lookup(
    Path(bank_slug): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    // The query is read like a form body, for the same field errors.
    let values = query.into_iter().map(|(k, v)| (k, Value::String(v))).collect();
    let mut fields = Fields::from_values(values);
    let bank = known_bank(&mut fields, "bank_slug", Some(bank_slug));
    let (name, who) = match fields.optional_text("customer_id") {
        Some(id) => ("customer_id", Some(id)),
        None => ("account_number", fields.optional_text("account_number")),
    };
    if who.is_none() {
        fields.error("customer_id", "Give customer_id or account_number.");
    }
    let customer = bank.and_then(|bank| known_customer(&mut fields, name, bank, who.as_deref()));
    fields.finish()?;
    let customer = customer.ok_or_else(ApiError::not_found)?;
    Ok(Json(
        json!({"account_number": customer.account_number, "name": customer.name}),
    ))
}

/// The merchant behind the token.
pub async fn connected_user() -> Json<Value> {
    Json(json!({
        "username": "sandbox-merchant",
        "email": "merchant@sandbox.invalid",
        "ihela_code": "SBX-MERCHANT",
        "bio": "The iHela sandbox's merchant",
        "image": null,
        "following": false,
    }))
}

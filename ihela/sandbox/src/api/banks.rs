//! Bank lists, customer lookup, and the connected user.

use std::sync::Arc;

use axum::{Extension, Json};
use ihela::{parameters, types};
use pesa_sandbox::{Params, field};

use super::{known_bank, known_customer};
use crate::App;
use crate::data::BANKS;
use crate::errors::{ApiError, Problems};
use crate::tokens::Holder;

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
    Params(asked): Params<parameters::LookupCustomer>,
) -> Result<Json<types::CustomerAccount>, ApiError> {
    let mut problems = Problems::default();
    let bank = known_bank(&mut problems, field!(asked.bank_slug), &asked.bank_slug);
    let (name, who) = match (&asked.customer_id, &asked.account_number) {
        (Some(id), _) => (field!(asked.customer_id), id),
        (None, Some(number)) => (field!(asked.account_number), number),
        (None, None) => {
            problems.add(field!(asked.customer_id), "Give customer_id or account_number.");
            return Err(problems.finish().unwrap_err());
        }
    };
    let customer = bank.and_then(|bank| known_customer(&mut problems, name, bank, who));
    problems.finish()?;
    let customer = customer.ok_or_else(ApiError::not_found)?;
    Ok(Json(types::CustomerAccount {
        account_number: crate::data::valid(customer.account_number),
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

/// The state of every route of this module, unused: the lists and the user
/// need none.
#[allow(dead_code)]
type Unused = Arc<App>;

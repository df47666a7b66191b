//! Generation 2 of iHela's merchant API, as the 2026 SDK `ihela-sdk` 0.4.0
//! sends it: answers come in an envelope `{success, response_code,
//! response_message, response_data}` (any code other than `00` is a
//! refusal), and the merchant's PIN goes with bill-init, bill-check and the
//! cash-in (set once, with [`ClientBuilder::pin`](crate::ClientBuilder::pin)).
//!
//! | request | sent with | path | answer |
//! |---|---|---|---|
//! | [`CreateBill`] | [`Client::create_bill`] | `bill-init/` | [`CreatedBill`] |
//! | [`CheckBill`] | [`Client::check_bill`] | `bill-check/` | [`BillState`] (with its amount when iHela gives it) |
//! | [`CreditCashIn`] | [`Client::cash_in`] | `cash-in/` | [`CashInReceipt`] |
//! | [`CustomerBill`] | [`CustomerClient::create_bill`] | `bill-init/`, with a signed-in customer's token | [`CreatedBill`] |
//!
//! [`Client::create_bill`]: crate::Client::create_bill
//! [`Client::check_bill`]: crate::Client::check_bill
//! [`Client::cash_in`]: crate::Client::cash_in
//! [`CustomerClient::create_bill`]: crate::CustomerClient::create_bill
//! [`CreatedBill`]: crate::CreatedBill
//! [`BillState`]: crate::BillState
//! [`CashInReceipt`]: crate::CashInReceipt

use crate::error::InvalidInput;
use crate::money::Francs;
use crate::requests::{IntoCashIn, Payout, optional_text, sealed, text};
use crate::secret::Pin;
use crate::types::{self, AccountNumber, BankSlug, BillCode, MerchantReference};

/// A bill debiting a customer's account (`bill-init/`). Send it with
/// [`Client::create_bill`](crate::Client::create_bill).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateBill {
    debit_account: String,
    amount: Francs,
    description: String,
    merchant_reference: MerchantReference,
    debit_bank: Option<BankSlug>,
    merchant_description: Option<String>,
    redirect_uri: Option<String>,
}

impl CreateBill {
    /// A bill of `amount` debiting `debit_account` (an account, phone number
    /// or iHela identifier), described as `description`, under the
    /// merchant's unique `merchant_reference`.
    pub fn new(
        debit_account: impl Into<String>,
        amount: Francs,
        description: impl Into<String>,
        merchant_reference: MerchantReference,
    ) -> Self {
        Self {
            debit_account: debit_account.into(),
            amount,
            description: description.into(),
            merchant_reference,
            debit_bank: None,
            merchant_description: None,
            redirect_uri: None,
        }
    }

    /// The bank of `debit_account` (iHela Credit Union when not set).
    pub fn debit_bank(mut self, slug: BankSlug) -> Self {
        self.debit_bank = Some(slug);
        self
    }

    /// The description on the merchant's side (`description` when not set).
    pub fn merchant_description(mut self, description: impl Into<String>) -> Self {
        self.merchant_description = Some(description.into());
        self
    }

    /// Where iHela sends the customer's browser after payment.
    pub fn redirect_uri(mut self, uri: impl Into<String>) -> Self {
        self.redirect_uri = Some(uri.into());
        self
    }

    /// The merchant reference the bill is made under.
    pub(crate) fn merchant_reference(&self) -> &MerchantReference {
        &self.merchant_reference
    }

    /// The wire body, every field checked; `pin` is the client's.
    pub(crate) fn body(self, pin: Option<&Pin>) -> Result<types::BillCreateRequest, InvalidInput> {
        Ok(types::BillCreateRequest {
            debit_account: self.debit_account,
            amount: self.amount,
            description: text(self.description, "description")?,
            merchant_reference: self.merchant_reference,
            debit_bank: self.debit_bank,
            merchant_description: optional_text(self.merchant_description, "merchant_description")?,
            redirect_uri: self.redirect_uri,
            payment_product_id: None,
            pin_code: pin.cloned(),
        })
    }
}

/// A bill for the customer signed in with iHela (`bill-init/` with the
/// customer's token, as `ihela-sdk`'s `MerchantAuthorizationClient` sends
/// it): the customer is the payer, so no account, bank or PIN is named.
/// Send it with [`CustomerClient::create_bill`](crate::CustomerClient::create_bill).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CustomerBill(CreateBill);

impl CustomerBill {
    /// A bill of `amount` for the signed-in customer, described as
    /// `description`, under the merchant's unique `merchant_reference`.
    pub fn new(amount: Francs, description: impl Into<String>, merchant_reference: MerchantReference) -> Self {
        // The signed-in customer's own account: sent empty, as the SDK does.
        Self(CreateBill::new("", amount, description, merchant_reference))
    }

    /// The description on the merchant's side (`description` when not set).
    pub fn merchant_description(self, description: impl Into<String>) -> Self {
        Self(self.0.merchant_description(description))
    }

    /// Where iHela sends the customer's browser after payment.
    pub fn redirect_uri(self, uri: impl Into<String>) -> Self {
        Self(self.0.redirect_uri(uri))
    }

    /// The bill as generation 2's bill init.
    pub(crate) fn into_request(self) -> CreateBill {
        self.0
    }
}

/// A question about a bill's status (`bill-check/`). Send it with
/// [`Client::check_bill`](crate::Client::check_bill).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CheckBill {
    merchant_reference: MerchantReference,
    bill_code: BillCode,
}

impl CheckBill {
    /// The bill `bill_code`, made under `merchant_reference`.
    pub fn new(merchant_reference: MerchantReference, bill_code: BillCode) -> Self {
        Self {
            merchant_reference,
            bill_code,
        }
    }

    /// The wire body; `pin` is the client's.
    pub(crate) fn body(self, pin: Option<&Pin>) -> types::BillCheckRequest {
        types::BillCheckRequest {
            merchant_reference: self.merchant_reference,
            bill_code: Some(self.bill_code),
            pin_code: pin.cloned(),
        }
    }
}

/// Money paid out to a customer's account, with generation 2's names
/// (`credit_bank`, `credit_account`, the PIN, the currency: francs, `BIF`).
/// Send it with
/// [`Client::cash_in`](crate::Client::cash_in).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreditCashIn {
    credit_bank: BankSlug,
    credit_account: AccountNumber,
    payout: Payout,
    account_holder: Option<String>,
}

impl CreditCashIn {
    /// `amount` to `credit_account` at `credit_bank`, under the merchant's
    /// unique `merchant_reference`.
    pub fn new(
        credit_bank: BankSlug,
        credit_account: AccountNumber,
        amount: Francs,
        merchant_reference: MerchantReference,
        description: impl Into<String>,
    ) -> Self {
        Self {
            credit_bank,
            credit_account,
            payout: Payout {
                amount,
                merchant_reference,
                description: description.into(),
            },
            account_holder: None,
        }
    }

    /// The account holder's name.
    pub fn account_holder(mut self, name: impl Into<String>) -> Self {
        self.account_holder = Some(name.into());
        self
    }
}

impl IntoCashIn for CreditCashIn {}
impl sealed::IntoCashIn for CreditCashIn {
    fn merchant_reference(&self) -> &MerchantReference {
        &self.payout.merchant_reference
    }

    fn body(self, pin: Option<&Pin>) -> Result<types::CashInRequest, InvalidInput> {
        Ok(types::CashInRequest::CreditAccountCashIn(types::CreditAccountCashIn {
            description: self.payout.description()?,
            credit_bank: self.credit_bank,
            credit_account: self.credit_account,
            credit_account_holder: optional_text(self.account_holder, "credit_account_holder")?,
            amount: self.payout.amount,
            merchant_reference: self.payout.merchant_reference,
            pin_code: pin.cloned(),
            // The only currency the spec allows, sent as `ihela-sdk` does.
            currency: Some(types::CreditAccountCashInCurrency::Bif),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clients_pin_goes_with_the_request_and_text_is_checked() {
        let reference = MerchantReference::parse("752001").unwrap();
        let pin: Pin = "1234".parse().unwrap();
        let bill = CreateBill::new(
            "0000000016-01",
            Francs::new(600).unwrap(),
            "Order 752001",
            reference.clone(),
        );
        let body = bill.clone().body(Some(&pin)).unwrap();
        assert_eq!(body.pin_code.unwrap().expose(), "1234");
        assert!(bill.clone().body(None).unwrap().pin_code.is_none());
        let error = bill.merchant_description("").body(None).unwrap_err();
        assert_eq!(error.field(), "merchant_description");
        let cash_in = CreditCashIn::new(
            BankSlug::parse("MF1-0001").unwrap(),
            AccountNumber::parse("000001-01").unwrap(),
            Francs::new(20_000).unwrap(),
            reference,
            "Refund",
        )
        .account_holder("");
        let error = sealed::IntoCashIn::body(cash_in, Some(&pin)).unwrap_err();
        assert_eq!(error.field(), "credit_account_holder");
    }
}

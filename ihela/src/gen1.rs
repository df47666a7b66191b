//! Generation 1 of iHela's merchant API, as `ihela-python-client` 0.0.5 and
//! iHela's merchant documentation describe it: answers are plain objects.
//!
//! | request | sent with | path | answer |
//! |---|---|---|---|
//! | [`InitBill`] | [`Client::init_bill`] | `bill/init/` | [`CreatedBill`] |
//! | a merchant reference and a bill code | [`Client::verify_bill`] | `bill/verify/` | [`BillState`] (no amount) |
//! | [`CashIn`] | [`Client::cash_in`] | `cash-in/` | [`CashInReceipt`] |
//!
//! The bank lists and customer lookup serve both generations.
//!
//! [`Client::init_bill`]: crate::Client::init_bill
//! [`Client::verify_bill`]: crate::Client::verify_bill
//! [`Client::cash_in`]: crate::Client::cash_in
//! [`CreatedBill`]: crate::CreatedBill
//! [`BillState`]: crate::BillState
//! [`CashInReceipt`]: crate::CashInReceipt

use crate::error::InvalidInput;
use crate::money::Francs;
use crate::requests::{IntoCashIn, Payout, optional_text, sealed, text};
use crate::secret::Pin;
use crate::types::{self, AccountNumber, BankSlug, MerchantReference};

/// A bill for a customer to confirm in iHela or in a wallet (`bill/init/`).
/// Send it with [`Client::init_bill`](crate::Client::init_bill).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct InitBill {
    amount: Francs,
    user: String,
    description: String,
    merchant_reference: MerchantReference,
    bank: Option<BankSlug>,
    bank_client_id: Option<String>,
    redirect_uri: Option<String>,
}

impl InitBill {
    /// A bill of `amount` for `user` (iHela username, phone number, email or
    /// client id), described to them as `description`, under the merchant's
    /// unique `merchant_reference`.
    pub fn new(
        amount: Francs,
        user: impl Into<String>,
        description: impl Into<String>,
        merchant_reference: MerchantReference,
    ) -> Self {
        Self {
            amount,
            user: user.into(),
            description: description.into(),
            merchant_reference,
            bank: None,
            bank_client_id: None,
            redirect_uri: None,
        }
    }

    /// Sends the bill to this bank or wallet (EcoCash is `MOB-0003`) instead
    /// of iHela Credit Union; `user` is then the customer's id there.
    pub fn bank(mut self, slug: BankSlug) -> Self {
        self.bank = Some(slug);
        self
    }

    /// The customer's id in [`bank`](Self::bank) (a wallet's phone number),
    /// when it is not `user`.
    pub fn bank_client_id(mut self, id: impl Into<String>) -> Self {
        self.bank_client_id = Some(id.into());
        self
    }

    /// Where iHela sends the customer's browser after payment: one of the
    /// redirect URIs registered with iHela.
    pub fn redirect_uri(mut self, uri: impl Into<String>) -> Self {
        self.redirect_uri = Some(uri.into());
        self
    }

    /// The merchant reference the bill is made under.
    pub(crate) fn merchant_reference(&self) -> &MerchantReference {
        &self.merchant_reference
    }

    /// The wire body, every field checked.
    pub(crate) fn body(self) -> Result<types::BillInitRequest, InvalidInput> {
        Ok(types::BillInitRequest {
            amount: self.amount,
            user: text(self.user, "user")?,
            description: text(self.description, "description")?,
            merchant_reference: self.merchant_reference,
            bank: self.bank,
            bank_client_id: optional_text(self.bank_client_id, "bank_client_id")?,
            redirect_uri: self.redirect_uri,
        })
    }
}

/// Money paid out to a customer's account, with generation 1's names
/// (`bank_slug`, `account`). Send it with [`Client::cash_in`](crate::Client::cash_in).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CashIn {
    bank_slug: BankSlug,
    account: AccountNumber,
    payout: Payout,
}

impl CashIn {
    /// `amount` to `account` (as customer lookup answers it) at `bank_slug`,
    /// under the merchant's unique `merchant_reference`.
    pub fn new(
        bank_slug: BankSlug,
        account: AccountNumber,
        amount: Francs,
        merchant_reference: MerchantReference,
        description: impl Into<String>,
    ) -> Self {
        Self {
            bank_slug,
            account,
            payout: Payout {
                amount,
                merchant_reference,
                description: description.into(),
            },
        }
    }
}

impl IntoCashIn for CashIn {}
impl sealed::IntoCashIn for CashIn {
    fn merchant_reference(&self) -> &MerchantReference {
        &self.payout.merchant_reference
    }

    /// Generation 1 has no PIN.
    fn body(self, _pin: Option<&Pin>) -> Result<types::CashInRequest, InvalidInput> {
        Ok(types::CashInRequest::AccountCashIn(types::AccountCashIn {
            description: self.payout.description()?,
            bank_slug: self.bank_slug,
            account: self.account,
            amount: self.payout.amount,
            merchant_reference: self.payout.merchant_reference,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference() -> MerchantReference {
        MerchantReference::parse("order-1").unwrap()
    }

    #[test]
    fn free_text_is_refused_under_its_field_before_sending() {
        let two = Francs::new(2).unwrap();
        let field = |result: Result<types::BillInitRequest, InvalidInput>| result.unwrap_err().field().to_owned();
        assert_eq!(field(InitBill::new(two, "", "d", reference()).body()), "user");
        assert_eq!(field(InitBill::new(two, "u", "", reference()).body()), "description");
        let blank_id = InitBill::new(two, "u", "d", reference()).bank_client_id("");
        assert_eq!(field(blank_id.body()), "bank_client_id");
        let cash_in = CashIn::new(
            BankSlug::parse("MF1-0001").unwrap(),
            AccountNumber::parse("000001-01").unwrap(),
            two,
            reference(),
            "",
        );
        let error = sealed::IntoCashIn::body(cash_in, None).unwrap_err();
        assert_eq!(error.field(), "description");
    }

    #[test]
    fn identifiers_are_parsed_under_their_own_names() {
        assert_eq!(MerchantReference::parse("").unwrap_err().field(), "merchant_reference");
        assert_eq!(types::BillCode::parse("").unwrap_err().field(), "bill_code");
        assert_eq!(BankSlug::parse("").unwrap_err().field(), "bank_slug");
        assert_eq!(AccountNumber::parse("").unwrap_err().field(), "account_number");
    }
}

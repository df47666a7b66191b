//! Typed requests, in the spirit of async-stripe: required values go in the
//! constructor, optional ones are set with plain values, and every value is
//! checked against the spec's constraints before anything is sent, with an
//! error that names the field.
//!
//! Identifiers are the generated types that answers carry
//! ([`types::BankSlug`], [`types::BillCode`], [`types::MerchantReference`],
//! [`types::AccountNumber`]): a value one call returns feeds the next as is,
//! and a place that wants a bill code does not take a merchant reference.
//! Text works too (`"MF1-0001"`), checked when the request is sent.

use crate::error::InvalidInput;
use crate::money::Francs;
use crate::secret::Pin;
use crate::types;

/// A value that names an identifier of type `T`: `T` itself (as an answer
/// gives it, by value or by reference) or its text. Text is checked when the
/// request is sent, and a bad value is refused under the field's name.
pub trait IntoId<T>: sealed::IntoId<T> {}

/// The methods of the public conversion traits, out of callers' reach.
mod sealed {
    use crate::error::InvalidInput;
    use crate::types;

    pub trait IntoId<T> {
        fn into_id(self, field: &'static str) -> Result<T, InvalidInput>;
    }

    pub trait IntoCashIn {
        fn body(self) -> Result<types::CashInRequest, InvalidInput>;
    }
}

/// `IntoId` for an identifier type: itself, a reference to it, and text.
macro_rules! identifier {
    ($($id:ident),*) => {$(
        impl IntoId<types::$id> for types::$id {}
        impl sealed::IntoId<types::$id> for types::$id {
            fn into_id(self, _: &'static str) -> Result<types::$id, InvalidInput> {
                Ok(self)
            }
        }
        impl IntoId<types::$id> for &types::$id {}
        impl sealed::IntoId<types::$id> for &types::$id {
            fn into_id(self, _: &'static str) -> Result<types::$id, InvalidInput> {
                Ok(self.clone())
            }
        }
        impl IntoId<types::$id> for &str {}
        impl sealed::IntoId<types::$id> for &str {
            fn into_id(self, field: &'static str) -> Result<types::$id, InvalidInput> {
                types::$id::try_from(self).map_err(|e| InvalidInput::new(field, e.to_string()))
            }
        }
        impl IntoId<types::$id> for String {}
        impl sealed::IntoId<types::$id> for String {
            fn into_id(self, field: &'static str) -> Result<types::$id, InvalidInput> {
                self.as_str().into_id(field)
            }
        }
        impl IntoId<types::$id> for &String {}
        impl sealed::IntoId<types::$id> for &String {
            fn into_id(self, field: &'static str) -> Result<types::$id, InvalidInput> {
                self.as_str().into_id(field)
            }
        }
    )*};
}

identifier!(BankSlug, BillCode, MerchantReference, AccountNumber);

/// Converts an identifier now; its error waits for the request to be sent.
pub(crate) fn id<T>(value: impl IntoId<T>, field: &'static str) -> Result<T, InvalidInput> {
    sealed::IntoId::into_id(value, field)
}

/// An amount in whole francs, at least 1, refused under `field`.
fn francs(amount: u64, field: &'static str) -> Result<Francs, InvalidInput> {
    Francs::try_from(amount).map_err(|e| InvalidInput::new(field, e.to_string()))
}

/// A text value checked against its generated type, refused under `field`.
pub(crate) fn text<T>(value: String, field: &'static str) -> Result<T, InvalidInput>
where
    T: TryFrom<String, Error = types::error::ConversionError>,
{
    T::try_from(value).map_err(|e| InvalidInput::new(field, e.to_string()))
}

/// A bill for a customer to confirm in iHela or in a wallet (`init_bill`,
/// generation 1). Send it with [`Client::init_bill`](crate::Client::init_bill).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct InitBill {
    amount: u64,
    user: String,
    description: String,
    merchant_reference: Result<types::MerchantReference, InvalidInput>,
    bank: Option<Result<types::BankSlug, InvalidInput>>,
    bank_client_id: Option<String>,
    redirect_uri: Option<String>,
}

impl InitBill {
    /// A bill of `amount` whole francs for `user` (iHela username, phone
    /// number, email or client id), described to them as `description`,
    /// under the merchant's unique `merchant_reference`.
    pub fn new(
        amount: u64,
        user: impl Into<String>,
        description: impl Into<String>,
        merchant_reference: impl IntoId<types::MerchantReference>,
    ) -> Self {
        Self {
            amount,
            user: user.into(),
            description: description.into(),
            merchant_reference: id(merchant_reference, "merchant_reference"),
            bank: None,
            bank_client_id: None,
            redirect_uri: None,
        }
    }

    /// Sends the bill to this bank or wallet (EcoCash is `MOB-0003`) instead
    /// of iHela Credit Union; `user` is then the customer's id there.
    pub fn bank(mut self, slug: impl IntoId<types::BankSlug>) -> Self {
        self.bank = Some(id(slug, "bank"));
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

    /// The wire body, every field checked.
    pub(crate) fn body(self) -> Result<types::BillInitRequest, InvalidInput> {
        Ok(types::BillInitRequest {
            amount: francs(self.amount, "amount")?,
            user: text(self.user, "user")?,
            description: text(self.description, "description")?,
            merchant_reference: self.merchant_reference?,
            bank: self.bank.transpose()?,
            bank_client_id: self.bank_client_id.map(|id| text(id, "bank_client_id")).transpose()?,
            redirect_uri: self.redirect_uri,
        })
    }
}

/// A bill debiting a customer's account (`create_bill`, the later
/// generation's `bill-init/`). Send it with [`Client::create_bill`](crate::Client::create_bill).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateBill {
    debit_account: String,
    amount: u64,
    description: String,
    merchant_reference: Result<types::MerchantReference, InvalidInput>,
    debit_bank: Option<Result<types::BankSlug, InvalidInput>>,
    merchant_description: Option<String>,
    redirect_uri: Option<String>,
    pin: Option<Pin>,
}

impl CreateBill {
    /// A bill of `amount` whole francs debiting `debit_account` (an account,
    /// phone number or iHela identifier), described as `description`, under
    /// the merchant's unique `merchant_reference`.
    pub fn new(
        debit_account: impl Into<String>,
        amount: u64,
        description: impl Into<String>,
        merchant_reference: impl IntoId<types::MerchantReference>,
    ) -> Self {
        Self {
            debit_account: debit_account.into(),
            amount,
            description: description.into(),
            merchant_reference: id(merchant_reference, "merchant_reference"),
            debit_bank: None,
            merchant_description: None,
            redirect_uri: None,
            pin: None,
        }
    }

    /// The bank of `debit_account` (iHela Credit Union when not set).
    pub fn debit_bank(mut self, slug: impl IntoId<types::BankSlug>) -> Self {
        self.debit_bank = Some(id(slug, "debit_bank"));
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

    /// The merchant's PIN.
    pub fn pin(mut self, pin: Pin) -> Self {
        self.pin = Some(pin);
        self
    }

    /// The wire body, every field checked.
    pub(crate) fn body(self) -> Result<types::BillCreateRequest, InvalidInput> {
        Ok(types::BillCreateRequest {
            debit_account: self.debit_account,
            amount: francs(self.amount, "amount")?,
            description: text(self.description, "description")?,
            merchant_reference: self.merchant_reference?,
            debit_bank: self.debit_bank.transpose()?,
            merchant_description: self
                .merchant_description
                .map(|d| text(d, "merchant_description"))
                .transpose()?,
            redirect_uri: self.redirect_uri,
            payment_product_id: None,
            pin_code: self.pin,
        })
    }
}

/// A bill for the customer signed in with iHela (`create_bill` with the
/// customer's token, as `ihela-sdk`'s `MerchantAuthorizationClient` sends
/// it): the customer is the payer, so no account, bank or PIN is named.
/// Send it with [`CustomerClient::create_bill`](crate::CustomerClient::create_bill).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CustomerBill(CreateBill);

impl CustomerBill {
    /// A bill of `amount` whole francs for the signed-in customer,
    /// described as `description`, under the merchant's unique
    /// `merchant_reference`.
    pub fn new(
        amount: u64,
        description: impl Into<String>,
        merchant_reference: impl IntoId<types::MerchantReference>,
    ) -> Self {
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

    /// The bill as the later generation's bill init.
    pub(crate) fn into_request(self) -> CreateBill {
        self.0
    }
}

/// A question about a bill's status (`check_bill`, the later generation's
/// `bill-check/`). Send it with [`Client::check_bill`](crate::Client::check_bill).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CheckBill {
    merchant_reference: Result<types::MerchantReference, InvalidInput>,
    bill_code: Option<Result<types::BillCode, InvalidInput>>,
    pin: Option<Pin>,
}

impl CheckBill {
    /// The bill with this merchant reference (found by it alone unless
    /// [`bill_code`](Self::bill_code) is set; see [`Client::find_bill`](crate::Client::find_bill)).
    pub fn new(merchant_reference: impl IntoId<types::MerchantReference>) -> Self {
        Self {
            merchant_reference: id(merchant_reference, "merchant_reference"),
            bill_code: None,
            pin: None,
        }
    }

    /// The bill's code.
    pub fn bill_code(mut self, code: impl IntoId<types::BillCode>) -> Self {
        self.bill_code = Some(id(code, "bill_code"));
        self
    }

    /// The merchant's PIN.
    pub fn pin(mut self, pin: Pin) -> Self {
        self.pin = Some(pin);
        self
    }

    /// The wire body, every field checked.
    pub(crate) fn body(self) -> Result<types::BillCheckRequest, InvalidInput> {
        Ok(types::BillCheckRequest {
            merchant_reference: self.merchant_reference?,
            bill_code: self.bill_code.transpose()?,
            pin_code: self.pin,
        })
    }
}

/// The fields both forms of a cash-in share.
#[derive(Debug, Clone)]
struct Payout {
    amount: u64,
    merchant_reference: Result<types::MerchantReference, InvalidInput>,
    description: String,
}

impl Payout {
    fn new(amount: u64, merchant_reference: impl IntoId<types::MerchantReference>, description: String) -> Self {
        Self {
            amount,
            merchant_reference: id(merchant_reference, "merchant_reference"),
            description,
        }
    }

    fn checked(self) -> Result<(Francs, types::MerchantReference, types::Description), InvalidInput> {
        Ok((
            francs(self.amount, "amount")?,
            self.merchant_reference?,
            text(self.description, "description")?,
        ))
    }
}

/// Money paid out to a customer's account, with generation 1's names
/// (`bank_slug`, `account`). Send it with [`Client::cash_in`](crate::Client::cash_in).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CashIn {
    bank_slug: Result<types::BankSlug, InvalidInput>,
    account: Result<types::AccountNumber, InvalidInput>,
    payout: Payout,
}

impl CashIn {
    /// `amount` whole francs to `account` (as customer lookup answers it) at
    /// `bank_slug`, under the merchant's unique `merchant_reference`.
    pub fn new(
        bank_slug: impl IntoId<types::BankSlug>,
        account: impl IntoId<types::AccountNumber>,
        amount: u64,
        merchant_reference: impl IntoId<types::MerchantReference>,
        description: impl Into<String>,
    ) -> Self {
        Self {
            bank_slug: id(bank_slug, "bank_slug"),
            account: id(account, "account"),
            payout: Payout::new(amount, merchant_reference, description.into()),
        }
    }
}

/// Money paid out to a customer's account, with the later generation's
/// names (`credit_bank`, `credit_account`, a PIN). Send it with
/// [`Client::cash_in`](crate::Client::cash_in).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreditCashIn {
    credit_bank: Result<types::BankSlug, InvalidInput>,
    credit_account: Result<types::AccountNumber, InvalidInput>,
    payout: Payout,
    account_holder: Option<String>,
    pin: Option<Pin>,
    currency: Option<String>,
}

impl CreditCashIn {
    /// `amount` whole francs to `credit_account` at `credit_bank`, under the
    /// merchant's unique `merchant_reference`.
    pub fn new(
        credit_bank: impl IntoId<types::BankSlug>,
        credit_account: impl IntoId<types::AccountNumber>,
        amount: u64,
        merchant_reference: impl IntoId<types::MerchantReference>,
        description: impl Into<String>,
    ) -> Self {
        Self {
            credit_bank: id(credit_bank, "credit_bank"),
            credit_account: id(credit_account, "credit_account"),
            payout: Payout::new(amount, merchant_reference, description.into()),
            account_holder: None,
            pin: None,
            currency: None,
        }
    }

    /// The account holder's name.
    pub fn account_holder(mut self, name: impl Into<String>) -> Self {
        self.account_holder = Some(name.into());
        self
    }

    /// The merchant's PIN.
    pub fn pin(mut self, pin: Pin) -> Self {
        self.pin = Some(pin);
        self
    }

    /// The currency's ISO 4217 letters (`BIF`).
    pub fn currency(mut self, currency: impl Into<String>) -> Self {
        self.currency = Some(currency.into());
        self
    }
}

/// A cash-in in either form, for [`Client::cash_in`](crate::Client::cash_in).
pub trait IntoCashIn: sealed::IntoCashIn {}

impl IntoCashIn for CashIn {}
impl sealed::IntoCashIn for CashIn {
    fn body(self) -> Result<types::CashInRequest, InvalidInput> {
        let (amount, merchant_reference, description) = self.payout.checked()?;
        Ok(types::CashInRequest::AccountCashIn(types::AccountCashIn {
            bank_slug: self.bank_slug?,
            account: self.account?,
            amount,
            merchant_reference,
            description,
        }))
    }
}

impl IntoCashIn for CreditCashIn {}
impl sealed::IntoCashIn for CreditCashIn {
    fn body(self) -> Result<types::CashInRequest, InvalidInput> {
        let (amount, merchant_reference, description) = self.payout.checked()?;
        Ok(types::CashInRequest::CreditCashIn(types::CreditCashIn {
            credit_bank: self.credit_bank?,
            credit_account: self.credit_account?,
            credit_account_holder: self
                .account_holder
                .map(|h| text(h, "credit_account_holder"))
                .transpose()?,
            amount,
            merchant_reference,
            description,
            pin_code: self.pin,
            currency: self.currency,
        }))
    }
}

/// The wire body of a cash-in, every field checked.
pub(crate) fn cash_in_body(request: impl IntoCashIn) -> Result<types::CashInRequest, InvalidInput> {
    sealed::IntoCashIn::body(request)
}

impl types::CashInRequest {
    /// The merchant reference, whichever form names the account.
    pub fn merchant_reference(&self) -> &types::MerchantReference {
        match self {
            Self::AccountCashIn(request) => &request.merchant_reference,
            Self::CreditCashIn(request) => &request.merchant_reference,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(result: Result<impl std::fmt::Debug, InvalidInput>) -> String {
        result.unwrap_err().field().to_owned()
    }

    #[test]
    fn every_bad_value_is_refused_under_its_field() {
        assert_eq!(field(InitBill::new(0, "u", "d", "r").body()), "amount");
        assert_eq!(field(InitBill::new(1, "", "d", "r").body()), "user");
        assert_eq!(field(InitBill::new(1, "u", "", "r").body()), "description");
        assert_eq!(field(InitBill::new(1, "u", "d", "").body()), "merchant_reference");
        assert_eq!(field(InitBill::new(1, "u", "d", "r").bank("").body()), "bank");
        assert_eq!(
            field(CreateBill::new("a", 1, "d", "r").debit_bank("").body()),
            "debit_bank"
        );
        assert_eq!(field(CheckBill::new("r").bill_code("").body()), "bill_code");
        assert_eq!(field(cash_in_body(CashIn::new("MF1-0001", "", 1, "r", "d"))), "account");
        assert_eq!(
            field(cash_in_body(CreditCashIn::new("", "1", 1, "r", "d"))),
            "credit_bank"
        );
        assert_eq!(field(cash_in_body(CreditCashIn::new("B", "1", 0, "r", "d"))), "amount");
    }

    #[test]
    fn answers_identifiers_feed_requests_as_they_are() {
        let account = types::AccountNumber::try_from("000001-01").unwrap();
        let slug = types::BankSlug::try_from("MF1-0001").unwrap();
        let body = cash_in_body(CashIn::new(&slug, account.clone(), 20_000, "refund-1", "Refund")).unwrap();
        let types::CashInRequest::AccountCashIn(body) = body else {
            panic!("generation 1 names")
        };
        assert_eq!((body.bank_slug, body.account), (slug, account));
    }
}

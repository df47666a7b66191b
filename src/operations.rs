//! The merchant operations: each checks its input, gets a token when needed,
//! sends the request the spec describes, and returns what the answer means
//! or an [`Error`].

use pesa_core::Gateway as _;
use reqwest::StatusCode;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::generated::open_enums::BillStatus;
use crate::requests::{self, CheckBill, CreateBill, InitBill, IntoCashIn, IntoId};
use crate::types;

/// Who to look up with [`Client::lookup_customer`]: the query name decides
/// which generation's parameter is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CustomerQuery {
    /// `customer_id`, the name `ihela-python-client` 0.0.5 sends.
    CustomerId(String),
    /// `account_number`, the name later clients send.
    AccountNumber(String),
}

/// A bill's status as bill verify reports it, by meaning (the wire names
/// are crossed: its `code` is the merchant reference).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedBill {
    /// The bill's code.
    pub bill_code: types::BillCode,
    /// The merchant's reference of the bill.
    pub merchant_reference: types::MerchantReference,
    /// The bill's status.
    pub status: BillStatus,
    /// The bank reference of the payment, once paid.
    pub bank_reference: Option<String>,
}

impl From<types::BillVerification> for VerifiedBill {
    fn from(bill: types::BillVerification) -> Self {
        Self {
            bill_code: bill.reference,
            merchant_reference: bill.code,
            status: bill.status,
            bank_reference: bill.bank_reference,
        }
    }
}

/// What [`Client::init_bill`] made.
#[derive(Debug, Clone)]
pub enum CreatedBill {
    /// The init answer: the whole bill, with its `confirmation_uri`, where
    /// the customer confirms it.
    Issued(Box<types::Bill>),
    /// The init answer was lost, and the bill was found by its merchant
    /// reference: it exists, but the lookup does not give the confirmation
    /// URI. The customer finds the bill among their pending bills in iHela.
    Recovered(VerifiedBill),
}

impl CreatedBill {
    /// The bill's code.
    pub fn code(&self) -> &types::BillCode {
        match self {
            CreatedBill::Issued(bill) => &bill.code,
            CreatedBill::Recovered(bill) => &bill.bill_code,
        }
    }

    /// The merchant's reference of the bill.
    pub fn merchant_reference(&self) -> &types::MerchantReference {
        match self {
            CreatedBill::Issued(bill) => &bill.merchant_reference,
            CreatedBill::Recovered(bill) => &bill.merchant_reference,
        }
    }
}

/// An accepted cash-in.
#[derive(Debug, Clone)]
pub struct CashInReceipt {
    /// iHela's reference of the cash-in (`CPT-5/01-199`), to find in the
    /// merchant account's statement.
    pub reference: String,
    /// The merchant's reference the cash-in was sent under.
    pub merchant_reference: types::MerchantReference,
    /// The whole answer.
    pub answer: types::CashInResult,
}

impl Client {
    /// Asks the token endpoint for a new token now (`create_token`). Calls
    /// get tokens by themselves; this is for checking credentials up front.
    pub async fn authenticate(&self) -> Result<()> {
        let api = self.api();
        let session = self.state().session();
        match session.tokens.force(|| api.fetch_token()).await {
            Ok(_) => Ok(()),
            Err(source) => Err(Error::Auth {
                operation: session.token_operation,
                source,
            }),
        }
    }

    /// Every bank and wallet (`list_banks`).
    pub async fn list_banks(&self) -> Result<types::BankList> {
        pesa_core::call(self.api(), self.api().list_banks()).await
    }

    /// Banks a merchant can pay money out to (`list_cash_in_banks`).
    pub async fn list_cash_in_banks(&self) -> Result<types::BankList> {
        pesa_core::call(self.api(), self.api().list_cash_in_banks()).await
    }

    /// Banks a customer can pay a bill from (`list_cash_out_banks`).
    pub async fn list_cash_out_banks(&self) -> Result<types::BankList> {
        pesa_core::call(self.api(), self.api().list_cash_out_banks()).await
    }

    /// A customer's account number and name in a bank (`lookup_customer`).
    pub async fn lookup_customer(
        &self,
        bank_slug: impl IntoId<types::BankSlug>,
        who: CustomerQuery,
    ) -> Result<types::CustomerAccount> {
        let request = self
            .api()
            .lookup_customer()
            .bank_slug(requests::id(bank_slug, "bank_slug")?);
        let request = match who {
            CustomerQuery::CustomerId(id) => request.customer_id(id),
            CustomerQuery::AccountNumber(number) => request.account_number(number),
        };
        pesa_core::call(self.api(), request).await
    }

    /// Creates a bill (`init_bill`, generation 1): [`CreatedBill::Issued`]
    /// with its confirmation URI. A bad value is refused before anything is
    /// sent, naming the field.
    ///
    /// It is never sent twice once it may have reached the gateway. When no
    /// definite answer comes back (timeout, connection dropped, 5xx,
    /// unreadable 200), the bill is looked up by its merchant reference
    /// (bill verify without a bill code), on the retry policy's schedule:
    /// found, it is [`CreatedBill::Recovered`]; not found, the error is
    /// [`Error::OutcomeUnknown`].
    pub async fn init_bill(&self, request: InitBill) -> Result<CreatedBill> {
        let body = request.body()?;
        let reference = body.merchant_reference.clone();
        let issued = pesa_core::call(self.api(), self.api().init_bill().body(body))
            .await
            .map(|bill| CreatedBill::Issued(Box::new(bill)));
        let find = || async { Ok(self.find_bill(&reference).await?.map(CreatedBill::Recovered)) };
        let retry = &self.state().session().retry;
        pesa_core::sent_once_or_found("init_bill", reference.as_str(), retry, issued, find).await
    }

    /// The real status of a bill (`verify_bill`, generation 1), by the
    /// bill's merchant reference and code (the wire's crossed names are
    /// handled here).
    pub async fn verify_bill(
        &self,
        merchant_reference: impl IntoId<types::MerchantReference>,
        bill_code: impl IntoId<types::BillCode>,
    ) -> Result<VerifiedBill> {
        let code = requests::id(merchant_reference, "merchant_reference")?;
        let reference = requests::id(bill_code, "bill_code")?;
        self.verify(code, Some(reference)).await
    }

    /// A bill by its merchant reference alone (`verify_bill` without the
    /// bill code), or `None` when the gateway knows no such bill (404).
    ///
    /// This is how to find a bill whose init answer was lost. The sandbox
    /// supports it; the published clients always send the bill code too, so
    /// whether the live gateway does is not documented.
    pub async fn find_bill(
        &self,
        merchant_reference: impl IntoId<types::MerchantReference>,
    ) -> Result<Option<VerifiedBill>> {
        let code = requests::id(merchant_reference, "merchant_reference")?;
        not_found_as_none(self.verify(code, None).await)
    }

    async fn verify(&self, code: types::MerchantReference, reference: Option<types::BillCode>) -> Result<VerifiedBill> {
        let body = types::BillVerifyRequest { code, reference };
        let answer = pesa_core::call(self.api(), self.api().verify_bill().body(body)).await?;
        Ok(VerifiedBill::from(answer))
    }

    /// Creates a bill debiting a customer's account (`create_bill`, the later
    /// generation's `bill-init/`) and returns the envelope's data.
    ///
    /// Like [`Client::init_bill`], it is never sent twice once it may have
    /// reached the gateway: when its outcome is unknown, the bill is looked
    /// up by bill check with the merchant reference (and the request's PIN),
    /// and returned if found with the amount asked; otherwise the error is
    /// [`Error::OutcomeUnknown`] (or [`Error::Mismatch`] when a bill with
    /// that reference exists for another amount).
    pub async fn create_bill(&self, request: CreateBill) -> Result<types::BillInitData> {
        let body = request.body()?;
        let reference = &body.merchant_reference;
        let created = pesa_core::call(self.api(), self.api().create_bill().body(body.clone())).await;
        let find = || async {
            let check = types::BillCheckRequest {
                merchant_reference: reference.clone(),
                bill_code: None,
                pin_code: body.pin_code.clone(),
            };
            let found = not_found_as_none(self.check(check).await)?;
            found.map(|data| created_from_check(&body, data)).transpose()
        };
        let retry = &self.state().session().retry;
        pesa_core::sent_once_or_found("create_bill", reference.as_str(), retry, created, find).await
    }

    /// The real status of a bill (`check_bill`, the later generation's
    /// `bill-check/`), from the envelope's data. Without a bill code, the
    /// bill is looked up by its merchant reference alone (see [`Client::find_bill`]).
    pub async fn check_bill(&self, request: CheckBill) -> Result<types::BillCheckData> {
        self.check(request.body()?).await
    }

    async fn check(&self, body: types::BillCheckRequest) -> Result<types::BillCheckData> {
        pesa_core::call(self.api(), self.api().check_bill().body(body)).await
    }

    /// Pays money out to a customer's account (`cash_in`), named with
    /// generation 1's fields ([`CashIn`](crate::CashIn)) or the later
    /// generation's ([`CreditCashIn`](crate::CreditCashIn)).
    ///
    /// Returns only an accepted cash-in, with iHela's reference: a refusal
    /// inside HTTP 200 (`"error": true`, or a `response_code` other than
    /// `"00"`) is [`Error::Refused`].
    ///
    /// It is never sent twice once it may have reached the gateway, and the
    /// API has no way to look a cash-in up: when no definite answer comes
    /// back (timeout, connection dropped, 5xx, unreadable 200, or an
    /// acceptance without a reference), the error is
    /// [`Error::OutcomeUnknown`] with the merchant reference. Do not pay
    /// again under a new reference before finding out (see the README).
    pub async fn cash_in(&self, request: impl IntoCashIn) -> Result<CashInReceipt> {
        let body = requests::cash_in_body(request)?;
        let reference = body.merchant_reference().clone();
        let sent = pesa_core::call(self.api(), self.api().cash_in().body(body)).await;
        let (ihela_reference, answer) = pesa_core::sent_once("cash_in", reference.as_str(), sent)?;
        Ok(CashInReceipt {
            reference: ihela_reference,
            merchant_reference: reference,
            answer,
        })
    }

    /// The user behind the token (`get_connected_user`).
    pub async fn connected_user(&self) -> Result<types::User> {
        pesa_core::call(self.api(), self.api().get_connected_user()).await
    }
}

/// A 404 answer as `None`.
fn not_found_as_none<T>(result: Result<T>) -> Result<Option<T>> {
    match result {
        Ok(found) => Ok(Some(found)),
        Err(Error::Http { status, .. }) if status == StatusCode::NOT_FOUND => Ok(None),
        Err(error) => Err(error),
    }
}

/// The bill a bill check found for `request`, refused when its amount is
/// another one (the reference then belongs to another bill).
fn created_from_check(request: &types::BillCreateRequest, found: types::BillCheckData) -> Result<types::BillInitData> {
    let asked = request.amount.to_decimal();
    if let Some(amount) = found.amount.filter(|amount| *amount != asked) {
        return Err(Error::Mismatch {
            operation: "check_bill",
            field: "amount",
            asked: asked.to_string(),
            answered: amount.to_string(),
        });
    }
    Ok(types::BillInitData {
        bill_code: found.bill_code.clone(),
        code: found.bill_code,
        merchant_reference: found.merchant_reference,
        amount: Some(asked),
        status: found.status,
        confirmation_uri: None,
        created_at: None,
    })
}

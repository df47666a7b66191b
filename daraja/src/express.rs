//! M-Pesa Express ("STK push"): a prompt on the customer's phone to pay a
//! paybill or till, and the query of how it ended.
//!
//! Both carry `Password = base64(shortcode + passkey + timestamp)` and the
//! same `Timestamp`, made here from one instant, in Nairobi time. A push has
//! no caller's key: a push whose answer is lost is never sent again (the
//! customer could accept both prompts); its outcome comes to the callback
//! URL, and [`Express::status`] asks for it once the checkout id is known.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Datelike as _, FixedOffset, Timelike as _, Utc};
use pesa_core::{InvalidInput, Secret, checked};

use crate::client::Client;
use crate::error::{Error, ErrorExt, Result};
use crate::money::Shillings;
use crate::party::ShortCode;
use crate::phone::PhoneNumber;
use crate::types;

/// Nairobi's time: Kenya has kept East Africa Time, UTC+3, without daylight
/// saving since 1942. Safaricom's pages name no time zone; integrators
/// report Daraja refusing timestamps that are not in Nairobi time.
const NAIROBI: FixedOffset = match FixedOffset::east_opt(3 * 3600) {
    Some(offset) => offset,
    None => panic!("UTC+3 is a valid offset"),
};

/// Payment prompts for one paybill or till, with its passkey. Made by
/// [`Client::express`]; cheap to clone.
#[derive(Debug, Clone)]
pub struct Express {
    client: Client,
    shortcode: ShortCode,
    passkey: Secret,
    kind: types::StkTransactionType,
    party_b: ShortCode,
}

impl Client {
    /// Payment prompts for the paybill `shortcode`, whose M-Pesa Express
    /// `passkey` Safaricom gave (for a till, add [`Express::till`]).
    pub fn express(&self, shortcode: ShortCode, passkey: impl Into<Secret>) -> Express {
        Express {
            client: self.clone(),
            party_b: shortcode.clone(),
            shortcode,
            passkey: passkey.into(),
            kind: types::StkTransactionType::CustomerPayBillOnline,
        }
    }
}

/// A payment prompt to send: who pays, how much, for what, and where the
/// outcome is POSTed. Send it with [`Express::push`].
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StkPush {
    phone: PhoneNumber,
    amount: Shillings,
    account_reference: String,
    callback_url: String,
    description: Option<String>,
}

impl StkPush {
    /// `amount` from `phone`, for `account_reference` (shown to the
    /// customer, up to 12 characters), the outcome POSTed to `callback_url`.
    pub fn new(
        phone: PhoneNumber,
        amount: Shillings,
        account_reference: impl Into<String>,
        callback_url: impl Into<String>,
    ) -> Self {
        Self {
            phone,
            amount,
            account_reference: account_reference.into(),
            callback_url: callback_url.into(),
            description: None,
        }
    }

    /// A comment, up to 13 characters.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }
}

/// The prompt was sent; how it ends comes to the callback URL, or from
/// [`Express::status`] with `checkout_request_id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StkPrompt {
    /// M-Pesa's key of the push: keep it with the order.
    pub checkout_request_id: types::CheckoutRequestId,
    /// The API proxy's key of the push.
    pub merchant_request_id: types::MerchantRequestId,
    /// A message for the customer, when Daraja gives one.
    pub customer_message: Option<String>,
}

/// How a push stands, as Daraja answers the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StkStatus {
    /// The customer paid.
    Paid,
    /// The push ended without a payment (cancelled, wrong PIN, timeout,
    /// insufficient balance…): its code and description.
    Failed {
        /// Why ([`StkResultCode::CancelledByUser`](crate::StkResultCode::CancelledByUser), …).
        code: types::StkResultCode,
        /// Why, in words.
        description: Option<String>,
    },
    /// The customer has not answered yet: ask again later.
    Pending,
}

impl Express {
    /// Payments to the till `till` (Buy Goods) instead of the paybill: the
    /// shortcode given to [`Client::express`] is then the store's.
    pub fn till(mut self, till: ShortCode) -> Self {
        self.kind = types::StkTransactionType::CustomerBuyGoodsOnline;
        self.party_b = till;
        self
    }

    /// Sends the prompt, once: a push whose answer is lost is
    /// [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), never sent again (ask the customer, or
    /// wait for the callback, before pushing again). Not journaled: the
    /// push carries no key of the caller's that is unique (the account
    /// reference may repeat), and the customer confirms each push on the
    /// phone, so a push repeated is refused by them, not paid silently.
    pub async fn push(&self, request: StkPush) -> Result<StkPrompt> {
        let reference = request.account_reference.clone();
        let (password, timestamp) = self.password(Utc::now())?;
        let body = types::StkPushRequest {
            business_short_code: self.shortcode.clone(),
            password,
            timestamp,
            transaction_type: self.kind,
            amount: request.amount,
            party_a: request.phone.clone(),
            party_b: self.party_b.clone(),
            phone_number: request.phone,
            call_back_url: checked(request.callback_url, "callback_url")?,
            account_reference: checked(request.account_reference, "account_reference")?,
            transaction_desc: request
                .description
                .map(|text| checked(text, "description"))
                .transpose()?,
        };
        let api = self.client.api();
        let sent = pesa_core::call_once(api, api.stk_push().body(body)).await;
        let answer = pesa_core::sent_once("stk_push", &reference, sent)?;
        Ok(StkPrompt {
            checkout_request_id: answer.checkout_request_id,
            merchant_request_id: answer.merchant_request_id,
            customer_message: answer.customer_message,
        })
    }

    /// How the push `checkout_request_id` stands. Safe to repeat.
    pub async fn status(&self, checkout_request_id: &types::CheckoutRequestId) -> Result<StkStatus> {
        let (password, timestamp) = self.password(Utc::now())?;
        let body = types::StkQueryRequest {
            business_short_code: self.shortcode.clone(),
            password,
            timestamp,
            checkout_request_id: checkout_request_id.clone(),
        };
        let api = self.client.api();
        match pesa_core::call(api, api.stk_query().body(body)).await {
            Ok(answer) if answer.result_code == types::StkResultCode::Paid => Ok(StkStatus::Paid),
            Ok(answer) => Ok(StkStatus::Failed {
                code: answer.result_code,
                description: answer.result_desc,
            }),
            // The push was accepted under these same credentials: this code
            // can only mean the transaction is being processed.
            Err(error) if still_processing(&error) => Ok(StkStatus::Pending),
            Err(error) => Err(error),
        }
    }

    /// The `Password` and `Timestamp` of a request made at `at`: one instant,
    /// in Nairobi time.
    fn password(&self, at: DateTime<Utc>) -> Result<(Secret, types::Timestamp), InvalidInput> {
        // Written digit by digit: through `format`, chrono's or the standard
        // one, this took most of a query's own instructions.
        let local = at.with_timezone(&NAIROBI);
        let mut timestamp = String::with_capacity(14);
        for (value, width) in [
            (local.year().unsigned_abs(), 4),
            (local.month(), 2),
            (local.day(), 2),
            (local.hour(), 2),
            (local.minute(), 2),
            (local.second(), 2),
        ] {
            for place in (0..width).rev() {
                let digit = value / 10_u32.pow(place) % 10;
                timestamp.push(char::from_digit(digit, 10).unwrap_or('0'));
            }
        }
        let shortcode = self.shortcode.as_str();
        let mut plain = String::with_capacity(shortcode.len() + self.passkey.expose().len() + timestamp.len());
        for part in [shortcode, self.passkey.expose(), &timestamp] {
            plain.push_str(part);
        }
        Ok((Secret::new(STANDARD.encode(plain)), checked(timestamp, "timestamp")?))
    }
}

/// Whether a query's refusal says the push is still being processed.
fn still_processing(error: &Error) -> bool {
    error.error_code() == Some(crate::generated::open_enums::ErrorCode::MerchantRefused)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::Environment;

    fn express() -> Express {
        let client = Client::builder(Environment::Sandbox)
            .credentials("key", "secret")
            .build()
            .unwrap();
        let passkey = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";
        client.express(ShortCode::parse("174379").unwrap(), passkey)
    }

    #[test]
    fn the_password_and_timestamp_come_from_one_instant_in_nairobi() {
        // 2021-06-28 06:24:08 UTC is 09:24:08 in Nairobi: the DJ sample's timestamp.
        let at = DateTime::parse_from_rfc3339("2021-06-28T06:24:08Z").unwrap().to_utc();
        let (password, timestamp) = express().password(at).unwrap();
        assert_eq!(timestamp.as_str(), "20210628092408");
        // Padded, and a new year in Nairobi before it is one in UTC.
        let at = DateTime::parse_from_rfc3339("2023-12-31T22:05:09Z").unwrap().to_utc();
        assert_eq!(express().password(at).unwrap().1.as_str(), "20240101010509");
        // The sample password of DJ:MpesaExpressSimulate, made the same way.
        assert_eq!(
            password.expose(),
            "MTc0Mzc5YmZiMjc5ZjlhYTliZGJjZjE1OGU5N2RkNzFhNDY3Y2QyZTBjODkzMDU5YjEwZjc4ZTZiNzJhZGExZWQyYzkxOTIwMjEwNjI4MDkyNDA4"
        );
    }
}

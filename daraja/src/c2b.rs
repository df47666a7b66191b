//! Customers paying a shortcode from their phone (C2B): registering where
//! M-Pesa sends their payments, and, in the sandbox only, simulating one.
//! The payments themselves arrive as callbacks (see
//! [`callback`](crate::callback)).

use pesa_core::checked;

use crate::client::Client;
use crate::error::Result;
use crate::money::Shillings;
use crate::party::ShortCode;
use crate::phone::PhoneNumber;
use crate::types;

/// Where M-Pesa sends a shortcode's payments: the confirmation URL, the
/// validation URL (called only when external validation is enabled), and
/// what M-Pesa does when validation cannot be reached.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct C2bUrls {
    shortcode: ShortCode,
    confirmation: String,
    validation: String,
    when_unreachable: types::C2bResponseType,
}

impl C2bUrls {
    /// The URLs of `shortcode`; payments complete when validation cannot
    /// be reached (see [`C2bUrls::cancel_when_unreachable`]).
    pub fn new(shortcode: ShortCode, confirmation: impl Into<String>, validation: impl Into<String>) -> Self {
        Self {
            shortcode,
            confirmation: confirmation.into(),
            validation: validation.into(),
            when_unreachable: types::C2bResponseType::Completed,
        }
    }

    /// Payments are cancelled when the validation URL cannot be reached.
    pub fn cancel_when_unreachable(mut self) -> Self {
        self.when_unreachable = types::C2bResponseType::Cancelled;
        self
    }
}

/// A customer's payment to simulate (sandbox only).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct C2bPayment {
    shortcode: ShortCode,
    phone: PhoneNumber,
    amount: Shillings,
    account: Option<String>,
}

impl C2bPayment {
    /// `amount` from `phone` to the till `shortcode`.
    pub fn till(shortcode: ShortCode, phone: PhoneNumber, amount: Shillings) -> Self {
        Self {
            shortcode,
            phone,
            amount,
            account: None,
        }
    }

    /// `amount` from `phone` to the paybill `shortcode`, for `account`.
    pub fn paybill(shortcode: ShortCode, phone: PhoneNumber, amount: Shillings, account: impl Into<String>) -> Self {
        Self {
            account: Some(account.into()),
            ..Self::till(shortcode, phone, amount)
        }
    }
}

/// Customers' payments to shortcodes. Made by [`Client::c2b`].
#[derive(Debug, Clone)]
pub struct C2b {
    client: Client,
}

impl Client {
    /// Customers' payments to shortcodes (C2B).
    pub fn c2b(&self) -> C2b {
        C2b { client: self.clone() }
    }
}

impl C2b {
    /// Registers where M-Pesa sends the shortcode's payments (C2B v2: the
    /// customer's number arrives masked). In production this is done once.
    pub async fn register(&self, urls: C2bUrls) -> Result<types::C2bAnswer> {
        let body = types::C2bRegisterRequest {
            short_code: urls.shortcode,
            response_type: urls.when_unreachable,
            confirmation_url: checked(urls.confirmation, "confirmation_url")?,
            validation_url: checked(urls.validation, "validation_url")?,
        };
        let api = self.client.api();
        pesa_core::call(api, api.c2b_register_urls().body(body)).await
    }

    /// Simulates a customer's payment (sandbox only): M-Pesa calls the
    /// registered URLs as for a real one.
    pub async fn simulate(&self, payment: C2bPayment) -> Result<types::C2bAnswer> {
        let command = if payment.account.is_some() {
            types::C2bCommand::CustomerPayBillOnline
        } else {
            types::C2bCommand::CustomerBuyGoodsOnline
        };
        let body = types::C2bSimulateRequest {
            short_code: payment.shortcode,
            command_id: command,
            amount: payment.amount,
            msisdn: payment.phone,
            bill_ref_number: payment.account,
        };
        let api = self.client.api();
        pesa_core::call_once(api, api.c2b_simulate().body(body)).await
    }
}

//! The keys M-Pesa makes: request, checkout, conversation ids and receipts,
//! in the shapes of Daraja's samples.

use chrono::{DateTime, Utc};
use daraja::types::{CheckoutRequestId, ConversationId, MerchantRequestId, OriginatorConversationId, TransactionId};
use rand::Rng;
use rand::distr::{Alphanumeric, SampleString};

fn upper(length: usize) -> String {
    Alphanumeric
        .sample_string(&mut rand::rng(), length)
        .to_ascii_uppercase()
}

fn digits(length: usize) -> String {
    (0..length)
        .map(|_| char::from(b'0' + rand::rng().random_range(0..10)))
        .collect()
}

/// A `requestId` of an error envelope (`1c5b-4ba8-815c-ac45c57a3db01495926`).
pub fn request_id() -> String {
    format!("{}-{}-{}", digits(4), digits(4), upper(12).to_lowercase())
}

/// A `MerchantRequestID` (`2654-4b64-97ff-b827b542881d3130`).
pub fn merchant_request_id() -> MerchantRequestId {
    crate::valid(&format!("{}-{}-{}", digits(4), upper(4).to_lowercase(), digits(10)))
}

/// A `CheckoutRequestID` (`ws_CO_1007202409152617172396192`).
pub fn checkout_request_id(now: DateTime<Utc>) -> CheckoutRequestId {
    crate::valid(&format!("ws_CO_{}{}", now.format("%d%m%Y%H%M%S"), digits(10)))
}

/// A `ConversationID` (`AG_20240706_20106e9209f64bebd05b`).
pub fn conversation_id(now: DateTime<Utc>) -> ConversationId {
    crate::valid(&format!("AG_{}_{}", now.format("%Y%m%d"), upper(20).to_lowercase()))
}

/// An `OriginatorConversationID` M-Pesa makes (`53e3-4aa8-9fe0-8fb5e4092cdd3533373`).
pub fn originator_conversation_id() -> OriginatorConversationId {
    crate::valid(&format!(
        "{}-{}-{}",
        upper(4).to_lowercase(),
        upper(4).to_lowercase(),
        digits(7)
    ))
}

/// An M-Pesa receipt (`NLJ7RT61SV`): 10 characters.
pub fn receipt() -> TransactionId {
    crate::valid(&upper(10))
}

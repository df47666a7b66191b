//! The merchant side: iHela's bill callback, the redirect parameters, the
//! optional webhook signature, and confirmation with iHela.
//!
//! Both the callback and the redirect arrive from outside and can be forged
//! or repeated. Decode them here ([`decode_callback`], [`parse_redirect`]),
//! then confirm with [`Client::confirm`](crate::Client::confirm) before
//! delivering anything: only iHela's answer to bill verify is the truth.
//! [`CallbackHandler`] does all of it for a callback endpoint, and with the
//! `axum` feature gives a ready route.

#[cfg(feature = "axum")]
mod axum;
mod confirm;
mod handler;
mod signature;

pub use confirm::{Confirmed, PaymentHint};
pub use handler::{CallbackHandler, DEFAULT_REMEMBERED_ANSWERS, Decision, Durable, MerchantError, Reply};
pub use signature::SignatureKey;

pub use crate::error::CallbackError;
use crate::types;

pub use pesa_core::callback::MAX_CALLBACK_BODY;

/// The header carrying the HMAC-SHA256 hex digest of the raw body (ihela-sdk 2026).
pub const SIGNATURE_HEADER: &str = "X-iHela-Signature";

/// Decodes a callback from the raw request body, within [`MAX_CALLBACK_BODY`].
pub fn decode_callback(body: &[u8]) -> Result<types::BillCallback, CallbackError> {
    pesa_core::callback::decode(body)
}

/// The answer to a callback in the contract's shape: `Accept` is `"error":
/// false`; `Refuse` is `"error": true` with the reason, and iHela then
/// refunds the customer.
pub fn callback_answer(decision: &Decision) -> types::BillCallbackAnswer {
    match decision {
        Decision::Accept => types::BillCallbackAnswer {
            error: false,
            error_message: "Success".to_owned(),
        },
        Decision::Refuse(reason) => types::BillCallbackAnswer {
            error: true,
            error_message: reason.clone(),
        },
    }
}

/// Parses the redirect parameters from a query string (with or without `?`)
/// or from the full URL the browser arrived at.
pub fn parse_redirect(query_or_url: &str) -> Result<types::RedirectParams, CallbackError> {
    serde_urlencoded::from_str(&query_of(query_or_url)).map_err(|e| CallbackError::Redirect(e.to_string()))
}

/// The query of a full URL, of a path with a query (`/paid/?...`), or of a
/// query itself (with or without `?`).
pub(crate) fn query_of(query_or_url: &str) -> std::borrow::Cow<'_, str> {
    match reqwest::Url::parse(query_or_url) {
        Ok(url) => url.query().unwrap_or_default().to_owned().into(),
        Err(_) => query_or_url
            .split_once('?')
            .map_or(query_or_url, |(_, query)| query)
            .into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The callback of the source document.
    pub(super) const PAID: &str = r#"{"merchant_reference": "MERCHANT_REFERENCE", "bill_code": "BILL-20200813-B8GUIUDIN0",
        "error": false, "error_message": "Success", "payment_reference": "WEB.BIL-1.01"}"#;

    #[test]
    fn decodes_the_documented_callbacks() {
        let paid = decode_callback(PAID.as_bytes()).unwrap();
        assert!(!paid.error);
        assert_eq!(paid.payment_reference.as_deref(), Some("WEB.BIL-1.01"));
        let failed = decode_callback(
            br#"{"merchant_reference": "R", "bill_code": "B", "error": true, "error_message": "No funds", "payment_reference": null}"#,
        )
        .unwrap();
        assert!(failed.error && failed.payment_reference.is_none());
        let extra = decode_callback(br#"{"merchant_reference": "R", "bill_code": "B", "error": false, "new": [1]}"#);
        assert!(extra.is_ok());
    }

    #[test]
    fn refuses_bad_bodies_cleanly() {
        assert!(matches!(decode_callback(b""), Err(CallbackError::Empty)));
        assert!(matches!(decode_callback(b"  \n"), Err(CallbackError::Empty)));
        assert!(matches!(
            decode_callback(b"{not json"),
            Err(CallbackError::Malformed(_))
        ));
        let wrong_type = br#"{"merchant_reference": "R", "bill_code": "B", "error": "no"}"#;
        assert!(matches!(decode_callback(wrong_type), Err(CallbackError::Malformed(_))));
        let missing = decode_callback(br#"{"merchant_reference": "R", "error": false}"#).unwrap_err();
        assert!(missing.to_string().contains("bill_code"), "{missing}");
        let huge = vec![b' '; MAX_CALLBACK_BODY + 1];
        let mut huge_json = huge.clone();
        huge_json[0] = b'{';
        assert!(matches!(
            decode_callback(&huge_json),
            Err(CallbackError::TooLarge { .. })
        ));
    }

    #[test]
    fn answers_in_the_contract_shape() {
        let refused = serde_json::to_value(callback_answer(&Decision::Refuse("Out of stock".into()))).unwrap();
        assert_eq!(
            refused,
            serde_json::json!({"error": true, "error_message": "Out of stock"})
        );
        let accepted = serde_json::to_value(callback_answer(&Decision::Accept)).unwrap();
        assert_eq!(
            accepted,
            serde_json::json!({"error": false, "error_message": "Success"})
        );
    }

    #[test]
    fn parses_redirects_from_queries_and_urls() {
        let url = "https://shop.example/paid/?merchant_reference=order%201042&bill_code=BILL-1&paid=true&status=Paid&bank_reference=WEB.BIL-1.01";
        let params = parse_redirect(url).unwrap();
        assert_eq!(params.merchant_reference.as_str(), "order 1042");
        assert!(params.paid);
        assert_eq!(params.status, crate::BillStatus::Paid);
        let query = "?merchant_reference=r&bill_code=B&paid=false&status=Expired";
        let expired = parse_redirect(query).unwrap();
        assert!(!expired.paid && expired.bank_reference.is_none());
        assert_eq!(expired.status, crate::BillStatus::Expired);
        for status in ["Paid", "Processed", "Pending", "Expired"] {
            let query = format!("merchant_reference=r&bill_code=B&paid=true&status={status}");
            assert!(parse_redirect(&query).unwrap().status.is_known(), "{status}");
        }
        let missing = parse_redirect("merchant_reference=r&paid=true&status=Paid").unwrap_err();
        assert!(missing.to_string().contains("bill_code"), "{missing}");
        assert!(parse_redirect("merchant_reference=r&bill_code=B&paid=maybe&status=Paid").is_err());
        for missing in ["merchant_reference", "paid", "status"] {
            let query = "merchant_reference=r&bill_code=B&paid=true&status=Paid"
                .split('&')
                .filter(|pair| !pair.starts_with(missing))
                .collect::<Vec<_>>()
                .join("&");
            let error = parse_redirect(&query).unwrap_err();
            assert!(error.to_string().contains(missing), "{error}");
        }
    }

    #[test]
    fn redirect_values_are_decoded_and_unknown_statuses_kept() {
        let path =
            "/paid/?merchant_reference=caf%C3%A9+42&bill_code=BILL-1&paid=true&status=Refunded&bank_reference=WEB%2F1";
        let params = parse_redirect(path).unwrap();
        assert_eq!(params.merchant_reference.as_str(), "café 42");
        assert_eq!(params.bank_reference.as_deref(), Some("WEB/1"));
        assert_eq!(params.status, crate::BillStatus::Unknown("Refunded".into()));
        assert!(parse_redirect("").is_err());
    }
}

//! Entry points for the fuzz targets in `fuzz/`, and the replay of their
//! corpus in `cargo test`. Each takes arbitrary bytes and must never panic.
//!
//! Compiled only for `cargo fuzz` (`--cfg fuzzing`) and for tests.

use pesa_core::fuzzing::{answer, decoded};

use crate::callback::{self, CallbackKind};
use crate::error::ErrorExt as _;
use crate::outcome::Transaction as _;
use crate::types::{self, ReasonCode};

/// Decodes `data` as the answer of every operation, reads what each answer
/// means (a request's outcome), and encodes what decoded back to JSON.
pub fn answers(data: &[u8]) {
    answer::<ReasonCode, types::AccessTokenAnswer>(data);
    answer::<ReasonCode, types::ApiUserResult>(data);
    answer::<ReasonCode, types::ApiKeyResult>(data);
    answer::<ReasonCode, types::Balance>(data);
    answer::<ReasonCode, types::ActiveResult>(data);
    answer::<ReasonCode, types::BasicUserInfo>(data);
    if let Some(request) = decoded::<types::RequestToPayResult>(data) {
        let _ = (request.outcome(), request.external_id(), format!("{request:?}"));
    }
    if let Some(transfer) = decoded::<types::TransferResult>(data) {
        let _ = (transfer.outcome(), transfer.amount(), format!("{transfer:?}"));
    }
    if let Some(cash) = decoded::<types::CashTransferResult>(data) {
        let _ = (cash.outcome(), cash.currency());
    }
    decoded::<types::ErrorBody>(data);
    let error = crate::Error::Http {
        operation: "fuzz",
        status: reqwest::StatusCode::BAD_REQUEST,
        body: crate::ErrorBody::from_bytes(data),
    };
    let _ = (error.reason_code(), error.to_string());
}

/// Decodes `data` as the callback of every kind of request, as the handler
/// does; the payer or payee of what decodes is masked in `Debug`.
pub fn callbacks(data: &[u8]) {
    for kind in CallbackKind::ALL {
        let _ = callback::decode(kind, data);
    }
    if let Ok(request) = pesa_core::callback::decode::<types::RequestToPayResult>(data)
        && let Some(crate::Party::Msisdn(number)) = &request.payer
    {
        assert!(
            !format!("{request:?}").contains(number.as_str()),
            "a number shows whole in Debug"
        );
    }
}

#[cfg(test)]
mod tests {
    use pesa_core::fuzzing::{assert_seeded, replay};

    use super::*;

    /// A fuzz target: its name, its function, and the fixtures that seed its
    /// corpus (by name prefix).
    type Target = (&'static str, fn(&[u8]), &'static [&'static str]);

    const TARGETS: [Target; 2] = [
        ("answers", answers, &[""]),
        (
            "callbacks",
            callbacks,
            &["request_to_pay_outcome_request", "transfer_outcome_request"],
        ),
    ];

    #[test]
    fn the_fuzz_corpora_replay_without_panics() {
        for (name, target, _) in TARGETS {
            replay(env!("CARGO_MANIFEST_DIR"), name, target, 2);
        }
    }

    #[test]
    fn the_fixtures_seed_the_corpora() {
        for (name, _, prefixes) in TARGETS {
            assert_seeded(env!("CARGO_MANIFEST_DIR"), name, prefixes);
        }
    }
}

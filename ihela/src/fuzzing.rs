//! Entry points for the fuzz targets in `fuzz/`, and the replay of their
//! corpus in `cargo test`. Each takes arbitrary bytes and must never panic.
//!
//! Compiled only for `cargo fuzz` (`--cfg fuzzing`) and for tests.

use crate::callback::{self, SignatureKey};
use crate::types::{self, ResponseCode};
use pesa_core::fuzzing::{answer, decoded};

/// Decodes `data` as a response of every operation, reads what each answer
/// means, and encodes what decoded back to JSON.
pub fn responses(data: &[u8]) {
    answer::<ResponseCode, types::Token>(data);
    answer::<ResponseCode, types::BankList>(data);
    answer::<ResponseCode, types::CustomerAccount>(data);
    answer::<ResponseCode, types::User>(data);
    answer::<ResponseCode, types::BillInitResponse>(data);
    answer::<ResponseCode, types::BillVerifyResponse>(data);
    answer::<ResponseCode, types::BillInitResult>(data);
    answer::<ResponseCode, types::BillCheckResult>(data);
    answer::<ResponseCode, types::CashInResult>(data);
    decoded::<types::ErrorObject>(data);
    let _ = crate::ErrorBody::from_bytes(data).to_string();
}

/// Decodes `data` as an answer of every operation of the banking and agent
/// contract, reads what each means, and encodes what decoded back to JSON.
pub fn banking_responses(data: &[u8]) {
    use crate::banking::types as banking;
    answer::<ResponseCode, banking::ClientToken>(data);
    answer::<ResponseCode, banking::JwtPair>(data);
    answer::<ResponseCode, banking::JwtRefreshed>(data);
    answer::<ResponseCode, banking::Envelope>(data);
    answer::<ResponseCode, banking::AccountAnswer>(data);
    answer::<ResponseCode, banking::BalanceAnswer>(data);
    answer::<ResponseCode, banking::OperationAnswer>(data);
    answer::<ResponseCode, banking::StatementAnswer>(data);
    answer::<ResponseCode, banking::FeeAnswer>(data);
    answer::<ResponseCode, banking::OperationLookupAnswer>(data);
    decoded::<banking::ErrorObject>(data);
}

/// Decodes `data` as a callback body and answers it; checks that its own
/// signature is accepted and that its first 64 bytes, taken as a signature,
/// are accepted only if they are that signature.
pub fn callback_body(data: &[u8]) {
    if let Ok(callback) = callback::decode_callback(data) {
        let decision = if callback.error {
            callback::Decision::Refuse(callback.merchant_reference.to_string())
        } else {
            callback::Decision::Accept
        };
        let answer = callback::callback_answer(&decision);
        assert!(serde_json::to_vec(&answer).is_ok());
    }
    let key = SignatureKey::new("fuzzing-key");
    let genuine = key.sign(data);
    assert!(key.verify(data, Some(&genuine)).is_ok());
    let claimed = String::from_utf8_lossy(&data[..data.len().min(64)]);
    let accepted = key.verify(data, Some(&claimed)).is_ok();
    assert_eq!(accepted, claimed.trim().eq_ignore_ascii_case(&genuine));
}

/// Parses `data` as a redirect query or URL.
pub fn redirect_query(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(params) = callback::parse_redirect(&text) {
        assert!(serde_json::to_vec(&params).is_ok());
    }
}

#[cfg(test)]
mod tests {
    use pesa_core::fuzzing::{assert_seeded, replay};

    use super::*;

    #[test]
    fn the_fuzz_corpora_replay_without_panics() {
        for (name, target) in [
            ("responses", responses as fn(&[u8])),
            ("banking_responses", banking_responses),
            ("callback_body", callback_body),
            ("redirect_query", redirect_query),
        ] {
            replay(env!("CARGO_MANIFEST_DIR"), name, target, 3);
        }
    }

    #[test]
    fn the_fixtures_are_in_the_corpus() {
        assert_seeded(env!("CARGO_MANIFEST_DIR"), "responses", &[""]);
        assert_seeded(env!("CARGO_MANIFEST_DIR"), "banking_responses", &["banking/"]);
    }
}

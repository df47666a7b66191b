//! Entry points for the fuzz targets in `fuzz/`, and the replay of their
//! corpus in `cargo test`. Each takes arbitrary bytes and must never panic.
//!
//! Compiled only for `cargo fuzz` (`--cfg fuzzing`) and for tests.

use pesa_core::fuzzing::{answer, decoded};

use crate::callback::{self, ConfirmedC2b};
use crate::types::{self, ParameterKey, ResponseCode};

/// Decodes `data` as the answer of every operation, reads what each answer
/// means, and encodes what decoded back to JSON.
pub fn answers(data: &[u8]) {
    answer::<ResponseCode, types::AccessTokenAnswer>(data);
    answer::<ResponseCode, types::StkPushAnswer>(data);
    answer::<ResponseCode, types::StkQueryAnswer>(data);
    answer::<ResponseCode, types::C2bAnswer>(data);
    answer::<ResponseCode, types::AcceptedAnswer>(data);
    decoded::<types::ErrorEnvelope>(data);
    let _ = crate::ErrorBody::from_bytes(data).to_string();
}

/// Decodes `data` as an STK callback and reads its details as the handler
/// does (amount, receipt, the number that paid).
pub fn stk_callback(data: &[u8]) {
    if let Ok(outcome) = callback::decode_stk_callback(data) {
        let metadata = callback::stk::Metadata::of(&outcome);
        let _ = (metadata.amount(), metadata.receipt(), metadata.phone());
        assert!(serde_json::to_vec(&outcome).is_ok());
    }
}

/// Decodes `data` as a result and reads every parameter and the balances.
pub fn result(data: &[u8]) {
    if let Ok(notice) = callback::decode_result(data) {
        let _ = notice.is_completed();
        for key in ParameterKey::KNOWN {
            let _ = (notice.amount(key), notice.text(key));
        }
        let _ = notice.balances();
        let _ = format!("{notice:?}");
    }
}

/// Decodes `data` as a C2B validation or confirmation body; its `Debug`
/// as a confirmed payment never shows the customer's names.
pub fn c2b(data: &[u8]) {
    if let Ok(payment) = callback::decode_c2b(data) {
        let names = [&payment.first_name, &payment.middle_name, &payment.last_name];
        let shown = format!(
            "{:?}",
            ConfirmedC2b {
                receipt: payment.trans_id.clone(),
                amount: payment.trans_amount,
                payment: payment.clone(),
            }
        );
        for name in names.into_iter().flatten().filter(|name| name.len() > 3) {
            assert!(!shown.contains(name.as_str()), "a name shows in Debug");
        }
    }
}

#[cfg(test)]
mod tests {
    use pesa_core::fuzzing::{assert_seeded, replay};

    use super::*;

    /// A fuzz target: its name, its function, and the fixtures that seed its
    /// corpus (by name prefix).
    type Target = (&'static str, fn(&[u8]), &'static [&'static str]);

    const TARGETS: [Target; 4] = [
        ("answers", answers, &[""]),
        ("stk_callback", stk_callback, &["stk_callback_request"]),
        ("result", result, &["result_request"]),
        ("c2b", c2b, &["c2b_confirmation_request", "c2b_validation_request"]),
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

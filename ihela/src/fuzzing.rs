//! Entry points for the fuzz targets in `fuzz/`, and the replay of their
//! corpus in `cargo test`. Each takes arbitrary bytes and must never panic.
//!
//! Compiled only for `cargo fuzz` (`--cfg fuzzing`) and for tests.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::callback::{self, SignatureKey};
use crate::types;
use pesa_core::Answer;

/// Decodes `data` as a response of every operation, reads what each answer
/// means, and encodes what decoded back to JSON.
pub fn responses(data: &[u8]) {
    answer::<types::Token>(data);
    answer::<types::BankList>(data);
    answer::<types::CustomerAccount>(data);
    answer::<types::User>(data);
    answer::<types::BillInitResponse>(data);
    answer::<types::BillVerifyResponse>(data);
    answer::<types::BillInitResult>(data);
    answer::<types::BillCheckResult>(data);
    answer::<types::CashInResult>(data);
    decoded::<types::ErrorObject>(data);
    let _ = crate::ErrorBody::from_bytes(data).to_string();
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

fn decoded<T: DeserializeOwned + Serialize>(data: &[u8]) -> Option<T> {
    let value = serde_json::from_slice::<T>(data).ok()?;
    assert!(serde_json::to_vec(&value).is_ok());
    Some(value)
}

fn answer<T: Answer + DeserializeOwned + Serialize>(data: &[u8]) {
    if let Some(value) = decoded::<T>(data) {
        let _ = value.into_data();
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// Every file of `fuzz/corpus/<target>`, which holds the seeds from
    /// `tests/fixtures` and what the fuzz runs kept.
    fn corpus(target: &str) -> Vec<Vec<u8>> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus").join(target);
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        entries
            .map(|entry| std::fs::read(entry.unwrap().path()).unwrap())
            .collect()
    }

    #[test]
    fn the_fuzz_corpora_replay_without_panics() {
        for (target, run) in [
            ("responses", responses as fn(&[u8])),
            ("callback_body", callback_body),
            ("redirect_query", redirect_query),
        ] {
            let inputs = corpus(target);
            assert!(inputs.len() >= 3, "{target}: only {} inputs", inputs.len());
            for input in &inputs {
                run(input);
            }
        }
    }

    #[test]
    fn the_fixtures_are_in_the_corpus() {
        let responses = corpus("responses");
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        for entry in std::fs::read_dir(fixtures).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let bytes = std::fs::read(&path).unwrap();
                assert!(responses.contains(&bytes), "{} is not a seed", path.display());
            }
        }
    }
}

//! Entry points for the fuzz targets in `fuzz/`, and the replay of their
//! corpus in `cargo test`. Each takes arbitrary bytes and must never panic.
//!
//! Compiled only for `cargo fuzz` (`--cfg fuzzing`) and for tests.

use pesa_core::fuzzing::{answer, decoded};

use crate::types::{self, ResponseCode};

/// Decodes `data` as the answer of every operation (Mozambique's too) and
/// as a refusal, reads what each answer means, and encodes what decoded
/// back to JSON.
pub fn answers(data: &[u8]) {
    use crate::mozambique::types as mozambique;
    answer::<ResponseCode, types::SessionAnswer>(data);
    answer::<ResponseCode, types::PaymentAnswer>(data);
    answer::<ResponseCode, types::StatusAnswer>(data);
    answer::<ResponseCode, types::MandateAnswer>(data);
    answer::<ResponseCode, mozambique::PaymentAnswer>(data);
    answer::<ResponseCode, mozambique::StatusAnswer>(data);
    decoded::<types::Refusal>(data);
    decoded::<mozambique::Refusal>(data);
    let _ = crate::ErrorBody::from_bytes(data).to_string();
}

#[cfg(test)]
mod tests {
    use pesa_core::fuzzing::{assert_seeded, replay};

    #[test]
    fn the_fuzz_corpus_replays_without_panics() {
        replay(env!("CARGO_MANIFEST_DIR"), "answers", super::answers, 2);
    }

    #[test]
    fn the_fixtures_seed_the_corpus() {
        assert_seeded(env!("CARGO_MANIFEST_DIR"), "answers", &["", "mozambique/"]);
    }
}

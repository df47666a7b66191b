#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| ihela::fuzzing::banking_responses(data));

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| daraja::fuzzing::answers(data));

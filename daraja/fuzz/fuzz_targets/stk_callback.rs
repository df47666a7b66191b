#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| daraja::fuzzing::stk_callback(data));

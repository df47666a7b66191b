#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| momo::fuzzing::callbacks(data));

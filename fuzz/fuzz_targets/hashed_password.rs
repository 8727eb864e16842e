//! The parsers of imported password hashes: any text is a known format or an error.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    portcullis::fuzzing::hashed_password(data);
});

//! The login body decoder: JSON, form and multipart bodies must decode or fail, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    portcullis::fuzzing::login_body(data);
});

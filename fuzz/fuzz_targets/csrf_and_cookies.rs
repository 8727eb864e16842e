//! Anti-CSRF tokens and the cookies a browser sends back.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    portcullis::fuzzing::csrf_and_cookies(data);
});

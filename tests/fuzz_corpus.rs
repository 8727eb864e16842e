#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Replays the committed fuzzing corpus (`fuzz/corpus/<target>/`) through the same entry
//! points the fuzz targets use, so every input fuzzing ever kept is checked in every test run.

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus").join(target);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut count = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        run(&std::fs::read(&path).unwrap());
        count += 1;
    }
    assert!(count > 0, "the corpus of {target} is empty");
}

#[test]
fn the_login_body_corpus_decodes_without_panicking() {
    replay("login_body", portcullis::fuzzing::login_body);
}

#[test]
fn the_hashed_password_corpus_parses_without_panicking() {
    replay("hashed_password", portcullis::fuzzing::hashed_password);
}

#[test]
fn the_csrf_and_cookie_corpus_is_read_without_panicking() {
    replay("csrf_and_cookies", portcullis::fuzzing::csrf_and_cookies);
}

#[test]
fn the_config_corpus_loads_without_panicking() {
    replay("config", portcullis::fuzzing::config);
}

//! The command line: help for the program and for each command, and startup refusing an invalid
//! configuration with a message that names the key.

use std::process::Command;

fn portcullis(args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_portcullis")).args(args).envs(env.iter().copied()).output().unwrap()
}

#[test]
fn the_program_and_each_command_explain_themselves() {
    let help = portcullis(&["--help"], &[]);
    assert!(help.status.success());
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(text.contains("serve") && text.contains("--version"), "{text}");
    let serve = portcullis(&["serve", "--help"], &[]);
    assert!(serve.status.success());
    let text = String::from_utf8_lossy(&serve.stdout);
    assert!(text.contains("--config") && text.contains("--dev") && text.contains("SIGTERM"), "{text}");
}

#[test]
fn an_invalid_setting_stops_startup_naming_its_key() {
    let cases = [
        ("LIMITS_MAX_HEADER_SIZE", "1KB", "limits.max_header_size"),
        ("SERVE_TRUSTED_PROXIES", "10.0.0.0/8,not-a-network", "serve.trusted_proxies"),
        ("LIMITS_READ_HEADER_TIMEOUT", "soon", "limits.read_header_timeout"),
    ];
    for (variable, value, key) in cases {
        let output = portcullis(&["serve"], &[("DSN", "memory"), (variable, value)]);
        assert_eq!(output.status.code(), Some(2), "{variable}={value}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(key), "{variable}={value}: {stderr}");
    }
}

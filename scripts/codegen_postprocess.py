"""Post-processing of the Rust the generator wrote (run by scripts/generate.sh).

The rust-axum templates serialize every JSON response body on tokio's blocking pool
(`spawn_blocking(move || serde_json::to_vec(&body)...).await.unwrap()?`). Our bodies are a few
kilobytes and serialize in microseconds, far less than the two thread hand-offs the blocking
pool costs per response (profiling showed the hand-off as the largest cost of a request), and
the `unwrap` would turn a panic there into a second panic. Bodies are serialized inline instead.

The serialization writes into a buffer of `RESPONSE_BUFFER` bytes (`serde_json::to_vec` starts
at 128 and doubles: four reallocations and copies for a 1.4 KB login flow, about 1.5% of a
session check's instructions). The helper is appended to the server module.

`format: date-time` is mapped to `portcullis_timestamp::Timestamp` (scripts/generate.sh), which
writes and reads RFC 3339 without chrono's general formatter; the crate's manifest gets that
dependency here.

The script fails when a pattern is not found, so that a generator upgrade that changes the
template is noticed rather than silently undone.
"""

import pathlib
import re
import sys

BLOCKING_SERIALIZATION = re.compile(
    r"tokio::task::spawn_blocking\(move \|\|\s*"
    r"(serde_json::to_vec\(&body\)\.map_err\(\|e\| \{\s*error!\(error = \?e\);\s*"
    r"StatusCode::INTERNAL_SERVER_ERROR\s*\}\))\)\.await\.unwrap\(\)\?;"
)


JSON_BODY_HELPER = """
/// A response body as JSON, written into a buffer large enough for a login flow or a session
/// (added by scripts/codegen_postprocess.py).
fn json_body<T: serde::Serialize>(body: &T) -> Result<Vec<u8>, serde_json::Error> {
    const RESPONSE_BUFFER: usize = 2048;
    let mut buffer = Vec::with_capacity(RESPONSE_BUFFER);
    serde_json::to_writer(&mut buffer, body)?;
    Ok(buffer)
}
"""


TIMESTAMP_DEPENDENCY = 'portcullis-timestamp = { path = "../timestamp" }\n'


def add_timestamp_dependency(crate):
    manifest = pathlib.Path(crate) / "Cargo.toml"
    text = manifest.read_text()
    if "\n[dependencies]\n" not in text:
        sys.exit(f"codegen_postprocess: {manifest} has no [dependencies] table")
    manifest.write_text(text.replace("\n[dependencies]\n", "\n[dependencies]\n" + TIMESTAMP_DEPENDENCY, 1))


def main(crate):
    add_timestamp_dependency(crate)
    server = pathlib.Path(crate) / "src" / "server" / "mod.rs"
    text = server.read_text()
    text, replaced = BLOCKING_SERIALIZATION.subn(r"\1?;", text)
    if replaced == 0 or "spawn_blocking" in text:
        sys.exit(f"codegen_postprocess: the response serialization in {server} changed shape")
    text = text.replace("serde_json::to_vec(&body)", "json_body(&body)")
    if "serde_json::to_vec" in text:
        sys.exit(f"codegen_postprocess: {server} serializes a body some other way")
    server.write_text(text.rstrip("\n") + "\n" + JSON_BODY_HELPER)
    print(f"serialized {replaced} response bodies inline")


if __name__ == "__main__":
    main(sys.argv[1])

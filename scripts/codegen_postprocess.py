"""Post-processing of the Rust the generator wrote (run by scripts/generate.sh).

The rust-axum templates serialize every JSON response body on tokio's blocking pool
(`spawn_blocking(move || serde_json::to_vec(&body)...).await.unwrap()?`). Our bodies are a few
kilobytes and serialize in microseconds, far less than the two thread hand-offs the blocking
pool costs per response (profiling showed the hand-off as the largest cost of a request), and
the `unwrap` would turn a panic there into a second panic. Bodies are serialized inline instead.

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
    server.write_text(text)
    print(f"serialized {replaced} response bodies inline")


if __name__ == "__main__":
    main(sys.argv[1])

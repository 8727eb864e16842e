#!/usr/bin/env bash
# Schema conformance: schemathesis generates requests from openapi.yaml and checks every answer
# (no server error; status, content type, body schema and headers as documented). Public
# operations run against the public listener, admin ones against the admin listener, on a server
# seeded with an identity, a session, flows and a stored error so the interesting paths are
# reached, not only the 4xx ones.
#   scripts/schemathesis.sh [EXAMPLES_PER_OPERATION]   (needs .venv-test and target/debug/portcullis)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
EXAMPLES="${1:-60}"
ST="$ROOT/.venv-test/bin/st"
PY="$ROOT/.venv-test/bin/python"
BIN="${PORTCULLIS_BIN:-$ROOT/target/debug/portcullis}"
CHECKS=not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance
WORK="$(mktemp -d)"

free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PUBLIC_PORT="$(free_port)"; ADMIN_PORT="$(free_port)"
DSN=memory SERVE_PUBLIC_PORT="$PUBLIC_PORT" SERVE_ADMIN_PORT="$ADMIN_PORT" LOG_LEVEL=error \
  SECRETS_COOKIE=schemathesis-cookie-secret HASHERS_ARGON2_MEMORY=64KB HASHERS_ARGON2_ITERATIONS=1 \
  "$BIN" serve --dev &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

PUBLIC="http://127.0.0.1:$PUBLIC_PORT" ADMIN="http://127.0.0.1:$ADMIN_PORT" CONFIG="$WORK/schemathesis.toml" "$PY" - <<'PY'
"""Waits for the server, seeds it, and writes the schemathesis configuration pointing at the seeds."""
import json, os, time, urllib.error, urllib.request

public, admin = os.environ["PUBLIC"], os.environ["ADMIN"]

def call(method, url, body=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"content-type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read() or b"null"), response.headers
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null"), error.headers

for _ in range(200):
    try:
        if call("GET", f"{public}/health/ready")[0] == 200:
            break
    except OSError:
        time.sleep(0.1)
password = "correct horse battery staple"
_, identity, _ = call("POST", f"{admin}/admin/identities", {"schema_id": "default", "traits": {"email": "seed@example.com"},
                      "credentials": {"password": {"config": {"password": password}}}})
_, flow, _ = call("GET", f"{public}/self-service/login/api")
_, login, _ = call("POST", f"{public}/self-service/login?flow={flow['id']}", {"method": "password", "identifier": "seed@example.com", "password": password})
_, open_flow, _ = call("GET", f"{public}/self-service/login/api")
_, error_flow, _ = call("GET", f"{public}/self-service/login/browser?return_to=https://not-allowed.example/", headers={"accept": "text/html"})
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args): return None
opener = urllib.request.build_opener(NoRedirect)
try:
    opener.open(f"{public}/self-service/login/browser?return_to=https://not-allowed.example/")
    error_id = None
except urllib.error.HTTPError as redirect:
    error_id = redirect.headers["location"].split("id=")[-1]
seeds = {
    "getIdentity": {"id": identity["id"]},
    "getSession": {"id": login["session"]["id"]},
    "getLoginFlow": {"id": open_flow["id"]},
    "updateLoginFlow": {"flow": open_flow["id"]},
    "toSession": {"X-Session-Token": login["session_token"]},
    "getFlowError": {"id": error_id},
}
with open(os.environ["CONFIG"], "w") as config:
    for operation, parameters in seeds.items():
        values = ", ".join(f'"{k}" = "{v}"' for k, v in parameters.items())
        config.write(f'[[operations]]\ninclude-operation-id = "{operation}"\nparameters = {{ {values} }}\n\n')
print("seeded:", ", ".join(seeds))
PY

run() {
  "$ST" --config-file "$WORK/schemathesis.toml" run "$ROOT/openapi.yaml" --checks "$CHECKS" \
    --max-examples "$EXAMPLES" --generation-database none --workers 2 --seed 1 "$@" 2>&1 | tee -a "$WORK/output.txt"
}
status=0
echo "== public listener: frontend and metadata operations"
run --url "http://127.0.0.1:$PUBLIC_PORT" --include-tag frontend --include-tag metadata || status=1
echo "== admin listener: identity and metadata operations"
# The coverage phase of schemathesis 4.32.5 crashes inside hypothesis on listIdentities' array
# parameters (a tool error, not a finding); the fuzzing and stateful phases run in full.
run --url "http://127.0.0.1:$ADMIN_PORT" --include-tag identity --include-tag metadata --include-tag metrics \
  --phases fuzzing,stateful || status=1

generated=$(grep -oE "[0-9]+ generated" "$WORK/output.txt" | awk '{ s += $1 } END { print s + 0 }')
echo "schemathesis: $generated cases generated in all"
if [ "$generated" -lt 1000 ]; then
  echo "fewer than 1000 cases were generated" >&2
  status=1
fi
exit "$status"

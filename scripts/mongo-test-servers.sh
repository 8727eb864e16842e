#!/usr/bin/env bash
# Starts the two MongoDB-wire servers the tests use, on free loopback ports with throwaway
# data, and prints `export` lines for their URLs:
#   eval "$(scripts/mongo-test-servers.sh start)"   ...   scripts/mongo-test-servers.sh stop
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATE="$ROOT/.tools/mongo-test-servers"

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_for_port() {
  for _ in $(seq 1 100); do
    if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $1), 0.2)" 2>/dev/null; then
      return 0
    fi
    sleep 0.2
  done
  echo "nothing listens on port $1" >&2
  return 1
}

start() {
  "$ROOT/scripts/install-ferretdb.sh" >&2
  "$ROOT/scripts/install-secantusdb.sh" >&2
  rm -rf "$STATE" && mkdir -p "$STATE/ferretdb"
  local ferret_port secantus_port
  ferret_port="$(free_port)"
  secantus_port="$(free_port)"
  "$ROOT/.tools/ferretdb" --handler=sqlite --sqlite-url="file:$STATE/ferretdb/" \
    --listen-addr="127.0.0.1:$ferret_port" --state-dir="$STATE/ferretdb" \
    --telemetry=disable --debug-addr=- --log-level=error >"$STATE/ferretdb.log" 2>&1 &
  echo $! > "$STATE/ferretdb.pid"
  "$ROOT/.tools/secantus-venv/bin/secantusd-py" --host 127.0.0.1 --port "$secantus_port" \
    --storage-path :memory: >"$STATE/secantusdb.log" 2>&1 &
  echo $! > "$STATE/secantusdb.pid"
  wait_for_port "$ferret_port"
  wait_for_port "$secantus_port"
  echo "export FERRETDB_URL=mongodb://127.0.0.1:$ferret_port/"
  echo "export SECANTUSDB_URL='mongodb://127.0.0.1:$secantus_port/?retryWrites=false'"
  echo "export FERRETDB_PORT=$ferret_port FERRETDB_DATA=$STATE/ferretdb"
}

stop() {
  for pidfile in "$STATE"/*.pid; do
    [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac

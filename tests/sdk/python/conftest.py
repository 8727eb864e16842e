"""A Portcullis process for the SDK tests: in-memory store, free loopback ports, --dev."""

import os
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass

import pytest

BIN = os.environ.get("PORTCULLIS_BIN", "target/debug/portcullis")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    public: str
    admin: str


def start(extra_env: dict) -> tuple[subprocess.Popen, Server]:
    public_port, admin_port = free_port(), free_port()
    env = dict(
        os.environ,
        DSN="memory",
        SERVE_PUBLIC_PORT=str(public_port),
        SERVE_ADMIN_PORT=str(admin_port),
        SECRETS_COOKIE="sdk-test-cookie-secret-0123456789",
        HASHERS_ARGON2_MEMORY="64KB",
        HASHERS_ARGON2_ITERATIONS="1",
        LOG_LEVEL="warn",
        **extra_env,
    )
    process = subprocess.Popen([BIN, "serve", "--dev"], env=env)
    server = Server(f"http://127.0.0.1:{public_port}", f"http://127.0.0.1:{admin_port}")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{server.public}/health/ready", timeout=1) as r:
                if r.status == 200:
                    return process, server
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("portcullis did not become ready")


@pytest.fixture(scope="session")
def server():
    process, srv = start({})
    yield srv
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def short_lived_server():
    """Flows expire after a second, for the expiry cases."""
    process, srv = start({"SELFSERVICE_FLOWS_LOGIN_LIFESPAN": "1s"})
    yield srv
    process.terminate()
    process.wait(timeout=10)

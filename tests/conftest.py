import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


# Each test run gets its own compiled-ruleset cache, and no user setting leaks in.
os.environ["EVIDENCE_CHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="evidence-check-test-cache-")
for _name in ("EVIDENCE_CHECK_RULES", "NO_COLOR", "EVIDENCE_CHECK_NO_CACHE"):
    os.environ.pop(_name, None)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Classification never touches the network: any socket use fails the test."""
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(scope="session")
def rules():
    from evidence_check import load_rules

    return load_rules()


@pytest.fixture(scope="session")
def exe():
    """The installed console script (end-to-end tests run the real thing)."""
    found = shutil.which("evidence-check", path=str(Path(sys.executable).parent)) or shutil.which("evidence-check")
    assert found, "evidence-check is not installed in this environment"
    return found


def run_cli(exe, *args, input=None, env=None, timeout=60):
    full_env = {**os.environ, **(env or {})}
    full_env.pop("EVIDENCE_CHECK_DEBUG", None)
    return subprocess.run([exe, *args], input=input, capture_output=True, timeout=timeout, env=full_env)

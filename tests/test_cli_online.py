"""`check --online` end to end: the real CLI against HTTP servers this test starts on 127.0.0.1."""

import json
import os
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import seeded_cache

PAGES = {
    "/start": (302, {"Location": "/middle"}, b""),
    "/middle": (301, {"Location": "/reuters-page"}, b""),
    "/reuters-page": (200, {"Content-Type": "text/html; charset=utf-8"},
                      b'<html><head><meta property="og:site_name" content="Reuters"><title>x</title></head></html>'),
    "/wire": (200, {"Content-Type": "text/html"},
              b"<html><body><p>GENEVA (Reuters) - The UN said on Tuesday...</p></body></html>"),
    "/gone": (404, {"Content-Type": "text/html"}, b"not here"),
}


class Handler(BaseHTTPRequestHandler):
    requests: list = []

    def do_GET(self):  # noqa: N802 - http.server's naming
        Handler.requests.append(self.path)
        status, headers, body = PAGES.get(self.path, (404, {}, b""))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_HEAD = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    Handler.requests = []
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def run(exe, *args, cache):
    env = {**os.environ, "EVIDENCE_CHECK_CACHE_DIR": str(seeded_cache(cache))}
    return subprocess.run([exe, "check", "--format", "jsonl", "--fail-on", "none", *args],
                          capture_output=True, timeout=60, env=env)


def test_online_rows(exe, server, tmp_path):
    result = run(exe, "--online", "--allow-private", "--timeout", "2", f"{server}/start", f"{server}/wire",
                 f"{server}/gone", "Xinhua", cache=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    start, wire, gone, name = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert start["input"] == f"{server}/start"
    assert start["redirect_chain"] == [f"{server}/start", f"{server}/middle", f"{server}/reuters-page"]
    assert start["link_status"] == "redirected"
    # a page cannot promote its unknown host to a trusted class by what it says of itself (issue 16):
    # the claim is a note, and the chair is told where to find the original
    assert start["category"] == "unlisted" and start["publisher_from"] is None
    assert any("names its publisher 'Reuters'" in note for note in start["notes"])
    assert wire["category"] == "unlisted" and any("Reuters wire copy" in note for note in wire["notes"])
    assert gone["link_status"] == "not found" and gone["wayback"].startswith("https://web.archive.org/web/")
    assert name["category"] == "state_media" and name["link_status"] is None


def test_the_guard_is_on_by_default(exe, server, tmp_path):
    result = run(exe, "--online", f"{server}/start", cache=tmp_path)
    [row] = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert row["link_status"] == "blocked"
    assert Handler.requests == []


def test_a_second_run_is_served_from_the_cache(exe, server, tmp_path):
    run(exe, "--online", "--allow-private", f"{server}/reuters-page", cache=tmp_path)
    seen = len(Handler.requests)
    again = run(exe, "--online", "--allow-private", f"{server}/reuters-page", cache=tmp_path)
    assert json.loads(again.stdout)["link_status"] == "ok"
    assert len(Handler.requests) == seen
    cleared = subprocess.run([exe, "cache", "clear"], capture_output=True, timeout=60,
                             env={**os.environ, "EVIDENCE_CHECK_CACHE_DIR": str(tmp_path)})
    assert cleared.returncode == 0 and b"cleared" in cleared.stdout


def test_offline_never_imports_the_http_client():
    import sys

    code = ("import sys; from evidence_check.cli import app; from typer.testing import CliRunner;"
            "CliRunner().invoke(app, ['check', 'https://www.un.org/']); assert 'aiohttp' not in sys.modules and 'httpx' not in sys.modules")
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_papers_online(exe, server, tmp_path):
    paper = tmp_path / "France_UNODC.md"
    paper.write_text(f"Rates rose [1]({server}/start) and fell ({server}/gone).\n", encoding="utf-8")
    env = {**os.environ, "EVIDENCE_CHECK_CACHE_DIR": str(seeded_cache(tmp_path / "cache"))}
    result = subprocess.run([exe, "check", "--from", str(paper), "--online", "--allow-private", "--format", "jsonl",
                             "--fail-on", "none"], capture_output=True, timeout=60, env=env)
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [(r["link_status"], r["category"]) for r in rows] == [("redirected", "unlisted"), ("not found", "unlisted")]
    assert rows[0]["paper"] == str(paper) and rows[0]["locations"] == ["line 1"]

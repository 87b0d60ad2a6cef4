"""Online mode, against real HTTP servers on 127.0.0.1 that the tests start.

Nothing here reaches the internet: the suite's no-network guard stays on for
everything but connections to loopback addresses, system DNS stays refused,
and public-looking names are resolved by an injected resolver.
"""

from __future__ import annotations

import asyncio
import gzip
import ipaddress
import json
import re
import shutil
import socket
import ssl
import struct
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path

import pytest

from evidence_check.online import Fetched, Interrupted, Options, clear_cache, fetch_all, fetch_all_sync, final_source
from evidence_check.online import meta
from evidence_check.online.guard import Guard, parse_target, refusal

_REAL_CONNECT = socket.socket.connect
_REAL_GETADDRINFO = socket.getaddrinfo
SRC = Path(__file__).resolve().parents[1] / "src" / "evidence_check"


def _is_loopback(host) -> bool:
    try:
        return ipaddress.ip_address(str(host).split("%", 1)[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _loopback_only(_no_network, monkeypatch):
    """Connections to loopback addresses only; DNS only for numeric hosts."""

    def connect(self, address, *args):
        if isinstance(address, tuple) and _is_loopback(address[0]):
            return _REAL_CONNECT(self, address, *args)
        raise AssertionError(f"network access attempted: {address!r}")

    def getaddrinfo(host, *args, **kwargs):
        try:
            ipaddress.ip_address(host)
        except ValueError:
            raise AssertionError(f"DNS lookup attempted: {host!r}") from None
        return _REAL_GETADDRINFO(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


# -- a small HTTP/1.1 server, in its own thread and event loop


class Request:
    def __init__(self, method: str, path: str, headers: dict[str, str]):
        self.method, self.path, self.headers = method, path, headers


class Server:
    def __init__(self, tls: ssl.SSLContext | None = None):
        self.routes = {}
        self.sni: list[str | None] = []
        if tls is not None:
            tls.sni_callback = lambda sock, name, ctx: self.sni.append(name)
        self.log: list[Request] = []
        self.sent: dict[str, int] = {}
        self.connections = 0
        self.loop = asyncio.new_event_loop()
        self.stopping = asyncio.Event()
        ready = threading.Event()

        async def main():
            self.server = await asyncio.start_server(self._connection, "127.0.0.1", 0, ssl=tls)
            self.port = self.server.sockets[0].getsockname()[1]
            ready.set()
            await self.stopping.wait()
            self.server.close()

        self.thread = threading.Thread(target=self.loop.run_until_complete, args=(main(),), daemon=True)
        self.thread.start()
        ready.wait(5)

    def url(self, path: str, host: str = "127.0.0.1", scheme: str = "http") -> str:
        return f"{scheme}://{host}:{self.port}{path}"

    def paths(self, method: str | None = None) -> list[str]:
        return [r.path for r in self.log if method is None or r.method == method]

    def stop(self):
        self.loop.call_soon_threadsafe(self.stopping.set)
        self.thread.join(5)

    async def _connection(self, reader, writer):
        self.connections += 1
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    if ":" in line:
                        name, value = line.split(":", 1)
                        headers[name.strip().lower()] = value.strip()
                request = Request(method, path, headers)
                self.log.append(request)
                handler = self.routes.get(path.split("?", 1)[0], not_found)
                if await handler(request, writer) is False:
                    return  # the handler closed (or kept) the connection
        except ConnectionError:
            pass
        finally:
            if not writer.is_closing():
                writer.close()


async def respond(request, writer, status=200, body=b"", headers=(), reason="X"):
    head = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(body)}", *headers]
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
    if request.method != "HEAD":
        writer.write(body)
    await writer.drain()


async def not_found(request, writer):
    await respond(request, writer, 404, b"no", reason="Not Found")


def page(body: bytes | str, content_type="text/html; charset=utf-8", status=200, extra=()):
    data = body.encode() if isinstance(body, str) else body

    async def handler(request, writer):
        await respond(request, writer, status, data, (f"Content-Type: {content_type}", *extra))

    return handler


def redirect(location: str, status=302):
    async def handler(request, writer):
        await respond(request, writer, status, b"", (f"Location: {location}",))

    return handler


@pytest.fixture
def server():
    s = Server()
    yield s
    s.stop()


def mapping(**names):
    """An injectable resolver: name -> addresses; anything else does not exist."""
    calls = []

    async def resolve(host, port):
        calls.append(host)
        if host in names:
            value = names[host]
            return value if isinstance(value, list) else [value]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    resolve.calls = calls
    return resolve


def opts(**kwargs) -> Options:
    base = dict(allow_private=True, cache=False, timeout=1.0, retry_after_cap=0.2, backoff=0.05)
    base.update(kwargs)
    return Options(**base)


def one(url, **kwargs) -> Fetched:
    (result,) = fetch_all_sync([url], opts(**kwargs))
    return result


# -- pages and metadata


def test_a_hosts_connection_is_kept_for_its_next_url(server):
    """One at a time, six pages of one host go over one kept-alive connection: the host's client
    is not closed when it has nothing in flight (only beyond Fetcher.keep_idle idle hosts)."""
    server.routes["/p"] = page("<title>T</title>")
    results = fetch_all_sync([server.url(f"/p?{n}") for n in range(6)], opts(concurrency=1, per_host=1))
    assert [r.status for r in results] == ["ok"] * 6
    assert server.connections == 1


def test_ok_page_with_site_name_and_real_user_agent(server):
    server.routes["/p"] = page('<html><head><meta property="og:site_name" content="UNODC">'
                               "<title>Global Report | UNODC</title></head></html>")
    result = one(server.url("/p"))
    assert (result.status, result.http_status, result.error) == ("ok", 200, None)
    assert result.final_url == result.url and result.chain == [result.url]
    assert (result.publisher_hint, result.hint_source) == ("UNODC", "og:site_name")
    assert ("title", "Global Report | UNODC") in result.hints
    assert not result.reuters_wire and result.wayback is None and result.body_read
    ua = server.log[0].headers["user-agent"]
    assert ua.startswith("evidence-check/") and "Model UN citation checker" in ua
    assert server.log[0].method == "GET"


PAGES = {
    "/jsonld": ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",'
                '"publisher":{"@type":"Organization","name":"Xinhua News Agency"}}]}</script><title>A story</title>',
                ("json-ld publisher", "Xinhua News Agency")),
    "/citation": ('<meta name="citation_publisher" content="United Nations Office on Drugs and Crime">',
                  ("citation_publisher", "United Nations Office on Drugs and Crime")),
    "/dc": ('<meta name="DC.publisher" content="U.S. Department of State">',
            ("dc.publisher", "U.S. Department of State")),
    "/title": ("<title>\n  Human trafficking &amp; smuggling - UNODC\n</title>",
               ("title", "Human trafficking & smuggling - UNODC")),
}


def test_each_kind_of_metadata(server):
    for path, (html, _) in PAGES.items():
        server.routes[path] = page(html)
    results = fetch_all_sync([server.url(p) for p in PAGES], opts())
    for result, (_, (source, name)) in zip(results, PAGES.values()):
        assert result.status == "ok"
        assert (result.hint_source, result.publisher_hint) == (source, name)
    assert ("title", "UNODC") in results[3].hints  # the parts of a title are candidates too


WIRE = {
    "/byline": ('<meta property="og:site_name" content="The Daily Star"><div class="article-byline">By '
                "<span>Reuters</span></div>", "byline"),
    "/ld-author": ('<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Organization",'
                   '"name":"Reuters"}],"publisher":{"name":"Yahoo News"}}</script>', "JSON-LD author"),
    "/ld-publisher": ('<script type="application/ld+json">{"@type":"NewsArticle","publisher":'
                      '{"name":"Thomson Reuters"}}</script>', "JSON-LD publisher"),
    "/dateline": ("<article><p>GENEVA (Reuters) &#8212; The U.N. said on Tuesday...</p></article>", "dateline"),
    "/meta-author": ('<meta name="author" content="Reuters">', "author"),
}


def test_reuters_wire_copy(server):
    for path, (html, _) in WIRE.items():
        server.routes[path] = page(html)
    server.routes["/photo"] = page('<p>By Jane Doe</p><figure><img src="x.jpg"><figcaption class="credit">'
                                   "Protesters in Geneva. REUTERS/John Smith</figcaption></figure>"
                                   '<span class="photo-credit">Photo: REUTERS/John Smith</span>')
    results = fetch_all_sync([server.url(p) for p in WIRE] + [server.url("/photo")], opts())
    for result, (_, why) in zip(results, WIRE.values()):
        assert result.reuters_wire, result.url
        assert why in result.reuters_evidence
    assert results[0].publisher_hint == "The Daily Star"
    assert not results[-1].reuters_wire and results[-1].reuters_evidence is None  # a photo credit is not wire copy


def test_non_utf8_pages_decode_with_their_charset(server):
    html = '<meta property="og:site_name" content="Российская газета"><title>Новости</title>'
    server.routes["/header"] = page(html.encode("windows-1251"), "text/html; charset=windows-1251")
    server.routes["/meta"] = page(b'<meta charset="windows-1251">' + html.encode("cp1251"), "text/html")
    server.routes["/latin"] = page('<meta property="og:site_name" content="Le Monde diplomatique – Élysée">'
                                   .encode("cp1252"), "text/html; charset=iso-8859-1")
    server.routes["/undeclared"] = page("<title>Agência Brasil</title>".encode("cp1252"), "text/html")
    results = fetch_all_sync([server.url(p) for p in ("/header", "/meta", "/latin", "/undeclared")], opts())
    assert results[0].publisher_hint == results[1].publisher_hint == "Российская газета"
    assert results[2].publisher_hint == "Le Monde diplomatique – Élysée"
    assert results[3].publisher_hint == "Agência Brasil"


def test_gzip_page_is_read_and_a_gzip_bomb_stays_small(server):
    server.routes["/gz"] = page(gzip.compress(b'<meta property="og:site_name" content="OHCHR">'), "text/html",
                                extra=("Content-Encoding: gzip",))
    bomb = gzip.compress(b'<meta property="og:site_name" content="Bomb">' + b" " * (50 * 1024 * 1024))
    server.routes["/bomb"] = page(bomb, "text/html", extra=("Content-Encoding: gzip",))
    tracemalloc.start()
    try:
        results = fetch_all_sync([server.url("/gz"), server.url("/bomb")], opts())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [r.publisher_hint for r in results] == ["OHCHR", "Bomb"]
    assert peak < 8 * 1024 * 1024, peak


def test_a_small_error_body_in_layers_of_gzip_is_never_decoded(server):
    """'gzip, gzip': 1.8 KB on the wire that would decode to a gigabyte (issue 18, item 3)."""
    inner = gzip.compress(b"\0" * (200 * 1024 * 1024))
    layered = gzip.compress(inner)
    assert len(layered) < 16384  # small enough to be drained, not fetched
    for status in (404, 500, 302):
        server.routes[f"/e{status}"] = page(layered, "application/octet-stream", status=status,
                                            extra=("Content-Encoding: gzip, gzip",))
    tracemalloc.start()
    try:
        results = fetch_all_sync([server.url(f"/e{status}") for status in (404, 500, 302)], opts())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [r.http_status for r in results] == [404, 500, 302]
    assert peak < 8 * 1024 * 1024, peak


def test_a_20_mb_body_is_read_only_to_max_body(server):
    total = 20 * 1024 * 1024
    chunk = b"<!-- padding -->" * 4096  # 64 KiB

    async def big(request, writer):
        writer.write(f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {total}\r\n\r\n".encode())
        writer.write(b'<meta property="og:site_name" content="Big">')
        sent = 0
        try:
            while sent < total:
                writer.write(chunk)
                sent += len(chunk)
                await writer.drain()
        except ConnectionError:
            pass
        server.sent["/big"] = sent
        return False

    server.routes["/big"] = big
    tracemalloc.start()
    try:
        result = one(server.url("/big"), max_body=256 * 1024)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.status == "ok" and result.publisher_hint == "Big"
    assert peak < 8 * 1024 * 1024, peak
    for _ in range(1000):  # the server notices the client left
        if "/big" in server.sent:
            break
        time.sleep(0.01)
    assert server.sent.get("/big", 0) < total


# -- redirects


def test_redirect_chain_relative_and_absolute(server):
    server.routes["/a"] = redirect("/b", 301)
    server.routes["/b"] = redirect(server.url("/c?x=1"), 308)
    server.routes["/c"] = page("<title>C</title>")
    result = one(server.url("/a"))
    assert result.status == "redirected" and result.http_status == 200
    assert result.chain == [server.url("/a"), server.url("/b"), server.url("/c?x=1")]
    assert result.final_url == server.url("/c?x=1") and result.publisher_hint == "C"
    assert final_source(result).path == "/c"


def test_redirect_loop(server):
    server.routes["/loop1"] = redirect("/loop2")
    server.routes["/loop2"] = redirect("/loop1")
    result = one(server.url("/loop1"))
    assert result.status == "redirect loop"
    assert result.chain == [server.url("/loop1"), server.url("/loop2"), server.url("/loop1")]
    assert result.final_url is None and final_source(result) is None
    assert result.wayback == "https://web.archive.org/web/*/" + server.url("/loop1")
    assert server.paths() == ["/loop1", "/loop2"]


def test_too_many_redirects(server):
    for n in range(10):
        server.routes[f"/hop{n}"] = redirect(f"/hop{n + 1}")
    result = one(server.url("/hop0"), max_redirects=3)
    assert result.status == "too many redirects"
    assert len(result.chain) == 5 and server.paths() == ["/hop0", "/hop1", "/hop2", "/hop3"]
    assert one(server.url("/hop6"), max_redirects=3).status == "too many redirects"


def test_shortener_chain_to_a_registry_domain_connects_to_the_resolved_address(server):
    server.routes["/abc"] = redirect(server.url("/world/story", host="www.reuters.com"), 301)
    server.routes["/world/story"] = page('<meta property="og:site_name" content="Reuters">')
    resolver = mapping(**{"bit.ly": "127.0.0.1", "www.reuters.com": "127.0.0.1"})
    result = one(server.url("/abc", host="bit.ly"), resolver=resolver)
    assert result.status == "redirected"
    assert result.chain == [server.url("/abc", host="bit.ly"), server.url("/world/story", host="www.reuters.com")]
    assert final_source(result).host == "www.reuters.com"
    assert result.publisher_hint == "Reuters"
    assert [r.headers["host"] for r in server.log] == [f"bit.ly:{server.port}", f"www.reuters.com:{server.port}"]
    assert resolver.calls == ["bit.ly", "www.reuters.com"]


# -- the SSRF guard


def test_public_looking_name_resolving_to_loopback_is_blocked(server):
    server.routes["/x"] = page("secret")
    result = one(server.url("/x", host="www.reuters.com"), allow_private=False,
                 resolver=mapping(**{"www.reuters.com": "127.0.0.1"}))
    assert result.status == "blocked" and "loopback address 127.0.0.1" in result.error
    assert result.wayback is None and result.final_url is None
    assert server.log == []


@pytest.mark.parametrize("host", ["127.0.0.1", "0x7f000001", "2130706433", "0177.0.0.1", "127.1",
                                  "[::ffff:127.0.0.1]", "[::1]", "[::ffff:7f00:1]", "[0:0:0:0:0:ffff:127.0.0.1]",
                                  "0.0.0.0", "[::]", "localhost", "LOCALHOST.", "[2002:7f00:1::]", "[64:ff9b::7f00:1]"])
def test_loopback_in_any_form_is_blocked(server, host):
    server.routes["/"] = page("secret")
    result = one(f"http://{host}:{server.port}/", allow_private=False,
                 resolver=mapping(localhost=["127.0.0.1", "::1"]))
    assert result.status == "blocked", (host, result)
    assert server.log == []


@pytest.mark.parametrize("url", ["http://10.0.0.1/", "http://192.168.1.1/", "http://172.16.0.1/",
                                 "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/",
                                 "http://[fc00::1]/", "http://224.0.0.1/", "http://100.64.0.1/",
                                 "http://240.0.0.1/", "http://[::ffff:10.0.0.1]/", "https://0xa9fea9fe/"])
def test_private_and_special_addresses_are_blocked(url):
    result = one(url, allow_private=False)
    assert result.status == "blocked" and result.error, result


def test_every_redirect_hop_is_checked(server):
    server.routes["/to-intranet"] = redirect("http://intranet.example/admin")
    server.routes["/to-loopback"] = redirect(f"http://127.0.0.2:{server.port}/")
    server.routes["/to-numeric"] = redirect(f"http://0x7f000002:{server.port}/")
    server.routes["/to-ftp"] = redirect("ftp://files.example/x")
    resolver = mapping(**{"short.example": "127.0.0.1", "intranet.example": "10.0.0.5"})
    urls = [server.url(p, host="short.example") for p in ("/to-intranet", "/to-loopback", "/to-numeric", "/to-ftp")]
    results = fetch_all_sync(urls, opts(allow_private=False, allow_networks=("127.0.0.1/32",), resolver=resolver))
    assert [r.status for r in results] == ["blocked"] * 4
    assert "intranet.example resolves to private address 10.0.0.5" in results[0].error
    assert "loopback address 127.0.0.2" in results[1].error and "127.0.0.2" in results[2].error
    assert "ftp" in results[3].error
    assert all(len(r.chain) == 2 for r in results)
    assert sorted(server.paths()) == ["/to-ftp", "/to-intranet", "/to-loopback", "/to-numeric"]


def test_a_name_with_any_bad_address_is_blocked(server):
    server.routes["/"] = page("x")
    resolver = mapping(**{"mixed.example": ["127.0.0.1", "192.168.0.10"]})
    result = one(server.url("/", host="mixed.example"), allow_private=False, allow_networks=("127.0.0.1/32",),
                 resolver=resolver)
    assert result.status == "blocked" and "192.168.0.10" in result.error
    assert server.log == []


def test_guard_units():
    assert refusal(ipaddress.ip_address("8.8.8.8")) is None
    assert refusal(ipaddress.ip_address("2606:4700::1111")) is None
    assert "loopback" in refusal(ipaddress.ip_address("::ffff:127.0.0.1"))
    assert "link-local" in refusal(ipaddress.ip_address("169.254.169.254"))
    assert Guard(allow_private=True).check("x", ["127.0.0.1"]) is None
    assert parse_target("http://0x7f000001/").host == "127.0.0.1"
    assert parse_target("https://user:pw@Example.COM:443/a#frag").href == "https://example.com/a"
    target = parse_target("http://[::1]:8080/p?q")
    assert target.url_for("::1") == "http://[::1]:8080/p?q" and target.host_header == "[::1]:8080"
    assert parse_target("javascript:alert(1)").status == "blocked"
    assert parse_target("not a url").status == "error"


# -- failures


def test_not_found_and_server_errors(server):
    server.routes["/gone"] = page("gone", status=410)
    server.routes["/boom"] = page("boom", status=500)
    server.routes["/forbidden"] = page("no", status=403)
    results = fetch_all_sync([server.url(p) for p in ("/missing", "/gone", "/boom", "/forbidden")], opts())
    assert [(r.status, r.http_status) for r in results] == [
        ("not found", 404), ("not found", 410), ("server error", 500), ("error", 403)]
    assert all(r.wayback and r.wayback.endswith(r.url) for r in results)
    assert "403" in results[3].error


def test_a_server_that_never_answers_times_out(server):
    async def hang(request, writer):
        await server.stopping.wait()
        return False

    server.routes["/hang"] = hang
    result = one(server.url("/hang"), timeout=0.5)  # the server never answers: returning at all is the limit
    assert result.status == "timeout" and "0.5 s" in result.error


def test_the_whole_run_has_a_time_limit(server):
    async def hang(request, writer):
        await server.stopping.wait()
        return False

    server.routes["/hang"] = hang
    server.routes["/ok"] = page("fine")
    results = fetch_all_sync([server.url("/hang?1"), server.url("/ok"), server.url("/hang?2")],
                             opts(timeout=60, total_timeout=0.4))
    # the per-request timeout (60 s) cannot have fired first: the run's limit did
    assert [r.status for r in results] == ["timeout", "ok", "timeout"]
    assert "time limit" in results[0].error


def test_connection_reset(server):
    async def reset(request, writer):
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()
        return False

    server.routes["/reset"] = reset
    result = one(server.url("/reset"), retries=0)
    assert result.status == "error" and result.error and result.wayback


def test_connection_refused_and_dns_failure_and_tls_error():
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    plain = socket.socket()  # answers anything, TLS included, the way a plain HTTP server does
    plain.bind(("127.0.0.1", 0))
    plain.listen()

    def answer():
        conn, _ = plain.accept()
        conn.recv(4096)
        conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        conn.close()

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    results = fetch_all_sync([f"http://127.0.0.1:{port}/", "http://no-such-host.example/",
                              f"https://127.0.0.1:{plain.getsockname()[1]}/"], opts(resolver=mapping()))
    thread.join(2)
    plain.close()
    assert [r.status for r in results] == ["refused", "dns failure", "tls error"], results
    assert "no-such-host.example" in results[1].error
    assert all(r.wayback for r in results)


@pytest.fixture
def tls_server(tmp_path):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=secure.example",
                    "-addext", "subjectAltName=DNS:secure.example"], check=True, capture_output=True, timeout=20)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    s = Server(tls=context)
    s.cert = cert
    yield s
    s.stop()


def test_https_connects_to_the_checked_address_with_the_name_for_sni_and_verification(tls_server):
    tls_server.routes["/"] = page('<meta property="og:site_name" content="Secure">')
    resolver = mapping(**{"secure.example": "127.0.0.1", "other.example": "127.0.0.1"})
    url = tls_server.url("/", host="secure.example", scheme="https")
    trusted, wrong_name = fetch_all_sync([url, url.replace("secure.", "other.")],
                                         opts(resolver=resolver, ca_bundle=tls_server.cert))
    (untrusted,) = fetch_all_sync([url], opts(resolver=resolver))
    assert trusted.status == "ok" and trusted.publisher_hint == "Secure", trusted
    assert tls_server.log[0].headers["host"] == f"secure.example:{tls_server.port}"
    assert "secure.example" in tls_server.sni and "other.example" in tls_server.sni
    assert wrong_name.status == "tls error" and "certificate" in wrong_name.error, wrong_name
    assert untrusted.status == "tls error" and "certificate" in untrusted.error, untrusted
    assert len(tls_server.log) == 1


def test_invalid_and_non_web_urls():
    results = fetch_all_sync(["http://exa mple.com:99999/", "mailto:someone@un.org", "file:///etc/passwd"], opts())
    assert [r.status for r in results] == ["error", "blocked", "blocked"]


def test_429_with_retry_after_is_retried(server):
    hits = []

    async def limited(request, writer):
        hits.append(time.monotonic())
        if len(hits) == 1:
            await respond(request, writer, 429, b"slow down", ("Retry-After: 5",), reason="Too Many Requests")
        else:
            await respond(request, writer, 200, b"<title>Finally</title>", ("Content-Type: text/html",))

    server.routes["/limited"] = limited
    server.routes["/busy"] = page("busy", status=503, extra=("Retry-After: 0",))
    results = fetch_all_sync([server.url("/limited"), server.url("/busy")], opts(retry_after_cap=0.3, retries=2))
    assert results[0].status == "ok" and results[0].publisher_hint == "Finally"
    assert len(hits) == 2 and hits[1] - hits[0] >= 0.28  # waited Retry-After (5 s asked), capped at 0.3
    assert results[0].error is None
    assert results[1].status == "server error" and server.paths().count("/busy") == 3


def test_head_when_metadata_is_not_needed_and_get_when_head_is_refused(server):
    async def no_head(request, writer):
        if request.method == "HEAD":
            await respond(request, writer, 405, b"", reason="Method Not Allowed")
        else:
            await respond(request, writer, 200, b"<title>T</title>", ("Content-Type: text/html",))

    server.routes["/no-head"] = no_head
    server.routes["/head-ok"] = page("<title>T</title>")
    server.routes["/needs"] = page("<title>Needed</title>")
    needs = lambda url: url.endswith("/needs")  # noqa: E731
    results = fetch_all_sync([server.url(p) for p in ("/no-head", "/head-ok", "/needs")], opts(needs_body=needs))
    assert [r.status for r in results] == ["ok"] * 3
    assert [(r.method, r.path) for r in server.log if r.path == "/no-head"] == [("HEAD", "/no-head"),
                                                                                 ("GET", "/no-head")]
    assert [r.method for r in server.log if r.path == "/head-ok"] == ["HEAD"]
    assert results[0].publisher_hint is None and not results[0].body_read
    assert results[2].publisher_hint == "Needed" and results[2].body_read
    assert one(server.url("/head-ok", host="localhost"), head_hosts={"localhost"},
               resolver=mapping(localhost="127.0.0.1")).body_read is False
    assert server.log[-1].method == "HEAD"


# -- the cache


def test_second_run_is_served_from_the_cache(server, tmp_path):
    server.routes["/a"] = redirect("/b")
    server.routes["/b"] = page('<meta property="og:site_name" content="OHCHR">')
    server.routes["/err"] = page("x", status=500)
    path = tmp_path / "online.sqlite3"
    urls = [server.url("/a"), server.url("/err")]
    first = fetch_all_sync(urls, opts(cache=True, cache_path=path))
    asked = len(server.log)
    second = fetch_all_sync(urls, opts(cache=True, cache_path=path))
    assert server.paths()[asked:] == ["/err"]  # only the transient failure is asked again
    assert second[0].from_cache and not first[0].from_cache
    assert (second[0].status, second[0].chain, second[0].hints) == (first[0].status, first[0].chain, first[0].hints)
    fetch_all_sync(urls[:1], opts(cache=True, cache_path=path, cache_ttl=0))
    assert server.paths()[-2:] == ["/a", "/b"]  # expired
    assert clear_cache(path) is True and not path.exists() and clear_cache(path) is False


def test_a_cached_head_answer_is_not_enough_when_metadata_is_needed(server, tmp_path):
    server.routes["/p"] = page('<meta property="og:site_name" content="UNHCR">')
    path = tmp_path / "c.sqlite3"
    fetch_all_sync([server.url("/p")], opts(cache=True, cache_path=path, needs_body=lambda u: False))
    result = one(server.url("/p"), cache=True, cache_path=path)
    assert server.paths("GET") == ["/p"] and result.publisher_hint == "UNHCR" and not result.from_cache


def test_an_unusable_cache_is_skipped(server, tmp_path):
    server.routes["/p"] = page("<title>T</title>")
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    assert one(server.url("/p"), cache=True, cache_path=blocker / "c.sqlite3").status == "ok"


# -- order, duplicates, progress, cancellation


def test_input_order_duplicates_and_progress(server):
    async def slow(request, writer):
        await asyncio.sleep(0.3)
        await respond(request, writer, 200, b"<title>Slow</title>", ("Content-Type: text/html",))

    server.routes["/slow"] = slow
    server.routes["/fast"] = page("<title>Fast</title>")
    seen: list[Fetched] = []
    urls = [server.url("/slow"), server.url("/fast"), server.url("/fast")]
    results = fetch_all_sync(urls, opts(), progress=seen.append)
    assert [r.publisher_hint for r in results] == ["Slow", "Fast", "Fast"]
    assert [r.index for r in results] == [0, 1, 2]
    assert [f.index for f in seen][-1] == 0  # the slow one finished last
    assert sorted(f.index for f in seen) == [0, 1, 2]
    assert server.paths().count("/fast") == 1  # duplicates are fetched once
    assert results[1] is not results[2]


def test_cancelling_keeps_what_finished(server):
    async def hang(request, writer):
        await server.stopping.wait()
        return False

    server.routes["/hang"] = hang
    server.routes["/fast"] = page("<title>Fast</title>")

    async def main():
        seen = []
        first = asyncio.Event()

        def progress(fetched):
            seen.append(fetched)
            first.set()

        task = asyncio.ensure_future(fetch_all([server.url("/hang?1"), server.url("/fast"), server.url("/hang?2")],
                                               opts(timeout=30), progress))
        await asyncio.wait_for(first.wait(), 2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task  # the hanging requests (30 s timeout) are cancelled, not waited for
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        return seen, others

    seen, others = asyncio.run(main())
    assert [f.publisher_hint for f in seen] == ["Fast"] and others == []


def test_ctrl_c_in_the_sync_api_carries_the_finished_results(server):
    server.routes["/fast"] = page("<title>Fast</title>")

    async def hang(request, writer):
        await server.stopping.wait()
        return False

    server.routes["/hang"] = hang

    def progress(fetched):
        raise KeyboardInterrupt

    with pytest.raises(Interrupted) as caught:
        fetch_all_sync([server.url("/hang"), server.url("/fast")], opts(timeout=30), progress=progress)
    assert isinstance(caught.value, KeyboardInterrupt)
    assert caught.value.results[0] is None and caught.value.results[1].publisher_hint == "Fast"


def test_a_real_ctrl_c_stops_the_run_and_keeps_what_finished():
    script = """
import json, os, signal, socket
from evidence_check.online import Interrupted, Options, fetch_all_sync
silent = socket.socket(); silent.bind(("127.0.0.1", 0)); silent.listen()  # accepts, never answers
closed = socket.socket(); closed.bind(("127.0.0.1", 0)); port = closed.getsockname()[1]; closed.close()
def progress(fetched):  # the refused one finishes at once; Ctrl-C arrives while the other hangs
    os.kill(os.getpid(), signal.SIGINT)
try:
    fetch_all_sync([f"http://127.0.0.1:{port}/", f"http://127.0.0.1:{silent.getsockname()[1]}/"],
                   Options(allow_private=True, cache=False, timeout=30), progress=progress)
except Interrupted as stop:
    print(json.dumps([r and r.status for r in stop.results]))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == ["refused", None]
    assert "Traceback" not in out.stderr and "never retrieved" not in out.stderr


# -- the boundary: offline never imports the HTTP client


def test_offline_code_never_imports_the_http_client():
    code = ("import sys, evidence_check, evidence_check.cli, evidence_check.online, evidence_check.online.meta;"
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('httpx', 'httpcore', 'aiohttp'))))")
    out = subprocess.run([sys.executable, "-c", "import json;" + code], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == []
    for path in SRC.rglob("*.py"):
        if "online" not in path.relative_to(SRC).parts:
            assert "aiohttp" not in path.read_text(encoding="utf-8"), path


def test_meta_decoding_units():
    assert meta.decode(b"\xef\xbb\xbfhi")[0] == "hi"
    assert meta.decode("é".encode("utf-8")[:1])[0] == ""  # a character cut at the limit is not an error
    assert meta.decode(b"caf\xe9 au lait")[0] == "café au lait"  # not UTF-8: windows-1252
    assert meta.decode(b"x", "text/html; charset=nonsense-9")[1] == "utf-8"
    assert meta.title_names("News | BBC") == ["News | BBC", "BBC", "News"]
    assert meta.read(b'<script type="application/ld+json">{broken</script><title>T</title>').hints == [("title", "T")]


_PAGE_HEAD = ('<!doctype html><html><head><meta charset="utf-8"><title>Story | Daily Example</title>'
              '<meta property="og:site_name" content="Daily Example"><meta property="og:type" content="article">'
              '</head>')


@pytest.mark.parametrize("body", [
    "<body><p>Plain text.</p>" + "<div class='byline'>By Jane Doe</div><p>More.</p>" * 50 + "</body></html>",
    # what the body may still hold for read(): JSON-LD, <meta> tags, a late <title>
    '<body><script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"name": "Example Media"}}'
    '</script><p>Text</p><meta name="citation_publisher" content="Example Press"></body>',
    '<BODY class=x><Script Type="application/ld+json">[{"@graph": [{"@type": "Organization", "name": "Org"}]}]'
    "</SCRIPT><title>Late title</title></BODY>",
    "<body><p>A page with no head</p><meta property='og:site_name' content='Body Site'>",
])
def test_a_page_without_reuters_is_read_from_its_head_and_tags_as_if_whole(monkeypatch, body):
    """read() skips the body's paragraphs when no Reuters mark can be in it; what it reports is
    what a whole parse reports."""
    for page in (_PAGE_HEAD + body, body):
        fast = meta.read(page.encode())
        monkeypatch.setattr(meta, "_ANY_REUTERS", re.compile(""))  # matches anything: the whole page
        whole = meta.read(page.encode())
        monkeypatch.undo()
        assert fast == whole
        assert fast.hints or not page.startswith(_PAGE_HEAD)  # with its head, every page gives hints


def test_a_page_that_names_reuters_anywhere_is_read_whole():
    page = _PAGE_HEAD + "<body>" + "<p>Filler.</p>" * 30 + "<p>LONDON (Reuters) - Something happened.</p></body>"
    assert meta.read(page.encode()).reuters_evidence is not None


@pytest.mark.parametrize("address", ["192.0.0.8", "192.0.0.9", "100.64.0.1", "198.18.0.1", "192.88.99.1",
                                     "240.0.0.1", "3fff::1", "5f00::1", "64:ff9b:1::1", "2001:db8::1",
                                     "::ffff:192.0.0.8", "100::1"])
def test_every_special_purpose_address_is_refused_whatever_python_says(address):
    """The guard's own IANA table (issue 18, item 10): not Python's version-dependent is_private."""
    assert refusal(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "151.101.1.140", "2001:4860:4860::8888",
                                     "2606:4700:4700::1111"])
def test_public_addresses_pass_the_guard(address):
    assert refusal(ipaddress.ip_address(address)) is None


def test_a_cache_locked_by_another_process_costs_nothing_but_a_note(server, tmp_path, capsys):
    """Another process holding the cache's write lock (issue 18, item 9): links are still fetched, at
    full speed, none turns into a timeout, and the cache's trouble is said once."""
    import sqlite3
    import time as clock

    for n in range(4):
        server.routes[f"/p{n}"] = page(f"<title>T{n}</title>")
    path = tmp_path / "c.sqlite3"
    assert one(server.url("/p0"), cache=True, cache_path=path).status == "ok"  # the cache exists
    holder = sqlite3.connect(path, timeout=0.1)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")  # nobody else may read or write now
    try:
        started = clock.monotonic()
        results = fetch_all_sync([server.url(f"/p{n}") for n in range(4)],
                                 opts(cache=True, cache_path=path))
        elapsed = clock.monotonic() - started
    finally:
        holder.rollback()
        holder.close()
    assert [r.status for r in results] == ["ok"] * 4
    assert elapsed < 10, elapsed  # was 83 s for a 15 s run: a 2 s busy wait per call, on the event loop
    assert capsys.readouterr().err.count("the online cache could not be used fully") == 1


def test_json_ld_nested_deeper_than_a_parser_can_go_is_skipped_not_an_error(server):
    """A page whose JSON-LD nests 100,000 levels deep is still a live link (issue 18, item 10)."""
    deep = "[" * 100_000 + "]" * 100_000
    server.routes["/deep"] = page('<html><head><script type="application/ld+json">' + deep +
                                  '</script><meta property="og:site_name" content="OHCHR"></head></html>')
    result = one(server.url("/deep"))
    assert result.status == "ok" and result.error is None
    assert result.publisher_hint == "OHCHR"

"""Online mode, issue 16: the admissible sources a page cites, what a page may say about itself,
knowing when the network is down, and proxies.

Every request goes to servers these tests start on 127.0.0.1, serving pages saved under
tests/fixtures/online/ or built here; names are resolved by an injected resolver (in
process) or not at all (in the CLI runs, where a sitecustomize lets sockets reach loopback
only and refuses DNS for names). Nothing reaches the internet.
"""

from __future__ import annotations


import json
import os
import select
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import FIXTURES, seeded_cache
from test_online import _loopback_only  # noqa: F401 - a fixture: connections to loopback only, no DNS
from test_online import mapping as resolver  # injected DNS: name -> address(es); `.calls` lists the names asked
from evidence_check import Checker, Context
from evidence_check.online import NOT_CHECKED, Fetched, Options, fetch_all_sync, pagelinks
from evidence_check.online_check import FailOnDead, check_online, verdict_after_fetch
from evidence_check.report.formats import PlainTableWriter
from evidence_check.report.records import Recorder, Tally
from evidence_check.run import FailOn
from evidence_check.urls import parse

PAGES = FIXTURES / "online"
TRUSTED = ("un", "government", "ngo", "reuters", "state_media")


@pytest.fixture(autouse=True)
def _no_proxy_from_the_shell(monkeypatch):
    """Loopback connections only (test_online's fixture), and no proxy from the caller's shell."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy",
                 "no_proxy"):
        monkeypatch.delenv(name, raising=False)


# -- servers on 127.0.0.1


class Site:
    """An HTTP server on 127.0.0.1 serving routes: path -> (status, headers, body)."""

    def __init__(self):
        self.routes: dict[str, tuple[int, dict, bytes]] = {}
        self.log: list[tuple[str, str, str]] = []  # (method, path, Host header)
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's naming
                site.log.append((self.command, self.path, self.headers.get("Host", "")))
                status, headers, body = site.routes.get(self.path.split("?", 1)[0], (404, {}, b"not here"))
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            do_HEAD = do_GET

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def page(self, path: str, html: str | bytes, status: int = 200) -> str:
        body = html.encode() if isinstance(html, str) else html
        self.routes[path] = (status, {"Content-Type": "text/html; charset=utf-8"}, body)
        return self.url(path)

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class Proxy:
    """A forward proxy on 127.0.0.1: absolute-form requests are answered from `pages` (full URL ->
    HTML) or forwarded to `upstream` (host -> local port); CONNECT host:port is tunnelled to
    `upstream[host]`. Every request line is logged. Nothing leaves the machine."""

    def __init__(self):
        self.pages: dict[str, str] = {}
        self.upstream: dict[str, int] = {}
        self.log: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                proxy.log.append(f"{self.command} {self.path}")
                html = proxy.pages.get(self.path)
                body = html.encode() if html is not None else b"no such page"
                self.send_response(200 if html is not None else 502)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            do_HEAD = do_GET

            def do_CONNECT(self):  # noqa: N802
                proxy.log.append(f"CONNECT {self.path}")
                host = self.path.rsplit(":", 1)[0]
                if host not in proxy.upstream:
                    self.send_error(403, "not allowed")
                    return
                upstream = socket.socket()
                upstream.connect(("127.0.0.1", proxy.upstream[host]))
                self.send_response(200, "Connection established")
                self.end_headers()
                sockets = [self.connection, upstream]
                try:
                    while True:
                        readable, _, _ = select.select(sockets, [], [], 5)
                        if not readable:
                            break
                        for sock in readable:
                            data = sock.recv(65536)
                            if not data:
                                return
                            (upstream if sock is self.connection else self.connection).sendall(data)
                finally:
                    upstream.close()

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def site():
    s = Site()
    yield s
    s.stop()


@pytest.fixture
def proxy():
    p = Proxy()
    yield p
    p.stop()


def opts(**kwargs) -> Options:
    base = dict(allow_private=True, cache=False, timeout=2.0, retries=0)
    base.update(kwargs)
    return Options(**base)


def run_online(rules, urls, options, context=None, alternatives=5, verify=False):
    rows = []
    check_online(Checker(rules, context or Context()), [(u, n) for n, u in enumerate(urls, 1)], options,
                 rows.append, alternatives=alternatives, verify=verify)
    return rows


def fixture(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def record(rules, verdict) -> dict:
    return Recorder(rules.countries)(verdict)


# -- a Wikipedia-like article: its reference list, not its navigation


def test_a_wikipedia_article_cites_admissible_sources_strongest_first(rules, site):
    url = site.page("/wiki/Human_trafficking_in_Freedonia", fixture("wiki_article.html"))
    context = Context(cited_by="UKR", about=("RUS",))
    [row] = run_online(rules, [url], opts(), context, alternatives=10)
    r = record(rules, row)
    # the row: an unknown host whose metadata names Wikipedia: rejected, and said to be from the page
    assert (r["category"], r["publisher"], r["publisher_from"]) == ("rejected", "Wikipedia", "page metadata")
    found = r["alternatives"]
    assert [(a["category"], a["url"]) for a in found] == [
        ("un", "https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_2022_web.pdf"),
        ("un", "https://undocs.org/S/RES/2388(2017)"),
        ("un", "https://www.unhcr.org/global-trends-report-2022"),
        ("reuters", "https://www.reuters.com/world/un-says-trafficking-victims-rise-2023-07-30/"),
        ("ngo", "https://www.hrw.org/report/2022/05/10/freedonia-labour-camps"),
        ("government", "https://www.state.gov/reports/2023-trafficking-in-persons-report/freedonia/"),
        ("government", "https://mid.ru/en/foreign_policy/news/1899512/"),
        ("state_media", "https://tass.com/politics/1650123"),
    ]
    by_url = {a["url"]: a for a in found}
    unodc = found[0]
    assert unodc["publisher"] == "United Nations Office on Drugs and Crime" and unodc["verdict"] == "admissible"
    assert "Global Report on Trafficking in Persons 2022" in unodc["from"] and unodc["found_in"] == "reference"
    assert "^" not in unodc["from"]  # the back-links are not reference text
    symbol = found[1]
    assert symbol["document"] == "S/RES/2388 (2017)" and symbol["found_in"] == "document"
    assert "resolution S/RES/2388 (2017)" in symbol["from"]
    russia = by_url["https://mid.ru/en/foreign_policy/news/1899512/"]
    assert russia["owner"] == "RUS" and russia["owner_name"]
    assert by_url["https://www.state.gov/reports/2023-trafficking-in-persons-report/freedonia/"]["owner"] == "USA"
    assert by_url["https://tass.com/politics/1650123"]["owner"] == "RUS"
    assert russia["contest"] == "any member except Russia and Ukraine"  # deniable: who may deny it, in words
    shown = " ".join(a["url"] for a in found)
    for ignored in ("nytimes.com", "un.org/en", "unicef.org", "ohchr.org", "ilo.org", "reuters.com/navbox",
                    "unesco.org", "who.int", "wikipedia.org", "web.archive.org", "state.gov/hatnote"):
        assert ignored not in shown, ignored  # a newspaper, and links in navigation, sidebars, footers
    assert len({a["url"] for a in found}) == len(found)  # each URL once (the archived copy is the same report)


def test_at_most_n_alternatives_and_none_when_switched_off(rules, site):
    url = site.page("/wiki/A", fixture("wiki_article.html"))
    [five] = run_online(rules, [url], opts())
    assert [a["category"] for a in record(rules, five)["alternatives"]] == ["un", "un", "un", "reuters", "ngo"]
    [two] = run_online(rules, [url], opts(), alternatives=2)
    assert len(record(rules, two)["alternatives"]) == 2
    [off] = run_online(rules, [url], opts(), alternatives=0)
    assert record(rules, off)["alternatives"] is None


def test_the_line_under_the_row_and_offline_rows_unchanged(rules, site):
    url = site.page("/wiki/A", fixture("wiki_article.html"))
    [row] = run_online(rules, [url], opts())
    offline = Checker(rules).check("https://www.un.org/en/")
    out = _plain(rules, [row, offline])
    line = next(text for text in out.splitlines() if "\u21b3" in text)
    assert line.strip().startswith("\u21b3 cites 5 admissible sources: unodc.org (un); S/RES/2388 (2017) (un); ")
    assert line.endswith("\u2026")
    assert len(line.rstrip()) <= 100  # one line, cut to the table's width
    assert out.count("\u21b3") == 1
    assert "alternatives" not in record(rules, offline)
    assert b"alternatives" not in Recorder(rules.countries).json_line(offline)
    assert json.loads(Recorder(rules.countries).json_line(row))["alternatives"] == record(rules, row)["alternatives"]


def _plain(rules, verdicts) -> str:
    import io

    out = io.StringIO()
    meta = {"ruleset": {"id": "default", "title": "t", "bundled": True}, "context": {"text": ""}}
    writer = PlainTableWriter(out, meta, rules.countries, width=100)  # not the terminal running the tests
    tally = Tally()
    for verdict in verdicts:
        tally.add(verdict)
        writer.row(verdict)
    writer.end(tally, 0)
    return out.getvalue()


def test_an_admissible_row_gets_no_alternatives_and_a_contestable_one_does(rules, site):
    resolve = resolver(**{"www.unodc.org": "127.0.0.1", "mid.ru": "127.0.0.1"})
    body = fixture("wiki_article.html").replace('"wgPageName"', '"x"')
    site.page("/un", body)
    site.page("/mfa", body)
    un, mfa = run_online(rules, [site.url("/un", "www.unodc.org"), site.url("/mfa", "mid.ru")],
                         opts(resolver=resolve), Context(cited_by="UKR", about=("RUS",)))
    assert un.category.key == "un" and record(rules, un)["alternatives"] is None
    assert mfa.category.key == "government" and mfa.contestable
    assert record(rules, mfa)["alternatives"][0]["category"] == "un"


# -- a news story: the links in its body, and the documents it names


def test_a_news_story_links_a_un_report(rules, site):
    url = site.page("/2023/01/24/trafficking-record", fixture("news_story.html"))
    [row] = run_online(rules, [url], opts())
    r = record(rules, row)
    assert r["category"] == "rejected" and r["publisher_from"] == "page metadata"
    assert any("news outlet by its page metadata" in note for note in r["notes"])
    found = r["alternatives"]
    assert [(a["category"], a["found_in"]) for a in found] == [("un", "link"), ("un", "document")]
    assert found[0]["url"].startswith("https://www.unodc.org/unodc/en/frontpage/2023/January/")
    assert found[0]["from"] == "a UN report released on Tuesday"
    assert found[1]["document"] == "S/RES/2331 (2016)" and "Security Council resolution" in found[1]["from"]
    shown = json.dumps(found)
    for ignored in ("reuters.com", "un.org/en", "ohchr.org", "unicef.org", "state.gov", "theguardian", "facebook"):
        assert ignored not in shown, ignored


def test_news_markup_on_a_host_the_registry_knows_changes_nothing(rules, site):
    resolve = resolver(**{"www.unodc.org": "127.0.0.1"})
    url = site.page("/story", fixture("news_story.html"))
    [row] = run_online(rules, [url.replace("127.0.0.1", "www.unodc.org")], opts(resolver=resolve))
    assert row.category.key == "un" and row.link.publisher_from == "url"


# -- a page cannot promote itself


CLAIMS = {
    "government-organization": fixture("government_claim.html"),
    "site-name-un-body": '<meta property="og:site_name" content="United Nations Office on Drugs and Crime">',
    "site-name-ministry": '<meta property="og:site_name" content="Ministry of Foreign Affairs of Japan">',
    "citation-publisher": '<meta name="citation_publisher" content="U.S. Department of State">',
    "json-ld-ngo": '<script type="application/ld+json">{"@type":"NGO","name":"Human Rights Watch",'
                   '"publisher":{"@type":"NGO","name":"Human Rights Watch"}}</script>',
    "state-media-name": '<meta property="og:site_name" content="TASS"><title>TASS</title>',
    "reuters-byline": '<div class="byline">By Reuters Staff</div><p>GENEVA (Reuters) - The UN said...</p>',
    "reuters-json-ld": '<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Reuters"},'
                       '"publisher":{"@type":"Organization","name":"Reuters"}}</script>',
    "news-article-by-a-government": '<script type="application/ld+json">{"@type":"NewsArticle","publisher":'
                                    '{"@type":"GovernmentOrganization","name":"Freedonia Press Office"}}</script>',
    "title-un": "<title>Global Report on Trafficking in Persons | UNODC</title>",
}


@pytest.mark.parametrize("name", sorted(CLAIMS))
def test_a_page_cannot_promote_itself_to_a_trusted_class(rules, site, name):
    url = site.page(f"/{name}", CLAIMS[name])
    [row] = run_online(rules, [url], opts(), Context(cited_by="FRA", about=("USA",)))
    r = record(rules, row)
    assert r["category"] not in TRUSTED, (name, r["category"], r["matched_by"])
    assert r["category"] == "unlisted" and r["verdict"] == "discretion"
    assert r["publisher_from"] is None
    assert r["notes"], name  # what the page claimed is said, as a note


def test_a_government_organization_claim_is_a_note_only(rules, site):
    url = site.page("/statement", fixture("government_claim.html"))
    [row] = run_online(rules, [url], opts())
    r = record(rules, row)
    assert r["category"] == "unlisted" and r["owner"] is None
    assert any("GovernmentOrganization" in note and "anyone can write" in note for note in r["notes"])
    assert [a["category"] for a in r["alternatives"]] == ["un"]  # what it links to can still help


def test_a_newspaper_named_by_the_page_is_a_news_outlet(rules, site):
    url = site.page("/daily", '<meta property="og:type" content="article">'
                              '<meta property="og:site_name" content="The Metropolis Chronicle">')
    [row] = run_online(rules, [url], opts())
    r = record(rules, row)
    assert (r["category"], r["publisher_from"]) == ("rejected", "page metadata")
    assert any("news outlet" in note and "og:type article" in note for note in r["notes"])
    plain = site.page("/plain", '<meta property="og:type" content="article">'
                                '<meta property="og:site_name" content="Freedonia Policy Institute">')
    [other] = run_online(rules, [plain], opts())
    assert other.category.key == "unlisted"  # og:type article alone is not a newspaper (think tanks, blogs)


# -- knowing when the network is down


def down(*names):
    calls = []

    async def resolve(host, port):
        calls.append(host)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    resolve.calls = calls
    return resolve


URLS = ["https://www.un.org/en/", "https://en.wikipedia.org/wiki/Human_trafficking", "https://www.reuters.com/world/",
        "https://tass.com/politics/1", "https://freedonia-policy.example/report"]


def test_network_down_gives_offline_verdicts_and_not_checked(rules, capsys):
    resolve = down()
    rows = run_online(rules, URLS * 40 + [f"https://site{n}.example/" for n in range(200)],
                      opts(resolver=resolve, concurrency=2, per_host=1))
    checker = Checker(rules)
    for row, url in zip(rows, URLS * 40):
        offline = checker.check(url)
        assert (row.category.key, row.verdict) == (offline.category.key, offline.verdict)
        assert row.link.status == NOT_CHECKED and "network looks unreachable" in row.link.error
        assert not any("dead link" in note for note in row.notes)
        assert row.link.alternatives is None
    assert {row.link.status for row in rows} == {NOT_CHECKED}
    assert len(resolve.calls) <= 5  # stopped early: 205 unique hosts, a handful asked
    err = capsys.readouterr().err
    assert err.count("network looks unreachable") == 1 and "205 links not checked" in err


def test_one_url_that_does_not_exist_is_a_dead_link_not_a_network_down(rules, capsys):
    [row] = run_online(rules, ["https://www.un.org/gone-for-good"], opts(resolver=resolver()))
    assert row.link.status == "dns failure" and any("dead link" in note for note in row.notes)
    assert "unreachable" not in capsys.readouterr().err


def test_failures_after_an_answer_are_reported_as_they_are(rules, site, capsys):
    site.page("/ok", "<title>ok</title>")
    rows = run_online(rules, [site.url("/ok")] + [f"https://gone{n}.example/" for n in range(5)],
                      opts(resolver=resolver()))
    assert [row.link.status for row in rows] == ["ok"] + ["dns failure"] * 5
    assert "unreachable" not in capsys.readouterr().err


def test_fail_on_dead_is_a_dead_link_to_an_admissible_source(rules):
    checker = Checker(rules)

    def after(url, status, code=None):
        return verdict_after_fetch(checker, parse(url), Fetched(url=url, status=status, chain=[url], http_status=code))

    dead = after("https://www.unodc.org/documents/gone.pdf", "not found", 404)
    unchecked = after("https://www.unodc.org/documents/gone.pdf", NOT_CHECKED)
    dead_wiki = after("https://en.wikipedia.org/wiki/Gone", "not found", 404)
    policy = FailOnDead(FailOn.parse("none"))
    assert policy(dead) and not policy(unchecked) and not policy(dead_wiki)
    assert FailOnDead(FailOn.parse("rejected"))(dead_wiki)
    assert unchecked.link.status == NOT_CHECKED and unchecked.verdict == "admissible"


# -- proxies


def test_a_proxy_from_the_environment_with_the_guard_on_the_target(rules, site, proxy, monkeypatch):
    story = fixture("news_story.html")
    proxy.pages["http://news.example/2023/story"] = story
    site.page("/direct", "<title>direct</title>")
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "direct.example")
    resolve = resolver(**{"news.example": "93.184.216.34", "intranet.example": "10.0.0.5",
                          "direct.example": "127.0.0.1"})
    options = opts(allow_private=False, allow_networks=(), resolver=resolve)
    urls = ["http://news.example/2023/story", "http://intranet.example/admin", f"http://127.0.0.1:{site.port}/direct"]
    rows = run_online(rules, urls, options)
    news, intranet, loopback = rows
    assert news.link.status == "ok" and news.category.key == "rejected"  # through the proxy, by its metadata
    assert [a["category"] for a in record(rules, news)["alternatives"]] == ["un", "un"]
    assert intranet.link.status == "blocked" and "10.0.0.5" in intranet.link.error
    assert loopback.link.status == "blocked"  # the proxy is on 127.0.0.1; a link to 127.0.0.1 is still refused
    assert proxy.log == ["GET http://news.example/2023/story"]  # the refused ones never reached the proxy
    assert "news.example" in resolve.calls  # the target's name was still resolved and checked here
    # NO_PROXY: straight to the host (allowed here by network), not through the proxy
    direct = opts(allow_private=False, allow_networks=("127.0.0.1/32",), resolver=resolve)
    [row] = run_online(rules, [site.url("/direct", "direct.example")], direct)
    assert row.link.status == "ok" and proxy.log == ["GET http://news.example/2023/story"]
    assert site.log[-1][2] == f"direct.example:{site.port}"


def test_https_through_a_proxy_tunnel(rules, proxy, tmp_path):
    import shutil
    import ssl

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=secure.example",
                    "-addext", "subjectAltName=DNS:secure.example"], check=True, capture_output=True, timeout=20)
    server = Site()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server.httpd.socket = context.wrap_socket(server.httpd.socket, server_side=True)
    server.page("/secure", '<meta property="og:site_name" content="Secure">')
    try:
        proxy.upstream["secure.example"] = server.port
        resolve = resolver(**{"secure.example": "93.184.216.34"})
        options = opts(allow_private=False, resolver=resolve, ca_bundle=cert,
                       proxies={"https": proxy.url})
        [fetched] = fetch_all_sync(["https://secure.example/secure"], options)
        assert fetched.status == "ok" and fetched.publisher_hint == "Secure", fetched
        assert proxy.log == ["CONNECT secure.example:443"]  # the proxy is given the name
    finally:
        server.stop()


def test_a_proxy_that_cannot_be_reached_is_a_network_down(rules, capsys):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    resolve = resolver(**{f"site{n}.example": "93.184.216.34" for n in range(4)})
    rows = run_online(rules, [f"http://site{n}.example/" for n in range(4)],
                      opts(allow_private=False, resolver=resolve, proxies={"http": f"http://127.0.0.1:{port}"}))
    assert {row.link.status for row in rows} == {NOT_CHECKED}
    assert "proxy" in rows[0].link.error
    assert capsys.readouterr().err.count("network looks unreachable") == 1


# -- --verify-alternatives, and the cache


def test_verify_alternatives_checks_each_once(rules, site):
    port = site.port
    site.page("/report", "<title>report</title>")
    page = (f'<ol class="references"><li><cite><a href="http://www.unodc.org:{port}/report">UNODC report</a></cite></li>'
            f'<li><cite><a href="http://www.reuters.com:{port}/gone">Reuters story</a></cite></li></ol>')
    url = site.page("/wiki/B", page)
    resolve = resolver(**{"www.unodc.org": "127.0.0.1", "www.reuters.com": "127.0.0.1"})
    [row] = run_online(rules, [url], opts(resolver=resolve), verify=True)
    found = record(rules, row)["alternatives"]
    assert [(a["category"], a["link_status"]) for a in found] == [("un", "ok"), ("reuters", "not found")]
    assert [m for m, p, _ in site.log if p in ("/report", "/gone")] == ["HEAD", "HEAD"]
    [unverified] = run_online(rules, [url], opts(resolver=resolve))
    assert [a["link_status"] for a in record(rules, unverified)["alternatives"]] == [None, None]


def test_what_a_page_cites_is_cached_with_it(rules, site, tmp_path):
    url = site.page("/wiki/C", fixture("wiki_article.html"))
    path = tmp_path / "online.sqlite3"
    first = run_online(rules, [url], opts(cache=True, cache_path=path))
    asked = len(site.log)
    second = run_online(rules, [url], opts(cache=True, cache_path=path))
    assert len(site.log) == asked and second[0].link.from_cache
    assert record(rules, first[0])["alternatives"] == record(rules, second[0])["alternatives"]
    # a page cached without what it cites (alternatives were off) is read again when they are wanted
    other = site.page("/wiki/D", fixture("wiki_article.html"))
    run_online(rules, [other], opts(cache=True, cache_path=path), alternatives=0)
    asked = len(site.log)
    [again] = run_online(rules, [other], opts(cache=True, cache_path=path))
    assert len(site.log) == asked + 1 and record(rules, again)["alternatives"]


# -- reading pages: bounded and robust


def test_page_reading_is_bounded_on_hostile_markup():
    base = "https://news.example/story"
    hostile = [
        "<a href='https://www.un.org/x'" * 50_000,  # tags never closed
        "<article>" + "<div class='x'>" * 50_000 + "<a href='https://www.un.org/'>UN</a>",  # never closed
        "<!--" + "<a href='https://www.un.org/'>" * 20_000,  # an endless comment
        "<ol class='references'>" + "<li><cite>S/RES/" * 30_000,
        "<a href=https://www.un.org/a>" * 60_000,  # links left open
    ]
    for text in hostile:
        started = time.perf_counter()
        pagelinks.read(text[:2_000_000], base)
        assert time.perf_counter() - started < 5, text[:40]


def test_page_reading_units():
    read = pagelinks.read
    page = read('<base href="https://other.example/"><body><nav><a href="https://www.un.org/">UN</a></nav>'
                '<p>See <a href="https://www.unicef.org/report">the report</a> and <a href="/local">ours</a>'
                ' and <a href="//www.who.int/x" title="WHO fact sheet"></a>.</p><footer>'
                '<a href="https://www.state.gov/">State</a></footer></body>', "https://news.example/a")
    assert page.kind == "page"
    assert page.candidates == [("link", "https://www.unicef.org/report", "the report"),
                               ("link", "https://www.who.int/x", "WHO fact sheet")]
    assert read("", "https://x.example/").candidates == []
    assert read("<a href='javascript:alert(1)'>x</a><a href='mailto:a@un.org'>y</a>", "https://x.example/").candidates == []
    same_site = read('<article><a href="https://www.news.example/other">more</a></article>', "https://news.example/a")
    assert same_site.kind == "article" and same_site.candidates == []
    entity = read('<article><a href="https://www.un.org/a?x=1&amp;y=2">A &amp; B</a></article>', "https://n.example/")
    assert entity.candidates == [("link", "https://www.un.org/a?x=1&y=2", "A & B")]
    text = "see A/RES/70/1 and S/PV.7526 (2015) or A/B or https://undocs.org/S/RES/1 or XS/RES/1"
    assert pagelinks.symbols(text) == [(4, 14, "A/RES/70/1"), (19, 35, "S/PV.7526 (2015)")]


# -- the command line


LOOPBACK_ONLY = '''\
import socket, ipaddress
_connect = socket.socket.connect
def _loopback(self, address, *args):
    host = address[0] if isinstance(address, tuple) else address
    try:
        if ipaddress.ip_address(str(host).split("%")[0]).is_loopback:
            return _connect(self, address, *args)
    except ValueError:
        pass
    raise OSError("evidence-check test: network access attempted")
_getaddrinfo = socket.getaddrinfo
def _numeric_only(host, *args, **kwargs):
    try:
        ipaddress.ip_address(host)
    except ValueError:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known (test)")
    return _getaddrinfo(host, *args, **kwargs)
socket.socket.connect = _loopback
socket.getaddrinfo = _numeric_only
'''


def cli(exe, tmp_path, *args, env=None):
    guard = tmp_path / "loopback"
    guard.mkdir(exist_ok=True)
    (guard / "sitecustomize.py").write_text(LOOPBACK_ONLY, encoding="utf-8")
    environment = {key: value for key, value in os.environ.items() if "proxy" not in key.lower()}
    environment.update({"EVIDENCE_CHECK_CACHE_DIR": str(seeded_cache(tmp_path / "cache")),
                        "PYTHONPATH": str(guard), "COLUMNS": "100", **(env or {})})
    return subprocess.run([exe, "check", *args], capture_output=True, timeout=60, env=environment)


def test_cli_wikipedia_article_json_and_table(exe, site, tmp_path):
    url = site.page("/wiki/Human_trafficking_in_Freedonia", fixture("wiki_article.html"))
    result = cli(exe, tmp_path, "--online", "--allow-private", "--format", "jsonl", "--max-alternatives", "3",
                 "--cited-by", "Ukraine", "--about", "Russia", url, "https://www.un.org/en/")
    assert result.returncode == 1, result.stderr.decode()  # the Wikipedia article is rejected
    wiki, un = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [a["category"] for a in wiki["alternatives"]] == ["un", "un", "un"]
    assert un["alternatives"] is None  # an admissible row needs none (its link: a DNS failure here)
    offline = cli(exe, tmp_path, "--format", "jsonl", url)
    assert "alternatives" not in json.loads(offline.stdout)
    table = cli(exe, tmp_path, "--online", "--allow-private", "--format", "plain", url)
    assert "\u21b3 cites 5 admissible sources: unodc.org (un); S/RES/2388 (2017) (un); " in table.stdout.decode()
    off = cli(exe, tmp_path, "--online", "--allow-private", "--no-alternatives", "--format", "jsonl", url)
    assert json.loads(off.stdout)["alternatives"] is None


def test_cli_network_down(exe, tmp_path):
    nonet = {"PYTHONPATH": str(FIXTURES / "nonet")}
    result = cli(exe, tmp_path, "--online", "--format", "jsonl", "--fail-on", "dead", *URLS, env=nonet)
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["link_status"] for r in rows] == [NOT_CHECKED] * len(URLS)
    assert [r["category"] for r in rows] == ["un", "rejected", "reuters", "state_media", "unlisted"]
    assert all(not any("dead link" in n for n in r["notes"]) and r["wayback"] is None for r in rows)
    assert result.stderr.decode().count("network looks unreachable") == 1
    assert result.returncode == 0  # not checked is not dead: no finding


def test_cli_fail_on_dead(exe, tmp_path):
    args = ["--online", "--format", "jsonl", "https://www.unodc.org/documents/moved.pdf"]  # DNS: no such name
    dead = cli(exe, tmp_path, "--fail-on", "dead", *args)
    [row] = [json.loads(line) for line in dead.stdout.decode().splitlines()]
    assert (row["category"], row["link_status"]) == ("un", "dns failure")
    assert dead.returncode == 1, dead.stderr.decode()
    assert cli(exe, tmp_path, "--fail-on", "none", *args).returncode == 0
    assert cli(exe, tmp_path, "--fail-on", "rejected,dead,invalid", *args).returncode == 1
    bad = cli(exe, tmp_path, "--fail-on", "dead,bogus", *args)
    assert bad.returncode == 2 and b"bogus" in bad.stderr


def test_cli_through_a_proxy(exe, proxy, tmp_path):
    proxy.pages["http://93.184.216.34/2023/story"] = fixture("news_story.html")
    result = cli(exe, tmp_path, "--online", "--format", "jsonl", "--fail-on", "none",
                 "http://93.184.216.34/2023/story", "http://10.1.2.3/admin", env={"HTTP_PROXY": proxy.url})
    story, private = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert story["link_status"] == "ok" and story["alternatives"][0]["category"] == "un"
    assert private["link_status"] == "blocked"
    assert proxy.log == ["GET http://93.184.216.34/2023/story"]


def test_the_bench_runs():
    bench = Path(__file__).resolve().parents[1] / "bench" / "alternatives.py"
    result = subprocess.run([sys.executable, str(bench), "--repeats", "1", "--size", "200000"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "median" in result.stdout


def test_cli_papers_take_the_same_alternatives_options(exe, site, tmp_path):
    url = site.page("/wiki/Human_trafficking_in_Freedonia", fixture("wiki_article.html"))
    paper = tmp_path / "Ukraine_UNODC.md"
    paper.write_text(f"Rates rose, as [the article]({url}) says.\n", encoding="utf-8")
    two = cli(exe, tmp_path, "--from", str(paper), "--online", "--allow-private", "--format", "jsonl",
              "--fail-on", "none", "--max-alternatives", "2")
    [row] = [json.loads(line) for line in two.stdout.decode().splitlines()]
    assert [a["category"] for a in row["alternatives"]] == ["un", "un"]
    assert all(a.get("link_status") is None for a in row["alternatives"])
    off = cli(exe, tmp_path, "--from", str(paper), "--online", "--allow-private", "--format", "jsonl",
              "--fail-on", "none", "--no-alternatives")
    assert json.loads(off.stdout)["alternatives"] is None

"""Hard to fool: property tests and hostile inputs (hypothesis)."""

import string

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from evidence_check.urls import parse, parse_ada, parse_fast
from conftest import examples

URLISH = st.text(alphabet=string.ascii_letters + string.digits + "-._~:/?#[]@!$&'()*+,;=%\\ <>\"{}|^`é\u0435\x00\t",
                 max_size=60)
TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}






@settings(max_examples=examples(1500), deadline=None)
@given(st.sampled_from(["http://", "https://", "HTTPS://", "http://www.", ""]), URLISH)
@example("https://", "www.Reuters.com./a/b?c=d")
@example("http://", "a.b/%2e%2E/x")
@example("https://", "un.org?")
def test_the_fast_path_agrees_with_the_url_standard(prefix, rest):
    candidate = prefix + rest
    fast = parse_fast(candidate)
    if fast is not None:
        assert fast == parse_ada(candidate)


@settings(max_examples=examples(1000), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_checking_never_raises(checker, text):
    verdict = checker.check(text)
    assert verdict.verdict in {"admissible", "conditional", "inadmissible", "discretion", "invalid"}


@settings(max_examples=examples(1000), deadline=None)
@given(st.sampled_from(["http://", "https://", ""]), URLISH)
@example("http://", "0/:\x00")  # found by a full run: a NUL at the end hid a trailing ':'
@example("http://", ";??")  # found by a full run: the untrimmed fallback kept a '?' that trimming drops
@example("http://", "a.b/x;\xa0.")  # a space before the last stop hid the ';' from trim
def test_normalisation_is_idempotent(prefix, rest):
    first = parse(prefix + rest)
    if first.kind == "url" and first.unwrapped_from is None:
        again = parse(first.url)
        assert (again.url, again.host, again.path) == (first.url, first.host, first.path)


_DOMAINS: dict[int, list[str]] = {}


def _trusted_domains(rules) -> list[str]:
    """The registry's trusted domains (government's are too many to matter here), listed once."""
    if id(rules) not in _DOMAINS:
        _DOMAINS[id(rules)] = sorted(d for d in rules.index.hosts if "." in d and rules.index.publishers[
            rules.index.hosts[d]].category in TRUSTED - {"government"})
    return _DOMAINS[id(rules)]


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_registry_domain_matches_its_subdomains_and_no_lookalike(rules, classify, data):
    domain = data.draw(st.sampled_from(_trusted_domains(rules)))
    publisher = rules.index.publishers[rules.index.hosts[domain]]
    label = data.draw(st.from_regex(r"[a-z][a-z0-9-]{0,10}[a-z0-9]", fullmatch=True))
    subdomain = classify(f"https://{label}.{domain}/x").publisher
    # the subdomain is the domain's publisher, unless the registry lists that very subdomain itself
    assert subdomain.id == publisher.id or f"{label}.{domain}" in rules.index.hosts
    # glued, appended, userinfo: never the same publisher
    glued = f"{label}{domain}"
    # gluing onto a subdomain entry (www3.nhk.or.jp) gives a real subdomain of the parent (a0www3.nhk.or.jp)
    parent = rules.index.by_host(glued.partition(".")[2])
    lookalikes = [f"https://{domain}.{label}-evil.example/x", f"https://{domain}@{label}-evil.example/x",
                  f"https://{domain}%2e{label}-evil.example/"]
    if parent is None or parent[0].id != publisher.id:
        lookalikes.append(f"https://{glued}/x")
    for lookalike in lookalikes:
        result = classify(lookalike)
        assert result.publisher is None or result.publisher.id != publisher.id, lookalike


@pytest.mark.parametrize("url", [
    "https://www.un.org@evil.example/",
    "https://evil.example\\@www.reuters.com",
    "https://reuters.com.evil.example/",
    "https://myreuters.com/",
    "https://reuters.com%2eevil.example/",
    "https://xn--rutrs-4ve5a.com/",
    "https://www.rеuters.com/",          # Cyrillic е
    "https://www.unоdc.org/",            # Cyrillic о
    "http://2130706433/", "http://0x7f000001/", "http://[::ffff:127.0.0.1]/", "http://127.1/",
    "data:text/html,https://www.un.org", "javascript:location='https://www.un.org'",
])
def test_lookalikes_and_non_web_addresses_are_never_trusted(classify, url):
    assert classify(url).category not in TRUSTED


def test_huge_and_binary_lines(checker):
    assert checker.check("https://www.un.org/" + "a" * 100_000).category.key == "un"
    assert checker.check("\x00" * 1000).verdict in {"discretion", "invalid"}
    assert checker.check("https://www.un.org/\x00x").verdict in {"admissible", "invalid"}


@settings(max_examples=examples(25), deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40), max_size=15))
def test_one_row_per_line_through_the_cli(lines):
    from typer.testing import CliRunner

    from evidence_check.cli import app

    lines = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    body = "\n".join(lines) + "\n"
    kept = [line for line in lines if line.strip() and not line.strip().startswith("#")]
    result = CliRunner().invoke(app, ["check", "--format", "jsonl", "--fail-on", "none", "-"], input=body)
    assert result.exit_code == 0, result.output
    rows = result.stdout.split("\n")[:-1]  # rows end in \n; other line breaks (NEL, U+2028) are data
    assert len(rows) == len(kept)

"""The registered-domain walk agrees with tldextract on every host we can think of."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATA, examples
from evidence_check.domains import registered_domain
from evidence_check.urls import parse


@pytest.fixture(scope="module")
def tldextract_says():
    import tldextract

    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    return lambda host: extract.extract_str(host).top_domain_under_public_suffix or None


HOSTS = ["www.bbc.co.uk", "news.some-site.co.uk", "a.b.ck", "www.ck", "foo.bar.kawasaki.jp", "city.kawasaki.jp",
         "www.xn--80ak6aa92e.xn--p1ai", "example", "site.example", "co.uk", "gov.uk", "www.gov.uk", "s3.amazonaws.com",
         "x.blogspot.com", "un.org", "www.un.org", "a.b.c.d.e.gov.au", "xn--bcher-kva.example", "localhost"]


@pytest.mark.parametrize("host", HOSTS)
def test_known_cases(tldextract_says, host):
    assert registered_domain(host) == tldextract_says(host)


def test_every_host_in_the_url_test_suite_and_the_registry(tldextract_says, rules):
    hosts = set(rules.index.hosts)
    for case in json.loads((DATA / "wpt" / "urltestdata.json").read_text(encoding="utf-8")):
        if isinstance(case, dict) and case.get("hostname"):
            hosts.add(case["hostname"].strip("[]"))
    for host in sorted(hosts):
        source = parse("http://" + host + "/")
        if source.kind == "url" and source.host:
            assert registered_domain(source.host) == tldextract_says(source.host), source.host


@settings(max_examples=examples(500), deadline=None)
@given(st.lists(st.sampled_from(["www", "news", "co", "uk", "jp", "kawasaki", "city", "ck", "gov", "com", "org",
                                 "blogspot", "xn--p1ai", "au", "nsw", "edu", "a1", "b-2"]), min_size=1, max_size=5))
def test_random_label_mixes(tldextract_says, labels):
    host = ".".join(labels)
    assert registered_domain(host) == tldextract_says(host)

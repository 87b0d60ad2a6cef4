"""From text to Source: prose trimming, browser-grade parsing, unwrapping."""

import pytest

from evidence_check.urls import parse, trim


@pytest.mark.parametrize("text, expected", [
    ("<http://www.state.gov/m/ds/hstcenter/90434.htm>", "http://www.state.gov/m/ds/hstcenter/90434.htm"),
    ("https://www.un.org/en/x.", "https://www.un.org/en/x"),
    ("https://www.un.org/en/x),", "https://www.un.org/en/x"),
    ("https://www.un.org/en/x;:", "https://www.un.org/en/x"),
    ("https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)"),
    ("https://en.wikipedia.org/wiki/Foo_(bar)).", "https://en.wikipedia.org/wiki/Foo_(bar)"),
    ("(https://www.un.org/x)", "https://www.un.org/x"),
    ("“https://www.un.org/x”", "https://www.un.org/x"),
    ("  https://www.un.org/x  ", "https://www.un.org/x"),
    ("https://www.un.org/x;\u00a0.", "https://www.un.org/x"),  # a no-break space before the stop
])
def test_trim_strips_prose_but_keeps_balanced_parentheses(text, expected):
    assert trim(text) == expected


@pytest.mark.parametrize("text, host, url", [
    ("www.un.org/en/about-us", "www.un.org", "http://www.un.org/en/about-us"),
    ("un.org", "un.org", "http://un.org/"),
    ("HTTPS://WWW.REUTERS.COM./world/", "www.reuters.com", "https://www.reuters.com./world/"),
    ("https://bücher.example/", "xn--bcher-kva.example", "https://xn--bcher-kva.example/"),
    ("http://0x7f000001/", "127.0.0.1", "http://127.0.0.1/"),
    # a scheme written twice, or without its colon: the address is what follows it
    ("http://http://www.un.org/en/sc/", "www.un.org", "http://www.un.org/en/sc/"),
    ("https://http//www.unhcr.org/x.html", "www.unhcr.org", "http://www.unhcr.org/x.html"),
    ("http//www.un.org/en/sc/", "www.un.org", "http://www.un.org/en/sc/"),
    ("HTTPS//www.unhcr.org/x", "www.unhcr.org", "https://www.unhcr.org/x"),
    # an address glued to the word before it
    ("Treaty on the Non-Proliferation of Nuclear Weaponshttp://disarmament.un.org/treaties/t/npt",
     "disarmament.un.org", "http://disarmament.un.org/treaties/t/npt"),
    ("India(http://www.mea.gov.in/)", "www.mea.gov.in", "http://www.mea.gov.in/"),
])
def test_hosts_are_normalised(text, host, url):
    source = parse(text)
    assert source.kind == "url"
    assert source.host == host
    assert source.url == url


@pytest.mark.parametrize("text, host", [
    ("https://www.un.org@evil.example/", "evil.example"),
    ("https://evil.example\\@www.reuters.com", "evil.example"),
    ("https://www.reuters.com\\.evil.example", "www.reuters.com"),  # a browser goes to reuters.com here
    ("https://www.reuters.com.evil.example/", "www.reuters.com.evil.example"),
])
def test_the_host_is_the_one_a_browser_would_visit(text, host):
    assert parse(text).host == host


@pytest.mark.parametrize("text, reason", [
    ("http://a b/", "not a valid URL"),
    ("https://", "not a valid URL"),
    ("javascript:alert(1)", "not a web address (javascript: URL)"),
    ("data:text/html,<b>hi</b>", "not a web address (data: URL)"),
    ("mailto:someone@un.org", "not a web address (mailto: URL)"),
    ("   ", "empty citation"),
])
def test_unparseable_input_is_invalid_with_a_reason(text, reason):
    source = parse(text)
    assert source.kind == "invalid"
    assert source.error == reason


@pytest.mark.parametrize("text", ["Xinhua News Agency", "U.S. Department of State", "UNODC", "A/RES/55/25",
                                  "S/PV.7526"])
def test_names_and_symbols_are_not_urls(text):
    assert parse(text).kind == "name"


@pytest.mark.parametrize("wrapper, inner", [
    ("https://web.archive.org/web/20200101000000/https://www.reuters.com/x", "https://www.reuters.com/x"),
    ("https://web.archive.org/web/2020id_/http:/www.un.org/x", "http://www.un.org/x"),
    ("https://www.google.com/url?q=https://www.un.org/x&sa=D", "https://www.un.org/x"),
    ("https://www.google.co.uk/url?url=https%3A%2F%2Fwww.un.org%2Fx", "https://www.un.org/x"),
    ("https://www-reuters-com.cdn.ampproject.org/c/s/www.reuters.com/article/x", "https://www.reuters.com/article/x"),
    ("https://www.google.com/amp/s/www.reuters.com/x", "https://www.reuters.com/x"),
    ("https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.un.org%2Fx&data=1",
     "https://www.un.org/x"),
    ("https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.un.org%2F&h=AT", "https://www.un.org/"),
    ("https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.un.org%2Fx&data=05%7C01",
     "https://www.un.org/x"),
    ("https://www-un-org.translate.goog/en/about-us?_x_tr_sl=en&_x_tr_tl=fr&_x_tr_hl=fr", "https://www.un.org/en/about-us"),
    ("https://urldefense.com/v3/__https://www.un.org/en/__;!!Fjc1LPEtn8I!x$", "https://www.un.org/en/"),
    ("https://archive.ph/2023.01.15-123456/https://www.reuters.com/x", "https://www.reuters.com/x"),
    # wrappers inside wrappers
    ("https://www.google.com/url?q=https%3A%2F%2Fweb.archive.org%2Fweb%2F2020%2Fhttps%3A%2F%2Fwww.un.org%2Fy",
     "https://www.un.org/y"),
])
def test_wrappers_are_unwrapped_and_say_so(wrapper, inner):
    source = parse(wrapper)
    assert source.url == inner
    assert source.unwrapped_from is not None
    assert source.unwrapped_from.startswith(wrapper.split("?")[0][:20])


@pytest.mark.parametrize("pasted, url", [
    ("https%3A%2F%2Fwww.unhcr.org%2Fen%2Fglobal-trends%3Fx%3D1", "https://www.unhcr.org/en/global-trends?x=1"),
    ("https://www.unodc.org/x?a=1&amp;b=2", "https://www.unodc.org/x?a=1&b=2"),
    ("https:&#x2F;&#x2F;www.un.org&#47;en&#47;", "https://www.un.org/en/"),
])
def test_urls_pasted_encoded_are_decoded(pasted, url):
    assert parse(pasted).url == url


def test_a_google_search_page_is_not_a_wrapper():
    source = parse("https://www.google.com/search?q=un")
    assert source.host == "www.google.com" and source.unwrapped_from is None


def test_a_wrapper_with_a_bad_inner_url_is_invalid_but_remembers_the_wrapper():
    source = parse("https://www.google.com/url?q=javascript:alert(1)")
    assert source.kind == "invalid"
    assert source.unwrapped_from == "https://www.google.com/url?q=javascript:alert(1)"


@pytest.mark.parametrize("text, category", [("U.N.", "un"), ("U.N. ", "un")])
def test_dotted_initials_alone_are_a_name_not_a_host(checker, text, category):
    """'U.N.' parses as a bare host (u.n); the name it spells decides, its last dot included."""
    assert checker.check(text).classification.category == category


@pytest.mark.parametrize("text, url", [
    # a browser copies a link as "Title | Site (host)": the host in brackets is the address
    ("MONET 2030: Soil sealing | Federal Statistical Office (admin.ch)", "http://admin.ch/"),
    ("Sistema Integrado de Información Sanitaria Argentino (msal.gov.ar)  (Not in English)",
     "http://msal.gov.ar/"),
    # a state's host in capitals
    ("DOCTRINE OF INFORMATION SECURITY OF THE REPUBLIC OF BELARUS, Chapter 1, UN.MFA.GOV.BY.",
     "http://un.mfa.gov.by/"),
    ("See STATE.GOV for the report", "http://state.gov/"),
])
def test_a_host_in_brackets_or_in_capitals_is_the_address(text, url):
    source = parse(text)
    assert source.kind == "url" and source.url == url


@pytest.mark.parametrize("text", [
    "Smith and Jones (et.al) 2019",  # a two-letter label is no registered name
    "Meeting at 3 (p.m) on Monday",
    "ASP.NET Core in Action. Manning, 2018.",  # capitals without a state's label
    "Report of the Secretary-General (U.S.) 2019",
    "ibid. (op.cit)",
])
def test_abbreviations_in_brackets_or_capitals_are_not_hosts(text):
    assert parse(text).kind == "name"

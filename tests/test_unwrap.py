"""Wrapper URLs unwrapped offline, and whole URLs pasted encoded: each form from its real shape."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from evidence_check.unwrap import _unwrap, decode_pasted, unwrap
from evidence_check.urls import parse
from conftest import examples


@pytest.mark.parametrize("wrapper, inner", [
    # Google News's older article ids: base64url of a protobuf whose first text field is the URL
    ("https://news.google.com/articles/CBMiQWh0dHBzOi8vd3d3LnJldXRlcnMuY29tL3dvcmxkL21pZGRsZS1lYXN0L3N5cmlhLXRh"
     "bGtzLTIwMTktMDEtMDEv0gEA?hl=en-US&gl=US&ceid=US%3Aen",
     "https://www.reuters.com/world/middle-east/syria-talks-2019-01-01/"),
    ("https://news.google.com/rss/articles/CBMiKWh0dHBzOi8vd3d3LmFsamF6ZWVyYS5jb20vbmV3cy8yMDIwLzEvMS940gEA?oc=5",
     "https://www.aljazeera.com/news/2020/1/1/x"),
    # Google Translate's proxy: the host in one label, "-" for "." and "--" for "-"; _x_tr_* dropped
    ("https://www-unodc-org.translate.goog/unodc/en/human-trafficking/index.html?_x_tr_sl=en&_x_tr_tl=fr"
     "&_x_tr_hl=fr&_x_tr_pto=wapp", "https://www.unodc.org/unodc/en/human-trafficking/index.html"),
    ("https://www-state--media-example-org.translate.goog/a?id=7&_x_tr_sl=auto&_x_tr_tl=en",
     "https://www.state-media.example.org/a?id=7"),
    ("https://news-un-org.translate.goog/en/story/2023/01/1132012?_x_tr_sch=http&_x_tr_sl=en&_x_tr_tl=de",
     "http://news.un.org/en/story/2023/01/1132012"),
    ("https://translate.google.com/translate?sl=auto&tl=en&u=https://www.unhcr.org/refugee-statistics/",
     "https://www.unhcr.org/refugee-statistics/"),
    ("https://translate.google.co.uk/translate?hl=en&sl=fr&u=https%3A%2F%2Fwww.diplomatie.gouv.fr%2Ffr%2F&prev=search",
     "https://www.diplomatie.gouv.fr/fr/"),
    ("https://translate.googleusercontent.com/translate_c?depth=1&hl=en&sl=ru&u=https://www.mid.ru/en/&usg=ALkJrh",
     "https://www.mid.ru/en/"),
    # Google's cache: q=cache:<id>:<url>+<search words>, or cache:<url>
    ("https://webcache.googleusercontent.com/search?q=cache:8vKJ0a-kMg0J:https://www.unicef.org/reports/sowc-2023+"
     "&cd=1&hl=en&ct=clnk&gl=us", "https://www.unicef.org/reports/sowc-2023"),
    ("http://webcache.googleusercontent.com/search?q=cache:www.who.int/news-room/fact-sheets",
     "http://www.who.int/news-room/fact-sheets"),
    # Bing's click tracker: u=a1 + base64url without padding ("_" and "-" of the URL-safe alphabet)
    ("https://www.bing.com/ck/a?!&&p=5e3f1a2b3c4d5e6fJmltdHM9MTcwMDAwMDAwMA&ptn=3&ver=2&hsh=3"
     "&fclid=0a1b2c3d-1111-2222-3333-444455556666&psq=un&u=a1aHR0cHM6Ly93d3cudW4ub3JnL2VuLw&ntb=1",
     "https://www.un.org/en/"),
    ("https://www.bing.com/ck/a?!&&p=abc&ptn=3&hsh=3&u=a1aHR0cHM6Ly93d3cudW5oY3Iub3JnL2dsb2JhbC10cmVuZHMtcmVwb3J0LTIw"
     "MjM_eD0x&ntb=1", "https://www.unhcr.org/global-trends-report-2023?x=1"),
    # DuckDuckGo, Yahoo (path segments RU=.../RK=...), LinkedIn
    ("https://duckduckgo.com/l/?uddg=https%3A%2F%2Fwww.ohchr.org%2Fen%2Fcountries&rut=6f1c2d",
     "https://www.ohchr.org/en/countries"),
    ("https://r.search.yahoo.com/_ylt=AwrFQ7f3;_ylu=Y29sbwNiZjEEcG9zAzEEdnRpZANMT0NVSTA1N18x--/RV=2/RE=1700000000"
     "/RO=10/RU=https%3a%2f%2fwww.unodc.org%2funodc%2fen%2fdata-and-analysis%2fglotip.html/RK=2/RS=Ab3Cd-",
     "https://www.unodc.org/unodc/en/data-and-analysis/glotip.html"),
    ("https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww%2Ewfp%2Eorg%2Fcountries&urlhash=Zx9q&trk=public_post",
     "https://www.wfp.org/countries"),
    ("https://linkedin.com/redir/redirect?url=https%3A%2F%2Fwww.ilo.org%2F&urlhash=Ab", "https://www.ilo.org/"),
    # mail safety rewriters: Teams, Outlook (regional hosts), Proofpoint v1, v2, v3
    ("https://statics.teams.cdn.office.net/evergreen-assets/safelinks/1/atp-safelinks.html?url=https%3A%2F%2F"
     "www.unep.org%2Fresources&locale=en-us&dest=https%3A%2F%2Fteams.microsoft.com", "https://www.unep.org/resources"),
    ("https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.iaea.org%2Fnewscenter&data=05%7C01%7C"
     "&sdata=abc%3D&reserved=0", "https://www.iaea.org/newscenter"),
    ("https://gcc02.safelinks.protection.office365.us/?url=https%3A%2F%2Fwww.state.gov%2F&data=04", "https://www.state.gov/"),
    ("https://urldefense.proofpoint.com/v1/url?u=http://www.unesco.org/new/en/&amp;k=oIvRg1%2BdGAgOoM1BIlLLqw%3D%3D%0A"
     "&amp;r=IKM5u8%2B%2F%2Fi8E%3D%0A&amp;s=d3583cfa53", "http://www.unesco.org/new/en/"),
    ("https://urldefense.proofpoint.com/v2/url?u=https-3A__www.unodc.org_documents_data-2Dand-2Danalysis_glotip_2022_"
     "GLOTiP-5F2022-5Fweb.pdf&d=DwMFaQ&c=euGZstcaTDllvimEN8b7jXrwqOf-v5A_CdpgnVfiiMM&r=Ab&m=Cd&s=Ef&e=",
     "https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_2022_web.pdf"),
    ("https://urldefense.proofpoint.com/v2/url?u=http-3A__www.fao.org_3_cc3017en_cc3017en.pdf-3Fx-3D1-26y-3D2&d=DwMF",
     "http://www.fao.org/3/cc3017en/cc3017en.pdf?x=1&y=2"),
    # v3: each "*" is the next character of the base64 run ("JSUj" = "%%#"), "**A" the next two
    ("https://urldefense.com/v3/__https://www.unodc.org/documents/data*20and*20analysis/report.pdf*page=3__;JSUj"
     "!!Fjc1LPEtn8I!AbCdEf-GhIj$", "https://www.unodc.org/documents/data%20and%20analysis/report.pdf#page=3"),
    ("https://urldefense.com/v3/__https://www.un.org/a**Ab__;JSU!!Fjc1LPEtn8I!x$", "https://www.un.org/a%%b"),
    ("https://urldefense.com/v3/__https://www.who.int/news?id=1&lang=en__;!!Fjc1LPEtn8I!x-y$",
     "https://www.who.int/news?id=1&lang=en"),
    ("https://urldefense.com/v3/__https:/www.ilo.org/global__;!!Fjc1LPEtn8I!x$", "https://www.ilo.org/global"),
    # archive.today's long forms
    ("https://archive.ph/2023.01.15-123456/https://www.reuters.com/world/x", "https://www.reuters.com/world/x"),
    # the archived URL written without its scheme, after a timestamp
    ("http://archive.is/20120530023218/www.cyprus.gov.cy/portal/portal.nsf/0/ab?OpenDocument",
     "http://www.cyprus.gov.cy/portal/portal.nsf/0/ab?OpenDocument"),
    ("https://archive.is/20230115123456/https://www.reuters.com/world/x?y=1", "https://www.reuters.com/world/x?y=1"),
    ("https://archive.today/newest/https://www.reuters.com/world/", "https://www.reuters.com/world/"),
    ("https://archive.li/oldest/https://www.unicef.org/", "https://www.unicef.org/"),
    ("http://archive.vn/https://www.bbc.com/news", "https://www.bbc.com/news"),
    ("https://archive.md/o/AbCd1/https://www.unfpa.org/swop", "https://www.unfpa.org/swop"),
    ("https://archive.fo/2019.05.01-000000/http:/www.undp.org/", "http://www.undp.org/"),
    # WebCite, when the query names the URL; the Wayback Machine's forms
    ("http://www.webcitation.org/5ufGmWC3e?url=http://www.unaids.org/en/resources", "http://www.unaids.org/en/resources"),
    ("https://www.webcitation.org/query?url=https%3A%2F%2Fwww.unfccc.int%2F&date=2011-01-01", "https://www.unfccc.int/"),
    ("https://web.archive.org/web/20200101000000/https://www.reuters.com/x", "https://www.reuters.com/x"),
    ("https://web.archive.org/web/20200101000000im_/https://www.un.org/logo.png", "https://www.un.org/logo.png"),
    ("https://web.archive.org/web/2020*/https://www.un.org/en/", "https://www.un.org/en/"),
    ("https://web.archive.org/web/*/https://www.un.org/en/", "https://www.un.org/en/"),
    ("https://web.archive.org/web/https://www.un.org/en/", "https://www.un.org/en/"),
    ("https://webarchive.nationalarchives.gov.uk/ukgwa/20210101000000/https://www.gov.uk/government/publications/x",
     "https://www.gov.uk/government/publications/x"),
    ("https://wayback.archive-it.org/2135/20160101000000/http://www.unmiss.unmissions.org/",
     "http://www.unmiss.unmissions.org/"),
])
def test_wrappers_are_unwrapped(wrapper, inner):
    source = parse(wrapper)
    assert (source.kind, source.url) == ("url", inner)
    assert source.unwrapped_from is not None


@pytest.mark.parametrize("url", [
    "https://archive.ph/AbCd1",  # a short id names no URL
    "https://archive.today/",
    "http://www.webcitation.org/5ufGmWC3e",  # the id alone names no URL
    "https://www.google.com/search?q=un",
    "https://translate.google.com/?sl=en&tl=fr&text=hello",
    "https://translate.goog/",
    "https://www.bing.com/search?q=un",
    "https://www.bing.com/ck/a?u=b2aHR0cHM6Ly93d3cudW4ub3JnL2VuLw",  # not the a1 form
    "https://www.bing.com/ck/a?u=a1%FF%FE",
    "https://duckduckgo.com/?q=un",
    "https://www.linkedin.com/company/united-nations/",
    "https://search.yahoo.com/search?p=un",
    "https://statics.teams.cdn.office.net/evergreen-assets/other.html?url=https%3A%2F%2Fevil.example",
    "https://urldefense.com/v3/__https://www.un.org/a*b__;!!x$",  # a "*" with nothing to fill it
    "https://web.archive.org/web/20200101000000/",
    "https://www.un.org/web/2020/https://www.reuters.com/",
    # Google News: a newer (encrypted) id, a broken one, a page that is no article
    "https://news.google.com/articles/CBMiK0FVX3lxTE1hYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk?hl=en",
    "https://news.google.com/articles/CBMi!!!",
    "https://news.google.com/articles/CBMiQWh0dHBzOi8vd3d3",  # cut short: fewer bytes than its length says
    "https://news.google.com/topstories",
])
def test_what_is_not_a_wrapper_is_left_alone(url):
    source = parse(url)
    assert source.unwrapped_from is None


@pytest.mark.parametrize("host", ["www-.translate.goog", "-www.translate.goog", "www--.translate.goog",
                                  "wwworg.translate.goog", "a.b.translate.goog"])
def test_translate_proxy_labels_that_name_no_host(host):
    assert unwrap(host, "/x", "?_x_tr_sl=fr") is None


@pytest.mark.parametrize("text, decoded", [
    ("http%3A%2F%2Fwww.example.org%2Fa%3Fb%3D1", "http://www.example.org/a?b=1"),
    ("HTTPS%3a%2f%2fwww.unhcr.org%2Fmy%20report.pdf", "HTTPS://www.unhcr.org/my%20report.pdf"),
    ("https%3A%2F%2Fwww.un.org%2Fa%3Fu%3Dhttps%253A%252F%252Fx", "https://www.un.org/a?u=https%3A%2F%2Fx"),  # once
    ("https%3A%2F%2Fwww.un.org%2F%E9t%E9", "https://www.un.org/%E9t%E9"),  # not UTF-8: left encoded
    ("https%3A%2F%2Fwww.un.org%2F%C3%A9t%C3%A9", "https://www.un.org/\u00e9t\u00e9"),
    ("https://www.un.org/a?b=1&amp;c=2", "https://www.un.org/a?b=1&c=2"),
    ("https:&#x2F;&#x2F;www.un.org&#47;en&#47;", "https://www.un.org/en/"),
    ("https://www.un.org/a?b=1&amp;amp;c=2", "https://www.un.org/a?b=1&c=2"),
    ("https://www.un.org/a?q=a&#32;b", "https://www.un.org/a?q=a%20b"),
    ("https:&#x2F;&#x2F;www.un.org&#47;en&#47", "https://www.un.org/en/"),  # the last ";" trimmed as prose
    ("https://www.un.org/en&#x2F", "https://www.un.org/en/"),
    ("https://www.un.org/a?b=1&amp;c=2&amp", "https://www.un.org/a?b=1&c=2&"),
    ("https%3A%2F%2Fwww.un.org%2Fa%3Fb%3D1%26amp%3Bc%3D2", "https://www.un.org/a?b=1&c=2"),
    # left alone
    ("https://www.un.org/a?b=1&reg=us&copy=2", "https://www.un.org/a?b=1&reg=us&copy=2"),  # no ";": not entities
    ("https://www.un.org/a?x=&foo;", "https://www.un.org/a?x=&foo;"),  # no such entity
    ("https://www.un.org/a?x=1&amp", "https://www.un.org/a?x=1&amp"),  # a name at the end, alone: a parameter
    ("https://www.un.org/my%20report.pdf", "https://www.un.org/my%20report.pdf"),
    ("www.un.org%2Fen", "www.un.org%2Fen"),
    ("AT&T; UNHCR & partners", "AT&T; UNHCR & partners"),
])
def test_decode_pasted(text, decoded):
    assert decode_pasted(text) == decoded


def test_pasted_urls_parse_to_their_source():
    assert parse("https%3A%2F%2Fwww.unhcr.org%2Fglobal-trends").url == "https://www.unhcr.org/global-trends"
    assert parse("https://www.unodc.org/x?a=1&amp;b=2").url == "https://www.unodc.org/x?a=1&b=2"
    source = parse("https://www.google.com/url?q=https://www.un.org/x&amp;sa=D&amp;source=docs")
    assert (source.url, source.unwrapped_from is not None) == ("https://www.un.org/x", True)


URL_CHARS = string.ascii_letters + string.digits + "-._~:/?#[]@!$&'()*+,;=%"
ENCODED = re.compile(r"https?%3a%2f%2f", re.I)


@settings(max_examples=examples(500), deadline=None)
@given(st.sampled_from(["http://", "https://", "www.", ""]), st.text(alphabet=URL_CHARS, max_size=60))
@example("https://", "www.un.org/a?b=1&c=2")
@example("https://", "www.un.org/a?b=1&reg=us")
def test_decode_pasted_is_the_identity_without_encoding(prefix, rest):
    text = prefix + rest
    if not ENCODED.match(text) and not re.search(r"&#?[A-Za-z0-9]+(?:;|$)", text):
        assert decode_pasted(text) == text


@settings(max_examples=examples(500), deadline=None)
@given(st.text(max_size=80) | st.text(alphabet="&#;x2Fampl%3Ahtps/", max_size=40))
@example("&amp;amp;amp;lt;")
@example("https%3A%2F%2F%ZZ%")
def test_decode_pasted_never_raises_and_settles(text):
    once = decode_pasted(text)
    assert isinstance(once, str)
    if "%25" not in text.lower():  # percent-encoding is undone once only: "%253A" stays "%3A"
        assert decode_pasted(once) == once


WRAPPER_HOSTS = [
    "web.archive.org", "archive.org", "webarchive.nationalarchives.gov.uk", "wayback.archive-it.org", "archive.ph",
    "archive.today", "www.google.com", "google.co.uk", "www-un-org.translate.goog", "a--b-c.translate.goog",
    "translate.google.com", "translate.googleusercontent.com", "webcache.googleusercontent.com",
    "www-reuters-com.cdn.ampproject.org", "eur01.safelinks.protection.outlook.com", "statics.teams.cdn.office.net",
    "www.bing.com", "duckduckgo.com", "r.search.yahoo.com", "www.linkedin.com", "urldefense.proofpoint.com",
    "urldefense.com", "www.webcitation.org", "l.facebook.com", "out.reddit.com", "t.umblr.com",
]
PATHS = st.sampled_from(["/", "/web/", "/web/2020*/", "/ukgwa/20200101000000/", "/2135/20200101000000/", "/newest/",
                         "/2023.01.15-123456/", "/url", "/amp/s/", "/translate", "/translate_c", "/search", "/c/s/",
                         "/ck/a", "/l/", "/_ylt=x/RU=", "/redir/redirect", "/v1/url", "/v2/url", "/v3/__",
                         "/evergreen-assets/safelinks/1/atp-safelinks.html", "/l.php", "/redirect"])
GARBAGE = st.text(alphabet="*_-%/=&?:;!$#+.aA1zZ9 \u00e9\x00", max_size=40) | st.text(max_size=30)
SEARCHES = st.sampled_from(["", "?", "?q=", "?q=cache:", "?u=", "?u=a1", "?url=", "?uddg=", "?_x_tr_sch=", "?z="])


@settings(max_examples=examples(800), deadline=None)
@given(st.sampled_from(WRAPPER_HOSTS), PATHS, GARBAGE, SEARCHES, GARBAGE)
@example("urldefense.com", "/v3/__", "https://a.b/**~__;QUJD!", "", "")
@example("urldefense.com", "/v3/__", "https://a.b/*__;_w!", "", "")
@example("www.bing.com", "/ck/a", "", "?u=a1", "_-_")
def test_garbage_never_raises(host, path, path_rest, search, search_rest):
    # _unwrap is unwrap without its safety net: no decoder may rely on it
    result = _unwrap(host, path + path_rest, search + search_rest)
    assert result is None or isinstance(result, str)
    parse(f"https://{host}{path}{path_rest}{search}{search_rest}")

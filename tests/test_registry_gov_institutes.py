"""Research, training and outreach bodies that are part of a government (rules/registry/gov_institutes.yaml).

Facts (names and URLs -> government of which state), the file's shape, and lookalikes and near names
that must never gain a trusted class or the wrong owner.
"""

import pytest

from conftest import file_entries


FILE = "registry/gov_institutes.yaml"
GROUPS = {"defence-institutes", "diplomatic-institutes", "public-diplomacy", "training"}


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


@pytest.mark.parametrize("url, owner, entry_id", [
    ("https://dkiapcss.edu/security-nexus/", "USA", "gov-inst-usa-dkiapcss"),
    ("https://africacenter.org/spotlight/wagner-group-africa/", "USA", "gov-inst-usa-africa-center"),
    ("https://williamjperrycenter.org/content/about-perry-center", "USA", "gov-inst-usa-perry-center"),
    ("https://wjpcenter.org/about/the-center/", "USA", "gov-inst-usa-perry-center"),
    ("https://2024.nesa-center.org/category/china/page/6", "USA", "gov-inst-usa-nesa-center"),
    ("https://www.hsdl.org/c/abstract/?docid=1", "USA", "gov-inst-usa-hsdl"),
    ("https://www.irsem.fr/institut/presentation.html", "FRA", "gov-inst-fra-irsem"),
    ("https://www.ieee.es/publicaciones-new/documentos-de-opinion/2020/DIEEEO60.html", "ESP", "gov-inst-esp-ieee"),
    ("https://www.ffi.no/om-ffi", "NOR", "gov-inst-nor-ffi"),
    ("http://www.ciis.org.cn/english/node_521155.htm", "CHN", "gov-inst-chn-ciis"),
    ("https://www.ipis.ir/en/viewpage/13100", "IRN", "gov-inst-irn-ipis"),
    ("https://lki.lk/our-impact/", "LKA", "gov-inst-lka-lki"),
    ("https://biiss.org/about/history", "BGD", "gov-inst-bgd-biiss"),
    ("https://www.pism.pl/o_nas/o-instytucie", "POL", "gov-inst-pol-pism"),
    ("http://kisi.kz/en/", "KAZ", "gov-inst-kaz-kaziss"),
    ("https://isrs.uz/en/", "UZB", "gov-inst-uzb-isrs"),
    ("https://www.make-it-in-germany.com/en/about-us/10-years", "DEU", "gov-inst-deu-make-it-in-germany"),
    ("https://en.kf.or.kr/?menuno=3771", "KOR", "gov-inst-kor-kf"),
    ("https://icwa.in/show_content.php?lang=1", "IND", "gov-inst-ind-icwa"),
])
def test_urls(classify, url, owner, entry_id):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), (url, result)
    assert result.publisher.id == entry_id


@pytest.mark.parametrize("name, owner", [
    ("Daniel K. Inouye Asia-Pacific Center for Security Studies", "USA"),
    ("Africa Center for Strategic Studies", "USA"),
    ("William J. Perry Center for Hemispheric Defense Studies", "USA"),
    ("Near East South Asia Center for Strategic Studies", "USA"),
    ("Ted Stevens Center for Arctic Security Studies", "USA"),
    ("Institut de recherche stratégique de l'École militaire", "FRA"), ("IRSEM", "FRA"),
    ("Instituto Español de Estudios Estratégicos", "ESP"), ("Spanish Institute for Strategic Studies", "ESP"),
    ("Forsvarets forskningsinstitutt", "NOR"), ("Norwegian Defence Research Establishment", "NOR"),
    ("China Institute of International Studies", "CHN"),
    ("Institute for Political and International Studies (Iran)", "IRN"),
    ("Lakshman Kadirgamar Institute of International Relations and Strategic Studies", "LKA"),
    ("Bangladesh Institute of International and Strategic Studies", "BGD"),
    ("Polish Institute of International Affairs", "POL"),
    ("Polski Instytut Spraw Międzynarodowych", "POL"), ("KazISS", "KAZ"),
    ("Institute for Strategic and Regional Studies under the President of the Republic of Uzbekistan", "UZB"),
    ("Korea Foundation (KF)", "KOR"), ("한국국제교류재단", "KOR"),
    ("Indian Council of World Affairs", "IND"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("name", [
    # names other bodies share, acronyms other bodies use, everyday phrases
    "National Defense University", "National Defence University", "Försvarshögskolan", "Korea Foundation",
    "Make it in Germany", "IEEE", "FFI", "CIIS", "IPIS", "ACSS", "NDU", "ICWA", "ISRS", "PISM",
    "Ukrainian Institute", "Escola Superior de Guerra", "Perry Center", "West Point",
])
def test_shared_names_not_claimed(entries, name):
    names = {n.casefold() for p in entries for n in (p.name, *p.aliases)}
    assert name.casefold() not in names


@pytest.mark.parametrize("text", [
    "IEEE", "https://www.ieee.org/about/", "Korea Foundation for Advanced Studies",
    "How to make it in Germany as a freelancer", "National Defense University",
])
def test_shared_names_not_these_owners(classify, text):
    result = classify(text)
    assert result.publisher is None or not result.publisher.id.startswith("gov-inst-"), (text, result)


@pytest.mark.parametrize("url", [
    "https://africacenter.org.evil.example/", "https://notafricacenter.org/",
    "https://ieee.es.example.com/", "https://fake-irsem.fr/", "https://kisi.kz.attacker.example/",
    "https://irsem.wordpress.com/", "https://nesa-center.blogspot.com/", "https://dkiapcss.github.io/",
])
def test_lookalikes_not_government(classify, url):
    result = classify(url)
    assert result.category != "government", (url, result)


@pytest.mark.parametrize("url", [
    # degree-granting academies and universities stay unlisted, as other universities (lead's review)
    "https://www.westpoint.edu/", "https://www.usna.edu/", "https://nps.edu/web/research",
    "https://www.fhs.se/", "https://dipacademy.ru/en/", "https://ndu.edu.pk/",
])
def test_academies_are_not_government_here(classify, url):
    result = classify(url)
    assert result.publisher is None or not result.publisher.id.startswith("gov-inst-"), (url, result)


def test_minimums(entries):
    assert len(entries) >= 22
    assert len({p.owner for p in entries}) >= 14
    assert sum(1 for p in entries if p.domains) >= 21


def test_entries_well_formed(entries):
    ids = [p.id for p in entries]
    assert len(ids) == len(set(ids))
    for p in entries:
        assert p.category == "government", p.id
        assert p.group in GROUPS, p.id
        assert p.id.startswith(f"gov-inst-{p.owner.lower()}-"), p.id
        # every basis names what was read: a page address or the GSA dataset row
        assert "http" in p.basis or "govt-urls" in p.basis, p.id
        assert "/work/" not in p.basis and "/tmp/" not in p.basis, p.id

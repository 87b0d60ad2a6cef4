"""Audit of the hand-written press files (helper PRESS-AUDIT, 2026-12).

press_world.yaml, press_reviewed.yaml, press_specialist.yaml and press_more.yaml were read entry
by entry for bodies that are not press (think tanks, academic journals, encyclopaedias, NGOs,
companies, state bodies). An entry found not to be press keeps its id and domains but gets its
new class, and its basis says "Re-classified (audit 2026-12): ...". Conventions: commercial and
independent magazines and edited opinion/analysis sites are press (`rejected`); a magazine that a
think tank, university, learned or professional society or foundation publishes is that
institution's work, `unlisted` like its website (the lead's second pass, 2026-12). Helper PRESS-AUDIT-2
read the same files and press_org.yaml and press_midvolume.yaml again under that convention: a
magazine or site of a think tank, university, learned society, foundation or NGO is re-classified;
an independent non-profit newsroom or a foundation that exists only to publish stays press."""

import pytest
import yaml

from conftest import ROOT

TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}
REGISTRY = ROOT / "rules" / "registry"
FILES = ["press_world.yaml", "press_reviewed.yaml", "press_specialist.yaml", "press_more.yaml",
         "press_org.yaml", "press_midvolume.yaml"]
MARK = "Re-classified (audit 2026-12)"


@pytest.fixture(scope="module")
def audited():
    found = []
    for name in FILES:
        for entry in yaml.safe_load((REGISTRY / name).read_text(encoding="utf-8"))["publishers"]:
            if MARK in entry["basis"]:
                found.append((name, entry))
    return found


# --- re-classified: each host and name gets its new class

RECLASSIFIED = [
    # (url, publisher id, category, group)
    ("https://www.epw.in/journal/2020/12/special-articles/x.html",
     "press-economic-political-weekly", "unlisted", "academic"),
    ("https://epw.in/engage/article/x", "press-economic-political-weekly", "unlisted", "academic"),
]


@pytest.mark.parametrize("url,publisher,category,group", RECLASSIFIED)
def test_reclassified_hosts_get_their_new_class(classify, url, publisher, category, group):
    result = classify(url)
    assert result.publisher is not None and result.publisher.id == publisher, url
    assert result.category == category, url
    assert result.publisher.group == group, url


@pytest.mark.parametrize("name,publisher,category", [
    ("Economic and Political Weekly", "press-economic-political-weekly", "unlisted"),
    ("Economic & Political Weekly", "press-economic-political-weekly", "unlisted"),
    ("EPW", "press-economic-political-weekly", "unlisted"),
])
def test_reclassified_names_get_their_new_class(rules, name, publisher, category):
    found = rules.index.by_name(name)
    assert found is not None and found.id == publisher, name
    assert found.category == category, name


def test_reclassified_entries_are_well_formed(audited):
    assert len(audited) >= 1
    for name, entry in audited:
        where = f"{name}:{entry['id']}"
        assert entry["category"] in {"unlisted", "ngo", "government"}, where
        assert entry.get("note"), where
        assert entry.get("group") not in {"newspapers", "magazines", "news-sites", "online",
                                          "broadcasters", "wire", "aggregators"}, where
        if entry["category"] == "government":
            assert entry.get("owner"), where
        else:
            assert entry.get("owner") is None, where
        # the sentence is appended to the basis, not written over it
        assert entry["basis"].index(MARK) > 0, where


def test_every_other_entry_is_still_press(audited):
    reclassified = {entry["id"] for _, entry in audited}
    for name in FILES:
        for entry in yaml.safe_load((REGISTRY / name).read_text(encoding="utf-8"))["publishers"]:
            if entry["id"] in reclassified:
                continue
            if entry.get("group") == "reuters-related":  # press_world's two Reuters-branded sites
                assert entry["category"] == "unlisted", entry["id"]
                continue
            assert entry["category"] == "rejected", (name, entry["id"])


# --- conventions: independent magazines and edited analysis sites stay press; institutions' own
# magazines are the institution's (unlisted)

@pytest.mark.parametrize("url", [
    "https://foreignpolicy.com/2022/01/01/x/",
    "https://thediplomat.com/2022/01/x/",
    "https://warontherocks.com/2022/01/x/",
    "https://www.theatlantic.com/international/archive/2022/01/x/",
    "https://www.newyorker.com/magazine/2022/01/01/x",
    "https://www.economist.com/briefing/2022/01/01/x",
    "https://www.scientificamerican.com/article/x/",
])
def test_magazines_and_edited_sites_stay_press(classify, url):
    assert classify(url).category == "rejected", url


@pytest.mark.parametrize("url, publisher", [
    ("https://www.foreignaffairs.com/articles/x", "press-foreign-affairs"),  # Council on Foreign Relations
    ("https://nationalinterest.org/feature/x", "press-the-national-interest"),  # Center for the National Interest
    ("https://hbr.org/2020/01/x", "prev-harvard-business-review"),  # Harvard University
    ("https://www.americasquarterly.org/article/x/", "prev-americas-quarterly"),
    ("https://www.downtoearth.org.in/news/x", "press-down-to-earth"),  # Centre for Science and Environment
    ("https://groundviews.org/2020/01/01/x/", "press-groundviews"),  # Centre for Policy Alternatives
    ("https://www.technologyreview.com/2022/01/01/x/", "press-technology-review"),  # MIT
    ("https://spectrum.ieee.org/x", "pspec-ieee-spectrum"),
    ("https://eos.org/articles/x", "pspec-eos-agu"),
    ("https://skyandtelescope.com/astronomy-news/x/", "pmid-sky-and-telescope"),  # the AAS's
    # second pass (helper PRESS-AUDIT-2)
    ("https://www.plazapublica.com.gt/content/x", "press-plaza-publica"),  # Universidad Rafael Landívar
    ("https://cen.acs.org/environment/pollution/x/98/i1", "prev-chemical-engineering-news"),  # ACS
    ("https://www.niemanlab.org/2020/01/x/", "prev-nieman-lab"),  # Harvard's Nieman Foundation
    ("https://www.insidescience.org/news/x", "prev-inside-science"),  # American Institute of Physics
    ("https://greatlakesecho.org/2020/01/01/x/", "prev-great-lakes-echo"),  # Michigan State University
    ("https://intercontinentalcry.org/x/", "prev-intercontinental-cry"),  # Center for World Indigenous Studies
    ("https://undark.org/2020/01/01/x/", "pspec-undark"),  # Knight Science Journalism Program, MIT
    ("https://africanarguments.org/2020/01/x/", "pspec-african-arguments"),  # Royal African Society
    ("https://revista22.ro/opinii/x", "press-revista-22"),  # Group for Social Dialogue (NGO)
])
def test_an_institutions_own_magazine_is_unlisted(classify, url, publisher):
    result = classify(url)
    assert result.category == "unlisted" and result.publisher.id == publisher, url
    assert "own magazine" in result.publisher.note
    assert result.publisher.group.endswith("-publications"), url


@pytest.mark.parametrize("url", [
    # independent newsrooms and publishers whose business is journalism stay press, even where a
    # foundation, trust or network of NGOs owns them (second pass, PRESS-AUDIT-2)
    "https://www.opendemocracy.net/en/x/",
    "https://balkaninsight.com/2020/01/01/x/",
    "https://www.propublica.org/article/x",
    "https://www.thenewhumanitarian.org/news/2020/01/01/x",
    "https://globalvoices.org/2020/01/01/x/",
    "https://harpers.org/archive/2020/01/x/",
    "https://www.laphamsquarterly.org/roundtable/x",
    "https://www.insideindonesia.org/x",
])
def test_independent_non_profit_newsrooms_stay_press(classify, url):
    assert classify(url).category == "rejected", url


@pytest.mark.parametrize("url", [
    "https://fake-undark.org/x",
    "https://undark.org.evil.example/x",
    "https://africanarguments.blogspot.com/x",
    "https://notrevista22.ro/x",
])
def test_second_pass_lookalikes_never_trusted(classify, url):
    result = classify(url)
    assert result.category not in TRUSTED, url
    if result.publisher is not None:
        assert result.publisher.id not in {"pspec-undark", "pspec-african-arguments",
                                           "press-revista-22"}, url


# --- lookalikes never gain a trusted class

@pytest.mark.parametrize("url", [
    "https://fake-epw.in/x",
    "https://epw.in.evil.example/x",
    "https://notepw.in/x",
    "https://epw.blogspot.com/x",
    "https://epw-in.github.io/x",
])
def test_lookalikes_never_trusted(classify, url):
    result = classify(url)
    assert result.category not in TRUSTED, url
    if result.publisher is not None:
        assert result.publisher.id != "press-economic-political-weekly", url

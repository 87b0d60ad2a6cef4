"""National health bodies, part b: regulators, public-health institutes, blood services (rules/registry/gov_health_b.yaml).

Facts (URLs and names -> government of which state), minimum counts, and lookalikes and generic
names that must never gain a trusted class from this file.
"""

import pytest

from conftest import file_entries

FILE = "registry/gov_health_b.yaml"
TRUSTED = {"un", "government", "reuters", "state_media", "ngo"}


@pytest.fixture(scope="module")
def entries(rules):
    return file_entries(rules, FILE)


def test_minimum_counts(entries):
    assert len(entries) >= 40
    assert len({p.owner for p in entries}) >= 30
    assert all(p.category == "government" and p.owner for p in entries)
    assert {p.group for p in entries} == {"health-agency"}
    assert all(p.basis.startswith("read:") for p in entries)
    assert all(p.id.startswith(f"gov-health-b-{p.owner.lower()}-") for p in entries)


def test_no_host_of_gov_health(entries, rules):
    earlier = {d for p in file_entries(rules, "registry/gov_health.yaml") for d in p.domains}
    assert not earlier & {d for p in entries for d in p.domains}


@pytest.mark.parametrize("url, owner, publisher_id", [
    ("https://www.jazmp.si/en/human-medicines/description/", "SVN", "gov-health-b-svn-jazmp"),
    ("https://presidency2016.sukl.sk/index.php/2016/12/08/x/", "SVK", "gov-health-b-svk-sukl"),
    ("https://www.sukl.cz/povinne-informace", "CZE", "gov-health-b-cze-sukl"),
    ("https://anm.ro/en/agentie/intrebari-frecvente", "ROU", "gov-health-b-rou-anmdmr"),
    ("https://vvkt.lt/index.php?2024619746", "LTU", "gov-health-b-ltu-vvkt"),
    ("https://www.ima.is/ima/about_ima/", "ISL", "gov-health-b-isl-ima"),
    ("https://arsskyrsla.lyfjastofnun.is/a-note-from-the-executive-director", "ISL", "gov-health-b-isl-ima"),
    ("https://www.nzblood.co.nz/give-blood/", "NZL", "gov-health-b-nzl-nzbs"),
    ("http://www.scotblood.co.uk/about-this-site/terms-and-conditions.aspx", "GBR", "gov-health-b-gbr-snbts"),
    ("https://www.welsh-blood.org.uk/", "GBR", "gov-health-b-gbr-wbs"),
    ("https://nibsc.org/", "GBR", "gov-health-b-gbr-nibsc"),
    ("http://www.mcaz.co.zw/index.php/how-we-regulate/licensing-enforcement/overview", "ZWE", "gov-health-b-zwe-mcaz"),
    ("http://www.zamra.co.zm/functions/", "ZMB", "gov-health-b-zmb-zamra"),
    ("https://www.bomra.co.bw/background/", "BWA", "gov-health-b-bwa-bomra"),
    ("https://www.jfda.jo/", "JOR", "gov-health-b-jor-jfda"),
    ("https://www.hpsc.ie/abouthpsc/", "IRL", "gov-health-b-irl-hpsc"),
    ("https://lns.lu/departements/", "LUX", "gov-health-b-lux-lns"),
    ("https://cinmed.me/en/about-cinmed/competences/", "MNE", "gov-health-b-mne-cinmed"),
    ("https://www.calims.me/", "MNE", "gov-health-b-mne-cinmed"),
    ("https://ipst.pt/", "PRT", "gov-health-b-prt-ipst"),
    ("https://www.centronazionalesangue.it/", "ITA", "gov-health-b-ita-cns"),
    ("http://www.ints.fr/", "FRA", "gov-health-b-fra-ints"),
    ("https://www.uhkt.cz/", "CZE", "gov-health-b-cze-uhkt"),
    ("https://www.uzis.cz/", "CZE", "gov-health-b-cze-uzis"),
    ("https://itks.rs/", "SRB", "gov-health-b-srb-btis"),
    ("https://phi.rs.ba/", "BIH", "gov-health-b-bih-phirs"),
    ("https://www.nlzoh.si/", "SVN", "gov-health-b-svn-nlzoh"),
    ("https://www.fli.de/en/home/", "DEU", "gov-health-b-deu-fli"),
    ("http://www.nicpbp.org.cn/en/", "CHN", "gov-health-b-chn-nifdc"),
    ("https://nihe.org.vn/", "VNM", "gov-health-b-vnm-nihe"),
    ("http://nih.org.pk/", "PAK", "gov-health-b-pak-nih"),
    ("https://insp.bf/", "BFA", "gov-health-b-bfa-insp"),
    ("https://inrsp.mr/", "MRT", "gov-health-b-mrt-inrsp"),
    ("https://www.cecmed.cu/", "CUB", "gov-health-b-cub-cecmed"),
    ("http://www.niv.co.in/", "IND", "gov-health-b-ind-niv"),
    ("https://www.niih.org.in/", "IND", "gov-health-b-ind-niih"),
    ("https://www.nirt.res.in/", "IND", "gov-health-b-ind-nirt"),
    ("http://ncdirindia.org/", "IND", "gov-health-b-ind-ncdir"),
    ("https://www.nhra.bh/Departments/PPR/", "BHR", "gov-health-b-bhr-nhra"),
    ("https://anpp.dz/en/", "DZA", "gov-health-b-dza-anpp"),
    ("https://www.mca.gm/mandate-mission-vision/", "GMB", "gov-health-b-gmb-mca"),
    ("https://www.pmra.mw/who-we-are/", "MWI", "gov-health-b-mwi-pmra"),
    ("https://inrb.net/index.php/apropos", "COD", "gov-health-b-cod-inrb"),
    ("https://www.inrb.cd/", "COD", "gov-health-b-cod-inrb"),
    ("https://pniph.org/en/about/about-pniph", "PSE", "gov-health-b-pse-pniph"),
])
def test_urls(classify, url, owner, publisher_id):
    result = classify(url)
    assert (result.category, result.owner) == ("government", owner), (url, result)
    assert result.publisher.id == publisher_id


@pytest.mark.parametrize("name, owner", [
    ("JAZMP", "SVN"), ("Javna agencija Republike Slovenije za zdravila in medicinske pripomočke", "SVN"),
    ("ŠÚKL", "SVK"), ("Státní ústav pro kontrolu léčiv", "CZE"), ("ANMDMR", "ROU"),
    ("National Agency for Medicines and Medical Devices of Romania", "ROU"), ("VVKT", "LTU"),
    ("Icelandic Medicines Agency", "ISL"), ("Lyfjastofnun", "ISL"), ("New Zealand Blood Service", "NZL"),
    ("Scottish National Blood Transfusion Service", "GBR"), ("Welsh Blood Service", "GBR"),
    ("National Institute for Biological Standards and Control", "GBR"),
    ("Medicines Control Authority of Zimbabwe", "ZWE"), ("MCAZ", "ZWE"),
    ("Zambia Medicines Regulatory Authority", "ZMB"), ("ZAMRA", "ZMB"),
    ("Botswana Medicines Regulatory Authority", "BWA"), ("BoMRA", "BWA"),
    ("Jordan Food and Drug Administration", "JOR"), ("JFDA", "JOR"),
    ("Health Protection Surveillance Centre", "IRL"), ("CInMED", "MNE"), ("CALIMS", "MNE"),
    ("Instituto Português do Sangue e da Transplantação", "PRT"), ("Centro Nazionale Sangue", "ITA"),
    ("Italian National Blood Centre", "ITA"), ("Ústav hematologie a krevní transfuze", "CZE"),
    ("Blood Transfusion Institute of Serbia", "SRB"), ("Friedrich-Loeffler-Institut", "DEU"),
    ("National Institutes for Food and Drug Control", "CHN"), ("Viện Vệ sinh dịch tễ Trung ương", "VNM"),
    ("CECMED", "CUB"), ("ICMR-National Institute of Virology", "IND"),
    ("Pharmacy and Medicines Regulatory Authority", "MWI"),
    ("Palestinian National Institute of Public Health", "PSE"), ("PNIPH", "PSE"),
])
def test_names(classify, name, owner):
    result = classify(name)
    assert (result.category, result.owner) == ("government", owner), (name, result)


@pytest.mark.parametrize("text", [
    "https://jazmp.si.evil.example/", "https://fake-mcaz.co.zw/", "https://notsukl.cz/",
    "https://nzblood.co.nz.example.com/", "https://scotblood.blogspot.com/", "https://zamra.wordpress.com/",
    "https://example.com/pmra.mw/", "https://nhra.bh.phish.example/", "https://mypniph.org/",
])
def test_lookalikes_never_trusted(classify, text):
    result = classify(text)
    assert result.category not in TRUSTED, (text, result)


@pytest.mark.parametrize("name", [
    # generic or shared names stay out of this file's names
    "National Institute of Health", "National Institute of Virology", "National Institute of Public Health",
    "National Health Laboratory", "Pharmaceutical Regulatory Authority", "Medicines Control Agency",
    "National Blood Centre", "IPST", "PMRA", "INSP", "INRSP", "NIH", "HPSC", "IMA", "MCA", "ANPP",
    "State Institute for Drug Control", "National Institute of Blood Transfusion", "Islamabad", "Hanoi",
])
def test_generic_names_not_owned_by_this_file(classify, name):
    result = classify(name)
    assert result.publisher is None or FILE not in (result.publisher.origin or ""), (name, result)

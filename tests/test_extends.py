"""Conference rulesets: extends, overrides, moves, removal, discovery, init, diff, schema."""

import json
import os
import textwrap
from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli
from evidence_check import Checker, RulesError
from evidence_check.model import Context
from evidence_check.ruleset import discover, load

NONET = {"PYTHONPATH": str(FIXTURES / "nonet")}


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def verdict_of(rules, citation, **context):
    return Checker(rules, Context(**context)).check(citation)


def test_accept_the_wires_like_reuters(tmp_path):
    rules = load(write(tmp_path, "r.yaml", """\
        ruleset: wires
        title: Wires accepted
        extends: default
        move:
          - {group: wire, to: reuters}
        """))
    assert verdict_of(rules, "https://apnews.com/article/x").category.key == "reuters"
    assert verdict_of(rules, "https://www.afp.com/en/x").category.key == "reuters"
    assert verdict_of(rules, "https://www.theguardian.com/x").category.key == "rejected"
    assert rules.index.get("press-afp").moved_by.endswith("r.yaml:5")


def test_treat_the_bbc_as_state_media(tmp_path):
    rules = load(write(tmp_path, "r.yaml", """\
        ruleset: bbc
        title: BBC is state media
        extends: default
        move:
          - {publisher: sm-gbr-bbc, to: state_media}
        """))
    verdict = verdict_of(rules, "https://www.bbc.co.uk/news/x", about=("USA",))
    assert (verdict.category.key, verdict.classification.owner, verdict.verdict) == ("state_media", "GBR", "conditional")
    assert not any("threshold" in note for note in verdict.notes)


def test_reject_all_state_media(tmp_path):
    rules = load(write(tmp_path, "r.yaml", """\
        ruleset: strict
        title: No state media
        extends: default
        move:
          - {from: state_media, to: rejected}
        """))
    assert verdict_of(rules, "http://www.xinhuanet.com/x", about=("CHN",)).verdict == "inadmissible"


def test_change_a_rule_field_by_field(tmp_path):
    rules = load(write(tmp_path, "r.yaml", """\
        ruleset: gov
        title: Denied government reports may stand
        extends: default
        categories:
          government:
            denied_may_stand: true
            quote: A report that is being denied can still be accepted by the Executive Board.
          reuters:
            verdict: admissible
            conditions: []
        """))
    government = rules.categories["government"]
    assert government.denied_may_stand and government.case.contest == "all_but_owner"  # inherited
    assert government.label == "Government report"  # inherited
    assert government.origin.endswith("r.yaml:5")
    assert rules.categories["reuters"].case.verdict == "admissible"
    assert "default.yaml:" in rules.categories["un"].origin  # an untouched rule keeps its file


def test_a_denied_report_that_may_stand_is_the_chairs_call(tmp_path, exe):
    path = write(tmp_path, "r.yaml", """\
        ruleset: gov
        title: t
        extends: default
        categories:
          government: {denied_may_stand: true}
        """)
    result = run_cli(exe, "challenge", "https://www.state.gov/x", "--challenger", "China", "--rules", str(path),
                     env=NONET)
    assert result.stdout.decode().startswith("Ruling: CHAIR'S DISCRETION")
    assert "the chair may still accept" in " ".join(result.stdout.decode().split())


def test_add_and_remove_publishers_later_files_win(tmp_path):
    write(tmp_path, "mine.yaml", """\
        publishers:
          - id: conf-paper
            name: The Conference Times
            category: reuters
            domains: [theguardian.com]
            basis: this conference accepts it as a wire
        """)
    rules = load(write(tmp_path, "r.yaml", """\
        ruleset: r
        title: t
        extends: default
        registry: [mine.yaml]
        remove: [press-medium]
        """))
    assert verdict_of(rules, "https://www.theguardian.com/x").classification.publisher.id == "conf-paper"
    assert rules.index.get("press-medium") is None
    assert verdict_of(rules, "https://medium.com/x").classification.publisher is None


def test_extends_a_path_and_chains(tmp_path):
    write(tmp_path, "base.yaml", "ruleset: base\ntitle: b\nextends: default\nstate_media: {typologies: [SC]}\n")
    rules = load(write(tmp_path, "leaf.yaml", "ruleset: leaf\ntitle: l\nextends: base.yaml\n"))
    assert rules.state_media_typologies == ("SC",)
    assert [Path(p).name for p in rules.chain] == ["default.yaml", "base.yaml", "leaf.yaml"]


def test_errors_in_an_extended_file_point_at_that_file(tmp_path):
    write(tmp_path, "base.yaml", "ruleset: base\ntitle: b\nextends: default\ncategories:\n  un: {verdict: maybe}\n")
    with pytest.raises(RulesError) as caught:
        load(write(tmp_path, "leaf.yaml", "ruleset: leaf\ntitle: l\nextends: base.yaml\n"))
    [problem] = caught.value.problems
    assert problem.file.endswith("base.yaml") and problem.line == 5 and "'maybe'" in problem.message


@pytest.mark.parametrize("text, message", [
    ("ruleset: r\ntitle: t\nextends: nowhere\n", "extends: no ruleset 'nowhere'"),
    ("ruleset: r\ntitle: t\nextends: r.yaml\n", "rulesets cannot extend each other in a circle"),
    ("ruleset: r\ntitle: t\nextends: default\nmove:\n  - {group: nothing, to: reuters}\n", "no publisher with group 'nothing'"),
    ("ruleset: r\ntitle: t\nextends: default\nmove:\n  - {group: wire, to: gospel}\n", "unknown category 'gospel'"),
    ("ruleset: r\ntitle: t\nextends: default\nremove: [no-such-id]\n", "no inherited publisher 'no-such-id'"),
    ("ruleset: r\ntitle: t\nextends: default\ncategories:\n  blogs: {verdict: discretion}\n", "missing 'label'"),
])
def test_extension_errors(tmp_path, text, message):
    with pytest.raises(RulesError) as caught:
        load(write(tmp_path, "r.yaml", text))
    assert any(message in str(p) and "r.yaml:" in str(p) for p in caught.value.problems), caught.value.problems


def test_discovery_order(tmp_path, exe, monkeypatch):
    project = tmp_path / "conference"
    nested = project / "papers" / "france"
    nested.mkdir(parents=True)
    write(project, "evidence-check.yaml", "ruleset: found-upwards\ntitle: t\nextends: default\n")
    assert discover(nested) == project / "evidence-check.yaml"
    env = {**NONET, "EVIDENCE_CHECK_RULES": ""}
    env.pop("EVIDENCE_CHECK_RULES")

    monkeypatch.chdir(nested)  # discovery starts in the current folder: in-process is enough

    def ruleset_in_force(*args, extra_env=None):
        result = run_cli(exe, "check", "--format", "json", *args, "https://www.un.org/", env=extra_env)
        return json.loads(result.stdout)["ruleset"]["id"]

    assert ruleset_in_force() == "found-upwards"
    other = write(tmp_path, "other.yaml", "ruleset: from-env\ntitle: t\nextends: default\n")
    assert ruleset_in_force(extra_env={"EVIDENCE_CHECK_RULES": str(other)}) == "from-env"
    assert ruleset_in_force("--rules", "default", extra_env={"EVIDENCE_CHECK_RULES": str(other)}) == "default"


def subprocess_run(exe, cwd, args, env):
    import subprocess

    env.pop("EVIDENCE_CHECK_RULES", None) if "EVIDENCE_CHECK_RULES" not in env else None
    return subprocess.run([exe, *args], cwd=cwd, capture_output=True, env=env, timeout=60)


def test_the_output_names_the_ruleset(exe):
    out = run_cli(exe, "check", "https://www.un.org/", env=NONET).stdout.decode()
    assert "Ruleset: default (" in out


def test_init_writes_a_starter_that_validates_and_is_found(tmp_path, exe):
    import subprocess

    result = subprocess.run([exe, "rules", "init"], cwd=tmp_path, capture_output=True, timeout=60)
    assert result.returncode == 0 and (tmp_path / "evidence-check.yaml").is_file()
    assert run_cli(exe, "rules", "validate", str(tmp_path / "evidence-check.yaml")).returncode == 0
    again = subprocess.run([exe, "rules", "init"], cwd=tmp_path, capture_output=True, timeout=60)
    assert again.returncode == 2 and b"exists already" in again.stderr
    used = subprocess.run([exe, "check", "--format", "json", "https://www.un.org/"], cwd=tmp_path,
                          capture_output=True, timeout=60, env={**os.environ, **NONET})
    assert json.loads(used.stdout)["ruleset"]["id"] == "my-conference"


def test_diff_lists_sources_whose_verdict_differs(tmp_path, exe):
    path = write(tmp_path, "r.yaml", "ruleset: r\ntitle: t\nextends: default\nmove:\n  - {group: wire, to: reuters}\n")
    result = run_cli(exe, "rules", "diff", "default", str(path), "--format", "json")
    assert result.returncode == 1
    doc = json.loads(result.stdout)
    changed = {s["publisher_id"]: (s["a"]["category"], s["b"]["category"]) for s in doc["sources"]}
    assert changed["press-afp"] == ("rejected", "reuters")
    assert "un-unodc" not in changed
    same = run_cli(exe, "rules", "diff", "default", "default")
    assert same.returncode == 0 and b"Sources whose verdict differs: 0" in same.stdout


def test_schema_is_json_and_matches_the_validator(exe):
    from evidence_check.ruleset import CATEGORY_FIELDS, RULESET_FIELDS

    schema = json.loads(run_cli(exe, "rules", "schema").stdout)
    assert set(schema["properties"]) == set(RULESET_FIELDS)
    category = schema["properties"]["categories"]["additionalProperties"]
    assert set(category["properties"]) == set(CATEGORY_FIELDS)
    assert category["properties"]["verdict"]["enum"] == ["admissible", "conditional", "inadmissible", "discretion"]


def test_coverage_follows_a_conference_that_splits_a_category(tmp_path):
    """`rules coverage` counts countries for the categories whose rule turns on the owner, whatever
    they are called: a conference that moves parliaments into their own category sees it counted."""
    from evidence_check.ruleset.coverage import coverage

    rules = load(write(tmp_path, "r.yaml", """\
        ruleset: split
        title: Parliaments apart
        extends: default
        categories:
          legislature:
            label: Parliamentary record
            verdict: admissible
            contest: all_but_owner
            quote: Parliamentary records may be used and denied like government reports.
            cite: test
        move:
          - {group: parliaments, to: legislature}
        """))
    found = coverage(rules)
    assert list(found.owned) == ["government", "state_media", "legislature"]
    assert len(found.owned["legislature"]) >= 80 and not found.without("government")


def test_a_ruleset_that_changes_only_rules_keeps_its_parents_registry_as_built(tmp_path, monkeypatch):
    """Categories, titles or a committee above the default: the parent's compiled index serves as
    it is (no 26k-entry rebuild); a layer that moves publishers still gets its own."""
    from evidence_check import Checker, load_rules
    from evidence_check.ruleset import compiled
    from evidence_check.ruleset.index import Index

    load_rules()  # the default, compiled (as on any machine after its first run)
    built = []
    real_build = Index.build
    monkeypatch.setattr(Index, "build", lambda self, *a, **k: (built.append(1), real_build(self, *a, **k))[1])
    rules_only = write(tmp_path, "rules-only.yaml", "ruleset: rules-only\ntitle: t\nextends: default\n"
                                                      "categories:\n  rejected:\n    verdict: discretion\n")
    ruleset = compiled.read_ruleset(rules_only)
    assert built == []
    row = Checker(ruleset).check("https://www.bbc.co.uk/news")
    assert (row.classification.category, row.verdict) == ("rejected", "discretion")
    assert str(rules_only) in ruleset.files and any(f.endswith("registry/un.yaml") for f in ruleset.files)
    moving = write(tmp_path, "moving.yaml", "ruleset: moving\ntitle: t\nextends: default\n"
                                            "move:\n  - {group: wire, to: reuters}\n")
    assert Checker(compiled.read_ruleset(moving)).check("https://www.afp.com/en").classification.category == "reuters"
    assert built == [1]

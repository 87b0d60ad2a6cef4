"""Loading and validating rulesets: every problem has a file:line."""

import shutil
import textwrap
from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli
from evidence_check import RulesError
from evidence_check import ruleset as ruleset_module


def make(tmp_path: Path, registry: str, ruleset_patch=None) -> Path:
    """A copy of the mini ruleset whose registry file is `registry`."""
    target = tmp_path / "rs"
    shutil.copytree(FIXTURES / "mini", target)
    (target / "registry" / "pubs.yaml").write_text(textwrap.dedent(registry), encoding="utf-8")
    if ruleset_patch:
        path = target / "ruleset.yaml"
        path.write_text(ruleset_patch(path.read_text(encoding="utf-8")), encoding="utf-8")
    return target / "ruleset.yaml"


def problems(path: Path) -> list[str]:
    with pytest.raises(RulesError) as caught:
        ruleset_module.load(path)
    return [str(p) for p in caught.value.problems]


def test_the_mini_fixture_loads():
    rules = ruleset_module.load(FIXTURES / "mini" / "ruleset.yaml")
    assert set(rules.categories) == {"state_media", "wire", "news", "unlisted"}
    assert rules.index.get("xinhua").owner == "CHN"
    assert rules.index.get("xinhua").origin.endswith("pubs.yaml:2")


def test_malformed_yaml_names_file_line_and_column(tmp_path):
    path = make(tmp_path, "publishers:\n  - {id: a, name: [unclosed\n")
    [message] = problems(path)
    assert "pubs.yaml:" in message and "malformed YAML" in message
    line = int(message.split("pubs.yaml:")[1].split(":")[0])
    assert line >= 2


def test_unknown_and_missing_keys(tmp_path):
    path = make(tmp_path, """\
        publishers:
          - id: a
            name: A
            category: news
            basis: b
            domain: [a.example]
          - id: b
            name: B
            category: news
        """)
    found = problems(path)
    assert any("pubs.yaml:6: unknown key 'domain'" in p for p in found), found
    assert any("pubs.yaml:7:" in p and "missing 'basis'" in p for p in found), found


def test_bad_country_codes_are_reported_with_a_suggestion(tmp_path):
    path = make(tmp_path, """\
        publishers:
          - {id: a, name: A, category: state_media, owner: CN, domains: [a.example], basis: b}
          - {id: b, name: B, category: state_media, owner: XXX, domains: [b.example], basis: b}
          - {id: c, name: C, category: state_media, domains: [c.example], basis: b}
        """)
    found = problems(path)
    assert any(p.endswith("pubs.yaml:2: publisher 'a': bad country code 'CN': owner must be an ISO 3166-1 "
                          "alpha-3 code (did you mean CHN?)") for p in found), found
    assert any("pubs.yaml:3:" in p and "'XXX'" in p for p in found), found
    assert any("pubs.yaml:4:" in p and "needs an 'owner'" in p for p in found), found


def test_a_domain_claimed_twice_with_different_categories(tmp_path):
    path = make(tmp_path, """\
        publishers:
          - {id: a, name: A, category: news, domains: [shared.example], basis: b}
          - {id: b, name: B, category: wire,
             domains: [shared.example], basis: b}
        """)
    [message] = problems(path)
    assert "pubs.yaml:3:" in message  # the entry that claims it second
    assert "'shared.example' is already claimed by 'a'" in message and "different category" in message


def test_bad_domains_and_unknown_category(tmp_path):
    path = make(tmp_path, """\
        publishers:
          - {id: a, name: A, category: news, domains: [https://a.example], basis: b}
          - {id: b, name: B, category: news, domains: [Upper.Example], basis: b}
          - {id: c, name: C, category: newspaper, domains: [c.example], basis: b}
          - {id: d, name: D, category: news, domains: [www.d.example], basis: b}
        """)
    found = problems(path)
    assert any("pubs.yaml:2:" in p and "bare host suffix" in p for p in found), found
    assert any("pubs.yaml:3:" in p and "lower case" in p for p in found), found
    assert any("pubs.yaml:4:" in p and "unknown category 'newspaper'" in p for p in found), found
    assert any("pubs.yaml:5:" in p and "www." in p for p in found), found


def test_duplicate_keys_and_duplicate_ids(tmp_path):
    path = make(tmp_path, """\
        publishers:
          - id: a
            id: a2
            name: A
            category: news
            basis: b
          - {id: b, name: B, category: news, basis: b}
          - {id: b, name: B2, category: news, basis: b}
        """)
    found = problems(path)
    assert any("pubs.yaml:3: duplicate key 'id'" in p for p in found), found


def test_ruleset_level_problems(tmp_path):
    path = make(tmp_path, "publishers: []\n", lambda text: text.replace(
        "verdict: inadmissible", "verdict: maybe").replace("contest: anyone", "contest: everyone")
        .replace("title: A small", "colour: red\ntitle: A small"))
    found = problems(path)
    assert any("ruleset.yaml:2: unknown key 'colour'" in p for p in found), found
    assert any("verdict must be one of" in p and "'maybe'" in p for p in found), found
    assert any("contest must be one of" in p and "'everyone'" in p for p in found), found


def test_missing_registry_file(tmp_path):
    path = make(tmp_path, "publishers: []\n", lambda text: text.replace(
        "registry: [registry/pubs.yaml]", "registry: [registry/pubs.yaml, registry/gone.yaml]"))
    [message] = problems(path)
    assert "gone.yaml:0: file not found" in message


def test_validate_command_prints_problems_and_exits_2(tmp_path, exe):
    path = make(tmp_path, """\
        publishers:
          - {id: a, name: A, category: news, domains: [a.example], basis: b, extra: 1}
        """)
    result = run_cli(exe, "rules", "validate", str(path))
    assert result.returncode == 2
    err = result.stderr.decode()
    assert "pubs.yaml:2: unknown key 'extra'" in err
    assert "Traceback" not in err


def test_check_with_a_bad_ruleset_exits_2_without_traceback(tmp_path, exe):
    path = make(tmp_path, "publishers: [\n")
    result = run_cli(exe, "check", "--rules", str(path), "https://www.un.org/")
    assert result.returncode == 2
    assert b"malformed YAML" in result.stderr and b"Traceback" not in result.stderr
    assert result.stdout == b""


def test_the_bundled_default_validates(exe):
    result = run_cli(exe, "rules", "validate")
    assert result.returncode == 0, result.stderr.decode()
    assert b": ok (" in result.stdout


def test_the_line_keeping_yaml_reader_reads_every_bundled_file_as_pyyaml_does():
    """yamllines composes with libyaml's base loader and resolves plain scalars itself (fast);
    on every bundled rules file the result must equal PyYAML's safe loader."""
    import yaml

    from evidence_check.ruleset import yamllines
    from evidence_check.ruleset.paths import bundled_dir

    # the hand-written files (PyYAML's pure-Python safe loader takes seconds a megabyte; the big
    # generated files are written by the same YAML dumper and read the same way)
    files = sorted(p for p in bundled_dir().rglob("*.yaml") if p.stat().st_size < 120_000)
    assert len(files) > 10
    for path in files:
        assert yamllines.load(path) == yaml.safe_load(path.read_text(encoding="utf-8")), path


@pytest.mark.parametrize("text", ["a: true", "a: False", "a: ~", "a: null", "a: 12", "a: -3", "a: 1.5",
                                  "a: '12'", "a: \"true\"", "a: 0x1F", "a: yes", "a: 2024-01-01", "a: [1, x, on]",
                                  "a: .5", "a: 1e3", "a: +7"])
def test_plain_scalars_resolve_as_the_safe_loader_resolves_them(tmp_path, text):
    import yaml

    from evidence_check.ruleset import yamllines

    path = tmp_path / "f.yaml"
    path.write_text(text, encoding="utf-8")
    assert yamllines.load(path) == yaml.safe_load(text), text

"""The README's examples run as shown."""

import re
import shlex

import pytest

from conftest import FIXTURES, ROOT

NONET = {"PYTHONPATH": str(FIXTURES / "nonet")}
README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands():
    """Every `evidence-check ...` line in the README's sh blocks (continuations joined)."""
    found = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.S):
        text = block.replace("\\\n", " ")
        for line in text.splitlines():
            line = line.split("  #")[0].strip()
            # the `rules init` walk-through writes a file first: test_the_readme_init_walkthrough
            # and --online examples would fetch from the internet: tests/test_cli_online.py covers them locally;
            # `rules fmt --check` over the whole registry is test_registry_format.py's (per file, in parallel)
            if (line.startswith("evidence-check ") and "evidence-check.yaml" not in line and " init" not in line
                    and "--online" not in line and " rules fmt" not in line):
                found.append(line)
    return found


@pytest.mark.parametrize("line", commands())
def test_readme_command_runs(line, exe, tmp_path):
    line = line.split(" > ")[0].replace(" papers/", " examples/")  # the user's folder: ours
    args = shlex.split(line)[1:]
    import os
    import subprocess

    result = subprocess.run([exe, *args], cwd=ROOT, capture_output=True, timeout=60,
                            env={**os.environ, **NONET}, input=b"")
    assert result.returncode in (0, 1), (line, result.stderr.decode())
    assert b"Traceback" not in result.stderr


def test_the_readme_init_walkthrough(exe, tmp_path):
    import subprocess

    for line in ("rules init", "rules validate evidence-check.yaml", "rules diff default evidence-check.yaml"):
        result = subprocess.run([exe, *line.split()], cwd=tmp_path, capture_output=True, timeout=60)
        assert result.returncode in (0, 1), (line, result.stderr.decode())


def test_the_readme_yaml_example_is_a_valid_ruleset(tmp_path):
    from evidence_check.ruleset import load

    block = re.search(r"```yaml\n(ruleset: my-conference.*?)```", README, re.S).group(1)
    (tmp_path / "my-publishers.yaml").write_text("publishers: []\n", encoding="utf-8")
    path = tmp_path / "r.yaml"
    path.write_text(block, encoding="utf-8")
    rules = load(path)
    assert rules.categories["government"].denied_may_stand
    assert rules.index.get("sm-gbr-bbc").category == "state_media"


def test_the_library_example():
    block = re.search(r"```python\n(.*?)```", README, re.S).group(1)
    namespace = {}
    exec(block, namespace)  # noqa: S102 - our own README
    assert namespace["verdict"].verdict == "conditional"

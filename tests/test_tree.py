"""The tree shows the flow: no import cycle, and the README's module table is the tree."""

import importlib.util
import re

from conftest import ROOT


def _tool():
    spec = importlib.util.spec_from_file_location("import_graph", ROOT / "tools" / "import_graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_import_cycle():
    tool = _tool()
    assert tool.cycles(tool.graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    tool = _tool()
    assert tool.cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_readme_module_table_lists_every_module():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("## How it works", 1)[1].split("\n## ", 1)[0]
    listed = set()
    for cell in re.findall(r"^\| (`[^|]+) \|", table, re.M):
        for name in re.split(r"`?,\s*`?", cell):
            listed.add(name.strip("` "))
    package = ROOT / "src" / "evidence_check"
    actual = set()
    for path in package.rglob("*.py"):
        relative = path.relative_to(package)
        if relative.name in ("__init__.py", "__main__.py", "_version.py") and len(relative.parts) == 1:
            continue
        if len(relative.parts) > 1 and relative.parts[0] in ("online", "papers", "report", "ruleset", "cli", "session"):
            actual.add(relative.parts[0] + "/")
            continue
        actual.add(relative.name)
    assert actual <= listed, f"modules missing from the README table: {sorted(actual - listed)}"
    assert listed <= actual, f"the README table names modules that do not exist: {sorted(listed - actual)}"

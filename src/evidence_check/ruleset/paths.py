"""Where rulesets are: the bundled ones (by id), a path, or a project's own file found by
discovery (evidence-check.yaml in this folder or a parent, planted files refused)."""

from __future__ import annotations

import os
from pathlib import Path


def bundled_dir() -> Path:
    """The bundled rules: inside the installed package, or the checkout's rules/."""
    package = Path(__file__).resolve().parents[1]  # evidence_check/
    for candidate in (package / "rules", package.parents[1] / "rules"):
        if (candidate / "default.yaml").is_file():
            return candidate
    return package / "rules"


def default_path() -> Path:
    return bundled_dir() / "default.yaml"


_NOT_RULESETS = ("countries",)  # data files beside the bundled rulesets


def bundled_ids() -> list[str]:
    return sorted(p.stem for p in bundled_dir().glob("*.yaml") if p.stem not in _NOT_RULESETS)


def resolve(spec: str | Path, base: Path | None = None) -> Path | None:
    """A ruleset named by path (relative to base) or by bundled id. A bundled id ("default")
    always means the bundled ruleset, whatever files the current folder holds."""
    text = str(spec)
    if "/" not in text and os.sep not in text and not text.endswith((".yaml", ".yml")) \
            and text in bundled_ids():
        return bundled_dir() / f"{text}.yaml"
    candidate = (base / text) if base is not None and not os.path.isabs(text) else Path(text)
    if candidate.is_file():
        return candidate
    if "/" not in text and os.sep not in text:
        bundled = bundled_dir() / f"{text.removesuffix('.yaml')}.yaml"
        if bundled.is_file() and bundled.stem not in _NOT_RULESETS:
            return bundled
    return None


DISCOVERED_NAMES = ("evidence-check.yaml", ".evidence-check.yaml")


def discover(start: Path | None = None) -> Path | None:
    """A project ruleset in the current folder or a parent, like yamllint's config; it cannot be
    planted: the search stops at the user's home folder and at a repository's root, never looks
    in a folder anyone may write to (/tmp, an unpacked archive made world-writable), and ignores
    a file that is not the user's own or that others may change."""
    folder = (start or Path.cwd()).resolve()
    try:
        home = Path.home().resolve()
    except (RuntimeError, OSError):
        home = None
    for directory in (folder, *folder.parents):
        if not _safe_folder(directory):
            break  # a shared folder: nothing in it or above is trusted
        for name in DISCOVERED_NAMES:
            candidate = directory / name
            if candidate.is_file() and _safe_file(candidate):
                return candidate
        if directory == home or (directory / ".git").exists():
            break
    return None


def _owned(st: os.stat_result) -> bool:
    return not hasattr(os, "getuid") or st.st_uid in (os.getuid(), 0)


def _safe_folder(directory: Path) -> bool:
    try:
        st = os.stat(directory)
    except OSError:
        return False
    return not st.st_mode & 0o002  # world-writable (/tmp): anyone could have put a ruleset there


def _safe_file(path: Path) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return False
    return _owned(st) and not st.st_mode & 0o022

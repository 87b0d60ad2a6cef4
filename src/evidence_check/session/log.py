"""The ruling log: one JSON object a line, appended as it happens, never rewritten.

Each entry is written, flushed and fsync'd before the ruling is shown, so a
crash (or a killed process) loses nothing already ruled. Reopening a file
continues it: numbering goes on and the last settings come back. `undo`
appends a withdrawal; nothing is ever deleted.

Entries (`type`): "session" (settings: name, ruleset, committee; at start and
on each change), "ruling", "check", "withdraw" (of entry `n`). Rulings and
checks carry `n`, the row number the chair can type to name their source again.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

RULED = ("ruling", "check")


class LogError(OSError):
    """The log cannot be read or written."""


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def default_name(today: datetime | None = None) -> str:
    return f"session-{(today or datetime.now()).strftime('%Y-%m-%d')}.jsonl"


class Log:
    """A session file: the entries read back, and appends that reach the disk at once."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.entries: list[dict] = []
        self.damaged = 0  # lines that could not be read (a torn last line after a power cut)
        self._handle = None
        if self.path.exists():
            self._read()

    def _read(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise LogError(f"{self.path}: {exc.strerror}") from None
        for line in text.splitlines():
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except ValueError:
                self.damaged += 1
                continue
            if isinstance(entry, dict):
                self.entries.append(entry)
            else:
                self.damaged += 1

    # -- reading -----------------------------------------------------------------------------

    def withdrawn(self) -> set[int]:
        return {e["n"] for e in self.entries if e.get("type") == "withdraw" and isinstance(e.get("n"), int)}

    def rows(self, include_withdrawn: bool = False) -> list[dict]:
        """The rulings and checks, in order (withdrawn ones marked `withdrawn: true` when included)."""
        gone = self.withdrawn()
        rows = []
        for entry in self.entries:
            if entry.get("type") in RULED:
                if entry.get("n") in gone:
                    if include_withdrawn:
                        rows.append({**entry, "withdrawn": True})
                    continue
                rows.append(entry)
        return rows

    def row(self, n: int) -> dict | None:
        for entry in self.entries:
            if entry.get("type") in RULED and entry.get("n") == n:
                return entry
        return None

    def next_number(self) -> int:
        return max((e["n"] for e in self.entries if e.get("type") in RULED and isinstance(e.get("n"), int)),
                   default=0) + 1

    def settings(self) -> dict:
        """The last settings written (name, ruleset, committee), merged in order."""
        found: dict = {}
        for entry in self.entries:
            if entry.get("type") == "session":
                found.update({k: v for k, v in entry.items() if k in ("name", "ruleset", "committee")})
        return found

    # -- writing -----------------------------------------------------------------------------

    def append(self, entry: dict) -> dict:
        """Write one entry and make it durable before returning it (with `time` set)."""
        entry = {"time": now(), **entry} if "time" not in entry else entry
        line = json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n"
        handle = self._open()
        try:
            handle.write(line.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        except OSError as exc:
            raise LogError(f"{self.path}: {exc.strerror}") from None
        self.entries.append(entry)
        return entry

    def add(self, kind: str, fields: dict) -> dict:
        """A ruling or check, numbered."""
        return self.append({"type": kind, "n": self.next_number(), "time": now(), **fields})

    def undo(self) -> dict | None:
        """Withdraw the last ruling or check still standing; None when there is none."""
        rows = self.rows()
        if not rows:
            return None
        last = rows[-1]
        self.append({"type": "withdraw", "n": last["n"]})
        return last

    def _open(self):
        if self._handle is None:
            try:
                if self.path.parent and not self.path.parent.exists():
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                self._handle = open(self.path, "ab")  # noqa: SIM115 - kept open for the session
                if self._handle.tell() > 0 and not self._ends_with_newline():
                    self._handle.write(b"\n")  # a torn last line stays on its own
            except OSError as exc:
                raise LogError(f"{self.path}: {exc.strerror}") from None
        return self._handle

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as handle:
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) == b"\n"

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

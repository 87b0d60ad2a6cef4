"""The front ends: prompt_toolkit at a terminal, a plain line reader otherwise.

At a terminal: completion of commands, country names (committee members
first) and the sources already seen; history in a file beside the log, kept
between sessions; Ctrl-C cancels the line, Ctrl-D ends the session.
prompt_toolkit is imported only here, and only at a terminal.
"""

from __future__ import annotations

from pathlib import Path

from ..names import fold
from .lines import COMMANDS, EXPORT_FORMATS, KEYWORDS, split

HISTORY_NAME = ".evidence-check-history"


def history_path(log_path: Path) -> Path:
    return log_path.resolve().parent / HISTORY_NAME


def plain(session, stream) -> None:
    """Read lines from a stream (a pipe, a file, a script) until its end or `quit`."""
    for line in iter(stream.readline, ""):
        going_on = session.handle(line.rstrip("\r\n"))
        session.out.flush()  # a reader of the pipe sees each ruling as soon as it is made
        if not going_on:
            break


def interactive(session) -> None:
    """The prompt at a terminal: until `quit` or Ctrl-D."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory

    try:
        history = FileHistory(str(history_path(session.log.path)))
    except OSError:
        history = None
    prompt = PromptSession(history=history, completer=Completer(session), complete_while_typing=False,
                           reserve_space_for_menu=4)
    while True:
        try:
            line = prompt.prompt(session.prompt_text())
        except KeyboardInterrupt:  # Ctrl-C: the line is dropped, the session goes on
            session.awaiting_challenger = False
            continue
        except EOFError:  # Ctrl-D
            break
        if not session.handle(line):
            break


def candidates(session, before: str, word: str) -> list[tuple[str, str]]:
    """(completion, what it is) for the word being typed, given the text before it. Pure."""
    words = split(before)
    key = fold(word)
    sources = [(s, "source") for s in session.sources_seen() if key and fold(s).startswith(key)]
    if not words:
        commands = [(c, "command") for c in COMMANDS if word and c.startswith(word.lower())]
        return commands + sources + (_countries(session, key) if key else [])
    head = words[0].lower()
    if head == "export":
        return [(f, "format") for f in EXPORT_FORMATS if f.startswith(word.lower())] if len(words) == 1 else []
    if head == "rules":
        from ..ruleset.paths import bundled_ids

        return [(i, "ruleset") for i in bundled_ids() if i.startswith(word)] if len(words) == 1 else []
    if head in ("log", "undo", "help", "quit", "name"):
        return []
    if head == "committee":
        return _countries(session, key)
    keywords = [(k, "keyword") for k in KEYWORDS if word and k.startswith(word.lower())]
    if head == "check" and not any(w.lower() in KEYWORDS for w in words):
        return sources + keywords
    return _countries(session, key) + keywords


def _countries(session, key: str) -> list[tuple[str, str]]:
    """Country names that the word begins, committee members first (each country once)."""
    committee = session.settings.committee or ()
    countries = session.ruleset.countries
    seen: dict[str, str] = {}
    for name, alpha3 in session.finder.prefix_keys():
        if not key or name.startswith(key) or fold(alpha3) == key:
            seen.setdefault(alpha3, countries.describe(alpha3))
    if not key:
        seen = {a3: countries.describe(a3) for a3 in committee}
    members = [(seen[a3], "committee") for a3 in committee if a3 in seen]
    others = sorted((name, "country") for a3, name in seen.items() if a3 not in committee)
    return members + others


def Completer(session):  # noqa: N802 - a class made on demand, so prompt_toolkit loads only at a terminal
    from prompt_toolkit.completion import Completer as Base, Completion

    class SessionCompleter(Base):
        def get_completions(self, document, complete_event):
            word = document.get_word_before_cursor(WORD=True)
            before = document.text_before_cursor[:len(document.text_before_cursor) - len(word)]
            for text, meta in candidates(session, before, word):
                shown = f'"{text}"' if meta == "source" and " " in text else text
                yield Completion(shown, start_position=-len(word), display_meta=meta)

    return SessionCompleter()

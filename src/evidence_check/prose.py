"""What prose puts around a web address: <...>, quotes, trailing punctuation.

A leaf module: URL parsing (`urls`) and URL finding (`urlscan`) both trim.
"""

from __future__ import annotations

_TRAILING = ".,;:!?'\"\u201d\u2019»"
_LEADING = "([\"'\u201c\u2018«"
# Control characters and spaces a browser drops from both ends of a URL, and zero-width marks.
_INVISIBLE = "".join(chr(code) for code in range(0x21)) + "\u200b\ufeff"
_TRAILING_ALL = _TRAILING + ")]>"
TRAILING = _TRAILING_ALL  # what trim may take off the end of a URL (callers that must leave such input alone)
# CJK punctuation never belongs to an address written in prose: it closes one ("reliefweb.int（英語）",
# "www.mofa.go.jp/…。"). The ideographic full stop (U+3002) is the last: inside a host with a scheme
# it separates labels, as the URL standard says ("http://www.foo。bar.com").
CJK_PUNCTUATION = "\u3000\u3001\u300c\u300d\u300e\u300f\u3010\u3011\uff08\uff09\uff0c\uff1b\uff01\uff1f\u3002"
_WEB_SCHEMES = {"http", "https"}
_OTHER_SCHEMES_WITH_HOST = {"ftp", "ws", "wss"}
_MAX_UNWRAP = 4


def trim(text: str) -> str:
    """Strip what prose puts around a URL: <...>, quotes, trailing punctuation.

    A closing parenthesis is kept when the URL opened it (Wikipedia titles).
    """
    text = text.strip().strip(_INVISIBLE).strip()
    if text and text[0] not in _LEADING and text[0] != "<" and text[-1] not in _TRAILING_ALL:
        return text  # the common case: nothing to trim
    while text and text[0] in _LEADING:  # nothing written as a URL starts with these
        text = text[1:].lstrip()
    if text.startswith("<"):
        end = text.find(">")
        if end > 0:
            text = text[1:end]
    while text:
        last = text[-1]
        if last in _TRAILING or last.isspace() or last in _INVISIBLE:
            text = text[:-1]
        elif last == ")" and text.count("(") < text.count(")"):
            text = text[:-1]
        elif last == "]" and text.count("[") < text.count("]"):
            text = text[:-1]
        elif last == ">" and "<" not in text:
            text = text[:-1]
        else:
            break
    return text.strip()

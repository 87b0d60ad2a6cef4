"""Newspapers by their masthead: a name that reads as a newspaper's, in several languages.

The registry lists thousands of newspapers, but a delegate can cite any of the
world's papers. Newspaper names are built from a few words ("The Jakarta *Post*",
"*Daily* Nation", "Süddeutsche *Zeitung*", "*Folha* de S.Paulo", "琉球*新報*"), so a
name built that way is a newspaper even when no list has it. This is a last
resort: the recogniser asks only when no registry name, government body or UN
document is found, and the row says the class was read from the name.

A news publisher's company name counts too ("Nation Media Group"), but not "Media" alone
("Media Matters"). Only words that name a newspaper and little else count: not "Press" ("Oxford
University Press"), "Review" ("Harvard Law Review"), "Standard" or "Monitor";
"Gazette" not next to "Official" or "Government" (an official gazette is the
state's); "Journal" only as the last word ("Journal of Peace Research" is
academic) and not after a field ("Duke Law Journal", "British Medical Journal").
"""

from __future__ import annotations

import re
from functools import lru_cache

# The last word of an English, German or Dutch masthead: "The Japan Times", "Kyiv Post".
_LAST = (
    r"Times|Post|News|Herald|Tribune|Journal|Gazette|Chronicle|Telegraph|Inquirer|Dispatch|Courier|"
    r"Newspaper|Weekly|Magazine|Insider|Daily|"
    r"Zeitung|Nachrichten|Tagblatt|Rundschau|Kurier|Anzeiger|Krant|Dagblad|Dagbladet|Avisen|Tidning|"
    r"Noticias|Notícias|Diario|Diário|"
    # a company that publishes news ("Nation Media Group", "Fairfax Media"): press too, not a source
    r"Media\s+Group|Media\s+Corporation|Media\s+Company|Media\s+Holdings?|Media\s+Limited|Media\s+Ltd"
)
# The first word of a masthead: "Daily Nation", "Diário de Notícias", "Folha de S.Paulo",
# "Le Journal de Montréal", "Gazeta Wyborcza".
_FIRST = (r"Daily|Diario|Diário|Jornal|Folha|Gazeta|Gazzetta|Periódico|Periodico|Correio|Correo|Tribuna|Quotidien|"
          r"Semanario|Le\s+Journal")
# "Daily Press Briefing", "Daily Noon Briefing", "Daily Bulletin": a document an office issues
# every day (the UN Spokesperson's, a ministry's), not a newspaper's masthead.
_NOT_AFTER_FIRST = (r"\s+(?:Press\s+Brief|Press\s+Conference|Noon|Briefings?\b|Bulletins?\b|Reports?\b|Digest\b|"
                    r"Summary\b|Updates?\b|Brief\b|Situation\b)")
_WORD = r"(?:[A-Z\u00c0-\u00de][\w\u00c0-\u024f'\u2019&.-]*|\d{1,3})"
_LINK = r"(?:\s+(?:of|de|do|da|dos|das|del|di|du|des|de\s+la|van|für|am)\b)?"
_ARTICLE = r"(?:(?:The|Le|La|Les|El|Los|Las|O|Il|Die|Der|Das|De|Het)\s+)?"

@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    """The masthead patterns, compiled on first use (a URL-only run never reads a masthead)."""
    words = re.compile(
        rf"(?<![\w-]){_ARTICLE}(?:(?:{_WORD}{_LINK}\s+){{1,4}}(?:{_LAST})(?![\w-])(?!(?<=Journal)\s+(?:of|on|for|in)\s)(?!\s+(?:Report|Reports|Index|Survey|Database)\b)"
        rf"|(?:{_FIRST})(?!{_NOT_AFTER_FIRST})(?:\s+(?:de|do|da|del|di|du|de\s+la|of))?\s+{_WORD}(?:\s+{_WORD})?(?![\w-]))"
        r"|(?<![\w-])[A-Z\u00c0-\u00de][\w\u00c0-\u024f]+(?:zeitung|nachrichten|blatt)(?![\w-])"
    )
    # Cyrillic: "Новая газета", "газета «Коммерсантъ»".
    cyrillic = re.compile(r"(?<!\w)(?:[А-ЯЁ][а-яё]+\s+газета|[Гг]азета\s+[«\"][^»\"]{2,40}[»\"])(?!\w)")
    # Chinese, Japanese and Korean: a run of CJK ending in a newspaper word ("朝日新聞", "人民日报",
    # "中央日報", "조선일보", "BBCニュース").
    cjk = re.compile(
        r"[\w\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u30fb]{1,14}?"
        r"(?:新聞|新闻|日報|日报|晚报|晚報|時報|时报|新報|新报|週報|周报|일보|신문|ニュース|タイムズ|ポスト|ジャーナル|ヘラルド|トリビューン)"
    )
    # An official gazette is the state's, and the government grammar reads it.
    official = re.compile(r"\b(?:official|government|federal|officiel|oficial|ufficiale|amtsblatt)\b", re.I)
    return words, cyrillic, cjk, official


# A journal named by its field is scholarly: "Yale Law Journal", "British Medical Journal".
_SCHOLARLY_JOURNAL = re.compile(r"\b(?:Law|Legal|Medical|Medicine|Economic|Economics|Science|Scientific|Studies|"
                                r"Research|Policy|Historical|Philosophical|Mathematical|Academic|Veterinary|"
                                r"Dental|Nursing|Clinical)\s+Journal$")


def masthead(text: str) -> tuple[int, int, str] | None:
    """Where text names a newspaper by its masthead words: (start, end, the words), or None."""
    masthead_words, cyrillic, cjk, official = _patterns()
    for pattern in (masthead_words, cyrillic, cjk):
        for match in pattern.finditer(text):
            written = match.group(0).strip()
            if "Gazet" in written and official.search(text):
                continue
            if _SCHOLARLY_JOURNAL.search(written):
                continue  # "Duke Law Journal", "The British Medical Journal": a journal, not a paper
            return match.start(), match.start() + len(written), written
    return None


# A site named like a newspaper: the registered name (the label before the public suffix) holds
# a masthead word ("news24.jp", "dailystaregypt.com", "prospect-magazine.co.uk", "jakartapost").
_SITE_ANYWHERE = ("herald", "tribune", "gazette", "gazeta", "gazzetta", "zeitung", "shimbun", "nippo",
                  "magazine", "noticias", "noticia", "diario", "jornal", "chronicle", "telegraph", "inquirer",
                  "courier", "newspaper", "novosti")
_SITE_EDGES = ("news", "daily", "times")  # at the start or the end of the name
_SITE_ENDS = ("post",)  # "jakartapost", "huffpost"; not "postbank" or "posten" (postal services)
_NOT_NEWS = ("newschool", "newsom", "timeshare", "dailymed")


def _trie_pattern(words) -> str:
    """An alternation of words as a trie ("n(?:ews(?:paper)?|ippo)"): the same matches as
    "news|newspaper|nippo", found about a third faster (bulk input asks this of every unknown host)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node) -> str:
        branches = [re.escape(ch) + pattern(rest) for ch, rest in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + ("?" if "" in node else "")

    return pattern(trie)


# One scan that rules out most hosts before any closer look.
MAY_BE_NEWS = re.compile(_trie_pattern(_SITE_ANYWHERE + _SITE_EDGES + _SITE_ENDS))


def masthead_site(label: str) -> bool:
    """Whether a site's registered name reads as a newspaper's or a news site's."""
    name = label.lower()
    if not name.isascii() or any(word in name for word in _NOT_NEWS):
        return False
    parts = [part for part in re.split(r"[-\d]+", name) if part]
    if any(word in name for word in _SITE_ANYWHERE):
        return True
    for part in parts:
        if part.startswith(_SITE_EDGES) or part.endswith(_SITE_EDGES) or part.endswith(_SITE_ENDS):
            return True
    return False

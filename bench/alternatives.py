"""The cost of admissible alternatives per page: reading what a 2 MB page cites, and judging it.

    python bench/alternatives.py [--repeats 15] [--size 2097152]

Three pages of --size bytes, built from the saved test pages (tests/fixtures/online/): a
Wikipedia-like article (body paragraphs, then a reference list of cite-web references to
UN, government, Reuters and newspaper sources, navboxes and footer links), a news story
(a long article body with outbound links and UN document symbols, navigation and
footers), and the same story whose links all stay on its own site (nothing to keep: the
whole body is scanned, no candidate cap ends the read early). For each page, three steps
run interleaved, `--repeats` times each, and each is reported as median (min-max):

- `html.parser walk`: the standard library's parser walking every tag and text (no work
  done in the callbacks), for scale: what a DOM-less stdlib reader costs at least;
- `read links`: online.pagelinks.read, what online mode runs on every page it reads for
  alternatives (the regions that matter, found and balanced; only they are read);
- `read + judge`: the same, then online.alternatives.admissible with the bundled rules
  (every candidate parsed, classified and judged as a citation; the strongest 5 kept).

In-process wall time (perf_counter); the rules are loaded once before timing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from evidence_check import Checker, Context  # noqa: E402
from evidence_check.online import pagelinks  # noqa: E402
from evidence_check.online.alternatives import admissible  # noqa: E402

PAGES = ROOT / "tests" / "fixtures" / "online"

PARAGRAPH = ('<p>Lorem ipsum <a href="/wiki/Topic_{n}" title="Topic">dolor</a> sit amet, consectetur adipiscing elit'
             '<sup id="cite_ref-{n}" class="reference"><a href="#cite_note-{n}">[{n}]</a></sup>, sed do eiusmod '
             'tempor incididunt ut labore et <a href="/wiki/Other_{n}">dolore magna</a> aliqua.</p>\n')
REFERENCE = ('<li id="cite_note-{n}"><span class="mw-cite-backlink"><b><a href="#cite_ref-{n}">^</a></b></span> '
             '<span class="reference-text"><cite class="citation web cs1"><a rel="nofollow" class="external text" '
             'href="{url}">"Report number {n}"</a>. <i>{who}</i>. 2023. Retrieved 5 May 2023.</cite>'
             '<span title="ctx_ver=Z39.88-2004&amp;rft.genre=unknown" class="Z3988"></span></span></li>\n')
SOURCES = [("https://www.unodc.org/documents/report-{n}.pdf", "UNODC"),
           ("https://www.state.gov/reports/report-{n}/", "U.S. Department of State"),
           ("https://www.nytimes.com/2023/01/{n}/world/story.html", "The New York Times"),
           ("https://www.reuters.com/world/story-{n}/", "Reuters"),
           ("https://www.bbc.com/news/world-{n}", "BBC News"),
           ("https://example-blog-{n}.example/post", "A blog")]
STORY = ('<p>Paragraph {n} of the story, quoting <a href="https://www.theguardian.com/world/{n}">another paper</a> '
         'and <a href="https://www.unhcr.org/news/{n}">a UNHCR statement</a>, with more words to read through '
         'before the next paragraph begins; officials cited S/RES/{n} (2017) once.</p>\n')


def wikipedia(size: int) -> str:
    head, _, rest = (PAGES / "wiki_article.html").read_text(encoding="utf-8").partition('<ol class="references">')
    refs, _, tail = rest.partition("</ol>")
    body, n = [], 0
    while sum(map(len, body)) < size * 0.6:
        body.append(PARAGRAPH.format(n=n))
        n += 1
    references = []
    while len(head) + sum(map(len, body)) + sum(map(len, references)) + len(refs) + len(tail) < size:
        url, who = SOURCES[n % len(SOURCES)]
        references.append(REFERENCE.format(n=n, url=url.format(n=n), who=who))
        n += 1
    cut = head.index('<div class="mw-heading mw-heading2"><h2 id="References">')
    return head[:cut] + "".join(body) + head[cut:] + '<ol class="references">' + refs + "".join(references) + \
        "</ol>" + tail


LOCAL = ('<p>Paragraph {n}, with <a href="/world/{n}">a link to the paper\'s own archive</a> and '
         '<a href="https://news.example/topics/{n}">another</a>; more words to read through before the next '
         'paragraph begins, as long stories have them, and nothing the rules would accept.</p>\n')


def story(size: int, paragraph: str = STORY) -> str:
    text = (PAGES / "news_story.html").read_text(encoding="utf-8")
    head, _, tail = text.partition("<p>The number")
    paragraphs, n = [], 0
    while len(head) + len(tail) + sum(map(len, paragraphs)) < size:
        paragraphs.append(paragraph.format(n=n))
        n += 1
    return head + "".join(paragraphs) + "<p>The number" + tail


class _Walk(HTMLParser):
    def handle_starttag(self, tag, attrs):
        pass

    def handle_data(self, data):
        pass


def walk(text: str, base: str) -> None:
    parser = _Walk(convert_charrefs=True)
    parser.feed(text)
    parser.close()


def read(text: str, base: str) -> None:
    pagelinks.read(text, base)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--size", type=int, default=2 * 1024 * 1024, help="bytes per page (default 2 MB)")
    args = parser.parse_args()
    checker = Checker(context=Context(cited_by="UKR", about=("RUS",)))

    def judged(text: str, base: str) -> None:
        admissible(checker, pagelinks.read(text, base).candidates, 5)

    pages = {"Wikipedia-like article": (wikipedia(args.size), "https://en.wikipedia.org/wiki/Freedonia"),
             "news story": (story(args.size), "https://news.example/2023/01/24/story"),
             "news story, own links only": (story(args.size, LOCAL), "https://news.example/2023/01/24/story")}
    steps = {"html.parser walk": walk, "read links": read, "read + judge": judged}
    judged(*pages["news story"])  # warm-up: the classifier's first calls, the regex caches
    for name, (text, base) in pages.items():
        found = pagelinks.read(text, base)
        best, total = admissible(checker, found.candidates, 5)
        print(f"{name}: {len(text.encode()):,} bytes, read as {found.kind}: {len(found.candidates)} candidates, "
              f"{total} admissible")
        times: dict[str, list[float]] = {step: [] for step in steps}
        for _ in range(max(args.repeats, 1)):
            for step, function in steps.items():  # interleaved: a slow moment hits every step alike
                started = time.perf_counter()
                function(text, base)
                times[step].append((time.perf_counter() - started) * 1000)
        for step, samples in times.items():
            print(f"  {step:<18} median {statistics.median(samples):7.1f} ms  "
                  f"({min(samples):.1f}-{max(samples):.1f}, {len(samples)} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

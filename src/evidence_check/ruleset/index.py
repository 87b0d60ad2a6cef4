"""The registry index: find a publisher by host, path or name, fast.

Lookups walk up a host's labels (`uk.reuters.com`, `reuters.com`, `com`), so
a domain matches itself and its subdomains on label boundaries only, and the
longest (most specific) suffix wins. Path-prefix entries (`un.org/securitycouncil`)
beat the plain entry of the same host. Names are matched on their folded form.
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from zlib import crc32

from ..model import Publisher
from ..names import fold, fold_name

_FIELDS = tuple(f.name for f in fields(Publisher))


class Publishers(Sequence):
    """The registry's publishers, in order, built on first use from compact rows.

    A compiled ruleset holds tens of thousands of publishers; a run looks at a few.
    Pickled, each publisher is one marshalled tuple (bytes), and a Publisher is
    made only when it is asked for: start-up stays flat as the registry grows.
    """

    __slots__ = ("_rows", "_made")

    def __init__(self, items=()):
        self._rows: list[bytes | None] = []
        self._made: list[Publisher | None] = []
        for item in items:
            self.append(item)

    def append(self, publisher: Publisher) -> None:
        self._rows.append(None)
        self._made.append(publisher)

    def __len__(self) -> int:
        return len(self._made)

    def __getitem__(self, number):
        if isinstance(number, slice):
            return [self[i] for i in range(*number.indices(len(self)))]
        made = self._made[number]
        if made is None:
            made = self._made[number] = Publisher(*marshal.loads(self._rows[number]))
        return made

    def __iter__(self):
        for number in range(len(self._made)):
            yield self[number]

    def forget(self, number: int) -> None:
        """Drop the Publisher made for a row (made again from the row when asked for); one that
        has no row (appended, not unpickled) is kept."""
        if self._rows[number] is not None:
            self._made[number] = None

    def __getstate__(self):
        """One marshal blob of every row, back to back, and where each row ends: unpickled, that is
        two byte strings, not tens of thousands of objects."""
        parts = [bytes(row) if row is not None else marshal.dumps(tuple(getattr(made, name) for name in _FIELDS))
                 for row, made in zip(self._rows, self._made)]
        blob, ends = _joined(parts)
        return blob, ends.tobytes()

    def __reduce_ex__(self, protocol):
        """Pickle protocol 5 takes the blob out of band (ruleset/compiled.py maps it from the file)."""
        blob, ends = self.__getstate__()
        if protocol >= 5:
            from pickle import PickleBuffer

            blob, ends = PickleBuffer(blob), PickleBuffer(ends)
        return Publishers, (), (blob, ends)

    def __setstate__(self, state):
        self._rows = _Rows(*state) if isinstance(state, tuple) else state
        self._made = [None] * len(self._rows)


class _Rows:
    """The rows of unpickled Publishers: row i is a view of one blob (see Publishers.__getstate__)."""

    __slots__ = ("_blob", "_ends")

    def __init__(self, blob, ends):  # bytes, or views of a mapped file
        self._blob = memoryview(blob)
        self._ends = memoryview(ends).cast("Q")

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, number: int) -> memoryview:
        ends = self._ends
        if number < 0:
            number += len(ends)
        return _piece(self._blob, ends, number)  # IndexError past the end, as a list's


def _joined(parts: list[bytes]):
    """Byte strings back to back, and where each ends (an array of unsigned 64-bit offsets)."""
    from array import array

    ends = array("Q")
    size = 0
    for part in parts:
        size += len(part)
        ends.append(size)
    return b"".join(parts), ends


def _piece(blob, ends, number: int):
    """Piece `number` of a blob `_joined` made (a view when the blob is one)."""
    return blob[ends[number - 1] if number else 0:ends[number]]


def _bucket(key: str, count: int, by_host: bool) -> int:
    """A key's bucket: a hash that is the same in every process (str's hash is not; CRC-32, in C,
    so packing the tables of a 25k-entry registry costs milliseconds, not half a second). By host,
    the bucket of a host's last two labels, so a walk up "a.b.un.org" reads one bucket for the
    first three suffixes and one for "org"."""
    if by_host:
        last = key.rfind(".")
        if last > 0:
            key = key[key.rfind(".", 0, last) + 1:]
    return crc32(key.encode("utf-8", "surrogatepass")) % count


class _Buckets(Mapping):
    """A lookup table of an unpickled index (by_id, names, fallback), read as a dict is.

    `get`, `in` and `[]` decode only the key's bucket (a few hundred entries of tens of thousands);
    walking the table (items, keys, iteration) decodes the whole of it, in its original order;
    its length is stored. Once whole (walked, or after many lookups: a bulk run), the index is
    handed the plain dict (`done`), so later lookups cost what a dict's do."""

    __slots__ = ("_whole", "_blob", "_ends", "_by_host", "_parts", "_all", "_done", "_asked")
    _WHOLE_AFTER = 256  # lookups, then the whole table is decoded once

    def __init__(self, whole, blob, ends, by_host: bool, done=None):
        self._whole = whole
        self._blob = memoryview(blob)
        self._ends = memoryview(ends).cast("Q")
        self._by_host = by_host
        self._parts: dict[int, dict] = {}
        self._all: dict | None = None
        self._done = done
        self._asked = 0

    @staticmethod
    def pack(table: dict, count: int, by_host: bool) -> tuple[bytes, bytes]:
        parts: list[dict] = [{} for _ in range(count)]
        for key, value in table.items():
            parts[_bucket(key, count, by_host)][key] = value
        blob, ends = _joined([marshal.dumps(part) for part in parts])
        ends.append(len(table))  # then the number of entries
        return blob, ends.tobytes()

    def _part(self, key) -> dict:
        if self._all is not None:
            return self._all
        self._asked += 1
        if self._asked > self._WHOLE_AFTER:
            return self._table()
        number = _bucket(key, len(self._ends) - 1, self._by_host) if isinstance(key, str) else -1
        if number < 0:
            return {}
        part = self._parts.get(number)
        if part is None:
            part = self._parts[number] = marshal.loads(_piece(self._blob, self._ends, number))
        return part

    def get(self, key, default=None):
        return self._part(key).get(key, default)

    def __getitem__(self, key):
        return self._part(key)[key]

    def __contains__(self, key) -> bool:
        return key in self._part(key)

    def _table(self) -> dict:
        if self._all is None:
            self._all = marshal.loads(self._whole)
            self._parts.clear()
            if self._done is not None:
                self._done(self._all)
        return self._all

    def __iter__(self):
        return iter(self._table())

    def __len__(self) -> int:
        return self._ends[len(self._ends) - 1]

    def items(self):
        return self._table().items()

    def keys(self):
        return self._table().keys()

    def values(self):
        return self._table().values()

    def __eq__(self, other):
        return self._table() == (dict(other) if isinstance(other, _Buckets) else other)

    def __repr__(self) -> str:
        return repr(self._table())


def split_domain(domain: str) -> tuple[str, str]:
    """'un.org/en/ga' -> ('un.org', '/en/ga'); 'un.org' -> ('un.org', '')."""
    host, slash, path = domain.partition("/")
    return host, (slash + path).rstrip("/") if slash else ""


def proper_prefixes(keys) -> set[str]:
    """The word prefixes of keys that some key goes on from ("united nations" of "united nations
    children's fund"), not the keys themselves: what reading names word by word needs to know to
    read on, in about half the memory of all prefixes."""
    prefixes = set()
    for key in keys:
        end = key.rfind(" ")
        while end > 0:
            prefix = key[:end]
            if prefix in prefixes:
                break  # its own prefixes are in too
            prefixes.add(prefix)
            end = key.rfind(" ", 0, end)
    return prefixes


# a path's first segment, as path_matches bounds it ("/en/ga/x" and "/en.html": "en")
_FIRST_SEGMENT = re.compile(r"/?([^/?#.]*)")


def path_matches(path: str, prefix: str) -> bool:
    """Prefix match on segment boundaries: /en/ga matches /en/ga/x, not /en/gamma."""
    return path == prefix or path.startswith(prefix + "/") or (
        path.startswith(prefix) and path[len(prefix):len(prefix) + 1] in ("?", "#", ".", "")
    )


_QUALIFIED = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")


_NOT_ENGLISH = frozenset("van de da do das dos der die den des du di del della la le les el los las och og for fur "
                         "und y e et i na ve ja".split())


def _english(key: str) -> bool:
    """A name in English, where the registry lists most states' bodies: there a word three
    states' names share shows up as shared. In other languages fewer states are listed, so a
    short name's words cannot be told apart from every state's ("Ministerie van Buitenlandse
    Zaken") and it keeps its country."""
    return key.isascii() and not any(word in _NOT_ENGLISH for word in key.split())


def _shared_words(publishers) -> frozenset[str]:
    """Words that do not tell one state's body from another's: the grammar's body, topic and
    linking words, short words, and any word the government names of three states or more use."""
    from ..grammar import STRONG_BODIES, TOPIC_WORDS, WEAK_BODIES

    owners: dict[str, set[str]] = {}
    for publisher in publishers:
        if publisher.category == "government" and publisher.owner:
            for name in (publisher.name, *publisher.aliases):
                for word in set(fold_name(name).split()):
                    owners.setdefault(word, set()).add(publisher.owner)
    shared = {word for word, who in owners.items() if len(who) >= 3}
    shared |= TOPIC_WORDS | {word for phrase in STRONG_BODIES + WEAK_BODIES for word in fold(phrase).split()}
    return frozenset(shared | {word for word in owners if len(word) <= 3})


@dataclass
class Index:
    publishers: Publishers = field(default_factory=Publishers)
    by_id: dict[str, int] = field(default_factory=dict)
    hosts: dict[str, int] = field(default_factory=dict)
    paths: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    names: dict[str, int] = field(default_factory=dict)
    fallback: dict[str, int] = field(default_factory=dict)  # last-resort host suffixes (e.g. GDELT's news list)
    ambiguous: set[str] = field(default_factory=set)  # names that several publishers of different owners bear
    # the word prefixes of names that a longer name goes on from ("united nations" of "united nations
    # children's fund"): what reading names in free text needs; built here so the compiled ruleset
    # carries it (building it from the names costs a run that reads text about 80 ms)
    name_prefixes: dict[str, int] = field(default_factory=dict)
    # owner state -> the numbers of its publishers, in order: what reading "CBS Netherlands" needs
    # without making every publisher of the registry (Recogniser.state_acronym)
    by_owner: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def build(self, publishers, places: frozenset[str] = frozenset()) -> None:
        """Index publishers in order: a later entry's domain wins over an earlier one's;
        a publisher's own name wins over another's alias, else the first one wins. A name
        that publishers of different categories or owners bear ("Ministry of Health") names
        none of them: it is dropped rather than given to the first."""
        primary: set[str] = set()
        bearers: dict[str, set[tuple]] = {}
        for publisher in publishers:
            number = len(self.publishers)
            self.publishers.append(publisher)
            self.by_id[publisher.id] = number
            if publisher.fallback:
                for domain in publisher.domains:
                    self.fallback.setdefault(split_domain(domain)[0], number)
            else:
                for domain in publisher.domains:
                    host, path = split_domain(domain)
                    if path:
                        self.paths.setdefault(host, []).append((path.lower(), number))
                    else:
                        self.hosts[host] = number
            key = fold_name(publisher.name)
            bearers.setdefault(key, set()).add((publisher.category, publisher.owner))
            if key not in primary:
                primary.add(key)
                self.names[key] = number
        for number, publisher in enumerate(self.publishers):
            for alias in publisher.aliases:
                key = fold_name(alias)
                bearers.setdefault(key, set()).add((publisher.category, publisher.owner))
                self.names.setdefault(key, number)
        # "Department for Environment, Food and Rural Affairs (United Kingdom)" is cited without
        # the country in brackets that tells it apart. The bare name counts too when it is five
        # words or more, or three or four with a word of its own (see _own_words): "Congressional
        # Research Service" does, "Ministério da Saúde (Brasil)" or "National Statistics Office
        # (Malawi)" does not (many states' bodies bear it, listed or not). Another publisher of a
        # different category or owner bearing the bare name drops it, as for any name.
        stripped = []
        for number, publisher in enumerate(self.publishers) if places else ():
            for name in (publisher.name, *publisher.aliases):
                match = _QUALIFIED.match(name)
                if match is not None and fold_name(match.group(2)) in places:
                    key = fold_name(match.group(1))
                    if key.count(" ") >= 2 or (key.count(" ") == 1 and publisher.owner is None):
                        # "La Nación (Argentina)": a newspaper's name is the same class in every
                        # state that has one, so two words are enough when no owner rides on it
                        stripped.append((key, number))
        common = _shared_words(self.publishers) if stripped else frozenset()
        for key, number in stripped:
            owner_free = self.publishers[number].owner is None
            if key.count(" ") >= 4 or owner_free or (_english(key) and any(word not in common for word in key.split())):
                publisher = self.publishers[number]
                bearers.setdefault(key, set()).add((publisher.category, publisher.owner))
                self.names.setdefault(key, number)
        for key, who in bearers.items():
            if len(who) > 1:
                self.names.pop(key, None)
                self.ambiguous.add(key)
        for entries in self.paths.values():
            entries.sort(key=lambda item: -len(item[0]))
        self.name_prefixes = dict.fromkeys(proper_prefixes(self.names), 1)
        owned: dict[str, list[int]] = {}
        for number, publisher in enumerate(self.publishers):
            if publisher.owner:
                owned.setdefault(publisher.owner, []).append(number)
        self.by_owner = {owner: tuple(numbers) for owner, numbers in owned.items()}

    # Parts of the index a run may never touch (a URL-only run never looks up a name) are
    # pickled as marshal blobs and decoded on first use, so start-up does not pay for them.
    # Each is also pickled in buckets (see _Buckets): a lookup decodes the one bucket it needs,
    # and the whole table is decoded only when someone walks it.
    _LAZY = ("by_id", "names", "fallback", "hosts", "name_prefixes", "by_owner")
    _BUCKETS = {"by_id": (64, False), "names": (128, False), "fallback": (64, True), "hosts": (128, True),
                "name_prefixes": (64, False), "by_owner": (16, False)}

    def derived(self, key, build):
        """A table computed from this index alone (the recogniser's, the last resort's names), made
        once and shared by every Classifier of the ruleset; never pickled."""
        cache = self.__dict__.setdefault("_derived", {})
        value = cache.get(key)
        if value is None:
            value = cache[key] = build()
        return value

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_lazy", None)
        state.pop("_derived", None)
        for name in self._LAZY:
            if name in state:
                value = state[name]
                table = dict(value) if isinstance(value, _Buckets) else value
                state[name] = (marshal.dumps(table), *_Buckets.pack(table, *self._BUCKETS[name]))
            else:  # still blobs: never decoded in this process (bytes, or views of a mapped file)
                state[name] = tuple(bytes(part) for part in self.__dict__["_lazy"][name])
        return state

    def __reduce_ex__(self, protocol):
        """Pickle protocol 5 takes the lazy blobs out of band (ruleset/compiled.py maps them)."""
        reduced = super().__reduce_ex__(protocol)
        if protocol >= 5:
            from pickle import PickleBuffer

            state = reduced[2]
            for name in self._LAZY:
                state[name] = tuple(PickleBuffer(part) for part in state[name])
        return reduced

    def __setstate__(self, state):
        lazy = {name: state.pop(name) for name in self._LAZY if isinstance(state.get(name), tuple)}
        self.__dict__.update(state)
        self.__dict__["_lazy"] = lazy

    def __getattr__(self, name):
        lazy = self.__dict__.get("_lazy")
        if lazy and name in lazy:
            whole, blob, ends = lazy.pop(name)
            attributes = self.__dict__
            value = attributes[name] = _Buckets(whole, blob, ends, self._BUCKETS[name][1],
                                                lambda table: attributes.__setitem__(name, table))
            return value
        raise AttributeError(name)

    def get(self, publisher_id: str) -> Publisher | None:
        number = self.by_id.get(publisher_id)
        return None if number is None else self.publishers[number]

    def by_host(self, host: str, path: str = "") -> tuple[Publisher, str] | None:
        """The most specific entry for host+path, with the domain that matched."""
        suffix = host
        paths = self.paths
        lowered = None
        while True:
            if paths:
                candidates = paths.get(suffix)
                if candidates:
                    if lowered is None:
                        lowered = path.lower()
                        segment = _FIRST_SEGMENT.match(lowered).group(1)
                    # only the prefixes that start with the path's first segment can match
                    # (gov.br and politie.be hold dozens): grouped once per host, longest first
                    for prefix, number in self._segmented(suffix, candidates).get(segment, ()):
                        if path_matches(lowered, prefix):
                            return self.publishers[number], suffix + prefix
            number = self.hosts.get(suffix)
            if number is not None:
                made = self.publishers._made[number]  # the common case without a method call
                return (made if made is not None else self.publishers[number]), suffix
            dot = suffix.find(".")
            if dot < 0:
                return None
            suffix = suffix[dot + 1:]

    def _segmented(self, suffix: str, candidates: list[tuple[str, int]]) -> dict[str, list[tuple[str, int]]]:
        """A host's path prefixes by their first segment, in their order (longest first)."""
        table = self.derived("path-segments", dict)
        grouped = table.get(suffix)
        if grouped is None:
            grouped = table[suffix] = {}
            for prefix, number in candidates:
                grouped.setdefault(_FIRST_SEGMENT.match(prefix).group(1), []).append((prefix, number))
        return grouped

    def lookup(self, host: str) -> tuple[tuple[Publisher, str] | None, bool]:
        """One walk up the host's labels: (the entry for the host alone, or else the last-resort
        entry; whether any entry under its suffixes is a path prefix)."""
        hosts, paths = self.hosts, self.paths
        fallback = self.fallback
        found = None
        last_resort = None
        path_dependent = False
        suffix = host
        while True:
            if paths and suffix in paths:
                path_dependent = True
            if found is None:
                number = hosts.get(suffix)
                if number is not None:
                    made = self.publishers._made[number]
                    found = ((made if made is not None else self.publishers[number]), suffix)
                elif last_resort is None and fallback:
                    number = fallback.get(suffix)
                    if number is not None:
                        last_resort = (self.publishers[number], suffix)
            dot = suffix.find(".")
            if dot < 0:
                break
            suffix = suffix[dot + 1:]
        if found is None and not path_dependent:
            found = last_resort
        return found, path_dependent

    def has_paths(self, host: str) -> bool:
        """True when some entry under this host's suffixes is a path prefix."""
        if not self.paths:
            return False
        suffix = host
        while True:
            if suffix in self.paths:
                return True
            dot = suffix.find(".")
            if dot < 0:
                return False
            suffix = suffix[dot + 1:]

    def by_name(self, name: str) -> Publisher | None:
        number = self.names.get(fold(name))
        return None if number is None else self.publishers[number]

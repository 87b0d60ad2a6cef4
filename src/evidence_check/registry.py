"""The registry index: find a publisher by host, path or name, fast.

Lookups walk up a host's labels (`uk.reuters.com`, `reuters.com`, `com`), so
a domain matches itself and its subdomains on label boundaries only, and the
longest (most specific) suffix wins. Path-prefix entries (`un.org/securitycouncil`)
beat the plain entry of the same host. Names are matched on their folded form.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Publisher
from .names import fold


def split_domain(domain: str) -> tuple[str, str]:
    """'un.org/en/ga' -> ('un.org', '/en/ga'); 'un.org' -> ('un.org', '')."""
    host, slash, path = domain.partition("/")
    return host, (slash + path).rstrip("/") if slash else ""


def path_matches(path: str, prefix: str) -> bool:
    """Prefix match on segment boundaries: /en/ga matches /en/ga/x, not /en/gamma."""
    return path == prefix or path.startswith(prefix + "/") or (
        path.startswith(prefix) and path[len(prefix):len(prefix) + 1] in ("?", "#", ".", "")
    )


@dataclass
class Index:
    publishers: list[Publisher] = field(default_factory=list)
    by_id: dict[str, int] = field(default_factory=dict)
    hosts: dict[str, int] = field(default_factory=dict)
    paths: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    names: dict[str, int] = field(default_factory=dict)

    def build(self, publishers) -> None:
        """Index publishers in order: a later entry's domain wins over an earlier one's;
        a publisher's own name wins over another's alias, else the first one wins."""
        primary: set[str] = set()
        for publisher in publishers:
            number = len(self.publishers)
            self.publishers.append(publisher)
            self.by_id[publisher.id] = number
            for domain in publisher.domains:
                host, path = split_domain(domain)
                if path:
                    self.paths.setdefault(host, []).append((path.lower(), number))
                else:
                    self.hosts[host] = number
            key = fold(publisher.name)
            if key not in primary:
                primary.add(key)
                self.names[key] = number
        for number, publisher in enumerate(self.publishers):
            for alias in publisher.aliases:
                self.names.setdefault(fold(alias), number)
        for entries in self.paths.values():
            entries.sort(key=lambda item: -len(item[0]))

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
                    for prefix, number in candidates:
                        if path_matches(lowered, prefix):
                            return self.publishers[number], suffix + prefix
            number = self.hosts.get(suffix)
            if number is not None:
                return self.publishers[number], suffix
            dot = suffix.find(".")
            if dot < 0:
                return None
            suffix = suffix[dot + 1:]

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

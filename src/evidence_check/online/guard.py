"""Where online mode may connect: the target of each hop, and the SSRF guard.

Every hop is parsed the way a browser parses it (WHATWG, via ada), so numeric
hosts such as 0x7f000001, 2130706433 or [::ffff:127.0.0.1] arrive here as the
addresses they are. The host is resolved once, every address is checked, and
the connection then goes to a checked address (never a second lookup), with
the name kept for the Host header and TLS SNI: DNS rebinding cannot swap in
another address between the check and the connection.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass

from ..urls import parse_ada

_DEFAULT_PORTS = {"http": 80, "https": 443}
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True, slots=True)
class Target:
    """One hop: a web URL taken apart for connecting to an address we chose."""

    href: str  # the normalised URL (no userinfo, no fragment): what the chain shows
    scheme: str  # "http" | "https"
    host: str  # host name or address, without IPv6 brackets
    port: int
    port_given: bool  # the URL names a non-default port
    target: str  # path and query
    literal: Address | None  # the host is an IP address

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}" if self.port_given else host

    def url_for(self, address: str) -> str:
        """The URL with the host replaced by the address to connect to."""
        host = f"[{address}]" if ":" in address else address
        return f"{self.scheme}://{host}:{self.port}{self.target}"


@dataclass(frozen=True, slots=True)
class Bad:
    """A hop that cannot be fetched, and why."""

    status: str  # "blocked" | "error"
    error: str


def parse_target(url: str) -> Target | Bad:
    parts = parse_ada(url)
    if parts is None:
        return Bad("error", "not a valid URL")
    href, scheme, hostname, pathname, search, port = parts
    if scheme not in _DEFAULT_PORTS:
        return Bad("blocked", f"not a web address ({scheme}: URL); only http and https are fetched")
    host = hostname[1:-1] if hostname.startswith("[") else hostname.rstrip(".")
    if not host:
        return Bad("error", "URL has no host")
    try:
        literal: Address | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    number = int(port) if port else _DEFAULT_PORTS[scheme]
    target = (pathname or "/") + search
    shown = f"[{host}]" if ":" in host else host
    return Target(f"{scheme}://{shown}{':' + port if port else ''}{target}", scheme, host, number,
                  bool(port), target, literal)


def embedded_ipv4(address: Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, 6to4, Teredo, NAT64), if any."""
    if address.version != 6:
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


# IANA's IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and later), written out here
# so the guard does not depend on one Python version's `is_private` tables (3.11.7 lets
# 192.0.0.8 through). Blocks that are globally reachable but never a paper's source (AS112, AMT,
# the PCP and TURN anycast addresses) are refused as well: nothing is lost, nothing slips.
_SPECIAL = tuple(ipaddress.ip_network(block) for block in (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
    "192.0.0.0/24", "192.0.2.0/24", "192.31.196.0/24", "192.52.193.0/24", "192.88.99.0/24",
    "192.168.0.0/16", "192.175.48.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
    "224.0.0.0/4", "240.0.0.0/4", "255.255.255.255/32",
    "::/128", "::1/128", "::ffff:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/23",
    "2001:db8::/32", "2002::/16", "3fff::/20", "5f00::/16", "fc00::/7", "fe80::/10", "ff00::/8",
))


def special_purpose(address: Address) -> str | None:
    """The IANA special-purpose block an address is in, or None."""
    for block in _SPECIAL:
        if address.version == block.version and address in block:
            return str(block)
    return None


def refusal(address: Address) -> str | None:
    """Why connecting to this address is refused, or None when it is a public address."""
    inner = embedded_ipv4(address)
    if inner is not None:
        reason = refusal(inner)
        return f"{reason} (inside IPv6 {address})" if reason else None
    for test, what in ((address.is_unspecified, "unspecified"), (address.is_loopback, "loopback"),
                       (address.is_link_local, "link-local"), (address.is_multicast, "multicast"),
                       (address.is_private, "private"), (address.is_reserved, "reserved")):
        if test:  # the common kinds, named
            return f"{what} address {address}"
    block = special_purpose(address)  # the registry itself, whatever this Python's tables say
    if block is not None:
        return f"special-purpose address {address} (IANA registry: {block})"
    if not address.is_global:
        return f"non-public address {address}"
    return None


class Guard:
    """Refuses addresses that are not public, unless allowed."""

    def __init__(self, allow_private: bool = False, allow_networks: tuple[str, ...] = ()):
        self.allow_private = allow_private
        self.networks = tuple(ipaddress.ip_network(n, strict=False) for n in allow_networks)

    def check(self, host: str, addresses: list[str]) -> str | None:
        """None when every address may be used, else the reason (any bad address blocks the host)."""
        if self.allow_private:
            return None
        for text in addresses:
            try:
                address = ipaddress.ip_address(text.split("%", 1)[0])
            except ValueError:
                return f"{host} resolved to something that is not an address ({text!r})"
            if any(address in net for net in self.networks if net.version == address.version):
                continue
            reason = refusal(address)
            if reason:
                return reason if text == host else f"{host} resolves to {reason}"
        return None


async def system_resolver(host: str, port: int) -> list[str]:
    """The system's DNS answer for host, as address strings (raises socket.gaierror)."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    seen: list[str] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        if sockaddr[0] not in seen:
            seen.append(sockaddr[0])
    return seen

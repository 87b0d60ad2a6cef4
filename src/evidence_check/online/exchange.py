"""The pieces of one HTTP exchange that need no run state: reading a body within a limit,
how long Retry-After says to wait, and what an exception means as a link status.
"""

from __future__ import annotations

import asyncio
import email.utils
import errno
import socket
import ssl
import time
import zlib

import aiohttp

from .model import DNS_FAILURE, DOWN, ERROR, NO_NAME, REACHED, REFUSED, TIMEOUT, TLS_ERROR

_DRAIN = 16384  # bodies of redirects and HEAD-like answers up to this size are read, to reuse the connection
# getaddrinfo's answers that come from DNS itself: the name does not exist, or has no address.
_NAME_ANSWERS = {getattr(socket, name) for name in ("EAI_NONAME", "EAI_NODATA", "EAI_ADDRFAMILY") if hasattr(socket, name)}
_NO_ROUTE = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN}


class DNSFailure(Exception):
    """A name that could not be resolved; `no_name` when DNS answered that it does not exist."""

    def __init__(self, message: str, no_name: bool = False):
        super().__init__(message)
        self.no_name = no_name


class ProxyUnreachable(Exception):
    """The proxy could not be connected to: no link can be checked through it."""


def small(response: aiohttp.ClientResponse) -> bool:
    length = response.headers.get("content-length")
    return length is not None and length.isdigit() and int(length) <= _DRAIN


async def drain(response: aiohttp.ClientResponse) -> None:
    """Read a small body off the connection, raw, so it can be reused: never decoded (a 1.8 KB
    body of 'gzip, gzip' would decode to a gigabyte), and never more than _DRAIN bytes."""
    read = 0
    async for chunk in response.content.iter_any():  # raw: the session never decompresses
        read += len(chunk)
        if read > _DRAIN:
            break


async def read_body(response: aiohttp.ClientResponse, limit: int) -> bytes | None:
    """At most limit bytes of the body, decompressed; stops reading as soon as it has them."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):
        decoder = None
    elif encoding in ("gzip", "x-gzip", "deflate"):
        decoder = zlib.decompressobj(47)  # gzip or zlib header, detected
    else:
        return None  # not asked for (we accept gzip and deflate only): no metadata
    chunks: list[bytes] = []
    size = raw = 0
    try:
        async for chunk in response.content.iter_any():
            raw += len(chunk)
            if decoder is not None:
                try:
                    chunk = decoder.decompress(chunk, limit - size)
                except zlib.error:
                    break
            else:
                chunk = chunk[:limit - size]
            chunks.append(chunk)
            size += len(chunk)
            if size >= limit or raw >= limit + 65536 or (decoder is not None and decoder.eof):
                break
    except (aiohttp.ClientError, OSError):
        pass  # a body cut short still has its first bytes
    return b"".join(chunks)


def retry_delay(header: str | None, default: float, cap: float) -> float:
    """Seconds to wait before asking again: Retry-After (seconds or a date) or the default, capped."""
    delay = default
    if header:
        header = header.strip()
        if header.isdigit():
            delay = float(header)
        else:
            try:
                when = email.utils.parsedate_to_datetime(header)
                delay = when.timestamp() - time.time()
            except (TypeError, ValueError, IndexError, OverflowError):
                pass
    return max(0.0, min(delay, cap))


def causes(exc: BaseException):
    """An exception and the ones it was raised from or wraps (at most eight)."""
    seen = 0
    while exc is not None and seen < 8:
        yield exc
        # aiohttp's connection errors carry the OS or certificate error as an attribute
        wrapped = getattr(exc, "certificate_error", None) or getattr(exc, "os_error", None)
        exc = wrapped if isinstance(wrapped, BaseException) and wrapped is not exc else (
            exc.__cause__ or exc.__context__)
        seen += 1


def name_answer(exc: BaseException) -> bool:
    """Whether a resolver error is DNS's own answer (no such name) rather than DNS out of reach."""
    return isinstance(exc, socket.gaierror) and exc.errno in _NAME_ANSWERS


def reach(exc: BaseException) -> str | None:
    """What a failed request says about the network: DOWN (nothing could be reached: DNS could not be
    asked, no route, the connection timed out, the proxy failed), NO_NAME (DNS answered 'no such
    name'), REACHED (something answered: a refusal, TLS, HTTP), or None (it says nothing)."""
    if isinstance(exc, DNSFailure):
        return NO_NAME if exc.no_name else DOWN
    if isinstance(exc, ProxyUnreachable):
        return DOWN
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return DOWN
    if isinstance(exc, asyncio.TimeoutError):  # aiohttp's read timeouts are TimeoutErrors too
        return None  # connected, or unknown: a slow site is not a network down
    if isinstance(exc, aiohttp.ClientConnectorError):
        for cause in causes(exc):
            if isinstance(cause, (ConnectionRefusedError, ssl.SSLError)):
                return REACHED
            if isinstance(cause, OSError) and cause.errno is not None:
                return DOWN if cause.errno in _NO_ROUTE else REACHED if cause.errno == errno.ECONNREFUSED else None
        text = str(exc).lower()
        return REACHED if "refused" in text else DOWN  # no route, or the socket was not allowed at all
    if isinstance(exc, aiohttp.ClientError):
        return REACHED  # a protocol error, a reset, a TLS error: something is there
    return None


def describe(exc: BaseException, timeout: float) -> tuple[str, str]:
    """A link status and words for an exception raised while fetching."""
    if isinstance(exc, DNSFailure):
        return DNS_FAILURE, f"DNS: {exc}"
    if isinstance(exc, ProxyUnreachable):
        return ERROR, str(exc)
    if isinstance(exc, asyncio.TimeoutError):
        return TIMEOUT, f"no answer within {timeout:g} s"
    for cause in causes(exc):
        if isinstance(cause, aiohttp.ClientError):
            continue  # a wrapper (some subclass ssl.SSLError or OSError): what it wraps says more
        if isinstance(cause, ssl.SSLCertVerificationError):
            return TLS_ERROR, f"certificate not valid: {cause.verify_message or cause.reason or cause}"
        if isinstance(cause, ssl.SSLError):
            return TLS_ERROR, f"TLS failed: {cause.reason or cause}"
        if isinstance(cause, ConnectionRefusedError) or (isinstance(cause, OSError)
                                                          and cause.errno == errno.ECONNREFUSED):
            return REFUSED, "connection refused"
        if isinstance(cause, ConnectionResetError):
            return ERROR, "connection reset by the server"
        if isinstance(cause, socket.gaierror):
            return DNS_FAILURE, f"DNS: {cause}"
    text = str(exc) or type(exc).__name__
    if "refused" in text.lower():
        return REFUSED, "connection refused"
    if isinstance(exc, (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError, aiohttp.ClientResponseError)):
        return ERROR, f"the server broke the HTTP exchange: {text}"
    if isinstance(exc, aiohttp.ClientError):
        return ERROR, text
    return ERROR, f"{type(exc).__name__}: {text}"

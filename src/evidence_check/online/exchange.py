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

import httpx

from .model import DNS_FAILURE, ERROR, REFUSED, TIMEOUT, TLS_ERROR

_DRAIN = 16384  # bodies of redirects and HEAD-like answers up to this size are read, to reuse the connection


class DNSFailure(Exception):
    pass


def small(response: httpx.Response) -> bool:
    length = response.headers.get("content-length")
    return length is not None and length.isdigit() and int(length) <= _DRAIN


async def drain(response: httpx.Response) -> None:
    """Read a small body off the connection, raw, so it can be reused: never decoded (a 1.8 KB
    body of 'gzip, gzip' would decode to a gigabyte), and never more than _DRAIN bytes."""
    read = 0
    async for chunk in response.aiter_raw():
        read += len(chunk)
        if read > _DRAIN:
            break


async def read_body(response: httpx.Response, limit: int) -> bytes | None:
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
        async for chunk in response.aiter_raw():
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
    except httpx.HTTPError:
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


def _causes(exc: BaseException):
    seen = 0
    while exc is not None and seen < 8:
        yield exc
        exc = exc.__cause__ or exc.__context__
        seen += 1


def describe(exc: BaseException, timeout: float) -> tuple[str, str]:
    """A link status and words for an exception raised while fetching."""
    if isinstance(exc, DNSFailure):
        return DNS_FAILURE, f"DNS: {exc}"
    if isinstance(exc, (httpx.TimeoutException, asyncio.TimeoutError)):
        return TIMEOUT, f"no answer within {timeout:g} s"
    for cause in _causes(exc):
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
    if isinstance(exc, httpx.RemoteProtocolError):
        return ERROR, f"the server broke the HTTP exchange: {text}"
    if isinstance(exc, httpx.HTTPError):
        return ERROR, text
    return ERROR, f"{type(exc).__name__}: {text}"

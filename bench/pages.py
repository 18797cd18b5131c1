"""Throughput and latency of the portal's pages under gunicorn, next to a minimal Django view.

Run from the repository root: ``.venv/bin/python bench/pages.py`` (or ``make bench``).

It builds the demo site in a temporary SQLite database, serves it with gunicorn on 127.0.0.1 and,
for each target, drives concurrent HTTP/1.1 GETs from an asyncio load generator in this process:

* ``/bench/minimal/``: a view returning "ok" through the full middleware stack (the baseline);
* the home page and a guidance page (作成方法), cached (server-side page cache warm, X-Cache: HIT)
  and uncached (a unique query string per request, so every request renders and stores the page);
* an API listing, ``/api/v2/pages/?limit=20`` (never cached server-side).

Targets are measured in interleaved rounds (every target once per round) and the median round is
reported, so drift of the machine during the run affects all targets alike. Besides requests/s and
latency it records the CPU time the gunicorn workers spent per request, which does not depend on how
much CPU the load generator takes from the same machine.

This is a benchmark, not a test: it reports figures and never fails on them.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import functools
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "bench" / "results"
TARGET_RATIO = 0.70
BUSY_MACHINE_CPUS = 0.25  # CPUs used by other processes above which the run is flagged as disturbed
CLK_TCK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


# Load generator ---------------------------------------------------------------------------------


@dataclass
class Sample:
    latencies: list[float] = field(default_factory=list)  # seconds, successful (200) requests only
    statuses: dict[int, int] = field(default_factory=dict)
    exceptions: dict[str, int] = field(default_factory=dict)
    cache_hits: int = 0
    cache_misses: int = 0
    bytes: int = 0
    connections: int = 0


class Client:
    """One simulated user: sends GETs one after another, on a kept-alive or a fresh connection."""

    def __init__(self, host: str, port: int, keepalive: bool):
        self.host, self.port, self.keepalive = host, port, keepalive
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
        self.reader = self.writer = None

    async def get(self, path: str, sample: Sample) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            sample.connections += 1
        connection = "keep-alive" if self.keepalive else "close"
        self.writer.write(
            f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            f"User-Agent: jobcard-bench\r\nAccept: */*\r\nConnection: {connection}\r\n\r\n".encode("ascii")
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        lower = head.lower()
        marker = lower.find(b"\r\ncontent-length:")
        if marker >= 0:
            end = lower.index(b"\r\n", marker + 2)
            body = await self.reader.readexactly(int(lower[marker + 17 : end]))
        else:
            body = await self.reader.read()
        if not self.keepalive or b"\r\nconnection: close" in lower or marker < 0:
            await self.close()
        return status, head + body


async def _user(name: str, client: Client, paths, deadline: float, sample: Sample | None) -> None:
    index = 0
    while True:
        started = time.perf_counter()
        if started >= deadline:
            break
        path = paths(f"{name}-{index}") if callable(paths) else paths
        index += 1
        try:
            status, raw = await client.get(path, sample or Sample())
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as exc:
            await client.close()
            if sample is not None:
                name = type(exc).__name__
                sample.exceptions[name] = sample.exceptions.get(name, 0) + 1
            continue
        if sample is None:
            continue
        sample.statuses[status] = sample.statuses.get(status, 0) + 1
        sample.bytes += len(raw)
        if status == 200:
            sample.latencies.append(time.perf_counter() - started)
        head = raw[: raw.find(b"\r\n\r\n")].lower()
        if b"\r\nx-cache: hit" in head:
            sample.cache_hits += 1
        elif b"\r\nx-cache: miss" in head:
            sample.cache_misses += 1
    await client.close()


async def _drive(host, port, paths, concurrency, seconds, keepalive, sample):
    """``paths`` is a path, or a function of a suffix unique to each request of the whole run."""
    deadline = time.perf_counter() + seconds
    run = time.monotonic_ns()
    clients = [Client(host, port, keepalive) for _ in range(concurrency)]
    await asyncio.gather(
        *(_user(f"{run}-{number}", client, paths, deadline, sample) for number, client in enumerate(clients))
    )


def server_cpu_seconds(master_pid: int) -> float:
    """User + system CPU time of gunicorn's master and worker processes so far (Linux /proc)."""
    total = 0
    pids = [master_pid]
    try:
        children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
        pids += [int(pid) for pid in children]
    except OSError:
        return float("nan")
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLK_TCK


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine has been busy (all processes, all CPUs; Linux /proc/stat)."""
    try:
        values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return float("nan")
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    return (sum(values[:8]) - idle) / CLK_TCK


def measure(host, port, master_pid, paths, concurrency, seconds, warmup, keepalive) -> dict:
    if warmup > 0:
        asyncio.run(_drive(host, port, paths, concurrency, warmup, keepalive, None))
    sample = Sample()
    server_before, client_before = server_cpu_seconds(master_pid), time.process_time()
    machine_before = machine_busy_seconds()
    started = time.perf_counter()
    asyncio.run(_drive(host, port, paths, concurrency, seconds, keepalive, sample))
    elapsed = time.perf_counter() - started
    server_cpu = server_cpu_seconds(master_pid) - server_before
    client_cpu = time.process_time() - client_before
    machine_cpu = machine_busy_seconds() - machine_before
    ok = sorted(sample.latencies)
    total = sum(sample.statuses.values()) + sum(sample.exceptions.values())
    return {
        "requests": total,
        "ok": len(ok),
        "errors": total - sample.statuses.get(200, 0),
        "statuses": {str(k): v for k, v in sorted(sample.statuses.items())},
        "exceptions": sample.exceptions,
        "elapsed_s": round(elapsed, 3),
        "rps": len(ok) / elapsed if elapsed else 0.0,
        "p50_ms": percentile(ok, 0.50),
        "p95_ms": percentile(ok, 0.95),
        "p99_ms": percentile(ok, 0.99),
        "mean_bytes": round(sample.bytes / total) if total else 0,
        "cache_hits": sample.cache_hits,
        "cache_misses": sample.cache_misses,
        "connections": sample.connections,
        "server_cpu_ms_per_req": server_cpu * 1000 / len(ok) if ok else float("nan"),
        # In CPUs: 1.0 is one core busy for the whole measurement.
        "server_cpu": server_cpu / elapsed,
        "client_cpu": client_cpu / elapsed,
        "other_cpu": max(0.0, (machine_cpu - server_cpu - client_cpu) / elapsed),
        "_latencies": ok,
    }


def percentile(ordered: list[float], fraction: float) -> float:
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000


# Server -----------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(port: int, path: str, timeout: float = 10.0) -> tuple[int, dict[str, str], bytes]:
    url = f"http://127.0.0.1:{port}{path}"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


def run_step(args: list[str], env: dict[str, str], label: str) -> None:
    started = time.perf_counter()
    print(f"  {label} …", end="", flush=True)
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        print(" failed")
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise SystemExit(f"{label} failed (exit {result.returncode})")
    print(f" {time.perf_counter() - started:.1f} s")


def wait_until_up(process: subprocess.Popen, port: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited with {process.returncode} before answering")
        try:
            status, _headers, _body = fetch(port, "/bench/minimal/", timeout=2)
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("gunicorn did not answer within 60 s")


def stop(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


def find_guidance_path(port: int) -> str:
    """The first Japanese 作成方法 (HowToPage) page, through the API."""
    query = urllib.parse.urlencode({"type": "guidance_pages.HowToPage", "locale": "ja", "limit": 1})
    status, _headers, body = fetch(port, f"/api/v2/pages/?{query}")
    if status == 200:
        items = json.loads(body).get("items", [])
        if items and items[0]["meta"].get("html_url"):
            return urllib.parse.urlsplit(items[0]["meta"]["html_url"]).path
    return "/howto/"


# Report -----------------------------------------------------------------------------------------


def summarise(rounds: dict[str, list[dict]]) -> dict[str, dict]:
    """Per target: median req/s over rounds, latency percentiles over every round's requests, and the
    ratio to the minimal view taken round by round (each round's target against that round's baseline)."""
    summary = {}
    for name, results in rounds.items():
        pooled = sorted(latency for result in results for latency in result["_latencies"])
        ratios = [
            result["rps"] / base["rps"] for result, base in zip(results, rounds["minimal"], strict=True)
        ]
        cpu = statistics.median(result["server_cpu_ms_per_req"] for result in results)
        summary[name] = {
            "rps": statistics.median(result["rps"] for result in results),
            "rps_rounds": [round(result["rps"], 1) for result in results],
            "p50_ms": percentile(pooled, 0.50),
            "p95_ms": percentile(pooled, 0.95),
            "p99_ms": percentile(pooled, 0.99),
            "requests": sum(result["requests"] for result in results),
            "errors": sum(result["errors"] for result in results),
            "cache_hits": sum(result["cache_hits"] for result in results),
            "cache_misses": sum(result["cache_misses"] for result in results),
            "mean_bytes": results[0]["mean_bytes"],
            "ratio": statistics.median(ratios),
            "ratio_rounds": [round(ratio, 3) for ratio in ratios],
            "server_cpu_ms_per_req": cpu,
            "server_cpu": statistics.mean(result["server_cpu"] for result in results),
            "client_cpu": statistics.mean(result["client_cpu"] for result in results),
            "other_cpu": statistics.mean(result["other_cpu"] for result in results),
        }
    for row in summary.values():
        row["cpu_ratio"] = summary["minimal"]["server_cpu_ms_per_req"] / row["server_cpu_ms_per_req"]
    return summary


def print_table(summary: dict[str, dict]) -> None:
    header = (
        f"{'target':<22} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'errors':>6} {'ratio vs minimal':>16}"
        f" {'cpu ms/req':>10} {'cpu ratio':>9} {'X-Cache hit/miss':>16}"
    )
    print(header)
    print("-" * len(header))
    for name, row in summary.items():
        hits, misses = row["cache_hits"], row["cache_misses"]
        xcache = f"{hits}/{misses}" if hits or misses else "-"
        print(
            f"{name:<22} {row['rps']:>7.0f} {row['p50_ms']:>7.1f} {row['p95_ms']:>7.1f} {row['errors']:>6}"
            f" {row['ratio']:>16.0%} {row['server_cpu_ms_per_req']:>10.2f} {row['cpu_ratio']:>9.0%}"
            f" {xcache:>16}"
        )


def write_json(data: dict) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    output = RESULTS_DIR / f"pages-{datetime.datetime.now().strftime('%Y%m%d-%H%M%S')}.json"
    output.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    return output


def git_commit() -> str:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
        )
    except OSError:
        return ""
    return result.stdout.strip()


# Main -------------------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="measured seconds per target per round")
    parser.add_argument("--warmup", type=float, default=1.0, help="unmeasured seconds before each one")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; medians are reported")
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=1, help="threads per worker (>1 means gthread)")
    parser.add_argument("--worker-class", default=None, help="gunicorn worker class (default: sync)")
    parser.add_argument(
        "--keepalive",
        choices=("auto", "on", "off"),
        default="auto",
        help="reuse connections (auto: off for sync workers, which close them; on otherwise)",
    )
    parser.add_argument("--no-uncached", action="store_true", help="skip the uncached page targets")
    parser.add_argument("--workdir", help="keep the demo database here and reuse it on the next run")
    parser.add_argument("--no-json", action="store_true", help="do not write bench/results/*.json")
    return parser.parse_args()


def prepare(workdir: Path, env: dict[str, str], reuse: bool) -> None:
    print(f"Preparing the demo site in {workdir}")
    marker = workdir / "demo-loaded"
    if reuse and marker.exists():
        print("  reusing the database from an earlier run")
        return
    (workdir / "bench.sqlite3").unlink(missing_ok=True)
    run_step([sys.executable, "manage.py", "migrate", "--noinput"], env, "migrate")
    run_step([sys.executable, "manage.py", "load_demo", "--quiet-users"], env, "load_demo")
    marker.touch()


def start_server(args, worker_class: str, env: dict[str, str]) -> tuple[subprocess.Popen, int]:
    port = free_port()
    command = [
        *(sys.executable, "-m", "gunicorn", "bench.wsgi:application"),
        *("--bind", f"127.0.0.1:{port}"),
        *("--workers", str(args.workers), "--worker-class", worker_class, "--threads", str(args.threads)),
        *("--backlog", "2048", "--keep-alive", "5", "--log-level", "warning"),
    ]
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        wait_until_up(server, port)
    except BaseException:
        stop(server)
        raise
    return server, port


def choose_targets(port: int, uncached: bool) -> list[dict]:
    guidance = find_guidance_path(port)
    # Each target is measured right after the baseline it is compared with where it matters most.
    targets = [
        {"name": "minimal", "path": "/bench/minimal/"},
        {"name": "guidance (cached)", "path": guidance, "cached": True},
        {"name": "home (cached)", "path": "/", "cached": True},
        {"name": "api listing", "path": "/api/v2/pages/?limit=20"},
    ]
    if uncached:
        # The cache key is the full path: a fresh query string per request is always a miss, so these
        # measure rendering the page plus storing it in the cache.
        targets[3:3] = [
            {"name": "guidance (uncached)", "path": guidance, "unique": True},
            {"name": "home (uncached)", "path": "/", "unique": True},
        ]
    for target in targets:
        status, headers, body = fetch(port, target["path"])
        line = f"  {target['name']:<20} {target['path']}: {status}, {len(body)} bytes"
        if target.get("cached"):
            # Each worker has its own local-memory cache: ask until a HIT comes back.
            for _attempt in range(50):
                status, headers, body = fetch(port, target["path"])
                if headers.get("x-cache") == "HIT":
                    break
            line += f", second request X-Cache: {headers.get('x-cache')}"
        print(line)
    return targets


def main() -> int:
    args = parse_args()
    worker_class = args.worker_class or ("gthread" if args.threads > 1 else "sync")
    keepalive = args.keepalive == "on" or (args.keepalive == "auto" and worker_class != "sync")
    connections = "keep-alive connections" if keepalive else "a new connection per request"
    if args.workdir:
        workdir = Path(args.workdir).resolve()
        workdir.mkdir(parents=True, exist_ok=True)
    else:
        workdir = Path(tempfile.mkdtemp(prefix="jobcard-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "LOG_LEVEL": "WARNING",
        # Longer than the run, so cached pages do not expire while they are measured.
        "PAGE_CACHE_SECONDS": os.environ.get("PAGE_CACHE_SECONDS", "3600"),
    }
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        env.pop(name, None)
        os.environ.pop(name, None)  # urllib in this process talks to 127.0.0.1 only

    server = None
    try:
        prepare(workdir, env, reuse=bool(args.workdir))
        server, port = start_server(args, worker_class, env)
        cache = "Redis" if os.environ.get("REDIS_URL") else "local memory, one per worker"
        print(
            f"gunicorn on 127.0.0.1:{port}: {args.workers} {worker_class} worker(s) × {args.threads}"
            f" thread(s); page cache: {cache}"
        )
        targets = choose_targets(port, uncached=not args.no_uncached)
        load = os.getloadavg()
        print(
            f"Measuring: concurrency {args.concurrency}, {connections}; {args.rounds} interleaved round(s)"
            f" of {args.seconds:g} s per target after {args.warmup:g} s warm-up"
            f" (load average before: {load[0]:.2f})"
        )

        rounds: dict[str, list[dict]] = {target["name"]: [] for target in targets}
        for number in range(1, args.rounds + 1):
            for target in targets:
                paths = target["path"]
                if target.get("unique"):
                    paths = functools.partial(str.__add__, f"{target['path']}?bench=")
                result = measure(
                    "127.0.0.1",
                    port,
                    server.pid,
                    paths,
                    args.concurrency,
                    args.seconds,
                    args.warmup,
                    keepalive,
                )
                rounds[target["name"]].append(result)
                print(
                    f"  round {number} {target['name']:<20} {result['rps']:>6.0f} req/s"
                    f"  p50 {result['p50_ms']:>6.1f} ms  p95 {result['p95_ms']:>6.1f} ms"
                    f"  errors {result['errors']}  CPUs: server {result['server_cpu']:.2f}"
                    f" load generator {result['client_cpu']:.2f} other {result['other_cpu']:.2f}"
                )

        summary = summarise(rounds)
        print()
        print_table(summary)
        cached = summary["guidance (cached)"]
        other = statistics.mean(row["other_cpu"] for row in summary.values())
        print()
        print(
            "ratio vs minimal: median over rounds of the target's req/s ÷ the same round's minimal view;"
            "\ncpu ms/req: gunicorn CPU time per request; cpu ratio: minimal's cpu ms/req ÷ the target's"
            " (the comparison without the load generator's share of the machine)."
        )
        print(
            f"Load generator: asyncio in this process, HTTP/1.1 GET, {connections};"
            f" {os.cpu_count()} CPUs, on average {other:.2f} CPU busy with other processes while measuring."
        )
        if other > BUSY_MACHINE_CPUS:
            print(
                f"NOTE: other processes kept {other:.2f} CPU busy while measuring, so req/s depends on"
                " the share the scheduler gave the server; cpu ms/req and cpu ratio are the steadier figures."
            )
        total_errors = sum(row["errors"] for row in summary.values())
        if total_errors:
            print(f"WARNING: {total_errors} request(s) did not answer 200 (statuses in the JSON).")
        print(
            f"cached guidance page: {cached['ratio']:.0%} of the minimal view's throughput"
            f" (target ≥ {TARGET_RATIO:.0%})"
        )
        print(
            f"cached guidance page: {cached['server_cpu_ms_per_req']:.2f} ms server CPU per request against"
            f" the minimal view's {summary['minimal']['server_cpu_ms_per_req']:.2f} ms"
            f" (cpu ratio {cached['cpu_ratio']:.0%}); req/s ratio by round: "
            + ", ".join(f"{ratio:.0%}" for ratio in cached["ratio_rounds"])
        )

        if not args.no_json:
            for results in rounds.values():
                for result in results:
                    result.pop("_latencies")
            output = write_json(
                {
                    "created": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
                    "commit": git_commit(),
                    "machine": {
                        "cpus": os.cpu_count(),
                        "python": platform.python_version(),
                        "platform": platform.platform(),
                        "load_average_before": load,
                    },
                    "method": {
                        "server": "gunicorn bench.wsgi:application (bench.settings, DEBUG=False)",
                        "workers": args.workers,
                        "worker_class": worker_class,
                        "threads": args.threads,
                        "keepalive": keepalive,
                        "concurrency": args.concurrency,
                        "seconds": args.seconds,
                        "warmup": args.warmup,
                        "rounds": args.rounds,
                        "page_cache": cache,
                    },
                    "targets": targets,
                    "summary": summary,
                    "rounds": rounds,
                    "cached_guidance_ratio": cached["ratio"],
                    "cached_guidance_cpu_ratio": cached["cpu_ratio"],
                    "target_ratio": TARGET_RATIO,
                }
            )
            print(f"Results: {output.relative_to(ROOT)}")
        return 0
    finally:
        stop(server)
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

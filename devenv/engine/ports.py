"""Check, before starting anything, that every host port a service publishes is free."""

from __future__ import annotations

import contextlib
import errno
import socket
from collections.abc import Callable
from pathlib import Path

from devenv.engine.state import Observed
from devenv.engine.steps import Action, Plan
from devenv.errors import OperationFailed

_PROC = Path("/proc")
_LISTEN = "0A"  # TCP state LISTEN in /proc/net/tcp


def ports_to_claim(plan: Plan, observed: Observed) -> list[tuple[str, str, int]]:
    """(service, host ip, host port) for every container the plan starts, except ports our own
    containers hold now and give up first (they are removed before anything is started)."""
    removed = {s.target for s in plan.steps() if s.action is Action.REMOVE}
    freed = {
        port
        for c in observed.containers
        if c.name in removed or not c.running
        for _, port, _ in c.ports
    }
    claims = []
    for service_plan in plan.services:
        if not any(step.action is Action.START for step in service_plan.steps):
            continue
        for binding in service_plan.container.ports:
            if binding.host_port not in freed:
                claims.append((service_plan.service, binding.host_ip, binding.host_port))
    return claims


def check_ports(
    claims: list[tuple[str, str, int]],
    containers_holding: dict[int, str],
    is_free: Callable[[str, int], bool],
    holder: Callable[[int], str | None],
) -> None:
    problems = []
    for service, host_ip, port in claims:
        if port in containers_holding:
            problems.append(
                f"{service}: port {port} is published by container {containers_holding[port]}"
            )
        elif not is_free(host_ip, port):
            who = holder(port) or "another program"
            problems.append(f"{service}: port {host_ip}:{port} is in use by {who}")
    if problems:
        raise OperationFailed(
            "host ports are taken:\n  " + "\n  ".join(problems),
            hint="Stop what holds them, or choose another `host_port` (apps) or `port` "
            "(services) in devenv.yaml.",
        )


def port_is_free(host_ip: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host_ip else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host_ip, port))
        except OSError as error:
            # An address this machine doesn't have is Docker's problem to report, not ours.
            return error.errno != errno.EADDRINUSE
    return True


def process_holding(port: int) -> str | None:
    """Best effort: `pid 123 (postgres)` for the process listening on the port, from /proc."""
    inodes = _listening_inodes(port)
    if not inodes:
        return None
    for fd_dir in _PROC.glob("[0-9]*/fd"):
        with contextlib.suppress(OSError):
            for fd in fd_dir.iterdir():
                with contextlib.suppress(OSError):
                    link = str(fd.readlink())
                    if link.startswith("socket:[") and link[8:-1] in inodes:
                        pid = fd_dir.parent.name
                        name = (fd_dir.parent / "comm").read_text().strip()
                        return f"process {pid} ({name})"
    return None


def _listening_inodes(port: int) -> set[str]:
    inodes = set()
    for table in ("tcp", "tcp6"):
        with contextlib.suppress(OSError):
            for line in (_PROC / "net" / table).read_text().splitlines()[1:]:
                fields = line.split()
                local_port = int(fields[1].rsplit(":", 1)[1], 16)
                if local_port == port and fields[3] == _LISTEN:
                    inodes.add(fields[9])
    return inodes

"""Compose's own `com.docker.compose.config-hash`, computed the way Compose v2 computes it.

Compose hashes the JSON encoding of a service's normalised model (compose-go's ServiceConfig)
with the build, pull policy, scale, replicas, depends_on and profiles left out, and recreates a
container when the label differs. Writing the same value lets `devenv up` and `docker compose up`
alternate without recreating anything. The model is the one `docker compose config --format
json` prints for the compose.yaml devenv renders: the keys below, in compose-go's field order;
a Docker test checks the result against the real binary.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from devenv.project import Healthcheck, PortBinding

_SECOND = 1_000_000_000
_UNITS = {
    "ns": 1,
    "us": 1_000,
    "ms": 1_000_000,
    "s": _SECOND,
    "m": 60 * _SECOND,
    "h": 3600 * _SECOND,
}


def nanoseconds(duration: str) -> int:
    """Compose-style durations ("2s", "500ms", "1m", "1m30s") as nanoseconds."""
    total, number = 0, ""
    rest = duration.strip()
    if rest in ("0", ""):
        return 0
    while rest:
        if rest[0].isdigit() or rest[0] == ".":
            number += rest[0]
            rest = rest[1:]
            continue
        unit = next((u for u in ("ms", "us", "ns", "h", "m", "s") if rest.startswith(u)), None)
        if unit is None or not number:
            raise ValueError(f"unsupported duration {duration!r}")
        total += int(float(number) * _UNITS[unit])
        number, rest = "", rest[len(unit) :]
    if number:
        raise ValueError(f"unsupported duration {duration!r}: no unit")
    return total


def go_duration(ns: int) -> str:
    """A duration as Go's time.Duration prints it: 0s, 500ms, 5s, 1m0s, 1h2m3s."""
    if ns == 0:
        return "0s"
    if ns < _SECOND:
        for unit, size in (("ms", 1_000_000), ("µs", 1_000), ("ns", 1)):
            if ns >= size:
                return _trim(ns / size) + unit
    hours, rest = divmod(ns, 3600 * _SECOND)
    minutes, rest = divmod(rest, 60 * _SECOND)
    seconds = _trim(rest / _SECOND) + "s"
    if hours:
        return f"{hours}h{minutes}m{seconds}"
    return f"{minutes}m{seconds}" if minutes else seconds


def _trim(value: float) -> str:
    return f"{value:.9f}".rstrip("0").rstrip(".")


def service_model(
    *,
    image: str,
    command: tuple[str, ...] | None,
    environment: tuple[tuple[str, str], ...],
    ports: tuple[PortBinding, ...],
    mounts: tuple[tuple[str, str, str], ...],  # (type, source as Compose resolves it, target)
    healthcheck: Healthcheck | None,
) -> dict[str, Any]:
    """The service as compose-go models it, for the fields devenv's compose.yaml sets."""
    model: dict[str, Any] = {"command": list(command) if command else None, "entrypoint": None}
    if environment:
        model["environment"] = dict(sorted(environment))
    if healthcheck is not None:
        model["healthcheck"] = {
            "test": list(healthcheck.test),
            "timeout": go_duration(nanoseconds(healthcheck.timeout)),
            "interval": go_duration(nanoseconds(healthcheck.interval)),
            "retries": healthcheck.retries,
            "start_period": go_duration(nanoseconds(healthcheck.start_period)),
        }
    model["image"] = image
    model["init"] = True
    model["networks"] = {"default": None}
    if ports:
        model["ports"] = [
            {
                "mode": "ingress",
                **({"host_ip": p.host_ip} if p.host_ip else {}),
                "target": p.container_port,
                "published": str(p.host_port),
                "protocol": "tcp",
            }
            for p in ports
        ]
    if mounts:
        model["volumes"] = [
            {"type": kind, "source": source, "target": target} for kind, source, target in mounts
        ]
    return model


def go_json(value: Any) -> str:
    """JSON as Go's encoding/json writes it: compact, UTF-8, with <, > and & escaped."""
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(char, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def config_hash(model: dict[str, Any]) -> str:
    return hashlib.sha256(go_json(model).encode("utf-8")).hexdigest()

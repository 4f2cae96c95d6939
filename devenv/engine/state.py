"""What exists on the engine for a project: plain values the planner reads, no Docker types.

NamedTuples, not dataclasses: a plain `up` with nothing changed reads these before Click
loads (devenv/entry.py), and importing dataclasses (with inspect) would cost it about 10 ms."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

NOTHING: Mapping[str, str] = MappingProxyType({})


class ContainerState(NamedTuple):
    """One container as the engine reports it, reduced to what planning reads."""

    id: str
    name: str
    service: str
    number: int
    status: str  # created, running, paused, restarting, exited, dead
    health: str | None  # starting, healthy, unhealthy, or None without a healthcheck
    config_hash: str
    image_id: str
    oneoff: bool
    ports: tuple[tuple[str, int, int], ...] = ()  # (host ip, host port, container port)
    exit_code: int = 0
    depends_on: tuple[str, ...] = ()
    image_label: str = ""  # the image ID it was created from, as Compose records it
    config_fields: str = ""  # devenv's per-setting digests, to name what changed
    entrypoint: tuple[str, ...] = ()  # known from an inspection only, not from a listing

    @property
    def running(self) -> bool:
        return self.status in ("running", "restarting")


class ImageState(NamedTuple):
    """An image on the engine, with the build inputs devenv recorded on it."""

    id: str
    build_hash: str | None = None
    build_inputs: Mapping[str, str] = NOTHING


class Observed(NamedTuple):
    """A snapshot of one project's objects on the engine, taken before planning."""

    containers: tuple[ContainerState, ...] = ()
    networks: frozenset[str] = frozenset()
    volumes: frozenset[str] = frozenset()
    images: Mapping[str, ImageState] = MappingProxyType({})

    def service_containers(self, service: str) -> list[ContainerState]:
        found = [c for c in self.containers if c.service == service and not c.oneoff]
        return sorted(found, key=lambda c: c.number)


class BuildInputs(NamedTuple):
    """What an app image is built from, reduced to hashes so a change can be named."""

    image: str
    context: str  # absolute path
    dockerfile: str  # relative to the context
    target: str
    digest: str
    files: dict[str, str]  # the key inputs (Dockerfile, manifests, lockfiles) -> short hash
    source_baked: bool  # the source is part of the image, not bind-mounted
    # Build arguments from the environment (a CA bundle); not part of the digest.
    args: tuple[tuple[str, str], ...] = ()

    def changes_since(self, image: ImageState) -> str:
        """Why the image must be rebuilt, naming the files that changed where we can."""
        changed = sorted(
            path
            for path in set(self.files) | set(image.build_inputs)
            if self.files.get(path) != image.build_inputs.get(path)
        )
        if changed:
            return f"{', '.join(changed)} changed"
        return "source changed" if self.source_baked else "build inputs changed"

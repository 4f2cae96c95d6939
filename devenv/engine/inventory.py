"""What `devenv ls` and snapshots see on the engine: every Compose-labelled container and
labelled volume, as plain values. Short list calls through the standard-library transport."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from devenv.engine import labels
from devenv.engine.transport import filters

if TYPE_CHECKING:
    from devenv.engine.docker_api import Engine


@dataclass(frozen=True)
class ListedContainer:
    """Any Compose-labelled container on the engine, as `devenv ls` groups them."""

    project: str
    service: str
    name: str
    state: str
    image: str
    created: float  # seconds since the epoch
    labels: dict[str, str]
    ports: tuple[int, ...]
    volumes: tuple[str, ...]  # the named volumes it mounts


@dataclass(frozen=True)
class ListedVolume:
    """A labelled volume on the engine."""

    name: str
    labels: dict[str, str]
    created: str


def compose_containers(engine: Engine, project: str | None = None) -> list[ListedContainer]:
    """Every container with a Compose project label, or one project's."""
    label = f"{labels.PROJECT}={project}" if project else labels.PROJECT
    found = engine.http.request(
        "GET", "/containers/json", params={"all": "1", **filters(label=label)}
    )
    return [_listed(c) for c in found or []]


def labelled_volumes(engine: Engine, label: str) -> list[ListedVolume]:
    """Volumes carrying a label (`key` or `key=value`)."""
    answer = engine.http.request("GET", "/volumes", params=filters(label=label))
    found = (answer or {}).get("Volumes") or []
    return [ListedVolume(v["Name"], v.get("Labels") or {}, v.get("CreatedAt", "")) for v in found]


def _listed(c: dict[str, Any]) -> ListedContainer:
    container_labels = c.get("Labels") or {}
    published = {int(p["PublicPort"]) for p in c.get("Ports") or [] if p.get("PublicPort")}
    return ListedContainer(
        project=container_labels.get(labels.PROJECT, ""),
        service=container_labels.get(labels.SERVICE, ""),
        name=c["Names"][0].lstrip("/"),
        state=c.get("State", ""),
        image=c.get("Image", ""),
        created=float(c.get("Created") or 0),
        labels=container_labels,
        ports=tuple(sorted(published)),
        volumes=tuple(m["Name"] for m in c.get("Mounts") or [] if m.get("Type") == "volume"),
    )

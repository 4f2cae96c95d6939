"""Pure: the containers, network and volumes a project asks for, as Docker will be told."""

from __future__ import annotations

import hashlib
import json
import posixpath
from dataclasses import asdict, dataclass
from pathlib import PurePosixPath

from devenv.engine import labels
from devenv.project import Healthcheck, PortBinding, Project, Service

_DURATION_UNITS = {"ms": 1_000_000, "s": 1_000_000_000, "m": 60_000_000_000}


@dataclass(frozen=True)
class ContainerConfig:
    """One container's settings, exactly as they are handed to the Docker API."""

    name: str
    service: str
    image: str
    command: tuple[str, ...] | None
    environment: tuple[str, ...]
    binds: tuple[str, ...]
    ports: tuple[PortBinding, ...]
    healthcheck: Healthcheck | None
    network: str
    aliases: tuple[str, ...]
    depends_on: tuple[str, ...]
    labels: tuple[tuple[str, str], ...]

    def config_hash(self, image_id: str) -> str:
        """Changes whenever anything that needs a new container changes, the image included."""
        payload = json.dumps([asdict(self), image_id], sort_keys=True, default=list)
        return hashlib.sha256(payload.encode()).hexdigest()

    def create_labels(self, image_id: str) -> dict[str, str]:
        return {
            **dict(self.labels),
            labels.CONFIG_HASH: self.config_hash(image_id),
            labels.IMAGE: image_id,
        }


def nanoseconds(duration: str) -> int:
    """Compose-style durations ("2s", "500ms", "1m") as the API's nanoseconds."""
    for unit in ("ms", "s", "m"):
        if duration.endswith(unit) and duration[: -len(unit)].isdigit():
            return int(duration[: -len(unit)]) * _DURATION_UNITS[unit]
    raise ValueError(f"unsupported duration {duration!r}")


def bind_source(project_dir: str, source: str) -> str:
    """A bind mount's host path: relative sources are relative to the project folder."""
    return posixpath.normpath(posixpath.join(project_dir, source))


def container_config(project: Project, service: Service, project_dir: str) -> ContainerConfig:
    name = labels.container_name(project.name, service.name)
    binds = []
    for mount in service.mounts:
        if mount.type == "volume":
            binds.append(f"{labels.volume_name(project.name, mount.source)}:{mount.target}:rw")
        else:
            binds.append(f"{bind_source(project_dir, mount.source)}:{mount.target}:rw")
    compose_file = str(PurePosixPath(project_dir) / "compose.yaml")
    service_labels = {
        labels.PROJECT: project.name,
        labels.SERVICE: service.name,
        labels.NUMBER: "1",
        labels.ONEOFF: "False",
        labels.DEPENDS_ON: ",".join(f"{d}:service_healthy:false" for d in service.depends_on),
        labels.WORKING_DIR: project_dir,
        labels.CONFIG_FILES: compose_file,
        labels.VERSION: labels.COMPOSE_VERSION,
        labels.MANAGED_BY: "devenv",
    }
    return ContainerConfig(
        name=name,
        service=service.name,
        image=service.image,
        command=service.command,
        environment=tuple(f"{key}={value}" for key, value in service.environment),
        binds=tuple(binds),
        ports=service.ports,
        healthcheck=service.healthcheck,
        network=labels.network_name(project.name),
        # Compose gives each container its own name and its service's name on the network.
        aliases=(name, service.name),
        depends_on=service.depends_on,
        labels=tuple(sorted(service_labels.items())),
    )


def network_labels(project: str) -> dict[str, str]:
    return {
        labels.PROJECT: project,
        labels.NETWORK: labels.DEFAULT_NETWORK,
        labels.VERSION: labels.COMPOSE_VERSION,
    }


def volume_labels(project: str, volume: str) -> dict[str, str]:
    return {
        labels.PROJECT: project,
        labels.VOLUME: volume,
        labels.VERSION: labels.COMPOSE_VERSION,
    }

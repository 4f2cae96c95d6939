"""Pure: the containers, network and volumes a project asks for, as Docker will be told."""

from __future__ import annotations

import hashlib
import json
import posixpath
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any, Literal

from devenv.engine import compose_hash, labels
from devenv.engine.compose_hash import nanoseconds
from devenv.project import Healthcheck, PortBinding, Project, Service

__all__ = ["ContainerConfig", "MountSpec", "container_config", "nanoseconds"]


@dataclass(frozen=True)
class MountSpec:
    """A mount as a value: a named volume (by its engine name) or a host folder."""

    type: Literal["bind", "volume"]
    source: str  # the volume's name on the engine (`shop_pgdata`), or an absolute host path
    target: str
    declared: str  # what compose.yaml names: the volume's short name, or the absolute path

    @property
    def volume(self) -> str | None:
        return self.source if self.type == "volume" else None


@dataclass(frozen=True)
class ContainerConfig:
    """One container's settings, exactly as they are handed to the Docker API."""

    name: str
    service: str
    image: str
    command: tuple[str, ...] | None
    environment: tuple[tuple[str, str], ...]
    mounts: tuple[MountSpec, ...]
    ports: tuple[PortBinding, ...]
    healthcheck: Healthcheck | None
    network: str
    aliases: tuple[str, ...]
    depends_on: tuple[str, ...]
    labels: tuple[tuple[str, str], ...]
    one_shot: bool = False  # runs to completion; dependents wait for its success

    def compose_model(self) -> dict[str, Any]:
        return compose_hash.service_model(
            image=self.image,
            command=self.command,
            environment=self.environment,
            ports=self.ports,
            mounts=tuple((m.type, m.declared, m.target) for m in self.mounts),
            healthcheck=self.healthcheck,
        )

    def config_hash(self) -> str:
        """Compose's config hash of this service: equal to the one `docker compose up` writes
        for the same compose.yaml, so neither tool recreates what the other created. The image
        is compared apart, through the image label, as Compose does."""
        return compose_hash.config_hash(self.compose_model())

    def field_digests(self) -> dict[str, str]:
        """A short digest per setting, so a recreate can say which one changed."""
        return {
            key: hashlib.sha256(compose_hash.go_json(value).encode()).hexdigest()[:8]
            for key, value in self.compose_model().items()
        }

    @property
    def environment_list(self) -> list[str]:
        return [f"{key}={value}" for key, value in self.environment]

    def create_labels(self, image_id: str) -> dict[str, str]:
        return {
            **dict(self.labels),
            labels.CONFIG_HASH: self.config_hash(),
            labels.IMAGE: image_id,
            labels.CONFIG_FIELDS: json.dumps(self.field_digests(), sort_keys=True),
        }


def changed_fields(config: ContainerConfig, recorded: str) -> list[str]:
    """The settings whose digest differs from the one recorded on a container; empty when the
    container carries no record (Compose created it from another compose.yaml)."""
    try:
        before = json.loads(recorded) if recorded else {}
    except ValueError:
        return []
    if not isinstance(before, dict) or not before:
        return []
    now = config.field_digests()
    return sorted(key for key in set(now) | set(before) if now.get(key) != before.get(key))


def bind_source(project_dir: str, source: str) -> str:
    """A bind mount's host path: relative sources are relative to the project folder."""
    return posixpath.normpath(posixpath.join(project_dir, source))


def container_config(project: Project, service: Service, project_dir: str) -> ContainerConfig:
    name = labels.container_name(project.name, service.name)
    mounts = []
    for mount in service.mounts:
        if mount.type == "volume":
            engine_name = labels.volume_name(project.name, mount.source)
            mounts.append(MountSpec("volume", engine_name, mount.target, mount.source))
        else:
            path = bind_source(project_dir, mount.source)
            mounts.append(MountSpec("bind", path, mount.target, path))
    compose_file = str(PurePosixPath(project_dir) / project.compose_file)
    service_labels = {
        labels.PROJECT: project.name,
        labels.SERVICE: service.name,
        labels.NUMBER: "1",
        labels.ONEOFF: "False",
        labels.DEPENDS_ON: ",".join(
            f"{d}:{_condition(project, d)}:false" for d in service.depends_on
        ),
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
        environment=service.environment,
        mounts=tuple(mounts),
        ports=service.ports,
        healthcheck=service.healthcheck,
        network=labels.network_name(project.name),
        # Compose gives each container its own name and its service's name on the network.
        aliases=(name, service.name, *service.aliases),
        depends_on=service.depends_on,
        labels=tuple(sorted(service_labels.items())),
        one_shot=service.one_shot,
    )


def _condition(project: Project, name: str) -> str:
    one_shot = any(s.one_shot for s in project.services if s.name == name)
    return "service_completed_successfully" if one_shot else "service_healthy"


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

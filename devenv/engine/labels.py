"""Label and naming conventions shared with Docker Compose, so each tool sees the other's stack."""

from __future__ import annotations

# Compose's own label keys: set the same way Compose sets them, so `docker compose ps`,
# `logs` and `down` recognise containers, networks and volumes that devenv created.
PROJECT = "com.docker.compose.project"
SERVICE = "com.docker.compose.service"
NUMBER = "com.docker.compose.container-number"
ONEOFF = "com.docker.compose.oneoff"
CONFIG_HASH = "com.docker.compose.config-hash"
IMAGE = "com.docker.compose.image"
DEPENDS_ON = "com.docker.compose.depends_on"
WORKING_DIR = "com.docker.compose.project.working_dir"
CONFIG_FILES = "com.docker.compose.project.config_files"
NETWORK = "com.docker.compose.network"
VOLUME = "com.docker.compose.volume"
VERSION = "com.docker.compose.version"
# The Compose release whose conventions these labels follow; Compose reads this label to
# tell its own v2 naming from v1's, so it must look like a v2 version.
COMPOSE_VERSION = "2.40.3"

# devenv's own labels, for what Compose has no word for.
MANAGED_BY = "org.devenv.managed-by"
# One label for everything about a build: each label is a build step of its own, and steps
# are not free (seconds each on some storage drivers).
BUILD = "org.devenv.build"
# A short digest per setting of a container, so a recreate can name what changed.
CONFIG_FIELDS = "org.devenv.config-fields"

DEFAULT_NETWORK = "default"


def container_name(project: str, service: str, number: int = 1) -> str:
    return f"{project}-{service}-{number}"


def network_name(project: str) -> str:
    return f"{project}_{DEFAULT_NETWORK}"


def volume_name(project: str, volume: str) -> str:
    return f"{project}_{volume}"


def parse_depends_on(value: str) -> tuple[str, ...]:
    """Service names from Compose's `depends_on` label: "db:service_healthy:false,cache:..."."""
    return tuple(item.split(":", 1)[0] for item in value.split(",") if item)

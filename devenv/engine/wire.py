"""Pure: plain values to and from the Engine API's JSON (container create, container lists
and inspections, image labels)."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from devenv.engine import labels
from devenv.engine.compose_hash import nanoseconds
from devenv.engine.state import ContainerState, ImageState

if TYPE_CHECKING:
    from devenv.engine.desired import ContainerConfig

_HEALTH_IN_STATUS = re.compile(r"\((healthy|unhealthy|health: starting)\)")


def create_body(config: ContainerConfig, image_id: str) -> dict[str, Any]:
    """The Engine API's container-create request for a config, as Compose sends it."""
    binds = [f"{m.source}:{m.target}:rw" for m in config.mounts]
    return {
        "Image": config.image,
        "Cmd": list(config.command) if config.command else None,
        "Env": config.environment_list,
        "Labels": config.create_labels(image_id),
        "ExposedPorts": {f"{p.container_port}/tcp": {} for p in config.ports},
        "Healthcheck": healthcheck(config),
        "AttachStdin": False,
        "AttachStdout": False,
        "AttachStderr": False,
        "Tty": False,
        "OpenStdin": False,
        "HostConfig": {
            "Binds": binds,
            "PortBindings": {
                f"{p.container_port}/tcp": [{"HostIp": p.host_ip, "HostPort": str(p.host_port)}]
                for p in config.ports
            },
            "Init": True,
            "NetworkMode": config.network,
        },
        "NetworkingConfig": {
            "EndpointsConfig": {config.network: {"Aliases": list(config.aliases)}}
        },
    }


def container_state(found: dict[str, Any]) -> ContainerState:
    container_labels = found.get("Labels") or {}
    health = _HEALTH_IN_STATUS.search(found.get("Status") or "")
    ports = tuple(
        (p.get("IP", ""), int(p["PublicPort"]), int(p["PrivatePort"]))
        for p in found.get("Ports") or []
        if p.get("PublicPort")
    )
    return ContainerState(
        id=found["Id"],
        name=found["Names"][0].lstrip("/"),
        service=container_labels.get(labels.SERVICE, ""),
        number=int(container_labels.get(labels.NUMBER, "1") or 1),
        status=found.get("State", ""),
        health=health.group(1).replace("health: ", "") if health else None,
        config_hash=container_labels.get(labels.CONFIG_HASH, ""),
        image_id=found.get("ImageID", ""),
        oneoff=container_labels.get(labels.ONEOFF) == "True",
        ports=ports,
        depends_on=labels.parse_depends_on(container_labels.get(labels.DEPENDS_ON, "")),
        image_label=container_labels.get(labels.IMAGE, ""),
        config_fields=container_labels.get(labels.CONFIG_FIELDS, ""),
    )


def healthcheck(config: ContainerConfig) -> dict[str, Any] | None:
    check = config.healthcheck
    if check is None:
        return None
    result: dict[str, Any] = {
        "Test": list(check.test),
        "Interval": nanoseconds(check.interval),
        "Timeout": nanoseconds(check.timeout),
        "Retries": check.retries,
    }
    # Compose leaves a zero start period out; so do we, so both create identical containers.
    if nanoseconds(check.start_period):
        result["StartPeriod"] = nanoseconds(check.start_period)
    return result


def inspected_state(found: dict[str, Any]) -> ContainerState:
    """A container as `GET /containers/{id}/json` describes it."""
    state = found["State"]
    config_labels = found["Config"].get("Labels") or {}
    return ContainerState(
        id=found["Id"],
        name=found["Name"].lstrip("/"),
        service=config_labels.get(labels.SERVICE, ""),
        number=int(config_labels.get(labels.NUMBER, "1") or 1),
        status=state["Status"],
        health=(state.get("Health") or {}).get("Status"),
        config_hash=config_labels.get(labels.CONFIG_HASH, ""),
        image_id=found["Image"],
        oneoff=config_labels.get(labels.ONEOFF) == "True",
        exit_code=int(state.get("ExitCode") or 0),
        image_label=config_labels.get(labels.IMAGE, ""),
        config_fields=config_labels.get(labels.CONFIG_FIELDS, ""),
        entrypoint=tuple(found["Config"].get("Entrypoint") or ()),
    )


def image_state(image_id: str, image_labels: dict[str, str] | None) -> ImageState:
    try:
        build = json.loads((image_labels or {}).get(labels.BUILD) or "{}")
    except ValueError:
        build = {}  # not ours, or damaged: treated as unknown, so it is rebuilt
    return ImageState(
        id=image_id, build_hash=build.get("hash"), build_inputs=build.get("inputs") or {}
    )

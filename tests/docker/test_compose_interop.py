"""devenv and the real Docker Compose v2 on the same files: each sees and removes the other's
stack, and both create containers with the same effective configuration."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.docker.conftest import Stack, ps_rows

pytestmark = pytest.mark.docker


def test_compose_down_removes_a_stack_devenv_started(flask_stack: Stack) -> None:
    assert flask_stack.devenv("up", "--progress", "plain").returncode == 0
    result = flask_stack.compose("down")
    assert result.returncode == 0, result.stderr
    assert flask_stack.containers() == {}
    assert flask_stack.networks() == []


def test_devenv_lists_and_removes_a_stack_compose_started(flask_stack: Stack) -> None:
    # Files first, then plain Compose on them: what a teammate without devenv would do.
    assert flask_stack.devenv("render").returncode == 0
    started = flask_stack.compose("up", "-d", "--wait")
    assert started.returncode == 0, started.stderr
    rows = ps_rows(flask_stack)
    assert {name: row["state"] for name, row in rows.items()} == dict.fromkeys(
        ("web", "postgres", "redis"), "running"
    )
    result = flask_stack.devenv("down", "--progress", "plain")
    assert result.returncode == 0, result.stderr
    assert flask_stack.containers() == {}
    assert flask_stack.networks() == []
    assert len(flask_stack.volumes()) == 2  # kept, as Compose would keep them


def effective(inspect: dict[str, Any]) -> dict[str, Any]:
    """The settings that decide how a container behaves, with run-time noise left out."""
    config, host = inspect["Config"], inspect["HostConfig"]
    labels = {k: v for k, v in config["Labels"].items() if k.startswith("com.docker.compose.")}
    for volatile in ("com.docker.compose.config-hash", "com.docker.compose.version"):
        labels.pop(volatile, None)
    # Compose writes depends_on in Go's random map order: compare it as a set.
    depends = "com.docker.compose.depends_on"
    labels[depends] = sorted(filter(None, labels.get(depends, "").split(",")))
    networks = inspect["NetworkSettings"]["Networks"]
    return {
        "image": config["Image"],
        "image_id": inspect["Image"],
        "cmd": config["Cmd"],
        "entrypoint": config["Entrypoint"],
        "env": sorted(config["Env"]),
        "user": config["User"],
        "working_dir": config["WorkingDir"],
        "exposed": sorted(config.get("ExposedPorts") or {}),
        "healthcheck": config.get("Healthcheck"),
        "labels": labels,
        "init": host["Init"],
        "restart": host["RestartPolicy"],
        "ports": host["PortBindings"],
        "network_mode": host["NetworkMode"],
        "mounts": sorted(
            (m["Type"], m.get("Name") or m["Source"], m["Destination"], m["RW"])
            for m in inspect["Mounts"]
        ),
        # The engine adds each container's short ID as an alias of its own: not configuration.
        "networks": {
            name: sorted(a for a in n["Aliases"] or [] if a != inspect["Id"][:12])
            for name, n in networks.items()
        },
    }


def snapshot(stack: Stack) -> dict[str, dict[str, Any]]:
    return {
        service: effective(stack.client.api.inspect_container(cid))
        for service, cid in stack.containers().items()
    }


def test_devenv_and_compose_create_identical_containers(flask_stack: Stack) -> None:
    stack = flask_stack
    assert stack.devenv("up", "--progress", "plain").returncode == 0, "devenv up failed"
    ours = snapshot(stack)
    assert stack.devenv("down").returncode == 0
    started = stack.compose("up", "-d")
    assert started.returncode == 0, started.stderr
    theirs = snapshot(stack)
    assert sorted(ours) == sorted(theirs) == ["postgres", "redis", "web"]
    differences = [
        f"{service}.{field}:\n  devenv:  {json.dumps(ours[service][field])}\n"
        f"  compose: {json.dumps(value)}"
        for service in ours
        for field, value in theirs[service].items()
        if ours[service][field] != value
    ]
    assert not differences, "\n".join(differences)

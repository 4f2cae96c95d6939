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


def compose_hashes(stack: Stack) -> dict[str, str]:
    """`docker compose config --hash '*'`: the config hash Compose computes for each service."""
    result = stack.compose("config", "--hash", "*")
    assert result.returncode == 0, result.stderr
    return dict(line.split() for line in result.stdout.splitlines() if line.strip())


def hash_labels(stack: Stack) -> dict[str, str]:
    return {
        service: stack.client.api.inspect_container(cid)["Config"]["Labels"][
            "com.docker.compose.config-hash"
        ]
        for service, cid in stack.containers().items()
    }


def test_devenv_and_compose_alternate_without_recreating(flask_stack: Stack) -> None:
    stack = flask_stack
    assert stack.devenv("up", "--progress", "plain").returncode == 0
    # devenv writes the very hash Compose computes for the compose.yaml it rendered.
    assert hash_labels(stack) == compose_hashes(stack)
    ours = stack.containers()
    started = stack.compose("up", "-d", "--wait")
    assert started.returncode == 0, started.stderr
    assert stack.containers() == ours, "docker compose up recreated what devenv created"
    # And the other way round: a stack Compose created is left alone by devenv.
    assert stack.compose("down").returncode == 0
    assert stack.compose("up", "-d", "--wait").returncode == 0
    theirs = stack.containers()
    result = stack.devenv("up", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["steps"] == []
    assert stack.containers() == theirs, "devenv up recreated what docker compose created"


def test_a_changed_command_recreates_without_rebuilding(flask_stack: Stack) -> None:
    stack = flask_stack
    assert stack.devenv("up", "--progress", "plain").returncode == 0
    stack.edit_spec(
        "    port: 8000",
        "    port: 8000\n    command: flask --app app run --host 0.0.0.0 --port 8000",
    )
    result = stack.devenv("up", "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    steps = json.loads(result.stdout)["steps"]
    assert [s["action"] for s in steps] == ["stop", "remove", "create", "start"]
    assert {s["reason"] for s in steps} == {"configuration changed (command)"}
    result = stack.devenv("up", "--progress", "plain")
    assert result.returncode == 0, result.stderr
    assert "build" not in result.stdout.split("create")[0], result.stdout

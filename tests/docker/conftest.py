"""Integration fixtures: the real engine, offline stand-ins for official images, and stacks
that each test owns by project name and sweeps away by label afterwards."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docker  # type: ignore[import-untyped, unused-ignore]
import pytest
from docker import DockerClient  # type: ignore[import-untyped, unused-ignore]

from fixtures.standins import CORE, pull_or_stand_in
from tests.conftest import ROOT, referee

PROJECT_LABEL = "com.docker.compose.project"


@pytest.fixture(scope="session")
def client() -> Iterator[DockerClient]:
    try:
        engine = docker.from_env(timeout=900)
        engine.ping()
    except Exception as error:  # any failure to reach it fails the run: never a silent skip
        pytest.fail(f"the Docker Engine is needed for tests/docker and did not answer: {error}")
    yield engine
    engine.close()


@pytest.fixture(scope="session")
def official_images(client: DockerClient) -> Iterator[None]:
    """Tag fixture images under the official names the engine lacks; untag only those after."""
    made = pull_or_stand_in(client, list(CORE), pull=False, say=lambda line: None)
    yield
    for official in made:
        client.images.remove(official, noprune=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@dataclass
class Stack:
    """A copy of an example under a unique project name, driven through the real CLI."""

    name: str
    folder: Path
    client: DockerClient
    app_port: int

    def devenv(
        self, *args: str, timeout: float = 600, **env: str
    ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "devenv", *args],
            cwd=self.folder,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200", **env},
        )
        assert "Traceback" not in result.stderr, result.stderr
        return result

    def compose(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            # The Go binary itself: the plugin slot might hold a wrapper that exits 0 on failure.
            [referee("docker-compose"), *args],
            cwd=self.folder,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )

    def containers(self) -> dict[str, str]:
        """service -> container id, for this project only.

        The low-level list answers in one call with labels; the high-level one inspects each
        container afterwards and fails when one is removed in between (as `up` does).
        """
        found = self.client.api.containers(
            all=True, filters={"label": f"{PROJECT_LABEL}={self.name}"}
        )
        return {c["Labels"]["com.docker.compose.service"]: c["Id"] for c in found}

    def networks(self) -> list[str]:
        return [
            n.name
            for n in self.client.networks.list(filters={"label": f"{PROJECT_LABEL}={self.name}"})
        ]

    def volumes(self) -> list[str]:
        return sorted(
            v.name
            for v in self.client.volumes.list(filters={"label": f"{PROJECT_LABEL}={self.name}"})
        )

    def edit_spec(self, old: str, new: str) -> None:
        spec = self.folder / "devenv.yaml"
        text = spec.read_text()
        assert old in text
        spec.write_text(text.replace(old, new, 1))

    def sweep(self) -> None:
        """Remove everything labelled with this project, and the images built for it."""
        selector = {"label": f"{PROJECT_LABEL}={self.name}"}
        for container in self.client.containers.list(all=True, filters=selector, sparse=True):
            container.remove(force=True)
        for network in self.client.networks.list(filters=selector):
            network.remove()
        for volume in self.client.volumes.list(filters=selector):
            volume.remove(force=True)
        # Snapshots (`down --volumes` saves one first) carry devenv's label, not Compose's.
        snapshots = {"label": f"org.devenv.snapshot.project={self.name}"}
        for volume in self.client.volumes.list(filters=snapshots):
            volume.remove(force=True)
        for image in self.client.images.list(name=f"{self.name}-*"):
            for tag in image.tags:
                if tag.startswith(f"{self.name}-"):
                    self.client.images.remove(tag)


def make_stack(client: DockerClient, tmp: Path, example: str) -> Stack:
    name = f"t{uuid.uuid4().hex[:10]}"
    folder = tmp / name
    source = ROOT / "examples" / example
    shutil.copytree(source, folder)
    port = free_port()
    spec = folder / "devenv.yaml"
    text = re.sub(r"^name: .*$", f"name: {name}", spec.read_text(), count=1, flags=re.M)
    # A free host port of its own, so tests never collide with each other or the machine.
    text = re.sub(r"^(    port: (\d+))$", rf"\1\n    host_port: {port}", text, count=1, flags=re.M)
    spec.write_text(text)
    return Stack(name, folder, client, port)


@pytest.fixture(scope="session")
def build_cache(client: DockerClient, official_images: None) -> Iterator[None]:
    """Build the Flask example once under a session tag: each test's own project then builds
    from the classic builder's cache instead of installing its requirements again. Removing
    the tag at the end removes its layers too, so nothing is left behind."""
    tag = f"devenv-test-cache/{uuid.uuid4().hex[:10]}:dev"
    client.images.build(
        path=str(ROOT / "examples" / "flask-postgres-redis"), target="dev", tag=tag, rm=True
    )
    yield
    client.images.remove(tag)


@pytest.fixture
def flask_stack(client: DockerClient, build_cache: None, tmp_path: Path) -> Iterator[Stack]:
    stack = make_stack(client, tmp_path, "flask-postgres-redis")
    yield stack
    stack.sweep()


def ps_rows(stack: Stack) -> dict[str, dict[str, Any]]:
    """`devenv ps --json`, keyed by service."""
    result = stack.devenv("ps", "--json")
    assert result.returncode == 0, result.stderr
    return {row["service"]: row for row in json.loads(result.stdout)["services"]}

"""The Rust example for real: its crates come from crates.io inside `docker build`, in an
offline stand-in for rust:1.85-slim-bookworm, and every answer goes through Postgres."""

from __future__ import annotations

import json
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from docker import DockerClient  # type: ignore[import-untyped, unused-ignore]

from fixtures.standins import pull_or_stand_in
from tests.docker.conftest import Stack, make_stack

pytestmark = pytest.mark.docker

IMAGES = ["rust:1.85-slim-bookworm", "debian:bookworm-slim", "postgres:16"]
# The first build compiles the example's crates (debug, then release) on a shared machine.
BUILD_SECONDS = 2400


@pytest.fixture
def rust_stack(client: DockerClient, tmp_path: Path) -> Iterator[Stack]:
    made = pull_or_stand_in(client, IMAGES, pull=False, say=lambda line: None)
    stack = make_stack(client, tmp_path, "rust-postgres")
    yield stack
    stack.sweep()
    for official in made:
        client.images.remove(official, noprune=True)


def get_json(port: int, path: str = "/") -> dict[str, object]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
        data: dict[str, object] = json.load(response)
    return data


def test_rust_example_builds_from_crates_io_and_answers_through_postgres(
    rust_stack: Stack,
) -> None:
    stack = rust_stack
    result = stack.devenv("up", "--wait", "--progress", "plain", timeout=BUILD_SECONDS)
    assert result.returncode == 0, result.stdout + result.stderr
    first = get_json(stack.app_port)
    second = get_json(stack.app_port)
    assert first["greeting"] == "Hello from Postgres!"
    assert second["visits"] == int(str(first["visits"])) + 1  # counted in the database

    # The prod stage: release binary on debian:bookworm-slim, run against the same database.
    tag = f"{stack.name}-web:prod-{uuid.uuid4().hex[:6]}"
    stack.client.images.build(
        path=str(stack.folder), target="prod", tag=tag, rm=True, timeout=BUILD_SECONDS
    )
    network = next(n for n in stack.networks())
    env = {"DATABASE_URL": "postgresql://app:devenv@postgres:5432/app"}
    container = stack.client.containers.run(
        tag,
        detach=True,
        network=network,
        environment=env,
        labels={"com.docker.compose.project": stack.name},
    )
    try:
        code, output = _wait_for_answer(container)
        assert code == 0 and "Hello from Postgres!" in output, output
        assert container.attrs["Config"]["User"] == "10001:10001"
    finally:
        container.remove(force=True)
        stack.client.images.remove(tag)

    down = stack.devenv("down", "--progress", "plain")
    assert down.returncode == 0, down.stderr
    assert stack.containers() == {}


def _wait_for_answer(container: object) -> tuple[int, str]:
    """Ask the prod container's own port from inside it, with bash, until it answers."""
    import time

    script = (
        "for _ in $(seq 60); do exec 3<>/dev/tcp/127.0.0.1/3000 2>/dev/null && break; sleep 1; "
        "done; printf 'GET / HTTP/1.0\\r\\n\\r\\n' >&3 && cat <&3"
    )
    deadline = time.monotonic() + 90
    code, output = 1, ""
    while time.monotonic() < deadline:
        code, raw = container.exec_run(["bash", "-c", script])  # type: ignore[attr-defined]
        output = raw.decode(errors="replace")
        if code == 0 and "200 OK" in output:
            break
        time.sleep(1)
    return code, output

"""The fixture images really stand in for python, postgres, redis, php and ruby: real containers
prove it (php and ruby through the examples in test_php_ruby.py)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator

import docker  # type: ignore[import-untyped, unused-ignore]
import pytest
from docker import DockerClient  # type: ignore[import-untyped, unused-ignore]
from docker.models.containers import Container  # type: ignore[import-untyped, unused-ignore]

from fixtures.build import LABEL, ensure_fixture_images
from fixtures.standins import STAND_INS

pytestmark = pytest.mark.docker

TEST_LABEL = "org.devenv.test"
PG_ENV = {"POSTGRES_USER": "app", "POSTGRES_PASSWORD": "secret", "POSTGRES_DB": "appdb"}
# Both images stop in about a second; Docker's timeout is what a hung shutdown would take.
PROMPT_STOP_SECONDS = 5.0


@pytest.fixture(scope="module")
def client() -> Iterator[DockerClient]:
    # The first build imports a rootfs of a few hundred MB; docker-py's default 60 s is short.
    engine = docker.from_env(timeout=900)
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def images(client: DockerClient) -> dict[str, str]:
    return ensure_fixture_images(client)


@pytest.fixture
def labels(client: DockerClient) -> Iterator[dict[str, str]]:
    """Labels for everything a test creates, and its removal afterwards, pass or fail."""
    run_id = f"fixture-images-{uuid.uuid4().hex[:12]}"
    yield {TEST_LABEL: run_id}
    selector = f"{TEST_LABEL}={run_id}"
    for container in client.containers.list(all=True, filters={"label": selector}):
        container.remove(force=True, v=True)
    for volume in client.volumes.list(filters={"label": selector}):
        volume.remove(force=True)


def volume_for(client: DockerClient, labels: dict[str, str], name: str) -> str:
    """A labelled named volume: an image's VOLUME would otherwise create an unlabelled one."""
    volume = client.volumes.create(name=f"{labels[TEST_LABEL]}-{name}", labels=labels)
    return str(volume.name)


def wait_for(container: Container, check: Callable[[], bool], what: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        container.reload()
        if container.status != "running" or time.monotonic() > deadline:
            logs = container.logs().decode(errors="replace")
            pytest.fail(f"{what} did not happen ({container.status}); logs:\n{logs}")
        time.sleep(0.5)


def run(container: Container, *command: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    code, output = container.exec_run(list(command), environment=env)
    # Without stream=True the output is bytes and the exit code is set.
    assert isinstance(code, int) and isinstance(output, bytes)
    return code, output.decode(errors="replace").strip()


def stop_seconds(container: Container) -> float:
    started = time.monotonic()
    container.stop(timeout=10)
    return time.monotonic() - started


@pytest.mark.parametrize("role", ["python", "python313", "postgres", "redis", "php", "ruby"])
def test_images_are_ours_and_labelled(
    client: DockerClient, images: dict[str, str], role: str
) -> None:
    name, _, key = images[role].partition(":")
    assert name == f"devenv-fixture/{role}"
    image_labels = client.images.get(images[role]).labels
    assert image_labels[LABEL] == "true"
    assert image_labels[f"{LABEL}.key"] == key


@pytest.mark.parametrize("role", ["python", "python313"])
def test_python_makes_a_venv_with_pip(
    client: DockerClient, images: dict[str, str], labels: dict[str, str], role: str
) -> None:
    # What the generated Dockerfile's base stage does, minus the network.
    script = (
        "python --version && pip --version && command -v setpriv"
        " && python -m venv /opt/venv && /opt/venv/bin/pip --version"
        " && groupadd --gid 10001 app && useradd --uid 10001 --gid 10001 --create-home app"
    )
    container = client.containers.run(
        images[role], ["sh", "-c", script], detach=True, labels=labels
    )
    status = container.wait(timeout=120)
    logs = container.logs().decode(errors="replace")
    assert status["StatusCode"] == 0, logs
    assert "from /opt/venv/lib/python3" in logs, logs
    assert client.images.get(images[role]).attrs["Config"]["Cmd"] == ["python3"]
    # Each stands in only for the official tag whose version it really has.
    official = next(ref for ref, r in STAND_INS.items() if r == role)
    version = official.removeprefix("python:").removesuffix("-slim")
    assert f"Python {version}." in logs, logs
    # Like the official image, it says which Python it carries (apps read PYTHON_VERSION).
    env = dict(e.split("=", 1) for e in client.images.get(images[role]).attrs["Config"]["Env"])
    assert (
        env["PYTHON_VERSION"].startswith(f"{version}.")
        and f"Python {env['PYTHON_VERSION']}" in logs
    )


def start_postgres(
    client: DockerClient, image: str, labels: dict[str, str], volume: str
) -> Container:
    container = client.containers.run(
        image,
        detach=True,
        labels=labels,
        environment=PG_ENV,
        volumes={volume: {"bind": "/var/lib/postgresql/data", "mode": "rw"}},
    )
    ready = ["pg_isready", "--host=127.0.0.1", "--username=app", "--dbname=appdb"]
    wait_for(container, lambda: run(container, *ready)[0] == 0, "pg_isready", timeout=90)
    return container


def psql(container: Container, password: str, sql: str) -> tuple[int, str]:
    """psql over TCP to 127.0.0.1, where the image requires the password."""
    command = ["psql", "--host=127.0.0.1", "--username=app", "--dbname=appdb", "--no-password"]
    options = ["--tuples-only", "--no-align", "--set=ON_ERROR_STOP=1", f"--command={sql}"]
    return run(container, *command, *options, env={"PGPASSWORD": password})


def test_postgres_initialises_authenticates_stops_and_keeps_data(
    client: DockerClient, images: dict[str, str], labels: dict[str, str]
) -> None:
    volume = volume_for(client, labels, "pgdata")
    first = start_postgres(client, images["postgres"], labels, volume)
    assert psql(first, "secret", "SELECT 1") == (0, "1")
    code, output = psql(first, "wrong", "SELECT 1")
    assert code != 0 and "password authentication failed" in output, output
    assert run(first, "ps", "-o", "user=", "-p", "1") == (0, "postgres")
    assert psql(first, "secret", "CREATE TABLE kept AS SELECT 42 AS answer")[0] == 0

    elapsed = stop_seconds(first)
    first.reload()
    assert elapsed < PROMPT_STOP_SECONDS, f"stop took {elapsed:.1f}s"
    assert first.attrs["State"]["ExitCode"] == 0, first.logs().decode(errors="replace")

    # A new container on the same volume: the data is in the volume, and init doesn't rerun.
    second = start_postgres(client, images["postgres"], labels, volume)
    assert psql(second, "secret", "SELECT answer FROM kept") == (0, "42")
    assert stop_seconds(second) < PROMPT_STOP_SECONDS


def test_redis_answers_ping_beyond_loopback(
    client: DockerClient, images: dict[str, str], labels: dict[str, str]
) -> None:
    container = client.containers.run(
        images["redis"],
        detach=True,
        labels=labels,
        volumes={volume_for(client, labels, "data"): {"bind": "/data", "mode": "rw"}},
    )
    wait_for(container, lambda: run(container, "redis-cli", "ping") == (0, "PONG"), "PING", 30)
    # Other containers reach it on its own address: bound to 0.0.0.0, protected mode off.
    # Read after a reload: the attributes `run` returned predate the start (no address yet),
    # and wait_for reloads only when the first PING fails.
    container.reload()
    address = container.attrs["NetworkSettings"]["IPAddress"]
    assert address, container.attrs["NetworkSettings"]
    assert run(container, "redis-cli", "-h", address, "ping") == (0, "PONG")
    assert run(container, "redis-cli", "config", "get", "dir") == (0, "dir\n/data")
    assert run(container, "ps", "-o", "user=", "-p", "1") == (0, "redis")

    elapsed = stop_seconds(container)
    assert elapsed < PROMPT_STOP_SECONDS, f"stop took {elapsed:.1f}s"

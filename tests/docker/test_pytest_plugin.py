"""The pytest plugin on the real engine: a fresh project whose own tests use `devenv_services`
and `--devenv-env` against the Postgres and Redis stand-ins."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import pytest
from docker import DockerClient  # type: ignore[import-untyped, unused-ignore]

from devenv.pytest_plugin import LABEL, sweep

pytest_plugins = ["pytester"]
pytestmark = pytest.mark.docker

SPEC = """\
name: {name}
apps:
  web:
    language: python
    port: 8000
    command: python -m http.server 8000
services:
  postgres:
    version: "16"
  redis:
    version: "7.4"
"""

USER_TESTS = """\
import os
import socket
from urllib.parse import urlsplit

# Read at import time, as application settings often are: --devenv-env must come first.
DATABASE_URL = os.environ["DATABASE_URL"]


def test_the_urls_point_at_the_services(devenv_services):
    postgres = devenv_services["postgres"]
    assert postgres.host == "127.0.0.1"
    assert DATABASE_URL == postgres.url
    parts = urlsplit(postgres.url)
    assert (parts.scheme, parts.hostname, parts.port) == ("postgresql", "127.0.0.1", postgres.port)
    assert os.environ["REDIS_URL"] == devenv_services["redis"].url


def test_redis_answers(devenv_services):
    redis = devenv_services["redis"]
    with socket.create_connection((redis.host, redis.port), timeout=10) as conn:
        conn.sendall(b"PING\\r\\n")
        assert conn.recv(64).startswith(b"+PONG")


def test_postgres_accepts_connections(devenv_services):
    postgres = devenv_services["postgres"]
    socket.create_connection((postgres.host, postgres.port), timeout=10).close()
"""


@pytest.fixture
def user_project(pytester: pytest.Pytester, official_images: None) -> Iterator[str]:
    name = f"plug{uuid.uuid4().hex[:8]}"
    pytester.makefile(".yaml", devenv=SPEC.format(name=name))
    pytester.makepyfile(test_app=USER_TESTS)
    yield pytester.path.name
    sweep(project=pytester.path.name)


def ours(client: DockerClient, project: str) -> list[str]:
    found = client.containers.list(all=True, filters={"label": f"{LABEL}={project}"})
    return sorted(c.id for c in found)


def test_services_are_started_and_removed_by_label(
    pytester: pytest.Pytester, user_project: str, client: DockerClient
) -> None:
    result = pytester.runpytest_subprocess("--devenv-env", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)
    assert ours(client, user_project) == []  # nothing left behind


def test_reuse_keeps_the_services_for_the_next_run(
    pytester: pytest.Pytester, user_project: str, client: DockerClient
) -> None:
    started = time.monotonic()
    first = pytester.runpytest_subprocess("--devenv-env", "--devenv-reuse")
    cold = time.monotonic() - started
    first.assert_outcomes(passed=3)
    kept = ours(client, user_project)
    assert len(kept) == 2
    started = time.monotonic()
    second = pytester.runpytest_subprocess("--devenv-env", "--devenv-reuse")
    warm = time.monotonic() - started
    second.assert_outcomes(passed=3)
    assert ours(client, user_project) == kept  # found again, not started anew
    assert warm < cold

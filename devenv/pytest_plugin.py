"""devenv as a pytest plugin: a project's tests get the backing services of its devenv.yaml.

The services run from the same images, versions, environment and healthchecks as `devenv up`,
started through testcontainers, each published on 127.0.0.1 at a random port:

    def test_orders(devenv_services):
        url = devenv_services["postgres"].url   # postgresql://app:devenv@127.0.0.1:49153/app

Options: `--devenv-file PATH` (default: devenv.yaml where pytest runs), `--devenv-env` (export
each service's URL variable, DATABASE_URL, REDIS_URL..., for the whole session, before test
modules are imported), `--devenv-reuse` (keep the services running for the next run, found
again by label and by a hash of their settings).

Cleanup is by label: testcontainers' reaper (Ryuk) needs an image from a registry, which may be
out of reach, so it is turned off unless TESTCONTAINERS_RYUK_DISABLED says otherwise, and the
plugin removes the session's containers (and their anonymous volumes) itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from devenv.project import Service

LABEL = "org.devenv.pytest"  # the devenv project name
SERVICE_LABEL = "org.devenv.pytest.service"
HASH_LABEL = "org.devenv.pytest.spec-hash"
SESSION_LABEL = "org.devenv.pytest.session"  # "reuse" for kept containers
HEALTH_TIMEOUT = 180.0


@dataclass(frozen=True)
class ServiceEndpoint:
    """Where a test reaches one backing service."""

    name: str
    host: str
    port: int
    url: str  # the connection URL the app would get, pointing here
    env_var: str  # the variable that carries it to the app: DATABASE_URL, REDIS_URL...
    container_id: str = field(repr=False, default="")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("devenv", "backing services from devenv.yaml")
    group.addoption(
        "--devenv-file",
        metavar="PATH",
        default=None,
        help="The devenv.yaml whose services the tests get (default: ./devenv.yaml).",
    )
    group.addoption(
        "--devenv-env",
        action="store_true",
        help="Export each service's URL variable (DATABASE_URL...) for the session.",
    )
    group.addoption(
        "--devenv-reuse",
        action="store_true",
        help="Keep the services running after the session and reuse them next time.",
    )


class ServiceSession:
    """The session's services: started (or found again) on first use, removed at the end."""

    def __init__(self, config: pytest.Config) -> None:
        option = config.getoption("--devenv-file")
        self.spec_file = (
            Path(option) if option else Path(config.invocation_params.dir) / "devenv.yaml"
        )
        self.reuse = bool(config.getoption("--devenv-reuse"))
        self.session = "reuse" if self.reuse else uuid.uuid4().hex[:12]
        self.endpoints: dict[str, ServiceEndpoint] | None = None
        self.saved_env: dict[str, str | None] = {}

    def start(self) -> dict[str, ServiceEndpoint]:
        if self.endpoints is None:
            os.environ.setdefault("TESTCONTAINERS_RYUK_DISABLED", "true")
            self.endpoints = {}
            from devenv.errors import DevenvError

            try:
                for service, env_var, url_of in self._services():
                    self.endpoints[service.name] = self._endpoint(service, env_var, url_of)
            except DevenvError as error:
                self.close()
                lines = [error.message, *error.details(), *([error.hint] if error.hint else [])]
                raise pytest.UsageError("devenv: " + "\n  ".join(lines)) from None
            except BaseException:
                self.close()
                raise
        return self.endpoints

    def _services(self) -> Iterator[tuple[Service, str, Any]]:
        from functools import partial

        from devenv.project import connection_var, service_kind, service_login
        from devenv.workspace import open_workspace

        workspace = open_workspace(self.spec_file)
        spec = workspace.spec()
        for service in workspace.project.services:
            if service.role != "service":
                continue
            declared = spec.services.get(service.name)
            kind = service_kind(service.name, declared)
            url_of = partial(kind.connection_url, login=service_login(declared))
            yield service, connection_var(declared, kind), (kind.port, url_of)

    def _endpoint(self, service: Service, env_var: str, url_of: Any) -> ServiceEndpoint:
        inner_port, connection_url = url_of
        digest = settings_hash(service, inner_port)
        container = self._found(service.name, digest) if self.reuse else None
        if container is None:
            container = self._run(service, inner_port, digest)
        _wait_healthy(container, service.name)
        bindings = container.attrs["NetworkSettings"]["Ports"].get(f"{inner_port}/tcp") or []
        port = int(bindings[0]["HostPort"])
        return ServiceEndpoint(
            name=service.name,
            host="127.0.0.1",
            port=port,
            url=connection_url("127.0.0.1", port),
            env_var=env_var,
            container_id=container.id,
        )

    def _labels(self, service: str, digest: str) -> dict[str, str]:
        return {
            LABEL: self._project(),
            SERVICE_LABEL: service,
            HASH_LABEL: digest,
            SESSION_LABEL: self.session,
        }

    def _project(self) -> str:
        return self.spec_file.resolve().parent.name

    def _found(self, service: str, digest: str) -> Any:
        client = _client()
        wanted = [f"{k}={v}" for k, v in self._labels(service, digest).items()]
        for container in client.containers.list(all=True, filters={"label": wanted}):
            if container.status != "running":
                container.remove(force=True, v=True)
                continue
            return container
        return None

    def _run(self, service: Service, inner_port: int, digest: str) -> Any:
        from testcontainers.core.container import DockerContainer

        from devenv.engine.compose_hash import nanoseconds

        check = service.healthcheck
        runner = DockerContainer(service.image)
        for key, value in service.environment:
            runner.with_env(key, value)
        if service.command:
            runner.with_command(list(service.command))
        # Published on the loopback only, at a port the engine picks.
        # (testcontainers' own with_bind_ports takes no address: set docker-py's binding.)
        bindings: dict[str, Any] = runner.ports
        bindings[f"{inner_port}/tcp"] = ("127.0.0.1",)
        runner.with_kwargs(
            labels=self._labels(service.name, digest),
            init=True,
            healthcheck=(
                {
                    "test": list(check.test),
                    "interval": nanoseconds("500ms"),
                    "timeout": nanoseconds(check.timeout),
                    "retries": check.retries * 4,
                }
                if check
                else None
            ),
        )
        if self.reuse:
            runner.with_name(f"devenv-test-{self._project()}-{service.name}-{digest[:8]}")
        runner.start()
        container = runner.get_wrapped_container()
        container.reload()
        return container

    def export_env(self) -> None:
        for endpoint in self.start().values():
            self.saved_env.setdefault(endpoint.env_var, os.environ.get(endpoint.env_var))
            os.environ[endpoint.env_var] = endpoint.url

    def close(self) -> None:
        for name, value in self.saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        self.saved_env = {}
        if not self.reuse and self.endpoints is not None:
            sweep(session=self.session)
        self.endpoints = None


def settings_hash(service: Service, inner_port: int) -> str:
    """What a kept container must match to be reused: image, command, environment, check."""
    record = [service.image, service.command, service.environment, service.healthcheck, inner_port]
    return hashlib.sha256(json.dumps(record, default=str).encode()).hexdigest()[:16]


def sweep(*, session: str | None = None, project: str | None = None) -> int:
    """Remove the plugin's containers, with their anonymous volumes, by label; how many."""
    wanted = (
        [f"{SESSION_LABEL}={session}"]
        if session
        else [LABEL if not project else f"{LABEL}={project}"]
    )
    removed = 0
    for container in _client().containers.list(all=True, filters={"label": wanted}):
        container.remove(force=True, v=True)
        removed += 1
    return removed


def _client() -> Any:
    import docker

    return docker.from_env()


def _wait_healthy(container: Any, service: str) -> None:
    deadline = time.monotonic() + HEALTH_TIMEOUT
    while True:
        container.reload()
        state = container.attrs["State"]
        health = (state.get("Health") or {}).get("Status")
        if state["Status"] != "running":
            raise RuntimeError(f"devenv: {service} stopped: {container.logs(tail=20).decode()}")
        if health in (None, "healthy"):
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"devenv: {service} not healthy after {HEALTH_TIMEOUT:g}s")
        time.sleep(0.2)


_SESSION_KEY = pytest.StashKey[ServiceSession]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_SESSION_KEY] = ServiceSession(config)


def pytest_sessionstart(session: pytest.Session) -> None:
    # Before collection, so that modules reading DATABASE_URL at import time see it.
    if session.config.getoption("--devenv-env"):
        session.config.stash[_SESSION_KEY].export_env()


def pytest_unconfigure(config: pytest.Config) -> None:
    services = config.stash.get(_SESSION_KEY, None)
    if services is not None:
        services.close()


@pytest.fixture(scope="session")
def devenv_services(pytestconfig: pytest.Config) -> dict[str, ServiceEndpoint]:
    """Each backing service of devenv.yaml by name, with host, port and url."""
    return pytestconfig.stash[_SESSION_KEY].start()

"""The Docker adapter: the only module that imports `docker`. It speaks in plain values."""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import docker
import docker.errors
import requests.exceptions
from docker.utils.build import exclude_paths

from devenv.engine import labels
from devenv.engine.desired import ContainerConfig, nanoseconds
from devenv.engine.state import BuildInputs, ContainerState, ImageState, Observed
from devenv.errors import EngineUnreachable, OperationFailed

DEFAULT_HOST = "unix:///var/run/docker.sock"
CONNECT_TIMEOUT = 5
# Long enough for a slow build step or a container that takes its time to stop.
CALL_TIMEOUT = 900
NETWORK_REMOVAL_TRIES = 20
_HEALTH_IN_STATUS = re.compile(r"\((healthy|unhealthy|health: starting)\)")

OnLine = Callable[[str], None]


@dataclass(frozen=True)
class ExecSession:
    """An interactive exec: the raw socket to copy bytes through, and how to resize it."""

    sock: socket.socket
    resize: Callable[[int, int], None]
    exit_code: Callable[[], int | None]


class EngineRefused(OperationFailed):
    """The engine answered a call with an error (a conflict, a bad request, a busy object)."""

    def __init__(self, message: str, explanation: str) -> None:
        super().__init__(message)
        self.explanation = explanation


class _RefusalsAsErrors:
    """Wraps docker-py's client so that an API error becomes an EngineRefused naming the call,
    shown like any other failure; NotFound passes through for callers that expect it."""

    def __init__(self, api: docker.APIClient, address: str) -> None:
        self._api = api
        self._address = address

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._api, name)
        if not callable(attribute):
            return attribute

        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return attribute(*args, **kwargs)
            except docker.errors.NotFound:
                raise
            except docker.errors.APIError as error:
                explanation = str(error.explanation or error)
                target = f" {args[0]}" if args and isinstance(args[0], str) else ""
                raise EngineRefused(
                    f"the Docker Engine refused {name.replace('_', ' ')}{target}: {explanation}",
                    explanation,
                ) from None
            except requests.exceptions.ConnectionError:
                raise EngineUnreachable(
                    f"lost the connection to the Docker Engine at {self._address}",
                    hint="Check that it is still running, then run the command again.",
                ) from None

        return call


class Engine:
    """A connected Docker Engine. Every method is one or a few API calls."""

    def __init__(self, api: docker.APIClient, address: str) -> None:
        # Typed as the client it wraps: every attribute is the client's own, with errors mapped.
        self.api: docker.APIClient = _RefusalsAsErrors(api, address)  # type: ignore[assignment]
        self.address = address

    @classmethod
    def connect(cls) -> Engine:
        """Connect within CONNECT_TIMEOUT seconds, or raise EngineUnreachable naming the address."""
        address = os.environ.get("DOCKER_HOST", DEFAULT_HOST)
        try:
            api = docker.APIClient(base_url=address, version="auto", timeout=CONNECT_TIMEOUT)
        except (docker.errors.DockerException, requests.exceptions.RequestException) as error:
            raise EngineUnreachable(
                f"cannot reach the Docker Engine at {address}: {_reason(error)}",
                hint="Start it (e.g. `sudo systemctl start docker`), or point DOCKER_HOST at it.",
            ) from None
        api.timeout = CALL_TIMEOUT
        return cls(api, address)

    # -- observing ---------------------------------------------------------------------

    def containers(self, project: str) -> tuple[ContainerState, ...]:
        """The project's containers alone: one call, for ps and for reports."""
        found = self.api.containers(all=True, filters=labels.project_filter(project))
        return tuple(_container_state(c) for c in found)

    def observe(self, project: str, images: list[str]) -> Observed:
        networks = self.api.networks(filters=labels.project_filter(project))
        volumes = self.api.volumes(filters=labels.project_filter(project)).get("Volumes") or []
        return Observed(
            containers=self.containers(project),
            networks=frozenset(n["Name"] for n in networks),
            volumes=frozenset(v["Name"] for v in volumes),
            images={ref: state for ref in images if (state := self.image(ref)) is not None},
        )

    def image(self, ref: str) -> ImageState | None:
        try:
            found = self.api.inspect_image(ref)  # type: ignore[no-untyped-call]
        except docker.errors.NotFound:
            return None
        image_labels = (found.get("Config") or {}).get("Labels") or {}
        try:
            build = json.loads(image_labels.get(labels.BUILD) or "{}")
        except ValueError:
            build = {}  # not ours, or damaged: treated as unknown, so it is rebuilt
        return ImageState(
            id=found["Id"],
            build_hash=build.get("hash"),
            build_inputs=build.get("inputs") or {},
        )

    def container(self, name: str) -> ContainerState | None:
        try:
            found = self.api.inspect_container(name)
        except docker.errors.NotFound:
            return None
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
        )

    def published_ports(self) -> dict[int, str]:
        """Host ports published by any running container, with the container's name."""
        taken: dict[int, str] = {}
        for found in self.api.containers(filters={"status": "running"}):
            for port in found.get("Ports") or []:
                if port.get("PublicPort"):
                    taken[int(port["PublicPort"])] = found["Names"][0].lstrip("/")
        return taken

    def context_files(self, context: Path, dockerfile: str) -> list[str]:
        """The files `docker build` sends for this context, honouring .dockerignore."""
        ignore = context / ".dockerignore"
        patterns = ignore.read_text().splitlines() if ignore.is_file() else []
        patterns = [p.strip() for p in patterns if p.strip() and not p.startswith("#")]
        return sorted(exclude_paths(str(context), patterns, dockerfile=dockerfile))

    # -- images ------------------------------------------------------------------------

    def build(self, build: BuildInputs, on_line: OnLine) -> str:
        record = {"hash": build.digest, "inputs": build.files}
        image_labels = {labels.BUILD: json.dumps(record, sort_keys=True, separators=(",", ":"))}
        tail: list[str] = []
        image_id = ""
        stream = self.api.build(
            path=build.context,
            dockerfile=build.dockerfile,
            tag=build.image,
            target=build.target,
            labels=image_labels,
            rm=True,
            forcerm=True,
            decode=True,
            pull=False,
        )
        try:
            for chunk in stream:
                if "error" in chunk:
                    raise OperationFailed(
                        f"building {build.image} failed: {chunk['error'].strip()}",
                        hint="\n".join(tail[-10:]) or None,
                    )
                image_id = (chunk.get("aux") or {}).get("ID", image_id)
                for line in str(chunk.get("stream", "")).splitlines():
                    if line.strip():
                        tail.append(line)
                        on_line(line)
        except docker.errors.APIError as error:  # raised while streaming, past the wrapper
            raise OperationFailed(
                f"building {build.image} failed: {error.explanation or error}"
            ) from None
        return image_id

    def pull(self, ref: str, on_line: OnLine) -> None:
        repository, _, tag = ref.rpartition(":")
        try:
            for chunk in self.api.pull(repository, tag=tag, stream=True, decode=True):
                if "error" in chunk:
                    raise OperationFailed(f"cannot pull {ref}: {chunk['error']}")
                if chunk.get("status"):
                    on_line(f"{chunk['status']} {chunk.get('progress', '')}".strip())
        except docker.errors.APIError as error:
            raise OperationFailed(
                f"cannot pull {ref}: {error.explanation or error}",
                hint="Check that a registry is reachable, or build or tag the image locally.",
            ) from None

    # -- networks and volumes ------------------------------------------------------------

    def create_network(self, name: str, network_labels: dict[str, str]) -> None:
        self.api.create_network(name, driver="bridge", labels=network_labels)

    def create_volume(self, name: str, volume_labels: dict[str, str]) -> None:
        self.api.create_volume(name, driver="local", labels=volume_labels)

    def remove_network(self, name: str) -> None:
        # The engine can report a network busy for a moment after its last container was
        # removed, while it tears the endpoint down: give it a few tries before failing.
        for attempt in range(NETWORK_REMOVAL_TRIES):
            try:
                with contextlib.suppress(docker.errors.NotFound):
                    self.api.remove_network(name)
                return
            except EngineRefused as refused:
                if "active endpoints" not in refused.explanation:
                    raise
                if attempt == NETWORK_REMOVAL_TRIES - 1:
                    raise
                time.sleep(0.25)

    def remove_volume(self, name: str) -> None:
        with contextlib.suppress(docker.errors.NotFound):
            self.api.remove_volume(name)

    # -- containers ----------------------------------------------------------------------

    def create_container(self, config: ContainerConfig, image_id: str) -> str:
        host_config = self.api.create_host_config(
            binds=list(config.binds),
            port_bindings={
                f"{p.container_port}/tcp": [(p.host_ip, str(p.host_port))] for p in config.ports
            },
            init=True,
            network_mode=config.network,
        )
        endpoint = self.api.create_endpoint_config(aliases=list(config.aliases))
        # docker-py takes {network: endpoint}; its type stubs wrongly say a single endpoint.
        networking = self.api.create_networking_config({config.network: endpoint})  # type: ignore[arg-type]
        created = self.api.create_container(
            image=config.image,
            name=config.name,
            command=list(config.command) if config.command else None,
            environment=list(config.environment),
            labels=config.create_labels(image_id),
            ports=[(p.container_port, "tcp") for p in config.ports],
            healthcheck=_healthcheck(config),
            host_config=host_config,
            networking_config=networking,
            detach=True,
        )
        return str(created["Id"])

    def start(self, container: str) -> None:
        self.api.start(container)

    def stop(self, container: str, timeout: int = 10) -> None:
        with contextlib.suppress(docker.errors.NotFound):
            self.api.stop(container, timeout=timeout)

    def remove(self, container: str) -> None:
        with contextlib.suppress(docker.errors.NotFound):
            self.api.remove_container(container)

    def restart(self, container: str, timeout: int = 10) -> None:
        self.api.restart(container, timeout=timeout)

    def logs(
        self, container: str, *, tail: int | None = None, follow: bool = False
    ) -> Iterator[bytes]:
        lines: int | Literal["all"] = "all" if tail is None else tail
        if follow:
            yield from self.api.logs(container, stream=True, follow=True, tail=lines)
        else:
            yield self.api.logs(container, tail=lines)

    # -- exec ------------------------------------------------------------------------------

    def exec_stream(
        self, container: str, command: list[str], env: list[str], user: str | None
    ) -> tuple[Iterator[tuple[bytes | None, bytes | None]], Callable[[], int | None]]:
        created = self.api.exec_create(container, command, environment=env or None, user=user or "")
        output = self.api.exec_start(created["Id"], stream=True, demux=True)
        return output, lambda: self.api.exec_inspect(created["Id"]).get("ExitCode")

    def exec_interactive(
        self, container: str, command: list[str], env: list[str], user: str | None
    ) -> ExecSession:
        created = self.api.exec_create(
            container,
            command,
            stdin=True,
            tty=True,
            environment=env or None,
            user=user or "",
        )
        exec_id = created["Id"]
        raw = self.api.exec_start(exec_id, tty=True, socket=True)
        sock = getattr(raw, "_sock", raw)  # docker-py wraps the socket in SocketIO
        if not isinstance(sock, socket.socket):
            raise OperationFailed("interactive exec needs a local socket connection to the engine")
        return ExecSession(
            sock=sock,
            resize=lambda rows, cols: self.api.exec_resize(exec_id, height=rows, width=cols),
            exit_code=lambda: self.api.exec_inspect(exec_id).get("ExitCode"),
        )


def _reason(error: Exception) -> str:
    text = str(error)
    for known in ("No such file or directory", "Connection refused", "Permission denied"):
        if known in text:
            return known.lower()
    if "timed out" in text.lower() or "timeout" in text.lower():
        return f"no answer within {CONNECT_TIMEOUT} seconds"
    return _whole_sentence(text) if text else type(error).__name__


def _whole_sentence(text: str, limit: int = 400) -> str:
    """The engine's message on one line, shortened only at a word, never mid-word."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + " …"


def _container_state(found: dict[str, Any]) -> ContainerState:
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
    )


def _healthcheck(config: ContainerConfig) -> dict[str, Any] | None:
    check = config.healthcheck
    if check is None:
        return None
    result: dict[str, Any] = {
        "test": list(check.test),
        "interval": nanoseconds(check.interval),
        "timeout": nanoseconds(check.timeout),
        "retries": check.retries,
    }
    # Compose leaves a zero start period out; so do we, so both create identical containers.
    if nanoseconds(check.start_period):
        result["start_period"] = nanoseconds(check.start_period)
    return result


# -- instances and snapshots (devenv ls, devenv snapshot) -------------------------------------
# Kept apart from the stack calls above: plain values in, plain values out.


@dataclass(frozen=True)
class ListedContainer:
    """Any Compose-labelled container on the engine, as `devenv ls` groups them."""

    project: str
    service: str
    name: str
    state: str
    image: str
    created: float  # seconds since the epoch
    labels: dict[str, str]
    ports: tuple[int, ...]
    volumes: tuple[str, ...]  # the named volumes it mounts


@dataclass(frozen=True)
class ListedVolume:
    name: str
    labels: dict[str, str]
    created: str


def _list_containers(engine: Engine, filters: dict[str, Any]) -> list[ListedContainer]:
    found = []
    for c in engine.api.containers(all=True, filters=filters):
        container_labels = c.get("Labels") or {}
        found.append(
            ListedContainer(
                project=container_labels.get(labels.PROJECT, ""),
                service=container_labels.get(labels.SERVICE, ""),
                name=c["Names"][0].lstrip("/"),
                state=c.get("State", ""),
                image=c.get("Image", ""),
                created=float(c.get("Created") or 0),
                labels=container_labels,
                ports=tuple(
                    sorted(
                        {int(p["PublicPort"]) for p in c.get("Ports") or [] if p.get("PublicPort")}
                    )
                ),
                volumes=tuple(
                    m["Name"] for m in c.get("Mounts") or [] if m.get("Type") == "volume"
                ),
            )
        )
    return found


def compose_containers(engine: Engine, project: str | None = None) -> list[ListedContainer]:
    """Every container with a Compose project label, or one project's."""
    selector = labels.project_filter(project) if project else {"label": labels.PROJECT}
    return _list_containers(engine, selector)


def labelled_volumes(engine: Engine, label: str) -> list[ListedVolume]:
    """Volumes carrying a label (`key` or `key=value`)."""
    found = engine.api.volumes(filters={"label": label}).get("Volumes") or []
    return [ListedVolume(v["Name"], v.get("Labels") or {}, v.get("CreatedAt", "")) for v in found]


def run_helper(
    engine: Engine,
    image: str,
    script: str,
    binds: list[str],
    helper_labels: dict[str, str],
    timeout: int = 900,
) -> tuple[int, str]:
    """Run `sh -c script` as root in a throwaway container with no network; its exit code and
    output. Its anonymous volumes (an image's VOLUME) go with it."""
    try:
        created = engine.api.create_container(
            image=image,
            entrypoint=["sh", "-c"],
            command=[script],
            user="0:0",
            labels=helper_labels,
            network_disabled=True,
            host_config=engine.api.create_host_config(binds=binds),
        )
    except docker.errors.NotFound:
        raise OperationFailed(
            f"the image {image} is not on the engine: it copies the volume's files",
            hint="Run `devenv up` once (it pulls or builds the image), then try again.",
        ) from None
    container = str(created["Id"])
    try:
        engine.api.start(container)
        status = engine.api.wait(container, timeout=timeout)
        output = engine.api.logs(container, stdout=True, stderr=True)
        return int(status.get("StatusCode", 1)), output.decode("utf-8", "replace")
    finally:
        with contextlib.suppress(docker.errors.NotFound):
            engine.api.remove_container(container, v=True, force=True)

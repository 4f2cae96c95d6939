"""The Docker adapter: the only module that imports `docker`. It speaks in plain values.

Short calls go through the standard-library transport; docker-py is imported only for the
streaming ones (build, pull, following logs, exec) and for hosts the transport cannot reach."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from devenv.engine import labels
from devenv.engine.state import BuildInputs, ContainerState, ImageState, Observed
from devenv.engine.transport import (
    CALL_TIMEOUT,
    CONNECT_TIMEOUT,
    EngineRefused,
    NotFound,
    Transport,
    demux,
    filters,
    path,
    supported,
)
from devenv.engine.wire import container_state, create_body, image_state, inspected_state
from devenv.errors import EngineUnreachable, OperationFailed

if TYPE_CHECKING:
    import docker

    from devenv.engine.desired import ContainerConfig

__all__ = ["Engine", "EngineRefused", "ExecSession"]

DEFAULT_HOST = "unix:///var/run/docker.sock"
# The engine may call a network busy for a moment after its last container went: retry often
# (a long pause here is most of what a one-container `down` waits for), for up to 5 s.
NETWORK_REMOVAL_TRIES = 100
NETWORK_REMOVAL_PAUSE = 0.05

OnLine = Callable[[str], None]


class ExecSession(NamedTuple):
    """An interactive exec: the raw socket to copy bytes through, and how to resize it."""

    sock: socket.socket
    resize: Callable[[int, int], None]
    exit_code: Callable[[], int | None]


class _SdkTransport:
    """The transport's interface over docker-py, for hosts it cannot reach (TLS, ssh)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def request(
        self,
        method: str,
        url_path: str,
        params: dict[str, Any] | None = None,
        body: Any = None,
        *,
        what: str = "",
        raw: bool = False,
    ) -> Any:
        import docker.errors

        api: Any = self.engine.sdk  # its request helpers are not in docker-py's type stubs
        try:
            response = api._result(
                api.request(
                    method,
                    api._url(url_path.replace("{", "{{").replace("}", "}}")),
                    params=params,
                    data=json.dumps(body) if body is not None else None,
                    headers={"Content-Type": "application/json"},
                ),
                json=not raw,
                binary=raw,
            )
        except docker.errors.NotFound as error:
            raise NotFound(str(error)) from None
        except docker.errors.APIError as error:
            explanation = str(error.explanation or error)
            raise EngineRefused(
                f"the Docker Engine refused {what or method.lower()}: {explanation}",
                explanation,
                error.status_code or 0,
            ) from None
        return response


class Engine:
    """A connected Docker Engine. Every method is one or a few API calls."""

    def __init__(self, address: str) -> None:
        self.address = address
        self._sdk: docker.APIClient | None = None
        self.http: Transport | _SdkTransport = (
            Transport(address) if supported(address) else _SdkTransport(self)
        )

    @classmethod
    def connect(cls) -> Engine:
        """An engine at DOCKER_HOST; an unreachable one raises EngineUnreachable on first use."""
        return cls(os.environ.get("DOCKER_HOST", DEFAULT_HOST))

    @property
    def sdk(self) -> docker.APIClient:
        """docker-py's client, for streaming calls: made on first use."""
        if self._sdk is None:
            import docker
            import requests.exceptions

            try:
                api = docker.APIClient(
                    base_url=self.address, version="auto", timeout=CONNECT_TIMEOUT
                )
            except (docker.errors.DockerException, requests.exceptions.RequestException) as error:
                raise EngineUnreachable(
                    f"cannot reach the Docker Engine at {self.address}: {_reason(error)}",
                    hint="Start it (e.g. `sudo systemctl start docker`), or point DOCKER_HOST "
                    "at it.",
                ) from None
            api.timeout = CALL_TIMEOUT
            # A local socket never goes through a proxy: don't scan the environment for one on
            # every call, as requests otherwise does.
            if self.address.startswith(("unix://", "npipe://")):
                api.trust_env = False
            self._sdk = api
        return self._sdk

    def _call(self, method: str, url: str, **kwargs: Any) -> Any:
        return self.http.request(method, url, **kwargs)

    # -- observing ---------------------------------------------------------------------

    def containers(self, project: str) -> tuple[ContainerState, ...]:
        """The project's containers alone: one call, for ps and for reports."""
        found = self._call(
            "GET", "/containers/json", params={"all": "1", **filters(label=_project(project))}
        )
        return tuple(container_state(c) for c in found or [])

    def observe(self, project: str, images: list[str]) -> Observed:
        wanted = filters(label=_project(project))
        networks = self._call("GET", "/networks", params=wanted) or []
        volumes = (self._call("GET", "/volumes", params=wanted) or {}).get("Volumes") or []
        return Observed(
            containers=self.containers(project),
            networks=frozenset(n["Name"] for n in networks),
            volumes=frozenset(v["Name"] for v in volumes),
            images=self.images(images),
        )

    def images(self, refs: list[str]) -> dict[str, ImageState]:
        """The images among `refs` that exist: one inspect each. An inspect is a lookup by
        name; a list filtered by reference makes the engine match every image it has, which
        costs 50-200 ms on an engine holding a few hundred images."""
        found: dict[str, ImageState] = {}
        for ref in dict.fromkeys(refs):
            state = self.image(ref)
            if state is not None:
                found[ref] = state
        return found

    def image(self, ref: str) -> ImageState | None:
        try:
            found = self._call("GET", path("/images/{}/json", ref))
        except NotFound:
            return None
        return image_state(found["Id"], (found.get("Config") or {}).get("Labels"))

    def container(self, name: str) -> ContainerState | None:
        try:
            found = self._call("GET", path("/containers/{}/json", name))
        except NotFound:
            return None
        return inspected_state(found)

    def published_ports(self, ports: Iterable[int] | None = None) -> dict[int, str]:
        """Host ports that running containers publish, with the container's name: these ports
        only, when given, filtered by the engine (a busy engine then answers with the few
        containers that matter), else every one."""
        wanted = None if ports is None else sorted(set(ports))
        if wanted == []:
            return {}
        chosen: dict[str, list[str]] = {"status": ["running"]}
        if wanted is not None:
            chosen["publish"] = [str(p) for p in wanted]
        query = {"filters": json.dumps(chosen)}
        taken: dict[int, str] = {}
        for found in self._call("GET", "/containers/json", params=query) or []:
            for port in found.get("Ports") or []:
                public = int(port.get("PublicPort") or 0)
                if public and (wanted is None or public in wanted):
                    taken[public] = found["Names"][0].lstrip("/")
        return taken

    def context_files(self, context: Path, dockerfile: str) -> list[str]:
        """The files `docker build` sends for this context, honouring .dockerignore."""
        from docker.utils.build import exclude_paths

        ignore = context / ".dockerignore"
        patterns = ignore.read_text().splitlines() if ignore.is_file() else []
        patterns = [p.strip() for p in patterns if p.strip() and not p.startswith("#")]
        return sorted(exclude_paths(str(context), patterns, dockerfile=dockerfile))

    # -- images ------------------------------------------------------------------------

    def build(self, build: BuildInputs, on_line: OnLine) -> str:
        import docker.errors

        record = {"hash": build.digest, "inputs": build.files}
        image_labels = {labels.BUILD: json.dumps(record, sort_keys=True, separators=(",", ":"))}
        tail: list[str] = []
        image_id = ""
        try:
            stream = self.sdk.build(
                path=build.context,
                dockerfile=build.dockerfile,
                tag=build.image,
                target=build.target,
                buildargs=dict(build.args) or None,
                labels=image_labels,
                rm=True,
                forcerm=True,
                decode=True,
                pull=False,
            )
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
        except docker.errors.APIError as error:
            raise OperationFailed(
                f"building {build.image} failed: {error.explanation or error}"
            ) from None
        return image_id

    def pull(self, ref: str, on_line: OnLine) -> None:
        import docker.errors

        repository, _, tag = ref.rpartition(":")
        try:
            for chunk in self.sdk.pull(repository, tag=tag, stream=True, decode=True):
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
        body = {"Name": name, "Driver": "bridge", "Labels": network_labels, "CheckDuplicate": True}
        self._call("POST", "/networks/create", body=body, what=f"creating network {name}")

    def create_volume(self, name: str, volume_labels: dict[str, str]) -> None:
        body = {"Name": name, "Driver": "local", "Labels": volume_labels}
        self._call("POST", "/volumes/create", body=body, what=f"creating volume {name}")

    def remove_network(self, name: str) -> None:
        # The engine can report a network busy for a moment after its last container was
        # removed, while it tears the endpoint down: give it a few tries before failing.
        for attempt in range(NETWORK_REMOVAL_TRIES):
            try:
                with contextlib.suppress(NotFound):
                    self._call("DELETE", path("/networks/{}", name), what=f"removing {name}")
                return
            except EngineRefused as refused:
                if "active endpoints" not in refused.explanation:
                    raise
                if attempt == NETWORK_REMOVAL_TRIES - 1:
                    raise
                time.sleep(NETWORK_REMOVAL_PAUSE)

    def remove_volume(self, name: str) -> None:
        with contextlib.suppress(NotFound):
            self._call("DELETE", path("/volumes/{}", name), what=f"removing volume {name}")

    # -- containers ----------------------------------------------------------------------

    def create_container(self, config: ContainerConfig, image_id: str) -> str:
        created = self._call(
            "POST",
            "/containers/create",
            params={"name": config.name},
            body=create_body(config, image_id),
            what=f"creating {config.name}",
        )
        return str(created["Id"])

    def start(self, container: str) -> None:
        self._call("POST", path("/containers/{}/start", container), what=f"starting {container}")

    def stop(self, container: str, timeout: int = 10) -> None:
        with contextlib.suppress(NotFound):
            self._call(
                "POST",
                path("/containers/{}/stop", container),
                params={"t": str(timeout)},
                what=f"stopping {container}",
            )

    def remove(self, container: str) -> None:
        with contextlib.suppress(NotFound):
            self._call("DELETE", path("/containers/{}", container), what=f"removing {container}")

    def restart(self, container: str, timeout: int = 10) -> None:
        self._call(
            "POST",
            path("/containers/{}/restart", container),
            params={"t": str(timeout)},
            what=f"restarting {container}",
        )

    def logs(
        self, container: str, *, tail: int | None = None, follow: bool = False
    ) -> Iterator[bytes]:
        if follow:
            every: int | Literal["all"] = "all" if tail is None else tail
            yield from self.sdk.logs(container, stream=True, follow=True, tail=every)
            return
        lines = "all" if tail is None else str(tail)
        data = self._call(
            "GET",
            path("/containers/{}/logs", container),
            params={"stdout": "1", "stderr": "1", "tail": lines},
            raw=True,
            what=f"reading the logs of {container}",
        )
        yield demux(data)

    # -- exec ------------------------------------------------------------------------------

    def exec_stream(
        self, container: str, command: list[str], env: list[str], user: str | None
    ) -> tuple[Iterator[tuple[bytes | None, bytes | None]], Callable[[], int | None]]:
        api = self.sdk
        created = api.exec_create(container, command, environment=env or None, user=user or "")
        output = api.exec_start(created["Id"], stream=True, demux=True)
        return output, lambda: api.exec_inspect(created["Id"]).get("ExitCode")

    def exec_interactive(
        self, container: str, command: list[str], env: list[str], user: str | None
    ) -> ExecSession:
        api = self.sdk
        created = api.exec_create(
            container, command, stdin=True, tty=True, environment=env or None, user=user or ""
        )
        exec_id = created["Id"]
        raw = api.exec_start(exec_id, tty=True, socket=True)
        sock = getattr(raw, "_sock", raw)  # docker-py wraps the socket in SocketIO
        if not isinstance(sock, socket.socket):
            raise OperationFailed("interactive exec needs a local socket connection to the engine")
        return ExecSession(
            sock=sock,
            resize=lambda rows, cols: api.exec_resize(exec_id, height=rows, width=cols),
            exit_code=lambda: api.exec_inspect(exec_id).get("ExitCode"),
        )


def _project(project: str) -> str:
    return f"{labels.PROJECT}={project}"


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

"""An in-memory Docker Engine for the unit tier: it satisfies EngineAPI and can be scripted.

Script per service: how its health evolves with each look (`health`), an exit right after start
(`exits`), a refusal to start (`refuse_start`) or, per container, to stop (`refuse_stop`), a
pause inside start (`start_delay`), and per image what a build returns (`build_ids`) or that it
fails (`build_errors`). The network takes `network_delay` seconds to create, and is checked
when a container is created (newer engines) or only when it is started (API 1.41:
`network_checked_on_create=False`). Every call is recorded in `calls`, in order, with the
thread's view of time, so tests can check ordering and overlap."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from devenv.engine import labels
from devenv.engine.desired import ContainerConfig
from devenv.engine.state import BuildInputs, ContainerState, ImageState, Observed
from devenv.engine.transport import EngineRefused, NotFound
from devenv.errors import OperationFailed


@dataclass
class FakeContainer:
    state: ContainerState
    labels: dict[str, str]
    looks: int = 0


@dataclass
class FakeEngine:
    images: dict[str, ImageState] = field(default_factory=dict)
    containers_by_name: dict[str, FakeContainer] = field(default_factory=dict)
    networks: dict[str, dict[str, str]] = field(default_factory=dict)
    volumes: dict[str, dict[str, str]] = field(default_factory=dict)
    health: dict[str, list[str]] = field(default_factory=dict)  # service -> states, last sticks
    exits: dict[str, int] = field(default_factory=dict)  # service -> exit code after start
    refuse_start: dict[str, str] = field(default_factory=dict)  # service -> engine's message
    refuse_stop: dict[str, str] = field(default_factory=dict)  # container -> engine's message
    start_delay: dict[str, float] = field(default_factory=dict)
    on_start: dict[str, Callable[[], None]] = field(default_factory=dict)
    build_ids: dict[str, str] = field(default_factory=dict)
    build_errors: dict[str, str] = field(default_factory=dict)
    log_lines: dict[str, list[str]] = field(default_factory=dict)
    network_delay: float = 0.0
    network_checked_on_create: bool = True
    network_of: dict[str, str] = field(default_factory=dict)  # container -> its network
    calls: list[tuple[str, str, float]] = field(default_factory=list)
    threads: dict[str, set[str]] = field(default_factory=dict)  # call -> threads that made it
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def _record(self, call: str, target: str) -> None:
        with self._lock:
            self.calls.append((call, target, time.monotonic()))
            self.threads.setdefault(call, set()).add(threading.current_thread().name)

    def called(self, call: str) -> list[str]:
        return [target for name, target, _ in self.calls if name == call]

    def when(self, call: str, target: str) -> float:
        return next(t for name, what, t in self.calls if name == call and what == target)

    # -- observing ----------------------------------------------------------------------

    def containers(self, project: str) -> tuple[ContainerState, ...]:
        self._record("list", project)
        return tuple(
            c.state
            for c in self.containers_by_name.values()
            if c.labels.get(labels.PROJECT) == project
        )

    def observe(self, project: str, images: list[str]) -> Observed:
        def ours(found: dict[str, str]) -> bool:
            return found.get(labels.PROJECT) == project

        return Observed(
            containers=self.containers(project),
            networks=frozenset(n for n, found in self.networks.items() if ours(found)),
            volumes=frozenset(v for v, found in self.volumes.items() if ours(found)),
            images={ref: self.images[ref] for ref in images if ref in self.images},
        )

    def image(self, ref: str) -> ImageState | None:
        return self.images.get(ref)

    def container(self, name: str) -> ContainerState | None:
        self._record("inspect", name)
        found = self.containers_by_name.get(name)
        if found is None:
            return None
        with self._lock:
            found.looks += 1
            script = self.health.get(found.state.service)
            if script and found.state.running:
                health = script[min(found.looks - 1, len(script) - 1)]
                found.state = found.state._replace(health=health)
        return found.state

    def published_ports(self, ports: Iterable[int] | None = None) -> dict[int, str]:
        wanted = None if ports is None else set(ports)
        return {
            port: c.state.name
            for c in self.containers_by_name.values()
            if c.state.running
            for _, port, _ in c.state.ports
            if wanted is None or port in wanted
        }

    def context_files(self, context: Path, dockerfile: str) -> list[str]:
        return []

    # -- images --------------------------------------------------------------------------

    def build(self, build: BuildInputs, on_line: Callable[[str], None]) -> str:
        self._record("build", build.image)
        if build.image in self.build_errors:
            raise OperationFailed(
                f"building {build.image} failed: {self.build_errors[build.image]}"
            )
        on_line("Step 1/1 : FROM scratch")
        image_id = self.build_ids.get(build.image, f"sha256:built{next(self._ids)}")
        self.images[build.image] = ImageState(image_id, build.digest, build.files)
        return image_id

    def pull(self, ref: str, on_line: Callable[[str], None]) -> None:
        self._record("pull", ref)
        self.images[ref] = ImageState(f"sha256:pulled{next(self._ids)}")

    # -- networks and volumes --------------------------------------------------------------

    def create_network(self, name: str, network_labels: dict[str, str]) -> None:
        self._record("create network", name)
        time.sleep(self.network_delay)
        self.networks[name] = network_labels
        self._record("network created", name)

    def create_volume(self, name: str, volume_labels: dict[str, str]) -> None:
        self._record("create volume", name)
        self.volumes[name] = volume_labels

    def remove_network(self, name: str) -> None:
        self._record("remove network", name)
        if any(c.state.running for c in self.containers_by_name.values()):
            raise EngineRefused(f"network {name} has active endpoints", "active endpoints")
        self.networks.pop(name, None)

    def remove_volume(self, name: str) -> None:
        self._record("remove volume", name)
        self.volumes.pop(name, None)

    # -- containers ------------------------------------------------------------------------

    def create_container(self, config: ContainerConfig, image_id: str) -> str:
        self._record("create", config.name)
        if self.network_checked_on_create and config.network not in self.networks:
            raise NotFound(f"network {config.network} not found")  # the engine's 404
        self.network_of[config.name] = config.network
        container_labels = config.create_labels(image_id)
        state = ContainerState(
            id=f"id{next(self._ids)}",
            name=config.name,
            service=config.service,
            number=1,
            status="created",
            health=None,
            config_hash=container_labels[labels.CONFIG_HASH],
            image_id=image_id,
            oneoff=False,
            ports=tuple((p.host_ip, p.host_port, p.container_port) for p in config.ports),
            depends_on=config.depends_on,
            image_label=image_id,
            config_fields=container_labels[labels.CONFIG_FIELDS],
        )
        with self._lock:
            self.containers_by_name[config.name] = FakeContainer(state, container_labels)
        return state.id

    def _set(self, name: str, **changes: object) -> None:
        with self._lock:
            found = self.containers_by_name[name]
            found.state = found.state._replace(**changes)  # type: ignore[arg-type]

    def start(self, container: str) -> None:
        self._record("start", container)
        if self.network_of.get(container, "") not in self.networks:
            raise EngineRefused(f"network {self.network_of.get(container)} not found", "not found")
        service = self.containers_by_name[container].state.service
        if service in self.refuse_start:
            raise EngineRefused(
                f"the Docker Engine refused starting {container}: {self.refuse_start[service]}",
                self.refuse_start[service],
            )
        if service in self.on_start:
            self.on_start[service]()
        time.sleep(self.start_delay.get(service, 0))
        if service in self.exits:
            self._set(container, status="exited", exit_code=self.exits[service])
        else:
            starting = "starting" if service in self.health else None
            self._set(container, status="running", health=starting)
        self._record("started", container)

    def stop(self, container: str, timeout: int = 10) -> None:
        self._record("stop", container)
        if container in self.refuse_stop:
            raise EngineRefused(
                f"the Docker Engine refused stopping {container}: {self.refuse_stop[container]}",
                self.refuse_stop[container],
            )
        if container in self.containers_by_name:
            self._set(container, status="exited")

    def remove(self, container: str) -> None:
        self._record("remove", container)
        with self._lock:
            self.containers_by_name.pop(container, None)

    def restart(self, container: str, timeout: int = 10) -> None:
        self._record("restart", container)
        self._set(container, status="running")

    def logs(
        self, container: str, *, tail: int | None = None, follow: bool = False
    ) -> Iterator[bytes]:
        service = self.containers_by_name[container].state.service
        lines = self.log_lines.get(service, [])
        shown = lines[-tail:] if tail else lines
        yield "".join(f"{line}\n" for line in shown).encode()

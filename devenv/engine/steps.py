"""Pure: the plans' vocabulary (steps, service plans, `up`'s and `down`'s plans) and `down`'s
planning, which needs no desired state: `down`, the applier and the reporters load only this.
NamedTuples, not dataclasses: a plain `down` loads this module, and importing dataclasses
(with inspect) cost it more than everything it plans."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

from devenv.engine.state import ContainerState

if TYPE_CHECKING:
    from devenv.engine.desired import ContainerConfig
    from devenv.engine.state import BuildInputs


class Action(str, Enum):
    PULL = "pull"
    BUILD = "build"
    CREATE_NETWORK = "create network"
    CREATE_VOLUME = "create volume"
    STOP = "stop"
    REMOVE = "remove"
    CREATE = "create"
    START = "start"
    RESTART = "restart"
    REMOVE_NETWORK = "remove network"
    REMOVE_VOLUME = "remove volume"


class Step(NamedTuple):
    """One Docker call and the reason it is needed, carrying all the call needs: a create
    carries its container's config and image ID, a build its inputs, a new network or volume
    its labels. A dry run, the applier and the tests read the same value."""

    action: Action
    target: str
    reason: str
    service: str | None = None
    container: ContainerConfig | None = None
    image_id: str = ""  # for a create: the image the plan was made against ("" until built)
    build: BuildInputs | None = None
    labels: tuple[tuple[str, str], ...] = ()

    def describe(self) -> str:
        return f"{self.action.value} {self.target}: {self.reason}"


class ServicePlan(NamedTuple):
    """One service's steps, what it waits for, and whether others wait on it."""

    service: str
    container: ContainerConfig
    depends_on: tuple[str, ...]
    steps: tuple[Step, ...]
    wait_healthy: bool


class UpOptions(NamedTuple):
    """The flags of `devenv up` that change the plan."""

    build: bool = False  # --build: rebuild app images whatever their inputs
    remove_orphans: bool = False
    wait_all: bool = False  # --wait: wait for every service, not only for dependencies


class Plan(NamedTuple):
    """Everything `up` will do, in order, each step with its reason."""

    project: str
    images: tuple[Step, ...]
    resources: tuple[Step, ...]
    orphans: tuple[Step, ...]
    services: tuple[ServicePlan, ...]  # dependencies before dependents
    notes: tuple[str, ...] = ()

    def steps(self) -> list[Step]:
        service_steps = [step for sp in self.services for step in sp.steps]
        return [*self.images, *self.orphans, *self.resources, *service_steps]

    @property
    def changes_nothing(self) -> bool:
        return not self.steps()


class DownPlan(NamedTuple):
    """Everything `down` will do: containers in waves, then networks and volumes."""

    project: str
    # Dependents go before what they depend on; within a wave each container is stopped and
    # removed in one go, in parallel with the others.
    waves: tuple[tuple[tuple[Step, ...], ...], ...]
    networks: tuple[Step, ...]
    volumes: tuple[Step, ...]
    kept_volumes: tuple[str, ...]

    def steps(self) -> list[Step]:
        containers = [step for wave in self.waves for seq in wave for step in seq]
        return [*containers, *self.networks, *self.volumes]


def plan_down(
    project: str,
    containers: list[ContainerState],
    networks: list[str],
    volumes: list[str],
    *,
    remove_volumes: bool,
) -> DownPlan:
    """Everything the project has on the engine, found by label: works without devenv.yaml."""
    needed = {dep for c in containers for dep in c.depends_on}

    def teardown(container: ContainerState) -> tuple[Step, ...]:
        stop = (Step(Action.STOP, container.name, "down", container.service),)
        remove = Step(Action.REMOVE, container.name, "down", container.service)
        return (*(stop if container.running else ()), remove)

    first = tuple(teardown(c) for c in containers if c.service not in needed)
    then = tuple(teardown(c) for c in containers if c.service in needed)
    network_steps = tuple(Step(Action.REMOVE_NETWORK, n, "down") for n in networks)
    volume_steps = tuple(
        Step(Action.REMOVE_VOLUME, v, "--volumes") for v in volumes if remove_volumes
    )
    kept = () if remove_volumes else tuple(volumes)
    waves = tuple(wave for wave in (first, then) if wave)
    return DownPlan(project, waves, network_steps, volume_steps, kept)

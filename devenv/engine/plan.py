"""Pure planning for `up`: from what exists and what the project wants, the Docker calls to make
and why. The plans' vocabulary is in steps.py."""

from __future__ import annotations

from devenv.engine import desired, labels
from devenv.engine.desired import ContainerConfig, changed_fields
from devenv.engine.state import BuildInputs, ContainerState, Observed
from devenv.engine.steps import Action, Plan, ServicePlan, Step, UpOptions


def plan_up(
    project: str,
    containers: list[ContainerConfig],
    builds: list[BuildInputs],
    pulls: list[str],
    observed: Observed,
    options: UpOptions,
) -> Plan:
    image_steps, rebuilt = _image_steps(builds, pulls, observed, options)
    resources = _resource_steps(project, containers, observed)
    orphans, notes = _orphans(containers, observed, options)
    needed = {dep for c in containers for dep in c.depends_on}
    services = tuple(
        ServicePlan(
            service=config.service,
            container=config,
            depends_on=config.depends_on,
            steps=tuple(_container_steps(config, observed, rebuilt)),
            # --wait waits for every service: one without a healthcheck is ready while it
            # runs; a one-shot step (migrations) is done when it exits successfully.
            wait_healthy=(config.service in needed or options.wait_all)
            and (config.healthcheck is not None or config.one_shot or options.wait_all),
        )
        for config in _dependency_order(containers)
    )
    return Plan(project, tuple(image_steps), tuple(resources), tuple(orphans), services, notes)


def _image_steps(
    builds: list[BuildInputs], pulls: list[str], observed: Observed, options: UpOptions
) -> tuple[list[Step], dict[str, str]]:
    steps: list[Step] = []
    rebuilt: dict[str, str] = {}  # image -> why it is rebuilt
    for build in builds:
        image = observed.images.get(build.image)
        if options.build:
            reason = "--build asked for it"
        elif image is None:
            reason = "not built yet"
        elif image.build_hash != build.digest:
            reason = build.changes_since(image)
        else:
            continue
        steps.append(Step(Action.BUILD, build.image, reason, build=build))
        rebuilt[build.image] = reason
    for ref in pulls:
        if ref not in observed.images:
            steps.append(Step(Action.PULL, ref, "not on this engine yet"))
            rebuilt[ref] = "pulled"
    return steps, rebuilt


def _resource_steps(
    project: str, containers: list[ContainerConfig], observed: Observed
) -> list[Step]:
    steps = []
    network = labels.network_name(project)
    if network not in observed.networks:
        steps.append(
            Step(
                Action.CREATE_NETWORK,
                network,
                "the project's network is missing",
                labels=tuple(desired.network_labels(project).items()),
            )
        )
    wanted = {m.source: m.declared for c in containers for m in c.mounts if m.type == "volume"}
    for volume, short in sorted(wanted.items()):
        if volume not in observed.volumes:
            volume_labels = tuple(desired.volume_labels(project, short).items())
            steps.append(
                Step(Action.CREATE_VOLUME, volume, "new data volume", labels=volume_labels)
            )
    return steps


def _orphans(
    containers: list[ContainerConfig], observed: Observed, options: UpOptions
) -> tuple[list[Step], tuple[str, ...]]:
    known = {c.service for c in containers}
    orphans = [c for c in observed.containers if c.service not in known and not c.oneoff]
    if not options.remove_orphans:
        notes = tuple(
            f"orphan container {c.name} (service `{c.service}` is no longer in devenv.yaml); "
            "remove it with `devenv up --remove-orphans`"
            for c in orphans
        )
        return [], notes
    steps = []
    for container in orphans:
        if container.running:
            steps.append(Step(Action.STOP, container.name, "orphan", container.service))
        steps.append(Step(Action.REMOVE, container.name, "orphan", container.service))
    return steps, ()


def _container_steps(
    config: ContainerConfig, observed: Observed, rebuilt: dict[str, str]
) -> list[Step]:
    existing = observed.service_containers(config.service)
    image = observed.images.get(config.image)
    image_id = image.id if image else ""
    steps = [
        step
        for extra in existing[1:]
        for step in _removal(extra, f"extra container of `{config.service}`")
    ]
    if not existing:
        reason = "new service"
        return [*steps, *_creation(config, reason, image_id)]
    current = existing[0]
    why = _recreate_reason(config, current, observed, rebuilt)
    if why:
        return [*steps, *_removal(current, why), *_creation(config, why, image_id)]
    if not current.running:
        steps.append(
            Step(Action.START, config.name, f"container was {current.status}", config.service)
        )
    return steps


def _recreate_reason(
    config: ContainerConfig, current: ContainerState, observed: Observed, rebuilt: dict[str, str]
) -> str | None:
    if config.image in rebuilt:
        return "image rebuilt" if rebuilt[config.image] != "pulled" else "image pulled"
    image = observed.images.get(config.image)
    if image is None:
        return "image missing"
    # As Compose decides: its config hash of the service, and the image ID it recorded.
    if current.config_hash != config.config_hash():
        fields = changed_fields(config, current.config_fields)
        if fields:
            return f"configuration changed ({', '.join(fields)})"
        if not current.config_fields:
            # Compose created it, from a compose.yaml that says something else than
            # devenv.yaml: the hashes cannot name the setting.
            return "configuration changed (compose.yaml differs from devenv.yaml)"
        return "configuration changed"
    recorded = current.image_label or current.image_id
    return "image changed" if recorded != image.id else None


def _removal(container: ContainerState, reason: str) -> list[Step]:
    steps = []
    if container.running:
        steps.append(Step(Action.STOP, container.name, reason, container.service))
    steps.append(Step(Action.REMOVE, container.name, reason, container.service))
    return steps


def _creation(config: ContainerConfig, reason: str, image_id: str) -> list[Step]:
    return [
        Step(Action.CREATE, config.name, reason, config.service, config, image_id),
        Step(Action.START, config.name, reason, config.service),
    ]


def _dependency_order(containers: list[ContainerConfig]) -> list[ContainerConfig]:
    """Dependencies first; otherwise the project's own order, so plans read predictably."""
    by_service = {c.service: c for c in containers}
    ordered: list[ContainerConfig] = []
    placed: set[str] = set()

    def place(config: ContainerConfig) -> None:
        if config.service in placed:
            return
        placed.add(config.service)
        for dep in config.depends_on:
            if dep in by_service:
                place(by_service[dep])
        ordered.append(config)

    for config in containers:
        place(config)
    return ordered

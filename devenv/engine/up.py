"""`devenv up`, `build` and `restart`: observe, plan, check ports, apply; the imperative shell.

The command hands in a resolved project whose generated files are already in sync: the engine
renders nothing and reads no spec."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from devenv.engine.api import EngineAPI
from devenv.engine.apply import Applier
from devenv.engine.build_inputs import build_inputs
from devenv.engine.desired import ContainerConfig, container_config
from devenv.engine.lock import project_lock
from devenv.engine.plan import plan_up
from devenv.engine.ports import check_ports, port_is_free, ports_to_claim, process_holding
from devenv.engine.progress import Reporter
from devenv.engine.state import ImageState, Observed
from devenv.engine.steps import Action, Plan, Step, UpOptions
from devenv.errors import UsageError
from devenv.project import Project, app_image_ref


@dataclass(frozen=True)
class UpResult:
    """What `up` planned and did, for the command to report."""

    plan: Plan  # the container plan that was applied (after any builds)
    first_plan: Plan  # the plan as first computed, images included
    observed: Observed  # what the plan was made against: still true when it changed nothing

    @property
    def changed_nothing(self) -> bool:
        return not self.first_plan.steps() and not self.plan.steps()


def containers_of(project: Project, root: Path) -> list[ContainerConfig]:
    return [container_config(project, s, str(root)) for s in project.services]


def pulled_images(project: Project) -> list[str]:
    return sorted({s.image for s in project.services if s.build is None})


def run_up(
    project: Project,
    root: Path,
    engine: EngineAPI,
    reporter: Reporter,
    options: UpOptions,
    *,
    dry_run: bool = False,
    wait_timeout: float = 120,
    cancelled: threading.Event | None = None,
) -> UpResult:
    builds = build_inputs(root, project, engine.context_files)
    containers = containers_of(project, root)
    pulls = pulled_images(project)
    with project_lock(project.name):
        observed = engine.observe(project.name, [b.image for b in builds] + pulls)
        plan = plan_up(project.name, containers, builds, pulls, observed, options)
        reporter.plan(plan)
        if dry_run:
            return UpResult(plan, plan, observed)
        first = plan
        applier = Applier(engine, reporter, wait_timeout, cancelled or threading.Event())
        built = applier.images(plan.images)
        if plan.images:
            # Plan containers again against the images as built: an unchanged image ID
            # (a cached build) then recreates nothing. Only the images changed meanwhile.
            observed = _with_images(engine, observed, plan.images, built)
            again = UpOptions(False, options.remove_orphans, options.wait_all)
            plan = plan_up(project.name, containers, builds, pulls, observed, again)
        for note in plan.notes:
            reporter.note(note)
        claims = ports_to_claim(plan, observed)
        if claims:
            published = engine.published_ports(port for _, _, port in claims)
            check_ports(claims, published, port_is_free, process_holding)
        applier.resources(plan)
        applier.services(plan)
        if options.wait_all:
            applier.still_running(plan)
    return UpResult(plan, first, observed)


def _with_images(
    engine: EngineAPI, observed: Observed, steps: tuple[Step, ...], built: dict[str, str]
) -> Observed:
    images = dict(observed.images)
    for step in steps:
        if step.action is Action.BUILD and step.build is not None and built.get(step.target):
            record = step.build
            images[step.target] = ImageState(built[step.target], record.digest, record.files)
        elif (state := engine.image(step.target)) is not None:
            images[step.target] = state
    return observed._replace(images=images)


def run_build(
    project: Project,
    root: Path,
    engine: EngineAPI,
    reporter: Reporter,
    apps: tuple[str, ...] = (),
) -> list[Step]:
    """Build the named app images (all by default) whatever their inputs, under the lock."""
    known = [a.name for a in project.apps]
    unknown = sorted(set(apps) - set(known))
    if unknown:
        raise UsageError(f"no app named {', '.join(unknown)} (apps: {', '.join(known)})")
    chosen = {a.name for a in project.apps if not apps or a.name in apps}
    builds = [
        b
        for b in build_inputs(root, project, engine.context_files)
        if b.image in {app_image_ref(project.name, a) for a in chosen}
    ]
    steps = tuple(Step(Action.BUILD, b.image, "asked for", build=b) for b in builds)
    with project_lock(project.name):
        Applier(engine, reporter, 0, threading.Event()).images(steps)
    return list(steps)


def run_restart(
    engine: EngineAPI,
    project: str,
    services: tuple[str, ...],
    reporter: Reporter,
    *,
    stop_timeout: int = 10,
) -> list[Step]:
    """Restart the containers of the named services (all by default), under the lock."""
    with project_lock(project):
        containers = [c for c in engine.containers(project) if not c.oneoff]
        missing = sorted(set(services) - {c.service for c in containers})
        if missing:
            raise UsageError(f"no container for {', '.join(missing)} in project {project}")
        steps = [
            Step(Action.RESTART, c.name, "asked for", c.service)
            for c in sorted(containers, key=lambda c: (c.service, c.number))
            if not services or c.service in services
        ]
        applier = Applier(engine, reporter, 0, threading.Event(), stop_timeout=stop_timeout)
        for step in steps:
            applier.run(step)
    return steps

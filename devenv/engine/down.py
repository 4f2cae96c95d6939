"""`devenv down`: stop and remove a project's containers and network, volumes only on request."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from devenv.engine.apply import perform
from devenv.engine.docker_api import Engine
from devenv.engine.lock import project_lock
from devenv.engine.plan import DownPlan, Step, plan_down
from devenv.engine.progress import Reporter
from devenv.errors import Refused

# Stopping is mostly waiting for processes to exit: wide parallelism costs little.
MAX_PARALLEL = 16


def run_down(
    engine: Engine,
    project: str,
    reporter: Reporter,
    *,
    remove_volumes: bool,
    confirm: Callable[[list[str]], bool],
    stop_timeout: int = 10,
    dry_run: bool = False,
) -> DownPlan:
    with project_lock(project):
        observed = engine.observe(project, [])
        plan = plan_down(
            project,
            list(observed.containers),
            sorted(observed.networks),
            sorted(observed.volumes),
            remove_volumes=remove_volumes,
        )
        if dry_run:
            return plan
        volumes = [step.target for step in plan.volumes]
        if volumes and not confirm(volumes):
            raise Refused(
                f"kept the volumes {', '.join(volumes)}: removal was not confirmed",
                hint="Pass --yes to remove them without asking.",
            )

        def run(step: Step) -> None:
            reporter.step(step, "started")
            perform(engine, project, step, stop_timeout=stop_timeout)
            reporter.step(step, "done")

        def teardown(sequence: tuple[Step, ...]) -> None:
            for step in sequence:
                run(step)

        with ThreadPoolExecutor(max_workers=MAX_PARALLEL, thread_name_prefix="devenv-down") as pool:
            for wave in plan.waves:
                list(pool.map(teardown, wave))
        for step in (*plan.networks, *plan.volumes):
            run(step)
    return plan

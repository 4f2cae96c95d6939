"""`devenv down`: stop and remove a project's containers and network, volumes only on request."""

from __future__ import annotations

import threading
from collections.abc import Callable

from devenv.engine.api import EngineAPI
from devenv.engine.apply import Applier
from devenv.engine.lock import project_lock
from devenv.engine.progress import Reporter
from devenv.engine.steps import DownPlan, Step, plan_down
from devenv.errors import Refused

# Stopping is mostly waiting for processes to exit: wide parallelism costs little.
MAX_PARALLEL = 16


def run_down(
    engine: EngineAPI,
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
        applier = Applier(engine, reporter, 0, threading.Event(), stop_timeout=stop_timeout)

        def teardown(sequence: tuple[Step, ...]) -> None:
            for step in sequence:
                applier.run(step)

        _in_waves(plan, teardown)
        for step in (*plan.networks, *plan.volumes):
            applier.run(step)
    return plan


def _in_waves(plan: DownPlan, teardown: Callable[[tuple[Step, ...]], None]) -> None:
    """Dependents first, wave by wave; within a wave every container at once."""
    if all(len(wave) <= 1 for wave in plan.waves):
        # One container at a time anyway: no thread pool, nor the logging module that
        # concurrent.futures imports, for a one-service stack.
        for wave in plan.waves:
            for sequence in wave:
                teardown(sequence)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=MAX_PARALLEL, thread_name_prefix="devenv-down") as pool:
        for wave in plan.waves:
            list(pool.map(teardown, wave))

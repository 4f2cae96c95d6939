"""`devenv down`: stop and remove a project's containers and network, volumes only on request."""

from __future__ import annotations

import threading
from collections.abc import Callable

from devenv.engine.api import EngineAPI
from devenv.engine.apply import MAX_PARALLEL, Applier
from devenv.engine.lock import project_lock
from devenv.engine.progress import Reporter
from devenv.engine.steps import DownPlan, Step, plan_down
from devenv.errors import Refused


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
    for wave in plan.waves:
        for start in range(0, len(wave), MAX_PARALLEL):
            _at_once(teardown, wave[start : start + MAX_PARALLEL])


def _at_once(
    teardown: Callable[[tuple[Step, ...]], None], sequences: tuple[tuple[Step, ...], ...]
) -> None:
    """Each sequence in its own thread; the first failure is raised once all have ended.
    Plain threads, not concurrent.futures: its import (with logging) would cost every `down`
    more than the threads do."""
    if len(sequences) == 1:
        teardown(sequences[0])
        return
    failures: list[BaseException] = []

    def run(sequence: tuple[Step, ...]) -> None:
        try:
            teardown(sequence)
        except BaseException as failure:  # re-raised below, in the calling thread
            failures.append(failure)

    threads = [
        threading.Thread(target=run, args=(sequence,), name=f"devenv-down-{number}")
        for number, sequence in enumerate(sequences)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]

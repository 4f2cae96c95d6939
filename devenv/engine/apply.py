"""Carry out a plan on the engine: images first, then services in dependency order, in parallel."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from devenv.engine.api import EngineAPI
from devenv.engine.network_gate import NetworkGate
from devenv.engine.progress import Reporter
from devenv.engine.steps import Action, Plan, ServicePlan, Step
from devenv.engine.transport import NotFound
from devenv.errors import DevenvError, Interrupted, OperationFailed

if TYPE_CHECKING:
    from concurrent.futures import Future

POLL_SECONDS = 0.1
SETTLE_SECONDS = 3.0
LOG_LINES_ON_FAILURE = 20
# Creating, starting and stopping containers is mostly waiting on the engine, and Compose sets
# no limit by default: a cap below a stack's size would start (or stop) it in rounds.
MAX_PARALLEL = 64


def perform(engine: EngineAPI, step: Step, *, stop_timeout: int = 10) -> None:
    """The one Docker call a step of a plan stands for; the step carries all it needs."""
    action, target = step.action, step.target
    if action is Action.CREATE_NETWORK:
        engine.create_network(target, dict(step.labels))
    elif action is Action.CREATE_VOLUME:
        engine.create_volume(target, dict(step.labels))
    elif action is Action.STOP:
        engine.stop(target, timeout=stop_timeout)
    elif action is Action.REMOVE:
        engine.remove(target)
    elif action is Action.CREATE and step.container is not None:
        engine.create_container(step.container, step.image_id)
    elif action is Action.START:
        engine.start(target)
    elif action is Action.RESTART:
        engine.restart(target, timeout=stop_timeout)
    elif action is Action.REMOVE_NETWORK:
        engine.remove_network(target)
    elif action is Action.REMOVE_VOLUME:
        engine.remove_volume(target)
    else:
        raise ValueError(f"no single call for {step.describe()}")


class Applier:
    """Carries out plan steps against an engine, reporting each one. (A plain class: `down`
    loads it, and a dataclass would cost it the import of dataclasses.)"""

    def __init__(
        self,
        engine: EngineAPI,
        reporter: Reporter,
        wait_timeout: float,
        cancelled: threading.Event,
        stop_timeout: int = 10,
    ) -> None:
        self.engine = engine
        self.reporter = reporter
        self.wait_timeout = wait_timeout
        self.cancelled = cancelled
        self.stop_timeout = stop_timeout
        self.last_start = 0.0  # monotonic time of the last container start
        self.network = NetworkGate()

    def images(self, steps: tuple[Step, ...]) -> dict[str, str]:
        """Build and pull, one after the other; the IDs of the images built."""
        built: dict[str, str] = {}
        for step in steps:
            self._check_cancelled()
            self.reporter.step(step, "started")
            target = step.target

            def on_line(line: str, target: str = target) -> None:
                self.reporter.output(target, line)

            if step.action is Action.BUILD and step.build is not None:
                built[target] = self.engine.build(step.build, on_line)
            elif step.action is Action.PULL:
                self.engine.pull(target, on_line)
            else:
                raise ValueError(f"not an image step: {step.describe()}")
            self.reporter.step(step, "done")
        return built

    def run(self, step: Step) -> None:
        self._check_cancelled()
        self.reporter.step(step, "started")
        perform(self.engine, step, stop_timeout=self.stop_timeout)
        self.reporter.step(step, "done")

    def resources(self, plan: Plan) -> None:
        """Orphans go first; then every volume at once (a container's create would make a
        missing one, without the labels that find it again), while the network is created in
        the background: only a container's start needs it (devenv/engine/network_gate.py)."""
        for step in plan.orphans:
            self.run(step)
        for step in plan.resources:
            if step.action is Action.CREATE_NETWORK:
                self.network.create(self.run, step)
        volumes = [s for s in plan.resources if s.action is not Action.CREATE_NETWORK]
        if len(volumes) <= 1:
            for step in volumes:
                self.run(step)
            return
        # Imported when there is work in parallel: concurrent.futures brings in logging, which
        # a no-op `up` would pay for nothing.
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(MAX_PARALLEL, thread_name_prefix="devenv-resources") as pool:
            list(pool.map(self.run, volumes))

    def services(self, plan: Plan) -> None:
        """Start services as soon as what they depend on is healthy, independent ones at once.
        The first failure cancels what has not started; every service that failed is named."""
        busy = [sp for sp in plan.services if sp.steps or sp.wait_healthy]
        if len(busy) <= 1:
            # Nothing to run side by side (a no-op or one-service `up`): no thread pool, nor
            # the logging module that concurrent.futures imports.
            for service_plan in busy:
                self._inline(service_plan)
            self.network.wait()
            return
        from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

        futures: dict[str, Future[None]] = {}
        pool = ThreadPoolExecutor(max_workers=MAX_PARALLEL, thread_name_prefix="devenv-up")
        try:
            # Submitted in dependency order, so a task only ever waits on earlier tasks.
            for service_plan in plan.services:
                deps = [futures[d] for d in service_plan.depends_on if d in futures]
                futures[service_plan.service] = pool.submit(self._service, service_plan, deps)
            pending = set(futures.values())
            while pending:
                done, pending = wait(pending, timeout=0.5, return_when=FIRST_EXCEPTION)
                if any(f.exception() is not None for f in done):
                    self.cancelled.set()  # the others stop at their next step or poll
        except KeyboardInterrupt:
            self.cancelled.set()
            raise _interrupted() from None
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        _raise_failures(futures)
        self.network.wait()

    def _inline(self, service_plan: ServicePlan) -> None:
        try:
            self._service(service_plan, [])
        except KeyboardInterrupt:
            self.cancelled.set()
            raise _interrupted() from None

    def _service(self, service_plan: ServicePlan, deps: list[Future[None]]) -> None:
        for dep in deps:
            dep.result()  # re-raises a dependency's failure, which stops this service too
        for step in service_plan.steps:
            if step.action is Action.CREATE:
                self._create(step)
                continue
            if step.action in (Action.START, Action.RESTART):
                self.network.wait()
            self.run(step)
            if step.action is Action.START:
                self.last_start = time.monotonic()
        if service_plan.wait_healthy:
            config = service_plan.container
            self.wait_healthy(config.name, service_plan.service, one_shot=config.one_shot)

    def _create(self, step: Step) -> None:
        """A create made while the network is still being created: an engine that checks the
        network on create (newer than API 1.41) refuses it, and is asked again once it exists."""
        try:
            self.run(step)
        except (DevenvError, NotFound):  # a newer engine answers 404, "network ... not found"
            if self.network.open:
                raise
            self.network.wait()
            self.run(step)

    def still_running(self, plan: Plan) -> None:
        """--wait: every long-running service must still run once the others are ready.

        A process that crashes on start (a worker missing a setting) takes a moment to exit;
        SETTLE_SECONDS after the last start gives it that moment."""
        time.sleep(max(0.0, SETTLE_SECONDS - (time.monotonic() - self.last_start)))
        for service_plan in plan.services:
            if service_plan.container.one_shot:
                continue
            state = self.engine.container(service_plan.container.name)
            if state is None or not state.running:
                code = state.exit_code if state else "?"
                name = service_plan.container.name
                self._fail(service_plan.service, name, f"exited with code {code}")

    def wait_healthy(self, container: str, service: str, *, one_shot: bool = False) -> None:
        deadline = time.monotonic() + self.wait_timeout
        last = ""
        while True:
            # Look before checking for cancellation: a service that has already failed when
            # another one cancels the rest is still reported with its own failure.
            state = self.engine.container(container)
            if state is None:
                raise OperationFailed(f"{service}: its container {container} disappeared")
            if one_shot and state.status == "exited" and state.exit_code == 0:
                self.reporter.service(service, "completed")
                return
            if one_shot and state.running:
                if time.monotonic() > deadline:
                    self._fail(service, container, f"still running after {self.wait_timeout:g}s")
                self._check_cancelled()
                time.sleep(POLL_SECONDS)
                continue
            if not state.running:
                self._fail(service, container, f"exited with code {state.exit_code}")
            if state.health in (None, "healthy"):
                self.reporter.service(service, state.health or "running")
                return
            if state.health == "unhealthy":
                self._fail(service, container, "is unhealthy")
            if state.health != last:
                self.reporter.service(service, state.health)
                last = state.health
            if time.monotonic() > deadline:
                self._fail(service, container, f"not healthy after {self.wait_timeout:g}s")
            self._check_cancelled()
            time.sleep(POLL_SECONDS)

    def _fail(self, service: str, container: str, what: str) -> None:
        raw = b"".join(self.engine.logs(container, tail=LOG_LINES_ON_FAILURE))
        lines = raw.decode("utf-8", errors="replace").rstrip().splitlines()
        shown = "\n".join(f"  {service} | {line}" for line in lines) or "  (no output)"
        raise OperationFailed(
            f"{service} {what}; its last log lines:\n{shown}",
            hint=f"`devenv logs {service}` shows everything; --wait-timeout gives it longer.",
        )

    def _check_cancelled(self) -> None:
        if self.cancelled.is_set():
            raise Interrupted("cancelled")


def _interrupted() -> Interrupted:
    return Interrupted(
        "interrupted: what already started keeps running",
        hint="Run `devenv up` again to finish, or `devenv down` to stop everything.",
    )


def _raise_failures(futures: dict[str, Future[None]]) -> None:
    """Raise what failed: one error as itself, several as one naming each service. Services
    cancelled after a failure, and dependents of a failed service, add nothing."""
    failures: list[BaseException] = []
    for future in futures.values():
        error = None if future.cancelled() else future.exception()
        if error is None or isinstance(error, Interrupted) or error in failures:
            continue
        failures.append(error)
    if len(failures) == 1 or any(not isinstance(e, DevenvError) for e in failures):
        raise failures[0]
    if failures:
        raise ServicesFailed([e for e in failures if isinstance(e, DevenvError)])


class ServicesFailed(OperationFailed):
    """Several services failed in one `up`: each is named, with its own message."""

    def __init__(self, errors: list[DevenvError]) -> None:
        message = f"{len(errors)} services failed:\n" + "\n".join(e.message for e in errors)
        hints = sorted({e.hint for e in errors if e.hint})
        super().__init__(message, hint="\n".join(hints) or None)
        self.errors = errors

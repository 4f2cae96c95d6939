"""Carry out a plan on the engine: images first, then services in dependency order, in parallel."""

from __future__ import annotations

import threading
import time
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from devenv.engine import desired
from devenv.engine.docker_api import Engine
from devenv.engine.plan import Action, Plan, ServicePlan, Step
from devenv.engine.progress import Reporter
from devenv.engine.state import BuildInputs
from devenv.errors import Interrupted, OperationFailed

POLL_SECONDS = 0.2
LOG_LINES_ON_FAILURE = 20
# Creating and starting containers is mostly waiting on the engine.
MAX_PARALLEL = 16


def perform(
    engine: Engine,
    project: str,
    step: Step,
    *,
    container: desired.ContainerConfig | None = None,
    image_id: str = "",
    stop_timeout: int = 10,
) -> None:
    """The one Docker call a step of a plan stands for (builds and pulls stream: see images)."""
    if step.action is Action.CREATE_NETWORK:
        engine.create_network(step.target, desired.network_labels(project))
    elif step.action is Action.CREATE_VOLUME:
        volume = step.target.removeprefix(f"{project}_")
        engine.create_volume(step.target, desired.volume_labels(project, volume))
    elif step.action is Action.STOP:
        engine.stop(step.target, timeout=stop_timeout)
    elif step.action is Action.REMOVE:
        engine.remove(step.target)
    elif step.action is Action.CREATE and container is not None:
        engine.create_container(container, image_id)
    elif step.action is Action.START:
        engine.start(step.target)
    elif step.action is Action.REMOVE_NETWORK:
        engine.remove_network(step.target)
    elif step.action is Action.REMOVE_VOLUME:
        engine.remove_volume(step.target)
    else:
        raise ValueError(f"no single call for {step.describe()}")


@dataclass
class Applier:
    engine: Engine
    reporter: Reporter
    wait_timeout: float
    cancelled: threading.Event

    def images(self, plan: Plan, builds: list[BuildInputs]) -> None:
        by_image = {b.image: b for b in builds}
        for step in plan.images:
            self._check_cancelled()
            self.reporter.step(step, "started")
            target = step.target

            def on_line(line: str, target: str = target) -> None:
                self.reporter.output(target, line)

            if step.action is Action.BUILD:
                self.engine.build(by_image[target], on_line)
            else:
                self.engine.pull(target, on_line)
            self.reporter.step(step, "done")

    def resources(self, plan: Plan) -> None:
        for step in [*plan.orphans, *plan.resources]:
            self._check_cancelled()
            self.reporter.step(step, "started")
            perform(self.engine, plan.project, step)
            self.reporter.step(step, "done")

    def services(self, plan: Plan, image_ids: dict[str, str]) -> None:
        """Start services as soon as what they depend on is healthy, independent ones at once.

        `image_ids` maps each image reference to the ID the plan was made against; it is
        recorded on the containers so a later change of image is noticed."""
        futures: dict[str, Future[None]] = {}
        with ThreadPoolExecutor(max_workers=MAX_PARALLEL, thread_name_prefix="devenv-up") as pool:
            # Submitted in dependency order, so a task only ever waits on earlier tasks.
            for service_plan in plan.services:
                deps = [futures[d] for d in service_plan.depends_on if d in futures]
                image_id = image_ids.get(service_plan.container.image, "")
                futures[service_plan.service] = pool.submit(
                    self._service, plan.project, service_plan, deps, image_id
                )
            self._wait_all(list(futures.values()))

    def _wait_all(self, futures: list[Future[None]]) -> None:
        try:
            done, _ = wait(futures, return_when=FIRST_EXCEPTION)
            for future in done:
                error = future.exception()
                if error is not None:
                    self.cancelled.set()
                    raise error
        except KeyboardInterrupt:
            self.cancelled.set()
            for future in futures:
                future.cancel()
            raise Interrupted(
                "interrupted: what already started keeps running",
                hint="Run `devenv up` again to finish, or `devenv down` to stop everything.",
            ) from None

    def _service(
        self, project: str, service_plan: ServicePlan, deps: list[Future[None]], image_id: str
    ) -> None:
        for dep in deps:
            dep.result()  # re-raises a dependency's failure, which stops this service too
        config = service_plan.container
        for step in service_plan.steps:
            self._check_cancelled()
            self.reporter.step(step, "started")
            perform(self.engine, project, step, container=config, image_id=image_id)
            self.reporter.step(step, "done")
        if service_plan.wait_healthy:
            self.wait_healthy(config.name, service_plan.service)

    def wait_healthy(self, container: str, service: str) -> None:
        deadline = time.monotonic() + self.wait_timeout
        last = ""
        while True:
            self._check_cancelled()
            state = self.engine.container(container)
            if state is None:
                raise OperationFailed(f"{service}: its container {container} disappeared")
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
            raise Interrupted("interrupted")

"""`devenv up`: render if needed, observe, plan, check ports, apply; the imperative shell."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from devenv.engine.apply import Applier
from devenv.engine.build_inputs import build_inputs
from devenv.engine.docker_api import Engine
from devenv.engine.lock import project_lock
from devenv.engine.plan import Plan, UpOptions, plan_up
from devenv.engine.ports import check_ports, port_is_free, ports_to_claim, process_holding
from devenv.engine.progress import Reporter
from devenv.engine.state import BuildInputs, Observed
from devenv.engine.workspace import Workspace
from devenv.files import FileChange


@dataclass(frozen=True)
class UpResult:
    files: list[FileChange]  # generated files brought up to date first
    plan: Plan  # the container plan that was applied (after any builds)
    first_plan: Plan  # the plan as first computed, images included


def run_up(
    workspace: Workspace,
    engine: Engine,
    reporter: Reporter,
    options: UpOptions,
    *,
    dry_run: bool = False,
    wait_timeout: float = 120,
) -> UpResult:
    files = sync_generated_files(workspace, dry_run=dry_run)
    changed = [f for f in files if not f.settled]
    for change in changed:
        reporter.note(f"{change.status.value} {change.path} ({change.reason or 'new'})")
    builds = build_inputs(workspace.root, workspace.project, engine.context_files)
    with project_lock(workspace.name):
        plan, observed = _plan(workspace, engine, builds, options)
        reporter.plan(plan)
        if dry_run:
            return UpResult(files, plan, plan)
        first = plan
        applier = Applier(engine, reporter, wait_timeout, threading.Event())
        applier.images(plan, builds)
        if plan.images:
            # Plan containers again against the images as built: an unchanged image ID
            # (a cached build) then recreates nothing.
            again = UpOptions(False, options.remove_orphans, options.wait_all)
            plan, observed = _plan(workspace, engine, builds, again)
        for note in plan.notes:
            reporter.note(note)
        claims = ports_to_claim(plan, observed)
        if claims:
            check_ports(claims, engine.published_ports(), port_is_free, process_holding)
        applier.resources(plan)
        applier.services(plan, {ref: image.id for ref, image in observed.images.items()})
    return UpResult(files, plan, first)


def sync_generated_files(workspace: Workspace, *, dry_run: bool = False) -> list[FileChange]:
    """Bring the generated files up to date first, with the same conflict rules as render."""
    if workspace.generated_files_current():
        return []
    from devenv.sync import plan_sync, refuse_conflicts, sync_files  # loads Jinja: when stale

    files = plan_sync(workspace.spec(), workspace.root, workspace.spec_file)
    if dry_run:
        refuse_conflicts(files)  # a dry run refuses what the real `up` would refuse
    else:
        sync_files(files, workspace.root)
    return files


def _plan(
    workspace: Workspace, engine: Engine, builds: list[BuildInputs], options: UpOptions
) -> tuple[Plan, Observed]:
    pulls = workspace.pulled_images()
    observed = engine.observe(workspace.name, [b.image for b in builds] + pulls)
    containers = workspace.containers()
    return plan_up(workspace.name, containers, builds, pulls, observed, options), observed

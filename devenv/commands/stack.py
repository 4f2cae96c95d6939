"""`devenv up`, `down`, `build` and `restart`: bring the stack to what devenv.yaml says."""

from __future__ import annotations

import threading
from pathlib import Path

import click
from rich.markup import escape

from devenv.commands.engine_options import (
    is_interactive,
    print_rows,
    progress_option,
    project_option,
    reporter_for,
    workspace_or_name,
)
from devenv.commands.instance_option import instance_option
from devenv.commands.options import spec_option
from devenv.console import out, print_json
from devenv.engine.apply import Applier
from devenv.engine.build_inputs import build_inputs
from devenv.engine.docker_api import Engine
from devenv.engine.down import run_down
from devenv.engine.lock import project_lock
from devenv.engine.plan import Action, Plan, Step, UpOptions
from devenv.engine.status import service_rows
from devenv.engine.up import run_up, sync_generated_files
from devenv.engine.workspace import open_workspace
from devenv.errors import UsageError
from devenv.project import app_image_ref


@click.command()
@spec_option
@click.option("--dry-run", is_flag=True, help="Print the plan and change nothing.")
@click.option("--build", "force_build", is_flag=True, help="Build app images even if unchanged.")
@click.option("--remove-orphans", is_flag=True, help="Remove containers of removed services.")
@click.option("--wait", "wait_all", is_flag=True, help="Wait until every service is healthy.")
@click.option(
    "--wait-timeout",
    type=click.FloatRange(min=1),
    default=120,
    show_default=True,
    help="Seconds a service may take to become healthy.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the plan and the result as JSON.")
@click.option(
    "--restore-branch", is_flag=True, help="Restore the git branch's snapshot first, if any."
)
@instance_option
@progress_option
def up(
    spec_file: Path,
    dry_run: bool,
    force_build: bool,
    remove_orphans: bool,
    wait_all: bool,
    wait_timeout: float,
    as_json: bool,
    restore_branch: bool,
    progress: str,
) -> None:
    """Build, create and start the stack; converge it if it already runs."""
    from devenv.commands.instance_hooks import up_instance

    instance, engine = up_instance(
        spec_file, dry_run=dry_run, quiet=as_json, restore_branch=restore_branch
    )
    workspace = instance.workspace
    reporter = reporter_for("quiet" if as_json else progress)
    options = UpOptions(build=force_build, remove_orphans=remove_orphans, wait_all=wait_all)
    try:
        result = run_up(
            workspace, engine, reporter, options, dry_run=dry_run, wait_timeout=wait_timeout
        )
    finally:
        reporter.close()
    steps = (
        result.first_plan.steps() if dry_run else [*result.first_plan.images, *result.plan.steps()]
    )
    rows = [] if dry_run else service_rows(workspace.project, engine.containers(workspace.name))
    if as_json:
        print_json(
            {
                "project": workspace.name,
                "dry_run": dry_run,
                "steps": [_step_json(s) for s in steps],
                "notes": list(result.plan.notes),
                "services": [row.to_json() for row in rows],
            }
        )
        return
    if dry_run:
        _print_plan(steps, result.plan.notes)
        return
    if not steps:
        out.print(f"[green]up to date[/]: nothing to change in {escape(workspace.name)}")
    print_rows(rows)


def _step_json(step: Step) -> dict[str, str | None]:
    return {
        "action": step.action.value,
        "target": step.target,
        "reason": step.reason,
        "service": step.service,
    }


def _print_plan(steps: list[Step], notes: tuple[str, ...]) -> None:
    if not steps:
        out.print("nothing to do: the stack matches devenv.yaml")
    for step in steps:
        action, target, reason = (escape(x) for x in (step.action.value, step.target, step.reason))
        out.print(f"  {action:<15} {target}  [dim]{reason}[/]")
    for note in notes:
        out.print(f"[yellow]note:[/] {escape(note)}")


@click.command()
@spec_option
@project_option
@click.option("--volumes", "-v", is_flag=True, help="Also remove named volumes (their data).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask before removing volumes.")
@click.option(
    "--timeout",
    "-t",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="Seconds to wait for each container to stop before killing it.",
)
@click.option("--dry-run", is_flag=True, help="Print what would be removed; change nothing.")
@click.option("--no-snapshot", is_flag=True, help="With --volumes: do not save a snapshot first.")
@click.option(
    "--all-instances", is_flag=True, help="Also bring down the project's other instances."
)
@instance_option
@progress_option
def down(
    spec_file: Path,
    project_name: str | None,
    volumes: bool,
    yes: bool,
    timeout: int,
    dry_run: bool,
    no_snapshot: bool,
    all_instances: bool,
    progress: str,
) -> None:
    """Stop and remove the stack's containers and network; keep volumes unless --volumes
    (a snapshot of them is saved first, unless --no-snapshot)."""
    from devenv.commands import instance_hooks

    _, name = workspace_or_name(spec_file, project_name)
    engine = Engine.connect()
    instance = instance_hooks.current_instance(spec_file)
    names = [name]
    if all_instances and instance is not None:
        names += instance_hooks.other_instances(engine, instance)
    for each in names:
        if volumes and not no_snapshot and (yes or dry_run or is_interactive()):
            instance_hooks.snapshot_before_down(engine, instance, each, dry_run=dry_run)
        _down_one(engine, each, volumes, yes, timeout, dry_run, progress)


def _down_one(
    engine: Engine, name: str, volumes: bool, yes: bool, timeout: int, dry_run: bool, progress: str
) -> None:
    reporter = reporter_for(progress)

    def confirm(names: list[str]) -> bool:
        if yes:
            return True
        if not is_interactive():
            return False
        return click.confirm(f"Remove volumes {', '.join(names)}? Their data will be lost")

    try:
        plan = run_down(
            engine,
            name,
            reporter,
            remove_volumes=volumes,
            confirm=confirm,
            stop_timeout=timeout,
            dry_run=dry_run,
        )
    finally:
        reporter.close()
    if dry_run:
        _print_plan(plan.steps(), ())
    elif not plan.steps():
        out.print(f"nothing to remove: project {escape(name)} has no containers or network")
    kept = plan.kept_volumes
    if kept:
        if len(kept) == 1:
            what = f"volume {kept[0]}"
        else:
            what = f"volumes {', '.join(kept)}" if len(kept) <= 4 else f"{len(kept)} volumes"
        out.print(f"kept {escape(what)} (`devenv down --volumes` removes them)")


@click.command()
@spec_option
@click.argument("apps", nargs=-1)
@progress_option
def build(spec_file: Path, apps: tuple[str, ...], progress: str) -> None:
    """Build the app images (all, or the ones named), even when their inputs are unchanged."""
    workspace = open_workspace(spec_file)
    known = [a.name for a in workspace.project.apps]
    unknown = sorted(set(apps) - set(known))
    if unknown:
        raise UsageError(f"no app named {', '.join(unknown)} (apps: {', '.join(known)})")
    engine = Engine.connect()
    sync_generated_files(workspace)  # the Dockerfile must be the one devenv.yaml describes
    reporter = reporter_for(progress)
    applier = Applier(engine, reporter, 0, threading.Event())
    builds = [
        b
        for b in build_inputs(workspace.root, workspace.project, engine.context_files)
        if not apps or b.image in {app_image_ref(workspace.name, a) for a in apps}
    ]
    steps = tuple(Step(Action.BUILD, b.image, "asked for") for b in builds)
    try:
        with project_lock(workspace.name):
            applier.images(Plan(workspace.name, steps, (), (), ()), builds)
    finally:
        reporter.close()
    for step in steps:
        out.print(f"built {escape(step.target)}")


@click.command()
@spec_option
@project_option
@instance_option
@click.argument("services", nargs=-1)
@click.option("--timeout", "-t", type=click.IntRange(min=0), default=10, show_default=True)
def restart(
    spec_file: Path, project_name: str | None, services: tuple[str, ...], timeout: int
) -> None:
    """Restart the containers of the named services, or of all."""
    _, name = workspace_or_name(spec_file, project_name)
    engine = Engine.connect()
    containers = engine.containers(name)
    chosen = [c for c in containers if not services or c.service in services]
    missing = sorted(set(services) - {c.service for c in containers})
    if missing:
        raise UsageError(f"no container for {', '.join(missing)} in project {name}")
    for container in chosen:
        engine.restart(container.name, timeout=timeout)
        out.print(f"restarted {escape(container.name)}")

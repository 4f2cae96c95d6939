"""`devenv up`, `down`, `build` and `restart`: bring the stack to what devenv.yaml says.

Each command imports its part of the engine when it runs: `down` needs no planner for `up`,
and a no-op `up` answered from the converged record (devenv/converged.py) needs neither."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from devenv.commands.engine_options import (
    progress_option,
    project_option,
    workspace_or_name,
)
from devenv.commands.instance_option import chosen_instance, instance_option
from devenv.commands.options import spec_option
from devenv.commands.report import (
    echo,
    print_plan,
    print_rows,
    reporter_for,
    say_up_to_date,
    up_to_date_by_record,
)
from devenv.commands.teardown import DownOptions, down_by_record, down_one
from devenv.console import current

if TYPE_CHECKING:
    from devenv.engine.steps import Step


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
    from devenv import converged

    io = current()
    plain = not (dry_run or force_build or wait_all or as_json or restore_branch)
    if plain and chosen_instance() is None and up_to_date_by_record(spec_file, io):
        return

    from devenv.commands.instance_hooks import up_instance
    from devenv.engine.status import declared_services, service_rows
    from devenv.engine.steps import UpOptions
    from devenv.engine.up import run_up

    instance, engine = up_instance(
        spec_file, dry_run=dry_run, quiet=as_json, restore_branch=restore_branch
    )
    workspace = instance.workspace
    reporter = reporter_for("quiet" if as_json else progress, io)
    options = UpOptions(build=force_build, remove_orphans=remove_orphans, wait_all=wait_all)
    try:
        # The files first: compose.yaml and the Dockerfiles must say what devenv.yaml says.
        for change in workspace.sync_generated_files(dry_run=dry_run):
            if not change.settled:
                reporter.note(f"{change.status.value} {change.path} ({change.reason or 'new'})")
        # Read before planning: a file changed while `up` runs leaves a record that won't match.
        inputs = None if dry_run else converged.inputs_of(spec_file, instance, chosen_instance())
        result = run_up(
            workspace.project,
            workspace.root,
            engine,
            reporter,
            options,
            dry_run=dry_run,
            wait_timeout=wait_timeout,
        )
    finally:
        reporter.close()
    steps = (
        result.first_plan.steps() if dry_run else [*result.first_plan.images, *result.plan.steps()]
    )
    # One observation per command: when nothing changed, what `up` saw is still what runs.
    rows = []
    if not dry_run:
        running = result.observed.containers
        if not result.changed_nothing:
            running = engine.containers(workspace.name)
        rows = service_rows(declared_services(workspace.project), running)
        converged.remember(spec_file, instance, inputs, result.plan, result.observed, running)
    if as_json:
        io.print_json(
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
        print_plan(steps, result.plan.notes)
        return
    if not steps:
        say_up_to_date(workspace.name, io)
    print_rows(rows, io)


def _step_json(step: Step) -> dict[str, str | None]:
    return {
        "action": step.action.value,
        "target": step.target,
        "reason": step.reason,
        "service": step.service,
    }


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
    from devenv import converged
    from devenv.engine.docker_api import Engine

    io = current()
    options = DownOptions(volumes, yes, timeout, dry_run, progress)
    plain = not (project_name or volumes or all_instances or chosen_instance())
    if plain and down_by_record(spec_file, options, io):
        return
    from devenv.commands import instance_hooks

    # The instance is read once: it names the project unless --project does.
    instance = (
        instance_hooks.current_instance(spec_file)
        if project_name
        else instance_hooks.open_current(spec_file)  # refuses a missing devenv.yaml
    )
    name = project_name or (instance.name if instance else "")
    engine = Engine.connect()
    names = [name]
    if all_instances and instance is not None:
        names += instance_hooks.other_instances(engine, instance)
    for each in names:
        if volumes and not no_snapshot and (yes or dry_run or io.interactive):
            instance_hooks.snapshot_before_down(engine, instance, each, dry_run=dry_run)
        down_one(engine, each, options, io)
        if not dry_run:
            converged.forget(spec_file, each)


@click.command()
@spec_option
@click.argument("apps", nargs=-1)
@progress_option
def build(spec_file: Path, apps: tuple[str, ...], progress: str) -> None:
    """Build the app images (all, or the ones named), even when their inputs are unchanged."""
    from devenv.engine.docker_api import Engine
    from devenv.engine.up import run_build
    from devenv.workspace import open_workspace

    io = current()
    workspace = open_workspace(spec_file)
    engine = Engine.connect()
    workspace.sync_generated_files()  # the Dockerfile must be the one devenv.yaml describes
    reporter = reporter_for(progress, io)
    try:
        steps = run_build(workspace.project, workspace.root, engine, reporter, apps)
    finally:
        reporter.close()
    for step in steps:
        echo(f"built {step.target}", io)


@click.command()
@spec_option
@project_option
@instance_option
@click.argument("services", nargs=-1)
@click.option(
    "--timeout",
    "-t",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="Seconds to wait for each container to stop before killing it.",
)
@progress_option
def restart(
    spec_file: Path,
    project_name: str | None,
    services: tuple[str, ...],
    timeout: int,
    progress: str,
) -> None:
    """Restart the containers of the named services, or of all."""
    from devenv.engine.docker_api import Engine
    from devenv.engine.up import run_restart

    io = current()
    _, name = workspace_or_name(spec_file, project_name)
    reporter = reporter_for(progress, io)
    try:
        steps = run_restart(Engine.connect(), name, services, reporter, stop_timeout=timeout)
    finally:
        reporter.close()
    for step in steps:
        echo(f"restarted {step.target}", io)

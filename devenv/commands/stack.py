"""`devenv up`, `down`, `build` and `restart`: bring the stack to what devenv.yaml says.

Each command imports its part of the engine when it runs: `down` needs no planner for `up`,
and a no-op `up` answered from the converged record (devenv/converged.py) needs neither."""

from __future__ import annotations

from pathlib import Path

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
    reporter_for,
    up_to_date_by_record,
)
from devenv.commands.teardown import DownOptions, down_by_record, down_one
from devenv.console import current


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
    from devenv.commands.bring_up import UpRequest, bring_up, confirm

    io = current()
    request = UpRequest(
        spec_file,
        dry_run,
        force_build,
        remove_orphans,
        wait_all,
        wait_timeout,
        as_json,
        restore_branch,
        progress,
        chosen_instance(),
    )
    if request.plain and up_to_date_by_record(spec_file, io):
        return
    bring_up(request, io, ask=confirm if io.interactive and not as_json else None)


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

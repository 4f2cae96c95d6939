"""What `up` and `down` do for instances and snapshots, kept out of the stack commands so that
each of them calls in with one line."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import click

from devenv.commands.engine_options import is_interactive
from devenv.commands.instance_option import chosen_instance
from devenv.console import current
from devenv.current_instance import Instance, open_instance, prepare_ports
from devenv.engine import labels
from devenv.engine.docker_api import Engine
from devenv.errors import Refused
from devenv.instances import instance_of


def escape(text: str) -> str:
    # rich is loaded only when one of these messages is printed: `up` may print none.
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def up_instance(
    spec_file: Path, *, dry_run: bool, quiet: bool, restore_branch: bool
) -> tuple[Instance, Engine]:
    """The instance `up` brings up, with its ports chosen (and written to .env), and its
    branch's snapshot restored first when asked. The spec is read before the engine is
    reached, so a spec error is reported first."""
    instance = open_instance(spec_file, chosen_instance())
    engine = Engine.connect()
    ask = click.confirm if is_interactive() and not quiet else None
    instance = prepare_ports(instance, engine, ask=ask, dry_run=dry_run)
    if not instance.identity.is_default and not quiet:
        written = "would be written to .env" if dry_run else "written to .env"
        current().err.print(
            f"instance [bold]{escape(instance.identity.instance)}[/] "
            f"(project {escape(instance.name)}, from {instance.identity.source}); "
            f"its project name and ports {written}"
        )
    if restore_branch and not dry_run:
        _restore_branch(engine, instance)
    return instance, engine


def _restore_branch(engine: Engine, instance: Instance) -> None:
    from devenv.commands.snapshot import branch_name, say, target_of
    from devenv.engine import snapshots

    name = branch_name(instance)
    found = snapshots.find_snapshot(engine, instance.identity.name, name)
    if found is None:
        current().err.print(f"no snapshot {escape(name)} yet: starting with the current data")
        return
    try:
        snapshots.restore(engine, target_of(instance), found, say, overwrite=False)
    except Refused as refused:
        current().err.print(f"[yellow]kept the current data:[/] {escape(refused.message)}")
        if refused.hint:
            current().err.print(f"[dim]{escape(refused.hint)}[/]")


def snapshot_before_down(
    engine: Engine, instance: Instance | None, project: str, *, dry_run: bool
) -> None:
    """`down --volumes` saves the volumes first, so no data is lost without a way back."""
    from devenv.commands.snapshot import say, target_of
    from devenv.engine import snapshots

    volumes = engine.observe(project, []).volumes
    if not volumes or dry_run:
        if volumes:
            current().out.print(f"would save snapshot before-down-... of {escape(project)} first")
        return
    if instance is not None and instance.name == project:
        target = target_of(instance)
    elif instance is not None and project.startswith(f"{instance.identity.name}-"):
        owner = instance.identity.name
        target = snapshots.Target(project, owner, instance_of(owner, project), {})
    else:
        target = snapshots.Target(project, project, "default", {})

    name = "before-down-" + datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    saved = snapshots.save(engine, target, name, say)
    current().out.print(
        f"saved snapshot {escape(saved.name)} of {escape(project)} "
        f"(`devenv snapshot restore {escape(saved.name)}` brings the data back)"
    )


def open_current(spec_file: Path) -> Instance:
    """The instance this command acts on (the option, the environment, .env, the worktree)."""
    return open_instance(spec_file, chosen_instance())


def current_instance(spec_file: Path) -> Instance | None:
    return open_current(spec_file) if spec_file.exists() else None


def other_instances(engine: Engine, instance: Instance) -> list[str]:
    """The Compose projects of the same devenv project's other instances on the engine."""
    from devenv.commands.instances import spec_name
    from devenv.engine.inventory import compose_containers

    name = instance.identity.name
    found = set()
    for container in compose_containers(engine):
        project = container.project
        if project == instance.name or not (project == name or project.startswith(f"{name}-")):
            continue
        folder = container.labels.get(labels.WORKING_DIR, "")
        if spec_name(folder) in (name, None):  # same project, or its folder is gone
            found.add(project)
    return sorted(found)

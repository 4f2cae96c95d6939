"""What `down` does for instances and snapshots, kept out of the stack command so that it calls
in with one line (`up`'s part is in devenv/commands/bring_up.py)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from devenv.commands.bring_up import escape
from devenv.commands.instance_option import chosen_instance
from devenv.console import current
from devenv.current_instance import Instance, open_instance
from devenv.engine import labels
from devenv.engine.docker_api import Engine
from devenv.instances import instance_of


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

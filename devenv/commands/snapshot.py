"""`devenv snapshot save|restore|ls|rm`: copies of an instance's volumes, kept on the engine."""

from __future__ import annotations

import time
from datetime import datetime, timezone
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from devenv.commands.instance_option import chosen_instance, instance_option
from devenv.commands.options import spec_option
from devenv.console import err, out, print_json
from devenv.current_instance import Instance, open_instance
from devenv.engine import snapshots
from devenv.engine.docker_api import Engine
from devenv.errors import UsageError


def target_of(instance: Instance) -> snapshots.Target:
    images = {
        mount.source: service.image
        for service in instance.workspace.project.services
        for mount in service.mounts
        if mount.type == "volume"
    }
    identity = instance.identity
    return snapshots.Target(identity.project, identity.name, identity.label, images)


def say(line: str) -> None:
    err.print(escape(line))


def branch_name(instance: Instance) -> str:
    branch = instance.worktree.branch if instance.worktree else None
    if not branch:
        raise UsageError(
            "--branch needs a git branch: this folder is not on one (detached HEAD or no repo)"
        )
    return snapshots.branch_snapshot_name(branch)


def _named(instance: Instance, name: str | None, branch: bool) -> str:
    if branch and name:
        raise UsageError("give a snapshot NAME or --branch, not both")
    if branch:
        return branch_name(instance)
    if name:
        return snapshots.check_name(name)
    return "snap-" + datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")


def _find(engine: Engine, instance: Instance, name: str) -> snapshots.Snapshot:
    found = snapshots.find_snapshot(engine, instance.identity.name, name)
    if found is None:
        known = [s.name for s in snapshots.list_snapshots(engine, instance.identity.name)]
        raise UsageError(
            f"no snapshot named {name} in project {instance.identity.name}",
            hint=f"Snapshots: {', '.join(known)}."
            if known
            else "Save one: `devenv snapshot save`.",
        )
    return found


@click.group()
def snapshot() -> None:
    """Save and restore the data of the stack's volumes (databases included)."""


@snapshot.command()
@spec_option
@instance_option
@click.argument("name", required=False)
@click.option("--branch", is_flag=True, help="Name the snapshot after the current git branch.")
def save(spec_file: Path, name: str | None, branch: bool) -> None:
    """Copy the instance's volumes into snapshot NAME (replacing one so named)."""
    instance = open_instance(spec_file, chosen_instance())
    chosen = _named(instance, name, branch)
    started = time.monotonic()
    saved = snapshots.save(Engine.connect(), target_of(instance), chosen, say)
    seconds = time.monotonic() - started
    out.print(
        f"saved snapshot {escape(saved.name)}: {len(saved.volumes)} volume(s) of "
        f"{escape(instance.name)} in {seconds:.1f}s"
    )


@snapshot.command()
@spec_option
@instance_option
@click.argument("name", required=False)
@click.option("--branch", is_flag=True, help="Restore the current git branch's snapshot.")
@click.option("--yes", "-y", is_flag=True, help="Replace data that changed since the snapshot.")
def restore(spec_file: Path, name: str | None, branch: bool, yes: bool) -> None:
    """Replace the instance's volumes with snapshot NAME's copies."""
    instance = open_instance(spec_file, chosen_instance())
    if not name and not branch:
        raise UsageError("name the snapshot to restore, or pass --branch")
    chosen = _named(instance, name, branch)
    engine = Engine.connect()
    found = _find(engine, instance, chosen)
    restored = snapshots.restore(engine, target_of(instance), found, say, overwrite=yes)
    out.print(f"restored {escape(', '.join(restored))} from snapshot {escape(found.name)}")


@snapshot.command(name="ls")
@spec_option
@instance_option
@click.option("--json", "as_json", is_flag=True, help="Print the snapshots as JSON.")
def list_(spec_file: Path, as_json: bool) -> None:
    """List the project's snapshots, from every instance."""
    instance = open_instance(spec_file, chosen_instance())
    found = snapshots.list_snapshots(Engine.connect(), instance.identity.name)
    if as_json:
        print_json({"project": instance.identity.name, "snapshots": [s.to_json() for s in found]})
        return
    if not found:
        out.print(f"no snapshots of project {escape(instance.identity.name)}")
        return
    table = Table(box=None, pad_edge=False)
    for column in ("NAME", "FROM INSTANCE", "VOLUMES", "CREATED"):
        table.add_column(column, no_wrap=column != "VOLUMES", overflow="fold")
    for s in found:
        table.add_row(
            escape(s.name), escape(s.instance), escape(", ".join(sorted(s.volumes))), s.created
        )
    out.print(table)


@snapshot.command(name="rm")
@spec_option
@instance_option
@click.argument("names", nargs=-1, required=True)
def rm(spec_file: Path, names: tuple[str, ...]) -> None:
    """Delete snapshots."""
    instance = open_instance(spec_file, chosen_instance())
    engine = Engine.connect()
    chosen = [_find(engine, instance, name) for name in names]
    for found in chosen:
        snapshots.remove(engine, found)
        out.print(f"removed snapshot {escape(found.name)}")

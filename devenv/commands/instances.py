"""`devenv ls`: every devenv stack on the engine, one row per instance."""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from devenv.console import out, print_json
from devenv.engine import labels
from devenv.engine.docker_api import Engine
from devenv.engine.inventory import ListedContainer, compose_containers
from devenv.instances import DEFAULT_NAME, instance_of
from devenv.spec.source import SPEC_FILE

_NAME_LINE = re.compile(r"^name:\s*[\"']?([a-z0-9][a-z0-9_-]*)[\"']?\s*(#.*)?$", re.M)


@dataclass(frozen=True)
class StackRow:
    project: str  # the Compose project name: what `down --project` takes
    name: str  # the devenv project (devenv.yaml's `name`)
    instance: str
    state: str  # running, partly running, stopped
    running: int
    containers: int
    ports: list[int]
    folder: str
    folder_exists: bool
    age_seconds: int

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def spec_name(folder: str) -> str | None:
    """The `name:` of the devenv.yaml in a stack's folder, read without validating it."""
    try:
        text = (Path(folder) / SPEC_FILE).read_text(encoding="utf-8")
    except OSError:
        return None
    match = _NAME_LINE.search(text)
    return match.group(1) if match else None


def stack_rows(
    containers: list[ListedContainer], names: dict[str, str | None], now: float
) -> list[StackRow]:
    """Pure: group containers by Compose project; keep the stacks devenv made, or whose folder
    holds a devenv.yaml (`names`: folder -> its spec's name, None without one)."""
    grouped: dict[str, list[ListedContainer]] = {}
    for container in containers:
        if container.project and container.labels.get(labels.ONEOFF) != "True":
            grouped.setdefault(container.project, []).append(container)
    rows = []
    for project, members in sorted(grouped.items()):
        folder = next((c.labels.get(labels.WORKING_DIR, "") for c in members), "")
        spec = names.get(folder)
        managed = any(c.labels.get(labels.MANAGED_BY) == "devenv" for c in members)
        if spec is None and not managed:
            continue
        name = spec or project  # the folder is gone: the instance cannot be told apart
        running = sum(c.state == "running" for c in members)
        state = "running" if running == len(members) else "partly running" if running else "stopped"
        rows.append(
            StackRow(
                project=project,
                name=name,
                instance=instance_of(name, project) or DEFAULT_NAME,
                state=state,
                running=running,
                containers=len(members),
                ports=sorted({p for c in members for p in c.ports}),
                folder=folder,
                folder_exists=spec is not None,
                age_seconds=max(0, int(now - min(c.created for c in members))),
            )
        )
    return rows


def age(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


@click.command(name="ls")
@click.option("--json", "as_json", is_flag=True, help="Print the stacks as JSON.")
def ls(as_json: bool) -> None:
    """List every devenv stack and instance on the engine: state, ports, folder and age."""
    containers = compose_containers(Engine.connect())
    folders = {c.labels.get(labels.WORKING_DIR, "") for c in containers}
    rows = stack_rows(containers, {f: spec_name(f) for f in folders if f}, time.time())
    if as_json:
        print_json({"stacks": [row.to_json() for row in rows]})
        return
    if not rows:
        out.print("no devenv stacks on this engine")
        return
    table = Table(box=None, pad_edge=False)
    for column in ("PROJECT", "INSTANCE", "STATE", "PORTS", "FOLDER", "AGE"):
        table.add_column(column, no_wrap=column != "PORTS", overflow="fold")
    for row in rows:
        colour = {"running": "green", "stopped": "dim"}.get(row.state, "yellow")
        folder = row.folder if row.folder_exists else f"{row.folder} (gone)"
        table.add_row(
            escape(row.project),
            escape(row.instance),
            f"[{colour}]{row.state} {row.running}/{row.containers}[/]",
            escape(", ".join(map(str, row.ports))),
            escape(folder),
            age(row.age_seconds),
        )
    out.print(table)
    if any(not row.folder_exists for row in rows):
        out.print("[dim]A stack whose folder is gone: `devenv down --project PROJECT`.[/]")

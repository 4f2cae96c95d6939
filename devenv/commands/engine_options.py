"""Options and helpers shared by the commands that drive the Docker Engine."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from devenv.console import out
from devenv.engine.progress import Mode, Reporter, choose_reporter
from devenv.engine.status import ServiceRow
from devenv.engine.workspace import Workspace
from devenv.errors import UsageError

progress_option = click.option(
    "--progress",
    type=click.Choice(["auto", "tty", "plain", "quiet"]),
    default="auto",
    show_default=True,
    help="Live view on a terminal, plain lines when piped, or nothing.",
)
project_option = click.option(
    "--project",
    "-p",
    "project_name",
    help="Act on this project by name, without reading devenv.yaml.",
)


def reporter_for(mode: str) -> Reporter:
    return choose_reporter(_mode(mode), out)


def _mode(mode: str) -> Mode:
    if mode in ("auto", "tty", "plain", "quiet"):
        return mode  # type: ignore[return-value]
    raise UsageError(f"unknown progress mode {mode}")


def workspace_or_name(spec_file: Path, project_name: str | None) -> tuple[Workspace | None, str]:
    """The workspace when devenv.yaml is there; a bare project name is enough to find a stack.
    The workspace is the current instance's (see devenv/engine/instance.py)."""
    if project_name:
        workspace = _instance_workspace(spec_file) if spec_file.exists() else None
        if workspace and workspace.name != project_name:
            workspace = None
        return workspace, project_name
    workspace = _instance_workspace(spec_file)
    return workspace, workspace.name


def _instance_workspace(spec_file: Path) -> Workspace:
    from devenv.commands.instance_option import chosen_instance
    from devenv.engine.instance import open_instance

    return open_instance(spec_file, chosen_instance()).workspace


def is_interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def print_rows(rows: list[ServiceRow]) -> None:
    table = Table(box=None, pad_edge=False)
    for column in ("SERVICE", "STATE", "PORTS", "URL"):
        table.add_column(column)
    colours = {"running": "green", "missing": "dim"}
    for row in rows:
        state = row.state + (f" ({row.health})" if row.health else "")
        colour = "red" if row.health == "unhealthy" else colours.get(row.state, "yellow")
        table.add_row(
            escape(row.service),
            f"[{colour}]{escape(state)}[/]",
            escape(", ".join(row.ports)),
            escape(row.endpoint or ""),
        )
    out.print(table)

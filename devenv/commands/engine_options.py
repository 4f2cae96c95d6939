"""Options and helpers shared by the commands that drive the Docker Engine."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from devenv.console import IO, current
from devenv.errors import UsageError

if TYPE_CHECKING:
    from devenv.engine.progress import Mode, Reporter
    from devenv.engine.status import ServiceRow
    from devenv.workspace import Workspace

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


def reporter_for(mode: str, io: IO | None = None) -> Reporter:
    # The reporters load the plans' vocabulary: a no-op `up` that ends early never needs them.
    from devenv.engine.progress import choose_reporter

    return choose_reporter(_mode(mode), io or current())


def _mode(mode: str) -> Mode:
    if mode in ("auto", "tty", "plain", "quiet"):
        return mode  # type: ignore[return-value]
    raise UsageError(f"unknown progress mode {mode}")


def workspace_or_name(spec_file: Path, project_name: str | None) -> tuple[Workspace | None, str]:
    """The workspace when devenv.yaml is there; a bare project name is enough to find a stack.
    The workspace is the current instance's (see devenv/current_instance.py)."""
    if project_name:
        workspace = _instance_workspace(spec_file) if spec_file.exists() else None
        if workspace and workspace.name != project_name:
            workspace = None
        return workspace, project_name
    workspace = _instance_workspace(spec_file)
    return workspace, workspace.name


def _instance_workspace(spec_file: Path) -> Workspace:
    from devenv.commands.instance_option import chosen_instance
    from devenv.current_instance import open_instance

    return open_instance(spec_file, chosen_instance()).workspace


def is_interactive() -> bool:
    """A person at a terminal (the current IO's view)."""
    return current().interactive


def echo(text: str, io: IO | None = None, *, err: bool = False) -> None:
    """One line of a report, with Click's styles dropped when colour is off (NO_COLOR)."""
    io = io or current()
    stream = io.stderr if err else io.stdout
    click.echo(text if io.colour else click.unstyle(text), file=stream)


def print_rows(rows: list[ServiceRow], io: IO | None = None) -> None:
    """The services as an aligned table; plain text, so `ps` needs no rendering library."""
    colours = {"running": "green", "missing": "bright_black"}
    header = ("SERVICE", "STATE", "PORTS", "URL")
    cells = [
        (
            row.service,
            row.state + (f" ({row.health})" if row.health else ""),
            ", ".join(row.ports),
            row.endpoint or "",
        )
        for row in rows
    ]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(header)]

    def line(values: tuple[str, ...], state_colour: str | None = None) -> str:
        padded = [v.ljust(w) for v, w in zip(values, widths, strict=True)]
        if state_colour:  # the padding stays outside the colour, so the line can be stripped
            padded[1] = click.style(values[1], fg=state_colour) + padded[1][len(values[1]) :]
        return "  ".join(padded).rstrip()

    echo(click.style(line(header), bold=True), io)
    for row, values in zip(rows, cells, strict=True):
        colour = "red" if row.health == "unhealthy" else colours.get(row.state, "yellow")
        echo(line(values, colour), io)

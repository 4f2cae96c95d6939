"""Options and helpers shared by the commands that drive the Docker Engine."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from devenv.commands.report import PROGRESS_MODES
from devenv.console import current

if TYPE_CHECKING:
    from devenv.workspace import Workspace

progress_option = click.option(
    "--progress",
    type=click.Choice(PROGRESS_MODES),
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

"""`devenv render` and `devenv schema`: write the committed files, publish the spec's schema."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape as escape_markup

from devenv.commands.options import spec_option
from devenv.console import out, print_json
from devenv.errors import FilesRefused, printable
from devenv.files import FileChange, Status
from devenv.spec.load import read_spec
from devenv.spec.schema import json_schema
from devenv.spec.source import project_root
from devenv.sync import conflicts_of, plan_sync, refuse_conflicts, sync_files

_STYLE = {
    Status.CREATED: "green",
    Status.UPDATED: "yellow",
    Status.UNCHANGED: "dim",
    Status.CONFLICT: "bold red",
    Status.KEPT: "dim",
}


def escape(text: str) -> str:
    return escape_markup(printable(text))


@click.command()
@spec_option
@click.option("--check", is_flag=True, help="Write nothing; exit 5 if any file would change.")
@click.option("--diff", "show_diff", is_flag=True, help="Show what would change; write nothing.")
@click.option("--force", is_flag=True, help="Overwrite hand-edited files, keeping a backup.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def render(spec_file: Path, check: bool, show_diff: bool, force: bool, as_json: bool) -> None:
    """Write Dockerfiles, compose.yaml, .dockerignore and .env.example from devenv.yaml."""
    spec = read_spec(spec_file)  # also refuses generated paths that would leave the project
    root = project_root(spec_file)
    changes = plan_sync(spec, root)
    dry = check or show_diff
    blocked = bool(conflicts_of(changes)) and not force and not dry
    backups = [] if dry or blocked else sync_files(changes, root, force=force)
    written = not (dry or blocked)
    if as_json:
        print_json({"written": written, "files": changes_json(changes)})
    else:
        report_changes(changes, show_diff=show_diff, written=written)
    for backup in backups:
        out.print(f"kept your version in {escape(backup)}")
    if check and not all(c.settled for c in changes):
        drifted = sum(not c.settled for c in changes)
        raise FilesRefused(
            f"{drifted} generated file(s) differ from what {spec_file} renders",
            hint="Run `devenv render` and commit the result.",
        )
    if blocked:
        refuse_conflicts(changes)


def changes_json(changes: list[FileChange]) -> list[dict[str, str | None]]:
    """Each file's status as JSON; `devenv init --json` reports files the same way."""
    return [{"path": c.path, "status": c.status.value, "reason": c.reason or None} for c in changes]


def report_changes(changes: list[FileChange], *, show_diff: bool, written: bool) -> None:
    """One line per file with its status; shared with `devenv init`."""
    for change in changes:
        if show_diff and not change.settled:
            # Line by line: the old text is the user's file and may hold terminal escapes.
            lines = change.diff().splitlines()
            out.print("".join(escape(line) + "\n" for line in lines), end="")
        label = (
            change.status.value
            if written or change.settled
            else (
                f"would be {change.status.value}"
                if change.status is not Status.CONFLICT
                else "conflict"
            )
        )
        reason = f"  ({escape(change.reason)})" if change.reason else ""
        out.print(f"[{_STYLE[change.status]}]{label:>12}[/]  {escape(change.path)}{reason}")


@click.command()
def schema() -> None:
    """Print the JSON Schema of devenv.yaml (for editors and CI)."""
    print_json(json_schema())

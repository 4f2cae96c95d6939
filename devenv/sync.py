"""The one policy for bringing generated files in line with the spec, shared by render, init, up."""

from __future__ import annotations

from pathlib import Path

from devenv.errors import FilesRefused
from devenv.files import FileChange, Status, apply_changes, plan_files
from devenv.render import render_spec
from devenv.spec.load import check_generated_paths
from devenv.spec.model import Spec


def plan_sync(spec: Spec, root: Path, spec_file: Path | None = None) -> list[FileChange]:
    """Pure apart from reading the current files: what rendering would do to each.

    With the spec file, generated paths are first checked on disk (symbolic links followed)
    and refused, located in devenv.yaml, before any file is read or written.
    """
    if spec_file is not None:
        check_generated_paths(spec, spec_file)
    return plan_files(render_spec(spec), root)


def conflicts_of(changes: list[FileChange]) -> list[FileChange]:
    return [c for c in changes if c.status is Status.CONFLICT]


def refuse_conflicts(changes: list[FileChange]) -> None:
    conflicts = conflicts_of(changes)
    if conflicts:
        names = ", ".join(c.path for c in conflicts)
        raise FilesRefused(
            f"nothing written: {names} changed by hand",
            hint="Move your change into devenv.yaml, or run `devenv render --diff` to see it, "
            "or `devenv render --force` to overwrite (a .devenv-backup copy is kept).",
        )


def sync_files(changes: list[FileChange], root: Path, *, force: bool = False) -> list[str]:
    """Write what changed, all or nothing: a conflict without --force writes no file at all."""
    if not force:
        refuse_conflicts(changes)
    return apply_changes(changes, root, force=force)

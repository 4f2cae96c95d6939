"""Decide what rendering does to each file on disk, then do it safely: the file-writing edge."""

from __future__ import annotations

import difflib
import os
import tempfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from devenv.header import Origin, origin

if TYPE_CHECKING:  # only the type: importing the renderer would load Jinja for every command
    from devenv.render import RenderedFile

BACKUP_SUFFIX = ".devenv-backup"


# Files repositories often have of their own: the user's version is kept as it is, where for
# a Dockerfile or compose.yaml it would be a conflict.
KEPT_WHEN_FOREIGN = frozenset({".dockerignore", ".env.example"})


class Status(Enum):
    CREATED = "created"
    UNCHANGED = "unchanged"
    UPDATED = "updated"
    CONFLICT = "conflict"
    KEPT = "kept"  # the user's own file, left alone on purpose


@dataclass(frozen=True)
class FileChange:
    """What rendering would do to one file, and why."""

    path: str
    status: Status
    new: str
    old: str | None = None
    reason: str = ""

    @property
    def writes(self) -> bool:
        return self.status in (Status.CREATED, Status.UPDATED)

    @property
    def settled(self) -> bool:
        """Nothing to do for this file: it is current, or it is the user's and stays so."""
        return self.status in (Status.UNCHANGED, Status.KEPT)

    def diff(self) -> str:
        old = (self.old or "").splitlines(keepends=True)
        new = self.new.splitlines(keepends=True)
        before = f"a/{self.path}" if self.old is not None else "/dev/null"
        return "".join(difflib.unified_diff(old, new, before, f"b/{self.path}"))


def plan_file(rendered: RenderedFile, existing: str | None) -> FileChange:
    """Pure: compare what we would write with what is there."""
    if existing is None:
        return FileChange(rendered.path, Status.CREATED, rendered.content)
    if existing == rendered.content:
        return FileChange(rendered.path, Status.UNCHANGED, rendered.content, existing)
    found = origin(existing)
    if found is Origin.FOREIGN and kept_when_foreign(rendered.path):
        return FileChange(
            rendered.path, Status.KEPT, rendered.content, existing, "your own file, left as it is"
        )
    if found is Origin.GENERATED:
        return FileChange(
            rendered.path, Status.UPDATED, rendered.content, existing, "devenv.yaml changed"
        )
    reason = (
        "edited by hand since devenv wrote it"
        if found is Origin.EDITED
        else "not written by devenv (no devenv header)"
    )
    return FileChange(rendered.path, Status.CONFLICT, rendered.content, existing, reason)


def kept_when_foreign(path: str) -> bool:
    return PurePosixPath(path).name in KEPT_WHEN_FOREIGN


def plan_files(rendered: list[RenderedFile], root: Path) -> list[FileChange]:
    return [plan_file(item, read_text(root / item.path)) for item in rendered]


def read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        # Not text we could have written: treat it as the user's own file.
        return path.read_bytes().decode("utf-8", errors="replace")


def write_atomically(path: Path, content: str) -> None:
    """Write via a temporary file and rename, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temporary).chmod(mode)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def apply_changes(changes: list[FileChange], root: Path, *, force: bool) -> list[str]:
    """Write created/updated files, and conflicts when forced; returns the backups made."""
    backups = []
    for change in changes:
        target = root / change.path
        if change.status is Status.CONFLICT:
            if not force:
                continue
            backup = target.with_name(target.name + BACKUP_SUFFIX)
            write_atomically(backup, change.old or "")
            backups.append(str(Path(change.path).with_name(backup.name).as_posix()))
        elif not change.writes:
            continue
        write_atomically(target, change.new)
    return backups


def move_aside(root: Path, path: str) -> str:
    """Keep a user's file as FILE.devenv-backup and remove it, so devenv's can replace it."""
    target = root / path
    backup = target.with_name(target.name + BACKUP_SUFFIX)
    target.replace(backup)  # a rename: atomic, and the bytes stay exactly the user's
    return str(Path(path).with_name(backup.name).as_posix())

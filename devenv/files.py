"""Decide what rendering does to each file on disk, then do it safely: the file-writing edge."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from enum import Enum
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, NamedTuple

from devenv.errors import FileTrouble, printable
from devenv.header import Origin, origin

if TYPE_CHECKING:  # only the type: importing the renderer would load Jinja for every command
    from collections.abc import Iterable

    from devenv.render import RenderedFile

BACKUP_SUFFIX = ".devenv-backup"
# Generated files are small; a file in their place bigger than this is not one of ours.
MAX_EXISTING_BYTES = 4 * 1024 * 1024


# Files repositories often have of their own: the user's version is kept as it is, where for
# a Dockerfile or compose.yaml it would be a conflict.
KEPT_WHEN_FOREIGN = frozenset({".dockerignore", ".env.example"})


class Status(Enum):
    CREATED = "created"
    UNCHANGED = "unchanged"
    UPDATED = "updated"
    CONFLICT = "conflict"
    KEPT = "kept"  # the user's own file, left alone on purpose


class FileChange(NamedTuple):
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
        import difflib  # only when a diff is shown

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


def read_text(path: Path, limit: int = MAX_EXISTING_BYTES) -> str | None:
    """The text of an existing file, read at most `limit` bytes; None when there is none."""
    data = read_bounded(path, limit)
    if data is None:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Not text we could have written: treat it as the user's own file.
        return data.decode("utf-8", errors="replace")


def files_matching(folder: Path, patterns: Iterable[str]) -> list[str]:
    """The regular files under `folder` matching any of the globs, as sorted relative paths."""
    found = {
        path.relative_to(folder).as_posix()
        for pattern in patterns
        for path in folder.glob(pattern)
        if path.is_file()
    }
    return sorted(found)


def read_bounded(path: Path, limit: int) -> bytes | None:
    """Bytes of a regular file, checked for type and size BEFORE reading, never more than
    `limit`: a link to /dev/zero, a FIFO or a huge sparse file is refused, not read."""
    try:
        # Non-blocking: opening a FIFO must not wait for a writer that never comes.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return None
    except OSError as error:
        raise _trouble(path, "cannot be read", error) from None
    try:
        info = os.fstat(fd)
    except OSError:
        os.close(fd)
        raise
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)  # a folder cannot even be wrapped in a file object
        if stat.S_ISDIR(info.st_mode):
            raise FileTrouble(
                f"{shown(path)} is a folder where devenv expects a file; nothing written",
                hint="Move the folder away (or rename it), then run the command again.",
            )
        raise FileTrouble(
            f"{shown(path)} is not a regular file (a device, FIFO or socket); nothing written",
            hint="Replace it with a regular file or remove it.",
        )
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > limit:
            raise FileTrouble(
                f"{shown(path)} is {info.st_size} bytes, over devenv's limit of {limit}; "
                "nothing written",
                hint="This is not a file devenv wrote: move it away.",
            )
        try:
            data = handle.read(limit + 1)
        except OSError as error:
            raise _trouble(path, "cannot be read", error) from None
    if len(data) > limit:  # it grew while we looked
        raise FileTrouble(f"{shown(path)} is over devenv's limit of {limit} bytes")
    return data


def shown(path: Path) -> str:
    return printable(str(path))


def _trouble(path: Path, what: str, error: OSError) -> FileTrouble:
    reason = error.strerror or type(error).__name__
    hints = {
        errno.EACCES: "Check the permissions of the file and its folder.",
        errno.EPERM: "Check the permissions of the file and its folder.",
        errno.EROFS: "The project is on a read-only file system: work on a writable copy.",
        errno.ENOSPC: "The disk is full: free some space.",
        errno.ELOOP: "A symbolic link loops on itself: remove it.",
        errno.EISDIR: "A folder stands where devenv writes a file: move it away.",
        errno.ENOTDIR: "A file stands where devenv needs a folder: move it away.",
    }
    return FileTrouble(
        f"{shown(path)} {what} ({reason}); nothing written",
        hint=hints.get(error.errno or 0, "Fix the file or its folder, then run it again."),
    )


def escape_reason(root: Path, relative: str) -> str | None:
    """Why writing `relative` under `root` would land somewhere it must not, or None.

    Symbolic links are followed as the write would follow them: the real target must be
    inside the real project folder and outside .git.
    """
    try:
        real_root = root.resolve()
        real = (root / relative).resolve()
    except (OSError, RuntimeError):  # a link loop: Python 3.11 raises RuntimeError
        return "goes through a symbolic link loop"
    if not real.is_relative_to(real_root):
        return f"resolves to {shown(real)}, outside the project (through a symbolic link)"
    if ".git" in (part.lower() for part in real.relative_to(real_root).parts):
        return "would be written inside .git, the repository's own data"
    return None


def write_atomically(path: Path, content: str) -> None:
    """Write via a temporary file and rename, so a crash never leaves half a file."""
    _commit(_stage([(path, content.encode("utf-8"))]))


def next_backup(target: Path, taken: set[Path] | None = None) -> Path:
    """Where to keep the user's version: FILE.devenv-backup, or FILE.2.devenv-backup and on
    when an earlier backup exists. An earlier backup is never overwritten."""
    taken = taken or set()
    candidate = target.with_name(target.name + BACKUP_SUFFIX)
    number = 2
    while os.path.lexists(candidate) or candidate in taken:
        candidate = target.with_name(f"{target.name}.{number}{BACKUP_SUFFIX}")
        number += 1
    return candidate


def apply_changes(changes: list[FileChange], root: Path, *, force: bool) -> list[str]:
    """Write created/updated files, and conflicts when forced; returns the backups made.

    All or nothing: every file is first written beside its target as a temporary file, and
    only when all of them are written are they renamed into place. A failure or Ctrl-C before
    that removes the temporary files and leaves the project as it was.
    """
    writes: list[tuple[Path, bytes]] = []
    backups: list[str] = []
    taken: set[Path] = set()
    real_targets: dict[Path, str] = {}
    for change in changes:
        reason = escape_reason(root, change.path)
        real = (root / change.path).resolve()
        if not reason and real in real_targets:
            reason = f"is the same file as {printable(real_targets[real])}"
        if reason:
            raise FileTrouble(f"{printable(change.path)} {reason}; nothing written")
        real_targets[real] = change.path
        target = root / change.path
        if change.status is Status.CONFLICT:
            if not force:
                continue
            backup = next_backup(target, taken)
            taken.add(backup)
            # The exact bytes of the user's file, whatever their encoding.
            writes.append((backup, read_bounded(target, MAX_EXISTING_BYTES) or b""))
            backups.append(str(PurePosixPath(change.path).with_name(backup.name)))
        elif not change.writes:
            continue
        writes.append((target, change.new.encode("utf-8")))
    _commit(_stage(writes))
    return backups


def _stage(writes: list[tuple[Path, bytes]]) -> list[tuple[Path, Path]]:
    """Write each content to a temporary file beside its target; all or none remain."""
    import tempfile  # only when something is written: most commands write nothing

    staged: list[tuple[Path, Path]] = []
    made: list[Path] = []
    current = writes[0][0] if writes else Path()
    try:
        for current, data in writes:
            target = current
            made.extend(_make_folders(target.parent))
            if target.is_dir():
                raise FileTrouble(
                    f"{shown(target)} is a folder where devenv writes a file; nothing written",
                    hint="Move the folder away (or rename it), then run the command again.",
                )
            mode = target.stat().st_mode & 0o777 if target.is_file() else 0o644
            fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            temporary = Path(name)
            staged.append((temporary, target))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            temporary.chmod(mode)
    except BaseException as error:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                folder.rmdir()
        if isinstance(error, OSError):
            raise _trouble(current, "cannot be written", error) from None
        raise
    return staged


def _make_folders(folder: Path) -> list[Path]:
    """Create missing folders, returning those made so a failure can remove them again."""
    missing = []
    while not folder.exists():
        if os.path.lexists(folder):  # a dangling symbolic link
            raise FileTrouble(f"{shown(folder)} is a broken symbolic link; nothing written")
        missing.append(folder)
        folder = folder.parent
    if not folder.is_dir():
        raise FileTrouble(
            f"{shown(folder)} is a file where devenv needs a folder; nothing written",
            hint="Move the file away, or point the app's `path:` at a folder.",
        )
    for made in reversed(missing):
        made.mkdir()
    return list(reversed(missing))


def _commit(staged: list[tuple[Path, Path]]) -> None:
    """Rename every staged file into place: renames within a folder are atomic."""
    try:
        for temporary, target in staged:
            temporary.replace(target)
    except BaseException:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        raise


def move_aside(root: Path, path: str) -> str:
    """Keep a user's file as FILE.devenv-backup and remove it, so devenv's can replace it."""
    target = root / path
    backup = next_backup(target)
    try:
        target.rename(backup)  # a rename: atomic, and the bytes stay exactly the user's
    except OSError as error:
        raise _trouble(target, "cannot be moved aside", error) from None
    return str(PurePosixPath(path).with_name(backup.name))

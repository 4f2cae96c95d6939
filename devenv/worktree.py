"""Read, from the files git keeps, which worktree a folder is in and its branch. No git
process is started: every devenv command asks this, and must stay fast."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import NamedTuple


class Worktree(NamedTuple):
    """The git checkout a project folder is in."""

    top: Path  # the worktree's top folder
    linked: bool  # a `git worktree add` checkout, not the main one
    id: str | None  # a linked worktree's name under .git/worktrees/: unique in the repository
    branch: str | None  # None on a detached HEAD
    common_dir: Path  # the repository's shared .git folder (info/exclude lives there)


def find_worktree(folder: Path) -> Worktree | None:
    """The git worktree holding `folder`, or None outside any repository."""
    for top in (folder, *folder.parents):
        marker = top / ".git"
        if marker.is_dir():
            return Worktree(top, False, None, _branch(marker), marker)
        if marker.is_file():
            return _linked(top, marker)
    return None


def _linked(top: Path, marker: Path) -> Worktree | None:
    try:
        text = marker.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if not text.startswith("gitdir:"):
        return None
    gitdir = (top / text.removeprefix("gitdir:").strip()).resolve()
    common = gitdir
    with contextlib.suppress(OSError):
        common = (gitdir / (gitdir / "commondir").read_text().strip()).resolve()
    # A submodule's .git file points into the parent's .git/modules: not a linked worktree.
    linked = gitdir.parent.name == "worktrees"
    return Worktree(top, linked, gitdir.name if linked else None, _branch(gitdir), common)


def _branch(gitdir: Path) -> str | None:
    try:
        head = (gitdir / "HEAD").read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return head.removeprefix("ref: refs/heads/") if head.startswith("ref: refs/heads/") else None

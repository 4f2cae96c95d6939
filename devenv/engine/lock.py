"""A per-project lock, so two `devenv up` in one project never race each other."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from devenv import console


def lock_dir() -> Path:
    base = os.environ.get("XDG_RUNTIME_DIR") or str(Path.home() / ".cache")
    return Path(base) / "devenv" / "locks"


@contextmanager
def project_lock(project: str) -> Iterator[None]:
    """Hold an exclusive lock for the project; wait, saying so, if another devenv has it."""
    directory = lock_dir()
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / f"{project}.lock").open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            console.current().stderr.write(
                f"waiting for another devenv working on project {project}...\n"
            )
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)

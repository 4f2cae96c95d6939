"""Run devenv in-process against a hostile folder and record what it did to the disk."""

from __future__ import annotations

import contextlib
import io
import os
import signal
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from devenv.cli import main

TIMEOUT_SECONDS = 60


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def run(args: list[str], cwd: Path) -> Outcome:
    """`devenv ARGS` in `cwd`, as the console script runs it, with its streams captured."""
    stdout, stderr = io.StringIO(), io.StringIO()
    previous = Path.cwd()
    argv = sys.argv
    os.chdir(cwd)
    sys.argv = ["devenv", *args]
    code = 0

    def hung(signum: int, frame: object) -> None:
        raise TimeoutError(f"devenv {' '.join(args)} hung (a FIFO or device read?)")

    # A read that waits on a FIFO would hang the suite: fail the case instead.
    previous_handler = signal.signal(signal.SIGALRM, hung)
    signal.alarm(TIMEOUT_SECONDS)
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            main()
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous_handler)
        os.chdir(previous)
        sys.argv = argv
    return Outcome(code, stdout.getvalue(), stderr.getvalue())


def snapshot(folder: Path) -> dict[str, tuple[str, int, int]]:
    """Every entry below `folder` (links not followed): its kind, size and modification time."""
    found: dict[str, tuple[str, int, int]] = {}
    for base, dirs, files in os.walk(folder, followlinks=False):
        for name in [*dirs, *files]:
            path = Path(base) / name
            info = path.lstat()
            kind = (
                "link"
                if stat.S_ISLNK(info.st_mode)
                else "dir"
                if stat.S_ISDIR(info.st_mode)
                else "file"
                if stat.S_ISREG(info.st_mode)
                else "other"
            )
            size = info.st_size if kind == "file" else 0
            found[str(path.relative_to(folder))] = (kind, size, info.st_mtime_ns)
    return found
